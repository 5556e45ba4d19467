//! The day's summary ([`Today`], from `lifeos_core::today`) and the domain actions a
//! phone needs most, each one call that validates and writes in one transaction: check in
//! a habit, start and stop a fast, log a health value with its unit, log a practice, mark
//! a plan's readings read, add a transaction.

use lifeos_core::entity::Entity;
use lifeos_core::ffi::LifeosError;
use lifeos_core::model::{CheckinStatus, Fast, HabitCheckin, Practice, ReadingDone, Transaction};
use lifeos_core::money::{Currency, DecimalStyle};
use lifeos_core::query::ListQuery;
use lifeos_core::units::UnitSystem;
use lifeos_core::{Id, LocalDate, Timestamp};

use crate::LifeosStore;
use crate::entities::*;

/// A reading plan and its readings for the day not yet read.
#[derive(Clone, Debug, PartialEq, uniffi::Record)]
pub struct PlanReadings {
    /// The plan.
    pub plan: ReadingPlanRow,
    /// The readings of the day (their texts are what `mark_readings` records).
    pub readings: Vec<lifeos_core::model::Reading>,
}

/// Spent in one currency.
#[derive(Clone, Debug, PartialEq, uniffi::Record)]
pub struct Spent {
    /// The currency.
    pub currency_code: Currency,
    /// Minor units (cents).
    pub amount_minor: i64,
    /// The amount as text in the currency's digits (`12.50`).
    pub amount: String,
}

/// What the Today screen shows.
#[derive(Clone, Debug, PartialEq, uniffi::Record)]
pub struct Today {
    /// The local date.
    pub date: LocalDate,
    /// Open tasks due on or before the date, earliest first.
    pub tasks_due: Vec<TaskRow>,
    /// Habits still to check on the date.
    pub habits_due: Vec<HabitRow>,
    /// The running fast.
    pub running_fast: Option<FastRow>,
    /// Health entries of the date, newest first.
    pub health_today: Vec<HealthMetricRow>,
    /// Plans with readings for the date still to read.
    pub readings_today: Vec<PlanReadings>,
    /// Spent this month (not transfers, not income), per currency.
    pub spent_this_month: Vec<Spent>,
}

fn invalid(field: &str, detail: impl Into<String>) -> LifeosError {
    LifeosError::Validation {
        field: field.into(),
        detail: detail.into(),
    }
}

fn offset(minutes: i32) -> Result<time::UtcOffset, LifeosError> {
    time::UtcOffset::from_whole_seconds(minutes.saturating_mul(60))
        .map_err(|e| invalid("utc_offset_minutes", e.to_string()))
}

#[uniffi::export]
impl LifeosStore {
    /// The summary of `date` for a device `utc_offset_minutes` east of UTC (what
    /// `TimeZone.getDefault().getOffset(now) / 60000` or `TimeZone.current.secondsFromGMT() / 60` give).
    pub fn today(&self, date: LocalDate, utc_offset_minutes: i32) -> Result<Today, LifeosError> {
        let t = lifeos_core::today::today(&*self.lock()?, date, offset(utc_offset_minutes)?)?;
        Ok(Today {
            date: t.date,
            tasks_due: t.tasks_due.into_iter().map(Into::into).collect(),
            habits_due: t.habits_due.into_iter().map(Into::into).collect(),
            running_fast: t.running_fast.map(Into::into),
            health_today: t.health_today.into_iter().map(Into::into).collect(),
            readings_today: t
                .readings_today
                .into_iter()
                .map(|(plan, readings)| PlanReadings {
                    plan: plan.into(),
                    readings,
                })
                .collect(),
            spent_this_month: t
                .spent_this_month
                .into_iter()
                .map(|(currency_code, amount_minor, amount)| Spent {
                    currency_code,
                    amount_minor,
                    amount,
                })
                .collect(),
        })
    }

    /// Checks in (or, with `skipped`, excuses) the habit on `date`; again on the same day
    /// replaces that day's check-in (one per habit and day, merged across devices).
    pub fn check_in_habit(
        &self,
        habit_id: Id,
        date: LocalDate,
        skipped: bool,
        value: Option<f64>,
        note: String,
    ) -> Result<HabitCheckinRow, LifeosError> {
        let mut store = self.lock()?;
        let habit = store.get::<lifeos_core::model::Habit>(habit_id)?;
        if habit.kernel.is_deleted() || habit.fields.archived {
            return Err(LifeosError::Refused {
                detail: format!("habit {habit_id} is deleted or archived: it takes no check-ins"),
            });
        }
        let c = HabitCheckin {
            habit_id,
            date,
            status: if skipped {
                CheckinStatus::Skipped
            } else {
                CheckinStatus::Done
            },
            value,
            note,
        };
        Ok(store.upsert(c)?.into())
    }

    /// Starts a fast now, with an optional target. `Refused` while one is running.
    pub fn start_fast(&self, target_minutes: Option<u32>) -> Result<FastRow, LifeosError> {
        let f = Fast::start(Timestamp::now(), target_minutes);
        Ok(self.lock()?.create(f)?.into())
    }

    /// Ends the running fast now. `NotFound` when none is running.
    pub fn stop_fast(&self) -> Result<FastRow, LifeosError> {
        let mut store = self.lock()?;
        let running = store
            .list::<Fast>(&ListQuery::default())?
            .into_iter()
            .find(|f| f.fields.is_running())
            .ok_or_else(|| LifeosError::NotFound {
                kind: Fast::KIND.name().into(),
                id: String::new(),
                detail: "no fast is running".into(),
            })?;
        let row =
            store.update::<Fast>(running.kernel.id, Some(running.kernel.version), |f, now| {
                f.ended_at = Some(now.max(f.started_at));
                Ok(())
            })?;
        Ok(row.into())
    }

    /// Logs a health value as `lifeos health log` reads it: `kind` (`weight`, `bp`,
    /// `sleep`, `steps`, or one's own such as `glucose`), `value` with its unit
    /// (`72.4kg`, `160lb`, `120/80`, `7h30m`, `9000`), `unit` for a kind of one's own
    /// (`mmol/L`), at `at` (now if null). `imperial` reads unitless values in lb / fl oz.
    pub fn log_health(
        &self,
        kind: String,
        value: String,
        unit: Option<String>,
        at: Option<Timestamp>,
        imperial: bool,
    ) -> Result<HealthMetricRow, LifeosError> {
        let system = if imperial {
            UnitSystem::Imperial
        } else {
            UnitSystem::Metric
        };
        let m = lifeos_core::health::measurement(
            &kind,
            Some(&value),
            unit.as_deref(),
            at.unwrap_or_else(Timestamp::now),
            system,
        )
        .map_err(|e| invalid("value", e))?;
        Ok(self.lock()?.create(m)?.into())
    }

    /// Logs a practice (`prayer`, `reading`, `meditation`…) now or at `at`, with an
    /// optional duration in minutes and a reference (`John 3`).
    pub fn log_practice(
        &self,
        kind: String,
        duration_minutes: Option<u32>,
        reference: String,
        at: Option<Timestamp>,
    ) -> Result<PracticeRow, LifeosError> {
        let p = Practice {
            kind: kind.trim().to_lowercase(),
            occurred_at: at.unwrap_or_else(Timestamp::now),
            duration_s: duration_minutes.map(|m| i64::from(m) * 60),
            reference,
            note: String::new(),
        };
        Ok(self.lock()?.create(p)?.into())
    }

    /// Marks the plan's readings for `date` read (those not read yet); returns the rows
    /// written (none when the day's readings were already read).
    pub fn mark_readings(
        &self,
        plan_id: Id,
        date: LocalDate,
    ) -> Result<Vec<ReadingDoneRow>, LifeosError> {
        let mut store = self.lock()?;
        let plan = store.get::<lifeos_core::model::ReadingPlan>(plan_id)?;
        let read: std::collections::BTreeSet<String> = store
            .list::<ReadingDone>(&ListQuery::default())?
            .into_iter()
            .filter(|r| r.fields.plan_id == plan_id)
            .map(|r| r.fields.reading.to_lowercase())
            .collect();
        let due = lifeos_core::faith::plan_status(&plan.fields, &read, date).today;
        let rows = due
            .into_iter()
            .map(|r| ReadingDone {
                plan_id,
                reading: r.text,
                done_on: date,
            })
            .collect();
        Ok(store
            .create_all(rows)?
            .into_iter()
            .map(Into::into)
            .collect())
    }

    /// Adds a transaction to `account_id` on `date`: `amount` in the account's currency
    /// (`-12.50` spent, `1500` received; a decimal point), with payee and category
    /// (`Food:Coffee`).
    pub fn add_transaction(
        &self,
        account_id: Id,
        date: LocalDate,
        amount: String,
        payee: String,
        category: String,
    ) -> Result<TransactionRow, LifeosError> {
        let mut store = self.lock()?;
        let account = store.get::<lifeos_core::model::Account>(account_id)?;
        let currency = account.fields.currency_code;
        let minor = currency
            .parse(&amount, DecimalStyle::Point)
            .map_err(|e| invalid("amount", e.to_string()))?;
        let mut t = Transaction::new(account_id, date, minor, currency);
        t.payee = payee;
        t.category = category;
        Ok(store.create(t)?.into())
    }
}
