//! A pass over the generated operations (progenitor's `mod builder`): the generated layer builds
//! and sends requests; the facade decodes every response, once, from the body `exec` read
//! (`src/call.rs`, `src/transport.rs`).
//!
//! Each builder's `send` is rewritten to hand back the response without reading or decoding it
//! (`Result<ResponseValue<()>, Error<()>>`), and without the `api-version` header progenitor
//! adds to every request (Terra defines none). What `send` used to decode into is kept as
//! `impl crate::call::Decodes<T>` for the builder, so a spec change to an operation's response
//! still changes the type the facade method returns, at compile time:
//! - a schema or an array of schemas: decoded as that type;
//! - no body (204): the status alone (`Received::into_empty`);
//! - a response union (`crate::call::Deferred`): decoded as whichever shape the facade asks for.

use proc_macro2::TokenStream;
use quote::{ToTokens, quote};
use syn::{
    Expr, GenericArgument, ImplItem, Item, PathArguments, ReturnType, Stmt, Type, parse_quote,
    visit_mut::{self, VisitMut},
};

/// Rewrites every `send` in `mod builder` and returns the `Operation`/`Decodes` impls to add at
/// the top level of the generated file.
pub(super) fn facade_decodes(file: &mut syn::File) -> Result<Vec<Item>, String> {
    let builders = file
        .items
        .iter_mut()
        .find_map(|item| match item {
            Item::Mod(m) if m.ident == "builder" => m.content.as_mut().map(|(_, items)| items),
            _ => None,
        })
        .ok_or("the generated code has no `builder` module")?;
    let mut added = Vec::new();
    for item in builders.iter_mut() {
        let Item::Impl(block) = item else { continue };
        let Type::Path(self_ty) = &*block.self_ty else {
            continue;
        };
        let builder = self_ty
            .path
            .segments
            .last()
            .map(|s| s.ident.clone())
            .ok_or("a builder impl without a type name")?;
        for member in block.items.iter_mut() {
            let ImplItem::Fn(send) = member else { continue };
            if send.sig.ident != "send" {
                continue;
            }
            let decoded =
                rewrite_send(send).map_err(|e| format!("builder::{builder}::send: {e}"))?;
            added.extend(impls(&builder, &decoded));
        }
    }
    if added.is_empty() {
        return Err("no operation `send` found in the generated `builder` module".into());
    }
    Ok(added)
}

/// Makes `send` return the response unread; returns the type it decoded the success body into.
fn rewrite_send(send: &mut syn::ImplItemFn) -> Result<Type, String> {
    let decoded = success_type(&send.sig.output)
        .ok_or("its return type is not `Result<ResponseValue<T>, Error<E>>`")?;
    send.sig.output = parse_quote!(-> Result<ResponseValue<()>, Error<()>>);

    let stmts = &mut send.block.stmts;
    // The last statement judges the status and reads the body; the facade does both instead.
    match stmts.last() {
        Some(Stmt::Expr(Expr::Match(_), None)) => {}
        _ => return Err("it does not end with a `match` on the status".into()),
    }
    stmts.pop();
    stmts.push(Stmt::Expr(
        parse_quote!(Ok(ResponseValue::empty(response))),
        None,
    ));

    let before = stmts.len();
    stmts.retain(|stmt| !is_api_version_header(stmt));
    if stmts.len() + 1 != before {
        return Err("no `api-version` header to remove (has progenitor changed?)".into());
    }
    // Without it the header map is empty unless the operation has header parameters: then it
    // is not built, and `.headers(header_map)` leaves the request chain.
    let uses = stmts
        .iter()
        .filter(|stmt| mentions(stmt, "header_map"))
        .count();
    if uses == 2 {
        stmts.retain(|stmt| !is_let_of(stmt, "header_map"));
        let mut remover = RemoveHeadersCall { removed: 0 };
        for stmt in stmts.iter_mut() {
            remover.visit_stmt_mut(stmt);
        }
        if remover.removed != 1 {
            return Err("`.headers(header_map)` not found in the request chain".into());
        }
    }
    Ok(decoded)
}

/// `T` of `Result<ResponseValue<T>, _>`.
fn success_type(output: &ReturnType) -> Option<Type> {
    let ReturnType::Type(_, ty) = output else {
        return None;
    };
    let ok = first_generic(ty, "Result")?;
    first_generic(&ok, "ResponseValue")
}

fn first_generic(ty: &Type, name: &str) -> Option<Type> {
    let Type::Path(path) = ty else { return None };
    let last = path.path.segments.last()?;
    if last.ident != name {
        return None;
    }
    let PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    args.args.iter().find_map(|arg| match arg {
        GenericArgument::Type(ty) => Some(ty.clone()),
        _ => None,
    })
}

fn is_api_version_header(stmt: &Stmt) -> bool {
    matches!(stmt, Stmt::Expr(Expr::MethodCall(call), Some(_))
        if call.method == "append" && call.to_token_stream().to_string().contains("\"api-version\""))
}

fn mentions(stmt: &Stmt, name: &str) -> bool {
    fn walk(tokens: TokenStream, name: &str) -> bool {
        tokens.into_iter().any(|token| match token {
            proc_macro2::TokenTree::Ident(ident) => ident == name,
            proc_macro2::TokenTree::Group(group) => walk(group.stream(), name),
            _ => false,
        })
    }
    walk(stmt.to_token_stream(), name)
}

fn is_let_of(stmt: &Stmt, name: &str) -> bool {
    let Stmt::Local(local) = stmt else {
        return false;
    };
    match &local.pat {
        syn::Pat::Ident(pat) => pat.ident == name,
        _ => false,
    }
}

/// Replaces `<receiver>.headers(header_map)` with `<receiver>`.
struct RemoveHeadersCall {
    removed: usize,
}

impl VisitMut for RemoveHeadersCall {
    fn visit_expr_mut(&mut self, expr: &mut Expr) {
        visit_mut::visit_expr_mut(self, expr);
        if let Expr::MethodCall(call) = expr
            && call.method == "headers"
            && call.args.len() == 1
            && call.args.to_token_stream().to_string() == "header_map"
        {
            *expr = (*call.receiver).clone();
            self.removed += 1;
        }
    }
}

/// `Operation` (send) and `Decodes<T>` (what the success body becomes) for one builder.
fn impls(builder: &syn::Ident, decoded: &Type) -> Vec<Item> {
    let operation = parse_quote! {
        impl crate::call::Operation for builder::#builder<'_> {
            fn send(self) -> impl ::std::future::Future<Output = crate::call::Sent> + Send {
                builder::#builder::send(self)
            }
        }
    };
    let is_unit = matches!(decoded, Type::Tuple(t) if t.elems.is_empty());
    let is_union =
        decoded.to_token_stream().to_string() == quote!(crate::call::Deferred).to_string();
    let decodes = if is_union {
        parse_quote! {
            impl<T: ::serde::de::DeserializeOwned> crate::call::Decodes<T> for builder::#builder<'_> {
                fn decode(received: crate::transport::Received) -> Result<crate::Response<T>, crate::Error> {
                    received.into_result()
                }
            }
        }
    } else if is_unit {
        parse_quote! {
            impl crate::call::Decodes<()> for builder::#builder<'_> {
                fn decode(received: crate::transport::Received) -> Result<crate::Response<()>, crate::Error> {
                    received.into_empty()
                }
            }
        }
    } else {
        parse_quote! {
            impl crate::call::Decodes<#decoded> for builder::#builder<'_> {
                fn decode(received: crate::transport::Received) -> Result<crate::Response<#decoded>, crate::Error> {
                    received.into_result()
                }
            }
        }
    };
    vec![operation, decodes]
}
