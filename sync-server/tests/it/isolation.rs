//! Tenant isolation, table-driven over every operation of the OpenAPI document: a route
//! added under a workspace without the membership check fails this test.

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::TestServer;

/// The smallest valid body of each kind; a check-in names a habit created before it.
fn minimal(plural: &str, ids: &std::collections::HashMap<&str, String>) -> Value {
    match plural {
        "notes" | "tasks" => json!({"title": "mine"}),
        "habits" => json!({"name": "mine", "schedule": "daily"}),
        "habit_checkins" => json!({"habit_id": ids.get("habits"), "date": "2026-11-30"}),
        "fasts" => json!({"started_at": "2026-11-30T20:00:00.000Z"}),
        "health_metrics" => {
            json!({"kind": "weight", "value": 72400, "unit": "g", "recorded_at": "2026-11-30T07:00:00.000Z"})
        }
        "workouts" => {
            json!({"kind": "run", "started_at": "2026-11-30T07:00:00.000Z", "duration_s": 600})
        }
        "practices" => json!({"kind": "prayer", "occurred_at": "2026-11-30T07:00:00.000Z"}),
        "reading_plans" => {
            json!({"name": "mine", "start": "2026-12-01", "readings": [{"day": 1, "text": "John 1"}]})
        }
        "readings_done" => {
            json!({"plan_id": ids.get("reading_plans"), "reading": "John 1", "done_on": "2026-12-01"})
        }
        "accounts" => json!({"name": "mine", "currency_code": "EUR", "opening_date": "2026-01-01"}),
        "transactions" => json!({
            "account_id": ids.get("accounts"), "booking_date": "2026-12-01",
            "amount_minor": -4250, "currency_code": "EUR", "payee": "mine"
        }),
        "budgets" => {
            json!({"category": "Food", "month": "2026-12", "amount_minor": 40000, "currency_code": "EUR"})
        }
        _ => json!({"name": "mine"}),
    }
}

/// A field every kind's PATCH can change.
fn patch_field(plural: &str) -> &'static str {
    match plural {
        "notes" | "tasks" => "title",
        "habit_checkins" | "fasts" | "health_metrics" | "workouts" | "practices" => "note",
        "readings_done" => "reading",
        "transactions" => "payee",
        "budgets" => "category",
        _ => "name",
    }
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
    // Every registered kind, in registry order (a habit before its check-ins).
    for plural in lifeos_core::EntityKind::ALL.iter().map(|k| k.plural()) {
        let body = minimal(plural, &ids);
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
                ("POST", p) => Some(minimal(p, &ids)),
                ("PATCH", p) => Some(json!({"version": 1, patch_field(p): "stolen"})),
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
        tested >= lifeos_core::EntityKind::ALL.len() * 5 + 4,
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
