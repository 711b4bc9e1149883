"""Fixtures for the ClinicalTrials.gov watcher: a replay server with a CtgovWorld, a store, a config.

Everything runs over real HTTP on 127.0.0.1; nothing is mocked.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from store.db import open_store
from watcher.config import DEFAULTS, Config
from watcher.ctgov import Client, make_client
from watcher.replay.ctgov_routes import CtgovWorld
from watcher.replay.server import ReplayServer

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ctgov"
PREFIX = "/ctgov/api/v2"
REVIEW_TRIALS = {
    "NCT04770896": {
        "acronym": "IMbrave251",
        "planned_enrollment": 554,
        "arms": "Atezolizumab + lenvatinib or sorafenib vs lenvatinib or sorafenib",
        "primary_endpoint": "OS",
    },
    "NCT05201404": {
        "acronym": "LIVERATION",
        "planned_enrollment": 120,
        "arms": "Lenvatinib",
        "primary_endpoint": "PFS rate at 6 months",
    },
    "NCT05134532": {
        "acronym": None,
        "planned_enrollment": 50,
        "arms": "Regorafenib",
        "primary_endpoint": "PFS",
    },
    "NCT04435977": {
        "acronym": None,
        "planned_enrollment": 47,
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


class _Mount:
    """The one server's current world: each test gets a fresh world on a shared server."""

    world: CtgovWorld | None = None

    def handler(self, request):
        return self.world.handler(request)


_MOUNT = _Mount()


@pytest.fixture(scope="session")
def _server() -> Iterator[ReplayServer]:
    # one server for the session: stopping one costs ~0.5 s (serve_forever's poll interval)
    with ReplayServer() as srv:
        srv.mount(PREFIX, _MOUNT.handler)
        yield srv


@pytest.fixture
def world() -> CtgovWorld:
    return CtgovWorld.from_dir(FIXTURES)


@pytest.fixture
def server(_server: ReplayServer, world: CtgovWorld) -> Iterator[ReplayServer]:
    _MOUNT.world = world
    _server.clear_faults()
    _server.reset_log()
    yield _server
    _server.clear_faults()


def build_config(base_url: str, **ct: Any) -> Config:
    data = copy.deepcopy(DEFAULTS)
    data["clinicaltrials"].update(
        {"base_url": base_url, "requests_per_second": 1000.0, "retries": 2, "timeout": 5.0}
    )
    data["clinicaltrials"].update(ct)
    return Config(data=data)


@pytest.fixture
def cfg(server: ReplayServer) -> Config:
    return build_config(server.url + PREFIX)


@pytest.fixture
def client(cfg: Config) -> Client:
    return make_client(cfg, backoff=0)


@pytest.fixture
def db(tmp_path: Path):
    store = open_store(tmp_path / "w.db")
    yield store
    store.close()


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


@pytest.fixture
def review(db) -> Callable[..., None]:
    add_review_trials(db)
    return lambda ids=None: add_review_trials(db, ids)


@pytest.fixture
def studies_factory() -> Callable[..., dict[str, Any]]:
    return make_study
