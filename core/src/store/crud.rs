//! The single-row operations of [`Store`]: create, get, resolve a prefix, list with
//! filters and search, update, delete, restore, the natural-key upsert, and the outbox.
//! Each mutation is a one-write [`Batch`](super::Batch).

use rusqlite::Connection;

use super::raw::{Queue, Write, decode, fields_json, kernel_from_row};
use super::{OutboxEntry, Side, Store, StoreError};
use crate::entity::{Entity, EntityKind};
use crate::id::{Id, IdPrefix};
use crate::kernel::{Kernel, Row};
use crate::query::{Filter, ListQuery};
use crate::timestamp::Timestamp;
use crate::validate::ValidationError;

/// Appends `AND …` for each filter to `sql`, and their arguments to `args`: the SQLite
/// reading of [`Filter`] (the server's `repo` has the Postgres one). A field the kind
/// does not have is [`StoreError::UnknownField`].
pub(super) fn push_filters(
    kind: EntityKind,
    filters: &[Filter],
    sql: &mut String,
    args: &mut Vec<String>,
) -> Result<(), StoreError> {
    for f in filters {
        let e = |field: &str| super::fields::expr(kind, field);
        match f {
            Filter::In(field, values) => {
                let marks = vec!["?"; values.len()].join(", ");
                sql.push_str(&format!(" AND {} IN ({marks})", e(field)?));
                args.extend(values.iter().cloned());
            }
            Filter::Before(field, value) => {
                sql.push_str(&format!(" AND {} < ?", e(field)?));
                args.push(value.clone());
            }
            Filter::AtLeast(field, value) => {
                sql.push_str(&format!(" AND {} >= ?", e(field)?));
                args.push(value.clone());
            }
            Filter::AtMost(field, value) => {
                sql.push_str(&format!(" AND {} <= ?", e(field)?));
                args.push(value.clone());
            }
            Filter::IsTrue(field) => sql.push_str(&format!(" AND {} = 1", e(field)?)),
            Filter::Bool(field, b) => sql.push_str(&format!(
                " AND coalesce({}, 0) = {}",
                e(field)?,
                i32::from(*b)
            )),
            Filter::Under(field, value, sep) => {
                let x = e(field)?;
                sql.push_str(&format!(
                    " AND ({x} = ? OR substr({x}, 1, length(?) + 1) = ? || ?)"
                ));
                args.extend([value.clone(), value.clone(), value.clone(), sep.to_string()]);
            }
            Filter::UnsetOrAtMost(field, value) => {
                let x = e(field)?;
                sql.push_str(&format!(" AND ({x} IS NULL OR {x} <= ?)"));
                args.push(value.clone());
            }
            // A kind without tags has no row with one (the TUI's tag filter on any view).
            Filter::HasTag(_) if e("tags").is_err() => sql.push_str(" AND 0 = 1"),
            Filter::HasTag(tag) => {
                sql.push_str(
                    " AND EXISTS (SELECT 1 FROM json_each(fields, '$.tags') WHERE value = ?)",
                );
                args.push(tag.clone());
            }
        }
    }
    Ok(())
}

impl Store {
    /// Creates a row from `fields`: a new ULID, now, version 1, and its outbox entry.
    pub fn create<E: Entity>(&mut self, fields: E) -> Result<Row<E>, StoreError> {
        self.batch(|b| b.create(fields))
    }

    /// Creates every row in one transaction: all or none (an import).
    pub fn create_all<E: Entity>(&mut self, all: Vec<E>) -> Result<Vec<Row<E>>, StoreError> {
        for f in &all {
            f.validate()?;
        }
        let tx = self.write_tx()?;
        let first = Self::take_mutations(&tx, all.len() as i64)?;
        let mut out = Vec::with_capacity(all.len());
        let mut kernel = Kernel::new_now();
        for (i, fields) in all.into_iter().enumerate() {
            if i > 0 {
                // Ids in creation order, times equal: one import, one instant.
                kernel = Kernel {
                    id: Id::generate(),
                    ..kernel.clone()
                };
            }
            let json = fields_json(&fields)?;
            Self::write_raw(
                Write::Insert,
                &tx,
                E::KIND,
                &kernel,
                &json,
                Some(Queue {
                    mutation: first + i as i64,
                    at: &kernel.updated_at.to_string(),
                    journal: true,
                }),
            )?;
            out.push(Row {
                kernel: kernel.clone(),
                fields,
            });
        }
        tx.commit()?;
        Ok(out)
    }

    /// Creates a row, or, if a live row already holds its natural key (a check-in for the
    /// same habit and day), replaces that row's fields (a new version of it, queued like
    /// any edit; nothing is written if they are equal). For kinds without a natural key
    /// this is [`Store::create`].
    pub fn upsert<E: Entity>(&mut self, fields: E) -> Result<Row<E>, StoreError> {
        fields.validate()?;
        let Some(key) = fields.natural_key() else {
            return self.create(fields);
        };
        let holder = match Self::holder(&self.conn, E::KIND, &key)? {
            Some((k, _)) => k.id,
            None => return self.create(fields),
        };
        self.batch(|b| {
            b.update_side::<E>(holder, None, Side::One, |f, _| {
                *f = fields;
                Ok(())
            })
        })
    }

    /// The live row of this kind holding a natural key.
    pub fn by_natural_key<E: Entity>(&self, key: &str) -> Result<Option<Row<E>>, StoreError> {
        match Self::holder(&self.conn, E::KIND, key)? {
            Some((kernel, fields)) => decode(kernel, &fields).map(Some),
            None => Ok(None),
        }
    }

    /// The row with this id, tombstones included.
    pub fn get<E: Entity>(&self, id: Id) -> Result<Row<E>, StoreError> {
        match Self::get_raw(&self.conn, E::KIND, id)? {
            Some((kernel, fields)) => decode(kernel, &fields),
            None => Err(StoreError::NotFound {
                kind: E::KIND,
                id: id.to_string(),
            }),
        }
    }

    /// The one id of this kind starting with `prefix` (tombstones included).
    pub fn resolve<E: Entity>(&self, prefix: &IdPrefix) -> Result<Id, StoreError> {
        let (lo, hi) = prefix.bounds();
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT id FROM {} WHERE id BETWEEN ?1 AND ?2 LIMIT 2",
            E::KIND.table()
        ))?;
        let ids: Vec<String> = stmt
            .query_map([lo, hi], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        match ids.as_slice() {
            [one] => one
                .parse()
                .map_err(|e: crate::id::IdError| StoreError::Corrupt {
                    kind: E::KIND,
                    message: e.to_string(),
                }),
            [] => Err(StoreError::NotFound {
                kind: E::KIND,
                id: prefix.to_string(),
            }),
            _ => {
                let (lo, hi) = prefix.bounds();
                let count: i64 = self.conn.query_row(
                    &format!(
                        "SELECT count(*) FROM {} WHERE id BETWEEN ?1 AND ?2",
                        E::KIND.table()
                    ),
                    [lo, hi],
                    |r| r.get(0),
                )?;
                Err(StoreError::Ambiguous {
                    kind: E::KIND,
                    prefix: prefix.to_string(),
                    count: usize::try_from(count).unwrap_or(usize::MAX),
                })
            }
        }
    }

    /// Rows matching `query`, in id (creation) order.
    pub fn list<E: Entity>(&self, query: &ListQuery) -> Result<Vec<Row<E>>, StoreError> {
        Self::list_in(&self.conn, query)
    }

    pub(super) fn list_in<E: Entity>(
        conn: &Connection,
        query: &ListQuery,
    ) -> Result<Vec<Row<E>>, StoreError> {
        let mut sql = format!(
            "SELECT id, created_at, updated_at, deleted_at, version, fields FROM {} WHERE 1 = 1",
            E::KIND.table()
        );
        let mut args: Vec<String> = Vec::new();
        if !query.include_deleted {
            sql.push_str(" AND deleted_at IS NULL");
        }
        push_filters(E::KIND, &query.filters, &mut sql, &mut args)?;
        sql.push_str(" ORDER BY id");
        let mut stmt = conn.prepare(&sql)?;
        let mut rows = stmt.query(rusqlite::params_from_iter(args.iter()))?;
        let needle = query.search.as_ref().map(|s| s.to_lowercase());
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            let (kernel, fields) = kernel_from_row(r)?;
            let row: Row<E> = decode(kernel, &fields)?;
            if needle.as_ref().is_none_or(|n| row.fields.matches_text(n)) {
                out.push(row);
            }
        }
        Ok(out)
    }

    /// Edits a live row's fields. With `expected_version`, fails with
    /// [`StoreError::Conflict`] if the row has moved on. An edit that changes nothing
    /// writes nothing and keeps the version.
    pub fn update<E: Entity>(
        &mut self,
        id: Id,
        expected_version: Option<i64>,
        edit: impl FnOnce(&mut E, Timestamp) -> Result<(), ValidationError>,
    ) -> Result<Row<E>, StoreError> {
        self.batch(|b| b.update(id, expected_version, edit))
    }

    /// Soft-deletes a row: it becomes a tombstone (deleted_at set, version + 1).
    pub fn delete<E: Entity>(
        &mut self,
        id: Id,
        expected_version: Option<i64>,
    ) -> Result<Row<E>, StoreError> {
        self.batch(|b| b.delete(id, expected_version))
    }

    /// Brings a tombstone back (deleted_at cleared, version + 1): the undo of delete.
    pub fn restore<E: Entity>(
        &mut self,
        id: Id,
        expected_version: Option<i64>,
    ) -> Result<Row<E>, StoreError> {
        self.batch(|b| b.restore(id, expected_version))
    }

    /// The pending outbox (one entry per changed row), oldest first.
    pub fn outbox(&self) -> Result<Vec<OutboxEntry>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT mutation, entity, entity_id, version FROM outbox ORDER BY mutation")?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, i64>(3)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (mutation, entity, id, version) = row?;
            let (kind, id) =
                super::raw::stored_ref("outbox entry for unknown entity", &entity, &id)?;
            out.push(OutboxEntry {
                mutation,
                kind,
                id,
                version,
            });
        }
        Ok(out)
    }

    /// How many changed rows wait to be pushed.
    pub fn outbox_len(&self) -> Result<u64, StoreError> {
        let n: i64 = self
            .conn
            .query_row("SELECT count(*) FROM outbox", [], |r| r.get(0))?;
        Ok(n.unsigned_abs())
    }
}
