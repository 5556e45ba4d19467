//! Opening the profile's store: which profile, where its files are, and its key
//! (`LIFEOS_DB_KEY`, or a passphrase from `LIFEOS_PASSPHRASE` or a prompt, through
//! Argon2id with the salt in `kdf.toml`).

use std::io::IsTerminal;
use std::path::PathBuf;

use anyhow::{Context, bail};
use lifeos_core::key::{DbKey, KdfParams};
use lifeos_core::profile::{Config, Paths, ProfileName};
use lifeos_core::store::Store;
use zeroize::Zeroizing;

/// Where a profile's files are.
pub struct ProfileFiles {
    /// The profile.
    pub name: ProfileName,
    /// The SQLCipher database.
    pub db: PathBuf,
    /// The Argon2id parameters (for passphrase-keyed databases).
    pub kdf: PathBuf,
}

/// Resolves the profile: `--profile`/`LIFEOS_PROFILE`, else the config's
/// `default_profile`, else `default`.
pub fn profile_files(flag: Option<ProfileName>) -> anyhow::Result<ProfileFiles> {
    let paths = Paths::from_env()?;
    let name = match flag {
        Some(p) => p,
        None => match Config::load(&paths.config_file())?.default_profile {
            Some(p) => p.parse()?,
            None => ProfileName::default(),
        },
    };
    let dir = paths.profile_dir(&name);
    Ok(ProfileFiles {
        db: dir.join("lifeos.db"),
        kdf: dir.join("kdf.toml"),
        name,
    })
}

fn passphrase(profile: &ProfileName, new: bool) -> anyhow::Result<Zeroizing<String>> {
    if let Some(p) = std::env::var_os("LIFEOS_PASSPHRASE") {
        let p = p
            .into_string()
            .map_err(|_| anyhow::anyhow!("LIFEOS_PASSPHRASE is not valid UTF-8"))?;
        return Ok(Zeroizing::new(p));
    }
    if !std::io::stdin().is_terminal() {
        bail!(
            "no passphrase for profile '{profile}': set LIFEOS_PASSPHRASE (or LIFEOS_DB_KEY), or run in a terminal"
        );
    }
    let first = Zeroizing::new(rpassword::prompt_password(if new {
        format!("New passphrase for profile '{profile}': ")
    } else {
        format!("Passphrase for profile '{profile}': ")
    })?);
    if new {
        let again = Zeroizing::new(rpassword::prompt_password("Repeat it: ")?);
        if *again != *first {
            bail!("the passphrases differ; nothing was created");
        }
    }
    Ok(first)
}

/// Opens (creating on first use) the profile's encrypted database.
pub fn store(files: &ProfileFiles) -> anyhow::Result<Store> {
    let key = key(files)?;
    Store::open(&files.db, &key).with_context(|| format!("profile '{}'", files.name))
}

/// The profile's database key, asked for once so that more connections (the TUI's
/// workers) can open the same database without asking again.
pub fn key(files: &ProfileFiles) -> anyhow::Result<DbKey> {
    let exists = Store::inspect(&files.db)?;
    let key = if let Some(hex) = std::env::var_os("LIFEOS_DB_KEY") {
        let hex = Zeroizing::new(
            hex.into_string()
                .map_err(|_| anyhow::anyhow!("LIFEOS_DB_KEY is not valid UTF-8"))?,
        );
        DbKey::from_hex(&hex)?
    } else if exists {
        if !files.kdf.exists() {
            bail!(
                "profile '{}' has no {}: its database was made with a raw key; set LIFEOS_DB_KEY",
                files.name,
                files.kdf.display()
            );
        }
        let params = KdfParams::load(&files.kdf)?;
        params.derive(&passphrase(&files.name, false)?)?
    } else {
        let params = match KdfParams::load(&files.kdf) {
            Ok(p) => p,
            Err(_) => {
                let p = KdfParams::generate()?;
                p.save(&files.kdf)?;
                p
            }
        };
        params.derive(&passphrase(&files.name, true)?)?
    };
    Ok(key)
}
