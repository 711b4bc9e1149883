"""Accuracy harness: precision, recall and F1 of `extract` against annotated abstracts.

    python -m extractors.evaluate            # dev and holdout, plus ../shared/corpus if present
    python -m extractors.evaluate --show dev # also list every miss and false positive

Findings match on (endpoint, arm, value), and separately on (endpoint, arm, value, CI).
The dev set is what rules were written against; the holdout set was written first and is
never tuned against, so its figures are the honest ones.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from extractors.endpoints import extract_many

CORPUS_DIR = Path(__file__).parent / "corpus"
SHARED_CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
SETS = ("dev", "holdout")


def load_set(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _same(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) < 1e-6


def _key_match(pred: dict, gold: dict, with_ci: bool) -> bool:
    if pred["endpoint"] != gold["endpoint"] or pred.get("arm") != gold.get("arm"):
        return False
    if not _same(pred.get("value"), gold.get("value")):
        return False
    if with_ci:
        return _same(pred.get("ci_low"), gold.get("ci_low")) and _same(
            pred.get("ci_high"), gold.get("ci_high")
        )
    return True


@dataclass
class Score:
    """True positives, false positives and false negatives per endpoint."""

    tp: Counter = field(default_factory=Counter)
    fp: Counter = field(default_factory=Counter)
    fn: Counter = field(default_factory=Counter)
    misses: list[tuple[str, dict]] = field(default_factory=list)
    extras: list[tuple[str, dict]] = field(default_factory=list)

    def add(self, doc_id: str, preds: list[dict], golds: list[dict], with_ci: bool) -> None:
        unmatched = list(preds)
        for gold in golds:
            hit = next((p for p in unmatched if _key_match(p, gold, with_ci)), None)
            if hit is None:
                self.fn[gold["endpoint"]] += 1
                self.misses.append((doc_id, gold))
            else:
                unmatched.remove(hit)
                self.tp[gold["endpoint"]] += 1
        for pred in unmatched:
            self.fp[pred["endpoint"]] += 1
            self.extras.append((doc_id, pred))

    def prf(self, endpoint: str | None = None) -> tuple[float, float, float, int]:
        if endpoint is None:
            tp, fp, fn = sum(self.tp.values()), sum(self.fp.values()), sum(self.fn.values())
        else:
            tp, fp, fn = self.tp[endpoint], self.fp[endpoint], self.fn[endpoint]
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f, tp + fn


def score(rows: list[dict]) -> tuple[Score, Score]:
    """Scores on (endpoint, arm, value) and on (endpoint, arm, value, CI)."""
    plain, with_ci = Score(), Score()
    for row, preds in zip(rows, extract_many(r["text"] for r in rows), strict=True):
        plain.add(row["id"], preds, row["gold"], with_ci=False)
        with_ci.add(row["id"], preds, row["gold"], with_ci=True)
    return plain, with_ci


def report(name: str, rows: list[dict], show: bool = False) -> tuple[Score, Score]:
    plain, with_ci = score(rows)
    print(f"\n== {name}: {len(rows)} abstracts, {sum(len(r['gold']) for r in rows)} gold findings")
    print(
        f"{'endpoint':<12} {'P':>6} {'R':>6} {'F1':>6} {'n':>4}   {'P+CI':>6} {'R+CI':>6} {'F1+CI':>6}"
    )
    endpoints = sorted(set(plain.tp) | set(plain.fp) | set(plain.fn))
    for ep in [*endpoints, None]:
        p, r, f, n = plain.prf(ep)
        pc, rc, fc, _ = with_ci.prf(ep)
        label = ep or "OVERALL"
        print(f"{label:<12} {p:6.3f} {r:6.3f} {f:6.3f} {n:4d}   {pc:6.3f} {rc:6.3f} {fc:6.3f}")
    if show:
        for doc_id, g in plain.misses:
            print(f"  MISS {doc_id}: {g['endpoint']} {g['arm']!r} {g['value']}")
        for doc_id, p in plain.extras:
            print(
                f"  EXTRA {doc_id}: {p['endpoint']} {p['arm']!r} {p['value']}  <- {p['quote'][:110]!r}"
            )
    return plain, with_ci


def shared_rows(directory: Path) -> list[dict]:
    """Rows from ../shared/corpus: any *.jsonl whose lines carry text and gold."""
    rows: list[dict] = []
    for path in sorted(directory.glob("*.jsonl")):
        for row in load_set(path):
            if "text" in row and "gold" in row:
                rows.append({"id": row.get("id", path.stem), **row})
    return rows


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--show", choices=[*SETS, "shared"], help="list misses and extras of one set"
    )
    args = parser.parse_args(list(argv) if argv is not None else None)
    for name in SETS:
        report(name, load_set(CORPUS_DIR / f"{name}.jsonl"), show=args.show == name)
    if SHARED_CORPUS.is_dir():
        rows = shared_rows(SHARED_CORPUS)
        if rows:
            report(f"shared ({SHARED_CORPUS})", rows, show=args.show == "shared")
        else:
            print(f"\nshared corpus at {SHARED_CORPUS} has no rows with 'text' and 'gold'")
    else:
        print(f"\nno shared corpus at {SHARED_CORPUS}: skipped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
