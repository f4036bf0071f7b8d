//! The rules `build/passes.rs` applies to every generated model: objects decode only from JSON
//! objects, integer fields accept integral floats, and `Debug` never prints a value.

use std::{fmt, num::NonZeroU64};

use serde::{
    Deserialize, Deserializer,
    de::{self, Unexpected, Visitor},
};

/// Decodes a struct from a map only: serde's derive would also take an array of the fields in
/// order, so a body of the wrong shape could decode as a struct by position.
pub(crate) struct ObjectOnly<D>(pub(crate) D);

impl<'de, D: Deserializer<'de>> Deserializer<'de> for ObjectOnly<D> {
    type Error = D::Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        self.0.deserialize_any(visitor)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        self.0.deserialize_map(visitor)
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        self.0.deserialize_map(visitor)
    }

    fn is_human_readable(&self) -> bool {
        self.0.is_human_readable()
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        option unit unit_struct newtype_struct seq tuple tuple_struct enum identifier
        ignored_any
    }
}

/// The JSON property names a generated struct decodes from (aliases included).
pub(crate) trait ModelFields {
    const FIELDS: &'static [&'static str];
}

/// `deserialize_with` for integer fields: also accepts an integral float (`4.0`, an integer for
/// JSON Schema), rejects a fractional one (`4.5`) or one out of range.
pub(crate) fn integer<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Integer,
{
    T::read(deserializer)
}

/// A field type [`integer`] can read: an integer type, or one inside `Option` or `Vec`.
pub(crate) trait Integer: Sized {
    fn read<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error>;
}

/// One integer, decoded by [`Integer::read`] (for the elements of `Option` and `Vec`).
struct Lenient<T>(T);

impl<'de, T: Integer> Deserialize<'de> for Lenient<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        T::read(deserializer).map(Lenient)
    }
}

impl<T: Integer> Integer for Option<T> {
    fn read<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(Option::<Lenient<T>>::deserialize(deserializer)?.map(|v| v.0))
    }
}

impl<T: Integer> Integer for Vec<T> {
    fn read<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let items = Vec::<Lenient<T>>::deserialize(deserializer)?;
        Ok(items.into_iter().map(|v| v.0).collect())
    }
}

/// Reads any JSON number that is a whole number within `T`'s range.
struct WholeNumber<T>(std::marker::PhantomData<T>);

impl<T> Visitor<'_> for WholeNumber<T>
where
    T: TryFrom<i64> + TryFrom<u64>,
{
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "an integer ({})", short_name::<T>())
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<T, E> {
        T::try_from(value).map_err(|_| E::invalid_value(Unexpected::Signed(value), &self))
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<T, E> {
        T::try_from(value).map_err(|_| E::invalid_value(Unexpected::Unsigned(value), &self))
    }

    fn visit_f64<E: de::Error>(self, value: f64) -> Result<T, E> {
        // Whole numbers up to 2^53 are exact as doubles; beyond that `x.0` may not be the
        // integer that was written.
        const EXACT: f64 = 9_007_199_254_740_992.0;
        if value.fract() == 0.0 && value.abs() <= EXACT {
            self.visit_i64(value as i64)
        } else {
            Err(E::invalid_value(Unexpected::Float(value), &self))
        }
    }
}

fn short_name<T>() -> &'static str {
    let name = std::any::type_name::<T>();
    name.rsplit("::").next().unwrap_or(name)
}

macro_rules! integers {
    ($($t:ty),*) => {$(
        impl Integer for $t {
            fn read<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                deserializer.deserialize_i64(WholeNumber::<$t>(std::marker::PhantomData))
            }
        }
    )*};
}

integers!(i8, i16, i32, i64, u8, u16, u32, u64);

impl Integer for NonZeroU64 {
    fn read<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = u64::read(deserializer)?;
        NonZeroU64::new(value)
            .ok_or_else(|| de::Error::invalid_value(Unexpected::Unsigned(0), &"a positive integer"))
    }
}

/// `Debug` for a generated struct: `Activity { metadata: <redacted>, heart_rate_data:
/// <redacted>, .. }`, listing only the fields that are present.
pub(crate) struct RedactedStruct<'a, 'b> {
    inner: fmt::DebugStruct<'a, 'b>,
}

/// Stands in for a value in `Debug` output.
struct Redacted;

impl fmt::Debug for Redacted {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

impl<'a, 'b> RedactedStruct<'a, 'b> {
    pub(crate) fn new(f: &'a mut fmt::Formatter<'b>, name: &str) -> Self {
        RedactedStruct {
            inner: f.debug_struct(name),
        }
    }

    pub(crate) fn field(mut self, name: &str, present: bool) -> Self {
        if present {
            self.inner.field(name, &Redacted);
        }
        self
    }

    pub(crate) fn finish(mut self) -> fmt::Result {
        self.inner.finish_non_exhaustive()
    }
}

/// `Debug` for a generated enum or newtype: `StartDate(<redacted>)`.
pub(crate) fn redacted_value(f: &mut fmt::Formatter<'_>, name: &str) -> fmt::Result {
    f.debug_tuple(name).field(&Redacted).finish()
}

/// Whether a hand-written model's field counts as present in its redacted `Debug`.
pub(crate) trait Present {
    fn present(&self) -> bool;
}

impl<T> Present for Option<T> {
    fn present(&self) -> bool {
        self.is_some()
    }
}

impl Present for String {
    fn present(&self) -> bool {
        true
    }
}

/// The redacted `Debug` of the generated models, for hand-written types that carry Terra data
/// or user identifiers: `redacted_debug!(LegacyAuthError { type_, status, reason })`.
macro_rules! redacted_debug {
    ($type:ident { $($field:ident),* $(,)? }) => {
        impl std::fmt::Debug for $type {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                use $crate::models::serde_rules::Present as _;
                $crate::models::serde_rules::RedactedStruct::new(f, stringify!($type))
                    $(.field(stringify!($field).trim_end_matches('_'), self.$field.present()))*
                    .finish()
            }
        }
    };
}

pub(crate) use redacted_debug;
