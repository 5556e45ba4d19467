//! The views. Each life domain is one module implementing [`Domain`]: its list (filters,
//! order, how a row looks), its detail, quick capture, complete, edit, and its section of
//! the Today screen. [`DOMAINS`] lists them in tab order; adding a domain is one module
//! and one line there, and nothing else changes.
//!
//! Richer views add, all computed on the worker and drawn as data: a [`Panel`] above
//! the list (a live fast timer with its gauge, sparklines, bars, streaks), a strip of
//! day [`Cell`]s on a row (a habit's last weeks), and a [`Timer`] on a row that the UI
//! redraws every second from the clock, never from the database.
//!
//! The `Domain` methods that take a `Store` run on the worker thread only.

pub(crate) mod faith;
pub(crate) mod fasting;
pub(crate) mod finance;
pub(crate) mod habits;
pub(crate) mod health;
mod notes;
mod people;
mod places;
mod tasks;

use anyhow::Context;
use lifeos_core::store::{Filter, Store, StoreError};
use lifeos_core::{Entity, EntityKind, Id, Row, Timestamp};
use serde::Serialize;
use serde::de::DeserializeOwned;
use time::{Date, UtcOffset};

use crate::capture::Capture;

/// Every domain view, in tab order after Today.
pub static DOMAINS: &[&dyn Domain] = &[
    &tasks::Tasks,
    &notes::Notes,
    &people::People,
    &places::Places,
    &habits::Habits,
    &fasting::Fasting,
    &health::Health,
    &faith::Faith,
    &finance::Finance,
];

/// What a domain needs to know about "now".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ctx {
    /// Today's local date.
    pub today: Date,
    /// The local offset (times are shown in local time).
    pub offset: UtcOffset,
}

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
}

impl Item {
    /// A plain row: no mark, normal tone, no cells, no timer.
    pub fn plain(kind: EntityKind, id: Id, version: i64, title: String) -> Self {
        Self {
            kind,
            id,
            version,
            title,
            meta: String::new(),
            mark: Mark::None,
            tone: Tone::Normal,
            fields: Vec::new(),
            body: String::new(),
            cells: Vec::new(),
            timer: None,
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

/// One life domain's view.
pub trait Domain: Sync {
    /// The tab title.
    fn title(&self) -> &'static str;
    /// The kind it lists.
    fn kind(&self) -> EntityKind;
    /// The filters `f` cycles through; the first is the default.
    fn filters(&self) -> &'static [&'static str];
    /// Shown in the quick-capture line.
    fn capture_hint(&self) -> &'static str;
    /// The text field fuzzy search looks at.
    fn search_field(&self) -> &'static str;

    /// The ids of the rows under `filter` (and with `tag`, if given), in list order.
    fn ids(
        &self,
        store: &Store,
        filter: usize,
        tag: Option<&str>,
        ctx: &Ctx,
    ) -> Result<Vec<Id>, StoreError>;
    /// These rows, ready to show, in the order given.
    fn items(&self, store: &Store, ids: &[Id], ctx: &Ctx) -> Result<Vec<Item>, StoreError>;
    /// The id and search text of every live row.
    fn texts(&self, store: &Store) -> Result<Vec<(Id, String)>, StoreError>;
    /// Its section of the Today screen, if it has one.
    fn today(&self, store: &Store, ctx: &Ctx) -> Result<Option<Section>, StoreError>;
    /// Creates a row from a capture line; returns its title.
    fn create(&self, store: &mut Store, c: Capture) -> anyhow::Result<String>;
    /// Completes/reopens (tasks), pins/unpins (notes), stops the running fast, marks
    /// today's readings read; returns what happened, or `None` if the kind has no such
    /// toggle.
    fn complete(
        &self,
        store: &mut Store,
        id: Id,
        version: i64,
        ctx: &Ctx,
    ) -> anyhow::Result<Option<String>>;
    /// Soft-deletes.
    fn delete(&self, store: &mut Store, id: Id, version: i64) -> Result<(), StoreError>;
    /// Restores a soft-deleted row.
    fn restore(&self, store: &mut Store, id: Id) -> Result<(), StoreError>;
    /// The row as text to edit.
    fn edit_doc(&self, store: &Store, id: Id) -> anyhow::Result<EditDoc>;
    /// Saves an edited text, if the row is still at `version`.
    fn save_doc(&self, store: &mut Store, id: Id, version: i64, text: &str) -> anyhow::Result<()>;

    /// Reads a quick-capture line (on the UI thread, so a bad line stays in the prompt
    /// with its error). The default is the tasks-and-notes short syntax.
    fn parse(&self, line: &str, ctx: &Ctx) -> Result<Capture, String> {
        crate::capture::parse(line, ctx.today, ctx.offset)
    }
    /// The quick-capture line's label.
    fn capture_label(&self) -> String {
        format!("add {}", self.kind().name())
    }
    /// The message after quick capture made `title` (what `create` returned).
    fn created(&self, title: &str) -> String {
        format!("added {}: {title}", self.kind())
    }
    /// Whether a row is checked in per day (`x` and `s` act on the selected day).
    fn by_day(&self) -> bool {
        false
    }
    /// Checks in (or skips) row `id` on `day`; doing it again undoes it. `None` if the
    /// kind is not checked in by day.
    fn check(
        &self,
        _store: &mut Store,
        _id: Id,
        _day: Date,
        _skip: bool,
        _ctx: &Ctx,
    ) -> anyhow::Result<Option<String>> {
        Ok(None)
    }
    /// Whether the view has a panel (so one is asked for).
    fn has_panel(&self) -> bool {
        false
    }
    /// The panel shown above the list, if the view has one.
    fn panel(&self, _store: &Store, _ctx: &Ctx) -> Result<Option<Panel>, StoreError> {
        Ok(None)
    }
}

/// `filters` plus "has this tag" when a tag is given.
pub(crate) fn with_tag(mut filters: Vec<Filter>, tag: Option<&str>) -> Vec<Filter> {
    if let Some(t) = tag {
        filters.push(Filter::HasTag(t.to_owned()));
    }
    filters
}

/// The domain of a kind.
pub fn domain_of(kind: EntityKind) -> Option<&'static dyn Domain> {
    DOMAINS.iter().copied().find(|d| d.kind() == kind)
}

/// Rows to items with a per-kind function.
pub(crate) fn items_of<E: Entity>(
    store: &Store,
    ids: &[Id],
    ctx: &Ctx,
    show: fn(&Row<E>, &Ctx) -> Item,
) -> Result<Vec<Item>, StoreError> {
    Ok(store
        .get_many::<E>(ids)?
        .iter()
        .map(|r| show(r, ctx))
        .collect())
}

/// Soft-deletes a row of `E` at `version`.
pub(crate) fn delete<E: Entity>(store: &mut Store, id: Id, version: i64) -> Result<(), StoreError> {
    store.delete::<E>(id, Some(version)).map(|_| ())
}

/// Restores a row of `E`.
pub(crate) fn restore<E: Entity>(store: &mut Store, id: Id) -> Result<(), StoreError> {
    store.restore::<E>(id, None).map(|_| ())
}

/// The row's fields as YAML.
pub(crate) fn yaml_doc<E: Entity>(store: &Store, id: Id) -> anyhow::Result<EditDoc> {
    let row = store.get::<E>(id)?;
    Ok(EditDoc {
        text: serde_yaml_ng::to_string(&row.fields)?,
        ext: "yaml",
    })
}

/// Saves YAML fields over the row; `fix` reconciles derived fields (a task's
/// `completed_at`) from the old fields to the new.
pub(crate) fn yaml_save<E: Entity + Serialize + DeserializeOwned>(
    store: &mut Store,
    id: Id,
    version: i64,
    text: &str,
    fix: fn(&E, &mut E, Timestamp),
) -> anyhow::Result<()> {
    let new: E =
        serde_yaml_ng::from_str(text).context("the edited text is not valid YAML for it")?;
    store.update::<E>(id, Some(version), |fields, now| {
        let mut new = new;
        fix(fields, &mut new, now);
        *fields = new;
        Ok(())
    })?;
    Ok(())
}

/// A timestamp in local time, to the minute.
pub fn local_time(t: Timestamp, offset: UtcOffset) -> String {
    let dt = t.datetime().to_offset(offset);
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02}",
        dt.year(),
        u8::from(dt.month()),
        dt.day(),
        dt.hour(),
        dt.minute()
    )
}

/// A local date of a timestamp.
pub fn local_date(t: Timestamp, offset: UtcOffset) -> Date {
    t.datetime().to_offset(offset).date()
}

/// A share 0..=1 as `80%`.
pub fn percent(r: f64) -> String {
    format!("{:.0}%", (r * 100.0).clamp(0.0, 100.0))
}

/// Tags as `#a #b`.
pub fn tag_text(tags: &[String]) -> String {
    tags.iter()
        .map(|t| format!("#{t}"))
        .collect::<Vec<_>>()
        .join(" ")
}
