//! The real `lifeos` binary against the real server: login, sync, status, workspaces,
//! logout; and `lifeos sync` killed at random instants, then resumed.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::Duration;

use lifeos_core::credential::{Backend, Credentials, SealedFile, SecretKind};

use crate::PASSWORD;
use crate::sync::BgServer;

/// The `lifeos` binary of this workspace, built (once per test run) by cargo for the
/// profile these tests were built with, so a stale binary is never the one tested.
fn lifeos_bin() -> PathBuf {
    static BUILT: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    BUILT
        .get_or_init(|| {
            let exe = std::env::current_exe().unwrap();
            // target/<profile>/deps/it-… → target/<profile>
            let profile_dir = exe.parent().unwrap().parent().unwrap().to_path_buf();
            let target_dir = profile_dir.parent().unwrap();
            let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
            // The selection `cargo test --workspace` builds (scripts/build.sh says why):
            // after it this builds nothing, where `-p lifeos-cli` alone would rebuild the
            // core and the CLI for the CLI's own feature set.
            let mut build = Command::new(cargo);
            build
                .args([
                    "build",
                    "--quiet",
                    "--locked",
                    "--workspace",
                    "--all-targets",
                ])
                .arg("--target-dir")
                .arg(target_dir)
                .current_dir(env!("CARGO_MANIFEST_DIR"));
            if profile_dir.file_name().is_some_and(|p| p == "release") {
                build.arg("--release");
            }
            let status = build.status().expect("run cargo to build lifeos");
            assert!(
                status.success(),
                "cargo build --workspace --all-targets failed"
            );
            let bin = profile_dir.join("lifeos");
            assert!(bin.exists(), "{} is missing after the build", bin.display());
            bin
        })
        .clone()
}

pub(crate) struct Device {
    pub(crate) home: tempfile::TempDir,
}

impl Device {
    pub(crate) fn new() -> Self {
        Self {
            home: tempfile::tempdir().unwrap(),
        }
    }

    pub(crate) fn cmd(&self, args: &[&str]) -> Command {
        let mut c = Command::new(lifeos_bin());
        c.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("LIFEOS_HOME", self.home.path())
            .env("LIFEOS_PASSPHRASE", "device passphrase")
            .env("LIFEOS_PASSWORD", PASSWORD)
            .args(args);
        c
    }

    pub(crate) fn run(&self, args: &[&str]) -> Output {
        let out = self.cmd(args).output().unwrap();
        self.assert_no_secret(&out);
        out
    }

    /// The secrets this device's credential file holds (the token, the database key):
    /// none may show in any output, beyond a token's last 6 characters.
    fn secrets(&self) -> Vec<String> {
        let file = SealedFile::new(
            self.home
                .path()
                .join("data/profiles/default/credentials.enc"),
        );
        match file.open("device passphrase") {
            Ok(Some(map)) => map.values().map(|s| s.expose().to_owned()).collect(),
            _ => Vec::new(),
        }
    }

    fn assert_no_secret(&self, out: &Output) {
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        for secret in self.secrets() {
            let hidden = &secret[..secret.len().saturating_sub(6)];
            for w in hidden.as_bytes().windows(12) {
                let w = std::str::from_utf8(w).unwrap();
                assert!(!text.contains(w), "output shows a secret: {text}");
            }
        }
    }

    pub(crate) fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "lifeos {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    pub(crate) fn json(&self, args: &[&str]) -> serde_json::Value {
        let mut a = args.to_vec();
        a.extend(["--format", "json"]);
        serde_json::from_str(&self.ok(&a)).unwrap()
    }
}

pub(crate) fn all_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(all_files(&p))
        } else {
            out.push(p)
        }
    }
    out
}

#[test]
fn login_sync_status_workspaces_logout() {
    let bg = BgServer::start();
    bg.account("ada@example.org");
    let server = bg.server.base.clone();
    let laptop = Device::new();
    let phone = Device::new();
    laptop.ok(&["task", "add", "written offline before login"]);

    let err = laptop.run(&["sync"]);
    assert_eq!(err.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&err.stderr).contains("lifeos login"));

    let login = laptop.json(&["login", "--server", &server, "--email", "ada@example.org"]);
    let token_tail = login["token"].as_str().unwrap().to_owned();
    assert!(
        token_tail.starts_with('…') && token_tail.chars().count() == 7,
        "{token_tail}"
    );
    let s = laptop.json(&["sync"]);
    assert_eq!(s["pushed"], 1);

    phone.ok(&["login", "--server", &server, "--email", "ada@example.org"]);
    let s = phone.json(&["sync"]);
    assert_eq!(s["pulled"], 1);
    let tasks = phone.json(&["task", "list"]);
    assert_eq!(tasks[0]["title"], "written offline before login");

    let id = tasks[0]["id"].as_str().unwrap().to_owned();
    phone.ok(&["task", "done", &id]);
    let st = phone.json(&["status"]);
    assert_eq!(st["pending"], 1);
    assert_eq!(st["logged_in"], true);
    assert_eq!(st["server"], server.as_str());
    phone.ok(&["sync"]);
    assert_eq!(phone.json(&["status"])["pending"], 0);
    laptop.ok(&["sync"]);
    assert_eq!(laptop.json(&["task", "show", &id])["status"], "done");
    assert_eq!(laptop.ok(&["export"]), phone.ok(&["export"]));

    let ws = laptop.json(&["workspace", "list"]);
    assert_eq!(ws.as_array().unwrap().len(), 1);
    assert_eq!(ws[0]["current"], true);
    let bad = laptop.run(&["workspace", "use", "7ZZZZZZZ"]);
    assert_eq!(bad.status.code(), Some(1));

    // The token is in no file in plain text, and the config has no secret.
    let session = bg.rt.block_on(async {
        sqlx::query_scalar::<_, i64>("SELECT count(*) FROM sessions")
            .fetch_one(&bg.server.pool)
            .await
            .unwrap()
    });
    assert!(session >= 2);
    let config = std::fs::read_to_string(laptop.home.path().join("config/config.toml")).unwrap();
    assert!(
        config.contains("server =") && !config.contains("token"),
        "{config}"
    );
    for f in all_files(laptop.home.path()) {
        let bytes = std::fs::read(&f).unwrap();
        let tail = token_tail.trim_start_matches('…').as_bytes();
        assert!(
            !bytes.windows(tail.len()).any(|w| w == tail),
            "{} holds the token",
            f.display()
        );
    }

    let out = laptop.json(&["logout"]);
    assert_eq!(out["revoked_on_server"], true);
    let err = laptop.run(&["sync"]);
    assert_eq!(err.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&err.stderr).contains("not logged in"));

    // Wrong password: one line, exit 1, nothing stored.
    let wrong = laptop
        .cmd(&["login", "--server", &server, "--email", "ada@example.org"])
        .env("LIFEOS_PASSWORD", "nope nope nope")
        .output()
        .unwrap();
    assert_eq!(wrong.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&wrong.stderr).contains("wrong email or password"));
    let offline = laptop
        .cmd(&[
            "login",
            "--server",
            "http://127.0.0.1:9",
            "--email",
            "ada@example.org",
        ])
        .output()
        .unwrap();
    assert_eq!(offline.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&offline.stderr).contains("cannot reach"));
}

#[test]
fn sync_killed_at_random_instants_then_resumed_loses_and_duplicates_nothing() {
    let bg = BgServer::start();
    bg.account("ada@example.org");
    let server = bg.server.base.clone();
    let laptop = Device::new();
    let phone = Device::new();
    laptop.ok(&["login", "--server", &server, "--email", "ada@example.org"]);
    phone.ok(&["login", "--server", &server, "--email", "ada@example.org"]);
    let mut lines = String::new();
    let stamp = lifeos_core::Timestamp::now().to_string();
    for i in 0..1500 {
        let id = lifeos_core::Id::generate();
        lines.push_str(&format!(
            "{{\"entity\":\"task\",\"id\":\"{id}\",\"created_at\":\"{stamp}\",\"updated_at\":\"{stamp}\",\"deleted_at\":null,\"version\":1,\"title\":\"bulk {i}\"}}\n"
        ));
    }
    let file = laptop.home.path().join("bulk.ndjson");
    std::fs::write(&file, lines).unwrap();
    laptop.ok(&["import", file.to_str().unwrap()]);
    let mut rng = 17u64;
    for round in 0..6 {
        for dev in [&laptop, &phone] {
            let mut child = dev
                .cmd(&["sync", "--format", "json"])
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null())
                .spawn()
                .unwrap();
            rng = rng
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            std::thread::sleep(Duration::from_millis(40 + (rng >> 33) % 200));
            let _ = child.kill();
            let _ = child.wait();
        }
        let _ = round;
    }
    laptop.ok(&["sync"]);
    phone.ok(&["sync"]);
    laptop.ok(&["sync"]);
    assert_eq!(laptop.json(&["status"])["pending"], 0);
    let tasks = phone.json(&["task", "list"]);
    assert_eq!(tasks.as_array().unwrap().len(), 1500);
    assert_eq!(laptop.ok(&["export"]), phone.ok(&["export"]));
    let log: i64 = bg.rt.block_on(async {
        sqlx::query_scalar("SELECT count(*) FROM sync_log")
            .fetch_one(&bg.server.pool)
            .await
            .unwrap()
    });
    assert_eq!(log, 1500, "a row was applied twice");
}

/// The session token in the real OS keyring (Linux keyutils, in the test run's own
/// session keyring), forced with --credential-store; with --debug and on error paths no
/// output shows it; logout removes it.
#[test]
fn the_session_token_in_the_keyring_never_shows() {
    let bg = BgServer::start();
    bg.account("eve@example.org");
    let server = bg.server.base.clone();
    let d = Device::new();
    d.ok(&["task", "add", "before login"]);
    let login = d.run(&[
        "--credential-store",
        "keyring",
        "login",
        "--server",
        &server,
        "--email",
        "eve@example.org",
        "--format",
        "json",
    ]);
    if !login.status.success() {
        let err = String::from_utf8_lossy(&login.stderr);
        // Without a keyring (no session keyring, or a container forbidding it), the
        // refusal must say so and store nothing.
        assert!(err.contains("keyring is not available"), "{err}");
        assert_eq!(
            d.json(&["auth", "status"])["secrets"][1]["held_by"],
            serde_json::Value::Null
        );
        return;
    }
    let report: serde_json::Value = serde_json::from_slice(&login.stdout).unwrap();
    assert_eq!(report["credential_store"], "keyring");
    let tail = report["token"]
        .as_str()
        .unwrap()
        .trim_start_matches('…')
        .to_owned();
    let status = d.json(&["--credential-store", "keyring", "auth", "status"]);
    assert_eq!(status["secrets"][1]["secret"], "token");
    assert_eq!(status["secrets"][1]["held_by"], "keyring");
    // The automatic chain finds it in the keyring too (keyring comes first).
    assert_eq!(
        d.json(&["auth", "status"])["secrets"][1]["held_by"],
        "keyring"
    );

    // The token, read from the keyring the way LifeOS does.
    let creds = Credentials::new(
        "default".parse().unwrap(),
        &d.home.path().join("data/profiles/default"),
        Some(Backend::Keyring),
        Box::new(|_| Ok(zeroize::Zeroizing::new("unused".to_owned()))),
    );
    let token = creds
        .get(SecretKind::Token)
        .unwrap()
        .unwrap()
        .0
        .expose()
        .to_owned();
    assert!(token.ends_with(&tail));
    // Every output, with --debug and on error paths: the token's last 6 at most.
    for args in [
        vec!["--debug", "sync"],
        vec!["--debug", "status"],
        vec!["--debug", "workspace", "list"],
        vec!["--debug", "workspace", "use", "7ZZZZZZZ"],
        vec!["--debug", "auth", "status"],
        vec!["--debug", "task", "list"],
    ] {
        let out = d.run(&args);
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(text.contains("lifeos: debug:"), "{args:?}: {text}");
        for w in token.as_bytes()[..token.len() - 6].windows(12) {
            assert!(
                !text.contains(std::str::from_utf8(w).unwrap()),
                "{args:?}: {text}"
            );
        }
        if args[1] == "sync" {
            assert!(out.status.success(), "{text}");
        }
    }
    let config = std::fs::read_to_string(d.home.path().join("config/config.toml")).unwrap();
    assert!(!config.contains(&tail), "{config}");

    let out = d.json(&["--credential-store", "keyring", "logout"]);
    assert_eq!(out["revoked_on_server"], true);
    assert_eq!(
        d.json(&["auth", "status"])["secrets"][1]["held_by"],
        serde_json::Value::Null
    );
}

/// The TUI (`lifeos` with no command) in tmux: `S` syncs in the background while the
/// app keeps drawing, and the status line follows the pending count and the sync state.
#[test]
fn the_tui_syncs_in_the_background() {
    let bg = BgServer::start();
    bg.account("ada@example.org");
    let server = bg.server.base.clone();
    let laptop = Device::new();
    let phone = Device::new();
    for d in [&laptop, &phone] {
        d.ok(&["login", "--server", &server, "--email", "ada@example.org"]);
    }
    phone.ok(&["task", "add", "from the phone"]);
    phone.ok(&["sync"]);

    let socket = format!("lifeos-sync-test-{}", std::process::id());
    let tmux = |args: &[&str]| {
        Command::new("tmux")
            .args(["-L", &socket, "-f", "/dev/null"])
            .args(args)
            .output()
            .expect("tmux runs (scripts/deps.sh installs it)")
    };
    struct Kill<F: Fn(&[&str]) -> Output>(F);
    impl<F: Fn(&[&str]) -> Output> Drop for Kill<F> {
        fn drop(&mut self) {
            let _ = (self.0)(&["kill-server"]);
        }
    }
    let tmux = Kill(tmux);
    let wait_for = |text: &str| {
        let start = std::time::Instant::now();
        loop {
            let s = String::from_utf8_lossy(&(tmux.0)(&["capture-pane", "-p"]).stdout).into_owned();
            if s.contains(text) {
                return s;
            }
            assert!(
                start.elapsed() < Duration::from_secs(60),
                "'{text}' never showed:\n{s}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    };
    let script = format!("'{}'; echo EXIT=$?; sleep 60", lifeos_bin().display());
    let home = format!("LIFEOS_HOME={}", laptop.home.path().display());
    let out = (tmux.0)(&[
        "new-session",
        "-d",
        "-x",
        "120",
        "-y",
        "30",
        "-e",
        &home,
        "-e",
        "LIFEOS_PASSPHRASE=device passphrase",
        "-e",
        "TERM=xterm-256color",
        "sh",
        "-c",
        &script,
    ]);
    assert!(out.status.success());
    wait_for("not synced");
    (tmux.0)(&["send-keys", "a"]);
    wait_for("add task ›");
    (tmux.0)(&["send-keys", "-l", "from the laptop"]);
    (tmux.0)(&["send-keys", "Enter"]);
    wait_for("1 pending");
    (tmux.0)(&["send-keys", "S"]);
    wait_for("synced: ↑1");
    wait_for("0 pending");
    (tmux.0)(&["send-keys", "2"]);
    let s = wait_for("Tasks · open · 1/2");
    assert!(
        s.contains("from the phone") && s.contains("from the laptop"),
        "{s}"
    );
    (tmux.0)(&["send-keys", "q"]);
    wait_for("EXIT=0");

    phone.ok(&["sync"]);
    let titles: Vec<String> = phone
        .json(&["task", "list"])
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["title"].as_str().unwrap().to_owned())
        .collect();
    assert!(titles.contains(&"from the laptop".to_owned()), "{titles:?}");
}

#[test]
fn two_devices_checking_in_the_same_days_offline_show_one_checkin_per_day() {
    let bg = BgServer::start();
    bg.account("ada@example.org");
    let server = bg.server.base.clone();
    let laptop = Device::new();
    let phone = Device::new();
    for d in [&laptop, &phone] {
        d.ok(&["login", "--server", &server, "--email", "ada@example.org"]);
    }
    laptop.ok(&["habit", "add", "Read 20 pages", "--schedule", "daily"]);
    laptop.ok(&["sync"]);
    phone.ok(&["sync"]);
    // Offline, both check in the same days; the phone a day more, with a value.
    for d in [&laptop, &phone] {
        for day in ["2026-11-28", "2026-11-29"] {
            d.ok(&["habit", "check", "read 20 pages", "--date", day]);
        }
    }
    phone.ok(&[
        "habit",
        "check",
        "Read 20 pages",
        "--date",
        "2026-11-30",
        "--value",
        "25",
    ]);
    for d in [&laptop, &phone, &laptop] {
        d.ok(&["sync"]);
    }
    for d in [&laptop, &phone] {
        let log = d.json(&["habit", "log", "Read 20 pages"]);
        let days: Vec<&str> = log
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["date"].as_str().unwrap())
            .collect();
        assert_eq!(days, ["2026-11-30", "2026-11-29", "2026-11-28"]);
        let stats = d.json(&["habit", "stats", "Read 20 pages"]);
        assert_eq!(stats["total_done"], 3);
    }
    assert_eq!(laptop.ok(&["export"]), phone.ok(&["export"]));
}

/// Taskwarrior's well-known duplicate-recurrence bug, which LifeOS must not have: two
/// devices that each finish the same instance offline each make the next one; after
/// sync there is one next instance (series and due are its natural key), on both, and
/// the server's own rows agree.
#[test]
fn two_devices_finishing_a_recurring_task_offline_make_one_next_instance() {
    let bg = BgServer::start();
    bg.account("ada@example.org");
    let server = bg.server.base.clone();
    let laptop = Device::new();
    let phone = Device::new();
    for d in [&laptop, &phone] {
        d.ok(&["login", "--server", &server, "--email", "ada@example.org"]);
    }
    let t = laptop.json(&[
        "task",
        "add",
        "Take out the bins",
        "--due",
        "2026-12-07",
        "--recur",
        "weekly",
    ]);
    let id = t["id"].as_str().unwrap().to_owned();
    laptop.ok(&["sync"]);
    phone.ok(&["sync"]);
    // Offline, both finish it: each makes an instance due on the 14th, with its own id.
    for d in [&laptop, &phone] {
        d.ok(&["task", "done", &id]);
    }
    let mine: Vec<String> = [&laptop, &phone]
        .iter()
        .map(|d| {
            d.json(&["task", "list"])[0]["id"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    assert_ne!(mine[0], mine[1], "each device made its own");
    for d in [&laptop, &phone, &laptop] {
        d.ok(&["sync"]);
    }
    for d in [&laptop, &phone] {
        let open = d.json(&["task", "list"]);
        let open = open.as_array().unwrap();
        assert_eq!(open.len(), 1, "one next instance: {open:?}");
        assert_eq!(open[0]["due"], "2026-12-14");
        assert_eq!(open[0]["recur"]["index"], 2);
        assert_eq!(open[0]["recur"]["series"], id.as_str());
    }
    assert_eq!(laptop.ok(&["export"]), phone.ok(&["export"]));
    // The server's own table holds one live instance for the 14th.
    let live: i64 = bg.rt.block_on(async {
        sqlx::query_scalar(
            "SELECT count(*) FROM task WHERE deleted_at IS NULL AND fields->>'due' = '2026-12-14'",
        )
        .fetch_one(&bg.server.pool)
        .await
        .unwrap()
    });
    assert_eq!(live, 1);
    // Finishing that one on either device goes on to the 21st, once.
    phone.ok(&["task", "done", open_id(&phone).as_str()]);
    for d in [&phone, &laptop] {
        d.ok(&["sync"]);
    }
    let next = laptop.json(&["task", "list"]);
    assert_eq!(next.as_array().unwrap().len(), 1);
    assert_eq!(next[0]["due"], "2026-12-21");
}

fn open_id(d: &Device) -> String {
    d.json(&["task", "list"])[0]["id"]
        .as_str()
        .unwrap()
        .to_owned()
}
