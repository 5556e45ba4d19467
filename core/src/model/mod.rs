//! The entity types: the four primitives (note, task, person, place), the habits and
//! fasting domain (habit, habit_checkin, fast), health (health_metric, workout), faith
//! (practice, reading_plan, reading_done), finance (account, transaction, budget), files
//! on any row (attachment), and the small value types they share.

// UniFFI's derives (feature `uniffi`) implement its unsafe conversion traits.
#![cfg_attr(feature = "uniffi", allow(unsafe_code))]

mod attachment;
mod faith;
mod fast;
mod finance;
mod habit;
mod health;
mod note;
mod person;
mod place;
mod task;

pub use attachment::{
    Attachment, MAX_NAME_BYTES as MAX_FILE_NAME_BYTES, MAX_SIZE as MAX_ATTACHMENT_SIZE,
    UNKNOWN_MEDIA_TYPE, attachable_kind, attachable_kinds, check_file_name, check_media_type,
    check_sha256, human_size, sanitize_file_name,
};
pub use faith::{MAX_READINGS, Practice, Reading, ReadingDone, ReadingPlan};
pub use fast::{
    Fast, FastStats, MAX_TARGET_MINUTES, RUNNING_KEY, format_minutes, format_seconds,
    parse_duration,
};
pub use finance::{
    Account, AccountKind, Budget, MAX_CATEGORY_CHARS, Month, Transaction, Transfer, category_under,
    check_category,
};
pub use habit::{CheckinStatus, Habit, HabitCheckin, Schedule, ScheduleError, WeekdayKey};
pub use habit::{MAX_UNIT_CHARS, MAX_VALUE as MAX_HABIT_VALUE};
pub use health::{HealthMetric, MetricKind, Workout};
pub use note::Note;
pub use person::check_email as person_email_check;
pub use person::{Birthday, BirthdayError, Person};
pub use place::Place;
pub use task::{
    Annotation, Due, MAX_ANNOTATIONS, MAX_DEPENDS, Priority, Recur, Task, TaskStatus,
    check_project, project_under,
};

/// Decodes an [`Entity::example`](crate::Entity::example) body. The examples are literals
/// checked by a test (`every_example_is_valid`), so a failure here is a bug in one of them.
pub(crate) fn example<E: serde::de::DeserializeOwned>(body: serde_json::Value) -> E {
    match serde_json::from_value(body) {
        Ok(e) => e,
        Err(e) => panic!("an entity example does not decode: {e}"),
    }
}
