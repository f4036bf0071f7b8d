//! Lab reports: the multipart upload (built by hand) and the sessions.

use crate::common::{API_KEY, terra};
use chrono::NaiveDate;
use tryterra::{
    Error,
    api::{LabReportDocument, LabReportFilter},
};
use tryterra_simulator::Simulator;

fn pdf() -> LabReportDocument {
    LabReportDocument {
        bytes: b"%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".to_vec(),
        file_name: "bloods-2024-04.pdf".into(),
        content_type: "application/pdf".into(),
    }
}

#[tokio::test]
async fn upload_sends_multipart_with_credentials_and_answers_202() {
    let sim = Simulator::start().await;
    let response = terra(&sim)
        .upload_lab_report(pdf(), Some("patient-9"))
        .with_response()
        .await
        .unwrap();
    assert_eq!(response.status(), tryterra::StatusCode::ACCEPTED);
    assert_eq!(response.value().current_status, "processing");

    let sent = &sim.requests()[0];
    assert_eq!(
        (sent.method.as_str(), sent.path.as_str()),
        ("POST", "/lab-reports")
    );
    assert_eq!(sent.query_param("reference_id"), Some("patient-9"));
    assert_eq!(sent.header("x-api-key"), Some(API_KEY));
    assert!(
        sent.header("content-type")
            .unwrap()
            .starts_with("multipart/form-data; boundary=")
    );
    let body = String::from_utf8_lossy(&sent.body);
    assert!(
        body.contains(r#"name="file"; filename="bloods-2024-04.pdf""#),
        "{body}"
    );
    assert!(body.contains("Content-Type: application/pdf"));
    assert!(body.contains("%PDF-1.7"));
}

#[tokio::test]
async fn sessions_are_listed_read_and_deleted() {
    let sim = Simulator::start().await;
    let terra = terra(&sim);
    let upload = terra
        .upload_lab_report(pdf(), Some("patient-9"))
        .await
        .unwrap();
    terra
        .upload_lab_report(pdf(), Some("someone-else"))
        .await
        .unwrap();

    let filter = LabReportFilter {
        reference_id: Some("patient-9".into()),
        report_date_from: NaiveDate::from_ymd_opt(2024, 1, 1),
        ..Default::default()
    };
    let listed = terra.list_lab_reports(filter).await.unwrap();
    assert_eq!(listed.sessions.len(), 1);
    let sent = sim.requests().pop().unwrap();
    assert_eq!(sent.query_param("reference_id"), Some("patient-9"));
    assert_eq!(sent.query_param("report_date_from"), Some("2024-01-01"));

    let session = &listed.sessions[0];
    assert_eq!(
        session.upload_id.as_deref(),
        Some(upload.upload_id.as_str())
    );
    let full = terra
        .get_lab_report(&session.session_id)
        .with_response()
        .await
        .unwrap();
    crate::common::assert_lossless::<tryterra::models::LabReportSession>(full.body());
    let results = full.value().results.clone().unwrap();
    assert_eq!(results.len(), 3);
    assert_eq!(results[1].biomarker.loinc_code.as_deref(), Some("13457-7"));

    let deliveries = terra
        .list_lab_report_deliveries(&session.session_id)
        .await
        .unwrap();
    assert_eq!(deliveries.deliveries[0].attempt_count, 1);
    let files = terra
        .list_lab_report_files(&session.session_id)
        .await
        .unwrap();
    assert!(files.files[0].presigned_url.starts_with("https://"));

    terra.delete_lab_report(&session.session_id).await.unwrap();
    let gone = terra.get_lab_report(&session.session_id).await.unwrap_err();
    assert_eq!(gone.status(), Some(tryterra::StatusCode::NOT_FOUND));
}

#[tokio::test]
async fn bad_documents_are_refused() {
    let sim = Simulator::start().await;
    let empty = LabReportDocument {
        bytes: Vec::new(),
        ..pdf()
    };
    assert!(matches!(
        terra(&sim).upload_lab_report(empty, None).await,
        Err(Error::InvalidRequest(_))
    ));
    let bad_type = LabReportDocument {
        content_type: "not a type".into(),
        ..pdf()
    };
    assert!(matches!(
        terra(&sim).upload_lab_report(bad_type, None).await,
        Err(Error::InvalidRequest(_))
    ));
    assert!(sim.requests().is_empty());

    let text = LabReportDocument {
        content_type: "text/plain".into(),
        ..pdf()
    };
    let error = terra(&sim).upload_lab_report(text, None).await.unwrap_err();
    assert_eq!(error.status(), Some(tryterra::StatusCode::BAD_REQUEST));
    assert!(
        !format!("{:?}", pdf()).contains("PDF-1.7"),
        "Debug shows no document contents"
    );
}
