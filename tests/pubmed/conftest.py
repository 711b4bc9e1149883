"""Fixtures for the PubMed and feeds watchers: a replay server, a small PubMed, a store.

Everything runs over real HTTP on 127.0.0.1 against `EutilsWorld` and
`FeedsWorld`; payloads are built by `add_article` from project-written facts.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from store.db import open_store
from store.records import start_run
from watcher.config import DEFAULTS, Config
from watcher.pubmed import Eutils, make_client
from watcher.replay.eutils_routes import EutilsWorld, FeedsWorld
from watcher.replay.server import ReplayServer

QUERIES = [
    '("hepatocellular carcinoma"[tiab] OR HCC[tiab]) AND ("second-line"[tiab] OR "after atezolizumab"[tiab])',
    '"hepatocellular carcinoma"[tiab] AND cabozantinib[tiab]',
]
TODAY = date(2025, 6, 2)


class _Current:
    """The worlds of the running test: one server per session, fresh worlds per test."""

    eutils = EutilsWorld()
    feeds = FeedsWorld()


@pytest.fixture(scope="session")
def _server() -> Iterator[ReplayServer]:
    with ReplayServer() as srv:
        srv.mount("/eutils", lambda r: _Current.eutils.handler(r))
        srv.mount("/feeds", lambda r: _Current.feeds.handler(r))
        yield srv


@pytest.fixture
def server(_server: ReplayServer) -> ReplayServer:
    _server.clear_faults()
    _server.reset_log()
    return _server


@pytest.fixture
def world(server: ReplayServer) -> EutilsWorld:
    _Current.eutils = EutilsWorld()
    return _Current.eutils


@pytest.fixture
def feeds_world(server: ReplayServer) -> FeedsWorld:
    _Current.feeds = FeedsWorld()
    return _Current.feeds


def make_config(server: ReplayServer, **pubmed: Any) -> Config:
    data = copy.deepcopy(DEFAULTS)
    data["pubmed"].update(base_url=f"{server.url}/eutils", retries=2, queries=list(QUERIES))
    data["pubmed"].update(pubmed)
    data["feeds"]["timeout"] = 5.0
    return Config(data=data)


@pytest.fixture
def cfg(server: ReplayServer) -> Config:
    return make_config(server)


@pytest.fixture
def client(cfg: Config) -> Eutils:
    """No backoff, no pace: the replay server is local (Retry-After is still honoured)."""
    return make_client(cfg, env={}, backoff=0, per_second=1000)


@pytest.fixture
def db(tmp_path: Path):
    store = open_store(tmp_path / "w.db")
    yield store
    store.close()


def seed_trials(db, trials: dict[str, str | None], *, watched: int = 1) -> None:
    for nct, acronym in trials.items():
        db["trials"].insert(
            {"nct_id": nct, "acronym": acronym, "watched": watched}, pk="nct_id", replace=True
        )


def seed_references(db, refs: dict[int, str]) -> None:
    for number, doi in refs.items():
        db["references"].insert(
            {"number": number, "doi": doi, "title": f"Reference {number}"},
            pk="number",
            replace=True,
        )


def run_poll(db, cfg, client, today: date = TODAY, module: str = "pubmed") -> dict[str, Any]:
    run_id = start_run(db, "poll")
    if module == "pubmed":
        from watcher.poll_pubmed import poll

        return poll(db, cfg, run_id, client=client, today=today)
    from watcher.poll_feeds import poll

    return poll(db, cfg, run_id, backoff=0)


def changes(db, kind: str | None = None) -> list[dict[str, Any]]:
    if kind:
        return list(db.query("select * from changes where kind = ? order by id", [kind]))
    return list(db.query("select * from changes order by id"))
