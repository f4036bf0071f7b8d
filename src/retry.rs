//! Retrying transient failures: a pure decision function ([`decide`]) and the loop around it.
//!
//! An attempt is the request *and* its whole response body: a connection that breaks while the
//! body is read fails the attempt like one that breaks before the status line.
//!
//! Retried for any method: a connection that could not be made (nothing was sent) and 429
//! (rejected before processing). Retried for idempotent methods only, since a POST may already
//! have been processed: a timeout, a connection reset or other failure before the response, an
//! error or timeout while reading the body, and 408, 500, 502, 503 and 504. `Retry-After` is
//! honoured when it is within [`RetryPolicy::max_retry_after`]; otherwise backoff is
//! exponential with jitter.

use std::time::{Duration, SystemTime};

use reqwest::{Method, StatusCode, header::HeaderMap};

use crate::transport::{Arrived, Failure};

/// How many times, and how patiently, a failed request is tried again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetryPolicy {
    max_attempts: u32,
    initial_backoff: Duration,
    max_backoff: Duration,
    max_retry_after: Duration,
}

impl Default for RetryPolicy {
    /// Three attempts in all, backing off from 500 ms up to 8 s, waiting up to 60 s when Terra
    /// says `Retry-After`.
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 3,
            initial_backoff: Duration::from_millis(500),
            max_backoff: Duration::from_secs(8),
            max_retry_after: Duration::from_secs(60),
        }
    }
}

impl RetryPolicy {
    /// Never retry: every request is sent once.
    pub fn none() -> Self {
        RetryPolicy {
            max_attempts: 1,
            ..Self::default()
        }
    }

    /// Total attempts including the first (at least 1).
    pub fn with_max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = attempts.max(1);
        self
    }

    /// Backoff before the first retry, doubling per retry up to `max`.
    pub fn with_backoff(mut self, initial: Duration, max: Duration) -> Self {
        self.initial_backoff = initial;
        self.max_backoff = max.max(initial);
        self
    }

    /// The longest `Retry-After` the client waits for; a longer one returns the error instead.
    pub fn with_max_retry_after(mut self, max: Duration) -> Self {
        self.max_retry_after = max;
        self
    }

    /// Total attempts including the first.
    pub fn max_attempts(&self) -> u32 {
        self.max_attempts
    }

    /// See [`RetryPolicy::with_max_retry_after`].
    pub fn max_retry_after(&self) -> Duration {
        self.max_retry_after
    }
}

/// What an attempt produced, as far as the retry decision is concerned.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Outcome<'a> {
    /// A whole response arrived.
    Response(StatusCode, &'a HeaderMap),
    /// No connection was made: the request did not reach Terra.
    ConnectFailed,
    /// The request may have been sent, but no response arrived (e.g. the connection was reset).
    NoResponse,
    /// The attempt timed out, before or during the response.
    TimedOut,
    /// The response started, but its body could not be read whole.
    BodyFailed,
    /// Retrying cannot help (e.g. the body is larger than allowed).
    Final,
}

/// The decision after one attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Decision {
    Return,
    RetryAfter(Duration),
}

/// Whether to try again after attempt number `attempt` (1-based). `jitter` in `[0, 1)` spreads
/// backoff between 50 % and 100 % of the nominal delay so clients do not retry in lockstep.
pub(crate) fn decide(
    policy: &RetryPolicy,
    method: &Method,
    outcome: Outcome<'_>,
    attempt: u32,
    jitter: f64,
) -> Decision {
    if attempt >= policy.max_attempts {
        return Decision::Return;
    }
    let idempotent = method.is_idempotent();
    let retryable = match outcome {
        Outcome::ConnectFailed => true,
        Outcome::NoResponse | Outcome::TimedOut | Outcome::BodyFailed => idempotent,
        Outcome::Final => false,
        Outcome::Response(status, _) if status == StatusCode::TOO_MANY_REQUESTS => true,
        Outcome::Response(status, _) => idempotent && is_transient_status(status),
    };
    if !retryable {
        return Decision::Return;
    }
    if let Outcome::Response(_, headers) = outcome
        && let Some(wait) = retry_after(headers)
    {
        return if wait <= policy.max_retry_after {
            Decision::RetryAfter(wait)
        } else {
            Decision::Return
        };
    }
    let exponent = attempt.saturating_sub(1).min(16);
    let nominal = policy
        .initial_backoff
        .saturating_mul(1 << exponent)
        .min(policy.max_backoff);
    Decision::RetryAfter(nominal.mul_f64(0.5 + jitter.clamp(0.0, 1.0) / 2.0))
}

/// Statuses that say "try again later".
pub(crate) fn is_transient_status(status: StatusCode) -> bool {
    matches!(status.as_u16(), 408 | 429 | 500 | 502 | 503 | 504)
}

/// `Retry-After` as delay-seconds or an HTTP date.
pub(crate) fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let value = headers
        .get(reqwest::header::RETRY_AFTER)?
        .to_str()
        .ok()?
        .trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let at = httpdate::parse_http_date(value).ok()?;
    Some(
        at.duration_since(SystemTime::now())
            .unwrap_or(Duration::ZERO),
    )
}

/// Runs `attempt` on `request` (a clone of it while retries remain), retrying as `policy`
/// allows. The last attempt sends the original request.
pub(crate) async fn send<F, Fut>(
    request: reqwest::Request,
    policy: &RetryPolicy,
    mut attempt: F,
) -> Result<Arrived, Failure>
where
    F: FnMut(reqwest::Request) -> Fut,
    Fut: Future<Output = Result<Arrived, Failure>>,
{
    let method = request.method().clone();
    let mut number = 1;
    loop {
        // A request whose body cannot be cloned (a stream) is sent once.
        let Some(copy) = request.try_clone().filter(|_| number < policy.max_attempts) else {
            return attempt(request).await;
        };
        let result = attempt(copy).await;
        let outcome = match &result {
            Ok(arrived) => Outcome::Response(arrived.received.status, &arrived.received.headers),
            Err(failure) => failure.outcome(),
        };
        match decide(policy, &method, outcome, number, fastrand::f64()) {
            Decision::Return => return result,
            Decision::RetryAfter(wait) => {
                tracing::debug!(
                    attempt = number,
                    wait_ms = wait.as_millis() as u64,
                    "retrying Terra request"
                );
                tokio::time::sleep(wait).await;
                number += 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(retry_after: Option<&str>) -> HeaderMap {
        let mut h = HeaderMap::new();
        if let Some(v) = retry_after {
            h.insert(reqwest::header::RETRY_AFTER, v.parse().unwrap());
        }
        h
    }

    #[test]
    fn decision_table() {
        let policy = RetryPolicy::default();
        let none = headers(None);
        let wait_2s = headers(Some("2"));
        let wait_1h = headers(Some("3600"));
        let status = |code| StatusCode::from_u16(code).unwrap();
        let get = Method::GET;
        let post = Method::POST;
        // (method, outcome, attempt, expected) with jitter 1.0 (full nominal delay).
        let cases: Vec<(&Method, Outcome<'_>, u32, Decision)> = vec![
            (
                &get,
                Outcome::Response(status(200), &none),
                1,
                Decision::Return,
            ),
            (
                &get,
                Outcome::Response(status(404), &none),
                1,
                Decision::Return,
            ),
            (
                &get,
                Outcome::Response(status(500), &none),
                1,
                Decision::RetryAfter(Duration::from_millis(500)),
            ),
            (
                &post,
                Outcome::Response(status(500), &none),
                1,
                Decision::Return,
            ),
            (
                &get,
                Outcome::NoResponse,
                1,
                Decision::RetryAfter(Duration::from_millis(500)),
            ),
            (&post, Outcome::NoResponse, 1, Decision::Return),
            (
                &get,
                Outcome::BodyFailed,
                1,
                Decision::RetryAfter(Duration::from_millis(500)),
            ),
            (&post, Outcome::BodyFailed, 1, Decision::Return),
            (&get, Outcome::Final, 1, Decision::Return),
            (
                &get,
                Outcome::Response(status(503), &none),
                1,
                Decision::RetryAfter(Duration::from_millis(500)),
            ),
            (
                &get,
                Outcome::Response(status(503), &none),
                2,
                Decision::RetryAfter(Duration::from_secs(1)),
            ),
            (
                &get,
                Outcome::Response(status(503), &none),
                3,
                Decision::Return,
            ),
            (
                &get,
                Outcome::Response(status(429), &wait_2s),
                1,
                Decision::RetryAfter(Duration::from_secs(2)),
            ),
            (
                &get,
                Outcome::Response(status(429), &wait_1h),
                1,
                Decision::Return,
            ),
            (
                &post,
                Outcome::Response(status(429), &none),
                1,
                Decision::RetryAfter(Duration::from_millis(500)),
            ),
            (
                &post,
                Outcome::Response(status(503), &none),
                1,
                Decision::Return,
            ),
            (&post, Outcome::TimedOut, 1, Decision::Return),
            (
                &get,
                Outcome::TimedOut,
                1,
                Decision::RetryAfter(Duration::from_millis(500)),
            ),
            (
                &post,
                Outcome::ConnectFailed,
                1,
                Decision::RetryAfter(Duration::from_millis(500)),
            ),
        ];
        for (method, outcome, attempt, expected) in cases {
            assert_eq!(
                decide(&policy, method, outcome, attempt, 1.0),
                expected,
                "{method} {outcome:?} attempt {attempt}"
            );
        }
    }

    #[test]
    fn backoff_is_capped_and_jittered() {
        let policy = RetryPolicy::default()
            .with_max_attempts(30)
            .with_backoff(Duration::from_millis(100), Duration::from_secs(1));
        let none = headers(None);
        let busy = Outcome::Response(StatusCode::SERVICE_UNAVAILABLE, &none);
        assert_eq!(
            decide(&policy, &Method::GET, busy, 20, 1.0),
            Decision::RetryAfter(Duration::from_secs(1))
        );
        assert_eq!(
            decide(&policy, &Method::GET, busy, 1, 0.0),
            Decision::RetryAfter(Duration::from_millis(50))
        );
    }

    #[test]
    fn no_retries_policy_returns_at_once() {
        let none = headers(None);
        let busy = Outcome::Response(StatusCode::SERVICE_UNAVAILABLE, &none);
        assert_eq!(
            decide(&RetryPolicy::none(), &Method::GET, busy, 1, 0.5),
            Decision::Return
        );
    }

    #[test]
    fn retry_after_accepts_seconds_and_http_dates() {
        assert_eq!(
            retry_after(&headers(Some("7"))),
            Some(Duration::from_secs(7))
        );
        assert_eq!(
            retry_after(&headers(Some("Wed, 21 Oct 2015 07:28:00 GMT"))),
            Some(Duration::ZERO),
            "a date in the past means no wait"
        );
        assert_eq!(retry_after(&headers(Some("soon"))), None);
        assert_eq!(retry_after(&headers(None)), None);
    }
}
