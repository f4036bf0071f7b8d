//! The operations, grouped like Terra's API reference. Each method builds the generated request
//! and hands the result to the one shared finishing step in `call.rs`.

mod auth;
pub(crate) mod backfill;
mod data;
mod integrations;
mod lab_reports;
mod users;
mod workouts;

pub use auth::widget_providers;
pub use backfill::{
    Backfill, BackfillError, BackfillWindow, Checkpoint, DAY_BUDGET_PER_HOUR, DEFAULT_WINDOW_DAYS,
    MAX_SPAN_DAYS, Progress, Records,
};
pub use data::{DataKind, DataRequest, RangedDataKind, ToWebhook};
pub use lab_reports::{LabReportDocument, LabReportFilter};
pub use users::UserStream;
pub use workouts::WorkoutDeletion;
