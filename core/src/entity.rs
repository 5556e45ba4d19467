//! The [`Entity`] trait and the one registry of entity kinds.
//!
//! Adding an entity means: define its type (in `model/`) with its [`Entity`] impl — the
//! one declaration of everything generic code needs (search fields, list filters, natural
//! key and pair hooks, an example row) — add a migration per database, and add one line
//! to [`registry!`] below. Storage, soft delete, versions, the outbox, export/import, the
//! merge rule, the server's routes and their OpenAPI entries, list parameters and their
//! SQL on both databases, text search and the conformance suites are derived from it.

use std::fmt;

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::id::Id;
use crate::kernel::DecodeError;
use crate::query::ListFilter;
use crate::validate::ValidationError;

/// A kind of row stored under the kernel.
pub trait Entity:
    Serialize + DeserializeOwned + Clone + fmt::Debug + PartialEq + Send + Sync + EntitySchema + 'static
{
    /// Which registered kind this is.
    const KIND: EntityKind;

    /// The wire names of the fields that a text search looks in: strings, lists of
    /// strings, or lists of objects (every string inside counts). Both databases and
    /// [`Entity::matches_text`] search exactly these.
    const SEARCH_FIELDS: &'static [&'static str];

    /// The list parameters this kind accepts besides the common ones
    /// ([`crate::query::COMMON_PARAMS`]): the CLI's, the TUI's and the server's filters.
    const FILTERS: &'static [ListFilter] = &[];

    /// Checks every rule the fields must satisfy (lengths, ranges, formats).
    fn validate(&self) -> Result<(), ValidationError>;

    /// A valid row of this kind, for tests, documentation and the OpenAPI examples.
    /// `refs` gives the id of an existing row of a kind this one links to (a check-in's
    /// habit); kinds are created in registry order, so what a row links to comes first.
    fn example(refs: &dyn Fn(EntityKind) -> Id) -> Self;

    /// Changes one text field of a row made by [`Entity::example`] so that it stays
    /// valid and differs (what a test's update writes).
    fn edit_example(&mut self);

    /// Whether any of the [`Entity::SEARCH_FIELDS`] contains `needle_lower` (already
    /// lower-cased). Derived from the declaration: do not override.
    fn matches_text(&self, needle_lower: &str) -> bool {
        crate::query::text_matches(self, Self::SEARCH_FIELDS, needle_lower)
    }

    /// What the timeline shows of a row of this kind: each field holding an instant or a
    /// date (or `created_at`, the row's creation) and what happened then. A field that is
    /// unset makes no event. Search's date ranges use the first of them.
    const EVENTS: &'static [Event] = &[Event::new("created_at", "added")];

    /// The link field naming the row this one belongs to, and its kind (a check-in's
    /// habit): the timeline and search name that row when this one has no text of its own.
    const PARENT: Option<(&'static str, EntityKind)> = None;

    /// The row's tags (empty for kinds without tags).
    fn tags(&self) -> &[String] {
        &[]
    }

    /// For derived rows that must merge across devices (one habit check-in per habit and
    /// day), the natural key that identifies "the same" row whatever its id. `None` for
    /// ordinary rows.
    fn natural_key(&self) -> Option<String> {
        None
    }

    /// Whether rows of this kind can have a natural key (so stores keep it in a column
    /// with a unique index among live rows, and parse fields on write to fill it).
    const HAS_NATURAL_KEY: bool = false;

    /// What the user is told when a write is refused because the live row `holder`
    /// already holds the natural key `key` (a check-in for that day, a running fast).
    fn duplicate_message(key: &str, holder: Id) -> String {
        format!(
            "another {} ({holder}) already has the natural key {key}",
            Self::KIND
        )
    }

    /// What one pair of rows of this kind is called in messages (`transfer`).
    const PAIR_NAME: &'static str = "pair";

    /// Makes this row a side of a pair whose other side and revision are `pair`, with
    /// whatever else a side needs (a transfer side has no category). The store calls it
    /// on both sides after every change of a pair; a kind with pairs must make
    /// [`Entity::pair`] answer `pair` afterwards.
    fn relink(&mut self, _pair: Pair) {}

    /// Checks what the two sides of a pair must satisfy together (a transfer joins two
    /// different accounts), before they are written.
    fn check_pair(_a: &Self, _b: &Self) -> Result<(), ValidationError> {
        Ok(())
    }

    /// For kinds with pairs, a valid example pair: both sides with their ids, naming
    /// each other (what the conformance suite writes). `None` for kinds without pairs.
    fn example_pair(_refs: &dyn Fn(EntityKind) -> Id) -> Option<[(Id, Self); 2]> {
        None
    }

    /// For one side of a pair of rows that only make sense together (the two sides of
    /// a transfer): the other side and the revision both share. Such rows are created,
    /// changed and deleted together in one transaction, pushed in one batch, and shown
    /// only while the other side holds the same revision (see `docs/sync.md`). `None`
    /// for ordinary rows.
    fn pair(&self) -> Option<Pair> {
        None
    }
}

/// With the `openapi` feature, every entity has an OpenAPI schema (`utoipa::ToSchema`), so
/// the server derives each kind's routes and their documentation from the registry.
#[cfg(feature = "openapi")]
pub trait EntitySchema: utoipa::ToSchema {}
#[cfg(feature = "openapi")]
impl<T: utoipa::ToSchema> EntitySchema for T {}
/// Without the `openapi` feature, nothing (see the feature's version of this trait).
#[cfg(not(feature = "openapi"))]
pub trait EntitySchema {}
#[cfg(not(feature = "openapi"))]
impl<T> EntitySchema for T {}

/// One thing a row records as having happened ([`Entity::EVENTS`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Event {
    /// The field holding its instant or date; `created_at` is the row's creation.
    pub field: &'static str,
    /// What happened, as the timeline says it (`done`, `checked in`).
    pub what: &'static str,
}

impl Event {
    /// The event recorded in `field`.
    pub const fn new(field: &'static str, what: &'static str) -> Self {
        Self { field, what }
    }
}

/// The link of one side of a pair to the other (see [`Entity::pair`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Pair {
    /// The other side's id (a row of the same kind).
    pub counterpart: crate::id::Id,
    /// The revision both sides carry after each change of the pair.
    pub rev: crate::id::Id,
}

macro_rules! registry {
    ($( $variant:ident => $ty:ty, $name:literal, $plural:literal; )*) => {
        /// Every registered entity kind. The name is the wire name, the table name and
        /// the `entity` value in exports and the sync log.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum EntityKind {
            $(
                #[doc = concat!("`", $name, "`")]
                $variant,
            )*
        }

        impl EntityKind {
            /// All kinds, in registry (and export) order.
            pub const ALL: &'static [EntityKind] = &[$(EntityKind::$variant),*];

            /// The wire and table name (`task`).
            pub const fn name(self) -> &'static str {
                match self { $(EntityKind::$variant => $name),* }
            }

            /// The table name, quoted for SQL (`"transaction"` is a keyword).
            pub const fn table(self) -> &'static str {
                match self { $(EntityKind::$variant => concat!("\"", $name, "\"")),* }
            }

            /// The plural used in URLs and messages (`tasks`).
            pub const fn plural(self) -> &'static str {
                match self { $(EntityKind::$variant => $plural),* }
            }

            /// Whether rows of this kind can have a natural key ([`Entity::HAS_NATURAL_KEY`]).
            pub const fn has_natural_key(self) -> bool {
                match self { $(EntityKind::$variant => <$ty as Entity>::HAS_NATURAL_KEY),* }
            }

            /// The message refusing a second live holder of a natural key
            /// ([`Entity::duplicate_message`]).
            pub fn duplicate_message(self, key: &str, holder: Id) -> String {
                match self { $(EntityKind::$variant => <$ty as Entity>::duplicate_message(key, holder)),* }
            }

            /// What one pair of rows of this kind is called ([`Entity::PAIR_NAME`]).
            pub const fn pair_name(self) -> &'static str {
                match self { $(EntityKind::$variant => <$ty as Entity>::PAIR_NAME),* }
            }

            /// The wire names of the fields a text search looks in ([`Entity::SEARCH_FIELDS`]).
            pub const fn search_fields(self) -> &'static [&'static str] {
                match self { $(EntityKind::$variant => <$ty as Entity>::SEARCH_FIELDS),* }
            }

            /// What the timeline shows of this kind ([`Entity::EVENTS`]).
            pub const fn events(self) -> &'static [Event] {
                match self { $(EntityKind::$variant => <$ty as Entity>::EVENTS),* }
            }

            /// The row a row of this kind belongs to ([`Entity::PARENT`]).
            pub const fn parent(self) -> Option<(&'static str, EntityKind)> {
                match self { $(EntityKind::$variant => <$ty as Entity>::PARENT),* }
            }

            /// The list parameters of this kind ([`Entity::FILTERS`]).
            pub const fn filters(self) -> &'static [ListFilter] {
                match self { $(EntityKind::$variant => <$ty as Entity>::FILTERS),* }
            }

            /// Calls `visitor` with this kind's Rust type, so generic code (routes,
            /// conformance tests, bindings) is written once over `E: Entity` and stamped
            /// over every kind.
            pub fn visit<V: KindVisitor>(self, visitor: V) -> V::Output {
                match self { $(EntityKind::$variant => visitor.visit::<$ty>()),* }
            }

            /// The kind with this wire name.
            pub fn from_name(name: &str) -> Option<Self> {
                match name { $($name => Some(EntityKind::$variant),)* _ => None }
            }

            /// Decodes and validates this kind's fields from JSON, and returns them in
            /// their canonical form (field order and normalisation of the Rust type), so
            /// that every replica stores and compares the same bytes.
            pub fn canonical_fields(self, fields_json: &str) -> Result<String, DecodeError> {
                match self {
                    $(EntityKind::$variant => canonical::<$ty>(fields_json),)*
                }
            }

            /// The natural key of a row of this kind (see [`Entity::natural_key`]), from
            /// its canonical fields.
            pub fn natural_key(self, fields_json: &str) -> Result<Option<String>, DecodeError> {
                match self {
                    $(EntityKind::$variant => Ok(serde_json::from_str::<$ty>(fields_json)?.natural_key()),)*
                }
            }

            /// The pair link of a row of this kind (see [`Entity::pair`]), from its
            /// canonical fields.
            pub fn pair(self, fields_json: &str) -> Result<Option<Pair>, DecodeError> {
                match self {
                    $(EntityKind::$variant => Ok(serde_json::from_str::<$ty>(fields_json)?.pair()),)*
                }
            }
        }
    };
}

/// Generic code over one entity type, called through [`EntityKind::visit`].
pub trait KindVisitor {
    /// What the visit returns.
    type Output;
    /// Runs for the kind's type `E`.
    fn visit<E: Entity>(self) -> Self::Output;
}

fn canonical<E: Entity>(fields_json: &str) -> Result<String, DecodeError> {
    let mut de = serde_json::Deserializer::from_str(fields_json);
    let e: E = serde_path_to_error::deserialize(&mut de).map_err(crate::kernel::path_error)?;
    e.validate()?;
    Ok(serde_json::to_string(&e)?)
}

/// Calls the macro named `$m` with the registry's lines (`Variant => Type, "name",
/// "plural";` for every kind, in registry order): the one list of entity kinds, for code
/// that must be stamped per kind at compile time (here [`EntityKind`]; the mobile
/// bridge's typed records and functions).
#[macro_export]
macro_rules! with_registry {
    ($m:ident) => {
        $m! {
            Note => $crate::model::Note, "note", "notes";
            Task => $crate::model::Task, "task", "tasks";
            Person => $crate::model::Person, "person", "people";
            Place => $crate::model::Place, "place", "places";
            HealthMetric => $crate::model::HealthMetric, "health_metric", "health_metrics";
            Workout => $crate::model::Workout, "workout", "workouts";
            Practice => $crate::model::Practice, "practice", "practices";
            ReadingPlan => $crate::model::ReadingPlan, "reading_plan", "reading_plans";
            ReadingDone => $crate::model::ReadingDone, "reading_done", "readings_done";
            Habit => $crate::model::Habit, "habit", "habits";
            HabitCheckin => $crate::model::HabitCheckin, "habit_checkin", "habit_checkins";
            Fast => $crate::model::Fast, "fast", "fasts";
            Account => $crate::model::Account, "account", "accounts";
            Transaction => $crate::model::Transaction, "transaction", "transactions";
            Budget => $crate::model::Budget, "budget", "budgets";
            Attachment => $crate::model::Attachment, "attachment", "attachments";
        }
    };
}

with_registry!(registry);

/// A kind serializes as its wire name (`"task"`).
impl Serialize for EntityKind {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

impl fmt::Display for EntityKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_are_unique() {
        for k in EntityKind::ALL {
            assert_eq!(EntityKind::from_name(k.name()), Some(*k));
            assert!(
                k.name()
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b == b'_')
            );
        }
        let mut names: Vec<_> = EntityKind::ALL.iter().map(|k| k.name()).collect();
        names.dedup();
        assert_eq!(names.len(), EntityKind::ALL.len());
        assert_eq!(EntityKind::from_name("tasks"), None);
    }

    /// Every example decodes, validates, survives its edit, and searches by its own
    /// declared fields; the examples are what the conformance suites write.
    #[test]
    fn every_example_is_valid() {
        struct Check;
        impl KindVisitor for Check {
            type Output = ();
            fn visit<E: Entity>(self) {
                let id = Id::generate();
                let mut e = E::example(&|_| id);
                assert_eq!(e.validate(), Ok(()), "{}", E::KIND);
                let before = e.clone();
                e.edit_example();
                assert_ne!(e, before, "{}: edit_example changed nothing", E::KIND);
                assert_eq!(e.validate(), Ok(()), "{} after its edit", E::KIND);
                let json = serde_json::to_string(&e).unwrap_or_default();
                assert!(E::KIND.canonical_fields(&json).is_ok(), "{}", E::KIND);
                assert!(!E::SEARCH_FIELDS.is_empty(), "{}", E::KIND);
                // A record's line puts the fields beside the kernel and the kind: no
                // field may share a name with them, and the line must read back.
                let value = serde_json::to_value(&e).unwrap_or_default();
                for key in value.as_object().map(|m| m.keys()).into_iter().flatten() {
                    assert!(
                        ![
                            "entity",
                            "id",
                            "created_at",
                            "updated_at",
                            "deleted_at",
                            "version"
                        ]
                        .contains(&key.as_str()),
                        "{}: the field `{key}` collides with the record's own",
                        E::KIND
                    );
                }
                let row = crate::Row {
                    kernel: crate::Kernel::new_now(),
                    fields: e.clone(),
                };
                let line = crate::record::Record::from_row(&row)
                    .map(|r| r.to_line())
                    .unwrap_or_default();
                let back = crate::record::Record::parse_line(&line);
                assert!(
                    back.is_ok(),
                    "{}: {line} does not read back: {back:?}",
                    E::KIND
                );
                assert_eq!(back.map(|r| r.kind).ok(), Some(E::KIND));
            }
        }
        for k in EntityKind::ALL {
            k.visit(Check);
        }
    }

    #[test]
    fn kinds_and_types_agree() {
        use crate::model::*;
        assert_eq!(Note::KIND, EntityKind::Note);
        assert_eq!(Task::KIND, EntityKind::Task);
        assert_eq!(Person::KIND, EntityKind::Person);
        assert_eq!(Place::KIND, EntityKind::Place);
        assert_eq!(Habit::KIND, EntityKind::Habit);
        assert_eq!(HabitCheckin::KIND, EntityKind::HabitCheckin);
        assert_eq!(Fast::KIND, EntityKind::Fast);
        assert!(EntityKind::HabitCheckin.has_natural_key() && EntityKind::Fast.has_natural_key());
        assert!(EntityKind::Task.has_natural_key() && !EntityKind::Note.has_natural_key());
        assert_eq!(Account::KIND, EntityKind::Account);
        assert_eq!(Transaction::KIND, EntityKind::Transaction);
        assert_eq!(Budget::KIND, EntityKind::Budget);
        assert_eq!(EntityKind::Transaction.table(), "\"transaction\"");
    }
}
