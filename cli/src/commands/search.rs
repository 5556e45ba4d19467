//! `lifeos search`, `lifeos day` and `lifeos timeline`: finding anything across every
//! kind, and what happened when (`lifeos_core::search`; the store keeps the index); and
//! `lifeos undo`, the journal of what happened taken back.

use std::io::Write;

use clap::Args;
use lifeos_core::search::{Hit, Moment, SearchQuery};
use lifeos_core::when;
use time::Date;

use super::Ctx;
use crate::UsageError;
use crate::args::Format;
use crate::output;

/// The most hits one search prints.
const MAX_LIMIT: usize = 1_000;

/// `lifeos search`.
#[derive(Debug, Args)]
pub struct SearchArgs {
    /// What to find: words (any case, accents ignored), `wor*` for a prefix, "a phrase",
    /// `-word` to exclude, and filters `kind:task[,note]`, `tag:x`, `from:DATE`,
    /// `to:DATE`, `on:DATE` (days are local; any day word: yesterday, -2w). Quote a
    /// query with an exclusion ('water -bloom'), or put -- before words starting with -.
    #[arg(required = true, num_args = 1.., value_name = "QUERY")]
    pub query: Vec<String>,
    /// At most this many hits, best first (1 to 1000).
    #[arg(long, default_value_t = 20, value_parser = limit)]
    pub limit: usize,
}

fn limit(s: &str) -> Result<usize, String> {
    match s.parse::<usize>() {
        Ok(n) if (1..=MAX_LIMIT).contains(&n) => Ok(n),
        _ => Err(format!("'{s}' is not a count from 1 to {MAX_LIMIT}")),
    }
}

fn day(s: &str) -> Result<Date, String> {
    when::parse_day(s, when::today_at(when::local_offset()))
}

/// `lifeos day`.
#[derive(Debug, Args)]
pub struct DayArgs {
    /// The day (default today): YYYY-MM-DD, yesterday, last fri, -3d…
    #[arg(value_parser = day, value_name = "DATE", allow_hyphen_values = true)]
    pub date: Option<Date>,
}

/// `lifeos timeline`.
#[derive(Debug, Args)]
pub struct TimelineArgs {
    /// The first day (YYYY-MM-DD, -1w, last mon…).
    #[arg(long, value_parser = day, value_name = "DATE", allow_hyphen_values = true)]
    pub from: Date,
    /// The last day, inclusive (default today).
    #[arg(long, value_parser = day, value_name = "DATE", allow_hyphen_values = true)]
    pub to: Option<Date>,
}

/// `lifeos search QUERY…`: ranked hits across every kind.
pub(crate) fn search<W: Write>(ctx: &mut Ctx<'_, W>, a: &SearchArgs) -> anyhow::Result<()> {
    let offset = when::local_offset();
    let text = a.query.join(" ");
    let q = SearchQuery::parse(&text, when::today_at(offset)).map_err(UsageError)?;
    let hits = ctx.store.search(&q, offset, a.limit)?;
    if ctx.format != Format::Table {
        return output::many(ctx.out, ctx.format, &hits);
    }
    if hits.is_empty() {
        writeln!(ctx.out, "nothing found for {text}")?;
        return Ok(());
    }
    let cells: Vec<Vec<String>> = hits
        .iter()
        .map(|h| {
            vec![
                h.id.to_string(),
                h.entity.name().to_owned(),
                h.title.clone(),
                marked(h),
            ]
        })
        .collect();
    output::table(ctx.out, &["ID", "KIND", "TITLE", "MATCH"], &cells)?;
    Ok(())
}

/// A hit's snippet with its matches in brackets, on one line.
fn marked(h: &Hit) -> String {
    let mut s = String::new();
    let mut marks = h.marks.iter().peekable();
    for (i, c) in h.snippet.chars().enumerate() {
        if marks.peek().is_some_and(|m| m[0] == i) {
            s.push('[');
        }
        s.push(if c == '\n' { ' ' } else { c });
        if let Some(m) = marks.peek()
            && m[1] == i + 1
        {
            s.push(']');
            marks.next();
        }
    }
    s
}

/// `lifeos undo`: the last local change taken back, and what that wrote.
pub(crate) fn undo<W: Write>(ctx: &mut Ctx<'_, W>) -> anyhow::Result<()> {
    let Some(undone) = ctx.store.undo_last()? else {
        return Err(
            UsageError("nothing to undo: no local change is left in the journal".into()).into(),
        );
    };
    if ctx.format != Format::Table {
        return output::many(ctx.out, ctx.format, &undone);
    }
    for u in &undone {
        writeln!(
            ctx.out,
            "undid: {} {} '{}' ({})",
            u.entity.name().replace('_', " "),
            u.action,
            u.title,
            u.id
        )?;
    }
    Ok(())
}

/// `lifeos day [DATE]`.
pub(crate) fn day_cmd<W: Write>(ctx: &mut Ctx<'_, W>, a: &DayArgs) -> anyhow::Result<()> {
    let offset = when::local_offset();
    let d = a.date.unwrap_or_else(|| when::today_at(offset));
    let moments = ctx.store.timeline(d, d, offset)?;
    print(ctx, &moments, &format!("nothing happened on {d}"))
}

/// `lifeos timeline --from DATE [--to DATE]`.
pub(crate) fn timeline<W: Write>(ctx: &mut Ctx<'_, W>, a: &TimelineArgs) -> anyhow::Result<()> {
    let offset = when::local_offset();
    let to = a.to.unwrap_or_else(|| when::today_at(offset));
    if a.from > to {
        return Err(UsageError(format!("--from {} is after --to {to}", a.from)).into());
    }
    let moments = ctx.store.timeline(a.from, to, offset)?;
    print(
        ctx,
        &moments,
        &format!("nothing happened from {} to {to}", a.from),
    )
}

fn print<W: Write>(ctx: &mut Ctx<'_, W>, moments: &[Moment], none: &str) -> anyhow::Result<()> {
    if ctx.format != Format::Table {
        return output::many(ctx.out, ctx.format, moments);
    }
    if moments.is_empty() {
        writeln!(ctx.out, "{none}")?;
        return Ok(());
    }
    let cells: Vec<Vec<String>> = moments
        .iter()
        .map(|m| {
            vec![
                m.day.to_string(),
                m.time.clone().unwrap_or_default(),
                m.entity.name().replace('_', " "),
                m.what.to_owned(),
                m.title.clone(),
                m.id.to_string(),
            ]
        })
        .collect();
    output::table(
        ctx.out,
        &["DAY", "TIME", "KIND", "WHAT", "TITLE", "ID"],
        &cells,
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_become_brackets_on_one_line() {
        let h = Hit {
            entity: lifeos_core::EntityKind::Note,
            id: lifeos_core::Id::generate(),
            title: "t".into(),
            snippet: "é roses\nand more".into(),
            marks: vec![[2, 7], [12, 16]],
            score: 1.0,
        };
        assert_eq!(marked(&h), "é [roses] and [more]");
        assert_eq!(limit("0").unwrap_err(), "'0' is not a count from 1 to 1000");
        assert!(limit("1001").is_err() && limit("x").is_err());
        assert_eq!(limit("5"), Ok(5));
    }
}
