//! Loading a user's history within Terra's limits: [`Terra::backfill`].
//!
//! Terra serves at most 1,825 days per request and charges each user `end_date − start_date`
//! requested days (at least 1) against a budget of 6,000 per rolling hour; over it, 429. A
//! backfill splits the range into windows, spends the budget it shares with every other
//! backfill of the same user on the same [`Terra`], waits when it is spent (and for any 429's
//! `Retry-After`), and hands out each window with a [`Checkpoint`] to resume from.

use std::{
    collections::{HashMap, VecDeque},
    fmt,
    marker::PhantomData,
    sync::{Arc, Mutex},
    time::Duration,
};

use chrono::{Days, NaiveDate};
use tokio::{
    sync::{OwnedSemaphorePermit, Semaphore},
    time::Instant,
};

use super::data::{RangedDataKind, ToWebhook};
use crate::{Error, StatusCode, Terra};

/// Terra's limits, the defaults of [`TerraBuilder::day_budget_per_hour`](crate::TerraBuilder).
pub const MAX_SPAN_DAYS: u32 = 1825;
/// Requested days each user may spend per rolling hour on Terra.
pub const DAY_BUDGET_PER_HOUR: u64 = 6000;
/// Days per window unless set: Terra suggests webhook delivery beyond about a month.
pub const DEFAULT_WINDOW_DAYS: u32 = 28;
/// Terra's budget period.
pub(crate) const HOUR: Duration = Duration::from_secs(3600);
/// How many 429s in a row one window may meet before the backfill gives up.
const MAX_RATE_LIMITED: u32 = 5;

/// Each user's requested days in the last period (an hour on Terra), and the backfill requests
/// each user may have in flight, shared by every backfill of one [`Terra`].
#[derive(Debug)]
pub(crate) struct DayBudget {
    days: u64,
    period: Duration,
    spent: Mutex<HashMap<String, VecDeque<(Instant, u64)>>>,
    per_user: usize,
    in_flight: Mutex<HashMap<String, Arc<Semaphore>>>,
}

impl DayBudget {
    pub(crate) fn new(days: u64, period: Duration, per_user: usize) -> Self {
        DayBudget {
            days,
            period,
            spent: Mutex::new(HashMap::new()),
            per_user: per_user.max(1),
            in_flight: Mutex::new(HashMap::new()),
        }
    }

    /// A place among `user`'s backfill requests in flight.
    async fn user_slot(&self, user: &str) -> OwnedSemaphorePermit {
        let semaphore = self
            .in_flight
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .entry(user.to_string())
            .or_insert_with(|| Arc::new(Semaphore::new(self.per_user)))
            .clone();
        semaphore
            .acquire_owned()
            .await
            .expect("the semaphore is never closed")
    }

    /// Waits until `days` fit in `user`'s budget, then charges them.
    async fn spend(&self, user: &str, days: u64) {
        loop {
            let wait = {
                let now = Instant::now();
                let mut spent = self.spent.lock().unwrap_or_else(|p| p.into_inner());
                let charges = spent.entry(user.to_string()).or_default();
                // Terra counts a request when it arrives, a little after it is charged here: a
                // charge is kept a margin longer, so a freed budget is free on Terra too.
                let lasts = self.period + (self.period / 100).min(Duration::from_secs(1));
                while charges.front().is_some_and(|(at, _)| now - *at >= lasts) {
                    charges.pop_front();
                }
                let used: u64 = charges.iter().map(|(_, d)| d).sum();
                if used.saturating_add(days) <= self.days || charges.is_empty() {
                    charges.push_back((now, days));
                    return;
                }
                let oldest = charges.front().map_or(now, |(at, _)| *at);
                (oldest + lasts).saturating_duration_since(now)
            };
            tokio::time::sleep(wait.max(Duration::from_millis(1))).await;
        }
    }
}

/// Where a backfill stands, with every window it hands out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Progress {
    /// Windows finished, this one included.
    pub windows_done: usize,
    /// Windows in the whole range.
    pub windows_total: usize,
    /// Records received so far (inline backfills).
    pub records: usize,
    /// Requested days charged to the user's budget so far.
    pub days_requested: u64,
}

/// Where to start again: store it (it is serialisable) and pass it to
/// [`Backfill::resume_from`].
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Checkpoint {
    /// The first day not yet fetched.
    pub next_start: NaiveDate,
}

/// One window of a backfill.
#[derive(Debug)]
#[non_exhaustive]
pub struct BackfillWindow<T> {
    /// First day of the window.
    pub start: NaiveDate,
    /// Last day of the window.
    pub end: NaiveDate,
    /// What Terra answered: the data, or the acknowledgement of webhook delivery.
    pub value: T,
    /// Resume from here to continue after this window.
    pub checkpoint: Checkpoint,
    /// The backfill so far.
    pub progress: Progress,
}

/// A window that failed: the backfill stops, and says where to resume.
#[derive(Debug, thiserror::Error)]
#[error("backfill window {start} – {end} failed; resume from {}", checkpoint.next_start)]
#[non_exhaustive]
pub struct BackfillError {
    /// First day of the window that failed.
    pub start: NaiveDate,
    /// Last day of the window that failed.
    pub end: NaiveDate,
    /// Where to resume: the failed window's start.
    pub checkpoint: Checkpoint,
    /// Why.
    #[source]
    pub error: Error,
}

/// One user's history of kind `K`, window by window. Made by [`Terra::backfill`].
#[must_use = "a Backfill does nothing until fetched or sent to the webhook"]
pub struct Backfill<K: RangedDataKind> {
    terra: Terra,
    user_id: String,
    next: NaiveDate,
    last: NaiveDate,
    window_days: u32,
    with_samples: bool,
    progress: Progress,
    kind: PhantomData<fn() -> K>,
}

impl<K: RangedDataKind> fmt::Debug for Backfill<K> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Backfill")
            .field("kind", &std::any::type_name::<K>())
            .field("next", &self.next)
            .field("last", &self.last)
            .field("window_days", &self.window_days)
            .field("progress", &self.progress)
            .finish_non_exhaustive()
    }
}

impl Terra {
    /// `user_id`'s data of kind `K` from `first` to `last` (both included), in windows within
    /// Terra's limits; see [`Backfill`]. Backfills of one user on one `Terra` share that user's
    /// hourly day budget ([`TerraBuilder::day_budget_per_hour`](crate::TerraBuilder)); run many
    /// users concurrently, or partition users across processes (budgets are per user, so they
    /// need no coordination).
    pub fn backfill<K: RangedDataKind>(
        &self,
        user_id: &str,
        first: NaiveDate,
        last: NaiveDate,
    ) -> Backfill<K> {
        let mut backfill = Backfill {
            terra: self.clone(),
            user_id: user_id.to_owned(),
            next: first,
            last,
            window_days: DEFAULT_WINDOW_DAYS,
            with_samples: false,
            progress: Progress {
                windows_done: 0,
                windows_total: 0,
                records: 0,
                days_requested: 0,
            },
            kind: PhantomData,
        };
        backfill.count_windows();
        backfill
    }
}

impl<K: RangedDataKind> Backfill<K> {
    /// Days per window, 1 to 1,825 (default 28: longer inline responses risk Terra's timeout).
    pub fn window_days(mut self, days: u32) -> Self {
        self.window_days = days.clamp(1, MAX_SPAN_DAYS);
        self.count_windows();
        self
    }

    /// Include sample arrays (default no).
    pub fn with_samples(mut self, with_samples: bool) -> Self {
        self.with_samples = with_samples;
        self
    }

    /// Continue from a stored [`Checkpoint`]: windows before it are not requested again.
    pub fn resume_from(mut self, checkpoint: &Checkpoint) -> Self {
        self.next = checkpoint.next_start.max(self.next);
        self.count_windows();
        self
    }

    /// Where the backfill stands.
    pub fn progress(&self) -> Progress {
        self.progress
    }

    fn count_windows(&mut self) {
        let days = (self.last - self.next).num_days() + 1;
        let remaining = usize::try_from(days.max(0))
            .unwrap_or(0)
            .div_ceil(self.window_days as usize);
        self.progress.windows_total = self.progress.windows_done + remaining;
    }

    /// The next window fetched inline (`to_webhook=false`), or `None` when the range is done.
    /// After an error the backfill is finished; resume from the error's checkpoint.
    ///
    /// # Errors
    /// [`BackfillError`], naming the window and where to resume.
    pub async fn next(&mut self) -> Option<Result<BackfillWindow<K::Collection>, BackfillError>>
    where
        K::Collection: Records,
    {
        let window = self.window(false).await?;
        Some(window.and_then(|w| match w.value {
            ToWebhook::Inline(data) => {
                self.progress.records += data.records();
                Ok(BackfillWindow {
                    progress: self.progress,
                    value: data,
                    start: w.start,
                    end: w.end,
                    checkpoint: w.checkpoint,
                })
            }
            ToWebhook::Acknowledged(_) => unreachable_shape(w.start, w.end),
        }))
    }

    /// The next window requested for webhook delivery (`to_webhook=true`): its
    /// acknowledgement, whose `reference` the deliveries carry as `terra-reference`.
    ///
    /// # Errors
    /// [`BackfillError`], naming the window and where to resume.
    pub async fn next_to_webhook(
        &mut self,
    ) -> Option<Result<BackfillWindow<crate::models::DataSentToWebhook>, BackfillError>> {
        let window = self.window(true).await?;
        Some(window.and_then(|w| match w.value {
            ToWebhook::Acknowledged(ack) => Ok(BackfillWindow {
                progress: self.progress,
                value: ack,
                start: w.start,
                end: w.end,
                checkpoint: w.checkpoint,
            }),
            ToWebhook::Inline(_) => unreachable_shape(w.start, w.end),
        }))
    }

    async fn window(
        &mut self,
        to_webhook: bool,
    ) -> Option<Result<BackfillWindow<ToWebhook<K::Collection>>, BackfillError>> {
        if self.next > self.last {
            return None;
        }
        let start = self.next;
        let end = start
            .checked_add_days(Days::new(u64::from(self.window_days) - 1))
            .map_or(self.last, |end| end.min(self.last));
        let cost = u64::try_from((end - start).num_days()).unwrap_or(0).max(1);
        let failed = |error: Error| BackfillError {
            start,
            end,
            checkpoint: Checkpoint { next_start: start },
            error,
        };
        let _user_slot = self.terra.day_budget().user_slot(&self.user_id).await;
        let _slot = self.terra.backfill_slot().await;
        let mut rate_limited = 0;
        let value = loop {
            self.terra.day_budget().spend(&self.user_id, cost).await;
            self.progress.days_requested += cost;
            let request = self
                .terra
                .data::<K>(&self.user_id, start)
                .until(end)
                .with_samples(self.with_samples);
            let result = if to_webhook {
                request.to_webhook().await
            } else {
                request.fetch().await.map(ToWebhook::Inline)
            };
            match result {
                Ok(value) => break value,
                // The budget was spent elsewhere (another process): wait as Terra says.
                Err(Error::Api(e))
                    if e.status() == StatusCode::TOO_MANY_REQUESTS
                        && rate_limited < MAX_RATE_LIMITED =>
                {
                    rate_limited += 1;
                    let wait = e.retry_after().unwrap_or(Duration::from_secs(60));
                    tokio::time::sleep(wait).await;
                }
                Err(error) => {
                    self.next = self.last.succ_opt().unwrap_or(self.last);
                    return Some(Err(failed(error)));
                }
            }
        };
        self.next = end.succ_opt().unwrap_or(end);
        self.progress.windows_done += 1;
        Some(Ok(BackfillWindow {
            start,
            end,
            value,
            checkpoint: Checkpoint {
                next_start: self.next,
            },
            progress: self.progress,
        }))
    }
}

fn unreachable_shape<T>(start: NaiveDate, end: NaiveDate) -> Result<T, BackfillError> {
    // `data().fetch()` only answers inline data and `to_webhook()` only acknowledgements or
    // inline data; the inline case of webhook mode is reported rather than dropped.
    Err(BackfillError {
        start,
        end,
        checkpoint: Checkpoint { next_start: start },
        error: Error::InvalidRequest(
            "Terra answered a webhook backfill window with the data inline".into(),
        ),
    })
}

/// How many records an inline response holds, for [`Progress::records`].
pub trait Records {
    /// The number of records.
    fn records(&self) -> usize;
}

macro_rules! records {
    ($($collection:ident),*) => {$(
        impl Records for crate::models::$collection {
            fn records(&self) -> usize {
                self.data.len()
            }
        }
    )*};
}

records!(
    ActivityCollection,
    BodyCollection,
    DailyCollection,
    SleepCollection,
    MenstruationCollection,
    NutritionCollection
);

impl Terra {
    pub(crate) fn day_budget(&self) -> &DayBudget {
        &self.shared().budget
    }

    /// A place among the backfill requests allowed in flight on this client.
    async fn backfill_slot(&self) -> tokio::sync::SemaphorePermit<'_> {
        self.shared()
            .backfill_slots
            .acquire()
            .await
            .expect("the semaphore is never closed")
    }
}
