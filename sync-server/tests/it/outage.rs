//! The database going away and coming back, over real sockets: a throwaway cluster of
//! its own (`scripts/pg.sh`) is stopped under a running server, which then answers 503
//! with `Retry-After` (never 500) and `/readyz` red; once the cluster is started again
//! the pool reconnects by itself, `/readyz` is green, and every write acknowledged
//! before the outage is still there.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use reqwest::{Method, StatusCode};
use serde_json::json;

use crate::{TestServer, config};

/// A cluster started by `scripts/pg.sh`'s `pg_start`, removed on drop.
struct Cluster {
    dir: String,
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Runs `script` after sourcing `scripts/pg.sh`, with `PG_DIR` set; its stdout.
fn pg(dir: &str, script: &str) -> String {
    let out = Command::new("bash")
        .arg("-c")
        .arg(format!(". scripts/pg.sh && {script}"))
        .env("PG_DIR", dir)
        .current_dir(root())
        .output()
        .expect("run bash");
    assert!(
        out.status.success(),
        "{script}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

impl Cluster {
    /// A new cluster and its `lifeos` database's URL.
    fn start() -> (Self, String) {
        // Durable commits: the outage is a crash, and an acknowledged write must survive it.
        let out = pg("", r#"pg_start && pg_durable && echo "$PG_DIR $PG_URL""#);
        let (dir, url) = out.trim().split_once(' ').unwrap();
        (Self { dir: dir.into() }, url.into())
    }

    fn down(&self) {
        pg(&self.dir, "pg_down immediate");
    }

    fn up(&self) {
        pg(&self.dir, "pg_up");
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        let _ = Command::new("bash")
            .arg("-c")
            .arg(". scripts/pg.sh && pg_stop")
            .env("PG_DIR", &self.dir)
            .current_dir(root())
            .status();
    }
}

/// A request's status and `Retry-After`.
async fn status(
    server: &TestServer,
    method: Method,
    path: &str,
    token: &str,
    body: Option<serde_json::Value>,
) -> (StatusCode, Option<String>) {
    let mut req = server
        .http
        .request(method, server.url(path))
        .bearer_auth(token);
    if let Some(b) = body {
        req = req.json(&b);
    }
    let res = req.send().await.unwrap();
    let retry = res
        .headers()
        .get("retry-after")
        .map(|v| v.to_str().unwrap().to_owned());
    (res.status(), retry)
}

#[tokio::test]
async fn a_database_restart_answers_503_with_retry_after_then_recovers_by_itself() {
    let (cluster, url) = Cluster::start();
    // A short acquire timeout, so a request during the outage gives up within a second
    // (the binary waits 10 s, riding out a quick restart).
    let pool = sqlx::postgres::PgPoolOptions::new()
        .max_connections(5)
        .acquire_timeout(Duration::from_secs(1))
        .connect(&url)
        .await
        .unwrap();
    lifeos_server::MIGRATOR.run(&pool).await.unwrap();
    let server = TestServer::on_pool(pool, config()).await;
    let (token, ws) = server.user("ada@example.org").await;
    let tasks = format!("/v1/workspaces/{ws}/tasks");
    let (s, before) = server
        .call(
            Method::POST,
            &tasks,
            Some(&token),
            Some(json!({"title": "before"})),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{before}");
    let ready = server.http.get(server.url("/readyz")).send().await.unwrap();
    assert_eq!(ready.status(), StatusCode::OK);

    cluster.down();
    let ready = server.http.get(server.url("/readyz")).send().await.unwrap();
    assert_eq!(ready.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert!(ready.headers().contains_key("retry-after"));
    for (method, path, body) in [
        (Method::GET, tasks.clone(), None),
        (
            Method::POST,
            tasks.clone(),
            Some(json!({"title": "during"})),
        ),
        (Method::GET, format!("/v1/workspaces/{ws}/sync/pull"), None),
        (Method::GET, "/v1/me".to_owned(), None),
    ] {
        let (s, retry) = status(&server, method.clone(), &path, &token, body).await;
        assert_eq!(s, StatusCode::SERVICE_UNAVAILABLE, "{method} {path}");
        assert_eq!(retry.as_deref(), Some("2"), "{method} {path}");
    }
    // The problem document names the cause.
    let (s, problem) = server.call(Method::GET, &tasks, Some(&token), None).await;
    assert_eq!(s, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(problem["type"], "urn:lifeos:problem:unavailable");

    cluster.up();
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let r = server.http.get(server.url("/readyz")).send().await.unwrap();
        if r.status() == StatusCode::OK {
            break;
        }
        assert!(Instant::now() < deadline, "/readyz never green again");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    // The pool's old connections were cut; new ones serve every request from now on.
    for i in 0..20 {
        let (s, v) = server
            .call(
                Method::POST,
                &tasks,
                Some(&token),
                Some(json!({"title": format!("after {i}")})),
            )
            .await;
        assert_eq!(s, StatusCode::CREATED, "{v}");
    }
    let (s, got) = server
        .call(
            Method::GET,
            &format!("{tasks}/{}", before["id"].as_str().unwrap()),
            Some(&token),
            None,
        )
        .await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(got["title"], "before");
}
