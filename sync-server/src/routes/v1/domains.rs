//! The domains' report routes (`reports/…`): fasting, spending, budget, net worth,
//! health trends, workouts, practices, reading plans and people, each the
//! `lifeos-core` function the CLI runs over the workspace's rows.

use std::collections::{BTreeSet, HashMap};

use axum::Json;
use axum::extract::State;
use lifeos_core::faith::{self, CatchUpDay, PlanStatus, PracticeStats};
use lifeos_core::finance::{self, BudgetLine, CategorySpending, NetWorth};
use lifeos_core::health::{self, Trend, WeekTotals};
use lifeos_core::model::{
    Account, Budget, Fast, HealthMetric, Month, Person, Practice, ReadingDone, ReadingPlan,
    Transaction, Workout,
};
use lifeos_core::stats::FastStats;
use lifeos_core::wire::Problem;
use lifeos_core::{Id, Row, Timestamp, people};

use super::day;
use super::rows::{all, with_tombstones};
use crate::error::ApiError;
use crate::extract::{ApiQuery, WorkspaceMember};
use crate::state::AppState;

/// The caller's day: `date` and `offset_minutes`.
#[derive(Debug, serde::Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct DayParams {
    /// The caller's local date (default: today at `offset_minutes`).
    #[param(value_type = Option<String>, format = Date, pattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]
    pub date: Option<String>,
    /// The caller's offset from UTC in minutes, east positive (default 0).
    #[param(minimum = -840, maximum = 840)]
    pub offset_minutes: Option<i32>,
}

impl DayParams {
    fn read(&self) -> Result<(lifeos_core::LocalDate, time::UtcOffset), ApiError> {
        let offset = day::offset("offset_minutes", self.offset_minutes)?;
        Ok((day::date("date", self.date.as_deref(), offset)?, offset))
    }
}

/// No parameters: any given is refused (400).
#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoParams {}

/// A month's reports: `month` (default: the current month in UTC).
#[derive(Debug, serde::Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct MonthParams {
    /// The month, `YYYY-MM`.
    #[param(value_type = Option<String>, pattern = "^[0-9]{4}-(0[1-9]|1[0-2])$")]
    pub month: Option<String>,
}

impl MonthParams {
    fn read(&self) -> Result<Month, ApiError> {
        match &self.month {
            Some(m) => m
                .parse()
                .map_err(|e: lifeos_core::ValidationError| ApiError::field("month", e.message)),
            None => Ok(Month::of(lifeos_core::LocalDate::new(
                Timestamp::now().datetime().date(),
            ))),
        }
    }
}

fn report(e: finance::ReportError) -> ApiError {
    ApiError::field("transactions", e.to_string())
}

/// Statistics over finished fasts (`lifeos fast stats`).
#[utoipa::path(get, operation_id = "report_fasts", path = "/v1/workspaces/{workspace_id}/reports/fasts", tag = "reports",
    params(("workspace_id" = String, Path, description = "The workspace's id")),
    responses(
        (status = 200, description = "Counts, mean and longest length, target share", body = FastStats),
        (status = 400, description = "A query parameter (this route takes none)", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such workspace, or not a member", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []), ("cookie" = [])))]
#[tracing::instrument(skip_all, err)]
pub async fn fasts(
    State(state): State<AppState>,
    member: WorkspaceMember,
    ApiQuery(NoParams {}): ApiQuery<NoParams>,
) -> Result<Json<FastStats>, ApiError> {
    let rows = all::<Fast>(&state, member.workspace_id).await?;
    Ok(Json(FastStats::of(rows.iter().map(|r| &r.fields))))
}

async fn ledger(
    state: &AppState,
    ws: Id,
) -> Result<(Vec<Row<Account>>, Vec<Row<Transaction>>), ApiError> {
    Ok((
        with_tombstones::<Account>(state, ws).await?,
        all::<Transaction>(state, ws).await?,
    ))
}

/// Spending by category in a month, rolled up the category tree, per currency
/// (`lifeos finance spending`): not transfers, not income.
#[utoipa::path(get, operation_id = "report_spending", path = "/v1/workspaces/{workspace_id}/reports/spending", tag = "reports",
    params(("workspace_id" = String, Path, description = "The workspace's id"), MonthParams),
    responses(
        (status = 200, description = "One line per category (and each ancestor) and currency, by category", body = Vec<CategorySpending>),
        (status = 404, description = "No such workspace, or not a member", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A bad `month`, or a transaction in another currency than its account's", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []), ("cookie" = [])))]
#[tracing::instrument(skip_all, err)]
pub async fn spending(
    State(state): State<AppState>,
    member: WorkspaceMember,
    ApiQuery(params): ApiQuery<MonthParams>,
) -> Result<Json<Vec<CategorySpending>>, ApiError> {
    let month = params.read()?;
    let (accounts, txs) = ledger(&state, member.workspace_id).await?;
    finance::spending(&accounts, &txs, month)
        .map(Json)
        .map_err(report)
}

/// Budget against actual spending for a month (`lifeos finance budget report`).
#[utoipa::path(get, operation_id = "report_budget", path = "/v1/workspaces/{workspace_id}/reports/budget", tag = "reports",
    params(("workspace_id" = String, Path, description = "The workspace's id"), MonthParams),
    responses(
        (status = 200, description = "One line per budget of the month, by category", body = Vec<BudgetLine>),
        (status = 404, description = "No such workspace, or not a member", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A bad `month`, or a transaction in another currency than its account's", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []), ("cookie" = [])))]
#[tracing::instrument(skip_all, err)]
pub async fn budget(
    State(state): State<AppState>,
    member: WorkspaceMember,
    ApiQuery(params): ApiQuery<MonthParams>,
) -> Result<Json<Vec<BudgetLine>>, ApiError> {
    let month = params.read()?;
    let ws = member.workspace_id;
    let (accounts, txs) = ledger(&state, ws).await?;
    let budgets = all::<Budget>(&state, ws).await?;
    finance::budget_report(&budgets, &accounts, &txs, month)
        .map(Json)
        .map_err(report)
}

/// Net worth: the balances' sum per currency, never converted (`lifeos finance
/// networth`).
#[utoipa::path(get, operation_id = "report_net_worth", path = "/v1/workspaces/{workspace_id}/reports/net_worth", tag = "reports",
    params(("workspace_id" = String, Path, description = "The workspace's id")),
    responses(
        (status = 200, description = "One total per currency", body = NetWorth),
        (status = 400, description = "A query parameter (this route takes none)", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such workspace, or not a member", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A transaction in another currency than its account's", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []), ("cookie" = [])))]
#[tracing::instrument(skip_all, err)]
pub async fn net_worth(
    State(state): State<AppState>,
    member: WorkspaceMember,
    ApiQuery(NoParams {}): ApiQuery<NoParams>,
) -> Result<Json<NetWorth>, ApiError> {
    let ws = member.workspace_id;
    let accounts = all::<Account>(&state, ws).await?;
    let txs = all::<Transaction>(&state, ws).await?;
    let b = finance::balances(&accounts, &txs, None).map_err(report)?;
    finance::net_worth(&b, None).map(Json).map_err(report)
}

/// `reports/health_trend` parameters.
#[derive(Debug, serde::Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct TrendParams {
    /// The kind: a built-in (`weight`, `bp`, `sleep`, `steps`, …, with the CLI's
    /// aliases) or one's own (`glucose`).
    #[param(min_length = 1, max_length = 64)]
    pub kind: String,
    /// The window in days, 1 to 36600 (default 30).
    #[param(minimum = 1, maximum = 36600)]
    pub days: Option<i64>,
}

/// A kind's trend over a window ending now: its points for a chart, the means and the
/// least-squares slope per week (`lifeos health trend`).
#[utoipa::path(get, operation_id = "report_health_trend", path = "/v1/workspaces/{workspace_id}/reports/health_trend", tag = "reports",
    params(("workspace_id" = String, Path, description = "The workspace's id"), TrendParams),
    responses(
        (status = 200, description = "The kind's figures and points, oldest first", body = Trend),
        (status = 404, description = "No such workspace, or not a member", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A bad `kind` or `days`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []), ("cookie" = [])))]
#[tracing::instrument(skip_all, err)]
pub async fn health_trend(
    State(state): State<AppState>,
    member: WorkspaceMember,
    ApiQuery(params): ApiQuery<TrendParams>,
) -> Result<Json<Trend>, ApiError> {
    let days = params.days.unwrap_or(30);
    if !(1..=36_600).contains(&days) {
        return Err(ApiError::field("days", "must be 1 to 36600"));
    }
    // Checked before any row is read.
    health::metric_kind(&params.kind)?;
    let rows = all::<HealthMetric>(&state, member.workspace_id).await?;
    let refs: Vec<&HealthMetric> = rows.iter().map(|r| &r.fields).collect();
    Ok(Json(health::kind_trend(
        &params.kind,
        &refs,
        Timestamp::now(),
        days,
    )?))
}

/// Workout totals per ISO week of the caller's local dates, newest first (`lifeos
/// workout weekly`).
#[utoipa::path(get, operation_id = "report_workouts_weekly", path = "/v1/workspaces/{workspace_id}/reports/workouts_weekly", tag = "reports",
    params(("workspace_id" = String, Path, description = "The workspace's id"), DayParams),
    responses(
        (status = 200, description = "One line per week with workouts", body = Vec<WeekTotals>),
        (status = 404, description = "No such workspace, or not a member", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A bad `date` or `offset_minutes`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []), ("cookie" = [])))]
#[tracing::instrument(skip_all, err)]
pub async fn workouts_weekly(
    State(state): State<AppState>,
    member: WorkspaceMember,
    ApiQuery(params): ApiQuery<DayParams>,
) -> Result<Json<Vec<WeekTotals>>, ApiError> {
    let (_, offset) = params.read()?;
    let rows = all::<Workout>(&state, member.workspace_id).await?;
    let refs: Vec<&Workout> = rows.iter().map(|r| &r.fields).collect();
    Ok(Json(health::weekly_totals(&refs, offset)))
}

/// Practice streaks (any and per kind) and the weeks' and months' tallies, in the
/// caller's local dates (`lifeos faith practice stats`).
#[utoipa::path(get, operation_id = "report_practices", path = "/v1/workspaces/{workspace_id}/reports/practices", tag = "reports",
    params(("workspace_id" = String, Path, description = "The workspace's id"), DayParams),
    responses(
        (status = 200, description = "Streaks and tallies", body = PracticeStats),
        (status = 404, description = "No such workspace, or not a member", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A bad `date` or `offset_minutes`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []), ("cookie" = [])))]
#[tracing::instrument(skip_all, err)]
pub async fn practices(
    State(state): State<AppState>,
    member: WorkspaceMember,
    ApiQuery(params): ApiQuery<DayParams>,
) -> Result<Json<PracticeStats>, ApiError> {
    let (date, offset) = params.read()?;
    let rows = all::<Practice>(&state, member.workspace_id).await?;
    let refs: Vec<&Practice> = rows.iter().map(|r| &r.fields).collect();
    Ok(Json(faith::practice_stats(&refs, date, offset)))
}

/// `reports/reading_plans` parameters.
#[derive(Debug, serde::Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct PlansParams {
    /// The caller's local date (default: today in UTC).
    #[param(value_type = Option<String>, format = Date, pattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]
    pub date: Option<String>,
    /// Days to spread missed readings over, 1 to 365 (default 7).
    #[param(minimum = 1, maximum = 365)]
    pub catch_up_days: Option<u32>,
}

/// A reading plan's standing.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct PlanStanding {
    /// The plan.
    pub plan: Row<ReadingPlan>,
    /// Where it stands on the date.
    pub status: PlanStatus,
    /// When behind: the missed readings spread over the next days, on top of each day's
    /// own (empty when not behind).
    pub catch_up: Vec<CatchUpDay>,
}

/// Every active reading plan's standing with a catch-up schedule when behind (`lifeos
/// faith plan status`).
#[utoipa::path(get, operation_id = "report_reading_plans", path = "/v1/workspaces/{workspace_id}/reports/reading_plans", tag = "reports",
    params(("workspace_id" = String, Path, description = "The workspace's id"), PlansParams),
    responses(
        (status = 200, description = "One standing per plan not archived, by name", body = Vec<PlanStanding>),
        (status = 404, description = "No such workspace, or not a member", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A bad `date` or `catch_up_days`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []), ("cookie" = [])))]
#[tracing::instrument(skip_all, err)]
pub async fn reading_plans(
    State(state): State<AppState>,
    member: WorkspaceMember,
    ApiQuery(params): ApiQuery<PlansParams>,
) -> Result<Json<Vec<PlanStanding>>, ApiError> {
    let date = day::date("date", params.date.as_deref(), time::UtcOffset::UTC)?;
    let days = params.catch_up_days.unwrap_or(7);
    if !(1..=365).contains(&days) {
        return Err(ApiError::field("catch_up_days", "must be 1 to 365"));
    }
    let ws = member.workspace_id;
    let plans = all::<ReadingPlan>(&state, ws).await?;
    let mut read: HashMap<Id, BTreeSet<String>> = HashMap::new();
    for r in all::<ReadingDone>(&state, ws).await? {
        read.entry(r.fields.plan_id)
            .or_default()
            .insert(r.fields.reading.to_lowercase());
    }
    let empty = BTreeSet::new();
    let mut out: Vec<PlanStanding> = plans
        .into_iter()
        .filter(|p| !p.fields.archived)
        .map(|p| {
            let done = read.get(&p.kernel.id).unwrap_or(&empty);
            let status = faith::plan_status(&p.fields, done, date);
            let catch_up = if status.behind_days > 0 {
                faith::catch_up(&p.fields, done, date, days)
            } else {
                Vec::new()
            };
            PlanStanding {
                plan: p,
                status,
                catch_up,
            }
        })
        .collect();
    out.sort_by(|a, b| a.plan.fields.name.cmp(&b.plan.fields.name));
    Ok(Json(out))
}

/// A person with their next birthday and last contact.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct PersonReport {
    /// The person.
    pub person: Row<Person>,
    /// Days to the next birthday (0: today), if it is known.
    pub birthday_in_days: Option<i64>,
    /// The age they turn then, when the birthday has a year.
    pub turns: Option<i32>,
    /// Whole local days since the last contact (null: never).
    pub days_since_contact: Option<i64>,
}

/// Every person with their next birthday and how long since the last contact; those
/// with a birthday first, soonest first, then the rest by name.
#[utoipa::path(get, operation_id = "report_people", path = "/v1/workspaces/{workspace_id}/reports/people", tag = "reports",
    params(("workspace_id" = String, Path, description = "The workspace's id"), DayParams),
    responses(
        (status = 200, description = "One line per person", body = Vec<PersonReport>),
        (status = 404, description = "No such workspace, or not a member", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A bad `date` or `offset_minutes`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []), ("cookie" = [])))]
#[tracing::instrument(skip_all, err)]
pub async fn people_report(
    State(state): State<AppState>,
    member: WorkspaceMember,
    ApiQuery(params): ApiQuery<DayParams>,
) -> Result<Json<Vec<PersonReport>>, ApiError> {
    let (date, offset) = params.read()?;
    let rows = all::<Person>(&state, member.workspace_id).await?;
    let soon = people::upcoming_birthdays(&rows, date.date(), i64::MAX);
    let with: BTreeSet<Id> = soon.iter().map(|u| u.person.kernel.id).collect();
    let mut rest: Vec<&Row<Person>> = rows
        .iter()
        .filter(|r| !with.contains(&r.kernel.id))
        .collect();
    rest.sort_by(|a, b| a.fields.name.cmp(&b.fields.name));
    let mut out: Vec<PersonReport> = soon
        .into_iter()
        .map(|u| PersonReport {
            days_since_contact: people::days_since_contact(&u.person.fields, date.date(), offset),
            birthday_in_days: Some(u.days),
            turns: u.turns,
            person: u.person,
        })
        .collect();
    out.extend(rest.into_iter().map(|p| PersonReport {
        days_since_contact: people::days_since_contact(&p.fields, date.date(), offset),
        birthday_in_days: None,
        turns: None,
        person: p.clone(),
    }));
    Ok(Json(out))
}
