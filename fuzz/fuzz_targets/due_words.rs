//! Due-date and day words (`tomorrow`, `next fri`, `+3d`, `eom`, `2026-12-24T09:30`, RFC
//! 3339), as every `--due`/`--date` option and quick capture read them, relative to any
//! today (up to the last day `time` knows) and any offset; and `--at` instants.
//!
//! Input: two bytes pick today and the offset, the rest is the text.

#![no_main]

use libfuzzer_sys::fuzz_target;
use lifeos_core::model::Due;
use lifeos_core::when::{parse_day, parse_due};
use time::macros::date;
use time::{Date, Duration, UtcOffset};

fuzz_target!(|data: &[u8]| {
    let [a, b, rest @ ..] = data else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let today = match a {
        0 => Date::MAX,
        1 => date!(0001 - 01 - 01),
        n => date!(2026 - 11 - 30) + Duration::days((i64::from(*n) - 128) * 37),
    };
    let Ok(offset) = UtcOffset::from_whole_seconds((i32::from(*b) - 128) * 7 * 60) else {
        return;
    };
    if let Ok(day) = parse_day(text, today) {
        // A day's wire text is a day of the same grammar.
        let shown = lifeos_core::LocalDate::new(day).to_string();
        assert_eq!(parse_day(&shown, today), Ok(day), "{text:?} → {shown}");
    }
    if let Ok(due) = parse_due(text, today, offset) {
        // Its wire text reads back: as the wire does, and as the words do.
        let shown = due.to_string();
        assert_eq!(shown.parse::<Due>().ok(), Some(due), "{text:?} → {shown}");
        assert_eq!(
            parse_due(&shown, today, offset),
            Ok(due),
            "{text:?} → {shown}"
        );
        let _ = due.sort_key();
    }
    let now = time::macros::datetime!(2026-11-30 08:00 UTC);
    if let Ok(t) = lifeos_cli::parse::instant_relative_to(text, now, offset) {
        assert_eq!(lifeos_core::Timestamp::parse(&t.to_string()).ok(), Some(t));
    }
    let _ = lifeos_cli::parse::birthday(text);
    let _ = lifeos_cli::parse::month(text);
    if let Ok(s) = lifeos_cli::parse::schedule(text) {
        assert_eq!(lifeos_cli::parse::schedule(&s.to_string()).ok(), Some(s));
    }
});
