//! Health, workouts, practices and reading plans through the real binary: units in and
//! out, absurd values refused, CSV import without duplicates, plans with catch-up, and
//! every kind in export/import.

use crate::{Home, id_of};

#[test]
fn health_entries_in_metric_and_imperial() {
    let h = Home::new();
    let w = h.json(&[
        "health",
        "log",
        "weight",
        "72.4kg",
        "--at",
        "2026-11-01 07:00",
    ]);
    assert_eq!(w["value"], 72_400);
    assert_eq!(w["unit"], "g");
    let w = h.json(&[
        "health",
        "log",
        "weight",
        "160",
        "--units",
        "imperial",
        "--at",
        "2026-11-02 07:00",
    ]);
    assert_eq!(w["value"], 72_575);
    assert_eq!(w["display"], "160 lb");
    let bp = h.json(&["health", "log", "bp", "120/80"]);
    assert_eq!(
        (bp["value"].as_i64(), bp["value2"].as_i64()),
        (Some(120), Some(80))
    );
    let s = h.json(&["health", "log", "sleep", "--from", "23:10", "--to", "06:40"]);
    assert_eq!(s["value"], 27_000);
    let water = h.json(&["health", "log", "water", "16floz"]);
    assert_eq!(water["value"], 473);
    let table = h.ok(&[
        "health", "list", "--kind", "weight", "--units", "imperial", "--format", "table",
    ]);
    assert!(table.contains("160 lb"), "{table}");
    let trend = h.json(&["health", "trend", "weight", "--days", "36600"]);
    assert_eq!(trend["count"], 2);
    assert_eq!(trend["average"], 72_488);
    assert_eq!(trend["trend_per_week"], 1_225);
    let summary = h.json(&["health", "summary"]);
    assert_eq!(summary.as_array().unwrap().len(), 4);
}

#[test]
fn absurd_and_malformed_health_input_is_refused_and_nothing_is_written() {
    let h = Home::new();
    for args in [
        vec!["health", "log", "weight", "-3kg"],
        vec!["health", "log", "weight", "72.4 parsecs"],
        vec!["health", "log", "weight", "72.4001kg"],
        vec!["health", "log", "bp", "900/10"],
        vec!["health", "log", "bp", "80/120"],
        vec!["health", "log", "bp", "120"],
        vec!["health", "log", "mood", "6"],
        vec!["health", "log", "steps", "lots"],
        vec!["health", "log", "glucose", "5.4"],
        vec!["health", "log", "weight"],
        vec![
            "health",
            "log",
            "sleep",
            "--from",
            "2026-11-30 06:40",
            "--to",
            "2026-11-29 23:10",
        ],
        vec!["health", "log", "sleep", "--from", "yesterday"],
        vec!["health", "log", "sleep", "--from", "06:40", "--to", "06:40"],
        vec!["health", "log", "weight", "70kg", "--at", "noon-ish"],
        vec!["health", "trend", "weight", "--days", "0"],
        vec!["workout", "add", "run", "--duration", "forever"],
        vec!["workout", "add", "run", "--duration", "25h"],
        vec![
            "workout",
            "add",
            "run",
            "--duration",
            "42m",
            "--distance",
            "8.2 furlongs",
        ],
        vec![
            "workout",
            "add",
            "run",
            "--duration",
            "42m",
            "--effort",
            "11",
        ],
        vec!["workout", "add", "Not Valid", "--duration", "42m"],
    ] {
        let err = h.fails(&args, 2);
        assert!(!err.contains("panicked"), "{err}");
    }
    let long = "9".repeat(5000);
    h.fails(&["health", "log", "weight", &long], 2);
    assert_eq!(h.json(&["health", "list"]).as_array().unwrap().len(), 0);
    assert_eq!(h.json(&["workout", "list"]).as_array().unwrap().len(), 0);
}

#[test]
fn health_csv_import_skips_duplicates_and_rejects_a_bad_file_whole() {
    let h = Home::new();
    let file = h.path().join("weights.csv");
    std::fs::write(
        &file,
        "\u{feff}Date,Weight,Comment\n2026-11-01,72.4,after run\n2026-11-02 07:30,72.1,\n2026-11-03,71.9,\n",
    )
    .unwrap();
    let f = file.to_str().unwrap();
    let map = "date=Date,value=Weight,note=Comment";
    let r = h.json(&["health", "import", f, "--kind", "weight", "--map", map]);
    assert_eq!(
        (r["imported"].as_u64(), r["skipped_duplicates"].as_u64()),
        (Some(3), Some(0))
    );
    let r = h.json(&["health", "import", f, "--kind", "weight", "--map", map]);
    assert_eq!(
        (r["imported"].as_u64(), r["skipped_duplicates"].as_u64()),
        (Some(0), Some(3))
    );
    assert_eq!(h.json(&["health", "list"]).as_array().unwrap().len(), 3);

    let bad = h.path().join("bad.csv");
    std::fs::write(&bad, "Date,Weight\n2026-11-04,70\n2026-11-05,heavy\n").unwrap();
    let err = h.fails(
        &[
            "health",
            "import",
            bad.to_str().unwrap(),
            "--kind",
            "weight",
            "--map",
            "date=Date,value=Weight",
        ],
        2,
    );
    assert!(err.contains("row 3"), "{err}");
    assert_eq!(h.json(&["health", "list"]).as_array().unwrap().len(), 3);
    let err = h.fails(
        &[
            "health",
            "import",
            f,
            "--kind",
            "weight",
            "--map",
            "date=Datum,value=Weight",
        ],
        2,
    );
    assert!(err.contains("no column 'Datum'"), "{err}");
    h.fails(
        &["health", "import", f, "--map", "date=Date,value=Weight"],
        2,
    );
    h.fails(
        &[
            "health", "import", f, "--kind", "weight", "--map", "nonsense",
        ],
        2,
    );
}

#[test]
fn workouts_and_weekly_totals() {
    let h = Home::new();
    h.ok(&[
        "workout",
        "add",
        "run",
        "--duration",
        "42m",
        "--distance",
        "8.2km",
        "--at",
        "2020-12-28 07:00",
    ]);
    h.ok(&[
        "workout",
        "add",
        "run",
        "--duration",
        "30m",
        "--distance",
        "5mi",
        "--at",
        "2020-12-30 07:00",
    ]);
    h.ok(&[
        "workout",
        "add",
        "yoga",
        "--duration",
        "1h",
        "--effort",
        "4",
        "--at",
        "2021-01-04 07:00",
    ]);
    let list = h.json(&["workout", "list", "--kind", "run"]);
    assert_eq!(list.as_array().unwrap().len(), 2);
    assert_eq!(list[0]["distance_m"], 8047);
    let stats = h.json(&["workout", "stats", "--weeks", "520"]);
    let weeks = stats.as_array().unwrap();
    assert_eq!(weeks.len(), 2, "{stats}");
    let w53 = weeks.iter().find(|w| w["week"] == "2020-W53").unwrap();
    assert_eq!(w53["count"], 2);
    assert_eq!(w53["distance_m"], 8200 + 8047);
    assert_eq!(w53["duration_s"], 72 * 60);
}

#[test]
fn practices_plans_progress_and_reflections() {
    let h = Home::new();
    let p = h.json(&[
        "practice",
        "log",
        "prayer",
        "--duration",
        "15m",
        "--note",
        "morning",
        "--reflect",
        "stillness",
    ]);
    assert_eq!(p["duration_s"], 900);
    h.ok(&[
        "practice",
        "log",
        "lectio-divina",
        "--reference",
        "Psalm 23",
    ]);
    let stats = h.json(&["practice", "stats"]);
    assert_eq!(stats["current_streak"], 1);
    assert_eq!(stats["kinds"]["prayer"]["minutes"], 15);
    let notes = h.json(&["note", "list", "--tag", "reflection"]);
    assert_eq!(notes.as_array().unwrap().len(), 1);
    let tag = format!("practice:{}", id_of(&p).to_lowercase());
    assert!(
        notes[0]["tags"]
            .as_array()
            .unwrap()
            .iter()
            .any(|t| t == tag.as_str())
    );

    let plan = h.path().join("plan.txt");
    std::fs::write(
        &plan,
        "# a plan\n1, Matthew 1-2\nMatthew 3\n3: Matthew 4\nMatthew 5\n",
    )
    .unwrap();
    let today = time::OffsetDateTime::now_utc().date();
    let start = (today - time::Duration::days(3)).to_string();
    h.ok(&[
        "plan",
        "import",
        "Gospels",
        plan.to_str().unwrap(),
        "--start",
        &start,
    ]);
    let s = h.json(&["plan", "status"]);
    assert_eq!(s[0]["day"], 4);
    assert_eq!(s[0]["behind_days"], 3);
    h.ok(&["plan", "done"]);
    h.ok(&["plan", "done", "matthew 4"]);
    h.ok(&["plan", "done", "matthew 4"]);
    let s = h.json(&["plan", "status"]);
    assert_eq!(s[0]["done"], 2);
    assert_eq!(s[0]["behind_days"], 1);
    assert_eq!(s[0]["missed"][0]["text"], "Matthew 3");
    let today_list = h.json(&["plan", "today"]);
    assert_eq!(
        today_list[0]["readings"],
        serde_json::json!(["Matthew 3", "Matthew 5"])
    );
    h.ok(&["plan", "undone", "Matthew 4"]);
    assert_eq!(h.json(&["plan", "status"])[0]["done"], 1);
    h.fails(&["plan", "done", "Revelation"], 2);
    h.fails(&["plan", "done", "Matthew"], 2);
    h.fails(&["plan", "import", "Gospels", plan.to_str().unwrap()], 2);
    let bad = h.path().join("bad.txt");
    std::fs::write(&bad, "3, A\n2, B\n").unwrap();
    let err = h.fails(&["plan", "import", "Bad", bad.to_str().unwrap()], 2);
    assert!(err.contains("line 2"), "{err}");
    // Every kind is in the export, and the export round-trips.
    let export = h.export();
    for kind in ["practice", "reading_plan", "reading_done", "note"] {
        assert!(export.contains(&format!("\"entity\":\"{kind}\"")), "{kind}");
    }
    let file = h.path().join("all.ndjson");
    std::fs::write(&file, &export).unwrap();
    h.ok(&["--profile", "copy", "import", file.to_str().unwrap()]);
    assert_eq!(h.ok(&["--profile", "copy", "export"]), export);
}
