//! Health reports as pure functions in integer arithmetic: latest value, averages over 7
//! and 30 days, the trend (least-squares slope, per week), weekly workout totals.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::model::{HealthMetric, Workout};
use crate::timestamp::Timestamp;
use crate::units::{div_round, fixed};

/// One point of a series: when, and the value in the canonical unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Point {
    /// When.
    pub at: Timestamp,
    /// The value (for blood pressure, the systolic one).
    pub value: i64,
    /// The second value of a two-valued kind (blood pressure: the diastolic), else null.
    pub value2: Option<i64>,
}

/// A kind's figures over a window ending now.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Trend {
    /// The kind's name.
    pub kind: String,
    /// The canonical unit of every figure.
    pub unit: String,
    /// The window, days.
    pub days: i64,
    /// Entries in the window.
    pub count: usize,
    /// The most recent entry of all (not only the window's).
    pub latest: Option<Point>,
    /// The diastolic value of the latest blood pressure.
    pub latest_value2: Option<i64>,
    /// Mean over the last 7 days, rounded to the unit.
    pub average_7d: Option<i64>,
    /// Mean over the last 30 days.
    pub average_30d: Option<i64>,
    /// Mean over the window.
    pub average: Option<i64>,
    /// Least-squares slope over the window, in units per week (rounded); needs 2 entries
    /// on different instants.
    pub trend_per_week: Option<i64>,
    /// The same four figures of the second value of a two-valued kind (blood pressure:
    /// the diastolic); null for other kinds.
    pub average_7d_value2: Option<i64>,
    /// The 30-day mean of the second value.
    pub average_30d_value2: Option<i64>,
    /// The window's mean of the second value.
    pub average_value2: Option<i64>,
    /// The slope of the second value, units per week.
    pub trend_per_week_value2: Option<i64>,
    /// The window's entries, oldest first.
    pub points: Vec<Point>,
}

fn mean(values: impl Iterator<Item = i64>) -> Option<i64> {
    let (sum, n) = values.fold((0i128, 0i128), |(s, n), v| (s + i128::from(v), n + 1));
    (n > 0).then(|| div_round(sum, n) as i64)
}

/// Least-squares slope of `points`, in units per week. Time is in whole minutes from the
/// first point, so every sum fits an i128 exactly.
pub fn slope_per_week(points: &[Point]) -> Option<i64> {
    let first = points.first()?.at;
    let xs: Vec<(i128, i128)> = points
        .iter()
        .map(|p| {
            (
                i128::from((p.at.datetime() - first.datetime()).whole_minutes()),
                i128::from(p.value),
            )
        })
        .collect();
    let n = xs.len() as i128;
    let (sx, sy, sxx, sxy) = xs.iter().fold((0, 0, 0, 0), |(sx, sy, sxx, sxy), &(x, y)| {
        (sx + x, sy + y, sxx + x * x, sxy + x * y)
    });
    let denom = n * sxx - sx * sx;
    if denom == 0 {
        return None;
    }
    // Slope per minute is (n·Σxy − Σx·Σy) / denom; a week has 10,080 minutes.
    let numer = (n * sxy - sx * sy).checked_mul(10_080)?;
    let (numer, denom) = if denom < 0 {
        (-numer, -denom)
    } else {
        (numer, denom)
    };
    i64::try_from(div_round(numer, denom)).ok()
}

/// The figures for the entries of one kind (`entries` may be in any order).
pub fn trend(
    kind: &str,
    unit: &str,
    entries: &[&HealthMetric],
    now: Timestamp,
    days: i64,
) -> Trend {
    let mut sorted: Vec<&HealthMetric> = entries.to_vec();
    sorted.sort_by_key(|e| e.recorded_at);
    let since = |d: i64| now.datetime() - time::Duration::days(d);
    let window = |d: i64| {
        sorted
            .iter()
            .filter(move |e| e.recorded_at.datetime() > since(d) && e.recorded_at <= now)
    };
    let point = |e: &&HealthMetric| Point {
        at: e.recorded_at,
        value: e.value,
        value2: e.value2,
    };
    let points: Vec<Point> = window(days).map(point).collect();
    // The second value's series, for a kind that has one (every entry of it does).
    let two = !points.is_empty() && points.iter().all(|p| p.value2.is_some());
    let second: Vec<Point> = points
        .iter()
        .filter_map(|p| {
            p.value2.map(|v| Point {
                value: v,
                value2: None,
                ..*p
            })
        })
        .collect();
    let mean2 = |d: i64| {
        if two {
            mean(window(d).filter_map(|e| e.value2))
        } else {
            None
        }
    };
    let latest = sorted.iter().rev().find(|e| e.recorded_at <= now);
    Trend {
        kind: kind.to_owned(),
        unit: unit.to_owned(),
        days,
        count: points.len(),
        latest: latest.map(point),
        latest_value2: latest.and_then(|e| e.value2),
        average_7d: mean(window(7).map(|e| e.value)),
        average_30d: mean(window(30).map(|e| e.value)),
        average: mean(points.iter().map(|p| p.value)),
        trend_per_week: slope_per_week(&points),
        average_7d_value2: mean2(7),
        average_30d_value2: mean2(30),
        average_value2: two.then(|| mean(second.iter().map(|p| p.value))).flatten(),
        trend_per_week_value2: two.then(|| slope_per_week(&second)).flatten(),
        points,
    }
}

/// Refuses an absurd value of a kind, saying so in the user's units: `800 kg is out of
/// range: a weight is 1 kg to 700 kg` (or in pounds with the imperial system).
pub fn check_range(
    kind: crate::model::MetricKind,
    unit: &str,
    value: i64,
    system: crate::units::UnitSystem,
) -> Result<(), String> {
    use crate::model::MetricKind as K;
    let (lo, hi) = kind.range();
    if (lo..=hi).contains(&value) {
        return Ok(());
    }
    let text = |v: i64| show(kind, unit, v, None, system);
    Err(match kind {
        K::Sleep => format!(
            "{} is out of range: a sleep lasts from 1 minute to less than 24 hours",
            text(value)
        ),
        K::Custom => format!(
            "{} is out of range: a value is at most a trillion in size",
            text(value)
        ),
        _ => format!(
            "{} is out of range: {} is {} to {}",
            text(value),
            kind.noun(),
            text(lo),
            text(hi)
        ),
    })
}

/// One ISO week's workouts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WeekTotals {
    /// `2026-W49`.
    pub week: String,
    /// How many.
    pub count: usize,
    /// Total time, seconds.
    pub duration_s: i64,
    /// Total distance, metres.
    pub distance_m: i64,
    /// Total energy, kcal.
    pub energy_kcal: i64,
    /// Count per kind.
    pub by_kind: BTreeMap<String, usize>,
}

/// Totals per ISO week (of the local date `offset` gives), newest first.
pub fn weekly_totals(workouts: &[&Workout], offset: time::UtcOffset) -> Vec<WeekTotals> {
    let mut weeks: BTreeMap<(i32, u8), WeekTotals> = BTreeMap::new();
    for w in workouts {
        let local = w.started_at.datetime().to_offset(offset).date();
        let (y, wk, _) = local.to_iso_week_date();
        let e = weeks.entry((y, wk)).or_insert_with(|| WeekTotals {
            week: format!("{y}-W{wk:02}"),
            count: 0,
            duration_s: 0,
            distance_m: 0,
            energy_kcal: 0,
            by_kind: BTreeMap::new(),
        });
        e.count += 1;
        e.duration_s += w.duration_s;
        e.distance_m += w.distance_m.unwrap_or(0);
        e.energy_kcal += w.energy_kcal.unwrap_or(0);
        *e.by_kind.entry(w.kind.clone()).or_default() += 1;
    }
    weeks.into_values().rev().collect()
}

/// A value of a kind as text in its unit (`72.4 kg`, `18.5 %`, `7h 30m`, `120/80 mmHg`).
pub fn show(
    kind: crate::model::MetricKind,
    unit: &str,
    value: i64,
    value2: Option<i64>,
    system: crate::units::UnitSystem,
) -> String {
    use crate::model::MetricKind as K;
    use crate::units::Quantity;
    match kind {
        K::Weight => Quantity::Mass(value).show(system),
        K::BodyFat => format!("{} %", fixed(i128::from(value), 1, true)),
        K::BloodPressure => match value2 {
            Some(d) => format!("{value}/{d} mmHg"),
            None => format!("{value} mmHg"),
        },
        K::RestingHeartRate => format!("{value} bpm"),
        K::Sleep => crate::units::duration_text(value),
        K::Steps => format!("{value} steps"),
        K::Water => Quantity::Volume(value).show(system),
        K::Mood | K::Energy => format!("{value}/5"),
        K::Custom => format!("{} {unit}", fixed(i128::from(value), 3, true)),
    }
}

/// The kind a user typed: a built-in (with aliases: `w`, `bp`, `hr`, `fat`…) or their own
/// (`Custom` with its name). Shared by `lifeos health log` and the TUI's log prompt.
pub fn metric_kind(
    s: &str,
) -> Result<(crate::model::MetricKind, Option<String>), crate::validate::ValidationError> {
    use crate::model::MetricKind as K;
    let k = s.trim().to_lowercase().replace('-', "_");
    let kind = match k.as_str() {
        "weight" | "w" => K::Weight,
        "body_fat" | "bodyfat" | "fat" => K::BodyFat,
        "bp" | "blood_pressure" => K::BloodPressure,
        "hr" | "rhr" | "resting_heart_rate" | "pulse" => K::RestingHeartRate,
        "sleep" => K::Sleep,
        "steps" => K::Steps,
        "water" => K::Water,
        "mood" => K::Mood,
        "energy" => K::Energy,
        other => {
            crate::validate::tag("kind", other)?;
            return Ok((K::Custom, Some(other.to_owned())));
        }
    };
    Ok((kind, None))
}

/// The trend of the kind a user typed (`weight`, `bp`, their own `glucose`) over the
/// entries of that kind among `entries`, in the unit of its first entry (the kind's
/// canonical unit without any). `lifeos health trend` and the server's report.
pub fn kind_trend(
    kind: &str,
    entries: &[&HealthMetric],
    now: Timestamp,
    days: i64,
) -> Result<Trend, crate::validate::ValidationError> {
    let (k, custom) = metric_kind(kind)?;
    let mine: Vec<&HealthMetric> = entries
        .iter()
        .copied()
        .filter(|m| m.kind == k && m.custom_kind == custom)
        .collect();
    let unit = mine
        .first()
        .map(|m| m.unit.clone())
        .unwrap_or_else(|| k.unit().to_owned());
    let name = custom.unwrap_or_else(|| k.as_str().to_owned());
    Ok(trend(&name, &unit, &mine, now, days))
}

/// A value of `kind` as one would type it, for messages.
fn example(kind: crate::model::MetricKind) -> &'static str {
    use crate::model::MetricKind as K;
    match kind {
        K::Weight => "weight 72.4kg",
        K::BodyFat => "body_fat 18.5%",
        K::BloodPressure => "bp 120/80",
        K::RestingHeartRate => "hr 58",
        K::Sleep => "sleep 7h30m",
        K::Steps => "steps 9000",
        K::Water => "water 500ml",
        K::Mood => "mood 4",
        K::Energy => "energy 3",
        K::Custom => "glucose 5.4 --unit mmol/L",
    }
}

/// A measurement from what the user typed: the kind (`weight`, `bp`, `glucose`…), the
/// value (`72.4kg`, `120/80`, `9000`; a sleep's duration `7h30m`, ending at `at`), and
/// the unit of a kind of their own. Errors are one line that says what to type. The same
/// code reads `lifeos health log` and the TUI's log prompt; the entry is validated.
pub fn measurement(
    kind_text: &str,
    value: Option<&str>,
    unit: Option<&str>,
    at: Timestamp,
    system: crate::units::UnitSystem,
) -> Result<HealthMetric, String> {
    use crate::entity::Entity;
    use crate::model::MetricKind as K;
    use crate::units;
    let (kind, custom) = metric_kind(kind_text).map_err(|e| e.to_string())?;
    let usage = |e: units::UnitError| format!("{kind_text}: {e}");
    let value_text = || -> Result<&str, String> {
        value
            .filter(|v| !v.trim().is_empty())
            .ok_or_else(|| format!("give the {kind_text} value, e.g. {}", example(kind)))
    };
    let mut m = HealthMetric::new(kind, 0, at);
    match kind {
        K::Weight => m.value = units::parse_mass(value_text()?, system).map_err(usage)?,
        K::BodyFat => m.value = units::parse_permille_percent(value_text()?).map_err(usage)?,
        K::BloodPressure => {
            let (s, d) = units::parse_blood_pressure(value_text()?).map_err(usage)?;
            m.value = s;
            m.value2 = Some(d);
        }
        K::Sleep => {
            let d = value.filter(|v| !v.trim().is_empty()).ok_or_else(|| {
                "give the sleep as --from TIME --to TIME, or its duration (7h30m)".to_owned()
            })?;
            let secs = units::parse_duration(d).map_err(usage)?;
            let end = at.datetime();
            // A duration past the calendar's start is out of range, not a panic.
            let start = end
                .checked_sub(time::Duration::seconds(secs))
                .ok_or_else(|| format!("{kind_text}: '{d}' is too long for a sleep"))?;
            m.recorded_at = Timestamp::from_datetime(start);
            m.ended_at = Some(at);
            m.value = secs;
        }
        K::Water => m.value = units::parse_volume(value_text()?, system).map_err(usage)?,
        K::RestingHeartRate | K::Steps | K::Mood | K::Energy => {
            let t = value_text()?;
            m.value = t.trim().parse().map_err(|_| {
                format!(
                    "{kind_text}: '{}' is not a whole number",
                    crate::validate::clip(t)
                )
            })?;
        }
        K::Custom => {
            m.custom_kind = custom;
            m.unit = unit.map(str::to_owned).ok_or_else(|| {
                format!(
                    "'{kind_text}' is not a built-in kind: give its unit (e.g. {kind_text} 5.4 mmol/L)"
                )
            })?;
            m.value = units::parse_milli(value_text()?).map_err(usage)?;
        }
    }
    check_range(m.kind, &m.unit, m.value, system)?;
    m.validate().map_err(|e| e.to_string())?;
    Ok(m)
}

/// A measurement from one line, `KIND VALUE [UNIT]` (`weight 72.4kg`, `bp 120/80`,
/// `sleep 7h30m`, `glucose 5.4 mmol/L`), taken at `at`: the TUI's log prompt.
pub fn parse_line(
    line: &str,
    at: Timestamp,
    system: crate::units::UnitSystem,
) -> Result<HealthMetric, String> {
    let mut words = line.split_whitespace();
    let Some(kind) = words.next() else {
        return Err("type a kind and a value: weight 72.4kg, bp 120/80, sleep 7h30m".into());
    };
    let value = words.next();
    let unit = words.next();
    if let Some(extra) = words.next() {
        return Err(format!(
            "'{}' is one word too many: type KIND VALUE [UNIT]",
            crate::validate::clip(extra)
        ));
    }
    measurement(kind, value, unit, at, system)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::MetricKind;

    fn at(s: &str) -> Timestamp {
        Timestamp::parse(s).unwrap()
    }

    fn weight(g: i64, when: &str) -> HealthMetric {
        HealthMetric::new(MetricKind::Weight, g, at(when))
    }

    #[test]
    fn a_sleep_longer_than_the_calendar_is_an_error() {
        // Found by the fuzz target `units`: the start was computed with a panicking
        // subtraction (the TUI's log prompt and `health log`).
        let now = at("2026-11-30T08:00:00.000Z");
        let e = parse_line(
            "sleep 65555555555 mm0d",
            now,
            crate::units::UnitSystem::Metric,
        )
        .unwrap_err();
        assert!(e.contains("longer than a century"), "{e}");
        assert!(parse_line("sleep 999999999d", now, crate::units::UnitSystem::Metric).is_err());
    }

    #[test]
    fn averages_latest_and_trend_on_a_fixture() {
        // Thirty days of weight falling 100 g a day from 80 kg, one reading each morning.
        let entries: Vec<HealthMetric> = (0..30)
            .map(|d| {
                weight(
                    80_000 - 100 * d,
                    &format!("2026-11-{:02}T07:00:00.000Z", d + 1),
                )
            })
            .collect();
        let refs: Vec<&HealthMetric> = entries.iter().collect();
        let t = trend("weight", "g", &refs, at("2026-11-30T12:00:00.000Z"), 30);
        assert_eq!(t.count, 30);
        assert_eq!(t.latest.unwrap().value, 77_100);
        // Last 7 days: 77,700 … 77,100 → mean 77,400.
        assert_eq!(t.average_7d, Some(77_400));
        // All 30: 80,000 … 77,100 → mean 78,550.
        assert_eq!(t.average_30d, Some(78_550));
        assert_eq!(t.trend_per_week, Some(-700));
        // A window of 7 days sees only those.
        let t7 = trend("weight", "g", &refs, at("2026-11-30T12:00:00.000Z"), 7);
        assert_eq!(t7.count, 7);
        assert_eq!(t7.trend_per_week, Some(-700));
        // Later entries than "now" are not counted.
        let t = trend("weight", "g", &refs, at("2026-11-10T12:00:00.000Z"), 30);
        assert_eq!(t.count, 10);
        assert_eq!(t.latest.unwrap().value, 79_100);
    }

    #[test]
    fn a_log_line_reads_like_the_cli() {
        let now = at("2026-11-30T08:00:00.000Z");
        let m = parse_line("weight 72.4kg", now, crate::units::UnitSystem::Metric).unwrap();
        assert_eq!((m.kind, m.value), (MetricKind::Weight, 72_400));
        let m = parse_line("bp 120/80", now, crate::units::UnitSystem::Metric).unwrap();
        assert_eq!((m.value, m.value2), (120, Some(80)));
        let m = parse_line("sleep 7h30m", now, crate::units::UnitSystem::Metric).unwrap();
        assert_eq!((m.value, m.ended_at), (27_000, Some(now)));
        let m = parse_line("glucose 5.4 mmol/L", now, crate::units::UnitSystem::Metric).unwrap();
        assert_eq!((m.value, m.unit.as_str()), (5_400, "mmol/L"));
        for bad in [
            "",
            "weight",
            "weight heavy",
            "glucose 5.4",
            "steps 1 2 3",
            "mood 9",
        ] {
            let e = parse_line(bad, now, crate::units::UnitSystem::Metric).unwrap_err();
            assert!(!e.contains('\n') && !e.is_empty(), "{bad}: {e}");
        }
    }

    #[test]
    fn blood_pressure_reports_both_values_everywhere() {
        let bp = |s: i64, d: i64, when: &str| {
            let mut m = HealthMetric::new(MetricKind::BloodPressure, s, at(when));
            m.value2 = Some(d);
            m
        };
        let entries = [
            bp(120, 80, "2026-11-28T07:00:00.000Z"),
            bp(130, 90, "2026-11-29T07:00:00.000Z"),
            bp(140, 100, "2026-11-30T07:00:00.000Z"),
        ];
        let refs: Vec<&HealthMetric> = entries.iter().collect();
        let t = trend(
            "blood_pressure",
            "mmHg",
            &refs,
            at("2026-11-30T12:00:00.000Z"),
            30,
        );
        assert_eq!((t.average_7d, t.average_7d_value2), (Some(130), Some(90)));
        assert_eq!((t.average_30d, t.average_30d_value2), (Some(130), Some(90)));
        assert_eq!((t.average, t.average_value2), (Some(130), Some(90)));
        assert_eq!(t.trend_per_week, Some(70));
        assert_eq!(t.trend_per_week_value2, Some(70));
        assert_eq!(t.latest.unwrap().value2, Some(100));
        assert!(t.points.iter().all(|p| p.value2.is_some()));
        let json = serde_json::to_value(&t).unwrap();
        assert_eq!(json["points"][0]["value2"], 80);
        // A one-valued kind has none of them.
        let w = [weight(70_000, "2026-11-30T07:00:00.000Z")];
        let refs: Vec<&HealthMetric> = w.iter().collect();
        let t = trend("weight", "g", &refs, at("2026-11-30T12:00:00.000Z"), 30);
        assert_eq!((t.average_7d_value2, t.trend_per_week_value2), (None, None));
    }

    #[test]
    fn range_messages_speak_the_users_units() {
        use crate::units::UnitSystem::{Imperial, Metric};
        let e = measurement(
            "weight",
            Some("800kg"),
            None,
            at("2026-11-30T08:00:00.000Z"),
            Metric,
        )
        .unwrap_err();
        assert_eq!(e, "800 kg is out of range: a weight is 1 kg to 700 kg");
        let e = measurement(
            "weight",
            Some("2000"),
            None,
            at("2026-11-30T08:00:00.000Z"),
            Imperial,
        )
        .unwrap_err();
        assert!(e.starts_with("2000 lb is out of range"), "{e}");
        assert!(e.contains("1543.2 lb"), "{e}");
        let e = measurement(
            "water",
            Some("30l"),
            None,
            at("2026-11-30T08:00:00.000Z"),
            Metric,
        )
        .unwrap_err();
        assert!(e.starts_with("30000 ml is out of range"), "{e}");
        // A sleep of 24 hours is refused wherever it comes from.
        let e = measurement(
            "sleep",
            Some("24h"),
            None,
            at("2026-11-30T08:00:00.000Z"),
            Metric,
        )
        .unwrap_err();
        assert!(e.contains("less than 24 hours"), "{e}");
        let mut m = HealthMetric::new(MetricKind::Sleep, 86_400, at("2026-11-29T08:00:00.000Z"));
        m.ended_at = Some(at("2026-11-30T08:00:00.000Z"));
        assert!(crate::entity::Entity::validate(&m).is_err());
        // The model's own check (sync, the server) speaks metric, never the raw integer.
        let m = HealthMetric::new(MetricKind::Weight, 800_000, at("2026-11-30T08:00:00.000Z"));
        let e = crate::entity::Entity::validate(&m).unwrap_err().to_string();
        assert!(e.contains("800 kg") && !e.contains("800000"), "{e}");
    }

    #[test]
    fn a_trend_needs_two_instants() {
        let one = weight(70_000, "2026-11-01T07:00:00.000Z");
        assert_eq!(slope_per_week(&[]), None);
        let p = Point {
            at: one.recorded_at,
            value: 1,
            value2: None,
        };
        assert_eq!(slope_per_week(&[p]), None);
        assert_eq!(slope_per_week(&[p, p]), None);
        let flat: Vec<Point> = (0..5)
            .map(|d| Point {
                at: at(&format!("2026-11-0{}T07:00:00.000Z", d + 1)),
                value: 70_000,
                value2: None,
            })
            .collect();
        assert_eq!(slope_per_week(&flat), Some(0));
    }

    #[test]
    fn weekly_totals_cross_the_year_boundary() {
        let w = |kind: &str, when: &str, dur: i64, dist: Option<i64>| Workout {
            kind: kind.into(),
            started_at: at(when),
            duration_s: dur,
            distance_m: dist,
            energy_kcal: None,
            effort: None,
            note: String::new(),
            place_id: None,
        };
        let all = [
            w("run", "2026-12-28T07:00:00.000Z", 2520, Some(8200)),
            w("yoga", "2026-12-31T07:00:00.000Z", 3600, None),
            w("run", "2027-01-03T07:00:00.000Z", 1800, Some(5000)),
            w("ride", "2027-01-04T07:00:00.000Z", 3600, Some(30_000)),
        ];
        let refs: Vec<&Workout> = all.iter().collect();
        let weeks = weekly_totals(&refs, time::UtcOffset::UTC);
        assert_eq!(weeks.len(), 2);
        assert_eq!(weeks[0].week, "2027-W01");
        assert_eq!(weeks[0].count, 1);
        // 28 Dec 2026 to 3 Jan 2027 is ISO week 53 of 2026.
        assert_eq!(weeks[1].week, "2026-W53");
        assert_eq!(weeks[1].count, 3);
        assert_eq!(weeks[1].duration_s, 7920);
        assert_eq!(weeks[1].distance_m, 13_200);
        assert_eq!(weeks[1].by_kind["run"], 2);
    }
}
