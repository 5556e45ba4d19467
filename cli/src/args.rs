//! The command line's top level, declared once with clap: the global options and the
//! commands, each of which a module of `commands/` declares and runs. Parsing, `--help`,
//! the man pages in `man/` and the shell completions in `completions/` all come from
//! these types.

use clap::{Parser, Subcommand, ValueEnum};
use lifeos_core::credential::Backend;
use lifeos_core::profile::ProfileName;

use crate::commands::{
    attachments, export, faith, fasts, finance, habits, health, notes, people, places, profile,
    search, sync, tasks, workouts,
};
use crate::parse;

/// LifeOS: your notes, tasks, people, places, habits, fasts, health, faith practice and
/// money in an encrypted database you own.
///
/// With no command, lifeos opens the full-screen app (press ? in it for the keys).
#[derive(Debug, Parser)]
#[command(
    name = "lifeos",
    version,
    propagate_version = true,
    max_term_width = 100
)]
#[command(
    after_help = "Environment:\n  LIFEOS_HOME        keep config and data under this directory\n  LIFEOS_PASSPHRASE  the database passphrase (otherwise prompted)\n  LIFEOS_DB_KEY      a raw 256-bit database key, 64 hex digits (read-only credential store)\n  LIFEOS_TOKEN       a session token (read-only credential store)\n  LIFEOS_CREDENTIAL_STORE  keyring, file or env: like --credential-store"
)]
pub struct Cli {
    /// Profile to use (each has its own database); default from the config, else "default".
    #[arg(long, global = true, env = "LIFEOS_PROFILE", value_parser = parse::profile, help_heading = GLOBAL)]
    pub profile: Option<ProfileName>,

    /// Output format: table on a terminal, json otherwise.
    #[arg(long, global = true, value_enum, help_heading = GLOBAL)]
    pub format: Option<FormatOpt>,

    /// Tables: show every column whole and ids in full, however wide (by default a table
    /// fits the terminal, cutting its widest text column, and ids are shortened).
    #[arg(long, global = true, help_heading = GLOBAL)]
    pub wide: bool,

    /// Where secrets (database key, session token) are kept: the OS keyring, the
    /// passphrase-encrypted file, or environment variables (read-only). Default: the
    /// config's `credential_store`, else keyring, file, env in that order.
    #[arg(long, global = true, value_enum, env = "LIFEOS_CREDENTIAL_STORE", help_heading = GLOBAL)]
    pub credential_store: Option<Backend>,

    /// Explain what happens on stderr (paths, credential stores, server calls); secrets
    /// never show.
    #[arg(long, global = true, env = "LIFEOS_DEBUG", help_heading = GLOBAL)]
    pub debug: bool,

    /// What to do; with none, the full-screen app opens.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The heading the options every command takes are listed under, apart from a
/// command's own.
pub const GLOBAL: &str = "Global options";

/// The values of `--format`: the output formats, and `ledger`, the old spelling of
/// `finance export`'s journal (`--to ledger`), still accepted there and only there.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum FormatOpt {
    /// An hledger/Ledger journal (only `finance export`).
    #[value(hide = true)]
    Ledger,
    /// Aligned columns for people.
    Table,
    /// One JSON document (an array for lists).
    Json,
    /// YAML.
    Yaml,
    /// One JSON object per line.
    Ndjson,
}

/// What `--format ledger` says to any command but `finance export`.
pub const LEDGER_ONLY: &str = "--format ledger is only for finance export";

impl FormatOpt {
    /// The output format, or `None` for `ledger` (not an output format of rows).
    pub fn output(self) -> Option<Format> {
        match self {
            FormatOpt::Ledger => None,
            FormatOpt::Table => Some(Format::Table),
            FormatOpt::Json => Some(Format::Json),
            FormatOpt::Yaml => Some(Format::Yaml),
            FormatOpt::Ndjson => Some(Format::Ndjson),
        }
    }
}

/// Output formats. Field names are the wire names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Aligned columns for people.
    Table,
    /// One JSON document (an array for lists).
    Json,
    /// YAML.
    Yaml,
    /// One JSON object per line.
    Ndjson,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Things to do.
    #[command(subcommand)]
    Task(tasks::TaskCmd),
    /// The open tasks to do next, most urgent first (due, priority, age, blocking…).
    Next(tasks::NextArgs),
    /// Markdown notes.
    #[command(subcommand)]
    Note(notes::NoteCmd),
    /// People in your life.
    #[command(subcommand)]
    Person(people::PersonCmd),
    /// Places that matter.
    #[command(subcommand)]
    Place(places::PlaceCmd),
    /// Habits: check in, skip, streaks and statistics.
    #[command(subcommand)]
    Habit(habits::HabitCmd),
    /// Fasting: start, stop, the running fast, history and statistics.
    #[command(subcommand)]
    Fast(fasts::FastCmd),
    // account, tx, transfer, budget, balance, spending, finance.
    #[command(flatten)]
    Finance(finance::FinanceCmds),
    // export, import.
    #[command(flatten)]
    Data(export::DataCmd),
    // attach, attachment.
    #[command(flatten)]
    Attach(attachments::AttachCmds),
    // login, logout, sync, status, workspace.
    #[command(flatten)]
    Sync(sync::SyncCmd),
    // auth, db, profile.
    #[command(flatten)]
    Profile(profile::ProfileCmds),
    /// Health: weight, blood pressure, sleep, steps, water, mood… and trends.
    Health(health::HealthArgs),
    /// Workouts and weekly totals.
    Workout(workouts::WorkoutArgs),
    /// Faith practice: prayer, scripture, meditation… or your own; streaks and totals.
    #[command(subcommand)]
    Practice(faith::PracticeCmd),
    /// Reading plans: import, today's readings, progress and catch-up.
    #[command(subcommand)]
    Plan(faith::PlanCmd),
    /// Take back the last local change of any kind (again: the one before), as new
    /// versions that sync; prints what it undid.
    Undo,
    /// Find anything: ranked hits across every kind, with the matches marked.
    Search(search::SearchArgs),
    /// Everything that happened on one day (default today), across every domain.
    Day(search::DayArgs),
    /// Everything that happened from one day to another, across every domain.
    Timeline(search::TimelineArgs),
}

/// The clap command tree, for man pages and completions.
pub fn command() -> clap::Command {
    <Cli as clap::CommandFactory>::command()
}
