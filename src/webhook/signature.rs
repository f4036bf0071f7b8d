//! Terra's signature scheme: header `t=<unix seconds>,v1=<hex>[,v1=<hex>...]`, where each `v1` is
//! the lowercase hex HMAC-SHA256, keyed with the signing secret, of `"{t}." + raw body`.

use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;

use super::WebhookError;

type HmacSha256 = Hmac<Sha256>;

/// A parsed signature header: the timestamp and every `v1` signature (other schemes ignored).
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct SignatureHeader {
    pub(crate) timestamp: i64,
    pub(crate) v1: Vec<Vec<u8>>,
}

impl SignatureHeader {
    /// Parses the header, in any order of its parts. A `v1` that is not hex cannot match and is
    /// skipped, like a scheme this version does not know.
    pub(crate) fn parse(header: &str) -> Result<Self, WebhookError> {
        let mut timestamp = None;
        let mut v1 = Vec::new();
        let mut saw_v1 = false;
        for part in header.split(',') {
            let (key, value) = part
                .split_once('=')
                .ok_or(WebhookError::MalformedSignature)?;
            match key.trim() {
                "t" => {
                    let t = value
                        .trim()
                        .parse::<i64>()
                        .map_err(|_| WebhookError::MalformedSignature)?;
                    if timestamp.replace(t).is_some() {
                        return Err(WebhookError::MalformedSignature);
                    }
                }
                "v1" => {
                    saw_v1 = true;
                    if let Ok(bytes) = hex::decode(value.trim()) {
                        v1.push(bytes);
                    }
                }
                "" => return Err(WebhookError::MalformedSignature),
                _ => {} // another scheme (v0, v2...): not trusted, not an error
            }
        }
        let timestamp = timestamp.ok_or(WebhookError::MalformedSignature)?;
        if !saw_v1 {
            return Err(WebhookError::NoV1Signature);
        }
        Ok(SignatureHeader { timestamp, v1 })
    }

    /// Whether any `v1` is the HMAC of this body, compared in constant time by `hmac` itself.
    pub(crate) fn matches(&self, secret: &[u8], body: &[u8]) -> bool {
        let mac = signed_payload_mac(secret, self.timestamp, body);
        self.v1
            .iter()
            .any(|candidate| mac.clone().verify_slice(candidate).is_ok())
    }
}

fn signed_payload_mac(secret: &[u8], timestamp: i64, body: &[u8]) -> HmacSha256 {
    // HMAC accepts keys of any length; `new_from_slice` cannot fail for it.
    let mut mac =
        <HmacSha256 as KeyInit>::new_from_slice(secret).expect("HMAC takes any key length");
    mac.update(timestamp.to_string().as_bytes());
    mac.update(b".");
    mac.update(body);
    mac
}

/// The signature header Terra would send for `body` at `timestamp` (Unix seconds): for tests of
/// your webhook receiver, and for the simulator.
///
/// ```
/// let header = tryterra::webhook::sign(br#"{"type":"healthcheck"}"#, 1_700_000_000, "whsec_test");
/// assert!(header.starts_with("t=1700000000,v1="));
/// ```
pub fn sign(body: &[u8], timestamp: i64, secret: &str) -> String {
    let mac = signed_payload_mac(secret.as_bytes(), timestamp, body);
    format!(
        "t={timestamp},v1={}",
        hex::encode(mac.finalize().into_bytes())
    )
}
