//! Sync on the server: apply a pushed batch with the one merge rule, and serve the
//! change log in pages.
//!
//! A push batch is applied in one transaction, in set-based queries (a handful per entity
//! kind, not per change): look up recorded mutations (idempotency), take advisory locks
//! on the ids and natural keys written (one sorted order), find the holders of those
//! keys, lock the current rows and the holders (per kind, in id order), decide every
//! change in memory with `lifeos_core::merge` and natural-key merge, then write the
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

/// The advisory-lock name of a natural key (never a ULID, so never an id's).
pub fn key_lock(kind: EntityKind, key: &str) -> String {
    format!("{}#{key}", kind.name())
}

/// Sets a row's state in a batch and keeps the natural-key map in step: the key the row
/// held (if it held one) is released, and the key of the new state, if live, is taken.
fn put_state(
    state: &mut HashMap<Key, Stored>,
    natural: &mut HashMap<(EntityKind, String), Id>,
    key: Key,
    stored: Stored,
) {
    if let Some(old) = state.get(&key)
        && let Some(k) = &old.natural_key
        && natural.get(&(key.0, k.clone())) == Some(&key.1)
    {
        natural.remove(&(key.0, k.clone()));
    }
    if stored.record.kernel.deleted_at.is_none()
        && let Some(k) = &stored.natural_key
    {
        natural.insert((key.0, k.clone()), key.1);
    }
    state.insert(key, stored);
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

    // 2. Serialize decisions across concurrent pushes and creates: on the same ids (a
    //    row that does not exist yet has no row lock to take) and on the same natural
    //    keys (so the holder of a key cannot change under us). All in one statement, in
    //    one sorted order, before any row lock: two pushes can never wait on each other
    //    in opposite orders.
    let mut natural_keys: Vec<Option<String>> = Vec::with_capacity(req.changes.len());
    for c in &req.changes {
        natural_keys.push(if c.row.kind.has_natural_key() {
            c.row
                .kind
                .natural_key(c.row.fields_json())
                .map_err(ApiError::from)?
        } else {
            None
        });
    }
    let mut lock_names: Vec<String> = req
        .changes
        .iter()
        .map(|c| c.row.kernel.id.to_string())
        .chain(
            req.changes
                .iter()
                .zip(&natural_keys)
                .filter_map(|(c, k)| k.as_ref().map(|k| key_lock(c.row.kind, k))),
        )
        .collect();
    lock_names.sort();
    lock_names.dedup();
    lock_ids(&mut tx, workspace, &lock_names).await?;

    // 3. The live holders of those natural keys (no other writer can give a key away or
    //    take it while we hold its lock; a PATCH that moves a row off a key is caught
    //    below, once the holder is locked).
    let mut natural: HashMap<(EntityKind, String), Id> = HashMap::new();
    for &kind in EntityKind::ALL {
        let mut keys: Vec<String> = req
            .changes
            .iter()
            .zip(&natural_keys)
            .filter(|(c, _)| c.row.kind == kind)
            .filter_map(|(_, k)| k.clone())
            .collect();
        keys.sort();
        keys.dedup();
        if keys.is_empty() {
            continue;
        }
        for (k, id) in by_natural_key(&mut tx, workspace, kind, &keys).await? {
            natural.insert((kind, k), id);
        }
    }

    // 4. Lock and load the current rows, the changed ones and the holders together, per
    //    kind in registry order and by id within a kind.
    let mut state: HashMap<Key, Stored> = HashMap::new();
    for &kind in EntityKind::ALL {
        let mut ids: Vec<String> = req
            .changes
            .iter()
            .filter(|c| c.row.kind == kind)
            .map(|c| c.row.kernel.id.to_string())
            .chain(
                natural
                    .iter()
                    .filter(|((k, _), _)| *k == kind)
                    .map(|(_, id)| id.to_string()),
            )
            .collect();
        ids.sort();
        ids.dedup();
        if ids.is_empty() {
            continue;
        }
        for (id, stored) in load(&mut tx, workspace, kind, &ids).await? {
            state.insert((kind, id), stored);
        }
    }
    natural.retain(|(kind, k), id| {
        state.get(&(*kind, *id)).is_some_and(|s| {
            s.record.kernel.deleted_at.is_none() && s.natural_key.as_deref() == Some(k.as_str())
        })
    });

    // 4b. One side of a pair (a transfer) comes with its other side at the same
    //     revision, in this batch, or finds it stored at that revision: the server never
    //     holds half of a pair's change.
    check_pairs(&mut tx, workspace, &req.changes, &mut state).await?;

    // A batch is one device's state, in which keys are unique, but its changes come in
    // id order: a row that gives up its key (deleted, or moved to another day) may come
    // after the row that takes it, or two rows may swap keys. So a key whose holder is
    // changed by this batch, to a winning version that no longer holds it, is released
    // before any change is decided.
    for (c, nk) in req.changes.iter().zip(&natural_keys) {
        let key = (c.row.kind, c.row.kernel.id);
        if done.contains_key(&c.mutation) {
            continue;
        }
        let Some(cur) = state.get(&key) else {
            continue;
        };
        let Some(held) = cur.natural_key.clone() else {
            continue;
        };
        let incoming = c.row.with_kernel(clamp_future(&c.row.kernel, now));
        let keeps = incoming.kernel.deleted_at.is_none() && nk.as_deref() == Some(held.as_str());
        if !keeps
            && cur.record.kernel.deleted_at.is_none()
            && merge::decide(&cur.record.candidate(), &incoming.candidate())
                == Decision::TakeIncoming
            && natural.get(&(key.0, held.clone())) == Some(&key.1)
        {
            natural.remove(&(key.0, held));
        }
    }

    // 5. Decide every change in order, in memory. `natural` follows every decision, so
    //    a holder deleted or moved to another key earlier in the batch holds nothing.
    let mut results = Vec::with_capacity(req.changes.len());
    let mut log: Vec<Record> = Vec::new();
    let mut recorded: Vec<(i64, EntityKind, Id, i64, Outcome)> = Vec::new();
    let mut dirty: Vec<Key> = Vec::new();
    for (change, natural_key) in req.changes.into_iter().zip(natural_keys) {
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
        let mut retired: Option<Record> = None;
        // A live row whose natural key another live row holds merges into that row: the
        // change is aimed at the holder's id and its own id is retired as a tombstone.
        if incoming.kernel.deleted_at.is_none()
            && let Some(nk) = &natural_key
            && let Some(&holder) = natural.get(&(kind, nk.clone()))
            && holder != key.1
            && let Some(cur) = state.get(&(kind, holder))
        {
            let (aimed, tomb) = retarget(&incoming, &cur.record.kernel);
            incoming = aimed;
            retired = Some(tomb);
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
            put_state(
                &mut state,
                &mut natural,
                target,
                Stored {
                    record: incoming.clone(),
                    natural_key: natural_key.clone(),
                },
            );
            dirty.push(target);
            log.push(incoming.clone());
        }
        if let Some(tomb) = retired {
            let tkey = (kind, tomb.kernel.id);
            let wins = state.get(&tkey).is_none_or(|cur| {
                merge::decide(&cur.record.candidate(), &tomb.candidate()) == Decision::TakeIncoming
            });
            if wins {
                put_state(
                    &mut state,
                    &mut natural,
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

    // 6. Write the final state of every changed row, the log, and the mutation records.
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
    // A unique index is checked row by row, so a batch that moves a key from one row
    // to another (a holder deleted, then a new row for its key) could collide halfway
    // through one statement. Keys are therefore written in a second statement, after
    // every row of the batch has released the one it held.
    let any_key = keys.iter().any(Option::is_some);
    sqlx::query(AssertSqlSafe(format!(
        "INSERT INTO {t} (workspace_id, id, created_at, updated_at, deleted_at, version, fields, natural_key)
         SELECT $1, u.id, u.c, u.u, u.d, u.v, u.f::jsonb, {k}
         FROM UNNEST($2::text[], $3::timestamptz[], $4::timestamptz[], $5::timestamptz[], $6::bigint[], $7::text[], $8::text[])
              AS u(id, c, u, d, v, f, k)
         ON CONFLICT (workspace_id, id) DO UPDATE SET created_at = EXCLUDED.created_at,
             updated_at = EXCLUDED.updated_at, deleted_at = EXCLUDED.deleted_at,
             version = EXCLUDED.version, fields = EXCLUDED.fields, natural_key = EXCLUDED.natural_key",
        t = kind.table(),
        k = if any_key { "NULL" } else { "u.k" }
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
    if any_key {
        sqlx::query(AssertSqlSafe(format!(
            "UPDATE {t} t SET natural_key = u.k
             FROM UNNEST($2::text[], $3::text[]) AS u(id, k)
             WHERE t.workspace_id = $1 AND t.id = u.id AND u.k IS NOT NULL",
            t = kind.name()
        )))
        .bind(workspace.to_string())
        .bind(&ids)
        .bind(&keys)
        .execute(&mut **tx)
        .await?;
    }
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
