//! The crate's public surface, one line per item with its full path, must match the committed
//! snapshot (`tests/snapshots/surface.txt`): the models and open enums generated from
//! `openapi/terra.yaml` (listed by the build step) and the hand-written facade (listed here from
//! `src/`). A spec or API change then shows in review as the YAML diff and, line by line, what it
//! does to the Rust API.
//!
//! After an intended change: `EXPECTORATE=overwrite cargo test --test surface`, then commit the
//! snapshot with the change.

use std::path::{Path, PathBuf};

#[path = "../build/surface.rs"]
#[allow(dead_code)]
mod surface;

/// Every `.rs` file below `dir`, sorted.
fn sources(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(sources(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files.sort();
    files
}

/// `src/api/data.rs` → `api::data`; `src/models/mod.rs` → `models`; `src/lib.rs` → ``.
fn module_path(root: &Path, file: &Path) -> String {
    let relative = file.strip_prefix(root).unwrap().with_extension("");
    let parts: Vec<String> = relative
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .filter(|p| p != "mod" && p != "lib")
        .collect();
    parts.join("::")
}

fn facade() -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut lines = Vec::new();
    for file in sources(&root) {
        let path = module_path(&root, &file);
        if path == "generated" {
            continue; // the include! of the generated layer, listed by the build step
        }
        let text = std::fs::read_to_string(&file).unwrap();
        let parsed = syn::parse_file(&text).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let options = surface::Options { trait_impls: true };
        lines.extend(surface::lines(&parsed.items, &path, options));
    }
    // Trait impls of private types (serde visitors, helpers) are not API.
    let public_types: Vec<String> = lines
        .iter()
        .filter_map(|line| {
            let (name, kind) = line.split_once(": ")?;
            matches!(kind.split(' ').next(), Some("struct" | "enum" | "trait"))
                .then(|| base_name(name.rsplit("::").next().unwrap_or(name)))
        })
        .collect();
    lines.retain(|line| match line.split_once(": impl ") {
        Some((subject, _)) => {
            let subject = base_name(subject);
            public_types.contains(&subject) || subject == "Terra" || generated_type(&subject)
        }
        None => true,
    });
    lines.join("\n") + "\n"
}

/// `DataRequest<K>` → `DataRequest`.
fn base_name(name: &str) -> String {
    name.split('<').next().unwrap_or(name).to_string()
}

/// Whether `models::{name}` is a generated model or open enum.
fn generated_type(name: &str) -> bool {
    let generated = include_str!(concat!(env!("OUT_DIR"), "/terra_surface.rs"));
    generated.contains(&format!("models::{name}: "))
}

#[test]
fn public_surface_matches_the_snapshot() {
    let generated = include_str!(concat!(env!("OUT_DIR"), "/terra_surface.rs"));
    let snapshot = format!(
        "# The public surface of tryterra, one line per item (tests/surface.rs).\n\
         # Refresh after an intended change: EXPECTORATE=overwrite cargo test --test surface\n\
         \n# Generated from openapi/terra.yaml: models and open enums\n{generated}\
         \n# Hand-written: the facade (src/)\n{}",
        facade()
    );
    expectorate::assert_contents("tests/snapshots/surface.txt", &snapshot);
}
