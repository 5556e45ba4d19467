//! Stamps the git commit into the binary (`--version`, `lifeos_build_info`):
//! `LIFEOS_GIT_COMMIT` when set (builds from a tarball), else `git rev-parse`, else
//! `unknown`.

use std::process::Command;

fn git(args: &[&str]) -> Option<String> {
    let out = Command::new("git").args(args).output().ok()?;
    if !out.status.success() {
        return None;
    }
    let s = String::from_utf8(out.stdout).ok()?.trim().to_owned();
    (!s.is_empty()).then_some(s)
}

fn main() {
    println!("cargo:rerun-if-env-changed=LIFEOS_GIT_COMMIT");
    let commit = match std::env::var("LIFEOS_GIT_COMMIT") {
        Ok(c) if !c.is_empty() => c,
        _ => {
            // Rebuild when HEAD moves: HEAD itself and the branch it names.
            let branch = git(&["symbolic-ref", "-q", "HEAD"]);
            let names = ["HEAD", "packed-refs"].into_iter().chain(branch.as_deref());
            for name in names {
                if let Some(p) = git(&["rev-parse", "--git-path", name])
                    && std::path::Path::new(&p).exists()
                {
                    println!("cargo:rerun-if-changed={p}");
                }
            }
            git(&["rev-parse", "--short=12", "HEAD"]).unwrap_or_else(|| "unknown".into())
        }
    };
    println!("cargo:rustc-env=LIFEOS_GIT_COMMIT={commit}");
}
