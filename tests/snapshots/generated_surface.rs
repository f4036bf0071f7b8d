// The public surface generated from openapi/terra.yaml: types with their fields and
// serde attributes, operations with their parameters. Bodies and docs are left out.
// Refresh: EXPECTORATE=overwrite cargo test --test generated_surface

pub mod types {
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct AFibClassificationSample {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub afib_classification: ::std::option::Option<crate::models::AFibFlag>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timestamp: ::std::option::Option<::std::string::String>,
    }
    impl AFibClassificationSample {
        pub fn builder() -> builder::AFibClassificationSample {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct AccessRevokedEvent {
        pub message: ::std::string::String,
        pub status: ::std::string::String,
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
        pub user: TerraUser,
    }
    impl AccessRevokedEvent {
        pub fn builder() -> builder::AccessRevokedEvent {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct ActiveDurationsData {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub activity_levels_samples: ::std::option::Option<
            ::std::vec::Vec<ActivityLevelSample>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub activity_seconds: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub inactivity_seconds: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub low_intensity_seconds: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub moderate_intensity_seconds: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(deserialize_with = "crate::models::serde_rules::integer")]
        #[serde(default)]
        pub num_continuous_inactive_periods: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub rest_seconds: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub standing_hours_count: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub standing_seconds: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub vigorous_intensity_seconds: ::std::option::Option<f64>,
    }
    impl ActiveDurationsData {
        pub fn builder() -> builder::ActiveDurationsData {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct Activity {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub active_durations_data: ::std::option::Option<ActiveDurationsData>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub calories_data: ::std::option::Option<CaloriesData>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cheat_detection: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data_enrichment: ::std::option::Option<DataEnrichment>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub device_data: ::std::option::Option<DeviceData>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub distance_data: ::std::option::Option<DistanceData>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub energy_data: ::std::option::Option<EnergyData>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub heart_rate_data: ::std::option::Option<HeartRateData>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub lap_data: ::std::option::Option<LapData>,
        #[serde(
            rename = "MET_data",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub met_data: ::std::option::Option<MetData>,
        pub metadata: ActivityMetadata,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub movement_data: ::std::option::Option<MovementData>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub oxygen_data: ::std::option::Option<OxygenData>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub polyline_map_data: ::std::option::Option<PolylineMapData>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub position_data: ::std::option::Option<PositionData>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub power_data: ::std::option::Option<PowerData>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub strain_data: ::std::option::Option<StrainData>,
        #[serde(
            rename = "TSS_data",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub tss_data: ::std::option::Option<TssData>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub work_data: ::std::option::Option<WorkData>,
    }
    impl Activity {
        pub fn builder() -> builder::Activity {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct ActivityCollection {
        pub data: ::std::vec::Vec<Activity>,
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user: ::std::option::Option<TerraUser>,
    }
    impl ActivityCollection {
        pub fn builder() -> builder::ActivityCollection {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct ActivityEvent {
        pub data: ::std::vec::Vec<Activity>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
        pub user: TerraUser,
        pub version: ::std::string::String,
    }
    impl ActivityEvent {
        pub fn builder() -> builder::ActivityEvent {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct ActivityLevelSample {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub activity_level: ::std::option::Option<crate::models::ActivityLevel>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timer_duration_seconds: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timestamp: ::std::option::Option<::std::string::String>,
    }
    impl ActivityLevelSample {
        pub fn builder() -> builder::ActivityLevelSample {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct ActivityMetadata {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub city: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub country: ::std::option::Option<::std::string::String>,
        pub end_time: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        pub start_time: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub state: ::std::option::Option<::std::string::String>,
        pub summary_id: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timestamp_localization: ::std::option::Option<
            crate::models::TimestampLocalization,
        >,
        #[serde(rename = "type")]
        pub type_: crate::models::ActivityType,
        pub upload_type: crate::models::UploadType,
    }
    impl ActivityMetadata {
        pub fn builder() -> builder::ActivityMetadata {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct AsleepDurations {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub duration_asleep_state_seconds: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub duration_deep_sleep_state_seconds: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub duration_light_sleep_state_seconds: ::std::option::Option<f64>,
        #[serde(
            rename = "duration_REM_sleep_state_seconds",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub duration_rem_sleep_state_seconds: ::std::option::Option<f64>,
        #[serde(
            rename = "num_REM_events",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(deserialize_with = "crate::models::serde_rules::integer")]
        #[serde(default)]
        pub num_rem_events: ::std::option::Option<i64>,
    }
    impl AsleepDurations {
        pub fn builder() -> builder::AsleepDurations {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct Athlete {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub account_creation_date: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(deserialize_with = "crate::models::serde_rules::integer")]
        #[serde(default)]
        pub age: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bio: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub city: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub country: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub date_of_birth: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub first_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub gender: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub provider_user_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sex: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub state: ::std::option::Option<::std::string::String>,
    }
    impl Athlete {
        pub fn builder() -> builder::Athlete {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct AthleteCollection {
        pub athlete: Athlete,
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user: ::std::option::Option<TerraUser>,
    }
    impl AthleteCollection {
        pub fn builder() -> builder::AthleteCollection {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct AthleteEvent {
        pub athlete: Athlete,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
        pub user: TerraUser,
        pub version: ::std::string::String,
    }
    impl AthleteEvent {
        pub fn builder() -> builder::AthleteEvent {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct AthleteMetrics {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ftp: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub max_heart_rate: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub pool_length_meters: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub threshold_heart_rate: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub threshold_speed: ::std::option::Option<f64>,
    }
    impl AthleteMetrics {
        pub fn builder() -> builder::AthleteMetrics {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct AuthErrorEvent {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub flow_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reason: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reference_id: ::std::option::Option<::std::string::String>,
        pub status: ::std::string::String,
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
    }
    impl AuthErrorEvent {
        pub fn builder() -> builder::AuthErrorEvent {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct AuthSuccessEvent {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub flow_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        pub status: ::std::string::String,
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
        pub user: TerraUser,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub widget_session_id: ::std::option::Option<::std::string::String>,
    }
    impl AuthSuccessEvent {
        pub fn builder() -> builder::AuthSuccessEvent {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct AuthenticateUserRequest {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub auth_failure_redirect_url: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub auth_success_redirect_url: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub language: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reference_id: ::std::option::Option<::std::string::String>,
    }
    impl AuthenticateUserRequest {
        pub fn builder() -> builder::AuthenticateUserRequest {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct AuthenticateUserResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub auth_url: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<crate::models::ResponseStatus>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user_id: ::std::option::Option<::std::string::String>,
    }
    impl AuthenticateUserResponse {
        pub fn builder() -> builder::AuthenticateUserResponse {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct AwakeDurations {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub duration_awake_state_seconds: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub duration_long_interruption_seconds: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub duration_short_interruption_seconds: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(deserialize_with = "crate::models::serde_rules::integer")]
        #[serde(default)]
        pub num_out_of_bed_events: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(deserialize_with = "crate::models::serde_rules::integer")]
        #[serde(default)]
        pub num_wakeup_events: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sleep_latency_seconds: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub wake_up_latency_seconds: ::std::option::Option<f64>,
    }
    impl AwakeDurations {
        pub fn builder() -> builder::AwakeDurations {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct BloodPressureData {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub blood_pressure_samples: ::std::option::Option<
            ::std::vec::Vec<BloodPressureSample>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub day_avg_diastolic_bp: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub day_avg_systolic_bp: ::std::option::Option<f64>,
    }
    impl BloodPressureData {
        pub fn builder() -> builder::BloodPressureData {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct BloodPressureSample {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub diastolic_bp: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub systolic_bp: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timestamp: ::std::option::Option<::std::string::String>,
    }
    impl BloodPressureSample {
        pub fn builder() -> builder::BloodPressureSample {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct Body {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub blood_pressure_data: ::std::option::Option<BloodPressureData>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub device_data: ::std::option::Option<DeviceData>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub glucose_data: ::std::option::Option<GlucoseData>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub heart_data: ::std::option::Option<HeartData>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub hydration_data: ::std::option::Option<HydrationData>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ketone_data: ::std::option::Option<KetoneData>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub measurements_data: ::std::option::Option<MeasurementsData>,
        pub metadata: BodyMetadata,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub oxygen_data: ::std::option::Option<OxygenData>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub temperature_data: ::std::option::Option<TemperatureData>,
    }
    impl Body {
        pub fn builder() -> builder::Body {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct BodyBatterySample {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub level: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timestamp: ::std::option::Option<::std::string::String>,
    }
    impl BodyBatterySample {
        pub fn builder() -> builder::BodyBatterySample {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct BodyCollection {
        pub data: ::std::vec::Vec<Body>,
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user: ::std::option::Option<TerraUser>,
    }
    impl BodyCollection {
        pub fn builder() -> builder::BodyCollection {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct BodyEvent {
        pub data: ::std::vec::Vec<Body>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
        pub user: TerraUser,
        pub version: ::std::string::String,
    }
    impl BodyEvent {
        pub fn builder() -> builder::BodyEvent {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct BodyMetadata {
        pub end_time: ::std::string::String,
        pub start_time: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timestamp_localization: ::std::option::Option<
            crate::models::TimestampLocalization,
        >,
    }
    impl BodyMetadata {
        pub fn builder() -> builder::BodyMetadata {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct BreathSample {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub breaths_per_min: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timestamp: ::std::option::Option<::std::string::String>,
    }
    impl BreathSample {
        pub fn builder() -> builder::BreathSample {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct BreathsData {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub avg_breaths_per_min: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub end_time: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub max_breaths_per_min: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub min_breaths_per_min: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub on_demand_reading: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub samples: ::std::option::Option<::std::vec::Vec<BreathSample>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub start_time: ::std::option::Option<::std::string::String>,
    }
    impl BreathsData {
        pub fn builder() -> builder::BreathsData {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct CadenceSample {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cadence_rpm: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timer_duration_seconds: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timestamp: ::std::option::Option<::std::string::String>,
    }
    impl CadenceSample {
        pub fn builder() -> builder::CadenceSample {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct CalorieSample {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub calories: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timer_duration_seconds: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timestamp: ::std::option::Option<::std::string::String>,
    }
    impl CalorieSample {
        pub fn builder() -> builder::CalorieSample {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct CaloriesData {
        #[serde(
            rename = "BMR_calories",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub bmr_calories: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub calorie_samples: ::std::option::Option<::std::vec::Vec<CalorieSample>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub net_activity_calories: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub net_intake_calories: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total_burned_calories: ::std::option::Option<f64>,
    }
    impl CaloriesData {
        pub fn builder() -> builder::CaloriesData {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct CompletionCondition {
        #[serde(rename = "type")]
        pub type_: crate::models::CompletionConditionType,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub value: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub value_high: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub value_low: ::std::option::Option<f64>,
    }
    impl CompletionCondition {
        pub fn builder() -> builder::CompletionCondition {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct Connection {
        pub created_at: ::std::string::String,
        #[serde(deserialize_with = "crate::models::serde_rules::integer")]
        pub id: i64,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_polled_at: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_updated_at: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub most_recent_data_at: ::std::option::Option<::std::string::String>,
        pub provider: crate::models::Provider,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reference_id: ::std::option::Option<::std::string::String>,
        pub scopes: ::std::vec::Vec<::std::string::String>,
    }
    impl Connection {
        pub fn builder() -> builder::Connection {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct ConnectionErrorEvent {
        pub message: ::std::string::String,
        pub status: ::std::string::String,
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
        pub user: TerraUser,
    }
    impl ConnectionErrorEvent {
        pub fn builder() -> builder::ConnectionErrorEvent {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct CreateWorkoutResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub workout_id: ::std::option::Option<::std::string::String>,
    }
    impl CreateWorkoutResponse {
        pub fn builder() -> builder::CreateWorkoutResponse {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct Daily {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub active_durations_data: ::std::option::Option<ActiveDurationsData>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub calories_data: ::std::option::Option<CaloriesData>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data_enrichment: ::std::option::Option<DailyDataEnrichment>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub device_data: ::std::option::Option<DeviceData>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub distance_data: ::std::option::Option<DailyDistanceData>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub heart_rate_data: ::std::option::Option<HeartRateData>,
        #[serde(
            rename = "MET_data",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub met_data: ::std::option::Option<MetData>,
        pub metadata: DailyMetadata,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub oxygen_data: ::std::option::Option<OxygenData>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub scores: ::std::option::Option<ScoresData>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub strain_data: ::std::option::Option<StrainData>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub stress_data: ::std::option::Option<StressData>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub tag_data: ::std::option::Option<TagData>,
    }
    impl Daily {
        pub fn builder() -> builder::Daily {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct DailyCollection {
        pub data: ::std::vec::Vec<Daily>,
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user: ::std::option::Option<TerraUser>,
    }
    impl DailyCollection {
        pub fn builder() -> builder::DailyCollection {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct DailyDataEnrichment {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub immune_contributors: ::std::option::Option<RecordFloat>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(deserialize_with = "crate::models::serde_rules::integer")]
        #[serde(default)]
        pub immune_index: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub resilience_contributors: ::std::option::Option<RecordFloat>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(deserialize_with = "crate::models::serde_rules::integer")]
        #[serde(default)]
        pub resilience_score: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub respiratory_contributors: ::std::option::Option<RecordFloat>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub respiratory_score: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub strain_contributors: ::std::option::Option<RecordFloat>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub strain_index: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub strain_traffic_light: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub stress_contributors: ::std::option::Option<RecordFloat>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total_stress_score: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total_stress_score_v2: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total_stress_score_v2_contributors: ::std::option::Option<RecordFloat>,
    }
    impl DailyDataEnrichment {
        pub fn builder() -> builder::DailyDataEnrichment {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct DailyDistanceData {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub detailed: ::std::option::Option<DistanceDataDetailed>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub distance_meters: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub elevation: ::std::option::Option<ElevationData>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(deserialize_with = "crate::models::serde_rules::integer")]
        #[serde(default)]
        pub floors_climbed: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(deserialize_with = "crate::models::serde_rules::integer")]
        #[serde(default)]
        pub steps: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub swimming: ::std::option::Option<SwimmingData>,
    }
    impl DailyDistanceData {
        pub fn builder() -> builder::DailyDistanceData {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct DailyEvent {
        pub data: ::std::vec::Vec<Daily>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
        pub user: TerraUser,
        pub version: ::std::string::String,
    }
    impl DailyEvent {
        pub fn builder() -> builder::DailyEvent {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct DailyMetadata {
        pub end_time: ::std::string::String,
        pub start_time: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timestamp_localization: ::std::option::Option<
            crate::models::TimestampLocalization,
        >,
        pub upload_type: crate::models::UploadType,
    }
    impl DailyMetadata {
        pub fn builder() -> builder::DailyMetadata {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct DailyPatternSample {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub percentile_25: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub percentile_5: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub percentile_50: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub percentile_75: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub percentile_95: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(deserialize_with = "crate::models::serde_rules::integer")]
        #[serde(default)]
        pub time_from_midnight: ::std::option::Option<i64>,
    }
    impl DailyPatternSample {
        pub fn builder() -> builder::DailyPatternSample {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct DataEnrichment {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub efficiency_contributors: ::std::option::Option<RecordFloat>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub efficiency_score: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub rcrs_contributors: ::std::option::Option<RecordFloat>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub rcrs_score: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub strain_contributors: ::std::option::Option<RecordFloat>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub strain_score: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub trimp_contributors: ::std::option::Option<RecordFloat>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub trimp_score: ::std::option::Option<f64>,
    }
    impl DataEnrichment {
        pub fn builder() -> builder::DataEnrichment {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct DataSentToWebhook {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reference: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub trace_id: ::std::option::Option<::std::string::String>,
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user: ::std::option::Option<DataSentToWebhookUser>,
    }
    impl DataSentToWebhook {
        pub fn builder() -> builder::DataSentToWebhook {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct DataSentToWebhookUser {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub active: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_at: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_webhook_update: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub provider: ::std::option::Option<crate::models::Provider>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reference_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub scopes: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user_id: ::std::option::Option<::std::string::String>,
    }
    impl DataSentToWebhookUser {
        pub fn builder() -> builder::DataSentToWebhookUser {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct DeauthEvent {
        pub message: ::std::string::String,
        pub status: ::std::string::String,
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
        pub user: TerraUser,
    }
    impl DeauthEvent {
        pub fn builder() -> builder::DeauthEvent {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct DeauthenticateUserResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<crate::models::ResponseStatus>,
    }
    impl DeauthenticateUserResponse {
        pub fn builder() -> builder::DeauthenticateUserResponse {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct DeleteWorkoutResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
    }
    impl DeleteWorkoutResponse {
        pub fn builder() -> builder::DeleteWorkoutResponse {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct DeviceData {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub activation_timestamp: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data_provided: ::std::option::Option<
            ::std::vec::Vec<crate::models::DeviceDataType>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub hardware_version: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_upload_date: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub manufacturer: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub other_devices: ::std::option::Option<::std::vec::Vec<OtherDeviceData>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub serial_number: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub software_version: ::std::option::Option<::std::string::String>,
    }
    impl DeviceData {
        pub fn builder() -> builder::DeviceData {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct DistanceData {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub detailed: ::std::option::Option<DistanceDataDetailed>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub summary: ::std::option::Option<DistanceDataSummary>,
    }
    impl DistanceData {
        pub fn builder() -> builder::DistanceData {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct DistanceDataDetailed {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub distance_samples: ::std::option::Option<::std::vec::Vec<DistanceSample>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub elevation_samples: ::std::option::Option<::std::vec::Vec<ElevationSample>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub floors_climbed_samples: ::std::option::Option<
            ::std::vec::Vec<FloorsClimbedSample>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub step_samples: ::std::option::Option<::std::vec::Vec<StepSample>>,
    }
    impl DistanceDataDetailed {
        pub fn builder() -> builder::DistanceDataDetailed {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct DistanceDataSummary {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub distance_meters: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub elevation: ::std::option::Option<ElevationData>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(deserialize_with = "crate::models::serde_rules::integer")]
        #[serde(default)]
        pub floors_climbed: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(deserialize_with = "crate::models::serde_rules::integer")]
        #[serde(default)]
        pub steps: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub swimming: ::std::option::Option<SwimmingData>,
    }
    impl DistanceDataSummary {
        pub fn builder() -> builder::DistanceDataSummary {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct DistanceSample {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub distance_meters: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timer_duration_seconds: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timestamp: ::std::option::Option<::std::string::String>,
    }
    impl DistanceSample {
        pub fn builder() -> builder::DistanceSample {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct DrinkSample {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub drink_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub drink_unit: ::std::option::Option<crate::models::NutritionUnits>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub drink_volume: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timestamp: ::std::option::Option<::std::string::String>,
    }
    impl DrinkSample {
        pub fn builder() -> builder::DrinkSample {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct EcgReading {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub afib_classification: ::std::option::Option<crate::models::AFibFlag>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub avg_hr_bpm: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub raw_signal: ::std::option::Option<::std::vec::Vec<RawEcgSample>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub start_timestamp: ::std::option::Option<::std::string::String>,
    }
    impl EcgReading {
        pub fn builder() -> builder::EcgReading {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct ElevationData {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub avg_meters: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub gain_actual_meters: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub gain_planned_meters: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub loss_actual_meters: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub max_meters: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub min_meters: ::std::option::Option<f64>,
    }
    impl ElevationData {
        pub fn builder() -> builder::ElevationData {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct ElevationSample {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub elev_meters: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timer_duration_seconds: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timestamp: ::std::option::Option<::std::string::String>,
    }
    impl ElevationSample {
        pub fn builder() -> builder::ElevationSample {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct EnergyData {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub energy_kilojoules: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub energy_planned_kilojoules: ::std::option::Option<f64>,
    }
    impl EnergyData {
        pub fn builder() -> builder::EnergyData {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct FloorsClimbedSample {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub floors_climbed: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timer_duration_seconds: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timestamp: ::std::option::Option<::std::string::String>,
    }
    impl FloorsClimbedSample {
        pub fn builder() -> builder::FloorsClimbedSample {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct GenerateAuthTokenResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(deserialize_with = "crate::models::serde_rules::integer")]
        #[serde(default)]
        pub expires_in: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub token: ::std::option::Option<::std::string::String>,
    }
    impl GenerateAuthTokenResponse {
        pub fn builder() -> builder::GenerateAuthTokenResponse {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct GenerateWidgetSessionResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub expires_in: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub session_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<crate::models::ResponseStatus>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
    }
    impl GenerateWidgetSessionResponse {
        pub fn builder() -> builder::GenerateWidgetSessionResponse {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct GlucoseData {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub blood_glucose_samples: ::std::option::Option<
            ::std::vec::Vec<GlucoseDataSample>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub daily_patterns: ::std::option::Option<::std::vec::Vec<DailyPatternSample>>,
        #[serde(
            rename = "day_avg_blood_glucose_mg_per_dL",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub day_avg_blood_glucose_mg_per_d_l: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub day_avg_blood_glucose_mg_per_dl: ::std::option::Option<f64>,
        #[serde(
            rename = "day_avg_detailed_blood_glucose_mg_per_dL",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub day_avg_detailed_blood_glucose_mg_per_d_l: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub detailed_blood_glucose_samples: ::std::option::Option<
            ::std::vec::Vec<GlucoseDataSample>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub gmi: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(deserialize_with = "crate::models::serde_rules::integer")]
        #[serde(default)]
        pub sensor_usage: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub time_in_range: ::std::option::Option<f64>,
    }
    impl GlucoseData {
        pub fn builder() -> builder::GlucoseData {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct GlucoseDataSample {
        #[serde(
            rename = "blood_glucose_mg_per_dL",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub blood_glucose_mg_per_d_l: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub glucose_level_flag: ::std::option::Option<crate::models::GlucoseFlag>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timestamp: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub trend_arrow: ::std::option::Option<crate::models::TrendArrow>,
    }
    impl GlucoseDataSample {
        pub fn builder() -> builder::GlucoseDataSample {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct HealthObservation {
        pub metadata: HealthObservationMetadata,
        pub observation_data: HealthObservationData,
    }
    impl HealthObservation {
        pub fn builder() -> builder::HealthObservation {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct HealthObservationData {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub category: ::std::option::Option<crate::models::HealthObservationCategory>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub codes: ::std::option::Option<::std::vec::Vec<ObservationCode>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub components: ::std::option::Option<::std::vec::Vec<ObservationComponent>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub notes: ::std::option::Option<::std::string::String>,
        pub observation_type: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub severity: ::std::option::Option<crate::models::ObservationSeverity>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<crate::models::ObservationStatus>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub value: ::std::option::Option<ObservationValue>,
    }
    impl HealthObservationData {
        pub fn builder() -> builder::HealthObservationData {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct HealthObservationEvent {
        pub data: ::std::vec::Vec<HealthObservation>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
        pub user: TerraUser,
        pub version: ::std::string::String,
    }
    impl HealthObservationEvent {
        pub fn builder() -> builder::HealthObservationEvent {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct HealthObservationMetadata {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub end_time: ::std::option::Option<::std::string::String>,
        pub start_time: ::std::string::String,
        pub summary_id: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timestamp_localization: ::std::option::Option<
            crate::models::TimestampLocalization,
        >,
    }
    impl HealthObservationMetadata {
        pub fn builder() -> builder::HealthObservationMetadata {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct HeartData {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub afib_classification_samples: ::std::option::Option<
            ::std::vec::Vec<AFibClassificationSample>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ecg_signal: ::std::option::Option<::std::vec::Vec<EcgReading>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub heart_rate_data: ::std::option::Option<HeartRateData>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub pulse_wave_velocity_samples: ::std::option::Option<
            ::std::vec::Vec<PulseVelocitySample>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub rr_interval_samples: ::std::option::Option<
            ::std::vec::Vec<RrIntervalSample>,
        >,
    }
    impl HeartData {
        pub fn builder() -> builder::HeartData {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct HeartRateData {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub detailed: ::std::option::Option<HeartRateDataDetailed>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub summary: ::std::option::Option<HeartRateDataSummary>,
    }
    impl HeartRateData {
        pub fn builder() -> builder::HeartRateData {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct HeartRateDataDetailed {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub hr_samples: ::std::option::Option<::std::vec::Vec<HeartRateDataSample>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub hrv_samples_rmssd: ::std::option::Option<
            ::std::vec::Vec<HeartRateVariabilityDataSampleRmssd>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub hrv_samples_sdnn: ::std::option::Option<
            ::std::vec::Vec<HeartRateVariabilityDataSampleSdnn>,
        >,
    }
    impl HeartRateDataDetailed {
        pub fn builder() -> builder::HeartRateDataDetailed {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct HeartRateDataSample {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bpm: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub context: ::std::option::Option<crate::models::HeartRateContext>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timer_duration_seconds: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timestamp: ::std::option::Option<::std::string::String>,
    }
    impl HeartRateDataSample {
        pub fn builder() -> builder::HeartRateDataSample {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct HeartRateDataSummary {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub avg_hr_bpm: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub avg_hrv_rmssd: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub avg_hrv_sdnn: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub hr_zone_data: ::std::option::Option<::std::vec::Vec<HeartRateZoneData>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub max_hr_bpm: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub min_hr_bpm: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub resting_hr_bpm: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user_max_hr_bpm: ::std::option::Option<f64>,
    }
    impl HeartRateDataSummary {
        pub fn builder() -> builder::HeartRateDataSummary {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct HeartRateVariabilityDataSampleRmssd {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub hrv_rmssd: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timestamp: ::std::option::Option<::std::string::String>,
    }
    impl HeartRateVariabilityDataSampleRmssd {
        pub fn builder() -> builder::HeartRateVariabilityDataSampleRmssd {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct HeartRateVariabilityDataSampleSdnn {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub hrv_sdnn: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timestamp: ::std::option::Option<::std::string::String>,
    }
    impl HeartRateVariabilityDataSampleSdnn {
        pub fn builder() -> builder::HeartRateVariabilityDataSampleSdnn {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct HeartRateZoneData {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub duration_seconds: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub end_percentage: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub start_percentage: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(deserialize_with = "crate::models::serde_rules::integer")]
        #[serde(default)]
        pub zone: ::std::option::Option<i64>,
    }
    impl HeartRateZoneData {
        pub fn builder() -> builder::HeartRateZoneData {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct HormoneEvent {
        pub data: ::std::vec::Vec<HormoneSample>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
        pub user: TerraUser,
        pub version: ::std::string::String,
    }
    impl HormoneEvent {
        pub fn builder() -> builder::HormoneEvent {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct HormoneSample {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub e3g_ng_per_ml: ::std::option::Option<f64>,
        #[serde(
            rename = "fsh_mIU_per_ml",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub fsh_m_iu_per_ml: ::std::option::Option<f64>,
        #[serde(
            rename = "hcg_mIU_per_ml",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub hcg_m_iu_per_ml: ::std::option::Option<f64>,
        #[serde(
            rename = "lh_mIU_per_ml",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub lh_m_iu_per_ml: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub pdg_ug_per_ml: ::std::option::Option<f64>,
        pub timestamp: ::std::string::String,
    }
    impl HormoneSample {
        pub fn builder() -> builder::HormoneSample {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct HydrationData {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub day_avg_hydration_kg: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub day_total_water_consumption_ml: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub hydration_amount_samples: ::std::option::Option<
            ::std::vec::Vec<HydrationMeasurementSample>,
        >,
    }
    impl HydrationData {
        pub fn builder() -> builder::HydrationData {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct HydrationMeasurementSample {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub hydration_kg: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timestamp: ::std::option::Option<::std::string::String>,
    }
    impl HydrationMeasurementSample {
        pub fn builder() -> builder::HydrationMeasurementSample {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct IntegrationProvider {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub enabled: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub icon: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub provider: ::std::option::Option<crate::models::Provider>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub setup: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub types: ::std::option::Option<IntegrationProviderTypes>,
    }
    impl IntegrationProvider {
        pub fn builder() -> builder::IntegrationProvider {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct IntegrationProviderTypes {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub activity: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub body: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub daily: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub menstruation: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub nutrition: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sleep: ::std::option::Option<bool>,
    }
    impl IntegrationProviderTypes {
        pub fn builder() -> builder::IntegrationProviderTypes {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct IntegrationsResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub providers: ::std::option::Option<::std::vec::Vec<IntegrationProvider>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
    }
    impl IntegrationsResponse {
        pub fn builder() -> builder::IntegrationsResponse {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct IntensityTarget {
        pub target_type: crate::models::WorkoutStepTargetType,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub value: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub value_high: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub value_low: ::std::option::Option<f64>,
    }
    impl IntensityTarget {
        pub fn builder() -> builder::IntensityTarget {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct KetoneData {
        #[serde(
            rename = "day_avg_ketone_mg_per_dL",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub day_avg_ketone_mg_per_d_l: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ketone_samples: ::std::option::Option<::std::vec::Vec<KetoneSample>>,
    }
    impl KetoneData {
        pub fn builder() -> builder::KetoneData {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct KetoneSample {
        #[serde(
            rename = "ketone_mg_per_dL",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub ketone_mg_per_d_l: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sample_type: ::std::option::Option<crate::models::KetoneSampleType>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timestamp: ::std::option::Option<::std::string::String>,
    }
    impl KetoneSample {
        pub fn builder() -> builder::KetoneSample {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct LabReportAppliedRange {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub lower: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub upper: ::std::option::Option<f64>,
    }
    impl LabReportAppliedRange {
        pub fn builder() -> builder::LabReportAppliedRange {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct LabReportArtifactsResponse {
        pub artifacts: ::std::vec::Vec<LabReportFile>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub expires_at: ::std::option::Option<::std::string::String>,
    }
    impl LabReportArtifactsResponse {
        pub fn builder() -> builder::LabReportArtifactsResponse {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct LabReportBiomarker {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub display_name: ::std::option::Option<::std::string::String>,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub key: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub loinc_code: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(deserialize_with = "crate::models::serde_rules::integer")]
        #[serde(default)]
        pub panel_id: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub panel_key: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub specimen: ::std::option::Option<::std::string::String>,
    }
    impl LabReportBiomarker {
        pub fn builder() -> builder::LabReportBiomarker {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct LabReportBoundedValue {
        pub operator: ::std::string::String,
        pub value: f64,
    }
    impl LabReportBoundedValue {
        pub fn builder() -> builder::LabReportBoundedValue {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct LabReportCompletedEvent {
        pub data: LabReportEventData,
        pub event_id: ::std::string::String,
        pub occurred_at: ::std::string::String,
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub upload_id: ::std::option::Option<::std::string::String>,
    }
    impl LabReportCompletedEvent {
        pub fn builder() -> builder::LabReportCompletedEvent {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct LabReportDeliveriesResponse {
        pub deliveries: ::std::vec::Vec<LabReportDelivery>,
    }
    impl LabReportDeliveriesResponse {
        pub fn builder() -> builder::LabReportDeliveriesResponse {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct LabReportDelivery {
        #[serde(deserialize_with = "crate::models::serde_rules::integer")]
        pub attempt_count: i64,
        pub destination_id: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub destination_type: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_error: ::std::option::Option<::std::string::String>,
        pub status: ::std::string::String,
    }
    impl LabReportDelivery {
        pub fn builder() -> builder::LabReportDelivery {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct LabReportEventData {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub panels: ::std::option::Option<::std::vec::Vec<LabReportPanel>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reference_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub report_date: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub report_locale: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub report_notes: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub report_time: ::std::option::Option<::std::string::String>,
        pub results: ::std::vec::Vec<LabReportEventResult>,
        #[serde(deserialize_with = "crate::models::serde_rules::integer")]
        pub results_count: i64,
        pub session_id: ::std::string::String,
    }
    impl LabReportEventData {
        pub fn builder() -> builder::LabReportEventData {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct LabReportEventError {
        pub code: ::std::string::String,
        pub message: ::std::string::String,
        pub retriable: bool,
    }
    impl LabReportEventError {
        pub fn builder() -> builder::LabReportEventError {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct LabReportEventResult {
        pub biomarker: LabReportBiomarker,
        pub interpretation: LabReportInterpretation,
        pub measurement: LabReportMeasurement,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reference_ranges: ::std::option::Option<
            ::std::vec::Vec<LabReportReferenceRange>,
        >,
        pub source: LabReportEventResultSource,
    }
    impl LabReportEventResult {
        pub fn builder() -> builder::LabReportEventResult {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct LabReportEventResultSource {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub collection_date: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub collection_time: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub flag: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub method: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub notes: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub panel: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reference_text: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub units: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub value: ::std::option::Option<::std::string::String>,
    }
    impl LabReportEventResultSource {
        pub fn builder() -> builder::LabReportEventResultSource {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct LabReportFailedEvent {
        pub data: LabReportFailureData,
        pub event_id: ::std::string::String,
        pub occurred_at: ::std::string::String,
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub upload_id: ::std::option::Option<::std::string::String>,
    }
    impl LabReportFailedEvent {
        pub fn builder() -> builder::LabReportFailedEvent {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct LabReportFailureData {
        pub error: LabReportEventError,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reference_id: ::std::option::Option<::std::string::String>,
        pub session_id: ::std::string::String,
    }
    impl LabReportFailureData {
        pub fn builder() -> builder::LabReportFailureData {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct LabReportFile {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub filename: ::std::option::Option<::std::string::String>,
        pub presigned_url: ::std::string::String,
    }
    impl LabReportFile {
        pub fn builder() -> builder::LabReportFile {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct LabReportFilesResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub expires_at: ::std::option::Option<::std::string::String>,
        pub files: ::std::vec::Vec<LabReportFile>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub thumbnail: ::std::option::Option<LabReportFile>,
    }
    impl LabReportFilesResponse {
        pub fn builder() -> builder::LabReportFilesResponse {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct LabReportInterpretation {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub applied_range: ::std::option::Option<LabReportAppliedRange>,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub flag: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub flag_raw: ::std::option::Option<::std::string::String>,
        pub source: ::std::string::String,
    }
    impl LabReportInterpretation {
        pub fn builder() -> builder::LabReportInterpretation {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct LabReportListResponse {
        pub sessions: ::std::vec::Vec<LabReportSession>,
    }
    impl LabReportListResponse {
        pub fn builder() -> builder::LabReportListResponse {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct LabReportMeasurement {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub absent_reason: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bounded: ::std::option::Option<LabReportBoundedValue>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub numeric: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub qualitative: ::std::option::Option<LabReportQualitativeValue>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub text: ::std::option::Option<::std::string::String>,
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ucum_code: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub units: ::std::option::Option<::std::string::String>,
    }
    impl LabReportMeasurement {
        pub fn builder() -> builder::LabReportMeasurement {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct LabReportPanel {
        #[serde(deserialize_with = "crate::models::serde_rules::integer")]
        pub id: i64,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub key: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
    }
    impl LabReportPanel {
        pub fn builder() -> builder::LabReportPanel {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct LabReportQualitativeValue {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub code: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub text: ::std::option::Option<::std::string::String>,
    }
    impl LabReportQualitativeValue {
        pub fn builder() -> builder::LabReportQualitativeValue {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct LabReportRangeContext {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(deserialize_with = "crate::models::serde_rules::integer")]
        #[serde(default)]
        pub age_lower: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(deserialize_with = "crate::models::serde_rules::integer")]
        #[serde(default)]
        pub age_upper: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cycle_phase: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(deserialize_with = "crate::models::serde_rules::integer")]
        #[serde(default)]
        pub gestational_week_lower: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(deserialize_with = "crate::models::serde_rules::integer")]
        #[serde(default)]
        pub gestational_week_upper: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub modifiers: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub pregnancy_status: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reference_population: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sex: ::std::option::Option<::std::string::String>,
    }
    impl LabReportRangeContext {
        pub fn builder() -> builder::LabReportRangeContext {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct LabReportReferenceRange {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub context: ::std::option::Option<LabReportRangeContext>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub lower: ::std::option::Option<f64>,
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub upper: ::std::option::Option<f64>,
    }
    impl LabReportReferenceRange {
        pub fn builder() -> builder::LabReportReferenceRange {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct LabReportReprocessResponse {
        pub current_status: ::std::string::String,
        pub session_id: ::std::string::String,
    }
    impl LabReportReprocessResponse {
        pub fn builder() -> builder::LabReportReprocessResponse {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct LabReportResult {
        pub biomarker: LabReportBiomarker,
        pub interpretation: LabReportInterpretation,
        pub measurement: LabReportMeasurement,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reference_ranges: ::std::option::Option<
            ::std::vec::Vec<LabReportReferenceRange>,
        >,
        pub source: LabReportResultSource,
    }
    impl LabReportResult {
        pub fn builder() -> builder::LabReportResult {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct LabReportResultSource {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub flag: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub method: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub notes: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub panel: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reference_text: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub units: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub value: ::std::option::Option<::std::string::String>,
    }
    impl LabReportResultSource {
        pub fn builder() -> builder::LabReportResultSource {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct LabReportSession {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub collection_date: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub collection_time: ::std::option::Option<::std::string::String>,
        pub current_status: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(deserialize_with = "crate::models::serde_rules::integer")]
        #[serde(default)]
        pub file_count: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(deserialize_with = "crate::models::serde_rules::integer")]
        #[serde(default)]
        pub input_bytes: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub lab_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(deserialize_with = "crate::models::serde_rules::integer")]
        #[serde(default)]
        pub output_bytes: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub panels: ::std::option::Option<::std::vec::Vec<LabReportPanel>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(deserialize_with = "crate::models::serde_rules::integer")]
        #[serde(default)]
        pub patient_age_at_collection: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub patient_sex: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reference_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub report_date: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub report_locale: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub report_notes: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub report_time: ::std::option::Option<::std::string::String>,
        pub report_type: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub results: ::std::option::Option<::std::vec::Vec<LabReportResult>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(deserialize_with = "crate::models::serde_rules::integer")]
        #[serde(default)]
        pub results_count: ::std::option::Option<i64>,
        pub session_id: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status_history: ::std::option::Option<::std::vec::Vec<LabReportStatusEntry>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub updated_at: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub upload_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub uploaded_at: ::std::option::Option<::std::string::String>,
    }
    impl LabReportSession {
        pub fn builder() -> builder::LabReportSession {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct LabReportStatusEntry {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub note: ::std::option::Option<::std::string::String>,
        pub status: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timestamp: ::std::option::Option<::std::string::String>,
    }
    impl LabReportStatusEntry {
        pub fn builder() -> builder::LabReportStatusEntry {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct LabReportUploadResponse {
        pub current_status: ::std::string::String,
        pub upload_id: ::std::string::String,
    }
    impl LabReportUploadResponse {
        pub fn builder() -> builder::LabReportUploadResponse {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct LapData {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub laps: ::std::option::Option<::std::vec::Vec<LapSample>>,
    }
    impl LapData {
        pub fn builder() -> builder::LapData {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct LapSample {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(deserialize_with = "crate::models::serde_rules::integer")]
        #[serde(default)]
        pub active_duration_seconds: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub avg_hr_bpm: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub avg_speed_meters_per_second: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub avg_watts: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub calories: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub distance_meters: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub end_time: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub start_time: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub stroke_type: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(deserialize_with = "crate::models::serde_rules::integer")]
        #[serde(default)]
        pub total_strokes: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub trigger_method: ::std::option::Option<::std::string::String>,
    }
    impl LapSample {
        pub fn builder() -> builder::LapSample {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct LargeRequestProcessingEvent {
        pub message: ::std::string::String,
        pub reference: ::std::string::String,
        pub status: ::std::string::String,
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
        pub user: TerraUser,
    }
    impl LargeRequestProcessingEvent {
        pub fn builder() -> builder::LargeRequestProcessingEvent {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct LargeRequestSendingEvent {
        #[serde(deserialize_with = "crate::models::serde_rules::integer")]
        pub expected_payloads: i64,
        pub message: ::std::string::String,
        pub reference: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
        pub user: TerraUser,
    }
    impl LargeRequestSendingEvent {
        pub fn builder() -> builder::LargeRequestSendingEvent {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct Meal {
        pub id: ::std::string::String,
        pub macros: NutritionMacros,
        pub micros: NutritionMicros,
        pub name: ::std::string::String,
        pub quantity: NutritionQuantity,
        pub timestamp: ::std::string::String,
        #[serde(rename = "type")]
        pub type_: crate::models::MealType,
    }
    impl Meal {
        pub fn builder() -> builder::Meal {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct MeasurementDataSample {
        #[serde(rename = "BMI", skip_serializing_if = "::std::option::Option::is_none")]
        pub bmi: ::std::option::Option<f64>,
        #[serde(rename = "BMR", skip_serializing_if = "::std::option::Option::is_none")]
        pub bmr: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bodyfat_percentage: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bone_mass_g: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(deserialize_with = "crate::models::serde_rules::integer")]
        #[serde(default)]
        pub estimated_fitness_age: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub height_cm: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub insulin_type: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub insulin_units: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub lean_mass_g: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub measurement_time: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub muscle_mass_g: ::std::option::Option<f64>,
        #[serde(rename = "RMR", skip_serializing_if = "::std::option::Option::is_none")]
        pub rmr: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub skin_fold_mm: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub urine_color: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user_notes: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub visceral_fat_category: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub visceral_fat_level: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub water_percentage: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub weight_kg: ::std::option::Option<f64>,
    }
    impl MeasurementDataSample {
        pub fn builder() -> builder::MeasurementDataSample {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct MeasurementsData {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub day_avg_bmi: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub day_avg_bmr: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub day_avg_bodyfat_percentage: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub day_avg_bone_mass_g: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub day_avg_estimated_fitness_age: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub day_avg_height_cm: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub day_avg_insulin_units: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub day_avg_lean_mass_g: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub day_avg_muscle_mass_g: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub day_avg_rmr: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub day_avg_skin_fold_mm: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub day_avg_visceral_fat_level: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub day_avg_water_percentage: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub day_avg_weight_kg: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub measurements: ::std::option::Option<::std::vec::Vec<MeasurementDataSample>>,
    }
    impl MeasurementsData {
        pub fn builder() -> builder::MeasurementsData {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct Menstruation {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub menstruation_data: ::std::option::Option<MenstruationData>,
        pub metadata: MenstruationMetadata,
    }
    impl Menstruation {
        pub fn builder() -> builder::Menstruation {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct MenstruationCollection {
        pub data: ::std::vec::Vec<Menstruation>,
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user: ::std::option::Option<TerraUser>,
    }
    impl MenstruationCollection {
        pub fn builder() -> builder::MenstruationCollection {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct MenstruationData {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub current_phase: ::std::option::Option<crate::models::MenstruationInterval>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(deserialize_with = "crate::models::serde_rules::integer")]
        #[serde(default)]
        pub cycle_length_days: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(deserialize_with = "crate::models::serde_rules::integer")]
        #[serde(default)]
        pub day_in_cycle: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(deserialize_with = "crate::models::serde_rules::integer")]
        #[serde(default)]
        pub days_until_next_phase: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub fertility_window_end: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub fertility_window_start: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub intervals: ::std::option::Option<
            ::std::vec::Vec<MenstruationIntervalSample>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_predicted_cycle: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_updated_time: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(deserialize_with = "crate::models::serde_rules::integer")]
        #[serde(default)]
        pub length_of_current_phase_days: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub menstruation_flow: ::std::option::Option<
            ::std::vec::Vec<MenstruationFlowSample>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ovulation_day: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(deserialize_with = "crate::models::serde_rules::integer")]
        #[serde(default)]
        pub period_length_days: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub period_start_date: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(deserialize_with = "crate::models::serde_rules::integer")]
        #[serde(default)]
        pub predicted_cycle_length_days: ::std::option::Option<i64>,
    }
    impl MenstruationData {
        pub fn builder() -> builder::MenstruationData {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct MenstruationEvent {
        pub data: ::std::vec::Vec<Menstruation>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
        pub user: TerraUser,
        pub version: ::std::string::String,
    }
    impl MenstruationEvent {
        pub fn builder() -> builder::MenstruationEvent {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct MenstruationFlowSample {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub flow: ::std::option::Option<crate::models::MenstruationFlow>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timestamp: ::std::option::Option<::std::string::String>,
    }
    impl MenstruationFlowSample {
        pub fn builder() -> builder::MenstruationFlowSample {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct MenstruationIntervalSample {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub end_timestamp: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub phase: ::std::option::Option<crate::models::MenstruationInterval>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub start_timestamp: ::std::option::Option<::std::string::String>,
    }
    impl MenstruationIntervalSample {
        pub fn builder() -> builder::MenstruationIntervalSample {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct MenstruationMetadata {
        pub end_time: ::std::string::String,
        pub start_time: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timestamp_localization: ::std::option::Option<
            crate::models::TimestampLocalization,
        >,
    }
    impl MenstruationMetadata {
        pub fn builder() -> builder::MenstruationMetadata {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct MetData {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub avg_level: ::std::option::Option<f64>,
        #[serde(
            rename = "MET_samples",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub met_samples: ::std::option::Option<::std::vec::Vec<MetSample>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub num_high_intensity_minutes: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub num_inactive_minutes: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub num_low_intensity_minutes: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub num_moderate_intensity_minutes: ::std::option::Option<f64>,
    }
    impl MetData {
        pub fn builder() -> builder::MetData {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct MetSample {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub level: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timestamp: ::std::option::Option<::std::string::String>,
    }
    impl MetSample {
        pub fn builder() -> builder::MetSample {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct MovementData {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub adjusted_max_speed_meters_per_second: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub avg_cadence_rpm: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub avg_pace_minutes_per_kilometer: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub avg_speed_meters_per_second: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub avg_torque_newton_meters: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub avg_velocity_meters_per_second: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cadence_samples: ::std::option::Option<::std::vec::Vec<CadenceSample>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub max_cadence_rpm: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub max_pace_minutes_per_kilometer: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub max_speed_meters_per_second: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub max_torque_newton_meters: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub max_velocity_meters_per_second: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub normalized_speed_meters_per_second: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub speed_samples: ::std::option::Option<::std::vec::Vec<SpeedSample>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub torque_samples: ::std::option::Option<::std::vec::Vec<TorqueSample>>,
    }
    impl MovementData {
        pub fn builder() -> builder::MovementData {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct Nutrition {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub drink_samples: ::std::option::Option<::std::vec::Vec<DrinkSample>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub meals: ::std::option::Option<::std::vec::Vec<Meal>>,
        pub metadata: NutritionMetadata,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub summary: ::std::option::Option<NutritionSummary>,
    }
    impl Nutrition {
        pub fn builder() -> builder::Nutrition {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct NutritionCollection {
        pub data: ::std::vec::Vec<Nutrition>,
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user: ::std::option::Option<TerraUser>,
    }
    impl NutritionCollection {
        pub fn builder() -> builder::NutritionCollection {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct NutritionEvent {
        pub data: ::std::vec::Vec<Nutrition>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
        pub user: TerraUser,
        pub version: ::std::string::String,
    }
    impl NutritionEvent {
        pub fn builder() -> builder::NutritionEvent {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct NutritionMacros {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub alcohol_g: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub calories: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub carbohydrates_g: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cholesterol_mg: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub fat_g: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub fiber_g: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub net_carbohydrates_g: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub protein_g: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub saturated_fat_g: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sodium_mg: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sugar_g: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub trans_fat_g: ::std::option::Option<f64>,
    }
    impl NutritionMacros {
        pub fn builder() -> builder::NutritionMacros {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct NutritionMetadata {
        pub end_time: ::std::string::String,
        pub start_time: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timestamp_localization: ::std::option::Option<
            crate::models::TimestampLocalization,
        >,
    }
    impl NutritionMetadata {
        pub fn builder() -> builder::NutritionMetadata {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct NutritionMicros {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub biotin_mg: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub caffeine_mg: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub calcium_mg: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub chloride_mg: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub chromium_mg: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub copper_mg: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cystine_g: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub folate_mg: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub folic_acid_mg: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub histidine_g: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub iodine_mg: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub iron_mg: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub isoleucine_g: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub leucine_g: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub lysine_g: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub magnesium_mg: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub manganese_mg: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub methionine_g: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub molybdenum_mg: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub monounsaturated_fat_g: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub niacin_mg: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub omega3_g: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub omega6_g: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub pantothenic_acid_mg: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub phenylalanine_g: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub phosphorus_mg: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub polyunsaturated_fat_g: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub potassium_mg: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub riboflavin_mg: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub selenium_mg: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sodium_mg: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub starch_g: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub thiamin_mg: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub threonine_g: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub tryptophan_g: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub tyrosine_g: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub valine_g: ::std::option::Option<f64>,
        #[serde(
            rename = "vitamin_A_mg",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub vitamin_a_mg: ::std::option::Option<f64>,
        #[serde(
            rename = "vitamin_B12_mg",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub vitamin_b12_mg: ::std::option::Option<f64>,
        #[serde(
            rename = "vitamin_B6_mg",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub vitamin_b6_mg: ::std::option::Option<f64>,
        #[serde(
            rename = "vitamin_C_mg",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub vitamin_c_mg: ::std::option::Option<f64>,
        #[serde(
            rename = "vitamin_D2_mg",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub vitamin_d2_mg: ::std::option::Option<f64>,
        #[serde(
            rename = "vitamin_D3_mg",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub vitamin_d3_mg: ::std::option::Option<f64>,
        #[serde(
            rename = "vitamin_D_mg",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub vitamin_d_mg: ::std::option::Option<f64>,
        #[serde(
            rename = "vitamin_E_mg",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub vitamin_e_mg: ::std::option::Option<f64>,
        #[serde(
            rename = "vitamin_K_mg",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub vitamin_k_mg: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub zinc_mg: ::std::option::Option<f64>,
    }
    impl NutritionMicros {
        pub fn builder() -> builder::NutritionMicros {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct NutritionQuantity {
        pub amount: f64,
        pub unit: crate::models::NutritionUnits,
    }
    impl NutritionQuantity {
        pub fn builder() -> builder::NutritionQuantity {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct NutritionSummary {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub drink_ml: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub macros: ::std::option::Option<NutritionMacros>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub micros: ::std::option::Option<NutritionMicros>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub water_ml: ::std::option::Option<f64>,
    }
    impl NutritionSummary {
        pub fn builder() -> builder::NutritionSummary {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct ObservationCode {
        pub code: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub display: ::std::option::Option<::std::string::String>,
        pub system: ::std::string::String,
    }
    impl ObservationCode {
        pub fn builder() -> builder::ObservationCode {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct ObservationComponent {
        pub code: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub value: ::std::option::Option<ObservationValue>,
    }
    impl ObservationComponent {
        pub fn builder() -> builder::ObservationComponent {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct ObservationValue {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub boolean: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub code: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub quantity: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub text: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub unit: ::std::option::Option<::std::string::String>,
        pub value_type: crate::models::ObservationValueType,
    }
    impl ObservationValue {
        pub fn builder() -> builder::ObservationValue {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct OtherDeviceData {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data_provided: ::std::option::Option<
            ::std::vec::Vec<crate::models::DeviceDataType>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub hardware_version: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_upload_date: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub manufacturer: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub serial_number: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub software_version: ::std::option::Option<::std::string::String>,
    }
    impl OtherDeviceData {
        pub fn builder() -> builder::OtherDeviceData {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct OtherSleepDurations {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub duration_in_bed_seconds: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub duration_unmeasurable_sleep_seconds: ::std::option::Option<f64>,
    }
    impl OtherSleepDurations {
        pub fn builder() -> builder::OtherSleepDurations {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct OxygenData {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub avg_saturation_percentage: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub day_avg_vo2max_ml_per_min_per_kg: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub saturation_samples: ::std::option::Option<
            ::std::vec::Vec<OxygenSaturationSample>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub vo2_samples: ::std::option::Option<::std::vec::Vec<Vo2MaxSample>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub vo2max_ml_per_min_per_kg: ::std::option::Option<f64>,
    }
    impl OxygenData {
        pub fn builder() -> builder::OxygenData {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct OxygenSaturationData {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub avg_saturation_percentage: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub end_time: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub samples: ::std::option::Option<::std::vec::Vec<OxygenSaturationSample>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub start_time: ::std::option::Option<::std::string::String>,
    }
    impl OxygenSaturationData {
        pub fn builder() -> builder::OxygenSaturationData {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct OxygenSaturationSample {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub percentage: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timestamp: ::std::option::Option<::std::string::String>,
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<crate::models::OxygenSaturationType>,
    }
    impl OxygenSaturationSample {
        pub fn builder() -> builder::OxygenSaturationSample {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct PermissionChangeEvent {
        pub message: ::std::string::String,
        pub scopes_added: ::std::string::String,
        pub scopes_removed: ::std::string::String,
        pub status: ::std::string::String,
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
        pub user: TerraUser,
        pub version: ::std::string::String,
    }
    impl PermissionChangeEvent {
        pub fn builder() -> builder::PermissionChangeEvent {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct PlanWorkoutRequest {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ftp: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub max_heart_rate: ::std::option::Option<f64>,
        pub planned_date: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub pool_length_meters: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub threshold_heart_rate: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub threshold_speed: ::std::option::Option<f64>,
    }
    impl PlanWorkoutRequest {
        pub fn builder() -> builder::PlanWorkoutRequest {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct PlanWorkoutResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub coercion_warnings: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub planned_workout_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub provider_workout_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
    }
    impl PlanWorkoutResponse {
        pub fn builder() -> builder::PlanWorkoutResponse {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct PlannedWorkout {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub athlete_metrics: ::std::option::Option<AthleteMetrics>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub coercion_warnings: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_at: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub details: ::std::option::Option<PlannedWorkoutDetails>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_external: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_updated_at: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub planned_date: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub planned_workout_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub provider_workout_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub workout_id: ::std::option::Option<::std::string::String>,
    }
    impl PlannedWorkout {
        pub fn builder() -> builder::PlannedWorkout {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct PlannedWorkoutDetails {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub metadata: ::std::option::Option<PlannedWorkoutDetailsMetadata>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub steps: ::std::option::Option<::std::vec::Vec<PlannedWorkoutDetailsStep>>,
    }
    impl PlannedWorkoutDetails {
        pub fn builder() -> builder::PlannedWorkoutDetails {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct PlannedWorkoutDetailsMetadata {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_date: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub estimated_calories: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub estimated_distance_meters: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub estimated_duration_seconds: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub estimated_elevation_gain_meters: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub estimated_energy_kj: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub estimated_if: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub estimated_speed_meters_per_second: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub estimated_tss: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub planned_date: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub pool_length_meters: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub provider: ::std::option::Option<crate::models::Provider>,
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(deserialize_with = "crate::models::serde_rules::integer")]
        #[serde(default)]
        pub type_: ::std::option::Option<i64>,
    }
    impl PlannedWorkoutDetailsMetadata {
        pub fn builder() -> builder::PlannedWorkoutDetailsMetadata {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct PlannedWorkoutDetailsStep {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub durations: ::std::option::Option<
            ::std::vec::Vec<PlannedWorkoutDetailsStepDuration>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(deserialize_with = "crate::models::serde_rules::integer")]
        #[serde(default)]
        pub equipment_type: ::std::option::Option<::std::vec::Vec<i64>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(deserialize_with = "crate::models::serde_rules::integer")]
        #[serde(default)]
        pub exercise_category: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub exercise_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(deserialize_with = "crate::models::serde_rules::integer")]
        #[serde(default)]
        pub intensity: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(deserialize_with = "crate::models::serde_rules::integer")]
        #[serde(default)]
        pub order: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub steps: ::std::option::Option<::std::vec::Vec<PlannedWorkoutDetailsStep>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(deserialize_with = "crate::models::serde_rules::integer")]
        #[serde(default)]
        pub stroke_type: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub targets: ::std::option::Option<
            ::std::vec::Vec<PlannedWorkoutDetailsStepTarget>,
        >,
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(deserialize_with = "crate::models::serde_rules::integer")]
        #[serde(default)]
        pub type_: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub weight_kg: ::std::option::Option<f64>,
    }
    impl PlannedWorkoutDetailsStep {
        pub fn builder() -> builder::PlannedWorkoutDetailsStep {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct PlannedWorkoutDetailsStepDuration {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub calories: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub distance_meters: ::std::option::Option<f64>,
        #[serde(deserialize_with = "crate::models::serde_rules::integer")]
        pub duration_type: i64,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub hr_above_bpm: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub hr_below_bpm: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub power_above_watts: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub power_below_watts: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reps: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub rest_seconds: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub seconds: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub steps: ::std::option::Option<f64>,
    }
    impl PlannedWorkoutDetailsStepDuration {
        pub fn builder() -> builder::PlannedWorkoutDetailsStepDuration {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct PlannedWorkoutDetailsStepTarget {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cadence: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cadence_high: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cadence_low: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub hr_bpm_high: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub hr_bpm_low: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub hr_percentage: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub hr_percentage_high: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub hr_percentage_low: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub power_percentage: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub power_percentage_high: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub power_percentage_low: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub power_watt: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub power_watt_high: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub power_watt_low: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(deserialize_with = "crate::models::serde_rules::integer")]
        #[serde(default)]
        pub repetitions: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub speed_meters_per_second: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub speed_meters_per_second_high: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub speed_meters_per_second_low: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub speed_percentage: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub speed_percentage_high: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub speed_percentage_low: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub swim_strokes: ::std::option::Option<f64>,
        #[serde(deserialize_with = "crate::models::serde_rules::integer")]
        pub target_type: i64,
    }
    impl PlannedWorkoutDetailsStepTarget {
        pub fn builder() -> builder::PlannedWorkoutDetailsStepTarget {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct PlannedWorkoutEvent {
        pub data: ::std::vec::Vec<PlannedWorkout>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
        pub user: TerraUser,
        pub version: ::std::string::String,
    }
    impl PlannedWorkoutEvent {
        pub fn builder() -> builder::PlannedWorkoutEvent {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct PlannedWorkoutSummary {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub coercion_warnings: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_external: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub planned_date: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub planned_workout_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub provider_workout_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub workout_id: ::std::option::Option<::std::string::String>,
    }
    impl PlannedWorkoutSummary {
        pub fn builder() -> builder::PlannedWorkoutSummary {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct PolylineMapData {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub summary_polyline: ::std::option::Option<::std::string::String>,
    }
    impl PolylineMapData {
        pub fn builder() -> builder::PolylineMapData {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct PositionData {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub center_pos_lat_lng_deg: ::std::option::Option<::std::vec::Vec<f64>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub end_pos_lat_lng_deg: ::std::option::Option<::std::vec::Vec<f64>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub position_samples: ::std::option::Option<::std::vec::Vec<PositionSample>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub start_pos_lat_lng_deg: ::std::option::Option<::std::vec::Vec<f64>>,
    }
    impl PositionData {
        pub fn builder() -> builder::PositionData {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct PositionSample {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub coords_lat_lng_deg: ::std::option::Option<::std::vec::Vec<f64>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timer_duration_seconds: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timestamp: ::std::option::Option<::std::string::String>,
    }
    impl PositionSample {
        pub fn builder() -> builder::PositionSample {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct PowerData {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub avg_watts: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub max_watts: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub power_samples: ::std::option::Option<::std::vec::Vec<PowerSample>>,
    }
    impl PowerData {
        pub fn builder() -> builder::PowerData {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct PowerSample {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timer_duration_seconds: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timestamp: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub watts: ::std::option::Option<f64>,
    }
    impl PowerSample {
        pub fn builder() -> builder::PowerSample {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct Problem {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub detail: ::std::option::Option<::std::string::String>,
        pub instance: ::std::string::String,
        pub title: ::std::string::String,
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
    }
    impl Problem {
        pub fn builder() -> builder::Problem {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct ProvidersResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub providers: ::std::option::Option<::std::vec::Vec<crate::models::Provider>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(alias = "sdk_resource")]
        pub sdk_providers: ::std::option::Option<
            ::std::vec::Vec<crate::models::Provider>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<crate::models::ResponseStatus>,
    }
    impl ProvidersResponse {
        pub fn builder() -> builder::ProvidersResponse {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct PulseVelocitySample {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub pulse_wave_velocity_meters_per_second: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timestamp: ::std::option::Option<::std::string::String>,
    }
    impl PulseVelocitySample {
        pub fn builder() -> builder::PulseVelocitySample {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct RawEcgSample {
        #[serde(
            rename = "potential_uV",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub potential_u_v: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timestamp: ::std::option::Option<::std::string::String>,
    }
    impl RawEcgSample {
        pub fn builder() -> builder::RawEcgSample {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct ReadinessData {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub readiness: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub recovery_level: ::std::option::Option<f64>,
    }
    impl ReadinessData {
        pub fn builder() -> builder::ReadinessData {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    #[serde(transparent)]
    pub struct RecordFloat(pub ::std::collections::HashMap<::std::string::String, f64>);
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct RespirationData {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub breaths_data: ::std::option::Option<BreathsData>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub oxygen_saturation_data: ::std::option::Option<OxygenSaturationData>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub snoring_data: ::std::option::Option<SnoringData>,
    }
    impl RespirationData {
        pub fn builder() -> builder::RespirationData {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct RrIntervalSample {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub hr_bpm: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub rr_interval_ms: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timestamp: ::std::option::Option<::std::string::String>,
    }
    impl RrIntervalSample {
        pub fn builder() -> builder::RrIntervalSample {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct S3PayloadEvent {
        #[serde(deserialize_with = "crate::models::serde_rules::integer")]
        pub expires_in: i64,
        pub status: ::std::string::String,
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
        pub url: ::std::string::String,
    }
    impl S3PayloadEvent {
        pub fn builder() -> builder::S3PayloadEvent {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct ScoresData {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub activity: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub recovery: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sleep: ::std::option::Option<f64>,
    }
    impl ScoresData {
        pub fn builder() -> builder::ScoresData {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct Sleep {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data_enrichment: ::std::option::Option<SleepDataEnrichment>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub device_data: ::std::option::Option<DeviceData>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub heart_rate_data: ::std::option::Option<HeartRateData>,
        pub metadata: SleepMetadata,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub readiness_data: ::std::option::Option<ReadinessData>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub respiration_data: ::std::option::Option<RespirationData>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub scores: ::std::option::Option<SleepScores>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sleep_durations_data: ::std::option::Option<SleepDurationsData>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub temperature_data: ::std::option::Option<SleepTemperatureData>,
    }
    impl Sleep {
        pub fn builder() -> builder::Sleep {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct SleepCollection {
        pub data: ::std::vec::Vec<Sleep>,
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user: ::std::option::Option<TerraUser>,
    }
    impl SleepCollection {
        pub fn builder() -> builder::SleepCollection {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct SleepDataEnrichment {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub readiness_contributors: ::std::option::Option<RecordFloat>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub readiness_score: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub respiratory_score_v2: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub respiratory_score_v2_contributors: ::std::option::Option<RecordFloat>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sleep_contributors: ::std::option::Option<RecordFloat>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sleep_score: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sleep_score_v2: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sleep_score_v2_contributors: ::std::option::Option<RecordFloat>,
    }
    impl SleepDataEnrichment {
        pub fn builder() -> builder::SleepDataEnrichment {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct SleepDurationsData {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub asleep: ::std::option::Option<AsleepDurations>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub awake: ::std::option::Option<AwakeDurations>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub hypnogram_samples: ::std::option::Option<
            ::std::vec::Vec<SleepHypnogramSample>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub other: ::std::option::Option<OtherSleepDurations>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sleep_efficiency: ::std::option::Option<f64>,
    }
    impl SleepDurationsData {
        pub fn builder() -> builder::SleepDurationsData {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct SleepEvent {
        pub data: ::std::vec::Vec<Sleep>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
        pub user: TerraUser,
        pub version: ::std::string::String,
    }
    impl SleepEvent {
        pub fn builder() -> builder::SleepEvent {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct SleepHypnogramSample {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub level: ::std::option::Option<crate::models::SleepLevel>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timestamp: ::std::option::Option<::std::string::String>,
    }
    impl SleepHypnogramSample {
        pub fn builder() -> builder::SleepHypnogramSample {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct SleepMetadata {
        pub end_time: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_nap: ::std::option::Option<bool>,
        pub start_time: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub summary_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timestamp_localization: ::std::option::Option<
            crate::models::TimestampLocalization,
        >,
        pub upload_type: crate::models::SleepUploadType,
    }
    impl SleepMetadata {
        pub fn builder() -> builder::SleepMetadata {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct SleepScores {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sleep: ::std::option::Option<f64>,
    }
    impl SleepScores {
        pub fn builder() -> builder::SleepScores {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct SleepTemperatureData {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub delta: ::std::option::Option<f64>,
    }
    impl SleepTemperatureData {
        pub fn builder() -> builder::SleepTemperatureData {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct SnoringData {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub end_time: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(deserialize_with = "crate::models::serde_rules::integer")]
        #[serde(default)]
        pub num_snoring_events: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub samples: ::std::option::Option<::std::vec::Vec<SnoringSample>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub start_time: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total_snoring_duration_seconds: ::std::option::Option<f64>,
    }
    impl SnoringData {
        pub fn builder() -> builder::SnoringData {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct SnoringSample {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub duration_seconds: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timestamp: ::std::option::Option<::std::string::String>,
    }
    impl SnoringSample {
        pub fn builder() -> builder::SnoringSample {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct SpeedSample {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub speed_meters_per_second: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timer_duration_seconds: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timestamp: ::std::option::Option<::std::string::String>,
    }
    impl SpeedSample {
        pub fn builder() -> builder::SpeedSample {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct StepBlock {
        pub completion_condition: CompletionCondition,
        pub steps: ::std::vec::Vec<WorkoutStep>,
    }
    impl StepBlock {
        pub fn builder() -> builder::StepBlock {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct StepControl {
        #[serde(rename = "type")]
        pub type_: crate::models::StepControlType,
        pub value: f64,
    }
    impl StepControl {
        pub fn builder() -> builder::StepControl {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct StepSample {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub steps: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timer_duration_seconds: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timestamp: ::std::option::Option<::std::string::String>,
    }
    impl StepSample {
        pub fn builder() -> builder::StepSample {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct StrainData {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub strain_level: ::std::option::Option<f64>,
    }
    impl StrainData {
        pub fn builder() -> builder::StrainData {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct StrengthData {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub exercise_category: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub exercise_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub weight: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub weight_display_unit: ::std::option::Option<crate::models::WeightUnit>,
    }
    impl StrengthData {
        pub fn builder() -> builder::StrengthData {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct StressData {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub activity_stress_duration_seconds: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub avg_stress_level: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub body_battery_samples: ::std::option::Option<
            ::std::vec::Vec<BodyBatterySample>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub high_stress_duration_seconds: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub low_stress_duration_seconds: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub max_stress_level: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub medium_stress_duration_seconds: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub rest_stress_duration_seconds: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub samples: ::std::option::Option<::std::vec::Vec<StressSample>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub stress_duration_seconds: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub stress_rating: ::std::option::Option<crate::models::StressLevel>,
    }
    impl StressData {
        pub fn builder() -> builder::StressData {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct StressSample {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub level: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timestamp: ::std::option::Option<::std::string::String>,
    }
    impl StressSample {
        pub fn builder() -> builder::StressSample {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct SubscribedUsers {
        pub users: ::std::vec::Vec<TerraUser>,
    }
    impl SubscribedUsers {
        pub fn builder() -> builder::SubscribedUsers {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct SwimStepData {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub drill_type: ::std::option::Option<crate::models::DrillType>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub equipment: ::std::option::Option<
            ::std::vec::Vec<crate::models::SwimEquipmentType>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub stroke_type: ::std::option::Option<crate::models::SwimStrokeType>,
    }
    impl SwimStepData {
        pub fn builder() -> builder::SwimStepData {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct SwimmingData {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(deserialize_with = "crate::models::serde_rules::integer")]
        #[serde(default)]
        pub num_laps: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(deserialize_with = "crate::models::serde_rules::integer")]
        #[serde(default)]
        pub num_strokes: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(deserialize_with = "crate::models::serde_rules::integer")]
        #[serde(default)]
        pub pool_length_meters: ::std::option::Option<i64>,
    }
    impl SwimmingData {
        pub fn builder() -> builder::SwimmingData {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct TagData {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub tags: ::std::option::Option<::std::vec::Vec<TagEntry>>,
    }
    impl TagData {
        pub fn builder() -> builder::TagData {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct TagEntry {
        pub notes: ::std::string::String,
        pub tag_name: ::std::string::String,
        pub timestamp: ::std::string::String,
    }
    impl TagEntry {
        pub fn builder() -> builder::TagEntry {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct TemperatureData {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ambient_temperature_samples: ::std::option::Option<
            ::std::vec::Vec<TemperatureSample>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub body_temperature_samples: ::std::option::Option<
            ::std::vec::Vec<TemperatureSample>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub day_avg_ambient_temperature_celsius: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub day_avg_body_temperature_celsius: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub day_avg_skin_temperature_celsius: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub skin_temperature_samples: ::std::option::Option<
            ::std::vec::Vec<TemperatureSample>,
        >,
    }
    impl TemperatureData {
        pub fn builder() -> builder::TemperatureData {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct TemperatureSample {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub temperature_celsius: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timestamp: ::std::option::Option<::std::string::String>,
    }
    impl TemperatureSample {
        pub fn builder() -> builder::TemperatureSample {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct TerraUser {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub active: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_at: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_webhook_update: ::std::option::Option<::std::string::String>,
        pub provider: crate::models::Provider,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reference_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub scopes: ::std::option::Option<::std::string::String>,
        pub user_id: ::std::string::String,
    }
    impl TerraUser {
        pub fn builder() -> builder::TerraUser {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct TorqueSample {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timer_duration_seconds: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timestamp: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub torque_newton_meters: ::std::option::Option<f64>,
    }
    impl TorqueSample {
        pub fn builder() -> builder::TorqueSample {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct TssData {
        #[serde(
            rename = "TSS_samples",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub tss_samples: ::std::option::Option<::std::vec::Vec<TssSample>>,
    }
    impl TssData {
        pub fn builder() -> builder::TssData {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct TssSample {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub actual: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub intensity_factor_actual: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub intensity_factor_planned: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub method: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub normalized_power_watts: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub planned: ::std::option::Option<f64>,
    }
    impl TssSample {
        pub fn builder() -> builder::TssSample {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct UpdatePlannedWorkoutRequest {
        pub planned_date: ::std::string::String,
    }
    impl UpdatePlannedWorkoutRequest {
        pub fn builder() -> builder::UpdatePlannedWorkoutRequest {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct UserInfo {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_authenticated: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<crate::models::ResponseStatus>,
        pub user: UserInfoUser,
    }
    impl UserInfo {
        pub fn builder() -> builder::UserInfo {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct UserInfoUser {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub active: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_at: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_polled_at: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_webhook_update: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub most_recent_data_at: ::std::option::Option<::std::string::String>,
        pub provider: crate::models::Provider,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reference_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub scopes: ::std::option::Option<::std::string::String>,
        pub user_id: ::std::string::String,
    }
    impl UserInfoUser {
        pub fn builder() -> builder::UserInfoUser {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct UserReauthEvent {
        pub message: ::std::string::String,
        pub new_user: TerraUser,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub old_user: ::std::option::Option<TerraUser>,
        pub status: ::std::string::String,
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub version: ::std::option::Option<::std::string::String>,
    }
    impl UserReauthEvent {
        pub fn builder() -> builder::UserReauthEvent {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct UsersPage {
        pub data: UsersPageData,
    }
    impl UsersPage {
        pub fn builder() -> builder::UsersPage {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct UsersPageData {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(deserialize_with = "crate::models::serde_rules::integer")]
        #[serde(default)]
        pub max_page: ::std::option::Option<i64>,
        #[serde(deserialize_with = "crate::models::serde_rules::integer")]
        pub next: ::std::option::Option<i64>,
        pub results: ::std::vec::Vec<TerraUser>,
    }
    impl UsersPageData {
        pub fn builder() -> builder::UsersPageData {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct Vo2MaxSample {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timestamp: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub vo2max_ml_per_min_per_kg: ::std::option::Option<f64>,
    }
    impl Vo2MaxSample {
        pub fn builder() -> builder::Vo2MaxSample {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct WebhookEvent {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
    }
    impl WebhookEvent {
        pub fn builder() -> builder::WebhookEvent {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct WidgetSessionParams {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub auth_failure_redirect_url: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub auth_success_redirect_url: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub language: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub providers: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reference_id: ::std::option::Option<::std::string::String>,
    }
    impl WidgetSessionParams {
        pub fn builder() -> builder::WidgetSessionParams {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, PartialEq)]
    pub struct WorkData {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub work_kilojoules: ::std::option::Option<f64>,
    }
    impl WorkData {
        pub fn builder() -> builder::WorkData {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct WorkoutStep {
        pub completion_condition: CompletionCondition,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub controls: ::std::option::Option<::std::vec::Vec<StepControl>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub intensity_targets: ::std::option::Option<::std::vec::Vec<IntensityTarget>>,
        pub intensity_type: crate::models::WorkoutStepIntensity,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub notes: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub strength: ::std::option::Option<StrengthData>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub swimming: ::std::option::Option<SwimStepData>,
    }
    impl WorkoutStep {
        pub fn builder() -> builder::WorkoutStep {}
    }
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]
    pub struct WorkoutTemplate {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub environment: ::std::option::Option<crate::models::EnvironmentType>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub estimated_calories: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub estimated_distance_meters: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub estimated_duration_seconds: ::std::option::Option<f64>,
        pub name: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub pool_length_meters: ::std::option::Option<f64>,
        pub sport: crate::models::WorkoutSport,
        pub step_blocks: ::std::vec::Vec<StepBlock>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub workout_id: ::std::option::Option<::std::string::String>,
    }
    impl WorkoutTemplate {
        pub fn builder() -> builder::WorkoutTemplate {}
    }
}
#[derive(Clone, Debug)]
pub struct Client {}
impl Client {
    pub fn new(baseurl: &str, inner: crate::transport::Exchange) -> Self {}
    pub fn new_with_client(
        baseurl: &str,
        client: reqwest::Client,
        inner: crate::transport::Exchange,
    ) -> Self {}
}
impl Client {
    pub fn authentication_authenticate_user(
        &self,
    ) -> builder::AuthenticationAuthenticateUser<'_> {}
    pub fn authentication_generate_widget_session(
        &self,
    ) -> builder::AuthenticationGenerateWidgetSession<'_> {}
    pub fn authentication_deauthenticate_user(
        &self,
    ) -> builder::AuthenticationDeauthenticateUser<'_> {}
    pub fn authentication_generate_auth_token(
        &self,
    ) -> builder::AuthenticationGenerateAuthToken<'_> {}
    pub fn activity_get(&self) -> builder::ActivityGet<'_> {}
    pub fn athlete_get(&self) -> builder::AthleteGet<'_> {}
    pub fn body_get(&self) -> builder::BodyGet<'_> {}
    pub fn daily_get(&self) -> builder::DailyGet<'_> {}
    pub fn menstruation_get(&self) -> builder::MenstruationGet<'_> {}
    pub fn nutrition_get(&self) -> builder::NutritionGet<'_> {}
    pub fn sleep_get(&self) -> builder::SleepGet<'_> {}
    pub fn workouts_list_workouts(&self) -> builder::WorkoutsListWorkouts<'_> {}
    pub fn workouts_create_workout(&self) -> builder::WorkoutsCreateWorkout<'_> {}
    pub fn workouts_get_workout(&self) -> builder::WorkoutsGetWorkout<'_> {}
    pub fn workouts_delete_workout(&self) -> builder::WorkoutsDeleteWorkout<'_> {}
    pub fn workouts_plan_workout(&self) -> builder::WorkoutsPlanWorkout<'_> {}
    pub fn workouts_list_planned_workouts(
        &self,
    ) -> builder::WorkoutsListPlannedWorkouts<'_> {}
    pub fn workouts_get_planned_workout(
        &self,
    ) -> builder::WorkoutsGetPlannedWorkout<'_> {}
    pub fn workouts_delete_planned_workout(
        &self,
    ) -> builder::WorkoutsDeletePlannedWorkout<'_> {}
    pub fn workouts_update_planned_workout(
        &self,
    ) -> builder::WorkoutsUpdatePlannedWorkout<'_> {}
    pub fn user_get(&self) -> builder::UserGet<'_> {}
    pub fn user_list(&self) -> builder::UserList<'_> {}
    pub fn user_batch_get(&self) -> builder::UserBatchGet<'_> {}
    pub fn integrations_list(&self) -> builder::IntegrationsList<'_> {}
    pub fn integrations_list_detailed(&self) -> builder::IntegrationsListDetailed<'_> {}
    pub fn lab_reports_list(&self) -> builder::LabReportsList<'_> {}
    pub fn lab_reports_get(&self) -> builder::LabReportsGet<'_> {}
    pub fn lab_reports_delete(&self) -> builder::LabReportsDelete<'_> {}
    pub fn lab_reports_list_deliveries(&self) -> builder::LabReportsListDeliveries<'_> {}
    pub fn lab_reports_list_files(&self) -> builder::LabReportsListFiles<'_> {}
    pub fn generate_widget_session(&self) -> builder::GenerateWidgetSession<'_> {}
}
pub mod builder {
    #[derive(Debug, Clone)]
    pub struct AuthenticationAuthenticateUser<'a> {}
    impl<'a> AuthenticationAuthenticateUser<'a> {
        pub fn new(client: &'a super::Client) -> Self {}
        pub fn resource<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {}
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AuthenticateUserRequest>,
            <V as std::convert::TryInto<
                types::AuthenticateUserRequest,
            >>::Error: std::fmt::Display,
        {}
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::AuthenticateUserRequest,
            ) -> types::builder::AuthenticateUserRequest,
        {}
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::AuthenticateUserResponse>, Error<ByteStream>> {}
    }
    #[derive(Debug, Clone)]
    pub struct AuthenticationGenerateWidgetSession<'a> {}
    impl<'a> AuthenticationGenerateWidgetSession<'a> {
        pub fn new(client: &'a super::Client) -> Self {}
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::WidgetSessionParams>,
            <V as std::convert::TryInto<
                types::WidgetSessionParams,
            >>::Error: std::fmt::Display,
        {}
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::WidgetSessionParams,
            ) -> types::builder::WidgetSessionParams,
        {}
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::GenerateWidgetSessionResponse>,
            Error<ByteStream>,
        > {}
    }
    #[derive(Debug, Clone)]
    pub struct AuthenticationDeauthenticateUser<'a> {}
    impl<'a> AuthenticationDeauthenticateUser<'a> {
        pub fn new(client: &'a super::Client) -> Self {}
        pub fn user_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {}
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::DeauthenticateUserResponse>,
            Error<ByteStream>,
        > {}
    }
    #[derive(Debug, Clone)]
    pub struct AuthenticationGenerateAuthToken<'a> {}
    impl<'a> AuthenticationGenerateAuthToken<'a> {
        pub fn new(client: &'a super::Client) -> Self {}
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::GenerateAuthTokenResponse>, Error<ByteStream>> {}
    }
    #[derive(Debug, Clone)]
    pub struct ActivityGet<'a> {}
    impl<'a> ActivityGet<'a> {
        pub fn new(client: &'a super::Client) -> Self {}
        pub fn end_date<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::models::DateOrTimestamp>,
        {}
        pub fn start_date<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::models::DateOrTimestamp>,
        {}
        pub fn to_webhook<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {}
        pub fn user_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {}
        pub fn with_samples<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {}
        pub async fn send(
            self,
        ) -> Result<ResponseValue<crate::call::Deferred>, Error<ByteStream>> {}
    }
    #[derive(Debug, Clone)]
    pub struct AthleteGet<'a> {}
    impl<'a> AthleteGet<'a> {
        pub fn new(client: &'a super::Client) -> Self {}
        pub fn to_webhook<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {}
        pub fn user_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {}
        pub async fn send(
            self,
        ) -> Result<ResponseValue<crate::call::Deferred>, Error<ByteStream>> {}
    }
    #[derive(Debug, Clone)]
    pub struct BodyGet<'a> {}
    impl<'a> BodyGet<'a> {
        pub fn new(client: &'a super::Client) -> Self {}
        pub fn end_date<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::models::DateOrTimestamp>,
        {}
        pub fn start_date<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::models::DateOrTimestamp>,
        {}
        pub fn to_webhook<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {}
        pub fn user_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {}
        pub fn with_samples<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {}
        pub async fn send(
            self,
        ) -> Result<ResponseValue<crate::call::Deferred>, Error<ByteStream>> {}
    }
    #[derive(Debug, Clone)]
    pub struct DailyGet<'a> {}
    impl<'a> DailyGet<'a> {
        pub fn new(client: &'a super::Client) -> Self {}
        pub fn end_date<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::models::DateOrTimestamp>,
        {}
        pub fn start_date<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::models::DateOrTimestamp>,
        {}
        pub fn to_webhook<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {}
        pub fn user_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {}
        pub fn with_samples<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {}
        pub async fn send(
            self,
        ) -> Result<ResponseValue<crate::call::Deferred>, Error<ByteStream>> {}
    }
    #[derive(Debug, Clone)]
    pub struct MenstruationGet<'a> {}
    impl<'a> MenstruationGet<'a> {
        pub fn new(client: &'a super::Client) -> Self {}
        pub fn end_date<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::models::DateOrTimestamp>,
        {}
        pub fn start_date<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::models::DateOrTimestamp>,
        {}
        pub fn to_webhook<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {}
        pub fn user_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {}
        pub fn with_samples<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {}
        pub async fn send(
            self,
        ) -> Result<ResponseValue<crate::call::Deferred>, Error<ByteStream>> {}
    }
    #[derive(Debug, Clone)]
    pub struct NutritionGet<'a> {}
    impl<'a> NutritionGet<'a> {
        pub fn new(client: &'a super::Client) -> Self {}
        pub fn end_date<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::models::DateOrTimestamp>,
        {}
        pub fn start_date<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::models::DateOrTimestamp>,
        {}
        pub fn to_webhook<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {}
        pub fn user_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {}
        pub fn with_samples<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {}
        pub async fn send(
            self,
        ) -> Result<ResponseValue<crate::call::Deferred>, Error<ByteStream>> {}
    }
    #[derive(Debug, Clone)]
    pub struct SleepGet<'a> {}
    impl<'a> SleepGet<'a> {
        pub fn new(client: &'a super::Client) -> Self {}
        pub fn end_date<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::models::DateOrTimestamp>,
        {}
        pub fn start_date<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::models::DateOrTimestamp>,
        {}
        pub fn to_webhook<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {}
        pub fn user_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {}
        pub fn with_samples<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {}
        pub async fn send(
            self,
        ) -> Result<ResponseValue<crate::call::Deferred>, Error<ByteStream>> {}
    }
    #[derive(Debug, Clone)]
    pub struct WorkoutsListWorkouts<'a> {}
    impl<'a> WorkoutsListWorkouts<'a> {
        pub fn new(client: &'a super::Client) -> Self {}
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::std::vec::Vec<types::WorkoutTemplate>>,
            Error<ByteStream>,
        > {}
    }
    #[derive(Debug, Clone)]
    pub struct WorkoutsCreateWorkout<'a> {}
    impl<'a> WorkoutsCreateWorkout<'a> {
        pub fn new(client: &'a super::Client) -> Self {}
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::WorkoutTemplate>,
            <V as std::convert::TryInto<
                types::WorkoutTemplate,
            >>::Error: std::fmt::Display,
        {}
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::WorkoutTemplate,
            ) -> types::builder::WorkoutTemplate,
        {}
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::CreateWorkoutResponse>, Error<ByteStream>> {}
    }
    #[derive(Debug, Clone)]
    pub struct WorkoutsGetWorkout<'a> {}
    impl<'a> WorkoutsGetWorkout<'a> {
        pub fn new(client: &'a super::Client) -> Self {}
        pub fn workout_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {}
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::WorkoutTemplate>, Error<ByteStream>> {}
    }
    #[derive(Debug, Clone)]
    pub struct WorkoutsDeleteWorkout<'a> {}
    impl<'a> WorkoutsDeleteWorkout<'a> {
        pub fn new(client: &'a super::Client) -> Self {}
        pub fn workout_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {}
        pub async fn send(self) -> Result<ResponseValue<()>, Error<ByteStream>> {}
    }
    #[derive(Debug, Clone)]
    pub struct WorkoutsPlanWorkout<'a> {}
    impl<'a> WorkoutsPlanWorkout<'a> {
        pub fn new(client: &'a super::Client) -> Self {}
        pub fn workout_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {}
        pub fn user_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {}
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::PlanWorkoutRequest>,
            <V as std::convert::TryInto<
                types::PlanWorkoutRequest,
            >>::Error: std::fmt::Display,
        {}
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::PlanWorkoutRequest,
            ) -> types::builder::PlanWorkoutRequest,
        {}
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::PlanWorkoutResponse>, Error<ByteStream>> {}
    }
    #[derive(Debug, Clone)]
    pub struct WorkoutsListPlannedWorkouts<'a> {}
    impl<'a> WorkoutsListPlannedWorkouts<'a> {
        pub fn new(client: &'a super::Client) -> Self {}
        pub fn end_date<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {}
        pub fn start_date<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {}
        pub fn user_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {}
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::std::vec::Vec<types::PlannedWorkout>>,
            Error<ByteStream>,
        > {}
    }
    #[derive(Debug, Clone)]
    pub struct WorkoutsGetPlannedWorkout<'a> {}
    impl<'a> WorkoutsGetPlannedWorkout<'a> {
        pub fn new(client: &'a super::Client) -> Self {}
        pub fn planned_workout_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {}
        pub fn user_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {}
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::PlannedWorkoutSummary>, Error<ByteStream>> {}
    }
    #[derive(Debug, Clone)]
    pub struct WorkoutsDeletePlannedWorkout<'a> {}
    impl<'a> WorkoutsDeletePlannedWorkout<'a> {
        pub fn new(client: &'a super::Client) -> Self {}
        pub fn planned_workout_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {}
        pub fn user_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {}
        pub async fn send(self) -> Result<ResponseValue<()>, Error<ByteStream>> {}
    }
    #[derive(Debug, Clone)]
    pub struct WorkoutsUpdatePlannedWorkout<'a> {}
    impl<'a> WorkoutsUpdatePlannedWorkout<'a> {
        pub fn new(client: &'a super::Client) -> Self {}
        pub fn planned_workout_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {}
        pub fn user_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {}
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdatePlannedWorkoutRequest>,
            <V as std::convert::TryInto<
                types::UpdatePlannedWorkoutRequest,
            >>::Error: std::fmt::Display,
        {}
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdatePlannedWorkoutRequest,
            ) -> types::builder::UpdatePlannedWorkoutRequest,
        {}
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::PlannedWorkoutSummary>, Error<ByteStream>> {}
    }
    #[derive(Debug, Clone)]
    pub struct UserGet<'a> {}
    impl<'a> UserGet<'a> {
        pub fn new(client: &'a super::Client) -> Self {}
        pub fn reference_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {}
        pub fn user_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {}
        pub async fn send(
            self,
        ) -> Result<ResponseValue<crate::call::Deferred>, Error<ByteStream>> {}
    }
    #[derive(Debug, Clone)]
    pub struct UserList<'a> {}
    impl<'a> UserList<'a> {
        pub fn new(client: &'a super::Client) -> Self {}
        pub fn page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {}
        pub fn per_page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {}
        pub async fn send(
            self,
        ) -> Result<ResponseValue<crate::call::Deferred>, Error<ByteStream>> {}
    }
    #[derive(Debug, Clone)]
    pub struct UserBatchGet<'a> {}
    impl<'a> UserBatchGet<'a> {
        pub fn new(client: &'a super::Client) -> Self {}
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
        {}
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::std::vec::Vec<types::TerraUser>>,
            Error<ByteStream>,
        > {}
    }
    #[derive(Debug, Clone)]
    pub struct IntegrationsList<'a> {}
    impl<'a> IntegrationsList<'a> {
        pub fn new(client: &'a super::Client) -> Self {}
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ProvidersResponse>, Error<()>> {}
    }
    #[derive(Debug, Clone)]
    pub struct IntegrationsListDetailed<'a> {}
    impl<'a> IntegrationsListDetailed<'a> {
        pub fn new(client: &'a super::Client) -> Self {}
        pub fn sdk<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {}
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::IntegrationsResponse>, Error<()>> {}
    }
    #[derive(Debug, Clone)]
    pub struct LabReportsList<'a> {}
    impl<'a> LabReportsList<'a> {
        pub fn new(client: &'a super::Client) -> Self {}
        pub fn reference_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {}
        pub fn report_date_from<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {}
        pub fn report_date_to<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {}
        pub fn upload_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {}
        pub fn uploaded_at_from<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {}
        pub fn uploaded_at_to<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {}
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::LabReportListResponse>, Error<ByteStream>> {}
    }
    #[derive(Debug, Clone)]
    pub struct LabReportsGet<'a> {}
    impl<'a> LabReportsGet<'a> {
        pub fn new(client: &'a super::Client) -> Self {}
        pub fn session_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {}
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::LabReportSession>, Error<ByteStream>> {}
    }
    #[derive(Debug, Clone)]
    pub struct LabReportsDelete<'a> {}
    impl<'a> LabReportsDelete<'a> {
        pub fn new(client: &'a super::Client) -> Self {}
        pub fn session_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {}
        pub async fn send(self) -> Result<ResponseValue<()>, Error<ByteStream>> {}
    }
    #[derive(Debug, Clone)]
    pub struct LabReportsListDeliveries<'a> {}
    impl<'a> LabReportsListDeliveries<'a> {
        pub fn new(client: &'a super::Client) -> Self {}
        pub fn session_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {}
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::LabReportDeliveriesResponse>,
            Error<ByteStream>,
        > {}
    }
    #[derive(Debug, Clone)]
    pub struct LabReportsListFiles<'a> {}
    impl<'a> LabReportsListFiles<'a> {
        pub fn new(client: &'a super::Client) -> Self {}
        pub fn session_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {}
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::LabReportFilesResponse>, Error<ByteStream>> {}
    }
    #[derive(Debug, Clone)]
    pub struct GenerateWidgetSession<'a> {}
    impl<'a> GenerateWidgetSession<'a> {
        pub fn new(client: &'a super::Client) -> Self {}
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::WidgetSessionParams>,
            <V as std::convert::TryInto<
                types::WidgetSessionParams,
            >>::Error: std::fmt::Display,
        {}
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::WidgetSessionParams,
            ) -> types::builder::WidgetSessionParams,
        {}
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::GenerateWidgetSessionResponse>,
            Error<ByteStream>,
        > {}
    }
}

// Open enums
models::Provider: open enum of String, unknown values in Provider::Other
models::Provider::Apple = "APPLE"
models::Provider::Biostrap = "BIOSTRAP"
models::Provider::BrytonSport = "BRYTONSPORT"
models::Provider::Cardiomood = "CARDIOMOOD"
models::Provider::Clue = "CLUE"
models::Provider::Concept2 = "CONCEPT2"
models::Provider::Coros = "COROS"
models::Provider::Cronometer = "CRONOMETER"
models::Provider::CyclingAnalytics = "CYCLINGANALYTICS"
models::Provider::Dexcom = "DEXCOM"
models::Provider::EatThisMuch = "EATTHISMUCH"
models::Provider::Eight = "EIGHT"
models::Provider::FatSecret = "FATSECRET"
models::Provider::FinalSurge = "FINALSURGE"
models::Provider::Fitbit = "FITBIT"
models::Provider::FreestyleLibre = "FREESTYLELIBRE"
models::Provider::FreestyleLibreSdk = "FREESTYLELIBRESDK"
models::Provider::Garmin = "GARMIN"
models::Provider::Google = "GOOGLE"
models::Provider::GoogleFit = "GOOGLEFIT"
models::Provider::Hammerhead = "HAMMERHEAD"
models::Provider::HealthGauge = "HEALTHGAUGE"
models::Provider::Huawei = "HUAWEI"
models::Provider::Ifit = "IFIT"
models::Provider::InBody = "INBODY"
models::Provider::KetoMojoEu = "KETOMOJOEU"
models::Provider::KetoMojoUs = "KETOMOJOUS"
models::Provider::Komoot = "KOMOOT"
models::Provider::Lezyne = "LEZYNE"
models::Provider::LiveRowing = "LIVEROWING"
models::Provider::MacrosFirst = "MACROSFIRST"
models::Provider::Moxy = "MOXY"
models::Provider::Nolio = "NOLIO"
models::Provider::Nutracheck = "NUTRACHECK"
models::Provider::Omron = "OMRON"
models::Provider::OmronUs = "OMRONUS"
models::Provider::Oura = "OURA"
models::Provider::Peloton = "PELOTON"
models::Provider::Polar = "POLAR"
models::Provider::Pul = "PUL"
models::Provider::Realtime = "REALTIME"
models::Provider::Renpho = "RENPHO"
models::Provider::RideWithGps = "RIDEWITHGPS"
models::Provider::Rouvy = "ROUVY"
models::Provider::Samsung = "SAMSUNG"
models::Provider::Strava = "STRAVA"
models::Provider::Suunto = "SUUNTO"
models::Provider::Technogym = "TECHNOGYM"
models::Provider::Tempo = "TEMPO"
models::Provider::TodaysPlan = "TODAYSPLAN"
models::Provider::TrainAsOne = "TRAINASONE"
models::Provider::TrainerRoad = "TRAINERROAD"
models::Provider::TrainingPeaks = "TRAININGPEAKS"
models::Provider::TrainXhale = "TRAINXHALE"
models::Provider::Tredict = "TREDICT"
models::Provider::TriDot = "TRIDOT"
models::Provider::UnderArmour = "UNDERARMOUR"
models::Provider::VeloHero = "VELOHERO"
models::Provider::VirtuaGym = "VIRTUAGYM"
models::Provider::Wahoo = "WAHOO"
models::Provider::WearOs = "WEAROS"
models::Provider::Wger = "WGER"
models::Provider::Whoop = "WHOOP"
models::Provider::Withings = "WITHINGS"
models::Provider::Xert = "XERT"
models::Provider::Xoss = "XOSS"
models::Provider::Zwift = "ZWIFT"
models::ResponseStatus: open enum of String, unknown values in ResponseStatus::Other
models::ResponseStatus::Success = "success"
models::ResponseStatus::Error = "error"
models::ActivityLevel: open enum of i64, unknown values in ActivityLevel::Unknown
models::ActivityLevel::Undetermined = 0
models::ActivityLevel::Rest = 1
models::ActivityLevel::Inactive = 2
models::ActivityLevel::LowIntensity = 3
models::ActivityLevel::MediumIntensity = 4
models::ActivityLevel::HighIntensity = 5
models::DeviceDataType: open enum of String, unknown values in DeviceDataType::Other
models::DeviceDataType::Steps = "STEPS"
models::DeviceDataType::ActiveMinutes = "ACTIVE_MINUTES"
models::DeviceDataType::BasalMetabolicRate = "BMR"
models::DeviceDataType::Calories = "CALORIES"
models::DeviceDataType::Distance = "DISTANCE"
models::DeviceDataType::HeartRate = "HEART_RATE"
models::DeviceDataType::OxygenSaturation = "OXYGEN_SATURATION"
models::DeviceDataType::SleepClassification = "SLEEP_TYPE"
models::DeviceDataType::Speed = "SPEED"
models::DeviceDataType::Cadence = "CADENCE"
models::HeartRateContext: open enum of i64, unknown values in HeartRateContext::Unknown
models::HeartRateContext::NotSet = 0
models::HeartRateContext::Active = 1
models::HeartRateContext::NotActive = 2
models::HeartRateZone: open enum of i64, unknown values in HeartRateZone::Unknown
models::HeartRateZone::Zone0 = 0
models::HeartRateZone::Zone1 = 1
models::HeartRateZone::Zone2 = 2
models::HeartRateZone::Zone3 = 3
models::HeartRateZone::Zone4 = 4
models::HeartRateZone::Zone5 = 5
models::HeartRateZone::OtherZone = 6
models::TimestampLocalization: open enum of i64, unknown values in TimestampLocalization::Unknown
models::TimestampLocalization::Utc = 0
models::TimestampLocalization::Local = 1
models::ActivityType: open enum of i64, unknown values in ActivityType::Unknown
models::ActivityType::InVehicle = 0
models::ActivityType::Biking = 1
models::ActivityType::Still = 3
models::ActivityType::Undetermined = 4
models::ActivityType::Tilting = 5
models::ActivityType::Walking = 7
models::ActivityType::Running = 8
models::ActivityType::Aerobics = 9
models::ActivityType::Badminton = 10
models::ActivityType::Baseball = 11
models::ActivityType::Basketball = 12
models::ActivityType::Biathlon = 13
models::ActivityType::HandBiking = 14
models::ActivityType::MountainBiking = 15
models::ActivityType::RoadBiking = 16
models::ActivityType::Spinning = 17
models::ActivityType::StationaryBiking = 18
models::ActivityType::UtilityBiking = 19
models::ActivityType::Boxing = 20
models::ActivityType::Calisthenics = 21
models::ActivityType::CircuitTraining = 22
models::ActivityType::Cricket = 23
models::ActivityType::Dancing = 24
models::ActivityType::Elliptical = 25
models::ActivityType::Fencing = 26
models::ActivityType::AmericanFootball = 27
models::ActivityType::AustralianFootball = 28
models::ActivityType::EnglishFootball = 29
models::ActivityType::Frisbee = 30
models::ActivityType::Gardening = 31
models::ActivityType::Golf = 32
models::ActivityType::Gymnastics = 33
models::ActivityType::Handball = 34
models::ActivityType::Hiking = 35
models::ActivityType::Hockey = 36
models::ActivityType::HorsebackRiding = 37
models::ActivityType::Housework = 38
models::ActivityType::JumpingRope = 39
models::ActivityType::Kayaking = 40
models::ActivityType::KettlebellTraining = 41
models::ActivityType::Kickboxing = 42
models::ActivityType::Kitesurfing = 43
models::ActivityType::MartialArts = 44
models::ActivityType::Meditation = 45
models::ActivityType::MixedMartialArts = 46
models::ActivityType::P90xExercises = 47
models::ActivityType::Paragliding = 48
models::ActivityType::Pilates = 49
models::ActivityType::Polo = 50
models::ActivityType::Racquetball = 51
models::ActivityType::RockClimbing = 52
models::ActivityType::Rowing = 53
models::ActivityType::RowingMachine = 54
models::ActivityType::Rugby = 55
models::ActivityType::Jogging = 56
models::ActivityType::RunningOnSand = 57
models::ActivityType::TreadmillRunning = 58
models::ActivityType::Sailing = 59
models::ActivityType::ScubaDiving = 60
models::ActivityType::Skateboarding = 61
models::ActivityType::Skating = 62
models::ActivityType::CrossSkating = 63
models::ActivityType::IndoorRollerblading = 64
models::ActivityType::Skiing = 65
models::ActivityType::BackCountrySkiing = 66
models::ActivityType::CrossCountrySkiing = 67
models::ActivityType::DownhillSkiing = 68
models::ActivityType::KiteSkiing = 69
models::ActivityType::RollerSkiing = 70
models::ActivityType::Sledding = 71
models::ActivityType::Snowboarding = 73
models::ActivityType::Snowmobile = 74
models::ActivityType::Snowshoeing = 75
models::ActivityType::Squash = 76
models::ActivityType::StairClimbing = 77
models::ActivityType::StairClimbingMachine = 78
models::ActivityType::StandUpPaddleboarding = 79
models::ActivityType::StrengthTraining = 80
models::ActivityType::Surfing = 81
models::ActivityType::Swimming = 82
models::ActivityType::SwimmingInPool = 83
models::ActivityType::OpenWaterSwimming = 84
models::ActivityType::TableTennis = 85
models::ActivityType::TeamSports = 86
models::ActivityType::Tennis = 87
models::ActivityType::Treadmill = 88
models::ActivityType::Volleyball = 89
models::ActivityType::BeachVolleyball = 90
models::ActivityType::IndoorVolleyball = 91
models::ActivityType::Wakeboarding = 92
models::ActivityType::WalkingForFitness = 93
models::ActivityType::NordicWalking = 94
models::ActivityType::TreadmillWalking = 95
models::ActivityType::WaterPolo = 96
models::ActivityType::Weightlifting = 97
models::ActivityType::Wheelchair = 98
models::ActivityType::Windsurfing = 99
models::ActivityType::Yoga = 100
models::ActivityType::Zumba = 101
models::ActivityType::Diving = 102
models::ActivityType::Ergometer = 103
models::ActivityType::IceSkating = 104
models::ActivityType::IndoorSkating = 105
models::ActivityType::Curling = 106
models::ActivityType::Other = 108
models::ActivityType::Crossfit = 113
models::ActivityType::Hiit = 114
models::ActivityType::IntervalTraining = 115
models::ActivityType::WalkingWithStroller = 116
models::ActivityType::Elevator = 117
models::ActivityType::Escalator = 118
models::ActivityType::Archery = 119
models::ActivityType::Softball = 120
models::ActivityType::GuidedBreathing = 122
models::ActivityType::CardioTraining = 123
models::ActivityType::Lacrosse = 124
models::ActivityType::Stretching = 125
models::ActivityType::Triathlon = 126
models::ActivityType::InlineSkating = 127
models::ActivityType::SkyDiving = 128
models::ActivityType::Paddling = 129
models::ActivityType::Mountaineering = 130
models::ActivityType::Fishing = 131
models::ActivityType::WaterSkiing = 132
models::ActivityType::IndoorRunning = 133
models::ActivityType::PadelTennis = 134
models::ActivityType::Driving = 135
models::ActivityType::OffRoadDriving = 136
models::ActivityType::Motorbiking = 137
models::ActivityType::MotorRacing = 138
models::ActivityType::Enduro = 139
models::ActivityType::Canoeing = 140
models::ActivityType::Orienteering = 141
models::ActivityType::HangGliding = 142
models::ActivityType::Flying = 143
models::ActivityType::HotAirBallooning = 144
models::ActivityType::JetSkiing = 145
models::ActivityType::PowerBoating = 146
models::ActivityType::GaelicFootball = 147
models::ActivityType::Hurling = 148
models::ActivityType::TrailRunning = 149
models::ActivityType::GravelCycling = 150
models::ActivityType::Multisport = 151
models::ActivityType::EBiking = 152
models::ActivityType::EMountainBiking = 153
models::ActivityType::PhysicalTherapy = 154
models::UploadType: open enum of i64, unknown values in UploadType::Unknown
models::UploadType::Undetermined = 0
models::UploadType::Automatic = 1
models::UploadType::Manual = 2
models::UploadType::Update = 3
models::UploadType::Delete = 4
models::UploadType::Pending = 5
models::UploadType::ThirdPartyUpload = 6
models::OxygenSaturationType: open enum of i64, unknown values in OxygenSaturationType::Unknown
models::OxygenSaturationType::Blood = 0
models::OxygenSaturationType::Muscle = 1
models::AFibFlag: open enum of i64, unknown values in AFibFlag::Unknown
models::AFibFlag::Negative = 0
models::AFibFlag::Positive = 1
models::AFibFlag::Inconclusive = 2
models::KetoneSampleType: open enum of i64, unknown values in KetoneSampleType::Unknown
models::KetoneSampleType::Undetermined = 0
models::KetoneSampleType::Blood = 1
models::KetoneSampleType::Urine = 2
models::KetoneSampleType::Breath = 3
models::GlucoseFlag: open enum of i64, unknown values in GlucoseFlag::Unknown
models::GlucoseFlag::Normal = 0
models::GlucoseFlag::High = 1
models::GlucoseFlag::Low = 2
models::TrendArrow: open enum of i64, unknown values in TrendArrow::Unknown
models::TrendArrow::Undetermined = 0
models::TrendArrow::FallingQuickly = 1
models::TrendArrow::Falling = 2
models::TrendArrow::Flat = 3
models::TrendArrow::Rising = 4
models::TrendArrow::RisingQuickly = 5
models::StressLevel: open enum of i64, unknown values in StressLevel::Unknown
models::StressLevel::Undetermined = 0
models::StressLevel::Rest = 1
models::StressLevel::Low = 2
models::StressLevel::Medium = 3
models::StressLevel::High = 4
models::MenstruationInterval: open enum of i64, unknown values in MenstruationInterval::Unknown
models::MenstruationInterval::Undetermined = 0
models::MenstruationInterval::Period = 1
models::MenstruationInterval::Follicular = 2
models::MenstruationInterval::FertileWindow = 3
models::MenstruationInterval::Ovulation = 4
models::MenstruationInterval::Luteal = 5
models::MenstruationInterval::Pms = 6
models::MenstruationInterval::FirstTrimester = 7
models::MenstruationInterval::SecondTrimester = 8
models::MenstruationInterval::ThirdTrimester = 9
models::MenstruationFlow: open enum of i64, unknown values in MenstruationFlow::Unknown
models::MenstruationFlow::Undetermined = 0
models::MenstruationFlow::None = 1
models::MenstruationFlow::Light = 2
models::MenstruationFlow::Medium = 3
models::MenstruationFlow::Heavy = 4
models::MenstruationFlow::Had = 5
models::NutritionUnits: open enum of i64, unknown values in NutritionUnits::Unknown
models::NutritionUnits::Undetermined = 0
models::NutritionUnits::Gram = 1
models::NutritionUnits::Teaspoon = 2
models::NutritionUnits::Tablespoon = 3
models::NutritionUnits::Cup = 4
models::NutritionUnits::MediumEgg = 5
models::NutritionUnits::LargeEgg = 6
models::NutritionUnits::SmallEgg = 7
models::NutritionUnits::Milliliter = 8
models::NutritionUnits::Ounce = 9
models::NutritionUnits::Count = 10
models::NutritionUnits::Scoop = 11
models::NutritionUnits::FluidOunce = 12
models::MealType: open enum of i64, unknown values in MealType::Unknown
models::MealType::Undetermined = 0
models::MealType::Breakfast = 1
models::MealType::MorningSnack = 2
models::MealType::Lunch = 3
models::MealType::AfternoonSnack = 4
models::MealType::Dinner = 5
models::MealType::Snack = 6
models::SleepUploadType: open enum of i64, unknown values in SleepUploadType::Unknown
models::SleepUploadType::Undetermined = 0
models::SleepUploadType::Manual = 1
models::SleepUploadType::Automatic = 2
models::SleepUploadType::Tentative = 3
models::SleepUploadType::Indeterminate = 4
models::SleepLevel: open enum of i64, unknown values in SleepLevel::Unknown
models::SleepLevel::Undetermined = 0
models::SleepLevel::Awake = 1
models::SleepLevel::Sleeping = 2
models::SleepLevel::OutOfBed = 3
models::SleepLevel::LightSleep = 4
models::SleepLevel::DeepSleep = 5
models::SleepLevel::RemSleep = 6
models::WorkoutSport: open enum of String, unknown values in WorkoutSport::Other
models::WorkoutSport::Running = "running"
models::WorkoutSport::Cycling = "cycling"
models::WorkoutSport::Swimming = "swimming"
models::WorkoutSport::Strength = "strength"
models::WorkoutSport::Rowing = "rowing"
models::WorkoutSport::Yoga = "yoga"
models::WorkoutSport::Pilates = "pilates"
models::WorkoutSport::Cardio = "cardio"
models::WorkoutSport::TrailRunning = "trail_running"
models::WorkoutSport::MountainBiking = "mountain_biking"
models::WorkoutSport::BackcountrySkiing = "backcountry_skiing"
models::WorkoutSport::Hiking = "hiking"
models::WorkoutSport::Walking = "walking"
models::WorkoutSport::Elliptical = "elliptical"
models::WorkoutSport::StairClimbing = "stair_climbing"
models::EnvironmentType: open enum of String, unknown values in EnvironmentType::Other
models::EnvironmentType::Indoor = "indoor"
models::EnvironmentType::Outdoor = "outdoor"
models::EnvironmentType::Pool = "pool"
models::CompletionConditionType: open enum of String, unknown values in CompletionConditionType::Other
models::CompletionConditionType::Time = "time"
models::CompletionConditionType::Distance = "distance"
models::CompletionConditionType::Hr = "hr"
models::CompletionConditionType::Calories = "calories"
models::CompletionConditionType::Open = "open"
models::CompletionConditionType::Power = "power"
models::CompletionConditionType::Reps = "reps"
models::CompletionConditionType::HrPercentage = "hr_percentage"
models::CompletionConditionType::PowerPercentage = "power_percentage"
models::CompletionConditionType::HrLessThan = "hr_less_than"
models::CompletionConditionType::HrGreaterThan = "hr_greater_than"
models::WorkoutStepTargetType: open enum of String, unknown values in WorkoutStepTargetType::Other
models::WorkoutStepTargetType::Speed = "speed"
models::WorkoutStepTargetType::HeartRate = "heart_rate"
models::WorkoutStepTargetType::Open = "open"
models::WorkoutStepTargetType::Cadence = "cadence"
models::WorkoutStepTargetType::Power = "power"
models::WorkoutStepTargetType::SwimStroke = "swim_stroke"
models::WorkoutStepTargetType::SpeedLap = "speed_lap"
models::WorkoutStepTargetType::HeartRateLap = "heart_rate_lap"
models::WorkoutStepTargetType::Pace = "pace"
models::WorkoutStepTargetType::HeartRateThresholdPercentage = "heart_rate_threshold_percentage"
models::WorkoutStepTargetType::HeartRateMaxPercentage = "heart_rate_max_percentage"
models::WorkoutStepIntensity: open enum of String, unknown values in WorkoutStepIntensity::Other
models::WorkoutStepIntensity::Rest = "rest"
models::WorkoutStepIntensity::Warmup = "warmup"
models::WorkoutStepIntensity::Cooldown = "cooldown"
models::WorkoutStepIntensity::Recovery = "recovery"
models::WorkoutStepIntensity::Active = "active"
models::StepControlType: open enum of String, unknown values in StepControlType::Other
models::StepControlType::Grade = "grade"
models::StepControlType::Resistance = "resistance"
models::WeightUnit: open enum of String, unknown values in WeightUnit::Other
models::WeightUnit::Kg = "kg"
models::WeightUnit::Lbs = "lbs"
models::SwimStrokeType: open enum of String, unknown values in SwimStrokeType::Other
models::SwimStrokeType::Backstroke = "backstroke"
models::SwimStrokeType::Breaststroke = "breaststroke"
models::SwimStrokeType::Drill = "drill"
models::SwimStrokeType::Butterfly = "butterfly"
models::SwimStrokeType::Freestyle = "freestyle"
models::SwimStrokeType::Mixed = "mixed"
models::SwimStrokeType::Im = "im"
models::DrillType: open enum of String, unknown values in DrillType::Other
models::DrillType::Kick = "kick"
models::DrillType::Pull = "pull"
models::DrillType::Drill = "drill"
models::SwimEquipmentType: open enum of String, unknown values in SwimEquipmentType::Other
models::SwimEquipmentType::None = "none"
models::SwimEquipmentType::SwimFins = "swim_fins"
models::SwimEquipmentType::SwimKickboard = "swim_kickboard"
models::SwimEquipmentType::SwimPaddles = "swim_paddles"
models::SwimEquipmentType::SwimPullBuoy = "swim_pull_buoy"
models::SwimEquipmentType::SwimSnorkel = "swim_snorkel"
models::HealthObservationCategory: open enum of i64, unknown values in HealthObservationCategory::Unknown
models::HealthObservationCategory::Unspecified = 0
models::HealthObservationCategory::Symptom = 1
models::HealthObservationCategory::ReproductiveHealth = 2
models::HealthObservationCategory::SelfCare = 3
models::HealthObservationCategory::Medication = 4
models::HealthObservationCategory::LabHealthMetrics = 5
models::HealthObservationCategory::StateOfMind = 6
models::HealthObservationCategory::DeviceEvent = 7
models::HealthObservationCategory::Clinical = 8
models::ObservationValueType: open enum of i64, unknown values in ObservationValueType::Unknown
models::ObservationValueType::None = 0
models::ObservationValueType::Quantity = 1
models::ObservationValueType::Boolean = 2
models::ObservationValueType::String = 3
models::ObservationValueType::Code = 4
models::ObservationSeverity: open enum of i64, unknown values in ObservationSeverity::Unknown
models::ObservationSeverity::Unspecified = 0
models::ObservationSeverity::NotPresent = 1
models::ObservationSeverity::Mild = 2
models::ObservationSeverity::Moderate = 3
models::ObservationSeverity::Severe = 4
models::ObservationStatus: open enum of i64, unknown values in ObservationStatus::Unknown
models::ObservationStatus::Unspecified = 0
models::ObservationStatus::Final = 1
models::ObservationStatus::Amended = 2
models::ObservationStatus::EnteredInError = 3
