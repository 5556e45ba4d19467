//! `lifeos note …`: Markdown notes, pinned first; a body may come from a file or stdin.

use std::io::{Read, Write};

use anyhow::Context;
use clap::{Args, Subcommand};
use lifeos_core::model::Note;
use lifeos_core::store::Filter;
use lifeos_core::validate;

use super::{Ctx, IdArg, ListCommon, TagEdit, Target, dedup};
use crate::{UsageError, parse};

/// Note commands.
#[derive(Debug, Subcommand)]
pub enum NoteCmd {
    /// Add a note.
    Add(NoteAdd),
    /// List notes (pinned first).
    #[command(alias = "ls")]
    List(NoteList),
    /// Show one note.
    Show(IdArg),
    /// Change a note.
    Edit(NoteEdit),
    /// Delete a note (it stays as a tombstone; see restore).
    #[command(alias = "delete")]
    Rm(Target),
    /// Undo the deletion of a note.
    Restore(Target),
}

/// `note add`.
#[derive(Debug, Args)]
pub struct NoteAdd {
    /// The title.
    pub title: String,
    /// The Markdown body.
    #[arg(long, conflicts_with = "body_file")]
    pub body: Option<String>,
    /// Read the body from a file (- for stdin).
    #[arg(long, value_name = "FILE")]
    pub body_file: Option<String>,
    /// Tag (repeatable).
    #[arg(long, value_parser = parse::tag)]
    pub tag: Vec<String>,
    /// Pin the note.
    #[arg(long)]
    pub pin: bool,
}

/// `note list`.
#[derive(Debug, Args)]
pub struct NoteList {
    /// Only pinned notes.
    #[arg(long)]
    pub pinned: bool,
    #[command(flatten)]
    pub common: ListCommon,
}

/// `note edit`.
#[derive(Debug, Args)]
pub struct NoteEdit {
    #[command(flatten)]
    pub target: Target,
    /// New title.
    #[arg(long)]
    pub title: Option<String>,
    /// New body.
    #[arg(long, conflicts_with = "body_file")]
    pub body: Option<String>,
    /// Read the new body from a file (- for stdin).
    #[arg(long, value_name = "FILE")]
    pub body_file: Option<String>,
    #[command(flatten)]
    pub tags: TagEdit,
    /// Pin the note.
    #[arg(long, conflicts_with = "unpin")]
    pub pin: bool,
    /// Unpin the note.
    #[arg(long)]
    pub unpin: bool,
}

fn read_body(path: &str) -> anyhow::Result<String> {
    let limit = validate::MAX_LONG_TEXT_BYTES as u64 + 1;
    let mut bytes = Vec::new();
    if path == "-" {
        std::io::stdin()
            .lock()
            .take(limit)
            .read_to_end(&mut bytes)?;
    } else {
        std::fs::File::open(path)
            .with_context(|| format!("cannot read {path}"))?
            .take(limit)
            .read_to_end(&mut bytes)?;
    }
    if bytes.len() as u64 >= limit {
        return Err(UsageError(format!(
            "{path} is larger than the 1 MiB limit of a note body"
        ))
        .into());
    }
    String::from_utf8(bytes).map_err(|_| UsageError(format!("{path} is not valid UTF-8")).into())
}

fn body(body: &Option<String>, file: &Option<String>) -> anyhow::Result<Option<String>> {
    match (body, file) {
        (Some(b), _) => Ok(Some(b.clone())),
        (None, Some(f)) => read_body(f).map(Some),
        (None, None) => Ok(None),
    }
}

/// Runs `note …`.
pub(crate) fn run<W: Write>(ctx: &mut Ctx<'_, W>, cmd: NoteCmd) -> anyhow::Result<()> {
    match cmd {
        NoteCmd::Add(a) => {
            let mut n = Note::new(a.title);
            n.body = body(&a.body, &a.body_file)?.unwrap_or_default();
            n.tags = dedup(&a.tag);
            n.pinned = a.pin;
            ctx.create(n)
        }
        NoteCmd::List(l) => {
            let filters = if l.pinned {
                vec![Filter::IsTrue("pinned")]
            } else {
                vec![]
            };
            ctx.list::<Note>(l.common.query(filters), |a, b| {
                b.fields
                    .pinned
                    .cmp(&a.fields.pinned)
                    .then_with(|| b.kernel.updated_at.cmp(&a.kernel.updated_at))
                    .then_with(|| a.kernel.id.cmp(&b.kernel.id))
            })
        }
        NoteCmd::Show(a) => ctx.show::<Note>(&a),
        NoteCmd::Edit(e) => {
            let new_body = body(&e.body, &e.body_file)?;
            ctx.edit::<Note>(&e.target, |n, _| {
                if let Some(v) = &e.title {
                    n.title = v.clone();
                }
                if let Some(b) = new_body {
                    n.body = b;
                }
                e.tags.apply(&mut n.tags);
                if e.pin {
                    n.pinned = true;
                }
                if e.unpin {
                    n.pinned = false;
                }
                Ok(())
            })
        }
        NoteCmd::Rm(t) => ctx.rm::<Note>(&t),
        NoteCmd::Restore(t) => ctx.restore::<Note>(&t),
    }
}
