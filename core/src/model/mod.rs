//! The entity types: the four primitives (note, task, person, place), the habits and
//! fasting domain (habit, habit_checkin, fast), health (health_metric, workout), faith
//! (practice, reading_plan, reading_done), finance (account, transaction, budget), and
//! the small value types they share.

mod faith;
mod fast;
mod finance;
mod habit;
mod health;
mod note;
mod person;
mod place;
mod task;

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
pub use person::Person;
pub use person::check_email as person_email_check;
pub use place::Place;
pub use task::{Due, Priority, Task, TaskStatus};

/// Case-insensitive substring search over some text fields.
pub(crate) fn any_contains<'a>(
    fields: impl IntoIterator<Item = &'a str>,
    needle_lower: &str,
) -> bool {
    fields
        .into_iter()
        .any(|f| f.to_lowercase().contains(needle_lower))
}
