//! Keys → named actions. The defaults are below; `[keys]` in the config replaces the
//! keys of the actions it names (`quick_add = "a"`, several keys separated by spaces).
//! The help overlay is generated from the effective keymap.

use std::collections::BTreeMap;
use std::fmt;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// What a key can ask for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Action {
    /// Leave the app.
    Quit,
    /// Show or hide the help overlay.
    Help,
    /// Cursor down one row.
    Down,
    /// Cursor up one row.
    Up,
    /// Cursor down one page.
    PageDown,
    /// Cursor up one page.
    PageUp,
    /// First row.
    Top,
    /// Last row.
    Bottom,
    /// Next view.
    NextView,
    /// Previous view.
    PrevView,
    /// Go to the view with this number (1-based).
    View(u8),
    /// Quick capture in the current view.
    QuickAdd,
    /// Search across everything.
    Search,
    /// What happened on a day, across every view.
    Timeline,
    /// Complete (or reopen) a task, pin (or unpin) a note.
    Complete,
    /// Edit the selected row in `$EDITOR`.
    Edit,
    /// Delete the selected row (undo brings it back).
    Delete,
    /// Undo the last change (of any kind).
    Undo,
    /// Sync in the background.
    Sync,
    /// Cycle the view's filter.
    Filter,
    /// Show only rows with a tag (empty: all).
    TagFilter,
    /// Reload from the database.
    Refresh,
    /// Show the detail pane full screen (or back).
    Detail,
    /// Scroll the detail pane down.
    DetailDown,
    /// Scroll the detail pane up.
    DetailUp,
    /// Leave the overlay, the search or the full-screen detail.
    Back,
    /// Skip the selected habit on the selected day (again: undo).
    Skip,
    /// Select the day before in the habit grid.
    PrevDay,
    /// Select the day after in the habit grid (not past today).
    NextDay,
    /// Start a fast, or stop the running one.
    Fast,
    /// Open the selected row's attachment (again: the next one).
    OpenFile,
}

/// Every action with its config name and help text, in help order.
pub const ACTIONS: &[(Action, &str, &str)] = &[
    (Action::Help, "help", "this help"),
    (Action::Quit, "quit", "quit"),
    (Action::Down, "down", "move down"),
    (Action::Up, "up", "move up"),
    (Action::PageDown, "page_down", "page down"),
    (Action::PageUp, "page_up", "page up"),
    (Action::Top, "top", "first row"),
    (Action::Bottom, "bottom", "last row"),
    (Action::NextView, "next_view", "next view"),
    (Action::PrevView, "prev_view", "previous view"),
    (Action::View(1), "view_1", "Today"),
    (Action::View(2), "view_2", "view 2 (Tasks)"),
    (Action::View(3), "view_3", "view 3 (Notes)"),
    (Action::View(4), "view_4", "view 4 (People)"),
    (Action::View(5), "view_5", "view 5 (Places)"),
    (Action::View(6), "view_6", "view 6 (Habits)"),
    (Action::View(7), "view_7", "view 7 (Fasting)"),
    (Action::View(8), "view_8", "view 8 (Health)"),
    (Action::View(9), "view_9", "view 9 (Faith)"),
    (Action::View(10), "view_10", "view 10 (Finance)"),
    (Action::QuickAdd, "quick_add", "quick capture"),
    (Action::Search, "search", "search everything"),
    (
        Action::Timeline,
        "timeline",
        "timeline of a day ([ ] move it)",
    ),
    (Action::Complete, "complete", "complete, check, mark read"),
    (Action::Skip, "skip", "skip a habit's day"),
    (Action::PrevDay, "prev_day", "day before (habits, timeline)"),
    (Action::NextDay, "next_day", "day after (habits, timeline)"),
    (Action::Fast, "fast", "start / stop a fast"),
    (Action::Edit, "edit", "edit in $EDITOR"),
    (Action::OpenFile, "open_file", "open a file (again: next)"),
    (Action::Delete, "delete", "delete"),
    (Action::Undo, "undo", "undo the last change"),
    (Action::Filter, "filter", "next filter"),
    (Action::TagFilter, "tag_filter", "filter by tag"),
    (Action::Sync, "sync", "sync in the background"),
    (Action::Refresh, "refresh", "reload"),
    (Action::Detail, "detail", "full-screen detail"),
    (Action::DetailDown, "detail_down", "scroll detail down"),
    (Action::DetailUp, "detail_up", "scroll detail up"),
    (Action::Back, "back", "back / close"),
];

const DEFAULTS: &[(&str, &str)] = &[
    ("help", "?"),
    ("quit", "q"),
    ("down", "j down ctrl-n"),
    ("up", "k up ctrl-p"),
    ("page_down", "pgdn ctrl-d"),
    ("page_up", "pgup ctrl-u"),
    ("top", "g home"),
    ("bottom", "G end"),
    ("next_view", "tab l right"),
    ("prev_view", "backtab h left"),
    ("view_1", "1"),
    ("view_2", "2"),
    ("view_3", "3"),
    ("view_4", "4"),
    ("view_5", "5"),
    ("view_6", "6"),
    ("view_7", "7"),
    ("view_8", "8"),
    ("view_9", "9"),
    ("view_10", "0"),
    ("quick_add", "a"),
    ("search", "/"),
    ("timeline", "T"),
    ("complete", "x space"),
    ("skip", "s"),
    ("prev_day", "["),
    ("next_day", "]"),
    ("fast", "F"),
    ("edit", "e"),
    ("open_file", "O"),
    ("delete", "d delete"),
    ("undo", "u"),
    ("filter", "f"),
    ("tag_filter", "#"),
    ("sync", "S"),
    ("refresh", "r ctrl-r"),
    ("detail", "enter"),
    ("detail_down", "J"),
    ("detail_up", "K"),
    ("back", "esc"),
];

/// A key with its modifiers, as written in the config (`a`, `G`, `ctrl-d`, `enter`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Key {
    /// The key.
    pub code: KeyCodeOrd,
    /// Ctrl held.
    pub ctrl: bool,
    /// Alt held.
    pub alt: bool,
}

/// The keys we bind, in an orderable form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum KeyCodeOrd {
    /// A character (case matters: `G` is shift-g).
    Char(char),
    /// A function key.
    F(u8),
    /// Enter.
    Enter,
    /// Escape.
    Esc,
    /// Tab.
    Tab,
    /// Shift-tab.
    BackTab,
    /// Backspace.
    Backspace,
    /// Delete.
    Delete,
    /// Arrow up.
    Up,
    /// Arrow down.
    Down,
    /// Arrow left.
    Left,
    /// Arrow right.
    Right,
    /// Page up.
    PageUp,
    /// Page down.
    PageDown,
    /// Home.
    Home,
    /// End.
    End,
}

const NAMED: &[(&str, KeyCodeOrd)] = &[
    ("enter", KeyCodeOrd::Enter),
    ("esc", KeyCodeOrd::Esc),
    ("tab", KeyCodeOrd::Tab),
    ("backtab", KeyCodeOrd::BackTab),
    ("backspace", KeyCodeOrd::Backspace),
    ("delete", KeyCodeOrd::Delete),
    ("up", KeyCodeOrd::Up),
    ("down", KeyCodeOrd::Down),
    ("left", KeyCodeOrd::Left),
    ("right", KeyCodeOrd::Right),
    ("pgup", KeyCodeOrd::PageUp),
    ("pgdn", KeyCodeOrd::PageDown),
    ("home", KeyCodeOrd::Home),
    ("end", KeyCodeOrd::End),
    ("space", KeyCodeOrd::Char(' ')),
];

/// Why `[keys]` in the config cannot be used.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum KeyError {
    /// No action has this name.
    #[error("[keys]: no action named '{0}'; the actions are: {names}", names = action_names())]
    UnknownAction(String),
    /// The key spec does not parse.
    #[error("[keys] {action}: '{spec}' is not a key: use a character (a, G, ?), ctrl-x, alt-x, f1-f12, or one of: {named}", named = NAMED.iter().map(|(n, _)| *n).collect::<Vec<_>>().join(", "))]
    BadKey {
        /// The action.
        action: String,
        /// The spec.
        spec: String,
    },
    /// Two configured actions claim one key.
    #[error("[keys]: {key} is bound to both {first} and {second}")]
    Clash {
        /// The key.
        key: String,
        /// One action.
        first: String,
        /// The other.
        second: String,
    },
    /// A configured key is another action's default key: binding it would silently take
    /// that action's key away.
    #[error(
        "[keys] {action} = \"{key}\": {key} is already the key of {other} (by default \"{other_keys}\"); give {other} other keys in [keys] too, or choose another key for {action}"
    )]
    Shadows {
        /// The key.
        key: String,
        /// The configured action.
        action: String,
        /// The action whose default key it is.
        other: String,
        /// That action's default keys.
        other_keys: String,
    },
    /// An action was left with no key (an empty spec).
    #[error("[keys] {0}: give at least one key")]
    Empty(String),
}

fn action_names() -> String {
    ACTIONS
        .iter()
        .map(|(_, n, _)| *n)
        .collect::<Vec<_>>()
        .join(", ")
}

impl Key {
    /// Parses one key spec.
    pub fn parse(spec: &str) -> Option<Key> {
        let mut ctrl = false;
        let mut alt = false;
        let mut rest = spec;
        loop {
            if let Some(r) = rest.strip_prefix("ctrl-").filter(|r| !r.is_empty()) {
                ctrl = true;
                rest = r;
            } else if let Some(r) = rest.strip_prefix("alt-").filter(|r| !r.is_empty()) {
                alt = true;
                rest = r;
            } else {
                break;
            }
        }
        let mut chars = rest.chars();
        let code = match (chars.next(), chars.next()) {
            (Some(c), None) if !c.is_control() && c != ' ' => KeyCodeOrd::Char(c),
            _ => {
                if let Some((_, k)) = NAMED.iter().find(|(n, _)| *n == rest) {
                    *k
                } else if let Some(n) = rest.strip_prefix('f').and_then(|n| n.parse::<u8>().ok())
                    && (1..=12).contains(&n)
                {
                    KeyCodeOrd::F(n)
                } else {
                    return None;
                }
            }
        };
        Some(Key { code, ctrl, alt })
    }

    /// The key of a terminal event, if it is one we can bind.
    pub fn from_event(ev: &KeyEvent) -> Option<Key> {
        let code = match ev.code {
            KeyCode::Char(c) => KeyCodeOrd::Char(c),
            KeyCode::F(n) => KeyCodeOrd::F(n),
            KeyCode::Enter => KeyCodeOrd::Enter,
            KeyCode::Esc => KeyCodeOrd::Esc,
            KeyCode::Tab => KeyCodeOrd::Tab,
            KeyCode::BackTab => KeyCodeOrd::BackTab,
            KeyCode::Backspace => KeyCodeOrd::Backspace,
            KeyCode::Delete => KeyCodeOrd::Delete,
            KeyCode::Up => KeyCodeOrd::Up,
            KeyCode::Down => KeyCodeOrd::Down,
            KeyCode::Left => KeyCodeOrd::Left,
            KeyCode::Right => KeyCodeOrd::Right,
            KeyCode::PageUp => KeyCodeOrd::PageUp,
            KeyCode::PageDown => KeyCodeOrd::PageDown,
            KeyCode::Home => KeyCodeOrd::Home,
            KeyCode::End => KeyCodeOrd::End,
            _ => return None,
        };
        Some(Key {
            code,
            ctrl: ev.modifiers.contains(KeyModifiers::CONTROL),
            alt: ev.modifiers.contains(KeyModifiers::ALT),
        })
    }
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.ctrl {
            f.write_str("ctrl-")?;
        }
        if self.alt {
            f.write_str("alt-")?;
        }
        match self.code {
            KeyCodeOrd::Char(' ') => f.write_str("space"),
            KeyCodeOrd::Char(c) => write!(f, "{c}"),
            KeyCodeOrd::F(n) => write!(f, "f{n}"),
            other => {
                let name = NAMED
                    .iter()
                    .find(|(_, k)| *k == other)
                    .map_or("?", |(n, _)| *n);
                f.write_str(name)
            }
        }
    }
}

/// The effective bindings.
#[derive(Clone, Debug)]
pub struct Keymap {
    bindings: BTreeMap<Key, Action>,
}

fn parse_specs(action: &str, spec: &str) -> Result<Vec<Key>, KeyError> {
    let keys: Vec<Key> = spec
        .split_whitespace()
        .map(|s| {
            Key::parse(s).ok_or_else(|| KeyError::BadKey {
                action: action.to_owned(),
                spec: s.to_owned(),
            })
        })
        .collect::<Result<_, _>>()?;
    if keys.is_empty() {
        return Err(KeyError::Empty(action.to_owned()));
    }
    Ok(keys)
}

fn action_by_name(name: &str) -> Option<Action> {
    ACTIONS
        .iter()
        .find(|(_, n, _)| *n == name)
        .map(|(a, _, _)| *a)
}

impl Keymap {
    /// The defaults with the configured actions' keys replaced. A key the config gives
    /// to an action that another, unconfigured action has by default is an error naming
    /// both ([`KeyError::Shadows`]): give that action keys of its own too.
    pub fn new(config: &BTreeMap<String, String>) -> Result<Self, KeyError> {
        let mut configured: BTreeMap<Key, (Action, &str)> = BTreeMap::new();
        for (name, spec) in config {
            let action =
                action_by_name(name).ok_or_else(|| KeyError::UnknownAction(name.clone()))?;
            for key in parse_specs(name, spec)? {
                if let Some((_, other)) = configured.insert(key, (action, name)) {
                    return Err(KeyError::Clash {
                        key: key.to_string(),
                        first: other.to_owned(),
                        second: name.clone(),
                    });
                }
            }
        }
        let mut bindings = BTreeMap::new();
        for (name, spec) in DEFAULTS {
            if config.contains_key(*name) {
                continue;
            }
            let Some(action) = action_by_name(name) else {
                continue;
            };
            for key in parse_specs(name, spec)? {
                if let Some((_, by)) = configured.get(&key) {
                    return Err(KeyError::Shadows {
                        key: key.to_string(),
                        action: (*by).to_owned(),
                        other: (*name).to_owned(),
                        other_keys: (*spec).to_owned(),
                    });
                }
                bindings.insert(key, action);
            }
        }
        bindings.extend(configured.into_iter().map(|(k, (a, _))| (k, a)));
        Ok(Self { bindings })
    }

    /// The defaults.
    pub fn defaults() -> Self {
        Self::new(&BTreeMap::new()).unwrap_or(Self {
            bindings: BTreeMap::new(),
        })
    }

    /// The action bound to this terminal key.
    pub fn action(&self, ev: &KeyEvent) -> Option<Action> {
        let key = Key::from_event(ev)?;
        if let Some(a) = self.bindings.get(&key) {
            return Some(*a);
        }
        // Terminals differ on whether shift-g arrives as 'G' or 'G' + SHIFT; both are 'G'.
        None
    }

    /// The keys of an action, in display form.
    pub fn keys_of(&self, action: Action) -> Vec<String> {
        self.bindings
            .iter()
            .filter(|(_, a)| **a == action)
            .map(|(k, _)| k.to_string())
            .collect()
    }

    /// The first key of an action, for hints (`?` for help).
    pub fn hint(&self, action: Action) -> String {
        self.keys_of(action).into_iter().next().unwrap_or_default()
    }

    /// The help lines: keys and what they do, for every bound action, in help order.
    pub fn help(&self) -> Vec<(String, &'static str)> {
        self.help_entries()
            .into_iter()
            .map(|(_, keys, text)| (keys, text))
            .collect()
    }

    /// [`Keymap::help`] with the actions, so a caller can word some lines itself.
    pub fn help_entries(&self) -> Vec<(Action, String, &'static str)> {
        ACTIONS
            .iter()
            .filter_map(|(a, _, text)| {
                let keys = self.keys_of(*a);
                (!keys.is_empty()).then(|| (*a, keys.join(" "), *text))
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;

    fn ev(code: KeyCode, m: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, m)
    }

    #[test]
    fn defaults_bind_vim_keys_and_arrows() {
        let k = Keymap::defaults();
        assert_eq!(
            k.action(&ev(KeyCode::Char('j'), KeyModifiers::NONE)),
            Some(Action::Down)
        );
        assert_eq!(
            k.action(&ev(KeyCode::Down, KeyModifiers::NONE)),
            Some(Action::Down)
        );
        assert_eq!(
            k.action(&ev(KeyCode::Char('G'), KeyModifiers::SHIFT)),
            Some(Action::Bottom)
        );
        assert_eq!(
            k.action(&ev(KeyCode::Char('d'), KeyModifiers::CONTROL)),
            Some(Action::PageDown)
        );
        assert_eq!(k.action(&ev(KeyCode::Char('z'), KeyModifiers::NONE)), None);
    }

    #[test]
    fn config_replaces_an_actions_keys() {
        let cfg = BTreeMap::from([
            ("quick_add".to_owned(), "n ctrl-a".to_owned()),
            ("undo".to_owned(), "x".to_owned()),
            ("complete".to_owned(), "space".to_owned()),
        ]);
        let k = Keymap::new(&cfg).unwrap();
        assert_eq!(k.action(&ev(KeyCode::Char('a'), KeyModifiers::NONE)), None);
        assert_eq!(
            k.action(&ev(KeyCode::Char('n'), KeyModifiers::NONE)),
            Some(Action::QuickAdd)
        );
        assert_eq!(
            k.action(&ev(KeyCode::Char('a'), KeyModifiers::CONTROL)),
            Some(Action::QuickAdd)
        );
        assert_eq!(
            k.action(&ev(KeyCode::Char('x'), KeyModifiers::NONE)),
            Some(Action::Undo)
        );
        assert_eq!(k.keys_of(Action::Complete), vec!["space"]);
        let help = k.help();
        assert!(
            help.contains(&("ctrl-a n".to_owned(), "quick capture")),
            "{help:?}"
        );
    }

    #[test]
    fn bad_configs_are_clear_errors() {
        let one = |a: &str, s: &str| {
            Keymap::new(&BTreeMap::from([(a.to_owned(), s.to_owned())])).unwrap_err()
        };
        assert!(matches!(one("quick_ad", "a"), KeyError::UnknownAction(_)));
        assert!(one("quick_ad", "a").to_string().contains("quick_add"));
        assert!(matches!(one("quit", "ctrl-"), KeyError::BadKey { .. }));
        assert!(matches!(one("quit", "f13"), KeyError::BadKey { .. }));
        assert!(matches!(one("quit", "enterr"), KeyError::BadKey { .. }));
        assert!(matches!(one("quit", "  "), KeyError::Empty(_)));
        let clash = Keymap::new(&BTreeMap::from([
            ("quit".to_owned(), "z".to_owned()),
            ("undo".to_owned(), "z".to_owned()),
        ]))
        .unwrap_err();
        assert!(matches!(clash, KeyError::Clash { .. }), "{clash}");
        // A key another action has by default is not taken from it silently.
        let shadow = one("undo", "x").to_string();
        assert!(
            shadow.contains("undo") && shadow.contains("complete") && shadow.contains("x space"),
            "{shadow}"
        );
    }

    #[test]
    fn specs_round_trip() {
        for s in [
            "a",
            "G",
            "?",
            "ctrl-d",
            "alt-x",
            "f5",
            "enter",
            "space",
            "pgdn",
            "ctrl-alt-k",
        ] {
            assert_eq!(Key::parse(s).unwrap().to_string(), s);
        }
    }
}
