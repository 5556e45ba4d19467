//! Many threads opening their first stores at the same moment, in fresh processes.
//!
//! SQLite counts itself initialized before SQLCipher's own set-up has run, so a thread
//! that opened its first connection then used to meet a half-made SQLCipher ("sqlcipher
//! not initialized", now and then a crash) about once in thirty processes. Only a fresh
//! process shows it, so the test runs itself again as the child, many times.
#![allow(clippy::unwrap_used)]

use std::process::Command;
use std::sync::{Arc, Barrier};

use lifeos_core::key::DbKey;
use lifeos_core::store::Store;

const CHILD: &str = "LIFEOS_FIRST_OPEN_CHILD";
const THREADS: usize = 16;
const PROCESSES: usize = 100;

#[test]
fn threads_opening_their_first_stores_at_once_all_open() {
    if std::env::var_os(CHILD).is_some() {
        return open_at_once();
    }
    let me = std::env::current_exe().unwrap();
    for run in 0..PROCESSES {
        let out = Command::new(&me)
            .args([
                "--exact",
                "threads_opening_their_first_stores_at_once_all_open",
                "--test-threads=1",
            ])
            .env(CHILD, "1")
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "process {run} of {PROCESSES}: {:?}\n{}{}",
            out.status,
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

/// The child: `THREADS` threads wait at a barrier, then each opens a new store.
fn open_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let start = Arc::new(Barrier::new(THREADS));
    let threads: Vec<_> = (0..THREADS)
        .map(|i| {
            let path = dir.path().join(format!("{i}.db"));
            let start = start.clone();
            std::thread::spawn(move || {
                let key = DbKey::from_hex(&"5a".repeat(32)).unwrap();
                start.wait();
                Store::open(&path, &key)
                    .map(drop)
                    .map_err(|e| e.to_string())
            })
        })
        .collect();
    for (i, t) in threads.into_iter().enumerate() {
        if let Err(e) = t.join().unwrap() {
            panic!("thread {i}: {e}");
        }
    }
}
