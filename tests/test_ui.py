"""The Datasette view: metadata, canned queries, JSON for findings, no writes."""

from __future__ import annotations

import asyncio
import sqlite3

import pytest

from watcher.ui import load_metadata, make_datasette


@pytest.fixture
def ds(store, tmp_path):
    return make_datasette(tmp_path / "watcher.db")


def _get(ds, path: str):
    return asyncio.run(ds.client.get(path))


def test_ui_serves_findings_json(ds):
    resp = _get(ds, "/watcher/findings.json?_shape=array&source=baseline&endpoint=mOS&_size=max")
    assert resp.status_code == 200
    rows = resp.json()
    assert rows and all(r["endpoint"] == "mOS" for r in rows)
    assert any(r["value"] == 19.2 for r in rows)


def test_ui_metadata_titles_facets_and_units(ds):
    resp = _get(ds, "/watcher/findings.json?_facet=endpoint")
    assert resp.status_code == 200
    meta = load_metadata("watcher")["databases"]["watcher"]["tables"]["findings"]
    assert meta["title"] == "Findings"
    assert {"source", "endpoint", "setting", "trial_acronym"} <= set(meta["facets"])
    html = _get(ds, "/watcher/findings").text
    assert "Findings" in html


@pytest.mark.parametrize(
    "query",
    [
        "evidence_after_immunotherapy",
        "ongoing_trials",
        "latest_changes",
        "unreported_changes",
        "values_differing_from_review",
    ],
)
def test_ui_canned_queries_run(ds, query):
    resp = _get(ds, f"/watcher/{query}.json?_shape=array")
    assert resp.status_code == 200, resp.text
    rows = resp.json()
    if query == "ongoing_trials":
        assert len(rows) == 8
    if query == "evidence_after_immunotherapy":
        assert len(rows) > 50


def test_ui_refuses_writes(ds, store):
    before = store["findings"].count
    resp = _get(ds, "/watcher.json?sql=delete+from+findings")
    assert resp.status_code == 400
    # Even a statement that reaches the database meets a read-only connection.
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        asyncio.run(ds.get_database("watcher").execute("delete from findings"))
    meta = load_metadata("watcher")["databases"]["watcher"]["queries"]
    assert not any(q.get("write") for q in meta.values())
    assert store["findings"].count == before


def test_ui_get_option_prints_json(run_cli, store):
    result = run_cli("ui", "--get", "/watcher/trials.json?_shape=array&nct_id=NCT04770896")
    assert result.exit_code == 0, result.output
    assert "IMbrave251" in result.output


def test_ui_listens_on_localhost_by_default():
    from watcher.config import DEFAULTS

    assert DEFAULTS["ui"]["host"] == "127.0.0.1"
