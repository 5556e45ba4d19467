//! Generic storage of any registered entity in Postgres, written once over the kernel.
//!
//! Every mutation runs in one transaction that writes the row, bumps the workspace's
//! `last_seq` (holding that row's lock until commit) and appends the `sync_log` row with
//! that sequence number. Because the counter row is locked until commit, log rows of a
//! workspace become visible in `seq` order: a reader that has seen `seq = n` can never
//! later see a smaller one appear (no cursor gaps). If anything fails, the transaction
//! is dropped and rolled back: no row without its log row, and no log row without its row.

use lifeos_core::record::Record;
use lifeos_core::wire::{NewRow, Page, Patch};
use lifeos_core::{Entity, EntityKind, Id, Kernel, Row, Timestamp};
use serde::Deserialize;
use serde_json::Value;
use sqlx::postgres::PgRow;
use sqlx::types::Json;
// Dynamic SQL here only interpolates table names from the entity registry and our
// own placeholders; every value is a bind parameter.
use sqlx::{AssertSqlSafe, PgPool, Postgres, Row as _, Transaction};
use time::OffsetDateTime;

use crate::error::ApiError;

/// Largest page a list returns.
pub const MAX_PAGE: u32 = 500;
/// Page size when none is asked for.
pub const DEFAULT_PAGE: u32 = 50;

/// List filters: the same as the CLI's.
#[derive(Clone, Debug, Default, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ListParams {
    /// `next_cursor` of the previous page.
    pub cursor: Option<String>,
    /// Rows per page, 1–500 (default 50).
    pub limit: Option<u32>,
    /// Include tombstones (soft-deleted rows).
    pub include_deleted: Option<bool>,
    /// Only rows with this tag.
    pub tag: Option<String>,
    /// Case-insensitive text search.
    pub search: Option<String>,
    /// Tasks only: comma-separated statuses (todo,doing,done,cancelled).
    pub status: Option<String>,
    /// Tasks only: due before this date or date-time.
    pub due_before: Option<String>,
    /// Notes only: only pinned (true) or unpinned (false) notes.
    pub pinned: Option<bool>,
    /// Habit check-ins only: the check-ins of this habit (its id).
    pub habit_id: Option<String>,
    /// Transactions only: of this account.
    pub account_id: Option<String>,
    /// Transactions and budgets only: in this category or below it (`Food` covers
    /// `Food:Groceries`).
    pub category: Option<String>,
    /// Transactions only: booked on or after this date.
    pub from: Option<String>,
    /// Transactions only: booked on or before this date.
    pub to: Option<String>,
    /// Budgets only: of this month (`YYYY-MM`).
    pub month: Option<String>,
}

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

async fn write<E: Entity>(
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

async fn fetch<E: Entity>(
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

fn like_pattern(text: &str) -> String {
    let mut p = String::from("%");
    for c in text.chars() {
        if matches!(c, '%' | '_' | '\\') {
            p.push('\\');
        }
        p.push(c);
    }
    p.push('%');
    p
}

/// A bound parameter of a list query.
enum Arg {
    Text(String),
    Texts(Vec<String>),
    Bool(bool),
}

/// One page of rows in id order.
pub async fn list<E: Entity>(
    pool: &PgPool,
    workspace: Id,
    params: &ListParams,
) -> Result<Page<Row<E>>, ApiError> {
    let limit = params.limit.unwrap_or(DEFAULT_PAGE);
    if !(1..=MAX_PAGE).contains(&limit) {
        return Err(ApiError::field("limit", format!("must be 1 to {MAX_PAGE}")));
    }
    let kind = E::KIND;
    let mut sql = format!(
        "SELECT {COLUMNS} FROM {} WHERE workspace_id = $1",
        kind.table()
    );
    let mut args: Vec<Arg> = Vec::new();
    let mut arg = |v: Arg, sql: &mut String, clause: &str| {
        args.push(v);
        sql.push_str(&clause.replace("{p}", &format!("${}", args.len() + 1)));
    };
    if !params.include_deleted.unwrap_or(false) {
        sql.push_str(" AND deleted_at IS NULL");
    }
    if let Some(c) = &params.cursor {
        let c: Id = c
            .parse()
            .map_err(|_| ApiError::field("cursor", "is not a cursor from a previous page"))?;
        arg(Arg::Text(c.to_string()), &mut sql, " AND id > {p}");
    }
    if let Some(tag) = &params.tag {
        arg(
            Arg::Text(tag.trim().to_lowercase()),
            &mut sql,
            " AND fields->'tags' ? {p}",
        );
    }
    if let Some(search) = &params.search {
        let any: Vec<String> = E::SEARCH_FIELDS
            .iter()
            .map(|f| format!("fields->>'{f}' ILIKE {{p}}"))
            .collect();
        arg(
            Arg::Text(like_pattern(search)),
            &mut sql,
            &format!(" AND ({})", any.join(" OR ")),
        );
    }
    match (kind, &params.status) {
        (_, None) => {}
        (EntityKind::Task, Some(list)) => {
            let statuses: Vec<String> = list.split(',').map(|s| s.trim().to_owned()).collect();
            if let Some(bad) = statuses
                .iter()
                .find(|s| !["todo", "doing", "done", "cancelled"].contains(&s.as_str()))
            {
                return Err(ApiError::field(
                    "status",
                    format!(
                        "'{}' is not todo, doing, done or cancelled",
                        lifeos_core::validate::clip(bad)
                    ),
                ));
            }
            arg(
                Arg::Texts(statuses),
                &mut sql,
                " AND (fields->>'status') = ANY({p})",
            );
        }
        (_, Some(_)) => {
            return Err(ApiError::field(
                "status",
                format!("{} have no status", kind.plural()),
            ));
        }
    }
    match (kind, &params.due_before) {
        (_, None) => {}
        (EntityKind::Task, Some(d)) => {
            let due: lifeos_core::model::Due =
                d.parse().map_err(|e: lifeos_core::TimestampError| {
                    ApiError::field("due_before", e.to_string())
                })?;
            arg(
                Arg::Text(due.to_string()),
                &mut sql,
                " AND (fields->>'due') < {p}",
            );
        }
        (_, Some(_)) => {
            return Err(ApiError::field(
                "due_before",
                format!("{} have no due date", kind.plural()),
            ));
        }
    }
    match (kind, params.pinned) {
        (_, None) => {}
        (EntityKind::Note, Some(p)) => arg(
            Arg::Bool(p),
            &mut sql,
            " AND (fields->>'pinned')::boolean = {p}",
        ),
        (_, Some(_)) => {
            return Err(ApiError::field(
                "pinned",
                format!("{} cannot be pinned", kind.plural()),
            ));
        }
    }
    match (kind, &params.habit_id) {
        (_, None) => {}
        (EntityKind::HabitCheckin, Some(h)) => {
            let h: Id = h
                .trim()
                .parse()
                .map_err(|_| ApiError::field("habit_id", "is not a habit's id (a ULID)"))?;
            arg(
                Arg::Text(h.to_string()),
                &mut sql,
                " AND (fields->>'habit_id') = {p}",
            );
        }
        (_, Some(_)) => {
            return Err(ApiError::field(
                "habit_id",
                format!("{} do not belong to a habit", kind.plural()),
            ));
        }
    }
    let only = |name: &str, kinds: &[EntityKind], what: &str| -> Result<(), ApiError> {
        if kinds.contains(&kind) {
            Ok(())
        } else {
            Err(ApiError::field(
                name.to_owned(),
                format!("{} have no {what}", kind.plural()),
            ))
        }
    };
    if let Some(a) = &params.account_id {
        only("account_id", &[EntityKind::Transaction], "account")?;
        let a: Id = a
            .parse()
            .map_err(|e: lifeos_core::IdError| ApiError::field("account_id", e.to_string()))?;
        arg(
            Arg::Text(a.to_string()),
            &mut sql,
            " AND (fields->>'account_id') = {p}",
        );
    }
    if let Some(c) = &params.category {
        only(
            "category",
            &[EntityKind::Transaction, EntityKind::Budget],
            "category",
        )?;
        lifeos_core::model::check_category("category", c).map_err(ApiError::from)?;
        arg(
            Arg::Text(c.clone()),
            &mut sql,
            " AND ((fields->>'category') = {p} OR starts_with(fields->>'category', {p} || ':'))",
        );
    }
    for (name, value, op) in [("from", &params.from, ">="), ("to", &params.to, "<=")] {
        if let Some(d) = value {
            only(name, &[EntityKind::Transaction], "booking date")?;
            let d = lifeos_core::LocalDate::parse(d)
                .map_err(|e| ApiError::field(name.to_owned(), e.to_string()))?;
            arg(
                Arg::Text(d.to_string()),
                &mut sql,
                &format!(" AND (fields->>'booking_date') {op} {{p}}"),
            );
        }
    }
    if let Some(m) = &params.month {
        only("month", &[EntityKind::Budget], "month")?;
        let m: lifeos_core::model::Month = m.parse().map_err(ApiError::from)?;
        arg(
            Arg::Text(m.to_string()),
            &mut sql,
            " AND (fields->>'month') = {p}",
        );
    }
    sql.push_str(&format!(" ORDER BY id LIMIT {}", limit + 1));
    let mut q = sqlx::query(AssertSqlSafe(sql)).bind(workspace.to_string());
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
            "transfer",
            format!(
                "this {} is one side of a transfer: write both sides together with a sync push",
                E::KIND
            ),
        )),
    }
}

fn check_version<E: Entity>(current: &Row<E>, expected: i64) -> Result<(), ApiError> {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn like_patterns_escape_wildcards() {
        assert_eq!(like_pattern("50%_off\\"), "%50\\%\\_off\\\\%");
    }
}
