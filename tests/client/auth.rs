//! Authentication: connecting users through Terra and disconnecting them.

use crate::common::{API_KEY, DEV_ID, terra};
use tryterra::{
    Error,
    api::widget_providers,
    models::{AuthenticateUserRequest, Provider, ResponseStatus, WidgetSessionParams},
};
use tryterra_simulator::Simulator;

#[tokio::test]
async fn authenticate_user_sends_resource_in_the_query_and_options_in_the_body() {
    let sim = Simulator::start().await;
    let request = AuthenticateUserRequest::new()
        .reference_id("user-42")
        .language("en")
        .auth_success_redirect_url("https://app.example/ok");
    let link = terra(&sim)
        .authenticate_user(Provider::Garmin, request)
        .await
        .unwrap();
    assert_eq!(link.status, Some(ResponseStatus::Success));
    assert!(link.auth_url.unwrap().starts_with("https://"));
    let user_id = link.user_id.unwrap();

    let sent = &sim.requests()[0];
    assert_eq!(
        (sent.method.as_str(), sent.path.as_str()),
        ("POST", "/auth/authenticateUser")
    );
    assert_eq!(sent.query, [("resource".to_string(), "GARMIN".to_string())]);
    assert_eq!(sent.header("dev-id"), Some(DEV_ID));
    let body: serde_json::Value = serde_json::from_slice(&sent.body).unwrap();
    assert_eq!(
        body,
        serde_json::json!({"reference_id": "user-42", "language": "en", "auth_success_redirect_url": "https://app.example/ok"})
    );

    // The simulator connects the user at once, as if they had logged in at Garmin.
    let found = terra(&sim)
        .list_users_by_reference("user-42")
        .await
        .unwrap();
    assert_eq!(found[0].user_id, user_id);
    assert_eq!(found[0].provider, Provider::Garmin);
}

#[tokio::test]
async fn authenticate_user_rejects_an_unknown_provider() {
    let sim = Simulator::start().await;
    let error = terra(&sim)
        .authenticate_user("NOTAPROVIDER", AuthenticateUserRequest::default())
        .await
        .unwrap_err();
    assert_eq!(error.status(), Some(tryterra::StatusCode::BAD_REQUEST));
}

#[tokio::test]
async fn widget_sessions_from_both_apis() {
    let sim = Simulator::start().await;
    let params = WidgetSessionParams::new()
        .providers(widget_providers([Provider::Garmin, Provider::Oura]))
        .reference_id("user-7");
    let v2 = terra(&sim)
        .generate_widget_session(params.clone())
        .await
        .unwrap();
    assert_eq!(v2.expires_in, Some(900.0));
    assert!(v2.url.unwrap().contains(&v2.session_id.unwrap()));

    let widget = terra(&sim)
        .generate_widget_session_on_widget_api(params)
        .await
        .unwrap();
    assert_eq!(widget.status, Some(ResponseStatus::Success));

    let requests = sim.requests();
    assert_eq!(requests[0].path, "/auth/generateWidgetSession");
    // The widget API lives at the origin, outside /api/v2, and gets the credentials too.
    assert_eq!(requests[1].path, "/widget/api/session");
    assert_eq!(requests[1].header("x-api-key"), Some(API_KEY));
    let body: serde_json::Value = serde_json::from_slice(&requests[1].body).unwrap();
    assert_eq!(body["providers"], "GARMIN,OURA");
}

#[tokio::test]
async fn auth_token_and_deauthentication() {
    let sim = Simulator::start().await;
    let token = terra(&sim).generate_auth_token().await.unwrap();
    assert_eq!(token.expires_in, Some(180));
    assert!(token.token.is_some());

    let user = sim.user_ids()[0].clone();
    let done = terra(&sim).deauthenticate_user(&user).await.unwrap();
    assert_eq!(done.status, Some(ResponseStatus::Success));
    let sent = sim.requests().pop().unwrap();
    assert_eq!(
        (sent.method.as_str(), sent.query_param("user_id")),
        ("DELETE", Some(user.as_str()))
    );
    assert!(!sim.user_ids().contains(&user));

    let again = terra(&sim).deauthenticate_user(&user).await.unwrap_err();
    assert_eq!(again.status(), Some(tryterra::StatusCode::NOT_FOUND));
    assert!(matches!(
        terra(&sim).deauthenticate_user("").await,
        Err(Error::InvalidRequest(_))
    ));
}
