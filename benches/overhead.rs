//! Per-request overhead of the client against the simulator on loopback: `list_providers`
//! through `Terra` vs the same request with raw reqwest + serde_json.

use criterion::{Criterion, criterion_group, criterion_main};
use tryterra::{Terra, models::ProvidersResponse};
use tryterra_simulator::Simulator;

fn overhead(c: &mut Criterion) {
    let runtime = tokio::runtime::Runtime::new().expect("tokio runtime");
    let sim = runtime.block_on(Simulator::start());
    let terra = Terra::builder()
        .api_key("bench-key")
        .dev_id("bench-dev")
        .base_url(sim.base_url())
        .build()
        .expect("client");
    let raw = reqwest::Client::new();
    let url = format!("{}/integrations", sim.base_url());

    let mut group = c.benchmark_group("list_providers");
    group.bench_function("tryterra", |b| {
        b.to_async(&runtime)
            .iter(|| async { terra.list_providers().await.expect("providers") })
    });
    group.bench_function("raw_reqwest_value", |b| {
        b.to_async(&runtime).iter(|| async {
            let bytes = raw_get(&raw, &url).await;
            serde_json::from_slice::<serde_json::Value>(&bytes).expect("json")
        })
    });
    group.bench_function("raw_reqwest_typed", |b| {
        b.to_async(&runtime).iter(|| async {
            let bytes = raw_get(&raw, &url).await;
            serde_json::from_slice::<ProvidersResponse>(&bytes).expect("typed")
        })
    });
    group.finish();
    // Every request went through the simulator; none failed.
    assert!(!sim.requests().is_empty());
}

/// The same request without the client: credentials by hand, body read whole.
async fn raw_get(client: &reqwest::Client, url: &str) -> bytes::Bytes {
    client
        .get(url)
        .header("x-api-key", "bench-key")
        .header("dev-id", "bench-dev")
        .send()
        .await
        .expect("send")
        .bytes()
        .await
        .expect("body")
}

criterion_group!(benches, overhead);
criterion_main!(benches);
