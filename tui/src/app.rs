//! The app's state and its update logic: keys become actions through the keymap,
//! `update` changes state and returns effects (requests to the worker, a sync, an
//! editor session) for the event loop to run. Nothing here does IO, so it is tested
//! with key sequences and no terminal.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use lifeos_core::Timestamp;
use time::{Date, Duration};

use crate::keymap::{Action, Keymap};
use crate::strings;
use crate::views::habits::STRIP_DAYS;
use crate::views::{Ctx, DOMAINS, EditDoc, Item, Panel, PanelLine, Section, domain_of};
use crate::worker::{ItemRef, Request, Response};

/// Rows fetched per list window.
pub const WINDOW: usize = 200;
/// A new window is asked for when the visible rows come this close to the window's edge.
const MARGIN: usize = 50;

/// Which screen is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    /// The home screen.
    Today,
    /// A domain's list (index in `DOMAINS`).
    Domain(usize),
    /// Fuzzy search results.
    Search,
}

/// One domain list's state: the cursor over the whole list, and the window of rows
/// loaded around it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ListView {
    /// The filter (index in the domain's filters).
    pub filter: usize,
    /// Only rows with this tag.
    pub tag: Option<String>,
    /// Rows in the whole list; `None` until the first answer.
    pub total: Option<usize>,
    /// The selected row.
    pub cursor: usize,
    /// The first visible row.
    pub top: usize,
    /// Where `window` starts.
    pub window_start: usize,
    /// Loaded rows.
    pub window: Vec<Item>,
    /// The window asked for and not yet answered.
    pub pending: Option<usize>,
    /// Data changed since it was loaded.
    pub stale: bool,
}

impl ListView {
    /// The row at `i`, if loaded.
    pub fn get(&self, i: usize) -> Option<&Item> {
        i.checked_sub(self.window_start)
            .and_then(|j| self.window.get(j))
    }
}

/// The Today screen's state.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TodayView {
    /// The sections; `None` until loaded.
    pub sections: Option<Vec<Section>>,
    /// The selected row, counted over all sections' rows.
    pub cursor: usize,
}

impl TodayView {
    /// Every row, in order.
    pub fn items(&self) -> impl Iterator<Item = &Item> {
        self.sections.iter().flatten().flat_map(|s| s.items.iter())
    }
}

/// The search screen's state.
#[derive(Clone, Debug, PartialEq)]
pub struct SearchView {
    /// The query.
    pub query: String,
    /// Results, best first.
    pub items: Vec<Item>,
    /// The selected result.
    pub cursor: usize,
    /// Typing into the query (else keys act on the results).
    pub typing: bool,
    /// The last query's number.
    pub seq: u64,
    /// The screen to go back to.
    pub back: Screen,
}

/// What the one-line input at the bottom is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinePurpose {
    /// Quick capture: creates a row.
    Capture,
    /// The list's tag filter (empty clears it).
    Tag,
}

/// The one-line input (quick capture, tag filter).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CaptureLine {
    /// The domain it acts on.
    pub domain: usize,
    /// The text typed.
    pub text: String,
    /// What Enter does with it.
    pub purpose: LinePurpose,
}

/// Where sync stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SyncState {
    /// This profile is not logged in to a server.
    Off,
    /// Not synced since the app started.
    Idle,
    /// A round is running in the background.
    Running,
    /// The last round's summary.
    Done(String),
    /// The last round failed.
    Failed(String),
}

/// A one-line message in the status line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    /// The text.
    pub text: String,
    /// Shown as an error.
    pub error: bool,
}

/// What the event loop must do.
#[derive(Clone, Debug, PartialEq)]
pub enum Effect {
    /// Ask the worker.
    Request(Request),
    /// Start a sync round on another thread.
    Sync,
    /// Suspend the terminal and edit this text in `$EDITOR`.
    Edit {
        /// The row.
        item: ItemRef,
        /// The text.
        doc: EditDoc,
    },
}

/// The whole UI state.
#[derive(Clone, Debug)]
pub struct App {
    /// The profile's name.
    pub profile: String,
    /// The effective keymap.
    pub keymap: Keymap,
    /// Today and the local offset.
    pub ctx: Ctx,
    /// The screen shown.
    pub screen: Screen,
    /// One per domain.
    pub lists: Vec<ListView>,
    /// The home screen.
    pub today: TodayView,
    /// Fuzzy search.
    pub search: SearchView,
    /// The quick-capture line, while open.
    pub capture: Option<CaptureLine>,
    /// The help overlay is shown.
    pub help: bool,
    /// The detail pane is shown full screen.
    pub zoom: bool,
    /// The detail pane's scroll.
    pub detail_scroll: u16,
    /// Rows waiting to be pushed; `None` until known.
    pub pending: Option<u64>,
    /// Sync.
    pub sync: SyncState,
    /// The status message.
    pub message: Option<Message>,
    /// Deleted rows, last on top.
    pub undo: Vec<ItemRef>,
    /// The terminal's size (columns, rows).
    pub size: (u16, u16),
    /// The app should exit.
    pub quit: bool,
    /// Each domain's panel, once loaded (index in `DOMAINS`).
    pub panels: Vec<Option<Panel>>,
    /// The day `x`/`s` act on in a by-day view (the habit grid): today unless moved.
    pub day: Date,
    /// The clock live timers are drawn from; set by [`App::tick`].
    pub now: Timestamp,
}

/// Rows of list visible at this terminal size (the layout's body minus its borders).
pub fn list_rows(size: (u16, u16)) -> usize {
    usize::from(size.1.saturating_sub(4)).max(1)
}

impl App {
    /// A fresh app on the Today screen.
    pub fn new(profile: &str, keymap: Keymap, ctx: Ctx, can_sync: bool, size: (u16, u16)) -> Self {
        Self {
            profile: profile.to_owned(),
            keymap,
            ctx,
            screen: Screen::Today,
            lists: vec![ListView::default(); DOMAINS.len()],
            today: TodayView::default(),
            search: SearchView {
                query: String::new(),
                items: Vec::new(),
                cursor: 0,
                typing: false,
                seq: 0,
                back: Screen::Today,
            },
            capture: None,
            help: false,
            zoom: false,
            detail_scroll: 0,
            pending: None,
            sync: if can_sync {
                SyncState::Idle
            } else {
                SyncState::Off
            },
            message: None,
            undo: Vec::new(),
            size,
            quit: false,
            panels: vec![None; DOMAINS.len()],
            day: ctx.today,
            now: Timestamp::now(),
        }
    }

    /// The clock ticked: live timers move. Returns whether one is on screen (so the
    /// frame must be redrawn); the database is not asked.
    pub fn tick(&mut self, now: Timestamp) -> bool {
        let moved = now.datetime().unix_timestamp() != self.now.datetime().unix_timestamp();
        self.now = now;
        moved && self.timer_shown()
    }

    /// Whether a live timer is on the current screen.
    pub fn timer_shown(&self) -> bool {
        match self.screen {
            Screen::Today => self.today.items().any(|i| i.timer.is_some()),
            Screen::Domain(d) => {
                let in_panel = self
                    .panels
                    .get(d)
                    .and_then(Option::as_ref)
                    .is_some_and(|p| p.lines.iter().any(|l| matches!(l, PanelLine::Timer { .. })));
                in_panel
                    || self
                        .lists
                        .get(d)
                        .is_some_and(|l| l.window.iter().any(|i| i.timer.is_some()))
            }
            Screen::Search => self.search.items.iter().any(|i| i.timer.is_some()),
        }
    }

    /// Whether the current screen's rows are checked in by day (the habit grid).
    pub fn by_day(&self) -> bool {
        matches!(self.screen, Screen::Domain(d) if DOMAINS.get(d).is_some_and(|x| x.decl().by_day))
    }

    /// The panel request for a domain that has one.
    fn panel_request(d: usize) -> Option<Effect> {
        DOMAINS
            .get(d)
            .filter(|x| x.decl().panel)
            .map(|_| Effect::Request(Request::Panel(d)))
    }

    /// The requests to make at start.
    pub fn start(&self) -> Vec<Effect> {
        vec![
            Effect::Request(Request::Today),
            Effect::Request(Request::Pending),
        ]
    }

    /// The selected row of the current screen, if loaded.
    pub fn selected(&self) -> Option<&Item> {
        match self.screen {
            Screen::Today => self.today.items().nth(self.today.cursor),
            Screen::Domain(d) => self.lists.get(d).and_then(|l| l.get(l.cursor)),
            Screen::Search => self.search.items.get(self.search.cursor),
        }
    }

    /// A terminal key.
    pub fn on_key(&mut self, key: KeyEvent) -> Vec<Effect> {
        if key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char('c') {
            self.quit = true;
            return vec![];
        }
        if let Some(line) = &mut self.capture {
            match key.code {
                KeyCode::Esc => self.capture = None,
                KeyCode::Enter => return self.submit_capture(),
                KeyCode::Backspace => {
                    line.text.pop();
                }
                KeyCode::Char(c) if !key.modifiers.contains(KeyModifiers::CONTROL) => {
                    line.text.push(c);
                }
                _ => {}
            }
            return vec![];
        }
        if self.screen == Screen::Search && self.search.typing {
            match key.code {
                KeyCode::Esc => {
                    self.screen = self.search.back;
                    self.search.typing = false;
                    return vec![];
                }
                KeyCode::Enter => {
                    self.search.typing = false;
                    return vec![];
                }
                KeyCode::Down | KeyCode::Up | KeyCode::PageDown | KeyCode::PageUp => {}
                KeyCode::Char('n' | 'p') if key.modifiers.contains(KeyModifiers::CONTROL) => {}
                KeyCode::Backspace => {
                    self.search.query.pop();
                    return self.search_request();
                }
                KeyCode::Char(c) if !key.modifiers.contains(KeyModifiers::CONTROL) => {
                    self.search.query.push(c);
                    return self.search_request();
                }
                _ => return vec![],
            }
        }
        match self.keymap.action(&key) {
            Some(a) => self.update(a),
            None => vec![],
        }
    }

    /// The terminal was resized.
    pub fn on_resize(&mut self, cols: u16, rows: u16) -> Vec<Effect> {
        self.size = (cols, rows);
        self.scroll_into_view()
    }

    fn search_request(&mut self) -> Vec<Effect> {
        self.search.seq += 1;
        self.search.cursor = 0;
        vec![Effect::Request(Request::Search {
            query: self.search.query.clone(),
            seq: self.search.seq,
        })]
    }

    fn submit_capture(&mut self) -> Vec<Effect> {
        let Some(line) = self.capture.take() else {
            return vec![];
        };
        if line.purpose == LinePurpose::Tag {
            return self.submit_tag(line);
        }
        let parsed = match DOMAINS.get(line.domain) {
            Some(d) => d.parse(&line.text, &self.ctx),
            None => Err(format!("no view {}", line.domain)),
        };
        match parsed {
            Ok(c) => vec![Effect::Request(Request::Create {
                domain: line.domain,
                capture: c,
            })],
            Err(e) => {
                self.error(e);
                // Keep what was typed, so nothing is lost.
                self.capture = Some(line);
                vec![]
            }
        }
    }

    fn submit_tag(&mut self, line: CaptureLine) -> Vec<Effect> {
        let text = line.text.trim();
        let tag = if text.is_empty() {
            None
        } else {
            match lifeos_core::validate::normalize_tags([text]) {
                Ok(mut t) => Some(t.remove(0)),
                Err(e) => {
                    self.error(e.message);
                    self.capture = Some(line);
                    return vec![];
                }
            }
        };
        let d = line.domain;
        if let Some(l) = self.lists.get_mut(d) {
            *l = ListView {
                filter: l.filter,
                tag,
                ..ListView::default()
            };
        }
        self.ensure_window(d, true)
    }

    fn error(&mut self, text: impl Into<String>) {
        self.message = Some(Message {
            text: text.into(),
            error: true,
        });
    }

    fn info(&mut self, text: impl Into<String>) {
        self.message = Some(Message {
            text: text.into(),
            error: false,
        });
    }

    /// How many rows the current screen's cursor ranges over.
    fn len(&self) -> usize {
        match self.screen {
            Screen::Today => self.today.items().count(),
            Screen::Domain(d) => self.lists.get(d).and_then(|l| l.total).unwrap_or(0),
            Screen::Search => self.search.items.len(),
        }
    }

    fn cursor_mut(&mut self) -> &mut usize {
        match self.screen {
            Screen::Today => &mut self.today.cursor,
            Screen::Domain(d) => match self.lists.get_mut(d) {
                Some(l) => &mut l.cursor,
                None => &mut self.today.cursor,
            },
            Screen::Search => &mut self.search.cursor,
        }
    }

    fn move_cursor(&mut self, to: impl FnOnce(usize, usize, usize) -> usize) -> Vec<Effect> {
        let len = self.len();
        let page = list_rows(self.size);
        let c = self.cursor_mut();
        *c = if len == 0 {
            0
        } else {
            to(*c, len, page).min(len - 1)
        };
        self.detail_scroll = 0;
        self.scroll_into_view()
    }

    /// Keeps the cursor visible and asks for the window around it when needed.
    fn scroll_into_view(&mut self) -> Vec<Effect> {
        let rows = list_rows(self.size);
        let Screen::Domain(d) = self.screen else {
            return vec![];
        };
        let Some(l) = self.lists.get_mut(d) else {
            return vec![];
        };
        if l.cursor < l.top {
            l.top = l.cursor;
        } else if l.cursor >= l.top + rows {
            l.top = l.cursor + 1 - rows;
        }
        self.ensure_window(d, false)
    }

    /// Asks for the window around the visible rows if they are not all loaded, or
    /// come close to the loaded window's edge.
    fn ensure_window(&mut self, d: usize, force: bool) -> Vec<Effect> {
        let rows = list_rows(self.size);
        let Some(l) = self.lists.get_mut(d) else {
            return vec![];
        };
        let total = l.total.unwrap_or(0);
        let (lo, hi) = (l.top, l.top + rows);
        let wend = l.window_start + l.window.len();
        let loaded = l.total.is_some() && !l.stale;
        let near_edge = (lo < l.window_start + MARGIN && l.window_start > 0)
            || (hi + MARGIN > wend && wend < total);
        if !force && loaded && !near_edge {
            return vec![];
        }
        let start = (l.top + rows / 2).saturating_sub(WINDOW / 2);
        if !force && l.pending == Some(start) {
            return vec![];
        }
        l.pending = Some(start);
        vec![Effect::Request(Request::Page {
            domain: d,
            filter: l.filter,
            tag: l.tag.clone(),
            start,
            len: WINDOW,
        })]
    }

    fn go(&mut self, screen: Screen) -> Vec<Effect> {
        self.screen = screen;
        self.zoom = false;
        self.detail_scroll = 0;
        match screen {
            Screen::Domain(d) => {
                let stale = self
                    .lists
                    .get(d)
                    .is_some_and(|l| l.stale || l.total.is_none());
                let mut fx = self.ensure_window(d, stale);
                fx.extend(Self::panel_request(d));
                fx
            }
            Screen::Today => vec![Effect::Request(Request::Today)],
            Screen::Search => vec![],
        }
    }

    fn screen_index(&self) -> usize {
        match self.screen {
            Screen::Today | Screen::Search => 0,
            Screen::Domain(d) => d + 1,
        }
    }

    fn screen_at(i: usize) -> Screen {
        if i == 0 {
            Screen::Today
        } else {
            Screen::Domain(i - 1)
        }
    }

    /// Applies an action.
    pub fn update(&mut self, action: Action) -> Vec<Effect> {
        if self.help {
            if matches!(action, Action::Help | Action::Back | Action::Quit) {
                self.help = false;
            }
            return vec![];
        }
        let views = DOMAINS.len() + 1;
        match action {
            Action::Quit => {
                self.quit = true;
                vec![]
            }
            Action::Help => {
                self.help = true;
                vec![]
            }
            Action::Down => self.move_cursor(|c, _, _| c + 1),
            Action::Up => self.move_cursor(|c, _, _| c.saturating_sub(1)),
            Action::PageDown => self.move_cursor(|c, _, p| c + p),
            Action::PageUp => self.move_cursor(|c, _, p| c.saturating_sub(p)),
            Action::Top => self.move_cursor(|_, _, _| 0),
            Action::Bottom => self.move_cursor(|_, len, _| len.saturating_sub(1)),
            Action::NextView => self.go(Self::screen_at((self.screen_index() + 1) % views)),
            Action::PrevView => self.go(Self::screen_at((self.screen_index() + views - 1) % views)),
            Action::View(n) => {
                let i = usize::from(n).saturating_sub(1);
                if i < views {
                    self.go(Self::screen_at(i))
                } else {
                    vec![]
                }
            }
            Action::QuickAdd => {
                let domain = match self.screen {
                    Screen::Domain(d) => d,
                    _ => 0,
                };
                self.capture = Some(CaptureLine {
                    domain,
                    text: String::new(),
                    purpose: LinePurpose::Capture,
                });
                vec![]
            }
            Action::TagFilter => {
                let Screen::Domain(d) = self.screen else {
                    self.info(strings::TAG_FILTER_IN_LISTS);
                    return vec![];
                };
                self.capture = Some(CaptureLine {
                    domain: d,
                    text: self
                        .lists
                        .get(d)
                        .and_then(|l| l.tag.clone())
                        .unwrap_or_default(),
                    purpose: LinePurpose::Tag,
                });
                vec![]
            }
            Action::Search => {
                if self.screen != Screen::Search {
                    self.search.back = self.screen;
                }
                self.screen = Screen::Search;
                self.search.typing = true;
                self.zoom = false;
                vec![]
            }
            Action::Complete => self.check(false),
            Action::Skip => self.check(true),
            Action::PrevDay | Action::NextDay => {
                if !self.by_day() {
                    self.info(strings::DAYS_IN_HABITS);
                    return vec![];
                }
                let first = self.ctx.today - Duration::days(STRIP_DAYS - 1);
                let day = if action == Action::PrevDay {
                    self.day - Duration::days(1)
                } else {
                    self.day + Duration::days(1)
                };
                self.day = day.clamp(first, self.ctx.today);
                vec![]
            }
            Action::Fast => vec![Effect::Request(Request::Fast)],
            Action::Delete => self.on_selected(Request::Delete),
            Action::Edit => self.on_selected(Request::EditLoad),
            Action::Undo => match self.undo.pop() {
                Some(item) => vec![Effect::Request(Request::Restore(item))],
                None => {
                    self.info(strings::NOTHING_TO_UNDO);
                    vec![]
                }
            },
            Action::Sync => match self.sync {
                SyncState::Off => {
                    self.error(strings::NOT_LOGGED_IN);
                    vec![]
                }
                SyncState::Running => vec![],
                _ => {
                    self.sync = SyncState::Running;
                    vec![Effect::Sync]
                }
            },
            Action::Filter => {
                let Screen::Domain(d) = self.screen else {
                    return vec![];
                };
                let n = DOMAINS.get(d).map_or(1, |x| x.decl().tabs.len()).max(1);
                if let Some(l) = self.lists.get_mut(d) {
                    *l = ListView {
                        filter: (l.filter + 1) % n,
                        tag: l.tag.take(),
                        ..ListView::default()
                    };
                }
                self.ensure_window(d, true)
            }
            Action::Refresh => {
                let mut fx = vec![Effect::Request(Request::Reload)];
                fx.extend(self.reload());
                fx.push(Effect::Request(Request::Pending));
                fx
            }
            Action::Detail => {
                if self.screen == Screen::Search && self.search.typing {
                    self.search.typing = false;
                } else {
                    self.zoom = !self.zoom;
                    self.detail_scroll = 0;
                }
                vec![]
            }
            Action::DetailDown => {
                self.detail_scroll = self.detail_scroll.saturating_add(3);
                vec![]
            }
            Action::DetailUp => {
                self.detail_scroll = self.detail_scroll.saturating_sub(3);
                vec![]
            }
            Action::Back => {
                if self.zoom {
                    self.zoom = false;
                } else if self.screen == Screen::Search {
                    self.screen = self.search.back;
                } else {
                    self.message = None;
                }
                vec![]
            }
        }
    }

    /// `x` (or `s`, skip): a habit is checked in on the selected day (today on the
    /// Today screen); other rows complete, pin or mark read.
    fn check(&mut self, skip: bool) -> Vec<Effect> {
        let Some(item) = self.selected() else {
            self.info(strings::NOTHING_SELECTED);
            return vec![];
        };
        let by_day = domain_of(item.kind).is_some_and(|d| d.decl().by_day);
        let item = ItemRef::from(item);
        if by_day {
            let day = if self.by_day() {
                self.day
            } else {
                self.ctx.today
            };
            return vec![Effect::Request(Request::Check { item, day, skip })];
        }
        if skip {
            self.info(strings::SKIP_IS_FOR_HABITS);
            return vec![];
        }
        vec![Effect::Request(Request::Complete(item))]
    }

    fn on_selected(&mut self, make: fn(ItemRef) -> Request) -> Vec<Effect> {
        match self.selected() {
            Some(item) => vec![Effect::Request(make(ItemRef::from(item)))],
            None => {
                self.info(strings::NOTHING_SELECTED);
                vec![]
            }
        }
    }

    /// After a change: every list is stale; the current screen reloads now.
    fn reload(&mut self) -> Vec<Effect> {
        for l in &mut self.lists {
            l.stale = true;
        }
        match self.screen {
            Screen::Today => vec![Effect::Request(Request::Today)],
            Screen::Domain(d) => {
                let mut fx = self.ensure_window(d, true);
                fx.extend(Self::panel_request(d));
                fx
            }
            Screen::Search => {
                let mut fx = self.search_request();
                self.search.cursor = 0;
                fx.push(Effect::Request(Request::Today));
                fx
            }
        }
    }

    /// An answer from the worker or the sync thread.
    pub fn on_response(&mut self, r: Response) -> Vec<Effect> {
        match r {
            Response::Page {
                domain,
                filter,
                tag,
                start,
                total,
                items,
            } => {
                let Some(l) = self.lists.get_mut(domain) else {
                    return vec![];
                };
                if l.filter != filter || l.tag != tag {
                    return vec![];
                }
                if l.pending == Some(start) || l.pending.is_none() {
                    l.pending = None;
                }
                l.total = Some(total);
                l.stale = false;
                l.window_start = start;
                l.window = items;
                if total == 0 {
                    l.cursor = 0;
                    l.top = 0;
                } else if l.cursor >= total {
                    l.cursor = total - 1;
                }
                if self.screen == Screen::Domain(domain) {
                    self.scroll_into_view()
                } else {
                    vec![]
                }
            }
            Response::Today(sections) => {
                let n: usize = sections.iter().map(|s| s.items.len()).sum();
                self.today.sections = Some(sections);
                self.today.cursor = self.today.cursor.min(n.saturating_sub(1));
                vec![]
            }
            Response::Search { seq, items } => {
                if seq == self.search.seq {
                    self.search.items = items;
                    self.search.cursor = self
                        .search
                        .cursor
                        .min(self.search.items.len().saturating_sub(1));
                }
                vec![]
            }
            Response::Changed(msg) => {
                self.info(msg);
                self.reload()
            }
            Response::Deleted(item) => {
                self.info(format!(
                    "deleted {}: {} ({} undoes)",
                    item.kind,
                    item.title,
                    self.keymap.hint(Action::Undo)
                ));
                self.undo.push(item);
                self.reload()
            }
            Response::EditDoc { item, doc } => vec![Effect::Edit { item, doc }],
            Response::Pending(n) => {
                self.pending = Some(n);
                vec![]
            }
            Response::Panel { domain, panel } => {
                if let Some(p) = self.panels.get_mut(domain) {
                    *p = panel;
                }
                vec![]
            }
            Response::Synced(result) => {
                match result {
                    Ok(summary) => {
                        self.sync = SyncState::Done(summary);
                    }
                    Err(e) => {
                        self.error(format!("sync failed: {e}"));
                        self.sync = SyncState::Failed(e);
                    }
                }
                let mut fx = vec![Effect::Request(Request::Reload)];
                fx.extend(self.reload());
                fx.push(Effect::Request(Request::Pending));
                fx
            }
            Response::Error(e) => {
                // A read failed: say so, and do not retry on our own (`r` reloads).
                self.error(e);
                for l in &mut self.lists {
                    l.pending = None;
                }
                vec![]
            }
            Response::Refused(e) => {
                self.error(e);
                // The row may have moved on (a conflict): show what is stored now.
                let mut fx = vec![Effect::Request(Request::Reload)];
                fx.extend(self.reload());
                fx
            }
        }
    }
}
