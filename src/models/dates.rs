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
