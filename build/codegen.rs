//! Turns `openapi/terra.yaml` into Rust: the typed layer under the `Terra` facade, and a
//! reviewable summary of its public surface.
//!
//! Shared by `build/main.rs` (which writes the result to `OUT_DIR`) and by the generator tests
//! (which include this file), so a generator failure is also a named test failure.
//!
//! Customisations live in the spec, where a reviewer sees them:
//! - `x-tryterra-rust-type: <path>` on a component schema replaces the generated type with a
//!   hand-written one (open enums, and response unions the facade decodes itself);
//! - `x-tryterra-aliases: [name, ...]` on a property also accepts those names when decoding;
//! - `x-tryterra-not-generated: true` on an operation or a response leaves it to the facade
//!   (multipart uploads, a second success status with another body).

#[path = "constructors.rs"]
mod constructors;
#[path = "enums.rs"]
mod enums;
#[path = "events.rs"]
mod events;
#[path = "field_docs.rs"]
mod field_docs;
#[path = "invalid.rs"]
mod invalid;
#[path = "names.rs"]
mod names;
#[path = "operations.rs"]
mod operations;
#[path = "passes.rs"]
mod passes;
#[path = "refs.rs"]
mod refs;
#[path = "split.rs"]
pub(crate) mod split;
#[path = "surface.rs"]
pub(crate) mod surface;

use std::panic::{AssertUnwindSafe, catch_unwind};

use progenitor::{GenerationSettings, Generator, HooksMode, InterfaceStyle, TagStyle};

/// What the generator produced for one spec.
pub(crate) struct Generated {
    /// The generated module.
    pub file: syn::File,
    /// Public items only, without bodies or docs: the part of the code that reviewers read.
    pub surface: String,
}

impl Generated {
    /// The generated module as one formatted file (what tests read).
    #[allow(dead_code, reason = "read by tests/build; the build writes `files()`")]
    pub(crate) fn code(&self) -> String {
        prettyplease::unparse(&self.file)
    }

    /// The module as the build writes it: a root file including one file per type.
    pub(crate) fn files(&self) -> Vec<(String, String)> {
        split::files(&self.file)
    }
}

/// Runs progenitor over the YAML text of a spec. Generator panics become errors.
pub(crate) fn generate(spec_yaml: &str) -> Result<Generated, String> {
    let raw: serde_norway::Value =
        serde_norway::from_str(spec_yaml).map_err(|e| format!("not valid YAML: {e}"))?;
    let raw = refs_with_siblings(property_types(raw)?);
    if let Some(first) = refs::dangling(&raw).into_iter().next() {
        return Err(first);
    }
    let spec: openapiv3::OpenAPI = serde_norway::from_value(without_facade_only(raw.clone()))
        .map_err(|e| {
            // openapiv3's messages name no location: find the innermost part that fails.
            let place = invalid::locate(&without_facade_only(raw.clone()));
            format!(
                "{}: not OpenAPI 3.0 here: {e}",
                place.as_deref().unwrap_or("the document")
            )
        })?;

    let mut settings = GenerationSettings::new();
    settings
        .with_interface(InterfaceStyle::Builder)
        .with_tag(TagStyle::Merged)
        .with_derive("PartialEq")
        // The client carries the limits the hooks in `src/transport.rs` apply; `Expected` makes
        // a missing hook implementation a compile error rather than silently unretried calls.
        .with_inner_type(quote_path("crate::transport::Limits"))
        .with_hooks(HooksMode::Expected);
    for (schema, rust_type) in replacements(&raw) {
        settings.with_replacement(schema, rust_type, std::iter::empty());
    }
    // Open enums are declared by `enums::declarations` (below) and replace the closed enums
    // typify would generate, wherever the spec refers to them.
    let open_enums = enums::collect(&raw)?;
    let webhook_events = events::collect(&raw)?;
    for e in &open_enums {
        settings.with_replacement(
            &e.name,
            format!("crate::models::{}", e.name),
            std::iter::empty(),
        );
    }

    let tokens = catch_unwind(AssertUnwindSafe(|| {
        Generator::new(&settings).generate_tokens(&spec)
    }))
    .map_err(|panic| format!("progenitor panicked: {}", panic_message(&panic)))?
    .map_err(|e| format!("progenitor rejected the spec: {e}"))?;

    let mut file: syn::File =
        syn::parse2(tokens).map_err(|e| format!("generated code does not parse: {e}"))?;
    for alias in aliases(&raw) {
        alias.apply(&mut file)?;
    }
    let operations = operations::facade_decodes(&mut file)?;
    file.items.extend(operations);
    passes::prune_model_builders(&mut file);
    let models = types_module(&mut file).ok_or("the generated code has no `types` module")?;
    passes::lenient_integers(models);
    passes::objects_only(models);
    passes::model_fields(models);
    field_docs::FieldDocs::collect(&raw).apply(models);
    passes::redacted_debug(models);
    passes::json_schema(models);
    constructors::apply(models, &request_bodies(&raw));
    let names = passes::field_names(models);
    let public = passes::public_models(models);
    file.items.push(syn::parse_quote! {
        /// The JSON property names of every model, sorted: decode errors show these and hide
        /// any other map key (those are chosen by the body).
        pub(crate) const FIELD_NAMES: &[&str] = &[#(#names),*];
    });
    file.items.push(syn::parse_quote! {
        /// What `crate::models` publishes: the models, not typify's helper modules.
        pub mod models {
            pub use super::types::{#(#public),*};
        }
    });
    file.items.extend(
        syn::parse2::<syn::File>(events::table(&webhook_events))
            .map_err(|e| e.to_string())?
            .items,
    );
    let declarations = enums::declarations(&open_enums);
    file.items.push(syn::parse_quote! {
        /// The open enums of the spec (`build/enums.rs`).
        pub mod enums {
            use crate::models::open_enum::{open_int_enum, open_string_enum};
            #declarations
        }
    });
    Ok(Generated {
        surface: surface(&file) + &enums::surface(&open_enums) + &events::surface(&webhook_events),
        file,
    })
}

/// The document minus what is marked `x-tryterra-not-generated` (operations and responses), and
/// minus the open-enum extensions (`build/enums.rs` reads them; their integer keys are not JSON,
/// which openapiv3 needs extensions to be).
fn without_facade_only(mut raw: serde_norway::Value) -> serde_norway::Value {
    if let Some(schemas) = raw["components"]["schemas"].as_mapping_mut() {
        for (_, schema) in schemas.iter_mut() {
            if let Some(schema) = schema.as_mapping_mut() {
                schema.remove("x-tryterra-variants");
                schema.remove("x-tryterra-variant-docs");
            }
        }
    }
    let marked = |v: &serde_norway::Value| v["x-tryterra-not-generated"].as_bool() == Some(true);
    if let Some(paths) = raw.get_mut("paths").and_then(|p| p.as_mapping_mut()) {
        for (_, item) in paths.iter_mut() {
            let Some(item) = item.as_mapping_mut() else {
                continue;
            };
            item.retain(|_, op| !marked(op));
            for (_, op) in item.iter_mut() {
                if let Some(responses) = op.get_mut("responses").and_then(|r| r.as_mapping_mut()) {
                    responses.retain(|_, response| !marked(response));
                }
            }
        }
        paths.retain(|_, item| {
            item.as_mapping().is_none_or(|m| {
                m.keys().any(|k| {
                    k.as_str().is_some_and(|k| {
                        !matches!(k, "servers" | "parameters" | "summary" | "description")
                    })
                })
            })
        });
    }
    raw
}

/// The component schemas used as request bodies.
fn request_bodies(raw: &serde_norway::Value) -> Vec<String> {
    let mut found = Vec::new();
    for (_, item) in raw["paths"].as_mapping().into_iter().flatten() {
        for (_, operation) in item.as_mapping().into_iter().flatten() {
            for (_, media) in operation["requestBody"]["content"]
                .as_mapping()
                .into_iter()
                .flatten()
            {
                if let Some(name) = media["schema"]["$ref"]
                    .as_str()
                    .and_then(|r| r.strip_prefix("#/components/schemas/"))
                {
                    found.push(name.to_string());
                }
            }
        }
    }
    found
}

fn quote_path(path: &str) -> proc_macro2::TokenStream {
    path.parse().expect("a Rust path is a valid token stream")
}

fn panic_message(panic: &Box<dyn std::any::Any + Send>) -> String {
    panic
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
        .unwrap_or_else(|| "(no message)".to_string())
}

fn schemas(raw: &serde_norway::Value) -> impl Iterator<Item = (&str, &serde_norway::Value)> {
    raw["components"]["schemas"]
        .as_mapping()
        .into_iter()
        .flatten()
        .filter_map(|(name, schema)| Some((name.as_str()?, schema)))
}

/// Properties marked `x-tryterra-rust-type: <path>` (e.g. timestamps, kept as sent but stored
/// inline) refer instead to a component of that name marked the same way, which the generator
/// replaces like any other; typify has no per-property replacement.
fn property_types(mut raw: serde_norway::Value) -> Result<serde_norway::Value, String> {
    use serde_norway::{Mapping, Value};
    let key = |k: &str| Value::String(k.to_string());
    let mut added: Vec<(String, Value)> = Vec::new();
    let Some(schemas) = raw["components"]["schemas"].as_mapping_mut() else {
        return Ok(raw);
    };
    for (schema_name, schema) in schemas.iter_mut() {
        let properties = schema.get_mut("properties").and_then(Value::as_mapping_mut);
        for (property, prop) in properties.into_iter().flatten() {
            let Some(path) = prop["x-tryterra-rust-type"].as_str().map(str::to_string) else {
                continue;
            };
            let name = path.rsplit("::").next().unwrap_or(&path).to_string();
            let mut component = Mapping::new();
            component.insert(key("type"), prop["type"].clone());
            component.insert(key("x-tryterra-rust-type"), key(&path));
            let component = Value::Mapping(component);
            match added.iter().find(|(n, _)| *n == name) {
                Some((_, earlier)) if *earlier != component => {
                    return Err(format!(
                        "{}.{}: x-tryterra-rust-type {path} on a `{}` property; it is used on \
                         another type elsewhere",
                        schema_name.as_str().unwrap_or_default(),
                        property.as_str().unwrap_or_default(),
                        prop["type"].as_str().unwrap_or("untyped"),
                    ));
                }
                Some(_) => {}
                None => added.push((name.clone(), component)),
            }
            // A `$ref` beside the property's description and nullability: `refs_with_siblings`
            // makes that a form typify reads.
            let mut replaced = Mapping::new();
            replaced.insert(key("$ref"), key(&format!("#/components/schemas/{name}")));
            for kept in ["description", "nullable"] {
                if let Some(value) = prop.get(kept) {
                    replaced.insert(key(kept), value.clone());
                }
            }
            *prop = Value::Mapping(replaced);
        }
    }
    for (name, component) in added {
        if schemas.contains_key(name.as_str()) {
            return Err(format!(
                "x-tryterra-rust-type on properties names `{name}`, which is already a schema"
            ));
        }
        schemas.insert(key(&name), component);
    }
    Ok(raw)
}

/// A property written `$ref` plus anything else (a `description`, `nullable`) becomes
/// `allOf: [$ref]` plus the rest: OpenAPI 3.0 ignores the siblings of a `$ref` (and so does
/// typify), which would leave the field undocumented or not optional. The type is the same: a
/// one-member `allOf` is its member.
fn refs_with_siblings(mut raw: serde_norway::Value) -> serde_norway::Value {
    use serde_norway::{Mapping, Value};
    fn visit(node: &mut Value) {
        match node {
            Value::Mapping(map) => {
                let properties = map.get_mut("properties").and_then(Value::as_mapping_mut);
                for (_, prop) in properties.into_iter().flatten() {
                    let Value::Mapping(p) = prop else { continue };
                    if p.len() > 1
                        && let Some(reference) = p.remove("$ref")
                    {
                        let mut member = Mapping::new();
                        member.insert(Value::from("$ref"), reference);
                        p.insert(
                            Value::from("allOf"),
                            Value::Sequence(vec![Value::Mapping(member)]),
                        );
                    }
                }
                map.values_mut().for_each(visit);
            }
            Value::Sequence(items) => items.iter_mut().for_each(visit),
            _ => {}
        }
    }
    visit(&mut raw["components"]["schemas"]);
    raw
}

/// `(schema name, Rust path)` for every schema marked `x-tryterra-rust-type`.
fn replacements(raw: &serde_norway::Value) -> Vec<(String, String)> {
    schemas(raw)
        .filter_map(|(name, schema)| {
            let path = schema["x-tryterra-rust-type"].as_str()?;
            Some((name.to_string(), path.to_string()))
        })
        .collect()
}

/// Extra names a property is accepted under when decoding.
struct Alias {
    schema: String,
    property: String,
    names: Vec<String>,
}

fn aliases(raw: &serde_norway::Value) -> Vec<Alias> {
    let mut found = Vec::new();
    for (schema, body) in schemas(raw) {
        for (property, prop) in body["properties"].as_mapping().into_iter().flatten() {
            let names: Vec<String> = prop["x-tryterra-aliases"]
                .as_sequence()
                .into_iter()
                .flatten()
                .filter_map(|n| n.as_str().map(str::to_string))
                .collect();
            if let (Some(property), false) = (property.as_str(), names.is_empty()) {
                found.push(Alias {
                    schema: schema.to_string(),
                    property: property.to_string(),
                    names,
                });
            }
        }
    }
    found
}

impl Alias {
    /// Adds `#[serde(alias = "...")]` to the generated field, or fails if there is none.
    fn apply(&self, file: &mut syn::File) -> Result<(), String> {
        let field = types_module(file)
            .and_then(|items| {
                items.iter_mut().find_map(|item| match item {
                    syn::Item::Struct(s) if s.ident == self.schema => Some(s),
                    _ => None,
                })
            })
            .and_then(|s| {
                s.fields
                    .iter_mut()
                    .find(|f| wire_name(f).as_deref() == Some(self.property.as_str()))
            })
            .ok_or_else(|| {
                format!(
                    "x-tryterra-aliases on {}.{}: no such field in the generated code",
                    self.schema, self.property
                )
            })?;
        for name in &self.names {
            field.attrs.push(syn::parse_quote!(#[serde(alias = #name)]));
        }
        Ok(())
    }
}

fn types_module(file: &mut syn::File) -> Option<&mut Vec<syn::Item>> {
    file.items.iter_mut().find_map(|item| match item {
        syn::Item::Mod(m) if m.ident == "types" => m.content.as_mut().map(|(_, items)| items),
        _ => None,
    })
}

/// The JSON name of a field: its `#[serde(rename = "...")]`, else its identifier.
fn wire_name(field: &syn::Field) -> Option<String> {
    let mut renamed = None;
    for attr in field.attrs.iter().filter(|a| a.path().is_ident("serde")) {
        let _ = attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("rename") {
                renamed = Some(meta.value()?.parse::<syn::LitStr>()?.value());
            } else if meta.input.peek(syn::Token![=]) {
                meta.value()?.parse::<syn::Expr>()?;
            }
            Ok(())
        });
    }
    renamed.or_else(|| field.ident.as_ref().map(ToString::to_string))
}

/// The models' public surface, one line per item (`build/surface.rs`); typify's helper modules
/// and the crate-private operations are left out.
fn surface(file: &syn::File) -> String {
    let types: Vec<syn::Item> = file
        .items
        .iter()
        .find_map(|item| match item {
            syn::Item::Mod(m) if m.ident == "types" => m.content.as_ref(),
            _ => None,
        })
        .map(|(_, items)| {
            items
                .iter()
                .filter(|item| !matches!(item, syn::Item::Mod(_)))
                .cloned()
                .collect()
        })
        .unwrap_or_default();
    let options = surface::Options { trait_impls: false };
    surface::lines(&types, "models", options).join("\n") + "\n"
}
