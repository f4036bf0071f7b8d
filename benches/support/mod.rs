//! Shared by the benchmarks: a client for a simulator, and the same request made without it.

#![allow(dead_code)] // each bench binary uses part of it

use tryterra::{Terra, TerraBuilder};
use tryterra_simulator::Simulator;

/// A builder for `sim` with the benchmarks' credentials.
pub(crate) fn builder(sim: &Simulator) -> TerraBuilder {
    Terra::builder()
        .api_key("bench-key")
        .dev_id("bench-dev")
        .base_url(sim.base_url())
}

/// A client for `sim` with the benchmarks' credentials.
pub(crate) fn client(sim: &Simulator) -> Terra {
    builder(sim).build().expect("valid benchmark configuration")
}

/// The same request without the client: credentials by hand, body read whole.
pub(crate) async fn raw_get(client: &reqwest::Client, url: &str) -> bytes::Bytes {
    client
        .get(url)
        .header("x-api-key", "bench-key")
        .header("dev-id", "bench-dev")
        .send()
        .await
        .expect("send")
        .bytes()
        .await
        .expect("body")
}
