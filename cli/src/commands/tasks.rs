//! `lifeos task …`: things to do, open ones first, by due date and priority.

use std::io::Write;

use std::collections::{BTreeMap, HashMap, HashSet};

use clap::{Args, Subcommand, ValueEnum};
use lifeos_core::model::{Annotation, Due, Person, Place, Priority, Recur, Task, TaskStatus};
use lifeos_core::recur::Rule;
use lifeos_core::store::{Filter, ListQuery};
use lifeos_core::urgency::{Coefficients, urgency};
use lifeos_core::{Id, Row, Timestamp};
use serde::Serialize;

use super::{Ctx, IdArg, ListCommon, TagEdit, Target, dedup};
use crate::args::Format;
use crate::{UsageError, output, parse};

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
    /// Mark a task as done (a recurring one: its series' next instance appears).
    Done(Target),
    /// Skip an instance of a recurring task: cancelled, and the next one appears.
    Skip(Target),
    /// Add a timestamped note to a task.
    Annotate {
        #[command(flatten)]
        target: Target,
        /// The note (one line).
        text: String,
    },
    /// The projects of open tasks, with how many each holds (below it too).
    Projects,
    /// Delete a task (it stays as a tombstone; see restore).
    #[command(alias = "delete")]
    Rm {
        #[command(flatten)]
        target: Target,
        /// A recurring task: delete every open instance of its series, ending it.
        #[arg(long)]
        series: bool,
    },
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
    /// The project, dotted (home.garden).
    #[arg(long, value_parser = project)]
    pub project: Option<String>,
    /// Hidden from lists until then (a day or a time, as --due).
    #[arg(long, allow_hyphen_values = true, value_parser = parse::due)]
    pub wait: Option<Due>,
    /// When work on it is planned to start (as --due).
    #[arg(long, allow_hyphen_values = true, value_parser = parse::due)]
    pub scheduled: Option<Due>,
    /// A task that must be done first (id, prefix or title; repeatable).
    #[arg(long, value_parser = crate::resolve::row_ref, value_name = "ID|NAME")]
    pub depends: Vec<crate::resolve::RowRef>,
    /// Repeat: daily, weekdays, weekly, monthly, yearly, every 3 days, every 2 weeks on
    /// mon,thu, monthly on the last friday… (needs --due; the next instance appears when
    /// this one is done).
    #[arg(long, value_parser = recur_rule, requires = "due")]
    pub recur: Option<Rule>,
    /// No instance due after this day.
    #[arg(long, allow_hyphen_values = true, value_parser = parse::day, requires = "recur")]
    pub until: Option<lifeos_core::LocalDate>,
    /// At most this many instances (1 to 10000).
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..=10_000), requires = "recur")]
    pub count: Option<u32>,
}

fn project(s: &str) -> Result<String, String> {
    let s = s.trim();
    lifeos_core::model::check_project(s).map_err(|e| e.message)?;
    if s.is_empty() {
        return Err("a project is not empty".into());
    }
    Ok(s.to_owned())
}

fn recur_rule(s: &str) -> Result<Rule, String> {
    Rule::parse(s)
}

/// How `task list` orders.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Sort {
    /// Open first, then by due date, priority (the default).
    Due,
    /// Most urgent first (as `lifeos next`).
    Urgency,
    /// Highest priority first.
    Priority,
    /// Newest first.
    Created,
    /// By project, then due date.
    Project,
    /// By title.
    Title,
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
    /// Only this project and those below it (home lists home.garden too).
    #[arg(long, value_parser = project)]
    pub project: Option<String>,
    /// Only tasks still waiting (hidden by default until their --wait).
    #[arg(long)]
    pub waiting: bool,
    /// The order.
    #[arg(long, value_enum, default_value_t = Sort::Due)]
    pub sort: Sort,
    /// At most this many rows.
    #[arg(long, value_parser = clap::value_parser!(u64).range(1..))]
    pub limit: Option<u64>,
    #[command(flatten)]
    pub common: ListCommon,
}

/// `lifeos next`.
#[derive(Debug, Args)]
pub struct NextArgs {
    /// At most this many tasks.
    #[arg(long, default_value_t = 20, value_parser = clap::value_parser!(u64).range(1..))]
    pub limit: u64,
    /// Only this project and those below it.
    #[arg(long, value_parser = project)]
    pub project: Option<String>,
    /// Only tasks with this tag.
    #[arg(long, value_parser = parse::tag)]
    pub tag: Option<String>,
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
    /// New project.
    #[arg(long, value_parser = project, conflicts_with = "no_project")]
    pub project: Option<String>,
    /// Remove the project.
    #[arg(long)]
    pub no_project: bool,
    /// Hide it until then.
    #[arg(long, allow_hyphen_values = true, value_parser = parse::due, conflicts_with = "no_wait")]
    pub wait: Option<Due>,
    /// Show it again now.
    #[arg(long)]
    pub no_wait: bool,
    /// New scheduled time.
    #[arg(long, allow_hyphen_values = true, value_parser = parse::due, conflicts_with = "no_scheduled")]
    pub scheduled: Option<Due>,
    /// Remove the scheduled time.
    #[arg(long)]
    pub no_scheduled: bool,
    /// Add a task that must be done first (repeatable).
    #[arg(long, value_parser = crate::resolve::row_ref, value_name = "ID|NAME")]
    pub depends: Vec<crate::resolve::RowRef>,
    /// Remove a dependency (repeatable).
    #[arg(long, value_parser = crate::resolve::row_ref, value_name = "ID|NAME")]
    pub no_depends: Vec<crate::resolve::RowRef>,
    /// A recurring task: make the same change to every open instance of its series.
    #[arg(long)]
    pub series: bool,
}

/// Where the working set (the numbers of the last task list, as Taskwarrior's) is kept.
pub(crate) const WORKING_SET: &str = "task_working_set";

/// Keeps the listed tasks' order, so `task done 2` names the second until the next
/// list. A database opened read-only keeps none.
fn remember<W: Write>(ctx: &Ctx<'_, W>, ids: impl Iterator<Item = Id>) {
    if ctx.store.is_read_only() {
        return;
    }
    let ids: Vec<String> = ids.map(|i| i.to_string()).collect();
    if let Ok(json) = serde_json::to_string(&ids)
        && let Err(e) = ctx.store.set_meta(WORKING_SET, Some(&json))
    {
        crate::debug!("the working set was not kept: {e}");
    }
}

/// `task done` / `task skip`: the task finished and, for a recurring one, the next
/// instance made (a table says so; the machine formats print the finished task).
fn finish<W: Write>(ctx: &mut Ctx<'_, W>, t: &Target, skip: bool) -> anyhow::Result<()> {
    let id = ctx.id::<Task>(&t.id)?;
    let zone = jiff::tz::TimeZone::system();
    let ahead = recur_ahead()?;
    let f = ctx.store.finish_task(id, t.expect_version, skip, &zone)?;
    ctx.print(&f.task)?;
    if let Some(r) = &f.task.fields.recur {
        fill_ahead(ctx, r.series, ahead)?;
    }
    if let (Some(n), Format::Table) = (&f.next, ctx.format) {
        let due = n.fields.due.map(|d| d.to_string()).unwrap_or_default();
        writeln!(
            ctx.out,
            "next: {} due {due} ({})",
            n.fields.title, n.kernel.id
        )?;
    }
    Ok(())
}

/// The most instances of a series `recur_ahead` may keep waiting.
const MAX_AHEAD: u32 = 50;

/// `recur_ahead` from config.toml (0 unless set), checked.
fn recur_ahead() -> anyhow::Result<u32> {
    let config = lifeos_core::profile::Config::load(
        &lifeos_core::profile::Paths::from_env()?.config_file(),
    )?;
    let ahead = config.recur_ahead.unwrap_or(0);
    if ahead > MAX_AHEAD {
        return Err(UsageError(format!("recur_ahead is at most {MAX_AHEAD} (config.toml)")).into());
    }
    Ok(ahead)
}

/// Keeps `ahead` instances of the series waiting after its open one.
fn fill_ahead<W: Write>(ctx: &mut Ctx<'_, W>, series: Id, ahead: u32) -> anyhow::Result<()> {
    if ahead > 0 {
        ctx.store
            .fill_series(series, ahead, &jiff::tz::TimeZone::system())?;
    }
    Ok(())
}

/// Refuses dependencies that would make `id` wait on itself, naming the loop.
fn check_no_cycle<W: Write>(ctx: &Ctx<'_, W>, id: Id, add: &[Id]) -> anyhow::Result<()> {
    let all = ctx.store.list::<Task>(&ListQuery::default())?;
    let deps: HashMap<Id, &Vec<Id>> = all
        .iter()
        .map(|r| (r.kernel.id, &r.fields.depends))
        .collect();
    let title = |i: &Id| {
        all.iter()
            .find(|r| r.kernel.id == *i)
            .map_or_else(|| i.to_string(), |r| r.fields.title.clone())
    };
    for start in add {
        // A path from `start` back to `id` closes a loop.
        let mut stack = vec![(*start, vec![id, *start])];
        let mut seen = HashSet::new();
        while let Some((at, path)) = stack.pop() {
            if at == id {
                let names: Vec<String> = path.iter().map(title).collect();
                return Err(
                    UsageError(format!("that would make a cycle: {}", names.join(" → "))).into(),
                );
            }
            if !seen.insert(at) {
                continue;
            }
            for next in deps.get(&at).into_iter().flat_map(|v| v.iter()) {
                let mut p = path.clone();
                p.push(*next);
                stack.push((*next, p));
            }
        }
    }
    Ok(())
}

/// Open tasks with their urgency, most urgent first.
fn score<W: Write>(
    ctx: &Ctx<'_, W>,
    rows: &[Row<Task>],
    now: Timestamp,
) -> anyhow::Result<Vec<(Row<Task>, f64)>> {
    let config = lifeos_core::profile::Config::load(
        &lifeos_core::profile::Paths::from_env()?.config_file(),
    )?;
    let c = Coefficients::with(&config.urgency).map_err(UsageError)?;
    let open: Vec<Row<Task>> = ctx.store.list::<Task>(&ListQuery {
        filters: vec![Filter::In("status", vec!["todo".into(), "doing".into()])],
        ..ListQuery::default()
    })?;
    let open_ids: HashSet<Id> = open.iter().map(|r| r.kernel.id).collect();
    let blocking: HashSet<Id> = open
        .iter()
        .flat_map(|r| r.fields.depends.iter().copied())
        .collect();
    let mut scored: Vec<(Row<Task>, f64)> = rows
        .iter()
        .map(|r| {
            let blocked = r.fields.depends.iter().any(|d| open_ids.contains(d));
            let u = urgency(
                &r.fields,
                r.kernel.created_at,
                now,
                blocking.contains(&r.kernel.id),
                blocked,
                &c,
            );
            (r.clone(), u)
        })
        .collect();
    scored.sort_by(|a, b| {
        b.1.total_cmp(&a.1)
            .then_with(|| a.0.kernel.id.cmp(&b.0.kernel.id))
    });
    Ok(scored)
}

#[derive(Serialize)]
struct Ranked<'a> {
    urgency: f64,
    #[serde(flatten)]
    row: &'a Row<Task>,
}

/// `lifeos next`: the open tasks that are not waiting, most urgent first.
pub(crate) fn next<W: Write>(
    ctx: &mut Ctx<'_, W>,
    a: &super::tasks::NextArgs,
) -> anyhow::Result<()> {
    let now = Timestamp::now();
    let mut filters = vec![
        Filter::In("status", vec!["todo".into(), "doing".into()]),
        Filter::UnsetOrAtMost("wait", now.to_string()),
    ];
    if let Some(p) = &a.project {
        filters.push(Filter::Under("project", p.clone(), '.'));
    }
    if let Some(t) = &a.tag {
        filters.push(Filter::HasTag(t.clone()));
    }
    let rows = ctx.store.list::<Task>(&ListQuery {
        filters,
        ..ListQuery::default()
    })?;
    let mut scored = score(ctx, &rows, now)?;
    scored.truncate(usize::try_from(a.limit).unwrap_or(usize::MAX));
    remember(ctx, scored.iter().map(|(r, _)| r.kernel.id));
    if ctx.format != Format::Table {
        let ranked: Vec<Ranked<'_>> = scored
            .iter()
            .map(|(row, u)| Ranked {
                urgency: (u * 100.0).round() / 100.0,
                row,
            })
            .collect();
        return output::many(ctx.out, ctx.format, &ranked);
    }
    if scored.is_empty() {
        writeln!(ctx.out, "nothing to do")?;
        return Ok(());
    }
    let mut cells: Vec<Vec<String>> = scored
        .iter()
        .enumerate()
        .map(|(i, (r, u))| {
            vec![
                (i + 1).to_string(),
                r.kernel.id.to_string(),
                format!("{u:.1}"),
                r.fields.due.map(|d| d.to_string()).unwrap_or_default(),
                r.fields.project.clone(),
                r.fields.title.clone(),
            ]
        })
        .collect();
    output::short_ids::<Task>(&ctx.store, &mut cells, &[1])?;
    output::table(
        ctx.out,
        &["#", "ID", "URG", "DUE", "PROJECT", "TITLE"],
        &cells,
    )?;
    Ok(())
}

/// `task projects`: each project of open tasks with how many it holds, itself and below.
fn projects<W: Write>(ctx: &mut Ctx<'_, W>) -> anyhow::Result<()> {
    #[derive(Serialize)]
    struct Project {
        project: String,
        open: usize,
        with_subprojects: usize,
    }
    let open = ctx.store.list::<Task>(&ListQuery {
        filters: vec![Filter::In("status", vec!["todo".into(), "doing".into()])],
        ..ListQuery::default()
    })?;
    let mut own: BTreeMap<String, usize> = BTreeMap::new();
    for r in &open {
        if r.fields.project.is_empty() {
            continue;
        }
        // Every ancestor is a project too (home for home.garden).
        let parts: Vec<&str> = r.fields.project.split('.').collect();
        for i in 1..parts.len() {
            own.entry(parts[..i].join(".")).or_insert(0);
        }
        *own.entry(r.fields.project.clone()).or_insert(0) += 1;
    }
    let list: Vec<Project> = own
        .iter()
        .map(|(p, n)| Project {
            project: p.clone(),
            open: *n,
            with_subprojects: own
                .iter()
                .filter(|(q, _)| lifeos_core::model::project_under(q, p))
                .map(|(_, m)| m)
                .sum(),
        })
        .collect();
    if ctx.format != Format::Table {
        return output::many(ctx.out, ctx.format, &list);
    }
    if list.is_empty() {
        writeln!(ctx.out, "no open task has a project")?;
        return Ok(());
    }
    let cells: Vec<Vec<String>> = list
        .iter()
        .map(|p| {
            let depth = p.project.matches('.').count();
            vec![
                format!(
                    "{}{}",
                    "  ".repeat(depth),
                    p.project.rsplit('.').next().unwrap_or_default()
                ),
                p.project.clone(),
                p.open.to_string(),
                p.with_subprojects.to_string(),
            ]
        })
        .collect();
    output::table(
        ctx.out,
        &["PROJECT", "FULL NAME", "OPEN", "WITH SUBPROJECTS"],
        &cells,
    )?;
    Ok(())
}

fn order(sort: Sort, a: &Row<Task>, b: &Row<Task>) -> std::cmp::Ordering {
    let (x, y) = (&a.fields, &b.fields);
    let by_due = || match (x.due, y.due) {
        (Some(p), Some(q)) => p.sort_key().cmp(&q.sort_key()),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    };
    let first = match sort {
        Sort::Due | Sort::Urgency => status_rank(x.status)
            .cmp(&status_rank(y.status))
            .then_with(by_due)
            .then_with(|| y.priority.cmp(&x.priority)),
        Sort::Priority => y.priority.cmp(&x.priority).then_with(by_due),
        Sort::Created => b.kernel.created_at.cmp(&a.kernel.created_at),
        Sort::Project => x.project.cmp(&y.project).then_with(by_due),
        Sort::Title => super::by_name(&x.title, &y.title),
    };
    first.then_with(|| a.kernel.id.cmp(&b.kernel.id))
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
            t.project = a.project.unwrap_or_default();
            t.wait = a.wait;
            t.scheduled = a.scheduled;
            for d in &a.depends {
                let id = ctx.id::<Task>(d)?;
                if !t.depends.contains(&id) {
                    t.depends.push(id);
                }
            }
            let id = Id::generate();
            if let (Some(rule), Some(due)) = (&a.recur, t.due) {
                t.recur = Some(Recur {
                    rule: rule.to_string(),
                    series: id,
                    index: 1,
                    first: due,
                    until: a.until,
                    count: a.count,
                });
            }
            let ahead = if t.recur.is_some() { recur_ahead()? } else { 0 };
            let row = ctx.store.batch(|b| b.create_with_id(id, t))?;
            ctx.print(&row)?;
            fill_ahead(ctx, id, ahead)
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
            if let Some(p) = &l.project {
                filters.push(Filter::Under("project", p.clone(), '.'));
            }
            let now = Timestamp::now();
            if l.waiting {
                filters.push(Filter::AtLeast("wait", now.to_string()));
            } else if !l.common.all {
                filters.push(Filter::UnsetOrAtMost("wait", now.to_string()));
            }
            let mut rows = ctx.store.list::<Task>(&l.common.query(filters))?;
            match l.sort {
                Sort::Urgency => {
                    let scored = score(ctx, &rows, now)?;
                    rows = scored.into_iter().map(|(r, _)| r).collect();
                }
                other => rows.sort_by(|a, b| order(other, a, b)),
            }
            if let Some(n) = l.limit {
                rows.truncate(usize::try_from(n).unwrap_or(usize::MAX));
            }
            remember(ctx, rows.iter().map(|r| r.kernel.id));
            if ctx.format != Format::Table {
                return output::rows(ctx.out, ctx.format, &ctx.store, &rows);
            }
            let mut cells: Vec<Vec<String>> = rows
                .iter()
                .enumerate()
                .map(|(i, r)| {
                    let mut c = vec![(i + 1).to_string()];
                    c.extend(<Task as output::Tabular>::cells(r));
                    c
                })
                .collect();
            output::short_ids::<Task>(&ctx.store, &mut cells, &[1])?;
            let mut headers = vec!["#"];
            headers.extend_from_slice(<Task as output::Tabular>::COLUMNS);
            // No room for a column of projects when no task listed has one.
            if let Some(p) = headers.iter().position(|h| *h == "PROJECT")
                && cells.iter().all(|c| c.get(p).is_none_or(String::is_empty))
            {
                headers.remove(p);
                for c in &mut cells {
                    c.remove(p);
                }
            }
            output::table(ctx.out, &headers, &cells)?;
            Ok(())
        }
        TaskCmd::Show(a) => {
            let id = ctx.id::<Task>(&a.id)?;
            let row = ctx.store.get::<Task>(id)?;
            ctx.print(&row)?;
            if ctx.format == Format::Table {
                for d in &row.fields.depends {
                    if let Ok(b) = ctx.store.get::<Task>(*d)
                        && b.fields.status.is_open()
                        && !b.kernel.is_deleted()
                    {
                        writeln!(ctx.out, "blocked by {} ({})", b.fields.title, b.kernel.id)?;
                    }
                }
            }
            Ok(())
        }
        TaskCmd::Edit(e) => {
            let person = ctx.link::<Person>(e.person.as_ref())?;
            let place = ctx.link::<Place>(e.place.as_ref())?;
            let id = ctx.id::<Task>(&e.target.id)?;
            let mut add = Vec::new();
            for d in &e.depends {
                add.push(ctx.id::<Task>(d)?);
            }
            let mut remove = Vec::new();
            for d in &e.no_depends {
                remove.push(ctx.id::<Task>(d)?);
            }
            if !add.is_empty() {
                check_no_cycle(ctx, id, &add)?;
            }
            let others: Vec<(Id, i64)> = if e.series {
                let row = ctx.store.get::<Task>(id)?;
                let Some(r) = &row.fields.recur else {
                    return Err(UsageError("--series is for a recurring task".into()).into());
                };
                ctx.store
                    .open_instances(r.series)?
                    .into_iter()
                    .filter(|x| x.kernel.id != id)
                    .map(|x| (x.kernel.id, x.kernel.version))
                    .collect()
            } else {
                Vec::new()
            };
            let edit = |t: &mut Task, now: Timestamp| {
                if e.no_project {
                    t.project.clear();
                } else if let Some(p) = &e.project {
                    t.project = p.clone();
                }
                if e.no_wait {
                    t.wait = None;
                } else if e.wait.is_some() {
                    t.wait = e.wait;
                }
                if e.no_scheduled {
                    t.scheduled = None;
                } else if e.scheduled.is_some() {
                    t.scheduled = e.scheduled;
                }
                t.depends.retain(|d| !remove.contains(d));
                for d in &add {
                    if !t.depends.contains(d) {
                        t.depends.push(*d);
                    }
                }
                let _ = now;
            };
            for (other, version) in &others {
                ctx.store.update::<Task>(*other, Some(*version), |t, now| {
                    edit(t, now);
                    if let Some(v) = &e.title {
                        t.title = v.clone();
                    }
                    if let Some(v) = &e.notes {
                        t.notes = v.clone();
                    }
                    if let Some(p) = e.priority {
                        t.priority = p;
                    }
                    e.tags.apply(&mut t.tags);
                    Ok(())
                })?;
            }
            ctx.edit_id::<Task>(id, e.target.expect_version, |t, now| {
                edit(t, now);
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
        TaskCmd::Done(t) => finish(ctx, &t, false),
        TaskCmd::Skip(t) => {
            let id = ctx.id::<Task>(&t.id)?;
            if ctx.store.get::<Task>(id)?.fields.recur.is_none() {
                return Err(UsageError(
                    "skip is for an instance of a recurring task: use task done or task edit --status cancelled".into(),
                )
                .into());
            }
            finish(ctx, &t, true)
        }
        TaskCmd::Annotate { target, text } => {
            let text = text.trim().to_owned();
            ctx.edit::<Task>(&target, |t, now| {
                t.annotations.push(Annotation { at: now, text });
                Ok(())
            })
        }
        TaskCmd::Projects => projects(ctx),
        TaskCmd::Rm { target, series } => {
            if !series {
                return ctx.rm::<Task>(&target);
            }
            let id = ctx.id::<Task>(&target.id)?;
            let row = ctx.store.get::<Task>(id)?;
            let Some(r) = &row.fields.recur else {
                return Err(UsageError("--series is for a recurring task".into()).into());
            };
            let open = ctx.store.open_instances(r.series)?;
            let gone = ctx.store.batch(|b| {
                let mut gone = Vec::new();
                for x in &open {
                    gone.push(b.delete::<Task>(x.kernel.id, None)?);
                }
                if !open.iter().any(|x| x.kernel.id == id) && !row.kernel.is_deleted() {
                    gone.push(b.delete::<Task>(id, target.expect_version)?);
                }
                Ok(gone)
            })?;
            output::rows(ctx.out, ctx.format, &ctx.store, &gone)
        }
        TaskCmd::Restore(t) => ctx.restore::<Task>(&t),
    }
}
