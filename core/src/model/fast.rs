//! `fast`: a period without food, from `started_at` to `ended_at` (open while it runs),
//! with an optional target duration.
//!
//! One fast runs at a time. A running fast has the natural key `running`, so the local
//! store refuses a second one, and two devices that each start a fast offline end, after
//! sync, with one running fast: the version written last wins by the merge rule and the
//! other is retired as a tombstone (see `docs/sync.md`). A stopped fast has no natural
//! key; any number of them may exist.

use serde::{Deserialize, Serialize};

use crate::entity::{Entity, EntityKind, Event};
use crate::id::Id;
use crate::timestamp::Timestamp;
use crate::validate::{self, ValidationError};

/// Fast statistics live with the habit statistics, in [`crate::stats`].
pub use crate::stats::FastStats;

/// The longest target: 30 days, in minutes.
pub const MAX_TARGET_MINUTES: u32 = 30 * 24 * 60;

/// The natural key every running fast has.
pub const RUNNING_KEY: &str = "running";

/// A fast.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct Fast {
    /// When it began.
    pub started_at: Timestamp,
    /// When it ended; null while it runs. Not before `started_at`.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub ended_at: Option<Timestamp>,
    /// The goal, in minutes (16 h = 960); 1 to 43200.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    #[cfg_attr(feature = "openapi", schema(minimum = 1, maximum = 43200))]
    pub target_minutes: Option<u32>,
    /// Free text, up to 1 MiB.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = ""))]
    #[cfg_attr(
        feature = "openapi",
        schema(max_length = 1048576, pattern = r"^[^\x00]*$")
    )]
    pub note: String,
}

impl Fast {
    /// A running fast.
    pub fn start(at: Timestamp, target_minutes: Option<u32>) -> Self {
        Self {
            started_at: at,
            ended_at: None,
            target_minutes,
            note: String::new(),
        }
    }

    /// Whether it is still running.
    pub fn is_running(&self) -> bool {
        self.ended_at.is_none()
    }

    /// Its length in whole seconds, up to `now` while it runs (never negative).
    pub fn seconds(&self, now: Timestamp) -> i64 {
        let end = self.ended_at.unwrap_or(now);
        (end.datetime() - self.started_at.datetime())
            .whole_seconds()
            .max(0)
    }

    /// Whether it lasted at least its target (false without a target).
    pub fn met_target(&self, now: Timestamp) -> bool {
        self.target_minutes
            .is_some_and(|t| self.seconds(now) >= i64::from(t) * 60)
    }
}

impl Entity for Fast {
    const KIND: EntityKind = EntityKind::Fast;
    const SEARCH_FIELDS: &'static [&'static str] = &["note"];
    const EVENTS: &'static [Event] = &[
        Event::new("started_at", "started"),
        Event::new("ended_at", "ended"),
    ];

    fn example(_refs: &dyn Fn(EntityKind) -> crate::id::Id) -> Self {
        crate::model::example(
            serde_json::json!({"started_at": "2026-11-30T20:00:00.000Z", "note": "mine"}),
        )
    }

    fn edit_example(&mut self) {
        self.note = "edited".into();
    }
    const HAS_NATURAL_KEY: bool = true;

    fn validate(&self) -> Result<(), ValidationError> {
        if let Some(end) = self.ended_at
            && end < self.started_at
        {
            return Err(ValidationError::new(
                "ended_at",
                format!(
                    "{end} is before started_at {}: a fast cannot end before it starts",
                    self.started_at
                ),
            ));
        }
        if let Some(t) = self.target_minutes
            && !(1..=MAX_TARGET_MINUTES).contains(&t)
        {
            return Err(ValidationError::new(
                "target_minutes",
                format!("{t} is out of range: a target is 1 minute to 30 days"),
            ));
        }
        validate::long_text("note", &self.note)
    }

    fn natural_key(&self) -> Option<String> {
        self.is_running().then(|| RUNNING_KEY.to_owned())
    }

    fn duplicate_message(_key: &str, holder: Id) -> String {
        format!("a fast is already running ({holder}): stop it first (lifeos fast stop)")
    }
}

/// Parses a duration such as `16h`, `16h30m`, `90m`, `1d`, `1d2h` or a bare number of
/// hours (`16`), into minutes.
pub fn parse_duration(s: &str) -> Result<u32, String> {
    let bad = || {
        format!(
            "'{}' is not a duration: use hours and minutes like 16h, 16h30m, 90m or 1d",
            validate::clip(s)
        )
    };
    let t = s.trim().to_lowercase().replace(' ', "");
    if t.is_empty() {
        return Err(bad());
    }
    if let Ok(h) = t.parse::<u32>() {
        return h.checked_mul(60).ok_or_else(bad);
    }
    let mut total: u32 = 0;
    let mut digits = String::new();
    let mut last_unit = 0u8;
    for c in t.chars() {
        if c.is_ascii_digit() {
            digits.push(c);
            continue;
        }
        let (rank, per) = match c {
            'd' => (1, 24 * 60),
            'h' => (2, 60),
            'm' => (3, 1),
            _ => return Err(bad()),
        };
        if digits.is_empty() || rank <= last_unit {
            return Err(bad());
        }
        let n: u32 = digits.parse().map_err(|_| bad())?;
        total = n
            .checked_mul(per)
            .and_then(|m| total.checked_add(m))
            .ok_or_else(bad)?;
        digits.clear();
        last_unit = rank;
    }
    if !digits.is_empty() {
        return Err(bad());
    }
    Ok(total)
}

/// Prints minutes as `16h`, `16h30m` or `45m`.
pub fn format_minutes(m: u32) -> String {
    match (m / 60, m % 60) {
        (0, m) => format!("{m}m"),
        (h, 0) => format!("{h}h"),
        (h, m) => format!("{h}h{m}m"),
    }
}

/// Prints seconds as `16h05m` (or `5m` under an hour).
pub fn format_seconds(s: i64) -> String {
    let s = s.max(0);
    let (h, m) = (s / 3600, (s % 3600) / 60);
    if h == 0 {
        format!("{m}m")
    } else {
        format!("{h}h{m:02}m")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ts(s: &str) -> Timestamp {
        Timestamp::parse(s).unwrap()
    }

    #[test]
    fn durations() {
        for (s, m) in [
            ("16h", 960),
            ("16", 960),
            ("16h30m", 990),
            ("90m", 90),
            ("1d", 1440),
            ("1d2h", 1560),
            (" 18H ", 1080),
        ] {
            assert_eq!(parse_duration(s), Ok(m), "{s}");
        }
        for bad in [
            "",
            "h",
            "16x",
            "30m16h",
            "16hh",
            "16h30",
            "-1h",
            "99999999999h",
        ] {
            assert!(parse_duration(bad).is_err(), "{bad}");
        }
        assert_eq!(format_minutes(960), "16h");
        assert_eq!(format_minutes(990), "16h30m");
        assert_eq!(format_minutes(45), "45m");
        assert_eq!(format_seconds(3600 * 16 + 300), "16h05m");
    }

    #[test]
    fn a_fast_cannot_end_before_it_starts() {
        let mut f = Fast::start(ts("2026-11-30T20:00:00Z"), Some(960));
        f.ended_at = Some(ts("2026-11-30T19:59:59Z"));
        let e = f.validate().unwrap_err();
        assert_eq!(e.field, "ended_at");
        assert!(e.message.contains("before"), "{e}");
        f.ended_at = Some(f.started_at);
        assert!(f.validate().is_ok());
        f.target_minutes = Some(0);
        assert_eq!(f.validate().unwrap_err().field, "target_minutes");
    }

    #[test]
    fn only_a_running_fast_has_the_natural_key() {
        let mut f = Fast::start(ts("2026-11-30T20:00:00Z"), None);
        assert_eq!(f.natural_key().as_deref(), Some(RUNNING_KEY));
        f.ended_at = Some(ts("2026-12-01T12:00:00Z"));
        assert_eq!(f.natural_key(), None);
    }
}
