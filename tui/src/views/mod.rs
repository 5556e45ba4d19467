//! The views. Each life domain is one module implementing [`Domain`]: its list (filters,
//! order, how a row looks), its detail, quick capture, complete, edit, and its section of
//! the Today screen. [`DOMAINS`] lists them in tab order; adding a domain (habits,
//! fasting, finance…) is one module and one line there, and nothing else changes.
//!
//! The `Domain` methods that take a `Store` run on the worker thread only.

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
    /// Completes/reopens (tasks) or pins/unpins (notes); returns what happened, or
    /// `None` if the kind has no such toggle.
    fn complete(&self, store: &mut Store, id: Id, version: i64) -> anyhow::Result<Option<String>>;
    /// Soft-deletes.
    fn delete(&self, store: &mut Store, id: Id, version: i64) -> Result<(), StoreError>;
    /// Restores a soft-deleted row.
    fn restore(&self, store: &mut Store, id: Id) -> Result<(), StoreError>;
    /// The row as text to edit.
    fn edit_doc(&self, store: &Store, id: Id) -> anyhow::Result<EditDoc>;
    /// Saves an edited text, if the row is still at `version`.
    fn save_doc(&self, store: &mut Store, id: Id, version: i64, text: &str) -> anyhow::Result<()>;
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

/// Tags as `#a #b`.
pub fn tag_text(tags: &[String]) -> String {
    tags.iter()
        .map(|t| format!("#{t}"))
        .collect::<Vec<_>>()
        .join(" ")
}
