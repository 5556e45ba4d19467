//! Tenant isolation, table-driven over every operation of the OpenAPI document: a route
//! added under a workspace without the membership check fails this test.

use std::collections::HashMap;

use lifeos_core::entity::KindVisitor;
use lifeos_core::{Entity, EntityKind, Id};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::TestServer;

/// The example row of a kind ([`Entity::example`]), linked to the rows made before it;
/// `edited` applies [`Entity::edit_example`] (what a PATCH sends).
struct Example<'a> {
    made: &'a HashMap<&'static str, String>,
    edited: bool,
}

impl KindVisitor for Example<'_> {
    type Output = Value;
    fn visit<E: Entity>(self) -> Value {
        let refs = |k: EntityKind| {
            self.made
                .get(k.plural())
                .and_then(|id| id.parse().ok())
                .unwrap_or_else(Id::generate)
        };
        let mut e = E::example(&refs);
        if self.edited {
            e.edit_example();
        }
        serde_json::to_value(e).unwrap()
    }
}

/// The example body of the kind whose plural is `plural`; other routes (a sync push)
/// get a body that no kind's create would take.
fn example(plural: &str, made: &HashMap<&'static str, String>, edited: bool) -> Value {
    match EntityKind::ALL.iter().find(|k| k.plural() == plural) {
        Some(kind) => kind.visit(Example { made, edited }),
        None => json!({"name": "mine"}),
    }
}

async fn log_len(s: &TestServer) -> i64 {
    sqlx::query_scalar("SELECT count(*) FROM sync_log")
        .fetch_one(&s.pool)
        .await
        .unwrap()
}

/// `path` with a sample value for each query parameter the operation requires (a report's
/// `kind`, the search's `q`), so the owner's read is a well-formed request.
fn with_required_query(path: &str, op: &Value) -> String {
    let mut query = Vec::new();
    for p in op["parameters"].as_array().into_iter().flatten() {
        if p["in"] == "query" && p["required"] == true {
            let name = p["name"].as_str().unwrap();
            let value = match (name, p["schema"]["type"].as_str()) {
                ("kind", _) => "weight",
                // The search route's query: a word of the kind examples' text.
                ("q", _) => "mine",
                (_, Some("integer")) => "1",
                (other, ty) => panic!("no sample for required query {other} ({ty:?})"),
            };
            query.push(format!("{name}={value}"));
        }
    }
    if query.is_empty() {
        path.to_owned()
    } else {
        format!("{path}?{}", query.join("&"))
    }
}

#[tokio::test]
async fn another_users_workspace_answers_404_on_every_route() {
    let s = TestServer::start().await;
    let (ada, ws) = s.user("ada@example.org").await;
    let (bob, _) = s.user("bob@example.org").await;
    let mut ids = HashMap::new();
    // Every registered kind, in registry order (a habit before its check-ins).
    for plural in EntityKind::ALL.iter().map(|k| k.plural()) {
        let body = example(plural, &ids, false);
        let (st, row) = s
            .call(
                Method::POST,
                &format!("/v1/workspaces/{ws}/{plural}"),
                Some(&ada),
                Some(body),
            )
            .await;
        assert_eq!(st, StatusCode::CREATED, "{row}");
        ids.insert(plural, row["id"].as_str().unwrap().to_owned());
    }
    // A stored blob and an upload in progress, for the blob routes.
    let (stored, partial) = (b"a stored blob".to_vec(), b"an upload in progress".to_vec());
    let (stored_sha, partial_sha) = (crate::blobs::sha(&stored), crate::blobs::sha(&partial));
    for (data, sha, sent) in [
        (&stored, &stored_sha, stored.len()),
        (&partial, &partial_sha, 4),
    ] {
        let mut row = example("attachments", &ids, false);
        row["sha256"] = json!(sha);
        row["size"] = json!(data.len());
        row["entity_id"] = json!(ulid::Ulid::new().to_string());
        let (st, v) = s
            .call(
                Method::POST,
                &format!("/v1/workspaces/{ws}/attachments"),
                Some(&ada),
                Some(row),
            )
            .await;
        assert_eq!(st, StatusCode::CREATED, "{v}");
        let res = s
            .http
            .put(s.url(&format!(
                "/v1/workspaces/{ws}/blobs/{sha}?size={}",
                data.len()
            )))
            .bearer_auth(&ada)
            .body(data[..sent].to_vec())
            .send()
            .await
            .unwrap();
        assert!(res.status().is_success(), "{}", res.status());
    }
    let before = log_len(&s).await;

    let doc = serde_json::to_value(lifeos_server::openapi()).unwrap();
    let mut tested = 0;
    for (path, ops) in doc["paths"].as_object().unwrap() {
        if !path.contains("{workspace_id}") {
            continue;
        }
        let plural = path.split('/').nth(4).unwrap_or("");
        for method in ops.as_object().unwrap().keys() {
            let sha = if plural == "uploads" {
                &partial_sha
            } else {
                &stored_sha
            };
            let concrete = path
                .replace("{workspace_id}", &ws)
                .replace(
                    "{id}",
                    ids.get(plural).map(String::as_str).unwrap_or("none"),
                )
                .replace("{sha256}", sha);
            let m = Method::from_bytes(method.to_uppercase().as_bytes()).unwrap();
            let body = match (m.as_str(), plural) {
                ("POST", "members") => Some(json!({"email": "bob@example.org"})),
                ("POST", p) => Some(example(p, &ids, false)),
                ("PATCH", p) => {
                    let mut patch = example(p, &ids, true);
                    patch["version"] = json!(1);
                    Some(patch)
                }
                _ => None,
            };
            let (st, v) = s.call(m.clone(), &concrete, Some(&bob), body).await;
            assert_eq!(
                st,
                StatusCode::NOT_FOUND,
                "{method} {path} as a stranger: {v}"
            );
            if m != Method::HEAD {
                // (a HEAD answer has no body)
                assert_eq!(v["type"], "urn:lifeos:problem:not-found");
            }
            tested += 1;
            // The owner reaches the same read routes (the 404 above is isolation, not routing);
            // the event stream never ends, so it is opened and dropped.
            if m == Method::GET && path.ends_with("/events") {
                let res = s
                    .http
                    .get(s.url(&concrete))
                    .bearer_auth(&ada)
                    .send()
                    .await
                    .unwrap();
                assert_eq!(res.status(), StatusCode::OK, "{method} {path} as the owner");
            } else if m == Method::GET {
                let concrete = with_required_query(&concrete, &ops[method]);
                let (st, v) = s.call(m, &concrete, Some(&ada), None).await;
                assert_eq!(st, StatusCode::OK, "{method} {path} as the owner: {v}");
            }
        }
    }
    assert!(
        tested >= EntityKind::ALL.len() * 6 + 4,
        "only {tested} workspace operations in the document"
    );
    assert_eq!(
        log_len(&s).await,
        before,
        "a stranger's request wrote to the workspace"
    );
    let (_, note) = s
        .call(
            Method::GET,
            &format!("/v1/workspaces/{ws}/notes/{}", ids["notes"]),
            Some(&ada),
            None,
        )
        .await;
    assert_eq!(note["title"], "mine");
    assert_eq!(note["version"], 1);
}

#[tokio::test]
async fn a_member_reaches_a_shared_workspace_and_loses_it_on_leaving() {
    let s = TestServer::start().await;
    let (ada, _) = s.user("ada@example.org").await;
    let (bob, _) = s.user("bob@example.org").await;
    let (_, ws) = s
        .call(
            Method::POST,
            "/v1/workspaces",
            Some(&ada),
            Some(json!({"name": "Shared"})),
        )
        .await;
    let ws = ws["id"].as_str().unwrap().to_owned();
    let tasks = format!("/v1/workspaces/{ws}/tasks");
    assert_eq!(
        s.call(Method::GET, &tasks, Some(&bob), None).await.0,
        StatusCode::NOT_FOUND
    );
    s.call(
        Method::POST,
        &format!("/v1/workspaces/{ws}/members"),
        Some(&ada),
        Some(json!({"email": "bob@example.org"})),
    )
    .await;
    let (st, _) = s
        .call(
            Method::POST,
            &tasks,
            Some(&bob),
            Some(json!({"title": "from bob"})),
        )
        .await;
    assert_eq!(st, StatusCode::CREATED);
    let (_, page) = s.call(Method::GET, &tasks, Some(&ada), None).await;
    assert_eq!(page["items"][0]["title"], "from bob");
    s.call(
        Method::DELETE,
        &format!("/v1/workspaces/{ws}/members/me"),
        Some(&bob),
        None,
    )
    .await;
    assert_eq!(
        s.call(Method::GET, &tasks, Some(&bob), None).await.0,
        StatusCode::NOT_FOUND
    );
}
