//! Embeds every SQL file of `migrations/sqlite/` (named `NNNN_name.sql`, applied in
//! number order) in the store, so adding a migration is adding its file: the list the
//! store applies is generated, never written by hand.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../migrations/sqlite");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<(i64, String)> = Vec::new();
    if let Ok(entries) = std::fs::read_dir(&dir) {
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let Some(stem) = name.strip_suffix(".sql") else {
                continue;
            };
            let number = stem.split('_').next().and_then(|n| n.parse::<i64>().ok());
            match number {
                Some(n) => files.push((n, stem.to_owned())),
                None => panic!("migrations/sqlite/{name}: a migration is named NNNN_name.sql"),
            }
        }
    }
    files.sort();
    for (i, (n, stem)) in files.iter().enumerate() {
        assert_eq!(
            *n,
            i as i64 + 1,
            "migrations/sqlite/{stem}.sql: migrations are numbered 1, 2, 3… without gaps"
        );
    }
    let mut out = String::from("&[\n");
    for (n, stem) in &files {
        let path = dir.join(format!("{stem}.sql"));
        let _ = writeln!(
            out,
            "    ({n}, {stem:?}, include_str!({:?})),",
            path.display().to_string()
        );
    }
    out.push(']');
    let target =
        Path::new(&std::env::var("OUT_DIR").unwrap_or_default()).join("sqlite_migrations.rs");
    if let Err(e) = std::fs::write(&target, out) {
        panic!("writing {}: {e}", target.display());
    }
}
