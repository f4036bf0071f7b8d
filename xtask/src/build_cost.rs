//! `cargo xtask build-cost`: what this crate costs the people who build it, measured.
//!
//! - **Cold consumer builds.** For each consumer below, a throwaway binary crate is written under
//!   `target/build-cost/<name>/` and built from nothing (`cargo build --release --timings`, its
//!   own target directory; the registry cache is kept, so downloads are not timed). Printed: the
//!   wall time, the ratio to the baseline (reqwest + serde_json + tokio alone, what any Terra
//!   client needs), and the slowest units from cargo's timings report.
//! - **Spec-edit rebuild.** One optional property is added to a model in `openapi/terra.yaml`,
//!   and the crate's debug build is timed (the build script, then the crate), then the spec is
//!   restored and rebuilt.
//!
//! Consumers: `baseline`, `tryterra` (default features), `tryterra-rustls-aws-lc`,
//! `tryterra-native-tls`, and the other TLS stacks alone
//! (`reqwest-rustls-ring`, `reqwest-native-tls`; the baseline is rustls with aws-lc-rs) to
//! compare TLS choices at equal everything else. Run with names to build only those (`rebuild`
//! for the spec-edit rebuild).
//!
//! Use a quiet machine: numbers from a loaded one are not comparable. Nothing here runs in CI.

use std::{
    fs,
    path::{Path, PathBuf},
    process::Command,
    time::Instant,
};

/// A consumer: a name, its `[dependencies]` lines, and code that uses them.
struct Consumer {
    name: &'static str,
    dependencies: String,
}

fn consumers(root: &Path) -> Vec<Consumer> {
    let path = root.display().to_string().replace('\\', "/");
    let tryterra = |features: &str| {
        format!(
            "tryterra = {{ path = \"{path}\"{features} }}\n\
             tokio = {{ version = \"1\", features = [\"macros\", \"rt-multi-thread\"] }}\n"
        )
    };
    let reqwest = |features: &str, extra: &str| {
        format!(
            "reqwest = {{ version = \"0.13\", default-features = false, features = [{features}, \
             \"json\", \"http2\", \"charset\", \"gzip\"] }}\n\
             serde_json = \"1\"\n\
             tokio = {{ version = \"1\", features = [\"macros\", \"rt-multi-thread\"] }}\n{extra}"
        )
    };
    vec![
        Consumer {
            name: "baseline",
            dependencies: reqwest("\"rustls\"", ""),
        },
        Consumer {
            name: "tryterra",
            dependencies: tryterra(""),
        },
        Consumer {
            name: "tryterra-native-tls",
            dependencies: tryterra(", default-features = false, features = [\"native-tls\"]"),
        },
        Consumer {
            name: "tryterra-rustls-aws-lc",
            dependencies: tryterra(", default-features = false, features = [\"rustls\"]"),
        },
        Consumer {
            name: "reqwest-rustls-ring",
            dependencies: reqwest(
                "\"rustls-no-provider\"",
                "rustls = { version = \"0.23\", default-features = false, features = [\"ring\", \"std\", \"tls12\"] }\n",
            ),
        },
        Consumer {
            name: "reqwest-native-tls",
            dependencies: reqwest("\"native-tls\"", ""),
        },
    ]
}

pub(crate) fn run(root: &Path, args: &[String]) -> Result<(), String> {
    let (wanted, rebuild) = {
        let mut names = Vec::new();
        let mut rebuild = true;
        for arg in args {
            match arg.as_str() {
                "--no-rebuild" => rebuild = false,
                name => names.push(name.to_string()),
            }
        }
        (names, rebuild)
    };
    let all = consumers(root);
    for name in &wanted {
        if name != "rebuild" && !all.iter().any(|c| c.name == name) {
            let known: Vec<_> = all.iter().map(|c| c.name).collect();
            return Err(format!(
                "unknown consumer `{name}`; known: {}",
                known.join(", ")
            ));
        }
    }
    let mut baseline = None;
    for consumer in &all {
        if !wanted.is_empty() && !wanted.iter().any(|w| w == consumer.name) {
            continue;
        }
        let seconds = cold_build(root, consumer)?;
        if consumer.name == "baseline" {
            baseline = Some(seconds);
        }
        match baseline {
            Some(base) => println!(
                "{}: {seconds:.1} s cold release build ({:.2}x the baseline)",
                consumer.name,
                seconds / base
            ),
            None => println!("{}: {seconds:.1} s cold release build", consumer.name),
        }
    }
    if rebuild && (wanted.is_empty() || wanted.iter().any(|w| w == "rebuild")) {
        spec_edit_rebuild(root)?;
    }
    Ok(())
}

fn cold_build(root: &Path, consumer: &Consumer) -> Result<f64, String> {
    let dir = root.join("target/build-cost").join(consumer.name);
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(dir.join("src")).map_err(|e| e.to_string())?;
    fs::write(
        dir.join("Cargo.toml"),
        format!(
            "[package]\nname = \"consumer\"\nversion = \"0.0.0\"\nedition = \"2024\"\n\
             publish = false\n\n[dependencies]\n{}\n[workspace]\n",
            consumer.dependencies
        ),
    )
    .map_err(|e| e.to_string())?;
    let main = if consumer.name.starts_with("tryterra") {
        "#[tokio::main]\nasync fn main() {\n    let terra = tryterra::Terra::new(\"key\", \"dev\").unwrap();\n    \
         println!(\"{:?}\", terra.list_providers().await.map(|p| p.providers.is_some()));\n}\n"
    } else {
        "#[tokio::main]\nasync fn main() {\n    let body = reqwest::get(\"https://api.tryterra.co/v2/integrations\")\n        \
         .await.unwrap().bytes().await.unwrap();\n    \
         println!(\"{:?}\", serde_json::from_slice::<serde_json::Value>(&body).is_ok());\n}\n"
    };
    fs::write(dir.join("src/main.rs"), main).map_err(|e| e.to_string())?;
    // The lock file first (untimed): resolving may touch the registry index.
    cargo(&dir, &["generate-lockfile"])?;
    let started = Instant::now();
    cargo(&dir, &["build", "--release", "--timings"])?;
    let seconds = started.elapsed().as_secs_f64();
    if let Ok(units) = slowest_units(&dir.join("target/cargo-timings/cargo-timing.html"), 6) {
        for (name, duration) in units {
            println!("    {duration:6.1} s  {name}");
        }
    }
    Ok(seconds)
}

/// Adds an optional property to a model, times the debug rebuild, restores the spec.
fn spec_edit_rebuild(root: &Path) -> Result<(), String> {
    let spec_path = root.join(crate::SPEC);
    let original = fs::read_to_string(&spec_path).map_err(|e| e.to_string())?;
    let (schema, properties) = ("    HeartRateDataSample:\n", "      properties:\n");
    let Some(at) = original
        .find(schema)
        .and_then(|s| Some(s + original[s..].find(properties)? + properties.len()))
    else {
        return Err(
            "HeartRateDataSample's properties not found in the spec; update build_cost.rs".into(),
        );
    };
    let edited = format!(
        "{}        build_cost_probe:\n          type: number\n          nullable: true\n          description: Added to time the rebuild.\n{}",
        &original[..at],
        &original[at..]
    );
    // Warm: the crate as it is.
    cargo(root, &["build", "-p", "tryterra"])?;
    fs::write(&spec_path, &edited).map_err(|e| e.to_string())?;
    let started = Instant::now();
    let built = cargo(root, &["build", "-p", "tryterra"]);
    let seconds = started.elapsed().as_secs_f64();
    fs::write(&spec_path, &original).map_err(|e| e.to_string())?;
    built?;
    println!("spec edit (one property) → debug rebuild of the crate: {seconds:.1} s");
    cargo(root, &["build", "-p", "tryterra"])?;
    Ok(())
}

fn cargo(dir: &Path, args: &[&str]) -> Result<(), String> {
    let status = Command::new(env!("CARGO"))
        .args(args)
        .current_dir(dir)
        .env_remove("CARGO_TARGET_DIR")
        .env("CARGO_TERM_PROGRESS_WHEN", "never")
        .status()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!(
            "`cargo {}` failed in {}",
            args.join(" "),
            dir.display()
        ))
    }
}

/// The `n` slowest units (name and version, seconds) from cargo's timings report, which embeds
/// them as `const UNIT_DATA = [...];`.
fn slowest_units(report: &PathBuf, n: usize) -> Result<Vec<(String, f64)>, String> {
    let html = fs::read_to_string(report).map_err(|e| e.to_string())?;
    let start = html
        .find("const UNIT_DATA = ")
        .ok_or("no UNIT_DATA in the timings report")?
        + "const UNIT_DATA = ".len();
    let end = start + html[start..].find(";\n").ok_or("unterminated UNIT_DATA")?;
    let units: serde_json::Value =
        serde_json::from_str(&html[start..end]).map_err(|e| e.to_string())?;
    let mut units: Vec<(String, f64)> = units
        .as_array()
        .into_iter()
        .flatten()
        .map(|unit| {
            let target = unit["target"].as_str().unwrap_or_default();
            let name = format!(
                "{} {}{}",
                unit["name"].as_str().unwrap_or("?"),
                unit["version"].as_str().unwrap_or(""),
                target
            );
            (name, unit["duration"].as_f64().unwrap_or(0.0))
        })
        .collect();
    units.sort_by(|a, b| b.1.total_cmp(&a.1));
    units.truncate(n);
    Ok(units)
}
