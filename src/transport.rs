//! What happens to every request between the generated layer and the network.
//!
//! Credentials are default headers of the `reqwest::Client` (see `builder.rs`). The generated
//! layer builds each request and hands it to [`ClientHooks::exec`] here, which retries transient
//! failures, reads the body up to the configured maximum, and records the response for the
//! facade (`src/call.rs`), the one place responses are decoded. The generated layer itself reads
//! no body (`build/operations.rs`).

use std::{cell::RefCell, time::Instant};

use bytes::{Bytes, BytesMut};
use progenitor_client::{ClientHooks, ClientInfo, OperationInfo};
use reqwest::{StatusCode, header::HeaderMap};

use crate::{
    error::Error,
    generated::Client,
    retry::{Outcome, RetryPolicy},
};

/// What every request is held to: the retry policy and the largest body read. The generated
/// client's "inner type": one per client, shared by every call.
#[derive(Debug, Clone)]
pub(crate) struct Limits {
    pub(crate) retry: RetryPolicy,
    pub(crate) max_body: u64,
}

tokio::task_local! {
    /// What `exec` got for the call running in this task (see [`crate::call::finish`]): the
    /// response, or a failure the generated layer cannot carry (its hooks can only return
    /// `reqwest::Error`s). Task-local so that one generated client serves every call.
    pub(crate) static RECEIVED: RefCell<Option<Result<Received, Error>>>;
}

/// A response exactly as received.
#[derive(Debug, Clone)]
pub(crate) struct Received {
    pub(crate) status: StatusCode,
    pub(crate) headers: HeaderMap,
    pub(crate) body: Bytes,
}

/// A response read whole, with the `reqwest::Response` it came in (body consumed, headers
/// moved into `received`): what `exec` hands back to the generated layer.
#[derive(Debug)]
pub(crate) struct Arrived {
    pub(crate) received: Received,
    pub(crate) response: reqwest::Response,
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
    /// The body is larger than [`Limits::max_body`]; the response whose body was not read.
    TooLarge {
        limit: u64,
        response: Box<reqwest::Response>,
    },
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
            Failure::TooLarge { limit, .. } => Error::ResponseTooLarge { limit },
        }
    }
}

impl ClientHooks<Limits> for Client {
    async fn exec(
        &self,
        request: reqwest::Request,
        info: &OperationInfo,
    ) -> reqwest::Result<reqwest::Response> {
        let (recorded, response) =
            match send(self.client(), request, self.inner(), info.operation_id).await {
                Ok(Arrived { received, response }) => (Ok(received), response),
                // Not expressible as a `reqwest::Error`: recorded for the facade, which reads
                // the record first; the generated layer gets the response it does not read.
                Err(Failure::TooLarge { limit, response }) => {
                    (Err(Error::ResponseTooLarge { limit }), *response)
                }
                Err(
                    Failure::Connect(e)
                    | Failure::NoResponse(e)
                    | Failure::Timeout(e)
                    | Failure::Body(e),
                ) => return Err(e),
            };
        // Outside a call's scope there is no one to hand the response to; calls always set one.
        let recorded_for_call = RECEIVED.try_with(|slot| *slot.borrow_mut() = Some(recorded));
        debug_assert!(
            recorded_for_call.is_ok(),
            "a generated request sent outside call::finish"
        );
        Ok(response)
    }
}

/// Sends `request` and reads its whole response, retrying as `limits.retry` allows: for requests
/// the generated layer cannot build (multipart uploads, s3 payload downloads).
pub(crate) async fn receive(
    client: &reqwest::Client,
    request: reqwest::Request,
    limits: &Limits,
    operation: &str,
) -> Result<Received, Failure> {
    send(client, request, limits, operation)
        .await
        .map(|arrived| arrived.received)
}

/// Every request goes through here: the retry loop around [`attempt`], and a debug event per
/// request when a subscriber wants one.
async fn send(
    client: &reqwest::Client,
    request: reqwest::Request,
    limits: &Limits,
    operation: &str,
) -> Result<Arrived, Failure> {
    let debugging = tracing::enabled!(tracing::Level::DEBUG);
    let started = debugging.then(|| (Instant::now(), request.method().clone()));
    let arrived = crate::retry::send(request, &limits.retry, |request| {
        attempt(client, request, limits.max_body)
    })
    .await;
    if let Some((started, method)) = started {
        let received = arrived.as_ref().ok().map(|a| &a.received);
        tracing::debug!(
            operation,
            %method,
            status = received.map(|r| r.status.as_u16()),
            bytes = received.map(|r| r.body.len()),
            elapsed_ms = started.elapsed().as_millis() as u64,
            "Terra request"
        );
    }
    arrived
}

/// One attempt: the request, and the response read whole (up to `max_body` bytes).
async fn attempt(
    client: &reqwest::Client,
    request: reqwest::Request,
    max_body: u64,
) -> Result<Arrived, Failure> {
    let mut response = client.execute(request).await.map_err(Failure::sending)?;
    let too_large = |response| Failure::TooLarge {
        limit: max_body,
        response: Box::new(response),
    };
    // A declared length over the limit is refused before reading anything. (With compression
    // the declared length is not the decoded one: the limit applies to decoded bytes below.)
    let declared = response.content_length();
    if declared.is_some_and(|length| length > max_body) {
        return Err(too_large(response));
    }
    let mut body = Body::expecting(declared);
    while let Some(chunk) = response.chunk().await.map_err(Failure::reading)? {
        if body.len() + chunk.len() as u64 > max_body {
            return Err(too_large(response));
        }
        body.push(chunk);
    }
    // The facade keeps the headers; the generated layer does not look at them.
    let received = Received {
        status: response.status(),
        headers: std::mem::take(response.headers_mut()),
        body: body.finish(),
    };
    Ok(Arrived { received, response })
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
