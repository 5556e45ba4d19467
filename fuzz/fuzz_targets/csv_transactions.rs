//! The finance CSV import (`lifeos tx import`): a bank's file read with `--map`, a
//! delimiter (given or guessed), a decimal style and a date format, into validated
//! transactions with their fingerprints; no store.
//!
//! Input: the first byte picks the options; with its bit 6 set, the first line is the
//! `--date-format`; the rest is the file (its length picks the currency).

#![no_main]

use std::collections::HashSet;

use libfuzzer_sys::fuzz_target;
use lifeos_cli::csv_import::{CsvFile, Mapping, TxImport, transactions};
use lifeos_core::Id;
use lifeos_core::money::Currency;

const MAPS: [&str; 4] = [
    "date=Date,amount=Amount,payee=Payee,memo=Memo,category=Category",
    "date=date,amount=amount",
    "date=Buchungstag,amount=Betrag,payee=Empfänger,memo=Verwendungszweck",
    "DATE=Date , Amount=Amount,payee=Description,",
];
const FORMATS: [&str; 4] = ["%Y-%m-%d", "%d.%m.%Y", "%m/%d/%Y", "%d %b %Y"];
const CURRENCIES: [&str; 4] = ["EUR", "JPY", "KWD", "USD"];
const DELIMITERS: [Option<char>; 4] = [None, Some(','), Some(';'), Some('\t')];

fuzz_target!(|data: &[u8]| {
    let Some((&opts, mut file)) = data.split_first() else {
        return;
    };
    let mut date_format = Some(FORMATS[usize::from(opts >> 4 & 3)].to_owned());
    if opts & 0x40 != 0 {
        let Some(nl) = file.iter().position(|b| *b == b'\n') else {
            return;
        };
        let Ok(f) = std::str::from_utf8(&file[..nl]) else {
            return;
        };
        date_format = Some(f.to_owned());
        file = &file[nl + 1..];
    }
    let i = TxImport {
        file: "bank.csv".into(),
        account: "Checking".into(),
        map: MAPS[usize::from(opts & 3)].into(),
        date_format,
        decimal_comma: opts & 0x80 != 0,
        delimiter: DELIMITERS[usize::from(opts >> 2 & 3)],
    };
    let Ok(currency) = Currency::from_code(CURRENCIES[file.len() % 4]) else {
        return;
    };
    let map = match Mapping::parse(&i.map, &["date", "amount", "payee", "memo", "category"]) {
        Ok(m) => m,
        Err(e) => panic!("the fixed maps parse: {e}"),
    };
    let csv = match CsvFile::from_bytes(&i.file, file.to_vec()) {
        Ok(f) => f,
        Err(e) => panic!("a small file is read: {e}"),
    };
    let account: Id = match "01JDQ4C5Z6V2Y7KX3M8N9P0QRS".parse() {
        Ok(id) => id,
        Err(e) => panic!("{e}"),
    };
    match transactions(&i, &map, &csv, account, currency) {
        Ok(rows) => {
            let mut fingerprints = HashSet::new();
            for t in &rows {
                assert_eq!(t.account_id, account);
                assert_eq!(t.currency_code, currency);
                lifeos_core::Entity::validate(t).unwrap_or_else(|e| panic!("{e}"));
                // Two rows alike are two transactions: every fingerprint differs.
                let f = t.import_id.clone().unwrap_or_default();
                assert_eq!(f.len(), 32);
                assert!(fingerprints.insert(f));
            }
        }
        Err(e) => {
            let text = lifeos_cli::said_once(&e);
            assert!(!text.is_empty());
        }
    }
});
