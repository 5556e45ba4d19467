//! Applying a pushed batch, step by step (see the [module docs](super)): each numbered
//! step of the transaction is one function below, called in order by [`push`].

use std::collections::HashMap;

use lifeos_core::merge::{self, Decision};
use lifeos_core::record::Record;
use lifeos_core::sync::{
    MAX_PUSH_BATCH, Outcome, PushChange, PushRequest, PushResponse, PushResult, clamp_future,
    retarget,
};
use lifeos_core::{EntityKind, Id, Timestamp};
use sqlx::{AssertSqlSafe, PgPool, Postgres, Row as _, Transaction};
use time::OffsetDateTime;

use super::{DEVICE_REUSED, append_log, key_lock, lock_ids};
use crate::error::ApiError;

type Key = (EntityKind, Id);

/// A row as stored: kernel and canonical fields.
#[derive(Clone, Debug)]
struct Stored {
    record: Record,
    natural_key: Option<String>,
}

/// What a recorded mutation did: (entity, id, version, outcome), by mutation number.
type Done = HashMap<i64, (String, String, i64, String)>;

/// The rows a batch touches as they stand while it is decided, and the live holder of
/// each natural key among them.
#[derive(Default)]
struct Batch {
    state: HashMap<Key, Stored>,
    natural: HashMap<(EntityKind, String), Id>,
}

impl Batch {
    /// Sets a row's state and keeps the natural-key map in step: the key the row held
    /// (if it held one) is released, and the key of the new state, if live, is taken.
    fn put(&mut self, key: Key, stored: Stored) {
        if let Some(old) = self.state.get(&key)
            && let Some(k) = &old.natural_key
            && self.natural.get(&(key.0, k.clone())) == Some(&key.1)
        {
            self.natural.remove(&(key.0, k.clone()));
        }
        if stored.record.kernel.deleted_at.is_none()
            && let Some(k) = &stored.natural_key
        {
            self.natural.insert((key.0, k.clone()), key.1);
        }
        self.state.insert(key, stored);
    }
}

/// What deciding a batch produced: the answers, the log entries, the mutation records
/// and the rows to write.
#[derive(Default)]
struct Decided {
    results: Vec<PushResult>,
    log: Vec<Record>,
    recorded: Vec<(i64, EntityKind, Id, i64, Outcome)>,
    dirty: Vec<Key>,
}

/// Applies a pushed batch; see the module docs.
pub async fn push(
    pool: &PgPool,
    workspace: Id,
    req: PushRequest,
) -> Result<PushResponse, ApiError> {
    check_request(&req)?;
    let PushRequest { device_id, changes } = req;
    let now = Timestamp::now();
    let mut tx = pool.begin().await?;
    let done = recorded_mutations(&mut tx, workspace, &device_id, &changes).await?;
    let natural_keys = natural_keys(&changes)?;
    lock_batch(&mut tx, workspace, &changes, &natural_keys).await?;
    let mut batch = Batch {
        natural: key_holders(&mut tx, workspace, &changes, &natural_keys).await?,
        ..Batch::default()
    };
    load_current(&mut tx, workspace, &changes, &mut batch).await?;
    check_pairs(&mut tx, workspace, &changes, &mut batch.state).await?;
    release_given_up_keys(&changes, &natural_keys, &done, &mut batch, now);
    let decided = decide(changes, natural_keys, &done, &mut batch, now);
    write(&mut tx, workspace, &device_id, &decided, &batch).await?;
    tx.commit().await?;
    Ok(PushResponse {
        results: decided.results,
    })
}

/// The steps of a push that need no database, as if the workspace held exactly the rows
/// `current` and no mutation of the device were recorded: the request checked, its
/// natural keys and pair sides read, keys given up released, every change decided in
/// order. What [`push`] would answer then, except that a pair side's counterpart is
/// not looked up (the fuzz target `sync_push` runs it).
pub fn decide_offline(
    req: PushRequest,
    current: &[Record],
    now: Timestamp,
) -> Result<PushResponse, ApiError> {
    check_request(&req)?;
    let natural_keys = natural_keys(&req.changes)?;
    for c in &req.changes {
        c.row
            .kind
            .pair(c.row.fields_json())
            .map_err(ApiError::from)?;
    }
    let mut batch = Batch::default();
    for r in current {
        let natural_key = if r.kind.has_natural_key() {
            r.kind
                .natural_key(r.fields_json())
                .map_err(ApiError::from)?
        } else {
            None
        };
        let stored = Stored {
            record: r.clone(),
            natural_key,
        };
        batch.put((r.kind, r.kernel.id), stored);
    }
    let done = Done::new();
    release_given_up_keys(&req.changes, &natural_keys, &done, &mut batch, now);
    let decided = decide(req.changes, natural_keys, &done, &mut batch, now);
    Ok(PushResponse {
        results: decided.results,
    })
}

/// The batch's shape: a valid device id, not too many changes, mutation numbers from 1.
fn check_request(req: &PushRequest) -> Result<(), ApiError> {
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
    Ok(())
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

/// 1. Idempotency: changes already applied answer with what they did, and the row now.
async fn recorded_mutations(
    tx: &mut Transaction<'_, Postgres>,
    workspace: Id,
    device_id: &str,
    changes: &[PushChange],
) -> Result<Done, ApiError> {
    let mutations: Vec<i64> = changes.iter().map(|c| c.mutation).collect();
    let done: Done = sqlx::query_as::<_, (i64, String, String, i64, String)>(
        // A join on the unnested keys: one index probe per change, however long the
        // device's history (an `= ANY` filter could scan all of it).
        "SELECT s.mutation, s.entity, s.entity_id, s.version, s.outcome FROM UNNEST($3::bigint[]) AS m(mutation)
         JOIN sync_mutations s ON s.workspace_id = $1 AND s.device_id = $2 AND s.mutation = m.mutation",
    )
    .bind(workspace.to_string())
    .bind(device_id)
    .bind(&mutations)
    .fetch_all(&mut **tx)
    .await?
    .into_iter()
    .map(|(m, e, i, v, o)| (m, (e, i, v, o)))
    .collect();
    // A recorded key must name the same change: a device whose counter went back (a
    // restored or copied database) would otherwise have new edits taken for old ones.
    for c in changes {
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
    Ok(done)
}

/// The natural key of each change (in order), for kinds that have them.
fn natural_keys(changes: &[PushChange]) -> Result<Vec<Option<String>>, ApiError> {
    let mut natural_keys: Vec<Option<String>> = Vec::with_capacity(changes.len());
    for c in changes {
        natural_keys.push(if c.row.kind.has_natural_key() {
            c.row
                .kind
                .natural_key(c.row.fields_json())
                .map_err(ApiError::from)?
        } else {
            None
        });
    }
    Ok(natural_keys)
}

/// 2. Serialize decisions across concurrent pushes and creates: on the same ids (a row
///    that does not exist yet has no row lock to take) and on the same natural keys (so
///    the holder of a key cannot change under us). All in one statement, in one sorted
///    order, before any row lock: two pushes can never wait on each other in opposite
///    orders.
async fn lock_batch(
    tx: &mut Transaction<'_, Postgres>,
    workspace: Id,
    changes: &[PushChange],
    natural_keys: &[Option<String>],
) -> Result<(), ApiError> {
    let mut lock_names: Vec<String> = changes
        .iter()
        .map(|c| c.row.kernel.id.to_string())
        .chain(
            changes
                .iter()
                .zip(natural_keys)
                .filter_map(|(c, k)| k.as_ref().map(|k| key_lock(c.row.kind, k))),
        )
        .collect();
    lock_names.sort();
    lock_names.dedup();
    lock_ids(tx, workspace, &lock_names).await
}

/// 3. The live holders of those natural keys (no other writer can give a key away or
///    take it while we hold its lock; a PATCH that moves a row off a key is caught in
///    [`load_current`], once the holder is locked).
async fn key_holders(
    tx: &mut Transaction<'_, Postgres>,
    workspace: Id,
    changes: &[PushChange],
    natural_keys: &[Option<String>],
) -> Result<HashMap<(EntityKind, String), Id>, ApiError> {
    let mut natural: HashMap<(EntityKind, String), Id> = HashMap::new();
    for &kind in EntityKind::ALL {
        let mut keys: Vec<String> = changes
            .iter()
            .zip(natural_keys)
            .filter(|(c, _)| c.row.kind == kind)
            .filter_map(|(_, k)| k.clone())
            .collect();
        keys.sort();
        keys.dedup();
        if keys.is_empty() {
            continue;
        }
        for (k, id) in by_natural_key(tx, workspace, kind, &keys).await? {
            natural.insert((kind, k), id);
        }
    }
    Ok(natural)
}

/// 4. Lock and load the current rows, the changed ones and the holders together, per
///    kind in registry order and by id within a kind; a holder that no longer holds its
///    key (moved or deleted meanwhile) holds nothing.
async fn load_current(
    tx: &mut Transaction<'_, Postgres>,
    workspace: Id,
    changes: &[PushChange],
    batch: &mut Batch,
) -> Result<(), ApiError> {
    for &kind in EntityKind::ALL {
        let mut ids: Vec<String> = changes
            .iter()
            .filter(|c| c.row.kind == kind)
            .map(|c| c.row.kernel.id.to_string())
            .chain(
                batch
                    .natural
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
        for (id, stored) in load(tx, workspace, kind, &ids).await? {
            batch.state.insert((kind, id), stored);
        }
    }
    let state = &batch.state;
    batch.natural.retain(|(kind, k), id| {
        state.get(&(*kind, *id)).is_some_and(|s| {
            s.record.kernel.deleted_at.is_none() && s.natural_key.as_deref() == Some(k.as_str())
        })
    });
    Ok(())
}

/// 4b. One side of a pair (a transfer) comes with its other side at the same revision,
///     in this batch, or finds it stored at that revision: the server never holds half
///     of a pair's change.
async fn check_pairs(
    tx: &mut Transaction<'_, Postgres>,
    workspace: Id,
    changes: &[PushChange],
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

/// 4c. A batch is one device's state, in which keys are unique, but its changes come in
///     id order: a row that gives up its key (deleted, or moved to another day) may come
///     after the row that takes it, or two rows may swap keys. So a key whose holder is
///     changed by this batch, to a winning version that no longer holds it, is released
///     before any change is decided.
fn release_given_up_keys(
    changes: &[PushChange],
    natural_keys: &[Option<String>],
    done: &Done,
    batch: &mut Batch,
    now: Timestamp,
) {
    for (c, nk) in changes.iter().zip(natural_keys) {
        let key = (c.row.kind, c.row.kernel.id);
        if done.contains_key(&c.mutation) {
            continue;
        }
        let Some(cur) = batch.state.get(&key) else {
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
            && batch.natural.get(&(key.0, held.clone())) == Some(&key.1)
        {
            batch.natural.remove(&(key.0, held));
        }
    }
}

/// 5. Decide every change in order, in memory. The batch's key map follows every
///    decision, so a holder deleted or moved to another key earlier in the batch holds
///    nothing.
fn decide(
    changes: Vec<PushChange>,
    natural_keys: Vec<Option<String>>,
    done: &Done,
    batch: &mut Batch,
    now: Timestamp,
) -> Decided {
    let mut out = Decided {
        results: Vec::with_capacity(changes.len()),
        ..Decided::default()
    };
    for (change, natural_key) in changes.into_iter().zip(natural_keys) {
        let kind = change.row.kind;
        let key = (kind, change.row.kernel.id);
        if let Some((_, _, _, outcome)) = done.get(&change.mutation) {
            let row = match batch.state.get(&key) {
                Some(s) => s.record.clone(),
                None => change.row.clone(),
            };
            let outcome = if outcome == "applied" {
                Outcome::Applied
            } else {
                Outcome::Superseded
            };
            out.results.push(PushResult {
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
            && let Some(&holder) = batch.natural.get(&(kind, nk.clone()))
            && holder != key.1
            && let Some(cur) = batch.state.get(&(kind, holder))
        {
            let (aimed, tomb) = retarget(&incoming, &cur.record.kernel);
            incoming = aimed;
            retired = Some(tomb);
        }
        let target = (kind, incoming.kernel.id);
        let outcome = match batch.state.get(&target) {
            None => Outcome::Applied,
            Some(cur) => match merge::decide(&cur.record.candidate(), &incoming.candidate()) {
                Decision::TakeIncoming => Outcome::Applied,
                Decision::KeepCurrent => Outcome::Superseded,
            },
        };
        if outcome == Outcome::Applied {
            batch.put(
                target,
                Stored {
                    record: incoming.clone(),
                    natural_key: natural_key.clone(),
                },
            );
            out.dirty.push(target);
            out.log.push(incoming.clone());
        }
        if let Some(tomb) = retired {
            let tkey = (kind, tomb.kernel.id);
            let wins = batch.state.get(&tkey).is_none_or(|cur| {
                merge::decide(&cur.record.candidate(), &tomb.candidate()) == Decision::TakeIncoming
            });
            if wins {
                batch.put(
                    tkey,
                    Stored {
                        record: tomb.clone(),
                        natural_key: None,
                    },
                );
                out.dirty.push(tkey);
                out.log.push(tomb);
            }
        }
        let row = batch
            .state
            .get(&target)
            .map(|s| s.record.clone())
            .unwrap_or(incoming);
        out.recorded.push((
            change.mutation,
            kind,
            key.1,
            change.row.kernel.version,
            outcome,
        ));
        out.results.push(PushResult {
            mutation: change.mutation,
            outcome,
            row,
        });
    }
    out
}

/// 6. Write the final state of every changed row, the log, and the mutation records.
async fn write(
    tx: &mut Transaction<'_, Postgres>,
    workspace: Id,
    device_id: &str,
    decided: &Decided,
    batch: &Batch,
) -> Result<(), ApiError> {
    let mut dirty = decided.dirty.clone();
    dirty.sort();
    dirty.dedup();
    for &kind in EntityKind::ALL {
        let rows: Vec<&Stored> = dirty
            .iter()
            .filter(|k| k.0 == kind)
            .filter_map(|k| batch.state.get(k))
            .collect();
        if rows.is_empty() {
            continue;
        }
        write_rows(tx, workspace, kind, &rows).await?;
    }
    append_log(tx, workspace, &decided.log).await?;
    record_mutations(tx, workspace, device_id, &decided.recorded).await
}

async fn record_mutations(
    tx: &mut Transaction<'_, Postgres>,
    workspace: Id,
    device_id: &str,
    recorded: &[(i64, EntityKind, Id, i64, Outcome)],
) -> Result<(), ApiError> {
    if recorded.is_empty() {
        return Ok(());
    }
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
    .bind(device_id)
    .bind(&m)
    .bind(&e)
    .bind(&i)
    .bind(&v)
    .bind(&o)
    .execute(&mut **tx)
    .await?;
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
            t = kind.table()
        )))
        .bind(workspace.to_string())
        .bind(&ids)
        .bind(&keys)
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
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
