//! `lifeos`, the command line: parse (clap), open the profile's encrypted store, run one
//! command, print in the asked format. `main.rs` only maps the outcome to an exit code.

pub mod args;
mod commands;
pub mod csv_import;
pub mod generate;
mod ics;
mod open;
pub mod output;
pub mod parse;
mod resolve;
mod tui;

use std::ffi::OsString;
use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use clap::Parser;
use lifeos_core::store::StoreError;

pub use args::Cli;

static DEBUG: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Whether `--debug` is on.
pub fn debugging() -> bool {
    DEBUG.load(std::sync::atomic::Ordering::Relaxed)
}

/// With `--debug`, one line on stderr. Never give it a secret: refer to one with
/// [`lifeos_core::redact`].
#[macro_export]
macro_rules! debug {
    ($($arg:tt)*) => {
        if $crate::debugging() {
            eprintln!("lifeos: debug: {}", format_args!($($arg)*));
        }
    };
}

/// An error caused by how the command was called (exit code 2), as opposed to a failure
/// while running it (exit code 1).
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct UsageError(pub String);

/// Exit codes: 0 ok, 1 error, 2 usage error.
fn exit_code(err: &anyhow::Error) -> u8 {
    if err.downcast_ref::<UsageError>().is_some()
        || err.downcast_ref::<lifeos_core::ValidationError>().is_some()
        || matches!(
            err.downcast_ref::<StoreError>(),
            Some(StoreError::Invalid(_))
        )
    {
        2
    } else {
        1
    }
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            || e.downcast_ref::<serde_json::Error>()
                .is_some_and(|j| j.io_error_kind() == Some(std::io::ErrorKind::BrokenPipe))
    })
}

/// One line, whatever the error: newlines folded, so scripts can log it as is.
fn one_line(s: &str) -> String {
    s.split('\n')
        .map(str::trim_end)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The option that sets a field, in the user's words (`emails[0]` is `--email`); the
/// field's wire name when no option has its name.
fn option_of(field: &str) -> String {
    let base = field.split('[').next().unwrap_or(field);
    let option = match base {
        "emails" => "--email",
        "phones" => "--phone",
        "tags" => "--tag",
        "latitude" => "--lat",
        "longitude" => "--lon",
        "address" => "--address",
        "duration_s" => "--duration",
        "distance_m" => "--distance",
        "energy_kcal" => "--energy",
        "effort" => "--effort",
        "currency_code" => "--currency",
        "booking_date" => "--date",
        "target_minutes" => "--target",
        "category" => "--category",
        "memo" => "--memo",
        "note" => "--note",
        "notes" => "--notes",
        "body" => "--body",
        "due" => "--due",
        "unit" => "--unit",
        _ => field,
    };
    option.to_owned()
}

/// An error and its causes, each said once: a cause whose text its error already
/// includes (`{path}: {source}`) is not repeated, as `{e:#}` would.
pub fn said_once(e: &anyhow::Error) -> String {
    let mut out = String::new();
    for cause in e.chain() {
        let invalid = cause
            .downcast_ref::<lifeos_core::ValidationError>()
            .or_else(|| match cause.downcast_ref::<StoreError>() {
                Some(StoreError::Invalid(v)) => Some(v),
                _ => None,
            });
        let text = match invalid {
            // A rule of the model, named by the option that set the field.
            Some(v) => format!("{}: {}", option_of(&v.field), v.message),
            None => cause.to_string(),
        };
        if out.contains(&text) {
            continue;
        }
        if !out.is_empty() {
            out.push_str(": ");
        }
        out.push_str(&text);
    }
    out
}

/// Runs `lifeos` with these arguments and returns the process exit code.
pub fn run<I, T>(argv: I) -> ExitCode
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let cli = match Cli::try_parse_from(argv) {
        Ok(cli) => cli,
        Err(e) => {
            use clap::error::ErrorKind;
            if matches!(
                e.kind(),
                ErrorKind::DisplayHelp
                    | ErrorKind::DisplayVersion
                    | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
            ) {
                let _ = e.print();
                return ExitCode::from(
                    if e.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand {
                        2
                    } else {
                        0
                    },
                );
            }
            // A value our parser refused: its message names the value, so say the
            // option and the message once ("--due: 'someday' is not a day …").
            if e.kind() == ErrorKind::ValueValidation
                && let (Some(arg), Some(value), Some(why)) = (
                    e.get(clap::error::ContextKind::InvalidArg),
                    e.get(clap::error::ContextKind::InvalidValue),
                    std::error::Error::source(&e),
                )
            {
                let arg = arg.to_string();
                let arg = arg.split(' ').next().unwrap_or_default();
                let value = value.to_string();
                let why = why.to_string();
                if why.contains(&value) {
                    eprintln!("lifeos: {arg}: {} (see --help)", one_line(&why));
                } else {
                    eprintln!("lifeos: {arg} '{value}': {} (see --help)", one_line(&why));
                }
                return ExitCode::from(2);
            }
            let text = e.render().to_string();
            let message: Vec<&str> = text
                .lines()
                .take_while(|l| !l.starts_with("Usage:") && !l.starts_with("For more information"))
                .map(|l| l.trim().trim_start_matches("error: "))
                .filter(|l| !l.is_empty())
                .collect();
            eprintln!("lifeos: {} (see --help)", message.join(" "));
            return ExitCode::from(2);
        }
    };
    DEBUG.store(cli.debug, std::sync::atomic::Ordering::Relaxed);
    let stdout = std::io::stdout();
    // Without --format: a table on a terminal, JSON otherwise.
    let default = if stdout.is_terminal() {
        args::Format::Table
    } else {
        args::Format::Json
    };
    let mut out = std::io::BufWriter::new(stdout.lock());
    let result = commands::run(cli, default, &mut out).and_then(|()| Ok(out.flush()?));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            drop(out);
            debug!("error chain: {e:?}");
            eprintln!("lifeos: {}", one_line(&said_once(&e)));
            ExitCode::from(exit_code(&e))
        }
    }
}
