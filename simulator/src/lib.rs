//! A local HTTP server that behaves like the Terra API, for tests and demos.
//!
//! It listens on an ephemeral loopback port, serves the Terra v2 endpoints under `/api/v2` with
//! realistic data, answers errors the way Terra does (RFC 9457 `application/problem+json`), records
//! every request it receives, and can be told to answer the next matching request with a scripted
//! response (an outage page, a slow answer, a malformed body).
//!
//! ```no_run
//! # async fn run() {
//! let sim = tryterra_simulator::Simulator::start().await;
//! // Point the client at `sim.base_url()`, call it, then look at what arrived:
//! let seen = sim.requests();
//! # }
//! ```
//!
//! Every operation of Terra's v2 API is simulated:
//! - users and providers: `/integrations`, `/integrations/detailed`, `/subscriptions` (both
//!   shapes), `/userInfo` (both shapes), `/bulkUserInfo`;
//! - authentication: `/auth/authenticateUser` (the new user counts as connected at once),
//!   `/auth/generateWidgetSession`, `/auth/generateAuthToken`, `/auth/deauthenticateUser`, and
//!   the widget API's `/widget/api/session` (at the origin);
//! - data: `/activity`, `/body`, `/daily`, `/sleep`, `/menstruation`, `/nutrition` (deterministic
//!   per user and day; samples only with `with_samples=true`) and `/athlete`; with
//!   `to_webhook=true` (or omitted, Terra's default) the acknowledgement instead, with the
//!   large-request message for ranges over a month;
//! - workouts: templates (`/workouts`), planning (201; 424 for providers that take no structured
//!   workouts), planned workouts; deleting a template planned on POLAR answers 207 (that
//!   provider's delete fails and the template is kept);
//! - lab reports: multipart upload (202), list, get, delete, deliveries, files.
//!
//! Every endpoint but `/integrations*` answers 401 when `x-api-key` or `dev-id` is missing (or
//! differs from the credentials set with [`SimulatorBuilder::credentials`]).
//!
//! Terra's limits hold: a data request spanning more than 1,825 days is a 400, and each user may
//! request 6,000 days per rolling hour (a request costs `end_date − start_date` days, at least 1;
//! `/athlete` costs 1); beyond that the answer is a 429 with `Retry-After`. Both are settable
//! ([`SimulatorBuilder::max_span_days`], [`SimulatorBuilder::day_budget_per_hour`]), and
//! [`Simulator::advance_clock`] moves time on without waiting.
//!
//! `cargo run -p tryterra-simulator -- --port 8080` serves the same as a standalone server
//! (`--help` for its flags).
//!
//! With [`SimulatorBuilder::webhook`] it also **delivers signed webhooks** the way Terra does —
//! the data of `to_webhook=true` requests (chunked after `large_request_processing` and
//! `large_request_sending` for ranges over a month), `auth` and `deauth` — so a receiver can be
//! tested end to end; [`Simulator::settle_deliveries`] waits for them and reports each outcome.

#![forbid(unsafe_code)]
#![deny(missing_docs, missing_debug_implementations)]
// Handlers' helpers return the error response itself (`Result<T, Response>`), axum's idiom.
#![allow(clippy::result_large_err)]

mod data;
mod health;
mod limits;
mod routes;
mod store;
mod webhooks;

pub use webhooks::DeliveryRecord;

use std::{
    collections::HashMap,
    net::SocketAddr,
    sync::{Arc, Mutex, MutexGuard},
    time::Duration,
};

use axum::http::HeaderMap;

/// A running simulator. Stops when dropped.
#[derive(Debug)]
pub struct Simulator {
    addr: SocketAddr,
    state: Arc<State>,
    server: tokio::task::JoinHandle<()>,
}

/// Configures a [`Simulator`].
#[derive(Debug, Clone)]
pub struct SimulatorBuilder {
    users: usize,
    credentials: Option<(String, String)>,
    destination: Option<webhooks::Destination>,
    port: u16,
    max_span_days: i64,
    day_budget: u64,
    budget_period: Duration,
    s3_over: Option<usize>,
    keep_requests: bool,
    seed: u64,
}

#[derive(Debug)]
pub(crate) struct State {
    users: Mutex<Vec<data::User>>,
    pub(crate) credentials: Option<(String, String)>,
    pub(crate) store: Mutex<store::Store>,
    pub(crate) destination: Option<webhooks::Destination>,
    pub(crate) limits: limits::Limits,
    /// Webhook bodies larger than this go out as `s3_payload` events instead.
    pub(crate) s3_over: Option<usize>,
    /// Stored payloads: id → (body, expiry on the simulator's clock).
    pub(crate) payloads: Mutex<HashMap<String, (Vec<u8>, Duration)>>,
    /// `http://127.0.0.1:<port>`, once bound.
    pub(crate) origin: std::sync::OnceLock<String>,
    pub(crate) http: reqwest::Client,
    requests: Mutex<Vec<RecordedRequest>>,
    /// Whether [`Simulator::requests`] keeps them (off for long runs: they add up).
    keep_requests: bool,
    received: std::sync::atomic::AtomicUsize,
    scripts: Mutex<Vec<Script>>,
    deliveries: Mutex<Deliveries>,
    delivered: tokio::sync::Notify,
}

#[derive(Debug, Default)]
struct Deliveries {
    done: Vec<DeliveryRecord>,
    pending: usize,
}

/// How long an `s3_payload` URL stays valid, in seconds (see
/// [`SimulatorBuilder::s3_payloads_over`]).
pub const S3_EXPIRES_IN: u64 = 300;

/// The path prefix the API is served under, as on `access.tryterra.co`.
pub const BASE_PATH: &str = "/api/v2";

impl Default for SimulatorBuilder {
    fn default() -> Self {
        SimulatorBuilder {
            users: 3,
            credentials: None,
            destination: None,
            port: 0,
            max_span_days: limits::MAX_SPAN_DAYS,
            day_budget: limits::DAY_BUDGET_PER_HOUR,
            budget_period: limits::HOUR,
            s3_over: None,
            keep_requests: true,
            seed: 0,
        }
    }
}

impl SimulatorBuilder {
    /// How many users the account has (default 3).
    pub fn users(mut self, count: usize) -> Self {
        self.users = count;
        self
    }

    /// Accept only these credentials. By default any non-empty `x-api-key` and `dev-id` pass.
    pub fn credentials(mut self, api_key: impl Into<String>, dev_id: impl Into<String>) -> Self {
        self.credentials = Some((api_key.into(), dev_id.into()));
        self
    }

    /// Delivers webhooks to `url`, signed with `signing_secret`, as Terra does: the data of
    /// requests made with `to_webhook=true` (chunked after `large_request_processing` and
    /// `large_request_sending` for ranges over a month), `auth` after `/auth/authenticateUser`,
    /// `deauth` after `/auth/deauthenticateUser`. Without a destination, `to_webhook=true` is a
    /// 400, as on Terra.
    pub fn webhook(mut self, url: impl Into<String>, signing_secret: impl Into<String>) -> Self {
        self.destination = Some(webhooks::Destination {
            url: url.into(),
            secret: signing_secret.into(),
        });
        self
    }

    /// Listen on this loopback port (default 0: any free port).
    pub fn port(mut self, port: u16) -> Self {
        self.port = port;
        self
    }

    /// The longest date range one request may span, in days (Terra: 1,825); longer is a 400.
    pub fn max_span_days(mut self, days: i64) -> Self {
        self.max_span_days = days;
        self
    }

    /// Requested days each user may spend per rolling hour (Terra: 6,000). A request costs
    /// `end_date − start_date` days, at least 1; over the budget is a 429 with `Retry-After`.
    /// Lower it to test backfills quickly; see [`Simulator::advance_clock`].
    pub fn day_budget_per_hour(mut self, days: u64) -> Self {
        self.day_budget = days;
        self.budget_period = limits::HOUR;
        self
    }

    /// Requested days each user may spend per `period` (Terra: 6,000 per hour): shrink both to
    /// run budget-bound backfills in seconds.
    pub fn day_budget(mut self, days: u64, period: Duration) -> Self {
        self.day_budget = days;
        self.budget_period = period;
        self
    }

    /// Webhook bodies larger than `bytes` are not pushed: they are stored, and an `s3_payload`
    /// event carries a URL to fetch them from (served by the simulator, without credentials,
    /// for [`S3_EXPIRES_IN`] seconds of the simulator's clock), as Terra does with large payloads.
    pub fn s3_payloads_over(mut self, bytes: usize) -> Self {
        self.s3_over = Some(bytes);
        self
    }

    /// Another account: other user IDs and so other data (default 0, the documented one). The
    /// same seed always gives the same account.
    pub fn seed(mut self, seed: u64) -> Self {
        self.seed = seed;
        self
    }

    /// Whether to keep every request for [`Simulator::requests`] (default yes). Turn it off for
    /// long runs and standalone servers, where they would add up without bound.
    pub fn keep_requests(mut self, keep: bool) -> Self {
        self.keep_requests = keep;
        self
    }

    /// Binds `127.0.0.1:<port>` and starts serving on the current Tokio runtime.
    ///
    /// # Panics
    /// If no loopback port can be bound (the machine is out of ports).
    pub async fn start(self) -> Simulator {
        let state = Arc::new(State {
            users: Mutex::new(data::users(self.users, self.seed)),
            credentials: self.credentials,
            store: Mutex::new(store::Store::default()),
            destination: self.destination,
            limits: limits::Limits::new(self.max_span_days, self.day_budget, self.budget_period),
            s3_over: self.s3_over,
            payloads: Mutex::new(HashMap::new()),
            origin: std::sync::OnceLock::new(),
            http: reqwest::Client::new(),
            deliveries: Mutex::new(Deliveries::default()),
            delivered: tokio::sync::Notify::new(),
            requests: Mutex::new(Vec::new()),
            keep_requests: self.keep_requests,
            received: std::sync::atomic::AtomicUsize::new(0),
            scripts: Mutex::new(Vec::new()),
        });
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", self.port))
            .await
            .expect("bind a loopback port for the Terra simulator");
        let addr = listener
            .local_addr()
            .expect("a bound socket has an address");
        let _ = state.origin.set(format!("http://{addr}"));
        let app = routes::router(state.clone());
        let server = tokio::spawn(async move {
            // Serving ends only when the task is aborted (on drop).
            let _ = axum::serve(listener, app).await;
        });
        Simulator {
            addr,
            state,
            server,
        }
    }
}

impl Simulator {
    /// A simulator with the default account (3 users, any credentials accepted).
    pub async fn start() -> Simulator {
        SimulatorBuilder::default().start().await
    }

    /// Configure before starting.
    pub fn builder() -> SimulatorBuilder {
        SimulatorBuilder::default()
    }

    /// `http://127.0.0.1:<port>/api/v2`: use it as the client's base URL.
    pub fn base_url(&self) -> String {
        format!("http://{}{BASE_PATH}", self.addr)
    }

    /// The socket address it listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The user IDs of the simulated account, in listing order.
    pub fn user_ids(&self) -> Vec<String> {
        self.state
            .users()
            .iter()
            .map(|u| u.user_id.clone())
            .collect()
    }

    /// The reference IDs of the simulated account, in listing order (pairs of users share one).
    pub fn reference_ids(&self) -> Vec<String> {
        self.state
            .users()
            .iter()
            .map(|u| u.reference_id.clone())
            .collect()
    }

    /// How many requests arrived so far (counted even when they are not kept).
    pub fn request_count(&self) -> usize {
        self.state
            .received
            .load(std::sync::atomic::Ordering::Relaxed)
    }

    /// Every request received so far, oldest first (none if
    /// [`SimulatorBuilder::keep_requests`] is off).
    pub fn requests(&self) -> Vec<RecordedRequest> {
        lock(&self.state.requests).clone()
    }

    /// Forgets the requests received so far.
    pub fn clear_requests(&self) {
        lock(&self.state.requests).clear();
    }

    /// The webhook deliveries made so far, in order.
    pub fn deliveries(&self) -> Vec<DeliveryRecord> {
        lock(&self.state.deliveries).done.clone()
    }

    /// Waits until every delivery started so far has been attempted (or `timeout` passes), and
    /// returns them all.
    pub async fn settle_deliveries(&self, timeout: Duration) -> Vec<DeliveryRecord> {
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            let notified = self.state.delivered.notified();
            if lock(&self.state.deliveries).pending == 0 {
                break;
            }
            if tokio::time::timeout_at(deadline, notified).await.is_err() {
                break;
            }
        }
        self.deliveries()
    }

    /// Moves the simulator's clock forward (for the hourly day budget), as if `by` had passed.
    pub fn advance_clock(&self, by: Duration) {
        self.state.limits.advance(by);
    }

    /// Answers the next request(s) matching `script` with its response instead of the normal one.
    pub fn script(&self, script: Script) {
        lock(&self.state.scripts).push(script);
    }
}

impl Drop for Simulator {
    fn drop(&mut self) {
        self.server.abort();
    }
}

impl State {
    /// The connected users, in listing order.
    pub(crate) fn users(&self) -> MutexGuard<'_, Vec<data::User>> {
        lock(&self.users)
    }

    pub(crate) fn store(&self) -> MutexGuard<'_, store::Store> {
        lock(&self.store)
    }

    pub(crate) fn deliveries_pending(&self, count: usize) {
        lock(&self.deliveries).pending += count;
    }

    pub(crate) fn record_delivery(&self, record: DeliveryRecord) {
        let mut deliveries = lock(&self.deliveries);
        deliveries.done.push(record);
        deliveries.pending = deliveries.pending.saturating_sub(1);
        self.delivered.notify_waiters();
    }

    pub(crate) fn record(&self, request: RecordedRequest) {
        self.received
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        if self.keep_requests {
            lock(&self.requests).push(request);
        }
    }

    /// The response of the first script matching this request, using up one of its turns.
    pub(crate) fn scripted(&self, request: &RecordedRequest) -> Option<ScriptedResponse> {
        let mut scripts = lock(&self.scripts);
        let index = scripts.iter().position(|s| s.matches(request))?;
        let script = &mut scripts[index];
        let response = script.response.clone();
        script.remaining -= 1;
        if script.remaining == 0 {
            scripts.remove(index);
        }
        Some(response)
    }
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// A request as the simulator received it.
#[derive(Debug, Clone)]
pub struct RecordedRequest {
    /// `GET`, `POST`, ...
    pub method: String,
    /// The path below [`BASE_PATH`], e.g. `/subscriptions`.
    pub path: String,
    /// The raw query string (without `?`), if any.
    pub raw_query: Option<String>,
    /// The decoded query parameters, in order.
    pub query: Vec<(String, String)>,
    /// Every header.
    pub headers: HeaderMap,
    /// The body bytes.
    pub body: Vec<u8>,
}

impl RecordedRequest {
    /// The first value of a header, if present and text.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// The first value of a query parameter.
    pub fn query_param(&self, name: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

/// Which requests get a scripted response, and what it is.
#[derive(Debug, Clone)]
pub struct Script {
    path: String,
    query: HashMap<String, String>,
    remaining: usize,
    response: ScriptedResponse,
}

impl Script {
    /// Matches requests to `path` (below [`BASE_PATH`], e.g. `/subscriptions`), once.
    pub fn on(path: impl Into<String>, response: ScriptedResponse) -> Self {
        Script {
            path: path.into(),
            query: HashMap::new(),
            remaining: 1,
            response,
        }
    }

    /// Only requests whose query has `name=value`.
    pub fn when_query(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.query.insert(name.into(), value.into());
        self
    }

    /// Answer this many matching requests (default 1).
    pub fn times(mut self, count: usize) -> Self {
        self.remaining = count.max(1);
        self
    }

    fn matches(&self, request: &RecordedRequest) -> bool {
        request.path == self.path
            && self
                .query
                .iter()
                .all(|(k, v)| request.query_param(k) == Some(v.as_str()))
    }
}

/// A response to send instead of the simulated API's.
#[derive(Debug, Clone)]
pub struct ScriptedResponse {
    pub(crate) status: u16,
    pub(crate) headers: Vec<(String, String)>,
    pub(crate) body: Vec<u8>,
    pub(crate) delay: Option<Duration>,
    pub(crate) fault: Option<Fault>,
}

/// A way a scripted response fails on the wire.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Fault {
    /// The connection closes before any response.
    Reset,
    /// The status and headers go out, then this many body bytes, then the connection closes.
    CutAfter(usize),
    /// The status and headers go out, then this many body bytes, then nothing more, ever.
    StallAfter(usize),
}

impl ScriptedResponse {
    /// Any status, content type and body bytes.
    pub fn raw(status: u16, content_type: &str, body: impl Into<Vec<u8>>) -> Self {
        ScriptedResponse {
            status,
            headers: vec![("content-type".into(), content_type.into())],
            body: body.into(),
            delay: None,
            fault: None,
        }
    }

    /// No response at all: the connection is closed as soon as the request has arrived, as a
    /// reset connection looks to the client.
    pub fn reset() -> Self {
        ScriptedResponse {
            fault: Some(Fault::Reset),
            ..Self::raw(500, "text/plain", "")
        }
    }

    /// A JSON body.
    pub fn json(status: u16, body: &serde_json::Value) -> Self {
        Self::raw(status, "application/json", body.to_string())
    }

    /// An RFC 9457 problem, as Terra sends errors.
    pub fn problem(status: u16, detail: &str) -> Self {
        let body = routes::problem_body(status, detail, "/");
        Self::raw(status, "application/problem+json", body.to_string())
    }

    /// An HTML page, as a proxy or load balancer in front of Terra sends.
    pub fn html(status: u16) -> Self {
        let body = format!(
            "<html><head><title>{status}</title></head><body><h1>{status}</h1>\
             <p>The upstream server is unavailable.</p></body></html>"
        );
        Self::raw(status, "text/html; charset=utf-8", body)
    }

    /// An extra header.
    pub fn with_header(mut self, name: &str, value: &str) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }

    /// Send the status, the headers (with the whole body's length) and only the first `bytes`
    /// of the body, then close the connection: a body broken off mid-way.
    pub fn cut_after(mut self, bytes: usize) -> Self {
        self.headers
            .push(("content-length".into(), self.body.len().to_string()));
        self.fault = Some(Fault::CutAfter(bytes));
        self
    }

    /// Send the status, the headers and only the first `bytes` of the body, then nothing more
    /// (the connection stays open): a body that stalls until the client times out.
    pub fn stall_after(mut self, bytes: usize) -> Self {
        self.headers
            .push(("content-length".into(), self.body.len().to_string()));
        self.fault = Some(Fault::StallAfter(bytes));
        self
    }

    /// Wait this long before answering.
    pub fn with_delay(mut self, delay: Duration) -> Self {
        self.delay = Some(delay);
        self
    }
}
