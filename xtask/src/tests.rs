//! `spec-diff` on a matrix of edits to the real spec: each classified as a user of the crate
//! would experience it.

use crate::{
    spec::Spec,
    spec_diff::{Change, Verdict, diff, report},
};

const SPEC: &str = include_str!("../../openapi/terra.yaml");

/// The changes from the spec to the spec with `find` replaced by `replace` (which must occur).
fn changes(find: &str, replace: &str) -> Vec<Change> {
    assert!(SPEC.contains(find), "the spec no longer contains {find:?}");
    let edited = SPEC.replacen(find, replace, 1);
    let base = Spec::parse(SPEC, "base").unwrap();
    let head = Spec::parse(&edited, "head").unwrap();
    diff(&base, &head)
}

/// Asserts exactly one change, about `item`, with `verdict`, whose text contains `says`.
fn one(changes: &[Change], item: &str, verdict: Verdict, says: &str) {
    assert_eq!(changes.len(), 1, "{changes:#?}");
    let change = &changes[0];
    assert_eq!(change.item, item, "{change:?}");
    assert_eq!(change.verdict, verdict, "{change:?}");
    assert!(change.what.contains(says), "{change:?}");
}

const TERRA_USER: &str = "    TerraUser:\n      type: object\n      description: One end user's connection to one provider.\n      required:\n      - user_id\n      - provider\n      properties:\n";

#[test]
fn unchanged_spec_has_no_changes() {
    let spec = Spec::parse(SPEC, "spec").unwrap();
    assert!(diff(&spec, &spec).is_empty());
    assert!(report(&[], "a", "b").contains("No changes"));
}

#[test]
fn new_optional_property_is_compatible() {
    let changes = changes(
        TERRA_USER,
        &format!(
            "{TERRA_USER}        timezone:\n          type: string\n          nullable: true\n"
        ),
    );
    one(
        &changes,
        "TerraUser.timezone",
        Verdict::Compatible,
        "property added (`string`)",
    );
}

#[test]
fn new_required_property_breaks_a_request_body_only() {
    let plan = "      required:\n      - planned_date\n      properties:\n        planned_date:\n";
    let changes = changes(
        plan,
        "      required:\n      - planned_date\n      - ftp\n      properties:\n        planned_date:\n",
    );
    // `ftp` existed as optional: optional → required.
    one(
        &changes,
        "PlanWorkoutRequest.ftp",
        Verdict::Breaking,
        "optional → required",
    );
}

#[test]
fn new_enum_values_are_compatible_and_name_their_variant() {
    let changes = changes(
        "        108: Other\n",
        "        108: Other\n        155: Padel\n",
    );
    assert!(
        changes.is_empty(),
        "a name for no value is no change: {changes:?}"
    );
    let edited = SPEC
        .replacen(
            "      - 108\n",
            "      - 108\n      - 155\n      - 156\n",
            1,
        )
        .replacen(
            "        108: Other\n",
            "        108: Other\n        155: Padel\n        156: Pickleball\n",
            1,
        );
    let changes = diff(
        &Spec::parse(SPEC, "a").unwrap(),
        &Spec::parse(&edited, "b").unwrap(),
    );
    assert_eq!(changes.len(), 2, "{changes:?}");
    assert_eq!(changes[0].item, "ActivityType = 155");
    assert_eq!(changes[0].verdict, Verdict::Compatible);
    assert!(changes[0].what.contains("`ActivityType::Padel`"));
    assert_eq!(changes[1].item, "ActivityType = 156");
}

#[test]
fn removed_or_renamed_enum_values_break() {
    let changes = changes("      - 108\n", "");
    assert!(
        changes
            .iter()
            .any(|c| c.item == "ActivityType = 108" && c.verdict == Verdict::Breaking)
    );
    let changes = changes_of("        108: Other\n", "        108: OtherSport\n");
    one(
        &changes,
        "ActivityType = 108",
        Verdict::Breaking,
        "variant renamed `Other` → `OtherSport`",
    );
}

fn changes_of(find: &str, replace: &str) -> Vec<Change> {
    changes(find, replace)
}

#[test]
fn new_operation_is_compatible() {
    let new = "  /stress:\n    get:\n      operationId: Stress_Get\n      responses:\n        '200':\n          description: OK\n";
    let changes = changes("paths:\n", &format!("paths:\n{new}"));
    one(
        &changes,
        "GET /stress",
        Verdict::Compatible,
        "operation added (Stress_Get)",
    );
}

#[test]
fn removed_operation_breaks() {
    let start = SPEC.find("  /integrations/detailed:\n").unwrap();
    let end = start + SPEC[start + 3..].find("\n  /").unwrap() + 4;
    let changes = changes(&SPEC[start..end], "");
    assert!(
        changes
            .iter()
            .any(|c| c.item == "GET /integrations/detailed" && c.verdict == Verdict::Breaking),
        "{changes:#?}"
    );
}

#[test]
fn optional_to_required_on_a_response_field_breaks() {
    // `scopes` is nullable: it stays `Option` in Rust; only decoding changes.
    let nullable = changes(
        TERRA_USER,
        &TERRA_USER.replace("      - provider\n", "      - provider\n      - scopes\n"),
    );
    one(
        &nullable,
        "TerraUser.scopes",
        Verdict::Compatible,
        "still `Option`",
    );
    // A non-nullable optional field made required: `Option<T>` becomes `T`.
    let ack = "    DataSentToWebhook:\n      type: object\n";
    let required = changes(ack, &format!("{ack}      required:\n      - reference\n"));
    one(
        &required,
        "DataSentToWebhook.reference",
        Verdict::Breaking,
        "`Option<string>` becomes `string`",
    );
}

#[test]
fn required_to_optional_breaks() {
    let changes = changes(TERRA_USER, &TERRA_USER.replace("      - provider\n", ""));
    one(
        &changes,
        "TerraUser.provider",
        Verdict::Breaking,
        "required → optional",
    );
}

#[test]
fn type_change_breaks() {
    let changes = changes(
        "        sent_webhooks_last_hour:\n          type: integer\n",
        "        sent_webhooks_last_hour:\n          type: number\n",
    );
    one(
        &changes,
        "HealthcheckEvent.sent_webhooks_last_hour",
        Verdict::Breaking,
        "type `integer` → `number`",
    );
}

#[test]
fn items_becoming_nullable_breaks_and_says_so() {
    // `Vec<f64>` becomes `Vec<Option<f64>>`: every user reading the list must change.
    let changes = changes(
        "          items:\n            type: number\n            nullable: true\n          description: Latitude and longitude in degrees (either may be null).",
        "          items:\n            type: number\n          description: Latitude and longitude in degrees (either may be null).",
    );
    one(
        &changes,
        "PositionSample.coords_lat_lng_deg",
        Verdict::Breaking,
        "type `array of nullable number` → `array of number`",
    );
}

#[test]
fn a_rust_type_given_to_a_property_breaks() {
    let workout_id = "        workout_id:\n          type: string\n          x-tryterra-rust-type: crate::models::WorkoutId\n          description: Terra's identifier of the new stored workout.\n    DeleteWorkoutResponse:";
    let changes = changes(
        workout_id,
        "        workout_id:\n          type: string\n          description: Terra's identifier of the new stored workout.\n    DeleteWorkoutResponse:",
    );
    one(
        &changes,
        "CreateWorkoutResponse.workout_id",
        Verdict::Breaking,
        "type `string as WorkoutId` → `string`",
    );
}

#[test]
fn removed_property_breaks() {
    let changes = changes(
        "        retrying_at:\n          type: string\n          nullable: true\n          description: When Terra retries.\n",
        "",
    );
    one(
        &changes,
        "RateLimitHitEvent.retrying_at",
        Verdict::Breaking,
        "property removed",
    );
}

#[test]
fn report_gives_the_verdict_and_one_row_per_item() {
    let changes = changes(TERRA_USER, &TERRA_USER.replace("      - provider\n", ""));
    let text = report(&changes, "`HEAD`", "the working tree");
    assert!(
        text.contains("**Breaking for users of the crate**: 1 breaking, 0 compatible"),
        "{text}"
    );
    assert!(
        text.contains("| **breaking** | `TerraUser.provider` | required → optional"),
        "{text}"
    );
}

#[test]
fn invalid_yaml_and_dangling_refs_are_errors_that_say_where() {
    let error = Spec::parse("openapi: 3.0.3\npaths: [unclosed", "terra.yaml")
        .err()
        .unwrap();
    assert!(error.starts_with("terra.yaml: not valid YAML"), "{error}");
    let dangling = SPEC.replacen(
        "$ref: '#/components/schemas/TerraUser'",
        "$ref: '#/components/schemas/TerraUzer'",
        1,
    );
    let error = Spec::parse(&dangling, "terra.yaml").err().unwrap();
    assert!(
        error.contains("$ref `#/components/schemas/TerraUzer` points nowhere"),
        "{error}"
    );
    assert!(
        error.starts_with("terra.yaml: paths./"),
        "the referring location: {error}"
    );
}

mod upstream {
    //! The upstream sync: `openapi/terra.yaml` is exactly Terra's published spec under our
    //! conventions and documented deviations, and a change upstream is caught, named.

    use std::path::{Path, PathBuf};

    use serde_norway::Value;

    use crate::upstream::{differences, sync};

    /// Terra's spec beside the repository (as on CI), or `TRYTERRA_UPSTREAM_SPEC`.
    fn upstream_dir() -> Option<PathBuf> {
        let dir = std::env::var_os("TRYTERRA_UPSTREAM_SPEC")
            .map(PathBuf::from)
            .unwrap_or_else(|| {
                Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/reference/terra-openapi")
            });
        dir.join("v2-bundled.yaml").exists().then_some(dir)
    }

    fn load(path: &Path) -> Value {
        serde_norway::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
    }

    fn inputs() -> Option<(Value, Value, Value)> {
        let Some(dir) = upstream_dir() else {
            eprintln!("Terra's spec is not beside the repository: nothing to compare");
            return None;
        };
        let current: Value = serde_norway::from_str(super::SPEC).unwrap();
        Some((
            load(&dir.join("v2-bundled.yaml")),
            load(&dir.join("widget-bundled.yaml")),
            current,
        ))
    }

    /// The successor of the old coverage test: every operation, parameter, schema, property,
    /// type, `required` list, enum value and response of upstream is ours, and nothing of ours
    /// is missing upstream except what is marked `x-tryterra-not-upstream`.
    #[test]
    fn the_spec_is_upstream_under_our_conventions() {
        let Some((v2, widget, current)) = inputs() else {
            return;
        };
        let mut found = Vec::new();
        differences(&sync(&v2, &widget, &current), &current, "", 20, &mut found);
        assert!(found.is_empty(), "{found:#?}");
    }

    #[test]
    fn a_lat_lng_pair_may_hold_nulls_though_upstream_types_numbers() {
        let Some((v2, widget, current)) = inputs() else {
            return;
        };
        let upstream = &v2["components"]["schemas"]["PositionData"]["properties"];
        assert!(
            upstream["start_pos_lat_lng_deg"]["anyOf"][0]["items"]
                .get("nullable")
                .is_none()
        );
        let converted = sync(&v2, &widget, &current);
        let schemas = &converted["components"]["schemas"];
        for (schema, property) in [
            ("PositionData", "start_pos_lat_lng_deg"),
            ("PositionData", "center_pos_lat_lng_deg"),
            ("PositionData", "end_pos_lat_lng_deg"),
            ("PositionSample", "coords_lat_lng_deg"),
        ] {
            let items = &schemas[schema]["properties"][property]["items"];
            assert_eq!(
                items["type"].as_str(),
                Some("number"),
                "{schema}.{property}"
            );
            assert_eq!(
                items["nullable"].as_bool(),
                Some(true),
                "{schema}.{property}"
            );
        }
    }

    #[test]
    fn an_upstream_change_is_caught_and_named() {
        let Some((mut v2, widget, current)) = inputs() else {
            return;
        };
        // Terra adds an activity type and a property, and drops a required key.
        let activity_types = v2["components"]["schemas"]["ActivityType"]["oneOf"]
            .as_sequence_mut()
            .unwrap();
        activity_types
            .push(serde_norway::from_str("{type: number, const: 155, title: Padel}").unwrap());
        v2["components"]["schemas"]["TerraUser"]["properties"]["timezone"] =
            serde_norway::from_str("{type: string}").unwrap();
        let converted = sync(&v2, &widget, &current);
        let mut found = Vec::new();
        differences(&converted, &current, "", 20, &mut found);
        let text = found.join("\n");
        assert!(
            text.contains("components.schemas.ActivityType.enum"),
            "{text}"
        );
        assert!(
            text.contains(
                "components.schemas.TerraUser.properties.timezone: only in the converted upstream"
            ),
            "{text}"
        );
        // The new value is named from upstream's title, so it builds without a hand edit.
        assert_eq!(
            converted["components"]["schemas"]["ActivityType"]["x-tryterra-variants"][155].as_str(),
            Some("Padel")
        );
    }
}

#[test]
fn a_sync_lists_what_is_left_to_describe() {
    // The spec describes everything: nothing to do.
    let spec = Spec::parse(SPEC, "spec").unwrap();
    assert!(
        !crate::steps_left(&spec)
            .iter()
            .any(|s| s.starts_with("describe")),
        "{:?}",
        crate::steps_left(&spec)
    );
    // A property upstream adds arrives without our words, also inside an inline object.
    let edited = SPEC.replacen(
        "            scopes:\n              type: string\n              description: Permissions the user granted the provider connection, comma-separated.\n",
        "            scopes:\n              type: string\n",
        1,
    );
    assert_ne!(edited, SPEC);
    let edited = edited.replacen(
        TERRA_USER,
        &format!("{TERRA_USER}        region:\n          type: string\n"),
        1,
    );
    let steps = crate::steps_left(&Spec::parse(&edited, "edited").unwrap());
    let describe = steps
        .iter()
        .find(|s| s.starts_with("describe"))
        .expect("a step to describe");
    assert!(
        describe.ends_with(": DataSentToWebhook.user.scopes, TerraUser.region"),
        "{describe}"
    );
}
