//! Every webhook event type decodes from payloads built from Terra's event schemas
//! (`tests/fixtures/corpus/events/`, from `cargo xtask corpus`), into the right variant, without
//! losing a field; unknown types keep their payload.

use std::path::Path;

use serde_json::json;
use tryterra::webhook::Event;

/// The event schemas of `openapi/terra.yaml`: name → the `type` values of its `x-tryterra-event`.
fn spec_events() -> Vec<(String, Vec<String>)> {
    let spec: serde_norway::Value =
        serde_norway::from_str(include_str!("../../openapi/terra.yaml")).unwrap();
    spec["components"]["schemas"]
        .as_mapping()
        .unwrap()
        .iter()
        .filter_map(|(name, schema)| {
            let types = schema["x-tryterra-event"]["types"].as_sequence()?;
            let types = types
                .iter()
                .filter_map(|t| t.as_str().map(str::to_string))
                .collect();
            Some((name.as_str()?.to_string(), types))
        })
        .collect()
}

#[test]
fn every_event_schema_decodes_into_its_variant_without_loss() {
    let events = spec_events();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/corpus/events");
    let mut checked = 0;
    for file in std::fs::read_dir(&dir).unwrap() {
        let path = file.unwrap().path();
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        // The base `WebhookEvent` schema allows any `type`: those must stay `Unknown`.
        let expected = events
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, types)| types);
        assert!(
            expected.is_some() || name == "WebhookEvent",
            "{name}.jsonl: no schema of that name has x-tryterra-event"
        );
        let text = std::fs::read_to_string(&path).unwrap();
        let mut count = 0;
        for (line, payload) in text.lines().enumerate() {
            let event = Event::from_json(payload.as_bytes())
                .unwrap_or_else(|e| panic!("{name} line {}: {e}", line + 1));
            match expected {
                Some(types) => assert!(
                    types.iter().any(|t| t == event.event_type())
                        && !matches!(event, Event::Unknown { .. }),
                    "{name} line {}: {event:?}",
                    line + 1
                ),
                None => assert!(
                    matches!(event, Event::Unknown { .. }),
                    "{name} line {}: {event:?}",
                    line + 1
                ),
            }
            crate::common::assert_lossless::<EventJson>(payload.as_bytes());
            count += 1;
        }
        assert!(count >= 25, "{name}");
        checked += 1;
    }
    assert!(checked > events.len() / 2, "the event corpus is missing");
}

/// Every `type` the spec declares selects a known variant: never `Unknown`, even for a payload
/// too bare to decode (that is a decode error of the known type).
#[test]
fn every_declared_event_type_has_a_variant() {
    for (schema, types) in spec_events() {
        for event_type in types {
            let bare = json!({ "type": event_type });
            let decoded = Event::from_json(bare.to_string().as_bytes());
            assert!(
                !matches!(decoded, Ok(Event::Unknown { .. })),
                "{schema}: type {event_type:?} decodes as Event::Unknown"
            );
        }
    }
}

/// Every event payload schema (`*Event`) is declared as an event, so it gets a variant.
#[test]
fn every_event_schema_is_declared() {
    let spec: serde_norway::Value =
        serde_norway::from_str(include_str!("../../openapi/terra.yaml")).unwrap();
    let undeclared: Vec<&str> = spec["components"]["schemas"]
        .as_mapping()
        .unwrap()
        .iter()
        .filter(|(name, schema)| {
            let name = name.as_str().unwrap();
            name.ends_with("Event")
                && name != "WebhookEvent"
                && schema.get("x-tryterra-event").is_none()
        })
        .map(|(name, _)| name.as_str().unwrap())
        .collect();
    assert!(
        undeclared.is_empty(),
        "event schemas without `x-tryterra-event: {{variant, types, doc}}` in openapi/terra.yaml \
         (add it to give them an Event variant): {undeclared:?}"
    );
}

/// `Event` through serde, for the lossless check (decode with `from_json`, encode as Terra sent).
#[derive(serde::Serialize)]
#[serde(transparent)]
struct EventJson(Event);

impl<'de> serde::Deserialize<'de> for EventJson {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = serde_json::Value::deserialize(deserializer)?;
        let bytes = serde_json::to_vec(&raw).map_err(serde::de::Error::custom)?;
        Event::from_json(&bytes)
            .map(EventJson)
            .map_err(serde::de::Error::custom)
    }
}

#[test]
fn legacy_and_special_events() {
    let legacy_failure = json!({
        "type": "auth", "status": "error", "reason": "auth_cancelled",
        "message": "User cancelled", "provider": "FITBIT", "reference_id": "user-1"
    });
    let event = Event::from_json(legacy_failure.to_string().as_bytes()).unwrap();
    let Event::AuthFailed(failure) = event else {
        panic!("{event:?}")
    };
    assert_eq!(failure.reason.as_deref(), Some("auth_cancelled"));

    for (legacy, check) in [
        (
            json!({"type": "processing", "status": "success", "retry_after_seconds": 60}),
            "processing",
        ),
        (
            json!({"type": "rate_limit_hit", "start_date": "2024-05-01", "retrying_at": "2024-05-01T10:00:00Z"}),
            "rate_limit_hit",
        ),
        (
            json!({"type": "healthcheck", "status": "success", "sent_webhooks_last_hour": 12}),
            "healthcheck",
        ),
        (
            json!({"type": "google_no_datasource", "status": "warning", "message": "no data source"}),
            "google_no_datasource",
        ),
    ] {
        let event = Event::from_json(legacy.to_string().as_bytes()).unwrap();
        assert_eq!(event.event_type(), check);
        assert!(!matches!(event, Event::Unknown { .. }));
    }

    // The S3 webhook is called s3_upload in Terra's list, s3_payload in its payloads.
    let s3 = json!({"type": "s3_upload", "status": "success", "url": "https://s3.example/x", "expires_in": 300});
    assert!(matches!(
        Event::from_json(s3.to_string().as_bytes()).unwrap(),
        Event::S3Payload(_)
    ));
}

#[test]
fn permission_changes_are_parsed_into_scope_lists() {
    let change = json!({
        "type": "permission_change", "status": "warning", "version": "2022-03-16",
        "message": "scopes changed", "scopes_added": "sleep:read, heartrate:read", "scopes_removed": "",
        "user": {"user_id": "u1", "provider": "FITBIT"}
    });
    let event = Event::from_json(change.to_string().as_bytes()).unwrap();
    let scopes = event.scope_changes().unwrap();
    assert_eq!(scopes.added, ["sleep:read", "heartrate:read"]);
    assert!(scopes.removed.is_empty());
}

#[test]
fn unknown_types_keep_the_payload_and_bad_known_ones_are_errors() {
    let new = json!({"type": "stress_alert", "user": {"user_id": "u1"}, "level": 9});
    let event = Event::from_json(new.to_string().as_bytes()).unwrap();
    let Event::Unknown { event_type, raw } = event else {
        panic!()
    };
    assert_eq!(event_type, "stress_alert");
    assert_eq!(raw, new);

    let broken = json!({"type": "activity", "user": {"user_id": "u1", "provider": "GARMIN"}, "version": "2022-03-16", "data": [{"metadata": 5}]});
    let error = Event::from_json(broken.to_string().as_bytes()).unwrap_err();
    assert_eq!(error.path(), "data[0].metadata");
    assert!(Event::from_json(b"[1,2]").is_err());
    assert!(Event::from_json(br#"{"no_type": 1}"#).is_err());
}
