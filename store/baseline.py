"""Loading a review's baseline (findings, trials, references) into the store.

The baseline is data, not code: three CSV files in one folder (see the
folder's README). Loading is an upsert keyed on each row's stable key, in one
transaction, so a rerun changes nothing and an edited row updates in place.
A bad row is refused with its file, line and column.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlite_utils

from store.db import fingerprint, now
from store.vocabulary import ATTRIBUTES, CHARACTERISTICS, ENDPOINTS, KINDS, SETTINGS

NCT_RE = re.compile(r"^NCT\d{8}$")

FINDING_COLUMNS = [
    "key",
    "kind",
    "location",
    "column_label",
    "row_label",
    "study",
    "trial_acronym",
    "nct_id",
    "regimen",
    "arm",
    "setting",
    "endpoint",
    "value",
    "value_text",
    "unit",
    "ci_low",
    "ci_high",
    "n",
    "timepoint",
    "subgroup",
    "reference",
    "note",
]
TRIAL_COLUMNS = [
    "nct_id",
    "acronym",
    "title",
    "phase",
    "design",
    "planned_enrollment",
    "arms",
    "primary_endpoint",
    "population",
    "setting",
    "in_table",
    "location",
    "reference",
    "note",
]
REFERENCE_COLUMNS = ["number", "authors", "title", "journal", "year", "volume_pages", "doi"]


class BaselineError(Exception):
    """A baseline file or row that cannot be loaded; the message names file, line and column."""


@dataclass
class LoadStats:
    inserted: dict[str, int] = field(
        default_factory=lambda: {"findings": 0, "trials": 0, "references": 0}
    )
    updated: dict[str, int] = field(
        default_factory=lambda: {"findings": 0, "trials": 0, "references": 0}
    )
    removed: dict[str, int] = field(
        default_factory=lambda: {"findings": 0, "trials": 0, "references": 0}
    )
    unchanged: dict[str, int] = field(
        default_factory=lambda: {"findings": 0, "trials": 0, "references": 0}
    )

    def as_dict(self) -> dict[str, dict[str, int]]:
        return {
            "inserted": self.inserted,
            "updated": self.updated,
            "removed": self.removed,
            "unchanged": self.unchanged,
        }


def read_csv(path: Path, columns: list[str]) -> list[tuple[int, dict[str, str]]]:
    """Rows with their line numbers; refuses a file whose header lacks a column."""
    if not path.exists():
        raise BaselineError(
            f"{path}: missing; a baseline folder needs findings.csv, trials.csv and references.csv"
        )
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        missing = [c for c in columns if c not in (reader.fieldnames or [])]
        if missing:
            raise BaselineError(f"{path}: header lacks column(s) {', '.join(missing)}")
        rows = []
        for row in reader:
            rows.append((reader.line_num, {k: (v or "").strip() for k, v in row.items() if k}))
        return rows


def _num(path: Path, line: int, column: str, text: str, kind: type = float) -> Any:
    if text == "":
        return None
    try:
        return kind(text)
    except ValueError:
        raise BaselineError(
            f"{path}, line {line}: column {column!r} must be {'an integer' if kind is int else 'a number'}, got {text!r}"
        ) from None


def parse_finding(path: Path, line: int, row: dict[str, str]) -> dict[str, Any]:
    def bad(column: str, why: str) -> BaselineError:
        return BaselineError(
            f"{path}, line {line} (key {row.get('key') or '?'}): column {column!r} {why}"
        )

    if not row["key"]:
        raise bad("key", "is empty; every row needs a stable key")
    kind = row["kind"]
    if kind not in KINDS:
        raise bad("kind", f"must be one of {', '.join(KINDS)}, got {kind!r}")
    allowed = {"result": ENDPOINTS, "characteristic": CHARACTERISTICS, "attribute": ATTRIBUTES}[
        kind
    ]
    if row["endpoint"] not in allowed:
        raise bad("endpoint", f"{row['endpoint']!r} is not a {kind} code; see docs/vocabulary.md")
    if row["setting"] and row["setting"] not in SETTINGS:
        raise bad("setting", f"must be one of {', '.join(SETTINGS)}, got {row['setting']!r}")
    if row["nct_id"] and not NCT_RE.match(row["nct_id"].upper()):
        raise bad("nct_id", f"{row['nct_id']!r} is not an NCT ID (NCT + 8 digits)")
    return {
        "baseline_key": row["key"],
        "kind": kind,
        "source": "baseline",
        "location": row["location"],
        "column_label": row["column_label"] or None,
        "row_label": row["row_label"] or None,
        "study": row["study"],
        "trial_acronym": row["trial_acronym"] or None,
        "nct_id": row["nct_id"].upper() or None,
        "regimen": row["regimen"] or None,
        "arm": row["arm"] or None,
        "setting": row["setting"] or None,
        "endpoint": row["endpoint"],
        "value": _num(path, line, "value", row["value"]),
        "value_text": row["value_text"],
        "unit": row["unit"] or None,
        "ci_low": _num(path, line, "ci_low", row["ci_low"]),
        "ci_high": _num(path, line, "ci_high", row["ci_high"]),
        "n": _num(path, line, "n", row["n"], int),
        "timepoint": row["timepoint"] or None,
        "subgroup": row["subgroup"] or None,
        "reference": _num(path, line, "reference", row["reference"], int),
        "note": row["note"] or None,
        "quote": _location_quote(row),
    }


def _location_quote(row: dict[str, str]) -> str:
    where = row["location"]
    if row["row_label"] or row["column_label"]:
        where += f", {row['row_label']} / {row['column_label']}"
    return f"{where}: {row['value_text']}"


def parse_trial(path: Path, line: int, row: dict[str, str]) -> dict[str, Any]:
    nct = row["nct_id"].upper()
    if not NCT_RE.match(nct):
        raise BaselineError(
            f"{path}, line {line}: column 'nct_id' {row['nct_id']!r} is not an NCT ID (NCT + 8 digits)"
        )
    return {
        "nct_id": nct,
        "acronym": row["acronym"] or None,
        "title": row["title"] or None,
        "phase": row["phase"] or None,
        "design": row["design"] or None,
        "planned_enrollment": _num(
            path, line, "planned_enrollment", row["planned_enrollment"], int
        ),
        "arms": row["arms"] or None,
        "primary_endpoint": row["primary_endpoint"] or None,
        "population": row["population"] or None,
        "setting": row["setting"] or None,
        "in_table": row["in_table"] or None,
        "location": row["location"] or None,
        "reference": _num(path, line, "reference", row["reference"], int),
        "note": row["note"] or None,
        "watched": 1,
        "source": "baseline",
    }


def parse_reference(path: Path, line: int, row: dict[str, str]) -> dict[str, Any]:
    number = _num(path, line, "number", row["number"], int)
    if number is None:
        raise BaselineError(f"{path}, line {line}: column 'number' is empty")
    return {
        "number": number,
        "authors": row["authors"],
        "title": row["title"],
        "journal": row["journal"],
        "year": _num(path, line, "year", row["year"], int),
        "volume_pages": row["volume_pages"] or None,
        "doi": row["doi"].lower() or None,
    }


def read_baseline(folder: Path) -> tuple[list[dict], list[dict], list[dict]]:
    """Parse and validate all three files before anything touches the store."""
    folder = Path(folder)
    if not folder.is_dir():
        raise BaselineError(
            f"baseline folder {folder} does not exist: check [review].baseline in config.toml"
        )
    findings, keys = [], {}
    for line, row in read_csv(folder / "findings.csv", FINDING_COLUMNS):
        f = parse_finding(folder / "findings.csv", line, row)
        if f["baseline_key"] in keys:
            raise BaselineError(
                f"{folder / 'findings.csv'}, line {line}: key {f['baseline_key']!r} repeats line {keys[f['baseline_key']]}"
            )
        keys[f["baseline_key"]] = line
        findings.append(f)
    trials = [
        parse_trial(folder / "trials.csv", ln, r)
        for ln, r in read_csv(folder / "trials.csv", TRIAL_COLUMNS)
    ]
    refs = [
        parse_reference(folder / "references.csv", ln, r)
        for ln, r in read_csv(folder / "references.csv", REFERENCE_COLUMNS)
    ]
    return findings, trials, refs


def _same(existing: dict[str, Any], new: dict[str, Any]) -> bool:
    return all(existing.get(k) == v for k, v in new.items())


def load_baseline(db: sqlite_utils.Database, folder: Path) -> LoadStats:
    """Upsert the baseline into the store in one transaction; report what changed."""
    findings, trials, refs = read_baseline(folder)
    stats = LoadStats()
    with db.atomic():
        for ref in refs:
            _upsert(db, "references", "number", ref, stats, "references")
        for trial in trials:
            _upsert_trial(db, trial, stats)
        _load_findings(db, findings, stats)
    return stats


def _upsert(db, table: str, pk: str, row: dict, stats: LoadStats, label: str) -> None:
    existing = list(db.query(f"select * from [{table}] where [{pk}] = ?", [row[pk]]))
    if not existing:
        db[table].insert(row)
        stats.inserted[label] += 1
    elif _same(existing[0], row):
        stats.unchanged[label] += 1
    else:
        db[table].update(row[pk], row)
        stats.updated[label] += 1


def _upsert_trial(db, trial: dict, stats: LoadStats) -> None:
    existing = list(db.query("select * from trials where nct_id = ?", [trial["nct_id"]]))
    if not existing:
        db["trials"].insert({**trial, "updated_at": now()})
        stats.inserted["trials"] += 1
        return
    # Registry-derived columns (status, dates) belong to the ClinicalTrials.gov watcher.
    review_fields = {k: v for k, v in trial.items() if k != "source"}
    if _same(existing[0], review_fields):
        stats.unchanged["trials"] += 1
    else:
        db["trials"].update(trial["nct_id"], {**review_fields, "updated_at": now()})
        stats.updated["trials"] += 1


def _load_findings(db, findings: list[dict], stats: LoadStats) -> None:
    current = {
        r["baseline_key"]: r for r in db.query("select * from findings where source = 'baseline'")
    }
    for f in findings:
        row = {**f, "fingerprint": fingerprint("baseline", f["baseline_key"])}
        old = current.pop(f["baseline_key"], None)
        if old is None:
            db["findings"].insert({**row, "created_at": now()})
            stats.inserted["findings"] += 1
        elif _same(old, row):
            stats.unchanged["findings"] += 1
        else:
            db["findings"].update(old["id"], row)
            stats.updated["findings"] += 1
    for _key, old in current.items():
        # A row removed from the file leaves the baseline; changes that cite it keep their copy.
        db["findings"].delete(old["id"])
        stats.removed["findings"] += 1
