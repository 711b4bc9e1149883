from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from watcher.config import DEFAULTS, ConfigError, load_config

REPO = Path(__file__).resolve().parents[1]


def test_config_shipped_file_equals_defaults():
    assert tomllib.loads((REPO / "config.toml").read_text()) == DEFAULTS


def test_config_defaults_without_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("WATCHER_CONFIG", raising=False)
    monkeypatch.delenv("WATCHER_DB", raising=False)
    cfg = load_config()
    assert cfg.path is None
    assert cfg.store_path == tmp_path / "watcher.db"
    assert cfg.baseline_dir.name == "hcc_after_io_2025"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[store\npath = 1", "not valid TOML"),
        ("[stor]\npath = 'x'", "unknown section [stor]"),
        ("[store]\npaht = 'x'", "unknown key store.paht"),
        ("[clinicaltrials]\npage_size = 'ten'", "clinicaltrials.page_size must be an integer"),
        ("[clinicaltrials]\nextra_nct_ids = ['NCT123']", "'NCT123' is not an NCT ID"),
        ("[schedule]\npoll = '61 * * * *'", "schedule.poll = '61 * * * *' is not a valid cron"),
        ("[email]\nrecipients = ['not-an-address']", "'not-an-address' is not an e-mail address"),
        ("[email]\nsecurity = 'tls'", "email.security must be"),
        ("[digest]\nsend_empty = 'yes'", "digest.send_empty must be true/false"),
    ],
)
def test_config_refuses_bad_input_naming_file_and_key(tmp_path, text, message):
    path = tmp_path / "config.toml"
    path.write_text(text)
    with pytest.raises(ConfigError) as e:
        load_config(path, env={})
    assert message in str(e.value)
    assert str(path) in str(e.value)


def test_config_syntax_error_names_line(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text("[store]\npath = 'a'\nbroken = \n")
    with pytest.raises(ConfigError, match="line 3"):
        load_config(path, env={})


def test_config_env_overrides(tmp_path):
    path = tmp_path / "c.toml"
    path.write_text("[store]\npath = 'a.db'\n")
    cfg = load_config(
        path,
        env={
            "WATCHER_DB": "/x/y.db",
            "WATCHER_CTGOV_URL": "http://127.0.0.1:1/ct",
            "WATCHER_PUBMED_URL": "http://127.0.0.1:1/e",
        },
    )
    assert cfg.store_path == Path("/x/y.db")
    assert cfg["clinicaltrials"]["base_url"] == "http://127.0.0.1:1/ct"
    assert cfg["pubmed"]["base_url"] == "http://127.0.0.1:1/e"


def test_config_relative_paths_resolve_against_config_dir(tmp_path):
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "config.toml").write_text("[store]\npath = 'data/w.db'\n[review]\nbaseline = 'mine'\n")
    cfg = load_config(sub / "config.toml", env={})
    assert cfg.store_path == sub / "data" / "w.db"
    assert cfg.baseline_dir == sub / "mine"


def test_config_cli_reports_bad_config_without_traceback(tmp_path):
    from click.testing import CliRunner

    from watcher.cli import cli

    path = tmp_path / "config.toml"
    path.write_text("[store]\nbogus = 1\n")
    result = CliRunner().invoke(cli, ["--config", str(path), "init"])
    assert result.exit_code == 1
    assert "unknown key store.bogus" in result.output
    assert "Traceback" not in result.output
