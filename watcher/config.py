"""Configuration: a TOML file whose every key has a default.

`DEFAULTS` is the single description of the settings: the loader refuses
unknown keys and wrong types by name, so a typo never silently falls back to
a default. Secrets are never read from the file: only the *names* of the
environment variables that hold them.
"""

from __future__ import annotations

import copy
import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

PACKAGE_DIR = Path(__file__).resolve().parent
REPO_DIR = PACKAGE_DIR.parent
BUNDLED_BASELINE = REPO_DIR / "store" / "baseline" / "hcc_after_io_2025"

DEFAULT_PUBMED_QUERIES = [
    '("hepatocellular carcinoma"[tiab] OR HCC[tiab]) AND ("second-line"[tiab] OR "second line"[tiab] OR "subsequent therapy"[tiab] OR "later-line"[tiab]) AND (immunotherapy[tiab] OR "immune checkpoint"[tiab] OR atezolizumab[tiab] OR nivolumab[tiab] OR durvalumab[tiab] OR pembrolizumab[tiab])',
    '("hepatocellular carcinoma"[tiab] OR HCC[tiab]) AND ("after atezolizumab"[tiab] OR "post-atezolizumab"[tiab] OR "progression on atezolizumab"[tiab] OR "atezolizumab plus bevacizumab failure"[tiab] OR "refractory to atezolizumab"[tiab])',
    '("hepatocellular carcinoma"[tiab]) AND ("post-immunotherapy"[tiab] OR "after immunotherapy"[tiab] OR "prior immune checkpoint inhibitor"[tiab] OR "progressed on immunotherapy"[tiab] OR "ICI-pretreated"[tiab] OR "after immune checkpoint"[tiab])',
    '("hepatocellular carcinoma"[tiab]) AND (regorafenib[tiab] OR cabozantinib[tiab] OR ramucirumab[tiab] OR lenvatinib[tiab] OR sorafenib[tiab]) AND (immunotherapy[tiab] OR "checkpoint inhibitor"[tiab] OR "atezolizumab"[tiab])',
    '("hepatocellular carcinoma"[tiab]) AND (ipilimumab[tiab] OR tremelimumab[tiab] OR cadonilimab[tiab] OR ivonescimab[tiab] OR namodenoson[tiab]) AND (salvage[tiab] OR "second-line"[tiab] OR refractory[tiab] OR "after progression"[tiab])',
]

DEFAULTS: dict[str, dict[str, Any]] = {
    "store": {"path": "watcher.db"},
    "review": {
        "baseline": "",
        "title": "Treatment for hepatocellular carcinoma after immunotherapy",
        "published": "2025-02-08",
    },
    "watch": {"since": "2025-02-08", "overlap_days": 3},
    "clinicaltrials": {
        "base_url": "https://clinicaltrials.gov/api/v2",
        "extra_nct_ids": [],
        "page_size": 100,
        "requests_per_second": 1.0,
        "timeout": 30.0,
        "retries": 5,
        "related_condition": "hepatocellular carcinoma",
        "related_intervention": "",
        "related_term": (
            'immunotherapy OR atezolizumab OR "immune checkpoint inhibitor" OR '
            '"second-line" OR "previously treated"'
        ),
    },
    "pubmed": {
        "base_url": "https://eutils.ncbi.nlm.nih.gov/entrez/eutils",
        "tool": "hcc-evidence-watcher",
        "email": "",
        "batch_size": 200,
        "timeout": 30.0,
        "retries": 5,
        "queries": DEFAULT_PUBMED_QUERIES,
    },
    "feeds": {"urls": [], "timeout": 30.0},
    "schedule": {
        "timezone": "UTC",
        "poll": "0 6 * * *",
        "digest": "0 7 * * mon",
        "misfire_grace_time": 21600,
    },
    "digest": {"send_empty": True, "format": "text"},
    "email": {
        "smtp_host": "localhost",
        "smtp_port": 587,
        "security": "starttls",
        "username": "",
        "password_env": "WATCHER_SMTP_PASSWORD",
        "sender": "",
        "recipients": [],
        "subject_prefix": "[HCC evidence watcher]",
        "timeout": 30.0,
    },
    "ui": {"host": "127.0.0.1", "port": 8001},
}

ENV_OVERRIDES = {
    "WATCHER_DB": ("store", "path"),
    "WATCHER_CTGOV_URL": ("clinicaltrials", "base_url"),
    "WATCHER_PUBMED_URL": ("pubmed", "base_url"),
}

_EMAIL = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")


class ConfigError(Exception):
    """A configuration that cannot be used; the message names the file and key."""


@dataclass
class Config:
    data: dict[str, dict[str, Any]]
    path: Path | None = None
    base_dir: Path = field(default_factory=Path.cwd)

    def __getitem__(self, section: str) -> dict[str, Any]:
        return self.data[section]

    @property
    def store_path(self) -> Path:
        p = Path(self.data["store"]["path"]).expanduser()
        return p if p.is_absolute() else self.base_dir / p

    @property
    def baseline_dir(self) -> Path:
        value = self.data["review"]["baseline"]
        if not value:
            return BUNDLED_BASELINE
        p = Path(value).expanduser()
        return p if p.is_absolute() else self.base_dir / p


def find_config_path(explicit: str | Path | None = None) -> Path | None:
    """--config, then WATCHER_CONFIG, then ./config.toml; None means defaults."""
    if explicit:
        return Path(explicit)
    env = os.environ.get("WATCHER_CONFIG")
    if env:
        return Path(env)
    local = Path.cwd() / "config.toml"
    return local if local.exists() else None


def load_config(path: str | Path | None = None, *, env: dict[str, str] | None = None) -> Config:
    env = os.environ if env is None else env
    cfg_path = find_config_path(path)
    data = copy.deepcopy(DEFAULTS)
    base_dir = Path.cwd()
    if cfg_path is not None:
        if not cfg_path.exists():
            raise ConfigError(
                f"config file {cfg_path} does not exist (from --config or WATCHER_CONFIG)"
            )
        try:
            loaded = tomllib.loads(cfg_path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as e:
            raise ConfigError(f"{cfg_path}: not valid TOML: {e}") from e
        except (OSError, UnicodeDecodeError) as e:
            raise ConfigError(f"{cfg_path}: cannot read: {e}") from e
        _merge(data, loaded, cfg_path)
        base_dir = cfg_path.resolve().parent
    for var, (section, key) in ENV_OVERRIDES.items():
        if env.get(var):
            data[section][key] = env[var]
    _validate(data, cfg_path)
    return Config(data=data, path=cfg_path, base_dir=base_dir)


def _merge(data: dict[str, dict[str, Any]], loaded: dict[str, Any], path: Path) -> None:
    for section, values in loaded.items():
        if section not in DEFAULTS:
            raise ConfigError(
                f"{path}: unknown section [{section}]; known sections: {', '.join(DEFAULTS)}"
            )
        if not isinstance(values, dict):
            raise ConfigError(f"{path}: [{section}] must be a table")
        for key, value in values.items():
            if key not in DEFAULTS[section]:
                raise ConfigError(
                    f"{path}: unknown key {section}.{key}; known keys in [{section}]: "
                    f"{', '.join(DEFAULTS[section])}"
                )
            _check_type(section, key, value, path)
            data[section][key] = value


def _type_name(value: Any) -> str:
    return {
        bool: "true/false",
        int: "an integer",
        float: "a number",
        str: "a string",
        list: "a list",
    }[type(value)]


def _check_type(section: str, key: str, value: Any, path: Path | None) -> None:
    default = DEFAULTS[section][key]
    where = f"{path}: " if path else ""
    ok = isinstance(value, type(default))
    if isinstance(default, float) and isinstance(value, int) and not isinstance(value, bool):
        ok = True
    if isinstance(default, int) and not isinstance(default, bool) and isinstance(value, bool):
        ok = False
    if not ok:
        raise ConfigError(f"{where}{section}.{key} must be {_type_name(default)}, got {value!r}")
    if isinstance(default, list) and not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}{section}.{key} must be a list of strings, got {value!r}")


def _validate(data: dict[str, dict[str, Any]], path: Path | None) -> None:
    where = f"{path}: " if path else ""
    for key in ("poll", "digest"):
        expr = data["schedule"][key]
        try:
            cron_trigger(expr, data["schedule"]["timezone"])
        except ValueError as e:
            raise ConfigError(
                f"{where}schedule.{key} = {expr!r} is not a valid cron expression: {e}"
            ) from e
    email = data["email"]
    if email["security"] not in ("starttls", "ssl", "none"):
        raise ConfigError(
            f"{where}email.security must be 'starttls', 'ssl' or 'none', got {email['security']!r}"
        )
    for addr in ([email["sender"]] if email["sender"] else []) + list(email["recipients"]):
        if not _EMAIL.match(addr):
            raise ConfigError(f"{where}email: {addr!r} is not an e-mail address")
    if data["digest"]["format"] not in ("text", "markdown", "html", "json"):
        raise ConfigError(f"{where}digest.format must be text, markdown, html or json")
    if not 1 <= int(data["clinicaltrials"]["page_size"]) <= 1000:
        raise ConfigError(f"{where}clinicaltrials.page_size must be between 1 and 1000")
    for nct in data["clinicaltrials"]["extra_nct_ids"]:
        if not re.fullmatch(r"(?i)NCT\d{8}", nct):
            raise ConfigError(
                f"{where}clinicaltrials.extra_nct_ids: {nct!r} is not an NCT ID (NCT + 8 digits)"
            )


def cron_trigger(expr: str, timezone: str):
    """Parse a five-field crontab expression (validated here, used by the scheduler)."""
    from apscheduler.triggers.cron import CronTrigger

    try:
        return CronTrigger.from_crontab(expr, timezone=timezone)
    except Exception as e:  # apscheduler raises ValueError or zoneinfo errors
        raise ValueError(str(e)) from e
