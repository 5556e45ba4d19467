//! The worker against a real encrypted store: every request, windows over a long list,
//! conflicts and bad edits that lose nothing.

use std::sync::mpsc;
use std::time::Duration;

use lifeos_core::capture;
use lifeos_core::key::DbKey;
use lifeos_core::model::{Note, Task, TaskStatus};
use lifeos_core::store::Store;
use lifeos_tui::worker::{ItemRef, Request, Response};

use super::*;

pub struct W {
    tx: mpsc::Sender<Request>,
    rx: mpsc::Receiver<Response>,
    path: std::path::PathBuf,
    key: DbKey,
    _dir: tempfile::TempDir,
}

impl W {
    pub fn new(seed: impl FnOnce(&mut Store)) -> Self {
        Self::at(ctx(), seed)
    }

    /// A worker whose "today" is `c`.
    pub fn at(c: lifeos_tui::views::Ctx, seed: impl FnOnce(&mut Store)) -> Self {
        Self::with(c, lifeos_tui::worker::Extras::default(), seed)
    }

    /// A worker whose "today" is `c`, with a fetch closure and an opener.
    pub fn with(
        c: lifeos_tui::views::Ctx,
        extras: lifeos_tui::worker::Extras,
        seed: impl FnOnce(&mut Store),
    ) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("lifeos.db");
        let key = DbKey::from_hex(&"5a".repeat(32)).unwrap();
        let mut store = Store::open(&path, &key).unwrap();
        seed(&mut store);
        let (tx, req_rx) = mpsc::channel();
        let (resp_tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            lifeos_tui::worker::run_with(store, c, extras, req_rx, resp_tx);
        });
        Self {
            tx,
            rx,
            path,
            key,
            _dir: dir,
        }
    }

    /// Sends `r`, then a search with a sequence number no one else uses as an end
    /// marker; returns every answer before the marker's.
    pub fn ask(&self, r: Request) -> Vec<Response> {
        self.tx.send(r).unwrap();
        self.tx
            .send(Request::Search {
                query: String::new(),
                seq: u64::MAX,
            })
            .unwrap();
        let mut out = Vec::new();
        loop {
            match self.rx.recv_timeout(Duration::from_secs(20)).unwrap() {
                Response::Search { seq: u64::MAX, .. } => return out,
                r => out.push(r),
            }
        }
    }

    /// A search on its own (the end marker would replace it).
    pub fn search(&self, query: &str, seq: u64) -> Response {
        self.tx
            .send(Request::Search {
                query: query.into(),
                seq,
            })
            .unwrap();
        self.rx.recv_timeout(Duration::from_secs(20)).unwrap()
    }

    pub fn page(
        &self,
        domain: usize,
        filter: usize,
        start: usize,
        len: usize,
    ) -> (usize, Vec<Item>) {
        match self
            .ask(Request::Page {
                domain,
                filter,
                tag: None,
                start,
                len,
            })
            .remove(0)
        {
            Response::Page { total, items, .. } => (total, items),
            other => panic!("{other:?}"),
        }
    }

    fn page_tagged(&self, domain: usize, filter: usize, tag: &str) -> (usize, Vec<Item>) {
        match self
            .ask(Request::Page {
                domain,
                filter,
                tag: Some(tag.into()),
                start: 0,
                len: 10,
            })
            .remove(0)
        {
            Response::Page { total, items, .. } => (total, items),
            other => panic!("{other:?}"),
        }
    }

    pub fn store(&self) -> Store {
        Store::open(&self.path, &self.key).unwrap()
    }
}

fn capture(s: &str) -> capture::Capture {
    capture::parse(s, ctx().today, ctx().offset).unwrap()
}

#[test]
fn capture_complete_delete_restore() {
    let w = W::new(|_| {});
    let out = w.ask(Request::Create {
        domain: 0,
        capture: capture("buy milk tomorrow #errands !high"),
    });
    assert_eq!(out[0], Response::Changed("added task: buy milk".into()));
    assert!(out.contains(&Response::Pending(1)));
    let (total, items) = w.page(0, 0, 0, 10);
    assert_eq!(total, 1);
    let t = &items[0];
    assert_eq!(
        (t.title.as_str(), t.meta.as_str()),
        ("buy milk", "!high 2026-12-01")
    );
    let r = ItemRef::from(t);

    let out = w.ask(Request::Complete(r.clone()));
    assert_eq!(out[0], Response::Changed("done: buy milk".into()));
    assert_eq!(w.page(0, 0, 0, 10).0, 0, "gone from open tasks");
    let (_, done) = w.page(0, 2, 0, 10);
    assert_eq!(done[0].mark, Mark::Done);
    // Completing again with the version we saw before is a conflict, not a lost write.
    let out = w.ask(Request::Complete(r.clone()));
    assert!(
        matches!(&out[0], Response::Refused(e) if e.contains("changed meanwhile")),
        "{out:?}"
    );

    let current = ItemRef::from(&done[0]);
    let out = w.ask(Request::Delete(current.clone()));
    assert_eq!(out[0], Response::Deleted(current.clone()));
    assert_eq!(w.page(0, 3, 0, 10).0, 0);
    let out = w.ask(Request::Restore(current));
    assert_eq!(out[0], Response::Changed("restored task: buy milk".into()));
    let stored = w.store().list::<Task>(&Default::default()).unwrap();
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].fields.status, TaskStatus::Done);
    assert_eq!(stored[0].kernel.version, 4);
}

#[test]
fn windows_over_a_long_list_and_today() {
    let w = W::new(|s| {
        let records = (0..1500).map(|i| {
            let mut t = Task::new(format!("t{i:04}"));
            if i % 2 == 1 {
                t.tags = vec!["odd".into()];
            }
            t.due = Some(
                if i % 3 == 0 {
                    "2026-11-29"
                } else {
                    "2026-12-05"
                }
                .parse()
                .unwrap(),
            );
            t
        });
        for t in records {
            s.create(t).unwrap();
        }
        let mut n = Note::new("Pinned one");
        n.pinned = true;
        s.create(n).unwrap();
    });
    let (total, items) = w.page(0, 0, 700, 200);
    assert_eq!(total, 1500);
    assert_eq!(items.len(), 200);
    // Open tasks by due date: the 500 overdue ones first.
    // Open tasks by due date: the 500 overdue ones first.
    assert!(items.iter().all(|i| i.meta == "2026-12-05"));
    let (_, first) = w.page(0, 0, 0, 500);
    assert!(
        first
            .iter()
            .all(|i| i.meta == "2026-11-29" && i.tone == Tone::Alert)
    );
    let (_, tail) = w.page(0, 0, 1450, 200);
    assert_eq!(tail.len(), 50, "a window past the end is cut");
    let (_, past) = w.page(0, 0, 5000, 10);
    assert!(past.is_empty());
    let (due, _) = w.page(0, 1, 0, 1);
    assert_eq!(due, 500);
    let (tagged, items) = w.page_tagged(0, 0, "odd");
    assert_eq!(tagged, 750);
    assert!(items.iter().all(|i| i.meta.contains("2026")));
    let Response::Today(sections) = w.ask(Request::Today).remove(0) else {
        panic!()
    };
    assert_eq!(sections[0].title, "Tasks due by today (500)");
    assert_eq!(sections[0].items.len(), lifeos_tui::views::TODAY_LIMIT);
    assert_eq!(sections[0].more, 500 - lifeos_tui::views::TODAY_LIMIT);
    assert_eq!(sections[1].items[0].title, "Pinned one");
    assert!(sections[2].items.is_empty());
}

#[test]
fn fuzzy_search_across_kinds() {
    let w = W::new(|s| {
        s.create(Task::new("Pay the rent")).unwrap();
        s.create(Note::new("Rental contract 日本")).unwrap();
        s.create(lifeos_core::model::Person::new("Brent")).unwrap();
        s.create(Task::new("Unrelated")).unwrap();
    });
    let Response::Search { seq, items } = w.search("rent", 7) else {
        panic!()
    };
    assert_eq!(seq, 7);
    let titles: Vec<_> = items.iter().map(|i| i.title.as_str()).collect();
    assert_eq!(titles.len(), 3, "{titles:?}");
    assert!(!titles.contains(&"Unrelated"));
    // Whole words and prefixes from the full-text index come first; what fuzzy
    // matching adds (a word's middle) after.
    assert_eq!(titles[2], "Brent", "{titles:?}");
    let Response::Search { items, .. } = w.search("contract ren", 9) else {
        panic!()
    };
    assert_eq!(items[0].title, "Rental contract 日本");
    let Response::Search { items, .. } = w.search("日本", 8) else {
        panic!()
    };
    assert_eq!(items[0].kind, EntityKind::Note);
}

#[test]
fn edits_save_and_bad_edits_lose_nothing() {
    let w = W::new(|s| {
        let mut n = Note::new("Plan");
        n.body = "old".into();
        s.create(n).unwrap();
    });
    let (_, items) = w.page(1, 0, 0, 10);
    let r = ItemRef::from(&items[0]);
    let Response::EditDoc { doc, .. } = w.ask(Request::EditLoad(r.clone())).remove(0) else {
        panic!()
    };
    assert_eq!(doc.ext, "md");
    assert!(doc.text.starts_with("title: Plan\n"), "{}", doc.text);
    assert!(doc.text.ends_with("---\nold\n"), "{}", doc.text);

    let dir = tempfile::tempdir().unwrap();
    let kept = dir.path().join("kept.md");
    std::fs::write(&kept, "x").unwrap();
    let out = w.ask(Request::EditSave {
        item: r.clone(),
        text: "title: [unclosed\n---\nnew body".into(),
        path: kept.display().to_string(),
    });
    assert!(
        matches!(&out[0], Response::Refused(e) if e.contains("not saved") && e.contains("kept.md")),
        "{out:?}"
    );
    assert!(kept.exists(), "the text is kept when saving fails");
    assert_eq!(w.store().get::<Note>(r.id).unwrap().fields.body, "old");

    let out = w.ask(Request::EditSave {
        item: r.clone(),
        text: "title: Plan B\ntags: [Work]\npinned: true\n---\n# New\n\nbody\n".into(),
        path: kept.display().to_string(),
    });
    assert_eq!(out[0], Response::Changed("saved note: Plan".into()));
    assert!(!kept.exists(), "the temp file goes once saved");
    let n = w.store().get::<Note>(r.id).unwrap().fields;
    assert_eq!(
        (n.title.as_str(), n.body.as_str(), n.pinned),
        ("Plan B", "# New\n\nbody", true)
    );
    assert_eq!(n.tags, ["work"]);

    // A task edited as YAML: marking it done sets completed_at.
    let out = w.ask(Request::Create {
        domain: 0,
        capture: capture("write report"),
    });
    assert!(matches!(out[0], Response::Changed(_)));
    let (_, tasks) = w.page(0, 0, 0, 10);
    let r = ItemRef::from(&tasks[0]);
    let Response::EditDoc { doc, .. } = w.ask(Request::EditLoad(r.clone())).remove(0) else {
        panic!()
    };
    let text = doc.text.replace("status: todo", "status: done");
    w.ask(Request::EditSave {
        item: r.clone(),
        text,
        path: kept.display().to_string(),
    });
    let t = w.store().get::<Task>(r.id).unwrap().fields;
    assert_eq!(t.status, TaskStatus::Done);
    assert!(t.completed_at.is_some());
    // An invalid value is refused by the model's rules.
    let out = w.ask(Request::EditSave {
        item: ItemRef::from(&w.page(0, 3, 0, 10).1[0]),
        text: "title: ''\n".into(),
        path: kept.display().to_string(),
    });
    assert!(
        matches!(&out[0], Response::Refused(e) if e.contains("not saved")),
        "{out:?}"
    );
}

#[test]
fn the_timeline_of_a_day_across_kinds() {
    use lifeos_core::model::{Habit, HabitCheckin, HealthMetric};
    let w = W::new(|s| {
        let mut t = Task::new("File taxes");
        t.status = lifeos_core::model::TaskStatus::Done;
        t.completed_at = Some("2026-11-12T21:30:00.000Z".parse().unwrap());
        s.create(t).unwrap();
        let h = s
            .create(
                serde_json::from_value::<Habit>(
                    serde_json::json!({"name": "Stretch", "schedule": "daily"}),
                )
                .unwrap(),
            )
            .unwrap();
        s.create(
            serde_json::from_value::<HabitCheckin>(
                serde_json::json!({"habit_id": h.kernel.id, "date": "2026-11-12"}),
            )
            .unwrap(),
        )
        .unwrap();
        s.create(
            serde_json::from_value::<HealthMetric>(serde_json::json!({"kind": "weight", "value": 72000, "unit": "g", "recorded_at": "2026-11-12T07:05:00.000Z"}))
                .unwrap(),
        )
        .unwrap();
    });
    let day = time::macros::date!(2026 - 11 - 12);
    let Response::Timeline { day: d, items } = w.ask(Request::Timeline(day)).remove(0) else {
        panic!()
    };
    assert_eq!(d, day);
    let said: Vec<(EntityKind, &str, &str)> = items
        .iter()
        .map(|i| (i.kind, i.title.as_str(), i.meta.as_str()))
        .collect();
    assert_eq!(
        said[0],
        (EntityKind::HabitCheckin, "Stretch", "all day checked in")
    );
    assert_eq!(said[1].0, EntityKind::HealthMetric);
    assert_eq!(said[1].2, "07:05 logged");
    assert_eq!(said[2], (EntityKind::Task, "File taxes", "21:30 done"));
    assert_eq!(items.len(), 3, "{said:?}");
    let Response::Timeline { items, .. } = w
        .ask(Request::Timeline(time::macros::date!(2026 - 11 - 13)))
        .remove(0)
    else {
        panic!()
    };
    assert!(items.is_empty());
}
