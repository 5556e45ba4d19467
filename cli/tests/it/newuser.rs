//! What a new user ran into (issue 14): tables that fit, ids shortened and taken back,
//! health values checked in the user's units, two-valued kinds reported whole, birthdays
//! without a year, help that lists global options apart, messages said once.

use unicode_width::UnicodeWidthStr;

use crate::{Home, id_of};

/// `lifeos ARGS --format table` in a terminal `columns` wide (`COLUMNS`, as when stdout
/// is not a terminal).
fn table(h: &Home, args: &[&str], columns: usize) -> String {
    let mut a = args.to_vec();
    a.extend(["--format", "table"]);
    let out = h
        .cmd(&a)
        .env("COLUMNS", columns.to_string())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn tables_fit_the_terminal_and_their_ids_name_rows() {
    let h = Home::new();
    let long = "Renew the passport before the trip to Lisbon, with two photos and the old passport";
    let t = h.json(&[
        "task",
        "add",
        long,
        "--due",
        "2026-12-24T09:30",
        "--tag",
        "errands",
        "--tag",
        "travel",
    ]);
    h.ok(&["task", "add", "Buy milk"]);
    for w in [80, 100] {
        let text = table(&h, &["task", "list"], w);
        for line in text.lines() {
            assert!(line.width() <= w, "{w}: {line:?} is {} wide", line.width());
        }
        assert!(text.contains('…'), "the long title is cut: {text}");
        assert!(text.contains("errands travel"), "the tags stay: {text}");
    }
    // The id is the shortest unique prefix (at least 7), and the naming rule takes it back.
    let text = table(&h, &["task", "list"], 80);
    let full = id_of(&t);
    let line = text.lines().find(|l| l.contains("Renew")).unwrap();
    // After the row's number (the working set), its id.
    let short = line.split_whitespace().nth(1).unwrap();
    assert!(
        short.len() >= 7 && short.len() < full.len() && full.starts_with(short),
        "{line}"
    );
    let shown = h.json(&["task", "show", short]);
    assert_eq!(shown["id"], full);
    // --wide shows everything: the whole title and the whole id.
    let wide = table(&h, &["task", "list", "--wide"], 80);
    assert!(wide.contains(long) && wide.contains(&full), "{wide}");
    // Local time in every table, `show` too (TZ is UTC here: no `Z`, no `T`).
    let show = table(&h, &["task", "show", short], 80);
    assert!(
        show.contains("2026-12-24 09:30") && !show.contains("09:30:00.000Z"),
        "{show}"
    );
    // Piped without --format, the default stays json.
    let piped = h.ok(&["task", "list"]);
    assert!(
        serde_json::from_str::<serde_json::Value>(&piped).is_ok(),
        "{piped}"
    );
}

#[test]
fn money_and_numbers_are_right_aligned() {
    let h = Home::new();
    h.ok(&["account", "add", "Checking", "--currency", "EUR"]);
    h.ok(&[
        "tx",
        "add",
        "--account",
        "Checking",
        "--",
        "-1234.56",
        "Grocer",
    ]);
    h.ok(&["tx", "add", "--account", "Checking", "5", "Refund"]);
    let text = table(&h, &["tx", "list"], 80);
    let lines: Vec<&str> = text.lines().collect();
    let at = |l: &str, s: &str| l.find(s).map(|i| i + s.len());
    // The amounts end in the same column.
    let a = at(lines[1], "1234.56").or_else(|| at(lines[2], "1234.56"));
    let b = at(lines[1], "5.00").or_else(|| at(lines[2], "5.00"));
    assert!(a.is_some() && a == b, "{text}");
}

#[test]
fn health_values_are_checked_in_the_users_units_everywhere() {
    let h = Home::new();
    // The same clock time twice is no 24-hour sleep.
    let e = h.fails(
        &["health", "log", "sleep", "--from", "06:40", "--to", "06:40"],
        2,
    );
    assert!(e.contains("same time"), "{e}");
    // Nor is a duration of 24 hours, from the log line.
    let e = h.fails(&["health", "log", "sleep", "24h"], 2);
    assert!(e.contains("less than 24 hours"), "{e}");
    // Messages speak the user's units, not the stored integer.
    let e = h.fails(&["health", "log", "weight", "800kg"], 2);
    assert!(
        e.contains("800 kg is out of range") && !e.contains("800000"),
        "{e}"
    );
    let e = h
        .cmd(&["health", "log", "weight", "2000", "--units", "imperial"])
        .output()
        .unwrap();
    let e = String::from_utf8(e.stderr).unwrap();
    assert!(
        e.contains("2000 lb is out of range") && e.contains("lb"),
        "{e}"
    );
    // A measurement is of what has happened.
    let e = h.fails(&["health", "log", "weight", "72kg", "--at", "tomorrow"], 2);
    assert!(e.contains("in the future"), "{e}");
    // A CSV import goes through the same checks, and a bad row writes nothing.
    std::fs::write(
        h.path().join("w.csv"),
        "Date,Weight\n2026-11-01,72.4\n2026-11-02,900\n",
    )
    .unwrap();
    let csv = h.path().join("w.csv");
    let e = h.fails(
        &[
            "health",
            "import",
            csv.to_str().unwrap(),
            "--kind",
            "weight",
            "--map",
            "date=Date,value=Weight",
        ],
        2,
    );
    assert!(e.contains("row 3") && e.contains("900 kg"), "{e}");
    assert_eq!(h.json(&["health", "list"]).as_array().unwrap().len(), 0);
}

#[test]
fn blood_pressure_reports_both_values() {
    let h = Home::new();
    h.ok(&["health", "log", "bp", "120/80", "--at", "yesterday 08:00"]);
    h.ok(&["health", "log", "bp", "130/90", "--at", "today 00:00"]);
    let t = h.json(&["health", "trend", "bp"]);
    assert_eq!(t["average_7d"], 125);
    assert_eq!(t["average_7d_value2"], 85);
    assert_eq!(t["latest"]["value2"], 90);
    assert!(
        t["points"]
            .as_array()
            .unwrap()
            .iter()
            .all(|p| p["value2"].is_i64()),
        "{t}"
    );
    let text = table(&h, &["health", "trend", "bp"], 80);
    assert!(
        text.contains("125/85 mmHg") && text.contains("130/90 mmHg"),
        "{text}"
    );
    let text = table(&h, &["health", "summary"], 80);
    assert!(text.contains("125/85 mmHg"), "{text}");
}

#[test]
fn a_birthday_may_omit_the_year() {
    let h = Home::new();
    let p = h.json(&["person", "add", "Grace", "--birthday", "12-09"]);
    assert_eq!(p["birthday"], "--12-09");
    let p = h.json(&["person", "add", "Alan", "--birthday", "--06-23"]);
    assert_eq!(p["birthday"], "--06-23");
    let p = h.json(&["person", "edit", "Alan", "--birthday=1912-06-23"]);
    assert_eq!(p["birthday"], "1912-06-23");
    let e = h.fails(&["person", "add", "Bob", "--birthday", "02-30"], 2);
    assert!(e.contains("--birthday: '02-30' is not a birthday"), "{e}");
    assert_eq!(e.matches("02-30").count(), 1, "said once: {e}");
    let e = h.fails(&["person", "add", "Bob", "--birthday", "2999-01-01"], 2);
    assert!(e.contains("future"), "{e}");
    // An export carries it and an import takes it back.
    let export = h.export();
    assert!(export.contains("\"birthday\":\"--12-09\""), "{export}");
    let other = Home::new();
    let file = other.path().join("x.ndjson");
    std::fs::write(&file, &export).unwrap();
    other.ok(&["import", file.to_str().unwrap()]);
    assert_eq!(other.export(), export);
}

#[test]
fn help_lists_global_options_apart_and_says_things_once() {
    let h = Home::new();
    let help = h.ok(&["task", "list", "--help"]);
    let (own, global) = help
        .split_once("Global options:")
        .expect("a global options heading");
    assert!(
        own.contains("--status") && !own.contains("--profile"),
        "{help}"
    );
    assert!(
        global.contains("--profile") && global.contains("--format") && global.contains("--wide")
    );
    let top = h.ok(&["--help"]);
    assert_eq!(top.matches("LifeOS:").count(), 1, "one header: {top}");
    // Not found names the command that lists the kind (there is no `lifeos transaction`).
    h.ok(&["account", "add", "Cash", "--currency", "EUR"]);
    let e = h.fails(&["tx", "show", "Nobody"], 2);
    assert!(
        e.contains("`lifeos tx list`") && e.matches("Nobody").count() == 1,
        "{e}"
    );
    let e = h.fails(&["health", "rm", "zzz"], 2);
    assert!(
        e.contains("health entry") && e.contains("`lifeos health list`"),
        "{e}"
    );
}

#[test]
fn a_fast_stopped_within_a_minute_is_not_recorded() {
    let h = Home::new();
    h.ok(&["fast", "start"]);
    let stopped = h.json(&["fast", "stop"]);
    assert!(stopped["deleted_at"].is_string(), "{stopped}");
    assert_eq!(h.json(&["fast", "list"]).as_array().unwrap().len(), 0);
    h.ok(&["fast", "start", "--at=-1d"]);
    let stopped = h.json(&["fast", "stop"]);
    assert!(
        stopped["deleted_at"].is_null() && stopped["ended_at"].is_string(),
        "{stopped}"
    );
}

#[test]
fn errors_say_a_thing_once_in_the_users_words() {
    let h = Home::new();
    h.ok(&["task", "add", "x"]);
    // A file error's cause is not repeated after it.
    let dir = h.path().to_str().unwrap().to_owned();
    let e = h.fails(&["db", "backup", &dir], 1);
    assert_eq!(e.matches("never overwrites").count(), 1, "{e}");
    // A rule of the model is named by the option that broke it, not the wire field.
    let e = h.fails(&["person", "add", "P", "--email", "nope"], 2);
    assert!(
        e.contains("--email: 'nope' is not an email address") && !e.contains("emails[0]"),
        "{e}"
    );
    // A value that is no number is named whole, with what to type.
    let e = h.fails(&["health", "log", "weight", "heavy"], 2);
    assert!(e.contains("'heavy' is not a number"), "{e}");
    let e = h.fails(&["health", "log", "weight"], 2);
    assert!(e.contains("e.g. weight 72.4kg"), "{e}");
}
