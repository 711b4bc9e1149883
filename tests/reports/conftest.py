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


XSS_TITLE = "<script>alert(1)</script> Atezolizumab plus bevacizumab: 4-year update"
XSS_QUOTE = "Median OS was 19.5 months (95% CI 17.1-21.7) <img src=x onerror=alert(1)>."


@pytest.fixture
def populated(db, add_finding):
    """A store with one change for every digest group (and a CONFIRMED one)."""
    from store.changes import record_change
    from store.diff import match_findings

    db["publications"].insert_all(
        [
            {"pub_id": "pmid:123", "pmid": "123", "doi": "10.1000/imb150.4y", "title": XSS_TITLE},
            {
                "pub_id": "pmid:555",
                "pmid": "555",
                "doi": None,
                "title": "IMbrave251 primary analysis",
            },
        ]
    )
    add_finding(
        nct_id="NCT03434379",
        arm="atezolizumab + bevacizumab",
        endpoint="mOS",
        value=19.5,
        unit="months",
        ci_low=17.1,
        ci_high=21.7,
        pmid="123",
        pub_id="pmid:123",
        quote=XSS_QUOTE,
    )
    add_finding(
        nct_id="NCT04770896",
        trial_acronym="IMbrave251",
        arm="atezolizumab + lenvatinib or sorafenib",
        endpoint="mOS",
        value=15.9,
        unit="months",
        ci_low=13.1,
        ci_high=18.0,
        pmid="555",
        pub_id="pmid:555",
        quote="Median OS was 15.9 months.",
        note='{"label": "DEMO DATA: not a real result"}',
    )
    add_finding(
        study="Smith et al. (2025)",
        arm="cabozantinib",
        setting="after immunotherapy",
        endpoint="ORR",
        value=8.5,
        unit="%",
        pmid="777",
        pub_id="pmid:777",
        quote="ORR was 8.5%.",
    )
    add_finding(
        nct_id="NCT03434379",
        arm="atezolizumab + bevacizumab",
        endpoint="ORR",
        value=30,
        unit="%",
        pmid="123",
        pub_id="pmid:123",
        quote="ORR was 30%.",
        span_start=5,
    )
    match_findings(db)
    record_change(
        db,
        "TRIAL_DATE_CHANGE",
        ("NCT04770896", "primaryCompletionDate", "2025-06"),
        nct_id="NCT04770896",
        field="primaryCompletionDate",
        before="2025-03",
        after="2025-06",
        summary="IMbrave251 (NCT04770896): primary completion 2025-03 → 2025-06.",
    )
    record_change(
        db,
        "NEW_TRIAL",
        ("NCT07000001",),
        nct_id="NCT07000001",
        summary="New trial NCT07000001: regorafenib after atezolizumab + bevacizumab.",
    )
    record_change(db, "RETRACTION", ("pmid:888",), pmid="888", summary="PMID 888 was retracted.")
    record_change(
        db,
        "NEW_PUBLICATION",
        ("pmid:123",),
        pmid="123",
        pub_id="pmid:123",
        summary=f"New publication on IMbrave150: {XSS_TITLE}",
    )
    record_change(
        db,
        "RESULTS_POSTED",
        ("NCT05134532", "2025-05-01"),
        nct_id="NCT05134532",
        severity="medium",
        summary="NCT05134532 posted results on ClinicalTrials.gov.",
    )
    return db
