//! `lifeos search`, `day` and `timeline` through the real binary: ranked hits across
//! kinds in every format, every query form, hostile queries refused with a reason, and
//! local days in a zone west of UTC.

use crate::{Home, id_of};

fn titles(v: &serde_json::Value) -> Vec<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|h| h["title"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn search_finds_across_kinds_ranked_in_every_format() {
    let h = Home::new();
    let task = h.json(&["task", "add", "Water the roses", "--tag", "garden"]);
    h.ok(&[
        "note",
        "add",
        "Frost dates",
        "--body",
        "The roses bloom late; water them weekly.",
    ]);
    h.ok(&["person", "add", "Rose Tyler", "--notes", "met at the café"]);
    let hits = h.json(&["search", "roses"]);
    assert_eq!(titles(&hits), ["Water the roses", "Frost dates"]);
    assert_eq!(hits[0]["entity"], "task");
    assert_eq!(hits[0]["id"], id_of(&task).as_str());
    assert!(hits[0]["score"].as_f64().unwrap() > hits[1]["score"].as_f64().unwrap());
    // The marks point at the match in the snippet.
    let snippet: Vec<char> = hits[1]["snippet"].as_str().unwrap().chars().collect();
    let m = &hits[1]["marks"][0];
    let (a, b) = (
        m[0].as_u64().unwrap() as usize,
        m[1].as_u64().unwrap() as usize,
    );
    assert_eq!(snippet[a..b].iter().collect::<String>(), "roses");
    // Every query form.
    assert_eq!(titles(&h.json(&["search", "ros*"])).len(), 3);
    assert_eq!(
        titles(&h.json(&["search", "ros*", "kind:person"])),
        ["Rose Tyler"]
    );
    assert_eq!(
        titles(&h.json(&["search", "\"water them\""])),
        ["Frost dates"]
    );
    assert_eq!(
        titles(&h.json(&["search", "water -bloom"])),
        ["Water the roses"]
    );
    assert_eq!(
        titles(&h.json(&["search", "tag:garden"])),
        ["Water the roses"]
    );
    assert_eq!(titles(&h.json(&["search", "CAFE"])), ["Rose Tyler"]);
    assert_eq!(
        h.json(&["search", "ros*", "--limit", "1"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
    // ndjson: one hit per line; yaml and table too.
    let nd = h.ok(&["search", "roses", "--format", "ndjson"]);
    assert_eq!(nd.lines().count(), 2);
    for line in nd.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        for k in ["entity", "id", "title", "snippet", "marks", "score"] {
            assert!(v.get(k).is_some(), "{k} in {line}");
        }
    }
    assert!(
        h.ok(&["search", "roses", "--format", "yaml"])
            .contains("title: Water the roses")
    );
    let table = h.ok(&["search", "bloom", "--format", "table", "--wide"]);
    assert!(table.contains("The roses [bloom] late"), "{table}");
    assert!(
        h.ok(&["search", "nothing-like-it", "--format", "table"])
            .contains("nothing found")
    );
    // An edit is found at once; a deleted row is not.
    h.ok(&["task", "edit", &id_of(&task), "--title", "Water the tulips"]);
    assert_eq!(titles(&h.json(&["search", "tulips"])), ["Water the tulips"]);
    h.ok(&["task", "rm", &id_of(&task)]);
    assert!(h.json(&["search", "tulips"]).as_array().unwrap().is_empty());
    // Rebuilding gives the same answers.
    assert_eq!(h.json(&["db", "reindex"])["rows"], 2);
    assert_eq!(titles(&h.json(&["search", "roses"])), ["Frost dates"]);
}

#[test]
fn hostile_queries_are_refused_with_a_reason_and_change_nothing() {
    let h = Home::new();
    h.ok(&["note", "add", "NEAR OR AND NOT", "--body", "a b c"]);
    let before = h.export();
    for (q, says) in [
        ("\"open", "not closed"),
        ("-only", "besides the words it excludes"),
        ("kind:nope", "not a kind"),
        ("from:someday", "not a day"),
        ("***", "search for what"),
        ("\"\"", "search for what"),
    ] {
        let err = h.fails(&["search", "--", q], 2);
        assert!(err.contains(says), "{q}: {err}");
    }
    let long = "x".repeat(1_001);
    assert!(
        h.fails(&["search", &long], 2)
            .contains("at most 1000 bytes")
    );
    assert!(
        h.fails(&["search", "x", "--limit", "0"], 2)
            .contains("from 1 to 1000")
    );
    // FTS5 operators and column filters are words, never syntax.
    for q in [
        "NEAR(a b)",
        "title:a",
        "a OR",
        "^a",
        "a AND NOT",
        "'; DROP TABLE note; --",
    ] {
        h.ok(&["search", q]);
    }
    assert_eq!(titles(&h.json(&["search", "NEAR"])), ["NEAR OR AND NOT"]);
    assert_eq!(h.export(), before);
}

#[test]
fn day_and_timeline_read_local_days_west_of_utc() {
    let h = Home::new();
    let west = |args: &[&str]| -> serde_json::Value {
        let mut a = args.to_vec();
        a.extend(["--format", "json"]);
        let out = h.cmd(&a).env("TZ", "EST5").output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).unwrap()
    };
    // 23:30 on the 12th at UTC-5 is 04:30 on the 13th in UTC.
    west(&[
        "health",
        "log",
        "weight",
        "72kg",
        "--at",
        "2026-11-12 23:30",
    ]);
    west(&[
        "health",
        "log",
        "weight",
        "71kg",
        "--at",
        "2026-11-13 00:10",
    ]);
    west(&["habit", "add", "Stretch"]);
    west(&["habit", "check", "Stretch", "--date", "2026-11-12"]);
    let day = west(&["day", "2026-11-12"]);
    let said: Vec<(String, String, String)> = day
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            (
                m["time"].as_str().unwrap_or("").to_owned(),
                m["what"].as_str().unwrap().to_owned(),
                m["title"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(
        said,
        [
            ("".into(), "checked in".into(), "Stretch".into()),
            ("23:30".into(), "logged".into(), "weight".into()),
        ]
    );
    assert!(
        day.as_array()
            .unwrap()
            .iter()
            .all(|m| m["day"] == "2026-11-12")
    );
    // In UTC both weights fall on the 13th.
    let utc = h.json(&["day", "2026-11-13"]);
    assert_eq!(utc.as_array().unwrap().len(), 2);
    assert_eq!(utc[0]["time"], "04:30");
    let span = west(&["timeline", "--from", "2026-11-12", "--to", "2026-11-13"]);
    let days: Vec<&str> = span
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["day"].as_str().unwrap())
        .collect();
    assert_eq!(days, ["2026-11-12", "2026-11-12", "2026-11-13"]);
    let table = h.ok(&[
        "timeline",
        "--from",
        "2026-11-12",
        "--to",
        "2026-11-13",
        "--format",
        "table",
    ]);
    assert!(
        table.contains("checked in") && table.contains("Stretch"),
        "{table}"
    );
    assert!(
        h.ok(&["day", "2026-01-01", "--format", "table"])
            .contains("nothing happened on 2026-01-01")
    );
    assert!(
        h.fails(
            &["timeline", "--from", "2026-11-13", "--to", "2026-11-12"],
            2
        )
        .contains("is after")
    );
    assert_eq!(h.ok(&["day", "2026-01-01", "--format", "ndjson"]), "");
}
