//! What happens to every request between the generated layer and the network.
//!
//! Credentials are default headers of the `reqwest::Client` (see `builder.rs`); here the hooks
//! progenitor calls drop the generator's `api-version` header (Terra does not define it), retry
//! transient failures, and keep the response's status, headers and body for the facade, which
//! needs them for error bodies, decode errors with a status, and raw access.

use std::{sync::Mutex, time::Instant};

use bytes::Bytes;
use progenitor_client::{ClientHooks, ClientInfo, OperationInfo};
use reqwest::{StatusCode, header::HeaderMap};

use crate::{generated::Client, retry::RetryPolicy};

/// Per-call context the generated client carries (progenitor's "inner type").
#[derive(Debug)]
pub(crate) struct Exchange {
    retry: RetryPolicy,
    /// The facade decodes this call's body itself (a response union typed `Deferred` in the
    /// generated layer), so the generated layer is handed `null` instead of the real body: it
    /// would only scan the JSON, which costs a third of a typed decode on large data responses.
    facade_decodes: bool,
    received: Mutex<Option<Received>>,
}

/// A clone is a fresh context for another call: same policy, nothing received yet.
impl Clone for Exchange {
    fn clone(&self) -> Self {
        Exchange::new(self.retry.clone(), self.facade_decodes)
    }
}

/// A response exactly as received.
#[derive(Debug, Clone)]
pub(crate) struct Received {
    pub(crate) status: StatusCode,
    pub(crate) headers: HeaderMap,
    pub(crate) body: Bytes,
}

impl Exchange {
    pub(crate) fn new(retry: RetryPolicy, facade_decodes: bool) -> Self {
        Exchange {
            retry,
            facade_decodes,
            received: Mutex::new(None),
        }
    }

    /// Whether the facade decodes this call's body itself (see the field).
    pub(crate) fn facade_decodes(&self) -> bool {
        self.facade_decodes
    }

    /// Takes what `exec` recorded; `None` until a response has arrived.
    pub(crate) fn take_received(&self) -> Option<Received> {
        self.received
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .take()
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
        let received = receive(self.client(), request, &exchange.retry, info.operation_id).await?;
        *exchange
            .received
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner()) = Some(received.clone());
        // Hand progenitor an equivalent response over the buffered body (a cheap `Bytes` clone).
        let body = if exchange.facade_decodes && received.status.is_success() {
            bytes::Bytes::from_static(b"null")
        } else {
            received.body
        };
        let mut replay = http::Response::new(body);
        *replay.status_mut() = received.status;
        *replay.headers_mut() = received.headers;
        Ok(reqwest::Response::from(replay))
    }
}

/// Sends `request` (retrying as `policy` allows) and reads the whole response. Every request
/// goes through here: generated ones via `exec`, hand-built ones (multipart) directly.
pub(crate) async fn receive(
    client: &reqwest::Client,
    request: reqwest::Request,
    policy: &RetryPolicy,
    operation: &str,
) -> reqwest::Result<Received> {
    let started = Instant::now();
    let method = request.method().clone();
    // The path only: the query carries user and reference IDs.
    let path = request.url().path().to_owned();
    let response = crate::retry::send(client, request, policy).await?;
    let status = response.status();
    let headers = response.headers().clone();
    let body = response.bytes().await?;
    tracing::debug!(
        operation,
        %method,
        path,
        status = status.as_u16(),
        bytes = body.len(),
        elapsed_ms = started.elapsed().as_millis() as u64,
        "Terra request"
    );
    Ok(Received {
        status,
        headers,
        body,
    })
}
