//! The words people type to find and to repeat: a search query (`lifeos search`, the
//! TUI's `/`, the server's search route, read strictly and leniently) run against a real
//! store, so no text reaches SQLite's FTS5 as syntax; and a task's recurrence rule, whose
//! canonical text must read back and whose next dates must never panic.
//!
//! Input: the first byte picks today, the rest is the text.

#![no_main]

use std::sync::{Mutex, OnceLock};

use libfuzzer_sys::fuzz_target;
use lifeos_core::key::DbKey;
use lifeos_core::recur::{Rule, next_due};
use lifeos_core::search::SearchQuery;
use lifeos_core::store::Store;
use time::macros::date;
use time::{Date, Duration, UtcOffset};

fn store() -> &'static Mutex<Store> {
    static STORE: OnceLock<Mutex<Store>> = OnceLock::new();
    STORE.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap().keep();
        let key = DbKey::from_hex(&"07".repeat(32)).unwrap();
        let mut s = Store::open(&dir.join("fuzz.db"), &key).unwrap();
        let note: lifeos_core::model::Note =
            serde_json::from_value(serde_json::json!({"title": "NEAR OR AND NOT", "body": "a \"b\" c* ^d"}))
                .unwrap();
        s.create(note).unwrap();
        Mutex::new(s)
    })
}

fuzz_target!(|data: &[u8]| {
    let [a, rest @ ..] = data else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let today = date!(2026 - 12 - 07) + Duration::days((i64::from(*a) - 128) * 97);
    let lenient = SearchQuery::parse_lenient(text, today);
    let strict = SearchQuery::parse(text, today);
    let s = store().lock().unwrap();
    for q in [Some(lenient), strict.ok()].into_iter().flatten() {
        if q.finds_nothing() {
            continue;
        }
        if let Err(e) = s.search(&q, UtcOffset::UTC, 5) {
            panic!("{text:?} reached SQLite as syntax: {e}");
        }
    }
    if let Ok(rule) = Rule::parse(text) {
        let shown = rule.to_string();
        assert_eq!(Rule::parse(&shown).as_ref(), Ok(&rule), "{text:?} → {shown}");
        let mut day = today;
        for _ in 0..5 {
            match rule.next(today, day) {
                Some(next) => {
                    assert!(next > day, "{shown}: {next} after {day}");
                    day = next;
                }
                None => break,
            }
        }
        let due = lifeos_core::model::Due::Date(lifeos_core::LocalDate::new(today));
        let _ = next_due(&rule, due, due, &jiff::tz::TimeZone::UTC);
        let _ = Rule::parse(&shown).map(|r| r.next(Date::MAX, Date::MAX));
    }
});
