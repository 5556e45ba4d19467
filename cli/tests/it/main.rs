//! Integration tests: the real `lifeos` binary against temporary `LIFEOS_HOME`s.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::new_without_default)]

mod bad_input;
mod credentials;
mod crud;
mod encryption;
mod export_import;
mod finance;
mod generated;
mod habits;
mod import_from;
mod life;
mod newuser;
mod readme;
mod safety;
mod search;
mod secret_service;
mod tasks_depth;
mod tui;
mod unlock;

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

/// A session token planted in the environment of every command the suite runs: no
/// command may ever print it (checked by [`Home::ok`], [`Home::fails`] and [`Home::json`]).
pub const PLANTED_TOKEN: &str = "planted-session-token-MUST-NEVER-SHOW-3f9a2c";

/// Fails the test if output holds the planted token, or any 12 characters of it beyond
/// the last 6 (the only part that may be shown).
pub fn assert_no_planted_token(output: &[u8]) {
    let text = String::from_utf8_lossy(output);
    let hidden = &PLANTED_TOKEN[..PLANTED_TOKEN.len() - 6];
    for w in hidden.as_bytes().windows(12) {
        let w = std::str::from_utf8(w).unwrap();
        assert!(!text.contains(w), "output shows the planted token: {text}");
    }
}

/// A throwaway LifeOS home with a passphrase set.
pub struct Home {
    pub dir: tempfile::TempDir,
    pub passphrase: String,
}

impl Home {
    pub fn new() -> Self {
        Self {
            dir: tempfile::tempdir().unwrap(),
            passphrase: "correct horse battery staple".into(),
        }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn db(&self, profile: &str) -> PathBuf {
        self.path()
            .join(format!("data/profiles/{profile}/lifeos.db"))
    }

    /// `lifeos ARGS` with this home and passphrase, no other LifeOS variables.
    pub fn cmd(&self, args: &[&str]) -> Command {
        let mut c = Command::cargo_bin("lifeos").unwrap();
        c.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("LIFEOS_HOME", self.path())
            .env("LIFEOS_PASSPHRASE", &self.passphrase)
            .env("LIFEOS_TOKEN", PLANTED_TOKEN)
            .env("TZ", "UTC")
            .args(args);
        c
    }

    /// Runs a command that must succeed, returning stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.cmd(args).output().unwrap();
        assert_no_planted_token(&out.stdout);
        assert_no_planted_token(&out.stderr);
        assert!(
            out.status.success(),
            "lifeos {args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    /// Runs a command with `--format json` that must succeed, returning its JSON.
    pub fn json(&self, args: &[&str]) -> Value {
        let mut a = args.to_vec();
        a.extend(["--format", "json"]);
        serde_json::from_str(&self.ok(&a)).unwrap()
    }

    /// Runs a command that must fail with `code`, returning stderr.
    pub fn fails(&self, args: &[&str], code: i32) -> String {
        let out = self.cmd(args).output().unwrap();
        assert_no_planted_token(&out.stdout);
        assert_no_planted_token(&out.stderr);
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(out.status.code(), Some(code), "lifeos {args:?}: {stderr}");
        assert_eq!(
            stderr.trim_end().lines().count(),
            1,
            "not one line: {stderr}"
        );
        assert!(stderr.starts_with("lifeos: "), "{stderr}");
        stderr
    }

    /// The export of the default profile.
    pub fn export(&self) -> String {
        self.ok(&["export"])
    }
}

pub fn id_of(v: &Value) -> String {
    v["id"].as_str().unwrap().to_owned()
}
