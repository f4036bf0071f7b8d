//! The simulator as a standalone server: `tryterra-simulator --port N ...` serves the API for
//! code in any language.

use std::{
    io::{BufRead, BufReader},
    process::{Child, Command, Stdio},
};

/// Kills the server when the test ends, passed or not.
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[tokio::test]
async fn serves_the_api_on_the_port_it_prints() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_tryterra-simulator"))
        .args([
            "--port",
            "0",
            "--users",
            "2",
            "--api-key",
            "k1",
            "--dev-id",
            "d1",
        ])
        .stdout(Stdio::piped())
        .spawn()
        .expect("the simulator binary starts");
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let server = Server(child);
    let first = lines.next().unwrap().unwrap();
    let base = first
        .strip_prefix("Terra simulator listening on ")
        .unwrap_or_else(|| panic!("{first}"))
        .to_string();
    let users = lines.next().unwrap().unwrap();
    assert_eq!(users.split_whitespace().count(), 3, "{users}"); // "users:" and two IDs

    let http = reqwest::Client::new();
    let listed = http
        .get(format!("{base}/subscriptions"))
        .header("x-api-key", "k1")
        .header("dev-id", "d1")
        .send()
        .await
        .unwrap();
    assert_eq!(listed.status(), 200);
    let body: serde_json::Value = serde_json::from_slice(&listed.bytes().await.unwrap()).unwrap();
    assert_eq!(body["users"].as_array().unwrap().len(), 2);

    let refused = http
        .get(format!("{base}/subscriptions"))
        .header("x-api-key", "wrong")
        .header("dev-id", "d1")
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), 401);
    drop(server);
}

#[tokio::test]
async fn a_seed_gives_another_account_and_the_same_one_again() {
    use tryterra_simulator::Simulator;
    let default = Simulator::builder().users(2).start().await.user_ids();
    let seeded = Simulator::builder()
        .users(2)
        .seed(7)
        .start()
        .await
        .user_ids();
    let again = Simulator::builder()
        .users(2)
        .seed(7)
        .start()
        .await
        .user_ids();
    assert_ne!(default, seeded);
    assert_eq!(seeded, again);
}

#[test]
fn bad_arguments_say_what_and_how() {
    let output = Command::new(env!("CARGO_BIN_EXE_tryterra-simulator"))
        .args(["--api-key", "k1"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let message = String::from_utf8_lossy(&output.stderr);
    assert!(
        message.contains("--api-key and --dev-id go together"),
        "{message}"
    );
    assert!(message.contains("usage: tryterra-simulator"), "{message}");
}
