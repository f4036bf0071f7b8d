//! The getting-started walkthrough: list the providers Terra supports and the users connected to
//! your account.
//!
//! With `TERRA_API_KEY` and `TERRA_DEV_ID` set, this talks to Terra (`TERRA_BASE_URL` overrides
//! the address). Without them it starts the built-in Terra simulator and talks to that.
//!
//! ```text
//! cargo run --example quickstart
//! ```

use std::{error::Error, process::ExitCode};

use tryterra::Terra;
use tryterra_simulator::Simulator;

#[tokio::main]
async fn main() -> ExitCode {
    match run().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            // What went wrong and why, in words (the `Debug` form is for bug reports).
            eprintln!("error: {error}");
            let mut source = error.source();
            while let Some(cause) = source {
                eprintln!("  caused by: {cause}");
                source = cause.source();
            }
            ExitCode::FAILURE
        }
    }
}

async fn run() -> Result<(), Box<dyn Error>> {
    let has_credentials = ["TERRA_API_KEY", "TERRA_DEV_ID"]
        .iter()
        .all(|var| std::env::var_os(var).is_some());

    // Keep the simulator alive until the end of `main`.
    let (terra, _simulator) = if has_credentials {
        (Terra::from_env()?, None)
    } else {
        let simulator = Simulator::start().await;
        println!(
            "TERRA_API_KEY / TERRA_DEV_ID not set: using the Terra simulator at {}",
            simulator.base_url()
        );
        let terra = Terra::builder()
            .api_key("simulator-api-key")
            .dev_id("simulator-dev-id")
            .base_url(simulator.base_url())
            .build()?;
        (terra, Some(simulator))
    };

    // Models print no values through `Debug` (they carry health data and user IDs); what this
    // walkthrough shows, it prints field by field, deliberately.
    let providers = terra.list_providers().await?;
    let names = |list: Option<Vec<tryterra::models::Provider>>| {
        let list = list.unwrap_or_default();
        let names: Vec<String> = list.iter().map(ToString::to_string).collect();
        format!("{} ({})", names.len(), names.join(", "))
    };
    println!("providers: {}", names(providers.providers));
    println!("SDK providers: {}", names(providers.sdk_providers));

    let users = terra.list_users().await?;
    println!("{} connected users:", users.users.len());
    for user in &users.users {
        println!(
            "  {} on {} (active: {}, reference: {})",
            user.user_id,
            user.provider,
            user.active.map_or("unknown".into(), |a| a.to_string()),
            user.reference_id.as_deref().unwrap_or("none"),
        );
    }
    Ok(())
}
