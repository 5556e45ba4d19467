//! The sync endpoints: push a batch of changes, pull the change log.

use axum::Json;
use axum::extract::State;
use lifeos_core::sync::{PullResponse, PushRequest, PushResponse};
use lifeos_core::wire::Problem;
use serde::Deserialize;

use crate::error::ApiError;
use crate::extract::{ApiJson, ApiQuery, WorkspaceMember};
use crate::state::AppState;
use crate::sync;

/// `pull` parameters.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct PullParams {
    /// The `next_cursor` of the previous pull; 0 (the default) for everything.
    #[param(minimum = 0)]
    pub cursor: Option<i64>,
    /// Changes per page, 1–5000 (default 1000).
    #[param(minimum = 1, maximum = 5000)]
    pub limit: Option<u32>,
}

/// Push local changes. Each is applied with the merge rule (higher version, then later
/// `updated_at`, then a deterministic tie-break) and answered `applied` or `superseded`,
/// with the row the server now holds. Pushing the same (device, mutation) again changes
/// nothing. An `updated_at` more than 5 minutes ahead of the server's clock is clamped.
#[utoipa::path(post, operation_id = "sync_push", path = "/v1/workspaces/{workspace_id}/sync/push", tag = "sync",
    params(("workspace_id" = String, Path, description = "The workspace's id")),
    request_body = PushRequest,
    responses(
        (status = 200, description = "One result per change, in order", body = PushResponse),
        (status = 404, description = "No such workspace, or not a member", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "An invalid change (the whole batch is refused)", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []), ("cookie" = [])))]
#[tracing::instrument(skip_all, err)]
pub async fn push(
    State(state): State<AppState>,
    member: WorkspaceMember,
    ApiJson(req): ApiJson<PushRequest>,
) -> Result<Json<PushResponse>, ApiError> {
    let res = sync::push(&state.pool, member.workspace_id, req).await?;
    let applied = res
        .results
        .iter()
        .filter(|r| r.outcome == lifeos_core::sync::Outcome::Applied)
        .count() as u64;
    state
        .metrics
        .pushed(applied, res.results.len() as u64 - applied);
    Ok(Json(res))
}

/// Pull the change log past a cursor, in order. Repeat with `next_cursor` while
/// `has_more` is true. A sequence number is never exposed while a smaller one can still
/// appear.
#[utoipa::path(get, operation_id = "sync_pull", path = "/v1/workspaces/{workspace_id}/sync/pull", tag = "sync",
    params(("workspace_id" = String, Path, description = "The workspace's id"), PullParams),
    responses(
        (status = 200, description = "One page of the log", body = PullResponse),
        (status = 404, description = "No such workspace, or not a member", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The cursor is ahead of the change log (the server was restored from a backup): resync", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A bad cursor or limit", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []), ("cookie" = [])))]
#[tracing::instrument(skip_all, err)]
pub async fn pull(
    State(state): State<AppState>,
    member: WorkspaceMember,
    ApiQuery(p): ApiQuery<PullParams>,
) -> Result<Json<sync::RawPull>, ApiError> {
    let page = sync::pull(
        &state.pool,
        member.workspace_id,
        p.cursor.unwrap_or(0),
        p.limit.unwrap_or(1000),
    )
    .await?;
    state.metrics.pulled(page.rows() as u64);
    Ok(Json(page))
}
