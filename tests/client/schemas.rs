//! With the `schemars` feature, every model has a JSON Schema that describes the JSON it reads
//! and writes: what the simulator serves validates against it, a wrong type does not, and a value
//! Terra adds to an open enum is accepted (as decoding accepts it).

use chrono::NaiveDate;
use schemars::{JsonSchema, schema_for};
use serde_json::{Value, json};
use tryterra::models::{
    ActivityCollection, ProvidersResponse, SleepCollection, SubscribedUsers, UserInfo,
};
use tryterra_simulator::Simulator;

use crate::common::terra;

/// The first few places where `body` does not match `T`'s schema.
fn violations<T: JsonSchema>(body: &Value) -> Vec<String> {
    let schema = serde_json::to_value(schema_for!(T)).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    validator
        .iter_errors(body)
        .take(5)
        .map(|error| format!("{error} (at {})", error.instance_path()))
        .collect()
}

fn json(body: &[u8]) -> Value {
    serde_json::from_slice(body).unwrap()
}

/// The body of `response` matches `T`'s schema.
fn assert_conforms<T: JsonSchema, V>(response: &tryterra::Response<V>) {
    assert_eq!(
        violations::<T>(&json(response.body())),
        Vec::<String>::new()
    );
}

/// Two weeks in March 2024: days with activities, sleep and samples in the simulator.
fn two_weeks() -> (NaiveDate, NaiveDate) {
    (
        NaiveDate::from_ymd_opt(2024, 3, 1).unwrap(),
        NaiveDate::from_ymd_opt(2024, 3, 14).unwrap(),
    )
}

#[tokio::test]
async fn simulator_responses_validate_against_the_models_schemas() {
    let sim = Simulator::start().await;
    let terra = terra(&sim);
    let user = sim.user_ids()[0].clone();
    let (start, end) = two_weeks();

    let activity = terra
        .activity(&user, start)
        .until(end)
        .with_samples(true)
        .fetch()
        .with_response()
        .await
        .unwrap();
    assert!(!activity.value().data.is_empty());
    assert_conforms::<ActivityCollection, _>(&activity);

    let sleep = terra
        .sleep(&user, start)
        .until(end)
        .fetch()
        .with_response()
        .await
        .unwrap();
    assert_conforms::<SleepCollection, _>(&sleep);

    let users = terra.list_users().with_response().await.unwrap();
    assert_conforms::<SubscribedUsers, _>(&users);

    let info = terra.get_user(&user).with_response().await.unwrap();
    assert_conforms::<UserInfo, _>(&info);

    let providers = terra.list_providers().with_response().await.unwrap();
    assert_conforms::<ProvidersResponse, _>(&providers);
}

#[tokio::test]
async fn the_schemas_reject_what_decoding_rejects_and_accept_new_enum_values() {
    let sim = Simulator::start().await;
    let terra = terra(&sim);
    let user = sim.user_ids()[0].clone();
    let (start, end) = two_weeks();
    let response = terra
        .activity(&user, start)
        .until(end)
        .fetch()
        .with_response()
        .await
        .unwrap();
    let body = json(response.body());
    assert!(body["data"][0].is_object());

    // A number where the model has a string: the schema says no, as decoding does.
    let mut wrong = body.clone();
    wrong["data"][0]["metadata"]["summary_id"] = json!(12);
    assert!(serde_json::from_value::<ActivityCollection>(wrong.clone()).is_err());
    let problems = violations::<ActivityCollection>(&wrong);
    assert!(!problems.is_empty());
    assert!(
        problems[0].contains("/data/0/metadata/summary_id"),
        "{problems:?}"
    );

    // An activity type and a provider this version does not know: accepted by both.
    let mut added = body;
    added["data"][0]["metadata"]["type"] = json!(999);
    added["user"]["provider"] = json!("NEW_WEARABLE");
    assert!(serde_json::from_value::<ActivityCollection>(added.clone()).is_ok());
    assert_eq!(
        violations::<ActivityCollection>(&added),
        Vec::<String>::new()
    );
}
