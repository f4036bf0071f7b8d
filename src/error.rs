//! The crate's error type: split by where a call failed, keeping the evidence (status, headers,
//! parsed error body, JSON path) without ever putting a response body or a secret into
//! `Display` or `Debug`. Terra bodies carry health data; error messages end up in logs.

use std::{fmt, time::Duration};

use bytes::Bytes;
use reqwest::{StatusCode, header::HeaderMap};

use crate::models::Problem;

/// Everything that can go wrong talking to Terra.
///
/// Neither `Display` nor `Debug` contains a response body, a header value, a URL or a secret.
#[derive(thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The client was configured with missing or unusable values.
    #[error(transparent)]
    Config(#[from] ConfigError),
    /// An argument was rejected before anything was sent.
    #[error("invalid request: {0}")]
    InvalidRequest(String),
    /// Terra answered with an error status (4xx or 5xx).
    #[error(transparent)]
    Api(Box<ApiError>),
    /// Terra answered with a success status, but the body is not what the API describes.
    #[error(transparent)]
    Decode(Box<DecodeError>),
    /// No complete response arrived within the configured timeout. The request may have reached
    /// Terra.
    #[error("the request to Terra timed out")]
    Timeout(#[source] reqwest::Error),
    /// The request could not be sent or the response could not be read (DNS, connection, TLS,
    /// connection reset).
    #[error("could not communicate with Terra")]
    Transport(#[source] reqwest::Error),
    /// A status the API does not use here, such as a redirect to another host (never followed,
    /// so credentials stay with the configured host).
    #[error("unexpected HTTP status {status} from Terra{}", redirect_note(*.status))]
    UnexpectedStatus {
        /// The status received.
        status: StatusCode,
        /// The response headers (for a redirect, `location` says where it pointed).
        headers: Box<HeaderMap>,
    },
    /// The URL of an `s3_payload` webhook has expired (Terra keeps such payloads for the
    /// event's `expires_in` seconds): request the data again.
    #[error("the s3_payload URL has expired")]
    PayloadExpired,
    /// The response body is larger than the client's maximum
    /// ([`TerraBuilder::max_response_size`](crate::TerraBuilder::max_response_size)); reading
    /// stopped there.
    #[error("the response from Terra is larger than the maximum of {limit} bytes")]
    ResponseTooLarge {
        /// The maximum in force, in bytes.
        limit: u64,
    },
    /// A paginated listing returned a `next` page that does not come after the current one;
    /// following it could loop forever.
    #[error("pagination did not advance: page {page} pointed to page {next}")]
    Pagination {
        /// The page just fetched.
        page: u64,
        /// The `next` value it returned.
        next: i64,
    },
}

/// As derived, except that `UnexpectedStatus` lists header names only: values such as a
/// redirect's `location` can carry user and reference IDs.
impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Config(e) => f.debug_tuple("Config").field(e).finish(),
            Error::InvalidRequest(why) => f.debug_tuple("InvalidRequest").field(why).finish(),
            Error::Api(e) => f.debug_tuple("Api").field(e).finish(),
            Error::Decode(e) => f.debug_tuple("Decode").field(e).finish(),
            Error::Timeout(e) => f.debug_tuple("Timeout").field(e).finish(),
            Error::Transport(e) => f.debug_tuple("Transport").field(e).finish(),
            Error::UnexpectedStatus { status, headers } => f
                .debug_struct("UnexpectedStatus")
                .field("status", status)
                .field("header_names", &HeaderNames(headers))
                .finish(),
            Error::PayloadExpired => f.write_str("PayloadExpired"),
            Error::ResponseTooLarge { limit } => f
                .debug_struct("ResponseTooLarge")
                .field("limit", limit)
                .finish(),
            Error::Pagination { page, next } => f
                .debug_struct("Pagination")
                .field("page", page)
                .field("next", next)
                .finish(),
        }
    }
}

/// The names of a header map, for `Debug`.
struct HeaderNames<'a>(&'a HeaderMap);

impl fmt::Debug for HeaderNames<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.0.keys()).finish()
    }
}

fn redirect_note(status: StatusCode) -> &'static str {
    if status.is_redirection() {
        " (redirects to another host are not followed)"
    } else {
        ""
    }
}

impl From<ApiError> for Error {
    fn from(error: ApiError) -> Self {
        Error::Api(Box::new(error))
    }
}

impl From<DecodeError> for Error {
    fn from(error: DecodeError) -> Self {
        Error::Decode(Box::new(error))
    }
}

impl Error {
    /// The HTTP status, when a response was received.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::Api(e) => Some(e.status),
            Error::Decode(e) => e.status,
            Error::UnexpectedStatus { status, .. } => Some(*status),
            _ => None,
        }
    }

    /// Whether the failure is transient: the same request, sent again later, may succeed.
    ///
    /// True for [`Error::Timeout`], for [`Error::Transport`] when the connection failed, broke
    /// or its body could not be read, and for [`Error::Api`] with 408, 429, 500, 502, 503 or
    /// 504; false for every other variant (configuration, invalid arguments, decode errors,
    /// unexpected statuses, [`Error::ResponseTooLarge`], pagination).
    ///
    /// It does **not** say that retrying is safe. The client has already retried what was safe
    /// as its [`RetryPolicy`](crate::RetryPolicy) allows: idempotent requests (GET, PUT,
    /// DELETE) after any transient failure, non-idempotent ones (POST, PATCH) only when the
    /// request provably did not reach Terra (no connection) or Terra rejected it unprocessed
    /// (429). A POST that timed out, lost its connection after sending, or got a 5xx may
    /// already have been processed: check before sending it again.
    pub fn is_retryable(&self) -> bool {
        match self {
            Error::Timeout(_) => true,
            Error::Transport(e) => e.is_connect() || e.is_request() || e.is_body(),
            Error::Api(e) => crate::retry::is_transient_status(e.status),
            _ => false,
        }
    }

    /// The parsed error response, for [`Error::Api`].
    pub fn api_error(&self) -> Option<&ApiError> {
        match self {
            Error::Api(e) => Some(e),
            _ => None,
        }
    }

    /// Where and why a success body did not decode, for [`Error::Decode`].
    pub fn decode_error(&self) -> Option<&DecodeError> {
        match self {
            Error::Decode(e) => Some(e),
            _ => None,
        }
    }

    pub(crate) fn transport(error: reqwest::Error) -> Self {
        // URLs carry user and reference IDs in their query: keep them out of error messages.
        let error = error.without_url();
        if error.is_timeout() {
            Error::Timeout(error)
        } else {
            Error::Transport(error)
        }
    }
}

/// Why a [`TerraBuilder`](crate::TerraBuilder) could not build a client. Messages name the
/// setting or environment variable, never its value.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ConfigError {
    /// A required setting was not given.
    #[error("the {0} is missing")]
    Missing(&'static str),
    /// A setting was given but empty.
    #[error("the {0} is empty")]
    Empty(&'static str),
    /// A setting cannot be sent as an HTTP header value (e.g. it contains a newline or other
    /// control character, or leading/trailing white space).
    #[error("the {0} contains characters that cannot be sent in an HTTP header")]
    InvalidHeaderValue(&'static str),
    /// A required environment variable is not set.
    #[error("the environment variable {0} is not set")]
    MissingEnv(&'static str),
    /// An environment variable is set but is not valid Unicode.
    #[error("the environment variable {0} is not valid Unicode")]
    NonUnicodeEnv(&'static str),
    /// The base URL is not an absolute `http` or `https` URL without query or fragment.
    #[error("the base URL is invalid: {0}")]
    InvalidBaseUrl(&'static str),
    /// reqwest could not build the HTTP client (for instance the TLS backend failed to load).
    #[error("the HTTP client could not be built")]
    HttpClient(#[source] reqwest::Error),
}

/// An error status from Terra, with its body parsed.
pub struct ApiError {
    pub(crate) status: StatusCode,
    pub(crate) headers: HeaderMap,
    pub(crate) body: ErrorBody,
    pub(crate) raw: Bytes,
}

/// The body of an error response, in whichever of Terra's formats it came.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub enum ErrorBody {
    /// RFC 9457 problem details (`application/problem+json`), what the current API sends.
    Problem(Problem),
    /// The older `{"status": "error", "message": ..., "cause": ...}` body.
    Legacy {
        /// `status`, usually `"error"`.
        status: Option<String>,
        /// `message`.
        message: Option<String>,
        /// `cause`, when Terra gives one (e.g. the provider is offline).
        cause: Option<String>,
    },
    /// Neither, e.g. the HTML page of a proxy in front of Terra.
    Unrecognised {
        /// The `content-type` header, if any.
        content_type: Option<String>,
    },
}

impl ApiError {
    pub(crate) fn new(status: StatusCode, headers: HeaderMap, raw: Bytes) -> Self {
        let body = ErrorBody::parse(&headers, &raw);
        ApiError {
            status,
            headers,
            body,
            raw,
        }
    }

    /// The HTTP status.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The response headers.
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// The parsed body.
    pub fn body(&self) -> &ErrorBody {
        &self.body
    }

    /// The raw body bytes, exactly as received. Not included in `Display` or `Debug`.
    pub fn raw_body(&self) -> &[u8] {
        &self.raw
    }

    /// Terra's explanation: the problem's `detail` (or `title`), or the legacy `message`.
    /// Kept out of `Display`; log it deliberately if you want it in logs.
    pub fn detail(&self) -> Option<&str> {
        match &self.body {
            ErrorBody::Problem(p) => p.detail.as_deref().or(Some(p.title.as_str())),
            ErrorBody::Legacy { message, .. } => message.as_deref(),
            ErrorBody::Unrecognised { .. } => None,
        }
    }

    /// How long Terra asked the caller to wait (`Retry-After`), if it said.
    pub fn retry_after(&self) -> Option<Duration> {
        crate::retry::retry_after(&self.headers)
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Terra returned HTTP {}", self.status)?;
        match &self.body {
            ErrorBody::Problem(_) => f.write_str(" with problem details"),
            ErrorBody::Legacy { .. } => f.write_str(" with an error message"),
            ErrorBody::Unrecognised { content_type } => write!(
                f,
                " with an unrecognised {} body of {} bytes",
                content_type.as_deref().unwrap_or("untyped"),
                self.raw.len()
            ),
        }
    }
}

impl fmt::Debug for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ApiError")
            .field("status", &self.status)
            .field("body", &self.body)
            .field("raw_len", &self.raw.len())
            .finish_non_exhaustive()
    }
}

impl std::error::Error for ApiError {}

/// Shows the shape of the body, not its text (which may echo identifiers).
impl fmt::Debug for ErrorBody {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ErrorBody::Problem(p) => f
                .debug_struct("Problem")
                .field("type", &p.type_)
                .field("title", &p.title)
                .finish_non_exhaustive(),
            ErrorBody::Legacy { status, .. } => f
                .debug_struct("Legacy")
                .field("status", status)
                .finish_non_exhaustive(),
            ErrorBody::Unrecognised { content_type } => f
                .debug_struct("Unrecognised")
                .field("content_type", content_type)
                .finish(),
        }
    }
}

impl ErrorBody {
    fn parse(headers: &HeaderMap, raw: &[u8]) -> Self {
        #[derive(serde::Deserialize)]
        struct Legacy {
            status: Option<String>,
            message: Option<String>,
            cause: Option<String>,
        }
        if let Ok(problem) = serde_json::from_slice::<Problem>(raw) {
            return ErrorBody::Problem(problem);
        }
        match serde_json::from_slice::<Legacy>(raw) {
            Ok(legacy) if legacy.message.is_some() || legacy.status.is_some() => {
                ErrorBody::Legacy {
                    status: legacy.status,
                    message: legacy.message,
                    cause: legacy.cause,
                }
            }
            _ => ErrorBody::Unrecognised {
                content_type: headers
                    .get(reqwest::header::CONTENT_TYPE)
                    .and_then(|v| v.to_str().ok())
                    .map(str::to_owned),
            },
        }
    }
}

/// A success response whose body does not match the API description.
///
/// Says where (the JSON path) and why, without quoting the body: serde's own messages can contain
/// values from it, so the reason is reduced to its shape (`invalid type: string, expected f64`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError {
    /// `None` for a webhook body, which arrives as a request.
    pub(crate) status: Option<StatusCode>,
    pub(crate) target: String,
    pub(crate) path: String,
    pub(crate) reason: String,
    pub(crate) line: usize,
    pub(crate) column: usize,
}

impl DecodeError {
    /// Decodes `body` as `T`; on failure, says where: the JSON path is found by scanning the
    /// body up to where serde_json stopped (`crate::json_path`), so no second, path-tracking
    /// decoder is compiled for every response type.
    pub(crate) fn decode<T: serde::de::DeserializeOwned>(
        status: Option<StatusCode>,
        body: &[u8],
    ) -> Result<T, DecodeError> {
        // JSON is UTF-8. Checked once for the whole body (at memory speed), serde_json need not
        // check each string again: typed decoding is about a tenth faster. Only the text
        // reader is instantiated: a byte-reader fallback would compile every decoder twice.
        let text = std::str::from_utf8(body).map_err(|error| {
            Self::not_utf8(
                status,
                std::any::type_name::<T>(),
                body,
                error.valid_up_to(),
            )
        })?;
        serde_json::from_str(text)
            .map_err(|error| Self::locate(status, std::any::type_name::<T>(), body, &error))
    }

    /// A body with bytes that are not UTF-8 from `offset` on: the path that holds them.
    fn not_utf8(
        status: Option<StatusCode>,
        type_name: &str,
        body: &[u8],
        offset: usize,
    ) -> DecodeError {
        let (line, column) = crate::json_path::line_column(body, offset);
        Self::at(
            status,
            type_name,
            body,
            (offset, line, column),
            "the body is not UTF-8".into(),
        )
    }

    // Not generic (nor is `short_type_name`): one copy for all response types.
    fn locate(
        status: Option<StatusCode>,
        type_name: &str,
        body: &[u8],
        error: &serde_json::Error,
    ) -> DecodeError {
        let offset = crate::json_path::offset(body, error.line(), error.column());
        let place = (offset, error.line(), error.column());
        Self::at(status, type_name, body, place, sanitise(error))
    }

    /// The error at `(offset, line, column)` of `body`, with the JSON path that leads there.
    fn at(
        status: Option<StatusCode>,
        type_name: &str,
        body: &[u8],
        (offset, line, column): (usize, usize, usize),
        reason: String,
    ) -> DecodeError {
        DecodeError {
            status,
            target: short_type_name(type_name),
            path: shown_path(&crate::json_path::segments_at(body, offset)),
            reason,
            line,
            column,
        }
    }

    /// A body of the wrong shape as a whole (path `.`), for checks beyond what serde decides.
    pub(crate) fn shape(status: Option<StatusCode>, target: &str, reason: &str) -> Self {
        DecodeError {
            status,
            target: target.to_string(),
            path: ".".to_string(),
            reason: reason.to_string(),
            line: 1,
            column: 1,
        }
    }

    /// The HTTP status of the response (`None` for a webhook body).
    pub fn status(&self) -> Option<StatusCode> {
        self.status
    }

    /// Where decoding failed, e.g. `data.results[3].provider` (`.` for the whole body).
    pub fn path(&self) -> &str {
        &self.path
    }

    /// Why, without values from the body, e.g. `missing field \`users\``.
    pub fn reason(&self) -> &str {
        &self.reason
    }

    /// Line and column in the body.
    pub fn position(&self) -> (usize, usize) {
        (self.line, self.column)
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.status {
            Some(status) => write!(f, "cannot decode the HTTP {} response", status.as_u16())?,
            None => f.write_str("cannot decode the webhook body")?,
        }
        write!(
            f,
            " as {}: {} at `{}` (line {}, column {})",
            self.target, self.reason, self.path, self.line, self.column
        )
    }
}

impl std::error::Error for DecodeError {}

/// The path of a decode error as `data[0].metadata.type`, with every object key that is not a
/// property name of the API replaced by `<key>`: keys of free-form maps are chosen by the body
/// (`strain_contributors.<key>`) and can be personal data.
fn shown_path(segments: &[crate::json_path::PathSegment<'_>]) -> String {
    use crate::json_path::PathSegment;
    let mut shown = String::new();
    for segment in segments {
        let name = match segment {
            PathSegment::Index(index) => {
                shown.push_str(&format!("[{index}]"));
                continue;
            }
            PathSegment::Key(key) if known_property(key) => key.as_ref(),
            PathSegment::Key(_) => "<key>",
        };
        if !shown.is_empty() {
            shown.push('.');
        }
        shown.push_str(name);
    }
    if shown.is_empty() {
        shown.push('.');
    }
    shown
}

fn known_property(key: &str) -> bool {
    crate::generated::FIELD_NAMES.binary_search(&key).is_ok()
}

/// `alloc::vec::Vec<tryterra::models::TerraUser>` → `Vec<TerraUser>`: module paths dropped.
fn short_type_name(type_name: &str) -> String {
    type_name
        .split_inclusive(['<', '>', ','])
        .map(|piece| piece.rsplit("::").next().unwrap_or(piece))
        .collect()
}

/// An array where an object belongs, or the reverse, said in JSON's terms: `expected an object,
/// got an array` (serde says "sequence", "map" and "struct UserInfo").
fn wrong_shape(kind: &str, expected: &str) -> Option<String> {
    let got = match kind {
        "sequence" => "an array",
        "map" => "an object",
        _ => return None,
    };
    let expected = expected.trim_start_matches(", expected ");
    let wanted = if expected.starts_with("struct ") || expected.contains("map") {
        "an object"
    } else if expected.contains("sequence") {
        "an array"
    } else {
        expected
    };
    Some(format!("expected {wanted}, got {got}"))
}

/// serde_json's message without the values it quotes from the input.
pub(crate) fn sanitise(error: &serde_json::Error) -> String {
    let message = error.to_string();
    // serde_json appends " at line L column C"; the position is reported separately.
    let message = message
        .rsplit_once(" at line ")
        .map_or(message.as_str(), |(m, _)| m);
    if !error.is_data() {
        // Syntax and EOF messages are fixed texts ("expected value", "EOF while parsing ...").
        return message.to_string();
    }
    let expected = message
        .find(", expected ")
        .map(|i| &message[i..])
        .unwrap_or("");
    for (prefix, kind_only) in [
        ("invalid type: ", true),
        ("invalid value: ", true),
        ("unknown variant ", false),
        ("unknown field ", false),
    ] {
        if let Some(rest) = message.strip_prefix(prefix) {
            // Keep the kind ("string", "integer") but not the value that follows it.
            let kind = if kind_only {
                // serde's two-word kinds first ("floating point `4.5`"), then the first word.
                [
                    "floating point",
                    "unit value",
                    "unit variant",
                    "newtype struct",
                ]
                .into_iter()
                .find(|kind| rest.starts_with(kind))
                .unwrap_or_else(|| rest.split([' ', ',']).next().unwrap_or(""))
            } else {
                ""
            };
            if let Some(shape) = wrong_shape(kind, expected) {
                return shape;
            }
            let label = prefix.trim_end_matches([':', ' ']);
            return format!(
                "{label}{}{kind}{expected}",
                if kind.is_empty() { "" } else { ": " }
            );
        }
    }
    let fixed = ["missing field ", "duplicate field ", "invalid length "];
    if fixed.iter().any(|p| message.starts_with(p)) {
        // Field names and lengths come from the schema and the shape, not the values.
        return message.to_string();
    }
    "invalid data".to_string()
}
