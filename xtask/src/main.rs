//! Project tooling, run as `cargo xtask <command>` (alias in `.cargo/config.toml`):
//!
//! - `spec-diff [--base <git-ref>] [--spec <path>]`: a Markdown review of what changed in
//!   `openapi/terra.yaml` since `<git-ref>` (default `HEAD`), each change classified breaking or
//!   compatible for users of the crate. Exit status 1 when anything is breaking, 2 on an error
//!   (invalid YAML, a dangling `$ref`, an unknown ref).
//! - `upstream <dir> [--check]`: converts Terra's published spec in `<dir>` (`v2-bundled.yaml`,
//!   `widget-bundled.yaml`) to our conventions, keeping everything of ours from
//!   `openapi/terra.yaml`, writes it there, and prints the spec-diff report and the steps left.
//!   `--check` writes nothing and exits 1 when `openapi/terra.yaml` differs from that. It also
//!   regenerates the decode corpus from `<dir>/schemas`.
//! - `corpus <schemas-dir>`: only the decode corpus (`tests/fixtures/corpus/`).
//! - `msrv`: no dependency users compile needs a newer Rust than our `rust-version`.
//! - `build-cost [<consumer>...] [--no-rebuild]`: cold release builds of consumer crates (ours,
//!   with each TLS choice, against reqwest + serde_json + tokio alone) with cargo's slowest
//!   units, and the debug rebuild after a one-property spec edit. Slow; by hand, not in CI.

mod build_cost;
mod convert;
mod corpus;
mod msrv;
mod spec;
mod spec_diff;
mod upstream;

use std::{
    path::{Path, PathBuf},
    process::{Command, ExitCode},
};

use spec::Spec;

const SPEC: &str = "openapi/terra.yaml";
const CORPUS: &str = "tests/fixtures/corpus";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("spec-diff") => spec_diff_command(&args[1..]),
        Some("upstream") => upstream_command(&args[1..]),
        Some("msrv") => msrv::check("tryterra").map(|summary| {
            println!("{summary}");
            ExitCode::SUCCESS
        }),
        Some("build-cost") => build_cost::run(&root(), &args[1..]).map(|()| ExitCode::SUCCESS),
        Some("corpus") => match &args[1..] {
            [dir] => corpus::write(Path::new(dir), &root().join(CORPUS)).map(|done| {
                println!("{done}");
                ExitCode::SUCCESS
            }),
            _ => Err(usage()),
        },
        _ => Err(usage()),
    };
    match result {
        Ok(code) => code,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::from(2)
        }
    }
}

fn usage() -> String {
    "usage: cargo xtask spec-diff [--base <git-ref>] [--spec <path>]\n       \
     cargo xtask upstream <terra-openapi-dir> [--check]\n       \
     cargo xtask corpus <terra-openapi-dir>/schemas\n       \
     cargo xtask msrv\n       \
     cargo xtask build-cost [<consumer>...] [--no-rebuild]"
        .to_string()
}

/// The repository root (xtask lives one level below it).
pub(crate) fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask is inside the repository")
        .to_path_buf()
}

/// `--name value` pairs; anything else is an error.
fn options<'a>(args: &'a [String], known: &[&str]) -> Result<Vec<(&'a str, &'a str)>, String> {
    let mut pairs = Vec::new();
    let mut rest = args.iter();
    while let Some(name) = rest.next() {
        if !known.contains(&name.as_str()) {
            return Err(format!("unknown argument `{name}`\n{}", usage()));
        }
        let value = rest
            .next()
            .ok_or_else(|| format!("{name} needs a value\n{}", usage()))?;
        pairs.push((name.as_str(), value.as_str()));
    }
    Ok(pairs)
}

fn spec_diff_command(args: &[String]) -> Result<ExitCode, String> {
    let options = options(args, &["--base", "--spec"])?;
    let value = |name: &str| options.iter().find(|(n, _)| *n == name).map(|(_, v)| *v);
    let base = value("--base").unwrap_or("HEAD");
    let path = value("--spec")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join(SPEC));
    let output = Command::new("git")
        .arg("-C")
        .arg(root())
        .args(["show", &format!("{base}:{SPEC}")])
        .output()
        .map_err(|e| format!("cannot run git: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "git has no {SPEC} at `{base}`: {}",
            String::from_utf8_lossy(&output.stderr).trim()
        ));
    }
    let before =
        String::from_utf8(output.stdout).map_err(|_| format!("{SPEC} at {base} is not UTF-8"))?;
    let after = std::fs::read_to_string(&path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let base_spec = Spec::parse(&before, &format!("{SPEC} at {base}"))?;
    let head_spec = Spec::parse(&after, &path.display().to_string())?;
    let changes = spec_diff::diff(&base_spec, &head_spec);
    print!(
        "{}",
        spec_diff::report(&changes, &format!("`{base}`"), "the working tree")
    );
    let breaking = changes
        .iter()
        .any(|c| c.verdict == spec_diff::Verdict::Breaking);
    Ok(if breaking {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn read_yaml(path: &Path) -> Result<serde_norway::Value, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    serde_norway::from_str(&text).map_err(|e| format!("{}: not valid YAML: {e}", path.display()))
}

fn upstream_command(args: &[String]) -> Result<ExitCode, String> {
    let check = args.iter().any(|a| a == "--check");
    let dirs: Vec<&String> = args.iter().filter(|a| *a != "--check").collect();
    let [dir] = dirs.as_slice() else {
        return Err(usage());
    };
    let dir = Path::new(dir.as_str());
    let v2 = read_yaml(&dir.join("v2-bundled.yaml"))?;
    let widget = read_yaml(&dir.join("widget-bundled.yaml"))?;
    let target = root().join(SPEC);
    let before =
        std::fs::read_to_string(&target).map_err(|e| format!("cannot read {SPEC}: {e}"))?;
    let current: serde_norway::Value =
        serde_norway::from_str(&before).map_err(|e| format!("{SPEC}: not valid YAML: {e}"))?;
    let converted = upstream::sync(&v2, &widget, &current);
    if check {
        let mut found = Vec::new();
        upstream::differences(&converted, &current, "", 20, &mut found);
        if found.is_empty() {
            println!(
                "{SPEC} is Terra's spec in {} under our conventions and documented deviations.",
                dir.display()
            );
            return Ok(ExitCode::SUCCESS);
        }
        println!(
            "{SPEC} differs from Terra's spec in {} beyond the documented deviations \
             (run `cargo xtask upstream {}` to see and take the changes):",
            dir.display(),
            dir.display()
        );
        for difference in found {
            println!("- {difference}");
        }
        return Ok(ExitCode::from(1));
    }
    let text =
        serde_norway::to_string(&converted).map_err(|e| format!("cannot write YAML: {e}"))?;
    let head = Spec::parse(&text, "the converted spec")?;
    let base = Spec::parse(&before, SPEC)?;
    std::fs::write(&target, &text).map_err(|e| format!("cannot write {SPEC}: {e}"))?;
    println!(
        "{}\n",
        corpus::write(&dir.join("schemas"), &root().join(CORPUS))?
    );
    let changes = spec_diff::diff(&base, &head);
    print!(
        "{}",
        spec_diff::report(&changes, &format!("`{SPEC}` before"), "Terra's spec")
    );
    println!("\n### Steps left\n");
    for step in steps_left(&head) {
        println!("- {step}");
    }
    println!(
        "- review the surface change: `EXPECTORATE=overwrite cargo test --test build surface`, then \
         `git diff tests/snapshots`"
    );
    Ok(ExitCode::SUCCESS)
}

/// What the conversion cannot decide: each a place to add something by hand.
fn steps_left(spec: &Spec) -> Vec<String> {
    let mut steps = Vec::new();
    let mut undescribed = Vec::new();
    for (key, operation) in spec.operations() {
        if operation.get("x-tryterra-facade").is_none() {
            steps.push(format!(
                "{key}: write its `Terra` method in src/api/ and name it with `x-tryterra-facade`"
            ));
        }
    }
    for (name, schema) in spec.schemas() {
        if name.ends_with("Event")
            && name != "WebhookEvent"
            && schema.get("x-tryterra-event").is_none()
        {
            steps.push(format!("{name}: add `x-tryterra-event: {{variant, types, doc}}` to give it an Event variant"));
        }
        if schema["type"].as_str() == Some("integer")
            && let Some(values) = schema["enum"].as_sequence()
        {
            let names = schema["x-tryterra-variants"].as_mapping();
            for value in values {
                if !names.is_some_and(|n| n.contains_key(value)) {
                    steps.push(format!(
                        "{name}: name the value {} under `x-tryterra-variants`",
                        serde_norway::to_string(value).unwrap_or_default().trim()
                    ));
                }
            }
        }
        if schema.get("description").is_none() {
            undescribed.push(name.to_string());
        }
        undescribed_properties(&mut undescribed, name, schema);
    }
    if !undescribed.is_empty() {
        steps.push(format!(
            "describe these {} schemas and properties (`description`, in our own words; the \
             crate's docs lint fails without): {}",
            undescribed.len(),
            undescribed.join(", ")
        ));
    }
    steps
}

/// `Schema.property` (at any depth) for each property without a description: each becomes
/// a documented Rust field.
fn undescribed_properties(out: &mut Vec<String>, at: &str, schema: &serde_norway::Value) {
    for (property, value) in schema["properties"].as_mapping().into_iter().flatten() {
        let here = format!("{at}.{}", property.as_str().unwrap_or_default());
        if value.get("description").is_none() {
            out.push(here.clone());
        }
        undescribed_properties(out, &here, value);
    }
    if let Some(items) = schema.get("items") {
        undescribed_properties(out, at, items);
    }
    for member in schema["allOf"].as_sequence().into_iter().flatten() {
        undescribed_properties(out, at, member);
    }
}

#[cfg(test)]
mod tests;
