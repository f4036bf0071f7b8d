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

    /// `GET /integrations/detailed`: every provider reached through Terra's API, with its display
    /// name, icon, setup mode, data types, and whether it is enabled for this developer (Terra
    /// decides that from the `dev-id` header).
    ///
    /// # Errors
    /// See [`Error`](crate::Error).
    pub fn list_providers_detailed(&self) -> Call<IntegrationsResponse> {
        call!(self, |client| client
            .integrations_list_detailed()
            .sdk(false))
    }

    /// `GET /integrations/detailed?sdk=true`: as [`Terra::list_providers_detailed`], plus the
    /// providers only available through the mobile SDKs (Apple Health, Samsung Health, ...).
    ///
    /// # Errors
    /// See [`Error`](crate::Error).
    pub fn list_providers_detailed_including_sdk(&self) -> Call<IntegrationsResponse> {
        call!(self, |client| client.integrations_list_detailed().sdk(true))
    }
}
