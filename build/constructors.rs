//! Constructors for the models users build (request bodies and everything inside them), and
//! `#[non_exhaustive]` on every model, so that adding a property to the spec is a compatible
//! release: code never names all the fields of a model, it calls
//!
//! ```text
//! PlanWorkoutRequest::new("2024-06-03").max_heart_rate(188.0)
//! ```
//!
//! `new` takes the required properties; each optional one has a setter of its name.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use syn::{Fields, Item, ItemStruct, parse_quote};

/// Marks every struct `#[non_exhaustive]` and gives the structs reachable from `roots` (the
/// request bodies' schemas) a constructor and setters. Returns the names given constructors.
pub(super) fn apply(items: &mut Vec<Item>, roots: &[String]) -> Vec<String> {
    let buildable = reachable(items, roots);
    let mut added = Vec::new();
    for item in items.iter_mut() {
        let Item::Struct(s) = item else { continue };
        if !matches!(s.fields, Fields::Named(_)) {
            continue;
        }
        s.attrs.push(parse_quote!(#[non_exhaustive]));
        if buildable.contains(&s.ident.to_string()) {
            added.push(constructor(s));
        }
    }
    items.extend(added);
    buildable
}

/// How a field is set: in `new` (required) or by a setter (optional).
enum Role {
    Required(syn::Type),
    Optional { inner: syn::Type, wrap: bool },
}

fn role(field: &syn::Field) -> Role {
    let (outer, inner) = split(&field.ty);
    match outer.as_deref() {
        Some("Option") => Role::Optional {
            inner: inner.expect("Option has a type argument"),
            wrap: true,
        },
        // Arrays and maps that may be absent default to empty.
        Some("Vec" | "Map" | "HashMap" | "BTreeMap") if has_serde_default(field) => {
            Role::Optional {
                inner: field.ty.clone(),
                wrap: false,
            }
        }
        _ => Role::Required(field.ty.clone()),
    }
}

fn constructor(s: &ItemStruct) -> Item {
    let name = &s.ident;
    let mut params = Vec::new();
    let mut inits = Vec::new();
    let mut setters = Vec::new();
    for field in s.fields.iter() {
        let ident = field.ident.as_ref().expect("named field");
        match role(field) {
            Role::Required(ty) => {
                params.push(quote!(#ident: impl ::std::convert::Into<#ty>));
                inits.push(quote!(#ident: #ident.into()));
            }
            Role::Optional { inner, wrap } => {
                inits.push(quote!(#ident: ::std::default::Default::default()));
                let value = if wrap {
                    quote!(::std::option::Option::Some(value.into()))
                } else {
                    quote!(value.into())
                };
                let setter = format_ident!("{}", ident.to_string());
                let doc = format!(" Sets [`{ident}`](Self::{ident}).");
                setters.push(quote! {
                    #[doc = #doc]
                    #[must_use]
                    pub fn #setter(mut self, value: impl ::std::convert::Into<#inner>) -> Self {
                        self.#ident = #value;
                        self
                    }
                });
            }
        }
    }
    let doc = format!(
        " `{name}` from its required properties; set the others with the methods named after them."
    );
    let body: TokenStream = quote! {
        impl #name {
            #[doc = #doc]
            pub fn new(#(#params),*) -> Self {
                Self { #(#inits),* }
            }
            #(#setters)*
        }
    };
    syn::parse2(body).expect("a constructor impl parses")
}

/// The structs reachable from `roots` through field types.
fn reachable(items: &[Item], roots: &[String]) -> Vec<String> {
    let structs: Vec<&ItemStruct> = items
        .iter()
        .filter_map(|item| match item {
            Item::Struct(s) if matches!(s.fields, Fields::Named(_)) => Some(s),
            _ => None,
        })
        .collect();
    let mut found: Vec<String> = Vec::new();
    let mut pending: Vec<String> = roots.to_vec();
    while let Some(name) = pending.pop() {
        if found.contains(&name) {
            continue;
        }
        let Some(s) = structs.iter().find(|s| s.ident == name) else {
            continue;
        };
        found.push(name);
        for field in s.fields.iter() {
            let text = quote::ToTokens::to_token_stream(&field.ty).to_string();
            pending.extend(
                text.split(|c: char| !c.is_alphanumeric() && c != '_')
                    .filter(|word| structs.iter().any(|s| s.ident == word))
                    .map(str::to_string),
            );
        }
    }
    found.sort();
    found
}

/// `(Some("Option"), Some(T))` for `Option<T>`; the last path segment and its first type argument.
fn split(ty: &syn::Type) -> (Option<String>, Option<syn::Type>) {
    let syn::Type::Path(path) = ty else {
        return (None, None);
    };
    let Some(last) = path.path.segments.last() else {
        return (None, None);
    };
    let argument = match &last.arguments {
        syn::PathArguments::AngleBracketed(args) => args.args.iter().find_map(|a| match a {
            syn::GenericArgument::Type(t) => Some(t.clone()),
            _ => None,
        }),
        _ => None,
    };
    (Some(last.ident.to_string()), argument)
}

fn has_serde_default(field: &syn::Field) -> bool {
    field
        .attrs
        .iter()
        .filter(|a| a.path().is_ident("serde"))
        .any(|a| {
            quote::ToTokens::to_token_stream(a)
                .to_string()
                .split(|c: char| !c.is_alphanumeric() && c != '_')
                .any(|word| word == "default")
        })
}
