//! Identifiers Terra writes one way in bodies and another in paths.
//!
//! Workout template and planned-workout IDs are strings in JSON bodies (`"workout_id": "123"`)
//! and integers in paths (`/workouts/123`). [`WorkoutId`] and [`PlannedWorkoutId`] decode from
//! either, re-encode as they were sent, and are what the workout methods take, so the ID of a
//! created template goes straight back into `get_workout` without parsing.

use std::fmt;

use crate::Error;

macro_rules! numeric_id {
    ($(#[$meta:meta])* $name:ident, $what:literal) => {
        $(#[$meta])*
        ///
        /// Two IDs are equal when their text is (`"123"` and `123` are the same ID).
        #[derive(Clone)]
        pub struct $name(Repr);

        impl PartialEq for $name {
            fn eq(&self, other: &Self) -> bool {
                self.as_str() == other.as_str()
            }
        }

        impl Eq for $name {}

        impl std::hash::Hash for $name {
            fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
                self.as_str().hash(state);
            }
        }

        impl $name {
            /// The ID as text, as it appears in bodies.
            pub fn as_str(&self) -> std::borrow::Cow<'_, str> {
                match &self.0 {
                    Repr::Text(text) => std::borrow::Cow::Borrowed(text),
                    Repr::Number(number) => std::borrow::Cow::Owned(number.to_string()),
                }
            }

            /// The ID as the integer paths take, if it is one.
            pub fn as_i64(&self) -> Option<i64> {
                match &self.0 {
                    Repr::Text(text) => text.parse().ok(),
                    Repr::Number(number) => Some(*number),
                }
            }

            /// The integer for a path, or the error a method returns for an ID that is not one.
            pub(crate) fn for_path(&self) -> Result<i64, Error> {
                self.as_i64().ok_or_else(|| {
                    Error::InvalidRequest(concat!($what, " must be an integer").into())
                })
            }
        }

        impl From<i64> for $name {
            fn from(id: i64) -> Self {
                $name(Repr::Number(id))
            }
        }

        impl From<&str> for $name {
            fn from(id: &str) -> Self {
                $name(Repr::Text(id.to_owned()))
            }
        }

        impl From<String> for $name {
            fn from(id: String) -> Self {
                $name(Repr::Text(id))
            }
        }

        impl From<&$name> for $name {
            fn from(id: &$name) -> Self {
                id.clone()
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.as_str())
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, concat!(stringify!($name), "({})"), self.as_str())
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                match &self.0 {
                    Repr::Text(text) => serializer.serialize_str(text),
                    Repr::Number(number) => serializer.serialize_i64(*number),
                }
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                deserializer.deserialize_any(IdVisitor(stringify!($name))).map($name)
            }
        }

        #[cfg(feature = "schemars")]
        impl schemars::JsonSchema for $name {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }

            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                schemars::json_schema!({
                    "description": concat!(
                        "A ", $what, ": a string of digits in bodies, an integer in paths."
                    ),
                    "anyOf": [{ "type": "string" }, { "type": "integer" }]
                })
            }
        }
    };
}

numeric_id!(
    /// A workout template's ID (`workout_id`): from [`CreateWorkoutResponse`] or a template, or
    /// an integer you hold.
    ///
    /// [`CreateWorkoutResponse`]: crate::models::CreateWorkoutResponse
    WorkoutId,
    "workout_id"
);

numeric_id!(
    /// A planned workout's ID (`planned_workout_id`): from [`PlanWorkoutResponse`] or a listed
    /// planned workout, or an integer you hold.
    ///
    /// [`PlanWorkoutResponse`]: crate::models::PlanWorkoutResponse
    PlannedWorkoutId,
    "planned_workout_id"
);

/// As sent: text in bodies (kept exactly, leading zeros and all), or a number.
#[derive(Clone)]
enum Repr {
    Text(String),
    Number(i64),
}

struct IdVisitor(&'static str);

impl serde::de::Visitor<'_> for IdVisitor {
    type Value = Repr;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a {} (a string or an integer)", self.0)
    }

    fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Repr, E> {
        Ok(Repr::Text(text.to_owned()))
    }

    fn visit_string<E: serde::de::Error>(self, text: String) -> Result<Repr, E> {
        Ok(Repr::Text(text))
    }

    fn visit_i64<E: serde::de::Error>(self, number: i64) -> Result<Repr, E> {
        Ok(Repr::Number(number))
    }

    fn visit_u64<E: serde::de::Error>(self, number: u64) -> Result<Repr, E> {
        i64::try_from(number)
            .map(Repr::Number)
            .map_err(|_| E::invalid_value(serde::de::Unexpected::Unsigned(number), &self))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_decode_from_strings_and_integers_and_round_trip() {
        let text: WorkoutId = serde_json::from_str(r#""0123""#).unwrap();
        assert_eq!(serde_json::to_string(&text).unwrap(), r#""0123""#);
        assert_eq!(text.as_i64(), Some(123));
        assert_eq!(text.to_string(), "0123");
        let number: WorkoutId = serde_json::from_str("123").unwrap();
        assert_eq!(serde_json::to_string(&number).unwrap(), "123");
        assert_eq!(number.for_path().unwrap(), 123);
        assert_eq!(WorkoutId::from(123), number);
        assert_eq!(WorkoutId::from("123"), number);
        let odd = PlannedWorkoutId::from("abc");
        assert_eq!(odd.as_i64(), None);
        assert!(matches!(odd.for_path(), Err(Error::InvalidRequest(_))));
        assert!(serde_json::from_str::<WorkoutId>("1.5").is_err());
        assert_eq!(format!("{odd:?}"), "PlannedWorkoutId(abc)");
    }
}
