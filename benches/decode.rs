//! Decoding a 10,000-user `/subscriptions` body: typed vs `serde_json::Value`, and the JSON scan
//! the generated layer does for union responses (`IgnoredAny`), the practical lower bound.

mod support;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use serde::de::IgnoredAny;
use tryterra::models::SubscribedUsers;
use tryterra_simulator::Simulator;

/// A real-shaped body: what the simulator serves for an account of `count` users.
fn subscriptions_body(count: usize) -> Vec<u8> {
    let runtime = tokio::runtime::Runtime::new().expect("tokio runtime");
    runtime.block_on(async {
        let sim = Simulator::builder().users(count).start().await;
        let terra = support::client(&sim);
        let response = terra.list_users().with_response().await.expect("users");
        assert_eq!(response.value().users.len(), count);
        response.body().to_vec()
    })
}

fn decode(c: &mut Criterion) {
    let body = subscriptions_body(10_000);
    let mut group = c.benchmark_group("decode_10k_users");
    group.throughput(Throughput::Bytes(body.len() as u64));
    group.bench_function("typed", |b| {
        b.iter(|| serde_json::from_slice::<SubscribedUsers>(&body).expect("typed"))
    });
    group.bench_function("value", |b| {
        b.iter(|| serde_json::from_slice::<serde_json::Value>(&body).expect("value"))
    });
    group.bench_function("ignored_any", |b| {
        b.iter(|| serde_json::from_slice::<IgnoredAny>(&body).expect("scan"))
    });
    group.finish();
}

criterion_group!(benches, decode);
criterion_main!(benches);
