//! One function per command. The verbs every entity shares (show, rm, restore, edit)
//! are written once, generically over the kernel.

use std::io::{BufRead, Read, Write};

use anyhow::Context;
use lifeos_core::kernel::DecodeError;
use lifeos_core::model::{Note, Person, Place, Task, TaskStatus};
use lifeos_core::record::{MAX_LINE_BYTES, Record};
use lifeos_core::store::{Filter, ListQuery, Store};
use lifeos_core::validate::{self, ValidationError};
use lifeos_core::{Entity, Id, IdPrefix, Row, Timestamp};

use crate::UsageError;
use crate::args::*;
use crate::output::{self, Tabular};
use crate::{open, remote, secure};

mod finance;

pub(crate) struct Ctx<'a, W: Write> {
    pub(crate) store: Store,
    pub(crate) format: Format,
    pub(crate) out: &'a mut W,
}

impl<W: Write> Ctx<'_, W> {
    pub(crate) fn id<E: Entity>(&self, prefix: &IdPrefix) -> anyhow::Result<Id> {
        Ok(self.store.resolve::<E>(prefix)?)
    }

    pub(crate) fn print<E: Entity>(&mut self, row: &Row<E>) -> anyhow::Result<()> {
        output::one(self.out, self.format, row)
    }

    pub(crate) fn show<E: Entity>(&mut self, a: &IdArg) -> anyhow::Result<()> {
        let id = self.id::<E>(&a.id)?;
        let row = self.store.get::<E>(id)?;
        self.print(&row)
    }

    pub(crate) fn edit<E: Entity>(
        &mut self,
        t: &Target,
        f: impl FnOnce(&mut E, Timestamp) -> Result<(), ValidationError>,
    ) -> anyhow::Result<()> {
        let id = self.id::<E>(&t.id)?;
        let row = self.store.update::<E>(id, t.expect_version, f)?;
        self.print(&row)
    }

    pub(crate) fn rm<E: Entity>(&mut self, t: &Target) -> anyhow::Result<()> {
        let id = self.id::<E>(&t.id)?;
        let row = self.store.delete::<E>(id, t.expect_version)?;
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
        output::rows(self.out, self.format, &rows)
    }

    /// Resolves an optional link to a row of another kind; it must exist.
    fn link<E: Entity>(&self, prefix: Option<&IdPrefix>) -> anyhow::Result<Option<Id>> {
        prefix.map(|p| self.id::<E>(p)).transpose()
    }
}

fn query(common: &ListCommon, mut filters: Vec<Filter>) -> ListQuery {
    if let Some(tag) = &common.tag {
        filters.push(Filter::HasTag(tag.clone()));
    }
    ListQuery {
        include_deleted: common.all,
        filters,
        search: common.search.clone(),
    }
}

fn apply_tags(tags: &mut Vec<String>, edit: &TagEdit) {
    tags.retain(|t| !edit.remove.contains(t));
    for t in &edit.add {
        if !tags.contains(t) {
            tags.push(t.clone());
        }
    }
}

fn dedup(tags: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for t in tags {
        if !out.contains(t) {
            out.push(t.clone());
        }
    }
    out
}

fn read_body(path: &str) -> anyhow::Result<String> {
    let limit = validate::MAX_LONG_TEXT_BYTES as u64 + 1;
    let mut bytes = Vec::new();
    if path == "-" {
        std::io::stdin()
            .lock()
            .take(limit)
            .read_to_end(&mut bytes)?;
    } else {
        std::fs::File::open(path)
            .with_context(|| format!("cannot read {path}"))?
            .take(limit)
            .read_to_end(&mut bytes)?;
    }
    if bytes.len() as u64 >= limit {
        return Err(UsageError(format!(
            "{path} is larger than the 1 MiB limit of a note body"
        ))
        .into());
    }
    String::from_utf8(bytes).map_err(|_| UsageError(format!("{path} is not valid UTF-8")).into())
}

fn body(body: &Option<String>, file: &Option<String>) -> anyhow::Result<Option<String>> {
    match (body, file) {
        (Some(b), _) => Ok(Some(b.clone())),
        (None, Some(f)) => read_body(f).map(Some),
        (None, None) => Ok(None),
    }
}

fn status_rank(s: TaskStatus) -> u8 {
    match s {
        TaskStatus::Doing => 0,
        TaskStatus::Todo => 1,
        TaskStatus::Done => 2,
        TaskStatus::Cancelled => 3,
    }
}

/// Runs one parsed command (with none, the TUI).
pub fn run(cli: Cli, format: Format, out: &mut impl Write) -> anyhow::Result<()> {
    let Some(command) = cli.command else {
        return crate::tui::run(cli.profile, cli.credential_store);
    };
    if matches!(command, Command::Export) && cli.format.is_some_and(|f| f != Format::Ndjson) {
        return Err(UsageError(
            "export always writes ndjson (one row per line), the format import reads".into(),
        )
        .into());
    }
    let journal = matches!(command, Command::Finance(FinanceCmd::Export));
    if journal && cli.format.is_some_and(|f| f != Format::Ledger) {
        return Err(UsageError("finance export writes a journal: --format ledger".into()).into());
    }
    if !journal && format == Format::Ledger {
        return Err(UsageError("--format ledger is only for finance export".into()).into());
    }
    let files = open::profile_files(cli.profile, cli.credential_store)?;
    let command = match command {
        Command::Auth(cmd) => return secure::auth(&files, &cmd, format, out),
        Command::Db(cmd) => return secure::db(&files, &cmd, format, out),
        Command::Profile(cmd) => return secure::profile(&files, cmd, format, out),
        other => other,
    };
    let store = open::store(&files)?;
    let mut ctx = Ctx { store, format, out };
    match command {
        Command::Login(a) => remote::login(&ctx.store, &files, &a, format, ctx.out),
        Command::Logout => remote::logout(&ctx.store, &files, format, ctx.out),
        Command::Sync => remote::sync(&mut ctx.store, &files, format, ctx.out),
        Command::Status => remote::status(&ctx.store, &files, format, ctx.out),
        Command::Workspace(cmd) => remote::workspace(&ctx.store, &files, &cmd, format, ctx.out),
        Command::Task(cmd) => task(&mut ctx, cmd),
        Command::Note(cmd) => note(&mut ctx, cmd),
        Command::Person(cmd) => person(&mut ctx, cmd),
        Command::Place(cmd) => place(&mut ctx, cmd),
        Command::Habit(cmd) => crate::habits::habit(&mut ctx, cmd),
        Command::Fast(cmd) => crate::habits::fast(&mut ctx, cmd),
        Command::Account(cmd) => finance::account(&mut ctx, cmd),
        Command::Tx(cmd) => finance::tx(&mut ctx, cmd),
        Command::Transfer(cmd) => finance::transfer(&mut ctx, cmd),
        Command::Budget(cmd) => finance::budget(&mut ctx, cmd),
        Command::Balance(a) => finance::balance(&mut ctx, a),
        Command::Spending(m) => finance::spending(&mut ctx, m),
        Command::Finance(cmd) => finance::finance(&mut ctx, cmd),
        Command::Export => export(&mut ctx),
        Command::Import { file } => import(&mut ctx, &file),
        Command::Health { units, cmd } => {
            crate::health::health(&mut ctx.store, cmd, units.units, format, ctx.out)
        }
        Command::Workout { units, cmd } => {
            crate::health::workout(&mut ctx.store, cmd, units.units, format, ctx.out)
        }
        Command::Practice(cmd) => crate::faith::practice(&mut ctx.store, cmd, format, ctx.out),
        Command::Plan(cmd) => crate::faith::plan_cmd(&mut ctx.store, cmd, format, ctx.out),
        Command::Auth(_) | Command::Db(_) | Command::Profile(_) => Ok(()),
    }
}

fn task<W: Write>(ctx: &mut Ctx<'_, W>, cmd: TaskCmd) -> anyhow::Result<()> {
    match cmd {
        TaskCmd::Add(a) => {
            let mut t = Task::new(a.title);
            t.notes = a.notes.unwrap_or_default();
            t.due = a.due;
            t.priority = a.priority;
            t.tags = dedup(&a.tag);
            t.person_id = ctx.link::<Person>(a.person.as_ref())?;
            t.place_id = ctx.link::<Place>(a.place.as_ref())?;
            ctx.create(t)
        }
        TaskCmd::List(l) => {
            let mut filters = Vec::new();
            if !l.status.is_empty() {
                filters.push(Filter::In(
                    "status",
                    l.status.iter().map(|s| s.as_str().to_owned()).collect(),
                ));
            } else if !l.common.all {
                filters.push(Filter::In("status", vec!["todo".into(), "doing".into()]));
            }
            if let Some(d) = l.due_before {
                filters.push(Filter::Before("due", d.to_string()));
            }
            ctx.list::<Task>(query(&l.common, filters), |a, b| {
                let (x, y) = (&a.fields, &b.fields);
                status_rank(x.status)
                    .cmp(&status_rank(y.status))
                    .then_with(|| match (x.due, y.due) {
                        (Some(p), Some(q)) => p.sort_key().cmp(&q.sort_key()),
                        (Some(_), None) => std::cmp::Ordering::Less,
                        (None, Some(_)) => std::cmp::Ordering::Greater,
                        (None, None) => std::cmp::Ordering::Equal,
                    })
                    .then_with(|| y.priority.cmp(&x.priority))
                    .then_with(|| a.kernel.id.cmp(&b.kernel.id))
            })
        }
        TaskCmd::Show(a) => ctx.show::<Task>(&a),
        TaskCmd::Edit(e) => {
            let person = ctx.link::<Person>(e.person.as_ref())?;
            let place = ctx.link::<Place>(e.place.as_ref())?;
            ctx.edit::<Task>(&e.target, |t, now| {
                if let Some(v) = &e.title {
                    t.title = v.clone();
                }
                if let Some(v) = &e.notes {
                    t.notes = v.clone();
                }
                if e.no_due {
                    t.due = None;
                } else if e.due.is_some() {
                    t.due = e.due;
                }
                if let Some(p) = e.priority {
                    t.priority = p;
                }
                if let Some(s) = e.status {
                    t.set_status(s, now);
                }
                apply_tags(&mut t.tags, &e.tags);
                if e.no_person {
                    t.person_id = None;
                } else if person.is_some() {
                    t.person_id = person;
                }
                if e.no_place {
                    t.place_id = None;
                } else if place.is_some() {
                    t.place_id = place;
                }
                Ok(())
            })
        }
        TaskCmd::Start(t) => ctx.edit::<Task>(&t, |t, now| {
            t.set_status(TaskStatus::Doing, now);
            Ok(())
        }),
        TaskCmd::Done(t) => ctx.edit::<Task>(&t, |t, now| {
            t.set_status(TaskStatus::Done, now);
            Ok(())
        }),
        TaskCmd::Rm(t) => ctx.rm::<Task>(&t),
        TaskCmd::Restore(t) => ctx.restore::<Task>(&t),
    }
}

fn note<W: Write>(ctx: &mut Ctx<'_, W>, cmd: NoteCmd) -> anyhow::Result<()> {
    match cmd {
        NoteCmd::Add(a) => {
            let mut n = Note::new(a.title);
            n.body = body(&a.body, &a.body_file)?.unwrap_or_default();
            n.tags = dedup(&a.tag);
            n.pinned = a.pin;
            ctx.create(n)
        }
        NoteCmd::List(l) => {
            let filters = if l.pinned {
                vec![Filter::IsTrue("pinned")]
            } else {
                vec![]
            };
            ctx.list::<Note>(query(&l.common, filters), |a, b| {
                b.fields
                    .pinned
                    .cmp(&a.fields.pinned)
                    .then_with(|| b.kernel.updated_at.cmp(&a.kernel.updated_at))
                    .then_with(|| a.kernel.id.cmp(&b.kernel.id))
            })
        }
        NoteCmd::Show(a) => ctx.show::<Note>(&a),
        NoteCmd::Edit(e) => {
            let new_body = body(&e.body, &e.body_file)?;
            ctx.edit::<Note>(&e.target, |n, _| {
                if let Some(v) = &e.title {
                    n.title = v.clone();
                }
                if let Some(b) = new_body {
                    n.body = b;
                }
                apply_tags(&mut n.tags, &e.tags);
                if e.pin {
                    n.pinned = true;
                }
                if e.unpin {
                    n.pinned = false;
                }
                Ok(())
            })
        }
        NoteCmd::Rm(t) => ctx.rm::<Note>(&t),
        NoteCmd::Restore(t) => ctx.restore::<Note>(&t),
    }
}

fn by_name(a: &str, b: &str) -> std::cmp::Ordering {
    a.to_lowercase()
        .cmp(&b.to_lowercase())
        .then_with(|| a.cmp(b))
}

fn person<W: Write>(ctx: &mut Ctx<'_, W>, cmd: PersonCmd) -> anyhow::Result<()> {
    match cmd {
        PersonCmd::Add(a) => {
            let mut p = Person::new(a.name);
            p.emails = dedup(&a.email);
            p.phones = dedup(&a.phone);
            p.birthday = a.birthday;
            p.notes = a.notes.unwrap_or_default();
            p.tags = dedup(&a.tag);
            ctx.create(p)
        }
        PersonCmd::List(l) => ctx.list::<Person>(query(&l, vec![]), |a, b| {
            by_name(&a.fields.name, &b.fields.name).then_with(|| a.kernel.id.cmp(&b.kernel.id))
        }),
        PersonCmd::Show(a) => ctx.show::<Person>(&a),
        PersonCmd::Edit(e) => ctx.edit::<Person>(&e.target, |p, _| {
            if let Some(v) = &e.name {
                p.name = v.clone();
            }
            p.emails.retain(|x| !e.rm_email.contains(x));
            p.emails.extend(
                e.email
                    .iter()
                    .filter(|x| !p.emails.contains(x))
                    .cloned()
                    .collect::<Vec<_>>(),
            );
            p.phones.retain(|x| !e.rm_phone.contains(x));
            p.phones.extend(
                e.phone
                    .iter()
                    .filter(|x| !p.phones.contains(x))
                    .cloned()
                    .collect::<Vec<_>>(),
            );
            if e.no_birthday {
                p.birthday = None;
            } else if e.birthday.is_some() {
                p.birthday = e.birthday;
            }
            if let Some(v) = &e.notes {
                p.notes = v.clone();
            }
            apply_tags(&mut p.tags, &e.tags);
            Ok(())
        }),
        PersonCmd::Contacted(c) => ctx.edit::<Person>(&c.target, |p, now| {
            p.last_contacted_at = Some(c.at.unwrap_or(now));
            Ok(())
        }),
        PersonCmd::Rm(t) => ctx.rm::<Person>(&t),
        PersonCmd::Restore(t) => ctx.restore::<Person>(&t),
    }
}

fn place<W: Write>(ctx: &mut Ctx<'_, W>, cmd: PlaceCmd) -> anyhow::Result<()> {
    match cmd {
        PlaceCmd::Add(a) => {
            let mut p = Place::new(a.name);
            p.address = a.address.unwrap_or_default();
            p.latitude = a.lat;
            p.longitude = a.lon;
            p.notes = a.notes.unwrap_or_default();
            p.tags = dedup(&a.tag);
            ctx.create(p)
        }
        PlaceCmd::List(l) => ctx.list::<Place>(query(&l, vec![]), |a, b| {
            by_name(&a.fields.name, &b.fields.name).then_with(|| a.kernel.id.cmp(&b.kernel.id))
        }),
        PlaceCmd::Show(a) => ctx.show::<Place>(&a),
        PlaceCmd::Edit(e) => ctx.edit::<Place>(&e.target, |p, _| {
            if let Some(v) = &e.name {
                p.name = v.clone();
            }
            if let Some(v) = &e.address {
                p.address = v.clone();
            }
            if e.no_coords {
                p.latitude = None;
                p.longitude = None;
            } else if e.lat.is_some() {
                p.latitude = e.lat;
                p.longitude = e.lon;
            }
            if let Some(v) = &e.notes {
                p.notes = v.clone();
            }
            apply_tags(&mut p.tags, &e.tags);
            Ok(())
        }),
        PlaceCmd::Rm(t) => ctx.rm::<Place>(&t),
        PlaceCmd::Restore(t) => ctx.restore::<Place>(&t),
    }
}

fn export<W: Write>(ctx: &mut Ctx<'_, W>) -> anyhow::Result<()> {
    let out = &mut *ctx.out;
    ctx.store.export(|r| {
        out.write_all(r.to_line().as_bytes())?;
        out.write_all(b"\n")
    })?;
    Ok(())
}

/// Reads lines of at most [`MAX_LINE_BYTES`], each parsed into a record; blank lines are
/// skipped. Any read error, over-long line or invalid UTF-8 is that line's error.
fn records(mut input: impl BufRead) -> impl Iterator<Item = (usize, Result<Record, DecodeError>)> {
    let mut line_no = 0usize;
    let mut done = false;
    std::iter::from_fn(move || {
        loop {
            if done {
                return None;
            }
            line_no += 1;
            let mut buf = Vec::new();
            let read = (&mut input)
                .take(MAX_LINE_BYTES as u64 + 1)
                .read_until(b'\n', &mut buf);
            match read {
                Err(e) => {
                    done = true;
                    return Some((
                        line_no,
                        Err(DecodeError::Shape(format!("cannot read: {e}"))),
                    ));
                }
                Ok(0) => return None,
                Ok(_) => {}
            }
            if buf.last() != Some(&b'\n') && buf.len() > MAX_LINE_BYTES {
                done = true;
                return Some((
                    line_no,
                    Err(DecodeError::Shape(format!(
                        "the line is longer than the limit of {MAX_LINE_BYTES} bytes"
                    ))),
                ));
            }
            let Ok(text) = String::from_utf8(buf) else {
                return Some((
                    line_no,
                    Err(DecodeError::Shape("the line is not valid UTF-8".into())),
                ));
            };
            let text = text.trim_end_matches(['\n', '\r']);
            if text.trim().is_empty() {
                continue;
            }
            return Some((line_no, Record::parse_line(text)));
        }
    })
}

fn import<W: Write>(ctx: &mut Ctx<'_, W>, file: &str) -> anyhow::Result<()> {
    let summary = if file == "-" {
        ctx.store.import(records(std::io::stdin().lock()))?
    } else {
        let f = std::fs::File::open(file).with_context(|| format!("cannot read {file}"))?;
        ctx.store
            .import(records(std::io::BufReader::with_capacity(1 << 16, f)))?
    };
    match ctx.format {
        Format::Table => writeln!(
            ctx.out,
            "imported {} new, {} updated, {} unchanged",
            summary.inserted, summary.updated, summary.unchanged
        )?,
        f => output::one(ctx.out, f, &summary)?,
    }
    Ok(())
}
