//! `lifeos attach` and `lifeos attachment …`: files on any row, sealed on this device
//! and fetched from the server on first use (docs/attachments.md).

use std::io::{IsTerminal, Write};
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};

use anyhow::{Context, anyhow, bail};
use clap::{Args, Subcommand};
use lifeos_core::client::{self, BlobProgress, HttpRemote};
use lifeos_core::entity::KindVisitor;
use lifeos_core::model::Attachment;
use lifeos_core::store::{Filter, ListQuery, LocalBlob, Store};
use lifeos_core::{Entity, EntityKind, Id, Row};
use serde::Serialize;

use super::{Ctx, IdArg, Target};
use crate::UsageError;
use crate::args::Format;
use crate::output::{self, Tabular};
use crate::resolve::{self, RowRef};

/// `attach` and `attachment`.
#[derive(Debug, Subcommand)]
pub enum AttachCmds {
    /// Attach a file to a row: `lifeos attach receipt.pdf --to tx:RECEIPT_ID`.
    Attach(AttachArgs),
    /// Files attached to rows: list, get, open, rm.
    #[command(subcommand)]
    Attachment(AttachmentCmd),
}

/// `attach`.
#[derive(Debug, Args)]
pub struct AttachArgs {
    /// The file, or - for standard input (then --name is needed).
    pub file: PathBuf,
    /// The row: KIND:ID, e.g. note:01JB…, task:"call mum", tx:01JC… (ID is an id, a
    /// prefix, or a name or title).
    #[arg(long, value_parser = owner_ref, value_name = "KIND:ID")]
    pub to: OwnerRef,
    /// The name to keep (default: the file's own name).
    #[arg(long)]
    pub name: Option<String>,
    /// The media type (default: guessed from the name's extension).
    #[arg(long = "type", value_name = "MEDIA/TYPE")]
    pub media_type: Option<String>,
}

/// Attachment commands.
#[derive(Debug, Subcommand)]
pub enum AttachmentCmd {
    /// List attachments: of one row with --to, else all.
    #[command(alias = "ls")]
    List(AttachmentList),
    /// Show one attachment's row.
    Show(IdArg),
    /// Write an attachment's file (fetched from the server first if this device lacks it).
    Get(AttachmentGet),
    /// Open an attachment with the system's opener (or $LIFEOS_OPENER).
    Open(IdArg),
    /// Delete an attachment (it stays as a tombstone; see restore).
    #[command(alias = "delete")]
    Rm(Target),
    /// Undo the deletion of an attachment.
    Restore(Target),
}

/// `attachment list`.
#[derive(Debug, Args)]
pub struct AttachmentList {
    /// Only the attachments of this row (KIND:ID).
    #[arg(long, value_parser = owner_ref, value_name = "KIND:ID")]
    pub to: Option<OwnerRef>,
    /// Include deleted attachments.
    #[arg(long)]
    pub all: bool,
}

/// `attachment get`.
#[derive(Debug, Args)]
pub struct AttachmentGet {
    /// The attachment: an id, a prefix, or its file name.
    #[arg(value_parser = resolve::row_ref, value_name = "ID|NAME")]
    pub id: RowRef,
    /// Where to write it (- for standard output; default: its name, here).
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Replace the file if it exists.
    #[arg(long)]
    pub force: bool,
}

/// A row of any kind, as `--to KIND:ID` names it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OwnerRef {
    /// Its kind.
    pub kind: EntityKind,
    /// What names it.
    pub row: RowRef,
}

/// The words `--to` takes for a kind: its wire name, and the command's name where that
/// differs.
fn kind_word(word: &str) -> Option<EntityKind> {
    let word = word.trim().to_lowercase();
    let kind = match word.as_str() {
        "tx" => EntityKind::Transaction,
        "health" => EntityKind::HealthMetric,
        "plan" => EntityKind::ReadingPlan,
        "checkin" | "check-in" => EntityKind::HabitCheckin,
        w => return lifeos_core::model::attachable_kind(&w.replace('-', "_")),
    };
    Some(kind)
}

/// The clap parser of `--to KIND:ID`.
pub fn owner_ref(s: &str) -> Result<OwnerRef, String> {
    let Some((kind, row)) = s.split_once(':') else {
        return Err("give the row as KIND:ID, e.g. note:01JB… or tx:01JC…".into());
    };
    let kind = kind_word(kind).ok_or_else(|| {
        format!(
            "{:?} is not a kind of row that takes attachments: one of {}, tx, health",
            lifeos_core::validate::clip(kind),
            lifeos_core::model::attachable_kinds().join(", ")
        )
    })?;
    Ok(OwnerRef {
        kind,
        row: resolve::row_ref(row)?,
    })
}

/// The id of the row `r` names, of the kind it names.
fn owner_id(store: &Store, r: &OwnerRef) -> anyhow::Result<Id> {
    struct Find<'a>(&'a Store, &'a RowRef);
    impl KindVisitor for Find<'_> {
        type Output = anyhow::Result<Id>;
        fn visit<E: Entity>(self) -> anyhow::Result<Id> {
            resolve::any::<E>(self.0, self.1)
        }
    }
    r.kind.visit(Find(store, &r.row))
}

pub(crate) use lifeos_core::model::human_size;

impl Tabular for Attachment {
    const COLUMNS: &'static [&'static str] = &["ID", "NAME", "SIZE", "TYPE", "ON"];
    fn cells(row: &Row<Self>) -> Vec<String> {
        let a = &row.fields;
        let name = if row.kernel.is_deleted() {
            format!("{} (deleted)", a.name)
        } else {
            a.name.clone()
        };
        vec![
            row.kernel.id.to_string(),
            name,
            human_size(a.size),
            a.media_type.clone(),
            format!("{}:{}", a.entity_kind, a.entity_id),
        ]
    }
}

/// The media type of a file name, from its extension.
fn guess_type(name: &str) -> String {
    mime_guess::from_path(name)
        .first()
        .map(|m| m.essence_str().to_lowercase())
        .filter(|m| lifeos_core::model::check_media_type("media_type", m).is_ok())
        .unwrap_or_else(|| lifeos_core::model::UNKNOWN_MEDIA_TYPE.into())
}

/// Runs `attach` or `attachment …`.
pub(crate) fn run<W: Write>(ctx: &mut Ctx<'_, W>, cmd: AttachCmds) -> anyhow::Result<()> {
    match cmd {
        AttachCmds::Attach(a) => attach(ctx, a),
        AttachCmds::Attachment(AttachmentCmd::List(l)) => {
            let mut filters = Vec::new();
            if let Some(to) = &l.to {
                let id = owner_id(&ctx.store, to)?;
                filters.push(Filter::In("entity_id", vec![id.to_string()]));
            }
            let query = ListQuery {
                include_deleted: l.all,
                filters,
                search: None,
            };
            ctx.list::<Attachment>(query, |a, b| {
                a.kernel
                    .created_at
                    .cmp(&b.kernel.created_at)
                    .then_with(|| a.kernel.id.cmp(&b.kernel.id))
            })
        }
        AttachCmds::Attachment(AttachmentCmd::Show(a)) => ctx.show::<Attachment>(&a),
        AttachCmds::Attachment(AttachmentCmd::Get(g)) => get(ctx, g),
        AttachCmds::Attachment(AttachmentCmd::Open(a)) => open(ctx, &a),
        AttachCmds::Attachment(AttachmentCmd::Rm(t)) => ctx.rm::<Attachment>(&t),
        AttachCmds::Attachment(AttachmentCmd::Restore(t)) => ctx.restore::<Attachment>(&t),
    }
}

fn attach<W: Write>(ctx: &mut Ctx<'_, W>, a: AttachArgs) -> anyhow::Result<()> {
    let owner = owner_id(&ctx.store, &a.to)?;
    let stdin = a.file.as_os_str() == "-";
    let raw_name = match (&a.name, stdin) {
        (Some(n), _) => n.clone(),
        (None, true) => {
            return Err(UsageError("reading standard input: give the file a --name".into()).into());
        }
        (None, false) => a
            .file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .ok_or_else(|| UsageError(format!("{} is not a file", a.file.display())))?,
    };
    // A name given on purpose must be right as given; a file's own name is made storable.
    let name = match &a.name {
        Some(n) => {
            lifeos_core::model::check_file_name("--name", n)?;
            n.clone()
        }
        None => lifeos_core::model::sanitize_file_name(&raw_name).ok_or_else(|| {
            UsageError(format!(
                "{raw_name:?} leaves no usable file name: give --name"
            ))
        })?,
    };
    let media_type = match &a.media_type {
        Some(t) => {
            lifeos_core::model::check_media_type("--type", t)?;
            t.clone()
        }
        None => guess_type(&name),
    };
    let row = if stdin {
        ctx.store.attach(
            a.to.kind,
            owner,
            &name,
            &media_type,
            &mut std::io::stdin().lock(),
        )?
    } else {
        if a.file.is_dir() {
            bail!(
                "{} is a directory: attach one file at a time",
                a.file.display()
            );
        }
        let mut f = std::fs::File::open(&a.file)
            .with_context(|| format!("cannot read {}", a.file.display()))?;
        ctx.store
            .attach(a.to.kind, owner, &name, &media_type, &mut f)?
    };
    ctx.print(&row)
}

/// The server, when this profile is logged in to one (else the blob must be here).
fn remote(ctx_store: &Store, files: &crate::open::ProfileFiles) -> Option<HttpRemote> {
    super::sync::remote(ctx_store, files).ok().map(|(r, _)| r)
}

/// A byte progress bar on a terminal, else nothing.
pub(crate) fn byte_bar(format: Format) -> Option<indicatif::ProgressBar> {
    if !(std::io::stderr().is_terminal() && format == Format::Table) {
        return None;
    }
    let b = indicatif::ProgressBar::new(0);
    b.set_style(
        indicatif::ProgressStyle::with_template(
            "{msg} {wide_bar} {bytes}/{total_bytes} {bytes_per_sec} {eta}",
        )
        .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    Some(b)
}

/// Shows a transfer on `bar`.
pub(crate) fn show_progress(bar: Option<&indicatif::ProgressBar>, p: &BlobProgress) {
    if let Some(b) = bar {
        b.set_length(p.total);
        b.set_position(p.done);
        b.set_message(format!(
            "{} {}",
            if p.upload { "uploading" } else { "fetching" },
            &p.sha256[..12]
        ));
    }
}

/// Makes sure this device holds the blob of `row`, fetching it (with a progress bar on a
/// terminal) when it does not.
fn ensure_local<W: Write>(ctx: &Ctx<'_, W>, row: &Row<Attachment>) -> anyhow::Result<()> {
    let blob = LocalBlob {
        sha256: row.fields.sha256.clone(),
        size: row.fields.size,
    };
    if ctx.store.blob_is_local(&blob.sha256)? {
        return Ok(());
    }
    let Some(remote) = remote(&ctx.store, ctx.files) else {
        return Err(anyhow!(
            "{} is not on this device, and this profile is not logged in to a server to fetch it from (lifeos login)",
            row.fields.name
        ));
    };
    let bar = byte_bar(ctx.format);
    let result = client::ensure_local(&ctx.store, Some(&remote), &blob, &mut |p| {
        show_progress(bar.as_ref(), &p);
        ControlFlow::Continue(())
    });
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    result.with_context(|| format!("cannot fetch {}", row.fields.name))
}

#[derive(Serialize)]
struct Written {
    id: String,
    name: String,
    path: String,
    size: u64,
    sha256: String,
}

fn get<W: Write>(ctx: &mut Ctx<'_, W>, g: AttachmentGet) -> anyhow::Result<()> {
    let id = ctx.id::<Attachment>(&g.id)?;
    let row = ctx.store.get::<Attachment>(id)?;
    ensure_local(ctx, &row)?;
    let blobs = ctx.store.blobs()?;
    if g.output.as_deref() == Some(Path::new("-")) {
        blobs.copy_to(&row.fields.sha256, &mut *ctx.out)?;
        return Ok(());
    }
    let path = g
        .output
        .clone()
        .unwrap_or_else(|| PathBuf::from(&row.fields.name));
    if path.exists() && !g.force {
        return Err(UsageError(format!(
            "{} exists: give --force to replace it, or -o another file",
            path.display()
        ))
        .into());
    }
    // Written beside the target and renamed into place once whole and checked: a failed
    // hash leaves nothing behind.
    let size = blobs.write_to(&row.fields.sha256, &path)?;
    let report = Written {
        id: row.kernel.id.to_string(),
        name: row.fields.name.clone(),
        path: path.display().to_string(),
        size,
        sha256: row.fields.sha256.clone(),
    };
    match ctx.format {
        Format::Table => writeln!(
            ctx.out,
            "wrote {} ({}) to {}",
            report.name,
            human_size(size),
            report.path
        )?,
        f => output::one(ctx.out, f, &report)?,
    }
    Ok(())
}

fn open<W: Write>(ctx: &mut Ctx<'_, W>, a: &IdArg) -> anyhow::Result<()> {
    let id = ctx.id::<Attachment>(&a.id)?;
    let row = ctx.store.get::<Attachment>(id)?;
    ensure_local(ctx, &row)?;
    let path = lifeos_tui::attachments::reveal(&ctx.store, &row)?;
    lifeos_tui::attachments::launch(&path)?;
    match ctx.format {
        Format::Table => writeln!(ctx.out, "opened {} ({})", row.fields.name, path.display())?,
        f => output::one(
            ctx.out,
            f,
            &Written {
                id: row.kernel.id.to_string(),
                name: row.fields.name.clone(),
                path: path.display().to_string(),
                size: row.fields.size,
                sha256: row.fields.sha256.clone(),
            },
        )?,
    }
    Ok(())
}

/// Writes the plaintext of every blob the rows name into `dir`, named by its SHA-256
/// (fetching what this device lacks when logged in); a file already there with the right
/// size is kept. Returns the names of the rows whose file could not be had. Reports go
/// to standard error: standard output is the export.
pub(crate) fn export_blobs<W: Write>(ctx: &Ctx<'_, W>, dir: &Path) -> anyhow::Result<Vec<String>> {
    std::fs::create_dir_all(dir).with_context(|| format!("cannot make {}", dir.display()))?;
    let blobs = ctx.store.blobs()?;
    let mut remote_cache: Option<Option<HttpRemote>> = None;
    let (mut written, mut kept, mut bytes) = (0u64, 0u64, 0u64);
    let mut missing = Vec::new();
    for blob in ctx.store.blobs_named()? {
        let to = dir.join(&blob.sha256);
        if std::fs::metadata(&to).is_ok_and(|m| m.is_file() && m.len() == blob.size) {
            kept += 1;
            continue;
        }
        if !ctx.store.blob_is_local(&blob.sha256)? {
            let remote = remote_cache.get_or_insert_with(|| remote(&ctx.store, ctx.files));
            let fetched = match remote {
                Some(r) => {
                    let bar = byte_bar(ctx.format);
                    let got = client::ensure_local(&ctx.store, Some(r), &blob, &mut |p| {
                        show_progress(bar.as_ref(), &p);
                        ControlFlow::Continue(())
                    });
                    if let Some(b) = bar {
                        b.finish_and_clear();
                    }
                    got.is_ok()
                }
                None => false,
            };
            if !fetched {
                missing.push(blob.sha256.clone());
                continue;
            }
        }
        bytes += blobs.write_to(&blob.sha256, &to)?;
        written += 1;
    }
    eprintln!(
        "lifeos: wrote {written} attachment files ({}) to {}{}",
        human_size(bytes),
        dir.display(),
        if kept > 0 {
            format!("; {kept} were there already")
        } else {
            String::new()
        }
    );
    Ok(missing)
}

/// Seals every file of `dir` named by a SHA-256 into this device's blobs (checking the
/// name against the bytes) and queues it for upload; other files are skipped.
pub(crate) fn import_blobs<W: Write>(ctx: &Ctx<'_, W>, dir: &Path) -> anyhow::Result<()> {
    let blobs = ctx.store.blobs()?;
    let (mut added, mut here, mut skipped) = (0u64, 0u64, 0u64);
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .with_context(|| format!("cannot read {}", dir.display()))?
        .collect::<Result<_, _>>()?;
    entries.sort_by_key(std::fs::DirEntry::file_name);
    for e in entries {
        let name = e.file_name().to_string_lossy().into_owned();
        if lifeos_core::model::check_sha256("file", &name).is_err() || !e.path().is_file() {
            skipped += 1;
            continue;
        }
        if ctx.store.blob_is_local(&name)? {
            here += 1;
            continue;
        }
        let mut f = std::fs::File::open(e.path())
            .with_context(|| format!("cannot read {}", e.path().display()))?;
        let got = blobs.add(&mut f)?;
        if got.sha256 != name {
            if !ctx.store.blob_recorded(&got.sha256)? {
                blobs.remove(&got.sha256)?;
            }
            bail!(
                "{} does not hash to its name (its bytes hash to {}): it was not imported",
                e.path().display(),
                got.sha256
            );
        }
        ctx.store.blob_kept(&got.sha256, got.size, true)?;
        added += 1;
    }
    eprintln!(
        "lifeos: took {added} attachment files from {}{}{}",
        dir.display(),
        if here > 0 {
            format!("; {here} were here already")
        } else {
            String::new()
        },
        if skipped > 0 {
            format!("; skipped {skipped} not named by a SHA-256")
        } else {
            String::new()
        }
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn owner_refs_name_a_kind_and_a_row() {
        let r = owner_ref("tx:01JB").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(r.kind, EntityKind::Transaction);
        assert_eq!(r.row.as_str(), "01JB");
        let r = owner_ref("note:Shopping: list").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            (r.kind, r.row.as_str()),
            (EntityKind::Note, "Shopping: list")
        );
        assert_eq!(
            owner_ref("health_metric:x").map(|r| r.kind),
            Ok(EntityKind::HealthMetric)
        );
        for bad in [
            "note",
            "attachment:01JB",
            "nothing:01JB",
            "note:",
            ":01JB",
            "../x:y",
        ] {
            assert!(owner_ref(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn sizes_and_types_read_as_people_expect() {
        assert_eq!(human_size(0), "0 B");
        assert_eq!(human_size(999), "999 B");
        assert_eq!(human_size(1500), "1.5 KB");
        assert_eq!(human_size(200_000_000), "200 MB");
        assert_eq!(guess_type("scan.PDF"), "application/pdf");
        assert_eq!(guess_type("photo.jpg"), "image/jpeg");
        assert_eq!(guess_type("no-extension"), "application/octet-stream");
    }
}
