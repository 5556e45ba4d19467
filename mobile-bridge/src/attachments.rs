//! Files on rows (`docs/attachments.md`): attach one from a path or from bytes, list a
//! row's attachments, export one's plaintext to a path (fetching it from the server first
//! when this device lacks it), and fetch every missing blob for offline use.
//!
//! The bytes live sealed in the profile's `blobs/` directory beside the database
//! (`lifeos_core::blobs`): the data directory never holds a plaintext file. Only
//! `export_attachment` writes plaintext, and only where the app asks (its share or cache
//! directory). Uploads happen in `sync`, after the rows.
//!
//! Transfers run on a connection of their own, like `sync`, so the app's other calls go
//! on meanwhile. Cancelling, or a progress listener that raises, stops before the next
//! blob: a blob being fetched is finished and kept (an app killed mid-way resumes it from
//! the complete chunks kept on the next call).

use std::fs::File;
use std::path::Path;
use std::sync::Arc;

use lifeos_core::blobs::BlobError;
use lifeos_core::client::{HttpRemote, SyncError};
use lifeos_core::entity::Entity;
use lifeos_core::ffi::LifeosError;
use lifeos_core::model::{self, Attachment};
use lifeos_core::query::ListQuery;
use lifeos_core::store::{LocalBlob, Store, StoreError};
use lifeos_core::{EntityKind, Id, Row};

use crate::sync::{CancelToken, Relay, Session, SyncProgress, remote_of, stopped};
use crate::{AttachmentRow, LifeosStore};

/// What [`LifeosStore::fetch_all_blobs`] did.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct BlobFetchSummary {
    /// Blobs fetched onto this device.
    pub fetched: u64,
    /// Their bytes (what this call received; a resumed download counts the rest only).
    pub bytes: u64,
    /// Blobs the server does not hold yet (the device that attached them has not synced
    /// them): fetched by a later call.
    pub not_on_server: Vec<String>,
}

fn invalid(field: &str, detail: impl Into<String>) -> LifeosError {
    LifeosError::Validation {
        field: field.into(),
        detail: detail.into(),
    }
}

/// The kind of the row to attach to, by its wire name (`note`, `transaction`, …).
fn owner_kind(kind: &str) -> Result<EntityKind, LifeosError> {
    match EntityKind::from_name(kind.trim()) {
        Some(EntityKind::Attachment) => {
            Err(invalid("kind", "an attachment cannot have attachments"))
        }
        Some(k) => Ok(k),
        None => Err(invalid(
            "kind",
            format!(
                "{:?} is not a kind of row: one of {}",
                lifeos_core::validate::clip(kind),
                model::attachable_kinds().join(", ")
            ),
        )),
    }
}

/// A given name must be storable as given (`Validation` on `name` otherwise).
fn given_name(name: &str) -> Result<String, LifeosError> {
    model::check_file_name("name", name)?;
    Ok(name.to_owned())
}

/// A given media type in its plain form (`Image/JPEG; q=1` is `image/jpeg`), or
/// `application/octet-stream`.
fn media_type(given: Option<&str>) -> Result<String, LifeosError> {
    let Some(t) = given else {
        return Ok(model::UNKNOWN_MEDIA_TYPE.into());
    };
    let t = t.split(';').next().unwrap_or(t).trim().to_ascii_lowercase();
    if t.is_empty() {
        return Ok(model::UNKNOWN_MEDIA_TYPE.into());
    }
    model::check_media_type("media_type", &t)?;
    Ok(t)
}

fn row(r: Row<Attachment>) -> AttachmentRow {
    r.into()
}

fn blob_of(a: &Attachment) -> LocalBlob {
    LocalBlob {
        sha256: a.sha256.clone(),
        size: a.size,
    }
}

/// Checks that the store syncs `session`'s workspace (when it syncs one at all).
fn same_workspace(store: &Store, session: &Session) -> Result<(), LifeosError> {
    if store.sync_state()?.workspace.is_some() {
        store.bind_workspace(&session.workspace_id.to_string())?;
    }
    Ok(())
}

/// Fetches one blob onto the device, as the app's error for it.
fn download(
    store: &Store,
    remote: &HttpRemote,
    blob: &LocalBlob,
    name: &str,
    relay: &Relay,
    cancel: Option<&CancelToken>,
) -> Result<u64, LifeosError> {
    remote
        .download_blob(store, blob, &mut |p| relay.blob(p, cancel))
        .map_err(|e| match e {
            SyncError::NotFound(detail) => LifeosError::NotFound {
                kind: "blob".into(),
                id: blob.sha256.clone(),
                detail: format!(
                    "{name} is not on the server yet (the device that attached it has not \
                     synced it): {detail}"
                ),
            },
            e => e.into(),
        })
}

/// Writes the plaintext of a local blob to `dest`: into a file beside it, renamed into
/// place once whole and its hash checked, so a failure leaves nothing at `dest`. A
/// damaged local copy is forgotten (the next export fetches it again).
fn write_plaintext(store: &Store, blob: &LocalBlob, dest: &Path) -> Result<u64, LifeosError> {
    if dest.is_dir() {
        return Err(invalid(
            "dest_path",
            format!("{} is a directory: give the file to write", dest.display()),
        ));
    }
    if dest.file_name().is_none() {
        return Err(invalid(
            "dest_path",
            format!("{} names no file", dest.display()),
        ));
    }
    let dest_name = dest.display().to_string();
    store
        .blobs()?
        .write_to(&blob.sha256, dest)
        .map_err(|e| match e {
            BlobError::Io { path, source } if path == dest_name => {
                invalid("dest_path", format!("cannot write {path}: {source}"))
            }
            e => {
                if matches!(e, BlobError::Damaged { .. }) {
                    let _ = store.blob_dropped(&blob.sha256);
                }
                LifeosError::from(StoreError::from(e))
            }
        })
}

#[uniffi::export]
impl LifeosStore {
    /// Attaches the file at `path` (the app copies a picked file into its cache first)
    /// to the row `kind` (`note`, `transaction`, …) `entity_id`: its bytes are hashed and
    /// sealed into the profile's blobs, queued for upload by the next `sync`, and the
    /// attachment row is written. `name` defaults to the file's own name made storable
    /// (directories dropped, control and direction characters replaced); a name given
    /// must be storable as given (else `Validation` on `name`). `media_type` defaults to
    /// `application/octet-stream`. The same bytes on the same row are the attachment
    /// already there (its name and type updated). The store is held while the file is
    /// sealed: attach large files off the main thread.
    pub fn attach_file(
        &self,
        kind: String,
        entity_id: Id,
        path: String,
        name: Option<String>,
        media_type: Option<String>,
    ) -> Result<AttachmentRow, LifeosError> {
        let kind = owner_kind(&kind)?;
        let p = Path::new(&path);
        let name = match name {
            Some(n) => given_name(&n)?,
            None => {
                let raw = p
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .ok_or_else(|| invalid("path", format!("{path:?} names no file")))?;
                model::sanitize_file_name(&raw).ok_or_else(|| {
                    invalid(
                        "name",
                        format!("{raw:?} leaves no usable file name: give a name"),
                    )
                })?
            }
        };
        let media_type = self::media_type(media_type.as_deref())?;
        if p.is_dir() {
            return Err(invalid(
                "path",
                format!("{path} is a directory: attach one file at a time"),
            ));
        }
        let mut file =
            File::open(p).map_err(|e| invalid("path", format!("cannot read {path}: {e}")))?;
        let attached = self
            .lock()?
            .attach(kind, entity_id, &name, &media_type, &mut file)?;
        Ok(row(attached))
    }

    /// Attaches `bytes` (a small file the app holds in memory) under `name` (storable as
    /// given, else `Validation`); otherwise as [`LifeosStore::attach_file`].
    pub fn attach_bytes(
        &self,
        kind: String,
        entity_id: Id,
        name: String,
        media_type: Option<String>,
        bytes: Vec<u8>,
    ) -> Result<AttachmentRow, LifeosError> {
        let kind = owner_kind(&kind)?;
        let name = given_name(&name)?;
        let media_type = self::media_type(media_type.as_deref())?;
        let attached =
            self.lock()?
                .attach(kind, entity_id, &name, &media_type, &mut bytes.as_slice())?;
        Ok(row(attached))
    }

    /// The live attachments of the row `entity_id`, oldest first (deleted ones are
    /// `list_attachments({"entity_id": …, "include_deleted": "true"})`).
    pub fn attachments_of(&self, entity_id: Id) -> Result<Vec<AttachmentRow>, LifeosError> {
        let id = entity_id.to_string();
        let q = ListQuery::from_params(Attachment::KIND, [("entity_id", id.as_str())])?;
        let mut rows = self.lock()?.list::<Attachment>(&q)?;
        rows.retain(|r| !r.kernel.is_deleted() && r.fields.entity_id == entity_id);
        rows.sort_by(|a, b| {
            a.kernel
                .created_at
                .cmp(&b.kernel.created_at)
                .then_with(|| a.kernel.id.cmp(&b.kernel.id))
        });
        Ok(rows.into_iter().map(row).collect())
    }

    /// Whether this device holds the blob `sha256` (an attachment's `fields.sha256`):
    /// if not, `export_attachment` needs a session to fetch it.
    pub fn blob_is_local(&self, sha256: String) -> Result<bool, LifeosError> {
        model::check_sha256("sha256", &sha256)?;
        Ok(self.lock()?.blob_is_local(&sha256)?)
    }

    /// Writes the plaintext of the attachment `attachment_id` to `dest_path` (a file in
    /// the app's share or cache directory; replaced if it exists), and returns its size.
    /// When this device lacks the blob it is fetched from `session`'s server first
    /// (resuming an earlier partial download; its size and hash checked) and kept sealed
    /// for next time; without a session that is `NotFound` (kind `blob`). `progress`
    /// hears `Downloading` events; `cancel` (before the fetch or after it, before the
    /// file is written) raises `Cancelled`, a listener that raises `Callback`. Nothing
    /// is left at `dest_path` when it fails.
    pub fn export_attachment(
        &self,
        attachment_id: Id,
        dest_path: String,
        session: Option<Session>,
        progress: Option<Arc<dyn SyncProgress>>,
        cancel: Option<Arc<CancelToken>>,
    ) -> Result<u64, LifeosError> {
        let attachment = self.lock()?.get::<Attachment>(attachment_id)?;
        let blob = blob_of(&attachment.fields);
        let store = Store::open(&self.path, &self.key()?)?;
        if !store.blob_is_local(&blob.sha256)? {
            let name = &attachment.fields.name;
            let Some(session) = session else {
                return Err(LifeosError::NotFound {
                    kind: "blob".into(),
                    id: blob.sha256.clone(),
                    detail: format!(
                        "{name} is not on this device: pass a session to fetch it from the \
                         server (or fetch_all_blobs while online)"
                    ),
                });
            };
            same_workspace(&store, &session)?;
            let remote = remote_of(&session)?;
            let relay = Relay::new(progress);
            stopped(&relay, cancel.as_deref())?;
            let fetched = download(&store, &remote, &blob, name, &relay, cancel.as_deref());
            stopped(&relay, cancel.as_deref())?;
            fetched?;
        }
        write_plaintext(&store, &blob, Path::new(&dest_path))
    }

    /// Fetches every blob that live attachment rows name and this device lacks, for
    /// offline use (after a `sync`, which brings the rows). `progress` hears
    /// `Downloading` events; `cancel` stops before the next blob (`Cancelled`), as does
    /// a listener that raises (`Callback`); what was fetched is kept.
    pub fn fetch_all_blobs(
        &self,
        session: Session,
        progress: Option<Arc<dyn SyncProgress>>,
        cancel: Option<Arc<CancelToken>>,
    ) -> Result<BlobFetchSummary, LifeosError> {
        let store = Store::open(&self.path, &self.key()?)?;
        same_workspace(&store, &session)?;
        let remote = remote_of(&session)?;
        let relay = Relay::new(progress);
        let mut summary = BlobFetchSummary {
            fetched: 0,
            bytes: 0,
            not_on_server: Vec::new(),
        };
        for blob in store.blobs_missing()? {
            stopped(&relay, cancel.as_deref())?;
            match download(
                &store,
                &remote,
                &blob,
                &blob.sha256,
                &relay,
                cancel.as_deref(),
            ) {
                Ok(bytes) => {
                    summary.fetched += 1;
                    summary.bytes += bytes;
                }
                Err(LifeosError::NotFound { .. }) => summary.not_on_server.push(blob.sha256),
                Err(e) => return Err(e),
            }
        }
        stopped(&relay, cancel.as_deref())?;
        Ok(summary)
    }
}
