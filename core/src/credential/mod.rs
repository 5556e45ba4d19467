//! The credential store: where a profile's secrets (the database key, the session token)
//! live. Three backends, tried in this order:
//!
//! 1. the OS keyring (`keyring`: Keychain on macOS, Credential Manager on Windows, kernel
//!    keyutils on Linux);
//! 2. a file encrypted with AES-256-GCM under a key derived with Argon2id from a passphrase
//!    ([`SealedFile`]);
//! 3. environment variables (`LIFEOS_DB_KEY`, `LIFEOS_TOKEN`), read-only.
//!
//! Reading takes the first backend that holds the secret. Writing goes to the first
//! *durable* writable backend: a keyring that forgets at reboot (Linux keyutils) would lose
//! a database key for good, so when the keyring is volatile new secrets go to the file
//! unless the keyring is forced — and even then the database key stays in the file.
//! `--credential-store` (or the config's `credential_store`) forces one backend.
//!
//! Secrets are [`Secret`]s: zeroed on drop, and their `Debug` shows the last 6 characters
//! only. Nothing here ever prints one.

use std::fmt;

use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

/// A secret value: zeroed on drop; `Debug` shows only its last 6 characters.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(Zeroizing<String>);

impl Secret {
    /// Wraps a secret.
    pub fn new(value: impl Into<String>) -> Self {
        Self(Zeroizing::new(value.into()))
    }

    /// The secret itself, for the one place that must use it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Secret({})", crate::redact(&self.0))
    }
}

/// Which secret of a profile.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SecretKind {
    /// The SQLCipher key (64 hex digits).
    DbKey,
    /// A new SQLCipher key while `db rekey` runs: kept until the database uses it, so a
    /// crash between the two steps loses nothing.
    DbKeyNext,
    /// The sync server's session token.
    Token,
}

impl SecretKind {
    /// Every kind, in display order.
    pub const ALL: [SecretKind; 3] = [Self::DbKey, Self::DbKeyNext, Self::Token];

    /// The stable name (keyring entry, file field).
    pub fn name(self) -> &'static str {
        match self {
            Self::DbKey => "db-key",
            Self::DbKeyNext => "db-key-next",
            Self::Token => "token",
        }
    }

    /// The environment variable that can supply it (read-only), if any.
    pub fn env_var(self) -> Option<&'static str> {
        match self {
            Self::DbKey => Some("LIFEOS_DB_KEY"),
            Self::DbKeyNext => None,
            Self::Token => Some("LIFEOS_TOKEN"),
        }
    }

    /// The database key, current or pending.
    pub fn is_db_key(self) -> bool {
        matches!(self, Self::DbKey | Self::DbKeyNext)
    }
}

/// A credential backend.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "clap", derive(clap::ValueEnum))]
#[serde(rename_all = "lowercase")]
pub enum Backend {
    /// The operating system's keyring.
    Keyring,
    /// The passphrase-encrypted file.
    File,
    /// Environment variables (read-only).
    Env,
}

impl Backend {
    /// The name used on the command line and in the config.
    pub fn name(self) -> &'static str {
        match self {
            Self::Keyring => "keyring",
            Self::File => "file",
            Self::Env => "env",
        }
    }
}

impl fmt::Display for Backend {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Why a credential could not be read or kept. Messages never contain a secret.
#[derive(Debug, thiserror::Error)]
pub enum CredentialError {
    /// The keyring could not be reached.
    #[error("the OS keyring is not available: {0}")]
    KeyringUnavailable(String),
    /// The keyring refused an operation.
    #[error("the OS keyring failed: {0}")]
    Keyring(String),
    /// The keyring forgets at reboot: no database key may live only there.
    #[error(
        "the OS keyring here ({0}) forgets its keys at reboot, which would lose the database key for good; keep it in the encrypted file (--credential-store file)"
    )]
    VolatileKeyring(&'static str),
    /// The environment backend cannot be written.
    #[error(
        "the env credential store is read-only: set {0} yourself, or use --credential-store keyring|file"
    )]
    ReadOnly(&'static str),
    /// The secret cannot come from the environment at all.
    #[error("the env credential store cannot hold the {0}")]
    NotInEnv(&'static str),
    /// The credentials file is damaged, altered, or the passphrase is wrong.
    #[error("{path}: {message}")]
    File {
        /// The file.
        path: String,
        /// What is wrong.
        message: String,
    },
    /// No passphrase could be had for the file backend.
    #[error("{0}")]
    Passphrase(String),
    /// Reading or writing failed.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// The error.
        source: std::io::Error,
    },
}

mod agent;
mod chain;
mod keyring;
mod sealed;

pub use agent::{UnlockFor, Unlocked};
pub use chain::{Credentials, PassphraseSource, choose_write_target};
pub use keyring::{KeyringKind, keyring_kind};
pub use sealed::SealedFile;

#[cfg(test)]
mod tests;
