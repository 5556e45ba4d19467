//! `/metrics` on its own listener (`LIFEOS_METRICS_LISTEN`), scraped from the real binary
//! and read by Prometheus's own Python parser (`prometheus_client`, installed by
//! `scripts/test.sh`), then checked against the requests this test made.

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::{PASSWORD, fresh_database};

const BIN: &str = env!("CARGO_BIN_EXE_lifeos-server");

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

async fn wait_up(url: &str) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while reqwest::get(url).await.is_err() {
        assert!(Instant::now() < deadline, "{url} did not come up");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// The families parsed by prometheus_client, as JSON.
fn parse(text: &str) -> Vec<Value> {
    let python = std::env::var("LIFEOS_PYTHON").unwrap_or_else(|_| "python3".into());
    let script = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/it/support/prom_parse.py"
    );
    let mut child = Command::new(&python)
        .arg(script)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run {python} ({e}): ./scripts/test.sh installs prometheus_client in target/py and sets LIFEOS_PYTHON"));
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(text.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "the Prometheus parser refused the scrape: {}\n{text}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn sample(families: &[Value], name: &str, labels: &[(&str, &str)]) -> Option<f64> {
    families
        .iter()
        .flat_map(|f| f["samples"].as_array().unwrap())
        .find(|s| {
            s["name"] == name
                && labels
                    .iter()
                    .all(|(k, v)| s["labels"][*k].as_str() == Some(*v))
        })
        .map(|s| s["value"].as_f64().unwrap())
}

fn family<'a>(families: &'a [Value], name: &str) -> &'a Value {
    families
        .iter()
        .find(|f| f["name"] == name)
        .unwrap_or_else(|| panic!("no family {name}"))
}

#[tokio::test]
async fn metrics_are_served_on_their_own_listener_and_parse() {
    lifeos_core::client::install_crypto();
    let (_pool, url) = fresh_database().await;
    let (port, mport) = (free_port(), free_port());
    let _srv = Server(
        Command::new(BIN)
            .env_clear()
            .env("DATABASE_URL", &url)
            .env("LIFEOS_LISTEN", format!("127.0.0.1:{port}"))
            .env("LIFEOS_METRICS_LISTEN", format!("127.0.0.1:{mport}"))
            .env("LIFEOS_SIGNUP_ALLOWLIST", "ada@example.org")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    let base = format!("http://127.0.0.1:{port}");
    wait_up(&format!("{base}/healthz")).await;
    wait_up(&format!("http://127.0.0.1:{mport}/metrics")).await;
    let http = reqwest::Client::new();
    let creds = json!({"email": "ada@example.org", "password": PASSWORD});
    let s = http
        .post(format!("{base}/v1/auth/signup"))
        .json(&creds)
        .send()
        .await
        .unwrap();
    assert_eq!(s.status(), 201);
    let session: Value = http
        .post(format!("{base}/v1/auth/login"))
        .json(&creds)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let token = session["token"].as_str().unwrap();
    let me: Value = http
        .get(format!("{base}/v1/me"))
        .bearer_auth(token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let ws = me["workspaces"][0]["id"].as_str().unwrap();
    // Three notes through the API, then a pull of the log.
    for i in 0..3 {
        let r = http
            .post(format!("{base}/v1/workspaces/{ws}/notes"))
            .bearer_auth(token)
            .json(&json!({"title": format!("n{i}")}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 201, "{}", r.text().await.unwrap());
    }
    let pulled: Value = http
        .get(format!("{base}/v1/workspaces/{ws}/sync/pull?cursor=1"))
        .bearer_auth(token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(pulled["changes"].as_array().unwrap().len(), 2);
    // An unknown path counts as `unmatched`, never under its raw path (under /v1, where the
    // web app's fallback never answers, it is a 404).
    let r = http
        .get(format!("{base}/v1/no/such/thing"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 404);
    // /metrics is not on the public listener: there it is at most the web app's page.
    let r = http.get(format!("{base}/metrics")).send().await.unwrap();
    let public_metrics_404 = r.status() == 404;
    let body = r.text().await.unwrap();
    assert!(!body.contains("lifeos_http_requests_total"), "{body}");

    let res = http
        .get(format!("http://127.0.0.1:{mport}/metrics"))
        .send()
        .await
        .unwrap();
    assert!(
        res.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/plain; version=0.0.4")
    );
    let text = res.text().await.unwrap();
    let f = parse(&text);

    let req = |route: &str, method: &str, status: &str| {
        sample(
            &f,
            "lifeos_http_requests_total",
            &[("route", route), ("method", method), ("status", status)],
        )
    };
    assert_eq!(req("/v1/auth/signup", "POST", "201"), Some(1.0), "{text}");
    assert_eq!(req("/v1/auth/login", "POST", "200"), Some(1.0));
    assert_eq!(
        req("/v1/workspaces/{workspace_id}/notes", "POST", "201"),
        Some(3.0),
        "{text}"
    );
    assert_eq!(
        req("/v1/workspaces/{workspace_id}/sync/pull", "GET", "200"),
        Some(1.0)
    );
    // /v1/no/such/thing, and /metrics on the public listener unless the web app answered it.
    let expected = if public_metrics_404 { 2.0 } else { 1.0 };
    assert_eq!(req("unmatched", "GET", "404"), Some(expected), "{text}");
    assert!(!text.contains("/no/such/thing"));
    assert_eq!(
        family(&f, "lifeos_http_requests").get("type").unwrap(),
        "counter"
    );

    // The histogram: buckets never decrease, +Inf equals the count.
    let h = family(&f, "lifeos_http_request_duration_seconds");
    assert_eq!(h["type"], "histogram");
    let route = "/v1/workspaces/{workspace_id}/notes";
    let mut buckets: Vec<(f64, f64)> = h["samples"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| {
            s["name"] == "lifeos_http_request_duration_seconds_bucket"
                && s["labels"]["route"] == route
        })
        .map(|s| {
            let le = s["labels"]["le"].as_str().unwrap();
            let le = if le == "+Inf" {
                f64::INFINITY
            } else {
                le.parse().unwrap()
            };
            (le, s["value"].as_f64().unwrap())
        })
        .collect();
    buckets.sort_by(|a, b| a.0.total_cmp(&b.0));
    assert!(buckets.windows(2).all(|w| w[0].1 <= w[1].1), "{buckets:?}");
    assert_eq!(buckets.last().unwrap(), &(f64::INFINITY, 3.0));
    assert_eq!(
        sample(
            &f,
            "lifeos_http_request_duration_seconds_count",
            &[("route", route)]
        ),
        Some(3.0)
    );
    assert!(
        sample(
            &f,
            "lifeos_http_request_duration_seconds_sum",
            &[("route", route)]
        )
        .unwrap()
            > 0.0
    );

    assert_eq!(sample(&f, "lifeos_sync_pull_rows_total", &[]), Some(2.0));
    assert_eq!(
        sample(&f, "lifeos_sync_push_rows_total", &[("outcome", "applied")]),
        Some(0.0)
    );
    assert_eq!(sample(&f, "lifeos_workspaces", &[]), Some(1.0));
    assert_eq!(
        sample(&f, "lifeos_change_log_head", &[("workspace", ws)]),
        Some(3.0)
    );
    assert_eq!(
        sample(&f, "lifeos_db_pool_max_connections", &[]),
        Some(16.0)
    );
    assert!(sample(&f, "lifeos_db_pool_connections", &[("state", "idle")]).is_some());
    let commit = sample(
        &f,
        "lifeos_build_info",
        &[("version", env!("CARGO_PKG_VERSION"))],
    );
    assert_eq!(commit, Some(1.0));
}

#[test]
fn version_names_the_git_commit() {
    let out = Command::new(BIN).arg("--version").output().unwrap();
    let v = String::from_utf8_lossy(&out.stdout);
    let expect = Command::new("git")
        .args(["rev-parse", "--short=12", "HEAD"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    let commit = String::from_utf8_lossy(&expect.stdout).trim().to_owned();
    assert!(!commit.is_empty(), "the test runs in a git checkout");
    assert_eq!(
        v.trim(),
        format!("lifeos-server {} ({commit})", env!("CARGO_PKG_VERSION"))
    );
}
