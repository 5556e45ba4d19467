//! The commands that talk to a sync server: login, logout, sync, status, workspace.
//! The session token lives in the profile's credential store (never in the config); the
//! config keeps the server, the email and the workspace.

use std::io::{IsTerminal, Write};
use std::ops::ControlFlow;

use anyhow::{Context, anyhow, bail};
use clap::{Args, Subcommand};
use lifeos_core::client::{self, HttpRemote, Progress, SyncOptions};
use lifeos_core::credential::{Secret, SecretKind};
use lifeos_core::profile::{Config, Paths, ProfileConfig};
use lifeos_core::store::Store;
use lifeos_core::{Id, IdPrefix, redact};
use serde::Serialize;
use zeroize::Zeroizing;

use super::Ctx;
use crate::args::Format;
use crate::open::ProfileFiles;
use crate::output;
use crate::{UsageError, parse};

/// The commands that talk to a sync server.
#[derive(Debug, Subcommand)]
pub enum SyncCmd {
    /// Log in to a sync server (password prompted, or LIFEOS_PASSWORD).
    Login(Login),
    /// Log out: the session is revoked and forgotten.
    Logout,
    /// Push local changes, then pull everyone else's; then upload new attachments.
    Sync(SyncArgs),
    /// Server, workspace, pending changes, last sync.
    Status,
    /// The workspaces of your account.
    #[command(subcommand)]
    Workspace(WorkspaceCmd),
}

/// `login`.
#[derive(Debug, Args)]
pub struct Login {
    /// The server's URL, e.g. https://lifeos.example.org (default: the profile's).
    #[arg(long)]
    pub server: Option<String>,
    /// Your account's email (default: the profile's).
    #[arg(long)]
    pub email: Option<String>,
}

/// `sync`.
#[derive(Debug, Args)]
pub struct SyncArgs {
    /// Also fetch every attachment's file this device lacks, for offline use (otherwise
    /// each is fetched on first use).
    #[arg(long)]
    pub blobs: bool,
}

/// Workspace commands.
#[derive(Debug, Subcommand)]
pub enum WorkspaceCmd {
    /// List your workspaces.
    #[command(alias = "ls")]
    List,
    /// Make this profile mirror a workspace (a profile's database holds one workspace).
    Use {
        /// The workspace's id.
        #[arg(value_parser = parse::id_prefix)]
        id: IdPrefix,
    },
}

/// Runs a sync command.
pub(crate) fn run<W: Write>(ctx: &mut Ctx<'_, W>, cmd: SyncCmd) -> anyhow::Result<()> {
    let (files, format) = (ctx.files, ctx.format);
    match cmd {
        SyncCmd::Login(a) => login(&ctx.store, files, &a, format, ctx.out),
        SyncCmd::Logout => logout(&ctx.store, files, format, ctx.out),
        SyncCmd::Sync(a) => sync(&mut ctx.store, files, &a, format, ctx.out),
        SyncCmd::Status => status(&ctx.store, files, format, ctx.out),
        SyncCmd::Workspace(cmd) => workspace(&ctx.store, files, &cmd, format, ctx.out),
    }
}

/// Where LifeOS before the credential store kept the token (in the encrypted database).
const LEGACY_TOKEN_KEY: &str = "auth_token";

/// The session token, from the credential store. A token that an older LifeOS kept in
/// the database moves to the credential store on first use.
fn token(store: &Store, files: &ProfileFiles) -> anyhow::Result<Option<Secret>> {
    let creds = files.credentials();
    if let Some(legacy) = store.meta(LEGACY_TOKEN_KEY)? {
        let legacy = Secret::new(legacy);
        if creds.locate(SecretKind::Token)?.is_none() {
            let to = creds.set(SecretKind::Token, &legacy)?;
            crate::debug!("moved the session token from the database to the {to} credential store");
        }
        store.set_meta(LEGACY_TOKEN_KEY, None)?;
    }
    if files.forced != Some(lifeos_core::credential::Backend::Env)
        && let Some(t) = creds.unlocked(SecretKind::Token)
    {
        crate::debug!("session token {} unlocked", redact(t.expose()));
        return Ok(Some(t));
    }
    Ok(match creds.get(SecretKind::Token)? {
        Some((t, backend)) => {
            crate::debug!(
                "session token {} from the {backend} credential store",
                redact(t.expose())
            );
            Some(t)
        }
        None => None,
    })
}

fn logged_in(store: &Store, files: &ProfileFiles) -> anyhow::Result<Secret> {
    token(store, files)?.ok_or_else(|| anyhow!("not logged in: lifeos login"))
}

fn config() -> anyhow::Result<(Config, std::path::PathBuf)> {
    let path = Paths::from_env()?.config_file();
    Ok((Config::load(&path)?, path))
}

fn profile_config(files: &ProfileFiles) -> anyhow::Result<ProfileConfig> {
    Ok(config()?
        .0
        .profiles
        .get(files.name.as_str())
        .cloned()
        .unwrap_or_default())
}

fn save_profile(
    files: &ProfileFiles,
    update: impl FnOnce(&mut ProfileConfig),
) -> anyhow::Result<()> {
    let (mut cfg, path) = config()?;
    update(
        cfg.profiles
            .entry(files.name.as_str().to_owned())
            .or_default(),
    );
    cfg.save(&path)?;
    Ok(())
}

fn password() -> anyhow::Result<Zeroizing<String>> {
    if let Some(p) = std::env::var_os("LIFEOS_PASSWORD") {
        return Ok(Zeroizing::new(
            p.into_string()
                .map_err(|_| anyhow!("LIFEOS_PASSWORD is not valid UTF-8"))?,
        ));
    }
    if !std::io::stdin().is_terminal() {
        bail!("no password: set LIFEOS_PASSWORD or run in a terminal");
    }
    Ok(Zeroizing::new(rpassword::prompt_password("Password: ")?))
}

/// The profile's server and session, ready to sync.
pub(crate) fn remote(
    store: &Store,
    files: &ProfileFiles,
) -> anyhow::Result<(HttpRemote, ProfileConfig)> {
    let cfg = profile_config(files)?;
    let server = cfg.server.clone().ok_or_else(|| {
        anyhow!(
            "profile '{}' has no server: lifeos login --server URL --email EMAIL",
            files.name
        )
    })?;
    let token = logged_in(store, files)?;
    let workspace: Id = cfg
        .workspace
        .as_deref()
        .ok_or_else(|| anyhow!("no workspace chosen: lifeos workspace use ID"))?
        .parse()
        .context("the config's workspace")?;
    if let Some(bound) = store.sync_state()?.workspace
        && bound != workspace.to_string()
    {
        bail!(
            "this profile's database holds workspace {bound}, but the config names {workspace}: run `lifeos workspace use {bound}`"
        );
    }
    crate::debug!("server {server}, workspace {workspace}");
    Ok((
        HttpRemote::new(&server)?.authorized(token.expose(), workspace),
        cfg,
    ))
}

#[derive(Serialize)]
struct LoginReport {
    server: String,
    email: String,
    workspace: String,
    workspace_name: String,
    token: String,
    credential_store: &'static str,
}

/// `lifeos login`.
fn login(
    store: &Store,
    files: &ProfileFiles,
    args: &Login,
    format: Format,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let cfg = profile_config(files)?;
    let server = args.server.clone().or(cfg.server).ok_or_else(|| {
        UsageError("give the server: lifeos login --server URL --email EMAIL".into())
    })?;
    let email = args
        .email
        .clone()
        .or(cfg.email)
        .ok_or_else(|| UsageError("give your email: --email EMAIL".into()))?;
    let remote = HttpRemote::new(&server).map_err(|e| UsageError(e.to_string()))?;
    crate::debug!("logging in to {server} as {email}");
    let session = remote.login(&email, &password()?)?;
    let token = Secret::new(session.token);
    let me = remote.with_token(token.expose()).me()?;
    // A mirror that already holds a workspace keeps it; a fresh one takes the personal one.
    let chosen = match store.sync_state()?.workspace {
        Some(bound) => me.workspaces.iter().find(|w| w.id.to_string() == bound).cloned().ok_or_else(|| {
            anyhow!("this profile's database holds workspace {bound}, which this account cannot reach; log in with the account that owns it, or use another profile")
        })?,
        None => me
            .workspaces
            .iter()
            .find(|w| w.personal)
            .or(me.workspaces.first())
            .cloned()
            .ok_or_else(|| anyhow!("this account has no workspace"))?,
    };
    store.bind_workspace(&chosen.id.to_string())?;
    let kept_in = files.credentials().set(SecretKind::Token, &token)?;
    store.set_meta(LEGACY_TOKEN_KEY, None)?;
    let server_saved = server.trim_end_matches('/').to_owned();
    save_profile(files, |p| {
        p.server = Some(server_saved.clone());
        p.email = Some(me.user.email.clone());
        p.workspace = Some(chosen.id.to_string());
    })?;
    let report = LoginReport {
        server: server_saved,
        email: me.user.email,
        workspace: chosen.id.to_string(),
        workspace_name: chosen.name,
        token: redact(token.expose()),
        credential_store: kept_in.name(),
    };
    match format {
        Format::Table => writeln!(
            out,
            "logged in to {} as {}; workspace {} ({})",
            report.server, report.email, report.workspace_name, report.workspace
        )?,
        f => output::one(out, f, &report)?,
    }
    Ok(())
}

/// `lifeos logout`.
fn logout(
    store: &Store,
    files: &ProfileFiles,
    format: Format,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let Some(token) = token(store, files)? else {
        bail!("not logged in");
    };
    let cfg = profile_config(files)?;
    let mut revoked = false;
    if let Some(server) = cfg.server {
        revoked = HttpRemote::new(&server)?
            .with_token(token.expose())
            .logout()
            .is_ok();
    }
    match files.credentials().delete(SecretKind::Token) {
        Ok(_) => {}
        // A token from LIFEOS_TOKEN is the caller's to unset; the session is revoked.
        Err(lifeos_core::credential::CredentialError::ReadOnly(_)) => {}
        Err(e) => return Err(e.into()),
    }
    #[derive(Serialize)]
    struct Report {
        logged_out: bool,
        revoked_on_server: bool,
    }
    let report = Report {
        logged_out: true,
        revoked_on_server: revoked,
    };
    match format {
        Format::Table if revoked => writeln!(out, "logged out; the session is revoked")?,
        Format::Table => writeln!(
            out,
            "logged out here; the server could not be reached to revoke the session"
        )?,
        f => output::one(out, f, &report)?,
    }
    Ok(())
}

/// One sync round for the profile on `store`, without printing (the TUI's `S`), or
/// `None` when the profile is not logged in.
pub fn sync_fn(
    store: &Store,
    files: std::sync::Arc<ProfileFiles>,
) -> anyhow::Result<Option<lifeos_tui::SyncFn>> {
    if remote(store, &files).is_err() {
        return Ok(None);
    }
    Ok(Some(std::sync::Arc::new(move |store: &mut Store| {
        let (remote, _) = remote(store, &files)?;
        let summary = client::sync(store, &remote, SyncOptions::default(), &mut |_| {})?;
        client::upload_pending(store, &remote, &mut |_| ControlFlow::Continue(()))?;
        Ok(summary)
    })))
}

/// Fetches an attachment's blob from the profile's server onto this device (the TUI's
/// open key on a file this device lacks), or `None` when the profile is not logged in.
pub fn fetch_fn(store: &Store, files: std::sync::Arc<ProfileFiles>) -> Option<lifeos_tui::FetchFn> {
    remote(store, &files).ok()?;
    Some(std::sync::Arc::new(
        move |store: &Store, blob: &lifeos_core::store::LocalBlob| {
            let (remote, _) = remote(store, &files)?;
            client::ensure_local(store, Some(&remote), blob, &mut |_| {
                ControlFlow::Continue(())
            })?;
            Ok(())
        },
    ))
}

/// What `lifeos sync` did: the rows' round, then the blobs.
#[derive(Serialize)]
struct SyncReport {
    #[serde(flatten)]
    rows: client::SyncSummary,
    uploaded: client::BlobSummary,
    fetched: Option<client::BlobSummary>,
}

/// `lifeos sync`.
fn sync(
    store: &mut Store,
    files: &ProfileFiles,
    args: &SyncArgs,
    format: Format,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let (remote, _) = remote(store, files)?;
    let bar = if std::io::stderr().is_terminal() && format == Format::Table {
        let b = indicatif::ProgressBar::new_spinner();
        b.set_style(
            indicatif::ProgressStyle::with_template("{spinner} {msg}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
        );
        Some(b)
    } else {
        None
    };
    let mut progress = |p: Progress| {
        if let Some(b) = &bar {
            match p {
                Progress::Pushed { done, total } => b.set_message(format!("pushed {done}/{total}")),
                Progress::Pulled { done, cursor } => {
                    b.set_message(format!("pulled {done} (cursor {cursor})"))
                }
            }
            b.tick();
        }
    };
    let result = client::sync(store, &remote, SyncOptions::default(), &mut progress);
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    let rows = result?;
    // Blobs after their rows: the server takes a blob only once a row names it.
    let bytes = super::attachments::byte_bar(format);
    let mut shown = |p: client::BlobProgress| {
        super::attachments::show_progress(bytes.as_ref(), &p);
        ControlFlow::Continue(())
    };
    let uploaded = client::upload_pending(store, &remote, &mut shown);
    let fetched = match (&uploaded, args.blobs) {
        (Ok(_), true) => Some(client::download_missing(store, &remote, &mut shown)),
        _ => None,
    };
    if let Some(b) = bytes {
        b.finish_and_clear();
    }
    let report = SyncReport {
        rows,
        uploaded: uploaded?,
        fetched: fetched.transpose()?,
    };
    for r in report
        .uploaded
        .refused
        .iter()
        .chain(report.fetched.iter().flat_map(|f| f.refused.iter()))
    {
        eprintln!("lifeos: warning: blob {}: {}", &r.sha256[..12], r.detail);
    }
    match format {
        Format::Table => {
            let summary = &report.rows;
            write!(
                out,
                "pushed {} ({} superseded by the server's), pulled {} ({} changed here); cursor {}",
                summary.pushed, summary.superseded, summary.pulled, summary.changed, summary.cursor
            )?;
            let up = &report.uploaded;
            if up.blobs + up.already > 0 {
                write!(
                    out,
                    "; uploaded {} files ({})",
                    up.blobs + up.already,
                    super::attachments::human_size(up.bytes)
                )?;
            }
            if let Some(f) = &report.fetched {
                write!(
                    out,
                    "; fetched {} files ({})",
                    f.blobs,
                    super::attachments::human_size(f.bytes)
                )?;
            }
            writeln!(out)?;
        }
        f => output::one(out, f, &report)?,
    }
    Ok(())
}

#[derive(Serialize)]
struct StatusReport {
    profile: String,
    server: Option<String>,
    email: Option<String>,
    workspace: Option<String>,
    logged_in: bool,
    pending: u64,
    files_to_upload: u64,
    last_sync_at: Option<String>,
    cursor: i64,
}

/// `lifeos status`.
fn status(
    store: &Store,
    files: &ProfileFiles,
    format: Format,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let cfg = profile_config(files)?;
    let state = store.sync_state()?;
    let report = StatusReport {
        profile: files.name.to_string(),
        server: cfg.server,
        email: cfg.email,
        workspace: state.workspace.or(cfg.workspace),
        logged_in: token(store, files)?.is_some(),
        pending: store.outbox_len()?,
        files_to_upload: store.blob_uploads_pending()?,
        last_sync_at: state.last_sync_at.map(|t| t.to_string()),
        cursor: state.cursor,
    };
    output::one(out, format, &report)
}

/// `lifeos workspace …`.
fn workspace(
    store: &Store,
    files: &ProfileFiles,
    cmd: &WorkspaceCmd,
    format: Format,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let cfg = profile_config(files)?;
    let server = cfg
        .server
        .clone()
        .ok_or_else(|| anyhow!("not logged in: lifeos login --server URL --email EMAIL"))?;
    let token = logged_in(store, files)?;
    let me = HttpRemote::new(&server)?.with_token(token.expose()).me()?;
    match cmd {
        WorkspaceCmd::List => {
            #[derive(Serialize)]
            struct Row {
                id: String,
                name: String,
                role: &'static str,
                personal: bool,
                current: bool,
            }
            let rows: Vec<Row> = me
                .workspaces
                .iter()
                .map(|w| Row {
                    id: w.id.to_string(),
                    name: w.name.clone(),
                    role: w.role.as_str(),
                    personal: w.personal,
                    current: cfg.workspace.as_deref() == Some(&w.id.to_string()),
                })
                .collect();
            match format {
                Format::Table => {
                    let cells: Vec<Vec<String>> = rows
                        .iter()
                        .map(|r| {
                            vec![
                                if r.current { "*".into() } else { String::new() },
                                r.id.clone(),
                                r.name.clone(),
                                r.role.into(),
                            ]
                        })
                        .collect();
                    output::table(out, &["", "ID", "NAME", "ROLE"], &cells)?;
                }
                Format::Ndjson => {
                    for r in &rows {
                        serde_json::to_writer(&mut *out, r)?;
                        writeln!(out)?;
                    }
                }
                f => output::one(out, f, &rows)?,
            }
        }
        WorkspaceCmd::Use { id } => {
            let matches: Vec<_> = me
                .workspaces
                .iter()
                .filter(|w| w.id.to_string().starts_with(id.as_str()))
                .collect();
            let chosen = match matches.as_slice() {
                [one] => (*one).clone(),
                [] => bail!("no workspace of yours starts with {id}"),
                _ => {
                    return Err(UsageError(format!(
                        "{id} matches {} workspaces; type more of the id",
                        matches.len()
                    ))
                    .into());
                }
            };
            store.bind_workspace(&chosen.id.to_string())?;
            save_profile(files, |p| p.workspace = Some(chosen.id.to_string()))?;
            match format {
                Format::Table => writeln!(
                    out,
                    "profile '{}' now mirrors {} ({})",
                    files.name, chosen.name, chosen.id
                )?,
                f => output::one(out, f, &chosen)?,
            }
        }
    }
    Ok(())
}
