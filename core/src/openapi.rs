//! OpenAPI schemas (utoipa) for the kernel's own value types and generic wrappers, so the
//! server's document is derived from the very types that cross the wire.

use std::borrow::Cow;

use utoipa::openapi::schema::{ObjectBuilder, OneOfBuilder, Schema, SchemaFormat, Type};
use utoipa::openapi::{KnownFormat, Ref, RefOr};
use utoipa::{PartialSchema, ToSchema};

use crate::entity::Entity;
use crate::id::Id;
use crate::kernel::{Kernel, Row};
use crate::model::{Birthday, Due};
use crate::timestamp::{LocalDate, Timestamp};

type Schemas = Vec<(String, RefOr<Schema>)>;

fn string(description: &str) -> ObjectBuilder {
    ObjectBuilder::new()
        .schema_type(Type::String)
        .description(Some(description))
}

impl PartialSchema for Id {
    fn schema() -> RefOr<Schema> {
        string(
            "A ULID: 26 characters of Crockford base32, made by the client that creates the row.",
        )
        .pattern(Some("^[0-7][0-9A-HJKMNP-TV-Z]{25}$"))
        .min_length(Some(26))
        .max_length(Some(26))
        .examples(["01JDQ4C5Z6V2Y7KX3M8N9P0QRS"])
        .into()
    }
}
impl ToSchema for Id {}

impl PartialSchema for Timestamp {
    fn schema() -> RefOr<Schema> {
        string("A UTC instant, RFC 3339 with milliseconds and Z.")
            .format(Some(SchemaFormat::KnownFormat(KnownFormat::DateTime)))
            .examples(["2026-11-30T09:51:01.123Z"])
            .into()
    }
}
impl ToSchema for Timestamp {}

impl PartialSchema for LocalDate {
    fn schema() -> RefOr<Schema> {
        string("A calendar date without a time, YYYY-MM-DD.")
            .format(Some(SchemaFormat::KnownFormat(KnownFormat::Date)))
            .pattern(Some("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))
            .examples(["2026-12-01"])
            .into()
    }
}
impl ToSchema for LocalDate {}

impl PartialSchema for Birthday {
    fn schema() -> RefOr<Schema> {
        string("A birthday: YYYY-MM-DD, or --MM-DD when the year is not known (ISO 8601, vCard).")
            .pattern(Some(
                "^([0-9]{4}|-)-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$",
            ))
            .examples(["1815-12-10", "--03-14"])
            .into()
    }
}
impl ToSchema for Birthday {}

impl PartialSchema for Due {
    fn schema() -> RefOr<Schema> {
        OneOfBuilder::new()
            .item(Ref::from_schema_name("LocalDate"))
            .item(Ref::from_schema_name("Timestamp"))
            .description(Some(
                "Due on a local day (YYYY-MM-DD) or at an instant (RFC 3339).",
            ))
            .into()
    }
}
impl ToSchema for Due {
    fn schemas(schemas: &mut Schemas) {
        schemas.push(("LocalDate".into(), LocalDate::schema()));
        schemas.push(("Timestamp".into(), Timestamp::schema()));
    }
}

/// A tag list as `validate::check_tags` reads it: at most 64, no duplicates, each tag
/// 1–64 characters. The pattern names the ASCII letters; lower-case letters of other
/// scripts are accepted too (a rule JSON Schema's portable regexes cannot state).
pub fn tags() -> utoipa::openapi::schema::Array {
    utoipa::openapi::schema::ArrayBuilder::new()
        .items(
            string("A tag: lower-case letters, digits, - _ / : .")
                .min_length(Some(1))
                .max_length(Some(crate::validate::MAX_TAG_CHARS))
                .pattern(Some("^[a-z0-9_/:.-]+$")),
        )
        .max_items(Some(crate::validate::MAX_TAGS))
        .unique_items(true)
        .description(Some(
            "Lower-case tags, at most 64 and no duplicates; each 1–64 characters of letters, digits, - _ / : . (lower-case letters of other scripts are accepted too).",
        ))
        .build()
}

fn contact_list(description: &str, item: ObjectBuilder) -> utoipa::openapi::schema::Array {
    utoipa::openapi::schema::ArrayBuilder::new()
        .items(item.max_length(Some(crate::validate::MAX_CONTACT_CHARS)))
        .max_items(Some(crate::validate::MAX_CONTACTS))
        .description(Some(description))
        .build()
}

/// A person's email addresses as `Person::validate` reads them.
pub fn emails() -> utoipa::openapi::schema::Array {
    contact_list(
        "Email addresses (`local@domain.tld`), at most 32.",
        string("An email address.").pattern(Some(
            r"^[^@\s\x00-\x1f\x7f-\x9f]+@[^@\s.\x00-\x1f\x7f-\x9f][^@\s\x00-\x1f\x7f-\x9f]*\.[^@\s\x00-\x1f\x7f-\x9f]*[^@\s.\x00-\x1f\x7f-\x9f]$",
        )),
    )
}

/// A person's phone numbers as `Person::validate` reads them.
pub fn phones() -> utoipa::openapi::schema::Array {
    contact_list(
        "Phone numbers (digits, spaces and `+-().`, at least one digit), at most 32.",
        string("A phone number.").pattern(Some(r"^[0-9+ ().-]*[0-9][0-9+ ().-]*$")),
    )
}

/// A row in the sync log's shape: `entity` (a kind's wire name), the kernel columns, and
/// that kind's fields beside them (which fields depends on `entity`: a rule across
/// fields the schema leaves to the kind's own schema, `Row_<Kind>`).
pub fn record() -> utoipa::openapi::schema::Object {
    let kinds: Vec<&str> = crate::entity::EntityKind::ALL
        .iter()
        .map(|k| k.name())
        .collect();
    ObjectBuilder::new()
        .schema_type(Type::Object)
        .description(Some(
            "The row as the device holds it: `entity`, the kernel columns and the fields of that kind (`Row_<Kind>`).",
        ))
        .property(
            "entity",
            string("The kind's wire name.").enum_values(Some(kinds)),
        )
        .property("id", Id::schema())
        .property("created_at", Timestamp::schema())
        .property("updated_at", Timestamp::schema())
        .property(
            "deleted_at",
            ObjectBuilder::new()
                .schema_type(utoipa::openapi::schema::SchemaType::from_iter([
                    Type::String,
                    Type::Null,
                ]))
                .format(Some(SchemaFormat::KnownFormat(KnownFormat::DateTime)))
                .description(Some("When it was deleted (a tombstone), else null.")),
        )
        .property(
            "version",
            ObjectBuilder::new()
                .schema_type(Type::Integer)
                .format(Some(SchemaFormat::KnownFormat(KnownFormat::Int64)))
                .minimum(Some(1)),
        )
        .required("entity")
        .required("id")
        .required("created_at")
        .required("updated_at")
        .required("version")
        .additional_properties(Some(utoipa::openapi::schema::AdditionalProperties::FreeForm(true)))
        .build()
}

/// The kind of row an attachment belongs to: the wire name of any kind but `attachment`.
pub fn attachable_kind() -> utoipa::openapi::schema::Object {
    string("The kind of the row it is attached to (`note`, `transaction`, …; not `attachment`).")
        .enum_values(Some(crate::model::attachable_kinds()))
        .build()
}

/// Registers `T` and everything it references.
pub fn register<T: ToSchema>(schemas: &mut Schemas) {
    schemas.push((T::name().into_owned(), T::schema()));
    T::schemas(schemas);
}

/// The object schema of `T` (empty if `T` is not a plain object).
fn object_of<T: PartialSchema>() -> utoipa::openapi::schema::Object {
    match T::schema() {
        RefOr::T(Schema::Object(o)) => o,
        _ => utoipa::openapi::schema::Object::new(),
    }
}

/// One closed object with the properties of both (an `allOf` of two closed objects
/// would accept nothing).
fn merged(
    mut a: utoipa::openapi::schema::Object,
    b: utoipa::openapi::schema::Object,
) -> utoipa::openapi::schema::Object {
    for (name, prop) in b.properties {
        a.properties.insert(name, prop);
    }
    a.required.extend(b.required);
    a
}

// utoipa composes generic types (as in `#[utoipa::path]` bodies) through
// `ComposeSchema`, which also provides `PartialSchema`.
impl<E: Entity + ToSchema> utoipa::__dev::ComposeSchema for Row<E> {
    fn compose(_: Vec<RefOr<Schema>>) -> RefOr<Schema> {
        let mut o = merged(object_of::<Kernel>(), object_of::<E>());
        // A stored row always carries every field (null where unset).
        o.required = o.properties.keys().cloned().collect();
        o.description = Some(format!(
            "A {}: the kernel columns and its fields, side by side.",
            E::KIND.name()
        ));
        RefOr::T(Schema::Object(o))
    }
}

impl<E: Entity + ToSchema> ToSchema for Row<E> {
    fn name() -> Cow<'static, str> {
        // utoipa appends the generic arguments: `Row_Task`.
        Cow::Borrowed("Row")
    }
    fn schemas(schemas: &mut Schemas) {
        register::<Kernel>(schemas);
        register::<E>(schemas);
    }
}

impl<T: ToSchema> utoipa::__dev::ComposeSchema for crate::wire::Page<T> {
    fn compose(_: Vec<RefOr<Schema>>) -> RefOr<Schema> {
        ObjectBuilder::new()
            .property(
                "items",
                utoipa::openapi::schema::ArrayBuilder::new().items(T::schema()),
            )
            .required("items")
            .property(
                "next_cursor",
                ObjectBuilder::new()
                    .schema_type(utoipa::openapi::schema::SchemaType::from_iter([
                        Type::String,
                        Type::Null,
                    ]))
                    .description(Some(
                        "Pass as `cursor` for the next page; null on the last page.",
                    )),
            )
            .required("next_cursor")
            .into()
    }
}

impl<T: ToSchema> ToSchema for crate::wire::Page<T> {
    fn name() -> Cow<'static, str> {
        // utoipa appends the generic arguments: `Page_Row_Task`.
        Cow::Borrowed("Page")
    }
    fn schemas(schemas: &mut Schemas) {
        T::schemas(schemas);
    }
}

impl<E: Entity + ToSchema> utoipa::__dev::ComposeSchema for crate::wire::NewRow<E> {
    fn compose(_: Vec<RefOr<Schema>>) -> RefOr<Schema> {
        let mut o = object_of::<E>();
        // `id` may be left out or null: the server makes one.
        let mut id = Id::schema();
        if let RefOr::T(Schema::Object(i)) = &mut id {
            i.schema_type =
                utoipa::openapi::schema::SchemaType::from_iter([Type::String, Type::Null]);
        }
        o.properties.insert("id".into(), id);
        o.description = Some(format!(
            "A new {}: its fields, and optionally `id`, a ULID made by the client.",
            E::KIND.name()
        ));
        RefOr::T(Schema::Object(o))
    }
}

impl<E: Entity + ToSchema> ToSchema for crate::wire::NewRow<E> {
    fn name() -> Cow<'static, str> {
        Cow::Borrowed("New")
    }
    fn schemas(schemas: &mut Schemas) {
        E::schemas(schemas);
        register::<Id>(schemas);
    }
}

impl<E: Entity + ToSchema> utoipa::__dev::ComposeSchema for crate::wire::Patch<E> {
    fn compose(_: Vec<RefOr<Schema>>) -> RefOr<Schema> {
        let mut o = object_of::<E>();
        o.required = vec!["version".into()];
        o.properties.insert(
            "version".into(),
            ObjectBuilder::new()
                .schema_type(Type::Integer)
                .format(Some(SchemaFormat::KnownFormat(KnownFormat::Int64)))
                .minimum(Some(1))
                .description(Some(
                    "The version last read; a stale one answers 409 with the current row.",
                ))
                .into(),
        );
        o.description = Some(format!(
            "A change to a {}: `version`, and the fields to change.",
            E::KIND.name()
        ));
        RefOr::T(Schema::Object(o))
    }
}

impl<E: Entity + ToSchema> ToSchema for crate::wire::Patch<E> {
    fn name() -> Cow<'static, str> {
        Cow::Borrowed("Patch")
    }
    fn schemas(schemas: &mut Schemas) {
        E::schemas(schemas);
    }
}
