//! The [`Terra`] client: configuration shared by every call, and the per-call plumbing.

use std::{fmt, sync::Arc};

use progenitor_client::ClientInfo;
use secrecy::SecretString;

use crate::{builder::TerraBuilder, error::Error, generated, transport::Limits};

/// A client for the Terra API. Cheap to clone (one `Arc`); share it between tasks.
///
/// Every request carries `x-api-key` (marked sensitive) and `dev-id`. Methods return a
/// [`Call`](crate::Call): await it for the value, or use
/// [`Call::with_response`](crate::Call::with_response) for the status, headers and raw body too.
#[derive(Clone)]
pub struct Terra {
    shared: Arc<Shared>,
}

pub(crate) struct Shared {
    pub(crate) dev_id: String,
    pub(crate) signing_secret: Option<SecretString>,
    /// The generated layer at the base URL and at its origin (the widget API). It holds what
    /// every request needs: the base URL, the HTTP client (credentials as default headers) and
    /// the limits.
    pub(crate) api: generated::Client,
    pub(crate) widget_api: generated::Client,
    /// Each user's requested days per rolling hour, shared by every backfill.
    pub(crate) budget: crate::api::backfill::DayBudget,
    /// For `s3_payload` URLs: no credentials among its default headers.
    pub(crate) payload_http: reqwest::Client,
    /// Backfill requests allowed in flight at once on this client.
    pub(crate) backfill_slots: tokio::sync::Semaphore,
}

impl Terra {
    /// A client with the API key and dev ID and every other setting at its default.
    ///
    /// # Errors
    /// [`Error::Config`] if either value is empty or cannot be sent as an HTTP header.
    pub fn new(api_key: impl Into<String>, dev_id: impl Into<String>) -> Result<Self, Error> {
        TerraBuilder::new().api_key(api_key).dev_id(dev_id).build()
    }

    /// Configure a client step by step.
    pub fn builder() -> TerraBuilder {
        TerraBuilder::new()
    }

    /// A client configured from `TERRA_API_KEY`, `TERRA_DEV_ID` and, if set,
    /// `TERRA_SIGNING_SECRET` and `TERRA_BASE_URL`.
    ///
    /// # Errors
    /// [`Error::Config`] naming the missing or invalid variable.
    pub fn from_env() -> Result<Self, Error> {
        TerraBuilder::from_env()?.build()
    }

    pub(crate) fn shared(&self) -> &Shared {
        &self.shared
    }

    pub(crate) fn from_shared(shared: Arc<Shared>) -> Self {
        Terra { shared }
    }

    /// The base URL requests go to (without a trailing slash).
    pub fn base_url(&self) -> &str {
        self.shared.api.baseurl()
    }

    /// The developer ID sent as `dev-id`.
    pub fn dev_id(&self) -> &str {
        &self.shared.dev_id
    }

    /// Whether a webhook signing secret was configured.
    pub fn has_signing_secret(&self) -> bool {
        self.shared.signing_secret.is_some()
    }

    pub(crate) fn signing_secret(&self) -> Option<&SecretString> {
        self.shared.signing_secret.as_ref()
    }

    /// The generated client for the base URL, shared by every call.
    pub(crate) fn api(&self) -> &generated::Client {
        &self.shared.api
    }

    /// The generated client for the widget API, which lives at the base URL's origin.
    pub(crate) fn widget_api(&self) -> &generated::Client {
        &self.shared.widget_api
    }

    /// The HTTP client (with the credentials as default headers) and the limits, for requests
    /// the generated layer cannot build.
    pub(crate) fn http(&self) -> (&reqwest::Client, &Limits) {
        (self.shared.api.client(), self.shared.api.inner())
    }
}

/// Shows where the client points, never the API key or signing secret.
impl fmt::Debug for Terra {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Terra")
            .field("base_url", &self.base_url())
            .field("dev_id", &self.shared.dev_id)
            .field("api_key", &"[redacted]")
            .field(
                "signing_secret",
                &self.shared.signing_secret.as_ref().map(|_| "[redacted]"),
            )
            .field("retry", &self.http().1.retry)
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn api_key_is_a_sensitive_default_header() {
        let terra = Terra::new("tk_SECRET_VALUE", "dev-1").unwrap();
        // reqwest prints its default headers in `Debug`; a sensitive value shows as `Sensitive`.
        let http = format!("{:?}", terra.http().0);
        assert!(http.contains(r#""x-api-key": Sensitive"#), "{http}");
        assert!(!http.contains("tk_SECRET_VALUE"), "{http}");
    }
}
