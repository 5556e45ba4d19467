//! The cursor over a long list and the window of rows loaded around it: the list's
//! length is known from the first answer, rows are asked for a window at a time when
//! the visible rows come close to the loaded window's edge.

use super::{App, Effect, Screen};
use crate::worker::Request;

/// Rows fetched per list window.
pub const WINDOW: usize = 200;
/// A new window is asked for when the visible rows come this close to the window's edge.
const MARGIN: usize = 50;

/// Rows of list visible at this terminal size (the layout's body minus its borders).
pub fn list_rows(size: (u16, u16)) -> usize {
    usize::from(size.1.saturating_sub(4)).max(1)
}

impl App {
    /// How many rows the current screen's cursor ranges over.
    fn len(&self) -> usize {
        match self.screen {
            Screen::Today => self.today.items().count(),
            Screen::Domain(d) => self.lists.get(d).and_then(|l| l.total).unwrap_or(0),
            Screen::Search => self.search.items.len(),
            Screen::Timeline => self.timeline.items().len(),
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
            Screen::Timeline => &mut self.timeline.cursor,
        }
    }

    pub(super) fn move_cursor(
        &mut self,
        to: impl FnOnce(usize, usize, usize) -> usize,
    ) -> Vec<Effect> {
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
    pub(super) fn scroll_into_view(&mut self) -> Vec<Effect> {
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
    pub(super) fn ensure_window(&mut self, d: usize, force: bool) -> Vec<Effect> {
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
}
