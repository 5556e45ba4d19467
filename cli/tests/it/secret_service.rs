//! The Secret Service (GNOME Keyring over D-Bus) as the durable keyring on Linux. These
//! tests need a D-Bus session with an unlocked Secret Service: scripts/test.sh runs them
//! under `dbus-run-session` with a headless `gnome-keyring-daemon` and sets
//! LIFEOS_TEST_SECRET_SERVICE=1. Without that variable they return at once (the rest of
//! the suite checks the chain without D-Bus); with it, a missing service fails them.

use lifeos_core::credential::{Backend, Credentials, SecretKind, keyring_kind};
use lifeos_core::key::DbKey;
use lifeos_core::profile::ProfileName;
use lifeos_core::store::Store;

use crate::Home;

fn bus() -> Option<String> {
    if std::env::var_os("LIFEOS_TEST_SECRET_SERVICE").is_none() {
        eprintln!("skipped: LIFEOS_TEST_SECRET_SERVICE is not set (scripts/test.sh sets it)");
        return None;
    }
    let addr = std::env::var("DBUS_SESSION_BUS_ADDRESS")
        .expect("LIFEOS_TEST_SECRET_SERVICE=1 needs a D-Bus session (dbus-run-session)");
    assert_eq!(
        keyring_kind().1,
        "Secret Service (D-Bus)",
        "the Secret Service does not answer on {addr}"
    );
    Some(addr)
}

fn creds(h: &Home) -> Credentials {
    Credentials::new(
        ProfileName::default(),
        &h.path().join("data/profiles/default"),
        None,
        Box::new(|_| panic!("no passphrase may be asked")),
    )
}

#[test]
fn secret_service_keeps_the_database_key_and_no_passphrase_is_asked() {
    let Some(addr) = bus() else { return };
    let h = Home::new();
    let run = |args: &[&str]| {
        let out = h
            .cmd(args)
            .env_remove("LIFEOS_PASSPHRASE")
            .env("DBUS_SESSION_BUS_ADDRESS", &addr)
            .output()
            .unwrap();
        crate::assert_no_planted_token(&out.stdout);
        crate::assert_no_planted_token(&out.stderr);
        assert!(
            out.status.success(),
            "lifeos {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    run(&["task", "add", "first"]);
    run(&["task", "add", "second"]);
    assert_eq!(
        run(&["task", "list", "--format", "ndjson"]).lines().count(),
        2
    );
    let dir = h.path().join("data/profiles/default");
    assert!(
        !dir.join("credentials.enc").exists(),
        "no encrypted file is needed"
    );

    let status: serde_json::Value =
        serde_json::from_str(&run(&["auth", "status", "--format", "json"])).unwrap();
    assert_eq!(status["secrets"][0]["held_by"], "keyring");
    assert!(
        status["keyring"]
            .as_str()
            .unwrap()
            .contains("Secret Service")
    );
    let unlock: serde_json::Value =
        serde_json::from_str(&run(&["unlock", "--format", "json"])).unwrap();
    assert_eq!(unlock["unlocked"], false, "nothing to unlock: {unlock}");

    // The key really is in the Secret Service, and it opens the database.
    let (key, from) = creds(&h).get(SecretKind::DbKey).unwrap().unwrap();
    assert_eq!(from, Backend::Keyring);
    Store::open(&h.db("default"), &DbKey::from_hex(key.expose()).unwrap()).unwrap();

    // Without a D-Bus session the chain moves on silently: the key is not found, and
    // the error says what would do.
    let out = h
        .cmd(&["task", "list"])
        .env_remove("LIFEOS_PASSPHRASE")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("no key for profile 'default'"), "{err}");

    // Deleting the profile removes its entry from the Secret Service.
    run(&["profile", "rm", "default", "--yes"]);
    assert!(creds(&h).get(SecretKind::DbKey).unwrap().is_none());
}
