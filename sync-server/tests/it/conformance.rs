//! The storage contract on Postgres: `lifeos_core::conformance`'s suite, stamped over the
//! server's repository (`lifeos_server::repo` for single-row writes and lists, the sync
//! push for merges, `sync_log` for the change feed). The same rules run on the SQLite
//! store in `lifeos-core`, so a rule one database breaks fails as `conformance::<rule>`.

use lifeos_core::conformance::{Backend, Refused};
use lifeos_core::entity::KindVisitor;
use lifeos_core::query::ListQuery;
use lifeos_core::record::Record;
use lifeos_core::sync::{PushChange, PushRequest};
use lifeos_core::wire::{NewRow, Patch};
use lifeos_core::{Entity, EntityKind, Id, Kernel, Row, Timestamp};
use lifeos_server::error::ApiError;
use lifeos_server::repo;
use serde_json::{Map, Value, json};
use sqlx::PgPool;

/// One empty workspace in a database of its own, driven from a runtime of its own (the
/// suite's rules are synchronous).
pub struct Pg {
    rt: tokio::runtime::Runtime,
    pool: PgPool,
    workspace: Id,
    next_mutation: i64,
}

fn make() -> Pg {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let workspace = Id::generate();
    let pool = rt.block_on(async {
        let (pool, _) = crate::fresh_database().await;
        sqlx::query("INSERT INTO workspaces (id, name) VALUES ($1, 'conformance')")
            .bind(workspace.to_string())
            .execute(&pool)
            .await
            .unwrap();
        pool
    });
    Pg {
        rt,
        pool,
        workspace,
        next_mutation: 1,
    }
}

/// The contract's name for a refusal.
fn refused(e: ApiError) -> Refused {
    match e {
        ApiError::NotFound => Refused::NotFound,
        ApiError::Validation { field, .. } if field.as_deref() == Some("transfer") => {
            Refused::Paired
        }
        ApiError::Validation { message, .. } => Refused::Invalid(message),
        ApiError::Conflict { detail, .. } if detail.contains("already exists") => Refused::Exists,
        ApiError::Conflict { detail, .. } if detail.contains("natural key") => Refused::Duplicate,
        ApiError::Conflict { detail, .. } if detail.ends_with("is deleted") => Refused::Deleted,
        ApiError::Conflict { .. } => Refused::Conflict,
        other => Refused::Other(other.to_string()),
    }
}

fn record<E: Entity>(row: &Row<E>) -> Result<Record, Refused> {
    Record::from_row(row).map_err(|e| Refused::Other(e.to_string()))
}

fn object(fields: &Value) -> Map<String, Value> {
    fields.as_object().cloned().unwrap_or_default()
}

/// One single-row operation, run for the kind's type.
enum Op<'a> {
    Create(Option<Id>, &'a Value),
    Get(Id),
    Update(Id, i64, &'a Value),
    Delete(Id, Option<i64>),
    List(&'a ListQuery),
    CreateAndDrop(&'a Value),
}

struct Run<'a> {
    pg: &'a Pg,
    op: Op<'a>,
}

impl KindVisitor for Run<'_> {
    type Output = Result<Vec<Record>, Refused>;

    fn visit<E: Entity>(self) -> Self::Output {
        let (pool, ws) = (&self.pg.pool, self.pg.workspace);
        self.pg.rt.block_on(async {
            let one = |r: Row<E>| record(&r).map(|r| vec![r]);
            match self.op {
                Op::Create(id, fields) => {
                    let mut body = object(fields);
                    if let Some(id) = id {
                        body.insert("id".into(), json!(id));
                    }
                    let new = NewRow::<E>::from_map(body).map_err(|e| refused(e.into()))?;
                    one(repo::create(pool, ws, new).await.map_err(refused)?)
                }
                Op::Get(id) => match repo::get::<E>(pool, ws, id).await {
                    Ok(r) => one(r),
                    Err(ApiError::NotFound) => Ok(vec![]),
                    Err(e) => Err(refused(e)),
                },
                Op::Update(id, expected, fields) => {
                    let mut body = object(fields);
                    body.insert("version".into(), json!(expected));
                    let patch = Patch::<E>::from_map(body).map_err(|e| refused(e.into()))?;
                    one(repo::update(pool, ws, id, patch).await.map_err(refused)?)
                }
                Op::Delete(id, expected) => one(repo::delete::<E>(pool, ws, id, expected)
                    .await
                    .map_err(refused)?),
                Op::List(q) => {
                    let mut out = Vec::new();
                    let mut cursor = None;
                    loop {
                        let page = repo::list::<E>(pool, ws, q, cursor, repo::MAX_PAGE)
                            .await
                            .map_err(refused)?;
                        for r in &page.items {
                            out.push(record(r)?);
                        }
                        match page.next_cursor {
                            Some(c) => cursor = c.parse().ok(),
                            None => return Ok(out),
                        }
                    }
                }
                Op::CreateAndDrop(fields) => {
                    let fields: E = serde_json::from_value(fields.clone())
                        .map_err(|e| Refused::Invalid(e.to_string()))?;
                    let now = Timestamp::now();
                    let row = Row {
                        kernel: Kernel {
                            id: Id::generate(),
                            created_at: now,
                            updated_at: now,
                            deleted_at: None,
                            version: 1,
                        },
                        fields,
                    };
                    let mut tx = pool.begin().await.map_err(|e| refused(e.into()))?;
                    repo::write(&mut tx, ws, &row, true)
                        .await
                        .map_err(refused)?;
                    drop(tx);
                    one(row)
                }
            }
        })
    }
}

impl Pg {
    fn run(&self, kind: EntityKind, op: Op<'_>) -> Result<Vec<Record>, Refused> {
        kind.visit(Run { pg: self, op })
    }

    fn run_one(&self, kind: EntityKind, op: Op<'_>) -> Result<Record, Refused> {
        self.run(kind, op)?
            .pop()
            .ok_or_else(|| Refused::Other("no row".into()))
    }
}

impl Backend for Pg {
    fn create(
        &mut self,
        kind: EntityKind,
        id: Option<Id>,
        fields: &Value,
    ) -> Result<Record, Refused> {
        self.run_one(kind, Op::Create(id, fields))
    }

    fn get(&mut self, kind: EntityKind, id: Id) -> Result<Option<Record>, Refused> {
        Ok(self.run(kind, Op::Get(id))?.pop())
    }

    fn update(
        &mut self,
        kind: EntityKind,
        id: Id,
        expected: i64,
        fields: &Value,
    ) -> Result<Record, Refused> {
        self.run_one(kind, Op::Update(id, expected, fields))
    }

    fn delete(
        &mut self,
        kind: EntityKind,
        id: Id,
        expected: Option<i64>,
    ) -> Result<Record, Refused> {
        self.run_one(kind, Op::Delete(id, expected))
    }

    fn list(&mut self, kind: EntityKind, query: &ListQuery) -> Result<Vec<Record>, Refused> {
        self.run(kind, Op::List(query))
    }

    /// A push from another device, as a client sends it.
    fn merge(&mut self, records: &[Record]) -> Result<(), Refused> {
        let changes = records
            .iter()
            .map(|r| {
                self.next_mutation += 1;
                PushChange {
                    mutation: self.next_mutation,
                    row: r.clone(),
                }
            })
            .collect();
        let req = PushRequest {
            device_id: "conformance".into(),
            changes,
        };
        self.rt
            .block_on(lifeos_server::sync::push(&self.pool, self.workspace, req))
            .map(|_| ())
            .map_err(refused)
    }

    fn changes(&mut self) -> Result<Vec<(EntityKind, Id, i64)>, Refused> {
        let rows: Vec<(String, String, i64)> = self
            .rt
            .block_on(
                sqlx::query_as(
                    "SELECT entity, entity_id, version FROM sync_log WHERE workspace_id = $1 ORDER BY seq",
                )
                .bind(self.workspace.to_string())
                .fetch_all(&self.pool),
            )
            .map_err(|e| Refused::Other(e.to_string()))?;
        rows.into_iter()
            .map(|(e, id, v)| {
                let kind = EntityKind::from_name(&e).ok_or_else(|| Refused::Other(e.clone()))?;
                let id = id.parse().map_err(|_| Refused::Other(id.clone()))?;
                Ok((kind, id, v))
            })
            .collect()
    }

    fn create_and_drop(&mut self, kind: EntityKind, fields: &Value) -> Result<Id, Refused> {
        Ok(self.run_one(kind, Op::CreateAndDrop(fields))?.kernel.id)
    }
}

lifeos_core::conformance_suite!(make());
