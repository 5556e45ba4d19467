//! `lifeos habit …`: habits on the generic store, named by name or id prefix. Statistics
//! come from `lifeos_core::stats`, pure functions of local dates.

use std::collections::HashMap;
use std::io::Write;

use clap::{Args, Subcommand};
use lifeos_core::model::{CheckinStatus, Habit, HabitCheckin};
use lifeos_core::stats::{HabitStats, TodayState, counted_days, habit_stats, today_state};
use lifeos_core::store::{Filter, ListQuery, StoreError};
use lifeos_core::{Id, LocalDate, Row, Timestamp};
use serde::Serialize;

use super::{Ctx, Target};
use crate::args::Format;
use crate::output::{self, percent};
use crate::parse::{self, local_offset, today};
use crate::resolve::{self, Named};

/// Habit commands.
#[derive(Debug, Subcommand)]
pub enum HabitCmd {
    /// Add a habit.
    Add(HabitAdd),
    /// List habits with today's state and the current streak.
    #[command(alias = "ls")]
    List(HabitList),
    /// Show one habit.
    Show(HabitArg),
    /// Change a habit.
    Edit(HabitEdit),
    /// Check a habit in as done (today, or --date); again on the same day updates it.
    Check(Checkin),
    /// Remove the check-in (done or skipped) of a day.
    Uncheck(Uncheck),
    /// Excuse a day (skip, vacation): it neither counts nor breaks a streak.
    Skip(Skip),
    /// The check-ins of a habit, newest first.
    Log(HabitLog),
    /// Streaks, completion and strength of a habit.
    Stats(HabitArg),
    /// Archive a habit: kept with its history, hidden from the list, no check-ins.
    Archive(HabitTarget),
    /// Bring an archived habit back.
    Unarchive(HabitTarget),
    /// Delete a habit (it stays as a tombstone; see restore).
    #[command(alias = "delete")]
    Rm(HabitTarget),
    /// Undo the deletion of a habit.
    Restore(Target),
}

/// A habit named by its exact name (any case) or a unique id prefix.
#[derive(Debug, Args)]
pub struct HabitArg {
    /// The habit's name (exact, any case) or a unique prefix of its id.
    #[arg(value_name = "NAME|ID")]
    pub habit: String,
}

/// A habit and an optional optimistic-concurrency check.
#[derive(Debug, Args)]
pub struct HabitTarget {
    /// The habit's name (exact, any case) or a unique prefix of its id.
    #[arg(value_name = "NAME|ID")]
    pub habit: String,
    /// Fail if the habit is no longer at this version (someone else changed it).
    #[arg(long, value_name = "N")]
    pub expect_version: Option<i64>,
}

/// `habit add`.
#[derive(Debug, Args)]
pub struct HabitAdd {
    /// Its name, e.g. "Read 20 pages".
    pub name: String,
    /// daily, N/week (e.g. 3/week) or weekdays (e.g. mon,wed,fri).
    #[arg(long, default_value = "daily", value_parser = parse::schedule)]
    pub schedule: lifeos_core::model::Schedule,
    /// A longer description.
    #[arg(long)]
    pub description: Option<String>,
    /// An amount to reach each time, e.g. 8 (with --unit glasses).
    #[arg(long, value_parser = parse::amount)]
    pub target: Option<f64>,
    /// The unit of the target and of check-in values.
    #[arg(long)]
    pub unit: Option<String>,
}

/// `habit list`.
#[derive(Debug, Args)]
pub struct HabitList {
    /// Include archived habits.
    #[arg(long)]
    pub archived: bool,
    /// Only habits whose name or description contains this (case-insensitive).
    #[arg(long, value_name = "TEXT")]
    pub search: Option<String>,
    /// Include archived and deleted habits.
    #[arg(long)]
    pub all: bool,
}

/// `habit edit`.
#[derive(Debug, Args)]
pub struct HabitEdit {
    #[command(flatten)]
    pub habit: HabitTarget,
    /// New name.
    #[arg(long)]
    pub name: Option<String>,
    /// New schedule.
    #[arg(long, value_parser = parse::schedule)]
    pub schedule: Option<lifeos_core::model::Schedule>,
    /// New description.
    #[arg(long)]
    pub description: Option<String>,
    /// New target amount.
    #[arg(long, value_parser = parse::amount, conflicts_with = "no_target")]
    pub target: Option<f64>,
    /// Remove the target.
    #[arg(long)]
    pub no_target: bool,
    /// New unit.
    #[arg(long)]
    pub unit: Option<String>,
}

/// `habit check`.
#[derive(Debug, Args)]
pub struct Checkin {
    #[command(flatten)]
    pub habit: HabitArg,
    /// The day: YYYY-MM-DD, today (default) or yesterday.
    #[arg(long, allow_hyphen_values = true, value_parser = parse::day)]
    pub date: Option<lifeos_core::LocalDate>,
    /// An amount, e.g. 8 (glasses).
    #[arg(long, value_parser = parse::amount)]
    pub value: Option<f64>,
    /// A note.
    #[arg(long)]
    pub note: Option<String>,
}

/// `habit skip`.
#[derive(Debug, Args)]
pub struct Skip {
    #[command(flatten)]
    pub habit: HabitArg,
    /// The day: YYYY-MM-DD, today (default) or yesterday.
    #[arg(long, allow_hyphen_values = true, value_parser = parse::day)]
    pub date: Option<lifeos_core::LocalDate>,
    /// Why (vacation, sick, …).
    #[arg(long)]
    pub note: Option<String>,
}

/// `habit uncheck`.
#[derive(Debug, Args)]
pub struct Uncheck {
    #[command(flatten)]
    pub habit: HabitArg,
    /// The day: YYYY-MM-DD, today (default) or yesterday.
    #[arg(long, allow_hyphen_values = true, value_parser = parse::day)]
    pub date: Option<lifeos_core::LocalDate>,
}

/// `habit log`.
#[derive(Debug, Args)]
pub struct HabitLog {
    #[command(flatten)]
    pub habit: HabitArg,
    /// Only the last N days.
    #[arg(long, value_name = "N")]
    pub days: Option<u32>,
}

impl Named for Habit {
    const NOUN: &'static str = "habit";
    fn name(&self) -> &str {
        &self.name
    }
}

fn local_day(t: Timestamp) -> LocalDate {
    LocalDate::new(t.datetime().to_offset(local_offset()).date())
}

fn today_local() -> LocalDate {
    LocalDate::new(today())
}

/// The habit `name_or_id` names, a deleted one too (so that the error can say so).
fn find<W: Write>(ctx: &Ctx<'_, W>, name_or_id: &str) -> anyhow::Result<Row<Habit>> {
    resolve::find(&ctx.store, ctx.all::<Habit>(true)?, name_or_id)
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

/// The check-ins as the statistics count them (partial ones are not done).
fn days(h: &Row<Habit>, rows: &[Row<HabitCheckin>]) -> Vec<(LocalDate, CheckinStatus)> {
    counted_days(
        h.fields.target,
        rows.iter()
            .map(|c| (c.fields.date, c.fields.status, c.fields.value)),
    )
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

fn check<W: Write>(
    ctx: &mut Ctx<'_, W>,
    name_or_id: &str,
    date: Option<LocalDate>,
    fill: impl FnOnce(&mut HabitCheckin),
) -> anyhow::Result<()> {
    let h = open_habit(ctx, name_or_id)?;
    let date = date.unwrap_or_else(today_local);
    if date > today_local() {
        return Err(crate::UsageError(format!(
            "{date} is in the future: a check-in is for today or a day before"
        ))
        .into());
    }
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

/// Runs `habit …`.
pub(crate) fn run<W: Write>(ctx: &mut Ctx<'_, W>, cmd: HabitCmd) -> anyhow::Result<()> {
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
            ctx.edit_id::<Habit>(h.kernel.id, e.habit.expect_version, |h, _| {
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
            })
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
            output::rows(ctx.out, ctx.format, &ctx.store, &rows)
        }
        HabitCmd::Stats(a) => {
            let h = find(ctx, &a.habit)?;
            let checkins = days(&h, &checkins_of(ctx, h.kernel.id)?);
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
            ctx.rm_id::<Habit>(h.kernel.id, t.expect_version)
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
    ctx.edit_id::<Habit>(h.kernel.id, t.expect_version, |h, _| {
        h.archived = archived;
        Ok(())
    })
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
    let mut by_habit: HashMap<Id, Vec<Row<HabitCheckin>>> = HashMap::new();
    for c in ctx.store.list::<HabitCheckin>(&ListQuery::default())? {
        by_habit.entry(c.fields.habit_id).or_default().push(c);
    }
    let today = today_local();
    let listed: Vec<(Listed<'_>, HabitStats)> = habits
        .iter()
        .map(|h| {
            let rows = by_habit.get(&h.kernel.id).map(Vec::as_slice).unwrap_or(&[]);
            let checkins = &days(h, rows);
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
            let mut rows: Vec<Vec<String>> = listed
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
            output::short_ids::<Habit>(&ctx.store, &mut rows, &[0])?;
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
