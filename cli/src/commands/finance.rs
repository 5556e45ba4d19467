//! Finance commands: accounts, transactions (and transfers, both sides as one), budgets,
//! the reports, CSV import and the ledger export.

use std::collections::{BTreeMap, HashMap};
use std::io::{Read, Write};

use anyhow::Context;
use clap::Parser;
use lifeos_core::finance::{self, PairState, Rates};
use lifeos_core::model::{Account, Budget, Month, Transaction, category_under, check_category};
use lifeos_core::money::{Currency, DecimalStyle, Rate};
use lifeos_core::store::{Filter, ListQuery, Store, StoreError};
use lifeos_core::{Id, IdPrefix, LocalDate, Row};
use serde::Serialize;
use sha2::Digest;

use super::{Ctx, apply_tags, dedup};
use crate::UsageError;
use crate::args::*;
use crate::output;

fn usage(msg: impl Into<String>) -> anyhow::Error {
    UsageError(msg.into()).into()
}

fn all<E: lifeos_core::Entity>(
    store: &Store,
    include_deleted: bool,
) -> anyhow::Result<Vec<Row<E>>> {
    Ok(store.list::<E>(&ListQuery {
        include_deleted,
        ..ListQuery::default()
    })?)
}

/// The live account with this exact name (or, failing that, the one whose name matches
/// ignoring case), or the one whose id starts with this prefix.
pub(super) fn find_account(store: &Store, text: &str) -> anyhow::Result<Row<Account>> {
    let live = all::<Account>(store, false)?;
    let exact: Vec<&Row<Account>> = live.iter().filter(|a| a.fields.name == text).collect();
    if let [one] = exact.as_slice() {
        return Ok((*one).clone());
    }
    let folded: Vec<&Row<Account>> = live
        .iter()
        .filter(|a| a.fields.name.to_lowercase() == text.to_lowercase())
        .collect();
    if let [one] = folded.as_slice() {
        return Ok((*one).clone());
    }
    if let Ok(prefix) = text.parse::<IdPrefix>() {
        match store.resolve::<Account>(&prefix) {
            Ok(id) => return Ok(store.get::<Account>(id)?),
            Err(StoreError::NotFound { .. }) => {}
            Err(e) => return Err(e.into()),
        }
    }
    if folded.len() > 1 {
        return Err(usage(format!(
            "{} accounts are named '{}': use the id",
            folded.len(),
            lifeos_core::validate::clip(text)
        )));
    }
    Err(usage(format!(
        "no account named '{}' or with that id (see lifeos account list)",
        lifeos_core::validate::clip(text)
    )))
}

fn check_unique_name(store: &Store, name: &str, except: Option<Id>) -> anyhow::Result<()> {
    let clash = all::<Account>(store, false)?.into_iter().any(|a| {
        Some(a.kernel.id) != except && a.fields.name.to_lowercase() == name.to_lowercase()
    });
    if clash {
        return Err(usage(format!(
            "an account named '{}' exists: account names are unique",
            lifeos_core::validate::clip(name)
        )));
    }
    Ok(())
}

fn amount(c: Currency, text: &str) -> anyhow::Result<i64> {
    c.parse(text, DecimalStyle::Point)
        .map_err(|e| usage(e.to_string()))
}

fn today() -> LocalDate {
    LocalDate::new(crate::parse::today())
}

fn this_month() -> Month {
    Month::of(today())
}

fn money(c: Currency, minor: i64) -> String {
    format!("{} {}", c.format(minor), c.code())
}

pub(super) fn account<W: Write>(ctx: &mut Ctx<'_, W>, cmd: AccountCmd) -> anyhow::Result<()> {
    match cmd {
        AccountCmd::Add(a) => {
            check_unique_name(&ctx.store, &a.name, None)?;
            let opening = match &a.opening {
                Some(t) => amount(a.currency, t)?,
                None => 0,
            };
            ctx.create(Account {
                name: a.name,
                kind: a.kind,
                currency_code: a.currency,
                opening_balance_minor: opening,
                opening_date: a.opened.unwrap_or_else(today),
                archived: false,
            })
        }
        AccountCmd::List(l) => {
            let mut rows = all::<Account>(&ctx.store, l.all)?;
            if !l.all {
                rows.retain(|a| !a.fields.archived);
            }
            rows.sort_by(|a, b| a.fields.name.cmp(&b.fields.name));
            output::rows(ctx.out, ctx.format, &rows)
        }
        AccountCmd::Show(a) => {
            let row = find_account(&ctx.store, &a.account)?;
            ctx.print(&row)
        }
        AccountCmd::Edit(e) => {
            let row = find_account(&ctx.store, &e.target.account)?;
            if let Some(n) = &e.name {
                check_unique_name(&ctx.store, n, Some(row.kernel.id))?;
            }
            let opening = e
                .opening
                .as_deref()
                .map(|t| amount(row.fields.currency_code, t))
                .transpose()?;
            let updated =
                ctx.store
                    .update::<Account>(row.kernel.id, e.target.expect_version, |a, _| {
                        if let Some(n) = &e.name {
                            a.name = n.clone();
                        }
                        if let Some(k) = e.kind {
                            a.kind = k;
                        }
                        if let Some(o) = opening {
                            a.opening_balance_minor = o;
                        }
                        if let Some(d) = e.opened {
                            a.opening_date = d;
                        }
                        if e.archive {
                            a.archived = true;
                        }
                        if e.unarchive {
                            a.archived = false;
                        }
                        Ok(())
                    })?;
            ctx.print(&updated)
        }
        AccountCmd::Rm(t) => {
            let row = find_account(&ctx.store, &t.account)?;
            let used = all::<Transaction>(&ctx.store, false)?
                .iter()
                .filter(|x| x.fields.account_id == row.kernel.id)
                .count();
            if used > 0 {
                return Err(usage(format!(
                    "{} has {used} transactions: delete them first, or archive the account (lifeos account edit --archive)",
                    row.fields.name
                )));
            }
            let done = ctx
                .store
                .delete::<Account>(row.kernel.id, t.expect_version)?;
            ctx.print(&done)
        }
        AccountCmd::Restore(t) => {
            // A deleted account is found by id only.
            let prefix: IdPrefix = t
                .account
                .parse()
                .map_err(|e: lifeos_core::IdError| usage(e.to_string()))?;
            let id = ctx.store.resolve::<Account>(&prefix)?;
            let done = ctx.store.restore::<Account>(id, t.expect_version)?;
            ctx.print(&done)
        }
    }
}

/// `tx add`'s options may also come after `--` and the amount (as the examples show).
#[derive(Debug, Parser)]
#[command(name = "tx add", no_binary_name = true)]
struct Tail {
    #[command(flatten)]
    options: TxOptions,
    /// The output format may come last too.
    #[arg(long, value_enum)]
    format: Option<Format>,
}

fn merge_options(
    before: TxOptions,
    after: &[String],
) -> anyhow::Result<(TxOptions, Option<Format>)> {
    if after.is_empty() {
        return Ok((before, None));
    }
    let tail = Tail::try_parse_from(after).map_err(|e| {
        let text = e.render().to_string();
        usage(
            text.lines()
                .next()
                .unwrap_or("bad option")
                .trim_start_matches("error: ")
                .to_owned(),
        )
    })?;
    let t = tail.options;
    Ok((
        TxOptions {
            date: t.date.or(before.date),
            category: t.category.or(before.category),
            memo: t.memo.or(before.memo),
            tag: before.tag.into_iter().chain(t.tag).collect(),
            cleared: before.cleared || t.cleared,
        },
        tail.format,
    ))
}

fn tabulate(
    store: &Store,
    rows: &[Row<Transaction>],
    states: &[PairState],
) -> anyhow::Result<Vec<Vec<String>>> {
    let names: HashMap<Id, String> = all::<Account>(store, true)?
        .into_iter()
        .map(|a| (a.kernel.id, a.fields.name))
        .collect();
    Ok(rows
        .iter()
        .zip(states)
        .map(|(r, s)| {
            let f = &r.fields;
            let mut flags = Vec::new();
            if f.cleared {
                flags.push("cleared");
            }
            match s {
                PairState::Complete => flags.push("transfer"),
                PairState::Waiting => flags.push("transfer, other side not synced yet"),
                PairState::Single => {}
            }
            if r.kernel.is_deleted() {
                flags.push("deleted");
            }
            vec![
                r.kernel.id.to_string(),
                f.booking_date.to_string(),
                names
                    .get(&f.account_id)
                    .cloned()
                    .unwrap_or_else(|| f.account_id.to_string()),
                money(f.currency_code, f.amount_minor),
                f.payee.clone(),
                f.category.clone(),
                flags.join(", "),
            ]
        })
        .collect())
}

const TX_COLUMNS: &[&str] = &[
    "ID", "DATE", "ACCOUNT", "AMOUNT", "PAYEE", "CATEGORY", "FLAGS",
];

fn print_pair<W: Write>(
    ctx: &mut Ctx<'_, W>,
    x: Row<Transaction>,
    y: Row<Transaction>,
) -> anyhow::Result<()> {
    output::rows(ctx.out, ctx.format, &[x, y])
}

pub(super) fn tx<W: Write>(ctx: &mut Ctx<'_, W>, cmd: TxCmd) -> anyhow::Result<()> {
    match cmd {
        TxCmd::Add(a) => {
            let split = a
                .args
                .iter()
                .position(|x| x.starts_with("--") && x.len() > 2)
                .unwrap_or(a.args.len());
            let (positional, rest) = a.args.split_at(split);
            let (amount_text, payee) = match positional {
                [amount] => (amount, String::new()),
                [amount, payee] => (amount, payee.clone()),
                _ => {
                    return Err(usage(
                        "expected AMOUNT and at most one PAYEE (quote a payee with spaces)",
                    ));
                }
            };
            let (o, format) = merge_options(a.options, rest)?;
            if let Some(f) = format {
                if f == Format::Ledger {
                    return Err(usage("--format ledger is only for finance export"));
                }
                ctx.format = f;
            }
            let account = find_account(&ctx.store, &a.account)?;
            let c = account.fields.currency_code;
            let mut t = Transaction::new(
                account.kernel.id,
                o.date.unwrap_or_else(today),
                amount(c, amount_text)?,
                c,
            );
            t.payee = payee;
            t.category = o.category.unwrap_or_default();
            check_category("category", &t.category)?;
            t.memo = o.memo.unwrap_or_default();
            t.tags = dedup(&o.tag);
            t.cleared = o.cleared;
            ctx.create(t)
        }
        TxCmd::List(l) => {
            let account = l
                .account
                .as_deref()
                .map(|a| find_account(&ctx.store, a))
                .transpose()?;
            let mut filters = Vec::new();
            if let Some(a) = &account {
                filters.push(Filter::In("account_id", vec![a.kernel.id.to_string()]));
            }
            if let Some(tag) = &l.common.tag {
                filters.push(Filter::HasTag(tag.clone()));
            }
            let everything = all::<Transaction>(&ctx.store, true)?;
            let by_id: HashMap<Id, &Row<Transaction>> =
                everything.iter().map(|t| (t.kernel.id, t)).collect();
            let mut rows = ctx.store.list::<Transaction>(&ListQuery {
                include_deleted: l.common.all,
                filters,
                search: l.common.search.clone(),
            })?;
            rows.retain(|t| {
                let f = &t.fields;
                l.category
                    .as_deref()
                    .is_none_or(|c| category_under(&f.category, c))
                    && l.from.is_none_or(|d| f.booking_date >= d)
                    && l.to.is_none_or(|d| f.booking_date <= d)
            });
            let mut states: Vec<PairState> = rows
                .iter()
                .map(|t| finance::pair_state(t, &by_id))
                .collect();
            if !l.common.all {
                // A transfer whose other side has not arrived is not shown (nor counted).
                let keep: Vec<bool> = states.iter().map(|s| *s != PairState::Waiting).collect();
                let mut k = keep.iter();
                rows.retain(|_| *k.next().unwrap_or(&true));
                states.retain(|s| *s != PairState::Waiting);
            }
            let mut order: Vec<usize> = (0..rows.len()).collect();
            order.sort_by(|&i, &j| {
                (rows[i].fields.booking_date, rows[i].kernel.id)
                    .cmp(&(rows[j].fields.booking_date, rows[j].kernel.id))
            });
            let rows: Vec<Row<Transaction>> = order.iter().map(|&i| rows[i].clone()).collect();
            let states: Vec<PairState> = order.iter().map(|&i| states[i]).collect();
            if ctx.format == Format::Table {
                let cells = tabulate(&ctx.store, &rows, &states)?;
                output::table(ctx.out, TX_COLUMNS, &cells)?;
                Ok(())
            } else {
                output::rows(ctx.out, ctx.format, &rows)
            }
        }
        TxCmd::Show(a) => ctx.show::<Transaction>(&a),
        TxCmd::Edit(e) => {
            let id = ctx.id::<Transaction>(&e.target.id)?;
            let row = ctx.store.get::<Transaction>(id)?;
            let new_amount = e
                .amount
                .as_deref()
                .map(|t| amount(row.fields.currency_code, t))
                .transpose()?;
            if let Some(c) = &e.category {
                check_category("category", c)?;
            }
            let edit_common = |t: &mut Transaction| {
                if let Some(v) = &e.payee {
                    t.payee = v.clone();
                }
                if let Some(v) = &e.memo {
                    t.memo = v.clone();
                }
                if let Some(d) = e.date {
                    t.booking_date = d;
                }
                apply_tags(&mut t.tags, &e.tags);
            };
            match row.fields.transfer {
                None => {
                    if e.other_amount.is_some() {
                        return Err(usage("--other-amount is for transfers"));
                    }
                    ctx.edit::<Transaction>(&e.target, |t, _| {
                        edit_common(t);
                        if let Some(a) = new_amount {
                            t.amount_minor = a;
                        }
                        if let Some(c) = &e.category {
                            t.category = c.clone();
                        }
                        if e.cleared {
                            t.cleared = true;
                        }
                        if e.uncleared {
                            t.cleared = false;
                        }
                        Ok(())
                    })
                }
                Some(link) => {
                    if e.category.as_deref().is_some_and(|c| !c.is_empty()) {
                        return Err(usage("a transfer has no category"));
                    }
                    let other =
                        ctx.store
                            .get::<Transaction>(link.counterpart_id)
                            .map_err(|_| {
                                anyhow::Error::from(StoreError::half_pair::<Transaction>(id))
                            })?;
                    let oc = other.fields.currency_code;
                    let other_amount = match (&e.other_amount, new_amount) {
                        (Some(t), _) => Some(
                            amount(oc, t)?
                                .checked_abs()
                                .ok_or_else(|| usage("amount too large"))?,
                        ),
                        (None, Some(a)) if oc == row.fields.currency_code => {
                            Some(a.checked_abs().ok_or_else(|| usage("amount too large"))?)
                        }
                        (None, Some(_)) => {
                            return Err(usage(format!(
                                "the other side is in {oc}: give its amount with --other-amount"
                            )));
                        }
                        (None, None) => None,
                    };
                    let (x, y) = ctx.store.batch(|b| {
                        b.update_transfer(id, e.target.expect_version, |this, other| {
                            edit_common(this);
                            edit_common(other);
                            if let Some(a) = new_amount {
                                this.amount_minor = a;
                            }
                            if let Some(o) = other_amount {
                                // The other side moves the opposite way.
                                other.amount_minor = if this.amount_minor < 0 { o } else { -o };
                            }
                            if e.cleared {
                                this.cleared = true;
                            }
                            if e.uncleared {
                                this.cleared = false;
                            }
                            Ok(())
                        })
                    })?;
                    print_pair(ctx, x, y)
                }
            }
        }
        TxCmd::Rm(t) => {
            let id = ctx.id::<Transaction>(&t.id)?;
            if ctx.store.get::<Transaction>(id)?.fields.transfer.is_some() {
                let (x, y) = ctx
                    .store
                    .batch(|b| b.delete_transfer(id, t.expect_version))?;
                print_pair(ctx, x, y)
            } else {
                ctx.rm::<Transaction>(&t)
            }
        }
        TxCmd::Restore(t) => {
            let id = ctx.id::<Transaction>(&t.id)?;
            if ctx.store.get::<Transaction>(id)?.fields.transfer.is_some() {
                let (x, y) = ctx
                    .store
                    .batch(|b| b.restore_transfer(id, t.expect_version))?;
                print_pair(ctx, x, y)
            } else {
                ctx.restore::<Transaction>(&t)
            }
        }
        TxCmd::Import(i) => import_csv(ctx, &i),
    }
}

pub(super) fn transfer<W: Write>(ctx: &mut Ctx<'_, W>, cmd: TransferCmd) -> anyhow::Result<()> {
    let TransferCmd::Add(a) = cmd;
    let from = find_account(&ctx.store, &a.from)?;
    let to = find_account(&ctx.store, &a.to)?;
    if from.kernel.id == to.kernel.id {
        return Err(usage("--from and --to are the same account"));
    }
    let (fc, tc) = (from.fields.currency_code, to.fields.currency_code);
    let out = amount(fc, &a.amount)?;
    if out <= 0 {
        return Err(usage(
            "a transfer's amount is positive (swap --from and --to to reverse it)",
        ));
    }
    let into = match (&a.to_amount, fc == tc) {
        (None, true) => out,
        (Some(t), _) => {
            let v = amount(tc, t)?;
            if v <= 0 {
                return Err(usage("--to-amount is positive"));
            }
            if fc == tc && v != out {
                return Err(usage(
                    "both accounts are in the same currency: --to-amount must equal the amount",
                ));
            }
            v
        }
        (None, false) => {
            return Err(usage(format!(
                "{} is in {fc} and {} in {tc}: give the amount that arrives with --to-amount",
                from.fields.name, to.fields.name
            )));
        }
    };
    let date = a.date.unwrap_or_else(today);
    let mk = |account: &Row<Account>, amount_minor: i64| {
        let mut t = Transaction::new(
            account.kernel.id,
            date,
            amount_minor,
            account.fields.currency_code,
        );
        t.payee = a.payee.clone().unwrap_or_default();
        t.memo = a.memo.clone().unwrap_or_default();
        t
    };
    let (x, y) = ctx
        .store
        .batch(|b| b.create_transfer(mk(&from, -out), mk(&to, into)))?;
    print_pair(ctx, x, y)
}

pub(super) fn budget<W: Write>(ctx: &mut Ctx<'_, W>, cmd: BudgetCmd) -> anyhow::Result<()> {
    match cmd {
        BudgetCmd::Set(s) => {
            if s.category.is_empty() {
                return Err(usage("a budget needs a category"));
            }
            check_category("category", &s.category)?;
            let month = s.month.unwrap_or_else(this_month);
            let currency = match s.currency {
                Some(c) => c,
                None => {
                    let mut cs: Vec<Currency> = all::<Account>(&ctx.store, false)?
                        .iter()
                        .map(|a| a.fields.currency_code)
                        .collect();
                    cs.sort();
                    cs.dedup();
                    match cs.as_slice() {
                        [one] => *one,
                        [] => return Err(usage("give --currency (you have no accounts yet)")),
                        many => {
                            return Err(usage(format!(
                                "give --currency (your accounts use {})",
                                many.iter().map(|c| c.code()).collect::<Vec<_>>().join(", ")
                            )));
                        }
                    }
                }
            };
            let minor = amount(currency, &s.amount)?;
            if minor < 0 {
                return Err(usage("a budget is zero or more"));
            }
            let existing = all::<Budget>(&ctx.store, false)?.into_iter().find(|b| {
                b.fields.category == s.category
                    && b.fields.month == month
                    && b.fields.currency_code == currency
            });
            match existing {
                Some(b) => {
                    let row = ctx.store.update::<Budget>(b.kernel.id, None, |f, _| {
                        f.amount_minor = minor;
                        Ok(())
                    })?;
                    ctx.print(&row)
                }
                None => ctx.create(Budget {
                    category: s.category,
                    month,
                    amount_minor: minor,
                    currency_code: currency,
                }),
            }
        }
        BudgetCmd::List(l) => {
            let mut rows = all::<Budget>(&ctx.store, false)?;
            rows.retain(|b| l.month.is_none_or(|m| b.fields.month == m));
            rows.sort_by(|a, b| {
                (a.fields.month, &a.fields.category).cmp(&(b.fields.month, &b.fields.category))
            });
            output::rows(ctx.out, ctx.format, &rows)
        }
        BudgetCmd::Rm(t) => ctx.rm::<Budget>(&t),
        BudgetCmd::Report(m) => {
            let month = m.month.unwrap_or_else(this_month);
            let budgets = all::<Budget>(&ctx.store, false)?;
            let accounts = all::<Account>(&ctx.store, false)?;
            let txs = all::<Transaction>(&ctx.store, true)?;
            let lines = finance::budget_report(&budgets, &accounts, &txs, month)?;
            if ctx.format == Format::Table {
                let cells: Vec<Vec<String>> = lines
                    .iter()
                    .map(|l| {
                        vec![
                            l.category.clone(),
                            l.budget.clone(),
                            l.spent.clone(),
                            l.left.clone(),
                            l.currency_code.to_string(),
                        ]
                    })
                    .collect();
                output::table(
                    ctx.out,
                    &["CATEGORY", "BUDGET", "SPENT", "LEFT", "CURRENCY"],
                    &cells,
                )?;
                Ok(())
            } else {
                output::list(ctx.out, ctx.format, &lines)
            }
        }
    }
}

/// The `balance` report.
#[derive(Serialize)]
struct BalanceReport {
    as_of: Option<LocalDate>,
    accounts: Vec<finance::AccountBalance>,
    net_worth: finance::NetWorth,
}

fn rates(target: Option<Currency>, texts: &[String]) -> anyhow::Result<Option<Rates>> {
    let Some(target) = target else {
        return Ok(None);
    };
    let mut rates = BTreeMap::new();
    for t in texts {
        let (c, r) = t
            .split_once('=')
            .ok_or_else(|| usage(format!("--rate {t}: use CUR=RATE, e.g. USD=0.92")))?;
        let c = Currency::from_code(c).map_err(|e| usage(e.to_string()))?;
        let r = Rate::parse(r).map_err(|e| usage(e.to_string()))?;
        rates.insert(c, r);
    }
    Ok(Some(Rates { target, rates }))
}

pub(super) fn balance<W: Write>(ctx: &mut Ctx<'_, W>, a: BalanceArgs) -> anyhow::Result<()> {
    let rates = rates(a.target, &a.rate)?;
    let mut accounts = all::<Account>(&ctx.store, false)?;
    if !a.all {
        accounts.retain(|x| !x.fields.archived);
    }
    let txs = all::<Transaction>(&ctx.store, true)?;
    let balances = finance::balances(&accounts, &txs, a.as_of)?;
    let net_worth = finance::net_worth(&balances, rates.as_ref())?;
    let report = BalanceReport {
        as_of: a.as_of,
        accounts: balances,
        net_worth,
    };
    if ctx.format != Format::Table {
        return output::one(ctx.out, ctx.format, &report);
    }
    let mut cells: Vec<Vec<String>> = report
        .accounts
        .iter()
        .map(|b| {
            vec![
                b.name.clone(),
                b.kind.as_str().to_owned(),
                b.balance.clone(),
                b.currency_code.to_string(),
            ]
        })
        .collect();
    for t in &report.net_worth.per_currency {
        cells.push(vec![
            "Net worth".into(),
            String::new(),
            t.amount.clone(),
            t.currency_code.to_string(),
        ]);
    }
    if let Some(t) = &report.net_worth.converted {
        cells.push(vec![
            "Net worth (at your rates)".into(),
            String::new(),
            t.amount.clone(),
            t.currency_code.to_string(),
        ]);
    }
    output::table(ctx.out, &["ACCOUNT", "KIND", "BALANCE", "CURRENCY"], &cells)?;
    Ok(())
}

pub(super) fn spending<W: Write>(ctx: &mut Ctx<'_, W>, m: MonthArg) -> anyhow::Result<()> {
    let month = m.month.unwrap_or_else(this_month);
    let accounts = all::<Account>(&ctx.store, false)?;
    let txs = all::<Transaction>(&ctx.store, true)?;
    let rows = finance::spending(&accounts, &txs, month)?;
    if ctx.format == Format::Table {
        let cells: Vec<Vec<String>> = rows
            .iter()
            .map(|r| {
                vec![
                    r.category.clone(),
                    r.spent.clone(),
                    r.currency_code.to_string(),
                ]
            })
            .collect();
        output::table(ctx.out, &["CATEGORY", "SPENT", "CURRENCY"], &cells)?;
        Ok(())
    } else {
        output::list(ctx.out, ctx.format, &rows)
    }
}

pub(super) fn finance<W: Write>(ctx: &mut Ctx<'_, W>, cmd: FinanceCmd) -> anyhow::Result<()> {
    let FinanceCmd::Export = cmd;
    let accounts = all::<Account>(&ctx.store, true)?;
    let txs = all::<Transaction>(&ctx.store, true)?;
    ctx.out
        .write_all(finance::ledger_journal(&accounts, &txs)?.as_bytes())?;
    Ok(())
}

/// Largest CSV file read: 64 MiB.
const MAX_CSV_BYTES: u64 = 64 << 20;

/// Which CSV column holds each field.
struct ColumnMap {
    date: usize,
    amount: usize,
    payee: Option<usize>,
    memo: Option<usize>,
    category: Option<usize>,
}

fn column_map(map: &str, headers: &csv::StringRecord) -> anyhow::Result<ColumnMap> {
    let mut named: HashMap<String, usize> = HashMap::new();
    for pair in map.split(',').filter(|p| !p.trim().is_empty()) {
        let (field, column) = pair
            .split_once('=')
            .ok_or_else(|| usage(format!("--map: '{pair}' is not FIELD=COLUMN")))?;
        let field = field.trim().to_lowercase();
        if !["date", "amount", "payee", "memo", "category"].contains(&field.as_str()) {
            return Err(usage(format!(
                "--map: unknown field '{field}' (date, amount, payee, memo, category)"
            )));
        }
        let column = column.trim();
        let index = headers
            .iter()
            .position(|h| h.trim() == column)
            .ok_or_else(|| {
                usage(format!(
                    "--map: the file has no column '{}' (its columns: {})",
                    lifeos_core::validate::clip(column),
                    headers.iter().map(str::trim).collect::<Vec<_>>().join(", ")
                ))
            })?;
        named.insert(field, index);
    }
    let need = |f: &str| {
        named
            .get(f)
            .copied()
            .ok_or_else(|| usage(format!("--map needs {f}=COLUMN")))
    };
    Ok(ColumnMap {
        date: need("date")?,
        amount: need("amount")?,
        payee: named.get("payee").copied(),
        memo: named.get("memo").copied(),
        category: named.get("category").copied(),
    })
}

/// A `%Y-%m-%d` style format as a `time` format description.
fn date_format(f: &str) -> anyhow::Result<Vec<time::format_description::OwnedFormatItem>> {
    let mut desc = String::new();
    let mut chars = f.chars();
    while let Some(c) = chars.next() {
        if c == '%' {
            match chars.next() {
                Some('Y') => desc.push_str("[year]"),
                Some('m') => desc.push_str("[month]"),
                Some('d') => desc.push_str("[day]"),
                Some('b') => desc.push_str("[month repr:short]"),
                other => {
                    return Err(usage(format!(
                        "--date-format: %{} is not supported (use %Y %m %d %b)",
                        other.map(String::from).unwrap_or_default()
                    )));
                }
            }
        } else if c == '[' {
            desc.push_str("[[");
        } else {
            desc.push(c);
        }
    }
    let item = time::format_description::parse_owned::<2>(&desc)
        .map_err(|e| usage(format!("--date-format: {e}")))?;
    Ok(vec![item])
}

fn import_csv<W: Write>(ctx: &mut Ctx<'_, W>, i: &TxImport) -> anyhow::Result<()> {
    let account = find_account(&ctx.store, &i.account)?;
    let mut bytes = Vec::new();
    let reader: Box<dyn Read> = if i.file == "-" {
        Box::new(std::io::stdin().lock())
    } else {
        Box::new(std::fs::File::open(&i.file).with_context(|| format!("cannot read {}", i.file))?)
    };
    reader.take(MAX_CSV_BYTES + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > MAX_CSV_BYTES {
        return Err(usage(format!(
            "{} is larger than the 64 MiB limit of an import",
            i.file
        )));
    }
    let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    let first_line = text.split(|b| *b == b'\n').next().unwrap_or_default();
    let delimiter = match i.delimiter {
        Some(c) if c.is_ascii() => c as u8,
        Some(c) => {
            return Err(usage(format!(
                "--delimiter '{c}' is not an ASCII character"
            )));
        }
        None if first_line.contains(&b'\t') => b'\t',
        None if first_line.contains(&b';') && !first_line.contains(&b',') => b';',
        None if first_line.contains(&b';') && i.decimal_comma => b';',
        None => b',',
    };
    let style = if i.decimal_comma {
        DecimalStyle::Comma
    } else {
        DecimalStyle::Point
    };
    let format = date_format(i.date_format.as_deref().unwrap_or("%Y-%m-%d"))?;
    let mut rdr = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(false)
        .from_reader(text);
    let headers = rdr
        .headers()
        .map_err(|e| usage(format!("{}: cannot read the header row: {e}", i.file)))?
        .clone();
    let map = column_map(&i.map, &headers)?;
    let c = account.fields.currency_code;
    let mut rows: Vec<Transaction> = Vec::new();
    let mut seen: HashMap<String, u32> = HashMap::new();
    for (n, record) in rdr.records().enumerate() {
        let row_no = n + 1;
        let bad = |why: String| {
            usage(format!(
                "{}: row {row_no}: {why}; nothing was imported",
                i.file
            ))
        };
        let record = record.map_err(|e| bad(e.to_string()))?;
        let cell = |idx: usize| record.get(idx).unwrap_or_default().trim();
        let date_text = cell(map.date);
        let date = format
            .iter()
            .find_map(|f| time::Date::parse(date_text, f).ok())
            .ok_or_else(|| {
                bad(format!(
                    "'{}' is not a date in the format {}",
                    lifeos_core::validate::clip(date_text),
                    i.date_format.as_deref().unwrap_or("%Y-%m-%d")
                ))
            })?;
        let minor = c
            .parse(cell(map.amount), style)
            .map_err(|e| bad(e.to_string()))?;
        let mut t = Transaction::new(account.kernel.id, LocalDate::new(date), minor, c);
        t.payee = map.payee.map(|p| cell(p).to_owned()).unwrap_or_default();
        t.memo = map.memo.map(|p| cell(p).to_owned()).unwrap_or_default();
        t.category = map.category.map(|p| cell(p).to_owned()).unwrap_or_default();
        lifeos_core::Entity::validate(&t).map_err(|e| bad(e.to_string()))?;
        // The fingerprint: the row's meaning, and which occurrence of it in this file
        // (two identical coffees on one day are two transactions).
        let key = format!(
            "{}\u{1f}{}\u{1f}{}\u{1f}{}\u{1f}{}",
            account.kernel.id, t.booking_date, t.amount_minor, t.payee, t.memo
        );
        let count = seen.entry(key.clone()).or_insert(0);
        *count += 1;
        let digest = sha2::Sha256::digest(format!("{key}\u{1f}{count}").as_bytes());
        t.import_id = Some(digest.iter().take(16).map(|b| format!("{b:02x}")).collect());
        rows.push(t);
    }
    // Only this account's rows (read through its index) can hold these fingerprints.
    let existing: std::collections::HashSet<String> = ctx
        .store
        .list::<Transaction>(&ListQuery {
            filters: vec![Filter::In(
                "account_id",
                vec![account.kernel.id.to_string()],
            )],
            ..ListQuery::default()
        })?
        .into_iter()
        .filter_map(|t| t.fields.import_id)
        .collect();
    let total = rows.len();
    let fresh: Vec<Transaction> = rows
        .into_iter()
        .filter(|t| t.import_id.as_ref().is_none_or(|i| !existing.contains(i)))
        .collect();
    let imported = fresh.len();
    ctx.store.batch(|b| {
        for t in fresh {
            b.create(t)?;
        }
        Ok(())
    })?;
    #[derive(Serialize)]
    struct Summary {
        rows: usize,
        imported: usize,
        duplicates: usize,
    }
    let s = Summary {
        rows: total,
        imported,
        duplicates: total - imported,
    };
    match ctx.format {
        Format::Table => writeln!(
            ctx.out,
            "imported {} of {} rows ({} already there)",
            s.imported, s.rows, s.duplicates
        )?,
        f => output::one(ctx.out, f, &s)?,
    }
    Ok(())
}
