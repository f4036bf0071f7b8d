//! Dates and times as Terra uses them.

use chrono::{DateTime, NaiveDate, TimeZone};

/// A `start_date` / `end_date` query value: a calendar day (`YYYY-MM-DD`) or a Unix time in
/// seconds. Terra accepts either.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DateOrTimestamp {
    /// A calendar day, sent as `YYYY-MM-DD`.
    Date(NaiveDate),
    /// Seconds since the Unix epoch, sent as an integer.
    UnixSeconds(i64),
}

impl From<NaiveDate> for DateOrTimestamp {
    fn from(date: NaiveDate) -> Self {
        DateOrTimestamp::Date(date)
    }
}

impl<Tz: TimeZone> From<DateTime<Tz>> for DateOrTimestamp {
    fn from(time: DateTime<Tz>) -> Self {
        DateOrTimestamp::UnixSeconds(time.timestamp())
    }
}

impl std::fmt::Display for DateOrTimestamp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DateOrTimestamp::Date(date) => write!(f, "{}", date.format("%Y-%m-%d")),
            DateOrTimestamp::UnixSeconds(seconds) => write!(f, "{seconds}"),
        }
    }
}

impl serde::Serialize for DateOrTimestamp {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            DateOrTimestamp::Date(_) => serializer.collect_str(self),
            DateOrTimestamp::UnixSeconds(seconds) => serializer.serialize_i64(*seconds),
        }
    }
}

impl<'de> serde::Deserialize<'de> for DateOrTimestamp {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = DateOrTimestamp;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a YYYY-MM-DD date or Unix seconds")
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Self::Value, E> {
                Ok(DateOrTimestamp::UnixSeconds(v))
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Self::Value, E> {
                i64::try_from(v)
                    .map(DateOrTimestamp::UnixSeconds)
                    .map_err(|_| E::invalid_value(serde::de::Unexpected::Unsigned(v), &self))
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Self::Value, E> {
                NaiveDate::parse_from_str(v, "%Y-%m-%d")
                    .map(DateOrTimestamp::Date)
                    .map_err(|_| E::invalid_value(serde::de::Unexpected::Other("a string"), &self))
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

/// One of Terra's timestamp strings, parsed: with an offset (`2022-10-28T10:00:00.000000+01:00`)
/// or without one, which Terra uses for the user's local time (`2022-10-28T10:00:00.000000`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Timestamp {
    /// A point in time with its UTC offset.
    WithOffset(DateTime<chrono::FixedOffset>),
    /// A wall-clock time in the user's (unstated) time zone.
    Local(chrono::NaiveDateTime),
}

/// A timestamp string that is not in any form Terra uses.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("not a Terra timestamp")]
pub struct TimestampError;

impl Timestamp {
    /// Parses RFC 3339 (any fraction, `Z` or an offset) or the same without an offset.
    ///
    /// # Errors
    /// [`TimestampError`] for anything else; the string itself stays available on the model.
    pub fn parse(text: &str) -> Result<Self, TimestampError> {
        if let Ok(time) = DateTime::parse_from_rfc3339(text) {
            return Ok(Timestamp::WithOffset(time));
        }
        chrono::NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S%.f")
            .map(Timestamp::Local)
            .map_err(|_| TimestampError)
    }

    /// The calendar day as written, without converting time zones: the key Terra recommends for
    /// daily, body, nutrition and menstruation records.
    pub fn date(&self) -> NaiveDate {
        match self {
            Timestamp::WithOffset(time) => time.date_naive(),
            Timestamp::Local(time) => time.date(),
        }
    }

    /// The instant in UTC, when the offset is known.
    pub fn to_utc(&self) -> Option<DateTime<chrono::Utc>> {
        match self {
            Timestamp::WithOffset(time) => Some(time.to_utc()),
            Timestamp::Local(_) => None,
        }
    }
}

/// `start()` / `end()` for the metadata of every data model.
macro_rules! timed {
    ($($metadata:ty),+ $(,)?) => {$(
        impl $metadata {
            /// `start_time`, parsed.
            ///
            /// # Errors
            /// [`TimestampError`] if Terra sent a form it does not document.
            pub fn start(&self) -> Result<Timestamp, TimestampError> {
                Timestamp::parse(&self.start_time)
            }

            /// `end_time`, parsed.
            ///
            /// # Errors
            /// [`TimestampError`] if Terra sent a form it does not document.
            pub fn end(&self) -> Result<Timestamp, TimestampError> {
                Timestamp::parse(&self.end_time)
            }
        }
    )+};
}

timed!(
    super::ActivityMetadata,
    super::SleepMetadata,
    super::DailyMetadata,
    super::BodyMetadata,
    super::MenstruationMetadata,
    super::NutritionMetadata,
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terra_timestamp_forms() {
        let with_offset = Timestamp::parse("2022-10-28T23:30:00.123456+01:00").unwrap();
        assert_eq!(
            with_offset.date(),
            NaiveDate::from_ymd_opt(2022, 10, 28).unwrap()
        );
        assert_eq!(
            with_offset.to_utc().unwrap().to_rfc3339(),
            "2022-10-28T22:30:00.123456+00:00"
        );
        let zulu = Timestamp::parse("2024-01-20T11:00:00Z").unwrap();
        assert!(zulu.to_utc().is_some());
        let local = Timestamp::parse("2022-10-28T09:00:00.000000").unwrap();
        assert_eq!(local.to_utc(), None);
        assert_eq!(local.date(), NaiveDate::from_ymd_opt(2022, 10, 28).unwrap());
        assert_eq!(Timestamp::parse("yesterday"), Err(TimestampError));
    }

    #[test]
    fn query_dates_serialise_as_terra_expects() {
        let day = DateOrTimestamp::from(NaiveDate::from_ymd_opt(2024, 5, 1).unwrap());
        assert_eq!(
            serde_json::to_value(day).unwrap(),
            serde_json::json!("2024-05-01")
        );
        assert_eq!(
            serde_json::to_value(DateOrTimestamp::UnixSeconds(1714521600)).unwrap(),
            serde_json::json!(1714521600)
        );
        let back: DateOrTimestamp =
            serde_json::from_value(serde_json::json!("2024-05-01")).unwrap();
        assert_eq!(back, day);
    }
}
