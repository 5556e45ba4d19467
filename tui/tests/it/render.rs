//! Render snapshots: each view at a comfortable size, at 40x10, and with wide
//! Unicode; and no size, however small, panics.

use crossterm::event::KeyCode;
use insta::assert_snapshot;
use lifeos_core::EntityKind;
use lifeos_tui::app::App;
use lifeos_tui::worker::Response;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

use super::*;

fn draw(app: &App) -> String {
    let mut t = Terminal::new(TestBackend::new(app.size.0, app.size.1)).unwrap();
    t.draw(|f| lifeos_tui::render::render(app, f)).unwrap();
    t.backend().to_string()
}

fn today_app(size: (u16, u16)) -> App {
    let mut a = app(size);
    a.on_response(Response::Today(today_sections()));
    a.on_response(Response::Pending(3));
    a
}

fn tasks_app(size: (u16, u16)) -> App {
    let mut a = app(size);
    a.on_key(key('2'));
    a.on_response(tasks_page(0, 200, 100_000));
    a
}

fn notes_app(size: (u16, u16)) -> App {
    let mut a = app(size);
    a.on_key(key('3'));
    let mut n = item(EntityKind::Note, 7, "Reading list", "#books");
    n.fields = vec![
        ("tags", "#books".into()),
        ("updated", "2026-11-30 09:15".into()),
    ];
    n.body = "# Books\n\nTo read *this* winter:\n\n1. **Middlemarch**\n2. The Dispossessed\n   - then its sequel\n\n> A reader lives a thousand lives.\n\n```\nrm -rf ~/procrastination\n```\n\nSee [the list](https://example.org).".into();
    let mut pinned = item(EntityKind::Note, 8, "Packing", "");
    pinned.mark = lifeos_tui::views::Mark::Pinned;
    a.on_response(Response::Page {
        domain: 1,
        filter: 0,
        tag: None,
        start: 0,
        total: 2,
        items: vec![n, pinned],
    });
    a
}

#[test]
fn today() {
    assert_snapshot!(draw(&today_app((100, 20))));
}

#[test]
fn today_tiny() {
    assert_snapshot!(draw(&today_app((40, 10))));
}

#[test]
fn today_loading_and_empty() {
    let mut a = app((60, 12));
    let loading = draw(&a);
    assert!(loading.contains("loading…"), "{loading}");
    a.on_response(Response::Today(vec![Section {
        title: "Tasks due by today (0)".into(),
        items: vec![],
        more: 0,
        empty: "nothing overdue or due today",
    }]));
    assert_snapshot!(draw(&a));
}

#[test]
fn tasks_window_of_a_long_list() {
    let mut a = tasks_app((100, 16));
    assert_snapshot!("tasks_top", draw(&a));
    // Jump to the end: the rows there are not loaded yet and show as placeholders,
    // the frame does not wait for them.
    a.on_key(key('G'));
    assert_snapshot!("tasks_bottom_loading", draw(&a));
}

#[test]
fn tasks_tiny_and_zoomed_detail() {
    let mut a = tasks_app((40, 10));
    assert_snapshot!("tasks_tiny", draw(&a));
    a.on_key(code(KeyCode::Enter));
    assert_snapshot!("tasks_tiny_detail", draw(&a));
}

#[test]
fn notes_render_markdown() {
    assert_snapshot!(draw(&notes_app((100, 26))));
}

#[test]
fn people_and_places() {
    let mut a = app((80, 10));
    a.on_key(key('4'));
    a.on_response(Response::Page {
        domain: 2,
        filter: 0,
        tag: None,
        start: 0,
        total: 2,
        items: vec![
            item(EntityKind::Person, 1, "Ada Lovelace", "birthday in 10 days"),
            item(EntityKind::Person, 2, "Grace Hopper", ""),
        ],
    });
    assert_snapshot!("people", draw(&a));
    a.on_key(key('5'));
    a.on_response(Response::Page {
        domain: 3,
        filter: 0,
        tag: None,
        start: 0,
        total: 0,
        items: vec![],
    });
    assert_snapshot!("places_empty", draw(&a));
}

#[test]
fn unicode_titles() {
    let mut a = app((60, 10));
    a.on_key(key('2'));
    a.on_response(Response::Page {
        domain: 0,
        filter: 0,
        tag: None,
        start: 0,
        total: 4,
        items: vec![
            task(
                1,
                "日本語のタスクを片付ける、とても長いタイトルです",
                "2026-12-01",
            ),
            task(2, "🎉🎂🥳 party prep with emoji 👨‍👩‍👧‍👦 family", "today"),
            task(3, "Ünïcödé façade naïve café", ""),
            task(4, "한국어 중국어 中文 混合 mixed", "2026-12-24"),
        ],
    });
    assert_snapshot!("unicode_60", draw(&a));
    a.on_resize(40, 10);
    assert_snapshot!("unicode_40", draw(&a));
}

#[test]
fn search_results() {
    let mut a = today_app((100, 12));
    a.on_key(key('/'));
    for c in "rent".chars() {
        a.on_key(key(c));
    }
    let seq = a.search.seq;
    a.on_response(Response::Search {
        seq,
        items: vec![
            task(1, "Pay rent", "2026-11-28"),
            item(EntityKind::Note, 9, "Rental contract", "#home"),
        ],
    });
    assert_snapshot!(draw(&a));
}

#[test]
fn help_overlay_is_generated_from_the_keymap() {
    let mut a = today_app((100, 30));
    a.on_key(key('?'));
    assert_snapshot!("help", draw(&a));
    a.on_resize(40, 10);
    let tiny = draw(&a);
    assert!(tiny.contains("Keys"), "{tiny}");
}

#[test]
fn quick_capture_line() {
    let mut a = today_app((80, 10));
    a.on_key(key('a'));
    assert_snapshot!("capture_empty", draw(&a));
    for c in "buy milk tomorrow #errands !high 牛乳".chars() {
        a.on_key(key(c));
    }
    assert_snapshot!("capture_typed", draw(&a));
}

#[test]
fn status_line_shows_sync_and_errors() {
    let mut a = App::new("work", Keymap::defaults(), ctx(), true, (80, 6));
    a.on_response(Response::Pending(12));
    a.on_key(key('S'));
    assert!(draw(&a).contains("work  12 pending │ syncing…"));
    a.on_response(Response::Synced(Err("server unreachable".into())));
    let s = draw(&a);
    assert!(s.contains("sync failed"), "{s}");
    assert!(s.contains("sync failed: server unreachable"), "{s}");
}

#[test]
fn no_size_panics() {
    let screens: Vec<App> = vec![today_app((1, 1)), tasks_app((1, 1)), notes_app((1, 1))];
    for mut a in screens {
        for (w, h) in [
            (0, 0),
            (1, 1),
            (2, 1),
            (3, 2),
            (10, 3),
            (17, 5),
            (40, 10),
            (41, 11),
            (69, 20),
            (70, 20),
            (250, 80),
        ] {
            a.on_resize(w, h);
            for overlay in [false, true] {
                a.help = overlay;
                a.zoom = overlay;
                let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
                t.draw(|f| lifeos_tui::render::render(&a, f)).unwrap();
            }
            a.help = false;
            a.on_key(key('a'));
            for c in "日本🎉".chars() {
                a.on_key(key(c));
            }
            let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
            t.draw(|f| lifeos_tui::render::render(&a, f)).unwrap();
            a.on_key(code(KeyCode::Esc));
        }
    }
}

#[test]
fn help_fits_small_terminals_and_scrolls() {
    let mut a = today_app((40, 12));
    a.on_key(key('?'));
    let first = draw(&a);
    for line in first.lines() {
        assert!(line.chars().count() <= 42, "{line}");
    }
    assert!(
        first.contains("scroll"),
        "the title says it scrolls: {first}"
    );
    assert!(first.contains("this help"), "{first}");
    // j scrolls down; G to the end, where the last keys show; g back to the top.
    a.on_key(key('G'));
    let last = draw(&a);
    assert!(last.contains("back / close"), "{last}");
    assert!(!last.contains("this help"), "{last}");
    a.on_key(key('g'));
    assert_eq!(draw(&a), first);
    a.on_key(key('?'));
    assert!(!a.help);
}

#[test]
fn a_long_status_message_wraps_instead_of_being_cut() {
    let mut a = today_app((80, 24));
    let text = "not saved: title: 501 characters, the limit is 500; your text is kept in /tmp/lifeos-edit-01KB0000000000000000000002.md";
    a.on_response(Response::Refused(text.into()));
    let screen = draw(&a);
    let shown: String = screen
        .lines()
        .rev()
        .take(4)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .map(|l| l.trim_matches('"').trim())
        .collect::<Vec<_>>()
        .join(" ");
    for word in text.split(' ') {
        assert!(shown.contains(word), "'{word}' is missing: {screen}");
    }
}

fn file(n: u32, name: &str, size: u64, media_type: &str) -> lifeos_tui::views::FileRef {
    lifeos_tui::views::FileRef {
        id: id(100 + n),
        name: name.into(),
        size,
        media_type: media_type.into(),
    }
}

/// A note with three files, and a task with one, in the notes list.
fn files_app(size: (u16, u16)) -> App {
    let mut a = app(size);
    a.on_key(key('3'));
    let mut n = item(EntityKind::Note, 7, "Tax return 2026", "#admin");
    n.fields = vec![("tags", "#admin".into())];
    n.body = "Sent on the **28th**.".into();
    n.files = vec![
        file(1, "receipt.pdf", 183_402, "application/pdf"),
        file(2, "scan März.jpg", 2_400_000, "image/jpeg"),
        file(3, "notes.txt", 12, "text/plain"),
    ];
    let mut one = item(EntityKind::Note, 8, "Lease", "");
    one.files = vec![file(4, "lease.pdf", 1_000, "application/pdf")];
    a.on_response(Response::Page {
        domain: 1,
        filter: 0,
        tag: None,
        start: 0,
        total: 2,
        items: vec![n, one],
    });
    a
}

#[test]
fn detail_lists_the_rows_files() {
    let mut a = files_app((100, 16));
    let shown = draw(&a);
    assert!(
        shown.contains("Files  O opens one, again the next"),
        "{shown}"
    );
    assert!(
        shown.contains("receipt.pdf     183 KB  application/pdf"),
        "{shown}"
    );
    assert_snapshot!("detail_files", shown);
    // One file: the hint says so; a row without files has no Files heading.
    a.on_key(key('j'));
    let one = draw(&a);
    assert!(one.contains("Files  O opens it"), "{one}");
    assert!(one.contains("lease.pdf   1.0 KB"), "{one}");
    a.on_key(key('k'));
    a.on_key(code(KeyCode::Enter));
    a.on_resize(80, 24);
    assert_snapshot!("detail_files_zoomed_80x24", draw(&a));
}

#[test]
fn the_files_hint_follows_the_configured_key() {
    let keys = std::collections::BTreeMap::from([("open_file".to_owned(), "ctrl-o".to_owned())]);
    let mut a = files_app((100, 16));
    a.keymap = Keymap::new(&keys).unwrap();
    let shown = draw(&a);
    assert!(shown.contains("Files  ctrl-o opens one"), "{shown}");
}

#[test]
fn sizes_read_as_people_read_them() {
    use lifeos_tui::render::human_size;
    assert_eq!(human_size(0), "0 B");
    assert_eq!(human_size(999), "999 B");
    assert_eq!(human_size(1_000), "1.0 KB");
    assert_eq!(human_size(183_402), "183 KB");
    assert_eq!(human_size(2_400_000), "2.4 MB");
    assert_eq!(human_size(u64::MAX), "18446744 TB");
}

#[test]
fn timeline_of_a_day() {
    let mut a = app((100, 12));
    a.on_key(key('T'));
    a.on_key(key('['));
    assert_snapshot!("timeline_loading", draw(&a));
    let mut checkin = item(EntityKind::HabitCheckin, 1, "Stretch", "all day checked in");
    checkin.fields = vec![("date", "2026-11-29".into())];
    a.on_response(Response::Timeline {
        day: a.timeline.day,
        items: vec![
            checkin,
            item(EntityKind::HealthMetric, 2, "weight 72 kg", "07:05 logged"),
            item(EntityKind::Task, 3, "File taxes", "21:30 done"),
        ],
    });
    assert_snapshot!("timeline", draw(&a));
    a.on_key(key('['));
    a.on_response(Response::Timeline {
        day: a.timeline.day,
        items: vec![],
    });
    assert_snapshot!("timeline_empty", draw(&a));
}
