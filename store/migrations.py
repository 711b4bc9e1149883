"""The store's schema, as named migrations applied in order.

Each migration runs once, inside a transaction, and is recorded in
`_migrations`; `SCHEMA_VERSION` is the number of migrations. Add a new
function to MIGRATIONS to change the schema: never edit an applied one.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import sqlite_utils

Migration = Callable[[sqlite_utils.Database], None]


def _m001_initial(db: sqlite_utils.Database) -> None:
    db["trials"].create(
        {
            "nct_id": str,
            "acronym": str,
            "title": str,
            "phase": str,
            "design": str,
            "planned_enrollment": int,
            "actual_enrollment": int,
            "enrollment_type": str,
            "arms": str,
            "primary_endpoint": str,
            "population": str,
            "setting": str,
            "status": str,
            "why_stopped": str,
            "start_date": str,
            "primary_completion_date": str,
            "primary_completion_type": str,
            "completion_date": str,
            "completion_type": str,
            "results_first_posted": str,
            "last_update_posted": str,
            "in_table": str,
            "location": str,
            "reference": int,
            "note": str,
            "watched": int,
            "source": str,
            "updated_at": str,
        },
        pk="nct_id",
    )
    db["references"].create(
        {
            "number": int,
            "authors": str,
            "title": str,
            "journal": str,
            "year": int,
            "volume_pages": str,
            "doi": str,
            "pmid": str,
        },
        pk="number",
    )
    db["raw_records"].create(
        {
            "id": int,
            "source": str,
            "key": str,
            "url": str,
            "content_type": str,
            "sha256": str,
            "body": str,
            "fetched_at": str,
            "run_id": int,
        },
        pk="id",
    )
    db["publications"].create(
        {
            "pub_id": str,
            "pmid": str,
            "doi": str,
            "pmcid": str,
            "title": str,
            "abstract": str,
            "sections": str,
            "journal": str,
            "pub_date": str,
            "entrez_date": str,
            "publication_types": str,
            "mesh_terms": str,
            "nct_ids": str,
            "comments_corrections": str,
            "source": str,
            "matched_by": str,
            "raw_id": int,
            "first_seen": str,
            "extracted_at": str,
            "run_id": int,
        },
        pk="pub_id",
    )
    db["publication_links"].create(
        {
            "pub_id": str,
            "target_type": str,
            "target": str,
            "how": str,
        },
        pk=("pub_id", "target_type", "target"),
    )
    db["trial_snapshots"].create(
        {
            "id": int,
            "nct_id": str,
            "content_hash": str,
            "version_holder": str,
            "last_update_posted": str,
            "record": str,
            "fetched_at": str,
            "run_id": int,
        },
        pk="id",
    )
    db["findings"].create(
        {
            "id": int,
            "fingerprint": str,
            "kind": str,
            "source": str,
            "baseline_key": str,
            "study": str,
            "trial_acronym": str,
            "nct_id": str,
            "pmid": str,
            "pub_id": str,
            "regimen": str,
            "arm": str,
            "setting": str,
            "endpoint": str,
            "value": float,
            "value_text": str,
            "unit": str,
            "ci_low": float,
            "ci_high": float,
            "p_value": str,
            "n": int,
            "timepoint": str,
            "subgroup": str,
            "criterion": str,
            "reference": int,
            "location": str,
            "column_label": str,
            "row_label": str,
            "quote": str,
            "span_start": int,
            "span_end": int,
            "pattern_id": str,
            "field_path": str,
            "note": str,
            "run_id": int,
            "created_at": str,
        },
        pk="id",
    )
    db["changes"].create(
        {
            "id": int,
            "fingerprint": str,
            "kind": str,
            "severity": str,
            "source": str,
            "nct_id": str,
            "pmid": str,
            "pub_id": str,
            "field": str,
            "before": str,
            "after": str,
            "endpoint": str,
            "arm": str,
            "value": float,
            "unit": str,
            "ci_low": float,
            "ci_high": float,
            "finding_id": int,
            "baseline_finding_id": int,
            "baseline_location": str,
            "summary": str,
            "quote": str,
            "detail": str,
            "snapshot_before": int,
            "snapshot_after": int,
            "run_id": int,
            "detected_at": str,
            "reported": int,
            "reported_at": str,
            "digest_id": int,
        },
        pk="id",
        defaults={"reported": 0},
    )
    db["runs"].create(
        {
            "id": int,
            "kind": str,
            "started": str,
            "ended": str,
            "status": str,
            "trigger": str,
            "sources": str,
            "requests": int,
            "errors": str,
            "pid": int,
        },
        pk="id",
    )
    db["watermarks"].create({"source": str, "value": str, "updated_at": str}, pk="source")
    db["digests"].create(
        {
            "id": int,
            "created": str,
            "status": str,
            "format": str,
            "recipients": str,
            "subject": str,
            "change_ids": str,
            "sent_at": str,
            "error": str,
        },
        pk="id",
    )
    db["findings"].create_index(["fingerprint"], unique=True)
    db["findings"].create_index(["nct_id"])
    db["findings"].create_index(["pub_id"])
    db["findings"].create_index(["endpoint", "source"])
    db["findings"].create_index(["baseline_key"])
    db["changes"].create_index(["fingerprint"], unique=True)
    db["changes"].create_index(["reported"])
    db["changes"].create_index(["nct_id"])
    db["changes"].create_index(["kind"])
    db["trial_snapshots"].create_index(["nct_id", "id"])
    db["publications"].create_index(["pmid"])
    db["publications"].create_index(["doi"])
    db["publication_links"].create_index(["target_type", "target"])
    db["raw_records"].create_index(["source", "key"])
    db["references"].create_index(["doi"])


def _m002_digests_message_id(db: sqlite_utils.Database) -> None:
    """The Message-ID of a digest e-mail, recorded before sending, so a digest
    interrupted between the server's acceptance and the bookkeeping can be
    looked up in a mailbox instead of being sent twice (reports/email.py)."""
    db["digests"].add_column("message_id", str)


def _m003_publications_url(db: sqlite_utils.Database) -> None:
    """A feed entry's link: the only address a paper without PMID or DOI has."""
    db["publications"].add_column("url", str)


def _m004_change_lookup_indexes(db: sqlite_utils.Database) -> None:
    """Find a paper's earlier announcement by pub_id, PMID or DOI without a scan.

    Measured by bench/bench_backfill.py: without them, ingestion slowed from
    444 to 60 records/s between 5,000 and 50,000 stored papers.
    """
    db["changes"].create_index(["pub_id"])
    db["changes"].create_index(["pmid"])
    db.execute(
        "create index if not exists idx_changes_detail_doi on changes(json_extract(detail, '$.doi'))"
    )


MIGRATIONS: list[tuple[str, Migration]] = [
    ("001_initial", _m001_initial),
    ("002_digests_message_id", _m002_digests_message_id),
    ("003_publications_url", _m003_publications_url),
    ("004_change_lookup_indexes", _m004_change_lookup_indexes),
]
SCHEMA_VERSION = len(MIGRATIONS)


def applied(db: sqlite_utils.Database) -> list[str]:
    if "_migrations" not in db.table_names():
        return []
    return [r["name"] for r in db.query("select name from _migrations order by id")]


def migrate(db: sqlite_utils.Database) -> list[str]:
    """Apply pending migrations; return the names applied now."""
    if "_migrations" not in db.table_names():
        db["_migrations"].create({"id": int, "name": str, "applied_at": str}, pk="id")
    done = set(applied(db))
    newly: list[str] = []
    for name, fn in MIGRATIONS:
        if name in done:
            continue
        with db.atomic():
            fn(db)
            db["_migrations"].insert(
                {"name": name, "applied_at": datetime.now(UTC).isoformat(timespec="seconds")}
            )
        newly.append(name)
    return newly
