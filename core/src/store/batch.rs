//! [`Batch`]: mutations that commit together, in one SQLite transaction stamped with one
//! clock reading; every write also queues its outbox entry.

use rusqlite::Transaction;

use super::raw::{Queue, Write, decode, fields_json};
use super::{ListQuery, Store, StoreError};
use crate::entity::Entity;
use crate::id::Id;
use crate::kernel::{Kernel, Row};
use crate::timestamp::Timestamp;
use crate::validate::ValidationError;

impl Store {
    /// Runs `f` with a [`Batch`]: every mutation it makes commits together, in one
    /// SQLite transaction, or (if it fails) none does.
    pub fn batch<R>(
        &mut self,
        f: impl FnOnce(&mut Batch<'_>) -> Result<R, StoreError>,
    ) -> Result<R, StoreError> {
        let tx = self.write_tx()?;
        let mut batch = Batch {
            tx,
            now: Timestamp::now(),
        };
        let out = f(&mut batch)?;
        batch.tx.commit()?;
        Ok(out)
    }
}

/// Mutations that commit together (see [`Store::batch`]): one SQLite transaction, one
/// clock reading for every row it writes. Each write also queues its outbox entry.
pub struct Batch<'a> {
    tx: Transaction<'a>,
    now: Timestamp,
}

/// Whether a mutation may touch one side of a pair (only the pair's own operations may).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Side {
    /// An ordinary single-row mutation: a pair side is refused.
    One,
    /// Part of a pair operation that writes both sides.
    Both,
}

impl Batch<'_> {
    /// The time every row written by this batch is stamped with.
    pub fn now(&self) -> Timestamp {
        self.now
    }

    /// Moves the batch's clock past these rows' `updated_at` (a clock that went
    /// backwards), so rows changed together carry one `updated_at`.
    pub fn clock_past(&mut self, kernels: &[&Kernel]) {
        for k in kernels {
            if k.updated_at >= self.now {
                self.now = k.updated_at.next_millisecond();
            }
        }
    }

    /// The row with this id, tombstones included, as this batch sees it.
    pub fn get<E: Entity>(&self, id: Id) -> Result<Row<E>, StoreError> {
        match Store::get_raw(&self.tx, E::KIND, id)? {
            Some((kernel, fields)) => decode(kernel, &fields),
            None => Err(StoreError::NotFound {
                kind: E::KIND,
                id: id.to_string(),
            }),
        }
    }

    /// Rows matching `query` (see [`Store::list`]), as this batch sees them.
    pub fn list<E: Entity>(&self, query: &ListQuery) -> Result<Vec<Row<E>>, StoreError> {
        Store::list_in(&self.tx, query)
    }

    fn queue(&self) -> Result<i64, StoreError> {
        Store::take_mutations(&self.tx, 1)
    }

    /// Creates a row: a new ULID, the batch's time, version 1.
    pub fn create<E: Entity>(&mut self, fields: E) -> Result<Row<E>, StoreError> {
        self.create_with_id(Id::generate(), fields)
    }

    /// Creates a row with an id chosen by the caller (both sides of a pair name each
    /// other, so their ids are made first).
    pub fn create_with_id<E: Entity>(&mut self, id: Id, fields: E) -> Result<Row<E>, StoreError> {
        fields.validate()?;
        let row = Row {
            kernel: Kernel {
                id,
                created_at: self.now,
                updated_at: self.now,
                deleted_at: None,
                version: 1,
            },
            fields,
        };
        let json = fields_json(&row.fields)?;
        let at = row.kernel.updated_at.to_string();
        Store::write_raw(
            Write::Insert,
            &self.tx,
            E::KIND,
            &row.kernel,
            &json,
            Some(Queue {
                mutation: self.queue()?,
                at: &at,
                journal: true,
            }),
        )?;
        Ok(row)
    }

    fn mutate<E: Entity>(
        &mut self,
        id: Id,
        expected_version: Option<i64>,
        side: Side,
        change: impl FnOnce(&Row<E>, Timestamp) -> Result<Option<Row<E>>, StoreError>,
    ) -> Result<Row<E>, StoreError> {
        let current: Row<E> = self.get(id)?;
        if side == Side::One && current.fields.pair().is_some() {
            return Err(StoreError::Paired { kind: E::KIND, id });
        }
        if let Some(expected) = expected_version
            && expected != current.kernel.version
        {
            return Err(StoreError::Conflict {
                kind: E::KIND,
                id,
                expected,
                actual: current.kernel.version,
            });
        }
        let Some(next) = change(&current, self.now)? else {
            return Ok(current);
        };
        next.fields.validate()?;
        let at = next.kernel.updated_at.to_string();
        Store::write_raw(
            Write::Update,
            &self.tx,
            E::KIND,
            &next.kernel,
            &fields_json(&next.fields)?,
            Some(Queue {
                mutation: self.queue()?,
                at: &at,
                journal: true,
            }),
        )?;
        Ok(next)
    }

    /// Edits a live row's fields (see [`Store::update`]). One side of a pair is
    /// refused with [`StoreError::Paired`]: pairs change through their own operations.
    pub fn update<E: Entity>(
        &mut self,
        id: Id,
        expected_version: Option<i64>,
        edit: impl FnOnce(&mut E, Timestamp) -> Result<(), ValidationError>,
    ) -> Result<Row<E>, StoreError> {
        self.update_side(id, expected_version, Side::One, edit)
    }

    pub(crate) fn update_side<E: Entity>(
        &mut self,
        id: Id,
        expected_version: Option<i64>,
        side: Side,
        edit: impl FnOnce(&mut E, Timestamp) -> Result<(), ValidationError>,
    ) -> Result<Row<E>, StoreError> {
        self.mutate(id, expected_version, side, |current: &Row<E>, now| {
            if current.kernel.is_deleted() {
                return Err(StoreError::Deleted { kind: E::KIND, id });
            }
            let mut fields = current.fields.clone();
            edit(&mut fields, now)?;
            if fields == current.fields {
                return Ok(None);
            }
            Ok(Some(Row {
                kernel: current.kernel.bumped(now),
                fields,
            }))
        })
    }

    /// Soft-deletes a row (see [`Store::delete`]); not one side of a pair.
    pub fn delete<E: Entity>(
        &mut self,
        id: Id,
        expected_version: Option<i64>,
    ) -> Result<Row<E>, StoreError> {
        self.delete_side(id, expected_version, Side::One)
    }

    pub(crate) fn delete_side<E: Entity>(
        &mut self,
        id: Id,
        expected_version: Option<i64>,
        side: Side,
    ) -> Result<Row<E>, StoreError> {
        self.mutate(id, expected_version, side, |current: &Row<E>, now| {
            if current.kernel.is_deleted() {
                return Err(StoreError::Deleted { kind: E::KIND, id });
            }
            let mut kernel = current.kernel.bumped(now);
            kernel.deleted_at = Some(kernel.updated_at);
            Ok(Some(Row {
                kernel,
                fields: current.fields.clone(),
            }))
        })
    }

    /// Restores a tombstone (see [`Store::restore`]); not one side of a pair.
    pub fn restore<E: Entity>(
        &mut self,
        id: Id,
        expected_version: Option<i64>,
    ) -> Result<Row<E>, StoreError> {
        self.restore_side(id, expected_version, Side::One)
    }

    pub(crate) fn restore_side<E: Entity>(
        &mut self,
        id: Id,
        expected_version: Option<i64>,
        side: Side,
    ) -> Result<Row<E>, StoreError> {
        self.mutate(id, expected_version, side, |current: &Row<E>, now| {
            if !current.kernel.is_deleted() {
                return Err(StoreError::NotDeleted { kind: E::KIND, id });
            }
            let mut kernel = current.kernel.bumped(now);
            kernel.deleted_at = None;
            Ok(Some(Row {
                kernel,
                fields: current.fields.clone(),
            }))
        })
    }
}
