//! The events Terra delivers, dispatched on `type`. Payloads reuse the API's models; a `type` this
//! version does not know becomes [`Event::Unknown`] with the raw JSON, so no delivery is lost.

use serde::Deserialize;
use serde_json::Value;

use crate::{
    error::DecodeError,
    models::{
        AccessRevokedEvent, ActivityEvent, AthleteEvent, AuthErrorEvent, AuthSuccessEvent,
        BodyEvent, ConnectionErrorEvent, DailyEvent, DeauthEvent, HealthObservationEvent,
        HormoneEvent, LabReportCompletedEvent, LabReportFailedEvent, LargeRequestProcessingEvent,
        LargeRequestSendingEvent, MenstruationEvent, NutritionEvent, PermissionChangeEvent,
        PlannedWorkoutEvent, S3PayloadEvent, SleepEvent, TerraUser, UserReauthEvent,
    },
};

/// A webhook event.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Event {
    /// `auth`: a user connected a provider.
    Auth(AuthSuccessEvent),
    /// `auth_cancelled`: a user did not finish connecting (e.g. denied access).
    AuthCancelled(AuthErrorEvent),
    /// `auth` with `status: error`: the older form of a failed connection.
    AuthFailed(LegacyAuthError),
    /// `deauth`: a user was disconnected (by you, or at the provider).
    Deauth(DeauthEvent),
    /// `user_reauth`: a user connected the same provider again; their old user ID is gone and
    /// data now arrives under the new one.
    UserReauth(UserReauthEvent),
    /// `access_revoked`: the user revoked Terra's access at the provider.
    AccessRevoked(AccessRevokedEvent),
    /// `permission_change`: the user granted or removed scopes (see
    /// [`Event::scope_changes`]).
    PermissionChange(PermissionChangeEvent),
    /// `connection_error`: the provider rejected Terra's credentials for this user.
    ConnectionError(ConnectionErrorEvent),
    /// `large_request_processing`: a long-range request was accepted and is being fetched.
    LargeRequestProcessing(LargeRequestProcessingEvent),
    /// `large_request_sending`: the chunks of a long-range request are about to arrive.
    LargeRequestSending(LargeRequestSendingEvent),
    /// `s3_payload` (the `s3_upload` webhook): the payload is too large to push; fetch it from
    /// `url` before it expires and handle it as the event it contains.
    S3Payload(S3PayloadEvent),
    /// `activity` data.
    Activity(ActivityEvent),
    /// `body` data.
    Body(BodyEvent),
    /// `daily` data.
    Daily(DailyEvent),
    /// `sleep` data.
    Sleep(SleepEvent),
    /// `menstruation` data.
    Menstruation(MenstruationEvent),
    /// `nutrition` data.
    Nutrition(NutritionEvent),
    /// `athlete`: the profile, in `athlete` (not `data`).
    Athlete(AthleteEvent),
    /// `planned_workout` data.
    PlannedWorkout(PlannedWorkoutEvent),
    /// `hormone` samples.
    Hormone(HormoneEvent),
    /// `health_observation` data.
    HealthObservation(HealthObservationEvent),
    /// `lab_report.completed`: extracted results are ready.
    LabReportCompleted(LabReportCompletedEvent),
    /// `lab_report.failed`: extraction failed.
    LabReportFailed(LabReportFailedEvent),
    /// `processing` (legacy): the provider is still preparing the data.
    Processing(ProcessingEvent),
    /// `rate_limit_hit` (legacy): the provider rate-limited Terra; it will retry.
    RateLimitHit(RateLimitHitEvent),
    /// `healthcheck` (legacy): Terra checking that the destination answers.
    Healthcheck(HealthcheckEvent),
    /// `google_no_datasource` (legacy): Google Fit has no data source for this user.
    GoogleNoDatasource(GoogleNoDatasourceEvent),
    /// A `type` this version of the crate does not know, with the whole payload.
    Unknown {
        /// The `type` field.
        event_type: String,
        /// The payload as JSON.
        raw: Value,
    },
}

/// The older failed-connection event: `type: auth` with `status: error`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, Deserialize)]
pub struct LegacyAuthError {
    /// `"auth"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// `"error"`.
    pub status: String,
    /// Why, e.g. `auth_cancelled`.
    pub reason: Option<String>,
    /// Explanation.
    pub message: Option<String>,
    /// The provider the user tried to connect.
    pub provider: Option<String>,
    /// Your reference ID for the user.
    pub reference_id: Option<String>,
    /// The widget session the attempt came from.
    pub widget_session_id: Option<String>,
}

/// `processing` (legacy).
#[derive(Debug, Clone, PartialEq, serde::Serialize, Deserialize)]
pub struct ProcessingEvent {
    /// `"processing"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Usually `"success"`.
    pub status: Option<String>,
    /// Explanation.
    pub message: Option<String>,
    /// The user.
    pub user: Option<TerraUser>,
    /// When to expect the data.
    pub retry_after_seconds: Option<f64>,
}

/// `rate_limit_hit` (legacy).
#[derive(Debug, Clone, PartialEq, serde::Serialize, Deserialize)]
pub struct RateLimitHitEvent {
    /// `"rate_limit_hit"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// The user.
    pub user: Option<TerraUser>,
    /// Start of the range that was rate-limited.
    pub start_date: Option<String>,
    /// End of the range that was rate-limited.
    pub end_date: Option<String>,
    /// When Terra retries.
    pub retrying_at: Option<String>,
    /// Explanation.
    pub message: Option<String>,
}

/// `healthcheck` (legacy).
#[derive(Debug, Clone, PartialEq, serde::Serialize, Deserialize)]
pub struct HealthcheckEvent {
    /// `"healthcheck"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Status text.
    pub status: Option<String>,
    /// When the check was made.
    pub creation_timestamp: Option<String>,
    /// Change in delivered volume.
    pub trend_percentage: Option<f64>,
    /// Webhooks sent in the last hour.
    pub sent_webhooks_last_hour: Option<i64>,
}

/// `google_no_datasource` (legacy).
#[derive(Debug, Clone, PartialEq, serde::Serialize, Deserialize)]
pub struct GoogleNoDatasourceEvent {
    /// `"google_no_datasource"`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Usually `"warning"`.
    pub status: Option<String>,
    /// The user.
    pub user: Option<TerraUser>,
    /// Explanation.
    pub message: Option<String>,
}

/// The scopes a `permission_change` added and removed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScopeChanges {
    /// Newly granted.
    pub added: Vec<String>,
    /// Withdrawn.
    pub removed: Vec<String>,
}

impl Event {
    /// Decodes an event from its JSON body, dispatching on `type`.
    ///
    /// # Errors
    /// [`DecodeError`] when the body is not a JSON object with a string `type`, or when a known
    /// type's payload does not match its model (the path says where). An unknown `type` is not
    /// an error.
    pub fn from_json(body: &[u8]) -> Result<Self, DecodeError> {
        #[derive(Deserialize)]
        struct Tag {
            #[serde(rename = "type")]
            event_type: String,
            status: Option<String>,
        }
        fn decode<T: serde::de::DeserializeOwned>(body: &[u8]) -> Result<T, DecodeError> {
            DecodeError::decode(None, body)
        }
        let tag: Tag = decode(body)?;
        Ok(match (tag.event_type.as_str(), tag.status.as_deref()) {
            ("auth", Some("error")) => Event::AuthFailed(decode(body)?),
            ("auth", _) => Event::Auth(decode(body)?),
            ("auth_cancelled", _) => Event::AuthCancelled(decode(body)?),
            ("deauth", _) => Event::Deauth(decode(body)?),
            ("user_reauth", _) => Event::UserReauth(decode(body)?),
            ("access_revoked", _) => Event::AccessRevoked(decode(body)?),
            ("permission_change", _) => Event::PermissionChange(decode(body)?),
            ("connection_error", _) => Event::ConnectionError(decode(body)?),
            ("large_request_processing", _) => Event::LargeRequestProcessing(decode(body)?),
            ("large_request_sending", _) => Event::LargeRequestSending(decode(body)?),
            ("s3_payload" | "s3_upload", _) => Event::S3Payload(decode(body)?),
            ("activity", _) => Event::Activity(decode(body)?),
            ("body", _) => Event::Body(decode(body)?),
            ("daily", _) => Event::Daily(decode(body)?),
            ("sleep", _) => Event::Sleep(decode(body)?),
            ("menstruation", _) => Event::Menstruation(decode(body)?),
            ("nutrition", _) => Event::Nutrition(decode(body)?),
            ("athlete", _) => Event::Athlete(decode(body)?),
            ("planned_workout", _) => Event::PlannedWorkout(decode(body)?),
            ("hormone", _) => Event::Hormone(decode(body)?),
            ("health_observation", _) => Event::HealthObservation(decode(body)?),
            ("lab_report.completed", _) => Event::LabReportCompleted(decode(body)?),
            ("lab_report.failed", _) => Event::LabReportFailed(decode(body)?),
            ("processing", _) => Event::Processing(decode(body)?),
            ("rate_limit_hit", _) => Event::RateLimitHit(decode(body)?),
            ("healthcheck", _) => Event::Healthcheck(decode(body)?),
            ("google_no_datasource", _) => Event::GoogleNoDatasource(decode(body)?),
            _ => Event::Unknown {
                raw: decode(body)?,
                event_type: tag.event_type,
            },
        })
    }

    /// The `type` field as Terra sent it (`s3_payload` for the S3 event).
    pub fn event_type(&self) -> &str {
        match self {
            Event::Auth(e) => &e.type_,
            Event::AuthCancelled(e) => &e.type_,
            Event::AuthFailed(e) => &e.type_,
            Event::Deauth(e) => &e.type_,
            Event::UserReauth(e) => &e.type_,
            Event::AccessRevoked(e) => &e.type_,
            Event::PermissionChange(e) => &e.type_,
            Event::ConnectionError(e) => &e.type_,
            Event::LargeRequestProcessing(e) => &e.type_,
            Event::LargeRequestSending(e) => &e.type_,
            Event::S3Payload(e) => &e.type_,
            Event::Activity(e) => &e.type_,
            Event::Body(e) => &e.type_,
            Event::Daily(e) => &e.type_,
            Event::Sleep(e) => &e.type_,
            Event::Menstruation(e) => &e.type_,
            Event::Nutrition(e) => &e.type_,
            Event::Athlete(e) => &e.type_,
            Event::PlannedWorkout(e) => &e.type_,
            Event::Hormone(e) => &e.type_,
            Event::HealthObservation(e) => &e.type_,
            Event::LabReportCompleted(e) => &e.type_,
            Event::LabReportFailed(e) => &e.type_,
            Event::Processing(e) => &e.type_,
            Event::RateLimitHit(e) => &e.type_,
            Event::Healthcheck(e) => &e.type_,
            Event::GoogleNoDatasource(e) => &e.type_,
            Event::Unknown { event_type, .. } => event_type,
        }
    }

    /// For `permission_change`, the scopes added and removed (Terra sends each as one
    /// comma-separated string, possibly empty).
    pub fn scope_changes(&self) -> Option<ScopeChanges> {
        let Event::PermissionChange(change) = self else {
            return None;
        };
        let split = |scopes: &str| {
            scopes
                .split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect()
        };
        Some(ScopeChanges {
            added: split(&change.scopes_added),
            removed: split(&change.scopes_removed),
        })
    }
}
