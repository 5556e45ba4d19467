//! Finance: the transaction register newest first, and a panel with each account's
//! balance and this month's budgets as bars. Quick capture adds a transaction:
//! `-12.50 Coffee shop @Checking cat:Food:Coffee #work`. Amounts are integers in minor
//! units parsed by `lifeos_core::money` (never floats); balances, spending and budgets
//! come from `lifeos_core::finance`.

use lifeos_core::finance::{self, budget_report, spending};
use lifeos_core::model::{Account, Budget, Due, Month, Transaction, check_category};
use lifeos_core::money::DecimalStyle;
use lifeos_core::store::{ListQuery, SortKey, Store, StoreError};
use lifeos_core::{Id, LocalDate, Row};

use super::{Ctx, Decl, Item, Panel, PanelLine, Section, TODAY_LIMIT, Tone, View};
use lifeos_core::capture::Capture;

/// The finance view.
pub struct Finance;

fn all<E: lifeos_core::Entity>(store: &Store, deleted: bool) -> Result<Vec<Row<E>>, StoreError> {
    store.list::<E>(&ListQuery {
        include_deleted: deleted,
        ..ListQuery::default()
    })
}

fn money(c: lifeos_core::money::Currency, minor: i64) -> String {
    format!("{} {}", c.format(minor), c.code())
}

fn show(r: &Row<Transaction>, accounts: &[Row<Account>]) -> Item {
    let t = &r.fields;
    let title = match (t.payee.is_empty(), t.category.is_empty()) {
        (false, _) => t.payee.clone(),
        (true, false) => t.category.clone(),
        (true, true) => "(no payee)".to_owned(),
    };
    let mut item = Item::of(r, title);
    item.meta = format!(
        "{} · {}",
        money(t.currency_code, t.amount_minor),
        t.booking_date
    );
    item.tone = if t.amount_minor > 0 {
        Tone::Strong
    } else {
        Tone::Normal
    };
    let account = accounts
        .iter()
        .find(|a| a.kernel.id == t.account_id)
        .map_or_else(|| t.account_id.to_string(), |a| a.fields.name.clone());
    item.fields = vec![
        ("amount", money(t.currency_code, t.amount_minor)),
        ("date", t.booking_date.to_string()),
        ("account", account),
    ];
    if !t.category.is_empty() {
        item.fields.push(("category", t.category.clone()));
    }
    if t.transfer.is_some() {
        item.fields.push(("transfer", "yes".into()));
    }
    if !t.tags.is_empty() {
        item.fields.push(("tags", super::tag_text(&t.tags)));
    }
    item.fields
        .push(("cleared", if t.cleared { "yes" } else { "no" }.into()));
    item.fields.push(("id", r.kernel.id.to_string()));
    item.body = t.memo.clone();
    item
}

/// What a quick-capture line says: the amount text, payee, account, category, tags.
#[derive(Debug, PartialEq, Eq)]
struct Line {
    amount: String,
    payee: String,
    account: Option<String>,
    category: String,
    tags: Vec<String>,
}

fn parse_line(line: &str) -> Result<Line, String> {
    let mut words = line.split_whitespace();
    let Some(amount) = words.next() else {
        return Err("type an amount first: -12.50 Coffee @Checking cat:Food".into());
    };
    // Checked again with the account's currency on the worker.
    lifeos_core::money::parse_amount(amount, 4, DecimalStyle::Point).map_err(|_| {
        format!(
            "'{}' is not an amount: start with one, e.g. -12.50 (spent) or 1500 (received)",
            lifeos_core::validate::clip(amount)
        )
    })?;
    let mut l = Line {
        amount: amount.to_owned(),
        payee: String::new(),
        account: None,
        category: String::new(),
        tags: Vec::new(),
    };
    let mut payee = Vec::new();
    for w in words {
        if let Some(a) = w.strip_prefix('@').filter(|a| !a.is_empty()) {
            l.account = Some(a.to_owned());
        } else if let Some(c) = w.strip_prefix("cat:").filter(|c| !c.is_empty()) {
            check_category("category", c).map_err(|e| e.to_string())?;
            l.category = c.to_owned();
        } else if let Some(t) = w.strip_prefix('#').filter(|t| !t.is_empty()) {
            let t = lifeos_core::validate::normalize_tags([t]).map_err(|e| e.message)?;
            l.tags.extend(t);
        } else {
            payee.push(w);
        }
    }
    l.payee = payee.join(" ");
    Ok(l)
}

/// The account a line names (`@name`, any case, or a unique name prefix), else the only
/// live account, else the account of the latest transaction.
fn account_for(store: &Store, name: Option<&str>) -> anyhow::Result<Row<Account>> {
    let live: Vec<Row<Account>> = all::<Account>(store, false)?
        .into_iter()
        .filter(|a| !a.fields.archived)
        .collect();
    if live.is_empty() {
        anyhow::bail!("no account yet: lifeos account add NAME --currency EUR");
    }
    if let Some(n) = name {
        let n = n.to_lowercase();
        if let Some(a) = live.iter().find(|a| a.fields.name.to_lowercase() == n) {
            return Ok(a.clone());
        }
        let starts: Vec<&Row<Account>> = live
            .iter()
            .filter(|a| a.fields.name.to_lowercase().starts_with(&n))
            .collect();
        return match starts.as_slice() {
            [one] => Ok((*one).clone()),
            [] => anyhow::bail!("no account named '{}'", lifeos_core::validate::clip(&n)),
            _ => anyhow::bail!(
                "{} accounts start with '{}': type more of the name",
                starts.len(),
                lifeos_core::validate::clip(&n)
            ),
        };
    }
    if let [one] = live.as_slice() {
        return Ok(one.clone());
    }
    let latest = store.ids::<Transaction>(&[], Finance::ORDER)?;
    if let Some(first) = latest.first()
        && let Some(t) = store.get_many::<Transaction>(&[*first])?.first()
        && let Some(a) = live.iter().find(|a| a.kernel.id == t.fields.account_id)
    {
        return Ok(a.clone());
    }
    anyhow::bail!("{} accounts: name one with @NAME", live.len())
}

/// Adds a transaction from a quick-capture line, dated `today`; says what it added.
pub fn add(store: &mut Store, line: &str, today: time::Date) -> anyhow::Result<String> {
    let l = parse_line(line).map_err(anyhow::Error::msg)?;
    let account = account_for(store, l.account.as_deref())?;
    let c = account.fields.currency_code;
    let minor = c
        .parse(&l.amount, DecimalStyle::Point)
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    let mut t = Transaction::new(account.kernel.id, LocalDate::new(today), minor, c);
    t.payee = l.payee;
    t.category = l.category;
    t.tags = l.tags;
    let row = store.create(t)?;
    let what = if row.fields.payee.is_empty() {
        String::new()
    } else {
        format!(" {}", row.fields.payee)
    };
    Ok(format!(
        "added {}{what} to {}",
        money(c, row.fields.amount_minor),
        account.fields.name
    ))
}

/// A transfer's two sides change together: the command line does that
/// (`lifeos transfer`), not one row here.
fn not_a_transfer(store: &Store, id: Id) -> Result<(), StoreError> {
    if store.get::<Transaction>(id)?.fields.transfer.is_some() {
        return Err(StoreError::Invalid(
            lifeos_core::validate::ValidationError::new(
                "transfer",
                "this is one side of a transfer: change or delete it with lifeos transfer",
            ),
        ));
    }
    Ok(())
}

/// This month's spending per currency, as text (`412.30 EUR`).
fn spent_text(
    accounts: &[Row<Account>],
    txs: &[Row<Transaction>],
    month: Month,
) -> Result<String, anyhow::Error> {
    let rows = spending(accounts, txs, month)?;
    // Top-level categories hold their subcategories: sum those only.
    let mut per: std::collections::BTreeMap<String, (lifeos_core::money::Currency, i64)> =
        Default::default();
    for r in rows.iter().filter(|r| !r.category.contains(':')) {
        let e = per
            .entry(r.currency_code.code().to_owned())
            .or_insert((r.currency_code, 0));
        e.1 = lifeos_core::money::add(e.1, r.spent_minor)?;
    }
    if per.is_empty() {
        return Ok("nothing".into());
    }
    Ok(per
        .values()
        .map(|(c, m)| money(*c, *m))
        .collect::<Vec<_>>()
        .join(", "))
}

impl View for Finance {
    type Row = Transaction;
    /// Every account, archived and deleted ones too (old rows name them).
    type Joined = Vec<Row<Account>>;
    const DECL: Decl = Decl {
        title: "Finance",
        capture_hint: "-12.50 Coffee @Checking cat:Food #work",
        panel: true,
        ..Decl::LIST
    };
    const ORDER: &'static [SortKey] = &[SortKey::Desc("booking_date"), SortKey::Desc("created_at")];

    fn join(store: &Store, _ids: &[Id]) -> Result<Self::Joined, StoreError> {
        all::<Account>(store, true)
    }

    fn show(r: &Row<Transaction>, accounts: &Self::Joined, _ctx: &Ctx) -> Item {
        show(r, accounts)
    }

    fn today(store: &Store, ctx: &Ctx) -> Result<Option<Section>, StoreError> {
        let accounts = all::<Account>(store, false)?;
        if accounts.is_empty() {
            // No accounts kept: no section to clutter Today.
            return Ok(None);
        }
        let txs = all::<Transaction>(store, true)?;
        let month = Month::of(LocalDate::new(ctx.today));
        let spent =
            spent_text(&accounts, &txs, month).unwrap_or_else(|e| format!("not counted ({e})"));
        // Newest first: the first rows are today's, if any.
        let recent: Vec<Id> = store
            .ids::<Transaction>(&[], Self::ORDER)?
            .into_iter()
            .take(TODAY_LIMIT)
            .collect();
        let all_accounts = all::<Account>(store, true)?;
        let items: Vec<Item> = store
            .get_many::<Transaction>(&recent)?
            .iter()
            .filter(|r| r.fields.booking_date.date() == ctx.today)
            .map(|r| show(r, &all_accounts))
            .collect();
        Ok(Some(Section {
            title: format!("Spent in {month}: {spent}"),
            items,
            more: 0,
            empty: "no transactions today",
        }))
    }

    fn panel(store: &Store, ctx: &Ctx) -> Result<Option<Panel>, StoreError> {
        let accounts: Vec<Row<Account>> = all::<Account>(store, false)?
            .into_iter()
            .filter(|a| !a.fields.archived)
            .collect();
        let txs = all::<Transaction>(store, true)?;
        let budgets = all::<Budget>(store, false)?;
        let month = Month::of(LocalDate::new(ctx.today));
        let mut lines = Vec::new();
        match finance::balances(&accounts, &txs, None) {
            Ok(b) => {
                for a in &b {
                    lines.push(PanelLine::Text(
                        format!("{}  {}", a.name, money(a.currency_code, a.balance_minor)),
                        if a.balance_minor < 0 {
                            Tone::Alert
                        } else {
                            Tone::Normal
                        },
                    ));
                }
            }
            Err(e) => lines.push(PanelLine::Text(format!("balances: {e}"), Tone::Alert)),
        }
        if accounts.is_empty() {
            lines.push(PanelLine::Text(
                "no account yet: lifeos account add NAME --currency EUR".into(),
                Tone::Dim,
            ));
        }
        match budget_report(&budgets, &accounts, &txs, month) {
            Ok(report) => {
                for b in &report {
                    let permille = if b.budget_minor > 0 {
                        let p =
                            i128::from(b.spent_minor.max(0)) * 1000 / i128::from(b.budget_minor);
                        u32::try_from(p).unwrap_or(u32::MAX)
                    } else {
                        0
                    };
                    lines.push(PanelLine::Bar {
                        label: b.category.clone(),
                        permille,
                        text: format!("{} of {} {}", b.spent, b.budget, b.currency_code.code()),
                    });
                }
            }
            Err(e) => lines.push(PanelLine::Text(format!("budgets: {e}"), Tone::Alert)),
        }
        Ok(Some(Panel {
            title: format!("Balances · budgets {month}"),
            lines,
        }))
    }

    fn parse(line: &str, ctx: &Ctx) -> Result<Capture, String> {
        parse_line(line)?;
        Ok(Capture {
            title: line.trim().to_owned(),
            // The booking date: today as the UI sees it.
            due: Some(Due::Date(LocalDate::new(ctx.today))),
            ..Capture::default()
        })
    }

    fn capture_label() -> String {
        "add transaction".into()
    }

    fn created(title: &str) -> String {
        title.to_owned()
    }

    fn create(store: &mut Store, c: Capture) -> anyhow::Result<String> {
        let today = match c.due {
            Some(Due::Date(d)) => d.date(),
            _ => lifeos_core::when::today_at(lifeos_core::when::local_offset()),
        };
        add(store, &c.title, today)
    }

    fn complete(
        store: &mut Store,
        id: Id,
        version: i64,
        _ctx: &Ctx,
    ) -> anyhow::Result<Option<String>> {
        let row = store.update::<Transaction>(id, Some(version), |t, _| {
            t.cleared = !t.cleared;
            Ok(())
        })?;
        Ok(Some(format!(
            "{}: {}",
            if row.fields.cleared {
                "cleared"
            } else {
                "not cleared"
            },
            row.fields.payee
        )))
    }

    fn delete(store: &mut Store, id: Id, version: i64) -> Result<(), StoreError> {
        not_a_transfer(store, id)?;
        store.delete::<Transaction>(id, Some(version)).map(|_| ())
    }

    fn save_doc(store: &mut Store, id: Id, version: i64, text: &str) -> anyhow::Result<()> {
        not_a_transfer(store, id)?;
        super::save_yaml::<Transaction>(store, id, version, text, |_, _, _| {})
    }
}
