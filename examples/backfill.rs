//! Loading history when users connect: a year of sleep and activity for several users at once,
//! within Terra's limits (windows of at most 1,825 days, 6,000 requested days per user per
//! hour), with progress and a checkpoint per window.
//!
//! ```text
//! cargo run --example backfill
//! ```
//!
//! Runs against the built-in Terra simulator, which enforces the same limits.

use std::time::Instant;

use tryterra::{
    Terra,
    api::{Backfill, RangedDataKind, Records},
    chrono::NaiveDate,
    models::{Activity, Sleep},
};
use tryterra_simulator::Simulator;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let sim = Simulator::builder().users(4).start().await;
    let terra = Terra::builder()
        .api_key("simulator-api-key")
        .dev_id("simulator-dev-id")
        .base_url(sim.base_url())
        .build()?;
    let first = NaiveDate::from_ymd_opt(2024, 1, 1).expect("a date");
    let last = NaiveDate::from_ymd_opt(2024, 12, 31).expect("a date");
    let started = Instant::now();

    // One task per user and kind; the client shares each user's hourly budget between them and
    // bounds the requests in flight overall.
    let mut tasks = Vec::new();
    for user in sim.user_ids() {
        tasks.push(tokio::spawn(load(
            terra.backfill::<Sleep>(&user, first, last),
            user.clone(),
            "sleep",
        )));
        tasks.push(tokio::spawn(load(
            terra.backfill::<Activity>(&user, first, last),
            user,
            "activity",
        )));
    }
    let (mut records, mut days) = (0, 0);
    for task in tasks {
        let (r, d) = task.await??;
        records += r;
        days += d;
    }
    println!(
        "done: {records} records, {days} requested days, in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// Runs one backfill to the end, logging each window; a failure says where to resume.
async fn load<K>(
    mut backfill: Backfill<K>,
    user: String,
    kind: &'static str,
) -> Result<(usize, u64), String>
where
    K: RangedDataKind,
    K::Collection: Records,
{
    while let Some(window) = backfill.next().await {
        let window = window.map_err(|e| format!("{kind} for {user}: {e}"))?;
        let p = window.progress;
        println!(
            "{kind:>8} {}…: window {}/{} ({} – {}), {} records so far; resume from {}",
            &user[..8],
            p.windows_done,
            p.windows_total,
            window.start,
            window.end,
            p.records,
            window.checkpoint.next_start
        );
    }
    let p = backfill.progress();
    Ok((p.records, p.days_requested))
}
