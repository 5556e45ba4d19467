//! Value parsers for command-line arguments. Errors here become clap usage errors
//! (exit code 2) that name the argument.

use lifeos_core::model::Due;
use lifeos_core::profile::ProfileName;
use lifeos_core::when;
use lifeos_core::{IdPrefix, LocalDate, Timestamp, validate};
use time::{Duration, OffsetDateTime, UtcOffset};

/// A profile name.
pub fn profile(s: &str) -> Result<ProfileName, String> {
    s.parse()
        .map_err(|e: lifeos_core::profile::ProfileError| e.to_string())
}

/// An id or a unique prefix.
pub fn id_prefix(s: &str) -> Result<IdPrefix, String> {
    s.parse().map_err(|e: lifeos_core::IdError| e.to_string())
}

/// A tag, normalised (`#Errands` → `errands`).
pub fn tag(s: &str) -> Result<String, String> {
    validate::normalize_tags([s])
        .map(|mut v| v.remove(0))
        .map_err(|e| e.message)
}

/// A calendar date, `YYYY-MM-DD`.
pub fn date(s: &str) -> Result<LocalDate, String> {
    LocalDate::parse(s).map_err(|e| e.to_string())
}

/// A birthday: `YYYY-MM-DD`, or `MM-DD` / `--MM-DD` without the year. A year of birth
/// after this one is refused.
pub fn birthday(s: &str) -> Result<lifeos_core::model::Birthday, String> {
    let b: lifeos_core::model::Birthday = s
        .parse()
        .map_err(|e: lifeos_core::model::BirthdayError| e.to_string())?;
    let this_year = time::OffsetDateTime::now_utc()
        .to_offset(local_offset())
        .year();
    if b.year().is_some_and(|y| y > this_year) {
        return Err(format!(
            "{} is in the future: a birthday is a day that has been",
            b
        ));
    }
    Ok(b)
}

/// A habit schedule: `daily`, `N/week` or weekdays (`mon,wed,fri`).
pub fn schedule(s: &str) -> Result<lifeos_core::model::Schedule, String> {
    s.parse()
        .map_err(|e: lifeos_core::model::ScheduleError| e.to_string())
}

/// A duration (`16h`, `16h30m`, `90m`, `1d`, hours) in minutes.
pub fn duration(s: &str) -> Result<u32, String> {
    let m = lifeos_core::model::parse_duration(s)?;
    if (1..=lifeos_core::model::MAX_TARGET_MINUTES).contains(&m) {
        Ok(m)
    } else {
        Err(format!(
            "'{}' is out of range: a target is 1 minute to 30 days",
            validate::clip(s)
        ))
    }
}

/// A non-negative finite amount, at most 10⁹.
pub fn amount(s: &str) -> Result<f64, String> {
    match s.trim().parse::<f64>() {
        Ok(v) if v.is_finite() && (0.0..=lifeos_core::model::MAX_HABIT_VALUE).contains(&v) => Ok(v),
        _ => Err(format!(
            "'{}' is not an amount: use a number from 0 to 1000000000",
            validate::clip(s)
        )),
    }
}

/// A day, in the one grammar of days ([`when::parse_day`]: `YYYY-MM-DD`, `today`,
/// `yesterday`, `tomorrow`, weekdays, `next monday`, `+3d`, `-2w`, `eow`, `eom`), local.
pub fn day(s: &str) -> Result<LocalDate, String> {
    when::parse_day(s, today()).map(LocalDate::new)
}

/// An instant: RFC 3339, `YYYY-MM-DDTHH:MM` (local) or `HH:MM` (today, local; the day
/// before if that is in the future).
pub fn instant(s: &str) -> Result<Timestamp, String> {
    instant_relative_to(s, OffsetDateTime::now_utc(), local_offset())
}

/// [`instant`] with an explicit now and offset (for tests).
pub fn instant_relative_to(
    s: &str,
    now: OffsetDateTime,
    offset: UtcOffset,
) -> Result<Timestamp, String> {
    let t = s.trim();
    if let Ok(ts) = Timestamp::parse(t) {
        return Ok(ts);
    }
    if let Some(at) = when::local_minute(t, offset) {
        return Ok(at);
    }
    let hm = time::macros::format_description!("[hour]:[minute]");
    let now_local = now.to_offset(offset);
    if let Ok(clock) = time::Time::parse(t, hm) {
        let mut at = now_local.date().with_time(clock).assume_offset(offset);
        if at > now_local {
            at -= Duration::days(1);
        }
        return Ok(Timestamp::from_datetime(at));
    }
    // A day of the one grammar, then a clock time (`yesterday 23:10`, `2026-11-30
    // 07:10`), or alone: that day at this time of day.
    let (day_text, clock) = match t.rsplit_once(' ') {
        Some((d, c)) => match time::Time::parse(c.trim(), hm) {
            Ok(clock) => (d.trim(), Some(clock)),
            Err(_) => (t, None),
        },
        None => (t, None),
    };
    if let Ok(d) = when::parse_day(day_text, now_local.date()) {
        let at = d
            .with_time(clock.unwrap_or(now_local.time()))
            .assume_offset(offset);
        return Ok(Timestamp::from_datetime(at));
    }
    Err(format!(
        "'{}' is not a time: use HH:MM, a day ({}) with or without HH:MM, YYYY-MM-DDTHH:MM (local) or RFC 3339",
        validate::clip(s),
        when::DAY_GRAMMAR
    ))
}

/// A month, `YYYY-MM`.
pub fn month(s: &str) -> Result<lifeos_core::model::Month, String> {
    s.trim()
        .parse()
        .map_err(|e: validate::ValidationError| e.message)
}

/// An ISO 4217 currency code.
pub fn currency(s: &str) -> Result<lifeos_core::money::Currency, String> {
    lifeos_core::money::Currency::from_code(s).map_err(|e| e.to_string())
}

/// An RFC 3339 instant.
pub fn timestamp(s: &str) -> Result<Timestamp, String> {
    Timestamp::parse(s).map_err(|e| e.to_string())
}

fn check_degrees(s: &str, what: &str, max: f64) -> Result<f64, String> {
    let v: f64 = s
        .trim()
        .parse()
        .map_err(|_| format!("'{}' is not a number of degrees", validate::clip(s)))?;
    if v.is_finite() && (-max..=max).contains(&v) {
        Ok(v)
    } else {
        Err(format!(
            "{v} is out of range: a {what} is between -{max} and {max} degrees"
        ))
    }
}

/// A latitude in degrees, −90..=90.
pub fn latitude(s: &str) -> Result<f64, String> {
    check_degrees(s, "latitude", 90.0)
}

/// A longitude in degrees, −180..=180.
pub fn longitude(s: &str) -> Result<f64, String> {
    check_degrees(s, "longitude", 180.0)
}

/// The local UTC offset (UTC if the platform cannot tell).
pub fn local_offset() -> UtcOffset {
    when::local_offset()
}

/// Today's local date.
pub fn today() -> time::Date {
    lifeos_core::when::today_at(local_offset())
}

/// A due date: `YYYY-MM-DD`; RFC 3339; `YYYY-MM-DDTHH:MM` in local time; `today`,
/// `tomorrow`, or a weekday (`fri`, `friday`: the next one, never today). The words are
/// parsed by [`lifeos_core::when::parse_due`], which the TUI's quick capture shares.
pub fn due(s: &str) -> Result<Due, String> {
    let offset = local_offset();
    when::parse_due(s, when::today_at(offset), offset)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::offset;

    #[test]
    fn coordinates() {
        assert_eq!(latitude("51.5").unwrap(), 51.5);
        assert_eq!(longitude("-0.12").unwrap(), -0.12);
        for bad in ["91", "-90.0001", "NaN", "inf", "north", ""] {
            assert!(latitude(bad).is_err(), "{bad}");
        }
        assert!(longitude("180.1").is_err());
    }

    #[test]
    fn instants_and_days() {
        let now = OffsetDateTime::parse(
            "2026-11-30T10:00:00Z",
            &time::format_description::well_known::Rfc3339,
        )
        .unwrap();
        let i = |s| instant_relative_to(s, now, offset!(+1)).map(|t| t.to_string());
        assert_eq!(i("08:30").unwrap(), "2026-11-30T07:30:00.000Z");
        assert_eq!(i("20:00").unwrap(), "2026-11-29T19:00:00.000Z"); // not in the future
        assert_eq!(i("2026-11-29T20:00").unwrap(), "2026-11-29T19:00:00.000Z");
        assert_eq!(
            i("2026-11-29T20:00:00Z").unwrap(),
            "2026-11-29T20:00:00.000Z"
        );
        assert_eq!(i("2026-11-29 20:00").unwrap(), "2026-11-29T19:00:00.000Z");
        assert_eq!(i("yesterday 23:10").unwrap(), "2026-11-29T22:10:00.000Z");
        assert_eq!(i("last fri 07:00").unwrap(), "2026-11-27T06:00:00.000Z");
        assert_eq!(i("-2d").unwrap(), "2026-11-28T10:00:00.000Z");
        for bad in [
            "25:00",
            "noon",
            "",
            "2026-11-29 25:00",
            "someday 10:00",
            // Found by the fuzz target `due_words`: a year −2026, whose text did not read back.
            "-2026-12-24T09:30",
        ] {
            assert!(i(bad).is_err(), "{bad}");
        }
        assert!(day("2026-02-29").is_err());
        assert!(day("someday").unwrap_err().contains("someday"));
        assert!(day("next monday").is_ok() && day("eom").is_ok() && day("+3d").is_ok());
        assert!(schedule("fortnightly").unwrap_err().contains("fortnightly"));
        assert_eq!(duration("16h"), Ok(960));
        assert!(duration("31d").is_err());
        assert!(amount("-1").is_err() && amount("NaN").is_err() && amount("8").is_ok());
    }

    #[test]
    fn tags() {
        assert_eq!(tag("#Errands").unwrap(), "errands");
        assert!(tag("two words").is_err());
    }
}
