"""Attachments through the bindings against the real server: a file attached on one phone
is uploaded by its sync, listed on another phone of the same account and exported there
with its exact bytes (fetched on demand, resumable, hash-checked); no plaintext in a data
directory; hostile names sanitized or refused; a blob the device lacks without a session
is a readable error; fetch_all_blobs for offline use."""

import hashlib
import os
import pathlib

import pytest

from conftest import PASSWORD
from test_sync import Events

MARKER = b"LIFEOS-ATTACHMENT-PLAINTEXT-MARKER"


def phone(m, tmp_path, name):
    """A phone: its own data directory (the database and its blobs/ beside it)."""
    d = tmp_path / name
    d.mkdir()
    return m.LifeosStore.open(str(d / "lifeos.db"), m.new_key()), d


def payload(n=300_000):
    """`n` bytes holding the marker more than once (in several sealed chunks)."""
    chunk = MARKER + os.urandom(50_000)
    return (chunk * (n // len(chunk) + 1))[:n]


def files_under(d: pathlib.Path):
    return [p for p in d.rglob("*") if p.is_file()]


def assert_no_plaintext(d: pathlib.Path):
    for p in files_under(d):
        assert MARKER not in p.read_bytes(), f"plaintext in {p}"


def test_attach_sync_and_export_on_another_phone(m, c, server, tmp_path):
    email = server.account()
    session = m.login(server.url, email, PASSWORD)
    a, a_dir = phone(m, tmp_path, "a")
    b, b_dir = phone(m, tmp_path, "b")
    note = a.create_note(c.Note(title="receipts"))
    data = payload()
    src = tmp_path / "picked" / "receipt.pdf"
    src.parent.mkdir()
    src.write_bytes(data)
    att = a.attach_file("note", note.kernel.id, str(src), None, "application/pdf")
    assert att.fields.name == "receipt.pdf" and att.fields.media_type == "application/pdf"
    assert att.fields.size == len(data) and att.fields.sha256 == hashlib.sha256(data).hexdigest()
    assert att.fields.entity_id == note.kernel.id
    assert a.blob_is_local(att.fields.sha256)
    assert [r.kernel.id for r in a.attachments_of(note.kernel.id)] == [att.kernel.id]
    assert a.status().blob_uploads_pending == 1
    assert_no_plaintext(a_dir)

    events = Events()
    s = a.sync(session, events, None)
    assert s.pushed == 2 and s.blobs_uploaded == 1 and s.blob_bytes_uploaded == len(data)
    assert s.blobs_refused == 0 and a.status().blob_uploads_pending == 0
    ups = [e for e in events.events if isinstance(e, m.SyncEvent.UPLOADING)]
    assert ups and ups[-1].sha256 == att.fields.sha256 and ups[-1].done == ups[-1].total == len(data)
    # a second round has nothing to upload
    assert a.sync(session, None, None).blobs_uploaded == 0

    b.sync(session, None, None)
    listed = b.attachments_of(note.kernel.id)
    assert [(r.kernel.id, r.fields.name, r.fields.size) for r in listed] == [
        (att.kernel.id, "receipt.pdf", len(data))]
    assert not b.blob_is_local(att.fields.sha256)
    out = tmp_path / "share" / "receipt.pdf"
    out.parent.mkdir()
    events = Events()
    assert b.export_attachment(att.kernel.id, str(out), session, events, None) == len(data)
    assert out.read_bytes() == data
    downs = [e for e in events.events if isinstance(e, m.SyncEvent.DOWNLOADING)]
    assert downs and downs[-1].done == downs[-1].total == len(data)
    # at most one event per 256 KiB, and the last
    assert len(downs) <= len(data) // (256 * 1024) + 2
    assert b.blob_is_local(att.fields.sha256)
    # kept sealed: a second export needs no session
    out.unlink()
    assert b.export_attachment(att.kernel.id, str(out), None, None, None) == len(data)
    assert out.read_bytes() == data
    assert [p.name for p in out.parent.iterdir()] == ["receipt.pdf"], "no temporary file left"
    assert_no_plaintext(b_dir)
    assert_no_plaintext(a_dir)
    assert any(p.parent.name == "blobs" for p in files_under(b_dir))


def test_attach_bytes_and_the_same_bytes_twice(m, c, store):
    task = store.create_task(c.Task(title="t", status=c.TaskStatus.TODO, priority=c.Priority.NONE))
    first = store.attach_bytes("task", task.kernel.id, "a.txt", "Text/Plain; charset=utf-8", b"hello")
    assert first.fields.media_type == "text/plain" and first.fields.size == 5
    again = store.attach_bytes("task", task.kernel.id, "b.txt", None, b"hello")
    assert again.kernel.id == first.kernel.id and again.fields.name == "b.txt"
    assert again.fields.media_type == "application/octet-stream"
    other = store.attach_bytes("task", task.kernel.id, "empty", None, b"")
    assert [r.kernel.id for r in store.attachments_of(task.kernel.id)] == [first.kernel.id, other.kernel.id]
    store.delete_attachment(other.kernel.id, None)
    assert [r.kernel.id for r in store.attachments_of(task.kernel.id)] == [first.kernel.id]
    # another row's attachments are not listed
    other_task = store.create_task(c.Task(title="u", status=c.TaskStatus.TODO, priority=c.Priority.NONE))
    assert store.attachments_of(other_task.kernel.id) == []


def test_hostile_names_are_sanitized_or_refused(m, c, store, tmp_path):
    note = store.create_note(c.Note(title="n"))
    nid = note.kernel.id
    for bad in ["../x", "a/b", "nul\x00byte", "evil\u202egpj.exe", "..", " pad", "", "x" * 256]:
        with pytest.raises(c.LifeosError.Validation) as e:
            store.attach_bytes("note", nid, bad, None, b"x")
        assert e.value.field == "name", bad
        with pytest.raises(c.LifeosError.Validation):
            store.attach_file("note", nid, __file__, bad, None)
    # a file's own name is made storable
    odd = tmp_path / "evil\u202egpj.exe"
    odd.write_bytes(b"not an exe")
    row = store.attach_file("note", nid, str(odd), None, None)
    assert row.fields.name == "evil_gpj.exe"
    ctrl = tmp_path / "line\nbreak.txt"
    ctrl.write_bytes(b"ctrl")
    assert store.attach_file("note", nid, str(ctrl), None, None).fields.name == "line_break.txt"
    assert store.attach_file("note", nid, str(tmp_path / ".." / tmp_path.name / odd.name), None,
                             None).fields.name == "evil_gpj.exe"
    # the other inputs
    with pytest.raises(c.LifeosError.Validation) as e:
        store.attach_bytes("note", nid, "x.bin", "not a type", b"x")
    assert e.value.field == "media_type"
    with pytest.raises(c.LifeosError.Validation) as e:
        store.attach_bytes("nothing", nid, "x.bin", None, b"x")
    assert e.value.field == "kind" and "note" in e.value.detail
    with pytest.raises(c.LifeosError.Validation) as e:
        store.attach_bytes("attachment", row.kernel.id, "x.bin", None, b"x")
    assert e.value.field == "kind"
    with pytest.raises(c.LifeosError.NotFound):
        store.attach_bytes("task", nid, "x.bin", None, b"x")
    with pytest.raises(c.LifeosError.Validation) as e:
        store.attach_file("note", nid, str(tmp_path / "missing.pdf"), None, None)
    assert e.value.field == "path"
    with pytest.raises(c.LifeosError.Validation) as e:
        store.attach_file("note", nid, str(tmp_path), None, None)
    assert e.value.field == "path"
    with pytest.raises(c.LifeosError.Validation) as e:
        store.blob_is_local("../../etc/passwd")
    assert e.value.field == "sha256"
    names = sorted(r.fields.name for r in store.attachments_of(nid))
    assert names == ["evil_gpj.exe", "line_break.txt"]


def test_a_missing_blob_without_a_session_says_so(m, c, server, tmp_path):
    email = server.account()
    session = m.login(server.url, email, PASSWORD)
    a, _ = phone(m, tmp_path, "a")
    b, b_dir = phone(m, tmp_path, "b")
    note = a.create_note(c.Note(title="scans"))
    att = a.attach_bytes("note", note.kernel.id, "scan.png", "image/png", MARKER * 10)
    a.sync(session, None, None)
    b.sync(session, None, None)
    out = tmp_path / "out.png"
    with pytest.raises(c.LifeosError.NotFound) as e:
        b.export_attachment(att.kernel.id, str(out), None, None, None)
    assert e.value.kind == "blob" and e.value.id == att.fields.sha256
    assert "scan.png is not on this device" in str(e.value) and "session" in str(e.value)
    assert not out.exists()
    # an id that is no attachment
    with pytest.raises(c.LifeosError.NotFound) as e:
        b.export_attachment(note.kernel.id, str(out), session, None, None)
    assert e.value.kind == "attachment"
    # cancelled before the fetch: nothing written, nothing fetched
    token = m.CancelToken()
    token.cancel()
    with pytest.raises(c.LifeosError.Cancelled):
        b.export_attachment(att.kernel.id, str(out), session, None, token)
    assert not out.exists() and not b.blob_is_local(att.fields.sha256)
    assert b.export_attachment(att.kernel.id, str(out), session, None, None) == len(MARKER) * 10
    assert out.read_bytes() == MARKER * 10
    # a directory is no destination
    with pytest.raises(c.LifeosError.Validation) as e:
        b.export_attachment(att.kernel.id, str(tmp_path), None, None, None)
    assert e.value.field == "dest_path"
    assert_no_plaintext(b_dir)


def test_a_blob_not_uploaded_yet_is_not_on_the_server(m, c, server, tmp_path):
    email = server.account()
    session = m.login(server.url, email, PASSWORD)
    a, _ = phone(m, tmp_path, "a")
    b, _ = phone(m, tmp_path, "b")
    note = a.create_note(c.Note(title="later"))
    att = a.attach_bytes("note", note.kernel.id, "later.txt", None, b"uploaded later")
    assert a.sync(session, None, None).blobs_uploaded == 1
    # another phone's rows reach the server, its blob does not (its round was stopped
    # after the push, as an OS may stop it)
    c_phone, _ = phone(m, tmp_path, "c")
    note2 = c_phone.create_note(c.Note(title="elsewhere"))
    pending = c_phone.attach_bytes("note", note2.kernel.id, "p.txt", None, b"never uploaded")
    token = m.CancelToken()

    class CancelAfterPush(m.SyncProgress):
        def on_progress(self, event):
            if isinstance(event, m.SyncEvent.PUSHED):
                token.cancel()

    with pytest.raises(c.LifeosError.Cancelled):
        c_phone.sync(session, CancelAfterPush(), token)
    assert c_phone.status().pending == 0 and c_phone.status().blob_uploads_pending == 1
    b.sync(session, None, None)
    with pytest.raises(c.LifeosError.NotFound) as e:
        b.export_attachment(pending.kernel.id, str(tmp_path / "p.txt"), session, None, None)
    assert e.value.kind == "blob" and "not on the server yet" in str(e.value)
    fetched = b.fetch_all_blobs(session, None, None)
    assert fetched.fetched == 1 and fetched.bytes == len(b"uploaded later")
    assert fetched.not_on_server == [pending.fields.sha256]
    assert b.blob_is_local(att.fields.sha256)
    # c's next round uploads it; then b fetches it
    assert c_phone.sync(session, None, None).blobs_uploaded == 1
    events = Events()
    again = b.fetch_all_blobs(session, events, None)
    assert again.fetched == 1 and again.not_on_server == []
    assert any(isinstance(e, m.SyncEvent.DOWNLOADING) for e in events.events)
    assert b.fetch_all_blobs(session, None, None).fetched == 0
    out = tmp_path / "p.txt"
    b.export_attachment(pending.kernel.id, str(out), None, None, None)
    assert out.read_bytes() == b"never uploaded"


def test_fetch_all_blobs_stops_when_cancelled_or_the_listener_raises(m, c, server, tmp_path):
    email = server.account()
    session = m.login(server.url, email, PASSWORD)
    a, _ = phone(m, tmp_path, "a")
    b, _ = phone(m, tmp_path, "b")
    note = a.create_note(c.Note(title="many"))
    for i in range(3):
        a.attach_bytes("note", note.kernel.id, f"f{i}.bin", None, os.urandom(1000))
    a.sync(session, None, None)
    b.sync(session, None, None)
    token = m.CancelToken()
    token.cancel()
    with pytest.raises(c.LifeosError.Cancelled):
        b.fetch_all_blobs(session, None, token)
    with pytest.raises(c.LifeosError.Callback) as e:
        b.fetch_all_blobs(session, Events(raise_at=1), None)
    assert "the UI is gone" in str(e.value)
    # the first blob was fetched before the listener's failure stopped the rest
    got = sum(b.blob_is_local(r.fields.sha256) for r in b.attachments_of(note.kernel.id))
    assert got == 1
    rest = b.fetch_all_blobs(session, None, None)
    assert rest.fetched == 2
