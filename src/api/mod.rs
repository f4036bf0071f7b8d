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

/// An identifier argument, checked once for every method: not empty. An empty ID would ask Terra
/// something else (`/lab-reports/` lists every session; `user_id=` is a 400 at best).
pub(crate) fn id(name: &'static str, value: &str) -> Result<String, crate::Error> {
    require(name, value).map(|()| value.to_owned())
}

/// [`id`] without the copy.
pub(crate) fn require(name: &'static str, value: &str) -> Result<(), crate::Error> {
    if value.is_empty() {
        return Err(crate::Error::InvalidRequest(format!(
            "{name} must not be empty"
        )));
    }
    Ok(())
}

/// `let x = checked!(expr);` in a method returning a `Call`: the value, or a failed call.
macro_rules! checked {
    ($result:expr) => {
        match $result {
            Ok(value) => value,
            Err(error) => return $crate::Call::fail(error),
        }
    };
}

pub(crate) use checked;
