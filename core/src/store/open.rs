//! Opening a profile's database: checking a file is ours without a key
//! ([`Store::inspect`]), proving the key before anything is written ([`Store::open`]),
//! and re-encrypting it under a new key ([`Store::rekey`]).

use std::path::Path;

use rusqlite::{Connection, OpenFlags, OptionalExtension};

use super::{Store, StoreError, migrate};
use crate::id::Id;
use crate::key::DbKey;

const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";

/// SQLCipher's page size: a whole database file is a multiple of it.
const PAGE: u64 = 4096;

/// How a database file may be opened here.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Access {
    /// Read and write.
    Write,
    /// Only the file may not be written: SQLite reads it (`mode=ro`).
    ReadFile,
    /// Nothing may be written beside it either (read-only media, a directory the user
    /// may only read): SQLite reads it as immutable, so it needs no `-shm` file.
    ReadMedia,
}

/// Opens a SQLite connection once SQLCipher's process-wide set-up is whole.
///
/// SQLite marks itself initialized before it runs SQLCipher's own set-up
/// (`SQLITE_EXTRA_INIT`), so a second thread opening its first connection at that moment
/// went on to `PRAGMA key` against a half-made SQLCipher: "sqlcipher not initialized",
/// now and then a crash. The first open in the process runs alone under a `Once`, which
/// other threads wait for; every connection here is made through this function.
pub(crate) fn connect(path: impl AsRef<Path>, flags: OpenFlags) -> rusqlite::Result<Connection> {
    static SET_UP: std::sync::Once = std::sync::Once::new();
    SET_UP.call_once(|| {
        // Its error (none is known) would come back from the real open below.
        let _ = Connection::open_in_memory();
    });
    Connection::open_with_flags(path, flags)
}

/// Keys `conn` with `pragma` (a [`DbKey::pragma`] or `pragma_named("rekey")`), with
/// SQLCipher's own logging to stderr off first: its failures come back as errors.
pub(crate) fn apply_key(conn: &Connection, pragma: &str) -> rusqlite::Result<()> {
    conn.execute_batch("PRAGMA cipher_log_level = NONE;")?;
    conn.execute_batch(pragma)
}

fn io_err(path: &Path, source: std::io::Error) -> StoreError {
    StoreError::Io {
        path: path.display().to_string(),
        source,
    }
}

fn refused(e: &std::io::Error) -> bool {
    matches!(
        e.kind(),
        std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem
    )
}

/// Whether files can be made in `dir`: one is made and removed again.
fn dir_writable(dir: &Path) -> Result<bool, StoreError> {
    let probe = dir.join(format!(".lifeos-probe-{}", Id::generate()));
    match std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&probe)
    {
        Ok(f) => {
            drop(f);
            std::fs::remove_file(&probe).map_err(|e| io_err(&probe, e))?;
            Ok(true)
        }
        Err(e) if refused(&e) => Ok(false),
        Err(e) => Err(io_err(dir, e)),
    }
}

fn access(path: &Path) -> Result<Access, StoreError> {
    match std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open(path)
    {
        Ok(_) => {}
        Err(e) if refused(&e) => {
            let dir = path.parent().unwrap_or(Path::new("."));
            return Ok(if dir_writable(dir)? {
                Access::ReadFile
            } else {
                Access::ReadMedia
            });
        }
        Err(e) => return Err(io_err(path, e)),
    }
    let dir = path.parent().unwrap_or(Path::new("."));
    Ok(if dir_writable(dir)? {
        Access::Write
    } else {
        Access::ReadMedia
    })
}

/// `file:` URI of a path, for SQLite's URI parameters.
fn uri(path: &Path, params: &str) -> String {
    let mut out = String::from("file:");
    for c in path.display().to_string().chars() {
        match c {
            '?' | '#' | '%' => out.push_str(&format!("%{:02X}", c as u32)),
            c => out.push(c),
        }
    }
    format!("{out}?{params}")
}

fn damaged(path: &Path, why: impl Into<String>) -> StoreError {
    StoreError::Damaged {
        path: Some(path.display().to_string()),
        why: why.into(),
    }
}

impl Store {
    /// Checks, without a key, that an existing file at `path` could be ours: an
    /// unencrypted SQLite database is refused, and an empty file is
    /// [`StoreError::Damaged`] (never a reason to start afresh; a truncated one is found
    /// by [`Store::open`]). Returns whether a file exists there.
    pub fn inspect(path: &Path) -> Result<bool, StoreError> {
        let len = match path.metadata() {
            Ok(m) => m.len(),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(false),
            Err(e) => return Err(io_err(path, e)),
        };
        if len == 0 {
            return Err(damaged(path, "the file is empty: 0 bytes"));
        }
        let mut header = [0u8; 16];
        use std::io::Read;
        let n = std::fs::File::open(path)
            .and_then(|mut f| f.read(&mut header))
            .map_err(|e| io_err(path, e))?;
        if n == 16 && &header == SQLITE_HEADER {
            return Err(StoreError::NotOurs {
                path: path.display().to_string(),
                why: "it is an unencrypted SQLite database",
            });
        }
        Ok(true)
    }

    /// A file whose size is not a whole number of pages has lost its end.
    pub(super) fn whole_pages(path: &Path) -> Result<(), StoreError> {
        let len = path.metadata().map_err(|e| io_err(path, e))?.len();
        if len % PAGE != 0 {
            return Err(damaged(
                path,
                format!(
                    "the file is truncated: {len} bytes, not a whole number of {PAGE}-byte pages"
                ),
            ));
        }
        Ok(())
    }

    /// Opens (creating if no file exists) the database at `path` with `key`. Fails with
    /// [`StoreError::WrongKey`], [`StoreError::NotOurs`] or [`StoreError::Damaged`]
    /// without writing anything. A file that cannot be written here (or whose directory
    /// cannot) is opened read-only: reads work, nothing is written at open, and a
    /// write is [`StoreError::ReadOnly`].
    pub fn open(path: &Path, key: &DbKey) -> Result<Self, StoreError> {
        Self::open_checked(path, key).map_err(|e| e.at(path))
    }

    fn open_checked(path: &Path, key: &DbKey) -> Result<Self, StoreError> {
        let existed = Self::inspect(path)?;
        if existed {
            Self::whole_pages(path)?;
        }
        if !existed && let Some(dir) = path.parent() {
            crate::profile::create_private_dir(dir).map_err(|source| StoreError::Io {
                path: dir.display().to_string(),
                source,
            })?;
        }
        let access = if existed {
            access(path)?
        } else {
            Access::Write
        };
        let mut conn = match access {
            Access::Write if existed => connect(
                path,
                OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
            )?,
            Access::Write => connect(
                path,
                OpenFlags::SQLITE_OPEN_READ_WRITE
                    | OpenFlags::SQLITE_OPEN_CREATE
                    | OpenFlags::SQLITE_OPEN_NO_MUTEX,
            )?,
            Access::ReadFile | Access::ReadMedia => connect(
                uri(
                    path,
                    if access == Access::ReadMedia {
                        "mode=ro&immutable=1"
                    } else {
                        "mode=ro"
                    },
                ),
                OpenFlags::SQLITE_OPEN_READ_ONLY
                    | OpenFlags::SQLITE_OPEN_URI
                    | OpenFlags::SQLITE_OPEN_NO_MUTEX,
            )?,
        };
        let read_only = access != Access::Write;
        apply_key(&conn, &key.pragma())?;
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
            let has_meta: i64 = conn.query_row(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'",
                [],
                |r| r.get(0),
            )?;
            // A damaged page is an error here, never "another application's".
            let ours: Option<String> = if has_meta == 0 {
                None
            } else {
                conn.query_row("SELECT value FROM meta WHERE key = 'app'", [], |r| r.get(0))
                    .optional()?
            };
            if ours.as_deref() != Some("lifeos") {
                return Err(StoreError::NotOurs {
                    path: path.display().to_string(),
                    why: "it belongs to another application",
                });
            }
        }
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        // 32 MiB of page cache: every page read from disk is also decrypted.
        conn.pragma_update(None, "cache_size", -32_000)?;
        if read_only {
            if super::migrations::pending(&conn)? > 0 {
                return Err(StoreError::ReadOnly {
                    path: None,
                    why: "its schema needs an upgrade to this version of lifeos, which must be written".into(),
                });
            }
        } else {
            let mode: String = conn.query_row("PRAGMA journal_mode", [], |r| r.get(0))?;
            if !mode.eq_ignore_ascii_case("wal") {
                conn.pragma_update(None, "journal_mode", "WAL")?;
            }
            conn.pragma_update(None, "synchronous", "NORMAL")?;
            migrate(&mut conn)?;
            Self::ensure_index(&mut conn)?;
        }
        let device_id: Option<String> = conn
            .query_row("SELECT value FROM meta WHERE key = 'device_id'", [], |r| {
                r.get(0)
            })
            .optional()?;
        let device_id = match device_id {
            Some(d) => d,
            None if read_only => String::new(),
            None => {
                let id = Id::generate().to_string();
                conn.execute(
                    "INSERT OR IGNORE INTO meta (key, value) VALUES ('app', 'lifeos'), ('device_id', ?1)",
                    [&id],
                )?;
                conn.query_row("SELECT value FROM meta WHERE key = 'device_id'", [], |r| {
                    r.get(0)
                })?
            }
        };
        Ok(Self {
            conn,
            device_id,
            read_only,
            blob_secret: key.blob_secret(),
        })
    }

    /// Whether this database was opened read-only (see [`Store::open`]).
    pub fn is_read_only(&self) -> bool {
        self.read_only
    }

    /// Re-encrypts every page under `new` (SQLCipher `PRAGMA rekey`). It runs in one
    /// rollback-journal transaction (the WAL is checkpointed and set aside for it), so a
    /// crash leaves the database whole under the old key.
    pub fn rekey(&mut self, new: &DbKey) -> Result<(), StoreError> {
        self.conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        self.conn.pragma_update(None, "journal_mode", "DELETE")?;
        let rekeyed = apply_key(&self.conn, &new.pragma_named("rekey"));
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
