//! `lifeos-server backup` and `restore`: a consistent logical export of every table
//! (accounts, sessions, workspaces, every entity, the change log, idempotency keys and
//! any table a later migration adds), read in one `REPEATABLE READ` transaction, as JSON
//! lines; restored into an empty database in one transaction, so a bad or truncated file
//! writes nothing.
//!
//! The file: a header line (format, the migrations the schema was at, when), one line per
//! row (`{"t": table, "r": row}`), a trailer with the row count per table. The same
//! binary release that took a backup restores it (the migrations must match), and
//! `migrate` upgrades it afterwards.
//!
//! After a restore the change log is shorter than some clients have already pulled. Each
//! workspace's counter jumps by [`RESTORE_GAP`] and the skipped range is recorded in
//! `sync_log_gaps`: a pull whose cursor lies in it (a cursor from before the restore) is
//! answered 409 `cursor-ahead`, and the client resyncs (pushes every row it holds, pulls
//! from 0) instead of silently missing the rows written after the restore.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufRead, Write};

use futures_util::TryStreamExt;
use serde_json::{Value, json};
use sqlx::PgPool;

/// The format's version.
pub const FORMAT: i64 = 1;

/// How far each workspace's change-log counter jumps at a restore.
pub const RESTORE_GAP: i64 = 1 << 32;

/// Rows per insert while restoring.
const BATCH: usize = 500;

/// Tables never exported: the migrations' own bookkeeping is the schema, not data.
const SKIP: &[&str] = &["_sqlx_migrations"];

async fn tables(pool: &PgPool) -> anyhow::Result<Vec<String>> {
    let names: Vec<String> = sqlx::query_scalar(
        "SELECT c.relname::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') ORDER BY 1",
    )
    .fetch_all(pool)
    .await?;
    let deps: Vec<(String, String)> = sqlx::query_as(
        "SELECT cl.relname::text, rf.relname::text FROM pg_constraint k
         JOIN pg_class cl ON cl.oid = k.conrelid JOIN pg_class rf ON rf.oid = k.confrelid
         JOIN pg_namespace n ON n.oid = cl.relnamespace
         WHERE k.contype = 'f' AND n.nspname = current_schema()",
    )
    .fetch_all(pool)
    .await?;
    // Referenced tables first (Kahn's order; names sorted for a stable file).
    let mut needs: BTreeMap<&str, BTreeSet<&str>> = names
        .iter()
        .filter(|n| !SKIP.contains(&n.as_str()))
        .map(|n| (n.as_str(), BTreeSet::new()))
        .collect();
    for (from, to) in &deps {
        if from != to
            && let Some(set) = needs.get_mut(from.as_str())
        {
            set.insert(to.as_str());
        }
    }
    let mut order = Vec::new();
    while !needs.is_empty() {
        let ready: Vec<&str> = needs
            .iter()
            .filter(|(_, d)| d.iter().all(|x| !needs.contains_key(x)))
            .map(|(n, _)| *n)
            .collect();
        anyhow::ensure!(!ready.is_empty(), "the tables' foreign keys form a cycle");
        for n in ready {
            needs.remove(n);
            order.push(n.to_owned());
        }
    }
    Ok(order)
}

fn migrations() -> Vec<i64> {
    crate::MIGRATOR.iter().map(|m| m.version).collect()
}

/// Writes a backup of the database to `out`. Returns the row count.
pub async fn backup(pool: &PgPool, out: &mut (dyn Write + Send)) -> anyhow::Result<u64> {
    let tables = tables(pool).await?;
    let mut tx = pool.begin().await?;
    sqlx::query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        .execute(&mut *tx)
        .await?;
    let applied: Vec<i64> =
        sqlx::query_scalar("SELECT version FROM _sqlx_migrations WHERE success ORDER BY version")
            .fetch_all(&mut *tx)
            .await?;
    let header = json!({
        "lifeos_backup": FORMAT,
        "server_version": env!("CARGO_PKG_VERSION"),
        "commit": crate::GIT_COMMIT,
        "migrations": applied,
        "taken_at": lifeos_core::Timestamp::now(),
        "tables": tables,
    });
    writeln!(out, "{header}")?;
    let mut counts = BTreeMap::new();
    let mut total = 0u64;
    for t in &tables {
        let sql = format!("SELECT to_jsonb(x)::text FROM \"{t}\" x");
        let mut rows = sqlx::query_scalar::<_, String>(sqlx::AssertSqlSafe(sql)).fetch(&mut *tx);
        let mut n = 0u64;
        while let Some(row) = rows.try_next().await? {
            writeln!(out, "{{\"t\":{},\"r\":{row}}}", Value::String(t.clone()))?;
            n += 1;
        }
        counts.insert(t.clone(), n);
        total += n;
    }
    tx.commit().await?;
    writeln!(out, "{}", json!({"end": true, "rows": counts}))?;
    out.flush()?;
    Ok(total)
}

fn bad(line: usize, why: impl std::fmt::Display) -> anyhow::Error {
    anyhow::anyhow!("not a usable backup (line {line}): {why}; nothing was restored")
}

/// Restores a backup into `pool`'s database, which must be migrated and empty. All or
/// nothing. Returns the row count.
pub async fn restore(pool: &PgPool, input: &mut (dyn BufRead + Send)) -> anyhow::Result<u64> {
    let tables = tables(pool).await?;
    let mut lines = input.lines();
    let header: Value = match lines.next() {
        Some(l) => serde_json::from_str(&l?).map_err(|e| bad(1, e))?,
        None => return Err(bad(1, "the file is empty")),
    };
    if header["lifeos_backup"] != FORMAT {
        return Err(bad(1, "no lifeos-server backup header"));
    }
    let theirs: Vec<i64> =
        serde_json::from_value(header["migrations"].clone()).map_err(|e| bad(1, e))?;
    if theirs != migrations() {
        anyhow::bail!(
            "this backup was taken at schema migrations {theirs:?}, this binary has {:?}: restore it with the release that took it (server {}), then upgrade",
            migrations(),
            header["server_version"]
        );
    }
    let mut tx = pool.begin().await?;
    for t in &tables {
        let any: Option<i32> = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
            "SELECT 1 FROM \"{t}\" LIMIT 1"
        )))
        .fetch_optional(&mut *tx)
        .await?;
        anyhow::ensure!(
            any.is_none(),
            "restore needs an empty database, and table {t} has rows: create a new database, run `lifeos-server migrate` on it, and restore there"
        );
    }
    sqlx::query("SET CONSTRAINTS ALL DEFERRED")
        .execute(&mut *tx)
        .await?;
    let known: BTreeSet<&str> = tables.iter().map(String::as_str).collect();
    let mut counts: BTreeMap<String, u64> = BTreeMap::new();
    let mut batch: Vec<Value> = Vec::new();
    let mut batch_table = String::new();
    let mut trailer = None;
    let mut n = 1usize;
    for line in lines {
        n += 1;
        let line = line?;
        if trailer.is_some() {
            return Err(bad(n, "rows after the end line"));
        }
        let mut v: Value = serde_json::from_str(&line).map_err(|e| bad(n, e))?;
        if v["end"] == true {
            trailer = Some(v);
            continue;
        }
        let (Some(t), Some(row)) = (v["t"].as_str().map(str::to_owned), v.get_mut("r")) else {
            return Err(bad(n, "a line is neither a row nor the end"));
        };
        if !known.contains(t.as_str()) {
            return Err(bad(n, format!("unknown table {t}")));
        }
        if t != batch_table || batch.len() >= BATCH {
            insert(&mut tx, &batch_table, &mut batch).await?;
            batch_table = t.clone();
        }
        batch.push(row.take());
        *counts.entry(t).or_default() += 1;
    }
    insert(&mut tx, &batch_table, &mut batch).await?;
    let Some(trailer) = trailer else {
        return Err(bad(n, "the file ends before its end line (truncated?)"));
    };
    let expected: BTreeMap<String, u64> =
        serde_json::from_value(trailer["rows"].clone()).map_err(|e| bad(n, e))?;
    let expected: BTreeMap<String, u64> = expected.into_iter().filter(|(_, c)| *c > 0).collect();
    if expected != counts {
        return Err(bad(n, "the row counts differ from the end line's"));
    }
    // Cursors issued before the restore past the restored heads must not be taken for
    // cursors of the new log: skip a range and remember it.
    sqlx::query(
        "INSERT INTO sync_log_gaps (workspace_id, after_seq, up_to_seq)
         SELECT id, last_seq, last_seq + $1 FROM workspaces",
    )
    .bind(RESTORE_GAP)
    .execute(&mut *tx)
    .await?;
    sqlx::query("UPDATE workspaces SET last_seq = last_seq + $1")
        .bind(RESTORE_GAP)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(counts.values().sum())
}

async fn insert(
    tx: &mut sqlx::PgConnection,
    table: &str,
    batch: &mut Vec<Value>,
) -> anyhow::Result<()> {
    if batch.is_empty() {
        return Ok(());
    }
    // The columns named in the rows (every row of a table carries the same ones).
    let cols: Vec<String> = batch[0]
        .as_object()
        .map(|o| {
            o.keys()
                .map(|k| format!("\"{}\"", k.replace('"', "\"\"")))
                .collect()
        })
        .unwrap_or_default();
    anyhow::ensure!(!cols.is_empty(), "a row of {table} has no columns");
    let cols = cols.join(", ");
    let sql = format!(
        "INSERT INTO \"{table}\" ({cols}) SELECT {cols} FROM jsonb_populate_recordset(NULL::\"{table}\", $1)"
    );
    sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(Value::Array(std::mem::take(batch)))
        .execute(&mut *tx)
        .await
        .map_err(|e| anyhow::anyhow!("restoring {table}: {e}; nothing was restored"))?;
    Ok(())
}
