//! The SQLite schema: the append-only SQL files of `migrations/sqlite/`, embedded in the
//! binary and applied in order, each once, at open. Never edit a file that has landed.

use rusqlite::{Connection, OptionalExtension, TransactionBehavior};

use super::StoreError;
use crate::timestamp::Timestamp;

/// `(version, name, sql)` for every migration, in order: every file of
/// `migrations/sqlite/`, listed by `core/build.rs`.
pub const MIGRATIONS: &[(i64, &str, &str)] =
    include!(concat!(env!("OUT_DIR"), "/sqlite_migrations.rs"));

fn current_version(conn: &Connection) -> Result<i64, StoreError> {
    let has_table: Option<i64> = conn
        .query_row(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'",
            [],
            |r| r.get(0),
        )
        .optional()?;
    if has_table.is_none() {
        return Ok(0);
    }
    Ok(conn.query_row(
        "SELECT coalesce(max(version), 0) FROM schema_migrations",
        [],
        |r| r.get(0),
    )?)
}

/// How many migrations the database lacks (refusing one from a newer LifeOS).
pub(crate) fn pending(conn: &Connection) -> Result<usize, StoreError> {
    let latest = MIGRATIONS.last().map_or(0, |m| m.0);
    let found = current_version(conn)?;
    if found > latest {
        return Err(StoreError::NewerSchema {
            found,
            known: latest,
        });
    }
    Ok(MIGRATIONS.iter().filter(|m| m.0 > found).count())
}

/// Applies every migration newer than the database, in one transaction. Returns how
/// many were applied. A database from a newer LifeOS is refused, not touched.
pub fn migrate(conn: &mut Connection) -> Result<usize, StoreError> {
    let latest = MIGRATIONS.last().map_or(0, |m| m.0);
    let found = current_version(conn)?;
    if found > latest {
        return Err(StoreError::NewerSchema {
            found,
            known: latest,
        });
    }
    if found == latest {
        return Ok(0);
    }
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    tx.execute_batch(
        "CREATE TABLE IF NOT EXISTS schema_migrations (
            version INTEGER PRIMARY KEY NOT NULL,
            name TEXT NOT NULL,
            applied_at TEXT NOT NULL)",
    )?;
    // Re-read inside the write lock: another process may have migrated meanwhile.
    let found = current_version(&tx)?;
    let mut applied = 0;
    for (version, name, sql) in MIGRATIONS.iter().filter(|m| m.0 > found) {
        tx.execute_batch(sql)?;
        tx.execute(
            "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?1, ?2, ?3)",
            rusqlite::params![version, name, Timestamp::now().to_string()],
        )?;
        applied += 1;
    }
    tx.commit()?;
    Ok(applied)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_sql_file_is_registered_in_order() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../migrations/sqlite");
        let mut files: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".sql"))
            .collect();
        files.sort();
        let names: Vec<String> = MIGRATIONS.iter().map(|m| format!("{}.sql", m.1)).collect();
        assert_eq!(files, names);
        for (i, m) in MIGRATIONS.iter().enumerate() {
            assert_eq!(m.0, i as i64 + 1);
            assert!(m.1.starts_with(&format!("{:04}_", m.0)));
        }
    }

    #[test]
    fn migrating_twice_is_a_no_op() {
        let mut conn = Connection::open_in_memory().unwrap();
        assert_eq!(migrate(&mut conn).unwrap(), MIGRATIONS.len());
        assert_eq!(migrate(&mut conn).unwrap(), 0);
        conn.execute(
            "INSERT INTO schema_migrations VALUES (999, 'future', 'x')",
            [],
        )
        .unwrap();
        assert!(matches!(
            migrate(&mut conn),
            Err(StoreError::NewerSchema { found: 999, .. })
        ));
    }

    #[test]
    fn every_registered_entity_has_a_table_with_the_kernel_columns() {
        let mut conn = Connection::open_in_memory().unwrap();
        migrate(&mut conn).unwrap();
        for kind in crate::entity::EntityKind::ALL {
            let mut stmt = conn
                .prepare(&format!(
                    "SELECT name FROM pragma_table_info('{}')",
                    kind.name()
                ))
                .unwrap();
            let cols: Vec<String> = stmt
                .query_map([], |r| r.get(0))
                .unwrap()
                .map(Result::unwrap)
                .collect();
            assert_eq!(
                cols,
                [
                    "id",
                    "created_at",
                    "updated_at",
                    "deleted_at",
                    "version",
                    "fields",
                    "natural_key"
                ],
                "{kind}"
            );
            if kind.has_natural_key() {
                let sql: String = conn
                    .query_row(
                        "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?1",
                        [format!("{}_natural_key", kind.name())],
                        |r| r.get(0),
                    )
                    .unwrap_or_else(|_| panic!("{kind} has no natural_key index"));
                assert!(sql.starts_with("CREATE UNIQUE INDEX"), "{sql}");
                assert!(sql.contains("deleted_at IS NULL"), "{sql}");
            }
        }
    }
}
