//! Backfilling many users under a budget, with Terra's limits lowered proportionally so it runs
//! in seconds: `cargo bench --bench backfill`.
//!
//! Per user, two years of sleep, activity and daily data (windows of 28 days). The simulator and
//! the client both allow `BUDGET` requested days per user per `PERIOD` (Terra: 6,000 per hour).
//! Reported: requests, wall time against the budget-limited optimum (every user's days spent at
//! the budget's pace from the first moment), and peak client memory for 10 and 100 users, which
//! should not grow with the number of users.

#[path = "support/counting.rs"]
mod counting;

use std::{
    sync::atomic::Ordering,
    time::{Duration, Instant},
};

use counting::{CURRENT, PEAK};
use tryterra::{
    Terra,
    api::{Backfill, RangedDataKind, Records},
    chrono::NaiveDate,
    models::{Activity, Daily, Sleep},
};
use tryterra_simulator::Simulator;

const BUDGET: u64 = 700;
const PERIOD: Duration = Duration::from_secs(10);

/// Runs a backfill to the end; its requested days and windows.
async fn drain<K: RangedDataKind>(mut backfill: Backfill<K>) -> (u64, usize)
where
    K::Collection: Records,
{
    while let Some(window) = backfill.next().await {
        window.expect("a window"); // data dropped at once: a real caller stores it
    }
    let progress = backfill.progress();
    (progress.days_requested, progress.windows_done)
}

async fn run(users: usize) {
    let sim = Simulator::builder()
        .users(users)
        .day_budget(BUDGET, PERIOD)
        .keep_requests(false) // the simulator runs in this process: count the client only
        .start()
        .await;
    let terra = Terra::builder()
        .api_key("bench-key")
        .dev_id("bench-dev")
        .base_url(sim.base_url())
        .day_budget(BUDGET, PERIOD)
        .backfill_concurrency(16)
        .build()
        .expect("client");
    let first = NaiveDate::from_ymd_opt(2023, 1, 1).expect("date");
    let last = NaiveDate::from_ymd_opt(2024, 12, 31).expect("date");
    let before = CURRENT.load(Ordering::Relaxed);
    PEAK.store(before, Ordering::Relaxed);
    let started = Instant::now();
    let mut tasks = Vec::new();
    for user in sim.user_ids() {
        tasks.push(tokio::spawn(drain(
            terra.backfill::<Sleep>(&user, first, last),
        )));
        tasks.push(tokio::spawn(drain(
            terra.backfill::<Activity>(&user, first, last),
        )));
        tasks.push(tokio::spawn(drain(
            terra.backfill::<Daily>(&user, first, last),
        )));
    }
    let (mut days, mut windows) = (0, 0);
    for task in tasks {
        let (d, w) = task.await.expect("a backfill");
        days += d;
        windows += w;
    }
    let elapsed = started.elapsed();
    let peak = PEAK.load(Ordering::Relaxed).saturating_sub(before);
    let per_user = days / users as u64;
    // No more than BUDGET days in any PERIOD: the last of `per_user` days goes out no earlier
    // than this many whole periods after the first.
    let optimum = PERIOD * u32::try_from((per_user.max(1) - 1) / BUDGET).unwrap_or(u32::MAX);
    // Each window is one request unless Terra answered 429 first (waited out, asked again).
    let requests = sim.request_count();
    println!(
        "{users:>3} users: {requests} requests for {windows} windows ({} answered 429), \
         {days} requested days ({per_user} per user); {:.2} s against an optimum of {:.2} s \
         ({:.2} of it); peak client memory {:.1} MB",
        requests - windows,
        elapsed.as_secs_f64(),
        optimum.as_secs_f64(),
        optimum.as_secs_f64() / elapsed.as_secs_f64(),
        peak as f64 / 1e6
    );
}

fn main() {
    let runtime = counting::runtime();
    for users in [10, 100] {
        runtime.block_on(run(users));
    }
}
