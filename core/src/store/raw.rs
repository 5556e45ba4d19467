//! The row layer under every write: reading and writing a kernel row and its fields,
//! its natural-key column (and the unique index that refuses a second live holder), and
//! its outbox entry, all inside the caller's transaction.

use rusqlite::{Connection, OptionalExtension, Transaction, TransactionBehavior, params};

use super::{Store, StoreError};
use crate::entity::{Entity, EntityKind};
use crate::id::Id;
use crate::kernel::{Kernel, Row};

/// An outbox entry to write with a row: its mutation number and time.
#[derive(Clone, Copy, Debug)]
pub(super) struct Queue<'a> {
    pub(super) mutation: i64,
    pub(super) at: &'a str,
    /// Whether `lifeos undo` can take it back (not an import, not an undo itself).
    pub(super) journal: bool,
}

/// Whether a row write creates the row or replaces it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Write {
    Insert,
    Update,
}

pub(super) fn kernel_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<(Kernel, String)> {
    fn parse<T: std::str::FromStr>(i: usize, s: String) -> rusqlite::Result<T>
    where
        T::Err: std::error::Error + Send + Sync + 'static,
    {
        s.parse().map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e))
        })
    }
    let deleted: Option<String> = r.get(3)?;
    Ok((
        Kernel {
            id: parse(0, r.get(0)?)?,
            created_at: parse(1, r.get(1)?)?,
            updated_at: parse(2, r.get(2)?)?,
            deleted_at: deleted.map(|d| parse(3, d)).transpose()?,
            version: r.get(4)?,
        },
        r.get(5)?,
    ))
}

/// A row named by its stored kind and id text (an outbox entry, a journal entry): `what`
/// says which, for the error when either does not read.
pub(super) fn stored_ref(
    what: &str,
    entity: &str,
    id: &str,
) -> Result<(EntityKind, Id), StoreError> {
    let kind = EntityKind::from_name(entity).ok_or_else(|| StoreError::Corrupt {
        kind: EntityKind::Note,
        message: format!("{what} '{entity}'"),
    })?;
    let id = id
        .parse()
        .map_err(|e: crate::IdError| StoreError::Corrupt {
            kind,
            message: e.to_string(),
        })?;
    Ok((kind, id))
}

pub(super) fn decode<E: Entity>(kernel: Kernel, fields: &str) -> Result<Row<E>, StoreError> {
    let fields = serde_json::from_str(fields).map_err(|e| StoreError::Corrupt {
        kind: E::KIND,
        message: e.to_string(),
    })?;
    Ok(Row { kernel, fields })
}

pub(super) fn fields_json<E: Entity>(fields: &E) -> Result<String, StoreError> {
    serde_json::to_string(fields).map_err(|e| StoreError::Corrupt {
        kind: E::KIND,
        message: e.to_string(),
    })
}

impl Store {
    pub(super) fn write_tx(&mut self) -> Result<Transaction<'_>, StoreError> {
        Ok(self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?)
    }

    /// Takes `n` mutation numbers from the device's counter; returns the first.
    pub(super) fn take_mutations(tx: &Transaction<'_>, n: i64) -> Result<i64, StoreError> {
        let last: i64 = tx
            .prepare_cached(
                "UPDATE mutation_counter SET last = last + ?1 WHERE id = 1 RETURNING last",
            )?
            .query_row([n], |r| r.get(0))?;
        Ok(last - n + 1)
    }

    pub(super) fn enqueue(
        tx: &Transaction<'_>,
        kind: EntityKind,
        kernel: &Kernel,
        queue: Queue<'_>,
    ) -> Result<(), StoreError> {
        tx.prepare_cached(
            "INSERT INTO outbox (entity_id, entity, mutation, version, queued_at) VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (entity_id) DO UPDATE SET mutation = excluded.mutation, version = excluded.version,
             queued_at = excluded.queued_at",
        )?
        .execute(params![
            kernel.id.to_string(),
            kind.name(),
            queue.mutation,
            kernel.version,
            queue.at
        ])?;
        Ok(())
    }

    /// Writes a row (a new one with `Write::Insert`); with `queue`, also its outbox entry
    /// (a local mutation), without it none (a row that came from the server).
    /// The natural key a row keeps in its column: only live rows of kinds that have one.
    pub(super) fn stored_key(
        kind: EntityKind,
        k: &Kernel,
        fields: &str,
    ) -> Result<Option<String>, StoreError> {
        if !kind.has_natural_key() || k.deleted_at.is_some() {
            return Ok(None);
        }
        kind.natural_key(fields).map_err(|e| StoreError::Corrupt {
            kind,
            message: e.to_string(),
        })
    }

    /// The live row holding a natural key, if any.
    pub(super) fn holder(
        conn: &Connection,
        kind: EntityKind,
        key: &str,
    ) -> Result<Option<(Kernel, String)>, StoreError> {
        Ok(conn
            .prepare_cached(&format!(
                "SELECT id, created_at, updated_at, deleted_at, version, fields FROM {} WHERE natural_key = ?1 AND deleted_at IS NULL",
                kind.table()
            ))?
            .query_row([key], kernel_from_row)
            .optional()?)
    }

    pub(super) fn write_raw(
        write: Write,
        tx: &Transaction<'_>,
        kind: EntityKind,
        k: &Kernel,
        fields: &str,
        queue: Option<Queue<'_>>,
    ) -> Result<(), StoreError> {
        let sql = match write {
            Write::Insert => format!(
                "INSERT INTO {} (id, created_at, updated_at, deleted_at, version, fields, natural_key) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                kind.table()
            ),
            Write::Update => format!(
                "UPDATE {} SET created_at = ?2, updated_at = ?3, deleted_at = ?4, version = ?5, fields = ?6, natural_key = ?7 WHERE id = ?1",
                kind.table()
            ),
        };
        let key = Self::stored_key(kind, k, fields)?;
        if let Some(q) = queue
            && q.journal
        {
            Self::journal(tx, write, kind, k.id, q.at)?;
        }
        let done = tx.prepare_cached(&sql)?.execute(params![
            k.id.to_string(),
            k.created_at.to_string(),
            k.updated_at.to_string(),
            k.deleted_at.map(|d| d.to_string()),
            k.version,
            fields,
            key
        ]);
        match (done, &key) {
            (Err(rusqlite::Error::SqliteFailure(e, _)), Some(key))
                if e.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE =>
            {
                let holder = Self::holder(tx, kind, key)?.map_or(k.id, |(h, _)| h.id);
                return Err(StoreError::Duplicate {
                    kind,
                    key: key.clone(),
                    holder,
                });
            }
            (done, _) => {
                done?;
            }
        }
        Self::index_row(tx, kind, k, fields)?;
        match queue {
            Some(q) => Self::enqueue(tx, kind, k, q),
            None => Ok(()),
        }
    }

    pub(super) fn get_raw(
        conn: &Connection,
        kind: EntityKind,
        id: Id,
    ) -> Result<Option<(Kernel, String)>, StoreError> {
        Ok(conn
            .prepare_cached(&format!(
                "SELECT id, created_at, updated_at, deleted_at, version, fields FROM {} WHERE id = ?1",
                kind.table()
            ))?
            .query_row([id.to_string()], kernel_from_row)
            .optional()?)
    }
}
