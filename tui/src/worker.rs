//! The database worker: one thread that owns the `Store` and answers requests over
//! channels, so the UI thread never waits on SQLite. It keeps the ordered ids of each
//! list it was asked for (one query), so a page of a 100,000-row list is a lookup of
//! one window of rows by id.

use std::collections::{HashMap, HashSet};
use std::sync::mpsc::{Receiver, Sender};

use anyhow::Context;
use lifeos_core::entity::KindVisitor;
use lifeos_core::model::{Attachment, Fast, HabitCheckin};
use lifeos_core::query::Filter;
use lifeos_core::record::Record;
use lifeos_core::search::SearchQuery;
use lifeos_core::store::{ListQuery, LocalBlob, Store, StoreError};
use lifeos_core::{Entity, EntityKind, Id, Timestamp};
use nucleo_matcher::pattern::{CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher, Utf32Str};

use crate::FetchFn;
use crate::views::{Ctx, DOMAINS, Domain, EditDoc, FileRef, Item, Panel, Section, domain_of};
use lifeos_core::capture::Capture;

/// A row an action is about, as the UI last saw it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ItemRef {
    /// Its kind.
    pub kind: EntityKind,
    /// Its id.
    pub id: Id,
    /// The version shown.
    pub version: i64,
    /// Its title, for messages.
    pub title: String,
}

impl From<&Item> for ItemRef {
    fn from(i: &Item) -> Self {
        Self {
            kind: i.kind,
            id: i.id,
            version: i.version,
            title: i.title.clone(),
        }
    }
}

/// What `u` undoes: the rows one change wrote, as they were before it (a row the change
/// made, as a tombstone). Undoing writes them back as new versions, so the undo syncs
/// like any edit.
#[derive(Clone, Debug, PartialEq)]
pub struct Undo {
    /// What the change was (`done: buy milk`), for the message.
    pub label: String,
    /// The rows as they were.
    pub rows: Vec<Record>,
}

/// What the UI asks of the worker.
#[derive(Clone, Debug, PartialEq)]
pub enum Request {
    /// A window of a domain's list under a filter.
    Page {
        /// The domain (index in `DOMAINS`).
        domain: usize,
        /// The filter.
        filter: usize,
        /// Only rows with this tag.
        tag: Option<String>,
        /// First row.
        start: usize,
        /// Rows.
        len: usize,
    },
    /// The Today screen's sections.
    Today,
    /// Search across every domain.
    Search {
        /// The query.
        query: String,
        /// Answers to older queries are dropped.
        seq: u64,
    },
    /// One local day's events across every kind.
    Timeline(time::Date),
    /// Quick capture.
    Create {
        /// The domain.
        domain: usize,
        /// The parsed line.
        capture: Capture,
    },
    /// Complete / pin.
    Complete(ItemRef),
    /// Soft-delete.
    Delete(ItemRef),
    /// Undo a delete.
    Restore(ItemRef),
    /// Undo a change: write its rows back as they were.
    Undo(Undo),
    /// The row as text for `$EDITOR`.
    EditLoad(ItemRef),
    /// Save edited text.
    EditSave {
        /// The row.
        item: ItemRef,
        /// The edited text.
        text: String,
        /// Where the text is kept if saving fails.
        path: String,
    },
    /// A view's panel (the fast timer, sparklines, streaks).
    Panel(usize),
    /// Check in (or skip) a row kept by day (a habit) on a day; again undoes it.
    Check {
        /// The row.
        item: ItemRef,
        /// The day.
        day: time::Date,
        /// Skip rather than done.
        skip: bool,
    },
    /// Start a fast, or stop the running one.
    Fast,
    /// The outbox length.
    Pending,
    /// Forget cached lists (after a sync or on refresh).
    Reload,
    /// Open an attachment with the opener, fetching its blob first if this device lacks
    /// it.
    OpenFile {
        /// The attachment.
        file: FileRef,
        /// Which of the row's files it is (1-based), for the message.
        nth: usize,
        /// How many files the row has.
        of: usize,
    },
}

/// What the worker answers.
#[derive(Clone, Debug, PartialEq)]
pub enum Response {
    /// A window of a list.
    Page {
        /// The domain.
        domain: usize,
        /// The filter.
        filter: usize,
        /// The tag filter.
        tag: Option<String>,
        /// Its first row.
        start: usize,
        /// Rows in the whole list.
        total: usize,
        /// The rows.
        items: Vec<Item>,
    },
    /// Today's sections.
    Today(Vec<Section>),
    /// Search results, best first.
    Search {
        /// The query's sequence number.
        seq: u64,
        /// The rows.
        items: Vec<Item>,
    },
    /// A day's events: a row each, its time and what happened in its meta.
    Timeline {
        /// The day.
        day: time::Date,
        /// The rows, in the order of the events.
        items: Vec<Item>,
    },
    /// Something changed; a one-line message says what.
    Changed(String),
    /// A row was deleted (undo can restore it).
    Deleted(ItemRef),
    /// The change just answered can be undone so.
    Undoable(Undo),
    /// Text to edit.
    EditDoc {
        /// The row.
        item: ItemRef,
        /// The text.
        doc: EditDoc,
    },
    /// A view's panel.
    Panel {
        /// The domain.
        domain: usize,
        /// The panel (`None`: the view has none).
        panel: Option<Panel>,
    },
    /// Rows waiting to be pushed.
    Pending(u64),
    /// A sync round ended.
    Synced(Result<String, String>),
    /// A read failed; one line.
    Error(String),
    /// A change was refused (a conflict, a rule); one line. What is shown reloads.
    Refused(String),
    /// An attachment was handed to the opener (`opened NAME (2 of 3)`), or why not (one
    /// line).
    Opened(Result<String, String>),
}

impl Request {
    /// Whether the request changes rows.
    pub fn is_change(&self) -> bool {
        matches!(
            self,
            Request::Create { .. }
                | Request::Complete(_)
                | Request::Delete(_)
                | Request::Restore(_)
                | Request::Undo(_)
                | Request::EditSave { .. }
                | Request::Check { .. }
                | Request::Fast
        )
    }
}

/// Search results shown at most.
pub const SEARCH_LIMIT: usize = 100;

/// What the worker may use besides the store: how to fetch a blob this device lacks,
/// and the program that opens files.
#[derive(Clone, Default)]
pub struct Extras {
    /// Fetches a blob from the profile's server (None when not logged in).
    pub fetch: Option<FetchFn>,
    /// The program attachments are opened with (given the file's path); None:
    /// `$LIFEOS_OPENER`, else the system's opener.
    pub opener: Option<std::ffi::OsString>,
}

struct Worker {
    store: Store,
    ctx: Ctx,
    extras: Extras,
    ids: HashMap<(usize, usize, Option<String>), Vec<Id>>,
    /// The search index: (domain, row, one of its texts), row by row.
    index: Option<Vec<(usize, Id, String)>>,
}

/// The domain at index `i` of [`DOMAINS`].
fn view(i: usize) -> anyhow::Result<&'static dyn Domain> {
    DOMAINS
        .get(i)
        .copied()
        .ok_or_else(|| anyhow::anyhow!("no view {i}"))
}

/// The error and its causes on one line, each said once (a cause its error's text already
/// includes is not repeated).
pub(crate) fn one_line(e: &anyhow::Error) -> String {
    let mut out = String::new();
    for cause in e.chain() {
        let text = cause.to_string();
        if out.contains(&text) {
            continue;
        }
        if !out.is_empty() {
            out.push_str(": ");
        }
        out.push_str(&text);
    }
    out.replace('\n', " ")
}

/// The stored record of one row of any kind, if there is one.
struct Snapshot<'a> {
    store: &'a Store,
    id: Id,
}

impl KindVisitor for Snapshot<'_> {
    type Output = anyhow::Result<Option<Record>>;
    fn visit<E: Entity>(self) -> Self::Output {
        match self.store.get::<E>(self.id) {
            Ok(row) => Ok(Some(Record::from_row(&row)?)),
            Err(StoreError::NotFound { .. }) => Ok(None),
            Err(e) => Err(e.into()),
        }
    }
}

/// What a change may overwrite, read before it runs: the outbox's newest mutation
/// number (every row the change writes gets a newer one) and the rows it may change.
struct Before {
    mutation: i64,
    rows: HashMap<Id, Record>,
}

impl Worker {
    /// The rows `req` may change, as they are now.
    fn before(&self, req: &Request) -> anyhow::Result<Before> {
        let mutation: i64 = self.store.connection().query_row(
            "SELECT coalesce(max(mutation), 0) FROM outbox",
            [],
            |r| r.get(0),
        )?;
        let mut rows = HashMap::new();
        let mut keep = |r: Option<Record>| {
            if let Some(r) = r {
                rows.insert(r.kernel.id, r);
            }
        };
        let one = |item: &ItemRef| {
            item.kind.visit(Snapshot {
                store: &self.store,
                id: item.id,
            })
        };
        match req {
            Request::Complete(item) | Request::Delete(item) | Request::EditSave { item, .. } => {
                keep(one(item)?);
            }
            Request::Check { item, .. } => {
                keep(one(item)?);
                let checkins = self.store.list::<HabitCheckin>(&ListQuery {
                    include_deleted: true,
                    filters: vec![Filter::In("habit_id", vec![item.id.to_string()])],
                    search: None,
                })?;
                for c in &checkins {
                    keep(Some(Record::from_row(c)?));
                }
            }
            Request::Fast => {
                let fasts = self.store.list::<Fast>(&ListQuery::default())?;
                for f in fasts.iter().filter(|f| f.fields.ended_at.is_none()) {
                    keep(Some(Record::from_row(f)?));
                }
            }
            _ => {}
        }
        Ok(Before { mutation, rows })
    }

    /// How to undo what was written since `before`: each row as it was, a row made
    /// since as a tombstone. `None` when nothing was written.
    fn undo_since(&self, before: Before, label: String) -> anyhow::Result<Option<Undo>> {
        let mut stmt = self.store.connection().prepare(
            "SELECT entity, entity_id FROM outbox WHERE mutation > ?1 ORDER BY mutation",
        )?;
        let written: Vec<(String, String)> = stmt
            .query_map([before.mutation], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<Result<_, _>>()?;
        let mut rows = Vec::new();
        for (entity, id) in written {
            let (Some(kind), Ok(id)) = (EntityKind::from_name(&entity), id.parse::<Id>()) else {
                continue;
            };
            if let Some(was) = before.rows.get(&id) {
                rows.push(was.clone());
            } else if let Some(mut now) = kind.visit(Snapshot {
                store: &self.store,
                id,
            })? && now.kernel.version == 1
            {
                // Made by the change: undone by deleting it.
                now.kernel.deleted_at = Some(Timestamp::now());
                rows.push(now);
            }
        }
        Ok((!rows.is_empty()).then_some(Undo { label, rows }))
    }

    /// Runs a change and says how to undo it.
    fn change(&mut self, req: Request) -> anyhow::Result<Vec<Response>> {
        let undoable = !matches!(req, Request::Undo(_) | Request::Restore(_));
        let before = if undoable {
            Some(self.before(&req)?)
        } else {
            None
        };
        let mut out = self.handle(req)?;
        let label = match out.first() {
            Some(Response::Changed(m)) => m.clone(),
            Some(Response::Deleted(item)) => format!("deleted {}: {}", item.kind, item.title),
            _ => return Ok(out),
        };
        if let Some(before) = before
            && let Some(undo) = self.undo_since(before, label)?
        {
            out.push(Response::Undoable(undo));
        }
        Ok(out)
    }

    /// Fills in the live attachments of `items`, in one query for them all.
    fn with_files<'a>(&self, items: impl Iterator<Item = &'a mut Item>) -> anyhow::Result<()> {
        let mut items: Vec<&mut Item> = items.collect();
        if items.is_empty() {
            return Ok(());
        }
        let mut owners: Vec<String> = items.iter().map(|i| i.id.to_string()).collect();
        owners.sort_unstable();
        owners.dedup();
        let rows = self.store.list::<Attachment>(&ListQuery {
            include_deleted: false,
            filters: vec![Filter::In("entity_id", owners)],
            search: None,
        })?;
        let mut by_owner: HashMap<(EntityKind, Id), Vec<FileRef>> = HashMap::new();
        for r in &rows {
            let a = &r.fields;
            let Some(kind) = a.owner_kind() else {
                continue;
            };
            by_owner
                .entry((kind, a.entity_id))
                .or_default()
                .push(FileRef {
                    id: r.kernel.id,
                    name: a.name.clone(),
                    size: a.size,
                    media_type: a.media_type.clone(),
                });
        }
        for files in by_owner.values_mut() {
            files.sort_by(|a, b| a.name.cmp(&b.name).then(a.id.cmp(&b.id)));
        }
        for item in &mut items {
            item.files = by_owner
                .get(&(item.kind, item.id))
                .cloned()
                .unwrap_or_default();
        }
        Ok(())
    }

    /// Opens an attachment: fetched first when this device lacks its blob, written to
    /// the private open directory, handed to the opener.
    fn open_file(&self, file: &FileRef, nth: usize, of: usize) -> anyhow::Result<String> {
        let row = match self.store.get::<Attachment>(file.id) {
            Ok(r) if !r.kernel.is_deleted() => r,
            Ok(_) | Err(StoreError::NotFound { .. }) => {
                anyhow::bail!("{} is no longer attached to this row", file.name)
            }
            Err(e) => return Err(e.into()),
        };
        let name = &row.fields.name;
        let blob = LocalBlob {
            sha256: row.fields.sha256.clone(),
            size: row.fields.size,
        };
        if !self.store.blob_is_local(&blob.sha256)? {
            let Some(fetch) = &self.extras.fetch else {
                anyhow::bail!(
                    "{name} is not on this device, and this profile is not logged in to a server to fetch it from (lifeos login)"
                );
            };
            fetch(&self.store, &blob).with_context(|| format!("cannot fetch {name}"))?;
        }
        let path = crate::attachments::reveal(&self.store, &row)
            .with_context(|| format!("cannot open {name}"))?;
        crate::attachments::launch_with(self.extras.opener.as_deref(), &path)
            .with_context(|| format!("cannot open {name}"))?;
        Ok(if of > 1 {
            format!("opened {name} ({nth} of {of})")
        } else {
            format!("opened {name}")
        })
    }

    fn forget(&mut self) {
        self.ids.clear();
        self.index = None;
    }

    fn page(
        &mut self,
        domain: usize,
        filter: usize,
        tag: Option<String>,
        start: usize,
        len: usize,
    ) -> anyhow::Result<Response> {
        let d = view(domain)?;
        let cache_key = (domain, filter, tag.clone());
        let ids = match self.ids.get(&cache_key) {
            Some(ids) => ids,
            None => {
                let ids = d.ids(&self.store, filter, tag.as_deref(), &self.ctx)?;
                self.ids.entry(cache_key).or_insert(ids)
            }
        };
        let total = ids.len();
        let start = start.min(total);
        let end = start.saturating_add(len).min(total);
        let window = ids[start..end].to_vec();
        let mut items = d.items(&self.store, &window, &self.ctx)?;
        self.with_files(items.iter_mut())?;
        Ok(Response::Page {
            domain,
            filter,
            tag,
            start,
            total,
            items,
        })
    }

    fn today(&self) -> anyhow::Result<Response> {
        let mut sections = Vec::new();
        for d in DOMAINS {
            if let Some(s) = d.today(&self.store, &self.ctx)? {
                sections.push(s);
            }
        }
        self.with_files(sections.iter_mut().flat_map(|s| s.items.iter_mut()))?;
        Ok(Response::Today(sections))
    }

    /// Search across every view: the store's full-text index first, ranked (the query
    /// language of `lifeos search`, read leniently, the word being typed as a prefix),
    /// then what fuzzy matching adds (typos, letters skipped, a word's middle).
    fn search(&mut self, query: &str, seq: u64) -> anyhow::Result<Response> {
        if query.trim().is_empty() {
            return Ok(Response::Search {
                seq,
                items: Vec::new(),
            });
        }
        let mut q = SearchQuery::parse_lenient(query, self.ctx.today);
        if !query.ends_with(char::is_whitespace)
            && let Some(last) = q.terms.last_mut()
            && !last.phrase
        {
            last.prefix = true;
        }
        let mut items: Vec<(usize, Item)> = Vec::new();
        if !q.finds_nothing() {
            let hits = self.store.search(&q, self.ctx.offset, SEARCH_LIMIT)?;
            for d in DOMAINS {
                let ids: Vec<Id> = hits
                    .iter()
                    .filter(|h| h.entity == d.kind())
                    .map(|h| h.id)
                    .collect();
                if ids.is_empty() {
                    continue;
                }
                for item in d.items(&self.store, &ids, &self.ctx)? {
                    let rank = hits
                        .iter()
                        .position(|h| h.id == item.id)
                        .unwrap_or(usize::MAX);
                    items.push((rank, item));
                }
            }
            items.sort_by_key(|(rank, _)| *rank);
        }
        let mut found: Vec<Item> = items.into_iter().map(|(_, i)| i).collect();
        // The fuzzy answer carries its files already: only these need theirs.
        self.with_files(found.iter_mut())?;
        if found.len() < SEARCH_LIMIT
            && let Response::Search { items: fuzzy, .. } = self.fuzzy_search(query, seq)?
        {
            let have: HashSet<Id> = found.iter().map(|i| i.id).collect();
            found.extend(fuzzy.into_iter().filter(|i| !have.contains(&i.id)));
            found.truncate(SEARCH_LIMIT);
        }
        Ok(Response::Search { seq, items: found })
    }

    /// The day's events (`lifeos day`), each as its view shows the row (a kind without
    /// a view: its title), its meta the time and what happened.
    fn timeline(&mut self, day: time::Date) -> anyhow::Result<Response> {
        struct Plain<'a> {
            store: &'a Store,
            id: Id,
            title: String,
        }
        impl KindVisitor for Plain<'_> {
            type Output = Result<Item, StoreError>;
            fn visit<E: Entity>(self) -> Self::Output {
                let row = self.store.get::<E>(self.id)?;
                Ok(Item::of(&row, self.title))
            }
        }
        let moments = self.store.timeline(day, day, self.ctx.offset)?;
        let mut items = Vec::with_capacity(moments.len());
        for m in moments {
            let mut item = match domain_of(m.entity) {
                Some(d) => d.items(&self.store, &[m.id], &self.ctx)?.into_iter().next(),
                None => None,
            };
            if item.is_none() {
                item = Some(m.entity.visit(Plain {
                    store: &self.store,
                    id: m.id,
                    title: if m.title.is_empty() {
                        m.entity.name().replace('_', " ")
                    } else {
                        m.title.clone()
                    },
                })?);
            }
            let Some(mut item) = item else { continue };
            // The time and what happened say it all: the view's own meta (a due date,
            // a time again) and a habit's strip would crowd out the title.
            let when = m.time.clone().unwrap_or_else(|| "all day".into());
            item.meta = format!("{when} {}", m.what);
            item.cells.clear();
            items.push(item);
        }
        self.with_files(items.iter_mut())?;
        Ok(Response::Timeline { day, items })
    }

    fn fuzzy_search(&mut self, query: &str, seq: u64) -> anyhow::Result<Response> {
        if self.index.is_none() {
            let mut index = Vec::new();
            for (i, d) in DOMAINS.iter().enumerate() {
                index.extend(
                    d.search_texts(&self.store)?
                        .into_iter()
                        .map(|(id, t)| (i, id, t)),
                );
            }
            self.index = Some(index);
        }
        let index = self.index.as_deref().unwrap_or_default();
        let mut matcher = Matcher::new(Config::DEFAULT);
        let pattern = Pattern::parse(query, CaseMatching::Ignore, Normalization::Smart);
        let mut buf = Vec::new();
        let mut hits: Vec<(u32, usize)> = index
            .iter()
            .enumerate()
            .filter_map(|(n, (_, _, text))| {
                pattern
                    .score(Utf32Str::new(text, &mut buf), &mut matcher)
                    .map(|s| (s, n))
            })
            .collect();
        hits.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        // A row with several matching texts counts once, at its best.
        let mut seen = HashSet::new();
        hits.retain(|(_, n)| index.get(*n).is_some_and(|(_, id, _)| seen.insert(*id)));
        hits.truncate(SEARCH_LIMIT);
        let mut items: Vec<(usize, Item)> = Vec::new();
        for (i, d) in DOMAINS.iter().enumerate() {
            let ids: Vec<Id> = hits
                .iter()
                .filter_map(|(_, n)| index.get(*n))
                .filter(|(di, _, _)| *di == i)
                .map(|(_, id, _)| *id)
                .collect();
            if ids.is_empty() {
                continue;
            }
            for item in d.items(&self.store, &ids, &self.ctx)? {
                let rank = hits
                    .iter()
                    .position(|(_, n)| index.get(*n).is_some_and(|(_, id, _)| *id == item.id))
                    .unwrap_or(usize::MAX);
                items.push((rank, item));
            }
        }
        items.sort_by_key(|(rank, _)| *rank);
        self.with_files(items.iter_mut().map(|(_, i)| i))?;
        Ok(Response::Search {
            seq,
            items: items.into_iter().map(|(_, i)| i).collect(),
        })
    }

    fn handle(&mut self, req: Request) -> anyhow::Result<Vec<Response>> {
        let domain = |kind: EntityKind| {
            domain_of(kind).ok_or_else(|| anyhow::anyhow!("no view shows {}", kind.plural()))
        };
        Ok(match req {
            Request::Page {
                domain,
                filter,
                tag,
                start,
                len,
            } => vec![self.page(domain, filter, tag, start, len)?],
            Request::Today => vec![self.today()?],
            Request::Panel(d) => {
                vec![Response::Panel {
                    domain: d,
                    panel: view(d)?.panel(&self.store, &self.ctx)?,
                }]
            }
            Request::Check { item, day, skip } => {
                match domain(item.kind)?.check(&mut self.store, item.id, day, skip, &self.ctx)? {
                    Some(msg) => self.changed(msg)?,
                    None => vec![Response::Refused(format!(
                        "{} are not checked in by day",
                        item.kind.plural()
                    ))],
                }
            }
            Request::Fast => {
                let msg = crate::views::fasting::toggle(&mut self.store, None)?;
                self.changed(msg)?
            }
            Request::Search { query, seq } => vec![self.search(&query, seq)?],
            Request::Timeline(day) => vec![self.timeline(day)?],
            Request::Pending => vec![Response::Pending(self.store.outbox_len()?)],
            Request::Reload => {
                self.forget();
                vec![]
            }
            Request::OpenFile { file, nth, of } => vec![Response::Opened(
                self.open_file(&file, nth, of).map_err(|e| one_line(&e)),
            )],
            Request::Create { domain, capture } => {
                let d = view(domain)?;
                let title = d.create(&mut self.store, capture)?;
                self.changed(d.created(&title))?
            }
            Request::Complete(item) => {
                match domain(item.kind)?.complete(
                    &mut self.store,
                    item.id,
                    item.version,
                    &self.ctx,
                )? {
                    Some(msg) => self.changed(msg)?,
                    None => vec![Response::Refused(format!(
                        "{} have nothing to complete",
                        item.kind.plural()
                    ))],
                }
            }
            Request::Delete(item) => {
                domain(item.kind)?.delete(&mut self.store, item.id, item.version)?;
                self.forget();
                vec![
                    Response::Deleted(item),
                    Response::Pending(self.store.outbox_len()?),
                ]
            }
            Request::Restore(item) => {
                domain(item.kind)?.restore(&mut self.store, item.id)?;
                self.changed(format!("restored {}: {}", item.kind, item.title))?
            }
            Request::Undo(undo) => {
                let records: Vec<(usize, Record)> = undo.rows.into_iter().enumerate().collect();
                self.store.restore_file(&records, false)?;
                self.changed(format!("undone: {}", undo.label))?
            }
            Request::EditLoad(item) => {
                let doc = domain(item.kind)?.edit_doc(&self.store, item.id)?;
                vec![Response::EditDoc { item, doc }]
            }
            Request::EditSave { item, text, path } => {
                match domain(item.kind)?.save_doc(&mut self.store, item.id, item.version, &text) {
                    Ok(()) => {
                        let _ = std::fs::remove_file(&path);
                        self.changed(format!("saved {}: {}", item.kind, item.title))?
                    }
                    Err(e) => vec![Response::Refused(format!(
                        "not saved: {}; your text is kept in {path}",
                        one_line(&e)
                    ))],
                }
            }
        })
    }

    fn changed(&mut self, message: String) -> anyhow::Result<Vec<Response>> {
        self.forget();
        Ok(vec![
            Response::Changed(message),
            Response::Pending(self.store.outbox_len()?),
        ])
    }
}

/// Runs the worker until the request channel closes. Newer page and search requests
/// replace older ones still queued, so a fast scroll or typing costs one query.
pub fn run(store: Store, ctx: Ctx, requests: Receiver<Request>, responses: Sender<Response>) {
    run_with(store, ctx, Extras::default(), requests, responses);
}

/// [`run`] with a way to fetch blobs and an opener.
pub fn run_with(
    store: Store,
    ctx: Ctx,
    extras: Extras,
    requests: Receiver<Request>,
    responses: Sender<Response>,
) {
    let mut w = Worker {
        store,
        ctx,
        extras,
        ids: HashMap::new(),
        index: None,
    };
    while let Ok(first) = requests.recv() {
        let mut batch = vec![first];
        while let Ok(more) = requests.try_recv() {
            batch.push(more);
        }
        let superseded = |i: usize, r: &Request| {
            batch[i + 1..].iter().any(|later| match (r, later) {
                (Request::Page { domain: a, .. }, Request::Page { domain: b, .. }) => a == b,
                (Request::Search { .. }, Request::Search { .. }) => true,
                (Request::Timeline(_), Request::Timeline(_)) => true,
                (Request::Today, Request::Today) | (Request::Pending, Request::Pending) => true,
                (Request::Panel(a), Request::Panel(b)) => a == b,
                _ => false,
            })
        };
        let keep: Vec<Request> = batch
            .iter()
            .enumerate()
            .filter(|(i, r)| !superseded(*i, r))
            .map(|(_, r)| r.clone())
            .collect();
        for req in keep {
            let change = req.is_change();
            let out = if change { w.change(req) } else { w.handle(req) };
            let out = out.unwrap_or_else(|e| {
                if change {
                    vec![Response::Refused(one_line(&e))]
                } else {
                    vec![Response::Error(one_line(&e))]
                }
            });
            for r in out {
                if responses.send(r).is_err() {
                    return;
                }
            }
        }
    }
}
