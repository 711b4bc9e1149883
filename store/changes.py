"""Recording changes: one table, one vocabulary, each change reported once.

A change is identified by its fingerprint (kind plus what it is about, plus
the new value); recording the same change again is a no-op, which is what
makes reruns and crash-recovery safe.
"""

from __future__ import annotations

from typing import Any

import sqlite_utils

from store.db import dumps, fingerprint, now
from store.vocabulary import CHANGE_KINDS, SEVERITIES

DEFAULT_SEVERITY = {
    "RESULTS_POSTED": "high",
    "RETRACTION": "high",
    "UPDATED_RESULT": "high",
    "CONFLICT": "high",
    "NEW_RESULT": "high",
    "TRIAL_STATUS_CHANGE": "medium",
    "TRIAL_DATE_CHANGE": "medium",
    "CORRECTION": "medium",
    "UPDATE": "medium",
    "NEW_TRIAL": "medium",
    "TRIAL_REFERENCE_ADDED": "medium",
    "NEW_PUBLICATION": "low",
    "TRIAL_ENROLLMENT_CHANGE": "low",
    "TRIAL_DESIGN_CHANGE": "low",
    "CONFIRMED": "info",
}

_JSON_FIELDS = ("before", "after", "detail")


def record_change(
    db: sqlite_utils.Database,
    kind: str,
    identity: tuple[Any, ...],
    **fields: Any,
) -> int | None:
    """Insert a change unless one with the same fingerprint exists.

    `identity` holds what makes this change this change (e.g. nct_id, field
    path and the new value); returns the new row id, or None when the change
    was already recorded.
    """
    if kind not in CHANGE_KINDS:
        raise ValueError(f"unknown change kind {kind!r}; expected one of {sorted(CHANGE_KINDS)}")
    severity = fields.pop("severity", None) or DEFAULT_SEVERITY.get(kind, "low")
    if severity not in SEVERITIES:
        raise ValueError(f"unknown severity {severity!r}")
    fp = fingerprint(kind, *identity)
    if db["changes"].count_where("fingerprint = ?", [fp]):
        return None
    row: dict[str, Any] = {
        "fingerprint": fp,
        "kind": kind,
        "severity": severity,
        "detected_at": now(),
        "reported": 1 if kind == "CONFIRMED" else 0,
    }
    for key, value in fields.items():
        if key in _JSON_FIELDS and value is not None and not isinstance(value, str):
            value = dumps(value)
        row[key] = value
    return db["changes"].insert(row).last_pk
