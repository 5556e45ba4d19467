//! Export and import: every row as [`Record`] lines, and an import that merges them with
//! the stored rows by the one merge rule, in one transaction, all or nothing.

use super::raw::{Queue, Write, kernel_from_row};
use super::{Store, StoreError};
use crate::entity::EntityKind;
use crate::id::Id;
use crate::kernel::DecodeError;
use crate::merge::Candidate;
use crate::record::Record;
use crate::sync::Operation;
use crate::timestamp::Timestamp;

/// What an import did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct ImportSummary {
    /// Rows that were not there.
    pub inserted: u64,
    /// Rows replaced by a winning version.
    pub updated: u64,
    /// Rows skipped: `identical + older` (kept for scripts that read it).
    pub unchanged: u64,
    /// Rows skipped because the stored copy is the same version with the same fields.
    pub identical: u64,
    /// Rows skipped because the stored copy is newer (it wins by the merge rule; `lifeos
    /// restore FILE` makes a file's rows current instead).
    pub older: u64,
}

impl Store {
    /// Writes every row of every kind, tombstones included, as [`Record`]s in registry
    /// then id order. Returns how many.
    pub fn export<W: FnMut(&Record) -> std::io::Result<()>>(
        &self,
        mut sink: W,
    ) -> Result<u64, StoreError> {
        let mut n = 0;
        for &kind in EntityKind::ALL {
            let mut stmt = self.conn.prepare(&format!(
                "SELECT id, created_at, updated_at, deleted_at, version, fields FROM {} ORDER BY id",
                kind.table()
            ))?;
            let mut rows = stmt.query([])?;
            while let Some(r) = rows.next()? {
                let (kernel, fields) = kernel_from_row(r)?;
                sink(&Record::from_stored(kind, kernel, fields)).map_err(|source| {
                    StoreError::Io {
                        path: "export".into(),
                        source,
                    }
                })?;
                n += 1;
            }
        }
        Ok(n)
    }

    /// Imports records in one transaction: each is merged with the stored row by the one
    /// merge rule (new rows are inserted; a stored row is replaced only by a winning
    /// version) and queued in the outbox. The first bad record aborts the whole import
    /// with its line number and nothing is written.
    pub fn import<I>(&mut self, records: I) -> Result<ImportSummary, StoreError>
    where
        I: IntoIterator<Item = (usize, Result<Record, DecodeError>)>,
    {
        let tx = self.write_tx()?;
        let mut summary = ImportSummary::default();
        let queued_at = Timestamp::now().to_string();
        // Mutation numbers are counted here and taken from the counter once, at the end
        // (inside the same transaction).
        let last = Self::take_mutations(&tx, 0)? - 1;
        let mut next = last;
        // Pair sides written, checked at the end: an import never leaves half a pair.
        let mut sides: Vec<(usize, EntityKind, Id, crate::entity::Pair)> = Vec::new();
        for (line, record) in records {
            let record = record.map_err(|source| StoreError::ImportLine { line, source })?;
            let pair = record
                .kind
                .pair(record.fields_json())
                .map_err(|source| StoreError::ImportLine { line, source })?;
            let (pair_kind, pair_id) = (record.kind, record.kernel.id);
            // A live row whose natural key another live row holds merges into that row,
            // as on the server: aimed at the holder, its own id retired as a tombstone.
            let key = Self::stored_key(record.kind, &record.kernel, record.fields_json())?;
            let parts = match key
                .map(|k| Self::holder(&tx, record.kind, &k))
                .transpose()?
            {
                Some(Some((holder, _))) if holder.id != record.kernel.id => {
                    let (aimed, tomb) = crate::sync::retarget(&record, &holder);
                    vec![tomb, aimed]
                }
                _ => vec![record],
            };
            for record in parts {
                // The same decision as a pulled row: the reconciler's, over the merge rule.
                let local = Self::get_raw(&tx, record.kind, record.kernel.id)?;
                let op = crate::sync::on_pull(
                    local.as_ref().map(|(k, f)| Candidate {
                        kernel: k,
                        fields_json: f,
                    }),
                    record.candidate(),
                );
                let write = match op {
                    Operation::Insert => Write::Insert,
                    Operation::Replace => Write::Update,
                    Operation::Keep => {
                        summary.unchanged += 1;
                        let same = local.as_ref().is_some_and(|(k, f)| {
                            k.version == record.kernel.version
                                && k.is_deleted() == record.kernel.is_deleted()
                                && f == record.fields_json()
                        });
                        if same {
                            summary.identical += 1;
                        } else {
                            summary.older += 1;
                        }
                        continue;
                    }
                };
                next += 1;
                let queue = Queue {
                    mutation: next,
                    at: &queued_at,
                    journal: false,
                };
                Self::write_raw(
                    write,
                    &tx,
                    record.kind,
                    &record.kernel,
                    record.fields_json(),
                    Some(queue),
                )?;
                match write {
                    Write::Insert => summary.inserted += 1,
                    Write::Update => summary.updated += 1,
                }
            }
            if let Some(p) = pair {
                sides.push((line, pair_kind, pair_id, p));
            }
        }
        Self::check_pairs(&tx, sides)?;
        Self::take_mutations(&tx, next - last)?;
        tx.commit()?;
        Ok(summary)
    }

    /// Every pair side written must find its other side here at the same revision and
    /// deletedness; else the whole write is refused, naming the file line.
    pub(super) fn check_pairs(
        tx: &rusqlite::Connection,
        sides: Vec<(usize, EntityKind, Id, crate::entity::Pair)>,
    ) -> Result<(), StoreError> {
        for (line, kind, id, pair) in sides {
            let mine = Self::get_raw(tx, kind, id)?;
            let other = Self::get_raw(tx, kind, pair.counterpart)?;
            let whole = match (mine, other) {
                (Some((k, _)), Some((ok, of))) => {
                    k.is_deleted() == ok.is_deleted()
                        && kind
                            .pair(&of)
                            .ok()
                            .flatten()
                            .is_some_and(|p| p.rev == pair.rev && p.counterpart == id)
                }
                _ => false,
            };
            if !whole {
                return Err(StoreError::ImportLine {
                    line,
                    source: DecodeError::Shape(format!(
                        "{kind} {id} is one side of a {} whose other side {} is neither in the file nor here at the same revision",
                        kind.pair_name(),
                        pair.counterpart
                    )),
                });
            }
        }
        Ok(())
    }
}
