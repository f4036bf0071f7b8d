//! Where a spec stops being OpenAPI 3.0: openapiv3 says only what it expected, and its untagged
//! enums hide where. This tries the parts on their own (operations, parameters, bodies,
//! responses, schemas and their sub-schemas) and names the innermost one that fails.

use openapiv3::{Operation, Parameter, ReferenceOr, RequestBody, Response, Schema};
use serde::de::DeserializeOwned;
use serde_norway::Value;

/// The location of the innermost part that does not parse, e.g.
/// `components.schemas.Activity.properties.device_data`.
pub(super) fn locate(raw: &Value) -> Option<String> {
    for (path, item) in entries(&raw["paths"]) {
        for (verb, operation) in entries(item) {
            let at = format!("paths.{path}.{verb}");
            if !fails::<Operation>(operation) {
                continue;
            }
            for (index, parameter) in operation["parameters"]
                .as_sequence()
                .into_iter()
                .flatten()
                .enumerate()
            {
                if fails::<ReferenceOr<Parameter>>(parameter) {
                    let at = format!("{at}.parameters[{index}]");
                    return Some(
                        schema_part(&parameter["schema"], &format!("{at}.schema")).unwrap_or(at),
                    );
                }
            }
            if let Some(body) = operation.get("requestBody")
                && fails::<ReferenceOr<RequestBody>>(body)
            {
                return Some(format!("{at}.requestBody"));
            }
            for (status, response) in entries(&operation["responses"]) {
                if fails::<ReferenceOr<Response>>(response) {
                    return Some(format!("{at}.responses.{status}"));
                }
            }
            return Some(at);
        }
    }
    for (name, schema) in entries(&raw["components"]["schemas"]) {
        if let Some(at) = schema_part(schema, &format!("components.schemas.{name}")) {
            return Some(at);
        }
    }
    None
}

/// The innermost failing sub-schema of `schema`, if it fails.
fn schema_part(schema: &Value, at: &str) -> Option<String> {
    if !fails::<ReferenceOr<Schema>>(schema) {
        return None;
    }
    for (name, property) in entries(&schema["properties"]) {
        if let Some(inner) = schema_part(property, &format!("{at}.properties.{name}")) {
            return Some(inner);
        }
    }
    for key in ["items", "additionalProperties"] {
        if let Some(inner) = schema
            .get(key)
            .and_then(|s| schema_part(s, &format!("{at}.{key}")))
        {
            return Some(inner);
        }
    }
    for key in ["allOf", "oneOf", "anyOf"] {
        for (index, part) in schema[key].as_sequence().into_iter().flatten().enumerate() {
            if let Some(inner) = schema_part(part, &format!("{at}.{key}[{index}]")) {
                return Some(inner);
            }
        }
    }
    Some(at.to_string())
}

fn fails<T: DeserializeOwned>(value: &Value) -> bool {
    serde_norway::from_value::<T>(value.clone()).is_err()
}

fn entries(value: &Value) -> Vec<(String, &Value)> {
    value
        .as_mapping()
        .into_iter()
        .flatten()
        .filter_map(|(k, v)| Some((k.as_str()?.to_string(), v)))
        .collect()
}
