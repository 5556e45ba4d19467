//! `person`: someone in the user's life.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use time::{Date, Month};

use crate::entity::{Entity, EntityKind, Event};
use crate::timestamp::{LocalDate, Timestamp};
use crate::validate::{self, MAX_CONTACT_CHARS, MAX_CONTACTS, ValidationError};

/// A person.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct Person {
    /// One line, 1–500 characters.
    #[cfg_attr(
        feature = "openapi",
        schema(
            min_length = 1,
            max_length = 500,
            pattern = r"^[^\s\x00-\x1f\x7f-\x9f](?:[^\x00-\x1f\x7f-\x9f]*[^\s\x00-\x1f\x7f-\x9f])?$"
        )
    )]
    pub name: String,
    /// Email addresses (`local@domain`), at most 32.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = []))]
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::openapi::emails))]
    pub emails: Vec<String>,
    /// Phone numbers (digits, spaces and `+-().`), at most 32.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = []))]
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::openapi::phones))]
    pub phones: Vec<String>,
    /// Birthday: `YYYY-MM-DD`, or `--MM-DD` when the year is not known.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub birthday: Option<Birthday>,
    /// Free text, up to 1 MiB.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = ""))]
    #[cfg_attr(
        feature = "openapi",
        schema(max_length = 1048576, pattern = r"^[^\x00]*$")
    )]
    pub notes: String,
    /// Lower-case tags.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = []))]
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::openapi::tags))]
    pub tags: Vec<String>,
    /// When the user last was in touch.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub last_contacted_at: Option<Timestamp>,
}

impl Person {
    /// A person with only a name.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            emails: Vec::new(),
            phones: Vec::new(),
            birthday: None,
            notes: String::new(),
            tags: Vec::new(),
            last_contacted_at: None,
        }
    }
}

/// A birthday: a day of a month, with the year of birth when it is known. On the wire
/// and in text it is `YYYY-MM-DD`, or `--MM-DD` without a year (ISO 8601's and vCard's
/// form); 29 February is a birthday with or without a year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Birthday {
    year: Option<i32>,
    month: Month,
    day: u8,
}

/// Why a text is not a birthday.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("'{0}' is not a birthday: give YYYY-MM-DD, or MM-DD (or --MM-DD) without the year")]
pub struct BirthdayError(pub String);

impl Birthday {
    /// The birthday on `date` (year known).
    pub fn from_date(date: Date) -> Self {
        Self {
            year: Some(date.year()),
            month: date.month(),
            day: date.day(),
        }
    }

    /// A birthday without a year; `None` if the month has no such day (29 February is
    /// fine).
    pub fn without_year(month: Month, day: u8) -> Option<Self> {
        // 2000 is a leap year: every day any year has.
        Date::from_calendar_date(2000, month, day).ok()?;
        Some(Self {
            year: None,
            month,
            day,
        })
    }

    /// The year of birth, when known.
    pub fn year(self) -> Option<i32> {
        self.year
    }

    /// The month.
    pub fn month(self) -> Month {
        self.month
    }

    /// The day of the month.
    pub fn day(self) -> u8 {
        self.day
    }

    /// The birthday's day in `year`: 29 February falls on 28 February in other years.
    pub fn in_year(self, year: i32) -> Option<Date> {
        Date::from_calendar_date(year, self.month, self.day)
            .or_else(|_| Date::from_calendar_date(year, Month::February, 28))
            .ok()
    }

    /// As people read it: `1815-12-10`, or `12-10` without a year (the wire's `--12-10`
    /// is for machines).
    pub fn shown(self) -> String {
        match self.year {
            Some(_) => self.to_string(),
            None => format!("{:02}-{:02}", u8::from(self.month), self.day),
        }
    }

    /// Days from `today` to the next birthday (0: today).
    pub fn days_until(self, today: Date) -> i64 {
        let this_year = self.in_year(today.year());
        let next = match this_year {
            Some(d) if d >= today => Some(d),
            _ => self.in_year(today.year() + 1),
        };
        next.map_or(i64::MAX, |d| (d - today).whole_days())
    }
}

impl fmt::Display for Birthday {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.year {
            Some(y) => match Date::from_calendar_date(y, self.month, self.day) {
                Ok(d) => LocalDate::new(d).fmt(f),
                Err(_) => Err(fmt::Error),
            },
            None => write!(f, "--{:02}-{:02}", u8::from(self.month), self.day),
        }
    }
}

impl FromStr for Birthday {
    type Err = BirthdayError;

    /// `YYYY-MM-DD`, `--MM-DD` or `MM-DD`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let t = s.trim();
        let bad = || BirthdayError(crate::validate::clip(t));
        let md = t.strip_prefix("--").unwrap_or(t);
        if md.len() == 5 && md.as_bytes()[2] == b'-' {
            let num = |r: std::ops::Range<usize>| -> Option<u8> {
                let part = md.get(r)?;
                part.bytes()
                    .all(|b| b.is_ascii_digit())
                    .then(|| part.parse().ok())
                    .flatten()
            };
            let (m, d) = (num(0..2).ok_or_else(bad)?, num(3..5).ok_or_else(bad)?);
            let month = Month::try_from(m).map_err(|_| bad())?;
            return Self::without_year(month, d).ok_or_else(bad);
        }
        LocalDate::parse(t)
            .map(|d| Self::from_date(d.date()))
            .map_err(|_| bad())
    }
}

impl From<LocalDate> for Birthday {
    fn from(d: LocalDate) -> Self {
        Self::from_date(d.date())
    }
}

impl Serialize for Birthday {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Birthday {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// Checks an email address's shape: one `@`, a non-empty local part, a dotted domain,
/// no spaces. (Deliverability is not our business.)
pub fn check_email(field: &str, email: &str) -> Result<(), ValidationError> {
    validate::one_line(field, email, MAX_CONTACT_CHARS)?;
    let ok = match email.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && !domain.is_empty()
                && !domain.contains('@')
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !email.contains(char::is_whitespace)
        }
        None => false,
    };
    if ok {
        Ok(())
    } else {
        Err(ValidationError::new(
            field,
            format!("'{}' is not an email address", validate::clip(email)),
        ))
    }
}

/// Checks a phone number: digits with optional `+`, spaces, `-`, `(`, `)`, `.`.
pub fn check_phone(field: &str, phone: &str) -> Result<(), ValidationError> {
    validate::one_line(field, phone, MAX_CONTACT_CHARS)?;
    let ok = phone.chars().any(|c| c.is_ascii_digit())
        && phone
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '+' | ' ' | '-' | '(' | ')' | '.'));
    if ok {
        Ok(())
    } else {
        Err(ValidationError::new(
            field,
            format!(
                "'{}' is not a phone number: use digits, spaces and + - ( ) .",
                validate::clip(phone)
            ),
        ))
    }
}

fn check_list(
    field: &str,
    items: &[String],
    check: fn(&str, &str) -> Result<(), ValidationError>,
) -> Result<(), ValidationError> {
    if items.len() > MAX_CONTACTS {
        return Err(ValidationError::new(
            field,
            format!("{} entries; the limit is {MAX_CONTACTS}", items.len()),
        ));
    }
    for (i, item) in items.iter().enumerate() {
        check(&format!("{field}[{i}]"), item)?;
    }
    Ok(())
}

impl Entity for Person {
    const KIND: EntityKind = EntityKind::Person;
    const SEARCH_FIELDS: &'static [&'static str] = &["name", "notes", "emails", "phones"];
    const EVENTS: &'static [Event] = &[
        Event::new("created_at", "added"),
        Event::new("last_contacted_at", "contacted"),
    ];

    fn example(_refs: &dyn Fn(EntityKind) -> crate::id::Id) -> Self {
        crate::model::example(serde_json::json!({"name": "mine"}))
    }

    fn edit_example(&mut self) {
        self.name = "edited".into();
    }

    fn validate(&self) -> Result<(), ValidationError> {
        validate::title("name", &self.name)?;
        check_list("emails", &self.emails, check_email)?;
        check_list("phones", &self.phones, check_phone)?;
        validate::long_text("notes", &self.notes)?;
        validate::check_tags(&self.tags)
    }

    fn tags(&self) -> &[String] {
        &self.tags
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_and_phones() {
        assert!(check_email("e", "ada@example.org").is_ok());
        for bad in [
            "ada",
            "@example.org",
            "ada@",
            "ada@example",
            "a b@example.org",
            "a@b@c.org",
            "ada@.org",
        ] {
            assert!(check_email("e", bad).is_err(), "{bad}");
        }
        assert!(check_phone("p", "+44 (0)20 7946-0958").is_ok());
        for bad in ["", "call me", "+++", "12;DROP TABLE"] {
            assert!(check_phone("p", bad).is_err(), "{bad}");
        }
        let mut p = Person::new("Ada");
        p.emails = vec!["x".into()];
        assert_eq!(p.validate().unwrap_err().field, "emails[0]");
    }

    #[test]
    fn a_birthday_may_omit_the_year() {
        use time::macros::date;
        let b: Birthday = "03-14".parse().unwrap();
        assert_eq!((b.year(), b.to_string().as_str()), (None, "--03-14"));
        assert_eq!("--03-14".parse::<Birthday>().unwrap(), b);
        let full: Birthday = "1815-12-10".parse().unwrap();
        assert_eq!(full.to_string(), "1815-12-10");
        assert_eq!(full.year(), Some(1815));
        // 29 February exists without a year, and falls on the 28th in other years.
        let leap: Birthday = "--02-29".parse().unwrap();
        assert_eq!(leap.days_until(date!(2027 - 02 - 27)), 1);
        assert_eq!(b.days_until(date!(2027 - 03 - 14)), 0);
        assert_eq!(b.days_until(date!(2027 - 03 - 15)), 365);
        for bad in [
            "02-30",
            "13-01",
            "--00-10",
            "3-14",
            "03-1x",
            "2026-02-30",
            "",
            "--",
            "1-2-3",
        ] {
            assert!(bad.parse::<Birthday>().is_err(), "{bad}");
        }
        // The wire: a string either way, read back the same; old rows still read.
        let mut p = Person::new("Ada");
        p.birthday = Some(b);
        let json = serde_json::to_value(&p).unwrap();
        assert_eq!(json["birthday"], "--03-14");
        let back: Person = serde_json::from_value(json).unwrap();
        assert_eq!(back, p);
        let old: Person =
            serde_json::from_value(serde_json::json!({"name": "A", "birthday": "1990-01-02"}))
                .unwrap();
        assert_eq!(old.birthday.unwrap().year(), Some(1990));
        assert!(
            serde_json::from_value::<Person>(
                serde_json::json!({"name": "A", "birthday": "--02-30"})
            )
            .is_err()
        );
    }
}
