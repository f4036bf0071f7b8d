//! `/integrations*`, `/subscriptions`, `/userInfo`, `/bulkUserInfo`.

use axum::{
    body::Bytes,
    extract::{Request, State as Extract},
    http::StatusCode,
    response::Response,
};
use serde_json::{Value, json};

use super::{MAX_BODY, Shared, json_response, param, path_and_query, problem, query_of};
use crate::data;

pub(super) async fn integrations() -> Response {
    json_response(&json!({
        "status": "success",
        "providers": data::PROVIDERS,
        "sdk_providers": data::SDK_PROVIDERS,
    }))
}

pub(super) async fn integrations_detailed(request: Request) -> Response {
    let query = query_of(&request);
    let include_sdk = match param(&query, "sdk") {
        None | Some("false") => false,
        Some("true") => true,
        Some(_) => {
            return problem(
                StatusCode::BAD_REQUEST,
                "invalid sdk",
                &path_and_query(&request),
            );
        }
    };
    let scoped = request.headers().contains_key("dev-id");
    let sdk: &[&str] = if include_sdk {
        data::SDK_PROVIDERS
    } else {
        &[]
    };
    let providers: Vec<Value> = data::PROVIDERS
        .iter()
        .chain(sdk)
        .map(|p| data::provider_details(p, scoped))
        .collect();
    json_response(&json!({"status": "success", "providers": providers}))
}

pub(super) async fn subscriptions(Extract(state): Extract<Shared>, request: Request) -> Response {
    let query = query_of(&request);
    let here = path_and_query(&request);
    let users = &state.users();
    let Some(page) = param(&query, "page") else {
        let all: Vec<Value> = users.iter().map(data::User::json).collect();
        return json_response(&json!({"users": all}));
    };
    let Ok(page) = page.parse::<usize>() else {
        return problem(StatusCode::BAD_REQUEST, "invalid page", &here);
    };
    let per_page = match param(&query, "per_page").map(str::parse::<usize>) {
        None => 500,
        Some(Ok(n)) if n > 0 => n,
        Some(_) => return problem(StatusCode::BAD_REQUEST, "invalid per_page", &here),
    };
    let max_page = users.len().div_ceil(per_page).saturating_sub(1);
    let results: Vec<Value> = users
        .iter()
        .skip(page.saturating_mul(per_page))
        .take(per_page)
        .map(data::User::json)
        .collect();
    let next = (page < max_page).then_some(page + 1);
    json_response(&json!({"data": {"next": next, "max_page": max_page, "results": results}}))
}

pub(super) async fn user_info(Extract(state): Extract<Shared>, request: Request) -> Response {
    let query = query_of(&request);
    let here = path_and_query(&request);
    match (param(&query, "user_id"), param(&query, "reference_id")) {
        (Some(""), _) | (_, Some("")) | (None, None) => problem(
            StatusCode::BAD_REQUEST,
            "either user_id or reference_id is required",
            &here,
        ),
        (Some(user_id), _) => match state.users().iter().find(|u| u.user_id == user_id) {
            Some(user) => json_response(&user.info_json()),
            None => problem(StatusCode::NOT_FOUND, "user not found", &here),
        },
        (None, Some(reference_id)) => {
            let matching: Vec<Value> = state
                .users()
                .iter()
                .filter(|u| u.reference_id == reference_id)
                .map(data::User::json)
                .collect();
            json_response(&Value::Array(matching))
        }
    }
}

pub(super) async fn bulk_user_info(Extract(state): Extract<Shared>, request: Request) -> Response {
    let here = path_and_query(&request);
    let body: Bytes = match axum::body::to_bytes(request.into_body(), MAX_BODY).await {
        Ok(body) => body,
        Err(_) => return problem(StatusCode::BAD_REQUEST, "unreadable body", &here),
    };
    let Ok(ids) = serde_json::from_slice::<Vec<String>>(&body) else {
        return problem(
            StatusCode::BAD_REQUEST,
            "body must be a JSON array of user IDs",
            &here,
        );
    };
    let found: Vec<Value> = state
        .users()
        .iter()
        .filter(|u| ids.contains(&u.user_id))
        .map(data::User::json)
        .collect();
    if found.is_empty() && !ids.is_empty() {
        return problem(StatusCode::NOT_FOUND, "no users found", &here);
    }
    json_response(&Value::Array(found))
}
