use reqwest::{Method, StatusCode};
use serde_json::json;

use crate::TestServer;

#[tokio::test]
async fn create_get_update_delete_with_versions() {
    let s = TestServer::start().await;
    let (t, ws) = s.user("ada@example.org").await;
    let base = format!("/v1/workspaces/{ws}/tasks");
    let client_id = ulid::Ulid::new().to_string();
    let (st, row) = s
        .call(Method::POST, &base, Some(&t), Some(json!({"id": client_id, "title": "Buy milk", "due": "2026-12-01", "tags": ["errands"], "priority": "high"})))
        .await;
    assert_eq!(st, StatusCode::CREATED, "{row}");
    assert_eq!(row["id"], client_id.as_str(), "the client's ULID is kept");
    assert_eq!(row["version"], 1);
    assert_eq!(row["status"], "todo");
    assert!(row["created_at"].as_str().unwrap().ends_with('Z'));
    let item = format!("{base}/{client_id}");
    assert_eq!(s.call(Method::GET, &item, Some(&t), None).await.1, row);

    // The same id again is a conflict that shows the row and writes nothing.
    let (st, v) = s
        .call(
            Method::POST,
            &base,
            Some(&t),
            Some(json!({"id": client_id, "title": "dup"})),
        )
        .await;
    assert_eq!(st, StatusCode::CONFLICT);
    assert_eq!(v["current"]["title"], "Buy milk");

    let (st, v) = s
        .call(
            Method::PATCH,
            &item,
            Some(&t),
            Some(json!({"title": "Buy oat milk"})),
        )
        .await;
    assert_eq!(st, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(v["field"], "version");
    let (st, up) = s.call(Method::PATCH, &item, Some(&t), Some(json!({"version": 1, "title": "Buy oat milk", "status": "done", "completed_at": "2026-11-30T10:00:00Z"}))).await;
    assert_eq!(st, StatusCode::OK, "{up}");
    assert_eq!(up["version"], 2);
    assert_eq!(up["title"], "Buy oat milk");
    assert_eq!(
        up["tags"],
        json!(["errands"]),
        "fields not sent keep their values"
    );
    assert!(up["updated_at"].as_str().unwrap() >= row["updated_at"].as_str().unwrap());

    // A stale version: 409 with the current row, nothing written.
    let (st, v) = s
        .call(
            Method::PATCH,
            &item,
            Some(&t),
            Some(json!({"version": 1, "title": "stale"})),
        )
        .await;
    assert_eq!(st, StatusCode::CONFLICT);
    assert_eq!(v["current"]["version"], 2);
    assert_eq!(v["current"]["title"], "Buy oat milk");

    // An invalid change names its field and writes nothing.
    let (st, v) = s
        .call(
            Method::PATCH,
            &item,
            Some(&t),
            Some(json!({"version": 2, "status": "todo"})),
        )
        .await;
    assert_eq!(st, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(v["field"], "completed_at");

    let (st, v) = s
        .call(Method::DELETE, &format!("{item}?version=1"), Some(&t), None)
        .await;
    assert_eq!(st, StatusCode::CONFLICT, "{v}");
    let (st, gone) = s
        .call(Method::DELETE, &format!("{item}?version=2"), Some(&t), None)
        .await;
    assert_eq!(st, StatusCode::OK);
    assert_eq!(gone["version"], 3);
    assert!(gone["deleted_at"].is_string());
    let (st, v) = s
        .call(
            Method::PATCH,
            &item,
            Some(&t),
            Some(json!({"version": 3, "title": "zombie"})),
        )
        .await;
    assert_eq!(st, StatusCode::CONFLICT, "{v}");

    let (_, page) = s.call(Method::GET, &base, Some(&t), None).await;
    assert_eq!(page["items"].as_array().unwrap().len(), 0);
    let (_, page) = s
        .call(
            Method::GET,
            &format!("{base}?include_deleted=true"),
            Some(&t),
            None,
        )
        .await;
    assert_eq!(page["items"][0]["version"], 3, "soft delete keeps the row");
}

#[tokio::test]
async fn lists_paginate_and_filter_like_the_cli() {
    let s = TestServer::start().await;
    let (t, ws) = s.user("ada@example.org").await;
    let base = format!("/v1/workspaces/{ws}/tasks");
    for i in 0..7 {
        let tag = if i % 2 == 0 { "even" } else { "odd" };
        let due = format!("2026-12-{:02}", i + 1);
        s.call(
            Method::POST,
            &base,
            Some(&t),
            Some(json!({"title": format!("Task {i} Ünïcode"), "tags": [tag], "due": due})),
        )
        .await;
    }
    let mut seen = Vec::new();
    let mut cursor: Option<String> = None;
    loop {
        let q = match &cursor {
            Some(c) => format!("{base}?limit=3&cursor={c}"),
            None => format!("{base}?limit=3"),
        };
        let (st, page) = s.call(Method::GET, &q, Some(&t), None).await;
        assert_eq!(st, StatusCode::OK, "{page}");
        for it in page["items"].as_array().unwrap() {
            seen.push(it["title"].as_str().unwrap().to_owned());
        }
        match page["next_cursor"].as_str() {
            Some(c) => cursor = Some(c.to_owned()),
            None => break,
        }
    }
    assert_eq!(seen.len(), 7);
    assert_eq!(seen[0], "Task 0 Ünïcode");
    // A page that holds the last row exactly has no next page; one short of it has.
    let (_, page) = s
        .call(Method::GET, &format!("{base}?limit=7"), Some(&t), None)
        .await;
    assert_eq!(page["items"].as_array().unwrap().len(), 7);
    assert_eq!(page["next_cursor"], serde_json::Value::Null, "{page}");
    let (_, page) = s
        .call(Method::GET, &format!("{base}?limit=6"), Some(&t), None)
        .await;
    assert_eq!(page["items"].as_array().unwrap().len(), 6);
    assert_eq!(page["next_cursor"], page["items"][5]["id"], "{page}");
    let count = |q: String| {
        let s = &s;
        let t = t.clone();
        async move {
            s.call(Method::GET, &q, Some(&t), None).await.1["items"]
                .as_array()
                .unwrap()
                .len()
        }
    };
    assert_eq!(count(format!("{base}?tag=even")).await, 4);
    assert_eq!(count(format!("{base}?due_before=2026-12-03")).await, 2);
    assert_eq!(count(format!("{base}?search=task%203")).await, 1);
    assert_eq!(
        count(format!("{base}?search=%25")).await,
        0,
        "a % in a search is literal"
    );
    assert_eq!(count(format!("{base}?status=todo,doing")).await, 7);
    assert_eq!(count(format!("{base}?status=done")).await, 0);

    let (st, v) = s
        .call(
            Method::GET,
            &format!("{base}?status=urgent"),
            Some(&t),
            None,
        )
        .await;
    assert_eq!(
        (st, v["field"].as_str()),
        (StatusCode::UNPROCESSABLE_ENTITY, Some("status"))
    );
    let (st, v) = s
        .call(
            Method::GET,
            &format!("/v1/workspaces/{ws}/notes?status=todo"),
            Some(&t),
            None,
        )
        .await;
    assert_eq!(
        (st, v["field"].as_str()),
        (StatusCode::UNPROCESSABLE_ENTITY, Some("status"))
    );
    let (st, _) = s
        .call(Method::GET, &format!("{base}?limit=0"), Some(&t), None)
        .await;
    assert_eq!(st, StatusCode::UNPROCESSABLE_ENTITY);
    let (st, _) = s
        .call(Method::GET, &format!("{base}?limit=100000"), Some(&t), None)
        .await;
    assert_eq!(st, StatusCode::UNPROCESSABLE_ENTITY);
    let (st, _) = s
        .call(
            Method::GET,
            &format!("{base}?cursor=nonsense"),
            Some(&t),
            None,
        )
        .await;
    assert_eq!(st, StatusCode::UNPROCESSABLE_ENTITY);
    let (st, _) = s
        .call(Method::GET, &format!("{base}?colour=red"), Some(&t), None)
        .await;
    assert_eq!(st, StatusCode::BAD_REQUEST);

    let notes = format!("/v1/workspaces/{ws}/notes");
    s.call(
        Method::POST,
        &notes,
        Some(&t),
        Some(json!({"title": "pinned", "pinned": true})),
    )
    .await;
    s.call(
        Method::POST,
        &notes,
        Some(&t),
        Some(json!({"title": "loose"})),
    )
    .await;
    assert_eq!(count(format!("{notes}?pinned=true")).await, 1);
    let people = format!("/v1/workspaces/{ws}/people");
    s.call(
        Method::POST,
        &people,
        Some(&t),
        Some(json!({"name": "Ada", "emails": ["ada@example.org"]})),
    )
    .await;
    assert_eq!(count(format!("{people}?search=example.org")).await, 1);
}

#[tokio::test]
async fn a_cached_list_page_never_hides_a_later_change() {
    let s = TestServer::start().await;
    let (t, ws) = s.user("ada@example.org").await;
    let base = format!("/v1/workspaces/{ws}/tasks");
    let (_, row) = s
        .call(Method::POST, &base, Some(&t), Some(json!({"title": "one"})))
        .await;
    let item = format!("{base}/{}", row["id"].as_str().unwrap());
    for round in 0..5 {
        let (_, first) = s.call(Method::GET, &base, Some(&t), None).await;
        let (_, again) = s.call(Method::GET, &base, Some(&t), None).await;
        assert_eq!(first, again);
        let title = format!("title {round}");
        s.call(
            Method::PATCH,
            &item,
            Some(&t),
            Some(json!({"version": round + 1, "title": title})),
        )
        .await;
        let (_, after) = s.call(Method::GET, &base, Some(&t), None).await;
        assert_eq!(
            after["items"][0]["title"],
            title.as_str(),
            "a stale page was served"
        );
        // Another query string is another page.
        let (st, _) = s
            .call(Method::GET, &format!("{base}?limit=7"), Some(&t), None)
            .await;
        assert_eq!(st, StatusCode::OK);
    }
    s.call(Method::DELETE, &item, Some(&t), None).await;
    let (_, page) = s.call(Method::GET, &base, Some(&t), None).await;
    assert_eq!(page["items"].as_array().unwrap().len(), 0);
}
