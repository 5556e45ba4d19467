//! The entity types: the four primitives (note, task, person, place), the health and
//! faith domains, and the small value types they share.

mod faith;
mod health;
mod note;
mod person;
mod place;
mod task;

pub use faith::{MAX_READINGS, Practice, Reading, ReadingDone, ReadingPlan};
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
