//! `lifeos auth status`, `lifeos db rekey` and `lifeos profile …`: secrets, the database
//! file and profiles.

use std::io::Write;

use anyhow::{Context, bail};
use clap::Subcommand;
use lifeos_core::credential::{Backend, KeyringKind, SecretKind};
use lifeos_core::key::{DbKey, KdfParams};
use lifeos_core::profile::{Config, Paths, ProfileConfig, ProfileName};
use lifeos_core::store::Store;
use serde::Serialize;
use zeroize::Zeroizing;

use super::Ctx;
use crate::args::Format;
use crate::open::{self, ProfileFiles};
use crate::{UsageError, output, parse};

/// The commands on the profile's credentials and database file: they run without
/// opening the store (or open it themselves).
#[derive(Debug, Subcommand)]
pub enum ProfileCmds {
    /// Credentials: where the database key and session token are kept.
    #[command(subcommand)]
    Auth(AuthCmd),
    /// The encrypted database itself.
    #[command(subcommand)]
    Db(DbCmd),
    /// Profiles: each has its own server, workspace, database and credentials.
    #[command(subcommand)]
    Profile(ProfileCmd),
    /// Unseal the database key once and keep it in the kernel keyring (Linux) for a
    /// while: the commands after it ask no passphrase.
    Unlock(super::unlock::UnlockArgs),
    /// Forget the unlocked key at once: the next command asks for the passphrase again.
    Lock,
}

/// `auth` commands.
#[derive(Debug, Subcommand)]
pub enum AuthCmd {
    /// Which credential store holds which secret (never the secret itself).
    Status,
    /// Print the database key (64 hex digits, what LIFEOS_DB_KEY takes) for safekeeping,
    /// after a warning; it asks first unless --yes.
    ExportKey {
        /// Show it without asking.
        #[arg(long)]
        yes: bool,
    },
}

/// `db` commands.
#[derive(Debug, Subcommand)]
pub enum DbCmd {
    /// Re-encrypt the database under a new random key, kept in the credential store; the
    /// old key stops working.
    Rekey {
        /// Derive the new key from a new passphrase instead (LIFEOS_NEW_PASSPHRASE, or
        /// prompted twice), with a new salt in kdf.toml.
        #[arg(long)]
        passphrase: bool,
    },
    /// Check every page of the database (SQLCipher's and SQLite's integrity checks)
    /// without changing it; exits 1 if it is damaged.
    Check,
    /// Write a consistent copy of the database to FILE, encrypted with the same key.
    Backup {
        /// Where to write it (it must not exist).
        file: std::path::PathBuf,
    },
    /// Rebuild the search index and the timeline from the rows (they are kept with every
    /// write and rebuilt when an upgrade changes them; this is for a deferred index,
    /// LIFEOS_SEARCH_INDEX=off, or peace of mind).
    Reindex,
}

/// `profile` commands.
#[derive(Debug, Subcommand)]
pub enum ProfileCmd {
    /// List the profiles.
    #[command(alias = "ls")]
    List,
    /// Create a profile (its database is made on first use).
    Add {
        /// Its name: 1-64 lower-case letters, digits, - and _.
        #[arg(value_parser = parse::profile)]
        name: ProfileName,
        /// Its sync server's URL.
        #[arg(long)]
        server: Option<String>,
        /// Its account's email.
        #[arg(long)]
        email: Option<String>,
        /// Keep its secrets in this credential store.
        #[arg(long = "store", value_enum)]
        store: Option<Backend>,
        /// Make it the default profile too.
        #[arg(long = "use")]
        make_default: bool,
    },
    /// Make a profile the default.
    Use {
        /// The profile.
        #[arg(value_parser = parse::profile)]
        name: ProfileName,
    },
    /// Delete a profile: its settings, its credentials and its database.
    #[command(alias = "remove")]
    Rm {
        /// The profile.
        #[arg(value_parser = parse::profile)]
        name: ProfileName,
        /// Yes, delete its database too (unsynced changes are lost).
        #[arg(long)]
        yes: bool,
    },
}

/// Runs `auth`, `db` or `profile`.
pub(crate) fn run<W: Write>(ctx: &mut Ctx<'_, W, ()>, cmd: ProfileCmds) -> anyhow::Result<()> {
    match cmd {
        ProfileCmds::Auth(AuthCmd::ExportKey { yes }) => super::dbfile::export_key(ctx, yes),
        ProfileCmds::Db(DbCmd::Check) => super::dbfile::check(ctx),
        ProfileCmds::Db(DbCmd::Backup { file }) => super::dbfile::backup(ctx, &file),
        ProfileCmds::Db(DbCmd::Reindex) => super::dbfile::reindex(ctx),
        ProfileCmds::Auth(cmd) => auth(ctx.files, &cmd, ctx.format, ctx.out),
        ProfileCmds::Db(cmd) => db(ctx.files, &cmd, ctx.format, ctx.out),
        ProfileCmds::Profile(cmd) => profile(ctx.files, cmd, ctx.format, ctx.out),
        ProfileCmds::Unlock(a) => super::unlock::unlock(ctx.files, &a, ctx.format, ctx.out),
        ProfileCmds::Lock => super::unlock::lock(ctx.files, ctx.format, ctx.out),
    }
}

#[derive(Serialize)]
struct Held {
    secret: &'static str,
    /// `keyring`, `file`, `env`, `passphrase` (derived, foundation mode), or null.
    held_by: Option<&'static str>,
}

#[derive(Serialize)]
struct AuthStatus {
    profile: String,
    /// The forced backend, or `auto`.
    credential_store: &'static str,
    keyring: String,
    file: String,
    secrets: Vec<Held>,
    /// The unlock in force (`lifeos unlock`), or null when locked.
    unlocked: Option<super::unlock::UnlockReport>,
}

/// `lifeos auth status`: which backend holds which secret. It never reads a secret's
/// value, so it asks for no passphrase.
fn auth(
    files: &ProfileFiles,
    cmd: &AuthCmd,
    format: Format,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let AuthCmd::Status = cmd else {
        return Ok(());
    };
    let creds = files.credentials();
    let (kind, name) = creds.keyring();
    let mut secrets = Vec::new();
    for kind in [SecretKind::DbKey, SecretKind::DbKeyNext, SecretKind::Token] {
        let mut held = creds.locate(kind)?.map(Backend::name);
        if kind == SecretKind::DbKey && held.is_none() && files.kdf.exists() {
            held = Some("passphrase");
        }
        if kind == SecretKind::DbKeyNext && held.is_none() {
            continue;
        }
        secrets.push(Held {
            secret: kind.name(),
            held_by: held,
        });
    }
    let report = AuthStatus {
        profile: files.name.to_string(),
        credential_store: files.forced.map_or("auto", Backend::name),
        keyring: match kind {
            KeyringKind::Durable => format!("{name} (keeps secrets until deleted)"),
            KeyringKind::Volatile => format!(
                "{name} (forgets at reboot: holds session tokens only when forced, never the database key)"
            ),
            KeyringKind::Missing => "none on this machine".into(),
        },
        file: creds.file().path().display().to_string(),
        secrets,
        unlocked: creds.unlock_status(SecretKind::DbKey).map(Into::into),
    };
    match format {
        Format::Table => {
            writeln!(
                out,
                "profile {} · credential store: {}",
                report.profile, report.credential_store
            )?;
            writeln!(out, "keyring: {}", report.keyring)?;
            writeln!(out, "file:    {}", report.file)?;
            match &report.unlocked {
                Some(u) => writeln!(
                    out,
                    "unlocked until {} (or {}, after {} min without a command)",
                    u.until, u.idle_until, u.idle_minutes
                )?,
                None => writeln!(out, "locked (lifeos unlock keeps the key for a while)")?,
            }
            let cells: Vec<Vec<String>> = report
                .secrets
                .iter()
                .map(|h| {
                    vec![
                        h.secret.to_owned(),
                        h.held_by.unwrap_or("(none)").to_owned(),
                    ]
                })
                .collect();
            output::table(out, &["SECRET", "HELD BY"], &cells)?;
        }
        f => output::one(out, f, &report)?,
    }
    Ok(())
}

fn new_passphrase(profile: &ProfileName) -> anyhow::Result<Zeroizing<String>> {
    Ok(open::ask_passphrase(
        profile,
        "LIFEOS_NEW_PASSPHRASE",
        "",
        true,
    )?)
}

#[derive(Serialize)]
struct Rekeyed {
    profile: String,
    rows: u64,
    /// Where the new key is: a credential store backend, or `passphrase`.
    key_in: &'static str,
}

/// `lifeos db rekey`: a new key, in three steps that a crash cannot break — the new key
/// is kept as `db-key-next` (or `kdf.next.toml`), the database is re-encrypted in one
/// transaction, then the new key replaces the old. Opening finishes a rekey that stopped
/// between the steps.
fn db(
    files: &ProfileFiles,
    cmd: &DbCmd,
    format: Format,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let DbCmd::Rekey { passphrase } = cmd else {
        return Ok(());
    };
    if !files.db.exists() {
        bail!("profile '{}' has no database yet", files.name);
    }
    let creds = files.credentials();
    let (mut store, _, _) = open::store_with(files, creds)?;
    let count = |s: &Store| -> anyhow::Result<u64> {
        let mut n = 0;
        s.export(|_| {
            n += 1;
            Ok(())
        })?;
        Ok(n)
    };
    let before = count(&store)?;
    let (key_in, new_key) = if *passphrase {
        let params = KdfParams::generate()?;
        let pass = new_passphrase(&files.name)?;
        let key = params.derive(&pass)?;
        params.save(&files.kdf_next())?;
        store.rekey(&key)?;
        std::fs::rename(files.kdf_next(), &files.kdf)
            .with_context(|| files.kdf.display().to_string())?;
        // The passphrase now derives the key: no stored key may shadow it.
        for kind in [SecretKind::DbKey, SecretKind::DbKeyNext] {
            match creds.delete(kind) {
                Ok(_) | Err(lifeos_core::credential::CredentialError::ReadOnly(_)) => {}
                Err(e) => return Err(e.into()),
            }
        }
        // One passphrase per profile: the encrypted file (a token, say) follows it.
        creds.reseal(&pass)?;
        ("passphrase", key)
    } else {
        // Fails before anything changes if the store cannot take the key (env, volatile).
        let target = creds.write_target(SecretKind::DbKey)?;
        let key = DbKey::random()?;
        let secret = key.to_secret();
        creds.set(SecretKind::DbKeyNext, &secret)?;
        store.rekey(&key)?;
        creds.set(SecretKind::DbKey, &secret)?;
        creds.delete(SecretKind::DbKeyNext)?;
        if files.kdf.exists() {
            std::fs::remove_file(&files.kdf).with_context(|| files.kdf.display().to_string())?;
        }
        // The store must hand back exactly the key the database now uses.
        match creds.get(SecretKind::DbKey)? {
            Some((kept, _)) if kept == secret => {}
            Some((_, Backend::Env)) | None => bail!(
                "the database now uses a new key kept in the {target} credential store, but LIFEOS_DB_KEY shadows it: unset LIFEOS_DB_KEY"
            ),
            Some((_, b)) => {
                bail!("the {b} credential store returned another key than the one kept")
            }
        }
        (target.name(), key)
    };
    drop(store);
    // Prove it: the database opens with the new key and holds every row.
    let store = Store::open(&files.db, &new_key)?;
    let after = count(&store)?;
    if after != before {
        bail!("the database held {before} rows before the rekey and {after} after");
    }
    crate::debug!("rekeyed; the new key is kept in: {key_in}");
    let report = Rekeyed {
        profile: files.name.to_string(),
        rows: after,
        key_in,
    };
    match format {
        Format::Table => writeln!(
            out,
            "profile '{}' re-encrypted ({} rows) under a new key kept in: {}; the old key no longer opens it",
            report.profile, report.rows, report.key_in
        )?,
        f => output::one(out, f, &report)?,
    }
    Ok(())
}

#[derive(Serialize)]
struct ProfileRow {
    name: String,
    default: bool,
    server: Option<String>,
    email: Option<String>,
    workspace: Option<String>,
    credential_store: Option<&'static str>,
    database: bool,
}

fn config() -> anyhow::Result<(Config, std::path::PathBuf, Paths)> {
    let paths = Paths::from_env()?;
    let path = paths.config_file();
    Ok((Config::load(&path)?, path, paths))
}

/// Every profile: those in the config and those with a data directory.
fn all_profiles(cfg: &Config, paths: &Paths) -> anyhow::Result<Vec<String>> {
    let mut names: std::collections::BTreeSet<String> = cfg.profiles.keys().cloned().collect();
    let dir = paths.data_dir.join("profiles");
    match std::fs::read_dir(&dir) {
        Ok(entries) => {
            for e in entries {
                let e = e?;
                if e.file_type()?.is_dir()
                    && let Some(n) = e.file_name().to_str()
                    && n.parse::<ProfileName>().is_ok()
                {
                    names.insert(n.to_owned());
                }
            }
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(anyhow::Error::from(e).context(dir.display().to_string())),
    }
    if let Some(d) = &cfg.default_profile {
        names.insert(d.clone());
    }
    names.insert("default".into());
    Ok(names.into_iter().collect())
}

/// `lifeos profile …`.
fn profile(
    files: &ProfileFiles,
    cmd: ProfileCmd,
    format: Format,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let (mut cfg, path, paths) = config()?;
    let default = cfg
        .default_profile
        .clone()
        .unwrap_or_else(|| "default".into());
    match cmd {
        ProfileCmd::List => {
            let rows: Vec<ProfileRow> = all_profiles(&cfg, &paths)?
                .into_iter()
                .map(|name| {
                    let p = cfg.profiles.get(&name).cloned().unwrap_or_default();
                    let database = name
                        .parse::<ProfileName>()
                        .map(|n| paths.profile_dir(&n).join("lifeos.db").exists())
                        .unwrap_or(false);
                    ProfileRow {
                        default: name == default,
                        server: p.server,
                        email: p.email,
                        workspace: p.workspace,
                        credential_store: p.credential_store.map(Backend::name),
                        database,
                        name,
                    }
                })
                .collect();
            match format {
                Format::Table => {
                    let cells: Vec<Vec<String>> = rows
                        .iter()
                        .map(|r| {
                            vec![
                                if r.default { "*".into() } else { String::new() },
                                r.name.clone(),
                                r.server.clone().unwrap_or_default(),
                                r.email.clone().unwrap_or_default(),
                                r.credential_store.unwrap_or("auto").into(),
                                if r.database { "yes" } else { "no" }.into(),
                            ]
                        })
                        .collect();
                    output::table(
                        out,
                        &["", "NAME", "SERVER", "EMAIL", "CREDENTIALS", "DATABASE"],
                        &cells,
                    )?;
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
        ProfileCmd::Add {
            name,
            server,
            email,
            store,
            make_default,
        } => {
            if cfg.profiles.contains_key(name.as_str()) || paths.profile_dir(&name).exists() {
                return Err(UsageError(format!("profile '{name}' already exists")).into());
            }
            if let Some(s) = &server {
                lifeos_core::client::HttpRemote::new(s).map_err(|e| UsageError(e.to_string()))?;
            }
            cfg.profiles.insert(
                name.to_string(),
                ProfileConfig {
                    server: server.map(|s| s.trim_end_matches('/').to_owned()),
                    email,
                    workspace: None,
                    credential_store: store,
                },
            );
            if make_default {
                cfg.default_profile = Some(name.to_string());
            }
            cfg.save(&path)?;
            report(out, format, "added", &name, make_default)?;
        }
        ProfileCmd::Use { name } => {
            if !all_profiles(&cfg, &paths)?.contains(&name.to_string()) {
                return Err(
                    UsageError(format!("no profile '{name}': lifeos profile add {name}")).into(),
                );
            }
            cfg.default_profile = Some(name.to_string());
            cfg.save(&path)?;
            report(out, format, "default", &name, true)?;
        }
        ProfileCmd::Rm { name, yes } => {
            if !all_profiles(&cfg, &paths)?.contains(&name.to_string()) {
                return Err(UsageError(format!("no profile '{name}'")).into());
            }
            let dir = paths.profile_dir(&name);
            if dir.join("lifeos.db").exists() && !yes {
                return Err(UsageError(format!(
                    "this deletes profile '{name}' and its database (changes not yet synced are lost): add --yes"
                ))
                .into());
            }
            // Its credentials: the keyring's entries (no passphrase needed); the encrypted
            // file goes with its directory.
            let target = if files.name == name {
                files
            } else {
                &open::profile_files(Some(name.clone()), files.forced)?
            };
            target.credentials().forget_keyring()?;
            match std::fs::remove_dir_all(&dir) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(anyhow::Error::from(e).context(dir.display().to_string())),
            }
            cfg.profiles.remove(name.as_str());
            if cfg.default_profile.as_deref() == Some(name.as_str()) {
                cfg.default_profile = None;
            }
            cfg.save(&path)?;
            report(out, format, "removed", &name, false)?;
        }
    }
    Ok(())
}

fn report(
    out: &mut impl Write,
    format: Format,
    action: &'static str,
    name: &ProfileName,
    default: bool,
) -> anyhow::Result<()> {
    #[derive(Serialize)]
    struct R<'a> {
        profile: &'a str,
        action: &'static str,
        default: bool,
    }
    match format {
        Format::Table => match action {
            "default" => writeln!(out, "profile '{name}' is now the default")?,
            a => writeln!(out, "profile '{name}' {a}")?,
        },
        f => output::one(
            out,
            f,
            &R {
                profile: name.as_str(),
                action,
                default,
            },
        )?,
    }
    Ok(())
}
