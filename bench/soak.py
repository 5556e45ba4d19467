"""The load of bench/soak.sh: CLIENTS threads, each on its own keep-alive connection,
doing mixed reads, creates, updates and sync pushes as fast as the server answers for
SECONDS, while Postgres is stopped (a crash: pg_ctl -m immediate) in the middle for
OUTAGE seconds and started again. Then it checks every rule and prints the figures.

Phases, by each request's time span: "before" ended before Postgres went down, "after"
started once /readyz was green again, "during" is everything in between.

Rules (any broken one: exit 1):
- no 5xx before or after the outage; during it, only 503, each with Retry-After;
- no 4xx but 409 on a row whose previous write was cut off (a 503 that may have
  committed), so a lost session or row shows;
- /readyz red while Postgres is down, green again within 60 s of its start;
- every acknowledged write (a 2xx create, update or pushed change) is there afterwards,
  through the REST API and through a sync pull from 0, which agree on every row;
- the server's RSS at the end within 1.5 x its RSS when the outage began, plus 32 MB.

Usage: soak.py BASE_URL SECONDS CLIENTS SERVER_PID   (PG_DIR set: the cluster to stop)
"""

import http.client
import json
import os
import random
import secrets
import subprocess
import sys
import threading
import time
from collections import Counter, defaultdict
from datetime import datetime, timezone
from urllib.parse import urlsplit

BASE, SECONDS, CLIENTS, PID = sys.argv[1], float(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
OUTAGE = float(os.environ.get("SOAK_OUTAGE", "8"))
PASSWORD = "soak benchmark password"
HOST = urlsplit(BASE).hostname
PORT = urlsplit(BASE).port
ULID_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

problems = []  # every broken rule, one line each


def ulid():
    t = int(time.time() * 1000)
    chars = []
    for _ in range(10):
        chars.append(ULID_ALPHABET[t % 32])
        t //= 32
    return "".join(reversed(chars)) + "".join(secrets.choice(ULID_ALPHABET) for _ in range(16))


def now_iso():
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def rss_kb():
    with open(f"/proc/{PID}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


class Conn:
    """One keep-alive HTTP/1.1 connection; every request is timed and recorded."""

    def __init__(self, log):
        self.log = log
        self.c = http.client.HTTPConnection(HOST, PORT, timeout=60)

    def call(self, kind, method, path, token=None, body=None, record=True):
        headers = {"accept": "application/json"}
        if token:
            headers["authorization"] = f"Bearer {token}"
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["content-type"] = "application/json"
        t0 = time.monotonic()
        try:
            self.c.request(method, path, body=data, headers=headers)
            res = self.c.getresponse()
            raw = res.read()
            status, retry = res.status, res.getheader("retry-after")
        except (OSError, http.client.HTTPException) as e:
            self.c.close()
            self.c = http.client.HTTPConnection(HOST, PORT, timeout=60)
            status, retry, raw = 0, None, str(e).encode()
        t1 = time.monotonic()
        if record:
            self.log.append((t0, t1, kind, status, retry is not None))
        try:
            doc = json.loads(raw) if raw else None
        except ValueError:
            doc = raw.decode(errors="replace")
        return status, retry, doc


def task_row(rid, version, title, created):
    return {
        "entity": "task", "id": rid, "created_at": created, "updated_at": now_iso(),
        "deleted_at": None, "version": version, "title": title, "notes": "",
        "status": "todo", "priority": "none", "due": None, "completed_at": None,
        "tags": ["soak"], "person_id": None, "place_id": None,
    }


class Client(threading.Thread):
    """A device of one user: owns the rows it makes, so it knows what must be there."""

    def __init__(self, n, token, ws, stop):
        super().__init__(daemon=True)
        self.n, self.token, self.ws, self.stop = n, token, ws, stop
        self.log = []
        self.http = Conn(self.log)
        self.device = f"soak-{n}-{secrets.token_hex(4)}"
        self.mutation = 0
        # id -> {"version", "title", "created", "pending": titles sent since, unanswered}
        self.rows = {}
        self.maybe = {}  # id -> title of a create whose answer was a 503
        self.expected_409 = 0
        self.unexpected = []
        self.rng = random.Random(n)
        self.seq = 0

    def title(self):
        self.seq += 1
        return f"soak {self.n} #{self.seq}"

    def base(self):
        return f"/v1/workspaces/{self.ws}"

    def after(self, status, retry, doc, what):
        """Common handling; returns True on 2xx."""
        if 200 <= status < 300:
            return True
        if status == 503:
            time.sleep(min(float(retry or 1), 5))
        elif status == 409 and what in ("update", "create"):
            pass  # counted by the caller, which knows whether it was expected
        elif status == 0:
            self.unexpected.append(f"client {self.n} {what}: no answer ({doc})")
            time.sleep(0.5)
        elif status < 500:
            self.unexpected.append(f"client {self.n} {what}: {status} {doc}")
        return False

    def adopt(self, row):
        cur = self.rows.get(row["id"])
        self.rows[row["id"]] = {
            "version": row["version"], "title": row["title"], "pending": [],
            "created": row["created_at"] if cur is None else cur["created"],
        }

    def read(self):
        if self.rows and self.rng.random() < 0.5:
            rid = self.rng.choice(list(self.rows))
            s, r, d = self.http.call("get", "GET", f"{self.base()}/tasks/{rid}", self.token)
            if s == 404:
                self.unexpected.append(f"client {self.n}: acknowledged task {rid} answers 404")
                return
        else:
            s, r, d = self.http.call("list", "GET", f"{self.base()}/tasks?limit=50", self.token)
        self.after(s, r, d, "read")

    def create(self):
        rid, title = ulid(), self.title()
        s, r, d = self.http.call("create", "POST", f"{self.base()}/tasks", self.token,
                                 {"id": rid, "title": title, "tags": ["soak"]})
        if self.after(s, r, d, "create"):
            self.adopt(d)
        elif s == 503:
            self.maybe[rid] = title
        elif s == 409:
            self.unexpected.append(f"client {self.n}: a new id {rid} answers 409")

    def update(self):
        if not self.rows:
            return self.create()
        rid = self.rng.choice(list(self.rows))
        row, title = self.rows[rid], self.title()
        s, r, d = self.http.call("update", "PATCH", f"{self.base()}/tasks/{rid}", self.token,
                                 {"version": row["version"], "title": title})
        if self.after(s, r, d, "update"):
            self.adopt(d)
        elif s == 503:
            row["pending"].append(title)
        elif s == 409:
            if not row["pending"]:
                self.unexpected.append(f"client {self.n}: update of {rid} at v{row['version']} answers 409 with no write cut off before")
            self.expected_409 += 1
            self.refresh(rid)

    def refresh(self, rid):
        """After a 409: the row as it is, which must be one this client wrote."""
        s, r, d = self.http.call("get", "GET", f"{self.base()}/tasks/{rid}", self.token)
        if s == 200:
            row = self.rows[rid]
            if d["title"] not in row["pending"] and d["title"] != row["title"]:
                self.unexpected.append(f"client {self.n}: {rid} holds {d['title']!r}, never written by it")
            self.adopt(d)
        else:
            self.after(s, r, d, "read")

    def push(self):
        changes, sent = [], []
        for _ in range(self.rng.randint(1, 5)):
            self.mutation += 1
            if self.rows and self.rng.random() < 0.4:
                rid = self.rng.choice(list(self.rows))
                if any(rid == x[0] for x in sent):
                    self.mutation -= 1
                    continue
                row, title = self.rows[rid], self.title()
                changes.append({"mutation": self.mutation, "row": task_row(rid, row["version"] + 1, title, row["created"])})
            else:
                rid, title = ulid(), self.title()
                changes.append({"mutation": self.mutation, "row": task_row(rid, 1, title, now_iso())})
            sent.append((rid, title))
        body = {"device_id": self.device, "changes": changes}
        # A push is idempotent: after a 503 the same changes are sent again until answered.
        for _attempt in range(30):
            s, r, d = self.http.call("push", "POST", f"{self.base()}/sync/push", self.token, body)
            if self.after(s, r, d, "push"):
                for res in d["results"]:
                    self.adopt(res["row"])
                return
            if s != 503 or self.stop.is_set():
                break
        for rid, title in sent:  # never answered: each may or may not be there
            if rid in self.rows:
                self.rows[rid]["pending"].append(title)
            else:
                self.maybe[rid] = title

    def run(self):
        while not self.stop.is_set():
            x = self.rng.random()
            if x < 0.5:
                self.read()
            elif x < 0.7:
                self.create()
            elif x < 0.85:
                self.update()
            else:
                self.push()


def setup(users):
    c = Conn([])
    out = []
    for u in range(users):
        email = f"soak{u}@example.org"
        s, _, d = c.call("", "POST", "/v1/auth/signup", body={"email": email, "password": PASSWORD})
        assert s == 201, (s, d)
        s, _, d = c.call("", "POST", "/v1/auth/login", body={"email": email, "password": PASSWORD})
        assert s == 200, (s, d)
        token = d["token"]
        s, _, d = c.call("", "GET", "/v1/me", token)
        out.append((token, d["workspaces"][0]["id"]))
    return out


def ready(c):
    s, _, _ = c.call("", "GET", "/readyz", record=False)
    return s == 200


def pg(cmd):
    subprocess.run(["bash", "-c", f". scripts/pg.sh && {cmd}"], check=True)


def pct(xs, p):
    if not xs:
        return 0.0
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(p / 100 * len(xs)))]


def verify(users, clients):
    """Every acknowledged write, through the REST API and through a sync pull."""
    c = Conn([])
    acked = maybe = lost = 0
    for ui, (token, ws) in enumerate(users):
        rest, cursor = {}, None
        while True:
            q = f"/v1/workspaces/{ws}/tasks?limit=500&include_deleted=true" + (f"&cursor={cursor}" if cursor else "")
            s, _, d = c.call("", "GET", q, token)
            if s != 200:
                problems.append(f"listing tasks after the soak: {s} {d}")
                return acked, maybe, lost
            rest.update((r["id"], r) for r in d["items"])
            cursor = d.get("next_cursor")
            if not cursor:
                break
        pulled, cur = {}, 0
        while True:
            s, _, d = c.call("", "GET", f"/v1/workspaces/{ws}/sync/pull?cursor={cur}&limit=5000", token)
            if s != 200:
                problems.append(f"pulling after the soak: {s} {d}")
                return acked, maybe, lost
            for ch in d["changes"]:
                if ch["row"]["entity"] == "task":
                    pulled[ch["row"]["id"]] = ch["row"]
            cur = d["next_cursor"]
            if not d["has_more"]:
                break
        if set(rest) != set(pulled):
            problems.append(f"user {ui}: the REST list and the pull disagree on {len(set(rest) ^ set(pulled))} ids")
        for rid, r in rest.items():
            p = pulled.get(rid)
            if p and (p["version"], p["title"]) != (r["version"], r["title"]):
                problems.append(f"user {ui}: {rid} is v{r['version']} through REST, v{p['version']} in the pull")
        for cl in clients:
            if cl.ws != ws:
                continue
            for rid, w in cl.rows.items():
                acked += 1
                for name, got in (("REST", rest.get(rid)), ("pull", pulled.get(rid))):
                    ok = got is not None and (
                        (got["version"] == w["version"] and got["title"] == w["title"])
                        or (got["version"] > w["version"] and got["title"] in w["pending"]))
                    if not ok:
                        lost += 1
                        problems.append(f"lost write ({name}): {rid} acknowledged at v{w['version']} {w['title']!r}, holds {None if got is None else (got['version'], got['title'])}")
            for rid, title in cl.maybe.items():
                got = rest.get(rid)
                if got is not None:
                    maybe += 1
                    if got["title"] != title and got["title"] not in cl.rows.get(rid, {}).get("pending", []):
                        problems.append(f"{rid}: a create cut off wrote {title!r}, it holds {got['title']!r}")
    return acked, maybe, lost


def main():
    users = setup(max(2, (CLIENTS + 3) // 4))
    rss_start = rss_kb()
    stop = threading.Event()
    clients = [Client(i, *users[i % len(users)], stop) for i in range(CLIENTS)]
    t_start = time.monotonic()
    for cl in clients:
        cl.start()

    # The outage in the middle; /readyz polled every 100 ms throughout.
    down_at = t_start + max(SECONDS / 2 - OUTAGE / 2, 1)
    probe = Conn([])
    marks = {}
    readyz = []
    while time.monotonic() < down_at:
        readyz.append((time.monotonic(), ready(probe)))
        time.sleep(0.1)
    rss_warm = rss_kb()
    marks["down"] = time.monotonic()
    pg("pg_down immediate")
    print(f"postgres stopped (immediate) at {marks['down'] - t_start:.1f} s", flush=True)
    while time.monotonic() < marks["down"] + OUTAGE:
        readyz.append((time.monotonic(), ready(probe)))
        time.sleep(0.1)
    marks["up"] = time.monotonic()
    pg("pg_up")
    print(f"postgres started at {time.monotonic() - t_start:.1f} s", flush=True)
    while time.monotonic() < marks["up"] + 60:
        t = time.monotonic()
        if ready(probe):
            marks["green"] = t
            break
        readyz.append((t, False))
        time.sleep(0.1)
    if "green" not in marks:
        problems.append("/readyz never green again within 60 s of Postgres starting")
        marks["green"] = time.monotonic()
    print(f"/readyz green at {marks['green'] - t_start:.1f} s ({marks['green'] - marks['up']:.1f} s after the start)", flush=True)
    red = [t for t, ok in readyz if not ok and marks["down"] <= t]
    if not red:
        problems.append("/readyz never red while Postgres was down")
    if any(not ok for t, ok in readyz if t < marks["down"]):
        problems.append("/readyz red before the outage")
    rss_samples = []
    while time.monotonic() < t_start + SECONDS:
        rss_samples.append(rss_kb())
        time.sleep(0.5)
    stop.set()
    for cl in clients:
        cl.join(90)
    elapsed = time.monotonic() - t_start
    rss_end = rss_kb()

    # Figures and rules per phase.
    phases = {"before": [], "during": [], "after": []}
    for cl in clients:
        for t0, t1, kind, status, retry in cl.log:
            ph = "before" if t1 < marks["down"] else "after" if t0 >= marks["green"] else "during"
            phases[ph].append((t1 - t0, kind, status, retry))
    total = sum(len(v) for v in phases.values())
    print(f"requests served: {total} in {elapsed:.0f} s ({total / elapsed:.0f}/s) by {CLIENTS} clients as {len(users)} users; "
          f"outage {marks['green'] - marks['down']:.1f} s (Postgres down {marks['up'] - marks['down']:.1f} s)")
    for ph, rs in phases.items():
        ok = [d for d, _, s, _ in rs if 200 <= s < 300]
        errs = Counter(s for _, _, s, _ in rs if not 200 <= s < 300)
        kinds = Counter(k for _, k, _, _ in rs)
        errtxt = ", ".join(f"{s or 'no answer'}: {n}" for s, n in sorted(errs.items())) or "none"
        print(f"  {ph:<6} {len(rs):>7} requests ({', '.join(f'{k} {n}' for k, n in sorted(kinds.items()))}); "
              f"errors: {errtxt}; p50 {pct([d for d, *_ in rs], 50) * 1000:.1f} ms, p99 {pct([d for d, *_ in rs], 99) * 1000:.1f} ms "
              f"(2xx p99 {pct(ok, 99) * 1000:.1f} ms)")
        for d, kind, s, retry in rs:
            if s >= 500 and ph != "during":
                problems.append(f"{s} {ph} the outage ({kind})")
            if s >= 500 and ph == "during" and s != 503:
                problems.append(f"{s} during the outage ({kind}): only 503 may be")
            if s == 503 and not retry:
                problems.append(f"503 without Retry-After ({kind}, {ph})")
    for cl in clients:
        problems.extend(cl.unexpected)
    acked, maybe, lost = verify(users, clients)
    print(f"acknowledged rows: {acked}, all there through REST and the pull: {'yes' if lost == 0 else f'NO, {lost} lost'}; "
          f"writes cut off by the outage that did land: {maybe}; 409s after a cut-off write: {sum(c.expected_409 for c in clients)}")
    bound = rss_warm * 1.5 + 32 * 1024
    print(f"server RSS: {rss_start / 1024:.1f} MB at start, {rss_warm / 1024:.1f} MB when the outage began, "
          f"{rss_end / 1024:.1f} MB at the end (peak sampled {max(rss_samples + [rss_end]) / 1024:.1f} MB; bound {bound / 1024:.1f} MB)")
    if rss_end > bound:
        problems.append(f"RSS grew from {rss_warm} kB to {rss_end} kB, beyond the bound of {bound:.0f} kB")
    # The same rule, by the time it held: the server must be serving.
    if not phases["after"] or not any(200 <= s < 300 for _, _, s, _ in phases["after"]):
        problems.append("no request succeeded after the outage")
    if problems:
        print(f"FAILED: {len(problems)} rules broken", file=sys.stderr)
        for p in problems[:50]:
            print("  " + p, file=sys.stderr)
        sys.exit(1)
    print("every rule held")


main()
