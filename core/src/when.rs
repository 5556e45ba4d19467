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

/// A due date: `YYYY-MM-DD`; RFC 3339; `YYYY-MM-DDTHH:MM` in local time; `today`,
/// `tomorrow`, or a weekday (`fri`, `friday`: the next one, never today), relative to
/// `today` and `offset`.
pub fn parse_due(s: &str, today: Date, offset: UtcOffset) -> Result<Due, String> {
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
}
