"""Sentence-level extraction: which cue governs each value, which arm it belongs to, and
what else the sentence says about it (CI, p, timepoint, criterion, subgroup, denominator).

Overlap rule (the only one): every value span yields at most one finding. A value belongs
to the nearest endpoint cue to its left with a compatible unit, unless a blocking cue
(follow-up, age, dose, prior therapy...) or a top-level ';' lies between them; only when no
left cue qualifies may a cue written after the value claim it ('12% achieved an objective
response'). N findings never take a span an endpoint finding already holds.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace

from extractors.cues import (
    AE_LABELS,
    ANY_THEN_G3,
    DISCONTINUATION,
    HR_LABELS,
    RATE_FAMILIES,
    TIME_FAMILIES,
    Cue,
)
from extractors.fastre import alternation
from extractors.lexicon import load_lexicon
from extractors.numbers import (
    LABELED_CI,
    PAREN,
    TP_HYPHEN_LIST,
    UNIT_AFTER,
    Atom,
    Numbers,
    scan,
    set_ci,
    words_to_int,
)
from extractors.regimens import (
    CLASS_AGENT,
    COMPARING_WORDS,
    Mention,
    combination_mentions,
    role_mentions,
)

OUTCOME_HEADER = re.compile(r"(?:Primary|Secondary|Other)?\s*Outcome(?:\s+Measure)?s?\s*:", re.I)
SUBGROUP = re.compile(
    r"\b(?P<c>cohort|arm|part)\s+(?P<l>[A-D1-9])\b"
    r"|(?P<b>PD-?L1\s*(?:TPS|CPS|TAP)?\s*(?:[≥>≤<]=?\s*\d+%?|of\s+\d+%?\s+or\s+(?:more|higher)|positive|negative)"
    r"|CPS\s*(?:of\s*)?(?:[≥>]=?\s*\d+|\d+\s+or\s+(?:more|higher))|TPS\s*[≥>]=?\s*\d+%?"
    r"|(?:Child[-\s]Pugh\s+(?:class\s+|grade\s+|score\s+)?|\bCP[-\s]?(?=[ABC]))(?:[ABC](?:\s*[5-9])?|[5-9])(?![\w-])"
    r"|BCLC\s+(?:stage\s+)?[0A-D](?![\w-])|ALBI\s+grade\s+(?:[123][ab]?|I{1,3})(?![\w-])"
    r"|AFP\s*(?:[≥>≤<]=?\s*\d+|levels?\s+(?:of\s+)?[≥>≤<]=?\s*\d+)(?:\s*ng/m[lL])?"
    r"|(?:non-?)?(?:HBV|HCV)[-\s](?:related|positive|negative)|non-?viral|(?:non-?)?responders)"
    r"|(?P<line>second[-\s]line|2nd[-\s]line|third[-\s]line)",
    re.I,
)


COMPARISON_HINTS = re.compile(
    r"\bthan\b|hazard|\bHRs?\b|randomi|differ|superior|inferior|favou?r|\bwhereas\b|\bwhile\b"
    r"|\bwith\s+or\s+without\b|\bbetween\s+(?:the\s+)?(?:two|three|groups|arms|cohorts)\b",
    re.I,
)
MULTIVARIATE = alternation(
    r"multivariat|multivariabl|univariat|prognostic|predictor|\bpredicted\b|\bpredictive\b|independent(?:ly)?\s+(?:associated|predict)|risk\s+factor|\bfactors?\b|associated\s+with"
    r"|\bwith\s+(?:versus|vs\.?|or)\s+without\b|\bnon-?responders\b|\bthan\s+(?:those|patients|pts)\s+(?:with|without)\b",
    re.I,
)


# 'ALBI grade 1 at regorafenib initiation was associated with longer OS': the subject is a
# patient characteristic, so the HR is prognostic even though a regimen is named
PATIENT_FACTOR = re.compile(
    r"\b(?:ALBI|AFP|alpha-fetoprotein|Child-?Pugh|ECOG|BCLC|NLR|PLR|CRP|score|grade|level|status|"
    r"count|index|invasion|metasta\w*|spread|thrombus|aetiology|etiology|hepatitis|HBV|HCV|age[ds]?|"
    r"sex|male|female|baseline|tumou?r\s+(?:size|burden|number)|response|responders?|irAEs?|"
    r"immune-related|adverse\s+events?|hypertension|proteinuria|albumin|bilirubin)\b",
    re.I,
)
REGIMEN_ASSOCIATION = re.compile(
    r"\s+(?:a\s+)?(?:significantly\s+|numerically\s+)?(?:longer|better|improved|prolonged|superior|shorter|worse|"
    r"inferior|similar|comparable|lower\s+risk|higher\s+risk|reduced\s+risk|higher\s+(?:ORR|objective|response|"
    r"disease\s+control|DCR|rates?))\b",
    re.I,
)


@dataclass
class Context:
    """What the whole document tells each sentence: its mentions, cues and study arms."""

    text: str
    sentences: list[tuple[int, int]]
    mentions: list[Mention]
    cues: list[Cue]
    arms: list[str]
    criteria_in_doc: set[str] = field(default_factory=set)
    has_outcome_header: bool = False
    _by_sentence: dict[int, tuple[list[Cue], list[Mention]]] = field(default_factory=dict)
    _subgroups: dict[int, list[re.Match[str]]] = field(default_factory=dict)
    _multivariate: dict[int, bool] = field(default_factory=dict)
    _shorthand: dict[int, tuple[list[Mention], list[Mention]]] = field(default_factory=dict)
    _comparative: bool | None = None
    _pooled_overall: dict[int, tuple[bool, bool]] = field(default_factory=dict)

    def pooled_overall(self, a: int, b: int) -> tuple[bool, bool]:
        """Whether the sentence says 'pooled' and names the whole population, read once per
        sentence rather than once per value."""
        if a not in self._pooled_overall:
            s = self.text[a:b]
            self._pooled_overall[a] = ("pooled" in s.lower(), bool(OVERALL_WORDS.search(s)))
        return self._pooled_overall[a]

    @property
    def comparative(self) -> bool:
        """Whether the study compares its regimens at all; a cohort that only lists what
        its patients received ('30 received A and 20 received B') reports pooled values."""
        if self._comparative is None:
            self._comparative = bool(
                COMPARING_WORDS.search(self.text) or COMPARISON_HINTS.search(self.text)
            )
        return self._comparative

    @property
    def single(self) -> str | None:
        return self.arms[0] if len(self.arms) == 1 else None

    def index(self) -> None:
        """Group cues and mentions by sentence once, instead of filtering per sentence."""
        starts = [a for a, _ in self.sentences]
        self._by_sentence = {a: ([], []) for a in starts}
        for items, slot in ((self.cues, 0), (self.mentions, 1)):
            for item in items:
                i = bisect_right(starts, item.start) - 1
                if i >= 0 and item.start < self.sentences[i][1]:
                    self._by_sentence[starts[i]][slot].append(item)
        self.has_outcome_header = "outcome" in self.text.lower() and bool(
            OUTCOME_HEADER.search(self.text)
        )

    def in_sentence(self, a: int) -> tuple[list[Cue], list[Mention]]:
        return self._by_sentence.get(a, ([], []))

    def shorthand(self, a: int, b: int) -> tuple[list[Mention], list[Mention]]:
        """'the combination' and role words ('the control group') of a sentence, found once."""
        if a not in self._shorthand:
            self._shorthand[a] = (
                combination_mentions(self.text, a, b, self.arms),
                role_mentions(self.text, a, b, self.arms),
            )
        return self._shorthand[a]

    def multivariate(self, a: int, b: int) -> bool:
        """Whether a sentence reports prognostic-factor models (its HRs are not arm HRs);
        'X was associated with longer PFS than Y' compares regimens and is not one."""
        if a not in self._multivariate:
            first = MULTIVARIATE.search(self.text, a, b)
            hits = [] if first is None else list(MULTIVARIATE.finditer(self.text, first.start(), b))
            self._multivariate[a] = any(
                not (
                    m.group(0).lower().startswith("associated")
                    and REGIMEN_ASSOCIATION.match(self.text, m.end())
                    and (
                        any(not x.prior for x in self.in_sentence(a)[1])
                        or any(self.shorthand(a, b))
                    )
                    and not PATIENT_FACTOR.search(
                        self.text, max(a, self.text.rfind(",", a, m.start()) + 1), m.start()
                    )
                )
                for m in hits
            )
        return self._multivariate[a]

    def subgroup_hits(self, a: int, b: int) -> list[re.Match[str]]:
        """Cohort, biomarker and line-of-therapy phrases of a sentence, found once."""
        if a not in self._subgroups:
            low = self.text[a:b].lower()
            hinted = any(
                h in low
                for h in (
                    "cohort",
                    "arm ",
                    "part ",
                    "pd-l1",
                    "pdl1",
                    "cps",
                    "tps",
                    "line",
                    "child",
                    "cp-",
                    "bclc",
                    "albi",
                    "afp",
                    "hbv",
                    "hcv",
                    "viral",
                    "responder",
                )
            )
            self._subgroups[a] = list(SUBGROUP.finditer(self.text, a, b)) if hinted else []
        return self._subgroups[a]


@dataclass
class Candidate:
    """A value with its endpoint, before arm and context are settled."""

    atom: Atom
    cue: Cue
    endpoint: str
    arm: str | None = None
    arm_text: str | None = None
    p_value: str | None = None
    timepoint: str | None = None
    value_floor: int = 0  # end of the previous value in the sentence
    subgroup: str | None = None  # set where the sentence lists its subgroups ('for PR, SD')


MAY_HOLD_VALUES = re.compile(
    r"\d|\bN[RE]\b|not\s+(?:yet\s+)?(?:been\s+)?(?:reached|estimable|evaluable|assessable|calculable)",
    re.I,
)
RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
RESPECTIVELY_THEN_CLAUSE = re.compile(
    r"\s*[,;]\s*(?:with|while|whereas|mainly|mostly|most\s+(?:often|commonly|frequently)|including|"
    r"the\s+most)\b",
    re.I,
)
OVERALL_AFTER = re.compile(
    rf"^\s*\)?\s*(?:{PAREN}\s*)?,?\s*(?:overall\b|in\s+the\s+(?:overall|whole|entire|total)\s+(?:population|cohort|study\s+population)"
    r"|in\s+all\s+(?:patients|pts|participants)|across\s+(?:all\s+|both\s+|the\s+(?:two|three)\s+)?(?:patients|cohorts|arms|groups|the\s+series)|for\s+the\s+(?:whole|entire)\s+cohort)",
    re.I,
)
OVERALL_WORDS = re.compile(
    r"\boverall\b(?![\s-]+(?:survival|response|rate|os\b))|\bacross\s+the\s+(?:series|cohort|study)|\ball\s+(?:\d+\s+)?(?:patients|pts|participants)\b|\bin\s+all\s+\d+\b|\bentire\s+(?:cohort|population)|\bwhole\s+cohort|\bpooled\b",
    re.I,
)
BIND_AFTER = re.compile(
    rf"^\s*(?:{PAREN}\s*){{0,2}},?\s*(?:respectively\s*,?\s*)?(?:of\s+(?:the\s+)?(?:patients|pts|participants|those)\s+)?"
    r"(?:in|with|for|among|on|by|receiving|using|under|of|given|(?:who\s+)?received|treated\s+with)\s+(?:the\s+)?"
    r"(?:(?:patients|pts|participants|those|subjects)\s+)?"
    r"(?:(?:treated|receiving|who\s+received|randomi[sz]ed|assigned|given|allocated|on)\s+(?:with\s+|to\s+)?)?(?:the\s+)?$",
    re.I,
)
BIND_BEFORE = re.compile(
    r"^(?:\s*['’]s)?\s*(?:[-\u2013]?\s*(?:treated|based)\s+)?(?:(?:group|arm|cohort|regimen|alone|monotherapy|groups|arms)\s*)?"
    r"(?:\(\s*n\s*=\s*\d+\s*\)\s*)?(?:[,:=]\s*|\(\s*(?:[A-Za-z]{2,5}\s*[=:]\s*\d+(?:[.·]\d+)?\s*%?\s*(?:,|;|and)\s*)*(?:[A-Za-z]{2,5}\s*[=:]\s*)?"
    r"|(?:was|were|at|of|had|with|achieved|showed|yielded|reached|is)\s+(?:an?\s+)?)?$",
    re.I,
)
PAREN_EVENT_WORDS = frozenset(
    "patients pts participants subjects cases patient pt participant subject case person individual "
    "group arm cohort groups arms cohorts population respectively overall "
    "total alone monotherapy combination regimen was were of in at rate rates achieved observed orr dcr and vs versus "
    "v or months mo each".split()
)


def extract_sentence(ctx: Context, a: int, b: int) -> tuple[list[Candidate], Numbers]:
    """All findings of one sentence [a, b) of ctx.text, arms and context settled."""
    s = ctx.text[a:b]
    if not MAY_HOLD_VALUES.search(s):
        return [], Numbers()
    sent_cues, sent_mentions = ctx.in_sentence(a)
    cues = list(sent_cues)
    groups: list[Cue] = []
    if any(c.pattern_id.startswith("BLOCK.respon") for c in cues):
        cues = _without_defining_brackets(ctx.text, cues)
        cues, groups = _response_subgroups(ctx.text, cues)
    if not any(c.is_endpoint for c in cues):
        carried = carried_cue(ctx, a) or _rates_cue(ctx, a, b)
        if carried is None:
            return [], Numbers()  # no endpoint is named: nothing here can be a finding
        cues = [carried, *cues]
    nums = scan(s)
    _shift(nums, a)
    mentions = [m for m in sent_mentions if not m.prior]
    combined, roles = ctx.shorthand(a, b)
    mentions += combined
    mentions += [r for r in roles if all(r.end <= m.start or r.start >= m.end for m in mentions)]
    mentions = [as_arm(ctx, m) for m in mentions]
    mentions.sort(key=lambda m: m.start)
    candidates = []
    forward: dict[int, Cue] = {}
    percents = [x for x in nums.atoms if x.unit == "%"]
    for i in range(len(percents) - 1, -1, -1):
        atom = percents[i]
        nxt = percents[i + 1] if i + 1 < len(percents) else None
        if (
            nxt is not None
            and id(nxt) in forward
            and (
                LIST_BEFORE.match(ctx.text[atom.struct_end : nxt.start])
                or ARM_LIST_GAP.fullmatch(ctx.text, atom.struct_end, nxt.start)
            )
            and not _named_by_block(ctx.text, atom, cues)
            and not _worded_bracket(ctx.text, atom, nxt.start)
        ):
            forward[id(atom)] = forward[id(nxt)]
        elif atom.unit == "%":
            cue = _forward_cue(ctx, atom, cues)
            if cue:
                forward[id(atom)] = cue
    for cue in cues:
        cue.reach_from = cue.end
    for atom in nums.atoms:
        cand = _candidate(ctx, a, b, atom, cues, nums, s, forward.get(id(atom)))
        if cand:
            cand.cue.reach_from = max(cand.cue.reach_from, atom.struct_end)
            candidates.append(cand)
    _split_cue_groups(ctx, candidates, cues, nums, a, b)
    if groups:
        _label_response_groups(ctx.text, candidates, groups)
    candidates = _any_then_grade3(ctx, candidates)
    previous = a
    for atom_ in nums.atoms:
        for cand in candidates:
            if cand.atom is atom_:
                cand.value_floor = previous
        if atom_.unit is not None or atom_.nr:
            previous = atom_.struct_end
    _assign_arms(ctx, a, b, candidates, mentions)
    if COMPARED_LEAD.match(ctx.text, a):
        candidates = _compared_lead(ctx, a, b, candidates, cues, nums, mentions)
    candidates = _every_arm(ctx, candidates)
    _assign_pvalues(candidates, nums)
    _assign_timepoints(ctx.text, candidates, nums)
    _drop_prior_only_rates(candidates)
    _discontinuation_lists(ctx, candidates)
    design = DESIGN_SENTENCE.search(ctx.text, a, b) is not None and not (
        NONINFERIOR_RESULT.search(ctx.text, a, b)
    )
    if len(ctx.arms) == 1 and not mentions and _factor_comparison(ctx.text, a, b):
        return [], nums  # a single-regimen study's 'a versus b' compares patient groups
    candidates = [
        c
        for c in candidates
        if not design
        and not (c.endpoint.startswith("HR_") and c.arm is None and not _pooled_hr(ctx, c))
        and not _stopped_for_any_event(ctx, c)
    ]
    return candidates, nums


FACTOR_SUBJECT = re.compile(
    r"\b(?:patients|pts|those|cases)\s+with(?:out)?\s+(?:a\s+|an\s+)?(?:normal|high|higher|low|lower|elevated|"
    r"positive|negative|baseline|mutant|mutated|wild-type|\w+\s+(?:mutations?|levels?|expression|status))"
    r"|\b(?:presence|absence)\s+of\b|\bmutations?\s+(?:correlated|were\s+associated|was\s+associated)",
    re.I,
)
PAIRED_VALUES = re.compile(r"\d\s*(?:%|months?|mo)?\s*(?:versus|vs\.?)\s*\d", re.I)


def _factor_comparison(text: str, a: int, b: int) -> bool:
    """'Patients with normal baseline CA19-9 had longer PFS (11.5 versus 4.6 months)'."""
    return bool(FACTOR_SUBJECT.search(text, a, b) and PAIRED_VALUES.search(text, a, b))


COMPARED_LEAD = re.compile(
    r"\s*(?:Results?\s*:?\s*)?(?:Compared\s+(?:with|to)|In\s+contrast\s+to|As\s+opposed\s+to)\s+(?=[^,]*\d)",
    re.I,
)


def _compared_lead(
    ctx: Context,
    a: int,
    b: int,
    cands: list[Candidate],
    cues: list[Cue],
    nums: Numbers,
    mentions: list[Mention],
) -> list[Candidate]:
    """'Compared with 5.9 and 17.5 months in the X group, the median PFS and OS in the Y
    group were 14.0 and 40.0 months': the leading values are X's, one per endpoint named
    in the main clause; the main clause's values are Y's."""
    main_cues = [c for c in cues if c.is_endpoint and c.label in TIME_FAMILIES]
    if not main_cues:
        return cands
    lead_end = ctx.text.rfind(",", a, main_cues[0].start)
    if lead_end < 0:
        return cands
    group = _cue_group(ctx.text, main_cues[-1], main_cues) if len(main_cues) > 1 else main_cues
    group = [c for c in group if c.start > lead_end]
    lead_atoms = [
        x for x in nums.atoms if a <= x.start < lead_end and x.unit in {"months", None} and x.value
    ]
    lead_arms = _distinct_mentions([m for m in mentions if a <= m.start < lead_end])
    main_arms = _distinct_mentions([m for m in mentions if lead_end < m.start])
    if not group or len(lead_atoms) != len(group) or len(lead_arms) > 1 or len(main_arms) > 1:
        return cands
    kept = [c for c in cands if c.atom.start > lead_end]
    for c in kept:
        if main_arms:
            c.arm, c.arm_text = main_arms[0].regimen, _mention_text(ctx, main_arms[0])
    lead = []
    for atom, cue in zip(lead_atoms, group, strict=True):
        atom.unit = atom.unit or "months"
        cand = Candidate(atom, cue, TIME_FAMILIES[cue.label])
        if lead_arms:
            cand.arm, cand.arm_text = lead_arms[0].regimen, _mention_text(ctx, lead_arms[0])
        lead.append(cand)
    return lead + kept


POOLED_HR = re.compile(r"\bpooled\s+(?:\w+\s+){0,3}?(?:HRs?|hazard\s+ratios?)\b", re.I)


DEFINING_BRACKET = re.compile(r"\s*(?:\(\s*[A-Z]{2,4}\s*\)\s*)?\(")


def _without_defining_brackets(text: str, cues: list[Cue]) -> list[Cue]:
    """'the disease control rate (complete response, partial response and stable disease)
    was 89.9%': the bracket says what the rate counts; its response words block nothing."""
    spans = []
    for cue in cues:
        if cue.label in {"ORR", "DCR"}:
            opened = DEFINING_BRACKET.match(text, cue.end)
            close = text.find(")", opened.end()) if opened else -1
            if opened and 0 < close - opened.end() <= 90:
                spans.append((opened.end(), close))
    if not spans:
        return cues
    return [c for c in cues if not (c.label == "BLOCK" and any(x <= c.start < y for x, y in spans))]


RESPONSE_GROUP_BEFORE = re.compile(
    r"(?:\bfor|\bin|\bof|\bamong|\bwith|\bachiev\w*|\bhad)\s+(?:(?:the\s+)?(?:patients|pts|those)\s+"
    r"(?:with|who\s+(?:achieved|had))\s+)?(?:an?\s+|the\s+)?$",
    re.I,
)
RESPONSE_GROUP_LIST = re.compile(r"^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|/)$")


def _response_subgroups(text: str, cues: list[Cue]) -> tuple[list[Cue], list[Cue]]:
    """'median OS for PR, SD and PD was 17, 9 and 5 months': response categories named
    after a time-to-event endpoint are the subgroups its values belong to, not a response
    count that blocks them."""
    out: list[Cue] = []
    groups: list[Cue] = []
    survival = False
    previous: Cue | None = None
    for cue in cues:
        if cue.label in {"OS", "PFS", "TTP", "DOR"}:
            survival = True
        grouped = (
            survival
            and cue.pattern_id.startswith("BLOCK.respon")
            and text[cue.end : cue.end + 1] not in ("-", "\u2010", "\u2011", "\u2013")
            and (
                RESPONSE_GROUP_BEFORE.search(text, max(0, cue.start - 40), cue.start)
                or (
                    previous is not None
                    and RESPONSE_GROUP_LIST.match(text[previous.end : cue.start])
                )
            )
        )
        if grouped:
            if previous is not None and groups and text[previous.end : cue.start] == "/":
                groups[-1] = Cue(groups[-1].start, cue.end, cue.label, cue.pattern_id)  # 'CR/PR'
            else:
                groups.append(cue)
            previous = cue
            continue
        out.append(cue)
    if len(groups) < 2:  # 'achieved a complete response lasting 6 months' names no subgroups
        return cues, []
    return out, groups


def _label_response_groups(text: str, cands: list[Candidate], groups: list[Cue]) -> None:
    """One value per listed response category, in the order written."""
    survival = [c for c in cands if c.endpoint in {"mOS", "mPFS", "mTTP", "mDOR"}]
    if len(groups) >= 2 and len(survival) == len(groups):
        for cand, cue in zip(survival, groups, strict=True):
            cand.subgroup = text[cue.start : cue.end]


def _pooled_hr(ctx: Context, cand: Candidate) -> bool:
    """'ICI-based therapy improved OS (pooled HR 0.78 ...) compared with TKIs': a meta-analysis
    HR between drug classes has no regimen arm and is reported for the whole pool."""
    window = ctx.text[max(0, cand.cue.start - 40) : cand.atom.start]
    sentence = ctx.text[ctx.text.rfind(". ", 0, cand.atom.start) + 1 : cand.atom.start]
    if POOLED_HR.search(window) and not (
        PATIENT_FACTOR.search(sentence) or re.search(r"\bclass\s+[A-C]\b", sentence)
    ):  # 'the pooled HR for death of class B relative to class A' is prognostic
        cand.arm = "overall"
        return True
    return False


# 'The study has 90% power to detect a PFS HR of 0.70': an HR the design assumed
# 'The study has 90% power to detect a PFS HR of 0.70', 'Assuming a median OS of 11.0 months
# in the control arm': numbers the design assumed, not results
DESIGN_SENTENCE = re.compile(
    r"\bpower(?:ed)?\b|\bto\s+detect\b|\bsample\s+size\b|\bassum(?:ed|ing)\b|\bhypothesi[sz]ed\b"
    r"|\bnon-?inferiority\s+margin\b|\bwill\s+(?:provide|enrol|enroll|be\s+(?:enrolled|randomi[sz]ed))\b",
    re.I,
)
# 'Overall survival with X was noninferior to Y (HR 0.86; ...; noninferiority margin, 1.08)'
NONINFERIOR_RESULT = re.compile(
    r"\b(?:was|were|is|proved|demonstrated|met|showed)\s+(?:statistically\s+)?non-?inferior(?:ity)?\b",
    re.I,
)
STOPPED_AFTER = re.compile(
    r"\s*\)?\s*(?:%?\s*(?:vs\.?|versus|and|,)\s*\d+(?:[.·]\d+)?\s*%\s*)?(?:of\s+(?:the\s+)?(?:patients|pts)\s+)?(?:patients\s+)?(?:permanently\s+)?"
    r"(?:discontinued|stopped|withdrew|ceased)\b(?P<rest>[^;.]{0,80})",
    re.I,
)
RELATED = re.compile(r"treatment[-\s]related|drug[-\s]related|related\s+to|TRAE", re.I)


def _stopped_for_any_event(ctx: Context, cand: Candidate) -> bool:
    """'23.1% stopped cabozantinib because of adverse events' is not a grade 3+ rate; when
    the events are treatment-related it is TRAE_DISC."""
    if not cand.endpoint.endswith("G3plus"):
        return False
    stopped = STOPPED_AFTER.match(ctx.text, cand.atom.struct_end)
    if not stopped:
        return False
    if RELATED.search(stopped["rest"]):
        cand.endpoint = "TRAE_DISC"
        return False
    return True


def _discontinuation_lists(ctx: Context, cands: list[Candidate]) -> None:
    """'led to permanent discontinuation in 6.2% and 10.2%': the list shares the endpoint."""
    for prev, cand in zip(cands, cands[1:], strict=False):
        if (
            prev.endpoint == "TRAE_DISC"
            and cand.endpoint == "TRAE_G3plus"
            and cand.cue is prev.cue
            and LIST_BEFORE.match(ctx.text[prev.atom.struct_end : cand.atom.start])
        ):
            cand.endpoint = "TRAE_DISC"


EVERY_ARM_AFTER = re.compile(
    r"\s*(?:\([^()]{0,40}\)\s*)?(?:in|for|with)\s+(?:either|both|each|all|any)\s+(?:of\s+the\s+)?"
    r"(?:\w+\s+)?(?:groups?|arms?|cohorts?|regimens?)\b",
    re.I,
)


def _every_arm(ctx: Context, cands: list[Candidate]) -> list[Candidate]:
    """'Median OS was not reached in either group': one not-reached finding per arm."""
    out: list[Candidate] = []
    for cand in cands:
        out.append(cand)
        if (
            cand.arm is None
            and cand.atom.nr
            and len(ctx.arms) >= 2
            and not cand.endpoint.startswith("HR_")
            and EVERY_ARM_AFTER.match(ctx.text, cand.atom.struct_end)
        ):
            cand.arm = ctx.arms[0]
            out += [replace(cand, arm=arm, arm_text=None) for arm in ctx.arms[1:]]
    return out


def _split_cue_groups(
    ctx: Context, cands: list[Candidate], cues: list[Cue], nums: Numbers, a: int, b: int
) -> None:
    """'median PFS and OS were 3.3 and 6.9 months, respectively': one value per listed cue."""
    runs: dict[tuple[int, str], list[Candidate]] = {}
    for cand in cands:
        runs.setdefault(id(cand.cue), []).append(cand)
    for run in runs.values():
        group = _cue_group(ctx.text, run[0].cue, cues)
        if len(run) == 1 and run[0].atom.nr and len(group) >= 2:
            _share_not_reached(ctx, cands, run[0], group, nums, a, b)
            continue
        wide = _cue_group(ctx.text, run[0].cue, cues, placeholders=True)
        for cue in cues:  # 'the 1-year OS rate and 1-year RFS rate were ...': placeholders after
            if (
                cue.start >= wide[-1].end
                and cue.end <= run[0].atom.start
                and cue.pattern_id in OUT_OF_VOCABULARY
                and CUE_LIST_GAP_WIDE.fullmatch(ctx.text, wide[-1].end, cue.start)
            ):
                wide.append(cue)
        if len(wide) > len(group) and len(run) == len(wide):
            for cand, cue in zip(run, wide, strict=True):
                if cue.label == "BLOCK":  # the value of an endpoint we do not report
                    cands.remove(cand)
                elif cue is not cand.cue and _compatible(cue, cand.atom):
                    cand.cue = cue
                    cand.endpoint = _endpoint(ctx, cue, cand.atom, nums, a, b) or cand.endpoint
            continue
        if len(group) < 2 or len(run) % len(group):
            continue
        # 'ORR and DCR were 11% and 58% in group B, and 35% and 77% in group A': the
        # listed cues repeat, in order, for every arm; 'OS and TTP (12.5 vs 6.8 months and
        # 5.1 vs 3.0 months)': each cue has its own pair
        arms = len(run) // len(group)
        paired = arms >= 2 and _grouped_by_timepoint(ctx.text, run, arms)
        for i, cand in enumerate(run):
            cue = group[i // arms] if paired else group[i % len(group)]
            endpoint = (
                _endpoint(ctx, cue, cand.atom, nums, a, b) if _compatible(cue, cand.atom) else None
            )
            if endpoint:
                cand.cue, cand.endpoint = cue, endpoint


def _share_not_reached(
    ctx: Context,
    cands: list[Candidate],
    cand: Candidate,
    group: list[Cue],
    nums: Numbers,
    a: int,
    b: int,
) -> None:
    """'The median PFS and OS were not reached': one 'not reached' for every listed cue."""
    if not re.search(r"\b(?:were|have|had|are)\b", ctx.text[group[-1].end : cand.atom.start]):
        return
    for cue in group:
        if cue is cand.cue:
            continue
        endpoint = _endpoint(ctx, cue, cand.atom, nums, a, b)
        if endpoint and endpoint != cand.endpoint:
            cands.append(replace(cand, cue=cue, endpoint=endpoint))
    cands.sort(key=lambda c: (c.atom.start, c.cue.start))


def _cue_group(text: str, last: Cue, cues: list[Cue], placeholders: bool = False) -> list[Cue]:
    """The cues listed together before one run of values ('median PFS and OS'); with
    `placeholders`, an endpoint outside the vocabulary holds its place in the list ('the
    1-year RFS rate and the 1-year OS rate were 36.1% and 93.3%')."""
    group = [last]
    earlier = [
        c
        for c in cues
        if c.end <= last.start
        and (c.is_endpoint or (placeholders and c.pattern_id in OUT_OF_VOCABULARY))
    ]
    gap = CUE_LIST_GAP_WIDE if placeholders else CUE_LIST_GAP
    for cue in reversed(earlier):
        if gap.fullmatch(text, cue.end, group[0].start):
            group.insert(0, cue)
        else:
            break
    return group


def _listed_after_endpoint(text: str, cue: Cue, left: list[Cue]) -> bool:
    before = [c for c in left if c.end <= cue.start]
    return (
        bool(before)
        and before[-1].is_endpoint
        and bool(CUE_LIST_GAP_WIDE.fullmatch(text, before[-1].end, cue.start))
    )


CUE_LIST_GAP = re.compile(r"\s*(?:\([^()]{1,12}\)\s*)?(?:,|and|or|/|&|,\s*and)\s*(?:the\s+)?")
CUE_LIST_GAP_WIDE = re.compile(
    r"\s*(?:\([^()]{1,12}\)\s*)?(?:rates?\s+)?(?:,|and|or|/|&|,\s*and)\s*(?:the\s+)?"
    r"(?:\d+[-\s](?:year|month)\s+)?"
)
# endpoints the vocabulary does not hold, which still take a value in a listed run
OUT_OF_VOCABULARY = {"BLOCK.ttr", "BLOCK.time_to_response", "BLOCK.site_specific_pfs"}


def as_arm(ctx: Context, m: Mention) -> Mention:
    """'the tislelizumab group' names the one study arm that contains tislelizumab; 'the
    non-SBRT cohort' the one arm without it."""
    parts = set(m.regimen.split(" + "))
    if m.negated:
        lacking = [arm for arm in ctx.arms if not parts & set(arm.split(" + "))]
        if len(lacking) == 1:
            return Mention(m.start, m.end, lacking[0], m.prior, m.comparator, m.alias)
        return m
    if m.regimen in ctx.arms:
        return m
    if CLASS_AGENT in parts:
        named = _named_class_agent(ctx, parts)
        if named:  # 'shorter with the PD-1 antibody': the arm whose anti-PD-1 agent is named
            return Mention(m.start, m.end, named, m.prior, m.comparator, m.alias)
    owners = [arm for arm in ctx.arms if parts < set(arm.split(" + "))]
    if len(owners) > 1 and ALONE_AFTER.match(ctx.text, m.end):
        # 'chemotherapy alone' when every arm has chemotherapy: the arm that adds nothing else
        fewest = min(len(set(o.split(" + ")) - parts - {"placebo"}) for o in owners)
        owners = [o for o in owners if len(set(o.split(" + ")) - parts - {"placebo"}) == fewest]
    if len(owners) == 1:
        return Mention(m.start, m.end, owners[0], m.prior, m.comparator, m.alias)
    if "chemotherapy" in parts:
        named = _named_chemotherapy(ctx, parts)
        if named:
            return Mention(m.start, m.end, named, m.prior, m.comparator, m.alias)
    return m


def _named_class_agent(ctx: Context, parts: set[str]) -> str | None:
    lex = load_lexicon()
    rest = parts - {CLASS_AGENT}
    fits = []
    for arm in ctx.arms:
        agents = set(arm.split(" + "))
        pd1 = {a for a in agents if "anti-PD-1" in lex.classes_of(a) and a != CLASS_AGENT}
        if pd1 and rest <= agents - pd1:
            fits.append(arm)
    return fits[0] if len(fits) == 1 else None


def _named_chemotherapy(ctx: Context, parts: set[str]) -> str | None:
    """'pembrolizumab plus chemotherapy' / 'chemotherapy alone' when the arms name the drugs
    ('pembrolizumab + cisplatin + gemcitabine', 'cisplatin + gemcitabine'): the one arm whose
    other agents are the mention's and whose cytotoxics stand for 'chemotherapy'."""
    lex = load_lexicon()
    rest = parts - {"chemotherapy"}
    fits = []
    for arm in ctx.arms:
        agents = set(arm.split(" + "))
        cytotoxic = {a for a in agents if "chemotherapy" in lex.classes_of(a)}
        if cytotoxic and agents - cytotoxic - {"placebo"} == rest:
            fits.append(arm)
    return fits[0] if len(fits) == 1 else None


ALONE_AFTER = re.compile(r"\s*[-\u2010\u2011]?\s*(?:alone|only|monotherapy)\b", re.I)


BARE_RATES = re.compile(
    r"\s*(?:The\s+)?(?:corresponding\s+|landmark\s+|estimated\s+|survival\s+)*rates?\s+(?:at|were|of)\b",
    re.I,
)


def _rates_cue(ctx: Context, a: int, b: int) -> Cue | None:
    """'Median OS was 18.2 vs 15.1 months. Rates at 12 and 24 months were 62% vs 51% ...':
    rates named without their endpoint are those of the survival endpoint named just before."""
    if not BARE_RATES.match(ctx.text, a):
        return None
    i = next((i for i, (x, _) in enumerate(ctx.sentences) if x == a), 0)
    if i == 0:
        return None
    prev_cues, _ = ctx.in_sentence(ctx.sentences[i - 1][0])
    family = [c for c in prev_cues if c.label in {"OS", "PFS"}]
    if not family:
        return None
    return Cue(a, a + 1, family[-1].label, f"{family[-1].pattern_id}+bare_rates")


def carried_cue(ctx: Context, a: int) -> Cue | None:
    """Registry results style: 'Primary Outcome: Overall Survival. ... Sorafenib: median
    13.4 months' - the outcome named in the header governs the lines that follow it."""
    if not ctx.has_outcome_header:
        return None
    line_start = ctx.text.rfind("\n", 0, a) + 1
    if re.match(r"\s*Time\s+Frame", ctx.text[a : a + 20], re.I):
        return None
    if "outcome" not in ctx.text[line_start:a].lower():
        return None  # every header match holds the word
    headers = list(OUTCOME_HEADER.finditer(ctx.text, line_start, a))
    if not headers:
        return None
    h = headers[-1].end()
    named = [c for c in ctx.cues if h <= c.start < a and c.is_endpoint]
    if not named:
        return None
    src = named[0]
    return Cue(a, a, src.label, f"{src.pattern_id}+outcome_header", src.ae_endpoint)


def _shift(nums: Numbers, a: int) -> None:
    """Move sentence-relative offsets into document coordinates."""
    for atom in nums.atoms:
        atom.start += a
        atom.end += a
        atom.struct_end += a
    for p in nums.pvalues:
        p.start += a
        p.end += a
    for t in nums.timepoints:
        t.start += a
        t.end += a
    nums.fractions = [(x + a, y + a, n, d) for x, y, n, d in nums.fractions]


def _compatible(cue: Cue, atom: Atom) -> bool:
    if cue.label in TIME_FAMILIES:
        return (
            atom.nr
            or atom.unit in {"months", "weeks", "days"}
            or (atom.unit == "%" and cue.label in RATE_FAMILIES)
        )
    if cue.label in {"ORR", "DCR"} or cue.label in AE_LABELS:
        return atom.unit == "%"
    if cue.label in HR_LABELS:
        return atom.unit is None and not atom.nr and atom.value is not None and 0 < atom.value < 20
    return False


CONTINUATION = re.compile(
    r"\s*(?:and\s+|while\s+|whereas\s+)?\d+(?:[.·]\d+)?\s*(?:%|months?|mo\b|vs\b|versus|v\b)", re.I
)  # '...; 12.1 months', '...; and 60%, 50%, respectively, in group B'
# 'mPFS, mo: LEN 4.6 (3.6-5.8); SOR 2.8 (2.1-3.7)': the next item of a label-first list
LABEL_ITEM = re.compile(
    r"\s*(?P<label>[A-Za-z][\w+/\-.]*(?:\s+[A-Za-z][\w+/\-.]*){0,2})\s*[:,]?\s*"
    r"\d+(?:[.·]\d+)?\s*(?:\(|%|months?|mo\b|;|\.(?!\d)|$)"
)


def _depth_boundary(ctx: Context, start: int, end: int) -> bool:
    """A top-level ';' between start and end ends the cue's reach, unless values continue
    ('; 12.1 months', '; SOR 2.8 (2.1-3.7)' where SOR names an arm)."""
    text = ctx.text
    if text.find(";", start, end) < 0:
        return False
    depth = 0
    for i in range(start, end):
        ch = text[i]
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif ch == ";" and depth == 0 and not CONTINUATION.match(text, i + 1):
            item = LABEL_ITEM.match(text, i + 1)
            if item and any(
                item.start("label") <= m.start < item.end("label") for m in ctx.mentions
            ):
                continue
            return True
    return False


def _max_reach(cue: Cue) -> int:
    if cue.label in HR_LABELS:
        return 70
    if cue.label in AE_LABELS:
        return 160
    return 260


SINCE_PRIOR = re.compile(
    r"first[-\s]line|\b1L\b|front[-\s]?line|prior|previous|initial|diagnosis|atezolizumab|immunotherapy|\bICIs?\b|\bA\+B\b|\bAB\b",
    re.I,
)


def _governing_cue(ctx: Context, atom: Atom, cues: list[Cue], a: int) -> Cue | None:
    left = [
        c
        for c in cues
        if atom.start - 400 <= c.end <= atom.start and (c.is_endpoint or c.label == "BLOCK")
    ]
    if (
        atom.unit in {"months", "weeks"}
        and left
        and left[-1].label in HR_LABELS
        and BARE_MEDIAN_BEFORE.search(ctx.text, max(a, atom.start - 60), atom.start)
    ):
        # 'PFS was prolonged (HR 0.49, 95% CI 0.42-0.58; median 1.9 vs 1.7 months)'
        family = [c for c in left if c.label in TIME_FAMILIES and c.end > atom.start - 200]
        if family:
            return family[-1]
    for cue in reversed(left):
        if cue.label == "BLOCK":
            if cue.pattern_id in OUT_OF_VOCABULARY and _listed_after_endpoint(ctx.text, cue, left):
                continue  # 'the 1-year OS rate and 1-year RFS rate were 93.3% and 36.1%'
            if cue.pattern_id == "BLOCK.since" and not SINCE_PRIOR.search(
                ctx.text, cue.end, cue.end + 60
            ):
                continue  # "since the start of second-line therapy": the study's own clock
            if _closed_bracket(ctx.text, cue, atom):
                continue  # '15.9 months (range, 2.1 to 44.0) on A and 9.8 months on B'
            if cue.pattern_id == "BLOCK.characteristic" and (
                atom.unit in {"months", "weeks"}
                or IN_SUBGROUP_BEFORE.search(ctx.text, max(a, cue.start - 30), cue.start)
            ):
                continue  # 'shorter in Child-Pugh B patients (7.7 vs 15.9 months)', '27.0% in
                # Child-Pugh A and 16.7% in Child-Pugh B patients': subgroups, not baseline
            if cue.pattern_id == "BLOCK.follow_up" and AT_TIMEPOINT_BEFORE.search(
                ctx.text, max(a, cue.start - 20), cue.start
            ):
                continue  # 'Overall survival rate at 3 years follow-up was 60%'
            return None
        if atom.start - max(cue.end, cue.reach_from) > _max_reach(cue) or _depth_boundary(
            ctx, cue.end, atom.start
        ):
            return None
        if _compatible(cue, atom):
            if _followed_up_for(ctx, cue, left, a):
                return None
            if (
                cue.label in AE_LABELS
                and cue.ae_endpoint != "TRAE_DISC"
                and DISCONTINUED_BETWEEN.search(ctx.text, cue.end, atom.start)
                and CAUSE_AFTER.match(ctx.text, atom.struct_end)
            ):
                return None  # '..., with a discontinuation rate of 6.7% due to AEs'

            return None if _qualified_by_block(ctx.text, cue, left) else cue
        if cue.label in {"OS", "PFS"} and FOR_FAMILY_BEFORE.search(
            ctx.text, max(a, cue.start - 25), cue.start
        ):
            continue  # '0.60 (0.50 to 0.72) for OS and 0.50 ...': 'for OS' names the last HR
        if (
            cue.label in {"OS", "PFS"}
            and atom.unit is None
            and AND_FOR_BEFORE.search(ctx.text, max(a, cue.start - 12), cue.start)
        ):
            hr = next(
                (c for c in reversed(left) if c.label in HR_LABELS and c.end <= cue.start), None
            )
            if hr is not None:  # 'the HR for OS ... was 1.21 (...), and for PFS 1.34 (...)'
                return replace(hr, label=f"HR_{cue.label}", start=cue.start, end=cue.end)
        if cue.label not in HR_LABELS:
            return None
    return None


BARE_MEDIAN_BEFORE = re.compile(
    r"[;,(]\s*medians?\s*(?:of\s+|was\s+|were\s+|,\s*)?"
    r"(?:\d+(?:[.·]\d+)?\s*(?:months?|mo)?\s*(?:\[[^\]]{0,30}\]\s*)?(?:vs\.?|versus|v|and)\s*)?$",
    re.I,
)
IN_SUBGROUP_BEFORE = re.compile(
    r"\b(?:in|among|for)\s+(?:the\s+)?(?:\d+\s+)?(?:patients\s+(?:with|classified\s+as)\s+)?$", re.I
)
QUALIFIED = re.compile(
    r"^\s*(?:\([^()]*\)\s*)?(?:(?:at|in|the|final|primary|interim|analysis)\s+){0,4}(?:of|for)\s+(?:the\s+)?$",
    re.I,
)


AT_TIMEPOINT_BEFORE = re.compile(
    r"\bat\s+\d+(?:[.·]\d+)?\s*(?:years?|months?|mo)\s*(?:of\s+)?$", re.I
)


CAUSE_AFTER = re.compile(
    r"\s*(?:of\s+(?:the\s+)?patients\s+)?(?:due\s+to|because\s+of|owing\s+to)\b", re.I
)
DISCONTINUED_BETWEEN = re.compile(r"\bdiscontinu\w*|\bwithdr[ae]w\w*", re.I)
FOR_BEFORE = re.compile(r"\bfor\s+(?:the\s+)?$", re.I)


def _followed_up_for(ctx: Context, cue: Cue, left: list[Cue], a: int) -> bool:
    """'The median follow-up was 7.0 months ... for PFS, and 16.0 and 15.0 months,
    respectively, for OS': in a follow-up sentence 'for PFS' names what was followed up."""
    return (
        cue.label in {"OS", "PFS"}
        and bool(FOR_BEFORE.search(ctx.text, max(a, cue.start - 12), cue.start))
        and any(c.pattern_id == "BLOCK.follow_up" and a <= c.start < cue.start for c in left)
    )


def _closed_bracket(text: str, cue: Cue, atom: Atom) -> bool:
    """The blocking phrase sat inside a bracket that closed before the value."""
    opened = text.rfind("(", max(0, cue.start - 40), cue.start)
    if opened < 0 or ")" in text[opened : cue.start]:
        return False
    return ")" in text[cue.end : atom.start]


def _qualified_by_block(text: str, cue: Cue, left: list[Cue]) -> bool:
    """'median follow-up for overall survival was 33.8 months': the endpoint names what
    was followed up, the value is a follow-up time."""
    blocks = [c for c in left if c.label == "BLOCK" and c.end <= cue.start]
    return (
        bool(blocks)
        and cue.start - blocks[-1].end <= 60
        and bool(QUALIFIED.match(text[blocks[-1].end : cue.start]))
    )


FORWARD_GAP = re.compile(
    r"^\s*\)?\s*(?:\(\s*\d+\s*/\s*\d+\s*\)\s*)?(?:of\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:patients|pts|participants)\s+)?(?:patients?\s+|pts\s+)?"
    r"(?:(?:receiving|treated\s+with|on|with|in\s+the)\s+[^,;%()]{1,60}?\s+)?"
    r"(?:(?:had|achieved|reached|experienced|developed|reported|showed|attained|obtained|presented\s+with|were|remained)\s+)?"
    r"(?:an?\s+)?(?:confirmed\s+|objective\s+)?(?:(?:manageable|tolerable|serious|severe)\s+)?"
    r"(?:(?:grade|gr\.?)\s*[^A-Za-z]{1,10}?(?:\s*or\s+(?:higher|worse|more|above))?\s*)?$",
    re.I,
)


FORWARD_DISC = re.compile(
    r"^\s*\)?\s*(?:patients\s+|pts\s+)?(?:\w+\s+){0,4}?(?:because\s+of|due\s+to|owing\s+to|for)\s*(?:an?\s+)?$",
    re.I,
)


def _named_by_block(text: str, atom: Atom, cues: list[Cue]) -> bool:
    """'most commonly hypertension (12.3%), and 4.9% discontinued ...': a value bracketed
    right after a blocking phrase belongs to it, not to the list that follows."""
    if atom.unit not in {"months", "weeks", "days"} and re.search(
        r"\b(?:patients?|pts?)\s*\(\s*$", text[max(0, atom.start - 12) : atom.start]
    ):
        return True  # 'hepatitis occurred in one patient (2.2%), and 6.7% discontinued ...'
    return any(
        c.label == "BLOCK"
        and c.end <= atom.start
        and re.fullmatch(r"\s*\(\s*", text[c.end : atom.start])
        for c in cues
    )


def _worded_bracket(text: str, atom: Atom, nxt: int) -> bool:
    """'(proteinuria of any grade, 9.8%), and 11.1% stopped ...': a value closing a bracket of
    words is that bracket's, not the first of a list; '5 (12%) and 4 (10%)' still is a list."""
    if ")" not in text[atom.struct_end : nxt]:
        return False
    opened = text.rfind("(", max(0, atom.start - 80), atom.start)
    return opened >= 0 and re.search(r"[A-Za-z]{3}", text[opened : atom.start]) is not None


def _forward_cue(ctx: Context, atom: Atom, cues: list[Cue]) -> Cue | None:
    """'12% of patients achieved an objective response': the cue follows the value."""
    for cue in cues:
        if cue.start >= atom.struct_end and cue.is_endpoint:
            gap = ctx.text[atom.struct_end : cue.start]
            if len(gap) <= 90 and FORWARD_GAP.match(gap) and _compatible(cue, atom):
                return cue
            if cue.ae_endpoint == "TRAE_DISC" and len(gap) <= 60 and FORWARD_DISC.match(gap):
                return cue
            return None
    return None


PATIENTS_DOING = re.compile(
    r"\s*%?\s*(?:of\s+(?:the\s+)?(?:patients|pts|participants)\s+)?"
    r"(?:continued|remained|were\s+still|still|required|needed|underwent|received\s+(?:steroids|corticosteroids|subsequent))\b",
    re.I,
)
RESPONSE_KIND = re.compile(
    r"\s*%?\s*\)?\s*(?:of\s+(?:the\s+)?patients\s+)?(?:with|had|achieved|achieving|reached|reaching|showing)?\s*(?:an?\s+)?(?:complete|partial|stable|CRs?\b|PRs?\b|SD\b)",
)
ANY_GRADE_NEAR = re.compile(r"\b(?:any|all)[-\s]grades?\b", re.I)
GRADE_BEFORE = re.compile(
    r"\b(?:grade|gr\.?)\s*(?:(?:≥|>=)\s*3\b|>\s*2\b|3\s*(?:or|-|–|to)\s*(?:4|5|higher|more|above|worse))"
    r"(?:\s+or\s+(?:higher|above|worse))?(?:\s+(?:\w+\s+){0,2}?(?:in|of|:)|\s*,)\s*"
    r"(?:\d+(?:[.·]\d+)?\s*%?\s*(?:vs\.?|versus|and)\s*)?$",
    re.I,
)
GRADE_AFTER = re.compile(
    r"\s*%?\s*\)?\s*(?:of\s+(?:the\s+)?(?:patients|pts)\s+|patients?\s+|pts\s+)?(?:experienc\w+\s+|developed\s+|had\s+|with\s+)?"
    r"(?:were\s+|was\s+)?(?:of\s+|at\s+|for\s+)?(?:grades?|gr\.?)\s*(?:(?:≥|>=)\s*3\b|>\s*2\b|3\s*(?:or|-|–|to)\s*(?:4|5|higher|more|above))",
    re.I,
)
# 'Five (8%) patients with A and nine (14%) with B developed ...': counts listed by arm
ARM_LIST_GAP = re.compile(
    r"\s*%?\s*\)\s*(?:patients\s+|pts\s+)?(?:with|in\s+the|on|receiving)\s+[^,;%()]{1,50}?\s*(?:,\s*(?:and\s+)?|and\s+)"
    r"(?:\w+\s*)\(\s*",
    re.I,
)
LIST_BEFORE = re.compile(r"^[\s)(%,]*(?:and|or|vs\.?|versus|v|,)[\s(]*(?:\d+\s*\(?\s*)?$", re.I)


FOLLOW_UP_AROUND = re.compile(
    r"(?:additional|further|extra|another)\s*#|#\s*(?:months?|mo|weeks?)?\s*(?:of\s+)?(?:additional\s+|further\s+|longer\s+|extended\s+)?follow[-\s]?up",
    re.I,
)
MEAN_BEFORE = re.compile(
    r"\b(?:mean|average)\s*(?:[:=,]\s*|of\s+|was\s+|were\s+)?"
    r"(?:\d+(?:[.·]\d+)?\s*(?:months?|mo)?\s*(?:vs\.?|versus|and)\s*)?$",
    re.I,
)
DIFFERENCE_BEFORE = re.compile(
    r"\b(?:by|gain\s+of|difference\s+of)\s+(?:nearly|almost|about|approximately|roughly|over|more\s+than|some|an?\s+(?:additional|extra))?\s*$",
    re.I,
)


CI_LABEL_BEFORE = re.compile(
    r"[(\[]\s*(?:\d{2}(?:[.·]\d+)?\s*%\s*)?(?:CI|CrI|confidence\s+interval)\s*[:,=]?\s*$", re.I
)


G3_OF = {"TRAE": "TRAE_G3plus", "AE": "AE_G3plus", "IRAE": "IRAE_G3plus"}


def _any_then_grade3(ctx: Context, cands: list[Candidate]) -> list[Candidate]:
    """'the incidences of any grade and grade >= 3 adverse events were 29.2% and 10.7%,
    respectively': the first value is any grade, the second grade 3 or higher."""
    out = list(cands)
    for cue in {id(c.cue): c.cue for c in cands}.values():
        if cue.label not in G3_OF or not ANY_THEN_G3.search(
            ctx.text, max(0, cue.start - 50), cue.start
        ):
            continue
        run = [c for c in out if c.cue is cue]
        if len(run) == 2:
            out.remove(run[0])
            run[1].endpoint = G3_OF[cue.label]
    return out


def _candidate(
    ctx: Context,
    a: int,
    b: int,
    atom: Atom,
    cues: list[Cue],
    nums: Numbers,
    s: str,
    forward: Cue | None = None,
) -> Candidate | None:
    if atom.unit is None and atom.nr:
        atom.unit = "months"
    if atom.unit == "%" and (
        PATIENTS_DOING.match(ctx.text, atom.end) or RESPONSE_KIND.match(ctx.text, atom.end)
    ):
        return None
    if atom.unit in {"months", "weeks", "days"} and MEAN_BEFORE.search(
        ctx.text, max(a, atom.start - 40), atom.start
    ):
        return None  # '(mean 21 months vs 12 months)': a mean is not a median
    if atom.unit in {"months", "weeks", "days"} and DIFFERENCE_BEFORE.search(
        ctx.text, max(a, atom.start - 30), atom.start
    ):
        return None  # 'prolonged median survival by nearly 3 months' is a difference
    if atom.unit in {"months", "weeks", "days"} and FOLLOW_UP_AROUND.search(
        ctx.text[max(a, atom.start - 25) : atom.start] + "#" + ctx.text[atom.end : atom.end + 40]
    ):
        return None  # 'with an additional 15 months of follow-up' is follow-up, not a median
    if CI_LABEL_BEFORE.search(ctx.text, max(a, atom.start - 30), atom.start):
        return None  # 'a median PFS of five months (95% CI: 3.7 months, 6.3 months)': a bound
    cue = _governing_cue(ctx, atom, cues, a) or forward
    if cue is None or _parenthesised_event(ctx.text, atom, cue, ctx.mentions, cues):
        return None
    endpoint = _endpoint(ctx, cue, atom, nums, a, b)
    grade3 = (
        GRADE_BEFORE.search(ctx.text, max(cue.end, atom.start - 45), atom.start)
        if endpoint is None and cue.label in AE_LABELS
        else None
    )
    anygrade = ANY_GRADE_NEAR.search(ctx.text, cue.start, atom.start) if grade3 else None
    if grade3 and anygrade is not None and anygrade.end() <= grade3.start():
        # 'AEs of any grade and of grade 3 or above occurred in 83% and 30%, respectively':
        # paired qualifiers give the grade 3+ share to the second value only
        paired = re.fullmatch(
            r"\s*(?:and|or|,)\s*(?:of\s+)?", ctx.text[anygrade.end() : grade3.start()]
        )
        if paired and not re.search(r"\d\s*%", ctx.text[grade3.end() : atom.start]):
            grade3 = None
    if grade3 and (anygrade is None or anygrade.end() <= grade3.start()):
        endpoint = {"TRAE": "TRAE_G3plus", "AE": "AE_G3plus", "IRAE": "IRAE_G3plus"}[
            cue.label
        ]  # '... occurred in 19.6%, and were of grade 3 or higher in 2.5%'
    if endpoint is None and cue.label in AE_LABELS and GRADE_AFTER.match(ctx.text, atom.end):
        endpoint = {"TRAE": "TRAE_G3plus", "AE": "AE_G3plus", "IRAE": "IRAE_G3plus"}[
            cue.label
        ]  # '13.1% of grade ≥3'
    if endpoint is None:
        return None
    if (
        endpoint in {"TRAE_G3plus", "IRAE_G3plus"}
        and cue.reach_from > cue.end
        and DISCONTINUATION.search(ctx.text, cue.end, atom.start)
    ):
        endpoint = "TRAE_DISC"  # 'grade 3/4 TRAEs in 24% and led to discontinuation in 4%'
    if atom.unit == "%" and not atom.inherited_unit:
        unit = UNIT_AFTER.match(ctx.text[atom.end : atom.end + 12])
        if unit:
            atom.end += unit.end()
            atom.text = ctx.text[atom.start : atom.end]
    return Candidate(atom, cue, endpoint)


def _parenthesised_event(
    text: str, atom: Atom, cue: Cue, mentions: list[Mention], cues: list[Cue]
) -> bool:
    """'hypertension (8%)' lists an event after an adverse-event cue; it is not the endpoint.
    Other cues are often followed by '(31.6% for DC ...)' after an adjective, so only
    adverse-event cues are checked."""
    if cue.label not in AE_LABELS:
        return False
    open_at = text.rfind("(", max(0, atom.start - 40), atom.start)
    if open_at < 0 or ")" in text[open_at : atom.start]:
        return False
    if not re.fullmatch(
        r"\(\s*(?:\d+(?:[.·]\d+)?\s*%?\s*(?:vs\.?|versus|v|and|,)\s*)*", text[open_at : atom.start]
    ):
        return False  # only values (and 'vs') may stand between the bracket and this value
    before = text[max(0, open_at - 40) : open_at + 1]
    m = re.search(r"([A-Za-z][\w-]*)\s*\(\s*$", before)
    if not m:
        return False
    word_end = open_at + 1 - (len(before) - m.end(1))
    if any(abs(mm.end - word_end) <= 1 for mm in mentions) or abs(cue.end - word_end) <= 1:
        return False
    if any(abs(c.end - word_end) <= 1 for c in cues):
        return False
    if words_to_int(m[1]) or len(m[1]) <= 2:
        return False  # 'Six (9·1%) patients ...', 'Child-Pugh B (44.4% vs 15.8%)': not an event
    return m[1].lower() not in PAREN_EVENT_WORDS


# 'the objective response rate of tumour thrombi (ORRT)': a response of one kind of lesion
LESION_SPECIFIC = re.compile(
    r"\s+(?:of|for|in)\s+(?:the\s+)?(?:tumou?r\s+thromb|PVTT|portal\s+vein|intrahepatic\s+(?:lesion|tumou?r)"
    r"|extrahepatic|macrovascular|vascular\s+invasion|lung\s+metasta|target\s+lesions?\b)",
    re.I,
)


def _endpoint(ctx: Context, cue: Cue, atom: Atom, nums: Numbers, a: int, b: int) -> str | None:
    if cue.label in TIME_FAMILIES:
        if atom.unit == "%":
            return RATE_FAMILIES[cue.label] if nums.timepoints else None
        return TIME_FAMILIES[cue.label]
    if cue.label in {"ORR", "DCR"}:
        return None if LESION_SPECIFIC.match(ctx.text, cue.end) else cue.label
    if cue.label in AE_LABELS:
        return cue.ae_endpoint
    if cue.label in HR_LABELS:
        if ctx.multivariate(a, b):
            return None
        if cue.label != "HR":
            return cue.label
        named = FAMILY_AFTER.match(ctx.text, atom.struct_end)
        if named:  # 'HR (95% CI) was 0.60 (0.50 to 0.72) for OS and 0.50 (...) for PFS'
            return "HR_PFS" if named["pfs"] else "HR_OS"
        event = EVENT_BEFORE_HR.search(ctx.text, max(a, cue.start - 40), cue.start)
        if (
            event
        ):  # 'a lower risk of progression (hazard ratio 0.53 ...) and death (hazard ratio 0.61)'
            return "HR_PFS" if event["pfs"] else "HR_OS"
        return _hr_family(ctx, cue, a)
    return None


EVENT_BEFORE_HR = re.compile(
    r"\b(?:(?P<pfs>progression(?:\s+or\s+death)?|recurrence)|(?P<os>death|dying|mortality))\s*[\(\[]\s*$",
    re.I,
)
AND_FOR_BEFORE = re.compile(r"[,;)]\s*and\s+for\s+(?:the\s+)?$", re.I)
FOR_FAMILY_BEFORE = re.compile(r"\d\)?\s*,?\s*(?:for|on)\s+(?:the\s+)?(?:risk\s+of\s+)?$", re.I)
FAMILY_AFTER = re.compile(
    # '0.84 (95% CI, 0.60-1.18; P = 0.317) for OS': a p-value may close the bracket first
    r"(?:\s*[;,]\s*(?:(?:one|two)-sided\s+)?[Pp]\s*(?:[=<>≤≥]|&lt;)\s*[\d.·]+\s*\))?"
    r"\s*,?\s*(?:for|on|in\s+terms\s+of)\s+(?:the\s+)?(?:risk\s+of\s+)?"
    r"(?:(?P<os>OS\b|overall\s+survival|death)|(?P<pfs>PFS\b|progression[-\s]free\s+survival|progression\s+or\s+death|disease\s+progression))",
    re.I,
)


def _hr_family(ctx: Context, cue: Cue, a: int) -> str | None:
    """A bare 'HR' reports on the survival endpoint last named before it in the sentence,
    or in the previous sentence when this one names none."""
    family = [
        c
        for c in ctx.in_sentence(a)[0]
        if c.start < cue.start and c.label in {"OS", "PFS", "TTP", "DOR", "ORR", "DCR"}
    ]
    if not family:
        prev = [s for s in ctx.sentences if s[1] <= a]
        if prev:
            prev_cues = ctx.in_sentence(prev[-1][0])[0]
            labels = {c.label for c in prev_cues if c.label in {"OS", "PFS", "TTP"}}
            family = [c for c in prev_cues if c.label in labels] if len(labels) == 1 else []
    if not family:
        carried = carried_cue(ctx, a)
        family = [carried] if carried else []
    if not family:
        return None
    return {"OS": "HR_OS", "PFS": "HR_PFS"}.get(family[-1].label)


def _assign_arms(
    ctx: Context, a: int, b: int, cands: list[Candidate], mentions: list[Mention]
) -> None:
    for cand in cands:
        if cand.endpoint.startswith("HR_"):
            inside = [
                m
                for m in mentions
                if cand.cue.end <= m.start < cand.atom.start and not m.comparator
            ]
            following = [
                m
                for m in mentions
                if m.start >= cand.atom.struct_end
                and HR_FOR.match(ctx.text[cand.atom.struct_end : m.start])
            ]
            compared = _paren_comparison(ctx, cand.atom, mentions)
            owner = _value_bracket_owner(ctx, cand, mentions) or _bracket_owner(
                ctx, cand.cue, mentions
            )
            if (
                owner is not None
            ):  # 'sintilimab plus IBI305 (HR 0.56; 0.46–0.70), camrelizumab ... (HR 0.52)'
                cand.arm, cand.arm_text = owner.regimen, _mention_text(ctx, owner)
            elif compared is not None:
                cand.arm, cand.arm_text = compared.regimen, _mention_text(ctx, compared)
            elif following:
                cand.arm, cand.arm_text = following[0].regimen, _mention_text(ctx, following[0])
            elif inside:
                cand.arm, cand.arm_text = inside[0].regimen, _mention_text(ctx, inside[0])
            elif (subject := _clause_subject(ctx, a, cand.cue.start, mentions)) is not None:
                cand.arm, cand.arm_text = subject.regimen, _mention_text(ctx, subject)
            else:
                cand.arm, cand.arm_text = _experimental_arm(ctx, mentions)
            continue
        _bind(ctx, cand, mentions)
    _spread_listed_arms(ctx, cands)
    runs: dict[tuple[int, str], list[Candidate]] = {}
    for cand in cands:
        if not cand.endpoint.startswith("HR_"):
            runs.setdefault((id(cand.cue), cand.endpoint), []).append(cand)
    respectively = bool(RESPECTIVELY.search(ctx.text[a:b]))
    for run in runs.values():
        _map_run(ctx, run, mentions, respectively, a, b)


PLAIN_LIST = re.compile(r"^[\s)(%]*(?:,|,?\s*and)\s*$", re.I)


def _spread_listed_arms(ctx: Context, cands: list[Candidate]) -> None:
    """'77%, 49% and 38% with A': values listed before an arm-bound value share its arm."""
    for i in range(len(cands) - 2, -1, -1):
        cand, nxt = cands[i], cands[i + 1]
        if (
            cand.arm is None
            and nxt.arm is not None
            and nxt.cue is cand.cue
            and not cand.endpoint.startswith("HR_")
            and PLAIN_LIST.match(ctx.text[cand.atom.struct_end : nxt.atom.start])
        ):
            cand.arm, cand.arm_text = nxt.arm, nxt.arm_text


def _value_bracket_owner(ctx: Context, cand: Candidate, mentions: list[Mention]) -> Mention | None:
    """'followed by camrelizumab + rivoceranib (0.65; 0.50-0.84), atezolizumab +
    bevacizumab (0.69; ...)': a bare HR in brackets right after a regimen is that regimen's."""
    before = [m for m in mentions if cand.cue.end <= m.end <= cand.atom.start]
    if not before:
        return None
    m = before[-1]
    if re.fullmatch(r"\s*[(\[]\s*", ctx.text[m.end : cand.atom.start]):
        return m
    return None


def _bracket_owner(ctx: Context, cue: Cue, mentions: list[Mention]) -> Mention | None:
    """In a chain of regimens each with its own bracket ('compared with sorafenib, A (HR
    0.57), B (HR 0.62) and C (HR 0.66)'), an HR opening a bracket right after a regimen
    belongs to that regimen. Two-arm sentences keep the experimental-arm rule."""
    if len({m.regimen for m in mentions if not m.comparator}) < 3:
        return None
    for m in mentions:
        if (
            m.end <= cue.start
            and BRACKET_GAP.fullmatch(ctx.text, m.end, cue.start)
            and not m.comparator
        ):
            return m
    return None


BRACKET_GAP = re.compile(r"\s*[\(\[]\s*(?:adjusted\s+|stratified\s+|pooled\s+)?")
HR_FOR = re.compile(
    r"^\s*(?:[;,]\s*(?:one-sided\s+|two-sided\s+)?[Pp]\s*[<>=≤≥]\s*[\d.·]+\s*)?[\])]?\s*[,;]?\s*(?:comparing|for|of|with)\s+(?:the\s+)?$",
    re.I,
)


def _mention_text(ctx: Context, m: Mention) -> str:
    return ctx.text[m.start : m.end]


PAREN_OPEN = re.compile(r"\s*[(\[]\s*")
PAREN_CLOSE = re.compile(r"\s*(?:arm|group|cohort)?\s*[)\]]")


def _paren_arm(ctx: Context, atom: Atom, mentions: list[Mention]) -> Mention | None:
    """'37.8% (T300+D), 20.8% (durvalumab)': an arm alone in brackets right after a value."""
    opened = PAREN_OPEN.match(ctx.text, atom.struct_end)
    if not opened:
        return None
    for m in mentions:
        if m.start == opened.end():
            return m if PAREN_CLOSE.match(ctx.text, m.end) else None
    return None


PAREN_VS = re.compile(r"\s*(?:vs\.?|versus|v\.?|compared\s+(?:with|to)|over|relative\s+to)\s", re.I)


def _paren_comparison(ctx: Context, atom: Atom, mentions: list[Mention]) -> Mention | None:
    """'hazard ratios of 0.52 (A vs C) and 0.63 (B vs C)': the bracket names the HR's arm."""
    if ctx.text[atom.struct_end : atom.struct_end + 3].lstrip()[:1] not in ("(", "["):
        return None
    opened = PAREN_OPEN.match(ctx.text, atom.struct_end)
    if not opened:
        return None
    for m in mentions:
        if m.start == opened.end():
            if PAREN_VS.match(ctx.text, m.end) or PAREN_CLOSE.match(ctx.text, m.end):
                return m
            return None
    return None


CLAUSE_LEAD = re.compile(
    r";\s*(?:(?:and|while|whereas|but)\s+)?(?:(?:the|with|for)\s+)?(?:single[-\s]agent\s+|the\s+)?$",
    re.I,
)


def _clause_subject(
    ctx: Context, a: int, cue_start: int, mentions: list[Mention]
) -> Mention | None:
    """'...; durvalumab plus TACE gave a median PFS of 10.0 months (HR, 0.94)': an HR in a
    later clause belongs to the regimen that clause is about."""
    semi = ctx.text.rfind(";", a, cue_start)
    while semi >= 0:
        before = ctx.text[a:semi]
        if before.count("(") + before.count("[") == before.count(")") + before.count("]"):
            break
        semi = ctx.text.rfind(";", a, semi)
    if semi < 0:
        return None
    for m in mentions:
        if semi < m.start < cue_start:
            if not m.comparator and CLAUSE_LEAD.search(ctx.text, semi, m.start):
                return m
            return None
    return None


def _bind(ctx: Context, cand: Candidate, mentions: list[Mention]) -> None:
    atom = cand.atom
    if (
        atom.struct_end < len(ctx.text)
        and ctx.text[atom.struct_end : atom.struct_end + 3].lstrip()[:1] in "(["
    ):
        m = _paren_arm(ctx, atom, mentions)
        if m is not None:
            cand.arm, cand.arm_text = m.regimen, _mention_text(ctx, m)
            return
    if OVERALL_AFTER.match(ctx.text[atom.struct_end : atom.struct_end + 60]) and not re.search(
        r"\b(?:vs\.?|versus)\s*$", ctx.text[max(0, atom.start - 12) : atom.start]
    ):  # '21.0% vs. 12.5% in the whole population': the pair, not the second value, is overall
        cand.arm, cand.arm_text = "overall", "overall"
        return
    for m in mentions:
        if m.start >= atom.struct_end and m.start - atom.struct_end <= 70:
            gap = ctx.text[atom.struct_end : m.start]
            if BIND_AFTER.match(gap) and not (
                (
                    "respectively" in gap.lower()
                    or "respectively" in ctx.text[m.end : m.end + 80].lower()
                )
                and VALUE_LIST_BEFORE.search(ctx.text[max(0, atom.start - 25) : atom.start])
                and _starts_arm_list(ctx.text, m, mentions)
            ):  # '40%, 35% and 25%, respectively, for the A, B and C arms' is mapped as a list
                cand.arm, cand.arm_text = m.regimen, _mention_text(ctx, m)
                _ci_after_arm(ctx.text, atom, m)
                return
    before = [m for m in mentions if m.end <= atom.start and atom.start - m.end <= 40]
    if not before:
        return
    gap = ctx.text[before[-1].end : atom.start]
    if not BIND_BEFORE.match(gap):
        return
    i = mentions.index(before[-1])
    if i > 0 and COORDINATED.fullmatch(ctx.text[mentions[i - 1].end : before[-1].start]):
        return  # 'the OS rates for the A and B arms were 55% vs 47%': the list orders the values
    if "(" in gap and not re.match(
        r"\s*(?:%\s*)?(?:(?:,|;|and)\s*[A-Za-z]{2,5}\s*[=:]\s*\d+(?:[.·]\d+)?\s*%?\s*)*(?:[,;][^()]*)?\)",
        ctx.text[atom.end : atom.end + 60],
    ):  # '(ORR=35.3% and DCR=61.8%)' after the group closes with both values
        return
    cand.arm, cand.arm_text = before[-1].regimen, _mention_text(ctx, before[-1])


def _starts_arm_list(text: str, m: Mention, mentions: list[Mention]) -> bool:
    """'..., respectively, for the A, B, and C arms': the regimen opens a list of arms."""
    later = [o for o in mentions if o.start >= m.end]
    return bool(later) and bool(COORDINATED.fullmatch(text[m.end : later[0].start]))


VALUE_LIST_BEFORE = re.compile(
    r"\d(?:[.·]\d+)?\s*(?:%|months?|mo)?\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|vs\.?\s+|versus\s+)$",
    re.I,
)
COORDINATED = re.compile(
    r"\s*(?:arms?|groups?)?\s*(?:,|and|or|,\s*and|vs\.?|versus)\s*(?:the\s+)?", re.I
)


def _ci_after_arm(text: str, atom: Atom, m: Mention) -> None:
    """'2.8 months for pembrolizumab (95% CI 2.6-4.1)': the CI may follow the arm."""
    if atom.ci is None:
        match = LABELED_CI.match(text, m.end, m.end + 80) or LABELED_CI.match(
            text[m.end : m.end + 80]
        )
        if match:
            set_ci(atom, match)


def _distinct_mentions(mentions: list[Mention]) -> list[Mention]:
    seen: dict[str, Mention] = {}
    for m in mentions:
        seen.setdefault(m.regimen, m)
    return list(seen.values())


def _this_clause(text: str, run: list[Candidate], mentions: list[Mention]) -> list[Mention]:
    """'37.3% vs 27.7% of patients, and liver disease in 4.5% in the SIRT group': regimens
    named only after the run's clause has ended (outside brackets) belong to another one."""
    last = max(c.atom.struct_end for c in run)
    after = [m for m in mentions if m.start >= last]
    if not after:
        return mentions
    gap = BRACKETED.sub(" ", text[last : after[0].start])
    if not LATER_CLAUSE.search(gap):
        return mentions
    return [m for m in mentions if m.start < last]


BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
COHORTS_NOT_ARMS = re.compile(
    r"\b(?:first|second|third|two|three)\s+cohorts?\b|\bcohorts?\s+[A-C1-3]\b", re.I
)
LATER_CLAUSE = re.compile(r";|,\s+(?:and|whereas|while|but)\s+|\bwhereas\b", re.I)


OPENING_SUBJECT = re.compile(
    r"\s*(?:Among|In|Of)\s+(?:the\s+)?(?:\d+\s+)?(?:patients|pts|participants)\s+(?:who\s+received|receiving|treated\s+with|given)\s+(?:the\s+)?$",
    re.I,
)


def _opening_subject(ctx: Context, distinct: list[Mention], a: int) -> Mention | None:
    """The one regimen named in an opening 'Among N patients who received X,' clause."""
    if len(distinct) != 1:
        return None
    m = distinct[0]
    if not OPENING_SUBJECT.fullmatch(ctx.text, a, m.start):
        return None
    return m if re.match(r"\s*,", ctx.text[m.end : m.end + 3]) else None


def _map_run(
    ctx: Context, run: list[Candidate], mentions: list[Mention], respectively: bool, a: int, b: int
) -> None:
    if respectively:
        # '6.6 and 7.0 months, respectively (HR for B versus A ...)': regimens named after
        # 'respectively' are another clause's, not the order of these values
        word = RESPECTIVELY.search(ctx.text, a, b)
        if word and all(c.atom.start < word.start() for c in run):
            bracket = re.match(r"\s*,?\s*[(\[]", ctx.text[word.end() : word.end() + 5])
            close = ctx.text.find(")" if bracket and "(" in bracket.group(0) else "]", word.end())
            if bracket and close > 0:  # 'respectively (HR for B versus A ...)'
                mentions = [m for m in mentions if not word.end() <= m.start < close]
            elif RESPECTIVELY_THEN_CLAUSE.match(ctx.text, word.end()):
                # '41% and 26%, respectively, with neutropenia most frequent in the X group'
                mentions = [m for m in mentions if m.start < word.start()]
    mentions = _this_clause(ctx.text, run, mentions)
    distinct = _distinct_mentions(mentions)
    if respectively and len(run) >= 2 and len(run) == len(distinct):
        for cand, m in zip(run, distinct, strict=True):
            cand.arm, cand.arm_text = m.regimen, _mention_text(ctx, m)
        return
    unbound = [c for c in run if c.arm is None]
    if not unbound:
        return
    if respectively and len(unbound) == len(run) and 0 < len(run) < len(distinct):
        for cand, m in zip(run, distinct, strict=False):
            cand.arm, cand.arm_text = m.regimen, _mention_text(ctx, m)
        return
    owners = _respectively_in(ctx, run, mentions) if respectively and len(run) >= 2 else None
    if owners:
        for cand, owner in owners:  # '36.4%, 27.3% and 13.6%, respectively, in group A; and ...'
            cand.arm, cand.arm_text = owner.regimen, _mention_text(ctx, owner)
        return
    if respectively and not distinct and len(unbound) == len(run) >= 2:
        labels = _listed_subgroups(ctx.text, a, run[0].atom.start)
        if labels and len(labels) == len(run):
            for cand, label in zip(run, labels, strict=True):
                # 'median OS for CP A, B7, B8/9 and C was 19.0, 6.1, 5.1 and 2.0 m, respectively'
                cand.arm, cand.subgroup = ctx.single or "overall", label
            return
    opening = _opening_subject(ctx, distinct, a)
    if opening is not None and all(c.arm in (None, opening.regimen) for c in run):
        for cand in unbound:  # 'Among 332 patients who received the combination, ... 41% and 35%'
            cand.arm, cand.arm_text = opening.regimen, _mention_text(ctx, opening)
        return
    one = _one_arm_over_timepoints(ctx, run, distinct, a)
    if one is not None and len(unbound) == len(run):
        for cand in run:  # 'In the X arm, the 12- and 24-month OS rates were 70% and 45%'
            cand.arm, cand.arm_text = one.regimen, _mention_text(ctx, one)
        return
    if len(run) >= 2 and len(unbound) == len(run):
        order = _run_order(ctx, run, distinct, respectively)
        if order:
            for i, cand in enumerate(run):
                cand.arm, cand.arm_text = order[i % len(order)]
            return
    if len(run) >= 2 and len(unbound) == 1 and len(distinct) == 1 and _one_per_endpoint(run):
        # 'The ORR and DCR of the control group were 20.7% and 62.1%': both the group's
        unbound[0].arm, unbound[0].arm_text = distinct[0].regimen, _mention_text(ctx, distinct[0])
        return
    if len(run) >= 2 and len(unbound) == 1:
        used = {c.arm for c in run if c.arm}
        pool = [m.regimen for m in distinct] or ctx.arms
        rest = [r for r in pool if r not in used]
        if (
            not rest
            and len(ctx.arms) == 2
            and len(run) == 2
            and not any(m.start < unbound[0].atom.start for m in distinct)
        ):
            rest = [
                r for r in ctx.arms if r not in used
            ]  # 'x in the combination arm vs y in the X arm'
        if len(rest) == 1:
            unbound[0].arm, unbound[0].arm_text = rest[0], _written(ctx, distinct, rest[0])
            return
    for cand in unbound:
        near = _nearest_since_previous_value(cand, mentions, run) if len(run) == 1 else None
        if near is not None:
            cand.arm, cand.arm_text = near.regimen, _mention_text(ctx, near)
        else:
            cand.arm, cand.arm_text = _fallback_arm(ctx, distinct, a, b)
            if (
                cand.arm is None
                and len(run) == 1
                and not distinct
                and len(ctx.arms) >= 2
                and COHORTS_NOT_ARMS.search(ctx.text)
            ):  # 'durvalumab plus FOLFOX4 (first cohort) or ... (second cohort). The ORR was 21%'
                cand.arm, cand.arm_text = "overall", None


LISTED_SUBGROUPS = re.compile(
    r"\b(?:for|in|among)\s+(?:(?:the\s+)?(?:patients|pts|those)\s+with\s+)?(?P<list>[^,;()]{1,30}"
    r"(?:\s*,\s*[^,;()]{1,30}){0,6},?\s+(?:and|or)\s+[^,;()]{1,30}?)\s+(?:was|were)\s+$",
    re.I,
)


def _listed_subgroups(text: str, a: int, first_value: int) -> list[str]:
    """The labels of 'for A, B and C was/were' written just before a run of values."""
    found = LISTED_SUBGROUPS.search(text, max(a, first_value - 160), first_value)
    if not found:
        return []
    items = re.split(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", found["list"].strip())
    return [i for i in items if i]


RESPECTIVELY_IN = re.compile(
    r"\s*,?\s*respectively\s*,?\s*(?:in|for|with|among)\s+(?:the\s+)?", re.I
)


def _respectively_in(
    ctx: Context, run: list[Candidate], mentions: list[Mention]
) -> list[tuple[Candidate, Mention]]:
    """'ORR at 3, 6, 9 and 12 months was a, b, c and d, respectively, in group A; and e, f, g
    and h, respectively, in group B': each group named after 'respectively' owns the values
    before it, one per listed timepoint."""
    listed = TP_AT_LIST.search(ctx.text, max(0, run[0].atom.start - 120), run[0].atom.start)
    if listed is None:
        return []
    size = len(re.findall(r"\d+", listed["list"]))
    out: list[tuple[Candidate, Mention]] = []
    segment: list[Candidate] = []
    for cand in run:
        segment.append(cand)
        after = RESPECTIVELY_IN.match(ctx.text, cand.atom.struct_end)
        if after is None:
            continue
        owner = next((m for m in mentions if m.start == after.end()), None)
        if owner is None or len(segment) != size:
            return []
        out += [(c, owner) for c in segment]
        segment = []
    return out if out and not segment else []


def _one_per_endpoint(run: list[Candidate]) -> bool:
    """Each value of the run is a different endpoint ('ORR and DCR ... 20.7% and 62.1%')."""
    return len({c.endpoint for c in run}) == len(run)


def _one_arm_over_timepoints(
    ctx: Context, run: list[Candidate], distinct: list[Mention], a: int
) -> Mention | None:
    if len(run) < 2 or not run[0].endpoint.endswith("_RATE"):
        return None
    first = run[0].atom.start
    before = [m for m in distinct if m.start < first]
    if len(before) != 1 or len(distinct) != 1:
        return None
    listed = TP_HYPHEN_LIST.search(ctx.text, a, first) or TP_AT_LIST.search(ctx.text, a, first)
    if listed is None or len(re.findall(r"\d+", listed["list"])) != len(run):
        return None
    return before[0]


TP_AT_LIST = re.compile(
    r"\bat\s+(?P<list>\d+(?:\s*(?:months?)?\s*(?:,|and)\s*\d+)+)\s*months?\b", re.I
)


def _nearest_since_previous_value(
    cand: Candidate, mentions: list[Mention], run: list[Candidate]
) -> Mention | None:
    """'For the nivolumab-only group, the median OS was 37.6 months': with a single value,
    the regimen named last before it (and after any earlier value) is its arm."""
    floor = cand.value_floor
    before = [m for m in mentions if floor <= m.start and m.end <= cand.atom.start]
    leaders = [m for m in before if not m.comparator]
    if leaders:
        return leaders[-1]
    return before[-1] if before else None


def _written(ctx: Context, distinct: list[Mention], regimen: str) -> str | None:
    for m in distinct:
        if m.regimen == regimen:
            return _mention_text(ctx, m)
    return None


PAIR_GAP = re.compile(r"^[\s)(%]*(?:and|vs\.?|versus|v|,)[\s(]*$", re.I)
TIME_GAP = re.compile(r"\b(?:months?|years?|mo)\b", re.I)
VS_GAP = re.compile(r"\b(?:vs\.?|versus|v)\b", re.I)


def _run_order(
    ctx: Context, run: list[Candidate], distinct: list[Mention], respectively: bool
) -> list[tuple[str, str | None]] | None:
    k = len(run)
    paired = k % 2 == 0 and all(
        VS_GAP.search(ctx.text[run[i].atom.struct_end : run[i + 1].atom.start])
        for i in range(0, k, 2)
    )
    if not paired and k % 2 == 0 and k >= 4:
        # '16.4% and 9.7% at 24 months and 14.1% and 3.3% at 36 months': arm pairs by timepoint
        paired = all(
            PAIR_GAP.match(ctx.text[run[i].atom.struct_end : run[i + 1].atom.start])
            and (
                i + 2 >= k
                or TIME_GAP.search(ctx.text[run[i + 1].atom.struct_end : run[i + 2].atom.start])
            )
            for i in range(0, k, 2)
        )
    multiple = k % max(len(distinct), 1) == 0 and (respectively or (paired and len(distinct) == 2))
    if distinct and (k == len(distinct) or multiple):
        ordered = list(distinct)
        comps = [m for m in ordered if m.comparator]
        if not respectively and len(ordered) == 2 and len(comps) == 1:
            ordered = [m for m in ordered if not m.comparator] + comps
        return [(m.regimen, _mention_text(ctx, m)) for m in ordered]
    if (
        len(distinct) == 1
        and (k == 2 or paired)
        and len(ctx.arms) == 2
        and distinct[0].regimen in ctx.arms
    ):
        m = distinct[0]  # 'more frequent with LEN-TACE by mRECIST (54.1% v 25.0%) and ...'
        other = next(r for r in ctx.arms if r != m.regimen)
        pair = [(m.regimen, _mention_text(ctx, m)), (other, None)]
        return pair[::-1] if m.comparator else pair
    if not distinct and len(ctx.arms) == 2 and k % 2 == 0:
        # '121 received X and 117 Y alone. Median PFS was 7.6 versus 5.3 months': the order of
        # the last sentence that named both arms, else the study's order
        pair = previous_pair(ctx, run[0].atom.start) or ctx.arms
        return [(r, None) for r in pair]
    if not distinct and len(ctx.arms) >= 2 and k % len(ctx.arms) == 0:
        return [(r, None) for r in ctx.arms]
    if not distinct and k == 2 and (paired or respectively) and len(ctx.arms) > 2:
        pair = previous_pair(ctx, run[0].atom.start)
        if pair:
            return [(r, None) for r in pair]
    return None


DESIGN_WORD_AFTER = re.compile(r"[-\u2010\u2011\s]*controlled\b", re.I)
HR_CLAUSE_BEFORE = re.compile(
    r"\b(?:HR|hazard\s+ratio)\s+(?:for|of)\s+(?:[\w/+-]+\s+){0,3}(?:(?:versus|vs\.?|v)\s+)?$", re.I
)


def previous_pair(ctx: Context, pos: int) -> list[str] | None:
    """'mPFS was 6.8 mo with C+A vs 4.2 mo with SOR. ... ORR 11% vs 3.7%.': in a trial of
    more than two arms, an unlabelled pair continues the last two-arm comparison written."""
    for a, b in reversed([s for s in ctx.sentences if s[0] <= pos]):
        _, mentions = ctx.in_sentence(a)
        combined, roles = ctx.shorthand(a, b)
        mentions = [*mentions, *combined, *roles]
        # the sentence of the values counts too, up to them ('higher after X, compared with
        # those after Y [1-year OS rates: 60.2% vs. 42.9%]')
        mentions = sorted((m for m in mentions if m.end <= pos), key=lambda m: m.start)
        arms = []
        for m in mentions:
            if (
                m.prior
                or DESIGN_WORD_AFTER.match(ctx.text, m.end)
                or HR_CLAUSE_BEFORE.search(ctx.text, max(0, m.start - 40), m.start)
            ):
                continue  # 'placebo-controlled', 'HR for X versus Y' do not order the arms
            regimen = as_arm(ctx, m).regimen
            if regimen in ctx.arms and regimen not in arms:
                arms.append(regimen)
        if len(arms) == 2:
            # 'Compared with a in the X group, ... in the Y group were b': Y is the subject
            return arms[::-1] if COMPARED_LEAD.match(ctx.text, a) else arms
        if len(arms) > 2:
            return None
    return None


def _fallback_arm(
    ctx: Context, distinct: list[Mention], a: int, b: int
) -> tuple[str | None, str | None]:
    leaders = [m for m in distinct if not m.comparator]
    if len(distinct) > 1 and len(leaders) == 1:
        return leaders[0].regimen, _mention_text(ctx, leaders[0])
    if len(distinct) == 1 and _later_clause(ctx.text, distinct[0], a, b):
        distinct = []
    if len(distinct) == 1:
        m = distinct[0]
        if m.comparator and len(ctx.arms) == 2 and m.regimen in ctx.arms:
            return next(r for r in ctx.arms if r != m.regimen), None
        return m.regimen, _mention_text(ctx, m)
    pooled, overall = ctx.pooled_overall(a, b)
    if not distinct and ctx.single and not (pooled and " or " in ctx.single):
        return ctx.single, None  # a meta-analysis against 'sorafenib or lenvatinib' pools all
    if not distinct and overall:
        return "overall", None
    if not distinct and not ctx.arms and not ctx.comparative:
        return "overall", None  # a cohort whose treatment is unnamed or named by class only
    if not distinct and len(ctx.arms) > 1 and not ctx.comparative:
        return "overall", None  # 'Of 50 patients, 30 received A and 20 B. The ORR was 58.0%'
    if not distinct and len(ctx.arms) > 1 and not overall:
        return None, None
    return None, None


def _later_clause(text: str, m: Mention, a: int, b: int) -> bool:
    """A regimen named only after ', and' or ';' later in the sentence is another topic."""
    first_value = re.search(r"\d", text[a:b])
    if not first_value or m.start < a + first_value.start():
        return False
    return bool(re.search(r";|,\s+and\s+|\.\s", text[a + first_value.start() : m.start]))


CONTROL_CLASSES = {"supportive care", "placebo"}


def _experimental_arm(ctx: Context, mentions: list[Mention]) -> tuple[str | None, str | None]:
    """HRs compare the experimental arm with the control: the first arm the study names,
    never one written as '... alone' beside another."""
    leaders = [m for m in mentions if not m.comparator]
    added = [m for m in leaders if not ALONE_AFTER.match(ctx.text, m.end)]
    if added and len(added) < len(leaders):
        leaders = added  # 'versus 8.2 months for those receiving TACE alone (HR 0.77)'
    lex = load_lexicon()
    treated = [m for m in leaders if not lex.classes_of(m.regimen) <= CONTROL_CLASSES]
    if treated and len(treated) < len(leaders):
        leaders = treated  # 'active surveillance' or placebo is never the experimental arm
    arms = [r for r in ctx.arms if not lex.classes_of(r) <= CONTROL_CLASSES] or ctx.arms
    if ctx.arms:
        for m in leaders:
            if m.regimen == arms[0]:
                return m.regimen, _mention_text(ctx, m)
    if leaders:
        return leaders[0].regimen, _mention_text(ctx, leaders[0])
    if arms and len(ctx.arms) >= 2:
        return arms[0], None
    return None, None


def _assign_pvalues(cands: list[Candidate], nums: Numbers) -> None:
    """A p-value belongs to the HR just before it, or else to the comparison (the run of
    values) just before it."""
    for p in nums.pvalues:
        before = [c for c in cands if c.atom.start < p.start]
        if not before:
            continue
        last = before[-1]
        if last.p_value is not None:
            continue
        if last.endpoint.startswith("HR_"):
            last.p_value = p.text
            continue
        for c in before:
            if c.cue is last.cue and c.p_value is None:
                c.p_value = p.text


def _assign_timepoints(text: str, cands: list[Candidate], nums: Numbers) -> None:
    """'at 24 months' applies to the values before it; '24-month' to the values after it."""
    for cand in cands:
        if not cand.endpoint.endswith("_RATE"):
            continue
        later = [t for t in nums.timepoints if not t.pre and t.start >= cand.atom.end]
        earlier = [t for t in nums.timepoints if t.end <= cand.atom.start]
        months: int | None = None
        if later and not (
            earlier and earlier[-1].pre and _between_values(cands, earlier[-1].end, cand)
        ):
            months = later[0].months[0] if len(later[0].months) == 1 else None
        if months is None and earlier:
            months = (
                earlier[-1].months[-1]
                if len(earlier[-1].months) == 1
                else _listed(text, cands, cand, earlier[-1])
            )
        cand.timepoint = f"{months} months" if months else None


def _between_values(cands: list[Candidate], pos: int, cand: Candidate) -> bool:
    return not any(pos <= c.atom.start < cand.atom.start for c in cands if c is not cand)


def _listed(text: str, cands: list[Candidate], cand: Candidate, tp) -> int | None:
    """'OS rates at 12 and 24 months were 60% and 40%': pair listed timepoints in order."""
    after = [c for c in cands if c.atom.start > tp.end and c.endpoint == cand.endpoint]
    if len(after) == len(tp.months) and cand in after:
        return tp.months[after.index(cand)]
    # 'at 12, 24 and 36 months were 77%, 49% and 38% with A, compared with 61%, 33% and
    # 25% with B': the listed timepoints repeat for every arm
    if len(tp.months) >= 2 and after and len(after) % len(tp.months) == 0 and cand in after:
        arms = len(after) // len(tp.months)
        i = after.index(cand)
        if arms >= 2 and _grouped_by_timepoint(text, after, arms):
            # '12- and 24-month rates of 20% vs 12% and 11% vs 5%': one pair per timepoint
            return tp.months[i // arms]
        return tp.months[i % len(tp.months)]
    return None


def _grouped_by_timepoint(text: str, after: list[Candidate], arms: int) -> bool:
    """Values written 'a vs b and c vs d': 'vs' inside each group, never between groups."""
    for i in range(len(after) - 1):
        gap = text[after[i].atom.struct_end : after[i + 1].atom.start]
        inside = (i + 1) % arms != 0
        if bool(VS_GAP.search(gap)) != inside:
            return False
    return True


def _drop_prior_only_rates(cands: list[Candidate]) -> None:
    """Rates with no timepoint at all are not OS_RATE/PFS_RATE findings."""
    cands[:] = [c for c in cands if not (c.endpoint.endswith("_RATE") and c.timepoint is None)]


CHARACTERISTIC = re.compile(r"Child|CP|BCLC|ALBI|AFP|(?:non-?)?(?:HBV|HCV|viral|responder)", re.I)
SUBGROUP_BEFORE = re.compile(
    r"\b(?:in|among|for|of)\s+(?:the\s+|all\s+)?(?:\d+\s+)?(?:(?:patients?|pts|those)\s+(?:with|who\s+had|classified\s+as)\s+)?$",
    re.I,
)
SUBGROUP_AFTER = re.compile(
    r"\s*(?:sub)?(?:groups?|cohorts?|patients|pts|population|subjects|disease|liver\s+function)\b",
    re.I,
)


BASELINE_BEFORE = re.compile(r"\b(?:were|was|had|having)\s+(?:\w+\s+)?$", re.I)


def _characteristic_of(ctx: Context, m: re.Match[str], value_start: int, a: int) -> bool:
    """'In Child-Pugh B patients, ...' names a subgroup of the value's clause; '44 were
    Child-Pugh class A' describes the population at baseline, and 'ramucirumab in patients
    with AFP >=400' binds the subgroup to that regimen's value only."""
    text = ctx.text
    if ";" in text[m.end() : value_start]:
        return False
    before = text[max(a, m.start() - 40) : m.start()]
    if BASELINE_BEFORE.search(before):
        return False
    if not (SUBGROUP_BEFORE.search(before) or SUBGROUP_AFTER.match(text, m.end())):
        return False
    mentions = ctx.in_sentence(a)[1]
    bound = [x for x in mentions if m.start() - 30 <= x.end <= m.start()]
    between = [x for x in mentions if m.end() <= x.start < value_start]
    return not (bound and between)


def subgroup(ctx: Context, cand: Candidate, a: int, b: int) -> str | None:
    """Cohort, biomarker or prior-therapy subgroup named in the sentence before the value."""
    if cand.subgroup:
        return cand.subgroup
    after = re.match(
        r"\s*(?:%\s*)?(?:in|for)\s+(?:the\s+)?(?P<c>cohort|arm|part)\s+(?P<l>[A-D1-9])\b",
        ctx.text[max(cand.atom.end, cand.atom.struct_end) : b],
        re.I,
    )
    if after and after["c"]:
        return f"{after['c'].lower()} {after['l']}"
    hits = [m for m in ctx.subgroup_hits(a, b) if m.end() <= cand.atom.start]
    for m in reversed(hits):
        if m["c"]:
            return f"{m['c'].lower()} {m['l']}"
    for m in reversed(hits):
        if m["b"] and (
            not CHARACTERISTIC.match(m["b"]) or _characteristic_of(ctx, m, cand.atom.start, a)
        ):
            return re.sub(r"\s+", " ", m["b"])
    prior = [m for m in ctx.in_sentence(a)[1] if m.prior]
    if prior:
        return f"prior {prior[0].regimen}"
    for m in reversed(hits):
        if m["line"]:
            return m["line"].lower().replace(" ", "-")
    return None


def criterion(ctx: Context, cand: Candidate, a: int, b: int, next_start: int) -> str | None:
    """Response criterion written nearest the value: after it (before the next value), else before."""
    crit = [c for c in ctx.in_sentence(a)[0] if c.label == "CRITERION"]
    after = [c for c in crit if cand.atom.end <= c.start < next_start]
    if after:
        return after[0].pattern_id
    before = [c for c in crit if c.end <= cand.atom.start]
    if before:
        return before[-1].pattern_id
    if len(ctx.criteria_in_doc) == 1:
        return next(iter(ctx.criteria_in_doc))
    return None


def denominator(cand: Candidate, fractions: list[tuple[int, int, int, int]]) -> int | None:
    """'7/32 (22%)', '22% (7/32)' and '221 (81%) of 272 patients' give the denominator."""
    atom = cand.atom
    for start, end, _n, d in fractions:
        if start <= atom.start and atom.end <= end:
            return d
        if 0 <= atom.start - end <= 3 or 0 <= start - atom.end <= 4:
            return d
    return None
