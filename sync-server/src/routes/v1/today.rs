//! `reports/today`: the day at a glance, as Today shows it, computed by
//! `lifeos_core::today::summarize` over rows read with its own filters (open tasks due
//! by the day, the day's health entries, the week's check-ins, the month's
//! transactions), so a workspace of many tasks is not read whole.

use axum::Json;
use axum::extract::State;
use lifeos_core::faith::PlanStatus;
use lifeos_core::model::{
    Account, Fast, Habit, HabitCheckin, HealthMetric, Person, ReadingDone, ReadingPlan, Task,
    Transaction,
};
use lifeos_core::stats::TodayState;
use lifeos_core::timestamp::LocalDate;
use lifeos_core::today::{self, DayRows};
use lifeos_core::wire::Problem;
use lifeos_core::{Row, Timestamp};

use super::day;
use super::rows::{all, filtered, with_tombstones};
use crate::error::ApiError;
use crate::extract::{ApiQuery, WorkspaceMember};
use crate::state::AppState;

/// `reports/today` parameters.
#[derive(Debug, serde::Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct TodayParams {
    /// The caller's local date (default: today at `offset_minutes`).
    #[param(value_type = Option<String>, format = Date, pattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]
    pub date: Option<String>,
    /// The caller's offset from UTC in minutes, east positive (default 0): which day
    /// a timed due date or a health entry falls on.
    #[param(minimum = -840, maximum = 840)]
    pub offset_minutes: Option<i32>,
}

/// A habit and where it stands today.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct HabitToday {
    /// The habit.
    pub habit: Row<Habit>,
    /// `due`, `done`, `skipped` or `not_due`.
    pub today: TodayState,
}

/// The fast running now.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct RunningFast {
    /// The fast.
    pub fast: Row<Fast>,
    /// Seconds since it started, at the server's clock when answered.
    pub elapsed_seconds: i64,
    /// Its target in minutes, if it has one.
    pub target_minutes: Option<u32>,
    /// Whether the target is reached.
    pub met_target: bool,
}

/// An active reading plan and where it stands on the date.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct PlanToday {
    /// The plan.
    pub plan: Row<ReadingPlan>,
    /// Today's readings not read (`today`), the missed ones (`missed`, to catch up),
    /// progress.
    pub status: PlanStatus,
}

/// Spent this month in one currency.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct Spent {
    /// The currency (ISO 4217).
    pub currency_code: String,
    /// Minor units.
    pub amount_minor: i64,
    /// Decimal text (`12.50`).
    pub amount: String,
}

/// A birthday coming up.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct BirthdaySoon {
    /// The person.
    pub person: Row<Person>,
    /// Days from the date (0: today).
    pub days: i64,
    /// The age they turn, when the birthday has a year.
    pub turns: Option<i32>,
}

/// The day at a glance.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct TodayReport {
    /// The local date this is for.
    pub date: LocalDate,
    /// Open tasks due on or before the date (overdue first, then by due).
    pub tasks_due: Vec<Row<Task>>,
    /// Every habit not archived with its state today, by name (`due` ones are to check).
    pub habits: Vec<HabitToday>,
    /// The fast running now, if any.
    pub running_fast: Option<RunningFast>,
    /// Health entries recorded on the date (at the offset), newest first.
    pub health_today: Vec<Row<HealthMetric>>,
    /// Every active, unfinished reading plan, by name.
    pub readings: Vec<PlanToday>,
    /// Spent in the date's month (not transfers, not income), per currency.
    pub spent_this_month: Vec<Spent>,
    /// Birthdays within the next 14 days, soonest first.
    pub birthdays: Vec<BirthdaySoon>,
}

/// What Today shows, as the TUI shows it: open tasks due by the end of the date, habits
/// with today's state, the running fast, the date's health entries, each reading plan's
/// standing (today's readings and the missed ones), the month's spending and birthdays
/// coming up, computed by `lifeos-core`.
#[utoipa::path(get, operation_id = "report_today", path = "/v1/workspaces/{workspace_id}/reports/today", tag = "reports",
    params(("workspace_id" = String, Path, description = "The workspace's id"), TodayParams),
    responses(
        (status = 200, description = "The day", body = TodayReport),
        (status = 404, description = "No such workspace, or not a member", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A bad `date` or `offset_minutes` (`field` names it), or a transaction in another currency than its account's", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []), ("cookie" = [])))]
#[tracing::instrument(skip_all, err)]
pub async fn today(
    State(state): State<AppState>,
    member: WorkspaceMember,
    ApiQuery(params): ApiQuery<TodayParams>,
) -> Result<Json<TodayReport>, ApiError> {
    let offset = day::offset("offset_minutes", params.offset_minutes)?;
    let date = day::date("date", params.date.as_deref(), offset)?;
    let ws = member.workspace_id;
    let f = DayRows::filters(date);
    let rows = DayRows {
        tasks: filtered::<Task>(&state, ws, f.tasks).await?,
        habits: all::<Habit>(&state, ws).await?,
        checkins: filtered::<HabitCheckin>(&state, ws, f.checkins).await?,
        fasts: all::<Fast>(&state, ws).await?,
        health: filtered::<HealthMetric>(&state, ws, f.health).await?,
        plans: all::<ReadingPlan>(&state, ws).await?,
        readings_done: all::<ReadingDone>(&state, ws).await?,
        accounts: with_tombstones::<Account>(&state, ws).await?,
        transactions: filtered::<Transaction>(&state, ws, f.transactions).await?,
        people: all::<Person>(&state, ws).await?,
    };
    let t = today::summarize(&rows, date, offset)
        .map_err(|e| ApiError::field("transactions", e.to_string()))?;
    let now = Timestamp::now();
    Ok(Json(TodayReport {
        date: t.date,
        tasks_due: t.tasks_due,
        habits: t
            .habits
            .into_iter()
            .map(|(habit, today)| HabitToday { habit, today })
            .collect(),
        running_fast: t.running_fast.map(|fast| RunningFast {
            elapsed_seconds: fast.fields.seconds(now),
            target_minutes: fast.fields.target_minutes,
            met_target: fast.fields.met_target(now),
            fast,
        }),
        health_today: t.health_today,
        readings: t
            .plans
            .into_iter()
            .map(|(plan, status)| PlanToday { plan, status })
            .collect(),
        spent_this_month: t
            .spent_this_month
            .into_iter()
            .map(|(c, amount_minor, amount)| Spent {
                currency_code: c.to_string(),
                amount_minor,
                amount,
            })
            .collect(),
        birthdays: t
            .birthdays
            .into_iter()
            .map(|b| BirthdaySoon {
                person: b.person,
                days: b.days,
                turns: b.turns,
            })
            .collect(),
    }))
}
