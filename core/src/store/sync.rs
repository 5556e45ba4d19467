//! The store's side of sync: what to push, and applying push results and pulled pages,
//! each in one transaction. Rows written here come from the server, so they write no
//! outbox entry (no echo). A row from the server takes its natural key from a local row
//! that holds it; that row is shadowed until the key is free again (see
//! `put_from_server`).

use rusqlite::{OptionalExtension, params};

use super::{Store, StoreError};
use crate::entity::EntityKind;
use crate::id::Id;
use crate::record::Record;
use crate::sync::{
    Operation, Outcome, PulledChange, PushChange, PushResult, on_pull, on_push_result,
};
use crate::timestamp::Timestamp;

/// The pair link of a stored row, if it is one side of a pair.
pub fn pair_of(row: &Record) -> Result<Option<crate::entity::Pair>, StoreError> {
    row.kind
        .pair(row.fields_json())
        .map_err(|e| StoreError::Corrupt {
            kind: row.kind,
            message: e.to_string(),
        })
}

/// Where this mirror stands with its server.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SyncState {
    /// The last change-log sequence number applied.
    pub cursor: i64,
    /// When the last complete round ended.
    pub last_sync_at: Option<Timestamp>,
    /// The workspace this mirror belongs to, once bound.
    pub workspace: Option<String>,
}

/// What applying push results did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct PushCounts {
    /// Changes the server applied.
    pub applied: u64,
    /// Changes the server's row beat; the local row now holds the winner.
    pub superseded: u64,
}

/// What applying pulled changes did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct PullCounts {
    /// Log entries received.
    pub received: u64,
    /// Rows inserted or replaced locally.
    pub changed: u64,
}

impl Store {
    /// A value from the `meta` table.
    pub fn meta(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self
            .conn
            .query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0))
            .optional()?)
    }

    /// Sets (or with `None` removes) a `meta` value.
    pub fn set_meta(&self, key: &str, value: Option<&str>) -> Result<(), StoreError> {
        match value {
            Some(v) => self.conn.execute(
                "INSERT INTO meta (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                params![key, v],
            )?,
            None => self.conn.execute("DELETE FROM meta WHERE key = ?1", [key])?,
        };
        Ok(())
    }

    /// The sync position.
    pub fn sync_state(&self) -> Result<SyncState, StoreError> {
        Ok(SyncState {
            cursor: self
                .meta("sync_cursor")?
                .and_then(|c| c.parse().ok())
                .unwrap_or(0),
            last_sync_at: self
                .meta("last_sync_at")?
                .and_then(|t| Timestamp::parse(&t).ok()),
            workspace: self.meta("workspace_id")?,
        })
    }

    /// Binds this mirror to a workspace (once; a mirror holds one workspace's rows).
    pub fn bind_workspace(&self, workspace: &str) -> Result<(), StoreError> {
        match self.meta("workspace_id")? {
            Some(w) if w == workspace => Ok(()),
            Some(w) => Err(StoreError::Bound {
                bound: w,
                asked: workspace.to_owned(),
            }),
            None => self.set_meta("workspace_id", Some(workspace)),
        }
    }

    /// Takes a new device id (after the server found this one's mutation numbers reused:
    /// a restored or copied database). Pending changes keep their numbers.
    pub fn renew_device_id(&mut self) -> Result<(), StoreError> {
        let id = Id::generate().to_string();
        self.set_meta("device_id", Some(&id))?;
        self.device_id = id;
        Ok(())
    }

    /// After the server lost part of its log (a restore): queues every row held here
    /// for a push under new mutation numbers and moves the cursor back to 0, in one
    /// transaction. Returns the rows queued.
    pub fn resync(&mut self) -> Result<u64, StoreError> {
        let at = Timestamp::now().to_string();
        let tx = self.write_tx()?;
        let mut queued = 0u64;
        for kind in EntityKind::ALL {
            let table = kind.table();
            let n: i64 =
                tx.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))?;
            if n == 0 {
                continue;
            }
            let first = Self::take_mutations(&tx, n)?;
            tx.execute(
                &format!(
                    "INSERT INTO outbox (entity_id, entity, mutation, version, queued_at)
                     SELECT id, ?1, ?2 + row_number() OVER (ORDER BY id) - 1, version, ?3 FROM {table} WHERE true
                     ON CONFLICT (entity_id) DO UPDATE SET mutation = excluded.mutation,
                     version = excluded.version, queued_at = excluded.queued_at"
                ),
                rusqlite::params![kind.name(), first, at],
            )?;
            queued += u64::try_from(n).unwrap_or(0);
        }
        tx.execute(
            "INSERT INTO meta (key, value) VALUES ('sync_cursor', '0') ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [],
        )?;
        tx.commit()?;
        Ok(queued)
    }

    /// Records the end of a complete sync round.
    pub fn mark_synced(&self, at: Timestamp) -> Result<(), StoreError> {
        self.set_meta("last_sync_at", Some(&at.to_string()))
    }

    /// Up to `limit` changes to push: each changed row once, in its current state, under
    /// the newest mutation number of that row.
    pub fn pending(&self, limit: usize) -> Result<Vec<PushChange>, StoreError> {
        // In key order, so each batch reads just `limit` entries off the primary key
        // (acknowledged entries are gone); the order of rows in a push is immaterial.
        let mut stmt = self.conn.prepare_cached(
            "SELECT entity, entity_id, mutation FROM outbox ORDER BY entity_id LIMIT ?1",
        )?;
        let rows: Vec<(String, String, i64)> = stmt
            .query_map([i64::try_from(limit).unwrap_or(i64::MAX)], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })?
            .collect::<Result<_, _>>()?;
        let mut out = Vec::with_capacity(rows.len());
        for (entity, id, mutation) in rows {
            let (kind, id) =
                super::raw::stored_ref("outbox entry for unknown entity", &entity, &id)?;
            let (kernel, fields) =
                Self::get_raw(&self.conn, kind, id)?.ok_or_else(|| StoreError::Corrupt {
                    kind,
                    message: format!("outbox entry for a missing row {id}"),
                })?;
            out.push(PushChange {
                mutation,
                row: Record::from_stored(kind, kernel, fields),
            });
        }
        self.with_pair_sides(out)
    }

    /// Adds the pending other side of every pair side in `changes` (a transfer is
    /// pushed whole, in one batch) and puts each pair's sides next to each other.
    fn with_pair_sides(&self, mut changes: Vec<PushChange>) -> Result<Vec<PushChange>, StoreError> {
        let mut have: std::collections::HashSet<Id> =
            changes.iter().map(|c| c.row.kernel.id).collect();
        let mut extra = Vec::new();
        for c in &changes {
            let Some(pair) = pair_of(&c.row)? else {
                continue;
            };
            if have.contains(&pair.counterpart) {
                continue;
            }
            let entry: Option<(String, i64)> = self
                .conn
                .prepare_cached("SELECT entity, mutation FROM outbox WHERE entity_id = ?1")?
                .query_row([pair.counterpart.to_string()], |r| {
                    Ok((r.get(0)?, r.get(1)?))
                })
                .optional()?;
            let Some((entity, mutation)) = entry else {
                continue;
            };
            let Some(kind) = EntityKind::from_name(&entity) else {
                continue;
            };
            if let Some((kernel, fields)) = Self::get_raw(&self.conn, kind, pair.counterpart)? {
                have.insert(pair.counterpart);
                extra.push(PushChange {
                    mutation,
                    row: Record::from_stored(kind, kernel, fields),
                });
            }
        }
        changes.extend(extra);
        let mut slots: std::collections::HashMap<Id, PushChange> = std::collections::HashMap::new();
        let order: Vec<Id> = changes.iter().map(|c| c.row.kernel.id).collect();
        for c in changes {
            slots.insert(c.row.kernel.id, c);
        }
        let mut out = Vec::with_capacity(order.len());
        for id in order {
            let Some(c) = slots.remove(&id) else {
                continue;
            };
            let other = pair_of(&c.row)?.and_then(|p| slots.remove(&p.counterpart));
            out.push(c);
            out.extend(other);
        }
        Ok(out)
    }

    fn put(tx: &rusqlite::Transaction<'_>, row: &Record, exists: bool) -> Result<(), StoreError> {
        let write = if exists {
            super::raw::Write::Update
        } else {
            super::raw::Write::Insert
        };
        Self::write_raw(write, tx, row.kind, &row.kernel, row.fields_json(), None)
    }

    fn merge_in(tx: &rusqlite::Transaction<'_>, row: &Record) -> Result<bool, StoreError> {
        let local = Self::get_raw(tx, row.kind, row.kernel.id)?;
        let op = on_pull(
            local.as_ref().map(|(k, f)| crate::merge::Candidate {
                kernel: k,
                fields_json: f,
            }),
            row.candidate(),
        );
        if op == Operation::Keep {
            return Ok(false);
        }
        Self::put_from_server(tx, row, op == Operation::Replace)?;
        Ok(true)
    }

    /// Writes a row from the server. If it is live with a natural key that another live
    /// local row holds, the server's row takes the key: it keeps one live row per key,
    /// so the local holder is either an older state the log has yet to update (a row
    /// deleted or moved since) or a local row the server will merge when it is pushed.
    /// The local holder is *shadowed*: it stays as it is, with its key column cleared,
    /// until [`Store::heal_shadowed`] finds the key free again or the row is rewritten.
    /// Nothing is decided from a possibly stale intermediate state of the log.
    fn put_from_server(
        tx: &rusqlite::Transaction<'_>,
        row: &Record,
        exists: bool,
    ) -> Result<(), StoreError> {
        if let Some(key) = Self::stored_key(row.kind, &row.kernel, row.fields_json())?
            && let Some((holder, _)) = Self::holder(tx, row.kind, &key)?
            && holder.id != row.kernel.id
        {
            tx.prepare_cached(&format!(
                "UPDATE {} SET natural_key = NULL WHERE id = ?1",
                row.kind.table()
            ))?
            .execute([holder.id.to_string()])?;
            tx.prepare_cached(
                "INSERT OR IGNORE INTO shadowed_key (entity, entity_id) VALUES (?1, ?2)",
            )?
            .execute(params![row.kind.name(), holder.id.to_string()])?;
        }
        Self::put(tx, row, exists)
    }

    /// Gives shadowed rows their natural key back where it is free again; forgets those
    /// that were deleted, rewritten or no longer have a key. Runs at the end of every
    /// transaction that writes rows from the server.
    fn heal_shadowed(tx: &rusqlite::Transaction<'_>) -> Result<(), StoreError> {
        let shadowed: Vec<(String, String)> = tx
            .prepare_cached("SELECT entity, entity_id FROM shadowed_key")?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<Result<_, _>>()?;
        for (entity, id) in shadowed {
            let (kind, parsed) =
                super::raw::stored_ref("shadowed row of unknown entity", &entity, &id)?;
            let row = Self::get_raw(tx, kind, parsed)?;
            let key = match &row {
                Some((k, f)) => Self::stored_key(kind, k, f)?,
                None => None,
            };
            let column: Option<String> = match &row {
                Some(_) => tx.query_row(
                    &format!("SELECT natural_key FROM {} WHERE id = ?1", kind.table()),
                    [&id],
                    |r| r.get(0),
                )?,
                None => None,
            };
            let settled = match (&key, &column) {
                // Deleted, keyless, or rewritten with its key since.
                (None, _) | (Some(_), Some(_)) => true,
                (Some(k), None) => {
                    if Self::holder(tx, kind, k)?.is_none() {
                        tx.execute(
                            &format!("UPDATE {} SET natural_key = ?2 WHERE id = ?1", kind.table()),
                            params![id, k],
                        )?;
                        true
                    } else {
                        false
                    }
                }
            };
            if settled {
                tx.execute(
                    "DELETE FROM shadowed_key WHERE entity = ?1 AND entity_id = ?2",
                    params![entity, id],
                )?;
            }
        }
        Ok(())
    }

    /// Applies the server's answers to a push, in one transaction: a row not changed
    /// locally since it was pushed takes the server's row; its outbox entries up to the
    /// pushed mutation are done.
    pub fn apply_push_results(
        &mut self,
        sent: &[PushChange],
        results: &[PushResult],
    ) -> Result<PushCounts, StoreError> {
        if sent.len() != results.len()
            || sent
                .iter()
                .zip(results)
                .any(|(s, r)| s.mutation != r.mutation)
        {
            return Err(StoreError::Protocol(
                "the push results do not match the changes sent".into(),
            ));
        }
        let tx = self.write_tx()?;
        let mut counts = PushCounts::default();
        for (s, r) in sent.iter().zip(results) {
            if r.row.kind != s.row.kind {
                return Err(StoreError::Protocol(
                    "a push result names another kind of row".into(),
                ));
            }
            if r.row.kernel.id == s.row.kernel.id {
                let local = Self::get_raw(&tx, s.row.kind, s.row.kernel.id)?;
                let unchanged = local
                    .as_ref()
                    .is_some_and(|(k, f)| *k == r.row.kernel && f == r.row.fields_json());
                let local_candidate = local.as_ref().map(|(k, f)| crate::merge::Candidate {
                    kernel: k,
                    fields_json: f,
                });
                let op = on_push_result(local_candidate, s.row.candidate());
                // Usually the server stored exactly what was sent: nothing to write.
                if op == Operation::Insert || (op == Operation::Replace && !unchanged) {
                    Self::put_from_server(&tx, &r.row, op == Operation::Replace)?;
                }
            } else {
                // Merged into another row by its natural key: take that row by the rule;
                // the tombstone of ours arrives with the pull.
                Self::merge_in(&tx, &r.row)?;
            }
            tx.prepare_cached(
                "DELETE FROM outbox WHERE entity = ?1 AND entity_id = ?2 AND mutation <= ?3",
            )?
            .execute(params![
                s.row.kind.name(),
                s.row.kernel.id.to_string(),
                s.mutation
            ])?;
            match r.outcome {
                Outcome::Applied => counts.applied += 1,
                Outcome::Superseded => counts.superseded += 1,
            }
        }
        Self::heal_shadowed(&tx)?;
        tx.commit()?;
        Ok(counts)
    }

    /// Applies one pulled page and moves the cursor, in one transaction.
    pub fn apply_pull(
        &mut self,
        changes: &[PulledChange],
        next_cursor: i64,
    ) -> Result<PullCounts, StoreError> {
        let tx = self.write_tx()?;
        let mut counts = PullCounts::default();
        for c in changes {
            counts.received += 1;
            if Self::merge_in(&tx, &c.row)? {
                counts.changed += 1;
            }
        }
        tx.execute(
            "INSERT INTO meta (key, value) VALUES ('sync_cursor', ?1) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [next_cursor.to_string()],
        )?;
        Self::heal_shadowed(&tx)?;
        tx.commit()?;
        Ok(counts)
    }

    /// Every row of every kind as records (tombstones included), for comparisons.
    pub fn records(&self) -> Result<Vec<Record>, StoreError> {
        let mut out = Vec::new();
        self.export(|r| {
            out.push(r.clone());
            Ok(())
        })?;
        Ok(out)
    }
}

/// The local side of sync on its own: the server's answers are written by hand, so each
/// rule here is checked without a server (the round trip through a real one is the
/// server's and the CLI's tests).
#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::entity::Entity;
    use crate::kernel::Kernel;
    use crate::key::DbKey;
    use crate::model::{Note, Task, Transaction};

    fn open(dir: &tempfile::TempDir, name: &str) -> Store {
        let key = DbKey::from_hex(&"02".repeat(32)).unwrap();
        Store::open(&dir.path().join(name), &key).unwrap()
    }

    fn task(title: &str) -> Task {
        crate::model::example(json!({ "title": title }))
    }

    fn note(title: &str) -> Note {
        crate::model::example(json!({ "title": title }))
    }

    /// The server's row for a pushed change: what was sent, with `kernel` changed by `f`
    /// and the fields replaced when `fields` is given.
    fn answered(sent: &PushChange, f: impl FnOnce(&mut Kernel), fields: Option<&str>) -> Record {
        let mut kernel = sent.row.kernel.clone();
        f(&mut kernel);
        Record::from_stored(
            sent.row.kind,
            kernel,
            fields.unwrap_or(sent.row.fields_json()).to_owned(),
        )
    }

    fn result(sent: &PushChange, outcome: Outcome, row: Record) -> PushResult {
        PushResult {
            mutation: sent.mutation,
            outcome,
            row,
        }
    }

    #[test]
    fn meta_values_and_the_sync_state_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = open(&dir, "a.db");
        assert_eq!(s.meta("colour").unwrap(), None);
        s.set_meta("colour", Some("green")).unwrap();
        assert_eq!(s.meta("colour").unwrap().as_deref(), Some("green"));
        s.set_meta("colour", Some("blue")).unwrap();
        assert_eq!(s.meta("colour").unwrap().as_deref(), Some("blue"));
        s.set_meta("colour", None).unwrap();
        assert_eq!(s.meta("colour").unwrap(), None);
        assert_eq!(s.sync_state().unwrap(), SyncState::default());
        s.apply_pull(&[], 41).unwrap();
        let at = Timestamp::parse("2026-12-07T10:00:00.000Z").unwrap();
        s.mark_synced(at).unwrap();
        s.bind_workspace("ws-1").unwrap();
        assert_eq!(
            s.sync_state().unwrap(),
            SyncState {
                cursor: 41,
                last_sync_at: Some(at),
                workspace: Some("ws-1".into()),
            }
        );
        // Bound once: the same workspace again is fine, another is refused.
        s.bind_workspace("ws-1").unwrap();
        assert!(matches!(
            s.bind_workspace("ws-2"),
            Err(StoreError::Bound { bound, asked }) if bound == "ws-1" && asked == "ws-2"
        ));
        let before = s.device_id().to_owned();
        s.renew_device_id().unwrap();
        assert_ne!(s.device_id(), before);
        assert_eq!(s.meta("device_id").unwrap().as_deref(), Some(s.device_id()));
        drop(s);
        let s = open(&dir, "a.db");
        assert_ne!(s.device_id(), before, "the new device id is kept");
    }

    #[test]
    fn push_results_settle_the_outbox_and_take_the_servers_row() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = open(&dir, "a.db");
        let same = s.create(task("applied as sent")).unwrap();
        let clamped = s.create(task("applied with a clamped clock")).unwrap();
        let beaten = s.create(task("superseded")).unwrap();
        let edited = s.create(task("edited after the push was read")).unwrap();
        let reworded = s.create(task("applied as the server words it")).unwrap();
        let sent = s.pending(100).unwrap();
        assert_eq!(sent.len(), 5);
        let by_id = |id: Id| sent.iter().find(|c| c.row.kernel.id == id).unwrap();
        s.update::<Task>(edited.kernel.id, None, |t, _| {
            t.title = "edited again".into();
            Ok(())
        })
        .unwrap();
        let later = Timestamp::parse("2026-12-07T10:00:00.000Z").unwrap();
        let winner = r#"{"title":"the server's"}"#;
        let winner = Task::KIND.canonical_fields(winner).unwrap();
        let results: Vec<PushResult> = sent
            .iter()
            .map(|c| {
                let id = c.row.kernel.id;
                if id == clamped.kernel.id {
                    result(
                        c,
                        Outcome::Applied,
                        answered(c, |k| k.updated_at = later, None),
                    )
                } else if id == beaten.kernel.id {
                    let row = answered(c, |k| k.version += 1, Some(&winner));
                    result(c, Outcome::Superseded, row)
                } else if id == reworded.kernel.id {
                    // The same kernel, other fields: the server's stored form wins.
                    result(c, Outcome::Applied, answered(c, |_| {}, Some(&winner)))
                } else {
                    result(c, Outcome::Applied, answered(c, |_| {}, None))
                }
            })
            .collect();
        let counts = s.apply_push_results(&sent, &results).unwrap();
        assert_eq!(
            counts,
            PushCounts {
                applied: 4,
                superseded: 1
            }
        );
        assert_eq!(
            s.get::<Task>(reworded.kernel.id).unwrap().fields.title,
            "the server's"
        );
        assert_eq!(s.get::<Task>(same.kernel.id).unwrap(), same);
        assert_eq!(
            s.get::<Task>(clamped.kernel.id).unwrap().kernel.updated_at,
            later
        );
        let lost = s.get::<Task>(beaten.kernel.id).unwrap();
        assert_eq!(
            (lost.fields.title.as_str(), lost.kernel.version),
            ("the server's", 2)
        );
        // A row changed since it was read for the push keeps its change and its entry.
        let kept = s.get::<Task>(edited.kernel.id).unwrap();
        assert_eq!(kept.fields.title, "edited again");
        let left = s.pending(100).unwrap();
        assert_eq!(left.len(), 1);
        assert_eq!(left[0].row.kernel.id, edited.kernel.id);
        assert!(left[0].mutation > by_id(edited.kernel.id).mutation);
    }

    #[test]
    fn push_results_that_do_not_match_what_was_sent_are_refused_whole() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = open(&dir, "a.db");
        s.create(task("one")).unwrap();
        s.create(task("two")).unwrap();
        let sent = s.pending(100).unwrap();
        let good: Vec<PushResult> = sent
            .iter()
            .map(|c| result(c, Outcome::Applied, answered(c, |_| {}, None)))
            .collect();
        let protocol =
            |r: Result<PushCounts, StoreError>| matches!(r, Err(StoreError::Protocol(_)));
        // Fewer answers than changes.
        assert!(protocol(s.apply_push_results(&sent, &good[..1])));
        // An answer under another mutation number.
        let mut renumbered = good.clone();
        renumbered[1].mutation += 100;
        assert!(protocol(s.apply_push_results(&sent, &renumbered)));
        // An answer naming another kind of row.
        let mut other_kind = good.clone();
        let n = s.create(note("a note")).unwrap();
        other_kind[0].row = Record::from_stored(
            EntityKind::Note,
            n.kernel,
            serde_json::to_string(&n.fields).unwrap(),
        );
        assert!(protocol(s.apply_push_results(&sent, &other_kind)));
        // Nothing was settled by the refused answers.
        assert_eq!(s.pending(100).unwrap().len(), 3);
        assert_eq!(s.apply_push_results(&sent, &good).unwrap().applied, 2);
        assert_eq!(s.pending(100).unwrap().len(), 1);
    }

    #[test]
    fn pulled_pages_count_what_they_change_and_move_the_cursor() {
        let dir = tempfile::tempdir().unwrap();
        let mut server = open(&dir, "server.db");
        let mut s = open(&dir, "a.db");
        let a = server.create(task("pulled one")).unwrap();
        server.create(task("pulled two")).unwrap();
        let records = server.records().unwrap();
        assert_eq!(records.len(), 2);
        let page: Vec<PulledChange> = records
            .iter()
            .enumerate()
            .map(|(i, r)| PulledChange {
                seq: i as i64 + 1,
                row: r.clone(),
            })
            .collect();
        assert_eq!(
            s.apply_pull(&page, 2).unwrap(),
            PullCounts {
                received: 2,
                changed: 2
            }
        );
        // Again, and with a newer version of one row: only that one changes.
        server
            .update::<Task>(a.kernel.id, None, |t, _| {
                t.title = "pulled one, edited".into();
                Ok(())
            })
            .unwrap();
        let mut again = page.clone();
        again.push(PulledChange {
            seq: 3,
            row: server
                .records()
                .unwrap()
                .into_iter()
                .find(|r| r.kernel.id == a.kernel.id)
                .unwrap(),
        });
        assert_eq!(
            s.apply_pull(&again, 3).unwrap(),
            PullCounts {
                received: 3,
                changed: 1
            }
        );
        assert_eq!(s.sync_state().unwrap().cursor, 3);
        assert_eq!(
            s.get::<Task>(a.kernel.id).unwrap().fields.title,
            "pulled one, edited"
        );
        assert_eq!(s.records().unwrap(), server.records().unwrap());
        // Pulled rows are the server's: nothing to push back.
        assert!(s.pending(10).unwrap().is_empty());
    }

    #[test]
    fn resync_queues_every_row_under_new_numbers_and_rewinds() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = open(&dir, "a.db");
        let t = s.create(task("kept")).unwrap();
        s.create(task("gone")).unwrap();
        s.create(note("a note")).unwrap();
        s.delete::<Task>(t.kernel.id, None).unwrap();
        let sent = s.pending(100).unwrap();
        let acked: Vec<PushResult> = sent
            .iter()
            .map(|c| result(c, Outcome::Applied, answered(c, |_| {}, None)))
            .collect();
        s.apply_push_results(&sent, &acked).unwrap();
        s.apply_pull(&[], 9).unwrap();
        assert!(s.pending(100).unwrap().is_empty());
        let last = sent.iter().map(|c| c.mutation).max().unwrap();
        assert_eq!(s.resync().unwrap(), 3, "tombstones too");
        let queued = s.pending(100).unwrap();
        assert_eq!(queued.len(), 3);
        let mut numbers: Vec<i64> = queued.iter().map(|c| c.mutation).collect();
        numbers.sort_unstable();
        numbers.dedup();
        assert_eq!(numbers.len(), 3);
        assert!(numbers.iter().all(|m| *m > last));
        assert_eq!(s.sync_state().unwrap().cursor, 0);
    }

    #[test]
    fn a_pending_transfer_is_pushed_with_both_sides_together() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = open(&dir, "a.db");
        let refs = |_| Id::generate();
        let [a, b] = Transaction::example_pair(&refs).unwrap();
        let (x, y) = s.batch(|bt| bt.create_pair(a, b)).unwrap();
        for _ in 0..3 {
            s.create(note("between")).unwrap();
        }
        // However small the batch, a side never travels without the other.
        for limit in 1..=5 {
            let batch = s.pending(limit).unwrap();
            let ids: Vec<Id> = batch.iter().map(|c| c.row.kernel.id).collect();
            if let Some(i) = ids
                .iter()
                .position(|id| *id == x.kernel.id || *id == y.kernel.id)
            {
                let other = if ids[i] == x.kernel.id {
                    y.kernel.id
                } else {
                    x.kernel.id
                };
                assert_eq!(ids.get(i + 1), Some(&other), "limit {limit}: {ids:?}");
            }
        }
        assert!(
            pair_of(
                &s.pending(100)
                    .unwrap()
                    .into_iter()
                    .find(|c| c.row.kind == EntityKind::Transaction)
                    .unwrap()
                    .row
            )
            .unwrap()
            .is_some()
        );
    }
}
