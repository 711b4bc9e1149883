"""Requests per PubMed run: the weekly run costs exactly the minimum the E-utilities allow."""

from __future__ import annotations

from datetime import timedelta

from tests.pubmed.conftest import TODAY, make_config, run_poll, seed_references, seed_trials
from watcher.config import DEFAULT_PUBMED_QUERIES
from watcher.pubmed import make_client

TRIALS = {f"NCT0{4770890 + i}": None for i in range(9)} | {"NCT04770896": "IMbrave251"}


def _world(db, world):
    seed_trials(db, TRIALS)
    seed_references(db, {1: "10.1000/ref.one", 2: "10.1000/ref.two", 3: "10.1000/ref.three"})
    for n, doi in enumerate(["10.1000/ref.one", "10.1000/ref.two", "10.1000/ref.three"], 1):
        world.add_article(35000000 + n, f"Reference paper {n}", doi=doi, entrez_date="2022-03-01")
    world.add_article(
        41100001,
        "Second-line atezolizumab plus lenvatinib in hepatocellular carcinoma",
        abstract="Patients progressed on immunotherapy before enrolment.",
        entrez_date=TODAY - timedelta(days=20),
    )


def test_pubmed_weekly_run_uses_the_minimum_number_of_requests(db, world, server):
    """A weekly run with 10 watched trials, 5 queries and 3 new records.

    The minimum the E-utilities allow:
      1 esearch for the 10 trials (20 `[si]`/`[tiab]` clauses ORed into one term)
    + 5 esearch, one per configured query (each alert names its query)
    + 1 esearch on the modification date for the tracked PMIDs (references
      and stored papers; corrections revise the corrected record)
    + ceil(3 new PMIDs / batch_size 200) = 1 efetch
    = 8 requests. (The first run instead spends its correction check on the
    one-off DOI lookup of the references: also 1 + 5 + 1 + 1 = 8.)
    """
    cfg = make_config(server, queries=list(DEFAULT_PUBMED_QUERIES))
    client = make_client(cfg, env={}, backoff=0, per_second=1000)
    _world(db, world)
    first = run_poll(db, cfg, client)
    assert first["requests"] == server.count() == 8
    assert first["new"] == 4 and db["references"].get(2)["pmid"] == "35000002"

    week = TODAY + timedelta(days=7)
    world.add_article(
        41100002,
        "Nivolumab after progression",
        abstract="NCT04770896 and NCT04770891 enrolled patients with HCC.",
        entrez_date=week - timedelta(days=1),
    )
    world.add_article(
        41100003,
        "Regorafenib after atezolizumab in hepatocellular carcinoma",
        abstract="Immunotherapy-pretreated patients received regorafenib.",
        entrez_date=week - timedelta(days=2),
    )
    world.add_article(
        41100004,
        "Ipilimumab rechallenge in hepatocellular carcinoma",
        abstract="Salvage therapy with ipilimumab in refractory disease.",
        entrez_date=week - timedelta(days=3),
    )
    server.reset_log()
    second = run_poll(db, cfg, client, today=week)
    minimum = 1 + 5 + 1 + 1
    assert second["requests"] == server.count() == minimum
    assert second["new"] == 3 and second["searched"] == 7
    assert [r.path.rsplit("/", 1)[1] for r in server.log].count("efetch.fcgi") == 1

    server.reset_log()
    quiet = run_poll(db, cfg, client, today=week + timedelta(days=7))
    assert quiet["requests"] == server.count() == 7  # nothing new: searches only
