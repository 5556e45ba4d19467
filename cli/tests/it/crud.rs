use crate::{Home, id_of};

#[test]
fn a_task_lives_through_its_verbs_and_versions() {
    let h = Home::new();
    let t = h.json(&[
        "task",
        "add",
        "Buy milk",
        "--due",
        "2026-12-01",
        "--tag",
        "errands",
        "--priority",
        "high",
    ]);
    assert_eq!(t["title"], "Buy milk");
    assert_eq!(t["due"], "2026-12-01");
    assert_eq!(t["tags"], serde_json::json!(["errands"]));
    assert_eq!(t["priority"], "high");
    assert_eq!(t["status"], "todo");
    assert_eq!(t["version"], 1);
    let id = id_of(&t);
    assert_eq!(id.len(), 26);
    let created = t["created_at"].as_str().unwrap();
    assert!(created.ends_with('Z') && created.len() == 24, "{created}");

    let started = h.json(&["task", "start", &id]);
    assert_eq!(started["status"], "doing");
    assert_eq!(started["version"], 2);

    let edited = h.json(&[
        "task",
        "edit",
        &id,
        "--title",
        "Buy oat milk",
        "--due",
        "2026-12-02T09:30:00+01:00",
        "--untag",
        "errands",
        "--tag",
        "shop",
    ]);
    assert_eq!(edited["title"], "Buy oat milk");
    assert_eq!(edited["due"], "2026-12-02T08:30:00.000Z");
    assert_eq!(edited["tags"], serde_json::json!(["shop"]));
    assert_eq!(edited["version"], 3);

    let done = h.json(&["task", "done", &id]);
    assert_eq!(done["status"], "done");
    assert!(done["completed_at"].is_string());
    assert_eq!(done["version"], 4);

    // Done tasks leave the default list, and come back with --status or --all.
    assert_eq!(h.json(&["task", "list"]).as_array().unwrap().len(), 0);
    assert_eq!(
        h.json(&["task", "list", "--status", "done"])
            .as_array()
            .unwrap()
            .len(),
        1
    );

    let gone = h.json(&["task", "rm", &id]);
    assert!(gone["deleted_at"].is_string());
    assert_eq!(gone["version"], 5);
    assert_eq!(
        h.json(&["task", "list", "--status", "done"])
            .as_array()
            .unwrap()
            .len(),
        0
    );
    let all = h.json(&["task", "list", "--all"]);
    assert_eq!(
        all.as_array().unwrap().len(),
        1,
        "soft delete keeps the row"
    );
    assert_eq!(all[0]["version"], 5);
    let shown = h.json(&["task", "show", &id]);
    assert_eq!(shown, all[0]);

    let back = h.json(&["task", "restore", &id]);
    assert!(back["deleted_at"].is_null());
    assert_eq!(back["version"], 6);
}

#[test]
fn ids_can_be_abbreviated_to_a_unique_prefix() {
    let h = Home::new();
    let a = id_of(&h.json(&["task", "add", "one"]));
    let b = id_of(&h.json(&["task", "add", "two"]));
    let common = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    let short_b = &b[..common + 1];
    assert_eq!(
        h.json(&["task", "show", &short_b.to_lowercase()])["title"],
        "two"
    );
    let err = h.fails(&["task", "show", &a[..common]], 1);
    assert!(err.contains("matches 2 tasks"), "{err}");
    let err = h.fails(&["note", "show", &a], 1);
    assert!(err.contains("no note has the id or title"), "{err}");
}

#[test]
fn filters_select_what_they_name() {
    let h = Home::new();
    h.ok(&[
        "task",
        "add",
        "Groceries",
        "--tag",
        "errands",
        "--due",
        "2026-12-01",
    ]);
    h.ok(&["task", "add", "Dentist", "--due", "2026-12-10"]);
    h.ok(&["task", "add", "Read about Ünïcode", "--tag", "errands"]);
    let titles = |args: &[&str]| -> Vec<String> {
        let mut a = vec!["task", "list"];
        a.extend_from_slice(args);
        h.json(&a)
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t["title"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(
        titles(&["--tag", "errands"]),
        ["Groceries", "Read about Ünïcode"]
    );
    assert_eq!(titles(&["--due-before", "2026-12-05"]), ["Groceries"]);
    assert_eq!(titles(&["--search", "ÜNÏ"]), ["Read about Ünïcode"]);
    assert_eq!(titles(&["--status", "doing"]), Vec::<String>::new());
    // Tasks with a due date come first, soonest first.
    assert_eq!(titles(&[]), ["Groceries", "Dentist", "Read about Ünïcode"]);
}

#[test]
fn notes_people_and_places_have_the_same_verbs() {
    let h = Home::new();
    let n = h.json(&[
        "note",
        "add",
        "Ideas",
        "--body",
        "# Big\n\n* one",
        "--tag",
        "work",
        "--pin",
    ]);
    assert_eq!(n["pinned"], true);
    let nid = id_of(&n);
    assert_eq!(h.json(&["note", "edit", &nid, "--unpin"])["pinned"], false);
    assert_eq!(
        h.json(&["note", "list", "--search", "big"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
    h.ok(&["note", "rm", &nid]);
    assert_eq!(h.json(&["note", "list"]).as_array().unwrap().len(), 0);

    let p = h.json(&[
        "person",
        "add",
        "Ada Lovelace",
        "--email",
        "ada@example.org",
        "--birthday",
        "1815-12-10",
        "--phone",
        "+44 20 7946 0958",
    ]);
    assert_eq!(p["emails"], serde_json::json!(["ada@example.org"]));
    assert_eq!(p["birthday"], "1815-12-10");
    let pid = id_of(&p);
    let c = h.json(&["person", "contacted", &pid, "--at", "2026-11-29T18:00:00Z"]);
    assert_eq!(c["last_contacted_at"], "2026-11-29T18:00:00.000Z");
    let e = h.json(&[
        "person",
        "edit",
        &pid,
        "--email",
        "ada@analytical.engine",
        "--rm-email",
        "ada@example.org",
    ]);
    assert_eq!(e["emails"], serde_json::json!(["ada@analytical.engine"]));

    let pl = h.json(&[
        "place",
        "add",
        "Home",
        "--lat",
        "51.5",
        "--lon",
        "-0.12",
        "--address",
        "1 Main St",
    ]);
    assert_eq!(pl["latitude"], 51.5);
    assert_eq!(pl["longitude"], -0.12);
    let plid = id_of(&pl);
    let moved = h.json(&["place", "edit", &plid, "--no-coords"]);
    assert!(moved["latitude"].is_null());

    // Links are ids of rows that exist.
    let t = h.json(&[
        "task",
        "add",
        "Visit Ada",
        "--person",
        &pid[..20],
        "--place",
        &plid,
    ]);
    assert_eq!(t["person_id"], pid.as_str());
    assert_eq!(t["place_id"], plid.as_str());
}

#[test]
fn every_format_carries_the_same_wire_names() {
    let h = Home::new();
    h.ok(&["task", "add", "One"]);
    h.ok(&["task", "add", "Two"]);
    let json = h.json(&["task", "list"]);
    let nd = h.ok(&["task", "list", "--format", "ndjson"]);
    let lines: Vec<serde_json::Value> = nd
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(serde_json::Value::Array(lines), json);
    let yaml: serde_json::Value =
        serde_yaml_ng::from_str(&h.ok(&["task", "list", "--format", "yaml"])).unwrap();
    assert_eq!(yaml, json);
    let table = h.ok(&["task", "list", "--format", "table"]);
    assert!(table.starts_with("#  ID "), "{table}");
    assert_eq!(table.lines().count(), 3);
    // Not a terminal: json by default.
    let default: serde_json::Value = serde_json::from_str(&h.ok(&["task", "list"])).unwrap();
    assert_eq!(default, json);
}

#[test]
fn profiles_are_separate_databases() {
    let h = Home::new();
    h.ok(&["task", "add", "home task"]);
    h.ok(&["--profile", "work", "task", "add", "work task"]);
    assert_eq!(h.json(&["task", "list"]).as_array().unwrap().len(), 1);
    assert_eq!(
        h.json(&["task", "list", "--profile", "work"])[0]["title"],
        "work task"
    );
    assert!(h.db("work").exists());
    std::fs::create_dir_all(h.path().join("config")).unwrap();
    std::fs::write(
        h.path().join("config/config.toml"),
        "default_profile = \"work\"\n",
    )
    .unwrap();
    assert_eq!(h.json(&["task", "list"])[0]["title"], "work task");
}

#[test]
fn every_row_taking_command_accepts_a_name_or_title() {
    let h = Home::new();
    let note = id_of(&h.json(&["note", "add", "Ideas", "--body", "b"]));
    let place = id_of(&h.json(&["place", "add", "Café Émile"]));
    assert_eq!(id_of(&h.json(&["note", "show", "ideas"])), note);
    // Unicode-aware, any case.
    assert_eq!(id_of(&h.json(&["place", "show", "CAFÉ ÉMILE"])), place);
    let t = h.json(&["task", "add", "Buy bread", "--place", "café émile"]);
    assert_eq!(t["place_id"], place);
    let w = h.json(&[
        "workout",
        "add",
        "run",
        "--duration",
        "30m",
        "--place",
        "Café Émile",
    ]);
    assert_eq!(w["place_id"], place);
    h.ok(&["task", "done", "buy bread"]);
    // Ambiguous: both listed, nothing changed.
    let a = id_of(&h.json(&["task", "add", "Twice"]));
    let b = id_of(&h.json(&["task", "add", "twice"]));
    let err = h.fails(&["task", "rm", "TWICE"], 2);
    assert!(err.contains(&a) && err.contains(&b), "{err}");
    // A deleted row is found by name for restore.
    h.ok(&["note", "rm", "Ideas"]);
    assert!(h.json(&["note", "restore", "IDEAS"])["deleted_at"].is_null());
    let err = h.fails(&["note", "show", "Nothing like it"], 2);
    assert!(
        err.contains("no note has the id or title 'Nothing like it'"),
        "{err}"
    );
    let err = h.fails(&["note", "show", "7ZZZZZZZZZ"], 1);
    assert!(err.contains("lifeos note list"), "{err}");
}
