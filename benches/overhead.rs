//! Per-request overhead of the client against the simulator on loopback: `list_providers`
//! through `Terra` vs the same request with raw reqwest + serde_json.

mod support;

use criterion::{Criterion, criterion_group, criterion_main};
use tryterra::models::ProvidersResponse;
use tryterra_simulator::Simulator;

fn overhead(c: &mut Criterion) {
    let runtime = tokio::runtime::Runtime::new().expect("tokio runtime");
    let sim = runtime.block_on(Simulator::start());
    let terra = support::client(&sim);
    let raw = reqwest::Client::new();
    let url = format!("{}/integrations", sim.base_url());

    let mut group = c.benchmark_group("list_providers");
    group.bench_function("tryterra", |b| {
        b.to_async(&runtime)
            .iter(|| async { terra.list_providers().await.expect("providers") })
    });
    group.bench_function("raw_reqwest_value", |b| {
        b.to_async(&runtime).iter(|| async {
            let bytes = support::raw_get(&raw, &url).await;
            serde_json::from_slice::<serde_json::Value>(&bytes).expect("json")
        })
    });
    group.bench_function("raw_reqwest_typed", |b| {
        b.to_async(&runtime).iter(|| async {
            let bytes = support::raw_get(&raw, &url).await;
            serde_json::from_slice::<ProvidersResponse>(&bytes).expect("typed")
        })
    });
    group.finish();
    // Every request went through the simulator; none failed.
    assert!(!sim.requests().is_empty());
}

criterion_group!(benches, overhead);
criterion_main!(benches);
