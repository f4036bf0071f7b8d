//! The API key and signing secret never show up in `Debug` output, and never leave for another
//! host.

mod common;

use common::{API_KEY, DEV_ID, terra};
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
         user_agent: None, retry: None, .. }"
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
    common::assert_error_text_excludes(&error, &[API_KEY]);
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
