//! The report routes against real rows: each answers what `lifeos-core` computes, and
//! refuses hostile parameters naming them.

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::TestServer;

/// Creates one row of `plural` in `ws`; answers it.
pub async fn make(s: &TestServer, token: &str, ws: &str, plural: &str, body: Value) -> Value {
    let (st, v) = s
        .call(
            Method::POST,
            &format!("/v1/workspaces/{ws}/{plural}"),
            Some(token),
            Some(body.clone()),
        )
        .await;
    assert_eq!(st, StatusCode::CREATED, "{plural} {body}: {v}");
    v
}

async fn get(s: &TestServer, token: &str, path: &str) -> (StatusCode, Value) {
    s.call(Method::GET, path, Some(token), None).await
}

#[tokio::test]
async fn today_shows_the_day_as_the_core_computes_it() {
    let s = TestServer::start().await;
    let (token, ws) = s.user("ada@example.org").await;
    for (title, due) in [
        ("today", json!("2026-11-30")),
        ("overdue", json!("2026-11-01")),
        // 03:00 UTC on the 1st is the evening of the 30th at UTC−5.
        ("tonight", json!("2026-12-01T03:00:00.000Z")),
        ("tomorrow", json!("2026-12-01")),
        ("undated", Value::Null),
    ] {
        make(
            &s,
            &token,
            &ws,
            "tasks",
            json!({"title": title, "due": due}),
        )
        .await;
    }
    make(&s, &token, &ws, "tasks", json!({"title": "done", "due": "2026-11-29", "status": "done", "completed_at": "2026-11-29T10:00:00.000Z"})).await;
    let read = make(
        &s,
        &token,
        &ws,
        "habits",
        json!({"name": "Read", "schedule": "daily"}),
    )
    .await;
    make(
        &s,
        &token,
        &ws,
        "habits",
        json!({"name": "Walk", "schedule": "daily"}),
    )
    .await;
    make(
        &s,
        &token,
        &ws,
        "habit_checkins",
        json!({"habit_id": read["id"], "date": "2026-11-30"}),
    )
    .await;
    make(
        &s,
        &token,
        &ws,
        "fasts",
        json!({"started_at": "2026-11-30T02:00:00.000Z", "target_minutes": 960}),
    )
    .await;
    make(&s, &token, &ws, "health_metrics", json!({"kind": "steps", "value": 9000, "unit": "steps", "recorded_at": "2026-11-30T12:00:00.000Z"})).await;
    make(&s, &token, &ws, "health_metrics", json!({"kind": "steps", "value": 100, "unit": "steps", "recorded_at": "2026-11-30T02:00:00.000Z"})).await;
    make(
        &s,
        &token,
        &ws,
        "reading_plans",
        json!({"name": "John", "start": "2026-11-29",
        "readings": [{"day": 1, "text": "John 1"}, {"day": 2, "text": "John 2"}]}),
    )
    .await;
    let acct = make(
        &s,
        &token,
        &ws,
        "accounts",
        json!({"name": "Wallet", "currency_code": "EUR", "opening_date": "2026-01-01"}),
    )
    .await;
    for (date, minor) in [
        ("2026-11-02", -1250),
        ("2026-11-30", -250),
        ("2026-10-31", -9999),
    ] {
        make(&s, &token, &ws, "transactions", json!({"account_id": acct["id"], "booking_date": date, "amount_minor": minor, "currency_code": "EUR"})).await;
    }
    make(
        &s,
        &token,
        &ws,
        "people",
        json!({"name": "Ada", "birthday": "1815-12-10"}),
    )
    .await;
    make(
        &s,
        &token,
        &ws,
        "people",
        json!({"name": "Later", "birthday": "--12-25"}),
    )
    .await;

    let (st, v) = get(
        &s,
        &token,
        &format!("/v1/workspaces/{ws}/reports/today?date=2026-11-30&offset_minutes=-300"),
    )
    .await;
    assert_eq!(st, StatusCode::OK, "{v}");
    assert_eq!(v["date"], "2026-11-30");
    let titles: Vec<&str> = v["tasks_due"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["title"].as_str().unwrap())
        .collect();
    assert_eq!(titles, ["overdue", "today", "tonight"]);
    let habits: Vec<(&str, &str)> = v["habits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| {
            (
                h["habit"]["name"].as_str().unwrap(),
                h["today"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(habits, [("Read", "done"), ("Walk", "due")]);
    assert_eq!(v["running_fast"]["target_minutes"], 960);
    assert!(v["running_fast"]["elapsed_seconds"].as_i64().unwrap() > 0);
    assert_eq!(v["health_today"].as_array().unwrap().len(), 1, "{v}");
    assert_eq!(v["health_today"][0]["value"], 9000);
    assert_eq!(v["readings"][0]["plan"]["name"], "John");
    assert_eq!(v["readings"][0]["status"]["today"][0]["text"], "John 2");
    assert_eq!(v["readings"][0]["status"]["missed"][0]["text"], "John 1");
    assert_eq!(
        v["spent_this_month"],
        json!([{"currency_code": "EUR", "amount_minor": 1500, "amount": "15.00"}])
    );
    assert_eq!(v["birthdays"].as_array().unwrap().len(), 1, "{v}");
    assert_eq!(v["birthdays"][0]["person"]["name"], "Ada");
    assert_eq!(v["birthdays"][0]["days"], 10);
    assert_eq!(v["birthdays"][0]["turns"], 211);

    // In UTC the timed task is tomorrow's, and the early entry is today's.
    let (st, v) = get(
        &s,
        &token,
        &format!("/v1/workspaces/{ws}/reports/today?date=2026-11-30"),
    )
    .await;
    assert_eq!(st, StatusCode::OK, "{v}");
    assert_eq!(v["tasks_due"].as_array().unwrap().len(), 2);
    assert_eq!(v["health_today"].as_array().unwrap().len(), 2);
}

#[tokio::test]
async fn today_refuses_hostile_parameters() {
    let s = TestServer::start().await;
    let (token, ws) = s.user("ada@example.org").await;
    let base = format!("/v1/workspaces/{ws}/reports/today");
    for (q, field) in [
        ("date=2026-02-31", "date"),
        ("date=30-11-2026", "date"),
        ("date=", "date"),
        ("offset_minutes=841", "offset_minutes"),
        ("offset_minutes=-841", "offset_minutes"),
    ] {
        let (st, v) = get(&s, &token, &format!("{base}?{q}")).await;
        assert_eq!(st, StatusCode::UNPROCESSABLE_ENTITY, "{q}: {v}");
        assert_eq!(v["field"], field, "{q}: {v}");
    }
    for q in [
        "offset_minutes=abc",
        "offset_minutes=99999999999",
        "nope=1",
        "date=2026-11-30&date=2026-11-29",
    ] {
        let (st, v) = get(&s, &token, &format!("{base}?{q}")).await;
        assert_eq!(st, StatusCode::BAD_REQUEST, "{q}: {v}");
    }
    let (st, _) = s.call(Method::GET, &base, None, None).await;
    assert_eq!(st, StatusCode::UNAUTHORIZED);
    let (other, _) = s.user("eve@example.org").await;
    let (st, _) = get(&s, &other, &base).await;
    assert_eq!(st, StatusCode::NOT_FOUND);
    // An empty workspace has an empty day.
    let (st, v) = get(&s, &token, &format!("{base}?offset_minutes=840")).await;
    assert_eq!(st, StatusCode::OK, "{v}");
    assert_eq!(v["tasks_due"], json!([]));
    assert_eq!(v["running_fast"], Value::Null);
}

#[tokio::test]
async fn today_with_ten_thousand_tasks_lists_only_the_due_open_ones() {
    // (Its speed is measured by bench/web.sh beside the page's, never timed here.)
    let s = TestServer::start().await;
    let (token, ws) = s.user("ada@example.org").await;
    // Written straight into the table (as a push would store them), most done or later.
    let wsid = ws.clone();
    sqlx::query(
        "INSERT INTO task (workspace_id, id, created_at, updated_at, deleted_at, version, fields, natural_key)
         SELECT $1, '0' || lpad(g::text, 25, '0'), now(), now(), NULL, 1,
           jsonb_build_object('title', 'task ' || g, 'status', CASE WHEN g % 2 = 0 THEN 'done' ELSE 'todo' END,
             'due', to_char(date '2026-01-01' + (g % 700), 'YYYY-MM-DD'), 'priority', 'none', 'tags', '[]'::jsonb, 'notes', '',
             'completed_at', CASE WHEN g % 2 = 0 THEN '2026-01-01T00:00:00.000Z' ELSE NULL END), NULL
         FROM generate_series(1, 10000) g",
    )
    .bind(&wsid)
    .execute(&s.pool)
    .await
    .unwrap();
    let path = format!("/v1/workspaces/{ws}/reports/today?date=2026-01-10");
    let (st, v) = get(&s, &token, &path).await;
    assert_eq!(st, StatusCode::OK, "{v}");
    // Odd g with g % 700 <= 9: 1,3,5,7,9 and each 700-cycle again (701, 703, … within 10000).
    let expected = (1..=10000).filter(|g| g % 2 == 1 && g % 700 <= 9).count();
    assert_eq!(v["tasks_due"].as_array().unwrap().len(), expected);
}

#[tokio::test]
async fn the_domain_reports_answer_what_the_core_computes() {
    let s = TestServer::start().await;
    let (token, ws) = s.user("ada@example.org").await;
    let r = |q: &str| format!("/v1/workspaces/{ws}/reports/{q}");
    let acct = make(&s, &token, &ws, "accounts", json!({"name": "Wallet", "currency_code": "EUR", "opening_date": "2026-01-01", "opening_balance_minor": 10000})).await;
    for (date, minor, cat) in [
        ("2026-12-02", -1250, "Food:Groceries"),
        ("2026-12-03", -250, "Food"),
        ("2026-12-04", 5000, "Income:Salary"),
        ("2026-11-30", -999, "Food"),
    ] {
        make(&s, &token, &ws, "transactions", json!({"account_id": acct["id"], "booking_date": date, "amount_minor": minor, "currency_code": "EUR", "category": cat})).await;
    }
    make(&s, &token, &ws, "budgets", json!({"category": "Food", "month": "2026-12", "amount_minor": 1000, "currency_code": "EUR"})).await;
    let (st, v) = get(&s, &token, &r("spending?month=2026-12")).await;
    assert_eq!(st, StatusCode::OK, "{v}");
    let lines: Vec<(&str, i64)> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            (
                l["category"].as_str().unwrap(),
                l["spent_minor"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(lines, [("Food", 1500), ("Food:Groceries", 1250)]);
    let (st, v) = get(&s, &token, &r("budget?month=2026-12")).await;
    assert_eq!(st, StatusCode::OK, "{v}");
    assert_eq!(
        (
            v[0]["spent_minor"].as_i64(),
            v[0]["left_minor"].as_i64(),
            v[0]["left"].as_str()
        ),
        (Some(1500), Some(-500), Some("-5.00"))
    );
    let (st, v) = get(&s, &token, &r("net_worth")).await;
    assert_eq!(st, StatusCode::OK, "{v}");
    assert_eq!(
        v["per_currency"],
        json!([{"currency_code": "EUR", "amount_minor": 10000 - 1250 - 250 + 5000 - 999, "amount": "125.01"}])
    );

    make(&s, &token, &ws, "fasts", json!({"started_at": "2026-11-01T20:00:00.000Z", "ended_at": "2026-11-02T12:00:00.000Z", "target_minutes": 960})).await;
    make(&s, &token, &ws, "fasts", json!({"started_at": "2026-11-03T20:00:00.000Z", "ended_at": "2026-11-04T04:00:00.000Z", "target_minutes": 960})).await;
    let (st, v) = get(&s, &token, &r("fasts")).await;
    assert_eq!(st, StatusCode::OK, "{v}");
    assert_eq!(
        (
            v["count"].as_u64(),
            v["longest_seconds"].as_i64(),
            v["met_target"].as_u64()
        ),
        (Some(2), Some(16 * 3600), Some(1))
    );

    let now = time::OffsetDateTime::now_utc();
    for (days_ago, grams) in [(10, 72000), (3, 71000)] {
        let at = lifeos_core::Timestamp::from_datetime(now - time::Duration::days(days_ago));
        make(
            &s,
            &token,
            &ws,
            "health_metrics",
            json!({"kind": "weight", "value": grams, "unit": "g", "recorded_at": at}),
        )
        .await;
    }
    let (st, v) = get(&s, &token, &r("health_trend?kind=w&days=30")).await;
    assert_eq!(st, StatusCode::OK, "{v}");
    assert_eq!(v["kind"], "weight");
    assert_eq!(v["points"].as_array().unwrap().len(), 2);
    assert_eq!(v["trend_per_week"], -1000);
    let (st, v) = get(&s, &token, &r("health_trend?kind=glucose")).await;
    assert_eq!(st, StatusCode::OK, "{v}");
    assert_eq!(v["count"], 0);

    make(
        &s,
        &token,
        &ws,
        "workouts",
        json!({"kind": "run", "started_at": "2026-11-30T07:00:00.000Z", "duration_s": 600}),
    )
    .await;
    make(
        &s,
        &token,
        &ws,
        "workouts",
        json!({"kind": "run", "started_at": "2026-12-01T07:00:00.000Z", "duration_s": 900}),
    )
    .await;
    let (st, v) = get(&s, &token, &r("workouts_weekly")).await;
    assert_eq!(st, StatusCode::OK, "{v}");
    assert_eq!(
        (
            v[0]["week"].as_str(),
            v[0]["count"].as_u64(),
            v[0]["duration_s"].as_i64()
        ),
        (Some("2026-W49"), Some(2), Some(1500))
    );

    for at in ["2026-11-29T07:00:00.000Z", "2026-11-30T07:00:00.000Z"] {
        make(
            &s,
            &token,
            &ws,
            "practices",
            json!({"kind": "prayer", "occurred_at": at}),
        )
        .await;
    }
    let (st, v) = get(&s, &token, &r("practices?date=2026-11-30")).await;
    assert_eq!(st, StatusCode::OK, "{v}");
    assert_eq!(
        (
            v["current_streak"].as_u64(),
            v["kinds"]["prayer"]["count"].as_u64()
        ),
        (Some(2), Some(2))
    );

    let plan = make(&s, &token, &ws, "reading_plans", json!({"name": "John", "start": "2026-11-28",
        "readings": [{"day": 1, "text": "John 1"}, {"day": 2, "text": "John 2"}, {"day": 3, "text": "John 3"}, {"day": 4, "text": "John 4"}]})).await;
    make(
        &s,
        &token,
        &ws,
        "readings_done",
        json!({"plan_id": plan["id"], "reading": "John 1", "done_on": "2026-11-28"}),
    )
    .await;
    let (st, v) = get(
        &s,
        &token,
        &r("reading_plans?date=2026-11-30&catch_up_days=2"),
    )
    .await;
    assert_eq!(st, StatusCode::OK, "{v}");
    assert_eq!(v[0]["status"]["done"], 1);
    assert_eq!(v[0]["status"]["behind_days"], 1);
    assert_eq!(v[0]["catch_up"][0]["readings"], json!(["John 2", "John 3"]));
    assert_eq!(v[0]["catch_up"][1]["readings"], json!(["John 4"]));

    make(&s, &token, &ws, "people", json!({"name": "Zed"})).await;
    make(&s, &token, &ws, "people", json!({"name": "Ada", "birthday": "--12-01", "last_contacted_at": "2026-11-20T10:00:00.000Z"})).await;
    let (st, v) = get(&s, &token, &r("people?date=2026-11-30")).await;
    assert_eq!(st, StatusCode::OK, "{v}");
    assert_eq!(
        (
            v[0]["person"]["name"].as_str(),
            v[0]["birthday_in_days"].as_i64(),
            v[0]["days_since_contact"].as_i64()
        ),
        (Some("Ada"), Some(1), Some(10))
    );
    assert_eq!(
        (v[1]["person"]["name"].as_str(), &v[1]["birthday_in_days"]),
        (Some("Zed"), &Value::Null)
    );

    // Hostile parameters name themselves; unknown ones are 400; another user sees 404.
    for (q, field) in [
        ("spending?month=2026-13", "month"),
        ("budget?month=december", "month"),
        ("health_trend?kind=a%2Bb", "kind"),
        ("health_trend?kind=weight&days=0", "days"),
        ("health_trend?kind=weight&days=36601", "days"),
        ("reading_plans?catch_up_days=0", "catch_up_days"),
        ("reading_plans?date=2026-02-30", "date"),
        ("practices?offset_minutes=900", "offset_minutes"),
        ("people?date=x", "date"),
    ] {
        let (st, v) = get(&s, &token, &r(q)).await;
        assert_eq!(st, StatusCode::UNPROCESSABLE_ENTITY, "{q}: {v}");
        assert_eq!(v["field"], field, "{q}: {v}");
    }
    for q in [
        "fasts?x=1",
        "spending?month=2026-12&all=true",
        "health_trend",
        "health_trend?kind=w&days=x",
        "workouts_weekly?offset_minutes=1.5",
    ] {
        let (st, v) = get(&s, &token, &r(q)).await;
        assert_eq!(st, StatusCode::BAD_REQUEST, "{q}: {v}");
    }
    let (other, _) = s.user("eve@example.org").await;
    for q in [
        "fasts",
        "spending",
        "budget",
        "net_worth",
        "health_trend?kind=w",
        "workouts_weekly",
        "practices",
        "reading_plans",
        "people",
        "today",
    ] {
        let (st, _) = get(&s, &other, &r(q)).await;
        assert_eq!(st, StatusCode::NOT_FOUND, "{q}");
    }
}
