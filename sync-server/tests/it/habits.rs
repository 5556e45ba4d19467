//! Habits and fasting against the real server: natural-key merge end to end (two
//! replicas checking in the same habit and day offline, two devices starting a fast),
//! the in-batch bookkeeping of natural keys, lock order under concurrent pushes, and
//! deadlocks answered 503 with Retry-After.

use std::sync::{Arc, Barrier};

use axum::response::IntoResponse;
use lifeos_core::client::{HttpRemote, Remote};
use lifeos_core::model::{Fast, Habit, HabitCheckin, Schedule};
use lifeos_core::record::Record;
use lifeos_core::store::ListQuery;
use lifeos_core::sync::{Outcome, PushChange, PushRequest, PushResponse};
use lifeos_core::{Id, Kernel, LocalDate, Row, Timestamp};
use reqwest::Method;

use crate::sync::{BgServer, Replica, replicas};

fn day(s: &str) -> LocalDate {
    LocalDate::parse(s).unwrap()
}

fn live<E: lifeos_core::Entity>(r: &Replica) -> Vec<Row<E>> {
    r.store.list::<E>(&ListQuery::default()).unwrap()
}

fn tick() {
    std::thread::sleep(std::time::Duration::from_millis(3));
}

#[test]
fn two_replicas_checking_in_the_same_habit_and_day_offline_end_with_one_checkin() {
    let bg = BgServer::start();
    let (token, _) = bg.account("ada@example.org");
    for first in [0usize, 1] {
        let ws = bg.workspace(&token);
        let mut reps = replicas(&bg, &token, ws, 2);
        let habit = reps[0]
            .store
            .create(Habit::new("Read 20 pages", Schedule::Daily))
            .unwrap()
            .kernel
            .id;
        reps[0].sync();
        reps[1].sync();
        // Offline, both check in the same day; the second also on another day.
        for (i, r) in reps.iter_mut().enumerate() {
            let mut c = HabitCheckin::done(habit, day("2026-11-30"));
            c.note = format!("from replica {i}");
            c.value = Some(i as f64 + 1.0);
            r.store.upsert(c).unwrap();
            tick();
        }
        reps[1]
            .store
            .upsert(HabitCheckin::done(habit, day("2026-11-29")))
            .unwrap();
        let second = 1 - first;
        reps[first].sync();
        reps[second].sync();
        reps[first].sync();
        let server = bg.server_state(&token, ws);
        for (i, r) in reps.iter().enumerate() {
            let days: Vec<_> = live::<HabitCheckin>(r)
                .into_iter()
                .map(|c| c.fields.date.to_string())
                .collect();
            let mut sorted = days.clone();
            sorted.sort();
            assert_eq!(sorted, ["2026-11-29", "2026-11-30"], "replica {i}");
            assert_eq!(r.records(), server, "replica {i} differs from the server");
            assert_eq!(r.store.outbox_len().unwrap(), 0);
        }
        // The later check-in's fields won, on one id, counted once.
        let c = reps[0]
            .store
            .by_natural_key::<HabitCheckin>(&HabitCheckin::key_of(habit, day("2026-11-30")))
            .unwrap()
            .unwrap();
        assert_eq!(c.fields.note, "from replica 1");
        // The API agrees: two live check-ins of that habit, none of another.
        let get = |q: String| {
            bg.rt.block_on(bg.server.call(
                Method::GET,
                &format!("/v1/workspaces/{ws}/habit_checkins{q}"),
                Some(&token),
                None,
            ))
        };
        let (_, page) = get(format!("?habit_id={habit}"));
        assert_eq!(page["items"].as_array().unwrap().len(), 2, "{page}");
        let (_, page) = get(format!("?habit_id={}", Id::generate()));
        assert_eq!(page["items"].as_array().unwrap().len(), 0, "{page}");
        let (st, page) = get("?habit_id=nope".into());
        assert_eq!(st, 422, "{page}");
        assert_eq!(page["field"], "habit_id");
    }
}

#[test]
fn two_devices_starting_a_fast_offline_end_with_one_running_fast() {
    let bg = BgServer::start();
    let (token, ws) = bg.account("ada@example.org");
    let mut reps = replicas(&bg, &token, ws, 2);
    reps[0]
        .store
        .create(Fast::start(Timestamp::now(), Some(960)))
        .unwrap();
    tick();
    let later = reps[1]
        .store
        .create(Fast::start(Timestamp::now(), Some(1080)))
        .unwrap();
    // A stopped fast on each side is untouched.
    for r in reps.iter_mut() {
        let mut f = Fast::start(Timestamp::parse("2026-11-01T20:00:00Z").unwrap(), None);
        f.ended_at = Some(Timestamp::parse("2026-11-02T12:00:00Z").unwrap());
        r.store.create(f).unwrap();
    }
    reps[0].sync();
    reps[1].sync();
    reps[0].sync();
    let server = bg.server_state(&token, ws);
    for r in &reps {
        let fasts = live::<Fast>(r);
        let running: Vec<_> = fasts.iter().filter(|f| f.fields.is_running()).collect();
        assert_eq!(running.len(), 1);
        assert_eq!(
            running[0].fields.target_minutes,
            Some(1080),
            "the later start won"
        );
        assert_eq!(running[0].fields.started_at, later.fields.started_at);
        assert_eq!(fasts.len(), 3);
        assert_eq!(r.records(), server);
    }
}

fn change<E: lifeos_core::Entity>(mutation: i64, row: &Row<E>) -> PushChange {
    PushChange {
        mutation,
        row: Record::from_row(row).unwrap(),
    }
}

/// One push from device `dev-{device}`, which the server must take.
fn push(remote: &HttpRemote, device: i64, changes: Vec<PushChange>) -> PushResponse {
    remote
        .push(&PushRequest {
            device_id: format!("dev-{device}"),
            changes,
        })
        .unwrap()
}

fn checkin(habit: Id, date: &str, note: &str) -> Row<HabitCheckin> {
    let mut c = HabitCheckin::done(habit, day(date));
    c.note = note.into();
    Row {
        kernel: Kernel::new_now(),
        fields: c,
    }
}

fn deleted<E: Clone>(r: &Row<E>) -> Row<E> {
    let mut kernel = r.kernel.bumped(Timestamp::now());
    kernel.deleted_at = Some(kernel.updated_at);
    Row {
        kernel,
        fields: r.fields.clone(),
    }
}

#[test]
fn a_holder_deleted_or_moved_earlier_in_the_batch_holds_nothing() {
    let bg = BgServer::start();
    let (token, ws) = bg.account("ada@example.org");
    let remote = bg.remote(&token, ws);
    let habit = Id::generate();
    let a = checkin(habit, "2026-11-30", "a");
    let b = checkin(habit, "2026-12-01", "b");
    push(&remote, 1, vec![change(1, &a), change(2, &b)]);

    // In one batch: a is deleted, then a new check-in takes its day. It keeps its own
    // id (it is not aimed at the deleted row, which stays deleted).
    let a_gone = deleted(&a);
    let c = checkin(habit, "2026-11-30", "c");
    let res = push(&remote, 2, vec![change(1, &a_gone), change(2, &c)]);
    assert_eq!(res.results[1].outcome, Outcome::Applied);
    assert_eq!(res.results[1].row.kernel.id, c.kernel.id);
    // In one batch: b moves to another day, then a new check-in takes b's old day;
    // then two check-ins swap days. No unique-index collision halfway.
    let mut b_moved = b.clone();
    b_moved.kernel = b.kernel.bumped(Timestamp::now());
    b_moved.fields.date = day("2026-12-02");
    let d = checkin(habit, "2026-12-01", "d");
    let res = push(&remote, 3, vec![change(1, &b_moved), change(2, &d)]);
    assert_eq!(res.results[1].row.kernel.id, d.kernel.id);
    let mut c2 = c.clone();
    c2.kernel = c.kernel.bumped(Timestamp::now());
    c2.fields.date = day("2026-12-01");
    let mut d2 = d.clone();
    d2.kernel = d.kernel.bumped(Timestamp::now());
    d2.fields.date = day("2026-11-30");
    // d moves off 12-01 first, then c takes it: one statement must not see two holders.
    let res = push(&remote, 4, vec![change(1, &d2), change(2, &c2)]);
    assert!(res.results.iter().all(|r| r.outcome == Outcome::Applied));

    let server = bg.server_state(&token, ws);
    let mut days: Vec<(String, String)> = server
        .iter()
        .filter(|r| r.kernel.deleted_at.is_none())
        .map(|r| {
            let c: Row<HabitCheckin> = r.to_row().unwrap();
            (c.fields.date.to_string(), c.fields.note)
        })
        .collect();
    days.sort();
    assert_eq!(
        days,
        [
            ("2026-11-30".to_owned(), "d".to_owned()),
            ("2026-12-01".to_owned(), "c".to_owned()),
            ("2026-12-02".to_owned(), "b".to_owned()),
        ]
    );
    assert!(
        server
            .iter()
            .any(|r| r.kernel.id == a.kernel.id && r.kernel.deleted_at.is_some())
    );
}

/// A stored check-in moved onto a day another one holds merges into the holder, and its
/// own id is retired: the server keeps one live check-in for the day and a tombstone.
#[test]
fn a_stored_row_moved_onto_a_held_key_merges_and_its_own_id_is_retired() {
    let bg = BgServer::start();
    let (token, ws) = bg.account("ada@example.org");
    let remote = bg.remote(&token, ws);
    let habit = Id::generate();
    let x = checkin(habit, "2026-11-30", "x");
    let h = checkin(habit, "2026-12-01", "h");
    push(&remote, 1, vec![change(1, &x), change(2, &h)]);
    let mut moved = x.clone();
    moved.kernel = x.kernel.bumped(Timestamp::now());
    moved.fields.date = day("2026-12-01");
    let res = push(&remote, 2, vec![change(1, &moved)]);
    assert_eq!(res.results[0].outcome, Outcome::Applied);
    assert_eq!(
        res.results[0].row.kernel.id, h.kernel.id,
        "aimed at the holder"
    );
    let server = bg.server_state(&token, ws);
    let state = |id: Id| {
        server
            .iter()
            .find(|r| r.kernel.id == id)
            .map(|r| r.kernel.deleted_at.is_some())
    };
    assert_eq!(
        state(x.kernel.id),
        Some(true),
        "the moved id was not retired"
    );
    assert_eq!(state(h.kernel.id), Some(false));
    assert_eq!(
        server
            .iter()
            .filter(|r| r.kernel.deleted_at.is_none())
            .count(),
        1
    );
}

/// The key bookkeeping inside one batch, read from the server's own push answers: a key
/// is free once its holder gives it up (earlier by the same row, or later in the batch),
/// and still held when the holder keeps it or its deletion loses.
#[test]
fn a_key_given_up_in_the_batch_is_free_and_a_kept_one_is_still_held() {
    let bg = BgServer::start();
    let (token, ws) = bg.account("ada@example.org");
    let remote = bg.remote(&token, ws);
    let habit = Id::generate();
    let outcomes =
        |res: &PushResponse| -> Vec<Outcome> { res.results.iter().map(|r| r.outcome).collect() };
    let day5 = "2026-12-05";

    // e is made and deleted in the batch, then f takes the day: f keeps its own id.
    let e = checkin(habit, day5, "e");
    let e_gone = deleted(&e);
    let f = checkin(habit, day5, "f");
    let res = push(
        &remote,
        1,
        vec![change(1, &e), change(2, &e_gone), change(3, &f)],
    );
    assert_eq!(outcomes(&res), [Outcome::Applied; 3]);
    assert_eq!(
        res.results[2].row.kernel.id, f.kernel.id,
        "f merged into deleted e"
    );

    // g takes the day before its holder f is deleted later in the same batch.
    let g = checkin(habit, day5, "g");
    let f_gone = deleted(&f);
    let res = push(&remote, 2, vec![change(1, &g), change(2, &f_gone)]);
    assert_eq!(outcomes(&res), [Outcome::Applied; 2]);
    assert_eq!(res.results[0].row.kernel.id, g.kernel.id, "g merged into f");
    assert_eq!(
        res.results[1].row.kernel.deleted_at,
        f_gone.kernel.deleted_at
    );

    // h comes before an edit of the holder g that keeps the day: h merges into g.
    let h = checkin(habit, day5, "h");
    let mut g2 = g.clone();
    g2.kernel = g.kernel.bumped(Timestamp::now());
    g2.fields.note = "g2".into();
    let res = push(&remote, 3, vec![change(1, &h), change(2, &g2)]);
    assert_eq!(
        res.results[0].row.kernel.id, g.kernel.id,
        "h kept its own id"
    );

    // i comes before a stale deletion of g (its first version): g still holds the day.
    let i = checkin(habit, day5, "i");
    let mut stale = g.clone();
    stale.kernel.deleted_at = Some(stale.kernel.updated_at);
    let res = push(&remote, 4, vec![change(1, &i), change(2, &stale)]);
    assert_eq!(res.results[1].outcome, Outcome::Superseded);
    assert_eq!(res.results[1].row.kernel.deleted_at, None);
    assert_eq!(
        res.results[0].row.kernel.id, g.kernel.id,
        "i kept its own id"
    );

    let server = bg.server_state(&token, ws);
    let live: Vec<Id> = server
        .iter()
        .filter(|r| r.kernel.deleted_at.is_none())
        .map(|r| r.kernel.id)
        .collect();
    assert_eq!(live, [g.kernel.id], "one live check-in on {day5}, g's");
}

#[test]
fn concurrent_pushes_of_the_same_days_in_any_order_never_deadlock() {
    let bg = Arc::new(BgServer::start());
    let (token, ws) = bg.account("ada@example.org");
    let deadlocks = |bg: &BgServer| -> i64 {
        bg.rt.block_on(async {
            sqlx::query_scalar(
                "SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()",
            )
            .fetch_one(&bg.server.pool)
            .await
            .unwrap()
        })
    };
    let before = deadlocks(&bg);
    let habit = Id::generate();
    let days: Vec<String> = (1..=20).map(|d| format!("2026-11-{d:02}")).collect();
    let devices = 6;
    let barrier = Arc::new(Barrier::new(devices));
    let handles: Vec<_> = (0..devices)
        .map(|dev| {
            let (bg, token, barrier, days) =
                (bg.clone(), token.clone(), barrier.clone(), days.clone());
            std::thread::spawn(move || {
                let remote = bg.remote(&token, ws);
                // Each device checks in every day, in its own order, in batches.
                let mut order: Vec<usize> = (0..days.len()).collect();
                order.rotate_left(dev * 3);
                if dev % 2 == 1 {
                    order.reverse();
                }
                barrier.wait();
                let mut m = 0;
                for chunk in order.chunks(5) {
                    let changes = chunk
                        .iter()
                        .map(|&i| {
                            m += 1;
                            change(m, &checkin(habit, &days[i], &format!("dev {dev}")))
                        })
                        .collect();
                    remote
                        .push(&PushRequest {
                            device_id: format!("device-{dev}"),
                            changes,
                        })
                        .unwrap();
                }
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    let server = bg.server_state(&token, ws);
    let live: Vec<_> = server
        .iter()
        .filter(|r| r.kernel.deleted_at.is_none())
        .collect();
    assert_eq!(live.len(), days.len(), "one live check-in per day");
    // Statistics reach pg_stat_database within about a second.
    std::thread::sleep(std::time::Duration::from_millis(1500));
    assert_eq!(deadlocks(&bg), before, "pushes deadlocked");
}

#[test]
fn a_deadlock_answers_503_with_retry_after() {
    let bg = BgServer::start();
    let err = bg.rt.block_on(async {
        let pool = &bg.server.pool;
        sqlx::query("CREATE TABLE dl (id int PRIMARY KEY)")
            .execute(pool)
            .await
            .unwrap();
        sqlx::query("INSERT INTO dl VALUES (1), (2)")
            .execute(pool)
            .await
            .unwrap();
        let mut t1 = pool.begin().await.unwrap();
        let mut t2 = pool.begin().await.unwrap();
        sqlx::query("UPDATE dl SET id = id WHERE id = 1")
            .execute(&mut *t1)
            .await
            .unwrap();
        sqlx::query("UPDATE dl SET id = id WHERE id = 2")
            .execute(&mut *t2)
            .await
            .unwrap();
        let a = sqlx::query("UPDATE dl SET id = id WHERE id = 2").execute(&mut *t1);
        let b = sqlx::query("UPDATE dl SET id = id WHERE id = 1").execute(&mut *t2);
        let (a, b) = tokio::join!(a, b);
        // Postgres breaks the cycle by failing one of the two.
        match (a, b) {
            (Err(e), Ok(_)) | (Ok(_), Err(e)) => e,
            other => panic!("expected one deadlock, got {other:?}"),
        }
    });
    let api: lifeos_server::error::ApiError = err.into();
    let res = api.into_response();
    assert_eq!(res.status(), 503);
    assert_eq!(res.headers()["retry-after"], "1");
    assert_eq!(res.headers()["content-type"], "application/problem+json");
}

#[test]
fn the_api_refuses_a_second_checkin_for_a_day_and_a_second_running_fast() {
    let bg = BgServer::start();
    let (token, ws) = bg.account("ada@example.org");
    let call = |m: Method, path: &str, body: serde_json::Value| {
        bg.rt.block_on(bg.server.call(
            m,
            &format!("/v1/workspaces/{ws}/{path}"),
            Some(&token),
            Some(body),
        ))
    };
    let habit = Id::generate().to_string();
    let body = serde_json::json!({"habit_id": habit, "date": "2026-11-30", "status": "skipped"});
    assert_eq!(call(Method::POST, "habit_checkins", body.clone()).0, 201);
    let (st, v) = call(Method::POST, "habit_checkins", body);
    assert_eq!(st, 409, "{v}");
    assert!(v["detail"].as_str().unwrap().contains("natural key"), "{v}");
    let fast = serde_json::json!({"started_at": "2026-11-30T20:00:00Z", "target_minutes": 960});
    assert_eq!(call(Method::POST, "fasts", fast.clone()).0, 201);
    assert_eq!(call(Method::POST, "fasts", fast).0, 409);
    let (st, v) = call(
        Method::POST,
        "fasts",
        serde_json::json!({"started_at": "2026-11-30T20:00:00Z", "ended_at": "2026-11-30T19:00:00Z"}),
    );
    assert_eq!(st, 422, "{v}");
    assert_eq!(v["field"], "ended_at");
    let (st, v) = call(
        Method::POST,
        "habits",
        serde_json::json!({"name": "x", "schedule": "every other day"}),
    );
    assert_eq!(st, 422, "{v}");
    assert!(
        v["detail"].as_str().unwrap().contains("every other day"),
        "{v}"
    );
}
