"""Endpoint cues: ruler spans turned into typed cues, adverse-event cues resolved by grade
and discontinuation wording, and abbreviations the abstract defines learned as new cues.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

TIME_FAMILIES = {"OS": "mOS", "PFS": "mPFS", "TTP": "mTTP", "DOR": "mDOR"}
RATE_FAMILIES = {"OS": "OS_RATE", "PFS": "PFS_RATE"}
AE_LABELS = {"TRAE", "AE", "IRAE"}
HR_LABELS = {"HR", "HR_OS", "HR_PFS"}
ENDPOINT_LABELS = set(TIME_FAMILIES) | {"ORR", "DCR"} | AE_LABELS | HR_LABELS


@dataclass
class Cue:
    start: int
    end: int
    label: str  # OS, PFS, TTP, DOR, ORR, DCR, HR, HR_OS, HR_PFS, TRAE, AE, IRAE, BLOCK, CRITERION
    pattern_id: str
    ae_endpoint: str | None = None  # resolved endpoint for adverse-event cues
    reach_from: int = 0  # end of the last value this cue took in the current sentence

    @property
    def is_endpoint(self) -> bool:
        return self.label in ENDPOINT_LABELS


GRADE = re.compile(
    r"(?:\bgrades?|\bgr\.?|\bG)\s*(?:"
    r"(?P<op>≥|>=|=>|>|\u2265)\s*(?P<ge>[1-5]|III|II|IV)"
    r"|(?P<a>[1-5]|III|IV|II|I)\s*(?:(?:-|–|to|or|and|/)\s*(?P<b>[1-5]|IV|V|III)"
    r"|\+|\s*or\s*(?:higher|above|greater|more|worse)|\s*and\s*(?:higher|above)|(?![\d\w/–-])))",
    re.I,
)
HIGH_GRADE = re.compile(r"\b(?:high[-\s]grade|severe)\b", re.I)
ANY_GRADE = re.compile(r"\b(?:any|all)[-\s]grades?\b|\bgrades?\s*1\s*(?:-|–|to)\s*[2-5]", re.I)
DISCONTINUATION = re.compile(
    r"(?:lead(?:ing)?|led|resulting|resulted|result)\s+(?:in|to)\s+(?:\w+\s+){0,4}?"
    r"(?:discontinu\w*|withdrawal|cessation|stopping|permanent\s+discontinuation)"
    r"|(?:discontinu\w*|withdr\w*|stopped)\s+(?:\w+\s+){0,4}?(?:due\s+to|because\s+of|owing\s+to|for)",
    re.I,
)
RELATED_AFTER = re.compile(
    r"^[^.;%]{0,80}?\b(?:related\s+to\s+(?:treatment|study|the\s+study|any\s+study|the\s+trial\s+regimen|the\s+regimen|study\s+drugs?|the\s+study\s+drugs?|trial\s+treatment)|"
    r"treatment-related|considered\s+(?:\w+\s+){0,4}related)",
    re.I,
)
DRUG_RELATED_BEFORE = re.compile(
    r"\b(?!immune)[A-Za-z]+[-\u2010\u2011\s]related\s+"
    r"(?:(?:grade|gr\.?)\s*(?:[≥>]=?\s*)?\d(?:\s*(?:or|to|and|-|–|/)\s*\d)?(?:\s+or\s+(?:higher|above|worse|more))?\s+)?$",
    re.I,
)
ANY_THEN_G3 = re.compile(
    r"\b(?:any|all)[-\s]grades?\s+(?:and|or|,)\s+(?:of\s+)?(?:grades?|gr\.?)\s*"
    r"(?:(?:≥|>=)\s*3|3\s*(?:or|-|–|to|/)\s*(?:4|5|higher|more|above|worse))\s*(?:or\s+(?:higher|above|worse)\s*)?$",
    re.I,
)
ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5}


def _grade_number(token: str | None) -> int | None:
    if token is None:
        return None
    return ROMAN.get(token.upper()) or int(token)


def grade_is_three_plus(window: str) -> bool | None:
    """True for grade ≥3 / 3-4 / 3-5 / 3 or higher; False for other grades; None if absent."""
    if ANY_GRADE.search(window):
        return False
    match = GRADE.search(window)
    if match:
        low = _grade_number(match["ge"]) or _grade_number(match["a"])
        if match["op"] == ">" and low is not None:
            low += 1  # 'grade >2' is grade 3 or higher
        return low == 3
    if HIGH_GRADE.search(window):
        return True
    return None


def resolve_ae(text: str, cue: Cue, sent_start: int, sent_end: int) -> str | None:
    """Which adverse-event endpoint a TRAE/AE/irAE cue reports, from the words around it."""
    before = text[max(sent_start, cue.start - 45) : cue.start]
    after = text[cue.end : min(sent_end, cue.end + 45)]
    label = cue.label
    if label == "AE" and (
        RELATED_AFTER.match(text[cue.end : sent_end]) or DRUG_RELATED_BEFORE.search(before)
    ):
        label = "TRAE"  # 'lenvatinib-related adverse events' are treatment-related
    # the cue's own clause ends at its first value or ';': 'Grade 3/4 TRAEs 22% vs 49%;
    # TRAEs leading to discontinuation 4% vs 8%' keeps the first pair grade >=3
    own_after = re.split(r"\d+(?:[.·]\d+)?\s*%|;", after, maxsplit=1)[0]
    own_before = re.split(r"\d+(?:[.·]\d+)?\s*%|;", before)[-1]
    if DISCONTINUATION.search(own_after) or DISCONTINUATION.search(own_before):
        return "TRAE_DISC" if label in {"TRAE", "IRAE"} else None
    after_grade = re.split(r"\d+(?:[.·]\d+)?\s*%|;", after, maxsplit=1)[0]
    if re.search(r"most\s+(?:common|frequent)|commonest", before[-35:], re.I):
        return None
    if ANY_THEN_G3.search(before):  # 'any grade and grade >= 3 AEs were 29% and 11%': paired
        return {"TRAE": "TRAE_G3plus", "AE": "AE_G3plus", "IRAE": "IRAE_G3plus"}[label]
    verdict = grade_is_three_plus(before[-28:] + " " + after_grade)
    if not verdict:
        return None
    return {"TRAE": "TRAE_G3plus", "AE": "AE_G3plus", "IRAE": "IRAE_G3plus"}[label]


UNIT_WORDS = frozenset(
    "mo mos month months wk wks week weeks yr yrs years pts patients percent".split()
)
DEFINITION = re.compile(r"^\s*\(\s*(?P<abbr>[A-Za-z][A-Za-z0-9\-]{1,9})\s*\)")


def learn_abbreviations(text: str, cues: list[Cue]) -> list[Cue]:
    """'median overall survival (mOS)' makes every later 'mOS' a cue of the same family."""
    known = {text[c.start : c.end] for c in cues}
    learned: dict[str, Cue] = {}
    for cue in cues:
        if not cue.is_endpoint:
            continue
        match = DEFINITION.match(text[cue.end : cue.end + 16])
        if match and match["abbr"] not in known and match["abbr"].lower() not in UNIT_WORDS:
            learned.setdefault(match["abbr"], cue)
    out: list[Cue] = []
    for abbr, source in learned.items():
        for hit in re.finditer(rf"(?<![\w-]){re.escape(abbr)}(?![\w-])", text):
            out.append(Cue(hit.start(), hit.end(), source.label, f"{source.pattern_id}+defined"))
    return out
