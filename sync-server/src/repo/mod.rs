//! Generic storage of any registered entity in Postgres, written once over the kernel.
//!
//! Every mutation runs in one transaction that writes the row, bumps the workspace's
//! `last_seq` (holding that row's lock until commit) and appends the `sync_log` row with
//! that sequence number. Because the counter row is locked until commit, log rows of a
//! workspace become visible in `seq` order: a reader that has seen `seq = n` can never
//! later see a smaller one appear (no cursor gaps). If anything fails, the transaction
//! is dropped and rolled back: no row without its log row, and no log row without its row.

pub mod filter;
pub mod pair;
pub mod search;

use lifeos_core::query::ListQuery;
use lifeos_core::record::Record;
use lifeos_core::wire::{NewRow, Page, Patch};
use lifeos_core::{Entity, Id, Kernel, Row, Timestamp};
use serde_json::Value;
use sqlx::postgres::PgRow;
use sqlx::types::Json;
// Dynamic SQL here only interpolates table names from the entity registry and our
// own placeholders; every value is a bind parameter.
use sqlx::{AssertSqlSafe, PgPool, Postgres, Row as _, Transaction};
use time::OffsetDateTime;

use crate::error::ApiError;
use filter::{Arg, Clause};

/// Largest page a list returns.
pub const MAX_PAGE: u32 = 500;
/// Page size when none is asked for.
pub const DEFAULT_PAGE: u32 = 50;

const COLUMNS: &str = "id, created_at, updated_at, deleted_at, version, fields";

fn ts(t: Timestamp) -> OffsetDateTime {
    t.datetime()
}

/// The kernel columns of a stored row.
pub fn decode_kernel(r: &PgRow) -> Result<Kernel, ApiError> {
    let id: String = r.try_get("id")?;
    let deleted: Option<OffsetDateTime> = r.try_get("deleted_at")?;
    Ok(Kernel {
        id: id
            .parse()
            .map_err(|_| ApiError::Internal(format!("bad stored id {id}")))?,
        created_at: Timestamp::from_datetime(r.try_get("created_at")?),
        updated_at: Timestamp::from_datetime(r.try_get("updated_at")?),
        deleted_at: deleted.map(Timestamp::from_datetime),
        version: r.try_get("version")?,
    })
}

fn decode_row<E: Entity>(r: &PgRow) -> Result<Row<E>, ApiError> {
    let Json(fields): Json<E> = r.try_get("fields")?;
    Ok(Row {
        kernel: decode_kernel(r)?,
        fields,
    })
}

/// The row as it appears in the sync log and in conflict answers.
pub fn row_json<E: Entity>(row: &Row<E>) -> Value {
    serde_json::to_value(row).unwrap_or(Value::Null)
}

/// Writes a row (a new one with `insert`, else over the stored one) and its `sync_log`
/// entry inside `tx`, which the caller commits. Answers whether the row was written (an
/// insert of an existing id writes nothing).
pub async fn write<E: Entity>(
    tx: &mut Transaction<'_, Postgres>,
    workspace: Id,
    row: &Row<E>,
    insert: bool,
) -> Result<bool, ApiError> {
    let table = E::KIND.table();
    let sql = if insert {
        format!(
            "INSERT INTO {table} (workspace_id, id, created_at, updated_at, deleted_at, version, fields, natural_key)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (workspace_id, id) DO NOTHING"
        )
    } else {
        format!(
            "UPDATE {table} SET created_at = $3, updated_at = $4, deleted_at = $5, version = $6, fields = $7,
             natural_key = $8 WHERE workspace_id = $1 AND id = $2"
        )
    };
    let done = sqlx::query(AssertSqlSafe(sql))
        .bind(workspace.to_string())
        .bind(row.kernel.id.to_string())
        .bind(ts(row.kernel.created_at))
        .bind(ts(row.kernel.updated_at))
        .bind(row.kernel.deleted_at.map(ts))
        .bind(row.kernel.version)
        .bind(Json(&row.fields))
        .bind(if row.kernel.is_deleted() {
            None
        } else {
            row.fields.natural_key()
        })
        .execute(&mut **tx)
        .await?;
    if done.rows_affected() == 1 {
        let record = Record::from_row(row).map_err(ApiError::from)?;
        crate::sync::append_log(tx, workspace, &[record]).await?;
        Ok(true)
    } else {
        Ok(false)
    }
}

pub(crate) async fn fetch<E: Entity>(
    ex: impl sqlx::PgExecutor<'_>,
    workspace: Id,
    id: Id,
    lock: bool,
) -> Result<Option<Row<E>>, ApiError> {
    let sql = format!(
        "SELECT {COLUMNS} FROM {} WHERE workspace_id = $1 AND id = $2{}",
        E::KIND.table(),
        if lock { " FOR UPDATE" } else { "" }
    );
    let row = sqlx::query(AssertSqlSafe(sql))
        .bind(workspace.to_string())
        .bind(id.to_string())
        .fetch_optional(ex)
        .await?;
    row.as_ref().map(decode_row).transpose()
}

/// Creates a row from a JSON body: the entity's fields, and optionally `id` (a ULID
/// made by the client). An id that exists answers 409 with the current row.
pub async fn create<E: Entity>(
    pool: &PgPool,
    workspace: Id,
    body: NewRow<E>,
) -> Result<Row<E>, ApiError> {
    let id = body.id.unwrap_or_else(Id::generate);
    let fields = body.fields;
    refuse_pair_side(&fields)?;
    let now = Timestamp::now();
    let row = Row {
        kernel: Kernel {
            id,
            created_at: now,
            updated_at: now,
            deleted_at: None,
            version: 1,
        },
        fields,
    };
    let mut tx = pool.begin().await?;
    // The id, and the natural key if the row has one, in the same order a push takes them.
    let mut locks = vec![id.to_string()];
    if let Some(k) = row.fields.natural_key() {
        locks.push(crate::sync::key_lock(E::KIND, &k));
    }
    locks.sort();
    crate::sync::lock_ids(&mut tx, workspace, &locks).await?;
    if !write(&mut tx, workspace, &row, true).await? {
        let current = fetch::<E>(&mut *tx, workspace, id, false).await?;
        return Err(ApiError::Conflict {
            detail: format!("a {} with id {id} already exists", E::KIND),
            current: current.as_ref().map(row_json),
        });
    }
    tx.commit().await?;
    Ok(row)
}

/// One row, tombstones included.
pub async fn get<E: Entity>(pool: &PgPool, workspace: Id, id: Id) -> Result<Row<E>, ApiError> {
    fetch(pool, workspace, id, false)
        .await?
        .ok_or(ApiError::NotFound)
}

/// One page of rows matching `query` in id order, after `cursor` (the last id of the
/// previous page), at most `limit` rows.
pub async fn list<E: Entity>(
    pool: &PgPool,
    workspace: Id,
    query: &ListQuery,
    cursor: Option<Id>,
    limit: u32,
) -> Result<Page<Row<E>>, ApiError> {
    let mut sql = format!(
        "SELECT {COLUMNS} FROM {} WHERE workspace_id = $1",
        E::KIND.table()
    );
    let mut args = vec![Arg::Text(workspace.to_string())];
    if let Some(c) = cursor {
        args.push(Arg::Text(c.to_string()));
        sql.push_str(&format!(" AND id > ${}", args.len()));
    }
    Clause::new(&mut sql, &mut args).query(query, E::SEARCH_FIELDS)?;
    sql.push_str(&format!(" ORDER BY id LIMIT {}", u64::from(limit) + 1));
    let mut q = sqlx::query(AssertSqlSafe(sql));
    for a in args {
        q = match a {
            Arg::Text(t) => q.bind(t),
            Arg::Texts(t) => q.bind(t),
            Arg::Bool(b) => q.bind(b),
        };
    }
    let rows = q.fetch_all(pool).await?;
    let mut items = rows
        .iter()
        .map(decode_row)
        .collect::<Result<Vec<Row<E>>, _>>()?;
    let next_cursor = if items.len() > limit as usize {
        items.truncate(limit as usize);
        items.last().map(|r| r.kernel.id.to_string())
    } else {
        None
    };
    Ok(Page { items, next_cursor })
}

/// Applies a partial update: `version` (required) must be the stored version; the other
/// keys replace those fields. An update that changes nothing keeps the version.
pub async fn update<E: Entity>(
    pool: &PgPool,
    workspace: Id,
    id: Id,
    patch: Patch<E>,
) -> Result<Row<E>, ApiError> {
    let expected = patch.version;
    let mut tx = pool.begin().await?;
    let current: Row<E> = fetch(&mut *tx, workspace, id, true)
        .await?
        .ok_or(ApiError::NotFound)?;
    check_version(&current, expected)?;
    refuse_pair_side(&current.fields)?;
    if current.kernel.is_deleted() {
        return Err(ApiError::Conflict {
            detail: format!("{} {id} is deleted", E::KIND),
            current: Some(row_json(&current)),
        });
    }
    let fields = patch.apply(&current.fields)?;
    refuse_pair_side(&fields)?;
    if fields == current.fields {
        return Ok(current);
    }
    let row = Row {
        kernel: current.kernel.bumped(Timestamp::now()),
        fields,
    };
    write(&mut tx, workspace, &row, false).await?;
    tx.commit().await?;
    Ok(row)
}

/// One side of a pair (a transfer) is never written alone: a single-row write would
/// leave the other side behind. Pairs are written through sync push, both sides in one
/// batch.
fn refuse_pair_side<E: Entity>(fields: &E) -> Result<(), ApiError> {
    match fields.pair() {
        None => Ok(()),
        Some(_) => Err(ApiError::field(
            E::PAIR_NAME,
            format!(
                "this {} is one side of a {pair}: write both sides together (`…/{pair}s`, or a sync push)",
                E::KIND,
                pair = E::PAIR_NAME
            ),
        )),
    }
}

pub(crate) fn check_version<E: Entity>(current: &Row<E>, expected: i64) -> Result<(), ApiError> {
    if current.kernel.version == expected {
        Ok(())
    } else {
        Err(ApiError::Conflict {
            detail: format!(
                "{} {} is at version {}, not {expected}: it changed meanwhile",
                E::KIND,
                current.kernel.id,
                current.kernel.version
            ),
            current: Some(row_json(current)),
        })
    }
}

/// Soft-deletes a row (a tombstone: `deleted_at` set, version + 1). With `expected`,
/// a stale version answers 409.
pub async fn delete<E: Entity>(
    pool: &PgPool,
    workspace: Id,
    id: Id,
    expected: Option<i64>,
) -> Result<Row<E>, ApiError> {
    let mut tx = pool.begin().await?;
    let current: Row<E> = fetch(&mut *tx, workspace, id, true)
        .await?
        .ok_or(ApiError::NotFound)?;
    if let Some(v) = expected {
        check_version(&current, v)?;
    }
    if current.kernel.is_deleted() {
        return Ok(current);
    }
    refuse_pair_side(&current.fields)?;
    let mut kernel = current.kernel.bumped(Timestamp::now());
    kernel.deleted_at = Some(kernel.updated_at);
    let row = Row {
        kernel,
        fields: current.fields,
    };
    write(&mut tx, workspace, &row, false).await?;
    tx.commit().await?;
    Ok(row)
}

/// Restores a soft-deleted row (`deleted_at` cleared, version + 1). A live row is
/// answered as it is; with `expected`, a stale version answers 409, and so does a row
/// whose natural key another live row has taken meanwhile (a check-in for that day).
pub async fn restore<E: Entity>(
    pool: &PgPool,
    workspace: Id,
    id: Id,
    expected: Option<i64>,
) -> Result<Row<E>, ApiError> {
    let mut tx = pool.begin().await?;
    let current: Row<E> = fetch(&mut *tx, workspace, id, true)
        .await?
        .ok_or(ApiError::NotFound)?;
    if let Some(v) = expected {
        check_version(&current, v)?;
    }
    if !current.kernel.is_deleted() {
        return Ok(current);
    }
    refuse_pair_side(&current.fields)?;
    let mut kernel = current.kernel.bumped(Timestamp::now());
    kernel.deleted_at = None;
    let row = Row {
        kernel,
        fields: current.fields,
    };
    write(&mut tx, workspace, &row, false).await?;
    tx.commit().await?;
    Ok(row)
}
