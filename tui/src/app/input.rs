//! Terminal keys: Ctrl-C, typing into the one-line input (quick capture, tag filter)
//! and into the search query; every other key goes through the keymap to `update`.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::{App, CaptureLine, Effect, LinePurpose, ListView, Screen};
use crate::views::DOMAINS;
use crate::worker::Request;

impl App {
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

    pub(super) fn search_request(&mut self) -> Vec<Effect> {
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
            Ok(mut c) => {
                match self.screen {
                    // On Today a task is for today (unless it says when): Today shows it.
                    Screen::Today if line.domain == 0 && c.due.is_none() => {
                        c.due = Some(lifeos_core::model::Due::Date(lifeos_core::LocalDate::new(
                            self.ctx.today,
                        )));
                    }
                    // A list under another filter or tag would hide the new row: it goes
                    // back to its first filter, without the tag the row lacks.
                    Screen::Domain(d) if d == line.domain => {
                        if let Some(l) = self.lists.get_mut(d)
                            && (l.filter != 0
                                || l.tag.as_ref().is_some_and(|t| !c.tags.contains(t)))
                        {
                            *l = ListView::default();
                        }
                    }
                    _ => {}
                }
                vec![Effect::Request(Request::Create {
                    domain: line.domain,
                    capture: c,
                })]
            }
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
}
