//! A push as the server takes it (`POST …/sync/push`): the JSON body into a
//! `PushRequest` (every row parsed and validated), then what the server decides without
//! its database (`lifeos_server::sync::decide_offline`): first into an empty workspace,
//! then again into the workspace that left.

#![no_main]

use std::collections::BTreeMap;

use libfuzzer_sys::fuzz_target;
use lifeos_core::Timestamp;
use lifeos_core::record::Record;
use lifeos_core::sync::{MAX_PUSH_BATCH, PushRequest, PushResponse};
use lifeos_server::sync::decide_offline;

/// The answers match the changes, and every row answered reads back as itself (the
/// client parses and validates them).
fn check(req: &PushRequest, res: &PushResponse) {
    assert_eq!(res.results.len(), req.changes.len());
    for (c, r) in req.changes.iter().zip(&res.results) {
        assert_eq!(c.mutation, r.mutation);
        assert_eq!(c.row.kind, r.row.kind);
        let line = r.row.to_line();
        match Record::parse_line(&line) {
            Ok(back) => assert_eq!(back, r.row),
            Err(e) => panic!("the server answered a row the client refuses: {line}: {e}"),
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(req) = serde_json::from_slice::<PushRequest>(data) else {
        return;
    };
    let Ok(now) = Timestamp::parse("2026-11-30T08:00:00.000Z") else {
        return;
    };
    let well_formed = (1..=64).contains(&req.device_id.len())
        && req
            .device_id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        && req.changes.len() <= MAX_PUSH_BATCH
        && req.changes.iter().all(|c| c.mutation >= 1);
    let first = match decide_offline(req.clone(), &[], now) {
        Ok(res) => {
            assert!(well_formed);
            res
        }
        Err(e) => {
            // Refused only for the request's shape: a parsed row always decides.
            assert!(!well_formed, "{e:?}");
            assert_eq!(e.status_code().as_u16(), 422, "{e:?}");
            return;
        }
    };
    check(&req, &first);
    // The same batch again, against the rows the first one left.
    let mut left: BTreeMap<(String, String), Record> = BTreeMap::new();
    for r in &first.results {
        left.insert(
            (r.row.kind.name().to_owned(), r.row.kernel.id.to_string()),
            r.row.clone(),
        );
    }
    let current: Vec<Record> = left.into_values().collect();
    match decide_offline(req.clone(), &current, now) {
        Ok(second) => check(&req, &second),
        Err(e) => panic!("the second push was refused: {e:?}"),
    }
});
