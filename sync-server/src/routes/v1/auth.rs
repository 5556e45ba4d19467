//! Sign-up (allowlisted), login, logout and `me`.

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{AppendHeaders, IntoResponse};
use lifeos_core::wire::{
    LoginRequest, Me, PasswordChange, Role, Session, SessionInfo, SignupRequest, User, Workspace,
};
use lifeos_core::{Id, Timestamp, validate};

use crate::accounts;
use crate::error::ApiError;
use crate::extract::{ApiJson, AuthUser, CSRF_COOKIE, SESSION_COOKIE};
use crate::guard::ClientAddr;
use crate::session;
use crate::state::{AppState, CookieSecure};

async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> T + Send + 'static,
) -> Result<T, ApiError> {
    tokio::task::spawn_blocking(f)
        .await
        .map_err(|e| ApiError::Internal(e.to_string()))
}

/// Create an account (only for emails on the owner's allowlist) and its personal workspace.
#[utoipa::path(post, path = "/v1/auth/signup", tag = "auth",
    request_body = SignupRequest,
    responses(
        (status = 201, description = "Account created", body = User),
        (status = 403, description = "Email not on the sign-up allowlist", body = lifeos_core::wire::Problem, content_type = "application/problem+json"),
        (status = 409, description = "An account with this email exists", body = lifeos_core::wire::Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid email or password", body = lifeos_core::wire::Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many password attempts from this address: wait `Retry-After` seconds", body = lifeos_core::wire::Problem, content_type = "application/problem+json"),
    ))]
#[tracing::instrument(skip_all, err)]
pub async fn signup(
    State(state): State<AppState>,
    ClientAddr(addr): ClientAddr,
    ApiJson(req): ApiJson<SignupRequest>,
) -> Result<(StatusCode, Json<User>), ApiError> {
    let email = accounts::normalize_email(&req.email)?;
    state.guard.before_attempt(&email, addr)?;
    session::check_password(&req.password)?;
    let workspace_name = req.workspace_name.unwrap_or_else(|| "Personal".into());
    validate::title("workspace_name", &workspace_name)?;
    if !accounts::may_sign_up(&state.pool, &state.config, &email).await? {
        return Err(ApiError::Forbidden(
            "sign-up is by invitation: this email is not on the allowlist".into(),
        ));
    }
    let password = req.password;
    let hash = blocking(move || session::hash_password(&password)).await??;
    let user = accounts::create(&state.pool, email, hash, workspace_name).await?;
    Ok((StatusCode::CREATED, Json(user)))
}

fn cookie(name: &str, value: &str, max_age: i64, http_only: bool, secure: bool) -> HeaderValue {
    let mut c = format!("{name}={value}; Path=/; Max-Age={max_age}; SameSite=Lax");
    if http_only {
        c.push_str("; HttpOnly");
    }
    if secure {
        c.push_str("; Secure");
    }
    HeaderValue::from_str(&c).unwrap_or(HeaderValue::from_static(""))
}

fn secure(state: &AppState, headers: &HeaderMap) -> bool {
    match state.config.cookie_secure {
        CookieSecure::Always => true,
        CookieSecure::Never => false,
        CookieSecure::Auto => headers
            .get("x-forwarded-proto")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|p| p.eq_ignore_ascii_case("https")),
    }
}

/// Log in: a bearer token in the body, and the same as an HttpOnly session cookie.
/// An unknown email and a wrong password answer the same, in similar time.
#[utoipa::path(post, path = "/v1/auth/login", tag = "auth",
    request_body = LoginRequest,
    responses(
        (status = 200, description = "Logged in; also sets the lifeos_session (HttpOnly) and lifeos_csrf cookies", body = Session),
        (status = 401, description = "Wrong email or password", body = lifeos_core::wire::Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many attempts: from this address, or wrong passwords for this account; wait `Retry-After` seconds (never more than 15 minutes)", body = lifeos_core::wire::Problem, content_type = "application/problem+json"),
    ))]
#[tracing::instrument(skip_all, err)]
pub async fn login(
    State(state): State<AppState>,
    ClientAddr(addr): ClientAddr,
    headers: HeaderMap,
    ApiJson(req): ApiJson<LoginRequest>,
) -> Result<impl IntoResponse, ApiError> {
    let email = req.email.trim().to_lowercase();
    state.guard.before_attempt(&email, addr)?;
    let found: Option<(String, String, time::OffsetDateTime)> = sqlx::query_as(
        "SELECT id, password_hash, created_at FROM users WHERE email = $1 AND disabled_at IS NULL",
    )
    .bind(&email)
    .fetch_optional(&state.pool)
    .await?;
    let stored = found.as_ref().map(|f| f.1.clone());
    let password = req.password;
    let ok = password.chars().count() <= session::MAX_PASSWORD_CHARS
        && blocking(move || session::verify_password(&password, stored.as_deref())).await?;
    let Some((id, _, created)) = found.filter(|_| ok) else {
        state.guard.failed(&email, addr);
        return Err(ApiError::Unauthorized("wrong email or password"));
    };
    state.guard.succeeded(&email, addr);
    let user_agent = headers
        .get(header::USER_AGENT)
        .and_then(|v| v.to_str().ok())
        .map(|ua| ua.chars().take(256).collect::<String>());
    let token = session::new_token()?;
    let csrf = session::new_token()?;
    let expires =
        Timestamp::from_datetime(time::OffsetDateTime::now_utc() + state.config.session_ttl);
    sqlx::query("INSERT INTO sessions (token_hash, user_id, csrf_token, expires_at, user_agent, client_addr) VALUES ($1, $2, $3, $4, $5, $6)")
        .bind(session::token_hash(&token))
        .bind(&id)
        .bind(&csrf)
        .bind(expires.datetime())
        .bind(user_agent)
        .bind(addr.to_string())
        .execute(&state.pool)
        .await?;
    let max_age = state.config.session_ttl.whole_seconds();
    let secure = secure(&state, &headers);
    let body = Session {
        token: token.clone(),
        expires_at: expires,
        csrf_token: csrf.clone(),
        user: User {
            id: id
                .parse()
                .map_err(|_| ApiError::Internal("bad user id".into()))?,
            email,
            created_at: Timestamp::from_datetime(created),
        },
    };
    Ok((
        AppendHeaders([
            (
                header::SET_COOKIE,
                cookie(SESSION_COOKIE, &token, max_age, true, secure),
            ),
            (
                header::SET_COOKIE,
                cookie(CSRF_COOKIE, &csrf, max_age, false, secure),
            ),
        ]),
        Json(body),
    ))
}

/// Log out: the session's token stops working at once.
#[utoipa::path(post, path = "/v1/auth/logout", tag = "auth",
    responses(
        (status = 204, description = "The session is revoked and the cookies cleared"),
        (status = 401, description = "Not logged in", body = lifeos_core::wire::Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []), ("cookie" = [])))]
#[tracing::instrument(skip_all, err, fields(user.id = %user.user_id))]
pub async fn logout(
    State(state): State<AppState>,
    user: AuthUser,
) -> Result<impl IntoResponse, ApiError> {
    sqlx::query("UPDATE sessions SET revoked_at = now() WHERE token_hash = $1")
        .bind(&user.token_hash)
        .execute(&state.pool)
        .await?;
    Ok((
        StatusCode::NO_CONTENT,
        AppendHeaders([
            (
                header::SET_COOKIE,
                cookie(SESSION_COOKIE, "", 0, true, false),
            ),
            (header::SET_COOKIE, cookie(CSRF_COOKIE, "", 0, false, false)),
        ]),
    ))
}

/// Workspaces of a user.
pub async fn workspaces_of(state: &AppState, user: Id) -> Result<Vec<Workspace>, ApiError> {
    let rows: Vec<(String, String, String, bool, time::OffsetDateTime)> = sqlx::query_as(
        "SELECT w.id, w.name, m.role, w.personal, w.created_at
         FROM workspaces w JOIN workspace_members m ON m.workspace_id = w.id
         WHERE m.user_id = $1 ORDER BY w.id",
    )
    .bind(user.to_string())
    .fetch_all(&state.pool)
    .await?;
    rows.into_iter()
        .map(|(id, name, role, personal, created)| {
            Ok(Workspace {
                id: id
                    .parse()
                    .map_err(|_| ApiError::Internal("bad workspace id".into()))?,
                name,
                role: if role == "owner" {
                    Role::Owner
                } else {
                    Role::Member
                },
                personal,
                created_at: Timestamp::from_datetime(created),
            })
        })
        .collect()
}

/// The caller and their workspaces.
#[utoipa::path(get, path = "/v1/me", tag = "auth",
    responses(
        (status = 200, description = "The caller", body = Me),
        (status = 401, description = "Not logged in", body = lifeos_core::wire::Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []), ("cookie" = [])))]
#[tracing::instrument(skip_all, err, fields(user.id = %user.user_id))]
pub async fn me(State(state): State<AppState>, user: AuthUser) -> Result<Json<Me>, ApiError> {
    let (email, created): (String, time::OffsetDateTime) =
        sqlx::query_as("SELECT email, created_at FROM users WHERE id = $1")
            .bind(user.user_id.to_string())
            .fetch_one(&state.pool)
            .await?;
    Ok(Json(Me {
        user: User {
            id: user.user_id,
            email,
            created_at: Timestamp::from_datetime(created),
        },
        workspaces: workspaces_of(&state, user.user_id).await?,
    }))
}

/// The caller's live sessions, newest first (one per login: each device, each browser).
#[utoipa::path(get, path = "/v1/me/sessions", tag = "auth",
    responses(
        (status = 200, description = "Every live session of the caller's account", body = Vec<SessionInfo>),
        (status = 401, description = "Not logged in", body = lifeos_core::wire::Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []), ("cookie" = [])))]
#[tracing::instrument(skip_all, err, fields(user.id = %user.user_id))]
pub async fn sessions(
    State(state): State<AppState>,
    user: AuthUser,
) -> Result<Json<Vec<SessionInfo>>, ApiError> {
    type Row = (
        Vec<u8>,
        time::OffsetDateTime,
        time::OffsetDateTime,
        Option<String>,
        Option<String>,
    );
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT token_hash, created_at, expires_at, user_agent, client_addr FROM sessions
         WHERE user_id = $1 AND revoked_at IS NULL AND expires_at > now()
         ORDER BY created_at DESC, token_hash",
    )
    .bind(user.user_id.to_string())
    .fetch_all(&state.pool)
    .await?;
    Ok(Json(
        rows.into_iter()
            .map(
                |(hash, created, expires, user_agent, client_addr)| SessionInfo {
                    current: hash == user.token_hash,
                    id: hex::encode(&hash),
                    created_at: Timestamp::from_datetime(created),
                    expires_at: Timestamp::from_datetime(expires),
                    user_agent,
                    client_addr,
                },
            )
            .collect(),
    ))
}

/// Ends one of the caller's sessions (a lost phone, a forgotten browser) at once.
#[utoipa::path(delete, path = "/v1/me/sessions/{id}", tag = "auth",
    params(("id" = String, Path, description = "The session's id, from `GET /v1/me/sessions`", pattern = "^[0-9a-f]{64}$")),
    responses(
        (status = 204, description = "The session is revoked"),
        (status = 401, description = "Not logged in", body = lifeos_core::wire::Problem, content_type = "application/problem+json"),
        (status = 404, description = "No live session of the caller's has this id", body = lifeos_core::wire::Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []), ("cookie" = [])))]
#[tracing::instrument(skip_all, err, fields(user.id = %user.user_id))]
pub async fn revoke_session(
    State(state): State<AppState>,
    user: AuthUser,
    axum::extract::Path(id): axum::extract::Path<String>,
) -> Result<StatusCode, ApiError> {
    let Ok(hash) = hex::decode(&id) else {
        return Err(ApiError::NotFound);
    };
    let done = sqlx::query(
        "UPDATE sessions SET revoked_at = now()
         WHERE token_hash = $1 AND user_id = $2 AND revoked_at IS NULL AND expires_at > now()",
    )
    .bind(hash)
    .bind(user.user_id.to_string())
    .execute(&state.pool)
    .await?;
    if done.rows_affected() == 0 {
        return Err(ApiError::NotFound);
    }
    Ok(StatusCode::NO_CONTENT)
}

/// Changes the caller's password; every other session of the account ends (this one goes
/// on). A wrong current password counts against the same limits as a wrong login.
#[utoipa::path(post, path = "/v1/me/password", tag = "auth",
    request_body = PasswordChange,
    responses(
        (status = 204, description = "The password is changed and the other sessions revoked"),
        (status = 401, description = "Not logged in", body = lifeos_core::wire::Problem, content_type = "application/problem+json"),
        (status = 422, description = "The current password is wrong (`current_password`), or the new one is too short or too long (`new_password`)", body = lifeos_core::wire::Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many wrong passwords: wait `Retry-After` seconds", body = lifeos_core::wire::Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []), ("cookie" = [])))]
#[tracing::instrument(skip_all, err, fields(user.id = %user.user_id))]
pub async fn change_password(
    State(state): State<AppState>,
    user: AuthUser,
    ClientAddr(addr): ClientAddr,
    ApiJson(req): ApiJson<PasswordChange>,
) -> Result<StatusCode, ApiError> {
    let (email, stored): (String, String) =
        sqlx::query_as("SELECT email, password_hash FROM users WHERE id = $1")
            .bind(user.user_id.to_string())
            .fetch_one(&state.pool)
            .await?;
    session::check_password(&req.new_password)
        .map_err(|e| ApiError::field("new_password", e.to_string()))?;
    state.guard.before_attempt(&email, addr)?;
    let current = req.current_password;
    let ok = current.chars().count() <= session::MAX_PASSWORD_CHARS
        && blocking(move || session::verify_password(&current, Some(&stored))).await?;
    if !ok {
        state.guard.failed(&email, addr);
        return Err(ApiError::field(
            "current_password",
            "the current password is wrong",
        ));
    }
    state.guard.succeeded(&email, addr);
    let new = req.new_password;
    let hash = blocking(move || session::hash_password(&new)).await??;
    let mut tx = state.pool.begin().await?;
    sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2")
        .bind(hash)
        .bind(user.user_id.to_string())
        .execute(&mut *tx)
        .await?;
    sqlx::query(
        "UPDATE sessions SET revoked_at = now()
         WHERE user_id = $1 AND token_hash <> $2 AND revoked_at IS NULL",
    )
    .bind(user.user_id.to_string())
    .bind(&user.token_hash)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(StatusCode::NO_CONTENT)
}
