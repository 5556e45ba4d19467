//! Tasks as deep as Taskwarrior's, through the real binary: recurrence (the next
//! instance on done and skip, until and count, a series edited or ended whole),
//! projects with counts, wait, dependencies (blocked by, cycles refused), annotations,
//! the urgency order of `lifeos next` and its coefficients, and list sort and limit.

use crate::{Home, id_of};

fn titles(v: &serde_json::Value) -> Vec<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|t| t["title"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn a_recurring_task_makes_its_next_instance_when_done_or_skipped() {
    let h = Home::new();
    let t = h.json(&[
        "task",
        "add",
        "Water plants",
        "--due",
        "2026-12-07",
        "--recur",
        "Every 2 weeks on Thu, Mon",
        "--count",
        "3",
    ]);
    assert_eq!(t["recur"]["rule"], "every 2 weeks on mon,thu");
    assert_eq!(t["recur"]["series"], t["id"]);
    assert_eq!(t["recur"]["index"], 1);
    let done = h.ok(&["task", "done", &id_of(&t), "--format", "table"]);
    assert!(done.contains("next: Water plants due 2026-12-10"), "{done}");
    let open = h.json(&["task", "list"]);
    assert_eq!(open.as_array().unwrap().len(), 1);
    assert_eq!(open[0]["due"], "2026-12-10");
    assert_eq!(open[0]["recur"]["index"], 2);
    // Skipping goes on to the third, the last of the count.
    let skipped = h.json(&["task", "skip", &id_of(&open[0])]);
    assert_eq!(skipped["status"], "cancelled");
    let third = h.json(&["task", "list"]);
    assert_eq!(third[0]["due"], "2026-12-21");
    h.ok(&["task", "done", &id_of(&third[0])]);
    assert!(
        h.json(&["task", "list"]).as_array().unwrap().is_empty(),
        "count 3 ends it"
    );
    // Until ends a series too; a plain task cannot be skipped.
    let u = h.json(&[
        "task",
        "add",
        "Stand-up",
        "--due",
        "2026-12-10",
        "--recur",
        "weekdays",
        "--until",
        "2026-12-11",
    ]);
    h.ok(&["task", "done", &id_of(&u)]);
    let next = h.json(&["task", "list", "--search", "stand"]);
    assert_eq!(next[0]["due"], "2026-12-11");
    h.ok(&["task", "done", &id_of(&next[0])]);
    assert!(
        h.json(&["task", "list", "--search", "stand"])
            .as_array()
            .unwrap()
            .is_empty()
    );
    let plain = h.json(&["task", "add", "Once"]);
    assert!(
        h.fails(&["task", "skip", &id_of(&plain)], 2)
            .contains("recurring")
    );
}

#[test]
fn a_series_is_edited_or_ended_whole() {
    let h = Home::new();
    let t = h.json(&[
        "task",
        "add",
        "Pay rent",
        "--due",
        "2026-12-01",
        "--recur",
        "monthly",
    ]);
    h.ok(&["task", "done", &id_of(&t)]);
    let second = h.json(&["task", "list"]);
    assert_eq!(second[0]["due"], "2027-01-01");
    h.ok(&[
        "task",
        "edit",
        &id_of(&second[0]),
        "--series",
        "--project",
        "home.money",
        "--priority",
        "high",
    ]);
    let edited = h.json(&["task", "show", &id_of(&second[0])]);
    assert_eq!(
        (edited["project"].as_str(), edited["priority"].as_str()),
        (Some("home.money"), Some("high"))
    );
    let gone = h.json(&["task", "rm", &id_of(&second[0]), "--series"]);
    assert_eq!(gone.as_array().unwrap().len(), 1);
    assert!(h.json(&["task", "list"]).as_array().unwrap().is_empty());
    // The next instance carries the series' edits; a plain task has no series.
    let plain = h.json(&["task", "add", "Once"]);
    assert!(
        h.fails(
            &["task", "edit", &id_of(&plain), "--series", "--title", "x"],
            2
        )
        .contains("recurring")
    );
    assert!(
        h.fails(&["task", "rm", &id_of(&plain), "--series"], 2)
            .contains("recurring")
    );
}

#[test]
fn projects_wait_dependencies_and_annotations() {
    let h = Home::new();
    let soil = h.json(&["task", "add", "Buy soil", "--project", "home.garden"]);
    let fence = h.json(&[
        "task",
        "add",
        "Fix fence",
        "--project",
        "home",
        "--depends",
        "Buy soil",
    ]);
    h.ok(&["task", "add", "Tax return", "--project", "work"]);
    h.ok(&["task", "add", "Later", "--wait", "+5d", "--project", "home"]);
    // A project lists itself and what is below it.
    assert_eq!(
        titles(&h.json(&["task", "list", "--project", "home", "--sort", "title"])),
        ["Buy soil", "Fix fence"]
    );
    assert_eq!(
        titles(&h.json(&["task", "list", "--project", "home.garden"])),
        ["Buy soil"]
    );
    let projects = h.json(&["task", "projects"]);
    let home = projects
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["project"] == "home")
        .unwrap();
    assert_eq!(
        (home["open"].as_u64(), home["with_subprojects"].as_u64()),
        (Some(2), Some(3))
    );
    // A waiting task is hidden until its day, and listed with --waiting or --all.
    assert_eq!(titles(&h.json(&["task", "list", "--waiting"])), ["Later"]);
    assert!(titles(&h.json(&["task", "list", "--all"])).contains(&"Later".to_owned()));
    // A blocked task says by what; a cycle is refused and changes nothing.
    let shown = h.ok(&["task", "show", "Fix fence", "--format", "table"]);
    assert!(
        shown.contains(&format!("blocked by Buy soil ({})", id_of(&soil))),
        "{shown}"
    );
    let before = h.export();
    let err = h.fails(&["task", "edit", "Buy soil", "--depends", "Fix fence"], 2);
    assert!(
        err.contains("cycle: Buy soil → Fix fence → Buy soil"),
        "{err}"
    );
    assert_eq!(h.export(), before);
    h.ok(&["task", "done", "Buy soil"]);
    assert!(
        !h.ok(&["task", "show", "Fix fence", "--format", "table"])
            .contains("blocked by")
    );
    // Annotations carry their time.
    let a = h.json(&["task", "annotate", &id_of(&fence), "called the carpenter"]);
    assert_eq!(a["annotations"][0]["text"], "called the carpenter");
    assert!(a["annotations"][0]["at"].as_str().unwrap().ends_with('Z'));
}

#[test]
fn next_orders_by_urgency_with_configurable_coefficients() {
    let h = Home::new();
    h.ok(&["task", "add", "Someday", "--due", "+60d"]);
    h.ok(&["task", "add", "Overdue", "--due", "-10d"]);
    h.ok(&["task", "add", "Important", "--priority", "high"]);
    let blocker = h.json(&["task", "add", "Blocker"]);
    h.ok(&[
        "task",
        "add",
        "Blocked",
        "--priority",
        "high",
        "--depends",
        &id_of(&blocker),
    ]);
    h.ok(&[
        "task",
        "add",
        "Hidden",
        "--wait",
        "+3d",
        "--priority",
        "high",
    ]);
    let next = h.json(&["next"]);
    // Overdue 12, blocking 8, high 6, someday 2.4, blocked 6 - 5 = 1; waiting not listed.
    assert_eq!(
        titles(&next),
        ["Overdue", "Blocker", "Important", "Someday", "Blocked"]
    );
    assert_eq!(next[0]["urgency"], 12.0);
    assert_eq!(
        titles(&h.json(&["next", "--limit", "2"])),
        ["Overdue", "Blocker"]
    );
    assert_eq!(
        titles(&h.json(&["task", "list", "--sort", "urgency", "--limit", "1"])),
        ["Overdue"]
    );
    assert_eq!(
        titles(&h.json(&["task", "list", "--sort", "title", "--limit", "2"])),
        ["Blocked", "Blocker"]
    );
    // Coefficients from the config.
    let config = h.path().join("config/config.toml");
    std::fs::create_dir_all(config.parent().unwrap()).unwrap();
    std::fs::write(&config, "[urgency]\npriority_high = 20.0\n").unwrap();
    assert_eq!(titles(&h.json(&["next", "--limit", "1"])), ["Important"]);
    std::fs::write(&config, "[urgency]\nnope = 1.0\n").unwrap();
    assert!(h.fails(&["next"], 2).contains("nope is not a coefficient"));
    std::fs::write(&config, "").unwrap();
    let table = h.ok(&["next", "--format", "table"]);
    assert!(
        table.starts_with("#  ID") && table.contains("URG"),
        "{table}"
    );
}

#[test]
fn bad_task_input_is_refused_with_one_line() {
    let h = Home::new();
    for (args, says) in [
        (vec!["task", "add", "x", "--recur", "weekly"], "--due"),
        (
            vec!["task", "add", "x", "--due", "today", "--recur", "sometimes"],
            "not a recurrence",
        ),
        (
            vec![
                "task",
                "add",
                "x",
                "--due",
                "today",
                "--recur",
                "every 0 days",
            ],
            "every 1 to 366 days",
        ),
        (vec!["task", "add", "x", "--until", "2026-12-31"], "--recur"),
        (
            vec!["task", "add", "x", "--project", "home garden"],
            "not a project",
        ),
        (
            vec!["task", "add", "x", "--project", "home..garden"],
            "not a project",
        ),
        (
            vec!["task", "add", "x", "--depends", "nothing-like-it"],
            "nothing-like-it",
        ),
        (vec!["task", "list", "--limit", "0"], "0"),
        (vec!["next", "--limit", "0"], "0"),
    ] {
        let err = h.fails(&args, 2);
        assert!(err.contains(says), "{args:?}: {err}");
    }
    assert!(
        h.json(&["task", "list", "--all"])
            .as_array()
            .unwrap()
            .is_empty()
    );
}

#[test]
fn list_numbers_are_a_working_set_until_the_next_list() {
    let h = Home::new();
    for t in ["First", "Second", "Third"] {
        h.ok(&["task", "add", t]);
    }
    let table = h.ok(&["task", "list", "--format", "table", "--sort", "title"]);
    let lines: Vec<&str> = table.lines().collect();
    assert!(lines[0].starts_with("#  ID"), "{table}");
    assert!(
        lines[1].starts_with("1 ") && lines[1].contains("First"),
        "{table}"
    );
    // 2 is "Second" in the list just shown.
    assert_eq!(h.json(&["task", "done", "2"])["title"], "Second");
    assert_eq!(h.json(&["task", "show", "3"])["title"], "Third");
    // The next list numbers anew; a number past it is refused, naming the list.
    h.ok(&["task", "list", "--sort", "title"]);
    assert_eq!(h.json(&["task", "show", "2"])["title"], "Third");
    assert!(
        h.fails(&["task", "show", "3"], 2)
            .contains("no task is numbered 3: the last list showed 2")
    );
    // lifeos next numbers its rows too; ids and prefixes keep working.
    let first = h.json(&["next"])[0].clone();
    assert_eq!(h.json(&["task", "show", "1"])["id"], first["id"]);
    assert_eq!(
        h.json(&["task", "show", &id_of(&first)[..10]])["id"],
        first["id"]
    );
}

#[test]
fn undo_takes_back_the_last_change_of_any_kind_repeatedly() {
    let h = Home::new();
    let t = h.json(&["task", "add", "Buy milk"]);
    h.ok(&["note", "add", "Ideas"]);
    h.ok(&["task", "edit", "Buy milk", "--title", "Buy oat milk"]);
    h.ok(&["task", "rm", "Buy oat milk"]);
    let said = h.ok(&["undo", "--format", "table"]);
    assert_eq!(
        said.trim(),
        format!("undid: task restored 'Buy oat milk' ({})", id_of(&t))
    );
    let u = h.json(&["undo"]);
    assert_eq!(
        (u[0]["action"].as_str(), u[0]["title"].as_str()),
        (Some("reverted"), Some("Buy milk"))
    );
    assert_eq!(h.json(&["task", "show", &id_of(&t)])["title"], "Buy milk");
    let u = h.json(&["undo"]);
    assert_eq!(
        (u[0]["entity"].as_str(), u[0]["action"].as_str()),
        (Some("note"), Some("deleted"))
    );
    h.json(&["undo"]);
    assert!(h.json(&["task", "list"]).as_array().unwrap().is_empty());
    assert!(h.fails(&["undo"], 2).contains("nothing to undo"));
    // Each undo is a new version, waiting to be pushed like any edit.
    assert_eq!(h.json(&["task", "show", &id_of(&t)])["version"], 6);
}

#[test]
fn recur_ahead_keeps_instances_waiting() {
    let h = Home::new();
    let config = h.path().join("config/config.toml");
    std::fs::create_dir_all(config.parent().unwrap()).unwrap();
    std::fs::write(&config, "recur_ahead = 2\n").unwrap();
    let t = h.json(&[
        "task",
        "add",
        "Gym",
        "--due",
        "2026-12-07",
        "--recur",
        "weekly on mon,thu",
    ]);
    let dues = |h: &Home| -> Vec<String> {
        let mut v: Vec<String> = h
            .json(&["task", "list"])
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t["due"].as_str().unwrap().to_owned())
            .collect();
        v.sort();
        v
    };
    assert_eq!(dues(&h), ["2026-12-07", "2026-12-10", "2026-12-14"]);
    h.ok(&["task", "done", &id_of(&t)]);
    assert_eq!(dues(&h), ["2026-12-10", "2026-12-14", "2026-12-17"]);
    // Too many ahead is refused before anything is written.
    std::fs::write(&config, "recur_ahead = 51\n").unwrap();
    let before = h.export();
    let err = h.fails(
        &["task", "add", "Run", "--due", "today", "--recur", "daily"],
        2,
    );
    assert!(err.contains("recur_ahead is at most 50"), "{err}");
    assert_eq!(h.export(), before);
}
