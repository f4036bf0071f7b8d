//! Reading `openapi/terra.yaml` for the tools: YAML parsing, `$ref` resolution with errors that
//! name the referring location, and the few views of the document the tools compare.

use serde_norway::Value;

#[path = "../../build/refs.rs"]
mod refs;

/// A parsed spec, checked for dangling references.
pub(crate) struct Spec {
    pub root: Value,
}

impl Spec {
    /// Parses `text` (named `origin` in errors) and checks every `$ref` resolves.
    pub(crate) fn parse(text: &str, origin: &str) -> Result<Spec, String> {
        let root: Value =
            serde_norway::from_str(text).map_err(|e| format!("{origin}: not valid YAML: {e}"))?;
        if !root.is_mapping() {
            return Err(format!("{origin}: not an OpenAPI document (not a mapping)"));
        }
        let dangling = refs::dangling(&root);
        if let Some(first) = dangling.first() {
            return Err(format!(
                "{origin}: {first}{}",
                if dangling.len() > 1 {
                    format!(" (and {} more)", dangling.len() - 1)
                } else {
                    String::new()
                }
            ));
        }
        Ok(Spec { root })
    }

    /// `(name, schema)` for every component schema, in document order.
    pub(crate) fn schemas(&self) -> Vec<(&str, &Value)> {
        mapping(&self.root["components"]["schemas"])
    }

    /// `("GET /userInfo", operation)` for every operation, in document order.
    pub(crate) fn operations(&self) -> Vec<(String, &Value)> {
        let mut found = Vec::new();
        for (path, item) in mapping(&self.root["paths"]) {
            for (verb, operation) in mapping(item) {
                if operation.get("responses").is_some() {
                    found.push((format!("{} {path}", verb.to_uppercase()), operation));
                }
            }
        }
        found
    }

    /// What a `$ref` points to, if it resolves.
    pub(crate) fn resolve<'a>(&'a self, value: &'a Value) -> &'a Value {
        match value.get("$ref").and_then(Value::as_str) {
            Some(reference) => refs::lookup(&self.root, reference).unwrap_or(value),
            None => value,
        }
    }
}

/// The entries of a YAML mapping with string keys (numbers as text), in order.
pub(crate) fn mapping(value: &Value) -> Vec<(&str, &Value)> {
    value
        .as_mapping()
        .into_iter()
        .flatten()
        .filter_map(|(k, v)| Some((k.as_str()?, v)))
        .collect()
}
