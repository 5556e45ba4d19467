//! Security headers on every response, the app's and the API's alike: no MIME sniffing,
//! no referrer beyond this origin, no framing, no cross-origin reads, a Content-Security-
//! Policy (the app's own assets carry the app's, `crate::web::CSP`; everything else the
//! strictest), and HSTS when the request came over TLS through a trusted proxy (or
//! `cookie_secure = always` says the server is only reached over TLS). CORS stays closed:
//! no response ever carries `Access-Control-Allow-Origin`, so another site's script cannot
//! read an answer, and a preflight gets none.

use axum::extract::{Request, State};
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;

use crate::state::{AppState, CookieSecure};

/// The policy of every answer that is not one of the app's files.
pub const API_CSP: &str = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";
/// What HSTS asks of the browser.
pub const HSTS: &str = "max-age=31536000; includeSubDomains";

/// The middleware.
pub async fn security_headers(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let (parts, body) = req.into_parts();
    let tls = state.config.cookie_secure == CookieSecure::Always
        || crate::guard::via_tls(&parts, &state.config.guard.trusted_proxies);
    let mut res = next.run(Request::from_parts(parts, body)).await;
    let h = res.headers_mut();
    let mut set = |name: header::HeaderName, value: &'static str| {
        h.entry(name).or_insert(HeaderValue::from_static(value));
    };
    set(header::X_CONTENT_TYPE_OPTIONS, "nosniff");
    set(header::REFERRER_POLICY, "same-origin");
    set(header::X_FRAME_OPTIONS, "DENY");
    set(header::CONTENT_SECURITY_POLICY, API_CSP);
    set(
        header::HeaderName::from_static("cross-origin-opener-policy"),
        "same-origin",
    );
    set(
        header::HeaderName::from_static("cross-origin-resource-policy"),
        "same-origin",
    );
    if tls {
        set(header::STRICT_TRANSPORT_SECURITY, HSTS);
    }
    h.remove(header::ACCESS_CONTROL_ALLOW_ORIGIN);
    res
}
