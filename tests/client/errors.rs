//! Every way a call can fail maps to the right error variant, keeps the status, and keeps
//! response bodies (health data) and identifiers out of `Display` and `Debug`.

use std::time::Duration;

use crate::common::{
    API_KEY, DEV_ID, assert_error_text_excludes, builder, fast_retries, terra,
    terra_without_retries,
};
use serde_json::json;
use tryterra::{Error, ErrorBody, RetryPolicy, StatusCode, Terra};
use tryterra_simulator::{Script, ScriptedResponse, Simulator};

#[tokio::test]
async fn problem_json_4xx_is_an_api_error_with_the_problem() {
    let sim = Simulator::start().await;
    sim.script(Script::on(
        "/subscriptions",
        ScriptedResponse::problem(400, "invalid per_page SECRET-DETAIL"),
    ));
    let error = terra(&sim).list_users().await.unwrap_err();
    assert_eq!(error.status(), Some(StatusCode::BAD_REQUEST));
    assert!(!error.is_retryable());
    let api = error.api_error().unwrap();
    let ErrorBody::Problem(problem) = api.body() else {
        panic!("{api:?}")
    };
    assert_eq!(problem.type_, "about:blank");
    assert_eq!(problem.title, "bad request");
    assert_eq!(api.detail(), Some("invalid per_page SECRET-DETAIL"));
    assert_eq!(
        error.to_string(),
        "Terra returned HTTP 400 Bad Request with problem details"
    );
    assert_error_text_excludes(&error, &["SECRET-DETAIL"]);
}

#[tokio::test]
async fn legacy_status_message_body_is_understood() {
    let sim = Simulator::start().await;
    let legacy = json!({"status": "error", "message": "Invalid dev-id was provided", "cause": "SECRET-CAUSE"});
    sim.script(Script::on(
        "/subscriptions",
        ScriptedResponse::json(403, &legacy),
    ));
    let error = terra(&sim).list_users().await.unwrap_err();
    let api = error.api_error().unwrap();
    assert_eq!(api.status(), StatusCode::FORBIDDEN);
    assert_eq!(
        api.body(),
        &ErrorBody::Legacy {
            status: Some("error".into()),
            message: Some("Invalid dev-id was provided".into()),
            cause: Some("SECRET-CAUSE".into()),
        }
    );
    assert_eq!(api.detail(), Some("Invalid dev-id was provided"));
    assert_eq!(
        error.to_string(),
        "Terra returned HTTP 403 Forbidden with an error message"
    );
    assert_error_text_excludes(&error, &["SECRET-CAUSE", "Invalid dev-id"]);
}

#[tokio::test]
async fn html_502_page_keeps_status_and_content_type_but_not_the_page() {
    let sim = Simulator::start().await;
    sim.script(Script::on("/integrations", ScriptedResponse::html(502)));
    let error = terra_without_retries(&sim)
        .list_providers()
        .await
        .unwrap_err();
    assert_eq!(error.status(), Some(StatusCode::BAD_GATEWAY));
    assert!(error.is_retryable());
    let api = error.api_error().unwrap();
    assert_eq!(
        api.body(),
        &ErrorBody::Unrecognised {
            content_type: Some("text/html; charset=utf-8".into())
        }
    );
    assert!(String::from_utf8_lossy(api.raw_body()).contains("upstream server"));
    assert!(
        error
            .to_string()
            .starts_with("Terra returned HTTP 502 Bad Gateway with an unrecognised text/html")
    );
    assert_error_text_excludes(&error, &["upstream server", "<html"]);
}

#[tokio::test]
async fn non_json_200_is_a_decode_error_with_status() {
    let sim = Simulator::start().await;
    sim.script(Script::on(
        "/integrations",
        ScriptedResponse::raw(200, "text/plain", "OK SECRET-TEXT"),
    ));
    let error = terra(&sim).list_providers().await.unwrap_err();
    let decode = error.decode_error().expect("decode error");
    assert_eq!(decode.status(), Some(StatusCode::OK));
    assert_eq!(decode.path(), ".");
    assert_eq!(decode.reason(), "expected value");
    assert_eq!(
        error.to_string(),
        "cannot decode the HTTP 200 response as ProvidersResponse: expected value at `.` (line 1, column 1)"
    );
    assert_error_text_excludes(&error, &["SECRET-TEXT"]);
}

#[tokio::test]
async fn truncated_json_is_a_decode_error_naming_where_it_stopped() {
    let sim = Simulator::start().await;
    let full = json!({"users": [{"user_id": "SECRET-ID", "provider": "GARMIN", "active": true}]})
        .to_string();
    let cut = &full[..full.len() - 12];
    sim.script(Script::on(
        "/subscriptions",
        ScriptedResponse::raw(200, "application/json", cut),
    ));
    let error = terra(&sim).list_users().await.unwrap_err();
    let decode = error.decode_error().unwrap();
    assert!(
        decode.reason().starts_with("EOF while parsing"),
        "{}",
        decode.reason()
    );
    assert!(decode.path().starts_with("users[0]"), "{}", decode.path());
    assert_error_text_excludes(&error, &["SECRET-ID"]);
}

/// JSON is UTF-8: a body that is not is a decode error naming where the bad bytes are, also
/// in a field the models do not know (which a byte-by-byte reader would skip unchecked).
#[tokio::test]
async fn a_body_that_is_not_utf8_is_a_decode_error_naming_where() {
    let sim = Simulator::start().await;
    let body = |user_id: &[u8], extra: &[u8]| {
        [
            &br#"{"users": [{"user_id": ""#[..],
            user_id,
            br#"", "provider": "GARMIN", "x_new": ""#,
            extra,
            br#""}]}"#,
        ]
        .concat()
    };
    for (user_id, extra, path) in [
        (&b"u\xff0"[..], &b""[..], "users[0].user_id"),
        // (A key no model has is shown as `<key>`: the body chose it.)
        (b"u0", b"\xff\xfe", "users[0].<key>"),
    ] {
        sim.script(Script::on(
            "/subscriptions",
            ScriptedResponse::raw(200, "application/json", body(user_id, extra)),
        ));
        let error = terra(&sim).list_users().await.unwrap_err();
        let decode = error.decode_error().unwrap();
        assert_eq!(decode.path(), path);
        assert_eq!(decode.reason(), "the body is not UTF-8");
    }
    // The same body, valid: decodes.
    sim.script(Script::on(
        "/subscriptions",
        ScriptedResponse::raw(200, "application/json", body(b"u0", "\u{e9}".as_bytes())),
    ));
    let users = terra(&sim).list_users().await.unwrap();
    assert_eq!(users.users[0].user_id, "u0");
}

#[tokio::test]
async fn wrong_value_type_names_the_json_path_without_the_value() {
    let sim = Simulator::start().await;
    let body = json!({"users": [
        {"user_id": "u0", "provider": "GARMIN"},
        {"user_id": "u1", "provider": "OURA", "active": "SECRET-VALUE"}
    ]});
    sim.script(Script::on(
        "/subscriptions",
        ScriptedResponse::json(200, &body),
    ));
    let error = terra(&sim).list_users().await.unwrap_err();
    let decode = error.decode_error().unwrap();
    assert_eq!(decode.path(), "users[1].active");
    assert_eq!(decode.reason(), "invalid type: string, expected a boolean");
    assert_error_text_excludes(&error, &["SECRET-VALUE"]);

    sim.script(Script::on(
        "/subscriptions",
        ScriptedResponse::json(200, &json!({"users": [{"user_id": "u0"}]})),
    ));
    let error = terra(&sim).list_users().await.unwrap_err();
    assert_eq!(error.decode_error().unwrap().path(), "users[0]");
    assert_eq!(
        error.decode_error().unwrap().reason(),
        "missing field `provider`"
    );
}

#[tokio::test]
async fn connection_refused_is_a_transport_error_without_the_url() {
    // A port that was just free: nothing listens there.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let terra = Terra::builder()
        .api_key(API_KEY)
        .dev_id(DEV_ID)
        .base_url(format!("http://127.0.0.1:{port}/api/v2"))
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    let error = terra.get_user("SECRET-USER-ID").await.unwrap_err();
    let Error::Transport(source) = &error else {
        panic!("{error:?}")
    };
    assert!(source.is_connect());
    assert!(error.is_retryable());
    assert_eq!(error.status(), None);
    assert_eq!(error.to_string(), "could not communicate with Terra");
    assert_error_text_excludes(&error, &["SECRET-USER-ID", API_KEY]);
}

#[tokio::test]
async fn slow_response_is_a_timeout() {
    let sim = Simulator::start().await;
    sim.script(Script::on(
        "/subscriptions",
        ScriptedResponse::json(200, &json!({"users": []})).with_delay(Duration::from_secs(3)),
    ));
    let terra = builder(&sim)
        .timeout(Duration::from_millis(200))
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    let started = std::time::Instant::now();
    let error = terra.list_users().await.unwrap_err();
    assert!(matches!(error, Error::Timeout(_)), "{error:?}");
    assert!(error.is_retryable());
    assert!(started.elapsed() < Duration::from_secs(2));
    assert_eq!(error.to_string(), "the request to Terra timed out");
}

#[tokio::test]
async fn transient_failures_are_retried_then_succeed() {
    let sim = Simulator::start().await;
    sim.script(Script::on("/subscriptions", ScriptedResponse::html(503)));
    sim.script(Script::on(
        "/subscriptions",
        ScriptedResponse::problem(429, "slow down").with_header("retry-after", "0"),
    ));
    let terra = builder(&sim).retry(fast_retries(3)).build().unwrap();
    let users = terra.list_users().await.unwrap();
    assert_eq!(users.users.len(), 3);
    let requests = sim.requests();
    assert_eq!(requests.len(), 3, "503, 429, then 200");
    assert!(
        requests
            .iter()
            .all(|r| r.header("x-api-key") == Some(API_KEY))
    );
}

#[tokio::test]
async fn a_timed_out_get_is_retried() {
    let sim = Simulator::start().await;
    sim.script(Script::on(
        "/subscriptions",
        ScriptedResponse::json(200, &json!({"users": []})).with_delay(Duration::from_secs(3)),
    ));
    assert_eq!(impatient(&sim).list_users().await.unwrap().users.len(), 3);
    assert_eq!(sim.requests().len(), 2);
}

/// A client for `sim` that gives up on an attempt after 300 ms and tries 3 times.
fn impatient(sim: &Simulator) -> Terra {
    builder(sim)
        .timeout(Duration::from_millis(300))
        .retry(fast_retries(3))
        .build()
        .unwrap()
}

#[tokio::test]
async fn retries_give_up_after_max_attempts_and_post_is_not_retried_on_503() {
    let sim = Simulator::start().await;
    sim.script(Script::on("/subscriptions", ScriptedResponse::html(503)).times(10));
    let terra = builder(&sim).retry(fast_retries(2)).build().unwrap();
    let error = terra.list_users().await.unwrap_err();
    assert_eq!(error.status(), Some(StatusCode::SERVICE_UNAVAILABLE));
    assert_eq!(sim.requests().len(), 2);

    sim.clear_requests();
    sim.script(Script::on("/bulkUserInfo", ScriptedResponse::html(503)));
    let error = terra.get_users(["x"]).await.unwrap_err();
    assert_eq!(error.status(), Some(StatusCode::SERVICE_UNAVAILABLE));
    assert_eq!(
        sim.requests().len(),
        1,
        "a POST that may have been processed is not repeated"
    );
}

#[tokio::test]
async fn retry_after_beyond_the_limit_returns_the_429() {
    let sim = Simulator::start().await;
    sim.script(Script::on(
        "/subscriptions",
        ScriptedResponse::problem(429, "rate limited").with_header("retry-after", "3600"),
    ));
    let error = terra(&sim).list_users().await.unwrap_err();
    assert_eq!(error.status(), Some(StatusCode::TOO_MANY_REQUESTS));
    assert_eq!(
        error.api_error().unwrap().retry_after(),
        Some(Duration::from_secs(3600))
    );
    assert_eq!(sim.requests().len(), 1);
}

/// Idempotent requests are retried after a reset before any response, a body broken off
/// mid-way, and a 500; each of these is transient (`is_retryable`).
#[tokio::test]
async fn gets_are_retried_after_resets_broken_bodies_and_500() {
    let sim = Simulator::start().await;
    let users = json!({"users": [{"user_id": "u0", "provider": "GARMIN"}]});
    let broken = ScriptedResponse::json(200, &users).cut_after(10);
    let cases = [
        ("reset before any response", ScriptedResponse::reset()),
        ("body broken off", broken),
        ("500", ScriptedResponse::problem(500, "internal")),
    ];
    for (case, fault) in cases {
        sim.clear_requests();
        sim.script(Script::on("/subscriptions", fault.clone()));
        let terra = builder(&sim).retry(fast_retries(3)).build().unwrap();
        assert_eq!(terra.list_users().await.unwrap().users.len(), 3, "{case}");
        assert_eq!(sim.requests().len(), 2, "{case}: failed once, then retried");

        // With no retries the same failure is returned, and says it is transient.
        sim.script(Script::on("/subscriptions", fault));
        let error = terra_without_retries(&sim).list_users().await.unwrap_err();
        assert!(error.is_retryable(), "{case}: {error:?}");
        if case != "500" {
            assert!(matches!(error, Error::Transport(_)), "{case}: {error:?}");
        }
    }
}

/// A body that stalls mid-way times the attempt out; an idempotent request is then retried.
#[tokio::test]
async fn a_get_whose_body_stalls_is_retried_after_the_timeout() {
    let sim = Simulator::start().await;
    let users = json!({"users": [{"user_id": "u0", "provider": "GARMIN"}]});
    sim.script(Script::on(
        "/subscriptions",
        ScriptedResponse::json(200, &users).stall_after(8),
    ));
    assert_eq!(impatient(&sim).list_users().await.unwrap().users.len(), 3);
    assert_eq!(
        sim.requests().len(),
        2,
        "timed out reading the body, then retried"
    );

    sim.script(Script::on(
        "/subscriptions",
        ScriptedResponse::json(200, &users).stall_after(8),
    ));
    let once = builder(&sim)
        .timeout(Duration::from_millis(300))
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    let error = once.list_users().await.unwrap_err();
    assert!(matches!(error, Error::Timeout(_)), "{error:?}");
    assert!(error.is_retryable());
}

/// A POST is repeated only when it provably did not reach Terra: not after a reset, a broken
/// body or a 500, any of which may follow processing.
#[tokio::test]
async fn posts_are_not_retried_once_they_may_have_been_processed() {
    let sim = Simulator::start().await;
    let terra = builder(&sim).retry(fast_retries(3)).build().unwrap();
    let ok = json!([{"user_id": "u0", "provider": "GARMIN"}]);
    for fault in [
        ScriptedResponse::reset(),
        ScriptedResponse::json(200, &ok).cut_after(5),
        ScriptedResponse::problem(500, "internal"),
    ] {
        sim.clear_requests();
        sim.script(Script::on("/bulkUserInfo", fault));
        let error = terra.get_users(["u0"]).await.unwrap_err();
        assert!(error.is_retryable(), "{error:?}");
        assert_eq!(sim.requests().len(), 1, "{error:?}");
    }
}

/// Bodies are read up to the configured maximum: a declared length over it is refused before
/// reading, and a body without one (gzip, decoded while read) is cut off at the limit.
#[tokio::test]
async fn bodies_over_the_maximum_are_refused_while_reading() {
    let sim = Simulator::builder().users(2_000).start().await;
    // Uncompressed: the declared length is over the limit.
    let uncompressed = builder(&sim)
        .http_client(reqwest::Client::builder().no_gzip())
        .max_response_size(64 * 1024)
        .build()
        .unwrap();
    let error = uncompressed.list_users().await.unwrap_err();
    assert!(
        matches!(error, Error::ResponseTooLarge { limit: 65_536 }),
        "{error:?}"
    );
    assert!(!error.is_retryable());
    assert_eq!(sim.requests().len(), 1, "not retried");

    let small = builder(&sim).max_response_size(64 * 1024).build().unwrap();
    let error = small.list_users().await.unwrap_err();
    assert!(
        matches!(error, Error::ResponseTooLarge { limit: 65_536 }),
        "{error:?}"
    );
    assert_eq!(
        error.to_string(),
        "the response from Terra is larger than the maximum of 65536 bytes"
    );

    // Compressed on the wire (no decoded length known up front): the decoded bytes count.
    let zeros = format!("[{}0]", "0,".repeat(4 * 1024 * 1024));
    sim.script(Script::on(
        "/subscriptions",
        ScriptedResponse::raw(200, "application/json", zeros),
    ));
    let error = small.list_users().with_response().await.unwrap_err();
    assert!(matches!(error, Error::ResponseTooLarge { .. }), "{error:?}");
    let request = sim.requests().pop().unwrap();
    assert!(request.header("accept-encoding").unwrap().contains("gzip"));

    // The simulator answers gzip when asked, as Terra does: what the client decodes above.
    let gzip_unaware = reqwest::Client::builder().no_gzip().build().unwrap();
    let raw = gzip_unaware
        .get(format!("{}/subscriptions", sim.base_url()))
        .header("x-api-key", API_KEY)
        .header("dev-id", DEV_ID)
        .header("accept-encoding", "gzip")
        .send()
        .await
        .unwrap();
    assert_eq!(raw.headers()["content-encoding"], "gzip");
    let compressed = raw.bytes().await.unwrap().len();
    let plain = builder(&sim)
        .build()
        .unwrap()
        .list_users()
        .with_response()
        .await
        .unwrap();
    assert!(
        compressed * 4 < plain.body().len(),
        "{compressed} vs {}",
        plain.body().len()
    );

    // Within the limit, the same client reads it all.
    let users = builder(&sim).build().unwrap().list_users().await.unwrap();
    assert_eq!(users.users.len(), 2_000);
}

/// The TLS stack works with nothing installed by the application (with `rustls-ring`, the crate
/// installs the provider reqwest then needs; `cargo test --no-default-features --features
/// rustls-ring` runs this against it): an `https` base URL
/// makes the client open a TLS handshake (a ClientHello record, first byte 0x16), and a server
/// that is not TLS ends it with a transport error, not a panic or a plain-text request.
#[tokio::test]
async fn https_speaks_tls_without_setup() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let first_bytes = tokio::spawn(async move {
        let (mut socket, _) = listener.accept().await.unwrap();
        let mut head = [0u8; 3];
        socket.read_exact(&mut head).await.unwrap();
        let _ = socket.write_all(b"HTTP/1.1 200 OK\r\n\r\n").await;
        head
    });
    let terra = Terra::builder()
        .api_key(API_KEY)
        .dev_id(DEV_ID)
        .base_url(format!("https://{address}/api/v2"))
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    let error = terra.list_providers().await.unwrap_err();
    assert!(matches!(error, Error::Transport(_)), "{error:?}");
    // A TLS handshake record, TLS 1.x.
    assert_eq!(first_bytes.await.unwrap(), [0x16, 0x03, 0x01]);
}

/// Every method that takes an identifier refuses an empty one before anything is sent: an empty
/// path segment would reach another endpoint (`DELETE /lab-reports/`), an empty query value a 400.
#[tokio::test]
async fn empty_identifiers_are_refused_before_sending() {
    let sim = Simulator::start().await;
    let terra = terra(&sim);
    let day = chrono::NaiveDate::from_ymd_opt(2024, 3, 1).unwrap();
    let refused = |error: Error, name: &str| {
        assert!(
            matches!(&error, Error::InvalidRequest(why) if why == &format!("{name} must not be empty")),
            "{error:?}"
        );
    };
    refused(terra.get_user("").await.unwrap_err(), "user_id");
    refused(
        terra.list_users_by_reference("").await.unwrap_err(),
        "reference_id",
    );
    refused(terra.get_users(["u1", ""]).await.unwrap_err(), "user_id");
    refused(terra.deauthenticate_user("").await.unwrap_err(), "user_id");
    refused(
        terra.activity("", day).fetch().await.unwrap_err(),
        "user_id",
    );
    refused(
        terra.sleep("", day).to_webhook().await.unwrap_err(),
        "user_id",
    );
    refused(
        terra.list_planned_workouts("").await.unwrap_err(),
        "user_id",
    );
    refused(
        terra.get_planned_workout(1, "").await.unwrap_err(),
        "user_id",
    );
    refused(
        terra
            .reschedule_planned_workout(1, "", day)
            .await
            .unwrap_err(),
        "user_id",
    );
    refused(
        terra.delete_planned_workout(1, "").await.unwrap_err(),
        "user_id",
    );
    refused(terra.get_lab_report("").await.unwrap_err(), "session_id");
    refused(terra.delete_lab_report("").await.unwrap_err(), "session_id");
    refused(
        terra.list_lab_report_deliveries("").await.unwrap_err(),
        "session_id",
    );
    refused(
        terra.list_lab_report_files("").await.unwrap_err(),
        "session_id",
    );
    assert!(matches!(
        terra.get_users(Vec::<String>::new()).await.unwrap_err(),
        Error::InvalidRequest(_)
    ));
    let before = chrono::NaiveDate::from_ymd_opt(2024, 2, 1).unwrap();
    assert!(matches!(
        terra
            .list_planned_workouts_between("u1", day, before)
            .await
            .unwrap_err(),
        Error::InvalidRequest(_)
    ));
    assert!(
        sim.requests().is_empty(),
        "{} requests were sent",
        sim.requests().len()
    );
}
