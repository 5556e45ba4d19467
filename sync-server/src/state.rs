//! Shared state and configuration.

use std::sync::Arc;

use sqlx::PgPool;

/// When session cookies get the `Secure` attribute.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CookieSecure {
    /// When the request came over TLS (`X-Forwarded-Proto: https` from the proxy).
    Auto,
    /// Always (the server is only reachable through TLS).
    Always,
    /// Never (plain-HTTP development).
    Never,
}

/// What handlers need of the settings (built by [`crate::settings::load`]).
#[derive(Clone, Debug)]
pub struct Config {
    /// Lower-cased emails allowed to sign up (`LIFEOS_SIGNUP_ALLOWLIST`).
    pub signup_allowlist: Vec<String>,
    /// How long a session lasts (`LIFEOS_SESSION_TTL_HOURS`, default 720 = 30 days).
    pub session_ttl: time::Duration,
    /// `LIFEOS_COOKIE_SECURE`: auto (default), always or never.
    pub cookie_secure: CookieSecure,
    /// The blob store and its limits.
    pub blobs: crate::blobs::BlobConfig,
    /// The front door: password attempts and trusted proxies.
    pub guard: crate::guard::GuardConfig,
}

/// What every handler can reach.
#[derive(Clone)]
pub struct AppState {
    /// The Postgres pool.
    pub pool: PgPool,
    /// Settings.
    pub config: Arc<Config>,
    /// List pages by change-log position.
    pub lists: Arc<ListCache>,
    /// This process's counters for `/metrics`.
    pub metrics: Arc<crate::metrics::Metrics>,
    /// Which workspaces just changed, heard from Postgres (for the event streams).
    pub changes: Arc<crate::changes::Feed>,
    /// The blob store (opened on first use).
    pub blobs: Arc<crate::blobs::Blobs>,
    /// Who may try a password how often.
    pub guard: Arc<crate::guard::Guard>,
}

impl AppState {
    /// A state over `pool`, with empty caches and counters.
    pub fn new(pool: PgPool, config: Config) -> Self {
        Self {
            pool,
            blobs: Arc::new(crate::blobs::Blobs::new(config.blobs.clone())),
            guard: Arc::new(crate::guard::Guard::new(config.guard.clone())),
            config: Arc::new(config),
            lists: Arc::default(),
            metrics: Arc::default(),
            changes: Arc::default(),
        }
    }
}

/// Serialized list pages, keyed by the workspace's change-log position. Every mutation
/// of a workspace moves its `last_seq` in the same transaction, and a page is computed
/// after the position was read, so a page cached under position `n` shows the workspace
/// as of `n` or later: a valid answer to any request authorized at `n`, never an older
/// one. Bounded: at most [`ListCache::MAX_ENTRIES`] pages of at most
/// [`ListCache::MAX_BODY`] bytes; when full it starts over.
#[derive(Default)]
pub struct ListCache {
    pages: std::sync::Mutex<std::collections::HashMap<ListKey, axum::body::Bytes>>,
}

/// (workspace, entity, change-log position, query string).
pub type ListKey = (lifeos_core::Id, &'static str, i64, String);

impl ListCache {
    /// Most pages kept.
    pub const MAX_ENTRIES: usize = 1024;
    /// Largest page kept, in bytes.
    pub const MAX_BODY: usize = 256 * 1024;

    /// A cached page.
    pub fn get(&self, key: &ListKey) -> Option<axum::body::Bytes> {
        self.pages.lock().ok()?.get(key).cloned()
    }

    /// Keeps a page.
    pub fn put(&self, key: ListKey, body: axum::body::Bytes) {
        if body.len() > Self::MAX_BODY {
            return;
        }
        if let Ok(mut pages) = self.pages.lock() {
            if pages.len() >= Self::MAX_ENTRIES {
                pages.clear();
            }
            pages.insert(key, body);
        }
    }
}
