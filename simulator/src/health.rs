//! Simulated health data: one user's records for one day, deterministic in (user, day), shaped
//! like Terra's models. Samples are only included when asked for, as Terra does.

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use serde_json::{Value, json};

/// A small deterministic generator (SplitMix64) seeded from the user, the day and the kind.
pub(crate) struct Rng(u64);

impl Rng {
    pub(crate) fn new(user_id: &str, day: NaiveDate, kind: &str) -> Self {
        let mut seed = 0xcbf2_9ce4_8422_2325u64; // FNV-1a over the inputs
        for byte in user_id
            .bytes()
            .chain(day.to_string().bytes())
            .chain(kind.bytes())
        {
            seed = (seed ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
        }
        Rng(seed)
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `[low, high)`.
    fn float(&mut self, low: f64, high: f64) -> f64 {
        low + (self.next() >> 11) as f64 / (1u64 << 53) as f64 * (high - low)
    }

    fn int(&mut self, low: i64, high: i64) -> i64 {
        low + (self.next() % (high - low).max(1) as u64) as i64
    }

    fn chance(&mut self, p: f64) -> bool {
        self.float(0.0, 1.0) < p
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.next() as usize % items.len()]
    }
}

/// Terra's timestamp format: microseconds and an offset.
pub(crate) fn timestamp(time: DateTime<Utc>) -> String {
    time.format("%Y-%m-%dT%H:%M:%S%.6f+00:00").to_string()
}

fn at(day: NaiveDate, seconds: i64) -> DateTime<Utc> {
    Utc.from_utc_datetime(&day.and_hms_opt(0, 0, 0).expect("midnight exists"))
        + Duration::seconds(seconds)
}

fn round(value: f64, places: i32) -> f64 {
    let factor = 10f64.powi(places);
    (value * factor).round() / factor
}

/// `(ActivityType value, name, typical speed m/s, has GPS)`.
const SPORTS: &[(i64, &str, f64, bool)] = &[
    (8, "Morning Run", 3.1, true),
    (1, "Afternoon Ride", 7.5, true),
    (7, "Lunch Walk", 1.4, true),
    (82, "Pool Swim", 0.9, false),
    (80, "Strength Session", 0.0, false),
    (100, "Yoga", 0.0, false),
];

/// The user's activities on `day` (none on rest days).
pub(crate) fn activities(user_id: &str, day: NaiveDate, samples: bool) -> Vec<Value> {
    let mut rng = Rng::new(user_id, day, "activity");
    if !rng.chance(0.7) {
        return Vec::new();
    }
    let &(sport, name, speed, gps) = rng.pick(SPORTS);
    let start = at(day, rng.int(6 * 3600, 19 * 3600));
    let seconds = rng.int(25 * 60, 95 * 60);
    let end = start + Duration::seconds(seconds);
    let avg_hr = rng.float(118.0, 158.0);
    let distance = speed * seconds as f64 * rng.float(0.85, 1.05);
    let steps = if matches!(sport, 7 | 8) {
        (distance / 0.95) as i64
    } else {
        0
    };
    let calories = seconds as f64 / 60.0 * rng.float(6.0, 12.0);
    let (lat, lng) = (
        51.5 + rng.float(-0.05, 0.05),
        -0.12 + rng.float(-0.05, 0.05),
    );

    let mut hr_samples = Vec::new();
    let mut distance_samples = Vec::new();
    let mut position_samples = Vec::new();
    if samples {
        for t in (0..=seconds).step_by(10) {
            let time = timestamp(start + Duration::seconds(t));
            let warmup = (t as f64 / 300.0).min(1.0);
            let bpm = (avg_hr * (0.75 + 0.25 * warmup) + rng.float(-4.0, 4.0)).round();
            hr_samples.push(json!({"timestamp": time, "bpm": bpm, "timer_duration_seconds": t}));
            distance_samples.push(json!({
                "timestamp": time,
                "distance_meters": round(distance * t as f64 / seconds as f64, 1),
                "timer_duration_seconds": t,
            }));
            if gps {
                let progress = t as f64 / seconds as f64;
                position_samples.push(json!({
                    "timestamp": time,
                    "coords_lat_lng_deg": [round(lat + 0.01 * progress.sin(), 6), round(lng + 0.01 * progress, 6)],
                    "timer_duration_seconds": t,
                }));
            }
        }
    }

    vec![json!({
        "metadata": {
            "name": name,
            "type": sport,
            "upload_type": 1,
            "start_time": timestamp(start),
            "end_time": timestamp(end),
            "summary_id": format!("{}-{}", &user_id[..8], start.timestamp()),
            "timestamp_localization": 0,
            "city": if gps { json!("London") } else { Value::Null },
            "country": if gps { json!("GB") } else { Value::Null },
            "state": null,
        },
        "active_durations_data": {
            "activity_seconds": seconds,
            "rest_seconds": rng.int(0, 300),
            "vigorous_intensity_seconds": seconds / 3,
            "moderate_intensity_seconds": seconds / 2,
            "low_intensity_seconds": seconds / 6,
            "activity_levels_samples": [],
        },
        "calories_data": {
            "total_burned_calories": round(calories * 1.2, 1),
            "net_activity_calories": round(calories, 1),
            "BMR_calories": round(calories * 0.2, 1),
            "calorie_samples": [],
        },
        "device_data": {
            "name": "Forerunner 965",
            "manufacturer": "Garmin",
            "software_version": "19.18",
            "activation_timestamp": null,
            "other_devices": [],
        },
        "distance_data": {
            "summary": {
                "distance_meters": round(distance, 1),
                "steps": steps,
                "floors_climbed": null,
                "elevation": {"gain_actual_meters": round(rng.float(0.0, 120.0), 1), "loss_actual_meters": null},
            },
            "detailed": {
                "distance_samples": distance_samples,
                "step_samples": [],
                "elevation_samples": [],
                "floors_climbed_samples": [],
            },
        },
        "heart_rate_data": {
            "summary": {
                "avg_hr_bpm": round(avg_hr, 0),
                "max_hr_bpm": round(avg_hr + rng.float(15.0, 30.0), 0),
                "min_hr_bpm": round(avg_hr - rng.float(30.0, 45.0), 0),
                "resting_hr_bpm": rng.int(48, 62),
                "user_max_hr_bpm": 188,
                "avg_hrv_rmssd": null,
                "hr_zone_data": [
                    {"zone": 1, "name": "Easy", "start_percentage": 50, "end_percentage": 60, "duration_seconds": seconds / 5},
                    {"zone": 2, "name": "Moderate", "start_percentage": 60, "end_percentage": 70, "duration_seconds": seconds / 3},
                    {"zone": 3, "name": "Hard", "start_percentage": 70, "end_percentage": 80, "duration_seconds": seconds / 3},
                ],
            },
            "detailed": {"hr_samples": hr_samples, "hrv_samples_rmssd": [], "hrv_samples_sdnn": []},
        },
        "movement_data": {
            "avg_speed_meters_per_second": round(distance / seconds as f64, 2),
            "max_speed_meters_per_second": round(distance / seconds as f64 * 1.4, 2),
            "avg_cadence_rpm": if steps > 0 { json!(round(rng.float(150.0, 175.0), 0)) } else { Value::Null },
            "speed_samples": [],
            "cadence_samples": [],
        },
        "position_data": if gps {
            json!({
                "start_pos_lat_lng_deg": [round(lat, 6), round(lng, 6)],
                "end_pos_lat_lng_deg": [round(lat, 6), round(lng + 0.01, 6)],
                "center_pos_lat_lng_deg": [round(lat, 6), round(lng + 0.005, 6)],
                "position_samples": position_samples,
            })
        } else {
            Value::Null
        },
        "MET_data": {"avg_level": round(rng.float(5.0, 11.0), 1), "MET_samples": []},
        "TSS_data": null,
        "lap_data": {"laps": []},
        "cheat_detection": null,
    })]
}

/// The night that ends on the morning of `day`.
pub(crate) fn sleep(user_id: &str, day: NaiveDate, samples: bool) -> Vec<Value> {
    let mut rng = Rng::new(user_id, day, "sleep");
    let start = at(day, -rng.int(30 * 60, 150 * 60)); // 21:30–23:30 the evening before
    let seconds = rng.int(6 * 3600, 9 * 3600);
    let end = start + Duration::seconds(seconds);
    let deep = seconds as f64 * rng.float(0.13, 0.22);
    let rem = seconds as f64 * rng.float(0.18, 0.25);
    let awake = seconds as f64 * rng.float(0.04, 0.1);
    let light = seconds as f64 - deep - rem - awake;
    let hypnogram: Vec<Value> = if samples {
        (0..seconds)
            .step_by(300)
            .map(|t| {
                let level = *rng.pick(&[1, 4, 4, 5, 6]);
                json!({"timestamp": timestamp(start + Duration::seconds(t)), "level": level})
            })
            .collect()
    } else {
        Vec::new()
    };
    vec![json!({
        "metadata": {
            "start_time": timestamp(start),
            "end_time": timestamp(end),
            "upload_type": 2,
            "is_nap": false,
            "summary_id": format!("sleep-{}-{}", &user_id[..8], day),
            "timestamp_localization": 0,
        },
        "sleep_durations_data": {
            "asleep": {
                "duration_asleep_state_seconds": round(deep + rem + light, 0),
                "duration_deep_sleep_state_seconds": round(deep, 0),
                "duration_light_sleep_state_seconds": round(light, 0),
                "duration_REM_sleep_state_seconds": round(rem, 0),
                "num_REM_events": rng.int(3, 6),
            },
            "awake": {
                "duration_awake_state_seconds": round(awake, 0),
                "num_wakeup_events": rng.int(1, 6),
                "sleep_latency_seconds": rng.int(120, 1200),
                "wake_up_latency_seconds": null,
            },
            "sleep_efficiency": round((seconds as f64 - awake) / seconds as f64, 3),
            "hypnogram_samples": hypnogram,
        },
        "heart_rate_data": {
            "summary": {"avg_hr_bpm": rng.int(50, 62), "min_hr_bpm": rng.int(42, 50), "resting_hr_bpm": rng.int(44, 56), "avg_hrv_rmssd": round(rng.float(30.0, 80.0), 1)},
            "detailed": {"hr_samples": [], "hrv_samples_rmssd": [], "hrv_samples_sdnn": []},
        },
        "respiration_data": {
            "breaths_data": {"avg_breaths_per_min": round(rng.float(12.0, 16.0), 1), "samples": []},
            "oxygen_saturation_data": {"avg_saturation_percentage": round(rng.float(94.0, 98.0), 1), "samples": []},
        },
        "readiness_data": {"readiness": rng.int(55, 95), "recovery_level": rng.int(1, 6)},
        "scores": {"sleep": rng.int(60, 95)},
        "temperature_data": {"delta": round(rng.float(-0.5, 0.5), 2)},
    })]
}

/// The day's summary.
pub(crate) fn daily(user_id: &str, day: NaiveDate, samples: bool) -> Vec<Value> {
    let mut rng = Rng::new(user_id, day, "daily");
    let steps = rng.int(3_000, 16_000);
    let stress_samples: Vec<Value> = if samples {
        (8..22)
            .map(|h| json!({"timestamp": timestamp(at(day, h * 3600)), "level": rng.int(5, 80)}))
            .collect()
    } else {
        Vec::new()
    };
    vec![json!({
        "metadata": {
            "start_time": timestamp(at(day, 0)),
            "end_time": timestamp(at(day, 86_399)),
            "upload_type": 1,
            "timestamp_localization": 0,
        },
        "distance_data": {
            "steps": steps,
            "distance_meters": round(steps as f64 * 0.78, 1),
            "floors_climbed": rng.int(0, 25),
            "elevation": {"gain_actual_meters": round(rng.float(0.0, 80.0), 1)},
            "detailed": {"step_samples": [], "distance_samples": [], "elevation_samples": [], "floors_climbed_samples": []},
        },
        "calories_data": {
            "total_burned_calories": round(rng.float(1900.0, 3100.0), 0),
            "net_activity_calories": round(rng.float(300.0, 1100.0), 0),
            "BMR_calories": round(rng.float(1500.0, 1800.0), 0),
            "calorie_samples": [],
        },
        "heart_rate_data": {
            "summary": {"avg_hr_bpm": rng.int(62, 80), "max_hr_bpm": rng.int(120, 175), "min_hr_bpm": rng.int(44, 55), "resting_hr_bpm": rng.int(46, 60)},
            "detailed": {"hr_samples": [], "hrv_samples_rmssd": [], "hrv_samples_sdnn": []},
        },
        "active_durations_data": {
            "activity_seconds": rng.int(1800, 9000),
            "inactivity_seconds": rng.int(20_000, 40_000),
            "low_intensity_seconds": rng.int(3000, 12_000),
            "moderate_intensity_seconds": rng.int(600, 3600),
            "vigorous_intensity_seconds": rng.int(0, 2400),
            "activity_levels_samples": [],
        },
        "stress_data": {
            "avg_stress_level": rng.int(20, 45),
            "max_stress_level": rng.int(60, 95),
            "samples": stress_samples,
            "body_battery_samples": [],
        },
        "oxygen_data": {"avg_saturation_percentage": round(rng.float(94.0, 99.0), 1), "saturation_samples": [], "vo2_samples": []},
        "scores": {"activity": rng.int(40, 100), "recovery": rng.int(30, 100), "sleep": rng.int(50, 100)},
        "MET_data": {"avg_level": round(rng.float(1.2, 2.4), 2), "MET_samples": []},
        "tag_data": {"tags": []},
        "device_data": {"name": "Forerunner 965", "manufacturer": "Garmin", "other_devices": []},
    })]
}

/// Body measurements, on the days there are any.
pub(crate) fn body(user_id: &str, day: NaiveDate, samples: bool) -> Vec<Value> {
    let mut rng = Rng::new(user_id, day, "body");
    if !rng.chance(0.6) {
        return Vec::new();
    }
    let morning = at(day, rng.int(6 * 3600, 9 * 3600));
    let weight = round(rng.float(58.0, 92.0), 1);
    let systolic = rng.int(108, 135);
    let glucose: Vec<Value> = if samples {
        (0..96)
            .map(|i| {
                json!({
                    "timestamp": timestamp(at(day, i * 900)),
                    "blood_glucose_mg_per_dL": round(rng.float(78.0, 140.0), 0),
                    "glucose_level_flag": 0,
                    "trend_arrow": rng.int(2, 5),
                })
            })
            .collect()
    } else {
        Vec::new()
    };
    vec![json!({
        "metadata": {"start_time": timestamp(at(day, 0)), "end_time": timestamp(at(day, 86_399)), "timestamp_localization": 0},
        "measurements_data": {
            "measurements": [{"measurement_time": timestamp(morning), "weight_kg": weight, "bodyfat_percentage": round(rng.float(12.0, 30.0), 1), "BMI": round(weight / 1.75 / 1.75, 1)}],
            "day_avg_weight_kg": weight,
        },
        "blood_pressure_data": {
            "blood_pressure_samples": [{"timestamp": timestamp(morning), "systolic_bp": systolic, "diastolic_bp": systolic - rng.int(35, 50)}],
        },
        "glucose_data": {
            "day_avg_blood_glucose_mg_per_dL": round(rng.float(85.0, 115.0), 1),
            "blood_glucose_samples": glucose,
            "detailed_blood_glucose_samples": [],
        },
        "temperature_data": {
            "day_avg_body_temperature_celsius": round(rng.float(36.3, 37.1), 2),
            "body_temperature_samples": [],
            "skin_temperature_samples": [],
            "ambient_temperature_samples": [],
        },
        "heart_data": {"heart_rate_data": {"summary": {"resting_hr_bpm": rng.int(46, 60)}}, "afib_classification_samples": [], "rr_interval_samples": [], "pulse_wave_velocity_samples": [], "ecg_signal": []},
        "hydration_data": {"day_total_water_consumption_ml": rng.int(800, 3000)},
        "oxygen_data": {"avg_saturation_percentage": round(rng.float(95.0, 99.0), 1), "saturation_samples": [], "vo2_samples": []},
        "ketone_data": {"ketone_samples": []},
        "device_data": {"name": "Body+", "manufacturer": "Withings", "other_devices": []},
    })]
}

/// Cycle tracking for the day.
pub(crate) fn menstruation(user_id: &str, day: NaiveDate, _samples: bool) -> Vec<Value> {
    let mut rng = Rng::new(
        user_id,
        NaiveDate::from_ymd_opt(2000, 1, 1).expect("valid"),
        "cycle",
    );
    let cycle = rng.int(26, 32);
    let day_in_cycle = day
        .signed_duration_since(NaiveDate::from_ymd_opt(2024, 1, 1).expect("valid"))
        .num_days()
        .rem_euclid(cycle)
        + 1;
    let phase = match day_in_cycle {
        1..=5 => 1,
        6..=12 => 2,
        13..=15 => 3,
        16 => 4,
        _ => 5,
    };
    vec![json!({
        "metadata": {"start_time": timestamp(at(day, 0)), "end_time": timestamp(at(day, 86_399)), "timestamp_localization": 0},
        "menstruation_data": {
            "cycle_length_days": cycle,
            "day_in_cycle": day_in_cycle,
            "current_phase": phase,
            "period_length_days": 5,
            "predicted_cycle_length_days": cycle,
            "is_predicted_cycle": false,
            "days_until_next_phase": null,
            "menstruation_flow": if phase == 1 {
                json!([{"timestamp": timestamp(at(day, 8 * 3600)), "flow": rng.int(2, 5)}])
            } else {
                json!([])
            },
            "intervals": [],
        },
    })]
}

/// The day's food log.
pub(crate) fn nutrition(user_id: &str, day: NaiveDate, _samples: bool) -> Vec<Value> {
    let mut rng = Rng::new(user_id, day, "nutrition");
    let meals: Vec<Value> = [(1, "Porridge with berries", 8), (3, "Chicken salad", 13), (5, "Salmon and rice", 19)]
        .iter()
        .enumerate()
        .map(|(i, &(kind, name, hour))| {
            let calories = rng.float(350.0, 750.0);
            json!({
                "id": format!("meal-{}-{day}-{i}", &user_id[..8]),
                "name": name,
                "type": kind,
                "timestamp": timestamp(at(day, hour * 3600)),
                "quantity": {"amount": 1, "unit": 10},
                "macros": {"calories": round(calories, 0), "protein_g": round(calories * 0.06, 1), "carbohydrates_g": round(calories * 0.11, 1), "fat_g": round(calories * 0.035, 1), "fiber_g": round(rng.float(2.0, 9.0), 1)},
                "micros": {"vitamin_C_mg": round(rng.float(5.0, 60.0), 1), "iron_mg": round(rng.float(1.0, 6.0), 1)},
            })
        })
        .collect();
    vec![json!({
        "metadata": {"start_time": timestamp(at(day, 0)), "end_time": timestamp(at(day, 86_399)), "timestamp_localization": 0},
        "summary": {"macros": {"calories": 1650}, "micros": {}, "water_ml": rng.int(800, 2500), "drink_ml": rng.int(200, 900)},
        "meals": meals,
        "drink_samples": [{"timestamp": timestamp(at(day, 10 * 3600)), "drink_volume": 250, "drink_unit": 8, "drink_name": "Coffee"}],
    })]
}

/// The user's profile at the provider.
pub(crate) fn athlete(user_id: &str, index: usize) -> Value {
    let first = ["Alex", "Sam", "Jordan", "Taylor", "Morgan", "Riley"][index % 6];
    let sex = ["female", "male"][index % 2];
    json!({
        "first_name": first,
        "last_name": "Example",
        "gender": null,
        "sex": sex,
        "age": 28 + (index % 30) as i64,
        "date_of_birth": format!("{}-04-12", 1996 - (index % 30) as i64),
        "city": "London",
        "state": null,
        "country": "GB",
        "bio": null,
        "email": format!("{}@example.com", first.to_lowercase()),
        "account_creation_date": "2021-09-01T10:00:00.000000+00:00",
        "provider_user_id": format!("p-{}", &user_id[..8]),
    })
}
