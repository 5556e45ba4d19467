use crate::Home;

#[test]
fn bad_arguments_are_usage_errors_that_change_nothing() {
    let h = Home::new();
    h.ok(&["task", "add", "keep me"]);
    let before = h.export();
    let long = "x".repeat(501);
    let cases: &[(&[&str], &str)] = &[
        (
            &["task", "show", "not-an-id"],
            "no task has the id or title 'not-an-id'",
        ),
        (
            &["task", "done", "01JD3ZZZZZZZZZZZZZZZZZZZZZZZZZ"],
            "26 characters",
        ),
        (
            &["task", "add", "x", "--due", "2026-02-30"],
            "not a due date",
        ),
        (&["task", "add", "x", "--due", "someday"], "not a due date"),
        (
            &["task", "add", "x", "--priority", "urgent"],
            "invalid value",
        ),
        (&["task", "add", "x", "--frobnicate"], "unexpected argument"),
        (&["task", "add", &long], "limit is 500"),
        (&["task", "add", ""], "must not be empty"),
        (&["task", "add", "x", "--tag", "two words"], "not a tag"),
        (
            &["place", "add", "Nowhere", "--lat", "91", "--lon", "0"],
            "out of range",
        ),
        (
            &["place", "add", "Nowhere", "--lat", "0", "--lon", "-180.5"],
            "out of range",
        ),
        (&["place", "add", "Nowhere", "--lat", "10"], "--lon"),
        (
            &["person", "add", "Bob", "--email", "bob"],
            "not an email address",
        ),
        (
            &["person", "add", "Bob", "--birthday", "1990-13-01"],
            "--birthday: '1990-13-01' is not a birthday",
        ),
        (
            &[
                "person",
                "add",
                "Bob",
                "--phone",
                "'; DROP TABLE person; --",
            ],
            "not a phone number",
        ),
        (
            &["--profile", "../escape", "task", "list"],
            "not a profile name",
        ),
        (&["task", "list", "--format", "xml"], "invalid value"),
        (&["export", "--format", "yaml"], "always writes ndjson"),
    ];
    for (args, expected) in cases {
        let err = h.fails(args, 2);
        assert!(err.contains(expected), "{args:?}: {err}");
    }
    // A missing subcommand shows the help, as a usage error.
    h.cmd(&["task"]).assert().code(2);
    assert_eq!(h.export(), before);
    assert!(!h.path().join("data/profiles/../escape").exists());
}

#[test]
fn runtime_failures_exit_1_and_change_nothing() {
    let h = Home::new();
    let id = crate::id_of(&h.json(&["task", "add", "keep me"]));
    let before = h.export();
    let err = h.fails(
        &[
            "task",
            "edit",
            &id,
            "--title",
            "new",
            "--expect-version",
            "7",
        ],
        1,
    );
    assert!(err.contains("version 1, not 7"), "{err}");
    let err = h.fails(&["task", "show", "7ZZZZZZZZZZZZZZZZZZZZZZZZZ"], 1);
    assert!(err.contains("no task has the id or title"), "{err}");
    let err = h.fails(&["task", "add", "x", "--person", "7ZZZZZZZZZ"], 1);
    assert!(err.contains("no person has the id or name"), "{err}");
    let err = h.fails(&["task", "restore", &id], 1);
    assert!(err.contains("is not deleted"), "{err}");
    let err = h.fails(&["note", "add", "x", "--body-file", "/nonexistent/file"], 1);
    assert!(err.contains("cannot read"), "{err}");
    assert_eq!(h.export(), before);
}

#[cfg(unix)]
#[test]
fn invalid_utf8_arguments_are_refused() {
    use std::os::unix::ffi::OsStrExt;
    let h = Home::new();
    let out = h
        .cmd(&["task", "add"])
        .arg(std::ffi::OsStr::from_bytes(b"bad \xff title"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("UTF-8"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn hostile_text_is_stored_verbatim_and_harmless() {
    let h = Home::new();
    let nasty = "Robert'); DROP TABLE task;-- \u{202e} 🙂 \"quotes\" \\ back";
    let t = h.json(&["task", "add", nasty]);
    assert_eq!(t["title"], nasty);
    assert_eq!(
        h.json(&["task", "list", "--search", "drop table"])[0]["title"],
        nasty
    );
    let table = h.ok(&["task", "list", "--format", "table"]);
    assert!(table.contains("DROP TABLE"));
}

#[test]
fn an_over_long_note_body_is_refused() {
    let h = Home::new();
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big.md");
    std::fs::write(&big, vec![b'a'; (1 << 20) + 1]).unwrap();
    let err = h.fails(
        &["note", "add", "big", "--body-file", big.to_str().unwrap()],
        2,
    );
    assert!(err.contains("1 MiB"), "{err}");
    let ok = dir.path().join("ok.md");
    std::fs::write(&ok, vec![b'a'; 1 << 20]).unwrap();
    h.ok(&["note", "add", "fits", "--body-file", ok.to_str().unwrap()]);
}
