"""The ClinicalTrials.gov transport over real HTTP: paging, aliases, 404, 429, 5xx, what survives a failure."""

from __future__ import annotations

import time
from datetime import date

import pytest
from ctgov_support import PREFIX, add_review_trials, build_config, make_study

from store.records import get_watermark
from watcher import ctgov, poll_ctgov
from watcher.http import USER_AGENT, SourceError
from watcher.replay.server import Fault

TODAY = date(2025, 4, 2)


def test_ctgov_fetch_studies_follows_page_tokens(world, server, cfg, client):
    ids = sorted(world.ids)
    pages = list(ctgov.fetch_studies(ids, cfg, client=client, page_size=2))
    assert [len(p.studies) for p in pages] == [2, 2, 1]
    assert [ctgov.study_id(s) for p in pages for s in p.studies] == ids
    assert pages[-1].next_token is None and all(p.next_token for p in pages[:-1])
    assert client.requests == 3 and server.count(PREFIX) == 3
    assert all(r.headers.get("User-Agent") == USER_AGENT for r in server.log)


def test_ctgov_search_related_pages_and_counts_once(world, server, cfg, client):
    for i in range(5):
        world.add_study(
            make_study(
                f"NCT0995{i:04d}",
                title="Drug after immunotherapy",
                first_posted="2025-03-0" + str(i + 1),
            )
        )
    pages = list(ctgov.search_related(cfg, "2025-02-08", client=client, page_size=2))
    assert [len(p.studies) for p in pages] == [2, 2, 1]
    assert pages[0].total == 5 and pages[1].total is None
    assert "countTotal" not in server.log[1].query


def test_ctgov_fetch_study_follows_an_alias(world, server, cfg, client):
    world.add_alias("NCT09911111", "NCT04770896")
    found = ctgov.lookup_study("NCT09911111", cfg, client=client)
    assert (found.status, found.nct_id) == ("alias", "NCT04770896")
    assert [r.path for r in server.log] == [
        PREFIX + "/studies/NCT09911111",
        PREFIX + "/studies/NCT04770896",
    ]
    assert client.requests == 2
    study = ctgov.fetch_study("NCT04770896", cfg, client=client)
    assert ctgov.study_id(study) == "NCT04770896"


def test_ctgov_fetch_study_unknown_is_none(server, cfg, client):
    assert ctgov.fetch_study("NCT09999999", cfg, client=client) is None
    assert ctgov.lookup_study("NCT09999999", cfg, client=client).status == "unknown"


def test_ctgov_429_retry_after_then_success(db, server, cfg):
    add_review_trials(db, ["NCT04770896"])
    server.add_fault(PREFIX, status=429, headers={"Retry-After": "1"}, body=b"Too Many Requests")
    started = time.monotonic()
    stats = poll_ctgov.poll(db, cfg, 1, backoff=0, today=TODAY)
    assert time.monotonic() - started >= 1.0, "Retry-After is honoured"
    assert stats["trials"] == 1
    assert server.count(PREFIX) == 3  # 429, retried list request, related search


def test_ctgov_503_storm_raises_source_error_and_keeps_what_was_stored(db, world, server):
    cfg = build_config(server.url + PREFIX, page_size=2, retries=2)
    add_review_trials(db)  # four review trials: two requests of two IDs
    poll_ctgov.poll(db, cfg, 1, backoff=0, today=TODAY)
    before = {
        t: db[t].count for t in ("trial_snapshots", "changes", "raw_records", "trials", "findings")
    }
    mark = get_watermark(db, "ctgov-related")
    world.update_study(
        "NCT04435977",
        lambda s: s["protocolSection"]["statusModule"].update(overallStatus="COMPLETED"),
    )
    world.update_study(
        "NCT05201404",
        lambda s: s["protocolSection"]["statusModule"].update(overallStatus="SUSPENDED"),
    )
    server.reset_log()
    server.add_fault(PREFIX, Fault())  # the first chunk goes through
    server.add_fault(PREFIX, status=503, body=b"Service Unavailable", times=3)
    with pytest.raises(SourceError) as info:
        poll_ctgov.poll(db, cfg, 2, backoff=0, today=date(2025, 5, 1))
    err = info.value
    assert err.source == "ctgov"
    assert err.request == "GET /studies (filter.ids NCT05134532..NCT05201404 (2 IDs), page 1)"
    assert "503" in err.reason
    assert server.count(PREFIX) == 4  # one good request, then 1 + 2 retries
    assert err.stats["trials"] == 2 and err.stats["changes"] == 1
    changes = list(db.query("select nct_id, kind from changes where run_id = 2"))
    assert changes == [{"nct_id": "NCT04435977", "kind": "TRIAL_STATUS_CHANGE"}]
    assert db["trial_snapshots"].count == before["trial_snapshots"] + 1
    assert db["findings"].count == before["findings"] and db["trials"].count == before["trials"]
    assert get_watermark(db, "ctgov-related") == mark, "watermark moves only on success"
    server.reset_log()
    stats = poll_ctgov.poll(
        db, cfg, 3, backoff=0, today=date(2025, 5, 1)
    )  # the next run finishes the job
    assert stats["changes"] == 1 and server.count(PREFIX) == 3


def test_ctgov_connection_refused_is_a_source_error(db):
    cfg = build_config("http://127.0.0.1:9/ctgov/api/v2", retries=0)
    add_review_trials(db, ["NCT04770896"])
    with pytest.raises(SourceError, match="ctgov: GET /studies"):
        poll_ctgov.poll(db, cfg, 1, backoff=0, today=TODAY)


def test_ctgov_truncated_body_is_a_source_error(db, server, cfg):
    add_review_trials(db, ["NCT04770896"])
    server.add_fault(PREFIX, truncate=True, times=3)
    with pytest.raises(SourceError) as info:
        poll_ctgov.poll(db, cfg, 1, backoff=0, today=TODAY)
    assert info.value.source == "ctgov"
    assert db["trial_snapshots"].count == 0
