//! The terminal: raw mode and the alternate screen, restored on drop, on panic (a hook
//! installed once) and around an editor session.

use std::io::{Stdout, stdout};
use std::sync::Once;

use crossterm::execute;
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::backend::CrosstermBackend;

use crate::app::App;

static HOOK: Once = Once::new();

fn restore() {
    let _ = disable_raw_mode();
    let _ = execute!(stdout(), LeaveAlternateScreen, crossterm::cursor::Show);
}

fn setup() -> std::io::Result<()> {
    enable_raw_mode()?;
    execute!(stdout(), EnterAlternateScreen, crossterm::cursor::Hide)
}

/// The app's terminal; dropping it restores the user's.
pub struct Terminal {
    inner: ratatui::Terminal<CrosstermBackend<Stdout>>,
}

impl Terminal {
    /// Enters raw mode and the alternate screen.
    pub fn enter() -> anyhow::Result<Self> {
        HOOK.call_once(|| {
            let previous = std::panic::take_hook();
            std::panic::set_hook(Box::new(move |info| {
                restore();
                previous(info);
            }));
        });
        if let Err(e) = setup() {
            restore();
            return Err(e.into());
        }
        match ratatui::Terminal::new(CrosstermBackend::new(stdout())) {
            Ok(inner) => Ok(Self { inner }),
            Err(e) => {
                restore();
                Err(e.into())
            }
        }
    }

    /// Columns and rows.
    pub fn size(&self) -> anyhow::Result<(u16, u16)> {
        let s = self.inner.size()?;
        Ok((s.width, s.height))
    }

    /// Draws the app.
    pub fn draw(&mut self, app: &App) -> anyhow::Result<()> {
        self.inner.draw(|f| crate::render::render(app, f))?;
        Ok(())
    }

    /// Runs `f` with the user's terminal back (for `$EDITOR`), then takes it again.
    pub fn suspended<T>(&mut self, f: impl FnOnce() -> T) -> anyhow::Result<T> {
        restore();
        let out = f();
        setup()?;
        self.inner.clear()?;
        Ok(out)
    }
}

impl Drop for Terminal {
    fn drop(&mut self) {
        restore();
    }
}
