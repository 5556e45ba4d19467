"""The bridge against a real lifeos-server on Postgres: login, sync between phones and
with the CLI, progress callbacks (including ones that raise), cancellation, a sync
killed mid-way and resumed, and the server-side typed errors."""

import http.server
import os
import pathlib
import signal
import subprocess
import sys
import textwrap
import threading

import pytest

from conftest import PASSWORD, TARGET, free_port
from lifeos import lifeos_mobile as M


class Events(M.SyncProgress):
    def __init__(self, raise_at=None, cancel=None, cancel_at=None):
        self.events = []
        self.raise_at = raise_at
        self.cancel = cancel
        self.cancel_at = cancel_at

    def on_progress(self, event):
        self.events.append(event)
        if self.raise_at is not None and len(self.events) >= self.raise_at:
            raise ValueError("the UI is gone")
        if self.cancel is not None and len(self.events) >= self.cancel_at:
            self.cancel.cancel()


def phone(m, tmp_path, name="phone"):
    return m.LifeosStore.open(str(tmp_path / f"{name}.db"), m.new_key())


def test_login_sync_between_two_phones(m, c, server, tmp_path):
    email = server.account()
    session = m.login(server.url + "/", email, PASSWORD)
    assert session.server_url == server.url and session.email == email and len(session.token) > 20
    a, b = phone(m, tmp_path, "a"), phone(m, tmp_path, "b")
    t = a.create_task(c.Task(title="from a", status=c.TaskStatus.TODO, priority=c.Priority.NONE))
    assert a.status().pending == 1
    events = Events()
    s = a.sync(session, events, None)
    assert s.pushed == 1 and a.status().pending == 0 and a.status().last_sync_at is not None
    assert a.status().workspace_id == str(session.workspace_id)
    assert any(isinstance(e, m.SyncEvent.PUSHED) for e in events.events)
    assert any(isinstance(e, m.SyncEvent.PULLED) for e in events.events)
    s = b.sync(session, None, None)
    assert s.pulled >= 1
    assert b.get_task(t.kernel.id).fields.title == "from a"
    assert b.status().cursor == s.cursor > 0


def lifeos(home, *args, check=True):
    env = {"PATH": os.environ["PATH"], "LIFEOS_HOME": str(home), "LIFEOS_PASSPHRASE": "device passphrase",
           "LIFEOS_PASSWORD": PASSWORD}
    r = subprocess.run([str(TARGET / "lifeos"), *args], env=env, capture_output=True, text=True)
    if check:
        assert r.returncode == 0, r.stderr
    return r


def test_the_cli_sees_the_phones_rows_and_a_conflict_converges(m, c, server, tmp_path):
    import json
    email = server.account()
    session = m.login(server.url, email, PASSWORD)
    p = phone(m, tmp_path)
    task = p.create_task(c.Task(title="phone task", status=c.TaskStatus.TODO, priority=c.Priority.NONE))
    p.sync(session, None, None)
    home = tmp_path / "laptop"
    lifeos(home, "login", "--server", server.url, "--email", email)
    lifeos(home, "sync")
    rows = json.loads(lifeos(home, "task", "list", "--format", "json").stdout)
    assert [r["title"] for r in rows] == ["phone task"]
    # both edit the same version; the phone edits twice (version 3 beats the CLI's 2)
    lifeos(home, "task", "edit", str(task.kernel.id), "--title", "laptop title")
    f = p.get_task(task.kernel.id)
    f.fields.title = "phone title"
    p.update_task(task.kernel.id, 1, f.fields)
    f.fields.notes = "twice"
    p.update_task(task.kernel.id, 2, f.fields)
    lifeos(home, "sync")
    p.sync(session, None, None)
    lifeos(home, "sync")
    rows = json.loads(lifeos(home, "task", "list", "--format", "json").stdout)
    assert [(r["title"], r["version"]) for r in rows] == [("phone title", 3)]
    assert (p.get_task(task.kernel.id).fields.title, p.get_task(task.kernel.id).kernel.version) == ("phone title", 3)


def test_a_progress_callback_that_raises_stops_the_round_and_loses_nothing(m, c, server, tmp_path):
    email = server.account()
    session = m.login(server.url, email, PASSWORD)
    p = phone(m, tmp_path)
    for i in range(1200):
        p.create_note(c.Note(title=f"n{i}"))
    with pytest.raises(c.LifeosError.Callback) as e:
        p.sync(session, Events(raise_at=1), None)
    assert "the UI is gone" in e.value.detail
    left = p.status().pending
    assert 0 < left < 1200
    s = p.sync(session, Events(), None)
    assert p.status().pending == 0 and s.pushed == left
    other = phone(m, tmp_path, "other")
    other.sync(session, None, None)
    assert len(other.list_notes({})) == 1200


def test_cancel_stops_the_round_and_the_next_resumes(m, c, server, tmp_path):
    email = server.account()
    session = m.login(server.url, email, PASSWORD)
    p = phone(m, tmp_path)
    for i in range(1500):
        p.create_note(c.Note(title=f"n{i}"))
    token = m.CancelToken()
    with pytest.raises(c.LifeosError.Cancelled):
        p.sync(session, Events(cancel=token, cancel_at=1), token)
    assert token.is_cancelled()
    assert 0 < p.status().pending < 1500
    already = m.CancelToken()
    already.cancel()
    before = p.status().pending
    with pytest.raises(c.LifeosError.Cancelled):
        p.sync(session, None, already)
    assert p.status().pending == before
    p.sync(session, None, m.CancelToken())
    assert p.status().pending == 0


KILLED = textwrap.dedent("""
    import sys
    sys.path.insert(0, sys.argv[1])
    from lifeos import lifeos_mobile as m, lifeos_core as c
    s = m.LifeosStore.open(sys.argv[2], sys.argv[3])
    session = m.Session(server_url=sys.argv[4], email="", token=sys.argv[5], workspace_id=sys.argv[6], workspace_name="")
    class P(m.SyncProgress):
        def on_progress(self, e):
            print("PUSHED" if isinstance(e, m.SyncEvent.PUSHED) else "PULLED", flush=True)
    s.sync(session, P(), None)
""")


def test_a_sync_killed_mid_way_resumes(m, c, server, tmp_path):
    email = server.account()
    session = m.login(server.url, email, PASSWORD)
    path, key = str(tmp_path / "phone.db"), m.new_key()
    p = m.LifeosStore.open(path, key)
    for i in range(3000):
        p.create_note(c.Note(title=f"n{i}"))
    proc = subprocess.Popen(
        [sys.executable, "-c", KILLED, os.environ["LIFEOS_MOBILE_PKG"], path, key, session.server_url,
         session.token, str(session.workspace_id)], stdout=subprocess.PIPE, text=True)
    first = proc.stdout.readline()
    assert first.strip() == "PUSHED", first
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    left = p.status().pending
    assert 0 < left < 3000
    p.sync(session, None, None)
    assert p.status().pending == 0
    other = phone(m, tmp_path, "other")
    other.sync(session, None, None)
    titles = [r.fields.title for r in other.list_notes({})]
    assert len(titles) == 3000 and len(set(titles)) == 3000


class Failing(http.server.BaseHTTPRequestHandler):
    def do_POST(self):  # noqa: N802 - the stdlib's name
        body = b'{"type":"about:blank","title":"boom","status":500,"detail":"it broke"}'
        self.send_response(500)
        self.send_header("Content-Type", "application/problem+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST

    def log_message(self, *a):
        pass


def test_typed_errors_of_the_server(m, c, server, tmp_path):
    email = server.account()
    with pytest.raises(c.LifeosError.Unauthorized):
        m.login(server.url, email, "wrong password!!")
    with pytest.raises(c.LifeosError.Validation) as e:
        m.login("ftp://example.org", email, PASSWORD)
    assert e.value.field == "server_url"
    closed = f"http://127.0.0.1:{free_port()}"
    with pytest.raises(c.LifeosError.Offline) as e:
        m.login(closed, email, PASSWORD)
    assert e.value.server == closed
    session = m.login(server.url, email, PASSWORD)
    p = phone(m, tmp_path)
    p.create_note(c.Note(title="kept"))
    bad = m.Session(server_url=server.url, email=email, token="x" * 43, workspace_id=session.workspace_id,
                    workspace_name="")
    with pytest.raises(c.LifeosError.Unauthorized):
        p.sync(bad, None, None)
    offline = m.Session(server_url=closed, email=email, token=session.token, workspace_id=session.workspace_id,
                        workspace_name="")
    with pytest.raises(c.LifeosError.Offline):
        p.sync(offline, None, None)
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", free_port()), Failing)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        broken = m.Session(server_url=f"http://127.0.0.1:{httpd.server_address[1]}", email=email,
                           token=session.token, workspace_id=session.workspace_id, workspace_name="")
        with pytest.raises(c.LifeosError.Server) as e:
            p.sync(broken, None, None)
        assert e.value.status == 500 and e.value.detail == "it broke"
    finally:
        httpd.shutdown()
    # another account's workspace: not found, and this phone's database is bound to none yet
    other = m.login(server.url, server.account(), PASSWORD)
    stray = m.Session(server_url=server.url, email=email, token=session.token, workspace_id=other.workspace_id,
                      workspace_name="")
    fresh = phone(m, tmp_path, "fresh")
    with pytest.raises(c.LifeosError.NotFound):
        fresh.sync(stray, None, None)
    # a phone bound to one workspace refuses another's session
    p.sync(session, None, None)
    with pytest.raises(c.LifeosError.Refused):
        p.sync(other, None, None)
    assert [r.fields.title for r in p.list_notes({})] == ["kept"] and p.status().pending == 0
