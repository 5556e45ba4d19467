//! The OpenAPI document: valid 3.1, served, committed, and checked by an external
//! validator.

use std::path::PathBuf;

use crate::TestServer;

fn committed() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("openapi.json")
}

#[test]
fn the_committed_snapshot_matches_the_code() {
    let doc = lifeos_server::openapi().to_pretty_json().unwrap() + "\n";
    if std::env::var_os("LIFEOS_BLESS").is_some() {
        std::fs::write(committed(), &doc).unwrap();
    }
    let snapshot = std::fs::read_to_string(committed()).unwrap_or_default();
    assert!(
        snapshot == doc,
        "sync-server/openapi.json is stale: review the API change, then run `LIFEOS_BLESS=1 cargo test -p lifeos-server openapi` and commit it"
    );
    let v: serde_json::Value = serde_json::from_str(&doc).unwrap();
    assert_eq!(v["openapi"], "3.1.0");
}

#[test]
fn an_external_validator_accepts_the_document() {
    let validator = std::env::var("LIFEOS_OPENAPI_VALIDATOR")
        .unwrap_or_else(|_| "openapi-spec-validator".into());
    let out = std::process::Command::new(&validator).arg(committed()).output().unwrap_or_else(|e| {
        panic!("cannot run {validator} ({e}): ./scripts/test.sh installs it (pip install openapi-spec-validator)")
    });
    assert!(
        out.status.success(),
        "{validator} rejected the document: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[tokio::test]
async fn the_server_serves_the_same_document() {
    let s = TestServer::start().await;
    let served: serde_json::Value = s
        .http
        .get(s.url("/openapi.json"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(
        served,
        serde_json::to_value(lifeos_server::openapi()).unwrap()
    );
}
