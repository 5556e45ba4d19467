//! Scale-out: two `lifeos-server` processes on one Postgres behind a real load balancer
//! (Debian's nginx, round-robin, on loopback) behave as one server. A session made on one
//! process works on the other; replicas syncing concurrently through the balancer
//! converge with a gap-free change log; each process's list cache stays exact while the
//! other one writes; an event stream open on one process hears a write made through the
//! other (Postgres `LISTEN/NOTIFY`), well before its fallback poll would.

use std::collections::BTreeSet;
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use lifeos_core::Id;
use lifeos_core::client::{self, HttpRemote, SyncOptions};
use lifeos_core::key::DbKey;
use lifeos_core::model::Task;
use lifeos_core::store::Store;
use serde_json::{Value, json};

use crate::{PASSWORD, fresh_database};

const BIN: &str = env!("CARGO_BIN_EXE_lifeos-server");

struct Killed(Child);

impl Drop for Killed {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn wait_up(port: u16) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "port {port} did not open");
        std::thread::sleep(Duration::from_millis(30));
    }
}

fn nginx(dir: &std::path::Path, listen: u16, upstreams: &[u16]) -> Killed {
    let servers: String = upstreams
        .iter()
        .map(|p| format!("server 127.0.0.1:{p};"))
        .collect();
    let d = dir.display();
    let conf = format!(
        "worker_processes 1; daemon off; pid {d}/nginx.pid; error_log {d}/error.log;
events {{ worker_connections 512; }}
http {{
  access_log off;
  client_body_temp_path {d}/body; proxy_temp_path {d}/proxy; fastcgi_temp_path {d}/fcgi;
  uwsgi_temp_path {d}/uwsgi; scgi_temp_path {d}/scgi;
  upstream lifeos {{ {servers} }}
  server {{
    listen 127.0.0.1:{listen};
    client_max_body_size 64m;
    location / {{
      proxy_pass http://lifeos;
      proxy_set_header X-Forwarded-Proto http;
      add_header X-Upstream $upstream_addr always;
    }}
  }}
}}
"
    );
    let path = dir.join("nginx.conf");
    std::fs::write(&path, conf).unwrap();
    let bin = ["/usr/sbin/nginx", "nginx"]
        .into_iter()
        .find(|b| Command::new(b).arg("-v").output().is_ok())
        .expect("nginx is missing: ./scripts/test.sh installs it (apt-get install nginx-light)");
    let child = Command::new(bin)
        .arg("-c")
        .arg(&path)
        .arg("-p")
        .arg(dir)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    wait_up(listen);
    Killed(child)
}

#[test]
fn two_processes_behind_nginx_behave_as_one_server() {
    lifeos_core::client::install_crypto();
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let (pool, url) = rt.block_on(fresh_database());
    let ports = [free_port(), free_port()];
    let _servers: Vec<Killed> = ports
        .iter()
        .map(|p| {
            Killed(
                Command::new(BIN)
                    .env_clear()
                    .env("DATABASE_URL", &url)
                    .env("LIFEOS_LISTEN", format!("127.0.0.1:{p}"))
                    .env("LIFEOS_SIGNUP_ALLOWLIST", "ada@example.org")
                    .env("LIFEOS_DB_POOL", "8")
                    .stdout(Stdio::null())
                    .stderr(Stdio::null())
                    .spawn()
                    .unwrap(),
            )
        })
        .collect();
    for p in ports {
        wait_up(p);
    }
    let dir = tempfile::tempdir().unwrap();
    let lb = free_port();
    let _nginx = nginx(dir.path(), lb, &ports);
    let base = format!("http://127.0.0.1:{lb}");
    let http = reqwest::blocking::Client::new();
    let upstream =
        |r: &reqwest::blocking::Response| r.headers()["x-upstream"].to_str().unwrap().to_owned();

    // Sign-up and login through the balancer; the token works on both processes.
    let creds = json!({"email": "ada@example.org", "password": PASSWORD});
    let r = http
        .post(format!("{base}/v1/auth/signup"))
        .json(&creds)
        .send()
        .unwrap();
    assert_eq!(r.status(), 201);
    let r = http
        .post(format!("{base}/v1/auth/login"))
        .json(&creds)
        .send()
        .unwrap();
    let signed_in_on = upstream(&r);
    let token = r.json::<Value>().unwrap()["token"]
        .as_str()
        .unwrap()
        .to_owned();
    let mut seen = BTreeSet::new();
    let mut ws = String::new();
    for _ in 0..4 {
        let r = http
            .get(format!("{base}/v1/me"))
            .bearer_auth(&token)
            .send()
            .unwrap();
        seen.insert(upstream(&r));
        assert_eq!(r.status(), 200);
        ws = r.json::<Value>().unwrap()["workspaces"][0]["id"]
            .as_str()
            .unwrap()
            .to_owned();
    }
    assert_eq!(
        seen.len(),
        2,
        "round-robin reached both processes: {seen:?}"
    );
    assert!(seen.contains(&signed_in_on));
    let ws: Id = ws.parse().unwrap();

    // Sync torture: replicas editing and syncing at once, their requests spread over both
    // processes by the balancer.
    let opts = SyncOptions {
        push_batch: 4,
        pull_page: 6,
    };
    let remote = || HttpRemote::new(&base).unwrap().authorized(&token, ws);
    let replicas: Vec<(tempfile::TempDir, Store)> = (0..4)
        .map(|_| {
            let d = tempfile::tempdir().unwrap();
            let s = Store::open(&d.path().join("lifeos.db"), &DbKey::random().unwrap()).unwrap();
            s.bind_workspace(&ws.to_string()).unwrap();
            (d, s)
        })
        .collect();
    let replicas: Vec<(tempfile::TempDir, Store)> = std::thread::scope(|scope| {
        let handles: Vec<_> = replicas
            .into_iter()
            .enumerate()
            .map(|(i, (d, mut s))| {
                let remote = remote();
                scope.spawn(move || {
                    for round in 0..4 {
                        let mut ids = Vec::new();
                        for k in 0..6 {
                            ids.push(
                                s.create(Task::new(format!("r{i} round {round} #{k}")))
                                    .unwrap()
                                    .kernel
                                    .id,
                            );
                        }
                        s.update::<Task>(ids[0], None, |t, _| {
                            t.title = format!("edited by {i}");
                            Ok(())
                        })
                        .unwrap();
                        client::sync(&mut s, &remote, opts, &mut |_| {}).unwrap();
                    }
                    (d, s)
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let mut replicas = replicas;
    for (_, s) in &mut replicas {
        client::sync(s, &remote(), opts, &mut |_| {}).unwrap();
    }
    let reference = replicas[0].1.records().unwrap();
    assert_eq!(reference.len(), 4 * 4 * 6);
    for (i, (_, s)) in replicas.iter().enumerate() {
        assert_eq!(s.records().unwrap(), reference, "replica {i} differs");
        assert_eq!(s.outbox_len().unwrap(), 0);
    }
    // Gap-free: the workspace's log is exactly 1..=head.
    let (min, max, count, head): (i64, i64, i64, i64) = rt
        .block_on(
            sqlx::query_as(
                "SELECT min(seq), max(seq), count(*), (SELECT last_seq FROM workspaces WHERE id = $1)
                 FROM sync_log WHERE workspace_id = $1",
            )
            .bind(ws.to_string())
            .fetch_one(&pool),
        )
        .unwrap();
    assert_eq!(
        (min, max, count),
        (1, head, head),
        "the change log has gaps"
    );

    // Each process's list cache stays exact while the other writes.
    let notes = format!("{base}/v1/workspaces/{ws}/notes");
    let mut titles = BTreeSet::new();
    let mut writers = BTreeSet::new();
    let mut readers = BTreeSet::new();
    for i in 0..8 {
        let r = http.get(&notes).bearer_auth(&token).send().unwrap();
        readers.insert(upstream(&r));
        let r = http
            .post(&notes)
            .bearer_auth(&token)
            .json(&json!({"title": format!("note {i}")}))
            .send()
            .unwrap();
        assert_eq!(r.status(), 201);
        writers.insert(upstream(&r));
        titles.insert(format!("note {i}"));
        let r = http.get(&notes).bearer_auth(&token).send().unwrap();
        readers.insert(upstream(&r));
        let page: Value = r.json().unwrap();
        let listed: BTreeSet<String> = page["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| n["title"].as_str().unwrap().to_owned())
            .collect();
        assert_eq!(listed, titles, "a stale list after write {i}");
    }
    assert_eq!(writers.len(), 2);
    assert_eq!(readers.len(), 2);

    // Live updates cross the processes: a stream on the first hears a write made on the
    // second. The whole exchange must end before the stream's fallback poll could have
    // told it, so only the notification can have carried it.
    let limit = lifeos_server::changes::FALLBACK / 2;
    let sse = reqwest::blocking::Client::builder()
        .timeout(limit)
        .build()
        .unwrap();
    let started = Instant::now();
    let stream = sse
        .get(format!(
            "http://127.0.0.1:{}/v1/workspaces/{ws}/events",
            ports[0]
        ))
        .bearer_auth(&token)
        .send()
        .unwrap();
    assert_eq!(stream.status(), 200);
    let mut positions = BufReader::new(stream).lines().filter_map(|l| {
        l.expect("the stream ended or timed out before the event")
            .strip_prefix("data:")
            .map(|d| d.trim().parse::<i64>().unwrap())
    });
    let before = positions.next().unwrap();
    let r = http
        .post(format!(
            "http://127.0.0.1:{}/v1/workspaces/{ws}/notes",
            ports[1]
        ))
        .bearer_auth(&token)
        .json(&json!({"title": "written on the other process"}))
        .send()
        .unwrap();
    assert_eq!(r.status(), 201);
    let after = positions.next().unwrap();
    assert_eq!(after, before + 1, "the stream names the new position");
    assert!(started.elapsed() < limit);
}
