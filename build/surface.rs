//! The public surface as one line per item, each naming the item by its full path:
//!
//! ```text
//! models::TerraUser: struct (Clone, Default, Deserialize, PartialEq, Serialize)
//! models::TerraUser.scopes: Option<String>
//! models::ActivityType::Running = 8
//! Terra::user_info(&self, user_id: &str) -> Call<UserInfo>
//! ```
//!
//! Used by the build step for the generated models and open enums, and by
//! `tests/build/surface.rs` for the hand-written facade, so a diff line in review says what changed.

use quote::ToTokens;
use syn::{Fields, Item, Visibility};

/// What to list besides types, fields, variants and functions.
#[derive(Clone, Copy)]
pub(crate) struct Options {
    /// `Type: impl Trait` lines (for hand-written code; generated models list their derives).
    pub trait_impls: bool,
}

/// The lines of every public item in `items`, under the module path `path` (`""` at the root).
pub(crate) fn lines(items: &[Item], path: &str, options: Options) -> Vec<String> {
    let mut out = Vec::new();
    for item in items {
        item_lines(item, path, options, &mut out);
    }
    out
}

fn item_lines(item: &Item, path: &str, options: Options, out: &mut Vec<String>) {
    if hidden(item) {
        return;
    }
    let at = |name: &dyn std::fmt::Display| {
        if path.is_empty() {
            name.to_string()
        } else {
            format!("{path}::{name}")
        }
    };
    match item {
        Item::Struct(s) if public(&s.vis) => {
            let name = at(&s.ident);
            let generics = tokens(&s.generics);
            out.push(format!("{name}{generics}: struct{}", traits(&s.attrs)));
            for field in s.fields.iter().filter(|f| public(&f.vis)) {
                match &field.ident {
                    Some(ident) => out.push(format!(
                        "{name}.{ident}: {}{}",
                        tokens(&field.ty),
                        wire_names(&field.attrs)
                    )),
                    None => out.push(format!("{name}.0: {}", tokens(&field.ty))),
                }
            }
        }
        Item::Enum(e) if public(&e.vis) => {
            let name = at(&e.ident);
            let generics = tokens(&e.generics);
            out.push(format!("{name}{generics}: enum{}", traits(&e.attrs)));
            for variant in &e.variants {
                let shape = match &variant.fields {
                    Fields::Unit => String::new(),
                    Fields::Unnamed(f) => {
                        format!("({})", comma(f.unnamed.iter().map(|f| tokens(&f.ty))))
                    }
                    Fields::Named(f) => format!(
                        " {{ {} }}",
                        comma(f.named.iter().map(|f| format!(
                            "{}: {}",
                            f.ident.as_ref().expect("named"),
                            tokens(&f.ty)
                        )))
                    ),
                };
                out.push(format!(
                    "{name}::{}{shape}{}",
                    variant.ident,
                    wire_names(&variant.attrs)
                ));
            }
        }
        Item::Impl(i) => {
            let subject = tokens(&i.self_ty);
            if let Some((trait_, _)) = &i.trait_ {
                if !options.trait_impls {
                    return;
                }
                out.push(format!(
                    "{subject}: impl {}{}",
                    tokens(trait_),
                    where_clause(&i.generics.where_clause)
                ));
                return;
            }
            for member in &i.items {
                match member {
                    syn::ImplItem::Fn(f) if public(&f.vis) => {
                        out.push(format!("{subject}::{}", signature(&f.sig)));
                    }
                    syn::ImplItem::Const(c) if public(&c.vis) => {
                        out.push(format!("{subject}::{}: {}", c.ident, tokens(&c.ty)));
                    }
                    _ => {}
                }
            }
        }
        Item::Fn(f) if public(&f.vis) => out.push(at(&signature(&f.sig))),
        Item::Const(c) if public(&c.vis) => {
            out.push(format!("{}: {}", at(&c.ident), tokens(&c.ty)))
        }
        Item::Trait(t) if public(&t.vis) => {
            let name = at(&t.ident);
            let supertraits = if t.supertraits.is_empty() {
                String::new()
            } else {
                format!(": {}", tokens(&t.supertraits))
            };
            out.push(format!("{name}: trait{supertraits}"));
            for member in &t.items {
                match member {
                    syn::TraitItem::Fn(f) => out.push(format!("{name}::{}", signature(&f.sig))),
                    syn::TraitItem::Type(ty) => {
                        out.push(format!("{name}::{}{}", ty.ident, bounds(&ty.bounds)))
                    }
                    _ => {}
                }
            }
        }
        Item::Use(u) if public(&u.vis) => {
            let from = if path.is_empty() { "crate" } else { path };
            out.push(format!("{from}: pub use {}", use_tree(&u.tree)));
        }
        Item::Type(t) if public(&t.vis) => {
            out.push(format!("{} = {}", at(&t.ident), tokens(&t.ty)))
        }
        Item::Mod(m) if public(&m.vis) => {
            if let Some((_, inner)) = &m.content {
                for item in inner {
                    item_lines(item, &at(&m.ident), options, out);
                }
            }
        }
        _ => {}
    }
}

fn where_clause(clause: &Option<syn::WhereClause>) -> String {
    match clause {
        Some(clause) => format!(" {}", tokens(clause).trim_end_matches(',')),
        None => String::new(),
    }
}

/// A `use` tree as written: `api::{DataRequest, UserStream}`.
fn use_tree(tree: &syn::UseTree) -> String {
    tree.to_token_stream()
        .to_string()
        .replace(" :: ", "::")
        .replace(":: ", "::")
        .replace(" ,", ",")
        .replace("{ ", "{")
        .replace(" }", "}")
}

/// `#[doc(hidden)]` items are not API.
fn hidden(item: &Item) -> bool {
    let attrs = match item {
        Item::Struct(s) => &s.attrs,
        Item::Enum(e) => &e.attrs,
        Item::Fn(f) => &f.attrs,
        Item::Trait(t) => &t.attrs,
        _ => return false,
    };
    attrs
        .iter()
        .any(|a| a.path().is_ident("doc") && a.to_token_stream().to_string().contains("hidden"))
}

fn public(vis: &Visibility) -> bool {
    matches!(vis, Visibility::Public(_))
}

fn bounds(bounds: &syn::punctuated::Punctuated<syn::TypeParamBound, syn::Token![+]>) -> String {
    if bounds.is_empty() {
        String::new()
    } else {
        format!(": {}", tokens(bounds))
    }
}

fn comma(parts: impl Iterator<Item = String>) -> String {
    parts.collect::<Vec<_>>().join(", ")
}

fn signature(sig: &syn::Signature) -> String {
    let inputs = comma(sig.inputs.iter().map(tokens));
    let output = match &sig.output {
        syn::ReturnType::Default => String::new(),
        syn::ReturnType::Type(_, ty) => format!(" -> {}", tokens(ty)),
    };
    let asyncness = if sig.asyncness.is_some() {
        "async "
    } else {
        ""
    };
    format!(
        "{asyncness}{}{}({inputs}){output}{}",
        sig.ident,
        tokens(&sig.generics),
        where_clause(&sig.generics.where_clause)
    )
}

/// The traits an item derives and whether it is `#[non_exhaustive]`: ` (Clone, Debug)`.
fn traits(attrs: &[syn::Attribute]) -> String {
    let mut names = Vec::new();
    for attr in attrs {
        if attr.path().is_ident("derive") {
            let _ = attr.parse_nested_meta(|meta| {
                if let Some(last) = meta.path.segments.last() {
                    names.push(last.ident.to_string());
                }
                Ok(())
            });
        } else if attr.path().is_ident("non_exhaustive") {
            names.push("non_exhaustive".to_string());
        }
    }
    names.sort();
    if names.is_empty() {
        String::new()
    } else {
        format!(" ({})", names.join(", "))
    }
}

/// ` (json "MET_data", also "met")` when serde renames or aliases the item.
fn wire_names(attrs: &[syn::Attribute]) -> String {
    let mut parts = Vec::new();
    for attr in attrs.iter().filter(|a| a.path().is_ident("serde")) {
        let _ = attr.parse_nested_meta(|meta| {
            let key = meta
                .path
                .get_ident()
                .map(ToString::to_string)
                .unwrap_or_default();
            if meta.input.peek(syn::Token![=]) {
                let value = meta.value()?.parse::<syn::Expr>()?;
                if let syn::Expr::Lit(syn::ExprLit {
                    lit: syn::Lit::Str(s),
                    ..
                }) = value
                {
                    match key.as_str() {
                        "rename" => parts.push(format!("json {:?}", s.value())),
                        "alias" => parts.push(format!("also {:?}", s.value())),
                        _ => {}
                    }
                }
            } else if !meta.input.is_empty() && !meta.input.peek(syn::Token![,]) {
                let _ = meta.input.parse::<proc_macro2::TokenStream>();
            }
            Ok(())
        });
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!(" ({})", parts.join(", "))
    }
}

/// Rust tokens as text a reader expects: module paths dropped (`Option<Vec<Provider>>` for
/// `::std::option::Option<::std::vec::Vec<crate::models::Provider>>`), spacing tidied.
pub(crate) fn tokens(item: &impl ToTokens) -> String {
    let text = item.to_token_stream().to_string();
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut kept: Vec<&str> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        // `:: std ::`, `crate ::`, `models ::`: a lower-case module segment and its `::`.
        let module = |w: &str| {
            !matches!(
                w,
                "impl" | "dyn" | "mut" | "as" | "where" | "for" | "fn" | "const"
            ) && w.starts_with(|c: char| c.is_ascii_lowercase() || c == '_')
                && w.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        };
        if words[i] == "::"
            && words.get(i + 1).is_some_and(|w| module(w))
            && words.get(i + 2) == Some(&"::")
        {
            i += 1;
            continue;
        }
        if module(words[i]) && words.get(i + 1) == Some(&"::") && kept.last() != Some(&"::") {
            i += 2;
            continue;
        }
        kept.push(words[i]);
        i += 1;
    }
    let mut out = String::new();
    for (n, word) in kept.iter().enumerate() {
        let previous = if n == 0 { "" } else { kept[n - 1] };
        let tight_before = matches!(
            *word,
            "<" | ">" | "," | ")" | "(" | "::" | "]" | ";" | "?" | ":"
        ) || (*word == "[" && !matches!(previous, "" | ":" | "," | "(" | "<"));
        let tight_after = matches!(previous, "<" | "(" | "&" | "::" | "[" | "!" | "#");
        if n > 0 && !tight_before && !tight_after {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}
