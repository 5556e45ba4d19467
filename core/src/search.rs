//! Finding anything: what each row gives the search index and the timeline, derived from
//! its kind's declaration ([`Entity::SEARCH_FIELDS`](crate::Entity::SEARCH_FIELDS),
//! [`Entity::EVENTS`](crate::Entity::EVENTS), [`Entity::PARENT`](crate::Entity::PARENT)),
//! the search query language, and the hits and timeline entries the stores answer with.
//!
//! The query language (`lifeos search`, the TUI's `/`, the server's search route):
//!
//! | form | finds |
//! |---|---|
//! | `word` | rows with that word (any case, accents ignored) |
//! | `wor*` | rows with a word starting so |
//! | `"two words"` | the words next to each other, in this order |
//! | `-word`, `-"two words"` | rows without it |
//! | `kind:task` (`kind:tasks`, `kind:task,note`) | rows of these kinds (repeated: any of them) |
//! | `tag:x` | rows tagged `x` (repeated: all of them) |
//! | `from:DATE`, `to:DATE`, `on:DATE` | rows whose first event (a task's creation, a transaction's booking date) falls in these local days, inclusive; any day word (`yesterday`, `-2w`) |
//!
//! Words are ANDed. A query of filters only lists the matching rows, newest first.

use serde::Serialize;
use serde_json::Value;
use time::{Date, Duration, OffsetDateTime, Time, UtcOffset};

use crate::entity::EntityKind;
use crate::id::Id;
use crate::timestamp::{LocalDate, Timestamp};
use crate::validate;

/// The longest query accepted, in bytes.
pub const MAX_QUERY_BYTES: usize = 1_000;
/// The most words and phrases one query may hold.
pub const MAX_TERMS: usize = 32;
/// The longest title the index keeps, in characters.
const MAX_TITLE_CHARS: usize = 200;

/// An instant or a whole day: when something happened.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(untagged)]
pub enum When {
    /// A moment (a task done, a fast started).
    Instant(Timestamp),
    /// A day without a time (a check-in, a booking date).
    Day(LocalDate),
}

impl When {
    /// Reads an instant (`2026-11-12T09:30:00.000Z`) or a date (`2026-11-12`).
    pub fn parse(s: &str) -> Option<Self> {
        if s.len() == 10 {
            LocalDate::parse(s).ok().map(Self::Day)
        } else {
            Timestamp::parse(s).ok().map(Self::Instant)
        }
    }

    /// The stored text: an instant in wire form, a day as `YYYY-MM-DD` (the two never
    /// share a length, which is how a range query tells them apart).
    pub fn text(self) -> String {
        match self {
            Self::Instant(t) => t.to_string(),
            Self::Day(d) => d.to_string(),
        }
    }

    /// The local day this falls on at `offset`, and the local time for an instant.
    pub fn local(self, offset: UtcOffset) -> (Date, Option<Time>) {
        match self {
            Self::Instant(t) => {
                let l = t.datetime().to_offset(offset);
                (l.date(), Some(l.time()))
            }
            Self::Day(d) => (d.date(), None),
        }
    }
}

/// What one live row puts in the index: derived from its kind's declaration alone.
#[derive(Clone, Debug, PartialEq)]
pub struct Doc {
    /// The first line of the first non-empty search field (a task's title, a payee).
    pub title: String,
    /// Every other string of the search fields, one per line.
    pub body: String,
    /// The row's tags (its `tags` field).
    pub tags: Vec<String>,
    /// The row it belongs to ([`EntityKind::parent`]), if set.
    pub parent: Option<String>,
    /// What happened when ([`EntityKind::events`]), in declaration order.
    pub events: Vec<(When, &'static str)>,
}

fn strings<'a>(v: &'a Value, out: &mut Vec<&'a str>) {
    match v {
        Value::String(s) if !s.trim().is_empty() => out.push(s),
        Value::Array(a) => a.iter().for_each(|v| strings(v, out)),
        Value::Object(m) => m.values().for_each(|v| strings(v, out)),
        _ => {}
    }
}

/// The index entry of a live row of `kind` created at `created_at`, from its canonical
/// fields.
pub fn doc(kind: EntityKind, created_at: Timestamp, fields_json: &str) -> serde_json::Result<Doc> {
    let value: Value = serde_json::from_str(fields_json)?;
    let empty = serde_json::Map::new();
    let map = value.as_object().unwrap_or(&empty);
    let mut texts = Vec::new();
    for f in kind.search_fields() {
        if let Some(v) = map.get(*f) {
            strings(v, &mut texts);
        }
    }
    let (title, body) = match texts.split_first() {
        Some((first, rest)) => {
            let mut lines = first.trim().lines();
            let title: String = lines
                .next()
                .unwrap_or_default()
                .chars()
                .take(MAX_TITLE_CHARS)
                .collect();
            let more: Vec<&str> = lines.collect();
            let mut body = more.join("\n");
            for t in rest {
                if !body.is_empty() {
                    body.push('\n');
                }
                body.push_str(t);
            }
            (title, body)
        }
        None => (String::new(), String::new()),
    };
    let tags = match map.get("tags") {
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(|t| t.as_str().map(str::to_owned))
            .collect(),
        _ => Vec::new(),
    };
    let parent = kind
        .parent()
        .and_then(|(field, _)| map.get(field))
        .and_then(Value::as_str)
        .map(str::to_owned);
    let events = kind
        .events()
        .iter()
        .filter_map(|e| {
            let when = if e.field == "created_at" {
                Some(When::Instant(created_at))
            } else {
                map.get(e.field)
                    .and_then(Value::as_str)
                    .and_then(When::parse)
            };
            when.map(|w| (w, e.what))
        })
        .collect();
    Ok(Doc {
        title,
        body,
        tags,
        parent,
        events,
    })
}

/// What the index is built from: when this changes (a kind's search fields, events or
/// parent, or the index's own layout), stores rebuild their index.
pub fn fingerprint() -> String {
    let mut s = String::from("search-1");
    for k in EntityKind::ALL {
        s.push(';');
        s.push_str(k.name());
        s.push(':');
        s.push_str(&k.search_fields().join(","));
        s.push('|');
        for e in k.events() {
            s.push_str(e.field);
            s.push('=');
            s.push_str(e.what);
            s.push(',');
        }
        if let Some((field, kind)) = k.parent() {
            s.push('^');
            s.push_str(field);
            s.push('>');
            s.push_str(kind.name());
        }
    }
    s
}

/// A word or a phrase of a query.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Term {
    /// The text (a phrase's words, a word).
    pub text: String,
    /// Whether it was quoted.
    pub phrase: bool,
    /// `wor*`: any word starting so.
    pub prefix: bool,
    /// `-word`: rows without it.
    pub negated: bool,
}

/// A parsed search query (see the module's documentation for the language).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SearchQuery {
    /// The words and phrases, in order.
    pub terms: Vec<Term>,
    /// Only these kinds (empty: all).
    pub kinds: Vec<EntityKind>,
    /// Only rows with all these tags.
    pub tags: Vec<String>,
    /// Only rows whose first event is on or after this local day.
    pub from: Option<Date>,
    /// Only rows whose first event is on or before this local day.
    pub to: Option<Date>,
}

fn words(s: &str, strict: bool) -> Result<Vec<(String, bool)>, String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    let mut was_quoted = false;
    // Control characters (a NUL ends a string for SQLite's FTS5 parser) separate words.
    for c in s.chars().map(|c| if c.is_control() { ' ' } else { c }) {
        match c {
            '"' => {
                quoted = !quoted;
                was_quoted = true;
            }
            c if c.is_whitespace() && !quoted => {
                if !cur.is_empty() {
                    out.push((std::mem::take(&mut cur), was_quoted));
                }
                was_quoted = false;
            }
            c => cur.push(c),
        }
    }
    if quoted && strict {
        return Err("a quote is not closed: write \"two words\" for a phrase".into());
    }
    if !cur.is_empty() {
        out.push((cur, was_quoted));
    }
    Ok(out)
}

fn kind_named(name: &str) -> Option<EntityKind> {
    let n = name.trim().to_ascii_lowercase();
    EntityKind::ALL
        .iter()
        .copied()
        .find(|k| k.name() == n || k.plural() == n)
}

impl SearchQuery {
    /// Reads a query; day words are read relative to `today`. Whatever it cannot read is
    /// refused with the reason.
    pub fn parse(s: &str, today: Date) -> Result<Self, String> {
        Self::read(s, today, true)
    }

    /// Reads a query as a search box must (the server's search route): never refused.
    /// A quote left open closes at the end, a filter it cannot read (`kind:nope`) is a
    /// word, words past the [`MAX_TERMS`]th are ignored, and a query that asks for
    /// nothing (empty, exclusions only, `from:` after `to:`) finds nothing
    /// ([`SearchQuery::finds_nothing`]).
    pub fn parse_lenient(s: &str, today: Date) -> Self {
        Self::read(s, today, false).unwrap_or_default()
    }

    /// Whether the query can match no row at all (see [`SearchQuery::parse_lenient`]).
    pub fn finds_nothing(&self) -> bool {
        let no_filters = self.kinds.is_empty()
            && self.tags.is_empty()
            && self.from.is_none()
            && self.to.is_none();
        let only_excluded = !self.terms.is_empty() && self.terms.iter().all(|t| t.negated);
        let backwards = matches!((self.from, self.to), (Some(f), Some(t)) if f > t);
        (self.terms.is_empty() && no_filters) || only_excluded || backwards
    }

    fn read(s: &str, today: Date, strict: bool) -> Result<Self, String> {
        if strict && s.len() > MAX_QUERY_BYTES {
            return Err(format!(
                "a search is at most {MAX_QUERY_BYTES} bytes (this one is {})",
                s.len()
            ));
        }
        let mut q = Self::default();
        for (word, quoted) in words(s, strict)? {
            if !quoted
                && let Some((key, value)) = word.split_once(':')
                && (strict || q.filter_reads(key, value, today))
            {
                let key = key.to_ascii_lowercase();
                let day =
                    |v: &str| crate::when::parse_day(v, today).map_err(|e| format!("{key}: {e}"));
                match key.as_str() {
                    "kind" => {
                        for name in value.split(',').filter(|n| !n.trim().is_empty()) {
                            let kind = kind_named(name).ok_or_else(|| {
                                format!(
                                    "kind:{} is not a kind: use one of {}",
                                    validate::clip(name),
                                    EntityKind::ALL
                                        .iter()
                                        .map(|k| k.name())
                                        .collect::<Vec<_>>()
                                        .join(", ")
                                )
                            })?;
                            if !q.kinds.contains(&kind) {
                                q.kinds.push(kind);
                            }
                        }
                        continue;
                    }
                    "tag" => {
                        let mut tag = validate::normalize_tags([value]).map_err(|e| e.message)?;
                        q.tags.append(&mut tag);
                        continue;
                    }
                    "from" => {
                        q.from = Some(day(value)?);
                        continue;
                    }
                    "to" => {
                        q.to = Some(day(value)?);
                        continue;
                    }
                    "on" => {
                        let d = day(value)?;
                        q.from = Some(d);
                        q.to = Some(d);
                        continue;
                    }
                    _ => {}
                }
            }
            let (negated, rest) = match word.strip_prefix('-') {
                Some(r) if !r.is_empty() => (true, r),
                _ => (false, word.as_str()),
            };
            let (prefix, rest) = match rest.strip_suffix('*') {
                Some(r) if !quoted => (true, r),
                _ => (false, rest),
            };
            // The index splits text at everything but letters and digits: a term of
            // punctuation alone would match nothing.
            if !rest.chars().any(char::is_alphanumeric) {
                continue;
            }
            q.terms.push(Term {
                text: rest.to_owned(),
                phrase: quoted,
                prefix,
                negated,
            });
            if q.terms.len() > MAX_TERMS {
                if !strict {
                    q.terms.pop();
                    break;
                }
                return Err(format!("a search holds at most {MAX_TERMS} words"));
            }
        }
        if !strict {
            return Ok(q);
        }
        if q.terms.iter().all(|t| t.negated) && !q.terms.is_empty() {
            return Err("a search needs a word to look for besides the words it excludes".into());
        }
        if q.terms.is_empty()
            && q.kinds.is_empty()
            && q.tags.is_empty()
            && q.from.is_none()
            && q.to.is_none()
        {
            return Err(
                "search for what? Give a word, a \"phrase\", kind:, tag:, from: or to:".into(),
            );
        }
        if let (Some(f), Some(t)) = (q.from, q.to)
            && f > t
        {
            return Err(format!("from:{f} is after to:{t}"));
        }
        Ok(q)
    }

    /// Whether `key:value` is a filter that reads (for the lenient reading, where one
    /// that does not is a word).
    fn filter_reads(&self, key: &str, value: &str, today: Date) -> bool {
        match key.to_ascii_lowercase().as_str() {
            "kind" => value
                .split(',')
                .filter(|n| !n.trim().is_empty())
                .all(|n| kind_named(n).is_some()),
            "tag" => validate::normalize_tags([value]).is_ok(),
            "from" | "to" | "on" => crate::when::parse_day(value, today).is_ok(),
            _ => true,
        }
    }

    /// The words as one SQLite FTS5 query, every term quoted (so nothing a user types
    /// is FTS syntax), or `None` for a query of filters only.
    pub fn fts5(&self) -> Option<String> {
        let quote = |t: &Term| {
            let mut s = format!("\"{}\"", t.text.replace('"', "\"\""));
            if t.prefix {
                s.push('*');
            }
            s
        };
        let wanted: Vec<String> = self
            .terms
            .iter()
            .filter(|t| !t.negated)
            .map(quote)
            .collect();
        if wanted.is_empty() {
            return None;
        }
        let mut s = format!("({})", wanted.join(" "));
        for t in self.terms.iter().filter(|t| t.negated) {
            s.push_str(" NOT ");
            s.push_str(&quote(t));
        }
        Some(s)
    }

    /// The range of stored event texts the query's days cover at `offset`: days as
    /// `YYYY-MM-DD` from and to (inclusive), instants from the first local midnight up
    /// to (excluding) the midnight after the last day.
    pub fn range(&self, offset: UtcOffset) -> Option<DayRange> {
        if self.from.is_none() && self.to.is_none() {
            return None;
        }
        Some(DayRange::new(
            self.from.unwrap_or(Date::MIN),
            self.to.unwrap_or(Date::MAX),
            offset,
        ))
    }
}

/// Local days `from..=to` at an offset, as bounds on stored event texts ([`When::text`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DayRange {
    /// The first day, `YYYY-MM-DD`.
    pub first_day: String,
    /// The last day, `YYYY-MM-DD`.
    pub last_day: String,
    /// The first instant, wire form.
    pub start: String,
    /// The instant just after the range, wire form.
    pub end: String,
}

impl DayRange {
    /// The bounds of local days `from..=to` at `offset`.
    pub fn new(from: Date, to: Date, offset: UtcOffset) -> Self {
        let midnight = |d: Date| -> String {
            Timestamp::from_datetime(OffsetDateTime::new_in_offset(d, Time::MIDNIGHT, offset))
                .to_string()
        };
        let clamp = |d: Date| {
            if d.year() < 1 {
                Date::from_calendar_date(1, time::Month::January, 1).unwrap_or(d)
            } else if d.year() > 9998 {
                Date::from_calendar_date(9998, time::Month::December, 31).unwrap_or(d)
            } else {
                d
            }
        };
        let (from, to) = (clamp(from), clamp(to));
        Self {
            first_day: LocalDate::new(from).to_string(),
            last_day: LocalDate::new(to).to_string(),
            start: midnight(from),
            end: midnight(to + Duration::days(1)),
        }
    }
}

/// One search result.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Hit {
    /// The row's kind (its wire name: `task`).
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    pub entity: EntityKind,
    /// The row.
    pub id: Id,
    /// Its title (or, for a row without text of its own, its parent's).
    pub title: String,
    /// The text around the best match.
    pub snippet: String,
    /// Where the matches are in `snippet`: `[start, end)` in characters (Unicode scalar
    /// values).
    #[cfg_attr(feature = "openapi", schema(value_type = Vec<Vec<u64>>))]
    pub marks: Vec<[usize; 2]>,
    /// How well it matches: higher is better (FTS5's BM25, negated; 0 for a query of
    /// filters only).
    pub score: f64,
}

/// The marker the stores put around a match in a snippet, before [`unmark`].
pub const MARK_OPEN: char = '\u{2}';
/// The marker after a match.
pub const MARK_CLOSE: char = '\u{3}';

/// Splits a snippet with [`MARK_OPEN`]/[`MARK_CLOSE`] into its text and the matches'
/// character ranges.
pub fn unmark(s: &str) -> (String, Vec<[usize; 2]>) {
    let mut text = String::with_capacity(s.len());
    let mut marks = Vec::new();
    let mut n = 0;
    let mut open = None;
    for c in s.chars() {
        match c {
            MARK_OPEN => open = Some(n),
            MARK_CLOSE => {
                if let Some(o) = open.take() {
                    marks.push([o, n]);
                }
            }
            c => {
                text.push(c);
                n += 1;
            }
        }
    }
    (text, marks)
}

/// One thing that happened, for `lifeos day` and `lifeos timeline`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Moment {
    /// When, as stored: an instant or a day.
    pub at: When,
    /// The local day it falls on.
    pub day: LocalDate,
    /// The local time `HH:MM`, for an instant.
    pub time: Option<String>,
    /// The row's kind.
    pub entity: EntityKind,
    /// The row.
    pub id: Id,
    /// What happened ([`crate::Event::what`]).
    pub what: &'static str,
    /// The row's title, or its parent's when it has none (a check-in: its habit).
    pub title: String,
}

impl Moment {
    /// Orders moments by local day; in a day the whole-day ones first, then by instant.
    pub fn sort_key(&self) -> (LocalDate, bool, When, EntityKind, Id) {
        (
            self.day,
            matches!(self.at, When::Instant(_)),
            self.at,
            self.entity,
            self.id,
        )
    }
}

/// The declared `what` of an event of `kind` with this text (what the stores read back).
pub fn what_of(kind: EntityKind, what: &str) -> Option<&'static str> {
    kind.events().iter().map(|e| e.what).find(|w| *w == what)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> Date {
        Date::from_calendar_date(2026, time::Month::December, 7).unwrap()
    }

    fn parse(s: &str) -> Result<SearchQuery, String> {
        SearchQuery::parse(s, today())
    }

    #[test]
    fn every_query_form_parses() {
        let q = parse(r#"garden wat* "red roses" -weeds kind:task,notes tag:home from:2026-11-01 to:yesterday"#).unwrap();
        assert_eq!(q.terms.len(), 4);
        assert_eq!(
            q.terms[1],
            Term {
                text: "wat".into(),
                phrase: false,
                prefix: true,
                negated: false
            }
        );
        assert!(q.terms[2].phrase);
        assert_eq!(q.terms[2].text, "red roses");
        assert!(q.terms[3].negated);
        assert_eq!(q.kinds, [EntityKind::Task, EntityKind::Note]);
        assert_eq!(q.tags, ["home"]);
        assert_eq!(q.from.unwrap().to_string(), "2026-11-01");
        assert_eq!(q.to.unwrap().to_string(), "2026-12-06");
        assert_eq!(
            q.fts5().unwrap(),
            r#"("garden" "wat"* "red roses") NOT "weeds""#
        );
        let on = parse("on:2026-11-12").unwrap();
        assert_eq!(on.from, on.to);
        assert_eq!(on.fts5(), None);
    }

    #[test]
    fn nothing_a_user_types_is_fts_syntax() {
        // Operators, column filters, stray quotes and stars are words inside quotes.
        let q = parse(r#"title:x OR NEAR(a b) ^start a"b"c"#).unwrap();
        let fts = q.fts5().unwrap();
        assert_eq!(fts, r#"("title:x" "OR" "NEAR(a" "b)" "^start" "abc")"#);
        // A NUL (a fuzz find: it ended the FTS5 string early) separates words.
        let q = parse("every 2\0\0n mon,thu").unwrap();
        assert_eq!(q.fts5().unwrap(), r#"("every" "2" "n" "mon,thu")"#);
        let q = parse("a\"\"b").unwrap();
        assert_eq!(q.terms[0].text, "ab");
        // A word of punctuation only tokenizes to nothing, so it is dropped.
        assert_eq!(parse("*** --- ? x").unwrap().terms.len(), 1);
        assert_eq!(parse("\"x\"*").unwrap().fts5().unwrap(), r#"("x*")"#);
    }

    #[test]
    fn bad_queries_are_refused_with_a_reason() {
        for (q, says) in [
            ("", "search for what"),
            ("   ***  ", "search for what"),
            ("-weeds", "besides the words it excludes"),
            ("\"open", "not closed"),
            ("kind:nope", "not a kind"),
            ("from:someday", "from:"),
            ("from:2026-12-01 to:2026-11-01", "is after"),
            ("tag:", "tag"),
        ] {
            let err = parse(q).unwrap_err();
            assert!(err.contains(says), "{q}: {err}");
        }
        let long = "a ".repeat(600);
        assert!(parse(&long).unwrap_err().contains("at most 1000 bytes"));
        let many = (0..40)
            .map(|i| format!("w{i}"))
            .collect::<Vec<_>>()
            .join(" ");
        assert!(parse(&many).unwrap_err().contains("at most 32 words"));
    }

    #[test]
    fn a_doc_is_derived_from_the_declaration() {
        let created = Timestamp::parse("2026-11-12T08:00:00.000Z").unwrap();
        let d = doc(
            EntityKind::Task,
            created,
            r#"{"title":"Water the garden\nsecond line","notes":"roses","status":"done","priority":"none","tags":["home"],"completed_at":"2026-11-12T09:30:00.000Z"}"#,
        )
        .unwrap();
        assert_eq!(d.title, "Water the garden");
        assert_eq!(d.body, "second line\nroses");
        assert_eq!(d.tags, ["home"]);
        assert_eq!(
            d.events,
            [
                (When::Instant(created), "added"),
                (
                    When::Instant(Timestamp::parse("2026-11-12T09:30:00.000Z").unwrap()),
                    "done"
                )
            ]
        );
        let c = doc(
            EntityKind::HabitCheckin,
            created,
            r#"{"habit_id":"01JDZQ0000000000000000000A","date":"2026-11-12","status":"done","note":""}"#,
        )
        .unwrap();
        assert_eq!(c.title, "");
        assert_eq!(c.parent.as_deref(), Some("01JDZQ0000000000000000000A"));
        assert_eq!(
            c.events,
            [(
                When::Day(LocalDate::parse("2026-11-12").unwrap()),
                "checked in"
            )]
        );
        // Every kind's own example makes a doc.
        for k in EntityKind::ALL {
            assert!(fingerprint().contains(k.name()));
        }
    }

    #[test]
    fn the_lenient_reading_never_refuses() {
        let lenient = |s: &str| SearchQuery::parse_lenient(s, today());
        assert_eq!(lenient("\"open phrase").terms[0].text, "open phrase");
        assert_eq!(lenient("kind:nope").terms[0].text, "kind:nope");
        assert_eq!(lenient("kind:task x").kinds, [EntityKind::Task]);
        assert_eq!(lenient("from:someday").terms[0].text, "from:someday");
        let many = (0..40)
            .map(|i| format!("w{i}"))
            .collect::<Vec<_>>()
            .join(" ");
        assert_eq!(lenient(&many).terms.len(), MAX_TERMS);
        for nothing in ["", "***", "-only", "from:2026-12-01 to:2026-11-01"] {
            assert!(lenient(nothing).finds_nothing(), "{nothing}");
        }
        for something in ["x", "kind:task", "tag:home", "on:2026-11-12", "a -b"] {
            assert!(!lenient(something).finds_nothing(), "{something}");
        }
    }

    #[test]
    fn day_ranges_follow_the_offset() {
        let east = UtcOffset::from_hms(9, 0, 0).unwrap();
        let d = Date::from_calendar_date(2026, time::Month::November, 12).unwrap();
        let r = DayRange::new(d, d, east);
        assert_eq!(r.first_day, "2026-11-12");
        assert_eq!(r.start, "2026-11-11T15:00:00.000Z");
        assert_eq!(r.end, "2026-11-12T15:00:00.000Z");
        let open = DayRange::new(Date::MIN, Date::MAX, UtcOffset::UTC);
        assert_eq!(open.first_day, "0001-01-01");
        assert_eq!(open.last_day, "9998-12-31");
    }

    #[test]
    fn marks_are_character_ranges() {
        let (text, marks) = unmark("é \u{2}roses\u{3} and \u{2}more\u{3}");
        assert_eq!(text, "é roses and more");
        assert_eq!(marks, [[2, 7], [12, 16]]);
        let chars: Vec<char> = text.chars().collect();
        assert_eq!(chars[2..7].iter().collect::<String>(), "roses");
    }
}
