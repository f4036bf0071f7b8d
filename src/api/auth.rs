//! `/auth/*` and the widget session API: connecting and disconnecting end users.

use super::{checked, id};
use crate::{
    Call, Terra,
    call::call,
    models::{
        AuthenticateUserRequest, AuthenticateUserResponse, DeauthenticateUserResponse,
        GenerateAuthTokenResponse, GenerateWidgetSessionResponse, Provider, WidgetSessionParams,
    },
};

impl Terra {
    /// `POST /auth/authenticateUser?resource=..`: a provider login link for one end user.
    ///
    /// `resource` is the provider to connect (e.g. [`Provider::Garmin`]); `request` carries your
    /// `reference_id`, the language and the redirect URLs (all optional).
    ///
    /// # Errors
    /// See [`Error`](crate::Error); Terra answers 400 for an unsupported provider.
    pub fn authenticate_user(
        &self,
        resource: impl Into<Provider>,
        request: AuthenticateUserRequest,
    ) -> Call<AuthenticateUserResponse> {
        let resource = resource.into().to_string();
        call!(self, |client| client
            .authentication_authenticate_user()
            .resource(resource)
            .body(request))
    }

    /// `POST /auth/generateWidgetSession`: a link to Terra's connection widget, where the end
    /// user picks a provider and logs in. See [`widget_providers`] for the `providers` field.
    ///
    /// # Errors
    /// See [`Error`](crate::Error).
    pub fn generate_widget_session(
        &self,
        params: WidgetSessionParams,
    ) -> Call<GenerateWidgetSessionResponse> {
        call!(self, |client| client
            .authentication_generate_widget_session()
            .body(params))
    }

    /// `POST /widget/api/session` on Terra's separately published widget service (served from
    /// the base URL's origin, `https://access.tryterra.co` by default): the same kind of widget
    /// link as [`Terra::generate_widget_session`], which is the one to use unless Terra told you
    /// to use this service.
    ///
    /// # Errors
    /// See [`Error`](crate::Error).
    pub fn generate_widget_session_on_widget_api(
        &self,
        params: WidgetSessionParams,
    ) -> Call<GenerateWidgetSessionResponse> {
        call!(self, widget_api, |client| client
            .generate_widget_session()
            .body(params))
    }

    /// `POST /auth/generateAuthToken`: a short-lived token for the mobile SDKs'
    /// `initConnection`.
    ///
    /// # Errors
    /// See [`Error`](crate::Error).
    pub fn generate_auth_token(&self) -> Call<GenerateAuthTokenResponse> {
        call!(self, |client| client.authentication_generate_auth_token())
    }

    /// `DELETE /auth/deauthenticateUser?user_id=..`: disconnects a user; Terra stops
    /// collecting their data and sends a `deauth` webhook.
    ///
    /// # Errors
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) for an empty ID; a 404
    /// [`Error::Api`](crate::Error::Api) for an unknown user.
    pub fn deauthenticate_user(&self, user_id: &str) -> Call<DeauthenticateUserResponse> {
        let user_id = checked!(id("user_id", user_id));
        call!(self, |client| client
            .authentication_deauthenticate_user()
            .user_id(user_id))
    }
}

/// The widget's `providers` field: a comma-separated list of provider IDs.
///
/// ```
/// use tryterra::{api::widget_providers, models::Provider};
/// assert_eq!(widget_providers([Provider::Garmin, Provider::Oura]), "GARMIN,OURA");
/// ```
pub fn widget_providers(providers: impl IntoIterator<Item = Provider>) -> String {
    providers
        .into_iter()
        .map(|p| p.as_str().to_owned())
        .collect::<Vec<_>>()
        .join(",")
}
