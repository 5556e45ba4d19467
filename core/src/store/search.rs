//! The search index and the timeline on SQLite: an FTS5 table and an event table kept
//! from the rows in the same transaction as each write ([`Store::index_row`], called by
//! every row write), rebuilt at open when the declarations they come from changed
//! ([`crate::search::fingerprint`]), and the two reads over them.

use rusqlite::{Connection, OptionalExtension, Transaction, TransactionBehavior, params};
use time::{Date, UtcOffset};

use super::raw::kernel_from_row;
use super::{Store, StoreError};
use crate::entity::EntityKind;
use crate::kernel::Kernel;
use crate::search::{self, DayRange, Hit, MARK_CLOSE, MARK_OPEN, Moment, SearchQuery, When};
use crate::timestamp::LocalDate;

/// Whether writes keep the index (`LIFEOS_SEARCH_INDEX=off` defers it to the next open
/// without it, which rebuilds it: for bulk loads and for measuring its cost).
fn indexing() -> bool {
    static ON: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *ON.get_or_init(|| {
        !std::env::var("LIFEOS_SEARCH_INDEX").is_ok_and(|v| v.eq_ignore_ascii_case("off"))
    })
}

fn corrupt(kind: EntityKind, e: impl std::fmt::Display) -> StoreError {
    StoreError::Corrupt {
        kind,
        message: e.to_string(),
    }
}

impl Store {
    /// Brings the index of row `k` in line with what was just written: a tombstone
    /// leaves it, a live row is (re)indexed.
    pub(super) fn index_row(
        tx: &Transaction<'_>,
        kind: EntityKind,
        k: &Kernel,
        fields: &str,
    ) -> Result<(), StoreError> {
        if !indexing() {
            return Ok(());
        }
        let id = k.id.to_string();
        let old: Option<i64> = tx
            .prepare_cached("SELECT doc FROM search_doc WHERE id = ?1")?
            .query_row([&id], |r| r.get(0))
            .optional()?;
        if let Some(doc) = old {
            tx.prepare_cached("DELETE FROM search WHERE rowid = ?1")?
                .execute([doc])?;
            tx.prepare_cached("DELETE FROM search_doc WHERE doc = ?1")?
                .execute([doc])?;
            tx.prepare_cached("DELETE FROM event WHERE id = ?1")?
                .execute([&id])?;
        }
        if k.deleted_at.is_some() {
            return Ok(());
        }
        Self::insert_doc(tx, kind, k, fields)
    }

    fn insert_doc(
        conn: &Connection,
        kind: EntityKind,
        k: &Kernel,
        fields: &str,
    ) -> Result<(), StoreError> {
        let d = search::doc(kind, k.created_at, fields).map_err(|e| corrupt(kind, e))?;
        let id = k.id.to_string();
        let tags = serde_json::to_string(&d.tags).map_err(|e| corrupt(kind, e))?;
        let doc: i64 = conn
            .prepare_cached(
                "INSERT INTO search_doc (id, kind, tags, parent, at) VALUES (?1, ?2, ?3, ?4, ?5) RETURNING doc",
            )?
            .query_row(
                params![
                    id,
                    kind.name(),
                    tags,
                    d.parent,
                    d.events.first().map(|e| e.0.text())
                ],
                |r| r.get(0),
            )?;
        conn.prepare_cached("INSERT INTO search (rowid, title, body) VALUES (?1, ?2, ?3)")?
            .execute(params![doc, d.title, d.body])?;
        let mut event = conn.prepare_cached(
            "INSERT OR REPLACE INTO event (id, what, kind, at) VALUES (?1, ?2, ?3, ?4)",
        )?;
        for (when, what) in &d.events {
            event.execute(params![id, what, kind.name(), when.text()])?;
        }
        Ok(())
    }

    /// At open: rebuilds the index if it was built from other declarations (or never),
    /// or, with indexing off, marks it to be rebuilt. Returns whether it rebuilt.
    pub(super) fn ensure_index(conn: &mut Connection) -> Result<bool, StoreError> {
        let want = search::fingerprint();
        let have: Option<String> = conn
            .query_row(
                "SELECT value FROM meta WHERE key = 'search_index'",
                [],
                |r| r.get(0),
            )
            .optional()?;
        if !indexing() {
            if have.is_some() {
                conn.execute("DELETE FROM meta WHERE key = 'search_index'", [])?;
            }
            return Ok(false);
        }
        if have.as_deref() == Some(want.as_str()) {
            return Ok(false);
        }
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        Self::rebuild_index(&tx, &want)?;
        tx.commit()?;
        Ok(true)
    }

    /// Fills the index and the timeline afresh from the live rows and records the
    /// declarations' `fingerprint` they were built from.
    fn rebuild_index(tx: &Transaction<'_>, fingerprint: &str) -> Result<u64, StoreError> {
        tx.execute_batch("DELETE FROM search; DELETE FROM search_doc; DELETE FROM event;")?;
        let mut n = 0;
        for kind in EntityKind::ALL {
            let mut stmt = tx.prepare(&format!(
                "SELECT id, created_at, updated_at, deleted_at, version, fields FROM {} WHERE deleted_at IS NULL",
                kind.table()
            ))?;
            let mut rows = stmt.query([])?;
            while let Some(r) = rows.next()? {
                let (k, fields) = kernel_from_row(r)?;
                Self::insert_doc(tx, *kind, &k, &fields)?;
                n += 1;
            }
        }
        tx.execute(
            "INSERT INTO meta (key, value) VALUES ('search_index', ?1) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [fingerprint],
        )?;
        Ok(n)
    }

    /// Rebuilds the search index and the timeline from the rows (`lifeos db reindex`);
    /// returns how many rows it indexed.
    pub fn reindex(&mut self) -> Result<u64, StoreError> {
        let tx = self.write_tx()?;
        let n = Self::rebuild_index(&tx, &search::fingerprint())?;
        tx.commit()?;
        Ok(n)
    }

    /// The best `limit` rows for `q` (days read at `offset`), best first; a query of
    /// filters only lists its rows newest first.
    pub fn search(
        &self,
        q: &SearchQuery,
        offset: UtcOffset,
        limit: usize,
    ) -> Result<Vec<Hit>, StoreError> {
        let mut sql = String::new();
        let mut args: Vec<Box<dyn rusqlite::ToSql>> = Vec::new();
        let open = MARK_OPEN.to_string();
        let close = MARK_CLOSE.to_string();
        let fts = q.fts5();
        if let Some(m) = &fts {
            // The best `limit` hits first, by rank alone; only they get a highlight, a
            // snippet and their parent's title (on a common word those cost far more
            // than the rank, tens of thousands of times over).
            sql.push_str(
                "WITH top AS (SELECT d.doc AS doc, d.id AS id, bm25(m.search, 5.0, 1.0) AS score
                 FROM search m JOIN search_doc d ON d.doc = m.rowid WHERE m.search MATCH ?3",
            );
            args.push(Box::new(open.clone()));
            args.push(Box::new(close.clone()));
            args.push(Box::new(m.clone()));
        } else {
            sql.push_str(
                // CROSS JOIN: from search_doc, newest first by its index, so the walk
                // stops at the limit (SQLite would otherwise scan the text table first).
                "SELECT d.kind, d.id, s.title, substr(s.body, 1, 120), ps.title, 0.0 AS score
                 FROM search_doc d CROSS JOIN search s ON s.rowid = d.doc
                 LEFT JOIN search_doc pd ON pd.id = d.parent LEFT JOIN search ps ON ps.rowid = pd.doc
                 WHERE 1",
            );
        }
        if !q.kinds.is_empty() {
            let marks: Vec<String> = q
                .kinds
                .iter()
                .map(|k| {
                    args.push(Box::new(k.name()));
                    format!("?{}", args.len())
                })
                .collect();
            sql.push_str(&format!(" AND d.kind IN ({})", marks.join(", ")));
        }
        for tag in &q.tags {
            args.push(Box::new(tag.clone()));
            sql.push_str(&format!(
                " AND EXISTS (SELECT 1 FROM json_each(d.tags) WHERE value = ?{})",
                args.len()
            ));
        }
        if let Some(r) = q.range(offset) {
            let n = args.len();
            args.push(Box::new(r.first_day));
            args.push(Box::new(r.last_day));
            args.push(Box::new(r.start));
            args.push(Box::new(r.end));
            sql.push_str(&format!(
                " AND ((length(d.at) = 10 AND d.at BETWEEN ?{} AND ?{}) OR (length(d.at) > 10 AND d.at >= ?{} AND d.at < ?{}))",
                n + 1,
                n + 2,
                n + 3,
                n + 4
            ));
        }
        args.push(Box::new(i64::try_from(limit).unwrap_or(i64::MAX)));
        if fts.is_some() {
            sql.push_str(&format!(
                " ORDER BY score, d.id LIMIT ?{})
                 SELECT d.kind, d.id, highlight(m.search, 0, ?1, ?2), snippet(m.search, 1, ?1, ?2, '…', 16), ps.title, top.score
                 FROM top CROSS JOIN search m ON m.rowid = top.doc JOIN search_doc d ON d.doc = top.doc
                 LEFT JOIN search_doc pd ON pd.id = d.parent LEFT JOIN search ps ON ps.rowid = pd.doc
                 WHERE m.search MATCH ?3 ORDER BY top.score, top.id",
                args.len()
            ));
        } else {
            sql.push_str(&format!(
                " ORDER BY d.at DESC, d.id DESC LIMIT ?{}",
                args.len()
            ));
        }
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let refs: Vec<&dyn rusqlite::ToSql> = args.iter().map(|a| a.as_ref()).collect();
        let mut rows = stmt.query(refs.as_slice())?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            let kind_name: String = r.get(0)?;
            let Some(kind) = EntityKind::from_name(&kind_name) else {
                continue;
            };
            let id: String = r.get(1)?;
            let id = id.parse().map_err(|e| corrupt(kind, e))?;
            let title: String = r.get(2)?;
            let body: String = r.get(3)?;
            let parent: Option<String> = r.get(4)?;
            let rank: f64 = r.get(5)?;
            let (title_text, title_marks) = search::unmark(&title);
            let (snippet, marks) = if body.contains(MARK_OPEN) || body.is_empty() {
                search::unmark(&body)
            } else {
                (body, Vec::new())
            };
            let (snippet, marks) = if marks.is_empty() && !title_marks.is_empty() {
                (title_text.clone(), title_marks)
            } else {
                (snippet, marks)
            };
            let title = if title_text.is_empty() {
                parent.unwrap_or_default()
            } else {
                title_text
            };
            out.push(Hit {
                entity: kind,
                id,
                title,
                snippet,
                marks,
                score: if rank == 0.0 { 0.0 } else { -rank },
            });
        }
        Ok(out)
    }

    /// Everything that happened on the local days `from..=to` at `offset`, in order.
    pub fn timeline(
        &self,
        from: Date,
        to: Date,
        offset: UtcOffset,
    ) -> Result<Vec<Moment>, StoreError> {
        let r = DayRange::new(from, to, offset);
        let mut stmt = self.conn.prepare_cached(
            "SELECT e.at, e.kind, e.id, e.what, s.title, ps.title
             FROM event e JOIN search_doc d ON d.id = e.id JOIN search s ON s.rowid = d.doc
             LEFT JOIN search_doc pd ON pd.id = d.parent LEFT JOIN search ps ON ps.rowid = pd.doc
             WHERE (length(e.at) = 10 AND e.at BETWEEN ?1 AND ?2)
                OR (length(e.at) > 10 AND e.at >= ?3 AND e.at < ?4)",
        )?;
        let mut rows = stmt.query(params![r.first_day, r.last_day, r.start, r.end])?;
        let mut out = Vec::new();
        while let Some(row) = rows.next()? {
            let at: String = row.get(0)?;
            let kind_name: String = row.get(1)?;
            let Some(kind) = EntityKind::from_name(&kind_name) else {
                continue;
            };
            let bad = |what: &str| corrupt(kind, format!("the timeline holds {what}"));
            let when = When::parse(&at).ok_or_else(|| bad("a bad time"))?;
            let id: String = row.get(2)?;
            let what: String = row.get(3)?;
            let what = search::what_of(kind, &what).ok_or_else(|| bad("an undeclared event"))?;
            let title: String = row.get(4)?;
            let parent: Option<String> = row.get(5)?;
            let (day, time) = when.local(offset);
            out.push(Moment {
                at: when,
                day: LocalDate::new(day),
                time: time.map(|t| format!("{:02}:{:02}", t.hour(), t.minute())),
                entity: kind,
                id: id.parse().map_err(|e| corrupt(kind, e))?,
                what,
                title: if title.is_empty() {
                    parent.unwrap_or_default()
                } else {
                    title
                },
            });
        }
        out.sort_by_key(Moment::sort_key);
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use serde_json::json;
    use time::Month;

    use super::*;
    use crate::entity::Entity;
    use crate::key::DbKey;
    use crate::model::{Fast, Habit, HabitCheckin, Note, Task};

    fn open(dir: &tempfile::TempDir) -> Store {
        let key = DbKey::from_hex(&"01".repeat(32)).unwrap();
        Store::open(&dir.path().join("lifeos.db"), &key).unwrap()
    }

    fn row<E: Entity>(v: serde_json::Value) -> E {
        crate::model::example(v)
    }

    fn today() -> Date {
        Date::from_calendar_date(2026, Month::December, 7).unwrap()
    }

    fn find(s: &Store, q: &str) -> Vec<Hit> {
        let q = SearchQuery::parse(q, today()).unwrap();
        s.search(&q, UtcOffset::UTC, 50).unwrap()
    }

    fn titles(hits: &[Hit]) -> Vec<&str> {
        hits.iter().map(|h| h.title.as_str()).collect()
    }

    #[test]
    fn every_query_form_finds_what_it_says() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = open(&dir);
        s.create(row::<Task>(
            json!({"title": "Water the roses", "notes": "before the frost", "tags": ["garden"]}),
        ))
        .unwrap();
        s.create(row::<Note>(json!({"title": "Frost dates", "body": "The roses bloom late; water them weekly.", "tags": ["garden", "notes"]})))
            .unwrap();
        s.create(row::<Note>(
            json!({"title": "Café list", "body": "Watering can from the Crème shop"}),
        ))
        .unwrap();
        // A word in the title ranks above the same word in a body.
        assert_eq!(
            titles(&find(&s, "frost")),
            ["Frost dates", "Water the roses"]
        );
        assert_eq!(
            titles(&find(&s, "roses")),
            ["Water the roses", "Frost dates"]
        );
        // Prefixes, phrases, exclusions; case and accents ignored.
        assert_eq!(find(&s, "wat*").len(), 3);
        assert_eq!(titles(&find(&s, "\"water them\"")), ["Frost dates"]);
        assert_eq!(titles(&find(&s, "roses -frost")), Vec::<&str>::new());
        assert_eq!(titles(&find(&s, "water -bloom")), ["Water the roses"]);
        assert_eq!(titles(&find(&s, "CAFE creme")), ["Café list"]);
        // Kinds and tags.
        assert_eq!(titles(&find(&s, "roses kind:notes")), ["Frost dates"]);
        assert_eq!(titles(&find(&s, "roses kind:task,note")).len(), 2);
        assert_eq!(titles(&find(&s, "tag:garden tag:notes")), ["Frost dates"]);
        assert_eq!(find(&s, "kind:note").len(), 2);
        // Snippets mark the matches.
        let hit = &find(&s, "bloom")[0];
        assert_eq!(hit.entity, EntityKind::Note);
        let chars: Vec<char> = hit.snippet.chars().collect();
        let [a, b] = hit.marks[0];
        assert_eq!(chars[a..b].iter().collect::<String>(), "bloom");
        assert!(hit.score > 0.0);
        // A title match marks the title.
        let hit = &find(&s, "café")[0];
        assert_eq!(hit.snippet, "Café list");
        assert_eq!(hit.marks, [[0, 4]]);
    }

    #[test]
    fn the_index_follows_every_write_in_its_transaction() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = open(&dir);
        let t = s
            .create(row::<Task>(json!({"title": "Call the plumber"})))
            .unwrap();
        assert_eq!(find(&s, "plumber").len(), 1);
        s.update::<Task>(t.kernel.id, None, |t, _| {
            t.title = "Call the electrician".into();
            Ok(())
        })
        .unwrap();
        assert!(find(&s, "plumber").is_empty());
        assert_eq!(find(&s, "electrician")[0].id, t.kernel.id);
        s.delete::<Task>(t.kernel.id, None).unwrap();
        assert!(find(&s, "electrician").is_empty());
        s.restore::<Task>(t.kernel.id, None).unwrap();
        assert_eq!(find(&s, "electrician").len(), 1);
        // A refused write (a second check-in for the day) leaves the index as it was.
        let h = s
            .create(row::<Habit>(
                json!({"name": "Stretch", "schedule": "daily"}),
            ))
            .unwrap();
        let checkin = |note: &str| {
            row::<HabitCheckin>(
                json!({"habit_id": h.kernel.id, "date": "2026-11-12", "note": note}),
            )
        };
        s.create(checkin("first")).unwrap();
        assert!(s.create(checkin("second")).is_err());
        assert!(find(&s, "second").is_empty());
        assert_eq!(find(&s, "first").len(), 1);
        // The index holds only live rows.
        let docs: i64 = s
            .conn
            .query_row("SELECT count(*) FROM search_doc", [], |r| r.get(0))
            .unwrap();
        assert_eq!(docs, 3);
    }

    #[test]
    fn the_index_is_rebuilt_when_missing_or_stale() {
        let dir = tempfile::tempdir().unwrap();
        let id = {
            let mut s = open(&dir);
            let t = s
                .create(row::<Task>(json!({"title": "Renew passport"})))
                .unwrap();
            // As a database from before the index, or from other declarations.
            s.conn
                .execute_batch(
                    "DELETE FROM search; DELETE FROM search_doc; DELETE FROM event;
                     UPDATE meta SET value = 'search-0' WHERE key = 'search_index';",
                )
                .unwrap();
            assert!(find(&s, "passport").is_empty());
            t.kernel.id
        };
        let mut s = open(&dir);
        assert_eq!(find(&s, "passport")[0].id, id);
        s.conn.execute_batch("DELETE FROM search").unwrap();
        assert_eq!(s.reindex().unwrap(), 1);
        assert_eq!(find(&s, "passport").len(), 1);
    }

    #[test]
    fn the_timeline_reads_local_days() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = open(&dir);
        let west = UtcOffset::from_hms(-5, 0, 0).unwrap();
        // 2026-11-13T03:30Z is 22:30 on the 12th at UTC-5.
        s.create(row::<Task>(json!({"title": "File taxes", "status": "done", "completed_at": "2026-11-13T03:30:00.000Z"})))
            .unwrap();
        // 2026-11-12T04:59Z is still the 11th at UTC-5.
        s.create(row::<Fast>(json!({"started_at": "2026-11-12T04:59:00.000Z", "ended_at": "2026-11-12T22:00:00.000Z"})))
            .unwrap();
        let h = s
            .create(row::<Habit>(
                json!({"name": "Stretch", "schedule": "daily"}),
            ))
            .unwrap();
        s.create(row::<HabitCheckin>(
            json!({"habit_id": h.kernel.id, "date": "2026-11-12"}),
        ))
        .unwrap();
        let d12 = Date::from_calendar_date(2026, Month::November, 12).unwrap();
        let day = s.timeline(d12, d12, west).unwrap();
        let said: Vec<(Option<&str>, &str, &str)> = day
            .iter()
            .map(|m| (m.time.as_deref(), m.what, m.title.as_str()))
            .collect();
        assert_eq!(
            said,
            [
                (None, "checked in", "Stretch"),
                (Some("17:00"), "ended", ""),
                (Some("22:30"), "done", "File taxes"),
            ]
        );
        assert!(day.iter().all(|m| m.day.to_string() == "2026-11-12"));
        // In UTC the task was done on the 13th and the fast started on the 12th.
        let utc = s.timeline(d12, d12, UtcOffset::UTC).unwrap();
        let whats: Vec<&str> = utc.iter().map(|m| m.what).collect();
        assert_eq!(whats, ["checked in", "started", "ended"]);
        // from:/to: read the same days as the timeline.
        let q = SearchQuery::parse("taxes on:2026-11-12", today()).unwrap();
        assert!(
            s.search(&q, west, 10).unwrap().is_empty(),
            "first event: added today"
        );
        let q = SearchQuery::parse("kind:habit_checkin on:2026-11-12", today()).unwrap();
        assert_eq!(s.search(&q, west, 10).unwrap()[0].title, "Stretch");
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        /// Whatever a user types is either refused by the parser with a reason or runs:
        /// SQLite never sees it as syntax.
        #[test]
        fn no_query_text_reaches_sqlite_as_syntax(q in "[ -~\"*():^éa-z]{0,60}") {
            let dir = tempfile::tempdir().unwrap();
            let mut s = open(&dir);
            s.create(row::<Note>(json!({"title": "a b c", "body": "NEAR OR AND NOT"}))).unwrap();
            if let Ok(parsed) = SearchQuery::parse(&q, today()) {
                prop_assert!(s.search(&parsed, UtcOffset::UTC, 5).is_ok(), "{q}");
            }
        }
    }
}
