"""Raw records, runs and watermarks: the bookkeeping every source shares."""

from __future__ import annotations

from typing import Any

import sqlite_utils

from store.db import dumps, now, sha256_text

FINDING_IDENTITY = (
    "source",
    "pub_id",
    "nct_id",
    "endpoint",
    "arm",
    "timepoint",
    "subgroup",
    "criterion",
    "field_path",
    "span_start",
    "baseline_key",
    # A revised value at the same place (a registry correcting posted
    # results) is a new finding, so the diff can report it as an update.
    "value",
    "value_text",
)


def save_raw(
    db: sqlite_utils.Database,
    source: str,
    key: str,
    body: str | bytes,
    *,
    url: str = "",
    content_type: str = "",
    run_id: int | None = None,
) -> int:
    """Keep a payload verbatim (decoded as UTF-8); identical payloads are stored once."""
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    digest = sha256_text(text)
    existing = list(
        db.query(
            "select id from raw_records where source = ? and key = ? and sha256 = ?",
            [source, key, digest],
        )
    )
    if existing:
        return existing[0]["id"]
    return (
        db["raw_records"]
        .insert(
            {
                "source": source,
                "key": key,
                "url": url,
                "content_type": content_type,
                "sha256": digest,
                "body": text,
                "fetched_at": now(),
                "run_id": run_id,
            }
        )
        .last_pk
    )


def finding_fingerprint(row: dict[str, Any]) -> str:
    from store.db import fingerprint

    return fingerprint(*(row.get(k) for k in FINDING_IDENTITY))


def insert_findings(db: sqlite_utils.Database, rows: list[dict[str, Any]]) -> list[int]:
    """Insert findings not already stored (same identity); return the new ids."""
    new_ids: list[int] = []
    for row in rows:
        row = dict(row)
        row["fingerprint"] = finding_fingerprint(row)
        row.setdefault("kind", "result")
        row.setdefault("created_at", now())
        if db["findings"].count_where("fingerprint = ?", [row["fingerprint"]]):
            continue
        new_ids.append(db["findings"].insert(row, alter=False).last_pk)
    return new_ids


def get_watermark(db: sqlite_utils.Database, source: str) -> str | None:
    rows = list(db.query("select value from watermarks where source = ?", [source]))
    return rows[0]["value"] if rows else None


def set_watermark(db: sqlite_utils.Database, source: str, value: str) -> None:
    db["watermarks"].upsert({"source": source, "value": value, "updated_at": now()}, pk="source")


def start_run(db: sqlite_utils.Database, kind: str, trigger: str = "manual") -> int:
    import os

    return (
        db["runs"]
        .insert(
            {
                "kind": kind,
                "started": now(),
                "status": "running",
                "trigger": trigger,
                "pid": os.getpid(),
                "sources": "{}",
                "errors": "[]",
                "requests": 0,
            }
        )
        .last_pk
    )


def finish_run(
    db: sqlite_utils.Database,
    run_id: int,
    status: str,
    sources: dict[str, Any],
    errors: list[dict[str, Any]],
) -> None:
    requests = sum(int(s.get("requests", 0)) for s in sources.values() if isinstance(s, dict))
    db["runs"].update(
        run_id,
        {
            "ended": now(),
            "status": status,
            "sources": dumps(sources),
            "errors": dumps(errors),
            "requests": requests,
        },
    )
