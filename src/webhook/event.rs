//! The events Terra delivers, dispatched on `type`. Payloads reuse the API's models; a `type` this
//! version does not know becomes [`Event::Unknown`] with the raw JSON, so no delivery is lost.

use serde::Deserialize;
use serde_json::Value;

use crate::{error::DecodeError, models::LegacyAuthError};

/// Declares [`Event`] from one table: variant, payload type, the `type` values that select it.
/// Dispatch, `event_type()` and `Serialize` all come from this table.
macro_rules! events {
    ($( $(#[$doc:meta])* $variant:ident($payload:ty) = $($tag:literal)|+ ; )+) => {
        /// A webhook event.
        ///
        /// `Debug` shows the variant and which fields are present, never a value (the payloads
        /// are health data); serialise it to see the data.
        #[derive(Clone, PartialEq)]
        #[non_exhaustive]
        pub enum Event {
            $( $(#[$doc])* $variant($payload), )+
            /// `auth` with `status: error`: the older form of a failed connection.
            AuthFailed(LegacyAuthError),
            /// A `type` this version of the crate does not know, with the whole payload.
            Unknown {
                /// The `type` field.
                event_type: String,
                /// The payload as JSON.
                raw: Value,
            },
        }

        impl Event {
            fn decode_known(event_type: &str, body: &[u8]) -> Option<Result<Event, DecodeError>> {
                match event_type {
                    $( $($tag)|+ => Some(decode(body).map(Event::$variant)), )+
                    _ => None,
                }
            }

            /// The `type` field as Terra sent it.
            pub fn event_type(&self) -> &str {
                match self {
                    $( Event::$variant(event) => &event.type_, )+
                    Event::AuthFailed(event) => &event.type_,
                    Event::Unknown { event_type, .. } => event_type,
                }
            }
        }

        impl std::fmt::Debug for Event {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                match self {
                    $( Event::$variant(event) => {
                        f.debug_tuple(stringify!($variant)).field(event).finish()
                    } )+
                    Event::AuthFailed(event) => f.debug_tuple("AuthFailed").field(event).finish(),
                    Event::Unknown { event_type, .. } => f
                        .debug_struct("Unknown")
                        .field("event_type", event_type)
                        .finish_non_exhaustive(),
                }
            }
        }

        /// Serialises the payload as Terra sent it (unknown events: their raw JSON).
        impl serde::Serialize for Event {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                match self {
                    $( Event::$variant(event) => event.serialize(serializer), )+
                    Event::AuthFailed(event) => event.serialize(serializer),
                    Event::Unknown { raw, .. } => raw.serialize(serializer),
                }
            }
        }
    };
}

// The variants come from the spec (`x-tryterra-event` on each event schema, via the build step).
crate::generated::with_events!(events);

fn decode<T: serde::de::DeserializeOwned>(body: &[u8]) -> Result<T, DecodeError> {
    DecodeError::decode(None, body)
}

/// The scopes a `permission_change` added and removed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScopeChanges {
    /// Newly granted.
    pub added: Vec<String>,
    /// Withdrawn.
    pub removed: Vec<String>,
}

impl Event {
    /// Decodes an event from its JSON body, dispatching on `type`.
    ///
    /// # Errors
    /// [`DecodeError`] when the body is not a JSON object with a string `type`, or when a known
    /// type's payload does not match its model (the path says where). An unknown `type` is not
    /// an error.
    pub fn from_json(body: &[u8]) -> Result<Self, DecodeError> {
        #[derive(Deserialize)]
        struct Tag {
            #[serde(rename = "type")]
            event_type: String,
            status: Option<String>,
        }
        // Two passes on purpose: this one only scans (every other field is skipped, a small
        // fraction of a typed decode), so the payload can then decode straight into its model,
        // with JSON paths in errors, instead of through an intermediate `serde_json::Value`.
        let tag: Tag = decode(body)?;
        if tag.event_type == "auth" && tag.status.as_deref() == Some("error") {
            return decode(body).map(Event::AuthFailed);
        }
        match Event::decode_known(&tag.event_type, body) {
            Some(known) => known,
            None => Ok(Event::Unknown {
                raw: decode(body)?,
                event_type: tag.event_type,
            }),
        }
    }

    /// For `permission_change`, the scopes added and removed (Terra sends each as one
    /// comma-separated string, possibly empty).
    pub fn scope_changes(&self) -> Option<ScopeChanges> {
        let Event::PermissionChange(change) = self else {
            return None;
        };
        let split = |scopes: &str| {
            scopes
                .split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect()
        };
        Some(ScopeChanges {
            added: split(&change.scopes_added),
            removed: split(&change.scopes_removed),
        })
    }
}
