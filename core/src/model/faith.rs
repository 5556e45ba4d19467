//! `practice`, `reading_plan` and `reading_done`: a tradition-neutral record of spiritual
//! practice — the user names their practices — and reading plans with their progress.
//!
//! Progress is one `reading_done` row per reading read. Marking a reading done on two
//! devices offline makes two rows; progress is the *set* of readings with a live row, so
//! both count once and nothing conflicts.

use serde::{Deserialize, Serialize};

use crate::Id;
use crate::entity::{Entity, EntityKind, Event};
use crate::timestamp::{LocalDate, Timestamp};
use crate::validate::{self, ValidationError};

/// One practice: prayer, scripture reading, meditation, worship, service, fasting, or
/// the user's own.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct Practice {
    /// The practice's name, lower-case (`prayer`, `lectio-divina`).
    #[cfg_attr(
        feature = "openapi",
        schema(min_length = 1, max_length = 64, pattern = r"^[a-z0-9_/:.-]+$")
    )]
    pub kind: String,
    /// When.
    pub occurred_at: Timestamp,
    /// How long, seconds.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    #[cfg_attr(feature = "openapi", schema(minimum = 1, maximum = 86400))]
    pub duration_s: Option<i64>,
    /// What it was on (a passage), one line.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = ""))]
    #[cfg_attr(
        feature = "openapi",
        schema(max_length = 500, pattern = r"^[^\x00-\x1f\x7f-\x9f]*$")
    )]
    pub reference: String,
    /// Free text.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = ""))]
    #[cfg_attr(
        feature = "openapi",
        schema(max_length = 1048576, pattern = r"^[^\x00]*$")
    )]
    pub note: String,
}

impl Entity for Practice {
    const KIND: EntityKind = EntityKind::Practice;
    const SEARCH_FIELDS: &'static [&'static str] = &["kind", "reference", "note"];
    const EVENTS: &'static [Event] = &[Event::new("occurred_at", "practised")];

    fn example(_refs: &dyn Fn(EntityKind) -> crate::id::Id) -> Self {
        crate::model::example(
            serde_json::json!({"kind": "prayer", "occurred_at": "2026-11-30T07:00:00.000Z"}),
        )
    }

    fn edit_example(&mut self) {
        self.note = "edited".into();
    }

    fn validate(&self) -> Result<(), ValidationError> {
        validate::tag("kind", &self.kind)?;
        validate::one_line("reference", &self.reference, 500)?;
        validate::long_text("note", &self.note)?;
        if let Some(d) = self.duration_s
            && !(1..=86_400).contains(&d)
        {
            return Err(ValidationError::new(
                "duration_s",
                "a practice lasts between 1 second and 24 hours",
            ));
        }
        Ok(())
    }
}

/// One reading of a plan, due on a day of the plan (1 = the start date).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct Reading {
    /// The plan day, 1 to 36600.
    #[cfg_attr(feature = "openapi", schema(minimum = 1, maximum = 36600))]
    pub day: u32,
    /// What to read, one line (`Matthew 1-3`). Unique within the plan: it is the key
    /// progress is kept under, so editing the plan keeps what was read.
    #[cfg_attr(
        feature = "openapi",
        schema(
            min_length = 1,
            max_length = 500,
            pattern = r"^[^\s\x00-\x1f\x7f-\x9f](?:[^\x00-\x1f\x7f-\x9f]*[^\s\x00-\x1f\x7f-\x9f])?$"
        )
    )]
    pub text: String,
}

/// The most readings a plan holds (a daily plan over ten years).
pub const MAX_READINGS: usize = 5000;

/// A reading plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct ReadingPlan {
    /// One line.
    #[cfg_attr(
        feature = "openapi",
        schema(
            min_length = 1,
            max_length = 500,
            pattern = r"^[^\s\x00-\x1f\x7f-\x9f](?:[^\x00-\x1f\x7f-\x9f]*[^\s\x00-\x1f\x7f-\x9f])?$"
        )
    )]
    pub name: String,
    /// The local date of day 1.
    pub start: LocalDate,
    /// 1 to 5000 readings in order of day (a day may hold several), each text once
    /// (ignoring case): rules across items that the schema cannot state.
    #[cfg_attr(feature = "openapi", schema(min_items = 1, max_items = 5000))]
    pub readings: Vec<Reading>,
    /// Finished with or set aside.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = false))]
    pub archived: bool,
}

impl Entity for ReadingPlan {
    const KIND: EntityKind = EntityKind::ReadingPlan;
    const SEARCH_FIELDS: &'static [&'static str] = &["name", "readings"];

    fn example(_refs: &dyn Fn(EntityKind) -> crate::id::Id) -> Self {
        crate::model::example(
            serde_json::json!({"name": "mine", "start": "2026-12-01", "readings": [{"day": 1, "text": "John 1"}]}),
        )
    }

    fn edit_example(&mut self) {
        self.name = "edited".into();
    }

    fn validate(&self) -> Result<(), ValidationError> {
        validate::title("name", &self.name)?;
        if self.readings.is_empty() {
            return Err(ValidationError::new("readings", "a plan needs readings"));
        }
        if self.readings.len() > MAX_READINGS {
            return Err(ValidationError::new(
                "readings",
                format!("a plan holds at most {MAX_READINGS} readings"),
            ));
        }
        let mut seen = std::collections::HashSet::new();
        let mut last = 0;
        for (i, r) in self.readings.iter().enumerate() {
            let field = format!("readings[{i}]");
            validate::title(&format!("{field}.text"), &r.text)?;
            if r.day == 0 || r.day > 36_600 {
                return Err(ValidationError::new(
                    format!("{field}.day"),
                    "a plan day is 1 to 36600",
                ));
            }
            if r.day < last {
                return Err(ValidationError::new(
                    format!("{field}.day"),
                    "readings are in order of day",
                ));
            }
            last = r.day;
            if !seen.insert(r.text.to_lowercase()) {
                return Err(ValidationError::new(
                    format!("{field}.text"),
                    format!("'{}' is in the plan twice", validate::clip(&r.text)),
                ));
            }
        }
        Ok(())
    }
}

/// A reading of a plan marked read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct ReadingDone {
    /// The plan.
    pub plan_id: Id,
    /// The reading's text (its key in the plan).
    #[cfg_attr(
        feature = "openapi",
        schema(
            min_length = 1,
            max_length = 500,
            pattern = r"^[^\s\x00-\x1f\x7f-\x9f](?:[^\x00-\x1f\x7f-\x9f]*[^\s\x00-\x1f\x7f-\x9f])?$"
        )
    )]
    pub reading: String,
    /// The local date it was read.
    pub done_on: LocalDate,
}

impl Entity for ReadingDone {
    const KIND: EntityKind = EntityKind::ReadingDone;
    const SEARCH_FIELDS: &'static [&'static str] = &["reading"];
    const EVENTS: &'static [Event] = &[Event::new("done_on", "read")];
    const PARENT: Option<(&'static str, EntityKind)> = Some(("plan_id", EntityKind::ReadingPlan));

    fn example(refs: &dyn Fn(EntityKind) -> crate::id::Id) -> Self {
        crate::model::example(
            serde_json::json!({"plan_id": refs(EntityKind::ReadingPlan), "reading": "John 1", "done_on": "2026-12-01"}),
        )
    }

    fn edit_example(&mut self) {
        self.reading = "edited".into();
    }

    fn validate(&self) -> Result<(), ValidationError> {
        validate::title("reading", &self.reading)
    }
}
