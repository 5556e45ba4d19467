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

/// What a new transfer asks for, in the accounts' minor units: `amount_minor` leaves
/// `from`, `to_amount_minor` arrives in `to` (needed, and only then different, when the
/// two accounts keep different currencies). The CLI's `transfer add` and the server's
/// `POST …/transfers` both build their two sides here.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TransferPlan {
    /// The account the money leaves.
    pub from: Id,
    /// The account it arrives in.
    pub to: Id,
    /// What leaves `from`, positive.
    pub amount_minor: i64,
    /// What arrives in `to`, positive; `None` for the same amount (same currency only).
    pub to_amount_minor: Option<i64>,
    /// The booking date of both sides.
    pub booking_date: crate::LocalDate,
    /// Both sides' payee.
    pub payee: String,
    /// Both sides' memo.
    pub memo: String,
}

impl TransferPlan {
    /// The two sides (out of `from`, into `to`), checked against the accounts: two
    /// different accounts, positive amounts, and an arriving amount that equals the
    /// amount sent within one currency and is given across two. Each error names the
    /// field at fault (`to_account_id`, `amount_minor`, `to_amount_minor`).
    pub fn sides(
        &self,
        from: &crate::model::Account,
        to: &crate::model::Account,
    ) -> Result<(Transaction, Transaction), ValidationError> {
        if self.from == self.to {
            return Err(ValidationError::new(
                "to_account_id",
                "a transfer moves money between two different accounts",
            ));
        }
        if self.amount_minor <= 0 {
            return Err(ValidationError::new(
                "amount_minor",
                "a transfer's amount is positive (swap the accounts to reverse it)",
            ));
        }
        let (fc, tc) = (from.currency_code, to.currency_code);
        let into = match self.to_amount_minor {
            None if fc == tc => self.amount_minor,
            None => {
                return Err(ValidationError::new(
                    "to_amount_minor",
                    format!(
                        "{} is in {fc} and {} in {tc}: give the amount that arrives",
                        from.name, to.name
                    ),
                ));
            }
            Some(v) if v <= 0 => {
                return Err(ValidationError::new(
                    "to_amount_minor",
                    "the amount that arrives is positive",
                ));
            }
            Some(v) if fc == tc && v != self.amount_minor => {
                return Err(ValidationError::new(
                    "to_amount_minor",
                    format!(
                        "both accounts are in {fc}: the amount that arrives is the amount sent"
                    ),
                ));
            }
            Some(v) => v,
        };
        let side = |account: Id, amount_minor: i64, currency| {
            let mut t = Transaction::new(account, self.booking_date, amount_minor, currency);
            t.payee = self.payee.clone();
            t.memo = self.memo.clone();
            t
        };
        let amount = self.amount_minor;
        Ok((side(self.from, -amount, fc), side(self.to, into, tc)))
    }
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

#[cfg(test)]
mod plan_tests {
    use super::TransferPlan;
    use crate::LocalDate;
    use crate::id::Id;
    use crate::model::{Account, AccountKind};
    use crate::money::Currency;

    fn account(name: &str, code: &str) -> Account {
        Account {
            name: name.into(),
            kind: AccountKind::Checking,
            currency_code: Currency::from_code(code).unwrap(),
            opening_balance_minor: 0,
            opening_date: LocalDate::parse("2026-01-01").unwrap(),
            archived: false,
        }
    }

    fn plan(amount: i64, to_amount: Option<i64>) -> TransferPlan {
        TransferPlan {
            from: Id::generate(),
            to: Id::generate(),
            amount_minor: amount,
            to_amount_minor: to_amount,
            booking_date: LocalDate::parse("2026-12-03").unwrap(),
            payee: "Rainy day".into(),
            memo: String::new(),
        }
    }

    #[test]
    fn the_sides_leave_one_account_and_arrive_in_the_other() {
        let p = plan(15_000, None);
        let (out, into) = p.sides(&account("A", "EUR"), &account("B", "EUR")).unwrap();
        assert_eq!((out.account_id, out.amount_minor), (p.from, -15_000));
        assert_eq!((into.account_id, into.amount_minor), (p.to, 15_000));
        assert_eq!(out.payee, "Rainy day");
        assert_eq!(into.booking_date, p.booking_date);
        let p = plan(1_000, Some(1_150));
        let (out, into) = p.sides(&account("A", "EUR"), &account("B", "USD")).unwrap();
        assert_eq!(
            (out.amount_minor, out.currency_code.code()),
            (-1_000, "EUR")
        );
        assert_eq!(
            (into.amount_minor, into.currency_code.code()),
            (1_150, "USD")
        );
    }

    #[test]
    fn a_bad_transfer_names_its_field() {
        let (eur, usd) = (account("A", "EUR"), account("B", "USD"));
        let field = |p: TransferPlan, to: &Account| p.sides(&eur, to).unwrap_err().field;
        assert_eq!(field(plan(0, None), &eur), "amount_minor");
        assert_eq!(field(plan(-5, None), &eur), "amount_minor");
        assert_eq!(field(plan(5, None), &usd), "to_amount_minor");
        assert_eq!(field(plan(5, Some(-1)), &usd), "to_amount_minor");
        assert_eq!(field(plan(5, Some(6)), &eur), "to_amount_minor");
        let mut same = plan(5, None);
        same.to = same.from;
        assert_eq!(field(same, &eur), "to_account_id");
    }
}
