//! `/lab-reports`: uploading lab result documents and reading what Terra extracted.

use chrono::NaiveDate;
use reqwest::multipart::{Form, Part};

use super::workouts::day;
use super::{checked, id};
use crate::{
    Call, Error, Terra,
    call::call,
    models::{
        LabReportDeliveriesResponse, LabReportFilesResponse, LabReportListResponse,
        LabReportSession, LabReportUploadResponse,
    },
    transport,
};

/// Filters for [`Terra::list_lab_reports`]; all optional. Build it with `..Default::default()`.
///
/// `Debug` shows which filters are set, not their values (reference IDs identify your users).
#[derive(Clone, Default, PartialEq, Eq)]
pub struct LabReportFilter {
    /// Only reports uploaded with this reference ID.
    pub reference_id: Option<String>,
    /// Only the report of this upload.
    pub upload_id: Option<String>,
    /// Reports dated on or after this day.
    pub report_date_from: Option<NaiveDate>,
    /// Reports dated on or before this day.
    pub report_date_to: Option<NaiveDate>,
    /// Reports uploaded on or after this day.
    pub uploaded_at_from: Option<NaiveDate>,
    /// Reports uploaded on or before this day.
    pub uploaded_at_to: Option<NaiveDate>,
}

crate::models::serde_rules::redacted_debug!(LabReportFilter {
    reference_id,
    upload_id,
    report_date_from,
    report_date_to,
    uploaded_at_from,
    uploaded_at_to,
});

/// A document to upload: PDF, PNG, JPEG, GIF or WebP.
#[derive(Clone, PartialEq, Eq)]
pub struct LabReportDocument {
    /// The file's bytes.
    pub bytes: Vec<u8>,
    /// Its file name, e.g. `results.pdf`.
    pub file_name: String,
    /// Its media type, e.g. `application/pdf`.
    pub content_type: String,
}

/// Shows the name and size, not the contents (a lab report is health data).
impl std::fmt::Debug for LabReportDocument {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LabReportDocument")
            .field("file_name", &self.file_name)
            .field("content_type", &self.content_type)
            .field("len", &self.bytes.len())
            .finish()
    }
}

impl Terra {
    /// `POST /lab-reports` (multipart): uploads a document for extraction. Terra answers 202
    /// with an upload ID; results arrive by `lab_report.*` webhook and through
    /// [`Terra::list_lab_reports`].
    ///
    /// The generator cannot express multipart bodies, so this request is built here, then sent
    /// and decoded like every other one.
    ///
    /// # Errors
    /// [`Error::InvalidRequest`] for an empty document or an invalid content type; 403 when lab
    /// reports are not enabled, 413 for a document that is too large.
    pub fn upload_lab_report(
        &self,
        document: LabReportDocument,
        reference_id: Option<&str>,
    ) -> Call<LabReportUploadResponse> {
        if document.bytes.is_empty() {
            return Call::fail(Error::InvalidRequest("the document is empty".into()));
        }
        let part = match Part::bytes(document.bytes)
            .file_name(document.file_name)
            .mime_str(&document.content_type)
        {
            Ok(part) => part,
            Err(_) => return Call::fail(Error::InvalidRequest("invalid content type".into())),
        };
        let (http, limits) = self.http();
        let mut request = http
            .post(format!("{}/lab-reports", self.base_url()))
            .header(reqwest::header::ACCEPT, "application/json")
            .multipart(Form::new().part("file", part));
        if let Some(reference_id) = reference_id {
            let reference_id = checked!(id("reference_id", reference_id));
            request = request.query(&[("reference_id", reference_id)]);
        }
        let request = match request.build() {
            Ok(request) => request,
            Err(e) => return Call::fail(Error::transport(e)),
        };
        let (http, limits) = (http.clone(), limits.clone());
        Call::new(async move {
            transport::receive(&http, request, &limits, "lab_reports_upload")
                .await?
                .into_result()
        })
    }

    /// `GET /lab-reports`: extraction sessions matching `filter`.
    ///
    /// # Errors
    /// See [`Error`](crate::Error).
    pub fn list_lab_reports(&self, filter: LabReportFilter) -> Call<LabReportListResponse> {
        call!(self, |client| {
            let mut request = client.lab_reports_list();
            if let Some(v) = filter.reference_id {
                request = request.reference_id(v);
            }
            if let Some(v) = filter.upload_id {
                request = request.upload_id(v);
            }
            if let Some(v) = filter.report_date_from {
                request = request.report_date_from(day(v));
            }
            if let Some(v) = filter.report_date_to {
                request = request.report_date_to(day(v));
            }
            if let Some(v) = filter.uploaded_at_from {
                request = request.uploaded_at_from(day(v));
            }
            if let Some(v) = filter.uploaded_at_to {
                request = request.uploaded_at_to(day(v));
            }
            request
        })
    }

    /// `GET /lab-reports/{session_id}`: one extraction session with its results.
    ///
    /// # Errors
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) for an empty ID; otherwise see
    /// [`Error`](crate::Error); 404 for an unknown session.
    pub fn get_lab_report(&self, session_id: &str) -> Call<LabReportSession> {
        let session_id = checked!(id("session_id", session_id));
        call!(self, |client| client
            .lab_reports_get()
            .session_id(session_id))
    }

    /// `DELETE /lab-reports/{session_id}`.
    ///
    /// # Errors
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) for an empty ID; otherwise see
    /// [`Error`](crate::Error); 404 for an unknown session.
    pub fn delete_lab_report(&self, session_id: &str) -> Call<()> {
        let session_id = checked!(id("session_id", session_id));
        call!(self, |client| client
            .lab_reports_delete()
            .session_id(session_id))
    }

    /// `GET /lab-reports/{session_id}/deliveries`: the webhook deliveries of a session's results.
    ///
    /// # Errors
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) for an empty ID; otherwise see
    /// [`Error`](crate::Error).
    pub fn list_lab_report_deliveries(
        &self,
        session_id: &str,
    ) -> Call<LabReportDeliveriesResponse> {
        let session_id = checked!(id("session_id", session_id));
        call!(self, |client| client
            .lab_reports_list_deliveries()
            .session_id(session_id))
    }

    /// `GET /lab-reports/{session_id}/files`: short-lived download links for the uploaded
    /// document and its thumbnail.
    ///
    /// # Errors
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) for an empty ID; otherwise see
    /// [`Error`](crate::Error).
    pub fn list_lab_report_files(&self, session_id: &str) -> Call<LabReportFilesResponse> {
        let session_id = checked!(id("session_id", session_id));
        call!(self, |client| client
            .lab_reports_list_files()
            .session_id(session_id))
    }
}
