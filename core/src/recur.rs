//! Recurring tasks: the rules people write (`weekly`, `every 2 weeks on mon,thu`,
//! `monthly on the last friday`), an RRULE subset, and the next due date of a series.
//!
//! | rule | RRULE | next after a due date |
//! |---|---|---|
//! | `daily`, `every N days` | `FREQ=DAILY;INTERVAL=N` | N days later |
//! | `weekdays` | `FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR` | the next Monday to Friday |
//! | `weekly`, `every N weeks` | `FREQ=WEEKLY;INTERVAL=N` | N weeks later |
//! | `weekly on mon,thu`, `every N weeks on …` | `…;BYDAY=MO,TH` | the next listed day, in every Nth week counted from the series' first |
//! | `monthly`, `every N months` | `FREQ=MONTHLY;INTERVAL=N` | the first instance's day of the month, N months on (the 31st is the month's last day in shorter months) |
//! | `monthly on the last friday`, `… on the 2nd tuesday` | `…;BYDAY=-1FR`, `2TU` | that weekday of the month (first to fourth, or last): later this month, else N months on |
//! | `yearly`, `every N years` | `FREQ=YEARLY;INTERVAL=N` | the first instance's month and day, N years on (29 February: the 28th in other years) |
//!
//! A due date with a time keeps its local time of day in the zone given (across a change
//! to or from summer time the instant moves, the clock time does not).

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use time::{Date, Duration, Month, Weekday};

use crate::model::Due;
use crate::timestamp::{LocalDate, Timestamp};
use crate::validate;

/// When a monthly rule falls in its month.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MonthDay {
    /// The first instance's day of the month.
    Same,
    /// The nth weekday of the month (1–4), or the last (-1).
    Nth(i8, Weekday),
}

/// A recurrence rule (see the module's documentation for the language).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Rule {
    /// Every N days.
    Days(u16),
    /// Monday to Friday.
    Weekdays,
    /// Every N weeks, on these weekdays (none: the first instance's).
    Weeks(u16, Vec<Weekday>),
    /// Every N months.
    Months(u16, MonthDay),
    /// Every N years.
    Years(u16),
}

const DAYS: [(Weekday, &str, &str); 7] = [
    (Weekday::Monday, "mon", "monday"),
    (Weekday::Tuesday, "tue", "tuesday"),
    (Weekday::Wednesday, "wed", "wednesday"),
    (Weekday::Thursday, "thu", "thursday"),
    (Weekday::Friday, "fri", "friday"),
    (Weekday::Saturday, "sat", "saturday"),
    (Weekday::Sunday, "sun", "sunday"),
];

fn weekday(w: &str) -> Option<Weekday> {
    let w = w.trim().trim_end_matches('s');
    DAYS.iter()
        .find(|(_, short, long)| w == *short || w == long.trim_end_matches('s'))
        .map(|d| d.0)
}

fn short(w: Weekday) -> &'static str {
    DAYS.iter().find(|d| d.0 == w).map_or("mon", |d| d.1)
}

/// What [`Rule::parse`] reads, for messages.
pub const RULE_GRAMMAR: &str = "daily, weekdays, weekly, monthly, yearly, every N days|weeks|months|years, weekly on mon,thu, every 2 weeks on mon,thu, monthly on the last friday, monthly on the 2nd tuesday";

impl Rule {
    /// Reads a rule (any case, extra spaces ignored).
    pub fn parse(s: &str) -> Result<Self, String> {
        let bad = || {
            format!(
                "'{}' is not a recurrence: use {RULE_GRAMMAR}",
                validate::clip(s)
            )
        };
        let lower = s.to_lowercase();
        let words: Vec<&str> = lower.split_whitespace().collect();
        let (head, on) = match words.iter().position(|w| *w == "on") {
            Some(i) => (&words[..i], Some(&words[i + 1..])),
            None => (&words[..], None),
        };
        let (every, unit) = match head {
            ["daily"] => (1, "day"),
            ["weekdays"] | ["every", "weekday"] => {
                return if on.is_none() {
                    Ok(Self::Weekdays)
                } else {
                    Err(bad())
                };
            }
            ["weekly"] => (1, "week"),
            ["monthly"] => (1, "month"),
            ["yearly"] | ["annually"] => (1, "year"),
            ["every", unit] => (1, *unit),
            ["every", n, unit] => {
                let n: u16 = n.parse().map_err(|_| bad())?;
                (n, *unit)
            }
            _ => return Err(bad()),
        };
        let unit = unit.trim_end_matches('s');
        let (max, rule) = match (unit, on) {
            ("day", None) => (366, Self::Days(every)),
            ("week", None) => (52, Self::Weeks(every, Vec::new())),
            ("week", Some(days)) => {
                let list = days.join("");
                let mut v = Vec::new();
                for d in list.split(',').filter(|d| !d.is_empty()) {
                    let w = weekday(d).ok_or_else(bad)?;
                    if !v.contains(&w) {
                        v.push(w);
                    }
                }
                if v.is_empty() {
                    return Err(bad());
                }
                v.sort_by_key(|w| w.number_days_from_monday());
                (52, Self::Weeks(every, v))
            }
            ("month", None) => (24, Self::Months(every, MonthDay::Same)),
            ("month", Some(rest)) => {
                let rest: Vec<&str> = rest.iter().copied().filter(|w| *w != "the").collect();
                let [nth, day] = rest.as_slice() else {
                    return Err(bad());
                };
                let n = match *nth {
                    "first" | "1st" => 1,
                    "second" | "2nd" => 2,
                    "third" | "3rd" => 3,
                    "fourth" | "4th" => 4,
                    "last" => -1,
                    _ => return Err(bad()),
                };
                (
                    24,
                    Self::Months(every, MonthDay::Nth(n, weekday(day).ok_or_else(bad)?)),
                )
            }
            ("year", None) => (10, Self::Years(every)),
            _ => return Err(bad()),
        };
        if every == 0 || every > max {
            return Err(format!("'{}': every 1 to {max} {unit}s", validate::clip(s)));
        }
        Ok(rule)
    }

    /// The first occurrence strictly after `current`, in a series whose first instance
    /// fell on `first` (for the week and month a rule counts from).
    pub fn next(&self, first: Date, current: Date) -> Option<Date> {
        match self {
            Self::Days(n) => current.checked_add(Duration::days(i64::from(*n))),
            Self::Weekdays => {
                let mut d = current.next_day()?;
                while matches!(d.weekday(), Weekday::Saturday | Weekday::Sunday) {
                    d = d.next_day()?;
                }
                Some(d)
            }
            Self::Weeks(n, days) if days.is_empty() => {
                current.checked_add(Duration::weeks(i64::from(*n)))
            }
            Self::Weeks(n, days) => {
                let monday =
                    |d: Date| d - Duration::days(i64::from(d.weekday().number_days_from_monday()));
                let start = monday(first);
                let mut d = current.next_day()?;
                for _ in 0..(7 * usize::from(*n) + 7) {
                    let weeks = (monday(d) - start).whole_weeks();
                    if days.contains(&d.weekday()) && weeks.rem_euclid(i64::from(*n)) == 0 {
                        return Some(d);
                    }
                    d = d.next_day()?;
                }
                None
            }
            Self::Months(n, MonthDay::Same) => {
                let (y, m) = add_months(current.year(), current.month(), *n)?;
                let day = first.day().min(m.length(y));
                Date::from_calendar_date(y, m, day).ok()
            }
            Self::Months(n, MonthDay::Nth(k, wd)) => {
                if let Some(d) = nth_weekday(current.year(), current.month(), *k, *wd)
                    && d > current
                {
                    return Some(d);
                }
                let (y, m) = add_months(current.year(), current.month(), *n)?;
                nth_weekday(y, m, *k, *wd)
            }
            Self::Years(n) => {
                let y = current.year().checked_add(i32::from(*n))?;
                let day = first.day().min(first.month().length(y));
                Date::from_calendar_date(y, first.month(), day).ok()
            }
        }
    }
}

fn add_months(year: i32, month: Month, n: u16) -> Option<(i32, Month)> {
    let index = i64::from(year) * 12 + i64::from(u8::from(month)) - 1 + i64::from(n);
    let y = i32::try_from(index.div_euclid(12)).ok()?;
    let m = Month::try_from(u8::try_from(index.rem_euclid(12) + 1).ok()?).ok()?;
    Some((y, m))
}

fn nth_weekday(year: i32, month: Month, k: i8, wd: Weekday) -> Option<Date> {
    if k > 0 {
        let first = Date::from_calendar_date(year, month, 1).ok()?;
        let offset = (7 + i64::from(wd.number_days_from_monday())
            - i64::from(first.weekday().number_days_from_monday()))
            % 7;
        let d = first + Duration::days(offset + 7 * (i64::from(k) - 1));
        (d.month() == month).then_some(d)
    } else {
        let last = Date::from_calendar_date(year, month, month.length(year)).ok()?;
        let back = (7 + i64::from(last.weekday().number_days_from_monday())
            - i64::from(wd.number_days_from_monday()))
            % 7;
        Some(last - Duration::days(back))
    }
}

impl fmt::Display for Rule {
    /// The canonical text, which [`Rule::parse`] reads back.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let every = |f: &mut fmt::Formatter<'_>, n: u16, one: &str, unit: &str| {
            if n == 1 {
                f.write_str(one)
            } else {
                write!(f, "every {n} {unit}s")
            }
        };
        match self {
            Self::Days(n) => every(f, *n, "daily", "day"),
            Self::Weekdays => f.write_str("weekdays"),
            Self::Weeks(n, days) => {
                every(f, *n, "weekly", "week")?;
                if !days.is_empty() {
                    let list: Vec<&str> = days.iter().map(|d| short(*d)).collect();
                    write!(f, " on {}", list.join(","))?;
                }
                Ok(())
            }
            Self::Months(n, on) => {
                every(f, *n, "monthly", "month")?;
                if let MonthDay::Nth(k, wd) = on {
                    let nth = match k {
                        1 => "1st",
                        2 => "2nd",
                        3 => "3rd",
                        4 => "4th",
                        _ => "last",
                    };
                    let long = DAYS.iter().find(|d| d.0 == *wd).map_or("monday", |d| d.2);
                    write!(f, " on the {nth} {long}")?;
                }
                Ok(())
            }
            Self::Years(n) => every(f, *n, "yearly", "year"),
        }
    }
}

impl Serialize for Rule {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Rule {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        Rule::parse(&s).map_err(serde::de::Error::custom)
    }
}

/// The due date of the instance after one due `current`, in a series whose first
/// instance was due `first`, keeping a timed due's local clock time in `zone`.
pub fn next_due(rule: &Rule, first: Due, current: Due, zone: &jiff::tz::TimeZone) -> Option<Due> {
    let local = |d: Due| -> Option<(Date, Option<jiff::civil::Time>)> {
        match d {
            Due::Date(d) => Some((d.date(), None)),
            Due::At(t) => {
                let ts = jiff::Timestamp::from_millisecond(
                    i64::try_from(t.datetime().unix_timestamp_nanos() / 1_000_000).ok()?,
                )
                .ok()?;
                let dt = ts.to_zoned_datetime(zone.clone()).datetime();
                let date = Date::from_calendar_date(
                    i32::from(dt.year()),
                    Month::try_from(u8::try_from(dt.month()).ok()?).ok()?,
                    u8::try_from(dt.day()).ok()?,
                )
                .ok()?;
                Some((date, Some(dt.time())))
            }
        }
    };
    let (first_day, _) = local(first)?;
    let (day, clock) = local(current)?;
    let next = rule.next(first_day, day)?;
    if !(1..=9999).contains(&next.year()) {
        return None;
    }
    match clock {
        None => Some(Due::Date(LocalDate::new(next))),
        Some(clock) => {
            let civil = jiff::civil::Date::new(
                i16::try_from(next.year()).ok()?,
                i8::try_from(u8::from(next.month())).ok()?,
                i8::try_from(next.day()).ok()?,
            )
            .ok()?
            .to_datetime(clock);
            let zoned = civil.to_zoned_datetime(zone.clone()).ok()?;
            let ms = zoned.timestamp().as_millisecond();
            let dt =
                time::OffsetDateTime::from_unix_timestamp_nanos(i128::from(ms) * 1_000_000).ok()?;
            Some(Due::At(Timestamp::from_datetime(dt)))
        }
    }
}

#[cfg(test)]
mod tests {
    use time::macros::date;

    use super::*;

    fn d(s: &str) -> Date {
        LocalDate::parse(s).unwrap().date()
    }

    /// (rule, first, current, next): across month ends, leap days and years.
    const TABLE: &[(&str, &str, &str, &str)] = &[
        ("daily", "2026-12-31", "2026-12-31", "2027-01-01"),
        ("every 3 days", "2026-02-27", "2026-02-27", "2026-03-02"),
        ("every 3 days", "2028-02-27", "2028-02-27", "2028-03-01"),
        ("weekdays", "2026-12-04", "2026-12-04", "2026-12-07"),
        ("weekdays", "2026-12-07", "2026-12-07", "2026-12-08"),
        ("weekly", "2026-12-29", "2026-12-29", "2027-01-05"),
        ("every 2 weeks", "2026-12-01", "2026-12-01", "2026-12-15"),
        (
            "weekly on mon,thu",
            "2026-12-07",
            "2026-12-07",
            "2026-12-10",
        ),
        (
            "weekly on mon,thu",
            "2026-12-07",
            "2026-12-10",
            "2026-12-14",
        ),
        (
            "every 2 weeks on mon,thu",
            "2026-12-07",
            "2026-12-10",
            "2026-12-21",
        ),
        (
            "every 2 weeks on mon,thu",
            "2026-12-07",
            "2026-12-21",
            "2026-12-24",
        ),
        ("monthly", "2026-01-31", "2026-01-31", "2026-02-28"),
        ("monthly", "2026-01-31", "2026-02-28", "2026-03-31"),
        ("monthly", "2028-01-31", "2028-01-31", "2028-02-29"),
        ("monthly", "2026-12-15", "2026-12-15", "2027-01-15"),
        ("every 3 months", "2026-11-30", "2026-11-30", "2027-02-28"),
        (
            "monthly on the last friday",
            "2026-12-01",
            "2026-12-01",
            "2026-12-25",
        ),
        (
            "monthly on the last friday",
            "2026-12-01",
            "2026-12-25",
            "2027-01-29",
        ),
        (
            "monthly on the 2nd tuesday",
            "2026-12-08",
            "2026-12-08",
            "2027-01-12",
        ),
        (
            "monthly on the first monday",
            "2027-02-01",
            "2027-02-01",
            "2027-03-01",
        ),
        ("yearly", "2028-02-29", "2028-02-29", "2029-02-28"),
        ("yearly", "2028-02-29", "2031-02-28", "2032-02-29"),
        ("every 2 years", "2026-12-31", "2026-12-31", "2028-12-31"),
    ];

    #[test]
    fn the_next_date_of_every_rule() {
        for (rule, first, current, next) in TABLE {
            let r = Rule::parse(rule).unwrap();
            assert_eq!(
                r.next(d(first), d(current)),
                Some(d(next)),
                "{rule} after {current}"
            );
            // The canonical text reads back as the same rule.
            assert_eq!(Rule::parse(&r.to_string()).unwrap(), r, "{rule}");
        }
    }

    #[test]
    fn spellings_read_and_bad_rules_say_why() {
        for (text, canonical) in [
            ("Daily", "daily"),
            ("every day", "daily"),
            ("every 1 weeks", "weekly"),
            ("every  2 weeks on thu, mon", "every 2 weeks on mon,thu"),
            ("weekly on Mondays,Thursdays", "weekly on mon,thu"),
            ("monthly on the last Friday", "monthly on the last friday"),
            ("monthly on 2nd tue", "monthly on the 2nd tuesday"),
            ("every weekday", "weekdays"),
            ("annually", "yearly"),
        ] {
            assert_eq!(Rule::parse(text).unwrap().to_string(), canonical, "{text}");
        }
        for bad in [
            "",
            "sometimes",
            "every",
            "every 0 days",
            "every 400 days",
            "every -1 days",
            "every x weeks",
            "weekly on",
            "weekly on funday",
            "monthly on the 5th monday",
            "daily on mon",
            "weekdays on mon",
            "every 2 fortnights",
            "every 99999999999 days",
        ] {
            assert!(Rule::parse(bad).is_err(), "{bad:?}");
        }
        assert!(
            Rule::parse("every 0 days")
                .unwrap_err()
                .contains("every 1 to 366 days")
        );
    }

    #[test]
    fn a_timed_due_keeps_its_clock_time_across_summer_time() {
        let ny = jiff::tz::TimeZone::get("America/New_York").unwrap();
        // 09:00 in New York is 13:00 UTC in summer time (to 1 November 2026), 14:00 after.
        let first = Due::At(Timestamp::parse("2026-10-26T13:00:00.000Z").unwrap());
        let next = next_due(&Rule::Weeks(1, Vec::new()), first, first, &ny).unwrap();
        assert_eq!(next.to_string(), "2026-11-02T14:00:00.000Z");
        let back = Due::At(Timestamp::parse("2027-03-08T14:00:00.000Z").unwrap());
        let after = next_due(&Rule::Days(7), back, back, &ny).unwrap();
        assert_eq!(after.to_string(), "2027-03-15T13:00:00.000Z");
        // A whole day stays a whole day.
        let day = Due::Date(LocalDate::new(date!(2026 - 12 - 31)));
        assert_eq!(
            next_due(&Rule::Months(1, MonthDay::Same), day, day, &ny)
                .unwrap()
                .to_string(),
            "2027-01-31"
        );
        // The end of the calendar ends a series.
        let far = Due::Date(LocalDate::new(date!(9999 - 12 - 31)));
        assert_eq!(next_due(&Rule::Days(1), far, far, &ny), None);
    }
}
