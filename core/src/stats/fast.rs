//! Fast statistics: counts and lengths over finished fasts.

use serde::Serialize;

use crate::model::Fast;
use crate::timestamp::Timestamp;

/// Statistics over finished fasts.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FastStats {
    /// Finished fasts.
    pub count: u64,
    /// Their mean length, in seconds (0 without any).
    pub average_seconds: i64,
    /// The longest, in seconds.
    pub longest_seconds: i64,
    /// Finished fasts that had a target.
    pub with_target: u64,
    /// Of those, how many reached it.
    pub met_target: u64,
    /// `met_target / with_target`, 0 to 1 (null without any target).
    pub met_target_share: Option<f64>,
}

impl FastStats {
    /// Statistics of the finished fasts among `fasts` (running ones are left out).
    pub fn of<'a>(fasts: impl IntoIterator<Item = &'a Fast>) -> Self {
        let mut s = Self::default();
        let mut total: i64 = 0;
        let now = Timestamp::now();
        for f in fasts.into_iter().filter(|f| !f.is_running()) {
            let secs = f.seconds(now);
            s.count += 1;
            total = total.saturating_add(secs);
            s.longest_seconds = s.longest_seconds.max(secs);
            if f.target_minutes.is_some() {
                s.with_target += 1;
                if f.met_target(now) {
                    s.met_target += 1;
                }
            }
        }
        if s.count > 0 {
            s.average_seconds = total / i64::try_from(s.count).unwrap_or(i64::MAX);
        }
        if s.with_target > 0 {
            s.met_target_share = Some(s.met_target as f64 / s.with_target as f64);
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ts(s: &str) -> Timestamp {
        Timestamp::parse(s).unwrap()
    }

    #[test]
    fn stats_count_finished_fasts_only() {
        let mk = |start: &str, end: Option<&str>, target: Option<u32>| Fast {
            started_at: ts(start),
            ended_at: end.map(ts),
            target_minutes: target,
            note: String::new(),
        };
        let fasts = [
            mk(
                "2026-11-01T20:00:00Z",
                Some("2026-11-02T12:00:00Z"),
                Some(960),
            ), // 16h, met
            mk(
                "2026-11-03T20:00:00Z",
                Some("2026-11-04T10:00:00Z"),
                Some(960),
            ), // 14h, not
            mk("2026-11-05T20:00:00Z", Some("2026-11-06T14:00:00Z"), None), // 18h
            mk("2026-11-07T20:00:00Z", None, Some(960)),                    // running
        ];
        let s = FastStats::of(&fasts);
        assert_eq!(s.count, 3);
        assert_eq!(s.average_seconds, 16 * 3600);
        assert_eq!(s.longest_seconds, 18 * 3600);
        assert_eq!((s.with_target, s.met_target), (2, 1));
        assert_eq!(s.met_target_share, Some(0.5));
        assert_eq!(FastStats::of(&[]), FastStats::default());
    }
}
