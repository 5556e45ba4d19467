//! `lifeos export` and `lifeos import`: every row of every kind as ndjson, the backup
//! and migration format; an import merges by version in one transaction.

use std::io::{BufRead, Read, Write};

use anyhow::Context;
use clap::Subcommand;
use lifeos_core::kernel::DecodeError;
use lifeos_core::record::{MAX_LINE_BYTES, Record};

use super::Ctx;
use crate::args::Format;
use crate::output;

/// `export` and `import`.
#[derive(Debug, Subcommand)]
pub enum DataCmd {
    /// Write every row of every kind, deleted ones included, as ndjson to stdout (always ndjson).
    Export,
    /// Read an export (a file, or - for stdin) in one transaction; rows merge by version.
    Import {
        /// The file to read, or - for standard input.
        file: String,
    },
}

/// Runs `export` or `import`.
pub(crate) fn run<W: Write>(ctx: &mut Ctx<'_, W>, cmd: DataCmd) -> anyhow::Result<()> {
    match cmd {
        DataCmd::Export => export(ctx),
        DataCmd::Import { file } => import(ctx, &file),
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
    match ctx.format {
        Format::Table => writeln!(
            ctx.out,
            "imported {} new, {} updated, {} unchanged",
            summary.inserted, summary.updated, summary.unchanged
        )?,
        f => output::one(ctx.out, f, &summary)?,
    }
    Ok(())
}
