//! Answers from the worker and the sync thread: windows of rows, Today, search
//! results, what changed (every list goes stale and the current screen reloads),
//! errors and refusals.

use super::{App, Effect, Screen, SyncState};
use crate::keymap::Action;
use crate::worker::{Request, Response};

impl App {
    /// After a change: every list is stale; the current screen reloads now.
    pub(super) fn reload(&mut self) -> Vec<Effect> {
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
            Screen::Timeline => vec![
                Effect::Request(Request::Timeline(self.timeline.day)),
                Effect::Request(Request::Today),
            ],
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
            Response::Timeline { day, items } => {
                if day == self.timeline.day {
                    self.timeline.cursor = self.timeline.cursor.min(items.len().saturating_sub(1));
                    self.timeline.items = Some(items);
                }
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
                self.reload()
            }
            Response::Undoable(undo) => {
                let hint = format!("({} undoes)", self.keymap.hint(Action::Undo));
                if let Some(m) = self.message.as_mut().filter(|m| !m.error)
                    && !m.text.ends_with(&hint)
                {
                    m.text = format!("{} {hint}", m.text);
                }
                self.undo.push(undo);
                vec![]
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
            Response::Opened(Ok(msg)) => {
                self.info(msg);
                vec![]
            }
            Response::Opened(Err(e)) => {
                self.error(e);
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
