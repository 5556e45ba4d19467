//! Opening the profile's store: which profile, where its files are, its credential store,
//! and its database key.
//!
//! The key is looked for in the credential store (keyring, encrypted file, then
//! `LIFEOS_DB_KEY`); a database made by the foundation's passphrase-only mode keeps its
//! `kdf.toml` and its key is derived from the passphrase; a new database gets a random
//! 256-bit key, kept in the credential store before the database is made.

use std::io::IsTerminal;
use std::path::PathBuf;

use anyhow::{Context, bail};
use lifeos_core::credential::{
    Backend, CredentialError, Credentials, PassphraseSource, SecretKind,
};
use lifeos_core::key::{DbKey, KdfParams};
use lifeos_core::profile::{Config, Paths, ProfileName};
use lifeos_core::store::{Store, StoreError};
use zeroize::Zeroizing;

use crate::debug;

/// Where a profile's files are, and how its secrets are kept.
pub struct ProfileFiles {
    /// The profile.
    pub name: ProfileName,
    /// Its data directory.
    pub dir: PathBuf,
    /// The SQLCipher database.
    pub db: PathBuf,
    /// The Argon2id parameters of a passphrase-keyed database (foundation mode).
    pub kdf: PathBuf,
    /// The credential store backend forced by flag or config, if any.
    pub forced: Option<Backend>,
    /// The profile's credential store (one per command, so a passphrase-encrypted file is
    /// opened once).
    creds: Credentials,
}

impl ProfileFiles {
    /// The profile's credential store.
    pub fn credentials(&self) -> &Credentials {
        &self.creds
    }

    /// `kdf.next.toml`: the parameters of a passphrase rekey in progress.
    pub fn kdf_next(&self) -> PathBuf {
        self.dir.join("kdf.next.toml")
    }
}

/// Resolves the profile: `--profile`/`LIFEOS_PROFILE`, else the config's
/// `default_profile`, else `default`; and its credential store backend:
/// `--credential-store`, else the profile's `credential_store`, else the config's.
pub fn profile_files(
    flag: Option<ProfileName>,
    store_flag: Option<Backend>,
) -> anyhow::Result<ProfileFiles> {
    let paths = Paths::from_env()?;
    let config = Config::load(&paths.config_file())?;
    let name = match flag {
        Some(p) => p,
        None => match &config.default_profile {
            Some(p) => p.parse()?,
            None => ProfileName::default(),
        },
    };
    let forced = store_flag.or_else(|| {
        config
            .profiles
            .get(name.as_str())
            .and_then(|p| p.credential_store)
            .or(config.credential_store)
    });
    let dir = paths.profile_dir(&name);
    debug!(
        "profile '{name}': data {}; credential store {}",
        dir.display(),
        forced.map_or("automatic (keyring, file, env)", Backend::name)
    );
    Ok(ProfileFiles {
        creds: Credentials::new(name.clone(), &dir, forced, passphrase_source(name.clone())),
        db: dir.join("lifeos.db"),
        kdf: dir.join("kdf.toml"),
        dir,
        name,
        forced,
    })
}

/// Asks for a passphrase: `LIFEOS_PASSPHRASE`, else a prompt (twice for a new one).
pub fn passphrase(profile: &ProfileName, new: bool) -> Result<Zeroizing<String>, CredentialError> {
    ask_passphrase(profile, "LIFEOS_PASSPHRASE", " (or LIFEOS_DB_KEY)", new)
}

/// Reads a passphrase from the environment variable `var`, else prompts for it on the
/// terminal (twice for a new one); never empty. `also` names what else would do instead
/// of it, for the error without a terminal.
pub fn ask_passphrase(
    profile: &ProfileName,
    var: &str,
    also: &str,
    new: bool,
) -> Result<Zeroizing<String>, CredentialError> {
    if let Some(p) = std::env::var_os(var) {
        let p = p
            .into_string()
            .map_err(|_| CredentialError::Passphrase(format!("{var} is not valid UTF-8")))?;
        if p.is_empty() {
            return Err(CredentialError::Passphrase(format!("{var} is empty")));
        }
        return Ok(Zeroizing::new(p));
    }
    if !std::io::stdin().is_terminal() {
        return Err(CredentialError::Passphrase(format!(
            "no passphrase for profile '{profile}': set {var}{also}, or run in a terminal"
        )));
    }
    let io =
        |e: std::io::Error| CredentialError::Passphrase(format!("cannot read the passphrase: {e}"));
    let first = Zeroizing::new(
        rpassword::prompt_password(if new {
            format!("New passphrase for profile '{profile}': ")
        } else {
            format!("Passphrase for profile '{profile}': ")
        })
        .map_err(io)?,
    );
    if first.is_empty() {
        return Err(CredentialError::Passphrase(
            "the passphrase must not be empty".into(),
        ));
    }
    if new {
        let again = Zeroizing::new(rpassword::prompt_password("Repeat it: ").map_err(io)?);
        if *again != *first {
            return Err(CredentialError::Passphrase(
                "the passphrases differ; nothing was changed".into(),
            ));
        }
    }
    Ok(first)
}

fn passphrase_source(profile: ProfileName) -> PassphraseSource {
    Box::new(move |new| passphrase(&profile, new))
}

/// Where the database key came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeySource {
    /// A credential store backend.
    Stored(Backend),
    /// Derived from the passphrase with `kdf.toml` (foundation mode).
    Passphrase,
    /// From the unlock cache (`lifeos unlock`): no passphrase, no Argon2id.
    Unlocked,
}

/// Opens (creating on first use) the profile's encrypted database.
pub fn store(files: &ProfileFiles) -> anyhow::Result<Store> {
    Ok(store_with(files, files.credentials())?.0)
}

/// Opens the database with the credential store given, finishing an interrupted rekey if
/// one is found. Returns where the key came from, and the key that opened it (so more
/// connections, the TUI's workers, open the same database without asking again).
pub fn store_with(
    files: &ProfileFiles,
    creds: &Credentials,
) -> anyhow::Result<(Store, KeySource, DbKey)> {
    open_with(files, creds, files.forced != Some(Backend::Env))
}

/// [`store_with`], with the key from the sealed store itself (the unlock cache unread),
/// as `lifeos unlock` needs.
pub fn store_sealed(
    files: &ProfileFiles,
    creds: &Credentials,
) -> anyhow::Result<(Store, KeySource, DbKey)> {
    open_with(files, creds, false)
}

fn open_with(
    files: &ProfileFiles,
    creds: &Credentials,
    cached: bool,
) -> anyhow::Result<(Store, KeySource, DbKey)> {
    let exists = Store::inspect(&files.db)?;
    let unlocked = if cached && exists {
        creds.unlocked(SecretKind::DbKey)
    } else {
        None
    };
    let (key, source) = match unlocked {
        Some(secret) => {
            debug!("database key: unlocked (lifeos unlock)");
            (DbKey::from_hex(secret.expose())?, KeySource::Unlocked)
        }
        None => key_with(files, creds, exists)?,
    };
    let context = || format!("profile '{}'", files.name);
    match Store::open(&files.db, &key) {
        Ok(store) => {
            // A new key that the database never took (a rekey stopped before its rewrite).
            if matches!(source, KeySource::Stored(_))
                && creds.locate(SecretKind::DbKeyNext)?.is_some()
                && creds.forced() != Some(Backend::Env)
            {
                creds.delete(SecretKind::DbKeyNext)?;
            }
            Ok((store, source, key))
        }
        Err(StoreError::WrongKey { .. }) if source == KeySource::Unlocked => {
            // A stale unlock (the database was rekeyed since): forget it, ask as usual.
            creds.lock_secret(SecretKind::DbKey);
            open_with(files, creds, false)
        }
        Err(StoreError::WrongKey { .. }) => {
            // A rekey stopped after the database took the new key but before the new key
            // replaced the old one in the store: finish it.
            if let Some((next, backend)) = creds.get(SecretKind::DbKeyNext)? {
                let next_key = DbKey::from_hex(next.expose())?;
                if let Ok(store) = Store::open(&files.db, &next_key) {
                    debug!("finishing an interrupted rekey");
                    creds.set(SecretKind::DbKey, &next)?;
                    creds.delete(SecretKind::DbKeyNext)?;
                    if files.kdf.exists() {
                        remove(&files.kdf)?;
                    }
                    return Ok((store, KeySource::Stored(backend), next_key));
                }
            }
            if source == KeySource::Passphrase && files.kdf_next().exists() {
                let params = KdfParams::load(&files.kdf_next())?;
                let pass = passphrase(&files.name, false)?;
                let next_key = params.derive(&pass)?;
                if let Ok(store) = Store::open(&files.db, &next_key) {
                    std::fs::rename(files.kdf_next(), &files.kdf)?;
                    return Ok((store, source, next_key));
                }
            }
            let hint = match source {
                KeySource::Passphrase => "wrong passphrase",
                KeySource::Stored(Backend::Env) => "LIFEOS_DB_KEY is not this database's key",
                KeySource::Stored(_) | KeySource::Unlocked => "the stored key does not open it",
            };
            Err(anyhow::Error::from(StoreError::WrongKey {
                path: files.db.display().to_string(),
            })
            .context(format!("{} ({hint})", context())))
        }
        Err(e) => Err(anyhow::Error::from(e).context(context())),
    }
}

/// The key of the profile's existing database, without opening it (`lifeos db check`
/// reads a file that may not open).
pub fn existing_key(files: &ProfileFiles) -> anyhow::Result<DbKey> {
    Ok(key_with(files, files.credentials(), true)?.0)
}

fn remove(path: &std::path::Path) -> anyhow::Result<()> {
    match std::fs::remove_file(path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(anyhow::Error::from(e).context(path.display().to_string())),
    }
}

fn key_with(
    files: &ProfileFiles,
    creds: &Credentials,
    exists: bool,
) -> anyhow::Result<(DbKey, KeySource)> {
    if let Some((secret, backend)) = creds.get(SecretKind::DbKey)? {
        debug!("database key: from the {backend} credential store");
        let key = DbKey::from_hex(secret.expose()).with_context(|| match backend {
            Backend::Env => "LIFEOS_DB_KEY".to_owned(),
            b => format!("the database key in the {b} credential store"),
        })?;
        return Ok((key, KeySource::Stored(backend)));
    }
    if files.kdf.exists() {
        debug!(
            "database key: derived from the passphrase ({})",
            files.kdf.display()
        );
        let params = KdfParams::load(&files.kdf)?;
        return Ok((
            params.derive(&passphrase(&files.name, false)?)?,
            KeySource::Passphrase,
        ));
    }
    if exists {
        bail!(
            "no key for profile '{}': its database was made with a key that no credential store here holds; set LIFEOS_DB_KEY, or use the --credential-store that holds it",
            files.name
        );
    }
    // First run: a random key, kept before the database that needs it is made.
    let key = DbKey::random()?;
    let backend = creds
        .set(SecretKind::DbKey, &key.to_secret())
        .with_context(|| {
            format!(
                "cannot keep the new database key of profile '{}'",
                files.name
            )
        })?;
    debug!("database key: new, kept in the {backend} credential store");
    Ok((key, KeySource::Stored(backend)))
}
