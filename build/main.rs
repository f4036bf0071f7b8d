//! Build step: `openapi/terra.yaml` → progenitor → `$OUT_DIR/terra_generated.rs` (and the
//! per-type files it includes, `build/split.rs`).
//!
//! Also writes `$OUT_DIR/terra_surface.rs`, the public surface that
//! `tests/build/surface.rs` compares with the committed snapshot.

mod codegen;

use std::{env, fs, path::Path, process::ExitCode};

const SPEC: &str = "openapi/terra.yaml";

fn main() -> ExitCode {
    // Only the spec and the generator change the output; nothing else reruns this script.
    println!("cargo:rerun-if-changed={SPEC}");
    println!("cargo:rerun-if-changed=build");

    let fail = |problem: String| {
        eprintln!("error: cannot generate the Terra client from {SPEC}: {problem}");
        ExitCode::FAILURE
    };
    let text = match fs::read_to_string(SPEC) {
        Ok(text) => text,
        Err(e) => return fail(format!("cannot read it: {e}")),
    };
    let generated = match codegen::generate(&text) {
        Ok(generated) => generated,
        Err(problem) => return fail(problem),
    };
    let out_dir = env::var_os("OUT_DIR").expect("cargo sets OUT_DIR for build scripts");
    let out_dir = Path::new(&out_dir);
    // Files of types the spec no longer has would only take space: start afresh.
    for entry in fs::read_dir(out_dir).into_iter().flatten().flatten() {
        if entry.file_name().to_string_lossy().starts_with("terra_") {
            let _ = fs::remove_file(entry.path());
        }
    }
    let mut files = generated.files();
    files.push(("terra_surface.rs".to_string(), generated.surface));
    for (name, contents) in &files {
        if let Err(e) = fs::write(out_dir.join(name), contents) {
            return fail(format!("cannot write {name}: {e}"));
        }
    }
    ExitCode::SUCCESS
}
