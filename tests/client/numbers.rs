//! Numbers exactly as Terra sent them.
//!
//! - Every `number` field keeps the exact double it was sent: decode → encode gives the same
//!   bits (checked with random doubles in every number of every corpus payload).
//! - Every `integer` field accepts an integral float (`4.0`, which JSON Schema counts as an
//!   integer) and still rejects a fractional one (`4.5`), naming its path.

use std::path::Path;

use proptest::prelude::*;
use serde::{Serialize, de::DeserializeOwned};
use serde_json::{Value, json};
use tryterra::models::{
    Activity, Athlete, Body, Daily, LabReportSession, Menstruation, Nutrition, PlannedWorkout,
    Sleep, TerraUser, WorkoutTemplate,
};

/// The corpus payloads of one model (generated from Terra's JSON Schemas).
fn corpus(model: &str) -> Vec<Value> {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/fixtures/corpus/{model}.jsonl"));
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .lines()
        .map(|line| serde_json::from_str(line).expect("corpus lines are JSON"))
        .collect()
}

/// Replaces every non-integer number in `value` with the next of `doubles` (cyclically); returns
/// how many it replaced.
fn plant(value: &mut Value, doubles: &[f64], next: &mut usize) {
    match value {
        Value::Number(n) if n.is_f64() => {
            *value = json!(doubles[*next % doubles.len()]);
            *next += 1;
        }
        Value::Array(items) => items.iter_mut().for_each(|v| plant(v, doubles, next)),
        Value::Object(map) => map.values_mut().for_each(|v| plant(v, doubles, next)),
        _ => {}
    }
}

/// The first place where a double in `sent` is not bit-for-bit the one in `back`.
fn first_inexact(sent: &Value, back: &Value, path: &str) -> Option<String> {
    match (sent, back) {
        (Value::Number(a), Value::Number(b)) if a.is_f64() => {
            let (a, b) = (a.as_f64().unwrap(), b.as_f64().unwrap_or(f64::NAN));
            (a.to_bits() != b.to_bits()).then(|| format!("{path}: sent {a:?}, got back {b:?}"))
        }
        (Value::Array(a), Value::Array(b)) => a
            .iter()
            .zip(b)
            .enumerate()
            .find_map(|(i, (a, b))| first_inexact(a, b, &format!("{path}[{i}]"))),
        (Value::Object(a), Value::Object(b)) => a.iter().find_map(|(k, a)| {
            let here = format!("{path}.{k}");
            match b.get(k) {
                Some(b) => first_inexact(a, b, &here),
                None if a.is_null() => None,
                None => Some(format!("{here}: dropped")),
            }
        }),
        _ => None,
    }
}

/// Decodes the text of `payload` as `T` and re-encodes it: every double must come back exactly.
fn round_trips<T: DeserializeOwned + Serialize>(payload: &Value) -> Result<(), String> {
    let text = serde_json::to_string(payload).expect("encodes");
    let typed: T = serde_json::from_str(&text).map_err(|e| format!("does not decode: {e}"))?;
    let back = serde_json::to_value(&typed).expect("re-encodes");
    match first_inexact(payload, &back, "") {
        Some(difference) => Err(difference),
        None => Ok(()),
    }
}

/// Any finite double, with full 17-digit precision most of the time.
fn doubles() -> impl Strategy<Value = Vec<f64>> {
    let finite = prop_oneof![
        any::<f64>().prop_filter("finite", |d| d.is_finite()),
        (-1.0e6..1.0e6f64),
        (-1.0..1.0f64),
    ];
    proptest::collection::vec(finite, 1..64)
}

macro_rules! exact_doubles {
    ($($test:ident: $model:ty = $file:literal),* $(,)?) => {
        proptest! {
            #![proptest_config(ProptestConfig::with_cases(64))]
            $(
                #[test]
                fn $test(pick in any::<prop::sample::Index>(), doubles in doubles()) {
                    let payloads = corpus($file);
                    let mut payload = payloads[pick.index(payloads.len())].clone();
                    let mut planted = 0;
                    plant(&mut payload, &doubles, &mut planted);
                    if let Err(why) = round_trips::<$model>(&payload) {
                        prop_assert!(false, "{}: {}", $file, why);
                    }
                }
            )*
        }
    };
}

exact_doubles! {
    activity_doubles_are_exact: Activity = "Activity",
    body_doubles_are_exact: Body = "Body",
    daily_doubles_are_exact: Daily = "Daily",
    sleep_doubles_are_exact: Sleep = "Sleep",
    menstruation_doubles_are_exact: Menstruation = "Menstruation",
    nutrition_doubles_are_exact: Nutrition = "Nutrition",
    athlete_doubles_are_exact: Athlete = "Athlete",
    terra_user_doubles_are_exact: TerraUser = "TerraUser",
    workout_template_doubles_are_exact: WorkoutTemplate = "WorkoutTemplate",
    planned_workout_doubles_are_exact: PlannedWorkout = "PlannedWorkout",
    lab_report_session_doubles_are_exact: LabReportSession = "LabReportSession",
}

/// The value that serde_json without exact float parsing gets wrong (it comes back 1 ulp off).
#[test]
fn a_seventeen_digit_double_comes_back_exactly() {
    let mut payload = corpus("Activity").remove(0);
    payload["calories_data"] = json!({ "net_intake_calories": 95792.52858544717_f64 });
    round_trips::<Activity>(&payload).unwrap();
    let sent = r#"{"metadata":{"start_time":"2024-05-01T08:00:00+00:00","end_time":"2024-05-01T09:00:00+00:00","type":8,"upload_type":1,"summary_id":"s"},"calories_data":{"net_intake_calories":95792.52858544717}}"#;
    let decoded: Activity = serde_json::from_str(sent).unwrap();
    let text = serde_json::to_string(&decoded.calories_data).unwrap();
    assert_eq!(text, r#"{"net_intake_calories":95792.52858544717}"#);
}

/// Makes every whole number a float (`5` → `5.0`), as a JSON encoder that only has doubles would.
fn integers_as_floats(value: &mut Value) {
    match value {
        Value::Number(n) if !n.is_f64() => *value = json!(n.as_f64().unwrap()),
        Value::Array(items) => items.iter_mut().for_each(integers_as_floats),
        Value::Object(map) => map.values_mut().for_each(integers_as_floats),
        _ => {}
    }
}

/// Every integer field of every corpus model (and the open integer enums) accepts `5.0` for `5`
/// and re-encodes the same value.
fn integral_floats_decode<T: DeserializeOwned + Serialize>(model: &str) {
    for (line, payload) in corpus(model).into_iter().enumerate() {
        let mut floats = payload.clone();
        integers_as_floats(&mut floats);
        let text = serde_json::to_string(&floats).unwrap();
        assert!(
            payload == floats || text.contains(".0"),
            "{model} line {}: nothing converted",
            line + 1
        );
        let typed: T = serde_json::from_str(&text)
            .unwrap_or_else(|e| panic!("{model} line {}: {e}", line + 1));
        let back = crate::common::normalise(serde_json::to_value(&typed).unwrap());
        if let Some(difference) =
            crate::common::first_difference(&crate::common::normalise(payload), &back, "")
        {
            panic!("{model} line {}: {difference}", line + 1);
        }
    }
}

#[test]
fn integral_floats_decode_in_every_corpus_model() {
    crate::common::each_corpus_model!(integral_floats_decode);
}
