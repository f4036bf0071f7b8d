//! Project tooling, run as `cargo xtask <command>` (alias in `.cargo/config.toml`):
//!
//! - `spec-diff [--base <git-ref>] [--spec <path>]`: a Markdown review of what changed in
//!   `openapi/terra.yaml` since `<git-ref>` (default `HEAD`), each change classified breaking or
//!   compatible for users of the crate. Exit status 1 when anything is breaking, 2 on an error
//!   (invalid YAML, a dangling `$ref`, an unknown ref).

mod spec;
mod spec_diff;

use std::{
    path::{Path, PathBuf},
    process::{Command, ExitCode},
};

use spec::Spec;

const SPEC: &str = "openapi/terra.yaml";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("spec-diff") => spec_diff_command(&args[1..]),
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
    "usage: cargo xtask spec-diff [--base <git-ref>] [--spec <path>]".to_string()
}

/// The repository root (xtask lives one level below it).
fn root() -> PathBuf {
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

#[cfg(test)]
mod tests;
