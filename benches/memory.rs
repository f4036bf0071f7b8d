//! Peak memory of fetching and decoding a large `/activity` response (with samples), as a
//! multiple of the body's size: what one big inline fetch costs a server that makes it.
//!
//! `cargo bench --bench memory` prints, for a ~50 MB body, gzip-compressed and not: the peak of
//! the bytes the client allocated beyond what the process held before (the body served by a
//! minimal loopback server here, so the simulator's own buffers are not counted).

use std::sync::atomic::Ordering;

use bytes::Bytes;
use chrono::NaiveDate;
use tokio::{
    io::{AsyncReadExt, AsyncWriteExt},
    net::TcpListener,
};
use tryterra::Terra;
use tryterra_simulator::Simulator;

#[path = "support/counting.rs"]
mod counting;

use counting::{ALLOCATIONS, CURRENT, PEAK};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("date")
}

/// Serves `body` (with `content-encoding: gzip` when `gzip`) to every request on loopback.
async fn serve(body: Bytes, gzip: bool) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let address = listener.local_addr().expect("address");
    tokio::spawn(async move {
        loop {
            let Ok((mut socket, _)) = listener.accept().await else {
                return;
            };
            let body = body.clone();
            tokio::spawn(async move {
                let mut request = [0u8; 8192];
                let _ = socket.read(&mut request).await;
                let encoding = if gzip {
                    "content-encoding: gzip\r\n"
                } else {
                    ""
                };
                let head = format!(
                    "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n{encoding}\
                     content-length: {}\r\nconnection: close\r\n\r\n",
                    body.len()
                );
                let _ = socket.write_all(head.as_bytes()).await;
                let _ = socket.write_all(&body).await;
            });
        }
    });
    format!("http://{address}/api/v2")
}

fn gzip(body: &[u8]) -> Vec<u8> {
    use flate2::{Compression, write::GzEncoder};
    use std::io::Write;
    let mut encoder = GzEncoder::new(Vec::new(), Compression::default());
    encoder.write_all(body).expect("compress");
    encoder.finish().expect("compress")
}

fn client(base_url: &str) -> Terra {
    Terra::builder()
        .api_key("bench-key")
        .dev_id("bench-dev")
        .base_url(base_url)
        .build()
        .expect("valid configuration")
}

fn main() {
    let runtime = counting::runtime();
    runtime.block_on(async {
        // A ~50 MB body from the simulator, then the simulator is gone.
        let body = {
            let sim = Simulator::start().await;
            let user = sim.user_ids()[0].clone();
            let terra = client(&sim.base_url());
            let response = terra
                .activity(&user, day(2022, 1, 1))
                .until(day(2024, 3, 31))
                .with_samples(true)
                .fetch()
                .with_response()
                .await
                .expect("activities");
            Bytes::copy_from_slice(response.body())
        };
        let size = body.len();
        println!("activity body: {:.1} MB", size as f64 / 1e6);

        for compressed in [false, true] {
            let served = if compressed {
                Bytes::from(gzip(&body))
            } else {
                body.clone()
            };
            let wire = served.len();
            let base_url = serve(served, compressed).await;
            let terra = client(&base_url);
            let before = CURRENT.load(Ordering::Relaxed);
            PEAK.store(before, Ordering::Relaxed);
            let allocations = ALLOCATIONS.load(Ordering::Relaxed);
            let activities = terra
                .activity("user", day(2022, 1, 1))
                .until(day(2024, 3, 31))
                .with_samples(true)
                .fetch()
                .await
                .expect("fetch");
            let peak = PEAK.load(Ordering::Relaxed) - before;
            let held = CURRENT.load(Ordering::Relaxed) - before;
            let allocations = ALLOCATIONS.load(Ordering::Relaxed) - allocations;
            println!(
                "{}: {:.1} MB on the wire; peak {:.1} MB = {:.2}x the body; decoded value holds \
                 {:.1} MB ({} activities); {allocations} allocations",
                if compressed { "gzip" } else { "identity" },
                wire as f64 / 1e6,
                peak as f64 / 1e6,
                peak as f64 / size as f64,
                held as f64 / 1e6,
                activities.data.len()
            );
            drop(activities);
        }
    });
}
