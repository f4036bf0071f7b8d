//! The simulated account: providers and users, generated deterministically so tests can assert
//! on them.

use serde_json::{Value, json};

/// Cloud providers, as Terra's getting-started guide lists them.
pub(crate) const PROVIDERS: &[&str] = &[
    "BIOSTRAP",
    "CARDIOMOOD",
    "CONCEPT2",
    "COROS",
    "CRONOMETER",
    "DEXCOM",
    "EATTHISMUCH",
    "EIGHT",
    "FATSECRET",
    "FINALSURGE",
    "FITBIT",
    "FREESTYLELIBRE",
    "GARMIN",
    "GOOGLE",
    "HAMMERHEAD",
    "HUAWEI",
    "IFIT",
    "INBODY",
    "KOMOOT",
    "LIVEROWING",
    "LEZYNE",
    "MOXY",
    "NUTRACHECK",
    "OMRON",
    "OMRONUS",
    "OURA",
    "PELOTON",
    "POLAR",
    "PUL",
    "RENPHO",
    "RIDEWITHGPS",
    "ROUVY",
    "SUUNTO",
    "TECHNOGYM",
    "TEMPO",
    "TRIDOT",
    "TREDICT",
    "TRAININGPEAKS",
    "TRAINASONE",
    "TRAINERROAD",
    "UNDERARMOUR",
    "VIRTUAGYM",
    "WAHOO",
    "WEAROS",
    "WHOOP",
    "WITHINGS",
    "XOSS",
    "ZWIFT",
    "XERT",
    "BRYTONSPORT",
    "TODAYSPLAN",
    "WGER",
    "VELOHERO",
    "CYCLINGANALYTICS",
    "NOLIO",
    "TRAINXHALE",
    "KETOMOJOUS",
    "KETOMOJOEU",
    "STRAVA",
    "CLUE",
    "HEALTHGAUGE",
    "MACROSFIRST",
];

/// Providers reachable only through Terra's mobile SDKs.
pub(crate) const SDK_PROVIDERS: &[&str] = &[
    "GOOGLEFIT",
    "FREESTYLELIBRESDK",
    "APPLE",
    "SAMSUNG",
    "REALTIME",
];

/// Providers the simulated developer has enabled in the dashboard.
const ENABLED: &[&str] = &[
    "FITBIT", "GARMIN", "GOOGLE", "OURA", "POLAR", "SUUNTO", "WAHOO", "WHOOP", "WITHINGS", "APPLE",
];

/// Providers users are spread over, with the scope strings each reports.
const USER_PROVIDERS: &[(&str, Option<&str>)] = &[
    (
        "GARMIN",
        Some("ACTIVITY_EXPORT,HEALTH_EXPORT,WORKOUT_IMPORT"),
    ),
    ("FITBIT", Some("activity,heartrate,sleep,profile,weight")),
    ("OURA", Some("daily,heartrate,personal,session,workout")),
    (
        "WHOOP",
        Some("read:recovery,read:cycles,read:sleep,read:workout"),
    ),
    ("POLAR", None),
    ("WITHINGS", Some("user.info,user.metrics,user.activity")),
    ("APPLE", Some("")),
];

/// One connection, with the fields every endpoint shows and the extras `/userInfo` adds.
#[derive(Debug, Clone)]
pub(crate) struct User {
    pub(crate) user_id: String,
    pub(crate) reference_id: String,
    base: Value,
    pub(crate) index: usize,
}

impl User {
    /// The provider this connection is with.
    pub(crate) fn provider(&self) -> &str {
        self.base["provider"].as_str().unwrap_or_default()
    }

    /// The `TerraUser` JSON.
    pub(crate) fn json(&self) -> Value {
        self.base.clone()
    }

    /// The `/userInfo` body for this user.
    pub(crate) fn info_json(&self) -> Value {
        let mut user = self.base.clone();
        let day = 10 + self.index % 18;
        user["last_polled_at"] = json!(format!("2024-05-{day:02}T06:00:00Z"));
        user["most_recent_data_at"] = json!(format!("2024-05-{:02}T23:15:00Z", day - 1));
        json!({
            "user": user,
            "status": "success",
            "is_authenticated": self.base["active"] == json!(true),
        })
    }
}

/// `count` users; every second pair shares a reference ID (one person, two wearables).
/// The account's users; `seed` 0 gives the documented default IDs, any other seed another
/// account (other IDs, hence other data, since data derives from the user ID).
pub(crate) fn users(count: usize, seed: u64) -> Vec<User> {
    (0..count).map(|index| user(index, seed)).collect()
}

fn user(index: usize, seed: u64) -> User {
    let (provider, scopes) = USER_PROVIDERS[index % USER_PROVIDERS.len()];
    let user_id = uuid_like(index.wrapping_add((seed as usize).wrapping_mul(1_000_003)));
    let reference_id = format!("athlete-{:04}", index / 2);
    let month = 1 + index % 12;
    let day = 1 + index % 28;
    let base = json!({
        "user_id": user_id,
        "provider": provider,
        "created_at": format!("2023-{month:02}-{day:02}T09:{:02}:00.000000+00:00", index % 60),
        "last_webhook_update": if index % 5 == 4 {
            Value::Null
        } else {
            json!(format!("2024-05-{:02}T07:30:12.345678+00:00", 1 + index % 28))
        },
        "scopes": scopes,
        "reference_id": reference_id,
        // Every tenth connection was deactivated by its developer.
        "active": index % 10 != 9,
    });
    User {
        user_id,
        reference_id,
        base,
        index,
    }
}

/// A user who just connected `provider` through `/auth/authenticateUser`.
pub(crate) fn connected(index: usize, provider: &str, reference_id: Option<&str>) -> User {
    let mut user = user(index, 0);
    user.base["provider"] = json!(provider);
    user.base["scopes"] = Value::Null;
    user.base["last_webhook_update"] = Value::Null;
    if let Some(reference) = reference_id {
        user.reference_id = reference.to_string();
        user.base["reference_id"] = json!(reference);
    }
    user
}

/// Whether Terra knows this provider (cloud or SDK).
pub(crate) fn is_provider(name: &str) -> bool {
    PROVIDERS.contains(&name) || SDK_PROVIDERS.contains(&name)
}

/// A stable, UUID-shaped identifier (version 4 layout) derived from `index`.
pub(crate) fn uuid_like(index: usize) -> String {
    // SplitMix64: well spread, deterministic, no dependency.
    let mut state = (index as u64).wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut next = || {
        state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    };
    let (a, b) = (next(), next());
    format!(
        "{:08x}-{:04x}-4{:03x}-{:04x}-{:012x}",
        a >> 32,
        (a >> 16) & 0xffff,
        a & 0x0fff,
        0x8000 | (b >> 48) & 0x3fff,
        b & 0xffff_ffff_ffff
    )
}

/// The `/integrations/detailed` entry of one provider. `scoped` is whether the request carried a
/// `dev-id`: without one Terra reports every provider as enabled.
pub(crate) fn provider_details(provider: &str, scoped: bool) -> Value {
    let name = display_name(provider);
    let sdk = SDK_PROVIDERS.contains(&provider);
    let has = |kinds: &[&str]| kinds.iter().any(|k| provider_offers(provider, k));
    json!({
        "provider": provider,
        "name": name,
        "icon": format!(
            "https://access.tryterra.co/api/v2/static/assets/img/app_icons/{}.webp",
            provider.to_lowercase()
        ),
        "setup": if sdk { "SDK" } else { "API_KEYS_MANAGED" },
        "enabled": !scoped || ENABLED.contains(&provider),
        "types": {
            "activity": has(&["activity"]),
            "body": has(&["body"]),
            "nutrition": has(&["nutrition"]),
            "daily": has(&["daily"]),
            "sleep": has(&["sleep"]),
            "menstruation": has(&["menstruation"]),
        },
    })
}

fn provider_offers(provider: &str, kind: &str) -> bool {
    match kind {
        "activity" => !matches!(
            provider,
            "CRONOMETER" | "FATSECRET" | "NUTRACHECK" | "CLUE" | "DEXCOM"
        ),
        "nutrition" => matches!(
            provider,
            "CRONOMETER"
                | "FATSECRET"
                | "NUTRACHECK"
                | "EATTHISMUCH"
                | "MACROSFIRST"
                | "FITBIT"
                | "APPLE"
        ),
        "menstruation" => matches!(provider, "CLUE" | "FITBIT" | "GARMIN" | "OURA" | "APPLE"),
        "sleep" | "daily" => matches!(
            provider,
            "FITBIT"
                | "GARMIN"
                | "OURA"
                | "WHOOP"
                | "POLAR"
                | "WITHINGS"
                | "APPLE"
                | "SAMSUNG"
                | "GOOGLEFIT"
                | "EIGHT"
                | "SUUNTO"
                | "COROS"
                | "HUAWEI"
        ),
        "body" => matches!(
            provider,
            "WITHINGS"
                | "OMRON"
                | "OMRONUS"
                | "RENPHO"
                | "INBODY"
                | "FITBIT"
                | "GARMIN"
                | "DEXCOM"
                | "FREESTYLELIBRE"
                | "APPLE"
                | "KETOMOJOUS"
                | "KETOMOJOEU"
        ),
        _ => false,
    }
}

fn display_name(provider: &str) -> String {
    let mut chars = provider.chars();
    chars
        .next()
        .map(|first| first.to_string() + &chars.as_str().to_lowercase())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn users_are_stable_and_distinct() {
        let a = users(50, 0);
        let b = users(50, 0);
        assert_eq!(a[7].user_id, b[7].user_id);
        let mut ids: Vec<_> = a.iter().map(|u| u.user_id.clone()).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), 50);
        assert!(
            a.iter()
                .all(|u| u.user_id.len() == 36 && u.user_id.as_bytes()[14] == b'4')
        );
        assert_eq!(a[0].reference_id, a[1].reference_id);
        assert_ne!(a[1].reference_id, a[2].reference_id);
    }

    #[test]
    fn every_terra_user_field_is_present() {
        let user = users(1, 0).remove(0).json();
        for field in [
            "user_id",
            "provider",
            "created_at",
            "last_webhook_update",
            "scopes",
            "reference_id",
            "active",
        ] {
            assert!(user.get(field).is_some(), "{field} missing from {user}");
        }
    }
}
