//! `lifeos db check`, `lifeos db backup FILE` and `lifeos auth export-key`: looking after
//! the database file and keeping its key safe.

use std::io::{IsTerminal, Write};
use std::path::Path;

use anyhow::bail;
use lifeos_core::store::Store;
use serde::Serialize;

use super::Ctx;
use crate::args::Format;
use crate::{UsageError, open, output};

fn no_database(ctx: &Ctx<'_, impl Write, ()>) -> anyhow::Result<()> {
    if !ctx.files.db.exists() {
        bail!(
            "profile '{}' has no database yet ({} does not exist)",
            ctx.files.name,
            ctx.files.db.display()
        );
    }
    Ok(())
}

/// `lifeos db check`: every page's authentication code and SQLite's structure; exit 1
/// when anything is wrong.
pub(crate) fn check<W: Write>(ctx: &mut Ctx<'_, W, ()>) -> anyhow::Result<()> {
    no_database(ctx)?;
    let key = match recovered(ctx.files)? {
        Some(key) => key,
        None => open::existing_key(ctx.files)?,
    };
    let report = Store::check(&ctx.files.db, &key)?;
    match ctx.format {
        Format::Table if report.ok() => writeln!(
            ctx.out,
            "{} is whole ({} bytes): every page decrypts with the key and the structure checks out",
            report.path, report.bytes
        )?,
        Format::Table => {
            for p in &report.problems {
                writeln!(ctx.out, "{p}")?;
            }
        }
        f => output::one(ctx.out, f, &report)?,
    }
    if !report.ok() {
        bail!(
            "{} is damaged ({} problems): restore a backup (a copy from `lifeos db backup` put in its place, or an export with `lifeos restore FILE` into a new profile)",
            report.path,
            report.problems.len()
        );
    }
    Ok(())
}

/// What a crash can leave for the next open to finish: a rollback journal to play back
/// (`db rekey` runs in rollback-journal mode, and a read-only check cannot play it back,
/// so the half-rewritten file would read as damage), or a rekey whose new key the
/// database took before the credential store held it (the stored key would read as
/// wrong). When either is there, the database is opened as every command opens it,
/// which finishes both, and checked with the key that opened it. `None`: nothing to
/// finish, or the open failed (the check then says why).
fn recovered(files: &open::ProfileFiles) -> anyhow::Result<Option<lifeos_core::key::DbKey>> {
    let mut journal = files.db.as_os_str().to_owned();
    journal.push("-journal");
    let hot = std::fs::metadata(&journal).is_ok_and(|m| m.len() > 0);
    let rekeying = files.kdf_next().exists()
        || files
            .credentials()
            .locate(lifeos_core::credential::SecretKind::DbKeyNext)?
            .is_some();
    if !hot && !rekeying {
        return Ok(None);
    }
    crate::debug!("db check: finishing what an interrupted write left first");
    Ok(open::store_with(files, files.credentials())
        .ok()
        .map(|(_, _, key)| key))
}

#[derive(Serialize)]
struct BackedUp {
    file: String,
    bytes: u64,
}

/// `lifeos db backup FILE`: a consistent copy, encrypted under the same key.
pub(crate) fn backup<W: Write>(ctx: &mut Ctx<'_, W, ()>, file: &Path) -> anyhow::Result<()> {
    no_database(ctx)?;
    let (store, _, key) = open::store_with(ctx.files, ctx.files.credentials())?;
    let bytes = store.backup_to(file, &key)?;
    let report = BackedUp {
        file: file.display().to_string(),
        bytes,
    };
    match ctx.format {
        Format::Table => writeln!(
            ctx.out,
            "backed up profile '{}' to {} ({bytes} bytes), encrypted with the same key: to use it, put it in place of {}",
            ctx.files.name,
            report.file,
            ctx.files.db.display()
        )?,
        f => output::one(ctx.out, f, &report)?,
    }
    Ok(())
}

#[derive(Serialize)]
struct Reindexed {
    rows: u64,
}

/// `lifeos db reindex`: the search index and the timeline rebuilt from the rows.
pub(crate) fn reindex<W: Write>(ctx: &mut Ctx<'_, W, ()>) -> anyhow::Result<()> {
    no_database(ctx)?;
    let mut store = open::store(ctx.files)?;
    let rows = store.reindex()?;
    match ctx.format {
        Format::Table => writeln!(ctx.out, "indexed {rows} rows for search and the timeline")?,
        f => output::one(ctx.out, f, &Reindexed { rows })?,
    }
    Ok(())
}

#[derive(Serialize)]
struct ExportedKey {
    profile: String,
    /// 64 hex digits: what LIFEOS_DB_KEY takes.
    db_key: String,
}

const KEY_WARNING: &str = "This key opens the database without any passphrase: anyone with it and the file reads everything. Keep it offline (a password manager or paper), never in the cloud next to a backup. Use it as LIFEOS_DB_KEY=… to open this database or its backups.";

/// `lifeos auth export-key`: the database key, once, after a warning.
pub(crate) fn export_key<W: Write>(ctx: &mut Ctx<'_, W, ()>, yes: bool) -> anyhow::Result<()> {
    no_database(ctx)?;
    let mut err = std::io::stderr().lock();
    writeln!(err, "lifeos: warning: {KEY_WARNING}")?;
    if !yes {
        if !std::io::stdin().is_terminal() {
            return Err(UsageError(
                "the key was not shown: add --yes to show it without asking".into(),
            )
            .into());
        }
        write!(err, "Show the key of profile '{}'? [y/N] ", ctx.files.name)?;
        err.flush()?;
        let mut answer = String::new();
        std::io::stdin().read_line(&mut answer)?;
        if !matches!(answer.trim(), "y" | "Y" | "yes") {
            writeln!(err, "the key was not shown")?;
            return Ok(());
        }
    }
    // Proves the key opens the database before it is handed out.
    let (_, _, key) = open::store_with(ctx.files, ctx.files.credentials())?;
    let secret = key.to_secret();
    match ctx.format {
        Format::Table => writeln!(ctx.out, "{}", secret.expose())?,
        f => output::one(
            ctx.out,
            f,
            &ExportedKey {
                profile: ctx.files.name.to_string(),
                db_key: secret.expose().to_owned(),
            },
        )?,
    }
    Ok(())
}
