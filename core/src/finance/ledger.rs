//! The hledger/Ledger journal export: account and category names made safe for a
//! journal, and every counted transaction (a transfer as one entry with both sides).

use std::collections::HashMap;
use std::fmt::Write as _;

use super::{INCOME, ReportError, UNCATEGORIZED, counted};
use crate::id::Id;
use crate::kernel::Row;
use crate::model::{Account, AccountKind, Transaction};
use crate::money::Currency;
use crate::timestamp::LocalDate;

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

pub(super) fn ledger_name(name: &str) -> String {
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
    // Every account a posting uses is declared (after the entries are written), so
    // `hledger check --strict` passes.
    let mut used: std::collections::BTreeSet<String> =
        live.iter().map(|a| names[&a.kernel.id].clone()).collect();
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
            used.insert("equity:opening balances".into());
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
                    used.insert("equity:transfers with deleted accounts".into());
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
                // Tags as hledger tags (`name:` with no value), on their own line.
                if !f.tags.is_empty() {
                    let tags: Vec<String> = f
                        .tags
                        .iter()
                        .map(|t| format!("{}:", t.replace([',', ' ', ':'], "-")))
                        .collect();
                    let _ = writeln!(e, "    ; {}", tags.join(", "));
                }
                let _ = writeln!(
                    e,
                    "    {account}  {}",
                    amount(f.currency_code, f.amount_minor)
                );
                let cat = ledger_category(&f.category);
                used.insert(cat.clone());
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
    for a in &used {
        let _ = writeln!(out, "account {a}");
    }
    out.push('\n');
    entries.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.cmp(&b.1)));
    for (_, _, e) in entries {
        out.push_str(&e);
        out.push('\n');
    }
    Ok(out)
}
