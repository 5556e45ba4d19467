//! `search`: finding anything in a workspace, in the query language of `lifeos search`
//! (`lifeos_core::search`), read as a search box must: never refused for what it says.

use axum::Json;
use axum::extract::State;
use lifeos_core::search::{Hit, SearchQuery};
use lifeos_core::wire::Problem;

use super::day;
use crate::error::ApiError;
use crate::extract::{ApiQuery, WorkspaceMember};
use crate::repo::search::{self as repo_search, MAX_HITS};
use crate::state::AppState;

/// `search` parameters.
#[derive(Debug, serde::Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct SearchParams {
    /// What to find: words (any case), `wor*` for a prefix, `"a phrase"`, `-word` to
    /// exclude, and filters `kind:task[,note]`, `tag:x`, `from:DATE`, `to:DATE`,
    /// `on:DATE` (local days at `offset_minutes`). A quote left open closes at the end; a
    /// filter that does not read is a word; a query that asks for nothing (no words, only
    /// exclusions, `from:` after `to:`) finds nothing.
    #[param(max_length = 1000)]
    pub q: String,
    /// At most this many hits, best first (default 20).
    #[param(minimum = 1, maximum = 100)]
    pub limit: Option<u32>,
    /// The caller's offset from UTC in minutes, east positive (default 0): which local
    /// days `from:`, `to:` and `on:` mean.
    #[param(minimum = -840, maximum = 840)]
    pub offset_minutes: Option<i32>,
}

/// Ranked hits across every kind of row in the workspace, each with a snippet and where
/// its matches are, as `lifeos search` answers on a device.
#[utoipa::path(get, operation_id = "search", path = "/v1/workspaces/{workspace_id}/search", tag = "search",
    params(("workspace_id" = String, Path, description = "The workspace's id"), SearchParams),
    responses(
        (status = 200, description = "The hits, best first", body = Vec<Hit>),
        (status = 404, description = "No such workspace, or not a member", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A `q` over 1000 characters, a `limit` or `offset_minutes` out of range", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []), ("cookie" = [])))]
#[tracing::instrument(skip_all, err)]
pub async fn search(
    State(state): State<AppState>,
    member: WorkspaceMember,
    ApiQuery(params): ApiQuery<SearchParams>,
) -> Result<Json<Vec<Hit>>, ApiError> {
    if params.q.chars().count() > 1000 {
        return Err(ApiError::field("q", "must be at most 1000 characters"));
    }
    let limit = params.limit.unwrap_or(20);
    if !(1..=MAX_HITS).contains(&limit) {
        return Err(ApiError::field("limit", format!("must be 1 to {MAX_HITS}")));
    }
    let offset = day::offset("offset_minutes", params.offset_minutes)?;
    let today = day::date("today", None, offset)?.date();
    let q = SearchQuery::parse_lenient(&params.q, today);
    let hits = repo_search::search(&state.pool, member.workspace_id, &q, offset, limit).await?;
    Ok(Json(hits))
}
