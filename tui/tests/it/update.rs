//! Update logic without a terminal: key sequences → state and effects.

use std::collections::BTreeMap;

use crossterm::event::KeyCode;
use lifeos_core::EntityKind;
use lifeos_core::model::Priority;
use lifeos_tui::app::{App, Effect, Screen, SyncState, WINDOW};
use lifeos_tui::keymap::Keymap;
use lifeos_tui::worker::{ItemRef, Request, Response, Undo};

use super::*;

fn requests(fx: &[Effect]) -> Vec<&Request> {
    fx.iter()
        .filter_map(|e| match e {
            Effect::Request(r) => Some(r),
            _ => None,
        })
        .collect()
}

#[test]
fn start_asks_for_today_and_pending() {
    let a = app((100, 30));
    assert_eq!(
        a.start(),
        vec![
            Effect::Request(Request::Today),
            Effect::Request(Request::Pending)
        ]
    );
}

#[test]
fn views_switch_with_numbers_tab_and_vim_keys() {
    let mut a = app((100, 30));
    let fx = a.on_key(key('2'));
    assert_eq!(a.screen, Screen::Domain(0));
    assert_eq!(
        requests(&fx),
        [&Request::Page {
            domain: 0,
            filter: 0,
            tag: None,
            start: 0,
            len: WINDOW
        }]
    );
    a.on_key(code(KeyCode::Tab));
    assert_eq!(a.screen, Screen::Domain(1));
    let views = lifeos_tui::views::DOMAINS.len();
    for _ in 1..views {
        a.on_key(key('l'));
    }
    assert_eq!(a.screen, Screen::Today, "wraps around");
    a.on_key(key('h'));
    assert_eq!(a.screen, Screen::Domain(views - 1));
    a.on_key(code(KeyCode::BackTab));
    assert_eq!(a.screen, Screen::Domain(views - 2));
    a.on_key(key('0'));
    assert_eq!(a.screen, Screen::Domain(9 - 1), "0 is the tenth view");
    a.on_key(key('1'));
    assert_eq!(a.screen, Screen::Today);
}

#[test]
fn scrolling_a_long_list_never_waits_and_asks_for_windows_ahead() {
    let mut a = app((100, 30));
    a.on_key(key('2'));
    a.on_response(tasks_page(0, WINDOW, 100_000));
    // Moving within the loaded window asks for nothing.
    let fx = keys(&mut a, "jjjjj");
    assert!(fx.is_empty(), "{fx:?}");
    assert_eq!(a.lists[0].cursor, 5);
    assert_eq!(a.selected().unwrap().title, "task number 5");
    // Page down until near the window's edge: the next window is asked for, once.
    let mut asked = Vec::new();
    for _ in 0..8 {
        asked.extend(a.on_key(ctrl('d')));
    }
    let pages: Vec<_> = requests(&asked);
    for (i, p) in pages.iter().enumerate() {
        assert!(!pages[i + 1..].contains(p), "asked twice: {p:?}");
    }
    assert!(!pages.is_empty());
    // The cursor moved regardless.
    assert_eq!(a.lists[0].cursor, 5 + 8 * 26);
    // G goes to the last row at once; it shows as not loaded until the answer.
    let fx = a.on_key(key('G'));
    assert_eq!(a.lists[0].cursor, 99_999);
    assert!(a.selected().is_none());
    let Some(Request::Page { start, len, .. }) = requests(&fx).first().cloned().cloned() else {
        panic!("no page asked: {fx:?}");
    };
    assert!(start <= 99_999 && start + len > 99_999 - 26, "{start}");
    a.on_response(tasks_page(start, 100_000 - start, 100_000));
    assert_eq!(a.selected().unwrap().title, "task number 99999");
    // g back to the top.
    let fx = a.on_key(key('g'));
    assert_eq!(a.lists[0].cursor, 0);
    assert_eq!(a.lists[0].top, 0);
    assert!(!fx.is_empty());
    // A stale answer for another filter is ignored.
    a.on_key(key('f'));
    assert_eq!(a.lists[0].filter, 1);
    a.on_response(tasks_page(0, 10, 10));
    assert_eq!(a.lists[0].total, None);
}

#[test]
fn quick_capture_parses_the_short_syntax() {
    let mut a = app((100, 30));
    a.on_key(key('a'));
    keys(&mut a, "buy milk tomorrow #errands !high");
    let fx = a.on_key(code(KeyCode::Enter));
    assert!(a.capture.is_none());
    let [Effect::Request(Request::Create { domain: 0, capture })] = fx.as_slice() else {
        panic!("{fx:?}");
    };
    assert_eq!(capture.title, "buy milk");
    assert_eq!(capture.tags, ["errands"]);
    assert_eq!(capture.priority, Some(Priority::High));
    assert_eq!(capture.due.unwrap().to_string(), "2026-12-01");
}

#[test]
fn bad_capture_keeps_the_text_and_says_why() {
    let mut a = app((100, 30));
    a.on_key(key('3'));
    a.on_key(key('a'));
    keys(&mut a, "#only");
    let fx = a.on_key(code(KeyCode::Enter));
    assert!(fx.is_empty());
    assert_eq!(a.capture.as_ref().unwrap().text, "#only");
    assert_eq!(
        a.capture.as_ref().unwrap().domain,
        1,
        "captures in the view shown"
    );
    assert!(a.message.as_ref().unwrap().error);
    // Keys go to the line, not the keymap, while it is open.
    keys(&mut a, "q");
    assert!(!a.quit);
    a.on_key(code(KeyCode::Backspace));
    a.on_key(code(KeyCode::Esc));
    assert!(a.capture.is_none());
}

#[test]
fn complete_delete_and_undo() {
    let mut a = app((100, 30));
    a.on_response(Response::Today(today_sections()));
    a.on_key(key('j'));
    let fx = a.on_key(key('x'));
    let expected = ItemRef {
        kind: EntityKind::Task,
        id: id(2),
        version: 1,
        title: "Call the bank about the card".into(),
    };
    assert_eq!(
        fx,
        vec![Effect::Request(Request::Complete(expected.clone()))]
    );
    let fx = a.on_key(key('d'));
    assert_eq!(fx, vec![Effect::Request(Request::Delete(expected.clone()))]);
    let fx = a.on_response(Response::Deleted(expected.clone()));
    assert_eq!(requests(&fx), [&Request::Today]);
    assert!(a.message.as_ref().unwrap().text.contains("u undoes"));
    assert!(a.lists.iter().all(|l| l.stale));
    // Any change the worker says can be undone is what `u` undoes, last first.
    let undo = |label: &str| Undo {
        label: label.into(),
        rows: vec![],
    };
    a.on_response(Response::Undoable(undo("done: Call the bank")));
    a.on_response(Response::Changed("added task: tea".into()));
    a.on_response(Response::Undoable(undo("added task: tea")));
    assert_eq!(
        a.message.as_ref().unwrap().text,
        "added task: tea (u undoes)"
    );
    let fx = a.on_key(key('u'));
    assert_eq!(
        fx,
        vec![Effect::Request(Request::Undo(undo("added task: tea")))]
    );
    let fx = a.on_key(key('u'));
    assert_eq!(
        fx,
        vec![Effect::Request(Request::Undo(undo("done: Call the bank")))]
    );
    assert!(a.on_key(key('u')).is_empty());
    assert_eq!(a.message.as_ref().unwrap().text, "nothing to undo");
}

#[test]
fn edit_asks_for_the_text_then_runs_the_editor() {
    let mut a = app((100, 30));
    a.on_response(Response::Today(today_sections()));
    keys(&mut a, "jj");
    let fx = a.on_key(key('e'));
    let [Effect::Request(Request::EditLoad(item))] = fx.as_slice() else {
        panic!("{fx:?}");
    };
    assert_eq!(item.kind, EntityKind::Note);
    let doc = lifeos_tui::views::EditDoc {
        text: "title: x\n---\nbody".into(),
        ext: "md",
    };
    let fx = a.on_response(Response::EditDoc {
        item: item.clone(),
        doc: doc.clone(),
    });
    assert_eq!(
        fx,
        vec![Effect::Edit {
            item: item.clone(),
            doc
        }]
    );
}

#[test]
fn sync_runs_in_the_background_once() {
    let mut off = app((100, 30));
    assert!(off.on_key(key('S')).is_empty());
    assert!(off.message.as_ref().unwrap().text.contains("lifeos login"));

    let mut a = App::new("p", Keymap::defaults(), ctx(), true, (100, 30));
    assert_eq!(a.on_key(key('S')), vec![Effect::Sync]);
    assert_eq!(a.sync, SyncState::Running);
    // Keys keep working while it runs; a second S does not start another.
    assert!(a.on_key(key('S')).is_empty());
    a.on_key(key('2'));
    assert_eq!(a.screen, Screen::Domain(0));
    let fx = a.on_response(Response::Synced(Ok("↑3 ↓5".into())));
    assert_eq!(a.sync, SyncState::Done("↑3 ↓5".into()));
    let r = requests(&fx);
    assert_eq!(r.first(), Some(&&Request::Reload));
    assert_eq!(r.last(), Some(&&Request::Pending));
}

#[test]
fn search_sends_each_query_and_drops_stale_answers() {
    let mut a = app((100, 30));
    a.on_key(key('2'));
    a.on_key(key('/'));
    let fx = keys(&mut a, "ab");
    assert_eq!(
        requests(&fx),
        [
            &Request::Search {
                query: "a".into(),
                seq: 1
            },
            &Request::Search {
                query: "ab".into(),
                seq: 2
            }
        ]
    );
    // 'j' and 'q' are text while typing.
    keys(&mut a, "jq");
    assert!(!a.quit);
    assert_eq!(a.search.query, "abjq");
    a.on_response(Response::Search {
        seq: 1,
        items: vec![task(1, "old", "")],
    });
    assert!(a.search.items.is_empty());
    a.on_response(Response::Search {
        seq: 4,
        items: vec![task(1, "one", ""), task(2, "two", "")],
    });
    a.on_key(code(KeyCode::Down));
    assert_eq!(a.selected().unwrap().title, "two");
    // Enter leaves the query; keys act on the results.
    a.on_key(code(KeyCode::Enter));
    assert!(!a.search.typing);
    let fx = a.on_key(key('x'));
    assert!(matches!(fx.as_slice(), [Effect::Request(Request::Complete(i))] if i.title == "two"));
    a.on_key(code(KeyCode::Esc));
    assert_eq!(a.screen, Screen::Domain(0), "back where search started");
}

#[test]
fn help_overlay_swallows_keys_until_closed() {
    let mut a = app((100, 30));
    a.on_key(key('?'));
    assert!(a.help);
    assert!(keys(&mut a, "2jx").is_empty());
    assert_eq!(a.screen, Screen::Today);
    a.on_key(code(KeyCode::Esc));
    assert!(!a.help);
}

#[test]
fn ctrl_c_quits_from_anywhere() {
    for prep in ["", "a", "/", "?"] {
        let mut a = app((100, 30));
        keys(&mut a, prep);
        a.on_key(ctrl('c'));
        assert!(a.quit, "after {prep:?}");
    }
    let mut a = app((100, 30));
    a.on_key(key('q'));
    assert!(a.quit);
}

#[test]
fn configured_keys_replace_the_defaults() {
    let cfg = BTreeMap::from([
        ("quick_add".to_owned(), "n".to_owned()),
        ("quit".to_owned(), "ctrl-q".to_owned()),
    ]);
    let mut a = App::new("p", Keymap::new(&cfg).unwrap(), ctx(), false, (100, 30));
    a.on_key(key('a'));
    assert!(a.capture.is_none());
    a.on_key(key('q'));
    assert!(!a.quit);
    a.on_key(key('n'));
    assert!(a.capture.is_some());
    a.on_key(code(KeyCode::Esc));
    a.on_key(ctrl('q'));
    assert!(a.quit);
}

#[test]
fn a_refused_change_is_shown_and_the_screen_reloads_but_a_failed_read_is_not_retried() {
    let mut a = app((100, 30));
    let fx = a.on_response(Response::Refused("task 01… is at version 3, not 2".into()));
    assert!(a.message.as_ref().unwrap().error);
    assert!(requests(&fx).contains(&&Request::Today));
    let fx = a.on_response(Response::Error("damaged row in task".into()));
    assert!(fx.is_empty(), "no retry loop: {fx:?}");
    assert_eq!(a.message.as_ref().unwrap().text, "damaged row in task");
}

#[test]
fn resize_keeps_the_cursor_visible() {
    let mut a = app((100, 40));
    a.on_key(key('2'));
    a.on_response(tasks_page(0, WINDOW, 1000));
    for _ in 0..30 {
        a.on_key(key('j'));
    }
    assert_eq!(a.lists[0].top, 0);
    a.on_resize(40, 10);
    let l = &a.lists[0];
    assert!(
        l.cursor >= l.top && l.cursor < l.top + 6,
        "{} {}",
        l.cursor,
        l.top
    );
}

#[test]
fn tag_filter_narrows_the_list_and_empty_clears_it() {
    let mut a = app((100, 30));
    a.on_key(key('#'));
    assert!(a.capture.is_none(), "only in list views");
    a.on_key(key('2'));
    a.on_response(tasks_page(0, 10, 10));
    a.on_key(key('#'));
    keys(&mut a, "#Errands");
    let fx = a.on_key(code(KeyCode::Enter));
    assert_eq!(a.lists[0].tag.as_deref(), Some("errands"));
    assert_eq!(
        requests(&fx),
        [&Request::Page {
            domain: 0,
            filter: 0,
            tag: Some("errands".into()),
            start: 0,
            len: WINDOW
        }]
    );
    // An answer for the list without the tag is stale.
    a.on_response(tasks_page(0, 10, 10));
    assert_eq!(a.lists[0].total, None);
    // The filter key keeps the tag.
    a.on_key(key('f'));
    assert_eq!(a.lists[0].tag.as_deref(), Some("errands"));
    // A bad tag is refused and kept for fixing.
    a.on_key(key('#'));
    assert_eq!(a.capture.as_ref().unwrap().text, "errands");
    keys(&mut a, " x");
    assert!(a.on_key(code(KeyCode::Enter)).is_empty());
    assert!(a.message.as_ref().unwrap().error);
    for _ in 0.."errands x".len() {
        a.on_key(code(KeyCode::Backspace));
    }
    a.on_key(code(KeyCode::Enter));
    assert_eq!(a.lists[0].tag, None);
}

#[test]
fn a_capture_is_never_hidden_by_the_lists_filter() {
    let mut a = app((100, 30));
    a.on_key(key('2'));
    a.on_key(key('f'));
    a.on_key(key('f'));
    assert_eq!(a.lists[0].filter, 2, "tasks: done");
    a.on_key(key('a'));
    for c in "buy milk".chars() {
        a.on_key(key(c));
    }
    let fx = a.on_key(KeyCode::Enter.into());
    assert!(
        matches!(requests(&fx)[..], [Request::Create { .. }]),
        "{fx:?}"
    );
    assert_eq!(
        a.lists[0].filter, 0,
        "back to the open tasks, where it shows"
    );
    // On Today, a task with no day is for today, so Today shows it.
    let mut a = app((100, 30));
    a.on_key(key('a'));
    for c in "call mum".chars() {
        a.on_key(key(c));
    }
    let fx = a.on_key(KeyCode::Enter.into());
    let [Request::Create { capture, .. }] = requests(&fx)[..] else {
        panic!("{fx:?}");
    };
    assert!(capture.due.is_some(), "{capture:?}");
}

fn with_files(n: u32, names: &[&str]) -> Item {
    let mut i = item(EntityKind::Note, n, &format!("note {n}"), "");
    i.files = names
        .iter()
        .enumerate()
        .map(|(k, name)| lifeos_tui::views::FileRef {
            id: id(1000 * n + u32::try_from(k).unwrap()),
            name: (*name).into(),
            size: 10,
            media_type: "text/plain".into(),
        })
        .collect();
    i
}

fn opens(fx: &[Effect]) -> Vec<(String, usize, usize)> {
    requests(fx)
        .into_iter()
        .filter_map(|r| match r {
            Request::OpenFile { file, nth, of } => Some((file.name.clone(), *nth, *of)),
            _ => None,
        })
        .collect()
}

#[test]
fn the_open_key_opens_each_file_in_turn_on_the_worker() {
    let mut a = app((100, 30));
    a.on_key(key('3'));
    a.on_response(Response::Page {
        domain: 1,
        filter: 0,
        tag: None,
        start: 0,
        total: 3,
        items: vec![
            with_files(1, &["a.pdf", "b.jpg", "c.txt"]),
            with_files(2, &["only.pdf"]),
            with_files(3, &[]),
        ],
    });
    let o = |a: &mut App| opens(&a.on_key(key('O')));
    assert_eq!(o(&mut a), vec![("a.pdf".into(), 1, 3)]);
    assert_eq!(a.message.as_ref().unwrap().text, "opening a.pdf…");
    assert_eq!(o(&mut a), vec![("b.jpg".into(), 2, 3)]);
    a.on_response(Response::Opened(Ok("opened b.jpg (2 of 3)".into())));
    let m = a.message.clone().unwrap();
    assert_eq!((m.text.as_str(), m.error), ("opened b.jpg (2 of 3)", false));
    assert_eq!(o(&mut a), vec![("c.txt".into(), 3, 3)]);
    // After the last, the first again.
    assert_eq!(o(&mut a), vec![("a.pdf".into(), 1, 3)]);
    // Another row starts at its first file.
    a.on_key(key('j'));
    assert_eq!(o(&mut a), vec![("only.pdf".into(), 1, 1)]);
    assert_eq!(o(&mut a), vec![("only.pdf".into(), 1, 1)]);
    a.on_key(key('k'));
    assert_eq!(o(&mut a), vec![("a.pdf".into(), 1, 3)]);
    // A row without files: a message, no request.
    a.on_key(key('j'));
    a.on_key(key('j'));
    assert_eq!(o(&mut a), vec![]);
    assert_eq!(a.message.as_ref().unwrap().text, "this row has no files");
    // A failure is one error line; nothing reloads.
    let fx = a.on_response(Response::Opened(Err("cannot open x: no".into())));
    assert!(fx.is_empty(), "{fx:?}");
    let m = a.message.clone().unwrap();
    assert_eq!((m.text.as_str(), m.error), ("cannot open x: no", true));
}

#[test]
fn the_open_key_is_configurable() {
    let keys = BTreeMap::from([("open_file".to_owned(), "o".to_owned())]);
    let mut a = App::new(
        "default",
        Keymap::new(&keys).unwrap(),
        ctx(),
        false,
        (100, 30),
    );
    a.on_key(key('3'));
    a.on_response(Response::Page {
        domain: 1,
        filter: 0,
        tag: None,
        start: 0,
        total: 1,
        items: vec![with_files(1, &["a.pdf"])],
    });
    assert!(opens(&a.on_key(key('O'))).is_empty());
    assert_eq!(opens(&a.on_key(key('o'))), vec![("a.pdf".into(), 1, 1)]);
}

#[test]
fn the_timeline_opens_on_today_and_moves_by_day_never_past_today() {
    let mut a = app((100, 30));
    let today = a.ctx.today;
    let fx = a.on_key(key('T'));
    assert_eq!(a.screen, Screen::Timeline);
    assert_eq!(requests(&fx), [&Request::Timeline(today)]);
    let fx = a.on_key(key('['));
    let yesterday = today - time::Duration::days(1);
    assert_eq!(a.timeline.day, yesterday);
    assert_eq!(requests(&fx), [&Request::Timeline(yesterday)]);
    a.on_key(key(']'));
    a.on_key(key(']'));
    assert_eq!(a.timeline.day, today, "never past today");
    a.on_key(key('['));
    a.on_key(key('['));
    // An answer for another day is dropped; this day's rows can be selected.
    a.on_response(Response::Timeline {
        day: today,
        items: vec![item(EntityKind::Task, 1, "stale", "")],
    });
    assert!(a.timeline.items.is_none());
    a.on_response(Response::Timeline {
        day: a.timeline.day,
        items: vec![
            item(EntityKind::Task, 1, "File taxes", "21:30 done"),
            item(EntityKind::Note, 2, "Frost dates", "09:00 written"),
        ],
    });
    a.on_key(key('j'));
    assert_eq!(a.selected().unwrap().title, "Frost dates");
    // T again comes back to today.
    let fx = a.on_key(key('T'));
    assert_eq!(a.timeline.day, today);
    assert_eq!(requests(&fx), [&Request::Timeline(today)]);
}
