"""The numeric grammar of results sentences: values, units, CIs, p-values, and the numbers
that must never become findings (doses, dates, grades, CI levels, timepoints...).

Pure functions over one sentence string; offsets are relative to that string. Kept free of
spaCy so it can be tested exhaustively and reused by other modules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

DOT = "[.\u00b7\u2219\u22c5]"
NUMBER = rf"\d+(?:{DOT}\d+)?"
DASH = "[-\u2010\u2011\u2012\u2013\u2014\u2212]"
NR_WORDS = (
    r"(?:not\s+(?:yet\s+)?(?:been\s+)?(?:reached|estimable|evaluable|assessable|calculable|estimated)"
    r"|did\s+not\s+reach\s+(?:the\s+)?median(?:\s+time)?)"
)
HIGH = rf"(?:{NUMBER}|NR|NE|NA|N/A|{NR_WORDS}|not\s+available)"
SEP = rf"\s*(?:{DASH}|to|;|,|~)\s*"  # '11.2~16.8' in some journals
BOUND_UNIT = r"(?:\s*(?:%|months?|mos?\b|weeks?|days?))?"
LEVEL = rf"(?P<level>\d{{2}}(?:{DOT}\d+)?)\s*(?:%|percent|per\s*cent)\s*"
LABEL = (
    rf"(?:{LEVEL})?(?:CI|CrI|confidence\s+intervals?|credible\s+intervals?)"
    r"(?:\s*[\[\(]\s*CI\s*[\]\)])?"
)
LABELED_CI = re.compile(
    rf"^\s*[,;]?\s*[\(\[]?\s*(?:(?:n\s*=\s*)?\d+\s*/\s*\d+\s*[,;]\s*|n\s*=\s*\d+\s*[,;]\s*)?{LABEL}\s*(?:[,:=]|of|was|is)?\s*[\(\[]?\s*"
    rf"(?P<lo>{NUMBER}){BOUND_UNIT}{SEP}(?P<hi>{HIGH}){BOUND_UNIT}",
    re.I,
)
UNLABELED_CI = re.compile(
    rf"^\s*[\(\[]\s*(?P<lo>{NUMBER}){BOUND_UNIT}{SEP}(?P<hi>{HIGH}){BOUND_UNIT}\s*(?=[\)\];,]|$)",
    re.I,
)
COMMA_CI = re.compile(rf"^\s*[,;]\s*(?P<lo>{NUMBER})\s*{DASH}\s*(?P<hi>{NUMBER})")
PAREN_COMMA_CI = re.compile(
    rf"^\s*,\s*(?P<lo>{NUMBER})\s*{DASH}\s*(?P<hi>{HIGH})\s*(?=[;\)\]])", re.I
)
CI_HEADER = re.compile(rf"\(\s*(?:{LEVEL})?(?:CI|confidence\s+interval)\s*\)", re.I)

P_VALUE = re.compile(
    r"(?<![A-Za-z])(?:(?:one|two|1|2)[-\s]sided\s+|log-rank\s+|stratified\s+)?[Pp]"
    r"(?:\s*[-\s]?\s*values?)?\s*(?P<op><=|>=|=|<|>|≤|≥|&lt;|&gt;)\s*"
    rf"(?P<val>(?:0|1)?{DOT}\d+(?:\s*[x×]\s*10\s*\^?\s*[-\u2212\u2013]?\s*\d+)?|[01](?!{DOT}\d))"
)

TP_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "twelve": 12}
_TPW = "|".join(TP_WORDS)
TP_HYPHEN = re.compile(
    rf"(?<![\w.\u00b7\u2219\u22c5])(?P<n>\d+|{_TPW})\s*[-\u2010\u2011\u2013]\s*(?P<u>months?|years?|yrs?|mo)\b"
    r"(?=\s*(?:overall|os|progression|pfs|survival|rate|landmark|event|\(|,|$))",
    re.I,
)
TP_HYPHEN_LIST = re.compile(
    rf"(?<![\w.])(?P<list>(?:\d+|{_TPW})\s*[-\u2010\u2011\u2013]?(?:\s*,\s*(?:\d+|{_TPW})\s*[-\u2010\u2011\u2013]?)*"
    rf"\s*,?\s*(?:and|or)\s*(?:\d+|{_TPW}))\s*[-\u2010\u2011\u2013]\s*(?P<u>months?|years?|yrs?|mo)\b",
    re.I,
)
TP_AT = re.compile(
    rf"\b(?:at|by|beyond|after)\s+(?:the\s+)?(?P<list>(?:\d+(?:[.·]5)?|{_TPW})(?:\s*(?:months?|years?)?\s*(?:,\s*(?:and|or)?|and|or)\s*(?:\d+(?:[.·]5)?|{_TPW}))*)"
    r"\s*(?P<u>months?|years?|yrs?|mo)\b",
    re.I,
)

# 'the 1 year, 2 year and 3 year survival rates': a unit after every item of the list
TP_UNIT_LIST = re.compile(
    rf"(?<![\w.])(?P<list>(?:\d+|{_TPW})\s*[-\u2010\u2011\u2013\s]\s*(?P<u>months?|years?|yrs?)"
    rf"(?:\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)(?:\d+|{_TPW})\s*[-\u2010\u2011\u2013\s]\s*(?:months?|years?|yrs?)){{1,5}})"
    r"(?=\s*(?:overall|os\b|progression|pfs|survival|rates?|landmark|cumulative))",
    re.I,
)
TP_AT_SPLIT = re.compile(
    r"\bat\s+(?P<a>\d+)\s*\([^()]*\d\s*%[^()]*\)\s*(?:,\s*)?and\s+(?P<b>\d+)\s*(?P<u>years?|months?)\b",
    re.I,
)

# 'OS estimates were: 12 months, 82.6% v 82.0%; 24 months, 67.7% v 64.0%': timepoint labels
TP_LABEL = re.compile(
    r"(?<![\w.\u00b7])(?P<n>\d+)\s*(?P<u>months?|years?|mo)\s*[,:]\s*(?=\d+(?:[.\u00b7]\d+)?\s*%)",
    re.I,
)

WINDOW = 160  # characters after a value where its unit, CI or list partner may be written
UNIT_AFTER = re.compile(
    r"^\s*(?P<u>months?|mos?\b\.?|m(?![\w/²])|weeks?|wks?\b|days\b|%|percent\b|per\s*cent\b)", re.I
)
PAREN = r"(?:\((?:[^()]|\([^()]*\))*\)|\[(?:[^\[\]]|\[[^\[\]]*\])*\])"
UNIT_AFTER_PAREN = re.compile(
    rf"^\s*(?P<p>{PAREN})\s*(?P<u>months?|mos?\b\.?|weeks?|wks?\b|days\b)", re.I
)
SPELLED_TIME = (
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
    r"(?=\s+(?:months?|weeks?)\b)"
)
ATOM = re.compile(
    rf"(?P<num>{NUMBER})|(?P<nr>\b{NR_WORDS}\b|\bNR\b|\bNE\b)|(?P<word>{SPELLED_TIME})", re.I
)

# Numbers that are never results: each regex masks its whole match. Patterns that begin
# with a digit are compiled behind a (?=\d) guard so the scan fails fast elsewhere.
_DIGIT_MASKS = [
    rf"{NUMBER}\s*(?:mg|mcg|µg|μg|g|Gy|mL|IU|ng|kg|cm|mm|mmol|µmol|μmol|U/L|×\s*10)(?:\s*/\s*(?:kg|m2|m²|day|d|dL|mL|L|m|wk))?\b",
    r"\d+\s*(?:times|cycles?|doses?|fractions?|courses?|lines?|sites?|centres?|centers?|countries|hospitals|institutions|regions|events|deaths|days?|hours?|h)\b",
    r"\d+\s*weeks?\s+(?:on|off)\b",
    r"\d+\s*:\s*\d+(?:\s*:\s*\d+)?\b",
    r"\d+(?:st|nd|rd|th)\b",
    r"(?:19|20)\d{2}\b(?!\s*(?:%|months?|patients|pts|participants))",
    r"\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b",
    rf"{NUMBER}\s*(?:years?|yrs?|y)\b",
    rf"{NUMBER}\s*(?:%|percent)\s*(?:CI|CrI|confidence|credible)",
    rf"{NUMBER}\s*%\s*or\s+(?:higher|more|greater|above|lower|less|below)\b(?!\s+(?:grade|treatment|adverse))",
    r"\d+\s*(?:prior|previous)\b",
]
# Word-led masks, each tried only when its keyword occurs (lower-cased substring test).
_WORD_MASKS: list[tuple[tuple[str, ...], str]] = [
    # '6.2 ± 0.4 months': a standard deviation or error, never a second result
    (("\u00b1", "+/-"), r"(?:\u00b1|\+/-)\s*\d+(?:[.·]\d+)?"),
    # 'the curves diverged from 10 mo onwards': a time point, not a median
    (("onward",), r"\b(?:from|after|beyond)\s+\d+(?:[.·]\d+)?\s*(?:months?|mo)\s+onwards?\b"),
    (("nct",), r"\bNCT\s?\d{8}\b"),
    (("[",), r"\[\d+(?:\s*[,\u2013-]\s*\d+)*\]"),
    (
        ("every", "each", "q"),
        r"\b(?:every|each|q)\s*\d+\s*(?:weeks?|wks?|w|days?|d|months?|hours?|h)\b|\bQ\d+W\b",
    ),
    (
        ("day", "cycle", "line"),
        r"\b(?:day|days|cycle|line|lines)\s+\d+(?:\s*(?:and|,|-|–|to)\s*\d+)*",
    ),
    (
        ("ph",),
        r"\b(?:phase|ph)\s*-?\s*(?:[1-4]|I{1,3}V?|IV)[ab]?\b(?:\s*(?:/|-|–|and)\s*(?:[1-4]|I{1,3}V?)[ab]?\b)?",
    ),
    (
        ("grade",),
        r"\bgrades?\s*(?:[≥>≤<]=?\s*)?\d(?:\s*(?:-|–|to|or|and|/)\s*\d)*(?:\s*(?:or|and)\s*(?:higher|above|greater|more|worse))?\+?",
    ),
    (("g",), r"\bGr?\.?\s?[≥>]?\s?[1-5](?:\s*[/–-]\s*[1-5])?\+?(?![\w.])"),
    (
        ("cohort", "arm", "group", "part", "stage", "level", "version"),
        r"\b(?:cohorts?|arms?|groups?|parts?|stages?|levels?|versions?)\s+(?:[A-D]|[1-9])\b(?![.·]\d)",
    ),
    (
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
        r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\s+\d{1,2}\b",
    ),
    (("≥", "≤", "<", ">"), rf"[≥≤<>]=?\s*{NUMBER}\s*%?"),
    # 'more than 50% of patients' is a threshold; 'which were higher than 20.0% and 60.0%'
    # and 'significantly longer than 8.1 months' compare with another result
    (
        ("than",),
        rf"(?<!were\s)(?<!was\s)(?<!ly\s)\b(?:less|fewer|more|greater|higher|lower)\s+than\s+{NUMBER}\s*%?",
    ),
    (
        ("above", "below", "exceed", "at least", "over "),
        rf"\b(?:above|below|exceeding|at\s+least|over)\s+{NUMBER}\s*%",
    ),
    (("i²", "i2"), rf"\bI\s*[²2]\s*(?:[=:]|of)?\s*{NUMBER}\s*%?"),
    (("recist",), rf"\b(?:RECIST|mRECIST|iRECIST)\s*(?:v|version|ver\.?)?\s*\d{DOT}\d"),
    (
        ("cps", "tps", "tap", "score"),
        r"\b(?:CPS|TPS|TAP|combined\s+positive\s+score|tumou?r\s+proportion\s+score)\s*(?:\([^()]{0,6}\)\s*)?(?:of\s+)?(?:[≥>≤<]=?\s*)?\d+\s*%?(?:\s*or\s+(?:more|higher|greater|above))?",
    ),
    (
        ("cd", "il", "pd", "her", "ctla", "fgf", "tsc", "vegf"),
        r"\b(?:CD|IL|PD|HER|CTLA|FGF|FGFR|TSC|VEGFR?)-?\d+\b",
    ),
]
DIGIT_MASK_RE = re.compile("(?=\\d)(?:" + "|".join(f"(?:{m})" for m in _DIGIT_MASKS) + ")", re.I)
# 'median TTP was 169 days': in a sentence about medians, days are a time unit, not a duration
DIGIT_MASK_MEDIANS_RE = re.compile(
    "(?=\\d)(?:" + "|".join(f"(?:{m.replace('|days?|', '|')})" for m in _DIGIT_MASKS) + ")", re.I
)
WORD_MASKS = [(frozenset(hints), re.compile(rx, re.I)) for hints, rx in _WORD_MASKS]
ALL_HINTS = tuple(sorted({h for hints, _ in _WORD_MASKS for h in hints}))


def _word_masks(s: str) -> list[tuple[int, int]]:
    """Run each word-led mask only if one of its keywords occurs (found in one pass)."""
    low = s.lower()
    present = {h for h in ALL_HINTS if h in low}
    out: list[tuple[int, int]] = []
    for hints, rx in WORD_MASKS:
        if hints & present:
            out += [m.span() for m in rx.finditer(s)]
    return out


N_EQUALS = re.compile(r"(?<![A-Za-z])[nN]\s*=\s*(?P<n>\d{1,3}(?:,\d{3})+|\d+)")
FRACTION = re.compile(r"(?<![\w./·])(?P<a>\d+)\s*/\s*(?P<b>\d+)(?![\w./·]|\s*(?:mg|kg))")
OF_TOTAL = re.compile(
    rf"(?<![\w.·])(?P<a>\d+)\s+(?:\(\s*{NUMBER}\s*%\s*\)\s+)?(?:out\s+)?of\s+(?:the\s+)?(?P<b>\d+)\b"
)


@dataclass
class PValue:
    start: int
    end: int
    text: str  # as written after the operator; "<" and ">" kept, "=" dropped


@dataclass
class Timepoint:
    start: int
    end: int
    months: list[int]
    pre: bool  # "12-month OS" (applies forward) vs "at 12 months" (applies backward)


@dataclass
class Atom:
    """A numeric value candidate with what was written around it."""

    start: int
    end: int
    text: str
    value: float | None
    unit: str | None
    nr: bool = False
    ci: tuple[float | None, float | None] | None = None
    ci_level: float | None = None
    struct_end: int = 0  # end of value + unit + CI, where arm phrases may begin
    n: int | None = None
    inherited_unit: bool = False


@dataclass
class Numbers:
    """Everything numeric found in one sentence."""

    atoms: list[Atom] = field(default_factory=list)
    pvalues: list[PValue] = field(default_factory=list)
    timepoints: list[Timepoint] = field(default_factory=list)
    fractions: list[tuple[int, int, int, int]] = field(default_factory=list)  # start,end,a,b
    n_equals: list[tuple[int, int, int]] = field(default_factory=list)  # start,end,n


FLOAT_TABLE = str.maketrans({"\u00b7": ".", "\u2219": ".", "\u22c5": ".", ",": None, "\u2212": "-"})


def parse_float(text: str) -> float:
    """'19·2' -> 19.2, '1,118' -> 1118.0; Lancet mid-dots and thousands commas are common."""
    cleaned = text.translate(FLOAT_TABLE)
    return float(cleaned)


def parse_int(text: str) -> int:
    return int(text.replace(",", ""))


def unit_name(raw: str) -> str:
    """Normalise a written unit to the vocabulary of the finding's `unit` field."""
    low = raw.lower().rstrip(".")
    if low.startswith("w"):
        return "weeks"
    if low.startswith("day"):
        return "days"
    if low in {"%", "percent"} or low.startswith("per"):
        return "%"
    return "months"


def _timepoint_months(token: str, unit: str) -> int:
    n = TP_WORDS.get(token.lower(), None)
    value = n if n is not None else float(token.replace("·", "."))
    months = value * 12 if unit.lower().startswith("y") else value
    return int(round(months))  # '6.5 years' is 78 months


def find_timepoints(s: str) -> list[Timepoint]:
    low = s.lower()
    if not any(u in low for u in ("month", "year", "yr", " mo", "-mo")):
        return []
    out = []
    for m in TP_HYPHEN_LIST.finditer(s):
        nums = re.findall(rf"\d+|{_TPW}", m["list"], re.I)
        out.append(
            Timepoint(m.start(), m.end(), [_timepoint_months(x, m["u"]) for x in nums], True)
        )
    for m in TP_UNIT_LIST.finditer(s):
        if not any(t.start <= m.start() < t.end for t in out):
            nums = re.findall(
                rf"(?<![\w.])(?:\d+|{_TPW})(?=\s*[-\u2010\u2011\u2013\s]\s*(?:month|year|yr))",
                m["list"],
                re.I,
            )
            out.append(
                Timepoint(m.start(), m.end(), [_timepoint_months(x, m["u"]) for x in nums], True)
            )
    for m in TP_HYPHEN.finditer(s):
        if any(t.start <= m.start() < t.end for t in out):
            continue
        out.append(Timepoint(m.start(), m.end(), [_timepoint_months(m["n"], m["u"])], True))
    for m in TP_LABEL.finditer(s):
        if not any(t.start <= m.start() < t.end for t in out):
            out.append(Timepoint(m.start(), m.end(), [_timepoint_months(m["n"], m["u"])], True))
    for m in TP_AT_SPLIT.finditer(s):  # 'at 1 (30.2% vs 14.1%) and 2 years (12.4% vs 4.0%)'
        for g in ("a", "b"):
            if not any(t.start <= m.start(g) < t.end for t in out):
                out.append(Timepoint(m.start(g), m.end(g), [_timepoint_months(m[g], m["u"])], True))
    for m in TP_AT.finditer(s):
        nums = re.findall(rf"\d+(?:[.·]5)?|{_TPW}", m["list"], re.I)
        out.append(
            Timepoint(m.start(), m.end(), [_timepoint_months(x, m["u"]) for x in nums], False)
        )
    return sorted(out, key=lambda t: t.start)


P_VALUE_WORD = re.compile(
    rf"(?<![A-Za-z])[Pp][-\s]?values?\s*(?:of|was|:)?\s*(?P<val>(?:0|1)?{DOT}\d+(?:\s*[x×]\s*10\s*\^?\s*[-\u2212\u2013]?\s*\d+)?)"
)


def find_pvalues(s: str) -> list[PValue]:
    if not any(op in s for op in "<>=≤≥&") and "value" not in s.lower():
        return []
    out = []
    for m in P_VALUE.finditer(s):
        op = {"&lt;": "<", "&gt;": ">", "=": ""}.get(m["op"], m["op"])
        out.append(PValue(m.start(), m.end(), op + re.sub(r"\s+", "", m["val"])))
    for m in P_VALUE_WORD.finditer(s):
        if not any(p.start <= m.start() < p.end for p in out):
            out.append(PValue(m.start(), m.end(), re.sub(r"\s+", "", m["val"])))
    return sorted(out, key=lambda p: p.start)


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < b and a < end for a, b in spans)


def scan(s: str) -> Numbers:
    """Find value atoms in a sentence after masking every non-result number."""
    nums = Numbers(pvalues=find_pvalues(s), timepoints=find_timepoints(s))
    masked: list[tuple[int, int]] = [(p.start, p.end) for p in nums.pvalues]
    masked += [(t.start, t.end) for t in nums.timepoints]
    if "=" in s:
        for m in N_EQUALS.finditer(s):
            nums.n_equals.append((m.start(), m.end(), parse_int(m["n"])))
            masked.append((m.start(), m.end()))
    for rx, hint in ((FRACTION, "/"), (OF_TOTAL, " of ")):
        if hint not in s:
            continue
        for m in rx.finditer(s):
            if not _overlaps(m.start(), m.end(), masked):
                nums.fractions.append((m.start(), m.end(), int(m["a"]), int(m["b"])))
                masked += [m.span("a"), m.span("b")]
    masked += _word_masks(s)
    blocked = bytearray(len(s) + 1)
    for x, y in masked:
        blocked[x:y] = b"\x01" * (y - x)
    consumed_until = 0
    masks = DIGIT_MASK_MEDIANS_RE if "days" in s and "median" in s.lower() else DIGIT_MASK_RE
    for m in ATOM.finditer(s):
        if m.start() < consumed_until or any(blocked[m.start() : m.end()]):
            continue
        digit_mask = masks.match(s, m.start()) if m["num"] else None
        if digit_mask:  # every digit-led mask starts where a number starts
            consumed_until = digit_mask.end()
            continue
        atom = _make_atom(s, m)
        if atom is None:
            continue
        consumed_until = max(consumed_until, atom.struct_end)
        nums.atoms.append(atom)
    _inherit_units(s, nums.atoms)
    if ":" in s:
        _header_units(s, nums.atoms)
    _attach_header_ci(s, nums.atoms)
    return nums


UNIT_HEADER = re.compile(
    r"(?:\(\s*(?P<a>months?|mos?|weeks?|wks?|%)\s*\)|,\s*(?P<b>months?|mos?|weeks?|%))\s*:", re.I
)


LABEL_ITEM = re.compile(
    r"^\s*(?!(?:HR|aHR|hazard|OR|RR|P|at|in|for|with)\b)[A-Za-z][\w+/\-.]*(?:\s+[A-Za-z][\w+/\-.]*){0,2}\s*[:,]?\s*"
    rf"(?:{NUMBER}\s*(?:\([^()]*\))?\s*)?$"
)


def _header_units(s: str, atoms: list[Atom]) -> None:
    """'mOS (mo): LEN 12.1, SOR 8.9' / 'Median OS, months: A 12.1 vs B 8.9': the unit written
    in a label before ':' is the unit of the bare values listed after it (up to a ';')."""
    headers = list(UNIT_HEADER.finditer(s))
    if not headers:
        return
    for atom in atoms:
        if atom.unit is not None or atom.nr:
            continue
        before = [h for h in headers if h.end() <= atom.start]
        if not before:
            continue
        items = s[before[-1].end() : atom.start].split(";")
        if not all(LABEL_ITEM.match(item) for item in items[1:]):
            continue  # a ';' ends the header unless every item after it is 'LABEL value'
        atom.unit = unit_name(before[-1]["a"] or before[-1]["b"])
        atom.inherited_unit = True


NR_THEN_PAREN = re.compile(rf"{NR_WORDS}\s*[\(\[]\s*$", re.I)


def _make_atom(s: str, m: re.Match[str]) -> Atom | None:
    start, end = m.start(), m.end()
    if m["nr"]:
        if NR_THEN_PAREN.search(s[max(0, start - 40) : start]):
            return None  # 'not reached (NR)': the abbreviation repeats the value
        return _finish_atom(s, Atom(start, end, m.group(0), None, None, nr=True))
    if m["word"]:  # 'a median PFS of five months (95% CI: 3.7 months, 6.3 months)'
        value = words_to_int(m["word"])
        return _finish_atom(s, Atom(start, end, m.group(0), float(value), None)) if value else None
    if not _clean_number_context(s, start, end):
        return None
    return _finish_atom(s, Atom(start, end, m.group(0), parse_float(m.group(0)), None))


DASH_RE = re.compile(DASH)
RANGE_AFTER = re.compile(rf"\s*{DASH}\s*\d")
SPACED_DASH_AFTER = re.compile(r"\s+[-\u2013]\s+\d")


# 'were34.6%', 'than4.6 months': a common word glued to the number, not a code like 'CD8'
GLUED_BEFORE_NUMBER = ("were", "was", "of", "and", "than", "reached", "respectively", "vs")
GLUED_WORD_BEFORE = re.compile(rf"\b(?:{'|'.join(GLUED_BEFORE_NUMBER)})$")


def _clean_number_context(s: str, start: int, end: int) -> bool:
    """Reject numbers glued to words ('CD8', 'KEYNOTE-240', '1b') and range endpoints."""
    before = s[max(0, start - 2) : start]
    if (
        (before[-1:].isalpha() and not GLUED_WORD_BEFORE.search(s, max(0, start - 14), start))
        or before[-1:] in {"_", "#"}
        or (before[-1:] == "/" and before[:1] != "%")
    ):
        return False  # 'CD8', '7/32'; but '10%/82.5%' lists two percentages
    if DASH_RE.match(before[-1:] or " ") and (before[:1].isalnum()):
        return False
    after = s[end : end + 12]
    if after[:1].isalpha() and not UNIT_AFTER.match(after):
        return False
    if RANGE_AFTER.match(after) and not SPACED_DASH_AFTER.match(after):
        return False  # "3.5–5.2": a range, never a single result
    return True


BOUND_UNIT_END = re.compile(r"(%|months?|mos?|weeks?|days?)\s*$", re.I)
PLUS_MINUS = re.compile(r"\s*(?:\u00b1|\+/-)\s*\d+(?:[.·]\d+)?")
NR_ABBR_CI = re.compile(
    rf"\s*[\(\[]\s*(?:NR|NE|not\s+reached)\s*[;,]\s*{LABEL}\s*(?:[,:=]|of|was|is)?\s*"
    rf"(?P<lo>{NUMBER}){BOUND_UNIT}{SEP}(?P<hi>{HIGH}){BOUND_UNIT}\s*(?:\[[^\[\]]{{1,12}}\]\s*)?[\)\]]",
    re.I,
)
NR_LOW = rf"(?:NR|NE|NA|N/A|{NR_WORDS}|not\s+available)"
NR_CI = re.compile(
    rf"\s*[,;]?\s*[\(\[]\s*(?:{LABEL}\s*(?:[,:=]|of|was|is)?\s*)?{NR_LOW}{SEP}{HIGH}\s*[\)\]]", re.I
)


def _finish_atom(s: str, atom: Atom) -> Atom:
    """Attach the unit and CI written after the value; record where the structure ends."""
    pos = atom.end
    if atom.nr:
        nr_ci = NR_CI.match(s, pos, pos + WINDOW)
        if nr_ci:  # 'not reached (95% CI, not reached to not reached)': bounds are null
            atom.ci, atom.ci_level = (None, None), None
            atom.struct_end = nr_ci.end()
            return atom
        abbr_ci = NR_ABBR_CI.match(s, pos, pos + WINDOW)
        if abbr_ci:  # 'not reached (NR; 95% CI, 40.2 months-not evaluable [NE])'
            hi = abbr_ci["hi"]
            atom.ci = (parse_float(abbr_ci["lo"]), parse_float(hi) if hi[:1].isdigit() else None)
            atom.ci_level = _level(abbr_ci["level"]) if abbr_ci["level"] else None
            atom.struct_end = abbr_ci.end()
            return atom
    spread = PLUS_MINUS.match(s, pos)
    if spread:  # '6.2 ± 0.4 months': the unit follows the spread
        pos = spread.end()
    unit = UNIT_AFTER.match(s[pos : pos + 20])
    if unit:
        atom.unit = unit_name(unit["u"])
        pos += unit.end()
    elif s[pos : pos + 3].lstrip()[:1] in {"(", "["}:
        paren = UNIT_AFTER_PAREN.match(s[pos : pos + WINDOW])
        if paren:
            atom.unit = unit_name(paren["u"])
            _parse_ci_into(atom, paren["p"], allow_unlabeled=True)
            atom.struct_end = pos + paren.end()
            return atom
    atom.struct_end = pos
    rest = s[pos : pos + WINDOW]  # bounded: nested brackets must not make matching quadratic
    head = rest[:60]
    opens = head.lstrip(" ,;\u2009\u202f\u00a0")[:1] in {"(", "["}
    labelled = "CI" in head or "CrI" in head or "onfidence" in head or "redible" in head
    match = (LABELED_CI.match(rest) if labelled else None) or (
        UNLABELED_CI.match(rest) if opens else None
    )
    if match is None and atom.unit is None and not atom.nr:
        match = COMMA_CI.match(rest)
    if (
        match is None
        and rest.lstrip().startswith(",")
        and OPEN_PAREN_BEFORE.search(s[: atom.start])
    ):
        match = PAREN_COMMA_CI.match(rest)
    if match and set_ci(atom, match):
        atom.struct_end = pos + match.end()
        if atom.unit is None and (bound := BOUND_UNIT_END.search(match.group(0))):
            atom.unit = unit_name(bound[1])  # '(14.0; 95% CI: 11.2-16.8 months)'
        close = CLOSE_AFTER.match(s[atom.struct_end :])
        opened = OPENED.match(rest)
        if close and opened:
            atom.struct_end += close.end()
    elif match is None and labelled and (nr_ci := NR_CI.match(rest)):
        # '13.0 months (95% CI NE-NE)': bounds that were not estimable are null, not values
        atom.ci, atom.ci_level = (None, None), None
        atom.struct_end = pos + nr_ci.end()
    return atom


OPEN_PAREN_BEFORE = re.compile(r"[\(\[][^\)\]]*$")
CLOSE_AFTER = re.compile(r"\s*[\)\]]")
OPENED = re.compile(r"^\s*[,;]?\s*[\(\[]")


def _parse_ci_into(atom: Atom, text: str, allow_unlabeled: bool) -> None:
    match = LABELED_CI.match(text) or (UNLABELED_CI.match(text) if allow_unlabeled else None)
    if match:
        set_ci(atom, match)


def set_ci(atom: Atom, match: re.Match[str]) -> bool:
    """Store a CI only when it brackets the value; otherwise it is something else (a range)."""
    lo = parse_float(match["lo"])
    hi_text = match["hi"]
    hi = parse_float(hi_text) if hi_text[:1].isdigit() else None
    if atom.value is not None and (
        lo > atom.value + 1e-9 or (hi is not None and hi < atom.value - 1e-9)
    ):
        return False
    if hi is not None and hi < lo:
        return False
    atom.ci = (lo, hi)
    level = match["level"] if "level" in match.re.groupindex else None
    atom.ci_level = _level(level) if level else None
    return True


def _level(text: str) -> float:
    value = parse_float(text)
    return int(value) if value.is_integer() else value


_LIST_GAP = re.compile(
    rf"^\s*(?:{PAREN}\s*)?(?:,\s*)?(?:vs\.?|versus|v\.?|and|or|compared\s+(?:with|to)|,)\s*(?:{PAREN}\s*)?$",
    re.I,
)


def _inherit_units(s: str, atoms: list[Atom]) -> None:
    """'19.2 vs 13.4 months': a bare value takes the unit of the next value in its list."""
    for i in range(len(atoms) - 2, -1, -1):
        cur, nxt = atoms[i], atoms[i + 1]
        if cur.unit is None and nxt.unit in {"months", "weeks", "days"}:
            if nxt.start - cur.struct_end <= WINDOW and _LIST_GAP.match(
                s[cur.struct_end : nxt.start]
            ):
                cur.unit = nxt.unit
                cur.inherited_unit = True
        elif _percent_partner(s, cur, nxt):
            cur.unit, cur.inherited_unit = "%", True  # '18.0 and 56.0%'
        elif _percent_partner(s, nxt, cur):
            nxt.unit, nxt.inherited_unit = "%", True  # '(40.0% versus 22.0, p = 0.01)'


PERCENT_WORD = re.compile(r"\s*(?:percent|per\s*cent)\b", re.I)
PAIR_GAP_PCT = re.compile(
    r"\s*(?:,\s*(?:and\s*)?|and|vs\.?|versus)\s*$", re.I
)  # '85.7, 65.1, and 62.8%'


def _percent_partner(s: str, bare: Atom, other: Atom) -> bool:
    """A bare decimal written as the partner of a percentage in a two-value pair."""
    if bare.unit is not None or bare.nr or other.unit != "%" or bare.value is None:
        return False
    if not (1 <= bare.value <= 100):
        return False
    if not re.search(r"[.·]\d", bare.text) and not PERCENT_WORD.match(s, other.end):
        return False  # '70 and 60 percent' (news style) pairs whole numbers too
    first, second = (bare, other) if bare.start < other.start else (other, bare)
    if not PAIR_GAP_PCT.match(s[first.struct_end : second.start]):
        return False
    tail = s[second.struct_end : second.struct_end + 6]
    return (
        bool(re.match(r"\s*(?:[,;).]|$|respectively|of\b|in\b|p\b)", tail, re.I)) or second is other
    )


def _attach_header_ci(s: str, atoms: list[Atom]) -> None:
    """'(95% CI)' in a sentence header sets the level of unlabeled CIs that follow it."""
    header = CI_HEADER.search(s)
    if not header:
        return
    level = header.groupdict().get("level")
    for atom in atoms:
        if atom.ci and atom.ci_level is None and atom.start > header.end():
            atom.ci_level = _level(level) if level else None


WORD_NUMBERS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen".split()
    )
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}


def words_to_int(text: str) -> int | None:
    """'Forty' -> 40, 'One hundred and two' -> 102; None when not a spelled number."""
    total, current = 0, 0
    words = re.split(r"[\s-]+", text.lower().strip())
    if not words or words == [""]:
        return None
    for w in words:
        if w == "and":
            continue
        if w in WORD_NUMBERS:
            current += WORD_NUMBERS[w]
        elif w in TENS:
            current += TENS[w]
        elif w == "hundred":
            current = max(current, 1) * 100
        elif w == "thousand":
            total += max(current, 1) * 1000
            current = 0
        else:
            return None
    return total + current
