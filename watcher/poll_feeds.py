"""One feeds poll: every `[feeds].urls`, each on its own.

A feed that fails (HTTP error, not a feed, refused XML) does not stop the
others: its error is collected and, after everything else is committed, one
SourceError names every failed feed. Each feed's payload and its entries
commit together. Entries are stored as publications (source "feed"); an
entry already known by PMID or DOI (from PubMed or another feed) is the same
paper. A new entry is announced (NEW_PUBLICATION) only when it links to a
trial or reads as about the review's question (hepatocellular carcinoma /
HCC); the rest are stored quietly, for search and later linking.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import sqlite_utils

from store.publications import (
    alert_new_publication,
    link_publication,
    trial_reference_pmids,
    upsert_publication,
)
from store.records import save_raw, set_watermark
from watcher.config import Config
from watcher.feeds import SOURCE, FeedError, fetch_feed, parse_feed
from watcher.http import RateLimiter, SourceError, make_session
from watcher.pubmed import EntrezError

RELEVANT = re.compile(r"hepatocellular|\bHCC\b|liver cancer", re.IGNORECASE)

Progress = Callable[[int, int], None]
Log = Callable[[str], None]


def relevant(pub: dict[str, Any]) -> bool:
    """Whether a feed entry is about the review's question, by its title and summary."""
    return bool(RELEVANT.search(f"{pub.get('title') or ''} {pub.get('abstract') or ''}"))


def poll(
    db: sqlite_utils.Database,
    cfg: Config,
    run_id: int | None,
    *,
    progress: Progress | None = None,
    log: Log | None = None,
    backoff: float = 1.0,
) -> dict[str, Any]:
    """Poll every configured feed; return stats, or raise SourceError naming the feeds that failed."""
    say = log or (lambda m: None)
    urls = list(cfg["feeds"]["urls"])
    session = make_session(retries=3, backoff=backoff)
    limiter = RateLimiter(2.0)
    counter = [0]
    stats = {"requests": 0, "feeds": len(urls), "entries": 0, "new": 0, "linked": 0, "alerted": 0}
    errors: list[tuple[str, str]] = []
    registry = trial_reference_pmids(db)
    for n, url in enumerate(urls, 1):
        try:
            body = fetch_feed(url, cfg, session=session, limiter=limiter, counter=counter)
            entries = parse_feed(body, url)
        except SourceError as e:
            errors.append((url, e.reason))
            say(f"{url}: {e.reason}")
            continue
        except (FeedError, EntrezError) as e:
            errors.append((url, str(e)))
            say(f"{url}: {e}")
            continue
        with db.atomic():
            raw_id = save_raw(
                db, SOURCE, url, body, url=url, content_type="application/xml", run_id=run_id
            )
            for pub in entries:
                _store_entry(db, pub, raw_id, run_id, registry, stats)
        if progress:
            progress(n, len(urls))
    stats["requests"] = counter[0]
    if errors:
        failed = ", ".join(u for u, _ in errors)
        reasons = "; ".join(f"{u}: {r}" for u, r in errors)
        raise SourceError(SOURCE, f"{len(errors)} of {len(urls)} feeds ({failed})", reasons)
    set_watermark(db, SOURCE, datetime.now(UTC).date().isoformat())
    return stats


def _store_entry(
    db: sqlite_utils.Database,
    pub: dict[str, Any],
    raw_id: int,
    run_id: int | None,
    registry: dict[str, set[str]],
    stats: dict[str, Any],
) -> None:
    stats["entries"] += 1
    is_rel = relevant(pub)
    pub_id, is_new = upsert_publication(
        db,
        pub,
        source="feed",
        matched_by="feed:hcc" if is_rel else "feed",
        raw_id=raw_id,
        run_id=run_id,
    )
    links = link_publication(db, pub_id, pub, registry_refs=registry)
    stats["linked"] += bool(links)
    if not is_new:
        return
    stats["new"] += 1
    trial_linked = any(link["target_type"] == "trial" for link in links)
    if trial_linked or is_rel:
        alert_new_publication(
            db,
            pub_id,
            pub,
            links,
            source="feed",
            run_id=run_id,
            query_name=None
            if trial_linked
            else f"the HCC keywords (feed {pub.get('journal') or pub['feed_url']})",
            why={"feed": pub["feed_url"], "link": pub.get("link"), "relevant": is_rel},
        )
        stats["alerted"] += 1
