//! Finance reports and the ledger export: pure functions over rows, in checked integer
//! arithmetic (an overflow is an error, never a wrap; never a float).
//!
//! Every report sees the same transactions: live ones, except a transfer side whose
//! counterpart this replica does not hold at the same revision (see [`visible`]). Such a
//! half-arrived pair is shown by no report until both sides are there, so no replica
//! ever counts half a transfer.

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;

use serde::Serialize;

use crate::id::Id;
use crate::kernel::Row;
use crate::model::{Account, AccountKind, Budget, Month, Transaction, category_under};
use crate::money::{self, Currency, MoneyError, Rate};
use crate::timestamp::LocalDate;

/// The bucket of transactions without a category in spending reports.
pub const UNCATEGORIZED: &str = "Uncategorized";
/// The top-level category of income (left out of spending).
pub const INCOME: &str = "Income";

/// Where a transfer side stands on this replica.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PairState {
    /// Not a transfer.
    Single,
    /// Both sides are here at the same revision.
    Complete,
    /// The other side has not arrived (or not at this revision): hidden from reports.
    Waiting,
}

/// The state of `t`'s pair, given every transaction by id (tombstones included).
pub fn pair_state(t: &Row<Transaction>, by_id: &HashMap<Id, &Row<Transaction>>) -> PairState {
    let Some(link) = t.fields.transfer else {
        return PairState::Single;
    };
    let ok = by_id.get(&link.counterpart_id).is_some_and(|c| {
        c.kernel.is_deleted() == t.kernel.is_deleted()
            && c.fields.transfer.is_some_and(|l| {
                l.counterpart_id == t.kernel.id && l.id == link.id && l.rev == link.rev
            })
    });
    if ok {
        PairState::Complete
    } else {
        PairState::Waiting
    }
}

/// The transactions every report counts: live ones of live accounts, but not transfer
/// sides whose pair is [`PairState::Waiting`]. `all` may include tombstones. A counted
/// transaction in another currency than its account's is an error, never summed.
pub fn counted<'a>(
    accounts: &[Row<Account>],
    all: &'a [Row<Transaction>],
) -> Result<Vec<&'a Row<Transaction>>, ReportError> {
    let live: HashMap<Id, &Row<Account>> = accounts
        .iter()
        .filter(|a| !a.kernel.is_deleted())
        .map(|a| (a.kernel.id, a))
        .collect();
    let by_id: HashMap<Id, &Row<Transaction>> = all.iter().map(|t| (t.kernel.id, t)).collect();
    let mut out = Vec::new();
    for t in all {
        if t.kernel.is_deleted() || pair_state(t, &by_id) == PairState::Waiting {
            continue;
        }
        let Some(a) = live.get(&t.fields.account_id) else {
            continue;
        };
        if a.fields.currency_code != t.fields.currency_code {
            return Err(ReportError::CurrencyMismatch {
                id: t.kernel.id,
                currency: t.fields.currency_code,
                account: a.fields.name.clone(),
                account_currency: a.fields.currency_code,
            });
        }
        out.push(t);
    }
    Ok(out)
}

/// One account's balance.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AccountBalance {
    /// The account.
    pub account_id: Id,
    /// Its name.
    pub name: String,
    /// Its kind.
    pub kind: AccountKind,
    /// Its currency.
    pub currency_code: Currency,
    /// Opening balance plus every counted transaction up to the date, in minor units.
    pub balance_minor: i64,
    /// The same as decimal text.
    pub balance: String,
}

/// Balance of each account as of `as_of` (inclusive; `None`: everything): its opening
/// balance (if opened by then) plus its transactions booked by then.
pub fn balances(
    accounts: &[Row<Account>],
    transactions: &[Row<Transaction>],
    as_of: Option<LocalDate>,
) -> Result<Vec<AccountBalance>, ReportError> {
    let by_date = |d: LocalDate| as_of.is_none_or(|a| d <= a);
    let mut sums: HashMap<Id, i64> = HashMap::new();
    for t in counted(accounts, transactions)? {
        if by_date(t.fields.booking_date) {
            let s = sums.entry(t.fields.account_id).or_insert(0);
            *s = money::add(*s, t.fields.amount_minor)?;
        }
    }
    let mut out = Vec::new();
    for a in accounts.iter().filter(|a| !a.kernel.is_deleted()) {
        let f = &a.fields;
        let opening = if by_date(f.opening_date) {
            f.opening_balance_minor
        } else {
            0
        };
        let balance = money::add(opening, sums.get(&a.kernel.id).copied().unwrap_or(0))?;
        out.push(AccountBalance {
            account_id: a.kernel.id,
            name: f.name.clone(),
            kind: f.kind,
            currency_code: f.currency_code,
            balance_minor: balance,
            balance: f.currency_code.format(balance),
        });
    }
    out.sort_by(|a, b| a.name.cmp(&b.name).then(a.account_id.cmp(&b.account_id)));
    Ok(out)
}

/// A total in one currency.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Total {
    /// The currency.
    pub currency_code: Currency,
    /// Minor units.
    pub amount_minor: i64,
    /// Decimal text.
    pub amount: String,
}

impl Total {
    fn new(currency_code: Currency, amount_minor: i64) -> Self {
        Self {
            currency_code,
            amount_minor,
            amount: currency_code.format(amount_minor),
        }
    }
}

/// Net worth: the sum of balances per currency; never converted silently.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct NetWorth {
    /// One total per currency, in code order.
    pub per_currency: Vec<Total>,
    /// With user-supplied rates: everything in one currency (each currency's total
    /// converted exactly, rounded half to even once per currency).
    pub converted: Option<Total>,
}

/// Rates supplied by the user: one unit of each key currency is `Rate` units of `target`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rates {
    /// The currency to express everything in.
    pub target: Currency,
    /// Per other currency.
    pub rates: BTreeMap<Currency, Rate>,
}

/// Why net worth could not be converted.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ReportError {
    /// An amount overflowed.
    #[error(transparent)]
    Money(#[from] MoneyError),
    /// A transaction's currency is not its account's (written by another client).
    #[error(
        "transaction {id} is in {currency} but its account {account} is in {account_currency}: amounts in different currencies are never added; delete it (lifeos tx rm) and add it again"
    )]
    CurrencyMismatch {
        /// The transaction.
        id: Id,
        /// Its currency.
        currency: Currency,
        /// Its account's name.
        account: String,
        /// The account's currency.
        account_currency: Currency,
    },
    /// A currency held has no rate to the target.
    #[error("no rate for {from} to {to}: add --rate {from}=RATE (1 {from} = RATE {to})")]
    MissingRate {
        /// The currency without a rate.
        from: Currency,
        /// The target.
        to: Currency,
    },
}

/// Net worth per currency from balances, and converted with `rates` if given.
pub fn net_worth(
    balances: &[AccountBalance],
    rates: Option<&Rates>,
) -> Result<NetWorth, ReportError> {
    let mut per: BTreeMap<Currency, i64> = BTreeMap::new();
    for b in balances {
        let s = per.entry(b.currency_code).or_insert(0);
        *s = money::add(*s, b.balance_minor)?;
    }
    let converted = match rates {
        None => None,
        Some(r) => {
            let mut total = 0i64;
            for (&c, &amount) in &per {
                let v = if c == r.target {
                    amount
                } else {
                    let rate = r.rates.get(&c).ok_or(ReportError::MissingRate {
                        from: c,
                        to: r.target,
                    })?;
                    rate.convert(amount, c.digits(), r.target.digits())?
                };
                total = money::add(total, v)?;
            }
            Some(Total::new(r.target, total))
        }
    };
    Ok(NetWorth {
        per_currency: per.into_iter().map(|(c, a)| Total::new(c, a)).collect(),
        converted,
    })
}

/// The category a transaction counts under in spending (uncategorized ones in one bucket).
pub fn spending_category(t: &Transaction) -> &str {
    if t.category.is_empty() {
        UNCATEGORIZED
    } else {
        &t.category
    }
}

fn is_income(category: &str) -> bool {
    category_under(category, INCOME)
}

/// Spending in one category (and currency) in a month.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CategorySpending {
    /// The category (every ancestor of a used category appears too).
    pub category: String,
    /// The currency.
    pub currency_code: Currency,
    /// Spent in this category and its subcategories (outflows minus refunds), minor units.
    pub spent_minor: i64,
    /// Decimal text.
    pub spent: String,
    /// Spent in this category itself, without subcategories.
    pub own_minor: i64,
}

/// Spending by category in `month`: every counted transaction that is not a transfer
/// and not under `Income`, rolled up the category tree, per currency.
pub fn spending(
    accounts: &[Row<Account>],
    transactions: &[Row<Transaction>],
    month: Month,
) -> Result<Vec<CategorySpending>, ReportError> {
    let mut own: BTreeMap<(String, Currency), i64> = BTreeMap::new();
    let mut total: BTreeMap<(String, Currency), i64> = BTreeMap::new();
    for t in counted(accounts, transactions)? {
        let f = &t.fields;
        if f.transfer.is_some() || !month.contains(f.booking_date) {
            continue;
        }
        let cat = spending_category(f);
        if is_income(cat) {
            continue;
        }
        let spent = money::neg(f.amount_minor)?;
        let o = own.entry((cat.to_owned(), f.currency_code)).or_insert(0);
        *o = money::add(*o, spent)?;
        let mut prefix = String::new();
        for seg in cat.split(':') {
            if !prefix.is_empty() {
                prefix.push(':');
            }
            prefix.push_str(seg);
            let s = total.entry((prefix.clone(), f.currency_code)).or_insert(0);
            *s = money::add(*s, spent)?;
        }
    }
    Ok(total
        .into_iter()
        .map(|((category, c), spent)| CategorySpending {
            own_minor: own.get(&(category.clone(), c)).copied().unwrap_or(0),
            category,
            currency_code: c,
            spent_minor: spent,
            spent: c.format(spent),
        })
        .collect())
}

/// One line of a budget report.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct BudgetLine {
    /// The budget's category.
    pub category: String,
    /// Its currency.
    pub currency_code: Currency,
    /// Budgeted, minor units.
    pub budget_minor: i64,
    /// Spent in the category and its subcategories, in that currency.
    pub spent_minor: i64,
    /// Budget minus spent (negative: overspent).
    pub left_minor: i64,
    /// Budgeted, decimal text.
    pub budget: String,
    /// Spent, decimal text.
    pub spent: String,
    /// Left, decimal text.
    pub left: String,
}

/// Budget against actual spending for `month`, one line per live budget of that month.
pub fn budget_report(
    budgets: &[Row<Budget>],
    accounts: &[Row<Account>],
    transactions: &[Row<Transaction>],
    month: Month,
) -> Result<Vec<BudgetLine>, ReportError> {
    let spent = spending(accounts, transactions, month)?;
    let mut out = Vec::new();
    for b in budgets
        .iter()
        .filter(|b| !b.kernel.is_deleted() && b.fields.month == month)
    {
        let f = &b.fields;
        let s = spent
            .iter()
            .find(|s| s.category == f.category && s.currency_code == f.currency_code)
            .map_or(0, |s| s.spent_minor);
        let left = money::sub(f.amount_minor, s)?;
        let c = f.currency_code;
        out.push(BudgetLine {
            category: f.category.clone(),
            currency_code: c,
            budget_minor: f.amount_minor,
            spent_minor: s,
            left_minor: left,
            budget: c.format(f.amount_minor),
            spent: c.format(s),
            left: c.format(left),
        });
    }
    out.sort_by(|a, b| {
        a.category
            .cmp(&b.category)
            .then(a.currency_code.cmp(&b.currency_code))
    });
    Ok(out)
}

/// The journal account of a LifeOS account: `assets:NAME` or `liabilities:NAME`, the
/// name made safe for a journal (`:` `;` and brackets → `-`, runs of spaces → one space).
/// A name that had to be cleaned also gets the end of the account's id, so two accounts
/// never share a journal account.
pub fn ledger_account(a: &Row<Account>) -> String {
    ledger_account_name(a.fields.kind, &a.fields.name, a.kernel.id)
}

/// [`ledger_account`] from an account's kind, name and id.
pub fn ledger_account_name(kind: AccountKind, name: &str, id: Id) -> String {
    let root = if kind.is_liability() {
        "liabilities"
    } else {
        "assets"
    };
    let clean = ledger_name(name);
    if clean == name {
        format!("{root}:{clean}")
    } else {
        let id = id.to_string();
        format!("{root}:{clean} {}", id.get(16..).unwrap_or(&id))
    }
}

fn ledger_name(name: &str) -> String {
    let cleaned: String = name
        .chars()
        .map(|c| match c {
            ':' | ';' | '(' | ')' | '[' | ']' => '-',
            c if c.is_whitespace() || c.is_control() => ' ',
            c => c,
        })
        .collect();
    cleaned
        .split(' ')
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The journal account of a category: `income:…` under `Income`, else `expenses:…`.
pub fn ledger_category(category: &str) -> String {
    let c = if category.is_empty() {
        UNCATEGORIZED
    } else {
        category
    };
    match c.strip_prefix(INCOME) {
        Some("") => "income".to_owned(),
        Some(rest) if rest.starts_with(':') => format!("income{rest}"),
        _ => format!("expenses:{c}"),
    }
}

fn one_line(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect::<String>()
        .trim()
        .to_owned()
}

/// The accounts, opening balances and counted transactions as an hledger/Ledger
/// journal. A transfer is one journal transaction with both sides (a cross-currency one
/// with its `@@` total price). `hledger bal` on it equals [`balances`] per account.
pub fn ledger_journal(
    accounts: &[Row<Account>],
    transactions: &[Row<Transaction>],
) -> Result<String, ReportError> {
    let mut out = String::new();
    out.push_str("; LifeOS finance export\ndecimal-mark .\n");
    let live: Vec<&Row<Account>> = accounts.iter().filter(|a| !a.kernel.is_deleted()).collect();
    let names: HashMap<Id, String> = live
        .iter()
        .map(|a| (a.kernel.id, ledger_account(a)))
        .collect();
    let mut currencies: Vec<Currency> = live.iter().map(|a| a.fields.currency_code).collect();
    currencies.extend(transactions.iter().map(|t| t.fields.currency_code));
    currencies.sort();
    currencies.dedup();
    for c in &currencies {
        // `commodity 1000.00 EUR`: the display precision is the currency's.
        let sample = 10i64.pow(u32::from(c.digits())) * 1000;
        // A decimal point even without decimals (`1000. JPY`), as hledger asks.
        let point = if c.digits() == 0 { "." } else { "" };
        let _ = writeln!(out, "commodity {}{point} {}", c.format(sample), c.code());
    }
    for a in &live {
        let _ = writeln!(out, "account {}", names[&a.kernel.id]);
    }
    out.push('\n');
    let amount = |c: Currency, minor: i64| format!("{} {}", c.format(minor), c.code());
    // Entries: (date, id, text) so the journal is in date order, stable.
    let mut entries: Vec<(LocalDate, String, String)> = Vec::new();
    for a in &live {
        let f = &a.fields;
        if f.opening_balance_minor != 0 {
            let neg = f.opening_balance_minor.checked_neg();
            let mut e = format!("{} opening balance\n", f.opening_date);
            let _ = writeln!(
                e,
                "    {}  {}",
                names[&a.kernel.id],
                amount(f.currency_code, f.opening_balance_minor)
            );
            match neg {
                Some(n) => {
                    let _ = writeln!(
                        e,
                        "    equity:opening balances  {}",
                        amount(f.currency_code, n)
                    );
                }
                None => e.push_str("    equity:opening balances\n"),
            }
            entries.push((f.opening_date, a.kernel.id.to_string(), e));
        }
    }
    let shown = counted(accounts, transactions)?;
    let by_id: HashMap<Id, &Row<Transaction>> = shown.iter().map(|t| (t.kernel.id, *t)).collect();
    for t in &shown {
        let f = &t.fields;
        let Some(account) = names.get(&f.account_id) else {
            continue;
        };
        let status = if f.cleared { "* " } else { "" };
        let payee = one_line(&f.payee);
        let mut e = String::new();
        match f.transfer {
            Some(link) => {
                let Some((other, other_account)) = by_id
                    .get(&link.counterpart_id)
                    .and_then(|o| names.get(&o.fields.account_id).map(|n| (*o, n)))
                else {
                    // The other side's account was deleted (on another device): this
                    // side still counts, against equity.
                    let _ = writeln!(e, "{} {status}{}", f.booking_date, payee);
                    let _ = writeln!(
                        e,
                        "    {account}  {}",
                        amount(f.currency_code, f.amount_minor)
                    );
                    let _ = writeln!(e, "    equity:transfers with deleted accounts");
                    entries.push((f.booking_date, t.kernel.id.to_string(), e));
                    continue;
                };
                // Written once, from the side with the smaller id.
                if link.counterpart_id < t.kernel.id {
                    continue;
                }
                let o = &other.fields;
                let desc = if payee.is_empty() {
                    "Transfer".to_owned()
                } else {
                    payee
                };
                let _ = writeln!(e, "{} {status}{desc}", f.booking_date);
                let _ = writeln!(e, "    ; transfer:{}", link.id);
                if f.currency_code == o.currency_code {
                    let _ = writeln!(
                        e,
                        "    {account}  {}",
                        amount(f.currency_code, f.amount_minor)
                    );
                } else {
                    let _ = writeln!(
                        e,
                        "    {account}  {} @@ {}",
                        amount(f.currency_code, f.amount_minor),
                        amount(
                            o.currency_code,
                            o.amount_minor.checked_abs().unwrap_or(i64::MAX)
                        )
                    );
                }
                let date_tag = if o.booking_date != f.booking_date {
                    format!("  ; date:{}", o.booking_date)
                } else {
                    String::new()
                };
                let _ = writeln!(
                    e,
                    "    {other_account}  {}{date_tag}",
                    amount(o.currency_code, o.amount_minor)
                );
            }
            None => {
                let _ = writeln!(e, "{} {status}{payee}", f.booking_date);
                let memo = one_line(&f.memo);
                if !memo.is_empty() {
                    let _ = writeln!(e, "    ; {memo}");
                }
                let _ = writeln!(
                    e,
                    "    {account}  {}",
                    amount(f.currency_code, f.amount_minor)
                );
                let cat = ledger_category(&f.category);
                match f.amount_minor.checked_neg() {
                    Some(n) => {
                        let _ = writeln!(e, "    {cat}  {}", amount(f.currency_code, n));
                    }
                    None => {
                        let _ = writeln!(e, "    {cat}");
                    }
                }
            }
        }
        entries.push((f.booking_date, t.kernel.id.to_string(), e));
    }
    entries.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.cmp(&b.1)));
    for (_, _, e) in entries {
        out.push_str(&e);
        out.push('\n');
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
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

    fn pair(
        a: &Row<Account>,
        b: &Row<Account>,
        amount: i64,
    ) -> (Row<Transaction>, Row<Transaction>) {
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
        assert_eq!(bal[0].balance_minor, 0, "not opened yet");
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
}
