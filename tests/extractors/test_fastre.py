"""The prefixed alternations of extractors.fastre match exactly as their plain patterns."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

import extractors.assign  # noqa: F401  (importing the modules builds their patterns)
import extractors.document  # noqa: F401
import extractors.regimens  # noqa: F401
from extractors.fastre import BUILT, alternation

ROOT = Path(__file__).resolve().parents[2]


def _texts() -> list[str]:
    texts = []
    for path in [*ROOT.glob("extractors/corpus/*.jsonl"), *ROOT.glob("tests/blind*/blind*.jsonl")]:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    return texts


def _fuzz(pattern: str, rng: random.Random, n: int) -> list[str]:
    """Strings made of the pattern's words with random case, fold characters and glue."""
    words = re.findall(r"[A-Za-z0-9±+/\-]+", pattern.replace("\\s", " ").replace("\\b", " "))
    glue = [" ", "", "-", "non", "non-", "non ", "\n", ".", "x", "İ", "ı", "ſ", "K", "_", "2"]
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(1, 6)):
            w = rng.choice(words) if words else "x"
            w = "".join(c.upper() if rng.random() < 0.3 else c for c in w)
            if rng.random() < 0.1 and w:
                i = rng.randrange(len(w))
                w = w[:i] + rng.choice("İıſK") + w[i + 1 :]
            parts += [rng.choice(glue), w]
        out.append("".join(parts))
    return out


def _same(plain: re.Pattern[str], fast: re.Pattern[str], text: str, pos: int, end: int) -> None:
    got = [(m.span(), m.groupdict(), m.groups()) for m in fast.finditer(text, pos, end)]
    want = [(m.span(), m.groupdict(), m.groups()) for m in plain.finditer(text, pos, end)]
    assert got == want, (plain.pattern, text[pos:end])
    for meth in ("search", "match", "fullmatch"):
        a, b = getattr(plain, meth)(text, pos, end), getattr(fast, meth)(text, pos, end)
        assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))


@pytest.mark.parametrize("pattern,flags", BUILT, ids=[p[:30] for p, _ in BUILT])
def test_alternation_matches_like_the_plain_pattern(pattern: str, flags: int) -> None:
    plain, fast = re.compile(pattern, flags), alternation(pattern, flags)
    rng = random.Random(pattern)
    texts = _texts()
    for text in texts:
        _same(plain, fast, text, 0, len(text))
        for _ in range(3):
            a = rng.randrange(len(text) + 1)
            b = rng.randrange(a, len(text) + 1)
            _same(plain, fast, text, a, b)
    for text in _fuzz(pattern, rng, 3000):
        _same(plain, fast, text, 0, len(text))
        a = rng.randrange(len(text) + 1)
        _same(plain, fast, text, a, len(text))


def test_patterns_were_built() -> None:
    assert len(BUILT) >= 5
