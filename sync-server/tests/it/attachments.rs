//! Attachments end to end: the real `lifeos` binary on two devices against the real
//! server (attach, sync uploads, fetch on first use, `sync --blobs`, backups with
//! `--with-blobs`, the same file attached offline on both), and the core's transfers
//! interrupted and resumed against the same server.

use std::path::Path;

use lifeos_core::client::{self, HttpRemote, SyncOptions};
use lifeos_core::key::DbKey;
use lifeos_core::model::Note;
use lifeos_core::store::{LocalBlob, Store};
use lifeos_core::{EntityKind, Id};

use crate::blobs::sha;
use crate::cli::{Device, all_files};
use crate::sync::BgServer;

/// A marker no sealed file may contain.
const MARKER: &[u8] = b"PLAINTEXT-MARKER-of-a-receipt";

fn receipt(len: usize) -> Vec<u8> {
    let mut v = MARKER.to_vec();
    v.extend((0..len).map(|i| (i as u32).wrapping_mul(2_654_435_761).to_le_bytes()[2]));
    v.extend_from_slice(MARKER);
    v
}

fn holds(dir: &Path, needle: &[u8]) -> Vec<String> {
    all_files(dir)
        .into_iter()
        .filter(|f| {
            std::fs::read(f)
                .unwrap_or_default()
                .windows(needle.len())
                .any(|w| w == needle)
        })
        .map(|f| f.display().to_string())
        .collect()
}

fn blobs_on_server(bg: &BgServer) -> i64 {
    bg.rt.block_on(async {
        sqlx::query_scalar::<_, i64>("SELECT count(*) FROM blob")
            .fetch_one(&bg.server.pool)
            .await
            .unwrap()
    })
}

fn logged_in(bg: &BgServer) -> Device {
    let d = Device::new();
    d.ok(&[
        "login",
        "--server",
        &bg.server.base,
        "--email",
        "ada@example.org",
    ]);
    d
}

#[test]
fn attach_sync_and_fetch_on_first_use_between_two_devices() {
    let bg = BgServer::start();
    bg.account("ada@example.org");
    let laptop = logged_in(&bg);
    let phone = logged_in(&bg);
    let files = tempfile::tempdir().unwrap();
    let file = files.path().join("receipt 2026-11.pdf");
    let bytes = receipt(300_000);
    std::fs::write(&file, &bytes).unwrap();

    laptop.ok(&["note", "add", "Groceries"]);
    let a = laptop.json(&["attach", file.to_str().unwrap(), "--to", "note:groceries"]);
    assert_eq!(a["name"], "receipt 2026-11.pdf");
    assert_eq!(a["media_type"], "application/pdf");
    assert_eq!(a["size"], bytes.len());
    assert_eq!(a["sha256"], sha(&bytes));
    assert_eq!(laptop.json(&["status"])["files_to_upload"], 1);
    let s = laptop.json(&["sync"]);
    assert_eq!(s["pushed"], 2);
    assert_eq!(s["uploaded"]["blobs"], 1);
    assert_eq!(s["uploaded"]["bytes"], bytes.len());
    assert_eq!(laptop.json(&["status"])["files_to_upload"], 0);
    assert_eq!(blobs_on_server(&bg), 1);
    // Nothing more to send the next time.
    let again = laptop.json(&["sync"]);
    assert_eq!(again["uploaded"]["blobs"], 0);

    phone.ok(&["sync"]);
    let listed = phone.json(&["attachment", "list", "--to", "note:Groceries"]);
    assert_eq!(listed.as_array().unwrap().len(), 1);
    let id = listed[0]["id"].as_str().unwrap().to_owned();
    let out = files.path().join("fetched.pdf");
    let got = phone.json(&["attachment", "get", &id[..10], "-o", out.to_str().unwrap()]);
    assert_eq!(got["size"], bytes.len());
    assert_eq!(std::fs::read(&out).unwrap(), bytes);
    // An existing file is not replaced without --force.
    let refused = phone.run(&["attachment", "get", &id, "-o", out.to_str().unwrap()]);
    assert_eq!(refused.status.code(), Some(2), "{refused:?}");
    assert!(String::from_utf8_lossy(&refused.stderr).contains("--force"));
    // Fetched once, it is on the device: it works with the server gone.
    drop(bg);
    let raw = phone
        .cmd(&["attachment", "get", &id, "-o", "-"])
        .output()
        .unwrap();
    assert!(raw.status.success(), "{raw:?}");
    assert_eq!(raw.stdout, bytes);

    // Neither device's data directory holds the plaintext, anywhere.
    for d in [&laptop, &phone] {
        let found = holds(d.home.path(), MARKER);
        assert!(found.is_empty(), "plaintext in {found:?}");
    }
}

#[test]
fn the_same_file_attached_on_two_devices_offline_is_one_row_and_one_blob() {
    let bg = BgServer::start();
    bg.account("ada@example.org");
    let laptop = logged_in(&bg);
    let phone = logged_in(&bg);
    laptop.ok(&["note", "add", "Passport"]);
    laptop.ok(&["sync"]);
    phone.ok(&["sync"]);

    let dir = tempfile::tempdir().unwrap();
    let bytes = receipt(200_000);
    let (a, b) = (dir.path().join("scan.jpg"), dir.path().join("IMG_0001.jpg"));
    std::fs::write(&a, &bytes).unwrap();
    std::fs::write(&b, &bytes).unwrap();
    // Offline on both: the same bytes on the same row.
    laptop.ok(&["attach", a.to_str().unwrap(), "--to", "note:passport"]);
    phone.ok(&["attach", b.to_str().unwrap(), "--to", "note:passport"]);
    // Attaching it again here is the same attachment, not a second one.
    laptop.ok(&["attach", a.to_str().unwrap(), "--to", "note:passport"]);
    assert_eq!(
        laptop
            .json(&["attachment", "list"])
            .as_array()
            .unwrap()
            .len(),
        1
    );

    laptop.ok(&["sync"]);
    phone.ok(&["sync"]);
    laptop.ok(&["sync"]);
    for d in [&laptop, &phone] {
        let live = d.json(&["attachment", "list"]);
        assert_eq!(live.as_array().unwrap().len(), 1, "{live}");
        assert_eq!(live[0]["sha256"], sha(&bytes));
    }
    assert_eq!(blobs_on_server(&bg), 1);
    assert_eq!(laptop.ok(&["export"]), phone.ok(&["export"]));
}

#[test]
fn sync_blobs_and_export_with_blobs_make_a_complete_backup() {
    let bg = BgServer::start();
    bg.account("ada@example.org");
    let laptop = logged_in(&bg);
    let dir = tempfile::tempdir().unwrap();
    laptop.ok(&["task", "add", "claim the refund"]);
    laptop.ok(&["account", "add", "Checking", "--currency", "EUR"]);
    let tx = laptop.json(&[
        "tx",
        "add",
        "--account",
        "Checking",
        "--",
        "-12.50",
        "Pharmacy",
    ]);
    let tx_id = tx["id"].as_str().unwrap().to_owned();
    let mut want = Vec::new();
    for (i, (to, len)) in [
        ("task:claim the refund".to_owned(), 1000),
        (format!("tx:{tx_id}"), 70_000),
        (format!("tx:{tx_id}"), 0),
    ]
    .into_iter()
    .enumerate()
    {
        let bytes = receipt(len + i);
        let f = dir.path().join(format!("file{i}.bin"));
        std::fs::write(&f, &bytes).unwrap();
        laptop.ok(&["attach", f.to_str().unwrap(), "--to", &to]);
        want.push(bytes);
    }
    laptop.ok(&["sync"]);

    let phone = logged_in(&bg);
    let s = phone.json(&["sync", "--blobs"]);
    assert_eq!(s["fetched"]["blobs"], 3, "{s}");
    assert_eq!(phone.json(&["sync", "--blobs"])["fetched"]["blobs"], 0);

    // The backup, made offline from the phone: rows and every file.
    drop(bg);
    let backup = dir.path().join("backup");
    let export = phone
        .cmd(&["export", "--with-blobs", backup.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(export.status.success(), "{export:?}");
    for bytes in &want {
        assert_eq!(&std::fs::read(backup.join(sha(bytes))).unwrap(), bytes);
    }
    let rows = dir.path().join("rows.ndjson");
    std::fs::write(&rows, &export.stdout).unwrap();

    // A new device takes both back and works offline.
    let fresh = Device::new();
    fresh.ok(&[
        "import",
        rows.to_str().unwrap(),
        "--with-blobs",
        backup.to_str().unwrap(),
    ]);
    let listed = fresh.json(&["attachment", "list"]);
    assert_eq!(listed.as_array().unwrap().len(), 3);
    for a in listed.as_array().unwrap() {
        let out = fresh
            .cmd(&["attachment", "get", a["id"].as_str().unwrap(), "-o", "-"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{out:?}");
        assert_eq!(sha(&out.stdout), a["sha256"].as_str().unwrap());
    }
    assert!(holds(fresh.home.path(), MARKER).is_empty());

    // A file in the backup that does not hash to its name is refused.
    let bad = dir.path().join("bad");
    std::fs::create_dir(&bad).unwrap();
    std::fs::write(bad.join(sha(b"one thing")), b"another thing").unwrap();
    let refused = fresh
        .cmd(&[
            "import",
            rows.to_str().unwrap(),
            "--with-blobs",
            bad.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert_eq!(refused.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("does not hash to its name"));
}

#[test]
fn hostile_file_names_are_refused_or_made_safe() {
    let d = Device::new();
    d.ok(&["note", "add", "Inbox"]);
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("plain.txt");
    std::fs::write(&f, b"x").unwrap();
    let long = "a".repeat(4096);
    for name in [
        "../evil.txt",
        "a/b",
        "..",
        " padded",
        long.as_str(),
        "rtl\u{202e}txt.exe",
    ] {
        let out = d.run(&[
            "attach",
            f.to_str().unwrap(),
            "--to",
            "note:inbox",
            "--name",
            name,
        ]);
        assert_ne!(out.status.code(), Some(0), "{name:?} was accepted");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains("--name"),
            "{name:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    // A file whose own name is hostile is attached under a safe name.
    let rtl = dir.path().join("invoice\u{202e}fdp.exe");
    std::fs::write(&rtl, b"y").unwrap();
    let a = d.json(&["attach", rtl.to_str().unwrap(), "--to", "note:inbox"]);
    assert_eq!(a["name"], "invoice_fdp.exe");
    // Nothing but one row came of all that.
    assert_eq!(d.json(&["attachment", "list"]).as_array().unwrap().len(), 1);
    // A bad --to, a bad --type, a missing file: clear errors.
    for (args, says) in [
        (vec!["--to", "nothing:inbox"], "not a kind of row"),
        (vec!["--to", "note:no such note"], "no note"),
        (vec!["--to", "note:inbox", "--type", "PDF"], "media type"),
    ] {
        let mut all = vec!["attach", f.to_str().unwrap()];
        all.extend(args);
        let out = d.run(&all);
        assert_ne!(out.status.code(), Some(0));
        assert!(
            String::from_utf8_lossy(&out.stderr).contains(says),
            "{out:?}"
        );
    }
    // Offline and not logged in, a file this device lacks says why.
    let stranger = receipt(10);
    let id = Id::generate();
    let line = format!(
        "{{\"entity\":\"attachment\",\"id\":\"{id}\",\"created_at\":\"2026-01-01T00:00:00Z\",\"updated_at\":\"2026-01-01T00:00:00Z\",\"deleted_at\":null,\"version\":1,\"entity_kind\":\"note\",\"entity_id\":\"{}\",\"name\":\"far.bin\",\"media_type\":\"application/octet-stream\",\"size\":{},\"sha256\":\"{}\"}}\n",
        Id::generate(),
        stranger.len(),
        sha(&stranger)
    );
    let file = dir.path().join("one.ndjson");
    std::fs::write(&file, line).unwrap();
    d.ok(&["import", file.to_str().unwrap()]);
    let out = d.run(&["attachment", "get", &id.to_string(), "-o", "-"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("not on this device"),
        "{out:?}"
    );
}

/// A store of its own on a temporary directory, and its remote.
fn device(bg: &BgServer, token: &str, ws: Id) -> (tempfile::TempDir, Store, HttpRemote) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("lifeos.db"), &DbKey::random().unwrap()).unwrap();
    store.bind_workspace(&ws.to_string()).unwrap();
    (dir, store, bg.remote(token, ws))
}

#[test]
fn an_interrupted_upload_and_download_resume_where_they_stopped() {
    let bg = BgServer::start();
    let (token, ws) = bg.account("ada@example.org");
    let (_a_dir, mut a, remote_a) = device(&bg, &token, ws);
    let (b_dir, mut b, remote_b) = device(&bg, &token, ws);
    let note = a.create(Note::new("Scans")).unwrap();
    let bytes = receipt(3 * 1024 * 1024 + 5);
    let row = a
        .attach(
            EntityKind::Note,
            note.kernel.id,
            "scan.tiff",
            "image/tiff",
            &mut bytes.as_slice(),
        )
        .unwrap();
    client::sync(&mut a, &remote_a, SyncOptions::default(), &mut |_| {}).unwrap();

    // The first megabyte arrives, then the connection drops.
    let first = 1 << 20;
    let hash = row.fields.sha256.clone();
    let status = bg.rt.block_on(async {
        bg.server
            .http
            .put(bg.server.url(&format!(
                "/v1/workspaces/{ws}/blobs/{hash}?size={}&offset=0",
                bytes.len()
            )))
            .bearer_auth(&token)
            .body(bytes[..first].to_vec())
            .send()
            .await
            .unwrap()
            .status()
    });
    assert_eq!(status, 202);
    let mut seen = Vec::new();
    let up = client::upload_pending(&a, &remote_a, &mut |p| {
        seen.push(p.done);
        std::ops::ControlFlow::Continue(())
    })
    .unwrap();
    assert_eq!(up.blobs, 1);
    assert_eq!(
        up.bytes,
        (bytes.len() - first) as u64,
        "only the rest was sent"
    );
    assert!(seen.windows(2).all(|w| w[0] <= w[1]), "{seen:?}");
    assert!(remote_a.blob_stored(&hash).unwrap());

    // B pulls the row, receives part of the blob, and the process "dies".
    client::sync(&mut b, &remote_b, SyncOptions::default(), &mut |_| {}).unwrap();
    let blob = LocalBlob {
        sha256: hash.clone(),
        size: bytes.len() as u64,
    };
    assert_eq!(b.blobs_missing().unwrap(), vec![blob.clone()]);
    {
        let mut partial = b.blobs().unwrap().receive(&hash, blob.size).unwrap();
        partial.write(&bytes[..1_100_000]).unwrap();
    }
    // The partial file is sealed too.
    assert!(holds(b_dir.path(), MARKER).is_empty());
    let got = remote_b
        .download_blob(&b, &blob, &mut |_| std::ops::ControlFlow::Continue(()))
        .unwrap();
    let kept = 1_100_000 / lifeos_core::blobs::CHUNK * lifeos_core::blobs::CHUNK;
    assert_eq!(
        got,
        (bytes.len() - kept) as u64,
        "resumed from its complete chunks"
    );
    let mut plain = Vec::new();
    b.blobs().unwrap().copy_to(&hash, &mut plain).unwrap();
    assert_eq!(plain, bytes);
    assert!(b.blobs_missing().unwrap().is_empty());
    assert!(holds(b_dir.path(), MARKER).is_empty());

    // Stopped by its caller mid-file (an app going to the background): what arrived is
    // kept sealed, and the next attempt fetches only the rest.
    let (_c_dir, mut c, remote_c) = device(&bg, &token, ws);
    client::sync(&mut c, &remote_c, SyncOptions::default(), &mut |_| {}).unwrap();
    let stopped = remote_c.download_blob(&c, &blob, &mut |p| {
        if p.done > 2 << 20 {
            std::ops::ControlFlow::Break(())
        } else {
            std::ops::ControlFlow::Continue(())
        }
    });
    assert!(
        matches!(stopped, Err(client::SyncError::Cancelled)),
        "{stopped:?}"
    );
    assert!(!c.blob_is_local(&hash).unwrap());
    let rest = remote_c
        .download_blob(&c, &blob, &mut |_| std::ops::ControlFlow::Continue(()))
        .unwrap();
    assert!(
        rest < (bytes.len() - (2 << 20)) as u64 + 1,
        "fetched {rest} again"
    );
    let mut plain = Vec::new();
    c.blobs().unwrap().copy_to(&hash, &mut plain).unwrap();
    assert_eq!(plain, bytes);

    // A server that sends other bytes under the hash is caught: nothing is kept.
    let wrong = LocalBlob {
        sha256: "0".repeat(64),
        size: bytes.len() as u64,
    };
    assert!(
        remote_b
            .download_blob(&b, &wrong, &mut |_| std::ops::ControlFlow::Continue(()))
            .is_err()
    );
    assert!(!b.blob_is_local(&wrong.sha256).unwrap());
}

#[test]
fn a_file_over_the_servers_limit_stays_queued_and_says_why() {
    let mut config = crate::config();
    config.blobs.max_file_bytes = 1000;
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let server = rt.block_on(crate::TestServer::with_config(config));
    let bg = BgServer { server, rt };
    bg.account("ada@example.org");
    let laptop = logged_in(&bg);
    laptop.ok(&["note", "add", "Big"]);
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("big.bin");
    std::fs::write(&f, receipt(5000)).unwrap();
    laptop.ok(&["attach", f.to_str().unwrap(), "--to", "note:big"]);
    let out = laptop.cmd(&["sync", "--format", "json"]).output().unwrap();
    assert!(out.status.success(), "{out:?}");
    let s: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(s["uploaded"]["refused"].as_array().unwrap().len(), 1, "{s}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("warning: blob"));
    assert_eq!(laptop.json(&["status"])["files_to_upload"], 1);
    assert_eq!(blobs_on_server(&bg), 0);
}
