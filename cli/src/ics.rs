//! `lifeos export --to ics`: tasks with a due date as `VTODO`s and fasts as `VEVENT`s
//! (RFC 5545, written by the `icalendar` crate), for a calendar app to subscribe to or
//! import.
//!
//! A task's whole-day due is a `DUE;VALUE=DATE`, a timed one an instant in UTC; its
//! status, priority (high 1, medium 5, low 9), tags (`CATEGORIES`), project (the first
//! category, `project:home.garden`), notes and times (`CREATED`, `LAST-MODIFIED`,
//! `COMPLETED`) go along. Each instance of a recurring task is its own to-do. A fast is
//! an event from its start to its end (a running fast to its target, or to now). Every
//! item's `UID` is its row id, so a calendar that imports the file again updates it.

use chrono::{DateTime, NaiveDate, Utc};
use icalendar::{Calendar, Component, EventLike, TodoStatus};
use lifeos_core::model::{Due, Fast, Priority, Task, TaskStatus};
use lifeos_core::{LocalDate, Row, Timestamp};

/// The calendar of `tasks` (those with a due date) and `fasts`, as text.
pub fn calendar(tasks: &[Row<Task>], fasts: &[Row<Fast>], now: Timestamp) -> String {
    let mut cal = Calendar::empty();
    cal.append_property(("VERSION", "2.0"))
        .append_property((
            "PRODID",
            concat!("-//LifeOS//lifeos ", env!("CARGO_PKG_VERSION"), "//EN"),
        ))
        .append_property(("CALSCALE", "GREGORIAN"))
        .name("LifeOS");
    for t in tasks {
        if let Some(due) = t.fields.due {
            cal.push(todo(t, due));
        }
    }
    for f in fasts {
        cal.push(event(f, now));
    }
    cal.done().to_string()
}

fn utc(t: Timestamp) -> DateTime<Utc> {
    let ms = i64::try_from(t.datetime().unix_timestamp_nanos() / 1_000_000).unwrap_or(0);
    DateTime::from_timestamp_millis(ms).unwrap_or_default()
}

fn day(d: LocalDate) -> NaiveDate {
    let d = d.date();
    NaiveDate::from_ymd_opt(d.year(), u32::from(u8::from(d.month())), u32::from(d.day()))
        .unwrap_or_default()
}

fn uid(row_id: lifeos_core::Id) -> String {
    format!("{row_id}@lifeos")
}

fn todo(t: &Row<Task>, due: Due) -> icalendar::Todo {
    let f = &t.fields;
    let mut todo = icalendar::Todo::new();
    todo.uid(&uid(t.kernel.id))
        .summary(&f.title)
        .timestamp(utc(t.kernel.updated_at))
        .created(utc(t.kernel.created_at))
        .last_modified(utc(t.kernel.updated_at))
        .sequence(u32::try_from(t.kernel.version - 1).unwrap_or(0));
    match due {
        Due::Date(d) => todo.due(day(d)),
        Due::At(at) => todo.due(utc(at)),
    };
    todo.status(match f.status {
        TaskStatus::Todo => TodoStatus::NeedsAction,
        TaskStatus::Doing => TodoStatus::InProcess,
        TaskStatus::Done => TodoStatus::Completed,
        TaskStatus::Cancelled => TodoStatus::Cancelled,
    });
    if let Some(done) = f.completed_at {
        todo.completed(utc(done));
    }
    match f.priority {
        Priority::None => {}
        Priority::High => {
            todo.priority(1);
        }
        Priority::Medium => {
            todo.priority(5);
        }
        Priority::Low => {
            todo.priority(9);
        }
    }
    let mut notes = f.notes.clone();
    for a in &f.annotations {
        if !notes.is_empty() {
            notes.push('\n');
        }
        notes.push_str(&format!("{} {}", a.at, a.text));
    }
    if !notes.is_empty() {
        todo.description(&notes);
    }
    let mut categories: Vec<String> = Vec::new();
    if !f.project.is_empty() {
        categories.push(format!("project:{}", f.project));
    }
    categories.extend(f.tags.iter().cloned());
    if !categories.is_empty() {
        todo.categories(&categories);
    }
    todo.done()
}

fn event(f: &Row<Fast>, now: Timestamp) -> icalendar::Event {
    let fast = &f.fields;
    let mut e = icalendar::Event::new();
    let summary = match fast.target_minutes {
        Some(m) if m % 60 == 0 => format!("Fast ({} h target)", m / 60),
        Some(m) => format!("Fast ({m} min target)"),
        None => "Fast".to_owned(),
    };
    let start = utc(fast.started_at);
    let end = match (fast.ended_at, fast.target_minutes) {
        (Some(end), _) => utc(end),
        (None, Some(m)) => start + chrono::Duration::minutes(i64::from(m)),
        (None, None) => utc(now).max(start),
    };
    e.uid(&uid(f.kernel.id))
        .summary(&summary)
        .timestamp(utc(f.kernel.updated_at))
        .created(utc(f.kernel.created_at))
        .last_modified(utc(f.kernel.updated_at))
        .starts(start)
        .ends(end);
    if !fast.note.is_empty() {
        e.description(&fast.note);
    }
    e.done()
}
