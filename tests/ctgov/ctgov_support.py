"""Helpers for the ClinicalTrials.gov tests: fixture records, a study factory, configs, review rows.

A uniquely named module (not `conftest`) so `from ctgov_support import ...`
never picks up another folder's conftest.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from watcher.config import DEFAULTS, Config

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ctgov"
PREFIX = "/ctgov/api/v2"
REVIEW_TRIALS = {  # as store/baseline/hcc_after_io_2025/trials.csv has them (Table 4)
    "NCT04770896": {
        "acronym": "IMbrave251",
        "phase": "Phase III",
        "design": "RCT",
        "planned_enrollment": 554,
        "arms": "A. Atezolizumab + Lenvatinib or Sorafenib B. Lenvatinib or Sorafenib",
        "primary_endpoint": "OS",
    },
    "NCT05201404": {
        "acronym": "LIVERATION",
        "phase": "Phase III",
        "design": "RCT",
        "planned_enrollment": 471,
        "arms": "A. Namodenoson B. Placebo",
        "primary_endpoint": "OS",
    },
    "NCT05134532": {
        "phase": "Phase II",
        "design": "single-arm",
        "planned_enrollment": 40,
        "arms": "Regorafenib",
        "primary_endpoint": "PFS",
    },
    "NCT04435977": {
        "phase": "Phase II",
        "design": "single-arm",
        "planned_enrollment": 46,
        "arms": "Cabozantinib",
        "primary_endpoint": "PFS",
    },
}


def load_fixture(nct: str) -> dict[str, Any]:
    return json.loads((FIXTURES / f"{nct}.json").read_text(encoding="utf-8"))


def make_study(
    nct: str,
    *,
    title: str = "Synthetic study for tests",
    conditions: tuple[str, ...] = ("Hepatocellular Carcinoma",),
    interventions: tuple[str, ...] = ("Drug Z",),
    status: str = "RECRUITING",
    first_posted: str = "2024-01-10",
    acronym: str | None = None,
    keywords: tuple[str, ...] = (),
) -> dict[str, Any]:
    """A small but valid v2 study record (bulk tests, related-search tests)."""
    ident: dict[str, Any] = {"nctId": nct, "briefTitle": title}
    if acronym:
        ident["acronym"] = acronym
    return {
        "protocolSection": {
            "identificationModule": ident,
            "statusModule": {
                "statusVerifiedDate": "2025-01",
                "overallStatus": status,
                "startDateStruct": {"date": "2024-02", "type": "ACTUAL"},
                "primaryCompletionDateStruct": {"date": "2026-12", "type": "ESTIMATED"},
                "completionDateStruct": {"date": "2027-12", "type": "ESTIMATED"},
                "studyFirstPostDateStruct": {"date": first_posted, "type": "ACTUAL"},
                "lastUpdatePostDateStruct": {"date": first_posted, "type": "ACTUAL"},
            },
            "conditionsModule": {"conditions": list(conditions), "keywords": list(keywords)},
            "designModule": {
                "studyType": "INTERVENTIONAL",
                "phases": ["PHASE2"],
                "enrollmentInfo": {"count": 40, "type": "ESTIMATED"},
            },
            "armsInterventionsModule": {
                "armGroups": [
                    {
                        "label": "Treatment",
                        "type": "EXPERIMENTAL",
                        "interventionNames": [f"Drug: {i}" for i in interventions],
                    }
                ],
                "interventions": [{"type": "DRUG", "name": i} for i in interventions],
            },
            "outcomesModule": {
                "primaryOutcomes": [
                    {"measure": "Objective Response Rate", "timeFrame": "Up to 2 years"}
                ]
            },
        },
        "derivedSection": {"miscInfoModule": {"versionHolder": "2025-03-01"}},
        "hasResults": False,
    }


def build_config(base_url: str, **ct: Any) -> Config:
    data = copy.deepcopy(DEFAULTS)
    data["clinicaltrials"].update(
        {"base_url": base_url, "requests_per_second": 1000.0, "retries": 2, "timeout": 5.0}
    )
    data["clinicaltrials"].update(ct)
    return Config(data=data)


def add_review_trials(db, ids: list[str] | None = None) -> None:
    """Trials rows as the baseline loader writes them (Table 4, watched=1)."""
    for nct in ids or list(REVIEW_TRIALS):
        row = dict(
            REVIEW_TRIALS.get(nct, {}),
            nct_id=nct,
            in_table="Table 4",
            location="Table 4",
            watched=1,
            source="baseline",
        )
        db["trials"].upsert(row, pk="nct_id", alter=False)
