//! Finance commands: accounts, transactions (and transfers, both sides as one), budgets,
//! the reports, CSV import and the ledger export. The amounts are exact decimal text in
//! each currency's minor digits.

use std::io::Write;

use clap::{Args, Subcommand, ValueEnum};
use lifeos_core::finance;
use lifeos_core::model::{Account, Month, Transaction};
use lifeos_core::money::{Currency, DecimalStyle};
use lifeos_core::{LocalDate, Row};

use super::Ctx;
use crate::UsageError;
use crate::resolve::{self, Named};

mod accounts;
mod budgets;
pub(crate) mod import;
mod reports;
mod transactions;

pub use accounts::AccountCmd;
pub use budgets::BudgetCmd;
pub use reports::{BalanceArgs, MonthArg};
pub use transactions::{TransferCmd, TxCmd};

/// The finance commands, at the top level of `lifeos`.
#[derive(Debug, Subcommand)]
pub enum FinanceCmds {
    /// Money accounts.
    #[command(subcommand)]
    Account(AccountCmd),
    /// Transactions: money in (positive) or out (negative) of an account.
    #[command(subcommand, name = "tx")]
    Tx(TxCmd),
    /// Transfers between two of your accounts (two linked transactions).
    #[command(subcommand)]
    Transfer(TransferCmd),
    /// Monthly budgets per category.
    #[command(subcommand)]
    Budget(BudgetCmd),
    /// Account balances (as of a date) and net worth per currency.
    Balance(BalanceArgs),
    /// Spending by category in a month (subcategories roll up).
    Spending(MonthArg),
    /// Finance as a whole: export a journal for hledger/Ledger.
    #[command(subcommand)]
    Finance(FinanceCmd),
}

/// Finance commands.
#[derive(Debug, Subcommand)]
pub enum FinanceCmd {
    /// Write every account and transaction as a journal for hledger (--to ledger).
    Export(ExportArgs),
}

/// `finance export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The journal's dialect (`--format ledger` is the older spelling).
    #[arg(long, value_enum, default_value_t = Journal::Ledger)]
    pub to: Journal,
}

/// The journals `finance export` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Journal {
    /// hledger/Ledger.
    Ledger,
}

/// Runs a finance command.
pub(crate) fn run<W: Write>(ctx: &mut Ctx<'_, W>, cmd: FinanceCmds) -> anyhow::Result<()> {
    match cmd {
        FinanceCmds::Account(cmd) => accounts::run(ctx, cmd),
        FinanceCmds::Tx(cmd) => transactions::tx(ctx, cmd),
        FinanceCmds::Transfer(cmd) => transactions::transfer(ctx, cmd),
        FinanceCmds::Budget(cmd) => budgets::run(ctx, cmd),
        FinanceCmds::Balance(a) => reports::balance(ctx, a),
        FinanceCmds::Spending(m) => reports::spending(ctx, m),
        FinanceCmds::Finance(FinanceCmd::Export(a)) => export(ctx, &a),
    }
}

fn export<W: Write>(ctx: &mut Ctx<'_, W>, a: &ExportArgs) -> anyhow::Result<()> {
    let Journal::Ledger = a.to;
    let accounts = ctx.all::<Account>(true)?;
    let txs = ctx.all::<Transaction>(true)?;
    ctx.out
        .write_all(finance::ledger_journal(&accounts, &txs)?.as_bytes())?;
    Ok(())
}

fn usage(msg: impl Into<String>) -> anyhow::Error {
    UsageError(msg.into()).into()
}

impl Named for Account {
    const NOUN: &'static str = "account";
    fn name(&self) -> &str {
        &self.name
    }
}

/// The live account `text` names (its name or an id prefix).
fn find_account<W: Write>(ctx: &Ctx<'_, W>, text: &str) -> anyhow::Result<Row<Account>> {
    resolve::find(&ctx.store, ctx.all::<Account>(false)?, text)
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
