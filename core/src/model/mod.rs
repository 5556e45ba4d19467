//! The entity types: the four primitives (note, task, person, place), finance (account,
//! transaction, budget) and the small value types they share.

mod finance;
mod note;
mod person;
mod place;
mod task;

pub use finance::{
    Account, AccountKind, Budget, MAX_CATEGORY_CHARS, Month, Transaction, Transfer, category_under,
    check_category,
};
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
