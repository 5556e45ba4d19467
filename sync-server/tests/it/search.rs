//! The search route against real rows on Postgres: ranked hits across kinds with
//! snippets and marks, every query form, the lenient reading of what a search box
//! sends, hostile text that must never reach SQL or tsquery syntax, and one workspace
//! never seeing another's rows.

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::TestServer;
use crate::reports::make;

async fn search(s: &TestServer, token: &str, ws: &str, q: &str) -> (StatusCode, Value) {
    let url = reqwest::Url::parse_with_params(
        &s.url(&format!("/v1/workspaces/{ws}/search")),
        &[("q", q)],
    )
    .unwrap();
    let path = format!("{}?{}", url.path(), url.query().unwrap_or_default());
    s.call(Method::GET, &path, Some(token), None).await
}

async fn titles(s: &TestServer, token: &str, ws: &str, q: &str) -> Vec<String> {
    let (st, v) = search(s, token, ws, q).await;
    assert_eq!(st, StatusCode::OK, "{q}: {v}");
    v.as_array()
        .unwrap()
        .iter()
        .map(|h| h["title"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn search_ranks_across_kinds_with_every_query_form() {
    let s = TestServer::start().await;
    let (token, ws) = s.user("ada@example.org").await;
    let task = make(
        &s,
        &token,
        &ws,
        "tasks",
        json!({"title": "Water the roses", "notes": "before the frost", "tags": ["garden"]}),
    )
    .await;
    make(&s, &token, &ws, "notes", json!({"title": "Frost dates", "body": "The roses bloom late; water them weekly.", "tags": ["garden", "notes"]})).await;
    make(
        &s,
        &token,
        &ws,
        "people",
        json!({"name": "Rose Tyler", "emails": ["rose@example.org"]}),
    )
    .await;
    let habit = make(
        &s,
        &token,
        &ws,
        "habits",
        json!({"name": "Stretch", "schedule": "daily"}),
    )
    .await;
    make(
        &s,
        &token,
        &ws,
        "habit_checkins",
        json!({"habit_id": habit["id"], "date": "2026-11-12"}),
    )
    .await;
    // A title match ranks above a body match.
    assert_eq!(
        titles(&s, &token, &ws, "frost").await,
        ["Frost dates", "Water the roses"]
    );
    assert_eq!(
        titles(&s, &token, &ws, "roses").await,
        ["Water the roses", "Frost dates"]
    );
    let (_, hits) = search(&s, &token, &ws, "roses").await;
    assert_eq!(hits[0]["entity"], "task");
    assert_eq!(hits[0]["id"], task["id"]);
    assert!(hits[0]["score"].as_f64().unwrap() > hits[1]["score"].as_f64().unwrap());
    // The marks point at the match in the snippet.
    let (_, hits) = search(&s, &token, &ws, "bloom").await;
    let snippet: Vec<char> = hits[0]["snippet"].as_str().unwrap().chars().collect();
    let m = &hits[0]["marks"][0];
    let (a, b) = (
        m[0].as_u64().unwrap() as usize,
        m[1].as_u64().unwrap() as usize,
    );
    assert_eq!(snippet[a..b].iter().collect::<String>(), "bloom");
    // Prefixes, phrases, exclusions, kinds, tags, emails inside a list.
    assert_eq!(titles(&s, &token, &ws, "ros*").await.len(), 3);
    assert_eq!(
        titles(&s, &token, &ws, "ros* kind:people").await,
        ["Rose Tyler"]
    );
    assert_eq!(
        titles(&s, &token, &ws, "\"water them\"").await,
        ["Frost dates"]
    );
    assert_eq!(
        titles(&s, &token, &ws, "water -bloom").await,
        ["Water the roses"]
    );
    assert_eq!(
        titles(&s, &token, &ws, "tag:garden tag:notes").await,
        ["Frost dates"]
    );
    assert_eq!(
        titles(&s, &token, &ws, "rose@example.org").await,
        ["Rose Tyler"]
    );
    // A check-in has no text: it is named by its habit, and found by its day.
    assert_eq!(
        titles(&s, &token, &ws, "kind:habit_checkin on:2026-11-12").await,
        ["Stretch"]
    );
    assert!(
        titles(&s, &token, &ws, "kind:habit_checkin on:2026-11-13")
            .await
            .is_empty()
    );
    // An edit is found at once; a deleted row is not.
    let id = task["id"].as_str().unwrap();
    let (st, _) = s
        .call(
            Method::PATCH,
            &format!("/v1/workspaces/{ws}/tasks/{id}"),
            Some(&token),
            Some(json!({"version": 1, "title": "Water the tulips"})),
        )
        .await;
    assert_eq!(st, StatusCode::OK);
    assert_eq!(
        titles(&s, &token, &ws, "tulips").await,
        ["Water the tulips"]
    );
    let (st, _) = s
        .call(
            Method::DELETE,
            &format!("/v1/workspaces/{ws}/tasks/{id}?version=2"),
            Some(&token),
            None,
        )
        .await;
    assert!(st.is_success(), "{st}");
    assert!(titles(&s, &token, &ws, "tulips").await.is_empty());
}

#[tokio::test]
async fn hostile_and_empty_queries_find_nothing_and_break_nothing() {
    let s = TestServer::start().await;
    let (token, ws) = s.user("ada@example.org").await;
    make(
        &s,
        &token,
        &ws,
        "notes",
        json!({"title": "NEAR OR AND NOT", "body": "a & b | !c"}),
    )
    .await;
    for q in [
        "",
        "***",
        "-only",
        "\"open",
        "a & b | !c:*",
        "'; DROP TABLE note; --",
        "\\",
        "'",
        "(",
        "a:*",
        "kind:nope",
        "from:2026-12-01 to:2026-11-01",
        "é*",
        "!!x",
        "<->",
        "\u{0}",
        "x:*A",
    ] {
        let (st, v) = search(&s, &token, &ws, q).await;
        assert_eq!(st, StatusCode::OK, "{q:?}: {v}");
        assert!(v.is_array(), "{q:?}: {v}");
    }
    assert_eq!(titles(&s, &token, &ws, "near").await, ["NEAR OR AND NOT"]);
    assert_eq!(titles(&s, &token, &ws, "a & b").await, ["NEAR OR AND NOT"]);
    // What the schema refuses is refused, naming the parameter.
    let long = "x".repeat(1_001);
    let (st, v) = search(&s, &token, &ws, &long).await;
    assert_eq!(st, StatusCode::UNPROCESSABLE_ENTITY, "{v}");
    for (params, names) in [
        ("q=x&limit=0", "limit"),
        ("q=x&limit=101", "limit"),
        ("q=x&offset_minutes=900", "offset_minutes"),
    ] {
        let (st, v) = s
            .call(
                Method::GET,
                &format!("/v1/workspaces/{ws}/search?{params}"),
                Some(&token),
                None,
            )
            .await;
        assert_eq!(st, StatusCode::UNPROCESSABLE_ENTITY, "{params}: {v}");
        assert!(v.to_string().contains(names), "{params}: {v}");
    }
    let (st, _) = s
        .call(
            Method::GET,
            &format!("/v1/workspaces/{ws}/search"),
            Some(&token),
            None,
        )
        .await;
    assert!(st.is_client_error(), "q is required: {st}");
}

#[tokio::test]
async fn a_workspace_never_sees_another_ones_rows() {
    let s = TestServer::start().await;
    let (ada, ada_ws) = s.user("ada@example.org").await;
    let (bob, bob_ws) = s.user("bob@example.org").await;
    make(
        &s,
        &ada,
        &ada_ws,
        "notes",
        json!({"title": "Ada's secret plan"}),
    )
    .await;
    make(
        &s,
        &bob,
        &bob_ws,
        "notes",
        json!({"title": "Bob's open plan"}),
    )
    .await;
    assert_eq!(titles(&s, &bob, &bob_ws, "plan").await, ["Bob's open plan"]);
    let (st, _) = search(&s, &bob, &ada_ws, "plan").await;
    assert_eq!(st, StatusCode::NOT_FOUND);
    let (st, _) = search(&s, "not-a-token", &ada_ws, "plan").await;
    assert_eq!(st, StatusCode::UNAUTHORIZED);
}

/// Which text a hit shows: the body around its match, or the title when only the title
/// matched; a row named by its parent only when it has no title of its own (a check-in,
/// in the test above), never when it has; and `on:`
/// for a kind whose first event is when it was written.
#[tokio::test]
async fn snippets_titles_and_days_come_from_the_right_text() {
    let s = TestServer::start().await;
    let (token, ws) = s.user("ada@example.org").await;
    make(
        &s,
        &token,
        &ws,
        "notes",
        json!({"title": "Quince jam", "body": "sugar and lemon"}),
    )
    .await;
    make(
        &s,
        &token,
        &ws,
        "notes",
        json!({"title": "Medlar notes", "body": "The medlar ripens after the first frost."}),
    )
    .await;
    let (_, hits) = search(&s, &token, &ws, "quince").await;
    assert_eq!(hits[0]["snippet"], "Quince jam", "{hits}");
    assert_eq!(hits[0]["marks"], json!([[0, 6]]), "{hits}");
    let (_, hits) = search(&s, &token, &ws, "medlar").await;
    let snippet = hits[0]["snippet"].as_str().unwrap();
    assert!(
        snippet.contains("ripens"),
        "the body matched too: {snippet}"
    );

    let account = make(
        &s,
        &token,
        &ws,
        "accounts",
        json!({"name": "Checking", "kind": "checking", "currency_code": "EUR", "opening_date": "2026-01-01"}),
    )
    .await;
    for payee in ["Bakery Lune", ""] {
        make(
            &s,
            &token,
            &ws,
            "transactions",
            json!({"account_id": account["id"], "booking_date": "2026-12-01", "amount_minor": -450,
                   "currency_code": "EUR", "payee": payee, "memo": "sourdough"}),
        )
        .await;
    }
    let mut named = titles(&s, &token, &ws, "sourdough kind:transaction").await;
    named.sort();
    // Named by their own text (the payee, else the memo), never by their account.
    assert_eq!(named, ["Bakery Lune", "sourdough"]);

    let note = make(&s, &token, &ws, "notes", json!({"title": "Written today"})).await;
    let day = &note["created_at"].as_str().unwrap()[..10];
    assert_eq!(
        titles(&s, &token, &ws, &format!("kind:note on:{day} written")).await,
        ["Written today"]
    );
}
