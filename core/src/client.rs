//! The sync client: a push-then-pull round between a [`Store`] and a [`Remote`].
//!
//! [`sync`] pushes the outbox in batches, then pulls pages until `has_more` is false;
//! every push result set and every pulled page (with its cursor) is applied in one
//! SQLite transaction. Killing the process at any instant loses nothing and duplicates
//! nothing: an unacknowledged push is simply sent again (the server recognises its
//! idempotency key), and a page whose transaction did not commit is pulled again.

use std::fmt;
use std::time::Duration;

mod blobs;
pub use blobs::{
    BlobProgress, BlobSummary, PART, Refused, download_missing, ensure_local, upload_pending,
};

use crate::Id;
use crate::store::{PullCounts, PushCounts, Store, StoreError};
use crate::sync::{PullResponse, PushRequest, PushResponse};
use crate::timestamp::Timestamp;
use crate::wire::{LoginRequest, Me, Problem, Session};

/// Why a sync (or a call to the server) failed, with what to do about it.
#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    /// The server could not be reached.
    #[error("cannot reach {server}: {detail} (offline? your changes are kept and will sync later)")]
    Offline {
        /// The server.
        server: String,
        /// What failed.
        detail: String,
    },
    /// The session is missing, expired or revoked.
    #[error("the server does not accept this session: log in again (lifeos login)")]
    Unauthorized,
    /// The workspace is gone or no longer shared with this account.
    #[error("the workspace is not there (or no longer shared with you): {0}")]
    NotFound(String),
    /// A conflict the server refused.
    #[error("conflict: {0}")]
    Conflict(String),
    /// The server failed.
    #[error("the server failed ({status}); try again later: {detail}")]
    Server {
        /// HTTP status.
        status: u16,
        /// Its problem detail.
        detail: String,
    },
    /// The server refused the request.
    #[error("the server refused the request ({status}): {detail}")]
    Refused {
        /// HTTP status.
        status: u16,
        /// Its problem detail.
        detail: String,
    },
    /// The answer does not fit the protocol.
    #[error("unexpected answer from the server: {0}")]
    Protocol(String),
    /// The local store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The caller stopped it; what finished is kept and the next attempt resumes.
    #[error("stopped: what finished is kept, and the next attempt resumes from there")]
    Cancelled,
}

impl SyncError {
    /// Worth retrying after a pause.
    pub fn is_transient(&self) -> bool {
        matches!(self, Self::Offline { .. })
            || matches!(self, Self::Server { status, .. } if matches!(status, 502..=504 | 429))
    }
}

/// The server, as the sync round sees it.
pub trait Remote: Sync {
    /// Sends one batch of changes.
    fn push(&self, req: &PushRequest) -> Result<PushResponse, SyncError>;
    /// Reads one page of the change log.
    fn pull(&self, cursor: i64, limit: u32) -> Result<PullResponse, SyncError>;
}

/// A LifeOS server over HTTP(S), with timeouts and retries on transient failures.
pub struct HttpRemote {
    http: reqwest::blocking::Client,
    base: String,
    workspace: Option<Id>,
    token: Option<String>,
    /// Attempts per request for transient failures (default 4).
    pub attempts: u32,
}

impl fmt::Debug for HttpRemote {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("HttpRemote")
            .field("base", &self.base)
            .field("workspace", &self.workspace)
            .field("token", &self.token.as_deref().map(crate::redact))
            .finish()
    }
}

/// Installs the TLS crypto provider (ring) for HTTP clients; idempotent.
pub fn install_crypto() {
    // The ring provider; a second installation (another client) is harmless.
    let _ = rustls::crypto::ring::default_provider().install_default();
}

impl HttpRemote {
    /// A client for the server at `base` (`https://lifeos.example.org`).
    pub fn new(base: &str) -> Result<Self, SyncError> {
        install_crypto();
        let base = base.trim_end_matches('/').to_owned();
        if !(base.starts_with("https://") || base.starts_with("http://")) {
            return Err(SyncError::Protocol(format!(
                "'{}' is not an http(s) URL",
                crate::validate::clip(&base)
            )));
        }
        let http = reqwest::blocking::Client::builder()
            .connect_timeout(Duration::from_secs(10))
            .timeout(Duration::from_secs(120))
            .user_agent(concat!("lifeos/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| SyncError::Protocol(e.to_string()))?;
        Ok(Self {
            http,
            base,
            workspace: None,
            token: None,
            attempts: 4,
        })
    }

    /// With a bearer token and a workspace.
    pub fn authorized(mut self, token: &str, workspace: Id) -> Self {
        self.token = Some(token.to_owned());
        self.workspace = Some(workspace);
        self
    }

    /// With a bearer token only.
    pub fn with_token(mut self, token: &str) -> Self {
        self.token = Some(token.to_owned());
        self
    }

    /// The server's base URL.
    pub fn base(&self) -> &str {
        &self.base
    }

    fn send<T: serde::de::DeserializeOwned>(
        &self,
        build: &dyn Fn() -> reqwest::blocking::RequestBuilder,
    ) -> Result<T, SyncError> {
        let mut delay = Duration::from_millis(200);
        let mut attempt = 1;
        loop {
            match self.send_once(build()) {
                Err(e) if e.is_transient() && attempt < self.attempts => {
                    std::thread::sleep(delay);
                    delay = (delay * 2).min(Duration::from_secs(5));
                    attempt += 1;
                }
                other => return other,
            }
        }
    }

    fn send_once<T: serde::de::DeserializeOwned>(
        &self,
        req: reqwest::blocking::RequestBuilder,
    ) -> Result<T, SyncError> {
        let res = self.authed(req).send().map_err(|e| self.offline(e))?;
        let status = res.status().as_u16();
        if res.status().is_success() {
            return res
                .json::<T>()
                .map_err(|e| SyncError::Protocol(e.to_string()));
        }
        Err(Self::problem(status, res))
    }

    /// The request with this client's bearer token, if it has one.
    fn authed(&self, req: reqwest::blocking::RequestBuilder) -> reqwest::blocking::RequestBuilder {
        match &self.token {
            Some(t) => req.bearer_auth(t),
            None => req,
        }
    }

    /// A request that never reached the server.
    fn offline(&self, e: reqwest::Error) -> SyncError {
        SyncError::Offline {
            server: self.base.clone(),
            // reqwest's message names the URL, never the token.
            detail: e.without_url().to_string(),
        }
    }

    /// The error a refusing answer means, with its problem's detail.
    fn problem(status: u16, res: reqwest::blocking::Response) -> SyncError {
        let detail = res
            .json::<Problem>()
            .map(|p| p.detail)
            .unwrap_or_else(|_| "no details".into());
        match status {
            401 => SyncError::Unauthorized,
            404 => SyncError::NotFound(detail),
            409 => SyncError::Conflict(detail),
            500..=599 | 429 => SyncError::Server { status, detail },
            _ => SyncError::Refused { status, detail },
        }
    }

    fn workspace_url(&self, tail: &str) -> Result<String, SyncError> {
        let ws = self
            .workspace
            .ok_or_else(|| SyncError::Protocol("no workspace chosen".into()))?;
        Ok(format!("{}/v1/workspaces/{ws}{tail}", self.base))
    }

    /// Logs in; the returned session holds the bearer token.
    pub fn login(&self, email: &str, password: &str) -> Result<Session, SyncError> {
        let body = LoginRequest {
            email: email.to_owned(),
            password: password.to_owned(),
        };
        let url = format!("{}/v1/auth/login", self.base);
        match self.send(&|| self.http.post(&url).json(&body)) {
            Err(SyncError::Unauthorized) => Err(SyncError::Refused {
                status: 401,
                detail: "wrong email or password".into(),
            }),
            other => other,
        }
    }

    /// Revokes the session.
    pub fn logout(&self) -> Result<(), SyncError> {
        let url = format!("{}/v1/auth/logout", self.base);
        let token = self.token.clone().unwrap_or_default();
        let res = self
            .http
            .post(&url)
            .bearer_auth(token)
            .send()
            .map_err(|e| self.offline(e))?;
        match res.status().as_u16() {
            204 | 401 => Ok(()),
            status => Err(SyncError::Refused {
                status,
                detail: "logout failed".into(),
            }),
        }
    }

    /// The account and its workspaces.
    pub fn me(&self) -> Result<Me, SyncError> {
        let url = format!("{}/v1/me", self.base);
        self.send(&|| self.http.get(&url))
    }
}

impl Remote for HttpRemote {
    fn push(&self, req: &PushRequest) -> Result<PushResponse, SyncError> {
        let url = self.workspace_url("/sync/push")?;
        self.send(&|| self.http.post(&url).json(req))
    }

    fn pull(&self, cursor: i64, limit: u32) -> Result<PullResponse, SyncError> {
        let url = self.workspace_url(&format!("/sync/pull?cursor={cursor}&limit={limit}"))?;
        self.send(&|| self.http.get(&url))
    }
}

/// Push batches sent at once.
const PUSHES_IN_FLIGHT: usize = 2;

/// Batch and page sizes.
#[derive(Clone, Copy, Debug)]
pub struct SyncOptions {
    /// Changes per push (at most 1000).
    pub push_batch: usize,
    /// Changes per pull page (at most 5000).
    pub pull_page: u32,
}

impl Default for SyncOptions {
    fn default() -> Self {
        Self {
            push_batch: 500,
            pull_page: 2000,
        }
    }
}

/// Where a round is, for progress displays.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Progress {
    /// Pushed so many of (at least) so many changes.
    Pushed {
        /// Done so far.
        done: u64,
        /// Pending when the round began.
        total: u64,
    },
    /// Pulled so many changes; the cursor is here.
    Pulled {
        /// Received so far.
        done: u64,
        /// The cursor now.
        cursor: i64,
    },
}

/// What a round did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct SyncSummary {
    /// Changes pushed.
    pub pushed: u64,
    /// Of those, the ones where the server's row won.
    pub superseded: u64,
    /// Log entries pulled.
    pub pulled: u64,
    /// Local rows that changed because of the pull.
    pub changed: u64,
    /// The cursor after the round.
    pub cursor: i64,
    /// Milliseconds spent pushing.
    pub push_ms: u64,
    /// Milliseconds spent pulling.
    pub pull_ms: u64,
}

/// Splits pending changes into push requests of at most `batch_size` rows and
/// [`MAX_PUSH_BYTES`](crate::sync::MAX_PUSH_BYTES) of rows (at least one row each).
fn batches(
    device_id: &str,
    pending: Vec<crate::sync::PushChange>,
    batch_size: usize,
) -> Vec<PushRequest> {
    // The two sides of a pair (a transfer) are next to each other in `pending` and go
    // in the same batch: they are one unit here.
    let mut units: Vec<Vec<crate::sync::PushChange>> = Vec::new();
    for change in pending {
        let joins = units.last().and_then(|u| u.first()).is_some_and(|first| {
            u_len(&units) == 1
                && first
                    .row
                    .kind
                    .pair(first.row.fields_json())
                    .ok()
                    .flatten()
                    .is_some_and(|p| p.counterpart == change.row.kernel.id)
        });
        match units.last_mut() {
            Some(u) if joins => u.push(change),
            _ => units.push(vec![change]),
        }
    }
    let mut out: Vec<PushRequest> = Vec::new();
    let mut bytes = 0usize;
    for unit in units {
        // The kernel's JSON is under 256 bytes; the fields are already JSON text.
        let size: usize = unit.iter().map(|c| c.row.fields_json().len() + 256).sum();
        let full = out.last().is_none_or(|r| {
            !r.changes.is_empty()
                && (r.changes.len() + unit.len() > batch_size.max(2)
                    || bytes + size > crate::sync::MAX_PUSH_BYTES)
        });
        if full {
            out.push(PushRequest {
                device_id: device_id.to_owned(),
                changes: Vec::new(),
            });
            bytes = 0;
        }
        bytes += size;
        if let Some(r) = out.last_mut() {
            r.changes.extend(unit);
        }
    }
    out
}

fn u_len(units: &[Vec<crate::sync::PushChange>]) -> usize {
    units.last().map_or(0, Vec::len)
}

/// One push-then-pull round. When the server's change log restarted behind this
/// device's cursor (it was restored from a backup), every row held here is queued again
/// and the log pulled from the start, once: the merge rule makes that safe, and rows the
/// restored server lacks come back from this device.
pub fn sync(
    store: &mut Store,
    remote: &dyn Remote,
    opts: SyncOptions,
    progress: &mut dyn FnMut(Progress),
) -> Result<SyncSummary, SyncError> {
    match round(store, remote, opts, progress) {
        Err(SyncError::Conflict(detail)) if detail.starts_with(crate::sync::CURSOR_AHEAD) => {
            store.resync()?;
            round(store, remote, opts, progress)
        }
        other => other,
    }
}

fn round(
    store: &mut Store,
    remote: &dyn Remote,
    opts: SyncOptions,
    progress: &mut dyn FnMut(Progress),
) -> Result<SyncSummary, SyncError> {
    let mut summary = SyncSummary::default();
    let total = store.outbox_len()?;
    let started = std::time::Instant::now();
    let batch_size = opts.push_batch.clamp(1, crate::sync::MAX_PUSH_BATCH);
    let mut renewed = false;
    loop {
        // Two batches in flight: the server works on one while the other travels and
        // the client prepares; their answers are applied in order, each in its own
        // transaction (a batch whose answer is lost is simply pushed again).
        let pending = store.pending(batch_size * PUSHES_IN_FLIGHT)?;
        if pending.is_empty() {
            break;
        }
        let device_id = store.device_id().to_owned();
        let requests = batches(&device_id, pending, batch_size);
        let answers: Vec<Result<PushResponse, SyncError>> = std::thread::scope(|scope| {
            let handles: Vec<_> = requests
                .iter()
                .map(|req| scope.spawn(move || remote.push(req)))
                .collect();
            handles
                .into_iter()
                .map(|h| {
                    h.join().unwrap_or_else(|_| {
                        Err(SyncError::Protocol("a push thread panicked".into()))
                    })
                })
                .collect()
        });
        let mut failure = None;
        for (req, answer) in requests.iter().zip(answers) {
            match answer {
                Ok(res) => {
                    let PushCounts {
                        applied,
                        superseded,
                    } = store.apply_push_results(&req.changes, &res.results)?;
                    summary.pushed += applied + superseded;
                    summary.superseded += superseded;
                    progress(Progress::Pushed {
                        done: summary.pushed,
                        total,
                    });
                }
                Err(e) => failure = failure.or(Some(e)),
            }
        }
        match failure {
            // Our mutation numbers were used before (a restored or copied database):
            // take a new device id once and push again.
            Some(SyncError::Conflict(detail))
                if detail.starts_with(crate::sync::DEVICE_REUSED) && !renewed =>
            {
                store.renew_device_id()?;
                renewed = true;
            }
            Some(e) => return Err(e),
            None => {}
        }
    }
    summary.push_ms = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);
    let started = std::time::Instant::now();
    let mut cursor = store.sync_state()?.cursor;
    loop {
        let page = remote.pull(cursor, opts.pull_page.clamp(1, crate::sync::MAX_PULL_PAGE))?;
        if page.next_cursor < cursor || (page.changes.is_empty() && page.has_more) {
            return Err(SyncError::Protocol(
                "the pull cursor went backwards or stalled".into(),
            ));
        }
        let PullCounts { received, changed } = store.apply_pull(&page.changes, page.next_cursor)?;
        summary.pulled += received;
        summary.changed += changed;
        cursor = page.next_cursor;
        progress(Progress::Pulled {
            done: summary.pulled,
            cursor,
        });
        if !page.has_more {
            break;
        }
    }
    summary.cursor = cursor;
    summary.pull_ms = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);
    store.mark_synced(Timestamp::now())?;
    Ok(summary)
}

#[cfg(test)]
mod tests {
    use super::batches;
    use crate::kernel::{Kernel, Row};
    use crate::model::Task;
    use crate::record::Record;
    use crate::sync::{MAX_PUSH_BYTES, PushChange};

    fn change(mutation: i64, notes_len: usize) -> PushChange {
        let mut task = Task::new(format!("task {mutation}"));
        task.notes = "n".repeat(notes_len);
        let row = Row {
            kernel: Kernel::new_now(),
            fields: task,
        };
        PushChange {
            mutation,
            row: Record::from_row(&row).unwrap(),
        }
    }

    fn sizes(reqs: &[crate::sync::PushRequest]) -> Vec<usize> {
        reqs.iter().map(|r| r.changes.len()).collect()
    }

    #[test]
    fn small_rows_fill_a_batch_up_to_its_count() {
        let pending: Vec<_> = (1..=2500).map(|m| change(m, 10)).collect();
        let reqs = batches("dev", pending, 1000);
        assert_eq!(sizes(&reqs), vec![1000, 1000, 500]);
        // In order, nothing lost or doubled.
        let muts: Vec<i64> = reqs
            .iter()
            .flat_map(|r| r.changes.iter().map(|c| c.mutation))
            .collect();
        assert_eq!(muts, (1..=2500).collect::<Vec<_>>());
        assert!(reqs.iter().all(|r| r.device_id == "dev"));
    }

    #[test]
    fn big_rows_split_batches_by_bytes_and_a_huge_row_goes_alone() {
        // 3 MiB of notes each: two fit under the 8 MiB limit, a third does not.
        let mib = 1 << 20;
        let pending: Vec<_> = (1..=5).map(|m| change(m, 3 * mib)).collect();
        let reqs = batches("dev", pending, 1000);
        assert_eq!(sizes(&reqs), vec![2, 2, 1]);
        for r in &reqs {
            let bytes: usize = r.changes.iter().map(|c| c.row.fields_json().len()).sum();
            assert!(bytes <= MAX_PUSH_BYTES, "{bytes}");
        }
        // A row larger than the limit still travels, alone.
        let pending = vec![change(1, 10), change(2, 9 * mib), change(3, 10)];
        assert_eq!(sizes(&batches("dev", pending, 1000)), vec![1, 1, 1]);
    }
}
