//! `lifeos unlock [--for DURATION]` and `lifeos lock`: the database key (and the session
//! token) unsealed once and kept in the kernel keyring for a while, so the commands after
//! it ask no passphrase and pay no Argon2id. See `docs/threat-model.md`.

use std::io::Write;

use anyhow::bail;
use clap::Args;
use lifeos_core::credential::{Backend, KeyringKind, SecretKind, UnlockFor, Unlocked};
use lifeos_core::profile::{Config, Paths};
use serde::Serialize;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use crate::args::Format;
use crate::open::{self, KeySource, ProfileFiles};
use crate::{UsageError, output};

/// `lifeos unlock`'s arguments.
#[derive(Debug, Args)]
pub struct UnlockArgs {
    /// How long to stay unlocked (`8h`, `90m`, `1d`; at most 30 days); default the
    /// config's `unlock_for`, else 8 hours. It still locks after the config's
    /// `unlock_idle` (default 1 hour) without a command.
    #[arg(long = "for", value_name = "DURATION")]
    pub duration: Option<String>,
}

fn minutes(setting: &str, text: &str) -> Result<u64, UsageError> {
    let m = lifeos_core::model::parse_duration(text)
        .map_err(|e| UsageError(format!("{setting}: {e}")))?;
    if !(1..=30 * 24 * 60).contains(&m) {
        return Err(UsageError(format!(
            "{setting}: an unlock lasts 1 minute to 30 days"
        )));
    }
    Ok(u64::from(m))
}

/// How long an unlock lasts: `--for`, else the config's `unlock_for`, else 8 hours; the
/// idle timeout from `unlock_idle`, else 1 hour (never longer than the unlock).
pub fn lifetime(flag: Option<&str>) -> anyhow::Result<UnlockFor> {
    let cfg = Config::load(&Paths::from_env()?.config_file())?;
    let mut how = UnlockFor::DEFAULT;
    if let Some(t) = flag {
        how.total_secs = minutes("--for", t)? * 60;
    } else if let Some(t) = &cfg.unlock_for {
        how.total_secs = minutes("unlock_for in config.toml", t)? * 60;
    }
    if let Some(t) = &cfg.unlock_idle {
        how.idle_secs = minutes("unlock_idle in config.toml", t)? * 60;
    }
    how.idle_secs = how.idle_secs.min(how.total_secs);
    Ok(how)
}

/// An instant for people and scripts (RFC 3339, UTC).
pub fn instant(unix: i64) -> String {
    OffsetDateTime::from_unix_timestamp(unix)
        .ok()
        .and_then(|t| t.format(&Rfc3339).ok())
        .unwrap_or_else(|| unix.to_string())
}

/// The unlock of a profile, as `auth status` and `unlock` report it.
#[derive(Serialize)]
pub struct UnlockReport {
    /// It ends at the latest then.
    pub until: String,
    /// It ends then if no command uses it before.
    pub idle_until: String,
    /// The idle timeout in minutes.
    pub idle_minutes: u64,
}

impl From<Unlocked> for UnlockReport {
    fn from(u: Unlocked) -> Self {
        Self {
            until: instant(u.until),
            idle_until: instant(u.idle_until),
            idle_minutes: u.idle_secs / 60,
        }
    }
}

#[derive(Serialize)]
struct UnlockDone {
    profile: String,
    /// Whether an unlock is now in force (false: the key needs none).
    unlocked: bool,
    /// Why no unlock is needed, when none is.
    reason: Option<String>,
    secrets: Vec<&'static str>,
    #[serde(flatten)]
    unlock: Option<UnlockReport>,
}

/// `lifeos unlock`: asks for the passphrase once (or takes `LIFEOS_PASSPHRASE`), checks
/// that the key opens the database, and keeps the key for the time given.
pub(crate) fn unlock(
    files: &ProfileFiles,
    args: &UnlockArgs,
    format: Format,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let creds = files.credentials();
    if files.forced == Some(Backend::Env) {
        bail!("the env credential store needs no unlock: LIFEOS_DB_KEY already holds the key");
    }
    let how = lifetime(args.duration.as_deref())?;
    let no_unlock = |reason: String| UnlockDone {
        profile: files.name.to_string(),
        unlocked: false,
        reason: Some(reason),
        secrets: Vec::new(),
        unlock: None,
    };
    let (store, source, key) = open::store_sealed(files, creds)?;
    drop(store);
    let done = match source {
        KeySource::Stored(Backend::Env) => {
            no_unlock("LIFEOS_DB_KEY holds the database key: no unlock is needed (or used)".into())
        }
        KeySource::Stored(Backend::Keyring) if creds.keyring().0 == KeyringKind::Durable => {
            no_unlock(format!(
                "the {} keeps the database key: no passphrase is asked",
                creds.keyring().1
            ))
        }
        _ => {
            creds
                .unlock_available()
                .map_err(|e| anyhow::anyhow!("cannot unlock profile '{}' here: {e}", files.name))?;
            let u = creds.unlock(SecretKind::DbKey, &key.to_secret(), how)?;
            let mut secrets = vec![SecretKind::DbKey.name()];
            // The session token too, when the encrypted file holds it (already opened:
            // no second prompt).
            if creds.locate(SecretKind::Token)? == Some(Backend::File)
                && let Some((t, Backend::File)) = creds.get(SecretKind::Token)?
            {
                creds.unlock(SecretKind::Token, &t, how)?;
                secrets.push(SecretKind::Token.name());
            }
            UnlockDone {
                profile: files.name.to_string(),
                unlocked: true,
                reason: None,
                secrets,
                unlock: Some(u.into()),
            }
        }
    };
    match format {
        Format::Table => match (&done.unlock, &done.reason) {
            (Some(u), _) => writeln!(
                out,
                "profile '{}' unlocked until {}, or {} min without a command (lifeos lock forgets it now)",
                done.profile, u.until, u.idle_minutes
            )?,
            (None, Some(r)) => writeln!(out, "profile '{}': {r}", done.profile)?,
            (None, None) => {}
        },
        f => output::one(out, f, &done)?,
    }
    Ok(())
}

#[derive(Serialize)]
struct Locked {
    profile: String,
    /// How many unlocked secrets were forgotten.
    forgotten: usize,
}

/// `lifeos lock`: forgets the profile's unlock at once.
pub(crate) fn lock(
    files: &ProfileFiles,
    format: Format,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let n = files.credentials().lock();
    let done = Locked {
        profile: files.name.to_string(),
        forgotten: n,
    };
    match format {
        Format::Table if n == 0 => writeln!(out, "profile '{}' was not unlocked", done.profile)?,
        Format::Table => writeln!(out, "profile '{}' locked", done.profile)?,
        f => output::one(out, f, &done)?,
    }
    Ok(())
}
