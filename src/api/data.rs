//! `/activity`, `/body`, `/daily`, `/sleep`, `/menstruation`, `/nutrition` and `/athlete`: one
//! request type for all of them.
//!
//! Terra answers these either with the data (`to_webhook=false`) or with an acknowledgement that
//! the data will be delivered to your webhook (`to_webhook=true`, the server's default). The
//! client always sends `to_webhook` explicitly and decodes exactly the shape it asked for, so a
//! data payload with one bad value is a decode error naming its JSON path — never mistaken for an
//! acknowledgement or an empty list.

use std::{fmt, future::Future, marker::PhantomData, pin::Pin};

use serde::de::{Deserializer as _, IgnoredAny, MapAccess, Visitor};

use crate::{
    Call, Error, Terra,
    call::Operation,
    error::DecodeError,
    generated,
    models::serde_rules::ModelFields,
    models::{
        Activity, ActivityCollection, Athlete, AthleteCollection, Body, BodyCollection, Daily,
        DailyCollection, DataSentToWebhook, DateOrTimestamp, Menstruation, MenstruationCollection,
        Nutrition, NutritionCollection, Sleep, SleepCollection,
    },
    transport::Received,
};

/// A kind of data Terra serves from a data endpoint: [`Activity`], [`Body`], [`Daily`],
/// [`Sleep`], [`Menstruation`], [`Nutrition`] or [`Athlete`].
pub trait DataKind: sealed::Fetch + Send + 'static {
    /// The inline response: `{user, data: [records], type}` (for athlete, `{user, athlete}`).
    type Collection: serde::de::DeserializeOwned + Send + 'static;
}

/// A data kind whose endpoint takes a date range and `with_samples` (all but [`Athlete`]).
pub trait RangedDataKind: DataKind {}

mod sealed {
    use super::*;

    pub(crate) type Sent<'a> = Pin<Box<dyn Future<Output = crate::call::Sent> + Send + 'a>>;

    /// Sends the generated request of one data endpoint.
    #[allow(private_interfaces)]
    pub trait Fetch {
        #[doc(hidden)]
        fn send<'a>(client: &'a generated::Client, query: &'a Query, to_webhook: bool) -> Sent<'a>;

        /// The JSON properties of the inline response (from the spec, via the generator).
        #[doc(hidden)]
        fn collection_fields() -> &'static [&'static str];
    }
}

/// What a data request asks for.
#[derive(Clone)]
#[doc(hidden)]
pub struct Query {
    user_id: String,
    start: Option<DateOrTimestamp>,
    end: Option<DateOrTimestamp>,
    with_samples: Option<bool>,
}

macro_rules! ranged_kind {
    ($kind:ty, $collection:ty, $operation:ident) => {
        impl DataKind for $kind {
            type Collection = $collection;
        }
        impl RangedDataKind for $kind {}
        // `Fetch` is sealed: outside the crate it can be neither named, implemented nor called.
        #[allow(private_interfaces)]
        impl sealed::Fetch for $kind {
            fn send<'a>(
                client: &'a generated::Client,
                query: &'a Query,
                to_webhook: bool,
            ) -> sealed::Sent<'a> {
                let mut request = client
                    .$operation()
                    .user_id(query.user_id.clone())
                    .to_webhook(to_webhook);
                if let Some(start) = query.start {
                    request = request.start_date(start);
                }
                if let Some(end) = query.end {
                    request = request.end_date(end);
                }
                if let Some(with_samples) = query.with_samples {
                    request = request.with_samples(with_samples);
                }
                Box::pin(Operation::send(request))
            }

            fn collection_fields() -> &'static [&'static str] {
                <$collection as ModelFields>::FIELDS
            }
        }
    };
}

ranged_kind!(Activity, ActivityCollection, activity_get);
ranged_kind!(Body, BodyCollection, body_get);
ranged_kind!(Daily, DailyCollection, daily_get);
ranged_kind!(Sleep, SleepCollection, sleep_get);
ranged_kind!(Menstruation, MenstruationCollection, menstruation_get);
ranged_kind!(Nutrition, NutritionCollection, nutrition_get);

impl DataKind for Athlete {
    type Collection = AthleteCollection;
}

#[allow(private_interfaces)]
impl sealed::Fetch for Athlete {
    fn send<'a>(
        client: &'a generated::Client,
        query: &'a Query,
        to_webhook: bool,
    ) -> sealed::Sent<'a> {
        Box::pin(Operation::send(
            client
                .athlete_get()
                .user_id(query.user_id.clone())
                .to_webhook(to_webhook),
        ))
    }

    fn collection_fields() -> &'static [&'static str] {
        <AthleteCollection as ModelFields>::FIELDS
    }
}

/// A request for one user's data of kind `K`. Finish it with [`DataRequest::fetch`] (data in the
/// response) or [`DataRequest::to_webhook`] (data delivered to your webhook).
#[must_use = "a DataRequest does nothing until fetch() or to_webhook() is awaited"]
pub struct DataRequest<K: DataKind> {
    terra: Terra,
    query: Query,
    kind: PhantomData<fn() -> K>,
}

impl<K: DataKind> DataRequest<K> {
    fn new(terra: &Terra, user_id: &str, start: Option<DateOrTimestamp>) -> Self {
        DataRequest {
            terra: terra.clone(),
            query: Query {
                user_id: user_id.to_owned(),
                start,
                end: None,
                with_samples: None,
            },
            kind: PhantomData,
        }
    }

    /// Sends `to_webhook=false`: the data comes back in the response.
    ///
    /// Terra may time out on long ranges with samples; ask for webhook delivery for those.
    ///
    /// # Errors
    /// See [`Error`](crate::Error). A body that is not the data shape (including an
    /// acknowledgement) is an [`Error::Decode`] naming where it differs.
    pub fn fetch(self) -> Call<K::Collection> {
        self.send(false, Received::into_result)
    }

    /// Sends `to_webhook=true`: Terra acknowledges and delivers the data to your configured
    /// destination, in chunks for ranges over a month (see `message` in the acknowledgement).
    /// The acknowledgement's `reference` is the `terra-reference` of the deliveries.
    ///
    /// Should Terra answer with the data itself after all, you get it as
    /// [`ToWebhook::Inline`]: a body is never reduced to an empty acknowledgement.
    ///
    /// # Errors
    /// See [`Error`](crate::Error); Terra answers 400 when no destination is configured. A body
    /// that is neither the data (it has a property only the data shape has) nor an
    /// acknowledgement (it has `status` or `reference`) is an [`Error::Decode`].
    pub fn to_webhook(self) -> Call<ToWebhook<K::Collection>> {
        self.send(true, |received| {
            let fields = K::collection_fields();
            if carries_data(&received.body, fields) {
                return received.into_result().map(|r| r.map(ToWebhook::Inline));
            }
            let response = received.into_result::<DataSentToWebhook>()?;
            let ack = response.value();
            if ack.status.is_none() && ack.reference.is_none() {
                return Err(DecodeError::shape(
                    Some(response.status()),
                    "DataSentToWebhook",
                    "expected an acknowledgement (`status` or `reference`) or the data",
                )
                .into());
            }
            Ok(response.map(ToWebhook::Acknowledged))
        })
    }

    fn send<T>(
        self,
        to_webhook: bool,
        finish: impl FnOnce(Received) -> Result<crate::Response<T>, Error> + Send + 'static,
    ) -> Call<T>
    where
        T: Send + 'static,
    {
        super::checked!(super::require("user_id", &self.query.user_id));
        let terra = self.terra;
        let query = self.query;
        Call::new(async move {
            crate::call::finish(K::send(terra.api(), &query, to_webhook), finish).await
        })
    }
}

/// What Terra answered a request for webhook delivery.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
// One per request, moved once: boxing the acknowledgement would only cost an allocation.
#[allow(clippy::large_enum_variant)]
pub enum ToWebhook<C> {
    /// Accepted: the data will arrive at your webhook, with this acknowledgement's `reference`
    /// as the deliveries' `terra-reference`.
    Acknowledged(DataSentToWebhook),
    /// Terra sent the data in the response instead.
    Inline(C),
}

impl<C> ToWebhook<C> {
    /// The acknowledgement, unless the data came inline.
    pub fn acknowledgement(&self) -> Option<&DataSentToWebhook> {
        match self {
            ToWebhook::Acknowledged(ack) => Some(ack),
            ToWebhook::Inline(_) => None,
        }
    }

    /// The acknowledgement by value, unless the data came inline.
    pub fn into_acknowledgement(self) -> Option<DataSentToWebhook> {
        match self {
            ToWebhook::Acknowledged(ack) => Some(ack),
            ToWebhook::Inline(_) => None,
        }
    }

    /// The data, if Terra sent it in the response.
    pub fn into_inline(self) -> Option<C> {
        match self {
            ToWebhook::Inline(data) => Some(data),
            ToWebhook::Acknowledged(_) => None,
        }
    }
}

/// Whether the JSON object in `body` has a property that only the inline data shape has (one of
/// `collection_fields` that the acknowledgement does not know). Not an object: `false` (the
/// acknowledgement's decode then says what it is).
fn carries_data(body: &[u8], collection_fields: &[&str]) -> bool {
    struct AnyDataKey<'f>(&'f [&'f str]);

    impl<'de> Visitor<'de> for AnyDataKey<'_> {
        type Value = bool;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("an object")
        }

        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<bool, A::Error> {
            let mut found = false;
            while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
                map.next_value::<IgnoredAny>()?;
                found |= self.0.contains(&key.as_ref())
                    && !<DataSentToWebhook as ModelFields>::FIELDS.contains(&key.as_ref());
            }
            Ok(found)
        }
    }

    serde_json::Deserializer::from_slice(body)
        .deserialize_map(AnyDataKey(collection_fields))
        .unwrap_or(false)
}

impl<K: RangedDataKind> DataRequest<K> {
    /// The end of the range (`end_date`); without it Terra returns the start day's data.
    pub fn until(mut self, end: impl Into<DateOrTimestamp>) -> Self {
        self.query.end = Some(end.into());
        self
    }

    /// Whether to include sample arrays (heart rate, position, ...). Terra's default is no;
    /// samples make responses much larger.
    pub fn with_samples(mut self, with_samples: bool) -> Self {
        self.query.with_samples = Some(with_samples);
        self
    }
}

/// The range and options; the user ID is left out (an identifier, kept out of logs).
impl fmt::Debug for Query {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Query")
            .field("start", &self.start)
            .field("end", &self.end)
            .field("with_samples", &self.with_samples)
            .finish_non_exhaustive()
    }
}

impl<K: DataKind> fmt::Debug for DataRequest<K> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DataRequest")
            .field("kind", &std::any::type_name::<K>())
            .field("query", &self.query)
            .finish_non_exhaustive()
    }
}

impl Terra {
    /// One user's data of kind `K` from `start` (a date or a Unix time), e.g.
    /// `terra.data::<Sleep>(user_id, date).until(end).fetch()`.
    pub fn data<K: RangedDataKind>(
        &self,
        user_id: &str,
        start: impl Into<DateOrTimestamp>,
    ) -> DataRequest<K> {
        DataRequest::new(self, user_id, Some(start.into()))
    }

    /// `GET /activity`: workouts and other activities. Same as `data::<Activity>`.
    pub fn activity(
        &self,
        user_id: &str,
        start: impl Into<DateOrTimestamp>,
    ) -> DataRequest<Activity> {
        self.data(user_id, start)
    }

    /// `GET /body`: body measurements (weight, blood pressure, glucose, temperature, ...).
    pub fn body(&self, user_id: &str, start: impl Into<DateOrTimestamp>) -> DataRequest<Body> {
        self.data(user_id, start)
    }

    /// `GET /daily`: per-day summaries (steps, calories, heart rate, stress, ...).
    pub fn daily(&self, user_id: &str, start: impl Into<DateOrTimestamp>) -> DataRequest<Daily> {
        self.data(user_id, start)
    }

    /// `GET /sleep`: sleep sessions.
    pub fn sleep(&self, user_id: &str, start: impl Into<DateOrTimestamp>) -> DataRequest<Sleep> {
        self.data(user_id, start)
    }

    /// `GET /menstruation`: cycle data.
    pub fn menstruation(
        &self,
        user_id: &str,
        start: impl Into<DateOrTimestamp>,
    ) -> DataRequest<Menstruation> {
        self.data(user_id, start)
    }

    /// `GET /nutrition`: food and drink logs.
    pub fn nutrition(
        &self,
        user_id: &str,
        start: impl Into<DateOrTimestamp>,
    ) -> DataRequest<Nutrition> {
        self.data(user_id, start)
    }

    /// `GET /athlete`: the user's profile at the provider (no date range).
    pub fn athlete(&self, user_id: &str) -> DataRequest<Athlete> {
        DataRequest::new(self, user_id, None)
    }
}
