//! The events Terra delivers, dispatched on `type`. Payloads reuse the API's models; a `type` this
//! version does not know becomes [`Event::Unknown`] with the raw JSON, so no delivery is lost.

use serde::Deserialize;
use serde_json::Value;

use crate::{
    error::DecodeError,
    models::serde_rules::redacted_debug,
    models::{
        AccessRevokedEvent, ActivityEvent, AthleteEvent, AuthErrorEvent, AuthSuccessEvent,
        BodyEvent, ConnectionErrorEvent, DailyEvent, DeauthEvent, HealthObservationEvent,
        HormoneEvent, LabReportCompletedEvent, LabReportFailedEvent, LargeRequestProcessingEvent,
        LargeRequestSendingEvent, MenstruationEvent, NutritionEvent, PermissionChangeEvent,
        PlannedWorkoutEvent, S3PayloadEvent, SleepEvent, TerraUser, UserReauthEvent,
    },
};

/// Declares [`Event`] from one table: variant, payload type, the `type` values that select it.
/// Dispatch, `event_type()` and `Serialize` all come from this table.
macro_rules! events {
    ($( $(#[$doc:meta])* $variant:ident($payload:ty) = $($tag:literal)|+ ; )+) => {
        /// A webhook event.
        ///
        /// `Debug` shows the variant and which fields are present, never a value (the payloads
        /// are health data); serialise it to see the data.
        #[derive(Clone, PartialEq)]
        #[non_exhaustive]
        pub enum Event {
            $( $(#[$doc])* $variant($payload), )+
            /// `auth` with `status: error`: the older form of a failed connection.
            AuthFailed(LegacyAuthError),
            /// A `type` this version of the crate does not know, with the whole payload.
            Unknown {
                /// The `type` field.
                event_type: String,
                /// The payload as JSON.
                raw: Value,
            },
        }

        impl Event {
            fn decode_known(event_type: &str, body: &[u8]) -> Option<Result<Event, DecodeError>> {
                match event_type {
                    $( $($tag)|+ => Some(decode(body).map(Event::$variant)), )+
                    _ => None,
                }
            }

            /// The `type` field as Terra sent it.
            pub fn event_type(&self) -> &str {
                match self {
                    $( Event::$variant(event) => &event.type_, )+
                    Event::AuthFailed(event) => &event.type_,
                    Event::Unknown { event_type, .. } => event_type,
                }
            }
        }

        impl std::fmt::Debug for Event {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                match self {
                    $( Event::$variant(event) => {
                        f.debug_tuple(stringify!($variant)).field(event).finish()
                    } )+
                    Event::AuthFailed(event) => f.debug_tuple("AuthFailed").field(event).finish(),
                    Event::Unknown { event_type, .. } => f
                        .debug_struct("Unknown")
                        .field("event_type", event_type)
                        .finish_non_exhaustive(),
                }
            }
        }

        /// Serialises the payload as Terra sent it (unknown events: their raw JSON).
        impl serde::Serialize for Event {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                match self {
                    $( Event::$variant(event) => event.serialize(serializer), )+
                    Event::AuthFailed(event) => event.serialize(serializer),
                    Event::Unknown { raw, .. } => raw.serialize(serializer),
                }
            }
        }
    };
}

events! {
    /// `auth`: a user connected a provider.
    Auth(AuthSuccessEvent) = "auth";
    /// `auth_cancelled`: a user did not finish connecting (e.g. denied access).
    AuthCancelled(AuthErrorEvent) = "auth_cancelled";
    /// `deauth`: a user was disconnected (by you, or at the provider).
    Deauth(DeauthEvent) = "deauth";
    /// `user_reauth`: a user connected the same provider again; their old user ID is gone and
    /// data now arrives under the new one.
    UserReauth(UserReauthEvent) = "user_reauth";
    /// `access_revoked`: the user revoked Terra's access at the provider.
    AccessRevoked(AccessRevokedEvent) = "access_revoked";
    /// `permission_change`: the user granted or removed scopes (see [`Event::scope_changes`]).
    PermissionChange(PermissionChangeEvent) = "permission_change";
    /// `connection_error`: the provider rejected Terra's credentials for this user.
    ConnectionError(ConnectionErrorEvent) = "connection_error";
    /// `large_request_processing`: a long-range request was accepted and is being fetched.
    LargeRequestProcessing(LargeRequestProcessingEvent) = "large_request_processing";
    /// `large_request_sending`: the chunks of a long-range request are about to arrive.
    LargeRequestSending(LargeRequestSendingEvent) = "large_request_sending";
    /// `s3_payload` (the `s3_upload` webhook): the payload is too large to push; fetch it from
    /// `url` before it expires and handle it as the event it contains.
    S3Payload(S3PayloadEvent) = "s3_payload" | "s3_upload";
    /// `activity` data.
    Activity(ActivityEvent) = "activity";
    /// `body` data.
    Body(BodyEvent) = "body";
    /// `daily` data.
    Daily(DailyEvent) = "daily";
    /// `sleep` data.
    Sleep(SleepEvent) = "sleep";
    /// `menstruation` data.
    Menstruation(MenstruationEvent) = "menstruation";
    /// `nutrition` data.
    Nutrition(NutritionEvent) = "nutrition";
    /// `athlete`: the profile, in `athlete` (not `data`).
    Athlete(AthleteEvent) = "athlete";
    /// `planned_workout` data.
    PlannedWorkout(PlannedWorkoutEvent) = "planned_workout";
    /// `hormone` samples.
    Hormone(HormoneEvent) = "hormone";
    /// `health_observation` data.
    HealthObservation(HealthObservationEvent) = "health_observation";
    /// `lab_report.completed`: extracted results are ready.
    LabReportCompleted(LabReportCompletedEvent) = "lab_report.completed";
    /// `lab_report.failed`: extraction failed.
    LabReportFailed(LabReportFailedEvent) = "lab_report.failed";
    /// `processing` (legacy): the provider is still preparing the data.
    Processing(ProcessingEvent) = "processing";
    /// `rate_limit_hit` (legacy): the provider rate-limited Terra; it will retry.
    RateLimitHit(RateLimitHitEvent) = "rate_limit_hit";
    /// `healthcheck` (legacy): Terra checking that the destination answers.
    Healthcheck(HealthcheckEvent) = "healthcheck";
    /// `google_no_datasource` (legacy): Google Fit has no data source for this user.
    GoogleNoDatasource(GoogleNoDatasourceEvent) = "google_no_datasource";
}

redacted_debug!(LegacyAuthError {
    type_,
    status,
    reason,
    message,
    provider,
    reference_id,
    widget_session_id
});
redacted_debug!(ProcessingEvent {
    type_,
    status,
    message,
    user,
    retry_after_seconds
});
redacted_debug!(RateLimitHitEvent {
    type_,
    user,
    start_date,
    end_date,
    retrying_at,
    message
});
redacted_debug!(HealthcheckEvent {
    type_,
    status,
    creation_timestamp,
    trend_percentage,
    sent_webhooks_last_hour
});
redacted_debug!(GoogleNoDatasourceEvent {
    type_,
    status,
    user,
    message
});

fn decode<T: serde::de::DeserializeOwned>(body: &[u8]) -> Result<T, DecodeError> {
    DecodeError::decode(None, body)
}

/// The older failed-connection event: `type: auth` with `status: error`.
#[derive(Clone, PartialEq, serde::Serialize, Deserialize)]
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
#[derive(Clone, PartialEq, serde::Serialize, Deserialize)]
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
#[derive(Clone, PartialEq, serde::Serialize, Deserialize)]
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
#[derive(Clone, PartialEq, serde::Serialize, Deserialize)]
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
#[derive(Clone, PartialEq, serde::Serialize, Deserialize)]
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
        // Two passes on purpose: this one only scans (every other field is skipped, a small
        // fraction of a typed decode), so the payload can then decode straight into its model,
        // with JSON paths in errors, instead of through an intermediate `serde_json::Value`.
        let tag: Tag = decode(body)?;
        if tag.event_type == "auth" && tag.status.as_deref() == Some("error") {
            return decode(body).map(Event::AuthFailed);
        }
        match Event::decode_known(&tag.event_type, body) {
            Some(known) => known,
            None => Ok(Event::Unknown {
                raw: decode(body)?,
                event_type: tag.event_type,
            }),
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
