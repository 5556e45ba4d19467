use std::collections::BTreeMap;
use std::path::Path;

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
