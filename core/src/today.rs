//! The day at a glance: what the Today screen of a client shows, as data. A pure reading
//! of rows for a local date and UTC offset (the device's), with no formatting beyond
//! money in its currency: open tasks due by the end of the day (overdue first), the
//! habits and where each stands today, the running fast, the health entries of the day,
//! each active reading plan's readings for the day (with what is missed), this month's
//! spending per currency and the birthdays coming up.
//!
//! [`summarize`] is the computation, over [`DayRows`]; [`today`] reads a SQLite store
//! for it (the mobile bridge), the server reads Postgres with the same
//! [`DayRows::filters`] so neither loads every task. The TUI draws its own richer
//! sections from the same rules (`stats::today_state`, `faith::plan_status`,
//! `finance::spending`, `people::upcoming_birthdays`).

use std::collections::{BTreeMap, BTreeSet, HashMap};

use time::{Duration, UtcOffset};

use crate::entity::Entity;
use crate::faith::PlanStatus;
use crate::finance::{self, ReportError};
use crate::id::Id;
use crate::kernel::Row;
use crate::model::{
    Account, CheckinStatus, Due, Fast, Habit, HabitCheckin, HealthMetric, Month, Person, Reading,
    ReadingDone, ReadingPlan, Task, Transaction,
};
use crate::money::Currency;
use crate::people::{self, UpcomingBirthday};
use crate::query::Filter;
use crate::stats::{self, TodayState};
use crate::timestamp::{LocalDate, Timestamp};

/// What a day looks like.
#[derive(Clone, Debug, PartialEq)]
pub struct Today {
    /// The local date this is for.
    pub date: LocalDate,
    /// Open tasks due on or before the date, earliest due first.
    pub tasks_due: Vec<Row<Task>>,
    /// Habits (not archived) still due on the date: not checked in or skipped, and for
    /// `N/week` not yet done N times this week.
    pub habits_due: Vec<Row<Habit>>,
    /// Every habit not archived with where it stands on the date, by name.
    pub habits: Vec<(Row<Habit>, TodayState)>,
    /// The fast running now, if any.
    pub running_fast: Option<Row<Fast>>,
    /// Health entries recorded on the date, newest first.
    pub health_today: Vec<Row<HealthMetric>>,
    /// For each active reading plan with readings for the date not yet read: the plan and
    /// those readings.
    pub readings_today: Vec<(Row<ReadingPlan>, Vec<Reading>)>,
    /// Every active reading plan not finished, with where it stands on the date (today's
    /// readings, the missed ones), by name.
    pub plans: Vec<(Row<ReadingPlan>, PlanStatus)>,
    /// Spent in the date's month (transactions that are not transfers or income), per
    /// currency: the currency, minor units, and the amount as text (`12.50`).
    pub spent_this_month: Vec<(Currency, i64, String)>,
    /// Birthdays within [`people::BIRTHDAY_DAYS`] days of the date, soonest first.
    pub birthdays: Vec<UpcomingBirthday>,
}

/// The rows a day's summary reads. Each list may hold more than the day needs (the
/// summary picks what counts); [`DayRows::filters`] says what a reader may leave out.
#[derive(Clone, Debug, Default)]
pub struct DayRows {
    /// Tasks: at least the open ones due by the day.
    pub tasks: Vec<Row<Task>>,
    /// Habits.
    pub habits: Vec<Row<Habit>>,
    /// Check-ins: at least those of the day's week.
    pub checkins: Vec<Row<HabitCheckin>>,
    /// Fasts: at least the running ones.
    pub fasts: Vec<Row<Fast>>,
    /// Health entries: at least the day's.
    pub health: Vec<Row<HealthMetric>>,
    /// Reading plans.
    pub plans: Vec<Row<ReadingPlan>>,
    /// Readings read.
    pub readings_done: Vec<Row<ReadingDone>>,
    /// Accounts, tombstones included (a transaction of a deleted account is not counted).
    pub accounts: Vec<Row<Account>>,
    /// Transactions: at least the month's.
    pub transactions: Vec<Row<Transaction>>,
    /// People.
    pub people: Vec<Row<Person>>,
}

/// The list filters a reader may apply per kind and still give [`summarize`] every row
/// it needs for `date` (any offset up to ±14 hours, plus a day's margin).
#[derive(Clone, Debug, PartialEq)]
pub struct DayFilters {
    /// Open tasks due before the day after tomorrow.
    pub tasks: Vec<Filter>,
    /// Check-ins from a week before the date to the date.
    pub checkins: Vec<Filter>,
    /// Health entries recorded from the day before to the day after.
    pub health: Vec<Filter>,
    /// Transactions booked in the date's month.
    pub transactions: Vec<Filter>,
}

impl DayRows {
    /// See [`DayFilters`].
    pub fn filters(date: LocalDate) -> DayFilters {
        let day = date.date();
        let shift = |n: i64| {
            day.checked_add(Duration::days(n))
                .map_or(date, LocalDate::new)
                .to_string()
        };
        let month = Month::of(date);
        let next_month = month
            .first_day()
            .date()
            .checked_add(Duration::days(31))
            .map(|d| Month::of(LocalDate::new(d)).first_day().to_string());
        let mut transactions = vec![Filter::AtLeast(
            "booking_date",
            month.first_day().to_string(),
        )];
        if let Some(next) = next_month {
            transactions.push(Filter::Before("booking_date", next));
        }
        DayFilters {
            tasks: vec![
                Filter::In("status", vec!["todo".into(), "doing".into()]),
                Filter::Before("due", shift(2)),
            ],
            checkins: vec![
                Filter::AtLeast("date", shift(-7)),
                Filter::AtMost("date", date.to_string()),
            ],
            health: vec![
                Filter::AtLeast("recorded_at", shift(-1)),
                Filter::Before("recorded_at", shift(2)),
            ],
            transactions,
        }
    }
}

fn local(t: Timestamp, offset: UtcOffset) -> time::Date {
    t.datetime().to_offset(offset).date()
}

fn live<E: Entity>(rows: &[Row<E>]) -> impl Iterator<Item = &Row<E>> {
    rows.iter().filter(|r| !r.kernel.is_deleted())
}

/// The summary of `date` for a device at `offset` from UTC, from `rows`.
pub fn summarize(rows: &DayRows, date: LocalDate, offset: UtcOffset) -> Result<Today, ReportError> {
    let day = date.date();
    let mut tasks_due: Vec<Row<Task>> = live(&rows.tasks)
        .filter(|t| t.fields.status.is_open())
        .filter(|t| match t.fields.due {
            Some(Due::Date(d)) => d.date() <= day,
            Some(Due::At(at)) => local(at, offset) <= day,
            None => false,
        })
        .cloned()
        .collect();
    tasks_due.sort_by_key(|t| t.fields.due.map(|d| d.sort_key()));

    let mut checkins: HashMap<Id, Vec<(LocalDate, CheckinStatus)>> = HashMap::new();
    for c in live(&rows.checkins) {
        checkins
            .entry(c.fields.habit_id)
            .or_default()
            .push((c.fields.date, c.fields.status));
    }
    let none = Vec::new();
    let mut habits: Vec<(Row<Habit>, TodayState)> = live(&rows.habits)
        .filter(|h| !h.fields.archived)
        .map(|h| {
            let done = checkins.get(&h.kernel.id).unwrap_or(&none);
            (
                h.clone(),
                stats::today_state(&h.fields.schedule, done, date),
            )
        })
        .collect();
    let habits_due = habits
        .iter()
        .filter(|(_, s)| *s == TodayState::Due)
        .map(|(h, _)| h.clone())
        .collect();
    habits.sort_by(|a, b| a.0.fields.name.cmp(&b.0.fields.name));

    let running_fast = live(&rows.fasts)
        .filter(|f| f.fields.is_running())
        .max_by_key(|f| f.fields.started_at)
        .cloned();

    let mut health_today: Vec<Row<HealthMetric>> = live(&rows.health)
        .filter(|m| local(m.fields.recorded_at, offset) == day)
        .cloned()
        .collect();
    health_today.sort_by_key(|m| std::cmp::Reverse(m.fields.recorded_at));

    let mut read: HashMap<Id, BTreeSet<String>> = HashMap::new();
    for r in live(&rows.readings_done) {
        read.entry(r.fields.plan_id)
            .or_default()
            .insert(r.fields.reading.to_lowercase());
    }
    let empty = BTreeSet::new();
    let mut plans: Vec<(Row<ReadingPlan>, PlanStatus)> = live(&rows.plans)
        .filter(|p| !p.fields.archived)
        .map(|p| {
            let done = read.get(&p.kernel.id).unwrap_or(&empty);
            (p.clone(), crate::faith::plan_status(&p.fields, done, date))
        })
        .collect();
    let readings_today = plans
        .iter()
        .filter(|(_, s)| !s.today.is_empty())
        .map(|(p, s)| (p.clone(), s.today.clone()))
        .collect();
    plans.retain(|(_, s)| !s.finished);
    plans.sort_by(|a, b| a.0.fields.name.cmp(&b.0.fields.name));

    let spent_this_month = spending(&rows.accounts, &rows.transactions, Month::of(date))?;
    Ok(Today {
        date,
        tasks_due,
        habits_due,
        habits,
        running_fast,
        health_today,
        readings_today,
        plans,
        spent_this_month,
        birthdays: people::upcoming_birthdays(live(&rows.people), day, people::BIRTHDAY_DAYS),
    })
}

fn spending(
    accounts: &[Row<Account>],
    txs: &[Row<Transaction>],
    month: Month,
) -> Result<Vec<(Currency, i64, String)>, ReportError> {
    let txs: Vec<Row<Transaction>> = live(txs).cloned().collect();
    let lines = finance::spending(accounts, &txs, month)?;
    let mut per: BTreeMap<Currency, i64> = BTreeMap::new();
    for l in lines {
        let s = per.entry(l.currency_code).or_insert(0);
        *s = crate::money::add(*s, l.own_minor)?;
    }
    Ok(per
        .into_iter()
        .map(|(c, minor)| (c, minor, c.format(minor)))
        .collect())
}

/// The summary of `date` for a device at `offset` from UTC, read from the store.
#[cfg(feature = "store")]
pub fn today(
    store: &crate::store::Store,
    date: LocalDate,
    offset: UtcOffset,
) -> Result<Today, crate::store::StoreError> {
    use crate::query::ListQuery;
    let f = DayRows::filters(date);
    let by = |filters: Vec<Filter>| ListQuery {
        filters,
        ..ListQuery::default()
    };
    let all = ListQuery::default();
    let rows = DayRows {
        tasks: store.list::<Task>(&by(f.tasks))?,
        habits: store.list::<Habit>(&all)?,
        checkins: store.list::<HabitCheckin>(&by(f.checkins))?,
        fasts: store.list::<Fast>(&all)?,
        health: store.list::<HealthMetric>(&by(f.health))?,
        plans: store.list::<ReadingPlan>(&all)?,
        readings_done: store.list::<ReadingDone>(&all)?,
        accounts: store.list::<Account>(&ListQuery {
            include_deleted: true,
            ..ListQuery::default()
        })?,
        transactions: store.list::<Transaction>(&by(f.transactions))?,
        people: store.list::<Person>(&all)?,
    };
    summarize(&rows, date, offset).map_err(|e| {
        crate::store::StoreError::Invalid(crate::validate::ValidationError::new(
            "transactions",
            e.to_string(),
        ))
    })
}

#[cfg(all(test, feature = "store"))]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;
    use crate::key::DbKey;
    use crate::model::{MetricKind, Schedule};
    use crate::query::ListQuery;
    use crate::store::Store;
    use serde_json::json;
    use time::macros::offset;

    fn d(s: &str) -> LocalDate {
        LocalDate::parse(s).unwrap()
    }

    fn ts(s: &str) -> Timestamp {
        Timestamp::parse(s).unwrap()
    }

    fn task(title: &str, due: Option<&str>) -> Task {
        let mut t = Task::new(title);
        t.due = due.map(|d| d.parse().unwrap());
        t
    }

    fn of<E: serde::de::DeserializeOwned>(v: serde_json::Value) -> E {
        serde_json::from_value(v).unwrap()
    }

    #[test]
    fn the_store_and_the_rows_give_the_same_day() {
        let dir = tempfile::tempdir().unwrap();
        let key = DbKey::from_hex(&"01".repeat(32)).unwrap();
        let mut s = Store::open(&dir.path().join("p/lifeos.db"), &key).unwrap();
        let date = d("2026-11-30");
        let off = offset!(-05:00);
        // Tasks: overdue, today, an instant that is today here (tomorrow in UTC), tomorrow,
        // done, undated.
        s.create(task("today", Some("2026-11-30"))).unwrap();
        s.create(task("overdue", Some("2026-11-01"))).unwrap();
        s.create(task("tonight", Some("2026-12-01T03:00:00.000Z")))
            .unwrap();
        s.create(task("tomorrow", Some("2026-12-01"))).unwrap();
        s.create(task("later tonight utc", Some("2026-12-01T06:00:00.000Z")))
            .unwrap();
        let mut done = task("done", Some("2026-11-29"));
        done.set_status(crate::model::TaskStatus::Done, Timestamp::now());
        s.create(done).unwrap();
        s.create(task("undated", None)).unwrap();
        let read = s.create(Habit::new("Read", Schedule::Daily)).unwrap();
        s.create(Habit::new("Walk", Schedule::Daily)).unwrap();
        s.upsert(HabitCheckin::done(read.kernel.id, date)).unwrap();
        s.create(Fast::start(ts("2026-11-30T02:00:00.000Z"), Some(960)))
            .unwrap();
        s.create(HealthMetric::new(
            MetricKind::Steps,
            9000,
            ts("2026-11-30T12:00:00.000Z"),
        ))
        .unwrap();
        // 02:00 UTC on the 30th is the 29th at UTC−5.
        s.create(HealthMetric::new(
            MetricKind::Steps,
            100,
            ts("2026-11-30T02:00:00.000Z"),
        ))
        .unwrap();
        s.create::<ReadingPlan>(of(json!({"name": "John", "start": "2026-11-29",
            "readings": [{"day": 1, "text": "John 1"}, {"day": 2, "text": "John 2"}]})))
            .unwrap();
        let acct = s
            .create::<Account>(of(
                json!({"name": "Wallet", "currency_code": "EUR", "opening_date": "2026-01-01"}),
            ))
            .unwrap();
        for (date, minor) in [
            ("2026-11-02", -1250),
            ("2026-11-30", -250),
            ("2026-10-31", -9999),
        ] {
            s.create(Transaction::new(
                acct.kernel.id,
                d(date),
                minor,
                acct.fields.currency_code,
            ))
            .unwrap();
        }
        let mut p = Person::new("Ada");
        p.birthday = Some("1815-12-10".parse().unwrap());
        s.create(p).unwrap();

        let t = today(&s, date, off).unwrap();
        let titles: Vec<_> = t
            .tasks_due
            .iter()
            .map(|r| r.fields.title.as_str())
            .collect();
        assert_eq!(titles, ["overdue", "today", "tonight"]);
        let names: Vec<_> = t
            .habits_due
            .iter()
            .map(|r| r.fields.name.as_str())
            .collect();
        assert_eq!(names, ["Walk"]);
        let states: Vec<_> = t
            .habits
            .iter()
            .map(|(h, s)| (h.fields.name.as_str(), *s))
            .collect();
        assert_eq!(
            states,
            [("Read", TodayState::Done), ("Walk", TodayState::Due)]
        );
        assert_eq!(
            t.running_fast.as_ref().unwrap().fields.target_minutes,
            Some(960)
        );
        assert_eq!(t.health_today.len(), 1);
        assert_eq!(t.health_today[0].fields.value, 9000);
        assert_eq!(t.readings_today.len(), 1);
        assert_eq!(t.readings_today[0].1[0].text, "John 2");
        assert_eq!(t.plans[0].1.missed[0].text, "John 1");
        assert_eq!(
            t.spent_this_month,
            [(acct.fields.currency_code, 1500, "15.00".to_owned())]
        );
        assert_eq!(t.birthdays.len(), 1);
        assert_eq!((t.birthdays[0].days, t.birthdays[0].turns), (10, Some(211)));

        // The pure function over every row, unfiltered, says the same.
        let all = ListQuery::default();
        let rows = DayRows {
            tasks: s.list::<Task>(&all).unwrap(),
            habits: s.list::<Habit>(&all).unwrap(),
            checkins: s.list::<HabitCheckin>(&all).unwrap(),
            fasts: s.list::<Fast>(&all).unwrap(),
            health: s.list::<HealthMetric>(&all).unwrap(),
            plans: s.list::<ReadingPlan>(&all).unwrap(),
            readings_done: Vec::new(),
            accounts: s.list::<Account>(&all).unwrap(),
            transactions: s.list::<Transaction>(&all).unwrap(),
            people: s.list::<Person>(&all).unwrap(),
        };
        assert_eq!(summarize(&rows, date, off).unwrap(), t);
    }
}
