//! Extractors: who is calling (`AuthUser`), in which workspace (`WorkspaceMember`), and
//! JSON/query/path extraction whose rejections are problem documents. Authorization
//! lives here so that a handler cannot forget it: a handler under
//! `/v1/workspaces/{workspace_id}` takes a `WorkspaceMember`.

use std::collections::HashMap;

use axum::extract::rejection::{JsonRejection, QueryRejection};
use axum::extract::{FromRef, FromRequest, FromRequestParts, Path, Query, Request};
use axum::http::request::Parts;
use axum::http::{Method, header};
use lifeos_core::Id;
use lifeos_core::wire::Role;
use serde::de::DeserializeOwned;

use crate::error::ApiError;
use crate::session::{constant_time_eq, token_hash};
use crate::state::AppState;

/// The session cookie's name.
pub const SESSION_COOKIE: &str = "lifeos_session";
/// The (script-readable) CSRF cookie's name.
pub const CSRF_COOKIE: &str = "lifeos_csrf";
/// The header that must repeat the CSRF token on cookie-authenticated writes.
pub const CSRF_HEADER: &str = "x-csrf-token";

/// The id in the path segment `name`, if there is one and it is an id.
async fn path_id<S: Send + Sync>(parts: &mut Parts, state: &S, name: &str) -> Option<Id> {
    let params = Path::<HashMap<String, String>>::from_request_parts(parts, state)
        .await
        .ok()?;
    params.get(name)?.parse().ok()
}

/// An authenticated caller.
#[derive(Clone, Debug)]
pub struct AuthUser {
    /// The user.
    pub user_id: Id,
    /// The hash of the session token (to revoke it).
    pub token_hash: Vec<u8>,
}

fn cookie<'a>(parts: &'a Parts, name: &str) -> Option<&'a str> {
    parts
        .headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

/// Authenticates the request (bearer token, or cookie plus CSRF header on writes) and,
/// for a workspace, reads the caller's role there, in one query.
async fn authenticate(
    parts: &Parts,
    state: &AppState,
    workspace: Option<Id>,
) -> Result<(AuthUser, Option<(String, i64)>), ApiError> {
    let bearer = parts
        .headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim);
    let (token, via_cookie) = match (bearer, cookie(parts, SESSION_COOKIE)) {
        (Some(t), _) => (t, false),
        (None, Some(t)) => (t, true),
        (None, None) => {
            return Err(ApiError::Unauthorized(
                "log in first: no bearer token or session cookie",
            ));
        }
    };
    let hash = token_hash(token);
    let row: Option<(String, String, Option<String>, Option<i64>)> = sqlx::query_as(
        "SELECT s.user_id, s.csrf_token, m.role, w.last_seq FROM sessions s
         LEFT JOIN workspace_members m ON m.user_id = s.user_id AND m.workspace_id = $2
         LEFT JOIN workspaces w ON w.id = m.workspace_id
         WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()",
    )
    .bind(&hash)
    .bind(workspace.map(|w| w.to_string()))
    .fetch_optional(&state.pool)
    .await?;
    let Some((user_id, csrf, role, last_seq)) = row else {
        return Err(ApiError::Unauthorized(
            "the session is unknown, expired or revoked: log in again",
        ));
    };
    let safe = matches!(parts.method, Method::GET | Method::HEAD | Method::OPTIONS);
    if via_cookie && !safe {
        let sent = parts
            .headers
            .get(CSRF_HEADER)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        if !constant_time_eq(sent, &csrf) {
            return Err(ApiError::Forbidden(
                "cookie-authenticated writes need the X-CSRF-Token header from login".into(),
            ));
        }
    }
    let user_id: Id = user_id
        .parse()
        .map_err(|_| ApiError::Internal("bad user id".into()))?;
    tracing::Span::current().record("user.id", tracing::field::display(user_id));
    Ok((
        AuthUser {
            user_id,
            token_hash: hash,
        },
        role.zip(last_seq),
    ))
}

impl<S> FromRequestParts<S> for AuthUser
where
    AppState: FromRef<S>,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        Ok(authenticate(parts, &AppState::from_ref(state), None)
            .await?
            .0)
    }
}

/// A caller who belongs to the workspace named by the `{workspace_id}` path segment.
/// Anyone else gets 404, as if the workspace did not exist.
#[derive(Clone, Debug)]
pub struct WorkspaceMember {
    /// The caller.
    pub user: AuthUser,
    /// The workspace.
    pub workspace_id: Id,
    /// The caller's role there.
    pub role: Role,
    /// The workspace's change-log position when the request was authorized.
    pub last_seq: i64,
}

impl<S> FromRequestParts<S> for WorkspaceMember
where
    AppState: FromRef<S>,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let workspace_id = path_id(parts, state, "workspace_id").await;
        let app = AppState::from_ref(state);
        // Authentication comes first (401), membership second (404).
        let (user, role) = authenticate(parts, &app, workspace_id).await?;
        let Some(workspace_id) = workspace_id else {
            return Err(ApiError::NotFound);
        };
        let (role, last_seq) = match role {
            Some((r, seq)) if r == "owner" => (Role::Owner, seq),
            Some((_, seq)) => (Role::Member, seq),
            None => return Err(ApiError::NotFound),
        };
        tracing::Span::current().record("workspace.id", tracing::field::display(workspace_id));
        Ok(Self {
            user,
            workspace_id,
            role,
            last_seq,
        })
    }
}

/// `Json<T>` whose rejections are problem documents.
pub struct ApiJson<T>(pub T);

impl<S, T> FromRequest<S> for ApiJson<T>
where
    T: DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        match axum::Json::<T>::from_request(req, state).await {
            Ok(axum::Json(v)) => Ok(Self(v)),
            Err(JsonRejection::JsonDataError(e)) => Err(ApiError::Validation {
                field: None,
                message: e.body_text(),
            }),
            Err(JsonRejection::JsonSyntaxError(e)) => Err(ApiError::BadRequest(e.body_text())),
            Err(JsonRejection::MissingJsonContentType(_)) => Err(ApiError::UnsupportedMediaType),
            Err(JsonRejection::BytesRejection(e))
                if e.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE =>
            {
                Err(ApiError::TooLarge(crate::MAX_BODY_BYTES))
            }
            Err(e) => Err(ApiError::BadRequest(e.body_text())),
        }
    }
}

/// `Query<T>` whose rejections are problem documents.
pub struct ApiQuery<T>(pub T);

impl<S, T> FromRequestParts<S> for ApiQuery<T>
where
    T: DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        match Query::<T>::from_request_parts(parts, state).await {
            Ok(Query(v)) => Ok(Self(v)),
            Err(QueryRejection::FailedToDeserializeQueryString(e)) => {
                Err(ApiError::BadRequest(e.body_text()))
            }
            Err(e) => Err(ApiError::BadRequest(e.body_text())),
        }
    }
}

/// The `{id}` path segment of a row: a malformed id cannot exist, so it is 404.
pub struct RowId(pub Id);

impl<S: Send + Sync> FromRequestParts<S> for RowId {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        path_id(parts, state, "id")
            .await
            .map(Self)
            .ok_or(ApiError::NotFound)
    }
}
