//! Tasks' own operations on the store: finishing an instance of a recurring task makes
//! the next one in the same transaction (or finds it, when another device made it: the
//! series and the due date are its natural key), and a series is changed or ended whole.

use super::{Batch, Store, StoreError};
use crate::id::Id;
use crate::kernel::Row;
use crate::model::{Task, TaskStatus};
use crate::query::{Filter, ListQuery};

/// What finishing a task did.
#[derive(Clone, Debug, PartialEq)]
pub struct Finished {
    /// The task, done (or cancelled, for a skip).
    pub task: Row<Task>,
    /// The series' next instance: made now, or already there.
    pub next: Option<Row<Task>>,
}

impl Batch<'_> {
    /// The next instance of `done`'s series, made if no live row holds its natural key.
    fn next_of(
        &mut self,
        done: &Task,
        zone: &jiff::tz::TimeZone,
    ) -> Result<Option<Row<Task>>, StoreError> {
        let Some(next) = done.next_instance(zone) else {
            return Ok(None);
        };
        match self.create(next) {
            Ok(row) => Ok(Some(row)),
            Err(StoreError::Duplicate { holder, .. }) => self.get::<Task>(holder).map(Some),
            Err(e) => Err(e),
        }
    }
}

impl Store {
    /// Marks a task done (`skip`: cancelled) and, for an instance of a recurring task,
    /// makes the series' next instance, all in one transaction.
    pub fn finish_task(
        &mut self,
        id: Id,
        expected_version: Option<i64>,
        skip: bool,
        zone: &jiff::tz::TimeZone,
    ) -> Result<Finished, StoreError> {
        self.batch(|b| {
            let before = b.get::<Task>(id)?;
            let was_open = before.fields.status.is_open();
            let task = b.update::<Task>(id, expected_version, |t, now| {
                t.set_status(
                    if skip {
                        TaskStatus::Cancelled
                    } else {
                        TaskStatus::Done
                    },
                    now,
                );
                Ok(())
            })?;
            let next = if was_open {
                b.next_of(&task.fields, zone)?
            } else {
                None
            };
            Ok(Finished { task, next })
        })
    }

    /// Makes instances of `series` ahead, so that `ahead` open ones wait after the
    /// earliest open one (each made as the next of the last, within the series' until and
    /// count; one another device made is taken, not doubled), in one transaction.
    /// Returns the instances made.
    pub fn fill_series(
        &mut self,
        series: Id,
        ahead: u32,
        zone: &jiff::tz::TimeZone,
    ) -> Result<Vec<Row<Task>>, StoreError> {
        let open = self.open_instances(series)?;
        let want = usize::try_from(ahead)
            .unwrap_or(usize::MAX)
            .saturating_add(1);
        if open.is_empty() || open.len() >= want {
            return Ok(Vec::new());
        }
        let last = open
            .iter()
            .max_by_key(|r| r.fields.recur.as_ref().map_or(0, |x| x.index))
            .map(|r| r.fields.clone());
        self.batch(|b| {
            let mut made = Vec::new();
            let mut last = last;
            let mut have = open.len();
            while have < want {
                let Some(prev) = last.take() else { break };
                let Some(next) = b.next_of(&prev, zone)? else {
                    break;
                };
                last = Some(next.fields.clone());
                made.push(next);
                have += 1;
            }
            Ok(made)
        })
    }

    /// The open instances of the series `series` (the live ones not done or
    /// cancelled), by due date.
    pub fn open_instances(&self, series: Id) -> Result<Vec<Row<Task>>, StoreError> {
        let mut rows = self.list::<Task>(&ListQuery {
            filters: vec![Filter::In("status", vec!["todo".into(), "doing".into()])],
            ..ListQuery::default()
        })?;
        rows.retain(|r| r.fields.recur.as_ref().is_some_and(|x| x.series == series));
        rows.sort_by_key(|r| r.fields.due.map(|d| d.sort_key()));
        Ok(rows)
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::key::DbKey;

    fn open(dir: &tempfile::TempDir, name: &str) -> Store {
        let key = DbKey::from_hex(&"03".repeat(32)).unwrap();
        Store::open(&dir.path().join(name), &key).unwrap()
    }

    fn weekly(series: Id, count: Option<u32>) -> Task {
        let mut recur = json!({"rule": "weekly on mon,thu", "series": series, "index": 1, "first": "2026-12-07"});
        if let Some(c) = count {
            recur["count"] = json!(c);
        }
        crate::model::example(
            json!({"title": "Water the plants", "due": "2026-12-07", "recur": recur}),
        )
    }

    #[test]
    fn finishing_an_instance_makes_the_next_once() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = open(&dir, "a.db");
        let utc = jiff::tz::TimeZone::UTC;
        let series = Id::generate();
        let first = s
            .batch(|b| b.create_with_id(series, weekly(series, Some(3))))
            .unwrap();
        let f = s.finish_task(first.kernel.id, None, false, &utc).unwrap();
        assert_eq!(f.task.fields.status, TaskStatus::Done);
        let second = f.next.unwrap();
        assert_eq!(second.fields.due.unwrap().to_string(), "2026-12-10");
        assert_eq!(second.fields.recur.as_ref().unwrap().index, 2);
        assert_eq!(second.fields.status, TaskStatus::Todo);
        // Finishing it again (already done) makes nothing more.
        assert!(
            s.finish_task(first.kernel.id, None, false, &utc)
                .unwrap()
                .next
                .is_none()
        );
        // A skip cancels the instance and goes on; the count ends the series.
        let g = s.finish_task(second.kernel.id, None, true, &utc).unwrap();
        assert_eq!(g.task.fields.status, TaskStatus::Cancelled);
        let third = g.next.unwrap();
        assert_eq!(third.fields.due.unwrap().to_string(), "2026-12-14");
        assert!(
            s.finish_task(third.kernel.id, None, false, &utc)
                .unwrap()
                .next
                .is_none(),
            "count 3"
        );
        assert!(s.open_instances(series).unwrap().is_empty());
    }

    #[test]
    fn an_instance_another_device_made_is_taken_not_doubled() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = open(&dir, "a.db");
        let utc = jiff::tz::TimeZone::UTC;
        let series = Id::generate();
        let first = s
            .batch(|b| b.create_with_id(series, weekly(series, None)))
            .unwrap();
        // The next instance is there already (made elsewhere, pulled).
        let made_elsewhere = s.create(first.fields.next_instance(&utc).unwrap()).unwrap();
        let f = s.finish_task(first.kernel.id, None, false, &utc).unwrap();
        assert_eq!(f.next.unwrap().kernel.id, made_elsewhere.kernel.id);
        assert_eq!(s.open_instances(series).unwrap().len(), 1);
        // A second live instance for the same day is refused.
        let again = s.create(first.fields.next_instance(&utc).unwrap());
        assert!(
            matches!(again, Err(StoreError::Duplicate { .. })),
            "{again:?}"
        );
    }

    #[test]
    fn a_series_can_wait_ahead() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = open(&dir, "a.db");
        let utc = jiff::tz::TimeZone::UTC;
        let series = Id::generate();
        let first = s
            .batch(|b| b.create_with_id(series, weekly(series, Some(4))))
            .unwrap();
        let made = s.fill_series(series, 2, &utc).unwrap();
        let dues: Vec<String> = made
            .iter()
            .map(|r| r.fields.due.unwrap().to_string())
            .collect();
        assert_eq!(dues, ["2026-12-10", "2026-12-14"]);
        assert!(
            s.fill_series(series, 2, &utc).unwrap().is_empty(),
            "already ahead"
        );
        // Finishing the first: its next is there already; filling makes the fourth, and
        // the count (4) ends the series.
        let f = s.finish_task(first.kernel.id, None, false, &utc).unwrap();
        assert_eq!(f.next.unwrap().kernel.id, made[0].kernel.id);
        let more = s.fill_series(series, 2, &utc).unwrap();
        assert_eq!(more.len(), 1);
        assert_eq!(s.open_instances(series).unwrap().len(), 3);
        assert!(
            s.fill_series(series, 5, &utc).unwrap().is_empty(),
            "count 4"
        );
    }
}
