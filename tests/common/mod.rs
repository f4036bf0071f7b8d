//! Shared by the integration tests: a client pointed at a simulator.

#![allow(dead_code)]

use std::time::Duration;

use tryterra::{RetryPolicy, Terra, TerraBuilder};
use tryterra_simulator::Simulator;

pub const API_KEY: &str = "tk_test_3f9c2a7d1b5e4a8c9d0e1f2a3b4c5d6e";
pub const DEV_ID: &str = "testing-dev-4dc8";

/// A builder with the test credentials, pointed at `sim`, for tests that tune other settings.
pub fn builder(sim: &Simulator) -> TerraBuilder {
    Terra::builder()
        .api_key(API_KEY)
        .dev_id(DEV_ID)
        .base_url(sim.base_url())
}

/// Retries after a few milliseconds instead of the default half second, up to `attempts` in all.
pub fn fast_retries(attempts: u32) -> RetryPolicy {
    RetryPolicy::default()
        .with_max_attempts(attempts)
        .with_backoff(Duration::from_millis(5), Duration::from_millis(20))
}

/// A client for `sim` with the test credentials and the default retry policy.
pub fn terra(sim: &Simulator) -> Terra {
    builder(sim).build().expect("valid test configuration")
}

/// A client for `sim` that sends every request once.
pub fn terra_without_retries(sim: &Simulator) -> Terra {
    builder(sim)
        .retry(RetryPolicy::none())
        .build()
        .expect("valid test configuration")
}

/// Asserts that neither the message nor the debug form of `error` (with its sources) contains
/// any of `forbidden`.
pub fn assert_error_text_excludes(error: &tryterra::Error, forbidden: &[&str]) {
    let mut text = format!("{error} {error:?}");
    let mut source = std::error::Error::source(error);
    while let Some(s) = source {
        text.push_str(&format!(" {s} {s:?}"));
        source = s.source();
    }
    for needle in forbidden {
        assert!(
            !text.contains(needle),
            "error text contains {needle:?}: {text}"
        );
    }
}
