//! Integration tests: the real `lifeos` binary against temporary `LIFEOS_HOME`s.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::new_without_default)]

mod bad_input;
mod crud;
mod encryption;
mod export_import;
mod finance;
mod generated;

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

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
            .env("TZ", "UTC")
            .args(args);
        c
    }

    /// Runs a command that must succeed, returning stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.cmd(args).output().unwrap();
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
