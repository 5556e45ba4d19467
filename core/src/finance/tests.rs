use super::ledger::ledger_name;
use super::*;
use crate::kernel::Kernel;
use crate::model::Transfer;

fn d(s: &str) -> LocalDate {
    LocalDate::parse(s).unwrap()
}

fn eur() -> Currency {
    Currency::from_code("EUR").unwrap()
}

fn row<E>(fields: E) -> Row<E> {
    Row {
        kernel: Kernel::new_now(),
        fields,
    }
}

fn account(name: &str, opening: i64) -> Row<Account> {
    row(Account {
        name: name.into(),
        kind: AccountKind::Checking,
        currency_code: eur(),
        opening_balance_minor: opening,
        opening_date: d("2026-01-01"),
        archived: false,
    })
}

fn tx(a: &Row<Account>, date: &str, amount: i64, cat: &str) -> Row<Transaction> {
    let mut t = Transaction::new(a.kernel.id, d(date), amount, eur());
    t.category = cat.into();
    row(t)
}

fn pair(a: &Row<Account>, b: &Row<Account>, amount: i64) -> (Row<Transaction>, Row<Transaction>) {
    let (ia, ib, tid, rev) = (
        Id::generate(),
        Id::generate(),
        Id::generate(),
        Id::generate(),
    );
    let mut x = tx(a, "2026-12-05", -amount, "");
    let mut y = tx(b, "2026-12-05", amount, "");
    x.kernel.id = ia;
    y.kernel.id = ib;
    x.fields.transfer = Some(Transfer {
        rev,
        id: tid,
        counterpart_id: ib,
    });
    y.fields.transfer = Some(Transfer {
        rev,
        id: tid,
        counterpart_id: ia,
    });
    (x, y)
}

#[test]
fn balances_as_of_a_date_and_half_pairs_hidden() {
    let a = account("Checking", 125_000);
    let b = account("Savings", 0);
    let (x, y) = pair(&a, &b, 10_000);
    let mut txs = vec![
        tx(&a, "2026-12-01", -4_250, "Food:Groceries"),
        tx(&a, "2027-01-01", -1_000, "Food"),
        x.clone(),
        y.clone(),
    ];
    let bal = balances(&[a.clone(), b.clone()], &txs, Some(d("2026-12-31"))).unwrap();
    assert_eq!(bal[0].balance_minor, 125_000 - 4_250 - 10_000);
    assert_eq!(bal[1].balance_minor, 10_000);
    let bal = balances(&[a.clone(), b.clone()], &txs, Some(d("2025-12-31"))).unwrap();
    assert!(bal.is_empty(), "not opened yet: {bal:?}");
    // Only one side here: neither account counts it.
    txs.pop();
    let bal = balances(&[a.clone(), b.clone()], &txs, None).unwrap();
    assert_eq!(bal[0].balance_minor, 125_000 - 4_250 - 1_000);
    // Both sides, but at different revisions: still waiting.
    let mut y2 = y.clone();
    y2.fields.transfer = y2.fields.transfer.map(|t| Transfer {
        rev: Id::generate(),
        ..t
    });
    txs.push(y2);
    let bal = balances(&[a, b], &txs, None).unwrap();
    assert_eq!(bal[1].balance_minor, 0);
}

#[test]
fn overflow_is_an_error() {
    let a = account("A", i64::MAX);
    let txs = vec![tx(&a, "2026-12-01", 1, "")];
    assert_eq!(
        balances(&[a], &txs, None),
        Err(ReportError::Money(MoneyError::SumOverflow))
    );
}

#[test]
fn spending_rolls_up_and_budgets_say_what_is_left() {
    let a = account("Checking", 0);
    let txs = vec![
        tx(&a, "2026-12-01", -4_250, "Food:Groceries"),
        tx(&a, "2026-12-02", -1_000, "Food"),
        tx(&a, "2026-12-03", 500, "Food:Groceries"),
        tx(&a, "2026-12-04", 300_000, "Income:Salary"),
        tx(&a, "2026-12-05", -700, ""),
        tx(&a, "2026-11-30", -9_999, "Food"),
    ];
    let m: Month = "2026-12".parse().unwrap();
    let s = spending(std::slice::from_ref(&a), &txs, m).unwrap();
    let get = |c: &str| s.iter().find(|x| x.category == c).map(|x| x.spent_minor);
    assert_eq!(get("Food"), Some(4_750));
    assert_eq!(get("Food:Groceries"), Some(3_750));
    assert_eq!(get(UNCATEGORIZED), Some(700));
    assert_eq!(get("Income"), None);
    let budget = row(Budget {
        category: "Food".into(),
        month: m,
        amount_minor: 40_000,
        currency_code: eur(),
    });
    let r = budget_report(&[budget], std::slice::from_ref(&a), &txs, m).unwrap();
    assert_eq!(r[0].spent_minor, 4_750);
    assert_eq!(r[0].left_minor, 35_250);
    assert_eq!(r[0].left, "352.50");
}

#[test]
fn net_worth_stays_per_currency_unless_rates_are_given() {
    let usd = Currency::from_code("USD").unwrap();
    let b = |c: Currency, m: i64| AccountBalance {
        account_id: Id::generate(),
        name: "x".into(),
        kind: AccountKind::Cash,
        currency_code: c,
        balance_minor: m,
        balance: String::new(),
    };
    let bals = [b(eur(), 10_000), b(usd, 5_000), b(eur(), -2_500)];
    let nw = net_worth(&bals, None).unwrap();
    assert_eq!(nw.per_currency.len(), 2);
    assert_eq!(nw.per_currency[0].amount_minor, 7_500);
    assert!(nw.converted.is_none());
    let mut rates = Rates {
        target: eur(),
        rates: BTreeMap::new(),
    };
    assert!(matches!(
        net_worth(&bals, Some(&rates)),
        Err(ReportError::MissingRate { .. })
    ));
    rates.rates.insert(usd, Rate::parse("0.9").unwrap());
    assert_eq!(
        net_worth(&bals, Some(&rates))
            .unwrap()
            .converted
            .unwrap()
            .amount_minor,
        7_500 + 4_500
    );
}

#[test]
fn a_currency_mix_up_is_an_error_and_deleted_accounts_do_not_count() {
    let mut a = account("Checking", 0);
    let mut t = tx(&a, "2026-12-01", -100, "Food");
    t.fields.currency_code = Currency::from_code("USD").unwrap();
    let txs = vec![t, tx(&a, "2026-12-01", -50, "Food")];
    assert!(matches!(
        balances(std::slice::from_ref(&a), &txs, None),
        Err(ReportError::CurrencyMismatch { .. })
    ));
    let m: Month = "2026-12".parse().unwrap();
    assert!(spending(std::slice::from_ref(&a), &txs, m).is_err());
    a.kernel.deleted_at = Some(a.kernel.updated_at);
    assert!(
        spending(std::slice::from_ref(&a), &txs, m)
            .unwrap()
            .is_empty()
    );
}

proptest::proptest! {
    /// Whatever subset of sides (and revisions) a replica holds, each transfer is
    /// counted whole or not at all.
    #[test]
    fn a_transfer_counts_whole_or_not_at_all(
        present in proptest::collection::vec((proptest::bool::ANY, proptest::bool::ANY, 0u8..3), 1..20)
    ) {
        let a = account("A", 0);
        let b = account("B", 0);
        let mut all = Vec::new();
        for (keep_x, keep_y, stale) in &present {
            let (x, mut y) = pair(&a, &b, 100);
            if *stale == 0 {
                y.fields.transfer = y.fields.transfer.map(|t| Transfer { rev: Id::generate(), ..t });
            }
            if *stale == 1 {
                y.kernel.deleted_at = Some(y.kernel.updated_at);
            }
            if *keep_x { all.push(x); }
            if *keep_y { all.push(y); }
        }
        let counted = counted(&[a.clone(), b.clone()], &all).unwrap();
        for t in &all {
            let link = t.fields.transfer.unwrap();
            let mine = counted.iter().any(|c| c.kernel.id == t.kernel.id);
            let other = counted.iter().any(|c| c.kernel.id == link.counterpart_id);
            proptest::prop_assert_eq!(mine, other);
        }
        let bal = balances(&[a, b], &all, None).unwrap();
        proptest::prop_assert_eq!(bal[0].balance_minor, -bal[1].balance_minor);
    }

    /// A parent category's spending is exactly the sum of what was booked under it,
    /// and the balances are the openings plus every amount.
    #[test]
    fn spending_rolls_up_exactly(
        items in proptest::collection::vec((0usize..5, -1_000_000i64..1_000_000, 1u8..29), 0..60)
    ) {
        let cats = ["Food", "Food:Groceries", "Food:Groceries:Fruit", "Rent", ""];
        let a = account("A", 777);
        let txs: Vec<Row<Transaction>> = items
            .iter()
            .map(|(c, amt, day)| tx(&a, &format!("2026-12-{day:02}"), *amt, cats[*c]))
            .collect();
        let m: Month = "2026-12".parse().unwrap();
        let s = spending(std::slice::from_ref(&a), &txs, m).unwrap();
        for parent in ["Food", "Food:Groceries", "Rent", UNCATEGORIZED] {
            let expected: i64 = items
                .iter()
                .filter(|(c, _, _)| {
                    let cat = if cats[*c].is_empty() { UNCATEGORIZED } else { cats[*c] };
                    category_under(cat, parent)
                })
                .map(|(_, amt, _)| -amt)
                .sum();
            let got = s.iter().find(|x| x.category == parent).map_or(0, |x| x.spent_minor);
            proptest::prop_assert_eq!(got, expected, "{}", parent);
        }
        let bal = balances(std::slice::from_ref(&a), &txs, None).unwrap();
        proptest::prop_assert_eq!(bal[0].balance_minor, 777 + items.iter().map(|i| i.1).sum::<i64>());
    }
}

#[test]
fn journal_names_are_safe() {
    assert_eq!(ledger_category("Food:Groceries"), "expenses:Food:Groceries");
    assert_eq!(ledger_category("Income:Salary"), "income:Salary");
    assert_eq!(ledger_category("Incomes"), "expenses:Incomes");
    assert_eq!(ledger_category(""), "expenses:Uncategorized");
    assert_eq!(ledger_name("My  Bank: Main;x"), "My Bank- Main-x");
}
