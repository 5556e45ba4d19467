"""The Kotlin bindings on the JVM (kotlinc from npm's kotlin-compiler, JNA from Debian's
libjna-java, Debian's JDK), driving Phone.kt against the real server; the CLI of the same
account then sees the phone's rows, and a conflicting edit converges on both."""

import json
import os
import subprocess

import pytest

from conftest import LIB, PASSWORD, ROOT, TARGET
from test_sync import lifeos

KOTLIN = ROOT / "mobile-bridge/tests/kotlin"


@pytest.fixture(scope="session")
def phone_jar(tmp_path_factory):
    kotlinc = os.environ.get("LIFEOS_KOTLINC", str(KOTLIN / "node_modules/kotlin-compiler/bin/kotlinc"))
    jna = os.environ.get("LIFEOS_JNA_JAR", "/usr/share/java/jna.jar")
    if not (os.path.exists(kotlinc) and os.path.exists(jna)):
        pytest.fail(f"{kotlinc} or {jna} is missing: run ./scripts/test.sh (it installs them)")
    out = tmp_path_factory.mktemp("kotlin") / "phone.jar"
    bindings = ROOT / "mobile-bridge/bindings/kotlin/uniffi"
    sources = [str(bindings / "lifeos_core/lifeos_core.kt"), str(bindings / "lifeos_mobile/lifeos_mobile.kt"),
               str(KOTLIN / "Phone.kt")]
    r = subprocess.run([kotlinc, *sources, "-cp", jna, "-nowarn", "-include-runtime", "-d", str(out)],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr[-4000:]
    return out, jna


def run_phone(jar, jna, *args):
    r = subprocess.run(["java", f"-Djna.library.path={LIB.parent}", "-cp", f"{jar}:{jna}", "PhoneKt", *args],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stdout + r.stderr
    return r.stdout


def test_kotlin_phone_syncs_with_the_cli(server, phone_jar, tmp_path):
    jar, jna = phone_jar
    email = server.account()
    out = run_phone(jar, jna, "first", str(tmp_path), server.url, email, PASSWORD)
    assert "synced 5 rows" in out, out
    task_id = (tmp_path / "task").read_text()
    home = tmp_path / "laptop"
    lifeos(home, "login", "--server", server.url, "--email", email)
    lifeos(home, "sync")
    tasks = json.loads(lifeos(home, "task", "list", "--format", "json").stdout)
    assert [(t["id"], t["title"], t["priority"], t["due"]) for t in tasks] == [
        (task_id, "call the plumber", "high", "2026-12-01")]
    habits = json.loads(lifeos(home, "habit", "list", "--format", "json").stdout)
    assert [h["name"] for h in habits] == ["stretch"]
    health = json.loads(lifeos(home, "health", "list", "--format", "json").stdout)
    assert [(h["kind"], h["value"]) for h in health] == [("weight", 72400)]
    # the file the phone attached: its row synced, its bytes uploaded
    files = json.loads(lifeos(home, "attachment", "list", "--format", "json").stdout)
    assert [(f["name"], f["entity_id"]) for f in files] == [("plan.txt", task_id)]
    lifeos(home, "attachment", "get", files[0]["id"], "-o", str(tmp_path / "plan.txt"))
    assert (tmp_path / "plan.txt").read_bytes() == b"fix the sink, then the tap"
    # the CLI and the phone edit the same task at version 1; the phone's two edits win
    lifeos(home, "task", "edit", task_id, "--title", "laptop title")
    lifeos(home, "sync")
    out = run_phone(jar, jna, "edit", str(tmp_path), server.url, email, PASSWORD)
    assert "title phone title version 3" in out, out
    lifeos(home, "sync")
    tasks = json.loads(lifeos(home, "task", "list", "--format", "json").stdout)
    assert [(t["title"], t["version"]) for t in tasks] == [("phone title", 3)]
