"""Shared fixtures: real SQLite files in tmp_path, the real CLI, real sockets."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def write_config(tmp_path: Path, extra: str = "") -> Path:
    path = tmp_path / "config.toml"
    path.write_text(f'[store]\npath = "{tmp_path / "watcher.db"}"\n{extra}', encoding="utf-8")
    return path


@pytest.fixture
def config_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for var in ("WATCHER_DB", "WATCHER_CONFIG", "WATCHER_CTGOV_URL", "WATCHER_PUBMED_URL"):
        monkeypatch.delenv(var, raising=False)
    return write_config(tmp_path)


@pytest.fixture
def run_cli(config_path: Path):
    """Invoke the real `watcher` command with a config pointing into tmp_path."""
    from watcher.cli import cli

    def run(*args: str, input: str | None = None):
        return CliRunner().invoke(
            cli, ["--config", str(config_path), *args], input=input, catch_exceptions=False
        )

    return run


@pytest.fixture
def store(run_cli, tmp_path: Path):
    """An initialised store holding the bundled baseline."""
    result = run_cli("init")
    assert result.exit_code == 0, result.output
    from store.db import open_store

    db = open_store(tmp_path / "watcher.db")
    yield db
    db.close()
