//! What happens to every request between the generated layer and the network.
//!
//! Credentials are default headers of the `reqwest::Client` (see `builder.rs`); here the hooks
//! progenitor calls drop the generator's `api-version` header (Terra does not define it), retry
//! transient failures, read bodies up to the configured maximum, and keep the response's
//! status, headers and body for the facade, which needs them for error bodies, decode errors
//! with a status, and raw access.

use std::{sync::Mutex, time::Instant};

use bytes::{Bytes, BytesMut};
use progenitor_client::{ClientHooks, ClientInfo, OperationInfo};
use reqwest::{StatusCode, header::HeaderMap};

use crate::{
    error::Error,
    generated::Client,
    retry::{Outcome, RetryPolicy},
};

/// Per-call context the generated client carries (progenitor's "inner type").
#[derive(Debug)]
pub(crate) struct Exchange {
    limits: Limits,
    /// The facade decodes this call's body itself (a response union typed `Deferred` in the
    /// generated layer), so the generated layer is handed `null` instead of the real body: it
    /// would only scan the JSON, which costs a third of a typed decode on large data responses.
    facade_decodes: bool,
    /// What `exec` got: the response, or a failure the generated layer cannot carry (its hooks
    /// can only return `reqwest::Error`s).
    received: Mutex<Option<Result<Received, Error>>>,
}

/// What every request is held to: the retry policy and the largest body read.
#[derive(Debug, Clone)]
pub(crate) struct Limits {
    pub(crate) retry: RetryPolicy,
    pub(crate) max_body: u64,
}

/// A clone is a fresh context for another call: same limits, nothing received yet.
impl Clone for Exchange {
    fn clone(&self) -> Self {
        Exchange::new(self.limits.clone(), self.facade_decodes)
    }
}

/// A response exactly as received.
#[derive(Debug, Clone)]
pub(crate) struct Received {
    pub(crate) status: StatusCode,
    pub(crate) headers: HeaderMap,
    pub(crate) body: Bytes,
}

/// Why an attempt ended without a whole response.
#[derive(Debug)]
pub(crate) enum Failure {
    /// No connection was made: the request did not reach Terra.
    Connect(reqwest::Error),
    /// The request may have been sent, but no response arrived (e.g. a reset connection).
    NoResponse(reqwest::Error),
    /// The attempt timed out, before or during the response.
    Timeout(reqwest::Error),
    /// The response started, but its body could not be read whole.
    Body(reqwest::Error),
    /// The body is larger than [`Limits::max_body`].
    TooLarge { limit: u64 },
}

impl Failure {
    fn sending(error: reqwest::Error) -> Self {
        if error.is_timeout() {
            Failure::Timeout(error)
        } else if error.is_connect() {
            Failure::Connect(error)
        } else {
            Failure::NoResponse(error)
        }
    }

    fn reading(error: reqwest::Error) -> Self {
        if error.is_timeout() {
            Failure::Timeout(error)
        } else {
            Failure::Body(error)
        }
    }

    pub(crate) fn outcome(&self) -> Outcome<'static> {
        match self {
            Failure::Connect(_) => Outcome::ConnectFailed,
            Failure::NoResponse(_) => Outcome::NoResponse,
            Failure::Timeout(_) => Outcome::TimedOut,
            Failure::Body(_) => Outcome::BodyFailed,
            Failure::TooLarge { .. } => Outcome::Final,
        }
    }
}

impl From<Failure> for Error {
    fn from(failure: Failure) -> Self {
        match failure {
            Failure::Connect(e)
            | Failure::NoResponse(e)
            | Failure::Timeout(e)
            | Failure::Body(e) => Error::transport(e),
            Failure::TooLarge { limit } => Error::ResponseTooLarge { limit },
        }
    }
}

impl Exchange {
    pub(crate) fn new(limits: Limits, facade_decodes: bool) -> Self {
        Exchange {
            limits,
            facade_decodes,
            received: Mutex::new(None),
        }
    }

    /// Whether the facade decodes this call's body itself (see the field).
    pub(crate) fn facade_decodes(&self) -> bool {
        self.facade_decodes
    }

    /// Takes what `exec` recorded; `None` until a response has arrived.
    pub(crate) fn take_received(&self) -> Option<Result<Received, Error>> {
        self.received
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .take()
    }

    fn record(&self, received: Result<Received, Error>) {
        *self
            .received
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner()) = Some(received);
    }
}

impl ClientHooks<Exchange> for Client {
    async fn pre<E>(
        &self,
        request: &mut reqwest::Request,
        _info: &OperationInfo,
    ) -> Result<(), progenitor_client::Error<E>> {
        request.headers_mut().remove("api-version");
        Ok(())
    }

    async fn exec(
        &self,
        request: reqwest::Request,
        info: &OperationInfo,
    ) -> reqwest::Result<reqwest::Response> {
        let exchange = self.inner();
        let received =
            match receive(self.client(), request, &exchange.limits, info.operation_id).await {
                Ok(received) => received,
                Err(Failure::TooLarge { limit }) => {
                    // Not expressible as a `reqwest::Error`: recorded for the facade, which reads
                    // the record on every path; the generated layer gets an empty stand-in.
                    exchange.record(Err(Error::ResponseTooLarge { limit }));
                    return Ok(reqwest::Response::from(http::Response::new(
                        Bytes::from_static(b"null"),
                    )));
                }
                Err(
                    Failure::Connect(e)
                    | Failure::NoResponse(e)
                    | Failure::Timeout(e)
                    | Failure::Body(e),
                ) => return Err(e),
            };
        exchange.record(Ok(received.clone()));
        // Hand progenitor an equivalent response over the buffered body (a cheap `Bytes` clone).
        let body = if exchange.facade_decodes && received.status.is_success() {
            Bytes::from_static(b"null")
        } else {
            received.body
        };
        let mut replay = http::Response::new(body);
        *replay.status_mut() = received.status;
        *replay.headers_mut() = received.headers;
        Ok(reqwest::Response::from(replay))
    }
}

/// Sends `request` and reads its whole response, retrying as `limits.retry` allows. Every
/// request goes through here: generated ones via `exec`, hand-built ones (multipart) directly.
pub(crate) async fn receive(
    client: &reqwest::Client,
    request: reqwest::Request,
    limits: &Limits,
    operation: &str,
) -> Result<Received, Failure> {
    let started = Instant::now();
    let method = request.method().clone();
    let received = crate::retry::send(request, &limits.retry, |request| {
        attempt(client, request, limits.max_body)
    })
    .await;
    if tracing::enabled!(tracing::Level::DEBUG) {
        tracing::debug!(
            operation,
            %method,
            status = received.as_ref().ok().map(|r| r.status.as_u16()),
            bytes = received.as_ref().ok().map(|r| r.body.len()),
            elapsed_ms = started.elapsed().as_millis() as u64,
            "Terra request"
        );
    }
    received
}

/// One attempt: the request, and the response read whole (up to `max_body` bytes).
async fn attempt(
    client: &reqwest::Client,
    request: reqwest::Request,
    max_body: u64,
) -> Result<Received, Failure> {
    let mut response = client.execute(request).await.map_err(Failure::sending)?;
    let status = response.status();
    let headers = response.headers().clone();
    let too_large = Failure::TooLarge { limit: max_body };
    // A declared length over the limit is refused before reading anything. (With compression
    // the declared length is not the decoded one: the limit applies to decoded bytes below.)
    let declared = response.content_length();
    if declared.is_some_and(|length| length > max_body) {
        return Err(too_large);
    }
    let mut body = Body::expecting(declared);
    while let Some(chunk) = response.chunk().await.map_err(Failure::reading)? {
        if body.len() + chunk.len() as u64 > max_body {
            return Err(too_large);
        }
        body.push(chunk);
    }
    let body = body.finish();
    Ok(Received {
        status,
        headers,
        body,
    })
}

/// A body being read, held about once in memory however it arrives: one chunk is kept as it is;
/// with a declared length, chunks are copied into one buffer of that size as they come; without
/// one (e.g. a decompressed body), they are kept and joined once at the end, never regrown.
struct Body {
    declared: Option<u64>,
    chunks: Vec<Bytes>,
    buffer: BytesMut,
    len: u64,
}

impl Body {
    fn expecting(declared: Option<u64>) -> Self {
        Body {
            declared,
            chunks: Vec::new(),
            buffer: BytesMut::new(),
            len: 0,
        }
    }

    fn len(&self) -> u64 {
        self.len
    }

    fn push(&mut self, chunk: Bytes) {
        self.len += chunk.len() as u64;
        match self.declared {
            Some(declared) if !self.chunks.is_empty() || !self.buffer.is_empty() => {
                if self.buffer.is_empty() {
                    let capacity = declared.max(self.len);
                    self.buffer
                        .reserve(usize::try_from(capacity).unwrap_or(usize::MAX));
                    for earlier in self.chunks.drain(..) {
                        self.buffer.extend_from_slice(&earlier);
                    }
                }
                self.buffer.extend_from_slice(&chunk);
            }
            _ => self.chunks.push(chunk),
        }
    }

    fn finish(mut self) -> Bytes {
        if !self.buffer.is_empty() {
            return self.buffer.freeze();
        }
        match self.chunks.len() {
            0 => Bytes::new(),
            1 => self.chunks.remove(0),
            _ => {
                let mut joined =
                    BytesMut::with_capacity(usize::try_from(self.len).unwrap_or(usize::MAX));
                for chunk in self.chunks.drain(..) {
                    joined.extend_from_slice(&chunk);
                }
                joined.freeze()
            }
        }
    }
}
