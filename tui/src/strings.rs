//! User-facing strings that are not built from data.

/// Sync asked for on a profile without a server.
pub const NOT_LOGGED_IN: &str = "not logged in: run `lifeos login` to sync";
/// An action with no row selected.
pub const NOTHING_SELECTED: &str = "nothing selected";
/// Undo with nothing deleted.
pub const NOTHING_TO_UNDO: &str = "nothing to undo";
/// The tag filter asked for outside a list.
pub const TAG_FILTER_IN_LISTS: &str = "filter by tag in a list view (2-9)";
/// A list still loading.
pub const LOADING: &str = "loading…";
/// An empty list (the quick-capture key follows).
pub const EMPTY: &str = "nothing here yet; quick capture:";
/// Search with no query.
pub const SEARCH_PROMPT: &str = "type to search every view";
/// Search without results.
pub const NO_RESULTS: &str = "no matches";
/// The help overlay's title.
pub const HELP_TITLE: &str = " Keys (? or esc closes) ";
/// A list row not loaded yet.
pub const ROW_LOADING: &str = "…";
/// The Today tab.
pub const TODAY: &str = "Today";
/// Search tab.
pub const SEARCH: &str = "Search";
/// No row selected in the detail pane.
pub const NO_DETAIL: &str = "select a row to see it here";
/// `[`/`]` outside the habits view and the timeline.
pub const DAYS_IN_HABITS: &str = "[ and ] choose the day in the habits view and the timeline (T)";
/// The timeline tab.
pub const TIMELINE: &str = "Timeline";
/// A day with nothing on the timeline.
pub const NOTHING_HAPPENED: &str = "nothing happened on this day ([ and ] move it)";
/// The open-file key on a row without attachments.
pub const NO_FILES: &str = "this row has no files";
/// `s` on a row that is not a habit.
pub const SKIP_IS_FOR_HABITS: &str = "s skips a habit's day";
