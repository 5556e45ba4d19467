//! The encrypted local mirror: one SQLCipher database per profile.
//!
//! Contract:
//! - Every mutation (create, update, delete, restore, import) runs in one SQLite
//!   transaction that writes the row *and* its outbox entry; if anything fails, the
//!   transaction is rolled back (a dropped `rusqlite::Transaction` rolls back) and
//!   neither exists.
//! - Writers take the write lock up front (`BEGIN IMMEDIATE`), so the version check of an
//!   update and its write see the same row even with several processes on one database.
//! - Rows are never removed by a user action: delete writes a tombstone.
//! - The database is opened only after the key is proven right; a wrong key or a foreign
//!   file is refused before anything is written.

mod finance;
mod migrations;
mod page;
mod sync;

use std::path::Path;

use rusqlite::{
    Connection, OpenFlags, OptionalExtension, Transaction, TransactionBehavior, params,
};

pub use crate::query::{Filter, ListQuery};
pub use migrations::{MIGRATIONS, migrate};
pub use page::SortKey;
pub use sync::{PullCounts, PushCounts, SyncState};

use crate::entity::{Entity, EntityKind};
use crate::id::{Id, IdPrefix};
use crate::kernel::{DecodeError, Kernel, Row};
use crate::key::DbKey;
use crate::merge::Candidate;
use crate::record::Record;
use crate::sync::Operation;
use crate::timestamp::Timestamp;
use crate::validate::ValidationError;

/// What can go wrong with the local store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The key (passphrase) does not open the database.
    #[error(
        "wrong passphrase or key for {path} (or the file is not a LifeOS database); nothing was changed"
    )]
    WrongKey {
        /// The database file.
        path: String,
    },
    /// The file is a database, but not one of ours.
    #[error("{path} is not a LifeOS database ({why}); nothing was changed")]
    NotOurs {
        /// The database file.
        path: String,
        /// What it looks like instead.
        why: &'static str,
    },
    /// The database was written by a newer LifeOS.
    #[error(
        "the database has schema version {found}, this lifeos knows up to {known}: upgrade lifeos"
    )]
    NewerSchema {
        /// Its schema version.
        found: i64,
        /// Ours.
        known: i64,
    },
    /// No row has this id (or prefix).
    #[error("no {kind} with id {id}")]
    NotFound {
        /// The kind searched.
        kind: EntityKind,
        /// The id or prefix given.
        id: String,
    },
    /// A prefix matches more than one row.
    #[error("id prefix {prefix} matches {count} {plural}; type more of the id", plural = kind.plural())]
    Ambiguous {
        /// The kind searched.
        kind: EntityKind,
        /// The prefix given.
        prefix: String,
        /// How many match (at least 2).
        count: usize,
    },
    /// The row is a tombstone and cannot be edited (restore it first).
    #[error("{kind} {id} is deleted; restore it first")]
    Deleted {
        /// The kind.
        kind: EntityKind,
        /// The row.
        id: Id,
    },
    /// The row is not deleted, so it cannot be restored.
    #[error("{kind} {id} is not deleted")]
    NotDeleted {
        /// The kind.
        kind: EntityKind,
        /// The row.
        id: Id,
    },
    /// Optimistic concurrency: the row changed since the caller read it.
    #[error(
        "{kind} {id} is at version {actual}, not {expected}: it changed meanwhile; show it and retry"
    )]
    Conflict {
        /// The kind.
        kind: EntityKind,
        /// The row.
        id: Id,
        /// The version the caller expected.
        expected: i64,
        /// The stored version.
        actual: i64,
    },
    /// Another live row already holds this natural key: a check-in for that habit and
    /// day, or a running fast.
    #[error("{}", duplicate_message(*kind, key, holder))]
    Duplicate {
        /// The kind.
        kind: EntityKind,
        /// The natural key.
        key: String,
        /// The live row that holds it.
        holder: Id,
    },
    /// The row is one side of a pair (a transfer) and changes only with its other side.
    #[error(
        "{kind} {id} is one side of a transfer: edit, delete or restore it as a transfer (both sides change together)"
    )]
    Paired {
        /// The kind.
        kind: EntityKind,
        /// The row.
        id: Id,
    },
    /// The other side of a pair is not here (not synced yet) or not at the same revision.
    #[error("the other side of transfer {id} has not arrived on this device yet: sync, then retry")]
    HalfPair {
        /// The side that is here.
        id: Id,
    },
    /// A value breaks a rule of the model.
    #[error(transparent)]
    Invalid(#[from] ValidationError),
    /// An import line is bad; the whole import was rolled back.
    #[error("line {line}: {source}; nothing was imported")]
    ImportLine {
        /// 1-based line number.
        line: usize,
        /// What is wrong with it.
        source: DecodeError,
    },
    /// Stored data does not decode: the database is damaged.
    #[error("damaged row in {kind}: {message}")]
    Corrupt {
        /// The table.
        kind: EntityKind,
        /// The decoding error.
        message: String,
    },
    /// Creating the profile directory or similar failed.
    #[error("{path}: {source}")]
    Io {
        /// The path.
        path: String,
        /// The error.
        source: std::io::Error,
    },
    /// The mirror belongs to another workspace.
    #[error(
        "this profile's database holds workspace {bound}, not {asked}: use another profile for it (--profile NAME)"
    )]
    Bound {
        /// The workspace it holds.
        bound: String,
        /// The one asked for.
        asked: String,
    },
    /// The server answered something that does not fit the protocol.
    #[error("unexpected answer from the server: {0}")]
    Protocol(String),
    /// An SQLite error not covered above.
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
}

fn duplicate_message(kind: EntityKind, key: &str, holder: &Id) -> String {
    match kind {
        EntityKind::Fast => {
            format!("a fast is already running ({holder}): stop it first (lifeos fast stop)")
        }
        EntityKind::HabitCheckin => format!(
            "the habit already has a check-in for {} ({holder})",
            key.rsplit(':').next().unwrap_or(key)
        ),
        k => format!("another {k} ({holder}) already has the natural key {key}"),
    }
}

/// One pending local mutation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutboxEntry {
    /// This device's mutation number (with the device id, the idempotency key).
    pub mutation: i64,
    /// The row's kind.
    pub kind: EntityKind,
    /// The row.
    pub id: Id,
    /// The version written by this mutation.
    pub version: i64,
}

/// What an import did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct ImportSummary {
    /// Rows that were not there.
    pub inserted: u64,
    /// Rows replaced by a winning version.
    pub updated: u64,
    /// Rows whose stored version won or was identical.
    pub unchanged: u64,
}

/// An open, unlocked local database.
pub struct Store {
    conn: Connection,
    device_id: String,
}

const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";

/// An outbox entry to write with a row: its mutation number and time.
#[derive(Clone, Copy, Debug)]
struct Queue<'a> {
    mutation: i64,
    at: &'a str,
}

/// Whether a row write creates the row or replaces it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Write {
    Insert,
    Update,
}

fn field_path(field: &str) -> String {
    debug_assert!(field.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'));
    format!("'$.{field}'")
}

/// Appends `AND …` for each filter to `sql`, and their arguments to `args`: the SQLite
/// reading of [`Filter`] (the server's `repo` has the Postgres one).
fn push_filters(filters: &[Filter], sql: &mut String, args: &mut Vec<String>) {
    fn compare(field: &str, op: &str, value: &str, sql: &mut String, args: &mut Vec<String>) {
        sql.push_str(&format!(
            " AND json_extract(fields, {}) {op} ?",
            field_path(field)
        ));
        args.push(value.to_owned());
    }
    for f in filters {
        match f {
            Filter::In(field, values) => {
                let marks = vec!["?"; values.len()].join(", ");
                sql.push_str(&format!(
                    " AND json_extract(fields, {}) IN ({marks})",
                    field_path(field)
                ));
                args.extend(values.iter().cloned());
            }
            Filter::Before(field, value) => compare(field, "<", value, sql, args),
            Filter::AtLeast(field, value) => compare(field, ">=", value, sql, args),
            Filter::AtMost(field, value) => compare(field, "<=", value, sql, args),
            Filter::IsTrue(field) => sql.push_str(&format!(
                " AND json_extract(fields, {}) = 1",
                field_path(field)
            )),
            Filter::Bool(field, b) => sql.push_str(&format!(
                " AND coalesce(json_extract(fields, {}), 0) = {}",
                field_path(field),
                i32::from(*b)
            )),
            Filter::Under(field, value) => {
                let path = field_path(field);
                sql.push_str(&format!(
                    " AND (json_extract(fields, {path}) = ? OR substr(json_extract(fields, {path}), 1, length(?) + 1) = ? || ':')"
                ));
                args.extend([value.clone(), value.clone(), value.clone()]);
            }
            Filter::HasTag(tag) => {
                sql.push_str(
                    " AND EXISTS (SELECT 1 FROM json_each(fields, '$.tags') WHERE value = ?)",
                );
                args.push(tag.clone());
            }
        }
    }
}

fn kernel_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<(Kernel, String)> {
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

fn decode<E: Entity>(kernel: Kernel, fields: &str) -> Result<Row<E>, StoreError> {
    let fields = serde_json::from_str(fields).map_err(|e| StoreError::Corrupt {
        kind: E::KIND,
        message: e.to_string(),
    })?;
    Ok(Row { kernel, fields })
}

fn fields_json<E: Entity>(fields: &E) -> Result<String, StoreError> {
    serde_json::to_string(fields).map_err(|e| StoreError::Corrupt {
        kind: E::KIND,
        message: e.to_string(),
    })
}

impl Store {
    /// Checks, without a key, that an existing file at `path` could be ours: an
    /// unencrypted SQLite database is refused. Returns whether the file exists and is
    /// non-empty.
    pub fn inspect(path: &Path) -> Result<bool, StoreError> {
        let existed = path.metadata().map(|m| m.len() > 0).unwrap_or(false);
        if existed {
            let mut header = [0u8; 16];
            use std::io::Read;
            let n = std::fs::File::open(path)
                .and_then(|mut f| f.read(&mut header))
                .map_err(|source| StoreError::Io {
                    path: path.display().to_string(),
                    source,
                })?;
            if n == 16 && &header == SQLITE_HEADER {
                return Err(StoreError::NotOurs {
                    path: path.display().to_string(),
                    why: "it is an unencrypted SQLite database",
                });
            }
        }
        Ok(existed)
    }

    /// Opens (creating if needed) the database at `path` with `key`. Fails with
    /// [`StoreError::WrongKey`] or [`StoreError::NotOurs`] without writing anything.
    pub fn open(path: &Path, key: &DbKey) -> Result<Self, StoreError> {
        let existed = Self::inspect(path)?;
        if !existed && let Some(dir) = path.parent() {
            crate::profile::create_private_dir(dir).map_err(|source| StoreError::Io {
                path: dir.display().to_string(),
                source,
            })?;
        }
        let flags = if existed {
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX
        } else {
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX
        };
        let mut conn = Connection::open_with_flags(path, flags)?;
        conn.execute_batch("PRAGMA cipher_log_level = NONE;")?;
        conn.execute_batch(&key.pragma())?;
        // PRAGMA key always succeeds; a wrong key shows at the first real read.
        let objects: i64 =
            match conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0)) {
                Ok(n) => n,
                Err(rusqlite::Error::SqliteFailure(e, _))
                    if e.code == rusqlite::ErrorCode::NotADatabase =>
                {
                    return Err(StoreError::WrongKey {
                        path: path.display().to_string(),
                    });
                }
                Err(e) => return Err(e.into()),
            };
        if objects > 0 {
            let ours: Option<String> = conn
                .query_row("SELECT value FROM meta WHERE key = 'app'", [], |r| r.get(0))
                .optional()
                .unwrap_or(None);
            if ours.as_deref() != Some("lifeos") {
                return Err(StoreError::NotOurs {
                    path: path.display().to_string(),
                    why: "it belongs to another application",
                });
            }
        }
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        // 32 MiB of page cache: every page read from disk is also decrypted.
        conn.pragma_update(None, "cache_size", -32_000)?;
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        migrate(&mut conn)?;
        conn.execute(
            "INSERT OR IGNORE INTO meta (key, value) VALUES ('app', 'lifeos'), ('device_id', ?1)",
            [Id::generate().to_string()],
        )?;
        let device_id =
            conn.query_row("SELECT value FROM meta WHERE key = 'device_id'", [], |r| {
                r.get(0)
            })?;
        Ok(Self { conn, device_id })
    }

    /// Re-encrypts every page under `new` (SQLCipher `PRAGMA rekey`). It runs in one
    /// rollback-journal transaction (the WAL is checkpointed and set aside for it), so a
    /// crash leaves the database whole under the old key.
    pub fn rekey(&mut self, new: &DbKey) -> Result<(), StoreError> {
        self.conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        self.conn.pragma_update(None, "journal_mode", "DELETE")?;
        let rekeyed = self.conn.execute_batch(&new.pragma_named("rekey"));
        self.conn.pragma_update(None, "journal_mode", "WAL")?;
        rekeyed?;
        Ok(())
    }

    /// This database's device id: with an outbox mutation number, the idempotency key of
    /// a push.
    pub fn device_id(&self) -> &str {
        &self.device_id
    }

    /// The underlying connection, for tests and tools that inspect the raw tables.
    pub fn connection(&self) -> &Connection {
        &self.conn
    }

    fn write_tx(&mut self) -> Result<Transaction<'_>, StoreError> {
        Ok(self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?)
    }

    /// Takes `n` mutation numbers from the device's counter; returns the first.
    fn take_mutations(tx: &Transaction<'_>, n: i64) -> Result<i64, StoreError> {
        let last: i64 = tx
            .prepare_cached(
                "UPDATE mutation_counter SET last = last + ?1 WHERE id = 1 RETURNING last",
            )?
            .query_row([n], |r| r.get(0))?;
        Ok(last - n + 1)
    }

    fn enqueue(
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
    fn stored_key(
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
    fn holder(
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

    fn write_raw(
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
        match queue {
            Some(q) => Self::enqueue(tx, kind, k, q),
            None => Ok(()),
        }
    }

    fn get_raw(
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

    /// Runs `f` with a [`Batch`]: every mutation it makes commits together, in one
    /// SQLite transaction, or (if it fails) none does.
    pub fn batch<R>(
        &mut self,
        f: impl FnOnce(&mut Batch<'_>) -> Result<R, StoreError>,
    ) -> Result<R, StoreError> {
        let tx = self.write_tx()?;
        let mut batch = Batch {
            tx,
            now: Timestamp::now(),
        };
        let out = f(&mut batch)?;
        batch.tx.commit()?;
        Ok(out)
    }

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

    fn list_in<E: Entity>(conn: &Connection, query: &ListQuery) -> Result<Vec<Row<E>>, StoreError> {
        let mut sql = format!(
            "SELECT id, created_at, updated_at, deleted_at, version, fields FROM {} WHERE 1 = 1",
            E::KIND.table()
        );
        let mut args: Vec<String> = Vec::new();
        if !query.include_deleted {
            sql.push_str(" AND deleted_at IS NULL");
        }
        push_filters(&query.filters, &mut sql, &mut args);
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
            let kind = EntityKind::from_name(&entity).ok_or_else(|| StoreError::Corrupt {
                kind: EntityKind::Note,
                message: format!("outbox entry for unknown entity '{entity}'"),
            })?;
            let id = id
                .parse()
                .map_err(|e: crate::id::IdError| StoreError::Corrupt {
                    kind,
                    message: e.to_string(),
                })?;
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

    /// Writes every row of every kind, tombstones included, as [`Record`]s in registry
    /// then id order. Returns how many.
    pub fn export<W: FnMut(&Record) -> std::io::Result<()>>(
        &self,
        mut sink: W,
    ) -> Result<u64, StoreError> {
        let mut n = 0;
        for &kind in EntityKind::ALL {
            let mut stmt = self.conn.prepare(&format!(
                "SELECT id, created_at, updated_at, deleted_at, version, fields FROM {} ORDER BY id",
                kind.table()
            ))?;
            let mut rows = stmt.query([])?;
            while let Some(r) = rows.next()? {
                let (kernel, fields) = kernel_from_row(r)?;
                sink(&Record::from_stored(kind, kernel, fields)).map_err(|source| {
                    StoreError::Io {
                        path: "export".into(),
                        source,
                    }
                })?;
                n += 1;
            }
        }
        Ok(n)
    }

    /// Imports records in one transaction: each is merged with the stored row by the one
    /// merge rule (new rows are inserted; a stored row is replaced only by a winning
    /// version) and queued in the outbox. The first bad record aborts the whole import
    /// with its line number and nothing is written.
    pub fn import<I>(&mut self, records: I) -> Result<ImportSummary, StoreError>
    where
        I: IntoIterator<Item = (usize, Result<Record, DecodeError>)>,
    {
        let tx = self.write_tx()?;
        let mut summary = ImportSummary::default();
        let queued_at = Timestamp::now().to_string();
        // Mutation numbers are counted here and taken from the counter once, at the end
        // (inside the same transaction).
        let last = Self::take_mutations(&tx, 0)? - 1;
        let mut next = last;
        // Pair sides written, checked at the end: an import never leaves half a pair.
        let mut sides: Vec<(usize, EntityKind, Id, crate::entity::Pair)> = Vec::new();
        for (line, record) in records {
            let record = record.map_err(|source| StoreError::ImportLine { line, source })?;
            let pair = record
                .kind
                .pair(record.fields_json())
                .map_err(|source| StoreError::ImportLine { line, source })?;
            let (pair_kind, pair_id) = (record.kind, record.kernel.id);
            // A live row whose natural key another live row holds merges into that row,
            // as on the server: aimed at the holder, its own id retired as a tombstone.
            let key = Self::stored_key(record.kind, &record.kernel, record.fields_json())?;
            let parts = match key
                .map(|k| Self::holder(&tx, record.kind, &k))
                .transpose()?
            {
                Some(Some((holder, _))) if holder.id != record.kernel.id => {
                    let (aimed, tomb) = crate::sync::retarget(&record, &holder);
                    vec![tomb, aimed]
                }
                _ => vec![record],
            };
            for record in parts {
                // The same decision as a pulled row: the reconciler's, over the merge rule.
                let local = Self::get_raw(&tx, record.kind, record.kernel.id)?;
                let op = crate::sync::on_pull(
                    local.as_ref().map(|(k, f)| Candidate {
                        kernel: k,
                        fields_json: f,
                    }),
                    record.candidate(),
                );
                let write = match op {
                    Operation::Insert => Write::Insert,
                    Operation::Replace => Write::Update,
                    Operation::Keep => {
                        summary.unchanged += 1;
                        continue;
                    }
                };
                next += 1;
                let queue = Queue {
                    mutation: next,
                    at: &queued_at,
                };
                Self::write_raw(
                    write,
                    &tx,
                    record.kind,
                    &record.kernel,
                    record.fields_json(),
                    Some(queue),
                )?;
                match write {
                    Write::Insert => summary.inserted += 1,
                    Write::Update => summary.updated += 1,
                }
            }
            if let Some(p) = pair {
                sides.push((line, pair_kind, pair_id, p));
            }
        }
        for (line, kind, id, pair) in sides {
            let mine = Self::get_raw(&tx, kind, id)?;
            let other = Self::get_raw(&tx, kind, pair.counterpart)?;
            let whole = match (mine, other) {
                (Some((k, _)), Some((ok, of))) => {
                    k.is_deleted() == ok.is_deleted()
                        && kind
                            .pair(&of)
                            .ok()
                            .flatten()
                            .is_some_and(|p| p.rev == pair.rev && p.counterpart == id)
                }
                _ => false,
            };
            if !whole {
                return Err(StoreError::ImportLine {
                    line,
                    source: DecodeError::Shape(format!(
                        "{kind} {id} is one side of a transfer whose other side {} is neither in the file nor here at the same revision",
                        pair.counterpart
                    )),
                });
            }
        }
        Self::take_mutations(&tx, next - last)?;
        tx.commit()?;
        Ok(summary)
    }
}

/// Mutations that commit together (see [`Store::batch`]): one SQLite transaction, one
/// clock reading for every row it writes. Each write also queues its outbox entry.
pub struct Batch<'a> {
    tx: Transaction<'a>,
    now: Timestamp,
}

/// Whether a mutation may touch one side of a pair (only the pair's own operations may).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Side {
    /// An ordinary single-row mutation: a pair side is refused.
    One,
    /// Part of a pair operation that writes both sides.
    Both,
}

impl Batch<'_> {
    /// The time every row written by this batch is stamped with.
    pub fn now(&self) -> Timestamp {
        self.now
    }

    /// Moves the batch's clock past these rows' `updated_at` (a clock that went
    /// backwards), so rows changed together carry one `updated_at`.
    pub fn clock_past(&mut self, kernels: &[&Kernel]) {
        for k in kernels {
            if k.updated_at >= self.now {
                self.now = k.updated_at.next_millisecond();
            }
        }
    }

    /// The row with this id, tombstones included, as this batch sees it.
    pub fn get<E: Entity>(&self, id: Id) -> Result<Row<E>, StoreError> {
        match Store::get_raw(&self.tx, E::KIND, id)? {
            Some((kernel, fields)) => decode(kernel, &fields),
            None => Err(StoreError::NotFound {
                kind: E::KIND,
                id: id.to_string(),
            }),
        }
    }

    /// Rows matching `query` (see [`Store::list`]), as this batch sees them.
    pub fn list<E: Entity>(&self, query: &ListQuery) -> Result<Vec<Row<E>>, StoreError> {
        Store::list_in(&self.tx, query)
    }

    fn queue(&self) -> Result<i64, StoreError> {
        Store::take_mutations(&self.tx, 1)
    }

    /// Creates a row: a new ULID, the batch's time, version 1.
    pub fn create<E: Entity>(&mut self, fields: E) -> Result<Row<E>, StoreError> {
        self.create_with_id(Id::generate(), fields)
    }

    /// Creates a row with an id chosen by the caller (both sides of a pair name each
    /// other, so their ids are made first).
    pub fn create_with_id<E: Entity>(&mut self, id: Id, fields: E) -> Result<Row<E>, StoreError> {
        fields.validate()?;
        let row = Row {
            kernel: Kernel {
                id,
                created_at: self.now,
                updated_at: self.now,
                deleted_at: None,
                version: 1,
            },
            fields,
        };
        let json = fields_json(&row.fields)?;
        let at = row.kernel.updated_at.to_string();
        Store::write_raw(
            Write::Insert,
            &self.tx,
            E::KIND,
            &row.kernel,
            &json,
            Some(Queue {
                mutation: self.queue()?,
                at: &at,
            }),
        )?;
        Ok(row)
    }

    fn mutate<E: Entity>(
        &mut self,
        id: Id,
        expected_version: Option<i64>,
        side: Side,
        change: impl FnOnce(&Row<E>, Timestamp) -> Result<Option<Row<E>>, StoreError>,
    ) -> Result<Row<E>, StoreError> {
        let current: Row<E> = self.get(id)?;
        if side == Side::One && current.fields.pair().is_some() {
            return Err(StoreError::Paired { kind: E::KIND, id });
        }
        if let Some(expected) = expected_version
            && expected != current.kernel.version
        {
            return Err(StoreError::Conflict {
                kind: E::KIND,
                id,
                expected,
                actual: current.kernel.version,
            });
        }
        let Some(next) = change(&current, self.now)? else {
            return Ok(current);
        };
        next.fields.validate()?;
        let at = next.kernel.updated_at.to_string();
        Store::write_raw(
            Write::Update,
            &self.tx,
            E::KIND,
            &next.kernel,
            &fields_json(&next.fields)?,
            Some(Queue {
                mutation: self.queue()?,
                at: &at,
            }),
        )?;
        Ok(next)
    }

    /// Edits a live row's fields (see [`Store::update`]). One side of a pair is
    /// refused with [`StoreError::Paired`]: pairs change through their own operations.
    pub fn update<E: Entity>(
        &mut self,
        id: Id,
        expected_version: Option<i64>,
        edit: impl FnOnce(&mut E, Timestamp) -> Result<(), ValidationError>,
    ) -> Result<Row<E>, StoreError> {
        self.update_side(id, expected_version, Side::One, edit)
    }

    pub(crate) fn update_side<E: Entity>(
        &mut self,
        id: Id,
        expected_version: Option<i64>,
        side: Side,
        edit: impl FnOnce(&mut E, Timestamp) -> Result<(), ValidationError>,
    ) -> Result<Row<E>, StoreError> {
        self.mutate(id, expected_version, side, |current: &Row<E>, now| {
            if current.kernel.is_deleted() {
                return Err(StoreError::Deleted { kind: E::KIND, id });
            }
            let mut fields = current.fields.clone();
            edit(&mut fields, now)?;
            if fields == current.fields {
                return Ok(None);
            }
            Ok(Some(Row {
                kernel: current.kernel.bumped(now),
                fields,
            }))
        })
    }

    /// Soft-deletes a row (see [`Store::delete`]); not one side of a pair.
    pub fn delete<E: Entity>(
        &mut self,
        id: Id,
        expected_version: Option<i64>,
    ) -> Result<Row<E>, StoreError> {
        self.delete_side(id, expected_version, Side::One)
    }

    pub(crate) fn delete_side<E: Entity>(
        &mut self,
        id: Id,
        expected_version: Option<i64>,
        side: Side,
    ) -> Result<Row<E>, StoreError> {
        self.mutate(id, expected_version, side, |current: &Row<E>, now| {
            if current.kernel.is_deleted() {
                return Err(StoreError::Deleted { kind: E::KIND, id });
            }
            let mut kernel = current.kernel.bumped(now);
            kernel.deleted_at = Some(kernel.updated_at);
            Ok(Some(Row {
                kernel,
                fields: current.fields.clone(),
            }))
        })
    }

    /// Restores a tombstone (see [`Store::restore`]); not one side of a pair.
    pub fn restore<E: Entity>(
        &mut self,
        id: Id,
        expected_version: Option<i64>,
    ) -> Result<Row<E>, StoreError> {
        self.restore_side(id, expected_version, Side::One)
    }

    pub(crate) fn restore_side<E: Entity>(
        &mut self,
        id: Id,
        expected_version: Option<i64>,
        side: Side,
    ) -> Result<Row<E>, StoreError> {
        self.mutate(id, expected_version, side, |current: &Row<E>, now| {
            if !current.kernel.is_deleted() {
                return Err(StoreError::NotDeleted { kind: E::KIND, id });
            }
            let mut kernel = current.kernel.bumped(now);
            kernel.deleted_at = None;
            Ok(Some(Row {
                kernel,
                fields: current.fields.clone(),
            }))
        })
    }
}

#[cfg(test)]
mod tests;
