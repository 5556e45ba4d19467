//! Quick capture: the tasks-and-notes short syntax (`buy milk tomorrow #errands
//! !high`), which the TUI and the server's `capture/task` route share, and every TUI
//! view's own capture line (`run 3/week`, `18h`, `weight 72.4kg`, `prayer 15m`,
//! `-12.50 Coffee @Checking cat:Food`).
//!
//! Input: the first byte picks today, the rest is the line.

#![no_main]

use libfuzzer_sys::fuzz_target;
use lifeos_core::capture::{Capture, MAX_LINE, parse};
use lifeos_core::model::Priority;
use lifeos_tui::views::{Ctx, DOMAINS};
use time::macros::date;
use time::{Duration, UtcOffset};

/// A capture written back as a line of the syntax.
fn line(c: &Capture) -> String {
    let mut out = c.title.clone();
    for t in &c.tags {
        out.push_str(" #");
        out.push_str(t);
    }
    match c.priority {
        Some(Priority::High) => out.push_str(" !high"),
        Some(Priority::Medium) => out.push_str(" !medium"),
        Some(Priority::Low) => out.push_str(" !low"),
        Some(Priority::None) | None => {}
    }
    if let Some(d) = c.due {
        out.push_str(&format!(" due:{d}"));
    }
    if c.pin {
        out.push_str(" !pin");
    }
    if let Some(b) = c.birthday {
        out.push_str(&format!(" bday:{b}"));
    }
    out
}

fuzz_target!(|data: &[u8]| {
    let Some((&head, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let today = date!(2026 - 11 - 30) + Duration::days((i64::from(head) - 128) * 11);
    let offset = UtcOffset::UTC;
    match parse(text, today, offset) {
        Ok(c) => {
            assert!(!c.title.is_empty());
            // Words joined by single spaces.
            assert!(
                c.title
                    .split(' ')
                    .all(|w| !w.is_empty() && !w.contains(char::is_whitespace))
            );
            // What was read, written back, reads the same (unless the longer spelling
            // passes the line limit).
            let again = line(&c);
            if again.len() <= MAX_LINE {
                assert_eq!(
                    parse(&again, today, offset).as_ref(),
                    Ok(&c),
                    "{text:?} → {again:?}"
                );
            }
            let _ = lifeos_core::Entity::validate(&c.into_task());
        }
        Err(e) => assert!(!e.is_empty() && !e.contains('\n'), "{e:?}"),
    }
    let ctx = Ctx { today, offset };
    for d in DOMAINS {
        if let Err(e) = d.parse(text, &ctx) {
            assert!(!e.is_empty(), "{}", d.decl().title);
        }
    }
});
