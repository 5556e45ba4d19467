//! `habit` and `habit_checkin`: something to do on a schedule, and the days it was done
//! (or excused).
//!
//! A check-in is one per habit and local day: its natural key is `habit_id:date`, so two
//! devices checking in the same habit on the same day offline end with one row after
//! sync, and the local store updates the existing check-in instead of adding a second.

use std::collections::BTreeSet;
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use time::Weekday;

use crate::entity::{Entity, EntityKind, Event};
use crate::id::Id;
use crate::query::ListFilter;
use crate::timestamp::LocalDate;
use crate::validate::{self, ValidationError};

/// The largest numeric target or check-in value.
pub const MAX_VALUE: f64 = 1e9;
/// The longest unit, in characters.
pub const MAX_UNIT_CHARS: usize = 32;

/// When a habit is due.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Schedule {
    /// Every day (`daily`).
    Daily,
    /// N times in each week, Monday to Sunday, on any days (`3/week`); 1 to 7.
    PerWeek(u8),
    /// On these weekdays (`mon,wed,fri`); at least one.
    Weekdays(BTreeSet<WeekdayKey>),
}

/// A weekday, ordered Monday first (so a weekday list prints in week order).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct WeekdayKey(u8);

const WEEKDAYS: [(&str, &str, Weekday); 7] = [
    ("mon", "monday", Weekday::Monday),
    ("tue", "tuesday", Weekday::Tuesday),
    ("wed", "wednesday", Weekday::Wednesday),
    ("thu", "thursday", Weekday::Thursday),
    ("fri", "friday", Weekday::Friday),
    ("sat", "saturday", Weekday::Saturday),
    ("sun", "sunday", Weekday::Sunday),
];

impl WeekdayKey {
    /// The key of a `time` weekday.
    pub fn of(w: Weekday) -> Self {
        Self(w.number_days_from_monday())
    }

    /// Its three-letter name (`mon`).
    pub fn name(self) -> &'static str {
        WEEKDAYS[usize::from(self.0 % 7)].0
    }
}

/// A schedule that does not parse; names the bad token.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error(
    "'{token}' in schedule '{schedule}' is not understood: use daily, N/week (1-7) or weekdays like mon,wed,fri"
)]
pub struct ScheduleError {
    /// The whole schedule given.
    pub schedule: String,
    /// The part that is wrong.
    pub token: String,
}

impl Schedule {
    /// Whether `date` is a due day of a day-based schedule (always false for `N/week`,
    /// whose days are free).
    pub fn is_due_day(&self, date: LocalDate) -> bool {
        match self {
            Self::Daily => true,
            Self::PerWeek(_) => false,
            Self::Weekdays(days) => days.contains(&WeekdayKey::of(date.date().weekday())),
        }
    }

    /// How many times a week the habit is meant to be done.
    pub fn per_week(&self) -> f64 {
        match self {
            Self::Daily => 7.0,
            Self::PerWeek(n) => f64::from(*n),
            Self::Weekdays(days) => days.len() as f64,
        }
    }
}

impl fmt::Display for Schedule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Daily => f.write_str("daily"),
            Self::PerWeek(n) => write!(f, "{n}/week"),
            Self::Weekdays(days) => {
                let names: Vec<&str> = days.iter().map(|d| d.name()).collect();
                f.write_str(&names.join(","))
            }
        }
    }
}

impl FromStr for Schedule {
    type Err = ScheduleError;

    /// `daily` (or `every day`), `N/week` (also `N/w`, `N per week`, `Nx/week`) with N
    /// from 1 to 7, or a comma-separated list of weekdays (`mon,wed,fri`, full names
    /// too). Case and spaces around tokens do not matter. `7/week` is not `daily`: the
    /// seven days are free, and any are allowed to be missed if made up within the week.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = |token: &str| ScheduleError {
            schedule: validate::clip(s),
            token: validate::clip(token),
        };
        let t = s.trim().to_lowercase();
        if t.is_empty() {
            return Err(err(s));
        }
        if t == "daily" || t == "every day" || t == "everyday" {
            return Ok(Self::Daily);
        }
        let compact: String = t.chars().filter(|c| !c.is_whitespace()).collect();
        let per_week = ["/week", "/wk", "/w", "perweek"]
            .iter()
            .find_map(|suffix| compact.strip_suffix(suffix));
        if let Some(n) = per_week {
            let n = match n.strip_suffix('x') {
                Some(d) if !d.is_empty() => d,
                _ => n,
            };
            return match n.parse::<u8>() {
                Ok(n) if (1..=7).contains(&n) => Ok(Self::PerWeek(n)),
                _ => Err(err(n)),
            };
        }
        let mut days = BTreeSet::new();
        for token in t.split(',') {
            let token = token.trim();
            let day = WEEKDAYS
                .iter()
                .find(|(short, long, _)| token == *short || token == *long)
                .ok_or_else(|| err(token))?;
            days.insert(WeekdayKey::of(day.2));
        }
        Ok(Self::Weekdays(days))
    }
}

impl Serialize for Schedule {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Schedule {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// A habit.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct Habit {
    /// One line, 1–500 characters.
    #[cfg_attr(
        feature = "openapi",
        schema(
            min_length = 1,
            max_length = 500,
            pattern = r"^[^\s\x00-\x1f\x7f-\x9f](?:[^\x00-\x1f\x7f-\x9f]*[^\s\x00-\x1f\x7f-\x9f])?$"
        )
    )]
    pub name: String,
    /// Free text, up to 1 MiB.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = ""))]
    #[cfg_attr(
        feature = "openapi",
        schema(max_length = 1048576, pattern = r"^[^\x00]*$")
    )]
    pub description: String,
    /// `daily`, `N/week` (1–7) or weekdays such as `mon,wed,fri`.
    #[cfg_attr(feature = "openapi", schema(value_type = String, example = "mon,wed,fri"))]
    pub schedule: Schedule,
    /// An optional amount to reach each time (8 glasses); 0 < target ≤ 10⁹.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    #[cfg_attr(
        feature = "openapi",
        schema(exclusive_minimum = 0.0, maximum = 1_000_000_000.0)
    )]
    pub target: Option<f64>,
    /// The unit of `target` and of check-in values (glasses), up to 32 characters.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = ""))]
    #[cfg_attr(
        feature = "openapi",
        schema(max_length = 32, pattern = r"^[^\x00-\x1f\x7f-\x9f]*$")
    )]
    pub unit: String,
    /// An archived habit is kept with its history but takes no check-ins.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = false))]
    pub archived: bool,
}

impl Habit {
    /// A habit with a name and a schedule.
    pub fn new(name: impl Into<String>, schedule: Schedule) -> Self {
        Self {
            name: name.into(),
            description: String::new(),
            schedule,
            target: None,
            unit: String::new(),
            archived: false,
        }
    }
}

fn check_amount(field: &str, v: f64) -> Result<(), ValidationError> {
    if v.is_finite() && (0.0..=MAX_VALUE).contains(&v) {
        Ok(())
    } else {
        Err(ValidationError::new(
            field,
            format!("{v} is out of range: use a number from 0 to {MAX_VALUE}"),
        ))
    }
}

impl Entity for Habit {
    const KIND: EntityKind = EntityKind::Habit;
    const SEARCH_FIELDS: &'static [&'static str] = &["name", "description"];

    fn example(_refs: &dyn Fn(EntityKind) -> crate::id::Id) -> Self {
        crate::model::example(serde_json::json!({"name": "mine", "schedule": "daily"}))
    }

    fn edit_example(&mut self) {
        self.name = "edited".into();
    }

    fn validate(&self) -> Result<(), ValidationError> {
        validate::title("name", &self.name)?;
        validate::long_text("description", &self.description)?;
        if let Some(t) = self.target {
            check_amount("target", t)?;
            if t == 0.0 {
                return Err(ValidationError::new("target", "must be more than 0"));
            }
        }
        if !self.unit.is_empty() {
            validate::one_line("unit", &self.unit, MAX_UNIT_CHARS)?;
        }
        match &self.schedule {
            Schedule::PerWeek(n) if !(1..=7).contains(n) => Err(ValidationError::new(
                "schedule",
                format!("{n}/week: N is from 1 to 7"),
            )),
            Schedule::Weekdays(d) if d.is_empty() => {
                Err(ValidationError::new("schedule", "names no weekday"))
            }
            _ => Ok(()),
        }
    }
}

/// What a check-in says about its day.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[cfg_attr(feature = "clap", derive(clap::ValueEnum))]
#[serde(rename_all = "lowercase")]
pub enum CheckinStatus {
    /// Done that day.
    #[default]
    Done,
    /// Excused (a skip, a vacation, sick): the day neither counts nor breaks a streak.
    Skipped,
}

impl CheckinStatus {
    /// The wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Done => "done",
            Self::Skipped => "skipped",
        }
    }
}

/// A habit's check-in for one local day.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct HabitCheckin {
    /// The habit.
    pub habit_id: Id,
    /// The user's local day, `YYYY-MM-DD`.
    pub date: LocalDate,
    /// `done` (default) or `skipped`.
    #[serde(default)]
    pub status: CheckinStatus,
    /// An optional amount (glasses drunk); 0 ≤ value ≤ 10⁹.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub value: Option<f64>,
    /// Free text, up to 1 MiB.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = ""))]
    #[cfg_attr(
        feature = "openapi",
        schema(max_length = 1048576, pattern = r"^[^\x00]*$")
    )]
    pub note: String,
}

impl HabitCheckin {
    /// A `done` check-in.
    pub fn done(habit_id: Id, date: LocalDate) -> Self {
        Self {
            habit_id,
            date,
            status: CheckinStatus::Done,
            value: None,
            note: String::new(),
        }
    }

    /// The natural key of a habit and day.
    pub fn key_of(habit_id: Id, date: LocalDate) -> String {
        format!("{habit_id}:{date}")
    }
}

impl Entity for HabitCheckin {
    const KIND: EntityKind = EntityKind::HabitCheckin;
    const SEARCH_FIELDS: &'static [&'static str] = &["note"];
    const EVENTS: &'static [Event] = &[Event::new("date", "checked in")];
    const PARENT: Option<(&'static str, EntityKind)> = Some(("habit_id", EntityKind::Habit));
    const FILTERS: &'static [ListFilter] = &[ListFilter {
        param: "habit_id",
        doc: "The check-ins of this habit (its id).",
        ty: crate::query::ParamType::Id,
        parse: |v| {
            crate::query::parse_id(v).map(|id| crate::query::Filter::In("habit_id", vec![id]))
        },
    }];

    fn example(refs: &dyn Fn(EntityKind) -> crate::id::Id) -> Self {
        crate::model::example(
            serde_json::json!({"habit_id": refs(EntityKind::Habit), "date": "2026-11-30", "note": "mine"}),
        )
    }

    fn edit_example(&mut self) {
        self.note = "edited".into();
    }
    const HAS_NATURAL_KEY: bool = true;

    fn validate(&self) -> Result<(), ValidationError> {
        if let Some(v) = self.value {
            check_amount("value", v)?;
        }
        validate::long_text("note", &self.note)
    }

    fn natural_key(&self) -> Option<String> {
        Some(Self::key_of(self.habit_id, self.date))
    }

    fn duplicate_message(key: &str, holder: Id) -> String {
        format!(
            "the habit already has a check-in for {} ({holder})",
            key.rsplit(':').next().unwrap_or(key)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schedules_parse_and_print_canonically() {
        for (input, canonical) in [
            ("daily", "daily"),
            (" Daily ", "daily"),
            ("every day", "daily"),
            ("3/week", "3/week"),
            ("3 / week", "3/week"),
            ("3x/week", "3/week"),
            ("2 per week", "2/week"),
            ("7/w", "7/week"),
            ("mon,wed,fri", "mon,wed,fri"),
            ("Fri, Monday ,wed", "mon,wed,fri"),
            ("sun,sat", "sat,sun"),
            ("tue,tue", "tue"),
        ] {
            let s: Schedule = input.parse().unwrap();
            assert_eq!(s.to_string(), canonical, "{input}");
            assert_eq!(canonical.parse::<Schedule>().unwrap(), s);
        }
    }

    #[test]
    fn schedule_errors_name_the_bad_token() {
        for (input, token) in [
            ("weekly", "weekly"),
            ("0/week", "0"),
            ("8/week", "8"),
            ("x/week", "x"),
            ("mon,wed,fry", "fry"),
            ("mon,,fri", ""),
            ("", ""),
            ("3/month", "3/month"),
        ] {
            let e = input.parse::<Schedule>().unwrap_err();
            assert_eq!(e.token, token, "{input}");
            assert!(e.to_string().contains(&format!("'{token}'")), "{e}");
        }
    }

    #[test]
    fn a_bad_schedule_in_json_is_refused_with_the_field() {
        let e = crate::entity::EntityKind::Habit
            .canonical_fields(r#"{"name":"x","schedule":"fortnightly"}"#)
            .unwrap_err();
        assert!(e.to_string().contains("fortnightly"), "{e}");
    }

    #[test]
    fn values_and_targets_are_range_checked() {
        let mut h = Habit::new("Water", Schedule::Daily);
        h.target = Some(8.0);
        h.unit = "glasses".into();
        assert!(h.validate().is_ok());
        for bad in [0.0, -1.0, f64::NAN, f64::INFINITY, 2e9] {
            h.target = Some(bad);
            assert_eq!(h.validate().unwrap_err().field, "target", "{bad}");
        }
        let mut c = HabitCheckin::done(Id::generate(), LocalDate::parse("2026-01-01").unwrap());
        c.value = Some(-0.5);
        assert_eq!(c.validate().unwrap_err().field, "value");
    }

    #[test]
    fn the_natural_key_is_habit_and_day() {
        let id = Id::generate();
        let d = LocalDate::parse("2026-12-31").unwrap();
        let mut c = HabitCheckin::done(id, d);
        c.note = "x".into();
        c.status = CheckinStatus::Skipped;
        assert_eq!(c.natural_key(), Some(format!("{id}:2026-12-31")));
    }
}
