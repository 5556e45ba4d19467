//! `lifeos health …` and `lifeos workout …`: log measurements and workouts in metric or
//! imperial units, list them, and report trends and weekly totals.

use std::io::Write;

use anyhow::{Context, bail};
use clap::{Args, Subcommand};
use lifeos_core::health::{self, Trend};
use lifeos_core::model::{HealthMetric, MetricKind, Place, Workout};
use lifeos_core::store::{ListQuery, Store};
use lifeos_core::units::{self, UnitSystem};
use lifeos_core::{Entity, IdPrefix, Row, Timestamp};
use serde::Serialize;
use time::OffsetDateTime;

use crate::UsageError;
use crate::args::{Format, Target};
use crate::output::{self, Tabular, local_time};
use crate::parse;

/// Units for input without a unit, and for display.
#[derive(Debug, Args)]
pub struct UnitsArg {
    /// metric (kg, km, ml) or imperial (lb, mi, fl oz).
    #[arg(long, value_enum, env = "LIFEOS_UNITS", default_value_t = UnitSystem::Metric, global = true)]
    pub units: UnitSystem,
}

/// `list` of a log (health entries, workouts, practices): newest first.
#[derive(Debug, Args)]
pub struct RecentArgs {
    /// Only this kind.
    #[arg(long)]
    pub kind: Option<String>,
    /// Only the last N days.
    #[arg(long)]
    pub days: Option<i64>,
    /// Include deleted ones.
    #[arg(long)]
    pub all: bool,
}

/// The rows of a log kept by `keep`, at or after `days` days before `now` by their time
/// `at` (tombstones too with `all`), newest first. Health entries, workouts and practices
/// list this way.
pub(crate) fn recent<E: Entity>(
    store: &Store,
    days: Option<i64>,
    all: bool,
    now: OffsetDateTime,
    at: impl Fn(&E) -> Timestamp,
    keep: impl Fn(&E) -> bool,
) -> anyhow::Result<Vec<Row<E>>> {
    let since = days.map(|d| now - time::Duration::days(d));
    let mut rows: Vec<Row<E>> = store
        .list::<E>(&ListQuery {
            include_deleted: all,
            ..Default::default()
        })?
        .into_iter()
        .filter(|r| keep(&r.fields))
        .filter(|r| since.is_none_or(|s| at(&r.fields).datetime() >= s))
        .collect();
    rows.sort_by_key(|r| std::cmp::Reverse(at(&r.fields)));
    Ok(rows)
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

/// Workouts.
#[derive(Debug, Subcommand)]
pub enum WorkoutCmd {
    /// Log a workout: `run --duration 42m --distance 8.2km`.
    Add(WorkoutArgs),
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
pub struct WorkoutArgs {
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
    /// Where (a place's id or prefix).
    #[arg(long, value_parser = parse::id_prefix)]
    pub place: Option<IdPrefix>,
    /// A note.
    #[arg(long, default_value = "")]
    pub note: String,
}

/// The kind a user typed: a built-in (with aliases) or their own.
pub fn metric_kind(s: &str) -> Result<(MetricKind, Option<String>), UsageError> {
    health::metric_kind(s).map_err(|e| UsageError(e.to_string()))
}

/// When something happened, read by [`parse::instant_relative_to`] — the one reading of
/// times the CLI has (`HH:MM` is the last such time until `now`) — which also takes the
/// local `YYYY-MM-DD HH:MM` here (a CSV's date column, `--at "2026-11-30 07:10"`).
pub fn when(s: &str, now: OffsetDateTime) -> Result<OffsetDateTime, UsageError> {
    let t = s.trim();
    let t = match t.split_once(' ') {
        Some((date, clock)) if date.len() == 10 && clock.len() == 5 => format!("{date}T{clock}"),
        _ => t.to_owned(),
    };
    parse::instant_relative_to(&t, now, parse::local_offset())
        .map(Timestamp::datetime)
        .map_err(UsageError)
}

fn ts(dt: OffsetDateTime) -> Timestamp {
    Timestamp::from_datetime(dt)
}

/// A sleep's start and end from `--from`/`--to`: times of day mean the last such time
/// until now (end) and the last before the end (start; a whole day before when the two
/// clock times are equal).
pub fn sleep_span(
    from: &str,
    to: Option<&str>,
    now: OffsetDateTime,
) -> Result<(Timestamp, Timestamp), UsageError> {
    let is_clock = |s: &str| s.trim().len() <= 5 && s.contains(':');
    let end = match to {
        None => now,
        Some(t) => when(t, now)?,
    };
    let mut start = when(from, end)?;
    if is_clock(from) && start >= end {
        start -= time::Duration::days(1);
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
        Some(s) => ts(when(s, now)?),
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
pub fn health(
    store: &mut Store,
    cmd: HealthCmd,
    system: UnitSystem,
    format: Format,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let now = OffsetDateTime::now_utc();
    match cmd {
        HealthCmd::Log(a) => {
            let m = measurement(&a, system, now)?;
            let row = store.create(m)?;
            match format {
                Format::Table => writeln!(
                    out,
                    "{} {} {} at {}",
                    row.kernel.id,
                    row.fields.kind_name(),
                    display(&row.fields, system),
                    local_time(row.fields.recorded_at)
                )?,
                f => output::one(
                    out,
                    f,
                    &Shown {
                        display: display(&row.fields, system),
                        row: &row,
                    },
                )?,
            }
        }
        HealthCmd::List(RecentArgs { kind, days, all }) => {
            let rows = listed(store, kind.as_deref(), days, all, now)?;
            match format {
                Format::Table => {
                    let cells: Vec<Vec<String>> = rows
                        .iter()
                        .map(|r| {
                            let mut c = HealthMetric::cells(r);
                            c[2] = display(&r.fields, system);
                            c
                        })
                        .collect();
                    output::table(out, HealthMetric::COLUMNS, &cells)?;
                }
                f => output::rows(out, f, &rows)?,
            }
        }
        HealthCmd::Trend { kind, days } => {
            if !(1..=36_600).contains(&days) {
                return Err(UsageError("--days is 1 to 36600".into()).into());
            }
            let (k, custom) = metric_kind(&kind)?;
            let rows = listed(store, Some(&kind), None, false, now)?;
            let refs: Vec<&HealthMetric> = rows.iter().map(|r| &r.fields).collect();
            let unit = refs
                .first()
                .map(|m| m.unit.clone())
                .unwrap_or_else(|| k.unit().to_owned());
            let name = custom.unwrap_or_else(|| k.as_str().to_owned());
            let t = health::trend(&name, &unit, &refs, ts(now), days);
            print_trends(out, format, k, system, &[t])?;
        }
        HealthCmd::Summary => {
            let rows = listed(store, None, None, false, now)?;
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
            match format {
                Format::Table => {
                    let cells: Vec<Vec<String>> = trends
                        .iter()
                        .map(|(k, t)| trend_cells(*k, t, system))
                        .collect();
                    output::table(
                        out,
                        &["KIND", "LATEST", "AT", "AVG 7D", "AVG 30D", "TREND/WEEK"],
                        &cells,
                    )?;
                }
                f => {
                    let v: Vec<&Trend> = trends.iter().map(|(_, t)| t).collect();
                    output::one(out, f, &v)?
                }
            }
        }
        HealthCmd::Rm(t) => {
            let id = store.resolve::<HealthMetric>(&t.id)?;
            let row = store.delete::<HealthMetric>(id, t.expect_version)?;
            output::one(out, format, &row)?;
        }
        HealthCmd::Restore(t) => {
            let id = store.resolve::<HealthMetric>(&t.id)?;
            let row = store.restore::<HealthMetric>(id, t.expect_version)?;
            output::one(out, format, &row)?;
        }
        HealthCmd::Import(a) => import(store, &a, system, format, out)?,
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
    let show = |v: Option<i64>| {
        v.map(|v| health::show(kind, &t.unit, v, None, system))
            .unwrap_or_default()
    };
    vec![
        t.kind.clone(),
        t.latest
            .map(|p| health::show(kind, &t.unit, p.value, t.latest_value2, system))
            .unwrap_or_default(),
        t.latest.map(|p| local_time(p.at)).unwrap_or_default(),
        show(t.average_7d),
        show(t.average_30d),
        t.trend_per_week
            .map(|v| {
                let s = health::show(kind, &t.unit, v.abs(), None, system);
                if v < 0 {
                    format!("-{s}")
                } else {
                    format!("+{s}")
                }
            })
            .unwrap_or_default(),
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
pub fn workout(
    store: &mut Store,
    cmd: WorkoutCmd,
    system: UnitSystem,
    format: Format,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let now = OffsetDateTime::now_utc();
    match cmd {
        WorkoutCmd::Add(a) => {
            fn usage(what: &'static str) -> impl Fn(units::UnitError) -> UsageError {
                move |e| UsageError(format!("{what}: {e}"))
            }
            let duration_s = units::parse_duration(&a.duration).map_err(usage("--duration"))?;
            let started_at = match &a.at {
                Some(s) => ts(when(s, now)?),
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
                place_id: a
                    .place
                    .as_ref()
                    .map(|p| store.resolve::<Place>(p))
                    .transpose()?,
            };
            let row = store.create(w)?;
            match format {
                Format::Table => {
                    output::table(out, Workout::COLUMNS, &[workout_cells(&row, system)])?
                }
                f => output::one(out, f, &row)?,
            }
        }
        WorkoutCmd::List(RecentArgs { kind, days, all }) => {
            let rows = recent(
                store,
                days,
                all,
                now,
                |w: &Workout| w.started_at,
                |w| kind.as_ref().is_none_or(|k| &w.kind == k),
            )?;
            match format {
                Format::Table => {
                    let cells: Vec<Vec<String>> =
                        rows.iter().map(|r| workout_cells(r, system)).collect();
                    output::table(out, Workout::COLUMNS, &cells)?;
                }
                f => output::rows(out, f, &rows)?,
            }
        }
        WorkoutCmd::Stats { weeks } => {
            if !(1..=520).contains(&weeks) {
                return Err(UsageError("--weeks is 1 to 520".into()).into());
            }
            let since = now - time::Duration::weeks(weeks);
            let rows = store.list::<Workout>(&ListQuery::default())?;
            let refs: Vec<&Workout> = rows
                .iter()
                .map(|r| &r.fields)
                .filter(|w| w.started_at.datetime() >= since)
                .collect();
            let totals = health::weekly_totals(&refs, parse::local_offset());
            match format {
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
                        out,
                        &["WEEK", "COUNT", "TIME", "DISTANCE", "ENERGY", "KINDS"],
                        &cells,
                    )?;
                }
                f => output::one(out, f, &totals)?,
            }
        }
        WorkoutCmd::Rm(t) => {
            let id = store.resolve::<Workout>(&t.id)?;
            let row = store.delete::<Workout>(id, t.expect_version)?;
            output::one(out, format, &row)?;
        }
        WorkoutCmd::Restore(t) => {
            let id = store.resolve::<Workout>(&t.id)?;
            let row = store.restore::<Workout>(id, t.expect_version)?;
            output::one(out, format, &row)?;
        }
    }
    Ok(())
}

/// The most rows a health import reads.
const MAX_IMPORT_ROWS: usize = 200_000;

fn import(
    store: &mut Store,
    a: &ImportArgs,
    system: UnitSystem,
    format: Format,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let mut map = std::collections::BTreeMap::new();
    for pair in a.map.split(',') {
        let (k, v) = pair
            .split_once('=')
            .ok_or_else(|| UsageError(format!("--map: '{pair}' is not FIELD=COLUMN")))?;
        let k = k.trim();
        if !["date", "value", "kind", "unit", "note", "end"].contains(&k) {
            return Err(UsageError(format!(
                "--map: unknown field '{k}': use date, value, kind, unit, note, end"
            ))
            .into());
        }
        map.insert(k.to_owned(), v.trim().to_owned());
    }
    for need in ["date", "value"] {
        let sleep_span = need == "value" && a.kind.as_deref() == Some("sleep");
        if !(map.contains_key(need) || sleep_span) {
            return Err(UsageError(format!("--map needs {need}=COLUMN")).into());
        }
    }
    if map.contains_key("kind") == a.kind.is_some() {
        return Err(UsageError("give either --kind or a kind=COLUMN in --map".into()).into());
    }
    let reader: Box<dyn std::io::Read> = if a.file == "-" {
        Box::new(std::io::stdin())
    } else {
        Box::new(std::fs::File::open(&a.file).with_context(|| format!("cannot read {}", a.file))?)
    };
    let mut rdr = csv::ReaderBuilder::new()
        .flexible(false)
        .from_reader(reader);
    let headers: Vec<String> = rdr
        .headers()
        .with_context(|| format!("{}: the header row", a.file))?
        .iter()
        .map(|h| h.trim_start_matches('\u{feff}').trim().to_owned())
        .collect();
    let col = |field: &str| -> anyhow::Result<Option<usize>> {
        match map.get(field) {
            None => Ok(None),
            Some(name) => headers
                .iter()
                .position(|h| h == name)
                .map(Some)
                .ok_or_else(|| {
                    UsageError(format!(
                        "--map: the file has no column '{name}' (it has: {})",
                        headers.join(", ")
                    ))
                    .into()
                }),
        }
    };
    let (c_date, c_value, c_kind, c_unit, c_note, c_end) = (
        col("date")?,
        col("value")?,
        col("kind")?,
        col("unit")?,
        col("note")?,
        col("end")?,
    );
    let now = OffsetDateTime::now_utc();
    let mut parsed = Vec::new();
    for (i, rec) in rdr.records().enumerate() {
        let line = i + 2;
        if i >= MAX_IMPORT_ROWS {
            bail!("{}: more than {MAX_IMPORT_ROWS} rows", a.file);
        }
        let rec = rec.with_context(|| format!("{}: row {line}", a.file))?;
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
            .map_err(|e| UsageError(format!("{}: row {line}: {e:#}", a.file)))?;
        m.import_key = Some(fingerprint(&m));
        parsed.push(m);
    }
    // Duplicates: a row whose fingerprint is already stored (from an earlier import, or
    // a measurement logged alike), or twice in this file.
    let mut seen: std::collections::HashSet<String> = store
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
    let imported = store.create_all(fresh)?.len();
    #[derive(Serialize)]
    struct Report {
        imported: usize,
        skipped_duplicates: usize,
    }
    let report = Report {
        imported,
        skipped_duplicates: n_parsed - imported,
    };
    output::one(out, format, &report)
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
