//! `lifeos tx import`: a bank's CSV file into an account, in one transaction; rows
//! already imported are recognised by a fingerprint and skipped.

use std::collections::HashMap;
use std::io::Write;

use clap::Args;
use lifeos_core::model::Transaction;
use lifeos_core::money::Currency;
use lifeos_core::money::DecimalStyle;
use lifeos_core::store::{Filter, ListQuery};
use lifeos_core::{Id, LocalDate};
use serde::Serialize;
use sha2::Digest;

use super::{find_account, usage};
use crate::args::Format;
use crate::commands::Ctx;
use crate::csv_import::{CsvFile, Mapping};
use crate::output;

/// `tx import`.
#[derive(Debug, Args)]
#[command(
    after_help = "Example:\n  lifeos tx import bank.csv --account Checking --map date=Date,amount=Amount,payee=Description --date-format %d.%m.%Y --decimal-comma"
)]
pub struct TxImport {
    /// The CSV file (UTF-8, a header row; a BOM is fine), or - for stdin.
    pub file: String,
    /// The account the rows belong to (exact name or id prefix).
    #[arg(long)]
    pub account: String,
    /// Which column holds what: date=COL,amount=COL, and optionally payee=, memo=, category=.
    #[arg(long, value_name = "FIELD=COLUMN,...")]
    pub map: String,
    /// Date format with %Y %m %d (default %Y-%m-%d).
    #[arg(long, value_name = "FORMAT")]
    pub date_format: Option<String>,
    /// Amounts use a decimal comma (1.234,56).
    #[arg(long)]
    pub decimal_comma: bool,
    /// Field delimiter (default: ';' or tab if the header uses it, else ',').
    #[arg(long, value_name = "CHAR")]
    pub delimiter: Option<char>,
}

/// A `%Y-%m-%d` style format as a `time` format description. Only the `%` fields go
/// through `time`'s parser; everything else the user typed is a literal, never syntax.
fn date_format(f: &str) -> anyhow::Result<Vec<time::format_description::OwnedFormatItem>> {
    use time::format_description::OwnedFormatItem;
    let mut items = Vec::new();
    let mut literal = String::new();
    let mut chars = f.chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            literal.push(c);
            continue;
        }
        let field = match chars.next() {
            Some('Y') => "[year]",
            Some('m') => "[month]",
            Some('d') => "[day]",
            Some('b') => "[month repr:short]",
            other => {
                return Err(usage(format!(
                    "--date-format: %{} is not supported (use %Y %m %d %b)",
                    other.map(String::from).unwrap_or_default()
                )));
            }
        };
        if !literal.is_empty() {
            items.push(OwnedFormatItem::StringLiteral(
                std::mem::take(&mut literal).into_boxed_str(),
            ));
        }
        items.push(
            time::format_description::parse_owned::<2>(field)
                .map_err(|e| usage(format!("--date-format: {e}")))?,
        );
    }
    if !literal.is_empty() {
        items.push(OwnedFormatItem::StringLiteral(literal.into_boxed_str()));
    }
    Ok(vec![OwnedFormatItem::Compound(items.into_boxed_slice())])
}

/// Runs `tx import`.
pub(super) fn run<W: Write>(ctx: &mut Ctx<'_, W>, i: &TxImport) -> anyhow::Result<()> {
    let account = find_account(ctx, &i.account)?;
    let map = Mapping::parse(&i.map, &["date", "amount", "payee", "memo", "category"])?;
    map.require("date")?;
    map.require("amount")?;
    let file = CsvFile::read(&i.file)?;
    let rows = rows(
        i,
        &map,
        &file,
        account.kernel.id,
        account.fields.currency_code,
    )?;
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

/// The transactions of a bank's CSV `file` for the account `account` (in `currency`), as
/// `tx import` reads them with the options of `i` and its `--map`: each validated and
/// given its fingerprint; the first bad row fails the file. Touches no store (the fuzz
/// target `csv_transactions` runs it).
pub fn rows(
    i: &TxImport,
    map: &Mapping,
    file: &CsvFile,
    account: Id,
    currency: Currency,
) -> anyhow::Result<Vec<Transaction>> {
    let first_line = file.header_line();
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
    let mut table = file.table(delimiter, map)?;
    let (c_date, c_amount) = (table.required("date")?, table.required("amount")?);
    let (c_payee, c_memo, c_category) = (
        table.column("payee"),
        table.column("memo"),
        table.column("category"),
    );
    let c = currency;
    let mut rows: Vec<Transaction> = Vec::new();
    let mut seen: HashMap<String, u32> = HashMap::new();
    for (n, record) in table.records() {
        // Rows are numbered from the first after the header.
        let row_no = n + 1;
        let bad = |why: String| {
            usage(format!(
                "{}: row {row_no}: {why}; nothing was imported",
                i.file
            ))
        };
        let record = record.map_err(bad)?;
        let cell = |idx: usize| record.get(idx).unwrap_or_default().trim();
        let date_text = cell(c_date);
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
            .parse(cell(c_amount), style)
            .map_err(|e| bad(e.to_string()))?;
        let mut t = Transaction::new(account, LocalDate::new(date), minor, c);
        t.payee = c_payee.map(|p| cell(p).to_owned()).unwrap_or_default();
        t.memo = c_memo.map(|p| cell(p).to_owned()).unwrap_or_default();
        t.category = c_category.map(|p| cell(p).to_owned()).unwrap_or_default();
        lifeos_core::Entity::validate(&t).map_err(|e| bad(e.to_string()))?;
        // The fingerprint: the row's meaning, and which occurrence of it in this file
        // (two identical coffees on one day are two transactions).
        let key = format!(
            "{}\u{1f}{}\u{1f}{}\u{1f}{}\u{1f}{}",
            account, t.booking_date, t.amount_minor, t.payee, t.memo
        );
        let count = seen.entry(key.clone()).or_insert(0);
        *count += 1;
        let digest = sha2::Sha256::digest(format!("{key}\u{1f}{count}").as_bytes());
        t.import_id = Some(digest.iter().take(16).map(|b| format!("{b:02x}")).collect());
        rows.push(t);
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::date_format;

    fn date(format: &str, text: &str) -> Option<time::Date> {
        let f = date_format(format).unwrap();
        f.iter().find_map(|f| time::Date::parse(text, f).ok())
    }

    #[test]
    fn a_date_format_takes_any_literal_text() {
        // Found by the fuzz target `csv_transactions`: a backslash and brackets in the
        // format reached `time`'s own syntax and panicked inside it.
        let hostile = "\t\0\0\0\0\\[1'k/[Y\t\t]fe\tAt\u{19}:ut\tDes";
        assert!(date_format(hostile).is_ok());
        let d = time::macros::date!(2026 - 12 - 24);
        assert_eq!(date("%d.%m.%Y", "24.12.2026"), Some(d));
        assert_eq!(date("[%Y-%m-%d]", "[2026-12-24]"), Some(d));
        assert_eq!(date(r"\%Y\%m\%d", r"\2026\12\24"), Some(d));
        assert_eq!(date("%d %b %Y", "24 Dec 2026"), Some(d));
        assert_eq!(date("%Y-%m-%d", "2026/12/24"), None);
        assert!(date_format("%q").is_err());
    }
}
