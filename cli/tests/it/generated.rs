//! The committed man pages and completions must match the clap definitions.

use std::path::PathBuf;

#[test]
fn man_pages_and_completions_are_up_to_date() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let files = lifeos_cli::generate::files().unwrap();
    assert!(files.keys().any(|p| p.ends_with("lifeos-task-add.1")));
    assert!(files.keys().any(|p| p.ends_with("_lifeos")));
    if std::env::var_os("LIFEOS_BLESS").is_some() {
        for dir in ["man", "completions"] {
            let _ = std::fs::remove_dir_all(root.join(dir));
            std::fs::create_dir_all(root.join(dir)).unwrap();
        }
        for (path, bytes) in &files {
            std::fs::write(root.join(path), bytes).unwrap();
        }
    }
    let mut stale = Vec::new();
    for (path, bytes) in &files {
        if std::fs::read(root.join(path)).ok().as_deref() != Some(bytes.as_slice()) {
            stale.push(path.display().to_string());
        }
    }
    for dir in ["man", "completions"] {
        for e in std::fs::read_dir(root.join(dir)).unwrap() {
            let rel = PathBuf::from(dir).join(e.unwrap().file_name());
            if !files.contains_key(&rel) {
                stale.push(format!("{} (no longer generated)", rel.display()));
            }
        }
    }
    assert!(
        stale.is_empty(),
        "stale generated files: {stale:?}; run `LIFEOS_BLESS=1 cargo test -p lifeos-cli generated` and commit"
    );
}
