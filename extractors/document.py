"""Document-level facts: registry ids, trial acronyms, phase, design, line of therapy and
the numbers of patients (N findings), overall and per arm.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extractors.fastre import (
    aligned_lower,
    alternation,
    literal_starts,
    opening_literals,
    prefixed,
)
from extractors.lexicon import load_acronyms, load_lexicon
from extractors.numbers import words_to_int
from extractors.regimens import BACKGROUND_SECTION, Mention

NCT = re.compile(r"\bNCT\s?(\d{8})\b", re.I)
PHASE = re.compile(
    r"\b(?:phase|ph)\s*-?\s*(?P<a>I{1,3}V?|IV|[1-4])(?P<sa>[ab])?\b"
    r"(?:\s*(?:/|-|–|and)\s*(?P<b>I{1,3}|[1-4])(?P<sb>[ab])?\b)?",
    re.I,
)
ROMAN = {"i": "1", "ii": "2", "iii": "3", "iv": "4"}


def nct_ids(text: str) -> list[str]:
    """Registry numbers, upper-cased, without spaces, in order of first appearance."""
    out: list[str] = []
    for m in NCT.finditer(text):
        nct = "NCT" + m[1]
        if nct not in out:
            out.append(nct)
    return out


def acronyms(text: str) -> list[str]:
    """Known trial acronyms (spelling variants normalised), in order of first appearance."""
    names: list[str] = []
    for name in _acronym_matches(text):
        if name not in names:
            names.append(name)
    return names


@lru_cache(maxsize=1)
def _combined_acronyms() -> tuple[re.Pattern[str], dict[str, str]]:
    """One alternation over every acronym, longest first, so a document is scanned once."""
    acrs = _sorted_acronyms()
    by_group = {f"a{i}": a.name for i, a in enumerate(acrs)}
    body = "|".join(f"(?P<a{i}>{a.regex.pattern})" for i, a in enumerate(acrs))
    return re.compile(body, re.I), by_group


@lru_cache(maxsize=1)
def _sorted_acronyms() -> tuple:
    return tuple(sorted(load_acronyms(), key=lambda a: -len(a.regex.pattern)))


@lru_cache(maxsize=1)
def _acronym_literals() -> tuple[tuple[tuple[str, ...] | None, ...], tuple[str, ...]]:
    """Each acronym's opening literals (`fastre.opening_literals`) and all of them, once each."""
    literals = tuple(opening_literals(a.regex.pattern) for a in _sorted_acronyms())
    every = tuple(dict.fromkeys(lit for lits in literals if lits for lit in lits))
    return literals, every


def _acronym_matches(text: str):
    """The names of `_combined_acronyms().finditer(text)`'s matches, in order.

    Every match of an acronym opens with one of its literals (after zero-width assertions
    only), so in the lower-cased text a match can start only where one of those literals
    occurs, and an acronym none of whose literals occurs cannot match at all. The
    alternation is therefore tried only there, as finditer would (after the end of the
    last match), alternative by alternative in its order, each acronym's own pattern
    standing for its alternative. Most texts name no acronym and are not scanned; the
    full alternation tries every acronym at every character (about 1 ms an abstract).
    Texts `fastre.aligned_lower` refuses and acronyms without literals take the full
    alternation."""
    acrs = _sorted_acronyms()
    literals, every = _acronym_literals()
    low = aligned_lower(text)
    if None in literals or low is None:
        combined, by_group = _combined_acronyms()
        for m in combined.finditer(text):
            yield by_group[m.lastgroup]
        return
    present = {lit for lit in every if lit in low}
    if not present:
        return
    keep = [acrs[i] for i, lits in enumerate(literals) if not present.isdisjoint(lits)]
    end = 0
    for pos in literal_starts(low, present):
        if pos < end:
            continue
        for acr in keep:
            m = acr.regex.match(text, pos)
            if m:
                yield acr.name
                end = m.end()
                break


def phase(text: str, title_end: int) -> str | None:
    """'phase 3', 'phase 2/3', 'phase 1b': from the title first, else the first mention."""
    m = (
        PHASE.search(text[:title_end])
        or PHASE.search(_without_background(text))
        or PHASE.search(text)
    )
    if not m:
        return None
    a = ROMAN.get(m["a"].lower(), m["a"]) + (m["sa"] or "").lower()
    if m["b"]:
        return f"phase {a}/{ROMAN.get(m['b'].lower(), m['b'])}{(m['sb'] or '').lower()}"
    return f"phase {a}"


RETRO = re.compile(
    r"retrospective|real[-\s](?:world|life)|chart\s+review|registry-based|medical\s+records", re.I
)
RETRO = prefixed(RETRO)
RANDOM = alternation(
    r"randomly\s+assigned|(?<!non-)(?<!non)randomi[sz]ed\s+(?:\(|\d|in\b|to\b|,|(?:open|double|phase|controlled|multi|placebo|clinical|study|trial))"
    r"|were\s+randomi[sz]ed|randomi[sz]ation|\bRCT\b|will\s+randomi[sz]e|randomly\s+allocated",
    re.I,
)
SINGLE = re.compile(
    r"single[-\s]arm|non-?randomi[sz]ed|open-label,?\s+(?:multicent\w+\s+)?phase\s*(?:2|II)\b", re.I
)


def design(text: str, title_end: int, n_arms: int) -> str | None:
    """Randomised, single-arm or retrospective, from explicit wording; None when unclear."""
    title = text[:title_end]
    if RANDOM.search(title) or re.search(r"(?<!non-)(?<!non)randomi[sz]ed", title, re.I):
        return "randomised"
    if RETRO.search(text):
        return "retrospective"
    if RANDOM.search(text):
        return "randomised"
    if SINGLE.search(text) or (n_arms == 1 and re.search(r"phase\s*(?:1|2|I|II)\b", text, re.I)):
        return "single-arm"
    return None


AB_PRIOR = re.compile(
    r"(?:after|following|progress\w*\s+(?:on|after|with|during)|refractory\s+to|failure\s+(?:of|on)|"
    r"previously\s+treated\s+with|pretreated\s+with|post)\s+(?:\w+[-\s]+){0,3}?"
    r"(?:atezolizumab[\s-]*(?:plus|\+|and|/|-|–|with)\s*bevacizumab|atezo\w*\s*[/+-]\s*bev\w*|A\+B|ATE\+BEV|\bAB\b)",
    re.I,
)
IO_PRIOR = re.compile(
    r"(?:after|following|progress\w*\s+(?:on|after|with|during)|refractory\s+to|failure\s+(?:of|on)|"
    r"previously\s+treated\s+with|pretreated\s+with|prior|post|resistant\s+to)\s+(?:\w+[-\s(]+){0,3}?"
    r"(?:immunotherapy|immune[-\s]checkpoint|checkpoint\s+inhibitor|\bICIs?\b|\bIO\b|anti-PD-?\(?L?\)?-?1|PD-\(?L\)?1)",
    re.I,
)
SOR_PRIOR = re.compile(
    r"(?:after|following|progress\w*\s+(?:on|after|with|during)|refractory\s+to|failure\s+(?:of|on)|"
    r"previously\s+treated\s+with|pretreated\s+with|intoleran\w+\s+(?:to|of))\s+(?:\w+[-\s]+){0,3}?sorafenib",
    re.I,
)
FIRST_LINE = re.compile(
    r"first[-\s]line|front[-\s]?line|\b1L\b|previously\s+untreated|treatment[-\s]na[iï]ve|systemic[-\s]therapy[-\s]na[iï]ve"
    r"|no\s+(?:previous|prior)\s+systemic|not\s+(?:previously\s+)?received\s+(?:any\s+)?(?:previous\s+)?systemic",
    re.I,
)
# scanned over the whole text (twice with a title): given a first-character prefix
AB_PRIOR, IO_PRIOR, SOR_PRIOR, FIRST_LINE = map(
    prefixed, (AB_PRIOR, IO_PRIOR, SOR_PRIOR, FIRST_LINE)
)


def setting(text: str, mentions: list[Mention], title_end: int = 0) -> str | None:
    """Line of therapy the study addresses: the title decides when it says; otherwise
    prior-therapy wording outside Background/Introduction beats 'first-line'."""
    if title_end:
        in_title = _setting(text[:title_end], [m for m in mentions if m.end <= title_end])
        if in_title:
            return in_title
    body = _without_background(text)
    return _setting(body, [m for m in mentions if body[m.start : m.end] == text[m.start : m.end]])


def _without_background(text: str) -> str:
    """Background sentences describe other studies; blank them out, keeping offsets."""
    return BACKGROUND_SECTION.sub(lambda m: " " * len(m.group(0)), text)


def _setting(text: str, mentions: list[Mention]) -> str | None:
    lex = load_lexicon()
    prior = [m.regimen for m in mentions if m.prior]
    if "atezolizumab + bevacizumab" in prior or AB_PRIOR.search(text):
        return "after atezolizumab + bevacizumab"
    io = {"anti-PD-1", "anti-PD-L1", "anti-CTLA-4", "bispecific", "ICI"}
    if IO_PRIOR.search(text) or any(lex.classes_of(r) & io for r in prior):
        return "after immunotherapy"
    if "sorafenib" in prior or SOR_PRIOR.search(text):
        return "after sorafenib"
    if FIRST_LINE.search(text):
        return "first-line"
    return None


NUMWORD = (
    r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
    r"|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)"
)
NUMW = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+|{NUMWORD}(?:[\s-]+(?:and\s+)?{NUMWORD}){{0,4}})"
PATIENT_WORDS = (
    "patient",
    "pts",
    "participant",
    "subject",
    "adult",
    "individual",
    "people",
    "person",
    "case",
)
PATIENT_WORDS_RE = re.compile("|".join(re.escape(w) for w in PATIENT_WORDS))
PATIENTS = r"(?:patients|pts|participants|subjects|adults|individuals|people|persons|cases)"
VERBS = r"(?:enrolled|randomi[sz]ed|randomly\s+assigned|assigned|included|treated|analy[sz]ed|recruited|registered|allocated|dosed|evaluated|eligible|studied|identified|observed|reviewed|involved|divided|examined|investigated)"
# up to two describing words between a count and its noun ('34 aHCC patients'), never a
# preposition or a unit
ADJECTIVES = r"(?:(?!(?:of|with|and|or|in|to|from|at|on|for|months?|years?|weeks?|days?)\b)[A-Za-z][\w\-\u2010\u2011\u2013]*\s+){0,2}?"
# what a count of screened / assessed / excluded patients says before the verb of the next count
NOT_ENROLMENT = re.compile(r"screen|assess|excluded|ineligible", re.I)
# Patterns that begin with the count are tried only where a count starts (NUMBER_AT);
# the others begin with a verb or noun and are scanned normally.
COUNT_FIRST = [
    re.compile(
        rf"(?P<n>{NUMW})\s+{ADJECTIVES}{PATIENTS}\b(?:\s*\([^()]{{0,160}}\))?"
        rf"(?:[^.;]{{0,120}}?\b(?:were|was|had\s+been|have\s+been)\s+(?:\w+\s+)?|,?\s+){VERBS}"
        r"(?!\s+in\s+the\s+[^,;.]{1,40}?\s+(?:arm|group)\b)",  # '290 treated in the X arm'
        re.I,
    ),
    re.compile(
        rf"(?P<n>{NUMW})\s+{PATIENTS}\s+underwent\s+(?:randomi[sz]ation|random\s+assignment)", re.I
    ),
    re.compile(  # '300 of 350 screened patients were randomized'
        rf"(?P<n>{NUMW})\s+of\s+(?:the\s+)?{NUMW}\s+(?:screened\s+|eligible\s+|assessed\s+)?{PATIENTS}\s+"
        r"(?:were|was)\s+(?:\w+\s+)?(?:randomi[sz]ed|randomly\s+assigned|enrolled|included|treated)\b",
        re.I,
    ),
]
LEADING_COUNT = re.compile(
    rf"(?P<n>{NUMW})\s+{ADJECTIVES}{PATIENTS}\s+(?:\((?![^()]*%)[^()]{{0,80}}\)\s+|(?:with|who)\s+[^.;]{{0,80}}?\s+)?"
    r"(?:(?:received|underwent|were\s+given)\s+(?!further|subsequent|additional|prior|previous|second|other|a\s+second"
    r"|(?:conversion\s+|salvage\s+|curative\s+)?(?:surgery|surgical|resection|hepatectomy|liver\s+transplant|transplant|ablation|biopsy|dose\s+reduction))"
    r"|met\s+(?:the\s+|all\s+)?(?:inclusion|eligibility|study)\s+criteria)",
    re.I,
)
OTHER_PATTERNS = [
    re.compile(
        rf"\b(?:enrolled|enrolling|randomi[sz]ed|randomly\s+assigned|included|recruited|analy[sz]ed|analysed|treated|reviewed|identified|studied"
        rf"|comprised|comprising|involved|involving|consisted\s+of|encompassing|evaluated)"
        rf"\s+(?:\([^()]{{0,30}}\)\s+)?(?:(?:data|records)\s+(?:from|of|on)\s+)?(?:a\s+total\s+of\s+)?(?P<n>{NUMW})\s+(?!(?:trials|studies|RCTs|articles|cohorts|publications|reports)\b)(?:[A-Za-z][\w-]*\s+){{0,4}}?{PATIENTS}\b",
        re.I,
    ),
    re.compile(
        rf"\b(?:of|among)\s+(?:the\s+)?(?P<n>{NUMW})\s+(?:eligible|evaluable|enrolled|included|randomi[sz]ed|randomly\s+assigned)\s+{PATIENTS}"
        rf"|(?:^|:\s*)(?:of|among)\s+(?:the\s+)?(?P<n2>{NUMW})\s+(?:[\w-]+\s+){{0,4}}?{PATIENTS}\s*\("
        rf"|(?:^|:\s*)(?:of|among)\s+(?:the\s+|a\s+total\s+of\s+)?(?P<n3>{NUMW})\s+(?:[\w-]+\s+){{0,4}}?{PATIENTS}(?:\s+(?:who|with|from|treated)\s+[^,;()]{{1,60}}?)?\s*,\s*\d+\s+"
        r"(?:\(\s*\d+(?:[.·]\d+)?\s*%\s*\)\s+)?(?:patients\s+|pts\s+)?(?:received|were|underwent|started|had)\b",
        re.I,
    ),
    re.compile(
        rf"\b(?:(?:series|cohort|study|trial|records|data|charts|collected|obtained|analysis)\s+(?:of|from|on)"
        rf"|(?:conducted|performed|carried\s+out)\s+(?:on|in|among))\s+(?P<n>{NUMW})\s+(?:[\w-]+\s+){{0,2}}?{PATIENTS}\b",
        re.I,
    ),
    re.compile(
        r"\b(?:participants|patients)\s+(?:analy[sz]ed|enrolled|treated)\s*[:=]\s*(?P<n>\d+)", re.I
    ),
    re.compile(  # 'There were 88 patients with a median age of 61 years.'
        rf"\bThere\s+were\s+(?P<n>{NUMW})\s+{ADJECTIVES}{PATIENTS}\s*(?=[,.;:(]|in\s+(?:total|the\s+(?:study|analysis|cohort))\b"
        r"|with\s+a\s+median\s+age|(?:enrolled|included|analy[sz]ed|evaluable|eligible)\b)",
        re.I,
    ),
    re.compile(  # 'The subjects were 82 patients receiving ...'
        rf"\b(?:subjects|study\s+population|population)\s+(?:were|was|comprised|consisted\s+of)\s+(?:a\s+total\s+of\s+)?(?P<n>{NUMW})\s+(?:[\w-]+\s+){{0,2}}?{PATIENTS}\b",
        re.I,
    ),
]
DIGIT = re.compile(r"\d")
LEADING_NUMWORD = re.compile(rf"(?:[A-Za-z]+\s*:\s*)?{NUMWORD}\b", re.I)


N_HINTS = (
    "analysis of",
    "classified as",
    "evaluated",
    "involved",
    "there were",
    "divided",
    "collected from",
    "obtained from",
    "remained",
    "subjects were",
    "population was",
    "population comprised",
    "enrol",
    "randomi",
    "assign",
    "includ",
    "recruit",
    "analy",
    "treated",
    "reviewed",
    "identified",
    "observed",
    "encompass",
    "studied",
    "underwent",
    " had ",
    "each group",
    "per group",
    "each arm",
    "per arm",
    "pairs",
    "received",
    "given",
    "series of",
    "cohort",
    "study of",
    "trial of",
    "n=",
    "n =",
    "allocat",
    "registered",
    "evaluable",
    "eligible",
    "participants",
    "dosed",
    "started",
    "patients (",
    "pts (",
    "participants (",
    "patients in the",
    "pts in the",
    " were in the ",
    " was in the ",
    "among ",
    "compris",
    "involv",
    "consist",
    "inclusion criteria",
    "records of",
    "charts of",
    "data from",
    "records from",
    "data on",
)


N_HINTS_RE = re.compile("|".join(re.escape(h) for h in N_HINTS))


def may_count(text: str, a: int, b: int) -> bool:
    """Cheap gate before the N patterns: an enrolment word, and a digit or a spelled number
    opening the sentence."""
    if not (
        DIGIT.search(text, a, b)
        or LEADING_NUMWORD.match(text, a, b)
        or TOTAL_OF_NUMWORD.search(text, a, b)
    ):
        return False
    low = text[a:b].lower()
    return N_HINTS_RE.search(low) is not None  # any(h in low for h in N_HINTS)


TOTAL_OF_NUMWORD = re.compile(rf"(?:[:,;]\s*|\btotal\s+of\s+){NUMWORD}\b", re.I)
NUMBER_AT = re.compile(rf"(?<![\w.,])(?:\d|{NUMWORD}\b)", re.I)
TOTAL_PATTERNS = [*COUNT_FIRST, LEADING_COUNT, *OTHER_PATTERNS]


def parse_count(text: str) -> tuple[int, int] | None:
    """A count written in digits or words; returns (value, offset of the number in text)."""
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+", text):
        return int(text.replace(",", "")), 0
    words = re.split(r"(\s+|-)", text)
    for i in range(0, len(words), 2):
        value = words_to_int("".join(words[i:]))
        if value:
            return value, len("".join(words[:i]))
    return None


def total_counts(text: str, a: int, b: int) -> list[tuple[int, int, int, str]]:
    """(start, end, n, pattern id) for every total-enrolment statement in one sentence."""
    s = text[a:b]
    out: list[tuple[int, int, int, str]] = []
    low = s.lower()
    for pid, rx, hints in NOUNLESS:
        if any(h in low for h in hints):
            for m in rx.finditer(s):
                out.append((a + m.start("n"), a + m.end("n"), int(m["n"].replace(",", "")), pid))
    if not PATIENT_WORDS_RE.search(low):  # any(w in low for w in PATIENT_WORDS)
        return out
    for pid, m in _total_matches(s):
        groups = m.groupdict()
        g = next((k for k in ("n", "n2", "n3") if groups.get(k)), "n")
        parsed = parse_count(m[g])
        if not parsed or parsed[0] < 2:
            continue
        value, offset = parsed
        if NOT_THE_STUDY_BEFORE.search(s, max(0, m.start(g) - 40), m.start(g)):
            continue  # 'from a database of 900 patients treated with immunotherapy'
        out.append((a + m.start(g) + offset, a + m.end(g), value, pid))
    return out


NOT_THE_STUDY_BEFORE = re.compile(
    r"\b(?:database|registry|pool|catchment)\s+of\s+(?:\w+\s+)?$",
    re.I,
)


LEADING_BEFORE = re.compile(r"(?:[:,]|\btotal\s+of)\s*$", re.I)
COUNT_DIGITS = r"(?P<n>\d{1,3}(?:,\d{3})+|\d+)"
# counts written without a patient noun: registry labels, '(n = 152)' after the study
# population, and the randomised count after a screening clause ('Of 866 screened, 610 were
# randomly assigned')
NOUNLESS = [
    (
        "N.total_label",
        re.compile(
            r"\b(?:(?:actual\s+)?enrol?lment|number\s+(?:of\s+(?:patients|participants)\s+)?"
            rf"(?:randomi[sz]ed|enrolled|included|analy[sz]ed))\s*[:=]\s*{COUNT_DIGITS}"
            r"(?![\d.,]*\s*(?:[-–/%]|to\b|and\b|mg|years?\b|months?\b))",
            re.I,
        ),
        ("enrollment", "enrolment", "number "),
    ),
    (
        "N.total_population",
        re.compile(
            rf"\b(?:study|total|overall|whole|entire|trial)\s+(?:population|sample)\s*[(\[,]\s*n\s*=\s*{COUNT_DIGITS}",
            re.I,
        ),
        ("population (n", "sample (n", "population, n", "sample, n"),
    ),
    (
        "N.total_clause",
        re.compile(
            r"[,;]\s*(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s+(?:of\s+(?:them|these|whom)\s+)?(?:were|was)\s+"
            r"(?:subsequently\s+|then\s+|eventually\s+|finally\s+)?(?:randomi[sz]ed|randomly\s+assigned|enrolled)\b",
            re.I,
        ),
        (
            " were randomi",
            " were randomly",
            " were enrolled",
            " was randomi",
            " were subsequently",
            " were then",
            " were eventually",
            " were finally",
        ),
    ),
]


OTHER_HINTS = (
    (
        "enrol",
        "randomi",
        "assigned",
        "included",
        "recruited",
        "analy",
        "treated",
        "reviewed",
        "identified",
        "studied",
        "compris",
        "involv",
        "consist",
        "encompass",
        "evaluated",
    ),
    (
        "eligible",
        "evaluable",
        "enrolled",
        "included",
        "randomi",
        "assigned",
        "treated",
        "of ",
        "among",
    ),
    (
        "series of",
        "cohort of",
        "study of",
        "trial of",
        "records of",
        "data of",
        "charts of",
        "data from",
        "records from",
        "data on",
        "collected from",
        "obtained from",
        "analysis of",
        "conducted ",
        "performed ",
        "carried out",
    ),
    (":", "="),
    ("there were",),
    ("subjects were", "population w", "population c", "subjects c"),
)
COUNT_START = re.compile(r"(?<![\w.,\-\u2010\u2011\u2013])\d")  # not a range end: 'ECOG 0-1'


def _count_starts(s: str) -> list[int]:
    """Where a count can start: digits anywhere; spelled numbers only opening a clause."""
    starts = [m.start() for m in COUNT_START.finditer(s)]
    lead = LEADING_NUMWORD.match(s)
    if lead:
        starts.insert(0, lead.end() - len(lead.group(0).split(":")[-1].lstrip()))
    for m in CLAUSE_OPENING.finditer(s):
        if NUMWORD_AT.match(s, m.end()):
            starts.append(m.end())
    return sorted(set(starts))


NUMWORD_AT = re.compile(rf"{NUMWORD}\b", re.I)
CLAUSE_OPENING = re.compile(r"[:,;]\s*|\btotal\s+of\s+", re.I)


def _patients_follow(low: str, pos: int) -> bool:
    """A count is an enrolment only if a patient noun follows within a few words."""
    return PATIENT_WORDS_RE.search(low, pos, pos + 70) is not None


def _total_matches(s: str):
    """(pattern id, match) for every enrolment statement in the sentence."""
    low = s.lower()
    for pos in _count_starts(s):
        if not _patients_follow(low, pos):
            continue
        for i, rx in enumerate(COUNT_FIRST):
            m = rx.match(s, pos)
            if m and not (i == 0 and NOT_ENROLMENT.search(m[0])):
                yield f"N.total{i + 1}", m
        if pos == 0 or LEADING_BEFORE.search(s[max(0, pos - 10) : pos]):
            m = LEADING_COUNT.match(s, pos)
            if m:
                yield "N.total_leading", m
    for i, (rx, hints) in enumerate(zip(OTHER_PATTERNS, OTHER_HINTS, strict=True)):
        if any(h in low for h in hints):
            for m in rx.finditer(s):
                yield f"N.total_verb{i + 1}", m


ARM_N_DOSE = re.compile(
    r"^\s*(?:alone\s*|only\s*|monotherapy\s*)?\([^()]{0,40}?[;,]\s*n\s*=\s*(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s*\)",
    re.I,
)  # 'sorafenib (400 mg twice daily; n = 120)', 'TACE only (TO group; n = 64)'
ARM_N_AFTER_DOSE = re.compile(
    r"^\s*\([^()]{1,60}\)\s*[(\[]\s*n\s*=\s*(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s*[)\]]", re.I
)  # 'rivoceranib (250 mg orally once daily) (n=250)'
ARM_N_PATIENTS = re.compile(
    r"\s*\(\s*(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s+(?:patients|pts|participants|subjects)\s*[);,]", re.I
)
ARM_N_BEFORE_IN_LIST = re.compile(r"(?:\(|;)\s*n\s*=\s*(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s*,\s*$", re.I)
# '(n=43; TACE alone)': the count, then the regimen that closes the bracket
ARM_N_BEFORE_IN_BRACKET = re.compile(r"\(\s*n\s*=\s*(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s*;\s*$", re.I)
CLOSES_BRACKET = re.compile(
    r"\s*(?:alone|only|monotherapy)?\s*\)"
)  # '(n = 410, pembrolizumab plus chemotherapy; n = 206, placebo plus chemotherapy)'
ARM_N_AFTER = re.compile(
    r"^\s*,?(?:\s*(?:at\s+)?\d+(?:[.·]\d+)?\s*(?:mg|µg|μg|g)(?:\s*/\s*\w+)?)?(?:\s+on\s+days?\s+\d+(?:\s*(?:-|–|to|through)\s*\d+)?)?(?:,?\s*every\s+\d+\s+(?:weeks|days))?[^()\d;]{0,25}?\(\s*n\s*=\s*(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s*[);,]|^\s*(?:alone|monotherapy|only|group|arm|cohort)?\s*[,:]?\s*n\s*=\s*(?P<n2>\d+)",
    re.I,
)
ARM_N_BEFORE = re.compile(
    r"(?<![:\d.\-\u2010\u2011\u2013])(?<!\bin\s)(?<!(?<!total\s)\bof\s)(?<!\bby\s)(?<!\d\sto\s)(?<!\d:)(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s+(?:\(\s*\d+(?:[.·]\d+)?\s*%\s*\)\s+)?(?:[Pp]atients\s+|pts\s+|cases\s+)?(?:were\s+)?(?:initially\s+|subsequently\s+|then\s+)?(?:to|in|received|randomi[sz]ed\s+to|assigned(?:\s+to)?|allocated(?:\s+to)?|started|on|given|had|underwent"
    r"|treated\s+(?:with|by)|receiving|who\s+received|(?:included|enrolled)\s+in)"
    r"(?:\s+receive)?\s+(?:the\s+|an?\s+)?$"
    # 'treated: 58 with durvalumab monotherapy and 187 with STRIDE'
    r"|(?<=[:;]\s)(?P<nw>\d{1,3}(?:,\d{3})+|\d+)\s+(?:patients\s+|pts\s+)?with\s+(?:the\s+)?$"
    # '; 362 were randomly assigned to everolimus and 184 to placebo' (no noun: one arm's share)
    r"|(?<=[:;,]\s)(?P<nr>\d{1,3}(?:,\d{3})+|\d+)\s+were\s+randomly\s+(?:assigned|allocated)\s+to\s+(?:receive\s+)?(?:the\s+)?$"
    # 'Seventy patients received X and 50 received Y': a spelled count opening the sentence
    r"|(?<![\w,][ \t])(?<!\w)(?P<ns>[A-Z][a-z]+(?:[-\s](?:and\s)?[a-z]+){0,3})\s+(?:patients|pts)\s+(?:were\s+)?"
    r"(?:received|receiving|treated\s+with|given|assigned\s+to|allocated\s+to|randomi[sz]ed\s+to|underwent|in)\s+(?:the\s+)?$"
)
COHORT_N = re.compile(
    r"(?P<n>\d+)\s+(?:patients\s+|pts\s+)?in\s+(?P<c>cohort\s+\w+)|(?P<c2>cohort\s+\w+|[\w-]+\s+cohort)\s*[,(]\s*n\s*=\s*(?P<n2>\d+)",
    re.I,
)
# 'patients with macrovascular invasion (n = 27)', 'HIMALAYA-IN patients (n = 124)'; not
# 'Of 300 patients, survival was longest for score 5 (n = 140)', an outcome by group
SUBGROUP_N = re.compile(
    rf"\b{PATIENTS}\b(?:(?!\b(?:survival|response|longest|shortest|longer|shorter|better|worse|"
    r"intermediate|median|excluded|screened|missing|lost|withdrew|underwent|subsequently|later)\b)[^.;%()]){0,60}\(\s*n\s*=\s*(?P<n>\d+)\s*\)",
    re.I,
)


SUBSET_BEFORE = re.compile(r"survivors|responders|long-term|achiev|who\s+respond", re.I)


ARM_N_ELLIPSIS = re.compile(
    r"(?:\band|[,;])\s+(?:(?:the\s+)?remaining\s+)?(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s+(?:\(\s*\d+(?:[.·]\d+)?\s*%\s*\)\s+)?(?:(?:patients|pts|cases)\s+)?(?:(?:to\s+receive|to|with|in|on|by)\s+)?(?:the\s+)?$",
    re.I,
)
PAREN_COUNT_BEFORE = re.compile(r"(?:\(|[,;]|\band)\s*(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s+$", re.I)
PAREN_COUNT_AFTER = re.compile(
    r"^\s*[:,]?\s*(?:n\s*=\s*)?(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s*(?:[;,)]|and\b)"
)
ENROL_BEFORE_PAREN = re.compile(
    rf"(?:{PATIENTS}|{VERBS}|randomi[sz]ation|population|set|analysis)\s*$", re.I
)


def _paren_count(text: str, a: int, b: int, m: Mention) -> tuple[int, int, int] | None:
    """'(425 atezolizumab, 425 docetaxel)' or '(NIVO 371; SOR 372)' after an enrolment
    statement: the count written next to each arm inside the breakdown."""
    open_at = text.rfind("(", a, m.start)
    if open_at < 0 or text.find(")", open_at, m.start) >= 0:
        return None
    if not ENROL_BEFORE_PAREN.search(text[max(a, open_at - 60) : open_at]):
        return None
    before = PAREN_COUNT_BEFORE.search(text[open_at : m.start])
    if before:
        return (
            open_at + before.start("n"),
            open_at + before.end("n"),
            int(before["n"].replace(",", "")),
        )
    after = PAREN_COUNT_AFTER.match(text[m.end : min(b, m.end + 12)])
    if after:
        return m.end + after.start("n"), m.end + after.end("n"), int(after["n"].replace(",", ""))
    return None


# 'to A or B (237 and 243 individuals, respectively)': the counts follow the regimens
RESPECTIVE_COUNTS_AFTER = re.compile(
    r"\(\s*(?:n\s*=\s*)?(?P<list>\d+(?:\s*(?:,\s*and|,|and)\s*\d+)+)\s*"
    r"(?:patients|pts|participants|individuals|subjects|people)?\s*,?\s*respectively\s*\)",
    re.I,
)
RESPECTIVE_COUNTS = re.compile(
    r"(?<![\d.,])(?P<list>\d+(?:\s*(?:,\s*and|,|and)\s*\d+)+)\s+(?:patients|pts|participants)\b[^.;]{0,160}?respectively",
    re.I,
)


def _respective_counts(
    text: str, a: int, b: int, mentions: list[Mention]
) -> tuple[list[tuple[int, int, int, str, str]], set[int]]:
    """'44 and 88 patients received lenvatinib and sorafenib, respectively': the listed
    counts go to the regimens named before 'respectively', in order."""
    for rm in RESPECTIVE_COUNTS.finditer(text, a, b):
        nums = list(re.finditer(r"\d+", rm["list"]))
        named = [m for m in mentions if not m.prior and rm.end("list") <= m.start < rm.end()]
        regimens: list[Mention] = []
        for m in named:
            if all(r.regimen != m.regimen for r in regimens):
                regimens.append(m)
        if len(regimens) == len(nums):
            return _paired_counts(rm, nums, regimens), {m.start for m in named}
    for rm in RESPECTIVE_COUNTS_AFTER.finditer(text, a, b):
        nums = list(re.finditer(r"\d+", rm["list"]))
        named = [m for m in mentions if not m.prior and a <= m.start < rm.start()]
        regimens = []
        for m in reversed(named):  # the regimens named last before the bracket, in order
            if len(regimens) < len(nums) and all(r.regimen != m.regimen for r in regimens):
                regimens.insert(0, m)
        if len(regimens) == len(nums):
            return _paired_counts(rm, nums, regimens), {m.start for m in named}
    return [], set()


def _paired_counts(
    rm: re.Match[str], nums: list[re.Match[str]], regimens: list[Mention]
) -> list[tuple[int, int, int, str, str]]:
    base = rm.start("list")
    return [
        (base + d.start(), base + d.end(), int(d[0]), r.regimen, "N.arm_respectively")
        for d, r in zip(nums, regimens, strict=True)
    ]


def arm_counts(
    text: str, a: int, b: int, mentions: list[Mention], arms: list[str] | None = None
) -> list[tuple[int, int, int, str, str]]:
    """(start, end, n, arm, pattern id): 'X (n = 395)', 'X, n = 300', '272 to X',
    '44 and 88 patients received X and Y, respectively'."""
    out = []
    arms = arms if arms is not None else [m.regimen for m in mentions]
    done: set[int] = set()
    if "respectively" in text[a:b]:
        out, done = _respective_counts(text, a, b, mentions)
    for m in mentions:
        if m.prior or not a <= m.start < b or m.start in done:
            continue
        window = text[max(a, m.start - 40) : min(b, m.end + 45)]
        if not DIGIT.search(window) or SUBSET_BEFORE.search(text[max(a, m.start - 35) : m.start]):
            continue
        after = None
        if "=" in window:
            after = (
                ARM_N_AFTER.match(text[m.end : min(b, m.end + 45)])
                or ARM_N_DOSE.match(text[m.end : min(b, m.end + 50)])
                or ARM_N_AFTER_DOSE.match(text[m.end : min(b, m.end + 80)])
            )
        if after:
            g = "n" if after["n"] else "n2"
            out.append(
                (
                    m.end + after.start(g),
                    m.end + after.end(g),
                    int(after[g].replace(",", "")),
                    m.regimen,
                    "N.arm_n_equals",
                )
            )
            continue
        consists = ARM_N_CONSISTS.match(text, m.end, min(b, m.end + 60))
        if consists and (
            m.alias or consists["g"]
        ):  # 'the control group consisted of 47 patients', 'had fifty patients'
            n = parse_count(consists["n"])
            if n and n[0] >= 2:
                out.append((consists.start("n"), consists.end("n"), n[0], m.regimen, "N.arm_has"))
                continue
        given = ARM_N_GIVEN_TO.match(text, m.end, min(b, m.end + 60))
        if given:  # 'X was administered to 150 patients'
            n = int(given["n"].replace(",", ""))
            out.append((given.start("n"), given.end("n"), n, m.regimen, "N.arm_given_to"))
            continue
        if any(o[4] == "N.arm_given_to" for o in out):
            given = ARM_N_TO_AFTER.match(text, m.end, min(b, m.end + 30))
            if given:  # '... was given to 171 patients and sorafenib to 65'
                n = int(given["n"].replace(",", ""))
                out.append((given.start("n"), given.end("n"), n, m.regimen, "N.arm_given_to"))
                continue
        if "(" in text[m.end : m.end + 3]:
            after = ARM_N_PATIENTS.match(text, m.end, min(b, m.end + 30))
            if after is None and ASSIGNING.search(text, a, b) and not EVENTS.search(text, a, b):
                after = ARM_N_BARE.match(text, m.end, min(b, m.end + 14))  # 'nivolumab (330)'
            if after:
                out.append(
                    (
                        after.start("n"),
                        after.end("n"),
                        int(after["n"].replace(",", "")),
                        m.regimen,
                        "N.arm_paren",
                    )
                )
                continue
        listed = ARM_N_BEFORE_IN_LIST.search(text, max(a, m.start - 20), m.start) or (
            CLOSES_BRACKET.match(text, m.end)
            and ARM_N_BEFORE_IN_BRACKET.search(text, max(a, m.start - 20), m.start)
        )
        if listed:
            n = int(listed["n"].replace(",", ""))
            out.append((listed.start("n"), listed.end("n"), n, m.regimen, "N.arm_n_equals"))
            continue
        listed_after = LIST_COUNT_AFTER.match(text, m.end, min(b, m.end + 12))
        if listed_after and STARTED_LIST.search(text, a, b) and not EVENTS.search(text, a, b):
            n = int(
                listed_after["n"].replace(",", "")
            )  # 'Started: Tislelizumab 342; Sorafenib 332'
            out.append(
                (listed_after.start("n"), listed_after.end("n"), n, m.regimen, "N.arm_listed")
            )
            continue
        paren = _paren_count(text, a, b, m)
        if paren:
            out.append((*paren, m.regimen, "N.arm_paren"))
            continue
        before = ARM_N_BEFORE.search(text, max(a, m.start - 40), m.start)
        if not before and any(o[4] == "N.arm_to" for o in out):
            before = ARM_N_ELLIPSIS.search(text, max(a, m.start - 40), m.start)
        if before and "%" in before[0] and (EVENTS.search(text, a, b) or m.regimen not in arms):
            before = None  # '62 (46.3%) given placebo' (events), '616 (93%) received cisplatin' (a subset)
        if (
            before
            and re.search(r"\b(?:in|had|on)\s+(?:the\s+)?$", before[0])
            and DEATHS_NEAR.search(text, max(a, before.start() - 60), before.start())
        ):
            before = None  # '9 deaths had occurred in the X group and 21 in the Y group'
        if before and (
            YEAR_BEFORE.search(text, max(a, before.start() - 12), before.start() + 1)
            or _is_year(text, a, before)
        ):
            before = None  # 'between March 2018 and June 2019 to receive X': a date
        if before and any(
            o.start > m.end and EITHER_GAP.fullmatch(text, m.end, o.start) for o in mentions
        ):
            before = None  # '140 patients receiving STRIDE or durvalumab': both, not one arm
        if before:
            g = next(k for k in ("nw", "nr", "ns", "n") if before.groupdict().get(k))
            n = words_to_int(before[g]) if g == "ns" else int(before[g].replace(",", ""))
            if n:
                out.append((before.start(g), before.end(g), n, m.regimen, "N.arm_to"))
    return out


ARM_N_CONSISTS = re.compile(
    rf"\s*(?P<g>groups?\s+)?(?:consisted\s+of|comprised|had|included|enrolled|contained)\s+(?P<n>{NUMW})\s+"
    r"(?:patients|cases|participants|subjects)\b",
    re.I,
)
ARM_N_GIVEN_TO = re.compile(
    r"\s+(?:was|were)\s+(?:administered|given)\s+to\s+(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s+(?:patients|pts|participants)\b",
    re.I,
)
ARM_N_TO_AFTER = re.compile(
    r"\s+to\s+(?:the\s+other\s+)?(?P<n>\d{1,3}(?:,\d{3})+|\d+)(?!\s*(?:%|mg|months?|years?|weeks?|days?))\b",
    re.I,
)
EITHER_GAP = re.compile(r"\s*,?\s*(?:or|and/or)\s+(?:the\s+)?", re.I)
DEATHS_NEAR = re.compile(r"\bdeaths?\b|\bdied\b|\bevents?\b", re.I)
YEAR_BEFORE = re.compile(
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?=(?:19|20)\d{2}\b)", re.I
)
YEAR_RANGE_BEFORE = re.compile(
    r"(?:\b(?:between|from|since|in|during|until|through)\s+|\b(?:19|20)\d{2}\s*(?:and|to|-|\u2013)\s*)$",
    re.I,
)


def _is_year(text: str, a: int, before: re.Match) -> bool:
    """'treated between 2020 and 2024 received X': a year, not a count."""
    g = next((k for k in ("nw", "nr", "ns", "n") if before.groupdict().get(k)), None)
    if g is None or g == "ns" or not re.fullmatch(r"(?:19[89]|20[0-4])\d", before[g]):
        return False
    return bool(YEAR_RANGE_BEFORE.search(text, max(a, before.start(g) - 16), before.start(g)))


EACH_GROUP = re.compile(
    r"(?<![\d.,])(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s+(?:(?:matched\s+)?(?:patients|pts|participants)\s+)?"
    r"(?:(?:were\s+)?(?:remained|retained|kept|assigned|allocated|randomi[sz]ed|included|enrolled)\s+)?"
    r"(?:in\s+|to\s+)?(?:each|per|either)\s+(?:group|arm|cohort)\b"
    r"|(?<![\d.,])(?P<p>\d{1,3}(?:,\d{3})+|\d+)\s+(?:matched\s+)?pairs\b"
    r"|\(\s*(?P<e>\d+)\s+(?:patients\s+)?(?:in\s+)?(?:each|per)\s+(?:group|arm)\s*\)",
    re.I,
)
RATIO_COUNTS = re.compile(
    r"randomi[sz]ed\s+(?:in\s+a\s+)?\d\s*:\s*\d\s*\(\s*(?P<a>\d+)\s*(?:vs\.?|versus|and|,|/|:)\s*(?P<b>\d+)\s*\)",
    re.I,
)


LIST_COUNT_AFTER = re.compile(r"\s*[:,]?\s*(?P<n>\d{1,3}(?:,\d{3})+|\d{2,})\s*(?=[;,.]|\s+and\b|$)")
STARTED_LIST = re.compile(
    r"\b(?:started|randomi[sz]ed|enrolled|assigned|allocated|treated)\s*:", re.I
)
ARM_N_BARE = re.compile(r"\s*\(\s*(?P<n>\d{1,3}(?:,\d{3})+|\d{2,})\s*\)")
ASSIGNING = re.compile(r"randomi[sz]|assigned|allocated|enrolled", re.I)
EVENTS = re.compile(
    r"adverse|events?\b|toxicit|respon|died|deaths?\b|discontinu|conversion|resection|hepatectomy"
    r"|achieved|underwent\s+(?:surgery|resection|transplant)|downstag",
    re.I,
)


def each_arm_counts(text: str, a: int, b: int) -> list[tuple[int, int, int]]:
    """'48 patients remained in each group', '206 matched pairs': one count for every arm."""
    low = text[a:b].lower()
    if not any(w in low for w in ("each", "per ", "either", "pairs")):
        return []
    out = []
    for m in EACH_GROUP.finditer(text, a, b):
        g = next(k for k in ("n", "p", "e") if m[k])
        out.append((m.start(g), m.end(g), int(m[g].replace(",", ""))))
    return out


def ratio_counts(text: str, a: int, b: int) -> list[tuple[int, int, int]]:
    """'randomized 1:1 (790 vs 789) to A or B': the counts in the order the arms follow."""
    m = RATIO_COUNTS.search(text, a, b)
    if not m:
        return []
    return [(m.start(k), m.end(k), int(m[k])) for k in ("a", "b")]


NAMED_GROUP_COUNT = re.compile(
    r"(?<![\d.,])(?P<n>\d{2,4})\s+(?:patients\s+|pts\s+|cases\s+)?(?:were\s+)?in\s+the\s+"
    r"(?P<c>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2})\s+group\b",
    re.I,
)
SUBCOHORT_LEAD = re.compile(
    r"\s*(?:Among|In|For)\s+(?:the\s+)?(?P<n>\d{2,4})\s+(?:patients|pts|participants)\s+"
    r"(?:with|who\s+(?:had|were|was))\s+(?P<c>[^,;()]{3,60}?)\s*(?:\([^()]{1,20}\)\s*)?,\s",
    re.I,
)
EVALUABLE = re.compile(r"measurable|evaluable|assessable|target\s+lesion", re.I)  # the response set
RESULT_WORDS = re.compile(
    r"\bmedian\b|\brates?\b|\bORR\b|\bDCR\b|\bresponse\b|\bsurvival\b|\bHR\b", re.I
)
CHILD_PUGH_SPLIT = re.compile(
    r"(?<![\d.,])(?P<n>\d+)\s+(?:patients\s+)?(?:had|were)\s+(?:classified\s+as\s+)?"
    r"(?P<c>Child[-\u2013\s]Pugh\s+(?:class\s+|grade\s+)?[ABC]\d?)(?:\s+(?:liver\s+function|disease|cirrhosis))?\b(?!\s*\()"
)


def cohort_counts(text: str, a: int, b: int) -> list[tuple[int, int, int, str]]:
    """(start, end, n, cohort label) for '68 in cohort 1' or 'cohort 2 (n = 27)'."""
    out: list[tuple[int, int, int, str]] = []
    if "group" in text[a:b]:
        named = list(NAMED_GROUP_COUNT.finditer(text, a, b))
        if len(named) >= 2:  # '142 in the elderly group and 244 in the non-elderly group'
            out += [(m.start("n"), m.end("n"), int(m["n"]), m["c"]) for m in named]
    lead = SUBCOHORT_LEAD.match(text, a, b)
    if lead and RESULT_WORDS.search(text, lead.end(), b) and not EVALUABLE.search(lead["c"]):
        # 'Among the 94 patients with BCLC stage B disease, median PFS was 10.2 months'
        out.append((lead.start("n"), lead.end("n"), int(lead["n"]), lead["c"]))
    if "Child" in text[a:b]:
        split = list(CHILD_PUGH_SPLIT.finditer(text, a, b))
        if len(split) >= 2:  # '86 had Child-Pugh class A and 32 had Child-Pugh class B'
            out += [(m.start("n"), m.end("n"), int(m["n"]), m["c"]) for m in split]
    if "=" not in text[a:b] and "cohort" not in text[a:b].lower():
        return out
    for m in COHORT_N.finditer(text[a:b]):
        g, c = ("n", "c") if m["n"] else ("n2", "c2")
        out.append((a + m.start(g), a + m.end(g), int(m[g]), m[c].lower()))
    for m in SUBGROUP_N.finditer(text[a:b]):
        if not any(a + m.start("n") == o[0] for o in out):
            out.append((a + m.start("n"), a + m.end("n"), int(m["n"]), ""))
    return out
