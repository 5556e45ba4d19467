//! Habits: each habit with a strip of its last weeks; `x` checks in the selected day
//! (today unless moved with `[` and `]`), `s` skips it; doing it again undoes it.
//! Statistics come from `lifeos_core::stats`; nothing is counted here.

use std::collections::HashMap;

use lifeos_core::model::{CheckinStatus, Habit, HabitCheckin, Schedule};
use lifeos_core::stats::{self, TodayState};
use lifeos_core::store::{Filter, ListQuery, SortKey, Store, StoreError};
use lifeos_core::{Id, LocalDate, Row};
use time::{Date, Duration};

use super::{Cell, Ctx, Decl, Item, Mark, Panel, PanelLine, Section, Tone, View};
use lifeos_core::capture::Capture;

/// The habits view.
pub struct Habits;

/// Days in a habit's strip (four weeks).
pub const STRIP_DAYS: i64 = 28;

type Days = Vec<(LocalDate, CheckinStatus)>;
/// A habit's check-ins as stored: day, status, value.
type Raw = Vec<(LocalDate, CheckinStatus, Option<f64>)>;

/// The check-ins of these habits, by habit.
fn checkins(store: &Store, ids: &[Id]) -> Result<HashMap<Id, Raw>, StoreError> {
    let mut by: HashMap<Id, Raw> = HashMap::new();
    if ids.is_empty() {
        return Ok(by);
    }
    let rows = store.list::<HabitCheckin>(&ListQuery {
        filters: vec![Filter::In(
            "habit_id",
            ids.iter().map(ToString::to_string).collect(),
        )],
        ..ListQuery::default()
    })?;
    for c in rows {
        by.entry(c.fields.habit_id).or_default().push((
            c.fields.date,
            c.fields.status,
            c.fields.value,
        ));
    }
    Ok(by)
}

fn start_of(r: &Row<Habit>, ctx: &Ctx) -> Date {
    super::local_date(r.kernel.created_at, ctx.offset)
}

/// The strip: one cell per day, oldest first, ending today.
pub fn strip(schedule: &Schedule, start: Date, days: &Days, today: Date) -> Vec<Cell> {
    let map: HashMap<Date, CheckinStatus> = days.iter().map(|(d, s)| (d.date(), *s)).collect();
    let state = stats::today_state(schedule, days, LocalDate::new(today));
    (0..STRIP_DAYS)
        .rev()
        .map(|back| {
            let d = today - Duration::days(back);
            match map.get(&d) {
                Some(CheckinStatus::Done) => Cell::Done,
                Some(CheckinStatus::Skipped) => Cell::Skipped,
                None if d == today => {
                    if state == TodayState::Due {
                        Cell::Due
                    } else {
                        Cell::Off
                    }
                }
                // A week schedule has no missed day, only a missed week.
                None if d < start || matches!(schedule, Schedule::PerWeek(_)) => Cell::Off,
                None if schedule.is_due_day(LocalDate::new(d)) => Cell::Missed,
                None => Cell::Off,
            }
        })
        .collect()
}

fn show(r: &Row<Habit>, days: &Days, ctx: &Ctx) -> Item {
    let h = &r.fields;
    let today = LocalDate::new(ctx.today);
    let start = start_of(r, ctx);
    let st = stats::habit_stats(&h.schedule, LocalDate::new(start), days, today);
    let state = stats::today_state(&h.schedule, days, today);
    let mut item = Item::of(r, h.name.clone());
    item.meta = format!("{}d", st.current_streak);
    item.mark = match state {
        TodayState::Done => Mark::Done,
        TodayState::Due => Mark::Open,
        TodayState::Skipped | TodayState::NotDue => Mark::None,
    };
    item.tone = if h.archived {
        Tone::Dim
    } else if state == TodayState::Due {
        Tone::Strong
    } else {
        Tone::Normal
    };
    item.cells = strip(&h.schedule, start, days, ctx.today);
    item.fields = vec![
        ("schedule", h.schedule.to_string()),
        ("today", state.as_str().replace('_', " ")),
        (
            "streak",
            format!("{} now, {} longest", st.current_streak, st.longest_streak),
        ),
        (
            "completion",
            format!(
                "{} 7d, {} 30d",
                super::percent(st.completion_7d),
                super::percent(st.completion_30d)
            ),
        ),
        ("strength", super::percent(st.strength)),
        (
            "checked",
            format!("{} done, {} skipped", st.total_done, st.total_skipped),
        ),
        ("id", r.kernel.id.to_string()),
    ];
    if h.archived {
        item.fields.insert(0, ("archived", "yes".into()));
    }
    item.body = h.description.clone();
    item
}

/// The active habits' rows, in list order.
fn active(store: &Store, ctx: &Ctx) -> Result<Vec<Item>, StoreError> {
    let ids = store.ids::<Habit>(&Habits::tab(0, ctx), Habits::ORDER)?;
    super::items::<Habits>(store, &ids, ctx)
}

/// Checks in (or skips) a habit on a day; doing the same again removes the check-in.
pub fn check(
    store: &mut Store,
    id: Id,
    day: Date,
    skip: bool,
    ctx: &Ctx,
) -> anyhow::Result<String> {
    if day > ctx.today {
        anyhow::bail!("{day} is in the future: check in today or a past day");
    }
    let habit = store.get::<Habit>(id)?;
    let name = habit.fields.name;
    let want = if skip {
        CheckinStatus::Skipped
    } else {
        CheckinStatus::Done
    };
    let date = LocalDate::new(day);
    let on = if day == ctx.today {
        "today".to_owned()
    } else {
        day.to_string()
    };
    match store.by_natural_key::<HabitCheckin>(&HabitCheckin::key_of(id, date))? {
        Some(c) if c.fields.status == want => {
            store.delete::<HabitCheckin>(c.kernel.id, Some(c.kernel.version))?;
            Ok(format!("unchecked {name} {on}"))
        }
        existing => {
            let mut c = existing.map_or_else(|| HabitCheckin::done(id, date), |c| c.fields);
            c.status = want;
            store.upsert(c)?;
            Ok(format!("{} {name} {on}", want.as_str()))
        }
    }
}

impl View for Habits {
    type Row = Habit;
    type Joined = HashMap<Id, Raw>;
    const DECL: Decl = Decl {
        title: "Habits",
        tabs: &["active", "archived", "all"],
        capture_hint: "stretch daily (or 3/week, mon,wed,fri)",
        by_day: true,
        panel: true,
    };
    const ORDER: &'static [SortKey] = &[SortKey::Text("name")];

    fn tab(tab: usize, _ctx: &Ctx) -> Vec<Filter> {
        match tab {
            0 => vec![Filter::Bool("archived", false)],
            1 => vec![Filter::Bool("archived", true)],
            _ => vec![],
        }
    }

    fn join(store: &Store, ids: &[Id]) -> Result<Self::Joined, StoreError> {
        checkins(store, ids)
    }

    fn show(r: &Row<Habit>, by: &Self::Joined, ctx: &Ctx) -> Item {
        // The statistics' reading of the check-ins, so the strip agrees with them.
        let days = stats::counted_days(
            r.fields.target,
            by.get(&r.kernel.id).into_iter().flatten().copied(),
        );
        show(r, &days, ctx)
    }

    fn today(store: &Store, ctx: &Ctx) -> Result<Option<Section>, StoreError> {
        let active = active(store, ctx)?;
        if active.is_empty() {
            // No habits kept: no section to clutter Today.
            return Ok(None);
        }
        let due: Vec<Item> = active
            .into_iter()
            .filter(|i| i.mark == Mark::Open)
            .collect();
        Ok(Some(Section::counted(
            "Habits to check today",
            due.len(),
            due,
            "every habit due today is checked",
        )))
    }

    fn panel(store: &Store, ctx: &Ctx) -> Result<Option<Panel>, StoreError> {
        let shown = active(store, ctx)?;
        let due = shown.iter().filter(|i| i.mark == Mark::Open).count();
        let done = shown.iter().filter(|i| i.mark == Mark::Done).count();
        Ok(Some(Panel {
            title: format!("Last {STRIP_DAYS} days"),
            lines: vec![
                PanelLine::Text(
                    format!("today: {done} done, {due} to check · x check, s skip, [ ] day"),
                    if due > 0 { Tone::Strong } else { Tone::Normal },
                ),
                PanelLine::Text("■ done  ~ skipped  · missed  □ due".into(), Tone::Dim),
            ],
        }))
    }

    fn parse(line: &str, _ctx: &Ctx) -> Result<Capture, String> {
        let (name, schedule) = split_schedule(line);
        if name.is_empty() {
            return Err("type the habit's name, then its schedule (daily, 3/week, mon,wed)".into());
        }
        let h = Habit::new(name, schedule);
        lifeos_core::Entity::validate(&h).map_err(|e| e.to_string())?;
        Ok(Capture {
            title: line.trim().to_owned(),
            ..Capture::default()
        })
    }

    fn create(store: &mut Store, c: Capture) -> anyhow::Result<String> {
        let (name, schedule) = split_schedule(&c.title);
        Ok(store.create(Habit::new(name, schedule))?.fields.name)
    }

    fn complete(
        store: &mut Store,
        id: Id,
        _version: i64,
        ctx: &Ctx,
    ) -> anyhow::Result<Option<String>> {
        check(store, id, ctx.today, false, ctx).map(Some)
    }

    fn check(
        store: &mut Store,
        id: Id,
        day: Date,
        skip: bool,
        ctx: &Ctx,
    ) -> anyhow::Result<Option<String>> {
        check(store, id, day, skip, ctx).map(Some)
    }
}

/// `read 20 pages 3/week` → the name and the schedule (its last word, if it is one;
/// else daily).
fn split_schedule(line: &str) -> (String, Schedule) {
    let line = line.trim();
    if let Some((name, last)) = line.rsplit_once(char::is_whitespace)
        && let Ok(s) = last.parse::<Schedule>()
    {
        return (name.trim().to_owned(), s);
    }
    (line.to_owned(), Schedule::Daily)
}
