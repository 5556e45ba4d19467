//! The live stream: server-sent events on a workspace's change-log position, so an open
//! web page (or `lifeos sync --watch`) learns within a second that another device synced.

use std::convert::Infallible;
use std::time::Duration;

use axum::extract::State;
use axum::response::sse::{Event, KeepAlive, Sse};
use futures_util::stream::{self, Stream};
use lifeos_core::wire::Problem;

use crate::extract::WorkspaceMember;
use crate::state::AppState;

/// How often the stream reads the workspace's position.
const TICK: Duration = Duration::from_millis(500);

/// A stream of `change` events, each carrying the workspace's change-log position (the
/// cursor a pull would reach); the first is sent at once. Pull (or reload) on each.
/// A comment line every 15 s keeps proxies from closing the connection.
#[utoipa::path(get, operation_id = "workspace_events", path = "/v1/workspaces/{workspace_id}/events", tag = "sync",
    params(("workspace_id" = String, Path, description = "The workspace's id")),
    responses(
        (status = 200, description = "`text/event-stream`: `event: change`, `data:` the change-log position", content_type = "text/event-stream", body = String),
        (status = 404, description = "No such workspace, or not a member", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []), ("cookie" = [])))]
pub async fn events(
    State(state): State<AppState>,
    member: WorkspaceMember,
) -> Sse<impl Stream<Item = Result<Event, Infallible>>> {
    let ws = member.workspace_id.to_string();
    let start = (state, ws, None::<i64>);
    let s = stream::unfold(start, |(state, ws, last)| async move {
        loop {
            if last.is_some() {
                tokio::time::sleep(TICK).await;
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
                return Some((Ok(event), (state, ws, Some(seq))));
            }
        }
    });
    Sse::new(s).keep_alive(KeepAlive::new().interval(Duration::from_secs(15)))
}
