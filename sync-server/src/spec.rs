//! Completes the OpenAPI document with what every route shares, so each operation lists
//! every status it can answer: the extractors' and layers' refusals (malformed JSON,
//! missing session, CSRF, too large, wrong media type, busy) are the same everywhere,
//! so they are added here once rather than restated on each handler.

use utoipa::openapi::path::{Operation, ParameterIn};
use utoipa::openapi::security::SecurityRequirement;
use utoipa::openapi::server::Server;
use utoipa::openapi::{ContentBuilder, OpenApi, Ref, RefOr, ResponseBuilder};

const PROBLEM_JSON: &str = "application/problem+json";

fn problem(description: &str) -> RefOr<utoipa::openapi::Response> {
    RefOr::T(
        ResponseBuilder::new()
            .description(description)
            .content(
                PROBLEM_JSON,
                ContentBuilder::new()
                    .schema(Some(Ref::from_schema_name("Problem")))
                    .build(),
            )
            .build(),
    )
}

fn add(op: &mut Operation, status: &str, description: &str) {
    if !op.responses.responses.contains_key(status) {
        op.responses
            .responses
            .insert(status.to_owned(), problem(description));
    }
}

/// The statuses `op` can answer besides its own: from its body, its parameters, its
/// security and the layers every request passes.
fn complete(op: &mut Operation, write: bool) {
    let secured = op
        .security
        .as_ref()
        .is_some_and(|s| s.iter().any(|r| *r != SecurityRequirement::default()));
    let params = op.parameters.clone().unwrap_or_default();
    let in_path = params
        .iter()
        .any(|p| matches!(p.parameter_in, ParameterIn::Path));
    let in_query = params
        .iter()
        .any(|p| matches!(p.parameter_in, ParameterIn::Query));
    if op.request_body.is_some() {
        add(op, "400", "Malformed JSON");
        add(op, "413", "The body is larger than the server accepts");
        add(op, "415", "The body is not `application/json`");
        add(
            op,
            "422",
            "A field is missing, has the wrong type or breaks a rule; `field` names it",
        );
    } else if in_query {
        add(op, "400", "A query parameter of the wrong type");
    }
    if secured {
        add(op, "401", "No session, or an expired or revoked one");
        if write {
            add(
                op,
                "403",
                "A write authenticated by the session cookie without its X-CSRF-Token header",
            );
        }
    }
    if in_path {
        add(op, "404", "No such workspace or row, or not a member");
    }
    add(
        op,
        "503",
        "The database is busy or unreachable, or the request timed out; retry after `Retry-After` seconds",
    );
}

/// Adds the shared statuses to every operation, marks the routes that need no session,
/// and names the server as the document's own origin.
pub fn complete_document(doc: &mut OpenApi) {
    doc.servers = Some(vec![Server::new("/")]);
    for item in doc.paths.paths.values_mut() {
        let ops = [
            (&mut item.get, false),
            (&mut item.head, false),
            (&mut item.post, true),
            (&mut item.patch, true),
            (&mut item.put, true),
            (&mut item.delete, true),
        ];
        for (op, write) in ops {
            let Some(op) = op.as_mut() else { continue };
            if op.security.is_none() {
                // Sign-up and login: no session needed.
                op.security = Some(vec![SecurityRequirement::default()]);
            }
            complete(op, write);
        }
    }
    // A route answering a row (`body = Row<Task>`) registers the kind's own object and
    // the kernel's; they are merged into `Row_…`, so alone they would be unused.
    if let Some(c) = doc.components.as_mut() {
        c.schemas.retain(|name, _| {
            name != "Kernel"
                && !lifeos_core::EntityKind::ALL
                    .iter()
                    .any(|k| k.visit(Name) == *name)
        });
    }
}

/// A kind's schema name (its Rust type's).
struct Name;

impl lifeos_core::entity::KindVisitor for Name {
    type Output = String;

    fn visit<E: lifeos_core::Entity>(self) -> String {
        <E as utoipa::ToSchema>::name().into_owned()
    }
}
