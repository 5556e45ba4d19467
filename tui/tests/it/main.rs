//! The TUI's tests: render snapshots (TestBackend + insta), update logic driven by key
//! sequences without a terminal, and the worker against a real encrypted store.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod domain_worker;
mod domains;
mod files;
mod render;
mod update;
mod worker;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use lifeos_core::{EntityKind, Id};
use lifeos_tui::app::{App, Effect};
use lifeos_tui::keymap::Keymap;
use lifeos_tui::views::{Ctx, Item, Mark, Section, Tone};
use lifeos_tui::worker::Response;
use time::macros::{date, offset};

pub fn ctx() -> Ctx {
    Ctx {
        today: date!(2026 - 11 - 30),
        offset: offset!(UTC),
    }
}

pub fn app(size: (u16, u16)) -> App {
    App::new("default", Keymap::defaults(), ctx(), false, size)
}

/// A fixed id (deterministic snapshots).
pub fn id(n: u32) -> Id {
    format!("01KB00000000000000000{n:05}").parse().unwrap()
}

pub fn item(kind: EntityKind, n: u32, title: &str, meta: &str) -> Item {
    Item {
        kind,
        id: id(n),
        version: 1,
        title: title.to_owned(),
        meta: meta.to_owned(),
        mark: if kind == EntityKind::Task {
            Mark::Open
        } else {
            Mark::None
        },
        tone: Tone::Normal,
        fields: vec![("id", id(n).to_string())],
        body: String::new(),
        cells: Vec::new(),
        timer: None,
        files: Vec::new(),
    }
}

pub fn task(n: u32, title: &str, due: &str) -> Item {
    let mut i = item(EntityKind::Task, n, title, due);
    i.fields.insert(0, ("status", "todo".into()));
    i.fields.insert(1, ("due", due.into()));
    i
}

pub fn today_sections() -> Vec<Section> {
    let mut overdue = task(1, "Pay rent", "2026-11-28");
    overdue.tone = Tone::Alert;
    let mut high = task(2, "Call the bank about the card", "today");
    high.tone = Tone::Strong;
    high.meta = "!high today".into();
    let mut note = item(EntityKind::Note, 3, "Shopping list", "#home");
    note.mark = Mark::Pinned;
    note.body = "# Groceries\n\n- milk\n- **eggs**\n".into();
    let ada = item(EntityKind::Person, 4, "Ada Lovelace", "birthday in 10 days");
    vec![
        Section {
            title: "Tasks due by today (2)".into(),
            items: vec![overdue, high],
            more: 0,
            empty: "nothing overdue or due today",
        },
        Section {
            title: "Pinned notes (1)".into(),
            items: vec![note],
            more: 0,
            empty: "no pinned notes",
        },
        Section {
            title: "Birthdays in the next two weeks (1)".into(),
            items: vec![ada],
            more: 0,
            empty: "no birthdays",
        },
    ]
}

pub fn key(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)
}

pub fn code(c: KeyCode) -> KeyEvent {
    KeyEvent::new(c, KeyModifiers::NONE)
}

pub fn ctrl(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
}

/// Feeds keys (a string of plain characters) and collects the effects.
pub fn keys(app: &mut App, s: &str) -> Vec<Effect> {
    s.chars().flat_map(|c| app.on_key(key(c))).collect()
}

/// A page answer for domain 0 (tasks) with `total` rows, of which `start..start+n` are
/// given.
pub fn tasks_page(start: usize, n: usize, total: usize) -> Response {
    Response::Page {
        domain: 0,
        filter: 0,
        tag: None,
        start,
        total,
        items: (start..start + n)
            .map(|i| {
                task(
                    u32::try_from(i).unwrap(),
                    &format!("task number {i}"),
                    "2026-12-01",
                )
            })
            .collect(),
    }
}
