//! The passphrase-encrypted credentials file ([`SealedFile`]): AES-256-GCM under a key
//! derived with Argon2id, names of the secrets in clear, values never.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Nonce};
use zeroize::Zeroizing;

use super::{CredentialError, Secret};
use crate::key::KdfParams;

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
