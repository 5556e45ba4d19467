//! The kernel-row contract: the five columns every persisted entity has, on every
//! database and on the wire, and [`Row`], an entity's fields under its kernel.

// UniFFI's derives (feature `uniffi`) implement its unsafe conversion traits.
#![cfg_attr(feature = "uniffi", allow(unsafe_code))]

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::entity::Entity;
use crate::id::Id;
use crate::timestamp::Timestamp;
use crate::validate::ValidationError;

/// The kernel columns. Their wire names are the field names.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct Kernel {
    /// A ULID made by the client that created the row.
    pub id: Id,
    /// When the row was created (UTC, milliseconds).
    pub created_at: Timestamp,
    /// When the row last changed; set on every mutation.
    pub updated_at: Timestamp,
    /// Set when the row was (soft) deleted: the row is then a tombstone.
    pub deleted_at: Option<Timestamp>,
    /// 1 at creation, +1 on every mutation.
    pub version: i64,
}

/// The wire names of the kernel columns, in wire order.
pub const KERNEL_FIELDS: [&str; 5] = ["id", "created_at", "updated_at", "deleted_at", "version"];

impl Kernel {
    /// The kernel of a row created now.
    pub fn new_now() -> Self {
        let now = Timestamp::now();
        Self {
            id: Id::generate(),
            created_at: now,
            updated_at: now,
            deleted_at: None,
            version: 1,
        }
    }

    /// Whether the row is a tombstone.
    pub fn is_deleted(&self) -> bool {
        self.deleted_at.is_some()
    }

    /// The kernel after one more mutation at `now`: version + 1, and `updated_at`
    /// moved to `now`, or one millisecond past the previous value if the clock
    /// went backwards, so a later mutation never looks older.
    pub fn bumped(&self, now: Timestamp) -> Self {
        let updated_at = if now > self.updated_at {
            now
        } else {
            self.updated_at.next_millisecond()
        };
        Self {
            updated_at,
            version: self.version + 1,
            ..self.clone()
        }
    }

    /// Checks the contract: version ≥ 1, and no change before the row existed.
    pub fn validate(&self) -> Result<(), ValidationError> {
        if self.version < 1 {
            return Err(ValidationError::new("version", "must be at least 1"));
        }
        if self.updated_at < self.created_at {
            return Err(ValidationError::new(
                "updated_at",
                "must not be before created_at",
            ));
        }
        if self.deleted_at.is_some_and(|d| d < self.created_at) {
            return Err(ValidationError::new(
                "deleted_at",
                "must not be before created_at",
            ));
        }
        Ok(())
    }
}

/// Why a JSON object is not a valid row.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    /// The JSON does not have the shape of the type: an unknown or missing field,
    /// a wrong type, malformed text.
    #[error("{0}")]
    Shape(String),
    /// The shape is right but a value breaks a rule.
    #[error(transparent)]
    Invalid(#[from] ValidationError),
}

impl From<serde_json::Error> for DecodeError {
    fn from(e: serde_json::Error) -> Self {
        Self::Shape(e.to_string())
    }
}

/// An entity's fields under its kernel: what is stored, synced and exported.
#[derive(Clone, Debug, PartialEq)]
pub struct Row<E> {
    /// The kernel columns.
    pub kernel: Kernel,
    /// The entity's own fields.
    pub fields: E,
}

#[derive(Serialize)]
struct RowRef<'a, E> {
    #[serde(flatten)]
    kernel: &'a Kernel,
    #[serde(flatten)]
    fields: &'a E,
}

impl<E: Entity> Serialize for Row<E> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        RowRef {
            kernel: &self.kernel,
            fields: &self.fields,
        }
        .serialize(s)
    }
}

impl<'de, E: Entity> Deserialize<'de> for Row<E> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let map = Map::<String, Value>::deserialize(d)?;
        Self::from_map(map).map_err(serde::de::Error::custom)
    }
}

/// Splits a flat JSON object into its kernel and the rest (the entity's fields).
pub fn split_kernel(
    mut map: Map<String, Value>,
) -> Result<(Kernel, Map<String, Value>), DecodeError> {
    let mut kernel = Map::new();
    for name in KERNEL_FIELDS {
        if let Some(v) = map.swap_remove(name) {
            kernel.insert(name.to_owned(), v);
        }
    }
    let kernel: Kernel = serde_json::from_value(Value::Object(kernel))?;
    kernel.validate()?;
    Ok((kernel, map))
}

/// Decodes and validates an entity's fields from a JSON object.
pub fn decode_fields<E: Entity>(fields: Map<String, Value>) -> Result<E, DecodeError> {
    let e: E = from_object(fields)?;
    e.validate()?;
    Ok(e)
}

fn from_object<T: DeserializeOwned>(map: Map<String, Value>) -> Result<T, DecodeError> {
    serde_path_to_error::deserialize(Value::Object(map)).map_err(path_error)
}

/// A shape error that names the field it happened at, when serde knows it.
pub fn path_error<E: std::fmt::Display>(e: serde_path_to_error::Error<E>) -> DecodeError {
    let path = e.path().to_string();
    let message = e.into_inner().to_string();
    if path.is_empty() || path == "." || path == "?" {
        DecodeError::Shape(message)
    } else {
        DecodeError::Invalid(ValidationError::new(path, message))
    }
}

impl<E: Entity> Row<E> {
    /// Decodes a flat row object (kernel and fields side by side), rejecting unknown
    /// fields and invalid values.
    pub fn from_map(map: Map<String, Value>) -> Result<Self, DecodeError> {
        let (kernel, rest) = split_kernel(map)?;
        Ok(Self {
            kernel,
            fields: decode_fields(rest)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Note;

    fn note_json() -> Value {
        serde_json::json!({
            "id": "01JDQ4C5Z6V2Y7KX3M8N9P0QRS", "created_at": "2026-11-30T09:00:00.000Z",
            "updated_at": "2026-11-30T09:00:00.000Z", "deleted_at": null, "version": 1,
            "title": "Hello", "body": "", "tags": [], "pinned": false
        })
    }

    #[test]
    fn rows_serialize_flat_with_kernel_first() {
        let Value::Object(map) = note_json() else {
            unreachable!()
        };
        let row: Row<Note> = Row::from_map(map).unwrap();
        let text = serde_json::to_string(&row).unwrap();
        assert!(
            text.starts_with(r#"{"id":"01JDQ4C5Z6V2Y7KX3M8N9P0QRS","created_at":"#),
            "{text}"
        );
        let back: Row<Note> = serde_json::from_str(&text).unwrap();
        assert_eq!(back, row);
    }

    #[test]
    fn unknown_and_missing_fields_are_rejected() {
        let mut v = note_json();
        v["colour"] = "red".into();
        let err = serde_json::from_value::<Row<Note>>(v)
            .unwrap_err()
            .to_string();
        assert!(err.contains("colour"), "{err}");

        let mut v = note_json();
        v.as_object_mut().unwrap().remove("version");
        assert!(serde_json::from_value::<Row<Note>>(v).is_err());

        let mut v = note_json();
        v["version"] = 0.into();
        assert!(serde_json::from_value::<Row<Note>>(v).is_err());

        let mut v = note_json();
        v["updated_at"] = "2026-11-29T09:00:00.000Z".into();
        assert!(serde_json::from_value::<Row<Note>>(v).is_err());
    }

    #[test]
    fn bump_never_goes_back_in_time() {
        let k = Kernel::new_now();
        let earlier = Timestamp::parse("2000-01-01T00:00:00Z").unwrap();
        let b = k.bumped(earlier);
        assert_eq!(b.version, 2);
        assert!(b.updated_at > k.updated_at);
        assert_eq!(b.id, k.id);
        assert_eq!(b.created_at, k.created_at);
    }
}
