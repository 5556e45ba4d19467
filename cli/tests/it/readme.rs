//! Every example command in README.md runs as written: each `lifeos …` line of the
//! README's `sh` blocks is run by `sh` (quotes, comments, pipes and redirections as a
//! reader's shell reads them), in order, in one throwaway home, and must succeed. The
//! files the examples read (`scale.csv`, `bank.csv`, `plan.txt`, `receipt.pdf`, `taskwarrior.json`) are made first; the
//! lines that need what a test cannot give (a sync server, a terminal to answer a
//! question) are named below with the reason, and nothing else is skipped.

use std::path::Path;

use crate::Home;

/// Example lines not run, by how they start, and why.
const NOT_RUN: &[(&str, &str)] = &[
    ("lifeos login", "needs a sync server"),
    ("lifeos sync", "needs a sync server"),
    ("lifeos status", "needs a sync server"),
    ("lifeos workspace", "needs a sync server"),
    ("lifeos logout", "needs a sync server"),
    ("lifeos --debug sync", "needs a sync server"),
    (
        "lifeos unlock",
        "needs the kernel keyring (tested in unlock.rs)",
    ),
    (
        "lifeos lock",
        "needs the kernel keyring (tested in unlock.rs)",
    ),
    (
        "lifeos restore backup.ndjson  ",
        "asks on a terminal (the --yes line below runs)",
    ),
    (
        "lifeos attachment open",
        "needs a desktop's opener (tested with $LIFEOS_OPENER in the TUI's tests)",
    ),
    (
        "lifeos auth export-key",
        "asks on a terminal (tested in safety.rs)",
    ),
];

/// The `lifeos …` lines of the README's `sh` blocks.
fn examples(readme: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut in_sh = false;
    for line in readme.lines() {
        if line.starts_with("```") {
            in_sh = !in_sh && line.trim() == "```sh";
            continue;
        }
        if in_sh && line.starts_with("lifeos ") {
            out.push(line.to_owned());
        }
    }
    out
}

fn fixtures(dir: &Path) {
    std::fs::write(
        dir.join("scale.csv"),
        "Date,Weight\n2026-11-01,72.4\n2026-11-02,72.1\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("bank.csv"),
        "Date,Amount,Description\n2026-11-03,-3.20,Bakery\n2026-11-04,-12.00,Cinema\n",
    )
    .unwrap();
    std::fs::write(dir.join("receipt.pdf"), b"%PDF-1.7 a receipt\n").unwrap();
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/taskwarrior/export.json"),
        dir.join("taskwarrior.json"),
    )
    .unwrap();
    std::fs::write(
        dir.join("plan.txt"),
        "1, Matthew 1\nMatthew 2\n2, Matthew 3\n",
    )
    .unwrap();
}

#[test]
fn every_readme_example_runs_as_written() {
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../README.md"))
            .unwrap();
    let lines = examples(&readme);
    assert!(lines.len() > 60, "the README's examples were not found");
    let h = Home::new();
    let work = h.path().join("work");
    std::fs::create_dir_all(&work).unwrap();
    fixtures(&work);
    let bin = assert_cmd::cargo::cargo_bin("lifeos");
    let path = format!(
        "{}:{}",
        bin.parent().unwrap().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let mut ran = 0;
    for line in &lines {
        if let Some((_, why)) = NOT_RUN.iter().find(|(start, _)| line.starts_with(start)) {
            eprintln!("not run ({why}): {line}");
            continue;
        }
        if line.contains("| jq") && which("jq").is_none() {
            eprintln!("not run (no jq here): {line}");
            continue;
        }
        let out = std::process::Command::new("sh")
            .args(["-c", &format!("set -e; {line}")])
            .current_dir(&work)
            .env_clear()
            .env("PATH", &path)
            .env("HOME", h.path())
            .env("LIFEOS_HOME", h.path())
            .env("LIFEOS_PASSPHRASE", &h.passphrase)
            .env("LIFEOS_NEW_PASSPHRASE", "another correct horse")
            .env("LIFEOS_CREDENTIAL_STORE", "file")
            .env("TZ", "UTC")
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "README example failed: {line}\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
        ran += 1;
    }
    assert!(
        ran >= lines.len() - NOT_RUN.len() - 1,
        "ran {ran} of {}",
        lines.len()
    );
}

fn which(cmd: &str) -> Option<std::path::PathBuf> {
    std::env::split_paths(&std::env::var_os("PATH")?)
        .map(|d| d.join(cmd))
        .find(|p| p.is_file())
}
