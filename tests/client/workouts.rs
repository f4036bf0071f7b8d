//! Workout templates and planned workouts, including 201, 204, 207 and 424.

use crate::common::terra;
use chrono::NaiveDate;
use serde_json::json;
use tryterra::{
    api::WorkoutDeletion,
    models::{
        CompletionCondition, PlanWorkoutRequest, StepBlock, WorkoutId, WorkoutSport, WorkoutStep,
        WorkoutStepIntensity, WorkoutTemplate,
    },
};
use tryterra_simulator::Simulator;

/// Five 1 km repeats with 90 s recoveries, built with the models' constructors.
fn interval_run() -> WorkoutTemplate {
    let repeat = |condition: &str, value: f64| CompletionCondition::new(condition).value(value);
    WorkoutTemplate::new(
        "5 x 1 km",
        WorkoutSport::Running,
        [StepBlock::new(
            repeat("reps", 5.0),
            [
                WorkoutStep::new(repeat("distance", 1000.0), "active"),
                WorkoutStep::new(repeat("time", 90.0), WorkoutStepIntensity::Recovery),
            ],
        )],
    )
    .environment("outdoor")
}

#[test]
fn request_bodies_are_built_without_json() {
    let expected = json!({
        "name": "5 x 1 km",
        "sport": "running",
        "environment": "outdoor",
        "step_blocks": [{
            "completion_condition": {"type": "reps", "value": 5.0},
            "steps": [
                {"completion_condition": {"type": "distance", "value": 1000.0}, "intensity_type": "active"},
                {"completion_condition": {"type": "time", "value": 90.0}, "intensity_type": "recovery"}
            ]
        }]
    });
    assert_eq!(serde_json::to_value(interval_run()).unwrap(), expected);
    assert_eq!(
        serde_json::to_value(plan_for(3)).unwrap(),
        json!({"planned_date": "2024-06-03", "max_heart_rate": 188.0})
    );
}

/// Stores `interval_run()` and returns its ID (Terra sends it as a string).
async fn create_template(terra: &tryterra::Terra) -> WorkoutId {
    let created = terra.create_workout(interval_run()).await.unwrap();
    created.workout_id.expect("an ID")
}

fn plan_for(day: u32) -> PlanWorkoutRequest {
    PlanWorkoutRequest::new(format!("2024-06-{day:02}")).max_heart_rate(188.0)
}

#[tokio::test]
async fn templates_are_created_listed_fetched_and_deleted() {
    let sim = Simulator::start().await;
    let terra = terra(&sim);
    let created = terra.create_workout(interval_run()).await.unwrap();
    // Sent as a string in the body, taken as an integer in paths: the same `WorkoutId`.
    let id = created.workout_id.expect("an ID");
    assert!(id.as_i64().is_some());

    let sent = &sim.requests()[0];
    assert_eq!(
        (sent.method.as_str(), sent.path.as_str()),
        ("POST", "/workouts")
    );
    let body: serde_json::Value = serde_json::from_slice(&sent.body).unwrap();
    assert_eq!(body["sport"], "running");
    assert_eq!(
        body["step_blocks"][0]["steps"][1]["intensity_type"],
        "recovery"
    );

    let all = terra.list_workouts().await.unwrap();
    assert_eq!(all.len(), 1);
    let one = terra.get_workout(&id).await.unwrap();
    assert_eq!(one.sport, WorkoutSport::Running);
    assert_eq!(one.workout_id.as_ref(), Some(&id));
    assert_eq!(
        sim.requests().last().unwrap().path,
        format!("/workouts/{id}")
    );

    assert_eq!(
        terra.delete_workout(&id).await.unwrap(),
        WorkoutDeletion::Deleted
    );
    let gone = terra.get_workout(id.as_i64().unwrap()).await.unwrap_err();
    assert_eq!(gone.status(), Some(tryterra::StatusCode::NOT_FOUND));
}

#[tokio::test]
async fn planning_answers_201_and_the_plan_can_be_moved_and_removed() {
    let sim = Simulator::start().await;
    let terra = terra(&sim);
    let garmin_user = sim.user_ids()[0].clone(); // the simulator's first user is on GARMIN
    let id = create_template(&terra).await;

    let response = terra
        .plan_workout(&id, &garmin_user, plan_for(3))
        .with_response()
        .await
        .unwrap();
    assert_eq!(response.status(), tryterra::StatusCode::CREATED);
    let planned_id = response.value().planned_workout_id.clone().unwrap();
    let sent = sim.requests().pop().unwrap();
    assert_eq!(sent.path, format!("/workouts/{id}/plan"));
    assert_eq!(sent.query_param("user_id"), Some(garmin_user.as_str()));

    let june = |d| NaiveDate::from_ymd_opt(2024, 6, d).unwrap();
    let listed = terra
        .list_planned_workouts_between(&garmin_user, june(1), june(30))
        .await
        .unwrap();
    assert_eq!(listed.len(), 1);
    let sent = sim.requests().pop().unwrap();
    assert_eq!(sent.query_param("start_date"), Some("2024-06-01"));
    assert_eq!(sent.query_param("end_date"), Some("2024-06-30"));
    assert!(
        terra
            .list_planned_workouts_between(&garmin_user, june(10), june(30))
            .await
            .unwrap()
            .is_empty()
    );

    let moved = terra
        .reschedule_planned_workout(&planned_id, &garmin_user, june(12))
        .await
        .unwrap();
    assert_eq!(moved.planned_date.as_deref(), Some("2024-06-12"));
    let sent = sim.requests().pop().unwrap();
    assert_eq!(sent.method, "PATCH");
    assert_eq!(
        serde_json::from_slice::<serde_json::Value>(&sent.body).unwrap(),
        json!({"planned_date": "2024-06-12"})
    );
    assert_eq!(
        terra
            .get_planned_workout(&planned_id, &garmin_user)
            .await
            .unwrap()
            .planned_date
            .as_deref(),
        Some("2024-06-12")
    );

    terra
        .delete_planned_workout(&planned_id, &garmin_user)
        .await
        .unwrap();
    assert!(
        terra
            .list_planned_workouts(&garmin_user)
            .await
            .unwrap()
            .is_empty()
    );
}

#[tokio::test]
async fn a_provider_that_takes_no_workouts_answers_424() {
    let sim = Simulator::start().await;
    let terra = terra(&sim);
    let oura_user = sim.user_ids()[2].clone(); // the third user is on OURA
    let id = create_template(&terra).await;
    let error = terra
        .plan_workout(&id, &oura_user, plan_for(3))
        .await
        .unwrap_err();
    assert_eq!(
        error.status(),
        Some(tryterra::StatusCode::FAILED_DEPENDENCY)
    );
    assert_eq!(
        error.api_error().unwrap().detail(),
        Some("OURA rejected the workout")
    );
}

#[tokio::test]
async fn a_failed_provider_delete_is_a_207_partial_value() {
    let sim = Simulator::builder().users(5).start().await;
    let terra = terra(&sim);
    let polar_user = sim.user_ids()[4].clone(); // the fifth user is on POLAR
    let id = create_template(&terra).await;
    terra
        .plan_workout(&id, &polar_user, plan_for(5))
        .await
        .unwrap();

    let outcome = terra.delete_workout(&id).with_response().await.unwrap();
    assert_eq!(outcome.status().as_u16(), 207);
    let WorkoutDeletion::Partial(partial) = outcome.into_value() else {
        panic!("expected a partial deletion")
    };
    assert!(partial.message.unwrap().contains("POLAR"));
    // The template was kept.
    assert!(terra.get_workout(&id).await.is_ok());
}
