//! The front door (issue 22, part 6): password attempts limited per address and per
//! account without a permanent lockout, security headers on every answer, CORS closed,
//! the caller's sessions listed and revoked, a password change ending the other
//! sessions, and request limits tried by hostile clients over raw sockets.

use std::time::{Duration, Instant};

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use super::{PASSWORD, TestServer, config};

const ADA: &str = "ada@example.org";

/// A login from `addr` (told through X-Forwarded-For, believed only from a trusted
/// proxy): its status, `Retry-After` and body.
async fn login_from(
    s: &TestServer,
    addr: &str,
    email: &str,
    password: &str,
) -> (StatusCode, Option<u64>, Value) {
    let res = s
        .http
        .post(s.url("/v1/auth/login"))
        .header("x-forwarded-for", addr)
        .json(&json!({"email": email, "password": password}))
        .send()
        .await
        .unwrap();
    let status = res.status();
    let retry = res
        .headers()
        .get("retry-after")
        .map(|v| v.to_str().unwrap().parse().unwrap());
    (status, retry, res.json().await.unwrap_or(Value::Null))
}

fn behind_proxy() -> lifeos_server::state::Config {
    let mut c = config();
    c.guard.trusted_proxies = vec!["127.0.0.1".parse().unwrap()];
    c
}

#[tokio::test]
async fn wrong_passwords_lock_one_address_for_a_while_not_the_owner_forever() {
    let s = TestServer::with_config(behind_proxy()).await;
    s.user(ADA).await;
    let stranger = "203.0.113.7";
    for i in 0..5 {
        let (st, _, v) = login_from(&s, stranger, ADA, "wrong password!").await;
        assert_eq!(st, StatusCode::UNAUTHORIZED, "attempt {i}: {v}");
    }
    // The sixth try from that address waits, even with the right password.
    let (st, retry, v) = login_from(&s, stranger, ADA, PASSWORD).await;
    assert_eq!(st, StatusCode::TOO_MANY_REQUESTS, "{v}");
    assert_eq!(v["type"], "urn:lifeos:problem:too-many-requests");
    assert_eq!(retry, Some(1), "{v}");
    // The owner, from their own address, is not affected.
    let (st, _, v) = login_from(&s, "198.51.100.20", ADA, PASSWORD).await;
    assert_eq!(st, StatusCode::OK, "{v}");
    // The lock passes: after Retry-After the right password works from there too, and
    // clears the streak.
    tokio::time::sleep(Duration::from_millis(1100)).await;
    let (st, _, v) = login_from(&s, stranger, ADA, PASSWORD).await;
    assert_eq!(st, StatusCode::OK, "{v}");
    let (st, _, _) = login_from(&s, stranger, ADA, "wrong password!").await;
    assert_eq!(st, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn a_forwarded_for_header_is_ignored_unless_its_proxy_is_trusted() {
    // No trusted proxy: every request is from 127.0.0.1 whatever the header says, so
    // changing it does not escape the lock.
    let s = TestServer::start().await;
    s.user(ADA).await;
    for i in 0..5 {
        let addr = format!("203.0.113.{i}");
        let (st, _, _) = login_from(&s, &addr, ADA, "wrong password!").await;
        assert_eq!(st, StatusCode::UNAUTHORIZED);
    }
    let (st, retry, _) = login_from(&s, "192.0.2.99", ADA, PASSWORD).await;
    assert_eq!(st, StatusCode::TOO_MANY_REQUESTS);
    assert!(retry.is_some());
}

#[tokio::test]
async fn an_address_has_a_quota_of_password_attempts() {
    let mut c = behind_proxy();
    c.guard.attempts_per_minute = 3;
    let s = TestServer::with_config(c).await;
    for i in 0..3 {
        let (st, _, v) = login_from(&s, "203.0.113.50", &format!("u{i}@example.org"), "x").await;
        assert_eq!(st, StatusCode::UNAUTHORIZED, "{v}");
    }
    let (st, retry, v) = login_from(&s, "203.0.113.50", "u9@example.org", "x").await;
    assert_eq!(st, StatusCode::TOO_MANY_REQUESTS, "{v}");
    assert!(retry.unwrap() >= 1);
    // Sign-up counts too.
    let res = s
        .http
        .post(s.url("/v1/auth/signup"))
        .header("x-forwarded-for", "203.0.113.50")
        .json(&json!({"email": "eve@example.org", "password": PASSWORD}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
    // Another address has its own quota.
    let (st, _, _) = login_from(&s, "203.0.113.51", "u9@example.org", "x").await;
    assert_eq!(st, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn security_headers_on_every_answer_and_cors_closed() {
    let s = TestServer::with_config(behind_proxy()).await;
    for (method, path) in [
        (Method::GET, "/v1/me"),
        (Method::GET, "/healthz"),
        (Method::GET, "/openapi.json"),
        (Method::GET, "/v1/nowhere"),
        (Method::POST, "/v1/auth/login"),
        (Method::GET, "/"),
    ] {
        let res = s
            .http
            .request(method.clone(), s.url(path))
            .header("origin", "https://evil.example")
            .send()
            .await
            .unwrap();
        let h = res.headers();
        assert_eq!(h["x-content-type-options"], "nosniff", "{path}");
        assert_eq!(h["x-frame-options"], "DENY", "{path}");
        assert_eq!(h["referrer-policy"], "same-origin", "{path}");
        assert!(
            h["content-security-policy"]
                .to_str()
                .unwrap()
                .contains("frame-ancestors 'none'"),
            "{path}"
        );
        assert!(h.get("access-control-allow-origin").is_none(), "{path}");
        assert!(
            h.get("strict-transport-security").is_none(),
            "{path}: plain HTTP"
        );
    }
    // A preflight from another origin is not granted.
    let res = s
        .http
        .request(Method::OPTIONS, s.url("/v1/auth/login"))
        .header("origin", "https://evil.example")
        .header("access-control-request-method", "POST")
        .send()
        .await
        .unwrap();
    assert!(res.headers().get("access-control-allow-origin").is_none());
    assert!(!res.status().is_success(), "{}", res.status());
    // Behind TLS (the trusted proxy says so): HSTS.
    let res = s
        .http
        .get(s.url("/healthz"))
        .header("x-forwarded-proto", "https")
        .send()
        .await
        .unwrap();
    assert_eq!(
        res.headers()["strict-transport-security"],
        "max-age=31536000; includeSubDomains"
    );
    // An untrusted peer cannot claim TLS.
    let plain = TestServer::start().await;
    let res = plain
        .http
        .get(plain.url("/healthz"))
        .header("x-forwarded-proto", "https")
        .send()
        .await
        .unwrap();
    assert!(res.headers().get("strict-transport-security").is_none());
}

#[tokio::test]
async fn sessions_are_listed_and_revoked_by_their_owner_only() {
    let s = TestServer::start().await;
    let (laptop, _) = s.user(ADA).await;
    let res = s
        .http
        .post(s.url("/v1/auth/login"))
        .header("user-agent", "lifeos-phone/1.0")
        .json(&json!({"email": ADA, "password": PASSWORD}))
        .send()
        .await
        .unwrap();
    let phone = res.json::<Value>().await.unwrap()["token"]
        .as_str()
        .unwrap()
        .to_owned();
    let (bob, _) = s.user("bob@example.org").await;

    let (st, list) = s
        .call(Method::GET, "/v1/me/sessions", Some(&laptop), None)
        .await;
    assert_eq!(st, StatusCode::OK, "{list}");
    let list = list.as_array().unwrap().clone();
    assert_eq!(list.len(), 2, "{list:?}");
    let current: Vec<&Value> = list.iter().filter(|x| x["current"] == true).collect();
    assert_eq!(current.len(), 1);
    let other = list.iter().find(|x| x["current"] == false).unwrap();
    assert_eq!(other["user_agent"], "lifeos-phone/1.0");
    assert_eq!(other["client_addr"], "127.0.0.1");
    let id = other["id"].as_str().unwrap();
    assert_eq!(id.len(), 64);
    // The token is nowhere in the listing.
    assert!(!serde_json::to_string(&list).unwrap().contains(&phone));

    // Bob cannot end Ada's session: it is not there for him.
    let (st, _) = s
        .call(
            Method::DELETE,
            &format!("/v1/me/sessions/{id}"),
            Some(&bob),
            None,
        )
        .await;
    assert_eq!(st, StatusCode::NOT_FOUND);
    let (st, _) = s.call(Method::GET, "/v1/me", Some(&phone), None).await;
    assert_eq!(st, StatusCode::OK);
    // Ada can.
    let (st, _) = s
        .call(
            Method::DELETE,
            &format!("/v1/me/sessions/{id}"),
            Some(&laptop),
            None,
        )
        .await;
    assert_eq!(st, StatusCode::NO_CONTENT);
    let (st, _) = s.call(Method::GET, "/v1/me", Some(&phone), None).await;
    assert_eq!(st, StatusCode::UNAUTHORIZED);
    let (st, _) = s
        .call(
            Method::DELETE,
            &format!("/v1/me/sessions/{id}"),
            Some(&laptop),
            None,
        )
        .await;
    assert_eq!(st, StatusCode::NOT_FOUND, "twice");
    for bad in ["zz", "..%2F..%2Fetc", &"f".repeat(5000)] {
        let (st, v) = s
            .call(
                Method::DELETE,
                &format!("/v1/me/sessions/{bad}"),
                Some(&laptop),
                None,
            )
            .await;
        assert_eq!(st, StatusCode::NOT_FOUND, "{bad}: {v}");
    }
    let (st, _) = s.call(Method::GET, "/v1/me/sessions", None, None).await;
    assert_eq!(st, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn a_password_change_ends_the_other_sessions() {
    let s = TestServer::start().await;
    let (laptop, _) = s.user(ADA).await;
    let phone = s.login(ADA).await;
    let new = "a much newer passphrase";
    let change =
        |current: &str, new: &str| json!({"current_password": current, "new_password": new});

    let (st, v) = s
        .call(
            Method::POST,
            "/v1/me/password",
            Some(&laptop),
            Some(change("wrong password!", new)),
        )
        .await;
    assert_eq!(st, StatusCode::UNPROCESSABLE_ENTITY, "{v}");
    assert_eq!(v["field"], "current_password");
    let (st, v) = s
        .call(
            Method::POST,
            "/v1/me/password",
            Some(&laptop),
            Some(change(PASSWORD, "short")),
        )
        .await;
    assert_eq!(st, StatusCode::UNPROCESSABLE_ENTITY, "{v}");
    assert_eq!(v["field"], "new_password");
    let (st, v) = s
        .call(
            Method::POST,
            "/v1/me/password",
            Some(&laptop),
            Some(json!({"current_password": PASSWORD, "new_password": new, "admin": true})),
        )
        .await;
    assert_eq!(st, StatusCode::UNPROCESSABLE_ENTITY, "unknown field: {v}");
    // Nothing changed so far.
    let (st, _) = s.call(Method::GET, "/v1/me", Some(&phone), None).await;
    assert_eq!(st, StatusCode::OK);

    let (st, v) = s
        .call(
            Method::POST,
            "/v1/me/password",
            Some(&laptop),
            Some(change(PASSWORD, new)),
        )
        .await;
    assert_eq!(st, StatusCode::NO_CONTENT, "{v}");
    let (st, _) = s.call(Method::GET, "/v1/me", Some(&phone), None).await;
    assert_eq!(st, StatusCode::UNAUTHORIZED, "the other session ended");
    let (st, _) = s.call(Method::GET, "/v1/me", Some(&laptop), None).await;
    assert_eq!(st, StatusCode::OK, "this one goes on");
    let (st, _) = s
        .call(
            Method::POST,
            "/v1/auth/login",
            None,
            Some(json!({"email": ADA, "password": PASSWORD})),
        )
        .await;
    assert_eq!(st, StatusCode::UNAUTHORIZED, "the old password");
    let (st, _) = s
        .call(
            Method::POST,
            "/v1/auth/login",
            None,
            Some(json!({"email": ADA, "password": new})),
        )
        .await;
    assert_eq!(st, StatusCode::OK, "the new password");
}

/// Sends raw bytes on a new connection and reads what comes back until the server
/// closes it (or `limit` passes); the answer and how long it took.
async fn raw(
    s: &TestServer,
    chunks: &[&[u8]],
    pause: Duration,
    limit: Duration,
) -> (String, Duration) {
    let addr = s.base.trim_start_matches("http://").to_owned();
    let mut conn = tokio::net::TcpStream::connect(addr).await.unwrap();
    let start = Instant::now();
    for c in chunks {
        if conn.write_all(c).await.is_err() {
            break;
        }
        tokio::time::sleep(pause).await;
    }
    let mut out = Vec::new();
    let _ = tokio::time::timeout(limit, conn.read_to_end(&mut out)).await;
    (String::from_utf8_lossy(&out).into_owned(), start.elapsed())
}

#[tokio::test]
async fn hostile_clients_meet_the_request_limits() {
    let s = TestServer::start().await;
    let (token, ws) = s.user(ADA).await;

    // A slow-loris client that never finishes its headers is cut off.
    let (_, took) = raw(
        &s,
        &[b"GET /healthz HTTP/1.1\r\nHost: x\r\n", b"X-A: 1\r\n"],
        Duration::from_millis(200),
        Duration::from_secs(30),
    )
    .await;
    assert!(
        took < lifeos_server::listen::HEADER_READ_TIMEOUT + Duration::from_secs(5),
        "the connection stayed open {took:?}"
    );

    // A head larger than the limit, and too many headers: 431, nothing served.
    let big = format!(
        "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: {}\r\n\r\n",
        "a".repeat(200 * 1024)
    );
    let (answer, _) = raw(
        &s,
        &[big.as_bytes()],
        Duration::ZERO,
        Duration::from_secs(10),
    )
    .await;
    assert!(answer.starts_with("HTTP/1.1 431"), "{answer:.200}");
    let many: String = (0..150).map(|i| format!("X-H{i}: v\r\n")).collect();
    let req = format!("GET /healthz HTTP/1.1\r\nHost: x\r\n{many}\r\n");
    let (answer, _) = raw(
        &s,
        &[req.as_bytes()],
        Duration::ZERO,
        Duration::from_secs(10),
    )
    .await;
    assert!(answer.starts_with("HTTP/1.1 431"), "{answer:.200}");

    // Deeply nested JSON is refused as malformed, and the server goes on.
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let res = s
        .http
        .post(s.url(&format!("/v1/workspaces/{ws}/tasks")))
        .bearer_auth(&token)
        .header("content-type", "application/json")
        .body(deep)
        .send()
        .await
        .unwrap();
    assert!(
        matches!(res.status().as_u16(), 400 | 422),
        "{}",
        res.status()
    );
    // A body over the limit: 413.
    let res = s
        .http
        .post(s.url(&format!("/v1/workspaces/{ws}/notes")))
        .bearer_auth(&token)
        .header("content-type", "application/json")
        .body(format!(
            "{{\"title\":\"{}\"}}",
            "a".repeat(lifeos_server::MAX_BODY_BYTES + 1)
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::PAYLOAD_TOO_LARGE);
    // Page sizes are capped.
    let (st, v) = s
        .call(
            Method::GET,
            &format!("/v1/workspaces/{ws}/tasks?limit=1000000"),
            Some(&token),
            None,
        )
        .await;
    assert_eq!(st, StatusCode::UNPROCESSABLE_ENTITY, "{v}");
    assert_eq!(v["field"], "limit");
    let (st, _) = s.call(Method::GET, "/healthz", None, None).await;
    assert_eq!(st, StatusCode::OK, "still serving");
}
