//! `lifeos account …`: money accounts, named uniquely (any case).

use std::io::Write;

use clap::{Args, Subcommand};
use lifeos_core::model::{Account, AccountKind, Transaction};
use lifeos_core::money::Currency;
use lifeos_core::{Id, LocalDate};

use super::{amount, find_account, today, usage};
use crate::commands::Ctx;
use crate::output;
use crate::parse;
use crate::resolve;

/// Account commands.
#[derive(Debug, Subcommand)]
pub enum AccountCmd {
    /// Add an account.
    Add(AccountAdd),
    /// List accounts (not archived ones unless --all).
    #[command(alias = "ls")]
    List(AccountList),
    /// Show one account.
    Show(AccountArg),
    /// Change an account.
    Edit(AccountEdit),
    /// Delete an account (it stays as a tombstone; see restore).
    #[command(alias = "delete")]
    Rm(AccountTarget),
    /// Undo the deletion of an account.
    Restore(AccountTarget),
}

/// An account: its exact name or a unique id prefix.
#[derive(Debug, Args)]
pub struct AccountArg {
    /// The account's exact name, or a unique prefix of its id.
    pub account: String,
}

/// An account and an optional optimistic-concurrency check.
#[derive(Debug, Args)]
pub struct AccountTarget {
    /// The account's exact name, or a unique prefix of its id.
    pub account: String,
    /// Fail if the row is no longer at this version (someone else changed it).
    #[arg(long, value_name = "N")]
    pub expect_version: Option<i64>,
}

/// `account add`.
#[derive(Debug, Args)]
pub struct AccountAdd {
    /// Its name (unique among your accounts).
    pub name: String,
    /// What kind of account.
    #[arg(long, value_enum, default_value_t = AccountKind::Checking)]
    pub kind: AccountKind,
    /// ISO 4217 currency code (EUR, USD, JPY, KWD, ...).
    #[arg(long, value_parser = parse::currency)]
    pub currency: Currency,
    /// Opening balance, exact decimal text in the currency's minor digits (1250.00).
    #[arg(long, allow_negative_numbers = true, value_name = "AMOUNT")]
    pub opening: Option<String>,
    /// The day the opening balance holds from (default today).
    #[arg(long, allow_hyphen_values = true, value_parser = parse::day, value_name = "DATE")]
    pub opened: Option<LocalDate>,
}

/// `account list`.
#[derive(Debug, Args)]
pub struct AccountList {
    /// Include archived and deleted accounts.
    #[arg(long)]
    pub all: bool,
}

/// `account edit`.
#[derive(Debug, Args)]
pub struct AccountEdit {
    #[command(flatten)]
    pub target: AccountTarget,
    /// New name.
    #[arg(long)]
    pub name: Option<String>,
    /// New kind.
    #[arg(long, value_enum)]
    pub kind: Option<AccountKind>,
    /// New opening balance.
    #[arg(long, allow_negative_numbers = true, value_name = "AMOUNT")]
    pub opening: Option<String>,
    /// New opening date.
    #[arg(long, allow_hyphen_values = true, value_parser = parse::day, value_name = "DATE")]
    pub opened: Option<LocalDate>,
    /// Archive it (closed; kept for history).
    #[arg(long, conflicts_with = "unarchive")]
    pub archive: bool,
    /// Unarchive it.
    #[arg(long)]
    pub unarchive: bool,
}

fn check_unique_name<W: Write>(
    ctx: &Ctx<'_, W>,
    name: &str,
    except: Option<Id>,
) -> anyhow::Result<()> {
    let clash = ctx.all::<Account>(false)?.into_iter().any(|a| {
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

/// Runs `account …`.
pub(super) fn run<W: Write>(ctx: &mut Ctx<'_, W>, cmd: AccountCmd) -> anyhow::Result<()> {
    match cmd {
        AccountCmd::Add(a) => {
            check_unique_name(ctx, &a.name, None)?;
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
            let mut rows = ctx.all::<Account>(l.all)?;
            if !l.all {
                rows.retain(|a| !a.fields.archived);
            }
            rows.sort_by(|a, b| a.fields.name.cmp(&b.fields.name));
            output::rows(ctx.out, ctx.format, &ctx.store, &rows)
        }
        AccountCmd::Show(a) => {
            let row = find_account(ctx, &a.account)?;
            ctx.print(&row)
        }
        AccountCmd::Edit(e) => {
            let row = find_account(ctx, &e.target.account)?;
            if let Some(n) = &e.name {
                check_unique_name(ctx, n, Some(row.kernel.id))?;
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
            let row = find_account(ctx, &t.account)?;
            let used = ctx
                .all::<Transaction>(false)?
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
            // A deleted account is found by its name too.
            let row = resolve::find(&ctx.store, ctx.all::<Account>(true)?, &t.account)?;
            let done = ctx
                .store
                .restore::<Account>(row.kernel.id, t.expect_version)?;
            ctx.print(&done)
        }
    }
}
