//! The configuration file and its precedence (file < environment < flag), refusals by
//! key name, secrets only from the environment or a file by path, and `config check`'s
//! redaction; a server started from a file alone serves.

use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use crate::fresh_database;

const BIN: &str = env!("CARGO_BIN_EXE_lifeos-server");

fn run(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(BIN);
    cmd.args(args).env_clear();
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().unwrap()
}

fn text(o: &[u8]) -> String {
    String::from_utf8_lossy(o).into_owned()
}

/// The value printed for `key` and where it came from.
fn line<'a>(out: &'a str, key: &str) -> &'a str {
    out.lines()
        .find(|l| l.starts_with(&format!("{key} = ")))
        .unwrap_or_else(|| panic!("no {key} in {out}"))
}

#[test]
fn the_environment_overrides_the_file_and_the_flag_overrides_both() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("server.toml");
    std::fs::write(
        &file,
        "listen = \"127.0.0.1:1111\"\ndb_pool = 5\nsession_ttl_hours = 48\nsignup_allowlist = [\"Ada@Example.org\"]\nlog_format = \"human\"\n",
    )
    .unwrap();
    let path = file.to_str().unwrap();
    let out = run(
        &["--config", path, "config", "check"],
        &[("LIFEOS_DB_POOL", "7")],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let o = text(&out.stdout);
    assert_eq!(
        line(&o, "db_pool"),
        "db_pool = 7  # from env LIFEOS_DB_POOL"
    );
    assert_eq!(
        line(&o, "listen"),
        "listen = \"127.0.0.1:1111\"  # from file"
    );
    assert_eq!(
        line(&o, "session_ttl_hours"),
        "session_ttl_hours = 48  # from file"
    );
    assert!(
        line(&o, "signup_allowlist").contains("[\"ada@example.org\"]"),
        "{o}"
    );
    assert_eq!(
        line(&o, "cookie_secure"),
        "cookie_secure = \"auto\"  # from default"
    );
    // The output is itself valid TOML.
    let parsed: toml::Table = o.parse().unwrap();
    assert_eq!(parsed["db_pool"].as_integer(), Some(7));

    // LIFEOS_CONFIG names the file too, and --listen beats LIFEOS_LISTEN.
    let out = run(
        &["--listen", "127.0.0.1:3333", "config", "check"],
        &[("LIFEOS_CONFIG", path), ("LIFEOS_LISTEN", "127.0.0.1:2222")],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let o = text(&out.stdout);
    assert_eq!(
        line(&o, "listen"),
        "listen = \"127.0.0.1:3333\"  # from --listen"
    );
    assert_eq!(line(&o, "db_pool"), "db_pool = 5  # from file");
    let out = run(
        &["config", "check"],
        &[("LIFEOS_CONFIG", path), ("LIFEOS_LISTEN", "127.0.0.1:2222")],
    );
    let o = text(&out.stdout);
    assert_eq!(
        line(&o, "listen"),
        "listen = \"127.0.0.1:2222\"  # from env LIFEOS_LISTEN"
    );
}

#[test]
fn unknown_keys_bad_values_and_secrets_in_the_file_are_refused_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        ("lisen = \"127.0.0.1:1\"\n", "unknown key 'lisen'"),
        ("[server]\nlisten = \"x\"\n", "unknown key 'server'"),
        (
            "database_url = \"postgres://u:hunter2@h/db\"\n",
            "database_url is not allowed",
        ),
        ("session_ttl_hours = 0\n", "session_ttl_hours"),
        ("db_pool = \"many\"\n", "db_pool"),
        ("cookie_secure = \"sometimes\"\n", "cookie_secure"),
        ("log_format = \"xml\"\n", "log_format"),
        ("metrics_listen = \"nowhere\"\n", "metrics_listen"),
        ("listen = [1]\n", "listen"),
        ("listen = \n", "not valid TOML"),
    ];
    for (body, needle) in cases {
        let file = dir.path().join("bad.toml");
        std::fs::write(&file, body).unwrap();
        let out = run(
            &["--config", file.to_str().unwrap(), "config", "check"],
            &[],
        );
        assert!(!out.status.success(), "{body:?} was accepted");
        let err = text(&out.stderr);
        assert!(err.contains(needle), "{body:?}: {err}");
        assert!(!err.contains("hunter2"), "a secret echoed: {err}");
        assert!(out.stdout.is_empty());
    }
    // A bad environment value names the variable.
    let out = run(&["config", "check"], &[("LIFEOS_SESSION_TTL_HOURS", "-3")]);
    assert!(!out.status.success());
    assert!(text(&out.stderr).contains("LIFEOS_SESSION_TTL_HOURS"));
    // A missing file is a clear error.
    let out = run(&["--config", "/nonexistent/x.toml", "config", "check"], &[]);
    assert!(text(&out.stderr).contains("cannot read the config file /nonexistent/x.toml"));
}

#[test]
fn secrets_come_from_the_environment_or_a_file_and_are_redacted() {
    let dir = tempfile::tempdir().unwrap();
    let secret = dir.path().join("db-url");
    std::fs::write(
        &secret,
        "postgres://lifeos:s3cr3t-pw@db.internal:5432/lifeos\n",
    )
    .unwrap();
    let file = dir.path().join("server.toml");
    std::fs::write(
        &file,
        format!("database_url_file = \"{}\"\n", secret.display()),
    )
    .unwrap();
    let out = run(
        &["--config", file.to_str().unwrap(), "config", "check"],
        &[],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let o = text(&out.stdout);
    assert!(!o.contains("s3cr3t"), "{o}");
    assert_eq!(
        line(&o, "database_url"),
        "database_url = \"postgres://lifeos:***@db.internal:5432/lifeos\"  # from database_url_file in the file"
    );
    let s = secret.to_str().unwrap();
    let out = run(&["config", "check"], &[("DATABASE_URL_FILE", s)]);
    let o = text(&out.stdout);
    assert!(
        line(&o, "database_url").ends_with("# from the file named by DATABASE_URL_FILE"),
        "{o}"
    );
    let out = run(
        &["config", "check"],
        &[
            ("DATABASE_URL_FILE", s),
            ("DATABASE_URL", "postgres://a:other-pw@h/d"),
        ],
    );
    let o = text(&out.stdout);
    assert_eq!(
        line(&o, "database_url"),
        "database_url = \"postgres://a:***@h/d\"  # from env DATABASE_URL"
    );
    let out = run(
        &["config", "check"],
        &[("DATABASE_URL_FILE", "/nonexistent/secret")],
    );
    assert!(!out.status.success());
    assert!(text(&out.stderr).contains("DATABASE_URL_FILE"));
}

#[tokio::test]
async fn a_server_started_from_a_config_file_alone_serves() {
    lifeos_core::client::install_crypto();
    let (_pool, url) = fresh_database().await;
    let dir = tempfile::tempdir().unwrap();
    let secret = dir.path().join("db-url");
    std::fs::write(&secret, &url).unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let file = dir.path().join("server.toml");
    std::fs::write(
        &file,
        format!(
            "listen = \"127.0.0.1:{port}\"\ndatabase_url_file = \"{}\"\nlog_format = \"human\"\n",
            secret.display()
        ),
    )
    .unwrap();
    let mut child = Command::new(BIN)
        .env_clear()
        .env("LIFEOS_CONFIG", &file)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(20);
    let body = loop {
        if let Ok(r) = reqwest::get(format!("http://127.0.0.1:{port}/readyz")).await {
            break r.text().await.unwrap();
        }
        assert!(Instant::now() < deadline, "the server did not start");
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    assert_eq!(body, "ready");
    child.kill().unwrap();
    let out = child.wait_with_output().unwrap();
    let logs = text(&out.stderr);
    // Human log lines, not JSON.
    assert!(logs.contains("listening"), "{logs}");
    assert!(!logs.trim_start().starts_with('{'), "{logs}");
}
