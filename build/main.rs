//! Build step: `openapi/terra.yaml` → progenitor → `$OUT_DIR/terra_generated.rs`.
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
    for (name, contents) in [
        ("terra_generated.rs", &generated.code),
        ("terra_surface.rs", &generated.surface),
    ] {
        if let Err(e) = fs::write(Path::new(&out_dir).join(name), contents) {
            return fail(format!("cannot write {name}: {e}"));
        }
    }
    ExitCode::SUCCESS
}
