//! Login, a sync round with progress and cancellation, and the sync status.
//!
//! A round is `lifeos_core::client::sync` (push the outbox in batches, then pull pages;
//! each batch and page with its cursor in one SQLite transaction) on a connection of its
//! own, so the app's other calls go on meanwhile. Cancelling — or a progress callback that
//! raises — stops the round before its next request: what it finished is kept, and the
//! next round resumes from there (an unacknowledged push is sent again and recognised by
//! its idempotency key).
//!
//! After the rows, the round uploads the blobs this device attached
//! (`lifeos_core::client::upload_pending`: the server takes a blob only once a row names
//! it), each resumed from where the server stands.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use lifeos_core::client::{
    self, BlobProgress, HttpRemote, Progress, Remote, SyncError, SyncOptions,
};
use lifeos_core::ffi::LifeosError;
use lifeos_core::store::Store;
use lifeos_core::sync::{PullResponse, PushRequest, PushResponse};
use lifeos_core::{Id, Timestamp};

use crate::LifeosStore;

/// A session on a server: what the app keeps (the token in the keystore) to sync.
#[derive(Clone, Debug, PartialEq, uniffi::Record)]
pub struct Session {
    /// The server's base URL (`https://lifeos.example.org`).
    pub server_url: String,
    /// The account's email.
    pub email: String,
    /// The bearer token. A secret: keep it in the keystore, never in logs.
    pub token: String,
    /// The workspace this device syncs (the personal one, else the first).
    pub workspace_id: Id,
    /// Its name.
    pub workspace_name: String,
}

/// Logs in to `server_url`; a wrong email or password is `Unauthorized`, no server
/// `Offline`. Blocking: call it off the main thread.
#[uniffi::export]
pub fn login(server_url: String, email: String, password: String) -> Result<Session, LifeosError> {
    let remote = HttpRemote::new(&server_url).map_err(|e| LifeosError::Validation {
        field: "server_url".into(),
        detail: e.to_string(),
    })?;
    let session = remote.login(&email, &password)?;
    let me = remote.with_token(&session.token).me()?;
    let ws = me
        .workspaces
        .iter()
        .find(|w| w.personal)
        .or(me.workspaces.first())
        .ok_or_else(|| LifeosError::NotFound {
            kind: "workspace".into(),
            id: String::new(),
            detail: "this account has no workspace".into(),
        })?;
    Ok(Session {
        server_url: server_url.trim_end_matches('/').to_owned(),
        email: me.user.email.clone(),
        token: session.token,
        workspace_id: ws.id,
        workspace_name: ws.name.clone(),
    })
}

/// Where a round (or a blob transfer) is.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Enum)]
pub enum SyncEvent {
    /// Pushed `done` of the `total` changes pending when the round began.
    Pushed {
        /// Done so far.
        done: u64,
        /// Pending at the start.
        total: u64,
    },
    /// Pulled `done` changes so far; the cursor is at `cursor`.
    Pulled {
        /// Received so far.
        done: u64,
        /// The cursor now.
        cursor: i64,
    },
    /// Sent `done` of the `total` bytes of the blob `sha256` to the server (reported
    /// every 256 KiB or so, and at its end).
    Uploading {
        /// The blob's SHA-256.
        sha256: String,
        /// Bytes the server holds so far.
        done: u64,
        /// Its size.
        total: u64,
    },
    /// Received `done` of the `total` bytes of the blob `sha256` (an earlier attempt's
    /// bytes included: a download resumes).
    Downloading {
        /// The blob's SHA-256.
        sha256: String,
        /// Bytes kept so far.
        done: u64,
        /// Its size.
        total: u64,
    },
}

/// Bytes between two `Uploading` / `Downloading` events of one blob.
const BLOB_STEP: u64 = 256 * 1024;

/// Hands events to the app's listener on the working thread, and remembers the first
/// exception it raised (which stops the work before its next request).
pub(crate) struct Relay {
    listener: Option<Arc<dyn SyncProgress>>,
    failed: Mutex<Option<String>>,
    /// The blob last reported, and how far.
    last_blob: Mutex<Option<(String, u64)>>,
}

impl Relay {
    pub(crate) fn new(listener: Option<Arc<dyn SyncProgress>>) -> Self {
        Self {
            listener,
            failed: Mutex::new(None),
            last_blob: Mutex::new(None),
        }
    }

    pub(crate) fn send(&self, event: SyncEvent) {
        let Some(listener) = &self.listener else {
            return;
        };
        if self.has_failed() {
            return;
        }
        if let Err(ProgressError::Failed { detail }) = listener.on_progress(event)
            && let Ok(mut f) = self.failed.lock()
        {
            f.get_or_insert(detail);
        }
    }

    /// A blob transfer's step, at most one event per [`BLOB_STEP`] bytes (and its end);
    /// the transfer stops (mid-file: it resumes next time) once `cancel` is cancelled or
    /// the listener raised.
    pub(crate) fn blob(
        &self,
        p: BlobProgress,
        cancel: Option<&CancelToken>,
    ) -> std::ops::ControlFlow<()> {
        self.report_blob(p);
        if self.has_failed() || cancel.is_some_and(CancelToken::is_cancelled) {
            std::ops::ControlFlow::Break(())
        } else {
            std::ops::ControlFlow::Continue(())
        }
    }

    fn report_blob(&self, p: BlobProgress) {
        if self.listener.is_none() {
            return;
        }
        let due = match self.last_blob.lock() {
            Ok(mut last) => {
                let due = match last.as_ref() {
                    Some((sha, at)) if *sha == p.sha256 => {
                        p.done >= p.total || p.done.saturating_sub(*at) >= BLOB_STEP
                    }
                    _ => true,
                };
                if due {
                    *last = Some((p.sha256.clone(), p.done));
                }
                due
            }
            Err(_) => true,
        };
        if due {
            self.send(if p.upload {
                SyncEvent::Uploading {
                    sha256: p.sha256,
                    done: p.done,
                    total: p.total,
                }
            } else {
                SyncEvent::Downloading {
                    sha256: p.sha256,
                    done: p.done,
                    total: p.total,
                }
            });
        }
    }

    pub(crate) fn has_failed(&self) -> bool {
        self.failed.lock().map(|f| f.is_some()).unwrap_or(true)
    }

    /// What the listener raised, if it did.
    pub(crate) fn failure(&self) -> Option<String> {
        match self.failed.lock() {
            Ok(mut f) => f.take(),
            Err(_) => Some("the progress listener failed".into()),
        }
    }
}

/// The checks between two requests: a raised callback is `Callback`, a cancelled token
/// `Cancelled`.
pub(crate) fn stopped(relay: &Relay, cancel: Option<&CancelToken>) -> Result<(), LifeosError> {
    if let Some(detail) = relay.failure() {
        return Err(LifeosError::Callback { detail });
    }
    if cancel.is_some_and(CancelToken::is_cancelled) {
        return Err(LifeosError::Cancelled);
    }
    Ok(())
}

/// The server of `session`, authorized for its workspace.
pub(crate) fn remote_of(session: &Session) -> Result<HttpRemote, LifeosError> {
    Ok(HttpRemote::new(&session.server_url)
        .map_err(|e| LifeosError::Validation {
            field: "server_url".into(),
            detail: e.to_string(),
        })?
        .authorized(&session.token, session.workspace_id))
}

/// What a progress callback may raise; any other exception arrives as `Failed` too.
#[derive(Debug, thiserror::Error, uniffi::Error)]
pub enum ProgressError {
    /// The callback failed.
    #[error("{detail}")]
    Failed {
        /// What it said.
        detail: String,
    },
}

impl From<uniffi::UnexpectedUniFFICallbackError> for ProgressError {
    fn from(e: uniffi::UnexpectedUniFFICallbackError) -> Self {
        Self::Failed { detail: e.reason }
    }
}

/// The app's progress listener, called on the syncing thread after each batch and page
/// is written. Keep it short (post to the UI thread); raising stops the round.
#[uniffi::export(foreign)]
pub trait SyncProgress: Send + Sync {
    /// One step done.
    fn on_progress(&self, event: SyncEvent) -> Result<(), ProgressError>;
}

/// Cancels a running round from any thread (WorkManager's `onStopped`, a BGTask's
/// expiration handler).
#[derive(Debug, Default, uniffi::Object)]
pub struct CancelToken {
    cancelled: AtomicBool,
}

#[uniffi::export]
impl CancelToken {
    /// A token not cancelled.
    #[uniffi::constructor]
    pub fn new() -> Arc<Self> {
        Arc::new(Self::default())
    }

    /// Asks the round to stop before its next request.
    pub fn cancel(&self) {
        self.cancelled.store(true, Ordering::SeqCst);
    }

    /// Whether `cancel` was called.
    pub fn is_cancelled(&self) -> bool {
        self.cancelled.load(Ordering::SeqCst)
    }
}

/// What a round did.
#[derive(Clone, Copy, Debug, PartialEq, Eq, uniffi::Record)]
pub struct SyncSummary {
    /// Changes pushed.
    pub pushed: u64,
    /// Of those, the ones where the server's row won (the local row now holds it).
    pub superseded: u64,
    /// Log entries pulled.
    pub pulled: u64,
    /// Local rows changed by the pull.
    pub changed: u64,
    /// The cursor after the round.
    pub cursor: i64,
    /// Blobs attached here that the round uploaded.
    pub blobs_uploaded: u64,
    /// Their bytes (what this round sent; a resumed upload counts the rest only).
    pub blob_bytes_uploaded: u64,
    /// Blobs the server refused (over its size limit or the quota): they stay queued
    /// and are tried again next round.
    pub blobs_refused: u64,
}

/// Where this device stands with its server.
#[derive(Clone, Debug, PartialEq, uniffi::Record)]
pub struct SyncStatus {
    /// Local changes not pushed yet.
    pub pending: u64,
    /// When the last complete round ended.
    pub last_sync_at: Option<Timestamp>,
    /// The change-log position pulled so far.
    pub cursor: i64,
    /// The workspace this database holds, once it synced.
    pub workspace_id: Option<String>,
    /// Blobs attached here that wait to be uploaded (by the next sync).
    pub blob_uploads_pending: u64,
}

/// The server, stopping before each request once cancelled or once a callback raised.
struct Guarded<'a> {
    remote: &'a HttpRemote,
    cancel: Option<&'a CancelToken>,
    relay: &'a Relay,
}

impl Guarded<'_> {
    fn check(&self) -> Result<(), SyncError> {
        if self.relay.has_failed() || self.cancel.is_some_and(CancelToken::is_cancelled) {
            return Err(SyncError::Protocol("stopped".into()));
        }
        Ok(())
    }
}

impl Remote for Guarded<'_> {
    fn push(&self, req: &PushRequest) -> Result<PushResponse, SyncError> {
        self.check()?;
        self.remote.push(req)
    }

    fn pull(&self, cursor: i64, limit: u32) -> Result<PullResponse, SyncError> {
        self.check()?;
        self.remote.pull(cursor, limit)
    }
}

#[uniffi::export]
impl LifeosStore {
    /// Pending changes, last sync and cursor.
    pub fn status(&self) -> Result<SyncStatus, LifeosError> {
        let store = self.lock()?;
        let state = store.sync_state()?;
        Ok(SyncStatus {
            pending: store.outbox_len()?,
            last_sync_at: state.last_sync_at,
            cursor: state.cursor,
            workspace_id: state.workspace,
            blob_uploads_pending: store.blob_uploads_pending()?,
        })
    }

    /// One sync round with `session`'s server: push, then pull until up to date, then
    /// upload the blobs attached here. Blocking: run it on a background thread
    /// (WorkManager, BGTaskScheduler). `progress` hears each step; `cancel` stops it
    /// (`Cancelled`); a callback that raises stops it too (`Callback`). Either way what
    /// was done is kept and the next round resumes. A blob being uploaded is finished
    /// before the round stops (or resumed where the server stands, if the app is killed).
    pub fn sync(
        &self,
        session: Session,
        progress: Option<Arc<dyn SyncProgress>>,
        cancel: Option<Arc<CancelToken>>,
    ) -> Result<SyncSummary, LifeosError> {
        let mut store = Store::open(&self.path, &self.key()?)?;
        let workspace = session.workspace_id.to_string();
        let remote = remote_of(&session)?;
        match store.sync_state()?.workspace {
            Some(_) => store.bind_workspace(&workspace)?,
            // The first round binds this database to the session's workspace, once the
            // server says the account can reach it.
            None => {
                let me = HttpRemote::new(&session.server_url)?
                    .with_token(&session.token)
                    .me()?;
                if !me.workspaces.iter().any(|w| w.id == session.workspace_id) {
                    return Err(LifeosError::NotFound {
                        kind: "workspace".into(),
                        id: workspace,
                        detail: "this account cannot reach that workspace".into(),
                    });
                }
                store.bind_workspace(&workspace)?;
            }
        }
        let relay = Relay::new(progress);
        let guarded = Guarded {
            remote: &remote,
            cancel: cancel.as_deref(),
            relay: &relay,
        };
        let mut on_progress = |p: Progress| {
            relay.send(match p {
                Progress::Pushed { done, total } => SyncEvent::Pushed { done, total },
                Progress::Pulled { done, cursor } => SyncEvent::Pulled { done, cursor },
            });
        };
        let result = client::sync(
            &mut store,
            &guarded,
            SyncOptions::default(),
            &mut on_progress,
        );
        if let Some(detail) = relay.failure() {
            return Err(LifeosError::Callback { detail });
        }
        if cancel.as_deref().is_some_and(CancelToken::is_cancelled) && result.is_err() {
            return Err(LifeosError::Cancelled);
        }
        let s = result?;
        // Blobs after their rows: the server takes a blob only once a row names it.
        stopped(&relay, cancel.as_deref())?;
        let uploaded =
            client::upload_pending(&store, &remote, &mut |p| relay.blob(p, cancel.as_deref()));
        stopped(&relay, cancel.as_deref())?;
        let u = uploaded?;
        Ok(SyncSummary {
            pushed: s.pushed,
            superseded: s.superseded,
            pulled: s.pulled,
            changed: s.changed,
            cursor: s.cursor,
            blobs_uploaded: u.blobs,
            blob_bytes_uploaded: u.bytes,
            blobs_refused: u.refused.len() as u64,
        })
    }
}
