//! Durations: a fast's target (`16h30m`, `1d`, hours), as `lifeos fast start --target`
//! and the Fasting view read it, and a measured duration (`1h20m`, `42m`, `1:20:05`) of a
//! sleep, a workout or a practice; each formatted back.

#![no_main]

use libfuzzer_sys::fuzz_target;
use lifeos_core::model::{format_minutes, format_seconds, parse_duration};
use lifeos_core::units;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    // A target in minutes reads back from how it is shown.
    if let Ok(m) = parse_duration(text) {
        let shown = format_minutes(m);
        assert_eq!(parse_duration(&shown), Ok(m), "{text:?} → {m} → {shown}");
    }
    // The option adds the range, and takes only what the parser takes.
    if let Ok(m) = lifeos_cli::parse::duration(text) {
        assert_eq!(parse_duration(text), Ok(m));
        assert!((1..=lifeos_core::model::MAX_TARGET_MINUTES).contains(&m));
    }
    // A measured duration is never negative, and reads back from its text (which drops
    // the seconds past an hour, and spaces its parts).
    if let Ok(secs) = units::parse_duration(text) {
        assert!(secs >= 0, "{text:?} is {secs} s");
        let shown = units::duration_text(secs);
        if secs < 3600 || secs % 60 == 0 {
            assert_eq!(
                units::parse_duration(&shown.replace(' ', "")).ok(),
                Some(secs),
                "{text:?} → {secs} → {shown}"
            );
        }
        let _ = format_seconds(secs);
    }
    // Showing any number of seconds never fails, whatever a synced row holds.
    if data.len() >= 8 {
        let mut b = [0u8; 8];
        b.copy_from_slice(&data[..8]);
        let v = i64::from_le_bytes(b);
        let _ = units::duration_text(v);
        let _ = format_seconds(v);
    }
});
