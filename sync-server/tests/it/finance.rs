//! Finance over sync: a transfer's two sides reach a second replica together, edits and
//! deletions of a transfer stay whole, a replica holding only one side counts neither,
//! and the server refuses a lone side (but takes a change to one side alone once the other
//! is stored at the same revision). Real server, real Postgres, real replicas.

use lifeos_core::client::{self, SyncOptions};
use lifeos_core::finance;
use lifeos_core::model::{Account, AccountKind, Budget, Transaction};
use lifeos_core::money::Currency;
use lifeos_core::record::Record;
use lifeos_core::store::ListQuery;
use lifeos_core::sync::{PushChange, PushRequest};
use lifeos_core::{Id, LocalDate, Row};
use reqwest::{Method, StatusCode};
use serde_json::json;

use crate::sync::{BgServer, Replica};

fn eur() -> Currency {
    Currency::from_code("EUR").unwrap()
}

fn day(s: &str) -> LocalDate {
    LocalDate::parse(s).unwrap()
}

fn add_account(r: &mut Replica, name: &str, opening: i64) -> Id {
    r.store
        .create(Account {
            name: name.into(),
            kind: AccountKind::Checking,
            currency_code: eur(),
            opening_balance_minor: opening,
            opening_date: day("2026-01-01"),
            archived: false,
        })
        .unwrap()
        .kernel
        .id
}

fn transfer(r: &mut Replica, from: Id, to: Id, minor: i64) -> (Id, Id) {
    let t = |a: Id, m: i64| Transaction::new(a, day("2026-12-05"), m, eur());
    let (x, y) = r
        .store
        .batch(|b| b.create_transfer(t(from, -minor), t(to, minor)))
        .unwrap();
    (x.kernel.id, y.kernel.id)
}

fn txs(r: &Replica) -> Vec<Row<Transaction>> {
    r.store
        .list::<Transaction>(&ListQuery {
            include_deleted: true,
            ..ListQuery::default()
        })
        .unwrap()
}

/// Balances by account id.
fn balances(r: &Replica) -> Vec<(Id, i64)> {
    let accounts = r.store.list::<Account>(&ListQuery::default()).unwrap();
    let mut b: Vec<(Id, i64)> = finance::balances(&accounts, &txs(r), None)
        .unwrap()
        .into_iter()
        .map(|b| (b.account_id, b.balance_minor))
        .collect();
    b.sort();
    b
}

fn sync_with(r: &mut Replica, opts: SyncOptions) -> client::SyncSummary {
    client::sync(&mut r.store, &r.remote, opts, &mut |_| {}).unwrap()
}

#[test]
fn a_transfer_reaches_a_second_replica_whole_and_edits_and_deletes_as_one() {
    let bg = BgServer::start();
    let (token, ws) = bg.account("ada@example.org");
    let mut a = Replica::new(&bg, &token, ws);
    let mut b = Replica::new(&bg, &token, ws);
    let checking = add_account(&mut a, "Checking", 100_000);
    let savings = add_account(&mut a, "Savings", 0);
    // Push batches of one row: the pair still travels in one batch (the server refuses
    // a lone side, so a split would fail this sync).
    let tiny = SyncOptions {
        push_batch: 1,
        pull_page: 5,
    };
    let (x, _y) = transfer(&mut a, checking, savings, 25_000);
    sync_with(&mut a, tiny);
    b.sync();
    assert_eq!(b.records(), a.records());
    assert_eq!(balances(&b), {
        let mut v = vec![(checking, 75_000), (savings, 25_000)];
        v.sort();
        v
    });

    // Edit on B: both sides change, with one new revision; A sees both.
    b.store
        .batch(|bt| {
            bt.update_transfer(x, None, |this, other| {
                this.amount_minor = -30_000;
                other.amount_minor = 30_000;
                Ok(())
            })
        })
        .unwrap();
    sync_with(&mut b, tiny);
    a.sync();
    assert_eq!(a.records(), b.records());
    let revs: Vec<Id> = txs(&a)
        .iter()
        .map(|t| t.fields.transfer.unwrap().rev)
        .collect();
    assert_eq!(revs[0], revs[1]);
    assert_eq!(balances(&a), balances(&b));
    assert!(balances(&a).contains(&(savings, 30_000)));

    // Delete on A: both tombstones reach B.
    a.store.batch(|bt| bt.delete_transfer(x, None)).unwrap();
    a.sync();
    b.sync();
    assert_eq!(a.records(), b.records());
    assert!(txs(&b).iter().all(|t| t.kernel.is_deleted()));
    assert!(balances(&b).contains(&(savings, 0)));
    assert_eq!(bg.server_state(&token, ws), a.records());
}

#[test]
fn a_replica_pulling_one_side_at_a_time_never_counts_half_a_transfer() {
    let bg = BgServer::start();
    let (token, ws) = bg.account("ada@example.org");
    let mut a = Replica::new(&bg, &token, ws);
    let mut b = Replica::new(&bg, &token, ws);
    let checking = add_account(&mut a, "Checking", 100_000);
    let savings = add_account(&mut a, "Savings", 0);
    a.sync();
    b.sync();
    let before = balances(&b);
    let (x, _) = transfer(&mut a, checking, savings, 40_000);
    a.sync();
    let after = balances(&a);
    // B pulls one log entry per page, each in its own transaction, and looks at its
    // balances after every page: they are the state before or after, never between.
    let mut cursor = b.store.sync_state().unwrap().cursor;
    let mut pages = 0;
    loop {
        let page = lifeos_core::client::Remote::pull(&b.remote, cursor, 1).unwrap();
        b.store.apply_pull(&page.changes, page.next_cursor).unwrap();
        cursor = page.next_cursor;
        pages += 1;
        let now = balances(&b);
        assert!(
            now == before || now == after,
            "half a transfer counted: {now:?}"
        );
        if pages == 1 {
            assert_eq!(now, before, "one side alone is not counted");
        }
        if !page.has_more {
            break;
        }
    }
    assert_eq!(pages, 2);
    assert_eq!(balances(&b), after);

    // The same for an edit of both sides arriving one at a time.
    a.store
        .batch(|bt| {
            bt.update_transfer(x, None, |this, other| {
                this.amount_minor = -1_000;
                other.amount_minor = 1_000;
                Ok(())
            })
        })
        .unwrap();
    a.sync();
    let edited = balances(&a);
    let page = lifeos_core::client::Remote::pull(&b.remote, cursor, 1).unwrap();
    b.store.apply_pull(&page.changes, page.next_cursor).unwrap();
    // One side at the new revision, one at the old: neither counts.
    let mid = balances(&b);
    let mut opening_only = vec![(checking, 100_000), (savings, 0)];
    opening_only.sort();
    assert_eq!(mid, opening_only, "a pair at two revisions is not counted");
    b.sync();
    assert_eq!(balances(&b), edited);
}

#[test]
fn concurrent_edits_of_one_transfer_keep_both_sides_from_the_same_edit() {
    let bg = BgServer::start();
    let (token, ws) = bg.account("ada@example.org");
    let mut a = Replica::new(&bg, &token, ws);
    let mut b = Replica::new(&bg, &token, ws);
    let checking = add_account(&mut a, "Checking", 0);
    let savings = add_account(&mut a, "Savings", 0);
    let (x, y) = transfer(&mut a, checking, savings, 100);
    a.sync();
    b.sync();
    for (r, amount) in [(&mut a, 200), (&mut b, 300)] {
        r.store
            .batch(|bt| {
                bt.update_transfer(x, None, |this, other| {
                    this.amount_minor = -amount;
                    other.amount_minor = amount;
                    Ok(())
                })
            })
            .unwrap();
    }
    a.sync();
    b.sync();
    a.sync();
    assert_eq!(a.records(), b.records());
    let (tx, ty) = (
        a.store.get::<Transaction>(x).unwrap(),
        a.store.get::<Transaction>(y).unwrap(),
    );
    assert_eq!(
        tx.fields.transfer.unwrap().rev,
        ty.fields.transfer.unwrap().rev
    );
    assert_eq!(tx.fields.amount_minor, -ty.fields.amount_minor);
}

#[test]
fn the_server_refuses_a_lone_transfer_side() {
    let bg = BgServer::start();
    let (token, ws) = bg.account("ada@example.org");
    let mut a = Replica::new(&bg, &token, ws);
    let checking = add_account(&mut a, "Checking", 0);
    let savings = add_account(&mut a, "Savings", 0);
    a.sync();
    let (x, _) = transfer(&mut a, checking, savings, 100);
    let side: Row<Transaction> = a.store.get(x).unwrap();
    let req = PushRequest {
        device_id: "lone-side-device".into(),
        changes: vec![PushChange {
            mutation: 1,
            row: Record::from_row(&side).unwrap(),
        }],
    };
    let err = lifeos_core::client::Remote::push(&a.remote, &req).unwrap_err();
    assert!(err.to_string().contains("one side of a transfer"), "{err}");
    let before = bg.log_len(ws);

    // The single-row API refuses one side too.
    let (st, v) = bg.rt.block_on(bg.server.call(
        Method::POST,
        &format!("/v1/workspaces/{ws}/transactions"),
        Some(&token),
        Some(serde_json::to_value(&side.fields).unwrap()),
    ));
    assert_eq!(st, StatusCode::UNPROCESSABLE_ENTITY, "{v}");
    assert_eq!(bg.log_len(ws), before, "nothing was written");

    // Once both sides are on the server, a change to one side alone that leaves the pair
    // as it is (its memo) finds the other side stored at the same revision: it is taken.
    a.sync();
    let mut memo: Row<Transaction> = a.store.get(x).unwrap();
    memo.kernel = memo.kernel.bumped(lifeos_core::Timestamp::now());
    memo.fields.memo = "lunch".into();
    let res = lifeos_core::client::Remote::push(
        &a.remote,
        &PushRequest {
            device_id: "lone-side-device".into(),
            changes: vec![PushChange {
                mutation: 2,
                row: Record::from_row(&memo).unwrap(),
            }],
        },
    )
    .unwrap();
    assert_eq!(res.results[0].outcome, lifeos_core::sync::Outcome::Applied);
    let stored: Row<Transaction> = res.results[0].row.to_row().unwrap();
    assert_eq!(stored.fields.memo, "lunch");
    // One side alone at a new revision, the other stored at the old one: refused.
    let mut lone = stored.clone();
    lone.kernel = lone.kernel.bumped(lifeos_core::Timestamp::now());
    lone.fields.transfer.as_mut().unwrap().rev = lifeos_core::Id::generate();
    let before = bg.log_len(ws);
    let err = lifeos_core::client::Remote::push(
        &a.remote,
        &PushRequest {
            device_id: "lone-side-device".into(),
            changes: vec![PushChange {
                mutation: 3,
                row: Record::from_row(&lone).unwrap(),
            }],
        },
    )
    .unwrap_err();
    assert!(err.to_string().contains("one side of a transfer"), "{err}");
    assert_eq!(bg.log_len(ws), before, "half a pair was written");

    // A plain transaction and a budget go through the API like any entity.
    let (st, v) = bg.rt.block_on(bg.server.call(
        Method::POST,
        &format!("/v1/workspaces/{ws}/transactions"),
        Some(&token),
        Some(
            json!({"account_id": checking, "booking_date": "2026-12-01", "amount_minor": -4250,
                    "currency_code": "EUR", "category": "Food:Groceries"}),
        ),
    ));
    assert_eq!(st, StatusCode::CREATED, "{v}");
    let (st, v) = bg.rt.block_on(bg.server.call(
        Method::POST,
        &format!("/v1/workspaces/{ws}/transactions"),
        Some(&token),
        Some(
            json!({"account_id": checking, "booking_date": "2026-12-01", "amount_minor": 1.5,
                    "currency_code": "EUR"}),
        ),
    ));
    assert_eq!(
        st,
        StatusCode::UNPROCESSABLE_ENTITY,
        "a float is not an amount: {v}"
    );
    let (st, v) = bg.rt.block_on(bg.server.call(
        Method::POST,
        &format!("/v1/workspaces/{ws}/transactions"),
        Some(&token),
        Some(
            json!({"account_id": checking, "booking_date": "2026-12-01", "amount_minor": 1,
                    "currency_code": "XYZ"}),
        ),
    ));
    assert_eq!(st, StatusCode::UNPROCESSABLE_ENTITY, "{v}");
}

#[test]
fn two_devices_setting_the_same_budget_offline_end_with_one() {
    let bg = BgServer::start();
    let (token, ws) = bg.account("ada@example.org");
    let mut a = Replica::new(&bg, &token, ws);
    let mut b = Replica::new(&bg, &token, ws);
    for (r, amount) in [(&mut a, 40_000), (&mut b, 50_000)] {
        r.store
            .create(Budget {
                category: "Food".into(),
                month: "2026-12".parse().unwrap(),
                amount_minor: amount,
                currency_code: eur(),
            })
            .unwrap();
    }
    a.sync();
    b.sync();
    a.sync();
    assert_eq!(a.records(), b.records());
    let live = a.store.list::<Budget>(&ListQuery::default()).unwrap();
    assert_eq!(live.len(), 1, "{live:?}");
}

#[test]
fn the_api_lists_transactions_and_budgets_by_the_cli_filters() {
    let bg = BgServer::start();
    let (token, ws) = bg.account("ada@example.org");
    let a = Id::generate().to_string();
    let b = Id::generate().to_string();
    let call = |method: Method, path: String, body: Option<serde_json::Value>| {
        bg.rt
            .block_on(bg.server.call(method, &path, Some(&token), body))
    };
    for (acc, date, cat) in [
        (&a, "2026-11-30", "Food:Groceries"),
        (&a, "2026-12-01", "Food"),
        (&b, "2026-12-02", "Foodstuff"),
        (&a, "2026-12-31", "Rent"),
    ] {
        let (st, v) = call(
            Method::POST,
            format!("/v1/workspaces/{ws}/transactions"),
            Some(
                json!({"account_id": acc, "booking_date": date, "amount_minor": -100,
                        "currency_code": "EUR", "category": cat}),
            ),
        );
        assert_eq!(st, StatusCode::CREATED, "{v}");
    }
    let (st, v) = call(
        Method::POST,
        format!("/v1/workspaces/{ws}/budgets"),
        Some(
            json!({"category": "Food", "month": "2026-12", "amount_minor": 40000, "currency_code": "EUR"}),
        ),
    );
    assert_eq!(st, StatusCode::CREATED, "{v}");
    let count = |query: &str| {
        let (st, v) = call(Method::GET, format!("/v1/workspaces/{ws}/{query}"), None);
        assert_eq!(st, StatusCode::OK, "{query}: {v}");
        v["items"].as_array().unwrap().len()
    };
    assert_eq!(count("transactions"), 4);
    assert_eq!(count(&format!("transactions?account_id={a}")), 3);
    assert_eq!(count("transactions?category=Food"), 2);
    assert_eq!(count("transactions?from=2026-12-01&to=2026-12-02"), 2);
    assert_eq!(count("budgets?month=2026-12&category=Food"), 1);
    assert_eq!(count("budgets?month=2027-01"), 0);
    for bad in [
        "notes?account_id=01JDQ4C5Z6V2Y7KX3M8N9P0QRS",
        "transactions?month=2026-12",
        "transactions?from=2026-02-30",
        "transactions?category=a;b",
        "budgets?month=26-12",
    ] {
        let (st, v) = call(Method::GET, format!("/v1/workspaces/{ws}/{bad}"), None);
        assert_eq!(st, StatusCode::UNPROCESSABLE_ENTITY, "{bad}: {v}");
    }
}
