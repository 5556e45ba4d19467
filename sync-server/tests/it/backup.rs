//! `lifeos-server backup` → `restore` into an empty database → sync: a client that
//! synced past the backup finds its cursor ahead of the restored log, resyncs, and
//! nothing is lost or duplicated. A bad file, a truncated one and a non-empty target are
//! refused and write nothing.

use std::process::Command;

use lifeos_core::Id;
use lifeos_core::client::{self, HttpRemote, SyncOptions};
use lifeos_core::key::DbKey;
use lifeos_core::model::Task;
use lifeos_core::record::Record;
use lifeos_core::store::Store;

use crate::{TestServer, config, fresh_database};

const BIN: &str = env!("CARGO_BIN_EXE_lifeos-server");

const OPTS: SyncOptions = SyncOptions {
    push_batch: 3,
    pull_page: 4,
};

struct Device {
    _dir: tempfile::TempDir,
    store: Store,
}

impl Device {
    fn new(ws: Id) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("lifeos.db"), &DbKey::random().unwrap()).unwrap();
        store.bind_workspace(&ws.to_string()).unwrap();
        Self { _dir: dir, store }
    }

    fn sync(&mut self, remote: &HttpRemote) -> client::SyncSummary {
        client::sync(&mut self.store, remote, OPTS, &mut |_| {}).unwrap()
    }

    fn add(&mut self, title: &str) {
        self.store.create(Task::new(title)).unwrap();
    }

    fn records(&self) -> Vec<Record> {
        self.store.records().unwrap()
    }
}

fn run(args: &[&str], url: &str) -> std::process::Output {
    Command::new(BIN)
        .args(args)
        .env_clear()
        .env("DATABASE_URL", url)
        .output()
        .unwrap()
}

fn tasks(rt: &tokio::runtime::Runtime, pool: &sqlx::PgPool) -> i64 {
    rt.block_on(sqlx::query_scalar("SELECT count(*) FROM task").fetch_one(pool))
        .unwrap()
}

#[test]
fn a_restored_server_and_a_client_ahead_of_it_end_identical() {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let (pool_a, url_a) = rt.block_on(fresh_database());
    let a = rt.block_on(TestServer::on_pool(pool_a, config()));
    let (token, ws) = rt.block_on(a.user("ada@example.org"));
    let ws: Id = ws.parse().unwrap();
    let remote_a = HttpRemote::new(&a.base).unwrap().authorized(&token, ws);
    let (mut one, mut two) = (Device::new(ws), Device::new(ws));
    for i in 0..5 {
        one.add(&format!("before {i}"));
    }
    one.sync(&remote_a);
    two.sync(&remote_a);
    assert_eq!(two.records().len(), 5);

    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("lifeos.backup");
    let out = run(&["backup"], &url_a);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    std::fs::write(&file, &out.stdout).unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let header: serde_json::Value = serde_json::from_str(text.lines().next().unwrap()).unwrap();
    for t in [
        "users",
        "sessions",
        "workspaces",
        "sync_log",
        "sync_mutations",
        "task",
    ] {
        assert!(
            header["tables"].as_array().unwrap().iter().any(|x| x == t),
            "{t} is not in the backup: {header}"
        );
    }

    // After the backup: device one pushes two more rows, which the backup lacks.
    one.add("after 1");
    one.add("after 2");
    one.sync(&remote_a);
    drop(a);

    // Restore into an empty database; the same token works there (sessions are kept).
    let (pool_b, url_b) = rt.block_on(fresh_database());
    let out = run(&["restore", file.to_str().unwrap()], &url_b);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("restored "));
    assert_eq!(tasks(&rt, &pool_b), 5);
    let b = rt.block_on(TestServer::on_pool(pool_b.clone(), config()));
    let remote_b = HttpRemote::new(&b.base).unwrap().authorized(&token, ws);

    // Device two (behind the backup's head) writes first, so the restored log moves on.
    two.add("on the restored server");
    two.sync(&remote_b);
    // Device one's cursor is from before the restore: detected, resynced.
    let s = one.sync(&remote_b);
    assert!(s.pushed >= 7, "device one re-pushed what it holds: {s:?}");
    two.sync(&remote_b);
    let fresh = {
        let mut d = Device::new(ws);
        d.sync(&remote_b);
        d.records()
    };
    assert_eq!(fresh.len(), 8, "{fresh:#?}");
    assert_eq!(one.records(), fresh);
    assert_eq!(two.records(), fresh);
    assert_eq!(
        tasks(&rt, &pool_b),
        8,
        "no row lost or duplicated on the server"
    );
    assert_eq!(one.store.outbox_len().unwrap(), 0);

    // A second restore into the now non-empty database is refused.
    let out = run(&["restore", file.to_str().unwrap()], &url_b);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("empty database"));
    assert_eq!(tasks(&rt, &pool_b), 8);

    // Truncated, tampered and foreign files are refused and write nothing.
    let lines: Vec<&str> = text.lines().collect();
    let cut = lines[..lines.len() - 1].join("\n");
    let dropped_row = [&lines[..2], &lines[3..]].concat().join("\n");
    for (body, needle) in [
        (cut.as_str(), "truncated"),
        (dropped_row.as_str(), "nothing was restored"),
        ("{\"hello\": 1}\n", "no lifeos-server backup header"),
        ("", "empty"),
        ("not json", "not a usable backup"),
    ] {
        let (pool_c, url_c) = rt.block_on(fresh_database());
        let bad = dir.path().join("bad.backup");
        std::fs::write(&bad, body).unwrap();
        let out = run(&["restore", bad.to_str().unwrap()], &url_c);
        assert!(!out.status.success());
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(needle), "{needle}: {err}");
        let users: i64 = rt
            .block_on(sqlx::query_scalar("SELECT count(*) FROM users").fetch_one(&pool_c))
            .unwrap();
        assert_eq!(users, 0, "a refused restore wrote rows");
    }
}
