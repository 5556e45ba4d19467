//! Serving the change log in pages: the stored lines as they are, bounded in rows and
//! bytes, never past a sequence number a reader could still see appear below it.

use lifeos_core::Id;
use lifeos_core::sync::MAX_PULL_PAGE;
use serde::Serialize;
use serde_json::value::RawValue;
use sqlx::PgPool;

use crate::error::ApiError;

/// Most bytes of rows in one pull page (a page holds at least one row).
pub const MAX_PULL_BYTES: usize = 8 << 20;

/// A pulled change as sent: the stored line, not re-parsed.
#[derive(Serialize)]
pub struct RawChange {
    seq: i64,
    row: Box<RawValue>,
}

/// A pull page as sent.
#[derive(Serialize)]
pub struct RawPull {
    changes: Vec<RawChange>,
    next_cursor: i64,
    has_more: bool,
}

impl RawPull {
    /// Rows in the page.
    pub fn rows(&self) -> usize {
        self.changes.len()
    }
}

/// Log entries with `seq > cursor`, at most `limit`.
pub async fn pull(
    pool: &PgPool,
    workspace: Id,
    cursor: i64,
    limit: u32,
) -> Result<RawPull, ApiError> {
    if cursor < 0 {
        return Err(ApiError::field(
            "cursor",
            "must be 0 or a next_cursor from a previous pull",
        ));
    }
    if !(1..=MAX_PULL_PAGE).contains(&limit) {
        return Err(ApiError::field(
            "limit",
            format!("must be 1 to {MAX_PULL_PAGE}"),
        ));
    }
    // A cursor past the log, or inside a range skipped at a restore, was issued before
    // the restore: the client must resync rather than miss rows.
    let ahead: bool = sqlx::query_scalar(
        "SELECT $2 > (SELECT last_seq FROM workspaces WHERE id = $1)
             OR EXISTS (SELECT 1 FROM sync_log_gaps WHERE workspace_id = $1 AND $2 > after_seq AND $2 <= up_to_seq)",
    )
    .bind(workspace.to_string())
    .bind(cursor)
    .fetch_one(pool)
    .await?;
    if ahead {
        return Err(ApiError::Conflict {
            detail: format!(
                "{}: the server was restored from a backup; resync (push every row, pull from 0)",
                lifeos_core::sync::CURSOR_AHEAD
            ),
            current: None,
        });
    }
    let rows: Vec<(i64, String)> = sqlx::query_as(
        "SELECT seq, payload::text FROM sync_log WHERE workspace_id = $1 AND seq > $2 ORDER BY seq LIMIT $3",
    )
    .bind(workspace.to_string())
    .bind(cursor)
    .bind(i64::from(limit) + 1)
    .fetch_all(pool)
    .await?;
    let mut has_more = rows.len() > limit as usize;
    let mut changes = Vec::with_capacity(rows.len().min(limit as usize));
    let mut bytes = 0usize;
    for (seq, payload) in rows.into_iter().take(limit as usize) {
        // Pages are bounded in bytes too (a note can be a megabyte): at least one row.
        if !changes.is_empty() && bytes + payload.len() > MAX_PULL_BYTES {
            has_more = true;
            break;
        }
        bytes += payload.len();
        let row = RawValue::from_string(payload).map_err(|e| ApiError::Internal(e.to_string()))?;
        changes.push(RawChange { seq, row });
    }
    let next_cursor = changes.last().map_or(cursor, |c| c.seq);
    Ok(RawPull {
        changes,
        next_cursor,
        has_more,
    })
}
