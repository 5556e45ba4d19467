//! What can go wrong with the local store: one error enum, every variant in the
//! contract's terms. Domain wording (what a duplicate or a pair is called) comes from
//! the [`Entity`](crate::entity::Entity) hooks through the registry, never from here.

use crate::entity::EntityKind;
use crate::id::Id;
use crate::kernel::DecodeError;
use crate::validate::ValidationError;

/// What can go wrong with the local store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The key (passphrase) does not open the database.
    #[error(
        "wrong passphrase or key for {path} (or the file is not a LifeOS database); nothing was changed"
    )]
    WrongKey {
        /// The database file.
        path: String,
    },
    /// The file is a database, but not one of ours.
    #[error("{path} is not a LifeOS database ({why}); nothing was changed")]
    NotOurs {
        /// The database file.
        path: String,
        /// What it looks like instead.
        why: &'static str,
    },
    /// The database file is damaged: empty, truncated, or a page that does not decrypt
    /// or decode. It is never replaced by a new database.
    #[error(
        "{} is damaged ({why}); nothing was changed. Run `lifeos db check` to see what is wrong, and if it fails restore a backup (a copy made by `lifeos db backup`, or an export: `lifeos restore FILE`)",
        path.as_deref().unwrap_or("the database")
    )]
    Damaged {
        /// The database file, when known where the damage was found.
        path: Option<String>,
        /// What is wrong with it.
        why: String,
    },
    /// The database could only be opened for reading (read-only media, or a file or
    /// directory the user may not write), and this needs a write.
    #[error(
        "{} is read-only here ({why}); nothing was changed. Reading works (list, show, export); to change it, use a copy you may write",
        path.as_deref().unwrap_or("the database")
    )]
    ReadOnly {
        /// The database file, when known.
        path: Option<String>,
        /// What needed the write.
        why: String,
    },
    /// The database was written by a newer LifeOS.
    #[error(
        "the database has schema version {found}, this lifeos knows up to {known}: upgrade lifeos"
    )]
    NewerSchema {
        /// Its schema version.
        found: i64,
        /// Ours.
        known: i64,
    },
    /// No row has this id (or prefix).
    #[error("no {kind} with id {id}")]
    NotFound {
        /// The kind searched.
        kind: EntityKind,
        /// The id or prefix given.
        id: String,
    },
    /// A prefix matches more than one row.
    #[error("id prefix {prefix} matches {count} {plural}; type more of the id", plural = kind.plural())]
    Ambiguous {
        /// The kind searched.
        kind: EntityKind,
        /// The prefix given.
        prefix: String,
        /// How many match (at least 2).
        count: usize,
    },
    /// The row is a tombstone and cannot be edited (restore it first).
    #[error("{kind} {id} is deleted; restore it first")]
    Deleted {
        /// The kind.
        kind: EntityKind,
        /// The row.
        id: Id,
    },
    /// The row is not deleted, so it cannot be restored.
    #[error("{kind} {id} is not deleted")]
    NotDeleted {
        /// The kind.
        kind: EntityKind,
        /// The row.
        id: Id,
    },
    /// Optimistic concurrency: the row changed since the caller read it.
    #[error(
        "{kind} {id} is at version {actual}, not {expected}: it changed meanwhile; show it and retry"
    )]
    Conflict {
        /// The kind.
        kind: EntityKind,
        /// The row.
        id: Id,
        /// The version the caller expected.
        expected: i64,
        /// The stored version.
        actual: i64,
    },
    /// Another live row already holds this natural key (the message is the kind's
    /// [`Entity::duplicate_message`](crate::entity::Entity::duplicate_message)).
    #[error("{}", kind.duplicate_message(key, *holder))]
    Duplicate {
        /// The kind.
        kind: EntityKind,
        /// The natural key.
        key: String,
        /// The live row that holds it.
        holder: Id,
    },
    /// The row is one side of a pair (a transfer) and changes only with its other side.
    #[error(
        "{kind} {id} is one side of a {pair}: edit, delete or restore it as a {pair} (both sides change together)",
        pair = kind.pair_name()
    )]
    Paired {
        /// The kind.
        kind: EntityKind,
        /// The row.
        id: Id,
    },
    /// The other side of a pair is not here (not synced yet) or not at the same revision.
    #[error(
        "the other side of {pair} {id} has not arrived on this device yet: sync, then retry",
        pair = kind.pair_name()
    )]
    HalfPair {
        /// The kind.
        kind: EntityKind,
        /// The side that is here.
        id: Id,
    },
    /// A value breaks a rule of the model.
    #[error(transparent)]
    Invalid(#[from] ValidationError),
    /// A local blob could not be stored or read.
    #[error(transparent)]
    Blob(#[from] crate::blobs::BlobError),
    /// An import line is bad; the whole import was rolled back.
    #[error("line {line}: {source}; nothing was imported")]
    ImportLine {
        /// 1-based line number.
        line: usize,
        /// What is wrong with it.
        source: DecodeError,
    },
    /// Stored data does not decode: the database is damaged.
    #[error("damaged row in {kind}: {message}")]
    Corrupt {
        /// The table.
        kind: EntityKind,
        /// The decoding error.
        message: String,
    },
    /// Creating the profile directory or similar failed.
    #[error("{path}: {source}")]
    Io {
        /// The path.
        path: String,
        /// The error.
        source: std::io::Error,
    },
    /// The mirror belongs to another workspace.
    #[error(
        "this profile's database holds workspace {bound}, not {asked}: use another profile for it (--profile NAME)"
    )]
    Bound {
        /// The workspace it holds.
        bound: String,
        /// The one asked for.
        asked: String,
    },
    /// The server answered something that does not fit the protocol.
    #[error("unexpected answer from the server: {0}")]
    Protocol(String),
    /// A list filter or order names a field the kind does not have (a bug in the
    /// caller, caught at its first query instead of sorting or filtering on NULL).
    #[error("{kind} has no field '{field}' to filter or sort by")]
    UnknownField {
        /// The kind.
        kind: EntityKind,
        /// The name asked for.
        field: String,
    },
    /// An SQLite error not covered above.
    #[error("database error: {0}")]
    Sqlite(rusqlite::Error),
}

impl From<rusqlite::Error> for StoreError {
    /// A damaged page or a write to a read-only database has its own variant wherever
    /// SQLite reports it; everything else is [`StoreError::Sqlite`].
    fn from(e: rusqlite::Error) -> Self {
        use rusqlite::ErrorCode;
        match e.sqlite_error_code() {
            Some(ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase) => Self::Damaged {
                path: None,
                why: e.to_string(),
            },
            Some(ErrorCode::ReadOnly) => Self::ReadOnly {
                path: None,
                why: "this command writes to it".into(),
            },
            _ => Self::Sqlite(e),
        }
    }
}

impl StoreError {
    /// The same error, naming the database file where it did not yet.
    pub fn at(self, file: &std::path::Path) -> Self {
        let named = Some(file.display().to_string());
        match self {
            Self::Damaged { path: None, why } => Self::Damaged { path: named, why },
            Self::ReadOnly { path: None, why } => Self::ReadOnly { path: named, why },
            e => e,
        }
    }

    /// [`StoreError::HalfPair`] for a side of kind `E`.
    pub fn half_pair<E: crate::entity::Entity>(id: Id) -> Self {
        Self::HalfPair { kind: E::KIND, id }
    }
}
