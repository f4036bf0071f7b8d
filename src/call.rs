//! One call to Terra: awaiting a [`Call`] gives the decoded value; [`Call::with_response`] gives
//! the status, headers and raw body along with it. Every facade method goes through
//! [`Exchange::finish`] / [`Exchange::finish_as`], the one place responses become values or errors.

use std::{
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
    transport::{Exchange, Received},
};

type BoxFuture<T> = Pin<Box<dyn Future<Output = T> + Send + 'static>>;

/// One facade call: a generated client for this call, the request built from it, sent, and
/// finished by the shared path. `call!(terra, |c| c.op().param(x))` finishes with
/// [`Exchange::finish`]; `call!(union terra, |c| ...)` is for response unions, with the client
/// that skips the generated decode and [`Exchange::finish_as`]. Arguments are moved in.
macro_rules! call {
    ($terra:expr, |$client:ident| $request:expr) => {{
        let $client = $terra.generated();
        $crate::Call::new(async move {
            let result = $request.send().await;
            progenitor_client::ClientInfo::inner(&$client).finish(result)
        })
    }};
    (union $terra:expr, |$client:ident| $request:expr) => {{
        let $client = $terra.generated_for_union();
        $crate::Call::new(async move {
            let result = $request.send().await;
            progenitor_client::ClientInfo::inner(&$client).finish_as(result)
        })
    }};
}

pub(crate) use call;

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

/// The generated type of a response whose shape depends on the request (a `oneOf` of object
/// shapes in the spec, such as `/subscriptions` with and without `page`). The generated layer only
/// checks that the body is JSON; the facade then decodes the shape it asked for with
/// [`Exchange::finish_as`], so a malformed body is an error instead of a wrongly guessed variant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Deferred;

impl<'de> serde::Deserialize<'de> for Deferred {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        serde::de::IgnoredAny::deserialize(deserializer).map(|_| Deferred)
    }
}

impl Exchange {
    /// Turns the generated layer's result into the facade's, using the response as received.
    pub(crate) fn finish<T, E>(
        &self,
        result: Result<ResponseValue<T>, progenitor_client::Error<E>>,
    ) -> Result<Response<T>, Error>
    where
        T: DeserializeOwned,
    {
        debug_assert!(
            !self.facade_decodes(),
            "a union operation finished with finish()"
        );
        match result {
            Ok(value) => {
                let received = self.received()?;
                Ok(received.with_value(value.into_inner()))
            }
            Err(e) => self.failure(e),
        }
    }

    /// Like [`Exchange::finish`] for a [`Deferred`] response: decodes the body as `T`, the shape
    /// the request asked for.
    pub(crate) fn finish_as<T, E>(
        &self,
        result: Result<ResponseValue<Deferred>, progenitor_client::Error<E>>,
    ) -> Result<Response<T>, Error>
    where
        T: DeserializeOwned,
    {
        debug_assert!(
            self.facade_decodes(),
            "use Terra::generated_for_union with finish_as"
        );
        match result {
            Ok(_) => self.received()?.into_result(),
            Err(e) => self.failure(e),
        }
    }

    /// For operations whose success statuses carry different bodies (e.g. 204 and 207): hands
    /// the response as received to `decode`, unless the call failed before one arrived.
    pub(crate) fn finish_received<T, V, E>(
        &self,
        result: Result<ResponseValue<V>, progenitor_client::Error<E>>,
        decode: impl FnOnce(Received) -> Result<Response<T>, Error>,
    ) -> Result<Response<T>, Error> {
        use progenitor_client::Error as Generated;
        match result {
            Err(Generated::InvalidRequest(message) | Generated::Custom(message)) => {
                Err(Error::InvalidRequest(message))
            }
            Err(
                Generated::CommunicationError(e)
                | Generated::InvalidUpgrade(e)
                | Generated::ResponseBodyError(e),
            ) => Err(Error::transport(e)),
            _ => decode(self.received()?),
        }
    }

    fn received(&self) -> Result<Received, Error> {
        // `exec` records every response (or a failure the generated layer cannot carry)
        // before the generated code looks at it.
        self.take_received().unwrap_or_else(|| {
            Err(Error::InvalidRequest(
                "internal: no response was recorded for this call".into(),
            ))
        })
    }

    fn failure<T: DeserializeOwned, E>(
        &self,
        error: progenitor_client::Error<E>,
    ) -> Result<Response<T>, Error> {
        use progenitor_client::Error as Generated;
        match error {
            Generated::InvalidRequest(message) | Generated::Custom(message) => {
                Err(Error::InvalidRequest(message))
            }
            Generated::CommunicationError(e)
            | Generated::InvalidUpgrade(e)
            | Generated::ResponseBodyError(e) => Err(Error::transport(e)),
            // The rest mean a response arrived: judge it from what was received, whatever the
            // generated layer made of it (it drops the status of bodies it cannot decode, and
            // knows only the problem+json error format).
            Generated::ErrorResponse(_)
            | Generated::InvalidResponsePayload(..)
            | Generated::UnexpectedResponse(_) => self.received()?.into_result(),
        }
    }
}

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
