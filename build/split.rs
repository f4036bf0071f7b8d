//! The generated code as several files: one per type (the struct or enum with its impls), one
//! per other named item, and a root file that `include!`s them. rustc's incremental cache
//! keys items by their file and line: in one file, a property added to one model moves every
//! item below it and the whole crate is checked again; here only that model's file changes.

use std::collections::BTreeMap;

use syn::{Item, parse_quote};

/// The root file `src/generated.rs` includes.
pub(crate) const ROOT: &str = "terra_generated.rs";

/// `(file name in OUT_DIR, contents)`: the root first.
pub(crate) fn files(file: &syn::File) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut root = file.clone();
    root.items = split(std::mem::take(&mut root.items), "", &mut out);
    out.insert(0, (ROOT.to_string(), prettyplease::unparse(&root)));
    out
}

/// `items` with each named group moved to its own file (added to `out`) and included instead.
/// Typify's `types` module is split the same way inside.
fn split(items: Vec<Item>, prefix: &str, out: &mut Vec<(String, String)>) -> Vec<Item> {
    let mut kept = Vec::new();
    let mut groups: BTreeMap<String, Vec<Item>> = BTreeMap::new();
    for item in items {
        match item {
            Item::Mod(mut m) if m.ident == "types" && m.content.is_some() => {
                let (brace, inner) = m.content.take().expect("checked");
                m.content = Some((brace, split(inner, "types.", out)));
                kept.push(Item::Mod(m));
            }
            item => match group(&item) {
                Some(name) => groups.entry(name).or_default().push(item),
                None => kept.push(item),
            },
        }
    }
    for (name, items) in groups {
        let mut name = format!("terra_{prefix}{name}.rs");
        // Two names that differ only in case would be one file on macOS and Windows.
        while out
            .iter()
            .any(|(taken, _)| taken.eq_ignore_ascii_case(&name))
        {
            name.insert(name.len() - ".rs".len(), '_');
        }
        let path = format!("/{name}");
        kept.push(parse_quote!(include!(concat!(env!("OUT_DIR"), #path));));
        let mut file = syn::parse_str::<syn::File>("").expect("an empty file parses");
        file.items = items;
        out.push((name, prettyplease::unparse(&file)));
    }
    kept
}

/// The file an item goes to: its type's (impls go with their type), or its own name; `use`
/// and macro items stay in place. Modules get a prefix, so `mod error` and `struct Error` do
/// not compete for one file name.
fn group(item: &Item) -> Option<String> {
    let ident = match item {
        Item::Struct(_) | Item::Impl(_) => return super::passes::subject(item),
        Item::Enum(e) => &e.ident,
        Item::Type(t) => &t.ident,
        Item::Const(c) => &c.ident,
        Item::Static(s) => &s.ident,
        Item::Fn(f) => &f.sig.ident,
        Item::Trait(t) => &t.ident,
        Item::Mod(m) => return Some(format!("mod.{}", m.ident)),
        _ => return None,
    };
    Some(ident.to_string())
}
