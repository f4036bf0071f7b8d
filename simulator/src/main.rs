//! The Terra simulator as a standalone server, for testing code in any language:
//!
//! ```text
//! cargo run -p tryterra-simulator -- --port 8080 --users 5
//! curl -H 'x-api-key: k' -H 'dev-id: d' http://127.0.0.1:8080/api/v2/subscriptions
//! ```
//!
//! It prints its base URL and the users' IDs, then serves until interrupted (Ctrl-C).

use std::process::ExitCode;

use tryterra_simulator::Simulator;

const USAGE: &str =
    "usage: tryterra-simulator [--port N] [--users N] [--seed N] [--api-key K --dev-id D] \
    [--webhook-url URL --signing-secret S] [--day-budget DAYS] [--max-span-days DAYS]

  --port            loopback port to listen on (default 8080; 0: any free port)
  --users           users in the account (default 3)
  --seed            another account: other user IDs and data (default 0)
  --api-key/--dev-id   accept only these credentials (default: any non-empty)
  --webhook-url/--signing-secret   deliver signed webhooks there, as Terra does
  --day-budget      requested days per user per rolling hour (default 6000, as Terra)
  --max-span-days   longest date range of one request (default 1825, as Terra)";

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match configure(&args) {
        Ok(builder) => {
            let sim = builder.start().await;
            println!("Terra simulator listening on {}", sim.base_url());
            println!("users: {}", sim.user_ids().join(" "));
            let _ = tokio::signal::ctrl_c().await;
            ExitCode::SUCCESS
        }
        Err(problem) => {
            eprintln!("{problem}\n\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn configure(args: &[String]) -> Result<tryterra_simulator::SimulatorBuilder, String> {
    // A long-running server keeps no request log (it would grow without bound).
    let mut builder = Simulator::builder().port(8080).keep_requests(false);
    let mut credentials = (None, None);
    let mut webhook = (None, None);
    let mut rest = args.iter();
    while let Some(flag) = rest.next() {
        if flag == "--help" || flag == "-h" {
            return Err("the Terra simulator".into());
        }
        let value = rest.next().ok_or_else(|| format!("{flag} needs a value"))?;
        let number = |what: &str| {
            value
                .parse::<u64>()
                .map_err(|_| format!("{what} must be a whole number, not {value:?}"))
        };
        builder = match flag.as_str() {
            "--port" => builder.port(
                u16::try_from(number("--port")?)
                    .map_err(|_| "--port is at most 65535".to_string())?,
            ),
            "--users" => builder.users(number("--users")? as usize),
            "--seed" => builder.seed(number("--seed")?),
            "--day-budget" => builder.day_budget_per_hour(number("--day-budget")?),
            "--max-span-days" => builder.max_span_days(number("--max-span-days")? as i64),
            "--api-key" => {
                credentials.0 = Some(value.clone());
                builder
            }
            "--dev-id" => {
                credentials.1 = Some(value.clone());
                builder
            }
            "--webhook-url" => {
                webhook.0 = Some(value.clone());
                builder
            }
            "--signing-secret" => {
                webhook.1 = Some(value.clone());
                builder
            }
            other => return Err(format!("unknown option {other}")),
        };
    }
    builder = match credentials {
        (Some(key), Some(dev)) => builder.credentials(key, dev),
        (None, None) => builder,
        _ => return Err("--api-key and --dev-id go together".into()),
    };
    builder = match webhook {
        (Some(url), Some(secret)) => builder.webhook(url, secret),
        (None, None) => builder,
        _ => return Err("--webhook-url and --signing-secret go together".into()),
    };
    Ok(builder)
}
