//! Report endpoints: the same `lifeos-core` code the CLI runs, over the workspace's rows.

use axum::Json;
use axum::extract::State;
use lifeos_core::finance::{self, AccountBalance};
use lifeos_core::model::{Account, Transaction};
use lifeos_core::query::ListQuery;
use lifeos_core::wire::Problem;
use lifeos_core::{Entity, Id, Row};

use crate::error::ApiError;
use crate::extract::WorkspaceMember;
use crate::repo::{self, MAX_PAGE};
use crate::state::AppState;

/// Every live row of a kind in the workspace.
async fn all<E: Entity>(state: &AppState, ws: Id) -> Result<Vec<Row<E>>, ApiError> {
    let q = ListQuery::default();
    let mut out = Vec::new();
    let mut cursor = None;
    loop {
        let page = repo::list::<E>(&state.pool, ws, &q, cursor, MAX_PAGE).await?;
        out.extend(page.items);
        match page.next_cursor {
            Some(c) => {
                cursor = Some(
                    c.parse()
                        .map_err(|_| ApiError::Internal("bad cursor".into()))?,
                )
            }
            None => return Ok(out),
        }
    }
}

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
