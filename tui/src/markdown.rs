//! Markdown to styled terminal lines: headings, emphasis, lists, code, quotes, links,
//! tables (aligned columns under a bold header). Wrapping is left to the paragraph that
//! shows the lines.

use pulldown_cmark::{Alignment, CodeBlockKind, Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

struct Renderer {
    lines: Vec<Line<'static>>,
    spans: Vec<Span<'static>>,
    styles: Vec<Style>,
    /// Open lists: `None` bullets, `Some(n)` the next number.
    lists: Vec<Option<u64>>,
    quote: usize,
    in_code: bool,
    link: Vec<String>,
    /// The table being read, if in one.
    table: Option<Table>,
}

/// A Markdown table being read: its columns' alignment, its header and body rows.
#[derive(Default)]
struct Table {
    align: Vec<Alignment>,
    head: Vec<Vec<String>>,
    rows: Vec<Vec<String>>,
    in_head: bool,
}

impl Table {
    fn cell_text(&mut self, t: &str) {
        let rows = if self.in_head {
            &mut self.head
        } else {
            &mut self.rows
        };
        if let Some(cell) = rows.last_mut().and_then(|r| r.last_mut()) {
            cell.push_str(&t.replace(char::is_control, " "));
        }
    }

    /// The table as lines: cells padded to their column's width and alignment, ` │ `
    /// between columns, a rule under the header.
    fn lines(&self, prefix: &[Span<'static>]) -> Vec<Line<'static>> {
        let n = self
            .head
            .iter()
            .chain(&self.rows)
            .map(Vec::len)
            .max()
            .unwrap_or(0);
        let mut widths = vec![0; n];
        for r in self.head.iter().chain(&self.rows) {
            for (w, c) in widths.iter_mut().zip(r) {
                *w = (*w).max(c.width());
            }
        }
        let line = |r: &Vec<String>, style: Style| {
            let mut spans = prefix.to_vec();
            for (i, w) in widths.iter().enumerate() {
                let c = r.get(i).map_or("", String::as_str);
                let pad = w.saturating_sub(c.width());
                let (left, right) = match self.align.get(i) {
                    Some(Alignment::Right) => (pad, 0),
                    Some(Alignment::Center) => (pad / 2, pad - pad / 2),
                    _ => (0, pad),
                };
                if i > 0 {
                    spans.push(Span::styled(" │ ", Style::default().fg(Color::DarkGray)));
                }
                spans.push(Span::styled(
                    format!("{}{c}{}", " ".repeat(left), " ".repeat(right)),
                    style,
                ));
            }
            Line::from(spans)
        };
        let mut out: Vec<Line<'static>> = self
            .head
            .iter()
            .map(|r| line(r, Style::default().add_modifier(Modifier::BOLD)))
            .collect();
        if !self.head.is_empty() {
            let rule: Vec<String> = widths.iter().map(|w| "─".repeat(*w)).collect();
            let mut spans = prefix.to_vec();
            spans.push(Span::styled(
                rule.join("─┼─"),
                Style::default().fg(Color::DarkGray),
            ));
            out.push(Line::from(spans));
        }
        out.extend(self.rows.iter().map(|r| line(r, Style::default())));
        out
    }
}

impl Renderer {
    fn style(&self) -> Style {
        self.styles.last().copied().unwrap_or_default()
    }

    fn push_style(&mut self, f: impl FnOnce(Style) -> Style) {
        let s = f(self.style());
        self.styles.push(s);
    }

    fn prefix(&self) -> Vec<Span<'static>> {
        let mut p = Vec::new();
        if self.quote > 0 {
            p.push(Span::styled(
                "│ ".repeat(self.quote),
                Style::default().fg(Color::DarkGray),
            ));
        }
        p
    }

    fn flush(&mut self) {
        if self.spans.is_empty() {
            return;
        }
        let mut spans = self.prefix();
        spans.append(&mut self.spans);
        self.lines.push(Line::from(spans));
    }

    fn blank(&mut self) {
        self.flush();
        if self.lines.last().is_some_and(|l| !l.spans.is_empty()) {
            self.lines.push(Line::default());
        }
    }

    fn text(&mut self, t: &str) {
        if let Some(table) = &mut self.table {
            table.cell_text(t);
            return;
        }
        let style = self.style();
        if self.in_code {
            for (i, part) in t.split('\n').enumerate() {
                if i > 0 {
                    self.flush();
                }
                if !part.is_empty() {
                    self.spans.push(Span::styled(format!("  {part}"), style));
                }
            }
        } else {
            self.spans.push(Span::styled(t.to_owned(), style));
        }
    }
}

/// Renders Markdown as lines.
pub fn render(md: &str) -> Vec<Line<'static>> {
    let mut r = Renderer {
        lines: Vec::new(),
        spans: Vec::new(),
        styles: Vec::new(),
        lists: Vec::new(),
        quote: 0,
        in_code: false,
        link: Vec::new(),
        table: None,
    };
    let opts = Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TASKLISTS | Options::ENABLE_TABLES;
    for ev in Parser::new_ext(md, opts) {
        match ev {
            Event::Start(tag) => match tag {
                Tag::Heading { level, .. } => {
                    r.blank();
                    let color = match level {
                        HeadingLevel::H1 => Color::Cyan,
                        HeadingLevel::H2 => Color::Blue,
                        _ => Color::Magenta,
                    };
                    r.push_style(|s| s.fg(color).add_modifier(Modifier::BOLD));
                    if level == HeadingLevel::H1 {
                        r.push_style(|s| s.add_modifier(Modifier::UNDERLINED));
                    }
                }
                Tag::Paragraph if r.lists.is_empty() => r.blank(),
                Tag::Emphasis => r.push_style(|s| s.add_modifier(Modifier::ITALIC)),
                Tag::Strong => r.push_style(|s| s.add_modifier(Modifier::BOLD)),
                Tag::Strikethrough => r.push_style(|s| s.add_modifier(Modifier::CROSSED_OUT)),
                Tag::BlockQuote(_) => {
                    r.blank();
                    r.quote += 1;
                    r.push_style(|s| s.add_modifier(Modifier::ITALIC));
                }
                Tag::CodeBlock(kind) => {
                    r.blank();
                    r.in_code = true;
                    if let CodeBlockKind::Fenced(lang) = kind
                        && !lang.is_empty()
                    {
                        r.lines.push(Line::styled(
                            format!("  ─ {lang}"),
                            Style::default().fg(Color::DarkGray),
                        ));
                    }
                    r.push_style(|s| s.fg(Color::Yellow));
                }
                Tag::List(start) => {
                    if r.lists.is_empty() {
                        r.blank();
                    } else {
                        r.flush();
                    }
                    r.lists.push(start);
                }
                Tag::Item => {
                    r.flush();
                    let depth = r.lists.len().saturating_sub(1);
                    let marker = match r.lists.last_mut() {
                        Some(Some(n)) => {
                            let m = format!("{n}. ");
                            *n += 1;
                            m
                        }
                        _ => "• ".to_owned(),
                    };
                    r.spans.push(Span::styled(
                        format!("{}{marker}", "  ".repeat(depth)),
                        Style::default().fg(Color::Cyan),
                    ));
                }
                Tag::Table(align) => {
                    r.blank();
                    r.table = Some(Table {
                        align,
                        ..Table::default()
                    });
                }
                Tag::TableHead => {
                    if let Some(t) = &mut r.table {
                        t.in_head = true;
                        t.head.push(Vec::new());
                    }
                }
                Tag::TableRow => {
                    if let Some(t) = &mut r.table {
                        t.rows.push(Vec::new());
                    }
                }
                Tag::TableCell => {
                    if let Some(t) = &mut r.table {
                        let rows = if t.in_head { &mut t.head } else { &mut t.rows };
                        if let Some(row) = rows.last_mut() {
                            row.push(String::new());
                        }
                    }
                }
                Tag::Link { dest_url, .. } if r.table.is_none() => {
                    r.link.push(dest_url.to_string());
                    r.push_style(|s| s.fg(Color::Blue).add_modifier(Modifier::UNDERLINED));
                }
                _ => {}
            },
            Event::End(tag) => match tag {
                TagEnd::Heading(level) => {
                    r.styles.pop();
                    if level == HeadingLevel::H1 {
                        r.styles.pop();
                    }
                    r.flush();
                }
                TagEnd::Paragraph => r.flush(),
                TagEnd::Emphasis | TagEnd::Strong | TagEnd::Strikethrough => {
                    r.styles.pop();
                }
                TagEnd::BlockQuote(_) => {
                    r.flush();
                    r.styles.pop();
                    r.quote = r.quote.saturating_sub(1);
                }
                TagEnd::CodeBlock => {
                    r.flush();
                    r.styles.pop();
                    r.in_code = false;
                }
                TagEnd::List(_) => {
                    r.flush();
                    r.lists.pop();
                }
                TagEnd::Item => r.flush(),
                TagEnd::TableHead => {
                    if let Some(t) = &mut r.table {
                        t.in_head = false;
                    }
                }
                TagEnd::Table => {
                    if let Some(t) = r.table.take() {
                        let prefix = r.prefix();
                        r.lines.extend(t.lines(&prefix));
                    }
                }
                TagEnd::Link if r.table.is_none() => {
                    r.styles.pop();
                    if let Some(url) = r.link.pop() {
                        r.spans.push(Span::styled(
                            format!(" <{url}>"),
                            Style::default().fg(Color::DarkGray),
                        ));
                    }
                }
                _ => {}
            },
            Event::Text(t) => r.text(&t),
            Event::Code(t) if r.table.is_some() => r.text(&t),
            Event::Code(t) => r.spans.push(Span::styled(
                format!("`{t}`"),
                Style::default().fg(Color::Yellow),
            )),
            Event::SoftBreak => r.spans.push(Span::raw(" ")),
            Event::HardBreak => r.flush(),
            Event::Rule => {
                r.blank();
                r.lines.push(Line::styled(
                    "─".repeat(20),
                    Style::default().fg(Color::DarkGray),
                ));
            }
            Event::TaskListMarker(done) => {
                r.spans.push(Span::raw(if done { "[x] " } else { "[ ] " }))
            }
            Event::Html(t) | Event::InlineHtml(t) => r.text(&t),
            _ => {}
        }
    }
    r.flush();
    while r.lines.first().is_some_and(|l| l.spans.is_empty()) {
        r.lines.remove(0);
    }
    r.lines
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;

    fn plain(md: &str) -> Vec<String> {
        render(md).iter().map(|l| l.to_string()).collect()
    }

    #[test]
    fn readable_markdown() {
        let out = plain(
            "# Title\n\nSome *em* and **strong** `code`.\n\n- one\n- two\n  1. a\n  2. b\n\n> quoted\n\n```rust\nfn x() {}\n```\n\n[site](https://x.org)",
        );
        assert_eq!(
            out,
            [
                "Title",
                "",
                "Some em and strong `code`.",
                "",
                "• one",
                "• two",
                "  1. a",
                "  2. b",
                "",
                "│ quoted",
                "",
                "  ─ rust",
                "  fn x() {}",
                "",
                "site <https://x.org>",
            ]
        );
        let h = render("# Title");
        assert!(h[0].spans[0].style.add_modifier.contains(Modifier::BOLD));
    }

    #[test]
    fn tables_render_as_tables() {
        let out = plain(
            "Costs:\n\n| item | price |\n|:-----|------:|\n| tea  | 3.50 |\n| 日本茶 | 12 |\n\nafter",
        );
        assert_eq!(
            out,
            [
                "Costs:",
                "",
                "item   │ price",
                "───────┼──────",
                "tea    │  3.50",
                "日本茶 │    12",
                "",
                "after",
            ]
        );
        // A ragged table (fewer cells in a row) still lines up.
        let out = plain("| a | b |\n|---|---|\n| 1 |\n");
        assert_eq!(out[2], "1 │  ");
    }

    #[test]
    fn odd_input_never_panics() {
        for md in [
            "",
            "\n\n",
            "- ",
            "```",
            "> > >",
            "日本語 **🎉**",
            "*unclosed",
            "<b>html</b>",
            "1. \n2.",
            "| a |\n|---|\n| [x](y) **b** `c` |",
            "|x|\n|-|",
        ] {
            let _ = render(md);
        }
    }
}
