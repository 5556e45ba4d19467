//! Transfers: the finance-specific part of a pair of transactions. [`new_transfer`]
//! builds the two sides; the store writes, edits, deletes and restores them with its
//! generic pair operations (`Batch::create_pair` and friends), driven by the
//! [`Entity`](crate::entity::Entity) pair hooks of [`Transaction`]. The `*_transfer`
//! methods are the names the CLI and the server's tests call.

use crate::id::Id;
use crate::model::{Transaction, Transfer};
use crate::validate::ValidationError;

/// Both sides of a new transfer from `out` and `into` (each with its account, amount
/// and currency): new ids, one transfer id and revision, each side naming the other, no
/// category. Fails if both sides are in one account.
pub fn new_transfer(
    mut out: Transaction,
    mut into: Transaction,
) -> Result<[(Id, Transaction); 2], ValidationError> {
    check_accounts(&out, &into)?;
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
    Ok([(a, out), (b, into)])
}

/// A transfer moves money between two different accounts.
pub(crate) fn check_accounts(a: &Transaction, b: &Transaction) -> Result<(), ValidationError> {
    if a.account_id == b.account_id {
        return Err(ValidationError::new(
            "account_id",
            "a transfer moves money between two different accounts",
        ));
    }
    Ok(())
}

#[cfg(feature = "store")]
mod ops {
    use crate::id::Id;
    use crate::kernel::Row;
    use crate::model::Transaction;
    use crate::store::{Batch, StoreError};
    use crate::validate::ValidationError;

    /// Both sides of a transfer: the one asked about first.
    pub type TransferPair = (Row<Transaction>, Row<Transaction>);

    impl Batch<'_> {
        /// Creates a transfer: `out` and `into` (each with its account, amount and
        /// currency) become two linked transactions ([`super::new_transfer`]).
        pub fn create_transfer(
            &mut self,
            out: Transaction,
            into: Transaction,
        ) -> Result<TransferPair, StoreError> {
            let [a, b] = super::new_transfer(out, into)?;
            self.create_pair(a, b)
        }

        /// Edits both sides of a transfer at once ([`Batch::update_pair`]).
        pub fn update_transfer(
            &mut self,
            id: Id,
            expected_version: Option<i64>,
            edit: impl FnOnce(&mut Transaction, &mut Transaction) -> Result<(), ValidationError>,
        ) -> Result<TransferPair, StoreError> {
            self.update_pair(id, expected_version, edit)
        }

        /// Deletes both sides of a transfer ([`Batch::delete_pair`]).
        pub fn delete_transfer(
            &mut self,
            id: Id,
            expected_version: Option<i64>,
        ) -> Result<TransferPair, StoreError> {
            self.delete_pair(id, expected_version)
        }

        /// Restores both sides of a deleted transfer ([`Batch::restore_pair`]).
        pub fn restore_transfer(
            &mut self,
            id: Id,
            expected_version: Option<i64>,
        ) -> Result<TransferPair, StoreError> {
            self.restore_pair(id, expected_version)
        }
    }

    #[cfg(test)]
    mod tests {
        use crate::LocalDate;
        use crate::id::Id;
        use crate::model::{Transaction, Transfer};
        use crate::money::Currency;
        use crate::store::Store;
        use crate::store::StoreError;

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
}
