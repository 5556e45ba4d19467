//! The commands, one module per domain (as Atuin's command modules are): each owns its
//! clap types and a `run(ctx, cmd)`. What every entity shares is written once here: the
//! context a command runs in ([`Ctx`]) with the generic verbs (show, edit, rm, restore,
//! create, list), and the arguments those verbs take.

use std::io::Write;

use clap::Args;
use lifeos_core::store::{Filter, ListQuery, Store};
use lifeos_core::validate::ValidationError;
use lifeos_core::{Entity, Id, Row, Timestamp};

use crate::UsageError;
use crate::args::{Cli, Command, Format, FormatOpt, LEDGER_ONLY};
use crate::open::{self, ProfileFiles};
use crate::output::{self, Tabular};
use crate::parse;
use crate::resolve::{self, RowRef};

pub(crate) mod attachments;
pub(crate) mod dbfile;
pub(crate) mod export;
pub(crate) mod faith;
pub(crate) mod fasts;
pub(crate) mod finance;
pub(crate) mod habits;
pub(crate) mod health;
pub(crate) mod log;
pub(crate) mod notes;
pub(crate) mod people;
pub(crate) mod places;
pub(crate) mod profile;
pub(crate) mod search;
pub(crate) mod sync;
pub(crate) mod tasks;
pub(crate) mod unlock;
pub(crate) mod workouts;

/// What a command runs with: the profile's files, its open store (`S = ()` for the
/// commands that act on the credentials or the database file itself, before or instead
/// of opening it), the output format and where to write.
pub(crate) struct Ctx<'a, W: Write, S = Store> {
    pub(crate) files: &'a ProfileFiles,
    pub(crate) store: S,
    pub(crate) format: Format,
    pub(crate) out: &'a mut W,
}

impl<W: Write> Ctx<'_, W> {
    /// The row `r` names: an id prefix, or its name or title ([`resolve::any`]).
    pub(crate) fn id<E: Entity>(&self, r: &RowRef) -> anyhow::Result<Id> {
        resolve::any::<E>(&self.store, r)
    }

    pub(crate) fn print<E: Entity>(&mut self, row: &Row<E>) -> anyhow::Result<()> {
        output::one(self.out, self.format, row)
    }

    pub(crate) fn show<E: Entity>(&mut self, a: &IdArg) -> anyhow::Result<()> {
        let id = self.id::<E>(&a.id)?;
        let row = self.store.get::<E>(id)?;
        self.print(&row)
    }

    /// Changes the row `t` names and prints it.
    pub(crate) fn edit<E: Entity>(
        &mut self,
        t: &Target,
        f: impl FnOnce(&mut E, Timestamp) -> Result<(), ValidationError>,
    ) -> anyhow::Result<()> {
        let id = self.id::<E>(&t.id)?;
        self.edit_id(id, t.expect_version, f)
    }

    /// Changes the row `id` (found by name, say) and prints it.
    pub(crate) fn edit_id<E: Entity>(
        &mut self,
        id: Id,
        expect_version: Option<i64>,
        f: impl FnOnce(&mut E, Timestamp) -> Result<(), ValidationError>,
    ) -> anyhow::Result<()> {
        let row = self.store.update::<E>(id, expect_version, f)?;
        self.print(&row)
    }

    pub(crate) fn rm<E: Entity>(&mut self, t: &Target) -> anyhow::Result<()> {
        let id = self.id::<E>(&t.id)?;
        self.rm_id::<E>(id, t.expect_version)
    }

    /// Deletes the row `id` (found by name, say) and prints its tombstone.
    pub(crate) fn rm_id<E: Entity>(
        &mut self,
        id: Id,
        expect_version: Option<i64>,
    ) -> anyhow::Result<()> {
        let row = self.store.delete::<E>(id, expect_version)?;
        self.print(&row)
    }

    pub(crate) fn restore<E: Entity>(&mut self, t: &Target) -> anyhow::Result<()> {
        let id = self.id::<E>(&t.id)?;
        let row = self.store.restore::<E>(id, t.expect_version)?;
        self.print(&row)
    }

    pub(crate) fn create<E: Entity>(&mut self, fields: E) -> anyhow::Result<()> {
        let row = self.store.create(fields)?;
        self.print(&row)
    }

    pub(crate) fn list<E: Tabular>(
        &mut self,
        query: ListQuery,
        sort: impl FnMut(&Row<E>, &Row<E>) -> std::cmp::Ordering,
    ) -> anyhow::Result<()> {
        let mut rows = self.store.list::<E>(&query)?;
        rows.sort_by(sort);
        output::rows(self.out, self.format, &self.store, &rows)
    }

    /// Every row of a kind, tombstones too with `include_deleted`.
    pub(crate) fn all<E: Entity>(&self, include_deleted: bool) -> anyhow::Result<Vec<Row<E>>> {
        Ok(self.store.list::<E>(&ListQuery {
            include_deleted,
            ..ListQuery::default()
        })?)
    }

    /// Resolves an optional link to a row of another kind; it must exist.
    pub(crate) fn link<E: Entity>(&self, prefix: Option<&RowRef>) -> anyhow::Result<Option<Id>> {
        prefix.map(|p| self.id::<E>(p)).transpose()
    }
}

/// A row: its id, any unique prefix of it, or its name or title.
#[derive(Debug, Args)]
pub struct IdArg {
    /// The id, any unique prefix of it, or the name or title (any case).
    #[arg(value_parser = resolve::row_ref, value_name = "ID|NAME")]
    pub id: RowRef,
}

/// A row and an optional optimistic-concurrency check.
#[derive(Debug, Args)]
pub struct Target {
    /// The id, any unique prefix of it, or the name or title (any case).
    #[arg(value_parser = resolve::row_ref, value_name = "ID|NAME")]
    pub id: RowRef,
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

impl ListCommon {
    /// The query these options ask for, with a kind's own `filters`.
    pub(crate) fn query(&self, mut filters: Vec<Filter>) -> ListQuery {
        if let Some(tag) = &self.tag {
            filters.push(Filter::HasTag(tag.clone()));
        }
        ListQuery {
            include_deleted: self.all,
            filters,
            search: self.search.clone(),
        }
    }
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

impl TagEdit {
    /// Applies the changes to a row's tags.
    pub(crate) fn apply(&self, tags: &mut Vec<String>) {
        tags.retain(|t| !self.remove.contains(t));
        for t in &self.add {
            if !tags.contains(t) {
                tags.push(t.clone());
            }
        }
    }
}

/// The items in order, each once.
pub(crate) fn dedup(items: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for t in items {
        if !out.contains(t) {
            out.push(t.clone());
        }
    }
    out
}

/// Names in the order people expect: ignoring case, then exactly.
pub(crate) fn by_name(a: &str, b: &str) -> std::cmp::Ordering {
    a.to_lowercase()
        .cmp(&b.to_lowercase())
        .then_with(|| a.cmp(b))
}

/// Runs one parsed command (with none, the TUI); `default` is the output format when
/// `--format` is not given.
pub fn run(cli: Cli, default: Format, out: &mut impl Write) -> anyhow::Result<()> {
    let Some(command) = cli.command else {
        return crate::tui::run(cli.profile, cli.credential_store);
    };
    if matches!(
        command,
        Command::Data(export::DataCmd::Export { to: None, .. })
    ) && cli.format.is_some_and(|f| f != FormatOpt::Ndjson)
    {
        return Err(UsageError(
            "export always writes ndjson (one row per line), the format import reads".into(),
        )
        .into());
    }
    let journal = matches!(
        command,
        Command::Finance(finance::FinanceCmds::Finance(finance::FinanceCmd::Export(
            _
        )))
    );
    if journal && cli.format.is_some_and(|f| f != FormatOpt::Ledger) {
        return Err(UsageError("finance export writes a journal: --format ledger".into()).into());
    }
    let format = match cli.format {
        None => default,
        Some(f) => match f.output() {
            Some(f) => f,
            None if journal => default,
            None => return Err(UsageError(LEDGER_ONLY.into()).into()),
        },
    };
    output::set_layout(cli.wide, output::terminal_width());
    let files = open::profile_files(cli.profile, cli.credential_store)?;
    let command = match command {
        Command::Profile(cmd) => {
            let mut ctx = Ctx {
                files: &files,
                store: (),
                format,
                out,
            };
            return profile::run(&mut ctx, cmd);
        }
        other => other,
    };
    let store = open::store(&files).map_err(|e| name_db(e, &files.db))?;
    let mut ctx = Ctx {
        files: &files,
        store,
        format,
        out,
    };
    let done = match command {
        Command::Sync(cmd) => sync::run(&mut ctx, cmd),
        Command::Task(cmd) => tasks::run(&mut ctx, cmd),
        Command::Next(a) => tasks::next(&mut ctx, &a),
        Command::Note(cmd) => notes::run(&mut ctx, cmd),
        Command::Person(cmd) => people::run(&mut ctx, cmd),
        Command::Place(cmd) => places::run(&mut ctx, cmd),
        Command::Habit(cmd) => habits::run(&mut ctx, cmd),
        Command::Fast(cmd) => fasts::run(&mut ctx, cmd),
        Command::Finance(cmd) => finance::run(&mut ctx, cmd),
        Command::Data(cmd) => export::run(&mut ctx, cmd),
        Command::Attach(cmd) => attachments::run(&mut ctx, cmd),
        Command::Health(cmd) => health::run(&mut ctx, cmd),
        Command::Workout(cmd) => workouts::run(&mut ctx, cmd),
        Command::Practice(cmd) => faith::practice(&mut ctx, cmd),
        Command::Plan(cmd) => faith::plan(&mut ctx, cmd),
        Command::Search(a) => search::search(&mut ctx, &a),
        Command::Undo => search::undo(&mut ctx),
        Command::Day(a) => search::day_cmd(&mut ctx, &a),
        Command::Timeline(a) => search::timeline(&mut ctx, &a),
        Command::Profile(_) => Ok(()),
    };
    done.map_err(|e| name_db(e, &files.db))
}

/// A damaged or read-only database found while running a command, named by its file.
fn name_db(e: anyhow::Error, db: &std::path::Path) -> anyhow::Error {
    use lifeos_core::store::StoreError;
    match e.downcast_ref::<StoreError>() {
        Some(StoreError::Damaged { path: None, .. } | StoreError::ReadOnly { path: None, .. }) => {
            match e.downcast::<StoreError>() {
                Ok(s) => s.at(db).into(),
                Err(e) => e,
            }
        }
        _ => e,
    }
}
