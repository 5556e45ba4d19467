//! Every setting of the server binary, from a TOML file (`--config` or `LIFEOS_CONFIG`)
//! overridden by the environment, overridden by `--listen`. Unknown keys are refused by
//! name; secrets (the database URL) are never read from the file itself, only from the
//! environment or from a file named by path (`DATABASE_URL_FILE`, `database_url_file`),
//! as container platforms mount them.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use crate::blobs::{Backend, BlobConfig};
use crate::state::{Config, CookieSecure};

/// A setting's name in the file, its environment variable and what it means.
struct Key {
    file: &'static str,
    env: &'static str,
    doc: &'static str,
}

/// The settings, in the order `config check` prints them.
const KEYS: &[Key] = &[
    Key {
        file: "listen",
        env: "LIFEOS_LISTEN",
        doc: "address to listen on (also --listen)",
    },
    Key {
        file: "database_url_file",
        env: "DATABASE_URL_FILE",
        doc: "a file holding the Postgres URL (or DATABASE_URL in the environment)",
    },
    Key {
        file: "db_pool",
        env: "LIFEOS_DB_POOL",
        doc: "Postgres connections",
    },
    Key {
        file: "signup_allowlist",
        env: "LIFEOS_SIGNUP_ALLOWLIST",
        doc: "emails allowed to sign up, besides the database's allowlist",
    },
    Key {
        file: "session_ttl_hours",
        env: "LIFEOS_SESSION_TTL_HOURS",
        doc: "session lifetime in hours",
    },
    Key {
        file: "cookie_secure",
        env: "LIFEOS_COOKIE_SECURE",
        doc: "auto, always or never",
    },
    Key {
        file: "trusted_proxies",
        env: "LIFEOS_TRUSTED_PROXIES",
        doc: "addresses of reverse proxies whose X-Forwarded-For and X-Forwarded-Proto are believed (none by default)",
    },
    Key {
        file: "login_attempts_per_minute",
        env: "LIFEOS_LOGIN_ATTEMPTS_PER_MINUTE",
        doc: "password attempts (login, sign-up, password change) per minute from one client address",
    },
    Key {
        file: "log",
        env: "LIFEOS_LOG",
        doc: "log filter",
    },
    Key {
        file: "log_format",
        env: "LIFEOS_LOG_FORMAT",
        doc: "json or human",
    },
    Key {
        file: "metrics_listen",
        env: "LIFEOS_METRICS_LISTEN",
        doc: "address of the Prometheus /metrics listener (off when unset)",
    },
    Key {
        file: "blob_store",
        env: "LIFEOS_BLOB_STORE",
        doc: "where attachments' blobs live: local or s3",
    },
    Key {
        file: "blob_dir",
        env: "LIFEOS_BLOB_DIR",
        doc: "the local blob directory (blob_store = local)",
    },
    Key {
        file: "blob_s3_endpoint",
        env: "LIFEOS_BLOB_S3_ENDPOINT",
        doc: "the S3 endpoint URL (AWS when empty; keys from AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY)",
    },
    Key {
        file: "blob_s3_bucket",
        env: "LIFEOS_BLOB_S3_BUCKET",
        doc: "the S3 bucket (blob_store = s3)",
    },
    Key {
        file: "blob_s3_region",
        env: "LIFEOS_BLOB_S3_REGION",
        doc: "the S3 region",
    },
    Key {
        file: "blob_s3_path_style",
        env: "LIFEOS_BLOB_S3_PATH_STYLE",
        doc: "path-style S3 addressing (true for MinIO and most self-hosted stores)",
    },
    Key {
        file: "blob_s3_allow_http",
        env: "LIFEOS_BLOB_S3_ALLOW_HTTP",
        doc: "allow a plain-HTTP S3 endpoint",
    },
    Key {
        file: "blob_max_file_bytes",
        env: "LIFEOS_BLOB_MAX_FILE_BYTES",
        doc: "largest blob accepted, in bytes",
    },
    Key {
        file: "blob_quota_bytes",
        env: "LIFEOS_BLOB_QUOTA_BYTES",
        doc: "most blob bytes per workspace",
    },
    Key {
        file: "blob_gc_grace_hours",
        env: "LIFEOS_BLOB_GC_GRACE_HOURS",
        doc: "hours an unreferenced blob or an untouched upload is kept",
    },
];

/// Every environment variable the server reads.
pub fn env_names() -> impl Iterator<Item = &'static str> {
    [
        "DATABASE_URL",
        "LIFEOS_CONFIG",
        "AWS_ACCESS_KEY_ID",
        "AWS_SECRET_ACCESS_KEY",
    ]
    .into_iter()
    .chain(KEYS.iter().map(|k| k.env))
}

/// Keys that hold secrets: refused in the file with a pointer to where they belong.
const SECRETS: &[(&str, &str)] = &[(
    "database_url",
    "the database URL holds a password: set DATABASE_URL in the environment or database_url_file = \"/run/secrets/…\"",
)];

/// How log lines are written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LogFormat {
    /// One JSON object per line (the default).
    Json,
    /// Human-readable lines.
    Human,
}

/// Where a value came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// Not set anywhere.
    Default,
    /// The configuration file.
    File,
    /// An environment variable (named).
    Env(&'static str),
    /// The command line.
    Flag,
}

/// The database URL; shown only with its password replaced.
#[derive(Clone)]
pub struct Secret(String);

impl Secret {
    /// A secret value.
    pub fn new(value: impl Into<String>) -> Self {
        Self(value.into())
    }

    /// The value itself.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// The URL with any password replaced by `***`.
    pub fn redacted(&self) -> String {
        let s = &self.0;
        let Some(scheme_end) = s.find("://").map(|i| i + 3) else {
            return "***".into();
        };
        let rest = &s[scheme_end..];
        let auth_end = rest.find(['/', '?']).unwrap_or(rest.len());
        match rest[..auth_end].rfind('@') {
            Some(at) => {
                let userinfo = &rest[..at];
                let user = userinfo.split(':').next().unwrap_or("");
                let masked = if userinfo.contains(':') {
                    format!("{user}:***")
                } else {
                    user.to_owned()
                };
                format!("{}{masked}{}", &s[..scheme_end], &rest[at..])
            }
            None => s.clone(),
        }
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.redacted())
    }
}

/// The effective settings.
#[derive(Clone, Debug)]
pub struct Settings {
    /// The file read, if any.
    pub file: Option<PathBuf>,
    /// Address to listen on.
    pub listen: SocketAddr,
    /// The Postgres URL, when given.
    pub database_url: Option<Secret>,
    /// Postgres pool size.
    pub db_pool: u32,
    /// What handlers see.
    pub server: Config,
    /// Log filter.
    pub log: String,
    /// Log line format.
    pub log_format: LogFormat,
    /// The metrics listener, when on.
    pub metrics_listen: Option<SocketAddr>,
    /// Where each value came from, by file key.
    pub sources: BTreeMap<&'static str, Source>,
}

/// Something about the settings is wrong; the message names the key.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct SettingsError(String);

fn err(msg: impl Into<String>) -> SettingsError {
    SettingsError(msg.into())
}

/// A raw value and where it came from.
struct Raw {
    value: toml::Value,
    source: Source,
    /// How to name it in an error.
    name: String,
}

impl Raw {
    fn string(&self) -> Result<String, SettingsError> {
        match &self.value {
            toml::Value::String(s) => Ok(s.clone()),
            other => Err(err(format!(
                "{} must be a string, not {}",
                self.name,
                other.type_str()
            ))),
        }
    }

    fn integer(&self) -> Result<i64, SettingsError> {
        match &self.value {
            toml::Value::Integer(i) => Ok(*i),
            toml::Value::String(s) => s
                .trim()
                .parse()
                .map_err(|_| err(format!("{} must be a whole number, not '{s}'", self.name))),
            other => Err(err(format!(
                "{} must be a whole number, not {}",
                self.name,
                other.type_str()
            ))),
        }
    }

    fn list(&self) -> Result<Vec<String>, SettingsError> {
        match &self.value {
            toml::Value::String(s) => Ok(s.split(',').map(str::to_owned).collect()),
            toml::Value::Array(a) => a
                .iter()
                .map(|v| match v {
                    toml::Value::String(s) => Ok(s.clone()),
                    _ => Err(err(format!("{} must be a list of strings", self.name))),
                })
                .collect(),
            other => Err(err(format!(
                "{} must be a list of strings, not {}",
                self.name,
                other.type_str()
            ))),
        }
    }

    fn boolean(&self) -> Result<bool, SettingsError> {
        match &self.value {
            toml::Value::Boolean(b) => Ok(*b),
            toml::Value::String(s) => match s.trim() {
                "true" | "1" | "yes" => Ok(true),
                "false" | "0" | "no" => Ok(false),
                other => Err(err(format!(
                    "{} must be true or false, not '{other}'",
                    self.name
                ))),
            },
            other => Err(err(format!(
                "{} must be true or false, not {}",
                self.name,
                other.type_str()
            ))),
        }
    }

    fn bytes(&self) -> Result<u64, SettingsError> {
        let n = self.integer()?;
        u64::try_from(n).ok().filter(|n| *n >= 1).ok_or_else(|| {
            err(format!(
                "{} must be a positive number of bytes, not {n}",
                self.name
            ))
        })
    }

    fn addr(&self) -> Result<SocketAddr, SettingsError> {
        let s = self.string()?;
        s.parse().map_err(|_| {
            err(format!(
                "{} must be an address like 127.0.0.1:8787, not '{s}'",
                self.name
            ))
        })
    }
}

/// Reads the settings: `file` (or `LIFEOS_CONFIG`), then `env`, then `listen_flag`.
/// `env` is a lookup so tests can pass their own environment.
pub fn load(
    file: Option<&Path>,
    env: &dyn Fn(&str) -> Option<String>,
    listen_flag: Option<&str>,
) -> Result<Settings, SettingsError> {
    let path = file.map(Path::to_path_buf).or_else(|| {
        env("LIFEOS_CONFIG")
            .filter(|p| !p.is_empty())
            .map(PathBuf::from)
    });
    let mut table = match &path {
        Some(p) => read_file(p)?,
        None => toml::Table::new(),
    };
    let shown = path
        .as_ref()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    let mut raw: BTreeMap<&'static str, Raw> = BTreeMap::new();
    for key in KEYS {
        if let Some(value) = table.remove(key.file) {
            raw.insert(
                key.file,
                Raw {
                    value,
                    source: Source::File,
                    name: format!("{} (in {shown})", key.file),
                },
            );
        }
        if let Some(value) = env(key.env) {
            raw.insert(
                key.file,
                Raw {
                    value: toml::Value::String(value),
                    source: Source::Env(key.env),
                    name: key.env.to_owned(),
                },
            );
        }
    }
    if let Some(l) = listen_flag {
        raw.insert(
            "listen",
            Raw {
                value: toml::Value::String(l.to_owned()),
                source: Source::Flag,
                name: "--listen".into(),
            },
        );
    }
    // Whatever is left in the file is not a setting.
    if let Some(key) = table.keys().next() {
        if let Some((_, why)) = SECRETS.iter().find(|(k, _)| k == key) {
            return Err(err(format!("{key} is not allowed in {shown}: {why}")));
        }
        let known: Vec<&str> = KEYS.iter().map(|k| k.file).collect();
        return Err(err(format!(
            "unknown key '{key}' in {shown} (known keys: {})",
            known.join(", ")
        )));
    }

    let mut sources: BTreeMap<&'static str, Source> =
        raw.iter().map(|(k, r)| (*k, r.source.clone())).collect();
    let listen = match raw.get("listen") {
        Some(r) => r.addr()?,
        None => SocketAddr::from(([127, 0, 0, 1], 8787)),
    };
    let database_url = match (env("DATABASE_URL"), raw.get("database_url_file")) {
        (Some(url), _) if !url.is_empty() => {
            sources.insert("database_url", Source::Env("DATABASE_URL"));
            Some(Secret(url))
        }
        (_, Some(r)) => {
            sources.insert("database_url", r.source.clone());
            let p = r.string()?;
            let text = std::fs::read_to_string(&p)
                .map_err(|e| err(format!("{}: cannot read {p}: {e}", r.name)))?;
            Some(Secret(text.trim().to_owned()))
        }
        _ => None,
    };
    let db_pool = match raw.get("db_pool") {
        Some(r) => {
            let n = r.integer()?;
            u32::try_from(n)
                .ok()
                .filter(|n| (1..=1000).contains(n))
                .ok_or_else(|| err(format!("{} must be 1 to 1000, not {n}", r.name)))?
        }
        None => 16,
    };
    let signup_allowlist = match raw.get("signup_allowlist") {
        Some(r) => r
            .list()?
            .iter()
            .map(|e| e.trim().to_lowercase())
            .filter(|e| !e.is_empty())
            .collect(),
        None => Vec::new(),
    };
    let hours = match raw.get("session_ttl_hours") {
        Some(r) => {
            let h = r.integer()?;
            if !(1..=24 * 366).contains(&h) {
                return Err(err(format!("{} must be 1 to 8784, not {h}", r.name)));
            }
            h
        }
        None => 720,
    };
    let cookie_secure = match raw.get("cookie_secure") {
        Some(r) => match r.string()?.as_str() {
            "auto" => CookieSecure::Auto,
            "always" => CookieSecure::Always,
            "never" => CookieSecure::Never,
            other => {
                return Err(err(format!(
                    "{} must be auto, always or never, not '{other}'",
                    r.name
                )));
            }
        },
        None => CookieSecure::Auto,
    };
    let log = match raw.get("log") {
        Some(r) => r.string()?,
        None => "info".into(),
    };
    let log_format = match raw.get("log_format") {
        Some(r) => match r.string()?.as_str() {
            "json" => LogFormat::Json,
            "human" => LogFormat::Human,
            other => {
                return Err(err(format!(
                    "{} must be json or human, not '{other}'",
                    r.name
                )));
            }
        },
        None => LogFormat::Json,
    };
    let metrics_listen = match raw.get("metrics_listen") {
        Some(r) if r.string()?.is_empty() => None,
        Some(r) => Some(r.addr()?),
        None => None,
    };
    let blobs = blob_config(&raw, env)?;
    let trusted_proxies = match raw.get("trusted_proxies") {
        Some(r) => r
            .list()?
            .iter()
            .map(|a| a.trim())
            .filter(|a| !a.is_empty())
            .map(|a| {
                a.parse::<std::net::IpAddr>()
                    .map_err(|_| err(format!("{}: '{a}' is not an IP address", r.name)))
            })
            .collect::<Result<Vec<_>, _>>()?,
        None => Vec::new(),
    };
    let attempts_per_minute = match raw.get("login_attempts_per_minute") {
        Some(r) => {
            let n = r.integer()?;
            u32::try_from(n)
                .ok()
                .filter(|n| (1..=100_000).contains(n))
                .ok_or_else(|| err(format!("{} must be 1 to 100000, not {n}", r.name)))?
        }
        None => crate::guard::GuardConfig::default().attempts_per_minute,
    };
    Ok(Settings {
        file: path,
        listen,
        database_url,
        db_pool,
        server: Config {
            signup_allowlist,
            session_ttl: time::Duration::hours(hours),
            cookie_secure,
            blobs,
            guard: crate::guard::GuardConfig {
                attempts_per_minute,
                trusted_proxies,
            },
        },
        log,
        log_format,
        metrics_listen,
        sources,
    })
}

fn blob_config(
    raw: &BTreeMap<&'static str, Raw>,
    env: &dyn Fn(&str) -> Option<String>,
) -> Result<BlobConfig, SettingsError> {
    let string = |k: &str| -> Result<Option<String>, SettingsError> {
        raw.get(k)
            .map(Raw::string)
            .transpose()
            .map(|s| s.filter(|s| !s.trim().is_empty()))
    };
    let flag = |k: &str| raw.get(k).map(Raw::boolean).transpose();
    let backend = match string("blob_store")?.as_deref().unwrap_or("local") {
        "local" => Backend::Local {
            dir: PathBuf::from(string("blob_dir")?.unwrap_or_else(|| "blobs".into())),
        },
        "s3" => Backend::S3 {
            endpoint: string("blob_s3_endpoint")?,
            bucket: string("blob_s3_bucket")?.ok_or_else(|| {
                err("blob_store is s3: set blob_s3_bucket (LIFEOS_BLOB_S3_BUCKET)")
            })?,
            region: string("blob_s3_region")?.unwrap_or_else(|| "us-east-1".into()),
            path_style: flag("blob_s3_path_style")?.unwrap_or(false),
            allow_http: flag("blob_s3_allow_http")?.unwrap_or(false),
            access_key_id: env("AWS_ACCESS_KEY_ID")
                .filter(|s| !s.is_empty())
                .map(Secret),
            secret_access_key: env("AWS_SECRET_ACCESS_KEY")
                .filter(|s| !s.is_empty())
                .map(Secret),
        },
        other => {
            return Err(err(format!(
                "{} must be local or s3, not '{other}'",
                raw.get("blob_store")
                    .map_or("blob_store", |r| r.name.as_str())
            )));
        }
    };
    let hours = match raw.get("blob_gc_grace_hours") {
        Some(r) => {
            let h = r.integer()?;
            if !(0..=24 * 3660).contains(&h) {
                return Err(err(format!("{} must be 0 to 87840, not {h}", r.name)));
            }
            h
        }
        None => BlobConfig::DEFAULT_GRACE_HOURS,
    };
    Ok(BlobConfig {
        backend,
        max_file_bytes: raw
            .get("blob_max_file_bytes")
            .map(Raw::bytes)
            .transpose()?
            .unwrap_or(BlobConfig::DEFAULT_MAX_FILE_BYTES),
        quota_bytes: raw
            .get("blob_quota_bytes")
            .map(Raw::bytes)
            .transpose()?
            .unwrap_or(BlobConfig::DEFAULT_QUOTA_BYTES),
        grace: time::Duration::hours(hours),
    })
}

fn read_file(path: &Path) -> Result<toml::Table, SettingsError> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        err(format!(
            "cannot read the config file {}: {e}",
            path.display()
        ))
    })?;
    text.parse::<toml::Table>()
        .map_err(|e| err(format!("{} is not valid TOML: {e}", path.display())))
}

impl Settings {
    /// The Postgres URL, or what to do when it is missing.
    pub fn database_url(&self) -> Result<&str, SettingsError> {
        self.database_url.as_ref().map(Secret::expose).ok_or_else(|| {
            err("set DATABASE_URL (or DATABASE_URL_FILE, or database_url_file in the config file), e.g. postgres://lifeos:secret@127.0.0.1/lifeos")
        })
    }

    /// The effective settings as TOML, the database URL's password redacted, each line
    /// saying where its value came from.
    pub fn render(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "# lifeos-server effective configuration ({})",
            self.file
                .as_ref()
                .map(|p| format!("file {}", p.display()))
                .unwrap_or_else(|| "no file".into())
        );
        let q = |s: &str| toml::Value::String(s.to_owned()).to_string();
        let ttl = self.server.session_ttl.whole_hours().to_string();
        let allow = toml::Value::Array(
            self.server
                .signup_allowlist
                .iter()
                .map(|e| toml::Value::String(e.clone()))
                .collect(),
        )
        .to_string();
        let cookie = match self.server.cookie_secure {
            CookieSecure::Auto => "auto",
            CookieSecure::Always => "always",
            CookieSecure::Never => "never",
        };
        let format = match self.log_format {
            LogFormat::Json => "json",
            LogFormat::Human => "human",
        };
        let b = &self.server.blobs;
        let (store, dir, endpoint, bucket, region, path_style, allow_http) = match &b.backend {
            Backend::Local { dir } => (
                "local",
                dir.display().to_string(),
                String::new(),
                String::new(),
                String::new(),
                false,
                false,
            ),
            Backend::S3 {
                endpoint,
                bucket,
                region,
                path_style,
                allow_http,
                ..
            } => (
                "s3",
                String::new(),
                endpoint.clone().unwrap_or_default(),
                bucket.clone(),
                region.clone(),
                *path_style,
                *allow_http,
            ),
        };
        let lines: Vec<(&str, String)> = vec![
            ("listen", q(&self.listen.to_string())),
            (
                "database_url",
                match &self.database_url {
                    Some(s) => q(&s.redacted()),
                    None => "\"\" # not set".into(),
                },
            ),
            ("db_pool", self.db_pool.to_string()),
            ("signup_allowlist", allow),
            ("session_ttl_hours", ttl),
            ("cookie_secure", q(cookie)),
            (
                "trusted_proxies",
                toml::Value::Array(
                    self.server
                        .guard
                        .trusted_proxies
                        .iter()
                        .map(|a| toml::Value::String(a.to_string()))
                        .collect(),
                )
                .to_string(),
            ),
            (
                "login_attempts_per_minute",
                self.server.guard.attempts_per_minute.to_string(),
            ),
            ("log", q(&self.log)),
            ("log_format", q(format)),
            (
                "metrics_listen",
                q(&self
                    .metrics_listen
                    .map(|a| a.to_string())
                    .unwrap_or_default()),
            ),
            ("blob_store", q(store)),
            ("blob_dir", q(&dir)),
            ("blob_s3_endpoint", q(&endpoint)),
            ("blob_s3_bucket", q(&bucket)),
            ("blob_s3_region", q(&region)),
            ("blob_s3_path_style", path_style.to_string()),
            ("blob_s3_allow_http", allow_http.to_string()),
            ("blob_max_file_bytes", b.max_file_bytes.to_string()),
            ("blob_quota_bytes", b.quota_bytes.to_string()),
            ("blob_gc_grace_hours", b.grace.whole_hours().to_string()),
        ];
        for (key, value) in lines {
            let from = match (key, self.sources.get(key)) {
                ("database_url", Some(Source::File)) => "database_url_file in the file".into(),
                ("database_url", Some(Source::Env("DATABASE_URL_FILE"))) => {
                    "the file named by DATABASE_URL_FILE".into()
                }
                (_, s) => describe(s.unwrap_or(&Source::Default)),
            };
            let doc = KEYS
                .iter()
                .find(|k| k.file == key)
                .map(|k| k.doc)
                .unwrap_or("the Postgres URL (password redacted)");
            let _ = writeln!(out, "# {doc}\n{key} = {value}  # from {from}");
        }
        out
    }
}

fn describe(s: &Source) -> String {
    match s {
        Source::Default => "default".into(),
        Source::File => "file".into(),
        Source::Env(name) => format!("env {name}"),
        Source::Flag => "--listen".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env_of(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let map: BTreeMap<String, String> = pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
        move |k| map.get(k).cloned()
    }

    #[test]
    fn redaction_hides_only_the_password() {
        let s = Secret("postgres://lifeos:hunter2@db.example:5432/lifeos?sslmode=require".into());
        assert_eq!(
            s.redacted(),
            "postgres://lifeos:***@db.example:5432/lifeos?sslmode=require"
        );
        assert!(!format!("{s:?}").contains("hunter2"));
        let s = Secret("postgres://lifeos@db/lifeos".into());
        assert_eq!(s.redacted(), "postgres://lifeos@db/lifeos");
        let s = Secret("postgres://u:p@ss:w@rd@h/db".into());
        assert!(!s.redacted().contains("ss:w"), "{}", s.redacted());
        assert!(
            !Secret("garbage-with-secret".into())
                .redacted()
                .contains("secret")
        );
    }

    #[test]
    fn defaults_without_file_or_env() {
        let s = load(None, &env_of(&[]), None).unwrap();
        assert_eq!(s.listen.to_string(), "127.0.0.1:8787");
        assert_eq!(s.db_pool, 16);
        assert_eq!(s.log_format, LogFormat::Json);
        assert!(s.metrics_listen.is_none());
        assert!(s.database_url().is_err());
    }

    #[test]
    fn blob_settings_from_the_environment() {
        let s = load(None, &env_of(&[]), None).unwrap();
        assert!(
            matches!(&s.server.blobs.backend, Backend::Local { dir } if dir == Path::new("blobs"))
        );
        assert_eq!(
            s.server.blobs.max_file_bytes,
            BlobConfig::DEFAULT_MAX_FILE_BYTES
        );
        let s = load(
            None,
            &env_of(&[
                ("LIFEOS_BLOB_STORE", "s3"),
                ("LIFEOS_BLOB_S3_BUCKET", "lifeos"),
                ("LIFEOS_BLOB_S3_ENDPOINT", "http://127.0.0.1:9000"),
                ("LIFEOS_BLOB_S3_PATH_STYLE", "true"),
                ("AWS_SECRET_ACCESS_KEY", "hunter2"),
                ("LIFEOS_BLOB_QUOTA_BYTES", "1000"),
                ("LIFEOS_BLOB_GC_GRACE_HOURS", "0"),
            ]),
            None,
        )
        .unwrap();
        let Backend::S3 {
            bucket,
            path_style,
            allow_http,
            secret_access_key,
            ..
        } = &s.server.blobs.backend
        else {
            panic!("not s3: {:?}", s.server.blobs.backend);
        };
        assert_eq!(bucket, "lifeos");
        assert!(*path_style && !*allow_http);
        assert_eq!(secret_access_key.as_ref().unwrap().expose(), "hunter2");
        assert!(!format!("{:?}", s.server.blobs).contains("hunter2"));
        assert!(!s.render().contains("hunter2"));
        assert_eq!(s.server.blobs.quota_bytes, 1000);
        assert!(s.server.blobs.grace.is_zero());
        for (k, v) in [
            ("LIFEOS_BLOB_STORE", "ftp"),
            ("LIFEOS_BLOB_S3_PATH_STYLE", "maybe"),
            ("LIFEOS_BLOB_MAX_FILE_BYTES", "-5"),
        ] {
            let e = load(
                None,
                &env_of(&[
                    ("LIFEOS_BLOB_STORE", "s3"),
                    ("LIFEOS_BLOB_S3_BUCKET", "b"),
                    (k, v),
                ]),
                None,
            )
            .unwrap_err();
            assert!(e.to_string().contains(k), "{e}");
        }
        let e = load(None, &env_of(&[("LIFEOS_BLOB_STORE", "s3")]), None).unwrap_err();
        assert!(e.to_string().contains("blob_s3_bucket"), "{e}");
    }
}
