//! Blobs: the bytes attachments name, stored once per workspace and SHA-256 in an object
//! store (a local directory or an S3-compatible bucket), with what is stored and what is
//! being uploaded in Postgres (docs/attachments.md).
//!
//! Keys: `{workspace_id}/blobs/{sha256}` for a stored blob, and
//! `{workspace_id}/uploads/{sha256}/{start}-{ulid}` for each part of an upload in
//! progress, each part listed in `blob_upload_part`, so any server process can continue
//! an upload or finish it.

use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

use axum::body::Bytes;
use futures_util::{Stream, StreamExt};
use lifeos_core::Id;
use object_store::path::Path as Key;
use object_store::{ObjectStore, ObjectStoreExt, PutPayload, WriteMultipart};
use sha2::{Digest, Sha256};
use sqlx::PgPool;

use crate::error::ApiError;
use crate::settings::Secret;

/// Where blobs are kept.
#[derive(Clone, Debug)]
pub enum Backend {
    /// A local directory (created when missing).
    Local {
        /// The directory.
        dir: PathBuf,
    },
    /// An S3-compatible bucket.
    S3 {
        /// The endpoint URL (AWS itself when unset).
        endpoint: Option<String>,
        /// The bucket (it must exist).
        bucket: String,
        /// The region.
        region: String,
        /// Path-style addressing (`endpoint/bucket/key`), as MinIO and most
        /// self-hosted stores want.
        path_style: bool,
        /// Allow a plain-HTTP endpoint.
        allow_http: bool,
        /// `AWS_ACCESS_KEY_ID`.
        access_key_id: Option<Secret>,
        /// `AWS_SECRET_ACCESS_KEY`.
        secret_access_key: Option<Secret>,
    },
}

/// The blob settings.
#[derive(Clone, Debug)]
pub struct BlobConfig {
    /// The store.
    pub backend: Backend,
    /// Largest blob accepted, in bytes.
    pub max_file_bytes: u64,
    /// Most bytes a workspace may store (stored blobs and uploads in progress).
    pub quota_bytes: u64,
    /// How long an unreferenced blob or an untouched upload survives collection.
    pub grace: time::Duration,
}

impl BlobConfig {
    /// Default per-file limit: 100 MiB.
    pub const DEFAULT_MAX_FILE_BYTES: u64 = 100 << 20;
    /// Default per-workspace quota: 10 GiB.
    pub const DEFAULT_QUOTA_BYTES: u64 = 10 << 30;
    /// Default grace period: 24 hours.
    pub const DEFAULT_GRACE_HOURS: i64 = 24;

    /// A local directory with the default limits.
    pub fn local(dir: impl Into<PathBuf>) -> Self {
        Self {
            backend: Backend::Local { dir: dir.into() },
            max_file_bytes: Self::DEFAULT_MAX_FILE_BYTES,
            quota_bytes: Self::DEFAULT_QUOTA_BYTES,
            grace: time::Duration::hours(Self::DEFAULT_GRACE_HOURS),
        }
    }
}

/// The blob store of a server process: the settings and the object store, built on
/// first use (so that `openapi` and `config check` touch nothing).
#[derive(Debug)]
pub struct Blobs {
    config: BlobConfig,
    store: OnceLock<Arc<dyn ObjectStore>>,
}

/// Bytes written to the store per request of a multipart upload (S3's minimum part).
const CHUNK: usize = 5 << 20;

/// Bytes of a refused body read and dropped so the client sees the answer.
const DRAIN_LIMIT: u64 = 8 << 20;

impl Blobs {
    /// A store over `config`, not yet opened.
    pub fn new(config: BlobConfig) -> Self {
        Self {
            config,
            store: OnceLock::new(),
        }
    }

    /// The settings.
    pub fn config(&self) -> &BlobConfig {
        &self.config
    }

    /// The object store, opened on first use.
    pub fn store(&self) -> Result<Arc<dyn ObjectStore>, String> {
        if let Some(s) = self.store.get() {
            return Ok(s.clone());
        }
        let built = open(&self.config.backend)?;
        Ok(self.store.get_or_init(|| built).clone())
    }

    /// [`Blobs::store`], its failure an internal error.
    pub(crate) fn store_api(&self) -> Result<Arc<dyn ObjectStore>, ApiError> {
        self.store()
            .map_err(|e| ApiError::Internal(format!("the blob store: {e}")))
    }
}

fn open(backend: &Backend) -> Result<Arc<dyn ObjectStore>, String> {
    match backend {
        Backend::Local { dir } => {
            std::fs::create_dir_all(dir)
                .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
            let fs = object_store::local::LocalFileSystem::new_with_prefix(dir)
                .map_err(|e| format!("cannot open {}: {e}", dir.display()))?
                .with_automatic_cleanup(true);
            Ok(Arc::new(fs))
        }
        Backend::S3 {
            endpoint,
            bucket,
            region,
            path_style,
            allow_http,
            access_key_id,
            secret_access_key,
        } => {
            // reqwest's rustls needs a process-wide crypto provider for https endpoints.
            let _ = rustls::crypto::ring::default_provider().install_default();
            let mut b = object_store::aws::AmazonS3Builder::new()
                .with_bucket_name(bucket)
                .with_region(region)
                .with_virtual_hosted_style_request(!path_style)
                .with_allow_http(*allow_http);
            if let Some(e) = endpoint {
                b = b.with_endpoint(e);
            }
            if let Some(k) = access_key_id {
                b = b.with_access_key_id(k.expose());
            }
            if let Some(k) = secret_access_key {
                b = b.with_secret_access_key(k.expose());
            }
            let s3 = b
                .build()
                .map_err(|e| format!("the S3 store (bucket {bucket}): {e}"))?;
            Ok(Arc::new(s3))
        }
    }
}

/// Whether `s` is a SHA-256 in 64 lower-case hex digits (the attachment row's rule).
pub fn is_sha256(s: &str) -> bool {
    lifeos_core::model::check_sha256("sha256", s).is_ok()
}

/// The hash in a path, or 422.
pub fn check_sha256(s: &str) -> Result<(), ApiError> {
    if is_sha256(s) {
        Ok(())
    } else {
        Err(ApiError::field(
            "sha256",
            "a blob is named by its SHA-256 in 64 lower-case hex digits",
        ))
    }
}

/// The key of a stored blob.
pub fn blob_key(ws: impl std::fmt::Display, sha: &str) -> Key {
    Key::from(format!("{ws}/blobs/{sha}"))
}

fn uploads_prefix(ws: &str, sha: &str) -> Key {
    Key::from(format!("{ws}/uploads/{sha}"))
}

pub(crate) fn store_err(e: object_store::Error) -> ApiError {
    ApiError::Internal(format!("the blob store: {e}"))
}

fn db_err(e: sqlx::Error) -> ApiError {
    crate::error::database("database", e)
}

/// The size of a stored blob.
pub async fn stored_size(pool: &PgPool, ws: Id, sha: &str) -> Result<Option<u64>, ApiError> {
    let size: Option<i64> =
        sqlx::query_scalar("SELECT size FROM blob WHERE workspace_id = $1 AND sha256 = $2")
            .bind(ws.to_string())
            .bind(sha)
            .fetch_optional(pool)
            .await
            .map_err(db_err)?;
    Ok(size.map(|s| s as u64))
}

/// Where an upload stands: (bytes held, declared size).
pub async fn upload_state(
    pool: &PgPool,
    ws: Id,
    sha: &str,
) -> Result<Option<(u64, u64)>, ApiError> {
    let row: Option<(i64, i64)> = sqlx::query_as(
        "SELECT received, size FROM blob_upload WHERE workspace_id = $1 AND sha256 = $2",
    )
    .bind(ws.to_string())
    .bind(sha)
    .fetch_optional(pool)
    .await
    .map_err(db_err)?;
    Ok(row.map(|(r, s)| (r as u64, s as u64)))
}

/// What a `PUT` did.
#[derive(Debug, PartialEq, Eq)]
pub enum PutOutcome {
    /// Already stored; nothing read.
    Stored,
    /// This request completed it.
    Created,
    /// The body ended early: the upload stands at `offset` of `size`.
    Partial {
        /// Bytes held.
        offset: u64,
        /// Declared size.
        size: u64,
    },
    /// `offset` is not where the upload stands.
    WrongOffset {
        /// Where it stands.
        offset: u64,
        /// Its declared size.
        size: u64,
    },
}

/// Reads and drops up to [`DRAIN_LIMIT`] bytes of a refused body.
async fn drain<S>(mut body: S)
where
    S: Stream<Item = Result<Bytes, axum::Error>> + Unpin,
{
    let mut n = 0u64;
    while let Some(Ok(chunk)) = body.next().await {
        n += chunk.len() as u64;
        if n > DRAIN_LIMIT {
            break;
        }
    }
}

/// `PUT /v1/workspaces/{ws}/blobs/{sha}?size=S&offset=N`: streams `body` into a new part
/// of the upload, then finishes the blob when every byte is there.
pub async fn put<S>(
    pool: &PgPool,
    blobs: &Blobs,
    ws: Id,
    sha: &str,
    size: u64,
    offset: u64,
    mut body: S,
) -> Result<PutOutcome, ApiError>
where
    S: Stream<Item = Result<Bytes, axum::Error>> + Unpin,
{
    check_sha256(sha)?;
    let cfg = blobs.config();
    if size > cfg.max_file_bytes || size > i64::MAX as u64 {
        return Err(ApiError::TooLarge(cfg.max_file_bytes as usize));
    }
    if offset > size {
        return Err(ApiError::field(
            "offset",
            format!("offset {offset} is beyond the blob's size {size}"),
        ));
    }
    if stored_size(pool, ws, sha).await?.is_some() {
        return Ok(PutOutcome::Stored);
    }
    let wss = ws.to_string();
    let named: bool = sqlx::query_scalar(
        "SELECT EXISTS (SELECT 1 FROM attachment WHERE workspace_id = $1 AND fields->>'sha256' = $2)",
    )
    .bind(&wss)
    .bind(sha)
    .fetch_one(pool)
    .await
    .map_err(db_err)?;
    if !named {
        return Err(ApiError::field(
            "sha256",
            "no attachment of this workspace names this hash: push the row first",
        ));
    }
    let used: i64 = sqlx::query_scalar(
        "SELECT (COALESCE((SELECT sum(size) FROM blob WHERE workspace_id = $1), 0)
               + COALESCE((SELECT sum(size) FROM blob_upload WHERE workspace_id = $1 AND sha256 <> $2), 0))::BIGINT",
    )
    .bind(&wss)
    .bind(sha)
    .fetch_one(pool)
    .await
    .map_err(db_err)?;
    if used as u64 + size > cfg.quota_bytes {
        drain(body).await;
        return Err(ApiError::QuotaExceeded(cfg.quota_bytes));
    }
    sqlx::query(
        "INSERT INTO blob_upload (workspace_id, sha256, size) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
    )
    .bind(&wss)
    .bind(sha)
    .bind(size as i64)
    .execute(pool)
    .await
    .map_err(db_err)?;
    let (received, declared) = upload_state(pool, ws, sha)
        .await?
        .ok_or_else(|| ApiError::Internal("the upload vanished".into()))?;
    if declared != size || received != offset {
        drain(body).await;
        return Ok(PutOutcome::WrongOffset {
            offset: received,
            size: declared,
        });
    }

    // Stream the body into one new part; nothing past `size` is kept.
    let store = blobs.store_api()?;
    let remaining = size - offset;
    let part = Key::from(format!(
        "{wss}/uploads/{sha}/{offset:020}-{}",
        ulid::Ulid::new()
    ));
    let mut writer: Option<WriteMultipart> = None;
    let mut n = 0u64;
    while let Some(chunk) = body.next().await {
        let Ok(chunk) = chunk else {
            // The client went away: keep what arrived.
            break;
        };
        if chunk.is_empty() {
            continue;
        }
        n += chunk.len() as u64;
        if n > remaining {
            if let Some(w) = writer.take() {
                let _ = w.abort().await;
            }
            drain(body).await;
            if offset == 0 {
                // Nothing of this upload is held: it does not count against the quota.
                sqlx::query(
                    "DELETE FROM blob_upload WHERE workspace_id = $1 AND sha256 = $2 AND received = 0",
                )
                .bind(&wss)
                .bind(sha)
                .execute(pool)
                .await
                .map_err(db_err)?;
            }
            return Err(ApiError::TooLarge(size as usize));
        }
        let w = match &mut writer {
            Some(w) => w,
            None => {
                let up = store.put_multipart(&part).await.map_err(store_err)?;
                writer.insert(WriteMultipart::new_with_chunk_size(up, CHUNK))
            }
        };
        if let Err(e) = w.wait_for_capacity(2).await {
            if let Some(w) = writer.take() {
                let _ = w.abort().await;
            }
            return Err(store_err(e));
        }
        w.put(chunk);
    }
    if let Some(w) = writer.take() {
        w.finish().await.map_err(store_err)?;
        let mut tx = pool.begin().await.map_err(db_err)?;
        let moved = sqlx::query(
            "UPDATE blob_upload SET received = received + $3, touched_at = now()
             WHERE workspace_id = $1 AND sha256 = $2 AND received = $4",
        )
        .bind(&wss)
        .bind(sha)
        .bind(n as i64)
        .bind(offset as i64)
        .execute(&mut *tx)
        .await
        .map_err(db_err)?
        .rows_affected();
        if moved == 0 {
            // Another request added these bytes first, or the upload was collected.
            drop(tx);
            let _ = store.delete(&part).await;
            let (offset, size) = upload_state(pool, ws, sha).await?.unwrap_or((0, size));
            return Ok(PutOutcome::WrongOffset { offset, size });
        }
        sqlx::query(
            "INSERT INTO blob_upload_part (workspace_id, sha256, start, len, key) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(&wss)
        .bind(sha)
        .bind(offset as i64)
        .bind(n as i64)
        .bind(part.as_ref())
        .execute(&mut *tx)
        .await
        .map_err(db_err)?;
        tx.commit().await.map_err(db_err)?;
    }
    let held = offset + n;
    if held < size {
        return Ok(PutOutcome::Partial { offset: held, size });
    }
    finish(pool, &*store, ws, sha, size).await?;
    Ok(PutOutcome::Created)
}

/// Joins the parts of a complete upload into the blob while hashing them; discards the
/// upload when the hash is not the one it is named by.
async fn finish(
    pool: &PgPool,
    store: &dyn ObjectStore,
    ws: Id,
    sha: &str,
    size: u64,
) -> Result<(), ApiError> {
    let wss = ws.to_string();
    let parts: Vec<(i64, i64, String)> = sqlx::query_as(
        "SELECT start, len, key FROM blob_upload_part WHERE workspace_id = $1 AND sha256 = $2 ORDER BY start",
    )
    .bind(&wss)
    .bind(sha)
    .fetch_all(pool)
    .await
    .map_err(db_err)?;
    let mut at = 0i64;
    for (start, len, _) in &parts {
        if *start != at {
            return Err(ApiError::Internal(format!(
                "upload {wss}/{sha}: a part starts at {start}, not {at}"
            )));
        }
        at += len;
    }
    let key = blob_key(ws, sha);
    let mut hasher = Sha256::new();
    let ok = if size == 0 {
        let good = hex::encode(hasher.finalize()) == sha;
        if good {
            store
                .put(&key, PutPayload::default())
                .await
                .map_err(store_err)?;
        }
        good
    } else {
        let up = store.put_multipart(&key).await.map_err(store_err)?;
        let mut w = WriteMultipart::new_with_chunk_size(up, CHUNK);
        let mut failed = None;
        'parts: for (_, _, part) in &parts {
            let got = match store.get(&Key::from(part.as_str())).await {
                Ok(g) => g,
                Err(e) => {
                    failed = Some(e);
                    break;
                }
            };
            let mut s = got.into_stream();
            while let Some(chunk) = s.next().await {
                match chunk {
                    Ok(c) => {
                        hasher.update(&c);
                        if let Err(e) = w.wait_for_capacity(2).await {
                            failed = Some(e);
                            break 'parts;
                        }
                        w.put(c);
                    }
                    Err(e) => {
                        failed = Some(e);
                        break 'parts;
                    }
                }
            }
        }
        if let Some(e) = failed {
            let _ = w.abort().await;
            return Err(store_err(e));
        }
        let good = hex::encode(hasher.finalize()) == sha;
        if good {
            w.finish().await.map_err(store_err)?;
        } else {
            let _ = w.abort().await;
        }
        good
    };
    if ok {
        sqlx::query(
            "INSERT INTO blob (workspace_id, sha256, size) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
        )
        .bind(&wss)
        .bind(sha)
        .bind(size as i64)
        .execute(pool)
        .await
        .map_err(db_err)?;
    }
    sqlx::query("DELETE FROM blob_upload WHERE workspace_id = $1 AND sha256 = $2")
        .bind(&wss)
        .bind(sha)
        .execute(pool)
        .await
        .map_err(db_err)?;
    delete_prefix(store, &uploads_prefix(&wss, sha))
        .await
        .map_err(store_err)?;
    if ok {
        Ok(())
    } else {
        Err(ApiError::field(
            "sha256",
            "the bytes do not hash to this SHA-256: the upload is discarded",
        ))
    }
}

async fn delete_prefix(store: &dyn ObjectStore, prefix: &Key) -> object_store::Result<u64> {
    let keys: Vec<Key> = store
        .list(Some(prefix))
        .map(|m| m.map(|m| m.location))
        .collect::<Vec<_>>()
        .await
        .into_iter()
        .collect::<Result<_, _>>()?;
    let mut n = 0;
    for k in keys {
        match store.delete(&k).await {
            Ok(()) | Err(object_store::Error::NotFound { .. }) => n += 1,
            Err(e) => return Err(e),
        }
    }
    Ok(n)
}

/// What a collection removed.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct GcReport {
    /// Blobs no attachment names any more.
    pub blobs: u64,
    /// Uploads untouched for longer than the grace period.
    pub uploads: u64,
}

/// Removes the blobs no attachment row of their workspace (live or deleted) names that
/// were stored longer ago than the grace period, and the uploads untouched for longer.
pub async fn gc(pool: &PgPool, blobs: &Blobs) -> anyhow::Result<GcReport> {
    let store = blobs.store().map_err(|e| anyhow::anyhow!(e))?;
    let grace = blobs.config().grace.whole_seconds();
    let gone: Vec<(String, String)> = sqlx::query_as(
        "DELETE FROM blob b
         WHERE stored_at < now() - $1::BIGINT * interval '1 second'
           AND NOT EXISTS (SELECT 1 FROM attachment a
                           WHERE a.workspace_id = b.workspace_id AND a.fields->>'sha256' = b.sha256)
         RETURNING workspace_id, sha256",
    )
    .bind(grace)
    .fetch_all(pool)
    .await?;
    let mut report = GcReport::default();
    for (ws, sha) in gone {
        match store.delete(&blob_key(&ws, &sha)).await {
            Ok(()) | Err(object_store::Error::NotFound { .. }) => report.blobs += 1,
            Err(e) => return Err(anyhow::anyhow!("deleting blob {ws}/{sha}: {e}")),
        }
    }
    let stale: Vec<(String, String)> = sqlx::query_as(
        "DELETE FROM blob_upload WHERE touched_at < now() - $1::BIGINT * interval '1 second'
         RETURNING workspace_id, sha256",
    )
    .bind(grace)
    .fetch_all(pool)
    .await?;
    for (ws, sha) in stale {
        delete_prefix(&*store, &uploads_prefix(&ws, &sha))
            .await
            .map_err(|e| anyhow::anyhow!("deleting upload {ws}/{sha}: {e}"))?;
        report.uploads += 1;
    }
    Ok(report)
}
