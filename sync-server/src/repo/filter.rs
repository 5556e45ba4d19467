//! The Postgres reading of a [`ListQuery`]: each [`Filter`] and the text search as SQL
//! over the canonical `fields` JSON, with every value a bind parameter. It means what
//! the SQLite store's reading (`lifeos_core::store`) means; the conformance suite checks
//! both against the same examples.

use lifeos_core::query::{Filter, ListQuery};

use crate::error::ApiError;

/// A bound parameter of a list query.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    /// A text value.
    Text(String),
    /// A `text[]` value.
    Texts(Vec<String>),
    /// A boolean value.
    Bool(bool),
}

/// A `WHERE` clause under construction: SQL text and its bind parameters, numbered
/// after the ones already bound.
pub struct Clause<'a> {
    sql: &'a mut String,
    args: &'a mut Vec<Arg>,
}

impl<'a> Clause<'a> {
    /// Appends to `sql`; `args` holds the parameters bound so far (`$1` is `args[0]`).
    pub fn new(sql: &'a mut String, args: &'a mut Vec<Arg>) -> Self {
        Clause { sql, args }
    }

    /// Binds `value` and answers its placeholder (`$n`).
    fn bind(&mut self, value: Arg) -> String {
        self.args.push(value);
        format!("${}", self.args.len())
    }

    fn push(&mut self, sql: &str) {
        self.sql.push_str(sql);
    }

    /// Appends `AND …` for the query's tombstone rule, filters and search. `search_fields`
    /// are the kind's [`lifeos_core::Entity::SEARCH_FIELDS`].
    pub fn query(&mut self, q: &ListQuery, search_fields: &[&str]) -> Result<(), ApiError> {
        if !q.include_deleted {
            self.push(" AND deleted_at IS NULL");
        }
        for f in &q.filters {
            self.filter(f)?;
        }
        if let Some(text) = &q.search {
            self.search(text, search_fields)?;
        }
        Ok(())
    }

    fn filter(&mut self, f: &Filter) -> Result<(), ApiError> {
        match f {
            Filter::In(field, values) => {
                let p = self.bind(Arg::Texts(values.clone()));
                self.push(&format!(" AND ({}) = ANY({p})", text(field)?));
            }
            // Text order is byte order, as in SQLite: wire dates and instants sort by time.
            Filter::Before(field, v) => self.compare(field, "<", v)?,
            Filter::AtLeast(field, v) => self.compare(field, ">=", v)?,
            Filter::AtMost(field, v) => self.compare(field, "<=", v)?,
            Filter::IsTrue(field) => {
                self.push(&format!(" AND ({}) = 'true'::jsonb", json(field)?));
            }
            Filter::Bool(field, b) => {
                // Absent counts as false.
                let p = self.bind(Arg::Bool(*b));
                self.push(&format!(
                    " AND COALESCE(({}) = 'true'::jsonb, false) = {p}",
                    json(field)?
                ));
            }
            Filter::Under(field, v, sep) => {
                let p = self.bind(Arg::Text(v.clone()));
                let s = self.bind(Arg::Text(sep.to_string()));
                let t = text(field)?;
                self.push(&format!(
                    " AND (({t}) = {p} OR starts_with({t}, {p} || {s}))"
                ));
            }
            Filter::UnsetOrAtMost(field, v) => {
                let p = self.bind(Arg::Text(v.clone()));
                let t = text(field)?;
                self.push(&format!(
                    " AND (({t}) IS NULL OR ({t}) COLLATE \"C\" <= {p})"
                ));
            }
            Filter::HasTag(tag) => {
                let p = self.bind(Arg::Text(tag.clone()));
                self.push(&format!(" AND (fields->'tags') ? {p}"));
            }
        }
        Ok(())
    }

    fn compare(&mut self, field: &str, op: &str, value: &str) -> Result<(), ApiError> {
        let p = self.bind(Arg::Text(value.to_owned()));
        self.push(&format!(" AND ({}) COLLATE \"C\" {op} {p}", text(field)?));
        Ok(())
    }

    /// Any string inside any of `fields` (the field itself, the strings of a list, the
    /// strings of a list of objects; never an object's keys) contains `needle`, in any
    /// case.
    fn search(&mut self, needle: &str, fields: &[&str]) -> Result<(), ApiError> {
        let p = self.bind(Arg::Text(like_pattern(needle)));
        let any = fields
            .iter()
            .map(|f| {
                Ok(format!(
                    "EXISTS (SELECT 1 FROM jsonb_path_query({}, '$.**') v \
                     WHERE jsonb_typeof(v) = 'string' AND v #>> '{{}}' ILIKE {p})",
                    json(f)?
                ))
            })
            .collect::<Result<Vec<_>, ApiError>>()?;
        if any.is_empty() {
            self.push(" AND false");
        } else {
            self.push(&format!(" AND ({})", any.join(" OR ")));
        }
        Ok(())
    }
}

/// A declared field name, checked before it is spliced into SQL.
fn field_name(field: &str) -> Result<&str, ApiError> {
    if !field.is_empty()
        && field
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
    {
        Ok(field)
    } else {
        Err(ApiError::Internal(format!(
            "bad declared field name {field:?}"
        )))
    }
}

/// The field as JSON (`fields->'f'`).
fn json(field: &str) -> Result<String, ApiError> {
    Ok(format!("fields->'{}'", field_name(field)?))
}

/// The field as text (`fields->>'f'`).
fn text(field: &str) -> Result<String, ApiError> {
    Ok(format!("fields->>'{}'", field_name(field)?))
}

/// `%text%` for `ILIKE`, with the text's own wildcards taken literally.
fn like_pattern(text: &str) -> String {
    let mut p = String::from("%");
    for c in text.chars() {
        if matches!(c, '%' | '_' | '\\') {
            p.push('\\');
        }
        p.push(c);
    }
    p.push('%');
    p
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn like_patterns_escape_wildcards() {
        assert_eq!(like_pattern("50%_off\\"), "%50\\%\\_off\\\\%");
    }

    #[test]
    fn every_value_is_bound() {
        let q = ListQuery {
            include_deleted: false,
            filters: vec![
                Filter::Under("category", "x' OR 1=1 --".into(), ':'),
                Filter::HasTag("t'".into()),
                Filter::Bool("pinned", false),
            ],
            search: Some("'; DROP TABLE note; --".into()),
        };
        let (mut sql, mut args) = (String::new(), vec![Arg::Text("ws".into())]);
        Clause::new(&mut sql, &mut args)
            .query(&q, &["title"])
            .unwrap();
        assert!(!sql.contains("1=1") && !sql.contains("DROP"), "{sql}");
        assert_eq!(args.len(), 6);
        assert!(sql.starts_with(" AND deleted_at IS NULL"), "{sql}");
        assert!(
            Clause::new(&mut sql, &mut args)
                .query(&q, &["ti'tle"])
                .is_err()
        );
    }
}
