//! The forward-compatibility matrix: what Terra may change without notice must still decode, and
//! what is genuinely wrong must fail with the JSON path, never fall back silently.
//!
//! Each case edits a real-shaped `/activity` response from the simulator and sends it through the
//! client, so the whole decode path is exercised.

use crate::common::terra;
use chrono::NaiveDate;
use serde_json::{Value, json};
use tryterra::models::{
    ActivityCollection, ActivityType, DeviceDataType, HeartRateZone, ParsedTimestamp,
    TimestampLocalization, UploadType,
};
use tryterra_simulator::{Script, ScriptedResponse, Simulator};

/// A simulator, one of its users, and that user's activities with samples (at least one).
async fn setup() -> (Simulator, String, Value) {
    let sim = Simulator::start().await;
    let user = sim.user_ids()[0].clone();
    let response = terra(&sim)
        .activity(&user, day(1))
        .until(day(10))
        .with_samples(true)
        .fetch()
        .with_response()
        .await
        .unwrap();
    let body: Value = serde_json::from_slice(response.body()).unwrap();
    assert!(!body["data"].as_array().unwrap().is_empty());
    (sim, user, body)
}

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2024, 5, d).unwrap()
}

/// Sends `edit(body)` as the next `/activity` answer and decodes it through the client.
async fn decode(edit: impl FnOnce(&mut Value)) -> Result<ActivityCollection, tryterra::Error> {
    let (sim, user, mut body) = setup().await;
    edit(&mut body);
    sim.script(Script::on("/activity", ScriptedResponse::json(200, &body)));
    terra(&sim)
        .activity(&user, day(1))
        .until(day(10))
        .fetch()
        .await
}

#[tokio::test]
async fn unknown_integer_enum_value_is_kept() {
    let got = decode(|b| b["data"][0]["metadata"]["type"] = json!(999))
        .await
        .unwrap();
    let kind = got.data[0].metadata.type_;
    assert_eq!(kind, ActivityType::from(999));
    assert!(!kind.is_known());
    assert_eq!(
        serde_json::to_value(kind).unwrap(),
        json!(999),
        "re-encoded unchanged"
    );
}

#[tokio::test]
async fn unknown_string_enum_value_is_kept() {
    let got = decode(|b| {
        b["data"][0]["device_data"]["data_provided"] = json!(["STEPS", "BRAIN_WAVES"]);
    })
    .await
    .unwrap();
    let provided = got.data[0]
        .device_data
        .as_ref()
        .unwrap()
        .data_provided
        .clone()
        .unwrap();
    assert_eq!(
        provided,
        [DeviceDataType::Steps, DeviceDataType::from("BRAIN_WAVES")]
    );
    assert_eq!(
        serde_json::to_value(&provided).unwrap(),
        json!(["STEPS", "BRAIN_WAVES"])
    );
}

#[tokio::test]
async fn unknown_fields_at_every_level_are_ignored() {
    let got = decode(|b| {
        b["new_top_level"] = json!({"x": 1});
        b["data"][0]["new_record_field"] = json!([1, 2]);
        b["data"][0]["metadata"]["new_metadata_field"] = json!("v");
        b["data"][0]["heart_rate_data"]["summary"]["new_summary_field"] = json!(1.5);
        b["data"][0]["heart_rate_data"]["detailed"]["hr_samples"][0]["new_sample_field"] =
            json!(true);
        b["user"]["new_user_field"] = json!(null);
    })
    .await
    .unwrap();
    assert!(!got.data.is_empty());
}

#[tokio::test]
async fn null_where_arrays_or_scalars_are_optional() {
    let got = decode(|b| {
        b["data"][0]["heart_rate_data"]["detailed"]["hr_samples"] = Value::Null;
        b["data"][0]["heart_rate_data"]["summary"]["avg_hr_bpm"] = Value::Null;
        b["data"][0]["device_data"] = Value::Null;
        b["data"][0]["metadata"]["timestamp_localization"] = Value::Null;
    })
    .await
    .unwrap();
    let heart = got.data[0].heart_rate_data.as_ref().unwrap();
    assert_eq!(
        heart.detailed.as_ref().unwrap().hr_samples,
        None,
        "null, not an empty list"
    );
    assert_eq!(heart.summary.as_ref().unwrap().avg_hr_bpm, None);
    assert_eq!(got.data[0].device_data, None);
}

#[tokio::test]
async fn a_position_with_a_missing_coordinate_decodes_and_keeps_the_null() {
    // Terra types lat/lng pairs as numbers but documents that either member may be null.
    let position = json!({
        "start_pos_lat_lng_deg": [null, null],
        "end_pos_lat_lng_deg": [-18.4911, 130.9123],
        "position_samples": [{
            "timestamp": "2024-05-01T09:00:00.000000+02:00",
            "coords_lat_lng_deg": [-18.4911, null],
            "timer_duration_seconds": 0
        }]
    });
    let sent = position.clone();
    let got = decode(|b| b["data"][0]["position_data"] = position)
        .await
        .unwrap();
    let decoded = got.data[0].position_data.as_ref().unwrap();
    assert_eq!(decoded.start_pos_lat_lng_deg, Some(vec![None, None]));
    assert_eq!(
        decoded.end_pos_lat_lng_deg,
        Some(vec![Some(-18.4911), Some(130.9123)])
    );
    let sample = &decoded.position_samples.as_ref().unwrap()[0];
    assert_eq!(sample.coords_lat_lng_deg, Some(vec![Some(-18.4911), None]));
    // Re-encoded as sent: the null stays a null in its place.
    let back = serde_json::to_value(decoded).unwrap();
    assert_eq!(back["start_pos_lat_lng_deg"], sent["start_pos_lat_lng_deg"]);
    assert_eq!(
        back["position_samples"][0]["coords_lat_lng_deg"],
        sent["position_samples"][0]["coords_lat_lng_deg"]
    );
}

#[tokio::test]
async fn integer_where_a_float_is_declared_and_integral_float_for_an_enum() {
    let got = decode(|b| {
        b["data"][0]["heart_rate_data"]["summary"]["avg_hr_bpm"] = json!(141);
        b["data"][0]["metadata"]["upload_type"] = json!(2.0);
        b["data"][0]["metadata"]["timestamp_localization"] = json!(1);
    })
    .await
    .unwrap();
    let record = &got.data[0];
    assert_eq!(
        record
            .heart_rate_data
            .as_ref()
            .unwrap()
            .summary
            .as_ref()
            .unwrap()
            .avg_hr_bpm,
        Some(141.0)
    );
    assert_eq!(record.metadata.upload_type, UploadType::Manual);
    assert_eq!(
        record.metadata.timestamp_localization,
        Some(TimestampLocalization::Local)
    );
}

#[tokio::test]
async fn heart_rate_zones_are_integers_with_named_values() {
    let got = decode(|b| {
        b["data"][0]["heart_rate_data"]["summary"]["hr_zone_data"][0]["zone"] = json!(9);
    })
    .await
    .unwrap();
    let summary = got.data[0]
        .heart_rate_data
        .as_ref()
        .unwrap()
        .summary
        .as_ref()
        .unwrap();
    let zones = summary.hr_zone_data.clone().unwrap();
    assert_eq!(zones[0].zone_kind(), Some(HeartRateZone::from(9)));
    assert_eq!(zones[1].zone_kind(), Some(HeartRateZone::Zone2));
}

#[tokio::test]
async fn timestamps_without_offset_decode_and_parse_as_local() {
    let got = decode(|b| {
        b["data"][0]["metadata"]["start_time"] = json!("2024-05-01T07:00:00.000000");
        b["data"][0]["metadata"]["end_time"] = json!("2024-05-01T07:45:00");
    })
    .await
    .unwrap();
    let metadata = &got.data[0].metadata;
    assert_eq!(
        metadata.start_time, "2024-05-01T07:00:00.000000",
        "kept as sent"
    );
    assert!(matches!(
        metadata.start().unwrap(),
        ParsedTimestamp::Local(_)
    ));
    assert_eq!(metadata.end().unwrap().date(), day(1));
}

#[tokio::test]
async fn a_genuinely_invalid_value_fails_with_its_path() {
    type Edit = Box<dyn FnOnce(&mut Value) + Send>;
    let cases: Vec<(&str, Edit, &str)> = vec![
        (
            "string for a number",
            Box::new(|b: &mut Value| {
                b["data"][0]["heart_rate_data"]["detailed"]["hr_samples"][3]["bpm"] = json!("high")
            }),
            "data[0].heart_rate_data.detailed.hr_samples[3].bpm",
        ),
        (
            "fraction for an enum",
            Box::new(|b: &mut Value| b["data"][0]["metadata"]["type"] = json!(8.5)),
            "data[0].metadata.type",
        ),
        (
            "missing required field",
            Box::new(|b: &mut Value| {
                b["data"][0]["metadata"]
                    .as_object_mut()
                    .unwrap()
                    .remove("summary_id");
            }),
            "data[0].metadata",
        ),
        (
            "object for a list",
            Box::new(|b: &mut Value| b["data"] = json!({"0": {}})),
            "data",
        ),
    ];
    for (case, edit, path) in cases {
        let error = decode(edit).await.expect_err(case);
        let decode = error
            .decode_error()
            .unwrap_or_else(|| panic!("{case}: {error:?}"));
        assert_eq!(decode.path(), path, "{case}");
        if case == "string for a number" {
            // The reason says what was wrong without quoting the value.
            assert_eq!(decode.reason(), "invalid type: string, expected f64");
        }
    }
}

/// serde's derive also decodes a struct from an array of its fields in order; Terra never sends
/// that, so an array where an object belongs is an error, at every level.
#[tokio::test]
async fn an_array_where_an_object_belongs_is_an_error() {
    let error = decode(|b| {
        let metadata = b["data"][0]["metadata"].take();
        b["data"][0]["metadata"] =
            json!(metadata.as_object().unwrap().values().collect::<Vec<_>>());
    })
    .await
    .unwrap_err();
    let decode_error = error.decode_error().unwrap();
    assert_eq!(decode_error.path(), "data[0].metadata");
    assert_eq!(decode_error.reason(), "expected an object, got an array");

    // The top level too: `[true, "success", {...}]` is not a `UserInfo`.
    let sim = Simulator::start().await;
    let user = sim.user_ids()[0].clone();
    let info = terra(&sim).get_user(&user).with_response().await.unwrap();
    let info: Value = serde_json::from_slice(info.body()).unwrap();
    let positional = json!([info["is_authenticated"], info["status"], info["user"]]);
    sim.script(Script::on(
        "/userInfo",
        ScriptedResponse::json(200, &positional),
    ));
    let error = terra(&sim).get_user(&user).await.unwrap_err();
    let decode_error = error.decode_error().unwrap();
    assert_eq!(decode_error.path(), ".");
    assert_eq!(decode_error.reason(), "expected an object, got an array");
}

/// JSON Schema counts `4.0` as an integer: every integer field accepts it (and re-encodes the
/// integer), and still rejects `4.5` with its path.
#[tokio::test]
async fn integral_floats_in_integer_fields_decode_fractions_do_not() {
    let got = decode(|b| {
        b["data"][0]["active_durations_data"] = json!({"num_continuous_inactive_periods": 4.0});
        b["data"][0]["metadata"]["type"] = json!(8.0);
    })
    .await
    .unwrap();
    let durations = got.data[0].active_durations_data.as_ref().unwrap();
    assert_eq!(durations.num_continuous_inactive_periods, Some(4));
    assert_eq!(got.data[0].metadata.type_, ActivityType::Running);
    assert_eq!(
        serde_json::to_value(durations).unwrap()["num_continuous_inactive_periods"],
        json!(4)
    );

    let error = decode(|b| {
        b["data"][0]["active_durations_data"] = json!({"num_continuous_inactive_periods": 4.5});
    })
    .await
    .unwrap_err();
    let decode_error = error.decode_error().unwrap();
    assert_eq!(
        decode_error.path(),
        "data[0].active_durations_data.num_continuous_inactive_periods"
    );
    assert_eq!(
        decode_error.reason(),
        "invalid value: floating point, expected an integer (i64)"
    );
}

/// The fallback of an open enum never holds a known value: conversion and decoding give the
/// variant, and only the crate can make an `Other` / `Unknown` (its payload has no public
/// constructor).
#[test]
fn known_values_always_become_their_variant() {
    use tryterra::models::Provider;
    assert_eq!(Provider::from("GARMIN"), Provider::Garmin);
    assert_eq!("GARMIN".parse::<Provider>().unwrap(), Provider::Garmin);
    assert_eq!(
        serde_json::from_value::<Provider>(json!("GARMIN")).unwrap(),
        Provider::Garmin
    );
    for known in Provider::KNOWN {
        assert!(Provider::from(*known).is_known(), "{known}");
    }
    for known in ActivityType::KNOWN {
        assert!(ActivityType::from(*known).is_known(), "{known}");
    }
    match Provider::from("NEWBAND") {
        Provider::Other(value) => assert_eq!(value.value(), "NEWBAND"),
        other => panic!("{other:?}"),
    }
    assert_eq!(format!("{:?}", ActivityType::from(999)), "Unknown(999)");
}

/// Open enums order by their wire value, not by declaration, so a value added to the spec (a
/// variant inserted anywhere) changes no existing comparison.
#[test]
fn open_enums_order_by_wire_value() {
    use tryterra::models::Provider;
    assert!(ActivityType::from(8) < ActivityType::from(9));
    assert!(ActivityType::Running < ActivityType::from(999));
    assert!(ActivityType::from(-1) < ActivityType::InVehicle);
    assert!(Provider::Garmin < Provider::Oura);
    assert!(Provider::from("AAA_NEW") < Provider::Apple);
    let mut sorted = [
        ActivityType::from(12),
        ActivityType::from(1),
        ActivityType::from(500),
    ];
    sorted.sort();
    assert_eq!(
        sorted.iter().map(|t| t.value()).collect::<Vec<_>>(),
        [1, 12, 500]
    );
}
