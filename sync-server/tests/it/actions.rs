//! The write routes beside the entity API: quick capture, transfers and restore, with
//! real rows and hostile input.

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::TestServer;

async fn capture(s: &TestServer, token: &str, ws: &str, body: Value) -> (StatusCode, Value) {
    s.call(
        Method::POST,
        &format!("/v1/workspaces/{ws}/capture/task"),
        Some(token),
        Some(body),
    )
    .await
}

#[tokio::test]
async fn a_capture_line_becomes_a_task_as_the_tui_makes_it() {
    let s = TestServer::start().await;
    let (token, ws) = s.user("ada@example.org").await;
    let (st, v) = capture(
        &s,
        &token,
        &ws,
        json!({"text": "buy milk tomorrow #errands !high", "today": "2026-11-30", "offset_minutes": 60}),
    )
    .await;
    assert_eq!(st, StatusCode::CREATED, "{v}");
    assert_eq!(v["title"], "buy milk");
    assert_eq!(v["tags"], json!(["errands"]));
    assert_eq!(v["priority"], "high");
    assert_eq!(v["due"], "2026-12-01");
    assert_eq!(v["status"], "todo");
    assert_eq!(v["version"], 1);
    // The same row as a normal create: readable through the entity API, in the change log.
    let id = v["id"].as_str().unwrap();
    let (st, got) = s
        .call(
            Method::GET,
            &format!("/v1/workspaces/{ws}/tasks/{id}"),
            Some(&token),
            None,
        )
        .await;
    assert_eq!(st, StatusCode::OK);
    assert_eq!(got, v);
    let (st, log) = s
        .call(
            Method::GET,
            &format!("/v1/workspaces/{ws}/sync/pull"),
            Some(&token),
            None,
        )
        .await;
    assert_eq!(st, StatusCode::OK, "{log}");
    assert!(log.to_string().contains(id), "{log}");
    // A timed due word is read at the caller's offset.
    let (st, v) = capture(
        &s,
        &token,
        &ws,
        json!({"text": "call due:2026-12-02T09:30", "today": "2026-11-30", "offset_minutes": 120}),
    )
    .await;
    assert_eq!(st, StatusCode::CREATED, "{v}");
    assert_eq!(v["due"], "2026-12-02T07:30:00.000Z");
    // Without `today`, the line is still read.
    let (st, v) = capture(&s, &token, &ws, json!({"text": "plain"})).await;
    assert_eq!(st, StatusCode::CREATED, "{v}");
    assert_eq!(v["priority"], "none");
}

#[tokio::test]
async fn a_bad_capture_is_refused_naming_its_field() {
    let s = TestServer::start().await;
    let (token, ws) = s.user("ada@example.org").await;
    for (body, field, says) in [
        (json!({"text": ""}), "text", "title"),
        (json!({"text": "   "}), "text", "title"),
        (json!({"text": "#only #tags"}), "text", "title"),
        (json!({"text": "x due:someday"}), "text", "not a due date"),
        (json!({"text": "x #a+b"}), "text", "not a tag"),
        (json!({"text": "a".repeat(1001)}), "text", "longer"),
        (json!({"text": "x", "today": "2026-02-31"}), "today", ""),
        (json!({"text": "x", "today": "tomorrow"}), "today", ""),
        (
            json!({"text": "x", "offset_minutes": 841}),
            "offset_minutes",
            "840",
        ),
        (
            json!({"text": "x", "offset_minutes": -100000}),
            "offset_minutes",
            "840",
        ),
    ] {
        let (st, v) = capture(&s, &token, &ws, body.clone()).await;
        assert_eq!(st, StatusCode::UNPROCESSABLE_ENTITY, "{body}: {v}");
        assert_eq!(v["field"], field, "{body}: {v}");
        assert!(v["detail"].as_str().unwrap().contains(says), "{body}: {v}");
    }
    // Unknown fields, wrong types and missing text: 422 from the body's schema.
    for body in [
        json!({"text": "x", "due": "today"}),
        json!({"text": 5}),
        json!({}),
        json!({"text": "x", "offset_minutes": 1.5}),
    ] {
        let (st, v) = capture(&s, &token, &ws, body.clone()).await;
        assert_eq!(st, StatusCode::UNPROCESSABLE_ENTITY, "{body}: {v}");
    }
    // Malformed JSON is 400; a wrong media type 415; no session 401.
    let url = s.url(&format!("/v1/workspaces/{ws}/capture/task"));
    let res = s
        .http
        .post(&url)
        .bearer_auth(&token)
        .header("content-type", "application/json")
        .body("{\"text\": ")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
    let res = s
        .http
        .post(&url)
        .bearer_auth(&token)
        .body("text=x")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);
    let huge = json!({"text": "a".repeat(lifeos_server::MAX_BODY_BYTES + 1)});
    let res = s
        .http
        .post(&url)
        .bearer_auth(&token)
        .json(&huge)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::PAYLOAD_TOO_LARGE);
    let (st, _) = s
        .call(
            Method::POST,
            &format!("/v1/workspaces/{ws}/capture/task"),
            None,
            Some(json!({"text": "x"})),
        )
        .await;
    assert_eq!(st, StatusCode::UNAUTHORIZED);
    // Another user's workspace is not there.
    let (other, _) = s.user("eve@example.org").await;
    let (st, _) = capture(&s, &other, &ws, json!({"text": "x"})).await;
    assert_eq!(st, StatusCode::NOT_FOUND);
    // Nothing was made by any of it.
    let (_, page) = s
        .call(
            Method::GET,
            &format!("/v1/workspaces/{ws}/tasks"),
            Some(&token),
            None,
        )
        .await;
    assert_eq!(page["items"], json!([]), "{page}");
}
