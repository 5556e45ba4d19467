//! `lifeos health …`: log measurements in metric or imperial units, list them, report
//! trends, and import them from CSV.

use std::io::Write;

use clap::{Args, Subcommand};
use lifeos_core::health::{self, Trend};
use lifeos_core::model::{HealthMetric, MetricKind};
use lifeos_core::store::{ListQuery, Store};
use lifeos_core::units::UnitSystem;
use lifeos_core::{Entity, Row, Timestamp};
use serde::Serialize;
use time::OffsetDateTime;

use super::log::{RecentArgs, past, recent, when};
use super::{Ctx, Target};
use crate::UsageError;
use crate::args::Format;
use crate::csv_import::{CsvFile, Mapping};
use crate::output::{self, Tabular, local_time};

/// `health`: the units, then what to do.
#[derive(Debug, Args)]
pub struct HealthArgs {
    #[command(flatten)]
    pub units: UnitsArg,
    #[command(subcommand)]
    pub cmd: HealthCmd,
}

/// Units for input without a unit, and for display.
#[derive(Debug, Args)]
pub struct UnitsArg {
    /// metric (kg, km, ml) or imperial (lb, mi, fl oz).
    #[arg(long, value_enum, env = "LIFEOS_UNITS", default_value_t = UnitSystem::Metric, global = true)]
    pub units: UnitSystem,
}

/// Health measurements.
#[derive(Debug, Subcommand)]
pub enum HealthCmd {
    /// Log a measurement: `weight 72.4kg`, `bp 120/80`, `sleep --from 23:10 --to 06:40`,
    /// `steps 9000`, `water 500ml`, `mood 4`, `body_fat 18.5%`, `hr 58`, or your own kind
    /// with `--unit` (`glucose 5.4 --unit mmol/L`).
    Log(LogArgs),
    /// Entries, newest first.
    #[command(alias = "ls")]
    List(RecentArgs),
    /// Latest value, 7- and 30-day averages and the trend of one kind.
    Trend {
        /// The kind.
        kind: String,
        /// The window, days.
        #[arg(long, default_value_t = 30)]
        days: i64,
    },
    /// Latest value, averages and trend of every kind logged.
    Summary,
    /// Delete an entry (soft).
    Rm(Target),
    /// Undo a delete.
    Restore(Target),
    /// Import a CSV file: `--map date=Date,value=Weight` with `--kind weight`, or a
    /// `kind=` column. Rows already imported (or logged alike) are skipped; a bad row
    /// rejects the file and names the row.
    Import(ImportArgs),
}

/// `health log`.
#[derive(Debug, Args)]
pub struct LogArgs {
    /// weight, body_fat, bp, hr, sleep, steps, water, mood, energy, or your own kind.
    pub kind: String,
    /// The value (`72.4kg`, `120/80`, `9000`); sleep takes --from/--to instead.
    #[arg(allow_hyphen_values = true)]
    pub value: Option<String>,
    /// When (RFC 3339, `YYYY-MM-DD HH:MM` or `HH:MM` today, local time); default now.
    #[arg(long)]
    pub at: Option<String>,
    /// Sleep: when it started (`23:10`: the last 23:10 before --to).
    #[arg(long)]
    pub from: Option<String>,
    /// Sleep: when it ended (`06:40`: the last 06:40 until now).
    #[arg(long)]
    pub to: Option<String>,
    /// The unit of a kind of your own.
    #[arg(long)]
    pub unit: Option<String>,
    /// A note.
    #[arg(long, default_value = "")]
    pub note: String,
}

/// `health import`.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The CSV file (with a header row), or - for standard input.
    pub file: String,
    /// Column mapping: `date=COL,value=COL[,kind=COL][,unit=COL][,note=COL][,end=COL]`.
    #[arg(long)]
    pub map: String,
    /// The kind of every row, when the file has no kind column.
    #[arg(long)]
    pub kind: Option<String>,
}

/// The kind a user typed: a built-in (with aliases) or their own.
pub fn metric_kind(s: &str) -> Result<(MetricKind, Option<String>), UsageError> {
    health::metric_kind(s).map_err(|e| UsageError(e.to_string()))
}

pub(super) fn ts(dt: OffsetDateTime) -> Timestamp {
    Timestamp::from_datetime(dt)
}

/// A sleep's start and end from `--from`/`--to`: times of day mean the last such time
/// until now (end) and the last before the end (start); two equal clock times are an
/// error, not a sleep of 24 hours.
pub fn sleep_span(
    from: &str,
    to: Option<&str>,
    now: OffsetDateTime,
) -> Result<(Timestamp, Timestamp), UsageError> {
    let is_clock = |s: &str| s.trim().len() <= 5 && s.contains(':');
    let end = match to {
        None => now,
        Some(t) => past(t, now)?,
    };
    let mut start = when(from, end)?;
    if is_clock(from) && start == end {
        return Err(UsageError(format!(
            "--from {from} and --to {} are the same time: give the start and the end of the sleep",
            to.unwrap_or("(now)")
        )));
    }
    if is_clock(from) && start > end {
        start -= time::Duration::days(1);
    }
    if end - start >= time::Duration::days(1) {
        return Err(UsageError(format!(
            "--from {from} to {} is 24 hours or more: give the start and the end of the sleep",
            to.unwrap_or("now")
        )));
    }
    Ok((ts(start), ts(end)))
}

fn measurement(
    a: &LogArgs,
    system: UnitSystem,
    now: OffsetDateTime,
) -> anyhow::Result<HealthMetric> {
    let (kind, _) = metric_kind(&a.kind)?;
    let at = match &a.at {
        Some(s) => ts(past(s, now)?),
        None => ts(now),
    };
    if kind != MetricKind::Sleep && (a.from.is_some() || a.to.is_some()) {
        return Err(UsageError("--from and --to are for sleep".into()).into());
    }
    let mut m = match (kind, &a.from) {
        (MetricKind::Sleep, Some(from)) => {
            let (start, end) = sleep_span(from, a.to.as_deref(), now)?;
            if end <= start {
                return Err(UsageError(format!(
                    "the sleep ends ({}) before it starts ({}): a sleep must end after it starts",
                    local_time(end),
                    local_time(start)
                ))
                .into());
            }
            let mut m = HealthMetric::new(kind, 0, start);
            m.ended_at = Some(end);
            m.value = (end.datetime() - start.datetime()).whole_seconds();
            health::check_range(kind, &m.unit, m.value, system).map_err(UsageError)?;
            m
        }
        // The same code reads the TUI's log prompt.
        _ => health::measurement(&a.kind, a.value.as_deref(), a.unit.as_deref(), at, system)
            .map_err(UsageError)?,
    };
    m.note = a.note.clone();
    m.validate()?;
    Ok(m)
}

#[derive(Serialize)]
struct Shown<'a> {
    #[serde(flatten)]
    row: &'a Row<HealthMetric>,
    display: String,
}

fn display(m: &HealthMetric, system: UnitSystem) -> String {
    health::show(m.kind, &m.unit, m.value, m.value2, system)
}

/// Runs `health …`.
pub(crate) fn run<W: Write>(ctx: &mut Ctx<'_, W>, args: HealthArgs) -> anyhow::Result<()> {
    let now = OffsetDateTime::now_utc();
    let system = args.units.units;
    match args.cmd {
        HealthCmd::Log(a) => {
            let m = measurement(&a, system, now)?;
            let row = ctx.store.create(m)?;
            match ctx.format {
                Format::Table => writeln!(
                    ctx.out,
                    "{} {} {} at {}",
                    row.kernel.id,
                    row.fields.kind_name(),
                    display(&row.fields, system),
                    local_time(row.fields.recorded_at)
                )?,
                f => output::one(
                    ctx.out,
                    f,
                    &Shown {
                        display: display(&row.fields, system),
                        row: &row,
                    },
                )?,
            }
        }
        HealthCmd::List(RecentArgs { kind, days, all }) => {
            let rows = listed(&ctx.store, kind.as_deref(), days, all, now)?;
            match ctx.format {
                Format::Table => {
                    let mut cells: Vec<Vec<String>> = rows
                        .iter()
                        .map(|r| {
                            let mut c = HealthMetric::cells(r);
                            c[2] = display(&r.fields, system);
                            c
                        })
                        .collect();
                    output::short_ids::<HealthMetric>(&ctx.store, &mut cells, &[0])?;
                    output::table(ctx.out, HealthMetric::COLUMNS, &cells)?;
                }
                f => output::rows(ctx.out, f, &ctx.store, &rows)?,
            }
        }
        HealthCmd::Trend { kind, days } => {
            if !(1..=36_600).contains(&days) {
                return Err(UsageError("--days is 1 to 36600".into()).into());
            }
            let (k, _) = metric_kind(&kind)?;
            let rows = listed(&ctx.store, Some(&kind), None, false, now)?;
            let refs: Vec<&HealthMetric> = rows.iter().map(|r| &r.fields).collect();
            let t = health::kind_trend(&kind, &refs, ts(now), days)?;
            print_trends(ctx.out, ctx.format, k, system, &[t])?;
        }
        HealthCmd::Summary => {
            let rows = listed(&ctx.store, None, None, false, now)?;
            let mut by_kind: std::collections::BTreeMap<(MetricKind, String), Vec<&HealthMetric>> =
                Default::default();
            for r in &rows {
                by_kind
                    .entry((r.fields.kind, r.fields.kind_name().to_owned()))
                    .or_default()
                    .push(&r.fields);
            }
            let trends: Vec<(MetricKind, Trend)> = by_kind
                .iter()
                .map(|((k, name), v)| (*k, health::trend(name, &v[0].unit, v, ts(now), 30)))
                .collect();
            match ctx.format {
                Format::Table => {
                    let cells: Vec<Vec<String>> = trends
                        .iter()
                        .map(|(k, t)| trend_cells(*k, t, system))
                        .collect();
                    output::table(
                        ctx.out,
                        &["KIND", "LATEST", "AT", "AVG 7D", "AVG 30D", "TREND/WEEK"],
                        &cells,
                    )?;
                }
                f => {
                    let v: Vec<&Trend> = trends.iter().map(|(_, t)| t).collect();
                    output::one(ctx.out, f, &v)?
                }
            }
        }
        HealthCmd::Rm(t) => ctx.rm::<HealthMetric>(&t)?,
        HealthCmd::Restore(t) => ctx.restore::<HealthMetric>(&t)?,
        HealthCmd::Import(a) => import(ctx, &a, system)?,
    }
    Ok(())
}

fn print_trends(
    out: &mut impl Write,
    format: Format,
    kind: MetricKind,
    system: UnitSystem,
    trends: &[Trend],
) -> anyhow::Result<()> {
    match format {
        Format::Table => {
            let cells: Vec<Vec<String>> = trends
                .iter()
                .map(|t| trend_cells(kind, t, system))
                .collect();
            output::table(
                out,
                &["KIND", "LATEST", "AT", "AVG 7D", "AVG 30D", "TREND/WEEK"],
                &cells,
            )
            .map_err(Into::into)
        }
        f => output::one(out, f, &trends[0]),
    }
}

fn trend_cells(kind: MetricKind, t: &Trend, system: UnitSystem) -> Vec<String> {
    // A two-valued kind (blood pressure) shows both in every figure: `130/90 mmHg`.
    let show = |v: Option<i64>, v2: Option<i64>| {
        v.map(|v| health::show(kind, &t.unit, v, v2, system))
            .unwrap_or_default()
    };
    let signed = |v: i64| {
        let s = health::show(kind, &t.unit, v.abs(), None, system);
        let s = s.split(' ').next().unwrap_or_default().to_owned();
        if v < 0 {
            format!("-{s}")
        } else {
            format!("+{s}")
        }
    };
    let trend = match (t.trend_per_week, t.trend_per_week_value2) {
        (Some(v), Some(v2)) => format!("{}/{} {}", signed(v), signed(v2), t.unit),
        (Some(v), None) => {
            let s = health::show(kind, &t.unit, v.abs(), None, system);
            if v < 0 {
                format!("-{s}")
            } else {
                format!("+{s}")
            }
        }
        (None, _) => String::new(),
    };
    vec![
        t.kind.clone(),
        show(t.latest.map(|p| p.value), t.latest_value2),
        t.latest.map(|p| local_time(p.at)).unwrap_or_default(),
        show(t.average_7d, t.average_7d_value2),
        show(t.average_30d, t.average_30d_value2),
        trend,
    ]
}

fn listed(
    store: &Store,
    kind: Option<&str>,
    days: Option<i64>,
    all: bool,
    now: OffsetDateTime,
) -> anyhow::Result<Vec<Row<HealthMetric>>> {
    let want = kind.map(metric_kind).transpose()?;
    recent(
        store,
        days,
        all,
        now,
        |m: &HealthMetric| m.recorded_at,
        |m| {
            want.as_ref()
                .is_none_or(|(k, custom)| m.kind == *k && m.custom_kind == *custom)
        },
    )
}

impl Tabular for HealthMetric {
    const COLUMNS: &'static [&'static str] = &["ID", "KIND", "VALUE", "AT", "NOTE"];
    fn cells(row: &Row<Self>) -> Vec<String> {
        let m = &row.fields;
        let kind = if row.kernel.is_deleted() {
            format!("{} (deleted)", m.kind_name())
        } else {
            m.kind_name().to_owned()
        };
        vec![
            row.kernel.id.to_string(),
            kind,
            display(m, UnitSystem::Metric),
            local_time(m.recorded_at),
            m.note.lines().next().unwrap_or_default().to_owned(),
        ]
    }
}

fn import<W: Write>(
    ctx: &mut Ctx<'_, W>,
    a: &ImportArgs,
    system: UnitSystem,
) -> anyhow::Result<()> {
    let map = Mapping::parse(&a.map, &["date", "value", "kind", "unit", "note", "end"])?;
    map.require("date")?;
    if a.kind.as_deref() != Some("sleep") {
        map.require("value")?;
    }
    if map.has("kind") == a.kind.is_some() {
        return Err(UsageError("give either --kind or a kind=COLUMN in --map".into()).into());
    }
    let file = CsvFile::read(&a.file)?;
    let now = OffsetDateTime::now_utc();
    let parsed = rows(a, &map, &file, system, now)?;
    // Duplicates: a row whose fingerprint is already stored (from an earlier import, or
    // a measurement logged alike), or twice in this file.
    let mut seen: std::collections::HashSet<String> = ctx
        .store
        .list::<HealthMetric>(&ListQuery::default())?
        .into_iter()
        .map(|r| {
            r.fields
                .import_key
                .clone()
                .unwrap_or_else(|| fingerprint(&r.fields))
        })
        .collect();
    let n_parsed = parsed.len();
    let fresh: Vec<HealthMetric> = parsed
        .into_iter()
        .filter(|m| {
            m.import_key
                .as_ref()
                .is_some_and(|k| seen.insert(k.clone()))
        })
        .collect();
    let imported = ctx.store.create_all(fresh)?.len();
    #[derive(Serialize)]
    struct Report {
        imported: usize,
        skipped_duplicates: usize,
    }
    let report = Report {
        imported,
        skipped_duplicates: n_parsed - imported,
    };
    output::one(ctx.out, ctx.format, &report)
}

/// The measurements of a CSV `file`, as `health import` reads them with `a`'s options
/// and its `--map`, each validated and given its fingerprint, at `now`; the first bad
/// row fails the file. Touches no store (the fuzz target `csv_health` runs it).
pub fn rows(
    a: &ImportArgs,
    map: &Mapping,
    file: &CsvFile,
    system: UnitSystem,
    now: OffsetDateTime,
) -> anyhow::Result<Vec<HealthMetric>> {
    let mut table = file.table(b',', map)?;
    let (c_date, c_value, c_kind, c_unit, c_note, c_end) = (
        table.column("date"),
        table.column("value"),
        table.column("kind"),
        table.column("unit"),
        table.column("note"),
        table.column("end"),
    );
    let mut parsed = Vec::new();
    for (i, rec) in table.records() {
        // Rows are named by their line in the file, the header being line 1.
        let line = i + 2;
        let rec = rec.map_err(|e| UsageError(format!("{}: row {line}: {e}", a.file)))?;
        let get = |c: Option<usize>| c.and_then(|c| rec.get(c)).map(str::trim);
        let kind = match (get(c_kind), &a.kind) {
            (Some(k), _) => k.to_owned(),
            (None, Some(k)) => k.clone(),
            (None, None) => String::new(),
        };
        let date = get(c_date).unwrap_or_default();
        let when_text = if date.len() == 10 {
            format!("{date} 00:00")
        } else {
            date.to_owned()
        };
        let args = LogArgs {
            kind,
            value: get(c_value).map(str::to_owned),
            at: Some(when_text.clone()),
            from: get(c_end).map(|_| when_text.clone()),
            to: get(c_end).map(str::to_owned),
            unit: get(c_unit).map(str::to_owned),
            note: get(c_note).unwrap_or_default().to_owned(),
        };
        let mut m = measurement(&args, system, now)
            .map_err(|e| UsageError(format!("{}: row {line}: {}", a.file, crate::said_once(&e))))?;
        m.import_key = Some(fingerprint(&m));
        parsed.push(m);
    }
    Ok(parsed)
}

/// Identifies "the same measurement": kind, instant and values.
fn fingerprint(m: &HealthMetric) -> String {
    use sha2::Digest;
    let text = format!(
        "{}|{}|{}|{}|{:?}|{:?}",
        m.kind_name(),
        m.recorded_at,
        m.value,
        m.unit,
        m.value2,
        m.ended_at
    );
    hex::encode(&sha2::Sha256::digest(text.as_bytes())[..12])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> OffsetDateTime {
        time::macros::datetime!(2026-11-30 08:00 UTC)
    }

    #[test]
    fn sleep_across_midnight_and_one_that_ends_before_it_starts() {
        let (s, e) = sleep_span("23:10", Some("06:40"), now()).unwrap();
        assert_eq!(s.to_string(), "2026-11-29T23:10:00.000Z");
        assert_eq!(e.to_string(), "2026-11-30T06:40:00.000Z");
        // The same clock time twice is no sleep (it was read as 24 hours).
        let err = sleep_span("06:40", Some("06:40"), now()).unwrap_err();
        assert!(err.to_string().contains("same time"), "{err}");
        let (s, e) = sleep_span("2026-11-30 06:40", Some("2026-11-29 23:10"), now()).unwrap();
        let mut m = HealthMetric::new(MetricKind::Sleep, 0, s);
        m.ended_at = Some(e);
        m.value = (e.datetime() - s.datetime()).whole_seconds();
        assert!(m.validate().is_err());
    }

    #[test]
    fn kinds_and_absurd_values() {
        let log = |kind: &str, value: &str| LogArgs {
            kind: kind.into(),
            value: Some(value.into()),
            at: None,
            from: None,
            to: None,
            unit: None,
            note: String::new(),
        };
        let m = measurement(&log("weight", "72.4kg"), UnitSystem::Metric, now()).unwrap();
        assert_eq!(m.value, 72_400);
        let m = measurement(&log("weight", "160lb"), UnitSystem::Metric, now()).unwrap();
        assert_eq!(m.value, 72_575);
        let m = measurement(&log("bp", "120/80"), UnitSystem::Metric, now()).unwrap();
        assert_eq!((m.value, m.value2), (120, Some(80)));
        for (k, v) in [
            ("weight", "-3kg"),
            ("bp", "900/10"),
            ("bp", "80/120"),
            ("mood", "6"),
            ("steps", "lots"),
            ("weight", "72.4 parsecs"),
            ("glucose", "5.4"),
            ("Not A Kind!", "1"),
        ] {
            assert!(
                measurement(&log(k, v), UnitSystem::Metric, now()).is_err(),
                "{k} {v}"
            );
        }
        let mut g = log("glucose", "5.4");
        g.unit = Some("mmol/L".into());
        let m = measurement(&g, UnitSystem::Metric, now()).unwrap();
        assert_eq!((m.value, m.kind_name()), (5400, "glucose"));
    }
}
