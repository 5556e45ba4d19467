//! The health CSV import (`lifeos health import`): a file read with `--map` and perhaps
//! `--kind`, every row a measurement as `lifeos health log` would make it (units,
//! ranges, sleep spans), validated and fingerprinted; no store.
//!
//! Input: the first byte picks the map, the kind and the unit system; the rest is the
//! file.

#![no_main]

use std::collections::HashSet;

use libfuzzer_sys::fuzz_target;
use lifeos_cli::csv_import::{CsvFile, HealthImport, Mapping, health};
use lifeos_core::units::UnitSystem;

/// `--map` and `--kind` pairs: a kind column, or one kind for the file.
const CASES: [(&str, Option<&str>); 4] = [
    ("date=date,value=value,kind=kind,unit=unit,note=note", None),
    ("date=Date,value=Weight", Some("weight")),
    ("date=start,end=end", Some("sleep")),
    ("date=when,value=reading,unit=unit", Some("glucose")),
];

fuzz_target!(|data: &[u8]| {
    let Some((&opts, file)) = data.split_first() else {
        return;
    };
    let (map, kind) = CASES[usize::from(opts & 3)];
    let system = if opts & 4 == 0 {
        UnitSystem::Metric
    } else {
        UnitSystem::Imperial
    };
    let a = HealthImport {
        file: "health.csv".into(),
        map: map.into(),
        kind: kind.map(str::to_owned),
    };
    let map = match Mapping::parse(&a.map, &["date", "value", "kind", "unit", "note", "end"]) {
        Ok(m) => m,
        Err(e) => panic!("the fixed maps parse: {e}"),
    };
    let csv = match CsvFile::from_bytes(&a.file, file.to_vec()) {
        Ok(f) => f,
        Err(e) => panic!("a small file is read: {e}"),
    };
    let now = time::macros::datetime!(2026-11-30 08:00 UTC);
    match health(&a, &map, &csv, system, now) {
        Ok(rows) => {
            let mut keys = HashSet::new();
            for m in &rows {
                lifeos_core::Entity::validate(m).unwrap_or_else(|e| panic!("{e}"));
                // Nothing is logged in the future, and a sleep ends after it starts.
                assert!(m.recorded_at.datetime() <= now, "{:?}", m.recorded_at);
                if let Some(end) = m.ended_at {
                    assert!(end > m.recorded_at);
                }
                keys.insert(m.import_key.clone().unwrap_or_default());
            }
            assert!(keys.iter().all(|k| k.len() == 24));
        }
        Err(e) => assert!(!lifeos_cli::said_once(&e).is_empty()),
    }
});
