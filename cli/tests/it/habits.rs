//! Habits and fasting through the real binary: the commands of the issue, their JSON,
//! one check-in per day, and bad input (clear one-line errors, nothing written).

use serde_json::Value;

use crate::{Home, id_of};

fn checkins(h: &Home) -> Vec<Value> {
    h.export()
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
        .filter(|v| v["entity"] == "habit_checkin")
        .collect()
}

#[test]
fn habits_check_skip_uncheck_list_and_stats() {
    let h = Home::new();
    let read = h.json(&["habit", "add", "Read 20 pages", "--schedule", "daily"]);
    assert_eq!(read["schedule"], "daily");
    let gym = h.json(&["habit", "add", "Gym", "--schedule", "3/week"]);
    assert_eq!(gym["schedule"], "3/week");
    let piano = h.json(&["habit", "add", "Piano", "--schedule", "Fri,mon,wed"]);
    assert_eq!(piano["schedule"], "mon,wed,fri");
    let water = h.json(&[
        "habit", "add", "Water", "--target", "8", "--unit", "glasses",
    ]);
    assert_eq!(water["target"], 8.0);

    // By name (any case) or id prefix; --date and --value.
    let c = h.json(&["habit", "check", "read 20 PAGES", "--date", "2026-11-28"]);
    assert_eq!(c["date"], "2026-11-28");
    assert_eq!(c["habit_id"], read["id"]);
    h.json(&[
        "habit",
        "check",
        &id_of(&read)[..10],
        "--date",
        "2026-11-29",
    ]);
    h.json(&["habit", "skip", "Read 20 pages", "--date", "2026-11-30"]);
    let w = h.json(&[
        "habit",
        "check",
        "water",
        "--value",
        "5",
        "--date",
        "2026-11-30",
    ]);
    // Checking in again on the same day updates the one check-in.
    let w2 = h.json(&[
        "habit",
        "check",
        "water",
        "--value",
        "8",
        "--date",
        "2026-11-30",
    ]);
    assert_eq!(w2["id"], w["id"]);
    assert_eq!(w2["value"], 8.0);
    assert_eq!(w2["version"], 2);
    // Only what is given changes: the note stays, the status flips.
    let n = h.json(&[
        "habit",
        "check",
        "water",
        "--note",
        "with lemon",
        "--date",
        "2026-11-30",
    ]);
    let s = h.json(&["habit", "skip", "water", "--date", "2026-11-30"]);
    assert_eq!(
        (n["id"].clone(), s["id"].clone()),
        (w["id"].clone(), w["id"].clone())
    );
    assert_eq!(s["note"], "with lemon");
    assert_eq!(s["value"], 8.0);
    assert_eq!(s["status"], "skipped");
    let back = h.json(&["habit", "check", "water", "--date", "2026-11-30"]);
    assert_eq!(back["status"], "done");
    assert_eq!(checkins(&h).len(), 4);

    let stats = h.json(&["habit", "stats", "Read 20 pages"]);
    for key in [
        "current_streak",
        "longest_streak",
        "completion_7d",
        "completion_30d",
        "strength",
    ] {
        assert!(stats.get(key).is_some(), "{key} missing: {stats}");
    }
    assert!(stats["strength"].as_f64().unwrap() > 0.0);
    assert!(stats["longest_streak"].as_u64().unwrap() >= 2);

    let list = h.json(&["habit", "list"]);
    let names: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Gym", "Piano", "Read 20 pages", "Water"]);
    for v in list.as_array().unwrap() {
        assert!(
            v["today"].is_string() && v["current_streak"].is_u64(),
            "{v}"
        );
    }
    // Every format.
    for f in ["table", "yaml", "ndjson"] {
        assert!(
            h.ok(&["habit", "list", "--format", f])
                .contains("Read 20 pages")
        );
        assert!(
            h.ok(&["habit", "stats", "gym", "--format", f])
                .contains("streak")
        );
    }

    // Uncheck removes the day (a tombstone); the log shows what is left.
    h.json(&["habit", "uncheck", "water", "--date", "2026-11-30"]);
    let log = h.json(&["habit", "log", "Read 20 pages"]);
    let days: Vec<&str> = log
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["date"].as_str().unwrap())
        .collect();
    assert_eq!(days, ["2026-11-30", "2026-11-29", "2026-11-28"]);
    h.fails(&["habit", "uncheck", "water", "--date", "2026-11-30"], 1);

    // Archive hides it from the list and refuses check-ins.
    h.json(&["habit", "archive", "Gym"]);
    assert_eq!(h.json(&["habit", "list"]).as_array().unwrap().len(), 3);
    assert_eq!(
        h.json(&["habit", "list", "--archived"])
            .as_array()
            .unwrap()
            .len(),
        4
    );
    h.json(&[
        "habit",
        "edit",
        "Piano",
        "--schedule",
        "tue,thu",
        "--name",
        "Keys",
    ]);
    assert_eq!(h.json(&["habit", "show", "keys"])["schedule"], "tue,thu");
}

#[test]
fn bad_habit_input_is_refused_with_one_line_and_writes_nothing() {
    let h = Home::new();
    h.json(&["habit", "add", "Read", "--schedule", "daily"]);
    h.json(&["habit", "add", "Old", "--schedule", "daily"]);
    h.json(&["habit", "add", "Gone", "--schedule", "daily"]);
    h.json(&["habit", "archive", "Old"]);
    h.json(&["habit", "rm", "Gone"]);
    let before = h.export();

    for (schedule, token) in [
        ("mon,wed,fry", "'fry'"),
        ("fortnightly", "'fortnightly'"),
        ("9/week", "'9'"),
    ] {
        let err = h.fails(&["habit", "add", "X", "--schedule", schedule], 2);
        assert!(err.contains(token), "{err}");
    }
    let err = h.fails(&["habit", "check", "Old"], 1);
    assert!(err.contains("archived"), "{err}");
    let err = h.fails(&["habit", "check", "Gone"], 1);
    assert!(err.contains("deleted"), "{err}");
    let err = h.fails(&["habit", "skip", "Nope"], 2);
    assert!(err.contains("no habit"), "{err}");
    h.fails(&["habit", "check", "Read", "--date", "2026-02-30"], 2);
    h.fails(&["habit", "check", "Read", "--value", "-3"], 2);
    h.fails(&["habit", "check", "Read", "--value", "NaN"], 2);
    h.fails(&["habit", "add", "", "--schedule", "daily"], 2);
    assert_eq!(h.export(), before, "a refused command wrote something");
}

#[test]
fn fasting_start_status_stop_list_stats_edit() {
    let h = Home::new();
    let none = h.json(&["fast", "status"]);
    assert_eq!(none["running"], false);
    let f = h.json(&[
        "fast",
        "start",
        "--target",
        "16h",
        "--at",
        "2026-11-29T20:00:00Z",
    ]);
    assert_eq!(f["target_minutes"], 960);
    assert!(f["ended_at"].is_null());
    let st = h.json(&["fast", "status"]);
    assert_eq!(st["running"], true);
    assert_eq!(st["id"], f["id"]);
    assert!(st["elapsed_seconds"].as_i64().unwrap() > 3600);
    assert!(st["remaining_seconds"].is_i64());
    assert!(
        h.ok(&["fast", "status", "--format", "table"])
            .contains("elapsed")
    );

    // A second running fast is a clear error, and nothing is written.
    let before = h.export();
    let err = h.fails(&["fast", "start"], 1);
    assert!(err.contains("already running"), "{err}");
    // A fast cannot end before it starts.
    let err = h.fails(&["fast", "stop", "--at", "2026-11-29T19:00:00Z"], 2);
    assert!(err.contains("before"), "{err}");
    assert_eq!(h.export(), before);

    let stopped = h.json(&["fast", "stop", "--at", "2026-11-30T12:30:00Z"]);
    assert_eq!(stopped["ended_at"], "2026-11-30T12:30:00.000Z");
    h.fails(&["fast", "stop"], 1);
    h.json(&[
        "fast",
        "start",
        "--target",
        "18h",
        "--at",
        "2026-11-27T20:00:00Z",
    ]);
    let id = h.json(&["fast", "list"])[0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    h.json(&["fast", "edit", &id, "--end", "2026-11-28T10:00:00Z"]);
    let err = h.fails(&["fast", "edit", &id, "--end", "2026-11-27T10:00:00Z"], 2);
    assert!(err.contains("ended_at"), "{err}");

    let list = h.json(&["fast", "list"]);
    assert_eq!(list.as_array().unwrap().len(), 2);
    assert!(h.ok(&["fast", "list", "--format", "table"]).contains("16h"));
    let stats = h.json(&["fast", "stats"]);
    assert_eq!(stats["count"], 2);
    assert_eq!(stats["longest_seconds"], 16 * 3600 + 1800);
    assert_eq!(stats["average_seconds"], (16 * 3600 + 1800 + 14 * 3600) / 2);
    assert_eq!(stats["met_target"], 1);
    assert_eq!(stats["met_target_share"], 0.5);
    h.fails(&["fast", "start", "--target", "soon"], 2);
    h.fails(&["fast", "start", "--target", "40d"], 2);
}

#[test]
fn habits_checkins_and_fasts_export_and_import() {
    let h = Home::new();
    h.json(&["habit", "add", "Read", "--schedule", "mon,wed,fri"]);
    h.json(&[
        "habit",
        "check",
        "Read",
        "--date",
        "2026-11-30",
        "--note",
        "ch. 3",
    ]);
    h.json(&["habit", "skip", "Read", "--date", "2026-11-27"]);
    h.json(&[
        "fast",
        "start",
        "--target",
        "16h",
        "--at",
        "2026-11-29T20:00:00Z",
    ]);
    let dump = h.export();
    for kind in ["\"habit\"", "\"habit_checkin\"", "\"fast\""] {
        assert!(dump.contains(kind), "{kind} not exported");
    }
    let file = h.path().join("dump.ndjson");
    std::fs::write(&file, &dump).unwrap();
    h.ok(&["--profile", "other", "import", file.to_str().unwrap()]);
    assert_eq!(h.ok(&["--profile", "other", "export"]), dump);
    let stats = h.json(&["--profile", "other", "habit", "stats", "read"]);
    assert_eq!(stats["total_done"], 1);
    assert_eq!(stats["total_skipped"], 1);
}

#[test]
fn a_checkin_below_a_numeric_target_is_partial_in_every_statistic() {
    let h = Home::new();
    h.ok(&[
        "habit", "add", "Water", "--target", "8", "--unit", "glasses",
    ]);
    h.ok(&["habit", "check", "Water", "--value", "6"]);
    let s = h.json(&["habit", "stats", "Water"]);
    assert_eq!(s["today"], "due", "{s}");
    assert_eq!(s["current_streak"], 0, "{s}");
    assert_eq!(s["total_done"], 0, "{s}");
    h.ok(&["habit", "check", "Water", "--value", "8"]);
    let s = h.json(&["habit", "stats", "Water"]);
    assert_eq!(s["today"], "done", "{s}");
    assert_eq!(s["current_streak"], 1, "{s}");
    let list = h.json(&["habit", "list"]);
    assert_eq!(list[0]["today"], "done", "{list}");
}

#[test]
fn one_date_grammar_and_no_checkin_in_the_future() {
    let h = Home::new();
    h.ok(&["habit", "add", "Read"]);
    let c = h.json(&["habit", "check", "Read", "--date", "-2d"]);
    assert!(c["date"].is_string(), "{c}");
    let err = h.fails(&["habit", "check", "Read", "--date", "tomorrow"], 2);
    assert!(err.contains("in the future"), "{err}");
    let t = h.json(&["task", "add", "Pay", "--due", "eom"]);
    assert!(t["due"].is_string(), "{t}");
    h.ok(&["task", "add", "Call", "--due", "next monday"]);
    let err = h.fails(&["habit", "check", "Read", "--date", "someday"], 2);
    assert!(err.contains("next monday"), "{err}");
}
