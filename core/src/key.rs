//! The database key: 256 bits handed to SQLCipher as a raw key, so SQLCipher's own
//! (slow) PBKDF2 never runs. It comes either straight from the environment
//! (`LIFEOS_DB_KEY`, 64 hex digits) or from a passphrase through Argon2id with a random
//! salt. The salt and cost parameters (never the key) are kept beside the database in
//! `kdf.toml`. Keys are zeroed on drop and never printed.

use std::fmt;
use std::path::Path;

use serde::{Deserialize, Serialize};
use zeroize::{Zeroize, Zeroizing};

/// Why a key could not be made or read.
#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    /// `LIFEOS_DB_KEY` (or another raw key) is not 64 hexadecimal digits.
    #[error("the database key must be 64 hexadecimal digits (256 bits)")]
    BadRawKey,
    /// The passphrase is empty.
    #[error("the passphrase must not be empty")]
    EmptyPassphrase,
    /// `kdf.toml` is unreadable, malformed or asks for out-of-bounds costs.
    #[error("{path}: {message}")]
    BadParams {
        /// The file.
        path: String,
        /// What is wrong with it.
        message: String,
    },
    /// The operating system's random source failed.
    #[error("no randomness available from the operating system: {0}")]
    Random(String),
    /// Reading or writing `kdf.toml` failed.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// The error.
        source: std::io::Error,
    },
}

/// A 256-bit SQLCipher key. Debug output never shows it.
pub struct DbKey(Zeroizing<[u8; 32]>);

impl DbKey {
    /// Parses a raw key of 64 hexadecimal digits.
    pub fn from_hex(text: &str) -> Result<Self, KeyError> {
        let mut bytes = Zeroizing::new([0u8; 32]);
        hex::decode_to_slice(text.trim(), bytes.as_mut_slice()).map_err(|_| KeyError::BadRawKey)?;
        Ok(Self(bytes))
    }

    /// A fresh random key.
    pub fn random() -> Result<Self, KeyError> {
        let mut bytes = Zeroizing::new([0u8; 32]);
        getrandom::fill(bytes.as_mut_slice()).map_err(|e| KeyError::Random(e.to_string()))?;
        Ok(Self(bytes))
    }

    /// The `PRAGMA key` statement for this key (a raw-key blob literal).
    pub(crate) fn pragma(&self) -> Zeroizing<String> {
        self.pragma_named("key")
    }

    /// `PRAGMA key` or `PRAGMA rekey` with this key.
    pub(crate) fn pragma_named(&self, name: &str) -> Zeroizing<String> {
        let mut hex = hex::encode(self.0.as_slice());
        let out = Zeroizing::new(format!("PRAGMA {name} = \"x'{hex}'\";"));
        hex.zeroize();
        out
    }

    /// The secret a new profile's blobs are sealed under (HKDF-SHA256 of this key). It
    /// is kept in the database when first used, so a rekey leaves the blobs readable.
    pub(crate) fn blob_secret(&self) -> Zeroizing<[u8; 32]> {
        let mut out = Zeroizing::new([0u8; 32]);
        let hk = hkdf::Hkdf::<sha2::Sha256>::new(None, self.0.as_slice());
        // 32 bytes is always a valid HKDF-SHA256 output length.
        let _ = hk.expand(b"lifeos blob secret v1", out.as_mut_slice());
        out
    }

    /// The key as 64 hex digits, to keep in the credential store.
    pub fn to_secret(&self) -> crate::credential::Secret {
        crate::credential::Secret::new(hex::encode(self.0.as_slice()))
    }
}

impl fmt::Debug for DbKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("DbKey(<redacted>)")
    }
}

/// The Argon2id parameters and salt that turn a passphrase into a [`DbKey`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KdfParams {
    /// Format version of this file (1).
    pub version: u32,
    /// Always `argon2id`.
    pub algorithm: String,
    /// Memory cost in KiB.
    pub m_cost_kib: u32,
    /// Number of passes.
    pub t_cost: u32,
    /// Degree of parallelism.
    pub p_cost: u32,
    /// Random salt, hex.
    pub salt: String,
}

/// OWASP's first recommended Argon2id configuration: 19 MiB, 2 passes, 1 lane.
const OWASP_M_KIB: u32 = 19 * 1024;
const OWASP_T: u32 = 2;
const OWASP_P: u32 = 1;

impl KdfParams {
    /// New parameters with a fresh 16-byte salt and OWASP's costs.
    pub fn generate() -> Result<Self, KeyError> {
        let mut salt = [0u8; 16];
        getrandom::fill(&mut salt).map_err(|e| KeyError::Random(e.to_string()))?;
        Ok(Self {
            version: 1,
            algorithm: "argon2id".into(),
            m_cost_kib: OWASP_M_KIB,
            t_cost: OWASP_T,
            p_cost: OWASP_P,
            salt: hex::encode(salt),
        })
    }

    pub(crate) fn check(&self) -> Result<Vec<u8>, String> {
        if self.version != 1 || self.algorithm != "argon2id" {
            return Err(format!(
                "unsupported key derivation '{}' version {}",
                self.algorithm, self.version
            ));
        }
        // Bounds keep a tampered file from asking for absurd work or memory.
        if !(8 * 1024..=1024 * 1024).contains(&self.m_cost_kib)
            || !(1..=64).contains(&self.t_cost)
            || !(1..=16).contains(&self.p_cost)
        {
            return Err("key derivation costs are out of bounds".into());
        }
        let salt = hex::decode(&self.salt).map_err(|_| "the salt is not hex".to_string())?;
        if !(16..=64).contains(&salt.len()) {
            return Err("the salt must be 16 to 64 bytes".into());
        }
        Ok(salt)
    }

    /// Derives the database key from a passphrase.
    pub fn derive(&self, passphrase: &str) -> Result<DbKey, KeyError> {
        self.derive_bytes(passphrase).map(DbKey)
    }

    /// Derives 256 bits from a passphrase (the database key, or the credentials file's key).
    pub fn derive_bytes(&self, passphrase: &str) -> Result<Zeroizing<[u8; 32]>, KeyError> {
        if passphrase.is_empty() {
            return Err(KeyError::EmptyPassphrase);
        }
        let salt = self.check().map_err(|message| KeyError::BadParams {
            path: "kdf.toml".into(),
            message,
        })?;
        let params = argon2::Params::new(self.m_cost_kib, self.t_cost, self.p_cost, Some(32))
            .map_err(|e| KeyError::BadParams {
                path: "kdf.toml".into(),
                message: e.to_string(),
            })?;
        let argon =
            argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params);
        let mut out = Zeroizing::new([0u8; 32]);
        argon
            .hash_password_into(passphrase.as_bytes(), &salt, out.as_mut_slice())
            .map_err(|e| KeyError::BadParams {
                path: "kdf.toml".into(),
                message: e.to_string(),
            })?;
        Ok(out)
    }

    /// Reads and checks `kdf.toml`.
    pub fn load(path: &Path) -> Result<Self, KeyError> {
        let text = std::fs::read_to_string(path).map_err(|source| KeyError::Io {
            path: path.display().to_string(),
            source,
        })?;
        let bad = |message: String| KeyError::BadParams {
            path: path.display().to_string(),
            message,
        };
        let params: Self = toml::from_str(&text).map_err(|e| bad(e.message().to_owned()))?;
        params.check().map_err(bad)?;
        Ok(params)
    }

    /// Writes `kdf.toml` (it holds no secret, but is written 0600 like everything of ours).
    pub fn save(&self, path: &Path) -> Result<(), KeyError> {
        let io = |source| KeyError::Io {
            path: path.display().to_string(),
            source,
        };
        let text = toml::to_string(self).map_err(|e| KeyError::BadParams {
            path: path.display().to_string(),
            message: e.to_string(),
        })?;
        crate::profile::write_private(path, text.as_bytes()).map_err(io)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn derivation_is_deterministic_per_salt_and_passphrase() {
        let p = KdfParams::generate().unwrap();
        let a = p.derive("correct horse").unwrap();
        let b = p.derive("correct horse").unwrap();
        let c = p.derive("wrong horse").unwrap();
        assert_eq!(*a.0, *b.0);
        assert_ne!(*a.0, *c.0);
        let q = KdfParams::generate().unwrap();
        assert_ne!(p.salt, q.salt);
        assert_ne!(*q.derive("correct horse").unwrap().0, *a.0);
        assert!(matches!(p.derive(""), Err(KeyError::EmptyPassphrase)));
    }

    #[test]
    fn keys_never_show_in_debug_output() {
        let k = DbKey::from_hex(&"ab".repeat(32)).unwrap();
        assert_eq!(format!("{k:?}"), "DbKey(<redacted>)");
        assert!(DbKey::from_hex("abc").is_err());
        assert!(DbKey::from_hex(&"zz".repeat(32)).is_err());
    }

    #[test]
    fn tampered_params_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("kdf.toml");
        let mut p = KdfParams::generate().unwrap();
        p.save(&path).unwrap();
        assert_eq!(KdfParams::load(&path).unwrap(), p);
        p.m_cost_kib = u32::MAX;
        p.save(&path).unwrap();
        assert!(matches!(
            KdfParams::load(&path),
            Err(KeyError::BadParams { .. })
        ));
        std::fs::write(&path, "not = [toml").unwrap();
        assert!(matches!(
            KdfParams::load(&path),
            Err(KeyError::BadParams { .. })
        ));
    }
}
