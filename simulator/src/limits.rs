//! Terra's request limits, enforced as Terra does: at most `max_span_days` in one request (400),
//! and per user a budget of requested days per rolling hour (429 with `Retry-After`). A request
//! costs `end_date − start_date` days, at least 1 (a request without dates costs 1).
//!
//! Time is the simulator's own: real time plus what [`crate::Simulator::advance_clock`] added,
//! so tests cross an hour without waiting one.

use std::{
    collections::{HashMap, VecDeque},
    sync::Mutex,
    time::{Duration, Instant},
};

/// Terra's defaults.
pub(crate) const MAX_SPAN_DAYS: i64 = 1825;
pub(crate) const DAY_BUDGET_PER_HOUR: u64 = 6000;
pub(crate) const HOUR: Duration = Duration::from_secs(3600);

#[derive(Debug)]
pub(crate) struct Limits {
    pub(crate) max_span_days: i64,
    pub(crate) day_budget: u64,
    period: Duration,
    started: Instant,
    skipped: Mutex<Duration>,
    /// Per user: when each request was charged, and its cost in days.
    ledger: Mutex<HashMap<String, VecDeque<(Duration, u64)>>>,
}

impl Limits {
    pub(crate) fn new(max_span_days: i64, day_budget: u64, period: Duration) -> Self {
        Limits {
            max_span_days,
            day_budget,
            period,
            started: Instant::now(),
            skipped: Mutex::new(Duration::ZERO),
            ledger: Mutex::new(HashMap::new()),
        }
    }

    /// Simulated time since start.
    pub(crate) fn now(&self) -> Duration {
        self.started.elapsed() + *crate::lock(&self.skipped)
    }

    pub(crate) fn advance(&self, by: Duration) {
        *crate::lock(&self.skipped) += by;
    }

    /// Charges `days` to `user`, or says how long to wait until they fit in the budget.
    pub(crate) fn charge(&self, user: &str, days: u64) -> Result<(), Duration> {
        let now = self.now();
        let mut ledger = crate::lock(&self.ledger);
        let spent = ledger.entry(user.to_string()).or_default();
        while spent
            .front()
            .is_some_and(|(at, _)| now.saturating_sub(*at) >= self.period)
        {
            spent.pop_front();
        }
        let used: u64 = spent.iter().map(|(_, cost)| cost).sum();
        if used.saturating_add(days) <= self.day_budget {
            spent.push_back((now, days));
            return Ok(());
        }
        // Wait until enough of the oldest charges leave the window.
        let mut freed = 0;
        for (at, cost) in spent.iter() {
            freed += cost;
            if (used - freed).saturating_add(days) <= self.day_budget {
                return Err((*at + self.period).saturating_sub(now));
            }
        }
        Err(self.period)
    }
}
