//! The export/import record: one JSON object per line, `{"entity":"task", <kernel>, <fields>}`.
//! Field names are the wire names, so `jq 'select(.entity=="task")'` just works.

use std::collections::BTreeMap;

use serde_json::value::RawValue;

use crate::entity::{Entity, EntityKind};
use crate::kernel::{DecodeError, KERNEL_FIELDS, Kernel, Row};

/// Longest accepted export line, in bytes: 16 MiB, room for a row whose 1 MiB texts are
/// all characters JSON escapes six bytes wide.
pub const MAX_LINE_BYTES: usize = 16 << 20;

/// Any entity's row, with its fields as canonical JSON text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    /// Which kind of row.
    pub kind: EntityKind,
    /// Its kernel columns.
    pub kernel: Kernel,
    fields_json: String,
}

impl Record {
    /// A record of a typed row.
    pub fn from_row<E: Entity>(row: &Row<E>) -> Result<Self, DecodeError> {
        Ok(Self {
            kind: E::KIND,
            kernel: row.kernel.clone(),
            fields_json: serde_json::to_string(&row.fields)?,
        })
    }

    /// A record of a row as the store keeps it: `fields_json` must be the canonical
    /// fields object written by this crate (it is not re-validated).
    pub fn from_stored(kind: EntityKind, kernel: Kernel, fields_json: String) -> Self {
        Self {
            kind,
            kernel,
            fields_json,
        }
    }

    /// Parses and validates one export line. Unknown entities and fields, missing
    /// kernel columns and invalid values are errors.
    pub fn parse_line(line: &str) -> Result<Self, DecodeError> {
        if line.len() > MAX_LINE_BYTES {
            return Err(DecodeError::Shape(format!(
                "the line is {} bytes long; the limit is {MAX_LINE_BYTES}",
                line.len()
            )));
        }
        // Values stay raw JSON text: the kernel and the fields are each decoded once,
        // straight into their types.
        let mut entries: BTreeMap<String, &RawValue> = serde_json::from_str(line)?;
        let kind = match entries.remove("entity") {
            Some(raw) => {
                let name: String = serde_json::from_str(raw.get())
                    .map_err(|_| DecodeError::Shape("`entity` must be a string".into()))?;
                EntityKind::from_name(&name).ok_or_else(|| {
                    DecodeError::Shape(format!(
                        "unknown entity '{}'; expected one of {}",
                        crate::validate::clip(&name),
                        EntityKind::ALL
                            .iter()
                            .map(|k| k.name())
                            .collect::<Vec<_>>()
                            .join(", ")
                    ))
                })?
            }
            None => return Err(DecodeError::Shape("missing field `entity`".into())),
        };
        let object = |entries: &mut dyn Iterator<Item = (&str, &RawValue)>| -> String {
            let mut text = String::from("{");
            for (i, (k, v)) in entries.enumerate() {
                if i > 0 {
                    text.push(',');
                }
                // Serializing a string cannot fail.
                text.push_str(&serde_json::to_string(k).unwrap_or_default());
                text.push(':');
                text.push_str(v.get());
            }
            text.push('}');
            text
        };
        let kernel_entries: Vec<(&str, &RawValue)> = KERNEL_FIELDS
            .iter()
            .filter_map(|&name| entries.remove(name).map(|v| (name, v)))
            .collect();
        let kernel: Kernel = serde_json::from_str(&object(&mut kernel_entries.into_iter()))?;
        kernel.validate()?;
        let fields_json =
            kind.canonical_fields(&object(&mut entries.iter().map(|(k, v)| (k.as_str(), *v))))?;
        Ok(Self {
            kind,
            kernel,
            fields_json,
        })
    }

    /// The canonical fields as compact JSON text (what the store keeps and what the
    /// merge rule's tie-break compares).
    pub fn fields_json(&self) -> &str {
        &self.fields_json
    }

    /// The record as one line of JSON, without the newline: the entity, the kernel
    /// columns, then the fields, each in their canonical order.
    pub fn to_line(&self) -> String {
        // Serializing the kernel (strings, an integer, null) cannot fail.
        let kernel = serde_json::to_string(&self.kernel).unwrap_or_default();
        let inner = |obj: &str| -> String {
            let t = obj.trim();
            t.strip_prefix('{')
                .and_then(|t| t.strip_suffix('}'))
                .unwrap_or_default()
                .to_owned()
        };
        let mut line = String::with_capacity(kernel.len() + self.fields_json.len() + 24);
        line.push_str("{\"entity\":\"");
        line.push_str(self.kind.name());
        line.push_str("\",");
        line.push_str(&inner(&kernel));
        let fields = inner(&self.fields_json);
        if !fields.is_empty() {
            line.push(',');
            line.push_str(&fields);
        }
        line.push('}');
        line
    }
}

impl serde::Serialize for Record {
    /// The record as its export line (JSON only: the line is embedded raw).
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let raw = RawValue::from_string(self.to_line()).map_err(serde::ser::Error::custom)?;
        serde::Serialize::serialize(&raw, s)
    }
}

impl<'de> serde::Deserialize<'de> for Record {
    /// Parses and validates like [`Record::parse_line`] (JSON only).
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw: Box<RawValue> = serde::Deserialize::deserialize(d)?;
        Record::parse_line(raw.get()).map_err(serde::de::Error::custom)
    }
}

impl Record {
    /// The candidate this record is under the merge rule.
    pub fn candidate(&self) -> crate::merge::Candidate<'_> {
        crate::merge::Candidate {
            kernel: &self.kernel,
            fields_json: &self.fields_json,
        }
    }

    /// The same fields under another kernel.
    pub fn with_kernel(&self, kernel: Kernel) -> Self {
        Self {
            kind: self.kind,
            kernel,
            fields_json: self.fields_json.clone(),
        }
    }

    /// The typed row, if this record is of kind `E`.
    pub fn to_row<E: Entity>(&self) -> Result<Row<E>, DecodeError> {
        if self.kind != E::KIND {
            return Err(DecodeError::Shape(format!(
                "a {} is not a {}",
                self.kind,
                E::KIND
            )));
        }
        Ok(Row {
            kernel: self.kernel.clone(),
            fields: serde_json::from_str(&self.fields_json)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Place, Task};
    use proptest::prelude::*;

    #[test]
    fn lines_round_trip_byte_for_byte() {
        let mut t = Task::new("Buy milk 🥛");
        t.tags = vec!["errands".into()];
        t.due = Some("2026-12-01".parse().unwrap());
        let row = Row {
            kernel: Kernel::new_now(),
            fields: t,
        };
        let rec = Record::from_row(&row).unwrap();
        let line = rec.to_line();
        assert!(line.starts_with("{\"entity\":\"task\",\"id\":"), "{line}");
        let back = Record::parse_line(&line).unwrap();
        assert_eq!(back, rec);
        assert_eq!(back.to_line(), line);
    }

    #[test]
    fn bad_lines_say_what_is_wrong() {
        let cases = [
            ("", "EOF"),
            ("[]", "map"),
            ("{\"entity\":\"task\"}", "missing field `id`"),
            ("{\"entity\":\"spaceship\"}", "unknown entity 'spaceship'"),
            ("{\"id\":\"x\"}", "missing field `entity`"),
        ];
        for (line, expected) in cases {
            let err = Record::parse_line(line).unwrap_err().to_string();
            assert!(err.contains(expected), "{line}: {err}");
        }
        let good = Record::from_row(&Row {
            kernel: Kernel::new_now(),
            fields: Place::new("Home"),
        })
        .unwrap()
        .to_line();
        let bad = good.replace("\"latitude\":null", "\"latitude\":123.0");
        let err = Record::parse_line(&bad).unwrap_err().to_string();
        assert!(err.contains("latitude"), "{err}");
        let unknown = good.replace("\"notes\":", "\"colour\":\"red\",\"notes\":");
        assert!(
            Record::parse_line(&unknown)
                .unwrap_err()
                .to_string()
                .contains("colour")
        );
    }

    proptest! {
        #[test]
        fn any_valid_task_round_trips(title in "[^\\p{C}\\s][^\\p{C}]{0,40}[^\\p{C}\\s]", notes in "\\PC{0,200}", pinned_tag in "[a-z0-9]{1,10}") {
            let mut t = Task::new(title);
            t.notes = notes;
            t.tags = vec![pinned_tag];
            let row = Row { kernel: Kernel::new_now(), fields: t };
            let line = Record::from_row(&row).unwrap().to_line();
            let back = Record::parse_line(&line).unwrap();
            prop_assert_eq!(back.to_line(), line);
        }
    }
}
