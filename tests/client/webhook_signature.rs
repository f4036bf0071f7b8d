//! Webhook signature verification: known answers from an independent implementation (Python's
//! hmac, `tools/webhook_vectors.py`), every way a delivery can be forged or garbled, and property
//! tests over hostile input.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use http::{HeaderMap, HeaderValue};
use proptest::prelude::*;
use tryterra::webhook::{WebhookError, WebhookVerifier, sign};

const SECRET: &str = "whsec_6b1f0e2d9c8a7b6f5e4d3c2b1a0f9e8d";
const NOW: i64 = 1_723_808_700;
const BODY: &[u8] = br#"{"type":"healthcheck","status":"success"}"#;

fn verifier() -> WebhookVerifier {
    WebhookVerifier::new(SECRET)
        .unwrap()
        .with_clock(|| UNIX_EPOCH + Duration::from_secs(NOW as u64))
}

fn check(header: &str, body: &[u8]) -> Result<i64, WebhookError> {
    verifier().verify_signature(header, body)
}

#[derive(serde::Deserialize)]
struct Vector {
    secret: String,
    timestamp: i64,
    body_hex: String,
    v1: String,
}

#[test]
fn known_answer_vectors_from_python_hmac() {
    let vectors: Vec<Vector> =
        serde_json::from_str(include_str!("../fixtures/webhook_vectors.json")).unwrap();
    assert_eq!(vectors.len(), 5);
    for v in vectors {
        let body = hex::decode(&v.body_hex).unwrap();
        let expected = format!("t={},v1={}", v.timestamp, v.v1);
        assert_eq!(sign(&body, v.timestamp, &v.secret), expected);
        let verifier = WebhookVerifier::new(v.secret.clone())
            .unwrap()
            .with_clock(move || UNIX_EPOCH + Duration::from_secs(v.timestamp.max(0) as u64));
        assert_eq!(
            verifier.verify_signature(&expected, &body).unwrap(),
            v.timestamp
        );
    }
}

#[test]
fn a_valid_signature_verifies() {
    assert_eq!(check(&sign(BODY, NOW, SECRET), BODY).unwrap(), NOW);
}

#[test]
fn tampering_and_the_wrong_secret_are_rejected() {
    let header = sign(BODY, NOW, SECRET);
    let mut tampered = BODY.to_vec();
    tampered[10] ^= 1;
    assert!(matches!(
        check(&header, &tampered),
        Err(WebhookError::BadSignature)
    ));
    assert!(matches!(
        check(&header, b""),
        Err(WebhookError::BadSignature)
    ));

    let mut bad_sig = header.clone();
    let last = bad_sig.pop().unwrap();
    bad_sig.push(if last == '0' { '1' } else { '0' });
    assert!(matches!(
        check(&bad_sig, BODY),
        Err(WebhookError::BadSignature)
    ));

    let other_t = sign(BODY, NOW, SECRET).replace(&format!("t={NOW}"), &format!("t={}", NOW - 1));
    assert!(
        matches!(check(&other_t, BODY), Err(WebhookError::BadSignature)),
        "t is signed too"
    );

    let wrong_secret = sign(BODY, NOW, "whsec_someone_else");
    assert!(matches!(
        check(&wrong_secret, BODY),
        Err(WebhookError::BadSignature)
    ));
}

#[test]
fn timestamps_outside_the_tolerance_are_rejected_both_ways() {
    let old = sign(BODY, NOW - 301, SECRET);
    assert!(matches!(
        check(&old, BODY),
        Err(WebhookError::TimestampOutOfTolerance { age_seconds: 301 })
    ));
    let future = sign(BODY, NOW + 301, SECRET);
    assert!(matches!(
        check(&future, BODY),
        Err(WebhookError::TimestampOutOfTolerance { age_seconds: -301 })
    ));
    assert!(check(&sign(BODY, NOW - 300, SECRET), BODY).is_ok());
    assert!(check(&sign(BODY, NOW + 300, SECRET), BODY).is_ok());

    let strict = verifier().with_tolerance(Duration::from_secs(10));
    assert!(
        strict
            .verify_signature(&sign(BODY, NOW - 11, SECRET), BODY)
            .is_err()
    );
    assert!(
        strict
            .verify_signature(&sign(BODY, NOW - 10, SECRET), BODY)
            .is_ok()
    );
}

#[test]
fn any_matching_v1_is_accepted_in_any_order() {
    let good = sign(BODY, NOW, SECRET);
    let good_v1 = good.split_once(",v1=").unwrap().1;
    let stale = sign(BODY, NOW, "whsec_previous_secret");
    let stale_v1 = stale.split_once(",v1=").unwrap().1;
    // Secret rotation: the old and the new signature side by side, either first.
    assert!(check(&format!("t={NOW},v1={stale_v1},v1={good_v1}"), BODY).is_ok());
    assert!(check(&format!("v1={good_v1},t={NOW},v1={stale_v1}"), BODY).is_ok());
    // Other schemes are ignored, never trusted.
    assert!(check(&format!("t={NOW},v0={good_v1},v1={good_v1}"), BODY).is_ok());
    assert!(matches!(
        check(&format!("t={NOW},v0={good_v1}"), BODY),
        Err(WebhookError::NoV1Signature)
    ));
    // White space around parts is tolerated.
    assert!(check(&format!("t={NOW}, v1={good_v1}"), BODY).is_ok());
}

#[test]
fn upper_case_hex_is_the_same_signature() {
    let good = sign(BODY, NOW, SECRET);
    let (t, v1) = good.split_once(",v1=").unwrap();
    assert!(check(&format!("{t},v1={}", v1.to_uppercase()), BODY).is_ok());
}

#[test]
fn malformed_headers_are_typed_errors() {
    let v1 = sign(BODY, NOW, SECRET)
        .split_once(",v1=")
        .unwrap()
        .1
        .to_string();
    let cases = [
        (String::new(), "empty"),
        (format!("v1={v1}"), "no t"),
        (format!("t=soon,v1={v1}"), "t not a number"),
        (format!("t={NOW},t={NOW},v1={v1}"), "duplicate t"),
        (format!("t={NOW},{v1}"), "part without ="),
        (format!("t={NOW},=x,v1={v1}"), "empty key"),
    ];
    for (header, case) in cases {
        assert!(
            matches!(check(&header, BODY), Err(WebhookError::MalformedSignature)),
            "{case}"
        );
    }
    assert!(matches!(
        check(&format!("t={NOW}"), BODY),
        Err(WebhookError::NoV1Signature)
    ));
    assert!(
        matches!(
            check(&format!("t={NOW},v1=zz"), BODY),
            Err(WebhookError::BadSignature)
        ),
        "garbled v1"
    );
}

#[test]
fn headers_are_found_in_any_case_and_either_name() {
    let header = sign(BODY, NOW, SECRET);
    for name in [
        "terra-signature",
        "Terra-Signature",
        "X-Terra-Signature",
        "x-terra-signature",
    ] {
        let mut headers = HeaderMap::new();
        headers.insert(
            http::HeaderName::from_bytes(name.as_bytes()).unwrap(),
            header.parse().unwrap(),
        );
        let delivery = verifier().verify(&headers, BODY).unwrap();
        assert_eq!(delivery.signed_at, NOW, "{name}");
    }
    assert!(matches!(
        verifier().verify(&HeaderMap::new(), BODY),
        Err(WebhookError::MissingSignature)
    ));
    let mut binary = HeaderMap::new();
    binary.insert(
        "terra-signature",
        HeaderValue::from_bytes(b"t=1,\xffv1=00").unwrap(),
    );
    assert!(matches!(
        verifier().verify(&binary, BODY),
        Err(WebhookError::MalformedSignature)
    ));
}

#[test]
fn a_non_utf8_body_verifies_then_fails_as_an_event() {
    let body = b"\xff\xfe not json \x80";
    let mut headers = HeaderMap::new();
    headers.insert("terra-signature", sign(body, NOW, SECRET).parse().unwrap());
    let error = verifier().verify(&headers, body).unwrap_err();
    assert!(matches!(error, WebhookError::InvalidEvent(_)), "{error:?}");
    assert!(!error.is_signature_problem());
}

#[test]
fn errors_and_debug_never_show_the_secret_or_body() {
    let verifier = verifier();
    assert!(!format!("{verifier:?}").contains(SECRET));
    let secret_body = br#"{"type":"activity","data":"SECRET-HEALTH-DATA"}"#;
    let mut headers = HeaderMap::new();
    headers.insert(
        "terra-signature",
        sign(secret_body, NOW, SECRET).parse().unwrap(),
    );
    let error = verifier.verify(&headers, secret_body).unwrap_err();
    let text = format!(
        "{error} {error:?} {:?}",
        std::error::Error::source(&error).map(|s| s.to_string())
    );
    assert!(
        !text.contains("SECRET-HEALTH-DATA") && !text.contains(SECRET),
        "{text}"
    );
    assert!(WebhookVerifier::new("").is_err());
}

/// A part of another scheme with non-ASCII text does not hide a valid signature from either
/// entry point (`HeaderValue::to_str` alone would refuse the whole header).
#[test]
fn non_ascii_in_an_ignored_part_is_ignored_by_both_entry_points() {
    let header = format!("{},x=é", sign(BODY, NOW, SECRET));
    assert_eq!(check(&header, BODY).unwrap(), NOW);
    let mut headers = HeaderMap::new();
    headers.insert(
        "terra-signature",
        HeaderValue::from_bytes(header.as_bytes()).unwrap(),
    );
    assert_eq!(verifier().verify(&headers, BODY).unwrap().signed_at, NOW);

    // Bytes that are not UTF-8 cannot be passed as text: malformed for the header map too.
    let mut headers = HeaderMap::new();
    let mut bytes = sign(BODY, NOW, SECRET).into_bytes();
    bytes.extend_from_slice(b",x=\xff");
    headers.insert("terra-signature", HeaderValue::from_bytes(&bytes).unwrap());
    assert!(matches!(
        verifier().verify(&headers, BODY),
        Err(WebhookError::MalformedSignature)
    ));
}

#[test]
fn the_clock_defaults_to_now() {
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    let verifier = WebhookVerifier::new(SECRET).unwrap();
    assert!(
        verifier
            .verify_signature(&sign(BODY, now, SECRET), BODY)
            .is_ok()
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_headers_and_bodies_never_panic(header in ".{0,200}", body in proptest::collection::vec(any::<u8>(), 0..512)) {
        let _ = check(&header, &body);
        let mut headers = HeaderMap::new();
        if let Ok(value) = HeaderValue::from_str(&header) {
            headers.insert("terra-signature", value);
        }
        let _ = verifier().verify(&headers, &body);
    }

    #[test]
    fn header_shaped_noise_never_panics(parts in proptest::collection::vec(("[a-z0-9]{0,3}", "[=,]?", "[0-9a-fA-F]{0,70}"), 0..6)) {
        let header: String = parts.iter().map(|(k, eq, v)| format!("{k}{eq}{v},")).collect();
        let _ = check(&header, BODY);
    }

    /// `verify` (header map) and `verify_signature` (text) answer alike for any header text
    /// that can be a header value, including non-ASCII parts next to a valid signature.
    #[test]
    fn both_entry_points_agree(junk in "[^,\\x00-\\x1f\\x7f]{0,12}", valid in any::<bool>(), junk_first in any::<bool>()) {
        let signature = if valid { sign(BODY, NOW, SECRET) } else { sign(BODY, NOW, "other") };
        let header = if junk_first { format!("{junk},{signature}") } else { format!("{signature},{junk}") };
        let Ok(value) = HeaderValue::from_bytes(header.as_bytes()) else { return Ok(()) };
        let mut headers = HeaderMap::new();
        headers.insert("terra-signature", value);
        let by_text = check(&header, BODY).map_err(|e| e.to_string());
        let by_map = verifier().verify(&headers, BODY).map(|d| d.signed_at).map_err(|e| e.to_string());
        prop_assert_eq!(by_text, by_map);
    }

    #[test]
    fn sign_then_verify_round_trips(body in proptest::collection::vec(any::<u8>(), 0..2048), offset in -300i64..=300, secret in "[ -~]{1,64}") {
        let verifier = WebhookVerifier::new(secret.clone()).unwrap().with_clock(|| UNIX_EPOCH + Duration::from_secs(NOW as u64));
        let header = sign(&body, NOW + offset, &secret);
        prop_assert_eq!(verifier.verify_signature(&header, &body).unwrap(), NOW + offset);
    }
}
