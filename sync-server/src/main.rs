//! The `lifeos-server` binary: configuration, logging, signals; everything else is in the
//! library.

use std::process::ExitCode;

use std::path::PathBuf;

use clap::{Parser, Subcommand};
use lifeos_server::settings::{self, LogFormat, Settings};

/// The self-hosted LifeOS sync server.
#[derive(Debug, Parser)]
#[command(name = "lifeos-server", version = lifeos_server::VERSION)]
struct Cli {
    /// A TOML configuration file (the environment overrides it).
    #[arg(long, env = "LIFEOS_CONFIG", global = true, value_name = "FILE")]
    config: Option<PathBuf>,
    /// Address to listen on (overrides LIFEOS_LISTEN and the file; default 127.0.0.1:8787).
    #[arg(long, global = true)]
    listen: Option<String>,
    /// What to do (default: serve).
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Apply migrations, then serve (the default).
    Serve,
    /// Apply pending migrations and exit (for pre-deploy steps).
    Migrate,
    /// Print the OpenAPI 3.1 document (no database, no network).
    Openapi,
    /// The configuration.
    #[command(subcommand)]
    Config(ConfigCommand),
    /// Write a consistent backup of the whole database to stdout (`backup > FILE`).
    Backup,
    /// Restore a backup into an empty database (`-` reads stdin); all or nothing.
    Restore {
        /// The backup file.
        file: PathBuf,
    },
    /// Operator tools against the database (each change is an audit line in the log).
    #[command(subcommand)]
    Admin(lifeos_server::admin::AdminCommand),
    /// Exit 0 when the server on the configured listen address answers `/readyz` (for a
    /// container's health check: the image has no shell and no curl).
    Healthcheck,
    /// Delete the blobs no attachment names any more and the stale uploads (older than
    /// the grace period), then exit; the server also does this every hour.
    GcBlobs,
}

#[derive(Debug, Subcommand)]
enum ConfigCommand {
    /// Validate the configuration and print the effective settings, secrets redacted.
    Check,
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! { _ = ctrl_c => {}, _ = term => {} }
    tracing::info!("shutting down: finishing requests in flight");
}

async fn try_main(command: Command, settings: Settings) -> anyhow::Result<()> {
    match command {
        Command::Openapi => {
            println!("{}", lifeos_server::openapi().to_pretty_json()?);
            Ok(())
        }
        Command::Config(ConfigCommand::Check) => {
            print!("{}", settings.render());
            Ok(())
        }
        Command::Admin(cmd) => {
            let pool = lifeos_server::connect(settings.database_url()?, 2).await?;
            let out = lifeos_server::admin::run(
                &pool,
                &settings.server,
                cmd,
                &lifeos_server::admin::prompt_password,
            )
            .await;
            pool.close().await;
            print!("{}", out?);
            Ok(())
        }
        Command::Backup => {
            let pool = lifeos_server::connect(settings.database_url()?, 2).await?;
            // A CLI run: blocking writes to stdout are fine here.
            let mut out = std::io::BufWriter::new(std::io::stdout());
            let rows = lifeos_server::backup::backup(&pool, &mut out).await?;
            tracing::info!(target: "audit", action = "backup", rows, "backup written");
            Ok(())
        }
        Command::Restore { file } => {
            let pool = lifeos_server::connect(settings.database_url()?, 2).await?;
            let mut input: Box<dyn std::io::BufRead + Send> = if file.as_os_str() == "-" {
                Box::new(std::io::BufReader::new(std::io::stdin()))
            } else {
                Box::new(std::io::BufReader::new(
                    std::fs::File::open(&file)
                        .map_err(|e| anyhow::anyhow!("cannot read {}: {e}", file.display()))?,
                ))
            };
            let rows = lifeos_server::backup::restore(&pool, &mut *input).await?;
            tracing::info!(target: "audit", action = "restore", rows, file = %file.display(), "backup restored");
            println!("restored {rows} rows");
            Ok(())
        }
        Command::Healthcheck => healthcheck(settings.listen).await,
        Command::GcBlobs => {
            let pool = lifeos_server::connect(settings.database_url()?, 2).await?;
            let blobs = lifeos_server::blobs::Blobs::new(settings.server.blobs.clone());
            let report = lifeos_server::blobs::gc(&pool, &blobs).await;
            pool.close().await;
            let report = report?;
            tracing::info!(target: "audit", action = "gc-blobs", blobs = report.blobs, uploads = report.uploads, "blobs collected");
            println!(
                "removed {} blobs and {} stale uploads",
                report.blobs, report.uploads
            );
            Ok(())
        }
        Command::Migrate => {
            let pool = lifeos_server::connect(settings.database_url()?, 2).await?;
            pool.close().await;
            tracing::info!("migrations applied");
            Ok(())
        }
        Command::Serve => {
            let pool = lifeos_server::connect(settings.database_url()?, settings.db_pool).await?;
            let listener = tokio::net::TcpListener::bind(settings.listen)
                .await
                .map_err(|e| anyhow::anyhow!("cannot listen on {}: {e}", settings.listen))?;
            tracing::info!(addr = %listener.local_addr()?, version = lifeos_server::VERSION, "listening");
            let state = lifeos_server::AppState::new(pool, settings.server);
            // Fail at start, not at the first upload, when an S3 store is misconfigured (a
            // local directory is only created on first use).
            if matches!(
                state.blobs.config().backend,
                lifeos_server::blobs::Backend::S3 { .. }
            ) {
                state
                    .blobs
                    .store()
                    .map_err(|e| anyhow::anyhow!("the blob store: {e}"))?;
            }
            let st = state.clone();
            tokio::spawn(async move {
                let mut every = tokio::time::interval(std::time::Duration::from_secs(3600));
                every.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
                loop {
                    every.tick().await;
                    match lifeos_server::blobs::gc(&st.pool, &st.blobs).await {
                        Ok(r) => {
                            tracing::info!(blobs = r.blobs, uploads = r.uploads, "blob collection")
                        }
                        Err(e) => tracing::error!(error = %e, "blob collection failed"),
                    }
                }
            });
            if let Some(addr) = settings.metrics_listen {
                let metrics = tokio::net::TcpListener::bind(addr)
                    .await
                    .map_err(|e| anyhow::anyhow!("cannot listen on {addr} for metrics: {e}"))?;
                tracing::info!(addr = %metrics.local_addr()?, "metrics listening");
                let st = state.clone();
                tokio::spawn(async move {
                    if let Err(e) =
                        lifeos_server::metrics::serve(metrics, st, shutdown_signal()).await
                    {
                        tracing::error!(error = %e, "the metrics listener failed");
                    }
                });
            }
            lifeos_server::serve_state(listener, state, shutdown_signal()).await?;
            Ok(())
        }
    }
}

/// `GET /readyz` on `listen` (on loopback when it is the unspecified address), within 5 s.
async fn healthcheck(listen: std::net::SocketAddr) -> anyhow::Result<()> {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut addr = listen;
    if addr.ip().is_unspecified() {
        addr.set_ip(match addr {
            std::net::SocketAddr::V4(_) => std::net::Ipv4Addr::LOCALHOST.into(),
            std::net::SocketAddr::V6(_) => std::net::Ipv6Addr::LOCALHOST.into(),
        });
    }
    let ask = async {
        let mut conn = tokio::net::TcpStream::connect(addr).await?;
        conn.write_all(b"GET /readyz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
            .await?;
        let mut answer = Vec::new();
        conn.take(4096).read_to_end(&mut answer).await?;
        std::io::Result::Ok(answer)
    };
    let answer = tokio::time::timeout(std::time::Duration::from_secs(5), ask)
        .await
        .map_err(|_| anyhow::anyhow!("{addr} did not answer within 5 s"))?
        .map_err(|e| anyhow::anyhow!("cannot reach {addr}: {e}"))?;
    let status = String::from_utf8_lossy(&answer);
    let status = status.lines().next().unwrap_or_default();
    if status.split_whitespace().nth(1) == Some("200") {
        println!("ready");
        Ok(())
    } else {
        anyhow::bail!("{addr} is not ready: {status}")
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let command = cli.command.unwrap_or(Command::Serve);
    let env = |k: &str| std::env::var(k).ok();
    let settings = match settings::load(cli.config.as_deref(), &env, cli.listen.as_deref()) {
        Ok(s) => s,
        // The OpenAPI document needs no settings at all.
        Err(_) if matches!(command, Command::Openapi) => {
            match settings::load(None, &|_: &str| None, None) {
                Ok(s) => s,
                Err(e) => {
                    eprintln!("lifeos-server: {e}");
                    return ExitCode::FAILURE;
                }
            }
        }
        Err(e) => {
            eprintln!("lifeos-server: {e}");
            return ExitCode::FAILURE;
        }
    };
    let filter =
        tracing_subscriber::EnvFilter::try_new(&settings.log).unwrap_or_else(|_| "info".into());
    let logs = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    match settings.log_format {
        LogFormat::Json => logs.json().init(),
        LogFormat::Human => logs.init(),
    }
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            eprintln!("lifeos-server: cannot start the runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(try_main(command, settings)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            tracing::error!(error = %format!("{e:#}"), "fatal");
            eprintln!("lifeos-server: {e:#}");
            ExitCode::FAILURE
        }
    }
}
