//! Shared by the integration tests: a client pointed at a simulator.

#![allow(dead_code, unused_macros)]

use std::time::Duration;

use tryterra::{RetryPolicy, Terra, TerraBuilder};
use tryterra_simulator::Simulator;

pub(crate) const API_KEY: &str = "tk_test_3f9c2a7d1b5e4a8c9d0e1f2a3b4c5d6e";
pub(crate) const DEV_ID: &str = "testing-dev-4dc8";

/// A builder with the test credentials, pointed at `sim`, for tests that tune other settings.
pub(crate) fn builder(sim: &Simulator) -> TerraBuilder {
    Terra::builder()
        .api_key(API_KEY)
        .dev_id(DEV_ID)
        .base_url(sim.base_url())
}

/// Retries after a few milliseconds instead of the default half second, up to `attempts` in all.
pub(crate) fn fast_retries(attempts: u32) -> RetryPolicy {
    RetryPolicy::default()
        .with_max_attempts(attempts)
        .with_backoff(Duration::from_millis(5), Duration::from_millis(20))
}

/// A client for `sim` with the test credentials and the default retry policy.
pub(crate) fn terra(sim: &Simulator) -> Terra {
    builder(sim).build().expect("valid test configuration")
}

/// A client for `sim` that sends every request once.
pub(crate) fn terra_without_retries(sim: &Simulator) -> Terra {
    builder(sim)
        .retry(RetryPolicy::none())
        .build()
        .expect("valid test configuration")
}

/// Asserts that neither the message nor the debug form of `error` (with its sources) contains
/// any of `forbidden`.
pub(crate) fn assert_error_text_excludes(error: &tryterra::Error, forbidden: &[&str]) {
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

/// Decodes `raw` as `T`, re-encodes it, and asserts nothing was lost: every field and value of
/// the input is in the output (`null` and absent count as the same; `5` and `5.0` too).
pub(crate) fn assert_lossless<T: serde::de::DeserializeOwned + serde::Serialize>(raw: &[u8]) {
    let input: serde_json::Value = serde_json::from_slice(raw).expect("the body is JSON");
    let typed: T = serde_json::from_slice(raw).expect("the body decodes");
    let output = serde_json::to_value(&typed).expect("re-encodes");
    let (input, output) = (normalise(input), normalise(output));
    if input != output {
        panic!(
            "lost in decoding: {}",
            first_difference(&input, &output, "").unwrap_or_default()
        );
    }
}

/// Drops `null` members and makes every number a float.
pub(crate) fn normalise(value: serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    match value {
        Value::Object(map) => Value::Object(
            map.into_iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| (k, normalise(v)))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.into_iter().map(normalise).collect()),
        Value::Number(n) => serde_json::json!(n.as_f64().expect("finite")),
        other => other,
    }
}

/// The path of the first place `a` and `b` differ.
pub(crate) fn first_difference(
    a: &serde_json::Value,
    b: &serde_json::Value,
    path: &str,
) -> Option<String> {
    use serde_json::Value;
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            for (k, v) in x {
                let here = format!("{path}.{k}");
                match y.get(k) {
                    None => return Some(format!("{here} missing")),
                    Some(w) => {
                        if let Some(d) = first_difference(v, w, &here) {
                            return Some(d);
                        }
                    }
                }
            }
            y.keys()
                .find(|k| !x.contains_key(*k))
                .map(|k| format!("{path}.{k} added"))
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => x
            .iter()
            .zip(y)
            .enumerate()
            .find_map(|(i, (v, w))| first_difference(v, w, &format!("{path}[{i}]"))),
        _ => (a != b).then(|| format!("{path}: {a} != {b}")),
    }
}

/// Calls `$check::<Model>("Model")` for every model of the decode corpus
/// (`tests/fixtures/corpus/<Model>.jsonl`).
macro_rules! each_corpus_model {
    ($check:ident) => {
        $check::<tryterra::models::Activity>("Activity");
        $check::<tryterra::models::Body>("Body");
        $check::<tryterra::models::Daily>("Daily");
        $check::<tryterra::models::Sleep>("Sleep");
        $check::<tryterra::models::Menstruation>("Menstruation");
        $check::<tryterra::models::Nutrition>("Nutrition");
        $check::<tryterra::models::Athlete>("Athlete");
        $check::<tryterra::models::TerraUser>("TerraUser");
        $check::<tryterra::models::WorkoutTemplate>("WorkoutTemplate");
        $check::<tryterra::models::PlannedWorkout>("PlannedWorkout");
        $check::<tryterra::models::LabReportSession>("LabReportSession");
    };
}

#[allow(unused_imports)]
pub(crate) use each_corpus_model;
