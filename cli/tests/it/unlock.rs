//! `lifeos unlock` / `lock` against the real kernel keyring (keyutils): the suite runs
//! under `keyctl session -` (scripts/test.sh), so every key lives in a session keyring of
//! its own and `keyctl` can look at it.

use std::process::{Command, Output};

use lifeos_core::credential::{Credentials, SealedFile, SecretKind};
use lifeos_core::profile::ProfileName;
use serde_json::Value;

use crate::Home;

fn keyctl(args: &[&str]) -> Output {
    Command::new("keyctl")
        .args(args)
        .output()
        .expect("keyctl (apt keyutils) is needed: scripts/test.sh installs it")
}

/// The id of the kernel key holding the unlocked database key, if there is one.
fn key_id(h: &Home) -> Option<String> {
    let dir = h.path().join("data/profiles/default");
    let creds = Credentials::new(
        ProfileName::default(),
        &dir,
        None,
        Box::new(|_| unreachable!("no passphrase is read here")),
    );
    let name = creds.unlock_key_name(SecretKind::DbKey);
    let out = keyctl(&["search", "@s", "user", &name]);
    out.status
        .success()
        .then(|| String::from_utf8(out.stdout).unwrap().trim().to_owned())
}

fn stored_key(h: &Home) -> String {
    let map = SealedFile::new(h.path().join("data/profiles/default/credentials.enc"))
        .open(&h.passphrase)
        .unwrap()
        .unwrap();
    map["db-key"].expose().to_owned()
}

/// `lifeos ARGS` with no passphrase in reach (no terminal either).
fn no_pass(h: &Home, args: &[&str]) -> Output {
    let out = h
        .cmd(args)
        .env_remove("LIFEOS_PASSPHRASE")
        .output()
        .unwrap();
    crate::assert_no_planted_token(&out.stdout);
    crate::assert_no_planted_token(&out.stderr);
    out
}

fn asks_for_the_passphrase(out: &Output) {
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("no passphrase for profile 'default'"), "{err}");
}

fn now() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}

fn set_payload(id: &str, payload: &str) {
    let mut child = Command::new("keyctl")
        .args(["pupdate", id])
        .stdin(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(payload.as_bytes())
        .unwrap();
    assert!(child.wait().unwrap().success());
}

fn all_files_text(dir: &std::path::Path, out: &mut Vec<u8>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            all_files_text(&p, out);
        } else {
            out.extend(std::fs::read(&p).unwrap());
        }
    }
}

#[test]
fn unlock_once_then_no_passphrase_until_lock() {
    let h = Home::new();
    h.ok(&["task", "add", "first"]);
    asks_for_the_passphrase(&no_pass(&h, &["task", "list"]));
    assert!(key_id(&h).is_none());

    let before = now();
    let done = h.json(&["unlock", "--for", "10m"]);
    assert_eq!(done["unlocked"], true);
    assert_eq!(done["secrets"], serde_json::json!(["db-key"]));
    let until = time::OffsetDateTime::parse(
        done["until"].as_str().unwrap(),
        &time::format_description::well_known::Rfc3339,
    )
    .unwrap()
    .unix_timestamp();
    assert!((before + 600..=now() + 600).contains(&until), "{done}");

    // Every later command: no passphrase.
    for title in ["second", "third"] {
        let out = no_pass(&h, &["task", "add", title, "--format", "json"]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let out = no_pass(&h, &["task", "list", "--format", "ndjson"]);
    assert!(out.status.success());
    assert_eq!(String::from_utf8(out.stdout).unwrap().lines().count(), 3);
    let out = no_pass(&h, &["auth", "status", "--format", "json"]);
    let status: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(status["unlocked"]["until"], done["until"]);

    // The key is in the session keyring, readable by its possessor only, with the
    // kernel's own expiry; it is on no disk and in no output.
    let id = key_id(&h).expect("the unlock is in the session keyring");
    let key = stored_key(&h);
    let payload = String::from_utf8(keyctl(&["pipe", &id]).stdout).unwrap();
    assert!(
        payload.ends_with(&key),
        "the kernel key holds the database key"
    );
    let proc_keys = std::fs::read_to_string("/proc/keys").unwrap();
    let line = proc_keys
        .lines()
        .find(|l| l.contains(&creds_name(&h)))
        .expect("listed in /proc/keys");
    let cols: Vec<&str> = line.split_whitespace().collect();
    assert!(["10m", "9m"].contains(&cols[3]), "kernel expiry: {line}");
    assert_eq!(
        cols[4], "3f010000",
        "possessor: all; user: view only: {line}"
    );
    let mut disk = Vec::new();
    all_files_text(h.path(), &mut disk);
    assert!(
        !disk.windows(key.len()).any(|w| w == key.as_bytes()),
        "the key reached the disk"
    );
    let out = h.cmd(&["auth", "status"]).output().unwrap();
    assert!(!String::from_utf8_lossy(&out.stdout).contains(&key));

    // lock forgets it at once.
    let locked = h.json(&["lock"]);
    assert_eq!(locked["forgotten"], 1);
    assert!(key_id(&h).is_none());
    asks_for_the_passphrase(&no_pass(&h, &["task", "list"]));
    assert_eq!(h.json(&["lock"])["forgotten"], 0);
    let out = no_pass(&h, &["auth", "status", "--format", "json"]);
    let status: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(status["unlocked"].is_null());
}

fn creds_name(h: &Home) -> String {
    let dir = h.path().join("data/profiles/default");
    Credentials::new(
        ProfileName::default(),
        &dir,
        None,
        Box::new(|_| unreachable!()),
    )
    .unlock_key_name(SecretKind::DbKey)
}

#[test]
fn an_expired_idle_or_stale_unlock_falls_back_to_the_prompt() {
    let h = Home::new();
    h.ok(&["task", "add", "first"]);
    let key = stored_key(&h);

    // The kernel's expiry: the key is gone, the command asks again.
    h.ok(&["unlock"]);
    let id = key_id(&h).unwrap();
    assert!(keyctl(&["timeout", &id, "1"]).status.success());
    std::thread::sleep(std::time::Duration::from_millis(2100));
    asks_for_the_passphrase(&no_pass(&h, &["task", "list"]));

    // Idle for longer than the idle timeout: refused and forgotten.
    h.ok(&["unlock"]);
    let id = key_id(&h).unwrap();
    let t = now();
    set_payload(&id, &format!("1 {} 60 {} {key}", t + 3600, t - 61));
    asks_for_the_passphrase(&no_pass(&h, &["task", "list"]));
    assert!(key_id(&h).is_none(), "an idle unlock is removed");

    // Used within the idle timeout: accepted, and its last use moves on.
    h.ok(&["unlock"]);
    let id = key_id(&h).unwrap();
    set_payload(&id, &format!("1 {} 60 {} {key}", t + 3600, t - 30));
    assert!(no_pass(&h, &["task", "list"]).status.success());
    let payload = String::from_utf8(keyctl(&["pipe", &id]).stdout).unwrap();
    let last: i64 = payload.split(' ').nth(3).unwrap().parse().unwrap();
    assert!(last >= t, "{payload}");

    // A garbled payload is not trusted.
    set_payload(&id, "1 x y z");
    asks_for_the_passphrase(&no_pass(&h, &["task", "list"]));

    // A key that does not open the database (rekeyed elsewhere): forgotten, and the
    // usual chain used.
    h.ok(&["unlock"]);
    let id = key_id(&h).unwrap();
    set_payload(
        &id,
        &format!("1 {} 600 {} {}", t + 3600, now(), "ab".repeat(32)),
    );
    asks_for_the_passphrase(&no_pass(&h, &["task", "list"]));
    assert!(key_id(&h).is_none());
    assert!(
        h.ok(&["task", "list", "--format", "ndjson"])
            .contains("first")
    );
}

#[test]
fn a_rekey_keeps_the_unlock_and_bad_durations_are_refused() {
    let h = Home::new();
    h.ok(&["task", "add", "first"]);
    h.ok(&["unlock"]);
    h.ok(&["db", "rekey"]);
    let out = no_pass(&h, &["task", "list", "--format", "ndjson"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let id = key_id(&h).unwrap();
    let payload = String::from_utf8(keyctl(&["pipe", &id]).stdout).unwrap();
    assert!(
        payload.ends_with(&stored_key(&h)),
        "the unlock follows the new key"
    );

    for bad in ["0m", "31d", "banana", ""] {
        let err = h.fails(&["unlock", "--for", bad], 2);
        assert!(err.contains("--for"), "{err}");
    }
    // The config's settings are checked too.
    std::fs::create_dir_all(h.path().join("config")).unwrap();
    std::fs::write(
        h.path().join("config/config.toml"),
        "unlock_idle = \"soon\"\n",
    )
    .unwrap();
    let err = h.fails(&["unlock"], 2);
    assert!(err.contains("unlock_idle"), "{err}");
    std::fs::write(
        h.path().join("config/config.toml"),
        "unlock_for = \"2h\"\nunlock_idle = \"5m\"\n",
    )
    .unwrap();
    let done = h.json(&["unlock"]);
    assert_eq!(done["idle_minutes"], 5);
    let err = h.fails(&["--credential-store", "env", "unlock"], 1);
    assert!(err.contains("needs no unlock"), "{err}");
}
