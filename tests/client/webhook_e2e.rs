//! End to end: the simulator delivers signed webhooks the way Terra does; an axum receiver using
//! `VerifiedWebhook` verifies and decodes them.

use std::{
    sync::{Arc, Mutex},
    time::Duration,
};

use crate::common::terra;
use axum::{Router, extract::FromRef, routing::post};
use chrono::NaiveDate;
use tryterra::{
    models::AuthenticateUserRequest,
    webhook::{Delivery, Event, VerifiedWebhook, WebhookVerifier, sign},
};
use tryterra_simulator::Simulator;

const SECRET: &str = "whsec_e2e_5f4dcc3b5aa765d61d8327deb882cf99";

#[derive(Clone)]
struct Receiver {
    verifier: WebhookVerifier,
    received: Arc<Mutex<Vec<Delivery>>>,
}

impl FromRef<Receiver> for WebhookVerifier {
    fn from_ref(receiver: &Receiver) -> Self {
        receiver.verifier.clone()
    }
}

async fn receive(
    axum::extract::State(receiver): axum::extract::State<Receiver>,
    VerifiedWebhook(delivery): VerifiedWebhook,
) {
    receiver.received.lock().unwrap().push(delivery);
}

/// A receiver on a loopback port; returns its URL and what it received.
async fn start_receiver(secret: &str) -> (String, Arc<Mutex<Vec<Delivery>>>) {
    let received = Arc::new(Mutex::new(Vec::new()));
    let state = Receiver {
        verifier: WebhookVerifier::new(secret).unwrap(),
        received: received.clone(),
    };
    let app = Router::new()
        .route("/terra", post(receive))
        .with_state(state);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/terra", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (url, received)
}

fn day(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2024, m, d).unwrap()
}

#[tokio::test]
async fn a_data_request_is_delivered_signed_and_decodes_typed() {
    let (url, received) = start_receiver(SECRET).await;
    let sim = Simulator::builder().webhook(url, SECRET).start().await;
    let user = sim.user_ids()[0].clone();
    let terra = terra(&sim);

    let inline = terra
        .activity(&user, day(5, 1))
        .until(day(5, 7))
        .fetch()
        .await
        .unwrap();
    let ack = terra
        .activity(&user, day(5, 1))
        .until(day(5, 7))
        .to_webhook()
        .await
        .unwrap()
        .into_acknowledgement()
        .expect("an acknowledgement");

    let deliveries = sim.settle_deliveries(Duration::from_secs(10)).await;
    assert_eq!(deliveries.len(), 1);
    assert_eq!(deliveries[0].status, Some(200));
    let received = received.lock().unwrap().clone();
    let Event::Activity(event) = &received[0].event else {
        panic!("{:?}", received[0].event)
    };
    assert_eq!(
        event.data, inline.data,
        "the same activities as fetched inline"
    );
    assert_eq!(event.user.user_id, user);
    assert_eq!(received[0].reference, ack.reference);
    assert!(received[0].trace_id.is_some() && received[0].ordering_timestamp_ms.is_some());
}

#[tokio::test]
async fn a_large_request_arrives_announced_and_chunked() {
    let (url, received) = start_receiver(SECRET).await;
    let sim = Simulator::builder().webhook(url, SECRET).start().await;
    let user = sim.user_ids()[0].clone();
    let ack = terra(&sim)
        .sleep(&user, day(3, 1))
        .until(day(4, 30))
        .to_webhook()
        .await
        .unwrap()
        .into_acknowledgement()
        .expect("an acknowledgement");
    assert!(
        ack.message.is_some(),
        "the acknowledgement says it is large"
    );

    let deliveries = sim.settle_deliveries(Duration::from_secs(10)).await;
    assert!(
        deliveries.iter().all(|d| d.status == Some(200)),
        "{deliveries:?}"
    );
    let received = received.lock().unwrap().clone();
    let Event::LargeRequestProcessing(_) = &received[0].event else {
        panic!("{:?}", received[0].event)
    };
    let Event::LargeRequestSending(sending) = &received[1].event else {
        panic!("{:?}", received[1].event)
    };
    let chunks: Vec<_> = received[2..]
        .iter()
        .map(|d| match &d.event {
            Event::Sleep(sleep) => sleep.data.len(),
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(sending.expected_payloads as usize, chunks.len());
    assert_eq!(
        chunks.iter().sum::<usize>(),
        61,
        "one night per day, March and April"
    );
    assert!(chunks.iter().all(|&n| n <= 10));
    // One reference for every chunk; a distinct trace ID for each delivery (the dedupe key).
    assert!(received.iter().all(|d| d.reference == ack.reference));
    let mut traces: Vec<_> = received
        .iter()
        .map(|d| d.trace_id.clone().unwrap())
        .collect();
    traces.sort();
    traces.dedup();
    assert_eq!(traces.len(), received.len());
}

#[tokio::test]
async fn auth_and_deauth_are_delivered() {
    let (url, received) = start_receiver(SECRET).await;
    let sim = Simulator::builder().webhook(url, SECRET).start().await;
    let terra = terra(&sim);
    let link = terra
        .authenticate_user(
            "OURA",
            AuthenticateUserRequest::new().reference_id("user-9"),
        )
        .await
        .unwrap();
    let user_id = link.user_id.unwrap();
    sim.settle_deliveries(Duration::from_secs(10)).await;
    terra.deauthenticate_user(&user_id).await.unwrap();
    sim.settle_deliveries(Duration::from_secs(10)).await;

    let received = received.lock().unwrap().clone();
    let Event::Auth(auth) = &received[0].event else {
        panic!("{:?}", received[0].event)
    };
    assert_eq!(auth.user.user_id, user_id);
    let Event::Deauth(deauth) = &received[1].event else {
        panic!("{:?}", received[1].event)
    };
    assert_eq!(deauth.user.user_id, user_id);
}

#[tokio::test]
async fn a_receiver_with_the_wrong_secret_rejects_with_401_and_sees_nothing() {
    let (url, received) = start_receiver("whsec_not_the_one").await;
    let sim = Simulator::builder().webhook(url, SECRET).start().await;
    let user = sim.user_ids()[0].clone();
    terra(&sim)
        .daily(&user, day(5, 1))
        .to_webhook()
        .await
        .unwrap()
        .into_acknowledgement()
        .expect("an acknowledgement");
    let deliveries = sim.settle_deliveries(Duration::from_secs(10)).await;
    assert_eq!(deliveries[0].status, Some(401));
    assert!(received.lock().unwrap().is_empty());
}

#[tokio::test]
async fn the_extractor_answers_400_for_a_signed_non_event_and_401_without_signature() {
    let (url, received) = start_receiver(SECRET).await;
    let client = reqwest::Client::new();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    let body = br#"{"no_type": true}"#;
    let response = client
        .post(&url)
        .header("terra-signature", sign(body, now, SECRET))
        .body(body.to_vec())
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 400);
    assert_eq!(
        response.bytes().await.unwrap().len(),
        0,
        "no detail in the answer"
    );

    let response = client.post(&url).body(body.to_vec()).send().await.unwrap();
    assert_eq!(response.status(), 401);
    assert!(received.lock().unwrap().is_empty());
}

/// Payloads too large to push arrive as `s3_payload` events; the client downloads the event they
/// stand for without Terra's credentials, and says so plainly once the URL has expired.
#[tokio::test]
async fn large_payloads_arrive_by_s3_and_download_into_their_event() {
    let (url, received) = start_receiver(SECRET).await;
    let sim = Simulator::builder()
        .webhook(url, SECRET)
        .s3_payloads_over(2_000)
        .start()
        .await;
    let terra = terra(&sim);
    let user = sim.user_ids()[0].clone();
    terra
        .activity(&user, day(5, 1))
        .until(day(5, 7))
        .with_samples(true)
        .to_webhook()
        .await
        .unwrap();
    sim.settle_deliveries(Duration::from_secs(10)).await;
    let delivery = received.lock().unwrap().pop().expect("a delivery");
    let Event::S3Payload(pointer) = delivery.event else {
        panic!("{:?}", delivery.event)
    };
    assert_eq!(pointer.expires_in, 300);

    let event = terra.download_payload(&pointer).await.unwrap();
    let Event::Activity(activities) = event else {
        panic!("{event:?}")
    };
    let inline = terra
        .activity(&user, day(5, 1))
        .until(day(5, 7))
        .with_samples(true)
        .fetch()
        .await
        .unwrap();
    assert_eq!(activities.data.len(), inline.data.len());
    let fetched = sim
        .requests()
        .into_iter()
        .find(|r| r.path.starts_with("/s3-payloads/"))
        .expect("the payload URL was requested");
    assert_eq!(
        fetched.header("x-api-key"),
        None,
        "credentials stay with Terra's API"
    );
    assert_eq!(fetched.header("dev-id"), None);

    sim.advance_clock(Duration::from_secs(301));
    let error = terra.download_payload(&pointer).await.unwrap_err();
    assert!(
        matches!(error, tryterra::Error::PayloadExpired),
        "{error:?}"
    );
    assert_eq!(error.to_string(), "the s3_payload URL has expired");
}
