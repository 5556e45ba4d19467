//! Finance: `account`, `transaction` (a transfer is a linked pair of them) and `budget`.
//! Money is always `amount_minor` (i64) with the ISO 4217 `currency_code`.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::entity::{Entity, EntityKind, Event, Pair};
use crate::id::Id;
use crate::money::Currency;
use crate::query::{self, Filter, ListFilter, ParamType};
use crate::timestamp::LocalDate;
use crate::validate::{self, ValidationError};

/// Longest category, in characters.
pub const MAX_CATEGORY_CHARS: usize = 200;
/// Longest payee or memo line, in characters.
pub const MAX_PAYEE_CHARS: usize = 500;

/// What an account is.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[cfg_attr(feature = "clap", derive(clap::ValueEnum))]
#[serde(rename_all = "snake_case")]
pub enum AccountKind {
    /// A current account.
    #[default]
    Checking,
    /// A savings account.
    Savings,
    /// A credit card (a liability).
    #[cfg_attr(feature = "clap", value(name = "credit_card", alias = "credit-card"))]
    CreditCard,
    /// Cash in hand.
    Cash,
    /// Investments.
    Investment,
    /// A loan (a liability).
    Loan,
}

impl AccountKind {
    /// The wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Checking => "checking",
            Self::Savings => "savings",
            Self::CreditCard => "credit_card",
            Self::Cash => "cash",
            Self::Investment => "investment",
            Self::Loan => "loan",
        }
    }

    /// Whether the account is something owed (its balance is usually negative).
    pub fn is_liability(self) -> bool {
        matches!(self, Self::CreditCard | Self::Loan)
    }
}

/// An account.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct Account {
    /// One line, 1–500 characters; unique among live accounts (the CLI finds accounts by it).
    #[cfg_attr(
        feature = "openapi",
        schema(
            min_length = 1,
            max_length = 500,
            pattern = r"^[^\s\x00-\x1f\x7f-\x9f](?:[^\x00-\x1f\x7f-\x9f]*[^\s\x00-\x1f\x7f-\x9f])?$"
        )
    )]
    pub name: String,
    /// checking, savings, credit_card, cash, investment or loan.
    #[serde(default)]
    pub kind: AccountKind,
    /// ISO 4217 code; every transaction of the account is in it.
    #[cfg_attr(feature = "openapi", schema(value_type = String, example = "EUR", pattern = "^[A-Z]{3}$"))]
    pub currency_code: Currency,
    /// The balance on `opening_date`, in minor units.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = 0))]
    pub opening_balance_minor: i64,
    /// The day the opening balance holds from.
    pub opening_date: LocalDate,
    /// Closed accounts stay for history but leave the default lists.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = false))]
    pub archived: bool,
}

impl Entity for Account {
    const KIND: EntityKind = EntityKind::Account;
    const SEARCH_FIELDS: &'static [&'static str] = &["name"];
    const EVENTS: &'static [Event] = &[Event::new("opening_date", "opened")];

    fn example(_refs: &dyn Fn(EntityKind) -> crate::id::Id) -> Self {
        crate::model::example(
            serde_json::json!({"name": "mine", "currency_code": "EUR", "opening_date": "2026-01-01"}),
        )
    }

    fn edit_example(&mut self) {
        self.name = "edited".into();
    }

    fn validate(&self) -> Result<(), ValidationError> {
        validate::title("name", &self.name)
    }
}

/// The link of a transfer side to its counterpart.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct Transfer {
    /// The pair's revision: every change of a transfer writes a new one to both sides,
    /// so a replica can tell that it holds both sides of the same change. It is the first
    /// field of the row's JSON, so the merge rule's byte-wise tie-break picks the same
    /// change for both sides.
    pub rev: Id,
    /// The transfer's id, shared by both sides.
    pub id: Id,
    /// The other side (a transaction).
    pub counterpart_id: Id,
}

/// A transaction: money in (positive) or out (negative) of one account.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct Transaction {
    /// Set on both sides of a transfer between two accounts (first: see [`Transfer::rev`]).
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub transfer: Option<Transfer>,
    /// The account.
    pub account_id: Id,
    /// The booking date.
    pub booking_date: LocalDate,
    /// Minor units; negative is an outflow.
    pub amount_minor: i64,
    /// The account's currency.
    #[cfg_attr(feature = "openapi", schema(value_type = String, example = "EUR", pattern = "^[A-Z]{3}$"))]
    pub currency_code: Currency,
    /// Who was paid or paid you.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = ""))]
    #[cfg_attr(
        feature = "openapi",
        schema(max_length = 500, pattern = r"^[^\x00-\x1f\x7f-\x9f]*$")
    )]
    pub payee: String,
    /// Hierarchical, `Food:Groceries`; empty for none (transfers have none). Names
    /// separated by `:`, each words separated by single spaces, without `;` or brackets.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = ""))]
    #[cfg_attr(
        feature = "openapi",
        schema(
            max_length = 200,
            pattern = r"^(?:[^\s:;()\[\]\x00-\x1f\x7f-\x9f]+(?: [^\s:;()\[\]\x00-\x1f\x7f-\x9f]+)*(?::[^\s:;()\[\]\x00-\x1f\x7f-\x9f]+(?: [^\s:;()\[\]\x00-\x1f\x7f-\x9f]+)*)*)?$"
        )
    )]
    pub category: String,
    /// Free text, one line.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = ""))]
    #[cfg_attr(
        feature = "openapi",
        schema(max_length = 500, pattern = r"^[^\x00-\x1f\x7f-\x9f]*$")
    )]
    pub memo: String,
    /// Lower-case tags.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = []))]
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::openapi::tags))]
    pub tags: Vec<String>,
    /// Whether the bank has cleared it.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = false))]
    pub cleared: bool,
    /// For imported rows: a fingerprint of the source row, so importing the same file
    /// twice adds nothing (and two devices importing it merge).
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub import_id: Option<String>,
}

impl Transaction {
    /// A plain transaction.
    pub fn new(
        account_id: Id,
        booking_date: LocalDate,
        amount_minor: i64,
        currency_code: Currency,
    ) -> Self {
        Self {
            transfer: None,
            account_id,
            booking_date,
            amount_minor,
            currency_code,
            payee: String::new(),
            category: String::new(),
            memo: String::new(),
            tags: Vec::new(),
            cleared: false,
            import_id: None,
        }
    }
}

/// Checks a hierarchical category: `:`-separated non-empty segments without leading or
/// trailing spaces, no whitespace but single spaces (a journal ends an account name at two), no
/// `;` (a journal comment), at most 200 characters. Empty means none.
pub fn check_category(field: &str, c: &str) -> Result<(), ValidationError> {
    if c.is_empty() {
        return Ok(());
    }
    validate::one_line(field, c, MAX_CATEGORY_CHARS)?;
    if c.contains("  ")
        || c.contains(';')
        || c.contains(['(', ')', '[', ']'])
        || c.chars().any(|ch| ch.is_whitespace() && ch != ' ')
    {
        return Err(ValidationError::new(
            field,
            format!(
                "'{}' is not a category: single spaces only, no ';' or brackets",
                validate::clip(c)
            ),
        ));
    }
    if c.split(':').any(|s| s.is_empty() || s.trim() != s) {
        return Err(ValidationError::new(
            field,
            format!(
                "'{}' is not a category: use names separated by ':' (Food:Groceries)",
                validate::clip(c)
            ),
        ));
    }
    Ok(())
}

/// Whether `category` is `parent` or below it (`Food:Groceries` is under `Food`).
pub fn category_under(category: &str, parent: &str) -> bool {
    category == parent
        || (category.len() > parent.len()
            && category.starts_with(parent)
            && category.as_bytes().get(parent.len()) == Some(&b':'))
}

fn category_filter(v: &str) -> Result<Filter, String> {
    check_category("category", v).map_err(|e| e.message)?;
    Ok(Filter::Under("category", v.to_owned(), ':'))
}

/// The list parameters of transactions.
const TRANSACTION_FILTERS: &[ListFilter] = &[
    ListFilter {
        param: "account_id",
        doc: "Of this account (its id).",
        ty: ParamType::Id,
        parse: |v| query::parse_id(v).map(|id| Filter::In("account_id", vec![id])),
    },
    ListFilter {
        param: "category",
        doc: "In this category or below it (`Food` covers `Food:Groceries`).",
        ty: ParamType::Text,
        parse: category_filter,
    },
    ListFilter {
        param: "from",
        doc: "Booked on or after this date.",
        ty: ParamType::Date,
        parse: |v| query::parse_date(v).map(|d| Filter::AtLeast("booking_date", d)),
    },
    ListFilter {
        param: "to",
        doc: "Booked on or before this date.",
        ty: ParamType::Date,
        parse: |v| query::parse_date(v).map(|d| Filter::AtMost("booking_date", d)),
    },
];

/// The list parameters of budgets.
const BUDGET_FILTERS: &[ListFilter] = &[
    ListFilter {
        param: "category",
        doc: "In this category or below it (`Food` covers `Food:Groceries`).",
        ty: ParamType::Text,
        parse: category_filter,
    },
    ListFilter {
        param: "month",
        doc: "Of this month (`YYYY-MM`).",
        ty: ParamType::Month,
        parse: |v| {
            v.trim()
                .parse::<Month>()
                .map(|m| Filter::In("month", vec![m.to_string()]))
                .map_err(|e| e.message)
        },
    },
];

impl Entity for Transaction {
    const KIND: EntityKind = EntityKind::Transaction;
    const SEARCH_FIELDS: &'static [&'static str] = &["payee", "memo", "category"];
    const EVENTS: &'static [Event] = &[Event::new("booking_date", "booked")];
    const PARENT: Option<(&'static str, EntityKind)> = Some(("account_id", EntityKind::Account));
    const FILTERS: &'static [ListFilter] = TRANSACTION_FILTERS;

    fn example(refs: &dyn Fn(EntityKind) -> crate::id::Id) -> Self {
        crate::model::example(
            serde_json::json!({"account_id": refs(EntityKind::Account), "booking_date": "2026-12-01", "amount_minor": -4250, "currency_code": "EUR", "payee": "mine"}),
        )
    }

    fn edit_example(&mut self) {
        self.payee = "edited".into();
    }
    const HAS_NATURAL_KEY: bool = true;

    fn validate(&self) -> Result<(), ValidationError> {
        validate::one_line("payee", &self.payee, MAX_PAYEE_CHARS)?;
        validate::one_line("memo", &self.memo, MAX_PAYEE_CHARS)?;
        check_category("category", &self.category)?;
        validate::check_tags(&self.tags)?;
        if let Some(t) = &self.transfer {
            if !self.category.is_empty() {
                return Err(ValidationError::new(
                    "category",
                    "a transfer has no category",
                ));
            }
            if t.counterpart_id == t.id {
                return Err(ValidationError::new(
                    "transfer.counterpart_id",
                    "must name the other side",
                ));
            }
        }
        if let Some(i) = &self.import_id
            && (i.is_empty() || i.len() > 128 || !i.bytes().all(|b| b.is_ascii_graphic()))
        {
            return Err(ValidationError::new(
                "import_id",
                "1-128 printable ASCII characters",
            ));
        }
        Ok(())
    }

    fn tags(&self) -> &[String] {
        &self.tags
    }

    fn natural_key(&self) -> Option<String> {
        // The same bank row imported on two devices is one transaction.
        self.import_id
            .as_ref()
            .map(|i| format!("{}:{i}", self.account_id))
    }

    fn pair(&self) -> Option<Pair> {
        self.transfer.map(|t| Pair {
            counterpart: t.counterpart_id,
            rev: t.rev,
        })
    }

    const PAIR_NAME: &'static str = "transfer";

    fn relink(&mut self, pair: Pair) {
        self.category.clear();
        self.transfer = self.transfer.map(|t| Transfer {
            rev: pair.rev,
            counterpart_id: pair.counterpart,
            ..t
        });
    }

    fn check_pair(a: &Self, b: &Self) -> Result<(), ValidationError> {
        crate::finance::check_accounts(a, b)
    }

    fn example_pair(refs: &dyn Fn(EntityKind) -> Id) -> Option<[(Id, Self); 2]> {
        let out = Self::example(refs);
        let mut into = out.clone();
        // The other account need not be here: a side names it, nothing more.
        into.account_id = Id::generate();
        into.amount_minor = -out.amount_minor;
        crate::finance::new_transfer(out, into).ok()
    }
}

/// A calendar month, `YYYY-MM`.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month {
    year: i32,
    month: u8,
}

impl Month {
    /// The month of a date.
    pub fn of(d: LocalDate) -> Self {
        let d = d.date();
        Self {
            year: d.year(),
            month: u8::from(d.month()),
        }
    }

    /// Its first day.
    pub fn first_day(self) -> LocalDate {
        let m = time::Month::try_from(self.month).unwrap_or(time::Month::January);
        time::Date::from_calendar_date(self.year, m, 1)
            .map(LocalDate::new)
            .unwrap_or_else(|_| LocalDate::new(time::Date::MIN))
    }

    /// Whether `d` falls in this month.
    pub fn contains(self, d: LocalDate) -> bool {
        Self::of(d) == self
    }
}

impl fmt::Display for Month {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

impl fmt::Debug for Month {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Month({self})")
    }
}

impl FromStr for Month {
    type Err = ValidationError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || {
            ValidationError::new(
                "month",
                format!("'{}' is not a month: use YYYY-MM", validate::clip(s)),
            )
        };
        let b = s.as_bytes();
        if b.len() != 7 || b[4] != b'-' {
            return Err(bad());
        }
        let (y, m) = (&s[..4], &s[5..]);
        if !y.bytes().chain(m.bytes()).all(|c| c.is_ascii_digit()) {
            return Err(bad());
        }
        let year: i32 = y.parse().map_err(|_| bad())?;
        let month: u8 = m.parse().map_err(|_| bad())?;
        if !(1..=12).contains(&month) {
            return Err(bad());
        }
        Ok(Self { year, month })
    }
}

impl Serialize for Month {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Month {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// A budget: how much to spend on a category (and its subcategories) in a month.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct Budget {
    /// Hierarchical category (`Food` covers `Food:Groceries`), written as a
    /// transaction's.
    #[cfg_attr(
        feature = "openapi",
        schema(
            min_length = 1,
            max_length = 200,
            pattern = r"^[^\s:;()\[\]\x00-\x1f\x7f-\x9f]+(?: [^\s:;()\[\]\x00-\x1f\x7f-\x9f]+)*(?::[^\s:;()\[\]\x00-\x1f\x7f-\x9f]+(?: [^\s:;()\[\]\x00-\x1f\x7f-\x9f]+)*)*$"
        )
    )]
    pub category: String,
    /// `YYYY-MM`.
    #[cfg_attr(feature = "openapi", schema(value_type = String, example = "2026-12", pattern = "^[0-9]{4}-(0[1-9]|1[0-2])$"))]
    pub month: Month,
    /// Minor units, zero or more.
    #[cfg_attr(feature = "openapi", schema(minimum = 0))]
    pub amount_minor: i64,
    /// ISO 4217 code.
    #[cfg_attr(feature = "openapi", schema(value_type = String, example = "EUR", pattern = "^[A-Z]{3}$"))]
    pub currency_code: Currency,
}

impl Entity for Budget {
    const KIND: EntityKind = EntityKind::Budget;
    const SEARCH_FIELDS: &'static [&'static str] = &["category"];
    const EVENTS: &'static [Event] = &[];
    const FILTERS: &'static [ListFilter] = BUDGET_FILTERS;

    fn example(_refs: &dyn Fn(EntityKind) -> crate::id::Id) -> Self {
        crate::model::example(
            serde_json::json!({"category": "Food", "month": "2026-12", "amount_minor": 40000, "currency_code": "EUR"}),
        )
    }

    fn edit_example(&mut self) {
        self.category = "Edited".into();
    }
    const HAS_NATURAL_KEY: bool = true;

    fn validate(&self) -> Result<(), ValidationError> {
        if self.category.is_empty() {
            return Err(ValidationError::new("category", "must not be empty"));
        }
        check_category("category", &self.category)?;
        if self.amount_minor < 0 {
            return Err(ValidationError::new(
                "amount_minor",
                "a budget is zero or more",
            ));
        }
        Ok(())
    }

    fn natural_key(&self) -> Option<String> {
        // One budget per category, month and currency, whichever device set it.
        Some(format!(
            "{}:{}:{}",
            self.month, self.currency_code, self.category
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn categories() {
        for ok in ["", "Food", "Food:Groceries", "Eating out:Lunch", "Café"] {
            assert!(check_category("category", ok).is_ok(), "{ok}");
        }
        for bad in [
            ":Food", "Food:", "Food::X", " Food", "Food :X", "a  b", "a;b", "(a)", "a\tb", "a\nb",
        ] {
            assert!(check_category("category", bad).is_err(), "{bad}");
        }
        assert!(category_under("Food:Groceries", "Food"));
        assert!(category_under("Food", "Food"));
        assert!(!category_under("Foodstuff", "Food"));
    }

    #[test]
    fn months() {
        let m: Month = "2026-12".parse().unwrap();
        assert_eq!(m.to_string(), "2026-12");
        assert_eq!(m.first_day().to_string(), "2026-12-01");
        assert!(m.contains(LocalDate::parse("2026-12-31").unwrap()));
        assert!(!m.contains(LocalDate::parse("2027-01-01").unwrap()));
        for bad in [
            "2026-13",
            "2026-00",
            "2026-1",
            "26-12",
            "2026/12",
            "2026-12-01",
        ] {
            assert!(bad.parse::<Month>().is_err(), "{bad}");
        }
    }

    #[test]
    fn a_transfer_side_sorts_by_its_revision_first() {
        let id = Id::generate();
        let d = LocalDate::parse("2026-12-01").unwrap();
        let mut t = Transaction::new(id, d, -100, Currency::from_code("EUR").unwrap());
        t.transfer = Some(Transfer {
            rev: Id::generate(),
            id: Id::generate(),
            counterpart_id: Id::generate(),
        });
        let json = serde_json::to_string(&t).unwrap();
        assert!(json.starts_with("{\"transfer\":{\"rev\":"), "{json}");
        assert!(t.validate().is_ok());
        t.category = "Food".into();
        assert!(t.validate().is_err());
    }
}
