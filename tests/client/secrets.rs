//! The API key and signing secret never show up in `Debug` output, and never leave for another
//! host.

use crate::common::{API_KEY, DEV_ID, terra};
use tryterra::{Error, StatusCode, Terra, TerraBuilder};
use tryterra_simulator::{Script, ScriptedResponse, Simulator};

const SECRET: &str = "whsec_6b1f0e2d9c8a7b6f5e4d3c2b1a0f9e8d";

#[test]
fn debug_of_terra_is_pinned_and_shows_no_secret() {
    let terra = Terra::builder()
        .api_key(API_KEY)
        .dev_id(DEV_ID)
        .signing_secret(SECRET)
        .base_url("https://terra.example/api/v2/")
        .build()
        .unwrap();
    assert_eq!(
        format!("{terra:?}"),
        "Terra { base_url: \"https://terra.example/api/v2\", dev_id: \"testing-dev-4dc8\", \
         api_key: \"[redacted]\", signing_secret: Some(\"[redacted]\"), retry: RetryPolicy { \
         max_attempts: 3, initial_backoff: 500ms, max_backoff: 8s, max_retry_after: 60s }, .. }"
    );
    let pretty = format!("{terra:#?}");
    assert!(
        !pretty.contains(API_KEY) && !pretty.contains(SECRET),
        "{pretty}"
    );
}

#[test]
fn debug_of_builder_is_pinned_and_shows_no_secret() {
    let builder = TerraBuilder::new()
        .api_key(API_KEY)
        .dev_id(DEV_ID)
        .signing_secret(SECRET);
    assert_eq!(
        format!("{builder:?}"),
        "TerraBuilder { api_key: Some(\"[redacted]\"), dev_id: Some(\"testing-dev-4dc8\"), \
         signing_secret: Some(\"[redacted]\"), base_url: None, timeout: None, connect_timeout: None, \
         user_agent: None, retry: None, max_response_size: None, .. }"
    );
}

#[test]
fn config_errors_do_not_echo_secrets() {
    let leaky = format!("{API_KEY}\n");
    let error = Terra::new(leaky, DEV_ID).unwrap_err();
    assert_eq!(
        error.to_string(),
        "the API key contains characters that cannot be sent in an HTTP header"
    );
    crate::common::assert_error_text_excludes(&error, &[API_KEY]);
}

#[tokio::test]
async fn redirect_to_another_host_is_not_followed() {
    let terra_sim = Simulator::start().await;
    let elsewhere = Simulator::start().await;
    let target = format!("{}/subscriptions", elsewhere.base_url());
    terra_sim.script(Script::on(
        "/subscriptions",
        ScriptedResponse::raw(302, "text/plain", "").with_header("location", &target),
    ));

    let error = terra(&terra_sim).list_users().await.unwrap_err();
    let Error::UnexpectedStatus { status, headers } = &error else {
        panic!("{error:?}")
    };
    assert_eq!(*status, StatusCode::FOUND);
    assert_eq!(headers["location"], target.as_str());
    // `Debug` names the headers but shows no value (a `location` can carry user IDs).
    let debug = format!("{error:?}");
    assert!(debug.contains("\"location\""), "{debug}");
    assert!(!debug.contains(&target), "{debug}");
    assert!(
        error
            .to_string()
            .contains("redirects to another host are not followed"),
        "{error}"
    );
    assert!(
        elsewhere.requests().is_empty(),
        "the other host received a request"
    );
}

#[tokio::test]
async fn redirect_within_the_same_origin_is_followed_with_credentials() {
    let sim = Simulator::start().await;
    let moved = format!("{}/subscriptions?moved=1", sim.base_url());
    sim.script(Script::on(
        "/subscriptions",
        ScriptedResponse::raw(307, "text/plain", "").with_header("location", &moved),
    ));
    let users = terra(&sim).list_users().await.unwrap();
    assert_eq!(users.users.len(), 3);
    let requests = sim.requests();
    assert_eq!(requests.len(), 2);
    assert_eq!(requests[1].query_param("moved"), Some("1"));
    assert!(
        requests
            .iter()
            .all(|r| r.header("x-api-key") == Some(API_KEY))
    );
}

#[test]
fn webhook_verifier_from_the_client_keeps_the_secret_hidden() {
    let terra = Terra::builder()
        .api_key(API_KEY)
        .dev_id(DEV_ID)
        .signing_secret(SECRET)
        .build()
        .unwrap();
    let verifier = terra.webhook_verifier().unwrap();
    assert_eq!(
        format!("{verifier:?}"),
        "WebhookVerifier { secret: \"[redacted]\", tolerance: 300s, .. }"
    );
    // It verifies with the configured secret.
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    let header = tryterra::webhook::sign(b"{}", now, SECRET);
    assert_eq!(verifier.verify_signature(&header, b"{}").unwrap(), now);

    let without = Terra::new(API_KEY, DEV_ID).unwrap();
    assert!(matches!(
        without.webhook_verifier(),
        Err(tryterra::ConfigError::Missing("signing secret"))
    ));
}

/// Health data and identifiers that must never reach `Debug` output or an error message.
const PATIENT: &str = "PATIENT-1234 diabetic";

/// A `Debug` text that prints no value: no string (they print quoted), no number and no boolean,
/// only type names, field names and punctuation.
fn assert_prints_no_value(debug: &str) {
    assert!(!debug.contains('"'), "a string value is printed: {debug}");
    for token in debug.split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '.' || c == '-')) {
        assert!(
            !token.starts_with(|c: char| c.is_ascii_digit() || c == '-' || c == '.')
                || token == ".."
                || token.is_empty(),
            "a number is printed ({token}): {debug}"
        );
        assert!(
            token != "true" && token != "false",
            "a boolean is printed: {debug}"
        );
    }
}

fn corpus(model: &str) -> Vec<String> {
    let path = format!(
        "{}/tests/fixtures/corpus/{model}.jsonl",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect()
}

fn debug_shows_no_value<T: serde::de::DeserializeOwned + std::fmt::Debug>(model: &str) {
    for payload in corpus(model) {
        let value: T = serde_json::from_str(&payload).unwrap();
        let debug = format!("{value:?} {value:#?}");
        assert_prints_no_value(&debug);
        assert!(debug.starts_with(model), "{debug}");
    }
}

/// Every model of the schema-driven corpus, with every field of the schema filled in some
/// payload: nested models included, `Debug` prints names only.
#[test]
fn debug_of_models_shows_which_fields_are_present_never_values() {
    use tryterra::models::TerraUser;
    crate::common::each_corpus_model!(debug_shows_no_value);

    let user: TerraUser = serde_json::from_value(serde_json::json!({
        "user_id": "3c1a-user", "provider": "GARMIN", "reference_id": PATIENT, "active": true
    }))
    .unwrap();
    assert_eq!(
        format!("{user:?}"),
        "TerraUser { active: <redacted>, provider: <redacted>, reference_id: <redacted>, \
         user_id: <redacted>, .. }"
    );
}

#[tokio::test]
async fn debug_of_responses_requests_and_events_shows_no_data_or_user_id() {
    let sim = Simulator::start().await;
    let user = sim.user_ids()[0].clone();
    let day = chrono::NaiveDate::from_ymd_opt(2024, 5, 1).unwrap();
    let request = terra(&sim).activity(&user, day).with_samples(true);
    let debug = format!("{request:?}");
    assert!(!debug.contains(&user), "{debug}");

    let response = request.fetch().with_response().await.unwrap();
    let debug = format!("{response:?}");
    assert!(!debug.contains(&user), "{debug}");
    assert!(
        debug.contains("ActivityCollection { data: <redacted>"),
        "{debug}"
    );

    let users = terra(&sim).list_users().with_response().await.unwrap();
    assert!(!format!("{users:?}").contains(&user));

    // Webhook events: known ones through their models, unknown ones without their JSON.
    let body = serde_json::to_vec(&serde_json::json!({
        "type": "activity", "version": "2022-03-16", "user": {"user_id": user, "provider": "GARMIN"},
        "data": serde_json::from_slice::<serde_json::Value>(response.body()).unwrap()["data"],
    }))
    .unwrap();
    let event = tryterra::webhook::Event::from_json(&body).unwrap();
    let debug = format!("{event:?}");
    assert!(debug.starts_with("Activity(ActivityEvent {"), "{debug}");
    assert_prints_no_value(&debug);

    let unknown = serde_json::json!({"type": "glucose_alert", "patient": PATIENT, "mg_dl": 54});
    let event = tryterra::webhook::Event::from_json(unknown.to_string().as_bytes()).unwrap();
    assert_eq!(
        format!("{event:?}"),
        "Unknown { event_type: \"glucose_alert\", .. }"
    );
    let legacy = serde_json::json!({"type": "auth", "status": "error", "reference_id": PATIENT});
    let event = tryterra::webhook::Event::from_json(legacy.to_string().as_bytes()).unwrap();
    assert!(!format!("{event:?}").contains(PATIENT));
}

/// Keys of free-form maps are chosen by the body: a decode error's path shows `<key>` for them.
#[tokio::test]
async fn decode_error_paths_hide_keys_chosen_by_the_body() {
    let sim = Simulator::start().await;
    let user = sim.user_ids()[0].clone();
    let body = serde_json::json!({
        "user": {"user_id": user, "provider": "GARMIN"},
        "type": "daily",
        "data": [{
            "metadata": {"start_time": "2024-05-01T00:00:00+00:00",
                         "end_time": "2024-05-02T00:00:00+00:00", "upload_type": 1},
            "data_enrichment": {"strain_contributors": {(PATIENT): "very high"}}
        }]
    });
    sim.script(Script::on("/daily", ScriptedResponse::json(200, &body)));
    let day = chrono::NaiveDate::from_ymd_opt(2024, 5, 1).unwrap();
    let error = terra(&sim).daily(&user, day).fetch().await.unwrap_err();
    let decode = error.decode_error().unwrap();
    assert_eq!(
        decode.path(),
        "data[0].data_enrichment.strain_contributors.<key>"
    );
    crate::common::assert_error_text_excludes(&error, &[PATIENT, "PATIENT", "very high", &user]);
}
