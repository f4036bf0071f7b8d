//! What goes over the wire: credentials on every request, query encoding, headers.

use crate::common::{API_KEY, DEV_ID, terra};
use tryterra_simulator::Simulator;

#[tokio::test]
async fn every_operation_sends_both_credentials() {
    let sim = Simulator::start().await;
    let terra = terra(&sim);
    let user_id = sim.user_ids()[0].clone();
    let reference = sim.reference_ids()[0].clone();

    terra.list_providers().await.unwrap();
    terra.list_providers_detailed_including_sdk().await.unwrap();
    terra.list_users().await.unwrap();
    terra.list_users_page(0, 2).await.unwrap();
    terra.get_user(&user_id).await.unwrap();
    terra.list_users_by_reference(&reference).await.unwrap();
    terra.get_users([user_id.as_str()]).await.unwrap();

    let requests = sim.requests();
    let paths: Vec<_> = requests
        .iter()
        .map(|r| format!("{} {}", r.method, r.path))
        .collect();
    assert_eq!(
        paths,
        [
            "GET /integrations",
            "GET /integrations/detailed",
            "GET /subscriptions",
            "GET /subscriptions",
            "GET /userInfo",
            "GET /userInfo",
            "POST /bulkUserInfo",
        ]
    );
    for request in &requests {
        assert_eq!(
            request.header("x-api-key"),
            Some(API_KEY),
            "{}",
            request.path
        );
        assert_eq!(request.header("dev-id"), Some(DEV_ID), "{}", request.path);
        assert_eq!(request.header("accept"), Some("application/json"));
        assert!(
            request
                .header("user-agent")
                .unwrap()
                .starts_with("tryterra-rust/"),
            "{:?}",
            request.header("user-agent")
        );
        // progenitor adds `api-version`; Terra does not define it, so it is not sent.
        assert_eq!(request.header("api-version"), None);
    }
}

#[tokio::test]
async fn query_parameters_are_encoded() {
    let sim = Simulator::start().await;
    let terra = terra(&sim);

    // Unknown IDs: the answers are errors / empty, but the request is what is checked.
    let awkward = "ref 1&x=é/+?";
    terra.list_users_by_reference(awkward).await.unwrap();
    let _ = terra.get_user("u#1").await;
    terra.list_users_page(3, 250).await.unwrap();
    terra.list_providers_detailed().await.unwrap();

    let requests = sim.requests();
    assert_eq!(
        requests[0].query,
        [("reference_id".to_string(), awkward.to_string())]
    );
    // Form encoding: the `&` and `=` inside the value cannot split it into parameters.
    assert_eq!(
        requests[0].raw_query.as_deref(),
        Some("reference_id=ref+1%26x%3D%C3%A9%2F%2B%3F")
    );
    assert_eq!(requests[1].query_param("user_id"), Some("u#1"));
    assert_eq!(
        requests[2].raw_query.as_deref(),
        Some("page=3&per_page=250")
    );
    assert_eq!(requests[3].raw_query.as_deref(), Some("sdk=false"));
}

#[tokio::test]
async fn bulk_user_info_sends_a_json_array() {
    let sim = Simulator::start().await;
    let ids = sim.user_ids();
    let users = terra(&sim)
        .get_users(vec![ids[2].clone(), ids[0].clone(), "missing".to_string()])
        .await
        .unwrap();
    let request = &sim.requests()[0];
    assert_eq!(request.header("content-type"), Some("application/json"));
    let sent: Vec<String> = serde_json::from_slice(&request.body).unwrap();
    assert_eq!(sent, [ids[2].as_str(), ids[0].as_str(), "missing"]);
    let mut got: Vec<_> = users.iter().map(|u| u.user_id.clone()).collect();
    got.sort();
    let mut want = vec![ids[0].clone(), ids[2].clone()];
    want.sort();
    assert_eq!(got, want);
}

#[tokio::test]
async fn credentials_are_checked_by_the_simulator() {
    // The simulator enforces credentials like Terra: a wrong key is a 401 problem.
    let sim = Simulator::builder()
        .credentials("right-key", DEV_ID)
        .start()
        .await;
    let error = terra(&sim).list_users().await.unwrap_err();
    assert_eq!(error.status(), Some(tryterra::StatusCode::UNAUTHORIZED));
    // The public endpoint still answers.
    terra(&sim).list_providers().await.unwrap();
}
