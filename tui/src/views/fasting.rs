//! Fasting: the running fast as a live timer with a bar toward its target, and past
//! fasts newest first. `F` starts or stops a fast from any view; quick capture starts
//! one with a target (`16h`). The timer is redrawn from the clock every second; the
//! database is read only when something changes.

use lifeos_core::model::{
    Fast, FastStats, RUNNING_KEY, format_minutes, format_seconds, parse_duration,
};
use lifeos_core::store::{ListQuery, SortKey, Store, StoreError};
use lifeos_core::{Id, Row, Timestamp};

use super::{Ctx, Decl, Item, Mark, Panel, PanelLine, Section, Timer, Tone, View};
use lifeos_core::capture::Capture;

/// The fasting view.
pub struct Fasting;

/// The target of a fast started without one, when no fast had one before: 16 hours.
pub const DEFAULT_TARGET_MINUTES: u32 = 16 * 60;

fn timer(f: &Fast) -> Option<Timer> {
    f.is_running().then(|| Timer {
        since: f.started_at,
        target_s: f.target_minutes.map(|m| i64::from(m) * 60),
    })
}

fn show(r: &Row<Fast>, ctx: &Ctx) -> Item {
    let f = &r.fields;
    let now = Timestamp::now();
    let title = if f.is_running() {
        "fasting".to_owned()
    } else {
        format!("fast of {}", super::local_time(f.started_at, ctx.offset))
    };
    let mut item = Item::of(r, title);
    let target = f
        .target_minutes
        .map(|m| format!(" / {}", format_minutes(m)))
        .unwrap_or_default();
    item.timer = timer(f);
    if !f.is_running() {
        item.meta = format!("{}{target}", format_seconds(f.seconds(now)));
    }
    item.mark = if f.is_running() {
        Mark::Doing
    } else if f.met_target(now) {
        Mark::Done
    } else {
        Mark::None
    };
    item.tone = if f.is_running() {
        Tone::Strong
    } else {
        Tone::Normal
    };
    item.fields = vec![("started", super::local_time(f.started_at, ctx.offset))];
    if let Some(e) = f.ended_at {
        item.fields
            .push(("ended", super::local_time(e, ctx.offset)));
    }
    item.fields.push(("length", format_seconds(f.seconds(now))));
    if let Some(m) = f.target_minutes {
        item.fields.push(("target", format_minutes(m)));
    }
    item.fields.push(("id", r.kernel.id.to_string()));
    item.body = f.note.clone();
    item
}

fn running(store: &Store) -> Result<Option<Row<Fast>>, StoreError> {
    store.by_natural_key::<Fast>(RUNNING_KEY)
}

/// The last target set, so a new fast keeps the user's habit.
fn last_target(store: &Store) -> Result<Option<u32>, StoreError> {
    let ids = store.ids::<Fast>(&[], Fasting::ORDER)?;
    let first = ids.iter().take(20).copied().collect::<Vec<_>>();
    Ok(store
        .get_many::<Fast>(&first)?
        .into_iter()
        .find_map(|r| r.fields.target_minutes))
}

/// Starts a fast (with `target`, else the last one used, else 16 h) or stops the
/// running one; says what it did.
pub fn toggle(store: &mut Store, target: Option<u32>) -> anyhow::Result<String> {
    if let Some(f) = running(store)? {
        // Stopped within a minute (F twice): a slip, not a fast; it is not recorded.
        if f.fields.seconds(Timestamp::now()) < 60 {
            store.delete::<Fast>(f.kernel.id, Some(f.kernel.version))?;
            return Ok("fast cancelled: it ran under a minute, so it is not recorded".into());
        }
        let row = store.update::<Fast>(f.kernel.id, Some(f.kernel.version), |f, now| {
            f.ended_at = Some(now);
            Ok(())
        })?;
        let now = Timestamp::now();
        let met = if row.fields.met_target(now) {
            ", target met"
        } else {
            ""
        };
        return Ok(format!(
            "fast stopped after {}{met}",
            format_seconds(row.fields.seconds(now))
        ));
    }
    let target = match target {
        Some(t) => t,
        None => last_target(store)?.unwrap_or(DEFAULT_TARGET_MINUTES),
    };
    store.create(Fast::start(Timestamp::now(), Some(target)))?;
    Ok(format!("fast started, target {}", format_minutes(target)))
}

impl View for Fasting {
    type Row = Fast;
    type Joined = ();
    const DECL: Decl = Decl {
        title: "Fasting",
        capture_hint: "target, e.g. 16h or 18h30m (starts a fast)",
        panel: true,
        ..Decl::LIST
    };
    const ORDER: &'static [SortKey] = &[SortKey::Desc("started_at")];

    fn show(r: &Row<Fast>, _: &(), ctx: &Ctx) -> Item {
        show(r, ctx)
    }

    fn today(store: &Store, ctx: &Ctx) -> Result<Option<Section>, StoreError> {
        let items: Vec<Item> = running(store)?.iter().map(|r| show(r, ctx)).collect();
        if items.is_empty() && store.ids::<Fast>(&[], &[])?.is_empty() {
            // Never fasted: no section to clutter Today.
            return Ok(None);
        }
        Ok(Some(Section {
            title: "Fasting".into(),
            items,
            more: 0,
            empty: "no fast running (F starts one)",
        }))
    }

    fn panel(store: &Store, _ctx: &Ctx) -> Result<Option<Panel>, StoreError> {
        let mut lines = Vec::new();
        match running(store)? {
            Some(r) => {
                if let Some(t) = timer(&r.fields) {
                    lines.push(PanelLine::Timer {
                        label: "fasting".into(),
                        timer: t,
                    });
                }
            }
            None => lines.push(PanelLine::Text(
                "no fast running: F starts one".into(),
                Tone::Dim,
            )),
        }
        let done: Vec<Fast> = store
            .list::<Fast>(&ListQuery::default())?
            .into_iter()
            .map(|r| r.fields)
            .filter(|f| !f.is_running())
            .collect();
        let s = FastStats::of(&done);
        if s.count > 0 {
            let met = s
                .met_target_share
                .map(|m| format!(", target met {}", super::percent(m)))
                .unwrap_or_default();
            lines.push(PanelLine::Text(
                format!(
                    "{} fasts, average {}, longest {}{met}",
                    s.count,
                    format_seconds(s.average_seconds),
                    format_seconds(s.longest_seconds)
                ),
                Tone::Normal,
            ));
        }
        Ok(Some(Panel {
            title: "Fast".into(),
            lines,
        }))
    }

    fn parse(line: &str, _ctx: &Ctx) -> Result<Capture, String> {
        let t = line.trim();
        if !t.is_empty() {
            parse_duration(t)?;
        }
        Ok(Capture {
            title: t.to_owned(),
            ..Capture::default()
        })
    }

    fn create(store: &mut Store, c: Capture) -> anyhow::Result<String> {
        if running(store)?.is_some() {
            anyhow::bail!("a fast is already running: F stops it");
        }
        let target = if c.title.is_empty() {
            None
        } else {
            Some(parse_duration(&c.title).map_err(anyhow::Error::msg)?)
        };
        toggle(store, target)
    }

    fn capture_label() -> String {
        "start a fast".into()
    }

    fn created(title: &str) -> String {
        title.to_owned()
    }

    fn complete(
        store: &mut Store,
        id: Id,
        _version: i64,
        _ctx: &Ctx,
    ) -> anyhow::Result<Option<String>> {
        match running(store)? {
            Some(f) if f.kernel.id == id => toggle(store, None).map(Some),
            _ => anyhow::bail!("this fast has ended; F starts a new one"),
        }
    }
}
