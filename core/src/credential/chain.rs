//! The chain policy: one profile's [`Credentials`], which backend a secret is read from
//! (the first that holds it) and written to (the first durable writable one, or the one
//! forced), and the environment variables as a read-only last resort.

use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

use sha2::Digest;
use zeroize::Zeroizing;

use super::{Backend, CredentialError, KeyringKind, SealedFile, Secret, SecretKind, keyring_kind};
use crate::profile::ProfileName;

/// Asks for the file backend's passphrase; `true` when a new file is being made (ask
/// twice).
pub type PassphraseSource =
    Box<dyn Fn(bool) -> Result<Zeroizing<String>, CredentialError> + Send + Sync>;

/// The decrypted file and the passphrase that opened it.
type Opened = (Zeroizing<String>, BTreeMap<String, Secret>);

/// One profile's credential store: the chain of backends, or the one forced.
pub struct Credentials {
    pub(super) profile: ProfileName,
    /// Distinguishes profiles of the same name under different data directories (test
    /// homes, `LIFEOS_HOME` installs) in the machine-wide keyring.
    pub(super) scope: String,
    file: SealedFile,
    forced: Option<Backend>,
    passphrase: PassphraseSource,
    /// The file's contents once decrypted (so one command pays Argon2id once), with the
    /// passphrase that opened it.
    opened: std::sync::Mutex<Option<Opened>>,
    /// What the OS keyring is, found out on first need (a D-Bus probe costs a round trip).
    keyring: std::sync::OnceLock<(KeyringKind, &'static str)>,
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credentials")
            .field("profile", &self.profile.as_str())
            .field("file", &self.file.path())
            .field("forced", &self.forced)
            .finish_non_exhaustive()
    }
}

impl Credentials {
    /// The credential store of the profile whose files are in `profile_dir`.
    pub fn new(
        profile: ProfileName,
        profile_dir: &Path,
        forced: Option<Backend>,
        passphrase: PassphraseSource,
    ) -> Self {
        let abs = std::path::absolute(profile_dir).unwrap_or_else(|_| profile_dir.to_path_buf());
        let digest = sha2::Sha256::digest(abs.to_string_lossy().as_bytes());
        Self {
            profile,
            scope: hex::encode(&digest[..8]),
            file: SealedFile::new(profile_dir.join("credentials.enc")),
            forced,
            passphrase,
            opened: std::sync::Mutex::new(None),
            keyring: std::sync::OnceLock::new(),
        }
    }

    /// The forced backend, if any.
    pub fn forced(&self) -> Option<Backend> {
        self.forced
    }

    /// The encrypted file.
    pub fn file(&self) -> &SealedFile {
        &self.file
    }

    /// The keyring on this machine.
    pub fn keyring(&self) -> (KeyringKind, &'static str) {
        *self.keyring.get_or_init(keyring_kind)
    }
    /// Runs `f` on the decrypted file contents (decrypting once per process).
    fn with_file<T>(
        &self,
        new: bool,
        f: impl FnOnce(&mut Option<Opened>) -> T,
    ) -> Result<T, CredentialError> {
        let mut guard = self
            .opened
            .lock()
            .map_err(|_| CredentialError::Passphrase("credential cache poisoned".into()))?;
        if guard.is_none() {
            if self.file.exists() {
                let pass = (self.passphrase)(false)?;
                let map = self.file.open(&pass)?.unwrap_or_default();
                *guard = Some((pass, map));
            } else if new {
                let pass = (self.passphrase)(true)?;
                *guard = Some((pass, BTreeMap::new()));
            }
        }
        Ok(f(&mut guard))
    }

    fn file_get(&self, kind: SecretKind) -> Result<Option<Secret>, CredentialError> {
        if !self.file.exists() {
            return Ok(None);
        }
        // Only pay for the passphrase if the file says it holds this secret.
        if !self.file.names()?.iter().any(|n| n == kind.name()) {
            return Ok(None);
        }
        self.with_file(false, |g| {
            g.as_ref().and_then(|(_, m)| m.get(kind.name()).cloned())
        })
    }

    fn file_update(
        &self,
        kind: SecretKind,
        value: Option<&Secret>,
    ) -> Result<bool, CredentialError> {
        if value.is_none() && !self.file.names()?.iter().any(|n| n == kind.name()) {
            return Ok(false);
        }
        let file = &self.file;
        self.with_file(value.is_some(), |g| -> Result<bool, CredentialError> {
            let Some((pass, map)) = g.as_mut() else {
                return Ok(false);
            };
            let mut next = map.clone();
            let changed = match value {
                Some(v) => next.insert(kind.name().to_owned(), v.clone()).as_ref() != Some(v),
                None => next.remove(kind.name()).is_some(),
            };
            if changed {
                if next.is_empty() {
                    // An empty file would only pin an old passphrase.
                    match std::fs::remove_file(file.path()) {
                        Ok(()) => {}
                        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                        Err(source) => {
                            return Err(CredentialError::Io {
                                path: file.path().display().to_string(),
                                source,
                            });
                        }
                    }
                } else {
                    file.seal(pass, &next)?;
                }
                *map = next;
            }
            Ok(changed)
        })?
    }

    /// Seals the encrypted file again under a new passphrase (when the passphrase of the
    /// profile changes). Nothing happens if there is no file.
    pub fn reseal(&self, new_passphrase: &str) -> Result<(), CredentialError> {
        if !self.file.exists() {
            return Ok(());
        }
        let file = &self.file;
        self.with_file(false, |g| -> Result<(), CredentialError> {
            if let Some((pass, map)) = g.as_mut() {
                file.seal(new_passphrase, map)?;
                *pass = Zeroizing::new(new_passphrase.to_owned());
            }
            Ok(())
        })?
    }

    fn env_get(&self, kind: SecretKind) -> Result<Option<Secret>, CredentialError> {
        let Some(var) = kind.env_var() else {
            return Ok(None);
        };
        match std::env::var(var) {
            Ok(v) if !v.is_empty() => Ok(Some(Secret::new(v))),
            Ok(_) => Ok(None),
            Err(std::env::VarError::NotPresent) => Ok(None),
            Err(std::env::VarError::NotUnicode(_)) => Err(CredentialError::Passphrase(format!(
                "{var} is not valid UTF-8"
            ))),
        }
    }

    fn keyring_usable(&self) -> bool {
        self.keyring().0 != KeyringKind::Missing
    }

    /// The backend forced for this secret. A forced keyring that forgets at reboot
    /// cannot keep a database key: that one stays in the encrypted file.
    fn forced_for(&self, kind: SecretKind) -> Option<Backend> {
        match self.forced {
            Some(Backend::Keyring)
                if self.keyring().0 == KeyringKind::Volatile && kind.is_db_key() =>
            {
                Some(Backend::File)
            }
            f => f,
        }
    }

    /// The backends a read looks in, in order.
    fn read_order(&self, kind: SecretKind) -> Vec<Backend> {
        match self.forced_for(kind) {
            Some(b) => vec![b],
            None => {
                let mut v = Vec::with_capacity(3);
                if self.keyring_usable() {
                    v.push(Backend::Keyring);
                }
                v.push(Backend::File);
                v.push(Backend::Env);
                v
            }
        }
    }

    /// Where a new secret of this kind is written.
    pub fn write_target(&self, kind: SecretKind) -> Result<Backend, CredentialError> {
        choose_write_target(self.forced_for(kind), self.keyring(), kind)
    }

    /// The secret, and where it was found.
    pub fn get(&self, kind: SecretKind) -> Result<Option<(Secret, Backend)>, CredentialError> {
        for backend in self.read_order(kind) {
            let got = match backend {
                Backend::Keyring => match self.keyring_get(kind) {
                    Ok(v) => v,
                    // An unreachable keyring in the automatic chain is skipped.
                    Err(CredentialError::KeyringUnavailable(_))
                        if self.forced_for(kind).is_none() =>
                    {
                        None
                    }
                    Err(e) => return Err(e),
                },
                Backend::File => self.file_get(kind)?,
                Backend::Env => self.env_get(kind)?,
            };
            if let Some(v) = got {
                return Ok(Some((v, backend)));
            }
        }
        Ok(None)
    }

    /// Which backend holds the secret, without reading it (no passphrase asked).
    pub fn locate(&self, kind: SecretKind) -> Result<Option<Backend>, CredentialError> {
        for backend in self.read_order(kind) {
            let held = match backend {
                Backend::Keyring => match self.keyring_get(kind) {
                    Ok(v) => v.is_some(),
                    Err(CredentialError::KeyringUnavailable(_)) => false,
                    Err(e) => return Err(e),
                },
                Backend::File => self.file.names()?.iter().any(|n| n == kind.name()),
                Backend::Env => self.env_get(kind)?.is_some(),
            };
            if held {
                return Ok(Some(backend));
            }
        }
        Ok(None)
    }

    /// Keeps a secret in the write target, and removes older copies of it from the other
    /// writable backends (so a stale copy can never shadow it). Returns where it went.
    pub fn set(&self, kind: SecretKind, value: &Secret) -> Result<Backend, CredentialError> {
        let target = self.write_target(kind)?;
        match target {
            Backend::Keyring => self.keyring_set(kind, value)?,
            Backend::File => {
                self.file_update(kind, Some(value))?;
            }
            Backend::Env => return Err(CredentialError::ReadOnly(kind.env_var().unwrap_or("-"))),
        }
        if self.forced_for(kind).is_none() {
            if target != Backend::Keyring && self.keyring_usable() {
                match self.keyring_delete(kind) {
                    Ok(_) | Err(CredentialError::KeyringUnavailable(_)) => {}
                    Err(e) => return Err(e),
                }
            }
            if target != Backend::File {
                self.file_update(kind, None)?;
            }
        }
        // An unlocked copy follows the new value.
        self.agent_replace(kind, value);
        Ok(target)
    }

    /// Removes every secret of the profile from the OS keyring (when its profile is
    /// deleted; the encrypted file goes with the profile's directory). Needs no
    /// passphrase. Returns how many were removed.
    pub fn forget_keyring(&self) -> Result<usize, CredentialError> {
        self.lock();
        if !self.keyring_usable() {
            return Ok(0);
        }
        let mut n = 0;
        for kind in SecretKind::ALL {
            match self.keyring_delete(kind) {
                Ok(true) => n += 1,
                Ok(false) | Err(CredentialError::KeyringUnavailable(_)) => {}
                Err(e) => return Err(e),
            }
        }
        Ok(n)
    }

    /// Removes a secret from every writable backend it is in (or the forced one).
    /// Returns whether anything was removed.
    pub fn delete(&self, kind: SecretKind) -> Result<bool, CredentialError> {
        let mut removed = self.lock_secret(kind);
        let forced = self.forced_for(kind);
        let backends = match forced {
            Some(b) => vec![b],
            None => vec![Backend::Keyring, Backend::File],
        };
        for b in backends {
            match b {
                Backend::Keyring if self.keyring_usable() => match self.keyring_delete(kind) {
                    Ok(r) => removed |= r,
                    Err(CredentialError::KeyringUnavailable(_)) if forced.is_none() => {}
                    Err(e) => return Err(e),
                },
                Backend::Keyring => {}
                Backend::File => removed |= self.file_update(kind, None)?,
                Backend::Env => {
                    return Err(CredentialError::ReadOnly(kind.env_var().unwrap_or("-")));
                }
            }
        }
        Ok(removed)
    }
}

/// The write rule, as a pure function: a forced backend if it can hold this secret; else
/// a durable keyring; else the encrypted file.
pub fn choose_write_target(
    forced: Option<Backend>,
    keyring: (KeyringKind, &'static str),
    kind: SecretKind,
) -> Result<Backend, CredentialError> {
    match forced {
        Some(Backend::Env) => Err(match kind.env_var() {
            Some(v) => CredentialError::ReadOnly(v),
            None => CredentialError::NotInEnv("new database key while rekeying"),
        }),
        Some(Backend::Keyring) => match keyring.0 {
            KeyringKind::Missing => Err(CredentialError::KeyringUnavailable(
                "no OS keyring on this machine".into(),
            )),
            KeyringKind::Volatile if kind.is_db_key() => {
                Err(CredentialError::VolatileKeyring(keyring.1))
            }
            _ => Ok(Backend::Keyring),
        },
        Some(Backend::File) => Ok(Backend::File),
        None => Ok(match keyring.0 {
            KeyringKind::Durable => Backend::Keyring,
            _ => Backend::File,
        }),
    }
}
