#!/usr/bin/env python3
"""Crash safety, proved by killing (issue 22, part 3).

Runs each operation many times and SIGKILLs it at a random instant drawn from the
operation's measured duration, then checks what a crash must leave behind:

- the local database opens with the right key and `lifeos db check` finds it whole;
- every exported row parses and is complete (no half-written row: every task the
  harness wrote carries its version in its title, so a torn row shows);
- an import (`lifeos import`, `lifeos tx import`) is all or nothing, as the CLI
  documents ("one transaction"), and running it again adds nothing twice;
- the outbox agrees with the server: a row ahead of the server is queued;
- a following sync converges: every device's export and the server's rows equal what
  the harness wrote (nothing lost, nothing doubled), every outbox is empty, every
  cursor is the head of the change log, and the log holds no change applied twice.

Operations: import, sync-push, sync-pull, rekey (random key and passphrase), tx-import,
tui-edit (the TUI in a pty, its process group killed while it saves an edit), server
(lifeos-server killed while three clients push) and postgres (`pg_ctl stop -m
immediate` while three clients push).

Started by scripts/crash.sh, which builds the binaries and starts Postgres. Python 3.11
standard library only.
"""

from __future__ import annotations

import argparse
import fcntl
import json
import os
import pty
import random
import re
import shutil
import signal
import socket
import struct
import subprocess
import sys
import termios
import threading
import time
import urllib.error
import urllib.request
from datetime import datetime, timedelta, timezone
from pathlib import Path

PASSWORD = "crash harness password"
PASSPHRASE = "crash passphrase"
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
TIMEOUT = 300
OPS = ["import", "sync-push", "sync-pull", "rekey", "tx-import", "tui-edit", "server", "postgres"]
EMAILS = {op: f"crash-{op}@example.org" for op in OPS}


class Failure(Exception):
    """A broken promise: the message says which."""


def need(cond: bool, what: str) -> None:
    if not cond:
        raise Failure(what)


def ulid(ms: int, rnd: int) -> str:
    v = (ms << 80) | rnd
    return "".join(CROCKFORD[(v >> (5 * i)) & 31] for i in reversed(range(26)))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# ---------------------------------------------------------------- rows the harness writes


class Gen:
    """Task rows with ids, stamps and titles the harness knows. A title names its row
    and version (`w1:ABCDEFGH:v3`), so a row whose fields and kernel disagree shows."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        # In the past (the server clamps the future), one millisecond per write, so a
        # later write always has a later updated_at.
        self.clock = datetime.now(timezone.utc) - timedelta(days=3)

    def stamp(self) -> str:
        self.clock += timedelta(milliseconds=1)
        t = self.clock
        return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"

    def new(self, writer: str) -> dict:
        s = self.stamp()
        ms = int(self.clock.timestamp() * 1000)
        rid = ulid(ms, self.rng.getrandbits(80))
        return task_row(rid, s, s, None, 1, writer)

    def bump(self, row: dict, writer: str, delete: bool = False) -> dict:
        s = self.stamp()
        deleted = s if delete else None
        return task_row(row["id"], row["created_at"], s, deleted, row["version"] + 1, writer)


def task_row(rid, created, updated, deleted, version, writer) -> dict:
    return {
        "entity": "task", "id": rid, "created_at": created, "updated_at": updated,
        "deleted_at": deleted, "version": version, "title": f"{writer}:{rid[-8:]}:v{version}",
        "notes": "", "status": "todo", "priority": "none", "due": None, "completed_at": None,
        "tags": [], "person_id": None, "place_id": None,
    }


def write_ndjson(path: Path, rows) -> None:
    with open(path, "w") as f:
        for r in rows:
            f.write(json.dumps(r, separators=(",", ":")) + "\n")


def key(row: dict) -> tuple:
    """What must agree between replicas and the model."""
    return (row["version"], row["title"], row["deleted_at"] is not None)


# ---------------------------------------------------------------- the harness


class Harness:
    def __init__(self, args):
        self.args = args
        self.bin = Path(args.bin)
        self.work = Path(args.work)
        self.seed = args.seed
        self.pg_url = os.environ["PG_URL"]
        self.server = Server(self)
        self.key_sets: dict[str, set] = {}

    def rng(self, op: str, i: int) -> random.Random:
        return random.Random(f"{self.seed}:{op}:{i}")

    def psql(self, sql: str) -> list[list[str]]:
        out = subprocess.run(["psql", "-X", "-Atq", "-F", "\t", self.pg_url, "-c", sql],
                             capture_output=True, text=True, timeout=TIMEOUT)
        if out.returncode != 0:
            raise Failure(f"psql: {out.stderr.strip()}")
        return [line.split("\t") for line in out.stdout.splitlines() if line]

    def signup(self, email: str) -> None:
        body = json.dumps({"email": email, "password": PASSWORD}).encode()
        req = urllib.request.Request(f"{self.server.url}/v1/auth/signup", body,
                                     {"content-type": "application/json"})
        with urllib.request.urlopen(req, timeout=30) as r:
            need(r.status in (200, 201), f"signup {email}: {r.status}")

    def check_rows(self, dev: "Device", rows: list[dict]) -> None:
        """Every row complete: the kernel, and the same fields as every row of its kind."""
        for r in rows:
            for k in ("entity", "id", "created_at", "updated_at", "deleted_at", "version"):
                need(k in r, f"{dev.name}: a row lacks {k}: {r}")
            ks = set(r)
            seen = self.key_sets.setdefault(r["entity"], ks)
            need(ks == seen, f"{dev.name}: a {r['entity']} row has fields {sorted(ks)}, others {sorted(seen)}")
            m = re.fullmatch(r"\w+:([0-9A-Z]{8}):v(\d+)", r.get("title") or "")
            if r["entity"] == "task" and m:
                need(m[1] == r["id"][-8:] and int(m[2]) == r["version"],
                     f"{dev.name}: a torn row (title and kernel disagree): {r}")

    # -- the server's side

    def server_tasks(self, ws: str) -> dict[str, tuple]:
        out = {}
        for rid, ver, title, deleted in self.psql(
                f"select id, version, fields->>'title', deleted_at is not null from task where workspace_id = '{ws}'"):
            out[rid] = (int(ver), title, deleted == "t")
        return out

    def server_stamps(self, ws: str) -> dict[str, tuple]:
        out = {}
        for rid, ver, upd in self.psql(
                f"select id, version, to_char(updated_at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"') from task where workspace_id = '{ws}'"):
            out[rid] = (int(ver), upd)
        return out

    def head(self, ws: str) -> int:
        rows = self.psql(f"select coalesce(max(seq), 0) from sync_log where workspace_id = '{ws}'")
        return int(rows[0][0])

    def no_double_apply(self, ws: str) -> None:
        dup = self.psql(
            f"select entity_id, version, count(*) from sync_log where workspace_id = '{ws}' "
            "group by entity_id, version, updated_at, deleted_at, md5(payload::text) having count(*) > 1 limit 5")
        need(not dup, f"the change log holds a change applied twice: {dup}")

    def log_replay(self, ws: str, cursor: int) -> dict[str, tuple]:
        out = {}
        for rid, ver, title, deleted in self.psql(
                f"select distinct on (entity_id) entity_id, version, coalesce(payload->>'title', payload->'fields'->>'title'), deleted_at is not null "
                f"from sync_log where workspace_id = '{ws}' and entity = 'task' and seq <= {cursor} order by entity_id, seq desc"):
            out[rid] = (int(ver), title, deleted == "t")
        return out

    def converge(self, devs: list["Device"], model: dict[str, dict], ws: str, rounds: int = 2) -> None:
        """Every device syncs (twice round), then all of them, the server and the model
        agree: nothing lost, nothing doubled, outboxes empty, cursors at the head."""
        for _ in range(rounds):
            for d in devs:
                d.ok("sync", "--format", "json")
        want = {rid: key(r) for rid, r in model.items()}
        head = self.head(ws)
        exports = []
        for d in devs:
            text = d.export_text()
            exports.append(text)
            got = {rid: key(r) for rid, r in d.tasks(text).items()}
            diff(want, got, f"{d.name} after sync")
            st = d.status()
            need(st["pending"] == 0, f"{d.name}: {st['pending']} changes still pending after sync")
            need(st["cursor"] == head, f"{d.name}: cursor {st['cursor']} but the log's head is {head}")
        for d, text in zip(devs[1:], exports[1:]):
            need(text == exports[0], f"{d.name}'s export differs from {devs[0].name}'s after sync")
        diff(want, self.server_tasks(ws), "the server after sync")
        if ws:
            head_rows = self.log_replay(ws, head)
            diff(want, head_rows, "the change log after sync")
        self.no_double_apply(ws)

    def outbox_agrees(self, dev: "Device", ws: str, text: str) -> None:
        """After a kill: every local row ahead of the server's is queued to be pushed."""
        server = self.server_stamps(ws)
        ahead = 0
        for rid, r in dev.tasks(text).items():
            s = server.get(rid)
            if s is None or (r["version"], r["updated_at"]) > s:
                ahead += 1
        pending = dev.status()["pending"]
        need(pending >= ahead, f"{dev.name}: {ahead} rows are ahead of the server but only {pending} are queued")


def diff(want: dict, got: dict, where: str) -> None:
    if want == got:
        return
    missing = [k for k in want if k not in got]
    extra = [k for k in got if k not in want]
    wrong = [k for k in want if k in got and want[k] != got[k]]
    raise Failure(f"{where}: {len(missing)} rows lost (e.g. {missing[:3]}), {len(extra)} extra "
                  f"(e.g. {extra[:3]}), {len(wrong)} differ (e.g. "
                  f"{[(k, want[k], got[k]) for k in wrong[:3]]})")


class Server:
    def __init__(self, h: Harness):
        self.h = h
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen | None = None
        self.log = None

    def start(self) -> None:
        env = {
            "PATH": os.environ["PATH"], "DATABASE_URL": self.h.pg_url,
            "LIFEOS_SIGNUP_ALLOWLIST": ",".join(EMAILS.values()), "LIFEOS_LOG": "warn",
            "LIFEOS_BLOB_DIR": str(self.h.work / "blobs"),
        }
        self.log = open(self.h.work / "server.log", "a")
        self.proc = subprocess.Popen([str(self.h.bin / "lifeos-server"), "serve", "--listen", f"127.0.0.1:{self.port}"],
                                     env=env, stdout=self.log, stderr=self.log, cwd=self.h.work)
        self.wait_ready()

    def wait_ready(self, timeout: float = 60) -> None:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            need(self.proc.poll() is None, f"lifeos-server exited ({self.proc.returncode}); see {self.h.work}/server.log")
            try:
                with urllib.request.urlopen(f"{self.url}/readyz", timeout=2) as r:
                    if r.status == 200:
                        return
            except (urllib.error.URLError, OSError):
                pass
            time.sleep(0.05)
        raise Failure("lifeos-server never became ready")

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.kill()


class Device:
    def __init__(self, h: Harness, name: str):
        self.h = h
        self.name = name
        self.home = h.work / "homes" / name
        if self.home.exists():
            shutil.rmtree(self.home)
        self.home.mkdir(parents=True)
        self.passphrase = PASSPHRASE

    def env(self, **extra) -> dict:
        e = {"PATH": os.environ["PATH"], "LIFEOS_HOME": str(self.home), "LIFEOS_PASSPHRASE": self.passphrase,
             "LIFEOS_PASSWORD": PASSWORD, "TZ": "UTC", "HOME": str(self.home)}
        e.update(extra)
        return {k: v for k, v in e.items() if v is not None}

    def argv(self, args) -> list[str]:
        return [str(self.h.bin / "lifeos"), *args]

    def run(self, *args, env: dict | None = None) -> subprocess.CompletedProcess:
        return subprocess.run(self.argv(args), env=env or self.env(), capture_output=True, text=True, timeout=TIMEOUT)

    def ok(self, *args, env: dict | None = None) -> str:
        out = self.run(*args, env=env)
        need(out.returncode == 0, f"{self.name}: lifeos {' '.join(args)}: exit {out.returncode}: {out.stderr.strip()}")
        return out.stdout

    def json(self, *args, env: dict | None = None):
        return json.loads(self.ok(*args, "--format", "json", env=env))

    def spawn(self, *args, env: dict | None = None) -> subprocess.Popen:
        return subprocess.Popen(self.argv(args), env=env or self.env(), stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL, text=True)

    def status(self) -> dict:
        return self.json("status")

    def db_check(self, env: dict | None = None) -> None:
        out = self.run("db", "check", "--format", "json", env=env)
        need(out.returncode == 0, f"{self.name}: lifeos db check: exit {out.returncode}: {out.stderr.strip()} {out.stdout.strip()}")
        need(json.loads(out.stdout)["problems"] == [], f"{self.name}: db check: {out.stdout}")

    def export_text(self, env: dict | None = None) -> str:
        text = self.ok("export", env=env)
        rows = []
        for n, line in enumerate(text.splitlines(), 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                raise Failure(f"{self.name}: export line {n} does not parse ({e}): {line[:200]}")
        self.h.check_rows(self, rows)
        return text

    @staticmethod
    def rows(text: str) -> list[dict]:
        return [json.loads(line) for line in text.splitlines()]

    def tasks(self, text: str) -> dict[str, dict]:
        return {r["id"]: r for r in self.rows(text) if r["entity"] == "task"}

    def login(self, email: str) -> str:
        self.ok("login", "--server", self.h.server.url, "--email", email)
        return self.status()["workspace"]


# Whether the last kill found the process still running (an interrupted operation).
KILLED_ALIVE = [False]


def kill_at(proc: subprocess.Popen, delay: float) -> bool:
    """SIGKILLs proc after delay seconds; whether it was still running then."""
    end = time.monotonic() + delay
    while time.monotonic() < end:
        if proc.poll() is not None:
            break
        time.sleep(min(0.002, max(0.0, end - time.monotonic())))
    alive = proc.poll() is None
    if alive:
        proc.send_signal(signal.SIGKILL)
    KILLED_ALIVE[0] = alive
    try:
        proc.communicate(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
    return alive


def timed(f):
    t = time.monotonic()
    r = f()
    return r, time.monotonic() - t


# ---------------------------------------------------------------- the operations
#
# Each is a class with setup(), then kill(i, rng) once per kill: it prepares the
# iteration, kills at a random instant and checks. calibrate() measures the duration
# the instants are drawn from.


class ImportOp:
    """`lifeos import` of a large ndjson file: one transaction (README, Backups), so
    after a kill the file's rows are all there or none; importing it again completes it
    and adds nothing twice."""

    name = "import"

    def __init__(self, h: Harness, rows: int):
        self.h, self.n = h, rows
        self.d = 1.0

    def setup(self):
        self.file = self.h.work / "import.ndjson"
        gen = Gen(random.Random(self.h.seed))
        self.rows = [gen.new("imp") for _ in range(self.n)]
        write_ndjson(self.file, self.rows)
        self.ids = {r["id"] for r in self.rows}
        dev = self.fresh(-1)
        _, self.d = timed(lambda: dev.ok("import", str(self.file)))

    def fresh(self, i) -> Device:
        dev = Device(self.h, f"import-{i % 2}")
        dev.ok("task", "add", "before the import")
        return dev

    def kill(self, i, rng):
        dev = self.fresh(i)
        delay = self.delay = rng.uniform(0, self.d)
        kill_at(dev.spawn("import", str(self.file)), delay)
        dev.db_check()
        tasks = dev.tasks(dev.export_text())
        imported = len(self.ids & tasks.keys())
        need(imported in (0, self.n), f"half an import: {imported} of {self.n} rows")
        need(len(tasks) == 1 + imported, f"{len(tasks)} tasks after the import of {imported}")
        need(dev.status()["pending"] == 1 + imported, "the outbox does not hold exactly the rows written")
        dev.ok("import", str(self.file))
        again = dev.json("import", str(self.file))
        need(again["inserted"] == 0 and again["updated"] == 0, f"a second import wrote rows: {again}")
        tasks = dev.tasks(dev.export_text())
        need(len(tasks) == 1 + self.n and self.ids <= tasks.keys(), "the resumed import lost or doubled rows")
        for r in self.rows[:: max(1, self.n // 50)]:
            need(key(tasks[r["id"]]) == key(r), f"an imported row differs: {tasks[r['id']]}")
        need(dev.status()["pending"] == 1 + self.n, "the outbox does not hold exactly the rows written")
        return delay


class TxImportOp:
    """`lifeos tx import` of a bank CSV: "the file is one transaction", and each row's
    fingerprint makes a second import add nothing."""

    name = "tx-import"

    def __init__(self, h: Harness, rows: int):
        self.h, self.n = h, rows
        self.d = 1.0

    def setup(self):
        self.file = self.h.work / "bank.csv"
        r = random.Random(self.h.seed)
        with open(self.file, "w") as f:
            f.write("Date,Amount,Description\n")
            for i in range(self.n):
                f.write(f"2026-{r.randint(1, 9):02d}-{r.randint(1, 28):02d},{r.randint(-99999, 99999) / 100:.2f},payee {i % 97}\n")
        dev = self.fresh(-1)
        _, self.d = timed(lambda: dev.ok(*self.cmd()))

    def cmd(self):
        return ("tx", "import", str(self.file), "--account", "Checking", "--map", "date=Date,amount=Amount,payee=Description")

    def fresh(self, i) -> Device:
        dev = Device(self.h, f"tx-{i % 2}")
        dev.ok("account", "add", "Checking", "--currency", "EUR")
        return dev

    def count(self, dev) -> int:
        return sum(1 for r in dev.rows(dev.export_text()) if r["entity"] == "transaction")

    def kill(self, i, rng):
        dev = self.fresh(i)
        delay = self.delay = rng.uniform(0, self.d)
        kill_at(dev.spawn(*self.cmd()), delay)
        dev.db_check()
        n = self.count(dev)
        need(n in (0, self.n), f"half a CSV import: {n} of {self.n} transactions")
        need(dev.status()["pending"] == 1 + n, "the outbox does not hold exactly the rows written")
        dev.ok(*self.cmd())
        dev.ok(*self.cmd())
        need(self.count(dev) == self.n, f"{self.count(dev)} transactions after importing {self.n} rows twice")
        need(dev.status()["pending"] == 1 + self.n, "the outbox does not hold exactly the rows written")
        return delay


class RekeyOp:
    """`lifeos db rekey` (a random key) and `lifeos db rekey --passphrase`: after a kill
    the database is under the old key or the new one, exactly one opens it, and the
    ordinary open (which finishes an interrupted rekey) finds every row."""

    name = "rekey"

    def __init__(self, h: Harness, rows: int):
        self.h, self.n = h, rows
        self.d = {"key": 1.0, "passphrase": 1.0}
        self.passes = 0

    def setup(self):
        self.dev = Device(self.h, "rekey")
        gen = Gen(random.Random(self.h.seed))
        f = self.h.work / "rekey.ndjson"
        write_ndjson(f, [gen.new("rk") for _ in range(self.n)])
        self.dev.ok("import", str(f))
        self.before = self.dev.export_text()
        for variant in ("key", "passphrase"):
            cmd, env, new = self.cmd(variant)
            _, self.d[variant] = timed(lambda: self.dev.ok(*cmd, env=env))
            self.dev.passphrase = new

    def cmd(self, variant):
        if variant == "key":
            return ("db", "rekey"), self.dev.env(), self.dev.passphrase
        self.passes += 1
        new = f"{PASSPHRASE} {self.passes}"
        return ("db", "rekey", "--passphrase"), self.dev.env(LIFEOS_NEW_PASSPHRASE=new), new

    def opens_with(self, hexkey) -> bool:
        env = self.dev.env(LIFEOS_DB_KEY=hexkey)
        out = self.dev.run("--credential-store", "env", "db", "check", "--format", "json", env=env)
        self.why = f"{out.returncode} {out.stdout.strip()} {out.stderr.strip()}"
        return out.returncode == 0 and json.loads(out.stdout)["problems"] == []

    def kill(self, i, rng):
        dev = self.dev
        variant = rng.choice(["key", "passphrase"])
        old_key = dev.json("auth", "export-key", "--yes")["db_key"]
        old_pass = dev.passphrase
        cmd, env, new_pass = self.cmd(variant)
        delay = self.delay = rng.uniform(0, self.d[variant])
        kill_at(dev.spawn(*cmd, env=env), delay)
        # The state the kill left, kept for a reproducer (the checks below change it).
        snap = self.h.work / "rekey-after-kill"
        shutil.rmtree(snap, ignore_errors=True)
        shutil.copytree(dev.home, snap)
        self.trace = [f"variant {variant}, old passphrase {old_pass!r}, new {new_pass!r}, "
                      f"files {sorted(os.listdir(dev.home / 'data/profiles/default'))}"]
        under_old = self.opens_with(old_key)
        self.trace.append(f"old key: {self.why}")
        # The ordinary open, as the user's next command: with the passphrase they know.
        # Under the old key that is the old one; a passphrase rekey that went through
        # (the database under the new key) may ask for the new one.
        out = dev.run("export")
        self.trace.append(f"export with {dev.passphrase!r}: {out.returncode} {out.stderr.strip()}")
        if out.returncode != 0 and variant == "passphrase" and not under_old:
            dev.passphrase = new_pass
            out = dev.run("export")
            self.trace.append(f"export with {dev.passphrase!r}: {out.returncode} {out.stderr.strip()}")
        need(out.returncode == 0, f"after a kill of `db rekey` ({variant}) the database opens with neither "
                                  f"passphrase nor the stored key: {self.trace}")
        if under_old and dev.passphrase != old_pass:
            raise Failure("the database is under the old key but only the new passphrase opened it")
        need(out.stdout == self.before, "the rows changed across the rekey")
        now_key = dev.json("auth", "export-key", "--yes")["db_key"]
        if under_old:
            need(now_key == old_key, "the database is under the old key but the credential store holds another")
        else:
            why = self.why
            need(now_key != old_key and self.opens_with(now_key),
                 f"the old key did not open the database ({why}) and the stored key is "
                 f"{'the old one' if now_key == old_key else 'new'} ({self.why}); {self.trace}")
        need(not (under_old and now_key != old_key), "both keys open the database")
        dev.db_check()
        # A passphrase kept by a finished rekey stays the passphrase.
        if not under_old:
            dev.passphrase = new_pass if variant == "passphrase" else dev.passphrase
        return delay


class SyncPushOp:
    """`lifeos sync` killed during its push: a device with a batch of new rows, edits and
    deletes; after the kill the server holds each row at its old or its new version,
    every row ahead of the server is queued, and the next round converges."""

    name = "sync-push"

    def __init__(self, h: Harness, rows: int):
        self.h, self.n = h, rows
        self.d = 1.0

    def setup(self):
        self.a, self.b = Device(self.h, "push-a"), Device(self.h, "push-b")
        self.h.signup(EMAILS[self.name])
        self.ws = self.a.login(EMAILS[self.name])
        self.b.login(EMAILS[self.name])
        self.gen = Gen(random.Random(self.h.seed))
        self.model: dict[str, dict] = {}
        self.batch(random.Random(0))
        report, wall = timed(lambda: self.a.json("sync"))
        # The push comes first: the instants are drawn from the start-up and the push.
        self.d = max(0.05, wall - report["pull_ms"] / 1000)
        self.h.converge([self.a, self.b], self.model, self.ws)

    def batch(self, rng):
        rows = [self.gen.new("a") for _ in range(self.n)]
        live = list(self.model.values())
        for r in rng.sample(live, min(len(live), self.n // 2)):
            rows.append(self.gen.bump(r, "a", delete=rng.random() < 0.2 and r["deleted_at"] is None))
        f = self.h.work / "push.ndjson"
        write_ndjson(f, rows)
        self.a.ok("import", str(f))
        old = dict(self.model)
        for r in rows:
            self.model[r["id"]] = r
        return old

    def kill(self, i, rng):
        old = self.batch(rng)
        delay = self.delay = rng.uniform(0, self.d)
        kill_at(self.a.spawn("sync"), delay)
        self.a.db_check()
        text = self.a.export_text()
        diff({k: key(r) for k, r in self.model.items()}, {k: key(r) for k, r in self.a.tasks(text).items()},
             "the pushing device after the kill")
        for rid, s in self.h.server_tasks(self.ws).items():
            need(s == key(self.model[rid]) or (rid in old and s == key(old[rid])),
                 f"the server holds {rid} at neither its old nor its new version: {s}")
        self.h.outbox_agrees(self.a, self.ws, text)
        self.h.converge([self.a, self.b], self.model, self.ws)
        return delay


class SyncPullOp:
    """`lifeos sync` killed during its pull: each page and the cursor are one
    transaction, so after the kill the device holds exactly the log up to its cursor."""

    name = "sync-pull"

    def __init__(self, h: Harness, rows: int):
        self.h, self.n = h, rows
        self.d = 1.0

    def setup(self):
        self.w, self.p = Device(self.h, "pull-writer"), Device(self.h, "pull-reader")
        self.h.signup(EMAILS[self.name])
        self.ws = self.w.login(EMAILS[self.name])
        self.p.login(EMAILS[self.name])
        self.gen = Gen(random.Random(self.h.seed))
        self.model: dict[str, dict] = {}
        self.batch(random.Random(0))
        _, self.d = timed(lambda: self.p.json("sync"))
        self.h.converge([self.w, self.p], self.model, self.ws)

    def batch(self, rng):
        rows = [self.gen.new("w") for _ in range(self.n)]
        live = list(self.model.values())
        for r in rng.sample(live, min(len(live), self.n // 2)):
            rows.append(self.gen.bump(r, "w", delete=rng.random() < 0.2 and r["deleted_at"] is None))
        f = self.h.work / "pull.ndjson"
        write_ndjson(f, rows)
        self.w.ok("import", str(f))
        self.w.ok("sync")
        for r in rows:
            self.model[r["id"]] = r

    def kill(self, i, rng):
        self.batch(rng)
        delay = self.delay = rng.uniform(0, self.d)
        kill_at(self.p.spawn("sync"), delay)
        self.p.db_check()
        text = self.p.export_text()
        st = self.p.status()
        need(st["pending"] == 0, f"a pull queued {st['pending']} changes")
        diff(self.h.log_replay(self.ws, st["cursor"]), {k: key(r) for k, r in self.p.tasks(text).items()},
             f"the pulling device against the log up to its cursor {st['cursor']}")
        self.h.converge([self.w, self.p], self.model, self.ws)
        return delay


class ClientsOp:
    """Three clients pushing at once (new rows, edits, deletes, and the same shared rows
    edited by all three: the latest edit must win) while the server side is killed:
    `lifeos-server` with SIGKILL, or Postgres with `pg_ctl stop -m immediate`."""

    def __init__(self, h: Harness, rows: int, name: str):
        self.h, self.n, self.name = h, rows, name
        self.d = 1.0

    def setup(self):
        self.devs = [Device(self.h, f"{self.name}-{k}") for k in range(3)]
        self.h.signup(EMAILS[self.name])
        self.ws = self.devs[0].login(EMAILS[self.name])
        for d in self.devs[1:]:
            d.login(EMAILS[self.name])
        self.gen = Gen(random.Random(self.h.seed))
        self.model: dict[str, dict] = {}
        self.owned: dict[str, list[str]] = {d.name: [] for d in self.devs}
        # Rows every client edits.
        shared = [self.gen.new("s") for _ in range(20)]
        f = self.h.work / f"{self.name}-shared.ndjson"
        write_ndjson(f, shared)
        self.devs[0].ok("import", str(f))
        for r in shared:
            self.model[r["id"]] = r
        self.shared = [r["id"] for r in shared]
        self.h.converge(self.devs, self.model, self.ws)
        self.batches(random.Random(0))
        _, self.d = timed(lambda: [p.communicate() for p in [d.spawn("sync") for d in self.devs]])
        self.h.converge(self.devs, self.model, self.ws)

    def batches(self, rng):
        versions: dict[str, set] = {}
        for d in self.devs:
            w = d.name.split("-")[-1]
            w = f"c{w}"
            rows = [self.gen.new(w) for _ in range(self.n)]
            own = self.owned[d.name]
            for rid in rng.sample(own, min(len(own), self.n // 3)):
                r = self.model[rid]
                rows.append(self.gen.bump(r, w, delete=rng.random() < 0.2 and r["deleted_at"] is None))
            for rid in rng.sample(self.shared, 5):
                rows.append(self.gen.bump(self.model[rid], w))
            f = self.h.work / f"{d.name}.ndjson"
            write_ndjson(f, rows)
            d.ok("import", str(f))
            for r in rows:
                versions.setdefault(r["id"], set()).add(key(r))
                # Equal versions: the later updated_at wins, and later clients write later.
                cur = self.model.get(r["id"])
                if cur is None or (r["version"], r["updated_at"]) > (cur["version"], cur["updated_at"]):
                    self.model[r["id"]] = r
                if r["version"] == 1:
                    own.append(r["id"])
        return versions

    def crash(self):
        if self.name == "server":
            self.h.server.kill()
            self.h.server.start()
        else:
            pg_immediate_restart()
            self.h.server.wait_ready()

    def kill(self, i, rng):
        old = {k: key(r) for k, r in self.model.items()}
        versions = self.batches(rng)
        procs = [d.spawn("sync") for d in self.devs]
        delay = self.delay = rng.uniform(0, self.d)
        end = time.monotonic() + delay
        while time.monotonic() < end and any(p.poll() is None for p in procs):
            time.sleep(0.002)
        KILLED_ALIVE[0] = any(p.poll() is None for p in procs)
        self.crash()
        for p in procs:
            try:
                p.communicate(timeout=TIMEOUT)
            except subprocess.TimeoutExpired:
                p.kill()
                raise Failure("a client hung after the server side was killed")
        allowed = lambda rid, k: k == old.get(rid) or k in versions.get(rid, ())
        for rid, s in self.h.server_tasks(self.ws).items():
            need(allowed(rid, s), f"the server holds {rid} at a version nobody wrote: {s}")
        for d in self.devs:
            d.db_check()
            text = d.export_text()
            for rid, r in d.tasks(text).items():
                need(allowed(rid, key(r)), f"{d.name} holds {rid} at a version nobody wrote: {key(r)}")
            self.h.outbox_agrees(d, self.ws, text)
        self.h.converge(self.devs, self.model, self.ws)
        return delay


class TuiEditOp:
    """The TUI, in a pty, saving an edit of a note made in $EDITOR; its process group is
    killed at a random instant after the editor exits. The note is then at its old body
    and version or its new ones, queued once, and a sync brings the same to a peer."""

    name = "tui-edit"

    def __init__(self, h: Harness):
        self.h = h
        self.d = 0.2

    def setup(self):
        self.dev, self.peer = Device(self.h, "tui"), Device(self.h, "tui-peer")
        self.h.signup(EMAILS[self.name])
        self.ws = self.dev.login(EMAILS[self.name])
        self.peer.login(EMAILS[self.name])
        self.note = self.dev.json("note", "add", "Plan", "--body", "rev 0")["id"]
        self.editor = self.h.work / "editor.sh"
        self.editor.write_text('#!/bin/sh\n: > "$CRASH_MARK"\nsed -i "s/^rev [0-9]*$/rev $CRASH_NEXT/" "$1"\n')
        self.editor.chmod(0o755)
        self.tmp = self.h.work / "tui-tmp"
        self.tmp.mkdir(exist_ok=True)
        self.rev = 0
        # Calibrate: from the editor's exit to the saved message.
        mark, pid, out = self.start(1)
        t = time.monotonic()
        need(out.wait_for(b"saved note", 30), f"the TUI never saved the edit: {out.text()[-2000:]}")
        self.d = max(0.01, time.monotonic() - t)
        self.stop(pid, out)
        self.rev = 1
        self.sync_check()

    def note_row(self):
        rows = [r for r in self.dev.rows(self.dev.export_text()) if r["id"] == self.note]
        need(len(rows) == 1, "the note is not there once")
        return rows[0]

    def start(self, nxt):
        mark = self.h.work / "editor.mark"
        mark.unlink(missing_ok=True)
        for f in self.tmp.iterdir():
            f.unlink()
        env = self.dev.env(TERM="xterm-256color", EDITOR=str(self.editor), TMPDIR=str(self.tmp),
                           CRASH_MARK=str(mark), CRASH_NEXT=str(nxt))
        pid, fd = pty.fork()
        if pid == 0:
            try:
                fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
                os.execve(str(self.h.bin / "lifeos"), ["lifeos"], env)
            finally:
                os._exit(127)
        out = Pty(fd)
        need(out.wait_for(b"Today", 30), f"the TUI did not start: {out.text()[-2000:]}")
        os.write(fd, b"3")
        need(out.wait_for(b"1/1", 30), f"the Notes view did not show: {out.text()[-2000:]}")
        time.sleep(0.1)
        os.write(fd, b"e")
        end = time.monotonic() + 30
        while not mark.exists():
            need(time.monotonic() < end, f"the editor never ran: {out.text()[-2000:]}")
            time.sleep(0.001)
        return mark, pid, out

    def stop(self, pid, out):
        try:
            os.killpg(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        os.waitpid(pid, 0)
        out.close()

    def sync_check(self):
        self.dev.ok("sync")
        self.peer.ok("sync")
        mine, theirs = self.dev.export_text(), self.peer.export_text()
        need(mine == theirs, "the peer's export differs from the TUI device's after sync")
        need(self.dev.status()["pending"] == 0, "changes still pending after sync")

    def kill(self, i, rng):
        before = self.note_row()
        need(before["body"] == f"rev {self.rev}", f"the note's body is {before['body']!r}, not rev {self.rev}")
        pending = self.dev.status()["pending"]
        mark, pid, out = self.start(self.rev + 1)
        delay = self.delay = rng.uniform(0, self.d * 1.5)
        time.sleep(delay)
        self.stop(pid, out)
        self.dev.db_check()
        after = self.note_row()
        KILLED_ALIVE[0] = after["body"] == before["body"]
        if after["body"] == before["body"]:
            need(after["version"] == before["version"], "the body is the old one at a new version")
            need(self.dev.status()["pending"] == pending, "the outbox changed without the note")
        else:
            need(after["body"] == f"rev {self.rev + 1}", f"a torn edit: the body is {after['body']!r}")
            need(after["version"] == before["version"] + 1, "the new body is not at the next version")
            need(self.dev.status()["pending"] == pending + 1, "the edit is not queued exactly once")
            self.rev += 1
        self.sync_check()
        return delay


class Pty:
    """The output of a pty, read on a thread so the program never blocks writing."""

    def __init__(self, fd):
        self.fd = fd
        self.buf = bytearray()
        self.lock = threading.Lock()
        self.t = threading.Thread(target=self.read, daemon=True)
        self.t.start()

    def read(self):
        while True:
            try:
                chunk = os.read(self.fd, 65536)
            except OSError:
                return
            if not chunk:
                return
            with self.lock:
                self.buf += chunk
            # A terminal answers a cursor position query (crossterm asks after $EDITOR).
            for _ in range(chunk.count(b"\x1b[6n")):
                try:
                    os.write(self.fd, b"\x1b[1;1R")
                except OSError:
                    return

    def text(self) -> str:
        with self.lock:
            return self.buf.decode("utf-8", "replace")

    def wait_for(self, needle: bytes, timeout: float) -> bool:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            with self.lock:
                if needle in self.buf:
                    return True
            time.sleep(0.005)
        return False

    def close(self):
        try:
            os.close(self.fd)
        except OSError:
            pass
        self.t.join(5)


def pg_ctl(*args) -> None:
    run = ["runuser", "-u", "postgres", "--"] if os.getuid() == 0 else []
    out = subprocess.run([*run, f"{os.environ['PG']}/pg_ctl", "-D", f"{os.environ['PG_DIR']}/data", *args],
                         capture_output=True, text=True, timeout=TIMEOUT)
    need(out.returncode == 0, f"pg_ctl {' '.join(args)}: {out.stderr.strip()}")


def pg_immediate_restart() -> None:
    pg_ctl("stop", "-m", "immediate", "-w")
    pg_ctl("start", "-w", "-l", f"{os.environ['PG_DIR']}/sock/pg.log")


# ---------------------------------------------------------------- main


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("kills", type=int, help="kills per operation")
    ap.add_argument("seed", type=int)
    ap.add_argument("--bin", required=True, help="the folder holding lifeos and lifeos-server")
    ap.add_argument("--work", required=True, help="a scratch folder")
    ap.add_argument("--only", action="append", choices=OPS, help="run only these operations")
    ap.add_argument("--rows", type=int, default=5000, help="rows of the import files")
    ap.add_argument("--batch", type=int, default=600, help="new rows per sync round and client")
    args = ap.parse_args()
    h = Harness(args)
    h.server.start()
    factories = {
        "import": lambda: ImportOp(h, args.rows),
        "sync-push": lambda: SyncPushOp(h, args.batch),
        "sync-pull": lambda: SyncPullOp(h, args.batch),
        "rekey": lambda: RekeyOp(h, args.rows),
        "tx-import": lambda: TxImportOp(h, args.rows),
        "tui-edit": lambda: TuiEditOp(h),
        "server": lambda: ClientsOp(h, args.batch // 3, "server"),
        "postgres": lambda: ClientsOp(h, args.batch // 3, "postgres"),
    }
    results, failures = [], []
    started = time.monotonic()
    try:
        for name in args.only or OPS:
            op = factories[name]()
            t = time.monotonic()
            survived = 0
            try:
                op.setup()
            except Failure as e:
                failures.append((name, "setup", 0.0, str(e)))
                results.append((name, 0, 0, 0, 0, time.monotonic() - t))
                print(f"{name}: setup FAILED: {e}", flush=True)
                continue
            d = op.d if not isinstance(op.d, dict) else max(op.d.values())
            print(f"{name}: measured {d * 1000:.0f} ms; {args.kills} kills", flush=True)
            done = mid = 0
            for i in range(args.kills):
                rng = h.rng(name, i)
                op.delay = None
                KILLED_ALIVE[0] = False
                try:
                    op.kill(i, rng)
                    survived += 1
                    mid += KILLED_ALIVE[0]
                except (Failure, subprocess.TimeoutExpired, json.JSONDecodeError, KeyError) as e:
                    failures.append((name, i, op.delay, f"{type(e).__name__}: {e}"))
                    print(f"{name} #{i}: FAILED: {e}", flush=True)
                    done += 1
                    break
                done += 1
            results.append((name, done, survived, mid, d, time.monotonic() - t))
            print(f"{name}: {survived}/{done} survived ({time.monotonic() - t:.0f} s)", flush=True)
    finally:
        h.server.stop()
    wall = time.monotonic() - started
    print()
    # mid-op: kills that found the operation still running (the TUI: before the save).
    print(f"{'operation':<11} {'kills':>6} {'survived':>9} {'mid-op':>7} {'measured':>9} {'time':>7}")
    for name, kills, survived, mid, d, t in results:
        print(f"{name:<11} {kills:>6} {survived:>9} {mid:>7} {d * 1000:>7.0f}ms {t:>6.0f}s")
    total_k = sum(r[1] for r in results)
    total_s = sum(r[2] for r in results)
    total_m = sum(r[3] for r in results)
    print(f"{'total':<11} {total_k:>6} {total_s:>9} {total_m:>7} {'':>9} {wall:>6.0f}s   seed {args.seed}")
    if failures:
        print()
        for name, i, delay, msg in failures:
            at = f"kill #{i}" if i != "setup" else "setup"
            d = f", SIGKILL after {delay * 1000:.1f} ms" if delay else ""
            print(f"FAILED {name} {at}{d}: {msg}")
            print(f"  reproduce: scripts/crash.sh {args.kills} {args.seed} --only {name}"
                  f"  (kill #{i} of that run; the work folder {args.work} is kept)")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
