"""Fixtures for the bridge's Python tests: the committed Python bindings loaded beside the
built library, a real `lifeos-server` on a loopback port against a fresh Postgres
database (LIFEOS_TEST_DATABASE_URL, which scripts/test.sh starts), and accounts on it.

Run from the repository root after `cargo build -p lifeos-mobile -p uniffi-bindgen -p
lifeos-cli -p lifeos-server` (scripts/test.sh does): `pytest mobile-bridge/tests/python`.
"""

import json
import os
import pathlib
import random
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
import uuid

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[3]
TARGET = pathlib.Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target")) / "debug"
LIB = TARGET / "liblifeos_mobile.so"
PASSWORD = "correct horse battery staple"


def _package(tmp: pathlib.Path) -> pathlib.Path:
    """The committed bindings and the built library as one package, `lifeos`."""
    pkg = tmp / "lifeos"
    pkg.mkdir(parents=True)
    for f in (ROOT / "mobile-bridge/bindings/python").glob("*.py"):
        shutil.copy(f, pkg)
    assert LIB.exists(), f"{LIB} is missing: cargo build -p lifeos-mobile"
    shutil.copy(LIB, pkg)
    (pkg / "__init__.py").write_text("")
    return tmp


_PKG_ROOT = _package(pathlib.Path(os.environ.get("LIFEOS_PYTEST_TMP", "/tmp")) / f"lifeos-mobile-{uuid.uuid4().hex}")
sys.path.insert(0, str(_PKG_ROOT))
os.environ["LIFEOS_MOBILE_PKG"] = str(_PKG_ROOT)


def free_port() -> int:
    """A free port below the ephemeral range (32768+)."""
    for _ in range(200):
        p = random.randint(20000, 32000)
        s = socket.socket()
        try:
            s.bind(("127.0.0.1", p))
            s.close()
            return p
        except OSError:
            s.close()
    raise RuntimeError("no free port")


def post(url: str, body: dict, token: str | None = None) -> dict:
    req = urllib.request.Request(url, data=json.dumps(body).encode(), method="POST")
    req.add_header("Content-Type", "application/json")
    if token:
        req.add_header("Authorization", f"Bearer {token}")
    with urllib.request.urlopen(req, timeout=30) as r:
        return json.loads(r.read() or b"{}")


class Server:
    def __init__(self, url: str, proc: subprocess.Popen):
        self.url = url
        self.proc = proc
        self.emails: list[str] = []

    def account(self) -> str:
        """A fresh allowlisted account on the server (its password is PASSWORD)."""
        email = self.emails.pop()
        post(f"{self.url}/v1/auth/signup", {"email": email, "password": PASSWORD})
        return email


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    base = os.environ.get("LIFEOS_TEST_DATABASE_URL")
    if not base:
        pytest.fail("LIFEOS_TEST_DATABASE_URL is not set: run ./scripts/test.sh (it starts Postgres)")
    db = "mobile_" + uuid.uuid4().hex[:12]
    subprocess.run(["psql", "-q", base, "-c", f"create database {db}"], check=True)
    url = base.rsplit("/", 1)[0] + "/" + db
    port = free_port()
    emails = [f"phone{i}-{uuid.uuid4().hex[:6]}@example.org" for i in range(40)]
    where = tmp_path_factory.mktemp("server")
    log = open(where / "server.log", "w")
    # Blobs in the test's own directory, never `blobs/` of the working directory.
    env = dict(os.environ, DATABASE_URL=url, LIFEOS_LISTEN=f"127.0.0.1:{port}",
               LIFEOS_SIGNUP_ALLOWLIST=",".join(emails), LIFEOS_LOG="warn",
               LIFEOS_BLOB_DIR=str(where / "blobs"))
    proc = subprocess.Popen([str(TARGET / "lifeos-server")], env=env, stdout=log, stderr=log)
    srv = Server(f"http://127.0.0.1:{port}", proc)
    srv.emails = emails
    deadline = time.time() + 60
    while True:
        try:
            urllib.request.urlopen(f"{srv.url}/healthz", timeout=2).read()
            break
        except OSError:
            if proc.poll() is not None or time.time() > deadline:
                raise RuntimeError("lifeos-server did not start; see its log")
            time.sleep(0.2)
    yield srv
    proc.terminate()
    proc.wait(timeout=30)


@pytest.fixture
def m():
    from lifeos import lifeos_mobile
    return lifeos_mobile


@pytest.fixture
def c():
    from lifeos import lifeos_core
    return lifeos_core


@pytest.fixture
def store(m, tmp_path):
    return m.LifeosStore.open(str(tmp_path / "phone.db"), m.new_key())
