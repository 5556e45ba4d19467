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

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Nonce};
use serde::{Deserialize, Serialize};
use sha2::Digest;
use zeroize::Zeroizing;

use crate::key::KdfParams;
use crate::profile::ProfileName;

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

// ---------------------------------------------------------------------------------------
// The encrypted file.

const MAGIC: &[u8; 8] = b"LIFEOSCR";
const FILE_VERSION: u8 = 1;
const NONCE_LEN: usize = 12;
const TAG_LEN: usize = 16;
/// A credentials file is a few hundred bytes; anything past this is not ours.
const MAX_FILE_BYTES: u64 = 1 << 20;

/// The passphrase-encrypted credentials file.
///
/// Layout (all integers little-endian): `LIFEOSCR`, version (1 byte), Argon2id memory KiB,
/// passes and lanes (u32 each), salt length (1 byte) and salt, 12-byte nonce, names length
/// (u16) and the comma-separated names of the secrets held, then the AES-256-GCM
/// ciphertext of a JSON object `{name: secret}` with its tag. Everything before the
/// ciphertext is authenticated as associated data, so a flipped bit anywhere fails the
/// tag. The names are in clear so `auth status` can say what the file holds without the
/// passphrase; the values never are.
pub struct SealedFile {
    path: PathBuf,
}

struct Header {
    params: KdfParams,
    nonce: [u8; NONCE_LEN],
    names: Vec<String>,
    /// Length of the header (the associated data).
    len: usize,
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let s = self.bytes.get(self.at..self.at.checked_add(n)?)?;
        self.at += n;
        Some(s)
    }
    fn byte(&mut self) -> Option<u8> {
        self.take(1).map(|b| b[0])
    }
    fn u16(&mut self) -> Option<u16> {
        self.take(2).map(|b| u16::from_le_bytes([b[0], b[1]]))
    }
    fn u32(&mut self) -> Option<u32> {
        self.take(4)
            .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
}

impl SealedFile {
    /// The file at this path (it need not exist yet).
    pub fn new(path: impl Into<PathBuf>) -> Self {
        Self { path: path.into() }
    }

    /// Where it is.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Whether the file exists.
    pub fn exists(&self) -> bool {
        self.path.exists()
    }

    fn bad(&self, message: impl Into<String>) -> CredentialError {
        CredentialError::File {
            path: self.path.display().to_string(),
            message: message.into(),
        }
    }

    fn read_bytes(&self) -> Result<Option<Vec<u8>>, CredentialError> {
        use std::io::Read;
        let file = match std::fs::File::open(&self.path) {
            Ok(f) => f,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(source) => {
                return Err(CredentialError::Io {
                    path: self.path.display().to_string(),
                    source,
                });
            }
        };
        let mut bytes = Vec::new();
        file.take(MAX_FILE_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(|source| CredentialError::Io {
                path: self.path.display().to_string(),
                source,
            })?;
        if bytes.len() as u64 > MAX_FILE_BYTES {
            return Err(self.bad("too large to be a LifeOS credentials file"));
        }
        Ok(Some(bytes))
    }

    fn parse_header(&self, bytes: &[u8]) -> Result<Header, CredentialError> {
        let mut r = Reader { bytes, at: 0 };
        let truncated = || self.bad("truncated: the credentials file is incomplete");
        if r.take(MAGIC.len()).ok_or_else(truncated)? != MAGIC {
            return Err(self.bad("not a LifeOS credentials file"));
        }
        let version = r.byte().ok_or_else(truncated)?;
        if version != FILE_VERSION {
            return Err(self.bad(format!(
                "credentials file version {version} is not supported (this LifeOS reads version {FILE_VERSION})"
            )));
        }
        let m = r.u32().ok_or_else(truncated)?;
        let t = r.u32().ok_or_else(truncated)?;
        let p = r.u32().ok_or_else(truncated)?;
        let salt_len = r.byte().ok_or_else(truncated)? as usize;
        let salt = hex::encode(r.take(salt_len).ok_or_else(truncated)?);
        let mut nonce = [0u8; NONCE_LEN];
        nonce.copy_from_slice(r.take(NONCE_LEN).ok_or_else(truncated)?);
        let names_len = r.u16().ok_or_else(truncated)? as usize;
        let names = std::str::from_utf8(r.take(names_len).ok_or_else(truncated)?)
            .map_err(|_| self.bad("the header is damaged"))?
            .split(',')
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect();
        let at = r.at;
        let params = KdfParams {
            version: 1,
            algorithm: "argon2id".into(),
            m_cost_kib: m,
            t_cost: t,
            p_cost: p,
            salt,
        };
        params
            .check()
            .map_err(|m| self.bad(format!("the header is damaged: {m}")))?;
        if bytes.len() < at + TAG_LEN {
            return Err(truncated());
        }
        Ok(Header {
            params,
            nonce,
            names,
            len: at,
        })
    }

    /// The names of the secrets the file holds, without decrypting it.
    pub fn names(&self) -> Result<Vec<String>, CredentialError> {
        match self.read_bytes()? {
            None => Ok(Vec::new()),
            Some(bytes) => Ok(self.parse_header(&bytes)?.names),
        }
    }

    /// Decrypts the file: `None` if it does not exist.
    pub fn open(
        &self,
        passphrase: &str,
    ) -> Result<Option<BTreeMap<String, Secret>>, CredentialError> {
        let Some(bytes) = self.read_bytes()? else {
            return Ok(None);
        };
        let header = self.parse_header(&bytes)?;
        let key = header
            .params
            .derive_bytes(passphrase)
            .map_err(|e| self.bad(e.to_string()))?;
        let cipher = Aes256Gcm::new_from_slice(key.as_slice())
            .map_err(|_| self.bad("internal: bad key length"))?;
        let plain = Zeroizing::new(
            cipher
                .decrypt(
                    Nonce::from_slice(&header.nonce),
                    Payload {
                        msg: &bytes[header.len..],
                        aad: &bytes[..header.len],
                    },
                )
                .map_err(|_| {
                    self.bad(
                        "wrong passphrase, or the file was altered (its integrity check fails)",
                    )
                })?,
        );
        let map: BTreeMap<String, String> =
            serde_json::from_slice(&plain).map_err(|_| self.bad("the contents are damaged"))?;
        let mut names: Vec<&String> = map.keys().collect();
        names.sort();
        let mut listed: Vec<&String> = header.names.iter().collect();
        listed.sort();
        if names != listed {
            return Err(self.bad("the header does not match the contents"));
        }
        Ok(Some(
            map.into_iter().map(|(k, v)| (k, Secret::new(v))).collect(),
        ))
    }

    /// Encrypts `secrets` under `passphrase` with a fresh salt and nonce and replaces the
    /// file atomically (0600). An interrupted write leaves the old file whole.
    pub fn seal(
        &self,
        passphrase: &str,
        secrets: &BTreeMap<String, Secret>,
    ) -> Result<(), CredentialError> {
        let params = KdfParams::generate().map_err(|e| self.bad(e.to_string()))?;
        let key = params
            .derive_bytes(passphrase)
            .map_err(|e| self.bad(e.to_string()))?;
        let mut nonce = [0u8; NONCE_LEN];
        getrandom::fill(&mut nonce).map_err(|e| self.bad(e.to_string()))?;
        let names = secrets.keys().cloned().collect::<Vec<_>>().join(",");
        let salt = hex::decode(&params.salt).map_err(|_| self.bad("internal: salt"))?;
        let mut out = Vec::with_capacity(256);
        out.extend_from_slice(MAGIC);
        out.push(FILE_VERSION);
        out.extend_from_slice(&params.m_cost_kib.to_le_bytes());
        out.extend_from_slice(&params.t_cost.to_le_bytes());
        out.extend_from_slice(&params.p_cost.to_le_bytes());
        out.push(u8::try_from(salt.len()).map_err(|_| self.bad("internal: salt"))?);
        out.extend_from_slice(&salt);
        out.extend_from_slice(&nonce);
        out.extend_from_slice(
            &u16::try_from(names.len())
                .map_err(|_| self.bad("too many secrets"))?
                .to_le_bytes(),
        );
        out.extend_from_slice(names.as_bytes());
        let plain = Zeroizing::new(
            serde_json::to_vec(
                &secrets
                    .iter()
                    .map(|(k, v)| (k.as_str(), v.expose()))
                    .collect::<BTreeMap<_, _>>(),
            )
            .map_err(|e| self.bad(e.to_string()))?,
        );
        let cipher = Aes256Gcm::new_from_slice(key.as_slice())
            .map_err(|_| self.bad("internal: bad key length"))?;
        let sealed = cipher
            .encrypt(
                Nonce::from_slice(&nonce),
                Payload {
                    msg: &plain,
                    aad: &out,
                },
            )
            .map_err(|_| self.bad("encryption failed"))?;
        out.extend_from_slice(&sealed);
        crate::profile::write_private(&self.path, &out).map_err(|source| CredentialError::Io {
            path: self.path.display().to_string(),
            source,
        })
    }
}

// ---------------------------------------------------------------------------------------
// The keyring.

/// What the OS keyring is like on this machine.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyringKind {
    /// Keeps secrets until deleted (Keychain, Credential Manager, Secret Service).
    Durable,
    /// Forgets them at reboot (Linux kernel keyutils).
    Volatile,
    /// None here.
    Missing,
}

/// The keyring on this machine and what it is called.
pub fn keyring_kind() -> (KeyringKind, &'static str) {
    use keyring::credential::CredentialPersistence as P;
    let name = if cfg!(target_os = "macos") {
        "macOS Keychain"
    } else if cfg!(target_os = "windows") {
        "Windows Credential Manager"
    } else if cfg!(target_os = "linux") {
        "Linux kernel keyutils"
    } else {
        "none"
    };
    match keyring::default::default_credential_builder().persistence() {
        P::UntilDelete => (KeyringKind::Durable, name),
        P::UntilReboot => (KeyringKind::Volatile, name),
        _ => (KeyringKind::Missing, "none"),
    }
}

fn keyring_err(e: keyring::Error) -> CredentialError {
    match e {
        keyring::Error::NoStorageAccess(inner) => {
            CredentialError::KeyringUnavailable(inner.to_string())
        }
        keyring::Error::PlatformFailure(inner) => {
            CredentialError::KeyringUnavailable(inner.to_string())
        }
        other => CredentialError::Keyring(other.to_string()),
    }
}

// ---------------------------------------------------------------------------------------
// The chain.

/// Asks for the file backend's passphrase; `true` when a new file is being made (ask
/// twice).
pub type PassphraseSource =
    Box<dyn Fn(bool) -> Result<Zeroizing<String>, CredentialError> + Send + Sync>;

/// The decrypted file and the passphrase that opened it.
type Opened = (Zeroizing<String>, BTreeMap<String, Secret>);

/// One profile's credential store: the chain of backends, or the one forced.
pub struct Credentials {
    profile: ProfileName,
    /// Distinguishes profiles of the same name under different data directories (test
    /// homes, `LIFEOS_HOME` installs) in the machine-wide keyring.
    scope: String,
    file: SealedFile,
    forced: Option<Backend>,
    passphrase: PassphraseSource,
    /// The file's contents once decrypted (so one command pays Argon2id once), with the
    /// passphrase that opened it.
    opened: std::sync::Mutex<Option<Opened>>,
    keyring: (KeyringKind, &'static str),
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credentials")
            .field("profile", &self.profile.as_str())
            .field("file", &self.file.path)
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
            keyring: keyring_kind(),
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
        self.keyring
    }

    fn entry(&self, kind: SecretKind) -> Result<keyring::Entry, CredentialError> {
        keyring::Entry::new(
            "lifeos",
            &format!("{}/{}/{}", self.profile, kind.name(), self.scope),
        )
        .map_err(keyring_err)
    }

    fn keyring_get(&self, kind: SecretKind) -> Result<Option<Secret>, CredentialError> {
        match self.entry(kind)?.get_password() {
            Ok(p) => Ok(Some(Secret::new(p))),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(e) => Err(keyring_err(e)),
        }
    }

    fn keyring_set(&self, kind: SecretKind, value: &Secret) -> Result<(), CredentialError> {
        match self.entry(kind)?.set_password(value.expose()) {
            Ok(()) => Ok(()),
            // keyutils: the process has no session keyring to add to.
            Err(keyring::Error::NoEntry) => Err(CredentialError::KeyringUnavailable(
                "this process has no session keyring (run in a login session, or under `keyctl session`)"
                    .into(),
            )),
            Err(e) => Err(keyring_err(e)),
        }
    }

    fn keyring_delete(&self, kind: SecretKind) -> Result<bool, CredentialError> {
        match self.entry(kind)?.delete_credential() {
            Ok(()) => Ok(true),
            Err(keyring::Error::NoEntry) => Ok(false),
            Err(e) => Err(keyring_err(e)),
        }
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
        self.keyring.0 != KeyringKind::Missing
    }

    /// The backend forced for this secret. A forced keyring that forgets at reboot
    /// cannot keep a database key: that one stays in the encrypted file.
    fn forced_for(&self, kind: SecretKind) -> Option<Backend> {
        match self.forced {
            Some(Backend::Keyring)
                if self.keyring.0 == KeyringKind::Volatile && kind.is_db_key() =>
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
        choose_write_target(self.forced_for(kind), self.keyring, kind)
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
        Ok(target)
    }

    /// Removes every secret of the profile from the OS keyring (when its profile is
    /// deleted; the encrypted file goes with the profile's directory). Needs no
    /// passphrase. Returns how many were removed.
    pub fn forget_keyring(&self) -> Result<usize, CredentialError> {
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
        let mut removed = false;
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

#[cfg(test)]
mod tests {
    use super::*;

    fn map(pairs: &[(&str, &str)]) -> BTreeMap<String, Secret> {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), Secret::new(*v)))
            .collect()
    }

    #[test]
    fn the_sealed_file_round_trips_and_lists_names_in_clear() {
        let dir = tempfile::tempdir().unwrap();
        let f = SealedFile::new(dir.path().join("c.enc"));
        assert!(f.open("pw").unwrap().is_none());
        let m = map(&[("db-key", &"ab".repeat(32)), ("token", "tok-123456")]);
        f.seal("correct horse", &m).unwrap();
        assert_eq!(f.open("correct horse").unwrap().unwrap(), m);
        assert_eq!(f.names().unwrap(), vec!["db-key", "token"]);
        let raw = std::fs::read(f.path()).unwrap();
        let text = String::from_utf8_lossy(&raw);
        assert!(!text.contains("tok-123456"));
        assert!(!text.contains(&"ab".repeat(32)));
        // A new seal uses a new salt and nonce.
        f.seal("correct horse", &m).unwrap();
        assert_ne!(std::fs::read(f.path()).unwrap(), raw);
    }

    #[test]
    fn a_wrong_passphrase_is_a_clear_error() {
        let dir = tempfile::tempdir().unwrap();
        let f = SealedFile::new(dir.path().join("c.enc"));
        f.seal("right", &map(&[("token", "t")])).unwrap();
        let e = f.open("wrong").unwrap_err().to_string();
        assert!(e.contains("wrong passphrase"), "{e}");
    }

    #[test]
    fn every_flipped_byte_and_every_truncation_is_detected() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.enc");
        let f = SealedFile::new(&path);
        // Cheap parameters would be refused by the bounds, so pay for real ones once and
        // check the cheap errors (header) without deriving where possible.
        f.seal("pw", &map(&[("token", "secret-token-value")]))
            .unwrap();
        let good = std::fs::read(&path).unwrap();
        let check = |bytes: &[u8], what: &str| {
            std::fs::write(&path, bytes).unwrap();
            let e = f.open("pw").expect_err(what).to_string();
            assert!(!e.contains("secret-token-value"), "{e}");
            assert!(e.starts_with(&path.display().to_string()), "{what}: {e}");
        };
        // Flipping each byte: header bytes fail parsing or the tag; the rest fail the tag.
        // Argon2 costs ~20 ms per try, so sample every header byte and a spread of the rest.
        let header_len = 8 + 1 + 12 + 1 + 16 + 12 + 2 + "token".len();
        let positions: Vec<usize> = (0..header_len)
            .chain((header_len..good.len()).step_by(3))
            .chain([good.len() - 1])
            .collect();
        for i in positions {
            let mut b = good.clone();
            b[i] ^= 0x01;
            check(&b, &format!("flip at {i}"));
        }
        for len in [0, 5, 8, 20, header_len, good.len() - 1] {
            check(&good[..len], &format!("truncated to {len}"));
        }
        std::fs::write(&path, &good).unwrap();
        assert!(f.open("pw").unwrap().is_some());
    }

    #[cfg(unix)]
    #[test]
    fn the_file_is_0600_and_an_interrupted_write_keeps_the_old_one() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.enc");
        let f = SealedFile::new(&path);
        f.seal("pw", &map(&[("token", "old")])).unwrap();
        assert_eq!(
            std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
            0o600
        );
        // A write interrupted before its rename leaves a temp file and the old file.
        std::fs::write(path.with_extension("tmp"), b"half a fi").unwrap();
        assert_eq!(f.open("pw").unwrap().unwrap()["token"], Secret::new("old"));
        f.seal("pw", &map(&[("token", "new")])).unwrap();
        assert_eq!(f.open("pw").unwrap().unwrap()["token"], Secret::new("new"));
    }

    #[test]
    fn secrets_never_show_in_debug_output() {
        let s = Secret::new("super-secret-token-abcdef");
        assert_eq!(format!("{s:?}"), "Secret(…abcdef)");
    }

    #[test]
    fn the_write_rule() {
        use KeyringKind::*;
        let durable = (Durable, "k");
        let volatile = (Volatile, "k");
        let missing = (Missing, "none");
        let t = SecretKind::Token;
        let d = SecretKind::DbKey;
        assert_eq!(
            choose_write_target(None, durable, d).unwrap(),
            Backend::Keyring
        );
        assert_eq!(
            choose_write_target(None, volatile, d).unwrap(),
            Backend::File
        );
        assert_eq!(
            choose_write_target(None, volatile, t).unwrap(),
            Backend::File
        );
        assert_eq!(
            choose_write_target(None, missing, t).unwrap(),
            Backend::File
        );
        assert_eq!(
            choose_write_target(Some(Backend::Keyring), volatile, t).unwrap(),
            Backend::Keyring
        );
        assert!(matches!(
            choose_write_target(Some(Backend::Keyring), volatile, d),
            Err(CredentialError::VolatileKeyring(_))
        ));
        assert!(choose_write_target(Some(Backend::Keyring), missing, t).is_err());
        assert!(matches!(
            choose_write_target(Some(Backend::Env), durable, t),
            Err(CredentialError::ReadOnly("LIFEOS_TOKEN"))
        ));
        assert_eq!(
            choose_write_target(Some(Backend::File), durable, d).unwrap(),
            Backend::File
        );
    }

    fn creds(dir: &Path, forced: Option<Backend>) -> Credentials {
        Credentials::new(
            "default".parse().unwrap(),
            dir,
            forced,
            Box::new(|_| Ok(Zeroizing::new("test passphrase".to_owned()))),
        )
    }

    /// The real OS keyring where this machine has one (Linux kernel keyutils works
    /// headless), then the order of the chain: keyring before file before env.
    #[test]
    fn the_keyring_backend_and_the_order_of_the_chain() {
        let dir = tempfile::tempdir().unwrap();
        let (kind, _) = keyring_kind();
        let forced = creds(dir.path(), Some(Backend::Keyring));
        let auto = creds(dir.path(), None);
        let token = Secret::new("planted-token-0123456789");
        if kind == KeyringKind::Missing {
            assert!(forced.set(SecretKind::Token, &token).is_err());
            assert_eq!(auto.write_target(SecretKind::Token).unwrap(), Backend::File);
            return;
        }
        match forced.set(SecretKind::Token, &token) {
            Ok(b) => assert_eq!(b, Backend::Keyring),
            // A container may forbid the keyring syscalls: then there is no keyring to test.
            Err(CredentialError::KeyringUnavailable(why)) => {
                eprintln!("no usable keyring here: {why}");
                return;
            }
            Err(e) => panic!("{e}"),
        }
        assert_eq!(
            forced.get(SecretKind::Token).unwrap(),
            Some((token.clone(), Backend::Keyring))
        );
        assert!(
            !dir.path().join("credentials.enc").exists(),
            "not in the file"
        );
        // The automatic chain reads the keyring first...
        assert_eq!(
            auto.locate(SecretKind::Token).unwrap(),
            Some(Backend::Keyring)
        );
        assert_eq!(auto.get(SecretKind::Token).unwrap().unwrap().0, token);
        // ...and writing where the rule says removes the older copy, which could shadow it.
        let newer = Secret::new("newer-token-abcdef");
        let target = auto.set(SecretKind::Token, &newer).unwrap();
        let other = match target {
            Backend::Keyring => None,
            _ => Some(()),
        };
        assert_eq!(auto.get(SecretKind::Token).unwrap().unwrap().0, newer);
        if other.is_some() {
            assert_eq!(forced.get(SecretKind::Token).unwrap(), None);
            assert!(dir.path().join("credentials.enc").exists());
        }
        // A database key never goes only into a keyring that forgets at reboot: forced,
        // it stays in the encrypted file.
        if kind == KeyringKind::Volatile {
            let k = Secret::new("ab".repeat(32));
            assert_eq!(forced.set(SecretKind::DbKey, &k).unwrap(), Backend::File);
            assert_eq!(
                forced.get(SecretKind::DbKey).unwrap(),
                Some((k, Backend::File))
            );
            forced.delete(SecretKind::DbKey).unwrap();
        }
        // Deleting removes every copy; env is last and read-only.
        assert!(auto.delete(SecretKind::Token).unwrap());
        assert_eq!(auto.get(SecretKind::Token).unwrap(), None);
        assert!(!dir.path().join("credentials.enc").exists());
        forced.delete(SecretKind::Token).unwrap();
        assert_eq!(forced.get(SecretKind::Token).unwrap(), None);
        let env = creds(dir.path(), Some(Backend::Env));
        assert!(matches!(
            env.set(SecretKind::Token, &token),
            Err(CredentialError::ReadOnly("LIFEOS_TOKEN"))
        ));
    }
}
