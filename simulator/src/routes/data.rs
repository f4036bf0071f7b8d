//! The data endpoints: inline data, or the webhook acknowledgement.

use axum::{
    extract::{Request, State as Extract},
    http::StatusCode,
    response::Response,
};
use chrono::{DateTime, NaiveDate};
use serde_json::{Value, json};

use super::{Shared, json_response, param, path_and_query, problem, query_of};
use crate::{data, health, webhooks};

/// Ranges longer than this are "large requests", delivered in chunks.
const LARGE_DAYS: i64 = 31;

type Generate = fn(&str, NaiveDate, bool) -> Vec<Value>;

pub(super) async fn activity(state: Extract<Shared>, request: Request) -> Response {
    serve(state, request, "activity", health::activities)
}
pub(super) async fn body(state: Extract<Shared>, request: Request) -> Response {
    serve(state, request, "body", health::body)
}
pub(super) async fn daily(state: Extract<Shared>, request: Request) -> Response {
    serve(state, request, "daily", health::daily)
}
pub(super) async fn sleep(state: Extract<Shared>, request: Request) -> Response {
    serve(state, request, "sleep", health::sleep)
}
pub(super) async fn menstruation(state: Extract<Shared>, request: Request) -> Response {
    serve(state, request, "menstruation", health::menstruation)
}
pub(super) async fn nutrition(state: Extract<Shared>, request: Request) -> Response {
    serve(state, request, "nutrition", health::nutrition)
}

pub(super) async fn athlete(Extract(state): Extract<Shared>, request: Request) -> Response {
    let here = path_and_query(&request);
    let query = query_of(&request);
    let (user, to_webhook) = match user_and_delivery(&state, &query, &here) {
        Ok(found) => found,
        Err(response) => return response,
    };
    if let Err(wait) = state.limits.charge(&user.user_id, 1) {
        return over_budget(wait, &here);
    }
    let profile = health::athlete(&user.user_id, user.index);
    if to_webhook {
        if state.destination.is_none() {
            return no_destination(&here);
        }
        let ack = acknowledgement(&state, &user, "athlete", false);
        let event = json!({"type": "athlete", "user": user.json(), "athlete": profile, "version": "2022-03-16"});
        let reference = ack["reference"].as_str().unwrap_or_default().to_string();
        webhooks::deliver(
            state.clone(),
            vec![webhooks::Outgoing {
                body: event,
                trace_id: format!("{reference}:0"),
                reference: Some(reference),
            }],
        );
        return json_response(&ack);
    }
    json_response(&json!({
        "user": user.json(),
        "athlete": profile,
        "type": "athlete",
    }))
}

fn serve(
    Extract(state): Extract<Shared>,
    request: Request,
    kind: &str,
    generate: Generate,
) -> Response {
    let here = path_and_query(&request);
    let query = query_of(&request);
    let (user, to_webhook) = match user_and_delivery(&state, &query, &here) {
        Ok(found) => found,
        Err(response) => return response,
    };
    let Some(start) = param(&query, "start_date").and_then(day) else {
        return problem(StatusCode::BAD_REQUEST, "invalid start_date", &here);
    };
    let end = match param(&query, "end_date").map(day) {
        None => start,
        Some(Some(end)) if end >= start => end,
        Some(_) => return problem(StatusCode::BAD_REQUEST, "invalid end_date", &here),
    };
    let days = (end - start).num_days() + 1;
    if days > state.limits.max_span_days {
        let detail = format!("date range longer than {} days", state.limits.max_span_days);
        return problem(StatusCode::BAD_REQUEST, &detail, &here);
    }
    // Terra charges `end_date − start_date` days, at least one.
    let cost = u64::try_from((end - start).num_days()).unwrap_or(0).max(1);
    if let Err(wait) = state.limits.charge(&user.user_id, cost) {
        return over_budget(wait, &here);
    }
    let with_samples = match param(&query, "with_samples") {
        None | Some("false") => false,
        Some("true") => true,
        Some(_) => return problem(StatusCode::BAD_REQUEST, "invalid with_samples", &here),
    };
    if to_webhook && state.destination.is_none() {
        return no_destination(&here);
    }
    let records: Vec<Value> = start
        .iter_days()
        .take(days as usize)
        .flat_map(|d| generate(&user.user_id, d, with_samples))
        .collect();
    if to_webhook {
        let large = days > LARGE_DAYS;
        let ack = acknowledgement(&state, &user, kind, large);
        let reference = ack["reference"].as_str().unwrap_or_default();
        let events = webhooks::data_events(&user.json(), kind, records, reference, large);
        webhooks::deliver(state.clone(), events);
        return json_response(&ack);
    }
    json_response(&json!({"user": user.json(), "data": records, "type": kind}))
}

/// The user asked for and whether `to_webhook` (default true, as on Terra) is set.
fn user_and_delivery(
    state: &crate::State,
    query: &[(String, String)],
    here: &str,
) -> Result<(data::User, bool), Response> {
    let to_webhook = match param(query, "to_webhook") {
        None | Some("true") => true,
        Some("false") => false,
        Some(_) => return Err(problem(StatusCode::BAD_REQUEST, "invalid to_webhook", here)),
    };
    let Some(user_id) = param(query, "user_id").filter(|id| !id.is_empty()) else {
        return Err(problem(
            StatusCode::BAD_REQUEST,
            "user_id is required",
            here,
        ));
    };
    let user = state.users().iter().find(|u| u.user_id == user_id).cloned();
    let user = user.ok_or_else(|| problem(StatusCode::NOT_FOUND, "user not found", here))?;
    Ok((user, to_webhook))
}

/// `YYYY-MM-DD` or Unix seconds.
fn day(text: &str) -> Option<NaiveDate> {
    if let Ok(seconds) = text.parse::<i64>() {
        return DateTime::from_timestamp(seconds, 0).map(|t| t.date_naive());
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()
}

/// Terra's answer to `to_webhook=true` with no destination configured.
fn no_destination(here: &str) -> Response {
    problem(
        StatusCode::BAD_REQUEST,
        "to_webhook is true but no webhook destination is configured",
        here,
    )
}

fn acknowledgement(state: &crate::State, user: &data::User, kind: &str, large: bool) -> Value {
    let reference = data::uuid_like(60_000 + state.store().next_id() as usize);
    let mut ack = json!({
        "status": "success",
        "type": kind,
        "reference": reference,
        "trace_id": reference,
        "user": user.json(),
    });
    if large {
        ack["message"] = json!(
            "Large request submitted. The data is being processed and will be sent to your destination in chunks"
        );
    }
    ack
}

/// 429 with `Retry-After` (whole seconds, rounded up), as Terra answers an exhausted budget.
fn over_budget(wait: std::time::Duration, here: &str) -> Response {
    let seconds = wait.as_secs() + u64::from(wait.subsec_nanos() > 0);
    let mut response = problem(
        StatusCode::TOO_MANY_REQUESTS,
        "requested days per hour exceeded for this user",
        here,
    );
    if let Ok(value) = axum::http::HeaderValue::from_str(&seconds.to_string()) {
        response
            .headers_mut()
            .insert(axum::http::header::RETRY_AFTER, value);
    }
    response
}
