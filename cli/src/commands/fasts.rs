//! `lifeos fast …`: one running fast at a time (its natural key), history and statistics.

use std::io::Write;

use clap::{Args, Subcommand};
use lifeos_core::model::{Fast, FastStats, RUNNING_KEY, format_minutes, format_seconds};
use lifeos_core::store::ListQuery;
use lifeos_core::{Id, Row, Timestamp};
use serde::Serialize;

use super::{Ctx, Target};
use crate::UsageError;
use crate::args::Format;
use crate::output::{self, percent};
use crate::parse;

/// Fasting commands.
#[derive(Debug, Subcommand)]
pub enum FastCmd {
    /// Start a fast (one runs at a time).
    Start(FastStart),
    /// End the running fast.
    Stop(FastStop),
    /// The running fast: elapsed and remaining time.
    Status,
    /// Past and running fasts, oldest first.
    #[command(alias = "ls")]
    List(FastList),
    /// Count, average and longest duration, and the share that met their target.
    Stats,
    /// Change a fast.
    Edit(FastEdit),
    /// Delete a fast (it stays as a tombstone; see restore).
    #[command(alias = "delete")]
    Rm(Target),
    /// Undo the deletion of a fast.
    Restore(Target),
}

/// `fast start`.
#[derive(Debug, Args)]
pub struct FastStart {
    /// The goal: 16h, 16h30m, 90m, 1d, or a number of hours.
    #[arg(long, value_parser = parse::duration)]
    pub target: Option<u32>,
    /// When it began, if not now: RFC 3339, YYYY-MM-DDTHH:MM or HH:MM (local time).
    #[arg(long, value_parser = parse::instant)]
    pub at: Option<lifeos_core::Timestamp>,
    /// A note.
    #[arg(long)]
    pub note: Option<String>,
}

/// `fast stop`.
#[derive(Debug, Args)]
pub struct FastStop {
    /// When it ended, if not now: RFC 3339, YYYY-MM-DDTHH:MM or HH:MM (local time).
    #[arg(long, value_parser = parse::instant)]
    pub at: Option<lifeos_core::Timestamp>,
}

/// `fast list`.
#[derive(Debug, Args)]
pub struct FastList {
    /// Include deleted fasts.
    #[arg(long)]
    pub all: bool,
}

/// `fast edit`.
#[derive(Debug, Args)]
pub struct FastEdit {
    #[command(flatten)]
    pub target: Target,
    /// New start: RFC 3339, YYYY-MM-DDTHH:MM or HH:MM (local time).
    #[arg(long, value_parser = parse::instant)]
    pub start: Option<lifeos_core::Timestamp>,
    /// New end.
    #[arg(long, value_parser = parse::instant, conflicts_with = "running")]
    pub end: Option<lifeos_core::Timestamp>,
    /// Make it running again (no end).
    #[arg(long)]
    pub running: bool,
    /// New target: 16h, 16h30m, 90m, 1d, or a number of hours.
    #[arg(long, value_parser = parse::duration, conflicts_with = "no_target")]
    pub target_duration: Option<u32>,
    /// Remove the target.
    #[arg(long)]
    pub no_target: bool,
    /// New note.
    #[arg(long)]
    pub note: Option<String>,
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

/// Runs `fast …`.
pub(crate) fn run<W: Write>(ctx: &mut Ctx<'_, W>, cmd: FastCmd) -> anyhow::Result<()> {
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
            let end = s.at.unwrap_or_else(Timestamp::now);
            // A fast stopped within a minute of its start is a slip, not a fast: it is
            // deleted (a tombstone, `fast restore` brings it back), not recorded.
            if end >= f.fields.started_at
                && (end.datetime() - f.fields.started_at.datetime()).whole_seconds() < 60
            {
                return ctx.rm_id::<Fast>(f.kernel.id, Some(f.kernel.version));
            }
            let row = ctx.store.update::<Fast>(f.kernel.id, None, |f, _| {
                f.ended_at = Some(end);
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
            output::rows(ctx.out, ctx.format, &ctx.store, &rows)
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
