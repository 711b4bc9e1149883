"""Benchmark 2: backfill at scale, ingestion then extraction, peak memory per size.

    python bench/bench_backfill.py [--quick]

Ingests 5,000 / 20,000 / 50,000 synthetic PubMed records through the real
poll path (`poll_pubmed.poll`: esearch, efetch in batches of 200 through the
replay server, Bio.Entrez parse, one transaction per batch) into a fresh
store holding the review's baseline, then extracts them
(`watcher.poll.extract_pending`). Each size runs in its own child process
(`--child`) so its peak RSS is its own; the replay server and its world live
in the parent, so the child's memory is the watcher's only. `--quick` runs
three small sizes (for the smoke test).

Target: peak RSS under 300 MB at every size, and flat as the count grows:
ingestion and extraction should stream (a batch at a time), not hold the
backfill in memory. Throughput is reported, not targeted.

Two more things are shown because a backfill hits them:
- PubMed's esearch returns at most 10,000 IDs, and the watcher refuses a
  search with more hits than IDs. So a backfill larger than that is split
  across queries here (5,000 records per query); whether one broad query
  over the whole window works is checked and printed.
- Linking each paper tries every watched trial's acronym as a regex, so
  ingestion cost grows with the number of trials; that is timed per paper.
"""

from __future__ import annotations

import argparse
import copy
import json
import math
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from _common import table, verdict
from bench_requests import TODAY, IndexedEutilsWorld, entrez_dates, synthetic_abstract

from store.db import open_store
from watcher.config import BUNDLED_BASELINE, DEFAULTS, Config
from watcher.replay.server import ReplayServer

SIZES = [5_000, 20_000, 50_000]
QUICK_SIZES = [200, 400, 1_000]
PER_QUERY = 5_000  # records per query: under PubMed's 10,000-ID esearch ceiling
TARGET_MB = 300.0
EUTILS = "/eutils"
SINCE = "2025-02-08"
DRUGS = ["regorafenib", "cabozantinib", "ramucirumab", "lenvatinib", "sorafenib"]


# -- the world (parent) ---------------------------------------------------------
def block_word(k: int) -> str:
    return f"backfillblock{k:03d}"


def block_query(k: int) -> str:
    return f'"hepatocellular carcinoma"[tiab] AND {block_word(k)}[tiab]'


def build_world(records: int, block: int) -> IndexedEutilsWorld:
    """`records` papers; paper i carries the word of block i // block, so queries partition them."""
    world = IndexedEutilsWorld()
    rng = random.Random(5)
    for i, edat in enumerate(entrez_dates(records, rng)):
        drug = rng.choice(DRUGS)
        world.add_article(
            50_000_000 + i,
            f"{drug.capitalize()} in hepatocellular carcinoma after immunotherapy "
            f"({block_word(i // block)})",
            abstract=synthetic_abstract(rng, drug),
            entrez_date=edat,
            doi=f"10.9999/backfill.{i}",
            pub_types=["Journal Article", "Clinical Trial, Phase II"],
        )
    return world


def make_config(url: str, queries: list[str], store: Path) -> Config:
    data = copy.deepcopy(DEFAULTS)
    data["watch"]["since"] = SINCE
    data["store"]["path"] = str(store)
    data["pubmed"].update(base_url=url + EUTILS, queries=queries, retries=2, timeout=120.0)
    return Config(data=data)


# -- one size (child) -----------------------------------------------------------
def peak_rss_mb() -> float:
    """Peak RSS of this process image (VmHWM), in MB.

    Not `getrusage().ru_maxrss`: Linux carries that across fork and exec, so
    a child of the parent holding the 50,000-record world would start at the
    parent's size.
    """
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM in /proc/self/status")


def child(records: int, block: int, url: str, folder: Path) -> dict[str, Any]:
    """Ingest and extract `records` papers into a fresh store; figures as a dict."""
    import extractors.endpoints  # noqa: F401  (loaded before the baseline RSS reading)
    from store.baseline import load_baseline
    from store.records import start_run
    from watcher import poll_pubmed
    from watcher.poll import extract_pending
    from watcher.pubmed import make_client

    queries = [block_query(k) for k in range(math.ceil(records / block))]
    cfg = make_config(url, queries, folder / f"backfill-{records}.db")
    db = open_store(cfg.store_path)
    load_baseline(db, BUNDLED_BASELINE)
    run_id = start_run(db, "poll", "bench")
    base = peak_rss_mb()
    t0 = time.perf_counter()
    client = make_client(cfg, env={}, backoff=0, per_second=1000)
    stats = poll_pubmed.poll(db, cfg, run_id, client=client, today=TODAY)
    ingest_s, ingest_mb = time.perf_counter() - t0, peak_rss_mb()
    t1 = time.perf_counter()
    extracted = extract_pending(db, run_id)
    extract_s = time.perf_counter() - t1
    out = {
        "records": records,
        "stored": db["publications"].count - _baseline_pubs(db),
        "requests": stats["requests"],
        "findings": extracted["findings"],
        "extracted": extracted["publications"],
        "ingest_s": ingest_s,
        "extract_s": extract_s,
        "base_mb": base,
        "ingest_mb": ingest_mb,
        "peak_mb": peak_rss_mb(),
    }
    db.close()
    return out


def _baseline_pubs(db) -> int:
    return db["publications"].count_where("source != 'pubmed'")


# -- what a backfill runs into (parent) -------------------------------------------
def broad_query_check(url: str, records: int, folder: Path) -> str:
    """One query over the whole window, as a first run with broad queries does."""
    from watcher import poll_pubmed
    from watcher.http import SourceError
    from watcher.pubmed import make_client

    cfg = make_config(url, ['"hepatocellular carcinoma"[tiab]'], folder / "broad.db")
    db = open_store(cfg.store_path)
    try:
        client = make_client(cfg, env={}, backoff=0, per_second=1000)
        stats = poll_pubmed.poll(db, cfg, None, client=client, today=TODAY)
    except SourceError as e:
        return f"FAIL: one query matching {records:,} records: {e.reason}"
    finally:
        db.close()
    return f"one query matching {records:,} records: {stats['new']:,} stored"


def linking_cost(trials: int, papers: int, folder: Path) -> float:
    """Milliseconds to link one paper when `trials` watched trials have acronyms."""
    from store.publications import find_links

    db = open_store(folder / f"links-{trials}.db")
    with db.atomic():
        db["trials"].insert_all(
            ({"nct_id": f"NCT{7_000_000 + i:08d}", "acronym": f"BF-{i}", "watched": 1})
            for i in range(trials)
        )
    rng = random.Random(3)
    pubs = [
        {"pmid": str(i), "title": "Regorafenib after immunotherapy", "nct_ids": []}
        | {"abstract": synthetic_abstract(rng, "regorafenib")}
        for i in range(papers)
    ]
    find_links(db, pubs[0], registry_refs={})  # warm the pattern cache
    start = time.perf_counter()
    for pub in pubs:
        find_links(db, pub, registry_refs={})
    db.close()
    return (time.perf_counter() - start) / papers * 1000


# -- the parent -------------------------------------------------------------------
def run_child(n: int, block: int, url: str, folder: Path) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--child", "--records", str(n), "--block", str(block)]
    cmd += ["--url", url, "--dir", str(folder)]
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"child for {n:,} records failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def size_row(r: dict[str, Any]) -> list[object]:
    ok = r["peak_mb"] < TARGET_MB and r["stored"] == r["records"]
    return [
        r["records"],
        r["requests"],
        f"{r['ingest_s']:.1f}",
        round(r["records"] / r["ingest_s"]),
        f"{r['extract_s']:.1f}",
        round(r["extracted"] / r["extract_s"]) if r["extract_s"] else 0,
        r["findings"],
        round(r["base_mb"]),
        round(r["ingest_mb"]),
        round(r["peak_mb"]),
        verdict(ok) + ("" if r["stored"] == r["records"] else " (incomplete)"),
    ]


def flatness(results: list[dict[str, Any]], quick: bool) -> str:
    """Growth of peak RSS per 1,000 records between the smallest and largest size."""
    first, last = results[0], results[-1]
    grow = last["peak_mb"] - first["peak_mb"]
    per = grow / (last["records"] - first["records"]) * 1000
    ingest = last["ingest_mb"] - first["ingest_mb"]
    return (
        f"peak RSS {first['peak_mb']:.0f} MB at {first['records']:,} -> {last['peak_mb']:.0f} MB "
        f"at {last['records']:,} records: +{grow:.0f} MB ({per:.2f} MB per 1,000 records; "
        f"ingestion alone +{ingest:.0f} MB) -> "
        + ("too small to judge (--quick)" if quick else "flat" if per < 0.5 else "NOT flat")
    )


def parent(sizes: list[int], trial_counts: list[int], papers: int, quick: bool = False) -> None:
    block = min(PER_QUERY, math.gcd(*sizes))
    start = time.perf_counter()
    world = build_world(max(sizes), block)
    print(f"world of {max(sizes):,} records built in {time.perf_counter() - start:.1f} s")
    with ReplayServer() as server, tempfile.TemporaryDirectory() as tmp:
        server.mount(EUTILS, world.handler)
        results = [run_child(n, block, server.url, Path(tmp)) for n in sizes]
        broad = broad_query_check(server.url, max(sizes), Path(tmp))
        links = [(t, linking_cost(t, papers, Path(tmp))) for t in trial_counts]
    headers = ["records", "requests", "ingest s", "ingest rec/s", "extract s", "extract rec/s"]
    headers += ["findings", "RSS start MB", "peak RSS ingest MB", "peak RSS MB", "< 300 MB"]
    print(table(headers, [size_row(r) for r in results]))
    print(flatness(results, quick))
    print(broad)
    print(table(["watched trials with acronyms", "ms to link one paper"], links))
    cliff = links[-1][1] / links[0][1]
    print(
        f"linking: {cliff:,.0f}x slower per paper at {links[-1][0]:,} trials than at {links[0][0]}"
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes (smoke test)")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--records", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--block", type=int, default=PER_QUERY, help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    parser.add_argument("--dir", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.records, args.block, args.url, Path(args.dir))))
    elif args.quick:
        parent(QUICK_SIZES, [30, 100], 20, quick=True)
    else:
        parent(SIZES, [30, 64, 65, 1_200], 200)


if __name__ == "__main__":
    main()
