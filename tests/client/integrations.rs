//! `/integrations` and `/integrations/detailed`.

use crate::common::terra;
use serde_json::json;
use tryterra::models::{Provider, ResponseStatus};
use tryterra_simulator::{Script, ScriptedResponse, Simulator};

#[tokio::test]
async fn providers_lists_cloud_and_sdk_providers() {
    let sim = Simulator::start().await;
    let response = terra(&sim).list_providers().await.unwrap();
    assert_eq!(response.status, Some(ResponseStatus::Success));
    let providers = response.providers.unwrap();
    assert_eq!(providers.len(), 62);
    assert_eq!(providers[0], Provider::Biostrap);
    assert!(providers.contains(&Provider::Garmin));
    assert!(providers.iter().all(Provider::is_known));
    assert_eq!(
        response.sdk_providers.unwrap(),
        [
            Provider::GoogleFit,
            Provider::FreestyleLibreSdk,
            Provider::Apple,
            Provider::Samsung,
            Provider::Realtime
        ]
    );
}

#[tokio::test]
async fn providers_accepts_the_legacy_sdk_resource_key() {
    let sim = Simulator::start().await;
    let legacy = json!({"status": "success", "providers": ["GARMIN"], "sdk_resource": ["APPLE", "SOMETHINGNEW"]});
    sim.script(Script::on(
        "/integrations",
        ScriptedResponse::json(200, &legacy),
    ));
    let providers = terra(&sim).list_providers().await.unwrap();
    assert_eq!(
        providers.sdk_providers.unwrap(),
        [Provider::Apple, Provider::from("SOMETHINGNEW")]
    );
}

#[tokio::test]
async fn unknown_status_value_is_kept() {
    let sim = Simulator::start().await;
    sim.script(Script::on(
        "/integrations",
        ScriptedResponse::json(
            200,
            &json!({"status": "warning", "providers": [], "sdk_providers": []}),
        ),
    ));
    let providers = terra(&sim).list_providers().await.unwrap();
    assert_eq!(providers.status, Some(ResponseStatus::from("warning")));
}

#[tokio::test]
async fn detailed_providers_are_scoped_by_dev_id_and_sdk_flag() {
    let sim = Simulator::start().await;
    let terra = terra(&sim);
    let cloud = terra
        .list_providers_detailed()
        .await
        .unwrap()
        .providers
        .unwrap();
    assert_eq!(cloud.len(), 62);
    let with_sdk = terra
        .list_providers_detailed_including_sdk()
        .await
        .unwrap()
        .providers
        .unwrap();
    assert_eq!(with_sdk.len(), 67);
    let garmin = cloud
        .iter()
        .find(|p| p.provider == Some(Provider::Garmin))
        .unwrap();
    assert_eq!(garmin.name.as_deref(), Some("Garmin"));
    assert_eq!(garmin.enabled, Some(true));
    assert_eq!(garmin.types.as_ref().unwrap().activity, Some(true));
    // dev-id is sent, so the simulator (like Terra) reports which providers are enabled.
    let disabled = cloud.iter().filter(|p| p.enabled == Some(false)).count();
    assert!(disabled > 40, "{disabled}");
    assert_eq!(sim.requests()[1].query_param("sdk"), Some("true"));
}
