//! `lifeos tx …` and `lifeos transfer add`: transactions, and transfers (two linked
//! transactions that change, delete and restore together).

use std::collections::HashMap;
use std::io::Write;

use clap::{Args, Parser, Subcommand};
use lifeos_core::finance::{self, PairState, TransferPlan};
use lifeos_core::model::{Account, Transaction, check_category};
use lifeos_core::store::{Filter, StoreError};
use lifeos_core::{Id, LocalDate, Row};

use super::import::{self, TxImport};
use super::{amount, find_account, money, today, usage};
use crate::args::{Format, FormatOpt, LEDGER_ONLY};
use crate::commands::{Ctx, IdArg, ListCommon, TagEdit, Target, dedup};
use crate::output;
use crate::parse;

/// Transaction commands.
#[derive(Debug, Subcommand)]
pub enum TxCmd {
    /// Add a transaction: AMOUNT (negative = outflow) and an optional PAYEE.
    Add(TxAdd),
    /// List transactions, oldest first.
    #[command(alias = "ls")]
    List(TxList),
    /// Show one transaction.
    Show(IdArg),
    /// Change a transaction (both sides of a transfer change together).
    Edit(TxEdit),
    /// Delete a transaction (a transfer's both sides; tombstones, see restore).
    #[command(alias = "delete")]
    Rm(Target),
    /// Undo the deletion of a transaction (a transfer's both sides).
    Restore(Target),
    /// Import a bank's CSV file into an account, in one transaction.
    Import(TxImport),
}

/// Options of a transaction, accepted before or after `--` in `tx add`.
#[derive(Debug, Args, Default)]
pub struct TxOptions {
    /// Booking date: YYYY-MM-DD, today, yesterday, a weekday, +3d, -2w, eom… (default today).
    #[arg(long, allow_hyphen_values = true, value_parser = parse::day, value_name = "DATE")]
    pub date: Option<LocalDate>,
    /// Hierarchical category, e.g. Food:Groceries.
    #[arg(long)]
    pub category: Option<String>,
    /// A memo.
    #[arg(long)]
    pub memo: Option<String>,
    /// Tag (repeatable).
    #[arg(long, value_parser = parse::tag)]
    pub tag: Vec<String>,
    /// Cleared by the bank.
    #[arg(long)]
    pub cleared: bool,
}

/// `tx add`.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  lifeos tx add --account Checking -- -42.50 \"Grocer\" --category Food:Groceries\n  lifeos tx add --account Cash 12 \"Refund\""
)]
pub struct TxAdd {
    /// The account (exact name or id prefix).
    #[arg(long)]
    pub account: String,
    #[command(flatten)]
    pub options: TxOptions,
    /// AMOUNT, then optionally PAYEE; options may follow them.
    #[arg(
        value_name = "AMOUNT [PAYEE]",
        num_args = 1..,
        allow_hyphen_values = true,
        trailing_var_arg = true,
        required = true
    )]
    pub args: Vec<String>,
}

/// `tx list`.
#[derive(Debug, Args)]
pub struct TxList {
    /// Only this account (exact name or id prefix).
    #[arg(long)]
    pub account: Option<String>,
    /// Only this category and its subcategories.
    #[arg(long)]
    pub category: Option<String>,
    /// Booked on or after this date.
    #[arg(long, allow_hyphen_values = true, value_parser = parse::day, value_name = "DATE")]
    pub from: Option<LocalDate>,
    /// Booked on or before this date.
    #[arg(long, allow_hyphen_values = true, value_parser = parse::day, value_name = "DATE")]
    pub to: Option<LocalDate>,
    #[command(flatten)]
    pub common: ListCommon,
}

/// `tx edit`.
#[derive(Debug, Args)]
pub struct TxEdit {
    #[command(flatten)]
    pub target: Target,
    /// New amount (of a transfer: this side; the other side follows in its currency).
    #[arg(long, allow_negative_numbers = true, value_name = "AMOUNT")]
    pub amount: Option<String>,
    /// Of a transfer between two currencies: the other side's new amount.
    #[arg(long, allow_negative_numbers = true, value_name = "AMOUNT")]
    pub other_amount: Option<String>,
    /// New payee.
    #[arg(long)]
    pub payee: Option<String>,
    /// New category (empty to remove).
    #[arg(long)]
    pub category: Option<String>,
    /// New memo.
    #[arg(long)]
    pub memo: Option<String>,
    /// New booking date.
    #[arg(long, allow_hyphen_values = true, value_parser = parse::day, value_name = "DATE")]
    pub date: Option<LocalDate>,
    /// Mark cleared.
    #[arg(long, conflicts_with = "uncleared")]
    pub cleared: bool,
    /// Mark not cleared.
    #[arg(long)]
    pub uncleared: bool,
    #[command(flatten)]
    pub tags: TagEdit,
}

/// Transfer commands.
#[derive(Debug, Subcommand)]
pub enum TransferCmd {
    /// Move money between two accounts: one linked pair of transactions.
    Add(TransferAdd),
}

/// `transfer add`.
#[derive(Debug, Args)]
pub struct TransferAdd {
    /// The account the money leaves.
    #[arg(long)]
    pub from: String,
    /// The account the money arrives in.
    #[arg(long)]
    pub to: String,
    /// How much leaves --from (positive, in its currency).
    #[arg(allow_negative_numbers = true)]
    pub amount: String,
    /// How much arrives, when the two accounts' currencies differ.
    #[arg(long, value_name = "AMOUNT")]
    pub to_amount: Option<String>,
    /// Booking date (default today).
    #[arg(long, allow_hyphen_values = true, value_parser = parse::day, value_name = "DATE")]
    pub date: Option<LocalDate>,
    /// A description.
    #[arg(long)]
    pub payee: Option<String>,
    /// A memo.
    #[arg(long)]
    pub memo: Option<String>,
}

/// `tx add`'s options may also come after `--` and the amount (as the examples show).
#[derive(Debug, Parser)]
#[command(name = "tx add", no_binary_name = true)]
struct Tail {
    #[command(flatten)]
    options: TxOptions,
    /// The output format may come last too.
    #[arg(long, value_enum)]
    format: Option<FormatOpt>,
}

fn merge_options(
    before: TxOptions,
    after: &[String],
) -> anyhow::Result<(TxOptions, Option<FormatOpt>)> {
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

fn tabulate<W: Write>(
    ctx: &Ctx<'_, W>,
    rows: &[Row<Transaction>],
    states: &[PairState],
) -> anyhow::Result<Vec<Vec<String>>> {
    let names: HashMap<Id, String> = ctx
        .all::<Account>(true)?
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
    output::rows(ctx.out, ctx.format, &ctx.store, &[x, y])
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
                ctx.format = f.output().ok_or_else(|| usage(LEDGER_ONLY))?;
            }
            let account = find_account(ctx, &a.account)?;
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
                .map(|a| find_account(ctx, a))
                .transpose()?;
            let mut filters = Vec::new();
            if let Some(a) = &account {
                filters.push(Filter::In("account_id", vec![a.kernel.id.to_string()]));
            }
            if let Some(c) = &l.category {
                filters.push(Filter::Under("category", c.clone(), ':'));
            }
            if let Some(d) = l.from {
                filters.push(Filter::AtLeast("booking_date", d.to_string()));
            }
            if let Some(d) = l.to {
                filters.push(Filter::AtMost("booking_date", d.to_string()));
            }
            let everything = ctx.all::<Transaction>(true)?;
            let by_id: HashMap<Id, &Row<Transaction>> =
                everything.iter().map(|t| (t.kernel.id, t)).collect();
            let mut rows = ctx.store.list::<Transaction>(&l.common.query(filters))?;
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
                let mut cells = tabulate(ctx, &rows, &states)?;
                output::short_ids::<Transaction>(&ctx.store, &mut cells, &[0])?;
                output::table(ctx.out, TX_COLUMNS, &cells)?;
                Ok(())
            } else {
                output::rows(ctx.out, ctx.format, &ctx.store, &rows)
            }
        }
        TxCmd::Show(a) if ctx.format == Format::Table => show_table(ctx, &a),
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
                e.tags.apply(&mut t.tags);
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
        TxCmd::Import(i) => import::run(ctx, &i),
    }
}

/// Runs `transfer add`.
pub(super) fn transfer<W: Write>(ctx: &mut Ctx<'_, W>, cmd: TransferCmd) -> anyhow::Result<()> {
    let TransferCmd::Add(a) = cmd;
    let from = find_account(ctx, &a.from)?;
    let to = find_account(ctx, &a.to)?;
    let plan = TransferPlan {
        from: from.kernel.id,
        to: to.kernel.id,
        amount_minor: amount(from.fields.currency_code, &a.amount)?,
        to_amount_minor: a
            .to_amount
            .as_deref()
            .map(|t| amount(to.fields.currency_code, t))
            .transpose()?,
        booking_date: a.date.unwrap_or_else(today),
        payee: a.payee.clone().unwrap_or_default(),
        memo: a.memo.clone().unwrap_or_default(),
    };
    // The rules are core's (the server's `POST …/transfers` shares them); its field
    // names are the flags here.
    let (out, into) = plan
        .sides(&from.fields, &to.fields)
        .map_err(|e| match e.field.as_str() {
            "to_amount_minor" => usage(format!("--to-amount: {}", e.message)),
            "amount_minor" => usage(format!("the amount: {}", e.message)),
            _ => usage(e.message),
        })?;
    let (x, y) = ctx.store.batch(|b| b.create_transfer(out, into))?;
    print_pair(ctx, x, y)
}

/// `tx show` as a table: the amount in its currency and the account by name, in place
/// of the wire's `amount_minor` and `account_id` (which json, yaml and ndjson keep).
fn show_table<W: Write>(ctx: &mut Ctx<'_, W>, a: &IdArg) -> anyhow::Result<()> {
    let id = ctx.id::<Transaction>(&a.id)?;
    let row = ctx.store.get::<Transaction>(id)?;
    let account = ctx
        .store
        .get::<Account>(row.fields.account_id)
        .map(|acc| acc.fields.name)
        .unwrap_or_else(|_| row.fields.account_id.to_string());
    let serde_json::Value::Object(map) = serde_json::to_value(&row)? else {
        anyhow::bail!("cannot show this transaction");
    };
    let f = &row.fields;
    let mut human = serde_json::Map::new();
    for (k, v) in map {
        match k.as_str() {
            "amount_minor" => {
                let text = format!(
                    "{} {}",
                    f.currency_code.format(f.amount_minor),
                    f.currency_code.code()
                );
                human.insert("amount".into(), text.into());
            }
            "currency_code" => {}
            "account_id" => {
                human.insert("account".into(), account.clone().into());
            }
            _ => {
                human.insert(k, v);
            }
        }
    }
    output::one(ctx.out, Format::Table, &human)
}
