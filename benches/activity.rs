//! A ~20 MB `/activity` response with samples.
//!
//! - decoding alone: typed (as the client decodes, and straight from the bytes) vs
//!   `serde_json::Value` vs `serde::de::IgnoredAny` (JSON scanned, nothing built: the practical
//!   lower bound) vs `samples_floor` (only the samples built, as cheaply as serde_json can: the
//!   floor for any typed decode);
//! - the whole request against the simulator on loopback: through `Terra` vs raw reqwest with the
//!   same typed decode, i.e. what the client adds on a large payload.

use chrono::NaiveDate;
mod support;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use serde::de::IgnoredAny;
use tryterra::models::ActivityCollection;
use tryterra_simulator::Simulator;

/// The least any typed decode of this body can do with serde_json: only the sample arrays, as
/// borrowed text and bare numbers (no `Option`s, no copies, no allocation but the `Vec`s), with
/// everything else skipped as `IgnoredAny` skips it. The gap between this and `ignored_any` is
/// serde_json's cost of building values at all; the gap to `typed` is what the models add.
#[allow(dead_code, reason = "the values are built to be timed, not read")]
mod samples_floor {
    use serde::Deserialize;

    #[derive(Deserialize)]
    pub(crate) struct Activities<'a> {
        #[serde(borrow)]
        pub(crate) data: Vec<Activity<'a>>,
    }

    #[derive(Deserialize)]
    pub(crate) struct Activity<'a> {
        #[serde(borrow)]
        heart_rate_data: Detailed<HeartRate<'a>>,
        #[serde(borrow)]
        distance_data: Detailed<Distance<'a>>,
        #[serde(borrow)]
        position_data: Option<Position<'a>>,
    }

    #[derive(Deserialize)]
    struct Detailed<T> {
        detailed: T,
    }

    #[derive(Deserialize)]
    struct HeartRate<'a> {
        #[serde(borrow)]
        hr_samples: Vec<HeartRateSample<'a>>,
    }

    #[derive(Deserialize)]
    struct Distance<'a> {
        #[serde(borrow)]
        distance_samples: Vec<DistanceSample<'a>>,
    }

    #[derive(Deserialize)]
    struct Position<'a> {
        #[serde(borrow)]
        position_samples: Vec<PositionSample<'a>>,
    }

    #[derive(Deserialize)]
    struct HeartRateSample<'a> {
        timestamp: &'a str,
        bpm: f64,
        timer_duration_seconds: f64,
    }

    #[derive(Deserialize)]
    struct DistanceSample<'a> {
        timestamp: &'a str,
        distance_meters: f64,
        timer_duration_seconds: f64,
    }

    #[derive(Deserialize)]
    struct PositionSample<'a> {
        timestamp: &'a str,
        coords_lat_lng_deg: [f64; 2],
        timer_duration_seconds: f64,
    }
}

fn start() -> NaiveDate {
    NaiveDate::from_ymd_opt(2024, 1, 1).expect("date")
}

/// Enough days of one user's activities with samples to reach about 20 MB.
fn end() -> NaiveDate {
    NaiveDate::from_ymd_opt(2024, 9, 30).expect("date")
}

fn decode(c: &mut Criterion) {
    let runtime = tokio::runtime::Runtime::new().expect("tokio runtime");
    // Unlimited day budget: the benchmark fetches the same nine months many times an hour.
    let sim = runtime.block_on(Simulator::builder().day_budget_per_hour(u64::MAX).start());
    let terra = support::client(&sim);
    let user = sim.user_ids()[0].clone();
    let fetch = || {
        terra
            .activity(&user, start())
            .until(end())
            .with_samples(true)
            .fetch()
    };
    let body = runtime
        .block_on(fetch().with_response())
        .expect("activities")
        .body()
        .to_vec();
    eprintln!("activity body: {:.1} MB", body.len() as f64 / 1e6);
    let mut group = c.benchmark_group("decode_activity_20mb");
    group.sample_size(20);
    group.throughput(Throughput::Bytes(body.len() as u64));
    // As the client decodes (`DecodeError::decode`): UTF-8 checked once, then serde_json on
    // the text, which then skips checking each string.
    group.bench_function("typed", |b| {
        b.iter(|| {
            let text = std::str::from_utf8(&body).expect("utf8");
            serde_json::from_str::<ActivityCollection>(text).expect("typed")
        })
    });
    // serde_json on the bytes: every string checked as it is read.
    group.bench_function("typed_from_slice", |b| {
        b.iter(|| serde_json::from_slice::<ActivityCollection>(&body).expect("typed"))
    });
    group.bench_function("samples_floor", |b| {
        b.iter(|| {
            let text = std::str::from_utf8(&body).expect("utf8");
            serde_json::from_str::<samples_floor::Activities>(text).expect("samples")
        })
    });
    group.bench_function("value", |b| {
        b.iter(|| serde_json::from_slice::<serde_json::Value>(&body).expect("value"))
    });
    group.bench_function("ignored_any", |b| {
        b.iter(|| serde_json::from_slice::<IgnoredAny>(&body).expect("scan"))
    });
    group.finish();

    let url = format!(
        "{}/activity?user_id={user}&start_date=2024-01-01&end_date=2024-09-30&to_webhook=false&with_samples=true",
        sim.base_url()
    );
    let on_the_wire = runtime.block_on(async {
        let gzip_unaware = reqwest::Client::builder()
            .no_gzip()
            .build()
            .expect("client");
        let compressed = gzip_unaware
            .get(&url)
            .header("x-api-key", "bench-key")
            .header("dev-id", "bench-dev")
            .header("accept-encoding", "gzip")
            .send()
            .await
            .expect("send")
            .bytes()
            .await
            .expect("body");
        compressed.len()
    });
    eprintln!(
        "on the wire: {:.1} MB identity, {:.1} MB gzip",
        body.len() as f64 / 1e6,
        on_the_wire as f64 / 1e6
    );

    let mut group = c.benchmark_group("fetch_activity_20mb");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(body.len() as u64));
    // The default: `accept-encoding: gzip`, decoded transparently.
    group.bench_function("tryterra", |b| {
        b.to_async(&runtime)
            .iter(|| async { fetch().await.expect("fetch") })
    });
    let identity = support::builder(&sim)
        .http_client(reqwest::Client::builder().no_gzip())
        .build()
        .expect("client");
    group.bench_function("tryterra_uncompressed", |b| {
        b.to_async(&runtime).iter(|| async {
            identity
                .activity(&user, start())
                .until(end())
                .with_samples(true)
                .fetch()
                .await
                .expect("fetch")
        })
    });
    let raw = reqwest::Client::new();
    group.bench_function("raw_reqwest_typed", |b| {
        b.to_async(&runtime).iter(|| async {
            let bytes = support::raw_get(&raw, &url).await;
            serde_json::from_slice::<ActivityCollection>(&bytes).expect("typed")
        })
    });
    group.finish();
    sim.clear_requests();
}

criterion_group!(benches, decode);
criterion_main!(benches);
