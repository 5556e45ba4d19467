//! Habit statistics as pure functions of (schedule, start, check-ins, today).
//!
//! Everything is counted in the user's local dates ([`LocalDate`]), never in elapsed
//! time, so a day of 23 or 25 hours (a DST change) or a trip across time zones cannot
//! break a streak: a check-in belongs to the day the user saw on their calendar.
//!
//! The rules, for every schedule kind:
//! - A *period* is a day (`daily`, weekday lists) or a Monday-to-Sunday week (`N/week`).
//!   A day-period is due on every day (`daily`) or on the listed weekdays; a week-period
//!   is met when its `done` plus `skipped` check-ins reach N.
//! - A `done` check-in whose value is below the habit's numeric target is *partial*: it
//!   counts as not done (its day is missed where due) in streaks, completion, strength
//!   and the TUI's strip alike ([`counted_days`], which every caller uses). A `done`
//!   without a value is done.
//! - A `skipped` check-in excuses its day: it neither counts nor breaks anything (for
//!   `N/week`, it counts towards the week's N, so a week of vacation is met).
//! - The **current streak** is the number of `done` days since the last period that was
//!   due and missed. The period in progress (today, or this week) never breaks it; nor
//!   does a period that began before the habit did. The **longest streak** is the
//!   largest such number ever reached. Streaks count days done, so neither can exceed
//!   the number of days checked.
//! - **Completion over N days** is the share of the last N days (today included only
//!   once it is checked in) that were done, among those due: for day schedules, done
//!   due days / due days not skipped; for `N/week`, done days / (N/7 × days not
//!   skipped), at most 1. Days before the habit began do not count. 0 when nothing was
//!   due yet.
//! - **Strength** is Loop Habit Tracker's score: an exponential moving average that
//!   forgives an occasional miss. Each day, `score = score × m + value × (1 − m)` with
//!   `m = 0.5^(√f / 13)`, `f` the habit's frequency per day. For day schedules, each due
//!   day updates it with 1 (done) or 0 (missed), `f = 1`; skipped days and an unfinished
//!   today leave it unchanged. For `N/week`, every day updates it with
//!   `min(1, (done + skipped in the last 7 days) / N)`, `f = N/7`. From 0 to 1.

use std::collections::BTreeMap;

use serde::Serialize;
use time::{Date, Duration};

use crate::model::{CheckinStatus, Schedule};
use crate::timestamp::LocalDate;

/// A habit's statistics as of a day.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct HabitStats {
    /// `done` days in the current unbroken run.
    pub current_streak: u32,
    /// The largest run ever.
    pub longest_streak: u32,
    /// Completion over the last 7 days, 0 to 1.
    pub completion_7d: f64,
    /// Completion over the last 30 days, 0 to 1.
    pub completion_30d: f64,
    /// Completion over the last 365 days, 0 to 1.
    pub completion_365d: f64,
    /// Habit strength (Loop Habit Tracker's score), 0 to 1.
    pub strength: f64,
    /// `done` check-ins up to today.
    pub total_done: u32,
    /// `skipped` check-ins up to today.
    pub total_skipped: u32,
}

/// Where a habit stands today.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum TodayState {
    /// Checked in as done.
    Done,
    /// Excused.
    Skipped,
    /// Due and not yet done.
    Due,
    /// Not due today (another weekday, or this week's N already reached).
    NotDue,
}

impl TodayState {
    /// The wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Done => "done",
            Self::Skipped => "skipped",
            Self::Due => "due",
            Self::NotDue => "not_due",
        }
    }
}

fn monday_of(d: Date) -> Date {
    d - Duration::days(i64::from(d.weekday().number_days_from_monday()))
}

/// The check-ins as a map of day to status, up to `today`, and the first day counted:
/// the habit's start, or an earlier (back-dated) check-in.
/// The longest history a habit's statistics read, in days before `today` (a century):
/// a far-off `today` (year 9426) costs no more than that.
pub const MAX_HISTORY_DAYS: i64 = 36_525;

fn days(
    start: LocalDate,
    checkins: &[(LocalDate, CheckinStatus)],
    today: LocalDate,
) -> (Date, BTreeMap<Date, CheckinStatus>) {
    let mut map = BTreeMap::new();
    for &(d, s) in checkins {
        if d <= today {
            // Two check-ins on a day (only possible in a damaged store): done wins.
            let e = map.entry(d.date()).or_insert(s);
            if s == CheckinStatus::Done {
                *e = s;
            }
        }
    }
    let first = map
        .keys()
        .next()
        .copied()
        .map_or(start.date(), |d: Date| d.min(start.date()))
        .min(today.date());
    let window = today
        .date()
        .checked_sub(time::Duration::days(MAX_HISTORY_DAYS))
        .unwrap_or(Date::MIN);
    (first.max(window), map)
}

/// Whether a check-in is partial: `done`, with a value below the habit's target.
pub fn is_partial(target: Option<f64>, status: CheckinStatus, value: Option<f64>) -> bool {
    status == CheckinStatus::Done && matches!((target, value), (Some(t), Some(v)) if v < t)
}

/// The check-ins (day, status, value) as the statistics count them: partial ones left
/// out (see the module docs).
pub fn counted_days(
    target: Option<f64>,
    checkins: impl IntoIterator<Item = (LocalDate, CheckinStatus, Option<f64>)>,
) -> Vec<(LocalDate, CheckinStatus)> {
    checkins
        .into_iter()
        .filter(|&(_, s, v)| !is_partial(target, s, v))
        .map(|(d, s, _)| (d, s))
        .collect()
}

/// Today's state of a habit.
pub fn today_state(
    schedule: &Schedule,
    checkins: &[(LocalDate, CheckinStatus)],
    today: LocalDate,
) -> TodayState {
    let (_, map) = days(today, checkins, today);
    match map.get(&today.date()) {
        Some(CheckinStatus::Done) => TodayState::Done,
        Some(CheckinStatus::Skipped) => TodayState::Skipped,
        None => match schedule {
            Schedule::PerWeek(n) => {
                let monday = monday_of(today.date());
                let got = map.range(monday..=today.date()).count();
                if got >= usize::from(*n) {
                    TodayState::NotDue
                } else {
                    TodayState::Due
                }
            }
            s if s.is_due_day(today) => TodayState::Due,
            _ => TodayState::NotDue,
        },
    }
}

/// A habit's statistics; see the module docs for the rules.
pub fn habit_stats(
    schedule: &Schedule,
    start: LocalDate,
    checkins: &[(LocalDate, CheckinStatus)],
    today: LocalDate,
) -> HabitStats {
    let (first, map) = days(start, checkins, today);
    let today = today.date();
    let status = |d: Date| map.get(&d).copied();
    let (current, longest) = streaks(schedule, first, today, &status);
    let completion = |n: i64| completion(schedule, first, today, n, &status);
    HabitStats {
        current_streak: current,
        longest_streak: longest,
        completion_7d: completion(7),
        completion_30d: completion(30),
        completion_365d: completion(365),
        strength: strength(schedule, first, today, &status),
        total_done: count(&map, CheckinStatus::Done),
        total_skipped: count(&map, CheckinStatus::Skipped),
    }
}

fn count(map: &BTreeMap<Date, CheckinStatus>, s: CheckinStatus) -> u32 {
    u32::try_from(map.values().filter(|&&v| v == s).count()).unwrap_or(u32::MAX)
}

fn each_day(first: Date, last: Date) -> impl Iterator<Item = Date> {
    std::iter::successors(Some(first), move |d| d.next_day().filter(|n| *n <= last))
        .take_while(move |d| *d <= last)
}

fn streaks(
    schedule: &Schedule,
    first: Date,
    today: Date,
    status: &dyn Fn(Date) -> Option<CheckinStatus>,
) -> (u32, u32) {
    let (mut run, mut longest) = (0u32, 0u32);
    let mut week_got = 0u8;
    for d in each_day(first, today) {
        let s = status(d);
        if s == Some(CheckinStatus::Done) {
            run += 1;
            longest = longest.max(run);
        }
        match schedule {
            Schedule::PerWeek(n) => {
                if d.weekday() == time::Weekday::Monday {
                    week_got = 0;
                }
                if s.is_some() {
                    week_got += 1;
                }
                // A week ends on Sunday; the week in progress and one that began
                // before the habit did never break the run.
                let ended = d.weekday() == time::Weekday::Sunday && d < today;
                if ended && monday_of(d) >= first && week_got < *n {
                    run = 0;
                }
            }
            _ => {
                let due = schedule.is_due_day(LocalDate::new(d));
                if due && s.is_none() && d < today {
                    run = 0;
                }
            }
        }
    }
    (run, longest)
}

fn completion(
    schedule: &Schedule,
    first: Date,
    today: Date,
    window: i64,
    status: &dyn Fn(Date) -> Option<CheckinStatus>,
) -> f64 {
    let from = (today - Duration::days(window - 1)).max(first);
    if from > today {
        return 0.0;
    }
    let (mut done, mut counted) = (0u32, 0u32);
    for d in each_day(from, today) {
        let s = status(d);
        if s == Some(CheckinStatus::Skipped) || (d == today && s.is_none()) {
            continue;
        }
        match schedule {
            Schedule::PerWeek(_) => counted += 1,
            _ if schedule.is_due_day(LocalDate::new(d)) => counted += 1,
            _ => continue,
        }
        if s == Some(CheckinStatus::Done) {
            done += 1;
        }
    }
    let expected = match schedule {
        Schedule::PerWeek(n) => f64::from(counted) * f64::from(*n) / 7.0,
        _ => f64::from(counted),
    };
    if expected <= 0.0 {
        0.0
    } else {
        (f64::from(done) / expected).min(1.0)
    }
}

fn strength(
    schedule: &Schedule,
    first: Date,
    today: Date,
    status: &dyn Fn(Date) -> Option<CheckinStatus>,
) -> f64 {
    let frequency = match schedule {
        Schedule::PerWeek(n) => f64::from(*n) / 7.0,
        _ => 1.0,
    };
    let m = 0.5f64.powf(frequency.sqrt() / 13.0);
    let mut score = 0.0f64;
    let mut recent: std::collections::VecDeque<bool> = std::collections::VecDeque::new();
    for d in each_day(first, today) {
        let s = status(d);
        let value = match schedule {
            Schedule::PerWeek(n) => {
                recent.push_back(s.is_some());
                if recent.len() > 7 {
                    recent.pop_front();
                }
                let got = recent.iter().filter(|&&x| x).count() as f64;
                Some((got / f64::from(*n)).min(1.0))
            }
            _ => match s {
                Some(CheckinStatus::Skipped) => None,
                Some(CheckinStatus::Done) => Some(1.0),
                None if d == today => None,
                None if schedule.is_due_day(LocalDate::new(d)) => Some(0.0),
                None => None,
            },
        };
        if let Some(v) = value {
            score = score * m + v * (1.0 - m);
        }
    }
    score.clamp(0.0, 1.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use time::macros::{date, offset};
    use time::{OffsetDateTime, UtcOffset};

    use CheckinStatus::{Done, Skipped};

    fn ld(d: Date) -> LocalDate {
        LocalDate::new(d)
    }

    /// Check-ins from a pattern: one char per day from `from`, `x` done, `s` skipped,
    /// `.` nothing.
    fn pattern(from: Date, p: &str) -> Vec<(LocalDate, CheckinStatus)> {
        p.chars()
            .enumerate()
            .filter_map(|(i, c)| {
                let d = ld(from + Duration::days(i as i64));
                match c {
                    'x' => Some((d, Done)),
                    's' => Some((d, Skipped)),
                    _ => None,
                }
            })
            .collect()
    }

    fn sched(s: &str) -> Schedule {
        s.parse().unwrap()
    }

    #[test]
    fn a_far_off_today_reads_a_century_at_most() {
        let start = ld(date!(2026 - 11 - 02));
        let far = ld(date!(9426 - 07 - 12));
        let (first, _) = days(start, &pattern(start.date(), "xxx"), far);
        assert_eq!(first, far.date() - Duration::days(MAX_HISTORY_DAYS));
        let s = habit_stats(&sched("daily"), start, &pattern(start.date(), "xxx"), far);
        assert_eq!(
            (s.current_streak, s.longest_streak, s.total_done),
            (0, 0, 3)
        );
        // A near one is read from the start.
        let near = ld(date!(2026 - 11 - 04));
        assert_eq!(days(start, &[], near).0, start.date());
    }

    /// Table-driven: (schedule, pattern from the start, days after the start that is
    /// today, current, longest). 2026-11-02 is a Monday.
    #[test]
    fn streaks_for_each_schedule_kind() {
        let monday = date!(2026 - 11 - 02);
        let cases: &[(&str, &str, i64, u32, u32)] = &[
            // daily
            ("daily", "xxxxx", 4, 5, 5),
            ("daily", "xxxx.", 4, 4, 4), // today unfinished does not break
            ("daily", "xx.xx", 4, 2, 2),
            ("daily", "xxx.x", 4, 1, 3),
            ("daily", "xxsxx", 4, 4, 4), // a skip bridges, and does not count
            ("daily", "xsssx", 4, 2, 2), // a vacation week
            ("daily", "xx..", 3, 0, 2),
            ("daily", "", 0, 0, 0),
            // weekdays (mon,wed,fri): other days are free
            ("mon,wed,fri", "x.x.x", 4, 3, 3),
            ("mon,wed,fri", "x.x.x..x", 7, 4, 4), // sat, sun free
            ("mon,wed,fri", "x...x", 4, 1, 1),    // wed missed
            ("mon,wed,fri", "x.s.x", 4, 2, 2),    // wed skipped
            ("mon,wed,fri", "xxxxx", 4, 5, 5),    // extra days count
            ("mon,wed,fri", "x.x..", 4, 2, 2),    // fri today, unfinished
            // N/week: a week breaks only when it ended unmet
            ("3/week", "x.x.x..", 6, 3, 3),
            ("3/week", "x.x.x..x.x.x..", 13, 6, 6),
            ("3/week", "x.x....x.x.x..", 13, 3, 3), // week 1 unmet
            ("3/week", "x.x.x..x", 7, 4, 4),        // week 2 in progress
            ("3/week", "x.ss...xxx", 9, 4, 4),      // skips count towards N
            ("1/week", "......x......x", 13, 2, 2),
            ("7/week", "xxxxxx.", 6, 6, 6), // the week is not over yet
            ("7/week", "xxxxxx.x", 7, 1, 6),
        ];
        for &(s, p, today, current, longest) in cases {
            let st = habit_stats(
                &sched(s),
                ld(monday),
                &pattern(monday, p),
                ld(monday + Duration::days(today)),
            );
            assert_eq!(
                (st.current_streak, st.longest_streak),
                (current, longest),
                "{s} {p:?}"
            );
        }
    }

    #[test]
    fn a_week_that_began_before_the_habit_does_not_break_it() {
        let thursday = date!(2026 - 11 - 05);
        // Started on a Thursday: 1 check-in that week, then a met week.
        let st = habit_stats(
            &sched("3/week"),
            ld(thursday),
            &pattern(thursday, "x....x.x.x"),
            ld(thursday + Duration::days(9)),
        );
        assert_eq!(st.current_streak, 4);
    }

    #[test]
    fn completion_rates() {
        let monday = date!(2026 - 11 - 02);
        let st = |s: &str, p: &str, today: i64| {
            habit_stats(
                &sched(s),
                ld(monday),
                &pattern(monday, p),
                ld(monday + Duration::days(today)),
            )
        };
        assert_eq!(st("daily", "xxxxxxx", 6).completion_7d, 1.0);
        assert_eq!(st("daily", "xxx.xx.", 6).completion_7d, 5.0 / 6.0); // today open
        assert_eq!(st("daily", "xxx.xxx", 6).completion_7d, 6.0 / 7.0);
        assert_eq!(st("daily", "xxsxxxx", 6).completion_7d, 1.0); // skip excused
        assert_eq!(st("daily", "x", 0).completion_7d, 1.0); // only since the start
        assert_eq!(st("daily", ".", 0).completion_7d, 0.0); // nothing due yet
        assert_eq!(st("mon,wed,fri", "x.x.x..", 6).completion_7d, 1.0);
        assert_eq!(st("mon,wed,fri", "x.x....", 6).completion_7d, 2.0 / 3.0);
        assert_eq!(st("3/week", "x.x.x..", 6).completion_7d, 1.0);
        // 6 days counted (today open): 2 done of 6 × 3/7 expected.
        assert!((st("3/week", "x.x....", 6).completion_7d - 7.0 / 9.0).abs() < 1e-9);
        let month = st("daily", &"x".repeat(30), 29);
        assert_eq!(month.completion_30d, 1.0);
        assert_eq!(month.total_done, 30);
    }

    #[test]
    fn strength_forgives_an_occasional_miss() {
        let start = date!(2026 - 01 - 01);
        let all = habit_stats(
            &sched("daily"),
            ld(start),
            &pattern(start, &"x".repeat(60)),
            ld(start + Duration::days(59)),
        );
        let one_miss = habit_stats(
            &sched("daily"),
            ld(start),
            &pattern(start, &format!("{}.{}", "x".repeat(50), "x".repeat(9))),
            ld(start + Duration::days(59)),
        );
        assert!(all.strength > 0.9, "{}", all.strength);
        assert!(one_miss.strength < all.strength);
        assert!(one_miss.strength > 0.85, "{}", one_miss.strength);
        assert_eq!(one_miss.current_streak, 9);
        // A skip leaves it where it was.
        let skip = habit_stats(
            &sched("daily"),
            ld(start),
            &pattern(start, &format!("{}s{}", "x".repeat(50), "x".repeat(9))),
            ld(start + Duration::days(59)),
        );
        assert!(skip.strength > one_miss.strength);
        // A perfect 3/week habit is as strong as a perfect daily one, in time.
        let weekly = habit_stats(
            &sched("3/week"),
            ld(date!(2026 - 01 - 05)),
            &pattern(date!(2026 - 01 - 05), &"x.x.x..".repeat(20)),
            ld(date!(2026 - 01 - 05) + Duration::days(139)),
        );
        assert!(weekly.strength > 0.9, "{}", weekly.strength);
    }

    /// The local day of an instant seen at an offset: what the CLI does with "now".
    fn local_day(utc: &str, offset: UtcOffset) -> LocalDate {
        let t = OffsetDateTime::parse(utc, &time::format_description::well_known::Rfc3339).unwrap();
        ld(t.to_offset(offset).date())
    }

    #[test]
    fn dst_changes_do_not_break_streaks() {
        // Berlin, spring forward on 2026-03-29 (a 23-hour day) and fall back on
        // 2026-10-25 (a 25-hour day). Check-ins at 23:30 local time each evening: the
        // instants are 23 or 25 hours apart around the change, yet one per local day.
        for (evenings, today) in [
            (
                [
                    ("2026-03-27T22:30:00Z", offset!(+1)),
                    ("2026-03-28T22:30:00Z", offset!(+1)),
                    ("2026-03-29T21:30:00Z", offset!(+2)), // 23 h later
                    ("2026-03-30T21:30:00Z", offset!(+2)),
                ],
                date!(2026 - 03 - 30),
            ),
            (
                [
                    ("2026-10-23T21:30:00Z", offset!(+2)),
                    ("2026-10-24T21:30:00Z", offset!(+2)),
                    ("2026-10-25T22:30:00Z", offset!(+1)), // 25 h later
                    ("2026-10-26T22:30:00Z", offset!(+1)),
                ],
                date!(2026 - 10 - 26),
            ),
        ] {
            let checkins: Vec<_> = evenings
                .iter()
                .map(|(t, o)| (local_day(t, *o), Done))
                .collect();
            let mut days: Vec<_> = checkins.iter().map(|c| c.0).collect();
            days.dedup();
            assert_eq!(days.len(), 4, "one check-in per local day");
            let st = habit_stats(&sched("daily"), checkins[0].0, &checkins, ld(today));
            assert_eq!((st.current_streak, st.longest_streak), (4, 4));
            assert_eq!(st.completion_7d, 1.0);
        }
        // Early-morning check-ins (00:30 local) right after the change too.
        let a = local_day("2026-03-28T23:30:00Z", offset!(+1)); // 00:30 on the 29th
        let b = local_day("2026-03-29T22:30:00Z", offset!(+2)); // 00:30 on the 30th
        assert_eq!(a.date().next_day(), Some(b.date()));
    }

    #[test]
    fn the_year_boundary_is_just_another_day() {
        // 2026-12-28 is a Monday; the ISO week runs into 2027.
        let start = date!(2026 - 12 - 28);
        let st = habit_stats(
            &sched("daily"),
            ld(start),
            &pattern(start, "xxxxxxxx"),
            ld(date!(2027 - 01 - 04)),
        );
        assert_eq!((st.current_streak, st.longest_streak), (8, 8));
        let st = habit_stats(
            &sched("3/week"),
            ld(start),
            &pattern(start, "x..x.x.x"), // Mon, Thu 31st, Sat 2nd; Mon 4th
            ld(date!(2027 - 01 - 04)),
        );
        assert_eq!(st.current_streak, 4);
        let st = habit_stats(
            &sched("fri"),
            ld(date!(2026 - 12 - 25)),
            &pattern(date!(2026 - 12 - 25), "x......x......x"),
            ld(date!(2027 - 01 - 08)),
        );
        assert_eq!(st.current_streak, 3);
        // A leap year's February 29th is a day like the others.
        let st = habit_stats(
            &sched("daily"),
            ld(date!(2028 - 02 - 27)),
            &pattern(date!(2028 - 02 - 27), "xxxx"),
            ld(date!(2028 - 03 - 01)),
        );
        assert_eq!(st.current_streak, 4);
    }

    #[test]
    fn today_states() {
        let monday = date!(2026 - 11 - 02);
        let wed = ld(monday + Duration::days(2));
        assert_eq!(today_state(&sched("daily"), &[], wed), TodayState::Due);
        assert_eq!(
            today_state(&sched("daily"), &[(wed, Done)], wed),
            TodayState::Done
        );
        assert_eq!(
            today_state(&sched("daily"), &[(wed, Skipped)], wed),
            TodayState::Skipped
        );
        assert_eq!(today_state(&sched("tue,thu"), &[], wed), TodayState::NotDue);
        assert_eq!(
            today_state(&sched("2/week"), &pattern(monday, "xx"), wed),
            TodayState::NotDue
        );
        assert_eq!(
            today_state(&sched("3/week"), &pattern(monday, "xx"), wed),
            TodayState::Due
        );
    }

    fn any_schedule() -> impl Strategy<Value = Schedule> {
        prop_oneof![
            Just(Schedule::Daily),
            (1u8..=7).prop_map(Schedule::PerWeek),
            proptest::collection::btree_set(0u8..7, 1..=7).prop_map(|s| {
                Schedule::Weekdays(
                    s.into_iter()
                        .map(|i| {
                            let mut d = date!(2026 - 11 - 02); // a Monday
                            d += Duration::days(i64::from(i));
                            crate::model::WeekdayKey::of(d.weekday())
                        })
                        .collect(),
                )
            }),
        ]
    }

    fn any_pattern() -> impl Strategy<Value = String> {
        proptest::collection::vec(prop_oneof![Just('x'), Just('s'), Just('.')], 0..120)
            .prop_map(|v| v.into_iter().collect())
    }

    proptest! {
        #[test]
        fn streaks_never_exceed_the_days_checked(
            s in any_schedule(), p in any_pattern(), start_offset in 0i64..2000, extra in 0i64..10,
        ) {
            let start = date!(2024 - 01 - 01) + Duration::days(start_offset);
            let today = start + Duration::days(p.len() as i64 + extra);
            let st = habit_stats(&s, ld(start), &pattern(start, &p), ld(today));
            let done = p.chars().filter(|c| *c == 'x').count() as u32;
            prop_assert!(st.current_streak <= st.longest_streak);
            prop_assert!(st.longest_streak <= done);
            prop_assert_eq!(st.total_done, done);
            for r in [st.completion_7d, st.completion_30d, st.completion_365d, st.strength] {
                prop_assert!((0.0..=1.0).contains(&r), "{}", r);
            }
        }

        #[test]
        fn a_skip_never_shortens_the_current_streak(
            s in any_schedule(), p in any_pattern(), at in 0usize..120,
        ) {
            // The first empty day at or after `at` (wrapping), if there is one.
            let n = p.len();
            let Some(at) = (0..n).map(|i| (at + i) % n.max(1)).find(|&i| p.as_bytes()[i] == b'.') else {
                return Ok(());
            };
            let start = date!(2026 - 01 - 05);
            let today = ld(start + Duration::days(p.len() as i64));
            let before = habit_stats(&s, ld(start), &pattern(start, &p), today);
            let mut q = p.clone().into_bytes();
            q[at] = b's';
            let q = String::from_utf8(q).unwrap();
            let after = habit_stats(&s, ld(start), &pattern(start, &q), today);
            prop_assert!(after.current_streak >= before.current_streak);
            prop_assert!(after.longest_streak >= before.longest_streak);
        }

        #[test]
        fn every_day_done_is_a_perfect_record(len in 1i64..400, start_offset in 0i64..3000) {
            let start = date!(2020 - 01 - 01) + Duration::days(start_offset);
            let p = "x".repeat(len as usize);
            let today = ld(start + Duration::days(len - 1));
            let st = habit_stats(&Schedule::Daily, ld(start), &pattern(start, &p), today);
            prop_assert_eq!(st.current_streak, len as u32);
            prop_assert_eq!(st.longest_streak, len as u32);
            prop_assert_eq!(st.completion_7d, 1.0);
            prop_assert_eq!(st.completion_365d, 1.0);
        }

        #[test]
        fn moving_everything_by_whole_weeks_changes_nothing(
            s in any_schedule(), p in any_pattern(), weeks in -300i64..300,
        ) {
            // Whatever the year, month or DST boundary crossed.
            let start = date!(2026 - 01 - 05);
            let today = start + Duration::days(p.len() as i64);
            let a = habit_stats(&s, ld(start), &pattern(start, &p), ld(today));
            let shift = Duration::weeks(weeks);
            let b = habit_stats(&s, ld(start + shift), &pattern(start + shift, &p), ld(today + shift));
            prop_assert_eq!(a, b);
        }
    }
}

#[cfg(test)]
mod partial_tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn a_checkin_below_the_target_is_partial_not_done() {
        let d = |s: &str| LocalDate::parse(s).unwrap();
        let today = d("2026-11-30");
        let raw = vec![
            (d("2026-11-28"), CheckinStatus::Done, Some(8.0)),
            (d("2026-11-29"), CheckinStatus::Done, Some(3.0)),
            (d("2026-11-30"), CheckinStatus::Done, None),
        ];
        let days = counted_days(Some(8.0), raw.clone());
        assert_eq!(days.len(), 2);
        let st = habit_stats(&Schedule::Daily, d("2026-11-28"), &days, today);
        // The 29th was partial: the streak restarts after it.
        assert_eq!(st.current_streak, 1);
        assert_eq!(st.total_done, 2);
        assert!(st.completion_7d < 1.0);
        // Without a target every check-in is done.
        let all = counted_days(None, raw);
        let st = habit_stats(&Schedule::Daily, d("2026-11-28"), &all, today);
        assert_eq!(st.current_streak, 3);
    }
}
