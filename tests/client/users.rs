//! `/subscriptions`, `/userInfo` and `/bulkUserInfo`: both shapes of each union, pagination.

use crate::common::{terra, terra_without_retries};
use futures_util::{StreamExt, TryStreamExt};
use serde_json::json;
use tryterra::{Error, models::Provider};
use tryterra_simulator::{Script, ScriptedResponse, Simulator};

#[tokio::test]
async fn list_users_without_page_decodes_the_users_shape() {
    let sim = Simulator::builder().users(7).start().await;
    let all = terra(&sim).list_users().await.unwrap();
    let ids: Vec<_> = all.users.iter().map(|u| u.user_id.clone()).collect();
    assert_eq!(ids, sim.user_ids());
    let first = &all.users[0];
    assert_eq!(first.provider, Provider::Garmin);
    assert_eq!(first.reference_id.as_deref(), Some("athlete-0000"));
    assert!(first.created_at.as_deref().unwrap().ends_with("+00:00"));
    assert_eq!(
        first.scope_list().collect::<Vec<_>>(),
        ["ACTIVITY_EXPORT", "HEALTH_EXPORT", "WORKOUT_IMPORT"]
    );
    assert_eq!(
        sim.requests()[0].raw_query,
        None,
        "no paging parameters are sent"
    );
}

#[tokio::test]
async fn a_page_decodes_the_data_shape() {
    let sim = Simulator::builder().users(25).start().await;
    let page = terra(&sim).list_users_page(1, 10).await.unwrap();
    assert_eq!(page.data.next, Some(2));
    assert_eq!(page.data.max_page, Some(2));
    assert_eq!(page.data.results.len(), 10);
    assert_eq!(page.data.results[0].user_id, sim.user_ids()[10]);

    let last = terra(&sim).list_users_page(2, 10).await.unwrap();
    assert_eq!(last.data.next, None);
    assert_eq!(last.data.results.len(), 5);
}

#[tokio::test]
async fn the_wrong_shape_is_a_decode_error_not_an_empty_list() {
    let sim = Simulator::start().await;
    // Terra answers the paged shape where every user was asked for.
    sim.script(Script::on(
        "/subscriptions",
        ScriptedResponse::json(
            200,
            &json!({"data": {"next": null, "max_page": 0, "results": []}}),
        ),
    ));
    let error = terra(&sim).list_users().await.unwrap_err();
    let decode = error.decode_error().expect("a decode error");
    assert_eq!(decode.reason(), "missing field `users`");
    assert_eq!(decode.path(), ".");

    // And the unpaged shape where a page was asked for.
    sim.script(Script::on(
        "/subscriptions",
        ScriptedResponse::json(200, &json!({"users": []})),
    ));
    let error = terra(&sim).list_users_page(0, 10).await.unwrap_err();
    assert_eq!(
        error.decode_error().unwrap().reason(),
        "missing field `data`"
    );
}

#[tokio::test]
async fn stream_follows_next_across_pages() {
    let sim = Simulator::builder().users(23).start().await;
    let users: Vec<_> = terra(&sim).stream_users(5).try_collect().await.unwrap();
    let ids: Vec<_> = users.iter().map(|u| u.user_id.clone()).collect();
    assert_eq!(ids, sim.user_ids());
    let pages: Vec<_> = sim
        .requests()
        .iter()
        .map(|r| r.raw_query.clone().unwrap())
        .collect();
    assert_eq!(
        pages,
        [
            "page=0&per_page=5",
            "page=1&per_page=5",
            "page=2&per_page=5",
            "page=3&per_page=5",
            "page=4&per_page=5"
        ]
    );
}

#[tokio::test]
async fn stream_of_an_empty_account_ends_at_once() {
    let sim = Simulator::builder().users(0).start().await;
    let users: Vec<_> = terra(&sim).stream_users(50).try_collect().await.unwrap();
    assert!(users.is_empty());
    assert_eq!(sim.requests().len(), 1);
}

#[tokio::test]
async fn stream_stops_after_the_first_error() {
    let sim = Simulator::builder().users(30).start().await;
    sim.script(
        Script::on(
            "/subscriptions",
            ScriptedResponse::problem(500, "internal error"),
        )
        .when_query("page", "1"),
    );
    let items: Vec<_> = terra_without_retries(&sim).stream_users(10).collect().await;
    assert_eq!(
        items.len(),
        11,
        "10 users of page 0, then the error, then nothing"
    );
    assert!(items[..10].iter().all(Result::is_ok));
    let error = items[10].as_ref().unwrap_err();
    assert_eq!(
        error.status(),
        Some(tryterra::StatusCode::INTERNAL_SERVER_ERROR)
    );
    assert_eq!(sim.requests().len(), 2, "page 2 was never requested");
}

#[tokio::test]
async fn stream_refuses_a_cursor_that_does_not_advance() {
    let sim = Simulator::builder().users(30).start().await;
    let users = terra(&sim).list_users().await.unwrap().users;
    let stuck_page = json!({"data": {"next": 1, "max_page": 2, "results": users[10..20]}});
    sim.script(
        Script::on("/subscriptions", ScriptedResponse::json(200, &stuck_page))
            .when_query("page", "1"),
    );
    sim.clear_requests();

    let items: Vec<_> = terra(&sim).stream_users(10).collect().await;
    assert_eq!(items.len(), 21, "two pages of users, then the error");
    assert!(
        matches!(items[20], Err(Error::Pagination { page: 1, next: 1 })),
        "{:?}",
        items[20]
    );
    assert_eq!(sim.requests().len(), 2);
}

#[tokio::test]
async fn invalid_page_size_is_rejected_before_sending() {
    let sim = Simulator::start().await;
    let error = terra(&sim).list_users_page(0, 0).await.unwrap_err();
    assert!(matches!(error, Error::InvalidRequest(_)), "{error:?}");
    let first = terra(&sim).stream_users(0).next().await.unwrap();
    assert!(matches!(first, Err(Error::InvalidRequest(_))));
    assert!(sim.requests().is_empty());
}

#[tokio::test]
async fn user_info_by_user_id_is_an_object() {
    let sim = Simulator::start().await;
    let id = sim.user_ids()[1].clone();
    let info = terra(&sim).get_user(&id).await.unwrap();
    assert_eq!(info.user.user_id, id);
    assert_eq!(info.user.provider, Provider::Fitbit);
    assert_eq!(info.status, Some(tryterra::models::ResponseStatus::Success));
    assert_eq!(info.is_authenticated, Some(true));
    assert!(info.user.last_polled_at.is_some() && info.user.most_recent_data_at.is_some());
}

#[tokio::test]
async fn user_info_by_reference_is_an_array_even_with_one_user() {
    let sim = Simulator::builder().users(3).start().await;
    // Users 0 and 1 share a reference; user 2 is alone under its own. A one-element array is
    // what an untagged decoder would mistake for the object shape.
    let refs = sim.reference_ids();
    let pair = terra(&sim).list_users_by_reference(&refs[0]).await.unwrap();
    assert_eq!(pair.len(), 2);
    let single = terra(&sim).list_users_by_reference(&refs[2]).await.unwrap();
    assert_eq!(single.len(), 1);
    assert_eq!(single[0].user_id, sim.user_ids()[2]);
    let none = terra(&sim).list_users_by_reference("nobody").await.unwrap();
    assert!(none.is_empty());
}

#[tokio::test]
async fn unknown_user_is_a_404_problem() {
    let sim = Simulator::start().await;
    let error = terra(&sim).get_user("not-a-user").await.unwrap_err();
    let api = error.api_error().expect("an API error");
    assert_eq!(api.status(), tryterra::StatusCode::NOT_FOUND);
    assert_eq!(api.detail(), Some("user not found"));
    assert!(matches!(api.body(), tryterra::ErrorBody::Problem(p) if p.title == "not found"));
}

#[tokio::test]
async fn empty_ids_are_rejected_before_sending() {
    let sim = Simulator::start().await;
    assert!(matches!(
        terra(&sim).get_user("").await,
        Err(Error::InvalidRequest(_))
    ));
    assert!(matches!(
        terra(&sim).list_users_by_reference("").await,
        Err(Error::InvalidRequest(_))
    ));
    assert!(sim.requests().is_empty());
}

#[tokio::test]
async fn raw_response_is_available_on_request() {
    let sim = Simulator::start().await;
    let response = terra(&sim).list_users().with_response().await.unwrap();
    assert_eq!(response.status(), tryterra::StatusCode::OK);
    assert_eq!(response.headers()["content-type"], "application/json");
    let raw: serde_json::Value = serde_json::from_slice(response.body()).unwrap();
    assert_eq!(
        raw["users"].as_array().unwrap().len(),
        response.value().users.len()
    );
    let debug = format!("{response:?}");
    assert!(debug.contains("body_len"), "{debug}");
}

#[tokio::test]
async fn unknown_providers_and_fields_are_kept() {
    let sim = Simulator::start().await;
    let body = json!({"users": [{
        "user_id": "u1", "provider": "NEWBAND", "reference_id": null, "active": null,
        "scopes": null, "created_at": null, "last_webhook_update": null, "future_field": {"x": 1}
    }]});
    sim.script(Script::on(
        "/subscriptions",
        ScriptedResponse::json(200, &body),
    ));
    let users = terra(&sim).list_users().await.unwrap().users;
    assert!(
        matches!(&users[0].provider, Provider::Other(v) if v.value() == "NEWBAND"),
        "{:?}",
        users[0].provider
    );
    assert_eq!(users[0].provider.as_str(), "NEWBAND");
    assert_eq!(
        serde_json::to_value(&users[0].provider).unwrap(),
        json!("NEWBAND")
    );
    assert_eq!(users[0].scope_list().count(), 0);
}

/// The stream is usable without `futures`: `next()` and `collect_all()`.
#[tokio::test]
async fn stream_is_usable_without_futures() {
    let sim = Simulator::builder().users(12).start().await;
    let mut stream = terra(&sim).stream_users(5);
    let mut ids = Vec::new();
    while let Some(user) = stream.next().await {
        ids.push(user.unwrap().user_id);
    }
    assert_eq!(ids, sim.user_ids());
    let all = terra(&sim).stream_users(5).collect_all().await.unwrap();
    assert_eq!(all.len(), 12);
}
