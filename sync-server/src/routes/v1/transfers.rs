//! Transfers over REST: both sides of a transfer built by `lifeos_core`'s
//! [`TransferPlan`] (the rules `lifeos transfer add` follows) and written, deleted and
//! restored together by [`repo::pair`]. A single-transaction write refuses a side.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use lifeos_core::finance::{TransferPlan, new_transfer};
use lifeos_core::model::{Account, Transaction};
use lifeos_core::wire::Problem;
use lifeos_core::{Id, Row};

use super::day;
use super::entities::VersionParams;
use crate::error::ApiError;
use crate::extract::{ApiJson, ApiQuery, RowId, WorkspaceMember};
use crate::repo;
use crate::state::AppState;

/// A new transfer, in the accounts' minor units.
#[derive(Debug, serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TransferBody {
    /// The account the money leaves.
    #[schema(value_type = String, pattern = "^[0-7][0-9A-HJKMNP-TV-Z]{25}$")]
    pub from_account_id: String,
    /// The account it arrives in (another one).
    #[schema(value_type = String, pattern = "^[0-7][0-9A-HJKMNP-TV-Z]{25}$")]
    pub to_account_id: String,
    /// What leaves `from_account_id`, in its minor units, positive.
    #[schema(minimum = 1, example = 15000)]
    pub amount_minor: i64,
    /// What arrives, in `to_account_id`'s minor units: required when the accounts keep
    /// different currencies, else omitted or equal to `amount_minor`.
    #[schema(minimum = 1)]
    pub to_amount_minor: Option<i64>,
    /// The booking date of both sides (default: today at `offset_minutes`).
    #[schema(value_type = Option<String>, format = Date, pattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]
    pub booking_date: Option<String>,
    /// The caller's offset from UTC in minutes, east positive (default 0).
    #[schema(minimum = -840, maximum = 840)]
    pub offset_minutes: Option<i32>,
    /// Both sides' payee.
    #[serde(default)]
    #[schema(max_length = 500)]
    pub payee: String,
    /// Both sides' memo.
    #[serde(default)]
    #[schema(max_length = 500)]
    pub memo: String,
}

/// Both sides of a transfer: the one out of its source account (`from`, negative) and
/// the one into its destination (`to`).
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct TransferRows {
    /// The side leaving the source account.
    pub from: Row<Transaction>,
    /// The side arriving in the destination account.
    pub to: Row<Transaction>,
}

impl TransferRows {
    fn new((a, b): repo::pair::RowPair<Transaction>) -> Self {
        if a.fields.amount_minor < 0 {
            Self { from: a, to: b }
        } else {
            Self { from: b, to: a }
        }
    }
}

/// A live account of the workspace, else 422 naming `field`.
async fn account(
    state: &AppState,
    workspace: Id,
    field: &str,
    id: &str,
) -> Result<Row<Account>, ApiError> {
    let missing = || ApiError::field(field, "is not an account of this workspace");
    let id: Id = id.parse().map_err(|_| missing())?;
    match repo::get::<Account>(&state.pool, workspace, id).await {
        Ok(a) if !a.kernel.is_deleted() => Ok(a),
        Ok(_) | Err(ApiError::NotFound) => Err(missing()),
        Err(e) => Err(e),
    }
}

/// Creates a transfer: two linked transactions, written together.
#[utoipa::path(post, operation_id = "create_transfer", path = "/v1/workspaces/{workspace_id}/transfers", tag = "transactions",
    params(("workspace_id" = String, Path, description = "The workspace's id")),
    request_body(content = TransferBody, content_type = "application/json"),
    responses(
        (status = 201, description = "Both sides", body = TransferRows),
        (status = 404, description = "No such workspace, or not a member", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "An unknown account, one account twice, an amount that is not positive, or a missing or unequal `to_amount_minor` (cross-field rules: the field is named)", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []), ("cookie" = [])))]
#[tracing::instrument(skip_all, err)]
pub async fn create(
    State(state): State<AppState>,
    member: WorkspaceMember,
    ApiJson(body): ApiJson<TransferBody>,
) -> Result<(StatusCode, Json<TransferRows>), ApiError> {
    let ws = member.workspace_id;
    let from = account(&state, ws, "from_account_id", &body.from_account_id).await?;
    let to = account(&state, ws, "to_account_id", &body.to_account_id).await?;
    let offset = day::offset("offset_minutes", body.offset_minutes)?;
    let plan = TransferPlan {
        from: from.kernel.id,
        to: to.kernel.id,
        amount_minor: body.amount_minor,
        to_amount_minor: body.to_amount_minor,
        booking_date: day::date("booking_date", body.booking_date.as_deref(), offset)?,
        payee: body.payee,
        memo: body.memo,
    };
    let (out, into) = plan.sides(&from.fields, &to.fields)?;
    let sides = new_transfer(out, into)?;
    let pair = repo::pair::create(&state.pool, ws, sides).await?;
    Ok((StatusCode::CREATED, Json(TransferRows::new(pair))))
}

/// Deletes a transfer: both sides become tombstones.
#[utoipa::path(delete, operation_id = "delete_transfer", path = "/v1/workspaces/{workspace_id}/transfers/{id}", tag = "transactions",
    params(("workspace_id" = String, Path, description = "The workspace's id"),
        ("id" = String, Path, description = "Either side's transaction id"), VersionParams),
    responses(
        (status = 200, description = "Both tombstones", body = TransferRows),
        (status = 404, description = "No such transaction", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "A stale `version` of this side, or its other side not synced yet", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The transaction is not a side of a transfer", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []), ("cookie" = [])))]
#[tracing::instrument(skip_all, err)]
pub async fn delete(
    State(state): State<AppState>,
    member: WorkspaceMember,
    RowId(id): RowId,
    ApiQuery(params): ApiQuery<VersionParams>,
) -> Result<Json<TransferRows>, ApiError> {
    let pair =
        repo::pair::delete::<Transaction>(&state.pool, member.workspace_id, id, params.version)
            .await?;
    Ok(Json(TransferRows::new(pair)))
}

/// Restores a deleted transfer: both sides come back.
#[utoipa::path(post, operation_id = "restore_transfer", path = "/v1/workspaces/{workspace_id}/transfers/{id}/restore", tag = "transactions",
    params(("workspace_id" = String, Path, description = "The workspace's id"),
        ("id" = String, Path, description = "Either side's transaction id"), VersionParams),
    responses(
        (status = 200, description = "Both sides, live", body = TransferRows),
        (status = 404, description = "No such transaction", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "A stale `version` of this side, or its other side not synced yet", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The transaction is not a side of a transfer", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []), ("cookie" = [])))]
#[tracing::instrument(skip_all, err)]
pub async fn restore(
    State(state): State<AppState>,
    member: WorkspaceMember,
    RowId(id): RowId,
    ApiQuery(params): ApiQuery<VersionParams>,
) -> Result<Json<TransferRows>, ApiError> {
    let pair =
        repo::pair::restore::<Transaction>(&state.pool, member.workspace_id, id, params.version)
            .await?;
    Ok(Json(TransferRows::new(pair)))
}
