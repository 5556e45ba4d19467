use crate::Home;

fn contains(path: &std::path::Path, needle: &[u8]) -> bool {
    std::fs::read(path)
        .map(|b| b.windows(needle.len()).any(|w| w == needle))
        .unwrap_or(false)
}

#[test]
fn nothing_readable_is_left_on_disk() {
    let h = Home::new();
    let secret = "MY-DIARY-SAYS-PURPLE-OCTOPUS";
    h.ok(&["note", "add", secret, "--body", &secret.repeat(100)]);
    h.ok(&["person", "add", secret]);
    let db = h.db("default");
    assert!(db.exists());
    for entry in walk(h.path()) {
        assert!(
            !contains(&entry, secret.as_bytes()),
            "{} holds the plain text",
            entry.display()
        );
        assert!(
            !contains(&entry, h.passphrase.as_bytes()),
            "{} holds the passphrase",
            entry.display()
        );
    }
    assert!(
        !contains(&db, b"SQLite format 3"),
        "the database is not encrypted"
    );
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walk(&p))
        } else {
            out.push(p)
        }
    }
    out
}

#[test]
fn a_wrong_passphrase_fails_clearly_and_the_data_survives() {
    let mut h = Home::new();
    h.ok(&["task", "add", "survivor"]);
    let before = std::fs::read(h.db("default")).unwrap();
    let right = std::mem::replace(&mut h.passphrase, "wrong".into());
    let err = h.fails(&["task", "add", "intruder"], 1);
    assert!(err.contains("wrong passphrase"), "{err}");
    h.fails(&["task", "list"], 1);
    assert_eq!(std::fs::read(h.db("default")).unwrap(), before);
    h.passphrase = right;
    let tasks = h.json(&["task", "list"]);
    assert_eq!(tasks.as_array().unwrap().len(), 1);
    assert_eq!(tasks[0]["title"], "survivor");
}

#[test]
fn a_database_that_is_not_ours_is_refused_untouched() {
    let h = Home::new();
    let db = h.db("default");
    std::fs::create_dir_all(db.parent().unwrap()).unwrap();
    std::fs::write(&db, b"SQLite format 3\0 pretending to be a database").unwrap();
    let err = h.fails(&["task", "list"], 1);
    assert!(err.contains("not a LifeOS database"), "{err}");
    assert_eq!(
        std::fs::read(&db).unwrap(),
        b"SQLite format 3\0 pretending to be a database"
    );

    std::fs::write(&db, b"just some text file").unwrap();
    std::fs::write(db.with_file_name("kdf.toml"), "this is = [not toml").unwrap();
    let err = h.fails(&["task", "list"], 1);
    assert!(err.contains("kdf.toml"), "{err}");
    assert_eq!(std::fs::read(&db).unwrap(), b"just some text file");
}

#[test]
fn a_raw_key_from_the_environment_opens_its_own_database() {
    let h = Home::new();
    let key = "5a".repeat(32);
    h.cmd(&[
        "--profile",
        "raw",
        "task",
        "add",
        "raw-keyed",
        "--format",
        "json",
    ])
    .env("LIFEOS_DB_KEY", &key)
    .assert()
    .success();
    assert!(!h.path().join("data/profiles/raw/kdf.toml").exists());
    let err = h.fails(&["--profile", "raw", "task", "list"], 1);
    assert!(err.contains("LIFEOS_DB_KEY"), "{err}");
    let out = h
        .cmd(&["--profile", "raw", "task", "list", "--format", "ndjson"])
        .env("LIFEOS_DB_KEY", &key)
        .output()
        .unwrap();
    assert!(String::from_utf8(out.stdout).unwrap().contains("raw-keyed"));
    h.cmd(&["--profile", "raw", "task", "list"])
        .env("LIFEOS_DB_KEY", "abc")
        .assert()
        .code(1);
}

#[test]
fn without_a_passphrase_or_terminal_it_says_what_to_set() {
    let h = Home::new();
    let out = h
        .cmd(&["task", "list"])
        .env_remove("LIFEOS_PASSPHRASE")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("LIFEOS_PASSPHRASE"));
    assert!(!h.db("default").exists(), "no database without a key");
}
