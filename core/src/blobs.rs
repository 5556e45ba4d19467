//! The device's blobs: the bytes of attachments, kept beside the database and encrypted
//! at rest, so the data directory never holds a plaintext file (docs/attachments.md).
//!
//! A blob file is a header (`LOSBLOB1` and a random 7-byte nonce prefix) followed by the
//! plaintext in chunks of [`CHUNK`] bytes, each sealed with AES-256-GCM under the STREAM
//! construction (`aead::stream`, big-endian 32-bit counter): every chunk is
//! authenticated, and the last is marked as the last, so a file cut short, reordered or
//! spliced from another fails to open. A file's name is an HMAC of its SHA-256 under a
//! key of its own, so the directory does not say which files it holds. Both keys come
//! from the profile's blob secret by HKDF-SHA256 ([`BlobKey::from_secret`]).
//!
//! Writing is a stream in both directions: [`LocalBlobs::add`] hashes and seals a file
//! in one pass; [`Incoming`] receives a download that may stop and resume (its `.part`
//! file keeps every complete chunk); [`BlobReader`] decrypts and checks the hash at the
//! end. Memory stays at a chunk or two, whatever the size of the file.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use aes_gcm::aead::generic_array::GenericArray;
use aes_gcm::aead::stream::{NewStream, StreamBE32, StreamPrimitive};
use aes_gcm::{Aes256Gcm, KeyInit};
use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

/// Plaintext bytes per sealed chunk.
pub const CHUNK: usize = 64 * 1024;
const TAG: usize = 16;
const SEALED: usize = CHUNK + TAG;
const MAGIC: &[u8; 8] = b"LOSBLOB1";
const PREFIX: usize = 7;
const HEADER: usize = MAGIC.len() + PREFIX;

/// Why a local blob could not be stored or read.
#[derive(Debug, thiserror::Error)]
pub enum BlobError {
    /// Reading or writing a file failed.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// The error.
        source: io::Error,
    },
    /// The local copy does not open under this profile's key, or is cut short.
    #[error(
        "the local copy of blob {sha256} is damaged or not this profile's ({why}); it is fetched again on next use"
    )]
    Damaged {
        /// The blob.
        sha256: String,
        /// What failed.
        why: String,
    },
    /// The bytes do not hash to what the row says.
    #[error("the bytes hash to {actual}, not {expected}: nothing was kept")]
    WrongHash {
        /// The hash the row names.
        expected: String,
        /// The hash of the bytes.
        actual: String,
    },
    /// More or fewer bytes than the row says.
    #[error("{got} bytes arrived for a blob of {expected}: nothing was kept")]
    WrongSize {
        /// The size the row names.
        expected: u64,
        /// What arrived.
        got: u64,
    },
    /// The blob is not on this device.
    #[error("blob {0} is not on this device")]
    Missing(String),
}

fn io_err(path: &Path) -> impl Fn(io::Error) -> BlobError + '_ {
    move |source| BlobError::Io {
        path: path.display().to_string(),
        source,
    }
}

/// The two keys of a profile's blobs: one seals the bytes, one names the files.
pub struct BlobKey {
    seal: Zeroizing<[u8; 32]>,
    names: Zeroizing<[u8; 32]>,
}

impl std::fmt::Debug for BlobKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("BlobKey(…)")
    }
}

impl BlobKey {
    /// The keys derived (HKDF-SHA256) from a profile's 256-bit blob secret.
    pub fn from_secret(secret: &[u8; 32]) -> Self {
        let hk = hkdf::Hkdf::<Sha256>::new(Some(b"lifeos blobs"), secret);
        let mut seal = Zeroizing::new([0u8; 32]);
        let mut names = Zeroizing::new([0u8; 32]);
        // 32 bytes is always a valid HKDF-SHA256 output length.
        let _ = hk.expand(b"lifeos blob content v1", seal.as_mut_slice());
        let _ = hk.expand(b"lifeos blob names v1", names.as_mut_slice());
        Self { seal, names }
    }

    fn stream(&self, prefix: &[u8]) -> StreamBE32<Aes256Gcm> {
        let aead = Aes256Gcm::new(GenericArray::from_slice(self.seal.as_slice()));
        StreamBE32::from_aead(aead, GenericArray::from_slice(prefix))
    }
}

/// What [`LocalBlobs::add`] stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Added {
    /// The SHA-256 of the bytes, in lower-case hex.
    pub sha256: String,
    /// Their size.
    pub size: u64,
}

/// A profile's blob directory.
#[derive(Debug)]
pub struct LocalBlobs {
    dir: PathBuf,
    key: BlobKey,
}

impl LocalBlobs {
    /// The blobs in `dir`, sealed under `key`.
    pub fn new(dir: PathBuf, key: BlobKey) -> Self {
        Self { dir, key }
    }

    /// The directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn name(&self, sha256: &str) -> String {
        // HMAC takes a key of any length.
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(self.key.names.as_slice())
            .unwrap_or_else(|_| unreachable!("HMAC accepts every key length"));
        mac.update(sha256.as_bytes());
        hex::encode(mac.finalize().into_bytes())
    }

    /// The sealed file of a blob (whether or not it exists).
    pub fn path(&self, sha256: &str) -> PathBuf {
        self.dir.join(self.name(sha256))
    }

    fn part_path(&self, sha256: &str) -> PathBuf {
        self.dir.join(format!("{}.part", self.name(sha256)))
    }

    /// Whether the blob is here, whole.
    pub fn has(&self, sha256: &str) -> bool {
        self.path(sha256).is_file()
    }

    fn ensure_dir(&self) -> Result<(), BlobError> {
        crate::profile::create_private_dir(&self.dir).map_err(io_err(&self.dir))
    }

    /// Hashes and seals everything `src` yields, in one pass, and keeps it under its
    /// hash (a blob already here is kept as it is).
    pub fn add(&self, src: &mut dyn Read) -> Result<Added, BlobError> {
        self.ensure_dir()?;
        let tmp = self.dir.join(format!(
            "{}.adding",
            ulid::Ulid::new().to_string().to_lowercase()
        ));
        let result = (|| {
            let mut w = Sealer::create(&tmp, &self.key)?;
            let mut buf = vec![0u8; CHUNK];
            loop {
                let n = match src.read(&mut buf) {
                    Ok(0) => break,
                    Ok(n) => n,
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                    Err(source) => {
                        return Err(BlobError::Io {
                            path: "the file being attached".into(),
                            source,
                        });
                    }
                };
                w.write(&buf[..n])?;
            }
            let (sha256, size) = w.finish()?;
            let to = self.path(&sha256);
            if to.is_file() {
                let _ = fs::remove_file(&tmp);
            } else {
                fs::rename(&tmp, &to).map_err(io_err(&to))?;
            }
            Ok(Added { sha256, size })
        })();
        if result.is_err() {
            let _ = fs::remove_file(&tmp);
        }
        result
    }

    /// Opens a blob for reading: the plaintext, checked chunk by chunk, and against
    /// `sha256` at the end.
    pub fn open(&self, sha256: &str) -> Result<BlobReader, BlobError> {
        self.open_at(sha256, 0)
    }

    /// Opens a blob for reading from byte `offset` (the hash is checked only when
    /// reading from the start; every chunk is authenticated either way).
    pub fn open_at(&self, sha256: &str, offset: u64) -> Result<BlobReader, BlobError> {
        let path = self.path(sha256);
        let mut file = match File::open(&path) {
            Ok(f) => f,
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                return Err(BlobError::Missing(sha256.to_owned()));
            }
            Err(e) => return Err(io_err(&path)(e)),
        };
        let len = file.metadata().map_err(io_err(&path))?.len();
        let damaged = |why: &str| BlobError::Damaged {
            sha256: sha256.to_owned(),
            why: why.to_owned(),
        };
        let mut header = [0u8; HEADER];
        if len < (HEADER + TAG) as u64 || file.read_exact(&mut header).is_err() {
            return Err(damaged("too short"));
        }
        if &header[..MAGIC.len()] != MAGIC {
            return Err(damaged("not a LifeOS blob file"));
        }
        let body = len - HEADER as u64;
        let chunks = body.div_ceil(SEALED as u64);
        let chunks = u32::try_from(chunks).map_err(|_| damaged("too many chunks"))?;
        let first = offset / CHUNK as u64;
        let mut reader = BlobReader {
            file,
            stream: self.key.stream(&header[MAGIC.len()..]),
            header,
            sha256: sha256.to_owned(),
            chunks,
            next: 0,
            buf: Vec::with_capacity(SEALED),
            at: 0,
            hasher: (offset == 0).then(Sha256::new),
        };
        if first > 0 {
            let first = u32::try_from(first).map_err(|_| damaged("offset beyond the file"))?;
            if first >= chunks {
                return Err(damaged("offset beyond the file"));
            }
            reader
                .file
                .seek(SeekFrom::Start(
                    HEADER as u64 + u64::from(first) * SEALED as u64,
                ))
                .map_err(io_err(&path))?;
            reader.next = first;
        }
        reader.fill().map_err(|e| damaged(&e.to_string()))?;
        reader.at = (offset % CHUNK as u64) as usize;
        if reader.at > reader.buf.len() {
            return Err(damaged("offset beyond the file"));
        }
        Ok(reader)
    }

    /// Writes the whole plaintext of a blob to `out`, checking its hash; the bytes
    /// written.
    pub fn copy_to(&self, sha256: &str, out: &mut dyn Write) -> Result<u64, BlobError> {
        self.copy_into(sha256, out, "the output")
    }

    /// Writes the whole plaintext of a blob to the file `dest` (private to the user):
    /// into a file beside it, renamed into place once whole and its hash checked, so a
    /// failure leaves nothing at `dest` (and an existing `dest` is replaced only then).
    /// A failure to write is an [`BlobError::Io`] naming `dest`. The bytes written.
    pub fn write_to(&self, sha256: &str, dest: &Path) -> Result<u64, BlobError> {
        let Some(name) = dest.file_name() else {
            return Err(io_err(dest)(io::Error::new(
                io::ErrorKind::InvalidInput,
                "names no file",
            )));
        };
        let tmp = dest.with_file_name(format!(
            ".{}.{}.lifeos-part",
            name.to_string_lossy(),
            ulid::Ulid::new().to_string().to_lowercase()
        ));
        let written = (|| {
            let mut f = private_file(&tmp, true).map_err(io_err(dest))?;
            let n = self.copy_into(sha256, &mut f, &dest.display().to_string())?;
            f.sync_all().map_err(io_err(dest))?;
            fs::rename(&tmp, dest).map_err(io_err(dest))?;
            Ok(n)
        })();
        if written.is_err() {
            let _ = fs::remove_file(&tmp);
        }
        written
    }

    fn copy_into(
        &self,
        sha256: &str,
        out: &mut dyn Write,
        out_name: &str,
    ) -> Result<u64, BlobError> {
        let mut r = self.open(sha256)?;
        let mut buf = vec![0u8; CHUNK];
        let mut total = 0u64;
        loop {
            let n = r.read(&mut buf).map_err(|e| match e.get_ref() {
                Some(inner) if e.kind() == io::ErrorKind::InvalidData => BlobError::Damaged {
                    sha256: sha256.to_owned(),
                    why: inner.to_string(),
                },
                _ => BlobError::Io {
                    path: self.path(sha256).display().to_string(),
                    source: e,
                },
            })?;
            if n == 0 {
                return Ok(total);
            }
            out.write_all(&buf[..n]).map_err(|source| BlobError::Io {
                path: out_name.to_owned(),
                source,
            })?;
            total += n as u64;
        }
    }

    /// Starts or resumes receiving a blob of `size` bytes (a download): see
    /// [`Incoming::offset`] for where to continue.
    pub fn receive(&self, sha256: &str, size: u64) -> Result<Incoming, BlobError> {
        self.ensure_dir()?;
        let part = self.part_path(sha256);
        let resumed = Sealer::resume(&part, &self.key, size)?;
        let sealer = match resumed {
            Some(s) => s,
            None => Sealer::create(&part, &self.key)?,
        };
        Ok(Incoming {
            sealer,
            part,
            to: self.path(sha256),
            sha256: sha256.to_owned(),
            size,
        })
    }

    /// Removes a blob (and any partial download of it).
    pub fn remove(&self, sha256: &str) -> Result<(), BlobError> {
        for p in [self.path(sha256), self.part_path(sha256)] {
            match fs::remove_file(&p) {
                Ok(()) => {}
                Err(e) if e.kind() == io::ErrorKind::NotFound => {}
                Err(e) => return Err(io_err(&p)(e)),
            }
        }
        Ok(())
    }
}

/// Seals a stream of plaintext into a file, chunk by chunk, hashing it.
struct Sealer {
    file: File,
    path: PathBuf,
    stream: StreamBE32<Aes256Gcm>,
    header: [u8; HEADER],
    next: u32,
    pending: Vec<u8>,
    hasher: Sha256,
    size: u64,
}

impl Sealer {
    fn create(path: &Path, key: &BlobKey) -> Result<Self, BlobError> {
        let mut header = [0u8; HEADER];
        header[..MAGIC.len()].copy_from_slice(MAGIC);
        getrandom::fill(&mut header[MAGIC.len()..]).map_err(|e| BlobError::Io {
            path: path.display().to_string(),
            source: io::Error::other(e.to_string()),
        })?;
        let mut file = private_file(path, true).map_err(io_err(path))?;
        file.write_all(&header).map_err(io_err(path))?;
        Ok(Self {
            file,
            path: path.to_owned(),
            stream: key.stream(&header[MAGIC.len()..]),
            header,
            next: 0,
            pending: Vec::with_capacity(SEALED),
            hasher: Sha256::new(),
            size: 0,
        })
    }

    /// Continues a partial file: its complete chunks are checked and hashed again, and
    /// anything after them is cut. `None` when there is nothing worth keeping.
    fn resume(path: &Path, key: &BlobKey, size: u64) -> Result<Option<Self>, BlobError> {
        let mut file = match OpenOptions::new().read(true).write(true).open(path) {
            Ok(f) => f,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(io_err(path)(e)),
        };
        let len = file.metadata().map_err(io_err(path))?.len();
        let mut header = [0u8; HEADER];
        if len < HEADER as u64
            || file.read_exact(&mut header).is_err()
            || &header[..MAGIC.len()] != MAGIC
        {
            return Ok(None);
        }
        let mut chunks = (len - HEADER as u64) / SEALED as u64;
        // A chunk is written only when more bytes follow it: never all of the blob.
        while chunks > 0 && chunks * CHUNK as u64 >= size {
            chunks -= 1;
        }
        let Ok(chunks) = u32::try_from(chunks) else {
            return Ok(None);
        };
        let stream = key.stream(&header[MAGIC.len()..]);
        let mut hasher = Sha256::new();
        let mut buf = Vec::with_capacity(SEALED);
        for i in 0..chunks {
            buf.resize(SEALED, 0);
            if file.read_exact(&mut buf).is_err()
                || stream
                    .decrypt_in_place(i, false, &header, &mut buf)
                    .is_err()
            {
                return Ok(None);
            }
            hasher.update(&buf);
        }
        let keep = HEADER as u64 + u64::from(chunks) * SEALED as u64;
        file.set_len(keep).map_err(io_err(path))?;
        file.seek(SeekFrom::Start(keep)).map_err(io_err(path))?;
        Ok(Some(Self {
            file,
            path: path.to_owned(),
            stream,
            header,
            next: chunks,
            pending: Vec::with_capacity(SEALED),
            hasher,
            size: u64::from(chunks) * CHUNK as u64,
        }))
    }

    fn seal(&mut self, len: usize, last: bool) -> Result<(), BlobError> {
        let mut chunk: Vec<u8> = self.pending.drain(..len).collect();
        self.stream
            .encrypt_in_place(self.next, last, &self.header, &mut chunk)
            .map_err(|_| BlobError::Io {
                path: self.path.display().to_string(),
                source: io::Error::other("encryption failed"),
            })?;
        self.file.write_all(&chunk).map_err(io_err(&self.path))?;
        self.next = self.next.checked_add(1).ok_or_else(|| BlobError::Io {
            path: self.path.display().to_string(),
            source: io::Error::other("the file is too large"),
        })?;
        Ok(())
    }

    fn write(&mut self, data: &[u8]) -> Result<(), BlobError> {
        self.hasher.update(data);
        self.size += data.len() as u64;
        self.pending.extend_from_slice(data);
        // A chunk is sealed once a byte after it is known: only then is it not the last.
        while self.pending.len() > CHUNK {
            self.seal(CHUNK, false)?;
        }
        Ok(())
    }

    fn finish(mut self) -> Result<(String, u64), BlobError> {
        let len = self.pending.len();
        self.seal(len, true)?;
        self.file.sync_all().map_err(io_err(&self.path))?;
        Ok((hex::encode(self.hasher.finalize()), self.size))
    }
}

fn private_file(path: &Path, truncate: bool) -> io::Result<File> {
    let mut o = OpenOptions::new();
    o.write(true).create(true).truncate(truncate);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        o.mode(0o600);
    }
    o.open(path)
}

/// A blob being received (a download): write what arrives from [`Incoming::offset`] on,
/// then [`Incoming::finish`]. Dropped unfinished, its complete chunks stay in a sealed
/// `.part` file for the next attempt.
pub struct Incoming {
    sealer: Sealer,
    part: PathBuf,
    to: PathBuf,
    sha256: String,
    size: u64,
}

impl Incoming {
    /// The byte to continue from (what was received and kept so far).
    pub fn offset(&self) -> u64 {
        self.sealer.size
    }

    /// The blob's size.
    pub fn size(&self) -> u64 {
        self.size
    }

    /// Takes the next bytes; more than the blob's size is refused.
    pub fn write(&mut self, data: &[u8]) -> Result<(), BlobError> {
        let got = self.sealer.size + data.len() as u64;
        if got > self.size {
            return Err(BlobError::WrongSize {
                expected: self.size,
                got,
            });
        }
        self.sealer.write(data)
    }

    /// Starts over (the server sent the whole blob where a range was asked).
    pub fn restart(self, key: &LocalBlobs) -> Result<Self, BlobError> {
        drop(self.sealer);
        let _ = fs::remove_file(&self.part);
        key.receive(&self.sha256, self.size)
    }

    /// Checks the size and the hash and keeps the blob; a mismatch discards it.
    pub fn finish(self) -> Result<(), BlobError> {
        let got = self.sealer.size;
        if got != self.size {
            return Err(BlobError::WrongSize {
                expected: self.size,
                got,
            });
        }
        let part = self.part.clone();
        let (actual, _) = self.sealer.finish()?;
        if actual != self.sha256 {
            let _ = fs::remove_file(&part);
            return Err(BlobError::WrongHash {
                expected: self.sha256,
                actual,
            });
        }
        fs::rename(&part, &self.to).map_err(io_err(&self.to))
    }
}

/// The plaintext of a local blob ([`LocalBlobs::open`]): a `Read` that fails with
/// `InvalidData` on a damaged chunk, or (read from the start) when the bytes do not hash
/// to the blob's name.
pub struct BlobReader {
    file: File,
    stream: StreamBE32<Aes256Gcm>,
    header: [u8; HEADER],
    sha256: String,
    chunks: u32,
    next: u32,
    buf: Vec<u8>,
    at: usize,
    hasher: Option<Sha256>,
}

impl BlobReader {
    /// Decrypts the next chunk into `buf`; at the end, checks the hash.
    fn fill(&mut self) -> io::Result<()> {
        self.buf.clear();
        self.at = 0;
        if self.next >= self.chunks {
            return Ok(());
        }
        let last = self.next + 1 == self.chunks;
        self.buf.resize(SEALED, 0);
        let mut got = 0;
        while got < SEALED {
            match self.file.read(&mut self.buf[got..]) {
                Ok(0) => break,
                Ok(n) => got += n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
        self.buf.truncate(got);
        if (!last && got != SEALED) || got < TAG {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                "the file is cut short",
            ));
        }
        self.stream
            .decrypt_in_place(self.next, last, &self.header, &mut self.buf)
            .map_err(|_| {
                io::Error::new(
                    io::ErrorKind::InvalidData,
                    format!("chunk {} does not open under this profile's key", self.next),
                )
            })?;
        self.next += 1;
        if let Some(h) = &mut self.hasher {
            h.update(&self.buf);
            if last {
                let actual = hex::encode(h.clone().finalize());
                if actual != self.sha256 {
                    return Err(io::Error::new(
                        io::ErrorKind::InvalidData,
                        format!("its bytes hash to {actual}"),
                    ));
                }
            }
        }
        Ok(())
    }
}

impl Read for BlobReader {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        if self.at >= self.buf.len() {
            if self.next >= self.chunks {
                return Ok(0);
            }
            self.fill()?;
        }
        let n = out.len().min(self.buf.len() - self.at);
        out[..n].copy_from_slice(&self.buf[self.at..self.at + n]);
        self.at += n;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blobs(dir: &Path) -> LocalBlobs {
        LocalBlobs::new(dir.join("blobs"), BlobKey::from_secret(&[7u8; 32]))
    }

    fn sha(bytes: &[u8]) -> String {
        hex::encode(Sha256::digest(bytes))
    }

    fn data(len: usize) -> Vec<u8> {
        (0..len).map(|i| (i * 31 % 251) as u8).collect()
    }

    fn read_all(b: &LocalBlobs, sha256: &str) -> Result<Vec<u8>, BlobError> {
        let mut out = Vec::new();
        b.copy_to(sha256, &mut out)?;
        Ok(out)
    }

    #[test]
    fn round_trips_every_size_around_a_chunk_and_never_stores_plaintext() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let b = blobs(dir.path());
        for len in [
            0,
            1,
            100,
            CHUNK - 1,
            CHUNK,
            CHUNK + 1,
            3 * CHUNK,
            3 * CHUNK + 17,
        ] {
            let bytes = data(len);
            let added = b
                .add(&mut bytes.as_slice())
                .unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(added.sha256, sha(&bytes), "{len}");
            assert_eq!(added.size, len as u64);
            assert_eq!(
                read_all(&b, &added.sha256).ok(),
                Some(bytes.clone()),
                "{len}"
            );
            let sealed = fs::read(b.path(&added.sha256)).unwrap_or_default();
            assert!(
                !b.path(&added.sha256)
                    .to_string_lossy()
                    .contains(&added.sha256)
            );
            if len >= 64 {
                let probe = &bytes[len / 2 - 32..len / 2 + 32];
                assert!(!sealed.windows(probe.len()).any(|w| w == probe), "{len}");
            }
            // Reading from any offset gives the same tail.
            for off in [0, len / 3, len.saturating_sub(1)] {
                let mut r = b
                    .open_at(&added.sha256, off as u64)
                    .unwrap_or_else(|e| panic!("{e}"));
                let mut tail = Vec::new();
                r.read_to_end(&mut tail).unwrap_or_else(|e| panic!("{e}"));
                assert_eq!(tail, bytes[off.min(len)..], "{len} from {off}");
            }
        }
        // Nothing but sealed blobs is left behind.
        for e in fs::read_dir(b.dir()).into_iter().flatten().flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            assert!(name.len() == 64 && !name.contains('.'), "{name}");
        }
    }

    #[test]
    fn write_to_puts_the_file_in_place_only_when_whole_and_checked() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let b = blobs(dir.path());
        let bytes = data(2 * CHUNK + 9);
        let added = b
            .add(&mut bytes.as_slice())
            .unwrap_or_else(|e| panic!("{e}"));
        let out = dir.path().join("out");
        fs::create_dir(&out).unwrap_or_else(|e| panic!("{e}"));
        let dest = out.join("copy.bin");
        assert_eq!(
            b.write_to(&added.sha256, &dest).ok(),
            Some(bytes.len() as u64)
        );
        assert_eq!(fs::read(&dest).ok(), Some(bytes.clone()));
        // A damaged blob replaces nothing and leaves nothing beside it.
        let mut sealed = fs::read(b.path(&added.sha256)).unwrap_or_default();
        sealed[HEADER + SEALED + 3] ^= 1;
        fs::write(b.path(&added.sha256), &sealed).unwrap_or_else(|e| panic!("{e}"));
        assert!(matches!(
            b.write_to(&added.sha256, &dest),
            Err(BlobError::Damaged { .. })
        ));
        assert_eq!(fs::read(&dest).ok(), Some(bytes));
        let names: Vec<_> = fs::read_dir(&out)
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.file_name())
            .collect();
        assert_eq!(names, vec![std::ffi::OsString::from("copy.bin")]);
        // A directory that is not there: an error naming the destination.
        let nowhere = out.join("missing").join("x.bin");
        match b.write_to(&added.sha256, &nowhere) {
            Err(BlobError::Io { path, .. }) => assert_eq!(path, nowhere.display().to_string()),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_damaged_cut_or_foreign_file_is_refused() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let b = blobs(dir.path());
        let bytes = data(3 * CHUNK + 5);
        let added = b
            .add(&mut bytes.as_slice())
            .unwrap_or_else(|e| panic!("{e}"));
        let path = b.path(&added.sha256);
        let good = fs::read(&path).unwrap_or_default();

        // One flipped bit.
        let mut bad = good.clone();
        bad[HEADER + 10] ^= 1;
        fs::write(&path, &bad).unwrap_or_else(|e| panic!("{e}"));
        assert!(matches!(
            read_all(&b, &added.sha256),
            Err(BlobError::Damaged { .. })
        ));
        // The last chunk cut off: the one before is not marked last.
        fs::write(&path, &good[..HEADER + 3 * SEALED]).unwrap_or_else(|e| panic!("{e}"));
        assert!(matches!(
            read_all(&b, &added.sha256),
            Err(BlobError::Damaged { .. })
        ));
        // Another profile's key.
        fs::write(&path, &good).unwrap_or_else(|e| panic!("{e}"));
        let other = LocalBlobs::new(b.dir().to_owned(), BlobKey::from_secret(&[8u8; 32]));
        fs::copy(&path, other.path(&added.sha256)).unwrap_or_else(|e| panic!("{e}"));
        assert!(matches!(
            read_all(&other, &added.sha256),
            Err(BlobError::Damaged { .. })
        ));
        // Another blob's file under this name: the hash check catches it.
        let second = b
            .add(&mut &b"something else"[..])
            .unwrap_or_else(|e| panic!("{e}"));
        fs::copy(b.path(&second.sha256), &path).unwrap_or_else(|e| panic!("{e}"));
        assert!(matches!(
            read_all(&b, &added.sha256),
            Err(BlobError::Damaged { .. })
        ));
        assert!(matches!(
            read_all(&b, &"0".repeat(64)),
            Err(BlobError::Missing(_))
        ));
    }

    #[test]
    fn a_download_resumes_from_its_complete_chunks_and_checks_the_hash() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let b = blobs(dir.path());
        let bytes = data(5 * CHUNK + 123);
        let h = sha(&bytes);
        let mut inc = b
            .receive(&h, bytes.len() as u64)
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(inc.offset(), 0);
        inc.write(&bytes[..2 * CHUNK + 500])
            .unwrap_or_else(|e| panic!("{e}"));
        drop(inc); // the connection dropped, the process ended
        assert!(!b.has(&h));
        let mut inc = b
            .receive(&h, bytes.len() as u64)
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(inc.offset(), 2 * CHUNK as u64);
        let from = usize::try_from(inc.offset()).unwrap_or(0);
        inc.write(&bytes[from..]).unwrap_or_else(|e| panic!("{e}"));
        assert!(matches!(inc.write(b"x"), Err(BlobError::WrongSize { .. })));
        inc.finish().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(read_all(&b, &h).ok(), Some(bytes.clone()));

        // Bytes that hash to something else are not kept.
        let wrong = "a".repeat(64);
        let mut inc = b.receive(&wrong, 10).unwrap_or_else(|e| panic!("{e}"));
        inc.write(b"0123456789").unwrap_or_else(|e| panic!("{e}"));
        assert!(matches!(inc.finish(), Err(BlobError::WrongHash { .. })));
        assert!(!b.has(&wrong));
        let mut inc = b.receive(&wrong, 10).unwrap_or_else(|e| panic!("{e}"));
        inc.write(b"01234").unwrap_or_else(|e| panic!("{e}"));
        assert!(matches!(inc.finish(), Err(BlobError::WrongSize { .. })));
    }
}
