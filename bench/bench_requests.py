"""Benchmark 1: requests per poll cycle, counted at the replay server.

    python bench/bench_requests.py [--quick]

Two poll cycles (ClinicalTrials.gov, then PubMed) on a fresh store, for
(watched trials, PubMed queries, new records) = (8, 5, 50), (100, 20, 2,000)
and (1,200, 50, 20,000): cycle 1 when the new records arrive, cycle 2 the next
day with nothing new (the steady state). `--quick` runs the first scenario
only. Requests are counted where they arrive (the replay server's log), so
retries and redirects count.

Why a minimum and not a fixed number: the APIs bound how much one request can
carry, so the least a correct cycle can cost is derived from the world:

- ClinicalTrials.gov: ceil(watched / page_size) `filter.ids` pages, plus the
  related-trials search, max(1, ceil(related / page_size)) pages. page_size is
  the configured one (100 by default; the API's ceiling is 1,000, but 1,000
  IDs make a ~12 kB URL, which is why it is a setting).
- PubMed: the watched trials ORed into ceil(watched / per_term) esearches
  (per_term = how many `NCT…[si] OR NCT…[tiab]` clauses fit in the watcher's
  8,000-character term ceiling), one esearch per configured query (one each is
  what lets an alert name its query), reference and correction searches (none
  on a fresh store: no references, nothing tracked yet), and
  ceil(new / batch_size) efetches (batch_size = `[pubmed].batch_size`, 200).
  Cycle 2 fetches nothing; it repeats the searches and adds the correction
  check, ceil(tracked / per_term) `<pmid>[uid]` esearches on the modification
  date over the papers now stored (same term ceiling).

The naive count is what a per-item client would send: one registry request
per trial (plus the related search), one esearch per trial and per query,
one efetch per record (cycle 2: one per tracked paper, to look for
corrections). Target: at most the minimum plus one, per source.
"""

from __future__ import annotations

import argparse
import copy
import math
import random
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from _common import table, verdict

from store.db import open_store
from store.records import start_run
from watcher import poll_ctgov, poll_pubmed
from watcher.config import DEFAULTS, Config
from watcher.pubmed import make_client as make_eutils_client
from watcher.replay.ctgov_routes import CtgovWorld
from watcher.replay.eutils_routes import FIELD_ALIASES, EutilsWorld, _matches, _norm
from watcher.replay.server import ReplayServer

SCENARIOS = [(8, 5, 50), (100, 20, 2_000), (1_200, 50, 20_000)]
TODAY = date(2025, 6, 2)
SINCE = "2025-02-08"
CTGOV = "/ctgov/api/v2"
EUTILS = "/eutils"
DRUGS = ["regorafenib", "cabozantinib", "ramucirumab", "lenvatinib", "sorafenib", "nivolumab"]


@dataclass
class Scenario:
    trials: int
    queries: int
    records: int

    @property
    def label(self) -> str:
        return f"{self.trials:,} trials, {self.queries} queries, {self.records:,} new"


# -- the worlds ---------------------------------------------------------------
def nct_ids(n: int) -> list[str]:
    return [f"NCT{6_000_000 + i:08d}" for i in range(n)]


def make_study(nct: str, *, title: str, first_posted: str) -> dict[str, Any]:
    """A small valid v2 study record (the shape of tests/ctgov/ctgov_support.make_study).

    No acronym: linking a paper tries every trial acronym as a regex, which is
    a cost in time (see bench_backfill.py), not in requests.
    """
    ident: dict[str, Any] = {"nctId": nct, "briefTitle": title}
    return {
        "protocolSection": {
            "identificationModule": ident,
            "statusModule": {
                "statusVerifiedDate": "2025-01",
                "overallStatus": "RECRUITING",
                "startDateStruct": {"date": "2024-02", "type": "ACTUAL"},
                "primaryCompletionDateStruct": {"date": "2026-12", "type": "ESTIMATED"},
                "studyFirstPostDateStruct": {"date": first_posted, "type": "ACTUAL"},
                "lastUpdatePostDateStruct": {"date": first_posted, "type": "ACTUAL"},
            },
            "conditionsModule": {"conditions": ["Hepatocellular Carcinoma"]},
            "designModule": {
                "studyType": "INTERVENTIONAL",
                "phases": ["PHASE2"],
                "enrollmentInfo": {"count": 40, "type": "ESTIMATED"},
            },
            "armsInterventionsModule": {
                "interventions": [{"type": "DRUG", "name": "Drug Z"}],
            },
        },
        "derivedSection": {"miscInfoModule": {"versionHolder": "2025-03-01"}},
        "hasResults": False,
    }


def related_count(trials: int) -> int:
    """Newly registered related trials: a few per poll, more in a bigger world."""
    return max(2, trials // 20)


def build_ctgov_world(watched: list[str]) -> CtgovWorld:
    """Watched trials (registered before the window) and new related trials (inside it)."""
    world = CtgovWorld()
    for i, nct in enumerate(watched):
        world.add_study(
            make_study(nct, title=f"Synthetic watched study {i}", first_posted="2024-01-10")
        )
    for i, nct in enumerate(nct_ids(len(watched) + related_count(len(watched)))[len(watched) :]):
        title = f"Immunotherapy rechallenge in hepatocellular carcinoma, cohort {i}"
        world.add_study(make_study(nct, title=title, first_posted="2025-04-01"))
    return world


class IndexedEutilsWorld(EutilsWorld):
    """EutilsWorld with an inverted index and memoised term lookups.

    The stock evaluator scans every article for every term, fine for tests
    but 1,200 NCT clauses x 20,000 records is hours; the bench measures the
    watcher, not the replay server. Answers are the stock ones: single words
    come from the index, phrases are checked with the stock `_matches` on the
    index's candidates, other fields fall back to the stock scan.
    """

    def __init__(self) -> None:
        super().__init__()
        self._si: dict[str, set[str]] = defaultdict(set)
        self._words: dict[str, set[str]] = defaultdict(set)
        self._doi: dict[str, set[str]] = defaultdict(set)
        self._memo: dict[tuple[str, str | None], set[str]] = {}

    def add_article(self, pmid: str | int, title: str, **kwargs: Any):  # type: ignore[override]
        art = super().add_article(pmid, title, **kwargs)
        for s in art.si:
            self._si[s.lower()].add(art.pmid)
        if art.doi:
            self._doi[art.doi].add(art.pmid)
        for word in set(_norm(f"{art.title} {art.abstract}").split()):
            self._words[word].add(art.pmid)
        self._memo.clear()
        return art

    def match(self, value: str, tag: str | None) -> set[str]:
        key = (value, tag)
        if key not in self._memo:
            self._memo[key] = self._lookup(value, tag)
        return self._memo[key]

    def _lookup(self, value: str, tag: str | None) -> set[str]:
        fld = FIELD_ALIASES.get((tag or "[all fields]")[1:-1].strip().lower(), "all")
        if fld == "si":
            return set(self._si.get(value.strip().lower(), ()))
        if fld == "pmid":
            return {value.strip()} & self.articles.keys()
        if fld == "doi":
            return set(self._doi.get(value.strip().lower(), ()))
        words = _norm(value).split()
        if fld != "tiab" or not words or "*" in value:
            return super().match(value, tag)
        candidates = set.intersection(*(self._words.get(w, set()) for w in words))
        return {p for p in candidates if _matches(self.articles[p], value, fld)}


def query_word(j: int) -> str:
    return f"benchdrug{j:03d}"


def make_queries(n: int) -> list[str]:
    """Queries shaped like the defaults: the disease AND a (synthetic) drug name."""
    return [
        f'("hepatocellular carcinoma"[tiab] OR HCC[tiab]) AND {query_word(j)}[tiab]'
        for j in range(n)
    ]


def synthetic_abstract(rng: random.Random, drug: str) -> str:
    """A short results abstract with a few numbers, the way trial abstracts read."""
    n = rng.randint(30, 600)
    mos, mpfs = round(rng.uniform(6, 24), 1), round(rng.uniform(2, 9), 1)
    orr, hr = rng.randint(5, 45), round(rng.uniform(0.5, 0.95), 2)
    lo, hi = round(hr - rng.uniform(0.05, 0.2), 2), round(hr + rng.uniform(0.05, 0.2), 2)
    g3 = rng.randint(10, 60)
    return (
        f"Background: Options after atezolizumab plus bevacizumab are limited. "
        f"Methods: {n} patients with hepatocellular carcinoma who progressed on immunotherapy "
        f"received {drug}. Results: Median overall survival was {mos} months and median "
        f"progression-free survival was {mpfs} months (HR {hr}; 95% CI {lo}-{hi}). "
        f"The objective response rate was {orr}%. Grade 3 or higher treatment-related adverse "
        f"events occurred in {g3}% of patients. Conclusions: {drug} was active after immunotherapy."
    )


def entrez_dates(n: int, rng: random.Random) -> Iterable[date]:
    """Entrez dates spread inside the poll window (since -> today)."""
    start = date.fromisoformat(SINCE) + timedelta(days=2)
    span = (TODAY - start).days
    for _ in range(n):
        yield start + timedelta(days=rng.randrange(span))


def fill_eutils_world(world: EutilsWorld, watched: list[str], queries: int, records: int) -> None:
    """New records, half citing a watched trial (DataBankList), half matching one query."""
    rng = random.Random(11)
    for i, edat in enumerate(entrez_dates(records, rng)):
        pmid = 40_000_000 + i
        if i % 2 == 0 or not queries:
            drug, ncts = rng.choice(DRUGS), [watched[(i // 2) % len(watched)]]
        else:
            drug, ncts = query_word((i // 2) % queries), None
        world.add_article(
            pmid,
            f"{drug.capitalize()} in hepatocellular carcinoma after immunotherapy ({i})",
            abstract=synthetic_abstract(rng, drug),
            entrez_date=edat,
            nct_ids=ncts,
            doi=f"10.9999/bench.{pmid}",
            pub_types=["Journal Article", "Clinical Trial, Phase II"],
        )


# -- config and store -----------------------------------------------------------
def make_config(server: ReplayServer, queries: list[str]) -> Config:
    data = copy.deepcopy(DEFAULTS)
    data["watch"]["since"] = SINCE
    data["clinicaltrials"].update(
        base_url=server.url + CTGOV, requests_per_second=1000.0, retries=2, timeout=60.0
    )
    data["pubmed"].update(base_url=server.url + EUTILS, queries=queries, retries=2, timeout=60.0)
    return Config(data=data)


def seed_trials(db, watched: list[str]) -> None:
    with db.atomic():
        db["trials"].insert_all(
            ({"nct_id": n, "watched": 1} for n in watched),
            pk="nct_id",
            replace=True,
        )


def run_cycle(db, cfg: Config, today: date) -> dict[str, dict[str, Any]]:
    """One cycle, the order `watcher poll` uses; a source error stops the bench loudly."""
    run_id = start_run(db, "poll", "bench")
    ctgov = poll_ctgov.poll(db, cfg, run_id, backoff=0, today=today)
    client = make_eutils_client(cfg, env={}, backoff=0, per_second=1000)
    pubmed = poll_pubmed.poll(db, cfg, run_id, client=client, today=today)
    return {"ctgov": ctgov, "pubmed": pubmed}


# -- the minimum and the naive count ----------------------------------------------
def per_term(clause: str) -> int:
    """How many clauses like this one the watcher ORs into one term."""
    return (poll_pubmed.MAX_TERM_CHARS + 4) // (len(clause) + 4)


def nct_terms(n: int) -> int:
    """esearches needed for n watched trials at the watcher's term ceiling."""
    return math.ceil(n / per_term("NCT00000000[si] OR NCT00000000[tiab]"))


def uid_terms(n: int) -> int:
    """Correction-check esearches for n tracked PMIDs (`<pmid>[uid] OR ...`)."""
    return math.ceil(n / per_term("40000000[uid]"))


def minimum(s: Scenario, cfg: Config, cycle: int) -> dict[str, int]:
    """Cycle 1 fetches every new record; cycle 2 (nothing new) only searches."""
    page = int(cfg["clinicaltrials"]["page_size"])
    batch = int(cfg["pubmed"]["batch_size"])
    related = max(1, math.ceil(related_count(s.trials) / page)) if cycle == 1 else 1
    searches = nct_terms(s.trials) + s.queries
    if cycle == 1:
        pubmed = searches + math.ceil(s.records / batch)
    else:
        pubmed = searches + uid_terms(s.records)
    return {"ctgov": math.ceil(s.trials / page) + related, "pubmed": pubmed}


def naive(s: Scenario, cfg: Config, cycle: int) -> dict[str, int]:
    """One request per trial, per query and per record (cycle 2: re-fetch each tracked paper)."""
    page = int(cfg["clinicaltrials"]["page_size"])
    related = max(1, math.ceil(related_count(s.trials) / page)) if cycle == 1 else 1
    return {"ctgov": s.trials + related, "pubmed": s.trials + s.queries + s.records}


# -- running a scenario -----------------------------------------------------------------
def counts(server: ReplayServer) -> dict[str, int]:
    return {
        "ctgov": server.count(CTGOV),
        "esearch": server.count(EUTILS + "/esearch"),
        "efetch": server.count(EUTILS + "/efetch"),
        "pubmed": server.count(EUTILS),
    }


def measure(s: Scenario, tmp: Path) -> list[dict[str, Any]]:
    """Cycle 1 (the new records arrive), then cycle 2 the next day (nothing new)."""
    watched = nct_ids(s.trials)
    eutils = IndexedEutilsWorld()
    fill_eutils_world(eutils, watched, s.queries, s.records)
    ctgov = build_ctgov_world(watched)
    cycles = []
    with ReplayServer() as server:
        server.mount(CTGOV, ctgov.handler)
        server.mount(EUTILS, eutils.handler)
        cfg = make_config(server, make_queries(s.queries))
        db = open_store(tmp / f"requests-{s.trials}.db")
        seed_trials(db, watched)
        for cycle, today in ((1, TODAY), (2, TODAY + timedelta(days=1))):
            server.reset_log()
            start = time.perf_counter()
            stats = run_cycle(db, cfg, today)
            cycles.append(
                {
                    "cycle": cycle,
                    "seconds": time.perf_counter() - start,
                    "stored": db["publications"].count,
                    "new_trials": stats["ctgov"]["new_trials"],
                    "cfg": cfg,
                    **counts(server),
                }
            )
        db.close()
    return cycles


def rows_for(s: Scenario, m: dict[str, Any]) -> list[list[object]]:
    cycle = m["cycle"]
    least, per_item = minimum(s, m["cfg"], cycle), naive(s, m["cfg"], cycle)
    label = s.label if cycle == 1 else "  next day, nothing new"
    rows = []
    for source in ("ctgov", "pubmed"):
        got = m[source]
        detail = f"{m['esearch']} esearch + {m['efetch']} efetch" if source == "pubmed" else ""
        rows.append(
            [
                label,
                source,
                got,
                detail,
                least[source],
                per_item[source],
                f"{per_item[source] / got:,.0f}x",
                verdict(got <= least[source] + 1),
            ]
        )
    return rows


def check_complete(s: Scenario, m: dict[str, Any]) -> str | None:
    """A cheap cycle that missed records would be a false PASS."""
    if m["stored"] != s.records:
        return f"stored {m['stored']:,} publications, expected {s.records:,}"
    expected = related_count(s.trials) if m["cycle"] == 1 else 0
    if m["new_trials"] != expected:
        return f"{m['new_trials']} new related trials, expected {expected}"
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="the smallest scenario only")
    args = parser.parse_args(argv)
    scenarios = [Scenario(*x) for x in (SCENARIOS[:1] if args.quick else SCENARIOS)]
    rows, problems = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for s in scenarios:
            for m in measure(s, Path(tmp)):
                print(f"{s.label}: cycle {m['cycle']} took {m['seconds']:.1f} s", file=sys.stderr)
                rows += rows_for(s, m)
                problem = check_complete(s, m)
                if problem:
                    problems.append(f"{s.label}, cycle {m['cycle']}: {problem}")
                    rows[-1][-1] = rows[-2][-1] = "FAIL (incomplete)"
    headers = ["scenario", "source", "requests", "detail", "minimum", "naive", "fewer", "result"]
    print(table(headers, rows))
    print("target: at most the minimum plus one request per source")
    for p in problems:
        print(f"FAIL: {p}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
