//! Tasks: open ones by due date and priority; complete with `x`.

use lifeos_core::model::{Due, Priority, Task, TaskStatus};
use lifeos_core::store::{Filter, SortKey, Store, StoreError};
use lifeos_core::{Id, Row, Timestamp};
use time::Duration;

use super::{Ctx, Decl, Item, Mark, Section, Tone, View};
use lifeos_core::capture::Capture;

/// The tasks view.
pub struct Tasks;

fn open() -> Filter {
    Filter::In("status", vec!["todo".into(), "doing".into()])
}

/// Overdue and due-today: open, due before tomorrow.
fn due_by_today(ctx: &Ctx) -> Vec<Filter> {
    vec![
        open(),
        Filter::Before("due", (ctx.today + Duration::days(1)).to_string()),
    ]
}

fn due_text(due: Due, ctx: &Ctx) -> String {
    match due {
        Due::Date(d) => d.to_string(),
        Due::At(t) => super::local_time(t, ctx.offset),
    }
}

fn due_date(due: Due, ctx: &Ctx) -> time::Date {
    match due {
        Due::Date(d) => d.date(),
        Due::At(t) => t.datetime().to_offset(ctx.offset).date(),
    }
}

fn fix(old: &Task, new: &mut Task, now: Timestamp) {
    let status = new.status;
    new.completed_at = old.completed_at;
    new.set_status(status, now);
}

impl View for Tasks {
    type Row = Task;
    type Joined = ();
    const DECL: Decl = Decl {
        title: "Tasks",
        tabs: &["open", "due by today", "done", "all"],
        capture_hint: "buy milk tomorrow #errands !high",
        ..Decl::LIST
    };
    const ORDER: &'static [SortKey] = &[
        SortKey::Rank("status", &["doing", "todo", "done", "cancelled"]),
        SortKey::Asc("due"),
        SortKey::Rank("priority", &["high", "medium", "low", "none"]),
    ];

    fn tab(tab: usize, ctx: &Ctx) -> Vec<Filter> {
        match tab {
            0 => vec![open()],
            1 => due_by_today(ctx),
            2 => vec![Filter::In("status", vec!["done".into()])],
            _ => vec![],
        }
    }

    fn show(r: &Row<Task>, _: &(), ctx: &Ctx) -> Item {
        let t = &r.fields;
        let overdue = t.status.is_open() && t.due.is_some_and(|d| due_date(d, ctx) < ctx.today);
        let today = t.status.is_open() && t.due.is_some_and(|d| due_date(d, ctx) == ctx.today);
        let mut meta = Vec::new();
        if t.priority == Priority::High {
            meta.push("!high".to_owned());
        }
        if let Some(d) = t.due {
            meta.push(if today {
                "today".to_owned()
            } else {
                due_text(d, ctx)
            });
        }
        let mut fields = vec![
            ("status", t.status.as_str().to_owned()),
            ("priority", t.priority.as_str().to_owned()),
        ];
        if let Some(d) = t.due {
            fields.push(("due", due_text(d, ctx)));
        }
        if let Some(c) = t.completed_at {
            fields.push(("completed", super::local_time(c, ctx.offset)));
        }
        if !t.tags.is_empty() {
            fields.push(("tags", super::tag_text(&t.tags)));
        }
        fields.push((
            "created",
            super::local_time(r.kernel.created_at, ctx.offset),
        ));
        fields.push(("id", r.kernel.id.to_string()));
        Item {
            meta: meta.join(" "),
            mark: match t.status {
                TaskStatus::Todo => Mark::Open,
                TaskStatus::Doing => Mark::Doing,
                TaskStatus::Done | TaskStatus::Cancelled => Mark::Done,
            },
            tone: if !t.status.is_open() {
                Tone::Dim
            } else if overdue {
                Tone::Alert
            } else if today || t.priority == Priority::High {
                Tone::Strong
            } else {
                Tone::Normal
            },
            fields,
            body: t.notes.clone(),
            ..Item::of(r, t.title.clone())
        }
    }

    fn today(store: &Store, ctx: &Ctx) -> Result<Option<Section>, StoreError> {
        let ids = store.ids::<Task>(&due_by_today(ctx), &Self::ORDER[1..])?;
        super::section::<Self>(
            store,
            ctx,
            "Tasks due by today",
            &ids,
            "nothing overdue or due today",
        )
        .map(Some)
    }

    fn create(store: &mut Store, c: Capture) -> anyhow::Result<String> {
        Ok(store.create(c.into_task())?.fields.title)
    }

    fn complete(
        store: &mut Store,
        id: Id,
        version: i64,
        _ctx: &Ctx,
    ) -> anyhow::Result<Option<String>> {
        let current = store.get::<Task>(id)?;
        if current.fields.status != TaskStatus::Done {
            // Done, and a recurring task's next instance made with it.
            let f = store.finish_task(id, Some(version), false, &jiff::tz::TimeZone::system())?;
            return Ok(Some(match f.next.and_then(|n| n.fields.due) {
                Some(due) => format!("done: {}; next due {due}", f.task.fields.title),
                None => format!("done: {}", f.task.fields.title),
            }));
        }
        let row = store.update::<Task>(id, Some(version), |t, now| {
            t.set_status(TaskStatus::Todo, now);
            Ok(())
        })?;
        Ok(Some(format!("reopened: {}", row.fields.title)))
    }

    fn save_doc(store: &mut Store, id: Id, version: i64, text: &str) -> anyhow::Result<()> {
        super::save_yaml::<Task>(store, id, version, text, fix)
    }
}
