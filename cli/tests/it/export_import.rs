use crate::{Home, id_of};

fn populated() -> Home {
    let h = Home::new();
    let t = id_of(&h.json(&[
        "task",
        "add",
        "Buy milk 🥛",
        "--due",
        "2026-12-01",
        "--tag",
        "errands",
    ]));
    h.ok(&["task", "done", &t]);
    let gone = id_of(&h.json(&["task", "add", "Deleted one"]));
    h.ok(&["task", "rm", &gone]);
    h.ok(&[
        "note",
        "add",
        "Journal",
        "--body",
        "line one\nline two\n\ttabbed \"quoted\"",
    ]);
    h.ok(&[
        "person",
        "add",
        "Grace Hopper",
        "--email",
        "grace@example.org",
        "--birthday",
        "1906-12-09",
    ]);
    h.ok(&[
        "place",
        "add",
        "Café 東京",
        "--lat",
        "35.6762",
        "--lon",
        "139.6503",
    ]);
    h
}

#[test]
fn export_import_export_is_byte_identical() {
    let a = populated();
    let first = a.export();
    assert_eq!(first.lines().count(), 5, "{first}");
    assert!(
        first
            .lines()
            .all(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["entity"].is_string())
    );
    assert!(
        first.contains("\"deleted_at\":\"20"),
        "tombstones are exported"
    );

    let b = Home::new();
    let file = b.path().join("backup.ndjson");
    std::fs::write(&file, &first).unwrap();
    let summary = b.json(&["import", file.to_str().unwrap()]);
    assert_eq!(summary["inserted"], 5);
    assert_eq!(b.export(), first);

    // Importing again changes nothing.
    let again = b.json(&["import", file.to_str().unwrap()]);
    assert_eq!(again["unchanged"], 5);
    assert_eq!(b.export(), first);

    // From stdin too.
    let c = Home::new();
    c.cmd(&["import", "-"])
        .write_stdin(first.clone())
        .assert()
        .success();
    assert_eq!(c.export(), first);
}

#[test]
fn a_bad_line_rejects_the_whole_file_and_names_the_line() {
    let a = populated();
    let good: Vec<String> = a.export().lines().map(str::to_owned).collect();
    let line = |needle: &str| good.iter().find(|l| l.contains(needle)).unwrap().clone();
    let task = line("Buy milk");
    let place = line("35.6762");
    let id_start = task.find("\"id\":\"").unwrap() + 6;
    let b = Home::new();
    b.ok(&["note", "add", "already here"]);
    let before = b.export();
    let cases: Vec<(String, &str)> = vec![
        ("{not json".into(), "key must be a string"),
        (
            task.replace("\"entity\":\"task\"", "\"entity\":\"spaceship\""),
            "unknown entity",
        ),
        (
            task.replace("\"title\":", "\"colour\":\"red\",\"title\":"),
            "unknown field `colour`",
        ),
        (task.replace("\"version\":2", "\"version\":0"), "version"),
        (
            task.replace("\"due\":\"2026-12-01\"", "\"due\":\"2026-02-30\""),
            "not a date",
        ),
        (
            task.replace(&task[id_start..id_start + 26], "NOT-A-ULID-AT-ALL-00000000"),
            "not an id",
        ),
        (
            task.replace("\"status\":\"done\"", "\"status\":\"todo\""),
            "completed_at",
        ),
        (
            place.replace("\"latitude\":35.6762", "\"latitude\":135.0"),
            "out of range",
        ),
        (
            task.replace(
                "\"title\":\"Buy milk 🥛\"",
                &format!("\"title\":\"{}\"", "y".repeat(501)),
            ),
            "limit is 500",
        ),
    ];
    for (bad, expected) in cases {
        assert!(
            !good.contains(&bad),
            "the case {expected:?} did not change its line"
        );
        let mut lines = good.clone();
        lines.insert(2, bad);
        let file = b.path().join("bad.ndjson");
        std::fs::write(&file, lines.join("\n")).unwrap();
        let err = b.fails(&["import", file.to_str().unwrap()], 1);
        assert!(err.contains("line 3:"), "{err}");
        assert!(err.contains(expected), "expected {expected:?}: {err}");
        assert!(err.contains("nothing was imported"), "{err}");
        assert_eq!(b.export(), before, "a failed import wrote something");
    }

    // Invalid UTF-8 on line 2.
    let mut bytes = format!("{task}\n").into_bytes();
    bytes.extend_from_slice(b"{\"entity\":\"\xff\"}\n");
    let file = b.path().join("utf8.ndjson");
    std::fs::write(&file, bytes).unwrap();
    let err = b.fails(&["import", file.to_str().unwrap()], 1);
    assert!(err.contains("line 2: the line is not valid UTF-8"), "{err}");
    assert_eq!(b.export(), before);

    // An over-long line.
    let file = b.path().join("long.ndjson");
    std::fs::write(&file, format!("{}\n{}\n", good[1], "x".repeat(17 << 20))).unwrap();
    let err = b.fails(&["import", file.to_str().unwrap()], 1);
    assert!(
        err.contains("line 2:") && err.contains("longer than the limit"),
        "{err}"
    );
    assert_eq!(b.export(), before);

    let err = b.fails(&["import", "/no/such/file"], 1);
    assert!(err.contains("cannot read /no/such/file"), "{err}");
}
