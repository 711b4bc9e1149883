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


TEXT_KEYS = ("text", "abstract", "body")
GOLD_KEYS = ("gold", "findings", "annotations", "labels")


def shared_rows(directory: Path) -> tuple[list[dict], list[str]]:
    """Rows from ../shared/corpus, and a note for every file or row that was skipped.

    Accepted: *.jsonl (one row per line) and *.json (a list of rows, or {"rows": [...]}),
    searched recursively. A row needs a text ('text', or 'title' + 'abstract') and gold
    findings ('gold', 'findings', 'annotations' or 'labels'), each with at least 'endpoint'
    and 'value'; 'arm', 'ci_low' and 'ci_high' default to null."""
    rows: list[dict] = []
    skipped: list[str] = []
    for path in sorted(directory.rglob("*")):
        if path.suffix not in (".jsonl", ".json") or not path.is_file():
            continue
        try:
            raw = _read_rows(path)
        except (ValueError, UnicodeDecodeError) as err:
            skipped.append(f"{path.name}: not JSON ({err.__class__.__name__})")
            continue
        for i, item in enumerate(raw, 1):
            row = _normalise_row(item, f"{path.stem}-{i}")
            if row is None:
                skipped.append(f"{path.name} row {i}: no text or no gold findings")
            else:
                rows.append(row)
    return rows, skipped


def _read_rows(path: Path) -> list:
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".jsonl":
        return [json.loads(line) for line in text.splitlines() if line.strip()]
    data = json.loads(text)
    if isinstance(data, dict):
        data = data.get("rows") or data.get("documents") or data.get("abstracts") or [data]
    return data if isinstance(data, list) else []


def _normalise_row(item, default_id: str) -> dict | None:
    if not isinstance(item, dict):
        return None
    text = next((item[k] for k in TEXT_KEYS if isinstance(item.get(k), str)), None)
    if isinstance(item.get("title"), str) and text is not None and item.get("title") not in text:
        text = item["title"] + "\n" + text
    gold = next((item[k] for k in GOLD_KEYS if isinstance(item.get(k), list)), None)
    if not text or gold is None:
        return None
    findings = [
        {
            "endpoint": g["endpoint"],
            "arm": g.get("arm"),
            "value": g.get("value"),
            "ci_low": g.get("ci_low"),
            "ci_high": g.get("ci_high"),
        }
        for g in gold
        if isinstance(g, dict) and "endpoint" in g
    ]
    return {"id": str(item.get("id", item.get("pmid", default_id))), "text": text, "gold": findings}


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--show", choices=[*SETS, "shared"], help="list misses and extras of one set"
    )
    parser.add_argument(
        "--shared",
        metavar="DIR",
        help=f"an annotated corpus to score as well (default {SHARED_CORPUS})",
    )
    args = parser.parse_args(list(argv) if argv is not None else None)
    for name in SETS:
        report(name, load_set(CORPUS_DIR / f"{name}.jsonl"), show=args.show == name)
    corpus = Path(args.shared) if args.shared else SHARED_CORPUS
    if corpus.is_dir():
        rows, skipped = shared_rows(corpus)
        if rows:
            report(f"shared ({corpus})", rows, show=args.show == "shared")
        else:
            print(f"\nshared corpus at {corpus} has no rows with a text and gold findings")
        for note in skipped[:20]:
            print(f"  skipped {note}")
        if len(skipped) > 20:
            print(f"  ... and {len(skipped) - 20} more skipped")
    else:
        print(f"\nno shared corpus at {corpus}: skipped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
