//! Taskwarrior's `task export` (JSON, one array, or one object per line as older
//! versions wrote it) read into tasks.
//!
//! | Taskwarrior | LifeOS |
//! |---|---|
//! | `uuid` | the row id (a UUID's 128 bits are a ULID's), so a second import of the same export adds nothing |
//! | `description` | `title` (its first line, cut to 500 characters; the whole text goes to `notes` when it did not fit) |
//! | `status` pending, waiting / completed / deleted | todo (doing once `start` is set) / done at `end` / cancelled |
//! | `recurring` (a series' template) | no row: its `recur`, `due` and `until` make the series of its instances (`parent`, `imask`) |
//! | `due`, `wait`, `scheduled` | a whole day when the instant is local midnight in the given zone, else the instant |
//! | `priority` H, M, L | high, medium, low |
//! | `project`, `tags`, `annotations`, `depends` | the same (white space in a project becomes `-`, tags lower-cased) |
//! | `entry`, `modified` | `created_at`, `updated_at` (version 1: an edit made here since wins) |
//!
//! `urgency`, `id`, `mask`, `imask` beyond the index, and user-defined attributes are not
//! kept. A record that cannot be read is an error naming its number and uuid; nothing is
//! imported then.

use std::collections::HashMap;

use serde::Deserialize;

use crate::entity::Entity;
use crate::id::Id;
use crate::kernel::{Kernel, Row};
use crate::model::{Annotation, Due, Priority, Recur, Task, TaskStatus};
use crate::timestamp::{LocalDate, Timestamp};
use crate::validate::{self, MAX_TITLE_CHARS};

/// The largest export read (a million tasks is about 400 MB; this is 256 MiB).
pub const MAX_EXPORT_BYTES: usize = 256 << 20;

/// Why an export cannot be imported.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TaskwarriorError {
    /// The text is not a Taskwarrior export at all.
    #[error("not a Taskwarrior export: {0}")]
    Shape(String),
    /// One record is wrong; nothing is imported.
    #[error("taskwarrior record {number}{}: {why}", uuid.as_deref().map(|u| format!(" (uuid {u})")).unwrap_or_default())]
    Record {
        /// 1 for the first record of the file.
        number: usize,
        /// Its uuid, when it has a readable one.
        uuid: Option<String>,
        /// What is wrong.
        why: String,
    },
}

/// One exported task as Taskwarrior writes it; other attributes are ignored.
#[derive(Debug, Deserialize)]
struct TwTask {
    uuid: Option<String>,
    #[serde(default)]
    description: String,
    status: Option<String>,
    entry: Option<String>,
    modified: Option<String>,
    start: Option<String>,
    end: Option<String>,
    due: Option<String>,
    wait: Option<String>,
    scheduled: Option<String>,
    until: Option<String>,
    recur: Option<String>,
    parent: Option<String>,
    imask: Option<f64>,
    priority: Option<String>,
    project: Option<String>,
    #[serde(default)]
    tags: Vec<String>,
    #[serde(default)]
    annotations: Vec<TwAnnotation>,
    depends: Option<Depends>,
}

impl TwTask {
    /// A recurring series' template (its instances name it as their `parent`).
    fn is_template(&self) -> bool {
        self.status.as_deref() == Some("recurring")
    }
}

#[derive(Debug, Deserialize)]
struct TwAnnotation {
    entry: Option<String>,
    #[serde(default)]
    description: String,
}

/// Taskwarrior 2.6 writes `depends` as an array of uuids, 2.5 as one comma-separated
/// string.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum Depends {
    List(Vec<String>),
    Text(String),
}

/// What reading an export made.
#[derive(Debug, Default)]
pub struct Parsed {
    /// The tasks, in the file's order.
    pub tasks: Vec<Row<Task>>,
    /// Recurrence templates folded into their series (not rows of their own).
    pub templates: usize,
    /// Dependencies on tasks that are not in the export, left out.
    pub dropped_depends: usize,
}

/// Reads a whole export. `zone` decides which instants are whole days (Taskwarrior
/// stores `due:2026-12-10` as that day's local midnight).
pub fn parse(text: &str, zone: &jiff::tz::TimeZone) -> Result<Parsed, TaskwarriorError> {
    if text.len() > MAX_EXPORT_BYTES {
        return Err(TaskwarriorError::Shape(format!(
            "{} bytes; the limit is {MAX_EXPORT_BYTES}",
            text.len()
        )));
    }
    let values = values(text)?;
    let mut records = Vec::with_capacity(values.len());
    let mut seen: HashMap<Id, usize> = HashMap::new();
    for (i, v) in values.into_iter().enumerate() {
        let number = i + 1;
        let uuid = v.get("uuid").and_then(|u| u.as_str()).map(validate::clip);
        let t: TwTask = serde_json::from_value(v).map_err(|e| TaskwarriorError::Record {
            number,
            uuid: uuid.clone(),
            why: e.to_string(),
        })?;
        let bad = |why: String| TaskwarriorError::Record {
            number,
            uuid: uuid.clone(),
            why,
        };
        let id = match &t.uuid {
            Some(u) => {
                id_of(u).ok_or_else(|| bad(format!("'{}' is not a uuid", validate::clip(u))))?
            }
            None => return Err(bad("it has no uuid".into())),
        };
        if let Some(first) = seen.insert(id, number) {
            return Err(bad(format!("its uuid is record {first}'s too")));
        }
        records.push((number, uuid, id, t));
    }
    // Templates, by id: the series their instances belong to.
    let templates: HashMap<Id, &TwTask> = records
        .iter()
        .filter(|(_, _, _, t)| t.is_template())
        .map(|(_, _, id, t)| (*id, t))
        .collect();
    let ids: std::collections::HashSet<Id> = records
        .iter()
        .filter(|(_, _, _, t)| !t.is_template())
        .map(|(_, _, id, _)| *id)
        .collect();
    let mut out = Parsed {
        templates: templates.len(),
        ..Parsed::default()
    };
    for (number, uuid, id, t) in &records {
        if t.is_template() {
            continue;
        }
        let bad = |why: String| TaskwarriorError::Record {
            number: *number,
            uuid: uuid.clone(),
            why,
        };
        let (task, dropped) = task(t, &templates, &ids, zone).map_err(bad)?;
        out.dropped_depends += dropped;
        let created_at = t.entry.as_deref().map(instant).transpose().map_err(bad)?;
        let updated_at = t
            .modified
            .as_deref()
            .map(instant)
            .transpose()
            .map_err(bad)?;
        let created_at = created_at.or(updated_at).unwrap_or_else(Timestamp::now);
        let updated_at = updated_at
            .filter(|u| *u >= created_at)
            .unwrap_or(created_at);
        task.validate().map_err(|e| bad(e.to_string()))?;
        out.tasks.push(Row {
            kernel: Kernel {
                id: *id,
                created_at,
                updated_at,
                deleted_at: None,
                version: 1,
            },
            fields: task,
        });
    }
    Ok(out)
}

/// The export's objects: a JSON array, or one object per line (a trailing comma each,
/// as Taskwarrior 2.4 wrote them, is allowed).
fn values(text: &str) -> Result<Vec<serde_json::Value>, TaskwarriorError> {
    let trimmed = text.trim_start_matches('\u{feff}').trim();
    if trimmed.is_empty() {
        return Ok(Vec::new());
    }
    let shape = |e: serde_json::Error, line: Option<usize>| {
        TaskwarriorError::Shape(match line {
            Some(l) => format!("line {l}: {e}"),
            None => e.to_string(),
        })
    };
    let objects = |v: Vec<serde_json::Value>| -> Result<Vec<serde_json::Value>, TaskwarriorError> {
        if let Some((i, _)) = v.iter().enumerate().find(|(_, x)| !x.is_object()) {
            return Err(TaskwarriorError::Record {
                number: i + 1,
                uuid: None,
                why: "it is not a JSON object".into(),
            });
        }
        Ok(v)
    };
    if trimmed.starts_with('[') {
        return objects(serde_json::from_str(trimmed).map_err(|e| shape(e, None))?);
    }
    let mut out = Vec::new();
    for (i, line) in trimmed.lines().enumerate() {
        let line = line.trim().trim_end_matches(',');
        if line.is_empty() {
            continue;
        }
        out.push(serde_json::from_str(line).map_err(|e| shape(e, Some(i + 1)))?);
    }
    objects(out)
}

/// A UUID's 128 bits as an id.
fn id_of(uuid: &str) -> Option<Id> {
    let hex: String = uuid.chars().filter(|c| *c != '-').collect();
    if hex.len() != 32 || uuid.len() != 36 {
        return None;
    }
    let bits = u128::from_str_radix(&hex, 16).ok()?;
    Some(Id::from(ulid::Ulid::from(bits)))
}

/// Taskwarrior's `20261210T170000Z` (or RFC 3339) as an instant.
fn instant(s: &str) -> Result<Timestamp, String> {
    let b = s.as_bytes();
    let rfc = if b.len() == 16 && b[8] == b'T' && b[15] == b'Z' && s.is_ascii() {
        format!(
            "{}-{}-{}T{}:{}:{}Z",
            &s[0..4],
            &s[4..6],
            &s[6..8],
            &s[9..11],
            &s[11..13],
            &s[13..15]
        )
    } else {
        s.to_owned()
    };
    Timestamp::parse(&rfc).map_err(|_| format!("'{}' is not a Taskwarrior date", validate::clip(s)))
}

/// An instant at local midnight in `zone` is that whole day; any other is the instant.
fn due(s: &str, zone: &jiff::tz::TimeZone) -> Result<Due, String> {
    let t = instant(s)?;
    let local = civil(t, zone)?;
    if local.hour() == 0 && local.minute() == 0 && local.second() == 0 {
        Ok(Due::Date(local_date(&local)?))
    } else {
        Ok(Due::At(t))
    }
}

/// The wall-clock time of `t` in `zone`.
fn civil(t: Timestamp, zone: &jiff::tz::TimeZone) -> Result<jiff::civil::DateTime, String> {
    Ok(jiff::Timestamp::from_second(t.datetime().unix_timestamp())
        .map_err(|e| e.to_string())?
        .to_zoned_datetime(zone.clone())
        .datetime())
}

fn local_date(z: &jiff::civil::DateTime) -> Result<LocalDate, String> {
    let month = time::Month::try_from(u8::try_from(z.month()).map_err(|e| e.to_string())?)
        .map_err(|e| e.to_string())?;
    let d = time::Date::from_calendar_date(
        i32::from(z.year()),
        month,
        u8::try_from(z.day()).map_err(|e| e.to_string())?,
    )
    .map_err(|e| e.to_string())?;
    Ok(LocalDate::new(d))
}

/// Taskwarrior's recurrence periods as LifeOS rules (the finest is a day).
pub fn rule_of(period: &str) -> Result<String, String> {
    let p = period.trim().to_ascii_lowercase();
    let named = match p.as_str() {
        "daily" | "day" => Some("daily"),
        "weekdays" => Some("weekdays"),
        "weekly" | "week" | "sennight" => Some("weekly"),
        "biweekly" | "fortnight" => Some("every 2 weeks"),
        "monthly" | "month" => Some("monthly"),
        "bimonthly" => Some("every 2 months"),
        "quarterly" | "quarter" => Some("every 3 months"),
        "semiannual" => Some("every 6 months"),
        "yearly" | "annual" | "year" => Some("yearly"),
        "biannual" | "biyearly" => Some("every 2 years"),
        _ => None,
    };
    let text = match named {
        Some(n) => n.to_owned(),
        None => {
            let split = p.find(|c: char| !c.is_ascii_digit()).unwrap_or(p.len());
            let (n, unit) = p.split_at(split);
            let n: u32 = if n.is_empty() {
                1
            } else {
                n.parse()
                    .map_err(|_| format!("recur '{}' is not a period", validate::clip(period)))?
            };
            let (n, unit) = match unit {
                "d" | "day" | "days" => (n, "days"),
                "w" | "wk" | "wks" | "week" | "weeks" | "sennights" => (n, "weeks"),
                "m" | "mo" | "mos" | "mth" | "mths" | "mnths" | "month" | "months" => (n, "months"),
                "q" | "qtr" | "qtrs" | "qrtrs" | "quarter" | "quarters" => {
                    (n.saturating_mul(3), "months")
                }
                "y" | "yr" | "yrs" | "year" | "years" => (n, "years"),
                "h" | "hr" | "hrs" | "hour" | "hours" | "min" | "mins" | "minute" | "minutes"
                | "s" | "sec" | "secs" | "second" | "seconds" => {
                    return Err(format!(
                        "recur '{}' repeats within a day; LifeOS repeats by days at the finest",
                        validate::clip(period)
                    ));
                }
                _ => {
                    return Err(format!(
                        "recur '{}' is not a period",
                        validate::clip(period)
                    ));
                }
            };
            if n == 0 {
                return Err(format!(
                    "recur '{}' is not a period",
                    validate::clip(period)
                ));
            }
            format!("every {n} {unit}")
        }
    };
    crate::recur::Rule::parse(&text).map(|r| r.to_string())
}

/// One line of at most [`MAX_TITLE_CHARS`] characters: control characters become
/// spaces, runs of white space one space.
fn one_line(s: &str) -> String {
    let spaced: String = s
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    spaced.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn cut(s: &str) -> (String, bool) {
    if s.chars().count() <= MAX_TITLE_CHARS {
        return (s.to_owned(), false);
    }
    let mut out: String = s.chars().take(MAX_TITLE_CHARS - 1).collect();
    out = out.trim_end().to_owned();
    out.push('…');
    (out, true)
}

/// The task of one record (not a template), and how many of its dependencies were left
/// out.
fn task(
    t: &TwTask,
    templates: &HashMap<Id, &TwTask>,
    ids: &std::collections::HashSet<Id>,
    zone: &jiff::tz::TimeZone,
) -> Result<(Task, usize), String> {
    let first_line = one_line(t.description.lines().next().unwrap_or(""));
    if first_line.is_empty() {
        return Err("its description is empty".into());
    }
    let (title, cut_title) = cut(&first_line);
    let mut task = Task::new(title);
    if cut_title || t.description.trim() != first_line {
        task.notes = t.description.replace('\0', "");
    }
    let status = t.status.as_deref().unwrap_or("pending");
    match status {
        "pending" | "waiting" => {
            if t.start.is_some() {
                task.status = TaskStatus::Doing;
            }
        }
        "completed" => {
            let end = t
                .end
                .as_deref()
                .or(t.modified.as_deref())
                .ok_or("it is completed but has no end")?;
            task.status = TaskStatus::Done;
            task.completed_at = Some(instant(end)?);
        }
        "deleted" => task.status = TaskStatus::Cancelled,
        other => {
            return Err(format!(
                "status '{}' is not pending, waiting, completed, deleted or recurring",
                validate::clip(other)
            ));
        }
    }
    task.priority = match t.priority.as_deref() {
        None | Some("") => Priority::None,
        Some("H") => Priority::High,
        Some("M") => Priority::Medium,
        Some("L") => Priority::Low,
        Some(p) => return Err(format!("priority '{}' is not H, M or L", validate::clip(p))),
    };
    task.due = t.due.as_deref().map(|d| due(d, zone)).transpose()?;
    task.wait = t.wait.as_deref().map(|d| due(d, zone)).transpose()?;
    task.scheduled = t.scheduled.as_deref().map(|d| due(d, zone)).transpose()?;
    if let Some(p) = &t.project {
        task.project = p
            .split('.')
            .map(|part| part.split_whitespace().collect::<Vec<_>>().join("-"))
            .filter(|part| !part.is_empty())
            .collect::<Vec<_>>()
            .join(".");
    }
    task.tags = validate::normalize_tags(&t.tags).map_err(|e| e.to_string())?;
    for a in &t.annotations {
        let text = one_line(&a.description);
        if text.is_empty() {
            continue;
        }
        let at = match &a.entry {
            Some(e) => instant(e)?,
            None => Timestamp::now(),
        };
        let (text, was_cut) = cut(&text);
        if was_cut {
            if !task.notes.is_empty() {
                task.notes.push_str("\n\n");
            }
            task.notes.push_str(&a.description.replace('\0', ""));
        }
        task.annotations.push(Annotation { at, text });
    }
    let depends: Vec<String> = match &t.depends {
        None => Vec::new(),
        Some(Depends::List(v)) => v.clone(),
        Some(Depends::Text(s)) => s
            .split(',')
            .map(|x| x.trim().to_owned())
            .filter(|x| !x.is_empty())
            .collect(),
    };
    let mut dropped = 0;
    for d in depends {
        let id =
            id_of(&d).ok_or_else(|| format!("depends: '{}' is not a uuid", validate::clip(&d)))?;
        if ids.contains(&id) {
            if !task.depends.contains(&id) {
                task.depends.push(id);
            }
        } else {
            dropped += 1;
        }
    }
    if let (Some(period), Some(parent)) = (&t.recur, &t.parent) {
        let series = id_of(parent)
            .ok_or_else(|| format!("parent '{}' is not a uuid", validate::clip(parent)))?;
        let template = templates.get(&series);
        let first = match template.and_then(|p| p.due.as_deref()) {
            Some(d) => Some(due(d, zone)?),
            None => task.due,
        };
        let until = template
            .and_then(|p| p.until.as_deref())
            .or(t.until.as_deref())
            .map(|u| due(u, zone))
            .transpose()?
            .map(|u| match u {
                Due::Date(d) => Ok(d),
                Due::At(at) => local_date(&civil(at, zone)?),
            })
            .transpose()?;
        if let (Some(first), Some(_)) = (first, task.due) {
            let index = t
                .imask
                .filter(|m| m.is_finite() && *m >= 0.0 && *m < 1e9)
                .map_or(1, |m| m as u32 + 1);
            task.recur = Some(Recur {
                rule: rule_of(period)?,
                series,
                index,
                first,
                until,
                count: None,
            });
        }
    }
    Ok((task, dropped))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc() -> jiff::tz::TimeZone {
        jiff::tz::TimeZone::UTC
    }

    #[test]
    fn periods_become_rules() {
        for (tw, ours) in [
            ("daily", "daily"),
            ("weekly", "weekly"),
            ("biweekly", "every 2 weeks"),
            ("monthly", "monthly"),
            ("quarterly", "every 3 months"),
            ("2q", "every 6 months"),
            ("yearly", "yearly"),
            ("3d", "every 3 days"),
            ("2wks", "every 2 weeks"),
            ("weekdays", "weekdays"),
            ("1y", "yearly"),
        ] {
            let want = crate::recur::Rule::parse(ours).unwrap().to_string();
            assert_eq!(rule_of(tw).unwrap(), want, "{tw}");
        }
        for bad in ["4h", "30min", "0d", "often", "", "99999999999d"] {
            assert!(rule_of(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn local_midnight_is_a_whole_day_in_the_zone() {
        let paris = jiff::tz::TimeZone::get("Europe/Paris").unwrap();
        assert_eq!(
            due("20261209T230000Z", &paris).unwrap(),
            Due::Date(LocalDate::parse("2026-12-10").unwrap())
        );
        assert!(matches!(
            due("20261209T230000Z", &utc()).unwrap(),
            Due::At(_)
        ));
        assert_eq!(
            due("20261210T000000Z", &utc()).unwrap(),
            Due::Date(LocalDate::parse("2026-12-10").unwrap())
        );
        assert!(due("2026121", &utc()).is_err());
        assert!(due("20261310T000000Z", &utc()).is_err());
    }

    #[test]
    fn uuids_are_ids_one_to_one() {
        let a = id_of("f286e5f3-5a6f-4649-b90e-cc30065fd8f2").unwrap();
        let b = id_of("f286e5f3-5a6f-4649-b90e-cc30065fd8f3").unwrap();
        assert_ne!(a, b);
        assert_eq!(a.ulid().0, 0xf286e5f35a6f4649b90ecc30065fd8f2);
        for bad in [
            "",
            "f286e5f35a6f4649b90ecc30065fd8f2",
            "g286e5f3-5a6f-4649-b90e-cc30065fd8f2",
            "f286e5f3-5a6f-4649-b90e-cc30065fd8f2-",
        ] {
            assert!(id_of(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn bad_records_are_named_and_nothing_is_read() {
        let cases = [
            (
                r#"[{"uuid":"f286e5f3-5a6f-4649-b90e-cc30065fd8f2","description":"","status":"pending"}]"#,
                "record 1",
                "empty",
            ),
            (r#"[{"description":"x"}]"#, "record 1", "no uuid"),
            (
                r#"[{"uuid":"nope","description":"x"}]"#,
                "record 1",
                "not a uuid",
            ),
            (
                r#"[{"uuid":"f286e5f3-5a6f-4649-b90e-cc30065fd8f2","description":"x","due":"tomorrow"}]"#,
                "f286e5f3",
                "not a Taskwarrior date",
            ),
            (
                r#"[{"uuid":"f286e5f3-5a6f-4649-b90e-cc30065fd8f2","description":"x","status":"lost"}]"#,
                "record 1",
                "status",
            ),
            (
                r#"[{"uuid":"f286e5f3-5a6f-4649-b90e-cc30065fd8f2","description":"x","priority":"urgent"}]"#,
                "record 1",
                "priority",
            ),
            (
                r#"[{"uuid":"f286e5f3-5a6f-4649-b90e-cc30065fd8f2","description":"x","tags":["a b"]}]"#,
                "record 1",
                "tag",
            ),
            (
                r#"[{"uuid":"f286e5f3-5a6f-4649-b90e-cc30065fd8f2","description":"x","status":"completed"}]"#,
                "record 1",
                "no end",
            ),
            (
                r#"[{"uuid":"f286e5f3-5a6f-4649-b90e-cc30065fd8f2","description":"x"},{"uuid":"f286e5f3-5a6f-4649-b90e-cc30065fd8f2","description":"y"}]"#,
                "record 2",
                "record 1's",
            ),
            (
                r#"[{"uuid":"f286e5f3-5a6f-4649-b90e-cc30065fd8f2","description":5}]"#,
                "record 1",
                "invalid type",
            ),
            (r#"[1]"#, "record 1", "not a JSON object"),
            (
                r#"[{"uuid":"f286e5f3-5a6f-4649-b90e-cc30065fd8f2","description":"x""#,
                "not a Taskwarrior export",
                "EOF",
            ),
            (
                "{\"uuid\":\"f286e5f3-5a6f-4649-b90e-cc30065fd8f2\",\"description\":\"x\"},\n{oops",
                "line 2",
                "",
            ),
        ];
        for (text, names, why) in cases {
            let err = parse(text, &utc()).unwrap_err().to_string();
            assert!(err.contains(names) && err.contains(why), "{text}: {err}");
        }
    }

    #[test]
    fn long_and_multi_line_text_is_kept_whole_in_the_notes() {
        let long = "word ".repeat(200);
        let text = serde_json::json!([{
            "uuid": "f286e5f3-5a6f-4649-b90e-cc30065fd8f2",
            "description": format!("{long}\nsecond line"),
            "annotations": [{"entry": "20261207T204511Z", "description": long.clone()}],
        }])
        .to_string();
        let p = parse(&text, &utc()).unwrap();
        let t = &p.tasks[0].fields;
        assert_eq!(t.title.chars().count(), MAX_TITLE_CHARS);
        assert!(t.title.ends_with('…'));
        assert!(t.notes.contains("second line") && t.notes.contains(long.trim()));
        assert_eq!(t.annotations[0].text.chars().count(), MAX_TITLE_CHARS);
    }

    #[test]
    fn lines_and_an_empty_file_read_too() {
        let lines = "{\"uuid\":\"f286e5f3-5a6f-4649-b90e-cc30065fd8f2\",\"description\":\"a\",\"depends\":\"9399a460-cf58-44b7-bdb3-2c0c8171ce17\"},\n{\"uuid\":\"9399a460-cf58-44b7-bdb3-2c0c8171ce17\",\"description\":\"b\",\"depends\":\"00000000-0000-0000-0000-000000000001\"}\n";
        let p = parse(lines, &utc()).unwrap();
        assert_eq!(p.tasks.len(), 2);
        assert_eq!(p.tasks[0].fields.depends, [p.tasks[1].kernel.id]);
        assert_eq!(p.dropped_depends, 1);
        assert!(parse("  \n", &utc()).unwrap().tasks.is_empty());
        assert!(parse("[]", &utc()).unwrap().tasks.is_empty());
    }

    proptest::proptest! {
        #[test]
        fn any_text_is_read_or_refused_never_a_panic(s in ".{0,400}") {
            let _ = parse(&s, &utc());
        }

        #[test]
        fn any_object_is_read_or_refused_with_its_number(
            desc in ".{0,80}", status in "(pending|completed|deleted|waiting|recurring|x)",
            due in "[0-9TZ]{0,16}", recur in "[0-9a-z]{0,6}", prio in "[HMLX]?",
        ) {
            let v = serde_json::json!([{
                "uuid": "f286e5f3-5a6f-4649-b90e-cc30065fd8f2", "description": desc,
                "status": status, "due": due, "recur": recur, "priority": prio,
                "parent": "9399a460-cf58-44b7-bdb3-2c0c8171ce17", "end": "20261207T204511Z",
            }]);
            match parse(&v.to_string(), &utc()) {
                Ok(p) => for t in &p.tasks { proptest::prop_assert!(t.fields.validate().is_ok()); },
                Err(e) => proptest::prop_assert!(e.to_string().contains("record 1"), "{}", e),
            }
        }
    }
}
