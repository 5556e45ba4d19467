//! Restoring a backup: every row of an export becomes current again, as a new version
//! of the local row, so it also wins on every other device after a sync (an import
//! merges instead, and a newer local copy wins there). Rows not in the file are left
//! alone, or, with `exact`, deleted. [`Store::restore_plan`] says what would change
//! without writing; [`Store::restore_file`] writes it in one transaction.

use std::collections::HashSet;

use rusqlite::Connection;

use super::raw::{Queue, Write, kernel_from_row};
use super::{Store, StoreError};
use crate::entity::EntityKind;
use crate::id::Id;
use crate::kernel::Kernel;
use crate::record::Record;
use crate::timestamp::Timestamp;

/// What a restore does to one row.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RestoreAction {
    /// Not here: it is added as it is in the file.
    Add,
    /// Deleted here, live in the file: brought back with the file's fields.
    Undelete,
    /// Live in both with other fields: the file's fields become current.
    Revert,
    /// Live here, deleted in the file: deleted.
    Delete,
    /// Live here and not in the file (only with `exact`), or holding the natural key a
    /// restored row takes back: deleted.
    Remove,
}

/// One row a restore changes.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct RestoreChange {
    /// The kind's wire name.
    pub entity: &'static str,
    /// The row.
    pub id: Id,
    /// What happens to it.
    pub action: RestoreAction,
    /// Its title or name (the first text of its search fields), for people to read.
    pub label: String,
    #[serde(skip)]
    kind: EntityKind,
    #[serde(skip)]
    fields: String,
    #[serde(skip)]
    line: usize,
}

/// What a restore changes (or changed).
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct RestorePlan {
    /// The rows that change, in the order they are written.
    pub changes: Vec<RestoreChange>,
    /// Rows of the file already current here.
    pub unchanged: u64,
}

impl RestorePlan {
    /// How many changes do `action`.
    pub fn count(&self, action: RestoreAction) -> usize {
        self.changes.iter().filter(|c| c.action == action).count()
    }
}

fn label(kind: EntityKind, fields: &str) -> String {
    let Ok(serde_json::Value::Object(map)) = serde_json::from_str::<serde_json::Value>(fields)
    else {
        return String::new();
    };
    kind.search_fields()
        .iter()
        .find_map(|f| map.get(*f).and_then(|v| v.as_str()))
        .map(|s| s.lines().next().unwrap_or_default().to_owned())
        .unwrap_or_default()
}

fn plan(
    conn: &Connection,
    records: &[(usize, Record)],
    exact: bool,
) -> Result<RestorePlan, StoreError> {
    let mut out = RestorePlan::default();
    let mut in_file: HashSet<(EntityKind, Id)> = HashSet::new();
    // The last line for a row wins, as it would in an import.
    let mut last: Vec<&(usize, Record)> = Vec::new();
    for r in records.iter().rev() {
        if in_file.insert((r.1.kind, r.1.kernel.id)) {
            last.push(r);
        }
    }
    last.reverse();
    let mut removed: HashSet<(EntityKind, Id)> = HashSet::new();
    let mut tombstones = Vec::new();
    let mut lives = Vec::new();
    for (line, record) in last {
        let (kind, id) = (record.kind, record.kernel.id);
        let change = |action, fields: &str| RestoreChange {
            entity: kind.name(),
            id,
            action,
            label: label(kind, fields),
            kind,
            fields: fields.to_owned(),
            line: *line,
        };
        let wanted_deleted = record.kernel.is_deleted();
        match Store::get_raw(conn, kind, id)? {
            None => lives.push(change(RestoreAction::Add, record.fields_json())),
            Some((k, f)) => {
                if k.is_deleted() == wanted_deleted && f == record.fields_json() {
                    out.unchanged += 1;
                    continue;
                }
                let action = match (k.is_deleted(), wanted_deleted) {
                    (false, true) => RestoreAction::Delete,
                    (true, false) => RestoreAction::Undelete,
                    // A tombstone stays one; only its fields go back (nothing to see).
                    (true, true) | (false, false) => RestoreAction::Revert,
                };
                if wanted_deleted {
                    tombstones.push(change(action, record.fields_json()));
                } else {
                    lives.push(change(action, record.fields_json()));
                }
            }
        }
        // A live row taking back its natural key from another live row: that one goes.
        if !wanted_deleted
            && let Some(key) = Store::stored_key(kind, &record.kernel, record.fields_json())?
            && let Some((holder, hf)) = Store::holder(conn, kind, &key)?
            && holder.id != id
            && !in_file.contains(&(kind, holder.id))
            && removed.insert((kind, holder.id))
        {
            tombstones.push(RestoreChange {
                entity: kind.name(),
                id: holder.id,
                action: RestoreAction::Remove,
                label: label(kind, &hf),
                kind,
                fields: hf,
                line: *line,
            });
        }
    }
    if exact {
        for &kind in EntityKind::ALL {
            let mut stmt = conn.prepare(&format!(
                "SELECT id, created_at, updated_at, deleted_at, version, fields FROM {} WHERE deleted_at IS NULL ORDER BY id",
                kind.table()
            ))?;
            let mut rows = stmt.query([])?;
            while let Some(r) = rows.next()? {
                let (k, f) = kernel_from_row(r)?;
                if !in_file.contains(&(kind, k.id)) && removed.insert((kind, k.id)) {
                    tombstones.push(RestoreChange {
                        entity: kind.name(),
                        id: k.id,
                        action: RestoreAction::Remove,
                        label: label(kind, &f),
                        kind,
                        fields: f,
                        line: 0,
                    });
                }
            }
        }
    }
    // Deletions first, so a natural key is free before its restored holder is written.
    out.changes = tombstones;
    out.changes.extend(lives);
    Ok(out)
}

impl Store {
    /// What [`Store::restore_file`] would change, without writing anything.
    pub fn restore_plan(
        &self,
        records: &[(usize, Record)],
        exact: bool,
    ) -> Result<RestorePlan, StoreError> {
        plan(&self.conn, records, exact)
    }

    /// Makes every row of `records` (an export, with its line numbers) current: each
    /// that differs here is written as a new version of the local row (version + 1,
    /// `updated_at` now) with the file's fields and deletedness, and queued for sync, so
    /// it wins everywhere; a row not here is added as it is. With `exact`, every live row
    /// not in the file is deleted too. One transaction: all or nothing. Returns what
    /// changed.
    pub fn restore_file(
        &mut self,
        records: &[(usize, Record)],
        exact: bool,
    ) -> Result<RestorePlan, StoreError> {
        let tx = self.write_tx()?;
        let plan = Self::restore_in(&tx, records, exact, true)?;
        tx.commit()?;
        Ok(plan)
    }

    /// [`Store::restore_file`] inside a transaction; `journal`: whether `lifeos undo` can
    /// take it back.
    pub(super) fn restore_in(
        tx: &rusqlite::Transaction<'_>,
        records: &[(usize, Record)],
        exact: bool,
        journal: bool,
    ) -> Result<RestorePlan, StoreError> {
        let plan = plan(tx, records, exact)?;
        let now = Timestamp::now();
        let at = now.to_string();
        let first = Self::take_mutations(tx, plan.changes.len() as i64)?;
        let mut sides = Vec::new();
        let by_id: std::collections::HashMap<(EntityKind, Id), &Record> = records
            .iter()
            .map(|(_, r)| ((r.kind, r.kernel.id), r))
            .collect();
        for (i, c) in plan.changes.iter().enumerate() {
            let queue = Some(Queue {
                mutation: first + i as i64,
                at: &at,
                journal,
            });
            let (write, kernel) = match Self::get_raw(tx, c.kind, c.id)? {
                None => match by_id.get(&(c.kind, c.id)) {
                    Some(r) => (Write::Insert, r.kernel.clone()),
                    None => continue,
                },
                Some((local, _)) => {
                    let mut k: Kernel = local.bumped(now);
                    let deleted = match c.action {
                        RestoreAction::Delete | RestoreAction::Remove => true,
                        RestoreAction::Undelete => false,
                        RestoreAction::Revert | RestoreAction::Add => local.is_deleted(),
                    };
                    k.deleted_at = if deleted {
                        Some(local.deleted_at.unwrap_or(k.updated_at))
                    } else {
                        None
                    };
                    (Write::Update, k)
                }
            };
            Self::write_raw(write, tx, c.kind, &kernel, &c.fields, queue)?;
            if c.action != RestoreAction::Remove
                && let Some(p) =
                    c.kind
                        .pair(&c.fields)
                        .map_err(|source| StoreError::ImportLine {
                            line: c.line,
                            source,
                        })?
            {
                sides.push((c.line, c.kind, c.id, p));
            }
        }
        Self::check_pairs(tx, sides)?;
        Ok(plan)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::key::DbKey;
    use crate::model::{Habit, HabitCheckin, Schedule, Task};
    use crate::timestamp::LocalDate;

    fn fresh() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let key = DbKey::from_hex(&"ab".repeat(32)).unwrap();
        let store = Store::open(&dir.path().join("p/lifeos.db"), &key).unwrap();
        (dir, store)
    }

    fn backup(s: &Store) -> Vec<(usize, Record)> {
        let mut out = Vec::new();
        s.export(|r| {
            out.push((out.len() + 1, r.clone()));
            Ok(())
        })
        .unwrap();
        out
    }

    #[test]
    fn a_restored_row_is_a_new_version_queued_for_sync() {
        let (_d, mut s) = fresh();
        let t = s.create(Task::new("Pay rent")).unwrap();
        let file = backup(&s);
        s.update::<Task>(t.kernel.id, None, |f, _| {
            f.title = "edited".into();
            Ok(())
        })
        .unwrap();
        s.delete::<Task>(t.kernel.id, None).unwrap();
        let plan = s.restore_plan(&file, false).unwrap();
        assert_eq!(plan.count(RestoreAction::Undelete), 1);
        // The plan wrote nothing.
        assert!(s.get::<Task>(t.kernel.id).unwrap().kernel.is_deleted());
        let done = s.restore_file(&file, false).unwrap();
        assert_eq!(done, plan);
        let now = s.get::<Task>(t.kernel.id).unwrap();
        assert_eq!(now.fields.title, "Pay rent");
        assert!(!now.kernel.is_deleted());
        assert_eq!(now.kernel.version, 4);
        assert_eq!(now.kernel.created_at, t.kernel.created_at);
        let queued = s.outbox().unwrap();
        assert!(queued.iter().any(|e| e.id == t.kernel.id && e.version == 4));
        // Restoring again changes nothing.
        assert!(s.restore_file(&file, false).unwrap().changes.is_empty());
    }

    #[test]
    fn a_restored_row_takes_its_natural_key_back() {
        let (_d, mut s) = fresh();
        let h = s.create(Habit::new("Read", Schedule::Daily)).unwrap();
        let day = LocalDate::parse("2026-11-30").unwrap();
        let mine = s.upsert(HabitCheckin::done(h.kernel.id, day)).unwrap();
        let file = backup(&s);
        s.delete::<HabitCheckin>(mine.kernel.id, None).unwrap();
        let other = s.upsert(HabitCheckin::done(h.kernel.id, day)).unwrap();
        assert_ne!(other.kernel.id, mine.kernel.id);
        let done = s.restore_file(&file, false).unwrap();
        assert_eq!(done.count(RestoreAction::Remove), 1);
        assert_eq!(done.count(RestoreAction::Undelete), 1);
        assert!(
            !s.get::<HabitCheckin>(mine.kernel.id)
                .unwrap()
                .kernel
                .is_deleted()
        );
        assert!(
            s.get::<HabitCheckin>(other.kernel.id)
                .unwrap()
                .kernel
                .is_deleted()
        );
    }

    #[test]
    fn exact_deletes_what_the_file_lacks_and_nothing_else() {
        let (_d, mut s) = fresh();
        let kept = s.create(Task::new("kept")).unwrap();
        let file = backup(&s);
        let extra = s.create(Task::new("extra")).unwrap();
        assert!(s.restore_file(&file, false).unwrap().changes.is_empty());
        let done = s.restore_file(&file, true).unwrap();
        assert_eq!(done.changes.len(), 1);
        assert_eq!(done.changes[0].id, extra.kernel.id);
        assert!(s.get::<Task>(extra.kernel.id).unwrap().kernel.is_deleted());
        assert!(!s.get::<Task>(kept.kernel.id).unwrap().kernel.is_deleted());
    }
}
