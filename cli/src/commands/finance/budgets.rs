//! `lifeos budget …`: a category's budget per month and currency, and the report of
//! budget against spending.

use std::io::Write;

use clap::{Args, Subcommand};
use lifeos_core::finance;
use lifeos_core::model::{Account, Budget, Month, Transaction, check_category};
use lifeos_core::money::Currency;

use super::reports::MonthArg;
use super::{amount, this_month, usage};
use crate::args::Format;
use crate::commands::{Ctx, Target};
use crate::output;
use crate::parse;

/// Budget commands.
#[derive(Debug, Subcommand)]
pub enum BudgetCmd {
    /// Set a category's budget for a month (replaces an earlier one).
    Set(BudgetSet),
    /// List budgets.
    #[command(alias = "ls")]
    List(BudgetList),
    /// Delete a budget.
    #[command(alias = "delete")]
    Rm(Target),
    /// Budget against actual spending for a month, with what is left.
    Report(MonthArg),
}

/// `budget set`.
#[derive(Debug, Args)]
pub struct BudgetSet {
    /// The category (covers its subcategories).
    pub category: String,
    /// The amount for the month.
    #[arg(allow_negative_numbers = true)]
    pub amount: String,
    /// The month, YYYY-MM (default this month).
    #[arg(long, value_parser = parse::month)]
    pub month: Option<Month>,
    /// Currency (default: your accounts' currency, if they have one).
    #[arg(long, value_parser = parse::currency)]
    pub currency: Option<Currency>,
}

/// `budget list`.
#[derive(Debug, Args)]
pub struct BudgetList {
    /// Only this month.
    #[arg(long, value_parser = parse::month)]
    pub month: Option<Month>,
}

/// Runs `budget …`.
pub(super) fn run<W: Write>(ctx: &mut Ctx<'_, W>, cmd: BudgetCmd) -> anyhow::Result<()> {
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
                    let mut cs: Vec<Currency> = ctx
                        .all::<Account>(false)?
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
            let existing = ctx.all::<Budget>(false)?.into_iter().find(|b| {
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
            let mut rows = ctx.all::<Budget>(false)?;
            rows.retain(|b| l.month.is_none_or(|m| b.fields.month == m));
            rows.sort_by(|a, b| {
                (a.fields.month, &a.fields.category).cmp(&(b.fields.month, &b.fields.category))
            });
            output::rows(ctx.out, ctx.format, &ctx.store, &rows)
        }
        BudgetCmd::Rm(t) => ctx.rm::<Budget>(&t),
        BudgetCmd::Report(m) => {
            let month = m.month.unwrap_or_else(this_month);
            let budgets = ctx.all::<Budget>(false)?;
            let accounts = ctx.all::<Account>(false)?;
            let txs = ctx.all::<Transaction>(true)?;
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
                output::many(ctx.out, ctx.format, &lines)
            }
        }
    }
}
