"""Operations: the cross-process lock, schedule catch-up and status."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import time
from datetime import UTC, datetime

import pytest

from store.db import open_store
from watcher.config import load_config
from watcher.lock import LockBusy, store_lock
from watcher.scheduler import due_catch_up, previous_fire_time

HOLD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from watcher.lock import store_lock
    with store_lock(Path(sys.argv[1])):
        print("locked", flush=True)
        time.sleep(float(sys.argv[2]))
    """
)


def _holder(store_path, seconds: float) -> subprocess.Popen:
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(store_path), str(seconds)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout.readline().strip() == "locked"
    return proc


def test_lock_second_process_is_refused_with_holder_named(tmp_path):
    store_path = tmp_path / "w.db"
    proc = _holder(store_path, 30)
    try:
        with pytest.raises(LockBusy) as e:
            with store_lock(store_path):
                pass
        assert f"pid {proc.pid}" in str(e.value)
    finally:
        proc.kill()
        proc.wait()


def test_lock_left_by_killed_process_is_recovered(tmp_path):
    store_path = tmp_path / "w.db"
    proc = _holder(store_path, 30)
    proc.kill()  # SIGKILL: no chance to clean up
    proc.wait()
    with store_lock(store_path):
        pass


def test_lock_waits_for_a_short_holder(tmp_path):
    store_path = tmp_path / "w.db"
    proc = _holder(store_path, 0.5)
    start = time.monotonic()
    with store_lock(store_path, wait=10):
        waited = time.monotonic() - start
    proc.wait()
    assert waited > 0.1


def test_poll_refuses_while_another_run_holds_the_lock(run_cli, tmp_path):
    proc = _holder(tmp_path / "watcher.db", 30)
    try:
        result = run_cli("poll", "--source", "ctgov")
    finally:
        proc.kill()
        proc.wait()
    assert result.exit_code == 1
    assert "another watcher run holds" in result.output


@pytest.mark.parametrize(
    ("expr", "now", "expected"),
    [
        (
            "0 7 * * mon",
            datetime(2026, 11, 24, 18, 0, tzinfo=UTC),
            datetime(2026, 11, 23, 7, 0, tzinfo=UTC),
        ),
        (
            "0 6 * * *",
            datetime(2026, 11, 24, 5, 59, tzinfo=UTC),
            datetime(2026, 11, 23, 6, 0, tzinfo=UTC),
        ),
        (
            "*/5 * * * *",
            datetime(2026, 11, 24, 5, 59, tzinfo=UTC),
            datetime(2026, 11, 24, 5, 55, tzinfo=UTC),
        ),
    ],
)
def test_scheduler_previous_fire_time(expr, now, expected):
    assert previous_fire_time(expr, "UTC", now) == expected


def test_scheduler_catch_up_runs_missed_digest_once(tmp_path):
    cfg_file = tmp_path / "c.toml"
    cfg_file.write_text(
        f'[store]\npath = "{tmp_path / "w.db"}"\n[schedule]\nmisfire_grace_time = 86400\n'
    )
    cfg = load_config(cfg_file, env={})
    db = open_store(cfg.store_path)
    # A "previous process" ran the digest last week and the poll this morning.
    db["runs"].insert_all(
        [
            {"kind": "digest", "started": "2026-11-16T07:00:05+00:00", "status": "ok"},
            {"kind": "poll", "started": "2026-11-23T06:00:03+00:00", "status": "ok"},
        ]
    )
    monday_noon = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
    assert due_catch_up(db, cfg, monday_noon) == ["digest"]
    # The catch-up ran: a restart must not run it again for the same due time.
    db["runs"].insert({"kind": "digest", "started": "2026-11-23T12:00:01+00:00", "status": "ok"})
    assert due_catch_up(db, cfg, datetime(2026, 11, 23, 12, 5, tzinfo=UTC)) == []


def test_scheduler_catch_up_respects_grace_time(tmp_path):
    cfg_file = tmp_path / "c.toml"
    cfg_file.write_text(
        f'[store]\npath = "{tmp_path / "w.db"}"\n[schedule]\nmisfire_grace_time = 3600\n'
    )
    cfg = load_config(cfg_file, env={})
    db = open_store(cfg.store_path)
    # Missed Monday's digest by more than an hour: it waits for the next Monday.
    assert "digest" not in due_catch_up(db, cfg, datetime(2026, 11, 23, 12, 0, tzinfo=UTC))


def test_scheduler_jobs_fire_on_short_interval(tmp_path):
    import threading

    from watcher.scheduler import build_scheduler

    cfg_file = tmp_path / "c.toml"
    cfg_file.write_text('[schedule]\npoll = "* * * * *"\ndigest = "* * * * *"\n')
    cfg = load_config(cfg_file, env={})
    fired = threading.Event()
    scheduler = build_scheduler(cfg, {"poll": fired.set, "digest": lambda: None}, blocking=False)
    scheduler.start()
    try:
        jobs = {j.id: j for j in scheduler.get_jobs()}
        assert set(jobs) == {"watcher-poll", "watcher-digest"}
        assert jobs["watcher-poll"].coalesce is True and jobs["watcher-poll"].max_instances == 1
        scheduler.modify_job("watcher-poll", next_run_time=datetime.now(UTC))
        assert fired.wait(5)
    finally:
        scheduler.shutdown(wait=False)


def test_status_reports_runs_unreported_and_failing_sources(store, run_cli):
    failed = json.dumps({"pubmed": {"status": "failed", "error": "boom"}})
    for _ in range(3):
        store["runs"].insert(
            {
                "kind": "poll",
                "started": "2026-11-20T06:00:00+00:00",
                "status": "partial",
                "sources": failed,
                "errors": "[]",
                "requests": 2,
            }
        )
    store["changes"].insert(
        {
            "fingerprint": "x1",
            "kind": "NEW_TRIAL",
            "severity": "medium",
            "reported": 0,
            "detected_at": "2026-11-20T06:00:00+00:00",
        }
    )
    result = run_cli("status", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["unreported_total"] == 1
    assert data["failing_sources"] == {"pubmed": 3}
    assert set(data["next_scheduled"]) == {"poll", "digest"}
    human = run_cli("status").output
    assert "WARNING: pubmed failed in the last 3 polls" in human
    assert "Unreported changes: 1 (NEW_TRIAL 1)" in human


@pytest.mark.slow
def test_serve_catches_up_missed_digest_once_and_stops_on_sigterm(tmp_path):
    import signal
    import sqlite3

    cfg = tmp_path / "config.toml"
    cfg.write_text(
        f'[store]\npath = "{tmp_path / "watcher.db"}"\n'
        '[schedule]\npoll = "0 6 1 1 *"\ndigest = "* * * * *"\nmisfire_grace_time = 86400\n'
    )
    assert (
        subprocess.run(
            [sys.executable, "-m", "watcher", "--config", str(cfg), "init"], capture_output=True
        ).returncode
        == 0
    )
    proc = subprocess.Popen(
        [sys.executable, "-m", "watcher", "--config", str(cfg), "serve"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            conn = sqlite3.connect(tmp_path / "watcher.db")
            done = conn.execute(
                "select count(*) from runs where kind = 'digest' and status = 'ok'"
            ).fetchone()[0]
            conn.close()
            if done:
                break
            time.sleep(0.3)
        assert done == 1, "the missed digest ran at start-up"
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert "catch-up: digest fell due" in err
    assert "watcher serve: stopped" in out
    assert list((tmp_path / "digests").glob("digest-*.txt"))
