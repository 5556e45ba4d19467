//! Reading every row of a kind that matches filters, page by page through the repo's
//! SQL (the report routes' input).

use lifeos_core::query::{Filter, ListQuery};
use lifeos_core::{Entity, Id, Row};

use crate::error::ApiError;
use crate::repo::{self, MAX_PAGE};
use crate::state::AppState;

/// Every row of `E` in the workspace matching `query`.
pub async fn matching<E: Entity>(
    state: &AppState,
    ws: Id,
    query: &ListQuery,
) -> Result<Vec<Row<E>>, ApiError> {
    let mut out = Vec::new();
    let mut cursor = None;
    loop {
        let page = repo::list::<E>(&state.pool, ws, query, cursor, MAX_PAGE).await?;
        out.extend(page.items);
        match page.next_cursor {
            Some(c) => {
                cursor = Some(
                    c.parse()
                        .map_err(|_| ApiError::Internal("bad cursor".into()))?,
                )
            }
            None => return Ok(out),
        }
    }
}

/// Every live row of `E` in the workspace.
pub async fn all<E: Entity>(state: &AppState, ws: Id) -> Result<Vec<Row<E>>, ApiError> {
    matching(state, ws, &ListQuery::default()).await
}

/// Every live row of `E` matching all of `filters`.
pub async fn filtered<E: Entity>(
    state: &AppState,
    ws: Id,
    filters: Vec<Filter>,
) -> Result<Vec<Row<E>>, ApiError> {
    let q = ListQuery {
        filters,
        ..ListQuery::default()
    };
    matching(state, ws, &q).await
}

/// Every row of `E`, tombstones included.
pub async fn with_tombstones<E: Entity>(state: &AppState, ws: Id) -> Result<Vec<Row<E>>, ApiError> {
    let q = ListQuery {
        include_deleted: true,
        ..ListQuery::default()
    };
    matching(state, ws, &q).await
}
