//! The web app, served at `/` from `web/dist` (embedded in release builds, read from disk
//! in debug builds). Hashed assets are immutable; `index.html` is never cached; every
//! file carries the app's strict Content-Security-Policy (the other security headers are
//! set on every answer by `crate::headers`). Any path the app does not have falls
//! back to `index.html` (the app routes in the browser), but `/v1/*` never does: an
//! unknown API path is a problem document.

use axum::http::{HeaderValue, Method, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};

use crate::error::ApiError;

#[derive(rust_embed::Embed)]
// web/dist, as an absolute path from build.rs.
#[folder = "$LIFEOS_WEB_DIST"]
#[allow_missing = true]
struct Assets;

/// No inline script or style, nothing from another origin.
pub const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; manifest-src 'self'; worker-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

fn asset(path: &str, cache: &'static str) -> Option<Response> {
    let file = Assets::get(path)?;
    let mime = file.metadata.mimetype();
    let mut res = (StatusCode::OK, file.data.into_owned()).into_response();
    let h = res.headers_mut();
    if let Ok(v) = HeaderValue::from_str(mime) {
        h.insert(header::CONTENT_TYPE, v);
    }
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP),
    );
    Some(res)
}

/// Whether `path` is under the API (never answered by the app).
fn is_api(path: &str) -> bool {
    path == "/v1" || path.starts_with("/v1/")
}

/// The router's fallback: an asset, the app's shell, or 404.
pub async fn fallback(method: Method, uri: Uri) -> Response {
    let path = uri.path();
    if is_api(path) {
        return ApiError::NotFound.into_response();
    }
    if method != Method::GET && method != Method::HEAD {
        return ApiError::NotFound.into_response();
    }
    let rel = path.trim_start_matches('/');
    if !rel.is_empty() && rel != "index.html" {
        let cache = if rel.starts_with("assets/") {
            // Vite names these by their content hash.
            "public, max-age=31536000, immutable"
        } else {
            "no-cache"
        };
        if let Some(res) = asset(rel, cache) {
            return res;
        }
        // A missing file (a name with an extension) is not a page of the app.
        if rel
            .rsplit('/')
            .next()
            .is_some_and(|last| last.contains('.'))
        {
            return ApiError::NotFound.into_response();
        }
    }
    asset("index.html", "no-cache").unwrap_or_else(|| {
        (
            StatusCode::NOT_FOUND,
            "the web app is not built: run `npm ci && npm run build` in web/",
        )
            .into_response()
    })
}

/// The app's size, for the bench: the embedded files and their total bytes.
pub fn embedded_bytes() -> (usize, usize) {
    Assets::iter()
        .filter_map(|p| Assets::get(&p).map(|f| f.data.len()))
        .fold((0, 0), |(n, b), len| (n + 1, b + len))
}
