//! The data Terra sends and receives.
//!
//! Every type is generated from `openapi/terra.yaml`: the models by progenitor, the open enums
//! (each `enum` of the spec, with a fallback for values Terra adds) by `build/enums.rs`.

mod dates;
mod ids;
pub(crate) mod open_enum;
pub(crate) mod serde_rules;

pub use dates::{DateOrTimestamp, ParsedTimestamp, Timestamp, TimestampError};
pub use ids::{PlannedWorkoutId, WorkoutId};
pub use open_enum::Unrecognized;

pub use crate::generated::enums::*;
pub use crate::generated::models::*;

impl HeartRateZoneData {
    /// [`zone`](Self::zone) as a [`HeartRateZone`].
    pub fn zone_kind(&self) -> Option<HeartRateZone> {
        self.zone.map(HeartRateZone::from)
    }
}

impl TerraUser {
    /// The granted scopes, split on commas (`scopes` is one comma-separated string; empty
    /// entries are skipped).
    pub fn scope_list(&self) -> impl Iterator<Item = &str> {
        split_scopes(self.scopes.as_deref())
    }
}

impl UserInfoUser {
    /// The granted scopes, split on commas, as [`TerraUser::scope_list`].
    pub fn scope_list(&self) -> impl Iterator<Item = &str> {
        split_scopes(self.scopes.as_deref())
    }
}

fn split_scopes(scopes: Option<&str>) -> impl Iterator<Item = &str> {
    scopes
        .unwrap_or_default()
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
}
