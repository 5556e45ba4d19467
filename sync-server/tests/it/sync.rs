//! Sync end to end: real server, real Postgres, real encrypted SQLite replicas running
//! the real client. The guarantee under test: after every replica has completed a sync
//! round with no new edits, all replicas and the server hold identical rows.

use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Barrier};

use lifeos_core::client::{self, HttpRemote, Remote, SyncError, SyncOptions};
use lifeos_core::key::DbKey;
use lifeos_core::merge::compare;
use lifeos_core::model::{Note, Task};
use lifeos_core::record::Record;
use lifeos_core::store::{ListQuery, Store};
use lifeos_core::sync::{PullResponse, PushChange, PushRequest, PushResponse};
use lifeos_core::{Id, Kernel, Timestamp};
use serde_json::json;

use crate::TestServer;

/// A server on a runtime of its own, for blocking clients.
pub struct BgServer {
    pub server: TestServer,
    pub rt: tokio::runtime::Runtime,
}

impl BgServer {
    pub fn start() -> Self {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        let server = rt.block_on(TestServer::start());
        Self { server, rt }
    }

    /// Signs up and logs in; returns (token, personal workspace).
    pub fn account(&self, email: &str) -> (String, Id) {
        let (token, ws) = self.rt.block_on(self.server.user(email));
        (token, ws.parse().unwrap())
    }

    /// A new workspace of the account.
    pub fn workspace(&self, token: &str) -> Id {
        let (_, v) = self.rt.block_on(self.server.call(
            reqwest::Method::POST,
            "/v1/workspaces",
            Some(token),
            Some(json!({"name": "case"})),
        ));
        v["id"].as_str().unwrap().parse().unwrap()
    }

    pub fn remote(&self, token: &str, ws: Id) -> HttpRemote {
        HttpRemote::new(&self.server.base)
            .unwrap()
            .authorized(token, ws)
    }

    /// Everything the server holds for a workspace, as a fresh replica pulls it.
    pub fn server_state(&self, token: &str, ws: Id) -> Vec<Record> {
        let mut fresh = Replica::new(self, token, ws);
        fresh.sync();
        fresh.records()
    }

    pub fn log_len(&self, ws: Id) -> i64 {
        self.rt.block_on(async {
            sqlx::query_scalar("SELECT count(*) FROM sync_log WHERE workspace_id = $1")
                .bind(ws.to_string())
                .fetch_one(&self.server.pool)
                .await
                .unwrap()
        })
    }
}

/// Small batches and pages, so rounds cross many of them.
const OPTS: SyncOptions = SyncOptions {
    push_batch: 7,
    pull_page: 5,
};

pub struct Replica {
    _dir: tempfile::TempDir,
    pub store: Store,
    pub remote: HttpRemote,
}

impl Replica {
    pub fn new(bg: &BgServer, token: &str, ws: Id) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("lifeos.db"), &DbKey::random().unwrap()).unwrap();
        store.bind_workspace(&ws.to_string()).unwrap();
        Self {
            _dir: dir,
            store,
            remote: bg.remote(token, ws),
        }
    }

    pub fn sync(&mut self) -> client::SyncSummary {
        client::sync(&mut self.store, &self.remote, OPTS, &mut |_| {}).unwrap()
    }

    pub fn try_sync(&mut self, remote: &dyn Remote) -> Result<client::SyncSummary, SyncError> {
        client::sync(&mut self.store, remote, OPTS, &mut |_| {})
    }

    pub fn records(&self) -> Vec<Record> {
        self.store.records().unwrap()
    }

    pub fn add_task(&mut self, title: &str) -> Id {
        self.store.create(Task::new(title)).unwrap().kernel.id
    }

    pub fn retitle(&mut self, id: Id, title: &str) {
        self.store
            .update::<Task>(id, None, |t, _| {
                t.title = title.to_owned();
                Ok(())
            })
            .unwrap();
    }

    pub fn task(&self, id: Id) -> lifeos_core::Row<Task> {
        self.store.get::<Task>(id).unwrap()
    }
}

pub fn replicas(bg: &BgServer, token: &str, ws: Id, n: usize) -> Vec<Replica> {
    (0..n).map(|_| Replica::new(bg, token, ws)).collect()
}

pub fn assert_converged(bg: &BgServer, token: &str, ws: Id, reps: &[Replica]) {
    let server = bg.server_state(token, ws);
    for (i, r) in reps.iter().enumerate() {
        assert_eq!(r.records(), server, "replica {i} differs from the server");
        assert_eq!(
            r.store.outbox_len().unwrap(),
            0,
            "replica {i} still has pending changes"
        );
    }
}

pub fn tick() {
    // Distinct updated_at values (milliseconds) between edits on different replicas.
    std::thread::sleep(std::time::Duration::from_millis(3));
}

#[test]
fn two_offline_clients_converge_in_every_order_and_the_rule_names_the_winner() {
    let bg = BgServer::start();
    let (token, _) = bg.account("ada@example.org");
    for order in [[0usize, 1, 0], [1, 0, 1]] {
        let ws = bg.workspace(&token);
        let mut reps = replicas(&bg, &token, ws, 2);
        let shared = reps[0].add_task("shared");
        reps[0].sync();
        reps[1].sync();
        // Offline: both edit the shared row (B later), and each adds its own.
        reps[0].retitle(shared, "edited by A");
        tick();
        reps[1].retitle(shared, "edited by B");
        let a_row = reps[0].task(shared);
        let b_row = reps[1].task(shared);
        reps[0].add_task("only on A");
        reps[1].add_task("only on B");
        for &i in &order {
            reps[i].sync();
        }
        for r in reps.iter_mut() {
            r.sync();
        }
        assert_converged(&bg, &token, ws, &reps);
        let winner = reps[0].task(shared);
        let expected = if compare(
            &Record::from_row(&a_row).unwrap().candidate(),
            &Record::from_row(&b_row).unwrap().candidate(),
        )
        .is_gt()
        {
            a_row
        } else {
            b_row
        };
        assert_eq!(winner, expected, "order {order:?}");
        assert_eq!(
            winner.fields.title, "edited by B",
            "equal versions: the later edit wins"
        );
        assert_eq!(
            reps[0]
                .store
                .list::<Task>(&ListQuery::default())
                .unwrap()
                .len(),
            3
        );
    }
}

#[test]
fn more_edits_beat_a_later_single_edit() {
    let bg = BgServer::start();
    let (token, ws) = bg.account("ada@example.org");
    let mut reps = replicas(&bg, &token, ws, 2);
    let shared = reps[0].add_task("shared");
    reps[0].sync();
    reps[1].sync();
    reps[0].retitle(shared, "A once");
    reps[0].retitle(shared, "A twice");
    tick();
    reps[1].retitle(shared, "B later");
    reps[1].sync();
    reps[0].sync();
    reps[1].sync();
    assert_converged(&bg, &token, ws, &reps);
    assert_eq!(reps[1].task(shared).fields.title, "A twice");
    assert_eq!(reps[1].task(shared).kernel.version, 3);
}

#[test]
fn the_later_edit_wins_even_when_its_title_sorts_first() {
    // The rule's steps disagree here: at equal versions the later `updated_at` must win,
    // though the other title is byte-wise greater (the last tie-break). Dropping the
    // `updated_at` step would make "zebra (earlier)" win. Checked on the server's own
    // table and on both replicas, in both push orders.
    for later_first in [false, true] {
        let bg = BgServer::start();
        let (token, ws) = bg.account("ada@example.org");
        let mut reps = replicas(&bg, &token, ws, 2);
        let id = reps[0].add_task("start");
        reps[0].sync();
        reps[1].sync();
        reps[0].retitle(id, "zebra (earlier)");
        tick();
        reps[1].retitle(id, "aardvark (later)");
        if later_first {
            reps[1].sync();
            reps[0].sync();
        } else {
            reps[0].sync();
            reps[1].sync();
        }
        reps[0].sync();
        reps[1].sync();
        for r in &reps {
            assert_eq!(
                r.task(id).fields.title,
                "aardvark (later)",
                "later_first={later_first}"
            );
        }
        let title: String = bg.rt.block_on(async {
            sqlx::query_scalar("SELECT fields->>'title' FROM task WHERE id = $1")
                .bind(id.to_string())
                .fetch_one(&bg.server.pool)
                .await
                .unwrap()
        });
        assert_eq!(
            title, "aardvark (later)",
            "the server's row, later_first={later_first}"
        );
        assert_converged(&bg, &token, ws, &reps);
    }
}

#[test]
fn delete_against_edit_follows_the_rule_and_nothing_resurrects() {
    let bg = BgServer::start();
    let (token, ws) = bg.account("ada@example.org");
    let mut reps = replicas(&bg, &token, ws, 2);
    let id = reps[0].add_task("doomed");
    let first = Record::from_row(&reps[0].task(id)).unwrap();
    reps[0].sync();
    reps[1].sync();
    reps[1].retitle(id, "edited first");
    tick();
    reps[0].store.delete::<Task>(id, None).unwrap();
    let stale = Record::from_row(&reps[1].task(id)).unwrap();
    reps[1].sync();
    reps[0].sync();
    reps[1].sync();
    assert_converged(&bg, &token, ws, &reps);
    assert!(
        reps[1].task(id).kernel.is_deleted(),
        "the later delete wins at equal versions"
    );

    // A stale device re-pushes an old live version of the deleted row: superseded.
    let res = reps[1]
        .remote
        .push(&PushRequest {
            device_id: "stale-device".into(),
            changes: vec![PushChange {
                mutation: 1,
                row: stale.clone(),
            }],
        })
        .unwrap();
    assert_eq!(
        res.results[0].outcome,
        lifeos_core::sync::Outcome::Superseded
    );
    assert!(res.results[0].row.kernel.deleted_at.is_some());
    // Strictly lower (the very first version): superseded too, and the server's own
    // table (not what a replica rebuilds from the log) still holds the tombstone.
    assert!(first.kernel.version < stale.kernel.version);
    let res = reps[1]
        .remote
        .push(&PushRequest {
            device_id: "older-device".into(),
            changes: vec![PushChange {
                mutation: 1,
                row: first,
            }],
        })
        .unwrap();
    assert_eq!(
        res.results[0].outcome,
        lifeos_core::sync::Outcome::Superseded
    );
    assert!(res.results[0].row.kernel.deleted_at.is_some());
    let (version, deleted): (i64, bool) = bg.rt.block_on(async {
        sqlx::query_as("SELECT version, deleted_at IS NOT NULL FROM task WHERE id = $1")
            .bind(id.to_string())
            .fetch_one(&bg.server.pool)
            .await
            .unwrap()
    });
    assert!(deleted, "the server's row lost its tombstone");
    assert_eq!(version, res.results[0].row.kernel.version);
    // Even a higher version written on an old base would be a new decision by the rule;
    // the stale one, at a lower version, never brings it back.
    let mut fresh = Replica::new(&bg, &token, ws);
    fresh.sync();
    assert!(fresh.store.get::<Task>(id).unwrap().kernel.is_deleted());
}

#[test]
fn the_same_push_twice_applies_once() {
    let bg = BgServer::start();
    let (token, ws) = bg.account("ada@example.org");
    let remote = bg.remote(&token, ws);
    let row = lifeos_core::Row {
        kernel: Kernel::new_now(),
        fields: Note::new("once"),
    };
    let req = PushRequest {
        device_id: "dev-1".into(),
        changes: vec![PushChange {
            mutation: 7,
            row: Record::from_row(&row).unwrap(),
        }],
    };
    let first = remote.push(&req).unwrap();
    let log = bg.log_len(ws);
    let second = remote.push(&req).unwrap();
    assert_eq!(first, second);
    assert_eq!(bg.log_len(ws), log, "a retried push wrote again");
    // The same key naming another change is refused: the device must take a new id.
    let mut changed = row.clone();
    changed.kernel = changed.kernel.bumped(Timestamp::now());
    changed.fields.title = "twice?".into();
    let req2 = PushRequest {
        device_id: "dev-1".into(),
        changes: vec![PushChange {
            mutation: 7,
            row: Record::from_row(&changed).unwrap(),
        }],
    };
    match remote.push(&req2) {
        Err(SyncError::Conflict(detail)) => assert!(
            detail.starts_with(lifeos_core::sync::DEVICE_REUSED),
            "{detail}"
        ),
        other => panic!("expected a conflict, got {other:?}"),
    }
    assert_eq!(bg.log_len(ws), log);
}

/// A push of exactly [`MAX_PUSH_BATCH`] changes is taken whole; one more is refused and
/// writes nothing.
#[test]
fn a_full_batch_is_taken_and_one_more_change_is_refused() {
    use lifeos_core::sync::MAX_PUSH_BATCH;
    let bg = BgServer::start();
    let (token, ws) = bg.account("ada@example.org");
    let remote = bg.remote(&token, ws);
    let before = bg.log_len(ws);
    let changes = |n: usize, first: i64| -> Vec<PushChange> {
        (0..n)
            .map(|i| PushChange {
                mutation: first + i as i64,
                row: Record::from_row(&lifeos_core::Row {
                    kernel: Kernel::new_now(),
                    fields: Note::new(format!("note {i}")),
                })
                .unwrap(),
            })
            .collect()
    };
    let over = PushRequest {
        device_id: "batch-device".into(),
        changes: changes(MAX_PUSH_BATCH + 1, 1),
    };
    match remote.push(&over) {
        Err(e) => assert!(
            e.to_string()
                .contains(&format!("at most {MAX_PUSH_BATCH} changes")),
            "{e}"
        ),
        Ok(r) => panic!("{} changes were taken", r.results.len()),
    }
    assert_eq!(bg.log_len(ws), before, "a refused batch wrote");
    let full = PushRequest {
        device_id: "batch-device".into(),
        changes: changes(MAX_PUSH_BATCH, 1),
    };
    let res = remote.push(&full).unwrap();
    assert_eq!(res.results.len(), MAX_PUSH_BATCH);
    assert!(
        res.results
            .iter()
            .all(|r| r.outcome == lifeos_core::sync::Outcome::Applied)
    );
    assert_eq!(bg.log_len(ws), before + MAX_PUSH_BATCH as i64);
}

/// A remote that loses answers: the server does the work, the client never hears.
struct Lossy<'a> {
    inner: &'a HttpRemote,
    fail_push_after_send: AtomicU32,
    fail_pull_on_call: u32,
    pulls: AtomicU32,
}

impl Remote for Lossy<'_> {
    fn push(&self, req: &PushRequest) -> Result<PushResponse, SyncError> {
        let res = self.inner.push(req)?;
        let lose = self
            .fail_push_after_send
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1))
            .is_ok();
        if lose {
            return Err(SyncError::Offline {
                server: "test".into(),
                detail: "killed after the server applied the push".into(),
            });
        }
        Ok(res)
    }

    fn pull(&self, cursor: i64, limit: u32) -> Result<PullResponse, SyncError> {
        if self.pulls.fetch_add(1, Ordering::SeqCst) + 1 == self.fail_pull_on_call {
            return Err(SyncError::Offline {
                server: "test".into(),
                detail: "killed during the pull".into(),
            });
        }
        self.inner.pull(cursor, limit)
    }
}

#[test]
fn killed_during_push_or_pull_then_resumed_loses_and_duplicates_nothing() {
    let bg = BgServer::start();
    let (token, ws) = bg.account("ada@example.org");
    let mut reps = replicas(&bg, &token, ws, 2);
    for i in 0..30 {
        reps[0].add_task(&format!("task {i}"));
    }
    let remote = bg.remote(&token, ws);
    // Answers are lost (two batches are in flight at a time: both in the first round,
    // one in the second): the server applied them, the client never knew.
    let lossy = Lossy {
        inner: &remote,
        fail_push_after_send: AtomicU32::new(3),
        fail_pull_on_call: 0,
        pulls: AtomicU32::new(0),
    };
    assert!(reps[0].try_sync(&lossy).is_err());
    assert!(reps[0].try_sync(&lossy).is_err());
    reps[0].sync();
    assert_eq!(bg.log_len(ws), 30, "a re-sent batch was applied twice");

    // The second replica dies on its third page, then resumes from its cursor.
    let lossy = Lossy {
        inner: &remote,
        fail_push_after_send: AtomicU32::new(0),
        fail_pull_on_call: 3,
        pulls: AtomicU32::new(0),
    };
    assert!(reps[1].try_sync(&lossy).is_err());
    let cursor = reps[1].store.sync_state().unwrap().cursor;
    assert_eq!(cursor, 10, "two pages of 5 were applied with their cursor");
    assert_eq!(reps[1].records().len(), 10);
    reps[1].sync();
    assert_converged(&bg, &token, ws, &reps);
    assert_eq!(reps[1].records().len(), 30);
}

#[test]
fn the_own_edit_does_not_appear_to_revert_after_the_pull() {
    let bg = BgServer::start();
    let (token, ws) = bg.account("ada@example.org");
    let mut reps = replicas(&bg, &token, ws, 1);
    let id = reps[0].add_task("v1");
    reps[0].sync();
    for v in 2..6 {
        reps[0].retitle(id, &format!("v{v}"));
        let s = reps[0].sync();
        assert_eq!(s.changed, 0, "the pull changed the row just pushed");
        assert_eq!(reps[0].task(id).fields.title, format!("v{v}"));
    }
}

#[test]
fn a_clock_hours_ahead_does_not_win_every_tie() {
    let bg = BgServer::start();
    let (token, ws) = bg.account("ada@example.org");
    let mut reps = replicas(&bg, &token, ws, 2);
    let id = reps[0].add_task("shared");
    reps[0].sync();
    reps[1].sync();
    // A's clock is ten hours ahead: its edit carries a far-future updated_at.
    let mut ahead = reps[0].task(id);
    ahead.kernel = ahead.kernel.bumped(Timestamp::from_datetime(
        time::OffsetDateTime::now_utc() + time::Duration::hours(10),
    ));
    ahead.fields.title = "from the future".into();
    let res = reps[0]
        .remote
        .push(&PushRequest {
            device_id: "fast-clock".into(),
            changes: vec![PushChange {
                mutation: 1,
                row: Record::from_row(&ahead).unwrap(),
            }],
        })
        .unwrap();
    let stored = &res.results[0].row.kernel;
    assert!(
        stored.updated_at
            < Timestamp::from_datetime(
                time::OffsetDateTime::now_utc() + time::Duration::minutes(6)
            ),
        "not clamped: {stored:?}"
    );
    tick();
    // B edits the same version later, by the server's clock: B wins.
    reps[1].retitle(id, "from the present");
    reps[1].sync();
    reps[0].sync();
    reps[1].sync();
    assert_converged(&bg, &token, ws, &reps);
    assert_eq!(reps[0].task(id).fields.title, "from the present");
}

#[test]
fn many_writers_and_a_concurrent_puller_lose_nothing() {
    let bg = Arc::new(BgServer::start());
    let (token, ws) = bg.account("ada@example.org");
    let writers = 6;
    let per = 40;
    let barrier = Arc::new(Barrier::new(writers + 1));
    let mut handles = Vec::new();
    for w in 0..writers {
        let (bg, token, barrier) = (bg.clone(), token.clone(), barrier.clone());
        handles.push(std::thread::spawn(move || {
            let mut r = replicas(&bg, &token, ws, 1).pop().unwrap();
            barrier.wait();
            for i in 0..per {
                r.add_task(&format!("w{w} #{i}"));
                if i % 7 == 0 {
                    r.sync();
                }
            }
            r.sync();
        }));
    }
    let puller = {
        let (bg, token, barrier) = (bg.clone(), token.clone(), barrier.clone());
        std::thread::spawn(move || {
            let mut r = replicas(&bg, &token, ws, 1).pop().unwrap();
            barrier.wait();
            for _ in 0..20 {
                r.sync();
            }
            r
        })
    };
    for h in handles {
        h.join().unwrap();
    }
    let mut r = puller.join().unwrap();
    r.sync();
    assert_eq!(
        r.store.list::<Task>(&ListQuery::default()).unwrap().len(),
        writers * per,
        "the puller missed rows"
    );
    assert_eq!(r.records(), bg.server_state(&token, ws));
}

mod convergence {
    use lifeos_core::LocalDate;
    use lifeos_core::model::{CheckinStatus, Fast, Habit, HabitCheckin, RUNNING_KEY, Schedule};
    use proptest::prelude::*;

    use super::*;

    #[derive(Clone, Debug)]
    enum Op {
        Create(usize),
        Edit(usize, usize),
        Delete(usize, usize),
        Restore(usize, usize),
        Sync(usize),
        /// Check in (or skip) the shared habit on one of three days.
        Check(usize, usize, bool),
        /// Uncheck a day (delete its live check-in).
        Uncheck(usize, usize),
        /// Start a fast (refused while one runs), or stop the running one.
        Fast(usize, bool),
    }

    fn op() -> impl Strategy<Value = Op> {
        prop_oneof![
            3 => (0..3usize).prop_map(Op::Create),
            4 => (0..3usize, 0..8usize).prop_map(|(r, i)| Op::Edit(r, i)),
            1 => (0..3usize, 0..8usize).prop_map(|(r, i)| Op::Delete(r, i)),
            1 => (0..3usize, 0..8usize).prop_map(|(r, i)| Op::Restore(r, i)),
            3 => (0..3usize).prop_map(Op::Sync),
            3 => (0..3usize, 0..3usize, any::<bool>()).prop_map(|(r, d, skip)| Op::Check(r, d, skip)),
            1 => (0..3usize, 0..3usize).prop_map(|(r, d)| Op::Uncheck(r, d)),
            2 => (0..3usize, any::<bool>()).prop_map(|(r, start)| Op::Fast(r, start)),
        ]
    }

    const DAYS: [&str; 3] = ["2026-12-30", "2026-12-31", "2027-01-01"];

    fn nth_task(r: &Replica, i: usize) -> Option<Id> {
        let all = r
            .store
            .list::<Task>(&ListQuery {
                include_deleted: true,
                ..Default::default()
            })
            .unwrap();
        (!all.is_empty()).then(|| all[i % all.len()].kernel.id)
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 24, max_shrink_iters: 50, ..ProptestConfig::default() })]

        #[test]
        fn any_interleaving_converges_after_a_quiescent_round(ops in prop::collection::vec(op(), 1..40)) {
            let bg = shared();
            let ws = bg.0.workspace(&bg.1);
            let mut reps = replicas(&bg.0, &bg.1, ws, 3);
            // A habit every replica knows, for the check-ins.
            let habit = reps[0].store.create(Habit::new("h", Schedule::Daily)).unwrap().kernel.id;
            for r in reps.iter_mut() { r.sync(); }
            for (n, op) in ops.iter().enumerate() {
                match *op {
                    Op::Create(r) => { reps[r].add_task(&format!("t{n}")); }
                    Op::Edit(r, i) => {
                        if let Some(id) = nth_task(&reps[r], i) {
                            let _ = reps[r].store.update::<Task>(id, None, |t, _| { t.title = format!("e{n}"); Ok(()) });
                        }
                    }
                    Op::Delete(r, i) => {
                        if let Some(id) = nth_task(&reps[r], i) { let _ = reps[r].store.delete::<Task>(id, None); }
                    }
                    Op::Restore(r, i) => {
                        if let Some(id) = nth_task(&reps[r], i) { let _ = reps[r].store.restore::<Task>(id, None); }
                    }
                    Op::Sync(r) => { reps[r].sync(); }
                    Op::Check(r, d, skip) => {
                        let mut c = HabitCheckin::done(habit, LocalDate::parse(DAYS[d]).unwrap());
                        c.note = format!("c{n}");
                        if skip { c.status = CheckinStatus::Skipped; }
                        reps[r].store.upsert(c).unwrap();
                    }
                    Op::Uncheck(r, d) => {
                        let key = HabitCheckin::key_of(habit, LocalDate::parse(DAYS[d]).unwrap());
                        if let Some(c) = reps[r].store.by_natural_key::<HabitCheckin>(&key).unwrap() {
                            reps[r].store.delete::<HabitCheckin>(c.kernel.id, None).unwrap();
                        }
                    }
                    Op::Fast(r, true) => { let _ = reps[r].store.create(Fast::start(Timestamp::now(), Some(960))); }
                    Op::Fast(r, false) => {
                        if let Some(f) = reps[r].store.by_natural_key::<Fast>(RUNNING_KEY).unwrap() {
                            reps[r].store.update::<Fast>(f.kernel.id, None, |f, now| { f.ended_at = Some(now); Ok(()) }).unwrap();
                        }
                    }
                }
            }
            // A quiescent round: every replica syncs; then each syncs once more to pull
            // what the others pushed after it.
            for r in reps.iter_mut() { r.sync(); }
            for r in reps.iter_mut() { r.sync(); }
            let server = bg.0.server_state(&bg.1, ws);
            for (i, r) in reps.iter().enumerate() {
                prop_assert_eq!(r.records(), server.clone(), "replica {} differs", i);
                prop_assert_eq!(r.store.outbox_len().unwrap(), 0);
            }
            // Natural keys hold everywhere: one live check-in per day, one running fast.
            let live_keys: Vec<_> = server
                .iter()
                .filter(|r| r.kernel.deleted_at.is_none())
                .filter_map(|r| r.kind.natural_key(r.fields_json()).unwrap().map(|k| (r.kind, k)))
                .collect();
            let mut unique = live_keys.clone();
            unique.sort();
            unique.dedup();
            prop_assert_eq!(unique.len(), live_keys.len(), "a natural key is held twice");
        }
    }

    fn shared() -> &'static (BgServer, String) {
        static S: std::sync::OnceLock<(BgServer, String)> = std::sync::OnceLock::new();
        S.get_or_init(|| {
            let bg = BgServer::start();
            let (token, _) = bg.account("eve@example.org");
            (bg, token)
        })
    }
}

#[test]
fn large_rows_sync_in_batches_bounded_by_size() {
    let bg = BgServer::start();
    let (token, ws) = bg.account("ada@example.org");
    let mut reps = replicas(&bg, &token, ws, 2);
    for i in 0..6 {
        let mut n = Note::new(format!("big {i}"));
        // Control characters take six bytes each in JSON: ~5 MiB a row on the wire.
        n.body = "\u{1}".repeat(900 * 1024);
        reps[0].store.create(n).unwrap();
    }
    reps[0].sync();
    reps[1].sync();
    assert_converged(&bg, &token, ws, &reps);
    assert_eq!(
        reps[1]
            .store
            .list::<Note>(&ListQuery::default())
            .unwrap()
            .len(),
        6
    );
}

#[test]
fn a_restored_database_reusing_mutation_numbers_loses_no_edit() {
    let bg = BgServer::start();
    let (token, ws) = bg.account("ada@example.org");
    let mut reps = replicas(&bg, &token, ws, 2);
    reps[0].add_task("first");
    reps[0].sync();
    // The counter goes back, as after restoring an older copy of the database.
    reps[0]
        .store
        .connection()
        .execute("UPDATE mutation_counter SET last = 0", [])
        .unwrap();
    let second = reps[0].add_task("second, under a reused number");
    let device = reps[0].store.device_id().to_owned();
    reps[0].sync();
    assert_ne!(
        reps[0].store.device_id(),
        device,
        "the device took a new id"
    );
    reps[1].sync();
    assert_eq!(
        reps[1].task(second).fields.title,
        "second, under a reused number"
    );
    assert_converged(&bg, &token, ws, &reps);
}
