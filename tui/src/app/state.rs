//! Each screen's own state (a domain list with its loaded window, Today, search), the
//! one-line input at the bottom, where sync stands and the status message.

use super::Screen;
use crate::views::{Item, Section};

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

/// The timeline screen's state: one local day's events across every view.
#[derive(Clone, Debug, PartialEq)]
pub struct TimelineView {
    /// The day shown.
    pub day: time::Date,
    /// Its events' rows, in order; `None` until loaded.
    pub items: Option<Vec<Item>>,
    /// The selected row.
    pub cursor: usize,
}

impl TimelineView {
    /// Every row, in order.
    pub fn items(&self) -> &[Item] {
        self.items.as_deref().unwrap_or_default()
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
