#![doc = include_str!("../README.md")]
// The workspace lints (Cargo.toml) apply too; the library is held to more.
#![forbid(unsafe_code)]
#![deny(missing_docs, missing_debug_implementations)]

pub mod api;
mod builder;
mod call;
mod client;
mod error;
mod generated;
mod json_path;
pub mod models;
mod retry;
mod transport;
pub mod webhook;

pub use api::{DataRequest, UserStream};
pub use builder::{DEFAULT_BASE_URL, DEFAULT_MAX_RESPONSE_SIZE, LEGACY_BASE_URL, TerraBuilder};
pub use call::{Call, CallFuture, Response};
pub use client::Terra;
pub use error::{ApiError, ConfigError, DecodeError, Error, ErrorBody};
pub use retry::RetryPolicy;

/// Re-exported so callers can name header and status types without depending on reqwest.
pub use reqwest::{StatusCode, header::HeaderMap};

/// Types that appear in the API, re-exported so that using it needs no other dependency:
/// dates ([`chrono::NaiveDate`], [`chrono::DateTime`]) and raw bodies ([`Bytes`]).
pub use bytes::Bytes;
pub use chrono;
/// The `schemars` this crate's models implement `JsonSchema` for (with the `schemars` feature):
/// `tryterra::schemars::schema_for!(tryterra::models::Sleep)`.
#[cfg(feature = "schemars")]
pub use schemars;
