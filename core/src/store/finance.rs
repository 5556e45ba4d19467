//! Transfers in the store: both sides of a transfer are created, changed, deleted and
//! restored together, in one batch (one SQLite transaction, one `updated_at`, one new
//! pair revision on both sides).

use super::{Batch, Side, StoreError};
use crate::entity::EntityKind;
use crate::id::Id;
use crate::kernel::Row;
use crate::model::{Transaction, Transfer};
use crate::validate::ValidationError;

/// Both sides of a transfer: the one asked about first.
pub type TransferPair = (Row<Transaction>, Row<Transaction>);

impl Batch<'_> {
    /// Creates a transfer: `out` and `into` (each with its account, amount and
    /// currency) become two linked transactions.
    pub fn create_transfer(
        &mut self,
        mut out: Transaction,
        mut into: Transaction,
    ) -> Result<TransferPair, StoreError> {
        if out.account_id == into.account_id {
            return Err(ValidationError::new(
                "account_id",
                "a transfer moves money between two different accounts",
            )
            .into());
        }
        let (a, b) = (Id::generate(), Id::generate());
        let (id, rev) = (Id::generate(), Id::generate());
        out.category.clear();
        into.category.clear();
        out.transfer = Some(Transfer {
            rev,
            id,
            counterpart_id: b,
        });
        into.transfer = Some(Transfer {
            rev,
            id,
            counterpart_id: a,
        });
        let x = self.create_with_id(a, out)?;
        let y = self.create_with_id(b, into)?;
        Ok((x, y))
    }

    /// Both sides of the transfer `id` is a side of, checked to be a complete pair.
    pub fn transfer_sides(&self, id: Id) -> Result<TransferPair, StoreError> {
        let this: Row<Transaction> = self.get(id)?;
        let Some(link) = this.fields.transfer else {
            return Err(ValidationError::new(
                "transfer",
                format!("transaction {id} is not a transfer"),
            )
            .into());
        };
        let other: Row<Transaction> = match self.get(link.counterpart_id) {
            Ok(o) => o,
            Err(StoreError::NotFound { .. }) => return Err(StoreError::HalfPair { id }),
            Err(e) => return Err(e),
        };
        let complete = other
            .fields
            .transfer
            .is_some_and(|l| l.counterpart_id == id && l.id == link.id && l.rev == link.rev)
            && other.kernel.is_deleted() == this.kernel.is_deleted();
        if !complete {
            return Err(StoreError::HalfPair { id });
        }
        Ok((this, other))
    }

    /// Edits both sides of a transfer at once: `edit` gets the side named by `id` and
    /// its counterpart. Both get a new pair revision and the same `updated_at`. An edit
    /// that changes neither writes nothing.
    pub fn update_transfer(
        &mut self,
        id: Id,
        expected_version: Option<i64>,
        edit: impl FnOnce(&mut Transaction, &mut Transaction) -> Result<(), ValidationError>,
    ) -> Result<TransferPair, StoreError> {
        let (this, other) = self.transfer_sides(id)?;
        if this.kernel.is_deleted() {
            return Err(StoreError::Deleted {
                kind: EntityKind::Transaction,
                id,
            });
        }
        check_version(&this, expected_version)?;
        let (mut a, mut b) = (this.fields.clone(), other.fields.clone());
        edit(&mut a, &mut b)?;
        if a == this.fields && b == other.fields {
            return Ok((this, other));
        }
        if a.account_id == b.account_id {
            return Err(ValidationError::new(
                "account_id",
                "a transfer moves money between two different accounts",
            )
            .into());
        }
        let rev = Id::generate();
        for (side, counterpart) in [(&mut a, other.kernel.id), (&mut b, id)] {
            side.category.clear();
            side.transfer = side.transfer.map(|t| Transfer {
                rev,
                counterpart_id: counterpart,
                ..t
            });
        }
        self.clock_past(&[&this.kernel, &other.kernel]);
        let x = self.update_side(id, None, Side::Both, |t: &mut Transaction, _| {
            *t = a;
            Ok(())
        })?;
        let y = self.update_side(
            other.kernel.id,
            None,
            Side::Both,
            |t: &mut Transaction, _| {
                *t = b;
                Ok(())
            },
        )?;
        Ok((x, y))
    }

    /// Deletes both sides of a transfer (two tombstones, one `updated_at`).
    pub fn delete_transfer(
        &mut self,
        id: Id,
        expected_version: Option<i64>,
    ) -> Result<TransferPair, StoreError> {
        let (this, other) = self.transfer_sides(id)?;
        check_version(&this, expected_version)?;
        self.clock_past(&[&this.kernel, &other.kernel]);
        let x = self.delete_side(id, None, Side::Both)?;
        let y = self.delete_side(other.kernel.id, None, Side::Both)?;
        Ok((x, y))
    }

    /// Restores both sides of a deleted transfer.
    pub fn restore_transfer(
        &mut self,
        id: Id,
        expected_version: Option<i64>,
    ) -> Result<TransferPair, StoreError> {
        let (this, other) = self.transfer_sides(id)?;
        check_version(&this, expected_version)?;
        self.clock_past(&[&this.kernel, &other.kernel]);
        let x = self.restore_side(id, None, Side::Both)?;
        let y = self.restore_side(other.kernel.id, None, Side::Both)?;
        Ok((x, y))
    }
}

fn check_version(row: &Row<Transaction>, expected: Option<i64>) -> Result<(), StoreError> {
    match expected {
        Some(v) if v != row.kernel.version => Err(StoreError::Conflict {
            kind: EntityKind::Transaction,
            id: row.kernel.id,
            expected: v,
            actual: row.kernel.version,
        }),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::LocalDate;
    use crate::money::Currency;
    use crate::store::Store;

    fn store() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let key = crate::key::DbKey::from_hex(&"07".repeat(32)).unwrap();
        let s = Store::open(&dir.path().join("db"), &key).unwrap();
        (dir, s)
    }

    fn t(account: Id, amount: i64) -> Transaction {
        Transaction::new(
            account,
            LocalDate::parse("2026-12-01").unwrap(),
            amount,
            Currency::from_code("EUR").unwrap(),
        )
    }

    #[test]
    fn a_transfer_is_created_edited_deleted_and_restored_as_one() {
        let (_d, mut s) = store();
        let (a, b) = (Id::generate(), Id::generate());
        let (x, y) = s
            .batch(|b2| b2.create_transfer(t(a, -100), t(b, 100)))
            .unwrap();
        assert_eq!(x.fields.transfer.unwrap().counterpart_id, y.kernel.id);
        assert_eq!(y.fields.transfer.unwrap().counterpart_id, x.kernel.id);
        assert_eq!(s.outbox_len().unwrap(), 2);

        // The generic single-row paths refuse a side.
        assert!(matches!(
            s.update::<Transaction>(x.kernel.id, None, |t, _| {
                t.amount_minor = -5;
                Ok(())
            }),
            Err(StoreError::Paired { .. })
        ));
        assert!(matches!(
            s.delete::<Transaction>(y.kernel.id, None),
            Err(StoreError::Paired { .. })
        ));

        let (x2, y2) = s
            .batch(|bt| {
                bt.update_transfer(y.kernel.id, Some(1), |this, other| {
                    this.amount_minor = 250;
                    other.amount_minor = -250;
                    Ok(())
                })
            })
            .unwrap();
        assert_eq!((x2.kernel.version, y2.kernel.version), (2, 2));
        assert_eq!(x2.kernel.updated_at, y2.kernel.updated_at);
        assert_eq!(
            x2.fields.transfer.unwrap().rev,
            y2.fields.transfer.unwrap().rev
        );
        assert_ne!(
            x.fields.transfer.unwrap().rev,
            x2.fields.transfer.unwrap().rev
        );

        // A failing second half rolls back the first.
        let before = s.records().unwrap();
        let err = s.batch(|bt| {
            bt.update_transfer(x.kernel.id, None, |this, other| {
                this.amount_minor = -1;
                other.payee = "x\ny".into();
                Ok(())
            })
        });
        assert!(err.is_err());
        assert_eq!(s.records().unwrap(), before);

        let (x3, y3) = s.batch(|bt| bt.delete_transfer(x.kernel.id, None)).unwrap();
        assert!(x3.kernel.is_deleted() && y3.kernel.is_deleted());
        let (x4, y4) = s
            .batch(|bt| bt.restore_transfer(y.kernel.id, None))
            .unwrap();
        assert!(!x4.kernel.is_deleted() && !y4.kernel.is_deleted());
        assert_eq!(x4.kernel.version, 4);
    }

    #[test]
    fn a_half_pair_cannot_be_edited() {
        let (_d, mut s) = store();
        let mut lone = t(Id::generate(), -1);
        lone.transfer = Some(Transfer {
            rev: Id::generate(),
            id: Id::generate(),
            counterpart_id: Id::generate(),
        });
        let row = s.batch(|b| b.create(lone)).unwrap();
        assert!(matches!(
            s.batch(|b| b.delete_transfer(row.kernel.id, None)),
            Err(StoreError::HalfPair { .. })
        ));
    }
}
