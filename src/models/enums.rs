//! Open enums for the value sets Terra controls. Each one is plugged into the generated models
//! by `x-tryterra-rust-type` in `openapi/terra.yaml`; values this crate does not know decode into
//! `Unknown(i64)` / `Other(String)` and are re-encoded unchanged.
//!
//! Values and names come from Terra's published spec; `tools/enum_variants.py` lists them from it,
//! for comparing when Terra adds values. Known values that Terra itself calls "Unknown" are named
//! `Undetermined`, so `Unknown(_)` always means "not known to this crate".

use super::open_enum::{open_int_enum, open_string_enum};

open_int_enum! {
    /// How intense movement was during an interval.
    pub enum ActivityLevel {
        Undetermined = 0,
        Rest = 1,
        Inactive = 2,
        LowIntensity = 3,
        MediumIntensity = 4,
        HighIntensity = 5,
    }
}

open_string_enum! {
    /// A kind of data a device contributed.
    pub enum DeviceDataType {
        Steps = "STEPS",
        ActiveMinutes = "ACTIVE_MINUTES",
        BasalMetabolicRate = "BMR",
        Calories = "CALORIES",
        Distance = "DISTANCE",
        HeartRate = "HEART_RATE",
        OxygenSaturation = "OXYGEN_SATURATION",
        SleepClassification = "SLEEP_TYPE",
        Speed = "SPEED",
        Cadence = "CADENCE",
    }
}

open_int_enum! {
    /// Whether a heart-rate reading was taken during activity.
    pub enum HeartRateContext {
        NotSet = 0,
        Active = 1,
        NotActive = 2,
    }
}

open_int_enum! {
    /// The kind of activity or sport (Terra's numbering, with gaps).
    pub enum ActivityType {
        InVehicle = 0,
        Biking = 1,
        Still = 3,
        Undetermined = 4,
        Tilting = 5,
        Walking = 7,
        Running = 8,
        Aerobics = 9,
        Badminton = 10,
        Baseball = 11,
        Basketball = 12,
        Biathlon = 13,
        HandBiking = 14,
        MountainBiking = 15,
        RoadBiking = 16,
        Spinning = 17,
        StationaryBiking = 18,
        UtilityBiking = 19,
        Boxing = 20,
        Calisthenics = 21,
        CircuitTraining = 22,
        Cricket = 23,
        Dancing = 24,
        Elliptical = 25,
        Fencing = 26,
        AmericanFootball = 27,
        AustralianFootball = 28,
        EnglishFootball = 29,
        Frisbee = 30,
        Gardening = 31,
        Golf = 32,
        Gymnastics = 33,
        Handball = 34,
        Hiking = 35,
        Hockey = 36,
        HorsebackRiding = 37,
        Housework = 38,
        JumpingRope = 39,
        Kayaking = 40,
        KettlebellTraining = 41,
        Kickboxing = 42,
        Kitesurfing = 43,
        MartialArts = 44,
        Meditation = 45,
        MixedMartialArts = 46,
        P90xExercises = 47,
        Paragliding = 48,
        Pilates = 49,
        Polo = 50,
        Racquetball = 51,
        RockClimbing = 52,
        Rowing = 53,
        RowingMachine = 54,
        Rugby = 55,
        Jogging = 56,
        RunningOnSand = 57,
        TreadmillRunning = 58,
        Sailing = 59,
        ScubaDiving = 60,
        Skateboarding = 61,
        Skating = 62,
        CrossSkating = 63,
        IndoorRollerblading = 64,
        Skiing = 65,
        BackCountrySkiing = 66,
        CrossCountrySkiing = 67,
        DownhillSkiing = 68,
        KiteSkiing = 69,
        RollerSkiing = 70,
        Sledding = 71,
        Snowboarding = 73,
        Snowmobile = 74,
        Snowshoeing = 75,
        Squash = 76,
        StairClimbing = 77,
        StairClimbingMachine = 78,
        StandUpPaddleboarding = 79,
        StrengthTraining = 80,
        Surfing = 81,
        Swimming = 82,
        SwimmingInPool = 83,
        OpenWaterSwimming = 84,
        TableTennis = 85,
        TeamSports = 86,
        Tennis = 87,
        Treadmill = 88,
        Volleyball = 89,
        BeachVolleyball = 90,
        IndoorVolleyball = 91,
        Wakeboarding = 92,
        WalkingForFitness = 93,
        NordicWalking = 94,
        TreadmillWalking = 95,
        WaterPolo = 96,
        Weightlifting = 97,
        Wheelchair = 98,
        Windsurfing = 99,
        Yoga = 100,
        Zumba = 101,
        Diving = 102,
        Ergometer = 103,
        IceSkating = 104,
        IndoorSkating = 105,
        Curling = 106,
        Other = 108,
        Crossfit = 113,
        Hiit = 114,
        IntervalTraining = 115,
        WalkingWithStroller = 116,
        Elevator = 117,
        Escalator = 118,
        Archery = 119,
        Softball = 120,
        GuidedBreathing = 122,
        CardioTraining = 123,
        Lacrosse = 124,
        Stretching = 125,
        Triathlon = 126,
        InlineSkating = 127,
        SkyDiving = 128,
        Paddling = 129,
        Mountaineering = 130,
        Fishing = 131,
        WaterSkiing = 132,
        IndoorRunning = 133,
        PadelTennis = 134,
        Driving = 135,
        OffRoadDriving = 136,
        Motorbiking = 137,
        MotorRacing = 138,
        Enduro = 139,
        Canoeing = 140,
        Orienteering = 141,
        HangGliding = 142,
        Flying = 143,
        HotAirBallooning = 144,
        JetSkiing = 145,
        PowerBoating = 146,
        GaelicFootball = 147,
        Hurling = 148,
        TrailRunning = 149,
        GravelCycling = 150,
        Multisport = 151,
        EBiking = 152,
        EMountainBiking = 153,
        PhysicalTherapy = 154,
    }
}

open_int_enum! {
    /// How an activity reached the provider.
    pub enum UploadType {
        Undetermined = 0,
        Automatic = 1,
        Manual = 2,
        Update = 3,
        Delete = 4,
        Pending = 5,
        ThirdPartyUpload = 6,
    }
}

open_int_enum! {
    /// Where oxygen saturation was measured.
    pub enum OxygenSaturationType {
        Blood = 0,
        Muscle = 1,
    }
}

open_int_enum! {
    /// Result of an atrial-fibrillation classification.
    pub enum AFibFlag {
        Negative = 0,
        Positive = 1,
        Inconclusive = 2,
    }
}

open_int_enum! {
    /// What a ketone reading was measured in.
    pub enum KetoneSampleType {
        Undetermined = 0,
        Blood = 1,
        Urine = 2,
        Breath = 3,
    }
}

open_int_enum! {
    /// Whether a glucose reading is in range.
    pub enum GlucoseFlag {
        Normal = 0,
        High = 1,
        Low = 2,
    }
}

open_int_enum! {
    /// The direction a continuous glucose monitor says levels are moving.
    pub enum TrendArrow {
        Undetermined = 0,
        FallingQuickly = 1,
        Falling = 2,
        Flat = 3,
        Rising = 4,
        RisingQuickly = 5,
    }
}

open_int_enum! {
    /// A stress classification for an interval.
    pub enum StressLevel {
        Undetermined = 0,
        Rest = 1,
        Low = 2,
        Medium = 3,
        High = 4,
    }
}

open_int_enum! {
    /// A phase of the menstrual cycle or of pregnancy.
    pub enum MenstruationInterval {
        Undetermined = 0,
        Period = 1,
        Follicular = 2,
        FertileWindow = 3,
        Ovulation = 4,
        Luteal = 5,
        Pms = 6,
        FirstTrimester = 7,
        SecondTrimester = 8,
        ThirdTrimester = 9,
    }
}

open_int_enum! {
    /// Menstrual flow on a day.
    pub enum MenstruationFlow {
        Undetermined = 0,
        None = 1,
        Light = 2,
        Medium = 3,
        Heavy = 4,
        Had = 5,
    }
}

open_int_enum! {
    /// The unit of a food quantity.
    pub enum NutritionUnits {
        Undetermined = 0,
        Gram = 1,
        Teaspoon = 2,
        Tablespoon = 3,
        Cup = 4,
        MediumEgg = 5,
        LargeEgg = 6,
        SmallEgg = 7,
        Milliliter = 8,
        Ounce = 9,
        Count = 10,
        Scoop = 11,
        FluidOunce = 12,
    }
}

open_int_enum! {
    /// Which meal food was logged under.
    pub enum MealType {
        Undetermined = 0,
        Breakfast = 1,
        MorningSnack = 2,
        Lunch = 3,
        AfternoonSnack = 4,
        Dinner = 5,
        Snack = 6,
    }
}

open_int_enum! {
    /// How a sleep session was recorded.
    pub enum SleepUploadType {
        Undetermined = 0,
        Manual = 1,
        Automatic = 2,
        Tentative = 3,
        Indeterminate = 4,
    }
}

open_int_enum! {
    /// A sleep stage in a hypnogram.
    pub enum SleepLevel {
        Undetermined = 0,
        Awake = 1,
        Sleeping = 2,
        OutOfBed = 3,
        LightSleep = 4,
        DeepSleep = 5,
        RemSleep = 6,
    }
}

open_string_enum! {
    /// The sport of a structured workout.
    pub enum WorkoutSport {
        Running = "running",
        Cycling = "cycling",
        Swimming = "swimming",
        Strength = "strength",
        Rowing = "rowing",
        Yoga = "yoga",
        Pilates = "pilates",
        Cardio = "cardio",
        TrailRunning = "trail_running",
        MountainBiking = "mountain_biking",
        BackcountrySkiing = "backcountry_skiing",
        Hiking = "hiking",
        Walking = "walking",
        Elliptical = "elliptical",
        StairClimbing = "stair_climbing",
    }
}

open_string_enum! {
    /// Where a structured workout takes place.
    pub enum EnvironmentType {
        Indoor = "indoor",
        Outdoor = "outdoor",
        Pool = "pool",
    }
}

open_string_enum! {
    /// What ends a workout step.
    pub enum CompletionConditionType {
        Time = "time",
        Distance = "distance",
        Hr = "hr",
        Calories = "calories",
        Open = "open",
        Power = "power",
        Reps = "reps",
        HrPercentage = "hr_percentage",
        PowerPercentage = "power_percentage",
        HrLessThan = "hr_less_than",
        HrGreaterThan = "hr_greater_than",
    }
}

open_string_enum! {
    /// What a workout step targets.
    pub enum WorkoutStepTargetType {
        Speed = "speed",
        HeartRate = "heart_rate",
        Open = "open",
        Cadence = "cadence",
        Power = "power",
        SwimStroke = "swim_stroke",
        SpeedLap = "speed_lap",
        HeartRateLap = "heart_rate_lap",
        Pace = "pace",
        HeartRateThresholdPercentage = "heart_rate_threshold_percentage",
        HeartRateMaxPercentage = "heart_rate_max_percentage",
    }
}

open_string_enum! {
    /// The intensity of a workout step.
    pub enum WorkoutStepIntensity {
        Rest = "rest",
        Warmup = "warmup",
        Cooldown = "cooldown",
        Recovery = "recovery",
        Active = "active",
    }
}

open_string_enum! {
    /// How an indoor trainer is controlled during a step.
    pub enum StepControlType {
        Grade = "grade",
        Resistance = "resistance",
    }
}

open_string_enum! {
    /// The unit of a weight in a strength step.
    pub enum WeightUnit {
        Kg = "kg",
        Lbs = "lbs",
    }
}

open_string_enum! {
    /// A swimming stroke.
    pub enum SwimStrokeType {
        Backstroke = "backstroke",
        Breaststroke = "breaststroke",
        Drill = "drill",
        Butterfly = "butterfly",
        Freestyle = "freestyle",
        Mixed = "mixed",
        Im = "im",
    }
}

open_string_enum! {
    /// A kind of swimming drill.
    pub enum DrillType {
        Kick = "kick",
        Pull = "pull",
        Drill = "drill",
    }
}

open_string_enum! {
    /// Equipment used in a swim step.
    pub enum SwimEquipmentType {
        None = "none",
        SwimFins = "swim_fins",
        SwimKickboard = "swim_kickboard",
        SwimPaddles = "swim_paddles",
        SwimPullBuoy = "swim_pull_buoy",
        SwimSnorkel = "swim_snorkel",
    }
}

open_int_enum! {
    /// What a health observation is about.
    pub enum HealthObservationCategory {
        Unspecified = 0,
        Symptom = 1,
        ReproductiveHealth = 2,
        SelfCare = 3,
        Medication = 4,
        LabHealthMetrics = 5,
        StateOfMind = 6,
        DeviceEvent = 7,
        Clinical = 8,
    }
}

open_int_enum! {
    /// The kind of value a health observation carries.
    pub enum ObservationValueType {
        None = 0,
        Quantity = 1,
        Boolean = 2,
        String = 3,
        Code = 4,
    }
}

open_int_enum! {
    /// How severe an observed symptom is.
    pub enum ObservationSeverity {
        Unspecified = 0,
        NotPresent = 1,
        Mild = 2,
        Moderate = 3,
        Severe = 4,
    }
}

open_int_enum! {
    /// The review status of a health observation.
    pub enum ObservationStatus {
        Unspecified = 0,
        Final = 1,
        Amended = 2,
        EnteredInError = 3,
    }
}

open_int_enum! {
    /// Whether the timestamps of a record are in UTC or in the user's local time.
    pub enum TimestampLocalization {
        Utc = 0,
        Local = 1,
    }
}

open_int_enum! {
    /// A heart-rate zone. The API sends `HeartRateZoneData::zone` as a plain integer; this names
    /// the values Terra's model schemas define (see [`super::HeartRateZoneData::zone_kind`]).
    pub enum HeartRateZone {
        Zone0 = 0,
        Zone1 = 1,
        Zone2 = 2,
        Zone3 = 3,
        Zone4 = 4,
        Zone5 = 5,
        OtherZone = 6,
    }
}

impl super::HeartRateZoneData {
    /// [`zone`](Self::zone) as a [`HeartRateZone`].
    pub fn zone_kind(&self) -> Option<HeartRateZone> {
        self.zone.map(HeartRateZone::from)
    }
}
