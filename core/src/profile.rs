//! Where things live: the config and data directories (platform defaults from the
//! `directories` crate, or both under `LIFEOS_HOME`), profile names, and the TOML config,
//! which never holds a secret.

use std::fmt;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// Why the directories, a profile name or the config could not be used.
#[derive(Debug, thiserror::Error)]
pub enum ProfileError {
    /// Neither `LIFEOS_HOME` nor a home directory is known.
    #[error("cannot find a home directory; set LIFEOS_HOME to a directory for LifeOS's files")]
    NoHome,
    /// A profile name outside `[a-z0-9_-]{1,64}`.
    #[error("'{0}' is not a profile name: use 1-64 lower-case letters, digits, - and _")]
    BadName(String),
    /// The config file is not valid TOML of the expected shape.
    #[error("{path}: {message}")]
    BadConfig {
        /// The file.
        path: String,
        /// What is wrong.
        message: String,
    },
    /// Reading or writing a file failed.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// The error.
        source: std::io::Error,
    },
}

/// The config and data roots.
#[derive(Clone, Debug)]
pub struct Paths {
    /// Holds `config.toml`.
    pub config_dir: PathBuf,
    /// Holds `profiles/<name>/`.
    pub data_dir: PathBuf,
}

impl Paths {
    /// `LIFEOS_HOME` (its `config/` and `data/`) if set, else the platform directories.
    pub fn from_env() -> Result<Self, ProfileError> {
        match std::env::var_os("LIFEOS_HOME") {
            Some(home) if !home.is_empty() => Ok(Self::under(Path::new(&home))),
            _ => {
                let dirs = directories::ProjectDirs::from("org", "LifeOS", "lifeos")
                    .ok_or(ProfileError::NoHome)?;
                Ok(Self {
                    config_dir: dirs.config_dir().to_path_buf(),
                    data_dir: dirs.data_dir().to_path_buf(),
                })
            }
        }
    }

    /// Both directories under one root (portable installs, tests).
    pub fn under(root: &Path) -> Self {
        Self {
            config_dir: root.join("config"),
            data_dir: root.join("data"),
        }
    }

    /// The TOML config file.
    pub fn config_file(&self) -> PathBuf {
        self.config_dir.join("config.toml")
    }

    /// A profile's data directory (its database and key parameters).
    pub fn profile_dir(&self, name: &ProfileName) -> PathBuf {
        self.data_dir.join("profiles").join(name.as_str())
    }
}

/// A validated profile name (`[a-z0-9_-]{1,64}`), safe to use as a directory name.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ProfileName(String);

impl ProfileName {
    /// The name.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Default for ProfileName {
    fn default() -> Self {
        Self("default".into())
    }
}

impl FromStr for ProfileName {
    type Err = ProfileError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let ok = !s.is_empty()
            && s.len() <= 64
            && s.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_');
        if ok {
            Ok(Self(s.to_owned()))
        } else {
            Err(ProfileError::BadName(crate::validate::clip(s)))
        }
    }
}

impl fmt::Display for ProfileName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// `config.toml`. Only settings: secrets go to the credential store, never here.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// The profile used when `--profile` is not given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_profile: Option<String>,
    /// The credential store backend every profile uses unless it names its own
    /// (`keyring`, `file` or `env`); unset, the automatic chain.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credential_store: Option<crate::credential::Backend>,
    /// Per-profile settings, by profile name.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub profiles: std::collections::BTreeMap<String, ProfileConfig>,
    /// The TUI's key bindings that differ from its defaults: action name -> key spec
    /// (`quick_add = "a"`, several keys separated by spaces: `down = "j down"`). The TUI
    /// checks them at start.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub keys: std::collections::BTreeMap<String, String>,
    /// How long `lifeos unlock` (and the TUI's unlock) keeps a profile unlocked unless
    /// `--for` says otherwise (`8h`, `90m`, `1d`); unset, 8 hours.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unlock_for: Option<String>,
    /// An unlock ends after this long without a command (`1h`, `15m`); unset, 1 hour.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unlock_idle: Option<String>,
    /// Urgency coefficients that differ from the defaults (`due = 12.0`, `blocked =
    /// -5.0`: `lifeos_core::urgency::Coefficients`), for `lifeos next`.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub urgency: std::collections::BTreeMap<String, f64>,
    /// How many instances of a recurring task wait after the open one (0, the default:
    /// the next appears when the current one is done; at most 50).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recur_ahead: Option<u32>,
}

/// One profile's settings (never its credentials).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProfileConfig {
    /// The sync server's base URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub server: Option<String>,
    /// The account's email.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// The workspace this profile's database mirrors.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workspace: Option<String>,
    /// This profile's credential store backend, overriding the global one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credential_store: Option<crate::credential::Backend>,
}

impl Config {
    /// Writes the config atomically (0600).
    pub fn save(&self, path: &Path) -> Result<(), ProfileError> {
        let text = toml::to_string(self).map_err(|e| ProfileError::BadConfig {
            path: path.display().to_string(),
            message: e.to_string(),
        })?;
        write_private(path, text.as_bytes()).map_err(|source| ProfileError::Io {
            path: path.display().to_string(),
            source,
        })
    }

    /// Reads the config; a missing file is the default config.
    pub fn load(path: &Path) -> Result<Self, ProfileError> {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Self::default()),
            Err(source) => {
                return Err(ProfileError::Io {
                    path: path.display().to_string(),
                    source,
                });
            }
        };
        let config: Self = toml::from_str(&text).map_err(|e| ProfileError::BadConfig {
            path: path.display().to_string(),
            message: e.message().to_owned(),
        })?;
        if let Some(p) = &config.default_profile {
            p.parse::<ProfileName>()
                .map_err(|e| ProfileError::BadConfig {
                    path: path.display().to_string(),
                    message: format!("default_profile: {e}"),
                })?;
        }
        Ok(config)
    }
}

/// Creates `dir` and its parents with mode 0700 (owner only).
pub fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    let mut b = std::fs::DirBuilder::new();
    b.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        b.mode(0o700);
    }
    b.create(dir)
}

/// Writes a file atomically (temp file, fsync, rename) with mode 0600.
pub fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    create_private_dir(dir)?;
    let tmp = path.with_extension("tmp");
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    let mut f = opts.open(&tmp)?;
    f.write_all(bytes)?;
    f.sync_all()?;
    drop(f);
    std::fs::rename(&tmp, path)?;
    // Make the rename itself durable.
    #[cfg(unix)]
    std::fs::File::open(dir)?.sync_all()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn profile_names_cannot_escape_the_data_dir() {
        for bad in [
            "",
            "../etc",
            "a/b",
            "Work",
            "x".repeat(65).as_str(),
            "a b",
            ".",
            "..",
            "é",
        ] {
            assert!(bad.parse::<ProfileName>().is_err(), "{bad}");
        }
        for good in ["default", "work-2", "a_b"] {
            assert!(good.parse::<ProfileName>().is_ok());
        }
    }

    #[test]
    fn config_rejects_unknown_keys_and_bad_profiles() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("config.toml");
        assert_eq!(Config::load(&p).unwrap(), Config::default());
        std::fs::write(&p, "default_profile = \"work\"\n").unwrap();
        assert_eq!(
            Config::load(&p).unwrap().default_profile.as_deref(),
            Some("work")
        );
        std::fs::write(&p, "defualt_profile = \"work\"\n").unwrap();
        assert!(Config::load(&p).is_err());
        std::fs::write(&p, "default_profile = \"../x\"\n").unwrap();
        assert!(Config::load(&p).is_err());
    }

    #[cfg(unix)]
    #[test]
    fn private_files_are_0600() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("sub/file.toml");
        write_private(&p, b"x = 1").unwrap();
        assert_eq!(
            std::fs::metadata(&p).unwrap().permissions().mode() & 0o777,
            0o600
        );
        assert_eq!(std::fs::read(&p).unwrap(), b"x = 1");
    }
}
