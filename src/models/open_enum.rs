//! Open enums: Terra-controlled value sets that may grow without notice.
//!
//! Known values get variants; anything else decodes into `Other` / `Unknown` and is re-encoded
//! verbatim, so a new provider or status never breaks decoding and never loses the value. The
//! enums themselves are declared by `build/enums.rs` from the spec, with these macros.

use std::fmt;

/// A value of an open enum that this version of the crate does not know, exactly as Terra sent
/// it.
///
/// Only the crate makes one, when it decodes or converts a value that matches no variant, so
/// `Provider::Other(_)` never holds `"GARMIN"`: `Provider::from("GARMIN")` is
/// `Provider::Garmin`. Read the value with [`Unrecognized::value`].
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Unrecognized<T>(T);

impl<T> Unrecognized<T> {
    /// Only for values that match no variant (the macros below check first).
    pub(crate) fn new(value: T) -> Self {
        Unrecognized(value)
    }

    /// The value as sent on the wire.
    pub fn value(&self) -> &T {
        &self.0
    }

    /// The value as sent on the wire, by value.
    pub fn into_value(self) -> T {
        self.0
    }
}

impl<T: fmt::Debug> fmt::Debug for Unrecognized<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl<T: fmt::Display> fmt::Display for Unrecognized<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// Declares a string-valued open enum with `as_str`, `Display`, `FromStr` (infallible),
/// `From<&str>`, serde support that round-trips unknown values, and a `Debug` that prints the wire
/// value (unknown ones as `Other("...")`).
macro_rules! open_string_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $wire:literal, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum $name {
            $( $(#[$vmeta])* #[doc = concat!("`", $wire, "`")] $variant, )+
            /// A value this version of the crate does not know, kept exactly as Terra sent it.
            Other($crate::models::Unrecognized<String>),
        }

        impl $name {
            /// Every value this version of the crate knows, as sent on the wire.
            pub const KNOWN: &'static [&'static str] = &[$($wire),+];

            /// The value as sent on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    $( Self::$variant => $wire, )+
                    Self::Other(value) => value.value(),
                }
            }

            /// `false` for values decoded into [`Self::Other`].
            pub fn is_known(&self) -> bool {
                !matches!(self, Self::Other(_))
            }

            fn known(value: &str) -> Option<Self> {
                match value {
                    $( $wire => Some(Self::$variant), )+
                    _ => None,
                }
            }
        }

        /// Ordered by the value on the wire, so a value added to the spec (a new variant) does
        /// not reorder the others.
        impl PartialOrd for $name {
            fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
                Some(self.cmp(other))
            }
        }

        impl Ord for $name {
            fn cmp(&self, other: &Self) -> std::cmp::Ordering {
                self.as_str().cmp(other.as_str())
            }
        }

        impl From<&str> for $name {
            fn from(value: &str) -> Self {
                Self::known(value)
                    .unwrap_or_else(|| Self::Other($crate::models::Unrecognized::new(value.to_owned())))
            }
        }

        impl From<String> for $name {
            fn from(value: String) -> Self {
                Self::known(&value)
                    .unwrap_or_else(|| Self::Other($crate::models::Unrecognized::new(value)))
            }
        }

        impl std::str::FromStr for $name {
            type Err = std::convert::Infallible;
            fn from_str(value: &str) -> Result<Self, Self::Err> {
                Ok(Self::from(value))
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl std::fmt::Debug for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                match self {
                    Self::Other(value) => f.debug_tuple("Other").field(value).finish(),
                    known => f.write_str(known.as_str()),
                }
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct Visitor;
                impl serde::de::Visitor<'_> for Visitor {
                    type Value = $name;
                    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        f.write_str(concat!("a string (", stringify!($name), ")"))
                    }
                    fn visit_str<E: serde::de::Error>(self, value: &str) -> Result<$name, E> {
                        Ok($name::from(value))
                    }
                    fn visit_string<E: serde::de::Error>(self, value: String) -> Result<$name, E> {
                        Ok($name::from(value))
                    }
                }
                deserializer.deserialize_str(Visitor)
            }
        }

        $crate::models::open_enum::open_enum_schema!($name, "string");
    };
}

pub(crate) use open_string_enum;

/// With the `schemars` feature: the schema of an open enum is any value of its JSON type, with the
/// known values listed (`anyOf: [{enum: known}, {type}]`), so a validator accepts what Terra adds
/// just as decoding does.
#[cfg(feature = "schemars")]
macro_rules! open_enum_schema {
    ($name:ident, $json_type:literal) => {
        impl schemars::JsonSchema for $name {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }

            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                let known: Vec<serde_json::Value> =
                    Self::KNOWN.iter().map(|value| serde_json::json!(value)).collect();
                schemars::json_schema!({
                    "description": concat!(
                        "An open set of values: those known to this version, or any other ",
                        $json_type,
                        " Terra adds."
                    ),
                    "anyOf": [
                        { "enum": known },
                        { "type": $json_type }
                    ]
                })
            }
        }
    };
}

#[cfg(not(feature = "schemars"))]
macro_rules! open_enum_schema {
    ($($anything:tt)*) => {};
}

pub(crate) use open_enum_schema;

/// Declares an integer-valued open enum: known values get variants, any other integer decodes
/// into `Unknown` and is re-encoded as the same integer. Accepts integral floats (`8.0`)
/// because Terra declares these as JSON numbers; a fractional value is a decode error.
macro_rules! open_int_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $value:literal, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum $name {
            $( $(#[$vmeta])* #[doc = concat!("`", stringify!($value), "`")] $variant, )+
            /// A value this version of the crate does not know, kept exactly as Terra sent it.
            Unknown($crate::models::Unrecognized<i64>),
        }

        impl $name {
            /// Every value this version of the crate knows.
            pub const KNOWN: &'static [i64] = &[$($value),+];

            /// The value as sent on the wire.
            pub fn value(self) -> i64 {
                match self {
                    $( Self::$variant => $value, )+
                    Self::Unknown(value) => *value.value(),
                }
            }

            /// `false` for values decoded into [`Self::Unknown`].
            pub fn is_known(self) -> bool {
                !matches!(self, Self::Unknown(_))
            }
        }

        /// Ordered by the value on the wire, so a value added to the spec (a new variant) does
        /// not reorder the others.
        impl PartialOrd for $name {
            fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
                Some(self.cmp(other))
            }
        }

        impl Ord for $name {
            fn cmp(&self, other: &Self) -> std::cmp::Ordering {
                self.value().cmp(&other.value())
            }
        }

        impl From<i64> for $name {
            fn from(value: i64) -> Self {
                match value {
                    $( $value => Self::$variant, )+
                    other => Self::Unknown($crate::models::Unrecognized::new(other)),
                }
            }
        }

        impl From<$name> for i64 {
            fn from(value: $name) -> i64 {
                value.value()
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, "{}", self.value())
            }
        }

        impl std::fmt::Debug for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                match self {
                    $( Self::$variant => f.write_str(stringify!($variant)), )+
                    Self::Unknown(value) => f.debug_tuple("Unknown").field(value).finish(),
                }
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_i64(self.value())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                deserializer
                    .deserialize_any($crate::models::open_enum::IntegerVisitor(stringify!($name)))
                    .map($name::from)
            }
        }

        $crate::models::open_enum::open_enum_schema!($name, "integer");
    };
}

pub(crate) use open_int_enum;

/// Reads a JSON integer (or an integral float) as `i64` for [`open_int_enum!`] types.
pub(crate) struct IntegerVisitor(pub(crate) &'static str);

impl serde::de::Visitor<'_> for IntegerVisitor {
    type Value = i64;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "an integer ({})", self.0)
    }

    fn visit_i64<E: serde::de::Error>(self, value: i64) -> Result<i64, E> {
        Ok(value)
    }

    fn visit_u64<E: serde::de::Error>(self, value: u64) -> Result<i64, E> {
        i64::try_from(value)
            .map_err(|_| E::invalid_value(serde::de::Unexpected::Unsigned(value), &self))
    }

    fn visit_f64<E: serde::de::Error>(self, value: f64) -> Result<i64, E> {
        // `8.0` is the integer 8; `8.5` is not a value of any enum.
        if value.fract() == 0.0 && value.abs() < 9.0e15 {
            Ok(value as i64)
        } else {
            Err(E::invalid_value(serde::de::Unexpected::Float(value), &self))
        }
    }
}
