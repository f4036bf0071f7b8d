//! `cargo xtask spec-diff`: what changed between two versions of `openapi/terra.yaml`, item by
//! item, each classified by what it does to users of the Rust crate.
//!
//! The rules follow what the build makes of the spec: models are `#[non_exhaustive]` structs
//! (optional properties are `Option<T>`, required non-nullable ones `T`), request bodies have
//! constructors taking their required properties, value sets are open enums, and every
//! operation has `Terra` methods.

use std::{collections::BTreeSet, fmt};

use serde_norway::Value;

use crate::spec::{Spec, mapping};

/// Whether a change can break code that uses the crate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Verdict {
    Breaking,
    Compatible,
}

/// One change, naming the item it is about.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Change {
    pub verdict: Verdict,
    pub item: String,
    pub what: String,
}

impl fmt::Display for Change {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let verdict = match self.verdict {
            Verdict::Breaking => "**breaking**",
            Verdict::Compatible => "compatible",
        };
        write!(f, "| {verdict} | `{}` | {} |", self.item, self.what)
    }
}

/// Every difference from `base` to `head`, breaking ones first.
pub(crate) fn diff(base: &Spec, head: &Spec) -> Vec<Change> {
    let mut changes = Vec::new();
    operations(base, head, &mut changes);
    schemas(base, head, &mut changes);
    changes.sort();
    changes.dedup();
    changes
}

/// The Markdown report a reviewer pastes into a pull request.
pub(crate) fn report(changes: &[Change], base: &str, head: &str) -> String {
    let breaking = changes
        .iter()
        .filter(|c| c.verdict == Verdict::Breaking)
        .count();
    let mut out = format!("### Spec changes: {base} → {head}\n\n");
    if changes.is_empty() {
        out.push_str("No changes to the API description.\n");
        return out;
    }
    out.push_str(&if breaking > 0 {
        format!(
            "**Breaking for users of the crate**: {breaking} breaking, {} compatible \
             (a major version).\n\n",
            changes.len() - breaking
        )
    } else {
        format!(
            "**Compatible**: {} change(s), none breaking (a minor version).\n\n",
            changes.len()
        )
    });
    out.push_str("| verdict | item | change |\n|---|---|---|\n");
    for change in changes {
        out.push_str(&format!("{change}\n"));
    }
    out
}

fn push(
    changes: &mut Vec<Change>,
    verdict: Verdict,
    item: impl Into<String>,
    what: impl Into<String>,
) {
    changes.push(Change {
        verdict,
        item: item.into(),
        what: what.into(),
    });
}

fn operations(base: &Spec, head: &Spec, changes: &mut Vec<Change>) {
    let before = base.operations();
    let after = head.operations();
    for (key, old) in &before {
        let id = old["operationId"].as_str().unwrap_or("?");
        match after.iter().find(|(k, _)| k == key) {
            None => push(
                changes,
                Verdict::Breaking,
                key,
                format!("operation removed ({id}): its `Terra` methods go"),
            ),
            Some((_, new)) => operation(base, head, key, old, new, changes),
        }
    }
    for (key, new) in &after {
        if !before.iter().any(|(k, _)| k == key) {
            let id = new["operationId"].as_str().unwrap_or("?");
            push(
                changes,
                Verdict::Compatible,
                key,
                format!("operation added ({id})"),
            );
        }
    }
}

fn operation(
    base: &Spec,
    head: &Spec,
    key: &str,
    old: &Value,
    new: &Value,
    changes: &mut Vec<Change>,
) {
    let params = |spec: &Spec, op: &Value| -> Vec<(String, bool, String)> {
        op["parameters"]
            .as_sequence()
            .into_iter()
            .flatten()
            .map(|p| spec.resolve(p))
            .map(|p| {
                let name = format!(
                    "{} ({})",
                    p["name"].as_str().unwrap_or("?"),
                    p["in"].as_str().unwrap_or("?")
                );
                (
                    name,
                    p["required"].as_bool() == Some(true),
                    type_text(&p["schema"]),
                )
            })
            .collect()
    };
    let (before, after) = (params(base, old), params(head, new));
    for (name, required, ty) in &before {
        let item = format!("{key} {name}");
        match after.iter().find(|(n, _, _)| n == name) {
            None => push(changes, Verdict::Breaking, item, "parameter removed"),
            Some((_, now_required, now_ty)) => {
                if ty != now_ty {
                    push(
                        changes,
                        Verdict::Breaking,
                        &item,
                        format!("parameter type `{ty}` → `{now_ty}`"),
                    );
                }
                if !required && *now_required {
                    push(
                        changes,
                        Verdict::Breaking,
                        &item,
                        "parameter optional → required",
                    );
                } else if *required && !now_required {
                    push(
                        changes,
                        Verdict::Compatible,
                        &item,
                        "parameter required → optional",
                    );
                }
            }
        }
    }
    for (name, required, ty) in &after {
        if !before.iter().any(|(n, _, _)| n == name) {
            let (verdict, what) = if *required {
                (
                    Verdict::Breaking,
                    format!("required parameter added (`{ty}`)"),
                )
            } else {
                (
                    Verdict::Compatible,
                    format!("optional parameter added (`{ty}`)"),
                )
            };
            push(changes, verdict, format!("{key} {name}"), what);
        }
    }
    let body = |spec: &Spec, op: &Value| -> Option<String> {
        let body = spec.resolve(op.get("requestBody")?);
        let (_, media) = mapping(&body["content"]).into_iter().next()?;
        Some(type_text(&media["schema"]))
    };
    match (body(base, old), body(head, new)) {
        (Some(a), Some(b)) if a != b => push(
            changes,
            Verdict::Breaking,
            format!("{key} body"),
            format!("request body `{a}` → `{b}`"),
        ),
        (Some(a), None) => push(
            changes,
            Verdict::Breaking,
            format!("{key} body"),
            format!("request body `{a}` removed"),
        ),
        (None, Some(b)) => push(
            changes,
            Verdict::Breaking,
            format!("{key} body"),
            format!("request body `{b}` added"),
        ),
        _ => {}
    }
    let responses = |spec: &Spec, op: &Value| -> Vec<(String, String)> {
        mapping(&op["responses"])
            .into_iter()
            .map(|(status, response)| {
                let response = spec.resolve(response);
                let body = mapping(&response["content"])
                    .into_iter()
                    .next()
                    .map(|(_, media)| type_text(&media["schema"]))
                    .unwrap_or_else(|| "no body".into());
                (status.to_string(), body)
            })
            .collect()
    };
    let (before, after) = (responses(base, old), responses(head, new));
    for (status, body) in &before {
        let item = format!("{key} → {status}");
        let success = status.starts_with('2');
        match after.iter().find(|(s, _)| s == status) {
            None if success => push(
                changes,
                Verdict::Breaking,
                item,
                format!("success response removed (`{body}`)"),
            ),
            None => push(
                changes,
                Verdict::Compatible,
                item,
                "error response removed from the description",
            ),
            Some((_, now)) if now != body => {
                let verdict = if success {
                    Verdict::Breaking
                } else {
                    Verdict::Compatible
                };
                push(
                    changes,
                    verdict,
                    item,
                    format!("response body `{body}` → `{now}`"),
                );
            }
            Some(_) => {}
        }
    }
    for (status, body) in &after {
        if !before.iter().any(|(s, _)| s == status) {
            push(
                changes,
                Verdict::Compatible,
                format!("{key} → {status}"),
                format!("response added (`{body}`)"),
            );
        }
    }
}

fn schemas(base: &Spec, head: &Spec, changes: &mut Vec<Change>) {
    let inputs = request_schemas(head);
    let before = base.schemas();
    let after = head.schemas();
    for (name, old) in &before {
        match after.iter().find(|(n, _)| n == name) {
            None => push(
                changes,
                Verdict::Breaking,
                *name,
                "schema removed: its Rust type goes",
            ),
            Some((_, new)) => schema(name, old, new, inputs.contains(*name), changes),
        }
    }
    for (name, new) in &after {
        if !before.iter().any(|(n, _)| n == name) {
            push(changes, Verdict::Compatible, *name, "schema added");
            events(name, &Value::Null, new, changes);
        }
    }
}

fn schema(name: &str, old: &Value, new: &Value, input: bool, changes: &mut Vec<Change>) {
    if old.get("properties").is_none() && new.get("properties").is_none() {
        let (a, b) = (type_text(old), type_text(new));
        if a != b {
            push(
                changes,
                Verdict::Breaking,
                name,
                format!("type `{a}` → `{b}`"),
            );
        }
    }
    enum_values(name, old, new, changes);
    events(name, old, new, changes);
    let required = |s: &Value| -> BTreeSet<String> {
        s["required"]
            .as_sequence()
            .into_iter()
            .flatten()
            .filter_map(|r| r.as_str().map(str::to_string))
            .collect()
    };
    let (old_required, new_required) = (required(old), required(new));
    let before = mapping(&old["properties"]);
    let after = mapping(&new["properties"]);
    for (property, old_prop) in &before {
        let item = format!("{name}.{property}");
        let Some((_, new_prop)) = after.iter().find(|(p, _)| p == property) else {
            push(
                changes,
                Verdict::Breaking,
                item,
                "property removed: its field goes",
            );
            continue;
        };
        let (a, b) = (type_text(old_prop), type_text(new_prop));
        if a != b {
            push(
                changes,
                Verdict::Breaking,
                &item,
                format!("type `{a}` → `{b}`"),
            );
        }
        let optional = |required: &BTreeSet<String>, prop: &Value| {
            !required.contains(*property) || prop["nullable"].as_bool() == Some(true)
        };
        let (was, is) = (
            optional(&old_required, old_prop),
            optional(&new_required, new_prop),
        );
        if was && !is {
            push(
                changes,
                Verdict::Breaking,
                &item,
                format!("optional → required: `Option<{b}>` becomes `{b}`"),
            );
        } else if !was && is {
            push(
                changes,
                Verdict::Breaking,
                &item,
                format!("required → optional: `{b}` becomes `Option<{b}>`"),
            );
        } else if old_required.contains(*property) != new_required.contains(*property) {
            // Nullable either way, so the field stays `Option`; only decoding changes.
            push(
                changes,
                Verdict::Compatible,
                &item,
                "now required in JSON (still `Option`: it may be null)",
            );
        }
    }
    for (property, prop) in &after {
        if before.iter().any(|(p, _)| p == property) {
            continue;
        }
        let ty = type_text(prop);
        let item = format!("{name}.{property}");
        if new_required.contains(*property) && prop["nullable"].as_bool() != Some(true) && input {
            push(
                changes,
                Verdict::Breaking,
                item,
                format!(
                    "required property added (`{ty}`) to a request body: its constructor takes it"
                ),
            );
        } else {
            push(
                changes,
                Verdict::Compatible,
                item,
                format!("property added (`{ty}`)"),
            );
        }
    }
}

fn enum_values(name: &str, old: &Value, new: &Value, changes: &mut Vec<Change>) {
    let values = |s: &Value| -> Vec<String> {
        s["enum"]
            .as_sequence()
            .into_iter()
            .flatten()
            .map(scalar)
            .collect()
    };
    let variant = |s: &Value, value: &str| -> Option<String> {
        let names = s["x-tryterra-variants"].as_mapping()?;
        let (_, name) = names.iter().find(|(k, _)| scalar(k) == value)?;
        name.as_str().map(str::to_string)
    };
    let (before, after) = (values(old), values(new));
    for value in &before {
        if !after.contains(value) {
            push(
                changes,
                Verdict::Breaking,
                format!("{name} = {value}"),
                "enum value removed: its variant goes",
            );
        } else if let (Some(a), Some(b)) = (variant(old, value), variant(new, value))
            && a != b
        {
            push(
                changes,
                Verdict::Breaking,
                format!("{name} = {value}"),
                format!("variant renamed `{a}` → `{b}`"),
            );
        }
    }
    for value in &after {
        if !before.contains(value) {
            let named = variant(new, value)
                .map(|v| format!(" (`{name}::{v}`)"))
                .unwrap_or_default();
            push(
                changes,
                Verdict::Compatible,
                format!("{name} = {value}"),
                format!("enum value added{named}"),
            );
        }
    }
}

fn events(name: &str, old: &Value, new: &Value, changes: &mut Vec<Change>) {
    let types = |s: &Value| -> Vec<String> {
        s["x-tryterra-event"]["types"]
            .as_sequence()
            .into_iter()
            .flatten()
            .map(scalar)
            .collect()
    };
    let (before, after) = (types(old), types(new));
    for t in &before {
        if !after.contains(t) {
            push(
                changes,
                Verdict::Breaking,
                format!("event {t}"),
                format!("no longer decodes as {name}"),
            );
        }
    }
    for t in &after {
        if !before.contains(t) {
            push(
                changes,
                Verdict::Compatible,
                format!("event {t}"),
                format!("now decodes as {name}"),
            );
        }
    }
}

/// Schemas users build: request bodies and everything they contain.
fn request_schemas(spec: &Spec) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let mut pending: Vec<String> = Vec::new();
    for (_, operation) in spec.operations() {
        if let Some(body) = operation.get("requestBody") {
            collect_refs(spec.resolve(body), &mut pending);
        }
    }
    while let Some(name) = pending.pop() {
        if found.insert(name.clone()) {
            let schema = &spec.root["components"]["schemas"][name.as_str()];
            collect_refs(schema, &mut pending);
        }
    }
    found
}

fn collect_refs(value: &Value, into: &mut Vec<String>) {
    match value {
        Value::Mapping(map) => {
            for (key, child) in map {
                if key.as_str() == Some("$ref")
                    && let Some(name) = child
                        .as_str()
                        .and_then(|r| r.strip_prefix("#/components/schemas/"))
                {
                    into.push(name.to_string());
                }
                collect_refs(child, into);
            }
        }
        Value::Sequence(items) => items.iter().for_each(|v| collect_refs(v, into)),
        _ => {}
    }
}

fn scalar(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => serde_norway::to_string(other)
            .unwrap_or_default()
            .trim()
            .to_string(),
    }
}

/// A schema's type in words: `TerraUser`, `string`, `array of Activity`, `map of number`,
/// `array of nullable number`, `one of A | B`. A property's own nullability is compared
/// separately; an element's is part of the type (`Vec<f64>` vs `Vec<Option<f64>>`).
pub(crate) fn type_text(schema: &Value) -> String {
    // A property given a Rust type of its own (`x-tryterra-rust-type`) has that type in the crate.
    if let Some(rust_type) = schema
        .get("x-tryterra-rust-type")
        .and_then(Value::as_str)
        .filter(|_| schema.get("$ref").is_none())
    {
        let mut plain = schema.clone();
        if let Value::Mapping(map) = &mut plain {
            map.remove("x-tryterra-rust-type");
        }
        let name = rust_type.rsplit("::").next().unwrap_or(rust_type);
        return format!("{} as {name}", type_text(&plain));
    }
    if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
        return reference
            .rsplit('/')
            .next()
            .unwrap_or(reference)
            .to_string();
    }
    for (key, word) in [
        ("allOf", "all of"),
        ("oneOf", "one of"),
        ("anyOf", "any of"),
    ] {
        if let Some(parts) = schema[key].as_sequence() {
            let parts: Vec<String> = parts.iter().map(type_text).collect();
            return if parts.len() == 1 {
                parts[0].clone()
            } else {
                format!("{word} {}", parts.join(" | "))
            };
        }
    }
    match schema["type"].as_str() {
        Some("array") => format!("array of {}", element_text(&schema["items"])),
        Some("object") | None if schema.get("properties").is_some() => "object".to_string(),
        Some("object") => match &schema["additionalProperties"] {
            Value::Mapping(_) => {
                format!("map of {}", element_text(&schema["additionalProperties"]))
            }
            _ => "object".to_string(),
        },
        Some(ty) => match schema["format"].as_str() {
            Some(format) => format!("{ty} ({format})"),
            None => ty.to_string(),
        },
        None => "any".to_string(),
    }
}

/// The type of an array's items or a map's values: `nullable T` when they may be `null`.
fn element_text(schema: &Value) -> String {
    let text = type_text(schema);
    if schema["nullable"].as_bool() == Some(true) {
        format!("nullable {text}")
    } else {
        text
    }
}
