//! The live stream: server-sent events on a workspace's change-log position, so an open
//! web page (or `lifeos sync --watch`) learns at once that another device synced, through
//! whichever server process it wrote (the position is read from Postgres, woken by the
//! change feed of [`crate::changes`]).

use std::convert::Infallible;
use std::time::Duration;

use axum::extract::State;
use axum::response::IntoResponse;
use axum::response::sse::{Event, KeepAlive, Sse};
use futures_util::stream;
use lifeos_core::wire::Problem;
use tokio::sync::broadcast;

use crate::changes::{self, Change};
use crate::extract::WorkspaceMember;
use crate::state::AppState;

/// One event of the stream, as a reader parses it (the schema of each event, not of the
/// whole body).
#[derive(utoipa::ToSchema)]
#[allow(dead_code)]
pub struct ChangeEvent {
    /// Always `change`.
    #[schema(pattern = "^change$")]
    event: String,
    /// The workspace's change-log position: the cursor a pull would reach.
    #[schema(pattern = "^[0-9]+$")]
    data: String,
}

/// A stream of `change` events, each carrying the workspace's change-log position (the
/// cursor a pull would reach); the first is sent at once. Pull (or reload) on each.
/// A comment line every 15 s keeps proxies from closing the connection.
#[utoipa::path(get, operation_id = "workspace_events", path = "/v1/workspaces/{workspace_id}/events", tag = "sync",
    params(("workspace_id" = String, Path, description = "The workspace's id")),
    responses(
        (status = 200, description = "`text/event-stream`: `event: change`, `data:` the change-log position", content_type = "text/event-stream", body = ChangeEvent),
        (status = 404, description = "No such workspace, or not a member", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []), ("cookie" = [])))]
pub async fn events(State(state): State<AppState>, member: WorkspaceMember) -> impl IntoResponse {
    let ws = member.workspace_id.to_string();
    // Subscribed before the first read, so no change falls between the two.
    let feed = state.changes.subscribe(&state.pool);
    let start = (state, ws, feed, None::<i64>);
    let s = stream::unfold(start, |(state, ws, mut feed, last)| async move {
        loop {
            if last.is_some() {
                wait_for(&mut feed, &ws).await;
            }
            let seq: Option<i64> =
                sqlx::query_scalar("SELECT last_seq FROM workspaces WHERE id = $1")
                    .bind(&ws)
                    .fetch_optional(&state.pool)
                    .await
                    .ok()
                    .flatten();
            // A workspace that is gone (or a database that is down) ends the stream; the
            // browser reconnects and learns why.
            let seq = seq?;
            if Some(seq) != last {
                let event = Event::default().event("change").data(seq.to_string());
                return Some((Ok::<_, Infallible>(event), (state, ws, feed, Some(seq))));
            }
        }
    });
    // nginx buffers proxied answers unless told not to.
    (
        [("x-accel-buffering", "no")],
        Sse::new(s).keep_alive(KeepAlive::new().interval(Duration::from_secs(15))),
    )
}

/// Until the feed says `workspace` may have changed, or [`changes::FALLBACK`] passed.
async fn wait_for(feed: &mut broadcast::Receiver<Change>, workspace: &str) {
    let deadline = tokio::time::Instant::now() + changes::FALLBACK;
    loop {
        match tokio::time::timeout_at(deadline, feed.recv()).await {
            Ok(Ok(change)) if !change.concerns(workspace) => continue,
            // Heard of it; or missed some (lagged): look again.
            Ok(Ok(_) | Err(broadcast::error::RecvError::Lagged(_))) => return,
            // No feed any more: only the fallback's pace remains.
            Ok(Err(broadcast::error::RecvError::Closed)) => {
                tokio::time::sleep_until(deadline).await;
                return;
            }
            Err(_elapsed) => return,
        }
    }
}
