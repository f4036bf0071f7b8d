//! The simulated endpoints, and the middleware that records requests, plays scripts and checks
//! credentials.

use std::sync::Arc;

use axum::{
    Router,
    body::Body,
    extract::{Request, State as Extract},
    http::{HeaderValue, StatusCode, header},
    middleware::{self, Next},
    response::{IntoResponse, Response},
    routing::{delete, get, post},
};
use serde_json::{Value, json};

use crate::{BASE_PATH, Fault, RecordedRequest, State};

mod auth;
mod data;
mod lab_reports;
mod users;
mod workouts;

pub(crate) type Shared = Arc<State>;

/// Largest request body accepted (Terra's lab-report uploads are the largest requests).
pub(crate) const MAX_BODY: usize = 16 * 1024 * 1024;

pub(crate) fn router(state: Shared) -> Router {
    let api = Router::new()
        .route("/integrations", get(users::integrations))
        .route("/integrations/detailed", get(users::integrations_detailed))
        .route("/subscriptions", get(users::subscriptions))
        .route("/userInfo", get(users::user_info))
        .route("/bulkUserInfo", post(users::bulk_user_info))
        .route("/auth/authenticateUser", post(auth::authenticate_user))
        .route("/auth/generateWidgetSession", post(auth::widget_session))
        .route("/auth/generateAuthToken", post(auth::auth_token))
        .route(
            "/auth/deauthenticateUser",
            delete(auth::deauthenticate_user),
        )
        .route("/activity", get(data::activity))
        .route("/body", get(data::body))
        .route("/daily", get(data::daily))
        .route("/sleep", get(data::sleep))
        .route("/menstruation", get(data::menstruation))
        .route("/nutrition", get(data::nutrition))
        .route("/athlete", get(data::athlete))
        .route("/workouts", get(workouts::list).post(workouts::create))
        .route(
            "/workouts/{workout_id}",
            get(workouts::get).delete(workouts::delete),
        )
        .route("/workouts/{workout_id}/plan", post(workouts::plan))
        .route("/plannedWorkouts", get(workouts::list_planned))
        .route(
            "/plannedWorkouts/{planned_workout_id}",
            get(workouts::get_planned)
                .patch(workouts::update_planned)
                .delete(workouts::delete_planned),
        )
        .route(
            "/lab-reports",
            get(lab_reports::list).post(lab_reports::upload),
        )
        .route(
            "/lab-reports/{session_id}",
            get(lab_reports::get).delete(lab_reports::delete),
        )
        .route(
            "/lab-reports/{session_id}/deliveries",
            get(lab_reports::deliveries),
        )
        .route("/lab-reports/{session_id}/files", get(lab_reports::files))
        .fallback(not_found);
    Router::new()
        .nest(BASE_PATH, api)
        // The widget API is served from the origin, not under /api/v2.
        .route("/widget/api/session", post(auth::widget_session))
        // Large webhook payloads, fetched without credentials like S3 presigned URLs.
        .route("/s3-payloads/{id}", get(s3_payload))
        .fallback(not_found)
        .layer(middleware::from_fn_with_state(state.clone(), intercept))
        // Outermost, so scripted responses are compressed too (when the client asks).
        .layer(tower_http::compression::CompressionLayer::new().gzip(true))
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
        let body = match scripted.fault {
            None => Body::from(scripted.body),
            // Unwinding out of the handler drops the connection with no response at all, as a
            // reset does; `resume_unwind` skips the panic hook, so nothing is printed.
            Some(Fault::Reset) => std::panic::resume_unwind(Box::new("scripted reset")),
            Some(Fault::StallAfter(sent)) => {
                let mut body = scripted.body;
                body.truncate(sent);
                let first = futures_util::stream::iter([Ok::<_, std::io::Error>(
                    axum::body::Bytes::from(body),
                )]);
                Body::from_stream(futures_util::StreamExt::chain(
                    first,
                    futures_util::stream::pending(),
                ))
            }
            Some(Fault::CutAfter(sent)) => {
                let mut body = scripted.body;
                body.truncate(sent);
                let cut = std::io::Error::new(std::io::ErrorKind::ConnectionReset, "scripted cut");
                Body::from_stream(futures_util::stream::iter([
                    Ok(axum::body::Bytes::from(body)),
                    Err(cut),
                ]))
            }
        };
        let mut response = Response::new(body);
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

    // Terra serves the provider lists without credentials; the widget API checks its own.
    let public =
        recorded.path.starts_with("/integrations") || recorded.path.starts_with("/s3-payloads/");
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
pub(crate) fn form_pairs(query: &str) -> Vec<(String, String)> {
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

pub(crate) fn problem(status: StatusCode, detail: &str, instance: &str) -> Response {
    let body = problem_body(status.as_u16(), detail, instance).to_string();
    (
        status,
        [(header::CONTENT_TYPE, "application/problem+json")],
        body,
    )
        .into_response()
}

pub(crate) fn json_response(body: &Value) -> Response {
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
pub(crate) fn query_of(request: &Request) -> Vec<(String, String)> {
    request.uri().query().map(form_pairs).unwrap_or_default()
}

pub(crate) fn param<'a>(query: &'a [(String, String)], name: &str) -> Option<&'a str> {
    query
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

pub(crate) fn path_and_query(request: &Request) -> String {
    request
        .uri()
        .path_and_query()
        .map(|pq| pq.as_str().to_string())
        .unwrap_or_default()
}

/// A stored webhook payload, while its URL is valid; after that, S3's 403.
async fn s3_payload(
    Extract(state): Extract<Shared>,
    axum::extract::Path(id): axum::extract::Path<String>,
) -> Response {
    let stored = crate::lock(&state.payloads).get(&id).cloned();
    match stored {
        Some((body, expires)) if state.limits.now() < expires => {
            ([(header::CONTENT_TYPE, "application/json")], body).into_response()
        }
        Some(_) => (
            StatusCode::FORBIDDEN,
            [(header::CONTENT_TYPE, "application/xml")],
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>AccessDenied</Code>\
             <Message>Request has expired</Message></Error>",
        )
            .into_response(),
        None => (
            StatusCode::NOT_FOUND,
            [(header::CONTENT_TYPE, "application/xml")],
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>NoSuchKey</Code></Error>",
        )
            .into_response(),
    }
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
