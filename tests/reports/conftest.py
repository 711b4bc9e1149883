"""Fixtures for diff, digest and e-mail tests: a real store with a small baseline."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SMALL_BASELINE = FIXTURES / "baseline"


@pytest.fixture
def db(tmp_path: Path):
    """A store holding the small test baseline (10 result rows, 5 trials)."""
    from store.baseline import load_baseline
    from store.db import open_store

    store = open_store(tmp_path / "w.db")
    load_baseline(store, SMALL_BASELINE)
    yield store
    store.close()


def _add_finding(db, **fields: Any) -> int:
    """Insert one non-baseline result finding; sensible defaults for a PubMed abstract."""
    from store.records import insert_findings

    row: dict[str, Any] = {
        "kind": "result",
        "source": "pubmed",
        "pub_id": f"pmid:{fields.get('pmid', '100')}",
        "pmid": "100",
        "quote": "A sentence from the abstract.",
        "span_start": 0,
    }
    row.update(fields)
    row.setdefault("value_text", None if row.get("value") is None else f"{row['value']:g}")
    ids = insert_findings(db, [row])
    assert ids, f"finding already stored: {row}"
    return ids[0]


def _baseline_id(db, key: str) -> int:
    return next(db.query("select id from findings where baseline_key = ?", [key]))["id"]


def _changes(db, kind: str | None = None) -> list[dict]:
    sql = "select * from changes" + (" where kind = ?" if kind else "") + " order by id"
    return list(db.query(sql, [kind] if kind else []))


@pytest.fixture
def add_finding(db):
    return lambda **fields: _add_finding(db, **fields)


@pytest.fixture
def baseline_id(db):
    return lambda key: _baseline_id(db, key)


@pytest.fixture
def changes(db):
    return lambda kind=None: _changes(db, kind)
