//! Finance from the command line: the reports checked against hledger (an external
//! referee) on our own ledger export of a few hundred transactions, CSV import, transfers
//! edited and deleted as one, and amounts parsed exactly.

use std::collections::HashMap;
use std::io::Write;
use std::process::Stdio;

use lifeos_core::money::{Currency, DecimalStyle};
use serde_json::{Value, json};

use crate::{Home, id_of};

/// A deterministic pseudo-random sequence (no dependency, same fixture every run).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }
}

fn id(n: u64) -> String {
    format!("01JAAAAAAAAAAAAAAA{n:08}")
}

fn kernel(n: u64) -> Value {
    json!({"id": id(n), "created_at": "2026-01-01T00:00:00.000Z",
           "updated_at": "2026-01-01T00:00:00.000Z", "deleted_at": null, "version": 1})
}

fn record(entity: &str, n: u64, fields: Value) -> String {
    let mut v = kernel(n);
    v["entity"] = json!(entity);
    for (k, x) in fields.as_object().unwrap() {
        v[k] = x.clone();
    }
    v.to_string()
}

/// (name, kind, currency, opening minor units)
const ACCOUNTS: &[(&str, &str, &str, i64)] = &[
    ("Checking", "checking", "EUR", 125_000),
    ("Savings", "savings", "EUR", 0),
    ("Visa Card", "credit_card", "USD", -30_000),
    ("Yen Cash", "cash", "JPY", 50_000),
    ("Kuwait", "checking", "KWD", 1_005),
    ("Brokerage", "investment", "USD", 9_000_000_000_000),
    ("Mortgage", "loan", "EUR", -35_000_000),
];

const CATEGORIES: &[&str] = &[
    "Food",
    "Food:Groceries",
    "Food:Eating Out",
    "Transport:Fuel",
    "Transport",
    "Housing:Rent",
    "Fun & Games",
    "Café Crème",
    "Income:Salary",
    "Income",
    "",
];

const PAYEES: &[&str] = &[
    "Grocer",
    "Café 東京",
    "Shell",
    "ACME Corp",
    "",
    "Ünïcode & Co",
];

/// Writes the fixture (accounts, ~400 transactions, ~40 transfers) as an export file.
fn fixture() -> String {
    let mut rng = Lcg(20_261_201);
    let mut lines = Vec::new();
    let mut n = 0u64;
    for (name, kind, cur, opening) in ACCOUNTS {
        n += 1;
        lines.push(record(
            "account",
            n,
            json!({"name": name, "kind": kind, "currency_code": cur,
                   "opening_balance_minor": opening, "opening_date": "2026-01-01", "archived": false}),
        ));
    }
    let account = |i: usize| id(i as u64 + 1);
    let date = |rng: &mut Lcg| format!("2026-{:02}-{:02}", 1 + rng.below(12), 1 + rng.below(28));
    let amount = |rng: &mut Lcg, cur: &str| -> i64 {
        let scale: i64 = match cur {
            "JPY" => 1,
            "KWD" => 1000,
            _ => 100,
        };
        match rng.below(20) {
            0 => (rng.below(5_000_000_000) as i64) * scale, // large income
            1 => -(rng.below(900_000_000) as i64) * scale,  // large outflow
            2..=4 => rng.below(300_000) as i64,             // refunds, salary
            _ => -(1 + rng.below(25_000) as i64),
        }
    };
    for _ in 0..400 {
        n += 1;
        let a = rng.below(ACCOUNTS.len() as u64) as usize;
        let cur = ACCOUNTS[a].2;
        lines.push(record(
            "transaction",
            n,
            json!({"transfer": null, "account_id": account(a), "booking_date": date(&mut rng),
                   "amount_minor": amount(&mut rng, cur), "currency_code": cur,
                   "payee": rng.pick(PAYEES), "category": rng.pick(CATEGORIES),
                   "memo": if rng.below(5) == 0 { "memo: with; odd chars" } else { "" },
                   "tags": [], "cleared": rng.below(2) == 0, "import_id": null}),
        ));
    }
    for _ in 0..40 {
        let from = rng.below(ACCOUNTS.len() as u64) as usize;
        let mut to = rng.below(ACCOUNTS.len() as u64) as usize;
        if to == from {
            to = (to + 1) % ACCOUNTS.len();
        }
        let (fc, tc) = (ACCOUNTS[from].2, ACCOUNTS[to].2);
        let out = 1 + rng.below(2_000_000) as i64;
        let into = if fc == tc {
            out
        } else {
            1 + rng.below(2_000_000) as i64
        };
        let d = date(&mut rng);
        let (x, y, tid, rev) = (n + 1, n + 2, n + 3, n + 4);
        n += 4;
        for (me, other, acc, cur, minor) in [(x, y, from, fc, -out), (y, x, to, tc, into)] {
            lines.push(record(
                "transaction",
                me,
                json!({"transfer": {"rev": id(rev), "id": id(tid), "counterpart_id": id(other)},
                       "account_id": account(acc), "booking_date": d, "amount_minor": minor,
                       "currency_code": cur, "payee": "Transfer", "category": "", "memo": "",
                       "tags": [], "cleared": false, "import_id": null}),
            ));
        }
    }
    lines.join("\n") + "\n"
}

fn hledger(journal: &str, args: &[&str]) -> String {
    let mut child = std::process::Command::new("hledger")
        .args(["-f", "-"])
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("hledger is the referee of these tests: apt-get install hledger (scripts/deps.sh)");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(journal.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "hledger {args:?} refused our journal: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// hledger's `-O csv` balance report: account → currency → minor units.
fn hledger_amounts(csv_text: &str) -> HashMap<String, HashMap<String, i64>> {
    let mut out = HashMap::new();
    let mut rdr = csv::Reader::from_reader(csv_text.as_bytes());
    for rec in rdr.records() {
        let rec = rec.unwrap();
        let (account, cell) = (rec[0].to_owned(), rec[1].trim().to_owned());
        let mut per = HashMap::new();
        for item in cell.split(", ").filter(|s| !s.is_empty() && *s != "0") {
            let (num, code) = item.rsplit_once(' ').unwrap_or_else(|| panic!("{item}"));
            let c = Currency::from_code(code).unwrap();
            per.insert(
                code.to_owned(),
                c.parse(num, DecimalStyle::Point)
                    .unwrap_or_else(|e| panic!("{item}: {e}")),
            );
        }
        out.insert(account, per);
    }
    out
}

/// The journal's name of an account (names are cleaned of `:` `;` brackets and double
/// spaces there).
fn journal_account(kind: &str, name: &str, id: &str) -> String {
    let kind: lifeos_core::model::AccountKind = serde_json::from_value(json!(kind)).unwrap();
    lifeos_core::finance::ledger_account_name(kind, name, id.parse().unwrap())
}

fn check_balances(h: &Home, journal: &str, as_of: Option<&str>) -> usize {
    let mut args = vec!["balance"];
    let mut hl = vec!["bal", "-E", "-O", "csv"];
    let end;
    if let Some(d) = as_of {
        args.extend(["--as-of", d]);
        // hledger's end date is exclusive.
        end = time::Date::parse(d, time::macros::format_description!("[year]-[month]-[day]"))
            .unwrap()
            .next_day()
            .unwrap()
            .to_string();
        hl.extend(["-e", &end]);
    }
    let ours = h.json(&args);
    let theirs = hledger_amounts(&hledger(journal, &hl));
    let accounts = ours["accounts"].as_array().unwrap();
    for a in accounts {
        let name = journal_account(
            a["kind"].as_str().unwrap(),
            a["name"].as_str().unwrap(),
            a["account_id"].as_str().unwrap(),
        );
        let code = a["currency_code"].as_str().unwrap();
        let expected = theirs
            .get(&name)
            .and_then(|m| m.get(code))
            .copied()
            .unwrap_or(0);
        assert_eq!(
            a["balance_minor"].as_i64().unwrap(),
            expected,
            "{name} as of {as_of:?}: lifeos {} vs hledger",
            a["balance"]
        );
    }
    accounts.len()
}

#[test]
fn reports_equal_hledger_on_our_own_ledger_export() {
    let h = Home::new();
    let file = h.path().join("fixture.ndjson");
    std::fs::write(&file, fixture()).unwrap();
    h.ok(&["import", file.to_str().unwrap()]);
    // And some through the commands themselves.
    h.ok(&[
        "tx",
        "add",
        "--account",
        "Checking",
        "--date",
        "2026-12-03",
        "--",
        "-42.50",
        "Grocer",
        "--category",
        "Food:Groceries",
        "--tag",
        "weekly",
    ]);
    h.ok(&[
        "transfer",
        "add",
        "--from",
        "Kuwait",
        "--to",
        "Yen Cash",
        "1.250",
        "--to-amount",
        "600",
        "--date",
        "2026-12-04",
    ]);
    let txs = h.json(&["tx", "list"]);
    assert_eq!(txs.as_array().unwrap().len(), 400 + 80 + 1 + 2);

    let journal = h.ok(&["finance", "export", "--format", "ledger"]);
    hledger(&journal, &["check"]);
    // Every account and commodity declared, and the tags kept.
    hledger(&journal, &["check", "--strict"]);
    assert!(
        hledger(&journal, &["reg", "tag:weekly"]).contains("Grocer"),
        "the tag is lost"
    );
    assert_eq!(check_balances(&h, &journal, None), ACCOUNTS.len());
    check_balances(&h, &journal, Some("2026-06-30"));
    check_balances(&h, &journal, Some("2025-12-31"));

    let mut compared = 0;
    for month in 1..=12 {
        let m = format!("2026-{month:02}");
        let ours = h.json(&["spending", "--month", &m]);
        let theirs = hledger_amounts(&hledger(
            &journal,
            &[
                "bal",
                "^expenses",
                "-p",
                &m,
                "--tree",
                "--no-elide",
                "-O",
                "csv",
            ],
        ));
        let mut seen = 0;
        for row in ours.as_array().unwrap() {
            let account = format!("expenses:{}", row["category"].as_str().unwrap());
            let code = row["currency_code"].as_str().unwrap();
            let expected = theirs
                .get(&account)
                .and_then(|x| x.get(code))
                .copied()
                .unwrap_or(0);
            assert_eq!(
                row["spent_minor"].as_i64().unwrap(),
                expected,
                "{m} {account} {code}"
            );
            seen += 1;
        }
        // Nothing hledger counts is missing from ours.
        for (account, per) in &theirs {
            let Some(cat) = account.strip_prefix("expenses:") else {
                continue;
            };
            for (code, v) in per {
                let found = ours
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|r| r["category"] == cat && r["currency_code"] == code.as_str());
                assert!(
                    found || *v == 0,
                    "{m}: hledger has {account} {v} {code}, we do not"
                );
            }
        }
        compared += seen;
    }
    assert!(compared > 100, "only {compared} category lines compared");
}

#[test]
fn budget_report_says_what_is_left() {
    let h = Home::new();
    h.ok(&[
        "account",
        "add",
        "Checking",
        "--currency",
        "EUR",
        "--opening",
        "1250.00",
    ]);
    for (amount, cat) in [
        ("-42.50", "Food:Groceries"),
        ("-10", "Food"),
        ("-5.25", "Fun"),
    ] {
        h.ok(&[
            "tx",
            "add",
            "--account",
            "Checking",
            "--date",
            "2026-12-02",
            "--",
            amount,
            "x",
            "--category",
            cat,
        ]);
    }
    h.ok(&["budget", "set", "Food", "400.00", "--month", "2026-12"]);
    // Setting it again replaces it.
    let b = h.json(&["budget", "set", "Food", "100.00", "--month", "2026-12"]);
    assert_eq!(b["version"], 2);
    let r = h.json(&["budget", "report", "--month", "2026-12"]);
    assert_eq!(r.as_array().unwrap().len(), 1);
    assert_eq!(r[0]["spent"], "52.50");
    assert_eq!(r[0]["left"], "47.50");
    let table = h.ok(&[
        "budget", "report", "--month", "2026-12", "--format", "table",
    ]);
    assert!(
        table.contains("Food      100.00  52.50  47.50  EUR"),
        "{table}"
    );
    // Two currencies: budget needs --currency.
    h.ok(&["account", "add", "Dollars", "--currency", "USD"]);
    let e = h.fails(&["budget", "set", "Fun", "5", "--month", "2026-12"], 2);
    assert!(e.contains("--currency"), "{e}");
}

#[test]
fn amounts_are_exact_and_bad_ones_are_refused_with_nothing_written() {
    let h = Home::new();
    h.ok(&[
        "account",
        "add",
        "Yen",
        "--currency",
        "JPY",
        "--opening",
        "1,000",
    ]);
    h.ok(&[
        "account",
        "add",
        "Dinar",
        "--currency",
        "kwd",
        "--opening",
        "1.005",
    ]);
    let before = h.export();
    for (account, amount, needle) in [
        ("Yen", "1.5", "JPY has 0"),
        ("Dinar", "0.0005", "KWD has 3"),
        ("Dinar", "9223372036854775.808", "too large"),
        ("Yen", "1,5", "three digits"),
        ("Yen", "12abc", "not a digit"),
        ("Nowhere", "1", "no account"),
    ] {
        let e = h.fails(&["tx", "add", "--account", account, "--", amount], 2);
        assert!(e.contains(needle), "{amount}: {e}");
    }
    let e = h.fails(&["account", "add", "X", "--currency", "XYZ"], 2);
    assert!(e.contains("ISO 4217"), "{e}");
    let e = h.fails(&["account", "add", "yen", "--currency", "JPY"], 2);
    assert!(e.contains("unique"), "{e}");
    assert_eq!(h.export(), before, "a refused command wrote something");
    let t = h.json(&[
        "tx",
        "add",
        "--account",
        "Dinar",
        "--",
        "-9223372036854775.808",
    ]);
    assert_eq!(t["amount_minor"], i64::MIN);
    h.ok(&["tx", "rm", &id_of(&t)]);
    let t = h.json(&[
        "tx",
        "add",
        "--account",
        "Dinar",
        "--",
        "9223372036854775.807",
    ]);
    assert_eq!(t["amount_minor"], i64::MAX);
    // The balance would overflow: an error, never a wrap.
    let e = h.fails(&["balance"], 1);
    assert!(e.contains("overflow"), "{e}");
}

#[test]
fn a_transfer_is_edited_and_deleted_as_one() {
    let h = Home::new();
    h.ok(&[
        "account",
        "add",
        "Checking",
        "--currency",
        "EUR",
        "--opening",
        "500",
    ]);
    h.ok(&[
        "account",
        "add",
        "Savings",
        "--currency",
        "EUR",
        "--kind",
        "savings",
    ]);
    h.ok(&["account", "add", "Dollars", "--currency", "USD"]);
    let pair = h.json(&[
        "transfer", "add", "--from", "Checking", "--to", "Savings", "100.00",
    ]);
    let (x, y) = (id_of(&pair[0]), id_of(&pair[1]));
    assert_eq!(pair[0]["amount_minor"], -10_000);
    assert_eq!(pair[1]["amount_minor"], 10_000);
    assert_eq!(pair[0]["transfer"]["counterpart_id"], y.as_str());
    let bal = |h: &Home| -> Vec<i64> {
        h.json(&["balance"])["accounts"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["balance_minor"].as_i64().unwrap())
            .collect()
    };
    // Sorted by name: Checking, Dollars, Savings.
    assert_eq!(bal(&h), [40_000, 0, 10_000]);

    // Editing the arriving side moves the leaving side with it.
    let edited = h.json(&[
        "tx",
        "edit",
        y.as_str(), // the full id: both sides of a transfer are made in the same instant
        "--amount",
        "150.00",
        "--payee",
        "Rainy day",
    ]);
    assert_eq!(edited[0]["amount_minor"], 15_000);
    assert_eq!(edited[1]["amount_minor"], -15_000);
    assert_eq!(edited[1]["payee"], "Rainy day");
    assert_eq!(edited[0]["transfer"]["rev"], edited[1]["transfer"]["rev"]);
    assert_eq!(bal(&h), [35_000, 0, 15_000]);
    let e = h.fails(&["tx", "edit", &x, "--category", "Food"], 2);
    assert!(e.contains("no category"), "{e}");

    // Delete one side: both go; restore one side: both come back.
    let gone = h.json(&["tx", "rm", &x]);
    assert!(gone[0]["deleted_at"].is_string() && gone[1]["deleted_at"].is_string());
    assert_eq!(bal(&h), [50_000, 0, 0]);
    assert_eq!(h.json(&["tx", "list"]).as_array().unwrap().len(), 0);
    h.ok(&["tx", "restore", &y]);
    assert_eq!(bal(&h), [35_000, 0, 15_000]);

    // Across currencies the arriving amount is required.
    let e = h.fails(
        &[
            "transfer", "add", "--from", "Checking", "--to", "Dollars", "10",
        ],
        2,
    );
    assert!(e.contains("--to-amount"), "{e}");
    let e = h.fails(
        &[
            "transfer", "add", "--from", "Checking", "--to", "Savings", "-10",
        ],
        2,
    );
    assert!(e.contains("positive"), "{e}");
    h.ok(&[
        "transfer",
        "add",
        "--from",
        "Checking",
        "--to",
        "Dollars",
        "10",
        "--to-amount",
        "11.50",
    ]);
    assert_eq!(bal(&h), [34_000, 1_150, 15_000]);

    // An export cut to hold one side of a transfer is refused, not half-imported.
    let dump = h.export();
    let half: Vec<&str> = dump
        .lines()
        .filter(|l| !l.contains(&format!("\"id\":\"{y}\"")))
        .collect();
    assert_eq!(half.len(), dump.lines().count() - 1);
    let fresh = Home::new();
    let f = write(&fresh, "half.ndjson", (half.join("\n") + "\n").as_bytes());
    let e = fresh.fails(&["import", &f], 1);
    assert!(
        e.contains("one side of a transfer") && e.contains("nothing was imported"),
        "{e}"
    );
    assert_eq!(
        fresh
            .json(&["tx", "list", "--all"])
            .as_array()
            .unwrap()
            .len(),
        0
    );
}

fn write(h: &Home, name: &str, bytes: &[u8]) -> String {
    let p = h.path().join(name);
    std::fs::write(&p, bytes).unwrap();
    p.to_str().unwrap().to_owned()
}

#[test]
fn csv_import_twice_adds_nothing_and_a_bad_row_rejects_the_file() {
    let h = Home::new();
    h.ok(&["account", "add", "Checking", "--currency", "EUR"]);
    let csv = "Date,Amount,Description,Note\n\
               2026-12-01,-42.50,Grocer,weekly\n\
               2026-12-01,-3.20,Coffee,\n\
               2026-12-01,-3.20,Coffee,\n\
               2026-12-02,\"1,250.00\",\"ACME, Inc.\",salary\n";
    let f = write(&h, "bank.csv", csv.as_bytes());
    let map = "date=Date,amount=Amount,payee=Description,memo=Note";
    let s = h.json(&["tx", "import", &f, "--account", "Checking", "--map", map]);
    assert_eq!(
        (s["rows"].as_u64(), s["imported"].as_u64()),
        (Some(4), Some(4))
    );
    let s = h.json(&["tx", "import", &f, "--account", "Checking", "--map", map]);
    assert_eq!(
        (s["imported"].as_u64(), s["duplicates"].as_u64()),
        (Some(0), Some(4))
    );
    let list = h.json(&["tx", "list"]);
    assert_eq!(
        list.as_array().unwrap().len(),
        4,
        "the two identical coffees are two"
    );
    assert_eq!(list[3]["payee"], "ACME, Inc.");
    assert_eq!(list[3]["amount_minor"], 125_000);

    // A bad row: the file is rejected, the row named, nothing written.
    let before = h.export();
    let bad = write(
        &h,
        "bad.csv",
        b"Date,Amount,Description\n2026-12-05,-1.00,ok\n2026-12-06,-1.005,too precise\n",
    );
    let e = h.fails(
        &[
            "tx",
            "import",
            &bad,
            "--account",
            "Checking",
            "--map",
            "date=Date,amount=Amount",
        ],
        2,
    );
    assert!(
        e.contains("row 2") && e.contains("nothing was imported"),
        "{e}"
    );
    let bad_date = write(&h, "bad2.csv", b"Date,Amount\n2026-13-01,1\n");
    let e = h.fails(
        &[
            "tx",
            "import",
            &bad_date,
            "--account",
            "Checking",
            "--map",
            "date=Date,amount=Amount",
        ],
        2,
    );
    assert!(e.contains("row 1") && e.contains("not a date"), "{e}");
    let e = h.fails(
        &[
            "tx",
            "import",
            &f,
            "--account",
            "Checking",
            "--map",
            "date=Datum,amount=Amount",
        ],
        2,
    );
    assert!(e.contains("no column 'Datum'"), "{e}");
    let ragged = write(&h, "ragged.csv", b"Date,Amount\n2026-12-01,1\n2026-12-02\n");
    let e = h.fails(
        &[
            "tx",
            "import",
            &ragged,
            "--account",
            "Checking",
            "--map",
            "date=Date,amount=Amount",
        ],
        2,
    );
    assert!(e.contains("row 2"), "{e}");
    let binary = write(&h, "binary.csv", b"Date,Amount\n\xff\xfe,1\n");
    h.fails(
        &[
            "tx",
            "import",
            &binary,
            "--account",
            "Checking",
            "--map",
            "date=Date,amount=Amount",
        ],
        2,
    );
    assert_eq!(h.export(), before);
}

#[test]
fn csv_import_with_decimal_comma_semicolons_and_a_bom() {
    let h = Home::new();
    h.ok(&["account", "add", "Giro", "--currency", "EUR"]);
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(
        "Buchungstag;Betrag;Empfänger\n01.12.2026;-1.234,56;Möbelhaus\n02.12.2026;99,5;Erstattung\n"
            .as_bytes(),
    );
    let f = write(&h, "giro.csv", &bytes);
    let args = [
        "tx",
        "import",
        &f,
        "--account",
        "Giro",
        "--map",
        "date=Buchungstag,amount=Betrag,payee=Empfänger",
        "--date-format",
        "%d.%m.%Y",
        "--decimal-comma",
    ];
    let s = h.json(&args);
    assert_eq!(s["imported"], 2);
    let list = h.json(&["tx", "list", "--account", "Giro"]);
    assert_eq!(list[0]["amount_minor"], -123_456);
    assert_eq!(list[0]["booking_date"], "2026-12-01");
    assert_eq!(list[0]["payee"], "Möbelhaus");
    assert_eq!(list[1]["amount_minor"], 9_950);
    assert_eq!(h.json(&args)["imported"], 0);
    // Without --decimal-comma the same file is refused, not misread.
    let e = h.fails(
        &[
            "tx",
            "import",
            &f,
            "--account",
            "Giro",
            "--map",
            "date=Buchungstag,amount=Betrag",
            "--date-format",
            "%d.%m.%Y",
        ],
        2,
    );
    assert!(e.contains("row 1"), "{e}");
}

#[test]
fn tx_list_filters_and_finance_rows_survive_export_and_import() {
    let h = Home::new();
    h.ok(&[
        "account",
        "add",
        "Checking",
        "--currency",
        "EUR",
        "--opening",
        "10",
    ]);
    h.ok(&[
        "account",
        "add",
        "Cash",
        "--currency",
        "EUR",
        "--kind",
        "cash",
    ]);
    for (acc, date, amount, cat) in [
        ("Checking", "2026-11-30", "-1", "Food:Groceries"),
        ("Checking", "2026-12-01", "-2", "Food"),
        ("Cash", "2026-12-02", "-3", "Transport"),
        ("Checking", "2026-12-31", "-4", "Foodstuff"),
    ] {
        h.ok(&[
            "tx",
            "add",
            "--account",
            acc,
            "--date",
            date,
            "--category",
            cat,
            "--",
            amount,
        ]);
    }
    let n = |args: &[&str]| {
        let mut a = vec!["tx", "list"];
        a.extend(args);
        h.json(&a).as_array().unwrap().len()
    };
    assert_eq!(n(&[]), 4);
    assert_eq!(n(&["--account", "Checking"]), 3);
    assert_eq!(n(&["--category", "Food"]), 2);
    assert_eq!(n(&["--from", "2026-12-01", "--to", "2026-12-02"]), 2);
    assert!(h.ok(&["tx", "list", "--format", "table"]).contains("Cash"));
    assert!(h.ok(&["tx", "list", "--format", "ndjson"]).lines().count() == 4);
    let e = h.fails(&["tx", "list", "--format", "ledger"], 2);
    assert!(e.contains("finance export"), "{e}");

    let e = h.fails(&["account", "rm", "Cash"], 2);
    assert!(e.contains("archive"), "{e}");
    h.ok(&["account", "edit", "Cash", "--archive"]);
    assert_eq!(h.json(&["account", "list"]).as_array().unwrap().len(), 1);
    assert_eq!(
        h.json(&["account", "list", "--all"])
            .as_array()
            .unwrap()
            .len(),
        2
    );

    let dump = h.export();
    let fresh = Home::new();
    let f = write(&fresh, "dump.ndjson", dump.as_bytes());
    fresh.ok(&["import", &f]);
    assert_eq!(fresh.export(), dump);
    assert_eq!(fresh.json(&["balance"]), h.json(&["balance"]));
}

#[test]
fn hostile_names_still_make_a_journal_hledger_agrees_with() {
    let h = Home::new();
    let names = [
        "My:Bank",
        "Cash  Box",
        "(Brackets) [x]",
        "Semi;colon",
        "Ünï 東京",
        "My-Bank",
    ];
    for n in names {
        h.ok(&[
            "account",
            "add",
            n,
            "--currency",
            "EUR",
            "--opening",
            "10.00",
        ]);
    }
    for (i, (payee, cat)) in [
        ("* (123) | ; x", "A:B C"),
        ("= assertion?", "Food & Drink:Café"),
        ("! pending", ""),
        ("@@ price", "Income:Gifts"),
    ]
    .iter()
    .enumerate()
    {
        h.ok(&[
            "tx",
            "add",
            "--account",
            names[i],
            "--date",
            "2026-12-01",
            "--category",
            cat,
            "--memo",
            "memo ; with: tags",
            "--",
            "-1.25",
            payee,
        ]);
    }
    h.ok(&[
        "transfer",
        "add",
        "--from",
        "Semi;colon",
        "--to",
        "My:Bank",
        "2.50",
        "--payee",
        "; weird",
    ]);
    for bad in ["two\nlines", "tab\there"] {
        h.fails(&["tx", "add", "--account", "My-Bank", "--", "-1", bad], 2);
    }
    h.fails(
        &[
            "tx",
            "add",
            "--account",
            "My-Bank",
            "--category",
            "a  b",
            "--",
            "-1",
        ],
        2,
    );
    h.fails(
        &[
            "tx",
            "add",
            "--account",
            "My-Bank",
            "--date",
            "2026-02-30",
            "--",
            "-1",
        ],
        2,
    );
    h.fails(
        &[
            "tx",
            "add",
            "--account",
            "My-Bank",
            "--",
            "-1",
            &"x".repeat(501),
        ],
        2,
    );
    let journal = h.ok(&["finance", "export"]);
    hledger(&journal, &["check"]);
    assert_eq!(check_balances(&h, &journal, None), names.len());
    let spent = h.json(&["spending", "--month", "2026-12"]);
    let theirs = hledger_amounts(&hledger(
        &journal,
        &["bal", "^expenses", "--tree", "--no-elide", "-O", "csv"],
    ));
    for row in spent.as_array().unwrap() {
        let account = format!("expenses:{}", row["category"].as_str().unwrap());
        assert_eq!(
            theirs
                .get(&account)
                .and_then(|m| m.get("EUR"))
                .copied()
                .unwrap_or(0),
            row["spent_minor"].as_i64().unwrap(),
            "{account}"
        );
    }
}

#[test]
fn balance_as_of_leaves_out_accounts_not_yet_opened() {
    let h = Home::new();
    h.ok(&[
        "account",
        "add",
        "Old",
        "--currency",
        "EUR",
        "--opened",
        "2026-01-01",
    ]);
    h.ok(&[
        "account",
        "add",
        "New",
        "--currency",
        "EUR",
        "--opened",
        "2026-11-01",
    ]);
    let names = |as_of: &str| -> Vec<String> {
        h.json(&["balance", "--as-of", as_of])["accounts"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["name"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(names("2026-06-30"), ["Old"]);
    assert_eq!(names("2026-11-01"), ["New", "Old"]);
}

#[test]
fn tx_show_speaks_amounts_and_account_names_in_a_table() {
    let h = Home::new();
    h.ok(&["account", "add", "Checking", "--currency", "EUR"]);
    let t = h.json(&["tx", "add", "--account", "Checking", "--", "-12.50", "Shop"]);
    let id = t["id"].as_str().unwrap();
    let table = h.ok(&["tx", "show", id, "--format", "table"]);
    assert!(table.contains("-12.50 EUR"), "{table}");
    assert!(table.contains("Checking"), "{table}");
    assert!(
        !table.contains("amount_minor") && !table.contains("account_id"),
        "{table}"
    );
    // The machine formats keep the wire names.
    let json = h.json(&["tx", "show", id]);
    assert_eq!(json["amount_minor"], -1250);
}
