//! The generator itself, run as a test: a spec progenitor cannot handle is a named failure with
//! a message, not a panic in a build script.

#[path = "../../build/codegen.rs"]
#[allow(dead_code)]
pub(crate) mod codegen;

const SPEC: &str = include_str!("../../openapi/terra.yaml");

#[test]
fn the_spec_generates_a_method_for_every_operation() {
    let generated = codegen::generate(SPEC).unwrap_or_else(|e| panic!("{e}"));
    let spec: serde_norway::Value = serde_norway::from_str(SPEC).unwrap();
    let mut missing = Vec::new();
    for (_, item) in spec["paths"].as_mapping().unwrap() {
        for (_, operation) in item.as_mapping().unwrap() {
            let Some(id) = operation["operationId"].as_str() else {
                continue; // `servers`, `parameters`
            };
            if operation["x-tryterra-not-generated"].as_bool() == Some(true) {
                continue; // the multipart upload is implemented by the facade
            }
            let method = format!("pub fn {}(", snake_case(id));
            if !generated.code().contains(&method) {
                missing.push(format!("no `{method}` generated for {id}"));
            }
        }
    }
    assert!(missing.is_empty(), "{missing:?}");
}

#[test]
fn replacements_and_aliases_from_the_spec_are_applied() {
    let generated = codegen::generate(SPEC).unwrap();
    assert!(
        generated
            .code()
            .contains("pub provider: crate::models::Provider")
    );
    assert!(
        generated
            .code()
            .contains(r#"#[serde(alias = "sdk_resource")]"#)
    );
    // Replaced types are not generated as well: the open enum is the only `ResponseStatus`.
    assert_eq!(
        generated.code().matches("pub enum ResponseStatus").count(),
        1
    );
    assert!(generated.code().contains("open_string_enum! {"));
    assert!(!generated.code().contains("pub enum UserInfoResponse"));
}

/// The items of the generated `types` module: the models and their impls.
fn model_items(generated: &codegen::Generated) -> Vec<syn::Item> {
    let file = syn::parse_file(&generated.code()).unwrap();
    file.items
        .into_iter()
        .find_map(|item| match item {
            syn::Item::Mod(m) if m.ident == "types" => m.content.map(|(_, items)| items),
            _ => None,
        })
        .expect("a types module")
}

/// `spec` with `edit` applied to the text (which must change).
fn edited(find: &str, replace: &str) -> String {
    assert!(SPEC.contains(find), "the spec no longer contains {find:?}");
    SPEC.replacen(find, replace, 1)
}

#[test]
fn a_value_added_to_an_enum_becomes_a_variant_and_a_surface_line() {
    let spec = edited("      - 108\n", "      - 108\n      - 155\n").replacen(
        "        108: Other\n",
        "        108: Other\n        155: Padel\n",
        1,
    );
    let generated = codegen::generate(&spec).unwrap();
    assert!(generated.code().contains("Padel = 155"));
    assert!(
        generated
            .surface
            .contains("models::ActivityType::Padel = 155\n")
    );

    // A string value needs no name: its value in UpperCamelCase.
    let spec = edited(
        "      - trail_running\n",
        "      - trail_running\n      - open_water_swim\n",
    );
    let generated = codegen::generate(&spec).unwrap();
    assert!(
        generated
            .surface
            .contains("models::WorkoutSport::OpenWaterSwim = \"open_water_swim\"\n"),
        "{}",
        generated.surface
    );
}

#[test]
fn enum_mistakes_are_errors_naming_the_schema_and_value() {
    // An integer value without a name.
    let spec = edited("      - 108\n", "      - 108\n      - 155\n");
    let error = codegen::generate(&spec).err().expect("an error");
    assert!(
        error.contains("components.schemas.ActivityType: enum value 155 has no variant name"),
        "{error}"
    );
    // A name for a value the enum does not have.
    let spec = edited(
        "        108: Other\n",
        "        108: Other\n        999: Ghost\n",
    );
    let error = codegen::generate(&spec).err().expect("an error");
    assert!(
        error.contains("ActivityType: x-tryterra-variants names"),
        "{error}"
    );
    // Two values with one name.
    let spec = edited("        108: Other\n", "        108: Running\n");
    let error = codegen::generate(&spec).err().expect("an error");
    assert!(error.contains("two values are named `Running`"), "{error}");
}

#[test]
fn a_generator_panic_becomes_an_error() {
    // Two different success bodies for one operation make progenitor 0.15.1 panic
    // (oxidecomputer/progenitor#344).
    let spec = r#"
openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /x:
    get:
      operationId: X_Get
      responses:
        '200':
          description: json
          content:
            application/json:
              schema: {type: object}
        '202':
          description: text
          content:
            text/plain:
              schema: {type: string}
"#;
    let error = codegen::generate(spec).err().expect("generation must fail");
    assert!(error.starts_with("progenitor panicked: "), "{error}");
}

#[test]
fn an_alias_on_a_missing_field_is_an_error() {
    // Replacing a schema with a hand-written type while it still declares an alias: the alias
    // has nothing to attach to and must not vanish silently.
    let broken = SPEC.replacen(
        "    ProvidersResponse:\n",
        "    ProvidersResponse:\n      x-tryterra-rust-type: crate::models::ProvidersResponse\n",
        1,
    );
    let error = codegen::generate(&broken)
        .err()
        .expect("alias target is gone");
    assert_eq!(
        error,
        "x-tryterra-aliases on ProvidersResponse.sdk_providers: no such field in the generated code"
    );
}

#[test]
fn invalid_documents_are_errors() {
    let error = codegen::generate("openapi: [").err().expect("not YAML");
    assert!(error.starts_with("not valid YAML"), "{error}");
    assert!(
        codegen::generate("openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n").is_err()
    );
}

fn snake_case(id: &str) -> String {
    let mut out = String::new();
    let mut previous_lower = false;
    for c in id.chars() {
        if c == '_' {
            out.push('_');
            previous_lower = false;
        } else if c.is_uppercase() {
            if previous_lower {
                out.push('_');
            }
            out.extend(c.to_lowercase());
            previous_lower = false;
        } else {
            out.push(c);
            previous_lower = true;
        }
    }
    out
}

/// Every generated model prints through the redacting `Debug` of `build/passes.rs`: a type
/// that derived `Debug` (a new kind of schema the pass does not handle) would print values.
#[test]
fn no_generated_model_derives_debug() {
    fn check(items: &[syn::Item], module: &str, offenders: &mut Vec<String>) {
        let with_impl: Vec<String> = items
            .iter()
            .filter_map(|item| match item {
                syn::Item::Impl(i)
                    if i.trait_.as_ref().is_some_and(|(path, _)| {
                        path.segments.last().is_some_and(|s| s.ident == "Debug")
                    }) =>
                {
                    Some(quote::ToTokens::to_token_stream(&i.self_ty).to_string())
                }
                _ => None,
            })
            .collect();
        for item in items {
            let (name, attrs) = match item {
                syn::Item::Struct(s) => (s.ident.to_string(), &s.attrs),
                syn::Item::Enum(e) => (e.ident.to_string(), &e.attrs),
                syn::Item::Mod(m) => {
                    if let Some((_, inner)) = &m.content {
                        check(inner, &format!("{module}::{}", m.ident), offenders);
                    }
                    continue;
                }
                _ => continue,
            };
            let derives_debug = attrs.iter().any(|a| {
                a.path().is_ident("derive")
                    && quote::ToTokens::to_token_stream(a)
                        .to_string()
                        .contains("Debug")
            });
            if derives_debug || !with_impl.contains(&name) {
                offenders.push(format!("{module}::{name}"));
            }
        }
    }
    let generated = codegen::generate(SPEC).unwrap();
    let mut offenders = Vec::new();
    check(&model_items(&generated), "types", &mut offenders);
    assert!(
        offenders.is_empty(),
        "models without the redacting Debug: {offenders:?}"
    );
}

#[test]
fn an_event_schema_added_to_the_spec_becomes_an_event_variant() {
    let spec = edited(
        "    WebhookEvent:\n",
        "    StressAlertEvent:\n      x-tryterra-event:\n        variant: StressAlert\n        \
         types: [stress_alert]\n        doc: a stress alert\n      type: object\n      \
         required:\n      - type\n      properties:\n        type:\n          type: string\n    \
         WebhookEvent:\n",
    );
    let generated = codegen::generate(&spec).unwrap();
    assert!(
        generated
            .surface
            .contains("webhook::Event::StressAlert(StressAlertEvent) = \"stress_alert\"\n"),
        "{}",
        generated.surface
    );
    assert!(generated.code().contains("pub struct StressAlertEvent"));

    // A `type` two events claim is an error naming both.
    let spec = edited("        - sleep\n", "        - sleep\n        - activity\n");
    let error = codegen::generate(&spec).err().expect("an error");
    assert!(
        error.contains("type `activity` is also ActivityEvent's"),
        "{error}"
    );
}

/// Spec mistakes are reported where they are, not as a generator failure somewhere else.
#[test]
fn spec_errors_name_their_location() {
    // A `$ref` to a schema that does not exist names the property that refers to it.
    let spec = edited(
        "          $ref: '#/components/schemas/TerraUser'\n",
        "          $ref: '#/components/schemas/TerraUzer'\n",
    );
    let error = codegen::generate(&spec).err().expect("an error");
    assert!(
        error.contains(": $ref `#/components/schemas/TerraUzer` points nowhere"),
        "{error}"
    );
    assert!(
        error.starts_with("paths./") || error.starts_with("components."),
        "{error}"
    );

    // Something that is not OpenAPI 3.0 names the path where parsing stopped.
    let spec = edited("      type: integer\n", "      type: [integer, 'null']\n");
    let error = codegen::generate(&spec).err().expect("an error");
    assert!(error.contains("not OpenAPI 3.0 here"), "{error}");
    assert!(
        error.starts_with("components.schemas.") || error.starts_with("paths."),
        "{error}"
    );

    // Invalid YAML.
    let error = codegen::generate("openapi: [").err().expect("an error");
    assert!(error.starts_with("not valid YAML"), "{error}");
}

/// Every model field has docs, written in the spec: also where typify drops a property's
/// `description` (next to a `$ref`, in a merged `allOf`). The crate's `missing_docs` lint
/// says the same in CI; this names the properties to describe.
#[test]
fn every_model_field_has_the_description_its_property_has_in_the_spec() {
    let generated = codegen::generate(SPEC).unwrap();
    let mut undocumented = Vec::new();
    let mut fields = 0;
    for item in &model_items(&generated) {
        let syn::Item::Struct(s) = item else { continue };
        for field in &s.fields {
            let Some(ident) = &field.ident else { continue };
            fields += 1;
            if !field.attrs.iter().any(|a| a.path().is_ident("doc")) {
                undocumented.push(format!("{}.{ident}", s.ident));
            }
        }
    }
    assert!(fields > 1000, "{fields} fields");
    assert!(
        undocumented.is_empty(),
        "describe in the spec: {undocumented:?}"
    );

    // A `$ref` property keeps its own description, and so does a property an event shares with
    // `WebhookEvent` (typify merges the two and would drop both descriptions).
    let code = generated.code();
    let access_revoked = code
        .split("pub struct AccessRevokedEvent {")
        .nth(1)
        .and_then(|rest| rest.split('}').next())
        .expect("AccessRevokedEvent");
    for (doc, field) in [
        (
            "///The connection whose access was revoked.",
            "pub user: TerraUser",
        ),
        ("///Outcome the event reports.", "pub status:"),
    ] {
        let at = access_revoked.find(field).expect(field);
        // The line above the field, past its attributes.
        let above = access_revoked[..at]
            .lines()
            .rev()
            .map(str::trim)
            .find(|line| !line.is_empty() && !line.starts_with("#["));
        assert_eq!(above, Some(doc), "{access_revoked}");
    }
}

/// The build writes one file per type, so that an edit to one model leaves the other files
/// (and rustc's incremental cache for them) untouched; together they are the whole module.
#[test]
fn a_property_added_to_one_model_changes_only_its_files() {
    let before = codegen::generate(SPEC).unwrap();
    let schema = "    HeartRateDataSample:\n";
    let at = SPEC.find(schema).unwrap();
    let at = at + SPEC[at..].find("      properties:\n").unwrap() + "      properties:\n".len();
    let spec = format!(
        "{}        confidence:\n          type: number\n          nullable: true\n          \
         description: How sure the device is.\n{}",
        &SPEC[..at],
        &SPEC[at..]
    );
    let after = codegen::generate(&spec).unwrap();
    let (before, after) = (before.files(), after.files());
    assert_eq!(before[0].0, "terra_generated.rs", "the root comes first");
    let names = |files: &[(String, String)]| files.iter().map(|f| f.0.clone()).collect::<Vec<_>>();
    assert_eq!(names(&before), names(&after));
    let changed: Vec<&str> = before
        .iter()
        .zip(&after)
        .filter(|(b, a)| b.1 != a.1)
        .map(|(b, _)| b.0.as_str())
        .collect();
    assert_eq!(
        changed,
        ["terra_types.HeartRateDataSample.rs", "terra_FIELD_NAMES.rs"]
    );

    // Every part is included once by the root (or the `types` module in it).
    let root = &before[0].1;
    for (name, _) in &before[1..] {
        assert_eq!(root.matches(&format!("\"/{name}\"")).count(), 1, "{name}");
    }
}

/// Type names that differ only in case get distinct files: on macOS and Windows they would be
/// one file, and one type's code would silently replace the other's.
#[test]
fn file_names_differ_beyond_case() {
    let file: syn::File = syn::parse_quote! {
        pub mod types {
            pub struct MetData {}
            pub struct METDATA {}
            impl MetData {}
        }
    };
    let files = codegen::split::files(&file);
    let names: Vec<&str> = files.iter().map(|(name, _)| name.as_str()).collect();
    assert_eq!(
        names,
        [
            "terra_generated.rs",
            "terra_types.METDATA.rs",
            "terra_types.MetData_.rs"
        ]
    );
    assert!(files[2].1.contains("pub struct MetData") && files[2].1.contains("impl MetData"));
}
