//! `cargo xtask msrv`: checks the crate's declared `rust-version` against everything a user
//! compiles with it, offline: no dependency the library (or its build script) pulls in, with any
//! feature, may declare a newer `rust-version`. Together with clippy's `incompatible_msrv` lint
//! (standard-library items newer than `rust-version`, checked in CI's clippy step), this backs
//! the MSRV claim without installing another toolchain.

use std::{collections::BTreeSet, process::Command};

use serde_json::Value;

/// Runs the check for package `name`; `Ok` with a summary, or `Err` naming the offenders.
pub(crate) fn check(name: &str) -> Result<String, String> {
    let output = Command::new(env!("CARGO"))
        .args([
            "metadata",
            "--format-version",
            "1",
            "--locked",
            "--all-features",
        ])
        .current_dir(crate::root())
        .output()
        .map_err(|e| format!("cannot run cargo metadata: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "cargo metadata failed: {}",
            String::from_utf8_lossy(&output.stderr).trim()
        ));
    }
    let metadata: Value =
        serde_json::from_slice(&output.stdout).map_err(|e| format!("cargo metadata: {e}"))?;
    let packages = metadata["packages"].as_array().cloned().unwrap_or_default();
    let package = |id: &str| packages.iter().find(|p| p["id"] == id);
    let root = packages
        .iter()
        .find(|p| p["name"] == name)
        .ok_or_else(|| format!("no package {name}"))?;
    let declared = root["rust_version"]
        .as_str()
        .ok_or_else(|| format!("{name} declares no rust-version"))?;
    let nodes = metadata["resolve"]["nodes"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    // Everything reachable through normal and build dependencies (not dev ones).
    let mut seen = BTreeSet::new();
    let mut pending = vec![root["id"].as_str().unwrap_or_default().to_string()];
    while let Some(id) = pending.pop() {
        if !seen.insert(id.clone()) {
            continue;
        }
        let Some(node) = nodes.iter().find(|n| n["id"] == id.as_str()) else {
            continue;
        };
        for dep in node["deps"].as_array().into_iter().flatten() {
            let shipped = dep["dep_kinds"]
                .as_array()
                .into_iter()
                .flatten()
                .any(|k| k["kind"].as_str() != Some("dev"));
            if shipped && let Some(pkg) = dep["pkg"].as_str() {
                pending.push(pkg.to_string());
            }
        }
    }
    let mut newest: Option<(String, String)> = None;
    let mut too_new = Vec::new();
    for id in seen.iter().filter(|id| root["id"] != id.as_str()) {
        let Some(pkg) = package(id) else { continue };
        let Some(version) = pkg["rust_version"].as_str() else {
            continue;
        };
        let label = format!(
            "{} {} (rust-version {version})",
            pkg["name"].as_str().unwrap_or("?"),
            pkg["version"].as_str().unwrap_or("?")
        );
        if newer(version, declared) {
            too_new.push(label.clone());
        }
        if newest.as_ref().is_none_or(|(v, _)| newer(version, v)) {
            newest = Some((version.to_string(), label));
        }
    }
    if !too_new.is_empty() {
        return Err(format!(
            "{name} declares rust-version {declared}, but these need newer: {}",
            too_new.join(", ")
        ));
    }
    Ok(format!(
        "{name}: rust-version {declared}; {} packages compiled for users, the newest requirement {}",
        seen.len() - 1,
        newest.map_or("none".into(), |(_, label)| label)
    ))
}

/// Whether version `a` (`1.85`, `1.85.1`) is newer than `b`.
fn newer(a: &str, b: &str) -> bool {
    let parts = |v: &str| -> Vec<u64> { v.split('.').map(|p| p.parse().unwrap_or(0)).collect() };
    let (mut a, mut b) = (parts(a), parts(b));
    a.resize(3, 0);
    b.resize(3, 0);
    a > b
}

#[cfg(test)]
mod tests {
    #[test]
    fn versions_compare_numerically() {
        assert!(super::newer("1.88.1", "1.88"));
        assert!(super::newer("1.100", "1.88"));
        assert!(!super::newer("1.88", "1.88.0"));
        assert!(!super::newer("1.64", "1.88"));
    }
}
