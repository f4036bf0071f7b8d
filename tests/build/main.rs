//! The build step's tests, one binary: `generator` runs the code generator over good and broken
//! specs (`build/codegen.rs`, compiled here too), `surface` compares the crate's public surface
//! with the committed snapshot (`tests/snapshots/surface.txt`). The client's tests are in
//! `tests/client/`.

mod generator;
mod surface;
