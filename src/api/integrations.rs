//! `/integrations`: which providers Terra supports.

use crate::{
    Call, Terra,
    call::call,
    models::{IntegrationsResponse, ProvidersResponse},
};

impl Terra {
    /// `GET /integrations`: the provider identifiers Terra supports, split into cloud providers
    /// and SDK-only providers. Also accepts the older `sdk_resource` name for the second list.
    ///
    /// # Errors
    /// See [`Error`](crate::Error).
    pub fn list_providers(&self) -> Call<ProvidersResponse> {
        call!(self, |client| client.integrations_list())
    }

    /// `GET /integrations/detailed`: every provider with its display name, icon, setup mode,
    /// data types, and whether it is enabled for this developer (Terra decides that from the
    /// `dev-id` header). `include_sdk` adds the providers only available through the mobile SDKs.
    ///
    /// # Errors
    /// See [`Error`](crate::Error).
    pub fn list_providers_detailed(&self, include_sdk: bool) -> Call<IntegrationsResponse> {
        call!(self, |client| client
            .integrations_list_detailed()
            .sdk(include_sdk))
    }
}
