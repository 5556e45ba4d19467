//! Value parsers for command-line arguments. Errors here become clap usage errors
//! (exit code 2) that name the argument.

use lifeos_core::model::Due;
use lifeos_core::profile::ProfileName;
use lifeos_core::when;
use lifeos_core::{IdPrefix, LocalDate, Timestamp, validate};
use time::UtcOffset;

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
