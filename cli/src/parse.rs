//! Value parsers for command-line arguments. Errors here become clap usage errors
//! (exit code 2) that name the argument.

use lifeos_core::model::Due;
use lifeos_core::profile::ProfileName;
use lifeos_core::{IdPrefix, LocalDate, Timestamp, validate};
use time::{Date, Duration, OffsetDateTime, PrimitiveDateTime, UtcOffset, Weekday};

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

/// A booking day: `YYYY-MM-DD`, `today` or `yesterday` (local).
pub fn day(s: &str) -> Result<LocalDate, String> {
    match s.trim().to_lowercase().as_str() {
        "today" => Ok(LocalDate::new(today())),
        "yesterday" => Ok(LocalDate::new(today() - Duration::days(1))),
        _ => LocalDate::parse(s.trim()).map_err(|e| e.to_string()),
    }
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
    UtcOffset::current_local_offset().unwrap_or(UtcOffset::UTC)
}

/// Today's local date.
pub fn today() -> Date {
    OffsetDateTime::now_utc().to_offset(local_offset()).date()
}

/// A due date: `YYYY-MM-DD`; RFC 3339; `YYYY-MM-DDTHH:MM` in local time; `today`,
/// `tomorrow`, or a weekday (`fri`, `friday`: the next one, never today).
pub fn due(s: &str) -> Result<Due, String> {
    due_relative_to(s, today(), local_offset())
}

/// [`due`] with an explicit today and offset (for tests).
pub fn due_relative_to(s: &str, today: Date, offset: UtcOffset) -> Result<Due, String> {
    let t = s.trim().to_lowercase();
    let day = |d: Date| Ok(Due::Date(LocalDate::new(d)));
    match t.as_str() {
        "today" => return day(today),
        "tomorrow" => return day(today + Duration::days(1)),
        _ => {}
    }
    let weekdays = [
        (Weekday::Monday, "mon", "monday"),
        (Weekday::Tuesday, "tue", "tuesday"),
        (Weekday::Wednesday, "wed", "wednesday"),
        (Weekday::Thursday, "thu", "thursday"),
        (Weekday::Friday, "fri", "friday"),
        (Weekday::Saturday, "sat", "saturday"),
        (Weekday::Sunday, "sun", "sunday"),
    ];
    if let Some((wd, _, _)) = weekdays
        .iter()
        .find(|(_, short, long)| t == *short || t == *long)
    {
        let mut d = today + Duration::days(1);
        while d.weekday() != *wd {
            d += Duration::days(1);
        }
        return day(d);
    }
    if let Ok(due) = s.trim().parse::<Due>() {
        return Ok(due);
    }
    let local = time::macros::format_description!("[year]-[month]-[day]T[hour]:[minute]");
    if let Ok(p) = PrimitiveDateTime::parse(s.trim(), local) {
        return Ok(Due::At(Timestamp::from_datetime(p.assume_offset(offset))));
    }
    Err(format!(
        "'{}' is not a due date: use YYYY-MM-DD, YYYY-MM-DDTHH:MM, an RFC 3339 time, today, tomorrow or a weekday",
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
        let d = |s| due_relative_to(s, today, offset!(+1)).map(|d| d.to_string());
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
        for bad in [
            "2026-02-30",
            "someday",
            "",
            "2026-12-31T25:00",
            "32/12/2026",
        ] {
            assert!(d(bad).is_err(), "{bad}");
        }
    }

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
    fn tags() {
        assert_eq!(tag("#Errands").unwrap(), "errands");
        assert!(tag("two words").is_err());
    }
}
