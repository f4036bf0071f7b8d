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

/// A timestamp exactly as Terra sent it, e.g. `2022-10-28T10:00:00.000000+01:00`.
///
/// Terra's timestamps keep their text (offset, precision and all): [`Timestamp::as_str`] and
/// serialisation give back what was received, so storing or forwarding them changes nothing.
/// The text is held inline up to 32 bytes (every form Terra documents), so a response with
/// hundreds of thousands of samples allocates nothing per timestamp; a longer value is kept
/// whole on the heap. Parse it when you need a time: [`Timestamp::date`], [`Timestamp::to_utc`],
/// [`Timestamp::parse`].
///
/// It dereferences to `str`, so `Option<Timestamp>::as_deref()` gives an `Option<&str>`.
///
/// Equality, ordering and hashing are those of the text.
#[derive(Clone)]
pub struct Timestamp(Text);

#[derive(Clone)]
enum Text {
    /// `len` bytes of valid UTF-8 at the start of `bytes`.
    Inline {
        len: u8,
        bytes: [u8; INLINE],
    },
    Heap(Box<str>),
}

/// The longest inline text: `YYYY-MM-DDTHH:MM:SS.ffffff+HH:MM`, Terra's longest form.
const INLINE: usize = 32;

impl Timestamp {
    /// The text as Terra sent it.
    pub fn as_str(&self) -> &str {
        match &self.0 {
            // Only valid UTF-8 is stored (it comes from a `&str`), so this cannot fail; checking
            // 32 bytes costs less than the allocation this type avoids.
            Text::Inline { len, bytes } => {
                std::str::from_utf8(&bytes[..usize::from(*len)]).unwrap_or_default()
            }
            Text::Heap(text) => text,
        }
    }

    /// The text parsed: RFC 3339 (any fraction, `Z` or an offset), or the same without an
    /// offset, which Terra uses for the user's local time.
    ///
    /// # Errors
    /// [`TimestampError`] for any other form; the text stays available.
    pub fn parse(&self) -> Result<ParsedTimestamp, TimestampError> {
        ParsedTimestamp::parse(self.as_str())
    }

    /// The calendar day as written, without converting time zones: the key Terra recommends for
    /// daily, body, nutrition and menstruation records.
    ///
    /// # Errors
    /// [`TimestampError`] if the text is not a form Terra uses.
    pub fn date(&self) -> Result<NaiveDate, TimestampError> {
        self.parse().map(|parsed| parsed.date())
    }

    /// The instant in UTC; `None` when the text has no offset (the user's local time).
    ///
    /// # Errors
    /// [`TimestampError`] if the text is not a form Terra uses.
    pub fn to_utc(&self) -> Result<Option<DateTime<chrono::Utc>>, TimestampError> {
        self.parse().map(|parsed| parsed.to_utc())
    }
}

impl From<&str> for Timestamp {
    fn from(text: &str) -> Self {
        match u8::try_from(text.len()) {
            Ok(len) if text.len() <= INLINE => {
                let mut bytes = [0; INLINE];
                bytes[..text.len()].copy_from_slice(text.as_bytes());
                Timestamp(Text::Inline { len, bytes })
            }
            _ => Timestamp(Text::Heap(text.into())),
        }
    }
}

impl From<String> for Timestamp {
    fn from(text: String) -> Self {
        if text.len() <= INLINE {
            Timestamp::from(text.as_str())
        } else {
            Timestamp(Text::Heap(text.into_boxed_str()))
        }
    }
}

impl<Tz: TimeZone> From<DateTime<Tz>> for Timestamp
where
    Tz::Offset: std::fmt::Display,
{
    /// RFC 3339 with microseconds, the form Terra sends.
    fn from(time: DateTime<Tz>) -> Self {
        Timestamp::from(time.to_rfc3339_opts(chrono::SecondsFormat::Micros, false))
    }
}

impl std::ops::Deref for Timestamp {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for Timestamp {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq for Timestamp {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for Timestamp {}

impl PartialOrd for Timestamp {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Timestamp {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl std::hash::Hash for Timestamp {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

impl PartialEq<str> for Timestamp {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Timestamp {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl std::fmt::Display for Timestamp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The text, quoted (as `String` would print it).
impl std::fmt::Debug for Timestamp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self.as_str(), f)
    }
}

impl serde::Serialize for Timestamp {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for Timestamp {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = Timestamp;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a timestamp string")
            }
            // Borrowed or not, the text is copied inline: no allocation for Terra's forms.
            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Self::Value, E> {
                Ok(Timestamp::from(text))
            }
            fn visit_string<E: serde::de::Error>(self, text: String) -> Result<Self::Value, E> {
                Ok(Timestamp::from(text))
            }
        }
        deserializer.deserialize_str(Visitor)
    }
}

/// Any string: Terra's timestamps are kept as sent, whatever their form.
#[cfg(feature = "schemars")]
impl schemars::JsonSchema for Timestamp {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Timestamp".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "description": "A timestamp as Terra sent it, usually RFC 3339 with microseconds \
                (2022-10-28T10:00:00.000000+01:00); without an offset it is the user's local time."
        })
    }
}

/// A `YYYY-MM-DD` date or Unix seconds.
#[cfg(feature = "schemars")]
impl schemars::JsonSchema for DateOrTimestamp {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "DateOrTimestamp".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "anyOf": [
                { "type": "string", "format": "date" },
                { "type": "integer" }
            ]
        })
    }
}

/// One of Terra's timestamps, parsed: with an offset (`2022-10-28T10:00:00.000000+01:00`) or
/// without one, which Terra uses for the user's local time (`2022-10-28T10:00:00.000000`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ParsedTimestamp {
    /// A point in time with its UTC offset.
    WithOffset(DateTime<chrono::FixedOffset>),
    /// A wall-clock time in the user's (unstated) time zone.
    Local(chrono::NaiveDateTime),
}

/// A timestamp string that is not in any form Terra uses.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("not a Terra timestamp")]
pub struct TimestampError;

impl ParsedTimestamp {
    /// Parses RFC 3339 (any fraction, `Z` or an offset) or the same without an offset.
    ///
    /// # Errors
    /// [`TimestampError`] for anything else.
    pub fn parse(text: &str) -> Result<Self, TimestampError> {
        if let Ok(time) = DateTime::parse_from_rfc3339(text) {
            return Ok(ParsedTimestamp::WithOffset(time));
        }
        chrono::NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S%.f")
            .map(ParsedTimestamp::Local)
            .map_err(|_| TimestampError)
    }

    /// The calendar day as written, without converting time zones.
    pub fn date(&self) -> NaiveDate {
        match self {
            ParsedTimestamp::WithOffset(time) => time.date_naive(),
            ParsedTimestamp::Local(time) => time.date(),
        }
    }

    /// The instant in UTC, when the offset is known.
    pub fn to_utc(&self) -> Option<DateTime<chrono::Utc>> {
        match self {
            ParsedTimestamp::WithOffset(time) => Some(time.to_utc()),
            ParsedTimestamp::Local(_) => None,
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
            pub fn start(&self) -> Result<ParsedTimestamp, TimestampError> {
                self.start_time.parse()
            }

            /// `end_time`, parsed.
            ///
            /// # Errors
            /// [`TimestampError`] if Terra sent a form it does not document.
            pub fn end(&self) -> Result<ParsedTimestamp, TimestampError> {
                self.end_time.parse()
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
        let with_offset = ParsedTimestamp::parse("2022-10-28T23:30:00.123456+01:00").unwrap();
        assert_eq!(
            with_offset.date(),
            NaiveDate::from_ymd_opt(2022, 10, 28).unwrap()
        );
        assert_eq!(
            with_offset.to_utc().unwrap().to_rfc3339(),
            "2022-10-28T22:30:00.123456+00:00"
        );
        let zulu = ParsedTimestamp::parse("2024-01-20T11:00:00Z").unwrap();
        assert!(zulu.to_utc().is_some());
        let local = ParsedTimestamp::parse("2022-10-28T09:00:00.000000").unwrap();
        assert_eq!(local.to_utc(), None);
        assert_eq!(local.date(), NaiveDate::from_ymd_opt(2022, 10, 28).unwrap());
        assert_eq!(ParsedTimestamp::parse("yesterday"), Err(TimestampError));
    }

    #[test]
    fn timestamps_keep_their_text_inline_or_not() {
        for text in [
            "2022-10-28T10:00:00.000000+01:00",
            "2022-10-28T10:00:00.000000",
            "2024-01-20T11:00:00Z",
            "",
            "2022-10-28T10:00:00.000000000+01:00[Europe/London]",
            "not a time at all, but what Terra sent",
            "2022-10-28T10:00:00.000000+01:00\u{e9}",
        ] {
            let stamp = Timestamp::from(text);
            assert_eq!(stamp.as_str(), text);
            assert_eq!(Timestamp::from(text.to_string()), stamp);
            let json = serde_json::to_string(&stamp).unwrap();
            assert_eq!(json, serde_json::to_string(text).unwrap());
            assert_eq!(serde_json::from_str::<Timestamp>(&json).unwrap(), stamp);
        }
        // An escaped string (not borrowable from the body) decodes the same.
        let escaped: Timestamp =
            serde_json::from_str(r#""2022-10-28T10:00:00\u002B01:00""#).unwrap();
        assert_eq!(escaped, "2022-10-28T10:00:00+01:00");
        assert!(serde_json::from_str::<Timestamp>("1666944000").is_err());
    }

    #[test]
    fn timestamp_accessors() {
        let stamp = Timestamp::from("2022-10-28T23:30:00.123456+01:00");
        assert_eq!(
            stamp.date(),
            Ok(NaiveDate::from_ymd_opt(2022, 10, 28).unwrap())
        );
        assert_eq!(
            stamp.to_utc().unwrap().unwrap().to_rfc3339(),
            "2022-10-28T22:30:00.123456+00:00"
        );
        let local = Timestamp::from("2022-10-28T09:00:00.000000");
        assert_eq!(local.to_utc(), Ok(None));
        assert_eq!(Timestamp::from("yesterday").date(), Err(TimestampError));
        let utc = DateTime::parse_from_rfc3339("2024-05-01T08:00:00+02:00").unwrap();
        assert_eq!(Timestamp::from(utc), "2024-05-01T08:00:00.000000+02:00");
        // Same size as a `String` plus the inline text; no heap behind it.
        assert!(size_of::<Timestamp>() <= 40);
        assert_eq!(size_of::<Option<Timestamp>>(), size_of::<Timestamp>());
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
