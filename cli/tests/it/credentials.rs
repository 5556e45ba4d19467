//! The credential store through the real binary: where the database key goes, `db rekey`,
//! `auth status`, forced backends, profiles, and secrets that never reach output or config.

use lifeos_core::credential::{KeyringKind, SealedFile, keyring_kind};
use lifeos_core::key::{DbKey, KdfParams};
use lifeos_core::store::{Store, StoreError};

use crate::Home;

fn creds_file(h: &Home, profile: &str) -> std::path::PathBuf {
    h.path()
        .join(format!("data/profiles/{profile}/credentials.enc"))
}

/// The database key the file backend holds, read the way an attacker with the
/// passphrase would.
fn stored_key(h: &Home, profile: &str) -> String {
    let map = SealedFile::new(creds_file(h, profile))
        .open(&h.passphrase)
        .unwrap()
        .unwrap();
    map["db-key"].expose().to_owned()
}

fn config_text(h: &Home) -> String {
    std::fs::read_to_string(h.path().join("config/config.toml")).unwrap_or_default()
}

fn all_output(out: &std::process::Output) -> String {
    crate::assert_no_planted_token(&out.stdout);
    crate::assert_no_planted_token(&out.stderr);
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

#[test]
fn a_new_database_gets_a_random_key_kept_in_the_credential_store() {
    let h = Home::new();
    h.ok(&["task", "add", "first"]);
    let profile_dir = h.path().join("data/profiles/default");
    assert!(
        !profile_dir.join("kdf.toml").exists(),
        "no passphrase-derived key"
    );
    let key = stored_key(&h, "default");
    assert_eq!(key.len(), 64);
    // The random key opens the database; a key derived from the passphrase would not.
    Store::open(&h.db("default"), &DbKey::from_hex(&key).unwrap()).unwrap();

    let status = h.json(&["auth", "status"]);
    let held: Vec<(String, String)> = status["secrets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["secret"].as_str().unwrap().to_owned(),
                s["held_by"].as_str().unwrap_or("none").to_owned(),
            )
        })
        .collect();
    let expected_backend = match keyring_kind().0 {
        KeyringKind::Durable => "keyring",
        _ => "file",
    };
    // The suite plants LIFEOS_TOKEN: the env store holds the token.
    assert_eq!(
        held,
        vec![
            ("db-key".to_owned(), expected_backend.to_owned()),
            ("token".to_owned(), "env".to_owned())
        ]
    );
    // auth status reads no secret: it works without the passphrase and shows none.
    let out = h
        .cmd(&["auth", "status"])
        .env_remove("LIFEOS_PASSPHRASE")
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = all_output(&out);
    assert!(!text.contains(&key) && !text.contains(&key[..20]), "{text}");
    assert!(!config_text(&h).contains(&key));
}

#[test]
fn rekey_keeps_every_row_and_the_old_key_no_longer_opens_the_database() {
    let h = Home::new();
    for i in 0..25 {
        h.ok(&["task", "add", &format!("task {i}")]);
    }
    h.ok(&["note", "add", "a note", "--body", "# hello"]);
    let before = h.export();
    let old = stored_key(&h, "default");

    let r = h.json(&["db", "rekey"]);
    assert_eq!(r["rows"], 26);
    let new = stored_key(&h, "default");
    assert_ne!(old, new);
    assert_eq!(h.export(), before, "every row survives, byte for byte");
    assert!(matches!(
        Store::open(&h.db("default"), &DbKey::from_hex(&old).unwrap()),
        Err(StoreError::WrongKey { .. })
    ));
    // The old key, given explicitly, is refused too.
    let out = h
        .cmd(&["--credential-store", "env", "task", "list"])
        .env("LIFEOS_DB_KEY", &old)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(all_output(&out).contains("LIFEOS_DB_KEY is not this database's key"));
    let config = config_text(&h);
    assert!(!config.contains(&old) && !config.contains(&new));

    // To a passphrase-derived key (foundation mode) and back.
    let out = h
        .cmd(&["db", "rekey", "--passphrase", "--format", "json"])
        .env("LIFEOS_NEW_PASSPHRASE", "a whole new passphrase")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", all_output(&out));
    assert!(h.path().join("data/profiles/default/kdf.toml").exists());
    let mut h = h;
    let err = h.fails(&["task", "list"], 1);
    assert!(err.contains("wrong passphrase"), "{err}");
    h.passphrase = "a whole new passphrase".into();
    assert_eq!(h.export(), before);
    h.ok(&["db", "rekey"]);
    assert!(!h.path().join("data/profiles/default/kdf.toml").exists());
    assert_eq!(h.export(), before);
}

#[test]
fn an_interrupted_rekey_is_finished_or_undone_on_the_next_open() {
    let h = Home::new();
    h.ok(&["task", "add", "kept"]);
    let before = h.export();
    let file = SealedFile::new(creds_file(&h, "default"));
    let mut map = file.open(&h.passphrase).unwrap().unwrap();
    let old = map["db-key"].clone();

    // Stopped after keeping the new key but before the database took it.
    let next = DbKey::random().unwrap();
    map.insert("db-key-next".into(), next.to_secret());
    file.seal(&h.passphrase, &map).unwrap();
    assert_eq!(h.export(), before);
    let map = file.open(&h.passphrase).unwrap().unwrap();
    assert!(
        !map.contains_key("db-key-next"),
        "the unused new key is dropped"
    );
    assert_eq!(map["db-key"], old);

    // Stopped after the database took the new key but before it replaced the old one.
    let mut map = map;
    map.insert("db-key-next".into(), next.to_secret());
    file.seal(&h.passphrase, &map).unwrap();
    let mut s = Store::open(&h.db("default"), &DbKey::from_hex(old.expose()).unwrap()).unwrap();
    s.rekey(&next).unwrap();
    drop(s);
    assert_eq!(h.export(), before);
    let map = file.open(&h.passphrase).unwrap().unwrap();
    assert_eq!(map["db-key"], next.to_secret());
    assert!(!map.contains_key("db-key-next"));
}

#[test]
fn a_foundation_passphrase_database_keeps_working() {
    let h = Home::new();
    let dir = h.path().join("data/profiles/default");
    let params = KdfParams::generate().unwrap();
    params.save(&dir.join("kdf.toml")).unwrap();
    let key = params.derive(&h.passphrase).unwrap();
    drop(Store::open(&dir.join("lifeos.db"), &key).unwrap());
    h.ok(&["task", "add", "still here"]);
    assert!(!creds_file(&h, "default").exists(), "nothing new is stored");
    let status = h.json(&["auth", "status"]);
    assert_eq!(status["secrets"][0]["held_by"], "passphrase");
    assert_eq!(h.json(&["task", "list"])[0]["title"], "still here");
}

#[test]
fn forced_backends_refuse_what_they_cannot_do_and_change_nothing() {
    let h = Home::new();
    // env: read-only, so a new database cannot get a key from it.
    let err = h.fails(&["--credential-store", "env", "task", "list"], 1);
    assert!(err.contains("read-only"), "{err}");
    assert!(!h.db("default").exists());
    let key = "7e".repeat(32);
    h.cmd(&["--credential-store", "env", "task", "add", "env-keyed"])
        .env("LIFEOS_DB_KEY", &key)
        .assert()
        .success();
    assert!(!creds_file(&h, "default").exists());
    let before = std::fs::read(h.db("default")).unwrap();
    let out = h
        .cmd(&["--credential-store", "env", "db", "rekey"])
        .env("LIFEOS_DB_KEY", &key)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(all_output(&out).contains("read-only"));
    assert_eq!(std::fs::read(h.db("default")).unwrap(), before);

    // keyring: a keyring that forgets at reboot never gets a database key; forced, the
    // key stays in the encrypted file.
    if keyring_kind().0 == KeyringKind::Volatile {
        let forced = ["--profile", "kr", "--credential-store", "keyring"];
        h.ok(&[&forced[..], &["task", "list"]].concat());
        let status = h.json(&[&forced[..], &["auth", "status"]].concat());
        assert_eq!(status["secrets"][0]["held_by"], "file");
        assert_eq!(stored_key(&h, "kr").len(), 64);
    }

    // The config key does what the flag does.
    std::fs::create_dir_all(h.path().join("config")).unwrap();
    std::fs::write(
        h.path().join("config/config.toml"),
        "credential_store = \"env\"\n",
    )
    .unwrap();
    let err = h.fails(&["--profile", "other", "task", "list"], 1);
    assert!(err.contains("read-only"), "{err}");
    std::fs::write(
        h.path().join("config/config.toml"),
        "credential_store = \"vault\"\n",
    )
    .unwrap();
    let err = h.fails(&["task", "list"], 1);
    assert!(err.contains("vault") && err.contains("keyring"), "{err}");
}

#[test]
fn profiles_have_their_own_database_and_credentials() {
    let h = Home::new();
    h.ok(&["task", "add", "in default"]);
    let r = h.json(&[
        "profile",
        "add",
        "work",
        "--server",
        "https://lifeos.example.org/",
        "--email",
        "me@example.org",
    ]);
    assert_eq!(r["action"], "added");
    h.fails(&["profile", "add", "work"], 2);
    h.fails(&["profile", "add", "../etc"], 2);
    h.fails(&["profile", "add", "bad", "--server", "ftp://x"], 2);
    h.ok(&["profile", "use", "work"]);
    h.fails(&["profile", "use", "nope"], 2);
    h.ok(&["task", "add", "in work"]);
    assert_eq!(h.json(&["task", "list"])[0]["title"], "in work");
    assert_eq!(
        h.json(&["--profile", "default", "task", "list"])[0]["title"],
        "in default"
    );
    let list = h.json(&["profile", "list"]);
    let names: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["default", "work"]);
    assert_eq!(list[1]["default"], true);
    assert_eq!(list[1]["server"], "https://lifeos.example.org");
    assert_ne!(stored_key(&h, "work"), stored_key(&h, "default"));

    let config = config_text(&h);
    for secret in [
        stored_key(&h, "work"),
        stored_key(&h, "default"),
        h.passphrase.clone(),
    ] {
        assert!(!config.contains(&secret), "{config}");
    }

    h.fails(&["profile", "rm", "work"], 2);
    assert!(h.db("work").exists());
    // Deleting needs no passphrase: the encrypted file goes with the directory.
    h.cmd(&["profile", "rm", "work", "--yes"])
        .env("LIFEOS_PASSPHRASE", "not the passphrase")
        .assert()
        .success();
    assert!(!h.path().join("data/profiles/work").exists());
    let list = h.json(&["profile", "list"]);
    assert_eq!(list.as_array().unwrap().len(), 1);
    assert_eq!(list[0]["default"], true);
    assert_eq!(h.json(&["task", "list"])[0]["title"], "in default");
}

#[test]
fn debug_output_explains_without_showing_a_secret() {
    let h = Home::new();
    h.ok(&["task", "add", "x"]);
    let key = stored_key(&h, "default");
    for args in [
        vec!["--debug", "task", "list"],
        vec!["--debug", "auth", "status"],
        vec!["--debug", "status"],
        vec!["--debug", "sync"],
        vec!["--debug", "db", "rekey"],
        vec!["--debug", "task", "show", "7ZZZZ"],
        vec!["--debug", "--credential-store", "env", "status"],
        vec!["--debug", "logout"],
        vec!["--debug", "workspace", "list"],
        vec!["--debug", "profile", "list"],
    ] {
        let out = h.cmd(&args).output().unwrap();
        let text = all_output(&out);
        assert!(text.contains("lifeos: debug:"), "{args:?}: {text}");
        for secret in [key.as_str(), &key[..58], h.passphrase.as_str()] {
            assert!(!text.contains(secret), "{args:?} leaked: {text}");
        }
    }
    // After the rekey above, the new key is not in any of these either.
    let new = stored_key(&h, "default");
    let out = h.cmd(&["--debug", "task", "list"]).output().unwrap();
    assert!(!all_output(&out).contains(&new[..58]));
}
