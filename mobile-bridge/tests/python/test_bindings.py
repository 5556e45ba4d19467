"""The committed bindings (mobile-bridge/bindings/) are what the built library generates:
this fails when they are stale (run mobile-bridge/generate.sh and commit the result)."""

import filecmp
import pathlib
import subprocess

from conftest import LIB, ROOT, TARGET


def test_committed_bindings_are_fresh(tmp_path):
    bindgen = TARGET / "uniffi-bindgen"
    assert bindgen.exists(), f"{bindgen} is missing: cargo build -p uniffi-bindgen"
    committed = ROOT / "mobile-bridge/bindings"
    for lang in ("kotlin", "swift", "python"):
        subprocess.run([str(bindgen), "generate", str(LIB), "--language", lang,
                        "--out-dir", str(tmp_path / lang), "--no-format"], check=True, capture_output=True)
    fresh = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file())
    kept = sorted(p.relative_to(committed) for p in committed.rglob("*") if p.is_file())
    assert fresh == kept, "files differ: run mobile-bridge/generate.sh"
    stale = [str(f) for f in fresh if not filecmp.cmp(tmp_path / f, committed / f, shallow=False)]
    assert stale == [], f"stale bindings {stale}: run mobile-bridge/generate.sh"
    # every registered kind has its typed row in every language
    kinds = ["Note", "Task", "Person", "Place", "HealthMetric", "Workout", "Practice", "ReadingPlan",
             "ReadingDone", "Habit", "HabitCheckin", "Fast", "Account", "Transaction", "Budget"]
    kt = (committed / "kotlin/uniffi/lifeos_mobile/lifeos_mobile.kt").read_text()
    swift = (committed / "swift/lifeos_mobile.swift").read_text()
    for k in kinds:
        assert f"data class {k}Row (" in kt, k
        assert f"public struct {k}Row" in swift, k
