//! The operations, grouped like Terra's API reference. Each method builds the generated request
//! and hands the result to the one shared finishing step in `call.rs`.

mod auth;
mod data;
mod integrations;
mod lab_reports;
mod users;
mod workouts;

pub use auth::widget_providers;
pub use data::{DataKind, DataRequest, RangedDataKind, ToWebhook};
pub use lab_reports::{LabReportDocument, LabReportFilter};
pub use users::UserStream;
pub use workouts::WorkoutDeletion;
