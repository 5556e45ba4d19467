//! Report endpoints: the same `lifeos-core` code the CLI runs, over the workspace's rows.

use std::collections::HashMap;

use axum::Json;
use axum::extract::State;
use lifeos_core::Id;
use lifeos_core::finance::{self, AccountBalance};
use lifeos_core::model::{Account, CheckinStatus, Habit, HabitCheckin, Transaction};
use lifeos_core::stats::{HabitStats, TodayState, habit_stats, today_state};
use lifeos_core::timestamp::LocalDate;
use lifeos_core::wire::Problem;

use super::rows::all;
use crate::error::ApiError;
use crate::extract::{ApiQuery, WorkspaceMember};
use crate::state::AppState;

/// The balance of every account (as `lifeos finance balance` shows it): its opening
/// balance plus every transaction, in its currency.
#[utoipa::path(get, operation_id = "report_balances", path = "/v1/workspaces/{workspace_id}/reports/balances", tag = "reports",
    params(("workspace_id" = String, Path, description = "The workspace's id")),
    responses(
        (status = 200, description = "One balance per live account, by name", body = Vec<AccountBalance>),
        (status = 404, description = "No such workspace, or not a member", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A transaction in another currency than its account's", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []), ("cookie" = [])))]
#[tracing::instrument(skip_all, err)]
pub async fn balances(
    State(state): State<AppState>,
    member: WorkspaceMember,
) -> Result<Json<Vec<AccountBalance>>, ApiError> {
    let ws = member.workspace_id;
    let accounts = all::<Account>(&state, ws).await?;
    let txs = all::<Transaction>(&state, ws).await?;
    finance::balances(&accounts, &txs, None)
        .map(Json)
        .map_err(|e| ApiError::field("transactions", e.to_string()))
}

/// `reports/habits` parameters.
#[derive(Debug, serde::Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct HabitsParams {
    /// The caller's local date (YYYY-MM-DD): streaks and today's state are counted to it
    /// (default: today in UTC).
    #[param(value_type = Option<String>, format = Date, pattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]
    pub today: Option<String>,
}

/// A habit with where it stands.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct HabitReport {
    /// The habit's id.
    pub habit_id: Id,
    /// Its name.
    pub name: String,
    /// Its schedule, as written (`daily`, `mon,wed,fri`, `3/week`).
    pub schedule: String,
    /// Where it stands today.
    pub today: TodayState,
    /// Streaks, completion and strength, as `lifeos habit stats` shows them.
    pub stats: HabitStats,
}

/// Every live, unarchived habit with today's state and its statistics (streaks,
/// completion, Loop's strength), computed by `lifeos-core` as the CLI and TUI do. A
/// habit's history starts on the UTC date it was made.
#[utoipa::path(get, operation_id = "report_habits", path = "/v1/workspaces/{workspace_id}/reports/habits", tag = "reports",
    params(("workspace_id" = String, Path, description = "The workspace's id"), HabitsParams),
    responses(
        (status = 200, description = "One report per habit, by name", body = Vec<HabitReport>),
        (status = 404, description = "No such workspace, or not a member", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A bad `today`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []), ("cookie" = [])))]
#[tracing::instrument(skip_all, err)]
pub async fn habits(
    State(state): State<AppState>,
    member: WorkspaceMember,
    ApiQuery(params): ApiQuery<HabitsParams>,
) -> Result<Json<Vec<HabitReport>>, ApiError> {
    let today = match params.today {
        Some(t) => LocalDate::parse(&t).map_err(|e| ApiError::field("today", e.to_string()))?,
        None => LocalDate::new(lifeos_core::Timestamp::now().datetime().date()),
    };
    let ws = member.workspace_id;
    let habits = all::<Habit>(&state, ws).await?;
    let checkins = all::<HabitCheckin>(&state, ws).await?;
    let mut by_habit: HashMap<Id, Vec<(LocalDate, CheckinStatus)>> = HashMap::new();
    for c in &checkins {
        by_habit
            .entry(c.fields.habit_id)
            .or_default()
            .push((c.fields.date, c.fields.status));
    }
    let mut out: Vec<HabitReport> = habits
        .iter()
        .filter(|h| !h.fields.archived)
        .map(|h| {
            let days = by_habit.get(&h.kernel.id).map(Vec::as_slice).unwrap_or(&[]);
            let start = LocalDate::new(h.kernel.created_at.datetime().date());
            HabitReport {
                habit_id: h.kernel.id,
                name: h.fields.name.clone(),
                schedule: h.fields.schedule.to_string(),
                today: today_state(&h.fields.schedule, days, today),
                stats: habit_stats(&h.fields.schedule, start, days, today),
            }
        })
        .collect();
    out.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(Json(out))
}
