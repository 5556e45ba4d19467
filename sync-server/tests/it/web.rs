//! What the web app needs from the server: the live event stream, the report endpoints,
//! and the app's fallback that never answers the API's paths.

use std::time::{Duration, Instant};

use reqwest::{Method, StatusCode};
use serde_json::json;

use crate::TestServer;

/// Reads the stream until a `change` event arrives; returns its data.
async fn next_change(res: &mut reqwest::Response, within: Duration) -> String {
    let deadline = Instant::now() + within;
    let mut text = String::new();
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        let chunk = tokio::time::timeout(left, res.chunk())
            .await
            .expect("no change event in time")
            .unwrap()
            .expect("the stream ended");
        text.push_str(&String::from_utf8_lossy(&chunk));
        if let Some(at) = text.find("event: change\ndata: ") {
            let rest = &text[at + "event: change\ndata: ".len()..];
            if let Some(end) = rest.find('\n') {
                return rest[..end].to_owned();
            }
        }
    }
}

#[tokio::test]
async fn the_event_stream_tells_of_a_change_within_two_seconds() {
    let s = TestServer::start().await;
    let (token, ws) = s.user("ada@example.org").await;
    let mut res = s
        .http
        .get(s.url(&format!("/v1/workspaces/{ws}/events")))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert!(
        res.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/event-stream")
    );
    let first = next_change(&mut res, Duration::from_secs(2)).await;
    // A push through sync moves the change log; a plain create does too.
    let (st, _) = s
        .call(
            Method::POST,
            &format!("/v1/workspaces/{ws}/tasks"),
            Some(&token),
            Some(json!({"title": "from another device"})),
        )
        .await;
    assert_eq!(st, StatusCode::CREATED);
    let t0 = Instant::now();
    let second = next_change(&mut res, Duration::from_secs(2)).await;
    assert!(t0.elapsed() <= Duration::from_secs(2));
    assert_ne!(first, second);
    assert!(second.parse::<i64>().unwrap() > first.parse::<i64>().unwrap());
}

#[tokio::test]
async fn the_event_stream_is_for_members_only() {
    let s = TestServer::start().await;
    let (_, ws) = s.user("ada@example.org").await;
    let (other, _) = s.user("bob@example.org").await;
    let res = s
        .http
        .get(s.url(&format!("/v1/workspaces/{ws}/events")))
        .bearer_auth(&other)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let res = s
        .http
        .get(s.url(&format!("/v1/workspaces/{ws}/events")))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn balances_are_the_cores_report() {
    let s = TestServer::start().await;
    let (token, ws) = s.user("ada@example.org").await;
    let (st, acct) = s
        .call(
            Method::POST,
            &format!("/v1/workspaces/{ws}/accounts"),
            Some(&token),
            Some(json!({"name": "Wallet", "currency_code": "EUR", "opening_date": "2026-01-01", "opening_balance_minor": 10000})),
        )
        .await;
    assert_eq!(st, StatusCode::CREATED, "{acct}");
    for amount in [-2550, 120] {
        let (st, v) = s
            .call(
                Method::POST,
                &format!("/v1/workspaces/{ws}/transactions"),
                Some(&token),
                Some(json!({"account_id": acct["id"], "booking_date": "2026-02-01", "amount_minor": amount, "currency_code": "EUR", "payee": "shop"})),
            )
            .await;
        assert_eq!(st, StatusCode::CREATED, "{v}");
    }
    let (st, v) = s
        .call(
            Method::GET,
            &format!("/v1/workspaces/{ws}/reports/balances"),
            Some(&token),
            None,
        )
        .await;
    assert_eq!(st, StatusCode::OK);
    assert_eq!(v[0]["name"], "Wallet");
    assert_eq!(v[0]["balance_minor"], 10000 - 2550 + 120);
    assert_eq!(v[0]["balance"], "75.70");
}

#[tokio::test]
async fn the_app_never_answers_the_api_paths() {
    let s = TestServer::start().await;
    for path in ["/v1", "/v1/", "/v1/nothing", "/v1/workspaces/x/nothing/y"] {
        let (st, v) = s.call(Method::GET, path, None, None).await;
        assert_eq!(st, StatusCode::NOT_FOUND, "{path}: {v}");
        assert_eq!(v["status"], 404);
    }
    // Not a page of the app either: a missing file, and a write to a page's path.
    let (st, _) = s.call(Method::GET, "/missing.js", None, None).await;
    assert_eq!(st, StatusCode::NOT_FOUND);
    let (st, _) = s.call(Method::POST, "/tasks", None, Some(json!({}))).await;
    assert_eq!(st, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn the_habits_report_counts_streaks_as_the_core_does() {
    let s = TestServer::start().await;
    let (token, ws) = s.user("ada@example.org").await;
    let (st, h) = s
        .call(
            Method::POST,
            &format!("/v1/workspaces/{ws}/habits"),
            Some(&token),
            Some(json!({"name": "Read", "schedule": "daily"})),
        )
        .await;
    assert_eq!(st, StatusCode::CREATED, "{h}");
    let today = lifeos_core::Timestamp::now().datetime().date();
    let yesterday = today.previous_day().unwrap();
    for d in [yesterday, today] {
        let (st, v) = s
            .call(
                Method::POST,
                &format!("/v1/workspaces/{ws}/habit_checkins"),
                Some(&token),
                Some(json!({"habit_id": h["id"], "date": lifeos_core::timestamp::LocalDate::new(d).to_string(), "status": "done"})),
            )
            .await;
        assert_eq!(st, StatusCode::CREATED, "{v}");
    }
    let today = lifeos_core::timestamp::LocalDate::new(today).to_string();
    let (st, v) = s
        .call(
            Method::GET,
            &format!("/v1/workspaces/{ws}/reports/habits?today={today}"),
            Some(&token),
            None,
        )
        .await;
    assert_eq!(st, StatusCode::OK, "{v}");
    assert_eq!(v[0]["name"], "Read");
    assert_eq!(v[0]["today"], "done");
    assert_eq!(v[0]["stats"]["total_done"], 2);
    assert!(v[0]["stats"]["current_streak"].as_u64().unwrap() >= 1);
    let (st, v) = s
        .call(
            Method::GET,
            &format!("/v1/workspaces/{ws}/reports/habits?today=2026-02-31"),
            Some(&token),
            None,
        )
        .await;
    assert_eq!(st, StatusCode::UNPROCESSABLE_ENTITY, "{v}");
    assert_eq!(v["field"], "today");
}
