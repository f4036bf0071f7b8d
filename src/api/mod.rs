//! The operations, grouped like Terra's API reference. Each method builds the generated request
//! and hands the result to the one shared finishing step in `call.rs`.

mod integrations;
mod users;

pub use users::UserStream;
