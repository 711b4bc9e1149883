"""Fixtures for the ClinicalTrials.gov watcher: a replay server with a CtgovWorld, a store, a config.

Everything runs over real HTTP on 127.0.0.1; nothing is mocked.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from ctgov_support import FIXTURES, PREFIX, add_review_trials, build_config, make_study

from store.db import open_store
from watcher.config import Config
from watcher.ctgov import Client, make_client
from watcher.replay.ctgov_routes import CtgovWorld
from watcher.replay.server import ReplayServer


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


@pytest.fixture
def review(db) -> Callable[..., None]:
    add_review_trials(db)
    return lambda ids=None: add_review_trials(db, ids)


@pytest.fixture
def studies_factory() -> Callable[..., dict[str, Any]]:
    return make_study
