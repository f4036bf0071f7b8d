//! The public surface generated from `openapi/terra.yaml` must match the committed snapshot, so a
//! spec change shows up in review as both the YAML diff and the Rust diff.
//!
//! After an intended spec change: `EXPECTORATE=overwrite cargo test --test generated_surface`,
//! then commit `tests/snapshots/generated_surface.rs` with the spec.

#[test]
fn generated_surface_matches_the_snapshot() {
    let surface = include_str!(concat!(env!("OUT_DIR"), "/terra_surface.rs"));
    expectorate::assert_contents("tests/snapshots/generated_surface.rs", surface);
}
