//! `lifeos-server`: the self-hosted LifeOS sync server (axum + sqlx on Postgres).
//!
//! It shares `lifeos-core`'s model, wire types and merge rule (built without SQLite).
//! [`serve`] runs it on any listener, so tests start it in-process on port 0.

pub mod accounts;
pub mod admin;
pub mod backup;
pub mod blobs;
pub mod changes;
pub mod error;
pub mod extract;
pub mod guard;
pub mod headers;
pub mod listen;
pub mod metrics;
pub mod repo;
pub mod router;
pub mod routes;
pub mod session;
pub mod settings;
pub mod spec;
pub mod state;
pub mod sync;
pub mod web;

use std::future::Future;

use sqlx::postgres::PgPoolOptions;
use tokio::net::TcpListener;

pub use router::{app, openapi};
pub use state::{AppState, Config};

/// The git commit this binary was built from (`unknown` outside a git checkout, unless
/// `LIFEOS_GIT_COMMIT` was set for the build).
pub const GIT_COMMIT: &str = env!("LIFEOS_GIT_COMMIT");

/// `--version`: the crate version and the commit.
pub const VERSION: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    " (",
    env!("LIFEOS_GIT_COMMIT"),
    ")"
);

/// Largest accepted request body: a 1 MiB note, JSON-escaped, and then some.
pub const MAX_BODY_BYTES: usize = 4 << 20;

/// Largest accepted push body.
pub const MAX_PUSH_BODY_BYTES: usize = 32 << 20;

/// The embedded Postgres migrations.
pub static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("../migrations/postgres");

/// Connects to Postgres and applies every pending migration (idempotent).
pub async fn connect(database_url: &str, max_connections: u32) -> anyhow::Result<sqlx::PgPool> {
    let pool = PgPoolOptions::new()
        .max_connections(max_connections)
        .acquire_timeout(std::time::Duration::from_secs(10))
        .connect(database_url)
        .await
        .map_err(|e| anyhow::anyhow!("cannot connect to the database: {e}"))?;
    MIGRATOR.run(&pool).await?;
    repo::search::ensure_indexes(&pool).await?;
    Ok(pool)
}

/// Serves the application on `listener` until `shutdown` resolves, then finishes the
/// requests in flight.
pub async fn serve(
    listener: TcpListener,
    pool: sqlx::PgPool,
    config: Config,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    serve_state(listener, AppState::new(pool, config), shutdown).await
}

/// [`serve`] with a state made by [`AppState::new`] (shared with [`metrics::serve`]).
pub async fn serve_state(
    listener: TcpListener,
    state: AppState,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    listen::serve(listener, app(state), shutdown).await
}
