//! The change log: one row per mutation, in the same transaction, with a gap-free,
//! commit-ordered sequence per workspace.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use reqwest::{Method, StatusCode};
use serde_json::json;

use crate::TestServer;

async fn seqs(s: &TestServer, ws: &str) -> Vec<i64> {
    sqlx::query_scalar("SELECT seq FROM sync_log WHERE workspace_id = $1 ORDER BY seq")
        .bind(ws)
        .fetch_all(&s.pool)
        .await
        .unwrap()
}

#[tokio::test]
async fn every_mutation_appends_exactly_one_log_row_and_failures_append_none() {
    let s = TestServer::start().await;
    let (t, ws) = s.user("ada@example.org").await;
    let base = format!("/v1/workspaces/{ws}/notes");
    let (_, row) = s
        .call(Method::POST, &base, Some(&t), Some(json!({"title": "a"})))
        .await;
    let item = format!("{base}/{}", row["id"].as_str().unwrap());
    s.call(
        Method::PATCH,
        &item,
        Some(&t),
        Some(json!({"version": 1, "pinned": true})),
    )
    .await;
    // No-op, stale, invalid, duplicate: none is a mutation.
    assert_eq!(
        s.call(
            Method::PATCH,
            &item,
            Some(&t),
            Some(json!({"version": 2, "pinned": true}))
        )
        .await
        .1["version"],
        2
    );
    assert_eq!(
        s.call(
            Method::PATCH,
            &item,
            Some(&t),
            Some(json!({"version": 1, "pinned": false}))
        )
        .await
        .0,
        StatusCode::CONFLICT
    );
    assert_eq!(
        s.call(
            Method::PATCH,
            &item,
            Some(&t),
            Some(json!({"version": 2, "title": ""}))
        )
        .await
        .0,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(
        s.call(
            Method::POST,
            &base,
            Some(&t),
            Some(json!({"id": row["id"], "title": "dup"}))
        )
        .await
        .0,
        StatusCode::CONFLICT
    );
    assert_eq!(
        s.call(
            Method::POST,
            &base,
            Some(&t),
            Some(json!({"title": "x", "colour": "red"}))
        )
        .await
        .0,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    s.call(Method::DELETE, &item, Some(&t), None).await;
    assert_eq!(seqs(&s, &ws).await, [1, 2, 3]);

    let log: Vec<(i64, String, i64, serde_json::Value)> = sqlx::query_as(
        "SELECT seq, entity, version, payload FROM sync_log WHERE workspace_id = $1 ORDER BY seq",
    )
    .bind(&ws)
    .fetch_all(&s.pool)
    .await
    .unwrap();
    assert!(log.iter().all(|l| l.1 == "note"));
    assert_eq!(log.iter().map(|l| l.2).collect::<Vec<_>>(), [1, 2, 3]);
    assert!(
        log[2].3["deleted_at"].is_string(),
        "the tombstone is logged like any row"
    );
    let rows: i64 = sqlx::query_scalar("SELECT count(*) FROM note")
        .fetch_one(&s.pool)
        .await
        .unwrap();
    assert_eq!(rows, 1, "failed creates left no row");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_reader_following_the_cursor_under_concurrent_writes_misses_nothing() {
    let s = Arc::new(TestServer::start().await);
    let (t, ws) = s.user("ada@example.org").await;
    let writers = 8;
    let per_writer = 25;
    let done = Arc::new(AtomicBool::new(false));

    // The reader does what a sync client does: read everything past its cursor, move
    // the cursor to the largest seq seen, repeat.
    let reader = {
        let (s, ws, done) = (s.clone(), ws.clone(), done.clone());
        tokio::spawn(async move {
            let mut cursor = 0i64;
            let mut seen = Vec::new();
            loop {
                let finished = done.load(Ordering::SeqCst);
                let page: Vec<i64> = sqlx::query_scalar(
                    "SELECT seq FROM sync_log WHERE workspace_id = $1 AND seq > $2 ORDER BY seq",
                )
                .bind(&ws)
                .bind(cursor)
                .fetch_all(&s.pool)
                .await
                .unwrap();
                if let Some(&last) = page.last() {
                    cursor = last;
                }
                seen.extend(page);
                if finished {
                    return seen;
                }
                tokio::task::yield_now().await;
            }
        })
    };
    let mut handles = Vec::new();
    for w in 0..writers {
        let (s, t, ws) = (s.clone(), t.clone(), ws.clone());
        handles.push(tokio::spawn(async move {
            for i in 0..per_writer {
                let (st, v) = s
                    .call(
                        Method::POST,
                        &format!("/v1/workspaces/{ws}/tasks"),
                        Some(&t),
                        Some(json!({"title": format!("w{w} #{i}")})),
                    )
                    .await;
                assert_eq!(st, StatusCode::CREATED, "{v}");
            }
        }));
    }
    for h in handles {
        h.await.unwrap();
    }
    done.store(true, Ordering::SeqCst);
    let seen = reader.await.unwrap();
    let n = (writers * per_writer) as i64;
    assert_eq!(
        seen,
        (1..=n).collect::<Vec<_>>(),
        "the reader skipped or repeated sequence numbers"
    );
}

/// The interleaving a lock-free counter gets wrong, forced rather than hoped for: writer A
/// takes its sequence number and holds its transaction open; writer B (a real request)
/// starts after. While A is open, no reader may see B's number — it would then move its
/// cursor past A's, which appears later and is never read. The counter's row lock makes B
/// wait for A's commit; a sequence or a read-then-insert counter fails here every run.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_later_writer_is_never_visible_before_an_earlier_open_one() {
    use lifeos_core::model::Note;
    use lifeos_core::record::Record;
    use lifeos_core::{Id, Kernel, Row};

    let s = Arc::new(TestServer::start().await);
    let (t, ws) = s.user("ada@example.org").await;
    let tasks = format!("/v1/workspaces/{ws}/tasks");
    for i in 0..3 {
        let (st, v) = s
            .call(
                Method::POST,
                &tasks,
                Some(&t),
                Some(json!({"title": format!("before {i}")})),
            )
            .await;
        assert_eq!(st, StatusCode::CREATED, "{v}");
    }
    assert_eq!(seqs(&s, &ws).await, [1, 2, 3]);

    let held = Record::from_row(&Row {
        kernel: Kernel::new_now(),
        fields: Note::new("held open"),
    })
    .unwrap();
    let workspace: Id = ws.parse().unwrap();
    let mut a = s.pool.begin().await.unwrap();
    lifeos_server::sync::append_log(&mut a, workspace, &[held])
        .await
        .unwrap();

    let b = {
        let (s, t, tasks) = (s.clone(), t.clone(), tasks.clone());
        tokio::spawn(async move {
            s.call(
                Method::POST,
                &tasks,
                Some(&t),
                Some(json!({"title": "after"})),
            )
            .await
        })
    };
    // Give B every chance to commit ahead of A.
    tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
    assert_eq!(
        seqs(&s, &ws).await,
        [1, 2, 3],
        "a later write became visible while an earlier sequence number was uncommitted"
    );
    assert!(
        !b.is_finished(),
        "the later writer did not wait for the earlier one"
    );

    a.commit().await.unwrap();
    let (st, v) = b.await.unwrap();
    assert_eq!(st, StatusCode::CREATED, "{v}");
    assert_eq!(seqs(&s, &ws).await, [1, 2, 3, 4, 5]);
}
