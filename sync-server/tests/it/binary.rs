//! The real `lifeos-server` binary: `openapi` without a database, `migrate`, and a
//! graceful shutdown on SIGTERM that finishes the request in flight.

use std::io::{Read, Write};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::{PASSWORD, fresh_database};

const BIN: &str = env!("CARGO_BIN_EXE_lifeos-server");

#[test]
fn openapi_needs_no_database() {
    let out = Command::new(BIN)
        .arg("openapi")
        .env_clear()
        .env("DATABASE_URL", "postgres://nobody@192.0.2.1:1/none")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["openapi"], "3.1.0");
}

#[test]
fn a_missing_database_url_is_a_clear_error() {
    let out = Command::new(BIN)
        .arg("migrate")
        .env_clear()
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("DATABASE_URL"));
}

#[tokio::test]
async fn migrate_is_idempotent() {
    let (pool, url) = fresh_database().await;
    for _ in 0..2 {
        let out = Command::new(BIN)
            .arg("migrate")
            .env("DATABASE_URL", &url)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let applied: i64 = sqlx::query_scalar("SELECT count(*) FROM _sqlx_migrations")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(applied as usize, lifeos_server::MIGRATOR.iter().count());
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn http(port: u16, request: &str) -> std::net::TcpStream {
    let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    s.write_all(request.as_bytes()).unwrap();
    s
}

#[tokio::test]
async fn sigterm_finishes_the_request_in_flight_then_exits() {
    let (_pool, url) = fresh_database().await;
    let port = free_port();
    let mut child = Command::new(BIN)
        .env("DATABASE_URL", &url)
        .env("LIFEOS_LISTEN", format!("127.0.0.1:{port}"))
        .env("LIFEOS_SIGNUP_ALLOWLIST", "ada@example.org")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(20);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "the server did not start");
        std::thread::sleep(Duration::from_millis(20));
    }
    let body = format!("{{\"email\":\"ada@example.org\",\"password\":\"{PASSWORD}\"}}");
    let (first, rest) = body.split_at(10);
    // The request is in flight: its headers are in, its body still arriving.
    let mut conn = http(
        port,
        &format!(
            "POST /v1/auth/signup HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{first}",
            body.len()
        ),
    );
    // (long enough for a loaded machine to accept the connection and read the headers:
    // a connection still in the listen queue at shutdown is reset, not in flight)
    std::thread::sleep(Duration::from_millis(1500));
    let pid = child.id().to_string();
    assert!(
        Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .unwrap()
            .success()
    );
    std::thread::sleep(Duration::from_millis(300));
    conn.write_all(rest.as_bytes()).unwrap();
    let mut answer = String::new();
    conn.read_to_string(&mut answer).unwrap();
    assert!(
        answer.starts_with("HTTP/1.1 201"),
        "the request in flight was dropped: {answer:?}"
    );
    let status = child.wait().unwrap();
    assert!(status.success(), "exit status {status}");
    let mut logs = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut logs)
        .unwrap();
    assert!(logs.contains("shutting down"), "{logs}");
    assert!(
        logs.contains("\"request_id\""),
        "logs carry the request id: {logs}"
    );
}
