//! Blobs: the bytes of attachments, uploaded resumably and downloaded with ranges
//! (docs/attachments.md).

use axum::Json;
use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use futures_util::StreamExt;
use lifeos_core::wire::Problem;
use object_store::{GetOptions, GetRange, ObjectStore};
use serde::{Deserialize, Serialize};

use crate::blobs::{self, PutOutcome};
use crate::error::ApiError;
use crate::extract::{ApiQuery, WorkspaceMember};
use crate::state::AppState;

/// Where an upload stands.
#[derive(Debug, Serialize, Deserialize, utoipa::ToSchema)]
pub struct UploadState {
    /// Bytes the server holds (where to resume).
    pub offset: u64,
    /// The blob's declared size.
    pub size: u64,
}

/// The path of a blob or an upload.
#[derive(Debug, Deserialize)]
pub struct BlobPath {
    /// The workspace (checked by [`WorkspaceMember`]).
    pub workspace_id: String,
    /// The hash.
    pub sha256: String,
}

/// `PUT` parameters.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct PutParams {
    /// The blob's size in bytes (an attachment's: at most 2⁵³ − 1).
    #[param(minimum = 0, maximum = 9007199254740991_u64)]
    pub size: u64,
    /// Where this body starts (default 0): the `offset` of the upload in progress.
    #[param(minimum = 0, maximum = 9007199254740991_u64)]
    pub offset: Option<u64>,
}

fn octet_headers(sha: &str, len: u64) -> HeaderMap {
    let mut h = HeaderMap::new();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/octet-stream"),
    );
    h.insert(header::CONTENT_LENGTH, HeaderValue::from(len));
    h.insert(header::ACCEPT_RANGES, HeaderValue::from_static("bytes"));
    if let Ok(v) = HeaderValue::from_str(&format!("\"{sha}\"")) {
        h.insert(header::ETAG, v);
    }
    h
}

/// A `Range` header that asks for none of the blob's bytes.
#[derive(Debug, PartialEq, Eq)]
pub struct Unsatisfiable;

/// The range a `Range` header asks of `len` bytes: `Ok(None)` for the whole (no header,
/// one it does not understand, or several ranges).
pub fn parse_range(
    value: Option<&str>,
    len: u64,
) -> Result<Option<std::ops::Range<u64>>, Unsatisfiable> {
    let Some(spec) = value.and_then(|v| v.trim().strip_prefix("bytes=")) else {
        return Ok(None);
    };
    if spec.contains(',') {
        return Ok(None);
    }
    let Some((a, b)) = spec.trim().split_once('-') else {
        return Ok(None);
    };
    let (a, b) = (a.trim(), b.trim());
    if a.is_empty() {
        let Ok(n) = b.parse::<u64>() else {
            return Ok(None);
        };
        if n == 0 || len == 0 {
            return Err(Unsatisfiable);
        }
        return Ok(Some(len.saturating_sub(n)..len));
    }
    let Ok(start) = a.parse::<u64>() else {
        return Ok(None);
    };
    let end = if b.is_empty() {
        len
    } else {
        match b.parse::<u64>() {
            Ok(e) if e >= start => e.saturating_add(1).min(len),
            _ => return Ok(None),
        }
    };
    if start >= len {
        return Err(Unsatisfiable);
    }
    Ok(Some(start..end))
}

/// Whether a blob is stored, and its size.
#[utoipa::path(head, operation_id = "blob_head", path = "/v1/workspaces/{workspace_id}/blobs/{sha256}", tag = "blobs",
    params(("workspace_id" = String, Path, description = "The workspace's id"),
           ("sha256" = String, Path, description = "The blob's SHA-256, 64 lower-case hex digits", pattern = "^[0-9a-f]{64}$")),
    responses(
        (status = 200, description = "Stored; `Content-Length` is its size, `ETag` its hash"),
        (status = 404, description = "Not stored, no such workspace, or not a member"),
        (status = 422, description = "Not a SHA-256"),
    ),
    security(("bearer" = []), ("cookie" = [])))]
#[tracing::instrument(skip_all, err)]
pub async fn head(
    State(state): State<AppState>,
    member: WorkspaceMember,
    Path(BlobPath { sha256: sha, .. }): Path<BlobPath>,
) -> Result<Response, ApiError> {
    blobs::check_sha256(&sha)?;
    let size = blobs::stored_size(&state.pool, member.workspace_id, &sha)
        .await?
        .ok_or(ApiError::NotFound)?;
    Ok((StatusCode::OK, octet_headers(&sha, size)).into_response())
}

/// Download a blob, streamed; `Range: bytes=a-b` answers 206 with that range.
#[utoipa::path(get, operation_id = "blob_get", path = "/v1/workspaces/{workspace_id}/blobs/{sha256}", tag = "blobs",
    params(("workspace_id" = String, Path, description = "The workspace's id"),
           ("sha256" = String, Path, description = "The blob's SHA-256, 64 lower-case hex digits", pattern = "^[0-9a-f]{64}$"),
           ("Range" = Option<String>, Header, description = "One range, `bytes=a-b`, `bytes=a-` or `bytes=-n`")),
    responses(
        (status = 200, description = "The bytes; `ETag` is the hash", content_type = "application/octet-stream", body = Vec<u8>),
        (status = 206, description = "The range asked, with `Content-Range`", content_type = "application/octet-stream", body = Vec<u8>),
        (status = 404, description = "Not stored, no such workspace, or not a member", body = Problem, content_type = "application/problem+json"),
        (status = 416, description = "The range is outside the blob; `Content-Range: bytes */size`"),
        (status = 422, description = "Not a SHA-256", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []), ("cookie" = [])))]
#[tracing::instrument(skip_all, err)]
pub async fn download(
    State(state): State<AppState>,
    member: WorkspaceMember,
    Path(BlobPath { sha256: sha, .. }): Path<BlobPath>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    blobs::check_sha256(&sha)?;
    let size = blobs::stored_size(&state.pool, member.workspace_id, &sha)
        .await?
        .ok_or(ApiError::NotFound)?;
    let range = headers.get(header::RANGE).and_then(|v| v.to_str().ok());
    let range = match parse_range(range, size) {
        Ok(r) => r,
        Err(Unsatisfiable) => {
            let mut h = HeaderMap::new();
            if let Ok(v) = HeaderValue::from_str(&format!("bytes */{size}")) {
                h.insert(header::CONTENT_RANGE, v);
            }
            return Ok((StatusCode::RANGE_NOT_SATISFIABLE, h).into_response());
        }
    };
    let store = state.blobs.store_api()?;
    let key = blobs::blob_key(member.workspace_id, &sha);
    let (status, r) = match &range {
        Some(r) => (StatusCode::PARTIAL_CONTENT, r.clone()),
        None => (StatusCode::OK, 0..size),
    };
    let mut h = octet_headers(&sha, r.end - r.start);
    if range.is_some()
        && let Ok(v) = HeaderValue::from_str(&format!("bytes {}-{}/{size}", r.start, r.end - 1))
    {
        h.insert(header::CONTENT_RANGE, v);
    }
    if r.is_empty() {
        return Ok((status, h).into_response());
    }
    let opts = GetOptions {
        range: Some(GetRange::Bounded(r)),
        ..GetOptions::default()
    };
    let got = store.get_opts(&key, opts).await.map_err(blobs::store_err)?;
    let body = Body::from_stream(got.into_stream().map(|c| c.map_err(std::io::Error::other)));
    Ok((status, h, body).into_response())
}

/// Where an upload in progress stands.
#[utoipa::path(get, operation_id = "upload_get", path = "/v1/workspaces/{workspace_id}/uploads/{sha256}", tag = "blobs",
    params(("workspace_id" = String, Path, description = "The workspace's id"),
           ("sha256" = String, Path, description = "The blob's SHA-256, 64 lower-case hex digits", pattern = "^[0-9a-f]{64}$")),
    responses(
        (status = 200, description = "How many bytes the server holds", body = UploadState),
        (status = 404, description = "No upload in progress, no such workspace, or not a member", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Not a SHA-256", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []), ("cookie" = [])))]
#[tracing::instrument(skip_all, err)]
pub async fn upload(
    State(state): State<AppState>,
    member: WorkspaceMember,
    Path(BlobPath { sha256: sha, .. }): Path<BlobPath>,
) -> Result<Json<UploadState>, ApiError> {
    blobs::check_sha256(&sha)?;
    let (offset, size) = blobs::upload_state(&state.pool, member.workspace_id, &sha)
        .await?
        .ok_or(ApiError::NotFound)?;
    Ok(Json(UploadState { offset, size }))
}

/// Upload bytes `offset..` of a blob of `size` bytes. The body streams and may stop
/// early (202: resume from `offset`). The blob must be named by an attachment row of the
/// workspace (push the row first).
#[utoipa::path(put, operation_id = "blob_put", path = "/v1/workspaces/{workspace_id}/blobs/{sha256}", tag = "blobs",
    params(("workspace_id" = String, Path, description = "The workspace's id"),
           ("sha256" = String, Path, description = "The blob's SHA-256, 64 lower-case hex digits", pattern = "^[0-9a-f]{64}$"),
           PutParams),
    request_body(content = Vec<u8>, content_type = "application/octet-stream", description = "Bytes `offset..size` of the blob, or a first part of them"),
    responses(
        (status = 200, description = "Already stored; nothing was read"),
        (status = 201, description = "Complete: every byte arrived and they hash to the path's SHA-256"),
        (status = 202, description = "The body ended early: resume from `offset`", body = UploadState),
        (status = 400, description = "A bad query string", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such workspace, or not a member", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`offset` is not where the upload stands", body = UploadState),
        (status = 413, description = "Over the per-file limit, more than `size` bytes, or over the workspace's quota; nothing of it is kept", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Not a SHA-256, an offset beyond the size, no attachment names the hash, or the bytes do not hash to it (the upload is discarded)", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []), ("cookie" = [])))]
#[tracing::instrument(skip_all, err)]
pub async fn put(
    State(state): State<AppState>,
    member: WorkspaceMember,
    Path(BlobPath { sha256: sha, .. }): Path<BlobPath>,
    ApiQuery(p): ApiQuery<PutParams>,
    body: Body,
) -> Result<Response, ApiError> {
    blobs::check_sha256(&sha)?;
    // What no attachment can declare is a bad request, not one too large to take.
    const MAX_SIZE: u64 = (1 << 53) - 1;
    for (field, v) in [("size", Some(p.size)), ("offset", p.offset)] {
        if v.is_some_and(|v| v > MAX_SIZE) {
            return Err(ApiError::field(
                field,
                format!("must be at most {MAX_SIZE}"),
            ));
        }
    }
    let ws = member.workspace_id;
    let offset = p.offset.unwrap_or(0);
    // In a task of its own, so that what arrived is kept even when the connection (and
    // with it this handler) goes away mid-body.
    let task = tokio::spawn(async move {
        let stream = body.into_data_stream();
        blobs::put(&state.pool, &state.blobs, ws, &sha, p.size, offset, stream).await
    });
    let outcome = task
        .await
        .map_err(|e| ApiError::Internal(format!("the upload task failed: {e}")))??;
    Ok(match outcome {
        PutOutcome::Stored => StatusCode::OK.into_response(),
        PutOutcome::Created => StatusCode::CREATED.into_response(),
        PutOutcome::Partial { offset, size } => {
            (StatusCode::ACCEPTED, Json(UploadState { offset, size })).into_response()
        }
        PutOutcome::WrongOffset { offset, size } => {
            (StatusCode::CONFLICT, Json(UploadState { offset, size })).into_response()
        }
    })
}
