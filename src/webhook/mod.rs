//! Receiving Terra webhooks: verify the signature over the raw body, then decode the event.
//!
//! ```no_run
//! use tryterra::webhook::{Event, WebhookVerifier};
//!
//! # fn handle(headers: &http::HeaderMap, raw_body: &[u8]) -> Result<(), tryterra::webhook::WebhookError> {
//! let verifier = WebhookVerifier::new(std::env::var("TERRA_SIGNING_SECRET").unwrap()).unwrap();
//! let delivery = verifier.verify(headers, raw_body)?; // 401 your caller on Err
//! match delivery.event {
//!     Event::Activity(activity) => { /* store activity.data */ }
//!     Event::UserReauth(reauth) => { /* re-key reauth.old_user to reauth.new_user */ }
//!     Event::Unknown { event_type, .. } => { /* a type this version does not know */ }
//!     _ => {}
//! }
//! # Ok(()) }
//! ```
//!
//! Verification parses `t` and every `v1` from `terra-signature` / `x-terra-signature` (any
//! case, any order, other schemes ignored), computes HMAC-SHA256 of `"{t}." + raw body` with the
//! signing secret, accepts if any `v1` matches (compared in constant time by the `hmac` crate),
//! then checks that `t` is within the tolerance (300 s either way by default). Only then is the
//! body parsed. Errors never contain the body or the secret.

mod event;
mod signature;

#[cfg(feature = "axum")]
mod axum;

use std::{
    fmt,
    sync::Arc,
    time::{Duration, SystemTime, UNIX_EPOCH},
};

use http::HeaderMap;
use secrecy::{ExposeSecret, SecretString};

#[cfg(feature = "axum")]
pub use self::axum::{MAX_WEBHOOK_BODY, VerifiedWebhook, WebhookRejection};
/// The legacy event payloads, also in [`crate::models`] (all payloads are).
pub use crate::models::{
    GoogleNoDatasourceEvent, HealthcheckEvent, LegacyAuthError, ProcessingEvent, RateLimitHitEvent,
};
pub use event::{Event, ScopeChanges};
use signature::SignatureHeader;
pub use signature::sign;

use crate::error::{ConfigError, DecodeError};

/// The signature headers Terra sends, newest first (header names are case-insensitive).
const SIGNATURE_HEADERS: [&str; 2] = ["x-terra-signature", "terra-signature"];

/// How far the signed timestamp may be from now, either way, unless configured otherwise.
pub const DEFAULT_TOLERANCE: Duration = Duration::from_secs(300);

/// Verifies deliveries signed with one signing secret. Cheap to clone.
#[derive(Clone)]
pub struct WebhookVerifier {
    secret: Arc<SecretString>,
    tolerance: Duration,
    clock: Arc<dyn Fn() -> SystemTime + Send + Sync>,
}

/// Why a delivery was rejected. Never contains the body or the secret.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum WebhookError {
    /// Neither `terra-signature` nor `x-terra-signature` is present.
    #[error("the delivery has no Terra signature header")]
    MissingSignature,
    /// The signature header is not `t=<seconds>,v1=<hex>...` (or is not text).
    #[error("the Terra signature header is malformed")]
    MalformedSignature,
    /// The header has no `v1` signature.
    #[error("the Terra signature header has no v1 signature")]
    NoV1Signature,
    /// No `v1` signature matches: wrong secret, or the body or header was altered.
    #[error("the Terra signature does not match")]
    BadSignature,
    /// The signature is valid but its timestamp is too far from now (a replay, or a clock off).
    #[error("the Terra signature timestamp is {age_seconds} s from now, beyond the tolerance")]
    TimestampOutOfTolerance {
        /// Now minus the signed time: positive if old, negative if in the future.
        age_seconds: i64,
    },
    /// The signed body is not a Terra event (not JSON, no `type`, or a known type whose payload
    /// does not match its model).
    #[error("the webhook body is not a valid Terra event: {0}")]
    InvalidEvent(#[source] DecodeError),
}

impl WebhookError {
    /// Whether the rejection is about authenticity (answer 401) rather than the payload (400).
    pub fn is_signature_problem(&self) -> bool {
        !matches!(self, WebhookError::InvalidEvent(_))
    }
}

/// A verified delivery: the event and the headers that matter for processing it.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Delivery {
    /// The decoded event.
    pub event: Event,
    /// `X-Terra-Trace-Id`: unique per delivery (chunks of one request each have their own); the
    /// key to deduplicate retried deliveries on.
    pub trace_id: Option<String>,
    /// `terra-reference`: the `reference` of the request that caused it, shared by every chunk.
    pub reference: Option<String>,
    /// `X-Terra-Ordering-Timestamp` (Unix milliseconds): unchanged across retries; overwrite
    /// stored data only with a delivery whose value is not older.
    pub ordering_timestamp_ms: Option<i64>,
    /// The signed `t` (Unix seconds).
    pub signed_at: i64,
}

impl WebhookVerifier {
    /// A verifier for one signing secret (Dashboard → Connections → your webhook destination).
    ///
    /// # Errors
    /// [`ConfigError::Empty`] for an empty secret.
    pub fn new(secret: impl Into<String>) -> Result<Self, ConfigError> {
        let secret = secret.into();
        if secret.is_empty() {
            return Err(ConfigError::Empty("signing secret"));
        }
        Ok(WebhookVerifier {
            secret: Arc::new(SecretString::from(secret)),
            tolerance: DEFAULT_TOLERANCE,
            clock: Arc::new(SystemTime::now),
        })
    }

    pub(crate) fn from_secret(secret: SecretString) -> Self {
        WebhookVerifier {
            secret: Arc::new(secret),
            tolerance: DEFAULT_TOLERANCE,
            clock: Arc::new(SystemTime::now),
        }
    }

    /// How far the signed timestamp may be from now, either way (default 300 s).
    pub fn with_tolerance(mut self, tolerance: Duration) -> Self {
        self.tolerance = tolerance;
        self
    }

    /// The clock to judge timestamps by (for tests).
    pub fn with_clock(mut self, clock: impl Fn() -> SystemTime + Send + Sync + 'static) -> Self {
        self.clock = Arc::new(clock);
        self
    }

    /// Verifies a delivery from its headers and raw body, then decodes it.
    ///
    /// # Errors
    /// [`WebhookError`]: a signature problem (answer 401), or a signed body that is not a Terra
    /// event (answer 400).
    pub fn verify(&self, headers: &HeaderMap, body: &[u8]) -> Result<Delivery, WebhookError> {
        let header = SIGNATURE_HEADERS
            .iter()
            .find_map(|name| headers.get(*name))
            .ok_or(WebhookError::MissingSignature)?;
        // As text exactly as `verify_signature` gets it: `HeaderValue::to_str` would refuse a
        // header with any non-ASCII byte, even in a part the parser ignores (another scheme),
        // and the two entry points would disagree. Bytes that are not UTF-8 cannot be a `&str`
        // at all, so they are malformed for both.
        let header =
            std::str::from_utf8(header.as_bytes()).map_err(|_| WebhookError::MalformedSignature)?;
        let signed_at = self.verify_signature(header, body)?;
        let text = |name: &str| {
            headers
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned)
        };
        Ok(Delivery {
            event: Event::from_json(body).map_err(WebhookError::InvalidEvent)?,
            trace_id: text("x-terra-trace-id"),
            reference: text("terra-reference"),
            ordering_timestamp_ms: text("x-terra-ordering-timestamp").and_then(|v| v.parse().ok()),
            signed_at,
        })
    }

    /// Verifies the signature header value against the raw body without decoding it; returns
    /// the signed timestamp. [`WebhookVerifier::verify`] gives the same answer for the same
    /// header: parts of another scheme are ignored whatever characters they contain.
    ///
    /// # Errors
    /// [`WebhookError`] for a malformed header, no matching signature, or a timestamp beyond the
    /// tolerance.
    pub fn verify_signature(&self, header: &str, body: &[u8]) -> Result<i64, WebhookError> {
        let header = SignatureHeader::parse(header)?;
        if !header.matches(self.secret.expose_secret().as_bytes(), body) {
            return Err(WebhookError::BadSignature);
        }
        let now = (self.clock)()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_secs() as i64)
            .unwrap_or(0);
        let age = now.saturating_sub(header.timestamp);
        if age.unsigned_abs() > self.tolerance.as_secs() {
            return Err(WebhookError::TimestampOutOfTolerance { age_seconds: age });
        }
        Ok(header.timestamp)
    }
}

/// Shows the tolerance, never the secret.
impl fmt::Debug for WebhookVerifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("WebhookVerifier")
            .field("secret", &"[redacted]")
            .field("tolerance", &self.tolerance)
            .finish_non_exhaustive()
    }
}

impl crate::Terra {
    /// A verifier for the signing secret this client was built with.
    ///
    /// # Errors
    /// [`ConfigError::Missing`] if no signing secret was configured.
    pub fn webhook_verifier(&self) -> Result<WebhookVerifier, ConfigError> {
        self.signing_secret()
            .cloned()
            .map(WebhookVerifier::from_secret)
            .ok_or(ConfigError::Missing("signing secret"))
    }
}

impl crate::Terra {
    /// The event an `s3_payload` webhook stands for: Terra stores payloads too large to push and
    /// sends their URL instead. Downloaded without Terra's credentials (the URL is presigned),
    /// within the client's size limit and retries, and decoded like a delivery.
    ///
    /// # Errors
    /// [`Error::PayloadExpired`](crate::Error::PayloadExpired) once the URL is past its
    /// `expires_in`; [`Error::Decode`](crate::Error::Decode) when the payload is not a Terra
    /// event; otherwise as any request.
    pub fn download_payload(&self, event: &crate::models::S3PayloadEvent) -> crate::Call<Event> {
        let (http, limits) = (self.shared().payload_http.clone(), self.http().1.clone());
        let request = match http.get(&event.url).build() {
            Ok(request) => request,
            Err(e) => return crate::Call::fail(crate::Error::transport(e)),
        };
        crate::Call::new(async move {
            let received = crate::transport::receive(&http, request, &limits, "s3_payload").await?;
            if received.status == http::StatusCode::FORBIDDEN
                && String::from_utf8_lossy(&received.body).contains("expired")
            {
                return Err(crate::Error::PayloadExpired);
            }
            if !received.status.is_success() {
                return Err(received.into_error());
            }
            let event = Event::from_json(&received.body).map_err(crate::Error::from)?;
            Ok(received.with_value(event))
        })
    }
}
