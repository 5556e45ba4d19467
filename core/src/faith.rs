//! Faith reports as pure functions: reading-plan files, where a plan stands ("behind by N
//! days") and a catch-up that spreads the missed readings over the coming days; practice
//! streaks and totals per kind per week and month.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;
use time::Date;

use crate::model::{Practice, Reading, ReadingPlan};
use crate::timestamp::LocalDate;

/// Why a plan file could not be read: the line and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {message}")]
pub struct PlanFileError {
    /// 1-based.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

/// Reads a plan file: one reading per line, optionally led by its day number
/// (`12, John 3`, `12: John 3`, `12<TAB>John 3` or CSV `12,"John 3"`); a line without a
/// day is due the day after the previous reading's. Blank lines and `#` comments are
/// skipped; a first line `day,reading` (a CSV header) too.
pub fn parse_plan_file(text: &str) -> Result<Vec<Reading>, PlanFileError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut out: Vec<Reading> = Vec::new();
    let mut seen = BTreeSet::new();
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        let bad = |m: String| PlanFileError { line, message: m };
        let l = raw.trim();
        if l.is_empty() || l.starts_with('#') {
            continue;
        }
        if out.is_empty() && l.to_lowercase().replace(' ', "") == "day,reading" {
            continue;
        }
        let digits = l.bytes().take_while(u8::is_ascii_digit).count();
        let rest = &l[digits..];
        let (day, text) = if digits > 0
            && let Some(sep) = rest.chars().next()
            && matches!(sep, ',' | ':' | '\t' | '.' | ')' | ';')
        {
            let day: u32 = l[..digits]
                .parse()
                .map_err(|_| bad("the day number is too large".into()))?;
            (Some(day), rest[sep.len_utf8()..].trim())
        } else {
            (None, l)
        };
        let text = unquote(text);
        if text.is_empty() {
            return Err(bad("the reading is empty".into()));
        }
        let prev = out.last().map_or(0, |r| r.day);
        let day = match day {
            Some(0) => return Err(bad("days start at 1".into())),
            Some(d) if d < prev => {
                return Err(bad(format!(
                    "day {d} comes after day {prev}: readings must be in order of day"
                )));
            }
            Some(d) => d,
            None => prev + 1,
        };
        if !seen.insert(text.to_lowercase()) {
            return Err(bad(format!("'{text}' is in the plan twice")));
        }
        out.push(Reading {
            day,
            text: text.to_owned(),
        });
        if out.len() > crate::model::MAX_READINGS {
            return Err(bad(format!(
                "a plan holds at most {} readings",
                crate::model::MAX_READINGS
            )));
        }
    }
    if out.is_empty() {
        return Err(PlanFileError {
            line: 0,
            message: "the file holds no readings".into(),
        });
    }
    Ok(out)
}

fn unquote(s: &str) -> String {
    let s = s.trim();
    match s.strip_prefix('"').and_then(|r| r.strip_suffix('"')) {
        Some(inner) => inner.replace("\"\"", "\""),
        None => s.to_owned(),
    }
}

/// The plan day of a date (1 = the start); 0 or less before the start.
pub fn plan_day(plan: &ReadingPlan, today: LocalDate) -> i64 {
    (today.date() - plan.start.date()).whole_days() + 1
}

/// Where a plan stands on a date.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PlanStatus {
    /// Today's plan day (0 or less: not started).
    pub day: i64,
    /// Readings in the plan.
    pub total: usize,
    /// Readings read.
    pub done: usize,
    /// Percent read, whole.
    pub percent: u32,
    /// Readings due by today and not read.
    pub missed: Vec<Reading>,
    /// Distinct plan days before today with a reading not read.
    pub behind_days: u32,
    /// Today's readings not yet read.
    pub today: Vec<Reading>,
    /// The next reading not read, whenever due.
    pub next: Option<Reading>,
    /// Every reading read.
    pub finished: bool,
}

/// The status of `plan` given the texts of readings read (case-insensitive).
pub fn plan_status(plan: &ReadingPlan, read: &BTreeSet<String>, today: LocalDate) -> PlanStatus {
    let day = plan_day(plan, today);
    let is_read = |r: &Reading| read.contains(&r.text.to_lowercase());
    let done = plan.readings.iter().filter(|r| is_read(r)).count();
    let missed: Vec<Reading> = plan
        .readings
        .iter()
        .filter(|r| i64::from(r.day) < day && !is_read(r))
        .cloned()
        .collect();
    let behind_days = missed.iter().map(|r| r.day).collect::<BTreeSet<_>>().len() as u32;
    let total = plan.readings.len();
    PlanStatus {
        day,
        total,
        done,
        percent: (done * 100 / total.max(1)) as u32,
        behind_days,
        today: plan
            .readings
            .iter()
            .filter(|r| i64::from(r.day) == day && !is_read(r))
            .cloned()
            .collect(),
        next: plan.readings.iter().find(|r| !is_read(r)).cloned(),
        finished: done == total,
        missed,
    }
}

/// One day of a catch-up schedule.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CatchUpDay {
    /// The date.
    pub date: LocalDate,
    /// What to read that day: a share of the missed readings, then the day's own.
    pub readings: Vec<String>,
}

/// Spreads the missed readings over the next `days` days (from `today`), in order, as
/// evenly as possible (earlier days take the remainder), on top of each day's own
/// readings.
pub fn catch_up(
    plan: &ReadingPlan,
    read: &BTreeSet<String>,
    today: LocalDate,
    days: u32,
) -> Vec<CatchUpDay> {
    let status = plan_status(plan, read, today);
    let days = days.max(1) as usize;
    let m = status.missed.len();
    let mut missed = status.missed.iter();
    let mut out = Vec::with_capacity(days);
    for i in 0..days {
        let share = m / days + usize::from(i < m % days);
        let Some(date) = today.date().checked_add(time::Duration::days(i as i64)) else {
            break;
        };
        let mut readings: Vec<String> = missed
            .by_ref()
            .take(share)
            .map(|r| r.text.clone())
            .collect();
        let d = status.day + i as i64;
        readings.extend(
            plan.readings
                .iter()
                .filter(|r| i64::from(r.day) == d && !read.contains(&r.text.to_lowercase()))
                .map(|r| r.text.clone()),
        );
        out.push(CatchUpDay {
            date: LocalDate::new(date),
            readings,
        });
    }
    out
}

/// Practice figures.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PracticeStats {
    /// Consecutive days with any practice, ending today (or yesterday, if none yet today).
    pub current_streak: u32,
    /// The longest run of such days.
    pub longest_streak: u32,
    /// Per kind: its own current and longest streak and all-time count and minutes.
    pub kinds: BTreeMap<String, KindStats>,
    /// Per ISO week (`2026-W49`), newest first: count and minutes per kind.
    pub weeks: Vec<Period>,
    /// Per month (`2026-12`), newest first.
    pub months: Vec<Period>,
}

/// One kind's figures.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct KindStats {
    /// Current streak of days.
    pub current_streak: u32,
    /// Longest streak of days.
    pub longest_streak: u32,
    /// How many.
    pub count: usize,
    /// Minutes in all (of the entries with a duration).
    pub minutes: i64,
}

/// A week's or month's totals.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Period {
    /// `2026-W49` or `2026-12`.
    pub period: String,
    /// Per kind: count and minutes.
    pub kinds: BTreeMap<String, Tally>,
}

/// A count and minutes.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Tally {
    /// How many.
    pub count: usize,
    /// Minutes.
    pub minutes: i64,
}

/// Current and longest runs of consecutive dates in `days`, as of `today`.
pub fn streaks(days: &BTreeSet<Date>, today: Date) -> (u32, u32) {
    let mut longest = 0u32;
    let mut run = 0u32;
    let mut prev: Option<Date> = None;
    for &d in days {
        if d > today {
            break;
        }
        run = match prev {
            Some(p) if p.next_day() == Some(d) => run + 1,
            _ => 1,
        };
        longest = longest.max(run);
        prev = Some(d);
    }
    let current = match prev {
        Some(p) if p == today || p.next_day() == Some(today) => run,
        _ => 0,
    };
    (current, longest)
}

/// Practice statistics, with each practice's local date from `offset`.
pub fn practice_stats(
    practices: &[&Practice],
    today: LocalDate,
    offset: time::UtcOffset,
) -> PracticeStats {
    let local = |p: &Practice| p.occurred_at.datetime().to_offset(offset).date();
    let mut all_days = BTreeSet::new();
    let mut kind_days: BTreeMap<String, BTreeSet<Date>> = BTreeMap::new();
    let mut kinds: BTreeMap<String, KindStats> = BTreeMap::new();
    let mut weeks: BTreeMap<(i32, u8), BTreeMap<String, Tally>> = BTreeMap::new();
    let mut months: BTreeMap<(i32, u8), BTreeMap<String, Tally>> = BTreeMap::new();
    for p in practices {
        let d = local(p);
        all_days.insert(d);
        kind_days.entry(p.kind.clone()).or_default().insert(d);
        let minutes = p.duration_s.unwrap_or(0) / 60;
        let k = kinds.entry(p.kind.clone()).or_default();
        k.count += 1;
        k.minutes += minutes;
        let (y, w, _) = d.to_iso_week_date();
        let t = weeks
            .entry((y, w))
            .or_default()
            .entry(p.kind.clone())
            .or_default();
        t.count += 1;
        t.minutes += minutes;
        let t = months
            .entry((d.year(), u8::from(d.month())))
            .or_default()
            .entry(p.kind.clone())
            .or_default();
        t.count += 1;
        t.minutes += minutes;
    }
    for (kind, days) in &kind_days {
        let (c, l) = streaks(days, today.date());
        if let Some(k) = kinds.get_mut(kind) {
            k.current_streak = c;
            k.longest_streak = l;
        }
    }
    let (current_streak, longest_streak) = streaks(&all_days, today.date());
    PracticeStats {
        current_streak,
        longest_streak,
        kinds,
        weeks: weeks
            .into_iter()
            .rev()
            .map(|((y, w), kinds)| Period {
                period: format!("{y}-W{w:02}"),
                kinds,
            })
            .collect(),
        months: months
            .into_iter()
            .rev()
            .map(|((y, m), kinds)| Period {
                period: format!("{y}-{m:02}"),
                kinds,
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timestamp::Timestamp;

    fn date(s: &str) -> LocalDate {
        LocalDate::parse(s).unwrap()
    }

    fn plan(start: &str, n: u32) -> ReadingPlan {
        ReadingPlan {
            name: "Gospels".into(),
            start: date(start),
            readings: (1..=n)
                .map(|d| Reading {
                    day: d,
                    text: format!("Reading {d}"),
                })
                .collect(),
            archived: false,
        }
    }

    fn read(texts: &[&str]) -> BTreeSet<String> {
        texts.iter().map(|t| t.to_lowercase()).collect()
    }

    #[test]
    fn plan_files_with_and_without_days() {
        let r = parse_plan_file(
            "\u{feff}day,reading\n# Gospels\n1, Matthew 1-2\n\nMatthew 3\n3: Matthew 4\n5\tMatthew 5\n5,\"Matthew 6, 7\"\nMatthew 8\n",
        )
        .unwrap();
        let got: Vec<(u32, &str)> = r.iter().map(|r| (r.day, r.text.as_str())).collect();
        assert_eq!(
            got,
            [
                (1, "Matthew 1-2"),
                (2, "Matthew 3"),
                (3, "Matthew 4"),
                (5, "Matthew 5"),
                (5, "Matthew 6, 7"),
                (6, "Matthew 8")
            ]
        );
        // "1 John 3" is a book, not day 1.
        assert_eq!(parse_plan_file("1 John 3").unwrap()[0].text, "1 John 3");
        for (bad, line) in [
            ("3, A\n2, B", 2),
            ("0, A", 1),
            ("1, A\n1, a", 2),
            ("1, \"\"", 1),
            ("# only a comment", 0),
            ("", 0),
            ("99999999999, A", 1),
        ] {
            assert_eq!(parse_plan_file(bad).unwrap_err().line, line, "{bad:?}");
        }
    }

    #[test]
    fn behind_and_catch_up_with_missed_days() {
        let p = plan("2026-12-01", 90);
        // Day 6; read days 1, 2 and 4: days 3 and 5 are missed.
        let r = read(&["Reading 1", "Reading 2", "Reading 4"]);
        let s = plan_status(&p, &r, date("2026-12-06"));
        assert_eq!(s.day, 6);
        assert_eq!(s.done, 3);
        assert_eq!(s.behind_days, 2);
        assert_eq!(s.today[0].text, "Reading 6");
        assert_eq!(s.next.as_ref().unwrap().text, "Reading 3");
        assert_eq!(s.percent, 3);
        let c = catch_up(&p, &r, date("2026-12-06"), 3);
        assert_eq!(c[0].readings, ["Reading 3", "Reading 6"]);
        assert_eq!(c[1].readings, ["Reading 5", "Reading 7"]);
        assert_eq!(c[2].readings, ["Reading 8"]);
        assert_eq!(c[2].date, date("2026-12-08"));
        // Five missed over two days: three, then two.
        let c = catch_up(&p, &read(&[]), date("2026-12-06"), 2);
        assert_eq!(c[0].readings.len(), 3 + 1);
        assert_eq!(c[1].readings.len(), 2 + 1);
    }

    #[test]
    fn across_the_year_boundary_and_before_the_start() {
        let p = plan("2026-12-30", 5);
        let s = plan_status(&p, &read(&[]), date("2027-01-02"));
        assert_eq!(s.day, 4);
        assert_eq!(s.behind_days, 3);
        let s = plan_status(&p, &read(&[]), date("2026-12-01"));
        assert!(s.day <= 0);
        assert_eq!(s.behind_days, 0);
        assert!(s.today.is_empty());
        let c = catch_up(&p, &read(&[]), date("2026-12-31"), 2);
        assert_eq!(c[1].date, date("2027-01-01"));
    }

    #[test]
    fn editing_a_plan_keeps_what_was_read() {
        let mut p = plan("2026-12-01", 10);
        let r = read(&["Reading 1", "Reading 2", "Reading 3"]);
        // Insert a reading on day 2 and move the start a day later.
        p.readings.insert(
            2,
            Reading {
                day: 2,
                text: "Psalm 23".into(),
            },
        );
        p.start = date("2026-12-02");
        let s = plan_status(&p, &r, date("2026-12-05"));
        assert_eq!(s.done, 3);
        assert_eq!(s.day, 4);
        assert_eq!(s.missed.len(), 1);
        assert_eq!(s.missed[0].text, "Psalm 23");
        assert_eq!(s.behind_days, 1);
    }

    #[test]
    fn practice_streaks_and_totals() {
        let p = |kind: &str, at: &str, mins: i64| Practice {
            kind: kind.into(),
            occurred_at: Timestamp::parse(at).unwrap(),
            duration_s: Some(mins * 60),
            reference: String::new(),
            note: String::new(),
        };
        let all = [
            p("prayer", "2026-12-28T07:00:00.000Z", 15),
            p("prayer", "2026-12-29T07:00:00.000Z", 10),
            p("meditation", "2026-12-30T07:00:00.000Z", 20),
            p("prayer", "2026-12-31T23:30:00.000Z", 5),
            p("prayer", "2027-01-01T07:00:00.000Z", 15),
        ];
        let refs: Vec<&Practice> = all.iter().collect();
        let s = practice_stats(&refs, date("2027-01-01"), time::UtcOffset::UTC);
        assert_eq!((s.current_streak, s.longest_streak), (5, 5));
        assert_eq!(s.kinds["prayer"].current_streak, 2);
        assert_eq!(s.kinds["prayer"].longest_streak, 2);
        assert_eq!(s.kinds["prayer"].minutes, 45);
        assert_eq!(s.months[0].period, "2027-01");
        assert_eq!(s.months[1].kinds["prayer"].count, 3);
        assert_eq!(s.weeks.len(), 1, "28 Dec 2026 - 3 Jan 2027 is one ISO week");
        // In UTC+1 the 23:30 prayer is on 1 January: the streak has a hole on the 31st.
        let plus1 = time::UtcOffset::from_hms(1, 0, 0).unwrap();
        let s = practice_stats(&refs, date("2027-01-01"), plus1);
        assert_eq!(s.current_streak, 1);
        assert_eq!(s.longest_streak, 3);
        // Yesterday still counts as current; two days ago does not.
        let s = practice_stats(&refs, date("2027-01-02"), time::UtcOffset::UTC);
        assert_eq!(s.current_streak, 5);
        let s = practice_stats(&refs, date("2027-01-03"), time::UtcOffset::UTC);
        assert_eq!(s.current_streak, 0);
    }

    proptest::proptest! {
        /// A streak never exceeds the number of days practised, and the current streak
        /// never exceeds the longest.
        #[test]
        fn streak_bounds(days in proptest::collection::btree_set(0i64..400, 0..60), today in 0i64..420) {
            let base = time::macros::date!(2026 - 01 - 01);
            let set: BTreeSet<Date> = days.iter().map(|&d| base + time::Duration::days(d)).collect();
            let (c, l) = streaks(&set, base + time::Duration::days(today));
            let upto = days.iter().filter(|&&d| d <= today).count() as u32;
            proptest::prop_assert!(l <= upto);
            proptest::prop_assert!(c <= l);
        }
    }
}
