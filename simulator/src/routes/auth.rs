//! `/auth/*` and `/widget/api/session`.

use axum::{
    extract::{Request, State as Extract},
    http::StatusCode,
    response::Response,
};
use serde_json::{Value, json};

use super::{MAX_BODY, Shared, json_response, param, path_and_query, problem, query_of};
use crate::{data, webhooks};

pub(super) async fn authenticate_user(
    Extract(state): Extract<Shared>,
    request: Request,
) -> Response {
    let here = path_and_query(&request);
    let query = query_of(&request);
    let Some(resource) = param(&query, "resource").map(str::to_string) else {
        return problem(StatusCode::BAD_REQUEST, "resource is required", &here);
    };
    if !data::is_provider(&resource) {
        return problem(StatusCode::BAD_REQUEST, "unsupported resource", &here);
    }
    let body = match json_body(request).await {
        Ok(body) => body,
        Err(response) => return response,
    };
    let reference = body.get("reference_id").and_then(Value::as_str);
    let mut store = state.store();
    store.new_users += 1;
    let index = 10_000 + store.new_users;
    let user = data::connected(index, &resource, reference);
    let user_id = user.user_id.clone();
    let event = json!({
        "type": "auth",
        "status": "success",
        "user": user.json(),
        "reference_id": reference,
        "widget_session_id": null,
        "message": "User has successfully authenticated",
    });
    state.users().push(user);
    drop(store);
    webhooks::deliver(
        state.clone(),
        vec![webhooks::Outgoing {
            body: event,
            trace_id: data::uuid_like(index + 2),
            reference: None,
        }],
    );
    json_response(&json!({
        "status": "success",
        "user_id": user_id,
        "auth_url": format!("https://widget.tryterra.co/auth/{}/{}", resource.to_lowercase(), data::uuid_like(index + 1)),
    }))
}

pub(super) async fn widget_session(Extract(state): Extract<Shared>, request: Request) -> Response {
    let here = path_and_query(&request);
    let body = match json_body(request).await {
        Ok(body) => body,
        Err(response) => return response,
    };
    let providers = body
        .get("providers")
        .and_then(Value::as_str)
        .unwrap_or_default();
    let unsupported = providers
        .split(',')
        .map(str::trim)
        .find(|p| !p.is_empty() && !data::is_provider(p));
    if let Some(bad) = unsupported {
        return problem(
            StatusCode::BAD_REQUEST,
            &format!("unsupported provider {bad}"),
            &here,
        );
    }
    let mut store = state.store();
    store.new_users += 1;
    let session = data::uuid_like(20_000 + store.new_users);
    json_response(&json!({
        "status": "success",
        "session_id": session,
        "url": format!("https://widget.tryterra.co/session/{session}"),
        "expires_in": 900,
    }))
}

pub(super) async fn auth_token(Extract(state): Extract<Shared>) -> Response {
    let mut store = state.store();
    store.new_users += 1;
    json_response(&json!({
        "status": "success",
        "token": format!("{}.{}", data::uuid_like(30_000 + store.new_users), "sdk"),
        "expires_in": 180,
    }))
}

pub(super) async fn deauthenticate_user(
    Extract(state): Extract<Shared>,
    request: Request,
) -> Response {
    let here = path_and_query(&request);
    let query = query_of(&request);
    let Some(user_id) = param(&query, "user_id").filter(|id| !id.is_empty()) else {
        return problem(StatusCode::BAD_REQUEST, "user_id is required", &here);
    };
    let removed = {
        let mut users = state.users();
        let position = users.iter().position(|u| u.user_id == user_id);
        position.map(|i| users.remove(i))
    };
    let Some(user) = removed else {
        return problem(StatusCode::NOT_FOUND, "user not found", &here);
    };
    let event = json!({"type": "deauth", "status": "success", "user": user.json(), "message": "User has deauthenticated"});
    let trace_id = data::uuid_like(70_000 + user.index);
    webhooks::deliver(
        state.clone(),
        vec![webhooks::Outgoing {
            body: event,
            trace_id,
            reference: None,
        }],
    );
    json_response(&json!({"status": "success"}))
}

/// The request body as JSON (an empty body counts as `{}`), or a 400 problem.
pub(super) async fn json_body(request: Request) -> Result<Value, Response> {
    let here = path_and_query(&request);
    let bytes = axum::body::to_bytes(request.into_body(), MAX_BODY)
        .await
        .map_err(|_| problem(StatusCode::BAD_REQUEST, "unreadable body", &here))?;
    if bytes.is_empty() {
        return Ok(json!({}));
    }
    serde_json::from_slice(&bytes)
        .map_err(|_| problem(StatusCode::BAD_REQUEST, "body is not JSON", &here))
}
