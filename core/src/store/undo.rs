//! `lifeos undo`: the journal of local changes (what each row was before a change wrote
//! it), written by the row layer in the change's transaction, and taking the last change
//! back as new versions of its rows, so the undo syncs like any edit.

use rusqlite::{OptionalExtension, Transaction, params};
use serde::Serialize;

use super::raw::Write;
use super::{Store, StoreError};
use crate::entity::EntityKind;
use crate::id::Id;
use crate::record::Record;
use crate::timestamp::Timestamp;

/// The most journal entries kept (the oldest go first).
const KEEP: i64 = 10_000;

/// One row an undo wrote back.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Undone {
    /// The row's kind.
    pub entity: EntityKind,
    /// The row.
    pub id: Id,
    /// What it is called (its title or name), if anything.
    pub title: String,
    /// `deleted` (the change made it), `restored` (the change deleted it) or `reverted`
    /// (the change edited it).
    pub action: &'static str,
}

impl Store {
    /// Enters what row `id` is now, before a local change writes it (`NULL` for a row the
    /// change makes).
    pub(super) fn journal(
        tx: &Transaction<'_>,
        write: Write,
        kind: EntityKind,
        id: Id,
        at: &str,
    ) -> Result<(), StoreError> {
        let before = match write {
            Write::Insert => None,
            Write::Update => {
                Self::get_raw(tx, kind, id)?.map(|(k, f)| Record::from_stored(kind, k, f).to_line())
            }
        };
        tx.prepare_cached("INSERT INTO undo_log (at, entity, id, before) VALUES (?1, ?2, ?3, ?4)")?
            .execute(params![at, kind.name(), id.to_string(), before])?;
        Ok(())
    }

    /// Takes back the last local change still in the journal: every row it wrote is
    /// written as it was (a row it made, as a tombstone), each as a new version, in one
    /// transaction; its entries leave the journal, so the next undo takes the change
    /// before. `None`: nothing to undo.
    pub fn undo_last(&mut self) -> Result<Option<Vec<Undone>>, StoreError> {
        let tx = self.write_tx()?;
        tx.execute(
            "DELETE FROM undo_log WHERE seq <= (SELECT max(seq) FROM undo_log) - ?1",
            [KEEP],
        )?;
        let at: Option<String> = tx
            .query_row("SELECT max(at) FROM undo_log", [], |r| r.get(0))
            .optional()?
            .flatten();
        let Some(at) = at else {
            return Ok(None);
        };
        let entries: Vec<(String, String, Option<String>)> = tx
            .prepare("SELECT entity, id, before FROM undo_log WHERE at = ?1 ORDER BY seq")?
            .query_map([&at], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<Result<_, _>>()?;
        // The first state each row had in the change is what it goes back to.
        let mut firsts: Vec<(EntityKind, Id, Option<String>)> = Vec::new();
        for (entity, id, before) in entries {
            let (kind, id) =
                super::raw::stored_ref("the undo journal names an unknown entity", &entity, &id)?;
            if !firsts.iter().any(|(_, i, _)| *i == id) {
                firsts.push((kind, id, before));
            }
        }
        let mut records = Vec::new();
        let mut undone = Vec::new();
        for (kind, id, before) in firsts {
            let Some((now_k, now_f)) = Self::get_raw(&tx, kind, id)? else {
                continue;
            };
            let (record, action) = match before {
                Some(line) => {
                    let r = Record::parse_line(&line).map_err(|e| StoreError::Corrupt {
                        kind,
                        message: format!("the undo journal: {e}"),
                    })?;
                    let action = match (r.kernel.is_deleted(), now_k.is_deleted()) {
                        (false, true) => "restored",
                        _ => "reverted",
                    };
                    (r, action)
                }
                None => {
                    let mut k = now_k.clone();
                    k.deleted_at = Some(now_k.deleted_at.unwrap_or_else(Timestamp::now));
                    (Record::from_stored(kind, k, now_f.clone()), "deleted")
                }
            };
            let title = crate::search::doc(kind, record.kernel.created_at, record.fields_json())
                .map(|d| d.title)
                .unwrap_or_default();
            undone.push(Undone {
                entity: kind,
                id,
                title,
                action,
            });
            records.push((records.len() + 1, record));
        }
        Self::restore_in(&tx, &records, false, false)?;
        tx.execute("DELETE FROM undo_log WHERE at = ?1", [&at])?;
        tx.commit()?;
        Ok(Some(undone))
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::key::DbKey;
    use crate::model::{Note, Task};

    fn open(dir: &tempfile::TempDir) -> Store {
        let key = DbKey::from_hex(&"04".repeat(32)).unwrap();
        Store::open(&dir.path().join("u.db"), &key).unwrap()
    }

    fn task(title: &str) -> Task {
        crate::model::example(json!({ "title": title }))
    }

    #[test]
    fn undo_walks_back_through_changes_of_any_kind() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = open(&dir);
        let t = s.create(task("Buy milk")).unwrap();
        std::thread::sleep(std::time::Duration::from_millis(3));
        s.update::<Task>(t.kernel.id, None, |t, _| {
            t.title = "Buy oat milk".into();
            Ok(())
        })
        .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(3));
        let n = s
            .create(crate::model::example::<Note>(json!({"title": "Ideas"})))
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(3));
        s.delete::<Task>(t.kernel.id, None).unwrap();
        // The delete.
        let u = s.undo_last().unwrap().unwrap();
        assert_eq!(
            (u[0].action, u[0].title.as_str()),
            ("restored", "Buy oat milk")
        );
        let now = s.get::<Task>(t.kernel.id).unwrap();
        assert!(!now.kernel.is_deleted());
        assert_eq!(
            now.kernel.version, 4,
            "an undo is a new version, so it syncs"
        );
        // The note it made.
        let u = s.undo_last().unwrap().unwrap();
        assert_eq!((u[0].entity, u[0].action), (EntityKind::Note, "deleted"));
        assert!(s.get::<Note>(n.kernel.id).unwrap().kernel.is_deleted());
        // The edit.
        let u = s.undo_last().unwrap().unwrap();
        assert_eq!(u[0].action, "reverted");
        assert_eq!(s.get::<Task>(t.kernel.id).unwrap().fields.title, "Buy milk");
        // The creation, then nothing.
        assert_eq!(s.undo_last().unwrap().unwrap()[0].action, "deleted");
        assert!(s.get::<Task>(t.kernel.id).unwrap().kernel.is_deleted());
        assert_eq!(s.undo_last().unwrap(), None);
        // Every undo is in the outbox, to be pushed.
        assert!(s.outbox_len().unwrap() >= 2);
    }

    #[test]
    fn a_change_of_several_rows_is_undone_whole_and_imports_are_not_entered() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = open(&dir);
        let utc = jiff::tz::TimeZone::UTC;
        let series = Id::generate();
        let recurring: Task = crate::model::example(json!({
            "title": "Bins", "due": "2026-12-07",
            "recur": {"rule": "weekly", "series": series, "index": 1, "first": "2026-12-07"}
        }));
        s.batch(|b| b.create_with_id(series, recurring)).unwrap();
        std::thread::sleep(std::time::Duration::from_millis(3));
        let f = s.finish_task(series, None, false, &utc).unwrap();
        let u = s.undo_last().unwrap().unwrap();
        assert_eq!(u.len(), 2, "{u:?}");
        assert_eq!(
            s.get::<Task>(series).unwrap().fields.status,
            crate::model::TaskStatus::Todo
        );
        assert!(
            s.get::<Task>(f.next.unwrap().kernel.id)
                .unwrap()
                .kernel
                .is_deleted()
        );
        // An import is not a change undo takes back.
        let mut other = open(&tempfile::tempdir().unwrap());
        let line = s.records().unwrap()[0].to_line();
        other.import([(1, Record::parse_line(&line))]).unwrap();
        assert_eq!(other.undo_last().unwrap(), None);
    }
}
