//! The OpenAPI entries of the entity routes, built from each kind's declaration: the
//! paths and operation ids from its plural, the list parameters from
//! [`Entity::FILTERS`] and [`COMMON_PARAMS`], the bodies from its schema, and the
//! create example from [`Entity::example`].

use lifeos_core::query::{COMMON_PARAMS, ParamType};
use lifeos_core::wire::{NewRow, Page, Patch, Problem};
use lifeos_core::{Entity, EntityKind, Id, Row};
use utoipa::openapi::extensions::Extensions;
use utoipa::openapi::link::LinkBuilder;
use utoipa::openapi::path::{
    HttpMethod, Operation, OperationBuilder, Parameter, ParameterBuilder, ParameterIn, Paths,
};
use utoipa::openapi::request_body::RequestBodyBuilder;
use utoipa::openapi::schema::{ObjectBuilder, Schema, SchemaFormat, Type};
use utoipa::openapi::security::SecurityRequirement;
use utoipa::openapi::tag::{Tag, TagBuilder};
use utoipa::openapi::{ContentBuilder, KnownFormat, Ref, RefOr, Required, ResponseBuilder};
use utoipa::{IntoParams, PartialSchema, ToSchema};

use super::VersionParams;

/// Component schemas, by name.
type Schemas = Vec<(String, RefOr<Schema>)>;

const PROBLEM_JSON: &str = "application/problem+json";

/// `/v1/workspaces/{workspace_id}/<plural>`.
pub fn collection_path(kind: EntityKind) -> String {
    format!("/v1/workspaces/{{workspace_id}}/{}", kind.plural())
}

/// `/v1/workspaces/{workspace_id}/<plural>/{id}`.
pub fn item_path(kind: EntityKind) -> String {
    format!("{}/{{id}}", collection_path(kind))
}

/// The tag of a kind's routes. Three kinds carry a note on what they refuse.
pub fn tag(kind: EntityKind) -> Tag {
    let note = match kind {
        EntityKind::HabitCheckin => {
            Some("One per habit and local day: a second for the same day answers 409")
        }
        EntityKind::Fast => Some("At most one running fast (no ended_at): a second answers 409"),
        EntityKind::Transaction => Some(
            "Transactions; a transfer's two sides are written together (`…/transfers`, or a sync push)",
        ),
        _ => None,
    };
    let description = match note {
        Some(n) => n.to_owned(),
        None => format!("The {} of a workspace", kind.plural().replace('_', " ")),
    };
    TagBuilder::new()
        .name(kind.plural())
        .description(Some(description))
        .build()
}

/// The component schemas the kind's operations reference (`Row_Task`, `Page_Row_Task`,
/// `New_Task`, `Patch_Task` and what they reference), named as utoipa names generics.
pub fn schemas<E: Entity>() -> Schemas {
    let name = E::name();
    let mut s: Schemas = vec![
        (format!("Row_{name}"), Row::<E>::schema()),
        (format!("Page_Row_{name}"), Page::<Row<E>>::schema()),
        (
            format!("New_{name}"),
            no_pair_side::<E>(NewRow::<E>::schema()),
        ),
        (
            format!("Patch_{name}"),
            no_pair_side::<E>(Patch::<E>::schema()),
        ),
    ];
    Row::<E>::schemas(&mut s);
    NewRow::<E>::schemas(&mut s);
    Patch::<E>::schemas(&mut s);
    lifeos_core::openapi::register::<Problem>(&mut s);
    // The kind's own object and the kernel's are merged into `Row_…`, `New_…` and
    // `Patch_…`; alone they would be unused components.
    s.retain(|(n, _)| *n != name && n != "Kernel");
    s
}

/// For a kind with pairs (a transaction): the single-row create and update never write
/// a side of a pair (`transfer` is `null` or absent there; `…/transfers` writes both).
fn no_pair_side<E: Entity>(schema: RefOr<Schema>) -> RefOr<Schema> {
    let id = Id::generate();
    if E::example_pair(&|_| id).is_none() {
        return schema;
    }
    let RefOr::T(Schema::Object(mut o)) = schema else {
        return schema;
    };
    o.properties.insert(
        E::PAIR_NAME.to_owned(),
        RefOr::T(Schema::Object(
            ObjectBuilder::new()
                .schema_type(Type::Null)
                .description(Some(format!(
                    "Always null here: a {pair}'s two sides are written together (`…/{pair}s`, or a sync push).",
                    pair = E::PAIR_NAME
                )))
                .build(),
        )),
    );
    RefOr::T(Schema::Object(o))
}

fn reference(name: String) -> RefOr<Schema> {
    RefOr::Ref(Ref::from_schema_name(name))
}

fn string() -> ObjectBuilder {
    ObjectBuilder::new().schema_type(Type::String)
}

fn path_param(name: &str, description: &str) -> Parameter {
    ParameterBuilder::new()
        .name(name)
        .parameter_in(ParameterIn::Path)
        .description(Some(description))
        .required(Required::True)
        .schema(Some(string()))
        .build()
}

fn query_param(name: &str, description: &str, schema: ObjectBuilder) -> Parameter {
    ParameterBuilder::new()
        .name(name)
        .parameter_in(ParameterIn::Query)
        .description(Some(description))
        .required(Required::False)
        .schema(Some(schema))
        .build()
}

fn param_schema(ty: ParamType) -> ObjectBuilder {
    match ty {
        ParamType::Bool => ObjectBuilder::new().schema_type(Type::Boolean),
        ParamType::Date => string().format(Some(SchemaFormat::KnownFormat(KnownFormat::Date))),
        ParamType::Id => string().pattern(Some("^[0-7][0-9A-HJKMNP-TV-Z]{25}$")),
        ParamType::Month => string().pattern(Some("^[0-9]{4}-(0[1-9]|1[0-2])$")),
        ParamType::OneOf(values) => {
            let one = values.join("|");
            string().pattern(Some(format!("^({one})(,({one}))*$")))
        }
        ParamType::Choice(values) => string().enum_values(Some(values())),
        ParamType::Pattern(p) => string().pattern(Some(p)),
        ParamType::Text => string(),
        ParamType::DateOrInstant => string().pattern(Some(
            r"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])(T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\.[0-9]{1,9})?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9]))?$",
        )),
    }
}

/// The list parameters of `kind`: the page, the common ones, then its own.
fn list_params(kind: EntityKind) -> Vec<Parameter> {
    let mut params = vec![
        query_param(
            "cursor",
            "`next_cursor` of the previous page.",
            param_schema(ParamType::Id),
        ),
        query_param(
            "limit",
            "Rows per page, 1–500 (default 50).",
            ObjectBuilder::new()
                .schema_type(Type::Integer)
                .format(Some(SchemaFormat::KnownFormat(KnownFormat::Int32)))
                .minimum(Some(1))
                .maximum(Some(500)),
        ),
    ];
    for (name, doc) in COMMON_PARAMS {
        let ty = if *name == "include_deleted" {
            ParamType::Bool
        } else {
            ParamType::Text
        };
        params.push(query_param(name, doc, param_schema(ty)));
    }
    for f in kind.filters() {
        params.push(query_param(f.param, f.doc, param_schema(f.ty)));
    }
    params
}

/// An operation of `kind`'s routes: its tag, id, summary and security.
fn operation(kind: EntityKind, verb: &str, summary: String) -> OperationBuilder {
    OperationBuilder::new()
        .tag(kind.plural())
        .summary(Some(summary))
        .operation_id(Some(format!("{verb}_{}", kind.plural())))
        .security(SecurityRequirement::new("bearer", Vec::<String>::new()))
        .security(SecurityRequirement::new("cookie", Vec::<String>::new()))
}

/// Links from a response holding one row to the operations on that row, so a client
/// (or a fuzzer) can follow create → get → update → delete.
fn row_links(kind: EntityKind, mut response: ResponseBuilder) -> ResponseBuilder {
    for verb in ["get", "update", "delete"] {
        response = response.link(
            format!("{verb}_{}", kind.name()),
            LinkBuilder::new()
                // utoipa 5.5 writes `Link::operation_id` as `operation_id`, which OpenAPI
                // does not know: the field goes out through the link's extensions.
                .extensions(Some(Extensions::from_iter([(
                    "operationId",
                    format!("{verb}_{}", kind.plural()),
                )])))
                .parameter("workspace_id", "$request.path.workspace_id")
                .parameter("id", "$response.body#/id")
                .description(format!("{verb} this row"))
                .build(),
        );
    }
    response
}

fn row_response(kind: EntityKind, description: &str, schema: String) -> utoipa::openapi::Response {
    row_links(
        kind,
        ResponseBuilder::new().description(description).content(
            "application/json",
            ContentBuilder::new()
                .schema(Some(reference(schema)))
                .build(),
        ),
    )
    .build()
}

fn json_response(description: &str, schema: String) -> utoipa::openapi::Response {
    ResponseBuilder::new()
        .description(description)
        .content(
            "application/json",
            ContentBuilder::new()
                .schema(Some(reference(schema)))
                .build(),
        )
        .build()
}

fn problem(description: &str) -> utoipa::openapi::Response {
    ResponseBuilder::new()
        .description(description)
        .content(
            PROBLEM_JSON,
            ContentBuilder::new()
                .schema(Some(reference("Problem".into())))
                .build(),
        )
        .build()
}

/// The example row of `E` (links to a made-up id).
fn example<E: Entity>() -> serde_json::Value {
    let id: Id = "01JDQ4C5Z6V2Y7KX3M8N9P0QRS"
        .parse()
        .unwrap_or_else(|_| Id::generate());
    serde_json::to_value(E::example(&|_| id)).unwrap_or_default()
}

fn paths(path: String, ops: Vec<(HttpMethod, Operation)>) -> Paths {
    let mut p = Paths::new();
    for (method, op) in ops {
        p.add_path_operation(&path, vec![method], op);
    }
    p
}

/// `GET` (list) and `POST` (create) on the collection.
pub fn collection<E: Entity>() -> Paths {
    let kind = E::KIND;
    let plural = kind.plural();
    let name = E::name();
    let ws = || path_param("workspace_id", "The workspace's id");
    let mut list = operation(
        kind,
        "list",
        format!("List {plural} (cursor pagination, filters as in the CLI)."),
    )
    .parameter(ws());
    for p in list_params(kind) {
        list = list.parameter(p);
    }
    let list = list
        .response("200", json_response("One page", format!("Page_Row_{name}")))
        .response("404", problem("No such workspace, or not a member"))
        .response("422", problem("A bad filter"))
        .build();
    let create = operation(
        kind,
        "create",
        format!("Create one of the {plural}; the client may supply its own ULID as `id`."),
    )
    .parameter(ws())
    .request_body(Some(
        RequestBodyBuilder::new()
            .content(
                "application/json",
                ContentBuilder::new()
                    .schema(Some(reference(format!("New_{name}"))))
                    .example(Some(example::<E>()))
                    .build(),
            )
            .required(Some(Required::True))
            .build(),
    ))
    .response("201", row_response(kind, "Created", format!("Row_{name}")))
    .response("404", problem("No such workspace, or not a member"))
    .response("409", problem("The id exists"))
    .response("422", problem("Invalid fields"))
    .build();
    paths(
        collection_path(kind),
        vec![(HttpMethod::Get, list), (HttpMethod::Post, create)],
    )
}

/// `GET`, `PATCH` and `DELETE` on one row.
pub fn item<E: Entity>() -> Paths {
    let kind = E::KIND;
    let plural = kind.plural();
    let row = || format!("Row_{}", E::name());
    let ids = |op: OperationBuilder| {
        op.parameter(path_param("workspace_id", "The workspace's id"))
            .parameter(path_param("id", "The row's id"))
    };
    let get = ids(operation(
        kind,
        "get",
        format!("One of the {plural}, tombstones included."),
    ))
    .response("200", row_response(kind, "The row", row()))
    .response("404", problem("No such row"))
    .build();
    let update = ids(operation(
        kind,
        "update",
        format!("Change one of the {plural}: send `version` and the fields to change."),
    ))
    .request_body(Some(
        RequestBodyBuilder::new()
            .content(
                "application/json",
                ContentBuilder::new()
                    .schema(Some(reference(format!("Patch_{}", E::name()))))
                    .build(),
            )
            .required(Some(Required::True))
            .build(),
    ))
    .response("200", row_response(kind, "The updated row", row()))
    .response("404", problem("No such row"))
    .response(
        "409",
        problem("Stale version or deleted row; `current` holds the row"),
    )
    .response("422", problem("Invalid fields"))
    .build();
    let mut delete = ids(operation(
        kind,
        "delete",
        format!("Soft-delete one of the {plural}: it stays as a tombstone."),
    ));
    for p in VersionParams::into_params(|| None) {
        delete = delete.parameter(p);
    }
    let delete = delete
        .response("200", json_response("The tombstone", row()))
        .response("404", problem("No such row"))
        .response("409", problem("Stale version"))
        .build();
    paths(
        item_path(kind),
        vec![
            (HttpMethod::Get, get),
            (HttpMethod::Patch, update),
            (HttpMethod::Delete, delete),
        ],
    )
}

/// `…/{id}/restore`: `POST` brings a tombstone back.
pub fn restore<E: Entity>() -> Paths {
    let kind = E::KIND;
    let mut op = operation(
        kind,
        "restore",
        format!(
            "Restore one of the {plural} from its tombstone (a live row is answered as it is).",
            plural = kind.plural()
        ),
    )
    .parameter(path_param("workspace_id", "The workspace's id"))
    .parameter(path_param("id", "The row's id"));
    for p in VersionParams::into_params(|| None) {
        op = op.parameter(p);
    }
    let op = op
        .response("200", row_response(kind, "The live row", format!("Row_{}", E::name())))
        .response("404", problem("No such row"))
        .response(
            "409",
            problem("Stale version, or another live row now holds its natural key (a check-in for that day, a running fast)"),
        )
        .response("422", problem("One side of a pair (a transfer): restore it through its pair's route"))
        .build();
    paths(
        format!("{}/restore", item_path(kind)),
        vec![(HttpMethod::Post, op)],
    )
}
