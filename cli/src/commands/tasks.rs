//! `lifeos task …`: things to do, open ones first, by due date and priority.

use std::io::Write;

use clap::{Args, Subcommand};
use lifeos_core::model::{Person, Place, Priority, Task, TaskStatus};
use lifeos_core::store::Filter;

use super::{Ctx, IdArg, ListCommon, TagEdit, Target, dedup};
use crate::parse;

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
    /// Due date: YYYY-MM-DD, a date-time, today, tomorrow, a weekday, next monday, +3d, eow, eom…
    #[arg(long, allow_hyphen_values = true, value_parser = parse::due)]
    pub due: Option<lifeos_core::model::Due>,
    /// Priority.
    #[arg(long, value_enum, default_value_t = Priority::None)]
    pub priority: Priority,
    /// Tag (repeatable).
    #[arg(long, value_parser = parse::tag)]
    pub tag: Vec<String>,
    /// The person this task is about (name or id prefix).
    #[arg(long, value_parser = crate::resolve::row_ref, value_name = "ID|NAME")]
    pub person: Option<crate::resolve::RowRef>,
    /// The place it happens at (name or id prefix).
    #[arg(long, value_parser = crate::resolve::row_ref, value_name = "ID|NAME")]
    pub place: Option<crate::resolve::RowRef>,
}

/// `task list`.
#[derive(Debug, Args)]
pub struct TaskList {
    /// Only these statuses (repeatable).
    #[arg(long, value_enum)]
    pub status: Vec<TaskStatus>,
    /// Only tasks due before this date (YYYY-MM-DD, today, tomorrow, …).
    #[arg(long, allow_hyphen_values = true, value_parser = parse::due)]
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
    #[arg(long, allow_hyphen_values = true, value_parser = parse::due, conflicts_with = "no_due")]
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
    #[arg(long, value_parser = crate::resolve::row_ref, value_name = "ID|NAME", conflicts_with = "no_person")]
    pub person: Option<crate::resolve::RowRef>,
    /// Remove the person link.
    #[arg(long)]
    pub no_person: bool,
    /// Link to a place.
    #[arg(long, value_parser = crate::resolve::row_ref, value_name = "ID|NAME", conflicts_with = "no_place")]
    pub place: Option<crate::resolve::RowRef>,
    /// Remove the place link.
    #[arg(long)]
    pub no_place: bool,
}

fn status_rank(s: TaskStatus) -> u8 {
    match s {
        TaskStatus::Doing => 0,
        TaskStatus::Todo => 1,
        TaskStatus::Done => 2,
        TaskStatus::Cancelled => 3,
    }
}

/// Runs `task …`.
pub(crate) fn run<W: Write>(ctx: &mut Ctx<'_, W>, cmd: TaskCmd) -> anyhow::Result<()> {
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
            ctx.list::<Task>(l.common.query(filters), |a, b| {
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
                e.tags.apply(&mut t.tags);
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
