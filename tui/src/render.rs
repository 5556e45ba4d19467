//! Drawing: `render(&App, &mut Frame)` reads the state and never changes it.

pub use lifeos_core::model::human_size;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::app::{App, CaptureLine, LinePurpose, Screen, SyncState};
use crate::keymap::Action;
use crate::markdown;
use crate::strings;
use crate::views::{Cell, DOMAINS, FileRef, Item, Mark, Panel, PanelLine, Timer, Tone};
use lifeos_core::Timestamp;
use lifeos_core::model::{format_minutes, format_seconds};

/// Narrower than this, the detail pane only shows full screen (enter).
const SPLIT_MIN_WIDTH: u16 = 70;

/// Cuts `s` to at most `width` columns, with `…` when cut; control characters become
/// spaces.
pub fn fit(s: &str, width: usize) -> String {
    if s.width() <= width && !s.chars().any(char::is_control) {
        return s.to_owned();
    }
    // Measured per grapheme, as the terminal draws it: `0\u{fe0f}` is one cell of
    // width 2, not two characters of widths 1 and 0.
    let cells: Vec<(std::borrow::Cow<'_, str>, usize)> = s
        .graphemes(true)
        .map(|g| {
            if g.chars().any(char::is_control) {
                (std::borrow::Cow::Borrowed(" "), 1)
            } else {
                (std::borrow::Cow::Borrowed(g), g.width())
            }
        })
        .collect();
    let total: usize = cells.iter().map(|(_, w)| w).sum();
    let budget = if total > width {
        width.saturating_sub(1)
    } else {
        width
    };
    let mut out = String::new();
    let mut used = 0;
    for (g, w) in &cells {
        if used + w > budget {
            break;
        }
        used += w;
        out.push_str(g);
    }
    if total > width && width > 0 {
        out.push('…');
    }
    out
}

fn mark_text(m: Mark) -> &'static str {
    match m {
        Mark::None => "  ",
        Mark::Open => "○ ",
        Mark::Doing => "◐ ",
        Mark::Done => "✓ ",
        Mark::Pinned => "★ ",
    }
}

fn tone_style(t: Tone) -> Style {
    match t {
        Tone::Normal => Style::default(),
        Tone::Dim => Style::default().fg(Color::DarkGray),
        Tone::Alert => Style::default().fg(Color::Red),
        Tone::Strong => Style::default().fg(Color::Yellow),
    }
}

/// How a row is drawn beyond its data: the clock for timers, the selected day column.
#[derive(Clone, Copy)]
struct RowOpts<'a> {
    selected: bool,
    extra: Option<&'a str>,
    now: Timestamp,
    /// The highlighted day, counted back from today (0 = today).
    day_back: Option<usize>,
}

fn cell_span(c: Cell, highlight: bool) -> Span<'static> {
    let (text, style) = match c {
        Cell::Done => ("■", Style::default().fg(Color::Green)),
        Cell::Skipped => ("~", Style::default().fg(Color::Blue)),
        Cell::Missed => ("·", Style::default().fg(Color::Red)),
        Cell::Due => ("□", Style::default().fg(Color::Yellow)),
        Cell::Off => (" ", Style::default()),
    };
    let style = if highlight {
        style.add_modifier(Modifier::REVERSED | Modifier::BOLD)
    } else {
        style
    };
    Span::styled(text, style)
}

/// A running timer as `5h12m / 16h 32%`.
pub fn timer_text(t: &Timer, now: Timestamp) -> String {
    let mut s = format_seconds(t.elapsed(now));
    if let Some(target) = t.target_s {
        let minutes = u32::try_from(target / 60).unwrap_or(u32::MAX);
        s.push_str(&format!(" / {}", format_minutes(minutes)));
    }
    if let Some(p) = t.permille(now) {
        s.push_str(&format!(" {}%", p / 10));
    }
    s
}

/// One list row: mark, title, the day strip if any, and the meta text right-aligned
/// when it fits.
fn row_line(item: &Item, width: usize, o: RowOpts<'_>) -> Line<'static> {
    let mark = mark_text(item.mark);
    let own = match &item.timer {
        Some(t) if item.meta.is_empty() => timer_text(t, o.now),
        Some(t) => format!("{} · {}", timer_text(t, o.now), item.meta),
        None => item.meta.clone(),
    };
    let meta = match o.extra {
        Some(k) if own.is_empty() => k.to_owned(),
        Some(k) => format!("{k} · {own}"),
        None => own,
    };
    let mut room = width.saturating_sub(mark.width());
    // The strip takes what the title can spare (a title keeps 12 columns), newest days
    // kept.
    let strip_n = if item.cells.is_empty() {
        0
    } else {
        item.cells.len().min(room.saturating_sub(12 + 1))
    };
    let strip: &[Cell] = &item.cells[item.cells.len() - strip_n..];
    if strip_n > 0 {
        room -= strip_n + 1;
    }
    let meta_w = meta.width();
    let (title, meta) = if meta_w + 8 <= room {
        let t = fit(&item.title, room - meta_w - 1);
        let pad = room - t.width() - meta_w;
        (format!("{t}{}", " ".repeat(pad)), meta)
    } else {
        (fit(&item.title, room), String::new())
    };
    let (title, meta) = if strip_n > 0 {
        // The strip sits between the title and the meta: pad the title to its room.
        let meta_w = meta.width();
        let t_room = room.saturating_sub(if meta.is_empty() { 0 } else { meta_w + 1 });
        let t = fit(title.trim_end(), t_room);
        let pad = t_room.saturating_sub(t.width());
        (format!("{t}{} ", " ".repeat(pad)), meta)
    } else {
        (title, meta)
    };
    let mut style = tone_style(item.tone);
    if o.selected {
        style = style.add_modifier(Modifier::REVERSED);
    }
    let mut spans = vec![
        Span::styled(mark.to_owned(), style),
        Span::styled(title, style),
    ];
    for (i, c) in strip.iter().enumerate() {
        let back = strip_n - 1 - i;
        spans.push(cell_span(*c, o.selected && o.day_back == Some(back)));
    }
    if strip_n > 0 && !meta.is_empty() {
        spans.push(Span::styled(" ", style));
    }
    spans.push(Span::styled(meta, style.add_modifier(Modifier::DIM)));
    Line::from(spans)
}

fn block(title: String, focused: bool) -> Block<'static> {
    Block::default()
        .borders(Borders::ALL)
        .border_style(if focused {
            Style::default().fg(Color::Cyan)
        } else {
            Style::default().fg(Color::DarkGray)
        })
        .title(Span::styled(
            title,
            Style::default().add_modifier(Modifier::BOLD),
        ))
}

/// Draws the whole app.
pub fn render(app: &App, f: &mut Frame) {
    let area = f.area();
    if area.width == 0 || area.height == 0 {
        return;
    }
    let status_lines = status_lines(app, area.width, area.height);
    let [tabs, body, status] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(u16::try_from(status_lines.len()).unwrap_or(1)),
    ])
    .areas(area);
    render_tabs(app, f, tabs);
    let split = area.width >= SPLIT_MIN_WIDTH;
    if app.zoom {
        render_detail(app, f, body);
    } else if split {
        let [list, detail] =
            Layout::horizontal([Constraint::Percentage(55), Constraint::Percentage(45)])
                .areas(body);
        render_list(app, f, list);
        render_detail(app, f, detail);
    } else {
        render_list(app, f, body);
    }
    f.render_widget(Paragraph::new(status_lines), status);
    if let Some(line) = &app.capture {
        render_capture(f, body, line);
    }
    if app.help {
        render_help(app, f, area);
    }
}

fn render_tabs(app: &App, f: &mut Frame, area: Rect) {
    let current = match app.screen {
        Screen::Today => Some(0),
        Screen::Domain(d) => Some(d + 1),
        Screen::Search | Screen::Timeline => None,
    };
    let names: Vec<&str> = std::iter::once(strings::TODAY)
        .chain(DOMAINS.iter().map(|d| d.decl().title))
        .collect();
    // When every name does not fit, the other tabs show only their number.
    let full: usize = 8 + names.iter().map(|n| n.width() + 3).sum::<usize>() + 9;
    let compact = full > usize::from(area.width);
    let mut spans = vec![Span::styled(
        " LifeOS ",
        Style::default()
            .fg(Color::Black)
            .bg(Color::Cyan)
            .add_modifier(Modifier::BOLD),
    )];
    for (i, name) in names.into_iter().enumerate() {
        let style = if current == Some(i) {
            Style::default()
                .fg(Color::Cyan)
                .add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
        } else {
            Style::default().fg(Color::Gray)
        };
        spans.push(Span::raw(" "));
        // The number is the view's key (the tenth view's is 0).
        let n = (i + 1) % 10;
        if compact && current != Some(i) {
            spans.push(Span::styled(format!("{n}"), style));
        } else {
            spans.push(Span::styled(format!("{n} {name}"), style));
        }
    }
    let extra = match app.screen {
        Screen::Search => Some(format!("/ {}", strings::SEARCH)),
        Screen::Timeline => Some(format!("T {}", strings::TIMELINE)),
        _ => None,
    };
    if let Some(extra) = extra {
        spans.push(Span::raw(" "));
        spans.push(Span::styled(
            extra,
            Style::default()
                .fg(Color::Cyan)
                .add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
        ));
    }
    f.render_widget(Paragraph::new(Line::from(spans)), area);
}

fn render_list(app: &App, f: &mut Frame, area: Rect) {
    let panel = match app.screen {
        Screen::Domain(d) => app.panels.get(d).and_then(Option::as_ref),
        _ => None,
    };
    let area = match panel {
        // The panel takes what it needs, up to half the body; the list keeps 3 rows.
        Some(p) if area.height >= 8 => {
            let want = u16::try_from(p.lines.len() + 2).unwrap_or(u16::MAX);
            let h = want.min(area.height / 2).max(3);
            let [top, rest] =
                Layout::vertical([Constraint::Length(h), Constraint::Fill(1)]).areas(area);
            render_panel(app, p, f, top);
            rest
        }
        _ => area,
    };
    let width = usize::from(area.width.saturating_sub(2));
    let rows = usize::from(area.height.saturating_sub(2));
    let (title, lines): (String, Vec<Line<'static>>) = match app.screen {
        Screen::Today => today_lines(app, width, rows),
        Screen::Domain(d) => domain_lines(app, d, width, rows),
        Screen::Search => search_lines(app, width, rows),
        Screen::Timeline => timeline_lines(app, width, rows),
    };
    let p = Paragraph::new(lines).block(block(title, true));
    f.render_widget(p, area);
}

const SPARKS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/// The last values that fit `width` as a sparkline, scaled from their min to their max.
pub fn sparkline(values: &[i64], width: usize) -> String {
    let shown = &values[values.len().saturating_sub(width)..];
    let (Some(lo), Some(hi)) = (shown.iter().min(), shown.iter().max()) else {
        return String::new();
    };
    let span = i128::from(*hi) - i128::from(*lo);
    shown
        .iter()
        .map(|v| {
            let i = if span == 0 {
                3
            } else {
                (i128::from(*v) - i128::from(*lo)) * 7 / span
            };
            SPARKS[usize::try_from(i).unwrap_or(0).min(7)]
        })
        .collect()
}

/// A bar `width` wide filled to `permille` (over 1000: full).
pub fn bar(permille: u32, width: usize) -> String {
    let full = (usize::try_from(permille).unwrap_or(usize::MAX).min(1000) * width) / 1000;
    format!("{}{}", "█".repeat(full), "░".repeat(width - full))
}

fn panel_line(app: &App, line: &PanelLine, width: usize, label_w: usize) -> Line<'static> {
    let label = |l: &str| format!("{:<label_w$} ", fit(l, label_w));
    match line {
        PanelLine::Text(t, tone) => Line::styled(fit(t, width), tone_style(*tone)),
        PanelLine::Timer { label: l, timer } => {
            let text = timer_text(timer, app.now);
            let room = width.saturating_sub(label_w + 1 + text.width() + 1);
            let mut spans = vec![Span::styled(
                label(l),
                Style::default().add_modifier(Modifier::BOLD),
            )];
            if let Some(p) = timer.permille(app.now).filter(|_| room >= 4) {
                let style = if p >= 1000 {
                    Style::default().fg(Color::Green)
                } else {
                    Style::default().fg(Color::Yellow)
                };
                spans.push(Span::styled(format!("{} ", bar(p, room)), style));
            }
            spans.push(Span::raw(text));
            Line::from(spans)
        }
        PanelLine::Spark {
            label: l,
            values,
            text,
        } => graphic_line(&label(l), text, width, label_w, |room| {
            (
                format!("{:<room$} ", sparkline(values, room)),
                Style::default().fg(Color::Green),
            )
        }),
        PanelLine::Bar {
            label: l,
            permille,
            text,
        } => graphic_line(&label(l), text, width, label_w, |room| {
            let style = if *permille > 1000 {
                Style::default().fg(Color::Red)
            } else {
                Style::default().fg(Color::Green)
            };
            (format!("{} ", bar(*permille, room)), style)
        }),
    }
}

/// A panel line of a label, a graphic (a sparkline, a bar) at most 30 columns wide
/// drawn by `draw` for the room left, and `text` after it.
fn graphic_line(
    label: &str,
    text: &str,
    width: usize,
    label_w: usize,
    draw: impl FnOnce(usize) -> (String, Style),
) -> Line<'static> {
    let text = fit(text, width.saturating_sub(label_w + 1));
    let room = width.saturating_sub(label_w + 1 + text.width() + 1).min(30);
    let (graphic, style) = draw(room);
    Line::from(vec![
        Span::styled(label.to_owned(), Style::default().fg(Color::Cyan)),
        Span::styled(graphic, style),
        Span::raw(text),
    ])
}

/// The labels' column width: the longest label, at most a third of the width.
fn label_width(lines: &[PanelLine], width: usize) -> usize {
    lines
        .iter()
        .map(|l| match l {
            PanelLine::Text(..) => 0,
            PanelLine::Timer { label, .. }
            | PanelLine::Spark { label, .. }
            | PanelLine::Bar { label, .. } => label.width(),
        })
        .max()
        .unwrap_or(0)
        .min(width / 3)
}

fn render_panel(app: &App, p: &Panel, f: &mut Frame, area: Rect) {
    let width = usize::from(area.width.saturating_sub(2));
    let label_w = label_width(&p.lines, width);
    let lines: Vec<Line<'static>> = p
        .lines
        .iter()
        .map(|l| panel_line(app, l, width, label_w))
        .collect();
    let title = fit(&format!(" {} ", p.title), width);
    f.render_widget(Paragraph::new(lines).block(block(title, false)), area);
}

fn dim(text: impl Into<String>) -> Line<'static> {
    Line::styled(text.into(), Style::default().fg(Color::DarkGray))
}

fn today_lines(app: &App, width: usize, rows: usize) -> (String, Vec<Line<'static>>) {
    let title = format!(" {} · {} ", strings::TODAY, app.ctx.today);
    let Some(sections) = &app.today.sections else {
        return (title, vec![dim(strings::LOADING)]);
    };
    let mut lines = Vec::new();
    let mut n = 0;
    let mut cursor_line = 0;
    for s in sections {
        lines.push(Line::styled(
            fit(&s.title, width),
            Style::default()
                .fg(Color::Cyan)
                .add_modifier(Modifier::BOLD),
        ));
        if s.items.is_empty() {
            lines.push(dim(fit(&format!("  {}", s.empty), width)));
        }
        for item in &s.items {
            if n == app.today.cursor {
                cursor_line = lines.len();
            }
            lines.push(row_line(
                item,
                width,
                RowOpts {
                    selected: n == app.today.cursor,
                    extra: None,
                    now: app.now,
                    day_back: None,
                },
            ));
            n += 1;
        }
        if s.more > 0 {
            lines.push(dim(fit(&format!("  … and {} more", s.more), width)));
        }
        lines.push(Line::default());
    }
    let top = (cursor_line + 1).saturating_sub(rows);
    (title, lines.into_iter().skip(top).take(rows).collect())
}

fn domain_lines(app: &App, d: usize, width: usize, rows: usize) -> (String, Vec<Line<'static>>) {
    let (Some(domain), Some(l)) = (DOMAINS.get(d), app.lists.get(d)) else {
        return (String::new(), Vec::new());
    };
    let decl = domain.decl();
    let mut filter = decl
        .tabs
        .get(l.filter)
        .copied()
        .unwrap_or_default()
        .to_owned();
    if let Some(t) = &l.tag {
        filter.push_str(&format!(" · #{t}"));
    }
    let Some(total) = l.total else {
        return (
            format!(" {} · {filter} ", decl.title),
            vec![dim(strings::LOADING)],
        );
    };
    let pos = if total == 0 { 0 } else { l.cursor + 1 };
    let mut title = format!(" {} · {filter} · {pos}/{total} ", decl.title);
    let day_back = decl
        .by_day
        .then(|| usize::try_from((app.ctx.today - app.day).whole_days()).unwrap_or(0));
    if decl.by_day && app.day != app.ctx.today {
        title.push_str(&format!(
            "· day {:02}-{:02} ",
            u8::from(app.day.month()),
            app.day.day()
        ));
    }
    if total == 0 {
        let filtered = l.filter != 0 || l.tag.is_some();
        let text = if filtered {
            // Rows may exist under another filter: say which hides them.
            let tag = l.tag.as_ref().map(|t| format!(" #{t}")).unwrap_or_default();
            format!(
                "nothing under {filter}{tag}: {} next filter, {} tag",
                app.keymap.hint(Action::Filter),
                app.keymap.hint(Action::TagFilter)
            )
        } else {
            format!("{} {}", strings::EMPTY, app.keymap.hint(Action::QuickAdd))
        };
        return (title, vec![dim(text)]);
    }
    let lines = (l.top..(l.top + rows).min(total))
        .map(|i| match l.get(i) {
            Some(item) => row_line(
                item,
                width,
                RowOpts {
                    selected: i == l.cursor,
                    extra: None,
                    now: app.now,
                    day_back,
                },
            ),
            None => {
                let style = if i == l.cursor {
                    Style::default().add_modifier(Modifier::REVERSED)
                } else {
                    Style::default().fg(Color::DarkGray)
                };
                Line::styled(fit(strings::ROW_LOADING, width), style)
            }
        })
        .collect();
    (title, lines)
}

fn search_lines(app: &App, width: usize, rows: usize) -> (String, Vec<Line<'static>>) {
    let s = &app.search;
    let caret = if s.typing { "█" } else { "" };
    let title = fit(&format!(" / {}{caret} ", s.query), width);
    if s.query.is_empty() {
        return (title, vec![dim(strings::SEARCH_PROMPT)]);
    }
    if s.items.is_empty() {
        return (title, vec![dim(strings::NO_RESULTS)]);
    }
    (title, kind_rows(app, &s.items, s.cursor, width, rows))
}

/// Rows of any kinds, each marked with its kind, scrolled to keep `cursor` in view (the
/// search results and the timeline).
fn kind_rows(
    app: &App,
    items: &[Item],
    cursor: usize,
    width: usize,
    rows: usize,
) -> Vec<Line<'static>> {
    let top = (cursor + 1).saturating_sub(rows);
    items
        .iter()
        .enumerate()
        .skip(top)
        .take(rows)
        .map(|(i, item)| {
            row_line(
                item,
                width,
                RowOpts {
                    selected: i == cursor,
                    extra: Some(item.kind.name()),
                    now: app.now,
                    day_back: None,
                },
            )
        })
        .collect()
}

fn timeline_lines(app: &App, width: usize, rows: usize) -> (String, Vec<Line<'static>>) {
    let t = &app.timeline;
    let d = t.day;
    let when = if d == app.ctx.today {
        " (today)".to_owned()
    } else {
        String::new()
    };
    let title = fit(
        &format!(
            " {} · {} {} {} {}{when} ",
            strings::TIMELINE,
            d.weekday(),
            d.day(),
            d.month(),
            d.year()
        ),
        width,
    );
    let Some(items) = &t.items else {
        return (title, vec![dim(strings::LOADING)]);
    };
    if items.is_empty() {
        return (title, vec![dim(strings::NOTHING_HAPPENED)]);
    }
    (title, kind_rows(app, items, t.cursor, width, rows))
}

fn render_detail(app: &App, f: &mut Frame, area: Rect) {
    let Some(item) = app.selected() else {
        let loading = matches!(app.screen, Screen::Domain(d) if app.lists.get(d).and_then(|l| l.total).unwrap_or(0) > 0);
        let text = if loading {
            strings::LOADING
        } else {
            strings::NO_DETAIL
        };
        let p = Paragraph::new(dim(text)).block(block(" Detail ".into(), false));
        f.render_widget(p, area);
        return;
    };
    let mut lines = vec![Line::styled(
        item.title.replace(char::is_control, " "),
        Style::default().add_modifier(Modifier::BOLD),
    )];
    lines.push(Line::default());
    for (label, value) in &item.fields {
        lines.push(Line::from(vec![
            Span::styled(format!("{label:<13}"), Style::default().fg(Color::DarkGray)),
            Span::raw(value.replace(char::is_control, " ")),
        ]));
    }
    if !item.files.is_empty() {
        lines.push(Line::default());
        lines.extend(files_lines(app, &item.files));
    }
    if !item.body.is_empty() {
        lines.push(Line::default());
        lines.extend(markdown::render(&item.body));
    }
    let p = Paragraph::new(lines)
        .block(block(format!(" {} ", item.kind), app.zoom))
        .wrap(Wrap { trim: false })
        .scroll((app.detail_scroll, 0));
    f.render_widget(p, area);
}

/// The detail's "Files" section: a heading with the key that opens them, then one line
/// per file (name, size, type).
fn files_lines(app: &App, files: &[FileRef]) -> Vec<Line<'static>> {
    let key = app.keymap.hint(Action::OpenFile);
    let hint = match (key.is_empty(), files.len()) {
        (true, _) => String::new(),
        (false, 1) => format!("  {key} opens it"),
        (false, _) => format!("  {key} opens one, again the next"),
    };
    let mut lines = vec![Line::from(vec![
        Span::styled("Files", Style::default().add_modifier(Modifier::BOLD)),
        Span::styled(hint, Style::default().fg(Color::DarkGray)),
    ])];
    let gray = Style::default().fg(Color::DarkGray);
    // Names padded to a column (up to a point: a long one pushes its own line's size).
    let names: Vec<String> = files
        .iter()
        .map(|f| f.name.replace(char::is_control, " "))
        .collect();
    let name_w = names.iter().map(|n| n.width()).max().unwrap_or(0).min(28);
    for (file, name) in files.iter().zip(names) {
        let pad = " ".repeat(name_w.saturating_sub(name.width()));
        lines.push(Line::from(vec![
            Span::raw(format!("{name}{pad}")),
            Span::styled(format!("  {:>7}", human_size(file.size)), gray),
            Span::styled(
                format!("  {}", file.media_type.replace(char::is_control, " ")),
                gray,
            ),
        ]));
    }
    lines
}

/// `text` broken at spaces into lines of at most `width` columns (a word longer than a
/// line is cut where it must be).
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split(' ') {
        let sep = usize::from(!line.is_empty());
        if line.width() + sep + word.width() <= width {
            if sep == 1 {
                line.push(' ');
            }
            line.push_str(word);
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        let mut rest = word;
        while rest.width() > width {
            let mut used = 0;
            let cut = rest
                .char_indices()
                .find(|(_, c)| {
                    used += c.width().unwrap_or(0);
                    used > width
                })
                .map_or(rest.len(), |(i, _)| i);
            lines.push(rest[..cut].to_owned());
            rest = &rest[cut..];
        }
        line.push_str(rest);
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// The status line: the profile, changes pending, the sync state, then the message. A
/// message that does not fit beside them gets lines of its own below, wrapped at words
/// (up to a third of the screen), so it is never cut mid-sentence.
fn status_lines(app: &App, width: u16, height: u16) -> Vec<Line<'static>> {
    let mut spans = vec![Span::styled(
        format!(" {} ", app.profile),
        Style::default().fg(Color::Black).bg(Color::Cyan),
    )];
    spans.push(Span::raw(match app.pending {
        Some(n) => format!(" {n} pending "),
        None => " … pending ".into(),
    }));
    let (sync, style) = match &app.sync {
        SyncState::Off => ("sync off".to_owned(), Style::default().fg(Color::DarkGray)),
        SyncState::Idle => (
            "not synced".to_owned(),
            Style::default().fg(Color::DarkGray),
        ),
        SyncState::Running => ("syncing…".to_owned(), Style::default().fg(Color::Yellow)),
        SyncState::Done(s) => (format!("synced: {s}"), Style::default().fg(Color::Green)),
        SyncState::Failed(_) => ("sync failed".to_owned(), Style::default().fg(Color::Red)),
    };
    spans.push(Span::styled(format!("│ {sync} "), style));
    let Some(m) = &app.message else {
        spans.push(Span::styled(
            format!("│ {} help", app.keymap.hint(Action::Help)),
            Style::default().fg(Color::DarkGray),
        ));
        return vec![Line::from(spans)];
    };
    let style = if m.error {
        Style::default().fg(Color::Red).add_modifier(Modifier::BOLD)
    } else {
        Style::default().fg(Color::Green)
    };
    let text = m.text.replace(char::is_control, " ");
    let width = usize::from(width);
    let used: usize = spans.iter().map(|s| s.content.width()).sum();
    if used + 2 + text.width() <= width {
        spans.push(Span::styled(format!("│ {text}"), style));
        return vec![Line::from(spans)];
    }
    let room = usize::from(height / 3).max(1).saturating_sub(1).max(1);
    let mut wrapped = wrap(&text, width.saturating_sub(1));
    if wrapped.len() > room {
        wrapped.truncate(room);
        if let Some(last) = wrapped.last_mut() {
            *last = fit(&format!("{last} …"), width.saturating_sub(1));
        }
    }
    let mut lines = vec![Line::from(spans)];
    if height > 2 {
        lines.extend(
            wrapped
                .into_iter()
                .map(|l| Line::from(Span::styled(format!(" {l}"), style))),
        );
    } else {
        // No room for more lines: the message alone, as much as fits.
        lines = vec![Line::from(Span::styled(fit(&text, width), style))];
    }
    lines
}

fn render_capture(f: &mut Frame, body: Rect, line: &CaptureLine) {
    let text = line.text.as_str();
    if body.height == 0 {
        return;
    }
    let area = Rect {
        y: body.y + body.height - 1,
        height: 1,
        ..body
    };
    let d = DOMAINS.get(line.domain);
    let tagging = line.purpose == LinePurpose::Tag;
    let label = if tagging {
        format!(" {} with tag › ", d.map_or("", |d| d.kind().plural()))
    } else {
        format!(" {} › ", d.map_or(String::new(), |d| d.capture_label()))
    };
    let mut spans = vec![Span::styled(
        label.clone(),
        Style::default().fg(Color::Black).bg(Color::Yellow),
    )];
    let room = usize::from(area.width).saturating_sub(label.width() + 1);
    // Show the end of a long line, where the typing happens.
    let shown: String = {
        let mut w = 0;
        let mut rev: Vec<char> = Vec::new();
        for c in text.chars().rev() {
            w += c.width().unwrap_or(0);
            if w > room {
                break;
            }
            rev.push(c);
        }
        rev.into_iter().rev().collect()
    };
    spans.push(Span::raw(shown));
    spans.push(Span::styled("█", Style::default().fg(Color::Yellow)));
    if text.is_empty() {
        let hint = if tagging {
            "empty: all"
        } else {
            d.map_or("", |d| d.decl().capture_hint)
        };
        spans.push(Span::styled(
            format!(" {hint}"),
            Style::default().fg(Color::DarkGray),
        ));
    }
    f.render_widget(Clear, area);
    f.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// The help overlay's layout in a terminal of `area`: its entries (keys, what they do),
/// the columns' widths, how many columns and rows, and how many rows show at once.
struct HelpGrid {
    entries: Vec<(String, String)>,
    keys_w: usize,
    text_w: usize,
    cols: usize,
    rows: usize,
    shown: usize,
}

fn help_grid(app: &App, area: Rect) -> HelpGrid {
    // View keys name their view; keys for views that do not exist are left out.
    let entries: Vec<(String, String)> = app
        .keymap
        .help_entries()
        .into_iter()
        .filter_map(|(action, keys, text)| match action {
            Action::View(n) => {
                let i = usize::from(n).checked_sub(1)?;
                let name = if i == 0 {
                    strings::TODAY
                } else {
                    DOMAINS.get(i - 1)?.decl().title
                };
                Some((keys, format!("go to {name}")))
            }
            _ => Some((keys, text.to_owned())),
        })
        .collect();
    let inner_w = usize::from(area.width.saturating_sub(2)).max(1);
    let keys_w = entries
        .iter()
        .map(|(k, _)| k.width())
        .max()
        .unwrap_or(0)
        .min(16)
        .min(inner_w / 3);
    // A narrow terminal cuts the texts, never the keys.
    let text_w = entries
        .iter()
        .map(|(_, t)| t.width())
        .max()
        .unwrap_or(0)
        .min(inner_w.saturating_sub(keys_w + 2));
    let col_w = keys_w + 2 + text_w + 2;
    let shown = usize::from(area.height.saturating_sub(2)).max(1);
    let fit_cols = (inner_w / col_w.max(1)).max(1);
    let cols = entries.len().div_ceil(shown).clamp(1, fit_cols);
    let rows = entries.len().div_ceil(cols);
    HelpGrid {
        entries,
        keys_w,
        text_w,
        cols,
        rows,
        shown: shown.min(rows),
    }
}

/// The help's rows, and how many show at once in the app's terminal: what `j`/`k`
/// scroll over.
pub fn help_rows(app: &App) -> (usize, usize) {
    let g = help_grid(app, Rect::new(0, 0, app.size.0, app.size.1));
    (g.rows, g.shown)
}

fn render_help(app: &App, f: &mut Frame, area: Rect) {
    let g = help_grid(app, area);
    let (keys_w, text_w) = (g.keys_w, g.text_w);
    let col_w = keys_w + 2 + text_w + 2;
    let w = area
        .width
        .min(u16::try_from(col_w * g.cols + 2).unwrap_or(u16::MAX));
    let h = area
        .height
        .min(u16::try_from(g.shown + 2).unwrap_or(u16::MAX));
    let rect = Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    };
    let top = usize::from(app.help_scroll).min(g.rows.saturating_sub(g.shown));
    let lines: Vec<Line<'static>> = (top..top + g.shown)
        .map(|r| {
            let mut spans = Vec::new();
            for c in 0..g.cols {
                if let Some((keys, text)) = g.entries.get(c * g.rows + r) {
                    spans.push(Span::styled(
                        format!("{:<keys_w$}  ", fit(keys, keys_w)),
                        Style::default().fg(Color::Cyan),
                    ));
                    spans.push(Span::raw(format!(
                        "{:<w$}  ",
                        fit(text, text_w),
                        w = text_w
                    )));
                }
            }
            Line::from(spans)
        })
        .collect();
    let title = if g.rows > g.shown {
        fit(
            &format!(
                " Keys {}–{} of {} (j k scroll, ? closes) ",
                top + 1,
                top + g.shown,
                g.rows
            ),
            usize::from(w.saturating_sub(2)),
        )
    } else {
        strings::HELP_TITLE.into()
    };
    f.render_widget(Clear, rect);
    f.render_widget(Paragraph::new(lines).block(block(title, true)), rect);
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;

    #[test]
    fn wrap_breaks_at_words_and_never_loses_text() {
        assert_eq!(wrap("one two three", 7), vec!["one two", "three"]);
        assert_eq!(wrap("abcdefghij", 4), vec!["abcd", "efgh", "ij"]);
        assert_eq!(wrap("", 5), vec![""]);
        let text =
            "not saved: fields.title: is longer than 500 characters; your text is kept in /tmp/x";
        for w in 1..40 {
            let lines = wrap(text, w);
            assert!(lines.iter().all(|l| l.width() <= w), "{w}: {lines:?}");
            assert_eq!(lines.join("").replace(' ', ""), text.replace(' ', ""));
        }
    }

    #[test]
    fn fit_counts_columns_not_bytes() {
        assert_eq!(fit("hello", 10), "hello");
        assert_eq!(fit("hello world", 6), "hello…");
        assert_eq!(fit("日本語テキスト", 7), "日本語…");
        assert_eq!(fit("🎉🎉🎉", 4), "🎉…");
        assert_eq!(fit("a\tb", 5), "a b");
        assert_eq!(fit("abc", 0), "");
        // An emoji presentation selector makes one grapheme two columns wide.
        assert!(fit("0\u{fe0f}0\u{fe0f}", 3).width() <= 3);
        for w in 0..12 {
            assert!(fit("日本語 mixed 🎉 text", w).width() <= w);
        }
    }
}
