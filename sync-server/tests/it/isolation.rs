//! Tenant isolation, table-driven over every operation of the OpenAPI document: a route
//! added under a workspace without the membership check fails this test.

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::TestServer;

/// A valid new row of each kind (the test fails on a kind without one here).
fn minimal(plural: &str) -> Value {
    let at = "2026-11-30T07:00:00.000Z";
    match plural {
        "notes" | "tasks" => json!({"title": "mine"}),
        "people" | "places" => json!({"name": "mine"}),
        "health_metrics" => {
            json!({"kind": "weight", "value": 72400, "unit": "g", "recorded_at": at})
        }
        "workouts" => json!({"kind": "run", "started_at": at, "duration_s": 600}),
        "practices" => json!({"kind": "prayer", "occurred_at": at}),
        "reading_plans" => {
            json!({"name": "mine", "start": "2026-12-01", "readings": [{"day": 1, "text": "John 1"}]})
        }
        "readings_done" => {
            json!({"plan_id": "01JD0000000000000000000000", "reading": "John 1", "done_on": "2026-12-01"})
        }
        // Anything else (a route's body that is not a row): the creation loop below fails
        // on a collection this does not know.
        _ => json!({"name": "mine"}),
    }
}

/// Every collection under a workspace, from the OpenAPI document.
fn collections() -> Vec<String> {
    let doc = serde_json::to_value(lifeos_server::openapi()).unwrap();
    doc["paths"]
        .as_object()
        .unwrap()
        .keys()
        .filter(|p| p.starts_with("/v1/workspaces/{workspace_id}/") && p.split('/').count() == 5)
        .map(|p| p.split('/').nth(4).unwrap().to_owned())
        .filter(|p| !["sync", "members"].contains(&p.as_str()))
        .collect()
}

async fn log_len(s: &TestServer) -> i64 {
    sqlx::query_scalar("SELECT count(*) FROM sync_log")
        .fetch_one(&s.pool)
        .await
        .unwrap()
}

#[tokio::test]
async fn another_users_workspace_answers_404_on_every_route() {
    let s = TestServer::start().await;
    let (ada, ws) = s.user("ada@example.org").await;
    let (bob, _) = s.user("bob@example.org").await;
    let mut ids = std::collections::HashMap::new();
    let plurals = collections();
    assert!(plurals.len() >= 9, "{plurals:?}");
    for plural in plurals.iter().map(String::as_str) {
        let (st, row) = s
            .call(
                Method::POST,
                &format!("/v1/workspaces/{ws}/{plural}"),
                Some(&ada),
                Some(minimal(plural)),
            )
            .await;
        assert_eq!(st, StatusCode::CREATED, "{row}");
        ids.insert(plural, row["id"].as_str().unwrap().to_owned());
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
            let concrete = path.replace("{workspace_id}", &ws).replace(
                "{id}",
                ids.get(plural).map(String::as_str).unwrap_or("none"),
            );
            let m = Method::from_bytes(method.to_uppercase().as_bytes()).unwrap();
            let body = match (m.as_str(), plural) {
                ("POST", "members") => Some(json!({"email": "bob@example.org"})),
                ("POST", p) => Some(minimal(p)),
                ("PATCH", p) => Some(
                    json!({"version": 1, if p == "notes" || p == "tasks" { "title" } else { "name" }: "stolen"}),
                ),
                _ => None,
            };
            let (st, v) = s.call(m.clone(), &concrete, Some(&bob), body).await;
            assert_eq!(
                st,
                StatusCode::NOT_FOUND,
                "{method} {path} as a stranger: {v}"
            );
            assert_eq!(v["type"], "urn:lifeos:problem:not-found");
            tested += 1;
            // The owner reaches the same read routes (the 404 above is isolation, not routing).
            if m == Method::GET {
                let (st, v) = s.call(m, &concrete, Some(&ada), None).await;
                assert_eq!(st, StatusCode::OK, "{method} {path} as the owner: {v}");
            }
        }
    }
    assert!(
        tested >= 4 * 5 + 4,
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
