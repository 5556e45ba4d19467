//! Rendering rows as table, JSON, YAML or ndjson. Machine formats use the wire names
//! and wire values (UTC); tables show local time and are meant for people.

use std::io::{self, Write};

use lifeos_core::model::{
    Account, Budget, Due, Fast, HabitCheckin, Note, Person, Place, Task, Transaction,
    format_minutes, format_seconds,
};
use lifeos_core::{Entity, Row, Timestamp};
use serde::Serialize;
use serde_json::Value;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::args::Format;
use crate::parse::local_offset;

/// Widest a table cell may be before it is cut with `…`.
const MAX_CELL: usize = 60;

/// The columns an entity shows in a table.
pub trait Tabular: Entity {
    /// Column headers.
    const COLUMNS: &'static [&'static str];
    /// One cell per column.
    fn cells(row: &Row<Self>) -> Vec<String>;
}

/// A timestamp in local time, to the minute.
pub fn local_time(t: Timestamp) -> String {
    let dt = t.datetime().to_offset(local_offset());
    let f = time::macros::format_description!("[year]-[month]-[day] [hour]:[minute]");
    dt.format(f).unwrap_or_else(|_| t.to_string())
}

fn due_cell(d: Option<Due>) -> String {
    match d {
        None => String::new(),
        Some(Due::Date(d)) => d.to_string(),
        Some(Due::At(t)) => local_time(t),
    }
}

fn deleted_mark<E>(row: &Row<E>, s: String) -> String {
    if row.kernel.is_deleted() {
        format!("{s} (deleted)")
    } else {
        s
    }
}

impl Tabular for Task {
    const COLUMNS: &'static [&'static str] = &["ID", "STATUS", "PRI", "DUE", "TITLE", "TAGS"];
    fn cells(row: &Row<Self>) -> Vec<String> {
        let t = &row.fields;
        vec![
            row.kernel.id.to_string(),
            t.status.as_str().into(),
            match t.priority.as_str() {
                "none" => String::new(),
                p => p.into(),
            },
            due_cell(t.due),
            deleted_mark(row, t.title.clone()),
            t.tags.join(" "),
        ]
    }
}

impl Tabular for Note {
    const COLUMNS: &'static [&'static str] = &["ID", "PIN", "TITLE", "TAGS", "UPDATED"];
    fn cells(row: &Row<Self>) -> Vec<String> {
        let n = &row.fields;
        vec![
            row.kernel.id.to_string(),
            if n.pinned { "*".into() } else { String::new() },
            deleted_mark(row, n.title.clone()),
            n.tags.join(" "),
            local_time(row.kernel.updated_at),
        ]
    }
}

impl Tabular for Person {
    const COLUMNS: &'static [&'static str] = &["ID", "NAME", "EMAIL", "PHONE", "BIRTHDAY", "TAGS"];
    fn cells(row: &Row<Self>) -> Vec<String> {
        let p = &row.fields;
        vec![
            row.kernel.id.to_string(),
            deleted_mark(row, p.name.clone()),
            p.emails.first().cloned().unwrap_or_default(),
            p.phones.first().cloned().unwrap_or_default(),
            p.birthday.map(|b| b.to_string()).unwrap_or_default(),
            p.tags.join(" "),
        ]
    }
}

impl Tabular for Place {
    const COLUMNS: &'static [&'static str] = &["ID", "NAME", "LAT", "LON", "ADDRESS", "TAGS"];
    fn cells(row: &Row<Self>) -> Vec<String> {
        let p = &row.fields;
        vec![
            row.kernel.id.to_string(),
            deleted_mark(row, p.name.clone()),
            p.latitude.map(|v| v.to_string()).unwrap_or_default(),
            p.longitude.map(|v| v.to_string()).unwrap_or_default(),
            p.address.lines().next().unwrap_or_default().to_owned(),
            p.tags.join(" "),
        ]
    }
}

/// An amount without a needless `.0`.
pub fn amount(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        v.to_string()
    }
}

impl Tabular for HabitCheckin {
    const COLUMNS: &'static [&'static str] = &["ID", "DATE", "STATUS", "VALUE", "NOTE"];
    fn cells(row: &Row<Self>) -> Vec<String> {
        let c = &row.fields;
        vec![
            row.kernel.id.to_string(),
            c.date.to_string(),
            deleted_mark(row, c.status.as_str().into()),
            c.value.map(amount).unwrap_or_default(),
            c.note.lines().next().unwrap_or_default().to_owned(),
        ]
    }
}

impl Tabular for Fast {
    const COLUMNS: &'static [&'static str] = &[
        "ID", "STARTED", "ENDED", "DURATION", "TARGET", "MET", "NOTE",
    ];
    fn cells(row: &Row<Self>) -> Vec<String> {
        let f = &row.fields;
        let now = Timestamp::now();
        vec![
            row.kernel.id.to_string(),
            local_time(f.started_at),
            match f.ended_at {
                Some(t) => local_time(t),
                None => "running".into(),
            },
            format_seconds(f.seconds(now)),
            f.target_minutes.map(format_minutes).unwrap_or_default(),
            match (f.target_minutes, f.is_running()) {
                (None, _) => String::new(),
                (Some(_), running) if f.met_target(now) => {
                    if running {
                        "yes (running)".into()
                    } else {
                        "yes".into()
                    }
                }
                (Some(_), true) => "…".into(),
                (Some(_), false) => "no".into(),
            },
            deleted_mark(row, f.note.lines().next().unwrap_or_default().to_owned()),
        ]
    }
}

impl Tabular for Account {
    const COLUMNS: &'static [&'static str] = &[
        "ID", "NAME", "KIND", "CURRENCY", "OPENING", "OPENED", "ARCHIVED",
    ];
    fn cells(row: &Row<Self>) -> Vec<String> {
        let a = &row.fields;
        vec![
            row.kernel.id.to_string(),
            deleted_mark(row, a.name.clone()),
            a.kind.as_str().into(),
            a.currency_code.to_string(),
            a.currency_code.format(a.opening_balance_minor),
            a.opening_date.to_string(),
            if a.archived {
                "yes".into()
            } else {
                String::new()
            },
        ]
    }
}

impl Tabular for Transaction {
    const COLUMNS: &'static [&'static str] =
        &["ID", "DATE", "AMOUNT", "PAYEE", "CATEGORY", "TRANSFER"];
    fn cells(row: &Row<Self>) -> Vec<String> {
        let t = &row.fields;
        vec![
            row.kernel.id.to_string(),
            t.booking_date.to_string(),
            format!(
                "{} {}",
                t.currency_code.format(t.amount_minor),
                t.currency_code
            ),
            deleted_mark(row, t.payee.clone()),
            t.category.clone(),
            t.transfer.map(|l| l.id.to_string()).unwrap_or_default(),
        ]
    }
}

impl Tabular for Budget {
    const COLUMNS: &'static [&'static str] = &["ID", "MONTH", "CATEGORY", "AMOUNT", "CURRENCY"];
    fn cells(row: &Row<Self>) -> Vec<String> {
        let b = &row.fields;
        vec![
            row.kernel.id.to_string(),
            b.month.to_string(),
            deleted_mark(row, b.category.clone()),
            b.currency_code.format(b.amount_minor),
            b.currency_code.to_string(),
        ]
    }
}

/// Makes a cell safe and short: control characters become spaces, and it is cut to
/// [`MAX_CELL`] columns.
fn cell(s: &str) -> String {
    let mut out = String::new();
    let mut width = 0;
    for c in s.chars() {
        let c = if c.is_control() { ' ' } else { c };
        let w = c.width().unwrap_or(0);
        if width + w > MAX_CELL {
            out.push('…');
            break;
        }
        width += w;
        out.push(c);
    }
    out
}

/// Writes an aligned table (no borders; two spaces between columns).
pub fn table(out: &mut impl Write, headers: &[&str], rows: &[Vec<String>]) -> io::Result<()> {
    let rows: Vec<Vec<String>> = rows
        .iter()
        .map(|r| r.iter().map(|c| cell(c)).collect())
        .collect();
    let mut widths: Vec<usize> = headers.iter().map(|h| h.width()).collect();
    for r in &rows {
        for (w, c) in widths.iter_mut().zip(r) {
            *w = (*w).max(c.width());
        }
    }
    let line = |out: &mut dyn Write, cells: &mut dyn Iterator<Item = &str>| -> io::Result<()> {
        let mut s = String::new();
        for (i, c) in cells.enumerate() {
            if i > 0 {
                s.push_str("  ");
            }
            s.push_str(c);
            s.extend(std::iter::repeat_n(
                ' ',
                widths[i].saturating_sub(c.width()),
            ));
        }
        writeln!(out, "{}", s.trim_end())
    };
    line(out, &mut headers.iter().copied())?;
    for r in &rows {
        line(out, &mut r.iter().map(String::as_str))?;
    }
    Ok(())
}

fn value_text(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Array(a) => a.iter().map(value_text).collect::<Vec<_>>().join(", "),
        other => other.to_string(),
    }
}

/// Writes one value in a machine format, or as `field  value` lines for `table`.
pub fn one<T: Serialize>(out: &mut impl Write, format: Format, value: &T) -> anyhow::Result<()> {
    match format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, value)?;
            writeln!(out)?;
        }
        Format::Ndjson => {
            serde_json::to_writer(&mut *out, value)?;
            writeln!(out)?;
        }
        Format::Yaml => out.write_all(serde_yaml_ng::to_string(value)?.as_bytes())?,
        Format::Table => {
            let Value::Object(map) = serde_json::to_value(value)? else {
                anyhow::bail!("cannot show this value as a table");
            };
            let width = map.keys().map(|k| k.width()).max().unwrap_or(0);
            for (k, v) in &map {
                let text = match (k.as_str(), v) {
                    (_, Value::String(s)) if k.ends_with("_at") => Timestamp::parse(s)
                        .map(local_time)
                        .unwrap_or_else(|_| s.clone()),
                    _ => value_text(v),
                };
                let mut lines = text.lines();
                writeln!(out, "{k:width$}  {}", lines.next().unwrap_or_default())?;
                for l in lines {
                    writeln!(out, "{:width$}  {l}", "")?;
                }
            }
        }
    }
    Ok(())
}

/// Writes a list of values in a machine format; `table` gets JSON too (a list with a
/// table form draws it itself: see [`rows`]).
pub fn many<T: Serialize>(out: &mut impl Write, format: Format, items: &[T]) -> anyhow::Result<()> {
    match format {
        Format::Json | Format::Table => {
            serde_json::to_writer_pretty(&mut *out, items)?;
            writeln!(out)?;
        }
        Format::Yaml => out.write_all(serde_yaml_ng::to_string(items)?.as_bytes())?,
        Format::Ndjson => {
            for i in items {
                serde_json::to_writer(&mut *out, i)?;
                out.write_all(b"\n")?;
            }
        }
    }
    Ok(())
}

/// Writes a list of rows: a table of their [`Tabular`] columns, or [`many`].
pub fn rows<E: Tabular>(
    out: &mut impl Write,
    format: Format,
    rows: &[Row<E>],
) -> anyhow::Result<()> {
    if format == Format::Table {
        let cells: Vec<Vec<String>> = rows.iter().map(E::cells).collect();
        table(out, E::COLUMNS, &cells)?;
        return Ok(());
    }
    many(out, format, rows)
}

/// A share as a whole percentage.
pub fn percent(r: f64) -> String {
    format!("{:.0}%", r * 100.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_align_wide_characters_and_cut_long_cells() {
        let mut out = Vec::new();
        let rows = vec![
            vec!["1".into(), "買い物 🛒".into()],
            vec!["2".into(), "x".repeat(100)],
            vec!["3".into(), "evil\x1b[31mred\nline".into()],
        ];
        table(&mut out, &["ID", "TITLE"], &rows).unwrap();
        let text = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], "ID  TITLE");
        assert_eq!(lines[1], "1   買い物 🛒");
        assert!(lines[2].ends_with('…'));
        assert_eq!(lines[2].width(), 4 + MAX_CELL + 1);
        assert!(
            !text.contains('\x1b'),
            "escape sequences must not reach the terminal"
        );
        assert_eq!(lines.len(), 4);
    }
}
