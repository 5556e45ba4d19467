//! The command line, declared once with clap: parsing, `--help`, the man pages in `man/`
//! and the shell completions in `completions/` all come from these types.

use clap::{Args, Parser, Subcommand, ValueEnum};
use lifeos_core::IdPrefix;
use lifeos_core::LocalDate;
use lifeos_core::credential::Backend;
use lifeos_core::model::{AccountKind, Month, Priority, TaskStatus};
use lifeos_core::money::Currency;
use lifeos_core::profile::ProfileName;

use crate::parse;

/// LifeOS: notes, tasks, people and places in an encrypted database you own.
///
/// With no command, lifeos opens the full-screen app (press ? in it for the keys).
/// LifeOS: notes, tasks, people, places, habits and fasts in an encrypted database you own.
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
    #[arg(long, global = true, env = "LIFEOS_PROFILE", value_parser = parse::profile)]
    pub profile: Option<ProfileName>,

    /// Output format: table on a terminal, json otherwise.
    #[arg(long, global = true, value_enum)]
    pub format: Option<Format>,

    /// Where secrets (database key, session token) are kept: the OS keyring, the
    /// passphrase-encrypted file, or environment variables (read-only). Default: the
    /// config's `credential_store`, else keyring, file, env in that order.
    #[arg(long, global = true, value_enum, env = "LIFEOS_CREDENTIAL_STORE")]
    pub credential_store: Option<Backend>,

    /// Explain what happens on stderr (paths, credential stores, server calls); secrets
    /// never show.
    #[arg(long, global = true, env = "LIFEOS_DEBUG")]
    pub debug: bool,

    /// What to do; with none, the full-screen app opens.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Output formats. Field names are the wire names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// An hledger/Ledger journal (only `finance export`).
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

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Things to do.
    #[command(subcommand)]
    Task(TaskCmd),
    /// Markdown notes.
    #[command(subcommand)]
    Note(NoteCmd),
    /// People in your life.
    #[command(subcommand)]
    Person(PersonCmd),
    /// Places that matter.
    #[command(subcommand)]
    Place(PlaceCmd),
    /// Habits: check in, skip, streaks and statistics.
    #[command(subcommand)]
    Habit(HabitCmd),
    /// Fasting: start, stop, the running fast, history and statistics.
    #[command(subcommand)]
    Fast(FastCmd),
    /// Money accounts.
    #[command(subcommand)]
    Account(AccountCmd),
    /// Transactions: money in (positive) or out (negative) of an account.
    #[command(subcommand, name = "tx")]
    Tx(TxCmd),
    /// Transfers between two of your accounts (two linked transactions).
    #[command(subcommand)]
    Transfer(TransferCmd),
    /// Monthly budgets per category.
    #[command(subcommand)]
    Budget(BudgetCmd),
    /// Account balances (as of a date) and net worth per currency.
    Balance(BalanceArgs),
    /// Spending by category in a month (subcategories roll up).
    Spending(MonthArg),
    /// Finance as a whole: export a journal for hledger/Ledger.
    #[command(subcommand)]
    Finance(FinanceCmd),
    /// Write every row of every kind, deleted ones included, as ndjson to stdout (always ndjson).
    Export,
    /// Read an export (a file, or - for stdin) in one transaction; rows merge by version.
    Import {
        /// The file to read, or - for standard input.
        file: String,
    },
    /// Log in to a sync server (password prompted, or LIFEOS_PASSWORD).
    Login(Login),
    /// Log out: the session is revoked and forgotten.
    Logout,
    /// Push local changes, then pull everyone else's.
    Sync,
    /// Server, workspace, pending changes, last sync.
    Status,
    /// The workspaces of your account.
    #[command(subcommand)]
    Workspace(WorkspaceCmd),
    /// Credentials: where the database key and session token are kept.
    #[command(subcommand)]
    Auth(AuthCmd),
    /// The encrypted database itself.
    #[command(subcommand)]
    Db(DbCmd),
    /// Profiles: each has its own server, workspace, database and credentials.
    #[command(subcommand)]
    Profile(ProfileCmd),
    /// Health: weight, blood pressure, sleep, steps, water, mood… and trends.
    Health {
        #[command(flatten)]
        units: crate::health::UnitsArg,
        #[command(subcommand)]
        cmd: crate::health::HealthCmd,
    },
    /// Workouts and weekly totals.
    Workout {
        #[command(flatten)]
        units: crate::health::UnitsArg,
        #[command(subcommand)]
        cmd: crate::health::WorkoutCmd,
    },
    /// Faith practice: prayer, scripture, meditation… or your own; streaks and totals.
    #[command(subcommand)]
    Practice(crate::faith::PracticeCmd),
    /// Reading plans: import, today's readings, progress and catch-up.
    #[command(subcommand)]
    Plan(crate::faith::PlanCmd),
}

/// `auth` commands.
#[derive(Debug, Subcommand)]
pub enum AuthCmd {
    /// Which credential store holds which secret (never the secret itself).
    Status,
}

/// `db` commands.
#[derive(Debug, Subcommand)]
pub enum DbCmd {
    /// Re-encrypt the database under a new random key, kept in the credential store; the
    /// old key stops working.
    Rekey {
        /// Derive the new key from a new passphrase instead (LIFEOS_NEW_PASSPHRASE, or
        /// prompted twice), with a new salt in kdf.toml.
        #[arg(long)]
        passphrase: bool,
    },
}

/// `profile` commands.
#[derive(Debug, Subcommand)]
pub enum ProfileCmd {
    /// List the profiles.
    #[command(alias = "ls")]
    List,
    /// Create a profile (its database is made on first use).
    Add {
        /// Its name: 1-64 lower-case letters, digits, - and _.
        #[arg(value_parser = parse::profile)]
        name: ProfileName,
        /// Its sync server's URL.
        #[arg(long)]
        server: Option<String>,
        /// Its account's email.
        #[arg(long)]
        email: Option<String>,
        /// Keep its secrets in this credential store.
        #[arg(long = "store", value_enum)]
        store: Option<Backend>,
        /// Make it the default profile too.
        #[arg(long = "use")]
        make_default: bool,
    },
    /// Make a profile the default.
    Use {
        /// The profile.
        #[arg(value_parser = parse::profile)]
        name: ProfileName,
    },
    /// Delete a profile: its settings, its credentials and its database.
    #[command(alias = "remove")]
    Rm {
        /// The profile.
        #[arg(value_parser = parse::profile)]
        name: ProfileName,
        /// Yes, delete its database too (unsynced changes are lost).
        #[arg(long)]
        yes: bool,
    },
}

/// `login`.
#[derive(Debug, Args)]
pub struct Login {
    /// The server's URL, e.g. https://lifeos.example.org (default: the profile's).
    #[arg(long)]
    pub server: Option<String>,
    /// Your account's email (default: the profile's).
    #[arg(long)]
    pub email: Option<String>,
}

/// Workspace commands.
#[derive(Debug, Subcommand)]
pub enum WorkspaceCmd {
    /// List your workspaces.
    #[command(alias = "ls")]
    List,
    /// Make this profile mirror a workspace (a profile's database holds one workspace).
    Use {
        /// The workspace's id.
        #[arg(value_parser = parse::id_prefix)]
        id: IdPrefix,
    },
}

/// An id, or any unique prefix of one.
#[derive(Debug, Args)]
pub struct IdArg {
    /// The id, or any unique prefix of it.
    #[arg(value_parser = parse::id_prefix)]
    pub id: IdPrefix,
}

/// An id and an optional optimistic-concurrency check.
#[derive(Debug, Args)]
pub struct Target {
    /// The id, or any unique prefix of it.
    #[arg(value_parser = parse::id_prefix)]
    pub id: IdPrefix,
    /// Fail if the row is no longer at this version (someone else changed it).
    #[arg(long, value_name = "N")]
    pub expect_version: Option<i64>,
}

/// Filters every list has.
#[derive(Debug, Args)]
pub struct ListCommon {
    /// Only rows with this tag.
    #[arg(long, value_parser = parse::tag)]
    pub tag: Option<String>,
    /// Only rows whose text contains this (case-insensitive).
    #[arg(long, value_name = "TEXT")]
    pub search: Option<String>,
    /// Include deleted rows (and, for tasks, finished ones).
    #[arg(long)]
    pub all: bool,
}

/// Tag changes on edit.
#[derive(Debug, Args)]
pub struct TagEdit {
    /// Add a tag (repeatable).
    #[arg(long = "tag", value_name = "TAG", value_parser = parse::tag)]
    pub add: Vec<String>,
    /// Remove a tag (repeatable).
    #[arg(long = "untag", value_name = "TAG", value_parser = parse::tag)]
    pub remove: Vec<String>,
}

/// Task commands.
#[derive(Debug, Subcommand)]
pub enum TaskCmd {
    /// Add a task.
    Add(TaskAdd),
    /// List tasks (open ones unless --status or --all).
    #[command(alias = "ls")]
    List(TaskList),
    /// Show one task.
    Show(IdArg),
    /// Change a task.
    Edit(TaskEdit),
    /// Mark a task as in progress.
    Start(Target),
    /// Mark a task as done.
    Done(Target),
    /// Delete a task (it stays as a tombstone; see restore).
    #[command(alias = "delete")]
    Rm(Target),
    /// Undo the deletion of a task.
    Restore(Target),
}

/// `task add`.
#[derive(Debug, Args)]
pub struct TaskAdd {
    /// What to do.
    pub title: String,
    /// Longer notes.
    #[arg(long)]
    pub notes: Option<String>,
    /// Due date: YYYY-MM-DD, a date-time, today, tomorrow or a weekday.
    #[arg(long, value_parser = parse::due)]
    pub due: Option<lifeos_core::model::Due>,
    /// Priority.
    #[arg(long, value_enum, default_value_t = Priority::None)]
    pub priority: Priority,
    /// Tag (repeatable).
    #[arg(long, value_parser = parse::tag)]
    pub tag: Vec<String>,
    /// The person this task is about (id or prefix).
    #[arg(long, value_parser = parse::id_prefix)]
    pub person: Option<IdPrefix>,
    /// The place it happens at (id or prefix).
    #[arg(long, value_parser = parse::id_prefix)]
    pub place: Option<IdPrefix>,
}

/// `task list`.
#[derive(Debug, Args)]
pub struct TaskList {
    /// Only these statuses (repeatable).
    #[arg(long, value_enum)]
    pub status: Vec<TaskStatus>,
    /// Only tasks due before this date (YYYY-MM-DD, today, tomorrow, …).
    #[arg(long, value_parser = parse::due)]
    pub due_before: Option<lifeos_core::model::Due>,
    #[command(flatten)]
    pub common: ListCommon,
}

/// `task edit`.
#[derive(Debug, Args)]
pub struct TaskEdit {
    #[command(flatten)]
    pub target: Target,
    /// New title.
    #[arg(long)]
    pub title: Option<String>,
    /// New notes.
    #[arg(long)]
    pub notes: Option<String>,
    /// New due date.
    #[arg(long, value_parser = parse::due, conflicts_with = "no_due")]
    pub due: Option<lifeos_core::model::Due>,
    /// Remove the due date.
    #[arg(long)]
    pub no_due: bool,
    /// New priority.
    #[arg(long, value_enum)]
    pub priority: Option<Priority>,
    /// New status.
    #[arg(long, value_enum)]
    pub status: Option<TaskStatus>,
    #[command(flatten)]
    pub tags: TagEdit,
    /// Link to a person.
    #[arg(long, value_parser = parse::id_prefix, conflicts_with = "no_person")]
    pub person: Option<IdPrefix>,
    /// Remove the person link.
    #[arg(long)]
    pub no_person: bool,
    /// Link to a place.
    #[arg(long, value_parser = parse::id_prefix, conflicts_with = "no_place")]
    pub place: Option<IdPrefix>,
    /// Remove the place link.
    #[arg(long)]
    pub no_place: bool,
}

/// Note commands.
#[derive(Debug, Subcommand)]
pub enum NoteCmd {
    /// Add a note.
    Add(NoteAdd),
    /// List notes (pinned first).
    #[command(alias = "ls")]
    List(NoteList),
    /// Show one note.
    Show(IdArg),
    /// Change a note.
    Edit(NoteEdit),
    /// Delete a note (it stays as a tombstone; see restore).
    #[command(alias = "delete")]
    Rm(Target),
    /// Undo the deletion of a note.
    Restore(Target),
}

/// `note add`.
#[derive(Debug, Args)]
pub struct NoteAdd {
    /// The title.
    pub title: String,
    /// The Markdown body.
    #[arg(long, conflicts_with = "body_file")]
    pub body: Option<String>,
    /// Read the body from a file (- for stdin).
    #[arg(long, value_name = "FILE")]
    pub body_file: Option<String>,
    /// Tag (repeatable).
    #[arg(long, value_parser = parse::tag)]
    pub tag: Vec<String>,
    /// Pin the note.
    #[arg(long)]
    pub pin: bool,
}

/// `note list`.
#[derive(Debug, Args)]
pub struct NoteList {
    /// Only pinned notes.
    #[arg(long)]
    pub pinned: bool,
    #[command(flatten)]
    pub common: ListCommon,
}

/// `note edit`.
#[derive(Debug, Args)]
pub struct NoteEdit {
    #[command(flatten)]
    pub target: Target,
    /// New title.
    #[arg(long)]
    pub title: Option<String>,
    /// New body.
    #[arg(long, conflicts_with = "body_file")]
    pub body: Option<String>,
    /// Read the new body from a file (- for stdin).
    #[arg(long, value_name = "FILE")]
    pub body_file: Option<String>,
    #[command(flatten)]
    pub tags: TagEdit,
    /// Pin the note.
    #[arg(long, conflicts_with = "unpin")]
    pub pin: bool,
    /// Unpin the note.
    #[arg(long)]
    pub unpin: bool,
}

/// Person commands.
#[derive(Debug, Subcommand)]
pub enum PersonCmd {
    /// Add a person.
    Add(PersonAdd),
    /// List people.
    #[command(alias = "ls")]
    List(ListCommon),
    /// Show one person.
    Show(IdArg),
    /// Change a person.
    Edit(PersonEdit),
    /// Record that you were in touch now (or --at a time).
    Contacted(Contacted),
    /// Delete a person (it stays as a tombstone; see restore).
    #[command(alias = "delete")]
    Rm(Target),
    /// Undo the deletion of a person.
    Restore(Target),
}

/// `person add`.
#[derive(Debug, Args)]
pub struct PersonAdd {
    /// Their name.
    pub name: String,
    /// Email address (repeatable).
    #[arg(long)]
    pub email: Vec<String>,
    /// Phone number (repeatable).
    #[arg(long)]
    pub phone: Vec<String>,
    /// Birthday, YYYY-MM-DD.
    #[arg(long, value_parser = parse::date)]
    pub birthday: Option<lifeos_core::LocalDate>,
    /// Notes.
    #[arg(long)]
    pub notes: Option<String>,
    /// Tag (repeatable).
    #[arg(long, value_parser = parse::tag)]
    pub tag: Vec<String>,
}

/// `person edit`.
#[derive(Debug, Args)]
pub struct PersonEdit {
    #[command(flatten)]
    pub target: Target,
    /// New name.
    #[arg(long)]
    pub name: Option<String>,
    /// Add an email address (repeatable).
    #[arg(long)]
    pub email: Vec<String>,
    /// Remove an email address (repeatable).
    #[arg(long)]
    pub rm_email: Vec<String>,
    /// Add a phone number (repeatable).
    #[arg(long)]
    pub phone: Vec<String>,
    /// Remove a phone number (repeatable).
    #[arg(long)]
    pub rm_phone: Vec<String>,
    /// New birthday, YYYY-MM-DD.
    #[arg(long, value_parser = parse::date, conflicts_with = "no_birthday")]
    pub birthday: Option<lifeos_core::LocalDate>,
    /// Remove the birthday.
    #[arg(long)]
    pub no_birthday: bool,
    /// New notes.
    #[arg(long)]
    pub notes: Option<String>,
    #[command(flatten)]
    pub tags: TagEdit,
}

/// `person contacted`.
#[derive(Debug, Args)]
pub struct Contacted {
    #[command(flatten)]
    pub target: Target,
    /// When (RFC 3339); now if omitted.
    #[arg(long, value_parser = parse::timestamp)]
    pub at: Option<lifeos_core::Timestamp>,
}

/// Place commands.
#[derive(Debug, Subcommand)]
pub enum PlaceCmd {
    /// Add a place.
    Add(PlaceAdd),
    /// List places.
    #[command(alias = "ls")]
    List(ListCommon),
    /// Show one place.
    Show(IdArg),
    /// Change a place.
    Edit(PlaceEdit),
    /// Delete a place (it stays as a tombstone; see restore).
    #[command(alias = "delete")]
    Rm(Target),
    /// Undo the deletion of a place.
    Restore(Target),
}

/// `place add`.
#[derive(Debug, Args)]
pub struct PlaceAdd {
    /// Its name.
    pub name: String,
    /// Postal address.
    #[arg(long)]
    pub address: Option<String>,
    /// Latitude in degrees (-90 to 90); needs --lon.
    #[arg(long, allow_negative_numbers = true, value_parser = parse::latitude, requires = "lon")]
    pub lat: Option<f64>,
    /// Longitude in degrees (-180 to 180); needs --lat.
    #[arg(long, allow_negative_numbers = true, value_parser = parse::longitude, requires = "lat")]
    pub lon: Option<f64>,
    /// Notes.
    #[arg(long)]
    pub notes: Option<String>,
    /// Tag (repeatable).
    #[arg(long, value_parser = parse::tag)]
    pub tag: Vec<String>,
}

/// `place edit`.
#[derive(Debug, Args)]
pub struct PlaceEdit {
    #[command(flatten)]
    pub target: Target,
    /// New name.
    #[arg(long)]
    pub name: Option<String>,
    /// New address.
    #[arg(long)]
    pub address: Option<String>,
    /// New latitude; needs --lon.
    #[arg(long, allow_negative_numbers = true, value_parser = parse::latitude, requires = "lon", conflicts_with = "no_coords")]
    pub lat: Option<f64>,
    /// New longitude; needs --lat.
    #[arg(long, allow_negative_numbers = true, value_parser = parse::longitude, requires = "lat")]
    pub lon: Option<f64>,
    /// Remove the coordinates.
    #[arg(long)]
    pub no_coords: bool,
    /// New notes.
    #[arg(long)]
    pub notes: Option<String>,
    #[command(flatten)]
    pub tags: TagEdit,
}

/// A habit named by its exact name (any case) or a unique id prefix.
#[derive(Debug, Args)]
pub struct HabitArg {
    /// The habit's name (exact, any case) or a unique prefix of its id.
    #[arg(value_name = "NAME|ID")]
    pub habit: String,
}

/// A habit and an optional optimistic-concurrency check.
#[derive(Debug, Args)]
pub struct HabitTarget {
    /// The habit's name (exact, any case) or a unique prefix of its id.
    #[arg(value_name = "NAME|ID")]
    pub habit: String,
    /// Fail if the habit is no longer at this version (someone else changed it).
    #[arg(long, value_name = "N")]
    pub expect_version: Option<i64>,
}

/// Account commands.
#[derive(Debug, Subcommand)]
pub enum AccountCmd {
    /// Add an account.
    Add(AccountAdd),
    /// List accounts (not archived ones unless --all).
    #[command(alias = "ls")]
    List(AccountList),
    /// Show one account.
    Show(AccountArg),
    /// Change an account.
    Edit(AccountEdit),
    /// Delete an account (it stays as a tombstone; see restore).
    #[command(alias = "delete")]
    Rm(AccountTarget),
    /// Undo the deletion of an account.
    Restore(AccountTarget),
}

/// An account: its exact name or a unique id prefix.
#[derive(Debug, Args)]
pub struct AccountArg {
    /// The account's exact name, or a unique prefix of its id.
    pub account: String,
}

/// An account and an optional optimistic-concurrency check.
#[derive(Debug, Args)]
pub struct AccountTarget {
    /// The account's exact name, or a unique prefix of its id.
    pub account: String,
    /// Fail if the row is no longer at this version (someone else changed it).
    #[arg(long, value_name = "N")]
    pub expect_version: Option<i64>,
}

/// Habit commands.
#[derive(Debug, Subcommand)]
pub enum HabitCmd {
    /// Add a habit.
    Add(HabitAdd),
    /// List habits with today's state and the current streak.
    #[command(alias = "ls")]
    List(HabitList),
    /// Show one habit.
    Show(HabitArg),
    /// Change a habit.
    Edit(HabitEdit),
    /// Check a habit in as done (today, or --date); again on the same day updates it.
    Check(Checkin),
    /// Remove the check-in (done or skipped) of a day.
    Uncheck(Uncheck),
    /// Excuse a day (skip, vacation): it neither counts nor breaks a streak.
    Skip(Skip),
    /// The check-ins of a habit, newest first.
    Log(HabitLog),
    /// Streaks, completion and strength of a habit.
    Stats(HabitArg),
    /// Archive a habit: kept with its history, hidden from the list, no check-ins.
    Archive(HabitTarget),
    /// Bring an archived habit back.
    Unarchive(HabitTarget),
    /// Delete a habit (it stays as a tombstone; see restore).
    #[command(alias = "delete")]
    Rm(HabitTarget),
    /// Undo the deletion of a habit.
    Restore(Target),
}

/// `habit add`.
#[derive(Debug, Args)]
pub struct HabitAdd {
    /// Its name, e.g. "Read 20 pages".
    pub name: String,
    /// daily, N/week (e.g. 3/week) or weekdays (e.g. mon,wed,fri).
    #[arg(long, default_value = "daily", value_parser = parse::schedule)]
    pub schedule: lifeos_core::model::Schedule,
    /// A longer description.
    #[arg(long)]
    pub description: Option<String>,
    /// An amount to reach each time, e.g. 8 (with --unit glasses).
    #[arg(long, value_parser = parse::amount)]
    pub target: Option<f64>,
    /// The unit of the target and of check-in values.
    #[arg(long)]
    pub unit: Option<String>,
}

/// `habit list`.
#[derive(Debug, Args)]
pub struct HabitList {
    /// Include archived habits.
    #[arg(long)]
    pub archived: bool,
    /// Only habits whose name or description contains this (case-insensitive).
    #[arg(long, value_name = "TEXT")]
    pub search: Option<String>,
    /// Include archived and deleted habits.
    #[arg(long)]
    pub all: bool,
}

/// `account add`.
#[derive(Debug, Args)]
pub struct AccountAdd {
    /// Its name (unique among your accounts).
    pub name: String,
    /// What kind of account.
    #[arg(long, value_enum, default_value_t = AccountKind::Checking)]
    pub kind: AccountKind,
    /// ISO 4217 currency code (EUR, USD, JPY, KWD, ...).
    #[arg(long, value_parser = parse::currency)]
    pub currency: Currency,
    /// Opening balance, exact decimal text in the currency's minor digits (1250.00).
    #[arg(long, allow_negative_numbers = true, value_name = "AMOUNT")]
    pub opening: Option<String>,
    /// The day the opening balance holds from (default today).
    #[arg(long, value_parser = parse::day, value_name = "DATE")]
    pub opened: Option<LocalDate>,
}

/// `account list`.
#[derive(Debug, Args)]
pub struct AccountList {
    /// Include archived and deleted accounts.
    #[arg(long)]
    pub all: bool,
}

/// `habit edit`.
#[derive(Debug, Args)]
pub struct HabitEdit {
    #[command(flatten)]
    pub habit: HabitTarget,
    /// New name.
    #[arg(long)]
    pub name: Option<String>,
    /// New schedule.
    #[arg(long, value_parser = parse::schedule)]
    pub schedule: Option<lifeos_core::model::Schedule>,
    /// New description.
    #[arg(long)]
    pub description: Option<String>,
    /// New target amount.
    #[arg(long, value_parser = parse::amount, conflicts_with = "no_target")]
    pub target: Option<f64>,
    /// Remove the target.
    #[arg(long)]
    pub no_target: bool,
    /// New unit.
    #[arg(long)]
    pub unit: Option<String>,
}

/// `habit check`.
#[derive(Debug, Args)]
pub struct Checkin {
    #[command(flatten)]
    pub habit: HabitArg,
    /// The day: YYYY-MM-DD, today (default) or yesterday.
    #[arg(long, value_parser = parse::day)]
    pub date: Option<lifeos_core::LocalDate>,
    /// An amount, e.g. 8 (glasses).
    #[arg(long, value_parser = parse::amount)]
    pub value: Option<f64>,
    /// A note.
    #[arg(long)]
    pub note: Option<String>,
}

/// `habit skip`.
#[derive(Debug, Args)]
pub struct Skip {
    #[command(flatten)]
    pub habit: HabitArg,
    /// The day: YYYY-MM-DD, today (default) or yesterday.
    #[arg(long, value_parser = parse::day)]
    pub date: Option<lifeos_core::LocalDate>,
    /// Why (vacation, sick, …).
    #[arg(long)]
    pub note: Option<String>,
}

/// `habit uncheck`.
#[derive(Debug, Args)]
pub struct Uncheck {
    #[command(flatten)]
    pub habit: HabitArg,
    /// The day: YYYY-MM-DD, today (default) or yesterday.
    #[arg(long, value_parser = parse::day)]
    pub date: Option<lifeos_core::LocalDate>,
}

/// `habit log`.
#[derive(Debug, Args)]
pub struct HabitLog {
    #[command(flatten)]
    pub habit: HabitArg,
    /// Only the last N days.
    #[arg(long, value_name = "N")]
    pub days: Option<u32>,
}

/// Fasting commands.
#[derive(Debug, Subcommand)]
pub enum FastCmd {
    /// Start a fast (one runs at a time).
    Start(FastStart),
    /// End the running fast.
    Stop(FastStop),
    /// The running fast: elapsed and remaining time.
    Status,
    /// Past and running fasts, oldest first.
    #[command(alias = "ls")]
    List(FastList),
    /// Count, average and longest duration, and the share that met their target.
    Stats,
    /// Change a fast.
    Edit(FastEdit),
    /// Delete a fast (it stays as a tombstone; see restore).
    #[command(alias = "delete")]
    Rm(Target),
    /// Undo the deletion of a fast.
    Restore(Target),
}

/// `fast start`.
#[derive(Debug, Args)]
pub struct FastStart {
    /// The goal: 16h, 16h30m, 90m, 1d, or a number of hours.
    #[arg(long, value_parser = parse::duration)]
    pub target: Option<u32>,
    /// When it began, if not now: RFC 3339, YYYY-MM-DDTHH:MM or HH:MM (local time).
    #[arg(long, value_parser = parse::instant)]
    pub at: Option<lifeos_core::Timestamp>,
    /// A note.
    #[arg(long)]
    pub note: Option<String>,
}

/// `fast stop`.
#[derive(Debug, Args)]
pub struct FastStop {
    /// When it ended, if not now: RFC 3339, YYYY-MM-DDTHH:MM or HH:MM (local time).
    #[arg(long, value_parser = parse::instant)]
    pub at: Option<lifeos_core::Timestamp>,
}

/// `fast list`.
#[derive(Debug, Args)]
pub struct FastList {
    /// Include deleted fasts.
    #[arg(long)]
    pub all: bool,
}

/// `fast edit`.
#[derive(Debug, Args)]
pub struct FastEdit {
    #[command(flatten)]
    pub target: Target,
    /// New start: RFC 3339, YYYY-MM-DDTHH:MM or HH:MM (local time).
    #[arg(long, value_parser = parse::instant)]
    pub start: Option<lifeos_core::Timestamp>,
    /// New end.
    #[arg(long, value_parser = parse::instant, conflicts_with = "running")]
    pub end: Option<lifeos_core::Timestamp>,
    /// Make it running again (no end).
    #[arg(long)]
    pub running: bool,
    /// New target: 16h, 16h30m, 90m, 1d, or a number of hours.
    #[arg(long, value_parser = parse::duration, conflicts_with = "no_target")]
    pub target_duration: Option<u32>,
    /// Remove the target.
    #[arg(long)]
    pub no_target: bool,
    /// New note.
    #[arg(long)]
    pub note: Option<String>,
}

/// `account edit`.
#[derive(Debug, Args)]
pub struct AccountEdit {
    #[command(flatten)]
    pub target: AccountTarget,
    /// New name.
    #[arg(long)]
    pub name: Option<String>,
    /// New kind.
    #[arg(long, value_enum)]
    pub kind: Option<AccountKind>,
    /// New opening balance.
    #[arg(long, allow_negative_numbers = true, value_name = "AMOUNT")]
    pub opening: Option<String>,
    /// New opening date.
    #[arg(long, value_parser = parse::day, value_name = "DATE")]
    pub opened: Option<LocalDate>,
    /// Archive it (closed; kept for history).
    #[arg(long, conflicts_with = "unarchive")]
    pub archive: bool,
    /// Unarchive it.
    #[arg(long)]
    pub unarchive: bool,
}

/// Options of a transaction, accepted before or after `--` in `tx add`.
#[derive(Debug, Args, Default)]
pub struct TxOptions {
    /// Booking date: YYYY-MM-DD, today or yesterday (default today).
    #[arg(long, value_parser = parse::day, value_name = "DATE")]
    pub date: Option<LocalDate>,
    /// Hierarchical category, e.g. Food:Groceries.
    #[arg(long)]
    pub category: Option<String>,
    /// A memo.
    #[arg(long)]
    pub memo: Option<String>,
    /// Tag (repeatable).
    #[arg(long, value_parser = parse::tag)]
    pub tag: Vec<String>,
    /// Cleared by the bank.
    #[arg(long)]
    pub cleared: bool,
}

/// Transaction commands.
#[derive(Debug, Subcommand)]
pub enum TxCmd {
    /// Add a transaction: AMOUNT (negative = outflow) and an optional PAYEE.
    Add(TxAdd),
    /// List transactions, oldest first.
    #[command(alias = "ls")]
    List(TxList),
    /// Show one transaction.
    Show(IdArg),
    /// Change a transaction (both sides of a transfer change together).
    Edit(TxEdit),
    /// Delete a transaction (a transfer's both sides; tombstones, see restore).
    #[command(alias = "delete")]
    Rm(Target),
    /// Undo the deletion of a transaction (a transfer's both sides).
    Restore(Target),
    /// Import a bank's CSV file into an account, in one transaction.
    Import(TxImport),
}

/// `tx add`.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  lifeos tx add --account Checking -- -42.50 \"Grocer\" --category Food:Groceries\n  lifeos tx add --account Cash 12 \"Refund\""
)]
pub struct TxAdd {
    /// The account (exact name or id prefix).
    #[arg(long)]
    pub account: String,
    #[command(flatten)]
    pub options: TxOptions,
    /// AMOUNT, then optionally PAYEE; options may follow them.
    #[arg(
        value_name = "AMOUNT [PAYEE]",
        num_args = 1..,
        allow_hyphen_values = true,
        trailing_var_arg = true,
        required = true
    )]
    pub args: Vec<String>,
}

/// `tx list`.
#[derive(Debug, Args)]
pub struct TxList {
    /// Only this account (exact name or id prefix).
    #[arg(long)]
    pub account: Option<String>,
    /// Only this category and its subcategories.
    #[arg(long)]
    pub category: Option<String>,
    /// Booked on or after this date.
    #[arg(long, value_parser = parse::day, value_name = "DATE")]
    pub from: Option<LocalDate>,
    /// Booked on or before this date.
    #[arg(long, value_parser = parse::day, value_name = "DATE")]
    pub to: Option<LocalDate>,
    #[command(flatten)]
    pub common: ListCommon,
}

/// `tx edit`.
#[derive(Debug, Args)]
pub struct TxEdit {
    #[command(flatten)]
    pub target: Target,
    /// New amount (of a transfer: this side; the other side follows in its currency).
    #[arg(long, allow_negative_numbers = true, value_name = "AMOUNT")]
    pub amount: Option<String>,
    /// Of a transfer between two currencies: the other side's new amount.
    #[arg(long, allow_negative_numbers = true, value_name = "AMOUNT")]
    pub other_amount: Option<String>,
    /// New payee.
    #[arg(long)]
    pub payee: Option<String>,
    /// New category (empty to remove).
    #[arg(long)]
    pub category: Option<String>,
    /// New memo.
    #[arg(long)]
    pub memo: Option<String>,
    /// New booking date.
    #[arg(long, value_parser = parse::day, value_name = "DATE")]
    pub date: Option<LocalDate>,
    /// Mark cleared.
    #[arg(long, conflicts_with = "uncleared")]
    pub cleared: bool,
    /// Mark not cleared.
    #[arg(long)]
    pub uncleared: bool,
    #[command(flatten)]
    pub tags: TagEdit,
}

/// `tx import`.
#[derive(Debug, Args)]
#[command(
    after_help = "Example:\n  lifeos tx import bank.csv --account Checking --map date=Date,amount=Amount,payee=Description --date-format %d.%m.%Y --decimal-comma"
)]
pub struct TxImport {
    /// The CSV file (UTF-8, a header row; a BOM is fine), or - for stdin.
    pub file: String,
    /// The account the rows belong to (exact name or id prefix).
    #[arg(long)]
    pub account: String,
    /// Which column holds what: date=COL,amount=COL, and optionally payee=, memo=, category=.
    #[arg(long, value_name = "FIELD=COLUMN,...")]
    pub map: String,
    /// Date format with %Y %m %d (default %Y-%m-%d).
    #[arg(long, value_name = "FORMAT")]
    pub date_format: Option<String>,
    /// Amounts use a decimal comma (1.234,56).
    #[arg(long)]
    pub decimal_comma: bool,
    /// Field delimiter (default: ';' or tab if the header uses it, else ',').
    #[arg(long, value_name = "CHAR")]
    pub delimiter: Option<char>,
}

/// Transfer commands.
#[derive(Debug, Subcommand)]
pub enum TransferCmd {
    /// Move money between two accounts: one linked pair of transactions.
    Add(TransferAdd),
}

/// `transfer add`.
#[derive(Debug, Args)]
pub struct TransferAdd {
    /// The account the money leaves.
    #[arg(long)]
    pub from: String,
    /// The account the money arrives in.
    #[arg(long)]
    pub to: String,
    /// How much leaves --from (positive, in its currency).
    #[arg(allow_negative_numbers = true)]
    pub amount: String,
    /// How much arrives, when the two accounts' currencies differ.
    #[arg(long, value_name = "AMOUNT")]
    pub to_amount: Option<String>,
    /// Booking date (default today).
    #[arg(long, value_parser = parse::day, value_name = "DATE")]
    pub date: Option<LocalDate>,
    /// A description.
    #[arg(long)]
    pub payee: Option<String>,
    /// A memo.
    #[arg(long)]
    pub memo: Option<String>,
}

/// Budget commands.
#[derive(Debug, Subcommand)]
pub enum BudgetCmd {
    /// Set a category's budget for a month (replaces an earlier one).
    Set(BudgetSet),
    /// List budgets.
    #[command(alias = "ls")]
    List(BudgetList),
    /// Delete a budget.
    #[command(alias = "delete")]
    Rm(Target),
    /// Budget against actual spending for a month, with what is left.
    Report(MonthArg),
}

/// `budget set`.
#[derive(Debug, Args)]
pub struct BudgetSet {
    /// The category (covers its subcategories).
    pub category: String,
    /// The amount for the month.
    #[arg(allow_negative_numbers = true)]
    pub amount: String,
    /// The month, YYYY-MM (default this month).
    #[arg(long, value_parser = parse::month)]
    pub month: Option<Month>,
    /// Currency (default: your accounts' currency, if they have one).
    #[arg(long, value_parser = parse::currency)]
    pub currency: Option<Currency>,
}

/// `budget list`.
#[derive(Debug, Args)]
pub struct BudgetList {
    /// Only this month.
    #[arg(long, value_parser = parse::month)]
    pub month: Option<Month>,
}

/// A month argument.
#[derive(Debug, Args)]
pub struct MonthArg {
    /// The month, YYYY-MM (default this month).
    #[arg(long, value_parser = parse::month)]
    pub month: Option<Month>,
}

/// `balance`.
#[derive(Debug, Args)]
pub struct BalanceArgs {
    /// Balances at the end of this day (default: everything).
    #[arg(long, value_parser = parse::day, value_name = "DATE")]
    pub as_of: Option<LocalDate>,
    /// Include archived accounts.
    #[arg(long)]
    pub all: bool,
    /// Also total everything in this currency, with --rate for each other currency.
    #[arg(long = "in", value_parser = parse::currency, value_name = "CURRENCY")]
    pub target: Option<Currency>,
    /// An exchange rate CUR=RATE: 1 CUR is RATE of the --in currency (repeatable).
    #[arg(long, value_name = "CUR=RATE", requires = "target")]
    pub rate: Vec<String>,
}

/// Finance commands.
#[derive(Debug, Subcommand)]
pub enum FinanceCmd {
    /// Write every account and transaction as a journal (--format ledger) for hledger.
    Export,
}

/// The clap command tree, for man pages and completions.
pub fn command() -> clap::Command {
    <Cli as clap::CommandFactory>::command()
}
