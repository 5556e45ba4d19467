//! The sealed credentials file (`credentials.sealed`): its header read for `auth status`
//! without the passphrase, and the whole file opened with it.
//!
//! Input, by the first byte: even, the file's bytes as they are (opened too when the
//! header asks for the cheapest key derivation, so the fuzzer can afford it); odd, names
//! and contents (split at the first NUL) sealed here correctly under the cheapest
//! derivation, so opening gets past the integrity check to the contents; 3 mod 4 also
//! seals a map of them with `SealedFile::seal` and opens it back.

#![no_main]

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::OnceLock;

use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Nonce};
use libfuzzer_sys::fuzz_target;
use lifeos_core::credential::SealedFile;
use lifeos_core::key::KdfParams;

const PASSPHRASE: &str = "correct horse";
const SALT: [u8; 16] = *b"0123456789abcdef";
const NONCE: [u8; 12] = *b"nonce-nonce-";
/// The cheapest derivation the header may ask for: 8 MiB, one pass, one lane.
const CHEAP: (u32, u32, u32) = (8 * 1024, 1, 1);

struct Fixture {
    _dir: tempfile::TempDir,
    path: PathBuf,
    key: [u8; 32],
}

fn fixture() -> &'static Fixture {
    static F: OnceLock<Fixture> = OnceLock::new();
    F.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join("credentials.sealed");
        let params = KdfParams {
            version: 1,
            algorithm: "argon2id".into(),
            m_cost_kib: CHEAP.0,
            t_cost: CHEAP.1,
            p_cost: CHEAP.2,
            salt: SALT.iter().map(|b| format!("{b:02x}")).collect(),
        };
        let key = *params
            .derive_bytes(PASSPHRASE)
            .unwrap_or_else(|e| panic!("{e}"));
        Fixture {
            _dir: dir,
            path,
            key,
        }
    })
}

/// A file sealed as `SealedFile::seal` lays it out, with the cheap derivation.
fn sealed(names: &[u8], plain: &[u8], key: &[u8; 32]) -> Option<Vec<u8>> {
    let mut out = b"LIFEOSCR\x01".to_vec();
    for n in [CHEAP.0, CHEAP.1, CHEAP.2] {
        out.extend_from_slice(&n.to_le_bytes());
    }
    out.push(SALT.len() as u8);
    out.extend_from_slice(&SALT);
    out.extend_from_slice(&NONCE);
    out.extend_from_slice(&u16::try_from(names.len()).ok()?.to_le_bytes());
    out.extend_from_slice(names);
    let cipher = Aes256Gcm::new_from_slice(key).ok()?;
    let ct = cipher
        .encrypt(
            Nonce::from_slice(&NONCE),
            Payload {
                msg: plain,
                aad: &out,
            },
        )
        .ok()?;
    out.extend_from_slice(&ct);
    Some(out)
}

fn write(path: &PathBuf, bytes: &[u8]) {
    std::fs::write(path, bytes).unwrap_or_else(|e| panic!("{e}"));
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let f = fixture();
    let file = SealedFile::new(&f.path);
    if mode & 1 == 0 {
        write(&f.path, rest);
        let names = file.names();
        let cheap = rest.len() >= 21
            && rest[9..21]
                == [
                    CHEAP.0.to_le_bytes(),
                    CHEAP.1.to_le_bytes(),
                    CHEAP.2.to_le_bytes(),
                ]
                .concat();
        if cheap {
            let opened = file.open(PASSPHRASE);
            // A file whose header cannot be read cannot be opened.
            if names.is_err() {
                assert!(opened.is_err());
            }
        }
        return;
    }
    let (names, plain) = match rest.iter().position(|b| *b == 0) {
        Some(at) => (&rest[..at], &rest[at + 1..]),
        None => (rest, &b"{}"[..]),
    };
    let Some(bytes) = sealed(names, plain, &f.key) else {
        return;
    };
    write(&f.path, &bytes);
    let listed = file.names();
    let opened = file.open(PASSPHRASE);
    // The model: the contents are a JSON object of strings whose names are the header's.
    let model = std::str::from_utf8(names).ok().and_then(|n| {
        let map: BTreeMap<String, String> = serde_json::from_slice(plain).ok()?;
        let mut header: Vec<&str> = n.split(',').filter(|s| !s.is_empty()).collect();
        header.sort_unstable();
        let keys: Vec<&str> = map.keys().map(String::as_str).collect();
        (header == keys).then_some(map)
    });
    match (&opened, &model) {
        (Ok(Some(got)), Some(want)) => {
            let got: BTreeMap<&str, &str> =
                got.iter().map(|(k, v)| (k.as_str(), v.expose())).collect();
            let want: BTreeMap<&str, &str> =
                want.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
            assert_eq!(got, want);
            assert!(listed.is_ok());
        }
        (Err(_), None) => {}
        (got, want) => panic!(
            "opened {:?}, expected {:?}",
            got.as_ref()
                .map(|m| m.as_ref().map(|m| m.keys().collect::<Vec<_>>())),
            want.as_ref().map(|m| m.keys().collect::<Vec<_>>())
        ),
    }
    // Sealing what was opened and opening it again gives it back.
    if mode & 3 == 3
        && let Ok(Some(secrets)) = opened
    {
        file.seal(PASSPHRASE, &secrets)
            .unwrap_or_else(|e| panic!("{e}"));
        let again = file
            .open(PASSPHRASE)
            .unwrap_or_else(|e| panic!("{e}"))
            .unwrap_or_default();
        let a: Vec<(&String, &str)> = again.iter().map(|(k, v)| (k, v.expose())).collect();
        let b: Vec<(&String, &str)> = secrets.iter().map(|(k, v)| (k, v.expose())).collect();
        assert_eq!(a, b);
    }
});
