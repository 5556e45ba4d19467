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
    // The web app's folder for src/web.rs, as a canonical absolute path: rust-embed's debug
    // builds read it from disk, and a path through `..` that did not exist yet when the
    // server was compiled never matched the canonical paths of the files built into it
    // later (the app answered "not built" until a rebuild).
    let manifest = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".into());
    let web = std::path::Path::new(&manifest).join("../web");
    let web = web.canonicalize().unwrap_or(web);
    let dist = web.join("dist");
    println!("cargo:rustc-env=LIFEOS_WEB_DIST={}", dist.display());
    // Release builds embed the files: rebuild when the app is rebuilt, or first appears.
    if std::env::var("PROFILE").as_deref() == Ok("release") {
        let watch = if dist.exists() { &dist } else { &web };
        println!("cargo:rerun-if-changed={}", watch.display());
    }
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
