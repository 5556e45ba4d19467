//! Windowed reading, for lists too long to load whole (a TUI scrolling 100,000 tasks):
//! first the ordered ids of the live rows that match, one cheap query; then the rows of
//! one window by id. Also one text column of every live row, for fuzzy search.

use std::collections::HashMap;

use super::crud::push_filters;
use super::fields::expr;
use super::raw::{decode, kernel_from_row};
use super::{Filter, Store, StoreError};
use crate::entity::Entity;
use crate::id::Id;
use crate::kernel::Row;

/// One term of a list order. Ties are always broken by id (creation order).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SortKey {
    /// By the field's value, ascending; rows without it last.
    Asc(&'static str),
    /// By the field's value, descending; rows without it last.
    Desc(&'static str),
    /// By the field's text, case-insensitively, ascending.
    Text(&'static str),
    /// By the position of the field's value in this list; other values last.
    Rank(&'static str, &'static [&'static str]),
}

fn order_sql(kind: crate::entity::EntityKind, order: &[SortKey]) -> Result<String, StoreError> {
    let mut terms = Vec::new();
    for key in order {
        match key {
            SortKey::Asc(f) | SortKey::Desc(f) => {
                let e = expr(kind, f)?;
                let dir = if matches!(key, SortKey::Asc(_)) {
                    "ASC"
                } else {
                    "DESC"
                };
                terms.push(format!("{e} IS NULL, {e} {dir}"));
            }
            SortKey::Text(f) => {
                terms.push(format!("lower({})", expr(kind, f)?));
            }
            SortKey::Rank(f, values) => {
                let e = expr(kind, f)?;
                let mut case = format!("CASE {e}");
                for (i, v) in values.iter().enumerate() {
                    debug_assert!(v.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_'));
                    case.push_str(&format!(" WHEN '{v}' THEN {i}"));
                }
                case.push_str(&format!(" ELSE {} END", values.len()));
                terms.push(case);
            }
        }
    }
    terms.push("id".into());
    Ok(terms.join(", "))
}

fn parse_id<E: Entity>(s: &str) -> Result<Id, StoreError> {
    s.parse()
        .map_err(|e: crate::id::IdError| StoreError::Corrupt {
            kind: E::KIND,
            message: e.to_string(),
        })
}

/// At most this many ids per `IN (…)` query (SQLite's default parameter limit is higher).
const CHUNK: usize = 500;

impl Store {
    /// The ids of the live rows of `E` that pass every filter, in `order` (then id).
    pub fn ids<E: Entity>(
        &self,
        filters: &[Filter],
        order: &[SortKey],
    ) -> Result<Vec<Id>, StoreError> {
        let mut sql = format!(
            "SELECT id FROM {} WHERE deleted_at IS NULL",
            E::KIND.table()
        );
        let mut args = Vec::new();
        push_filters(E::KIND, filters, &mut sql, &mut args)?;
        sql.push_str(" ORDER BY ");
        sql.push_str(&order_sql(E::KIND, order)?);
        let mut stmt = self.conn.prepare(&sql)?;
        let mut rows = stmt.query(rusqlite::params_from_iter(args.iter()))?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            let id: String = r.get(0)?;
            out.push(parse_id::<E>(&id)?);
        }
        Ok(out)
    }

    /// The rows with these ids, tombstones included, in the order given; ids with no row
    /// are left out.
    pub fn get_many<E: Entity>(&self, ids: &[Id]) -> Result<Vec<Row<E>>, StoreError> {
        let mut found: HashMap<Id, Row<E>> = HashMap::with_capacity(ids.len());
        for chunk in ids.chunks(CHUNK) {
            let marks = vec!["?"; chunk.len()].join(", ");
            let sql = format!(
                "SELECT id, created_at, updated_at, deleted_at, version, fields FROM {} WHERE id IN ({marks})",
                E::KIND.table()
            );
            let mut stmt = self.conn.prepare_cached(&sql)?;
            let mut rows =
                stmt.query(rusqlite::params_from_iter(chunk.iter().map(Id::to_string)))?;
            while let Some(r) = rows.next()? {
                let (kernel, fields) = kernel_from_row(r)?;
                let row: Row<E> = decode(kernel, &fields)?;
                found.insert(row.kernel.id, row);
            }
        }
        Ok(ids.iter().filter_map(|id| found.remove(id)).collect())
    }

    /// The id and one text field of every live row of `E`, in id order (rows without
    /// the field get an empty string). For search indexes.
    pub fn texts<E: Entity>(&self, field: &'static str) -> Result<Vec<(Id, String)>, StoreError> {
        let sql = format!(
            "SELECT id, coalesce({}, '') FROM {} WHERE deleted_at IS NULL ORDER BY id",
            expr(E::KIND, field)?,
            E::KIND.table()
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let mut rows = stmt.query([])?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            let id: String = r.get(0)?;
            out.push((parse_id::<E>(&id)?, r.get(1)?));
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;
    use crate::key::DbKey;
    use crate::model::{Due, Priority, Task, TaskStatus};
    use crate::timestamp::LocalDate;

    #[test]
    fn ids_follow_the_order_and_filters_and_windows_read_back_in_order() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("db"), &DbKey::random().unwrap()).unwrap();
        let mut made = Vec::new();
        for (i, (due, pri)) in [
            (Some("2026-12-03"), Priority::Low),
            (None, Priority::High),
            (Some("2026-12-01"), Priority::None),
            (Some("2026-12-01"), Priority::High),
        ]
        .into_iter()
        .enumerate()
        {
            let mut t = Task::new(format!("t{i}"));
            t.due = due.map(|d| Due::Date(LocalDate::parse(d).unwrap()));
            t.priority = pri;
            made.push(store.create(t).unwrap().kernel.id);
        }
        store
            .update::<Task>(made[0], None, |t, now| {
                t.set_status(TaskStatus::Done, now);
                Ok(())
            })
            .unwrap();
        store.delete::<Task>(made[1], None).unwrap();
        let order = [
            SortKey::Asc("due"),
            SortKey::Rank("priority", &["high", "medium", "low", "none"]),
        ];
        let ids = store.ids::<Task>(&[], &order).unwrap();
        assert_eq!(ids, vec![made[3], made[2], made[0]]);
        let open = store
            .ids::<Task>(
                &[Filter::In("status", vec!["todo".into(), "doing".into()])],
                &order,
            )
            .unwrap();
        assert_eq!(open, vec![made[3], made[2]]);
        let rows = store
            .get_many::<Task>(&[made[0], made[3], Id::generate(), made[1]])
            .unwrap();
        let titles: Vec<_> = rows.iter().map(|r| r.fields.title.as_str()).collect();
        assert_eq!(titles, ["t0", "t3", "t1"]);
        let texts = store.texts::<Task>("title").unwrap();
        // Live rows in id order (ids made in one millisecond are not in creation order).
        let mut expected: Vec<(Id, String)> = [0, 2, 3]
            .iter()
            .map(|&i| (made[i], format!("t{i}")))
            .collect();
        expected.sort();
        assert_eq!(texts, expected);
    }
}
