//! The views. Each life domain is one module declaring a [`View`]: only what is its own
//! (its entity, title, filter tabs, order, how a row looks, quick capture, what `x`
//! does, its section of the Today screen, its panel). What is the same for every list
//! view is written once here, in the [`Domain`] every `View` is: listing the ids under
//! a tab and a tag, loading a window of rows, the search index (the entity's declared
//! [`Entity::SEARCH_FIELDS`], nothing restated), delete, restore and YAML editing.
//! [`DOMAINS`] lists them in tab order; adding a domain is one module and one line
//! there, and nothing else changes.
//!
//! Richer views add, all computed on the worker and drawn as data (see [`item`]): a
//! [`Panel`] above the list (a live fast timer with its gauge, sparklines, bars,
//! streaks), a strip of day [`Cell`]s on a row (a habit's last weeks), and a [`Timer`]
//! on a row that the UI redraws every second from the clock, never from the database.
//!
//! The methods that take a `Store` run on the worker thread only.

pub(crate) mod faith;
pub(crate) mod fasting;
pub(crate) mod finance;
pub(crate) mod habits;
pub(crate) mod health;
mod item;
mod notes;
mod people;
mod places;
mod tasks;

use anyhow::Context;
use lifeos_core::store::{Filter, ListQuery, SortKey, Store, StoreError};
use lifeos_core::{Entity, EntityKind, Id, Row, Timestamp};
use time::{Date, UtcOffset};

pub use item::{
    Cell, EditDoc, FileRef, Item, Mark, Panel, PanelLine, Section, TODAY_LIMIT, Timer, Tone,
};
use lifeos_core::capture::Capture;

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

/// A view's plain facts, for the UI: what its tab and capture line say, and which
/// keys and requests apply to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Decl {
    /// The tab title.
    pub title: &'static str,
    /// The filter tabs `f` cycles through ([`View::tab`] says what each selects); the
    /// first is the default.
    pub tabs: &'static [&'static str],
    /// Shown in the empty quick-capture line.
    pub capture_hint: &'static str,
    /// Whether rows are checked in per day (`x` and `s` act on the selected day).
    pub by_day: bool,
    /// Whether the view has a panel above its list (so one is asked for).
    pub panel: bool,
}

impl Decl {
    /// A plain list: one tab, `all`; no days, no panel. Views start from it
    /// (`..Decl::LIST`).
    pub const LIST: Decl = Decl {
        title: "",
        tabs: &["all"],
        capture_hint: "",
        by_day: false,
        panel: false,
    };
}

/// What one view declares. Everything not declared here is generic (see [`Domain`]);
/// the defaults are what a plain list does.
pub trait View: Sync + 'static {
    /// The kind it lists.
    type Row: Entity;
    /// What a window of rows needs besides the rows to be shown (habits' check-ins,
    /// the accounts of transactions), loaded once per window by [`View::join`]; `()`
    /// for most views.
    type Joined: Default;

    /// Its plain facts.
    const DECL: Decl;
    /// The list order (ties by id).
    const ORDER: &'static [SortKey];

    /// What tab `tab` of [`Decl::tabs`] selects; the tag filter is added to it.
    fn tab(_tab: usize, _ctx: &Ctx) -> Vec<Filter> {
        Vec::new()
    }
    /// Loads what [`View::show`] needs for the rows `ids`.
    fn join(_store: &Store, _ids: &[Id]) -> Result<Self::Joined, StoreError> {
        Ok(Self::Joined::default())
    }
    /// A row, ready to show.
    fn show(row: &Row<Self::Row>, joined: &Self::Joined, ctx: &Ctx) -> Item;

    /// Reads a quick-capture line (on the UI thread, so a bad line stays in the prompt
    /// with its error). The default is the tasks-and-notes short syntax.
    fn parse(line: &str, ctx: &Ctx) -> Result<Capture, String> {
        lifeos_core::capture::parse(line, ctx.today, ctx.offset)
    }
    /// Creates a row from a capture line; returns its title.
    fn create(store: &mut Store, c: Capture) -> anyhow::Result<String>;
    /// The quick-capture line's label.
    fn capture_label() -> String {
        format!("add {}", Self::Row::KIND.name())
    }
    /// The message after quick capture made `title` (what `create` returned).
    fn created(title: &str) -> String {
        format!("added {}: {title}", Self::Row::KIND)
    }

    /// Its section of the Today screen, if it has one.
    fn today(_store: &Store, _ctx: &Ctx) -> Result<Option<Section>, StoreError> {
        Ok(None)
    }
    /// The panel shown above the list, if [`Decl::panel`].
    fn panel(_store: &Store, _ctx: &Ctx) -> Result<Option<Panel>, StoreError> {
        Ok(None)
    }
    /// Completes/reopens (tasks), pins/unpins (notes), stops the running fast, marks
    /// today's readings read; returns what happened, or `None` if the kind has no such
    /// toggle.
    fn complete(
        _store: &mut Store,
        _id: Id,
        _version: i64,
        _ctx: &Ctx,
    ) -> anyhow::Result<Option<String>> {
        Ok(None)
    }
    /// Checks in (or skips) row `id` on `day`, if [`Decl::by_day`]; doing it again
    /// undoes it. `None` if the kind is not checked in by day.
    fn check(
        _store: &mut Store,
        _id: Id,
        _day: Date,
        _skip: bool,
        _ctx: &Ctx,
    ) -> anyhow::Result<Option<String>> {
        Ok(None)
    }

    /// Soft-deletes the row at `version`.
    fn delete(store: &mut Store, id: Id, version: i64) -> Result<(), StoreError> {
        store.delete::<Self::Row>(id, Some(version)).map(|_| ())
    }
    /// The row as text to edit: its fields as YAML.
    fn edit_doc(store: &Store, id: Id) -> anyhow::Result<EditDoc> {
        let row = store.get::<Self::Row>(id)?;
        Ok(EditDoc {
            text: serde_yaml_ng::to_string(&row.fields)?,
            ext: "yaml",
        })
    }
    /// Saves an edited text, if the row is still at `version`.
    fn save_doc(store: &mut Store, id: Id, version: i64, text: &str) -> anyhow::Result<()> {
        save_yaml::<Self::Row>(store, id, version, text, |_, _, _| {})
    }
}

/// Saves YAML fields over the row; `fix` reconciles derived fields (a task's
/// `completed_at`) from the old fields to the new.
pub(crate) fn save_yaml<E: Entity>(
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

/// The rows `ids` of view `V`, ready to show, in the order given.
pub(crate) fn items<V: View>(
    store: &Store,
    ids: &[Id],
    ctx: &Ctx,
) -> Result<Vec<Item>, StoreError> {
    let joined = V::join(store, ids)?;
    Ok(store
        .get_many::<V::Row>(ids)?
        .iter()
        .map(|r| V::show(r, &joined, ctx))
        .collect())
}

/// A Today section of the rows of `V` with `ids` (already in order): `heading (n)`
/// over the first [`TODAY_LIMIT`].
pub(crate) fn section<V: View>(
    store: &Store,
    ctx: &Ctx,
    heading: &str,
    ids: &[Id],
    empty: &'static str,
) -> Result<Section, StoreError> {
    let shown = items::<V>(store, &ids[..ids.len().min(TODAY_LIMIT)], ctx)?;
    Ok(Section::counted(heading, ids.len(), shown, empty))
}

/// Every string inside the declared search fields of every live row of `E`, with the
/// row's id, in id order: what fuzzy search scores. A list (of strings, or of objects)
/// gives each of its strings, as [`Entity::matches_text`] looks inside them.
fn search_texts<E: Entity>(store: &Store) -> Result<Vec<(Id, String)>, StoreError> {
    fn strings(v: &serde_json::Value, out: &mut Vec<String>) {
        match v {
            serde_json::Value::String(s) if !s.is_empty() => out.push(s.clone()),
            serde_json::Value::Array(a) => a.iter().for_each(|v| strings(v, out)),
            serde_json::Value::Object(m) => m.values().for_each(|v| strings(v, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for r in store.list::<E>(&ListQuery::default())? {
        let Ok(serde_json::Value::Object(m)) = serde_json::to_value(&r.fields) else {
            continue;
        };
        let mut texts = Vec::new();
        for f in E::SEARCH_FIELDS {
            if let Some(v) = m.get(*f) {
                strings(v, &mut texts);
            }
        }
        out.extend(texts.into_iter().map(|t| (r.kernel.id, t)));
    }
    Ok(out)
}

/// A view as the UI and the worker use it, whatever its entity: every [`View`] is one.
pub trait Domain: Sync {
    /// Its plain facts.
    fn decl(&self) -> &'static Decl;
    /// The kind it lists.
    fn kind(&self) -> EntityKind;
    /// The ids of the rows under tab `tab` (and with `tag`, if given), in list order.
    fn ids(
        &self,
        store: &Store,
        tab: usize,
        tag: Option<&str>,
        ctx: &Ctx,
    ) -> Result<Vec<Id>, StoreError>;
    /// These rows, ready to show, in the order given.
    fn items(&self, store: &Store, ids: &[Id], ctx: &Ctx) -> Result<Vec<Item>, StoreError>;
    /// The searchable texts of every live row, with its id (several per row).
    fn search_texts(&self, store: &Store) -> Result<Vec<(Id, String)>, StoreError>;
    /// See [`View::today`].
    fn today(&self, store: &Store, ctx: &Ctx) -> Result<Option<Section>, StoreError>;
    /// See [`View::panel`].
    fn panel(&self, store: &Store, ctx: &Ctx) -> Result<Option<Panel>, StoreError>;
    /// See [`View::parse`].
    fn parse(&self, line: &str, ctx: &Ctx) -> Result<Capture, String>;
    /// See [`View::create`].
    fn create(&self, store: &mut Store, c: Capture) -> anyhow::Result<String>;
    /// See [`View::capture_label`].
    fn capture_label(&self) -> String;
    /// See [`View::created`].
    fn created(&self, title: &str) -> String;
    /// See [`View::complete`].
    fn complete(
        &self,
        store: &mut Store,
        id: Id,
        version: i64,
        ctx: &Ctx,
    ) -> anyhow::Result<Option<String>>;
    /// See [`View::check`].
    fn check(
        &self,
        store: &mut Store,
        id: Id,
        day: Date,
        skip: bool,
        ctx: &Ctx,
    ) -> anyhow::Result<Option<String>>;
    /// See [`View::delete`].
    fn delete(&self, store: &mut Store, id: Id, version: i64) -> Result<(), StoreError>;
    /// Restores a soft-deleted row.
    fn restore(&self, store: &mut Store, id: Id) -> Result<(), StoreError>;
    /// See [`View::edit_doc`].
    fn edit_doc(&self, store: &Store, id: Id) -> anyhow::Result<EditDoc>;
    /// See [`View::save_doc`].
    fn save_doc(&self, store: &mut Store, id: Id, version: i64, text: &str) -> anyhow::Result<()>;
}

impl<V: View> Domain for V {
    fn decl(&self) -> &'static Decl {
        &V::DECL
    }
    fn kind(&self) -> EntityKind {
        V::Row::KIND
    }
    fn ids(
        &self,
        store: &Store,
        tab: usize,
        tag: Option<&str>,
        ctx: &Ctx,
    ) -> Result<Vec<Id>, StoreError> {
        let mut filters = V::tab(tab, ctx);
        // A kind without tags has no row with one: the list is empty.
        filters.extend(tag.map(|t| Filter::HasTag(t.to_owned())));
        store.ids::<V::Row>(&filters, V::ORDER)
    }
    fn items(&self, store: &Store, ids: &[Id], ctx: &Ctx) -> Result<Vec<Item>, StoreError> {
        items::<V>(store, ids, ctx)
    }
    fn search_texts(&self, store: &Store) -> Result<Vec<(Id, String)>, StoreError> {
        search_texts::<V::Row>(store)
    }
    fn today(&self, store: &Store, ctx: &Ctx) -> Result<Option<Section>, StoreError> {
        V::today(store, ctx)
    }
    fn panel(&self, store: &Store, ctx: &Ctx) -> Result<Option<Panel>, StoreError> {
        V::panel(store, ctx)
    }
    fn parse(&self, line: &str, ctx: &Ctx) -> Result<Capture, String> {
        V::parse(line, ctx)
    }
    fn create(&self, store: &mut Store, c: Capture) -> anyhow::Result<String> {
        V::create(store, c)
    }
    fn capture_label(&self) -> String {
        V::capture_label()
    }
    fn created(&self, title: &str) -> String {
        V::created(title)
    }
    fn complete(
        &self,
        store: &mut Store,
        id: Id,
        version: i64,
        ctx: &Ctx,
    ) -> anyhow::Result<Option<String>> {
        V::complete(store, id, version, ctx)
    }
    fn check(
        &self,
        store: &mut Store,
        id: Id,
        day: Date,
        skip: bool,
        ctx: &Ctx,
    ) -> anyhow::Result<Option<String>> {
        V::check(store, id, day, skip, ctx)
    }
    fn delete(&self, store: &mut Store, id: Id, version: i64) -> Result<(), StoreError> {
        V::delete(store, id, version)
    }
    fn restore(&self, store: &mut Store, id: Id) -> Result<(), StoreError> {
        store.restore::<V::Row>(id, None).map(|_| ())
    }
    fn edit_doc(&self, store: &Store, id: Id) -> anyhow::Result<EditDoc> {
        V::edit_doc(store, id)
    }
    fn save_doc(&self, store: &mut Store, id: Id, version: i64, text: &str) -> anyhow::Result<()> {
        V::save_doc(store, id, version, text)
    }
}

/// The domain of a kind.
pub fn domain_of(kind: EntityKind) -> Option<&'static dyn Domain> {
    DOMAINS.iter().copied().find(|d| d.kind() == kind)
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
