//! Statistics of habits and fasts, as pure functions of rows and local dates: the one
//! home of every count the CLI and the TUI show (streaks, completion, strength, today's
//! state, fast lengths and targets met). Nothing is counted in the front ends.

mod fast;
mod habit;

pub use fast::FastStats;
pub use habit::{HabitStats, TodayState, counted_days, habit_stats, is_partial, today_state};
