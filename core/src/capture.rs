//! Quick capture's short syntax: `buy milk tomorrow #errands !high`.
//!
//! - `#word` is a tag; `!high`/`!h`, `!medium`/`!med`/`!m`, `!low`/`!l` a priority
//!   (`!pin` pins a note);
//! - `due:WHEN` anywhere, or a due word as the last word of the title (`today`,
//!   `tomorrow`, a weekday, `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM`), is the due date;
//! - `bday:YYYY-MM-DD` (or `bday:MM-DD` without the year) a person's birthday;
//! - everything else is the title, in order.
//!
//! The TUI's quick capture and the server's `capture/task` route read lines with
//! [`parse`]; [`Capture::into_task`] is the one way a line becomes a task.

use time::{Date, UtcOffset};

use crate::model::{Birthday, BirthdayError, Due, Priority, Task};
use crate::{validate, when};

/// The longest capture line accepted, in bytes (a line, not a document).
pub const MAX_LINE: usize = 1000;

/// What a capture line says.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Capture {
    /// The title (or name).
    pub title: String,
    /// Normalised tags.
    pub tags: Vec<String>,
    /// The priority, if one was given.
    pub priority: Option<Priority>,
    /// The due date, if one was given.
    pub due: Option<Due>,
    /// `!pin` was given.
    pub pin: bool,
    /// `bday:` was given.
    pub birthday: Option<Birthday>,
}

impl Capture {
    /// The task the line describes: its title, tags, due date and priority (default
    /// none), status todo.
    pub fn into_task(self) -> Task {
        let mut t = Task::new(self.title);
        t.tags = self.tags;
        t.due = self.due;
        t.priority = self.priority.unwrap_or_default();
        t
    }
}

/// Parses a capture line relative to `today` and `offset`. Errors are one line.
pub fn parse(line: &str, today: Date, offset: UtcOffset) -> Result<Capture, String> {
    if line.len() > MAX_LINE {
        return Err(format!("is longer than {MAX_LINE} bytes"));
    }
    let mut c = Capture::default();
    let mut words: Vec<&str> = Vec::new();
    for word in line.split_whitespace() {
        if let Some(tag) = word.strip_prefix('#').filter(|t| !t.is_empty()) {
            let tag = validate::normalize_tags([tag])
                .map_err(|e| e.message)?
                .into_iter()
                .next()
                .unwrap_or_default();
            if !c.tags.contains(&tag) {
                c.tags.push(tag);
            }
        } else if let Some(p) = word.strip_prefix('!').filter(|t| !t.is_empty()) {
            match p.to_lowercase().as_str() {
                "high" | "h" | "!!" => c.priority = Some(Priority::High),
                "medium" | "med" | "m" | "!" => c.priority = Some(Priority::Medium),
                "low" | "l" => c.priority = Some(Priority::Low),
                "pin" => c.pin = true,
                _ => words.push(word),
            }
        } else if let Some(d) = word.strip_prefix("due:") {
            c.due = Some(when::parse_due(d, today, offset)?);
        } else if let Some(d) = word.strip_prefix("bday:") {
            c.birthday = Some(d.parse().map_err(|e: BirthdayError| e.to_string())?);
        } else {
            words.push(word);
        }
    }
    if c.due.is_none()
        && words.len() > 1
        && let Some(last) = words.last()
        && let Ok(due) = when::parse_due(last, today, offset)
    {
        c.due = Some(due);
        words.pop();
    }
    c.title = words.join(" ");
    if c.title.is_empty() {
        return Err("type a title (then #tags, !high, a due day such as tomorrow)".into());
    }
    Ok(c)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;
    use time::macros::{date, offset};

    fn p(s: &str) -> Result<Capture, String> {
        parse(s, date!(2026 - 11 - 30), offset!(UTC))
    }

    #[test]
    fn the_short_syntax() {
        let c = p("buy milk tomorrow #errands !high").unwrap();
        assert_eq!(c.title, "buy milk");
        assert_eq!(c.tags, ["errands"]);
        assert_eq!(c.priority, Some(Priority::High));
        assert_eq!(c.due.unwrap().to_string(), "2026-12-01");
        let c = p("call mum due:fri #Family").unwrap();
        assert_eq!(
            (c.title.as_str(), c.due.unwrap().to_string()),
            ("call mum", "2026-12-04".into())
        );
        assert_eq!(c.tags, ["family"]);
        // A lone due word is a title, not a date; words in the middle stay.
        assert_eq!(p("tomorrow").unwrap().title, "tomorrow");
        assert_eq!(p("plan today's lunch").unwrap().due, None);
        assert_eq!(
            p("read 2026-12-31").unwrap().due.unwrap().to_string(),
            "2026-12-31"
        );
        let c = p("wow !!!").unwrap();
        assert_eq!(
            (c.title.as_str(), c.priority),
            ("wow", Some(Priority::High))
        );
        let c = p("Ada bday:1815-12-10 !pin 日本語 🎉").unwrap();
        assert_eq!(c.title, "Ada 日本語 🎉");
        assert!(c.pin);
        assert_eq!(c.birthday.unwrap().to_string(), "1815-12-10");
        // A birthday may omit the year.
        let c = p("Grace bday:12-09").unwrap();
        assert_eq!(c.birthday.unwrap().to_string(), "--12-09");
    }

    #[test]
    fn bad_input_is_a_clear_error() {
        assert!(p("").is_err());
        assert!(p("#only #tags").is_err());
        assert!(p("x due:someday").unwrap_err().contains("not a due date"));
        assert!(p("x bday:1815-13-10").is_err());
        assert!(p("x #a+b").unwrap_err().contains("not a tag"));
        assert!(p(&"a".repeat(MAX_LINE + 1)).unwrap_err().contains("longer"));
    }

    #[test]
    fn a_line_becomes_a_task() {
        let t = p("buy milk tomorrow #errands !high").unwrap().into_task();
        assert_eq!(t.title, "buy milk");
        assert_eq!(t.tags, ["errands"]);
        assert_eq!(t.priority, Priority::High);
        assert_eq!(t.due.unwrap().to_string(), "2026-12-01");
        assert_eq!(
            p("plain").unwrap().into_task().priority,
            Priority::default()
        );
    }
}
