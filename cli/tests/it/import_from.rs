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

/// A JSON array of strings, sorted (tags and categories keep no order of their own).
fn sorted(list: &Value) -> Vec<&str> {
    let mut v: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_str().unwrap())
        .collect();
    v.sort_unstable();
    v
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
    assert_eq!(
        sorted(&milk["tags"]),
        ["errand", "groceries"],
        "lower-cased"
    );
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

/// Runs Python's `icalendar` (tests/data/ics_check.py) on `file`: its items as JSON, or
/// the parser's complaint.
fn ics_items(file: &std::path::Path) -> Result<Vec<Value>, String> {
    let python = std::env::var("LIFEOS_PYTHON").unwrap_or_else(|_| "python3".into());
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/ics_check.py");
    let out = std::process::Command::new(&python)
        .arg(script)
        .arg(file)
        .output()
        .unwrap_or_else(|e| panic!("{python}: {e} (scripts/test.sh makes its venv)"));
    if out.status.success() {
        Ok(serde_json::from_slice(&out.stdout).unwrap())
    } else {
        Err(String::from_utf8_lossy(&out.stderr).into_owned())
    }
}

#[test]
fn taskwarrior_to_lifeos_to_ics_reads_in_a_real_parser() {
    let h = Home::new();
    h.ok(&["import", "--from", "taskwarrior", SAMPLE]);
    h.ok(&[
        "fast",
        "start",
        "--target",
        "16h",
        "--at",
        "2026-12-06T20:00:00Z",
        "--note",
        "water, tea",
    ]);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("lifeos.ics");
    h.ok(&["export", "--to", "ics", file.to_str().unwrap()]);
    let items = ics_items(&file).unwrap();
    let todos: Vec<&Value> = items.iter().filter(|i| i["kind"] == "VTODO").collect();
    // The tasks with a due date: milk, report, two bins, two rents.
    assert_eq!(todos.len(), 6, "{items:?}");
    let milk = todos.iter().find(|t| t["summary"] == "Buy milk").unwrap();
    assert_eq!(milk["due"], "2026-12-10");
    assert_eq!(milk["priority"], 1);
    assert_eq!(milk["status"], "NEEDS-ACTION");
    assert_eq!(
        sorted(&milk["categories"]),
        ["errand", "groceries", "project:home.shopping"]
    );
    assert!(
        milk["description"]
            .as_str()
            .unwrap()
            .contains("whole milk, 2 litres"),
        "{milk}"
    );
    let report = todos
        .iter()
        .find(|t| t["summary"] == "Write report")
        .unwrap();
    assert_eq!(report["due"], "2026-12-08T17:00:00+00:00");
    let review_id = h.json(&["task", "list", "--all"]);
    let review = by_title(&review_id, "Review report")[0];
    assert!(
        todos
            .iter()
            .all(|t| t["uid"] != format!("{}@lifeos", review["id"].as_str().unwrap())),
        "a task without a due date is no to-do"
    );
    let fast = items.iter().find(|i| i["kind"] == "VEVENT").unwrap();
    assert_eq!(fast["summary"], "Fast (16 h target)");
    assert_eq!(fast["start"], "2026-12-06T20:00:00+00:00");
    assert_eq!(
        fast["end"], "2026-12-07T12:00:00+00:00",
        "a running fast ends at its target"
    );
    assert_eq!(fast["description"], "water, tea");

    // The referee can say no: the same file without its UIDs is refused.
    let text = std::fs::read_to_string(&file).unwrap();
    let broken = dir.path().join("broken.ics");
    let without: Vec<&str> = text.lines().filter(|l| !l.starts_with("UID:")).collect();
    std::fs::write(&broken, without.join("\r\n")).unwrap();
    assert!(ics_items(&broken).unwrap_err().contains("no UID"));
    // Standard output by default; a file where none can be written is an error.
    assert_eq!(h.ok(&["export", "--to", "ics"]), text);
    let err = h.fails(&["export", "--to", "ics", "/nonexistent/dir/x.ics"], 1);
    assert!(err.contains("cannot write"), "{err}");
}

const VAULT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/markdown/vault");

fn notes(h: &Home) -> Vec<Value> {
    let mut v: Vec<Value> = h.json(&["note", "list"]).as_array().unwrap().clone();
    v.sort_by(|a, b| a["title"].as_str().cmp(&b["title"].as_str()));
    v
}

#[test]
fn an_obsidian_vault_becomes_notes_and_a_second_import_adds_nothing() {
    let h = Home::new();
    let out = h.ok(&["import", "--from", "markdown", VAULT, "--format", "table"]);
    assert!(
        out.starts_with("imported 3 new, 0 updated (3 notes read)"),
        "{out}"
    );
    let n = notes(&h);
    let titles: Vec<&str> = n.iter().map(|x| x["title"].as_str().unwrap()).collect();
    assert_eq!(
        titles,
        ["Ideas", "Roses by the fence", "Shopping list"],
        ".obsidian and .trash skipped"
    );
    let roses = &n[1];
    assert_eq!(roses["tags"], serde_json::json!(["garden", "home/outside"]));
    assert_eq!(roses["pinned"], true);
    assert_eq!(roses["created_at"], "2026-11-02T00:00:00.000Z");
    assert!(
        roses["body"]
            .as_str()
            .unwrap()
            .starts_with("# Roses\n\nWater them")
    );
    assert_eq!(n[0]["tags"], serde_json::json!(["idea", "someday"]));
    assert_eq!(n[0]["updated_at"], "2026-11-20T08:30:00.000Z");
    assert_eq!(n[2]["body"], "- compost\n- twine\n");
    let again = h.ok(&["import", "--from", "markdown", VAULT, "--format", "table"]);
    assert!(
        again.contains("imported 0 new, 0 updated") && again.contains("skipped 3 already here"),
        "{again}"
    );
}

#[test]
fn notes_exported_to_markdown_come_back_whole() {
    let a = Home::new();
    a.ok(&[
        "note",
        "add",
        "Plans: 2027",
        "--body=---\nnot front matter\n---\n\n* one\n",
        "--tag",
        "plans",
        "--tag",
        "a/b",
    ]);
    a.ok(&[
        "note",
        "add",
        "Plans: 2027",
        "--body",
        "a second of the same title",
    ]);
    let pinned = a.json(&["note", "add", "Pinned", "--pin"]);
    a.ok(&[
        "note",
        "edit",
        &id_of(&pinned),
        "--title",
        "Pinned and edited",
    ]);
    let dir = tempfile::tempdir().unwrap();
    let vault = dir.path().join("out");
    let out = a.ok(&[
        "export",
        "--to",
        "markdown",
        vault.to_str().unwrap(),
        "--format",
        "table",
    ]);
    assert!(out.starts_with("wrote 3 notes to"), "{out}");
    let mut files: Vec<String> = std::fs::read_dir(&vault)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    assert_eq!(files.len(), 3, "{files:?}");
    assert!(files.contains(&"Plans- 2027.md".to_owned()), "{files:?}");
    let b = Home::new();
    b.ok(&["import", "--from", "markdown", vault.to_str().unwrap()]);
    let strip = |v: Vec<Value>| -> Vec<Value> {
        v.into_iter()
            .map(|mut x| {
                x.as_object_mut().unwrap().remove("version");
                x
            })
            .collect()
    };
    assert_eq!(
        strip(notes(&b)),
        strip(notes(&a)),
        "ids, times, titles, bodies, tags, pins"
    );
    let err = a.fails(&["export", "--to", "markdown"], 2);
    assert!(err.contains("needs the folder"), "{err}");
}

#[test]
fn bad_markdown_folders_are_refused_whole_naming_the_file() {
    let h = Home::new();
    for (name, bytes, why) in [
        ("latin1.md", b"caf\xe9\n".to_vec(), "latin1.md: not UTF-8"),
        (
            "broken.md",
            b"---\ntitle: [x\n---\n".to_vec(),
            "broken.md: its front matter is not YAML",
        ),
        (
            "open.md",
            b"---\ntitle: x\n".to_vec(),
            "open.md: its front matter",
        ),
        ("huge.md", vec![b'x'; (1 << 20) + 70_000], "huge.md: "),
        (
            "tag.md",
            b"---\ntags: ['no spaces']\n---\n".to_vec(),
            "tag.md: ",
        ),
    ] {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("good.md"), "fine\n").unwrap();
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        std::fs::write(dir.path().join("sub").join(name), &bytes).unwrap();
        let err = h.fails(
            &["import", "--from", "markdown", dir.path().to_str().unwrap()],
            1,
        );
        assert!(err.contains(&format!("sub/{why}")), "{name}: {err}");
    }
    let err = h.fails(&["import", "--from", "markdown", SAMPLE], 1);
    assert!(err.contains("is not a folder"), "{err}");
    assert!(notes(&h).is_empty(), "nothing was written");
}
