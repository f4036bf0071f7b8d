//! Open enums from the spec: every component schema with an `enum` (integer or string) becomes a
//! Rust enum with a variant per value and a fallback for values Terra adds later, declared with
//! the `open_int_enum!` / `open_string_enum!` macros of `src/models/open_enum.rs`.
//!
//! Variant names come from `x-tryterra-variants` (a map from value to name) on the schema;
//! string values without one get their value in UpperCamelCase (`ACTIVE_MINUTES` →
//! `ActiveMinutes`); integer values must be named. Optional `x-tryterra-variant-docs` (value →
//! text) documents a variant; the schema's `description` documents the enum.

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};
use serde_norway::Value;

use super::names::upper_camel;

/// One open enum, as declared in the spec.
pub(super) struct OpenEnum {
    pub name: String,
    doc: Option<String>,
    integer: bool,
    pub variants: Vec<Variant>,
}

/// One known value.
pub(super) struct Variant {
    pub name: String,
    /// The value as Rust source: `8` or `"GARMIN"`.
    pub wire: String,
    doc: Option<String>,
}

/// Every open enum of the spec, or an error naming the schema and what to fix.
pub(super) fn collect(raw: &Value) -> Result<Vec<OpenEnum>, String> {
    let mut found = Vec::new();
    for (name, schema) in super::schemas(raw) {
        let Some(values) = schema["enum"].as_sequence() else {
            continue;
        };
        if schema.get("x-tryterra-rust-type").is_some() {
            continue;
        }
        let place = format!("components.schemas.{name}");
        let integer = match schema["type"].as_str() {
            Some("integer") => true,
            Some("string") => false,
            other => {
                return Err(format!(
                    "{place}: an enum of type {other:?} is not supported (integer or string)"
                ));
            }
        };
        let names = schema["x-tryterra-variants"].as_mapping();
        let docs = schema["x-tryterra-variant-docs"].as_mapping();
        let mut variants = Vec::new();
        for value in values {
            let wire = wire_literal(value, integer).ok_or_else(|| {
                format!("{place}: enum value {value:?} is not a {}", kind(integer))
            })?;
            let named = names.and_then(|n| lookup(n, value)).and_then(Value::as_str);
            let variant = match named {
                Some(name) => name.to_string(),
                None if integer => {
                    return Err(format!(
                        "{place}: enum value {wire} has no variant name; add `{wire}: <Name>` \
                         under x-tryterra-variants"
                    ));
                }
                None => upper_camel(value.as_str().unwrap_or_default()),
            };
            let fallback = if integer { "Unknown" } else { "Other" };
            if syn::parse_str::<syn::Ident>(&variant).is_err() || variant == fallback {
                return Err(format!(
                    "{place}: `{variant}` (for {wire}) is not a usable variant name"
                ));
            }
            if variants.iter().any(|v: &Variant| v.name == variant) {
                return Err(format!("{place}: two values are named `{variant}`"));
            }
            let doc = docs
                .and_then(|d| lookup(d, value))
                .and_then(Value::as_str)
                .map(str::to_string);
            variants.push(Variant {
                name: variant,
                wire,
                doc,
            });
        }
        for key in names.into_iter().flatten().map(|(k, _)| k) {
            if !values.iter().any(|v| same_value(v, key)) {
                return Err(format!(
                    "{place}: x-tryterra-variants names {key:?}, which is not in its enum"
                ));
            }
        }
        found.push(OpenEnum {
            name: name.to_string(),
            doc: schema["description"].as_str().map(str::to_string),
            integer,
            variants,
        });
    }
    Ok(found)
}

/// The declarations, one macro invocation per enum.
pub(super) fn declarations(enums: &[OpenEnum]) -> TokenStream {
    let items = enums.iter().map(|e| {
        let name = format_ident!("{}", e.name);
        let doc = e.doc.as_deref().unwrap_or("A value set Terra controls.");
        let doc = format!(" {doc}");
        let variants = e.variants.iter().map(|v| {
            let ident = format_ident!("{}", v.name);
            let value: TokenStream = v.wire.parse().expect("a literal");
            let docs = v.doc.iter().map(|d| format!(" {d}"));
            quote!(#(#[doc = #docs])* #ident = #value,)
        });
        let declare = if e.integer {
            quote!(open_int_enum)
        } else {
            quote!(open_string_enum)
        };
        quote! {
            #declare! {
                #[doc = #doc]
                pub enum #name { #(#variants)* }
            }
        }
    });
    quote!(#(#items)*)
}

/// One line per enum and per known value, for the reviewed surface.
pub(super) fn surface(enums: &[OpenEnum]) -> String {
    let mut lines = String::new();
    for e in enums {
        let (kind, fallback) = if e.integer {
            ("i64", "Unknown")
        } else {
            ("String", "Other")
        };
        lines.push_str(&format!(
            "models::{}: open enum of {kind}, unknown values in {}::{fallback}\n",
            e.name, e.name
        ));
        for v in &e.variants {
            lines.push_str(&format!("models::{}::{} = {}\n", e.name, v.name, v.wire));
        }
    }
    lines
}

fn kind(integer: bool) -> &'static str {
    if integer { "integer" } else { "string" }
}

fn wire_literal(value: &Value, integer: bool) -> Option<String> {
    if integer {
        value
            .as_i64()
            .map(|n| Literal::i64_unsuffixed(n).to_string())
    } else {
        value.as_str().map(|s| Literal::string(s).to_string())
    }
}

fn lookup<'a>(map: &'a serde_norway::Mapping, value: &Value) -> Option<&'a Value> {
    map.iter()
        .find(|(k, _)| same_value(value, k))
        .map(|(_, v)| v)
}

/// YAML keys and values compare by their text, so `8` and `'8'` are the same value.
fn same_value(a: &Value, b: &Value) -> bool {
    let text = |v: &Value| match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    };
    text(a).is_some() && text(a) == text(b)
}
