//! The data endpoints through the one generic `DataRequest`: inline data vs webhook delivery,
//! decided by what was asked, never guessed.

use crate::common::{assert_lossless, terra};
use chrono::{NaiveDate, TimeZone, Utc};
use serde_json::json;
use tryterra::{
    DataRequest, Error,
    api::DataKind,
    models::{
        Activity, Athlete, AthleteCollection, Body, Daily, DataSentToWebhook, Menstruation,
        Nutrition, Sleep, SleepLevel, UploadType,
    },
};
use tryterra_simulator::{Script, ScriptedResponse, Simulator};

fn may(day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2024, 5, day).unwrap()
}

#[tokio::test]
async fn fetch_sends_the_range_and_to_webhook_false() {
    let sim = Simulator::start().await;
    let user = sim.user_ids()[0].clone();
    let activities = terra(&sim)
        .activity(&user, may(1))
        .until(may(7))
        .with_samples(true)
        .fetch()
        .await
        .unwrap();

    let request = &sim.requests()[0];
    assert_eq!(
        (request.method.as_str(), request.path.as_str()),
        ("GET", "/activity")
    );
    assert_eq!(request.query_param("user_id"), Some(user.as_str()));
    assert_eq!(request.query_param("start_date"), Some("2024-05-01"));
    assert_eq!(request.query_param("end_date"), Some("2024-05-07"));
    assert_eq!(request.query_param("to_webhook"), Some("false"));
    assert_eq!(request.query_param("with_samples"), Some("true"));

    assert_eq!(activities.user.unwrap().user_id, user);
    assert_eq!(activities.type_.as_deref(), Some("activity"));
    assert!(!activities.data.is_empty());
    for activity in &activities.data {
        assert!(
            activity.metadata.type_.is_known(),
            "{:?}",
            activity.metadata.type_
        );
        assert_eq!(activity.metadata.upload_type, UploadType::Automatic);
        let samples = activity
            .heart_rate_data
            .as_ref()
            .unwrap()
            .detailed
            .as_ref()
            .unwrap();
        assert!(samples.hr_samples.as_ref().unwrap().len() > 100);
    }
}

#[tokio::test]
async fn samples_are_left_out_unless_asked_for() {
    let sim = Simulator::start().await;
    let user = sim.user_ids()[0].clone();
    let nights = terra(&sim).sleep(&user, may(3)).fetch().await.unwrap();
    assert_eq!(sim.requests()[0].query_param("with_samples"), None);
    let hypnogram = nights.data[0]
        .sleep_durations_data
        .as_ref()
        .unwrap()
        .hypnogram_samples
        .as_ref();
    assert_eq!(hypnogram.map(Vec::len), Some(0));

    let nights = terra(&sim)
        .sleep(&user, may(3))
        .with_samples(true)
        .fetch()
        .await
        .unwrap();
    let samples = nights.data[0]
        .sleep_durations_data
        .as_ref()
        .unwrap()
        .hypnogram_samples
        .clone()
        .unwrap();
    assert!(!samples.is_empty());
    assert!(
        samples
            .iter()
            .all(|s| s.level.is_some_and(SleepLevel::is_known))
    );
}

#[tokio::test]
async fn unix_timestamps_are_sent_as_seconds() {
    let sim = Simulator::start().await;
    let user = sim.user_ids()[0].clone();
    let start = Utc.with_ymd_and_hms(2024, 5, 1, 0, 0, 0).unwrap();
    terra(&sim)
        .daily(&user, start)
        .until(start + chrono::Duration::days(2))
        .fetch()
        .await
        .unwrap();
    let request = &sim.requests()[0];
    assert_eq!(request.query_param("start_date"), Some("1714521600"));
    assert_eq!(request.query_param("end_date"), Some("1714694400"));
}

#[tokio::test]
async fn to_webhook_returns_the_acknowledgement() {
    // The destination does not answer: this test is about the acknowledgement only
    // (tests/webhook_e2e.rs follows the deliveries).
    let sim = Simulator::builder()
        .webhook("http://127.0.0.1:9/terra", "whsec")
        .start()
        .await;
    let user = sim.user_ids()[1].clone();
    let ack = terra(&sim)
        .body(&user, may(1))
        .until(may(3))
        .to_webhook()
        .await
        .unwrap()
        .into_acknowledgement()
        .expect("an acknowledgement");
    assert_eq!(sim.requests()[0].query_param("to_webhook"), Some("true"));
    assert_eq!(ack.status.as_deref(), Some("success"));
    assert_eq!(ack.type_.as_deref(), Some("body"));
    assert!(ack.reference.is_some());
    assert_eq!(ack.reference, ack.trace_id);
    assert_eq!(ack.message, None);
    assert_eq!(ack.user.unwrap().user_id.as_deref(), Some(user.as_str()));

    // Over a month: Terra delivers in chunks and says so.
    let ack = terra(&sim)
        .body(&user, may(1))
        .until(NaiveDate::from_ymd_opt(2024, 8, 1).unwrap())
        .to_webhook()
        .await
        .unwrap()
        .into_acknowledgement()
        .expect("an acknowledgement");
    assert!(ack.message.unwrap().starts_with("Large request"));
}

/// Every data kind: fetched inline, decoded, and nothing lost on re-encoding.
#[tokio::test]
async fn every_kind_decodes_without_loss() {
    async fn check<K: DataKind>(sim: &Simulator, request: DataRequest<K>)
    where
        K::Collection: serde::Serialize,
    {
        let response = request.fetch().with_response().await.unwrap();
        assert_lossless::<K::Collection>(response.body());
        sim.clear_requests();
    }
    let sim = Simulator::builder().users(7).start().await;
    let terra = terra(&sim);
    for user in sim.user_ids() {
        check::<Activity>(
            &sim,
            terra
                .activity(&user, may(1))
                .until(may(10))
                .with_samples(true),
        )
        .await;
        check::<Sleep>(
            &sim,
            terra.sleep(&user, may(1)).until(may(4)).with_samples(true),
        )
        .await;
        check::<Daily>(
            &sim,
            terra.daily(&user, may(1)).until(may(4)).with_samples(true),
        )
        .await;
        check::<Body>(
            &sim,
            terra.body(&user, may(1)).until(may(6)).with_samples(true),
        )
        .await;
        check::<Menstruation>(&sim, terra.menstruation(&user, may(1)).until(may(6))).await;
        check::<Nutrition>(&sim, terra.nutrition(&user, may(1)).until(may(2))).await;
        check::<Athlete>(&sim, terra.athlete(&user)).await;
    }
}

#[tokio::test]
async fn athlete_takes_no_dates_and_carries_athlete_not_data() {
    let sim = Simulator::builder()
        .webhook("http://127.0.0.1:9/terra", "whsec")
        .start()
        .await;
    let user = sim.user_ids()[2].clone();
    let AthleteCollection {
        athlete,
        user: owner,
        ..
    } = terra(&sim).athlete(&user).fetch().await.unwrap();
    assert_eq!(owner.unwrap().user_id, user);
    assert_eq!(athlete.first_name.as_deref(), Some("Jordan"));
    let request = &sim.requests()[0];
    let mut query = request.query.clone();
    query.sort();
    assert_eq!(
        query,
        [
            ("to_webhook".to_string(), "false".to_string()),
            ("user_id".to_string(), user.clone())
        ]
    );

    let ack: DataSentToWebhook = terra(&sim)
        .athlete(&user)
        .to_webhook()
        .await
        .unwrap()
        .into_acknowledgement()
        .expect("an acknowledgement");
    assert_eq!(ack.type_.as_deref(), Some("athlete"));
}

#[tokio::test]
async fn an_acknowledgement_where_data_was_asked_for_is_an_error() {
    let sim = Simulator::start().await;
    let user = sim.user_ids()[0].clone();
    let ack = json!({
        "status": "success", "type": "sleep", "reference": "r-1", "trace_id": "r-1",
        "user": {"user_id": user, "provider": "GARMIN", "reference_id": null, "active": true}
    });
    sim.script(Script::on("/sleep", ScriptedResponse::json(200, &ack)));
    let error = terra(&sim).sleep(&user, may(1)).fetch().await.unwrap_err();
    assert_eq!(
        error.decode_error().unwrap().reason(),
        "missing field `data`"
    );

    sim.script(Script::on("/athlete", ScriptedResponse::json(200, &ack)));
    let error = terra(&sim).athlete(&user).fetch().await.unwrap_err();
    assert_eq!(
        error.decode_error().unwrap().reason(),
        "missing field `athlete`"
    );
}

#[tokio::test]
async fn to_webhook_without_a_destination_is_a_400_as_on_terra() {
    let sim = Simulator::start().await;
    let user = sim.user_ids()[0].clone();
    let error = terra(&sim)
        .daily(&user, may(1))
        .to_webhook()
        .await
        .unwrap_err();
    assert_eq!(error.status(), Some(tryterra::StatusCode::BAD_REQUEST));
}

#[tokio::test]
async fn errors_of_data_requests() {
    let sim = Simulator::start().await;
    let error = terra(&sim)
        .activity("nobody", may(1))
        .fetch()
        .await
        .unwrap_err();
    assert_eq!(error.status(), Some(tryterra::StatusCode::NOT_FOUND));
    let error = terra(&sim).activity("", may(1)).fetch().await.unwrap_err();
    assert!(matches!(error, Error::InvalidRequest(_)));
    let user = sim.user_ids()[0].clone();
    let error = terra(&sim)
        .activity(&user, may(9))
        .until(may(1))
        .fetch()
        .await
        .unwrap_err();
    assert_eq!(
        error.api_error().unwrap().detail(),
        Some("invalid end_date")
    );
}

/// The lossless check itself: a field the model does not have is reported, with its path.
#[test]
#[should_panic(expected = "lost in decoding: .data[0].metadata.bogus missing")]
fn the_lossless_check_reports_dropped_fields() {
    let body = json!({"data": [{"metadata": {
        "start_time": "2024-05-01T07:00:00.000000+00:00", "end_time": "2024-05-01T08:00:00.000000+00:00",
        "summary_id": "s", "type": 8, "upload_type": 1, "bogus": 1
    }}]});
    assert_lossless::<tryterra::models::ActivityCollection>(body.to_string().as_bytes());
}

/// The acknowledgement type has only optional fields, so without a shape check any object would
/// decode as an empty acknowledgement and the data in it would be dropped.
#[tokio::test]
async fn to_webhook_never_reduces_data_to_an_acknowledgement() {
    let sim = Simulator::builder()
        .webhook("http://127.0.0.1:9/terra", "whsec")
        .start()
        .await;
    let user = sim.user_ids()[0].clone();
    let inline = terra(&sim)
        .activity(&user, may(1))
        .until(may(7))
        .fetch()
        .with_response()
        .await
        .unwrap();
    let sent: serde_json::Value = serde_json::from_slice(inline.body()).unwrap();

    // The whole inline shape, and `data` alone (what a mock built from Terra's schemas sends).
    let only_data = json!({ "data": sent["data"].clone() });
    for body in [&sent, &only_data] {
        sim.script(Script::on("/activity", ScriptedResponse::json(200, body)));
        let answer = terra(&sim)
            .activity(&user, may(1))
            .until(may(7))
            .to_webhook()
            .await
            .unwrap();
        let data = answer
            .into_inline()
            .expect("the data, not an acknowledgement");
        assert_eq!(data.data.len(), inline.value().data.len());
        assert!(!data.data.is_empty());
    }
}

/// Every activity of the schema-driven corpus, sent inline where an acknowledgement was
/// expected, comes back as data.
#[tokio::test]
async fn to_webhook_hands_over_every_corpus_activity_sent_inline() {
    let sim = Simulator::start().await;
    let user = sim.user_ids()[0].clone();
    let corpus = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/corpus/Activity.jsonl"
    ))
    .unwrap();
    let client = terra(&sim);
    for (line, activity) in corpus.lines().enumerate() {
        let activity: serde_json::Value = serde_json::from_str(activity).unwrap();
        let body = json!({ "data": [activity] });
        sim.script(Script::on("/activity", ScriptedResponse::json(200, &body)));
        let answer = client.activity(&user, may(1)).to_webhook().await;
        match answer {
            Ok(tryterra::api::ToWebhook::Inline(data)) => assert_eq!(data.data.len(), 1),
            other => panic!("corpus line {}: {other:?}", line + 1),
        }
    }
}

#[tokio::test]
async fn to_webhook_rejects_bodies_that_are_neither_data_nor_an_acknowledgement() {
    let sim = Simulator::start().await;
    let user = sim.user_ids()[0].clone();
    let cases = [
        (json!({}), "."),
        (json!({"note": "not an acknowledgement"}), "."),
        (json!([{"status": "success"}]), "."),
        // Data with a bad value is an error at its path, not an acknowledgement.
        (
            json!({"data": [{"metadata": {"type": "running"}}]}),
            "data[0].metadata",
        ),
    ];
    for (body, path) in cases {
        sim.script(Script::on("/sleep", ScriptedResponse::json(200, &body)));
        let error = terra(&sim)
            .sleep(&user, may(1))
            .to_webhook()
            .await
            .expect_err(&body.to_string());
        let decode = error.decode_error().unwrap_or_else(|| panic!("{error:?}"));
        assert_eq!(decode.path(), path, "{body}");
    }
    sim.script(Script::on(
        "/sleep",
        ScriptedResponse::json(200, &json!([{"status": "success"}])),
    ));
    let error = terra(&sim)
        .sleep(&user, may(1))
        .to_webhook()
        .await
        .unwrap_err();
    assert_eq!(
        error.decode_error().unwrap().reason(),
        "expected an object, got an array"
    );
}

/// The simulator holds the client to Terra's limits: the longest span of one request (400), and
/// each user's requested days per rolling hour (429 with `Retry-After`, which frees up as the
/// simulator's clock moves on).
#[tokio::test]
async fn terras_span_and_hourly_day_budget_are_enforced() {
    let sim = Simulator::builder()
        .max_span_days(60)
        .day_budget_per_hour(40)
        .start()
        .await;
    let user = sim.user_ids()[0].clone();
    let once = crate::common::terra_without_retries(&sim);

    let too_long = once
        .sleep(&user, may(1))
        .until(may(1) + chrono::Days::new(60))
        .fetch()
        .await;
    let error = too_long.unwrap_err();
    assert_eq!(error.status(), Some(tryterra::StatusCode::BAD_REQUEST));

    // 30 days, then 30 more: over the budget of 40.
    once.sleep(&user, may(1))
        .until(may(31))
        .fetch()
        .await
        .unwrap();
    let error = once
        .sleep(&user, may(1))
        .until(may(31))
        .fetch()
        .await
        .unwrap_err();
    assert_eq!(
        error.status(),
        Some(tryterra::StatusCode::TOO_MANY_REQUESTS)
    );
    let wait = error.api_error().unwrap().retry_after().unwrap();
    assert!(
        wait > std::time::Duration::from_secs(3500) && wait <= std::time::Duration::from_secs(3600),
        "{wait:?}"
    );
    // Another user has a budget of their own; one day still fits for this one.
    let other = sim.user_ids()[1].clone();
    once.sleep(&other, may(1))
        .until(may(31))
        .fetch()
        .await
        .unwrap();
    once.sleep(&user, may(1))
        .until(may(2))
        .fetch()
        .await
        .unwrap();

    // An hour later the first 30 days have left the window.
    sim.advance_clock(std::time::Duration::from_secs(3600));
    once.sleep(&user, may(1))
        .until(may(31))
        .fetch()
        .await
        .unwrap();
}

mod backfill {
    //! `Terra::backfill`: windows within Terra's limits, the shared hourly budget, checkpoints.

    use std::time::Duration;

    use chrono::NaiveDate;
    use tryterra::{
        Terra,
        models::{Activity, Sleep},
    };
    use tryterra_simulator::{Script, ScriptedResponse, Simulator};

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2024, m, d).unwrap()
    }

    /// A client whose timeouts never fire in paused time (a virtual hour passes instantly).
    fn patient(sim: &Simulator, budget: u64) -> Terra {
        crate::common::builder(sim)
            .timeout(Duration::from_secs(30 * 24 * 3600))
            .connect_timeout(Duration::from_secs(30 * 24 * 3600))
            .day_budget_per_hour(budget)
            .build()
            .unwrap()
    }

    #[tokio::test]
    async fn windows_cover_the_range_once_in_order_with_checkpoints() {
        let sim = Simulator::start().await;
        let user = sim.user_ids()[0].clone();
        let terra = crate::common::terra(&sim);
        let mut backfill = terra.backfill::<Sleep>(&user, day(1, 1), day(2, 29));
        assert_eq!(
            backfill.progress().windows_total,
            3,
            "60 days in windows of 28"
        );
        let mut windows = Vec::new();
        let mut records = 0;
        while let Some(window) = backfill.next().await {
            let window = window.unwrap();
            records += window.value.data.len();
            windows.push((
                window.start,
                window.end,
                window.checkpoint.next_start,
                window.progress,
            ));
        }
        assert_eq!(
            windows.iter().map(|w| (w.0, w.1, w.2)).collect::<Vec<_>>(),
            [
                (day(1, 1), day(1, 28), day(1, 29)),
                (day(1, 29), day(2, 25), day(2, 26)),
                (day(2, 26), day(2, 29), day(3, 1)),
            ]
        );
        let last = windows.last().unwrap().3;
        assert_eq!(
            (last.windows_done, last.windows_total, last.records),
            (3, 3, records)
        );
        assert_eq!(last.days_requested, 27 + 27 + 3, "end − start per window");
        // The same nights as one request for the whole range.
        let whole = terra
            .sleep(&user, day(1, 1))
            .until(day(2, 29))
            .fetch()
            .await
            .unwrap();
        assert_eq!(records, whole.data.len());
        let sent: Vec<_> = sim
            .requests()
            .iter()
            .take(3)
            .map(|r| {
                (
                    r.query_param("start_date").unwrap().to_string(),
                    r.query_param("end_date").unwrap().to_string(),
                )
            })
            .collect();
        assert_eq!(
            sent[1],
            ("2024-01-29".to_string(), "2024-02-25".to_string())
        );
    }

    #[tokio::test]
    async fn a_failed_window_stops_the_backfill_and_says_where_to_resume() {
        let sim = Simulator::start().await;
        let user = sim.user_ids()[0].clone();
        let terra = crate::common::terra(&sim);
        let mut backfill = terra
            .backfill::<Activity>(&user, day(5, 1), day(5, 30))
            .window_days(10);
        backfill.next().await.unwrap().unwrap();
        sim.script(Script::on(
            "/activity",
            ScriptedResponse::problem(404, "user not found"),
        ));
        let error = backfill.next().await.unwrap().unwrap_err();
        assert_eq!((error.start, error.end), (day(5, 11), day(5, 20)));
        assert_eq!(error.checkpoint.next_start, day(5, 11));
        assert_eq!(error.error.status(), Some(tryterra::StatusCode::NOT_FOUND));
        assert!(
            error.to_string().contains("resume from 2024-05-11"),
            "{error}"
        );
        assert!(backfill.next().await.is_none(), "stopped");

        // Resumed from the checkpoint (stored as JSON), only the rest is requested.
        let stored = serde_json::to_string(&error.checkpoint).unwrap();
        sim.clear_requests();
        let checkpoint = serde_json::from_str(&stored).unwrap();
        let mut resumed = terra
            .backfill::<Activity>(&user, day(5, 1), day(5, 30))
            .window_days(10)
            .resume_from(&checkpoint);
        assert_eq!(resumed.progress().windows_total, 2);
        while let Some(window) = resumed.next().await {
            window.unwrap();
        }
        let starts: Vec<_> = sim
            .requests()
            .iter()
            .map(|r| r.query_param("start_date").unwrap().to_string())
            .collect();
        assert_eq!(starts, ["2024-05-11", "2024-05-21"]);
    }

    /// Two backfills of one user share the user's budget: once it is spent they wait for the
    /// hour to pass (in paused time), and Terra never answers 429.
    #[tokio::test(start_paused = true)]
    async fn concurrent_backfills_share_the_users_hourly_budget() {
        let sim = Simulator::start().await;
        let user = sim.user_ids()[0].clone();
        let terra = patient(&sim, 40);
        let started = tokio::time::Instant::now();
        let run = |first: NaiveDate, last: NaiveDate| {
            let terra = terra.clone();
            let user = user.clone();
            async move {
                let mut backfill = terra.backfill::<Sleep>(&user, first, last).window_days(11);
                let mut when = Vec::new();
                while let Some(window) = backfill.next().await {
                    window.unwrap();
                    when.push(started.elapsed());
                }
                when
            }
        };
        // 2 × 2 windows of 10 days each: 40 days fit in the first hour, the rest waits.
        let (a, b) = tokio::join!(run(day(1, 1), day(1, 22)), run(day(3, 1), day(3, 22)));
        let mut all: Vec<Duration> = a.into_iter().chain(b).collect();
        all.sort();
        assert_eq!(all.len(), 4);
        assert!(
            all[3] < Duration::from_secs(3600),
            "40 days fit in one hour: {all:?}"
        );

        let (c, d) = tokio::join!(run(day(5, 1), day(5, 11)), run(day(7, 1), day(7, 11)));
        let mut later: Vec<Duration> = c.into_iter().chain(d).collect();
        later.sort();
        assert!(
            later[0] >= Duration::from_secs(3600),
            "the budget was spent: {later:?}"
        );
        assert!(sim.requests().iter().all(|r| r.path == "/sleep"));
    }

    /// Terra's own 429 (the budget spent by another process) is waited out, as `Retry-After`
    /// says, and the window is requested again.
    #[tokio::test(start_paused = true)]
    async fn a_429_is_waited_out_as_retry_after_says() {
        let sim = Simulator::start().await;
        let user = sim.user_ids()[0].clone();
        let terra = patient(&sim, 6000);
        sim.script(
            Script::on(
                "/daily",
                ScriptedResponse::problem(429, "slow down").with_header("retry-after", "900"),
            )
            .times(4),
        ); // four 429s in a row, each waited out
        let started = tokio::time::Instant::now();
        let mut backfill = terra.backfill::<tryterra::models::Daily>(&user, day(6, 1), day(6, 5));
        let window = backfill.next().await.unwrap().unwrap();
        assert_eq!(window.value.data.len(), 5);
        assert!(
            started.elapsed() >= Duration::from_secs(900),
            "{:?}",
            started.elapsed()
        );
    }

    #[tokio::test]
    async fn webhook_backfills_hand_out_each_windows_acknowledgement() {
        let sim = Simulator::builder()
            .webhook("http://127.0.0.1:9/terra", "whsec")
            .start()
            .await;
        let user = sim.user_ids()[0].clone();
        let terra = crate::common::terra(&sim);
        let mut backfill = terra
            .backfill::<Sleep>(&user, day(1, 1), day(3, 31))
            .window_days(31);
        let mut references = Vec::new();
        while let Some(window) = backfill.next_to_webhook().await {
            references.push(window.unwrap().value.reference.unwrap());
        }
        assert_eq!(references.len(), 3);
        references.dedup();
        assert_eq!(references.len(), 3, "one reference per window");
        assert!(
            sim.requests()
                .iter()
                .all(|r| r.query_param("to_webhook") == Some("true"))
        );
    }
}
