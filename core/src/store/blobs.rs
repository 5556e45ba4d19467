//! The store's side of attachments: the profile's sealed blob directory, the local
//! `blob_local` table (which blobs this device holds, which it must still upload), and
//! attaching a file to a row in one step.

use std::io::Read;
use std::path::PathBuf;

use rusqlite::OptionalExtension;

use super::{Store, StoreError};
use crate::blobs::{BlobKey, LocalBlobs};
use crate::entity::EntityKind;
use crate::id::Id;
use crate::kernel::Row;
use crate::model::Attachment;
use crate::timestamp::Timestamp;

/// A blob named by its hash and size.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct LocalBlob {
    /// Its SHA-256.
    pub sha256: String,
    /// Its size in bytes.
    pub size: u64,
}

const SECRET_KEY: &str = "blob_secret";

impl Store {
    /// The profile's blobs: `blobs/` beside the database, sealed under the secret the
    /// database keeps (written on first use; derived from the database key).
    pub fn blobs(&self) -> Result<LocalBlobs, StoreError> {
        let db = self.conn.path().unwrap_or_default();
        let dir = PathBuf::from(db)
            .parent()
            .map(|p| p.join("blobs"))
            .unwrap_or_else(|| PathBuf::from("blobs"));
        let secret = match self.meta(SECRET_KEY)? {
            Some(hex_secret) => {
                let mut s = zeroize::Zeroizing::new([0u8; 32]);
                hex::decode_to_slice(hex_secret.trim(), s.as_mut_slice()).map_err(|_| {
                    StoreError::Damaged {
                        path: None,
                        why: "the blob secret in the database is not 64 hex digits".into(),
                    }
                })?;
                s
            }
            None => {
                if !self.read_only {
                    let hex_secret =
                        zeroize::Zeroizing::new(hex::encode(self.blob_secret.as_slice()));
                    self.conn.execute(
                        "INSERT OR IGNORE INTO meta (key, value) VALUES (?1, ?2)",
                        [SECRET_KEY, hex_secret.as_str()],
                    )?;
                    return self.blobs();
                }
                self.blob_secret.clone()
            }
        };
        Ok(LocalBlobs::new(dir, BlobKey::from_secret(&secret)))
    }

    /// Records that this device holds a blob; `upload` queues it for the server.
    pub fn blob_kept(&self, sha256: &str, size: u64, upload: bool) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT INTO blob_local (sha256, size, upload, added_at) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (sha256) DO UPDATE SET upload = max(upload, excluded.upload)",
            rusqlite::params![
                sha256,
                i64::try_from(size).unwrap_or(i64::MAX),
                i64::from(upload),
                Timestamp::now().to_string()
            ],
        )?;
        Ok(())
    }

    /// Whether this device holds a blob (its row says so and its file is there).
    pub fn blob_is_local(&self, sha256: &str) -> Result<bool, StoreError> {
        Ok(self.blob_recorded(sha256)? && self.blobs()?.has(sha256))
    }

    /// Forgets a blob here (its file is gone or damaged); a queued upload goes too.
    pub fn blob_dropped(&self, sha256: &str) -> Result<(), StoreError> {
        self.blobs()?.remove(sha256)?;
        self.conn
            .execute("DELETE FROM blob_local WHERE sha256 = ?1", [sha256])?;
        Ok(())
    }

    /// The server holds the blob now.
    pub fn blob_uploaded(&self, sha256: &str) -> Result<(), StoreError> {
        self.conn.execute(
            "UPDATE blob_local SET upload = 0 WHERE sha256 = ?1",
            [sha256],
        )?;
        Ok(())
    }

    /// The blobs to upload, oldest first: those some attachment row (live or deleted)
    /// still names (the server refuses any other).
    pub fn blobs_to_upload(&self) -> Result<Vec<LocalBlob>, StoreError> {
        self.blob_query(
            "SELECT sha256, size FROM blob_local b WHERE upload = 1 AND EXISTS
               (SELECT 1 FROM attachment a WHERE json_extract(a.fields, '$.sha256') = b.sha256)
             ORDER BY added_at, sha256",
        )
    }

    /// How many blobs wait for upload.
    pub fn blob_uploads_pending(&self) -> Result<u64, StoreError> {
        Ok(self.blobs_to_upload()?.len() as u64)
    }

    /// The blobs live attachment rows name that this device does not hold.
    pub fn blobs_missing(&self) -> Result<Vec<LocalBlob>, StoreError> {
        let named = self.blob_query(
            "SELECT DISTINCT json_extract(fields, '$.sha256'), json_extract(fields, '$.size')
             FROM attachment WHERE deleted_at IS NULL ORDER BY 1",
        )?;
        let blobs = self.blobs()?;
        let mut out = Vec::new();
        for b in named {
            if !self.blob_is_local_with(&blobs, &b.sha256)? {
                out.push(b);
            }
        }
        Ok(out)
    }

    /// Every blob any attachment row names, deleted rows too (what a complete backup
    /// holds).
    pub fn blobs_named(&self) -> Result<Vec<LocalBlob>, StoreError> {
        self.blob_query(
            "SELECT DISTINCT json_extract(fields, '$.sha256'), json_extract(fields, '$.size')
             FROM attachment ORDER BY 1",
        )
    }

    /// Whether the blob has a row in `blob_local` (its file may still be missing).
    pub fn blob_recorded(&self, sha256: &str) -> Result<bool, StoreError> {
        let row: Option<i64> = self
            .conn
            .query_row(
                "SELECT 1 FROM blob_local WHERE sha256 = ?1",
                [sha256],
                |r| r.get(0),
            )
            .optional()?;
        Ok(row.is_some())
    }

    fn blob_is_local_with(&self, blobs: &LocalBlobs, sha256: &str) -> Result<bool, StoreError> {
        Ok(self.blob_recorded(sha256)? && blobs.has(sha256))
    }

    fn blob_query(&self, sql: &str) -> Result<Vec<LocalBlob>, StoreError> {
        let mut stmt = self.conn.prepare_cached(sql)?;
        let rows = stmt.query_map([], |r| {
            Ok(LocalBlob {
                sha256: r.get(0)?,
                size: u64::try_from(r.get::<_, i64>(1)?).unwrap_or(0),
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Attaches the bytes of `src` to the row `kind:id` in one step: they are hashed
    /// and sealed into the blob directory, the upload is queued, and the attachment row
    /// is written. The same bytes on the same row are the attachment
    /// already there (its name and type are updated). The row must exist.
    pub fn attach(
        &mut self,
        kind: EntityKind,
        id: Id,
        name: &str,
        media_type: &str,
        src: &mut dyn Read,
    ) -> Result<Row<Attachment>, StoreError> {
        if kind == EntityKind::Attachment {
            return Err(crate::validate::ValidationError::new(
                "entity",
                "an attachment cannot have attachments",
            )
            .into());
        }
        if Self::get_raw(&self.conn, kind, id)?.is_none() {
            return Err(StoreError::NotFound {
                kind,
                id: id.to_string(),
            });
        }
        crate::model::check_file_name("name", name)?;
        crate::model::check_media_type("media_type", media_type)?;
        let added = self.blobs()?.add(src)?;
        let fields = Attachment {
            entity_kind: kind.name().to_owned(),
            entity_id: id,
            name: name.to_owned(),
            media_type: media_type.to_owned(),
            size: added.size,
            sha256: added.sha256.clone(),
        };
        // The blob is recorded first: a crash before the row leaves a blob no row
        // names, which is never uploaded; never a row whose blob would not be.
        self.blob_kept(&added.sha256, added.size, true)?;
        self.upsert(fields)
    }
}
