//! Faith: the active reading plans with today's readings (`x` marks them read), and a
//! panel with the practice streaks and the latest practices. Quick capture logs a
//! practice (`prayer 15m`, `reading 20m John 3`). Progress and streaks come from
//! `lifeos_core::faith`.

use std::collections::BTreeSet;

use lifeos_core::faith::{self, plan_day, plan_status};
use lifeos_core::model::{Practice, ReadingDone, ReadingPlan};
use lifeos_core::store::{Filter, ListQuery, SortKey, Store, StoreError};
use lifeos_core::{Entity, Id, LocalDate, Row, Timestamp, units};

use super::{Ctx, Decl, Item, Mark, Panel, PanelLine, Section, TODAY_LIMIT, Tone, View};
use lifeos_core::capture::Capture;

/// The faith view.
pub struct Faith;

/// Latest practices shown in the panel.
pub const PRACTICES_SHOWN: usize = 5;

/// Readings read, by plan, lowercased (as `plan_status` wants them).
fn read_sets(store: &Store) -> Result<Vec<(Id, String)>, StoreError> {
    Ok(store
        .list::<ReadingDone>(&ListQuery::default())?
        .into_iter()
        .map(|r| (r.fields.plan_id, r.fields.reading.to_lowercase()))
        .collect())
}

fn read_of(all: &[(Id, String)], plan: Id) -> BTreeSet<String> {
    all.iter()
        .filter(|(p, _)| *p == plan)
        .map(|(_, t)| t.clone())
        .collect()
}

fn show(r: &Row<ReadingPlan>, read: &BTreeSet<String>, ctx: &Ctx) -> Item {
    let p = &r.fields;
    let today = LocalDate::new(ctx.today);
    let st = plan_status(p, read, today);
    let day = plan_day(p, today);
    let todays: Vec<&str> = p
        .readings
        .iter()
        .filter(|x| i64::from(x.day) == day)
        .map(|x| x.text.as_str())
        .collect();
    let mut item = Item::of(r, p.name.clone());
    let left = st.today.len();
    item.meta = if st.finished {
        "finished".into()
    } else if todays.is_empty() {
        format!("day {day} · nothing today")
    } else if left == 0 {
        format!("day {day} · read")
    } else {
        format!("day {day} · {left} to read")
    };
    item.mark = if todays.is_empty() {
        Mark::None
    } else if left == 0 {
        Mark::Done
    } else {
        Mark::Open
    };
    item.tone = if p.archived || st.finished {
        Tone::Dim
    } else if st.behind_days > 0 {
        Tone::Alert
    } else if left > 0 {
        Tone::Strong
    } else {
        Tone::Normal
    };
    item.fields = vec![
        (
            "day",
            format!(
                "{day} of {}",
                p.readings.iter().map(|x| x.day).max().unwrap_or(0)
            ),
        ),
        (
            "progress",
            format!("{}/{} ({}%)", st.done, st.total, st.percent),
        ),
    ];
    if st.behind_days > 0 {
        item.fields.push((
            "behind",
            format!("{} days ({} readings)", st.behind_days, st.missed.len()),
        ));
    }
    if let Some(n) = &st.next {
        item.fields
            .push(("next", format!("day {}: {}", n.day, n.text)));
    }
    item.fields.push(("id", r.kernel.id.to_string()));
    let mut body = String::from("Today's readings:\n\n");
    if todays.is_empty() {
        body.push_str("- none\n");
    }
    for t in &todays {
        let done = !st.today.iter().any(|x| x.text == *t);
        body.push_str(&format!("- {} {t}\n", if done { "[x]" } else { "[ ]" }));
    }
    item.body = body;
    item
}

/// Marks today's unread readings of a plan read; says how many.
pub fn mark_read(store: &mut Store, plan: Id, ctx: &Ctx) -> anyhow::Result<String> {
    let p = store.get::<ReadingPlan>(plan)?;
    let read = read_of(&read_sets(store)?, plan);
    let st = plan_status(&p.fields, &read, LocalDate::new(ctx.today));
    if st.today.is_empty() {
        return Ok(format!("{}: nothing left to read today", p.fields.name));
    }
    let fresh: Vec<ReadingDone> = st
        .today
        .iter()
        .map(|r| ReadingDone {
            plan_id: plan,
            reading: r.text.clone(),
            done_on: LocalDate::new(ctx.today),
        })
        .collect();
    let n = fresh.len();
    store.create_all(fresh)?;
    Ok(format!(
        "{}: {n} reading{} marked read",
        p.fields.name,
        if n == 1 { "" } else { "s" }
    ))
}

/// `prayer 15m John 3`: the kind, an optional duration, then the reference.
fn practice_of(line: &str) -> Result<Practice, String> {
    let mut words = line.split_whitespace();
    let Some(kind) = words.next() else {
        return Err("type the practice: prayer 15m, reading 20m John 3".into());
    };
    let rest: Vec<&str> = words.collect();
    let (duration_s, reference) = match rest.first().map(|w| units::parse_duration(w)) {
        Some(Ok(s)) => (Some(s), rest[1..].join(" ")),
        _ => (None, rest.join(" ")),
    };
    let p = Practice {
        kind: kind.to_lowercase(),
        occurred_at: Timestamp::now(),
        duration_s,
        reference,
        note: String::new(),
    };
    p.validate().map_err(|e| e.to_string())?;
    Ok(p)
}

impl View for Faith {
    type Row = ReadingPlan;
    /// Readings read, by plan.
    type Joined = Vec<(Id, String)>;
    const DECL: Decl = Decl {
        title: "Faith",
        tabs: &["active"],
        capture_hint: "log a practice: prayer 15m, reading 20m John 3",
        panel: true,
        ..Decl::LIST
    };
    const ORDER: &'static [SortKey] = &[SortKey::Text("name")];

    fn tab(_tab: usize, _ctx: &Ctx) -> Vec<Filter> {
        vec![Filter::Bool("archived", false)]
    }

    fn join(store: &Store, _ids: &[Id]) -> Result<Self::Joined, StoreError> {
        read_sets(store)
    }

    fn show(r: &Row<ReadingPlan>, read: &Self::Joined, ctx: &Ctx) -> Item {
        show(r, &read_of(read, r.kernel.id), ctx)
    }

    fn today(store: &Store, ctx: &Ctx) -> Result<Option<Section>, StoreError> {
        let plans = store.ids::<ReadingPlan>(&Self::tab(0, ctx), Self::ORDER)?;
        let (streak, _) = practice_streak(store, ctx)?;
        if plans.is_empty() && store.ids::<Practice>(&[], &[])?.is_empty() {
            // Neither plans nor practices: no section to clutter Today.
            return Ok(None);
        }
        let items: Vec<Item> = super::items::<Self>(store, &plans, ctx)?
            .into_iter()
            .filter(|i| i.mark != Mark::None)
            .take(TODAY_LIMIT)
            .collect();
        Ok(Some(Section {
            title: format!("Readings today · practice streak {}", days(streak)),
            items,
            more: 0,
            empty: "no readings today",
        }))
    }

    fn panel(store: &Store, ctx: &Ctx) -> Result<Option<Panel>, StoreError> {
        let rows = practices(store)?;
        let refs: Vec<&Practice> = rows.iter().map(|r| &r.fields).collect();
        let st = faith::practice_stats(&refs, LocalDate::new(ctx.today), ctx.offset);
        let mut lines = vec![PanelLine::Text(
            format!(
                "practice streak {} (longest {})",
                days(st.current_streak),
                days(st.longest_streak)
            ),
            if st.current_streak > 0 {
                Tone::Strong
            } else {
                Tone::Normal
            },
        )];
        if !st.kinds.is_empty() {
            lines.push(PanelLine::Text(
                st.kinds
                    .iter()
                    .map(|(k, s)| format!("{k} {}", days(s.current_streak)))
                    .collect::<Vec<_>>()
                    .join(" · "),
                Tone::Normal,
            ));
        }
        for r in rows.iter().take(PRACTICES_SHOWN) {
            let p = &r.fields;
            let mut t = format!(
                "{} {}",
                super::local_time(p.occurred_at, ctx.offset),
                p.kind
            );
            if let Some(d) = p.duration_s {
                t.push_str(&format!(" {}", units::duration_text(d)));
            }
            if !p.reference.is_empty() {
                t.push_str(&format!(" · {}", p.reference));
            }
            lines.push(PanelLine::Text(t, Tone::Dim));
        }
        if rows.is_empty() {
            lines.push(PanelLine::Text(
                "no practice logged yet: a, then prayer 15m".into(),
                Tone::Dim,
            ));
        }
        Ok(Some(Panel {
            title: "Practice".into(),
            lines,
        }))
    }

    fn parse(line: &str, _ctx: &Ctx) -> Result<Capture, String> {
        practice_of(line)?;
        Ok(Capture {
            title: line.trim().to_owned(),
            ..Capture::default()
        })
    }

    fn create(store: &mut Store, c: Capture) -> anyhow::Result<String> {
        let p = practice_of(&c.title).map_err(anyhow::Error::msg)?;
        let row = store.create(p)?;
        Ok(format!("practice: {}", row.fields.kind))
    }

    fn capture_label() -> String {
        "log practice".into()
    }

    fn created(title: &str) -> String {
        format!("logged {title}")
    }

    fn complete(
        store: &mut Store,
        id: Id,
        _version: i64,
        ctx: &Ctx,
    ) -> anyhow::Result<Option<String>> {
        mark_read(store, id, ctx).map(Some)
    }
}

/// Practices, newest first.
fn practices(store: &Store) -> Result<Vec<Row<Practice>>, StoreError> {
    let ids = store.ids::<Practice>(&[], &[SortKey::Desc("occurred_at")])?;
    store.get_many::<Practice>(&ids)
}

fn practice_streak(store: &Store, ctx: &Ctx) -> Result<(u32, u32), StoreError> {
    let days: BTreeSet<time::Date> = practices(store)?
        .iter()
        .map(|r| super::local_date(r.fields.occurred_at, ctx.offset))
        .collect();
    Ok(faith::streaks(&days, ctx.today))
}

fn days(n: u32) -> String {
    if n == 1 {
        "1 day".into()
    } else {
        format!("{n} days")
    }
}
