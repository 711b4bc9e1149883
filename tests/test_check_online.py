"""`watcher check` online: the registry now, over a real socket, and the fallbacks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from watcher.replay import ReplayServer
from watcher.replay.ctgov_routes import CtgovWorld, mount

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "ctgov"


@pytest.fixture
def world():
    return CtgovWorld.from_dir(FIXTURES)


@pytest.fixture
def registry(world, monkeypatch):
    with ReplayServer() as server:
        monkeypatch.setenv("WATCHER_CTGOV_URL", mount(server, world))
        yield server


def test_check_online_fetches_record_and_shows_registry_and_review(store, run_cli, registry):
    result = run_cli("check", "NCT04770896")
    assert result.exit_code == 0, result.output
    out = result.output
    assert "Registry record fetched now from ClinicalTrials.gov" in out
    assert "In the review (Table 4" in out and "Planned N:        554" in out
    assert "Registry (latest snapshot):" in out
    assert registry.count("/ctgov") == 1
    snap = store.execute(
        "select count(*) from trial_snapshots where nct_id = 'NCT04770896'"
    ).fetchone()[0]
    assert snap == 1


def test_check_online_json_carries_live_summary(store, run_cli, registry, world):
    data = json.loads(run_cli("check", "NCT04770896", "--json").output)
    live = data["online"]
    assert live["fetched"] is True
    assert (
        live["summary"]["status"]
        == world.study("NCT04770896")["protocolSection"]["statusModule"]["overallStatus"]
    )
    assert data["registry"]["status"] == live["summary"]["status"]


def test_check_online_reports_changes_since_last_snapshot(store, run_cli, registry, world):
    assert run_cli("check", "NCT04770896").exit_code == 0

    def complete(study):
        study["protocolSection"]["statusModule"]["overallStatus"] = "COMPLETED"

    world.update_study("NCT04770896", complete)
    result = run_cli("check", "NCT04770896")
    assert "1 change(s) since the last snapshot" in result.output
    assert "TRIAL_STATUS_CHANGE" in result.output and "COMPLETED" in result.output


def test_check_online_unreachable_registry_falls_back_to_store(store, run_cli, monkeypatch):
    monkeypatch.setenv("WATCHER_CTGOV_URL", "http://127.0.0.1:9/api/v2")
    cfg_extra = "[clinicaltrials]\nretries = 0\n"
    path = Path(store.conn.execute("pragma database_list").fetchone()[2]).parent / "config.toml"
    path.write_text(path.read_text() + cfg_extra)
    result = run_cli("check", "NCT04770896")
    assert result.exit_code == 0, result.output
    assert "ClinicalTrials.gov unreachable" in result.output
    assert "showing what the store knows" in result.output
    assert "IMbrave251" in result.output


def test_check_online_any_trial_without_watching_it(store, run_cli, registry, world):
    nct = "NCT09900001"
    result = run_cli("check", nct)
    assert result.exit_code == 0, result.output
    assert "Not in the review's tables." in result.output
    row = next(store.query("select watched from trials where nct_id = ?", [nct]))
    assert row["watched"] == 0


def test_check_online_unknown_id_says_so(store, run_cli, registry):
    result = run_cli("check", "NCT01234567")
    assert result.exit_code == 1
    assert "ClinicalTrials.gov does not know this ID" in result.output
