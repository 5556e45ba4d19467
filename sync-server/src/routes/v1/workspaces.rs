//! Workspaces and their members. Non-members get 404 for everything under a workspace.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use lifeos_core::wire::{AddMember, CreateWorkspace, Member, Problem, Role, Workspace};
use lifeos_core::{Id, Timestamp, validate};

use crate::error::ApiError;
use crate::extract::{ApiJson, AuthUser, WorkspaceMember};
use crate::routes::v1::auth::workspaces_of;
use crate::state::AppState;

/// The caller's workspaces.
#[utoipa::path(get, operation_id = "list_workspaces", path = "/v1/workspaces", tag = "workspaces",
    responses(
        (status = 200, description = "Every workspace the caller belongs to", body = Vec<Workspace>),
        (status = 401, description = "Not logged in", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []), ("cookie" = [])))]
#[tracing::instrument(skip_all, err, fields(user.id = %user.user_id))]
pub async fn list(
    State(state): State<AppState>,
    user: AuthUser,
) -> Result<Json<Vec<Workspace>>, ApiError> {
    Ok(Json(workspaces_of(&state, user.user_id).await?))
}

/// Create a workspace; the caller becomes its owner.
#[utoipa::path(post, operation_id = "create_workspace", path = "/v1/workspaces", tag = "workspaces",
    request_body = CreateWorkspace,
    responses(
        (status = 201, description = "Created", body = Workspace),
        (status = 422, description = "Invalid name", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []), ("cookie" = [])))]
#[tracing::instrument(skip_all, err, fields(user.id = %user.user_id))]
pub async fn create(
    State(state): State<AppState>,
    user: AuthUser,
    ApiJson(req): ApiJson<CreateWorkspace>,
) -> Result<(StatusCode, Json<Workspace>), ApiError> {
    validate::title("name", &req.name)?;
    let ws = Workspace {
        id: Id::generate(),
        name: req.name,
        role: Role::Owner,
        personal: false,
        created_at: Timestamp::now(),
    };
    let mut tx = state.pool.begin().await?;
    sqlx::query(
        "INSERT INTO workspaces (id, name, personal, created_at) VALUES ($1, $2, false, $3)",
    )
    .bind(ws.id.to_string())
    .bind(&ws.name)
    .bind(ws.created_at.datetime())
    .execute(&mut *tx)
    .await?;
    sqlx::query(
        "INSERT INTO workspace_members (workspace_id, user_id, role) VALUES ($1, $2, 'owner')",
    )
    .bind(ws.id.to_string())
    .bind(user.user_id.to_string())
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok((StatusCode::CREATED, Json(ws)))
}

/// One workspace.
#[utoipa::path(get, operation_id = "get_workspace", path = "/v1/workspaces/{workspace_id}", tag = "workspaces",
    params(("workspace_id" = String, Path, description = "The workspace's id")),
    responses(
        (status = 200, description = "The workspace", body = Workspace),
        (status = 404, description = "No such workspace, or not a member", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []), ("cookie" = [])))]
#[tracing::instrument(skip_all, err, fields(user.id, workspace.id))]
pub async fn get(
    State(state): State<AppState>,
    member: WorkspaceMember,
) -> Result<Json<Workspace>, ApiError> {
    workspaces_of(&state, member.user.user_id)
        .await?
        .into_iter()
        .find(|w| w.id == member.workspace_id)
        .map(Json)
        .ok_or(ApiError::NotFound)
}

fn role(s: &str) -> Role {
    if s == "owner" {
        Role::Owner
    } else {
        Role::Member
    }
}

/// The workspace's members.
#[utoipa::path(get, operation_id = "list_members", path = "/v1/workspaces/{workspace_id}/members", tag = "workspaces",
    params(("workspace_id" = String, Path, description = "The workspace's id")),
    responses(
        (status = 200, description = "Its members", body = Vec<Member>),
        (status = 404, description = "No such workspace, or not a member", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []), ("cookie" = [])))]
#[tracing::instrument(skip_all, err, fields(user.id, workspace.id))]
pub async fn members(
    State(state): State<AppState>,
    member: WorkspaceMember,
) -> Result<Json<Vec<Member>>, ApiError> {
    let rows: Vec<(String, String, String, time::OffsetDateTime)> = sqlx::query_as(
        "SELECT u.id, u.email, m.role, m.joined_at FROM workspace_members m JOIN users u ON u.id = m.user_id
         WHERE m.workspace_id = $1 ORDER BY m.joined_at, u.id",
    )
    .bind(member.workspace_id.to_string())
    .fetch_all(&state.pool)
    .await?;
    rows.into_iter()
        .map(|(id, email, r, joined)| {
            Ok(Member {
                user_id: id
                    .parse()
                    .map_err(|_| ApiError::Internal("bad user id".into()))?,
                email,
                role: role(&r),
                joined_at: Timestamp::from_datetime(joined),
            })
        })
        .collect::<Result<Vec<_>, ApiError>>()
        .map(Json)
}

/// Add an existing user to the workspace (owners only).
#[utoipa::path(post, operation_id = "add_member", path = "/v1/workspaces/{workspace_id}/members", tag = "workspaces",
    params(("workspace_id" = String, Path, description = "The workspace's id")),
    request_body = AddMember,
    responses(
        (status = 201, description = "Added", body = Member),
        (status = 403, description = "Only owners add members", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such workspace, or no account with that email", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Already a member", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []), ("cookie" = [])))]
#[tracing::instrument(skip_all, err, fields(user.id, workspace.id))]
pub async fn add_member(
    State(state): State<AppState>,
    member: WorkspaceMember,
    ApiJson(req): ApiJson<AddMember>,
) -> Result<(StatusCode, Json<Member>), ApiError> {
    if member.role != Role::Owner {
        return Err(ApiError::Forbidden("only owners add members".into()));
    }
    let email = req.email.trim().to_lowercase();
    let user: Option<String> = sqlx::query_scalar("SELECT id FROM users WHERE email = $1")
        .bind(&email)
        .fetch_optional(&state.pool)
        .await?;
    let Some(user) = user else {
        return Err(ApiError::field(
            "email",
            "no account has this email; they must sign up first",
        ));
    };
    let r = req.role.unwrap_or(Role::Member);
    let joined = Timestamp::now();
    sqlx::query("INSERT INTO workspace_members (workspace_id, user_id, role, joined_at) VALUES ($1, $2, $3, $4)")
        .bind(member.workspace_id.to_string())
        .bind(&user)
        .bind(r.as_str())
        .bind(joined.datetime())
        .execute(&state.pool)
        .await
        .map_err(|e| match ApiError::from(e) {
            ApiError::Conflict { .. } => ApiError::Conflict {
                detail: format!("{email} is already a member"),
                current: None,
            },
            other => other,
        })?;
    Ok((
        StatusCode::CREATED,
        Json(Member {
            user_id: user
                .parse()
                .map_err(|_| ApiError::Internal("bad user id".into()))?,
            email,
            role: r,
            joined_at: joined,
        }),
    ))
}

/// Leave the workspace. The last owner cannot leave while others remain.
#[utoipa::path(delete, operation_id = "leave_workspace", path = "/v1/workspaces/{workspace_id}/members/me", tag = "workspaces",
    params(("workspace_id" = String, Path, description = "The workspace's id")),
    responses(
        (status = 204, description = "Left"),
        (status = 404, description = "No such workspace, or not a member", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The last owner cannot leave while others remain", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []), ("cookie" = [])))]
#[tracing::instrument(skip_all, err, fields(user.id, workspace.id))]
pub async fn leave(
    State(state): State<AppState>,
    member: WorkspaceMember,
) -> Result<StatusCode, ApiError> {
    let mut tx = state.pool.begin().await?;
    // Lock the workspace so two owners leaving at once cannot both succeed.
    sqlx::query("SELECT 1 FROM workspaces WHERE id = $1 FOR UPDATE")
        .bind(member.workspace_id.to_string())
        .execute(&mut *tx)
        .await?;
    let (owners, others): (i64, i64) = sqlx::query_as(
        "SELECT count(*) FILTER (WHERE role = 'owner' AND user_id <> $2), count(*) FILTER (WHERE user_id <> $2)
         FROM workspace_members WHERE workspace_id = $1",
    )
    .bind(member.workspace_id.to_string())
    .bind(member.user.user_id.to_string())
    .fetch_one(&mut *tx)
    .await?;
    if member.role == Role::Owner && owners == 0 && others > 0 {
        return Err(ApiError::Conflict {
            detail: "you are the last owner: make another member an owner first".into(),
            current: None,
        });
    }
    sqlx::query("DELETE FROM workspace_members WHERE workspace_id = $1 AND user_id = $2")
        .bind(member.workspace_id.to_string())
        .bind(member.user.user_id.to_string())
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(StatusCode::NO_CONTENT)
}
