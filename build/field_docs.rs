//! Field docs typify drops: a property's `description` is lost when typify merges an `allOf`
//! (every webhook event extends `WebhookEvent`, so their `type` and `status` end up
//! undocumented) and on properties of `allOf` members. This pass documents each generated
//! field that has no docs from the description its property has in the spec.

use std::collections::HashMap;

use serde_norway::Value;
use syn::Item;

/// Descriptions by struct and JSON property name. Structs are keyed by their name folded to
/// lower-case alphanumerics, which is how typify's names (`METData` → `MetData`, the `user`
/// object of `DataSentToWebhook` → `DataSentToWebhookUser`) relate to the spec's.
pub(super) struct FieldDocs(HashMap<String, HashMap<String, String>>);

fn fold(name: &str) -> String {
    name.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

impl FieldDocs {
    pub(super) fn collect(raw: &Value) -> Self {
        let schemas = &raw["components"]["schemas"];
        let mut docs = HashMap::new();
        for (name, schema) in schemas.as_mapping().into_iter().flatten() {
            collect_object(
                &mut docs,
                name.as_str().unwrap_or_default(),
                schema,
                schemas,
            );
        }
        Self(docs)
    }

    /// Adds `///<description>` to every undocumented field of `items`' structs that has one.
    pub(super) fn apply(&self, items: &mut [Item]) {
        for item in items {
            let Item::Struct(s) = item else { continue };
            let Some(fields) = self.0.get(&fold(&s.ident.to_string())) else {
                continue;
            };
            for field in &mut s.fields {
                if field.attrs.iter().any(|a| a.path().is_ident("doc")) {
                    continue;
                }
                let Some(text) = super::wire_name(field).and_then(|w| fields.get(&w)) else {
                    continue;
                };
                // typify writes `///Text`: the same, so both render alike.
                field.attrs.insert(0, syn::parse_quote!(#[doc = #text]));
            }
        }
    }
}

/// The descriptions of `schema`'s properties (own ones first, then its `allOf` members',
/// following `$ref`s), under `name`; inline object properties under `name` + property.
fn collect_object(
    docs: &mut HashMap<String, HashMap<String, String>>,
    name: &str,
    schema: &Value,
    schemas: &Value,
) {
    let mut own = HashMap::new();
    described(schema, schemas, &mut own, 0);
    docs.entry(fold(name)).or_default().extend(own);
    for (property, value) in schema["properties"].as_mapping().into_iter().flatten() {
        let property = property.as_str().unwrap_or_default();
        if value.get("properties").is_some() {
            collect_object(docs, &format!("{name}{property}"), value, schemas);
        }
    }
}

fn described(schema: &Value, schemas: &Value, out: &mut HashMap<String, String>, depth: u8) {
    // (A bound, not a cycle check: `allOf` chains in the spec are one or two deep.)
    if depth > 8 {
        return;
    }
    for (property, value) in schema["properties"].as_mapping().into_iter().flatten() {
        if let (Some(property), Some(text)) = (property.as_str(), value["description"].as_str()) {
            out.entry(property.to_string())
                .or_insert_with(|| text.to_string());
        }
    }
    for member in schema["allOf"].as_sequence().into_iter().flatten() {
        let target = member["$ref"]
            .as_str()
            .and_then(|r| r.strip_prefix("#/components/schemas/"))
            .map_or(member, |name| &schemas[name]);
        described(target, schemas, out, depth + 1);
    }
}
