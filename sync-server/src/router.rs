//! Assembles the routes (each declared once, with its OpenAPI entry), the layers, and
//! the operational endpoints.

use std::time::Duration;

use axum::extract::{DefaultBodyLimit, State};
use axum::http::{HeaderName, Request, StatusCode};
use axum::routing::get;
use axum::{Json, Router};
use tower_http::LatencyUnit;
use tower_http::request_id::{
    MakeRequestId, PropagateRequestIdLayer, RequestId, SetRequestIdLayer,
};
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::{DefaultOnResponse, TraceLayer};
use utoipa::OpenApi;
use utoipa::openapi::security::{ApiKey, ApiKeyValue, HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::error::ApiError;
use crate::routes::v1::{
    auth, blobs, capture, domains, entities, events, reports, search, sync, today, transfers,
    workspaces,
};
use crate::state::AppState;

#[derive(OpenApi)]
#[openapi(
    info(title = "LifeOS sync server", description = "The self-hosted system of record for LifeOS: accounts, workspaces, the primitives, habits and fasts, health, faith, finance, and their change log."),
    modifiers(&Security),
    tags(
        (name = "auth", description = "Sign-up, login, sessions"),
        (name = "workspaces", description = "Workspaces and members"),
        (name = "reports", description = "Reports computed by lifeos-core, as the CLI shows them"),
        (name = "search", description = "Finding anything in a workspace, ranked, with snippets"),
        (name = "blobs", description = "The bytes of attachments: resumable uploads, ranged downloads"),
        (name = "sync", description = "Push local changes, pull the change log, the live event stream"),
    )
)]
struct ApiDoc;

struct Security;

impl utoipa::Modify for Security {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some("The token from /v1/auth/login"))
                    .build(),
            ),
        );
        components.add_security_scheme(
            "cookie",
            SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::with_description(
                crate::extract::SESSION_COOKIE,
                "The session cookie set by /v1/auth/login; writes also need the X-CSRF-Token header",
            ))),
        );
    }
}

/// The document's head, with one tag per registered entity (before `sync`).
fn head() -> utoipa::openapi::OpenApi {
    let mut doc = ApiDoc::openapi();
    let tags = doc.tags.get_or_insert_with(Vec::new);
    let at = tags.len().saturating_sub(1);
    tags.splice(
        at..at,
        lifeos_core::EntityKind::ALL
            .iter()
            .map(|k| entities::doc::tag(*k)),
    );
    doc
}

fn api() -> OpenApiRouter<AppState> {
    OpenApiRouter::with_openapi(head())
        .routes(routes!(auth::signup))
        .routes(routes!(auth::login))
        .routes(routes!(auth::logout))
        .routes(routes!(auth::me))
        .routes(routes!(auth::sessions))
        .routes(routes!(auth::revoke_session))
        .routes(routes!(auth::change_password))
        .routes(routes!(workspaces::list, workspaces::create))
        .routes(routes!(workspaces::get))
        .routes(routes!(workspaces::members, workspaces::add_member))
        .routes(routes!(workspaces::leave))
        .merge(
            // A push may carry up to 8 MiB of rows, and one row can exceed that after
            // JSON escaping; the client splits batches by size.
            OpenApiRouter::new()
                .routes(routes!(sync::push))
                .layer(DefaultBodyLimit::max(crate::MAX_PUSH_BODY_BYTES)),
        )
        .merge(
            // A blob's body streams into the store; the handler counts it against the
            // per-file limit and the quota itself.
            OpenApiRouter::new()
                .routes(routes!(blobs::head, blobs::download, blobs::put))
                .routes(routes!(blobs::upload))
                .layer(DefaultBodyLimit::disable()),
        )
        .routes(routes!(sync::pull))
        .routes(routes!(events::events))
        .routes(routes!(reports::balances))
        .routes(routes!(reports::habits))
        .routes(routes!(today::today))
        .routes(routes!(search::search))
        .routes(routes!(domains::fasts))
        .routes(routes!(domains::spending))
        .routes(routes!(domains::budget))
        .routes(routes!(domains::net_worth))
        .routes(routes!(domains::health_trend))
        .routes(routes!(domains::workouts_weekly))
        .routes(routes!(domains::practices))
        .routes(routes!(domains::reading_plans))
        .routes(routes!(domains::people_report))
        .routes(routes!(capture::task))
        .routes(routes!(transfers::create))
        .routes(routes!(transfers::delete))
        .routes(routes!(transfers::restore))
        .merge(entities::routes())
}

/// The routes and their OpenAPI 3.1 document, versioned like the crate.
fn parts() -> (Router<AppState>, utoipa::openapi::OpenApi) {
    let (router, mut doc) = api().split_for_parts();
    crate::spec::complete_document(&mut doc);
    doc.info.version = env!("CARGO_PKG_VERSION").to_owned();
    (router, doc)
}

/// The OpenAPI 3.1 document, built without a database.
pub fn openapi() -> utoipa::openapi::OpenApi {
    parts().1
}

#[derive(Clone, Copy)]
struct UlidRequestId;

impl MakeRequestId for UlidRequestId {
    fn make_request_id<B>(&mut self, _: &Request<B>) -> Option<RequestId> {
        ulid::Ulid::new()
            .to_string()
            .parse()
            .ok()
            .map(RequestId::new)
    }
}

async fn healthz() -> &'static str {
    "ok"
}

/// How long `/readyz` waits for the database before answering 503 (less than the pool's
/// acquire timeout, so a balancer's probe learns quickly that the database is away).
const READY_TIMEOUT: Duration = Duration::from_secs(2);

async fn readyz(State(state): State<AppState>) -> Result<&'static str, ApiError> {
    match tokio::time::timeout(READY_TIMEOUT, sqlx::query("SELECT 1").execute(&state.pool)).await {
        Ok(Ok(_)) => Ok("ready"),
        Ok(Err(e)) => Err(ApiError::Unavailable(format!(
            "database not reachable: {e}"
        ))),
        Err(_) => Err(ApiError::Unavailable(format!(
            "database not reachable within {} s",
            READY_TIMEOUT.as_secs()
        ))),
    }
}

/// A 503 made without a problem document (the request timed out) still says when to come
/// back.
async fn retry_after(mut res: axum::response::Response) -> axum::response::Response {
    if res.status() == StatusCode::SERVICE_UNAVAILABLE {
        res.headers_mut()
            .entry(axum::http::header::RETRY_AFTER)
            .or_insert(axum::http::HeaderValue::from(
                crate::error::UNAVAILABLE_RETRY_AFTER_SECS,
            ));
    }
    res
}

/// The whole application.
pub fn app(state: AppState) -> Router {
    let (api, doc) = parts();
    let request_id = HeaderName::from_static("x-request-id");
    api.route("/openapi.json", get(move || async move { Json(doc) }))
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .fallback(crate::web::fallback)
        .method_not_allowed_fallback(|| async { ApiError::MethodNotAllowed })
        .layer(axum::middleware::from_fn_with_state(state.clone(), crate::metrics::track))
        .layer(axum::middleware::from_fn_with_state(state.clone(), crate::headers::security_headers))
        .layer(DefaultBodyLimit::max(crate::MAX_BODY_BYTES))
        .layer(TimeoutLayer::with_status_code(StatusCode::SERVICE_UNAVAILABLE, Duration::from_secs(30)))
        .layer(axum::middleware::map_response(retry_after))
        .layer(PropagateRequestIdLayer::new(request_id.clone()))
        .layer(TraceLayer::new_for_http().make_span_with(|req: &Request<_>| {
            let id = req
                .headers()
                .get("x-request-id")
                .and_then(|v| v.to_str().ok())
                .unwrap_or("-");
            tracing::info_span!("request", request_id = %id, method = %req.method(), path = %req.uri().path(), user.id = tracing::field::Empty, workspace.id = tracing::field::Empty)
        })
        .on_response(DefaultOnResponse::new().level(tracing::Level::INFO).latency_unit(LatencyUnit::Micros)))
        .layer(SetRequestIdLayer::new(request_id, UlidRequestId))
        .with_state(state)
}
