//! `lifeos workout …`: log workouts in metric or imperial units, list them, and total
//! them per ISO week.

use std::io::Write;

use clap::{Args, Subcommand};
use lifeos_core::Row;
use lifeos_core::health;
use lifeos_core::model::{Place, Workout};
use lifeos_core::store::ListQuery;
use lifeos_core::units::{self, UnitSystem};
use time::OffsetDateTime;

use super::health::{UnitsArg, ts};
use super::log::{RecentArgs, past, recent};
use super::{Ctx, Target};
use crate::UsageError;
use crate::args::Format;
use crate::output::{self, Tabular, local_time};
use crate::parse;

/// `workout`: the units, then what to do.
#[derive(Debug, Args)]
pub struct WorkoutArgs {
    #[command(flatten)]
    pub units: UnitsArg,
    #[command(subcommand)]
    pub cmd: WorkoutCmd,
}

/// Workouts.
#[derive(Debug, Subcommand)]
pub enum WorkoutCmd {
    /// Log a workout: `run --duration 42m --distance 8.2km`.
    Add(WorkoutAdd),
    /// Workouts, newest first.
    #[command(alias = "ls")]
    List(RecentArgs),
    /// Totals per ISO week: count, time, distance, energy, per kind.
    Stats {
        /// How many weeks back.
        #[arg(long, default_value_t = 8)]
        weeks: i64,
    },
    /// Delete a workout (soft).
    Rm(Target),
    /// Undo a delete.
    Restore(Target),
}

/// `workout add`.
#[derive(Debug, Args)]
pub struct WorkoutAdd {
    /// run, ride, swim, strength, walk, yoga, or your own.
    #[arg(value_parser = parse::tag)]
    pub kind: String,
    /// How long: 42m, 1h20m, 1:20.
    #[arg(long)]
    pub duration: String,
    /// How far: 8.2km, 5mi (a bare number is km, or mi with --units imperial).
    #[arg(long)]
    pub distance: Option<String>,
    /// Energy: 500kcal, 2100kJ.
    #[arg(long)]
    pub energy: Option<String>,
    /// Perceived effort, 1-10.
    #[arg(long)]
    pub effort: Option<u8>,
    /// When it started; default: now minus the duration.
    #[arg(long)]
    pub at: Option<String>,
    /// Where: a place, by name or id prefix.
    #[arg(long, value_parser = crate::resolve::row_ref, value_name = "ID|NAME")]
    pub place: Option<crate::resolve::RowRef>,
    /// A note.
    #[arg(long, default_value = "")]
    pub note: String,
}

impl Tabular for Workout {
    const COLUMNS: &'static [&'static str] = &[
        "ID", "KIND", "STARTED", "DURATION", "DISTANCE", "ENERGY", "EFFORT", "NOTE",
    ];
    fn cells(row: &Row<Self>) -> Vec<String> {
        workout_cells(row, UnitSystem::Metric)
    }
}

fn workout_cells(row: &Row<Workout>, system: UnitSystem) -> Vec<String> {
    let w = &row.fields;
    vec![
        row.kernel.id.to_string(),
        if row.kernel.is_deleted() {
            format!("{} (deleted)", w.kind)
        } else {
            w.kind.clone()
        },
        local_time(w.started_at),
        units::duration_text(w.duration_s),
        w.distance_m
            .map(|m| units::Quantity::Distance(m).show(system))
            .unwrap_or_default(),
        w.energy_kcal
            .map(|e| format!("{e} kcal"))
            .unwrap_or_default(),
        w.effort.map(|e| format!("{e}/10")).unwrap_or_default(),
        w.note.lines().next().unwrap_or_default().to_owned(),
    ]
}

/// Runs `workout …`.
pub(crate) fn run<W: Write>(ctx: &mut Ctx<'_, W>, args: WorkoutArgs) -> anyhow::Result<()> {
    let now = OffsetDateTime::now_utc();
    let system = args.units.units;
    match args.cmd {
        WorkoutCmd::Add(a) => {
            fn usage(what: &'static str) -> impl Fn(units::UnitError) -> UsageError {
                move |e| UsageError(format!("{what}: {e}"))
            }
            let duration_s = units::parse_duration(&a.duration).map_err(usage("--duration"))?;
            let started_at = match &a.at {
                Some(s) => ts(past(s, now)?),
                None => ts(now - time::Duration::seconds(duration_s)),
            };
            let w = Workout {
                kind: a.kind.clone(),
                started_at,
                duration_s,
                distance_m: a
                    .distance
                    .as_deref()
                    .map(|d| units::parse_distance(d, system))
                    .transpose()
                    .map_err(usage("--distance"))?,
                energy_kcal: a
                    .energy
                    .as_deref()
                    .map(units::parse_energy)
                    .transpose()
                    .map_err(usage("--energy"))?,
                effort: a.effort,
                note: a.note.clone(),
                place_id: ctx.link::<Place>(a.place.as_ref())?,
            };
            // Absurd values are refused in the units the user typed.
            if !(1..=86_400).contains(&w.duration_s) {
                return Err(UsageError(format!(
                    "--duration {}: a workout lasts from 1 second to 24 hours",
                    a.duration.trim()
                ))
                .into());
            }
            if let (Some(m), Some(text)) = (w.distance_m, &a.distance)
                && !(1..=1_000_000).contains(&m)
            {
                return Err(UsageError(format!(
                    "--distance {}: a workout's distance is more than 0 and at most {}",
                    text.trim(),
                    units::Quantity::Distance(1_000_000).show(system)
                ))
                .into());
            }
            let row = ctx.store.create(w)?;
            match ctx.format {
                Format::Table => {
                    output::table(ctx.out, Workout::COLUMNS, &[workout_cells(&row, system)])?
                }
                f => output::one(ctx.out, f, &row)?,
            }
        }
        WorkoutCmd::List(RecentArgs { kind, days, all }) => {
            let rows = recent(
                &ctx.store,
                days,
                all,
                now,
                |w: &Workout| w.started_at,
                |w| kind.as_ref().is_none_or(|k| &w.kind == k),
            )?;
            match ctx.format {
                Format::Table => {
                    let mut cells: Vec<Vec<String>> =
                        rows.iter().map(|r| workout_cells(r, system)).collect();
                    output::short_ids::<Workout>(&ctx.store, &mut cells, &[0])?;
                    output::table(ctx.out, Workout::COLUMNS, &cells)?;
                }
                f => output::rows(ctx.out, f, &ctx.store, &rows)?,
            }
        }
        WorkoutCmd::Stats { weeks } => {
            if !(1..=520).contains(&weeks) {
                return Err(UsageError("--weeks is 1 to 520".into()).into());
            }
            let since = now - time::Duration::weeks(weeks);
            let rows = ctx.store.list::<Workout>(&ListQuery::default())?;
            let refs: Vec<&Workout> = rows
                .iter()
                .map(|r| &r.fields)
                .filter(|w| w.started_at.datetime() >= since)
                .collect();
            let totals = health::weekly_totals(&refs, parse::local_offset());
            match ctx.format {
                Format::Table => {
                    let cells: Vec<Vec<String>> = totals
                        .iter()
                        .map(|t| {
                            vec![
                                t.week.clone(),
                                t.count.to_string(),
                                units::duration_text(t.duration_s),
                                units::Quantity::Distance(t.distance_m).show(system),
                                format!("{} kcal", t.energy_kcal),
                                t.by_kind
                                    .iter()
                                    .map(|(k, n)| format!("{k} {n}"))
                                    .collect::<Vec<_>>()
                                    .join(", "),
                            ]
                        })
                        .collect();
                    output::table(
                        ctx.out,
                        &["WEEK", "COUNT", "TIME", "DISTANCE", "ENERGY", "KINDS"],
                        &cells,
                    )?;
                }
                f => output::one(ctx.out, f, &totals)?,
            }
        }
        WorkoutCmd::Rm(t) => ctx.rm::<Workout>(&t)?,
        WorkoutCmd::Restore(t) => ctx.restore::<Workout>(&t)?,
    }
    Ok(())
}
