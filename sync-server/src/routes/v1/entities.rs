//! The entity API, the same five routes for every registered entity:
//! `/v1/workspaces/{workspace_id}/<plural>` (list, create) and `…/{id}` (get, update,
//! delete). The handlers are stamped out by one macro over the generic repository, so
//! each route and its OpenAPI entry are declared once and every entity behaves alike.

use axum::Json;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use lifeos_core::Entity;
use lifeos_core::Row;
use lifeos_core::model::{
    Account, Budget, Fast, Habit, HabitCheckin, HealthMetric, Note, Person, Place, Practice,
    ReadingDone, ReadingPlan, Task, Transaction, Workout,
};
use lifeos_core::wire::{NewRow, Page, Patch, Problem};
use serde::Deserialize;
use serde_json::{Map, Value};

use crate::error::ApiError;
use crate::extract::{ApiJson, ApiQuery, RowId, WorkspaceMember};
use crate::repo::{self, ListParams};
use crate::state::AppState;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

/// Every entity's routes. A new entity adds one `entity_api!` line below and one here.
pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .merge(notes::routes())
        .merge(tasks::routes())
        .merge(people::routes())
        .merge(places::routes())
        .merge(habits::routes())
        .merge(habit_checkins::routes())
        .merge(fasts::routes())
        .merge(health_metrics::routes())
        .merge(workouts::routes())
        .merge(practices::routes())
        .merge(reading_plans::routes())
        .merge(readings_done::routes())
        .merge(accounts::routes())
        .merge(transactions::routes())
        .merge(budgets::routes())
}

/// `DELETE` parameters.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct DeleteParams {
    /// If given, the delete fails with 409 unless the row is at this version.
    pub version: Option<i64>,
}

macro_rules! entity_api {
    ($module:ident, $ty:ty, $coll:tt, $item:tt, $tag:tt) => {
        #[doc = concat!("Routes for ", $tag, ".")]
        pub mod $module {
            use super::*;

            #[doc = concat!("List ", $tag, " (cursor pagination, filters as in the CLI).")]
            #[utoipa::path(get, operation_id = concat!("list_", $tag), path = $coll, tag = $tag,
                params(("workspace_id" = String, Path, description = "The workspace's id"), ListParams),
                responses(
                    (status = 200, description = "One page", body = Page<Row<$ty>>),
                    (status = 404, description = "No such workspace, or not a member", body = Problem, content_type = "application/problem+json"),
                    (status = 422, description = "A bad filter", body = Problem, content_type = "application/problem+json"),
                ),
                security(("bearer" = []), ("cookie" = [])))]
            #[tracing::instrument(skip_all, err)]
            pub async fn list(State(state): State<AppState>, member: WorkspaceMember, uri: Uri, ApiQuery(params): ApiQuery<ListParams>) -> Result<Response, ApiError> {
                let key = (member.workspace_id, <$ty as Entity>::KIND.name(), member.last_seq, uri.query().unwrap_or("").to_owned());
                let body = match state.lists.get(&key) {
                    Some(body) => body,
                    None => {
                        let page: Page<Row<$ty>> = repo::list(&state.pool, member.workspace_id, &params).await?;
                        let body = Bytes::from(serde_json::to_vec(&page).map_err(|e| ApiError::Internal(e.to_string()))?);
                        state.lists.put(key, body.clone());
                        body
                    }
                };
                Ok(([(header::CONTENT_TYPE, "application/json")], body).into_response())
            }

            #[doc = concat!("Create one of the ", $tag, "; the client may supply its own ULID as `id`.")]
            #[utoipa::path(post, operation_id = concat!("create_", $tag), path = $coll, tag = $tag,
                params(("workspace_id" = String, Path, description = "The workspace's id")),
                request_body = NewRow<$ty>,
                responses(
                    (status = 201, description = "Created", body = Row<$ty>),
                    (status = 404, description = "No such workspace, or not a member", body = Problem, content_type = "application/problem+json"),
                    (status = 409, description = "The id exists", body = Problem, content_type = "application/problem+json"),
                    (status = 422, description = "Invalid fields", body = Problem, content_type = "application/problem+json"),
                ),
                security(("bearer" = []), ("cookie" = [])))]
            #[tracing::instrument(skip_all, err)]
            pub async fn create(State(state): State<AppState>, member: WorkspaceMember, ApiJson(body): ApiJson<Map<String, Value>>) -> Result<(StatusCode, Json<Row<$ty>>), ApiError> {
                let body = NewRow::<$ty>::from_map(body)?;
                Ok((StatusCode::CREATED, Json(repo::create(&state.pool, member.workspace_id, body).await?)))
            }

            #[doc = concat!("One of the ", $tag, ", tombstones included.")]
            #[utoipa::path(get, operation_id = concat!("get_", $tag), path = $item, tag = $tag,
                params(("workspace_id" = String, Path, description = "The workspace's id"), ("id" = String, Path, description = "The row's id")),
                responses(
                    (status = 200, description = "The row", body = Row<$ty>),
                    (status = 404, description = "No such row", body = Problem, content_type = "application/problem+json"),
                ),
                security(("bearer" = []), ("cookie" = [])))]
            #[tracing::instrument(skip_all, err)]
            pub async fn get(State(state): State<AppState>, member: WorkspaceMember, RowId(id): RowId) -> Result<Json<Row<$ty>>, ApiError> {
                Ok(Json(repo::get::<$ty>(&state.pool, member.workspace_id, id).await?))
            }

            #[doc = concat!("Change one of the ", $tag, ": send `version` and the fields to change.")]
            #[utoipa::path(patch, operation_id = concat!("update_", $tag), path = $item, tag = $tag,
                params(("workspace_id" = String, Path, description = "The workspace's id"), ("id" = String, Path, description = "The row's id")),
                request_body = Patch<$ty>,
                responses(
                    (status = 200, description = "The updated row", body = Row<$ty>),
                    (status = 404, description = "No such row", body = Problem, content_type = "application/problem+json"),
                    (status = 409, description = "Stale version or deleted row; `current` holds the row", body = Problem, content_type = "application/problem+json"),
                    (status = 422, description = "Invalid fields", body = Problem, content_type = "application/problem+json"),
                ),
                security(("bearer" = []), ("cookie" = [])))]
            #[tracing::instrument(skip_all, err)]
            pub async fn update(State(state): State<AppState>, member: WorkspaceMember, RowId(id): RowId, ApiJson(body): ApiJson<Map<String, Value>>) -> Result<Json<Row<$ty>>, ApiError> {
                let patch = Patch::<$ty>::from_map(body)?;
                Ok(Json(repo::update(&state.pool, member.workspace_id, id, patch).await?))
            }

            #[doc = concat!("The five routes for ", $tag, ", with their OpenAPI entries.")]
            pub fn routes() -> OpenApiRouter<AppState> {
                OpenApiRouter::new()
                    .routes(routes!(list, create))
                    .routes(routes!(get, update, delete))
            }

            #[doc = concat!("Soft-delete one of the ", $tag, ": it stays as a tombstone.")]
            #[utoipa::path(delete, operation_id = concat!("delete_", $tag), path = $item, tag = $tag,
                params(("workspace_id" = String, Path, description = "The workspace's id"), ("id" = String, Path, description = "The row's id"), DeleteParams),
                responses(
                    (status = 200, description = "The tombstone", body = Row<$ty>),
                    (status = 404, description = "No such row", body = Problem, content_type = "application/problem+json"),
                    (status = 409, description = "Stale version", body = Problem, content_type = "application/problem+json"),
                ),
                security(("bearer" = []), ("cookie" = [])))]
            #[tracing::instrument(skip_all, err)]
            pub async fn delete(State(state): State<AppState>, member: WorkspaceMember, RowId(id): RowId, ApiQuery(params): ApiQuery<DeleteParams>) -> Result<Json<Row<$ty>>, ApiError> {
                Ok(Json(repo::delete::<$ty>(&state.pool, member.workspace_id, id, params.version).await?))
            }
        }
    };
}

entity_api!(
    notes,
    Note,
    "/v1/workspaces/{workspace_id}/notes",
    "/v1/workspaces/{workspace_id}/notes/{id}",
    "notes"
);
entity_api!(
    tasks,
    Task,
    "/v1/workspaces/{workspace_id}/tasks",
    "/v1/workspaces/{workspace_id}/tasks/{id}",
    "tasks"
);
entity_api!(
    people,
    Person,
    "/v1/workspaces/{workspace_id}/people",
    "/v1/workspaces/{workspace_id}/people/{id}",
    "people"
);
entity_api!(
    places,
    Place,
    "/v1/workspaces/{workspace_id}/places",
    "/v1/workspaces/{workspace_id}/places/{id}",
    "places"
);
entity_api!(
    health_metrics,
    HealthMetric,
    "/v1/workspaces/{workspace_id}/health_metrics",
    "/v1/workspaces/{workspace_id}/health_metrics/{id}",
    "health_metrics"
);
entity_api!(
    workouts,
    Workout,
    "/v1/workspaces/{workspace_id}/workouts",
    "/v1/workspaces/{workspace_id}/workouts/{id}",
    "workouts"
);
entity_api!(
    practices,
    Practice,
    "/v1/workspaces/{workspace_id}/practices",
    "/v1/workspaces/{workspace_id}/practices/{id}",
    "practices"
);
entity_api!(
    reading_plans,
    ReadingPlan,
    "/v1/workspaces/{workspace_id}/reading_plans",
    "/v1/workspaces/{workspace_id}/reading_plans/{id}",
    "reading_plans"
);
entity_api!(
    readings_done,
    ReadingDone,
    "/v1/workspaces/{workspace_id}/readings_done",
    "/v1/workspaces/{workspace_id}/readings_done/{id}",
    "readings_done"
);
entity_api!(
    habits,
    Habit,
    "/v1/workspaces/{workspace_id}/habits",
    "/v1/workspaces/{workspace_id}/habits/{id}",
    "habits"
);
entity_api!(
    habit_checkins,
    HabitCheckin,
    "/v1/workspaces/{workspace_id}/habit_checkins",
    "/v1/workspaces/{workspace_id}/habit_checkins/{id}",
    "habit_checkins"
);
entity_api!(
    fasts,
    Fast,
    "/v1/workspaces/{workspace_id}/fasts",
    "/v1/workspaces/{workspace_id}/fasts/{id}",
    "fasts"
);
entity_api!(
    accounts,
    Account,
    "/v1/workspaces/{workspace_id}/accounts",
    "/v1/workspaces/{workspace_id}/accounts/{id}",
    "accounts"
);
entity_api!(
    transactions,
    Transaction,
    "/v1/workspaces/{workspace_id}/transactions",
    "/v1/workspaces/{workspace_id}/transactions/{id}",
    "transactions"
);
entity_api!(
    budgets,
    Budget,
    "/v1/workspaces/{workspace_id}/budgets",
    "/v1/workspaces/{workspace_id}/budgets/{id}",
    "budgets"
);
