"""Failure as a feature: faults, crashes, bad local input, hostile text, secrets.

The services are the replay server on 127.0.0.1 (the demo's recorded world);
`watcher` runs as the user runs it, in subprocesses where crashes are involved.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from watcher.replay import ReplayServer
from watcher.replay.demo_world import advance, build_world, mount_world


@pytest.fixture
def world_server():
    world = build_world()
    advance(world)
    with ReplayServer() as server:
        urls = mount_world(server, world)
        yield server, urls, world


def _config(path: Path, urls: dict[str, str], extra: str = "") -> Path:
    cfg = path / "config.toml"
    cfg.write_text(
        f'[store]\npath = "{path / "watcher.db"}"\n'
        f'[clinicaltrials]\nbase_url = "{urls["ctgov"]}"\nrequests_per_second = 100.0\nretries = 1\n'
        f'[pubmed]\nbase_url = "{urls["pubmed"]}"\nemail = "tests@example.invalid"\nretries = 1\n{extra}',
        encoding="utf-8",
    )
    return cfg


def _watcher(cfg: Path, *args: str, env: dict[str, str] | None = None, timeout: float = 120):
    return subprocess.run(
        [sys.executable, "-m", "watcher", "--config", str(cfg), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
    )


def _state(db_path: Path) -> dict[str, object]:
    conn = sqlite3.connect(db_path)
    try:
        q = lambda sql: conn.execute(sql).fetchall()  # noqa: E731
        return {
            "publications": q("select pub_id from publications order by pub_id"),
            "findings": q(
                "select source, pub_id, nct_id, endpoint, arm, value from findings"
                " where source != 'baseline' order by 1, 2, 3, 4, 5, 6"
            ),
            "changes": q(
                "select kind, nct_id, pmid, endpoint, arm, value from changes order by 1, 2, 3, 4, 5, 6"
            ),
            "snapshots": q("select nct_id, content_hash from trial_snapshots order by 1, 2"),
        }
    finally:
        conn.close()


def _consistent(db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
        orphans = conn.execute(
            "select count(*) from publications p left join raw_records r on r.id = p.raw_id"
            " where p.raw_id is not null and r.id is null"
        ).fetchone()[0]
        assert orphans == 0, "a publication without its raw payload"
        half = conn.execute(
            "select count(*) from findings f join publications p on p.pub_id = f.pub_id"
            " where p.extracted_at is null"
        ).fetchone()[0]
        assert half == 0, "findings of a publication not marked extracted (half an extraction)"
        lost = conn.execute(
            "select count(*) from findings f left join publications p on p.pub_id = f.pub_id"
            " where f.pub_id is not null and p.pub_id is null"
        ).fetchone()[0]
        assert lost == 0
        dup = conn.execute("select count(*) - count(distinct fingerprint) from changes").fetchone()[
            0
        ]
        assert dup == 0
    finally:
        conn.close()


# --- one failing source never stops the others ---------------------------------------------


def test_reliability_failing_source_is_recorded_others_run_next_run_catches_up(
    world_server, tmp_path
):
    server, urls, _ = world_server
    cfg = _config(tmp_path, urls)
    assert _watcher(cfg, "init").returncode == 0
    for _ in range(10):  # PubMed answers 503 to everything in this run
        server.add_fault("/eutils", status=503, body=b"Service unavailable", times=1)
    first = _watcher(cfg, "poll")
    assert first.returncode == 1
    assert "pubmed:" in first.stderr and "esearch" in first.stderr and "503" in first.stderr
    conn = sqlite3.connect(tmp_path / "watcher.db")
    run = conn.execute(
        "select status, sources, errors from runs order by id desc limit 1"
    ).fetchone()
    assert run[0] == "partial"
    sources, errors = json.loads(run[1]), json.loads(run[2])
    assert sources["ctgov"]["status"] == "ok" and sources["pubmed"]["status"] == "failed"
    assert errors[0]["source"] == "pubmed"
    assert conn.execute("select count(*) from trial_snapshots").fetchone()[0] == 18
    assert conn.execute("select count(*) from publications").fetchone()[0] == 0
    server.clear_faults()
    second = _watcher(cfg, "poll")
    assert second.returncode == 0, second.stderr
    assert conn.execute("select count(*) from publications").fetchone()[0] > 5
    # The digest carries each change once; a third poll adds nothing.
    third = _watcher(cfg, "poll")
    assert third.returncode == 0
    kinds = conn.execute("select kind, count(*) from changes group by kind").fetchall()
    assert dict(kinds)["NEW_TRIAL"] == 1
    conn.close()


# --- crash safety: SIGKILL at several points -----------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("kill_after", [0.8, 1.6, 2.4, 3.2, 4.0])
def test_reliability_poll_killed_leaves_store_consistent_and_next_run_finishes(
    world_server, tmp_path, kill_after
):
    server, urls, _ = world_server
    reference_dir = tmp_path / "reference"
    reference_dir.mkdir()
    ref_cfg = _config(reference_dir, urls)
    assert _watcher(ref_cfg, "init").returncode == 0
    assert _watcher(ref_cfg, "poll").returncode == 0
    reference = _state(reference_dir / "watcher.db")

    crash_dir = tmp_path / "crash"
    crash_dir.mkdir()
    cfg = _config(crash_dir, urls)
    assert _watcher(cfg, "init").returncode == 0
    server.add_fault("/eutils", delay=0.25, times=50)  # slow answers widen the windows to hit
    server.add_fault("/ctgov", delay=0.25, times=5)
    proc = subprocess.Popen(
        [sys.executable, "-m", "watcher", "--config", str(cfg), "poll"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(kill_after)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    server.clear_faults()
    _consistent(crash_dir / "watcher.db")
    finish = _watcher(cfg, "poll")
    assert finish.returncode == 0, finish.stderr
    _consistent(crash_dir / "watcher.db")
    state = _state(crash_dir / "watcher.db")
    for key in reference:
        missing = sorted(set(reference[key]) - set(state[key]))
        extra = sorted(set(state[key]) - set(reference[key]))
        assert state[key] == reference[key], f"{key}: missing {missing[:5]}, extra {extra[:5]}"
    conn = sqlite3.connect(crash_dir / "watcher.db")
    statuses = [
        r[0] for r in conn.execute("select status from runs where kind = 'poll' order by id")
    ]
    conn.close()
    assert statuses[-1] == "ok"
    assert "running" not in statuses  # the killed run is marked interrupted by the next one


def test_reliability_sigterm_stops_after_current_step(world_server, tmp_path):
    server, urls, _ = world_server
    cfg = _config(tmp_path, urls)
    assert _watcher(cfg, "init").returncode == 0
    server.add_fault("/ctgov", delay=1.0, times=2)
    proc = subprocess.Popen(
        [sys.executable, "-m", "watcher", "--config", str(cfg), "poll"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(1.2)
    proc.send_signal(signal.SIGTERM)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 1
    assert "stopping after the current step" in err
    _consistent(tmp_path / "watcher.db")
    conn = sqlite3.connect(tmp_path / "watcher.db")
    assert conn.execute("select status from runs order by id desc").fetchone()[0] == "interrupted"
    conn.close()


# --- bad local input -----------------------------------------------------------------------


def test_reliability_corrupt_store_gives_clear_message(tmp_path):
    db = tmp_path / "watcher.db"
    db.write_bytes(b"this is not a database, just bytes " * 200)
    cfg = tmp_path / "c.toml"
    cfg.write_text(f'[store]\npath = "{db}"\n')
    result = _watcher(cfg, "status")
    assert result.returncode == 1
    assert f"{db} is not a usable SQLite store" in result.stderr
    assert "Traceback" not in result.stderr
    assert db.read_bytes().startswith(b"this is not a database")  # nothing overwritten


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_reliability_read_only_store_gives_clear_message(tmp_path):
    cfg = tmp_path / "c.toml"
    cfg.write_text(f'[store]\npath = "{tmp_path / "watcher.db"}"\n')
    assert _watcher(cfg, "init").returncode == 0
    os.chmod(tmp_path / "watcher.db", 0o444)
    result = _watcher(cfg, "init")
    assert result.returncode == 1 and "read-only" in result.stderr


def test_reliability_read_only_store_directory_gives_clear_message(tmp_path):
    """Works as root too: a store path under a regular file cannot be created."""
    blocker = tmp_path / "file"
    blocker.write_text("x")
    cfg = tmp_path / "c.toml"
    cfg.write_text(f'[store]\npath = "{blocker / "watcher.db"}"\n')
    result = _watcher(cfg, "init")
    assert result.returncode == 1
    assert "Error:" in result.stderr and "Traceback" not in result.stderr


# --- hostile text and oversized answers ----------------------------------------------------


def test_reliability_oversized_response_is_refused(tmp_path):
    from watcher.http import SourceError, fetch, make_session
    from watcher.replay import ReplayResponse

    with ReplayServer() as server:
        server.mount("/big", lambda r: ReplayResponse(200, b"x" * 2_000_000))
        with pytest.raises(SourceError, match="larger than 1000000 bytes"):
            fetch(make_session(0), "GET", server.url + "/big", source="test", max_bytes=1_000_000)


def test_reliability_sql_injection_in_titles_is_stored_as_text(world_server, tmp_path):
    server, urls, world = world_server
    evil = "x'); drop table findings; -- <script>alert(1)</script>"
    world.eutils.add_article(
        "99300001",
        f"Regorafenib after atezolizumab in HCC {evil}",
        entrez_date=world.day(1),
        nct_ids=["NCT04770896"],
        abstract="Median overall survival was 9.1 months.",
    )
    cfg = _config(tmp_path, urls)
    assert _watcher(cfg, "init").returncode == 0
    assert _watcher(cfg, "poll").returncode == 0
    conn = sqlite3.connect(tmp_path / "watcher.db")
    title = conn.execute("select title from publications where pmid = '99300001'").fetchone()[0]
    assert evil in title
    assert conn.execute("select count(*) from findings").fetchone()[0] > 0
    conn.close()
    html = _watcher(cfg, "digest", "--format", "html").stdout
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


# --- secrets -------------------------------------------------------------------------------


def test_reliability_secrets_never_reach_logs_store_or_digests(world_server, tmp_path):
    server, urls, _ = world_server
    secret_key, secret_pw = "NCBIKEY-7f3a9c1e5b", "SMTP-PASSWORD-e4d2c8"
    cfg = _config(tmp_path, urls)
    env = dict(os.environ, NCBI_API_KEY=secret_key, WATCHER_SMTP_PASSWORD=secret_pw)
    outputs = []
    for args in (
        ("init",),
        ("-v", "poll"),
        ("status", "--json"),
        ("digest", "--format", "json"),
        ("digest", "--format", "html"),
    ):
        result = _watcher(cfg, *args, env=env)
        outputs.append(result.stdout + result.stderr)
    # The key was sent to the service (as NCBI asks) ...
    assert any(
        r.params.get("api_key") == secret_key for r in server.log if r.path.startswith("/eutils")
    )
    # ... but appears nowhere we keep or show.
    blob = "\n".join(outputs)
    for path in tmp_path.rglob("*"):
        if path.is_file():
            blob += path.read_bytes().decode("utf-8", "replace")
    assert secret_key not in blob
    assert secret_pw not in blob


def test_reliability_connection_errors_never_quote_credentials():
    from watcher.http import SourceError, fetch, make_session

    with pytest.raises(SourceError) as e:
        fetch(
            make_session(0),
            "GET",
            "http://127.0.0.1:9/esearch.fcgi",
            params={"api_key": "SECRETKEY123", "email": "me@example.org"},
            source="pubmed",
        )
    assert "SECRETKEY123" not in str(e.value) and "me@example.org" not in str(e.value)
    assert "connection failed" in str(e.value)


def test_reliability_registry_record_missing_modules_and_partial_dates(tmp_path):
    """A bare record (identification only) and month-only dates must not break a poll."""
    from store.db import open_store
    from watcher.config import load_config
    from watcher.poll import run_poll
    from watcher.replay.ctgov_routes import CtgovWorld, mount

    world = CtgovWorld()
    world.add_study({"protocolSection": {"identificationModule": {"nctId": "NCT04770896"}}})
    world.add_study(
        {
            "protocolSection": {
                "identificationModule": {
                    "nctId": "NCT05201404",
                    "briefTitle": "Dates of every precision",
                },
                "statusModule": {
                    "overallStatus": "RECRUITING",
                    "startDateStruct": {"date": "2022-06"},
                    "primaryCompletionDateStruct": {"date": "2027-12", "type": "ESTIMATED"},
                    "completionDateStruct": {"date": "2028-01-15", "type": "ESTIMATED"},
                },
            }
        }
    )
    with ReplayServer() as server:
        url = mount(server, world)
        cfg_path = tmp_path / "c.toml"
        cfg_path.write_text(
            f'[store]\npath = "{tmp_path / "w.db"}"\n[clinicaltrials]\nbase_url = "{url}"\n'
            "requests_per_second = 100.0\n"
        )
        cfg = load_config(cfg_path, env={})
        db = open_store(cfg.store_path)
        db["trials"].insert_all(
            [{"nct_id": "NCT04770896", "watched": 1}, {"nct_id": "NCT05201404", "watched": 1}]
        )
        first = run_poll(db, cfg, ["ctgov"], extract=False, match=False)
        assert first.status == "ok", first.errors

        def precise(study):
            study["protocolSection"]["statusModule"]["primaryCompletionDateStruct"]["date"] = (
                "2027-12-31"
            )

        world.update_study("NCT05201404", precise)
        second = run_poll(db, cfg, ["ctgov"], extract=False, match=False)
        assert second.status == "ok", second.errors
    rows = list(db.query("select kind, before, after from changes where nct_id = 'NCT05201404'"))
    assert [r["kind"] for r in rows] == ["TRIAL_DATE_CHANGE"]
    assert "2027-12" in rows[0]["before"] and "2027-12-31" in rows[0]["after"]
    assert db["trial_snapshots"].count == 3
