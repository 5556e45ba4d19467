//! Data safety: a backup undoes a mistake (`restore`), a damaged database is an error
//! (never a fresh start), a read-only database can be read, and the file's tools
//! (`db check`, `db backup`, `auth export-key`).

use std::io::{Seek, SeekFrom, Write};

use crate::{Home, id_of};

fn write_export(h: &Home) -> String {
    let file = h.path().join("backup.ndjson");
    std::fs::write(&file, h.export()).unwrap();
    file.to_str().unwrap().to_owned()
}

#[test]
fn restore_undoes_an_edit_and_a_delete_that_import_keeps() {
    let h = Home::new();
    let t = id_of(&h.json(&["task", "add", "Pay rent"]));
    let keep = id_of(&h.json(&["note", "add", "Ideas", "--body", "one"]));
    let file = write_export(&h);
    h.ok(&["task", "edit", &t, "--title", "Pay rent NOW"]);
    h.ok(&["task", "rm", &t]);
    h.ok(&["note", "edit", &keep, "--body", "two"]);
    let extra = id_of(&h.json(&["task", "add", "Made after the backup"]));

    // Import merges: the newer local copies win, and it says why they were skipped.
    let summary = h.json(&["import", &file]);
    assert_eq!(summary["older"], 2, "{summary}");
    assert_eq!(summary["identical"], 0, "{summary}");
    let text = h.ok(&["import", &file, "--format", "table"]);
    assert!(text.contains("2 older than the local copy"), "{text}");
    assert!(text.contains("lifeos restore"), "{text}");
    assert!(h.json(&["task", "show", &t])["deleted_at"].is_string());

    // Without --yes and no terminal: it lists the changes and changes nothing.
    let out = h.cmd(&["restore", &file]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("undelete") && err.contains("Pay rent"),
        "{err}"
    );
    assert!(err.contains("revert") && err.contains("Ideas"), "{err}");
    assert!(err.contains("nothing was changed"), "{err}");
    assert!(h.json(&["task", "show", &t])["deleted_at"].is_string());

    let done = h.json(&["restore", &file, "--yes"]);
    assert_eq!(done["changes"].as_array().unwrap().len(), 2, "{done}");
    let task = h.json(&["task", "show", &t]);
    assert_eq!(task["title"], "Pay rent");
    assert!(task["deleted_at"].is_null());
    // A new version (1 add, 2 edit, 3 rm, 4 restore): it wins everywhere after sync.
    assert_eq!(task["version"], 4);
    assert_eq!(h.json(&["note", "show", &keep])["body"], "one");
    // Not in the file and no --exact: left alone.
    assert!(h.json(&["task", "show", &extra])["deleted_at"].is_null());
    // Nothing left to do.
    let again = h.ok(&["restore", &file, "--format", "table"]);
    assert!(again.contains("nothing to restore"), "{again}");

    // --exact deletes what the file does not hold.
    let exact = h.json(&["restore", &file, "--exact", "--yes"]);
    assert_eq!(exact["changes"][0]["action"], "remove", "{exact}");
    assert!(h.json(&["task", "show", &extra])["deleted_at"].is_string());
    // And the export now matches the file row for row (fields and deletedness).
    let rows = |s: &str| -> Vec<(String, bool, String)> {
        s.lines()
            .map(|l| {
                let mut v: serde_json::Value = serde_json::from_str(l).unwrap();
                let id = v["id"].as_str().unwrap().to_owned();
                let deleted = !v["deleted_at"].is_null();
                let o = v.as_object_mut().unwrap();
                for k in ["created_at", "updated_at", "deleted_at", "version"] {
                    o.remove(k);
                }
                (id, deleted, v.to_string())
            })
            .filter(|r| !r.1)
            .collect()
    };
    assert_eq!(
        rows(&h.export()),
        rows(&std::fs::read_to_string(&file).unwrap())
    );
}

#[test]
fn a_bad_restore_file_changes_nothing() {
    let h = Home::new();
    let t = id_of(&h.json(&["task", "add", "Keep me"]));
    let file = h.path().join("bad.ndjson");
    let mut good = h.export();
    good.push_str("{\"entity\":\"task\",\"id\":\"nonsense\"}\n");
    std::fs::write(&file, good).unwrap();
    h.ok(&["task", "rm", &t]);
    let err = h.fails(&["restore", file.to_str().unwrap(), "--yes"], 1);
    assert!(err.contains("line 2"), "{err}");
    assert!(h.json(&["task", "show", &t])["deleted_at"].is_string());
}

fn damage(h: &Home, f: impl FnOnce(&mut std::fs::File)) {
    let mut file = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open(h.db("default"))
        .unwrap();
    f(&mut file);
}

fn assert_damaged(h: &Home, err: &str) {
    assert!(err.contains("damaged"), "{err}");
    assert!(
        err.contains(&h.db("default").display().to_string()),
        "{err}"
    );
    assert!(err.contains("lifeos db check"), "{err}");
    assert!(err.contains("backup"), "{err}");
    assert!(!err.contains("another application"), "{err}");
}

#[test]
fn an_emptied_database_is_an_error_not_a_fresh_start() {
    let h = Home::new();
    h.ok(&["task", "add", "Something"]);
    damage(&h, |f| f.set_len(0).unwrap());
    let err = h.fails(&["task", "list"], 1);
    assert_damaged(&h, &err);
    assert!(err.contains("empty"), "{err}");
    assert_eq!(std::fs::metadata(h.db("default")).unwrap().len(), 0);
    let check = h.cmd(&["db", "check"]).output().unwrap();
    assert_eq!(check.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&check.stdout).contains("empty"));
}

#[test]
fn a_truncated_database_is_an_error() {
    let h = Home::new();
    for i in 0..50 {
        h.ok(&[
            "note",
            "add",
            &format!("note {i}"),
            "--body",
            &"x".repeat(400),
        ]);
    }
    let len = std::fs::metadata(h.db("default")).unwrap().len();
    damage(&h, |f| f.set_len(len / 2 + 100).unwrap());
    let err = h.fails(&["note", "list"], 1);
    assert_damaged(&h, &err);
    assert!(err.contains("truncated"), "{err}");
}

#[test]
fn a_damaged_page_is_called_damaged_and_db_check_finds_it() {
    let h = Home::new();
    for i in 0..80 {
        h.ok(&[
            "note",
            "add",
            &format!("note {i}"),
            "--body",
            &"y".repeat(500),
        ]);
    }
    let check = h.ok(&["db", "check", "--format", "table"]);
    assert!(check.contains("is whole"), "{check}");
    let len = std::fs::metadata(h.db("default")).unwrap().len();
    assert!(len >= 4096 * 8, "{len}");
    // One byte flipped in every page but the first: every read of a row fails its
    // authentication code.
    damage(&h, |f| {
        let mut page = 1;
        while page * 4096 < len {
            f.seek(SeekFrom::Start(page * 4096 + 100)).unwrap();
            f.write_all(&[0x5a]).unwrap();
            page += 1;
        }
    });
    let out = h.cmd(&["note", "list"]).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert_damaged(&h, &err);
    let check = h.cmd(&["db", "check"]).output().unwrap();
    assert_eq!(check.status.code(), Some(1));
    let err = String::from_utf8_lossy(&check.stderr);
    assert!(err.contains("damaged"), "{err}");
}

#[test]
fn a_foreign_file_is_still_called_another_application() {
    // The damaged wording must not swallow the foreign-file one: a SQLCipher database
    // with our key but without our identity.
    let h = Home::new();
    h.ok(&["task", "add", "x"]);
    let key = h.json(&["auth", "export-key", "--yes"])["db_key"]
        .as_str()
        .unwrap()
        .to_owned();
    let other = Home::new();
    let db = other.db("default");
    std::fs::create_dir_all(db.parent().unwrap()).unwrap();
    {
        let c = raw_open(&db);
        c.execute_batch(&format!("PRAGMA key = \"x'{key}'\"; CREATE TABLE t (x);"))
            .unwrap();
    }
    let err = other
        .cmd(&["task", "list", "--credential-store", "env"])
        .env("LIFEOS_DB_KEY", &key)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&err.stderr);
    assert!(err.contains("another application"), "{err}");
}

#[test]
fn backup_makes_a_copy_that_opens_with_the_exported_key() {
    let h = Home::new();
    h.ok(&["task", "add", "Backed up"]);
    h.ok(&["note", "add", "Also", "--body", "b"]);
    let file = h.path().join("copy.db");
    let f = file.to_str().unwrap();
    let done = h.json(&["db", "backup", f]);
    assert!(done["bytes"].as_u64().unwrap() > 0);
    // Never over a file.
    let err = h.fails(&["db", "backup", f], 1);
    assert!(err.contains("already exists"), "{err}");
    // Shown only when asked for.
    let out = h.cmd(&["auth", "export-key"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let key = h.json(&["auth", "export-key", "--yes"])["db_key"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(key.len(), 64);
    assert!(key.bytes().all(|b| b.is_ascii_hexdigit()));

    let other = Home::new();
    let db = other.db("default");
    std::fs::create_dir_all(db.parent().unwrap()).unwrap();
    std::fs::copy(&file, &db).unwrap();
    let export = other
        .cmd(&["export", "--credential-store", "env"])
        .env("LIFEOS_DB_KEY", &key)
        .output()
        .unwrap();
    assert!(
        export.status.success(),
        "{}",
        String::from_utf8_lossy(&export.stderr)
    );
    assert_eq!(String::from_utf8(export.stdout).unwrap(), h.export());
}

/// Runs `lifeos ARGS` as a user who may only read the profile (as root, permissions do
/// not stop writes, so the command runs as nobody).
fn as_reader(h: &Home, key: &str, args: &[&str]) -> std::process::Output {
    let root = std::process::Command::new("id").arg("-u").output().unwrap();
    let root = String::from_utf8_lossy(&root.stdout).trim() == "0";
    let bin = assert_cmd::cargo::cargo_bin("lifeos");
    let mut c = if root {
        let mut c = std::process::Command::new("setpriv");
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups"])
            .arg(bin);
        c
    } else {
        std::process::Command::new(bin)
    };
    c.env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("LIFEOS_HOME", h.path())
        .env("LIFEOS_DB_KEY", key)
        .env("LIFEOS_CREDENTIAL_STORE", "env")
        .env("TZ", "UTC")
        .args(args);
    c.output().unwrap()
}

fn chmod(path: &std::path::Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

#[test]
fn a_read_only_profile_can_be_listed_and_exported() {
    let h = Home::new();
    let t = id_of(&h.json(&["task", "add", "Read me"]));
    let key = h.json(&["auth", "export-key", "--yes"])["db_key"]
        .as_str()
        .unwrap()
        .to_owned();
    let before = h.export();
    let db = h.db("default");
    let bytes = std::fs::read(&db).unwrap();
    // Everything readable, nothing writable: the file and every directory above it.
    for entry in walk(h.path()) {
        chmod(&entry, if entry.is_dir() { 0o555 } else { 0o444 });
    }
    chmod(h.path(), 0o555);

    let list = as_reader(&h, &key, &["task", "list", "--format", "json"]);
    assert!(
        list.status.success(),
        "{}",
        String::from_utf8_lossy(&list.stderr)
    );
    assert!(String::from_utf8_lossy(&list.stdout).contains(&t));
    let export = as_reader(&h, &key, &["export"]);
    assert!(
        export.status.success(),
        "{}",
        String::from_utf8_lossy(&export.stderr)
    );
    assert_eq!(String::from_utf8(export.stdout).unwrap(), before);
    // A write says why it cannot, in one line, and nothing changes.
    let add = as_reader(&h, &key, &["task", "add", "No"]);
    assert_eq!(add.status.code(), Some(1));
    let err = String::from_utf8_lossy(&add.stderr);
    assert!(err.contains("read-only"), "{err}");
    assert!(err.contains(&db.display().to_string()), "{err}");
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");

    for entry in walk(h.path()) {
        chmod(&entry, if entry.is_dir() { 0o755 } else { 0o644 });
    }
    chmod(h.path(), 0o755);
    assert_eq!(
        std::fs::read(&db).unwrap(),
        bytes,
        "the file was not touched"
    );
    let left: Vec<_> = walk(db.parent().unwrap())
        .into_iter()
        .filter(|p| p != &db && !p.ends_with("credentials.enc"))
        .collect();
    assert!(
        left.iter().all(|p| !p.to_string_lossy().contains("-wal")),
        "{left:?}"
    );
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walk(&p));
        }
        out.push(p);
    }
    out
}

/// A crash in the middle of a rollback-journal transaction (as `db rekey` runs) leaves
/// the file half rewritten beside a hot journal. Every open plays the journal back, so
/// `db check` must too, and call the database whole, not damaged (the crash harness,
/// `scripts/crash.sh`, found it telling a user to restore a backup of a healthy file).
#[test]
fn db_check_after_a_crash_mid_transaction_plays_the_journal_back_and_finds_it_whole() {
    let h = Home::new();
    for i in 0..200 {
        h.ok(&["task", "add", &format!("task {i} {}", "z".repeat(300))]);
    }
    let before = h.export();
    let key = h.json(&["auth", "export-key", "--yes"])["db_key"]
        .as_str()
        .unwrap()
        .to_owned();
    // The crash, frozen: a transaction whose pages have spilled into the file (a tiny
    // cache) is copied with its journal while it is open, as a SIGKILL would leave it.
    let crashed = Home::new();
    let db = crashed.db("default");
    let dir = db.parent().unwrap();
    std::fs::create_dir_all(dir).unwrap();
    let src = h.db("default").parent().unwrap().to_path_buf();
    std::fs::copy(src.join("credentials.enc"), dir.join("credentials.enc")).unwrap();
    {
        let conn = raw_open(&h.db("default"));
        conn.execute_batch(&format!("PRAGMA key = \"x'{key}'\";"))
            .unwrap();
        conn.query_row("PRAGMA journal_mode = DELETE", [], |_| Ok(()))
            .unwrap();
        conn.execute_batch("PRAGMA cache_size = 2; BEGIN; UPDATE task SET fields = json_set(fields, '$.title', 'torn');")
            .unwrap();
        let journal = src.join("lifeos.db-journal");
        assert!(std::fs::metadata(&journal).unwrap().len() > 0);
        std::fs::copy(h.db("default"), &db).unwrap();
        std::fs::copy(&journal, dir.join("lifeos.db-journal")).unwrap();
        conn.execute_batch("ROLLBACK").unwrap();
    }
    let mut crashed = crashed;
    crashed.passphrase = h.passphrase.clone();
    let check = crashed.ok(&["db", "check", "--format", "table"]);
    assert!(check.contains("is whole"), "{check}");
    assert_eq!(crashed.export(), before);
}

/// A raw SQLCipher connection, made after a first one has finished SQLCipher's
/// process-wide set-up alone: two tests' first opens at the same moment could otherwise
/// meet it half made (lifeos-core's `connect` does the same for the program).
fn raw_open(path: &std::path::Path) -> rusqlite::Connection {
    static SET_UP: std::sync::Once = std::sync::Once::new();
    SET_UP.call_once(|| drop(rusqlite::Connection::open_in_memory()));
    rusqlite::Connection::open(path).unwrap()
}
