//! Attachments in the TUI: every answer's rows carry their live files (one query per
//! answer), and the open request reveals a file's exact bytes to the opener, fetching
//! the blob first when this device lacks it.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use lifeos_core::model::{Attachment, Note, Task};
use lifeos_core::store::{LocalBlob, Store};
use lifeos_tui::views::FileRef;
use lifeos_tui::worker::{Extras, Request, Response};

use super::worker::W;
use super::*;

const NOTES: usize = 1;
const TASKS: usize = 0;

fn attach(s: &mut Store, kind: EntityKind, id: Id, name: &str, bytes: &[u8]) -> Id {
    s.attach(kind, id, name, "application/octet-stream", &mut &bytes[..])
        .unwrap()
        .kernel
        .id
}

fn names(files: &[FileRef]) -> Vec<&str> {
    files.iter().map(|f| f.name.as_str()).collect()
}

#[test]
fn a_pages_and_searchs_rows_carry_their_live_files() {
    let w = W::new(|s| {
        let mut pinned = Note::new("Tax return");
        pinned.pinned = true;
        let tax = s.create(pinned).unwrap().kernel.id;
        let plain = s.create(Note::new("Shopping")).unwrap().kernel.id;
        let mut t = Task::new("Pay the tax");
        t.due = Some("2026-11-29".parse().unwrap());
        let task = s.create(t).unwrap().kernel.id;
        attach(s, EntityKind::Note, tax, "scan.jpg", b"jpeg bytes");
        attach(s, EntityKind::Note, tax, "receipt.pdf", b"%PDF-1.7 receipt");
        let gone = attach(s, EntityKind::Note, tax, "old.txt", b"old");
        let v = s.get::<Attachment>(gone).unwrap().kernel.version;
        s.delete::<Attachment>(gone, Some(v)).unwrap();
        attach(s, EntityKind::Task, task, "invoice.pdf", b"invoice");
        let _ = plain;
    });
    let (_, notes) = w.page(NOTES, 0, 0, 10);
    let tax = notes.iter().find(|i| i.title == "Tax return").unwrap();
    // By name; the deleted one is not shown.
    assert_eq!(names(&tax.files), ["receipt.pdf", "scan.jpg"]);
    assert_eq!(tax.files[0].size, 16);
    assert_eq!(tax.files[0].media_type, "application/octet-stream");
    let plain = notes.iter().find(|i| i.title == "Shopping").unwrap();
    assert!(plain.files.is_empty(), "{plain:?}");
    let (_, tasks) = w.page(TASKS, 0, 0, 10);
    assert_eq!(names(&tasks[0].files), ["invoice.pdf"]);
    // The ids are the attachments' own.
    let stored = w.store().get::<Attachment>(tax.files[1].id).unwrap();
    assert_eq!(stored.fields.name, "scan.jpg");

    let Response::Search { items, .. } = w.search("tax", 3) else {
        panic!()
    };
    assert_eq!(items.len(), 2, "{items:?}");
    for i in &items {
        let want: &[&str] = if i.kind == EntityKind::Note {
            &["receipt.pdf", "scan.jpg"]
        } else {
            &["invoice.pdf"]
        };
        assert_eq!(names(&i.files), want, "{}", i.title);
    }

    let Response::Today(sections) = w.ask(Request::Today).remove(0) else {
        panic!()
    };
    let all: Vec<_> = sections.iter().flat_map(|s| &s.items).collect();
    let task = all.iter().find(|i| i.kind == EntityKind::Task).unwrap();
    assert_eq!(names(&task.files), ["invoice.pdf"]);
    let note = all.iter().find(|i| i.kind == EntityKind::Note).unwrap();
    assert_eq!(names(&note.files), ["receipt.pdf", "scan.jpg"]);
}

#[test]
fn the_owner_lookup_is_one_indexed_query() {
    let w = W::new(|_| {});
    let store = w.store();
    // What `Filter::In("entity_id", …)` on attachments asks: the owner index answers it.
    let plan: Vec<String> = store
        .connection()
        .prepare(
            "EXPLAIN QUERY PLAN SELECT id FROM attachment WHERE deleted_at IS NULL
             AND json_extract(fields, '$.entity_id') IN (?1, ?2, ?3)",
        )
        .unwrap()
        .query_map(["a", "b", "c"], |r| r.get::<_, String>(3))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(
        plan.iter().any(|p| p.contains("attachment_owner")),
        "{plan:?}"
    );
}

/// An opener that copies the file it is given to `dest`.
fn copying_opener(dir: &Path) -> (PathBuf, PathBuf) {
    let dest = dir.join("opened.bin");
    let script = dir.join("opener.sh");
    std::fs::write(
        &script,
        format!("#!/bin/sh\ncp \"$1\" '{}'\n", dest.display()),
    )
    .unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    (script, dest)
}

fn note_files(w: &W) -> Vec<FileRef> {
    let (_, notes) = w.page(NOTES, 0, 0, 10);
    notes[0].files.clone()
}

fn open(w: &W, file: &FileRef, nth: usize, of: usize) -> Result<String, String> {
    match w
        .ask(Request::OpenFile {
            file: file.clone(),
            nth,
            of,
        })
        .remove(0)
    {
        Response::Opened(r) => r,
        other => panic!("{other:?}"),
    }
}

/// Bytes no text tool would keep as they are.
fn awkward_bytes() -> Vec<u8> {
    (0..200_000u32).map(|i| (i * 7 % 256) as u8).collect()
}

#[cfg(unix)]
#[test]
fn opening_a_file_hands_the_opener_its_exact_bytes() {
    let tmp = tempfile::tempdir().unwrap();
    let (script, dest) = copying_opener(tmp.path());
    let bytes = awkward_bytes();
    let w = W::with(
        ctx(),
        Extras {
            fetch: None,
            opener: Some(script.into_os_string()),
        },
        |s| {
            let n = s.create(Note::new("Scans")).unwrap().kernel.id;
            attach(s, EntityKind::Note, n, "a.bin", &bytes);
            attach(s, EntityKind::Note, n, "b.txt", b"second file\n");
        },
    );
    let files = note_files(&w);
    assert_eq!(names(&files), ["a.bin", "b.txt"]);
    assert_eq!(open(&w, &files[0], 1, 2).unwrap(), "opened a.bin (1 of 2)");
    assert_eq!(std::fs::read(&dest).unwrap(), bytes);
    assert_eq!(open(&w, &files[1], 2, 2).unwrap(), "opened b.txt (2 of 2)");
    assert_eq!(std::fs::read(&dest).unwrap(), b"second file\n");
}

#[cfg(unix)]
#[test]
fn a_file_not_on_this_device_is_fetched_or_the_message_says_why_not() {
    let tmp = tempfile::tempdir().unwrap();
    let (script, dest) = copying_opener(tmp.path());
    let bytes = awkward_bytes();
    let seed = |s: &mut Store| {
        let n = s.create(Note::new("Scans")).unwrap().kernel.id;
        let id = attach(s, EntityKind::Note, n, "far away.bin", &bytes);
        let sha = s.get::<Attachment>(id).unwrap().fields.sha256;
        s.blob_dropped(&sha).unwrap();
    };

    // Not logged in: nothing to fetch with.
    let w = W::with(
        ctx(),
        Extras {
            fetch: None,
            opener: Some(script.clone().into_os_string()),
        },
        seed,
    );
    let files = note_files(&w);
    let e = open(&w, &files[0], 1, 1).unwrap_err();
    assert!(
        e.contains("far away.bin is not on this device") && e.contains("not logged in"),
        "{e}"
    );
    assert!(!e.contains('\n'), "{e}");
    assert!(!dest.exists());

    // A fetch that fails: one line that says which file.
    let failing: lifeos_tui::FetchFn =
        Arc::new(|_: &Store, _: &LocalBlob| anyhow::bail!("server unreachable"));
    let w = W::with(
        ctx(),
        Extras {
            fetch: Some(failing),
            opener: Some(script.clone().into_os_string()),
        },
        seed,
    );
    let e = open(&w, &note_files(&w)[0], 1, 1).unwrap_err();
    assert_eq!(e, "cannot fetch far away.bin: server unreachable");

    // A fetch that brings the bytes (as the server would): then it opens.
    let served = bytes.clone();
    let fetch: lifeos_tui::FetchFn = Arc::new(move |store: &Store, blob: &LocalBlob| {
        let added = store.blobs()?.add(&mut &served[..])?;
        assert_eq!(added.sha256, blob.sha256);
        store.blob_kept(&blob.sha256, blob.size, false)?;
        Ok(())
    });
    let w = W::with(
        ctx(),
        Extras {
            fetch: Some(fetch),
            opener: Some(script.into_os_string()),
        },
        seed,
    );
    assert_eq!(
        open(&w, &note_files(&w)[0], 1, 1).unwrap(),
        "opened far away.bin"
    );
    assert_eq!(std::fs::read(&dest).unwrap(), bytes);
}

#[cfg(unix)]
#[test]
fn an_opener_that_fails_is_one_line() {
    let w = W::with(
        ctx(),
        Extras {
            fetch: None,
            opener: Some("/bin/false".into()),
        },
        |s| {
            let n = s.create(Note::new("Scans")).unwrap().kernel.id;
            attach(s, EntityKind::Note, n, "a.txt", b"a");
        },
    );
    let e = open(&w, &note_files(&w)[0], 1, 1).unwrap_err();
    assert!(
        e.starts_with("cannot open a.txt: /bin/false failed on "),
        "{e}"
    );
    assert!(!e.contains('\n'), "{e}");
}
