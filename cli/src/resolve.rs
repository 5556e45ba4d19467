//! One rule for "a name or a unique id prefix", for every command that takes a row: the
//! name (or title), matched whole after Unicode lower-casing both sides, among the rows
//! a name may pick; and a unique prefix of the id, among all rows of the kind. Several
//! rows with that name is an error that lists them with their ids: a match is never
//! taken at random. Kinds with a proper name (habits, accounts, reading plans: [`find`])
//! look the name up first; every other kind ([`any`]: tasks, notes, people, places…)
//! looks the id up first, then the `name` or `title`, so an id never costs a scan.

use lifeos_core::store::{ListQuery, Store, StoreError};
use lifeos_core::validate::clip;
use lifeos_core::{Entity, Id, IdPrefix, Row};

use crate::UsageError;

/// An entity a user may name.
pub(crate) trait Named: Entity {
    /// What one is called, as in its command (`habit`, `lifeos habit list`).
    const NOUN: &'static str;
    /// Its name.
    fn name(&self) -> &str;
}

/// The row `text` names: among `candidates` by name (a live row before a tombstone of
/// the same name, for commands that pass tombstones so as to say "deleted"), else by id
/// prefix.
pub(crate) fn find<E: Named>(
    store: &Store,
    candidates: Vec<Row<E>>,
    text: &str,
) -> anyhow::Result<Row<E>> {
    let wanted = text.trim().to_lowercase();
    let (live, deleted): (Vec<_>, Vec<_>) = candidates
        .into_iter()
        .filter(|r| r.fields.name().to_lowercase() == wanted)
        .partition(|r| !r.kernel.is_deleted());
    let mut named = if live.is_empty() { deleted } else { live };
    match named.len() {
        0 => {}
        1 => return Ok(named.remove(0)),
        n => {
            let ids: Vec<String> = named
                .iter()
                .map(|r| format!("{} {}", r.kernel.id, r.fields.name()))
                .collect();
            return Err(UsageError(format!(
                "{n} {}s are named '{}': use an id ({})",
                E::NOUN,
                clip(text),
                ids.join(", ")
            ))
            .into());
        }
    }
    let not_found = || {
        anyhow::Error::from(UsageError(format!(
            "no {noun} has the name or id '{}': `lifeos {list}` lists them",
            clip(text),
            noun = E::NOUN,
            list = words(E::KIND).1
        )))
    };
    let prefix: IdPrefix = text.trim().parse().map_err(|_| not_found())?;
    match store.resolve::<E>(&prefix) {
        Ok(id) => Ok(store.get::<E>(id)?),
        Err(StoreError::NotFound { .. }) => Err(not_found()),
        Err(e) => Err(e.into()),
    }
}

/// A task's number in the last list: 1 to 99999 without a leading zero (an id, and so a
/// prefix of one, starts with 0 until the year 2527).
fn working_number(text: &str) -> Option<usize> {
    if text.len() > 5 || text.starts_with('0') || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

/// The task numbered `n` in the last `task list` or `lifeos next`.
fn numbered(store: &Store, n: usize) -> anyhow::Result<Id> {
    let set: Vec<String> = store
        .meta(crate::commands::tasks::WORKING_SET)?
        .and_then(|j| serde_json::from_str(&j).ok())
        .unwrap_or_default();
    let id = set.get(n.wrapping_sub(1)).ok_or_else(|| {
        UsageError(format!(
            "no task is numbered {n}: the last list showed {} (`lifeos task list` numbers them)",
            set.len()
        ))
    })?;
    Ok(id.parse()?)
}

/// What a user typed to name a row: an id, a unique prefix of one, or its name or title.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowRef(pub String);

impl RowRef {
    /// The text as typed (trimmed).
    pub fn as_str(&self) -> &str {
        self.0.trim()
    }
}

impl std::fmt::Display for RowRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The clap parser of a [`RowRef`]: any text but empty.
pub fn row_ref(s: &str) -> Result<RowRef, String> {
    if s.trim().is_empty() {
        return Err("an id, an id prefix or a name is needed".into());
    }
    Ok(RowRef(s.to_owned()))
}

/// What a user calls a row of `kind`, and the command that lists them.
pub(crate) fn words(kind: lifeos_core::EntityKind) -> (&'static str, &'static str) {
    use lifeos_core::EntityKind as K;
    match kind {
        K::Note => ("note", "note list"),
        K::Task => ("task", "task list --all"),
        K::Person => ("person", "person list"),
        K::Place => ("place", "place list"),
        K::HealthMetric => ("health entry", "health list"),
        K::Workout => ("workout", "workout list"),
        K::Practice => ("practice", "practice list"),
        K::ReadingPlan => ("reading plan", "plan list"),
        K::ReadingDone => ("reading", "plan status"),
        K::Habit => ("habit", "habit list"),
        K::HabitCheckin => ("check-in", "habit log HABIT"),
        K::Fast => ("fast", "fast list"),
        K::Account => ("account", "account list"),
        K::Transaction => ("transaction", "tx list"),
        K::Budget => ("budget", "budget list"),
        K::Attachment => ("attachment", "attachment list"),
    }
}

/// The field a kind is named by (`name` or `title`; a transaction's payee), if it has
/// one.
fn name_field<E: Entity>() -> Option<&'static str> {
    E::SEARCH_FIELDS
        .iter()
        .copied()
        .find(|f| matches!(*f, "name" | "title" | "payee"))
}

fn name_of<E: Entity>(field: &str, row: &Row<E>) -> Option<String> {
    match serde_json::to_value(&row.fields) {
        Ok(serde_json::Value::Object(map)) => {
            map.get(field).and_then(|v| v.as_str()).map(str::to_owned)
        }
        _ => None,
    }
}

/// The row of any kind that `r` names: a unique id prefix (tombstones included), else
/// its name or title (a live row before a tombstone of that name).
pub(crate) fn any<E: Entity>(store: &Store, r: &RowRef) -> anyhow::Result<Id> {
    let text = r.as_str();
    let kind = E::KIND;
    if kind == lifeos_core::EntityKind::Task
        && let Some(n) = working_number(text)
    {
        return numbered(store, n);
    }
    let mut by_prefix = None;
    // Why the text is no id, for the error when no name matches either.
    let mut no_id = None;
    match text.parse::<IdPrefix>() {
        Ok(prefix) => match store.resolve::<E>(&prefix) {
            Ok(id) => return Ok(id),
            Err(StoreError::NotFound { .. }) => {}
            Err(e @ StoreError::Ambiguous { .. }) => by_prefix = Some(e),
            Err(e) => return Err(e.into()),
        },
        Err(e) => no_id = Some(e),
    }
    let field = name_field::<E>();
    let (noun, list) = words(kind);
    let missing = |by_prefix: Option<StoreError>| -> anyhow::Error {
        if let Some(e) = by_prefix {
            return e.into();
        }
        let text = clip(text);
        let message = match (field, &no_id) {
            // Too long for an id: that is why it names nothing, said once.
            (Some(field), Some(e @ lifeos_core::IdError::TooLong(_))) => {
                format!("{e}, and no {noun} has it as its {field}: `lifeos {list}` lists them")
            }
            (Some(field), _) => {
                format!("no {noun} has the id or {field} '{text}': `lifeos {list}` lists them")
            }
            (None, Some(e)) => format!("{e}, so it names no {noun}: `lifeos {list}` lists them"),
            (None, None) => {
                format!("no {noun} has an id starting '{text}': `lifeos {list}` lists them")
            }
        };
        // Text that cannot be an id and names nothing is how the command was called.
        if no_id.is_some() {
            UsageError(message).into()
        } else {
            anyhow::anyhow!(message)
        }
    };
    let Some(field) = field else {
        return Err(missing(by_prefix));
    };
    let wanted = text.to_lowercase();
    let all = store.list::<E>(&ListQuery {
        include_deleted: true,
        ..ListQuery::default()
    })?;
    let (live, deleted): (Vec<_>, Vec<_>) = all
        .into_iter()
        .filter_map(|row| {
            let name = name_of(field, &row)?;
            (name.to_lowercase() == wanted).then_some((row, name))
        })
        .partition(|(row, _)| !row.kernel.is_deleted());
    let named = if live.is_empty() { deleted } else { live };
    match named.as_slice() {
        [(one, _)] => Ok(one.kernel.id),
        [] => Err(missing(by_prefix)),
        many => {
            let ids: Vec<String> = many
                .iter()
                .map(|(r, name)| format!("{} {}", r.kernel.id, clip(name)))
                .collect();
            Err(UsageError(format!(
                "{} {} have the {field} '{}': use an id ({})",
                many.len(),
                kind.plural(),
                clip(text),
                ids.join(", ")
            ))
            .into())
        }
    }
}
