//! Reading a CSV file to import, the same way for every import (`tx import`, `health
//! import`): at most [`MAX_BYTES`] and [`MAX_ROWS`], UTF-8 with or without a BOM, a
//! header row, and `--map FIELD=COLUMN,...` naming each column by its header in any case.
//! What a row means is the import's business: [`transactions`] and [`health`] read a
//! file as the two imports do, without a store (the fuzz targets in `fuzz/` run them).

use std::io::Read;

use anyhow::Context;
use csv::StringRecord;
use lifeos_core::validate::clip;

use crate::UsageError;
pub use crate::commands::finance::import::{TxImport, rows as transactions};
pub use crate::commands::health::{ImportArgs as HealthImport, rows as health};

/// Largest file an import reads: 64 MiB.
pub(crate) const MAX_BYTES: u64 = 64 << 20;

/// Most rows an import reads.
pub(crate) const MAX_ROWS: usize = 200_000;

/// `--map`: which column (by header) holds which field.
pub struct Mapping {
    pairs: Vec<(&'static str, String)>,
}

impl Mapping {
    /// Reads `FIELD=COLUMN,...`; fields are any of `fields` (in any case), empty items
    /// are skipped.
    pub fn parse(text: &str, fields: &[&'static str]) -> Result<Mapping, UsageError> {
        let mut pairs: Vec<(&'static str, String)> = Vec::new();
        for pair in text.split(',').filter(|p| !p.trim().is_empty()) {
            let (field, column) = pair.split_once('=').ok_or_else(|| {
                UsageError(format!("--map: '{}' is not FIELD=COLUMN", clip(pair)))
            })?;
            let field = field.trim().to_lowercase();
            let Some(known) = fields.iter().find(|f| **f == field) else {
                return Err(UsageError(format!(
                    "--map: unknown field '{}': use {}",
                    clip(&field),
                    fields.join(", ")
                )));
            };
            pairs.retain(|(f, _)| f != known);
            pairs.push((known, column.trim().to_owned()));
        }
        Ok(Mapping { pairs })
    }

    /// Whether the map names a column for `field`.
    pub(crate) fn has(&self, field: &str) -> bool {
        self.pairs.iter().any(|(f, _)| *f == field)
    }

    /// Fails unless the map names a column for `field`.
    pub(crate) fn require(&self, field: &str) -> Result<(), UsageError> {
        if self.has(field) {
            Ok(())
        } else {
            Err(UsageError(format!("--map needs {field}=COLUMN")))
        }
    }
}

/// A CSV file read whole (within [`MAX_BYTES`]), its BOM removed.
pub struct CsvFile {
    /// The path given (`-` for stdin), for messages.
    pub(crate) name: String,
    bytes: Vec<u8>,
}

impl CsvFile {
    /// Reads `path`, or stdin for `-`.
    pub(crate) fn read(path: &str) -> anyhow::Result<CsvFile> {
        let reader: Box<dyn Read> = if path == "-" {
            Box::new(std::io::stdin().lock())
        } else {
            Box::new(std::fs::File::open(path).with_context(|| format!("cannot read {path}"))?)
        };
        let mut bytes = Vec::new();
        reader.take(MAX_BYTES + 1).read_to_end(&mut bytes)?;
        Ok(CsvFile::from_bytes(path, bytes)?)
    }

    /// The file's contents as read from `name`: more than [`MAX_BYTES`] is an error, a
    /// BOM is removed.
    pub fn from_bytes(name: &str, mut bytes: Vec<u8>) -> Result<CsvFile, UsageError> {
        if bytes.len() as u64 > MAX_BYTES {
            return Err(UsageError(format!(
                "{name} is larger than the 64 MiB limit of an import"
            )));
        }
        if bytes.starts_with(b"\xEF\xBB\xBF") {
            bytes.drain(..3);
        }
        Ok(CsvFile {
            name: name.to_owned(),
            bytes,
        })
    }

    /// The header line, raw (to guess a delimiter from).
    pub(crate) fn header_line(&self) -> &[u8] {
        self.bytes.split(|b| *b == b'\n').next().unwrap_or_default()
    }

    /// The table: its header read with `delimiter`, and the columns `map` names found in
    /// it.
    pub(crate) fn table(&self, delimiter: u8, map: &Mapping) -> anyhow::Result<Table<'_>> {
        let mut rdr = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .flexible(false)
            .from_reader(self.bytes.as_slice());
        let headers: Vec<String> = rdr
            .headers()
            .map_err(|e| UsageError(format!("{}: cannot read the header row: {e}", self.name)))?
            .iter()
            .map(|h| h.trim().to_owned())
            .collect();
        let mut columns = Vec::new();
        for (field, name) in &map.pairs {
            let wanted = name.to_lowercase();
            let found: Vec<usize> = (0..headers.len())
                .filter(|i| headers[*i].to_lowercase() == wanted)
                .collect();
            match found.as_slice() {
                [one] => columns.push((*field, *one)),
                [] => {
                    return Err(UsageError(format!(
                        "--map: the file has no column '{}' (its columns: {})",
                        clip(name),
                        headers.join(", ")
                    ))
                    .into());
                }
                several => {
                    return Err(UsageError(format!(
                        "--map: the file has {} columns named '{}'",
                        several.len(),
                        clip(name)
                    ))
                    .into());
                }
            }
        }
        Ok(Table { rdr, columns })
    }
}

/// The rows of a [`CsvFile`], with the mapped columns.
pub(crate) struct Table<'a> {
    rdr: csv::Reader<&'a [u8]>,
    columns: Vec<(&'static str, usize)>,
}

impl Table<'_> {
    /// The column of `field`, if the map names one.
    pub(crate) fn column(&self, field: &str) -> Option<usize> {
        self.columns
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, c)| *c)
    }

    /// The column of `field`, which the map must name.
    pub(crate) fn required(&self, field: &str) -> Result<usize, UsageError> {
        self.column(field)
            .ok_or_else(|| UsageError(format!("--map needs {field}=COLUMN")))
    }

    /// The records after the header, numbered from 0, each or what is wrong with it
    /// (malformed, not UTF-8, past [`MAX_ROWS`]). Reading stops at the first error.
    pub(crate) fn records(
        &mut self,
    ) -> impl Iterator<Item = (usize, Result<StringRecord, String>)> + '_ {
        let mut failed = false;
        self.rdr.records().enumerate().map_while(move |(i, r)| {
            if failed {
                return None;
            }
            let r = if i >= MAX_ROWS {
                Err(format!("more than {MAX_ROWS} rows"))
            } else {
                r.map_err(|e| e.to_string())
            };
            failed = r.is_err();
            Some((i, r))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_and_headers_match_in_any_case_and_only_once() {
        let map = Mapping::parse("Date=datum, AMOUNT=Betrag,", &["date", "amount"]).unwrap();
        assert!(map.has("date") && map.has("amount"));
        assert!(Mapping::parse("colour=x", &["date"]).is_err());
        assert!(Mapping::parse("nonsense", &["date"]).is_err());
        let file = CsvFile {
            name: "t.csv".into(),
            bytes: b"DATUM,betrag\n2026-12-01,1\n".to_vec(),
        };
        let mut t = file.table(b',', &map).unwrap();
        assert_eq!((t.column("date"), t.column("amount")), (Some(0), Some(1)));
        assert_eq!(t.records().count(), 1);
        let twice = CsvFile {
            name: "t.csv".into(),
            bytes: b"Datum,DATUM\n".to_vec(),
        };
        assert!(twice.table(b',', &map).is_err());
    }
}
