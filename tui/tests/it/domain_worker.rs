//! The life-domain requests on the worker against a real encrypted store: checking in
//! a habit, starting and stopping a fast, logging a health value, marking a reading
//! read and logging a practice; bad input is refused in one line and loses nothing.

use lifeos_core::capture::Capture;
use lifeos_core::model::{
    Habit, HabitCheckin, HealthMetric, Practice, Reading, ReadingDone, ReadingPlan, Schedule,
};
use lifeos_core::store::ListQuery;
use lifeos_core::{LocalDate, Timestamp};
use lifeos_tui::views::{Cell, Ctx, Item, Mark, PanelLine, Section};
use lifeos_tui::worker::{ItemRef, Request, Response};
use time::{Duration, UtcOffset};

use super::domains::{FAITH, FASTING, HABITS, HEALTH};
use super::worker::W;

/// Today by the real clock (rows are stamped with it).
fn now_ctx() -> Ctx {
    Ctx {
        today: lifeos_core::when::today_at(UtcOffset::UTC),
        offset: UtcOffset::UTC,
    }
}

fn line(s: &str) -> Capture {
    Capture {
        title: s.into(),
        ..Capture::default()
    }
}

fn changed(out: &[Response]) -> &str {
    match out.first() {
        Some(Response::Changed(m)) => m,
        other => panic!("expected a change: {other:?}"),
    }
}

fn refused(out: &[Response]) -> &str {
    match out.first() {
        Some(Response::Refused(m)) => {
            assert!(!m.contains('\n'), "one line: {m}");
            m
        }
        other => panic!("expected a refusal: {other:?}"),
    }
}

fn today(w: &W) -> Vec<Section> {
    match w.ask(Request::Today).remove(0) {
        Response::Today(s) => s,
        other => panic!("{other:?}"),
    }
}

fn section<'a>(s: &'a [Section], starts: &str) -> &'a Section {
    s.iter()
        .find(|x| x.title.starts_with(starts))
        .unwrap_or_else(|| panic!("no section {starts}: {s:?}"))
}

fn panel(w: &W, d: usize) -> Vec<PanelLine> {
    match w.ask(Request::Panel(d)).remove(0) {
        Response::Panel { panel, .. } => panel.unwrap().lines,
        other => panic!("{other:?}"),
    }
}

fn first(w: &W, d: usize) -> Item {
    w.page(d, 0, 0, 10).1.remove(0)
}

#[test]
fn checking_in_a_habit_today_and_on_a_past_day() {
    let c = now_ctx();
    let w = W::at(c, |s| {
        s.create(Habit::new("瞑想 🧘", Schedule::Daily)).unwrap();
    });
    let h = first(&w, HABITS);
    assert_eq!(h.mark, Mark::Open);
    assert_eq!(h.cells.len(), 28);
    assert_eq!(h.cells.last(), Some(&Cell::Due));
    assert_eq!(section(&today(&w), "Habits").items.len(), 1);

    let check = |skip: bool, day: time::Date| {
        w.ask(Request::Check {
            item: ItemRef::from(&first(&w, HABITS)),
            day,
            skip,
        })
    };
    assert_eq!(changed(&check(false, c.today)), "done 瞑想 🧘 today");
    let h = first(&w, HABITS);
    assert_eq!((h.mark, h.cells.last()), (Mark::Done, Some(&Cell::Done)));
    assert_eq!(h.meta, "1d");
    assert!(section(&today(&w), "Habits").items.is_empty());
    assert!(
        matches!(&panel(&w, HABITS)[0], PanelLine::Text(t, _) if t.starts_with("today: 1 done, 0 to check"))
    );
    // Again: undone.
    assert_eq!(changed(&check(false, c.today)), "unchecked 瞑想 🧘 today");
    assert_eq!(first(&w, HABITS).mark, Mark::Open);
    // Skip, then check the same day: it becomes done.
    assert!(changed(&check(true, c.today)).starts_with("skipped"));
    assert_eq!(first(&w, HABITS).cells.last(), Some(&Cell::Skipped));
    check(false, c.today);
    assert_eq!(first(&w, HABITS).cells.last(), Some(&Cell::Done));
    // A past day lands in its column.
    let past = c.today - Duration::days(3);
    assert!(changed(&check(false, past)).ends_with(&past.to_string()));
    assert_eq!(first(&w, HABITS).cells[24], Cell::Done);
    // The future is refused and nothing is written.
    let before = w.store().outbox_len().unwrap();
    refused(&check(false, c.today + Duration::days(1)));
    assert_eq!(w.store().outbox_len().unwrap(), before);
    let rows = w
        .store()
        .list::<HabitCheckin>(&ListQuery::default())
        .unwrap();
    assert_eq!(rows.len(), 2);
}

/// Distinct milliseconds between writes whose order a list shows (newest first).
fn tick() {
    std::thread::sleep(std::time::Duration::from_millis(5));
}

#[test]
fn starting_and_stopping_a_fast() {
    let w = W::at(now_ctx(), |_| {});
    // Never fasted: Today has no fasting section; once a fast exists, it has.
    assert!(!today(&w).iter().any(|s| s.title == "Fasting"));
    assert_eq!(changed(&w.ask(Request::Fast)), "fast started, target 16h");
    let f = first(&w, FASTING);
    assert_eq!(f.mark, Mark::Doing);
    let t = f.timer.expect("a running fast has a timer");
    assert_eq!(t.target_s, Some(16 * 3600));
    assert!(t.elapsed(Timestamp::now()) < 60);
    assert_eq!(section(&today(&w), "Fasting").items[0].timer, Some(t));
    assert!(matches!(panel(&w, FASTING)[0], PanelLine::Timer { .. }));
    // A second one cannot start while it runs.
    tick();
    let out = w.ask(Request::Create {
        domain: FASTING,
        capture: line("18h"),
    });
    assert!(refused(&out).contains("already running"));
    // Stopped within a minute (F twice) it is a slip, not a fast: it is not recorded,
    // and undo brings it back running.
    tick();
    let out = w.ask(Request::Fast);
    assert!(changed(&out).contains("not recorded"), "{out:?}");
    let (total, _) = w.page(FASTING, 0, 0, 10);
    assert_eq!(total, 0);
    let undo = undoable(&out);
    let out = w.ask(Request::Undo(undo));
    assert!(
        changed(&out).starts_with("undone: fast cancelled"),
        "{out:?}"
    );
    assert_eq!(section(&today(&w), "Fasting").items.len(), 1);
    // A fast that ran longer is recorded when stopped.
    let w = W::at(now_ctx(), |s| {
        let start = Timestamp::from_datetime(Timestamp::now().datetime() - Duration::hours(17));
        s.create(lifeos_core::model::Fast::start(start, Some(16 * 60)))
            .unwrap();
    });
    assert!(changed(&w.ask(Request::Fast)).starts_with("fast stopped after 17h"));
    tick();
    let out = w.ask(Request::Create {
        domain: FASTING,
        capture: line("18h"),
    });
    assert_eq!(changed(&out), "fast started, target 18h");
    let (total, _) = w.page(FASTING, 0, 0, 10);
    assert_eq!(total, 2);
    match &panel(&w, FASTING)[1] {
        PanelLine::Text(t, _) => assert!(t.starts_with("1 fasts"), "{t}"),
        other => panic!("{other:?}"),
    }
}

/// The undo a change's answer carries.
fn undoable(out: &[Response]) -> lifeos_tui::worker::Undo {
    out.iter()
        .find_map(|r| match r {
            Response::Undoable(u) => Some(u.clone()),
            _ => None,
        })
        .unwrap_or_else(|| panic!("no undo in {out:?}"))
}

#[test]
fn undo_takes_back_any_change() {
    let w = W::at(now_ctx(), |_| {});
    // A capture: undo deletes what it made.
    let out = w.ask(Request::Create {
        domain: 0,
        capture: line("buy milk"),
    });
    let (total, items) = w.page(0, 0, 0, 10);
    assert_eq!(total, 1);
    let milk = ItemRef::from(&items[0]);
    changed(&w.ask(Request::Undo(undoable(&out))));
    assert_eq!(w.page(0, 0, 0, 10).0, 0);
    // A completion, an edit: undo puts the row back as it was.
    w.ask(Request::Restore(milk.clone()));
    let (_, items) = w.page(0, 0, 0, 10);
    let out = w.ask(Request::Complete(ItemRef::from(&items[0])));
    assert!(changed(&out).starts_with("done"), "{out:?}");
    assert_eq!(w.page(0, 0, 0, 10).0, 0, "done tasks leave the open list");
    let out = w.ask(Request::Undo(undoable(&out)));
    assert!(changed(&out).starts_with("undone: done"), "{out:?}");
    let (total, items) = w.page(0, 0, 0, 10);
    assert_eq!((total, items[0].title.as_str()), (1, "buy milk"));
    // A delete.
    let out = w.ask(Request::Delete(ItemRef::from(&items[0])));
    assert_eq!(w.page(0, 0, 0, 10).0, 0);
    w.ask(Request::Undo(undoable(&out)));
    assert_eq!(w.page(0, 0, 0, 10).0, 1);
    // An undo is itself no change to undo.
    assert!(!out.is_empty());
}

#[test]
fn logging_a_health_value() {
    let w = W::at(now_ctx(), |_| {});
    assert!(!today(&w).iter().any(|s| s.title.starts_with("Health")));
    let out = w.ask(Request::Create {
        domain: HEALTH,
        capture: line("weight 72.4kg"),
    });
    assert_eq!(changed(&out), "logged weight 72.4 kg");
    // Newest first: the second entry must be at a later millisecond than the first.
    tick();
    w.ask(Request::Create {
        domain: HEALTH,
        capture: line("bp 120/80"),
    });
    let (total, items) = w.page(HEALTH, 0, 0, 10);
    assert_eq!(total, 2);
    assert_eq!(items[0].title, "blood_pressure 120/80 mmHg");
    assert_eq!(section(&today(&w), "Health today").items.len(), 2);
    let lines = panel(&w, HEALTH);
    assert!(
        lines
            .iter()
            .any(|l| matches!(l, PanelLine::Spark { label, text, values }
            if label == "weight" && text == "72.4 kg" && values == &vec![72_400])),
        "{lines:?}"
    );
    // Bad lines are refused in one line and store nothing.
    for bad in ["weight heavy", "mood 9", "glucose 5.4", ""] {
        refused(&w.ask(Request::Create {
            domain: HEALTH,
            capture: line(bad),
        }));
    }
    assert_eq!(
        w.store()
            .list::<HealthMetric>(&ListQuery::default())
            .unwrap()
            .len(),
        2
    );
}

#[test]
fn marking_readings_read_and_logging_a_practice() {
    let c = now_ctx();
    let w = W::at(c, |s| {
        s.create(ReadingPlan {
            name: "Gospels 📖".into(),
            start: LocalDate::new(c.today),
            readings: vec![
                Reading {
                    day: 1,
                    text: "Matthew 1".into(),
                },
                Reading {
                    day: 1,
                    text: "Mark 1".into(),
                },
                Reading {
                    day: 2,
                    text: "Luke 1".into(),
                },
            ],
            archived: false,
        })
        .unwrap();
    });
    let p = first(&w, FAITH);
    assert_eq!((p.mark, p.meta.as_str()), (Mark::Open, "day 1 · 2 to read"));
    assert!(p.body.contains("[ ] Mark 1"), "{}", p.body);
    let s = today(&w);
    let sec = section(&s, "Readings today");
    assert_eq!(sec.items.len(), 1);
    assert!(
        sec.title.ends_with("practice streak 0 days"),
        "{}",
        sec.title
    );

    let out = w.ask(Request::Complete(ItemRef::from(&p)));
    assert_eq!(changed(&out), "Gospels 📖: 2 readings marked read");
    let p = first(&w, FAITH);
    assert_eq!((p.mark, p.meta.as_str()), (Mark::Done, "day 1 · read"));
    let out = w.ask(Request::Complete(ItemRef::from(&p)));
    assert_eq!(changed(&out), "Gospels 📖: nothing left to read today");
    assert_eq!(
        w.store()
            .list::<ReadingDone>(&ListQuery::default())
            .unwrap()
            .len(),
        2
    );

    let out = w.ask(Request::Create {
        domain: FAITH,
        capture: line("prayer 15m Psalm 23"),
    });
    assert_eq!(changed(&out), "logged practice: prayer");
    let practices = w.store().list::<Practice>(&ListQuery::default()).unwrap();
    assert_eq!(practices[0].fields.duration_s, Some(900));
    assert_eq!(practices[0].fields.reference, "Psalm 23");
    let s = today(&w);
    assert!(
        section(&s, "Readings today")
            .title
            .ends_with("practice streak 1 day")
    );
    match &panel(&w, FAITH)[0] {
        PanelLine::Text(t, _) => assert!(t.starts_with("practice streak 1 day"), "{t}"),
        other => panic!("{other:?}"),
    }
    refused(&w.ask(Request::Create {
        domain: FAITH,
        capture: line(""),
    }));
}

#[test]
fn quick_adding_transactions_balances_and_budgets() {
    use lifeos_core::model::{Account, Budget, Due, Month, Transaction};
    use lifeos_core::money::Currency;

    use super::domains::FINANCE;

    let c = now_ctx();
    let eur = Currency::from_code("EUR").unwrap();
    let w = W::at(c, |s| {
        for (name, opening) in [("Checking", 100_000), ("Visa", 0)] {
            s.create(Account {
                name: name.into(),
                kind: Default::default(),
                currency_code: eur,
                opening_balance_minor: opening,
                opening_date: LocalDate::new(c.today - Duration::days(40)),
                archived: false,
            })
            .unwrap();
        }
        s.create(Budget {
            category: "Food".into(),
            month: Month::of(LocalDate::new(c.today)),
            amount_minor: 20_000,
            currency_code: eur,
        })
        .unwrap();
    });
    let add = |text: &str| {
        w.ask(Request::Create {
            domain: FINANCE,
            capture: Capture {
                title: text.into(),
                due: Some(Due::Date(LocalDate::new(c.today))),
                ..Capture::default()
            },
        })
    };
    // Two accounts and no transaction yet: the line must name one.
    assert!(refused(&add("-4.20 Coffee")).contains("@NAME"));
    assert_eq!(
        changed(&add("-4.20 Café ☕ @check cat:Food:Coffee #work")),
        "added -4.20 EUR Café ☕ to Checking"
    );
    // Without @, the account of the latest transaction.
    assert_eq!(
        changed(&add("-82.15 Groceries cat:Food")),
        "added -82.15 EUR Groceries to Checking"
    );
    // More decimals than the currency has, an unknown account: refused, nothing stored.
    assert!(refused(&add("-1.234 Too precise @Checking")).contains("EUR"));
    assert!(refused(&add("-1 @Nowhere")).contains("no account"));
    let txs = w
        .store()
        .list::<Transaction>(&ListQuery::default())
        .unwrap();
    assert_eq!(txs.len(), 2);
    let cafe = txs.iter().find(|t| t.fields.payee == "Café ☕").unwrap();
    assert_eq!(
        (cafe.fields.amount_minor, cafe.fields.category.as_str()),
        (-420, "Food:Coffee")
    );
    assert_eq!(cafe.fields.tags, vec!["work".to_owned()]);

    let (total, items) = w.page(FINANCE, 0, 0, 10);
    assert_eq!(total, 2);
    assert!(items[0].meta.contains("EUR"), "{:?}", items[0]);
    let lines = panel(&w, FINANCE);
    assert!(
        lines
            .iter()
            .any(|l| matches!(l, PanelLine::Text(t, _) if t == "Checking  913.65 EUR")),
        "{lines:?}"
    );
    assert!(
        lines
            .iter()
            .any(|l| matches!(l, PanelLine::Bar { label, permille, text }
            if label == "Food" && *permille == 431 && text == "86.35 of 200.00 EUR")),
        "{lines:?}"
    );
    let s = today(&w);
    let sec = section(&s, "Spent in ");
    assert!(sec.title.ends_with(": 86.35 EUR"), "{}", sec.title);
    assert_eq!(sec.items.len(), 2);
    // x toggles cleared.
    let out = w.ask(Request::Complete(ItemRef::from(&items[0])));
    assert!(changed(&out).starts_with("cleared"));
}

#[test]
fn completing_a_recurring_task_makes_the_next_and_undo_takes_both_back() {
    let w = W::at(now_ctx(), |s| {
        let series = lifeos_core::Id::generate();
        let t: lifeos_core::model::Task = serde_json::from_value(serde_json::json!({
            "title": "Take out the bins", "due": "2026-12-07",
            "recur": {"rule": "weekly", "series": series, "index": 1, "first": "2026-12-07"}
        }))
        .unwrap();
        s.batch(|b| b.create_with_id(series, t)).unwrap();
    });
    let (_, items) = w.page(0, 3, 0, 10);
    assert_eq!(items.len(), 1);
    let out = w.ask(Request::Complete(ItemRef::from(&items[0])));
    assert_eq!(
        changed(&out),
        "done: Take out the bins; next due 2026-12-14"
    );
    let (_, all) = w.page(0, 3, 0, 10);
    assert_eq!(all.len(), 2, "the done one and the next");
    w.ask(Request::Undo(undoable(&out)));
    let (_, back) = w.page(0, 3, 0, 10);
    assert_eq!(back.len(), 1, "{back:?}");
    assert_eq!(back[0].mark, lifeos_tui::views::Mark::Open);
}
