//! What the log commands (health entries, workouts, practices) share: when something
//! happened, and the newest-first list of a log.

use clap::Args;
use lifeos_core::store::{ListQuery, Store};
use lifeos_core::{Entity, Row, Timestamp};
use time::OffsetDateTime;

use crate::{UsageError, parse};

/// `list` of a log (health entries, workouts, practices): newest first.
#[derive(Debug, Args)]
pub struct RecentArgs {
    /// Only this kind.
    #[arg(long)]
    pub kind: Option<String>,
    /// Only the last N days.
    #[arg(long)]
    pub days: Option<i64>,
    /// Include deleted ones.
    #[arg(long)]
    pub all: bool,
}

/// The rows of a log kept by `keep`, at or after `days` days before `now` by their time
/// `at` (tombstones too with `all`), newest first. Health entries, workouts and practices
/// list this way.
pub(crate) fn recent<E: Entity>(
    store: &Store,
    days: Option<i64>,
    all: bool,
    now: OffsetDateTime,
    at: impl Fn(&E) -> Timestamp,
    keep: impl Fn(&E) -> bool,
) -> anyhow::Result<Vec<Row<E>>> {
    let since = days.map(|d| now - time::Duration::days(d));
    let mut rows: Vec<Row<E>> = store
        .list::<E>(&ListQuery {
            include_deleted: all,
            ..Default::default()
        })?
        .into_iter()
        .filter(|r| keep(&r.fields))
        .filter(|r| since.is_none_or(|s| at(&r.fields).datetime() >= s))
        .collect();
    rows.sort_by_key(|r| std::cmp::Reverse(at(&r.fields)));
    Ok(rows)
}

/// When something happened, read by [`parse::instant_relative_to`] — the one reading of
/// times the CLI has (`HH:MM` is the last such time until `now`) — which also takes the
/// local `YYYY-MM-DD HH:MM` here (a CSV's date column, `--at "2026-11-30 07:10"`).
pub(crate) fn when(s: &str, now: OffsetDateTime) -> Result<OffsetDateTime, UsageError> {
    let t = s.trim();
    let t = match t.split_once(' ') {
        Some((date, clock)) if date.len() == 10 && clock.len() == 5 => format!("{date}T{clock}"),
        _ => t.to_owned(),
    };
    parse::instant_relative_to(&t, now, parse::local_offset())
        .map(Timestamp::datetime)
        .map_err(UsageError)
}

/// [`when`], for something that has happened: a time later than `now` (beyond a minute of
/// clock slack) is refused, so `--at tomorrow` never logs a measurement ahead of time.
pub(crate) fn past(s: &str, now: OffsetDateTime) -> Result<OffsetDateTime, UsageError> {
    let t = when(s, now)?;
    if t > now + time::Duration::minutes(1) {
        return Err(UsageError(format!(
            "'{}' is in the future: log what has happened, at a time until now",
            lifeos_core::validate::clip(s.trim())
        )));
    }
    Ok(t)
}
