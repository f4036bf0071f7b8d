//! `cargo xtask upstream <dir> [--check]`: Terra's published spec (`<dir>/v2-bundled.yaml`,
//! `<dir>/widget-bundled.yaml`) converted to our conventions, with everything of ours carried
//! over from `openapi/terra.yaml`. Without `--check` it writes the result there and says what is
//! left to do; with `--check` it fails when the two differ.

use serde_norway::{Mapping, Value};

use crate::convert;

/// Converts the upstream documents and carries over what is ours from `current`.
pub(crate) fn sync(v2: &Value, widget: &Value, current: &Value) -> Value {
    let mut doc = convert::convert(v2, widget);
    carry_over(&mut doc, current);
    doc
}

fn is_ours(key: &Value) -> bool {
    key.as_str()
        .is_some_and(|k| k == "description" || k == "summary" || k.starts_with("x-tryterra"))
}

/// Copies our words and annotations into `new` from `old`, key by key.
fn copy_ours(new: &mut Value, old: &Value) {
    let (Value::Mapping(new), Some(old)) = (new, old.as_mapping()) else {
        return;
    };
    for (key, value) in old {
        if is_ours(key) {
            new.insert(key.clone(), value.clone());
        }
    }
}

fn carry_over(doc: &mut Value, current: &Value) {
    copy_ours(&mut doc["info"], &current["info"]);
    for section in ["responses", "securitySchemes"] {
        for (name, old) in current["components"][section]
            .as_mapping()
            .into_iter()
            .flatten()
        {
            if let Some(new) = doc["components"][section].get_mut(name) {
                copy_ours(new, old);
            }
        }
    }
    let current_schemas = &current["components"]["schemas"];
    let schemas = doc["components"]["schemas"]
        .as_mapping_mut()
        .expect("schemas");
    for (name, new) in schemas.iter_mut() {
        let old = &current_schemas[name.as_str().unwrap_or_default()];
        let titles = new
            .as_mapping_mut()
            .and_then(|m| m.remove("x-tryterra-upstream-titles"));
        if old.is_null() {
            if let (Some(titles), Value::Mapping(m)) = (titles, &mut *new) {
                m.insert(Value::from("x-tryterra-variants"), titles);
            }
            continue;
        }
        copy_ours(new, old);
        if name.as_str() == Some("Provider")
            && let Some(values) = old.get("enum")
        {
            // Upstream has no provider list; ours is a documented deviation.
            new["enum"] = values.clone();
        }
        name_new_values(new, titles);
        copy_ours_in_properties(new, old);
    }
    for (_, schema) in schemas.iter_mut() {
        *schema = convert::ordered(std::mem::take(schema));
    }
    // Our own additions, documented in openapi/README.md and marked in the spec, stay whole.
    for (name, old) in current_schemas.as_mapping().into_iter().flatten() {
        if old.get("x-tryterra-not-upstream").is_some() && !schemas.contains_key(name) {
            schemas.insert(name.clone(), old.clone());
        }
    }
    let paths = doc.get_mut("paths").and_then(Value::as_mapping_mut);
    for (path, item) in paths.into_iter().flatten() {
        let old_item = &current["paths"][path.as_str().unwrap_or_default()];
        for (verb, operation) in item.as_mapping_mut().into_iter().flatten() {
            let old = &old_item[verb.as_str().unwrap_or_default()];
            if old.is_null() || verb.as_str() == Some("servers") {
                continue;
            }
            copy_ours(operation, old);
            let old_params = old["parameters"].as_sequence().cloned().unwrap_or_default();
            let params = operation
                .get_mut("parameters")
                .and_then(Value::as_sequence_mut);
            for param in params.into_iter().flatten() {
                if let Some(old_param) = old_params.iter().find(|p| p["name"] == param["name"]) {
                    copy_ours(param, old_param);
                }
            }
            let responses = operation
                .get_mut("responses")
                .and_then(Value::as_mapping_mut);
            for (status, response) in responses.into_iter().flatten() {
                let old_response = &old["responses"][status.as_str().unwrap_or_default()];
                if response.get("description").is_some() {
                    copy_ours(response, old_response);
                }
            }
        }
    }
}

/// Our words on every property of `new`, at any depth: inline objects (`user` of
/// `DataSentToWebhook`), array items and `allOf` members (by position) have described
/// properties too.
fn copy_ours_in_properties(new: &mut Value, old: &Value) {
    // (`get_mut`, not indexing: indexing a YAML mapping mutably inserts the key.)
    let properties = new.get_mut("properties").and_then(Value::as_mapping_mut);
    for (property, new_property) in properties.into_iter().flatten() {
        let old_property = &old["properties"][property.as_str().unwrap_or_default()];
        copy_ours(new_property, old_property);
        copy_ours_in_properties(new_property, old_property);
    }
    if let Some(items) = new.get_mut("items") {
        copy_ours(items, &old["items"]);
        copy_ours_in_properties(items, &old["items"]);
    }
    let members = new.get_mut("allOf").and_then(Value::as_sequence_mut);
    for (i, member) in members.into_iter().flatten().enumerate() {
        copy_ours_in_properties(member, &old["allOf"][i]);
    }
}

/// Integer values upstream names by title but we do not yet: named from the title.
fn name_new_values(schema: &mut Value, titles: Option<Value>) {
    let Some(Value::Mapping(titles)) = titles else {
        return;
    };
    let names = match schema.get_mut("x-tryterra-variants") {
        Some(Value::Mapping(names)) => names,
        _ => {
            schema["x-tryterra-variants"] = Value::Mapping(Mapping::new());
            schema["x-tryterra-variants"]
                .as_mapping_mut()
                .expect("just set")
        }
    };
    for (value, title) in titles {
        if !names.iter().any(|(k, _)| same(k, &value)) {
            names.insert(value, title);
        }
    }
}

fn same(a: &Value, b: &Value) -> bool {
    a == b || (a.as_i64().is_some() && a.as_i64() == b.as_i64())
}

/// The places where `a` and `b` differ, at most `limit`, as `components.schemas.X.required`.
pub(crate) fn differences(a: &Value, b: &Value, at: &str, limit: usize, out: &mut Vec<String>) {
    if out.len() >= limit || a == b {
        return;
    }
    match (a, b) {
        (Value::Mapping(x), Value::Mapping(y)) => {
            for (key, value) in x {
                let here = join(at, key);
                match y.get(key) {
                    Some(other) => differences(value, other, &here, limit, out),
                    None => out.push(format!("{here}: only in the converted upstream")),
                }
            }
            for key in y.keys().filter(|k| !x.contains_key(*k)) {
                if out.len() < limit {
                    out.push(format!("{}: only in openapi/terra.yaml", join(at, key)));
                }
            }
        }
        (Value::Sequence(x), Value::Sequence(y)) if x.len() == y.len() => {
            for (index, (value, other)) in x.iter().zip(y).enumerate() {
                differences(value, other, &format!("{at}[{index}]"), limit, out);
            }
        }
        _ => out.push(format!(
            "{at}: upstream says {}, openapi/terra.yaml says {}",
            short(a),
            short(b)
        )),
    }
}

fn join(at: &str, key: &Value) -> String {
    let key = key.as_str().map(str::to_string).unwrap_or_else(|| {
        serde_norway::to_string(key)
            .unwrap_or_default()
            .trim()
            .to_string()
    });
    if at.is_empty() {
        key
    } else {
        format!("{at}.{key}")
    }
}

fn short(v: &Value) -> String {
    let text = serde_norway::to_string(v)
        .unwrap_or_default()
        .trim()
        .replace('\n', " ");
    if text.len() > 80 {
        format!(
            "`{}…`",
            &text[..text.char_indices().nth(77).map_or(text.len(), |(i, _)| i)]
        )
    } else {
        format!("`{text}`")
    }
}
