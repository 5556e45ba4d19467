//! The one error type of the API, rendered as RFC 9457 `application/problem+json`.
//! 5xx details go to the log, never to the client.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use lifeos_core::kernel::DecodeError;
use lifeos_core::wire::Problem;

/// Everything a handler can answer besides success.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// Malformed request syntax (bad JSON, bad query string).
    #[error("{0}")]
    BadRequest(String),
    /// Well-formed but invalid: names the field when it can.
    #[error("{message}")]
    Validation {
        /// The wire name of the offending field.
        field: Option<String>,
        /// What is wrong and what is allowed.
        message: String,
    },
    /// No valid session: log in again.
    #[error("{0}")]
    Unauthorized(&'static str),
    /// Authenticated but not allowed (e.g. not an owner, missing CSRF token).
    #[error("{0}")]
    Forbidden(String),
    /// Not there, or not the caller's to see (another workspace's data is "not there").
    #[error("not found")]
    NotFound,
    /// The state changed meanwhile (stale version, existing id, …).
    #[error("{detail}")]
    Conflict {
        /// What conflicted.
        detail: String,
        /// The row as it is now, when there is one.
        current: Option<serde_json::Value>,
    },
    /// The path exists but not with this method.
    #[error("this method is not allowed here")]
    MethodNotAllowed,
    /// The body is over the size limit.
    #[error("the request body is larger than the limit of {0} bytes")]
    TooLarge(usize),
    /// The workspace's blobs would exceed its quota.
    #[error("the workspace's blobs would exceed its quota of {0} bytes")]
    QuotaExceeded(u64),
    /// The body is not JSON.
    #[error("send the body as application/json")]
    UnsupportedMediaType,
    /// The database gave up on a transaction to break a deadlock or a serialization
    /// conflict with a concurrent one: nothing was written; retry after `Retry-After`.
    #[error(
        "the server is busy with concurrent changes to the same rows; nothing was written, retry"
    )]
    Busy(String),
    /// The database cannot be reached (restarting, down, out of connections) or dropped
    /// the connection mid-request: retry after `Retry-After`. A write cut off this way
    /// may or may not have been committed; a retry with the same id or version is refused
    /// (409) if it was.
    #[error("the database is not reachable right now; retry in a few seconds")]
    Unavailable(String),
    /// Too many attempts (the front door, `crate::guard`): wait `retry_after` seconds.
    #[error("{detail}")]
    TooManyRequests {
        /// Which rule, and for how long.
        detail: String,
        /// Seconds to wait, also sent as `Retry-After`.
        retry_after: u64,
    },
    /// Our fault; details are logged.
    #[error("internal error")]
    Internal(String),
}

/// Seconds a client should wait before retrying a [`ApiError::Busy`] request.
pub const RETRY_AFTER_SECS: u32 = 1;

/// Seconds a client should wait before retrying an [`ApiError::Unavailable`] request (a
/// restarting Postgres is usually back within a few).
pub const UNAVAILABLE_RETRY_AFTER_SECS: u32 = 2;

impl ApiError {
    /// The HTTP status.
    pub fn status_code(&self) -> StatusCode {
        match self {
            Self::BadRequest(_) => StatusCode::BAD_REQUEST,
            Self::Validation { .. } => StatusCode::UNPROCESSABLE_ENTITY,
            Self::Unauthorized(_) => StatusCode::UNAUTHORIZED,
            Self::Forbidden(_) => StatusCode::FORBIDDEN,
            Self::NotFound => StatusCode::NOT_FOUND,
            Self::Conflict { .. } => StatusCode::CONFLICT,
            Self::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            Self::TooLarge(_) | Self::QuotaExceeded(_) => StatusCode::PAYLOAD_TOO_LARGE,
            Self::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Self::Busy(_) | Self::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            Self::TooManyRequests { .. } => StatusCode::TOO_MANY_REQUESTS,
            Self::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn slug(&self) -> &'static str {
        match self {
            Self::BadRequest(_) => "bad-request",
            Self::Validation { .. } => "validation",
            Self::Unauthorized(_) => "unauthorized",
            Self::Forbidden(_) => "forbidden",
            Self::NotFound => "not-found",
            Self::Conflict { .. } => "conflict",
            Self::MethodNotAllowed => "method-not-allowed",
            Self::TooLarge(_) => "too-large",
            Self::QuotaExceeded(_) => "quota-exceeded",
            Self::UnsupportedMediaType => "unsupported-media-type",
            Self::Busy(_) => "busy",
            Self::Unavailable(_) => "unavailable",
            Self::TooManyRequests { .. } => "too-many-requests",
            Self::Internal(_) => "internal",
        }
    }

    /// A validation error for one field.
    pub fn field(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self::Validation {
            field: Some(field.into()),
            message: message.into(),
        }
    }

    /// The problem document.
    pub fn problem(&self) -> Problem {
        let status = self.status_code();
        let (field, current) = match self {
            Self::Validation { field, .. } => (field.clone(), None),
            Self::Conflict { current, .. } => (None, current.clone()),
            _ => (None, None),
        };
        let detail = match self {
            Self::NotFound => "no such resource, or it is not yours to see".to_owned(),
            other => other.to_string(),
        };
        Problem {
            kind: format!("urn:lifeos:problem:{}", self.slug()),
            title: status.canonical_reason().unwrap_or("Error").to_owned(),
            status: status.as_u16(),
            detail,
            field,
            current,
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        match &self {
            Self::Internal(detail) => tracing::error!(error = %detail, "internal error"),
            Self::Busy(detail) => {
                tracing::warn!(error = %detail, "transaction retried by the client")
            }
            Self::Unavailable(detail) => {
                tracing::warn!(error = %detail, "the database is not reachable")
            }
            _ => {}
        }
        let status = self.status_code();
        let body = serde_json::to_vec(&self.problem()).unwrap_or_default();
        let mut res = (status, body).into_response();
        res.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/problem+json"),
        );
        match &self {
            Self::Busy(_) => {
                res.headers_mut()
                    .insert(header::RETRY_AFTER, HeaderValue::from(RETRY_AFTER_SECS));
            }
            Self::Unavailable(_) => {
                res.headers_mut().insert(
                    header::RETRY_AFTER,
                    HeaderValue::from(UNAVAILABLE_RETRY_AFTER_SECS),
                );
            }
            Self::TooManyRequests { retry_after, .. } => {
                res.headers_mut()
                    .insert(header::RETRY_AFTER, HeaderValue::from(*retry_after));
            }
            _ => {}
        }
        if status == StatusCode::UNAUTHORIZED {
            res.headers_mut()
                .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        res
    }
}

/// Whether `e` says the database is away rather than that the request was wrong: no
/// connection within the pool's acquire timeout, a connection refused or cut, or Postgres
/// shutting down, starting up or out of connections.
pub fn unreachable(e: &sqlx::Error) -> bool {
    match e {
        sqlx::Error::PoolTimedOut
        | sqlx::Error::PoolClosed
        | sqlx::Error::WorkerCrashed
        | sqlx::Error::Io(_)
        | sqlx::Error::Tls(_) => true,
        // Class 08: connection exception; 57P01–57P03: admin or crash shutdown, cannot
        // connect now (starting up, shutting down); 53300: too many connections.
        sqlx::Error::Database(db) => db.code().is_some_and(|c| {
            c.starts_with("08") || matches!(&*c, "57P01" | "57P02" | "57P03" | "53300")
        }),
        _ => false,
    }
}

/// A database error where the query itself cannot be at fault: [`ApiError::Unavailable`]
/// when the database is away, else [`ApiError::Internal`] with `context`.
pub fn database(context: &str, e: sqlx::Error) -> ApiError {
    if unreachable(&e) {
        ApiError::Unavailable(format!("{context}: {e}"))
    } else {
        ApiError::Internal(format!("{context}: {e}"))
    }
}

impl From<sqlx::Error> for ApiError {
    fn from(e: sqlx::Error) -> Self {
        match &e {
            _ if unreachable(&e) => Self::Unavailable(e.to_string()),
            sqlx::Error::RowNotFound => Self::NotFound,
            // A deadlock (40P01) or a serialization failure (40001): the transaction was
            // rolled back, and the same request can succeed if sent again.
            sqlx::Error::Database(db) if matches!(db.code().as_deref(), Some("40P01" | "40001")) => {
                Self::Busy(e.to_string())
            }
            sqlx::Error::Database(db)
                if db.code().as_deref() == Some("23505")
                    && db.constraint().is_some_and(|c| c.ends_with("_natural_key")) =>
            {
                Self::Conflict {
                    detail: "another live row has the same natural key (a check-in for that habit and day, or a running fast)".into(),
                    current: None,
                }
            }
            sqlx::Error::Database(db) if db.code().as_deref() == Some("23505") => Self::Conflict {
                detail: "it already exists".into(),
                current: None,
            },
            _ => Self::Internal(e.to_string()),
        }
    }
}

impl From<DecodeError> for ApiError {
    fn from(e: DecodeError) -> Self {
        match e {
            DecodeError::Invalid(v) => Self::Validation {
                field: Some(v.field),
                message: v.message,
            },
            DecodeError::Shape(message) => {
                // serde names the field between backticks: "unknown field `colour`, …".
                let field = message
                    .split('`')
                    .nth(1)
                    .filter(|f| {
                        f.bytes()
                            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
                    })
                    .map(str::to_owned);
                Self::Validation { field, message }
            }
        }
    }
}

impl From<lifeos_core::ValidationError> for ApiError {
    fn from(v: lifeos_core::ValidationError) -> Self {
        Self::Validation {
            field: Some(v.field),
            message: v.message,
        }
    }
}
