//! Prometheus metrics in the text exposition format (0.0.4), served on a listener of
//! their own (`LIFEOS_METRICS_LISTEN`, off by default) so they are never public by
//! accident: requests by route template and status, latency histograms by route, rows
//! pushed and pulled, workspaces and their change-log heads, and the database pool.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::future::Future;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

use axum::Router;
use axum::extract::{MatchedPath, Request, State};
use axum::http::{StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use tokio::net::TcpListener;

use crate::state::AppState;

/// Upper bounds of the latency buckets, in seconds.
pub const BUCKETS: [f64; 12] = [
    0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0,
];

/// Most workspaces given a change-log head series of their own (the largest heads).
pub const MAX_WORKSPACE_SERIES: i64 = 100;

#[derive(Default, Clone)]
struct Histogram {
    counts: [u64; BUCKETS.len()],
    count: u64,
    sum: f64,
}

impl Histogram {
    fn observe(&mut self, seconds: f64) {
        for (i, le) in BUCKETS.iter().enumerate() {
            if seconds <= *le {
                self.counts[i] += 1;
            }
        }
        self.count += 1;
        self.sum += seconds;
    }
}

/// The process's counters.
#[derive(Default)]
pub struct Metrics {
    /// (method, route, status) → count.
    requests: Mutex<BTreeMap<(String, String, u16), u64>>,
    /// route → latency.
    latency: Mutex<BTreeMap<String, Histogram>>,
    push_applied: AtomicU64,
    push_superseded: AtomicU64,
    pulled: AtomicU64,
}

impl Metrics {
    /// Counts a push's results.
    pub fn pushed(&self, applied: u64, superseded: u64) {
        self.push_applied.fetch_add(applied, Ordering::Relaxed);
        self.push_superseded
            .fetch_add(superseded, Ordering::Relaxed);
    }

    /// Counts rows served by a pull.
    pub fn pulled(&self, rows: u64) {
        self.pulled.fetch_add(rows, Ordering::Relaxed);
    }

    fn request(&self, method: &str, route: &str, status: u16, seconds: f64) {
        if let Ok(mut r) = self.requests.lock() {
            *r.entry((method.to_owned(), route.to_owned(), status))
                .or_default() += 1;
        }
        if let Ok(mut l) = self.latency.lock() {
            l.entry(route.to_owned()).or_default().observe(seconds);
        }
    }
}

/// Middleware: counts and times every request under its route template (never the raw
/// path, so ids do not become series); unmatched paths count as `unmatched`.
pub async fn track(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let method = req.method().as_str().to_owned();
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map_or_else(|| "unmatched".to_owned(), |p| p.as_str().to_owned());
    let start = Instant::now();
    let res = next.run(req).await;
    state.metrics.request(
        &method,
        &route,
        res.status().as_u16(),
        start.elapsed().as_secs_f64(),
    );
    res
}

/// A label value, escaped as the format requires.
fn label(v: &str) -> String {
    v.replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

fn float(v: f64) -> String {
    if v == f64::INFINITY {
        "+Inf".into()
    } else {
        format!("{v}")
    }
}

/// The exposition text.
pub async fn render(state: &AppState) -> String {
    let m = &state.metrics;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# HELP lifeos_build_info The running build.\n# TYPE lifeos_build_info gauge\nlifeos_build_info{{version=\"{}\",commit=\"{}\"}} 1",
        env!("CARGO_PKG_VERSION"),
        label(crate::GIT_COMMIT)
    );
    out.push_str("# HELP lifeos_http_requests_total HTTP requests by method, route template and status.\n# TYPE lifeos_http_requests_total counter\n");
    if let Ok(r) = m.requests.lock() {
        for ((method, route, status), n) in r.iter() {
            let _ = writeln!(
                out,
                "lifeos_http_requests_total{{method=\"{}\",route=\"{}\",status=\"{status}\"}} {n}",
                label(method),
                label(route)
            );
        }
    }
    out.push_str("# HELP lifeos_http_request_duration_seconds Time to answer, by route template.\n# TYPE lifeos_http_request_duration_seconds histogram\n");
    let latency = m.latency.lock().map(|l| l.clone()).unwrap_or_default();
    for (route, h) in &latency {
        let route = label(route);
        for (i, le) in BUCKETS.iter().enumerate() {
            let _ = writeln!(
                out,
                "lifeos_http_request_duration_seconds_bucket{{route=\"{route}\",le=\"{}\"}} {}",
                float(*le),
                h.counts[i]
            );
        }
        let _ = writeln!(
            out,
            "lifeos_http_request_duration_seconds_bucket{{route=\"{route}\",le=\"+Inf\"}} {}\nlifeos_http_request_duration_seconds_sum{{route=\"{route}\"}} {}\nlifeos_http_request_duration_seconds_count{{route=\"{route}\"}} {}",
            h.count,
            float(h.sum),
            h.count
        );
    }
    let _ = writeln!(
        out,
        "# HELP lifeos_sync_push_rows_total Pushed changes by outcome.\n# TYPE lifeos_sync_push_rows_total counter\nlifeos_sync_push_rows_total{{outcome=\"applied\"}} {}\nlifeos_sync_push_rows_total{{outcome=\"superseded\"}} {}",
        m.push_applied.load(Ordering::Relaxed),
        m.push_superseded.load(Ordering::Relaxed)
    );
    let _ = writeln!(
        out,
        "# HELP lifeos_sync_pull_rows_total Change-log rows served by pulls.\n# TYPE lifeos_sync_pull_rows_total counter\nlifeos_sync_pull_rows_total {}",
        m.pulled.load(Ordering::Relaxed)
    );
    // The database's view, read at scrape time (every process sees the same numbers).
    let workspaces: Result<i64, _> = sqlx::query_scalar("SELECT count(*) FROM workspaces")
        .fetch_one(&state.pool)
        .await;
    let heads: Vec<(String, i64)> =
        sqlx::query_as("SELECT id, last_seq FROM workspaces ORDER BY last_seq DESC, id LIMIT $1")
            .bind(MAX_WORKSPACE_SERIES)
            .fetch_all(&state.pool)
            .await
            .unwrap_or_default();
    out.push_str(
        "# HELP lifeos_workspaces Workspaces in the database.\n# TYPE lifeos_workspaces gauge\n",
    );
    match workspaces {
        Ok(n) => {
            let _ = writeln!(out, "lifeos_workspaces {n}");
        }
        Err(e) => tracing::warn!(error = %e, "metrics: cannot count workspaces"),
    }
    let _ = writeln!(
        out,
        "# HELP lifeos_change_log_head The change-log head (last seq) per workspace, the {MAX_WORKSPACE_SERIES} largest.\n# TYPE lifeos_change_log_head gauge"
    );
    for (id, head) in heads {
        let _ = writeln!(
            out,
            "lifeos_change_log_head{{workspace=\"{}\"}} {head}",
            label(&id)
        );
    }
    let size = state.pool.size();
    let idle = u32::try_from(state.pool.num_idle()).unwrap_or(u32::MAX);
    let _ = writeln!(
        out,
        "# HELP lifeos_db_pool_connections Postgres connections of this process by state.\n# TYPE lifeos_db_pool_connections gauge\nlifeos_db_pool_connections{{state=\"idle\"}} {idle}\nlifeos_db_pool_connections{{state=\"in_use\"}} {}\n# HELP lifeos_db_pool_max_connections The pool's limit.\n# TYPE lifeos_db_pool_max_connections gauge\nlifeos_db_pool_max_connections {}",
        size.saturating_sub(idle),
        state.pool.options().get_max_connections()
    );
    out
}

async fn scrape(State(state): State<AppState>) -> Response {
    (
        StatusCode::OK,
        [(
            header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        render(&state).await,
    )
        .into_response()
}

/// Serves `GET /metrics` on `listener` until `shutdown` resolves.
pub async fn serve(
    listener: TcpListener,
    state: AppState,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let app = Router::new()
        .route("/metrics", get(scrape))
        .with_state(state);
    crate::listen::serve(listener, app, shutdown).await
}
