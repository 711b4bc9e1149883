"""What every blind-set build script shares: the gold helper, the checks run on every build
(ids, endpoint codes, arm ids against the lexicon, gold numbers present in the text, CI
brackets, duplicates, word counts) and the writing of the set with its sha256.

A build script keeps only its texts and gold, and calls `build(ROWS, OUT, name, spelled)`."""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from pathlib import Path

LEXICON = Path(__file__).resolve().parents[2] / "extractors" / "lexicon" / "regimens.jsonl"
ENDPOINTS = {
    "mOS",
    "mPFS",
    "mTTP",
    "mDOR",
    "ORR",
    "DCR",
    "HR_OS",
    "HR_PFS",
    "OS_RATE",
    "PFS_RATE",
    "TRAE_G3plus",
    "AE_G3plus",
    "TRAE_DISC",
    "IRAE_G3plus",
    "N",
}
MIN_WORDS, MAX_WORDS = 180, 300


def g(endpoint: str, arm: str, value, ci_low=None, ci_high=None) -> dict:
    return {"endpoint": endpoint, "arm": arm, "value": value, "ci_low": ci_low, "ci_high": ci_high}


def row(id: str, style: str, source_style: str, text: str, gold: list[dict]) -> dict:
    """One abstract of a set; the text is whitespace-normalised as written in the script."""
    return {
        "id": id,
        "style": style,
        "source_style": source_style,
        "text": " ".join(text.split()),
        "gold": gold,
    }


def load_lexicon() -> tuple[dict[str, int], set[str]]:
    ranks: dict[str, int] = {}
    regimens: set[str] = set()
    for line in LEXICON.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        entry = json.loads(line)
        if entry["kind"] == "agent":
            ranks[entry["id"]] = entry["rank"]
        elif entry["kind"] == "regimen":
            regimens.add(entry["id"])
    return ranks, regimens


def arm_ok(arm: str, ranks: dict[str, int], regimens: set[str]) -> bool:
    if arm == "overall" or arm in regimens:
        return True
    parts = arm.split(" + ")
    if not all(p in ranks for p in parts) or len(set(parts)) != len(parts):
        return False
    return parts == sorted(parts, key=lambda p: (ranks[p], p))


def numbers_in(text: str, spelled: dict[str, int]) -> list[float]:
    plain = re.sub(r"(?<=\d),(?=\d{3}\b)", "", text)
    found = [float(m) for m in re.findall(r"\d+(?:\.\d+)?", plain)]
    lower = text.lower()
    found += [float(v) for word, v in spelled.items() if word in lower]
    return found


def check(rows: list[dict], name: str, spelled: dict[str, int]) -> list[str]:
    ranks, regimens = load_lexicon()
    errors: list[str] = []
    for i, r in enumerate(rows, start=1):
        rid = r["id"]
        if rid != f"{name}-{i:02d}":
            errors.append(f"{rid}: id out of sequence (expected {name}-{i:02d})")
        words = len(r["text"].split())
        if not MIN_WORDS <= words <= MAX_WORDS:
            errors.append(f"{rid}: {words} words (allowed {MIN_WORDS}-{MAX_WORDS})")
        nums = numbers_in(r["text"], spelled)
        seen: set[tuple] = set()
        for f in r["gold"]:
            ep, arm, val, lo, hi = f["endpoint"], f["arm"], f["value"], f["ci_low"], f["ci_high"]
            if ep not in ENDPOINTS:
                errors.append(f"{rid}: unknown endpoint {ep}")
            if not arm_ok(arm, ranks, regimens):
                errors.append(f"{rid}: arm {arm!r} not a lexicon id / rank-ordered composition")
            for label, x in (("value", val), ("ci_low", lo), ("ci_high", hi)):
                if x is not None and not any(abs(x - n) < 1e-9 for n in nums):
                    errors.append(f"{rid}: {ep} {arm} {label} {x} not found in text")
            if val is not None:
                if lo is not None and lo > val:
                    errors.append(f"{rid}: {ep} {arm} ci_low {lo} above value {val}")
                if hi is not None and hi < val:
                    errors.append(f"{rid}: {ep} {arm} ci_high {hi} below value {val}")
            if lo is not None and hi is not None and lo > hi:
                errors.append(f"{rid}: {ep} {arm} ci_low {lo} above ci_high {hi}")
            key = (ep, arm, val)
            if key in seen:
                errors.append(f"{rid}: duplicate gold {key}")
            seen.add(key)
    return errors


def review(rows: list[dict], spelled: dict[str, int]) -> None:
    """List, per row, the numbers of the text that are not gold, and gold numbers seen twice."""
    for r in rows:
        gold_nums: list[float] = []
        for f in r["gold"]:
            gold_nums += [x for x in (f["value"], f["ci_low"], f["ci_high"]) if x is not None]
        nums = numbers_in(r["text"], spelled)
        counts = Counter(nums)
        other = [n for n in nums if not any(abs(n - x) < 1e-9 for x in gold_nums)]
        repeated = sorted({x for x in gold_nums if counts[float(x)] > 1})
        print(f"{r['id']}: non-gold {sorted(set(other))}")
        if repeated:
            print(f"    gold numbers occurring more than once in the text: {repeated}")


def build(rows: list[dict], out: Path, name: str, spelled: dict[str, int], argv: list[str]) -> int:
    """Check the set, write it, print its counts and sha256; non-zero if a check fails."""
    errors = check(rows, name, spelled)
    if errors:
        print("\n".join(errors))
        return 1
    with out.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    per_endpoint = Counter(f["endpoint"] for r in rows for f in r["gold"])
    total = sum(per_endpoint.values())
    with_ci = sum(1 for r in rows for f in r["gold"] if f["ci_low"] is not None)
    words = [len(r["text"].split()) for r in rows]
    print(f"rows {len(rows)}, gold findings {total}, with CI {with_ci}")
    print("per endpoint: " + ", ".join(f"{k} {v}" for k, v in per_endpoint.most_common()))
    print(
        "words per row: "
        + ", ".join(f"{r['id'][-2:]}:{w}" for r, w in zip(rows, words, strict=True))
    )
    print(f"words min {min(words)}, max {max(words)}, mean {sum(words) / len(words):.0f}")
    if "--review" in argv:
        review(rows, spelled)
    print(f"sha256 {hashlib.sha256(out.read_bytes()).hexdigest()}  {out.name}")
    return 0
