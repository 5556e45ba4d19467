//! `lifeos person …`: the people in your life, by name.

use std::io::Write;

use clap::{Args, Subcommand};
use lifeos_core::model::Person;

use super::{Ctx, IdArg, ListCommon, TagEdit, Target, by_name, dedup};
use crate::parse;

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
    /// Birthday: YYYY-MM-DD, or MM-DD (also --MM-DD) when the year is not known.
    #[arg(long, value_parser = parse::birthday, allow_hyphen_values = true, value_name = "[YYYY-]MM-DD")]
    pub birthday: Option<lifeos_core::model::Birthday>,
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
    /// New birthday: YYYY-MM-DD, or MM-DD (also --MM-DD) without the year.
    #[arg(long, value_parser = parse::birthday, allow_hyphen_values = true, value_name = "[YYYY-]MM-DD", conflicts_with = "no_birthday")]
    pub birthday: Option<lifeos_core::model::Birthday>,
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

/// Runs `person …`.
pub(crate) fn run<W: Write>(ctx: &mut Ctx<'_, W>, cmd: PersonCmd) -> anyhow::Result<()> {
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
        PersonCmd::List(l) => ctx.list::<Person>(l.query(vec![]), |a, b| {
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
            e.tags.apply(&mut p.tags);
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
