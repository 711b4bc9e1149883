"""Score the extractors on the blind set with the project's own scorer.

    python tests/blind/evaluate_blind.py              # table + every false positive / negative
    python tests/blind/evaluate_blind.py --summary    # table only
    python tests/blind/evaluate_blind.py --doc blind-17   # one abstract: gold vs predictions

Matching is `extractors.evaluate.Score.add` unchanged: a prediction matches a gold finding
on (endpoint, arm, value); the "+CI" columns also require ci_low and ci_high. Each listed
miss / extra carries a diagnosis computed here only to help reading (it does not change
the score): ARM (same endpoint and value, other arm), ENDPOINT (same arm and value, other
endpoint), VALUE (same endpoint and arm, other value), NOT FOUND (nothing close).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from extractors.endpoints import extract_many  # noqa: E402
from extractors.evaluate import Score, _same, load_set  # noqa: E402

BLIND = Path(__file__).with_name("blind.jsonl")

_SENT = re.compile(r"(?<=[.!?])\s+(?=[A-Z(\"'])|\n+")


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENT.split(text) if s.strip()]


def _num_variants(v: float | int) -> list[str]:
    f = float(v)
    outs = {repr(f).rstrip("0").rstrip("."), f"{f:g}", f"{f:.1f}", f"{f:.2f}", f"{f:.3f}"}
    if f.is_integer():
        outs.add(str(int(f)))
    outs |= {o.replace(".", "·") for o in list(outs)}
    return sorted(outs, key=len, reverse=True)


_NR = re.compile(
    r"not (?:been )?reached|\bNR\b|not estimable|\bNE\b|not assessable|not evaluable", re.I
)


_CUES = {
    "mOS": r"overall survival|\bOS\b|surviv",
    "mPFS": r"progression-free|\bPFS\b",
    "mTTP": r"time to (?:radiologic )?progression|\bTTP\b",
    "mDOR": r"duration|\bDOR\b|\bDoR\b",
    "ORR": r"respon|\bORR",
    "DCR": r"control|\bDCR\b",
    "HR_OS": r"hazard|\bHR",
    "HR_PFS": r"hazard|\bHR",
    "OS_RATE": r"surviv|\bOS\b",
    "PFS_RATE": r"\bPFS\b|progression-free",
    "TRAE_G3plus": r"grade|\bG(?:r)?\s?[3≥]",
    "AE_G3plus": r"grade|\bG(?:r)?\s?[3≥]",
    "TRAE_DISC": r"discontinu",
    "IRAE_G3plus": r"immune",
    "N": r"patients|pts|participants|\bn\s?=|randomi|enrolled|treated|Started",
}


def locate(text: str, gold: dict) -> str:
    """The sentence that best matches the gold value (a reading aid for misses)."""
    cue = re.compile(_CUES.get(gold["endpoint"], "."), re.I)
    sents = sentences(text)
    ranked = [s for s in sents if cue.search(s)] + [s for s in sents if not cue.search(s)]
    return _locate(ranked, gold)


def _locate(sents: list[str], gold: dict) -> str:
    value = gold.get("value")
    for sent in sents:
        if value is None:
            if _NR.search(sent) and (gold["endpoint"] in ("mOS", "mDOR", "mPFS")):
                return sent
            continue
        for var in _num_variants(value):
            if re.search(rf"(?<![\d.·]){re.escape(var)}(?![\d]|[.·]\d)", sent):
                return sent
    if gold["endpoint"] == "N":
        return "(N written in words)"
    return "(sentence not located)"


def diagnose(item: dict, others: list[dict]) -> str:
    ep, arm, val = item["endpoint"], item.get("arm"), item.get("value")
    for o in others:
        if o["endpoint"] == ep and _same(o.get("value"), val) and o.get("arm") != arm:
            return f"ARM (other side has {o.get('arm')!r})"
    for o in others:
        if o.get("arm") == arm and _same(o.get("value"), val) and o["endpoint"] != ep:
            return f"ENDPOINT (other side has {o['endpoint']})"
    for o in others:
        if o["endpoint"] == ep and o.get("arm") == arm and not _same(o.get("value"), val):
            return f"VALUE (other side has {o.get('value')})"
    return "NOT FOUND"


def fmt_ci(x: dict) -> str:
    if x.get("ci_low") is None and x.get("ci_high") is None:
        return ""
    return f" [{x.get('ci_low')}, {x.get('ci_high')}]"


def table(title: str, plain: Score, with_ci: Score) -> None:
    print(f"\n== {title}")
    print(
        f"{'endpoint':<12} {'P':>6} {'R':>6} {'F1':>6} {'n':>4} {'tp':>4} {'fp':>4} {'fn':>4}   {'P+CI':>6} {'R+CI':>6} {'F1+CI':>6}"
    )
    endpoints = sorted(set(plain.tp) | set(plain.fp) | set(plain.fn))
    for ep in [*endpoints, None]:
        p, r, f, n = plain.prf(ep)
        pc, rc, fc, _ = with_ci.prf(ep)
        tp = sum(plain.tp.values()) if ep is None else plain.tp[ep]
        fp = sum(plain.fp.values()) if ep is None else plain.fp[ep]
        fn = sum(plain.fn.values()) if ep is None else plain.fn[ep]
        print(
            f"{ep or 'OVERALL':<12} {p:6.3f} {r:6.3f} {f:6.3f} {n:4d} {tp:4d} {fp:4d} {fn:4d}   {pc:6.3f} {rc:6.3f} {fc:6.3f}"
        )


def main(argv: list[str] | None = None, path: Path = BLIND, name: str = "blind") -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--summary", action="store_true", help="print the tables only")
    ap.add_argument("--doc", help="show gold and predictions of one abstract id")
    args = ap.parse_args(argv)

    rows = load_set(path)
    preds_all = list(extract_many(r["text"] for r in rows))
    plain, with_ci = Score(), Score()
    per_doc: dict[str, tuple[list[dict], list[dict]]] = {}
    for row, preds in zip(rows, preds_all, strict=True):
        plain.add(row["id"], preds, row["gold"], with_ci=False)
        with_ci.add(row["id"], preds, row["gold"], with_ci=True)
        per_doc[row["id"]] = (row["gold"], preds)

    if args.doc:
        row = next(r for r in rows if r["id"] == args.doc)
        gold, preds = per_doc[args.doc]
        print(row["text"], "\n\nGOLD")
        for gd in gold:
            print(f"  {gd['endpoint']:<12} {gd['arm']!r:<40} {gd['value']}{fmt_ci(gd)}")
        print("PRED")
        for pr in preds:
            print(
                f"  {pr['endpoint']:<12} {pr.get('arm')!r:<40} {pr.get('value')}{fmt_ci(pr)}  <- {pr.get('quote', '')[:90]!r}"
            )
        return 0

    n_gold = sum(len(r["gold"]) for r in rows)
    table(
        f"{name}: {len(rows)} abstracts, {n_gold} gold findings, {sum(map(len, preds_all))} predictions",
        plain,
        with_ci,
    )

    # per-style (abstract) recall / precision, worst first
    print("\n== per abstract (tp/gold, tp/pred)")
    tp_doc, fp_doc, fn_doc = Counter(), Counter(), Counter()
    for d, _g in plain.misses:
        fn_doc[d] += 1
    for d, _p in plain.extras:
        fp_doc[d] += 1
    for row in rows:
        d = row["id"]
        tp_doc[d] = len(row["gold"]) - fn_doc[d]
    for row in sorted(rows, key=lambda r: -(fn_doc[r["id"]] + fp_doc[r["id"]])):
        d = row["id"]
        ng, npred = len(row["gold"]), len(per_doc[d][1])
        print(
            f"  {d:<10} {tp_doc[d]:3d}/{ng:<3d} gold  {tp_doc[d]:3d}/{npred:<3d} pred   fn={fn_doc[d]:<3d} fp={fp_doc[d]:<3d} {row['style']}"
        )

    if args.summary:
        return 0

    by_id = {r["id"]: r for r in rows}
    print("\n== FALSE NEGATIVES (gold not produced)")
    diag_fn = Counter()
    for d, gd in plain.misses:
        gold, preds = per_doc[d]
        why = diagnose(gd, preds)
        diag_fn[why.split(" ")[0]] += 1
        print(f"  FN {d}: {gd['endpoint']} {gd['arm']!r} {gd['value']}{fmt_ci(gd)}  -- {why}")
        print(f"        | {locate(by_id[d]['text'], gd)[:220]}")
    print("\n== FALSE POSITIVES (predictions matching no gold)")
    diag_fp = Counter()
    for d, pr in plain.extras:
        gold, _preds = per_doc[d]
        why = diagnose(pr, gold)
        diag_fp[why.split(" ")[0]] += 1
        print(
            f"  FP {d}: {pr['endpoint']} {pr.get('arm')!r} {pr.get('value')}{fmt_ci(pr)}  -- {why}"
        )
        print(f"        | {pr.get('quote', '')[:220]}")
    print("\n== CI mismatches (counted as hits above, misses in the +CI columns)")
    plain_missed = {id(gd) for _d, gd in plain.misses}
    for d, gd in with_ci.misses:
        if id(gd) in plain_missed:
            continue
        gold, preds = per_doc[d]
        hit = next(
            (
                p
                for p in preds
                if p["endpoint"] == gd["endpoint"]
                and p.get("arm") == gd.get("arm")
                and _same(p.get("value"), gd.get("value"))
            ),
            None,
        )
        if hit is not None:
            print(
                f"  CI {d}: {gd['endpoint']} {gd['arm']!r} {gd['value']} gold{fmt_ci(gd) or ' [None, None]'} pred{fmt_ci(hit) or ' [None, None]'}"
            )
    print("\n== diagnosis counts")
    print("  FN:", dict(diag_fn))
    print("  FP:", dict(diag_fp))
    return 0


if __name__ == "__main__":
    sys.exit(main())
