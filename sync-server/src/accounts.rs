//! Accounts as sign-up and the operator's `admin user add` both create them, and who may
//! sign up (the configured allowlist and the database's).

use lifeos_core::wire::User;
use lifeos_core::{Id, Timestamp, validate};
use sqlx::PgPool;

use crate::error::ApiError;
use crate::state::Config;

/// An email as stored: trimmed, lower-cased, and a valid address.
pub fn normalize_email(email: &str) -> Result<String, ApiError> {
    let email = email.trim().to_lowercase();
    lifeos_core::model::person_email_check("email", &email)?;
    Ok(email)
}

/// Whether `email` (normalized) may sign up: on the configured list or the database's.
pub async fn may_sign_up(pool: &PgPool, config: &Config, email: &str) -> Result<bool, ApiError> {
    if config.signup_allowlist.iter().any(|e| e == email) {
        return Ok(true);
    }
    let found: Option<i32> = sqlx::query_scalar("SELECT 1 FROM signup_allowlist WHERE email = $1")
        .bind(email)
        .fetch_optional(pool)
        .await?;
    Ok(found.is_some())
}

/// Creates an account (email normalized, password already hashed) and its personal
/// workspace, in one transaction. An existing email is a conflict.
pub async fn create(
    pool: &PgPool,
    email: String,
    password_hash: String,
    workspace_name: String,
) -> Result<User, ApiError> {
    validate::title("workspace_name", &workspace_name)?;
    let user = User {
        id: Id::generate(),
        email,
        created_at: Timestamp::now(),
    };
    let workspace = Id::generate();
    let mut tx = pool.begin().await?;
    sqlx::query("INSERT INTO users (id, email, password_hash, created_at) VALUES ($1, $2, $3, $4)")
        .bind(user.id.to_string())
        .bind(&user.email)
        .bind(password_hash)
        .bind(user.created_at.datetime())
        .execute(&mut *tx)
        .await
        .map_err(|e| match ApiError::from(e) {
            ApiError::Conflict { .. } => ApiError::Conflict {
                detail: "an account with this email exists".into(),
                current: None,
            },
            other => other,
        })?;
    sqlx::query("INSERT INTO workspaces (id, name, personal) VALUES ($1, $2, true)")
        .bind(workspace.to_string())
        .bind(workspace_name)
        .execute(&mut *tx)
        .await?;
    sqlx::query(
        "INSERT INTO workspace_members (workspace_id, user_id, role) VALUES ($1, $2, 'owner')",
    )
    .bind(workspace.to_string())
    .bind(user.id.to_string())
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(user)
}
