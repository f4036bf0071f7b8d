//! The simulated endpoints, and the middleware that records requests, plays scripts and checks
//! credentials.

use std::sync::Arc;

use axum::{
    Router,
    body::{Body, Bytes},
    extract::{Request, State as Extract},
    http::{HeaderValue, StatusCode, header},
    middleware::{self, Next},
    response::{IntoResponse, Response},
    routing::{get, post},
};
use serde_json::{Value, json};

use crate::{BASE_PATH, RecordedRequest, State, data};

type Shared = Arc<State>;

/// Largest request body accepted (Terra's lab-report uploads are the largest requests).
const MAX_BODY: usize = 16 * 1024 * 1024;

pub(crate) fn router(state: Shared) -> Router {
    let api = Router::new()
        .route("/integrations", get(integrations))
        .route("/integrations/detailed", get(integrations_detailed))
        .route("/subscriptions", get(subscriptions))
        .route("/userInfo", get(user_info))
        .route("/bulkUserInfo", post(bulk_user_info))
        .fallback(not_found);
    Router::new()
        .nest(BASE_PATH, api)
        .fallback(not_found)
        .layer(middleware::from_fn_with_state(state.clone(), intercept))
        .with_state(state)
}

/// Records the request, then answers from a script if one matches, then checks credentials.
async fn intercept(Extract(state): Extract<Shared>, request: Request, next: Next) -> Response {
    let (parts, body) = request.into_parts();
    let body = match axum::body::to_bytes(body, MAX_BODY).await {
        Ok(body) => body,
        Err(_) => {
            return problem(
                StatusCode::PAYLOAD_TOO_LARGE,
                "request body too large",
                parts.uri.path(),
            );
        }
    };
    let path = parts.uri.path();
    let recorded = RecordedRequest {
        method: parts.method.to_string(),
        path: path.strip_prefix(BASE_PATH).unwrap_or(path).to_string(),
        raw_query: parts.uri.query().map(str::to_string),
        query: parts.uri.query().map(form_pairs).unwrap_or_default(),
        headers: parts.headers.clone(),
        body: body.to_vec(),
    };
    state.record(recorded.clone());

    if let Some(scripted) = state.scripted(&recorded) {
        if let Some(delay) = scripted.delay {
            tokio::time::sleep(delay).await;
        }
        let mut response = Response::new(Body::from(scripted.body));
        *response.status_mut() =
            StatusCode::from_u16(scripted.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        for (name, value) in scripted.headers {
            if let (Ok(name), Ok(value)) = (
                header::HeaderName::try_from(name),
                HeaderValue::try_from(value),
            ) {
                response.headers_mut().append(name, value);
            }
        }
        return response;
    }

    let public = recorded.path.starts_with("/integrations");
    if !public && !authorised(&state, &recorded) {
        return problem(
            StatusCode::UNAUTHORIZED,
            "dev-id or x-api-key headers are missing or invalid",
            &instance(&recorded),
        );
    }
    next.run(Request::from_parts(parts, Body::from(body))).await
}

fn authorised(state: &State, request: &RecordedRequest) -> bool {
    let (Some(key), Some(dev)) = (request.header("x-api-key"), request.header("dev-id")) else {
        return false;
    };
    match &state.credentials {
        Some((want_key, want_dev)) => key == want_key && dev == want_dev,
        None => !key.is_empty() && !dev.is_empty(),
    }
}

/// The request path and query, as Terra puts it in `instance`.
fn instance(request: &RecordedRequest) -> String {
    match &request.raw_query {
        Some(q) => format!("{BASE_PATH}{}?{q}", request.path),
        None => format!("{BASE_PATH}{}", request.path),
    }
}

/// Decodes `a=1&b=x%20y` (and `+` for space) into pairs.
fn form_pairs(query: &str) -> Vec<(String, String)> {
    query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            (percent_decode(k), percent_decode(v))
        })
        .collect()
}

fn percent_decode(text: &str) -> String {
    let hex = |b: u8| (b as char).to_digit(16).map(|d| d as u8);
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let escaped = match bytes.get(i..i + 3) {
            Some([b'%', hi, lo]) => hex(*hi).zip(hex(*lo)).map(|(hi, lo)| hi << 4 | lo),
            _ => None,
        };
        match (escaped, bytes[i]) {
            (Some(byte), _) => {
                out.push(byte);
                i += 3;
            }
            (None, b'+') => {
                out.push(b' ');
                i += 1;
            }
            (None, byte) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

pub(crate) fn problem_body(status: u16, detail: &str, instance: &str) -> Value {
    let title = StatusCode::from_u16(status)
        .ok()
        .and_then(|s| s.canonical_reason())
        .unwrap_or("error")
        .to_lowercase();
    json!({"type": "about:blank", "title": title, "instance": instance, "detail": detail})
}

fn problem(status: StatusCode, detail: &str, instance: &str) -> Response {
    let body = problem_body(status.as_u16(), detail, instance).to_string();
    (
        status,
        [(header::CONTENT_TYPE, "application/problem+json")],
        body,
    )
        .into_response()
}

fn json_response(body: &Value) -> Response {
    (
        StatusCode::OK,
        [(header::CONTENT_TYPE, "application/json")],
        body.to_string(),
    )
        .into_response()
}

async fn not_found(request: Request) -> Response {
    problem(
        StatusCode::NOT_FOUND,
        "no such endpoint",
        request.uri().path(),
    )
}

/// The request's decoded query, for handlers (recorded the same way by the middleware).
fn query_of(request: &Request) -> Vec<(String, String)> {
    request.uri().query().map(form_pairs).unwrap_or_default()
}

fn param<'a>(query: &'a [(String, String)], name: &str) -> Option<&'a str> {
    query
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

fn path_and_query(request: &Request) -> String {
    request
        .uri()
        .path_and_query()
        .map(|pq| pq.as_str().to_string())
        .unwrap_or_default()
}

async fn integrations() -> Response {
    json_response(&json!({
        "status": "success",
        "providers": data::PROVIDERS,
        "sdk_providers": data::SDK_PROVIDERS,
    }))
}

async fn integrations_detailed(request: Request) -> Response {
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

async fn subscriptions(Extract(state): Extract<Shared>, request: Request) -> Response {
    let query = query_of(&request);
    let here = path_and_query(&request);
    let users = &state.users;
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

async fn user_info(Extract(state): Extract<Shared>, request: Request) -> Response {
    let query = query_of(&request);
    let here = path_and_query(&request);
    match (param(&query, "user_id"), param(&query, "reference_id")) {
        (Some(""), _) | (_, Some("")) | (None, None) => problem(
            StatusCode::BAD_REQUEST,
            "either user_id or reference_id is required",
            &here,
        ),
        (Some(user_id), _) => match state.users.iter().find(|u| u.user_id == user_id) {
            Some(user) => json_response(&user.info_json()),
            None => problem(StatusCode::NOT_FOUND, "user not found", &here),
        },
        (None, Some(reference_id)) => {
            let matching: Vec<Value> = state
                .users
                .iter()
                .filter(|u| u.reference_id == reference_id)
                .map(data::User::json)
                .collect();
            json_response(&Value::Array(matching))
        }
    }
}

async fn bulk_user_info(Extract(state): Extract<Shared>, request: Request) -> Response {
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
        .users
        .iter()
        .filter(|u| ids.contains(&u.user_id))
        .map(data::User::json)
        .collect();
    if found.is_empty() && !ids.is_empty() {
        return problem(StatusCode::NOT_FOUND, "no users found", &here);
    }
    json_response(&Value::Array(found))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_decoding() {
        assert_eq!(
            form_pairs("user_id=u+1%26x&page=2&flag"),
            vec![
                ("user_id".into(), "u 1&x".into()),
                ("page".into(), "2".into()),
                ("flag".into(), String::new())
            ]
        );
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("%zz"), "%zz");
        assert_eq!(percent_decode("%a\u{e9}%C3%A9"), "%a\u{e9}\u{e9}");
    }
}
