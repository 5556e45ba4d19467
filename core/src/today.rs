//! The day at a glance: what the Today screen of a client shows, as data. A pure reading
//! of the store for a local date and UTC offset (the device's), with no formatting
//! beyond money in its currency: open tasks due by the end of the day (overdue first), the
//! habits still to check, the running fast, the health entries of the day, each active
//! reading plan's readings for the day, and this month's spending per currency. The
//! mobile bridge serves it as is; the TUI draws its own richer sections from the same
//! rules (`stats::today_state`, `faith::plan_status`, `finance::spending`).

use std::collections::{BTreeMap, BTreeSet, HashMap};

use time::UtcOffset;

use crate::finance::{self, ReportError};
use crate::id::Id;
use crate::kernel::Row;
use crate::model::{
    Account, CheckinStatus, Due, Fast, Habit, HabitCheckin, HealthMetric, Month, Reading,
    ReadingDone, ReadingPlan, Task, Transaction,
};
use crate::money::Currency;
use crate::query::{Filter, ListQuery};
use crate::stats::{self, TodayState};
use crate::store::{Store, StoreError};
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
    /// The fast running now, if any.
    pub running_fast: Option<Row<Fast>>,
    /// Health entries recorded on the date, newest first.
    pub health_today: Vec<Row<HealthMetric>>,
    /// For each active reading plan with readings for the date not yet read: the plan and
    /// those readings.
    pub readings_today: Vec<(Row<ReadingPlan>, Vec<Reading>)>,
    /// Spent in the date's month (transactions that are not transfers or income), per
    /// currency: the currency, minor units, and the amount as text (`12.50`).
    pub spent_this_month: Vec<(Currency, i64, String)>,
}

fn local(t: Timestamp, offset: UtcOffset) -> time::Date {
    t.datetime().to_offset(offset).date()
}

fn all<E: crate::entity::Entity>(store: &Store) -> Result<Vec<Row<E>>, StoreError> {
    store.list::<E>(&ListQuery::default())
}

/// The summary of `date` for a device at `offset` from UTC.
pub fn today(store: &Store, date: LocalDate, offset: UtcOffset) -> Result<Today, StoreError> {
    let day = date.date();
    let open = ListQuery {
        filters: vec![Filter::In("status", vec!["todo".into(), "doing".into()])],
        ..ListQuery::default()
    };
    let mut tasks_due: Vec<Row<Task>> = store
        .list::<Task>(&open)?
        .into_iter()
        .filter(|t| match t.fields.due {
            Some(Due::Date(d)) => d.date() <= day,
            Some(Due::At(at)) => local(at, offset) <= day,
            None => false,
        })
        .collect();
    tasks_due.sort_by_key(|t| t.fields.due.map(|d| d.sort_key()));

    let mut checkins: HashMap<Id, Vec<(LocalDate, CheckinStatus)>> = HashMap::new();
    for c in all::<HabitCheckin>(store)? {
        checkins
            .entry(c.fields.habit_id)
            .or_default()
            .push((c.fields.date, c.fields.status));
    }
    let none = Vec::new();
    let habits_due = all::<Habit>(store)?
        .into_iter()
        .filter(|h| !h.fields.archived)
        .filter(|h| {
            let done = checkins.get(&h.kernel.id).unwrap_or(&none);
            stats::today_state(&h.fields.schedule, done, date) == TodayState::Due
        })
        .collect();

    let running_fast = all::<Fast>(store)?
        .into_iter()
        .filter(|f| f.fields.is_running())
        .max_by_key(|f| f.fields.started_at);

    let mut health_today: Vec<Row<HealthMetric>> = all::<HealthMetric>(store)?
        .into_iter()
        .filter(|m| local(m.fields.recorded_at, offset) == day)
        .collect();
    health_today.sort_by_key(|m| std::cmp::Reverse(m.fields.recorded_at));

    let mut read: HashMap<Id, BTreeSet<String>> = HashMap::new();
    for r in all::<ReadingDone>(store)? {
        read.entry(r.fields.plan_id)
            .or_default()
            .insert(r.fields.reading.to_lowercase());
    }
    let empty = BTreeSet::new();
    let readings_today = all::<ReadingPlan>(store)?
        .into_iter()
        .filter(|p| !p.fields.archived)
        .filter_map(|p| {
            let done = read.get(&p.kernel.id).unwrap_or(&empty);
            let due = crate::faith::plan_status(&p.fields, done, date).today;
            (!due.is_empty()).then_some((p, due))
        })
        .collect();

    let spent_this_month = spending(store, Month::of(date))?;
    Ok(Today {
        date,
        tasks_due,
        habits_due,
        running_fast,
        health_today,
        readings_today,
        spent_this_month,
    })
}

fn spending(store: &Store, month: Month) -> Result<Vec<(Currency, i64, String)>, StoreError> {
    let accounts = store.list::<Account>(&ListQuery {
        include_deleted: true,
        ..ListQuery::default()
    })?;
    let txs = all::<Transaction>(store)?;
    let lines = finance::spending(&accounts, &txs, month).map_err(report)?;
    let mut per: BTreeMap<Currency, i64> = BTreeMap::new();
    for l in lines {
        let s = per.entry(l.currency_code).or_insert(0);
        *s = crate::money::add(*s, l.own_minor).map_err(|e| report(e.into()))?;
    }
    Ok(per
        .into_iter()
        .map(|(c, minor)| (c, minor, c.format(minor)))
        .collect())
}

fn report(e: ReportError) -> StoreError {
    StoreError::Invalid(crate::validate::ValidationError::new(
        "transactions",
        e.to_string(),
    ))
}
