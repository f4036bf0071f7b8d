//! Signed webhook deliveries, the way Terra sends them: `terra-signature` and
//! `x-terra-signature` (`t=<seconds>,v1=<hex HMAC-SHA256 of "{t}." + body>`), `terra-reference`,
//! `X-Terra-Trace-Id` (unique per delivery) and `X-Terra-Ordering-Timestamp` (milliseconds).
//!
//! Signing is implemented here, independently of the client crate, so an end-to-end test checks
//! two implementations against each other.

use std::time::{SystemTime, UNIX_EPOCH};

use hmac::{Hmac, KeyInit, Mac};
use serde_json::{Value, json};
use sha2::Sha256;

use crate::State;

/// Where deliveries go and what they are signed with.
#[derive(Debug, Clone)]
pub(crate) struct Destination {
    pub(crate) url: String,
    pub(crate) secret: String,
}

/// What happened to one delivery.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeliveryRecord {
    /// The event's `type`.
    pub event_type: String,
    /// `X-Terra-Trace-Id`.
    pub trace_id: String,
    /// `terra-reference`, for deliveries caused by a data request.
    pub reference: Option<String>,
    /// The receiver's status, or `None` if it could not be reached.
    pub status: Option<u16>,
}

/// One event to deliver, with the headers that go with it.
pub(crate) struct Outgoing {
    pub(crate) body: Value,
    pub(crate) trace_id: String,
    pub(crate) reference: Option<String>,
}

/// Terra's header value for `body` signed at `timestamp`.
pub(crate) fn signature(secret: &str, timestamp: u64, body: &[u8]) -> String {
    let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(secret.as_bytes())
        .expect("HMAC takes keys of any length");
    mac.update(format!("{timestamp}.").as_bytes());
    mac.update(body);
    let digest = mac.finalize().into_bytes();
    let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
    format!("t={timestamp},v1={hex}")
}

/// Sends `events` in order, in the background, recording each outcome. Without a destination
/// nothing is sent.
pub(crate) fn deliver(state: std::sync::Arc<State>, events: Vec<Outgoing>) {
    let Some(destination) = state.destination.clone() else {
        return;
    };
    state.deliveries_pending(events.len());
    tokio::spawn(async move {
        for event in events {
            let body = s3_if_large(&state, &event.body);
            let now = SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .unwrap_or_default();
            let signed = signature(&destination.secret, now.as_secs(), body.as_bytes());
            let mut request = state
                .http
                .post(&destination.url)
                .header("content-type", "application/json")
                .header("terra-signature", &signed)
                .header("x-terra-signature", &signed)
                .header("x-terra-trace-id", &event.trace_id)
                .header("x-terra-ordering-timestamp", now.as_millis().to_string())
                .body(body);
            if let Some(reference) = &event.reference {
                request = request.header("terra-reference", reference);
            }
            let status = request.send().await.ok().map(|r| r.status().as_u16());
            state.record_delivery(DeliveryRecord {
                event_type: event.body["type"].as_str().unwrap_or_default().to_string(),
                trace_id: event.trace_id,
                reference: event.reference,
                status,
            });
        }
    });
}

/// The data events for a request, chunked like Terra: at most `CHUNK` records each; long ranges
/// announce themselves first with `large_request_processing` and `large_request_sending`.
pub(crate) fn data_events(
    user: &Value,
    kind: &str,
    records: Vec<Value>,
    reference: &str,
    large: bool,
) -> Vec<Outgoing> {
    const CHUNK: usize = 10;
    let event = |data: Vec<Value>| json!({"type": kind, "user": user, "data": data, "version": "2022-03-16"});
    if !large {
        return vec![Outgoing {
            body: event(records),
            trace_id: format!("{reference}:0"),
            reference: Some(reference.to_string()),
        }];
    }
    let chunks: Vec<Vec<Value>> = records.chunks(CHUNK).map(<[Value]>::to_vec).collect();
    let mut out = vec![
        Outgoing {
            body: json!({"type": "large_request_processing", "status": "processing", "user": user, "reference": reference, "message": "Large request is being processed"}),
            trace_id: format!("{reference}:processing"),
            reference: Some(reference.to_string()),
        },
        Outgoing {
            body: json!({"type": "large_request_sending", "user": user, "reference": reference, "message": "Large request is being sent", "expected_payloads": chunks.len()}),
            trace_id: format!("{reference}:sending"),
            reference: Some(reference.to_string()),
        },
    ];
    for (i, chunk) in chunks.into_iter().enumerate() {
        out.push(Outgoing {
            body: event(chunk),
            trace_id: format!("{reference}:chunk:{i}"),
            reference: Some(reference.to_string()),
        });
    }
    out
}

/// The body to push: the event itself, or, when it is larger than the configured threshold, an
/// `s3_payload` event pointing at the stored event (as Terra does with payloads too large to push).
fn s3_if_large(state: &State, event: &Value) -> String {
    let body = event.to_string();
    let (Some(limit), Some(origin)) = (state.s3_over, state.origin.get()) else {
        return body;
    };
    if body.len() <= limit {
        return body;
    }
    let id = format!("{:016x}", fastrand_id(&body, state.limits.now()));
    let expires = state.limits.now() + std::time::Duration::from_secs(crate::S3_EXPIRES_IN);
    crate::lock(&state.payloads).insert(id.clone(), (body.into_bytes(), expires));
    json!({
        "type": "s3_payload",
        "status": "success",
        "url": format!("{origin}/s3-payloads/{id}?X-Amz-Expires={}", crate::S3_EXPIRES_IN),
        "expires_in": crate::S3_EXPIRES_IN,
        "user": event["user"],
    })
    .to_string()
}

/// A stable, unguessable-enough ID for a stored payload (FNV-1a of the body and the time).
fn fastrand_id(body: &str, at: std::time::Duration) -> u64 {
    body.bytes()
        .chain(at.as_nanos().to_le_bytes())
        .fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
        })
}

#[cfg(test)]
mod tests {
    #[test]
    fn signature_matches_a_known_answer() {
        // Computed with Python: hmac.new(b"whsec_test_secret", b"1723808700." + body, sha256).
        let body = br#"{"type":"healthcheck","status":"success"}"#;
        assert_eq!(
            super::signature("whsec_test_secret", 1_723_808_700, body),
            "t=1723808700,v1=fe1468725067fad3779653b389ca3fe17690b8bd90b634b27d0f3e74276be2ed"
        );
    }
}
