//! The sync protocol's wire types and its pure reconciler: decisions as data, no IO.
//!
//! A round is push-then-pull. Push sends each changed row once (its latest state, under
//! the newest outbox mutation number of that row: with the device id, the idempotency
//! key); the server answers per change `applied` or `superseded`, with the row it now
//! holds. Pull reads the server's change log past a cursor, in pages.
//!
//! Clock skew: `updated_at` comes from device clocks. The server bounds it: an incoming
//! row whose `updated_at` lies more than [`MAX_FUTURE_SKEW_MS`] ahead of the server's
//! clock is stored with `updated_at` set to the server's now (see [`clamp_future`]), so a
//! device whose clock runs hours ahead cannot win every tie forever. The push result
//! carries the stored row, and the device adopts it ([`on_push_result`]).

use serde::{Deserialize, Serialize};

use crate::kernel::Kernel;
use crate::merge::{self, Candidate, Decision};
use crate::record::Record;
use crate::timestamp::Timestamp;

/// How far ahead of the server's clock an incoming `updated_at` may be: 5 minutes.
pub const MAX_FUTURE_SKEW_MS: i64 = 5 * 60 * 1000;
/// The start of the problem detail with which the server refuses a push whose
/// (device, mutation) key was already used for another change: the device's database
/// was restored or copied. The client then takes a new device id and pushes again.
pub const DEVICE_REUSED: &str = "device id reused";

/// The start of the detail of a 409 answering a pull whose cursor is past the server's
/// change log (the server was restored from a backup): the client resyncs.
pub const CURSOR_AHEAD: &str = "cursor ahead of the change log";

/// Most bytes of rows in one push (a batch holds at least one row whatever its size).
pub const MAX_PUSH_BYTES: usize = 8 << 20;

/// Most changes in one push.
pub const MAX_PUSH_BATCH: usize = 1000;
/// Most changes in one pull page.
pub const MAX_PULL_PAGE: u32 = 5000;

/// One change in a push.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct PushChange {
    /// The device's mutation number, from 1: with `device_id`, the idempotency key.
    #[cfg_attr(feature = "openapi", schema(minimum = 1))]
    pub mutation: i64,
    /// The row as the device holds it: `entity`, the kernel columns and the fields.
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::openapi::record))]
    pub row: Record,
}

/// `POST /v1/workspaces/{workspace_id}/sync/push`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct PushRequest {
    /// The pushing device (a ULID it made for itself): 1–64 letters, digits, - or _.
    #[cfg_attr(
        feature = "openapi",
        schema(min_length = 1, max_length = 64, pattern = "^[A-Za-z0-9_-]+$")
    )]
    pub device_id: String,
    /// At most 1000 changes.
    #[cfg_attr(feature = "openapi", schema(max_items = 1000))]
    pub changes: Vec<PushChange>,
}

/// What became of a pushed change.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "lowercase")]
pub enum Outcome {
    /// The change won and is stored (perhaps with a clamped `updated_at`).
    Applied,
    /// The server's row won under the merge rule; `row` is that row.
    Superseded,
}

/// The answer to one pushed change.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PushResult {
    /// The change's mutation number.
    pub mutation: i64,
    /// Applied or superseded.
    pub outcome: Outcome,
    /// The row the server holds now.
    #[cfg_attr(feature = "openapi", schema(value_type = Object))]
    pub row: Record,
}

/// The answer to a push, one result per change, in order.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PushResponse {
    /// Per change.
    pub results: Vec<PushResult>,
}

/// One entry of the change log.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PulledChange {
    /// Its position in the workspace's log.
    pub seq: i64,
    /// The row as it was written then.
    #[cfg_attr(feature = "openapi", schema(value_type = Object))]
    pub row: Record,
}

/// `GET /v1/workspaces/{workspace_id}/sync/pull`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PullResponse {
    /// Log entries with `seq > cursor`, in order.
    pub changes: Vec<PulledChange>,
    /// The cursor to ask from next (the last `seq` here, or the same cursor).
    pub next_cursor: i64,
    /// Whether more entries follow.
    pub has_more: bool,
}

/// What to do with the local copy of a row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Operation {
    /// No local row: insert the incoming one.
    Insert,
    /// Replace the local row with the incoming one.
    Replace,
    /// Keep the local row.
    Keep,
}

/// A pulled row meets the local copy: the merge rule decides.
pub fn on_pull(local: Option<Candidate<'_>>, incoming: Candidate<'_>) -> Operation {
    match local {
        None => Operation::Insert,
        Some(local) => match merge::decide(&local, &incoming) {
            Decision::TakeIncoming => Operation::Replace,
            Decision::KeepCurrent => Operation::Keep,
        },
    }
}

/// A push result meets the local copy. If the row has not changed locally since it was
/// pushed (same version), the server's row replaces it, whatever the rule would say: it
/// is the server's verdict on exactly that version (possibly with a clamped clock). If
/// it changed meanwhile, the newer local edit stays and goes out with the next push.
pub fn on_push_result(local: Option<Candidate<'_>>, pushed: Candidate<'_>) -> Operation {
    match local {
        None => Operation::Insert,
        Some(l)
            if l.kernel.version == pushed.kernel.version
                && l.kernel.updated_at == pushed.kernel.updated_at
                && l.kernel.deleted_at == pushed.kernel.deleted_at
                && l.fields_json == pushed.fields_json =>
        {
            Operation::Replace
        }
        Some(_) => Operation::Keep,
    }
}

/// Natural-key merge. `incoming` is a live row whose natural key `holder`, another live
/// row, already has. Returns the change re-aimed at the holder's id (competing with it
/// under the rule as a version of it, never below its version) and a tombstone for the
/// incoming id, so that every replica ends with one live row for the key.
pub fn retarget(incoming: &Record, holder: &Kernel) -> (Record, Record) {
    let k = &incoming.kernel;
    let aimed = Kernel {
        id: holder.id,
        created_at: holder.created_at.min(k.updated_at),
        updated_at: k.updated_at,
        deleted_at: None,
        version: k.version.max(holder.version),
    };
    let mut tomb = k.clone();
    tomb.deleted_at = Some(k.updated_at);
    (incoming.with_kernel(aimed), incoming.with_kernel(tomb))
}

/// Bounds a device's clock by the server's: an `updated_at` (and a `created_at` or
/// `deleted_at`) more than [`MAX_FUTURE_SKEW_MS`] ahead of `now` becomes `now`.
pub fn clamp_future(kernel: &Kernel, now: Timestamp) -> Kernel {
    let limit =
        Timestamp::from_datetime(now.datetime() + time::Duration::milliseconds(MAX_FUTURE_SKEW_MS));
    let cap = |t: Timestamp| if t > limit { now } else { t };
    let updated_at = cap(kernel.updated_at);
    let created_at = cap(kernel.created_at).min(updated_at);
    let deleted_at = kernel.deleted_at.map(|d| cap(d).max(created_at));
    Kernel {
        id: kernel.id,
        created_at,
        updated_at,
        deleted_at,
        version: kernel.version,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::id::Id;

    fn ts(s: &str) -> Timestamp {
        Timestamp::parse(s).unwrap()
    }

    #[test]
    fn a_clock_hours_ahead_is_brought_back_to_the_servers() {
        let now = ts("2026-11-30T10:00:00Z");
        let k = Kernel {
            id: Id::generate(),
            created_at: ts("2026-11-30T15:00:00Z"),
            updated_at: ts("2026-11-30T16:00:00Z"),
            deleted_at: Some(ts("2026-11-30T16:00:00Z")),
            version: 3,
        };
        let c = clamp_future(&k, now);
        assert_eq!(
            (c.created_at, c.updated_at, c.deleted_at),
            (now, now, Some(now))
        );
        assert_eq!(c.version, 3);
        c.validate().unwrap();
        // A few minutes ahead is tolerated.
        let near = Kernel {
            created_at: ts("2026-11-30T09:00:00Z"),
            updated_at: ts("2026-11-30T10:04:00Z"),
            deleted_at: None,
            ..k
        };
        assert_eq!(clamp_future(&near, now), near);
        // Exactly at the limit is still tolerated; a millisecond past it is not.
        let at_limit = Kernel {
            updated_at: ts("2026-11-30T10:05:00Z"),
            ..near.clone()
        };
        assert_eq!(clamp_future(&at_limit, now), at_limit);
        let past = Kernel {
            updated_at: ts("2026-11-30T10:05:00.001Z"),
            ..near
        };
        assert_eq!(clamp_future(&past, now).updated_at, now);
    }

    #[test]
    fn a_duplicate_by_natural_key_is_aimed_at_the_holder_and_retired() {
        use crate::model::Task;
        let holder = Kernel {
            version: 4,
            ..Kernel::new_now()
        };
        let dup = crate::kernel::Row {
            kernel: Kernel {
                version: 2,
                ..Kernel::new_now()
            },
            fields: Task::new("dup"),
        };
        let incoming = Record::from_row(&dup).unwrap();
        let (aimed, tomb) = retarget(&incoming, &holder);
        assert_eq!(aimed.kernel.id, holder.id);
        assert_eq!(aimed.kernel.version, 4, "never below the holder's version");
        assert!(aimed.kernel.deleted_at.is_none());
        assert_eq!(aimed.fields_json(), incoming.fields_json());
        aimed.kernel.validate().unwrap();
        assert_eq!(tomb.kernel.id, incoming.kernel.id);
        assert_eq!(tomb.kernel.version, 2);
        assert!(tomb.kernel.deleted_at.is_some());
        // The tombstone beats the device's own live copy of that version.
        assert_eq!(
            on_pull(Some(incoming.candidate()), tomb.candidate()),
            Operation::Replace
        );
    }

    #[test]
    fn push_results_are_adopted_only_for_the_version_pushed() {
        let pushed = Kernel::new_now();
        let c = |k| Candidate {
            kernel: k,
            fields_json: "{\"a\":1}",
        };
        assert_eq!(
            on_push_result(Some(c(&pushed)), c(&pushed)),
            Operation::Replace
        );
        let newer = pushed.bumped(Timestamp::now());
        assert_eq!(on_push_result(Some(c(&newer)), c(&pushed)), Operation::Keep);
        assert_eq!(on_push_result(None, c(&pushed)), Operation::Insert);
        // Same version and time but other fields (an import in another process): keep.
        let other = Candidate {
            kernel: &pushed,
            fields_json: "{\"a\":2}",
        };
        assert_eq!(on_push_result(Some(other), c(&pushed)), Operation::Keep);
    }
}
