//! The SQLite store as a conformance [`Backend`]: the storage contract's suite
//! (`crate::conformance`) stamped over a fresh encrypted database per test.
//!
//! The change feed is the outbox seen after every operation: each write takes a new
//! mutation number in the transaction that writes the row, so every entry with a number
//! not seen before is one write (the outbox keeps one entry per row, so it is read
//! after each call, not at the end).

use serde_json::Value;

use super::{Store, StoreError};
use crate::conformance::{Backend, Refused};
use crate::entity::{Entity, EntityKind, KindVisitor};
use crate::id::Id;
use crate::kernel::Row;
use crate::key::DbKey;
use crate::query::ListQuery;
use crate::record::Record;

struct Sqlite {
    _dir: tempfile::TempDir,
    store: Store,
    feed: Vec<(EntityKind, Id, i64)>,
    seen: i64,
}

impl Sqlite {
    fn new() -> Self {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
        let key = DbKey::from_hex(&"2a".repeat(32)).unwrap_or_else(|e| panic!("key: {e}"));
        let store = Store::open(&dir.path().join("lifeos.db"), &key)
            .unwrap_or_else(|e| panic!("open: {e}"));
        Self {
            _dir: dir,
            store,
            feed: Vec::new(),
            seen: 0,
        }
    }

    /// Runs one operation, then appends the writes it queued to the feed.
    fn op<T>(&mut self, kind: EntityKind, op: Op<'_>) -> Result<T, Refused>
    where
        Answer: Into<Option<T>>,
    {
        let out = kind.visit(Call {
            store: &mut self.store,
            op,
        });
        self.read_feed()?;
        out.and_then(|a| {
            a.into()
                .ok_or_else(|| Refused::Other("wrong answer".into()))
        })
    }

    /// Appends the outbox entries with mutation numbers not seen yet, in their order.
    fn read_feed(&mut self) -> Result<(), Refused> {
        let mut new: Vec<_> = self
            .store
            .outbox()
            .map_err(refused)?
            .into_iter()
            .filter(|e| e.mutation > self.seen)
            .collect();
        new.sort_by_key(|e| e.mutation);
        for e in new {
            self.seen = e.mutation;
            self.feed.push((e.kind, e.id, e.version));
        }
        Ok(())
    }
}

fn refused(e: StoreError) -> Refused {
    match e {
        StoreError::NotFound { .. } => Refused::NotFound,
        StoreError::Conflict { .. } => Refused::Conflict,
        StoreError::Deleted { .. } => Refused::Deleted,
        StoreError::Duplicate { .. } => Refused::Duplicate,
        StoreError::Paired { .. } | StoreError::HalfPair { .. } => Refused::Paired,
        StoreError::Invalid(v) => Refused::Invalid(v.to_string()),
        e => Refused::Other(e.to_string()),
    }
}

/// One call of the contract, for a kind's type.
enum Op<'a> {
    Create(Option<Id>, &'a Value),
    Get(Id),
    Update(Id, i64, &'a Value),
    Delete(Id, Option<i64>),
    List(&'a ListQuery),
    CreateAndDrop(&'a Value),
    CreatePair((Id, &'a Value), (Id, &'a Value)),
}

/// What a call answers.
enum Answer {
    Row(Option<Record>),
    Rows(Vec<Record>),
    Pair(Record, Record),
    Id(Id),
}

impl From<Answer> for Option<Record> {
    fn from(a: Answer) -> Self {
        match a {
            Answer::Row(r) => r,
            Answer::Pair(..) | Answer::Rows(_) | Answer::Id(_) => None,
        }
    }
}

impl From<Answer> for Option<Option<Record>> {
    fn from(a: Answer) -> Self {
        match a {
            Answer::Row(r) => Some(r),
            _ => None,
        }
    }
}

impl From<Answer> for Option<Vec<Record>> {
    fn from(a: Answer) -> Self {
        match a {
            Answer::Rows(r) => Some(r),
            _ => None,
        }
    }
}

impl From<Answer> for Option<(Record, Record)> {
    fn from(a: Answer) -> Self {
        match a {
            Answer::Pair(x, y) => Some((x, y)),
            _ => None,
        }
    }
}

impl From<Answer> for Option<Id> {
    fn from(a: Answer) -> Self {
        match a {
            Answer::Id(id) => Some(id),
            _ => None,
        }
    }
}

struct Call<'a> {
    store: &'a mut Store,
    op: Op<'a>,
}

fn decode<E: Entity>(fields: &Value) -> Result<E, Refused> {
    serde_json::from_value(fields.clone()).map_err(|e| Refused::Invalid(e.to_string()))
}

fn record<E: Entity>(row: &Row<E>) -> Result<Record, Refused> {
    Record::from_row(row).map_err(|e| Refused::Other(e.to_string()))
}

/// The sentinel that makes a batch roll back.
const DROP: &str = "conformance: drop this transaction";

impl KindVisitor for Call<'_> {
    type Output = Result<Answer, Refused>;
    fn visit<E: Entity>(self) -> Self::Output {
        let s = self.store;
        match self.op {
            Op::Create(id, fields) => {
                let e: E = decode(fields)?;
                if let Some(id) = id
                    && s.get::<E>(id).is_ok()
                {
                    return Err(Refused::Exists);
                }
                let id = id.unwrap_or_else(Id::generate);
                let row = s.batch(|b| b.create_with_id(id, e)).map_err(refused)?;
                Ok(Answer::Row(Some(record(&row)?)))
            }
            Op::Get(id) => match s.get::<E>(id) {
                Ok(row) => Ok(Answer::Row(Some(record(&row)?))),
                Err(StoreError::NotFound { .. }) => Ok(Answer::Row(None)),
                Err(e) => Err(refused(e)),
            },
            Op::Update(id, expected, fields) => {
                let new: E = decode(fields)?;
                let row = s
                    .update::<E>(id, Some(expected), |f, _| {
                        *f = new;
                        Ok(())
                    })
                    .map_err(refused)?;
                Ok(Answer::Row(Some(record(&row)?)))
            }
            Op::Delete(id, expected) => {
                let current = s.get::<E>(id).map_err(refused)?;
                // The store refuses a second delete (`Deleted`); the contract answers the
                // tombstone. Either way nothing changes.
                if current.kernel.is_deleted()
                    && expected.is_none_or(|v| v == current.kernel.version)
                {
                    return Ok(Answer::Row(Some(record(&current)?)));
                }
                let row = s.delete::<E>(id, expected).map_err(refused)?;
                Ok(Answer::Row(Some(record(&row)?)))
            }
            Op::List(query) => {
                let rows = s.list::<E>(query).map_err(refused)?;
                Ok(Answer::Rows(
                    rows.iter().map(record).collect::<Result<_, _>>()?,
                ))
            }
            Op::CreateAndDrop(fields) => {
                let e: E = decode(fields)?;
                let id = Id::generate();
                match s.batch(|b| {
                    b.create_with_id(id, e)?;
                    Err::<(), _>(StoreError::Protocol(DROP.into()))
                }) {
                    Err(StoreError::Protocol(m)) if m == DROP => Ok(Answer::Id(id)),
                    Err(e) => Err(refused(e)),
                    Ok(()) => Err(Refused::Other("the batch committed".into())),
                }
            }
            Op::CreatePair((ia, fa), (ib, fb)) => {
                let (a, b): (E, E) = (decode(fa)?, decode(fb)?);
                let (x, y) = s
                    .batch(|bt| bt.create_pair((ia, a), (ib, b)))
                    .map_err(refused)?;
                Ok(Answer::Pair(record(&x)?, record(&y)?))
            }
        }
    }
}

impl Backend for Sqlite {
    fn create(
        &mut self,
        kind: EntityKind,
        id: Option<Id>,
        fields: &Value,
    ) -> Result<Record, Refused> {
        self.op(kind, Op::Create(id, fields))
    }

    fn get(&mut self, kind: EntityKind, id: Id) -> Result<Option<Record>, Refused> {
        self.op(kind, Op::Get(id))
    }

    fn update(
        &mut self,
        kind: EntityKind,
        id: Id,
        expected: i64,
        fields: &Value,
    ) -> Result<Record, Refused> {
        self.op(kind, Op::Update(id, expected, fields))
    }

    fn delete(
        &mut self,
        kind: EntityKind,
        id: Id,
        expected: Option<i64>,
    ) -> Result<Record, Refused> {
        self.op(kind, Op::Delete(id, expected))
    }

    fn list(&mut self, kind: EntityKind, query: &ListQuery) -> Result<Vec<Record>, Refused> {
        self.op(kind, Op::List(query))
    }

    /// An import: the merge rule, natural keys merged into their holder and pairs
    /// checked whole, in one transaction (what a server push does).
    fn merge(&mut self, records: &[Record]) -> Result<(), Refused> {
        let lines = records
            .iter()
            .cloned()
            .enumerate()
            .map(|(i, r)| (i + 1, Ok(r)));
        let done = self.store.import(lines).map(|_| ()).map_err(refused);
        self.read_feed()?;
        done
    }

    fn changes(&mut self) -> Result<Vec<(EntityKind, Id, i64)>, Refused> {
        Ok(self.feed.clone())
    }

    fn create_and_drop(&mut self, kind: EntityKind, fields: &Value) -> Result<Id, Refused> {
        self.op(kind, Op::CreateAndDrop(fields))
    }

    fn create_pair(
        &mut self,
        kind: EntityKind,
        a: (Id, &Value),
        b: (Id, &Value),
    ) -> Result<(Record, Record), Refused> {
        self.op(kind, Op::CreatePair(a, b))
    }
}

crate::conformance_suite!(Sqlite::new());
