//! Integration tests: the real server, in-process on a real socket (port 0), against a
//! real PostgreSQL (`LIFEOS_TEST_DATABASE_URL`, which `scripts/test.sh` provides). Each
//! test gets a database of its own.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod actions;
mod admin;
mod attachments;
mod auth;
mod backup;
mod binary;
mod blobs;
mod cli;
mod config;
mod conformance;
mod crud;
mod domains;
mod finance;
mod front_door;
mod gaps;
mod habits;
mod hostile;
mod image;
mod isolation;
mod log;
mod metrics;
mod openapi;
mod outage;
mod readme;
mod reports;
mod scale;
mod search;
mod sync;
mod systemd;
mod web;

use std::time::Duration;

use lifeos_server::Config;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

pub const PASSWORD: &str = "correct horse battery staple";

pub struct TestServer {
    pub base: String,
    pub pool: sqlx::PgPool,
    pub http: reqwest::Client,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
}

impl Drop for TestServer {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
    }
}

fn admin_url() -> String {
    std::env::var("LIFEOS_TEST_DATABASE_URL").expect(
        "LIFEOS_TEST_DATABASE_URL is not set: run ./scripts/test.sh, which starts a throwaway PostgreSQL",
    )
}

/// A fresh, migrated database of its own.
pub async fn fresh_database() -> (sqlx::PgPool, String) {
    let url = empty_database().await;
    (lifeos_server::connect(&url, 20).await.unwrap(), url)
}

/// A fresh database of its own, not migrated; its URL.
pub async fn empty_database() -> String {
    let admin = admin_url();
    let name = format!("t_{}", ulid::Ulid::new().to_string().to_lowercase());
    let conn = sqlx::PgPool::connect(&admin)
        .await
        .expect("connect to the test server");
    sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
        .execute(&conn)
        .await
        .unwrap();
    conn.close().await;
    let (base, _) = admin.rsplit_once('/').unwrap();
    format!("{base}/{name}")
}

pub fn config() -> Config {
    Config {
        signup_allowlist: vec![
            "ada@example.org".into(),
            "bob@example.org".into(),
            "eve@example.org".into(),
        ],
        session_ttl: time::Duration::hours(1),
        cookie_secure: lifeos_server::state::CookieSecure::Auto,
        blobs: lifeos_server::blobs::BlobConfig::local(
            std::env::temp_dir().join(format!("lifeos-test-blobs-{}", ulid::Ulid::new())),
        ),
        guard: Default::default(),
    }
}

impl TestServer {
    pub async fn start() -> Self {
        Self::with_config(config()).await
    }

    pub async fn with_config(config: Config) -> Self {
        let (pool, _) = fresh_database().await;
        Self::on_pool(pool, config).await
    }

    /// A server on an existing database.
    pub async fn on_pool(pool: sqlx::PgPool, config: Config) -> Self {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        let p = pool.clone();
        tokio::spawn(async move {
            lifeos_server::serve(listener, p, config, async {
                let _ = rx.await;
            })
            .await
            .unwrap();
        });
        lifeos_core::client::install_crypto();
        let http = reqwest::Client::builder()
            .timeout(Duration::from_secs(30))
            .build()
            .unwrap();
        Self {
            base,
            pool,
            http,
            shutdown: Some(tx),
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// A raw request with an optional bearer token and JSON body.
    pub async fn call(
        &self,
        method: Method,
        path: &str,
        token: Option<&str>,
        body: Option<Value>,
    ) -> (StatusCode, Value) {
        let mut req = self.http.request(method, self.url(path));
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        if let Some(b) = body {
            req = req.json(&b);
        }
        let res = req.send().await.unwrap();
        let status = res.status();
        let ctype = res
            .headers()
            .get("content-type")
            .map(|v| v.to_str().unwrap().to_owned())
            .unwrap_or_default();
        let text = res.text().await.unwrap();
        if status.is_client_error() || status.is_server_error() {
            assert_eq!(ctype, "application/problem+json", "{status} {path}: {text}");
        }
        let v = if text.is_empty() {
            Value::Null
        } else {
            serde_json::from_str(&text).unwrap_or(Value::String(text))
        };
        (status, v)
    }

    /// Signs up and logs in; returns (token, personal workspace id).
    pub async fn user(&self, email: &str) -> (String, String) {
        let (s, v) = self
            .call(
                Method::POST,
                "/v1/auth/signup",
                None,
                Some(json!({"email": email, "password": PASSWORD})),
            )
            .await;
        assert_eq!(s, StatusCode::CREATED, "{v}");
        let token = self.login(email).await;
        let (s, me) = self.call(Method::GET, "/v1/me", Some(&token), None).await;
        assert_eq!(s, StatusCode::OK);
        (
            token,
            me["workspaces"][0]["id"].as_str().unwrap().to_owned(),
        )
    }

    pub async fn login(&self, email: &str) -> String {
        let (s, v) = self
            .call(
                Method::POST,
                "/v1/auth/login",
                None,
                Some(json!({"email": email, "password": PASSWORD})),
            )
            .await;
        assert_eq!(s, StatusCode::OK, "{v}");
        v["token"].as_str().unwrap().to_owned()
    }
}
