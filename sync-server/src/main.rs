//! The `lifeos-server` binary: configuration, logging, signals; everything else is in the
//! library.

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// The self-hosted LifeOS sync server.
#[derive(Debug, Parser)]
#[command(name = "lifeos-server", version)]
struct Cli {
    /// Address to listen on.
    #[arg(
        long,
        env = "LIFEOS_LISTEN",
        default_value = "127.0.0.1:8787",
        global = true
    )]
    listen: String,
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
}

fn database_url() -> anyhow::Result<String> {
    std::env::var("DATABASE_URL").map_err(|_| {
        anyhow::anyhow!("set DATABASE_URL, e.g. postgres://lifeos:secret@127.0.0.1/lifeos")
    })
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

async fn try_main(cli: Cli) -> anyhow::Result<()> {
    match cli.command.unwrap_or(Command::Serve) {
        Command::Openapi => {
            println!("{}", lifeos_server::openapi().to_pretty_json()?);
            Ok(())
        }
        Command::Migrate => {
            let pool = lifeos_server::connect(&database_url()?, 2).await?;
            pool.close().await;
            tracing::info!("migrations applied");
            Ok(())
        }
        Command::Serve => {
            let config = lifeos_server::Config::from_env()?;
            let max: u32 = std::env::var("LIFEOS_DB_POOL")
                .ok()
                .and_then(|v| v.parse().ok())
                .unwrap_or(16);
            let pool = lifeos_server::connect(&database_url()?, max).await?;
            let listener = tokio::net::TcpListener::bind(&cli.listen)
                .await
                .map_err(|e| anyhow::anyhow!("cannot listen on {}: {e}", cli.listen))?;
            tracing::info!(addr = %listener.local_addr()?, "listening");
            lifeos_server::serve(listener, pool, config, shutdown_signal()).await?;
            Ok(())
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let filter =
        tracing_subscriber::EnvFilter::try_from_env("LIFEOS_LOG").unwrap_or_else(|_| "info".into());
    tracing_subscriber::fmt()
        .json()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .init();
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
    match runtime.block_on(try_main(cli)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            tracing::error!(error = %format!("{e:#}"), "fatal");
            eprintln!("lifeos-server: {e:#}");
            ExitCode::FAILURE
        }
    }
}
