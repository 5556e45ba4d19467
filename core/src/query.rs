//! What a list asks for, in one vocabulary for both databases.
//!
//! A [`ListQuery`] is a set of [`Filter`]s over an entity's canonical JSON fields. Each
//! entity declares the list parameters it accepts ([`Entity::FILTERS`]); the CLI, the TUI,
//! the server's query string and the mobile bridge all read parameters through
//! [`ListQuery::from_params`], and each database translates the same `Filter`s to its own
//! SQL (SQLite `json_extract`, Postgres `fields->>`), so a filter is declared once and
//! means the same everywhere.

use crate::entity::{Entity, EntityKind};
use crate::id::Id;
use crate::timestamp::LocalDate;

/// A filter on an entity's fields, translated to SQL over its canonical JSON.
#[derive(Clone, Debug, PartialEq)]
pub enum Filter {
    /// The field's value is one of these strings.
    In(&'static str, Vec<String>),
    /// The field is set and its (text) value sorts before this one. Dates and
    /// timestamps in wire form sort by time.
    Before(&'static str, String),
    /// The field is set and its (text) value sorts at or after this one.
    AtLeast(&'static str, String),
    /// The field is set and its (text) value sorts at or before this one.
    AtMost(&'static str, String),
    /// The boolean field is true.
    IsTrue(&'static str),
    /// The boolean field has this value (absent counts as false).
    Bool(&'static str, bool),
    /// The hierarchical field is this value or below it, its parts separated by the
    /// character (`Food:Groceries` under `Food` by `:`, `home.garden` under `home` by `.`).
    Under(&'static str, String, char),
    /// The row has this tag.
    HasTag(String),
    /// The field is unset, or its (text) value sorts at or before this one (a task's
    /// `wait` that has come).
    UnsetOrAtMost(&'static str, String),
}

/// What to list.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ListQuery {
    /// Include tombstones.
    pub include_deleted: bool,
    /// All must hold.
    pub filters: Vec<Filter>,
    /// Case-insensitive text search over the entity's text fields
    /// ([`Entity::SEARCH_FIELDS`]).
    pub search: Option<String>,
}

/// The type of a list parameter's value, for help texts and the OpenAPI document.
#[derive(Clone, Copy, Debug)]
pub enum ParamType {
    /// Free text.
    Text,
    /// `true` or `false`.
    Bool,
    /// A ULID.
    Id,
    /// `YYYY-MM-DD`.
    Date,
    /// `YYYY-MM`.
    Month,
    /// A date or an RFC 3339 instant.
    DateOrInstant,
    /// A comma-separated list of these values.
    OneOf(&'static [&'static str]),
    /// One of the values the function lists (known at run time: kinds of the registry).
    Choice(fn() -> Vec<&'static str>),
    /// Text matching this pattern (a SHA-256).
    Pattern(&'static str),
}

/// One list parameter an entity accepts (declared in [`Entity::FILTERS`]).
#[derive(Clone, Copy, Debug)]
pub struct ListFilter {
    /// The parameter's name, in query strings (`status`, `due_before`).
    pub param: &'static str,
    /// What it selects, for help texts and the OpenAPI document.
    pub doc: &'static str,
    /// The type of its value.
    pub ty: ParamType,
    /// Reads a value into the filter, or says what is wrong with it (the message names
    /// no parameter: the caller adds it).
    pub parse: fn(&str) -> Result<Filter, String>,
}

/// A list parameter that could not be read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{param}: {message}")]
pub struct ParamError {
    /// The parameter.
    pub param: String,
    /// What is wrong with its value, or that this kind has no such parameter.
    pub message: String,
}

impl ParamError {
    fn new(param: &str, message: impl Into<String>) -> Self {
        ParamError {
            param: param.to_owned(),
            message: message.into(),
        }
    }
}

/// The parameters every kind accepts, besides its own [`Entity::FILTERS`].
pub const COMMON_PARAMS: &[(&str, &str)] = &[
    ("include_deleted", "Include tombstones (soft-deleted rows)."),
    ("tag", "Only rows with this tag."),
    ("search", "Case-insensitive text search."),
];

impl ListQuery {
    /// Reads list parameters (`name=value` pairs, as in a query string) for `kind`: the
    /// common ones ([`COMMON_PARAMS`]) and the kind's own [`Entity::FILTERS`]. A parameter
    /// another kind has but this one does not is refused by name.
    pub fn from_params<'a>(
        kind: EntityKind,
        params: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Result<ListQuery, ParamError> {
        let mut q = ListQuery::default();
        for (name, value) in params {
            match name {
                "include_deleted" => {
                    q.include_deleted = parse_bool(value).map_err(|m| ParamError::new(name, m))?
                }
                "tag" => q.filters.push(Filter::HasTag(value.trim().to_lowercase())),
                "search" => q.search = Some(value.to_owned()),
                _ => match kind.filters().iter().find(|f| f.param == name) {
                    Some(f) => q
                        .filters
                        .push((f.parse)(value).map_err(|m| ParamError::new(name, m))?),
                    None => {
                        let known = EntityKind::ALL
                            .iter()
                            .any(|k| k.filters().iter().any(|f| f.param == name));
                        let message = if known {
                            format!("{} cannot be filtered by {name}", kind.plural())
                        } else {
                            format!("is not a list parameter of {}", kind.plural())
                        };
                        return Err(ParamError::new(name, message));
                    }
                },
            }
        }
        Ok(q)
    }

    /// Whether a row passes the query's text search (filters are the database's job).
    pub fn matches_search<E: Entity>(&self, fields: &E) -> bool {
        match &self.search {
            None => true,
            Some(s) => fields.matches_text(&s.to_lowercase()),
        }
    }
}

/// Whether any of `fields` (wire names) of `row` holds `needle_lower` in a string: the
/// field itself, or any string inside it (lists, lists of objects). Case-insensitive
/// (Unicode lower case).
pub fn text_matches<E: serde::Serialize + ?Sized>(
    row: &E,
    fields: &[&str],
    needle_lower: &str,
) -> bool {
    fn any(v: &serde_json::Value, needle: &str) -> bool {
        match v {
            serde_json::Value::String(s) => s.to_lowercase().contains(needle),
            serde_json::Value::Array(a) => a.iter().any(|v| any(v, needle)),
            serde_json::Value::Object(m) => m.values().any(|v| any(v, needle)),
            _ => false,
        }
    }
    match serde_json::to_value(row) {
        Ok(serde_json::Value::Object(m)) => fields
            .iter()
            .any(|f| m.get(*f).is_some_and(|v| any(v, needle_lower))),
        _ => false,
    }
}

/// `true`/`false` (also `1`/`0`, `yes`/`no`).
pub fn parse_bool(value: &str) -> Result<bool, String> {
    match value.trim().to_ascii_lowercase().as_str() {
        "true" | "1" | "yes" => Ok(true),
        "false" | "0" | "no" => Ok(false),
        _ => Err(format!(
            "'{}' is not true or false",
            crate::validate::clip(value)
        )),
    }
}

/// A ULID, for filters on a link field.
pub fn parse_id(value: &str) -> Result<String, String> {
    value
        .trim()
        .parse::<Id>()
        .map(|id| id.to_string())
        .map_err(|e| e.to_string())
}

/// A `YYYY-MM-DD` date.
pub fn parse_date(value: &str) -> Result<String, String> {
    LocalDate::parse(value.trim())
        .map(|d| d.to_string())
        .map_err(|e| e.to_string())
}

/// A comma-separated list whose every item is one of `allowed`.
pub fn parse_one_of(value: &str, allowed: &[&str]) -> Result<Vec<String>, String> {
    let items: Vec<String> = value.split(',').map(|s| s.trim().to_owned()).collect();
    if let Some(bad) = items.iter().find(|s| !allowed.contains(&s.as_str())) {
        let (last, rest) = allowed.split_last().unwrap_or((&"", &[]));
        let choices = if rest.is_empty() {
            (*last).to_owned()
        } else {
            format!("{} or {last}", rest.join(", "))
        };
        return Err(format!("'{}' is not {choices}", crate::validate::clip(bad)));
    }
    Ok(items)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_declared_filter_has_a_unique_snake_case_name() {
        for k in EntityKind::ALL {
            let mut seen = vec!["include_deleted", "tag", "search", "cursor", "limit"];
            for f in k.filters() {
                assert!(
                    f.param.starts_with(|c: char| c.is_ascii_lowercase())
                        && f.param
                            .bytes()
                            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_'),
                    "{k}: {}",
                    f.param
                );
                assert!(!seen.contains(&f.param), "{k}: {} twice", f.param);
                seen.push(f.param);
            }
        }
    }

    #[test]
    fn params_are_read_or_refused_by_name() {
        let q = ListQuery::from_params(
            EntityKind::Task,
            [
                ("status", "todo,doing"),
                ("tag", " Errands "),
                ("search", "x"),
            ],
        )
        .unwrap();
        assert_eq!(
            q.filters,
            vec![
                Filter::In("status", vec!["todo".into(), "doing".into()]),
                Filter::HasTag("errands".into())
            ]
        );
        assert_eq!(q.search.as_deref(), Some("x"));
        let e = ListQuery::from_params(EntityKind::Task, [("status", "open")]).unwrap_err();
        assert_eq!(e.param, "status");
        assert!(e.message.contains("todo, doing, done or cancelled"), "{e}");
        let e = ListQuery::from_params(EntityKind::Note, [("status", "todo")]).unwrap_err();
        assert_eq!(e.message, "notes cannot be filtered by status");
        let e = ListQuery::from_params(EntityKind::Note, [("colour", "red")]).unwrap_err();
        assert_eq!(e.message, "is not a list parameter of notes");
        let e =
            ListQuery::from_params(EntityKind::Note, [("include_deleted", "maybe")]).unwrap_err();
        assert_eq!(e.param, "include_deleted");
    }
}
