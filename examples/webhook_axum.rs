//! A Terra webhook receiver with axum: every delivery is verified against the raw body before it
//! is decoded into a typed event.
//!
//! ```text
//! TERRA_SIGNING_SECRET=... PORT=3000 cargo run --example webhook_axum   # serve /terra until stopped
//! cargo run --example webhook_axum                                      # demo against the simulator
//! ```
//!
//! Without `TERRA_SIGNING_SECRET` the example demonstrates itself: it starts the Terra simulator,
//! points its webhook destination at this receiver, asks for a week of activity and two months of
//! sleep by webhook, prints what arrives, and exits.

use std::{net::SocketAddr, time::Duration};

use axum::{Router, extract::FromRef, routing::post};
use tryterra::{
    Terra,
    webhook::{Delivery, Event, VerifiedWebhook, WebhookVerifier},
};

#[derive(Clone)]
struct App {
    verifier: WebhookVerifier,
}

impl FromRef<App> for WebhookVerifier {
    fn from_ref(app: &App) -> Self {
        app.verifier.clone()
    }
}

/// Answer fast (Terra waits about 8 seconds), then process: here, just print.
async fn receive(VerifiedWebhook(delivery): VerifiedWebhook) {
    describe(&delivery);
}

fn describe(delivery: &Delivery) {
    let what = match &delivery.event {
        Event::Activity(e) => format!("{} activities for {}", e.data.len(), e.user.user_id),
        Event::Sleep(e) => format!("{} nights for {}", e.data.len(), e.user.user_id),
        Event::LargeRequestSending(e) => format!("{} chunks on their way", e.expected_payloads),
        Event::UserReauth(e) => format!("user re-connected as {}", e.new_user.user_id),
        Event::Unknown { event_type, .. } => {
            format!("an event this version does not know: {event_type}")
        }
        other => format!("{} event", other.event_type()),
    };
    // Dedupe on the trace ID: Terra delivers at least once.
    println!("[{}] {what}", delivery.trace_id.as_deref().unwrap_or("-"));
}

fn router(verifier: WebhookVerifier) -> Router {
    Router::new()
        .route("/terra", post(receive))
        .with_state(App { verifier })
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    if let Ok(secret) = std::env::var("TERRA_SIGNING_SECRET") {
        let port: u16 = std::env::var("PORT")
            .ok()
            .and_then(|p| p.parse().ok())
            .unwrap_or(3000);
        let addr = SocketAddr::from(([0, 0, 0, 0], port));
        println!("receiving Terra webhooks on http://{addr}/terra");
        let listener = tokio::net::TcpListener::bind(addr).await?;
        axum::serve(listener, router(WebhookVerifier::new(secret)?)).await?;
        return Ok(());
    }
    demo().await
}

async fn demo() -> Result<(), Box<dyn std::error::Error>> {
    let secret = "whsec_demo_only";
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let url = format!("http://{}/terra", listener.local_addr()?);
    tokio::spawn(async move {
        axum::serve(listener, router(WebhookVerifier::new(secret).unwrap())).await
    });
    println!("TERRA_SIGNING_SECRET not set: demo with the Terra simulator delivering to {url}");

    let sim = tryterra_simulator::Simulator::builder()
        .webhook(url, secret)
        .start()
        .await;
    let terra = Terra::builder()
        .api_key("demo")
        .dev_id("demo")
        .base_url(sim.base_url())
        .build()?;
    let user = sim.user_ids()[0].clone();
    let day = |m, d| chrono::NaiveDate::from_ymd_opt(2024, m, d).expect("valid date");
    terra
        .activity(&user, day(5, 1))
        .until(day(5, 7))
        .to_webhook()
        .await?;
    terra
        .sleep(&user, day(3, 1))
        .until(day(4, 30))
        .to_webhook()
        .await?;
    let deliveries = sim.settle_deliveries(Duration::from_secs(10)).await;
    let accepted = deliveries.iter().filter(|d| d.status == Some(200)).count();
    println!(
        "{accepted} of {} deliveries verified and accepted",
        deliveries.len()
    );
    Ok(())
}
