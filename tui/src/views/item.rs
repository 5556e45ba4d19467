//! What the worker hands the UI to draw: rows ([`Item`]), panels, Today sections and
//! texts to edit, all plain data computed from the store, so drawing never reads it.

use lifeos_core::{Entity, EntityKind, Id, Row, Timestamp};

/// How a row's check mark looks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    /// No mark.
    None,
    /// An open task.
    Open,
    /// A task in progress.
    Doing,
    /// A finished task.
    Done,
    /// A pinned note.
    Pinned,
}

/// How a row is coloured.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    /// Plain.
    Normal,
    /// Finished or unimportant.
    Dim,
    /// Needs attention (overdue).
    Alert,
    /// Important (high priority, today).
    Strong,
}

/// A row ready to show: built on the worker, drawn by the UI as is.
#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    /// Its kind.
    pub kind: EntityKind,
    /// Its id.
    pub id: Id,
    /// The version shown (edits expect it).
    pub version: i64,
    /// The main text.
    pub title: String,
    /// Short text on the right (due date, tags).
    pub meta: String,
    /// Check mark.
    pub mark: Mark,
    /// Colour.
    pub tone: Tone,
    /// Detail fields, label and value.
    pub fields: Vec<(&'static str, String)>,
    /// Detail body, Markdown.
    pub body: String,
    /// Day cells drawn between title and meta, oldest first, the last one today (a
    /// habit's last weeks); empty for most rows.
    pub cells: Vec<Cell>,
    /// A running clock shown in the meta (a running fast), redrawn every second.
    pub timer: Option<Timer>,
    /// The row's live attachments, by name (filled by the worker for every answer).
    pub files: Vec<FileRef>,
}

/// An attachment of a row, as its detail lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileRef {
    /// The attachment's id.
    pub id: Id,
    /// The file's name.
    pub name: String,
    /// Its size in bytes.
    pub size: u64,
    /// Its media type.
    pub media_type: String,
}

impl Item {
    /// A plain row of `row` titled `title`: no mark, normal tone, no fields, body, cells
    /// or timer.
    pub fn of<E: Entity>(row: &Row<E>, title: String) -> Self {
        Self {
            kind: E::KIND,
            id: row.kernel.id,
            version: row.kernel.version,
            title,
            meta: String::new(),
            mark: Mark::None,
            tone: Tone::Normal,
            fields: Vec::new(),
            body: String::new(),
            cells: Vec::new(),
            timer: None,
            files: Vec::new(),
        }
    }
}

/// One day of a habit's strip.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cell {
    /// Checked in as done.
    Done,
    /// Excused.
    Skipped,
    /// Due and not done (a past day).
    Missed,
    /// Due today and not done yet.
    Due,
    /// Not due, or before the habit began.
    Off,
}

/// A clock that runs from `since`: the UI computes the elapsed time from its own tick.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Timer {
    /// When it started.
    pub since: Timestamp,
    /// The goal, in seconds.
    pub target_s: Option<i64>,
}

impl Timer {
    /// Seconds elapsed at `now` (never negative).
    pub fn elapsed(&self, now: Timestamp) -> i64 {
        (now.datetime() - self.since.datetime())
            .whole_seconds()
            .max(0)
    }

    /// Progress toward the target in thousandths (may pass 1000), if there is one.
    pub fn permille(&self, now: Timestamp) -> Option<u32> {
        let t = self.target_s.filter(|t| *t > 0)?;
        let p = i128::from(self.elapsed(now)) * 1000 / i128::from(t);
        Some(u32::try_from(p).unwrap_or(u32::MAX))
    }
}

/// One line of a view's panel.
#[derive(Clone, Debug, PartialEq)]
pub enum PanelLine {
    /// A line of text.
    Text(String, Tone),
    /// A live timer with a progress bar toward its target.
    Timer {
        /// What it is.
        label: String,
        /// The clock.
        timer: Timer,
    },
    /// A sparkline of recent values (oldest first) after a label, with text after it.
    Spark {
        /// The label.
        label: String,
        /// The values, in any integer unit.
        values: Vec<i64>,
        /// Shown after the sparkline (the latest value).
        text: String,
    },
    /// A bar filled to `permille` (may pass 1000: over), with text after it.
    Bar {
        /// The label.
        label: String,
        /// The fill, in thousandths.
        permille: u32,
        /// Shown after the bar.
        text: String,
    },
}

/// What a view shows above its list, computed on the worker.
#[derive(Clone, Debug, PartialEq)]
pub struct Panel {
    /// Its heading.
    pub title: String,
    /// Its lines.
    pub lines: Vec<PanelLine>,
}

/// One section of the Today screen.
#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    /// Its heading.
    pub title: String,
    /// The rows shown.
    pub items: Vec<Item>,
    /// How many more match than are shown.
    pub more: usize,
    /// What to say when there is nothing.
    pub empty: &'static str,
}

/// Text to edit in `$EDITOR`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EditDoc {
    /// The text.
    pub text: String,
    /// The file extension (so the editor highlights it).
    pub ext: &'static str,
}

/// Rows shown per Today section at most.
pub const TODAY_LIMIT: usize = 50;

impl Section {
    /// A section titled `heading (total)` showing the first [`TODAY_LIMIT`] of `items`
    /// (which may already be cut there) and counting the rest of `total` as more.
    pub(crate) fn counted(
        heading: &str,
        total: usize,
        mut items: Vec<Item>,
        empty: &'static str,
    ) -> Self {
        items.truncate(TODAY_LIMIT);
        Self {
            title: format!("{heading} ({total})"),
            more: total.saturating_sub(items.len()),
            items,
            empty,
        }
    }
}
