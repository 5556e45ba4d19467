//! Blobs (docs/attachments.md): upload, deduplication, ranged downloads, refusals while
//! streaming, the quota, garbage collection, a resumed upload, isolation and hostile
//! input; each against a local directory and against S3 (moto on loopback, which
//! `scripts/test.sh` installs: the S3 variant fails, never skips, without it).

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::time::Duration;

use lifeos_server::blobs::{Backend, BlobConfig, Blobs};
use lifeos_server::settings::Secret;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use crate::{TestServer, config};

#[derive(Clone, Copy)]
enum Kind {
    Local,
    S3,
}

struct Moto {
    child: std::process::Child,
    url: String,
}

impl Drop for Moto {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

async fn start_moto() -> Moto {
    let bin = std::env::var("LIFEOS_MOTO_SERVER").expect(
        "LIFEOS_MOTO_SERVER is not set: run ./scripts/test.sh, which installs moto_server (the S3 variant of the blob tests needs it)",
    );
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let child = std::process::Command::new(&bin)
        .args(["-H", "127.0.0.1", "-p", &port.to_string()])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {bin}: {e}"));
    let moto = Moto {
        child,
        url: format!("http://127.0.0.1:{port}"),
    };
    for _ in 0..300 {
        if tokio::net::TcpStream::connect(("127.0.0.1", port))
            .await
            .is_ok()
        {
            return moto;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("moto_server did not listen on {port} within 30 s");
}

struct Fixture {
    server: TestServer,
    blobs: BlobConfig,
    dir: Option<PathBuf>,
    s3: Option<(Moto, String)>,
    token: String,
    ws: String,
}

async fn fixture(kind: Kind, tweak: impl FnOnce(&mut BlobConfig)) -> Fixture {
    let mut cfg = config();
    let (dir, s3) = match kind {
        Kind::Local => {
            let dir = std::env::temp_dir().join(format!("lifeos-blobs-{}", ulid::Ulid::new()));
            cfg.blobs = BlobConfig::local(&dir);
            (Some(dir), None)
        }
        Kind::S3 => {
            let moto = start_moto().await;
            let bucket = format!("b{}", ulid::Ulid::new().to_string().to_lowercase());
            let res = reqwest::Client::new()
                .put(format!("{}/{bucket}", moto.url))
                .send()
                .await
                .unwrap();
            assert!(res.status().is_success(), "create bucket: {}", res.status());
            cfg.blobs = BlobConfig {
                backend: Backend::S3 {
                    endpoint: Some(moto.url.clone()),
                    bucket: bucket.clone(),
                    region: "us-east-1".into(),
                    path_style: true,
                    allow_http: true,
                    access_key_id: Some(Secret::new("testing")),
                    secret_access_key: Some(Secret::new("testing")),
                },
                ..BlobConfig::local("unused")
            };
            (None, Some((moto, bucket)))
        }
    };
    tweak(&mut cfg.blobs);
    let blobs = cfg.blobs.clone();
    let server = TestServer::with_config(cfg).await;
    let (token, ws) = server.user("ada@example.org").await;
    Fixture {
        server,
        blobs,
        dir,
        s3,
        token,
        ws,
    }
}

/// The SHA-256 of `data` in wire form (the other blob tests use it too).
pub(crate) fn sha(data: &[u8]) -> String {
    hex::encode(Sha256::digest(data))
}

fn bytes(n: usize, seed: u8) -> Vec<u8> {
    (0..n)
        .map(|i| (i as u32).wrapping_mul(2_654_435_761).to_le_bytes()[1] ^ seed)
        .collect()
}

fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                out.extend(files_under(&p));
            } else {
                out.push(p);
            }
        }
    }
    out
}

impl Fixture {
    /// Every object in the store.
    async fn objects(&self) -> Vec<String> {
        if let Some(dir) = &self.dir {
            return files_under(dir)
                .iter()
                .map(|p| p.strip_prefix(dir).unwrap().display().to_string())
                .collect();
        }
        let (moto, bucket) = self.s3.as_ref().unwrap();
        let text = reqwest::Client::new()
            .get(format!("{}/{bucket}?list-type=2", moto.url))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        text.split("<Key>")
            .skip(1)
            .map(|s| s.split("</Key>").next().unwrap().to_owned())
            .collect()
    }

    async fn attach(&self, ws: &str, token: &str, sha: &str, size: usize) -> String {
        let (s, v) = self
            .server
            .call(
                Method::POST,
                &format!("/v1/workspaces/{ws}/attachments"),
                Some(token),
                Some(json!({
                    "entity_kind": "note",
                    "entity_id": ulid::Ulid::new().to_string(),
                    "name": "scan.pdf",
                    "media_type": "application/pdf",
                    "size": size,
                    "sha256": sha,
                })),
            )
            .await;
        assert_eq!(s, StatusCode::CREATED, "{v}");
        v["id"].as_str().unwrap().to_owned()
    }

    async fn put(&self, sha: &str, query: &str, body: Vec<u8>) -> (StatusCode, Value) {
        self.put_as(&self.ws, &self.token, sha, query, body).await
    }

    async fn put_as(
        &self,
        ws: &str,
        token: &str,
        sha: &str,
        query: &str,
        body: Vec<u8>,
    ) -> (StatusCode, Value) {
        let res = self
            .server
            .http
            .put(
                self.server
                    .url(&format!("/v1/workspaces/{ws}/blobs/{sha}?{query}")),
            )
            .bearer_auth(token)
            .body(body)
            .send()
            .await
            .unwrap();
        let status = res.status();
        let text = res.text().await.unwrap();
        (status, serde_json::from_str(&text).unwrap_or(Value::Null))
    }

    async fn get(&self, sha: &str, range: Option<&str>) -> reqwest::Response {
        let mut req = self
            .server
            .http
            .get(
                self.server
                    .url(&format!("/v1/workspaces/{}/blobs/{sha}", self.ws)),
            )
            .bearer_auth(&self.token);
        if let Some(r) = range {
            req = req.header("range", r);
        }
        req.send().await.unwrap()
    }

    async fn upload_state(&self, sha: &str) -> (StatusCode, Value) {
        self.server
            .call(
                Method::GET,
                &format!("/v1/workspaces/{}/uploads/{sha}", self.ws),
                Some(&self.token),
                None,
            )
            .await
    }
}

async fn upload_dedup_and_ranges(kind: Kind) {
    let f = fixture(kind, |_| {}).await;
    let data = bytes(300_000, 7);
    let h = sha(&data);
    let n = data.len();
    // The server is not free storage: no row names the hash yet.
    let (s, v) = f.put(&h, &format!("size={n}"), data.clone()).await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{v}");
    assert!(f.objects().await.is_empty());
    // Two rows name the same file: one blob.
    f.attach(&f.ws, &f.token, &h, n).await;
    f.attach(&f.ws, &f.token, &h, n).await;
    let (s, v) = f.put(&h, &format!("size={n}&offset=0"), data.clone()).await;
    assert_eq!(s, StatusCode::CREATED, "{v}");
    let (s, _) = f.put(&h, &format!("size={n}"), data.clone()).await;
    assert_eq!(s, StatusCode::OK);
    let objects = f.objects().await;
    assert_eq!(objects, vec![format!("{}/blobs/{h}", f.ws)]);
    let count: i64 = sqlx::query_scalar("SELECT count(*) FROM blob")
        .fetch_one(&f.server.pool)
        .await
        .unwrap();
    assert_eq!(count, 1);

    let head = f
        .server
        .http
        .head(f.server.url(&format!("/v1/workspaces/{}/blobs/{h}", f.ws)))
        .bearer_auth(&f.token)
        .send()
        .await
        .unwrap();
    assert_eq!(head.status(), StatusCode::OK);
    assert_eq!(head.headers()["content-length"], n.to_string().as_str());

    let res = f.get(&h, None).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers()["etag"], format!("\"{h}\"").as_str());
    assert_eq!(res.headers()["content-type"], "application/octet-stream");
    assert_eq!(res.bytes().await.unwrap().as_ref(), &data[..]);

    let res = f.get(&h, Some("bytes=10-19")).await;
    assert_eq!(res.status(), StatusCode::PARTIAL_CONTENT);
    assert_eq!(
        res.headers()["content-range"],
        format!("bytes 10-19/{n}").as_str()
    );
    assert_eq!(res.bytes().await.unwrap().as_ref(), &data[10..20]);
    let res = f.get(&h, Some("bytes=-5")).await;
    assert_eq!(res.status(), StatusCode::PARTIAL_CONTENT);
    assert_eq!(res.bytes().await.unwrap().as_ref(), &data[n - 5..]);
    let res = f.get(&h, Some("bytes=299990-")).await;
    assert_eq!(res.status(), StatusCode::PARTIAL_CONTENT);
    assert_eq!(res.bytes().await.unwrap().as_ref(), &data[299_990..]);
    let res = f.get(&h, Some(&format!("bytes={n}-"))).await;
    assert_eq!(res.status(), StatusCode::RANGE_NOT_SATISFIABLE);
    assert_eq!(
        res.headers()["content-range"],
        format!("bytes */{n}").as_str()
    );

    let missing = sha(b"not stored");
    assert_eq!(f.get(&missing, None).await.status(), StatusCode::NOT_FOUND);
}

async fn wrong_hash_is_discarded(kind: Kind) {
    let f = fixture(kind, |_| {}).await;
    let data = bytes(10_000, 1);
    let h = sha(&data);
    f.attach(&f.ws, &f.token, &h, data.len()).await;
    let (s, v) = f.put(&h, "size=10000", bytes(10_000, 2)).await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{v}");
    assert_eq!(v["field"], "sha256");
    assert_eq!(f.upload_state(&h).await.0, StatusCode::NOT_FOUND);
    assert!(f.objects().await.is_empty(), "{:?}", f.objects().await);
    // The right bytes are still welcome.
    assert_eq!(f.put(&h, "size=10000", data).await.0, StatusCode::CREATED);
}

async fn limits_refuse_while_streaming(kind: Kind) {
    let f = fixture(kind, |b| {
        b.max_file_bytes = 100_000;
        b.quota_bytes = 150_000;
    })
    .await;
    let big = bytes(200_000, 3);
    let hb = sha(&big);
    f.attach(&f.ws, &f.token, &hb, big.len()).await;
    // Declared over the limit.
    let (s, v) = f.put(&hb, "size=200000", big.clone()).await;
    assert_eq!(s, StatusCode::PAYLOAD_TOO_LARGE, "{v}");
    // Declared under it, but more bytes arrive than declared.
    let (s, v) = f.put(&hb, "size=50000", big.clone()).await;
    assert_eq!(s, StatusCode::PAYLOAD_TOO_LARGE, "{v}");
    assert!(f.objects().await.is_empty(), "{:?}", f.objects().await);
    assert_eq!(f.upload_state(&hb).await.0, StatusCode::NOT_FOUND);

    // The quota counts what is stored.
    let a = bytes(90_000, 4);
    let ha = sha(&a);
    f.attach(&f.ws, &f.token, &ha, a.len()).await;
    assert_eq!(f.put(&ha, "size=90000", a).await.0, StatusCode::CREATED);
    let b = bytes(90_000, 5);
    let hb2 = sha(&b);
    f.attach(&f.ws, &f.token, &hb2, b.len()).await;
    let (s, v) = f.put(&hb2, "size=90000", b.clone()).await;
    assert_eq!(s, StatusCode::PAYLOAD_TOO_LARGE, "{v}");
    assert_eq!(v["type"], "urn:lifeos:problem:quota-exceeded");
    assert_eq!(f.objects().await.len(), 1);
    // 50 000 still fit.
    let c = bytes(50_000, 6);
    let hc = sha(&c);
    f.attach(&f.ws, &f.token, &hc, c.len()).await;
    assert_eq!(f.put(&hc, "size=50000", c).await.0, StatusCode::CREATED);
}

async fn partial_and_interrupted_uploads_resume(kind: Kind) {
    let f = fixture(kind, |_| {}).await;
    let data = bytes(120_000, 8);
    let h = sha(&data);
    f.attach(&f.ws, &f.token, &h, data.len()).await;
    // A body that ends early: 202 with where to resume.
    let (s, v) = f.put(&h, "size=120000", data[..30_000].to_vec()).await;
    assert_eq!(s, StatusCode::ACCEPTED, "{v}");
    assert_eq!(v, json!({"offset": 30000, "size": 120000}));
    // The wrong offset: 409 with the right one.
    let (s, v) = f.put(&h, "size=120000&offset=0", data.to_vec()).await;
    assert_eq!(s, StatusCode::CONFLICT, "{v}");
    assert_eq!(v["offset"], 30000);

    // A connection cut mid-body keeps what arrived.
    let addr = f.server.base.strip_prefix("http://").unwrap().to_owned();
    let head = format!(
        "PUT /v1/workspaces/{}/blobs/{h}?size=120000&offset=30000 HTTP/1.1\r\nHost: {addr}\r\nAuthorization: Bearer {}\r\nContent-Type: application/octet-stream\r\nContent-Length: 90000\r\n\r\n",
        f.ws, f.token
    );
    let sent = data[30_000..70_000].to_vec();
    let addr2 = addr.clone();
    tokio::task::spawn_blocking(move || {
        let mut conn = std::net::TcpStream::connect(addr2).unwrap();
        conn.write_all(head.as_bytes()).unwrap();
        conn.write_all(&sent).unwrap();
        conn.flush().unwrap();
        std::thread::sleep(Duration::from_millis(300));
        // Dropped: the body stops at 70 000 of 120 000.
    })
    .await
    .unwrap();
    let mut offset = Value::Null;
    for _ in 0..100 {
        let (s, v) = f.upload_state(&h).await;
        assert_eq!(s, StatusCode::OK, "{v}");
        offset = v["offset"].clone();
        if offset == 70000 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(offset, 70000, "the cut upload kept what arrived");
    // Another server process on the same database and store finishes it.
    let mut cfg = config();
    cfg.blobs = f.blobs.clone();
    let other = TestServer::on_pool(f.server.pool.clone(), cfg).await;
    let res = other
        .http
        .put(other.url(&format!(
            "/v1/workspaces/{}/blobs/{h}?size=120000&offset=70000",
            f.ws
        )))
        .bearer_auth(&f.token)
        .body(data[70_000..].to_vec())
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::CREATED);
    assert_eq!(f.upload_state(&h).await.0, StatusCode::NOT_FOUND);
    assert_eq!(
        f.get(&h, None).await.bytes().await.unwrap().as_ref(),
        &data[..]
    );
    assert_eq!(f.objects().await, vec![format!("{}/blobs/{h}", f.ws)]);
}

async fn collection_keeps_named_and_young_blobs(kind: Kind) {
    let f = fixture(kind, |_| {}).await;
    let mut stored = Vec::new();
    for seed in 10..14u8 {
        let d = bytes(5_000, seed);
        let h = sha(&d);
        let id = f.attach(&f.ws, &f.token, &h, d.len()).await;
        assert_eq!(f.put(&h, "size=5000", d).await.0, StatusCode::CREATED);
        stored.push((h, id));
    }
    // 0: live row; 1: deleted row (a tombstone still names it); 2 and 3: no row at all
    // (purged); 3 is young.
    let (s, _) = f
        .server
        .call(
            Method::DELETE,
            &format!("/v1/workspaces/{}/attachments/{}", f.ws, stored[1].1),
            Some(&f.token),
            None,
        )
        .await;
    assert!(s.is_success(), "{s}");
    for (h, _) in &stored[2..] {
        sqlx::query("DELETE FROM attachment WHERE fields->>'sha256' = $1")
            .bind(h)
            .execute(&f.server.pool)
            .await
            .unwrap();
    }
    sqlx::query("UPDATE blob SET stored_at = now() - interval '2 days' WHERE sha256 <> $1")
        .bind(&stored[3].0)
        .execute(&f.server.pool)
        .await
        .unwrap();
    // A stale upload and a fresh one.
    let p = bytes(9_000, 20);
    let hp = sha(&p);
    f.attach(&f.ws, &f.token, &hp, p.len()).await;
    assert_eq!(
        f.put(&hp, "size=9000", p[..1000].to_vec()).await.0,
        StatusCode::ACCEPTED
    );
    let q = bytes(9_000, 21);
    let hq = sha(&q);
    f.attach(&f.ws, &f.token, &hq, q.len()).await;
    assert_eq!(
        f.put(&hq, "size=9000", q[..1000].to_vec()).await.0,
        StatusCode::ACCEPTED
    );
    sqlx::query("UPDATE blob_upload SET touched_at = now() - interval '2 days' WHERE sha256 = $1")
        .bind(&hp)
        .execute(&f.server.pool)
        .await
        .unwrap();

    let report = lifeos_server::blobs::gc(&f.server.pool, &Blobs::new(f.blobs.clone()))
        .await
        .unwrap();
    assert_eq!((report.blobs, report.uploads), (1, 1));
    let mut left = f.objects().await;
    left.sort();
    let mut want: Vec<String> = [0, 1, 3]
        .iter()
        .map(|i| format!("{}/blobs/{}", f.ws, stored[*i].0))
        .collect();
    want.sort();
    let (blobs, uploads): (Vec<String>, Vec<String>) =
        left.into_iter().partition(|k| k.contains("/blobs/"));
    assert_eq!(blobs, want);
    assert_eq!(uploads.len(), 1, "{uploads:?}");
    assert!(uploads[0].contains(&hq), "{uploads:?}");
    assert_eq!(
        f.get(&stored[2].0, None).await.status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(f.upload_state(&hp).await.0, StatusCode::NOT_FOUND);
    assert_eq!(f.upload_state(&hq).await.0, StatusCode::OK);
}

async fn foreign_blobs_are_not_there_and_input_is_checked(kind: Kind) {
    let f = fixture(kind, |_| {}).await;
    let data = bytes(4_000, 30);
    let h = sha(&data);
    f.attach(&f.ws, &f.token, &h, data.len()).await;
    assert_eq!(
        f.put(&h, "size=4000", data.clone()).await.0,
        StatusCode::CREATED
    );

    let (bob, bob_ws) = f.server.user("bob@example.org").await;
    for path in [
        format!("/v1/workspaces/{}/blobs/{h}", f.ws),
        format!("/v1/workspaces/{bob_ws}/blobs/{h}"),
        format!("/v1/workspaces/{}/uploads/{h}", f.ws),
    ] {
        let res = f
            .server
            .http
            .get(f.server.url(&path))
            .bearer_auth(&bob)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::NOT_FOUND, "{path}");
    }
    let (s, _) = f.put_as(&f.ws, &bob, &h, "size=4000", data.clone()).await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    // Bob's workspace has no row naming it: refused, not deduplicated from Ada's.
    let (s, _) = f.put_as(&bob_ws, &bob, &h, "size=4000", data.clone()).await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
    // Unauthenticated.
    let res = f
        .server
        .http
        .get(f.server.url(&format!("/v1/workspaces/{}/blobs/{h}", f.ws)))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED);

    // Hostile input.
    for bad in ["XYZ", &h.to_uppercase(), &format!("{h}0"), "..%2F..%2Fetc"] {
        let (s, v) = f.put(bad, "size=4000", data.clone()).await;
        assert!(
            s == StatusCode::UNPROCESSABLE_ENTITY || s == StatusCode::NOT_FOUND,
            "{bad}: {s} {v}"
        );
        assert_eq!(
            f.get(bad, None).await.status(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "{bad}"
        );
    }
    let other = bytes(4_000, 31);
    let ho = sha(&other);
    f.attach(&f.ws, &f.token, &ho, other.len()).await;
    for (q, want) in [
        ("size=-1", StatusCode::BAD_REQUEST),
        ("size=99999999999999999999999", StatusCode::BAD_REQUEST),
        ("size=9223372036854775808", StatusCode::UNPROCESSABLE_ENTITY),
        (
            "size=18446744073709551615",
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        ("size=4000&offset=4001", StatusCode::UNPROCESSABLE_ENTITY),
        ("size=4000&offset=-3", StatusCode::BAD_REQUEST),
        ("offset=0", StatusCode::BAD_REQUEST),
        ("size=4000&extra=1", StatusCode::BAD_REQUEST),
    ] {
        let (s, v) = f.put(&ho, q, other.clone()).await;
        assert_eq!(s, want, "{q}: {v}");
    }
    assert_eq!(f.objects().await, vec![format!("{}/blobs/{h}", f.ws)]);
}

async fn an_empty_file_is_a_blob_too(kind: Kind) {
    let f = fixture(kind, |_| {}).await;
    let h = sha(b"");
    f.attach(&f.ws, &f.token, &h, 0).await;
    let (s, v) = f.put(&h, "size=0", Vec::new()).await;
    assert_eq!(s, StatusCode::CREATED, "{v}");
    let res = f.get(&h, None).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert!(res.bytes().await.unwrap().is_empty());
    assert_eq!(
        f.get(&h, Some("bytes=0-")).await.status(),
        StatusCode::RANGE_NOT_SATISFIABLE
    );
}

macro_rules! both {
    ($($name:ident),* $(,)?) => {
        mod local {
            $(#[tokio::test]
            async fn $name() {
                super::$name(super::Kind::Local).await;
            })*
        }
        mod s3 {
            $(#[tokio::test]
            async fn $name() {
                super::$name(super::Kind::S3).await;
            })*
        }
    };
}

both!(
    upload_dedup_and_ranges,
    wrong_hash_is_discarded,
    limits_refuse_while_streaming,
    partial_and_interrupted_uploads_resume,
    collection_keeps_named_and_young_blobs,
    foreign_blobs_are_not_there_and_input_is_checked,
    an_empty_file_is_a_blob_too,
);

#[test]
fn ranges_parse_as_the_rfc_says() {
    use lifeos_server::routes::v1::blobs::{Unsatisfiable, parse_range};
    assert_eq!(parse_range(None, 10), Ok(None));
    assert_eq!(parse_range(Some("bytes=0-0"), 10), Ok(Some(0..1)));
    assert_eq!(parse_range(Some("bytes=5-100"), 10), Ok(Some(5..10)));
    assert_eq!(parse_range(Some("bytes=-3"), 10), Ok(Some(7..10)));
    assert_eq!(parse_range(Some("bytes=-30"), 10), Ok(Some(0..10)));
    assert_eq!(parse_range(Some("bytes=10-"), 10), Err(Unsatisfiable));
    assert_eq!(parse_range(Some("bytes=-0"), 10), Err(Unsatisfiable));
    assert_eq!(parse_range(Some("bytes=0-"), 0), Err(Unsatisfiable));
    assert_eq!(parse_range(Some("bytes=4-2"), 10), Ok(None));
    assert_eq!(parse_range(Some("bytes=0-1,3-4"), 10), Ok(None));
    assert_eq!(parse_range(Some("items=0-1"), 10), Ok(None));
}

#[tokio::test]
async fn the_gc_blobs_subcommand_collects_with_the_configured_store() {
    let (pool, url) = crate::fresh_database().await;
    let dir = std::env::temp_dir().join(format!("lifeos-blobs-{}", ulid::Ulid::new()));
    let mut cfg = config();
    cfg.blobs = BlobConfig::local(&dir);
    let server = TestServer::on_pool(pool, cfg.clone()).await;
    let (token, ws) = server.user("ada@example.org").await;
    let f = Fixture {
        server,
        blobs: cfg.blobs,
        dir: Some(dir.clone()),
        s3: None,
        token,
        ws,
    };
    let (keep, gone) = (bytes(3_000, 40), bytes(3_000, 41));
    for d in [&keep, &gone] {
        f.attach(&f.ws, &f.token, &sha(d), d.len()).await;
        assert_eq!(
            f.put(&sha(d), "size=3000", d.clone()).await.0,
            StatusCode::CREATED
        );
    }
    sqlx::query("DELETE FROM attachment WHERE fields->>'sha256' = $1")
        .bind(sha(&gone))
        .execute(&f.server.pool)
        .await
        .unwrap();
    sqlx::query("UPDATE blob SET stored_at = now() - interval '3 hours'")
        .execute(&f.server.pool)
        .await
        .unwrap();
    let run = |grace: &str| {
        std::process::Command::new(env!("CARGO_BIN_EXE_lifeos-server"))
            .arg("gc-blobs")
            .env_clear()
            .env("DATABASE_URL", &url)
            .env("LIFEOS_BLOB_DIR", &dir)
            .env("LIFEOS_BLOB_GC_GRACE_HOURS", grace)
            .output()
            .unwrap()
    };
    // Younger than a 4-hour grace period: kept.
    let out = run("4");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(f.objects().await.len(), 2);
    let out = run("2");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("removed 1 blobs"),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert_eq!(
        f.objects().await,
        vec![format!("{}/blobs/{}", f.ws, sha(&keep))]
    );
}
