//! Building a [`Terra`] client: validated once, up front, with typed errors.

use std::{ffi::OsString, fmt, sync::Arc, time::Duration};

use reqwest::{
    Url,
    header::{HeaderMap, HeaderName, HeaderValue},
    redirect,
};
use secrecy::{ExposeSecret, SecretString};

use crate::{
    client::{Shared, Terra},
    error::{ConfigError, Error},
    generated,
    retry::RetryPolicy,
    transport::Limits,
};

/// The base URL in Terra's published OpenAPI document, the default.
pub const DEFAULT_BASE_URL: &str = "https://access.tryterra.co/api/v2";

/// The base URL in Terra's documentation and older SDKs. Pass it to
/// [`TerraBuilder::base_url`] if your account is served there.
pub const LEGACY_BASE_URL: &str = "https://api.tryterra.co/v2";

const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);
const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
const DEFAULT_USER_AGENT: &str = concat!("tryterra-rust/", env!("CARGO_PKG_VERSION"));
const MAX_REDIRECTS: usize = 10;

/// The largest response body read by default: 128 MiB.
///
/// Terra splits webhook deliveries at about 10 MB, and an inline data response is a few MB per
/// month of one user's activities with samples (the simulator's nine months: 20 MB); ranges
/// beyond a month should go by webhook anyway, where Terra may time out inline. 128 MiB leaves
/// room for years fetched inline while bounding what one response can make the client hold
/// (about three times the body at the peak of decoding).
pub const DEFAULT_MAX_RESPONSE_SIZE: u64 = 128 * 1024 * 1024;

/// Configures a [`Terra`] client. Nothing is checked until [`TerraBuilder::build`], which reports
/// every problem as a [`ConfigError`] instead of panicking.
#[derive(Default)]
pub struct TerraBuilder {
    api_key: Option<SecretString>,
    dev_id: Option<String>,
    signing_secret: Option<SecretString>,
    base_url: Option<String>,
    timeout: Option<Duration>,
    connect_timeout: Option<Duration>,
    user_agent: Option<String>,
    http: Option<reqwest::ClientBuilder>,
    retry: Option<RetryPolicy>,
    max_response_size: Option<u64>,
    day_budget: Option<(u64, Duration)>,
    backfill_concurrency: Option<usize>,
    backfill_concurrency_per_user: Option<usize>,
}

impl TerraBuilder {
    /// A builder with nothing set.
    pub fn new() -> Self {
        Self::default()
    }

    /// A builder filled from `TERRA_API_KEY`, `TERRA_DEV_ID` (required), `TERRA_SIGNING_SECRET`
    /// and `TERRA_BASE_URL` (optional).
    ///
    /// # Errors
    /// [`ConfigError::MissingEnv`] naming the first required variable that is not set, or
    /// [`ConfigError::NonUnicodeEnv`].
    pub fn from_env() -> Result<Self, Error> {
        Self::from_lookup(|name| std::env::var_os(name))
    }

    pub(crate) fn from_lookup(lookup: impl Fn(&str) -> Option<OsString>) -> Result<Self, Error> {
        let read = |name: &'static str| -> Result<Option<String>, ConfigError> {
            lookup(name)
                .map(|v| {
                    v.into_string()
                        .map_err(|_| ConfigError::NonUnicodeEnv(name))
                })
                .transpose()
        };
        let required = |name: &'static str| read(name)?.ok_or(ConfigError::MissingEnv(name));
        let mut builder = TerraBuilder::new()
            .api_key(required("TERRA_API_KEY")?)
            .dev_id(required("TERRA_DEV_ID")?);
        if let Some(secret) = read("TERRA_SIGNING_SECRET")? {
            builder = builder.signing_secret(secret);
        }
        if let Some(url) = read("TERRA_BASE_URL")? {
            builder = builder.base_url(url);
        }
        Ok(builder)
    }

    /// The API key (`x-api-key`). Secret: never shown by `Debug`, sent as a sensitive header.
    pub fn api_key(mut self, api_key: impl Into<String>) -> Self {
        self.api_key = Some(SecretString::from(api_key.into()));
        self
    }

    /// The developer ID (`dev-id`).
    pub fn dev_id(mut self, dev_id: impl Into<String>) -> Self {
        self.dev_id = Some(dev_id.into());
        self
    }

    /// The webhook signing secret, for verifying deliveries. Secret: never shown by `Debug`.
    pub fn signing_secret(mut self, secret: impl Into<String>) -> Self {
        self.signing_secret = Some(SecretString::from(secret.into()));
        self
    }

    /// Where requests go; [`DEFAULT_BASE_URL`] unless set. Point it at
    /// `tryterra_simulator::Simulator::base_url` in tests.
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into());
        self
    }

    /// Limit for one attempt, from connecting to the end of the body (default 60 s).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Limit for establishing a connection (default 10 s).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = Some(timeout);
        self
    }

    /// The `user-agent` header (default `tryterra-rust/<version>`).
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.user_agent = Some(user_agent.into());
        self
    }

    /// Your own reqwest configuration (proxies, root certificates, pool settings, DNS
    /// overrides...). A builder rather than a built `reqwest::Client` because the client adds
    /// what keeps credentials safe: the sensitive auth headers and a redirect policy that never
    /// follows a redirect to another host. Its timeouts and user agent are overridden by this
    /// builder's.
    pub fn http_client(mut self, builder: reqwest::ClientBuilder) -> Self {
        self.http = Some(builder);
        self
    }

    /// How transient failures are retried ([`RetryPolicy::default`] unless set).
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = Some(policy);
        self
    }

    /// Requested days each user may spend per rolling hour, as Terra counts them (default 6,000,
    /// Terra's limit). Backfills ([`Terra::backfill`](crate::Terra::backfill)) wait for it.
    pub fn day_budget_per_hour(mut self, days: u64) -> Self {
        self.day_budget = Some((days, crate::api::backfill::HOUR));
        self
    }

    /// Requested days each user may spend per `period`, for plans whose limits differ from
    /// Terra's default (6,000 per hour), and for tests that shrink both (see the simulator's
    /// `day_budget`).
    pub fn day_budget(mut self, days: u64, period: Duration) -> Self {
        self.day_budget = Some((days, period));
        self
    }

    /// Backfill requests in flight at once for one user (default 2); their windows share the
    /// user's day budget either way.
    pub fn backfill_concurrency_per_user(mut self, requests: usize) -> Self {
        self.backfill_concurrency_per_user = Some(requests);
        self
    }

    /// Backfill requests in flight at once on this client, over all users (default 8).
    pub fn backfill_concurrency(mut self, requests: usize) -> Self {
        self.backfill_concurrency = Some(requests);
        self
    }

    /// The largest response body the client reads, decoded (after decompression); default
    /// [`DEFAULT_MAX_RESPONSE_SIZE`]. A larger body fails with [`Error::ResponseTooLarge`] as
    /// soon as it passes the limit, before it is all in memory.
    pub fn max_response_size(mut self, bytes: u64) -> Self {
        self.max_response_size = Some(bytes);
        self
    }

    /// Validates everything and builds the client.
    ///
    /// # Errors
    /// [`Error::Config`] when the API key or dev ID is missing, empty or not sendable as a header,
    /// the signing secret is empty, the base URL is not an absolute http(s) URL, or reqwest cannot
    /// build its client.
    pub fn build(self) -> Result<Terra, Error> {
        #[cfg(all(feature = "rustls-ring", not(feature = "rustls")))]
        install_ring();
        let api_key = self.api_key.ok_or(ConfigError::Missing("API key"))?;
        let api_key = header_value(api_key.expose_secret(), "API key")?;
        let dev_id_text = self.dev_id.ok_or(ConfigError::Missing("dev ID"))?;
        let dev_id = header_value(&dev_id_text, "dev ID")?;
        if let Some(secret) = &self.signing_secret
            && secret.expose_secret().is_empty()
        {
            return Err(ConfigError::Empty("signing secret").into());
        }
        let base_url = base_url(self.base_url.as_deref().unwrap_or(DEFAULT_BASE_URL))?;

        let mut headers = HeaderMap::new();
        headers.insert(HeaderName::from_static("x-api-key"), api_key);
        headers.insert(HeaderName::from_static("dev-id"), dev_id);
        let http = self
            .http
            .unwrap_or_default()
            .default_headers(headers)
            .redirect(same_origin_only(&base_url))
            .timeout(self.timeout.unwrap_or(DEFAULT_TIMEOUT))
            .connect_timeout(self.connect_timeout.unwrap_or(DEFAULT_CONNECT_TIMEOUT))
            .user_agent(self.user_agent.as_deref().unwrap_or(DEFAULT_USER_AGENT))
            .build()
            .map_err(ConfigError::HttpClient)?;

        let limits = Limits {
            retry: self.retry.unwrap_or_default(),
            max_body: self.max_response_size.unwrap_or(DEFAULT_MAX_RESPONSE_SIZE),
        };
        // Paths are appended as `{base}/subscriptions`.
        let base = base_url.as_str().trim_end_matches('/');
        let origin = base_url.origin().ascii_serialization();
        Ok(Terra::from_shared(Arc::new(Shared {
            widget_api: generated::Client::new_with_client(&origin, http.clone(), limits.clone()),
            api: generated::Client::new_with_client(base, http, limits),
            dev_id: dev_id_text,
            signing_secret: self.signing_secret,
            budget: {
                let (days, period) = self.day_budget.unwrap_or((
                    crate::api::backfill::DAY_BUDGET_PER_HOUR,
                    crate::api::backfill::HOUR,
                ));
                crate::api::backfill::DayBudget::new(
                    days,
                    period,
                    self.backfill_concurrency_per_user.unwrap_or(2),
                )
            },
            payload_http: reqwest::Client::builder()
                .timeout(self.timeout.unwrap_or(DEFAULT_TIMEOUT))
                .connect_timeout(self.connect_timeout.unwrap_or(DEFAULT_CONNECT_TIMEOUT))
                .user_agent(self.user_agent.as_deref().unwrap_or(DEFAULT_USER_AGENT))
                .build()
                .map_err(ConfigError::HttpClient)?,
            backfill_slots: tokio::sync::Semaphore::new(
                self.backfill_concurrency.unwrap_or(8).max(1),
            ),
        })))
    }
}

/// With `rustls-ring`, reqwest has no crypto provider of its own and uses rustls's process default:
/// ring's, unless the application installed one first (which is then used, as it asked).
#[cfg(all(feature = "rustls-ring", not(feature = "rustls")))]
fn install_ring() {
    if rustls::crypto::CryptoProvider::get_default().is_none() {
        // Another thread may install one between the check and here; either way one is set.
        // Deprecated by rustls for lacking post-quantum key exchange: this feature is the
        // documented trade of that for build time.
        #[allow(deprecated)]
        let _ = rustls::crypto::ring::default_provider().install_default();
    }
}

/// A header value that is exactly what was given: no control characters (a newline would end
/// the header), no surrounding white space (almost always a copy-paste accident).
fn header_value(value: &str, what: &'static str) -> Result<HeaderValue, ConfigError> {
    if value.is_empty() {
        return Err(ConfigError::Empty(what));
    }
    if value.trim() != value || value.chars().any(|c| c.is_control()) {
        return Err(ConfigError::InvalidHeaderValue(what));
    }
    let mut header =
        HeaderValue::from_str(value).map_err(|_| ConfigError::InvalidHeaderValue(what))?;
    header.set_sensitive(true);
    Ok(header)
}

fn base_url(text: &str) -> Result<Url, ConfigError> {
    let url = Url::parse(text).map_err(|_| ConfigError::InvalidBaseUrl("not an absolute URL"))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(ConfigError::InvalidBaseUrl(
            "the scheme must be http or https",
        ));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(ConfigError::InvalidBaseUrl(
            "it must not have a query or fragment",
        ));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(ConfigError::InvalidBaseUrl(
            "it must not contain credentials",
        ));
    }
    Ok(url)
}

/// Follows redirects only within the base URL's origin (scheme, host and port). reqwest strips
/// `authorization` and cookies on cross-host redirects, but not `x-api-key`, so a redirect
/// elsewhere is returned to the caller as an error instead of being followed.
fn same_origin_only(base: &Url) -> redirect::Policy {
    let origin = base.origin();
    redirect::Policy::custom(move |attempt| {
        if attempt.previous().len() >= MAX_REDIRECTS {
            attempt.error("too many redirects")
        } else if attempt.url().origin() == origin {
            attempt.follow()
        } else {
            attempt.stop()
        }
    })
}

impl fmt::Debug for TerraBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TerraBuilder")
            .field("api_key", &self.api_key.as_ref().map(|_| "[redacted]"))
            .field("dev_id", &self.dev_id)
            .field(
                "signing_secret",
                &self.signing_secret.as_ref().map(|_| "[redacted]"),
            )
            .field("base_url", &self.base_url)
            .field("timeout", &self.timeout)
            .field("connect_timeout", &self.connect_timeout)
            .field("user_agent", &self.user_agent)
            .field("retry", &self.retry)
            .field("max_response_size", &self.max_response_size)
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(vars: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<OsString> + 'a {
        move |name| {
            vars.iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| OsString::from(v))
        }
    }

    fn config_error(result: Result<impl fmt::Debug, Error>) -> ConfigError {
        match result {
            Err(Error::Config(e)) => e,
            other => panic!("expected a config error, got {other:?}"),
        }
    }

    #[test]
    fn from_env_names_the_missing_variable() {
        let e = config_error(TerraBuilder::from_lookup(env(&[("TERRA_DEV_ID", "dev")])));
        assert!(
            matches!(e, ConfigError::MissingEnv("TERRA_API_KEY")),
            "{e:?}"
        );
        assert_eq!(
            e.to_string(),
            "the environment variable TERRA_API_KEY is not set"
        );

        let e = config_error(TerraBuilder::from_lookup(env(&[("TERRA_API_KEY", "key")])));
        assert!(
            matches!(e, ConfigError::MissingEnv("TERRA_DEV_ID")),
            "{e:?}"
        );
    }

    #[test]
    fn from_env_reads_optional_variables() {
        let vars = [
            ("TERRA_API_KEY", "key-123"),
            ("TERRA_DEV_ID", "dev-abc"),
            ("TERRA_SIGNING_SECRET", "whsec"),
            ("TERRA_BASE_URL", "http://127.0.0.1:9/api/v2/"),
        ];
        let terra = TerraBuilder::from_lookup(env(&vars))
            .unwrap()
            .build()
            .unwrap();
        assert_eq!(terra.base_url(), "http://127.0.0.1:9/api/v2");
        assert_eq!(terra.dev_id(), "dev-abc");
        assert!(terra.has_signing_secret());
    }

    #[cfg(unix)]
    #[test]
    fn from_env_rejects_non_unicode() {
        use std::os::unix::ffi::OsStringExt;
        let lookup = |name: &str| match name {
            "TERRA_API_KEY" => Some(OsString::from_vec(vec![0x66, 0xff])),
            _ => Some(OsString::from("x")),
        };
        let e = config_error(TerraBuilder::from_lookup(lookup));
        assert!(
            matches!(e, ConfigError::NonUnicodeEnv("TERRA_API_KEY")),
            "{e:?}"
        );
    }

    #[test]
    fn bad_values_are_typed_errors_that_do_not_echo_the_value() {
        type Expectation = fn(&ConfigError) -> bool;
        let cases: [(TerraBuilder, Expectation); 8] = [
            (TerraBuilder::new().dev_id("d"), |e| {
                matches!(e, ConfigError::Missing("API key"))
            }),
            (TerraBuilder::new().api_key("k"), |e| {
                matches!(e, ConfigError::Missing("dev ID"))
            }),
            (TerraBuilder::new().api_key("").dev_id("d"), |e| {
                matches!(e, ConfigError::Empty("API key"))
            }),
            (
                TerraBuilder::new().api_key("S3CRET\nS3CRET").dev_id("d"),
                |e| matches!(e, ConfigError::InvalidHeaderValue("API key")),
            ),
            (TerraBuilder::new().api_key(" S3CRET").dev_id("d"), |e| {
                matches!(e, ConfigError::InvalidHeaderValue("API key"))
            }),
            (TerraBuilder::new().api_key("k").dev_id("S3CRET\r"), |e| {
                matches!(e, ConfigError::InvalidHeaderValue("dev ID"))
            }),
            (
                TerraBuilder::new()
                    .api_key("k")
                    .dev_id("d")
                    .signing_secret(""),
                |e| matches!(e, ConfigError::Empty("signing secret")),
            ),
            (
                TerraBuilder::new()
                    .api_key("k")
                    .dev_id("d")
                    .base_url("ftp://x"),
                |e| matches!(e, ConfigError::InvalidBaseUrl(_)),
            ),
        ];
        for (builder, expected) in cases {
            let e = config_error(builder.build());
            assert!(expected(&e), "unexpected {e:?}");
            assert!(!format!("{e} {e:?}").contains("S3CRET"), "{e}");
        }
        for url in ["not a url", "https://x/v2?key=1", "https://user:pw@x/v2"] {
            let e = config_error(
                TerraBuilder::new()
                    .api_key("k")
                    .dev_id("d")
                    .base_url(url)
                    .build(),
            );
            assert!(matches!(e, ConfigError::InvalidBaseUrl(_)), "{url}: {e:?}");
        }
    }
}
