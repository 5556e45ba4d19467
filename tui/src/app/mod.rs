//! The app's state and its update logic: keys become actions through the keymap,
//! `update` changes state and returns effects (requests to the worker, a sync, an
//! editor session) for the event loop to run. Nothing here does IO, so it is tested
//! with key sequences and no terminal.
//!
//! - this module: the [`App`], its screens and `update` (an action → state + effects);
//! - `state`: each screen's own state, the one-line input, sync and the message;
//! - `input`: terminal keys, and typing into the one-line input and the search query;
//! - `window`: the cursor over long lists and the windows of rows asked for around it;
//! - `response`: the worker's and the sync thread's answers.

mod input;
mod response;
mod state;
mod window;

use lifeos_core::{Id, Timestamp};
use time::{Date, Duration};

use crate::keymap::{Action, Keymap};
use crate::strings;
use crate::views::habits::STRIP_DAYS;
use crate::views::{Ctx, DOMAINS, EditDoc, Item, Panel, PanelLine, domain_of};
use crate::worker::{ItemRef, Request, Undo};
pub use state::{
    CaptureLine, LinePurpose, ListView, Message, SearchView, SyncState, TimelineView, TodayView,
};
pub use window::{WINDOW, list_rows};

/// Which screen is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    /// The home screen.
    Today,
    /// A domain's list (index in `DOMAINS`).
    Domain(usize),
    /// Search results.
    Search,
    /// One day's events across every view.
    Timeline,
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
    /// Search.
    pub search: SearchView,
    /// The timeline.
    pub timeline: TimelineView,
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
    /// The changes `u` undoes, last on top (a delete, a completion, a check-in, an
    /// edit, a capture, a fast started or stopped…).
    pub undo: Vec<Undo>,
    /// The help overlay's scroll (rows).
    pub help_scroll: u16,
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
    /// The row whose file the open key opened last, and which of its files (0-based):
    /// pressing it again on that row opens the next.
    pub opened: Option<(Id, usize)>,
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
            timeline: TimelineView {
                day: ctx.today,
                items: None,
                cursor: 0,
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
            help_scroll: 0,
            size,
            quit: false,
            panels: vec![None; DOMAINS.len()],
            day: ctx.today,
            now: Timestamp::now(),
            opened: None,
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
            Screen::Timeline => self.timeline.items().iter().any(|i| i.timer.is_some()),
        }
    }

    /// Whether the current screen's rows are checked in by day (the habit grid).
    pub fn by_day(&self) -> bool {
        matches!(self.screen, Screen::Domain(d) if DOMAINS.get(d).is_some_and(|x| x.decl().by_day))
    }

    /// The panel request for a domain that has one.
    pub(super) fn panel_request(d: usize) -> Option<Effect> {
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
            Screen::Timeline => self.timeline.items().get(self.timeline.cursor),
        }
    }

    pub(super) fn error(&mut self, text: impl Into<String>) {
        self.message = Some(Message {
            text: text.into(),
            error: true,
        });
    }

    pub(super) fn info(&mut self, text: impl Into<String>) {
        self.message = Some(Message {
            text: text.into(),
            error: false,
        });
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
            Screen::Timeline => vec![Effect::Request(Request::Timeline(self.timeline.day))],
        }
    }

    fn screen_index(&self) -> usize {
        match self.screen {
            Screen::Today | Screen::Search | Screen::Timeline => 0,
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
            // The help scrolls with the moving keys when it does not fit.
            let (rows, shown) = crate::render::help_rows(self);
            let last = u16::try_from(rows.saturating_sub(shown)).unwrap_or(u16::MAX);
            let page = u16::try_from(shown.max(1)).unwrap_or(1);
            let s = self.help_scroll;
            self.help_scroll = match action {
                Action::Help | Action::Back | Action::Quit => {
                    self.help = false;
                    0
                }
                Action::Down | Action::DetailDown => s.saturating_add(1),
                Action::Up | Action::DetailUp => s.saturating_sub(1),
                Action::PageDown => s.saturating_add(page),
                Action::PageUp => s.saturating_sub(page),
                Action::Top => 0,
                Action::Bottom => last,
                _ => s,
            }
            .min(last);
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
            Action::Timeline => {
                if self.screen == Screen::Timeline {
                    self.timeline.day = self.ctx.today;
                    self.timeline.cursor = 0;
                }
                self.go(Screen::Timeline)
            }
            Action::Complete => self.check(false),
            Action::Skip => self.check(true),
            Action::PrevDay | Action::NextDay if self.screen == Screen::Timeline => {
                let day = if action == Action::PrevDay {
                    self.timeline.day - Duration::days(1)
                } else {
                    self.timeline.day + Duration::days(1)
                };
                // Any day back, none past today.
                self.timeline.day = day.min(self.ctx.today);
                self.timeline.cursor = 0;
                vec![Effect::Request(Request::Timeline(self.timeline.day))]
            }
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
            Action::OpenFile => self.open_file(),
            Action::Undo => match self.undo.pop() {
                Some(undo) => vec![Effect::Request(Request::Undo(undo))],
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

    /// The open key: the selected row's first file, or, pressed again on the same row,
    /// the one after the file it opened last (round again after the last).
    fn open_file(&mut self) -> Vec<Effect> {
        let Some(item) = self.selected() else {
            self.info(strings::NOTHING_SELECTED);
            return vec![];
        };
        let of = item.files.len();
        if of == 0 {
            self.info(strings::NO_FILES);
            return vec![];
        }
        let i = match self.opened {
            Some((id, last)) if id == item.id => (last + 1) % of,
            _ => 0,
        };
        let Some(file) = item.files.get(i).cloned() else {
            return vec![];
        };
        self.opened = Some((item.id, i));
        self.info(format!("opening {}…", file.name));
        vec![Effect::Request(Request::OpenFile {
            file,
            nth: i + 1,
            of,
        })]
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
}
