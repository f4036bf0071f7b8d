//! `/workouts`, `/workouts/{id}/plan`, `/plannedWorkouts`.

use axum::{
    extract::{Path, Request, State as Extract},
    http::StatusCode,
    response::{IntoResponse, Response},
};
use serde_json::{Value, json};

use super::{Shared, auth::json_body, json_response, param, path_and_query, problem, query_of};
use crate::store::Planned;

/// Providers that accept structured workouts; planning for others fails with 424.
const TAKES_WORKOUTS: &[&str] = &["GARMIN", "WAHOO", "SUUNTO", "COROS", "POLAR"];
/// A provider whose deletions fail, to show the 207 partial success.
const FAILS_DELETES: &str = "POLAR";

pub(super) async fn create(Extract(state): Extract<Shared>, request: Request) -> Response {
    let here = path_and_query(&request);
    let mut template = match json_body(request).await {
        Ok(body) => body,
        Err(response) => return response,
    };
    let valid = template.get("name").is_some_and(Value::is_string)
        && template.get("sport").is_some_and(Value::is_string)
        && template.get("step_blocks").is_some_and(Value::is_array);
    if !valid {
        return problem(
            StatusCode::BAD_REQUEST,
            "name, sport and step_blocks are required",
            &here,
        );
    }
    let mut store = state.store();
    let id = store.next_id();
    template["workout_id"] = json!(id.to_string());
    store.workouts.insert(id, template);
    json_response(&json!({"status": "success", "workout_id": id.to_string()}))
}

pub(super) async fn list(Extract(state): Extract<Shared>) -> Response {
    let templates: Vec<Value> = state.store().workouts.values().cloned().collect();
    json_response(&Value::Array(templates))
}

pub(super) async fn get(
    Extract(state): Extract<Shared>,
    Path(id): Path<String>,
    request: Request,
) -> Response {
    let here = path_and_query(&request);
    match id
        .parse::<i64>()
        .ok()
        .and_then(|id| state.store().workouts.get(&id).cloned())
    {
        Some(template) => json_response(&template),
        None => problem(StatusCode::NOT_FOUND, "workout not found", &here),
    }
}

pub(super) async fn delete(
    Extract(state): Extract<Shared>,
    Path(id): Path<String>,
    request: Request,
) -> Response {
    let here = path_and_query(&request);
    let mut store = state.store();
    let Some(id) = id
        .parse::<i64>()
        .ok()
        .filter(|id| store.workouts.contains_key(id))
    else {
        return problem(StatusCode::NOT_FOUND, "workout not found", &here);
    };
    let copies: Vec<i64> = store
        .planned
        .iter()
        .filter(|(_, p)| p.workout_id == id)
        .map(|(planned_id, _)| *planned_id)
        .collect();
    if copies
        .iter()
        .any(|c| store.planned[c].provider == FAILS_DELETES)
    {
        return (
            StatusCode::MULTI_STATUS,
            [("content-type", "application/json")],
            json!({"message": format!("deleting the workout at {FAILS_DELETES} failed; the template was kept, retry later")}).to_string(),
        )
            .into_response();
    }
    for copy in copies {
        store.planned.remove(&copy);
    }
    store.workouts.remove(&id);
    StatusCode::NO_CONTENT.into_response()
}

pub(super) async fn plan(
    Extract(state): Extract<Shared>,
    Path(id): Path<String>,
    request: Request,
) -> Response {
    let here = path_and_query(&request);
    let query = query_of(&request);
    let user_id = param(&query, "user_id").unwrap_or_default().to_string();
    let body = match json_body(request).await {
        Ok(body) => body,
        Err(response) => return response,
    };
    let planned_date = match planned_date(&body, &here) {
        Ok(date) => date,
        Err(response) => return response,
    };
    let Some(provider) = state
        .users()
        .iter()
        .find(|u| u.user_id == user_id)
        .map(|u| u.provider().to_string())
    else {
        return problem(StatusCode::NOT_FOUND, "user not found", &here);
    };
    let mut store = state.store();
    let Some(workout_id) = id
        .parse::<i64>()
        .ok()
        .filter(|id| store.workouts.contains_key(id))
    else {
        return problem(StatusCode::NOT_FOUND, "workout not found", &here);
    };
    if !TAKES_WORKOUTS.contains(&provider.as_str()) {
        return problem(
            StatusCode::FAILED_DEPENDENCY,
            &format!("{provider} rejected the workout"),
            &here,
        );
    }
    let planned_id = store.next_id();
    store.planned.insert(
        planned_id,
        Planned {
            workout_id,
            user_id,
            provider,
            planned_date: planned_date.to_string(),
        },
    );
    (
        StatusCode::CREATED,
        [("content-type", "application/json")],
        json!({
            "status": "success",
            "planned_workout_id": planned_id.to_string(),
            "provider_workout_id": format!("prov-{planned_id}"),
            "coercion_warnings": null,
        })
        .to_string(),
    )
        .into_response()
}

pub(super) async fn list_planned(Extract(state): Extract<Shared>, request: Request) -> Response {
    let here = path_and_query(&request);
    let query = query_of(&request);
    let user_id = param(&query, "user_id").unwrap_or_default();
    if !state.users().iter().any(|u| u.user_id == user_id) {
        return problem(StatusCode::NOT_FOUND, "user not found", &here);
    }
    let (from, to) = (param(&query, "start_date"), param(&query, "end_date"));
    if [from, to].into_iter().flatten().any(|d| !is_day(d)) {
        return problem(StatusCode::BAD_REQUEST, "dates must be YYYY-MM-DD", &here);
    }
    let store = state.store();
    let items: Vec<Value> = store
        .planned
        .iter()
        .filter(|(_, p)| p.user_id == user_id)
        .filter(|(_, p)| {
            from.is_none_or(|f| p.planned_date.as_str() >= f)
                && to.is_none_or(|t| p.planned_date.as_str() <= t)
        })
        .map(|(id, p)| planned_json(*id, p, store.workouts.get(&p.workout_id)))
        .collect();
    json_response(&Value::Array(items))
}

pub(super) async fn get_planned(
    Extract(state): Extract<Shared>,
    Path(id): Path<String>,
    request: Request,
) -> Response {
    let here = path_and_query(&request);
    let query = query_of(&request);
    let store = state.store();
    match find_planned(&store, &id, param(&query, "user_id")) {
        Some((id, planned)) => json_response(&summary_json(id, planned)),
        None => problem(StatusCode::NOT_FOUND, "planned workout not found", &here),
    }
}

pub(super) async fn update_planned(
    Extract(state): Extract<Shared>,
    Path(id): Path<String>,
    request: Request,
) -> Response {
    let here = path_and_query(&request);
    let query = query_of(&request);
    let user_id = param(&query, "user_id").map(str::to_string);
    let body = match json_body(request).await {
        Ok(body) => body,
        Err(response) => return response,
    };
    let date = match planned_date(&body, &here) {
        Ok(date) => date,
        Err(response) => return response,
    };
    let mut store = state.store();
    let Some((id, _)) = find_planned(&store, &id, user_id.as_deref()) else {
        return problem(StatusCode::NOT_FOUND, "planned workout not found", &here);
    };
    let planned = store.planned.get_mut(&id).expect("found above");
    planned.planned_date = date.to_string();
    json_response(&summary_json(id, planned))
}

pub(super) async fn delete_planned(
    Extract(state): Extract<Shared>,
    Path(id): Path<String>,
    request: Request,
) -> Response {
    let here = path_and_query(&request);
    let query = query_of(&request);
    let mut store = state.store();
    let Some((id, _)) = find_planned(&store, &id, param(&query, "user_id")) else {
        return problem(StatusCode::NOT_FOUND, "planned workout not found", &here);
    };
    store.planned.remove(&id);
    StatusCode::NO_CONTENT.into_response()
}

fn find_planned<'a>(
    store: &'a crate::store::Store,
    id: &str,
    user_id: Option<&str>,
) -> Option<(i64, &'a Planned)> {
    let id = id.parse::<i64>().ok()?;
    store
        .planned
        .get(&id)
        .filter(|p| Some(p.user_id.as_str()) == user_id)
        .map(|p| (id, p))
}

/// The body's `planned_date` (`YYYY-MM-DD`), or a 400 problem.
fn planned_date<'a>(body: &'a Value, here: &str) -> Result<&'a str, Response> {
    body.get("planned_date")
        .and_then(Value::as_str)
        .filter(|d| is_day(d))
        .ok_or_else(|| {
            problem(
                StatusCode::BAD_REQUEST,
                "planned_date must be YYYY-MM-DD",
                here,
            )
        })
}

fn is_day(text: &str) -> bool {
    chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").is_ok()
}

fn summary_json(id: i64, planned: &Planned) -> Value {
    json!({
        "planned_workout_id": id.to_string(),
        "workout_id": planned.workout_id.to_string(),
        "planned_date": planned.planned_date,
        "provider_workout_id": format!("prov-{id}"),
        "coercion_warnings": null,
        "is_external": false,
    })
}

fn planned_json(id: i64, planned: &Planned, template: Option<&Value>) -> Value {
    let mut item = summary_json(id, planned);
    item["created_at"] = json!("2024-05-01T09:00:00.000000+00:00");
    item["last_updated_at"] = json!("2024-05-01T09:00:00.000000+00:00");
    if let Some(template) = template {
        item["details"] = json!({"name": template["name"], "sport": template["sport"]});
    }
    item
}
