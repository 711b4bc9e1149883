"""Public API of the extractors: trial results from abstracts, each traceable to its sentence.

Offsets convention: every finding's `start`/`end` (and `sentence_start`) index the exact
string that was analysed. For `extract(text)` that is `text`. For
`extract_document(title, abstract)` it is `title + "\\n" + abstract` (or `abstract` alone
when there is no title, or `title` alone when there is no abstract); so
`combined[f["start"]:f["end"]] == f["value_text"]` and `f["quote"]` occurs in `combined`
at `f["sentence_start"]`.

Values are never converted: weeks stay weeks, `value_text` is the value as written (Lancet
mid-dots included) and `value` is its float. Timepoints of OS/PFS rates are normalised to
months ("1-year" -> "12 months").
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from extractors import FINDING_KEYS  # noqa: F401  (re-exported: the public shape)
from extractors.pipeline import get_nlp


def extract(text: str) -> list[dict]:
    """Findings from one text, ordered by start offset; same text, same rows."""
    if not text or not text.strip():
        return []
    return list(get_nlp()(text)._.findings)


def combine(title: str | None, abstract: str | None) -> str:
    """The string `extract_document` analyses; offsets of its findings index this string."""
    parts = [p for p in (title, abstract) if p]
    return "\n".join(parts)


def extract_document(title: str | None, abstract: str | None) -> dict:
    """Findings plus document facts (registry ids, acronyms, phase, design, setting, N)."""
    text = combine(title, abstract)
    if not text.strip():
        return _empty_document()
    doc = get_nlp()(text)
    return {"findings": list(doc._.findings), **doc._.doc_info}


def _empty_document() -> dict:
    return {
        "findings": [],
        "nct_ids": [],
        "acronyms": [],
        "phase": None,
        "design": None,
        "setting": None,
        "n_total": None,
        "arms": [],
    }


def extract_many(
    texts: Iterable[str], n_process: int = 1, batch_size: int = 64
) -> Iterator[list[dict]]:
    """Findings for many texts through `nlp.pipe`, in input order."""
    nlp = get_nlp()
    for doc in nlp.pipe((t or "" for t in texts), n_process=n_process, batch_size=batch_size):
        yield list(doc._.findings or [])
