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

async fn post(s: &TestServer, token: &str, path: &str, body: Value) -> (StatusCode, Value) {
    s.call(Method::POST, path, Some(token), Some(body)).await
}

async fn account(s: &TestServer, token: &str, ws: &str, name: &str, code: &str) -> String {
    let (st, v) = post(
        s,
        token,
        &format!("/v1/workspaces/{ws}/accounts"),
        json!({"name": name, "kind": "checking", "currency_code": code,
               "opening_balance_minor": 50_000, "opening_date": "2026-01-01"}),
    )
    .await;
    assert_eq!(st, StatusCode::CREATED, "{v}");
    v["id"].as_str().unwrap().to_owned()
}

/// Balances by account name, from the report the web's finance page shows.
async fn balances(s: &TestServer, token: &str, ws: &str) -> Vec<(String, i64)> {
    let (st, v) = s
        .call(
            Method::GET,
            &format!("/v1/workspaces/{ws}/reports/balances"),
            Some(token),
            None,
        )
        .await;
    assert_eq!(st, StatusCode::OK, "{v}");
    let mut b: Vec<(String, i64)> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            (
                a["name"].as_str().unwrap().to_owned(),
                a["balance_minor"].as_i64().unwrap(),
            )
        })
        .collect();
    b.sort();
    b
}

#[tokio::test]
async fn a_transfer_is_written_deleted_and_restored_whole() {
    let s = TestServer::start().await;
    let (token, ws) = s.user("ada@example.org").await;
    let checking = account(&s, &token, &ws, "Checking", "EUR").await;
    let savings = account(&s, &token, &ws, "Savings", "EUR").await;
    let dollars = account(&s, &token, &ws, "Dollars", "USD").await;
    let transfers = format!("/v1/workspaces/{ws}/transfers");
    let (st, v) = post(
        &s,
        &token,
        &transfers,
        json!({"from_account_id": checking, "to_account_id": savings, "amount_minor": 15_000,
               "booking_date": "2026-12-03", "payee": "Rainy day"}),
    )
    .await;
    assert_eq!(st, StatusCode::CREATED, "{v}");
    let (from, to) = (&v["from"], &v["to"]);
    assert_eq!(from["account_id"], checking.as_str());
    assert_eq!(from["amount_minor"], -15_000);
    assert_eq!(to["account_id"], savings.as_str());
    assert_eq!(to["amount_minor"], 15_000);
    assert_eq!(to["payee"], "Rainy day");
    assert_eq!(from["transfer"]["rev"], to["transfer"]["rev"]);
    assert_eq!(from["transfer"]["counterpart_id"], to["id"]);
    assert_eq!(to["transfer"]["counterpart_id"], from["id"]);
    let (x, y) = (
        from["id"].as_str().unwrap().to_owned(),
        to["id"].as_str().unwrap().to_owned(),
    );
    let moved = vec![
        ("Checking".to_owned(), 35_000),
        ("Dollars".to_owned(), 50_000),
        ("Savings".to_owned(), 65_000),
    ];
    assert_eq!(balances(&s, &token, &ws).await, moved);
    // Both sides are in the change log, so a replica pulls them together.
    let (_, log) = s
        .call(
            Method::GET,
            &format!("/v1/workspaces/{ws}/sync/pull"),
            Some(&token),
            None,
        )
        .await;
    let text = log.to_string();
    assert!(text.contains(&x) && text.contains(&y), "{log}");

    // One side alone is never written through the entity routes.
    let tx = |id: &str| format!("/v1/workspaces/{ws}/transactions/{id}");
    let (st, v) = s
        .call(
            Method::PATCH,
            &tx(&x),
            Some(&token),
            Some(json!({"version": 1, "payee": "half"})),
        )
        .await;
    assert_eq!(st, StatusCode::UNPROCESSABLE_ENTITY, "{v}");
    assert_eq!(v["field"], "transfer", "{v}");
    let (st, v) = s.call(Method::DELETE, &tx(&y), Some(&token), None).await;
    assert_eq!(st, StatusCode::UNPROCESSABLE_ENTITY, "{v}");
    assert_eq!(balances(&s, &token, &ws).await, moved);

    // Deleting through either side deletes both; a stale version is refused first.
    let (st, v) = s
        .call(
            Method::DELETE,
            &format!("{transfers}/{y}?version=7"),
            Some(&token),
            None,
        )
        .await;
    assert_eq!(st, StatusCode::CONFLICT, "{v}");
    let (st, v) = s
        .call(
            Method::DELETE,
            &format!("{transfers}/{y}?version=1"),
            Some(&token),
            None,
        )
        .await;
    assert_eq!(st, StatusCode::OK, "{v}");
    assert!(v["from"]["deleted_at"].is_string() && v["to"]["deleted_at"].is_string());
    assert_eq!(v["from"]["id"], x.as_str());
    assert_eq!(v["from"]["version"], 2);
    assert_eq!(v["from"]["updated_at"], v["to"]["updated_at"]);
    assert_eq!(
        balances(&s, &token, &ws).await[0],
        ("Checking".to_owned(), 50_000)
    );
    // The single-row restore refuses a side; the transfer's restores both.
    let (st, v) = post(&s, &token, &format!("{}/restore", tx(&x)), json!({})).await;
    assert_eq!(st, StatusCode::UNPROCESSABLE_ENTITY, "{v}");
    let (st, v) = post(&s, &token, &format!("{transfers}/{x}/restore"), json!({})).await;
    assert_eq!(st, StatusCode::OK, "{v}");
    assert!(v["from"]["deleted_at"].is_null() && v["to"]["deleted_at"].is_null());
    assert_eq!(v["to"]["version"], 3);
    assert_eq!(balances(&s, &token, &ws).await, moved);
    // Restoring a live transfer changes nothing.
    let (st, again) = post(&s, &token, &format!("{transfers}/{x}/restore"), json!({})).await;
    assert_eq!(st, StatusCode::OK);
    assert_eq!(again, v);

    // Across currencies the arriving amount is given, in the other account's units.
    let (st, v) = post(
        &s,
        &token,
        &transfers,
        json!({"from_account_id": checking, "to_account_id": dollars, "amount_minor": 1_000,
               "to_amount_minor": 1_150}),
    )
    .await;
    assert_eq!(st, StatusCode::CREATED, "{v}");
    assert_eq!(v["to"]["currency_code"], "USD");
    assert_eq!(
        balances(&s, &token, &ws).await,
        vec![
            ("Checking".to_owned(), 34_000),
            ("Dollars".to_owned(), 51_150),
            ("Savings".to_owned(), 65_000),
        ]
    );
    // A plain transaction is no transfer.
    let (st, plain) = post(
        &s,
        &token,
        &format!("/v1/workspaces/{ws}/transactions"),
        json!({"account_id": checking, "booking_date": "2026-12-03", "amount_minor": -500,
               "currency_code": "EUR"}),
    )
    .await;
    assert_eq!(st, StatusCode::CREATED, "{plain}");
    let (st, v) = s
        .call(
            Method::DELETE,
            &format!("{transfers}/{}", plain["id"].as_str().unwrap()),
            Some(&token),
            None,
        )
        .await;
    assert_eq!(st, StatusCode::UNPROCESSABLE_ENTITY, "{v}");
}

#[tokio::test]
async fn a_bad_transfer_names_its_field_and_writes_nothing() {
    let s = TestServer::start().await;
    let (token, ws) = s.user("ada@example.org").await;
    let a = account(&s, &token, &ws, "Checking", "EUR").await;
    let b = account(&s, &token, &ws, "Savings", "EUR").await;
    let usd = account(&s, &token, &ws, "Dollars", "USD").await;
    let transfers = format!("/v1/workspaces/{ws}/transfers");
    let base = json!({"from_account_id": a, "to_account_id": b, "amount_minor": 100});
    let with = |k: &str, v: Value| {
        let mut body = base.clone();
        body[k] = v;
        body
    };
    let (other, other_ws) = s.user("eve@example.org").await;
    let strangers = account(&s, &other, &other_ws, "Eve's", "EUR").await;
    for (body, field) in [
        (with("to_account_id", json!(a)), "to_account_id"),
        (with("amount_minor", json!(0)), "amount_minor"),
        (with("amount_minor", json!(-100)), "amount_minor"),
        (with("to_amount_minor", json!(101)), "to_amount_minor"),
        (with("to_account_id", json!(usd)), "to_amount_minor"),
        (with("to_account_id", json!(strangers)), "to_account_id"),
        (
            with("from_account_id", json!("not an id")),
            "from_account_id",
        ),
        (with("booking_date", json!("2026-13-45")), "booking_date"),
        (with("offset_minutes", json!(100_000)), "offset_minutes"),
        (with("payee", json!("x".repeat(501))), "payee"),
        (with("memo", json!("bell\u{7}")), "memo"),
    ] {
        let (st, v) = post(&s, &token, &transfers, body.clone()).await;
        assert_eq!(st, StatusCode::UNPROCESSABLE_ENTITY, "{body}: {v}");
        assert_eq!(v["field"], field, "{body}: {v}");
    }
    // Malformed and unknown shapes.
    for body in [
        json!({"from_account_id": a}),
        with("amount_minor", json!("100")),
        with("sneaky", json!(true)),
        json!([1, 2]),
    ] {
        let (st, v) = post(&s, &token, &transfers, body.clone()).await;
        assert!(st.is_client_error(), "{body}: {st} {v}");
    }
    let res = s
        .http
        .post(s.url(&transfers))
        .bearer_auth(&token)
        .header("content-type", "application/json")
        .body("{\"from_account_id\":")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
    // A stranger's workspace is not there; nothing was written anywhere.
    let (st, _) = post(&s, &other, &transfers, base.clone()).await;
    assert_eq!(st, StatusCode::NOT_FOUND);
    let (_, page) = s
        .call(
            Method::GET,
            &format!("/v1/workspaces/{ws}/transactions?include_deleted=true"),
            Some(&token),
            None,
        )
        .await;
    assert_eq!(page["items"], json!([]), "{page}");
}

#[tokio::test]
async fn a_deleted_row_is_restored_unless_its_place_was_taken() {
    let s = TestServer::start().await;
    let (token, ws) = s.user("ada@example.org").await;
    let (st, task) = post(
        &s,
        &token,
        &format!("/v1/workspaces/{ws}/tasks"),
        json!({"title": "water the plants"}),
    )
    .await;
    assert_eq!(st, StatusCode::CREATED);
    let item = format!("/v1/workspaces/{ws}/tasks/{}", task["id"].as_str().unwrap());
    let (st, gone) = s.call(Method::DELETE, &item, Some(&token), None).await;
    assert_eq!(st, StatusCode::OK);
    assert!(gone["deleted_at"].is_string());
    let (st, v) = post(&s, &token, &format!("{item}/restore?version=1"), json!({})).await;
    assert_eq!(st, StatusCode::CONFLICT, "{v}");
    let (st, back) = post(&s, &token, &format!("{item}/restore?version=2"), json!({})).await;
    assert_eq!(st, StatusCode::OK, "{back}");
    assert!(back["deleted_at"].is_null());
    assert_eq!(back["version"], 3);
    assert_eq!(back["title"], "water the plants");
    let (_, got) = s.call(Method::GET, &item, Some(&token), None).await;
    assert_eq!(got, back);
    // A live row is answered as it is.
    let (st, same) = post(&s, &token, &format!("{item}/restore"), json!({})).await;
    assert_eq!(st, StatusCode::OK);
    assert_eq!(same, back);
    // A missing row, a malformed id, a bad version.
    let missing = format!("/v1/workspaces/{ws}/tasks/{}/restore", ulid::Ulid::new());
    assert_eq!(
        post(&s, &token, &missing, json!({})).await.0,
        StatusCode::NOT_FOUND
    );
    let bad = format!("/v1/workspaces/{ws}/tasks/nope/restore");
    assert_eq!(
        post(&s, &token, &bad, json!({})).await.0,
        StatusCode::NOT_FOUND
    );
    let (st, _) = post(&s, &token, &format!("{item}/restore?version=x"), json!({})).await;
    assert!(st.is_client_error(), "{st}");

    // A check-in whose day was checked in again meanwhile stays deleted.
    let (_, habit) = post(
        &s,
        &token,
        &format!("/v1/workspaces/{ws}/habits"),
        json!({"name": "read", "schedule": "daily"}),
    )
    .await;
    let checkin = json!({"habit_id": habit["id"], "date": "2026-12-03", "status": "done"});
    let checkins = format!("/v1/workspaces/{ws}/habit_checkins");
    let (st, first) = post(&s, &token, &checkins, checkin.clone()).await;
    assert_eq!(st, StatusCode::CREATED, "{first}");
    let first = format!("{checkins}/{}", first["id"].as_str().unwrap());
    s.call(Method::DELETE, &first, Some(&token), None).await;
    let (st, _) = post(&s, &token, &checkins, checkin).await;
    assert_eq!(st, StatusCode::CREATED);
    let (st, v) = post(&s, &token, &format!("{first}/restore"), json!({})).await;
    assert_eq!(st, StatusCode::CONFLICT, "{v}");
    let (_, still) = s.call(Method::GET, &first, Some(&token), None).await;
    assert!(still["deleted_at"].is_string(), "{still}");
}
