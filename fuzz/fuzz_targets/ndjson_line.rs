//! One line of an export (`lifeos import`, `lifeos restore`): `{"entity": …, <kernel>,
//! <fields>}`, parsed and validated into a record of any kind.

#![no_main]

use libfuzzer_sys::fuzz_target;
use lifeos_core::record::Record;

fuzz_target!(|data: &[u8]| {
    let Ok(line) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(record) = Record::parse_line(line) else {
        return;
    };
    // The record writes back as a line that reads as the same record, and writing that
    // again gives the same text (the canonical form is a fixed point).
    let out = record.to_line();
    let again = Record::parse_line(&out).unwrap_or_else(|e| panic!("{out}: {e}"));
    assert_eq!(again, record);
    assert_eq!(again.to_line(), out);
    // As JSON (a push or pull carries records so) it is the same too.
    let json = serde_json::to_string(&record).unwrap_or_else(|e| panic!("{e}"));
    let back: Record = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{json}: {e}"));
    assert_eq!(back, record);
    // The kind's own hooks read the canonical fields.
    let _ = record.kind.natural_key(record.fields_json());
    let _ = record.kind.pair(record.fields_json());
});
