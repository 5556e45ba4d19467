//! One rule for "a name or a unique id prefix", for every command that takes one
//! (habits, accounts, reading plans): the name, matched whole after Unicode lower-casing
//! both sides, among the rows a name may pick; else a unique prefix of the id, among all
//! rows of the kind. Several rows with that name is an error that lists them with their
//! ids: a match is never taken at random.

use lifeos_core::store::{Store, StoreError};
use lifeos_core::validate::clip;
use lifeos_core::{Entity, IdPrefix, Row};

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
            "no {noun} is named '{}' or has an id starting so: see lifeos {noun} list",
            clip(text),
            noun = E::NOUN
        )))
    };
    let prefix: IdPrefix = text.trim().parse().map_err(|_| not_found())?;
    match store.resolve::<E>(&prefix) {
        Ok(id) => Ok(store.get::<E>(id)?),
        Err(StoreError::NotFound { .. }) => Err(not_found()),
        Err(e) => Err(e.into()),
    }
}
