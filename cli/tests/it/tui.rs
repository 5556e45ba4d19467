//! The full-screen app end to end: the real `lifeos` binary in a real terminal (tmux),
//! driven with `send-keys` and read with `capture-pane`.

use std::path::Path;
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use serde_json::Value;

const KEY: &str = "7e57000000000000000000000000000000000000000000000000000000000001";

/// A tmux server of its own (its own socket), so tests never touch the user's.
struct Tmux {
    socket: String,
}

impl Tmux {
    /// Starts `lifeos ARGS` in a 120x40 session, inside a shell that prints the exit
    /// code and stays, so the screen after exit can be checked.
    fn start(home: &Path, args: &str) -> Self {
        Self::start_with(home, args, &[])
    }

    /// [`Tmux::start`] with more environment variables.
    fn start_with(home: &Path, args: &str, env: &[&str]) -> Self {
        static N: AtomicUsize = AtomicUsize::new(0);
        let socket = format!(
            "lifeos-test-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        );
        let bin = assert_cmd::cargo::cargo_bin("lifeos");
        let script = format!("'{}' {args}; echo EXIT=$?; sleep 60", bin.display());
        let t = Self { socket };
        let home_env = format!("LIFEOS_HOME={}", home.display());
        let key_env = format!("LIFEOS_DB_KEY={KEY}");
        let mut t_args: Vec<&str> = Vec::new();
        t_args.extend([
            "new-session",
            "-d",
            "-x",
            "120",
            "-y",
            "40",
            "-e",
            &home_env,
            "-e",
            &key_env,
            "-e",
            "TZ=UTC",
            "-e",
            "TERM=xterm-256color",
        ]);
        for e in env {
            t_args.extend(["-e", e]);
        }
        t_args.extend(["sh", "-c", &script]);
        let out = t.tmux(&t_args);
        assert!(
            out.status.success(),
            "tmux: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        t
    }

    fn tmux(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            .args(["-L", &self.socket, "-f", "/dev/null"])
            .args(args)
            .output()
            .expect("tmux runs (scripts/deps.sh installs it)")
    }

    fn screen(&self) -> String {
        String::from_utf8_lossy(&self.tmux(&["capture-pane", "-p"]).stdout).into_owned()
    }

    /// Waits until the screen shows `text`.
    fn wait_for(&self, text: &str) -> String {
        let start = Instant::now();
        loop {
            let s = self.screen();
            if s.contains(text) {
                return s;
            }
            assert!(
                start.elapsed() < Duration::from_secs(30),
                "'{text}' never showed; the screen:\n{s}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Waits until the screen no longer shows `text` (so the next key is read alone:
    /// an escape followed at once by another key reads as one alt-key).
    fn wait_gone(&self, text: &str) {
        let start = Instant::now();
        loop {
            let s = self.screen();
            if !s.contains(text) {
                return;
            }
            assert!(
                start.elapsed() < Duration::from_secs(30),
                "'{text}' never went; the screen:\n{s}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys"];
        args.extend_from_slice(keys);
        assert!(self.tmux(&args).status.success());
    }

    fn text(&self, text: &str) {
        assert!(self.tmux(&["send-keys", "-l", "--", text]).status.success());
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.tmux(&["kill-server"]);
    }
}

fn lifeos(home: &Path, args: &[&str]) -> Output {
    Command::new(assert_cmd::cargo::cargo_bin("lifeos"))
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("LIFEOS_HOME", home)
        .env("LIFEOS_DB_KEY", KEY)
        .env("TZ", "UTC")
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn quick_capture_then_complete_then_quit() {
    let home = tempfile::tempdir().unwrap();
    let t = Tmux::start(home.path(), "");
    t.wait_for("Tasks due by today (0)");
    t.keys(&["a"]);
    t.wait_for("add task ›");
    t.text("buy milk tomorrow #errands !high");
    t.keys(&["Enter"]);
    t.wait_for("added task: buy milk");
    t.wait_for("1 pending");
    t.keys(&["2"]);
    let s = t.wait_for("Tasks · open · 1/1");
    assert!(s.contains("buy milk"), "{s}");
    t.keys(&["x"]);
    t.wait_for("done: buy milk");
    t.wait_for("Tasks · open · 0/0");
    t.keys(&["q"]);
    let s = t.wait_for("EXIT=0");
    assert!(
        !s.contains("LifeOS  1 Today"),
        "the app's screen is gone:\n{s}"
    );

    let out = lifeos(home.path(), &["task", "list", "--all", "--format", "json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let tasks: Value = serde_json::from_slice(&out.stdout).unwrap();
    let tasks = tasks.as_array().unwrap();
    assert_eq!(tasks.len(), 1, "{tasks:?}");
    let t = &tasks[0];
    assert_eq!(t["title"], "buy milk");
    assert_eq!(t["status"], "done");
    assert_eq!(t["priority"], "high");
    assert_eq!(t["tags"], serde_json::json!(["errands"]));
    assert!(t["completed_at"].is_string());
    let tomorrow = time::OffsetDateTime::now_utc().date() + time::Duration::days(1);
    assert_eq!(t["due"], tomorrow.to_string());
}

#[test]
fn ctrl_c_restores_the_terminal_and_bad_keys_are_refused_before_it_opens() {
    let home = tempfile::tempdir().unwrap();
    let t = Tmux::start(home.path(), "");
    t.wait_for("Today");
    t.keys(&["a"]);
    t.wait_for("add task ›");
    t.keys(&["C-c"]);
    let s = t.wait_for("EXIT=0");
    assert!(!s.contains("add task"), "{s}");
    drop(t);

    std::fs::create_dir_all(home.path().join("config")).unwrap();
    std::fs::write(
        home.path().join("config/config.toml"),
        "[keys]\nquik_add = \"a\"\n",
    )
    .unwrap();
    let t = Tmux::start(home.path(), "");
    let s = t.wait_for("EXIT=1");
    assert!(s.contains("no action named 'quik_add'"), "{s}");
    drop(t);

    std::fs::write(
        home.path().join("config/config.toml"),
        "[keys]\nquick_add = \"n\"\nquit = \"ctrl-q\"\n",
    )
    .unwrap();
    let t = Tmux::start(home.path(), "--profile other");
    t.wait_for(" other ");
    t.keys(&["q"]);
    t.keys(&["n"]);
    t.wait_for("add task ›");
    t.keys(&["Escape"]);
    t.wait_gone("add task ›");
    t.keys(&["C-q"]);
    t.wait_for("EXIT=0");
    assert!(home.path().join("data/profiles/other/lifeos.db").exists());
}

/// A panic gives the terminal back: the panic message is on the main screen (not the
/// alternate one, which is gone with the app), and the terminal echoes typed text again
/// (raw mode is off).
#[test]
fn a_panic_restores_the_terminal() {
    let home = tempfile::tempdir().unwrap();
    let t = Tmux::start_with(home.path(), "", &["LIFEOS_TUI_TEST_PANIC=1"]);
    let s = t.wait_for("EXIT=101");
    assert!(
        s.contains("a deliberate panic after the first frame"),
        "{s}"
    );
    assert!(!s.contains("Today"), "the app's screen is still up: {s}");
    t.text("typed-after-the-panic");
    t.wait_for("typed-after-the-panic");
}

#[test]
fn without_a_terminal_it_says_so() {
    let home = tempfile::tempdir().unwrap();
    let out = lifeos(home.path(), &[]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("needs a terminal"), "{err}");
    assert_eq!(err.lines().count(), 1);
}

#[test]
fn notes_edit_in_the_editor_and_the_app_comes_back() {
    let home = tempfile::tempdir().unwrap();
    let out = lifeos(
        home.path(),
        &[
            "note", "add", "Plan", "--body", "old body", "--format", "json",
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // The "editor" rewrites the body in place, as a person would, and exits.
    let t = Tmux::start_with(home.path(), "", &["EDITOR=sed -i s/old/new/", "VISUAL="]);
    t.wait_for("Today");
    t.keys(&["3"]);
    t.wait_for("Notes · all · 1/1");
    t.keys(&["e"]);
    t.wait_for("saved note: Plan");
    let s = t.wait_for("new body");
    assert!(s.contains("LifeOS  1 Today"), "the app is back:\n{s}");
    t.keys(&["q"]);
    t.wait_for("EXIT=0");
    let out = lifeos(home.path(), &["note", "list", "--format", "json"]);
    let notes: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(notes[0]["body"], "new body");
    // No plain-text copy is left behind.
    let left: Vec<_> = std::fs::read_dir(std::env::temp_dir())
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with(&format!("lifeos-note-{}", notes[0]["id"].as_str().unwrap()))
        })
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn check_a_habit_start_a_fast_log_a_weight_and_add_a_transaction_in_the_app() {
    let home = tempfile::tempdir().unwrap();
    for args in [
        &["habit", "add", "Stretch 🧘"][..],
        &["account", "add", "Checking", "--currency", "EUR"][..],
    ] {
        let out = lifeos(home.path(), args);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let t = Tmux::start(home.path(), "");
    // The habit is due on Today; x there checks it in.
    t.wait_for("Habits to check today (1)");
    t.wait_for("Stretch");
    t.keys(&["x"]);
    t.wait_for("done Stretch 🧘 today");
    t.wait_for("Habits to check today (0)");
    // The habits view shows it checked; F starts a fast whose timer runs.
    t.keys(&["6"]);
    t.wait_for("Habits · active · 1/1");
    t.keys(&["F"]);
    t.wait_for("fast started, target 16h");
    t.keys(&["7"]);
    t.wait_for("0m / 16h 0%");
    // Log a weight with the same syntax as `lifeos health log`; a bad one stays typed.
    t.keys(&["8"]);
    t.wait_for("Health · all · 0/0");
    t.keys(&["a"]);
    t.text("weight heavy");
    t.keys(&["Enter"]);
    let s = t.wait_for("weight: '");
    assert!(s.contains("log health › weight heavy"), "kept: {s}");
    t.keys(&["Escape"]);
    let start = Instant::now();
    while t.screen().contains("log health ›") {
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "the line never closed"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    t.keys(&["a"]);
    t.text("weight 72.4kg");
    t.keys(&["Enter"]);
    t.wait_for("logged weight 72.4 kg");
    // Finance: quick add a transaction; Today shows this month's spending.
    t.keys(&["0"]);
    t.wait_for("Finance · all · 0/0");
    t.keys(&["a"]);
    t.wait_for("add transaction ›");
    t.text("-4.20 Café ☕ cat:Food");
    t.keys(&["Enter"]);
    t.wait_for("added -4.20 EUR Café ☕ to Checking");
    t.keys(&["1"]);
    t.wait_for(": 4.20 EUR");
    t.keys(&["q"]);
    t.wait_for("EXIT=0");

    let out = lifeos(home.path(), &["habit", "list", "--format", "json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let habits: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(habits[0]["name"], "Stretch 🧘");
    assert_eq!(habits[0]["today"], "done");
    assert_eq!(habits[0]["current_streak"], 1);
    let out = lifeos(home.path(), &["fast", "status", "--format", "json"]);
    let status: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(status["running"], true);
    assert_eq!(status["target_minutes"], 960);
    let out = lifeos(home.path(), &["health", "list", "--format", "json"]);
    let entries: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(entries.as_array().unwrap().len(), 1, "{entries}");
    assert_eq!(entries[0]["kind"], "weight");
    assert_eq!(entries[0]["value"], 72_400);
    let out = lifeos(home.path(), &["tx", "list", "--format", "json"]);
    let txs: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(txs[0]["amount_minor"], -420, "{txs}");
    assert_eq!(txs[0]["payee"], "Café ☕");
    assert_eq!(txs[0]["category"], "Food");
}
