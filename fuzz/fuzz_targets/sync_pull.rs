//! A pull as the client applies it (`lifeos sync`): the server's JSON page into a
//! `PullResponse` (every row parsed and validated), then applied to a real, encrypted
//! local store with the merge rule, natural keys and shadowed holders — a fresh copy of
//! one empty store per input.

#![no_main]

use std::path::PathBuf;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use lifeos_core::key::DbKey;
use lifeos_core::record::Record;
use lifeos_core::store::Store;
use lifeos_core::sync::PullResponse;

struct Fixture {
    _dir: tempfile::TempDir,
    template: PathBuf,
    work: PathBuf,
    key: DbKey,
}

fn fixture() -> &'static Fixture {
    static F: OnceLock<Fixture> = OnceLock::new();
    F.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let template = dir.path().join("template.db");
        let key = DbKey::from_hex(&"5a".repeat(32)).unwrap_or_else(|e| panic!("{e}"));
        drop(Store::open(&template, &key).unwrap_or_else(|e| panic!("{e}")));
        let work = dir.path().join("work.db");
        Fixture {
            _dir: dir,
            template,
            work,
            key,
        }
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(page) = serde_json::from_slice::<PullResponse>(data) else {
        return;
    };
    let f = fixture();
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", f.work.display()));
    }
    std::fs::copy(&f.template, &f.work).unwrap_or_else(|e| panic!("{e}"));
    let mut store = Store::open(&f.work, &f.key).unwrap_or_else(|e| panic!("{e}"));
    let counts = match store.apply_pull(&page.changes, page.next_cursor) {
        Ok(c) => c,
        // A page of valid rows always applies.
        Err(e) => panic!("a parsed page was refused: {e}"),
    };
    assert_eq!(counts.received, page.changes.len() as u64);
    assert!(counts.changed <= counts.received);
    assert_eq!(
        store.sync_state().unwrap_or_else(|e| panic!("{e}")).cursor,
        page.next_cursor
    );
    // The same page again changes nothing: the merge rule keeps what it took.
    let again = store
        .apply_pull(&page.changes, page.next_cursor)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        again.changed, 0,
        "a page applied twice changed rows the second time"
    );
    // Every row kept reads back as itself, and each pulled row's id is held.
    let kept = store.records().unwrap_or_else(|e| panic!("{e}"));
    for r in &kept {
        let line = r.to_line();
        assert_eq!(Record::parse_line(&line).ok().as_ref(), Some(r), "{line}");
    }
    for c in &page.changes {
        assert!(
            kept.iter()
                .any(|r| r.kind == c.row.kind && r.kernel.id == c.row.kernel.id)
        );
    }
});
