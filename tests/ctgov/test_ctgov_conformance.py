"""Every real recorded ClinicalTrials.gov v2 payload goes through the parsers without a crash."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from watcher import ctgov

REAL = Path(__file__).resolve().parents[2].parent / "shared" / "fixtures" / "real" / "ctgov"
FILES = sorted(REAL.glob("*.json")) if REAL.is_dir() else []


def _studies(path: Path) -> list[dict]:
    body = path.read_bytes()
    data = json.loads(body)
    if isinstance(data, dict) and "studies" in data:
        studies, token = ctgov.parse_studies_page(body)
        assert token == data.get("nextPageToken")
        return studies
    if isinstance(data, dict) and "protocolSection" in data:
        return [ctgov.parse_study_body(body)]
    return []


@pytest.fixture(autouse=True)
def _need_real():
    if not FILES:
        pytest.skip(
            "../shared/fixtures/real not present: conformance needs the real recorded payloads"
        )


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_ctgov_conformance_parses_real_payload(path: Path):
    studies = _studies(path)
    if path.name == "aact_studies_metadata.json":
        assert studies == []
        with pytest.raises(ValueError):
            ctgov.parse_studies_page(path.read_bytes())
        return
    assert studies, path.name
    for study in studies:
        row = ctgov.parse_study(study)
        assert ctgov.NCT_RE.match(row["nct_id"])
        fields = ctgov.key_fields(study)
        assert set(fields) == set(ctgov.KEY_FIELDS)
        json.dumps(fields)
        findings = ctgov.results_findings(study)
        for f in findings:
            assert f["nct_id"] == row["nct_id"] and f["field_path"].startswith("resultsSection.")
            assert f["quote"] and f["endpoint"]
        summary = ctgov.check_summary(study)
        assert summary["nct_id"] == row["nct_id"]
        json.dumps(summary)


def test_ctgov_conformance_four_plus_records_with_results_do_not_crash():
    with_results = [s for p in FILES for s in _studies(p) if s.get("hasResults")]
    assert len(with_results) >= 4
    for study in with_results:
        ctgov.results_findings(study)


def test_ctgov_conformance_nct04280705_outcomes_map():
    (study,) = _studies(REAL / "biomcp_trials_NCT04280705.json")
    findings = ctgov.results_findings(study)
    ae = [f for f in findings if f["endpoint"] == "AE_G3plus"]
    assert [(f["arm"], f["value"], f["ci_low"], f["ci_high"], f["n"]) for f in ae] == [
        ("placebo", 57.0, 52.8, 61.5, 516),
        ("remdesivir", 51.0, 47.0, 55.6, 532),
    ]
    assert ae[0]["field_path"] == (
        "resultsSection.outcomeMeasuresModule.outcomeMeasures[24].classes[0].categories[0].measurements[0]"
    )
    n = {f["arm"]: f["value"] for f in findings if f["endpoint"] == "N"}
    assert n == {"placebo": 521, "remdesivir": 541}
    # "Time to Recovery" is a median with a Cox analysis, but not OS/PFS: no survival finding
    assert not [f for f in findings if f["endpoint"].startswith(("m", "HR_"))]
    summary = ctgov.check_summary(study)
    assert summary["results_posted"] and len(summary["pmids"]) == 5
    assert summary["dates"]["primary_completion"] == {"date": "2020-05-21", "type": "ACTUAL"}


def test_ctgov_conformance_paging_pair():
    first, token = ctgov.parse_studies_page(
        (REAL / "biomcp_search_phelan_limit5_20260811.json").read_bytes()
    )
    second, last = ctgov.parse_studies_page(
        (REAL / "biomcp_search_phelan_next_20260811.json").read_bytes()
    )
    assert len(first) == len(second) == 5 and token and last and token != last
    assert not {ctgov.study_id(s) for s in first} & {ctgov.study_id(s) for s in second}
