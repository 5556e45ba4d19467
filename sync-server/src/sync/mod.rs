//! Sync on the server: apply a pushed batch with the one merge rule, and serve the
//! change log in pages ([`pull`]).
//!
//! A push batch is applied in one transaction, in set-based queries (a handful per entity
//! kind, not per change): look up recorded mutations (idempotency), take advisory locks
//! on the ids and natural keys written (one sorted order), find the holders of those
//! keys, lock the current rows and the holders (per kind, in id order), decide every
//! change in memory with `lifeos_core::merge` and natural-key merge, then write the
//! winning rows, their log entries (numbered from the workspace counter, whose row lock
//! is held until commit, so no gap can appear behind a reader's cursor) and the mutation
//! records. [`push`] takes these steps one function each.

mod pull;
mod push;

use lifeos_core::record::Record;
use lifeos_core::{EntityKind, Id};
use sqlx::{Postgres, Transaction};
use time::OffsetDateTime;

use crate::error::ApiError;

pub use pull::{MAX_PULL_BYTES, RawChange, RawPull, pull};
pub use push::{decide_offline, push};

/// The start of the detail of a 409 that tells a device to take a new device id.
pub const DEVICE_REUSED: &str = lifeos_core::sync::DEVICE_REUSED;

/// Takes transaction-scoped advisory locks on these row ids (sorted), so concurrent
/// writers of the same new id decide one after the other.
pub async fn lock_ids(
    tx: &mut Transaction<'_, Postgres>,
    workspace: Id,
    sorted_ids: &[String],
) -> Result<(), ApiError> {
    if sorted_ids.is_empty() {
        return Ok(());
    }
    sqlx::query(
        "SELECT pg_advisory_xact_lock(k) FROM (
             SELECT hashtextextended($1 || ':' || u.id, 0) AS k, u.ord FROM UNNEST($2::text[]) WITH ORDINALITY AS u(id, ord)
         ) s ORDER BY s.ord",
    )
    .bind(workspace.to_string())
    .bind(sorted_ids)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// The advisory-lock name of a natural key (never a ULID, so never an id's).
pub fn key_lock(kind: EntityKind, key: &str) -> String {
    format!("{}#{key}", kind.name())
}

/// Appends log entries for these rows, numbered from the workspace's counter.
pub async fn append_log(
    tx: &mut Transaction<'_, Postgres>,
    workspace: Id,
    rows: &[Record],
) -> Result<(), ApiError> {
    if rows.is_empty() {
        return Ok(());
    }
    let n = i64::try_from(rows.len()).map_err(|_| ApiError::Internal("batch too large".into()))?;
    let entities: Vec<&str> = rows.iter().map(|r| r.kind.name()).collect();
    let ids: Vec<String> = rows.iter().map(|r| r.kernel.id.to_string()).collect();
    let versions: Vec<i64> = rows.iter().map(|r| r.kernel.version).collect();
    let updated: Vec<OffsetDateTime> = rows
        .iter()
        .map(|r| r.kernel.updated_at.datetime())
        .collect();
    let deleted: Vec<Option<OffsetDateTime>> = rows
        .iter()
        .map(|r| r.kernel.deleted_at.map(|d| d.datetime()))
        .collect();
    let payloads: Vec<String> = rows.iter().map(Record::to_line).collect();
    // One statement takes the numbers and writes the entries, so the counter's row lock
    // (held to commit) is taken as late as possible.
    let written = sqlx::query(
        "WITH c AS (UPDATE workspaces SET last_seq = last_seq + $2 WHERE id = $1 RETURNING last_seq)
         INSERT INTO sync_log (workspace_id, seq, entity, entity_id, version, updated_at, deleted_at, payload)
         SELECT $1, c.last_seq - $2 + u.n, u.e, u.i, u.v, u.u, u.d, u.p::jsonb
         FROM c, UNNEST($3::text[], $4::text[], $5::bigint[], $6::timestamptz[], $7::timestamptz[], $8::text[])
              WITH ORDINALITY AS u(e, i, v, u, d, p, n)",
    )
    .bind(workspace.to_string())
    .bind(n)
    .bind(&entities)
    .bind(&ids)
    .bind(&versions)
    .bind(&updated)
    .bind(&deleted)
    .bind(&payloads)
    .execute(&mut **tx)
    .await?;
    if written.rows_affected() != rows.len() as u64 {
        return Err(ApiError::Internal("the change log was not written".into()));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use lifeos_core::{EntityKind, Id};

    use super::key_lock;

    /// A natural key's lock is its own: another key, the same key of another kind and
    /// every row id each lock something else, so unrelated writers never wait on it.
    #[test]
    fn each_natural_key_locks_a_name_of_its_own() {
        let a = key_lock(EntityKind::HabitCheckin, "h1|2026-12-01");
        assert_eq!(a, key_lock(EntityKind::HabitCheckin, "h1|2026-12-01"));
        assert_ne!(a, key_lock(EntityKind::HabitCheckin, "h1|2026-12-02"));
        assert_ne!(a, key_lock(EntityKind::Task, "h1|2026-12-01"));
        let id = Id::generate().to_string();
        assert_ne!(key_lock(EntityKind::Task, &id), id);
        assert!(a.contains("h1|2026-12-01"), "{a}");
    }
}
