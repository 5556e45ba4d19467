//! `lifeos-server admin …` against the database, with a server on the same database
//! seeing every change at once, and an audit line in the log for each.

use std::process::{Command, Output};

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::{PASSWORD, TestServer, config, fresh_database};

const BIN: &str = env!("CARGO_BIN_EXE_lifeos-server");

fn admin(url: &str, args: &[&str], password: Option<&str>) -> Output {
    let mut cmd = Command::new(BIN);
    cmd.arg("admin")
        .args(args)
        .env_clear()
        .env("DATABASE_URL", url)
        .env("LIFEOS_SIGNUP_ALLOWLIST", "ada@example.org")
        .stdin(std::process::Stdio::null());
    if let Some(p) = password {
        cmd.env("LIFEOS_PASSWORD", p);
    }
    cmd.output().unwrap()
}

fn ok(out: &Output) -> String {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn failed(out: &Output) -> String {
    assert!(
        !out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The audit line with this action, parsed.
fn audit(out: &Output, action: &str) -> Value {
    String::from_utf8_lossy(&out.stderr)
        .lines()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .find(|v| v["target"] == "audit" && v["fields"]["action"] == action)
        .unwrap_or_else(|| {
            panic!(
                "no audit line for {action}: {}",
                String::from_utf8_lossy(&out.stderr)
            )
        })
}

async fn login(srv: &TestServer, email: &str, password: &str) -> (StatusCode, Value) {
    srv.call(
        Method::POST,
        "/v1/auth/login",
        None,
        Some(json!({"email": email, "password": password})),
    )
    .await
}

#[tokio::test]
async fn every_admin_command_works_on_the_database_with_an_audit_line() {
    let (pool, url) = fresh_database().await;
    let srv = TestServer::on_pool(pool, config()).await;

    // user add: the sign-up rules, then the account logs in.
    let weak = admin(&url, &["user", "add", "zoe@example.org"], Some("short"));
    assert!(failed(&weak).contains("at least 12"));
    let bad = admin(&url, &["user", "add", "not-an-email"], Some(PASSWORD));
    assert!(failed(&bad).contains("email"));
    let out = admin(&url, &["user", "add", "Zoe@Example.org"], Some(PASSWORD));
    assert!(ok(&out).starts_with("created zoe@example.org"));
    assert_eq!(
        audit(&out, "user.add")["fields"]["email"],
        "zoe@example.org"
    );
    let again = admin(&url, &["user", "add", "zoe@example.org"], Some(PASSWORD));
    assert!(failed(&again).contains("exists"));
    let (s, session) = login(&srv, "zoe@example.org", PASSWORD).await;
    assert_eq!(s, StatusCode::OK);
    let token = session["token"].as_str().unwrap().to_owned();

    // user list: one active account with one session.
    let list = ok(&admin(&url, &["user", "list"], None));
    let zoe = list
        .lines()
        .find(|l| l.starts_with("zoe@example.org\t"))
        .unwrap();
    assert!(zoe.ends_with("\tactive\t1"), "{list}");

    // sessions revoke: the token stops working.
    let out = admin(
        &url,
        &["sessions", "revoke", "--user", "zoe@example.org"],
        None,
    );
    assert!(ok(&out).starts_with("1 session(s)"));
    audit(&out, "sessions.revoke");
    let (s, _) = srv.call(Method::GET, "/v1/me", Some(&token), None).await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);

    // reset-password: the old password stops working, the new one works, sessions end.
    let token = login(&srv, "zoe@example.org", PASSWORD).await.1["token"]
        .as_str()
        .unwrap()
        .to_owned();
    let fresh = "another horse battery staple";
    let out = admin(
        &url,
        &["user", "reset-password", "zoe@example.org"],
        Some(fresh),
    );
    assert!(ok(&out).contains("1 session(s) ended"));
    audit(&out, "user.reset_password");
    assert_eq!(
        login(&srv, "zoe@example.org", PASSWORD).await.0,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        srv.call(Method::GET, "/v1/me", Some(&token), None).await.0,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        login(&srv, "zoe@example.org", fresh).await.0,
        StatusCode::OK
    );

    // disable: no login, sessions end; enable brings it back.
    let out = admin(&url, &["user", "disable", "zoe@example.org"], None);
    assert!(ok(&out).contains("1 session(s) ended"));
    audit(&out, "user.disable");
    assert_eq!(
        login(&srv, "zoe@example.org", fresh).await.0,
        StatusCode::UNAUTHORIZED
    );
    let list = ok(&admin(&url, &["user", "list"], None));
    assert!(
        list.lines()
            .any(|l| l.starts_with("zoe@example.org\t") && l.contains("\tdisabled\t0")),
        "{list}"
    );
    audit(
        &admin(&url, &["user", "enable", "zoe@example.org"], None),
        "user.enable",
    );
    assert_eq!(
        login(&srv, "zoe@example.org", fresh).await.0,
        StatusCode::OK
    );
    let nobody = admin(&url, &["user", "disable", "nobody@example.org"], None);
    assert!(failed(&nobody).contains("no account has the email nobody@example.org"));

    // allowlist: the database's list opens sign-up, beside the configured one.
    let signup = |email: &'static str| {
        let srv = &srv;
        async move {
            srv.call(
                Method::POST,
                "/v1/auth/signup",
                None,
                Some(json!({"email": email, "password": PASSWORD})),
            )
            .await
            .0
        }
    };
    assert_eq!(signup("carl@example.org").await, StatusCode::FORBIDDEN);
    let out = admin(&url, &["allowlist", "add", "Carl@Example.org"], None);
    ok(&out);
    audit(&out, "allowlist.add");
    assert_eq!(signup("carl@example.org").await, StatusCode::CREATED);
    ok(&admin(&url, &["allowlist", "add", "dan@example.org"], None));
    let list = ok(&admin(&url, &["allowlist", "list"], None));
    assert_eq!(
        list,
        "email\tsource\ncarl@example.org\tdatabase\ndan@example.org\tdatabase\nada@example.org\tconfig\n"
    );
    let out = admin(&url, &["allowlist", "rm", "dan@example.org"], None);
    ok(&out);
    audit(&out, "allowlist.rm");
    assert_eq!(signup("dan@example.org").await, StatusCode::FORBIDDEN);
    assert!(failed(&admin(&url, &["allowlist", "rm", "dan@example.org"], None)).contains("not on"));

    // workspace list: each account's personal workspace with its owner.
    let list = ok(&admin(&url, &["workspace", "list"], None));
    assert_eq!(list.lines().count(), 3, "{list}");
    assert!(
        list.lines()
            .any(|l| l.ends_with("\tPersonal\ttrue\t0\tzoe@example.org:owner")),
        "{list}"
    );
}
