//! Opening an attachment: its plaintext is written to a private directory outside the
//! data directory (the per-user runtime directory, a tmpfs removed at logout, where
//! there is one) and handed to the system's opener, or to `$LIFEOS_OPENER`.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};

use anyhow::Context;
use lifeos_core::Row;
use lifeos_core::model::Attachment;
use lifeos_core::store::Store;

/// The directory plaintext copies for an opener go to: `$XDG_RUNTIME_DIR/lifeos/open`,
/// else `lifeos-open-$USER` in the temporary directory; private to the user.
pub fn open_dir() -> PathBuf {
    match std::env::var_os("XDG_RUNTIME_DIR").filter(|d| !d.is_empty()) {
        Some(d) => PathBuf::from(d).join("lifeos").join("open"),
        None => {
            let user = std::env::var("USER").unwrap_or_else(|_| "user".into());
            std::env::temp_dir().join(format!("lifeos-open-{user}"))
        }
    }
}

/// Writes the plaintext of `row`'s blob (which must be on this device) to
/// `open_dir()/ID/NAME`, checked against its hash, and returns the path.
pub fn reveal(store: &Store, row: &Row<Attachment>) -> anyhow::Result<PathBuf> {
    let dir = open_dir().join(row.kernel.id.to_string());
    lifeos_core::profile::create_private_dir(&dir)
        .with_context(|| format!("cannot make {}", dir.display()))?;
    // The stored name is a plain file name (the model refuses separators and `..`).
    let path = dir.join(&row.fields.name);
    store
        .blobs()
        .map_err(anyhow::Error::from)
        .and_then(|b| Ok(b.write_to(&row.fields.sha256, &path)?))
        .with_context(|| format!("cannot write {}", path.display()))?;
    Ok(path)
}

/// Opens `path` with `$LIFEOS_OPENER` (a program, given the path as its one argument)
/// or the system's opener (`xdg-open`, `open`, `start`), without waiting for it.
pub fn launch(path: &Path) -> anyhow::Result<()> {
    launch_with(None, path)
}

/// [`launch`] with `opener` (a program, given the path as its one argument, waited for)
/// in place of `$LIFEOS_OPENER`; `None` reads `$LIFEOS_OPENER`, else uses the system's
/// opener.
pub fn launch_with(opener: Option<&OsStr>, path: &Path) -> anyhow::Result<()> {
    let opener = opener
        .map(OsStr::to_os_string)
        .or_else(|| std::env::var_os("LIFEOS_OPENER"))
        .filter(|o| !o.is_empty());
    match opener {
        Some(opener) => {
            let status = std::process::Command::new(&opener)
                .arg(path)
                .stdin(std::process::Stdio::null())
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null())
                .status()
                .with_context(|| format!("cannot run {}", opener.to_string_lossy()))?;
            anyhow::ensure!(
                status.success(),
                "{} failed on {} ({status})",
                opener.to_string_lossy(),
                path.display()
            );
            Ok(())
        }
        None => open::that_detached(path).with_context(|| {
            format!(
                "no program here opens {} (set LIFEOS_OPENER)",
                path.display()
            )
        }),
    }
}
