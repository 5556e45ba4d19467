//! Human dates: the local offset, today's local date, and the due-date words people type
//! (`today`, `tomorrow`, `fri`, `2026-12-31T10:00`). Shared by the command line and the
//! TUI's quick capture, so both understand the same words.

use time::{Date, Duration, OffsetDateTime, PrimitiveDateTime, UtcOffset, Weekday};

use crate::model::Due;
use crate::timestamp::{LocalDate, Timestamp};
use crate::validate;

/// The local UTC offset (UTC if the platform cannot tell, e.g. once threads run).
pub fn local_offset() -> UtcOffset {
    UtcOffset::current_local_offset().unwrap_or(UtcOffset::UTC)
}

/// Today's local date at this offset.
pub fn today_at(offset: UtcOffset) -> Date {
    OffsetDateTime::now_utc().to_offset(offset).date()
}

const WEEKDAYS: [(Weekday, &str, &str); 7] = [
    (Weekday::Monday, "mon", "monday"),
    (Weekday::Tuesday, "tue", "tuesday"),
    (Weekday::Wednesday, "wed", "wednesday"),
    (Weekday::Thursday, "thu", "thursday"),
    (Weekday::Friday, "fri", "friday"),
    (Weekday::Saturday, "sat", "saturday"),
    (Weekday::Sunday, "sun", "sunday"),
];

/// What [`parse_day`] reads, for error messages.
pub const DAY_GRAMMAR: &str = "YYYY-MM-DD, today, yesterday, tomorrow, a weekday (fri: the next one; last fri), next monday, +3d, -2w, eow or eom";

fn weekday(word: &str) -> Option<Weekday> {
    WEEKDAYS
        .iter()
        .find(|(_, short, long)| word == *short || word == *long)
        .map(|(wd, _, _)| *wd)
}

/// The one grammar of a day, for every option that takes one and for quick capture:
/// `YYYY-MM-DD`; `today`, `yesterday`, `tomorrow`; a weekday (`fri`, `friday`, `next
/// fri`: the next one, never today; `last fri`: the last one before today); `+3d`,
/// `-2w` (days or weeks from today); `eow` (this week's Sunday), `eom` (this month's last
/// day). Words ignore case.
pub fn parse_day(s: &str, today: Date) -> Result<Date, String> {
    let bad = || format!("'{}' is not a day: use {DAY_GRAMMAR}", validate::clip(s));
    // Only a day whose text reads back (years 0000 to 9999): `-3612d` from year 1 is not.
    day_words(s, today, bad).and_then(|d| {
        if (0..=9999).contains(&d.year()) {
            Ok(d)
        } else {
            Err(bad())
        }
    })
}

fn day_words(s: &str, today: Date, bad: impl Fn() -> String + Copy) -> Result<Date, String> {
    let t = s.trim().to_lowercase();
    match t.as_str() {
        "today" => return Ok(today),
        "yesterday" => return today.previous_day().ok_or_else(bad),
        "tomorrow" => return today.next_day().ok_or_else(bad),
        "eow" => {
            let left = 6 - i64::from(today.weekday().number_days_from_monday());
            return today.checked_add(Duration::days(left)).ok_or_else(bad);
        }
        "eom" => {
            let mut d = today;
            while let Some(n) = d.next_day().filter(|n| n.month() == today.month()) {
                d = n;
            }
            return Ok(d);
        }
        _ => {}
    }
    let (step, word) = match t.split_once(' ') {
        Some(("next", w)) => (1, w.trim()),
        Some(("last", w)) => (-1, w.trim()),
        _ => (1, t.as_str()),
    };
    if let Some(wd) = weekday(word) {
        let mut d = today;
        loop {
            d = d.checked_add(Duration::days(step)).ok_or_else(bad)?;
            if d.weekday() == wd {
                return Ok(d);
            }
        }
    }
    if let Some(rest) = t.strip_prefix(['+', '-']) {
        let sign = if t.starts_with('-') { -1 } else { 1 };
        // The unit is the last character, whatever its width (`+1é` is no day).
        let cut = rest.char_indices().last().map_or(0, |(i, _)| i);
        let (n, unit) = rest.split_at(cut);
        // Digits only: `+-3612d` is no day (an i64 would read the second sign).
        if n.is_empty() || !n.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
        let n: i64 = n.parse().map_err(|_| bad())?;
        let days = match unit {
            "d" => n,
            "w" => n.checked_mul(7).ok_or_else(bad)?,
            _ => return Err(bad()),
        };
        if days > 36_600 {
            return Err(bad());
        }
        return today
            .checked_add(Duration::days(sign * days))
            .ok_or_else(bad);
    }
    LocalDate::parse(s.trim())
        .map(LocalDate::date)
        .map_err(|_| bad())
}

/// `YYYY-MM-DDTHH:MM` in local time at `offset`, in years 1 to 9999: a year with a sign
/// (`-2026-…`, which `[year]` reads) has no text that reads back.
pub fn local_minute(s: &str, offset: UtcOffset) -> Option<Timestamp> {
    let local = time::macros::format_description!("[year]-[month]-[day]T[hour]:[minute]");
    PrimitiveDateTime::parse(s, local)
        .ok()
        .filter(|p| (1..=9999).contains(&p.year()))
        .map(|p| Timestamp::from_datetime(p.assume_offset(offset)))
}

/// A due date: any day of [`parse_day`]; RFC 3339; `YYYY-MM-DDTHH:MM` (or with a
/// space) in local time; relative to `today` and `offset`.
pub fn parse_due(s: &str, today: Date, offset: UtcOffset) -> Result<Due, String> {
    if let Ok(d) = parse_day(s, today) {
        return Ok(Due::Date(LocalDate::new(d)));
    }
    if let Ok(due) = s.trim().parse::<Due>() {
        return Ok(due);
    }
    if let Some(at) = local_minute(&s.trim().replacen(' ', "T", 1), offset) {
        return Ok(Due::At(at));
    }
    Err(format!(
        "'{}' is not a due date: use {DAY_GRAMMAR}, YYYY-MM-DDTHH:MM or an RFC 3339 time",
        validate::clip(s)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::{date, offset};

    #[test]
    fn due_dates() {
        let today = date!(2026 - 11 - 30); // a Monday
        let d = |s| parse_due(s, today, offset!(+1)).map(|d| d.to_string());
        assert_eq!(d("today").unwrap(), "2026-11-30");
        assert_eq!(d("Tomorrow").unwrap(), "2026-12-01");
        assert_eq!(d("mon").unwrap(), "2026-12-07");
        assert_eq!(d("friday").unwrap(), "2026-12-04");
        assert_eq!(d("2026-12-31").unwrap(), "2026-12-31");
        assert_eq!(d("2026-12-31T10:00").unwrap(), "2026-12-31T09:00:00.000Z");
        assert_eq!(
            d("2026-12-31T10:00:00Z").unwrap(),
            "2026-12-31T10:00:00.000Z"
        );
        assert_eq!(d("2026-12-31 10:00").unwrap(), "2026-12-31T09:00:00.000Z");
        assert_eq!(d("eow").unwrap(), "2026-12-06");
        for bad in [
            "2026-02-30",
            "+3x",
            "someday",
            "",
            "2026-12-31T25:00",
            "32/12/2026",
            // Found by the fuzz target `due_words`: a year −2026, whose text did not read back.
            "-2026-12-24T09:30",
            "-2026-12-24",
        ] {
            assert!(d(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn an_offset_ending_in_a_wide_character_is_no_day() {
        // Found by the fuzz target `due_words`: the unit was cut at a byte, not a
        // character (a panic in `--due`, quick capture and the capture route).
        let today = date!(2026 - 11 - 30);
        for text in ["+1é", "-0:0\u{665}", "+\u{665}", "-3dé"] {
            assert!(parse_day(text, today).is_err(), "{text}");
            assert!(parse_due(text, today, offset!(+1)).is_err(), "{text}");
        }
        assert!(
            crate::capture::parse("050 -11.5of\0\0\0\u{6}`\0\u{4}\u{7d7}", today, offset!(+1))
                .is_ok()
        );
    }

    #[test]
    fn an_offset_has_one_sign_and_lands_on_a_day_that_reads_back() {
        // Found by the fuzz target `due_words`: `+-3612d` read as 3612 days back (an i64
        // took the second sign) and, from year 1, gave year −9, whose text did not read back.
        let year_one = date!(0001 - 01 - 01);
        for text in ["+-3612d", "-+3d", "--3d", "+ 3d", "+d"] {
            assert!(parse_day(text, date!(2026 - 11 - 30)).is_err(), "{text}");
        }
        assert!(parse_day("-3612d", year_one).is_err());
        assert_eq!(parse_day("-1d", year_one), Ok(date!(0000 - 12 - 31)));
        assert_eq!(
            parse_day("+3d", date!(2026 - 11 - 30)),
            Ok(date!(2026 - 12 - 03))
        );
    }

    #[test]
    fn one_grammar_of_days() {
        let today = date!(2026 - 11 - 30); // a Monday
        let d = |s| parse_day(s, today).map(|d| d.to_string());
        for (text, want) in [
            ("today", "2026-11-30"),
            ("Yesterday", "2026-11-29"),
            ("tomorrow", "2026-12-01"),
            ("mon", "2026-12-07"),
            ("next monday", "2026-12-07"),
            ("Next Fri", "2026-12-04"),
            ("last friday", "2026-11-27"),
            ("last mon", "2026-11-23"),
            ("+3d", "2026-12-03"),
            ("-2w", "2026-11-16"),
            ("+0d", "2026-11-30"),
            ("eow", "2026-12-06"),
            ("eom", "2026-11-30"),
            ("2027-02-28", "2027-02-28"),
        ] {
            assert_eq!(d(text).as_deref(), Ok(want), "{text}");
        }
        assert_eq!(
            parse_day("eom", date!(2028 - 02 - 03)).unwrap().to_string(),
            "2028-02-29"
        );
        for bad in ["next", "last week", "+d", "3d", "+99999999w", "mañana", ""] {
            let e = d(bad).unwrap_err();
            assert!(e.contains("next monday"), "{bad}: {e}");
        }
    }
}
