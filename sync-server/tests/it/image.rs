//! The container image of `scripts/image.sh`, run with `runc` against the test Postgres:
//! it migrates an empty database at boot, runs as 65534 on a read-only root with the
//! database URL from a mounted secret file, answers `/readyz`, its own health check, a
//! sign-up, a sync between two devices and an attachment's blob stored in its volume
//! (`/data`, where the image's `LIFEOS_BLOB_DIR` points). `./Containerfile` and `compose.yaml` are kept
//! in step with it.
//!
//! The image is the one `scripts/test.sh` built (`LIFEOS_TEST_IMAGE`), else it is built
//! here. Where `runc` cannot run (not root, no runc) the run is skipped, saying so.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use lifeos_core::Id;
use lifeos_core::client::{self, HttpRemote, SyncOptions};
use lifeos_core::key::DbKey;
use lifeos_core::model::Task;
use lifeos_core::store::Store;
use serde_json::{Value, json};

use crate::PASSWORD;

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/..");

/// The image layout (`…/oci`), built once per test run.
fn layout() -> &'static Path {
    static LAYOUT: OnceLock<PathBuf> = OnceLock::new();
    LAYOUT.get_or_init(|| {
        if let Ok(dir) = std::env::var("LIFEOS_TEST_IMAGE") {
            return PathBuf::from(dir);
        }
        let out = Path::new(ROOT).join("target/image");
        let status = Command::new(Path::new(ROOT).join("scripts/image.sh"))
            .arg("--out")
            .arg(&out)
            .status()
            .expect("run scripts/image.sh");
        assert!(status.success(), "scripts/image.sh failed");
        out.join("oci")
    })
}

/// A blob of the layout, parsed.
fn blob(layout: &Path, descriptor: &Value) -> Value {
    let digest = descriptor["digest"].as_str().unwrap();
    let (algo, hex) = digest.split_once(':').unwrap();
    let bytes = std::fs::read(layout.join("blobs").join(algo).join(hex)).unwrap();
    serde_json::from_slice(&bytes).unwrap()
}

/// The image's configuration (`config` of the OCI image config) under tag `latest`.
fn image_config(layout: &Path) -> Value {
    let index: Value =
        serde_json::from_slice(&std::fs::read(layout.join("index.json")).unwrap()).unwrap();
    let desc = index["manifests"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["annotations"]["org.opencontainers.image.ref.name"] == "latest")
        .expect("a `latest` tag");
    let manifest = blob(layout, desc);
    assert_eq!(
        manifest["layers"].as_array().unwrap().len(),
        1,
        "FROM scratch: one layer"
    );
    blob(layout, &manifest["config"])["config"].clone()
}

/// The final stage of `./Containerfile`: instruction → its arguments, in order.
fn containerfile() -> Vec<(String, String)> {
    let text = std::fs::read_to_string(Path::new(ROOT).join("Containerfile")).unwrap();
    let lines: Vec<(String, String)> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| {
            let (op, rest) = l.split_once(' ').unwrap_or((l, ""));
            (op.to_ascii_uppercase(), rest.trim().to_owned())
        })
        .collect();
    let last_from = lines.iter().rposition(|(op, _)| op == "FROM").unwrap();
    lines[last_from..].to_vec()
}

fn one<'a>(file: &'a [(String, String)], op: &str) -> &'a str {
    let found: Vec<&str> = file
        .iter()
        .filter(|(o, _)| o == op)
        .map(|(_, a)| a.as_str())
        .collect();
    assert_eq!(found.len(), 1, "one {op} in the Containerfile's last stage");
    found[0]
}

#[test]
fn the_containerfile_and_compose_file_agree_with_the_settings() {
    let file = containerfile();
    assert_eq!(one(&file, "FROM"), "scratch");
    assert_eq!(one(&file, "USER"), "65534:65534");
    let port = one(&file, "EXPOSE").trim_end_matches("/tcp").to_owned();
    let entrypoint: Vec<String> = serde_json::from_str(one(&file, "ENTRYPOINT")).unwrap();
    let known: Vec<&str> = lifeos_server::settings::env_names().collect();
    for (op, arg) in &file {
        if op == "ENV" {
            let (k, _) = arg.split_once('=').unwrap();
            assert!(
                known.contains(&k) || k == "SSL_CERT_FILE",
                "the Containerfile sets {k}, which the server does not read"
            );
        }
    }

    let compose: serde_yaml_ng::Value = serde_yaml_ng::from_str(
        &std::fs::read_to_string(Path::new(ROOT).join("compose.yaml")).unwrap(),
    )
    .unwrap();
    let server = &compose["services"]["server"];
    assert_eq!(server["user"].as_str(), Some("65534:65534"));
    assert_eq!(server["read_only"].as_bool(), Some(true));
    let env = server["environment"].as_mapping().unwrap();
    for (k, v) in env {
        let k = k.as_str().unwrap();
        assert!(
            known.contains(&k),
            "compose.yaml sets {k}, which the server does not read"
        );
        assert_ne!(k, "DATABASE_URL", "the database URL is a secret file");
        if k == "LIFEOS_LISTEN" {
            assert!(v.as_str().unwrap().ends_with(&format!(":{port}")));
        }
    }
    assert!(
        env.contains_key("DATABASE_URL_FILE"),
        "the URL comes from a secret"
    );
    let published = server["ports"][0].as_str().unwrap();
    assert!(
        published.ends_with(&format!(":{port}")),
        "{published} publishes the image's port {port}"
    );
    let check: Vec<String> =
        serde_yaml_ng::from_value(server["healthcheck"]["test"].clone()).unwrap();
    assert_eq!(check[0], "CMD");
    assert_eq!(check[1..], [entrypoint[0].clone(), "healthcheck".into()]);
}

/// Whether runc can run containers here; says why not.
fn runc_usable() -> Result<(), String> {
    let root = Command::new("id")
        .arg("-u")
        .output()
        .map_err(|e| e.to_string())?;
    if String::from_utf8_lossy(&root.stdout).trim() != "0" {
        return Err("runc needs root here (rootless containers are not set up)".into());
    }
    match Command::new("runc").arg("--version").output() {
        Ok(o) if o.status.success() => Ok(()),
        Ok(o) => Err(format!(
            "runc --version failed: {}",
            String::from_utf8_lossy(&o.stderr)
        )),
        Err(e) => Err(format!("no runc ({e}): apt-get install runc")),
    }
}

#[test]
fn the_image_is_what_the_containerfile_says() {
    if let Err(why) = runc_usable().and_then(|()| {
        Command::new("umoci")
            .arg("--version")
            .output()
            .map(|_| ())
            .map_err(|e| format!("no umoci ({e})"))
    }) {
        eprintln!("SKIPPED: the image cannot be built or run here: {why}");
        return;
    }
    let config = image_config(layout());
    let file = containerfile();
    assert_eq!(config["User"], one(&file, "USER"));
    assert_eq!(config["WorkingDir"], one(&file, "WORKDIR"));
    let entrypoint: Value = serde_json::from_str(one(&file, "ENTRYPOINT")).unwrap();
    let cmd: Value = serde_json::from_str(one(&file, "CMD")).unwrap();
    assert_eq!(config["Entrypoint"], entrypoint);
    assert_eq!(config["Cmd"], cmd);
    let ports: Vec<&String> = config["ExposedPorts"].as_object().unwrap().keys().collect();
    assert_eq!(ports, [one(&file, "EXPOSE")]);
    let env: Vec<&str> = config["Env"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e.as_str().unwrap())
        .collect();
    let file_env: Vec<&str> = file
        .iter()
        .filter(|(op, _)| op == "ENV")
        .map(|(_, a)| a.as_str())
        .collect();
    assert_eq!(env, file_env);
}

/// A container, killed and deleted when dropped.
struct Container {
    id: String,
    child: Child,
    log: PathBuf,
}

impl Container {
    fn logs(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }
}

impl Drop for Container {
    fn drop(&mut self) {
        let _ = Command::new("runc")
            .args(["kill", &self.id, "KILL"])
            .stderr(Stdio::null())
            .status();
        let _ = self.child.wait();
        let _ = Command::new("runc")
            .args(["delete", "--force", &self.id])
            .stderr(Stdio::null())
            .status();
    }
}

#[test]
fn the_image_runs_with_runc_migrates_and_syncs() {
    if let Err(why) = runc_usable() {
        eprintln!("SKIPPED: runc cannot run here: {why}");
        return;
    }
    lifeos_core::client::install_crypto();
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    // Not migrated: the container does that.
    let url = rt.block_on(crate::empty_database());
    let dir = tempfile::tempdir().unwrap();
    let bundle = dir.path().join("bundle");
    let out = Command::new("umoci")
        .arg("unpack")
        .arg("--image")
        .arg(format!("{}:latest", layout().display()))
        .arg(&bundle)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "umoci unpack: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let rootfs = bundle.join("rootfs");
    let mut files: Vec<String> = walk(&rootfs)
        .into_iter()
        .map(|p| p.strip_prefix(&rootfs).unwrap().display().to_string())
        .collect();
    files.sort();
    assert_eq!(
        files,
        [
            "etc/group",
            "etc/passwd",
            "etc/ssl/certs/ca-certificates.crt",
            "lifeos-server",
        ],
        "nothing but the binary and what it needs (no shell)"
    );

    // The runtime configuration umoci made from the image, adjusted as a platform would:
    // the host's network (to reach the test Postgres), a read-only root, the URL as a
    // mounted secret file, this test's port and allowlist.
    let secret = dir.path().join("database_url");
    std::fs::write(&secret, format!("{url}\n")).unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let spec_path = bundle.join("config.json");
    let mut spec: Value = serde_json::from_slice(&std::fs::read(&spec_path).unwrap()).unwrap();
    assert_eq!(spec["process"]["user"]["uid"], 65534);
    assert_eq!(spec["process"]["user"]["gid"], 65534);
    spec["process"]["terminal"] = json!(false);
    spec["root"]["readonly"] = json!(true);
    let mut env: BTreeMap<String, String> = spec["process"]["env"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| e.as_str()?.split_once('='))
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect();
    env.insert("LIFEOS_LISTEN".into(), format!("127.0.0.1:{port}"));
    env.insert(
        "DATABASE_URL_FILE".into(),
        "/run/secrets/database_url".into(),
    );
    env.insert("LIFEOS_SIGNUP_ALLOWLIST".into(), "ada@example.org".into());
    spec["process"]["env"] = env.iter().map(|(k, v)| json!(format!("{k}={v}"))).collect();
    spec["linux"]["namespaces"] = spec["linux"]["namespaces"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| n["type"] != "network")
        .cloned()
        .collect();
    spec["mounts"].as_array_mut().unwrap().push(json!({
        "destination": "/run/secrets/database_url",
        "type": "bind",
        "source": secret,
        "options": ["bind", "ro"],
    }));
    // The volume compose.yaml mounts at /data (a fresh one, owned by the server's user).
    spec["mounts"].as_array_mut().unwrap().push(json!({
        "destination": "/data",
        "type": "tmpfs",
        "source": "tmpfs",
        "options": ["nosuid", "nodev", "mode=0700", "uid=65534", "gid=65534"],
    }));
    std::fs::write(&spec_path, serde_json::to_vec_pretty(&spec).unwrap()).unwrap();

    let id = format!(
        "lifeos-test-{}",
        ulid::Ulid::new().to_string().to_lowercase()
    );
    let log = dir.path().join("container.log");
    let logfile = std::fs::File::create(&log).unwrap();
    let child = Command::new("runc")
        .arg("run")
        .arg("--bundle")
        .arg(&bundle)
        .arg(&id)
        .stdin(Stdio::null())
        .stdout(logfile.try_clone().unwrap())
        .stderr(logfile)
        .spawn()
        .unwrap();
    let mut container = Container { id, child, log };

    let base = format!("http://127.0.0.1:{port}");
    let http = reqwest::blocking::Client::new();
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        if let Ok(r) = http.get(format!("{base}/readyz")).send()
            && r.status() == 200
        {
            break;
        }
        if let Ok(Some(status)) = container.child.try_wait() {
            panic!("the container exited ({status}): {}", container.logs());
        }
        assert!(
            Instant::now() < deadline,
            "/readyz never answered: {}",
            container.logs()
        );
        std::thread::sleep(Duration::from_millis(100));
    }

    // It migrated the empty database at boot.
    let applied: i64 = rt.block_on(async {
        let pool = sqlx::PgPool::connect(&url).await.unwrap();
        let n = sqlx::query_scalar("SELECT count(*) FROM _sqlx_migrations WHERE success")
            .fetch_one(&pool)
            .await
            .unwrap();
        pool.close().await;
        n
    });
    assert_eq!(applied as usize, lifeos_server::MIGRATOR.iter().count());

    // It runs as 65534, not root.
    let state = Command::new("runc")
        .args(["state", &container.id])
        .output()
        .unwrap();
    let state: Value = serde_json::from_slice(&state.stdout).unwrap();
    let pid = state["pid"].as_i64().unwrap();
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    let uid = status.lines().find(|l| l.starts_with("Uid:")).unwrap();
    assert_eq!(
        uid.split_whitespace().skip(1).collect::<Vec<_>>(),
        ["65534"; 4],
        "{uid}"
    );

    // The health check the compose file uses, inside the container.
    let check = Command::new("runc")
        .args(["exec", &container.id, "/lifeos-server", "healthcheck"])
        .output()
        .unwrap();
    assert!(
        check.status.success(),
        "healthcheck: {}",
        String::from_utf8_lossy(&check.stderr)
    );

    // A sign-up, and a sync from one device to another.
    let creds = json!({"email": "ada@example.org", "password": PASSWORD});
    let r = http
        .post(format!("{base}/v1/auth/signup"))
        .json(&creds)
        .send()
        .unwrap();
    assert_eq!(r.status(), 201, "{}", container.logs());
    let login: Value = http
        .post(format!("{base}/v1/auth/login"))
        .json(&creds)
        .send()
        .unwrap()
        .json()
        .unwrap();
    let token = login["token"].as_str().unwrap().to_owned();
    let me: Value = http
        .get(format!("{base}/v1/me"))
        .bearer_auth(&token)
        .send()
        .unwrap()
        .json()
        .unwrap();
    let ws: Id = me["workspaces"][0]["id"].as_str().unwrap().parse().unwrap();
    let remote = HttpRemote::new(&base).unwrap().authorized(&token, ws);
    let device = |name: &str| {
        let path = dir.path().join(name);
        let s = Store::open(&path, &DbKey::random().unwrap()).unwrap();
        s.bind_workspace(&ws.to_string()).unwrap();
        s
    };
    let mut laptop = device("laptop.db");
    let mut phone = device("phone.db");
    let task = laptop.create(Task::new("written on the laptop")).unwrap();
    client::sync(&mut laptop, &remote, SyncOptions::default(), &mut |_| {}).unwrap();
    client::sync(&mut phone, &remote, SyncOptions::default(), &mut |_| {}).unwrap();
    let got = phone.get::<Task>(task.kernel.id).unwrap();
    assert_eq!(got.fields.title, "written on the laptop");
    assert_eq!(laptop.records().unwrap(), phone.records().unwrap());

    // An attachment's blob goes to the image's blob directory and comes back.
    let bytes = b"a receipt, stored in the container's volume".to_vec();
    let sha = crate::blobs::sha(&bytes);
    let api = format!("{base}/v1/workspaces/{ws}");
    let r = http
        .post(format!("{api}/attachments"))
        .bearer_auth(&token)
        .json(
            &json!({"entity_kind": "task", "entity_id": task.kernel.id, "name": "receipt.txt",
            "media_type": "text/plain", "size": bytes.len(), "sha256": sha}),
        )
        .send()
        .unwrap();
    assert_eq!(r.status(), 201, "{}", r.text().unwrap_or_default());
    let r = http
        .put(format!("{api}/blobs/{sha}?size={}&offset=0", bytes.len()))
        .bearer_auth(&token)
        .header("content-type", "application/octet-stream")
        .body(bytes.clone())
        .send()
        .unwrap();
    assert_eq!(
        r.status(),
        201,
        "{} {}",
        r.text().unwrap_or_default(),
        container.logs()
    );
    let r = http
        .get(format!("{api}/blobs/{sha}"))
        .bearer_auth(&token)
        .send()
        .unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(r.bytes().unwrap().to_vec(), bytes);
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(walk(&path));
        } else {
            files.push(path);
        }
    }
    files
}
