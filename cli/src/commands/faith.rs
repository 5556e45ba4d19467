//! `lifeos practice …` and `lifeos plan …`: a tradition-neutral practice log and reading
//! plans with progress, "behind by N days" and a catch-up schedule. Reflections are notes
//! tagged to the practice or the plan.

use std::collections::BTreeSet;
use std::io::{Read, Write};

use anyhow::Context;
use clap::{Args, Subcommand};
use lifeos_core::faith;
use lifeos_core::model::{Note, Practice, ReadingDone, ReadingPlan};
use lifeos_core::store::{ListQuery, Store};
use lifeos_core::timestamp::LocalDate;
use lifeos_core::{Entity, Id, Row, Timestamp, units, validate};
use serde::Serialize;
use time::OffsetDateTime;

use super::log::{RecentArgs, past, recent};
use super::{Ctx, Target};
use crate::UsageError;
use crate::args::Format;
use crate::output::{self, Tabular, local_time};
use crate::parse;
use crate::resolve::{self, Named};

/// Practices.
#[derive(Debug, Subcommand)]
pub enum PracticeCmd {
    /// Log a practice: `prayer --duration 15m --note "…"`.
    Log(PracticeArgs),
    /// Practices, newest first.
    #[command(alias = "ls")]
    List(RecentArgs),
    /// Streaks, and totals per kind per week and month.
    Stats,
    /// Delete a practice (soft).
    Rm(Target),
    /// Undo a delete.
    Restore(Target),
}

/// `practice log`.
#[derive(Debug, Args)]
pub struct PracticeArgs {
    /// prayer, scripture, meditation, worship, service, fasting, or your own.
    #[arg(value_parser = parse::tag)]
    pub kind: String,
    /// How long: 15m, 1h, 0:45.
    #[arg(long)]
    pub duration: Option<String>,
    /// What it was on (a passage).
    #[arg(long, default_value = "")]
    pub reference: String,
    /// A note.
    #[arg(long, default_value = "")]
    pub note: String,
    /// When (HH:MM today, YYYY-MM-DD HH:MM, RFC 3339); default now.
    #[arg(long)]
    pub at: Option<String>,
    /// A reflection: kept as a note tagged to this practice.
    #[arg(long)]
    pub reflect: Option<String>,
}

/// Reading plans.
#[derive(Debug, Subcommand)]
pub enum PlanCmd {
    /// Make a plan from a file: one reading per line, optionally led by its day number
    /// (`12, John 3`); CSV `day,reading` works too.
    Import {
        /// The plan's name.
        name: String,
        /// The file, or - for standard input.
        file: String,
        /// The date of day 1 (default today).
        #[arg(long, value_parser = parse::date)]
        start: Option<LocalDate>,
    },
    /// The plans.
    #[command(alias = "ls")]
    List {
        /// Include archived and deleted ones.
        #[arg(long)]
        all: bool,
    },
    /// Today's readings of each active plan (or one), with a catch-up share if behind.
    Today(PlanSel),
    /// Mark a reading read: its text (or a unique start of it), `day:N` for a whole day,
    /// or nothing for the next unread one.
    Done {
        /// The reading.
        reading: Option<String>,
        #[command(flatten)]
        sel: PlanSel,
        /// The date it was read (default today).
        #[arg(long, value_parser = parse::date)]
        date: Option<LocalDate>,
        /// A reflection: kept as a note tagged to the plan.
        #[arg(long)]
        reflect: Option<String>,
    },
    /// Mark a reading unread again.
    Undone {
        /// The reading.
        reading: String,
        #[command(flatten)]
        sel: PlanSel,
    },
    /// Progress: day, read, behind by N days, and a catch-up schedule.
    Status {
        #[command(flatten)]
        sel: PlanSel,
        /// Spread the missed readings over this many days.
        #[arg(long, default_value_t = 7)]
        catch_up: u32,
    },
    /// Change a plan's name or start date, or archive it.
    Edit {
        /// The plan (name or id prefix).
        plan: String,
        /// A new name.
        #[arg(long)]
        name: Option<String>,
        /// A new date of day 1.
        #[arg(long, value_parser = parse::date)]
        start: Option<LocalDate>,
        /// Archive it (or --archive=false to bring it back).
        #[arg(long)]
        archive: Option<bool>,
    },
    /// Delete a plan (soft).
    Rm(Target),
}

/// Which plan.
#[derive(Debug, Args)]
pub struct PlanSel {
    /// The plan (name or id prefix); needed when several are active.
    #[arg(long)]
    pub plan: Option<String>,
}

impl Tabular for Practice {
    const COLUMNS: &'static [&'static str] = &["ID", "KIND", "AT", "DURATION", "REFERENCE", "NOTE"];
    fn cells(row: &Row<Self>) -> Vec<String> {
        let p = &row.fields;
        vec![
            row.kernel.id.to_string(),
            if row.kernel.is_deleted() {
                format!("{} (deleted)", p.kind)
            } else {
                p.kind.clone()
            },
            local_time(p.occurred_at),
            p.duration_s.map(units::duration_text).unwrap_or_default(),
            p.reference.clone(),
            p.note.lines().next().unwrap_or_default().to_owned(),
        ]
    }
}

impl Tabular for ReadingPlan {
    const COLUMNS: &'static [&'static str] = &["ID", "NAME", "START", "READINGS", "ARCHIVED"];
    fn cells(row: &Row<Self>) -> Vec<String> {
        let p = &row.fields;
        vec![
            row.kernel.id.to_string(),
            if row.kernel.is_deleted() {
                format!("{} (deleted)", p.name)
            } else {
                p.name.clone()
            },
            p.start.to_string(),
            p.readings.len().to_string(),
            if p.archived { "yes" } else { "" }.into(),
        ]
    }
}

fn reflection(store: &mut Store, title: String, body: &str, tag: String) -> anyhow::Result<Id> {
    let mut n = Note::new(title);
    n.body = body.to_owned();
    n.tags = validate::normalize_tags(["reflection".to_owned(), tag])?;
    Ok(store.create(n)?.kernel.id)
}

/// The tag that ties a reflection to a row: `practice:<id>` / `plan:<id>`.
pub fn link_tag(kind: &str, id: Id) -> String {
    format!("{kind}:{}", id.to_string().to_lowercase())
}

/// Runs `practice …`.
pub(crate) fn practice<W: Write>(ctx: &mut Ctx<'_, W>, cmd: PracticeCmd) -> anyhow::Result<()> {
    let now = OffsetDateTime::now_utc();
    match cmd {
        PracticeCmd::Log(a) => {
            let p = Practice {
                kind: a.kind.clone(),
                occurred_at: Timestamp::from_datetime(match &a.at {
                    Some(s) => past(s, now)?,
                    None => now,
                }),
                duration_s: a
                    .duration
                    .as_deref()
                    .map(units::parse_duration)
                    .transpose()
                    .map_err(|e| UsageError(format!("--duration: {e}")))?,
                reference: a.reference.clone(),
                note: a.note.clone(),
            };
            p.validate()?;
            let row = ctx.store.create(p)?;
            let note = match &a.reflect {
                Some(text) => Some(reflection(
                    &mut ctx.store,
                    format!("Reflection: {} {}", row.fields.kind, row.fields.reference)
                        .trim()
                        .to_owned(),
                    text,
                    link_tag("practice", row.kernel.id),
                )?),
                None => None,
            };
            match ctx.format {
                Format::Table => {
                    output::table(ctx.out, Practice::COLUMNS, &[Practice::cells(&row)])?;
                    if let Some(n) = note {
                        writeln!(ctx.out, "reflection kept as note {n}")?;
                    }
                }
                f => output::one(ctx.out, f, &row)?,
            }
        }
        PracticeCmd::List(RecentArgs { kind, days, all }) => {
            let rows = recent(
                &ctx.store,
                days,
                all,
                now,
                |p: &Practice| p.occurred_at,
                |p| kind.as_ref().is_none_or(|k| &p.kind == k),
            )?;
            output::rows(ctx.out, ctx.format, &ctx.store, &rows)?;
        }
        PracticeCmd::Stats => {
            let rows = ctx.store.list::<Practice>(&ListQuery::default())?;
            let refs: Vec<&Practice> = rows.iter().map(|r| &r.fields).collect();
            let s =
                faith::practice_stats(&refs, LocalDate::new(parse::today()), parse::local_offset());
            match ctx.format {
                Format::Table => {
                    writeln!(
                        ctx.out,
                        "streak: {} days (longest {})",
                        s.current_streak, s.longest_streak
                    )?;
                    let cells: Vec<Vec<String>> = s
                        .kinds
                        .iter()
                        .map(|(k, v)| {
                            vec![
                                k.clone(),
                                v.count.to_string(),
                                units::duration_text(v.minutes * 60),
                                v.current_streak.to_string(),
                                v.longest_streak.to_string(),
                                this(&s.weeks, k),
                                this(&s.months, k),
                            ]
                        })
                        .collect();
                    output::table(
                        ctx.out,
                        &[
                            "KIND",
                            "COUNT",
                            "TIME",
                            "STREAK",
                            "LONGEST",
                            "THIS WEEK",
                            "THIS MONTH",
                        ],
                        &cells,
                    )?;
                }
                f => output::one(ctx.out, f, &s)?,
            }
        }
        PracticeCmd::Rm(t) => ctx.rm::<Practice>(&t)?,
        PracticeCmd::Restore(t) => ctx.restore::<Practice>(&t)?,
    }
    Ok(())
}

/// The current period's count for a kind (`3 · 45m`), if the newest period is current.
fn this(periods: &[faith::Period], kind: &str) -> String {
    let today = parse::today();
    let (y, w, _) = today.to_iso_week_date();
    let current = [
        format!("{y}-W{w:02}"),
        format!("{}-{:02}", today.year(), u8::from(today.month())),
    ];
    periods
        .first()
        .filter(|p| current.contains(&p.period))
        .and_then(|p| p.kinds.get(kind))
        .map(|t| format!("{} · {}", t.count, units::duration_text(t.minutes * 60)))
        .unwrap_or_default()
}

fn plans(store: &Store, all: bool) -> anyhow::Result<Vec<Row<ReadingPlan>>> {
    Ok(store
        .list::<ReadingPlan>(&ListQuery {
            include_deleted: all,
            ..Default::default()
        })?
        .into_iter()
        .filter(|r| all || !r.fields.archived)
        .collect())
}

/// The plan named (by [`resolve::find`] among the active ones), or the only active one.
fn plan_named(store: &Store, sel: Option<&str>) -> anyhow::Result<Row<ReadingPlan>> {
    let active = plans(store, false)?;
    match sel {
        Some(s) => resolve::find(store, active, s),
        None => match active.as_slice() {
            [one] => Ok(one.clone()),
            [] => Err(
                UsageError("no active reading plan: lifeos plan import NAME FILE".into()).into(),
            ),
            _ => Err(UsageError(format!(
                "{} plans are active: choose one with --plan NAME",
                active.len()
            ))
            .into()),
        },
    }
}

impl Named for ReadingPlan {
    const NOUN: &'static str = "plan";
    fn name(&self) -> &str {
        &self.name
    }
}

/// The plan `--plan` names, or every active plan.
fn selected(store: &Store, sel: &PlanSel) -> anyhow::Result<Vec<Row<ReadingPlan>>> {
    match &sel.plan {
        Some(p) => Ok(vec![plan_named(store, Some(p))?]),
        None => plans(store, false),
    }
}

/// The live progress rows of a plan.
fn progress(store: &Store, plan: Id) -> anyhow::Result<Vec<Row<ReadingDone>>> {
    Ok(store
        .list::<ReadingDone>(&ListQuery::default())?
        .into_iter()
        .filter(|r| r.fields.plan_id == plan)
        .collect())
}

fn read_set(rows: &[Row<ReadingDone>]) -> BTreeSet<String> {
    rows.iter()
        .map(|r| r.fields.reading.to_lowercase())
        .collect()
}

#[derive(Serialize)]
struct StatusReport {
    plan: String,
    id: String,
    start: LocalDate,
    #[serde(flatten)]
    status: faith::PlanStatus,
    catch_up: Vec<faith::CatchUpDay>,
}

/// Runs `plan …`.
pub(crate) fn plan<W: Write>(ctx: &mut Ctx<'_, W>, cmd: PlanCmd) -> anyhow::Result<()> {
    let today = LocalDate::new(parse::today());
    match cmd {
        PlanCmd::Import { name, file, start } => {
            let mut text = String::new();
            let limit = 8 << 20;
            if file == "-" {
                std::io::stdin().take(limit).read_to_string(&mut text)?;
            } else {
                std::fs::File::open(&file)
                    .with_context(|| format!("cannot read {file}"))?
                    .take(limit)
                    .read_to_string(&mut text)
                    .with_context(|| format!("{file} is not UTF-8 text"))?;
            }
            if text.len() as u64 >= limit {
                return Err(UsageError(format!("{file} is larger than 8 MiB")).into());
            }
            let readings =
                faith::parse_plan_file(&text).map_err(|e| UsageError(format!("{file}: {e}")))?;
            if plans(&ctx.store, false)?
                .iter()
                .any(|p| p.fields.name.to_lowercase() == name.trim().to_lowercase())
            {
                return Err(UsageError(format!("a plan named '{name}' exists")).into());
            }
            let p = ReadingPlan {
                name,
                start: start.unwrap_or(today),
                readings,
                archived: false,
            };
            let row = ctx.store.create(p)?;
            match ctx.format {
                Format::Table => writeln!(
                    ctx.out,
                    "{} {}: {} readings over {} days from {}",
                    row.kernel.id,
                    row.fields.name,
                    row.fields.readings.len(),
                    row.fields.readings.last().map_or(0, |r| r.day),
                    row.fields.start
                )?,
                f => output::one(ctx.out, f, &row)?,
            }
        }
        PlanCmd::List { all } => {
            output::rows(ctx.out, ctx.format, &ctx.store, &plans(&ctx.store, all)?)?
        }
        PlanCmd::Today(sel) => {
            let chosen = selected(&ctx.store, &sel)?;
            #[derive(Serialize)]
            struct Today {
                plan: String,
                id: String,
                day: i64,
                readings: Vec<String>,
                behind_days: u32,
            }
            let mut all = Vec::new();
            for p in chosen {
                let read = read_set(&progress(&ctx.store, p.kernel.id)?);
                let s = faith::plan_status(&p.fields, &read, today);
                let behind = s.behind_days;
                // Today's share of a catch-up over the default week.
                let readings = faith::catch_up(&p.fields, &read, today, 7)
                    .into_iter()
                    .next()
                    .map(|d| d.readings)
                    .unwrap_or_default();
                all.push(Today {
                    plan: p.fields.name.clone(),
                    id: p.kernel.id.to_string(),
                    day: s.day,
                    readings,
                    behind_days: behind,
                });
            }
            match ctx.format {
                Format::Table => {
                    for t in &all {
                        let behind = if t.behind_days > 0 {
                            format!(" (behind by {} days: catching up)", t.behind_days)
                        } else {
                            String::new()
                        };
                        writeln!(ctx.out, "{} — day {}{behind}", t.plan, t.day)?;
                        if t.readings.is_empty() {
                            writeln!(ctx.out, "  nothing left for today")?;
                        }
                        for r in &t.readings {
                            writeln!(ctx.out, "  [ ] {r}")?;
                        }
                    }
                }
                f => output::one(ctx.out, f, &all)?,
            }
        }
        PlanCmd::Done {
            reading,
            sel,
            date,
            reflect,
        } => {
            let p = plan_named(&ctx.store, sel.plan.as_deref())?;
            let done_rows = progress(&ctx.store, p.kernel.id)?;
            let read = read_set(&done_rows);
            let unread = |t: &str| !read.contains(&t.to_lowercase());
            let texts: Vec<String> = match reading.as_deref().map(str::trim) {
                None => {
                    let next = p
                        .fields
                        .readings
                        .iter()
                        .find(|r| unread(&r.text))
                        .ok_or_else(|| UsageError("every reading of this plan is read".into()))?;
                    vec![next.text.clone()]
                }
                Some(r) if r.to_lowercase().starts_with("day:") => {
                    let n: u32 = r[4..]
                        .trim()
                        .parse()
                        .map_err(|_| UsageError(format!("'{r}' is not day:N")))?;
                    let v: Vec<String> = p
                        .fields
                        .readings
                        .iter()
                        .filter(|x| x.day == n && unread(&x.text))
                        .map(|x| x.text.clone())
                        .collect();
                    if v.is_empty() {
                        return Err(UsageError(format!("nothing unread on day {n}")).into());
                    }
                    v
                }
                Some(r) => vec![find_reading(&p.fields, r)?],
            };
            let done_on = date.unwrap_or(today);
            let fresh: Vec<ReadingDone> = texts
                .iter()
                .filter(|t| unread(t))
                .map(|t| ReadingDone {
                    plan_id: p.kernel.id,
                    reading: t.clone(),
                    done_on,
                })
                .collect();
            let created = ctx.store.create_all(fresh)?;
            if let Some(text) = &reflect {
                reflection(
                    &mut ctx.store,
                    format!("Reflection: {}", texts.join(", ")),
                    text,
                    link_tag("plan", p.kernel.id),
                )?;
            }
            let read = read_set(&progress(&ctx.store, p.kernel.id)?);
            let s = faith::plan_status(&p.fields, &read, today);
            match ctx.format {
                Format::Table => writeln!(
                    ctx.out,
                    "read: {} ({} of {} done{})",
                    texts.join(", "),
                    s.done,
                    s.total,
                    if s.behind_days > 0 {
                        format!("; behind by {} days", s.behind_days)
                    } else {
                        String::new()
                    }
                )?,
                f => output::one(ctx.out, f, &created)?,
            }
        }
        PlanCmd::Undone { reading, sel } => {
            let p = plan_named(&ctx.store, sel.plan.as_deref())?;
            let text = find_reading(&p.fields, &reading)?;
            let rows: Vec<Row<ReadingDone>> = progress(&ctx.store, p.kernel.id)?
                .into_iter()
                .filter(|r| r.fields.reading.to_lowercase() == text.to_lowercase())
                .collect();
            if rows.is_empty() {
                return Err(UsageError(format!("'{text}' is not marked read")).into());
            }
            // Every copy (two devices may each have marked it).
            for r in &rows {
                ctx.store.delete::<ReadingDone>(r.kernel.id, None)?;
            }
            match ctx.format {
                Format::Table => writeln!(ctx.out, "unread: {text}")?,
                f => output::one(ctx.out, f, &serde_json::json!({"unread": text}))?,
            }
        }
        PlanCmd::Status { sel, catch_up } => {
            if !(1..=365).contains(&catch_up) {
                return Err(UsageError("--catch-up is 1 to 365 days".into()).into());
            }
            let chosen = selected(&ctx.store, &sel)?;
            let mut reports = Vec::new();
            for p in chosen {
                let read = read_set(&progress(&ctx.store, p.kernel.id)?);
                let status = faith::plan_status(&p.fields, &read, today);
                reports.push(StatusReport {
                    plan: p.fields.name.clone(),
                    id: p.kernel.id.to_string(),
                    start: p.fields.start,
                    catch_up: if status.behind_days > 0 {
                        faith::catch_up(&p.fields, &read, today, catch_up)
                    } else {
                        Vec::new()
                    },
                    status,
                });
            }
            match ctx.format {
                Format::Table => {
                    for r in &reports {
                        let s = &r.status;
                        writeln!(
                            ctx.out,
                            "{} — day {}: {} of {} read ({}%){}",
                            r.plan,
                            s.day.max(0),
                            s.done,
                            s.total,
                            s.percent,
                            if s.finished { ", finished" } else { "" }
                        )?;
                        if s.behind_days > 0 {
                            writeln!(
                                ctx.out,
                                "  behind by {} days ({} readings); catch up:",
                                s.behind_days,
                                s.missed.len()
                            )?;
                            for d in r.catch_up.iter().filter(|d| !d.readings.is_empty()) {
                                writeln!(ctx.out, "  {}  {}", d.date, d.readings.join("; "))?;
                            }
                        } else if let Some(n) = &s.next {
                            writeln!(ctx.out, "  on track; next: {}", n.text)?;
                        }
                    }
                }
                f => output::one(ctx.out, f, &reports)?,
            }
        }
        PlanCmd::Edit {
            plan: sel,
            name,
            start,
            archive,
        } => {
            let p = plan_named(&ctx.store, Some(&sel))?;
            let row = ctx.store.update::<ReadingPlan>(p.kernel.id, None, |f, _| {
                if let Some(n) = name {
                    f.name = n;
                }
                if let Some(s) = start {
                    f.start = s;
                }
                if let Some(a) = archive {
                    f.archived = a;
                }
                Ok(())
            })?;
            match ctx.format {
                Format::Table => {
                    output::table(ctx.out, ReadingPlan::COLUMNS, &[ReadingPlan::cells(&row)])?
                }
                f => output::one(ctx.out, f, &row)?,
            }
        }
        PlanCmd::Rm(t) => ctx.rm::<ReadingPlan>(&t)?,
    }
    Ok(())
}

/// A reading by exact text, or a unique case-insensitive start of it.
fn find_reading(p: &ReadingPlan, r: &str) -> anyhow::Result<String> {
    let lower = r.trim().to_lowercase();
    if let Some(x) = p.readings.iter().find(|x| x.text.to_lowercase() == lower) {
        return Ok(x.text.clone());
    }
    let m: Vec<&str> = p
        .readings
        .iter()
        .filter(|x| x.text.to_lowercase().starts_with(&lower))
        .map(|x| x.text.as_str())
        .collect();
    match m.as_slice() {
        [one] => Ok((*one).to_owned()),
        [] => Err(UsageError(format!(
            "'{}' is not a reading of {}",
            validate::clip(r),
            p.name
        ))
        .into()),
        many => Err(UsageError(format!(
            "'{}' matches {} readings ({}, …): type more",
            validate::clip(r),
            many.len(),
            many[0]
        ))
        .into()),
    }
}
