//! The schema-driven decode corpus: 100 payloads per model, generated from Terra's own JSON
//! Schemas by `cargo xtask corpus` (committed in `tests/fixtures/corpus/`). Every one must decode
//! with the generated types and re-encode without losing a field or value.

use std::path::Path;

use serde::{Serialize, de::DeserializeOwned};
use tryterra::models::{
    Activity, Athlete, Body, Daily, LabReportSession, Menstruation, Nutrition, PlannedWorkout,
    Sleep, TerraUser, WorkoutTemplate,
};

fn check<T: DeserializeOwned + Serialize>(model: &str) {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/fixtures/corpus/{model}.jsonl"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut count = 0;
    for (line, payload) in text.lines().enumerate() {
        let result =
            std::panic::catch_unwind(|| crate::common::assert_lossless::<T>(payload.as_bytes()));
        if let Err(panic) = result {
            let why = panic
                .downcast_ref::<String>()
                .cloned()
                .unwrap_or_else(|| "(no message)".into());
            let detail = serde_json::from_str::<T>(payload)
                .err()
                .map(|_| {
                    let mut de = serde_json::Deserializer::from_str(payload);
                    match serde_path_to_error::deserialize::<_, T>(&mut de) {
                        Err(e) => format!(" at {}: {}", e.path(), e.inner()),
                        Ok(_) => String::new(),
                    }
                })
                .unwrap_or_default();
            panic!("{model}.jsonl line {}: {why}{detail}", line + 1);
        }
        count += 1;
    }
    assert!(count >= 100, "{model}: only {count} payloads");
}

#[test]
fn activity() {
    check::<Activity>("Activity");
}

#[test]
fn body() {
    check::<Body>("Body");
}

#[test]
fn daily() {
    check::<Daily>("Daily");
}

#[test]
fn sleep() {
    check::<Sleep>("Sleep");
}

#[test]
fn menstruation() {
    check::<Menstruation>("Menstruation");
}

#[test]
fn nutrition() {
    check::<Nutrition>("Nutrition");
}

#[test]
fn athlete() {
    check::<Athlete>("Athlete");
}

#[test]
fn terra_user() {
    check::<TerraUser>("TerraUser");
}

#[test]
fn workout_template() {
    check::<WorkoutTemplate>("WorkoutTemplate");
}

#[test]
fn planned_workout() {
    check::<PlannedWorkout>("PlannedWorkout");
}

#[test]
fn lab_report_session() {
    check::<LabReportSession>("LabReportSession");
}
