//! `/lab-reports`: multipart upload and the extraction sessions.

use axum::{
    extract::{FromRequest, Multipart, Path, Request, State as Extract},
    http::StatusCode,
    response::{IntoResponse, Response},
};
use serde_json::{Value, json};

use super::{Shared, json_response, param, path_and_query, problem, query_of};
use crate::{data, store::LabReport};

/// Media types Terra accepts for lab reports.
const ACCEPTED: &[&str] = &[
    "application/pdf",
    "image/png",
    "image/jpeg",
    "image/gif",
    "image/webp",
];
/// The largest document accepted.
const MAX_DOCUMENT: usize = 10 * 1024 * 1024;

pub(super) async fn upload(Extract(state): Extract<Shared>, request: Request) -> Response {
    let here = path_and_query(&request);
    let query = query_of(&request);
    let reference_id = param(&query, "reference_id").map(str::to_string);
    let Ok(mut form) = Multipart::from_request(request, &()).await else {
        return problem(
            StatusCode::BAD_REQUEST,
            "expected multipart/form-data",
            &here,
        );
    };
    let mut document = None;
    while let Ok(Some(field)) = form.next_field().await {
        if field.name() == Some("file") {
            let content_type = field.content_type().unwrap_or_default().to_string();
            let name = field.file_name().unwrap_or("upload").to_string();
            match field.bytes().await {
                Ok(bytes) => document = Some((name, content_type, bytes.len())),
                Err(_) => {
                    return problem(StatusCode::PAYLOAD_TOO_LARGE, "document too large", &here);
                }
            }
        }
    }
    let Some((file_name, content_type, len)) = document else {
        return problem(StatusCode::BAD_REQUEST, "the file field is required", &here);
    };
    if !ACCEPTED.contains(&content_type.as_str()) {
        return problem(StatusCode::BAD_REQUEST, "unsupported document type", &here);
    }
    if len > MAX_DOCUMENT {
        return problem(StatusCode::PAYLOAD_TOO_LARGE, "document too large", &here);
    }
    let mut store = state.store();
    let n = store.lab_reports.len();
    let upload_id = data::uuid_like(40_000 + n);
    let session = session_json(n, &upload_id, reference_id.as_deref(), len);
    store.lab_reports.push(LabReport { session, file_name });
    (
        StatusCode::ACCEPTED,
        [("content-type", "application/json")],
        json!({"upload_id": upload_id, "current_status": "processing"}).to_string(),
    )
        .into_response()
}

pub(super) async fn list(Extract(state): Extract<Shared>, request: Request) -> Response {
    let query = query_of(&request);
    let matches = |session: &Value, key: &str| {
        param(&query, key).is_none_or(|want| session[key].as_str() == Some(want))
    };
    let sessions: Vec<Value> = state
        .store()
        .lab_reports
        .iter()
        .map(|report| &report.session)
        .filter(|s| matches(s, "reference_id") && matches(s, "upload_id"))
        .cloned()
        .collect();
    json_response(&json!({"sessions": sessions}))
}

pub(super) async fn get(
    Extract(state): Extract<Shared>,
    Path(id): Path<String>,
    request: Request,
) -> Response {
    match find(&state, &id) {
        Some(report) => json_response(&report.session),
        None => problem(
            StatusCode::NOT_FOUND,
            "session not found",
            &path_and_query(&request),
        ),
    }
}

pub(super) async fn delete(
    Extract(state): Extract<Shared>,
    Path(id): Path<String>,
    request: Request,
) -> Response {
    let mut store = state.store();
    let before = store.lab_reports.len();
    store
        .lab_reports
        .retain(|r| r.session["session_id"] != id.as_str());
    if store.lab_reports.len() == before {
        return problem(
            StatusCode::NOT_FOUND,
            "session not found",
            &path_and_query(&request),
        );
    }
    StatusCode::NO_CONTENT.into_response()
}

pub(super) async fn deliveries(
    Extract(state): Extract<Shared>,
    Path(id): Path<String>,
    request: Request,
) -> Response {
    if find(&state, &id).is_none() {
        return problem(
            StatusCode::NOT_FOUND,
            "session not found",
            &path_and_query(&request),
        );
    }
    json_response(&json!({"deliveries": [{
        "destination_id": "dest-webhook-1",
        "destination_type": "webhook",
        "status": "delivered",
        "attempt_count": 1,
        "last_error": null,
    }]}))
}

pub(super) async fn files(
    Extract(state): Extract<Shared>,
    Path(id): Path<String>,
    request: Request,
) -> Response {
    let Some(report) = find(&state, &id) else {
        return problem(
            StatusCode::NOT_FOUND,
            "session not found",
            &path_and_query(&request),
        );
    };
    let url =
        |name: &str| format!("https://files.tryterra.co/lab-reports/{id}/{name}?X-Amz-Expires=900");
    json_response(&json!({
        "files": [{"filename": report.file_name, "presigned_url": url("original")}],
        "thumbnail": {"filename": "thumbnail.png", "presigned_url": url("thumbnail.png")},
        "expires_at": "2024-05-01T10:15:00Z",
    }))
}

fn find(state: &crate::State, id: &str) -> Option<LabReport> {
    state
        .store()
        .lab_reports
        .iter()
        .find(|r| r.session["session_id"] == id)
        .cloned()
}

/// A completed extraction with a few biomarkers.
fn session_json(n: usize, upload_id: &str, reference_id: Option<&str>, len: usize) -> Value {
    let result = |name: &str,
                  key: &str,
                  loinc: &str,
                  value: f64,
                  units: &str,
                  low: f64,
                  high: f64| {
        let flag = if value < low {
            "low"
        } else if value > high {
            "high"
        } else {
            "normal"
        };
        json!({
            "source": {"name": name, "value": value.to_string(), "units": units, "reference_text": format!("{low}-{high}")},
            "biomarker": {"key": key, "display_name": name, "loinc_code": loinc},
            "measurement": {"type": "numeric", "numeric": value, "units": units},
            "interpretation": {"flag": flag, "source": "reference_range", "applied_range": {"lower": low, "upper": high}},
        })
    };
    json!({
        "session_id": format!("{}", 7_200_000_000_000_000_000u64 + n as u64),
        "upload_id": upload_id,
        "reference_id": reference_id,
        "report_type": "blood_panel",
        "current_status": "completed",
        "uploaded_at": "2024-05-01T09:00:00Z",
        "updated_at": "2024-05-01T09:02:10Z",
        "report_date": "2024-04-29",
        "lab_name": "Example Diagnostics",
        "input_bytes": len,
        "file_count": 1,
        "results_count": 3,
        "status_history": [
            {"status": "processing", "timestamp": "2024-05-01T09:00:00Z"},
            {"status": "completed", "timestamp": "2024-05-01T09:02:10Z"},
        ],
        "results": [
            result("Haemoglobin", "hemoglobin", "718-7", 14.1, "g/dL", 13.0, 17.0),
            result("LDL cholesterol", "ldl_cholesterol", "13457-7", 142.0, "mg/dL", 0.0, 130.0),
            result("Vitamin D", "vitamin_d_25_oh", "1989-3", 18.0, "ng/mL", 30.0, 100.0),
        ],
        "panels": [],
    })
}
