//! The client's integration tests, one binary with a module per area, mostly against the
//! simulator (`tryterra-simulator`) on loopback:
//!
//! | module | what it pins |
//! |---|---|
//! | `wire` | what goes on the wire: paths, query, headers, bodies |
//! | `auth`, `users`, `integrations`, `workouts`, `lab_reports` | each API area, request and response |
//! | `data` | data requests: inline vs webhook, windows, backfills, s3 payloads |
//! | `errors` | every failure as its typed error: statuses, bodies, timeouts, limits, retries, TLS |
//! | `secrets` | keys, health data and identifiers never in `Debug`, `Display` or errors |
//! | `numbers` | numbers round-trip exactly; integral floats decode as integers |
//! | `forward_compat` | values and fields Terra adds decode and round-trip |
//! | `corpus` | 100 payloads per model from Terra's JSON Schemas decode without loss |
//! | `schemas` | with `schemars`, the models' JSON Schemas match what the simulator serves |
//! | `webhook_signature`, `webhook_events`, `webhook_e2e` | webhook verification, decoding, delivery end to end |
//!
//! `common` holds the shared helpers. The build step's own tests are in `tests/build/`.

mod common;

mod auth;
mod corpus;
mod data;
mod errors;
mod forward_compat;
mod integrations;
mod lab_reports;
mod numbers;
mod schemas;
mod secrets;
mod users;
mod webhook_e2e;
mod webhook_events;
mod webhook_signature;
mod wire;
mod workouts;
