//! Passes over the generated models (the `types` module) that make serde and `Debug` behave as
//! the crate promises, for every model at once, so that no model can be forgotten:
//!
//! - [`objects_only`]: a struct decodes only from a JSON object. serde's derive also accepts an
//!   array of the fields in order, so `[true, "success", {…}]` would decode as `UserInfo`.
//! - [`lenient_integers`]: an integer field also accepts an integral float (`4.0`, an integer
//!   for JSON Schema) and still rejects `4.5`.
//! - [`redacted_debug`]: `Debug` prints a model's type and which fields are present, never a
//!   value: models carry health data and identifiers, and `Debug` output ends up in logs.
//! - [`field_names`]: every JSON property name the models know, so a decode error's path can
//!   show them and hide names chosen by the body (keys of free-form maps).
//!
//! - [`json_schema`]: with the `schemars` feature, every model derives `JsonSchema`.
//!
//! Each pass names the hand-written helper it calls in `src/models/serde_rules.rs`.

use quote::quote;
use syn::{Fields, Item, parse_quote};

/// Every named-field struct that derives `Deserialize` decodes through
/// `crate::models::serde_rules::ObjectOnly`, which asks the format for a map, not a struct.
///
/// The derive stays (with `#[serde(remote = "Self")]` it becomes inherent `deserialize` /
/// `serialize` functions); the trait impls added here call them.
pub(super) fn objects_only(items: &mut Vec<Item>) {
    let mut added = Vec::new();
    for item in items.iter_mut() {
        let Item::Struct(s) = item else { continue };
        if !matches!(s.fields, Fields::Named(_)) || !derives(&s.attrs, "Deserialize") {
            continue;
        }
        s.attrs.push(parse_quote!(#[serde(remote = "Self")]));
        let name = &s.ident;
        added.push(parse_quote! {
            impl<'de> ::serde::Deserialize<'de> for #name {
                fn deserialize<D: ::serde::Deserializer<'de>>(
                    deserializer: D,
                ) -> ::std::result::Result<Self, D::Error> {
                    #name::deserialize(crate::models::serde_rules::ObjectOnly(deserializer))
                }
            }
        });
        added.push(parse_quote! {
            impl ::serde::Serialize for #name {
                fn serialize<S: ::serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> ::std::result::Result<S::Ok, S::Error> {
                    #name::serialize(self, serializer)
                }
            }
        });
    }
    items.extend(added);
}

/// Integer fields (`i64`, `u64`, ..., also inside `Option` and `Vec`) of deserialisable structs
/// decode with `crate::models::serde_rules::integer`. Returns how many fields it changed.
pub(super) fn lenient_integers(items: &mut [Item]) -> usize {
    let mut changed = 0;
    for item in items.iter_mut() {
        let Item::Struct(s) = item else { continue };
        if !derives(&s.attrs, "Deserialize") {
            continue;
        }
        for field in s.fields.iter_mut() {
            if !holds_integer(&field.ty) {
                continue;
            }
            // typify gives a required nullable field `deserialize_with = "Option::deserialize"`
            // (null accepted, absence not): that one stays required; other optional fields
            // default to `None` when absent, as they did without `deserialize_with`.
            let required_nullable = remove_deserialize_with(&mut field.attrs);
            let optional = outer_type(&field.ty).as_deref() == Some("Option");
            field.attrs.push(parse_quote!(
                #[serde(deserialize_with = "crate::models::serde_rules::integer")]
            ));
            if optional && !required_nullable && !has_serde_flag(&field.attrs, "default") {
                field.attrs.push(parse_quote!(#[serde(default)]));
            }
            changed += 1;
        }
    }
    changed
}

/// Every serialisable struct and enum also derives `schemars::JsonSchema` when the crate's
/// `schemars` feature is on (the derive reads the same serde attributes, so the schema describes
/// the JSON the model reads and writes).
pub(super) fn json_schema(items: &mut [Item]) {
    for item in items.iter_mut() {
        let attrs = match item {
            Item::Struct(s) => &mut s.attrs,
            Item::Enum(e) => &mut e.attrs,
            _ => continue,
        };
        if derives(attrs, "Serialize") || derives(attrs, "Deserialize") {
            attrs.push(parse_quote!(
                #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
            ));
        }
    }
}

/// Replaces `derive(Debug)` on every struct and enum with an impl that prints the type and the
/// names of the fields that are present (`Some`, non-empty), and for enums the type alone.
pub(super) fn redacted_debug(items: &mut Vec<Item>) {
    let mut added: Vec<Item> = Vec::new();
    for item in items.iter_mut() {
        match item {
            Item::Struct(s) => {
                if !remove_derive(&mut s.attrs, "Debug") {
                    continue;
                }
                let name = &s.ident;
                let label = name.to_string();
                let body = match &s.fields {
                    Fields::Named(named) => {
                        let fields = named.named.iter().map(|f| {
                            let ident = f.ident.as_ref().expect("named field");
                            let shown = ident.to_string();
                            let shown = shown.strip_suffix('_').unwrap_or(&shown);
                            let present = presence(&f.ty, quote!(self.#ident));
                            quote!(.field(#shown, #present))
                        });
                        quote! {
                            crate::models::serde_rules::RedactedStruct::new(f, #label)
                                #(#fields)*
                                .finish()
                        }
                    }
                    _ => quote!(crate::models::serde_rules::redacted_value(f, #label)),
                };
                added.push(parse_quote! {
                    impl ::std::fmt::Debug for #name {
                        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                            #body
                        }
                    }
                });
            }
            Item::Enum(e) => {
                if !remove_derive(&mut e.attrs, "Debug") {
                    continue;
                }
                let name = &e.ident;
                let label = name.to_string();
                added.push(parse_quote! {
                    impl ::std::fmt::Debug for #name {
                        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                            crate::models::serde_rules::redacted_value(f, #label)
                        }
                    }
                });
            }
            Item::Mod(m) => {
                if let Some((_, inner)) = m.content.as_mut() {
                    redacted_debug(inner);
                }
            }
            _ => {}
        }
    }
    items.extend(added);
}

/// Implements `crate::models::serde_rules::ModelFields` for every named-field struct: the JSON
/// names its fields decode from, so the facade can tell which shape a body has before decoding.
pub(super) fn model_fields(items: &mut Vec<Item>) {
    let mut added = Vec::new();
    for item in items.iter() {
        let Item::Struct(s) = item else { continue };
        if !matches!(s.fields, Fields::Named(_)) || !derives(&s.attrs, "Deserialize") {
            continue;
        }
        let name = &s.ident;
        let names = s.fields.iter().flat_map(|f| {
            let mut names = serde_values(&f.attrs, "alias");
            names.extend(super::wire_name(f));
            names
        });
        added.push(parse_quote! {
            impl crate::models::serde_rules::ModelFields for #name {
                const FIELDS: &'static [&'static str] = &[#(#names),*];
            }
        });
    }
    items.extend(added);
}

/// The JSON names of every field of every struct, sorted and deduplicated (aliases included).
pub(super) fn field_names(items: &[Item]) -> Vec<String> {
    let mut names: Vec<String> = items
        .iter()
        .filter_map(|item| match item {
            Item::Struct(s) => Some(s),
            _ => None,
        })
        .flat_map(|s| s.fields.iter())
        .flat_map(|f| {
            let mut names = serde_values(&f.attrs, "alias");
            names.extend(super::wire_name(f));
            names
        })
        .collect();
    names.sort();
    names.dedup();
    names
}

/// An expression: whether the field at `place` is present.
fn presence(ty: &syn::Type, place: proc_macro2::TokenStream) -> proc_macro2::TokenStream {
    match outer_type(ty).as_deref() {
        Some("Option") => quote!(#place.is_some()),
        Some("Vec" | "Map" | "HashMap" | "BTreeMap") => quote!(!#place.is_empty()),
        _ => quote!(true),
    }
}

/// The last segment of a path type: `Option` for `::std::option::Option<T>`.
fn outer_type(ty: &syn::Type) -> Option<String> {
    match ty {
        syn::Type::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()),
        _ => None,
    }
}

/// Whether `ty` is an integer, possibly inside `Option` and `Vec`.
fn holds_integer(ty: &syn::Type) -> bool {
    let syn::Type::Path(p) = ty else { return false };
    let Some(last) = p.path.segments.last() else {
        return false;
    };
    match last.ident.to_string().as_str() {
        "i8" | "i16" | "i32" | "i64" | "u8" | "u16" | "u32" | "u64" | "NonZeroU64" => true,
        "Option" | "Vec" => match &last.arguments {
            syn::PathArguments::AngleBracketed(args) => args.args.iter().any(|arg| match arg {
                syn::GenericArgument::Type(inner) => holds_integer(inner),
                _ => false,
            }),
            _ => false,
        },
        _ => false,
    }
}

/// Whether `#[derive(...)]` lists `name` (as `name` or `::serde::name`).
fn derives(attrs: &[syn::Attribute], name: &str) -> bool {
    attrs.iter().any(|a| {
        a.path().is_ident("derive")
            && a.parse_args_with(
                syn::punctuated::Punctuated::<syn::Path, syn::Token![,]>::parse_terminated,
            )
            .is_ok_and(|paths| paths.iter().any(|p| last_ident_is(p, name)))
    })
}

/// Removes `name` from every `#[derive(...)]`; whether it was there.
fn remove_derive(attrs: &mut [syn::Attribute], name: &str) -> bool {
    let mut removed = false;
    for attr in attrs.iter_mut().filter(|a| a.path().is_ident("derive")) {
        let Ok(paths) = attr.parse_args_with(
            syn::punctuated::Punctuated::<syn::Path, syn::Token![,]>::parse_terminated,
        ) else {
            continue;
        };
        let kept: Vec<&syn::Path> = paths.iter().filter(|p| !last_ident_is(p, name)).collect();
        if kept.len() != paths.len() {
            removed = true;
            *attr = parse_quote!(#[derive(#(#kept),*)]);
        }
    }
    removed
}

fn last_ident_is(path: &syn::Path, name: &str) -> bool {
    path.segments.last().is_some_and(|s| s.ident == name)
}

/// Removes `deserialize_with = ...` from the field's serde attributes; whether there was one.
fn remove_deserialize_with(attrs: &mut Vec<syn::Attribute>) -> bool {
    let mut found = false;
    let mut rewritten = Vec::new();
    for attr in attrs.drain(..) {
        if !attr.path().is_ident("serde") {
            rewritten.push(attr);
            continue;
        }
        let Ok(metas) = attr.parse_args_with(
            syn::punctuated::Punctuated::<syn::Meta, syn::Token![,]>::parse_terminated,
        ) else {
            rewritten.push(attr);
            continue;
        };
        let kept: Vec<&syn::Meta> = metas
            .iter()
            .filter(|m| !m.path().is_ident("deserialize_with"))
            .collect();
        found |= kept.len() != metas.len();
        if !kept.is_empty() {
            rewritten.push(parse_quote!(#[serde(#(#kept),*)]));
        }
    }
    *attrs = rewritten;
    found
}

/// Whether a `#[serde(...)]` attribute has the bare flag `name` (e.g. `default`).
fn has_serde_flag(attrs: &[syn::Attribute], name: &str) -> bool {
    attrs
        .iter()
        .filter(|a| a.path().is_ident("serde"))
        .any(|a| {
            a.parse_args_with(
                syn::punctuated::Punctuated::<syn::Meta, syn::Token![,]>::parse_terminated,
            )
            .is_ok_and(|metas| {
                metas
                    .iter()
                    .any(|m| matches!(m, syn::Meta::Path(p) if p.is_ident(name)))
            })
        })
}

/// The string values of `key = "..."` in the field's serde attributes.
fn serde_values(attrs: &[syn::Attribute], key: &str) -> Vec<String> {
    let mut values = Vec::new();
    for attr in attrs.iter().filter(|a| a.path().is_ident("serde")) {
        let Ok(metas) = attr.parse_args_with(
            syn::punctuated::Punctuated::<syn::Meta, syn::Token![,]>::parse_terminated,
        ) else {
            continue;
        };
        for meta in metas {
            if let syn::Meta::NameValue(nv) = meta
                && nv.path.is_ident(key)
                && let syn::Expr::Lit(syn::ExprLit {
                    lit: syn::Lit::Str(s),
                    ..
                }) = &nv.value
            {
                values.push(s.value());
            }
        }
    }
    values
}

/// Removes the per-model builders typify writes (`types::builder`, about 30,000 lines) except
/// those the operation builders use for request bodies, and every model's `builder()`. The facade builds requests its own way; every user of the
/// crate would otherwise compile them. Returns how many builders were kept.
pub(super) fn prune_model_builders(file: &mut syn::File) -> usize {
    let used = operation_body_builders(file);
    let Some(types) = super::types_module(file) else {
        return 0;
    };
    for item in types.iter_mut() {
        if let Item::Mod(m) = item
            && m.ident == "builder"
            && let Some((_, inner)) = m.content.as_mut()
        {
            inner.retain(|item| subject(item).is_none_or(|name| used.contains(&name)));
        }
    }
    // `X::builder()` would hand out a type the crate does not publish; the request builders
    // make theirs with `Default`. Models have `new` and setters instead (constructors.rs).
    types.retain(|item| match item {
        Item::Impl(i) if i.trait_.is_none() => !i
            .items
            .iter()
            .all(|f| matches!(f, syn::ImplItem::Fn(f) if f.sig.ident == "builder")),
        _ => true,
    });
    used.len()
}

/// The models whose `types::builder::X` the operation builders (top-level `builder`) mention.
fn operation_body_builders(file: &syn::File) -> Vec<String> {
    let operations = file.items.iter().find_map(|item| match item {
        Item::Mod(m) if m.ident == "builder" => {
            Some(quote::ToTokens::to_token_stream(m).to_string())
        }
        _ => None,
    });
    let mut used: Vec<String> = operations
        .iter()
        .flat_map(|text| text.split("types :: builder :: ").skip(1))
        .filter_map(|rest| {
            rest.split(|c: char| !c.is_alphanumeric() && c != '_')
                .next()
        })
        .map(str::to_string)
        .collect();
    used.sort();
    used.dedup();
    used
}

/// The type a struct or impl is about: `X` for `struct X`, `impl X`, `impl Trait for X`,
/// `impl TryFrom<X> for super::X`.
pub(super) fn subject(item: &Item) -> Option<String> {
    let last = |ty: &syn::Type| match ty {
        syn::Type::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()),
        _ => None,
    };
    match item {
        Item::Struct(s) => Some(s.ident.to_string()),
        Item::Impl(i) => last(&i.self_ty),
        _ => None,
    }
}

/// The names to publish from `types`: every struct and enum at its top level (not typify's
/// `builder`, `defaults` and `error` modules).
pub(super) fn public_models(items: &[Item]) -> Vec<syn::Ident> {
    items
        .iter()
        .filter_map(|item| match item {
            Item::Struct(s) => Some(s.ident.clone()),
            Item::Enum(e) => Some(e.ident.clone()),
            _ => None,
        })
        .collect()
}
