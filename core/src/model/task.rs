//! `task`: something to do, with a status, a priority and an optional due date.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::entity::{Entity, EntityKind, Event};
use crate::id::Id;
use crate::query::{self, Filter, ListFilter, ParamType};
use crate::timestamp::{LocalDate, Timestamp, TimestampError};
use crate::validate::{self, ValidationError};

/// Where a task stands.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[cfg_attr(feature = "clap", derive(clap::ValueEnum))]
#[serde(rename_all = "lowercase")]
pub enum TaskStatus {
    /// Not started.
    #[default]
    Todo,
    /// In progress.
    Doing,
    /// Finished; `completed_at` says when.
    Done,
    /// Dropped.
    Cancelled,
}

impl TaskStatus {
    /// The wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Todo => "todo",
            Self::Doing => "doing",
            Self::Done => "done",
            Self::Cancelled => "cancelled",
        }
    }

    /// Whether the task still needs doing (todo or doing).
    pub fn is_open(self) -> bool {
        matches!(self, Self::Todo | Self::Doing)
    }
}

/// How much a task matters.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[cfg_attr(feature = "clap", derive(clap::ValueEnum))]
#[serde(rename_all = "lowercase")]
pub enum Priority {
    /// No priority set.
    #[default]
    None,
    /// Low.
    Low,
    /// Medium.
    Medium,
    /// High.
    High,
}

impl Priority {
    /// The wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::None => "none",
            Self::Low => "low",
            Self::Medium => "medium",
            Self::High => "high",
        }
    }
}

/// When a task is due: a whole local day (`2026-12-01`) or an instant
/// (`2026-12-01T17:00:00.000Z`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Due {
    /// Due some time on this local day.
    Date(LocalDate),
    /// Due at this instant.
    At(Timestamp),
}

impl Due {
    /// Sorts dues in time order as their wire text does: by UTC date, a whole day
    /// before the instants on that day.
    pub fn sort_key(&self) -> (time::Date, Option<Timestamp>) {
        match self {
            Self::Date(d) => (d.date(), None),
            Self::At(t) => (t.datetime().date(), Some(*t)),
        }
    }
}

impl fmt::Display for Due {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Date(d) => d.fmt(f),
            Self::At(t) => t.fmt(f),
        }
    }
}

impl FromStr for Due {
    type Err = TimestampError;

    /// `YYYY-MM-DD` is a date; anything else must be RFC 3339.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if s.len() == 10 {
            LocalDate::parse(s).map(Self::Date)
        } else {
            Timestamp::parse(s).map(Self::At)
        }
    }
}

impl Serialize for Due {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Due {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// A task.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct Task {
    /// One line, 1–500 characters.
    #[cfg_attr(
        feature = "openapi",
        schema(
            min_length = 1,
            max_length = 500,
            pattern = r"^[^\s\x00-\x1f\x7f-\x9f](?:[^\x00-\x1f\x7f-\x9f]*[^\s\x00-\x1f\x7f-\x9f])?$"
        )
    )]
    pub title: String,
    /// Free text, up to 1 MiB.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = ""))]
    #[cfg_attr(
        feature = "openapi",
        schema(max_length = 1048576, pattern = r"^[^\x00]*$")
    )]
    pub notes: String,
    /// todo, doing, done or cancelled.
    #[serde(default)]
    pub status: TaskStatus,
    /// none, low, medium or high.
    #[serde(default)]
    pub priority: Priority,
    /// A date or a date-time.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub due: Option<Due>,
    /// When the task was done; set exactly when the status is `done`.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub completed_at: Option<Timestamp>,
    /// Lower-case tags.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = []))]
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::openapi::tags))]
    pub tags: Vec<String>,
    /// The person this task is about.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub person_id: Option<Id>,
    /// The place this task happens at.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub place_id: Option<Id>,
}

impl Task {
    /// A new `todo` task with only a title.
    pub fn new(title: impl Into<String>) -> Self {
        Self {
            title: title.into(),
            notes: String::new(),
            status: TaskStatus::Todo,
            priority: Priority::None,
            due: None,
            completed_at: None,
            tags: Vec::new(),
            person_id: None,
            place_id: None,
        }
    }

    /// Moves the task to `status`, keeping `completed_at` in step: set when it becomes
    /// done, kept if it was already done, cleared otherwise.
    pub fn set_status(&mut self, status: TaskStatus, now: Timestamp) {
        self.completed_at = match status {
            TaskStatus::Done => Some(self.completed_at.unwrap_or(now)),
            _ => None,
        };
        self.status = status;
    }
}

/// The list parameters of tasks.
const TASK_FILTERS: &[ListFilter] = &[
    ListFilter {
        param: "status",
        doc: "Comma-separated statuses (todo,doing,done,cancelled).",
        ty: ParamType::OneOf(&["todo", "doing", "done", "cancelled"]),
        parse: |v| {
            query::parse_one_of(v, &["todo", "doing", "done", "cancelled"])
                .map(|s| Filter::In("status", s))
        },
    },
    ListFilter {
        param: "due_before",
        doc: "Due before this date or date-time.",
        ty: ParamType::DateOrInstant,
        parse: |v| {
            v.trim()
                .parse::<Due>()
                .map(|d| Filter::Before("due", d.to_string()))
                .map_err(|e| e.to_string())
        },
    },
];

impl Entity for Task {
    const KIND: EntityKind = EntityKind::Task;
    const SEARCH_FIELDS: &'static [&'static str] = &["title", "notes"];
    const EVENTS: &'static [Event] = &[
        Event::new("created_at", "added"),
        Event::new("completed_at", "done"),
    ];
    const FILTERS: &'static [ListFilter] = TASK_FILTERS;

    fn example(_refs: &dyn Fn(EntityKind) -> crate::id::Id) -> Self {
        crate::model::example(serde_json::json!({"title": "mine"}))
    }

    fn edit_example(&mut self) {
        self.title = "edited".into();
    }

    fn validate(&self) -> Result<(), ValidationError> {
        validate::title("title", &self.title)?;
        validate::long_text("notes", &self.notes)?;
        validate::check_tags(&self.tags)?;
        match (self.status, self.completed_at) {
            (TaskStatus::Done, None) => Err(ValidationError::new(
                "completed_at",
                "is required when status is done",
            )),
            (s, Some(_)) if s != TaskStatus::Done => Err(ValidationError::new(
                "completed_at",
                format!("must be null when status is {}", s.as_str()),
            )),
            _ => Ok(()),
        }
    }

    fn tags(&self) -> &[String] {
        &self.tags
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn due_is_a_date_or_an_instant() {
        assert!(matches!("2026-12-01".parse::<Due>(), Ok(Due::Date(_))));
        assert!(matches!(
            "2026-12-01T17:00:00+01:00".parse::<Due>(),
            Ok(Due::At(_))
        ));
        assert_eq!(
            "2026-12-01T17:00:00+01:00"
                .parse::<Due>()
                .unwrap()
                .to_string(),
            "2026-12-01T16:00:00.000Z"
        );
        assert!("2026-02-31".parse::<Due>().is_err());
        assert!("tomorrow".parse::<Due>().is_err());
    }

    #[test]
    fn completed_at_follows_status() {
        let now = Timestamp::now();
        let mut t = Task::new("x");
        t.set_status(TaskStatus::Done, now);
        assert_eq!(t.completed_at, Some(now));
        assert!(t.validate().is_ok());
        t.set_status(TaskStatus::Todo, now);
        assert_eq!(t.completed_at, None);
        t.status = TaskStatus::Done;
        assert_eq!(t.validate().unwrap_err().field, "completed_at");
    }
}
