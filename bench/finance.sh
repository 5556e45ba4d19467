#!/usr/bin/env bash
# Finance benchmark: N transactions (default 100,000) over 6 accounts in 4 currencies with
# transfers; times `balance`, `spending`, `budget report`, `finance export`, a CSV import
# of 10,000 rows, and hledger's `bal` on our own export (the referee, for scale).
# Usage: bench/finance.sh [N]   (LIFEOS_BIN=path to use a given binary; needs hyperfine, hledger)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-100000}
for pkg in hyperfine hledger; do
  command -v "$pkg" >/dev/null || { apt-get update -qq && apt-get install -y -qq "$pkg" >/dev/null; }
done
if [ -z "${LIFEOS_BIN:-}" ]; then
  . bench/lib.sh
  bench_build
  LIFEOS_BIN=$BIN/lifeos
fi
L=$LIFEOS_BIN
W=$(mktemp -d); trap 'rm -rf "$W"' EXIT
export LIFEOS_HOME=$W/home
export LIFEOS_DB_KEY=$(python3 -c 'import secrets; print(secrets.token_hex(32))')

CSV=$(( N < 10000 ? N : 10000 ))
python3 - "$N" "$W/fin.ndjson" "$W/bank.csv" "$CSV" <<'PY'
import json, random, sys
n, out, csv_path, csv_n = int(sys.argv[1]), sys.argv[2], sys.argv[3], int(sys.argv[4])
rnd = random.Random(8)
acc = [("Checking", "EUR"), ("Savings", "EUR"), ("Card", "USD"), ("Yen", "JPY"), ("Dinar", "KWD"), ("Cash", "EUR")]
cats = ["Food", "Food:Groceries", "Food:Eating Out", "Transport:Fuel", "Housing:Rent", "Fun", "Income:Salary", ""]
def uid(i): return "01JAAAAAAAAAAAAAAA%08d" % i
k = {"created_at": "2026-01-01T00:00:00.000Z", "updated_at": "2026-01-01T00:00:00.000Z", "deleted_at": None, "version": 1}
with open(out, "w") as f:
    for i, (name, cur) in enumerate(acc):
        f.write(json.dumps({"entity": "account", "id": uid(i + 1), **k, "name": name, "kind": "checking",
                            "currency_code": cur, "opening_balance_minor": 100000, "opening_date": "2026-01-01", "archived": False}) + "\n")
    i = 100
    while i < n + 100:
        a = rnd.randrange(len(acc)); d = "2026-%02d-%02d" % (rnd.randint(1, 12), rnd.randint(1, 28))
        if rnd.random() < 0.05:
            b = (a + 1) % len(acc); i += 4
            for me, other, ac, amt in ((i - 3, i - 2, a, -500), (i - 2, i - 3, b, 500)):
                f.write(json.dumps({"entity": "transaction", "id": uid(me), **k,
                    "transfer": {"rev": uid(i), "id": uid(i - 1), "counterpart_id": uid(other)},
                    "account_id": uid(ac + 1), "booking_date": d, "amount_minor": amt, "currency_code": acc[ac][1],
                    "payee": "Transfer", "category": "", "memo": "", "tags": [], "cleared": False, "import_id": None}) + "\n")
        else:
            i += 1
            f.write(json.dumps({"entity": "transaction", "id": uid(i), **k, "transfer": None,
                "account_id": uid(a + 1), "booking_date": d, "amount_minor": -rnd.randint(1, 50000), "currency_code": acc[a][1],
                "payee": "Shop %d" % rnd.randint(1, 300), "category": rnd.choice(cats), "memo": "", "tags": [],
                "cleared": False, "import_id": None}) + "\n")
with open(csv_path, "w") as f:
    f.write("Date,Amount,Description\n")
    for j in range(csv_n):
        f.write("2026-%02d-%02d,-%d.%02d,Shop %d\n" % (rnd.randint(1, 12), rnd.randint(1, 28), rnd.randint(0, 99), rnd.randint(0, 99), j))
PY

"$L" import "$W/fin.ndjson" --format ndjson >/dev/null
"$L" budget set Food 400.00 --month 2026-06 --currency EUR --format ndjson >/dev/null
echo "== LifeOS finance, $(wc -l < "$W/fin.ndjson") rows"
for c in "balance" "spending --month 2026-06" "budget report --month 2026-06" "balance --as-of 2026-06-30"; do
  hyperfine -N --warmup 1 --runs 5 "$L $c --format json" 2>/dev/null | grep -E 'Time' | sed "s|^|$c: |"
done
hyperfine --warmup 1 --runs 5 "$L finance export > $W/money.journal" 2>/dev/null | grep -E 'Time' | sed 's|^|finance export: |'
"$L" finance export > "$W/money.journal"
echo "journal: $(wc -l < "$W/money.journal") lines"
hyperfine --runs 3 "hledger -f $W/money.journal bal > /dev/null" 2>/dev/null | grep -E 'Time' | sed 's|^|hledger bal (referee): |'
ms() { python3 -c 'import time; print(int(time.time()*1000))'; }
imp() { "$L" tx import "$W/bank.csv" --account Checking --map date=Date,amount=Amount,payee=Description --format ndjson; }
t0=$(ms); imp; t1=$(ms)
echo "csv import, $CSV rows: $((t1 - t0)) ms"
t0=$(ms); imp; t1=$(ms)
echo "csv import again (every row a duplicate): $((t1 - t0)) ms"
