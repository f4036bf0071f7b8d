//! One call to Terra: awaiting a [`Call`] gives the decoded value; [`Call::with_response`] gives
//! the status, headers and raw body along with it.
//!
//! Every response is decoded here, once, by [`finish`], from the body the transport read: the
//! generated layer builds and sends requests, and reads no body (`build/operations.rs`). What a
//! generated operation's success body decodes into is the generated `Decodes` impl of its
//! builder, so a facade method's return type follows the spec.

use std::{
    cell::RefCell,
    fmt,
    future::{Future, IntoFuture},
    pin::Pin,
};

use bytes::Bytes;
use progenitor_client::ResponseValue;
use reqwest::{StatusCode, header::HeaderMap};
use serde::de::DeserializeOwned;

use crate::{
    error::{ApiError, DecodeError, Error},
    transport::{RECEIVED, Received},
};

type BoxFuture<T> = Pin<Box<dyn Future<Output = T> + Send + 'static>>;

/// One facade call of a generated operation: `call!(terra, |client| client.op().param(x))`
/// builds the request from the shared generated client, sends it, and decodes the response as
/// the operation's [`Decodes`] impl says. Arguments are moved in. `call!(terra, widget_api,
/// |client| ..)` builds it on the widget API's client instead.
macro_rules! call {
    ($terra:expr, |$client:ident| $request:expr) => {
        $crate::call::call!($terra, api, |$client| $request)
    };
    ($terra:expr, $api:ident, |$client:ident| $request:expr) => {{
        let terra = $terra.clone();
        $crate::Call::new(async move {
            let $client = terra.$api();
            $crate::call::exchange($request).await
        })
    }};
}

pub(crate) use call;

/// What a generated operation's `send` returns: the response arrived (and [`finish`] takes it
/// from the transport's record), or the request failed before one did.
pub(crate) type Sent = Result<ResponseValue<()>, progenitor_client::Error<()>>;

/// A generated operation, ready to send (implemented by the build script for every builder).
pub(crate) trait Operation {
    fn send(self) -> impl Future<Output = Sent> + Send;
}

/// What a generated operation's response becomes: `T` from the success body (the type the spec
/// gives it), and an [`Error`] for any other status. Implemented by the build script.
pub(crate) trait Decodes<T>: Operation {
    fn decode(received: Received) -> Result<Response<T>, Error>;
}

/// Sends `operation` and decodes its response as the spec says.
pub(crate) async fn exchange<O, T>(operation: O) -> Result<Response<T>, Error>
where
    O: Decodes<T>,
{
    finish(operation.send(), O::decode).await
}

/// The one path from a generated request to a value: awaits `sent` (a generated operation's
/// `send`), then hands the response as received to `decode`, unless the request failed before
/// a response arrived.
pub(crate) async fn finish<T>(
    sent: impl Future<Output = Sent>,
    decode: impl FnOnce(Received) -> Result<Response<T>, Error>,
) -> Result<Response<T>, Error> {
    use progenitor_client::Error as Generated;
    RECEIVED
        .scope(RefCell::new(None), async move {
            match sent.await {
                Ok(_) => {}
                Err(Generated::InvalidRequest(message) | Generated::Custom(message)) => {
                    return Err(Error::InvalidRequest(message));
                }
                Err(
                    Generated::CommunicationError(e)
                    | Generated::InvalidUpgrade(e)
                    | Generated::ResponseBodyError(e),
                ) => return Err(Error::transport(e)),
                // The generated layer reads no body, so these cannot happen; if they did, the
                // record below still holds the response.
                Err(
                    Generated::ErrorResponse(_)
                    | Generated::InvalidResponsePayload(..)
                    | Generated::UnexpectedResponse(_),
                ) => {}
            }
            // The transport records every response (or a failure the generated layer cannot
            // carry) before the generated code returns.
            let received = RECEIVED
                .with(|slot| slot.borrow_mut().take())
                .unwrap_or_else(|| {
                    Err(Error::InvalidRequest(
                        "internal: no response was recorded for this call".into(),
                    ))
                })?;
            decode(received)
        })
        .await
}

/// A request to Terra, sent when awaited.
///
/// `terra.list_providers().await?` gives the decoded value;
/// `terra.list_providers().with_response().await?` gives a [`Response`] with the status, headers
/// and raw body as well. The future owns everything it needs, so it can be spawned.
#[must_use = "a Call does nothing until awaited"]
pub struct Call<T> {
    future: BoxFuture<Result<Response<T>, Error>>,
}

impl<T: Send + 'static> Call<T> {
    pub(crate) fn new(
        future: impl Future<Output = Result<Response<T>, Error>> + Send + 'static,
    ) -> Self {
        Call {
            future: Box::pin(future),
        }
    }

    pub(crate) fn fail(error: Error) -> Self {
        Call::new(std::future::ready(Err(error)))
    }

    /// Sends the request and keeps the response's status, headers and raw body.
    ///
    /// # Errors
    /// As awaiting the call directly.
    pub async fn with_response(self) -> Result<Response<T>, Error> {
        self.future.await
    }
}

impl<T: Send + 'static> IntoFuture for Call<T> {
    type Output = Result<T, Error>;
    type IntoFuture = CallFuture<T>;

    fn into_future(self) -> Self::IntoFuture {
        CallFuture {
            future: self.future,
        }
    }
}

/// The future of an awaited [`Call`]: the decoded value, or the error.
#[must_use = "futures do nothing unless awaited"]
pub struct CallFuture<T> {
    future: BoxFuture<Result<Response<T>, Error>>,
}

impl<T> Future for CallFuture<T> {
    type Output = Result<T, Error>;

    fn poll(
        mut self: Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Self::Output> {
        self.future
            .as_mut()
            .poll(cx)
            .map(|result| result.map(Response::into_value))
    }
}

impl<T> fmt::Debug for CallFuture<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CallFuture").finish_non_exhaustive()
    }
}

impl<T> fmt::Debug for Call<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Call").finish_non_exhaustive()
    }
}

/// A decoded response with everything that came with it.
pub struct Response<T> {
    status: StatusCode,
    headers: HeaderMap,
    body: Bytes,
    value: T,
}

impl<T> Response<T> {
    /// The HTTP status.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The response headers.
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// The body exactly as received (JSON), e.g. to store it or to read fields this crate does
    /// not model yet.
    pub fn body(&self) -> &[u8] {
        &self.body
    }

    /// The decoded value.
    pub fn value(&self) -> &T {
        &self.value
    }

    /// The decoded value, releasing the raw body.
    pub fn into_value(self) -> T {
        self.value
    }

    /// The same response with its value transformed.
    pub(crate) fn map<U>(self, f: impl FnOnce(T) -> U) -> Response<U> {
        Response {
            status: self.status,
            headers: self.headers,
            body: self.body,
            value: f(self.value),
        }
    }

    /// Status, headers, raw body and value.
    pub fn into_parts(self) -> (StatusCode, HeaderMap, Bytes, T) {
        (self.status, self.headers, self.body, self.value)
    }
}

/// Shows the status and the value; the raw body only by length.
impl<T: fmt::Debug> fmt::Debug for Response<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Response")
            .field("status", &self.status)
            .field("value", &self.value)
            .field("body_len", &self.body.len())
            .finish_non_exhaustive()
    }
}

/// Stands for a response whose shape depends on the request (a `oneOf` of object shapes in the
/// spec, such as `/subscriptions` with and without `page`): its operation decodes as whichever
/// shape the facade method asks for (`build/operations.rs`), so a malformed body is an error
/// instead of a wrongly guessed variant. A name in the spec (`x-tryterra-rust-type`), never a
/// value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(dead_code)] // named in the spec and read by the build script, not by Rust code
pub(crate) enum Deferred {}

impl Received {
    pub(crate) fn with_value<T>(self, value: T) -> Response<T> {
        Response {
            status: self.status,
            headers: self.headers,
            body: self.body,
            value,
        }
    }

    /// A success status with a body that decodes as `T` is a value, whether or not the spec
    /// lists that exact status; an error status is an [`ApiError`]; anything else (a redirect that
    /// was not followed) is unexpected.
    pub(crate) fn into_result<T: DeserializeOwned>(self) -> Result<Response<T>, Error> {
        if self.status.is_success() {
            let value = self.decode::<T>()?;
            Ok(self.with_value(value))
        } else {
            Err(self.into_error())
        }
    }

    /// A success status is `()` whatever the body; for operations that answer 204.
    pub(crate) fn into_empty(self) -> Result<Response<()>, Error> {
        if self.status.is_success() {
            Ok(self.with_value(()))
        } else {
            Err(self.into_error())
        }
    }

    /// The body decoded as `T`.
    pub(crate) fn decode<T: DeserializeOwned>(&self) -> Result<T, Error> {
        Ok(DecodeError::decode::<T>(Some(self.status), &self.body)?)
    }

    /// The error for a status that is not a success.
    pub(crate) fn into_error(self) -> Error {
        if self.status.is_client_error() || self.status.is_server_error() {
            ApiError::new(self.status, self.headers, self.body).into()
        } else {
            Error::UnexpectedStatus {
                status: self.status,
                headers: Box::new(self.headers),
            }
        }
    }
}
