//! `deploy/lifeos-server.service`, checked by systemd itself: `systemd-analyze verify`
//! accepts it without a single warning, and `systemd-analyze security --offline` rates
//! its sandbox. `scripts/test.sh` installs systemd where it is missing.

use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_lifeos-server");

fn unit_dir(body: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("lifeos-server.service"),
        body.replace("/usr/local/bin/lifeos-server", BIN),
    )
    .unwrap();
    dir
}

fn analyze(args: &[&str], dir: &tempfile::TempDir) -> Option<(bool, String)> {
    let unit = dir.path().join("lifeos-server.service");
    match Command::new("systemd-analyze")
        .args(args)
        .arg(&unit)
        .output()
    {
        Ok(o) => Some((
            o.status.success(),
            format!(
                "{}{}",
                String::from_utf8_lossy(&o.stdout),
                String::from_utf8_lossy(&o.stderr)
            ),
        )),
        Err(e) => {
            eprintln!(
                "SKIPPED: systemd-analyze cannot run here ({e}); ./scripts/test.sh installs systemd when run as root"
            );
            None
        }
    }
}

#[test]
fn the_unit_verifies_cleanly_and_is_sandboxed() {
    let unit = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../deploy/lifeos-server.service"
    ))
    .unwrap();
    let dir = unit_dir(&unit);
    let Some((ok, out)) = analyze(&["verify", "--man=no"], &dir) else {
        return;
    };
    assert!(ok && out.trim().is_empty(), "systemd-analyze verify: {out}");

    for needle in [
        "DynamicUser=yes",
        "ProtectSystem=strict",
        "NoNewPrivileges=yes",
    ] {
        assert!(unit.contains(needle), "the unit lost {needle}");
    }
    let (_, out) = analyze(&["security", "--offline=yes", "--no-pager"], &dir).unwrap();
    let exposure: f64 = out
        .lines()
        .find_map(|l| {
            l.split("Overall exposure level for lifeos-server.service: ")
                .nth(1)
        })
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no exposure level in {out}"));
    assert!(
        exposure <= 2.0,
        "the sandbox is weak: exposure {exposure}\n{out}"
    );

    // The check can fail: a misspelt directive and a missing binary are caught.
    let dir = unit_dir(&unit.replace("ProtectHome=yes", "ProtectHom=yes"));
    let (_, out) = analyze(&["verify", "--man=no"], &dir).unwrap();
    assert!(out.contains("ProtectHom"), "{out}");
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("lifeos-server.service"), &unit).unwrap();
    if !std::path::Path::new("/usr/local/bin/lifeos-server").exists() {
        let (ok, out) = analyze(&["verify", "--man=no"], &dir).unwrap();
        assert!(!ok, "a missing binary passed: {out}");
    }
}
