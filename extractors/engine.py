"""The findings component: turns a processed Doc into finding dicts and document facts.

Character offsets are relative to `doc.text`; `extract_document` builds that text as
`title + "\\n" + abstract`, so offsets there are relative to the combined string.
"""

from __future__ import annotations

import re
import weakref
from bisect import bisect_right

from spacy.tokens import Doc, Span

from extractors import document as docfacts
from extractors import registry
from extractors.assign import (
    Candidate,
    Context,
    as_arm,
    criterion,
    denominator,
    extract_sentence,
    subgroup,
)
from extractors.cues import AE_LABELS, Cue, learn_abbreviations, resolve_ae
from extractors.lexicon import load_lexicon
from extractors.numbers import Numbers
from extractors.pipeline import RULER_ROWS, doc_text
from extractors.regimens import SINGLE_ARM, mentions_from_spans, study_arms

UNITS = {"months": "months", "weeks": "weeks", "days": "days", "%": "%"}


# The Context each Doc's findings were made from, kept while the Doc lives so that the lazy
# `doc._.doc_info` (which `extract_document`, hence the watcher, reads for every paper) does
# not build it a second time. Not in doc.user_data: it is not serialisable, and a Doc that
# comes back from another process (n_process > 1) simply builds it again.
_CONTEXTS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


class FindingsComponent:
    """Sets doc._.findings, doc._.doc_info and doc.spans['findings'] (with Span extensions)."""

    def __call__(self, doc: Doc) -> Doc:
        findings, ctx = analyse(doc)
        doc._.findings = findings
        doc.spans["findings"] = _finding_spans(doc, findings)
        _CONTEXTS[doc] = ctx
        return doc


def doc_info(doc: Doc) -> dict:
    """Document facts for a processed Doc (read through the lazy `doc._.doc_info`): from the
    Context the findings were made from when this process made them, else built anew."""
    ctx = _CONTEXTS.pop(doc, None)
    return _doc_info(ctx if ctx is not None else build_context(doc), doc._.findings or [])


def _finding_spans(doc: Doc, findings: list[dict]) -> list[Span]:
    spans = []
    for f in findings:
        span = doc.char_span(f["start"], f["end"], label=f["endpoint"], alignment_mode="expand")
        if span is None:
            continue
        span._.finding = f  # ._.value, ._.ci, ._.arm and ._.endpoint read from it
        spans.append(span)
    return spans


def _sentence_of(sentences: list[tuple[int, int]], starts: list[int], pos: int):
    """The sentence (a, b) holding pos, or None: sentences are sorted and disjoint."""
    i = bisect_right(starts, pos) - 1
    return sentences[i] if i >= 0 and pos < sentences[i][1] else None


def build_context(doc: Doc) -> Context:
    text = doc_text(doc)
    sentences = [tuple(s) for s in doc.user_data.get("hcc_sentence_bounds", [])]
    if not sentences:
        sentences = [(s.start_char, s.end_char) for s in doc.sents]
        sentences = [
            (a, b - (len(text[a:b]) - len(text[a:b].rstrip())))
            for a, b in sentences
            if text[a:b].strip()
        ]
    everything = _ruler_rows(doc)
    regimen_spans = _longest_first([s for s in everything if s[4] == "REGIMEN"])
    spans = [(s[2], s[3], s[5] or s[4]) for s in regimen_spans]
    mentions = mentions_from_spans(text, spans, load_lexicon())
    cue_spans = _longest_first(_inside_blocks([s for s in everything if s[4] != "REGIMEN"]))
    cues = [Cue(s[2], s[3], s[4], s[5]) for s in cue_spans]
    cues = _trim_cue_ends(text, cues)
    cues += learn_abbreviations(text, cues)
    cues += _elided_overall(text)
    cues.sort(key=lambda c: (c.start, -c.end))
    cues = _drop_definitions(text, cues)
    _resolve_ae_cues(text, cues, sentences)
    cues = _resolve_medians(cues, sentences)
    ctx = Context(text, sentences, mentions, cues, study_arms(text, mentions, sentences))
    ctx.criteria_in_doc = {c.pattern_id for c in cues if c.label == "CRITERION"}
    ctx.index()
    return ctx


# A ruler span as a plain tuple, read from its Span once:
# (token start, token end, start char, end char, label, id)
RulerRow = tuple[int, int, int, int, str, str]


def _ruler_rows(doc: Doc) -> list[RulerRow]:
    """Both rulers' spans, in key order then group order, as tuples: the overlap rules
    below read each span's attributes many times. The rulers of `build_nlp` leave them as
    tuples already (`pipeline.RowSpanRuler`); spans in `doc.spans` are read as before."""
    kept = doc.user_data.get(RULER_ROWS) or {}
    if all(key in kept for key in RULER_KEYS):
        return [row for key in RULER_KEYS for row in kept[key]]
    strings = doc.vocab.strings
    names: dict[int, str] = {}
    rows: list[RulerRow] = []
    for key in RULER_KEYS:
        if key in kept:
            rows += kept[key]
            continue
        for s in doc.spans.get(key, []):
            label, id_ = s.label, s.id
            if label not in names:
                names[label] = strings[label]
            if id_ not in names:
                names[id_] = strings[id_] if id_ else ""
            rows.append((s.start, s.end, s.start_char, s.end_char, names[label], names[id_]))
    return rows


RULER_KEYS = ("hcc_phrases", "hcc_exact")


def _inside_blocks(spans: list[RulerRow]) -> list[RulerRow]:
    """'complete responses were seen in 13%': a cue that starts inside a blocking phrase is
    part of that phrase, however long it runs on."""
    blocks = [s for s in spans if s[4] == "BLOCK"]
    if not blocks:
        return spans
    return [s for s in spans if s[4] == "BLOCK" or not any(b[0] < s[0] < b[1] for b in blocks)]


def _longest_first(spans: list[RulerRow]) -> list[RulerRow]:
    """Overlaps resolved longest-then-earliest, in text order: spaCy's `filter_spans` on
    the rows (same stable sorts, same inclusive-end test)."""
    ordered = sorted(spans, key=lambda s: (s[1] - s[0], -s[0]), reverse=True)
    kept: list[RulerRow] = []
    seen: set[int] = set()
    for s in ordered:
        if s[0] not in seen and s[1] - 1 not in seen:
            kept.append(s)
            seen.update(range(s[0], s[1]))
    kept.sort(key=lambda s: s[0])
    return kept


ELIDED_OVERALL = re.compile(
    r"\boverall(?=\s+and\s+progression[-\u2010\u2011\s]free\s+survival)", re.I
)


def _elided_overall(text: str) -> list[Cue]:
    """'the overall and progression-free survival were 11.0 and 4.2 months': 'overall'
    stands for overall survival."""
    if "verall and" not in text:
        return []
    return [Cue(m.start(), m.end(), "OS", "OS.elided") for m in ELIDED_OVERALL.finditer(text)]


def _drop_definitions(text: str, cues: list[Cue]) -> list[Cue]:
    """'treatment-related adverse events (TRAEs)': the bracketed abbreviation defines the
    cue before it and is not a second cue that could claim its values."""
    out: list[Cue] = []
    for cue in cues:
        prev = out[-1] if out else None
        if (
            prev
            and prev.label == cue.label
            and re.fullmatch(r"\s*\(\s*", text[prev.end : cue.start])
        ):
            continue
        out.append(cue)
    return out


def _trim_cue_ends(text: str, cues: list[Cue]) -> list[Cue]:
    """'HR=0.66' is one token; the cue ends where its digits begin so the value stays free."""
    for c in cues:
        if c.label in {"HR", "HR_OS", "HR_PFS"}:
            m = re.search(r"[=:<>]?\s*\d", text[c.start : c.end])
            if m:
                c.end = c.start + m.start()
    return cues


def _resolve_ae_cues(text: str, cues: list[Cue], sentences: list[tuple[int, int]]) -> None:
    starts = [a for a, _ in sentences]
    for cue in cues:
        if cue.label in AE_LABELS:
            a, b = _sentence_of(sentences, starts, cue.start) or (0, len(text))
            cue.ae_endpoint = resolve_ae(text, cue, a, b)


FAMILY_OF = {"OS": "OS", "PFS": "PFS", "TTP": "TTP", "DOR": "DOR", "HR_OS": "OS", "HR_PFS": "PFS"}


def _resolve_medians(cues: list[Cue], sentences: list[tuple[int, int]]) -> list[Cue]:
    """'Progression-free survival was longer (HR, 0.74), with medians of 2.6 and 2.3 months':
    a bare 'medians' reports the survival family named last before it in the sentence."""
    if not any(c.label == "MEDIAN" for c in cues):
        return cues
    out: list[Cue] = []
    for cue in cues:
        if cue.label != "MEDIAN":
            out.append(cue)
            continue
        a = next((a for a, b in sentences if a <= cue.start < b), 0)
        family = next(
            (FAMILY_OF[c.label] for c in reversed(out) if a <= c.start and c.label in FAMILY_OF),
            None,
        )
        if family:
            out.append(Cue(cue.start, cue.end, family, cue.pattern_id))
    return out


def analyse(doc: Doc) -> tuple[list[dict], Context]:
    """All findings of a Doc, deterministic and ordered by start offset, plus the context
    the document facts are later computed from."""
    ctx = build_context(doc)
    findings: list[dict] = []
    for a, b in ctx.sentences:
        cands, nums = extract_sentence(ctx, a, b)
        for i, cand in enumerate(cands):
            nxt = cands[i + 1].atom.start if i + 1 < len(cands) else b
            findings.append(_finding(ctx, cand, nums, a, b, nxt))
    findings += _n_findings(ctx, findings)
    if registry.has_registry_layout(ctx.text):
        findings = _with_registry(ctx, findings, registry.registry_findings(ctx))
    findings.sort(key=lambda f: (f["start"], f["end"]))
    _fill_arm_n(findings)
    return findings, ctx


def _with_registry(ctx: Context, findings: list[dict], table: list[dict]) -> list[dict]:
    """Registry rows read as a table replace whatever the sentence rules made of them."""
    if not table:
        return findings
    text = ctx.text
    rows = set()
    for f in table:  # only short table lines are replaced whole; prose lines keep their findings
        line_start = text.rfind("\n", 0, f["start"])
        line_end = text.find("\n", f["start"])
        line = text[line_start + 1 : line_end if line_end >= 0 else len(text)]
        if "|" in line or len(line) < 120:
            rows.add(line_start)
    same = {(f["endpoint"], f["arm"], f["value"]) for f in table}
    kept = [
        f
        for f in findings
        if text.rfind("\n", 0, f["start"]) not in rows
        and (f["endpoint"], f["arm"], f["value"]) not in same
        and not (f["endpoint"] == "N" and _in_description(text, f["start"]))
    ]
    return kept + table


def _in_description(text: str, pos: int) -> bool:
    """'Description: Only participants with a confirmed response (n = 17) were analysed.'"""
    line = text[text.rfind("\n", 0, pos) + 1 : pos]
    return line.lstrip().lower().startswith("description")


def _finding(ctx: Context, cand: Candidate, nums: Numbers, a: int, b: int, nxt: int) -> dict:
    atom = cand.atom
    is_hr = cand.endpoint.startswith("HR_")
    low, high = atom.ci if atom.ci else (None, None)
    is_response = cand.endpoint in {"ORR", "DCR"}
    return {
        "endpoint": cand.endpoint,
        "value": atom.value,
        "value_text": atom.text,
        "unit": "ratio" if is_hr else UNITS.get(atom.unit or "", "months"),
        "ci_low": low,
        "ci_high": high,
        "ci_level": atom.ci_level if atom.ci else None,
        "p_value": cand.p_value,
        "arm": cand.arm,
        "arm_text": cand.arm_text,
        "timepoint": cand.timepoint,
        "subgroup": subgroup(ctx, cand, a, b),
        "criterion": criterion(ctx, cand, a, b, nxt) if is_response else None,
        "confirmed": _confirmed(ctx.text, cand, a) if cand.endpoint == "ORR" else None,
        "n": denominator(cand, nums.fractions),
        "start": atom.start,
        "end": atom.end,
        "quote": ctx.text[a:b],
        "sentence_start": a,
        "pattern_id": cand.cue.pattern_id,
    }


def _confirmed(text: str, cand: Candidate, a: int) -> bool | None:
    window = text[max(a, cand.cue.start - 40) : cand.cue.end + 10].lower()
    if "unconfirmed" in window:
        return False
    if "confirmed" in window:
        return True
    return None


DENOMINATOR_BEFORE = re.compile(
    r"\d[\d,]*\s*(?:[\(\[]\s*\d+(?:[.·]\d+)?\s*%\s*[\)\]]\s*)?(?:of|/)\s*$"
)


def _n_findings(ctx: Context, taken: list[dict]) -> list[dict]:
    """Totals ('543 patients were randomly assigned'), per-arm and per-cohort counts."""
    spans = [(f["start"], f["end"]) for f in taken]
    total_arm: str | None = None  # decided on the first total: most texts never need it
    out: list[dict] = []
    seen: set[tuple[str | None, int]] = set()
    each_spans: set[tuple[int, int]] = set()
    for a, b in ctx.sentences:
        if not docfacts.may_count(ctx.text, a, b):
            continue
        _, sent_mentions = ctx.in_sentence(a)
        if "combination" in ctx.text[a:b].lower():  # '(combination n=432, sorafenib n=217)'
            sent_mentions = sorted(
                [*sent_mentions, *ctx.shorthand(a, b)[0]],
                key=lambda m: m.start,
            )
        rows = [
            (s, e, 1, n, arm, pid, None)
            for s, e, n, arm, pid in docfacts.arm_counts(
                ctx.text, a, b, [as_arm(ctx, m) for m in sent_mentions], ctx.arms
            )
        ]
        totals = docfacts.total_counts(ctx.text, a, b)
        if totals and total_arm is None:
            randomised = len(ctx.arms) != 1 or (
                _randomised_here(ctx) and not SINGLE_ARM.search(ctx.text)
            )  # 'a single-arm study ..., warranting a randomised trial'
            total_arm = "overall" if randomised else ctx.arms[0]
        rows += [(s, e, 2, n, total_arm, pid, None) for s, e, n, pid in totals]
        if len(ctx.arms) >= 2:
            rows += [
                (s, e, 1, n, arm, "N.arm_each", None)
                for s, e, n in docfacts.each_arm_counts(ctx.text, a, b)
                for arm in ctx.arms[:2]
            ]
            ratio = docfacts.ratio_counts(ctx.text, a, b)
            rows += [
                (s, e, 1, n, arm, "N.arm_ratio", None)
                for (s, e, n), arm in zip(ratio, ctx.arms, strict=False)
            ]
        cohort_arm = ctx.single or "overall"
        rows += [
            (s, e, 3, n, cohort_arm, "N.cohort", c or None)
            for s, e, n, c in docfacts.cohort_counts(ctx.text, a, b)
            if not _after_prior(ctx, sent_mentions, s)
        ]
        for start, end, _rank, n, arm, pid, sub in sorted(rows, key=lambda r: (r[0], r[2])):
            shared = pid == "N.arm_each" and (start, end) in each_spans
            if (arm, n) in seen or (not shared and any(start < y and x < end for x, y in spans)):
                continue
            lead = ctx.text[max(a, start - 4) : start].rstrip()
            if lead.endswith(("of", "/")) and DENOMINATOR_BEFORE.search(
                ctx.text, max(a, start - 30), start
            ):
                continue  # '224 (56%) of 395 in the placebo group': a safety denominator
            seen.add((arm, n))
            spans.append((start, end))
            if pid == "N.arm_each":
                each_spans.add((start, end))  # one count, stated once for every arm
            out.append(_n_finding(ctx, start, end, n, arm, pid, sub, a, b))
    return out


PRIOR_COUNT_GAP = re.compile(r"\s*[(\[]\s*n\s*=\s*$", re.I)


def _after_prior(ctx: Context, mentions: list, start: int) -> bool:
    """'had received sorafenib (n = 58)': the count of a prior therapy, not a cohort."""
    return any(
        m.prior and m.end <= start and PRIOR_COUNT_GAP.fullmatch(ctx.text, m.end, start)
        for m in mentions
    )


FUTURE = re.compile(
    r"\b(?:planned|warrant\w*|needed|required|future|should|will|ongoing|further|underway|merits?)\b",
    re.I,
)


META = re.compile(r"meta-?analys|systematic\s+review|pooled\s+analysis", re.I)
OTHER_TRIALS = re.compile(r"\s*(?:\w+\s+){0,2}?(?:trials|studies)\b", re.I)


def _randomised_here(ctx: Context) -> bool:
    """This study was randomised: 'a randomized study is planned' speaks of the next one."""
    for m in docfacts.RANDOM.finditer(ctx.text):
        if OTHER_TRIALS.match(ctx.text, m.end()) and not META.search(ctx.text):
            continue  # 'In randomized clinical trials, X prolonged survival': other studies
        a, b = next(((a, b) for a, b in ctx.sentences if a <= m.start() < b), (0, len(ctx.text)))
        if not FUTURE.search(ctx.text, a, b):
            return True
    return False


def _n_finding(
    ctx: Context, start: int, end: int, n: int, arm: str, pid: str, sub: str | None, a: int, b: int
) -> dict:
    return {
        "endpoint": "N",
        "value": float(n),
        "value_text": ctx.text[start:end],
        "unit": "patients",
        "ci_low": None,
        "ci_high": None,
        "ci_level": None,
        "p_value": None,
        "arm": arm,
        "arm_text": None,
        "timepoint": None,
        "subgroup": sub,
        "criterion": None,
        "confirmed": None,
        "n": n,
        "start": start,
        "end": end,
        "quote": ctx.text[a:b],
        "sentence_start": a,
        "pattern_id": pid,
    }


def _fill_arm_n(findings: list[dict]) -> None:
    """An arm's stated N becomes the denominator of its findings that have none."""
    arm_n: dict[str, int] = {}
    for f in findings:
        if f["endpoint"] == "N" and f["arm"] and f["subgroup"] is None:
            arm_n.setdefault(f["arm"], int(f["value"]))
    for f in findings:
        if f["n"] is None and f["endpoint"] != "N" and f["subgroup"] is None:
            f["n"] = arm_n.get(f["arm"])


def _doc_info(ctx: Context, findings: list[dict]) -> dict:
    text = ctx.text
    title_end = ctx.sentences[0][1] if ctx.sentences else 0
    n_rows = [f for f in findings if f["endpoint"] == "N" and f["subgroup"] is None]
    totals = [f for f in n_rows if f["pattern_id"].startswith("N.total")]
    per_arm = {
        f["arm"]: int(f["value"]) for f in reversed(n_rows) if f["pattern_id"].startswith("N.arm")
    }
    n_total = int(totals[0]["value"]) if totals else None
    if n_total is None and ctx.arms and all(a in per_arm for a in ctx.arms):
        n_total = sum(per_arm[a] for a in ctx.arms)
    arms = [
        {"arm": arm, "n": per_arm.get(arm, n_total if len(ctx.arms) == 1 else None)}
        for arm in ctx.arms
    ]
    return {
        "nct_ids": docfacts.nct_ids(text),
        "acronyms": docfacts.acronyms(text),
        "phase": docfacts.phase(text, title_end),
        "design": docfacts.design(text, title_end, len(ctx.arms)),
        "setting": docfacts.setting(text, ctx.mentions, title_end),
        "n_total": n_total,
        "arms": arms,
    }
