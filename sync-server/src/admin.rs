//! `lifeos-server admin …`: the operator's tools on the box, straight against the
//! database. Every change writes one audit line to the log (target `audit`, with the
//! action and whom it touched); listings go to stdout.

use std::fmt::Write as _;

use clap::Subcommand;
use sqlx::PgPool;

use crate::accounts;
use crate::session;
use crate::state::Config;

/// The admin commands.
#[derive(Debug, Subcommand)]
pub enum AdminCommand {
    /// Accounts.
    #[command(subcommand)]
    User(UserCommand),
    /// Who may sign up (kept in the database; the configured list is honoured too).
    #[command(subcommand)]
    Allowlist(AllowlistCommand),
    /// Workspaces.
    #[command(subcommand)]
    Workspace(WorkspaceCommand),
    /// Sessions.
    #[command(subcommand)]
    Sessions(SessionsCommand),
}

/// `admin user …`
#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Create an account and its personal workspace (password prompted, or LIFEOS_PASSWORD).
    Add {
        /// The account's email.
        email: String,
        /// The personal workspace's name.
        #[arg(long, default_value = "Personal")]
        workspace_name: String,
    },
    /// List accounts.
    List,
    /// Disable an account: it cannot log in, and its sessions end now.
    Disable {
        /// The account's email.
        email: String,
    },
    /// Enable a disabled account.
    Enable {
        /// The account's email.
        email: String,
    },
    /// Set a new password (prompted, or LIFEOS_PASSWORD); the account's sessions end now.
    ResetPassword {
        /// The account's email.
        email: String,
    },
}

/// `admin allowlist …`
#[derive(Debug, Subcommand)]
pub enum AllowlistCommand {
    /// Allow an email to sign up.
    Add {
        /// The email.
        email: String,
    },
    /// Stop allowing an email to sign up (an existing account is not touched).
    Rm {
        /// The email.
        email: String,
    },
    /// List the allowed emails (the database's and the configured ones).
    List,
}

/// `admin workspace …`
#[derive(Debug, Subcommand)]
pub enum WorkspaceCommand {
    /// List workspaces with their members and change-log head.
    List,
}

/// `admin sessions …`
#[derive(Debug, Subcommand)]
pub enum SessionsCommand {
    /// End every session of an account now.
    Revoke {
        /// The account's email.
        #[arg(long)]
        user: String,
    },
}

/// Reads a new password: `LIFEOS_PASSWORD`, else asked twice on the terminal.
pub type PasswordSource<'a> = &'a dyn Fn() -> anyhow::Result<String>;

/// The password from `LIFEOS_PASSWORD` or the terminal (twice).
pub fn prompt_password() -> anyhow::Result<String> {
    if let Ok(p) = std::env::var("LIFEOS_PASSWORD") {
        return Ok(p);
    }
    let first = rpassword::prompt_password("New password: ")
        .map_err(|e| anyhow::anyhow!("cannot read a password (set LIFEOS_PASSWORD): {e}"))?;
    let again = rpassword::prompt_password("Again: ")
        .map_err(|e| anyhow::anyhow!("cannot read a password (set LIFEOS_PASSWORD): {e}"))?;
    anyhow::ensure!(first == again, "the passwords differ");
    Ok(first)
}

async fn user_id(pool: &PgPool, email: &str) -> anyhow::Result<String> {
    let email = email.trim().to_lowercase();
    sqlx::query_scalar("SELECT id FROM users WHERE email = $1")
        .bind(&email)
        .fetch_optional(pool)
        .await?
        .ok_or_else(|| anyhow::anyhow!("no account has the email {email}"))
}

async fn revoke_sessions(pool: &PgPool, user: &str) -> anyhow::Result<u64> {
    Ok(
        sqlx::query("UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL AND expires_at > now()")
            .bind(user)
            .execute(pool)
            .await?
            .rows_affected(),
    )
}

fn hash(password: String) -> anyhow::Result<String> {
    session::check_password(&password).map_err(|e| anyhow::anyhow!("password {e}"))?;
    session::hash_password(&password).map_err(|e| anyhow::anyhow!("{e}"))
}

/// Runs one admin command; returns what to print on stdout.
pub async fn run(
    pool: &PgPool,
    config: &Config,
    cmd: AdminCommand,
    password: PasswordSource<'_>,
) -> anyhow::Result<String> {
    let mut out = String::new();
    match cmd {
        AdminCommand::User(UserCommand::Add {
            email,
            workspace_name,
        }) => {
            let email = accounts::normalize_email(&email).map_err(|e| anyhow::anyhow!("{e}"))?;
            let hash = hash(password()?)?;
            let user = accounts::create(pool, email, hash, workspace_name)
                .await
                .map_err(|e| anyhow::anyhow!("{e}"))?;
            tracing::info!(target: "audit", action = "user.add", user.id = %user.id, email = %user.email, "admin: account created");
            let _ = writeln!(out, "created {} ({})", user.email, user.id);
        }
        AdminCommand::User(UserCommand::List) => {
            let rows: Vec<(String, String, time::OffsetDateTime, Option<time::OffsetDateTime>, i64)> = sqlx::query_as(
                "SELECT u.id, u.email, u.created_at, u.disabled_at,
                        (SELECT count(*) FROM sessions s WHERE s.user_id = u.id AND s.revoked_at IS NULL AND s.expires_at > now())
                 FROM users u ORDER BY u.email",
            )
            .fetch_all(pool)
            .await?;
            let _ = writeln!(out, "email\tid\tcreated_at\tstatus\tsessions");
            for (id, email, created, disabled, sessions) in rows {
                let status = if disabled.is_some() {
                    "disabled"
                } else {
                    "active"
                };
                let created = lifeos_core::Timestamp::from_datetime(created);
                let _ = writeln!(out, "{email}\t{id}\t{created}\t{status}\t{sessions}");
            }
        }
        AdminCommand::User(UserCommand::Disable { email }) => {
            let id = user_id(pool, &email).await?;
            sqlx::query(
                "UPDATE users SET disabled_at = coalesce(disabled_at, now()) WHERE id = $1",
            )
            .bind(&id)
            .execute(pool)
            .await?;
            let ended = revoke_sessions(pool, &id).await?;
            tracing::info!(target: "audit", action = "user.disable", user.id = %id, email = %email, sessions_revoked = ended, "admin: account disabled");
            let _ = writeln!(out, "disabled {email}; {ended} session(s) ended");
        }
        AdminCommand::User(UserCommand::Enable { email }) => {
            let id = user_id(pool, &email).await?;
            sqlx::query("UPDATE users SET disabled_at = NULL WHERE id = $1")
                .bind(&id)
                .execute(pool)
                .await?;
            tracing::info!(target: "audit", action = "user.enable", user.id = %id, email = %email, "admin: account enabled");
            let _ = writeln!(out, "enabled {email}");
        }
        AdminCommand::User(UserCommand::ResetPassword { email }) => {
            let id = user_id(pool, &email).await?;
            let hash = hash(password()?)?;
            sqlx::query("UPDATE users SET password_hash = $2 WHERE id = $1")
                .bind(&id)
                .bind(hash)
                .execute(pool)
                .await?;
            let ended = revoke_sessions(pool, &id).await?;
            tracing::info!(target: "audit", action = "user.reset_password", user.id = %id, email = %email, sessions_revoked = ended, "admin: password reset");
            let _ = writeln!(
                out,
                "new password set for {email}; {ended} session(s) ended"
            );
        }
        AdminCommand::Allowlist(AllowlistCommand::Add { email }) => {
            let email = accounts::normalize_email(&email).map_err(|e| anyhow::anyhow!("{e}"))?;
            sqlx::query("INSERT INTO signup_allowlist (email) VALUES ($1) ON CONFLICT DO NOTHING")
                .bind(&email)
                .execute(pool)
                .await?;
            tracing::info!(target: "audit", action = "allowlist.add", email = %email, "admin: email allowed to sign up");
            let _ = writeln!(out, "{email} may sign up");
        }
        AdminCommand::Allowlist(AllowlistCommand::Rm { email }) => {
            let email = email.trim().to_lowercase();
            let n = sqlx::query("DELETE FROM signup_allowlist WHERE email = $1")
                .bind(&email)
                .execute(pool)
                .await?
                .rows_affected();
            anyhow::ensure!(n == 1, "{email} is not on the database's allowlist");
            tracing::info!(target: "audit", action = "allowlist.rm", email = %email, "admin: email no longer allowed to sign up");
            let _ = writeln!(out, "{email} removed from the allowlist");
            if config.signup_allowlist.contains(&email) {
                let _ = writeln!(
                    out,
                    "note: {email} is still allowed by the configuration (LIFEOS_SIGNUP_ALLOWLIST)"
                );
            }
        }
        AdminCommand::Allowlist(AllowlistCommand::List) => {
            let rows: Vec<String> =
                sqlx::query_scalar("SELECT email FROM signup_allowlist ORDER BY email")
                    .fetch_all(pool)
                    .await?;
            let _ = writeln!(out, "email\tsource");
            for e in &rows {
                let _ = writeln!(out, "{e}\tdatabase");
            }
            for e in &config.signup_allowlist {
                if !rows.contains(e) {
                    let _ = writeln!(out, "{e}\tconfig");
                }
            }
        }
        AdminCommand::Workspace(WorkspaceCommand::List) => {
            let rows: Vec<(String, String, bool, i64, Option<String>)> = sqlx::query_as(
                "SELECT w.id, w.name, w.personal, w.last_seq,
                        (SELECT string_agg(u.email || ':' || m.role, ',' ORDER BY u.email)
                         FROM workspace_members m JOIN users u ON u.id = m.user_id WHERE m.workspace_id = w.id)
                 FROM workspaces w ORDER BY w.created_at, w.id",
            )
            .fetch_all(pool)
            .await?;
            let _ = writeln!(out, "id\tname\tpersonal\tchange_log_head\tmembers");
            for (id, name, personal, head, members) in rows {
                let _ = writeln!(
                    out,
                    "{id}\t{name}\t{personal}\t{head}\t{}",
                    members.unwrap_or_default()
                );
            }
        }
        AdminCommand::Sessions(SessionsCommand::Revoke { user }) => {
            let id = user_id(pool, &user).await?;
            let ended = revoke_sessions(pool, &id).await?;
            tracing::info!(target: "audit", action = "sessions.revoke", user.id = %id, email = %user, sessions_revoked = ended, "admin: sessions revoked");
            let _ = writeln!(out, "{ended} session(s) of {user} ended");
        }
    }
    Ok(out)
}
