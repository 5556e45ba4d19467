//! Finance reports and the ledger export: pure functions over rows, in checked integer
//! arithmetic (an overflow is an error, never a wrap; never a float).
//!
//! Every report sees the same transactions: live ones, except a transfer side whose
//! counterpart this replica does not hold at the same revision (see [`visible`]). Such a
//! half-arrived pair is shown by no report until both sides are there, so no replica
//! ever counts half a transfer.
//!
//! [`ledger`] writes the hledger/Ledger journal; [`transfer`] builds the two sides of a
//! transfer (the store writes them with its generic pair operations).

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;

use crate::id::Id;
use crate::kernel::Row;
use crate::model::{Account, AccountKind, Budget, Month, Transaction, category_under};
use crate::money::{self, Currency, MoneyError, Rate};
use crate::timestamp::LocalDate;

mod ledger;
mod transfer;

pub use ledger::{ledger_account, ledger_account_name, ledger_category, ledger_journal};
pub(crate) use transfer::check_accounts;
pub use transfer::{TransferPlan, new_transfer};

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
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AccountBalance {
    /// The account.
    pub account_id: Id,
    /// Its name.
    pub name: String,
    /// Its kind.
    pub kind: AccountKind,
    /// Its currency.
    #[cfg_attr(feature = "openapi", schema(value_type = String, example = "EUR"))]
    pub currency_code: Currency,
    /// Opening balance plus every counted transaction up to the date, in minor units.
    pub balance_minor: i64,
    /// The same as decimal text.
    pub balance: String,
}

/// Balance of each account opened by `as_of` (inclusive; `None`: every account): its
/// opening balance plus its transactions booked by then. Accounts opened later are left
/// out.
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
    // An account opened after `as_of` did not exist then: it is left out.
    for a in accounts
        .iter()
        .filter(|a| !a.kernel.is_deleted() && by_date(a.fields.opening_date))
    {
        let f = &a.fields;
        let balance = money::add(
            f.opening_balance_minor,
            sums.get(&a.kernel.id).copied().unwrap_or(0),
        )?;
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
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Total {
    /// The currency.
    #[cfg_attr(feature = "openapi", schema(value_type = String, example = "EUR"))]
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
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
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
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CategorySpending {
    /// The category (every ancestor of a used category appears too).
    pub category: String,
    /// The currency.
    #[cfg_attr(feature = "openapi", schema(value_type = String, example = "EUR"))]
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
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BudgetLine {
    /// The budget's category.
    pub category: String,
    /// Its currency.
    #[cfg_attr(feature = "openapi", schema(value_type = String, example = "EUR"))]
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

#[cfg(test)]
mod tests;
