//! `lifeos habit …` and `lifeos fast …`: the habits and fasting domain on the generic
//! store. Statistics come from `lifeos_core::stats`, pure functions of local dates.

use std::collections::HashMap;
use std::io::Write;

use lifeos_core::model::{
    CheckinStatus, Fast, FastStats, Habit, HabitCheckin, RUNNING_KEY, format_minutes,
    format_seconds,
};
use lifeos_core::stats::{HabitStats, TodayState, habit_stats, today_state};
use lifeos_core::store::{Filter, ListQuery, StoreError};
use lifeos_core::{Id, IdPrefix, LocalDate, Row, Timestamp};
use serde::Serialize;

use crate::UsageError;
use crate::args::*;
use crate::commands::Ctx;
use crate::output;
use crate::parse::{local_offset, today};

fn local_day(t: Timestamp) -> LocalDate {
    LocalDate::new(t.datetime().to_offset(local_offset()).date())
}

fn today_local() -> LocalDate {
    LocalDate::new(today())
}

/// Finds a habit by exact name (any case) among live habits, else by id prefix (which
/// also finds deleted ones, so that the error can say so).
fn find<W: Write>(ctx: &Ctx<'_, W>, name_or_id: &str) -> anyhow::Result<Row<Habit>> {
    let wanted = name_or_id.trim().to_lowercase();
    let all: Vec<Row<Habit>> = ctx
        .store
        .list::<Habit>(&ListQuery {
            include_deleted: true,
            ..Default::default()
        })?
        .into_iter()
        .filter(|h| h.fields.name.to_lowercase() == wanted)
        .collect();
    // Live habits first; a deleted one only if no live habit has the name (so that the
    // error can say it is deleted).
    let (live, deleted): (Vec<_>, Vec<_>) = all.into_iter().partition(|h| !h.kernel.is_deleted());
    let named = if live.is_empty() && deleted.len() == 1 {
        deleted
    } else {
        live
    };
    match named.len() {
        1 => {
            return named
                .into_iter()
                .next()
                .ok_or_else(|| anyhow::anyhow!("no habit"));
        }
        0 => {}
        n => {
            return Err(UsageError(format!(
                "{n} habits are named '{}': use an id instead",
                lifeos_core::validate::clip(name_or_id)
            ))
            .into());
        }
    }
    let not_found = || {
        anyhow::Error::from(UsageError(format!(
            "no habit is named '{}' or has an id starting so: see lifeos habit list",
            lifeos_core::validate::clip(name_or_id)
        )))
    };
    let prefix: IdPrefix = name_or_id.trim().parse().map_err(|_| not_found())?;
    match ctx.store.resolve::<Habit>(&prefix) {
        Ok(id) => Ok(ctx.store.get::<Habit>(id)?),
        Err(StoreError::NotFound { .. }) => Err(not_found()),
        Err(e) => Err(e.into()),
    }
}

/// A habit that can take check-ins: live and not archived.
fn open_habit<W: Write>(ctx: &Ctx<'_, W>, name_or_id: &str) -> anyhow::Result<Row<Habit>> {
    let h = find(ctx, name_or_id)?;
    if h.kernel.is_deleted() {
        return Err(StoreError::Deleted {
            kind: lifeos_core::EntityKind::Habit,
            id: h.kernel.id,
        }
        .into());
    }
    if h.fields.archived {
        return Err(anyhow::anyhow!(
            "habit '{}' is archived: unarchive it first (lifeos habit unarchive {})",
            h.fields.name,
            h.kernel.id
        ));
    }
    Ok(h)
}

fn checkins_of<W: Write>(ctx: &Ctx<'_, W>, habit: Id) -> anyhow::Result<Vec<Row<HabitCheckin>>> {
    Ok(ctx.store.list::<HabitCheckin>(&ListQuery {
        filters: vec![Filter::In("habit_id", vec![habit.to_string()])],
        ..Default::default()
    })?)
}

fn days(rows: &[Row<HabitCheckin>]) -> Vec<(LocalDate, CheckinStatus)> {
    rows.iter()
        .map(|c| (c.fields.date, c.fields.status))
        .collect()
}

fn stats_of(h: &Row<Habit>, checkins: &[(LocalDate, CheckinStatus)]) -> HabitStats {
    habit_stats(
        &h.fields.schedule,
        local_day(h.kernel.created_at),
        checkins,
        today_local(),
    )
}

/// A habit in `habit list`: the row, today's state and the current streak.
#[derive(Serialize)]
struct Listed<'a> {
    #[serde(flatten)]
    row: &'a Row<Habit>,
    today: TodayState,
    current_streak: u32,
}

/// `habit stats`.
#[derive(Serialize)]
struct Stats<'a> {
    habit_id: Id,
    name: &'a str,
    schedule: String,
    date: LocalDate,
    today: TodayState,
    #[serde(flatten)]
    stats: HabitStats,
}

fn days_text(n: u32) -> String {
    if n == 1 {
        "1 day".into()
    } else {
        format!("{n} days")
    }
}

fn percent(r: f64) -> String {
    format!("{:.0}%", r * 100.0)
}

fn check<W: Write>(
    ctx: &mut Ctx<'_, W>,
    name_or_id: &str,
    date: Option<LocalDate>,
    fill: impl FnOnce(&mut HabitCheckin),
) -> anyhow::Result<()> {
    let h = open_habit(ctx, name_or_id)?;
    let date = date.unwrap_or_else(today_local);
    // Checking in a day again changes only what is given (the note stays unless a new
    // one is given).
    let mut c = match ctx
        .store
        .by_natural_key::<HabitCheckin>(&HabitCheckin::key_of(h.kernel.id, date))?
    {
        Some(existing) => existing.fields,
        None => HabitCheckin::done(h.kernel.id, date),
    };
    fill(&mut c);
    let row = ctx.store.upsert(c)?;
    ctx.print(&row)
}

/// `lifeos habit …`.
pub(crate) fn habit<W: Write>(ctx: &mut Ctx<'_, W>, cmd: HabitCmd) -> anyhow::Result<()> {
    match cmd {
        HabitCmd::Add(a) => {
            let mut h = Habit::new(a.name, a.schedule);
            h.description = a.description.unwrap_or_default();
            h.target = a.target;
            h.unit = a.unit.unwrap_or_default();
            ctx.create(h)
        }
        HabitCmd::List(l) => list(ctx, &l),
        HabitCmd::Show(a) => {
            let h = find(ctx, &a.habit)?;
            ctx.print(&h)
        }
        HabitCmd::Edit(e) => {
            let h = find(ctx, &e.habit.habit)?;
            let row = ctx
                .store
                .update::<Habit>(h.kernel.id, e.habit.expect_version, |h, _| {
                    if let Some(v) = &e.name {
                        h.name = v.clone();
                    }
                    if let Some(v) = &e.schedule {
                        h.schedule = v.clone();
                    }
                    if let Some(v) = &e.description {
                        h.description = v.clone();
                    }
                    if e.no_target {
                        h.target = None;
                    } else if e.target.is_some() {
                        h.target = e.target;
                    }
                    if let Some(v) = &e.unit {
                        h.unit = v.clone();
                    }
                    Ok(())
                })?;
            ctx.print(&row)
        }
        HabitCmd::Check(c) => check(ctx, &c.habit.habit, c.date, |x| {
            x.status = CheckinStatus::Done;
            if c.value.is_some() {
                x.value = c.value;
            }
            if let Some(n) = c.note {
                x.note = n;
            }
        }),
        HabitCmd::Skip(s) => check(ctx, &s.habit.habit, s.date, |x| {
            x.status = CheckinStatus::Skipped;
            if let Some(n) = s.note {
                x.note = n;
            }
        }),
        HabitCmd::Uncheck(u) => {
            let h = open_habit(ctx, &u.habit.habit)?;
            let date = u.date.unwrap_or_else(today_local);
            let key = HabitCheckin::key_of(h.kernel.id, date);
            let Some(c) = ctx.store.by_natural_key::<HabitCheckin>(&key)? else {
                return Err(anyhow::anyhow!(
                    "habit '{}' has no check-in on {date}",
                    h.fields.name
                ));
            };
            let row = ctx.store.delete::<HabitCheckin>(c.kernel.id, None)?;
            ctx.print(&row)
        }
        HabitCmd::Log(l) => {
            let h = find(ctx, &l.habit.habit)?;
            let mut rows = checkins_of(ctx, h.kernel.id)?;
            if let Some(n) = l.days {
                let from = today().saturating_sub(time::Duration::days(i64::from(n)));
                rows.retain(|c| c.fields.date.date() > from);
            }
            rows.sort_by_key(|c| std::cmp::Reverse(c.fields.date));
            output::rows(ctx.out, ctx.format, &rows)
        }
        HabitCmd::Stats(a) => {
            let h = find(ctx, &a.habit)?;
            let checkins = days(&checkins_of(ctx, h.kernel.id)?);
            let stats = stats_of(&h, &checkins);
            let today = today_local();
            let s = Stats {
                habit_id: h.kernel.id,
                name: &h.fields.name,
                schedule: h.fields.schedule.to_string(),
                date: today,
                today: today_state(&h.fields.schedule, &checkins, today),
                stats,
            };
            if ctx.format == Format::Table {
                let st = &s.stats;
                let rows = vec![
                    vec!["habit".into(), format!("{} ({})", s.name, s.habit_id)],
                    vec!["schedule".into(), s.schedule.clone()],
                    vec!["today".into(), s.today.as_str().into()],
                    vec!["current streak".into(), days_text(st.current_streak)],
                    vec!["longest streak".into(), days_text(st.longest_streak)],
                    vec!["completion 7d".into(), percent(st.completion_7d)],
                    vec!["completion 30d".into(), percent(st.completion_30d)],
                    vec!["completion 365d".into(), percent(st.completion_365d)],
                    vec!["strength".into(), percent(st.strength)],
                    vec![
                        "done / skipped".into(),
                        format!("{} / {}", st.total_done, st.total_skipped),
                    ],
                ];
                output::table(ctx.out, &["", ""], &rows[..])?;
                Ok(())
            } else {
                output::one(ctx.out, ctx.format, &s)
            }
        }
        HabitCmd::Archive(t) => set_archived(ctx, &t, true),
        HabitCmd::Unarchive(t) => set_archived(ctx, &t, false),
        HabitCmd::Rm(t) => {
            let h = find(ctx, &t.habit)?;
            let row = ctx.store.delete::<Habit>(h.kernel.id, t.expect_version)?;
            ctx.print(&row)
        }
        HabitCmd::Restore(t) => ctx.restore::<Habit>(&t),
    }
}

fn set_archived<W: Write>(
    ctx: &mut Ctx<'_, W>,
    t: &HabitTarget,
    archived: bool,
) -> anyhow::Result<()> {
    let h = find(ctx, &t.habit)?;
    let row = ctx
        .store
        .update::<Habit>(h.kernel.id, t.expect_version, |h, _| {
            h.archived = archived;
            Ok(())
        })?;
    ctx.print(&row)
}

fn list<W: Write>(ctx: &mut Ctx<'_, W>, l: &HabitList) -> anyhow::Result<()> {
    let mut habits = ctx.store.list::<Habit>(&ListQuery {
        include_deleted: l.all,
        filters: vec![],
        search: l.search.clone(),
    })?;
    if !l.archived && !l.all {
        habits.retain(|h| !h.fields.archived);
    }
    habits.sort_by(|a, b| {
        a.fields
            .name
            .to_lowercase()
            .cmp(&b.fields.name.to_lowercase())
            .then_with(|| a.kernel.id.cmp(&b.kernel.id))
    });
    let mut by_habit: HashMap<Id, Vec<(LocalDate, CheckinStatus)>> = HashMap::new();
    for c in ctx.store.list::<HabitCheckin>(&ListQuery::default())? {
        by_habit
            .entry(c.fields.habit_id)
            .or_default()
            .push((c.fields.date, c.fields.status));
    }
    let today = today_local();
    let listed: Vec<(Listed<'_>, HabitStats)> = habits
        .iter()
        .map(|h| {
            let checkins = by_habit.get(&h.kernel.id).map(Vec::as_slice).unwrap_or(&[]);
            let stats = stats_of(h, checkins);
            (
                Listed {
                    row: h,
                    today: today_state(&h.fields.schedule, checkins, today),
                    current_streak: stats.current_streak,
                },
                stats,
            )
        })
        .collect();
    match ctx.format {
        Format::Table => {
            let rows: Vec<Vec<String>> = listed
                .iter()
                .map(|(l, st)| {
                    let h = &l.row.fields;
                    let mut name = h.name.clone();
                    if h.archived {
                        name.push_str(" (archived)");
                    }
                    if l.row.kernel.is_deleted() {
                        name.push_str(" (deleted)");
                    }
                    vec![
                        l.row.kernel.id.to_string(),
                        name,
                        h.schedule.to_string(),
                        l.today.as_str().replace('_', " "),
                        l.current_streak.to_string(),
                        percent(st.strength),
                    ]
                })
                .collect();
            output::table(
                ctx.out,
                &["ID", "NAME", "SCHEDULE", "TODAY", "STREAK", "STRENGTH"],
                &rows,
            )?;
            Ok(())
        }
        f => {
            let items: Vec<&Listed<'_>> = listed.iter().map(|(l, _)| l).collect();
            output::many(ctx.out, f, &items)
        }
    }
}

/// `fast status`.
#[derive(Serialize)]
struct Status {
    running: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<Id>,
    #[serde(skip_serializing_if = "Option::is_none")]
    started_at: Option<Timestamp>,
    #[serde(skip_serializing_if = "Option::is_none")]
    elapsed_seconds: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    target_minutes: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    remaining_seconds: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    target_at: Option<Timestamp>,
    #[serde(skip_serializing_if = "Option::is_none")]
    progress: Option<f64>,
}

fn running<W: Write>(ctx: &Ctx<'_, W>) -> anyhow::Result<Option<Row<Fast>>> {
    Ok(ctx.store.by_natural_key::<Fast>(RUNNING_KEY)?)
}

/// `lifeos fast …`.
pub(crate) fn fast<W: Write>(ctx: &mut Ctx<'_, W>, cmd: FastCmd) -> anyhow::Result<()> {
    match cmd {
        FastCmd::Start(s) => {
            if let Some(f) = running(ctx)? {
                return Err(anyhow::anyhow!(
                    "a fast is already running since {} ({}): stop it first (lifeos fast stop)",
                    output::local_time(f.fields.started_at),
                    f.kernel.id
                ));
            }
            let at = s.at.unwrap_or_else(Timestamp::now);
            if at > Timestamp::now() {
                return Err(UsageError("a fast cannot start in the future".into()).into());
            }
            let mut f = Fast::start(at, s.target);
            f.note = s.note.unwrap_or_default();
            ctx.create(f)
        }
        FastCmd::Stop(s) => {
            let Some(f) = running(ctx)? else {
                return Err(anyhow::anyhow!("no fast is running (lifeos fast start)"));
            };
            let row = ctx.store.update::<Fast>(f.kernel.id, None, |f, now| {
                f.ended_at = Some(s.at.unwrap_or(now));
                Ok(())
            })?;
            ctx.print(&row)
        }
        FastCmd::Status => {
            let now = Timestamp::now();
            let status = match running(ctx)? {
                None => Status {
                    running: false,
                    id: None,
                    started_at: None,
                    elapsed_seconds: None,
                    target_minutes: None,
                    remaining_seconds: None,
                    target_at: None,
                    progress: None,
                },
                Some(ref f) => {
                    let elapsed = f.fields.seconds(now);
                    let target = f.fields.target_minutes.map(|m| i64::from(m) * 60);
                    Status {
                        running: true,
                        id: Some(f.kernel.id),
                        started_at: Some(f.fields.started_at),
                        elapsed_seconds: Some(elapsed),
                        target_minutes: f.fields.target_minutes,
                        remaining_seconds: target.map(|t| (t - elapsed).max(0)),
                        target_at: target.map(|t| {
                            Timestamp::from_datetime(
                                f.fields.started_at.datetime() + time::Duration::seconds(t),
                            )
                        }),
                        progress: target.map(|t| (elapsed as f64 / t as f64).min(1.0)),
                    }
                }
            };
            if ctx.format != Format::Table {
                return output::one(ctx.out, ctx.format, &status);
            }
            if !status.running {
                writeln!(ctx.out, "no fast is running")?;
                return Ok(());
            }
            let mut rows = vec![
                vec![
                    "started".into(),
                    status
                        .started_at
                        .map(output::local_time)
                        .unwrap_or_default(),
                ],
                vec![
                    "elapsed".into(),
                    format_seconds(status.elapsed_seconds.unwrap_or(0)),
                ],
            ];
            if let (Some(t), Some(r), Some(at), Some(p)) = (
                status.target_minutes,
                status.remaining_seconds,
                status.target_at,
                status.progress,
            ) {
                rows.push(vec!["target".into(), format_minutes(t)]);
                rows.push(vec![
                    "remaining".into(),
                    if r == 0 {
                        "target reached".into()
                    } else {
                        format!("{} (at {})", format_seconds(r), output::local_time(at))
                    },
                ]);
                rows.push(vec!["progress".into(), percent(p)]);
            }
            output::table(ctx.out, &["", ""], &rows)?;
            Ok(())
        }
        FastCmd::List(l) => {
            let mut rows = ctx.store.list::<Fast>(&ListQuery {
                include_deleted: l.all,
                ..Default::default()
            })?;
            rows.sort_by(|a, b| {
                a.fields
                    .started_at
                    .cmp(&b.fields.started_at)
                    .then_with(|| a.kernel.id.cmp(&b.kernel.id))
            });
            output::rows(ctx.out, ctx.format, &rows)
        }
        FastCmd::Stats => {
            let rows = ctx.store.list::<Fast>(&ListQuery::default())?;
            let stats = FastStats::of(rows.iter().map(|r| &r.fields));
            if ctx.format != Format::Table {
                return output::one(ctx.out, ctx.format, &stats);
            }
            let rows = vec![
                vec!["fasts".into(), stats.count.to_string()],
                vec!["average".into(), format_seconds(stats.average_seconds)],
                vec!["longest".into(), format_seconds(stats.longest_seconds)],
                vec![
                    "met target".into(),
                    match stats.met_target_share {
                        Some(s) => format!(
                            "{} of {} ({})",
                            stats.met_target,
                            stats.with_target,
                            percent(s)
                        ),
                        None => "no fast had a target".into(),
                    },
                ],
            ];
            output::table(ctx.out, &["", ""], &rows)?;
            Ok(())
        }
        FastCmd::Edit(e) => ctx.edit::<Fast>(&e.target, |f, _| {
            if let Some(t) = e.start {
                f.started_at = t;
            }
            if e.running {
                f.ended_at = None;
            } else if e.end.is_some() {
                f.ended_at = e.end;
            }
            if e.no_target {
                f.target_minutes = None;
            } else if e.target_duration.is_some() {
                f.target_minutes = e.target_duration;
            }
            if let Some(n) = &e.note {
                f.note = n.clone();
            }
            Ok(())
        }),
        FastCmd::Rm(t) => ctx.rm::<Fast>(&t),
        FastCmd::Restore(t) => ctx.restore::<Fast>(&t),
    }
}
