//! `lifeos export`, `lifeos import` and `lifeos restore`: every row of every kind as
//! ndjson, the backup and migration format; an import merges by version in one
//! transaction, a restore makes the file's rows current again (after saying what it
//! changes and asking).

use std::io::{BufRead, IsTerminal, Read, Write};

use anyhow::Context;
use clap::Subcommand;
use lifeos_core::kernel::DecodeError;
use lifeos_core::record::{MAX_LINE_BYTES, Record};
use lifeos_core::store::{RestoreAction, RestorePlan};

use super::Ctx;
use crate::UsageError;
use crate::args::Format;
use crate::output;

/// `export` and `import`.
#[derive(Debug, Subcommand)]
pub enum DataCmd {
    /// Write every row of every kind, deleted ones included, to stdout as ndjson (what import reads).
    ///
    /// With --to ics, write a calendar instead: tasks with a due date as to-dos, fasts
    /// as events (to FILE, or to stdout).
    Export {
        /// Also write every attachment's file into DIR, in plaintext, named by its
        /// SHA-256 (files this device lacks are fetched from the server first), so the
        /// backup is complete.
        #[arg(long, value_name = "DIR", conflicts_with = "to")]
        with_blobs: Option<std::path::PathBuf>,
        /// Another format to write (default: LifeOS's own lossless ndjson).
        #[arg(long, value_enum, value_name = "FORMAT")]
        to: Option<ExportTo>,
        /// With --to: the file to write (default: stdout); for markdown, the folder.
        #[arg(requires = "to")]
        file: Option<std::path::PathBuf>,
    },
    /// Read an export (a file, or - for stdin) in one transaction; rows merge by version.
    ///
    /// With --from, read another app's export instead: `--from taskwarrior` takes what
    /// `task export` writes (tasks, recurrences, annotations, projects, tags,
    /// dependencies, statuses); importing the same file again adds nothing.
    Import {
        /// The file to read, or - for standard input.
        file: String,
        /// Also take the attachments' files from DIR (as `export --with-blobs` wrote
        /// them): each is checked against its name's SHA-256 and sealed on this device.
        #[arg(long, value_name = "DIR", conflicts_with = "from")]
        with_blobs: Option<std::path::PathBuf>,
        /// The app the file comes from (default: a LifeOS export).
        #[arg(long, value_enum, value_name = "APP")]
        from: Option<ImportFrom>,
    },
    /// Make an export's rows current again (undo edits and deletes since it was made).
    ///
    /// Every row in the file that differs here becomes current as a new version, so it
    /// also wins on your other devices after a sync. Rows not in the file are left
    /// alone, unless --exact. It lists what it will change and asks first.
    Restore {
        /// The export to restore, or - for standard input (then --yes is needed).
        file: String,
        /// Also delete every row that is not in the file, so the database matches it.
        #[arg(long)]
        exact: bool,
        /// Do it without asking.
        #[arg(long)]
        yes: bool,
    },
}

/// A format `export --to` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportTo {
    /// An iCalendar file (RFC 5545): tasks with a due date, fasts.
    Ics,
    /// A folder of Markdown files, one per note, with YAML front matter (FILE: the folder).
    Markdown,
}

/// Another app whose export `import --from` reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ImportFrom {
    /// `task export` (JSON).
    Taskwarrior,
    /// A folder of Markdown notes (Obsidian's vault, or `export --to markdown`).
    Markdown,
}

/// Runs `export` or `import`.
pub(crate) fn run<W: Write>(ctx: &mut Ctx<'_, W>, cmd: DataCmd) -> anyhow::Result<()> {
    match cmd {
        DataCmd::Export {
            to: Some(ExportTo::Ics),
            file,
            ..
        } => export_ics(ctx, file.as_deref()),
        DataCmd::Export {
            to: Some(ExportTo::Markdown),
            file,
            ..
        } => export_markdown(
            ctx,
            &file.ok_or_else(|| {
                UsageError("export --to markdown needs the folder to write".into())
            })?,
        ),
        DataCmd::Export { with_blobs, .. } => {
            let missing = match &with_blobs {
                Some(dir) => super::attachments::export_blobs(ctx, dir)?,
                None => Vec::new(),
            };
            export(ctx)?;
            if !missing.is_empty() {
                anyhow::bail!(
                    "the backup lacks {} attachment files that are neither on this device nor fetchable now (first: {}); the rows were exported",
                    missing.len(),
                    missing[0]
                );
            }
            Ok(())
        }
        DataCmd::Import {
            file,
            from: Some(ImportFrom::Taskwarrior),
            ..
        } => import_taskwarrior(ctx, &file),
        DataCmd::Import {
            file,
            from: Some(ImportFrom::Markdown),
            ..
        } => import_markdown(ctx, std::path::Path::new(&file)),
        DataCmd::Import {
            file, with_blobs, ..
        } => {
            if let Some(dir) = &with_blobs {
                super::attachments::import_blobs(ctx, dir)?;
            }
            import(ctx, &file)
        }
        DataCmd::Restore { file, exact, yes } => restore(ctx, &file, exact, yes),
    }
}

fn export<W: Write>(ctx: &mut Ctx<'_, W>) -> anyhow::Result<()> {
    let out = &mut *ctx.out;
    ctx.store.export(|r| {
        out.write_all(r.to_line().as_bytes())?;
        out.write_all(b"\n")
    })?;
    Ok(())
}

/// The most files `import --from markdown` reads from one folder.
const MAX_MARKDOWN_FILES: usize = 200_000;

/// `import --from markdown DIR`: every `*.md` under DIR (hidden files and folders, such as
/// `.obsidian` and `.trash`, skipped; links not followed), each read and checked first,
/// then written in one transaction, merged by version.
fn import_markdown<W: Write>(ctx: &mut Ctx<'_, W>, dir: &std::path::Path) -> anyhow::Result<()> {
    use lifeos_core::import::markdown::{MdFile, note_of};
    if !dir.is_dir() {
        anyhow::bail!(
            "{} is not a folder: --from markdown reads a folder of .md files",
            dir.display()
        );
    }
    let hidden =
        |e: &walkdir::DirEntry| e.depth() > 0 && e.file_name().to_string_lossy().starts_with('.');
    let mut rows = Vec::new();
    let walk = walkdir::WalkDir::new(dir)
        .follow_links(false)
        .sort_by_file_name();
    for entry in walk.into_iter().filter_entry(|e| !hidden(e)) {
        let entry = entry.with_context(|| format!("cannot read {}", dir.display()))?;
        let path = entry.path();
        if !entry.file_type().is_file()
            || path
                .extension()
                .is_none_or(|x| !x.eq_ignore_ascii_case("md"))
        {
            continue;
        }
        if rows.len() == MAX_MARKDOWN_FILES {
            anyhow::bail!(
                "{} holds more than {MAX_MARKDOWN_FILES} Markdown files",
                dir.display()
            );
        }
        let rel: Vec<String> = path
            .strip_prefix(dir)
            .unwrap_or(path)
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        let rel = rel.join("/");
        let meta = entry
            .metadata()
            .with_context(|| format!("cannot read {}", path.display()))?;
        if meta.len() > lifeos_core::import::markdown::MAX_FILE_BYTES as u64 {
            anyhow::bail!(
                "{rel}: {} bytes; a note's body is at most {} bytes",
                meta.len(),
                lifeos_core::validate::MAX_LONG_TEXT_BYTES
            );
        }
        let bytes =
            std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
        let text = String::from_utf8(bytes).map_err(|e| {
            anyhow::anyhow!(
                "{rel}: not UTF-8 (byte {} is not)",
                e.utf8_error().valid_up_to()
            )
        })?;
        let modified = meta
            .modified()
            .ok()
            .map(|m| lifeos_core::Timestamp::from_datetime(time::OffsetDateTime::from(m)))
            .unwrap_or_else(lifeos_core::Timestamp::now);
        let row = note_of(&MdFile {
            path: rel.clone(),
            text,
            modified,
        })
        .map_err(|why| anyhow::anyhow!("{rel}: {why}"))?;
        rows.push(row);
    }
    let summary = import_rows(ctx, &rows)?;
    print_summary(
        ctx,
        &dir.display().to_string(),
        &summary,
        &format!(" ({} notes read)", rows.len()),
    )
}

/// `export --to markdown DIR`: each live note as `DIR/<title>.md` (made if missing),
/// front matter first; two notes of one title get their id in the second's name; each
/// file written whole.
fn export_markdown<W: Write>(ctx: &mut Ctx<'_, W>, dir: &std::path::Path) -> anyhow::Result<()> {
    use lifeos_core::import::markdown::{file_name, render};
    use lifeos_core::model::Note;
    use lifeos_core::store::ListQuery;
    let notes = ctx.store.list::<Note>(&ListQuery::default())?;
    std::fs::create_dir_all(dir).with_context(|| format!("cannot write {}", dir.display()))?;
    let mut taken = std::collections::HashSet::new();
    for n in &notes {
        let mut name = file_name(&n.fields.title);
        if !taken.insert(name.to_lowercase()) {
            name = format!("{} {}.md", name.trim_end_matches(".md"), n.kernel.id);
            taken.insert(name.to_lowercase());
        }
        write_whole(&dir.join(&name), render(n).as_bytes())?;
    }
    if ctx.format == Format::Table {
        writeln!(ctx.out, "wrote {} notes to {}", notes.len(), dir.display())?;
    } else {
        output::one(
            ctx.out,
            ctx.format,
            &serde_json::json!({"notes": notes.len(), "folder": dir.display().to_string()}),
        )?;
    }
    Ok(())
}

/// `export --to ics`: the calendar, to stdout or written whole to a file.
fn export_ics<W: Write>(
    ctx: &mut Ctx<'_, W>,
    file: Option<&std::path::Path>,
) -> anyhow::Result<()> {
    use lifeos_core::model::{Fast, Task};
    use lifeos_core::store::ListQuery;
    let tasks = ctx.store.list::<Task>(&ListQuery::default())?;
    let fasts = ctx.store.list::<Fast>(&ListQuery::default())?;
    let text = crate::ics::calendar(&tasks, &fasts, lifeos_core::Timestamp::now());
    match file {
        None => ctx.out.write_all(text.as_bytes())?,
        Some(path) => write_whole(path, text.as_bytes())?,
    }
    Ok(())
}

/// Reads lines of at most [`MAX_LINE_BYTES`], each parsed into a record; blank lines are
/// skipped. Any read error, over-long line or invalid UTF-8 is that line's error.
fn records(mut input: impl BufRead) -> impl Iterator<Item = (usize, Result<Record, DecodeError>)> {
    let mut line_no = 0usize;
    let mut done = false;
    std::iter::from_fn(move || {
        loop {
            if done {
                return None;
            }
            line_no += 1;
            let mut buf = Vec::new();
            let read = (&mut input)
                .take(MAX_LINE_BYTES as u64 + 1)
                .read_until(b'\n', &mut buf);
            match read {
                Err(e) => {
                    done = true;
                    return Some((
                        line_no,
                        Err(DecodeError::Shape(format!("cannot read: {e}"))),
                    ));
                }
                Ok(0) => return None,
                Ok(_) => {}
            }
            if buf.last() != Some(&b'\n') && buf.len() > MAX_LINE_BYTES {
                done = true;
                return Some((
                    line_no,
                    Err(DecodeError::Shape(format!(
                        "the line is longer than the limit of {MAX_LINE_BYTES} bytes"
                    ))),
                ));
            }
            let Ok(text) = String::from_utf8(buf) else {
                return Some((
                    line_no,
                    Err(DecodeError::Shape("the line is not valid UTF-8".into())),
                ));
            };
            let text = text.trim_end_matches(['\n', '\r']);
            if text.trim().is_empty() {
                continue;
            }
            return Some((line_no, Record::parse_line(text)));
        }
    })
}

fn import<W: Write>(ctx: &mut Ctx<'_, W>, file: &str) -> anyhow::Result<()> {
    let summary = if file == "-" {
        ctx.store.import(records(std::io::stdin().lock()))?
    } else {
        let f = std::fs::File::open(file).with_context(|| format!("cannot read {file}"))?;
        ctx.store
            .import(records(std::io::BufReader::with_capacity(1 << 16, f)))?
    };
    print_summary(ctx, file, &summary, "")
}

/// `import --from taskwarrior`: the whole export read and checked first, then its tasks
/// written in one transaction, merged by version like any import.
fn import_taskwarrior<W: Write>(ctx: &mut Ctx<'_, W>, file: &str) -> anyhow::Result<()> {
    use lifeos_core::import::taskwarrior;
    let limit = taskwarrior::MAX_EXPORT_BYTES as u64;
    let mut bytes = Vec::new();
    if file == "-" {
        std::io::stdin()
            .lock()
            .take(limit + 1)
            .read_to_end(&mut bytes)?;
    } else {
        std::fs::File::open(file)
            .with_context(|| format!("cannot read {file}"))?
            .take(limit + 1)
            .read_to_end(&mut bytes)
            .with_context(|| format!("cannot read {file}"))?;
    }
    if bytes.len() as u64 > limit {
        anyhow::bail!(
            "{file} is larger than {limit} bytes, more than any Taskwarrior export this reads"
        );
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        anyhow::anyhow!(
            "{file} is not UTF-8 (byte {} is not), as Taskwarrior writes its exports",
            e.utf8_error().valid_up_to()
        )
    })?;
    let parsed = taskwarrior::parse(&text, &jiff::tz::TimeZone::system())?;
    let summary = import_rows(ctx, &parsed.tasks)?;
    let mut extra = format!(" ({} tasks read", parsed.tasks.len());
    if parsed.templates > 0 {
        extra.push_str(&format!(
            ", {} recurrence templates made series",
            parsed.templates
        ));
    }
    if parsed.dropped_depends > 0 {
        extra.push_str(&format!(
            ", {} dependencies on tasks not in the file left out",
            parsed.dropped_depends
        ));
    }
    extra.push(')');
    print_summary(ctx, file, &summary, &extra)
}

/// Rows another app's export was read into, written as one import (numbered from 1 for
/// its errors), merged by version.
fn import_rows<W: Write, E: lifeos_core::Entity>(
    ctx: &mut Ctx<'_, W>,
    rows: &[lifeos_core::Row<E>],
) -> anyhow::Result<lifeos_core::store::ImportSummary> {
    let records = rows
        .iter()
        .enumerate()
        .map(|(i, row)| (i + 1, Record::from_row(row)));
    Ok(ctx.store.import(records)?)
}

/// Writes `bytes` to `path` whole: into a hidden file beside it, then renamed over it, so
/// no reader ever sees half of one.
fn write_whole(path: &std::path::Path, bytes: &[u8]) -> anyhow::Result<()> {
    let name = path
        .file_name()
        .ok_or_else(|| anyhow::anyhow!("{} is not a file name", path.display()))?
        .to_string_lossy()
        .into_owned();
    let tmp = path.with_file_name(format!(".{name}.partial"));
    std::fs::write(&tmp, bytes).with_context(|| format!("cannot write {}", tmp.display()))?;
    std::fs::rename(&tmp, path).with_context(|| format!("cannot write {}", path.display()))
}

fn print_summary<W: Write>(
    ctx: &mut Ctx<'_, W>,
    file: &str,
    summary: &lifeos_core::store::ImportSummary,
    extra: &str,
) -> anyhow::Result<()> {
    match ctx.format {
        Format::Table => {
            write!(
                ctx.out,
                "imported {} new, {} updated{extra}",
                summary.inserted, summary.updated
            )?;
            let mut why = Vec::new();
            if summary.identical > 0 {
                why.push(format!("{} already here as they are", summary.identical));
            }
            if summary.older > 0 {
                why.push(format!(
                    "{} older than the local copy (kept; `lifeos restore {file}` makes the file's rows current)",
                    summary.older
                ));
            }
            if why.is_empty() {
                writeln!(ctx.out)?;
            } else {
                writeln!(ctx.out, "; skipped {}", why.join(", "))?;
            }
        }
        f => output::one(ctx.out, f, summary)?,
    }
    Ok(())
}

/// Every record of the file, with its line number; the first bad line is the error.
fn read_all(file: &str) -> anyhow::Result<Vec<(usize, Record)>> {
    let mut out = Vec::new();
    let mut push = |it: &mut dyn Iterator<Item = (usize, Result<Record, DecodeError>)>| {
        for (line, r) in it {
            match r {
                Ok(r) => out.push((line, r)),
                Err(source) => {
                    return Err(lifeos_core::store::StoreError::ImportLine { line, source });
                }
            }
        }
        Ok(())
    };
    if file == "-" {
        push(&mut records(std::io::stdin().lock()))?;
    } else {
        let f = std::fs::File::open(file).with_context(|| format!("cannot read {file}"))?;
        push(&mut records(std::io::BufReader::with_capacity(1 << 16, f)))?;
    }
    Ok(out)
}

fn action_words(a: RestoreAction) -> &'static str {
    match a {
        RestoreAction::Add => "add",
        RestoreAction::Undelete => "undelete",
        RestoreAction::Revert => "revert",
        RestoreAction::Delete => "delete",
        RestoreAction::Remove => "remove",
    }
}

/// "2 revert, 1 undelete": the plan in a few words.
fn counts(plan: &RestorePlan) -> String {
    let all = [
        RestoreAction::Revert,
        RestoreAction::Undelete,
        RestoreAction::Add,
        RestoreAction::Delete,
        RestoreAction::Remove,
    ];
    all.iter()
        .filter_map(|&a| match plan.count(a) {
            0 => None,
            n => Some(format!("{n} {}", action_words(a))),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// How many changes a restore lists before "… and N more".
const SHOWN: usize = 20;

fn restore<W: Write>(
    ctx: &mut Ctx<'_, W>,
    file: &str,
    exact: bool,
    yes: bool,
) -> anyhow::Result<()> {
    let records = read_all(file)?;
    let plan = ctx.store.restore_plan(&records, exact)?;
    if plan.changes.is_empty() {
        match ctx.format {
            Format::Table => writeln!(
                ctx.out,
                "nothing to restore: the {} rows of {file} are current here",
                plan.unchanged
            )?,
            f => output::one(ctx.out, f, &plan)?,
        }
        return Ok(());
    }
    if !yes {
        let mut err = std::io::stderr().lock();
        writeln!(
            err,
            "restoring {file} changes {} rows ({}); {} are current already:",
            plan.changes.len(),
            counts(&plan),
            plan.unchanged
        )?;
        for c in plan.changes.iter().take(SHOWN) {
            writeln!(
                err,
                "  {:<9} {} {}  {}",
                action_words(c.action),
                c.entity,
                c.id,
                c.label
            )?;
        }
        if plan.changes.len() > SHOWN {
            writeln!(err, "  … and {} more", plan.changes.len() - SHOWN)?;
        }
        if file == "-" || !std::io::stdin().is_terminal() {
            return Err(UsageError(
                "nothing was changed: add --yes to restore without asking".into(),
            )
            .into());
        }
        write!(err, "Restore? [y/N] ")?;
        err.flush()?;
        let mut answer = String::new();
        std::io::stdin().read_line(&mut answer)?;
        if !matches!(answer.trim(), "y" | "Y" | "yes") {
            writeln!(err, "nothing was changed")?;
            return Ok(());
        }
    }
    let done = ctx.store.restore_file(&records, exact)?;
    match ctx.format {
        Format::Table => writeln!(
            ctx.out,
            "restored {file}: {} rows changed ({}), {} were current; the changes sync as new versions",
            done.changes.len(),
            counts(&done),
            done.unchanged
        )?,
        f => output::one(ctx.out, f, &done)?,
    }
    Ok(())
}
