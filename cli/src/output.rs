//! Rendering rows as table, JSON, YAML or ndjson. Machine formats use the wire names
//! and wire values (UTC); tables show local time and are meant for people.

use std::io::{self, Write};

use lifeos_core::model::{
    Account, Budget, Due, Fast, HabitCheckin, Note, Person, Place, Task, Transaction,
    format_minutes, format_seconds,
};
use lifeos_core::store::Store;
use lifeos_core::{Entity, Row, Timestamp};
use serde::Serialize;
use serde_json::Value;
use std::sync::atomic::{AtomicUsize, Ordering};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::args::Format;
use crate::parse::local_offset;

/// The width tables fit when no terminal says otherwise.
pub const DEFAULT_WIDTH: usize = 80;

/// A table's room: the width it must fit (the terminal's), or none (`--wide`: every
/// cell whole, ids in full).
static WIDTH: AtomicUsize = AtomicUsize::new(DEFAULT_WIDTH);

/// Fewest characters an id is shortened to in a table, as git abbreviates hashes.
pub const MIN_ID_PREFIX: usize = 7;

/// Sets how tables are laid out for this process: `wide` shows everything, else tables
/// fit `width` columns.
pub fn set_layout(wide: bool, width: usize) {
    WIDTH.store(if wide { 0 } else { width.max(20) }, Ordering::Relaxed);
}

/// The width tables fit, or `None` with `--wide`.
pub fn width() -> Option<usize> {
    match WIDTH.load(Ordering::Relaxed) {
        0 => None,
        w => Some(w),
    }
}

/// The terminal's width on stdout, else `$COLUMNS`, else [`DEFAULT_WIDTH`].
pub fn terminal_width() -> usize {
    if let Some((terminal_size::Width(w), _)) = terminal_size::terminal_size_of(io::stdout())
        && w > 0
    {
        return usize::from(w);
    }
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse().ok())
        .filter(|&w| w > 0)
        .unwrap_or(DEFAULT_WIDTH)
}

/// The columns an entity shows in a table.
pub trait Tabular: Entity {
    /// Column headers.
    const COLUMNS: &'static [&'static str];
    /// The columns holding ids of this kind, shortened in a table to their shortest
    /// unique prefix.
    const ID_COLUMNS: &'static [usize] = &[0];
    /// One cell per column.
    fn cells(row: &Row<Self>) -> Vec<String>;
}

/// Every id of one kind, tombstones included, in order: what an id's shortest unique
/// prefix is found among, so a prefix shown is one the naming rule takes back.
pub struct IdIndex(Vec<String>);

impl IdIndex {
    /// The ids of `E` in `store`.
    pub fn of<E: Entity>(store: &Store) -> anyhow::Result<Self> {
        let mut stmt = store
            .connection()
            .prepare(&format!("SELECT id FROM {} ORDER BY id", E::KIND.table()))?;
        let ids = stmt
            .query_map([], |r| r.get::<_, String>(0))?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Self(ids))
    }

    /// The shortest prefix of `id` (at least [`MIN_ID_PREFIX`] characters) that no other
    /// id of the kind starts with; `id` itself if it is not one of them.
    pub fn short(&self, id: &str) -> String {
        let Ok(i) = self.0.binary_search_by(|x| x.as_str().cmp(id)) else {
            return id.to_owned();
        };
        let common = |other: Option<&String>| {
            other.map_or(0, |o| {
                o.bytes()
                    .zip(id.bytes())
                    .take_while(|(a, b)| a == b)
                    .count()
            })
        };
        let before = i.checked_sub(1).and_then(|j| self.0.get(j));
        let need = common(before).max(common(self.0.get(i + 1))) + 1;
        id.chars().take(need.max(MIN_ID_PREFIX)).collect()
    }
}

/// Shortens the ids of kind `E` in columns `columns` of `cells` (unless `--wide`).
pub fn short_ids<E: Entity>(
    store: &Store,
    cells: &mut [Vec<String>],
    columns: &[usize],
) -> anyhow::Result<()> {
    if width().is_none() || cells.is_empty() {
        return Ok(());
    }
    let index = IdIndex::of::<E>(store)?;
    for row in cells {
        for &c in columns {
            if let Some(cell) = row.get_mut(c)
                && !cell.is_empty()
            {
                // A cell may carry a mark after the id (`… (deleted)`).
                let (id, rest) = cell.split_at(cell.find(' ').unwrap_or(cell.len()));
                *cell = format!("{}{rest}", index.short(id));
            }
        }
    }
    Ok(())
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
    const COLUMNS: &'static [&'static str] =
        &["ID", "STATUS", "PRI", "DUE", "PROJECT", "TITLE", "TAGS"];
    fn cells(row: &Row<Self>) -> Vec<String> {
        let t = &row.fields;
        // A recurring instance says so after its title.
        let title = match &t.recur {
            Some(r) => format!("{} ↻ {}", t.title, r.rule),
            None => t.title.clone(),
        };
        vec![
            row.kernel.id.to_string(),
            t.status.as_str().into(),
            match t.priority.as_str() {
                "none" => String::new(),
                p => p.into(),
            },
            due_cell(t.due),
            t.project.clone(),
            deleted_mark(row, title),
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
            p.birthday.map(|b| b.shown()).unwrap_or_default(),
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
    const ID_COLUMNS: &'static [usize] = &[0, 5];
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

/// Makes a cell safe: control characters (escape sequences, newlines) become spaces.
fn clean(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// `s` cut to `width` display columns, with `…` where it was cut.
fn cut(s: &str, width: usize) -> String {
    if s.width() <= width {
        return s.to_owned();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        used += w;
        out.push(c);
    }
    out.push('…');
    out
}

/// Whether a cell is a number, an amount or a quantity (`-12.50`, `1,234.56 EUR`, `45%`,
/// `72.4 kg`, `120/80 mmHg`, `7h 30m`): such columns are right-aligned.
fn is_number(s: &str) -> bool {
    let mut words = s.split(' ');
    let first = words.next().unwrap_or_default();
    // A sign only in front: `2026-12-01` is a date, not a number.
    let numeric = |w: &str| {
        let digits = w.strip_prefix(['-', '+']).unwrap_or(w);
        digits.starts_with(|c: char| c.is_ascii_digit())
            && digits
                .chars()
                .all(|c| c.is_ascii_digit() || ",.'/%".contains(c))
    };
    let duration = |w: &str| {
        w.starts_with(|c: char| c.is_ascii_digit())
            && w.chars().all(|c| c.is_ascii_digit() || "dhms".contains(c))
    };
    let rest: Vec<&str> = words.collect();
    if duration(first) {
        return rest.iter().all(|w| duration(w));
    }
    numeric(first)
        && match rest.as_slice() {
            [] => true,
            // A unit or currency after the number: one short word without digits.
            [unit] => unit.chars().count() <= 6 && !unit.chars().any(|c| c.is_ascii_digit()),
            _ => false,
        }
}

/// Whether a cell is a date or a time (`2026-12-01`, `2026-12-01 09:30`), which is never
/// cut.
fn is_date(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_digit())
        && s.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '-' | ':' | ' ' | 'T' | 'W'))
}

/// Writes an aligned table (no borders; two spaces between columns) that fits the
/// terminal ([`width`]): while it is too wide the widest text column is cut (with `…`);
/// numbers, amounts and dates are never cut, and numbers and amounts are right-aligned.
pub fn table(out: &mut impl Write, headers: &[&str], rows: &[Vec<String>]) -> io::Result<()> {
    table_in(out, width(), headers, rows)
}

/// [`table`] in `room` columns (`None`: as wide as it takes).
pub fn table_in(
    out: &mut impl Write,
    room: Option<usize>,
    headers: &[&str],
    rows: &[Vec<String>],
) -> io::Result<()> {
    let rows: Vec<Vec<String>> = rows
        .iter()
        .map(|r| r.iter().map(|c| clean(c)).collect())
        .collect();
    let n = headers.len();
    let column = |i: usize| {
        rows.iter()
            .filter_map(move |r| r.get(i))
            .filter(|c| !c.is_empty())
    };
    let right: Vec<bool> = (0..n)
        .map(|i| {
            headers[i] != "ID" && column(i).next().is_some() && column(i).all(|c| is_number(c))
        })
        .collect();
    let fixed: Vec<bool> = (0..n)
        .map(|i| {
            right[i]
                || headers[i] == "ID"
                || (column(i).next().is_some() && column(i).all(|c| is_date(c)))
        })
        .collect();
    let mut widths: Vec<usize> = headers.iter().map(|h| h.width()).collect();
    for r in &rows {
        for (w, c) in widths.iter_mut().zip(r) {
            *w = (*w).max(c.width());
        }
    }
    if let Some(room) = room {
        // A text column gives way down to its header's width (at least 8 columns).
        let least: Vec<usize> = (0..n)
            .map(|i| widths[i].min(headers[i].width().max(8)))
            .collect();
        let total = |w: &[usize]| w.iter().sum::<usize>() + 2 * n.saturating_sub(1);
        while total(&widths) > room {
            let Some(i) = (0..n)
                .filter(|&i| !fixed[i] && widths[i] > least[i])
                .max_by_key(|&i| (widths[i], std::cmp::Reverse(i)))
            else {
                break;
            };
            widths[i] -= 1;
        }
    }
    let line = |out: &mut dyn Write, cells: &mut dyn Iterator<Item = &str>| -> io::Result<()> {
        let mut s = String::new();
        for (i, c) in cells.enumerate().take(n) {
            if i > 0 {
                s.push_str("  ");
            }
            let c = cut(c, widths[i]);
            let pad = widths[i].saturating_sub(c.width());
            if right[i] {
                s.extend(std::iter::repeat_n(' ', pad));
                s.push_str(&c);
            } else {
                s.push_str(&c);
                s.extend(std::iter::repeat_n(' ', pad));
            }
        }
        writeln!(out, "{}", s.trim_end())
    };
    line(out, &mut headers.iter().copied())?;
    for r in &rows {
        line(out, &mut r.iter().map(String::as_str))?;
    }
    Ok(())
}

/// A value as a person reads it: an instant in local time (the wire's are UTC), a
/// list as `a, b`.
fn value_text(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) if s.len() >= 20 && s.ends_with('Z') => Timestamp::parse(s)
            .map(local_time)
            .unwrap_or_else(|_| s.clone()),
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
                let text = value_text(v);
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

/// Writes a list of rows: a table of their [`Tabular`] columns (ids shortened among
/// `store`'s), or [`many`].
pub fn rows<E: Tabular>(
    out: &mut impl Write,
    format: Format,
    store: &Store,
    rows: &[Row<E>],
) -> anyhow::Result<()> {
    if format == Format::Table {
        let mut cells: Vec<Vec<String>> = rows.iter().map(E::cells).collect();
        short_ids::<E>(store, &mut cells, E::ID_COLUMNS)?;
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

    fn text(room: Option<usize>, headers: &[&str], rows: &[Vec<String>]) -> String {
        let mut out = Vec::new();
        table_in(&mut out, room, headers, rows).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn tables_align_wide_characters_and_clean_cells() {
        let rows = vec![
            vec!["1".into(), "買い物 🛒".into()],
            vec!["2".into(), "x".repeat(100)],
            vec!["3".into(), "evil\x1b[31mred\nline".into()],
        ];
        let text = text(Some(80), &["ID", "TITLE"], &rows);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], "ID  TITLE");
        assert_eq!(lines[1], "1   買い物 🛒");
        assert!(lines[2].ends_with('…'));
        assert_eq!(lines[2].width(), 80);
        assert!(
            !text.contains('\x1b'),
            "escape sequences must not reach the terminal"
        );
        assert_eq!(lines.len(), 4);
    }

    #[test]
    fn a_table_fits_its_width_cutting_the_widest_text_first() {
        let rows = vec![
            vec![
                "01KBF3Q".into(),
                "2026-12-01 09:30".into(),
                "A title that goes on and on well past any terminal's edge, really".into(),
                "tags and more tags".into(),
                "-1,234.56 EUR".into(),
            ],
            vec![
                "01KBF3R".into(),
                String::new(),
                "short".into(),
                String::new(),
                "5.00 EUR".into(),
            ],
        ];
        let headers = ["ID", "DUE", "TITLE", "TAGS", "AMOUNT"];
        for room in [80, 70, 62] {
            let t = text(Some(room), &headers, &rows);
            for l in t.lines() {
                assert!(l.width() <= room, "{room}: {l:?} is {}", l.width());
            }
            // The date, the id and the amount stay whole; the title gives way first.
            assert!(
                t.contains("2026-12-01 09:30") && t.contains("-1,234.56 EUR"),
                "{t}"
            );
            assert!(t.contains('…'), "{t}");
        }
        let t = text(Some(90), &headers, &rows);
        assert!(
            t.contains("tags and more tags"),
            "the widest column is cut first: {t}"
        );
        // Amounts are right-aligned, header too.
        let lines: Vec<&str> = t.lines().collect();
        assert!(lines[0].ends_with("  AMOUNT"), "{t}");
        assert!(lines[2].ends_with("   5.00 EUR"), "{t}");
        // Without a width (--wide) nothing is cut.
        let t = text(None, &headers, &rows);
        assert!(t.contains("really") && !t.contains('…'), "{t}");
    }

    #[test]
    fn numbers_and_text() {
        for n in [
            "12",
            "-12.50",
            "1,234.56 EUR",
            "45%",
            "72.4 kg",
            "120/80 mmHg",
            "7h 30m",
            "16h",
            "+0.3 kg",
        ] {
            assert!(is_number(n), "{n}");
        }
        for t in [
            "1 Main St",
            "Buy milk",
            "2026-12-01 09:30x",
            "-",
            "yes",
            "12 monkeys dancing",
        ] {
            assert!(!is_number(t), "{t}");
        }
    }

    #[test]
    fn ids_shorten_to_their_shortest_unique_prefix() {
        let index = IdIndex(vec![
            "01KBF3QAAAAAAAAAAAAAAAAAAA".into(),
            "01KBF3QAABAAAAAAAAAAAAAAAA".into(),
            "01KBF9ZZZZZZZZZZZZZZZZZZZZ".into(),
        ]);
        assert_eq!(index.short("01KBF3QAAAAAAAAAAAAAAAAAAA"), "01KBF3QAAA");
        assert_eq!(index.short("01KBF3QAABAAAAAAAAAAAAAAAA"), "01KBF3QAAB");
        assert_eq!(index.short("01KBF9ZZZZZZZZZZZZZZZZZZZZ"), "01KBF9Z");
        assert_eq!(
            index.short("01KBFXXXXXXXXXXXXXXXXXXXXX"),
            "01KBFXXXXXXXXXXXXXXXXXXXXX"
        );
    }
}
