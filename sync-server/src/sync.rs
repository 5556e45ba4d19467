//! Sync on the server: apply a pushed batch with the one merge rule, and serve the
//! change log in pages.
//!
//! A push batch is applied in one transaction, in set-based queries (a handful per entity
//! kind, not per change): look up recorded mutations (idempotency), lock the current
//! rows, decide every change in memory with `lifeos_core::merge`, then write the
//! winning rows, their log entries (numbered from the workspace counter, whose row lock
//! is held until commit, so no gap can appear behind a reader's cursor) and the mutation
//! records.

use std::collections::HashMap;

use lifeos_core::merge::{self, Decision};
use lifeos_core::record::Record;
use lifeos_core::sync::{
    MAX_PULL_PAGE, MAX_PUSH_BATCH, Outcome, PushRequest, PushResponse, PushResult, clamp_future,
    retarget,
};
use lifeos_core::{EntityKind, Id, Timestamp};
use serde::Serialize;
use serde_json::value::RawValue;
use sqlx::{AssertSqlSafe, PgPool, Postgres, Row as _, Transaction};
use time::OffsetDateTime;

use crate::error::ApiError;

type Key = (EntityKind, Id);

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

/// A row as stored: kernel and canonical fields.
#[derive(Clone, Debug)]
struct Stored {
    record: Record,
    natural_key: Option<String>,
}

fn check_device(device_id: &str) -> Result<(), ApiError> {
    let ok = (1..=64).contains(&device_id.len())
        && device_id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    if ok {
        Ok(())
    } else {
        Err(ApiError::field(
            "device_id",
            "must be 1-64 letters, digits, - or _",
        ))
    }
}

async fn load(
    tx: &mut Transaction<'_, Postgres>,
    workspace: Id,
    kind: EntityKind,
    ids: &[String],
) -> Result<HashMap<Id, Stored>, ApiError> {
    let rows = sqlx::query(AssertSqlSafe(format!(
        "SELECT t.id, t.created_at, t.updated_at, t.deleted_at, t.version, t.fields::text AS fields, t.natural_key
         FROM UNNEST($2::text[]) AS u(id) JOIN {} t ON t.workspace_id = $1 AND t.id = u.id
         ORDER BY t.id FOR UPDATE OF t",
        kind.table()
    )))
    .bind(workspace.to_string())
    .bind(ids)
    .fetch_all(&mut **tx)
    .await?;
    let mut out = HashMap::new();
    for r in rows {
        let kernel = crate::repo::decode_kernel(&r)?;
        let id = kernel.id;
        let fields: String = r.try_get("fields")?;
        let canonical = kind
            .canonical_fields(&fields)
            .map_err(|e| ApiError::Internal(format!("stored {kind} {id}: {e}")))?;
        out.insert(
            id,
            Stored {
                record: Record::from_stored(kind, kernel, canonical),
                natural_key: r.try_get("natural_key")?,
            },
        );
    }
    Ok(out)
}

/// Live rows of `kind` holding one of these natural keys.
async fn by_natural_key(
    tx: &mut Transaction<'_, Postgres>,
    workspace: Id,
    kind: EntityKind,
    keys: &[String],
) -> Result<HashMap<String, Id>, ApiError> {
    let rows: Vec<(String, String)> = sqlx::query_as(AssertSqlSafe(format!(
        "SELECT natural_key, id FROM {} WHERE workspace_id = $1 AND natural_key = ANY($2) AND deleted_at IS NULL",
        kind.table()
    )))
    .bind(workspace.to_string())
    .bind(keys)
    .fetch_all(&mut **tx)
    .await?;
    rows.into_iter()
        .map(|(k, id)| {
            Ok((
                k,
                id.parse()
                    .map_err(|_| ApiError::Internal("bad stored id".into()))?,
            ))
        })
        .collect()
}

/// Applies a pushed batch; see the module docs.
pub async fn push(
    pool: &PgPool,
    workspace: Id,
    req: PushRequest,
) -> Result<PushResponse, ApiError> {
    check_device(&req.device_id)?;
    if req.changes.len() > MAX_PUSH_BATCH {
        return Err(ApiError::field(
            "changes",
            format!("at most {MAX_PUSH_BATCH} changes per push"),
        ));
    }
    if let Some(bad) = req.changes.iter().find(|c| c.mutation < 1) {
        return Err(ApiError::field(
            "mutation",
            format!(
                "{} is not a mutation number (they start at 1)",
                bad.mutation
            ),
        ));
    }
    let now = Timestamp::now();
    let mut tx = pool.begin().await?;

    // 1. Idempotency: changes already applied answer with what they did, and the row now.
    let mutations: Vec<i64> = req.changes.iter().map(|c| c.mutation).collect();
    let done: HashMap<i64, (String, String, i64, String)> = sqlx::query_as::<_, (i64, String, String, i64, String)>(
        // A join on the unnested keys: one index probe per change, however long the
        // device's history (an `= ANY` filter could scan all of it).
        "SELECT s.mutation, s.entity, s.entity_id, s.version, s.outcome FROM UNNEST($3::bigint[]) AS m(mutation)
         JOIN sync_mutations s ON s.workspace_id = $1 AND s.device_id = $2 AND s.mutation = m.mutation",
    )
    .bind(workspace.to_string())
    .bind(&req.device_id)
    .bind(&mutations)
    .fetch_all(&mut *tx)
    .await?
    .into_iter()
    .map(|(m, e, i, v, o)| (m, (e, i, v, o)))
    .collect();
    // A recorded key must name the same change: a device whose counter went back (a
    // restored or copied database) would otherwise have new edits taken for old ones.
    for c in &req.changes {
        if let Some((e, i, v, _)) = done.get(&c.mutation)
            && (e != c.row.kind.name()
                || *i != c.row.kernel.id.to_string()
                || *v != c.row.kernel.version)
        {
            return Err(ApiError::Conflict {
                detail: format!(
                    "{DEVICE_REUSED}: mutation {} of this device was another change",
                    c.mutation
                ),
                current: None,
            });
        }
    }

    // 2. Serialize decisions on the same ids across concurrent pushes and creates (a
    //    row that does not exist yet has no row lock to take), in a fixed order; then
    //    lock and load the current rows, per kind.
    let mut keys: Vec<String> = req
        .changes
        .iter()
        .map(|c| c.row.kernel.id.to_string())
        .collect();
    keys.sort();
    keys.dedup();
    lock_ids(&mut tx, workspace, &keys).await?;
    let mut state: HashMap<Key, Stored> = HashMap::new();
    for &kind in EntityKind::ALL {
        let ids: Vec<String> = req
            .changes
            .iter()
            .filter(|c| c.row.kind == kind)
            .map(|c| c.row.kernel.id.to_string())
            .collect();
        if ids.is_empty() {
            continue;
        }
        for (id, stored) in load(&mut tx, workspace, kind, &ids).await? {
            state.insert((kind, id), stored);
        }
    }

    // 2b. One side of a pair (a transfer) comes with its other side at the same
    //     revision, in this batch, or finds it stored at that revision: the server never
    //     holds half of a pair's change.
    check_pairs(&mut tx, workspace, &req.changes, &mut state).await?;

    // 3. Natural keys of incoming rows that are new by id.
    let mut natural: HashMap<(EntityKind, String), Id> = HashMap::new();
    for &kind in EntityKind::ALL {
        let mut keys = Vec::new();
        for c in req.changes.iter().filter(|c| c.row.kind == kind) {
            if let Some(k) = kind
                .natural_key(c.row.fields_json())
                .map_err(ApiError::from)?
            {
                keys.push(k);
            }
        }
        if keys.is_empty() {
            continue;
        }
        for (k, id) in by_natural_key(&mut tx, workspace, kind, &keys).await? {
            natural.insert((kind, k), id);
        }
    }

    // 4. Decide every change in order, in memory.
    let mut results = Vec::with_capacity(req.changes.len());
    let mut log: Vec<Record> = Vec::new();
    let mut recorded: Vec<(i64, EntityKind, Id, i64, Outcome)> = Vec::new();
    let mut dirty: Vec<Key> = Vec::new();
    for change in req.changes {
        let kind = change.row.kind;
        let key = (kind, change.row.kernel.id);
        if let Some((_, _, _, outcome)) = done.get(&change.mutation) {
            let row = match state.get(&key) {
                Some(s) => s.record.clone(),
                None => change.row.clone(),
            };
            let outcome = if outcome == "applied" {
                Outcome::Applied
            } else {
                Outcome::Superseded
            };
            results.push(PushResult {
                mutation: change.mutation,
                outcome,
                row,
            });
            continue;
        }
        let mut incoming = change
            .row
            .with_kernel(clamp_future(&change.row.kernel, now));
        let natural_key = kind
            .natural_key(incoming.fields_json())
            .map_err(ApiError::from)?;
        let mut retired: Option<Record> = None;
        // A live row whose natural key another live row holds merges into that row: the
        // change is aimed at the holder's id and its own id is retired as a tombstone.
        if incoming.kernel.deleted_at.is_none()
            && let Some(nk) = &natural_key
            && let Some(&holder) = natural.get(&(kind, nk.clone()))
            && holder != key.1
        {
            if !state.contains_key(&(kind, holder)) {
                for (id, s) in load(&mut tx, workspace, kind, &[holder.to_string()]).await? {
                    state.insert((kind, id), s);
                }
            }
            if let Some(cur) = state.get(&(kind, holder)) {
                let (aimed, tomb) = retarget(&incoming, &cur.record.kernel);
                incoming = aimed;
                retired = Some(tomb);
            }
        }
        let target = (kind, incoming.kernel.id);
        let outcome = match state.get(&target) {
            None => Outcome::Applied,
            Some(cur) => match merge::decide(&cur.record.candidate(), &incoming.candidate()) {
                Decision::TakeIncoming => Outcome::Applied,
                Decision::KeepCurrent => Outcome::Superseded,
            },
        };
        if outcome == Outcome::Applied {
            state.insert(
                target,
                Stored {
                    record: incoming.clone(),
                    natural_key: natural_key.clone(),
                },
            );
            if let Some(nk) = &natural_key
                && incoming.kernel.deleted_at.is_none()
            {
                natural.insert((kind, nk.clone()), target.1);
            }
            dirty.push(target);
            log.push(incoming.clone());
        }
        if let Some(tomb) = retired {
            let tkey = (kind, tomb.kernel.id);
            let wins = state.get(&tkey).is_none_or(|cur| {
                merge::decide(&cur.record.candidate(), &tomb.candidate()) == Decision::TakeIncoming
            });
            if wins {
                state.insert(
                    tkey,
                    Stored {
                        record: tomb.clone(),
                        natural_key: None,
                    },
                );
                dirty.push(tkey);
                log.push(tomb);
            }
        }
        let row = state
            .get(&target)
            .map(|s| s.record.clone())
            .unwrap_or(incoming);
        recorded.push((
            change.mutation,
            kind,
            key.1,
            change.row.kernel.version,
            outcome,
        ));
        results.push(PushResult {
            mutation: change.mutation,
            outcome,
            row,
        });
    }

    // 5. Write the final state of every changed row, the log, and the mutation records.
    dirty.sort();
    dirty.dedup();
    for &kind in EntityKind::ALL {
        let rows: Vec<&Stored> = dirty
            .iter()
            .filter(|k| k.0 == kind)
            .filter_map(|k| state.get(k))
            .collect();
        if rows.is_empty() {
            continue;
        }
        write_rows(&mut tx, workspace, kind, &rows).await?;
    }
    append_log(&mut tx, workspace, &log).await?;
    if !recorded.is_empty() {
        let m: Vec<i64> = recorded.iter().map(|r| r.0).collect();
        let e: Vec<&str> = recorded.iter().map(|r| r.1.name()).collect();
        let i: Vec<String> = recorded.iter().map(|r| r.2.to_string()).collect();
        let v: Vec<i64> = recorded.iter().map(|r| r.3).collect();
        let o: Vec<&str> = recorded
            .iter()
            .map(|r| {
                if r.4 == Outcome::Applied {
                    "applied"
                } else {
                    "superseded"
                }
            })
            .collect();
        sqlx::query(
            "INSERT INTO sync_mutations (workspace_id, device_id, mutation, entity, entity_id, version, outcome)
             SELECT $1, $2, * FROM UNNEST($3::bigint[], $4::text[], $5::text[], $6::bigint[], $7::text[])
             ON CONFLICT DO NOTHING",
        )
        .bind(workspace.to_string())
        .bind(&req.device_id)
        .bind(&m)
        .bind(&e)
        .bind(&i)
        .bind(&v)
        .bind(&o)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(PushResponse { results })
}

async fn check_pairs(
    tx: &mut Transaction<'_, Postgres>,
    workspace: Id,
    changes: &[lifeos_core::sync::PushChange],
    state: &mut HashMap<Key, Stored>,
) -> Result<(), ApiError> {
    let mut sides: Vec<(EntityKind, Id, lifeos_core::entity::Pair)> = Vec::new();
    for c in changes {
        if let Some(p) = c
            .row
            .kind
            .pair(c.row.fields_json())
            .map_err(ApiError::from)?
        {
            sides.push((c.row.kind, c.row.kernel.id, p));
        }
    }
    if sides.is_empty() {
        return Ok(());
    }
    let revs: HashMap<Id, Id> = sides.iter().map(|(_, id, p)| (*id, p.rev)).collect();
    for (kind, id, pair) in &sides {
        let ok = match revs.get(&pair.counterpart) {
            Some(rev) => *rev == pair.rev,
            None => {
                if !state.contains_key(&(*kind, pair.counterpart)) {
                    for (i, s) in
                        load(tx, workspace, *kind, &[pair.counterpart.to_string()]).await?
                    {
                        state.insert((*kind, i), s);
                    }
                }
                state
                    .get(&(*kind, pair.counterpart))
                    .and_then(|s| kind.pair(s.record.fields_json()).ok().flatten())
                    .is_some_and(|p| p.rev == pair.rev && p.counterpart == *id)
            }
        };
        if !ok {
            return Err(ApiError::field(
                "changes",
                format!(
                    "{kind} {id} is one side of a transfer: push its other side {} at the same revision in the same batch",
                    pair.counterpart
                ),
            ));
        }
    }
    Ok(())
}

async fn write_rows(
    tx: &mut Transaction<'_, Postgres>,
    workspace: Id,
    kind: EntityKind,
    rows: &[&Stored],
) -> Result<(), ApiError> {
    let ids: Vec<String> = rows
        .iter()
        .map(|s| s.record.kernel.id.to_string())
        .collect();
    let created: Vec<OffsetDateTime> = rows
        .iter()
        .map(|s| s.record.kernel.created_at.datetime())
        .collect();
    let updated: Vec<OffsetDateTime> = rows
        .iter()
        .map(|s| s.record.kernel.updated_at.datetime())
        .collect();
    let deleted: Vec<Option<OffsetDateTime>> = rows
        .iter()
        .map(|s| s.record.kernel.deleted_at.map(|d| d.datetime()))
        .collect();
    let versions: Vec<i64> = rows.iter().map(|s| s.record.kernel.version).collect();
    let fields: Vec<&str> = rows.iter().map(|s| s.record.fields_json()).collect();
    let keys: Vec<Option<String>> = rows
        .iter()
        .map(|s| {
            if s.record.kernel.deleted_at.is_some() {
                None
            } else {
                s.natural_key.clone()
            }
        })
        .collect();
    sqlx::query(AssertSqlSafe(format!(
        "INSERT INTO {t} (workspace_id, id, created_at, updated_at, deleted_at, version, fields, natural_key)
         SELECT $1, u.id, u.c, u.u, u.d, u.v, u.f::jsonb, u.k
         FROM UNNEST($2::text[], $3::timestamptz[], $4::timestamptz[], $5::timestamptz[], $6::bigint[], $7::text[], $8::text[])
              AS u(id, c, u, d, v, f, k)
         ON CONFLICT (workspace_id, id) DO UPDATE SET created_at = EXCLUDED.created_at,
             updated_at = EXCLUDED.updated_at, deleted_at = EXCLUDED.deleted_at,
             version = EXCLUDED.version, fields = EXCLUDED.fields, natural_key = EXCLUDED.natural_key",
        t = kind.table()
    )))
    .bind(workspace.to_string())
    .bind(&ids)
    .bind(&created)
    .bind(&updated)
    .bind(&deleted)
    .bind(&versions)
    .bind(&fields)
    .bind(&keys)
    .execute(&mut **tx)
    .await?;
    Ok(())
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

/// Most bytes of rows in one pull page (a page holds at least one row).
pub const MAX_PULL_BYTES: usize = 8 << 20;

/// A pulled change as sent: the stored line, not re-parsed.
#[derive(Serialize)]
pub struct RawChange {
    seq: i64,
    row: Box<RawValue>,
}

/// A pull page as sent.
#[derive(Serialize)]
pub struct RawPull {
    changes: Vec<RawChange>,
    next_cursor: i64,
    has_more: bool,
}

/// Log entries with `seq > cursor`, at most `limit`.
pub async fn pull(
    pool: &PgPool,
    workspace: Id,
    cursor: i64,
    limit: u32,
) -> Result<RawPull, ApiError> {
    if cursor < 0 {
        return Err(ApiError::field(
            "cursor",
            "must be 0 or a next_cursor from a previous pull",
        ));
    }
    if !(1..=MAX_PULL_PAGE).contains(&limit) {
        return Err(ApiError::field(
            "limit",
            format!("must be 1 to {MAX_PULL_PAGE}"),
        ));
    }
    let rows: Vec<(i64, String)> = sqlx::query_as(
        "SELECT seq, payload::text FROM sync_log WHERE workspace_id = $1 AND seq > $2 ORDER BY seq LIMIT $3",
    )
    .bind(workspace.to_string())
    .bind(cursor)
    .bind(i64::from(limit) + 1)
    .fetch_all(pool)
    .await?;
    let mut has_more = rows.len() > limit as usize;
    let mut changes = Vec::with_capacity(rows.len().min(limit as usize));
    let mut bytes = 0usize;
    for (seq, payload) in rows.into_iter().take(limit as usize) {
        // Pages are bounded in bytes too (a note can be a megabyte): at least one row.
        if !changes.is_empty() && bytes + payload.len() > MAX_PULL_BYTES {
            has_more = true;
            break;
        }
        bytes += payload.len();
        let row = RawValue::from_string(payload).map_err(|e| ApiError::Internal(e.to_string()))?;
        changes.push(RawChange { seq, row });
    }
    let next_cursor = changes.last().map_or(cursor, |c| c.seq);
    Ok(RawPull {
        changes,
        next_cursor,
        has_more,
    })
}
