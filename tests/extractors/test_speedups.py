"""The speed-ups of the perf branch give exactly what the plain code gave: rows from the
row-emitting rulers are SpanRuler's spans, acronyms tried only at their literals are the
full alternation's, and patterns given a prefix match as written."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from spacy.pipeline import SpanRuler

from extractors import document as docfacts
from extractors.engine import _ruler_rows
from extractors.fastre import opening_literals
from extractors.pipeline import get_nlp

ROOT = Path(__file__).resolve().parents[2]


def _texts() -> list[str]:
    texts = []
    for path in sorted(
        [*ROOT.glob("extractors/corpus/*.jsonl"), *ROOT.glob("tests/blind*/blind*.jsonl")]
    ):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    return texts


TEXTS = _texts()


def _span_rows(nlp, text: str) -> list[tuple]:
    """The rows `_ruler_rows` read from stock SpanRulers holding the same patterns."""
    doc = nlp.make_doc(text)
    names = {"phrase_ruler": "hcc_phrases", "exact_ruler": "hcc_exact"}
    for name, key in names.items():
        mine = nlp.get_pipe(name)
        stock = SpanRuler(nlp, f"stock_{name}", spans_key=key, spans_filter=None)
        stock.phrase_matcher = mine.phrase_matcher  # same matcher, same patterns
        stock.matcher = mine.matcher
        stock._match_label_id_map = mine._match_label_id_map
        stock._patterns = mine._patterns
        stock(doc)
    return _ruler_rows(doc)


def test_row_rulers_give_span_ruler_rows():
    nlp = get_nlp()
    for text in TEXTS + [t.lower() for t in TEXTS[::3]]:
        doc = nlp(text)
        assert _ruler_rows(doc) == _span_rows(nlp, text)


def _full_acronyms(text: str) -> list[str]:
    combined, by_group = docfacts._combined_acronyms()
    names: list[str] = []
    for m in combined.finditer(text):
        if by_group[m.lastgroup] not in names:
            names.append(by_group[m.lastgroup])
    return names


def _acronym_fuzz(n: int) -> list[str]:
    rows = [
        json.loads(line)
        for line in (ROOT / "extractors/lexicon/acronyms.jsonl").read_text().splitlines()
        if line.strip()
    ]
    forms = [f for r in rows for f in [r["acronym"], *r["variants"]]]
    rng = random.Random(1)
    out = []
    for _ in range(n):
        bits = []
        for _ in range(rng.randint(1, 4)):
            f = "".join(c.swapcase() if rng.random() < 0.3 else c for c in rng.choice(forms))
            if rng.random() < 0.15:
                f = f.replace("i", rng.choice("İıI")).replace("s", "ſ").replace("k", "\u212a")
            if rng.random() < 0.3 and len(f) > 2:
                k = rng.randrange(len(f))
                f = f[:k] + rng.choice([" ", "-", "x", "1", "", "\u2013"]) + f[k + 1 :]
            bits.append(f)
        out.append(rng.choice([" ", "the ", "(", "-", "x"]).join(bits) + rng.choice(["", "."]))
    return out


def test_acronyms_found_at_their_literals_are_the_full_alternations():
    texts = TEXTS + [t.upper() for t in TEXTS[::5]] + _acronym_fuzz(3000)
    assert any(_full_acronyms(t) for t in texts)
    for text in texts:
        assert docfacts.acronyms(text) == _full_acronyms(text), text


@pytest.mark.parametrize(
    ("pattern", "literals"),
    [
        (r"ab(?:cd|e)f", ("abcd", "abe")),
        (r"\bx(?:y|\d)", ("x",)),
        (r"(?:a|b)c", None),  # one character class: no literal
        (r"a*b", None),
        (r"(?<!x)(?:Foo|ba(?:r|z))q", ("foo", "ba")),
        (r"(?:é|x)", None),
    ],
)
def test_opening_literals(pattern, literals):
    assert opening_literals(pattern) == literals


def test_prefixed_patterns_match_as_written():
    """fastre.prefixed: every pattern it rewrote finds the same spans as the original, on
    the corpus texts, their lower- and upper-case forms and fuzzed mixtures of their words."""
    from extractors.fastre import PREFIXED

    assert PREFIXED
    rng = random.Random(3)
    texts = TEXTS + [t.lower() for t in TEXTS[::3]] + [t.upper() for t in TEXTS[::3]]
    for plain, fast in PREFIXED:
        words = [w for w in plain.pattern.replace("\\s", " ").replace("\\b", " ").split() if w]
        words = [w.strip("()?:|*+") for w in " ".join(words).replace("|", " ").split()]
        fuzz = [" ".join(rng.choice(words) for _ in range(rng.randint(2, 8))) for _ in range(500)]
        for text in texts + fuzz:
            want = [m.span() for m in plain.finditer(text)]
            assert [m.span() for m in fast.finditer(text)] == want, (plain.pattern, text)
