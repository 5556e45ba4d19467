//! `lifeos balance` and `lifeos spending`: the reports over accounts and transactions.

use std::collections::BTreeMap;
use std::io::Write;

use clap::Args;
use lifeos_core::LocalDate;
use lifeos_core::finance::{self, Rates};
use lifeos_core::model::{Account, Month, Transaction};
use lifeos_core::money::{Currency, Rate};
use serde::Serialize;

use super::{this_month, usage};
use crate::args::Format;
use crate::commands::Ctx;
use crate::output;
use crate::parse;

/// A month argument.
#[derive(Debug, Args)]
pub struct MonthArg {
    /// The month, YYYY-MM (default this month).
    #[arg(long, value_parser = parse::month)]
    pub month: Option<Month>,
}

/// `balance`.
#[derive(Debug, Args)]
pub struct BalanceArgs {
    /// Balances at the end of this day (default: everything).
    #[arg(long, allow_hyphen_values = true, value_parser = parse::day, value_name = "DATE")]
    pub as_of: Option<LocalDate>,
    /// Include archived accounts.
    #[arg(long)]
    pub all: bool,
    /// Also total everything in this currency, with --rate for each other currency.
    #[arg(long = "in", value_parser = parse::currency, value_name = "CURRENCY")]
    pub target: Option<Currency>,
    /// An exchange rate CUR=RATE: 1 CUR is RATE of the --in currency (repeatable).
    #[arg(long, value_name = "CUR=RATE", requires = "target")]
    pub rate: Vec<String>,
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
    let mut accounts = ctx.all::<Account>(false)?;
    if !a.all {
        accounts.retain(|x| !x.fields.archived);
    }
    let txs = ctx.all::<Transaction>(true)?;
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
    let accounts = ctx.all::<Account>(false)?;
    let txs = ctx.all::<Transaction>(true)?;
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
        output::many(ctx.out, ctx.format, &rows)
    }
}
