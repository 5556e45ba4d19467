//! `health_metric` and `workout`: measurements and training, stored as integers in a
//! canonical unit per kind (see [`crate::units`]), never as floats.

use serde::{Deserialize, Serialize};

use crate::Id;
use crate::entity::{Entity, EntityKind, Event};
use crate::timestamp::Timestamp;
use crate::units::UnitSystem;
use crate::validate::{self, ValidationError};

/// What a health entry measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[cfg_attr(feature = "clap", derive(clap::ValueEnum))]
#[serde(rename_all = "snake_case")]
pub enum MetricKind {
    /// Body weight, grams.
    Weight,
    /// Body fat, tenths of a percent.
    BodyFat,
    /// Blood pressure: `value` systolic, `value2` diastolic, mmHg.
    #[cfg_attr(feature = "clap", value(alias = "bp"))]
    BloodPressure,
    /// Resting heart rate, beats per minute.
    #[cfg_attr(feature = "clap", value(alias = "hr"))]
    RestingHeartRate,
    /// Sleep: `recorded_at` to `ended_at`; `value` is the duration in seconds.
    Sleep,
    /// Steps in a day.
    Steps,
    /// Water drunk, millilitres.
    Water,
    /// Mood, 1–5.
    Mood,
    /// Energy, 1–5.
    Energy,
    /// A kind the user names (`custom_kind`), in thousandths of the user's `unit`.
    Custom,
}

impl MetricKind {
    /// Every kind, in display order.
    pub const ALL: [MetricKind; 10] = [
        Self::Weight,
        Self::BodyFat,
        Self::BloodPressure,
        Self::RestingHeartRate,
        Self::Sleep,
        Self::Steps,
        Self::Water,
        Self::Mood,
        Self::Energy,
        Self::Custom,
    ];

    /// The wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Weight => "weight",
            Self::BodyFat => "body_fat",
            Self::BloodPressure => "blood_pressure",
            Self::RestingHeartRate => "resting_heart_rate",
            Self::Sleep => "sleep",
            Self::Steps => "steps",
            Self::Water => "water",
            Self::Mood => "mood",
            Self::Energy => "energy",
            Self::Custom => "custom",
        }
    }

    /// The canonical unit `value` is in (custom kinds carry their own).
    pub fn unit(self) -> &'static str {
        match self {
            Self::Weight => "g",
            Self::BodyFat => "permille",
            Self::BloodPressure => "mmHg",
            Self::RestingHeartRate => "bpm",
            Self::Sleep => "s",
            Self::Steps => "steps",
            Self::Water => "ml",
            Self::Mood | Self::Energy => "score",
            Self::Custom => "",
        }
    }

    /// The plausible range of `value` in the canonical unit (absurd values are refused):
    /// the smallest and the largest value allowed.
    pub fn range(self) -> (i64, i64) {
        match self {
            Self::Weight => (1_000, 700_000),
            Self::BodyFat => (10, 800),
            Self::BloodPressure => (50, 300),
            Self::RestingHeartRate => (20, 250),
            // A sleep of 24 hours is two clock times read as one (06:40 to 06:40).
            Self::Sleep => (60, 86_399),
            Self::Steps => (0, 300_000),
            Self::Water => (1, 20_000),
            Self::Mood | Self::Energy => (1, 5),
            Self::Custom => (-1_000_000_000_000_000, 1_000_000_000_000_000),
        }
    }

    /// What a value of this kind is called in a range message (`a weight`).
    pub fn noun(self) -> &'static str {
        match self {
            Self::Weight => "a weight",
            Self::BodyFat => "body fat",
            Self::BloodPressure => "a systolic pressure",
            Self::RestingHeartRate => "a resting heart rate",
            Self::Sleep => "a sleep",
            Self::Steps => "steps in a day",
            Self::Water => "water",
            Self::Mood => "a mood",
            Self::Energy => "an energy score",
            Self::Custom => "a value",
        }
    }
}

/// One health measurement.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct HealthMetric {
    /// What it measures.
    pub kind: MetricKind,
    /// For `custom`: the kind's name, lower-case (`glucose`).
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    #[cfg_attr(
        feature = "openapi",
        schema(min_length = 1, max_length = 64, pattern = r"^[a-z0-9_/:.-]+$")
    )]
    pub custom_kind: Option<String>,
    /// The value in the canonical unit (`unit`).
    pub value: i64,
    /// The diastolic pressure of a blood pressure entry, mmHg.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub value2: Option<i64>,
    /// The unit `value` is in: the kind's canonical unit, or a custom kind's own.
    #[cfg_attr(
        feature = "openapi",
        schema(max_length = 16, pattern = r"^[^\x00-\x1f\x7f-\x9f]*$")
    )]
    pub unit: String,
    /// When it was measured (a sleep: when it started).
    pub recorded_at: Timestamp,
    /// A sleep's end.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub ended_at: Option<Timestamp>,
    /// Free text.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = ""))]
    #[cfg_attr(
        feature = "openapi",
        schema(max_length = 1048576, pattern = r"^[^\x00]*$")
    )]
    pub note: String,
    /// For imported entries: a fingerprint of the source row, so importing the same file
    /// twice adds nothing.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    #[cfg_attr(
        feature = "openapi",
        schema(max_length = 128, pattern = r"^[^\x00-\x1f\x7f-\x9f]*$")
    )]
    pub import_key: Option<String>,
}

impl HealthMetric {
    /// An entry of a standard kind, with its canonical unit.
    pub fn new(kind: MetricKind, value: i64, recorded_at: Timestamp) -> Self {
        Self {
            kind,
            custom_kind: None,
            value,
            value2: None,
            unit: kind.unit().to_owned(),
            recorded_at,
            ended_at: None,
            note: String::new(),
            import_key: None,
        }
    }

    /// The kind's display name (`weight`, or a custom kind's own).
    pub fn kind_name(&self) -> &str {
        match (&self.kind, &self.custom_kind) {
            (MetricKind::Custom, Some(k)) => k,
            (k, _) => k.as_str(),
        }
    }
}

impl Entity for HealthMetric {
    const KIND: EntityKind = EntityKind::HealthMetric;
    const SEARCH_FIELDS: &'static [&'static str] = &["note", "kind", "custom_kind"];
    const EVENTS: &'static [Event] = &[Event::new("recorded_at", "logged")];

    fn example(_refs: &dyn Fn(EntityKind) -> crate::id::Id) -> Self {
        crate::model::example(
            serde_json::json!({"kind": "weight", "value": 72400, "unit": "g", "recorded_at": "2026-11-30T07:00:00.000Z"}),
        )
    }

    fn edit_example(&mut self) {
        self.note = "edited".into();
    }

    fn validate(&self) -> Result<(), ValidationError> {
        validate::long_text("note", &self.note)?;
        crate::health::check_range(self.kind, &self.unit, self.value, UnitSystem::Metric)
            .map_err(|why| ValidationError::new("value", why))?;
        match self.kind {
            MetricKind::Custom => {
                let k = self
                    .custom_kind
                    .as_deref()
                    .ok_or_else(|| ValidationError::new("custom_kind", "is required"))?;
                validate::tag("custom_kind", k)?;
                if MetricKind::ALL.iter().any(|m| m.as_str() == k) {
                    return Err(ValidationError::new(
                        "custom_kind",
                        format!("'{k}' is a built-in kind"),
                    ));
                }
                validate::one_line("unit", &self.unit, 16)?;
            }
            k => {
                if self.custom_kind.is_some() {
                    return Err(ValidationError::new(
                        "custom_kind",
                        "is only for custom kinds",
                    ));
                }
                if self.unit != k.unit() {
                    return Err(ValidationError::new(
                        "unit",
                        format!("a {} is stored in '{}'", k.as_str(), k.unit()),
                    ));
                }
            }
        }
        match (self.kind, self.value2) {
            (MetricKind::BloodPressure, Some(d)) => {
                if !(20..=200).contains(&d) {
                    return Err(ValidationError::new(
                        "value2",
                        format!("{d} is out of range: a diastolic pressure is 20 to 200 mmHg"),
                    ));
                }
                if d >= self.value {
                    return Err(ValidationError::new(
                        "value2",
                        "the diastolic pressure must be below the systolic",
                    ));
                }
            }
            (MetricKind::BloodPressure, None) => {
                return Err(ValidationError::new(
                    "value2",
                    "a blood pressure needs its diastolic value",
                ));
            }
            (_, Some(_)) => {
                return Err(ValidationError::new("value2", "is only for blood pressure"));
            }
            (_, None) => {}
        }
        match (self.kind, self.ended_at) {
            (MetricKind::Sleep, Some(end)) => {
                if end <= self.recorded_at {
                    return Err(ValidationError::new(
                        "ended_at",
                        "a sleep must end after it starts",
                    ));
                }
                let secs = (end.datetime() - self.recorded_at.datetime()).whole_seconds();
                if secs != self.value {
                    return Err(ValidationError::new(
                        "value",
                        "a sleep's value is its duration in seconds (ended_at - recorded_at)",
                    ));
                }
            }
            (MetricKind::Sleep, None) => {
                return Err(ValidationError::new("ended_at", "a sleep needs its end"));
            }
            (_, Some(_)) => {
                return Err(ValidationError::new("ended_at", "is only for sleep"));
            }
            (_, None) => {}
        }
        if let Some(k) = &self.import_key {
            validate::one_line("import_key", k, 128)?;
        }
        Ok(())
    }
}

/// A workout.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct Workout {
    /// `run`, `ride`, `swim`, `strength`, `walk`, `yoga`, or the user's own (lower-case).
    #[cfg_attr(
        feature = "openapi",
        schema(min_length = 1, max_length = 64, pattern = r"^[a-z0-9_/:.-]+$")
    )]
    pub kind: String,
    /// When it started.
    pub started_at: Timestamp,
    /// How long, seconds (1 s to 24 h).
    #[cfg_attr(feature = "openapi", schema(minimum = 1, maximum = 86400))]
    pub duration_s: i64,
    /// Distance, metres.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    #[cfg_attr(feature = "openapi", schema(minimum = 1, maximum = 1000000))]
    pub distance_m: Option<i64>,
    /// Energy, kcal.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    #[cfg_attr(feature = "openapi", schema(minimum = 0, maximum = 20000))]
    pub energy_kcal: Option<i64>,
    /// Perceived effort, 1–10.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    #[cfg_attr(feature = "openapi", schema(minimum = 1, maximum = 10))]
    pub effort: Option<u8>,
    /// Free text.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = ""))]
    #[cfg_attr(
        feature = "openapi",
        schema(max_length = 1048576, pattern = r"^[^\x00]*$")
    )]
    pub note: String,
    /// Where.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub place_id: Option<Id>,
}

impl Entity for Workout {
    const KIND: EntityKind = EntityKind::Workout;
    const SEARCH_FIELDS: &'static [&'static str] = &["kind", "note"];
    const EVENTS: &'static [Event] = &[Event::new("started_at", "worked out")];

    fn example(_refs: &dyn Fn(EntityKind) -> crate::id::Id) -> Self {
        crate::model::example(
            serde_json::json!({"kind": "run", "started_at": "2026-11-30T07:00:00.000Z", "duration_s": 600}),
        )
    }

    fn edit_example(&mut self) {
        self.note = "edited".into();
    }

    fn validate(&self) -> Result<(), ValidationError> {
        validate::tag("kind", &self.kind)?;
        validate::long_text("note", &self.note)?;
        if !(1..=86_400).contains(&self.duration_s) {
            return Err(ValidationError::new(
                "duration_s",
                "a workout lasts between 1 second and 24 hours",
            ));
        }
        if let Some(d) = self.distance_m
            && !(1..=1_000_000).contains(&d)
        {
            return Err(ValidationError::new(
                "distance_m",
                "a distance is between 1 m and 1000 km",
            ));
        }
        if let Some(e) = self.energy_kcal
            && !(0..=20_000).contains(&e)
        {
            return Err(ValidationError::new(
                "energy_kcal",
                "energy is 0 to 20,000 kcal",
            ));
        }
        if let Some(e) = self.effort
            && !(1..=10).contains(&e)
        {
            return Err(ValidationError::new("effort", "effort is 1 to 10"));
        }
        Ok(())
    }
}
