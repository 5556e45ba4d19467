//! Time on the wire and in storage: UTC instants as RFC 3339 with milliseconds and `Z`
//! (`2026-11-30T09:51:01.123Z`), and local calendar dates as `YYYY-MM-DD`.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use time::format_description::well_known::Rfc3339;
use time::macros::format_description;
use time::{Date, Duration, OffsetDateTime, UtcOffset};

/// Why a piece of text is not a timestamp or a date.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TimestampError {
    /// Not an RFC 3339 date-time with an offset.
    #[error("'{0}' is not a date-time: use RFC 3339, e.g. 2026-12-01T09:30:00Z")]
    BadTimestamp(String),
    /// Not a calendar date, or a date that does not exist (2026-02-30).
    #[error("'{0}' is not a date: use YYYY-MM-DD with a real day, e.g. 2026-12-01")]
    BadDate(String),
}

/// A UTC instant with millisecond precision; the only instant type on the wire.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(OffsetDateTime);

const WIRE: &[time::format_description::BorrowedFormatItem<'static>] =
    format_description!("[year]-[month]-[day]T[hour]:[minute]:[second].[subsecond digits:3]Z");
const DATE: &[time::format_description::BorrowedFormatItem<'static>] =
    format_description!("[year]-[month]-[day]");

impl Timestamp {
    /// The current instant, truncated to milliseconds.
    pub fn now() -> Self {
        Self::from_datetime(OffsetDateTime::now_utc())
    }

    /// Converts any offset date-time to UTC and truncates it to milliseconds.
    pub fn from_datetime(dt: OffsetDateTime) -> Self {
        let utc = dt.to_offset(UtcOffset::UTC);
        let ms = utc.nanosecond() / 1_000_000 * 1_000_000;
        // Replacing the nanosecond with a smaller valid value cannot fail.
        Self(utc.replace_nanosecond(ms).unwrap_or(utc))
    }

    /// The instant as a `time` value in UTC.
    pub fn datetime(self) -> OffsetDateTime {
        self.0
    }

    /// The smallest timestamp strictly after `self`.
    pub fn next_millisecond(self) -> Self {
        Self(self.0 + Duration::milliseconds(1))
    }

    /// The fast path for the exact wire form `YYYY-MM-DDTHH:MM:SS.mmmZ`.
    fn parse_wire(s: &str) -> Option<Self> {
        let b = s.as_bytes();
        if b.len() != 24 || b[10] != b'T' || b[19] != b'.' || b[23] != b'Z' {
            return None;
        }
        let date = parse_date_bytes(&b[..10])?;
        if b[13] != b':' || b[16] != b':' {
            return None;
        }
        let n = |r: std::ops::Range<usize>| digits(&b[r]);
        let time = time::Time::from_hms_milli(
            u8::try_from(n(11..13)?).ok()?,
            u8::try_from(n(14..16)?).ok()?,
            u8::try_from(n(17..19)?).ok()?,
            u16::try_from(n(20..23)?).ok()?,
        )
        .ok()?;
        Some(Self(time::PrimitiveDateTime::new(date, time).assume_utc()))
    }

    /// Parses RFC 3339 with any offset (normalised to UTC, truncated to milliseconds).
    pub fn parse(s: &str) -> Result<Self, TimestampError> {
        if let Some(t) = Self::parse_wire(s) {
            return Ok(t);
        }
        OffsetDateTime::parse(s, &Rfc3339)
            .map(Self::from_datetime)
            .map_err(|_| TimestampError::BadTimestamp(crate::validate::clip(s)))
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (d, t) = (self.0.date(), self.0.time());
        if !(0..=9999).contains(&d.year()) {
            // Outside RFC 3339's years; only reachable through `from_datetime`.
            return match self.0.format(WIRE) {
                Ok(s) => f.write_str(&s),
                Err(_) => Err(fmt::Error),
            };
        }
        write!(
            f,
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}Z",
            d.year(),
            u8::from(d.month()),
            d.day(),
            t.hour(),
            t.minute(),
            t.second(),
            t.millisecond()
        )
    }
}

impl fmt::Debug for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Timestamp({self})")
    }
}

impl FromStr for Timestamp {
    type Err = TimestampError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        Self::parse(&s).map_err(serde::de::Error::custom)
    }
}

fn digits(b: &[u8]) -> Option<u32> {
    b.iter().try_fold(0u32, |acc, &c| {
        c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0'))
    })
}

/// `YYYY-MM-DD` naming a day that exists.
fn parse_date_bytes(b: &[u8]) -> Option<Date> {
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let year = i32::try_from(digits(&b[..4])?).ok()?;
    let month = time::Month::try_from(u8::try_from(digits(&b[5..7])?).ok()?).ok()?;
    let day = u8::try_from(digits(&b[8..10])?).ok()?;
    Date::from_calendar_date(year, month, day).ok()
}

/// A calendar date without a time or zone (`YYYY-MM-DD`), as the user sees it locally.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct LocalDate(Date);

impl LocalDate {
    /// Wraps a `time` date.
    pub fn new(d: Date) -> Self {
        Self(d)
    }

    /// The underlying `time` date.
    pub fn date(self) -> Date {
        self.0
    }

    /// Parses exactly `YYYY-MM-DD` naming a day that exists.
    pub fn parse(s: &str) -> Result<Self, TimestampError> {
        if let Some(d) = parse_date_bytes(s.as_bytes()) {
            return Ok(Self(d));
        }
        Date::parse(s, DATE)
            .map(Self)
            .map_err(|_| TimestampError::BadDate(crate::validate::clip(s)))
    }
}

impl fmt::Display for LocalDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let d = self.0;
        if (0..=9999).contains(&d.year()) {
            return write!(
                f,
                "{:04}-{:02}-{:02}",
                d.year(),
                u8::from(d.month()),
                d.day()
            );
        }
        match self.0.format(DATE) {
            Ok(s) => f.write_str(&s),
            Err(_) => Err(fmt::Error),
        }
    }
}

impl fmt::Debug for LocalDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "LocalDate({self})")
    }
}

impl FromStr for LocalDate {
    type Err = TimestampError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

impl Serialize for LocalDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for LocalDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        Self::parse(&s).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn wire_form_has_milliseconds_and_z() {
        let t = Timestamp::parse("2026-11-30T10:51:01.123456+01:00").unwrap();
        assert_eq!(t.to_string(), "2026-11-30T09:51:01.123Z");
        let t = Timestamp::parse("2026-11-30T09:51:01Z").unwrap();
        assert_eq!(t.to_string(), "2026-11-30T09:51:01.000Z");
    }

    #[test]
    fn impossible_dates_and_times_are_rejected() {
        for bad in [
            "2026-02-30",
            "2026-13-01",
            "2026-1-1",
            "26-01-01",
            "2026-01-01x",
            "",
            "2026-00-10",
        ] {
            assert!(LocalDate::parse(bad).is_err(), "{bad} parsed");
        }
        for bad in [
            "2026-02-30T00:00:00Z",
            "2026-01-01T25:00:00Z",
            "2026-01-01 10:00",
            "2026-01-01T10:00:00",
        ] {
            assert!(Timestamp::parse(bad).is_err(), "{bad} parsed");
        }
        assert!(LocalDate::parse("2028-02-29").is_ok());
    }

    proptest! {
        #[test]
        fn timestamps_round_trip_through_the_wire_form(
            secs in -62_135_596_800i64..253_402_300_799i64, ms in 0u32..1000
        ) {
            let dt = OffsetDateTime::from_unix_timestamp(secs).unwrap()
                .replace_millisecond(ms as u16).unwrap();
            let t = Timestamp::from_datetime(dt);
            let text = t.to_string();
            prop_assert_eq!(text.len(), 24);
            prop_assert_eq!(Timestamp::parse(&text).unwrap(), t);
        }

        #[test]
        fn the_fast_paths_agree_with_the_general_parser(
            secs in 0i64..253_402_300_799i64, ms in 0u32..1000
        ) {
            let dt = OffsetDateTime::from_unix_timestamp(secs).unwrap()
                .replace_millisecond(ms as u16).unwrap();
            let text = dt.format(WIRE).unwrap();
            let general = Timestamp::from_datetime(OffsetDateTime::parse(&text, &Rfc3339).unwrap());
            prop_assert_eq!(Timestamp::parse_wire(&text), Some(general));
            prop_assert_eq!(general.to_string(), text);
            let day = dt.date().format(DATE).unwrap();
            prop_assert_eq!(LocalDate::parse(&day).unwrap().to_string(), day);
        }

        #[test]
        fn wire_order_is_time_order(a in 0i64..253_402_300_799i64, b in 0i64..253_402_300_799i64) {
            let ta = Timestamp::from_datetime(OffsetDateTime::from_unix_timestamp(a).unwrap());
            let tb = Timestamp::from_datetime(OffsetDateTime::from_unix_timestamp(b).unwrap());
            prop_assert_eq!(ta.cmp(&tb), ta.to_string().cmp(&tb.to_string()));
        }
    }
}
