//! How urgent an open task is, for `lifeos next`: Taskwarrior's model, a sum of terms each
//! a coefficient times a factor from 0 to 1 (the coefficients are configurable).
//!
//! | term | factor |
//! |---|---|
//! | `due` | 1.0 a week or more overdue, falling linearly to 0.2 at two weeks ahead; 0.2 further out; 0 without a due date |
//! | `priority_high`, `priority_medium`, `priority_low` | 1 for that priority |
//! | `active` | 1 when in progress (`doing`) |
//! | `scheduled` | 1 when its scheduled time has come |
//! | `age` | its age over a year, at most 1 |
//! | `blocking` | 1 when an open task depends on it |
//! | `blocked` | 1 when it depends on an open task (a negative coefficient) |
//! | `waiting` | 1 while it waits (negative) |
//! | `project` | 1 with a project |
//! | `tags` | 0.8 with one tag, 0.9 with two, 1 with three or more |

use std::collections::BTreeMap;

use crate::model::{Due, Priority, Task, TaskStatus};
use crate::timestamp::Timestamp;

/// The coefficients, by name (see the module's table).
#[derive(Clone, Debug, PartialEq)]
pub struct Coefficients(BTreeMap<&'static str, f64>);

const DEFAULTS: &[(&str, f64)] = &[
    ("due", 12.0),
    ("priority_high", 6.0),
    ("priority_medium", 3.9),
    ("priority_low", 1.8),
    ("active", 4.0),
    ("scheduled", 5.0),
    ("age", 2.0),
    ("blocking", 8.0),
    ("blocked", -5.0),
    ("waiting", -3.0),
    ("project", 1.0),
    ("tags", 1.0),
];

impl Default for Coefficients {
    fn default() -> Self {
        Self(DEFAULTS.iter().copied().collect())
    }
}

impl Coefficients {
    /// The defaults with `overrides` (from `[urgency]` in the config); an unknown name
    /// or a value that is not finite is refused, naming it.
    pub fn with(overrides: &BTreeMap<String, f64>) -> Result<Self, String> {
        let mut c = Self::default();
        for (name, v) in overrides {
            let Some((key, _)) = DEFAULTS.iter().find(|(k, _)| k == name) else {
                return Err(format!(
                    "[urgency] {name} is not a coefficient: use {}",
                    DEFAULTS.iter().map(|d| d.0).collect::<Vec<_>>().join(", ")
                ));
            };
            if !v.is_finite() || v.abs() > 1000.0 {
                return Err(format!(
                    "[urgency] {name} must be a number from -1000 to 1000"
                ));
            }
            c.0.insert(key, *v);
        }
        Ok(c)
    }

    fn get(&self, name: &str) -> f64 {
        self.0.get(name).copied().unwrap_or(0.0)
    }
}

fn at(d: Due) -> f64 {
    match d {
        Due::Date(d) => {
            let midnight = d.date().midnight().assume_utc();
            midnight.unix_timestamp() as f64
        }
        Due::At(t) => t.datetime().unix_timestamp() as f64,
    }
}

/// The urgency of `task`, created at `created`, at `now`; `blocking`: an open task
/// depends on it; `blocked`: it depends on an open task.
pub fn urgency(
    task: &Task,
    created: Timestamp,
    now: Timestamp,
    blocking: bool,
    blocked: bool,
    c: &Coefficients,
) -> f64 {
    let now_s = now.datetime().unix_timestamp() as f64;
    let day = 86_400.0;
    let mut u = 0.0;
    if let Some(d) = task.due {
        let overdue = (now_s - at(d)) / day;
        let f = if overdue >= 7.0 {
            1.0
        } else if overdue >= -14.0 {
            (overdue + 14.0) * 0.8 / 21.0 + 0.2
        } else {
            0.2
        };
        u += c.get("due") * f;
    }
    u += match task.priority {
        Priority::High => c.get("priority_high"),
        Priority::Medium => c.get("priority_medium"),
        Priority::Low => c.get("priority_low"),
        Priority::None => 0.0,
    };
    if task.status == TaskStatus::Doing {
        u += c.get("active");
    }
    if task.scheduled.is_some_and(|s| at(s) <= now_s) {
        u += c.get("scheduled");
    }
    let age = (now_s - created.datetime().unix_timestamp() as f64) / day / 365.0;
    u += c.get("age") * age.clamp(0.0, 1.0);
    if blocking {
        u += c.get("blocking");
    }
    if blocked {
        u += c.get("blocked");
    }
    if task.wait.is_some_and(|w| at(w) > now_s) {
        u += c.get("waiting");
    }
    if !task.project.is_empty() {
        u += c.get("project");
    }
    u += c.get("tags")
        * match task.tags.len() {
            0 => 0.0,
            1 => 0.8,
            2 => 0.9,
            _ => 1.0,
        };
    u
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ts(s: &str) -> Timestamp {
        Timestamp::parse(s).unwrap()
    }

    #[test]
    fn every_term_counts_as_documented() {
        let c = Coefficients::default();
        let now = ts("2026-12-07T12:00:00.000Z");
        let created = now;
        let plain = Task::new("x");
        assert_eq!(urgency(&plain, created, now, false, false, &c), 0.0);
        let mut t = Task::new("x");
        t.due = Some("2026-11-01".parse().unwrap());
        assert!(
            (urgency(&t, created, now, false, false, &c) - 12.0).abs() < 1e-9,
            "long overdue"
        );
        t.due = Some("2027-06-01".parse().unwrap());
        assert!(
            (urgency(&t, created, now, false, false, &c) - 2.4).abs() < 1e-9,
            "far out"
        );
        t.due = Some("2026-12-07T12:00:00.000Z".parse().unwrap());
        let today = urgency(&t, created, now, false, false, &c);
        assert!((today - 12.0 * (14.0 * 0.8 / 21.0 + 0.2)).abs() < 1e-9);
        let mut p = Task::new("x");
        p.priority = Priority::High;
        p.status = TaskStatus::Doing;
        p.project = "home".into();
        p.tags = vec!["a".into(), "b".into()];
        let u = urgency(&p, ts("2025-12-07T12:00:00.000Z"), now, true, true, &c);
        assert!(
            (u - (6.0 + 4.0 + 2.0 + 8.0 - 5.0 + 1.0 + 0.9)).abs() < 1e-9,
            "{u}"
        );
        p.wait = Some("2026-12-24".parse().unwrap());
        p.scheduled = Some("2026-12-01".parse().unwrap());
        let w = urgency(&p, ts("2025-12-07T12:00:00.000Z"), now, true, true, &c);
        assert!((w - u - 5.0 + 3.0).abs() < 1e-9, "{w}");
    }

    #[test]
    fn coefficients_are_configurable_and_checked() {
        let mut o = BTreeMap::new();
        o.insert("priority_high".to_owned(), 100.0);
        let c = Coefficients::with(&o).unwrap();
        let mut t = Task::new("x");
        t.priority = Priority::High;
        let now = ts("2026-12-07T12:00:00.000Z");
        assert_eq!(urgency(&t, now, now, false, false, &c), 100.0);
        o.insert("nope".to_owned(), 1.0);
        assert!(
            Coefficients::with(&o)
                .unwrap_err()
                .contains("nope is not a coefficient")
        );
        let mut bad = BTreeMap::new();
        bad.insert("due".to_owned(), f64::NAN);
        assert!(Coefficients::with(&bad).is_err());
    }
}
