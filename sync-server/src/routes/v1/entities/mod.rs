//! The entity API, the same six routes for every registered entity:
//! `/v1/workspaces/{workspace_id}/<plural>` (list, create), `…/{id}` (get, update,
//! delete) and `…/{id}/restore`. The handlers are written once over `E: Entity` and stamped over
//! [`EntityKind::ALL`] with a [`KindVisitor`]; each route's OpenAPI entry is built from
//! the same declaration ([`doc`]), so adding an entity needs nothing here.

pub mod doc;

use axum::Json;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use lifeos_core::entity::KindVisitor;
use lifeos_core::query::{COMMON_PARAMS, ListQuery};
use lifeos_core::wire::{NewRow, Page, Patch};
use lifeos_core::{Entity, EntityKind, Id, Row};
use serde::Deserialize;
use serde_json::{Map, Value};
use utoipa_axum::router::OpenApiRouter;

use crate::error::ApiError;
use crate::extract::{ApiJson, ApiQuery, RowId, WorkspaceMember};
use crate::repo::{self, DEFAULT_PAGE, MAX_PAGE};
use crate::state::AppState;

/// Every registered entity's routes, with their OpenAPI entries.
pub fn routes() -> OpenApiRouter<AppState> {
    EntityKind::ALL
        .iter()
        .fold(OpenApiRouter::new(), |r, kind| r.merge(kind.visit(Routes)))
}

/// The six routes of one kind.
struct Routes;

impl KindVisitor for Routes {
    type Output = OpenApiRouter<AppState>;

    fn visit<E: Entity>(self) -> Self::Output {
        OpenApiRouter::new()
            .routes((
                doc::schemas::<E>(),
                doc::collection::<E>(),
                get(list::<E>).post(create::<E>),
            ))
            .routes((
                Vec::new(),
                doc::item::<E>(),
                get(get_one::<E>).patch(update::<E>).delete(delete::<E>),
            ))
            .routes((Vec::new(), doc::restore::<E>(), post(restore::<E>)))
    }
}

/// `DELETE` and restore parameters.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct VersionParams {
    /// If given, the change fails with 409 unless the row is at this version.
    pub version: Option<i64>,
}

/// What a list request asks for: the page (`cursor`, `limit`) and the [`ListQuery`] read
/// from the kind's declared parameters.
#[derive(Debug)]
pub struct ListRequest {
    /// The rows.
    pub query: ListQuery,
    /// The last id of the previous page.
    pub cursor: Option<Id>,
    /// Rows per page.
    pub limit: u32,
}

impl ListRequest {
    /// Reads a query string's pairs for `kind`. A parameter no kind has is a bad request
    /// (400); a bad value, or a parameter of another kind, names the parameter (422).
    pub fn read(kind: EntityKind, pairs: &[(String, String)]) -> Result<Self, ApiError> {
        let mut cursor = None;
        let mut limit = DEFAULT_PAGE;
        let mut params = Vec::new();
        for (name, value) in pairs {
            match name.as_str() {
                "cursor" => {
                    cursor = Some(value.parse().map_err(|_| {
                        ApiError::field("cursor", "is not a cursor from a previous page")
                    })?)
                }
                "limit" => {
                    limit = value
                        .parse()
                        .ok()
                        .filter(|l| (1..=MAX_PAGE).contains(l))
                        .ok_or_else(|| {
                            ApiError::field("limit", format!("must be 1 to {MAX_PAGE}"))
                        })?
                }
                n if is_list_param(n) => params.push((n, value.as_str())),
                n => {
                    return Err(ApiError::BadRequest(format!(
                        "unknown query parameter `{}`",
                        lifeos_core::validate::clip(n)
                    )));
                }
            }
        }
        let query = ListQuery::from_params(kind, params)
            .map_err(|e| ApiError::field(e.param, e.message))?;
        Ok(ListRequest {
            query,
            cursor,
            limit,
        })
    }
}

/// Whether some kind accepts `name` as a list parameter.
fn is_list_param(name: &str) -> bool {
    COMMON_PARAMS.iter().any(|(p, _)| *p == name)
        || EntityKind::ALL
            .iter()
            .any(|k| k.filters().iter().any(|f| f.param == name))
}

/// Lists rows (cursor pagination, filters as in the CLI).
#[tracing::instrument(skip_all, err)]
async fn list<E: Entity>(
    State(state): State<AppState>,
    member: WorkspaceMember,
    uri: Uri,
    ApiQuery(pairs): ApiQuery<Vec<(String, String)>>,
) -> Result<Response, ApiError> {
    let req = ListRequest::read(E::KIND, &pairs)?;
    let key = (
        member.workspace_id,
        E::KIND.name(),
        member.last_seq,
        uri.query().unwrap_or("").to_owned(),
    );
    let body = match state.lists.get(&key) {
        Some(body) => body,
        None => {
            let page: Page<Row<E>> = repo::list(
                &state.pool,
                member.workspace_id,
                &req.query,
                req.cursor,
                req.limit,
            )
            .await?;
            let body = Bytes::from(
                serde_json::to_vec(&page).map_err(|e| ApiError::Internal(e.to_string()))?,
            );
            state.lists.put(key, body.clone());
            body
        }
    };
    Ok(([(header::CONTENT_TYPE, "application/json")], body).into_response())
}

/// Creates a row; the client may supply its own ULID as `id`.
#[tracing::instrument(skip_all, err)]
async fn create<E: Entity>(
    State(state): State<AppState>,
    member: WorkspaceMember,
    ApiJson(body): ApiJson<Map<String, Value>>,
) -> Result<(StatusCode, Json<Row<E>>), ApiError> {
    let body = NewRow::<E>::from_map(body)?;
    let row = repo::create(&state.pool, member.workspace_id, body).await?;
    Ok((StatusCode::CREATED, Json(row)))
}

/// One row, tombstones included.
#[tracing::instrument(skip_all, err)]
async fn get_one<E: Entity>(
    State(state): State<AppState>,
    member: WorkspaceMember,
    RowId(id): RowId,
) -> Result<Json<Row<E>>, ApiError> {
    Ok(Json(
        repo::get::<E>(&state.pool, member.workspace_id, id).await?,
    ))
}

/// Changes a row: `version` and the fields to change.
#[tracing::instrument(skip_all, err)]
async fn update<E: Entity>(
    State(state): State<AppState>,
    member: WorkspaceMember,
    RowId(id): RowId,
    ApiJson(body): ApiJson<Map<String, Value>>,
) -> Result<Json<Row<E>>, ApiError> {
    let patch = Patch::<E>::from_map(body)?;
    Ok(Json(
        repo::update(&state.pool, member.workspace_id, id, patch).await?,
    ))
}

/// Soft-deletes a row: it stays as a tombstone.
#[tracing::instrument(skip_all, err)]
async fn delete<E: Entity>(
    State(state): State<AppState>,
    member: WorkspaceMember,
    RowId(id): RowId,
    ApiQuery(params): ApiQuery<VersionParams>,
) -> Result<Json<Row<E>>, ApiError> {
    Ok(Json(
        repo::delete::<E>(&state.pool, member.workspace_id, id, params.version).await?,
    ))
}

/// Restores a soft-deleted row; a live one is answered as it is.
#[tracing::instrument(skip_all, err)]
async fn restore<E: Entity>(
    State(state): State<AppState>,
    member: WorkspaceMember,
    RowId(id): RowId,
    ApiQuery(params): ApiQuery<VersionParams>,
) -> Result<Json<Row<E>>, ApiError> {
    Ok(Json(
        repo::restore::<E>(&state.pool, member.workspace_id, id, params.version).await?,
    ))
}
