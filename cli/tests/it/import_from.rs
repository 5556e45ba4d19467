//! `lifeos import --from taskwarrior` on an export Taskwarrior itself wrote
//! (`tests/data/taskwarrior/make.sh`): every attribute lands, a recurring series goes on
//! in LifeOS, a second import adds nothing, an edit made here since is kept, and bad
//! files (truncated, not UTF-8, a huge field, a repeated uuid) are refused whole.

use serde_json::Value;

use crate::{Home, id_of};

const SAMPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/data/taskwarrior/export.json"
);

fn by_title<'a>(all: &'a Value, title: &str) -> Vec<&'a Value> {
    all.as_array()
        .unwrap()
        .iter()
        .filter(|t| t["title"] == title)
        .collect()
}

#[test]
fn a_taskwarrior_export_lands_whole_and_a_second_import_adds_nothing() {
    let h = Home::new();
    let out = h.ok(&[
        "import",
        "--from",
        "taskwarrior",
        SAMPLE,
        "--format",
        "table",
    ]);
    assert_eq!(
        out.trim(),
        "imported 9 new, 0 updated (9 tasks read, 2 recurrence templates made series)"
    );
    let all = h.json(&["task", "list", "--all"]);
    assert_eq!(all.as_array().unwrap().len(), 9);

    let milk = by_title(&all, "Buy milk")[0];
    assert_eq!(milk["priority"], "high");
    assert_eq!(milk["project"], "home.shopping");
    let mut tags: Vec<&str> = milk["tags"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t.as_str().unwrap())
        .collect();
    tags.sort_unstable();
    assert_eq!(tags, ["errand", "groceries"], "lower-cased");
    assert_eq!(milk["due"], "2026-12-10", "local midnight is a whole day");
    let notes: Vec<&str> = milk["annotations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["text"].as_str().unwrap())
        .collect();
    assert_eq!(notes, ["whole milk, 2 litres", "from the farm shop"]);

    let report = by_title(&all, "Write report")[0];
    assert_eq!(report["due"], "2026-12-08T17:00:00.000Z");
    assert_eq!(report["wait"], "2026-12-05");
    assert_eq!(report["scheduled"], "2026-12-06");
    assert_eq!(report["priority"], "medium");
    let review = by_title(&all, "Review report")[0];
    assert_eq!(review["status"], "doing", "started in Taskwarrior");
    assert_eq!(review["depends"], serde_json::json!([report["id"]]));
    assert_eq!(review["priority"], "low");

    let old = by_title(&all, "Old thing")[0];
    assert_eq!(old["status"], "done");
    assert!(old["completed_at"].is_string());
    assert_eq!(by_title(&all, "Dropped idea")[0]["status"], "cancelled");

    // The two instances of the weekly series share it; done with the first, LifeOS
    // finds the second (its natural key) instead of making another.
    let mut bins = by_title(&all, "Take out the bins");
    bins.sort_by_key(|t| t["recur"]["index"].as_u64());
    assert_eq!(bins.len(), 2);
    assert_eq!(bins[0]["recur"]["rule"], "weekly");
    assert_eq!(bins[0]["recur"]["series"], bins[1]["recur"]["series"]);
    assert_eq!(bins[0]["recur"]["first"], "2026-12-07");
    assert_eq!(bins[0]["recur"]["until"], "2027-03-01");
    assert_eq!(
        (bins[0]["due"].as_str(), bins[1]["due"].as_str()),
        (Some("2026-12-07"), Some("2026-12-14"))
    );
    let rent = by_title(&all, "Pay rent");
    assert!(rent.iter().all(|t| t["recur"]["rule"] == "monthly"));
    h.ok(&["task", "done", &id_of(bins[0])]);
    let after = h.json(&["task", "list", "--all"]);
    assert_eq!(
        by_title(&after, "Take out the bins").len(),
        2,
        "no third instance"
    );

    // Again: nothing new; the task finished here stays finished (a newer version).
    let again = h.ok(&[
        "import",
        "--from",
        "taskwarrior",
        SAMPLE,
        "--format",
        "table",
    ]);
    assert!(
        again.starts_with("imported 0 new, 0 updated")
            && again.contains("skipped 8 already here as they are, 1 older than the local copy"),
        "{again}"
    );
    let last = h.json(&["task", "list", "--all"]);
    assert_eq!(last, after);
    // From standard input too.
    let piped = h
        .cmd(&["import", "--from", "taskwarrior", "-", "--format", "json"])
        .write_stdin(std::fs::read(SAMPLE).unwrap())
        .output()
        .unwrap();
    assert!(piped.status.success());
    let summary: Value = serde_json::from_slice(&piped.stdout).unwrap();
    assert_eq!(summary["inserted"], 0);
}

#[test]
fn bad_taskwarrior_files_are_refused_whole_naming_the_record() {
    let h = Home::new();
    let dir = tempfile::tempdir().unwrap();
    let sample = std::fs::read_to_string(SAMPLE).unwrap();
    let records: Vec<Value> = serde_json::from_str(&sample).unwrap();
    let write = |name: &str, bytes: &[u8]| {
        let p = dir.path().join(name);
        std::fs::write(&p, bytes).unwrap();
        p.to_str().unwrap().to_owned()
    };
    let mut huge = records.clone();
    huge[0]["description"] = Value::String("x ".repeat(1 << 20));
    let mut twice = records.clone();
    twice.push(records[1].clone());
    let mut latin1 = sample.clone().into_bytes();
    latin1.splice(10..10, [b'\xe9']);
    let cases: Vec<(String, &str)> = vec![
        (
            write("cut.json", &sample.as_bytes()[..sample.len() / 2]),
            "not a Taskwarrior export",
        ),
        (write("latin1.json", &latin1), "is not UTF-8"),
        (
            write(
                "huge.json",
                serde_json::to_string(&huge).unwrap().as_bytes(),
            ),
            "taskwarrior record 1",
        ),
        (
            write(
                "twice.json",
                serde_json::to_string(&twice).unwrap().as_bytes(),
            ),
            "record 12",
        ),
        (write("object.json", br#"{"a": 1}"#), "no uuid"),
        (dir.path().to_str().unwrap().to_owned(), "cannot read"),
    ];
    for (file, why) in &cases {
        let err = h.fails(&["import", "--from", "taskwarrior", file], 1);
        assert!(err.contains(why), "{file}: {err}");
    }
    assert!(
        h.json(&["task", "list", "--all"])
            .as_array()
            .unwrap()
            .is_empty(),
        "nothing was written"
    );
    // --with-blobs belongs to LifeOS's own exports.
    let out = h
        .cmd(&[
            "import",
            "--from",
            "taskwarrior",
            SAMPLE,
            "--with-blobs",
            "x",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot be used with"));
}
