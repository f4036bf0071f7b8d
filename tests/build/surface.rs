//! The crate's public surface, one line per item with its full path, must match the committed
//! snapshot (`tests/snapshots/surface.txt`): the models and open enums generated from
//! `openapi/terra.yaml` (listed by the build step) and the hand-written facade (listed here from
//! `src/`). A spec or API change then shows in review as the YAML diff and, line by line, what it
//! does to the Rust API.
//!
//! After an intended change: `EXPECTORATE=overwrite cargo test --test build surface`, then commit the
//! snapshot with the change.

use std::path::{Path, PathBuf};

// The build step's surface lister, compiled here as part of the generator.
use crate::generator::codegen::surface;

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
        // `Type: impl Trait` (a parameter `x: impl Trait` comes after a `(`).
        Some((subject, _)) if !subject.contains('(') => {
            let subject = base_name(subject);
            public_types.contains(&subject) || subject == "Terra" || generated_type(&subject)
        }
        _ => true,
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
        "# The public surface of tryterra, one line per item (tests/build/surface.rs).\n\
         # Refresh after an intended change: EXPECTORATE=overwrite cargo test --test build surface\n\
         \n# Generated from openapi/terra.yaml: models and open enums\n{generated}\
         \n# Hand-written: the facade (src/)\n{}",
        facade()
    );
    expectorate::assert_contents("tests/snapshots/surface.txt", &snapshot);
}

/// Every operation of the spec is reachable from `Terra`: `x-tryterra-facade` on the operation
/// names its methods, and each must exist. A new operation fails here, named, until it has one.
#[test]
fn every_operation_has_a_terra_method() {
    let spec: serde_norway::Value =
        serde_norway::from_str(include_str!("../../openapi/terra.yaml")).unwrap();
    let facade = format!("\n{}", facade());
    let defined = |method: &str| {
        facade.contains(&format!("\nTerra::{method}("))
            || facade.contains(&format!("\nTerra::{method}<"))
    };
    let mut problems = Vec::new();
    let mut named = Vec::new();
    for (path, item) in spec["paths"].as_mapping().unwrap() {
        for (verb, operation) in item.as_mapping().unwrap() {
            let Some(id) = operation["operationId"].as_str() else {
                continue;
            };
            let here = format!(
                "{} {} ({id})",
                verb.as_str().unwrap().to_uppercase(),
                path.as_str().unwrap()
            );
            let methods: Vec<&str> = operation["x-tryterra-facade"]
                .as_sequence()
                .into_iter()
                .flatten()
                .filter_map(|m| m.as_str())
                .collect();
            if methods.is_empty() {
                problems.push(format!(
                    "{here} has no Terra method: write one in src/api/ and name it with \
                     `x-tryterra-facade: [method]` on the operation in openapi/terra.yaml"
                ));
            }
            for method in methods {
                if !defined(method) {
                    problems.push(format!(
                        "{here}: x-tryterra-facade names Terra::{method}, which src/ does not define"
                    ));
                }
                named.push(method.to_string());
            }
        }
    }
    // And no public method calls Terra without the spec knowing which operation it is.
    let not_operations = [
        "new",
        "builder",
        "from_env",
        "base_url",
        "dev_id",
        "has_signing_secret",
        "webhook_verifier",
        // Fetches an s3_payload URL from a webhook, not a Terra API operation.
        "download_payload",
    ];
    for line in facade.lines().filter(|l| l.starts_with("Terra::")) {
        let method = line["Terra::".len()..].split(['(', '<']).next().unwrap();
        if !named.iter().any(|m| m == method) && !not_operations.contains(&method) {
            problems.push(format!(
                "Terra::{method} is named by no operation's x-tryterra-facade in openapi/terra.yaml"
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
