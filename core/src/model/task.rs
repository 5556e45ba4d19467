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

/// A note on a task, with when it was written (Taskwarrior's annotations).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct Annotation {
    /// When it was written.
    pub at: Timestamp,
    /// One line, 1–500 characters.
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

/// Where an instance of a recurring task stands in its series: instances share the
/// series id, and the series and the due date are an instance's natural key, so two
/// devices that each made the next instance offline end with one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct Recur {
    /// The rule, in its canonical text (`weekly on mon,thu`: `lifeos_core::recur`).
    #[cfg_attr(feature = "openapi", schema(value_type = String, min_length = 1, max_length = 100))]
    #[cfg_attr(feature = "uniffi", uniffi(default = "daily"))]
    pub rule: String,
    /// The series: the first instance's id.
    pub series: Id,
    /// This instance's number in the series, from 1.
    #[cfg_attr(feature = "openapi", schema(minimum = 1))]
    pub index: u32,
    /// When the series began: the first instance's due (the week and the day of the
    /// month the rule counts from).
    pub first: Due,
    /// No instance due after this day.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub until: Option<LocalDate>,
    /// At most this many instances.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    #[cfg_attr(feature = "openapi", schema(minimum = 1, maximum = 10000))]
    pub count: Option<u32>,
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
    /// The project, a dotted hierarchy (`home.garden`); empty: none.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = ""))]
    #[cfg_attr(
        feature = "openapi",
        schema(
            max_length = 200,
            pattern = r"^([^\s.\x00-\x1f\x7f-\x9f]+(\.[^\s.\x00-\x1f\x7f-\x9f]+)*)?$"
        )
    )]
    pub project: String,
    /// Hidden from lists until then.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub wait: Option<Due>,
    /// When work on it is planned to start.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub scheduled: Option<Due>,
    /// The tasks that must be done first (at most 64).
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = []))]
    #[cfg_attr(feature = "openapi", schema(max_items = 64))]
    pub depends: Vec<Id>,
    /// Notes with their time, oldest first (at most 1,000).
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = []))]
    #[cfg_attr(feature = "openapi", schema(max_items = 1000))]
    pub annotations: Vec<Annotation>,
    /// Set on an instance of a recurring task.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub recur: Option<Recur>,
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
            project: String::new(),
            wait: None,
            scheduled: None,
            depends: Vec::new(),
            annotations: Vec::new(),
            recur: None,
        }
    }

    /// The instance after this one of its series, if the series goes on: the next due
    /// date by its rule (timed dues keep their clock time in `zone`), within its `until`
    /// and `count`; open, with this one's fields but no annotations.
    pub fn next_instance(&self, zone: &jiff::tz::TimeZone) -> Option<Task> {
        let recur = self.recur.as_ref()?;
        let rule = crate::recur::Rule::parse(&recur.rule).ok()?;
        let due = crate::recur::next_due(&rule, recur.first, self.due?, zone)?;
        let index = recur.index.checked_add(1)?;
        if recur.count.is_some_and(|c| index > c) {
            return None;
        }
        if let Some(until) = recur.until
            && due.sort_key().0 > until.date()
        {
            return None;
        }
        let mut next = self.clone();
        next.status = TaskStatus::Todo;
        next.completed_at = None;
        next.annotations.clear();
        next.due = Some(due);
        next.recur = Some(Recur {
            index,
            ..recur.clone()
        });
        Some(next)
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
        param: "project",
        doc: "This project or one below it (home.garden is under home); empty: the tasks without a project.",
        ty: ParamType::Text,
        parse: |v| {
            let v = v.trim();
            if v.is_empty() {
                // Empty: the tasks without a project.
                return Ok(Filter::In("project", vec![String::new()]));
            }
            check_project(v).map_err(|e| e.message)?;
            Ok(Filter::Under("project", v.to_owned(), '.'))
        },
    },
    ListFilter {
        param: "ready_at",
        doc: "Only tasks not waiting at this date or date-time (no wait, or a wait at or before it).",
        ty: ParamType::DateOrInstant,
        parse: |v| {
            v.trim()
                .parse::<Due>()
                .map(|d| Filter::UnsetOrAtMost("wait", d.to_string()))
                .map_err(|e| e.to_string())
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
        check_project(&self.project)?;
        if self.depends.len() > MAX_DEPENDS {
            return Err(ValidationError::new(
                "depends",
                format!("at most {MAX_DEPENDS} tasks"),
            ));
        }
        for (i, d) in self.depends.iter().enumerate() {
            if self.depends[..i].contains(d) {
                return Err(ValidationError::new(
                    "depends",
                    format!("{d} is listed twice"),
                ));
            }
        }
        if self.annotations.len() > MAX_ANNOTATIONS {
            return Err(ValidationError::new(
                "annotations",
                format!("at most {MAX_ANNOTATIONS}"),
            ));
        }
        for a in &self.annotations {
            validate::title("annotations", &a.text)?;
        }
        if let Some(r) = &self.recur {
            let rule = crate::recur::Rule::parse(&r.rule)
                .map_err(|e| ValidationError::new("recur.rule", e))?;
            if rule.to_string() != r.rule {
                return Err(ValidationError::new(
                    "recur.rule",
                    format!("must be written '{rule}'"),
                ));
            }
            if self.due.is_none() {
                return Err(ValidationError::new(
                    "due",
                    "is required on a recurring task",
                ));
            }
            if r.index == 0 || r.count.is_some_and(|c| c == 0 || c > 10_000 || r.index > c) {
                return Err(ValidationError::new(
                    "recur",
                    "index is 1 or more and within count (1 to 10000)",
                ));
            }
        }
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

    const HAS_NATURAL_KEY: bool = true;

    /// An instance of a recurring task: its series and its due date.
    fn natural_key(&self) -> Option<String> {
        let r = self.recur.as_ref()?;
        Some(format!("{}/{}", r.series, self.due?))
    }

    fn duplicate_message(key: &str, holder: Id) -> String {
        format!("that instance of the recurring task is already there ({holder}; {key})")
    }
}

/// The most tasks one task may depend on.
pub const MAX_DEPENDS: usize = 64;
/// The most annotations on a task.
pub const MAX_ANNOTATIONS: usize = 1_000;

/// Checks a project: empty, or dot-separated parts without spaces or control characters
/// (`home.garden`), at most 200 characters.
pub fn check_project(p: &str) -> Result<(), ValidationError> {
    if p.is_empty() {
        return Ok(());
    }
    let ok = p.chars().count() <= 200
        && p.split('.').all(|part| {
            !part.is_empty() && !part.chars().any(|c| c.is_whitespace() || c.is_control())
        });
    if ok {
        Ok(())
    } else {
        Err(ValidationError::new(
            "project",
            format!(
                "'{}' is not a project: dot-separated names without spaces (home.garden), at most 200 characters",
                validate::clip(p)
            ),
        ))
    }
}

/// Whether `project` is `parent` or below it (`home.garden` is under `home`).
pub fn project_under(project: &str, parent: &str) -> bool {
    project == parent
        || (project.len() > parent.len()
            && project.starts_with(parent)
            && project.as_bytes().get(parent.len()) == Some(&b'.'))
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
