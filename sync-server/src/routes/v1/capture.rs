//! Quick capture over HTTP: a line in the TUI's short syntax (`buy milk tomorrow
//! #errands !high`) parsed by `lifeos_core::capture`, the same code the TUI runs, and
//! created as a normal task create would.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use lifeos_core::capture::{self, MAX_LINE};
use lifeos_core::model::Task;
use lifeos_core::wire::{NewRow, Problem};
use lifeos_core::{Entity, Row};

use super::day;
use crate::error::ApiError;
use crate::extract::{ApiJson, WorkspaceMember};
use crate::repo;
use crate::state::AppState;

/// A quick-capture line and the caller's day, which relative due words (`tomorrow`,
/// `fri`) are read against.
#[derive(Debug, serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CaptureBody {
    /// The line: a title, then `#tags`, `!high`/`!medium`/`!low`, `due:WHEN` or a due
    /// word as its last word (`today`, `tomorrow`, a weekday, `YYYY-MM-DD`,
    /// `YYYY-MM-DDTHH:MM`).
    #[schema(
        min_length = 1,
        max_length = 1000,
        example = "buy milk tomorrow #errands !high"
    )]
    pub text: String,
    /// The caller's local date (default: today at `offset_minutes`).
    #[schema(value_type = Option<String>, format = Date, pattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]
    pub today: Option<String>,
    /// The caller's offset from UTC in minutes, east positive (default 0).
    #[schema(minimum = -840, maximum = 840)]
    pub offset_minutes: Option<i32>,
}

/// Creates a task from a quick-capture line, exactly as `POST …/tasks` with the parsed
/// fields would (the same write, change log entry and events).
#[utoipa::path(post, operation_id = "capture_task", path = "/v1/workspaces/{workspace_id}/capture/task", tag = "tasks",
    params(("workspace_id" = String, Path, description = "The workspace's id")),
    request_body(content = CaptureBody, content_type = "application/json"),
    responses(
        (status = 201, description = "The task made from the line", body = Row<Task>),
        (status = 404, description = "No such workspace, or not a member", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "An empty, oversized or unreadable line (`field` is `text`), or a bad `today` or `offset_minutes`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []), ("cookie" = [])))]
#[tracing::instrument(skip_all, err)]
pub async fn task(
    State(state): State<AppState>,
    member: WorkspaceMember,
    ApiJson(body): ApiJson<CaptureBody>,
) -> Result<(StatusCode, Json<Row<Task>>), ApiError> {
    if body.text.trim().is_empty() {
        return Err(ApiError::field("text", "type a title"));
    }
    if body.text.len() > MAX_LINE {
        return Err(ApiError::field(
            "text",
            format!("is longer than {MAX_LINE} bytes"),
        ));
    }
    let offset = day::offset("offset_minutes", body.offset_minutes)?;
    let today = day::date("today", body.today.as_deref(), offset)?;
    let task = capture::parse(&body.text, today.date(), offset)
        .map_err(|e| ApiError::field("text", e))?
        .into_task();
    task.validate()?;
    let row = repo::create(
        &state.pool,
        member.workspace_id,
        NewRow {
            id: None,
            fields: task,
        },
    )
    .await?;
    Ok((StatusCode::CREATED, Json(row)))
}
