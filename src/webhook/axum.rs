//! An axum extractor that verifies and decodes a Terra webhook.

use axum_core::{
    extract::{FromRef, FromRequest, Request},
    response::{IntoResponse, Response},
};
use bytes::BytesMut;
use futures_util::StreamExt;
use http::StatusCode;

use super::{Delivery, WebhookError, WebhookVerifier};

/// The largest body accepted. Terra's data events are at most 10 MB; axum's own default limit
/// (2 MB) would turn them away, so the extractor reads the body itself.
pub const MAX_WEBHOOK_BODY: usize = 32 * 1024 * 1024;

/// A delivery whose signature was verified against the raw body, then decoded.
///
/// The [`WebhookVerifier`] comes from the router state (`WebhookVerifier: FromRef<S>`). A
/// signature problem is answered `401`, a body that is not a Terra event `400`, an oversized body
/// `413`, all with an empty body. Take `Result<VerifiedWebhook, WebhookRejection>` to see why.
///
/// ```no_run
/// use axum::{Router, routing::post};
/// use tryterra::webhook::{VerifiedWebhook, WebhookVerifier};
///
/// async fn receive(VerifiedWebhook(delivery): VerifiedWebhook) {
///     println!("{} ({:?})", delivery.event.event_type(), delivery.trace_id);
/// }
///
/// # fn app() -> Router {
/// let verifier = WebhookVerifier::new("my-signing-secret").unwrap();
/// Router::new().route("/terra", post(receive)).with_state(verifier)
/// # }
/// ```
#[derive(Debug, Clone)]
pub struct VerifiedWebhook(pub Delivery);

/// Why [`VerifiedWebhook`] turned a request away.
#[derive(Debug)]
pub struct WebhookRejection {
    status: StatusCode,
    error: Option<WebhookError>,
}

impl WebhookRejection {
    /// The status answered: 401, 400 or 413.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The verification error, if it got that far (`None` for an unreadable or oversized body).
    pub fn error(&self) -> Option<&WebhookError> {
        self.error.as_ref()
    }
}

/// The status only: the reason stays server-side (it would help an attacker, not Terra).
impl IntoResponse for WebhookRejection {
    fn into_response(self) -> Response {
        self.status.into_response()
    }
}

impl<S> FromRequest<S> for VerifiedWebhook
where
    WebhookVerifier: FromRef<S>,
    S: Send + Sync,
{
    type Rejection = WebhookRejection;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        let verifier = WebhookVerifier::from_ref(state);
        let (parts, body) = request.into_parts();
        let reject = |status, error| WebhookRejection { status, error };
        let mut stream = body.into_data_stream();
        let mut raw = BytesMut::new();
        while let Some(chunk) = stream.next().await {
            let chunk = chunk.map_err(|_| reject(StatusCode::BAD_REQUEST, None))?;
            if raw.len() + chunk.len() > MAX_WEBHOOK_BODY {
                return Err(reject(StatusCode::PAYLOAD_TOO_LARGE, None));
            }
            raw.extend_from_slice(&chunk);
        }
        match verifier.verify(&parts.headers, &raw) {
            Ok(delivery) => Ok(VerifiedWebhook(delivery)),
            Err(error) => {
                let status = if error.is_signature_problem() {
                    StatusCode::UNAUTHORIZED
                } else {
                    StatusCode::BAD_REQUEST
                };
                Err(reject(status, Some(error)))
            }
        }
    }
}
