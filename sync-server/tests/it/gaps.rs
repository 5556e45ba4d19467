//! Tests that kill mutants cargo-mutants found surviving (`scripts/mutants.sh server`):
//! a push's shape refused before anything is read, pull pages bounded in bytes to the
//! byte, the restore route on the server's own rows, a transfer whose stored sides
//! disagree refused by the transfer routes, and the search indexes made and replaced.

use lifeos_server::sync::{MAX_PULL_BYTES, pull};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::TestServer;
use crate::reports::make;

#[tokio::test]
async fn a_push_of_the_wrong_shape_is_refused_naming_the_field_and_writes_nothing() {
    let s = TestServer::start().await;
    let (token, ws) = s.user("ada@example.org").await;
    let note = make(&s, &token, &ws, "notes", json!({"title": "kept"})).await;
    let mut row = note.clone();
    row["entity"] = json!("note");
    row["version"] = json!(2);
    row["title"] = json!("pushed");
    let path = format!("/v1/workspaces/{ws}/sync/push");
    let long = "d".repeat(65);
    let many: Vec<Value> = (1..=1001)
        .map(|m| json!({"mutation": m, "row": row}))
        .collect();
    for (body, field) in [
        (
            json!({"device_id": "", "changes": [{"mutation": 1, "row": row}]}),
            "device_id",
        ),
        (
            json!({"device_id": "a b", "changes": [{"mutation": 1, "row": row}]}),
            "device_id",
        ),
        (
            json!({"device_id": long, "changes": [{"mutation": 1, "row": row}]}),
            "device_id",
        ),
        (
            json!({"device_id": "dev-é", "changes": [{"mutation": 1, "row": row}]}),
            "device_id",
        ),
        (
            json!({"device_id": "dev", "changes": [{"mutation": 0, "row": row}]}),
            "mutation",
        ),
        (
            json!({"device_id": "dev", "changes": [{"mutation": -3, "row": row}]}),
            "mutation",
        ),
        (json!({"device_id": "dev", "changes": many}), "changes"),
    ] {
        let (st, v) = s.call(Method::POST, &path, Some(&token), Some(body)).await;
        assert_eq!(st, StatusCode::UNPROCESSABLE_ENTITY, "{field}: {v}");
        assert!(v.to_string().contains(field), "{field}: {v}");
    }
    let (_, now) = s
        .call(
            Method::GET,
            &format!("/v1/workspaces/{ws}/notes/{}", note["id"].as_str().unwrap()),
            Some(&token),
            None,
        )
        .await;
    assert_eq!(
        (now["title"].as_str(), now["version"].as_i64()),
        (Some("kept"), Some(1))
    );
    // 64 letters, digits, - and _ is a device id.
    let ok = "d".repeat(63) + "_";
    let (st, v) = s
        .call(
            Method::POST,
            &path,
            Some(&token),
            Some(json!({"device_id": ok, "changes": [{"mutation": 1, "row": row}]})),
        )
        .await;
    assert_eq!(st, StatusCode::OK, "{v}");
}

/// Log rows whose stored payload text is exactly `len` bytes.
async fn log_row(s: &TestServer, ws: &str, seq: i64, len: usize) {
    let overhead: i32 = sqlx::query_scalar("SELECT length(jsonb_build_object('p', '')::text)")
        .fetch_one(&s.pool)
        .await
        .unwrap();
    sqlx::query(
        "INSERT INTO sync_log (workspace_id, seq, entity, entity_id, version, updated_at, payload)
         VALUES ($1, $2, 'note', $3, 1, now(), jsonb_build_object('p', repeat('x', $4)))",
    )
    .bind(ws)
    .bind(seq)
    .bind(format!("{seq:026}"))
    .bind(i32::try_from(len).unwrap() - overhead)
    .execute(&s.pool)
    .await
    .unwrap();
    sqlx::query("UPDATE workspaces SET last_seq = $2 WHERE id = $1")
        .bind(ws)
        .bind(seq)
        .execute(&s.pool)
        .await
        .unwrap();
}

#[tokio::test]
async fn a_pull_page_holds_up_to_its_byte_bound_exactly() {
    let s = TestServer::start().await;
    let (_, ws) = s.user("ada@example.org").await;
    let half = MAX_PULL_BYTES / 2;
    log_row(&s, &ws, 1, half).await;
    log_row(&s, &ws, 2, half).await;
    log_row(&s, &ws, 3, 100).await;
    let id: lifeos_core::Id = ws.parse().unwrap();
    let page = |v: &lifeos_server::sync::RawPull| -> (Vec<i64>, i64, bool) {
        let j = serde_json::to_value(v).unwrap();
        let seqs = j["changes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["seq"].as_i64().unwrap())
            .collect();
        (
            seqs,
            j["next_cursor"].as_i64().unwrap(),
            j["has_more"].as_bool().unwrap(),
        )
    };
    // Two halves fill the bound exactly: one page; the third row waits for the next.
    let first = pull(&s.pool, id, 0, 100).await.unwrap();
    assert_eq!(page(&first), (vec![1, 2], 2, true));
    let second = pull(&s.pool, id, 2, 100).await.unwrap();
    assert_eq!(page(&second), (vec![3], 3, false));
    // One row past the bound is still a page of its own (at least one row).
    log_row(&s, &ws, 4, MAX_PULL_BYTES + 1).await;
    let big = pull(&s.pool, id, 3, 100).await.unwrap();
    assert_eq!(page(&big), (vec![4], 4, false));
}

#[tokio::test]
async fn restoring_a_row_on_the_server_undeletes_it_once() {
    let s = TestServer::start().await;
    let (token, ws) = s.user("ada@example.org").await;
    let note = make(&s, &token, &ws, "notes", json!({"title": "back"})).await;
    let id = note["id"].as_str().unwrap();
    let base = format!("/v1/workspaces/{ws}/notes/{id}");
    // A live row is answered as it is.
    let (st, v) = s
        .call(Method::POST, &format!("{base}/restore"), Some(&token), None)
        .await;
    assert_eq!(
        (st, v["version"].as_i64()),
        (StatusCode::OK, Some(1)),
        "{v}"
    );
    let (st, _) = s
        .call(
            Method::DELETE,
            &format!("{base}?version=1"),
            Some(&token),
            None,
        )
        .await;
    assert!(st.is_success());
    let (st, v) = s
        .call(Method::POST, &format!("{base}/restore"), Some(&token), None)
        .await;
    assert_eq!(st, StatusCode::OK, "{v}");
    assert_eq!(
        (v["version"].as_i64(), v["deleted_at"].is_null()),
        (Some(3), true),
        "{v}"
    );
    let (_, stored) = s.call(Method::GET, &base, Some(&token), None).await;
    assert_eq!(
        (stored["version"].as_i64(), stored["deleted_at"].is_null()),
        (Some(3), true)
    );
}

/// The transfer routes act on a whole pair only: a stored other side at another
/// revision, or deleted while this one is not, is a 409 and nothing changes.
#[tokio::test]
async fn a_transfer_whose_stored_sides_disagree_is_refused() {
    let s = TestServer::start().await;
    let (token, ws) = s.user("ada@example.org").await;
    let mut ids = Vec::new();
    for name in ["Checking", "Savings"] {
        let a = make(
            &s,
            &token,
            &ws,
            "accounts",
            json!({"name": name, "kind": "checking", "currency_code": "EUR", "opening_date": "2026-01-01"}),
        )
        .await;
        ids.push(a["id"].as_str().unwrap().to_owned());
    }
    let (st, v) = s
        .call(
            Method::POST,
            &format!("/v1/workspaces/{ws}/transfers"),
            Some(&token),
            Some(json!({"from_account_id": ids[0], "to_account_id": ids[1], "amount_minor": 500})),
        )
        .await;
    assert_eq!(st, StatusCode::CREATED, "{v}");
    let (x, y) = (
        v["from"]["id"].as_str().unwrap().to_owned(),
        v["to"]["id"].as_str().unwrap().to_owned(),
    );
    let rev = v["to"]["transfer"]["rev"].as_str().unwrap().to_owned();
    let table = lifeos_core::EntityKind::Transaction.table();
    let set = |sql: String| {
        let pool = s.pool.clone();
        async move {
            sqlx::query(sqlx::AssertSqlSafe(sql))
                .execute(&pool)
                .await
                .unwrap()
        }
    };
    let delete = format!("/v1/workspaces/{ws}/transfers/{x}");
    for (break_it, mend) in [
        (
            format!(
                "UPDATE {table} SET fields = jsonb_set(fields, '{{transfer,rev}}', '\"{}\"') WHERE id = '{y}'",
                lifeos_core::Id::generate()
            ),
            format!(
                "UPDATE {table} SET fields = jsonb_set(fields, '{{transfer,rev}}', '\"{rev}\"') WHERE id = '{y}'"
            ),
        ),
        (
            format!("UPDATE {table} SET deleted_at = now() WHERE id = '{y}'"),
            format!("UPDATE {table} SET deleted_at = NULL WHERE id = '{y}'"),
        ),
    ] {
        set(break_it.clone()).await;
        let (st, v) = s.call(Method::DELETE, &delete, Some(&token), None).await;
        assert_eq!(st, StatusCode::CONFLICT, "{break_it}: {v}");
        assert!(
            v.to_string().contains("not here at the same revision"),
            "{v}"
        );
        let (_, row) = s
            .call(
                Method::GET,
                &format!("/v1/workspaces/{ws}/transactions/{x}"),
                Some(&token),
                None,
            )
            .await;
        assert_eq!(row["deleted_at"], Value::Null, "{break_it}: x was deleted");
        set(mend).await;
    }
    // One side last written ahead of this clock (a device whose clock runs fast): the
    // pair's tombstones come after it, both at one instant, so the delete wins the merge.
    set(format!(
        "UPDATE {table} SET updated_at = now() + interval '1 hour' WHERE id = '{y}'"
    ))
    .await;
    let (st, v) = s.call(Method::DELETE, &delete, Some(&token), None).await;
    assert_eq!(st, StatusCode::OK, "mended, the pair is whole again: {v}");
    let (after, one_instant): (bool, bool) = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT bool_and(updated_at > now() + interval '59 minutes' AND deleted_at = updated_at),
                count(DISTINCT updated_at) = 1
         FROM {table} WHERE id IN ('{x}', '{y}')"
    )))
    .fetch_one(&s.pool)
    .await
    .unwrap();
    assert!(after, "a tombstone is older than the side it deletes");
    assert!(one_instant, "the two tombstones differ");
}

/// Every kind has the one search index its declaration makes; one left from an older
/// declaration is dropped and the current one made again, as often as the server starts.
#[tokio::test]
async fn each_kind_has_its_search_index_and_a_stale_one_is_replaced() {
    let s = TestServer::start().await;
    let names = || {
        let pool = s.pool.clone();
        async move {
            sqlx::query_scalar::<_, String>(
                "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() AND indexname LIKE '%\\_search\\_%' ORDER BY 1",
            )
            .fetch_all(&pool)
            .await
            .unwrap()
        }
    };
    let before = names().await;
    assert_eq!(
        before.len(),
        lifeos_core::EntityKind::ALL.len(),
        "{before:?}"
    );
    for k in lifeos_core::EntityKind::ALL {
        let prefix = format!("{}_search_", k.name());
        assert!(
            before.iter().any(|n| n.starts_with(&prefix)),
            "{prefix}: {before:?}"
        );
    }
    let note = before
        .iter()
        .find(|n| n.starts_with("note_search_"))
        .unwrap();
    sqlx::query(sqlx::AssertSqlSafe(format!("DROP INDEX \"{note}\"")))
        .execute(&s.pool)
        .await
        .unwrap();
    sqlx::query("CREATE INDEX \"note_search_000000000000\" ON note (id)")
        .execute(&s.pool)
        .await
        .unwrap();
    lifeos_server::repo::search::ensure_indexes(&s.pool)
        .await
        .unwrap();
    lifeos_server::repo::search::ensure_indexes(&s.pool)
        .await
        .unwrap();
    assert_eq!(names().await, before);
}
