//! Opening a profile's database: checking a file is ours without a key
//! ([`Store::inspect`]), proving the key before anything is written ([`Store::open`]),
//! and re-encrypting it under a new key ([`Store::rekey`]).

use std::path::Path;

use rusqlite::{Connection, OpenFlags, OptionalExtension};

use super::{Store, StoreError, migrate};
use crate::id::Id;
use crate::key::DbKey;

const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";

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
}
