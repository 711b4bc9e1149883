"""The spaCy pipeline: `spacy.blank("en")`, an abstract-aware sentence splitter, two
SpanRulers loaded from JSONL data (regimens, endpoint/context cues) and the findings
component that sets the Doc/Span extensions. Nothing here downloads anything.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import numpy
import spacy
import srsly
from spacy.attrs import IDX, LENGTH, SENT_START
from spacy.language import Language
from spacy.pipeline import SpanRuler
from spacy.tokens import Doc, Span

from extractors.lexicon import ruler_patterns
from extractors.numbers import GLUED_BEFORE_NUMBER

PATTERN_DIR = Path(__file__).parent / "patterns"

SECTION_LABEL = re.compile(
    r"(?:(?<=\n)|^|(?<=[.!?]\s)|(?<=[A-Za-z0-9%)][.!?]))\s*(?P<label>"
    r"BACKGROUND(?:\s*(?:AND|&)\s*AIMS?)?|Background(?:\s*(?:and|&|/)\s*Aims?)?|METHODS?|Methods?|RESULTS?|Results?|FINDINGS|Findings"
    r"|CONCLUSIONS?|Conclusions?|INTERPRETATION|Interpretation|PURPOSE|Purpose|OBJECTIVES?|Objectives?|AIMS?|Aims?"
    r"|INTRODUCTION|Introduction|DESIGN|Design|IMPORTANCE|Importance|FUNDING|Funding|PATIENTS\s+AND\s+METHODS"
    r"|Patients\s+and\s+[Mm]ethods|MATERIALS\s+AND\s+METHODS|Materials\s+and\s+[Mm]ethods|SUMMARY|Summary"
    r"|Background/Aims|Clinical\s+trial\s+information|Trial\s+registration|Main\s+Outcomes\s+and\s+Measures"
    r"|Setting|Participants|Interventions|Exposures?)"
    r"(?=\s*:|\s*\n|\s+(?=[A-Z0-9(])|(?<=[a-z])(?=[A-Z]))\s*:?",
)
NO_SPLIT_BEFORE = re.compile(
    r"(?:\b(?:vs|v|al|e\.g|i\.e|cf|Fig|Figs|approx|ca|Dr|Drs|St|No|Nos|resp|incl|Ref|Refs|Ltd|Inc|Co|Jan|Feb|Mar|Apr"
    r"|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|Suppl|Vol|mg|ml|etc)|\b[A-Z])$"
)
BOUNDARY = re.compile(r"[.!?][\"'”’)\]]?\s+(?=\S)")


LABEL_MAY_START = re.compile(r"[\n.!?](?:(?<=\n)|\s|(?=[A-Z]))")  # "\n|[.!?]\s", with a prefix
# 'regorafenib.Results:The ...': text whose spaces after full stops were lost on the way
GLUED_BOUNDARY = re.compile(r"(?<=[A-Za-z0-9%)\]])(?:[.!?]|;(?=[A-Z][a-z]))(?=[A-Z][A-Za-z])")


def _section_labels(text: str):
    """`SECTION_LABEL.finditer(text)`, tried only where a label may start (the text's
    start, after a newline, after '.', '!' or '?' and a space): the pattern opens with
    lookbehinds, which the regex engine would otherwise try at every character."""
    end = 0
    for pos in [0, *(m.end() for m in LABEL_MAY_START.finditer(text))]:
        if pos < end:
            continue
        m = SECTION_LABEL.match(text, pos)
        if m:
            end = m.end()
            yield m


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """Character spans of sentences: paragraph breaks and section labels always split;
    '.', '!' or '?' split unless they end 'vs.', 'et al.', an initial, or a decimal."""
    starts = {0}
    for m in re.finditer(r"\n+\s*", text):
        starts.add(m.end())
    for m in _section_labels(text):
        starts.add(m.start("label"))
        starts.add(m.end())
    for m in BOUNDARY.finditer(text):
        nxt = text[m.end() : m.end() + 3]
        if NO_SPLIT_BEFORE.search(text[max(0, m.start() - 8) : m.start()]):
            continue
        if (
            nxt[:1].isupper()
            or nxt[:1].isdigit()
            or nxt[:1] in "(["
            or (nxt[:1].islower() and nxt[1:2].isupper())
        ):
            starts.add(m.end())
    if "." in text:
        for m in GLUED_BOUNDARY.finditer(text):
            if not NO_SPLIT_BEFORE.search(text[max(0, m.start() - 8) : m.start()]):
                starts.add(m.end())
    ordered = sorted(s for s in starts if s < len(text))
    out = []
    for i, start in enumerate(ordered):
        end = ordered[i + 1] if i + 1 < len(ordered) else len(text)
        seg = text[start:end]
        stripped = seg.rstrip()
        lead = len(seg) - len(seg.lstrip())
        if stripped.strip():
            out.append((start + lead, start + len(stripped)))
    return out


@Language.component("hcc_sentences", assigns=["token.is_sent_start"])
def hcc_sentences(doc: Doc) -> Doc:
    """Set sentence starts from `sentence_bounds`, robust to section labels and 'vs.'.
    Only starts are written; unset tokens count as sentence-internal, which is cheaper
    than writing every token."""
    if not len(doc):
        return doc
    bounds = sentence_bounds(doc_text(doc))
    doc.user_data["hcc_sentence_bounds"] = bounds
    # One array write instead of a Token per start: each `is_sent_start` assignment makes
    # a Token and checks `has_annotation("DEP")` over the whole Doc.
    idx = doc.to_array(IDX)
    flags = numpy.zeros(len(idx), dtype=numpy.int64)
    # token offsets increase strictly, so a sorted search finds the token each start opens
    starts = numpy.fromiter((a for a, _ in bounds), dtype=idx.dtype, count=len(bounds))
    pos = numpy.searchsorted(idx, starts)
    pos = pos[pos < len(idx)]
    flags[pos[idx[pos] == starts[: len(pos)]]] = 1
    flags[0] = 1
    if len(doc) > 1 and not flags[1]:
        flags[1] = -1  # spaCy ignores token 0 when asking if starts are set
    doc.from_array([SENT_START], flags.astype(numpy.uint64))
    return doc


class TextKeepingTokenizer:
    """The spaCy tokenizer, also keeping the input string in `doc.user_data` so components
    need not rebuild `doc.text` from tokens (which spaCy does on every access)."""

    def __init__(self, tokenizer):
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        doc = self.tokenizer(text)
        doc.user_data["hcc_text"] = text
        return doc

    def __getattr__(self, name):
        return getattr(self.tokenizer, name)

    def pipe(self, texts, batch_size=1000):
        for text in texts:
            yield self(text)


def doc_text(doc: Doc) -> str:
    """The analysed string: kept by the tokenizer wrapper, else rebuilt by spaCy."""
    text = doc.user_data.get("hcc_text")
    return text if isinstance(text, str) else doc.text


def register_extensions() -> None:
    """Global extensions, registered once behind has_extension guards."""
    if not Doc.has_extension("findings"):
        Doc.set_extension("findings", default=None)
    if not Doc.has_extension("doc_info"):
        Doc.set_extension("doc_info", getter=_doc_info_getter)
    if not Span.has_extension("finding"):
        Span.set_extension("finding", default=None)
    getters = {
        "value": lambda span: _field(span, "value"),
        "ci": lambda span: (
            (_field(span, "ci_low"), _field(span, "ci_high")) if span._.finding else None
        ),
        "arm": lambda span: _field(span, "arm"),
        "endpoint": lambda span: _field(span, "endpoint"),
    }
    for name, getter in getters.items():
        if not Span.has_extension(name):
            Span.set_extension(name, getter=getter)


def _field(span: Span, key: str):
    """Span._.value / ._.ci / ._.arm / ._.endpoint read the finding stored on the span."""
    finding = span._.finding
    return finding.get(key) if finding else None


def _doc_info_getter(doc: Doc) -> dict | None:
    """Document facts are computed on first access only: `extract` never pays for them."""
    from extractors.engine import doc_info

    if "hcc_doc_info" not in doc.user_data:
        doc.user_data["hcc_doc_info"] = doc_info(doc)
    return doc.user_data["hcc_doc_info"]


@Language.factory(
    "hcc_findings",
    assigns=["doc._.findings", "doc._.doc_info", "doc.spans"],
    requires=["token.is_sent_start"],
    default_config={},
)
def make_findings(nlp: Language, name: str):
    """The findings component: reads ruler spans, writes findings and document facts."""
    from extractors.engine import FindingsComponent

    return FindingsComponent()


RULER_ROWS = "hcc_ruler_rows"  # doc.user_data key: {spans_key: [RulerRow, ...]}


class RowSpanRuler(SpanRuler):
    """A SpanRuler that hands its matches to the findings component as plain tuples
    (token start, token end, start char, end char, label, id) in `doc.user_data` instead of
    a SpanGroup in `doc.spans`: the same matches, deduplicated and ordered exactly as
    `SpanRuler.match` orders its Spans (start char, end char, label hash, kb_id, id hash),
    without making a Span per match and reading each back."""

    def __call__(self, doc: Doc) -> Doc:
        self._require_patterns()
        matches = list(self.phrase_matcher(doc))
        if len(self.matcher):  # token patterns (none in our data)
            matches = [*self.matcher(doc), *matches]
        rows: list[tuple] = []
        if matches:
            strings = doc.vocab.strings
            keys = self.__dict__.setdefault("_row_keys", {})
            bounds = doc.to_array([IDX, LENGTH]).tolist()
            seen = set()
            for m_id, start, end in matches:
                if start == end:
                    continue
                label, id_, label_hash, id_hash = keys.get(m_id) or self._row_key(m_id, strings)
                start_char = bounds[start][0]
                last = bounds[end - 1]
                key = (start_char, last[0] + last[1], label_hash, 0, id_hash)
                if key in seen:
                    continue
                seen.add(key)
                rows.append((key, (start, end, start_char, key[1], label, id_)))
            rows.sort(key=lambda r: r[0])
        doc.user_data.setdefault(RULER_ROWS, {})[self.key] = [r for _, r in rows]
        return doc

    def _row_key(self, m_id: int, strings) -> tuple[str, str, int, int]:
        """(label, id, label hash, id hash) of a match id: the hashes a Span stores for
        them (an id of "" is 0 and reads back as ""). A match id is the hash of its
        (label, id) pair, so the cache never goes stale."""
        entry = self._match_label_id_map[m_id]
        label, id_ = entry["label"], entry["id"]
        key = (label, id_, strings.add(label), strings.add(id_))
        self.__dict__.setdefault("_row_keys", {})[m_id] = key
        return key


@Language.factory(
    "hcc_span_rows",
    default_config={"spans_key": "ruler", "phrase_matcher_attr": None, "validate": False},
)
def make_row_span_ruler(
    nlp: Language, name: str, spans_key: str, phrase_matcher_attr: str | None, validate: bool
):
    return RowSpanRuler(
        nlp,
        name,
        spans_key=spans_key,
        spans_filter=None,
        phrase_matcher_attr=phrase_matcher_attr,
        validate=validate,
        scorer=None,
    )


def _add_ruler(nlp: Language, name: str, key: str, attr: str, patterns: list[dict]) -> None:
    """A span ruler of phrase patterns (fast PhraseMatcher) validated at load. Overlaps are
    kept here and resolved once, across both rulers, by the findings component."""
    ruler = nlp.add_pipe(
        "hcc_span_rows",
        name=name,
        config={"spans_key": key, "validate": True, "phrase_matcher_attr": attr},
    )
    ruler.add_patterns(patterns)


GLUED_LABELS = (
    "Results",
    "Methods",
    "Background",
    "Conclusion",
    "Conclusions",
    "Objective",
    "Objectives",
)


def _customise_tokenizer(nlp: Language) -> None:
    """Split 'lenvatinib-' (as in 'lenvatinib- and sorafenib-treated'), 'A+B.', 'D+B+TACE'
    and 'HR=0.66' so phrase patterns see the words; offsets are unaffected."""
    suffixes = [
        *nlp.Defaults.suffixes,
        r"(?<=[A-Za-z])[-\u2010\u2011\u2013]$",
        r"(?<=\+[A-Za-z])\.$",
    ]
    nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search
    infixes = [
        *nlp.Defaults.infixes,
        r"(?<=[A-Za-z])[=<>≤≥](?=[\d.·])",
        r"(?<=[A-Za-z0-9])\+(?=[A-Za-z])",  # 'D+B+TACE', 'PBO+TACE': each agent a word
        r"(?<=[a-z])\((?=[A-Za-z])",  # 'toripalimab(RT)': the name and its short form
        # text whose spaces were lost: '(n=38,sintilimab+TACE regimen)and', 'month(60.5%vs'
        r"(?<=[0-9%]),(?=[A-Za-z])",
        r"\)(?=[A-Za-z])",
        r"(?<=[A-Za-z])\((?=\d)",
        r"(?<=\d)%(?=[A-Za-z])",
        r"(?<=[)\]])\.(?=[A-Z])",
        r"(?<=[A-Za-z]):(?=\d)",  # 'disease control rate:66.0%'
        r"(?<=[\d%)\]]);(?=[A-Za-z])",  # '(17/47);disease control rate'
        # 'were34.6%': a word glued to the number after it (never 'mfolfox6', a lexicon name)
        *(rf"(?<=\b{word})(?=\d)" for word in GLUED_BEFORE_NUMBER),
        # 'ResultsORR was ...': a section label glued to the next word
        *(rf"(?<={label})(?=[A-Z])" for label in GLUED_LABELS),
    ]
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer
    nlp.tokenizer = TextKeepingTokenizer(nlp.tokenizer)


def build_nlp() -> Language:
    """A fresh pipeline; prefer `get_nlp()`, which builds it once per process.

    Two rulers hold regimen names (label REGIMEN, id = normalised regimen) and endpoint /
    context cues: case-insensitive phrases (LOWER) and exact codes and abbreviations
    (ORTH, from `*_exact.jsonl` and short lexicon codes). The findings component merges
    both keys with the longest-then-earliest overlap rule, regimens and cues separately."""
    register_extensions()
    nlp = spacy.blank("en")
    _customise_tokenizer(nlp)
    nlp.add_pipe("hcc_sentences")
    regimen = ruler_patterns()
    files = sorted(PATTERN_DIR.glob("*.jsonl"))
    lower = [_plain(p) for p in regimen if not p.get("exact")]
    lower += [p for f in files if not f.stem.endswith("_exact") for p in srsly.read_jsonl(f)]
    exact = [_plain(p) for p in regimen if p.get("exact")]
    exact += [p for f in files if f.stem.endswith("_exact") for p in srsly.read_jsonl(f)]
    _add_ruler(nlp, "phrase_ruler", "hcc_phrases", "LOWER", lower)
    _add_ruler(nlp, "exact_ruler", "hcc_exact", "ORTH", exact)
    nlp.add_pipe("hcc_findings")
    return nlp


def _plain(pattern: dict) -> dict:
    return {k: v for k, v in pattern.items() if k != "exact"}


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The shared pipeline, built on first use and cached for the process."""
    return build_nlp()
