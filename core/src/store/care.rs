//! Looking after the database file: checking every page ([`Store::check`]) and a
//! consistent encrypted copy made with SQLite's backup API ([`Store::backup_to`]).

use std::path::Path;

use rusqlite::{Connection, OpenFlags};

use super::{Store, StoreError};
use crate::key::DbKey;

/// What `lifeos db check` found.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct CheckReport {
    /// The database file.
    pub path: String,
    /// Its size in bytes.
    pub bytes: u64,
    /// Every problem found; empty when the file is whole.
    pub problems: Vec<String>,
}

impl CheckReport {
    /// Whether the file is whole.
    pub fn ok(&self) -> bool {
        self.problems.is_empty()
    }
}

fn rows(conn: &Connection, sql: &str) -> Result<Vec<String>, rusqlite::Error> {
    let mut stmt = conn.prepare(sql)?;
    let out = stmt
        .query_map([], |r| r.get::<_, Option<String>>(0))?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(out.into_iter().flatten().collect())
}

impl Store {
    /// Checks the file at `path` with `key` without writing to it: the file's shape,
    /// every page's authentication code (`PRAGMA cipher_integrity_check`) and SQLite's
    /// own structure (`PRAGMA integrity_check`). Problems are reported, not raised; an
    /// error means the check itself could not run (no file, say).
    pub fn check(path: &Path, key: &DbKey) -> Result<CheckReport, StoreError> {
        let bytes = std::fs::metadata(path)
            .map_err(|source| StoreError::Io {
                path: path.display().to_string(),
                source,
            })?
            .len();
        let mut report = CheckReport {
            path: path.display().to_string(),
            bytes,
            problems: Vec::new(),
        };
        match Self::inspect(path).and_then(|_| Self::whole_pages(path)) {
            Ok(_) => {}
            Err(StoreError::Damaged { why, .. }) => {
                report.problems.push(why);
                return Ok(report);
            }
            Err(e) => return Err(e),
        }
        let conn = super::open::connect(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        super::open::apply_key(&conn, &key.pragma())?;
        if let Err(e) = conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| {
            r.get::<_, i64>(0)
        }) {
            report.problems.push(format!(
                "the first page does not open with this key ({e}): the key is wrong, or the page is damaged"
            ));
            return Ok(report);
        }
        match rows(&conn, "PRAGMA cipher_integrity_check") {
            Ok(found) => report.problems.extend(found),
            Err(e) => report.problems.push(format!("cipher_integrity_check: {e}")),
        }
        match rows(&conn, "PRAGMA integrity_check") {
            Ok(found) => report
                .problems
                .extend(found.into_iter().filter(|l| l != "ok")),
            Err(e) => report.problems.push(format!("integrity_check: {e}")),
        }
        Ok(report)
    }

    /// Writes a consistent copy of the database to `dest` (which must not exist) with
    /// SQLite's backup API, encrypted under `key`, the key this database is open with,
    /// so the copy opens like the original. The copy is written beside `dest` and
    /// renamed into place once whole. Returns its size in bytes.
    pub fn backup_to(&self, dest: &Path, key: &DbKey) -> Result<u64, StoreError> {
        let io = |path: &Path, source| StoreError::Io {
            path: path.display().to_string(),
            source,
        };
        if dest.exists() {
            return Err(io(
                dest,
                std::io::Error::new(
                    std::io::ErrorKind::AlreadyExists,
                    "already exists; a backup never overwrites a file",
                ),
            ));
        }
        let name = dest
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "backup".into());
        let tmp = dest.with_file_name(format!(".{name}.partial-{}", crate::id::Id::generate()));
        let result = (|| -> Result<(), StoreError> {
            let mut copy = super::open::connect(&tmp, OpenFlags::default())?;
            super::open::apply_key(&copy, &key.pragma())?;
            {
                let backup = rusqlite::backup::Backup::new(&self.conn, &mut copy)?;
                backup.run_to_completion(256, std::time::Duration::ZERO, None)?;
            }
            // The copy must open with the key and be whole.
            let n: i64 =
                copy.query_row("SELECT count(*) FROM meta WHERE key = 'app'", [], |r| {
                    r.get(0)
                })?;
            if n != 1 {
                return Err(StoreError::Damaged {
                    path: Some(tmp.display().to_string()),
                    why: "the copy lacks the database's identity".into(),
                });
            }
            copy.pragma_update(None, "journal_mode", "DELETE")?;
            drop(copy);
            std::fs::rename(&tmp, dest).map_err(|e| io(dest, e))?;
            Ok(())
        })();
        if result.is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
        result?;
        Ok(std::fs::metadata(dest).map_err(|e| io(dest, e))?.len())
    }
}
