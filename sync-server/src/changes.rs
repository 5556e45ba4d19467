//! The change feed: which workspaces' change logs just moved, as Postgres tells every
//! process (`LISTEN lifeos_change`, notified by a trigger on `sync_log`; see migration
//! 0009). One listening connection per process, started by the first event stream, fans
//! the notifications out to every stream of this process; so a client connected to one
//! process hears within milliseconds of a write made through any other.
//!
//! A notification only says "look again": each stream then reads the workspace's
//! position itself, so a notification lost (the listening connection dropped and came
//! back) costs nothing but a wake-up of every stream ([`Change::All`]), and a stream also
//! looks again every [`FALLBACK`] whatever it heard.

use std::sync::{Arc, OnceLock};
use std::time::Duration;

use sqlx::PgPool;
use sqlx::postgres::PgListener;
use tokio::sync::broadcast;

/// The channel the trigger notifies.
pub const CHANNEL: &str = "lifeos_change";

/// How often a stream reads its position when it heard nothing.
pub const FALLBACK: Duration = Duration::from_secs(10);

/// What the feed says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    /// This workspace's change log moved.
    Workspace(Arc<str>),
    /// Anything may have moved (notifications may have been missed): look again.
    All,
}

impl Change {
    /// Whether a stream of `workspace` should look again.
    pub fn concerns(&self, workspace: &str) -> bool {
        match self {
            Self::Workspace(w) => &**w == workspace,
            Self::All => true,
        }
    }
}

/// This process's feed; the listener starts with the first subscriber.
#[derive(Default)]
pub struct Feed {
    tx: OnceLock<broadcast::Sender<Change>>,
}

impl Feed {
    /// Notifications from now on. Must be called inside the Tokio runtime.
    pub fn subscribe(&self, pool: &PgPool) -> broadcast::Receiver<Change> {
        self.tx
            .get_or_init(|| {
                let (tx, _) = broadcast::channel(1024);
                tokio::spawn(listen(pool.clone(), tx.clone()));
                tx
            })
            .subscribe()
    }
}

/// Listens until the process ends, reconnecting with a pause after a failure; every
/// (re)connection wakes all streams, since notifications sent meanwhile are lost.
async fn listen(pool: PgPool, tx: broadcast::Sender<Change>) {
    loop {
        match PgListener::connect_with(&pool).await {
            Ok(mut listener) => match listener.listen(CHANNEL).await {
                Ok(()) => {
                    let _ = tx.send(Change::All);
                    loop {
                        match listener.try_recv().await {
                            Ok(Some(n)) => {
                                let _ = tx.send(Change::Workspace(n.payload().into()));
                            }
                            // The connection was lost; the next call reconnects, and what
                            // was sent meanwhile is gone.
                            Ok(None) => {
                                tracing::warn!(
                                    "the change feed's connection was lost; reconnecting"
                                );
                                let _ = tx.send(Change::All);
                            }
                            Err(e) => {
                                tracing::warn!(error = %e, "the change feed failed");
                                break;
                            }
                        }
                    }
                }
                Err(e) => tracing::warn!(error = %e, "cannot listen for changes"),
            },
            Err(e) => tracing::warn!(error = %e, "cannot connect the change feed"),
        }
        let _ = tx.send(Change::All);
        tokio::time::sleep(Duration::from_secs(1)).await;
    }
}
