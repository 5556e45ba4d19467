//! `lifeos-tui`: the full-screen terminal app that `lifeos` opens with no subcommand.
//!
//! - [`app`]: the state and `update` (keys → actions → state + effects), no IO;
//! - [`render`]: `render(&App, &mut Frame)`, which never mutates;
//! - [`views`]: one module per life domain (list, detail, capture, Today section);
//! - `worker`: the thread that owns the `Store`; the UI thread never touches SQLite;
//! - [`keymap`]: named actions, default keys, `[keys]` from the config, the help.
//!
//! One event loop reads terminal input, worker answers and sync results, runs the
//! effects, then draws.

#![forbid(unsafe_code)]

pub mod app;
pub mod attachments;
pub mod keymap;
pub mod markdown;
pub mod render;
mod strings;
mod terminal;
pub mod views;
pub mod worker;

use std::collections::BTreeMap;
use std::io::Write;
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, Sender, TryRecvError};
use std::time::{Duration, Instant};

use anyhow::Context;
use crossterm::event::{self, Event, KeyEventKind};
use lifeos_core::client::SyncSummary;
use lifeos_core::store::Store;

use crate::app::{App, Effect};
use crate::keymap::Keymap;
use crate::views::Ctx;
use crate::worker::{ItemRef, Request, Response};

/// Key bindings from the config: action name → key spec.
pub type KeyConfig = BTreeMap<String, String>;

/// Opens a new connection to the profile's store.
pub type OpenFn = Arc<dyn Fn() -> anyhow::Result<Store> + Send + Sync>;
/// One sync round of the profile on the given store.
pub type SyncFn = Arc<dyn Fn(&mut Store) -> anyhow::Result<SyncSummary> + Send + Sync>;

/// Fetches a blob this device lacks from the profile's server (into the store's blobs).
pub type FetchFn =
    Arc<dyn Fn(&Store, &lifeos_core::store::LocalBlob) -> anyhow::Result<()> + Send + Sync>;

/// What the app needs from the command line.
pub struct Launch {
    /// The profile's name, shown in the status line.
    pub profile: String,
    /// Opens a new connection to the profile's store; called on worker threads.
    pub open: OpenFn,
    /// One sync of the profile (None when not logged in); runs on a worker thread.
    pub sync: Option<SyncFn>,
    /// Fetches an attachment's blob from the server (None when not logged in); runs on
    /// the worker thread.
    pub fetch: Option<FetchFn>,
    /// `[keys]` from the config.
    pub keys: KeyConfig,
}

/// Timing figures written when `LIFEOS_TUI_TRACE` names a file (for `bench/tui.sh`).
struct Trace {
    out: Option<std::io::BufWriter<std::fs::File>>,
    started: Instant,
    first_frame: bool,
    data_frame: bool,
    /// When the last page request was sent, to time the worker's answers.
    page_sent: Option<Instant>,
}

impl Trace {
    fn new(started: Instant) -> Self {
        let out = std::env::var_os("LIFEOS_TUI_TRACE")
            .and_then(|p| std::fs::File::create(p).ok())
            .map(std::io::BufWriter::new);
        Self {
            out,
            started,
            first_frame: false,
            data_frame: false,
            page_sent: None,
        }
    }

    fn line(&mut self, what: &str, d: Duration) {
        if let Some(o) = &mut self.out {
            let _ = writeln!(o, "{what} {:.3}", d.as_secs_f64() * 1000.0);
            let _ = o.flush();
        }
    }

    fn frame(&mut self, app: &App, key_at: Option<Instant>) {
        let now = Instant::now();
        if !self.first_frame {
            self.first_frame = true;
            self.line("first_frame_ms", now - self.started);
            let epoch = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap_or_default();
            self.line("first_frame_at_ms", epoch);
        }
        if !self.data_frame && app.today.sections.is_some() {
            self.data_frame = true;
            self.line("today_frame_ms", now - self.started);
        }
        if let Some(k) = key_at {
            self.line("key_to_frame_ms", now - k);
        }
    }
}

/// Runs the app until the user quits. The terminal is restored on every exit: quit,
/// error, ctrl-c and panic.
pub fn run(launch: Launch) -> anyhow::Result<()> {
    let started = Instant::now();
    let keymap = Keymap::new(&launch.keys)?;
    // The offset is read before any thread starts (the platform call refuses after).
    let offset = lifeos_core::when::local_offset();
    let ctx = Ctx {
        today: lifeos_core::when::today_at(offset),
        offset,
    };
    let store = (launch.open)().context("opening the profile's database")?;
    let (req_tx, req_rx) = mpsc::channel::<Request>();
    let (resp_tx, resp_rx) = mpsc::channel::<Response>();
    let worker_tx = resp_tx.clone();
    let extras = worker::Extras {
        fetch: launch.fetch.clone(),
        opener: None,
    };
    let worker = std::thread::Builder::new()
        .name("lifeos-db".into())
        .spawn(move || worker::run_with(store, ctx, extras, req_rx, worker_tx))?;
    let result = {
        let mut term = terminal::Terminal::enter()?;
        let size = term.size()?;
        let mut app = App::new(&launch.profile, keymap, ctx, launch.sync.is_some(), size);
        event_loop(
            &mut term, &mut app, &launch, &req_tx, &resp_tx, &resp_rx, started,
        )
    };
    drop(req_tx);
    let _ = worker.join();
    result
}

#[allow(clippy::too_many_arguments)]
fn event_loop(
    term: &mut terminal::Terminal,
    app: &mut App,
    launch: &Launch,
    req_tx: &Sender<Request>,
    resp_tx: &Sender<Response>,
    resp_rx: &Receiver<Response>,
    started: Instant,
) -> anyhow::Result<()> {
    let mut trace = Trace::new(started);
    let mut effects = app.start();
    let mut dirty = true;
    let mut key_at: Option<Instant> = None;
    loop {
        for fx in std::mem::take(&mut effects) {
            if matches!(fx, Effect::Request(Request::Page { .. })) {
                trace.page_sent = Some(Instant::now());
            }
            run_effect(fx, term, app, launch, req_tx, resp_tx, &mut effects)?;
        }
        if app.quit {
            return Ok(());
        }
        // A live timer (a running fast) moves once a second, from the clock alone.
        if app.tick(lifeos_core::Timestamp::now()) {
            dirty = true;
        }
        if dirty {
            term.draw(app)?;
            trace.frame(app, key_at.take());
            dirty = false;
            // Fault injection for the end-to-end test that a panic gives the terminal
            // back (raw mode off, main screen, cursor shown).
            if std::env::var_os("LIFEOS_TUI_TEST_PANIC").is_some() {
                panic!("LIFEOS_TUI_TEST_PANIC is set: a deliberate panic after the first frame");
            }
        }
        // Input first, all of it that is queued, then the worker's answers.
        let mut wait = Duration::from_millis(20);
        while event::poll(wait)? {
            wait = Duration::ZERO;
            match event::read()? {
                Event::Key(k) if k.kind != KeyEventKind::Release => {
                    key_at.get_or_insert_with(Instant::now);
                    effects.extend(app.on_key(k));
                    dirty = true;
                }
                Event::Resize(c, r) => {
                    effects.extend(app.on_resize(c, r));
                    dirty = true;
                }
                _ => {}
            }
            if app.quit {
                break;
            }
        }
        loop {
            match resp_rx.try_recv() {
                Ok(r) => {
                    if matches!(r, Response::Page { .. })
                        && let Some(sent) = trace.page_sent.take()
                    {
                        trace.line("page_answer_ms", sent.elapsed());
                    }
                    effects.extend(app.on_response(r));
                    dirty = true;
                }
                Err(TryRecvError::Empty) => break,
                Err(TryRecvError::Disconnected) => {
                    anyhow::bail!("the database worker stopped")
                }
            }
        }
    }
}

fn run_effect(
    fx: Effect,
    term: &mut terminal::Terminal,
    app: &mut App,
    launch: &Launch,
    req_tx: &Sender<Request>,
    resp_tx: &Sender<Response>,
    more: &mut Vec<Effect>,
) -> anyhow::Result<()> {
    match fx {
        Effect::Request(r) => req_tx
            .send(r)
            .map_err(|_| anyhow::anyhow!("the database worker stopped"))?,
        Effect::Sync => {
            let (Some(sync), open) = (launch.sync.clone(), launch.open.clone()) else {
                return Ok(());
            };
            let tx = resp_tx.clone();
            std::thread::Builder::new()
                .name("lifeos-sync".into())
                .spawn(move || {
                    let result = open().and_then(|mut store| sync(&mut store));
                    let _ = tx.send(Response::Synced(
                        result
                            .map(|s| format!("↑{} ↓{}", s.pushed, s.pulled))
                            .map_err(|e| worker::one_line(&e)),
                    ));
                })?;
        }
        Effect::Edit { item, doc } => {
            if let Some(req) = edit(term, &item, &doc.text, doc.ext)? {
                more.push(Effect::Request(req));
            } else {
                more.extend(
                    app.on_response(Response::Changed(format!("unchanged: {}", item.title))),
                );
            }
        }
    }
    Ok(())
}

/// Suspends the terminal, edits `text` in `$VISUAL`/`$EDITOR` (else `vi`), restores
/// the terminal. Returns the save request if the text changed.
fn edit(
    term: &mut terminal::Terminal,
    item: &ItemRef,
    text: &str,
    ext: &str,
) -> anyhow::Result<Option<Request>> {
    let path = std::env::temp_dir().join(format!("lifeos-{}-{}.{ext}", item.kind, item.id));
    lifeos_core::profile::write_private(&path, text.as_bytes())?;
    let editor = std::env::var("VISUAL")
        .ok()
        .filter(|e| !e.trim().is_empty())
        .or_else(|| {
            std::env::var("EDITOR")
                .ok()
                .filter(|e| !e.trim().is_empty())
        })
        .unwrap_or_else(|| "vi".into());
    let mut words = editor.split_whitespace();
    let program = words.next().unwrap_or("vi").to_owned();
    let args: Vec<String> = words.map(str::to_owned).collect();
    let status = term.suspended(|| {
        std::process::Command::new(&program)
            .args(&args)
            .arg(&path)
            .status()
    })?;
    let status = match status {
        Ok(s) => s,
        Err(e) => {
            let _ = std::fs::remove_file(&path);
            anyhow::bail!("could not run the editor '{program}': {e} (set $EDITOR)");
        }
    };
    let edited = std::fs::read_to_string(&path)?;
    if !status.success() || edited == text {
        let _ = std::fs::remove_file(&path);
        return Ok(None);
    }
    Ok(Some(Request::EditSave {
        item: item.clone(),
        text: edited,
        path: path.display().to_string(),
    }))
}
