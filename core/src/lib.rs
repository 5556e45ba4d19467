//! `lifeos-core`: the kernel every LifeOS entity is built on.
//!
//! Without features this crate is the model and wire types only (ids, timestamps, the
//! kernel-row contract, the four primitives, the merge rule and the export record), so the
//! sync server shares exactly the same code. The `store` feature adds the encrypted SQLite
//! mirror, profiles and key derivation used by the CLI and TUI.

#![cfg_attr(not(feature = "uniffi"), forbid(unsafe_code))]

pub mod capture;
#[cfg(any(test, feature = "conformance"))]
pub mod conformance;
pub mod entity;
pub mod faith;
#[cfg(feature = "uniffi")]
pub mod ffi;
pub mod finance;
pub mod health;
pub mod id;
pub mod import;
pub mod kernel;
pub mod merge;
pub mod model;
pub mod money;
#[cfg(feature = "openapi")]
pub mod openapi;
pub mod people;
pub mod query;
pub mod record;
pub mod recur;
pub mod search;
pub mod stats;
pub mod sync;
pub mod timestamp;
pub mod today;
pub mod units;
pub mod urgency;
pub mod validate;
pub mod when;
pub mod wire;

#[cfg(feature = "store")]
pub mod blobs;
#[cfg(feature = "store")]
pub mod client;
#[cfg(feature = "store")]
pub mod credential;
#[cfg(feature = "store")]
pub mod key;
#[cfg(feature = "store")]
pub mod profile;
#[cfg(feature = "store")]
pub mod store;

pub use entity::{Entity, EntityKind};
pub use id::{Id, IdError, IdPrefix};
pub use kernel::{Kernel, Row};
pub use timestamp::{LocalDate, Timestamp, TimestampError};
pub use validate::ValidationError;
// UniFFI's generated code finds its tag at the crate root.
#[cfg(feature = "uniffi")]
#[doc(hidden)]
pub use ffi::{UniFfiTag, uniffi_reexport_hack};

/// How a secret (token, key) may be referred to in output: its last 6 characters only.
pub fn redact(secret: &str) -> String {
    let tail: String = secret
        .chars()
        .rev()
        .take(6)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    format!("…{tail}")
}
