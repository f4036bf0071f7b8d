//! Per-request overhead of the client: `list_providers` through `Terra` vs the same request with
//! raw reqwest + serde_json (the typed decode, and `Value`), against one local server in one run.
//!
//! The server is a minimal axum app serving the simulator's `/integrations` body as fixed bytes:
//! the simulator's own work (routing, recording requests) would hide the client's cost in the
//! round trip. Two shapes:
//! - `sequential`: one request at a time (latency);
//! - `in_flight_64`: 64 requests at once on one client (throughput, elements = requests).
//!
//! Raw reqwest runs twice: bare, and with the client's default timeouts (60 s in all, 10 s to
//! connect). A total timeout puts a timer on every request (about a sixth of the throughput at
//! 64 in flight on loopback), so `_same_timeouts` is the like-for-like baseline.

mod support;

use std::{net::SocketAddr, time::Duration};

use bytes::Bytes;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use futures_util::future::join_all;
use tryterra::{Terra, models::ProvidersResponse};
use tryterra_simulator::Simulator;

const IN_FLIGHT: usize = 64;

/// The simulator's `/integrations` body, served by a server that does nothing else.
async fn fixed_server() -> SocketAddr {
    let sim = Simulator::start().await;
    let body = support::raw_get(
        &reqwest::Client::new(),
        &format!("{}/integrations", sim.base_url()),
    )
    .await;
    let app = axum::Router::new().route(
        "/integrations",
        axum::routing::get(move || {
            let body: Bytes = body.clone();
            async move { ([("content-type", "application/json")], body) }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("address");
    tokio::spawn(async move { axum::serve(listener, app).await.expect("server") });
    addr
}

async fn raw_typed(raw: &reqwest::Client, url: &str) -> ProvidersResponse {
    let bytes = support::raw_get(raw, url).await;
    serde_json::from_slice::<ProvidersResponse>(&bytes).expect("typed")
}

async fn terra_typed(terra: &Terra) -> ProvidersResponse {
    terra.list_providers().await.expect("providers")
}

fn overhead(c: &mut Criterion) {
    let runtime = tokio::runtime::Runtime::new().expect("tokio runtime");
    let addr = runtime.block_on(fixed_server());
    let base_url = format!("http://{addr}");
    let url = format!("{base_url}/integrations");
    let terra = Terra::builder()
        .api_key("bench-key")
        .dev_id("bench-dev")
        .base_url(&base_url)
        .build()
        .expect("client");
    // Retries keep a copy of each request until it has succeeded: this client shows its cost.
    let terra_once = Terra::builder()
        .api_key("bench-key")
        .dev_id("bench-dev")
        .base_url(&base_url)
        .retry(tryterra::RetryPolicy::none())
        .build()
        .expect("client");
    let raw = reqwest::Client::new();
    // The client's default timeouts: each request then carries a timer, in both.
    let raw_with_timeouts = reqwest::Client::builder()
        .timeout(Duration::from_secs(60))
        .connect_timeout(Duration::from_secs(10))
        .build()
        .expect("client");
    // Both answer the same, so both measure the same exchange.
    let (ours, theirs) =
        runtime.block_on(async { (terra_typed(&terra).await, raw_typed(&raw, &url).await) });
    assert_eq!(ours, theirs);

    let mut group = c.benchmark_group("list_providers/sequential");
    group.bench_function("tryterra", |b| {
        b.to_async(&runtime).iter(|| terra_typed(&terra))
    });
    group.bench_function("raw_reqwest_typed", |b| {
        b.to_async(&runtime).iter(|| raw_typed(&raw, &url))
    });
    group.bench_function("raw_reqwest_typed_same_timeouts", |b| {
        b.to_async(&runtime)
            .iter(|| raw_typed(&raw_with_timeouts, &url))
    });
    group.bench_function("raw_reqwest_value", |b| {
        b.to_async(&runtime).iter(|| async {
            let bytes = support::raw_get(&raw, &url).await;
            serde_json::from_slice::<serde_json::Value>(&bytes).expect("json")
        })
    });
    group.finish();

    let mut group = c.benchmark_group("list_providers/in_flight_64");
    group.throughput(Throughput::Elements(IN_FLIGHT as u64));
    group.bench_function("tryterra", |b| {
        b.to_async(&runtime)
            .iter(|| join_all((0..IN_FLIGHT).map(|_| terra_typed(&terra))))
    });
    group.bench_function("tryterra_without_retries", |b| {
        b.to_async(&runtime)
            .iter(|| join_all((0..IN_FLIGHT).map(|_| terra_typed(&terra_once))))
    });
    group.bench_function("raw_reqwest_typed", |b| {
        b.to_async(&runtime)
            .iter(|| join_all((0..IN_FLIGHT).map(|_| raw_typed(&raw, &url))))
    });
    group.bench_function("raw_reqwest_typed_same_timeouts", |b| {
        b.to_async(&runtime)
            .iter(|| join_all((0..IN_FLIGHT).map(|_| raw_typed(&raw_with_timeouts, &url))))
    });
    group.finish();
}

criterion_group!(benches, overhead);
criterion_main!(benches);
