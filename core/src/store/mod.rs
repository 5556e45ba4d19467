//! The encrypted local mirror: one SQLCipher database per profile.
//!
//! Contract:
//! - Every mutation (create, update, delete, restore, import) runs in one SQLite
//!   transaction that writes the row *and* its outbox entry; if anything fails, the
//!   transaction is rolled back (a dropped `rusqlite::Transaction` rolls back) and
//!   neither exists.
//! - Writers take the write lock up front (`BEGIN IMMEDIATE`), so the version check of an
//!   update and its write see the same row even with several processes on one database.
//! - Rows are never removed by a user action: delete writes a tombstone.
//! - The database is opened only after the key is proven right; a wrong key or a foreign
//!   file is refused before anything is written.

mod batch;
mod blobs;
mod care;
#[cfg(test)]
mod conformance;
mod crud;
mod errors;
pub mod fields;
mod io;
mod migrations;
mod open;
mod page;
mod pair;
mod raw;
mod restore;
mod search;
mod sync;
mod tasks;
mod undo;

use rusqlite::Connection;

pub use crate::query::{Filter, ListQuery};
pub use batch::Batch;
pub(crate) use batch::Side;
pub use blobs::LocalBlob;
pub use care::CheckReport;
pub use errors::StoreError;
pub use io::ImportSummary;
pub use migrations::{MIGRATIONS, migrate};
pub use page::SortKey;
pub use pair::RowPair;
pub use restore::{RestoreAction, RestoreChange, RestorePlan};
pub use sync::{PullCounts, PushCounts, SyncState};
pub use tasks::Finished;
pub use undo::Undone;

use crate::entity::EntityKind;
use crate::id::Id;

/// One pending local mutation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutboxEntry {
    /// This device's mutation number (with the device id, the idempotency key).
    pub mutation: i64,
    /// The row's kind.
    pub kind: EntityKind,
    /// The row.
    pub id: Id,
    /// The version written by this mutation.
    pub version: i64,
}

/// An open, unlocked local database.
pub struct Store {
    conn: Connection,
    device_id: String,
    read_only: bool,
    /// What the profile's blobs are sealed under, unless the database already names its
    /// own secret ([`Store::blobs`]).
    blob_secret: zeroize::Zeroizing<[u8; 32]>,
}

#[cfg(test)]
mod tests;
