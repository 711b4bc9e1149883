"""One PubMed poll: searches on the Entrez date, then efetch of what is new.

What is searched, in as few requests as the E-utilities allow:

1. the watched trials: every `NCT…[si] OR NCT…[tiab]` ORed into one term
   (split only past `MAX_TERM_CHARS`; long terms go by POST);
2. each `[pubmed].queries` term, one esearch each (a separate search per
   query is what lets an alert say which query matched);
3. the review's references: their DOIs, ORed into one `"<doi>"[doi]` search,
   are resolved to PMIDs once (stored in `references.pmid`) and retried only
   when the DOI set changes or after `DOI_RETRY_DAYS`;
4. corrections and retractions of tracked papers (review references with a
   PMID and every stored publication). The cheapest correct way is one
   esearch of their PMIDs (`<pmid>[uid] OR …`) on the *modification* date
   (datetype=mdat) over the same window: when PubMed links a retraction,
   erratum or update to a paper it revises that paper's record, so only
   papers that changed come back and only those are fetched again. Fetching
   every tracked paper every run would cost ceil(n/batch) efetches of mostly
   unchanged XML; searching for notices would miss those whose text matches
   none of our terms;
5. PMIDs the ClinicalTrials.gov watcher found in trial records
   (TRIAL_REFERENCE_ADDED changes, latest snapshots) not yet stored: fetched
   by ID, no search needed.

The date window is on the Entrez date (edat): from the last successful run's
watermark minus `[watch].overlap_days` (first run: `[watch].since`) to today.
Each esearch asks for the whole ID list (retmax 10,000, PubMed's ceiling) with
usehistory=y; PMIDs already stored are dropped, and the rest are fetched in
batches of `batch_size`: through the history server (WebEnv/query_key,
retstart/retmax: small GETs) when a search's hits are all new and that costs
no extra request, otherwise by ID list (POST past 200 IDs). Each batch's
payload and the rows derived from it commit in one transaction; the
watermark moves only when the whole source succeeded, so a failed run is
finished by the next one.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

import sqlite_utils

from store.publications import (
    TrackedPmids,
    alert_new_publication,
    link_publication,
    normalise_doi,
    record_notices,
    tracked_pmids,
    trial_reference_pmids,
    upsert_publication,
)
from store.records import get_watermark, save_raw, set_watermark
from watcher.config import Config
from watcher.http import SourceError
from watcher.pubmed import (
    SOURCE,
    EntrezError,
    Eutils,
    make_client,
    parse_esearch,
    parse_pubmed_articles,
)

WATERMARK = "pubmed"
DOI_WATERMARK = "pubmed-doi-lookup"
UNAVAILABLE = "pubmed-unavailable"
DOI_RETRY_DAYS = 28
MAX_TERM_CHARS = 8000  # a conservative ceiling for one PubMed term (sent by POST past 1,000)
NOTICE_TYPES = {"Retraction of Publication", "Published Erratum", "Expression of Concern"}

Progress = Callable[[int, int], None]
Log = Callable[[str], None]


@dataclass
class Search:
    name: str  # "watched trials", "query 2", "references", "corrections"
    term: str
    reason: str  # matched_by token: "nct", "query:2", "reference", "correction_check"
    windowed: str | None = "edat"  # datetype of the window, None for no window


@dataclass
class Hits:
    search: Search
    count: int
    ids: list[str]
    webenv: str | None
    query_key: str | None


@dataclass
class Fetch:
    """One efetch: by ID list, or a page of a search on the history server."""

    ids: list[str]
    webenv: str | None = None
    query_key: str | None = None
    retstart: int = 0


@dataclass
class Plan:
    window: tuple[str, str]
    hits: list[Hits] = field(default_factory=list)
    reasons: dict[str, list[str]] = field(default_factory=dict)
    wanted: list[str] = field(default_factory=list)  # PMIDs to fetch, in order


def _today() -> date:
    return datetime.now(UTC).date()


def search_window(
    db: sqlite_utils.Database, cfg: Config, today: date, *, overlap: bool = True
) -> tuple[str, str]:
    """(mindate, maxdate) as YYYY/MM/DD: last success minus the overlap, or `since`, to today.

    The Entrez-date window overlaps the last run because records can appear
    in search some days after their Entrez date. The modification-date window
    (corrections) starts at the last success itself: a record revised after
    we fetched it has a later mdat, and one revised before we fetched it
    needs no second fetch, so an overlap there would only re-fetch papers
    stored last run.
    """
    mark = get_watermark(db, WATERMARK)
    if mark:
        days = int(cfg["watch"]["overlap_days"]) if overlap else 0
        start = date.fromisoformat(mark[:10]) - timedelta(days=days)
    else:
        start = date.fromisoformat(cfg["watch"]["since"])
    return start.strftime("%Y/%m/%d"), today.strftime("%Y/%m/%d")


def or_terms(clauses: list[str], limit: int = MAX_TERM_CHARS) -> list[str]:
    """OR the clauses into as few terms as fit in `limit` characters each."""
    terms: list[str] = []
    current: list[str] = []
    for clause in clauses:
        if current and len(" OR ".join([*current, clause])) > limit:
            terms.append(" OR ".join(current))
            current = []
        current.append(clause)
    if current:
        terms.append(" OR ".join(current))
    return terms


def watched_nct_ids(db: sqlite_utils.Database) -> list[str]:
    rows = db.query(
        "select nct_id from trials where watched = 1 and nct_id is not null order by nct_id"
    )
    return [r["nct_id"].strip().upper() for r in rows if r["nct_id"].strip()]


def searches(db: sqlite_utils.Database, cfg: Config) -> list[Search]:
    """The windowed searches of a run: watched trials first, then the configured queries."""
    out = []
    clauses = [f"{n}[si] OR {n}[tiab]" for n in watched_nct_ids(db)]
    for i, term in enumerate(or_terms(clauses)):
        out.append(Search("watched trials" + (f" ({i + 1})" if i else ""), term, "nct"))
    for i, term in enumerate(cfg["pubmed"]["queries"], 1):
        out.append(Search(f"query {i}", term, f"query:{i}"))
    return out


def _esearch(
    client: Eutils, search: Search, window: tuple[str, str], *, retmax: int | None = None
) -> Hits:
    """One search; more hits than esearch returns (10,000) splits the date window.

    A first run from `[watch].since` with a broad query can match more than
    ESearch hands back in one answer; halving the window until each half
    fits keeps every hit (bench/bench_backfill.py found the limit).
    """
    kwargs: dict[str, Any] = {}
    if search.windowed:
        kwargs = {"mindate": window[0], "maxdate": window[1], "datetype": search.windowed}
    if retmax is not None:
        kwargs["retmax"] = retmax
    body = client.esearch(search.term, describe=f"esearch {search.name}", **kwargs)
    try:
        res = parse_esearch(body)
    except EntrezError as e:
        raise SourceError(SOURCE, f"esearch {search.name}", str(e)) from e
    if res["count"] > len(res["ids"]) and res["count"] > 0:
        halves = _split_window(window) if search.windowed else None
        if halves is None:
            raise SourceError(
                SOURCE,
                f"esearch {search.name}",
                f"{res['count']} hits but only {len(res['ids'])} IDs returned; narrow the term",
            )
        parts = [_esearch(client, search, half, retmax=retmax) for half in halves]
        ids = list(dict.fromkeys(i for part in parts for i in part.ids))
        return Hits(search, len(ids), ids, None, None)
    return Hits(search, res["count"], res["ids"], res["webenv"], res["query_key"])


def _split_window(window: tuple[str, str]) -> tuple[tuple[str, str], tuple[str, str]] | None:
    """Two halves of a YYYY/MM/DD window, or None when it is a single day."""
    start, end = (date.fromisoformat(d.replace("/", "-")) for d in window)
    if start >= end:
        return None
    mid = start + (end - start) // 2
    fmt = "%Y/%m/%d"
    return (start.strftime(fmt), mid.strftime(fmt)), (
        (mid + timedelta(days=1)).strftime(fmt),
        end.strftime(fmt),
    )


def _doi_lookup(db: sqlite_utils.Database, today: date) -> tuple[list[str], str | None]:
    """Unresolved reference DOIs, and the watermark value to set if they are looked up now."""
    rows = db.query(
        "select doi from [references] where pmid is null and doi is not null and doi != ''"
    )
    dois = sorted({d for d in (normalise_doi(r["doi"]) for r in rows) if d})
    if not dois:
        return [], None
    digest = hashlib.sha1("\n".join(dois).encode()).hexdigest()[:16]
    mark = get_watermark(db, DOI_WATERMARK)
    if mark:
        last = json.loads(mark)
        recent = (today - date.fromisoformat(last["date"])).days < DOI_RETRY_DAYS
        if last.get("dois") == digest and recent:
            return [], None
    return dois, json.dumps({"dois": digest, "date": today.isoformat()})


def _resolve_known_dois(db: sqlite_utils.Database) -> int:
    """References whose DOI a stored PubMed record carries get its PMID, without a request."""
    cur = db.execute(
        "update [references] set pmid = (select p.pmid from publications p where p.doi = lower([references].doi)"
        " and p.pmid is not null limit 1) where pmid is null and doi is not null"
        " and exists (select 1 from publications p where p.doi = lower([references].doi) and p.pmid is not null)"
    )
    return cur.rowcount


def plan_fetches(hits: list[Hits], wanted: list[str], batch_size: int) -> list[Fetch]:
    """Efetch requests for `wanted`, as few as possible, preferring the history server.

    A search whose hits are all wanted (none stored, none claimed by a search
    already planned) is paged from the history server when that costs no more
    requests than putting its IDs in the shared ID batches.
    """
    pool = list(wanted)
    plans: list[Fetch] = []
    for h in sorted(hits, key=lambda h: -len(h.ids)):
        if not (h.webenv and h.query_key and h.ids and h.count == len(h.ids)):
            continue
        in_pool = set(pool)
        if len(set(h.ids)) != len(h.ids) or not all(i in in_pool for i in h.ids):
            continue
        n, rest = len(h.ids), len(pool) - len(h.ids)
        if math.ceil(n / batch_size) + math.ceil(rest / batch_size) > math.ceil(
            len(pool) / batch_size
        ):
            continue
        for start in range(0, n, batch_size):
            plans.append(Fetch(h.ids[start : start + batch_size], h.webenv, h.query_key, start))
        taken = set(h.ids)
        pool = [i for i in pool if i not in taken]
    plans += [Fetch(pool[i : i + batch_size]) for i in range(0, len(pool), batch_size)]
    return plans


def _add(plan: Plan, pmid: str, reason: str) -> None:
    why = plan.reasons.setdefault(pmid, [])
    if reason not in why:
        why.append(reason)


def poll(
    db: sqlite_utils.Database,
    cfg: Config,
    run_id: int | None,
    *,
    progress: Progress | None = None,
    log: Log | None = None,
    client: Eutils | None = None,
    today: date | None = None,
) -> dict[str, Any]:
    """Poll PubMed once; return the source's stats. Raises SourceError after committing what worked."""
    client = client or make_client(cfg)
    say = log or (lambda m: None)
    start_requests = client.requests
    today = today or _today()
    batch_size = max(1, int(cfg["pubmed"]["batch_size"]))
    plan = Plan(search_window(db, cfg, today))
    stats = {
        "requests": 0,
        "searched": 0,
        "found": 0,
        "new": 0,
        "linked": 0,
        "retractions": 0,
        "corrections": 0,
        "updates": 0,
        "fetched": 0,
        "missing": 0,
    }
    known = {
        r["pmid"]
        for r in db.query(
            "select pmid from publications where pmid is not null and source = ?", [SOURCE]
        )
    }
    tracked_before = tracked_pmids(db)
    queries = {f"query:{i}": t for i, t in enumerate(cfg["pubmed"]["queries"], 1)}
    try:
        found: set[str] = set()
        for search in searches(db, cfg):
            hits = _esearch(client, search, plan.window)
            stats["searched"] += 1
            plan.hits.append(hits)
            found.update(hits.ids)
            for pmid in hits.ids:
                _add(plan, pmid, search.reason)
        stats["found"] = len(found)
        _resolve_known_dois(db)
        dois, doi_mark = _doi_lookup(db, today)
        for i, term in enumerate(or_terms([f'"{d}"[doi]' for d in dois])):
            hits = _esearch(
                client, Search(f"references ({i + 1})", term, "reference", None), plan.window
            )
            stats["searched"] += 1
            for pmid in hits.ids:
                _add(plan, pmid, "reference")
        registry = trial_reference_pmids(db)
        unavailable = _unavailable(db, today)
        for pmid in registry:
            if pmid not in unavailable:
                _add(plan, pmid, "trial_reference")
        plan.wanted = [p for p in plan.reasons if p not in known]
        refetch: list[str] = []
        for i, term in enumerate(or_terms([f"{p}[uid]" for p in sorted(tracked_before, key=int)])):
            hits = _esearch(
                client,
                Search(f"corrections ({i + 1})", term, "correction_check", "mdat"),
                search_window(db, cfg, today, overlap=False),
            )
            stats["searched"] += 1
            refetch += [p for p in hits.ids if p in known and p not in refetch]
        for pmid in refetch:
            _add(plan, pmid, "correction_check")
        plan.wanted += [p for p in refetch if p not in plan.wanted]
        fetches = plan_fetches(plan.hits, plan.wanted, batch_size)
        say(
            f"window {plan.window[0]}-{plan.window[1]}: {len(found)} found, "
            f"{len(plan.wanted)} to fetch in {len(fetches)} requests"
        )
        missing: list[str] = []
        for n, f in enumerate(fetches, 1):
            missing += _fetch_batch(
                db, client, f, plan, queries, registry, known, run_id, stats, cfg
            )
            if progress:
                progress(n, len(fetches))
        if missing:
            _retry_missing(
                db, client, missing, plan, queries, registry, known, run_id, stats, cfg, today
            )
        set_watermark(db, WATERMARK, today.isoformat())
        if doi_mark:
            set_watermark(db, DOI_WATERMARK, doi_mark)
    finally:
        stats["requests"] = client.requests - start_requests
    return stats


def _unavailable(db: sqlite_utils.Database, today: date) -> set[str]:
    """Registry-listed PMIDs PubMed did not return lately (not asked for again for a while)."""
    mark = json.loads(get_watermark(db, UNAVAILABLE) or "{}")
    return {p for p, d in mark.items() if (today - date.fromisoformat(d)).days < DOI_RETRY_DAYS}


def _retry_missing(
    db, client, missing, plan, queries, registry, known, run_id, stats, cfg, today
) -> None:
    """Ask once more for records a batch lacked; what PubMed still withholds is an error.

    Except PMIDs only a trial registry listed (a typo there must not stop
    the source for good): those are noted and skipped for DOI_RETRY_DAYS.
    """
    batch_size = max(1, int(cfg["pubmed"]["batch_size"]))
    still: list[str] = []
    for start in range(0, len(missing), batch_size):
        chunk = Fetch(missing[start : start + batch_size])
        still += _fetch_batch(db, client, chunk, plan, queries, registry, known, run_id, stats, cfg)
    stats["missing"] = len(still)
    registry_only = [p for p in still if plan.reasons.get(p) == ["trial_reference"]]
    if registry_only:
        mark = json.loads(get_watermark(db, UNAVAILABLE) or "{}")
        mark.update({p: today.isoformat() for p in registry_only})
        set_watermark(db, UNAVAILABLE, json.dumps(mark, sort_keys=True))
    searched = [p for p in still if p not in registry_only]
    if searched:
        raise SourceError(
            SOURCE,
            _describe(Fetch(searched)),
            f"PubMed did not return PMIDs {', '.join(searched[:10])}",
        )


def _describe(f: Fetch) -> str:
    if f.webenv:
        return f"efetch history query_key={f.query_key} retstart={f.retstart} retmax={len(f.ids)}"
    return (
        f"efetch id={','.join(f.ids)}"
        if len(f.ids) <= 3
        else f"efetch {len(f.ids)} ids ({f.ids[0]}..{f.ids[-1]})"
    )


def _fetch_batch(
    db: sqlite_utils.Database,
    client: Eutils,
    f: Fetch,
    plan: Plan,
    queries: dict[str, str],
    registry: dict[str, set[str]],
    known: set[str],
    run_id: int | None,
    stats: dict[str, Any],
    cfg: Config,
) -> list[str]:
    """Fetch, parse and store one batch in one transaction; return the PMIDs it lacked."""
    what = _describe(f)
    if f.webenv:
        body = client.efetch(
            webenv=f.webenv,
            query_key=f.query_key,
            retstart=f.retstart,
            retmax=len(f.ids),
            describe=what,
        )
    else:
        body = client.efetch(f.ids, describe=what)
    try:
        pubs = parse_pubmed_articles(body)
    except EntrezError as e:
        raise SourceError(SOURCE, what, str(e)) from e
    since = cfg["watch"]["since"]
    with db.atomic():
        raw_id = save_raw(
            db,
            SOURCE,
            what,
            body,
            url=f"{client.base_url}/efetch.fcgi",
            content_type="text/xml",
            run_id=run_id,
        )
        stored = []
        for pub in pubs:
            why = plan.reasons.get(pub["pmid"], ["fetched"])
            pub_id, is_new = upsert_publication(
                db, pub, source=SOURCE, matched_by=",".join(why), raw_id=raw_id, run_id=run_id
            )
            if pub.get("doi"):
                db.execute(
                    "update [references] set pmid = ? where pmid is null and lower(doi) = ?",
                    [pub["pmid"], normalise_doi(pub["doi"])],
                )
            stored.append((pub, pub_id, is_new, why))
        tracked = TrackedPmids(db)
        for pub, pub_id, is_new, why in stored:
            links = link_publication(db, pub_id, pub, registry_refs=registry)
            stats["fetched"] += 1
            stats["linked"] += bool(links)
            first_from_pubmed = pub["pmid"] not in known
            if is_new:
                stats["new"] += 1
            known.add(pub["pmid"])
            if first_from_pubmed and _alertable(pub, why, since):
                query = next((q for q in why if q.startswith("query:")), None)
                alert_new_publication(
                    db,
                    pub_id,
                    pub,
                    links,
                    source=SOURCE,
                    run_id=run_id,
                    query_name=f"query {query.split(':')[1]}" if query else None,
                    why={
                        "matched_by": why,
                        "queries": {q: queries[q] for q in why if q in queries},
                        "window": list(plan.window),
                        "nct_ids": pub.get("nct_ids") or [],
                    },
                )
            for kind in record_notices(db, pub, tracked=tracked, source=SOURCE, run_id=run_id):
                key = {
                    "RETRACTION": "retractions",
                    "CORRECTION": "corrections",
                    "UPDATE": "updates",
                }[kind]
                stats[key] += 1
    got = {p["pmid"] for p in pubs}
    return [p for p in f.ids if p not in got]


def _alertable(pub: dict[str, Any], why: list[str], since: str) -> bool:
    """New papers found by the trial or query searches; registry references only if recent.

    The review's own references are baseline, not news; notices (errata,
    retractions) are reported as changes to the paper they concern.
    """
    if NOTICE_TYPES & set(pub.get("publication_types") or []):
        return False
    if any(w == "nct" or w.startswith("query:") for w in why):
        return True
    if "trial_reference" in why:
        return (pub.get("entrez_date") or "") >= since
    return False
