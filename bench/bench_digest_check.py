"""Benchmark 4: rendering a digest of 10,000 changes; `watcher check --offline`
on a store with 100,000 findings.

Targets (this machine): digest of 10,000 changes under 2 s; offline check
under 0.3 s (library call), and the whole command's wall time reported beside
it. Run: python bench/bench_digest_check.py
"""

from __future__ import annotations

import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import best_of, table, verdict

from store.baseline import load_baseline
from store.db import fingerprint, now, open_store
from watcher.check import offline_report
from watcher.config import BUNDLED_BASELINE

ENDPOINTS = ["mOS", "mPFS", "ORR", "DCR", "HR_OS", "HR_PFS", "TRAE_G3plus"]


def build_store(path: Path, n_findings: int, n_changes: int) -> list[str]:
    db = open_store(path)
    load_baseline(db, BUNDLED_BASELINE)
    rng = random.Random(7)
    ncts = [f"NCT{9000000 + i:08d}" for i in range(1200)] + ["NCT04770896"]
    stamp = now()
    with db.atomic():
        db["trials"].insert_all(
            (
                {"nct_id": n, "acronym": f"T{i}", "watched": 1, "status": "RECRUITING"}
                for i, n in enumerate(ncts[:-1])
            ),
            batch_size=1000,
        )
        db["findings"].insert_all(
            (
                {
                    "fingerprint": fingerprint("bench", i),
                    "kind": "result",
                    "source": "pubmed",
                    "pub_id": f"pmid:{30000000 + i // 8}",
                    "pmid": str(30000000 + i // 8),
                    "nct_id": rng.choice(ncts),
                    "arm": "atezolizumab + bevacizumab",
                    "endpoint": rng.choice(ENDPOINTS),
                    "value": round(rng.uniform(1, 30), 1),
                    "unit": "months",
                    "quote": "Median overall survival was 12.3 months (95% CI 10.1-14.2).",
                    "created_at": stamp,
                }
                for i in range(n_findings)
            ),
            batch_size=2000,
        )
        db["changes"].insert_all(
            (
                {
                    "fingerprint": fingerprint("bench-change", i),
                    "kind": rng.choice(
                        ["NEW_RESULT", "NEW_PUBLICATION", "TRIAL_STATUS_CHANGE", "UPDATED_RESULT"]
                    ),
                    "severity": "medium",
                    "source": "pubmed",
                    "nct_id": rng.choice(ncts),
                    "pmid": str(30000000 + i),
                    "endpoint": "mOS",
                    "arm": "atezolizumab + bevacizumab",
                    "value": 12.3,
                    "unit": "months",
                    "summary": f"Synthetic change {i} for the benchmark.",
                    "quote": "Median overall survival was 12.3 months.",
                    "detected_at": stamp,
                    "reported": 0,
                }
                for i in range(n_changes)
            ),
            batch_size=2000,
        )
    db.close()
    return ncts


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.db"
        t0 = time.perf_counter()
        build_store(path, 100_000, 10_000)
        build_s = time.perf_counter() - t0
        db = open_store(path)
        rows = []
        check_s = best_of(5, lambda: offline_report(db, "NCT04770896"))
        rows.append(
            (
                "offline check, library (100,000 findings)",
                f"{check_s:.4f}",
                0.3,
                verdict(check_s < 0.3),
            )
        )
        cfg = Path(tmp) / "c.toml"
        cfg.write_text(f'[store]\npath = "{path}"\n')
        cmd = [
            sys.executable,
            "-m",
            "watcher",
            "--config",
            str(cfg),
            "check",
            "NCT04770896",
            "--offline",
        ]
        wall = best_of(3, lambda: subprocess.run(cmd, capture_output=True, check=True))
        rows.append(
            (
                "offline check, whole command incl. interpreter start",
                f"{wall:.3f}",
                0.3,
                verdict(wall < 0.3),
            )
        )
        try:
            from reports.digest import build_digest, render
        except ImportError:
            rows.append(("digest of 10,000 changes", "n/a", 2.0, "reports.digest missing"))
        else:
            for fmt in ("text", "html", "json"):
                secs = best_of(2, lambda fmt=fmt: render(build_digest(db), fmt))
                rows.append(
                    (
                        f"digest of 10,000 changes ({fmt}, build + render)",
                        secs,
                        2.0,
                        verdict(secs < 2.0),
                    )
                )
        print(f"store built in {build_s:.1f} s: 100,000 findings, 10,000 changes, 1,201 trials")
        print(table(["measure", "seconds", "target", "result"], rows))


if __name__ == "__main__":
    main()
