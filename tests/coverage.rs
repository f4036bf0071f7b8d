//! Drift check: everything in Terra's published spec must be in `openapi/terra.yaml`, except
//! what `openapi/README.md` documents as a deliberate deviation.
//!
//! Reads the upstream spec from `../shared/reference/terra-openapi/` (beside the repository, as
//! on CI). Without it the test says so and checks nothing; set `TRYTERRA_UPSTREAM_SPEC` to point
//! elsewhere.

use std::{
    collections::BTreeSet,
    path::{Path, PathBuf},
};

use serde_yaml::Value;

/// Upstream schemas deliberately not carried over (see openapi/README.md): the webhook event
/// union, replaced by the hand-written event type, and pure `$ref` aliases.
const NOT_CARRIED: &[&str] = &["WebhookEventType", "WebhookEvents", "LabReportWebhook"];
/// Header parameters the client fills in from its configuration.
const INJECTED_HEADERS: &[&str] = &["dev-id", "x-api-key"];

fn upstream_dir() -> Option<PathBuf> {
    let dir = std::env::var_os("TRYTERRA_UPSTREAM_SPEC")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/reference/terra-openapi")
        });
    dir.join("v2-bundled.yaml").exists().then_some(dir)
}

fn load(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_yaml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn ours() -> Value {
    load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("openapi/terra.yaml"))
}

/// Follows `$ref`s, `allOf`, `oneOf` and `anyOf` and collects every property name reachable at
/// the top level of the schema.
fn property_names(schema: &Value, doc: &Value, seen: &mut BTreeSet<String>) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    if let Some(reference) = schema["$ref"].as_str() {
        let name = reference
            .rsplit('/')
            .next()
            .unwrap_or(reference)
            .to_string();
        if seen.insert(name.clone()) {
            names.extend(property_names(
                &doc["components"]["schemas"][&name],
                doc,
                seen,
            ));
        }
        return names;
    }
    if let Some(props) = schema["properties"].as_mapping() {
        names.extend(props.keys().filter_map(|k| k.as_str().map(str::to_string)));
    }
    for key in ["allOf", "oneOf", "anyOf"] {
        for part in schema[key].as_sequence().into_iter().flatten() {
            names.extend(property_names(part, doc, seen));
        }
    }
    names
}

fn operations(doc: &Value) -> Vec<(String, String, Value, Value)> {
    let mut found = Vec::new();
    for (path, item) in doc["paths"].as_mapping().into_iter().flatten() {
        for (method, op) in item.as_mapping().into_iter().flatten() {
            if op["operationId"].is_string() {
                let path = path.as_str().unwrap_or_default().to_string();
                let method = method.as_str().unwrap_or_default().to_string();
                found.push((path, method, item.clone(), op.clone()));
            }
        }
    }
    found
}

fn parameters(item: &Value, op: &Value) -> BTreeSet<(String, String)> {
    [&item["parameters"], &op["parameters"]]
        .into_iter()
        .flat_map(|p| p.as_sequence().into_iter().flatten())
        .map(|p| {
            (
                p["in"].as_str().unwrap_or_default().to_string(),
                p["name"].as_str().unwrap_or_default().to_string(),
            )
        })
        .filter(|(place, name)| !(place == "header" && INJECTED_HEADERS.contains(&name.as_str())))
        .collect()
}

/// Property names of the success response and request bodies of an operation.
fn body_properties(op: &Value, doc: &Value) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for (status, response) in op["responses"].as_mapping().into_iter().flatten() {
        if !status.as_str().is_some_and(|s| s.starts_with('2')) {
            continue;
        }
        for (_, media) in response["content"].as_mapping().into_iter().flatten() {
            names.extend(property_names(&media["schema"], doc, &mut BTreeSet::new()));
        }
    }
    for (_, media) in op["requestBody"]["content"]
        .as_mapping()
        .into_iter()
        .flatten()
    {
        names.extend(property_names(&media["schema"], doc, &mut BTreeSet::new()));
    }
    names
}

#[test]
fn every_upstream_operation_parameter_schema_and_property_is_described() {
    let Some(dir) = upstream_dir() else {
        eprintln!("coverage: Terra's spec not found beside the repository; nothing checked");
        return;
    };
    let ours = ours();
    let mut missing = Vec::new();
    let (mut n_ops, mut n_params, mut n_schemas, mut n_props) = (0, 0, 0, 0);

    let our_ops = operations(&ours);
    for file in ["v2-bundled.yaml", "widget-bundled.yaml"] {
        let upstream = load(&dir.join(file));
        for (path, method, item, op) in operations(&upstream) {
            n_ops += 1;
            let id = op["operationId"].as_str().unwrap_or_default();
            let Some((_, _, our_item, our_op)) = our_ops
                .iter()
                .find(|(p, m, _, _)| *p == path && *m == method)
            else {
                missing.push(format!("operation {method} {path} ({id})"));
                continue;
            };
            if our_op["operationId"].as_str() != Some(id) {
                missing.push(format!("operationId {id} of {method} {path}"));
            }
            let ours_params = parameters(our_item, our_op);
            for param in parameters(&item, &op) {
                n_params += 1;
                if !ours_params.contains(&param) {
                    missing.push(format!("parameter {} {} of {id}", param.0, param.1));
                }
            }
            let our_props = body_properties(our_op, &ours);
            for prop in body_properties(&op, &upstream) {
                n_props += 1;
                if !our_props.contains(&prop) {
                    missing.push(format!("body property {prop} of {id}"));
                }
            }
        }

        for (name, schema) in upstream["components"]["schemas"]
            .as_mapping()
            .into_iter()
            .flatten()
        {
            let name = name.as_str().unwrap_or_default();
            let alias =
                schema.as_mapping().is_some_and(|m| m.len() == 1) && schema["$ref"].is_string();
            if NOT_CARRIED.contains(&name) || alias {
                continue;
            }
            n_schemas += 1;
            let ours_schema = &ours["components"]["schemas"][name];
            if ours_schema.is_null() {
                missing.push(format!("schema {name}"));
                continue;
            }
            let our_props = property_names(ours_schema, &ours, &mut BTreeSet::new());
            for prop in property_names(schema, &upstream, &mut BTreeSet::new()) {
                n_props += 1;
                if !our_props.contains(&prop) {
                    missing.push(format!("property {name}.{prop}"));
                }
            }
        }
    }
    eprintln!(
        "coverage: {n_ops} operations, {n_params} parameters, {n_schemas} schemas, {n_props} properties checked; {} missing",
        missing.len()
    );
    assert!(
        missing.is_empty(),
        "missing from openapi/terra.yaml:\n  {}",
        missing.join("\n  ")
    );
    assert!(
        n_ops >= 32 && n_schemas >= 200,
        "the upstream spec looks incomplete"
    );
}

/// The check itself notices a gap.
#[test]
fn a_removed_property_is_reported() {
    let ours = ours();
    let mut reduced = ours.clone();
    let activity = reduced["components"]["schemas"]["Activity"]["properties"]
        .as_mapping_mut()
        .unwrap();
    activity.remove("heart_rate_data");
    let full = property_names(
        &ours["components"]["schemas"]["Activity"],
        &ours,
        &mut BTreeSet::new(),
    );
    let less = property_names(
        &reduced["components"]["schemas"]["Activity"],
        &reduced,
        &mut BTreeSet::new(),
    );
    assert_eq!(
        full.difference(&less).collect::<Vec<_>>(),
        ["heart_rate_data"]
    );
}
