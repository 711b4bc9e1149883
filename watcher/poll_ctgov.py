"""One ClinicalTrials.gov poll: the watched trials, then newly registered related trials.

Watched trials are fetched in as few requests as the API allows: IDs in
chunks of `page_size`, one `/studies?filter.ids=...` request per chunk (the
next page only if the server pages anyway). IDs the registry does not return
are looked up once each by `/studies/{id}`, which tells an alias (301) from
an unknown ID (404). Every payload is kept verbatim in `raw_records`; each
trial's snapshot, changes and findings are committed together, so a source
error part-way leaves everything already done in place.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

import sqlite_utils

from store.changes import record_change
from store.records import get_watermark, save_raw, set_watermark
from store.trials import note_trial, store_snapshot
from watcher.config import Config
from watcher.ctgov import (
    NCT_RE,
    SOURCE,
    Client,
    Page,
    aliases,
    dig,
    fetch_studies,
    format_phase,
    lookup_study,
    make_client,
    related_params,
    search_related,
    study_id,
)
from watcher.http import SourceError

WATERMARK = "ctgov-related"
ALIAS_NOTE = "ClinicalTrials.gov lists {old} as an alias of {new}"
UNKNOWN_NOTE = "not found on ClinicalTrials.gov (404)"
_ALIAS_RE = re.compile(r"as an alias of (NCT\d{8})")

Progress = Callable[[int, int], None]
Log = Callable[[str], None]


def watched_ids(db: sqlite_utils.Database, cfg: Config) -> list[str]:
    """The review's trials, the trials marked watched, and `extra_nct_ids`, sorted, once each.

    An ID already known to be an alias is replaced by its current ID.
    """
    ids: set[str] = set()
    for row in db.query(
        "select nct_id, note from trials where watched = 1 or in_table is not null"
    ):
        nct = (row["nct_id"] or "").strip().upper()
        m = _ALIAS_RE.search(row["note"] or "")
        if m:
            nct = m.group(1)
        if NCT_RE.match(nct):
            ids.add(nct)
    ids.update(x.strip().upper() for x in cfg["clinicaltrials"]["extra_nct_ids"])
    return sorted(ids)


def _chunks(items: list[str], size: int) -> list[list[str]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def _new_stats() -> dict[str, Any]:
    return {
        "requests": 0,
        "trials": 0,
        "snapshots": 0,
        "changes": 0,
        "new_trials": 0,
        "results": 0,
        "pmids": [],
        "unknown": [],
        "aliases": {},
    }


def poll(
    db: sqlite_utils.Database,
    cfg: Config,
    run_id: int | None,
    *,
    progress: Progress | None = None,
    log: Log | None = None,
    client: Client | None = None,
    backoff: float = 1.0,
    today: date | None = None,
) -> dict[str, Any]:
    """Poll watched trials and related new trials; returns counts for the run record.

    `results` counts new result findings from posted results; `pmids` lists
    PMIDs newly linked from registry records (for the PubMed watcher). On a
    SourceError what was done stays committed, the stats so far ride on the
    exception as `.stats`, and the error is raised for the orchestrator.
    """
    client = client or make_client(cfg, backoff=backoff)
    say = log or (lambda msg: None)
    stats = _new_stats()
    start = client.requests
    try:
        _poll_watched(db, cfg, run_id, client, stats, progress, say)
        _poll_related(db, cfg, run_id, client, stats, say, today or datetime.now(UTC).date())
    except SourceError as e:
        stats["requests"] = client.requests - start
        e.stats = stats  # type: ignore[attr-defined]
        say(f"stopped: {e}")
        raise
    stats["requests"] = client.requests - start
    return stats


def _save_page(db: sqlite_utils.Database, page: Page, key: str, run_id: int | None) -> None:
    with db.atomic():
        save_raw(
            db, SOURCE, key, page.body, url=page.url, content_type="application/json", run_id=run_id
        )


def _store(
    db: sqlite_utils.Database, study: dict[str, Any], run_id: int | None, stats: dict[str, Any]
) -> None:
    result = store_snapshot(db, study, run_id)
    stats["trials"] += 1
    stats["snapshots"] += int(result.created)
    stats["changes"] += len(result.change_ids)
    stats["results"] += len(result.finding_ids)
    stats["pmids"].extend(p for p in result.new_pmids if p not in stats["pmids"])


def _poll_watched(
    db: sqlite_utils.Database,
    cfg: Config,
    run_id: int | None,
    client: Client,
    stats: dict[str, Any],
    progress: Progress | None,
    say: Log,
) -> None:
    ids = watched_ids(db, cfg)
    size = int(cfg["clinicaltrials"]["page_size"])
    total = len(ids)
    say(f"{total} watched trial(s), {len(_chunks(ids, size))} request(s) of up to {size} IDs")
    done = 0
    for chunk in _chunks(ids, size):
        wanted = set(chunk)
        seen: set[str] = set()
        for page in fetch_studies(chunk, cfg, client=client, page_size=size):
            _save_page(
                db, page, f"studies?filter.ids={chunk[0]}..{chunk[-1]}&page={page.number}", run_id
            )
            for study in page.studies:
                nct = study_id(study)
                if not nct:
                    continue
                matched = ({nct} | set(aliases(study))) & wanted
                with db.atomic():
                    _store(db, study, run_id, stats)
                    for old in sorted(matched - {nct}):
                        _note_alias(db, old, nct, stats, say)
                seen |= matched | {nct}
                done += 1
                if progress and total > 5:
                    progress(done, total)
        for missing in sorted(wanted - seen):
            _look_up(db, cfg, missing, run_id, client, stats, say)
            done += 1
            if progress and total > 5:
                progress(done, total)
    say(
        f"{stats['trials']} trial(s) fetched, {stats['snapshots']} new snapshot(s), {stats['changes']} change(s)"
    )


def _note_alias(
    db: sqlite_utils.Database, old: str, new: str, stats: dict[str, Any], say: Log
) -> None:
    stats["aliases"][old] = new
    note_trial(db, old, ALIAS_NOTE.format(old=old, new=new), watched=0)
    note_trial(db, new, f"registered ID of {old}")
    say(f"{old} is an alias of {new}: watching {new}")


def _look_up(
    db: sqlite_utils.Database,
    cfg: Config,
    nct: str,
    run_id: int | None,
    client: Client,
    stats: dict[str, Any],
    say: Log,
) -> None:
    """An ID the list query did not return: alias (301), unknown (404), or there after all."""
    found = lookup_study(nct, cfg, client=client)
    if found.status == "unknown":
        stats["unknown"].append(nct)
        say(f"warning: {nct} is not on ClinicalTrials.gov (404); noted in its trials row")
        with db.atomic():
            note_trial(db, nct, UNKNOWN_NOTE)
        return
    with db.atomic():
        save_raw(
            db,
            SOURCE,
            f"studies/{nct}",
            found.body,
            url=found.url,
            content_type="application/json",
            run_id=run_id,
        )
        _store(db, found.study, run_id, stats)
        if found.status == "alias":
            _note_alias(db, nct, found.nct_id, stats, say)


def _since(db: sqlite_utils.Database, cfg: Config) -> str:
    """Watermark (minus the configured overlap), or watch.since on the first run."""
    mark = get_watermark(db, WATERMARK)
    if not mark:
        return cfg["watch"]["since"]
    overlap = int(cfg["watch"].get("overlap_days") or 0)
    return (date.fromisoformat(mark[:10]) - timedelta(days=overlap)).isoformat()


def _poll_related(
    db: sqlite_utils.Database,
    cfg: Config,
    run_id: int | None,
    client: Client,
    stats: dict[str, Any],
    say: Log,
    today: date,
) -> None:
    since = _since(db, cfg)
    known = {r["nct_id"] for r in db.query("select nct_id from trials")}
    params = related_params(cfg, since)
    query = {k: v for k, v in params.items() if k.startswith(("query.", "filter."))}
    found = 0
    for page in search_related(cfg, since, client=client):
        _save_page(db, page, f"studies?related-since={since}&page={page.number}", run_id)
        for study in page.studies:
            nct = study_id(study)
            if not nct or nct in known or set(aliases(study)) & known:
                continue
            found += 1
            with db.atomic():
                if _new_trial(db, study, run_id, query) is not None:
                    stats["new_trials"] += 1
    with db.atomic():
        set_watermark(db, WATERMARK, today.isoformat())
    say(f"related search since {since}: {found} not watched, {stats['new_trials']} new")


def _new_trial(
    db: sqlite_utils.Database, study: dict[str, Any], run_id: int | None, query: dict[str, Any]
) -> int | None:
    nct = study_id(study)
    title = " ".join((dig(study, "protocolSection.identificationModule.briefTitle") or "").split())
    acronym = dig(study, "protocolSection.identificationModule.acronym")
    status = dig(study, "protocolSection.statusModule.overallStatus")
    phase = format_phase(dig(study, "protocolSection.designModule.phases"))
    posted = dig(study, "protocolSection.statusModule.studyFirstPostDateStruct.date")
    name = f"{acronym} ({nct})" if acronym else nct
    facts = ", ".join(x for x in (phase, status) if x)
    summary = f"New related trial {name}: {title or 'untitled'}" + (f" ({facts})" if facts else "")
    summary += f", first posted {posted}." if posted else "."
    interventions = [
        i.get("name")
        for i in dig(study, "protocolSection.armsInterventionsModule.interventions") or []
    ]
    return record_change(
        db,
        "NEW_TRIAL",
        (nct,),
        nct_id=nct,
        source=SOURCE,
        field="protocolSection.identificationModule.nctId",
        after={
            "nct_id": nct,
            "acronym": acronym,
            "title": title,
            "status": status,
            "phase": phase,
            "first_posted": posted,
        },
        summary=summary,
        run_id=run_id,
        detail={
            "query": query,
            "conditions": dig(study, "protocolSection.conditionsModule.conditions"),
            "interventions": interventions,
        },
    )
