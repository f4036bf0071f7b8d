//! `/workouts` and `/plannedWorkouts`: structured workout templates and pushing them to users'
//! devices.
//!
//! Paths take workout IDs as integers; Terra's response bodies carry the same IDs as strings.

use chrono::NaiveDate;

use super::{checked, id};
use crate::{
    Call, Terra,
    call::{Operation, call, finish},
    models::{
        CreateWorkoutResponse, DeleteWorkoutResponse, PlanWorkoutRequest, PlanWorkoutResponse,
        PlannedWorkout, PlannedWorkoutId, PlannedWorkoutSummary, UpdatePlannedWorkoutRequest,
        WorkoutId, WorkoutTemplate,
    },
};

/// The outcome of [`Terra::delete_workout`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum WorkoutDeletion {
    /// 204: the template and its copies at every provider are gone.
    Deleted,
    /// 207: some providers failed to delete their copy, so Terra kept the template; retry later.
    Partial(DeleteWorkoutResponse),
}

impl Terra {
    /// `POST /workouts`: stores a workout template. The response carries its new ID.
    ///
    /// # Errors
    /// See [`Error`](crate::Error); Terra answers 400 for an invalid template.
    pub fn create_workout(&self, template: WorkoutTemplate) -> Call<CreateWorkoutResponse> {
        call!(self, |client| client
            .workouts_create_workout()
            .body(template))
    }

    /// `GET /workouts`: every stored workout template.
    ///
    /// # Errors
    /// See [`Error`](crate::Error).
    pub fn list_workouts(&self) -> Call<Vec<WorkoutTemplate>> {
        call!(self, |client| client.workouts_list_workouts())
    }

    /// `GET /workouts/{workout_id}`: one template.
    ///
    /// # Errors
    /// See [`Error`](crate::Error); 404 for an unknown ID.
    pub fn get_workout(&self, workout_id: impl Into<WorkoutId>) -> Call<WorkoutTemplate> {
        let workout_id = checked!(workout_id.into().for_path());
        call!(self, |client| client
            .workouts_get_workout()
            .workout_id(workout_id))
    }

    /// `DELETE /workouts/{workout_id}`: deletes a template here and at every provider it was
    /// pushed to. A partial failure (207) is a value, not an error: the template is kept.
    ///
    /// # Errors
    /// See [`Error`](crate::Error); 404 for an unknown ID, 424 when a provider refused outright.
    pub fn delete_workout(&self, workout_id: impl Into<WorkoutId>) -> Call<WorkoutDeletion> {
        let workout_id = checked!(workout_id.into().for_path());
        let terra = self.clone();
        Call::new(async move {
            let request = terra.api().workouts_delete_workout().workout_id(workout_id);
            // 207 is not in the generated layer (`x-tryterra-not-generated`): its body is another
            // shape than the 204's (none).
            finish(Operation::send(request), |received| {
                match received.status.as_u16() {
                    207 => {
                        let partial = received.decode::<DeleteWorkoutResponse>()?;
                        Ok(received.with_value(WorkoutDeletion::Partial(partial)))
                    }
                    200..=299 => Ok(received.with_value(WorkoutDeletion::Deleted)),
                    _ => Err(received.into_error()),
                }
            })
            .await
        })
    }

    /// `POST /workouts/{workout_id}/plan?user_id=..`: schedules a template on a user's device
    /// for `request.planned_date` (`YYYY-MM-DD`).
    ///
    /// # Errors
    /// See [`Error`](crate::Error); 403 when the Planned Workouts add-on is not enabled, 424 when
    /// the provider rejected the push (retry later).
    pub fn plan_workout(
        &self,
        workout_id: impl Into<WorkoutId>,
        user_id: &str,
        request: PlanWorkoutRequest,
    ) -> Call<PlanWorkoutResponse> {
        let workout_id = checked!(workout_id.into().for_path());
        let user_id = checked!(id("user_id", user_id));
        call!(self, |client| client
            .workouts_plan_workout()
            .workout_id(workout_id)
            .user_id(user_id)
            .body(request))
    }

    /// `GET /plannedWorkouts?user_id=..`: the user's planned workouts the provider holds for
    /// the last 30 days (its default window).
    ///
    /// # Errors
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) for an empty ID; otherwise see
    /// [`Error`](crate::Error).
    pub fn list_planned_workouts(&self, user_id: &str) -> Call<Vec<PlannedWorkout>> {
        let user_id = checked!(id("user_id", user_id));
        call!(self, |client| client
            .workouts_list_planned_workouts()
            .user_id(user_id))
    }

    /// `GET /plannedWorkouts?user_id=..&start_date=..&end_date=..`: the user's planned workouts
    /// from `start` to `end` (days, inclusive).
    ///
    /// # Errors
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) for an empty ID or `end` before
    /// `start`; otherwise see [`Error`](crate::Error).
    pub fn list_planned_workouts_between(
        &self,
        user_id: &str,
        start: NaiveDate,
        end: NaiveDate,
    ) -> Call<Vec<PlannedWorkout>> {
        let user_id = checked!(id("user_id", user_id));
        if end < start {
            return Call::fail(crate::Error::InvalidRequest(
                "the end date is before the start date".into(),
            ));
        }
        call!(self, |client| client
            .workouts_list_planned_workouts()
            .user_id(user_id)
            .start_date(day(start))
            .end_date(day(end)))
    }

    /// `GET /plannedWorkouts/{planned_workout_id}?user_id=..`.
    ///
    /// # Errors
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) for an empty ID; otherwise see
    /// [`Error`](crate::Error); 404 for an unknown ID.
    pub fn get_planned_workout(
        &self,
        planned_workout_id: impl Into<PlannedWorkoutId>,
        user_id: &str,
    ) -> Call<PlannedWorkoutSummary> {
        let planned_workout_id = checked!(planned_workout_id.into().for_path());
        let user_id = checked!(id("user_id", user_id));
        call!(self, |client| client
            .workouts_get_planned_workout()
            .planned_workout_id(planned_workout_id)
            .user_id(user_id))
    }

    /// `PATCH /plannedWorkouts/{planned_workout_id}?user_id=..`: moves it to another day.
    ///
    /// # Errors
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) for an empty ID; otherwise see
    /// [`Error`](crate::Error).
    pub fn reschedule_planned_workout(
        &self,
        planned_workout_id: impl Into<PlannedWorkoutId>,
        user_id: &str,
        planned_date: NaiveDate,
    ) -> Call<PlannedWorkoutSummary> {
        let planned_workout_id = checked!(planned_workout_id.into().for_path());
        let user_id = checked!(id("user_id", user_id));
        call!(self, |client| client
            .workouts_update_planned_workout()
            .planned_workout_id(planned_workout_id)
            .user_id(user_id)
            .body(UpdatePlannedWorkoutRequest {
                planned_date: day(planned_date),
            }))
    }

    /// `DELETE /plannedWorkouts/{planned_workout_id}?user_id=..`.
    ///
    /// # Errors
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest) for an empty ID; otherwise see
    /// [`Error`](crate::Error); 404 for an unknown ID.
    pub fn delete_planned_workout(
        &self,
        planned_workout_id: impl Into<PlannedWorkoutId>,
        user_id: &str,
    ) -> Call<()> {
        let planned_workout_id = checked!(planned_workout_id.into().for_path());
        let user_id = checked!(id("user_id", user_id));
        call!(self, |client| client
            .workouts_delete_planned_workout()
            .planned_workout_id(planned_workout_id)
            .user_id(user_id))
    }
}

/// `YYYY-MM-DD`, the form Terra's date parameters and fields take.
pub(crate) fn day(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}
