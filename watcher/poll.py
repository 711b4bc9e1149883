"""One poll run: every source, then extraction, then matching, recorded in `runs`.

Data flows one way: sources store raw payloads and their publications /
snapshots; extraction turns stored abstracts into findings; matching turns
findings into changes. Each source runs on its own: one that fails is
recorded and the others still run. Each unit of work commits on its own, so
an interrupted run leaves the store consistent and the next run finishes
the job.
"""

from __future__ import annotations

import importlib
import logging
import os
import signal
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from store.db import now
from store.records import finish_run, insert_findings, start_run
from watcher.config import Config
from watcher.http import SourceError

log = logging.getLogger("watcher.poll")

SOURCE_MODULES = {
    "ctgov": "watcher.poll_ctgov",
    "pubmed": "watcher.poll_pubmed",
    "feeds": "watcher.poll_feeds",
}
SOURCE_ORDER = ("ctgov", "pubmed", "feeds")

STOP = threading.Event()


class Stopped(Exception):
    """SIGINT/SIGTERM arrived; the run stopped after its current step."""


@dataclass
class RunResult:
    run_id: int
    status: str
    sources: dict[str, Any] = field(default_factory=dict)
    errors: list[dict[str, Any]] = field(default_factory=list)
    extracted: dict[str, int] = field(default_factory=dict)
    matched: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {
            "run_id": self.run_id,
            "status": self.status,
            "sources": self.sources,
            "errors": self.errors,
            "extracted": self.extracted,
            "matched": self.matched,
        }


def install_signal_handlers() -> None:
    """Ask the run to stop after the current step instead of dying mid-write."""

    def handler(signum, frame):
        log.warning("received %s: stopping after the current step", signal.Signals(signum).name)
        STOP.set()

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, handler)
        signal.signal(signal.SIGINT, handler)


def _check_stop() -> None:
    if STOP.is_set():
        raise Stopped("stopped by signal after the current step")


def recover_interrupted(db: sqlite_utils.Database) -> int:
    """Mark runs left 'running' by a process that no longer exists (we hold the lock)."""
    stale = [r["id"] for r in db.query("select id from runs where status = 'running'")]
    for run_id in stale:
        db["runs"].update(run_id, {"status": "interrupted", "ended": now()})
    return len(stale)


def available_sources() -> list[str]:
    out = []
    for name in SOURCE_ORDER:
        try:
            importlib.import_module(SOURCE_MODULES[name])
            out.append(name)
        except ImportError:
            continue
    return out


def run_poll(
    db: sqlite_utils.Database,
    cfg: Config,
    sources: list[str] | None = None,
    *,
    trigger: str = "manual",
    progress: Callable[[str, int, int], None] | None = None,
    extract: bool = True,
    match: bool = True,
) -> RunResult:
    """Run the sources, extraction and matching as one recorded run.

    The caller holds the store lock. A SourceError (or any other error) in a
    source is recorded against that source and the next source still runs.
    """
    recover_interrupted(db)
    run_id = start_run(db, "poll", trigger)
    result = RunResult(run_id=run_id, status="running")
    names = sources or available_sources()
    try:
        for name in names:
            _check_stop()
            result.sources[name] = _run_source(db, cfg, name, run_id, result, progress)
        _check_stop()
        if extract:
            result.extracted = extract_pending(db, run_id, progress=progress)
        _check_stop()
        if match:
            result.matched = match_pending(db, run_id)
        result.status = (
            "failed"
            if result.errors and len(result.errors) >= len(names)
            else ("partial" if result.errors else "ok")
        )
    except Stopped as e:
        result.status = "interrupted"
        result.errors.append({"source": "run", "error": str(e)})
    finally:
        if result.status == "running":
            result.status = "failed"
        finish_run(db, run_id, result.status, result.sources, result.errors)
    return result


def _run_source(db, cfg, name, run_id, result: RunResult, progress) -> dict[str, Any]:
    try:
        module = importlib.import_module(SOURCE_MODULES[name])
    except ImportError as e:
        result.errors.append({"source": name, "error": f"source not available in this build: {e}"})
        return {"status": "unavailable"}
    log.info("%s: polling", name)

    def source_progress(done: int, total: int) -> None:
        if progress:
            progress(name, done, total)

    try:
        stats = module.poll(
            db, cfg, run_id, progress=source_progress, log=lambda m: log.info("%s: %s", name, m)
        )
    except SourceError as e:
        log.debug("%s", e)  # the caller reports every failed source once, at the end
        result.errors.append({"source": name, "request": e.request, "error": e.reason})
        return {"status": "failed", "error": str(e)}
    except Exception as e:  # a bug or unexpected payload: recorded, not fatal to other sources
        log.error("%s: unexpected error: %s", name, e)
        log.debug("%s", traceback.format_exc())
        result.errors.append({"source": name, "error": f"{type(e).__name__}: {e}"})
        return {"status": "failed", "error": f"{type(e).__name__}: {e}"}
    stats = dict(stats or {})
    stats.setdefault("status", "ok")
    log.info("%s: %s", name, ", ".join(f"{k} {v}" for k, v in stats.items() if isinstance(v, int)))
    return stats


def _linked_trial(db: sqlite_utils.Database, pub_id: str) -> dict[str, Any] | None:
    rows = list(
        db.query(
            "select t.nct_id, t.acronym from publication_links l join trials t on t.nct_id = l.target"
            " where l.pub_id = ? and l.target_type = 'trial' order by (t.in_table is null), t.nct_id limit 1",
            [pub_id],
        )
    )
    return rows[0] if rows else None


def short_title(title: str | None, limit: int = 70) -> str:
    """A study label for a paper without a trial acronym: its title, cut at a word."""
    title = (title or "").strip().rstrip(".")
    if len(title) <= limit:
        return title
    cut = title[:limit].rsplit(" ", 1)[0].rstrip(",:;")
    return cut + "…"


def findings_for_publication(
    db: sqlite_utils.Database, pub: dict[str, Any], run_id: int
) -> list[dict[str, Any]]:
    """Run the extractors on one stored publication; rows in the store's findings shape."""
    from extractors.endpoints import extract_document

    doc = extract_document(pub.get("title"), pub.get("abstract"))
    trial = _linked_trial(db, pub["pub_id"])
    acronym = (trial or {}).get("acronym") or (doc.get("acronyms") or [None])[0]
    nct = (trial or {}).get("nct_id") or (doc.get("nct_ids") or [None])[0]
    rows = []
    for f in doc["findings"]:
        rows.append(
            {
                "kind": "result",
                "source": pub.get("source") or "pubmed",
                "pub_id": pub["pub_id"],
                "pmid": pub.get("pmid"),
                "nct_id": nct,
                "trial_acronym": acronym,
                "study": acronym or short_title(pub.get("title")),
                "regimen": f.get("arm"),
                "arm": f.get("arm"),
                "setting": doc.get("setting"),
                "endpoint": f["endpoint"],
                "value": f.get("value"),
                "value_text": f.get("value_text"),
                "unit": f.get("unit"),
                "ci_low": f.get("ci_low"),
                "ci_high": f.get("ci_high"),
                "p_value": f.get("p_value"),
                "n": f.get("n"),
                "timepoint": f.get("timepoint"),
                "subgroup": f.get("subgroup"),
                "criterion": f.get("criterion"),
                "quote": f.get("quote"),
                "span_start": f.get("start"),
                "span_end": f.get("end"),
                "pattern_id": f.get("pattern_id"),
                "run_id": run_id,
            }
        )
    return rows


def extract_pending(db: sqlite_utils.Database, run_id: int, *, progress=None) -> dict[str, int]:
    """Extract findings from every stored publication not yet extracted.

    One publication per transaction: its findings and its extracted_at mark
    commit together, so a crash never leaves half a publication extracted.
    """
    try:
        import extractors.endpoints  # noqa: F401
    except ImportError:
        return {"publications": 0, "findings": 0, "skipped": "extractors not available"}
    # Only the ids up front: abstracts are read one at a time, so memory does
    # not grow with the backlog (bench/bench_backfill.py measured +2.2 MB per
    # 1,000 pending abstracts when they were all loaded at once).
    pending = [
        r["pub_id"]
        for r in db.query(
            "select pub_id from publications where extracted_at is null and abstract is not null"
            " order by pub_id"
        )
    ]
    done = found = 0
    for pub_id in pending:
        _check_stop()
        pub = next(db.query("select * from publications where pub_id = ?", [pub_id]), None)
        if pub is None:
            continue
        rows = findings_for_publication(db, pub, run_id)
        with db.atomic():
            found += len(insert_findings(db, rows))
            db["publications"].update(pub["pub_id"], {"extracted_at": now()})
        done += 1
        if progress and len(pending) > 20:
            progress("extract", done, len(pending))
    if pending:
        log.info("extract: %d publications, %d findings", done, found)
    return {"publications": done, "findings": found}


def match_pending(db: sqlite_utils.Database, run_id: int) -> dict[str, Any]:
    try:
        from store.diff import match_findings
    except ImportError:
        return {"skipped": "matching not available"}
    stats = match_findings(db, None, run_id=run_id)
    recorded = stats.get("recorded") or {}
    log.info(
        "match: %s findings examined; %s",
        stats.get("examined", 0),
        ", ".join(f"{k} {v}" for k, v in recorded.items()) or "nothing recorded",
    )
    return stats


def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except OSError:
        return False
    return True
