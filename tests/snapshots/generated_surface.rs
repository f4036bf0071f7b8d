// The public surface generated from openapi/terra.yaml: types with their fields and
// serde attributes, operations with their parameters. Bodies and docs are left out.
// Refresh: EXPECTORATE=overwrite cargo test --test generated_surface

pub mod types {
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct IntegrationDataTypes {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub activity: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub body: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub daily: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub menstruation: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub nutrition: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sleep: ::std::option::Option<bool>,
    }
    impl IntegrationDataTypes {
        pub fn builder() -> builder::IntegrationDataTypes {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct IntegrationProvider {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub enabled: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub icon: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub provider: ::std::option::Option<crate::models::Provider>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub setup: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub types: ::std::option::Option<IntegrationDataTypes>,
    }
    impl IntegrationProvider {
        pub fn builder() -> builder::IntegrationProvider {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct IntegrationsResponse {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub providers: ::std::vec::Vec<IntegrationProvider>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<crate::models::ResponseStatus>,
    }
    impl IntegrationsResponse {
        pub fn builder() -> builder::IntegrationsResponse {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Problem {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub detail: ::std::option::Option<::std::string::String>,
        pub instance: ::std::string::String,
        pub title: ::std::string::String,
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
    }
    impl Problem {
        pub fn builder() -> builder::Problem {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct ProvidersResponse {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub providers: ::std::vec::Vec<crate::models::Provider>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(alias = "sdk_resource")]
        pub sdk_providers: ::std::vec::Vec<crate::models::Provider>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<crate::models::ResponseStatus>,
    }
    impl ProvidersResponse {
        pub fn builder() -> builder::ProvidersResponse {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct SubscribedUsers {
        pub users: ::std::vec::Vec<TerraUser>,
    }
    impl SubscribedUsers {
        pub fn builder() -> builder::SubscribedUsers {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct TerraUser {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub active: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_at: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_webhook_update: ::std::option::Option<::std::string::String>,
        pub provider: crate::models::Provider,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reference_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub scopes: ::std::option::Option<::std::string::String>,
        pub user_id: ::std::string::String,
    }
    impl TerraUser {
        pub fn builder() -> builder::TerraUser {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct UserInfo {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_authenticated: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<crate::models::ResponseStatus>,
        pub user: UserInfoUser,
    }
    impl UserInfo {
        pub fn builder() -> builder::UserInfo {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct UserInfoUser {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub active: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_at: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_polled_at: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_webhook_update: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub most_recent_data_at: ::std::option::Option<::std::string::String>,
        pub provider: crate::models::Provider,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reference_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub scopes: ::std::option::Option<::std::string::String>,
        pub user_id: ::std::string::String,
    }
    impl UserInfoUser {
        pub fn builder() -> builder::UserInfoUser {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct UsersPage {
        pub data: UsersPageData,
    }
    impl UsersPage {
        pub fn builder() -> builder::UsersPage {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct UsersPageData {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub max_page: ::std::option::Option<i64>,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub next: ::std::option::Option<i64>,
        pub results: ::std::vec::Vec<TerraUser>,
    }
    impl UsersPageData {
        pub fn builder() -> builder::UsersPageData {}
    }
}
#[derive(Clone, Debug)]
pub struct Client {}
impl Client {
    pub fn new(baseurl: &str, inner: crate::transport::Exchange) -> Self {}
    pub fn new_with_client(
        baseurl: &str,
        client: reqwest::Client,
        inner: crate::transport::Exchange,
    ) -> Self {}
}
impl Client {
    pub fn integrations_list(&self) -> builder::IntegrationsList<'_> {}
    pub fn integrations_list_detailed(&self) -> builder::IntegrationsListDetailed<'_> {}
    pub fn user_list(&self) -> builder::UserList<'_> {}
    pub fn user_get(&self) -> builder::UserGet<'_> {}
    pub fn user_batch_get(&self) -> builder::UserBatchGet<'_> {}
}
pub mod builder {
    #[derive(Debug, Clone)]
    pub struct IntegrationsList<'a> {}
    impl<'a> IntegrationsList<'a> {
        pub fn new(client: &'a super::Client) -> Self {}
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ProvidersResponse>, Error<()>> {}
    }
    #[derive(Debug, Clone)]
    pub struct IntegrationsListDetailed<'a> {}
    impl<'a> IntegrationsListDetailed<'a> {
        pub fn new(client: &'a super::Client) -> Self {}
        pub fn sdk<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {}
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::IntegrationsResponse>, Error<()>> {}
    }
    #[derive(Debug, Clone)]
    pub struct UserList<'a> {}
    impl<'a> UserList<'a> {
        pub fn new(client: &'a super::Client) -> Self {}
        pub fn page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {}
        pub fn per_page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {}
        pub async fn send(
            self,
        ) -> Result<ResponseValue<crate::call::Deferred>, Error<ByteStream>> {}
    }
    #[derive(Debug, Clone)]
    pub struct UserGet<'a> {}
    impl<'a> UserGet<'a> {
        pub fn new(client: &'a super::Client) -> Self {}
        pub fn reference_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {}
        pub fn user_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {}
        pub async fn send(
            self,
        ) -> Result<ResponseValue<crate::call::Deferred>, Error<ByteStream>> {}
    }
    #[derive(Debug, Clone)]
    pub struct UserBatchGet<'a> {}
    impl<'a> UserBatchGet<'a> {
        pub fn new(client: &'a super::Client) -> Self {}
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
        {}
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::std::vec::Vec<types::TerraUser>>,
            Error<ByteStream>,
        > {}
    }
}
pub mod prelude {}
