//! Pair operations: rows that only make sense together (the two sides of a transfer)
//! are created, edited, deleted and restored together, in one batch (one SQLite
//! transaction, one `updated_at`, one new pair revision on both sides). Generic over
//! every kind with pairs, through the [`Entity`] pair hooks: [`Entity::pair`] (the link),
//! [`Entity::relink`] (a new revision), [`Entity::check_pair`] (rules across both sides)
//! and [`Entity::PAIR_NAME`] (what the user calls one).

use super::{Batch, Side, StoreError};
use crate::entity::{Entity, Pair};
use crate::id::Id;
use crate::kernel::Row;
use crate::validate::ValidationError;

/// Both sides of a pair: the one asked about first.
pub type RowPair<E> = (Row<E>, Row<E>);

impl Batch<'_> {
    /// Creates both sides of a pair, each with its id, in one batch. Each side's
    /// [`Entity::pair`] must name the other, at one revision.
    pub fn create_pair<E: Entity>(
        &mut self,
        (a_id, a): (Id, E),
        (b_id, b): (Id, E),
    ) -> Result<RowPair<E>, StoreError> {
        let linked = matches!(
            (a.pair(), b.pair()),
            (Some(x), Some(y)) if x.counterpart == b_id && y.counterpart == a_id && x.rev == y.rev
        );
        if !linked {
            return Err(ValidationError::new(
                E::PAIR_NAME,
                format!(
                    "the two sides of a {} name each other at one revision",
                    E::PAIR_NAME
                ),
            )
            .into());
        }
        E::check_pair(&a, &b)?;
        let x = self.create_with_id(a_id, a)?;
        let y = self.create_with_id(b_id, b)?;
        Ok((x, y))
    }

    /// Both sides of the pair `id` is a side of, checked to be whole: the other side is
    /// here, names this one back at the same revision, and is deleted exactly when this
    /// one is. Otherwise [`StoreError::HalfPair`].
    pub fn pair_sides<E: Entity>(&self, id: Id) -> Result<RowPair<E>, StoreError> {
        let this: Row<E> = self.get(id)?;
        let Some(link) = this.fields.pair() else {
            return Err(ValidationError::new(
                E::PAIR_NAME,
                format!("{} {id} is not a {}", E::KIND, E::PAIR_NAME),
            )
            .into());
        };
        let half = StoreError::HalfPair { kind: E::KIND, id };
        let other: Row<E> = match self.get(link.counterpart) {
            Ok(o) => o,
            Err(StoreError::NotFound { .. }) => return Err(half),
            Err(e) => return Err(e),
        };
        let back = Pair {
            counterpart: id,
            rev: link.rev,
        };
        if other.fields.pair() != Some(back)
            || other.kernel.is_deleted() != this.kernel.is_deleted()
        {
            return Err(half);
        }
        Ok((this, other))
    }

    /// Edits both sides of a pair at once: `edit` gets the side named by `id` and its
    /// counterpart. Both get a new pair revision ([`Entity::relink`]) and the same
    /// `updated_at`. An edit that changes neither writes nothing.
    pub fn update_pair<E: Entity>(
        &mut self,
        id: Id,
        expected_version: Option<i64>,
        edit: impl FnOnce(&mut E, &mut E) -> Result<(), ValidationError>,
    ) -> Result<RowPair<E>, StoreError> {
        let (this, other) = self.pair_sides::<E>(id)?;
        if this.kernel.is_deleted() {
            return Err(StoreError::Deleted { kind: E::KIND, id });
        }
        check_version(&this, expected_version)?;
        let (mut a, mut b) = (this.fields.clone(), other.fields.clone());
        edit(&mut a, &mut b)?;
        if a == this.fields && b == other.fields {
            return Ok((this, other));
        }
        E::check_pair(&a, &b)?;
        let rev = Id::generate();
        let other_id = other.kernel.id;
        for (side, counterpart) in [(&mut a, other_id), (&mut b, id)] {
            let link = Pair { counterpart, rev };
            side.relink(link);
            if side.pair() != Some(link) {
                return Err(ValidationError::new(
                    E::PAIR_NAME,
                    format!("{}: relink did not link the side", E::KIND),
                )
                .into());
            }
        }
        self.clock_past(&[&this.kernel, &other.kernel]);
        let x = self.update_side(id, None, Side::Both, |t: &mut E, _| {
            *t = a;
            Ok(())
        })?;
        let y = self.update_side(other_id, None, Side::Both, |t: &mut E, _| {
            *t = b;
            Ok(())
        })?;
        Ok((x, y))
    }

    /// Deletes both sides of a pair (two tombstones, one `updated_at`).
    pub fn delete_pair<E: Entity>(
        &mut self,
        id: Id,
        expected_version: Option<i64>,
    ) -> Result<RowPair<E>, StoreError> {
        let (this, other) = self.pair_sides::<E>(id)?;
        check_version(&this, expected_version)?;
        self.clock_past(&[&this.kernel, &other.kernel]);
        let x = self.delete_side(id, None, Side::Both)?;
        let y = self.delete_side(other.kernel.id, None, Side::Both)?;
        Ok((x, y))
    }

    /// Restores both sides of a deleted pair.
    pub fn restore_pair<E: Entity>(
        &mut self,
        id: Id,
        expected_version: Option<i64>,
    ) -> Result<RowPair<E>, StoreError> {
        let (this, other) = self.pair_sides::<E>(id)?;
        check_version(&this, expected_version)?;
        self.clock_past(&[&this.kernel, &other.kernel]);
        let x = self.restore_side(id, None, Side::Both)?;
        let y = self.restore_side(other.kernel.id, None, Side::Both)?;
        Ok((x, y))
    }
}

fn check_version<E: Entity>(row: &Row<E>, expected: Option<i64>) -> Result<(), StoreError> {
    match expected {
        Some(v) if v != row.kernel.version => Err(StoreError::Conflict {
            kind: E::KIND,
            id: row.kernel.id,
            expected: v,
            actual: row.kernel.version,
        }),
        _ => Ok(()),
    }
}
