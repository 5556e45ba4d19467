//! Which names a list filter or order may use for a kind: its kernel columns (read as
//! columns, never through `json_extract`, where they are not) and the fields of its
//! declaration. Any other name is [`StoreError::UnknownField`] at the first query, so
//! a typo or a kernel column can never silently sort or filter on NULL.

use serde::de::{self, Visitor};

use super::StoreError;
use crate::entity::{Entity, EntityKind, KindVisitor};
use crate::id::Id;
use crate::kernel::KERNEL_FIELDS;

/// A deserializer that only records the field names a derived `Deserialize` asks for.
struct Probe<'a>(&'a mut Vec<&'static str>);

impl<'de> de::Deserializer<'de> for Probe<'_> {
    type Error = de::value::Error;

    fn deserialize_any<V: Visitor<'de>>(self, _v: V) -> Result<V::Value, Self::Error> {
        Err(de::Error::custom("probe"))
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        fields: &'static [&'static str],
        _v: V,
    ) -> Result<V::Value, Self::Error> {
        self.0.extend_from_slice(fields);
        Err(de::Error::custom("probe"))
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes
        byte_buf option unit unit_struct newtype_struct seq tuple tuple_struct map enum
        identifier ignored_any
    }
}

struct Names;

impl KindVisitor for Names {
    type Output = Vec<String>;
    fn visit<E: Entity>(self) -> Vec<String> {
        let mut declared = Vec::new();
        let _ = E::deserialize(Probe(&mut declared));
        let mut out: Vec<String> = declared.into_iter().map(str::to_owned).collect();
        // Flattened or hand-written shapes: the fields their examples write.
        let mut example = E::example(&|_| Id::generate());
        let mut add = |e: &E| {
            if let Ok(serde_json::Value::Object(map)) = serde_json::to_value(e) {
                out.extend(map.keys().cloned());
            }
        };
        add(&example);
        example.edit_example();
        add(&example);
        out.sort();
        out.dedup();
        out
    }
}

/// The field names of a kind's declaration (kernel columns excluded).
pub fn declared(kind: EntityKind) -> Vec<String> {
    kind.visit(Names)
}

/// The SQL expression reading `field` of a row of `kind`, or the error naming it.
pub(super) fn expr(kind: EntityKind, field: &str) -> Result<String, StoreError> {
    if KERNEL_FIELDS.contains(&field) {
        return Ok(field.to_owned());
    }
    if field
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
        && declared(kind).iter().any(|f| f == field)
    {
        return Ok(format!("json_extract(fields, '$.{field}')"));
    }
    Err(StoreError::UnknownField {
        kind,
        field: field.to_owned(),
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn every_kind_declares_its_search_fields_and_kernel_columns_are_columns() {
        for &kind in EntityKind::ALL {
            let names = declared(kind);
            assert!(!names.is_empty(), "{kind}");
            for f in kind.search_fields() {
                assert!(names.iter().any(|n| n == f), "{kind}: {f} not in {names:?}");
            }
            assert_eq!(expr(kind, "created_at").unwrap(), "created_at");
            assert!(matches!(
                expr(kind, "no_such_field"),
                Err(StoreError::UnknownField { .. })
            ));
        }
        // Optional fields count even when the example leaves them out.
        assert!(declared(EntityKind::Task).iter().any(|f| f == "due"));
    }

    #[test]
    fn ordering_by_a_kernel_column_sorts_by_it_and_an_unknown_field_is_an_error() {
        use crate::model::Task;
        use crate::store::{SortKey, Store};
        let dir = tempfile::tempdir().unwrap();
        let key = crate::key::DbKey::from_hex(&"cd".repeat(32)).unwrap();
        let mut s = Store::open(&dir.path().join("p/lifeos.db"), &key).unwrap();
        let old = s.create(Task::new("old")).unwrap();
        std::thread::sleep(std::time::Duration::from_millis(5));
        let new = s.create(Task::new("new")).unwrap();
        // Newest first: through json_extract this sorted on NULL, i.e. oldest first.
        let ids = s.ids::<Task>(&[], &[SortKey::Desc("created_at")]).unwrap();
        assert_eq!(ids, vec![new.kernel.id, old.kernel.id]);
        let ids = s.ids::<Task>(&[], &[SortKey::Desc("updated_at")]).unwrap();
        assert_eq!(ids, vec![new.kernel.id, old.kernel.id]);
        for bad in [
            s.ids::<Task>(&[], &[SortKey::Desc("booking_date")]),
            s.ids::<Task>(&[crate::query::Filter::IsTrue("pinned")], &[]),
        ] {
            assert!(
                matches!(bad, Err(StoreError::UnknownField { .. })),
                "{bad:?}"
            );
        }
        let listed = s.list::<Task>(&crate::query::ListQuery {
            filters: vec![crate::query::Filter::AtLeast(
                "created_at",
                new.kernel.created_at.to_string(),
            )],
            ..Default::default()
        });
        assert_eq!(listed.unwrap().len(), 1);
    }
}
