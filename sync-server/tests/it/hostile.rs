//! Malformed, oversized and hostile input: a problem document, and nothing stored.

use reqwest::{Method, StatusCode};
use serde_json::json;

use crate::TestServer;

#[tokio::test]
async fn bad_bodies_get_problem_documents_and_store_nothing() {
    let s = TestServer::start().await;
    let (t, ws) = s.user("ada@example.org").await;
    let url = s.url(&format!("/v1/workspaces/{ws}/tasks"));
    let raw = |body: Vec<u8>, ctype: &'static str| {
        let (s, t, url) = (&s, t.clone(), url.clone());
        async move {
            let res = s
                .http
                .post(&url)
                .bearer_auth(&t)
                .header("content-type", ctype)
                .body(body)
                .send()
                .await
                .unwrap();
            let status = res.status();
            assert_eq!(res.headers()["content-type"], "application/problem+json");
            let v: serde_json::Value = res.json().await.unwrap();
            (status, v)
        }
    };
    assert_eq!(
        raw(b"{not json".to_vec(), "application/json").await.0,
        StatusCode::BAD_REQUEST
    );
    assert_eq!(
        raw(b"[1,2,3]".to_vec(), "application/json").await.0,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(
        raw(b"{\"title\":\"x\"}".to_vec(), "text/plain").await.0,
        StatusCode::UNSUPPORTED_MEDIA_TYPE
    );
    let huge = format!("{{\"title\":\"x\",\"notes\":\"{}\"}}", "a".repeat(5 << 20));
    assert_eq!(
        raw(huge.into_bytes(), "application/json").await.0,
        StatusCode::PAYLOAD_TOO_LARGE
    );
    let (st, v) = raw(b"\xff\xfe{\"title\":1}".to_vec(), "application/json").await;
    assert_eq!(st, StatusCode::BAD_REQUEST, "{v}");

    let cases = [
        (json!({"title": 42}), "title"),
        (json!({"title": "x", "priority": "urgent"}), "priority"),
        (json!({"title": "x", "colour": "red"}), "colour"),
        (json!({"title": "x", "due": "2026-02-30"}), ""),
        (json!({"title": "x".repeat(501)}), "title"),
        (json!({"title": "x", "tags": ["Two Words"]}), "tags[0]"),
        (json!({"id": "not-a-ulid", "title": "x"}), "id"),
        (json!({"id": 7, "title": "x"}), "id"),
        (json!({"title": "x", "person_id": "ZZZZ"}), ""),
        (json!({}), "title"),
    ];
    for (body, field) in cases {
        let (st, v) = s
            .call(
                Method::POST,
                &format!("/v1/workspaces/{ws}/tasks"),
                Some(&t),
                Some(body.clone()),
            )
            .await;
        assert_eq!(st, StatusCode::UNPROCESSABLE_ENTITY, "{body}: {v}");
        if !field.is_empty() {
            assert_eq!(v["field"], field, "{body}: {v}");
        }
        assert!(
            v["detail"].as_str().unwrap().len() < 400,
            "an error echoes too much: {v}"
        );
    }
    let (st, v) = s
        .call(
            Method::POST,
            &format!("/v1/workspaces/{ws}/places"),
            Some(&t),
            Some(json!({"name": "x", "latitude": 91.0, "longitude": 0.0})),
        )
        .await;
    assert_eq!(
        (st, v["field"].as_str()),
        (StatusCode::UNPROCESSABLE_ENTITY, Some("latitude"))
    );

    let rows: i64 = sqlx::query_scalar("SELECT count(*) FROM task")
        .fetch_one(&s.pool)
        .await
        .unwrap();
    let log: i64 = sqlx::query_scalar("SELECT count(*) FROM sync_log")
        .fetch_one(&s.pool)
        .await
        .unwrap();
    assert_eq!((rows, log), (0, 0));
}

#[tokio::test]
async fn hostile_strings_are_stored_verbatim() {
    let s = TestServer::start().await;
    let (t, ws) = s.user("ada@example.org").await;
    let nasty = "Robert'); DROP TABLE task;-- \u{202e} 🙂 \\\" %_ $1 ?";
    let (st, row) = s
        .call(
            Method::POST,
            &format!("/v1/workspaces/{ws}/tasks"),
            Some(&t),
            Some(json!({"title": nasty, "tags": ["x';--"]})),
        )
        .await;
    assert_eq!(
        st,
        StatusCode::UNPROCESSABLE_ENTITY,
        "a tag with quotes is not a tag: {row}"
    );
    let (st, row) = s
        .call(
            Method::POST,
            &format!("/v1/workspaces/{ws}/tasks"),
            Some(&t),
            Some(json!({"title": nasty})),
        )
        .await;
    assert_eq!(st, StatusCode::CREATED);
    assert_eq!(row["title"], nasty);
    let (_, page) = s
        .call(
            Method::GET,
            &format!("/v1/workspaces/{ws}/tasks?search=DROP%20TABLE&tag=x'%20OR%201=1"),
            Some(&t),
            None,
        )
        .await;
    assert_eq!(page["items"].as_array().unwrap().len(), 0);
    let (_, page) = s
        .call(
            Method::GET,
            &format!("/v1/workspaces/{ws}/tasks?search=drop%20table"),
            Some(&t),
            None,
        )
        .await;
    assert_eq!(page["items"][0]["title"], nasty);
}

#[tokio::test]
async fn bad_paths_and_methods() {
    let s = TestServer::start().await;
    let (t, ws) = s.user("ada@example.org").await;
    for path in [
        "/v1/nowhere".to_owned(),
        "/v1/workspaces/not-a-ulid/tasks".to_owned(),
        format!("/v1/workspaces/{ws}/tasks/not-a-ulid"),
        format!("/v1/workspaces/{ws}/tasks/7ZZZZZZZZZZZZZZZZZZZZZZZZZ"),
        format!("/v1/workspaces/{ws}/spaceships"),
        format!("/v1/workspaces/{ws}/tasks/..%2F..%2Fetc%2Fpasswd"),
    ] {
        let (st, v) = s.call(Method::GET, &path, Some(&t), None).await;
        assert_eq!(st, StatusCode::NOT_FOUND, "{path}: {v}");
    }
    let (st, _) = s
        .call(
            Method::PUT,
            &format!("/v1/workspaces/{ws}/tasks"),
            Some(&t),
            Some(json!({})),
        )
        .await;
    assert_eq!(st, StatusCode::METHOD_NOT_ALLOWED);
    let res = s.http.get(s.url("/healthz")).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert!(res.headers().contains_key("x-request-id"));
    assert_eq!(
        s.http.get(s.url("/readyz")).send().await.unwrap().status(),
        StatusCode::OK
    );
}
