//! Webhook events from the spec: every component schema with `x-tryterra-event` becomes a
//! variant of `webhook::Event`, selected by the `type` values it lists:
//!
//! ```yaml
//! ActivityEvent:
//!   x-tryterra-event: {variant: Activity, types: [activity], doc: '`activity` data.'}
//! ```
//!
//! The build writes the table as a macro, `with_events!(callback)`, that hands it to the
//! hand-written `events!` in `src/webhook/event.rs`, which declares the enum, its dispatch and
//! its serialisation. A new event schema is a new variant with no other code.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use serde_norway::Value;

/// One event: the variant, the payload schema, the `type` values that select it.
pub(super) struct Event {
    pub variant: String,
    pub schema: String,
    pub types: Vec<String>,
    doc: String,
}

/// Every event of the spec, or an error naming the schema and what to fix.
pub(super) fn collect(raw: &Value) -> Result<Vec<Event>, String> {
    let mut events: Vec<Event> = Vec::new();
    for (name, schema) in super::schemas(raw) {
        let Some(declared) = schema.get("x-tryterra-event") else {
            continue;
        };
        let place = format!("components.schemas.{name}.x-tryterra-event");
        let variant = declared["variant"]
            .as_str()
            .ok_or_else(|| format!("{place}: `variant` (the Event variant's name) is missing"))?;
        if syn::parse_str::<syn::Ident>(variant).is_err()
            || ["Unknown", "AuthFailed"].contains(&variant)
        {
            return Err(format!("{place}: `{variant}` is not a usable variant name"));
        }
        let types: Vec<String> = declared["types"]
            .as_sequence()
            .into_iter()
            .flatten()
            .filter_map(|t| t.as_str().map(str::to_string))
            .collect();
        if types.is_empty() {
            return Err(format!(
                "{place}: `types` (the `type` values of the event) is missing"
            ));
        }
        for other in &events {
            if other.variant == variant {
                return Err(format!(
                    "{place}: variant `{variant}` is also {}'s",
                    other.schema
                ));
            }
            if let Some(shared) = types.iter().find(|t| other.types.contains(t)) {
                return Err(format!(
                    "{place}: type `{shared}` is also {}'s",
                    other.schema
                ));
            }
        }
        events.push(Event {
            variant: variant.to_string(),
            schema: name.to_string(),
            types,
            doc: declared["doc"].as_str().unwrap_or_default().to_string(),
        });
    }
    Ok(events)
}

/// `macro_rules! with_events`, passing the table to a callback macro.
pub(super) fn table(events: &[Event]) -> TokenStream {
    let rows = events.iter().map(|e| {
        let variant = format_ident!("{}", e.variant);
        let schema = format_ident!("{}", e.schema);
        let doc = format!(" {}", e.doc);
        let types = &e.types;
        quote!(#[doc = #doc] #variant(crate::models::#schema) = #(#types)|* ;)
    });
    quote! {
        /// The webhook events of the spec, for `events!` in `src/webhook/event.rs`.
        macro_rules! with_events {
            ($callback:ident) => {
                $callback! { #(#rows)* }
            };
        }
        pub(crate) use with_events;
    }
}

/// One line per event, for the reviewed surface.
pub(super) fn surface(events: &[Event]) -> String {
    events
        .iter()
        .map(|e| {
            let types: Vec<String> = e.types.iter().map(|t| format!("{t:?}")).collect();
            format!(
                "webhook::Event::{}({}) = {}\n",
                e.variant,
                e.schema,
                types.join(" | ")
            )
        })
        .collect()
}
