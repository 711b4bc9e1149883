"""`watcher demo`: the main job end to end, as a user runs it (a subprocess, a temp folder)."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter

import pytest


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    work = tmp_path_factory.mktemp("demo")
    proc = subprocess.run(
        [sys.executable, "-m", "watcher", "demo", "--keep", str(work)],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    digest = json.loads((work / "digests" / "digest.json").read_text())
    return proc.stdout, digest, work


def _count(changes, **want):
    return sum(1 for c in changes if all(c.get(k) == v for k, v in want.items()))


def test_demo_digest_holds_each_change_of_the_story_once(demo):
    _, digest, _ = demo
    changes = digest["changes"]
    # A Table 4 trial completes and its primary completion date becomes actual.
    assert _count(changes, kind="TRIAL_STATUS_CHANGE", nct_id="NCT04770896") == 1
    assert _count(changes, kind="TRIAL_DATE_CHANGE", nct_id="NCT04770896") == 1
    # A watched trial posts results, which become findings.
    assert _count(changes, kind="RESULTS_POSTED", nct_id="NCT05134532") == 1
    assert _count(changes, kind="NEW_RESULT", nct_id="NCT05134532", endpoint="mPFS") == 1
    # A paper reports the watched trial's endpoints.
    assert _count(changes, kind="NEW_PUBLICATION", pmid="99200001") == 1
    assert _count(changes, kind="NEW_RESULT", pmid="99200001", endpoint="mOS") == 2
    assert _count(changes, kind="NEW_RESULT", pmid="99200001", endpoint="HR_OS") == 1
    # An update of a Table 1 trial changes a value, with the review's value beside it.
    updated = [c for c in changes if c["kind"] == "UPDATED_RESULT"]
    assert len(updated) == 1
    assert updated[0]["nct_id"] == "NCT04039607" and updated[0]["value"] == 9.4
    assert (
        updated[0]["baseline"]["value"] == 9.1 and "Table 1" in updated[0]["baseline"]["location"]
    )
    # A new related trial, a correction of a review reference.
    assert _count(changes, kind="NEW_TRIAL", nct_id="NCT09912345") == 1
    assert _count(changes, kind="CORRECTION", pmid="99000021") == 1
    # Unrelated papers never appear.
    assert not any(c.get("pmid") in ("99100002", "99200003") for c in changes)
    # Nothing twice.
    fingerprints = Counter(c["fingerprint"] for c in changes)
    assert max(fingerprints.values()) == 1


def test_demo_labels_invented_data_in_the_digest_itself(demo):
    _, digest, work = demo
    assert digest["label"].startswith("DEMO DATA")
    text = (work / "digests" / "digest.txt").read_text()
    html = (work / "digests" / "digest.html").read_text()
    assert text.startswith("DEMO DATA") and "DEMO DATA" in html


def test_demo_prints_digests_store_and_datasette_command(demo):
    out, _, work = demo
    assert f"Digest (text): {work / 'digests' / 'digest.txt'}" in out
    assert f"Digest (HTML): {work / 'digests' / 'digest.html'}" in out
    assert "ui    (Datasette on http://127.0.0.1:8001/watcher)" in out
    assert "[UPDATED_RESULT]" in out


def test_demo_rerun_of_digest_reports_nothing_twice(demo):
    _, _, work = demo
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "watcher",
            "--config",
            str(work / "config.toml"),
            "digest",
            "--format",
            "json",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["changes"] == []


def test_demo_leaves_nothing_behind_without_keep(tmp_path):
    import os

    env = dict(os.environ, TMPDIR=str(tmp_path))
    proc = subprocess.run(
        [sys.executable, "-m", "watcher", "demo"],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
    )
    assert proc.returncode == 0, proc.stderr
    assert list(tmp_path.iterdir()) == []
