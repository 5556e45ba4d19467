//! Blobs between a device and the server (docs/attachments.md): uploads after their
//! rows, resumed from where the server stands, in parts of [`PART`] bytes; downloads
//! with `Range`, resumed from the complete chunks the device kept. Memory stays at a part
//! on the way up and a chunk on the way down, whatever the size of the file.

use std::io::Read;
use std::ops::ControlFlow;
use std::time::Duration;

use super::{HttpRemote, SyncError};
use crate::blobs::{BlobError, CHUNK};
use crate::store::{LocalBlob, Store, StoreError};

/// Bytes per upload request: small enough that a slow link sends one well within the
/// server's request timeout, large enough that a fast one is not slowed by requests.
pub const PART: usize = 8 * 1024 * 1024;

/// Where a transfer is, for progress bars. The callback that hears it answers
/// `ControlFlow::Break(())` to stop the transfer (`SyncError::Cancelled`): an upload
/// stops after the part in flight, a download at once; both resume next time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BlobProgress {
    /// The blob.
    pub sha256: String,
    /// Bytes moved so far (including what an earlier attempt moved).
    pub done: u64,
    /// Its size.
    pub total: u64,
    /// Up (to the server) or down.
    pub upload: bool,
}

/// What a round of uploads or downloads did.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct BlobSummary {
    /// Blobs moved.
    pub blobs: u64,
    /// Their bytes (what this round moved, not counting what was there already).
    pub bytes: u64,
    /// Blobs the server already held (nothing sent).
    pub already: u64,
    /// Blobs the server refused, with why (over the limit or the quota): they stay
    /// queued and are tried again next time.
    pub refused: Vec<Refused>,
}

/// A blob the server refused.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Refused {
    /// The blob.
    pub sha256: String,
    /// The server's reason.
    pub detail: String,
}

/// The server's answer to one uploaded part.
enum PutAnswer {
    Done,
    Resume(u64),
}

#[derive(serde::Deserialize)]
struct UploadState {
    offset: u64,
}

impl HttpRemote {
    /// Whether the server stores the blob.
    pub fn blob_stored(&self, sha256: &str) -> Result<bool, SyncError> {
        let url = self.workspace_url(&format!("/blobs/{sha256}"))?;
        let res = self
            .authed(self.http.head(&url))
            .send()
            .map_err(|e| self.offline(e))?;
        match res.status().as_u16() {
            200 => Ok(true),
            404 => Ok(false),
            status => Err(Self::problem(status, res)),
        }
    }

    /// How many bytes of an upload in progress the server holds (0 when none is).
    pub fn upload_offset(&self, sha256: &str) -> Result<u64, SyncError> {
        let url = self.workspace_url(&format!("/uploads/{sha256}"))?;
        let res = self
            .authed(self.http.get(&url))
            .send()
            .map_err(|e| self.offline(e))?;
        match res.status().as_u16() {
            200 => res
                .json::<UploadState>()
                .map(|s| s.offset)
                .map_err(|e| SyncError::Protocol(e.to_string())),
            404 => Ok(0),
            status => Err(Self::problem(status, res)),
        }
    }

    fn put_part(
        &self,
        sha256: &str,
        size: u64,
        offset: u64,
        body: Vec<u8>,
    ) -> Result<PutAnswer, SyncError> {
        let url = self.workspace_url(&format!("/blobs/{sha256}?size={size}&offset={offset}"))?;
        let res = self
            .authed(self.http.put(&url))
            .header(reqwest::header::CONTENT_TYPE, "application/octet-stream")
            .body(body)
            .timeout(Duration::from_secs(300))
            .send()
            .map_err(|e| self.offline(e))?;
        match res.status().as_u16() {
            200 | 201 => Ok(PutAnswer::Done),
            202 | 409 => res
                .json::<UploadState>()
                .map(|s| PutAnswer::Resume(s.offset))
                .map_err(|e| SyncError::Protocol(e.to_string())),
            status => Err(Self::problem(status, res)),
        }
    }

    fn get_from(
        &self,
        sha256: &str,
        from: u64,
    ) -> Result<(reqwest::blocking::Response, bool), SyncError> {
        let url = self.workspace_url(&format!("/blobs/{sha256}"))?;
        let mut req = self.authed(self.http.get(&url));
        if from > 0 {
            req = req.header(reqwest::header::RANGE, format!("bytes={from}-"));
        }
        // A large file over a slow link takes what it takes; a connection cut by
        // either side's time limit is resumed from what arrived.
        let res = req
            .timeout(Duration::from_secs(60 * 60))
            .send()
            .map_err(|e| self.offline(e))?;
        match res.status().as_u16() {
            200 => Ok((res, false)),
            206 => Ok((res, true)),
            status => Err(Self::problem(status, res)),
        }
    }

    /// Uploads one blob this device holds, from where the server stands.
    pub fn upload_blob(
        &self,
        store: &Store,
        blob: &LocalBlob,
        progress: &mut dyn FnMut(BlobProgress) -> ControlFlow<()>,
    ) -> Result<u64, SyncError> {
        let blobs = store.blobs()?;
        let mut offset = self.upload_offset(&blob.sha256)?;
        let mut sent = 0u64;
        let mut stalls = 0;
        loop {
            let mut reader = blobs.open_at(&blob.sha256, offset)?;
            let mut body = Vec::with_capacity(PART.min(usize::try_from(blob.size).unwrap_or(PART)));
            (&mut reader)
                .take(PART as u64)
                .read_to_end(&mut body)
                .map_err(|e| {
                    StoreError::from(BlobError::Damaged {
                        sha256: blob.sha256.clone(),
                        why: e.to_string(),
                    })
                })?;
            let len = body.len() as u64;
            let answer = match self.put_part(&blob.sha256, blob.size, offset, body) {
                Err(e) if e.is_transient() && stalls < self.attempts => {
                    stalls += 1;
                    std::thread::sleep(Duration::from_millis(200 << stalls.min(5)));
                    offset = self.upload_offset(&blob.sha256)?;
                    continue;
                }
                other => other?,
            };
            match answer {
                PutAnswer::Done => {
                    sent += len;
                    // Done either way: a stop asked now changes nothing.
                    let _ = progress(BlobProgress {
                        sha256: blob.sha256.clone(),
                        done: blob.size,
                        total: blob.size,
                        upload: true,
                    });
                    return Ok(sent);
                }
                PutAnswer::Resume(at) => {
                    if at > offset {
                        stalls = 0;
                        sent += at - offset;
                    } else {
                        stalls += 1;
                        if stalls > self.attempts {
                            return Err(SyncError::Protocol(format!(
                                "the upload of {} makes no progress at byte {at}",
                                blob.sha256
                            )));
                        }
                    }
                    offset = at;
                    // Stopped between parts: the server keeps what arrived.
                    if progress(BlobProgress {
                        sha256: blob.sha256.clone(),
                        done: offset,
                        total: blob.size,
                        upload: true,
                    })
                    .is_break()
                    {
                        return Err(SyncError::Cancelled);
                    }
                }
            }
        }
    }

    /// Downloads one blob into the device's sealed store, resuming a download an earlier
    /// attempt (or process) began, and checking its size and hash.
    pub fn download_blob(
        &self,
        store: &Store,
        blob: &LocalBlob,
        progress: &mut dyn FnMut(BlobProgress) -> ControlFlow<()>,
    ) -> Result<u64, SyncError> {
        let blobs = store.blobs()?;
        let mut incoming = blobs.receive(&blob.sha256, blob.size)?;
        let started_at = incoming.offset();
        let mut stalls = 0;
        let mut buf = vec![0u8; CHUNK];
        while incoming.offset() < blob.size {
            let from = incoming.offset();
            let (mut res, partial) = match self.get_from(&blob.sha256, from) {
                Err(e) if e.is_transient() && stalls < self.attempts => {
                    stalls += 1;
                    std::thread::sleep(Duration::from_millis(200 << stalls.min(5)));
                    continue;
                }
                other => other?,
            };
            if from > 0 && !partial {
                incoming = incoming.restart(&blobs)?;
            }
            loop {
                match res.read(&mut buf) {
                    Ok(0) => break,
                    Ok(n) => {
                        incoming.write(&buf[..n])?;
                        // Stopped mid-file: the complete chunks stay sealed in the
                        // `.part` file, and the next attempt resumes from them. A file
                        // whose every byte is here is kept.
                        let step = progress(BlobProgress {
                            sha256: blob.sha256.clone(),
                            done: incoming.offset(),
                            total: blob.size,
                            upload: false,
                        });
                        if step.is_break() && incoming.offset() < blob.size {
                            return Err(SyncError::Cancelled);
                        }
                    }
                    Err(_) => break,
                }
            }
            if incoming.offset() == from {
                stalls += 1;
                if stalls > self.attempts {
                    return Err(SyncError::Offline {
                        server: self.base.clone(),
                        detail: format!("the download of {} stalled", blob.sha256),
                    });
                }
            } else {
                stalls = 0;
            }
        }
        let got = incoming.offset() - started_at;
        incoming.finish()?;
        store.blob_kept(&blob.sha256, blob.size, false)?;
        Ok(got)
    }
}

/// Uploads every blob queued on this device whose row the server has (run after a
/// push). A blob the server refuses (over the limit or the quota) stays queued and is
/// reported; a failure to reach the server stops the round.
pub fn upload_pending(
    store: &Store,
    remote: &HttpRemote,
    progress: &mut dyn FnMut(BlobProgress) -> ControlFlow<()>,
) -> Result<BlobSummary, SyncError> {
    let mut summary = BlobSummary::default();
    for blob in store.blobs_to_upload()? {
        if remote.blob_stored(&blob.sha256)? {
            store.blob_uploaded(&blob.sha256)?;
            summary.already += 1;
            continue;
        }
        match remote.upload_blob(store, &blob, progress) {
            Ok(bytes) => {
                store.blob_uploaded(&blob.sha256)?;
                summary.blobs += 1;
                summary.bytes += bytes;
            }
            Err(SyncError::Refused {
                status: 413 | 422,
                detail,
            }) => {
                summary.refused.push(Refused {
                    sha256: blob.sha256.clone(),
                    detail,
                });
            }
            // The local copy is damaged: nothing here can fix it; another device may
            // still upload it.
            Err(SyncError::Store(StoreError::Blob(e @ BlobError::Damaged { .. }))) => {
                store.blob_dropped(&blob.sha256)?;
                summary.refused.push(Refused {
                    sha256: blob.sha256.clone(),
                    detail: e.to_string(),
                });
            }
            Err(e) => return Err(e),
        }
    }
    Ok(summary)
}

/// Downloads every blob that live rows name and this device lacks (`sync --blobs`).
pub fn download_missing(
    store: &Store,
    remote: &HttpRemote,
    progress: &mut dyn FnMut(BlobProgress) -> ControlFlow<()>,
) -> Result<BlobSummary, SyncError> {
    let mut summary = BlobSummary::default();
    for blob in store.blobs_missing()? {
        match remote.download_blob(store, &blob, progress) {
            Ok(bytes) => {
                summary.blobs += 1;
                summary.bytes += bytes;
            }
            // Not uploaded yet by the device that attached it: next time.
            Err(SyncError::NotFound(detail)) => summary.refused.push(Refused {
                sha256: blob.sha256.clone(),
                detail: format!("not on the server yet: {detail}"),
            }),
            Err(e) => return Err(e),
        }
    }
    Ok(summary)
}

/// The plaintext of a blob, fetched first if this device lacks it (`remote` is `None`
/// offline, and a missing blob is then an error that says so).
pub fn ensure_local(
    store: &Store,
    remote: Option<&HttpRemote>,
    blob: &LocalBlob,
    progress: &mut dyn FnMut(BlobProgress) -> ControlFlow<()>,
) -> Result<(), SyncError> {
    if store.blob_is_local(&blob.sha256)? {
        return Ok(());
    }
    match remote {
        Some(r) => r.download_blob(store, blob, progress).map(|_| ()),
        None => Err(SyncError::Store(StoreError::Blob(BlobError::Missing(
            blob.sha256.clone(),
        )))),
    }
}

impl From<BlobError> for SyncError {
    fn from(e: BlobError) -> Self {
        SyncError::Store(StoreError::Blob(e))
    }
}
