"""Regimen mentions: from ruler spans to normalised arms, with combinations joined,
abbreviations defined in the text learned, and prior-therapy mentions told apart from arms.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace

from extractors.fastre import alternation
from extractors.lexicon import Lexicon, load_lexicon, normalise_combo
from extractors.numbers import PAREN


@dataclass
class Mention:
    """A regimen named in the text. `prior` marks therapy patients had before the study."""

    start: int
    end: int
    regimen: str
    prior: bool = False
    comparator: bool = False
    alias: bool = False
    last: str = ""  # the agent written last, for 'X plus Y and Z' joins
    negated: bool = False  # 'non-SBRT', 'without TACE': the arm that lacks this regimen
    listed: bool = False  # joined from a comma list, which 'and' may close


NEGATED_BEFORE = re.compile(
    r"(?:\bnon[-\u2010\u2011\s]?|(?<!or\s)\bwithout\s+(?:the\s+)?|(?<!or\s)\bno\s+)$", re.I
)


ALWAYS_JOIN = r"plus|\+|in\s+combination\s+with|combined(?:\s+with)?|together\s+with"
SOMETIMES_JOIN = r"and|with|followed\s+by|/|-|\u2010|\u2011|\u2013|\u2014|&"
DOSE = (
    r"(?:(?:\d{1,3}(?:,\d{3})+|\d+(?:[.·]\d+)?)(?:\s*(?:or|/|to|-)\s*\d+(?:[.·]\d+)?)*\s*(?:mg|µg|μg|g)(?:\s*/\s*(?:kg|m2|m²|day|d))?"
    r"(?:\s*(?:or|/)\s*\d+(?:[.·]\d+)?\s*(?:mg|µg|μg|g)(?:\s*/\s*(?:kg|m2|m²|day|d))?)*"
    r"(?:\s+(?:once|twice)\s+(?:daily|a\s+day)|\s+(?:IV|iv|intravenously|orally|po|PO|daily|Q[1-4]W|q[1-4]w|QD|qd|BID|bid|TID|QW|qw))*"
    r"(?:\s+on\s+days?\s+\d+(?:\s*(?:-|–|to|through|and)\s*\d+)?)?(?:\s+every\s+\d+\s+(?:weeks|days))?)"
)
GAP = re.compile(
    rf"^\s*(?:{PAREN}\s*)?(?:,\s*{DOSE}\s*,\s*|{DOSE}\s*)?(?:{PAREN}\s*)?(?:with\s+(?:[\w-]+\s+){{1,4}}(?=followed\b))?(?:(?:is|was|were|are)\s+(?:given|administered)\s+)?(?:(?:(?:once|twice)\s+(?:daily|a\s+day)|orally|intravenously|daily|every\s+\d\s+weeks)\s*)*,?[-\u2010\u2011]?\s*(?:(?:is|was|were|are)\s+)?(?:(?P<always>{ALWAYS_JOIN})|(?P<some>{SOMETIMES_JOIN}))"
    r"\s*[-\u2010\u2011]?\s*(?:(?:a|an|the|intravenous|oral|low-dose|on-demand|conventional|concurrent|sequential|repeated|standard|dual|double|matching)\s+(?:and\s+)?){0,3}"
    r"(?:investigator[’']?s?\s+choice\s+(?:of\s+)?(?:[\w\u2013-]+\s+){0,2})?"
    r"(?:(?:\w+\s+)?(?:cycles?|courses?|doses?)\s+of\s+)?(?:platinum[-\s](?:doublet|based)\s+)?$",
    re.I,
)
PRIOR_BEFORE = re.compile(
    r"(?:\bafter|\bfollowing|\bfollowed(?!\s+by)|\bpost[-\u2010\u2011]?|\bprior|\bprevious(?:ly)?|\bprogress\w*\s+(?:on|after|with|under|during|to)|"
    r"\bprogress\w*\s+within\s+\d+\s+(?:months?|weeks?)\s+of\s+(?:starting|initiating|the\s+start\s+of|initiation\s+of)|"
    r"\brefractory\s+to|\bfailure\s+(?:of|on|to|with)|\bfailed|\bfailing|\bpre-?treated\s+with|\bresistant\s+to|\bresistance\s+to|"
    r"\bintoleran\w+\s+(?:to|of)|\bexposed\s+to|\bexposure\s+to|\bbeyond(?=\s+(?:progression|first|second|1L|2L))|\bprecedent|\bpreceding|"
    r"\blast\s+(?:dose|cycle|infusion|administration)\s+of"
    r"|\balready\s+(?:received|been\s+treated\s+with|been\s+exposed\s+to|failed)"
    r")"
    r"(?:\s+(?:[\w\-\u2010\u2011\u2013]+\s+){0,3}(?:\(\s*)?(?:(?:or|and)\s+)?)?,?\s*$",
    re.I,
)
LINES_OF_BEFORE = re.compile(r"\blines\s+of\s+(?:\w+\s+){0,2}$", re.I)
FIRST_LINE_BEFORE = re.compile(r"\b(?:first[-\s]line|1L|front[-\s]?line)\s+(?:\w+\s+)?$", re.I)
PRIOR_AFTER = re.compile(
    rf"^\s*(?:\(\s*post[-\u2010\u2011][^()]{{0,30}}\)|(?:{PAREN}\s*)?(?:[-\u2010\u2011\u2013]\s*(?:experienced|exposed|pretreated|pre-treated|refractory|resistant|failure|naive|naïve)"
    r"|\s*(?:treatment\s+|therapy\s+)?(?:failure|refractory|pretreated|pre-treated|resistant|progression|progressors)))",
    re.I,
)
COMPARATOR_BEFORE = re.compile(
    r"(?:\bcompared\s+(?:with|to)|\bversus|\bvs\.?|\bv\.?|\bthan|\bover|\brelative\s+to|\bagainst|\bor"
    r"|\b(?:non-?inferior|superior|inferior|similar|comparable)\s+to)"
    r"\s+(?:\d+(?:[.·]\d+)?\s*(?:%|months?|mo)?\s+)?(?:(?:in|with|for|to)\s+)?(?:the\s+)?(?:\w+\s+){0,1}$",
    re.I,
)
ALIAS_AFTER = re.compile(
    r"^\s*(?:\([^()]{1,20}\)\s*)?\(\s*(?P<a>[A-Za-z][\w+/\-\u2013.]{0,14}?(?:\s\+\s[A-Za-z][\w/\-\u2013.]{0,8}){0,3})(?:\s+(?:arm|group|regimen))?\s*(?:[,;]\s*n\s*=\s*\d+\s*)?\)"
)
LATER_LINE = alternation(
    r"second[-\s]line|2nd[-\s]line|\b2L\b|previously\s+treated|progress\w*\s+(?:on|after|during|following)|"
    r"refractory|after\s+(?:failure|progression)|pre-?treated|subsequent\s+line|after\s+(?:first-line\s+)?"
    r"(?:immunotherapy|immune\s+checkpoint|ICI|atezolizumab)",
    re.I,
)
COMBINATION_WORD = re.compile(
    r"\b(?:the\s+)?combination(?:\s+(?:group|arm|regimen|therapy))?\b(?!\s+(?:of|with|strateg|approach|therap))",
    re.I,
)


def mentions_from_spans(
    text: str, spans: list[tuple[int, int, str]], lex: Lexicon | None = None
) -> list[Mention]:
    """Join adjacent agents into combinations, learn aliases, then classify each mention."""
    lex = lex or load_lexicon()
    base = sorted((Mention(a, b, rid) for a, b, rid in spans), key=lambda m: m.start)
    if "PD-1," in text or "PD1," in text:
        base = _listed_pd1(text, base)
    if "PD" in text:
        base = _joined_bare_pd1(text, base)
    base = _choice_pairs(text, _drop_inline_definitions(text, base), lex)
    joined = _haic_drugs(text, _spelled_out(text, _join_combos(text, base, lex)), lex)
    joined = _shared_partner(text, _without_class_examples(text, joined), lex)
    aliases = _alias_mentions(text, [*joined, *base], lex)
    if aliases:
        # 'placebo (pbo) ... pbo + chemo': an alias joins combinations like the name it stands
        # for; where the lexicon already reads the alias ('LEN-TACE'), its own parts win
        free = [m for m in aliases if not _read_by_lexicon(m, joined)]
        base = [o for o in base if not any(m.start <= o.start and o.end <= m.end for m in free)]
        merged = sorted(_dedupe([*base, *free]), key=lambda m: m.start)
        joined = _join_combos(text, _drop_inline_definitions(text, merged), lex)
        joined = _haic_drugs(text, _spelled_out(text, joined), lex)
        joined = sorted(_dedupe([*joined, *free]), key=lambda m: m.start)
    if "(" in text:
        restated = _restated_in_brackets(text, joined)
        if restated:  # 'A combined with B (A-B) plus C': join across the restatement
            joined = _join_combos(text, [m for m in joined if m not in restated], lex)
    if "(" in text:
        joined = _bracketed_composition(text, joined)
    if GROUP_LABEL_HINT.search(text):
        labelled = _group_label_mentions(text, joined)
        if labelled:
            joined = sorted(_dedupe([*joined, *labelled]), key=lambda m: m.start)
    if " group" in text:
        used = _usage_aliases(text, [*joined, *base], lex)
        if used:
            kept = [m for m in joined if not any(u.start <= m.start < u.end for u in used)]
            joined = sorted(_dedupe([*kept, *used]), key=lambda m: m.start)
    if WORDED_GROUP_HINT.search(text):
        worded = _worded_group_mentions(text, joined)
        if worded:
            kept = [m for m in joined if not any(w.start <= m.start < w.end for w in worded)]
            joined = sorted(_dedupe([*kept, *worded]), key=lambda m: m.start)
    later_line = _LazyFlag(lambda: bool(LATER_LINE.search(text)))
    naive = {m.regimen for m in joined if NAIVE_AFTER.match(text, m.end)}
    for i, m in enumerate(joined):
        m.prior = _is_prior(text, m, later_line) or _inherits_prior(text, joined, i)
        if m.regimen in naive and TREATED_AFTER.match(text, m.end):
            m.prior = True  # 'sorafenib-naive or sorafenib-treated': cohorts by prior therapy
        m.comparator = _is_comparator(text[max(0, m.start - 30) : m.start])
        negation = NEGATED_BEFORE.search(text, max(0, m.start - 12), m.start)
        if negation:  # the mention is the whole 'non-SBRT'
            m.negated, m.start = True, negation.start()
    _prior_to_lead(text, joined)
    kept = [
        m
        for m in joined
        if not (m.negated and _describes_previous(text, m, joined))
        and not FREE_AFTER.match(text, m.end)
        and not (m.regimen in CLASS_AGENTS and _bracketed_apposition(text, m, joined))
        and not ENDPOINT_QUALIFIER.match(text, m.end)
        and not (_bare_class(text, m) and not _class_arm(text, m))
        and not EXAMPLES_OF_BEFORE.search(text, max(0, m.start - 40), m.start)
        and not CLASS_MEMBERS_BEFORE.search(text, max(0, m.start - 60), m.start)
        and not (
            m.regimen == "standard of care"
            and CLAIMED_STANDARD_BEFORE.search(text, max(0, m.start - 20), m.start)
        )
    ]
    return _without_sequels(text, kept) if "sequence" in text else kept


APPOSITION_OPEN = re.compile(r"\(\s*(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$", re.I)


def _bracketed_apposition(text: str, m: Mention, mentions: list[Mention]) -> bool:
    """'toripalimab (a novel PD-1 antibody)': the class explains the drug before it."""
    opened = APPOSITION_OPEN.search(text, max(0, m.start - 30), m.start)
    if not opened or not re.match(r"\s*\)", text[m.end : m.end + 3]):
        return False
    return any(
        o.regimen not in CLASS_AGENTS and text[o.end : opened.start()].strip() == ""
        for o in mentions
        if o.end <= opened.start()
    )


FREE_AFTER = re.compile(r"[-\u2010\u2011]free\b", re.I)  # 'chemo-free therapy': no chemotherapy


def _describes_previous(text: str, m: Mention, mentions: list[Mention]) -> bool:
    """'sintilimab plus anlotinib (a multikinase inhibitor) without chemotherapy': 'without'
    right after a regimen says what that regimen leaves out, not that an arm lacks it."""
    if not text[m.start : m.start + 7].lower().startswith("without"):
        return False
    return any(
        o.end <= m.start and WITHOUT_AFTER_REGIMEN.fullmatch(text, o.end, m.start)
        for o in mentions
        if o is not m
    )


WITHOUT_AFTER_REGIMEN = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?(?:alone\s+)?", re.I)


# 'The PD-1 inhibitors used were sintilimab, tislelizumab or camrelizumab': which drugs
# stood for the class, not arms
CLASS_MEMBERS_BEFORE = re.compile(
    r"\b(?:PD-?1|PD-?L1|checkpoint)\s+(?:inhibitors?|antibod\w+)\s+(?:used\s+)?(?:were|was|included|including|comprised)\s+"
    r"(?:[A-Za-z][\w-]*(?:\s*\([^()]{0,20}\))?\s*(?:,\s*|\s+or\s+|\s+and\s+|,\s*or\s+)){0,4}$",
    re.I,
)
# 'approved as the first-line standard of care': a claim about a regimen, not an arm
CLAIMED_STANDARD_BEFORE = re.compile(
    r"\b(?:the|a|new|current|established|its|first-line|second-line)\s+$", re.I
)
# 'interventional therapies (TACE and/or HAIC)': examples of a kind of treatment the
# regimen names without saying which
EXAMPLES_OF_BEFORE = re.compile(
    r"\b(?:interventional|locoregional|loco-regional|local)\s+(?:therap\w*|treatments?|procedures?)\s*\(\s*"
    r"(?:[^()]{0,25}\b(?:and/or|or)\s+)?$",
    re.I,
)
SEQUENCE_OPENING = re.compile(r"\bsequences?\s+(?:of\s+)?(?:first-line\s+)?$", re.I)
SEQUEL_BEFORE = re.compile(r"\bfollowed\s+by\s+(?:the\s+)?$", re.I)
SEQUEL_CHAIN = re.compile(r"\s*(?:\([^()]{0,30}\)\s*)?(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?")


def _without_sequels(text: str, mentions: list[Mention]) -> list[Mention]:
    """'the longest median OS was obtained with the sequence lenvatinib and immunotherapy,
    followed by TACE (22.0 months) and sorafenib (14.0 months)': later lines of a sequence
    are subgroups of the study's patients, not arms."""
    out: list[Mention] = []
    dropped: Mention | None = None
    for m in mentions:
        sentence = text.rfind(". ", 0, m.start)
        in_sequence = "sequence" in text[max(0, sentence) : m.start]
        prev = out[-1] if out else None
        if in_sequence and (
            SEQUEL_BEFORE.search(text, max(0, m.start - 20), m.start)
            or (dropped is not None and SEQUEL_CHAIN.fullmatch(text, dropped.end, m.start))
            or (
                prev is not None
                and SEQUENCE_OPENING.search(text, max(0, prev.start - 25), prev.start)
                and re.fullmatch(r"\s*(?:and|then|,)\s*", text[prev.end : m.start])
            )
        ):
            dropped = m
            continue
        out.append(m)
    return out


def _bare_class(text: str, m: Mention) -> bool:
    """A drug class named alone, or classes combined with no named drug ('an immune
    checkpoint inhibitor with an anti-angiogenic agent')."""
    parts = m.regimen.split(" + ")
    if len(parts) > 1:
        return all(p in CLASS_AGENTS for p in parts)
    return m.regimen in BROAD_CLASSES or (
        m.regimen == CLASS_AGENT and text[m.start : m.end].lower() in BARE_PD1
    )


def _class_arm(text: str, m: Mention) -> bool:
    """A meta-analysis pools classes; elsewhere 'ICI alone', 'the anti-PD-1 group' or '200
    received adjuvant ICI therapy' is an arm."""
    if "meta-analy" in text.lower():
        return False
    return bool(
        CLASS_ARM_AFTER.match(text, m.end)
        or RECEIVED_CLASS_BEFORE.search(text, max(0, m.start - 40), m.start)
        or OPTIONAL_CLASS_BEFORE.search(text, max(0, m.start - 30), m.start)
    )


OPTIONAL_CLASS_BEFORE = re.compile(r"\bwith\s+or\s+without\s+(?:an?\s+|the\s+)?$", re.I)


RECEIVED_CLASS_BEFORE = re.compile(
    r"\b\d+\s+(?:\(\s*[\d.]+\s*%\s*\)\s+)?(?:patients\s+)?(?:received|were\s+treated\s+with|were\s+given)\s+"
    r"(?:adjuvant\s+|neoadjuvant\s+|first-line\s+|second-line\s+)?(?:an?\s+)?$",
    re.I,
)


CLASS_AGENT = "pd-1 inhibitor"
BARE_PD1 = {"anti-pd-1", "anti-pd1", "anti-pd-1 therapy", "pd-1 blockade"}


# 'lenvatinib plus ICIs' is an arm; 'ICI-based regimens' or 'adjuvant ICIs' alone names a
# class of treatment, which is an arm only as 'the ICI group' or 'ICI alone'
BROAD_CLASS = "immune checkpoint inhibitor"
BROAD_CLASSES = (BROAD_CLASS, "tyrosine kinase inhibitor", "anti-angiogenic agent")
CLASS_AGENTS = (CLASS_AGENT, *BROAD_CLASSES)
CLASS_ARM_AFTER = re.compile(
    r"\s*(?:[-\u2010\u2011]?\s*(?:alone|only)\b|(?:\([^()]{1,20}\)\s*)?(?:group|arm)\b)",
    re.I,
)


PRIOR_TO_LEAD = re.compile(
    r"(?:^|(?<=[.:;]\s)|(?<=\n))\s*(?:Prior\s+to|Before)\s+(?:(?:the\s+)?(?:start|initiation)\s+of\s+|starting\s+|initiating\s+|receiving\s+)?$",
    re.I,
)


def _prior_to_lead(text: str, mentions: list[Mention]) -> None:
    """'Prior to cabozantinib, patients had received sorafenib and regorafenib': the study's
    drug is the one after 'prior to'; the others named in that sentence came before it."""
    for i, m in enumerate(mentions):
        if not PRIOR_TO_LEAD.search(text, max(0, m.start - 40), m.start):
            continue
        m.prior = False
        stop = text.find(". ", m.end)
        stop = len(text) if stop < 0 else stop
        for later in mentions[i + 1 :]:
            if later.start >= stop:
                break
            later.prior = True


COMPOSITION_GAP = re.compile(
    r"[-\u2010\u2011\s]?(?:based|containing)?\s*(?:[a-z]+[-\s]){0,3}?(?:therapy|treatment|regimen|combination)?\s*\(\s*",
    re.I,
)


def _bracketed_composition(text: str, mentions: list[Mention]) -> list[Mention]:
    """'lenvatinib-based triple therapy (lenvatinib, a PD-1 inhibitor and TACE)': the
    bracket spells out the whole regimen the name before it stands for."""
    out: list[Mention] = []
    skip: set[int] = set()
    for i, m in enumerate(mentions):
        if i in skip:
            continue
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if (
            nxt is not None
            and nxt.start - m.end <= 40
            and set(m.regimen.split(" + ")) < set(nxt.regimen.split(" + "))
            and COMPOSITION_GAP.fullmatch(text, m.end, nxt.start)
            and INLINE_CLOSE.match(text, nxt.end)
        ):
            out.append(replace(m, end=nxt.end, regimen=nxt.regimen, last=nxt.last))
            skip.add(i + 1)
            continue
        out.append(m)
    return out


GIVEN_BEFORE = re.compile(
    r"\b(?:received|receiving|given|treated\s+with|administered|underwent)\s+(?:the\s+)?$", re.I
)
GIVEN_TOGETHER_AFTER = re.compile(
    r"\s+(?:were|are)\s+(?:\w+ly\s+)?(?:given|administered|combined|co-administered)\b", re.I
)
GROUP_LABEL = r"(?:group|arm|cohort)\s+[A-D1-4](?![\w-])"
GROUP_LABEL_HINT = re.compile(rf"\b{GROUP_LABEL}", re.I)
LABEL_BEFORE = re.compile(
    rf"\b(?P<l>{GROUP_LABEL})[^.;()]{{0,25}}?(?:received|receiving|underwent|(?:was|were)\s+given|(?:was|were)\s+treated\s+with"
    r"|treated\s+with|given|:|\()\s*(?:the\s+)?(?:combin\w*\s+(?:treatment\s+|therapy\s+)?of\s+)?$",
    re.I,
)
LABEL_AFTER = re.compile(
    rf"\s*(?:\(\s*(?P<l1>{GROUP_LABEL})\s*\)|[^.;()]{{0,40}}?\b(?:in|to|for)\s+(?:the\s+)?(?P<l2>{GROUP_LABEL}))",
    re.I,
)


WORDED_GROUP = (
    r"(?:study|observation|observational|treatment|research|experimental|control|combination|"
    r"combined|monotherapy|intervention|triple|double|dual|reference|test|conventional|routine|standard)"
    r"(?:\s+(?:therapy|treatment))?\s+group"
)
WORDED_GROUP_HINT = re.compile(rf"\b{WORDED_GROUP}\b", re.I)
WORDED_BRACKET_AFTER = re.compile(
    rf"\b(?P<l>{WORDED_GROUP}|(?:monotherapy|combined\s+therapy|combination\s+therapy|control)(?=\s*\(\s*n\s*=))"
    r"\s*\(\s*(?:n\s*=\s*\d+\s*[,;]\s*)?(?:treated\s+with\s+|receiving\s+)?$",
    re.I,
)  # 'the study group (n=38, A+B)', 'the monotherapy (n=43; TACE alone) and combined therapy (...) groups'
WORDED_VERB_AFTER = re.compile(
    rf"\b(?P<l>{WORDED_GROUP})\s*(?:\(\s*n\s*=\s*\d+\s*\)\s*)?(?:[^.;()]{{0,40}}?\s)?"
    r"(?:(?:was|were)\s+)?(?:additionally\s+|also\s+|\w+ly\s+)?(?:received|receiving|given|treated\s+with|underwent|"
    r"injected\s+with|administered|:)\s*(?:the\s+|an?\s+)?(?:\d+(?:\.\d+)?\s*mg(?:/\w+)?\s+(?:of\s+)?)?"
    r"(?:combination\s+of\s+)?$",
    re.I,
)
WORDED_BRACKET_BEFORE = re.compile(
    rf"\s*(?:alone|only|monotherapy)?\s*(?:group\s*)?\(\s*(?:the\s+|an?\s+)?(?P<l>{WORDED_GROUP})\s*(?:[,;]\s*n\s*=\s*\d+\s*)?\)",
    re.I,
)
THERAPY_KIND_BRACKET = re.compile(
    r"\s*\(\s*(?P<k>(?:triple|double|dual|combination|combined)\s+(?:therapy|treatment))\s*\)", re.I
)
# 'with HAIC plus X in the treatment group; and TACE plus X in the control group'
WORDED_IN_AFTER = re.compile(
    rf"\s+(?:in|for)\s+the\s+(?P<l>{WORDED_GROUP})\s*(?:[;.]|,?\s*and\b)", re.I
)


ON_TOP_OF = re.compile(
    rf"[^.;]*?\b(?:on\s+the\s+basis\s+of|in\s+addition\s+to|on\s+top\s+of)\s+(?:the\s+)?"
    rf"(?:(?:treatment|therapy|regimen)\s+(?:in|of)\s+(?:the\s+)?)?(?P<l>{WORDED_GROUP})",
    re.I,
)


GROUP_WORD_SPELLINGS = {
    "combination": "(?:combination|combined)",
    "observation": "observation(?:al)?",
}


def _group_key(label: str) -> str:
    """'combined treatment group' and 'combination therapy group' name one group."""
    word = label.lower().split()[0]
    return {"combined": "combination", "observational": "observation"}.get(word, word)


def _worded_group_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    """'the study group (n=38, A+B+TACE) and the control group (n=41, B+TACE)', 'the control
    group received HAIC only', 'A plus B (observation group)': a group named in words stands
    for the regimen it is defined with, wherever it is written."""
    defined: dict[str, set[str]] = {}
    defining: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.prior:
            continue
        found = WORDED_BRACKET_AFTER.search(text, max(0, m.start - 40), m.start) or (
            WORDED_VERB_AFTER.search(text, max(0, m.start - 90), m.start)
        )
        label = found["l"] if found else None
        by_start = label is not None  # a label before the regimen, else one after it
        if label is None:
            after = WORDED_BRACKET_BEFORE.match(
                text, m.end, min(len(text), m.end + 50)
            ) or WORDED_IN_AFTER.match(text, m.end, min(len(text), m.end + 50))
            label = after["l"] if after else None
        if label is None:  # '... and camrelizumab (triple therapy)'
            kind = THERAPY_KIND_BRACKET.match(text, m.end, min(len(text), m.end + 30))
            label = f"{kind['k']} group" if kind else None
        if label:
            key = _group_key(label)
            longest = max(
                (
                    o
                    for o in mentions
                    if (o.start == m.start if by_start else o.end == m.end) and not o.prior
                ),
                key=lambda o: o.end - o.start,
            )
            defined.setdefault(key, set()).add(longest.regimen)
            defining.setdefault(key, []).append(longest)
    labels = {k: next(iter(v)) for k, v in defined.items() if len(v) == 1}
    shared = _given_to_all(text, mentions)
    if shared:  # 'All 70 patients underwent TACE. The study group additionally received X'
        labels = {k: normalise_combo([v, shared]) for k, v in labels.items()}
    for key, ms in defining.items():
        base = ON_TOP_OF.match(text, ms[0].end, min(len(text), ms[0].end + 160))
        if key in labels and base and _group_key(base["l"]) in labels:
            # 'the treatment group was given X on the basis of treatment in the control group'
            labels[key] = normalise_combo([labels[key], labels[_group_key(base["l"])]])
    if len(set(labels.values())) < 2:
        return []  # one group defined: the other's name is not ours to guess
    out = [
        Mention(m.start, m.end, labels[key], alias=True)
        for key, ms in defining.items()
        for m in ms
        if key in labels and m.regimen != labels[key]
    ]  # 'additionally received tislelizumab (n=35)': the group's count
    for label, regimen in labels.items():
        word = GROUP_WORD_SPELLINGS.get(label, label)
        for hit in re.finditer(rf"\b{word}(?:\s+(?:therapy|treatment))?\s+groups?\b", text, re.I):
            out.append(Mention(hit.start(), hit.end(), regimen, alias=True))
    return out


ALL_RECEIVED = re.compile(
    r"\b(?:All|Every)\s+(?:of\s+the\s+)?(?:\d+\s+)?(?:enrolled\s+|included\s+)?(?:patients|participants)\s+"
    r"(?:\w+\s+)?(?:underwent|received|were\s+treated\s+with|were\s+given)\s+(?:the\s+|a\s+)?$",
)


def _given_to_all(text: str, mentions: list[Mention]) -> str | None:
    """The treatment a sentence says every patient received, the shared part of each group."""
    for m in mentions:
        if not m.prior and ALL_RECEIVED.search(text, max(0, m.start - 70), m.start):
            return m.regimen
    return None


def _group_label_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    """'sorafenib was given to 34 patients in group B', 'Arm A received X', 'X (group A)':
    a letter or number label defined once stands for that regimen wherever it is written."""
    defined: dict[str, set[str]] = {}
    for m in mentions:
        found = LABEL_BEFORE.search(text, max(0, m.start - 45), m.start)
        label = found["l"] if found else None
        if label is None:
            after = LABEL_AFTER.match(text, m.end, min(len(text), m.end + 60))
            label = after and (after["l1"] or after["l2"])
        if label:
            defined.setdefault(re.sub(r"\s+", " ", label.lower()), set()).add(m.regimen)
    out = []
    for label, regimens in defined.items():
        if len(regimens) != 1:
            continue  # two readings of one label: trust neither
        noun, tag = label.split(" ")
        regimen = next(iter(regimens))
        rx = rf"\b{noun}\s+{re.escape(tag.upper())}(?![\w-])"
        for hit in re.finditer(rx, text, re.I):
            out.append(Mention(hit.start(), hit.end(), regimen, alias=True))
    return out if len({m.regimen for m in out}) >= 2 else []


COUNT_IN_GAP = re.compile(
    r"(?:^|[\s,;])\d+\s+(?:patients\s+|pts\s+)?(?:with|received|receiving|were|in)\b", re.I
)
LISTED_PD1 = re.compile(r"\s*,\s*(?P<p>PD-?1)\s*,\s*(?:and\s+|plus\s+)?")


def _listed_pd1(text: str, mentions: list[Mention]) -> list[Mention]:
    """'LEN, PD-1, and TACE': a bare 'PD-1' between two drugs of a list is the class agent."""
    out: list[Mention] = []
    for m in mentions:
        if out:
            found = LISTED_PD1.fullmatch(text, out[-1].end, m.start)
            if found:
                out.append(Mention(found.start("p"), found.end("p"), CLASS_AGENT))
        out.append(m)
    return out


BARE_PD1_AFTER = re.compile(
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+plus\s+|\s+combined\s+with\s+|\s+with\s+|\s*\+\s*)"
    r"(?P<p>PD-?1)(?![-\s]*(?:L1|ligand|expression|positive|negative|status|levels?|inhibitors?|"
    r"antibod|blockade|block|mAb|monoclonal|[\w-]))",
)


def _joined_bare_pd1(text: str, mentions: list[Mention]) -> list[Mention]:
    """'lenvatinib combined with PD-1 (LEN-PD1)', 'HAIC, lenvatinib, and PD-1': a bare
    'PD-1' joined to a named drug stands for the class agent."""
    out: list[Mention] = []
    for m in mentions:
        out.append(m)
        found = BARE_PD1_AFTER.match(text, m.end)
        if found and not any(o.start <= found.start("p") < o.end for o in mentions):
            out.append(Mention(found.start("p"), found.end("p"), CLASS_AGENT))
    return sorted(out, key=lambda x: x.start)


NAIVE_AFTER = re.compile(r"[-\u2010\u2011]\s*na[iï]ve\b", re.I)
TREATED_AFTER = re.compile(r"[-\u2010\u2011]\s*(?:treated|exposed|experienced)\b", re.I)

# 'TACE-PFS', 'TACE-specific progression-free survival': the procedure names a kind of endpoint
ENDPOINT_QUALIFIER = re.compile(
    r"[-\u2010\u2011](?:PFS|TTP|progression|specific|untreatable|free\s+surviv"
    r"|unsuitable|ineligible|eligible|amenable|unfit|eluting|loaded)",  # 'TACE-unsuitable', 'doxorubicin-eluting'
    re.I,
)


COMPARATOR_HINTS = (
    "compar",
    "versus",
    "vs",
    "v",
    "than",
    "over",
    "relative",
    "against",
    "or",
    "inferior",
    "superior",
    "similar",
)


COMPARATOR_HINT_RE = re.compile(
    r"compar|versus|\bvs?\b|than|\bover\b|relative|against|\bor\b|inferior|superior|similar"
)


def _is_comparator(before: str) -> bool:
    if not COMPARATOR_HINT_RE.search(before.lower()):
        return False
    return bool(COMPARATOR_BEFORE.search(before))


def _inherits_prior(text: str, mentions: list[Mention], i: int) -> bool:
    """'after A+B (AB)' and 'after A+B or nivolumab plus lenvatinib' are prior too."""
    if i == 0 or not mentions[i - 1].prior:
        return False
    gap = text[mentions[i - 1].end : mentions[i].start]
    return bool(PRIOR_LIST_GAP.fullmatch(gap))


# 'sorafenib (n = 97, 82.2%), regorafenib (n = 84) and ...': a list of prior agents goes on
PRIOR_LIST_GAP = re.compile(
    r"(?:[-\u2010\u2011](?:naive|naïve|experienced|exposed|pretreated|refractory)\b)?"
    r"(?:[-\u2010\u2011](?:based|containing)\s*$)?"  # 'oxaliplatin-based chemotherapy'
    r"\s*(?:\((?:n\s*=\s*)?[\d\s,.;%·=n]{0,30}\)\s*)?"
    r"(?:in\s+\d+(?:\s+(?:patients|pts|cases))?\s*(?:\([\d\s.,%·]{0,12}\)\s*)?)?"  # 'X in 52 patients and Y'
    r"(?:\(|,\s*(?:and\s+|or\s+)?|or|and|and/or)\s*(?:\d+\s+(?:\(\s*[\d.]+\s*%\s*\)\s+)?)?(?:an?\s+|the\s+)?"
)


def _join_combos(text: str, mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    out: list[Mention] = []
    for i, m in enumerate(mentions):
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if out and nxt is not None and _alternatives_list(text, out[-1], m, nxt, lex):
            out.append(Mention(m.start, m.end, m.regimen, last=m.regimen))
            continue
        if out and (_joinable(text, out[-1], m, lex) or _mirrors_backbone(text, out, m, lex)):
            prev = out[-1]
            listed = bool(COMMA_GAP.fullmatch(text[prev.end : m.start]))
            out[-1] = Mention(
                prev.start,
                m.end,
                normalise_combo([prev.regimen, m.regimen], lex),
                last=m.regimen,
                listed=listed,
            )
        else:
            out.append(Mention(m.start, m.end, m.regimen, last=m.regimen))
    return out


DOSE_BRACKET_AND = re.compile(rf"\s*\(\s*{DOSE}[^()]{{0,30}}\)\s*,?\s*and\s+", re.I)
ALTERNATIVE_KINDS = {"MKI/TKI", "anti-PD-1", "anti-PD-L1"}


def _alternatives_list(text: str, prev: Mention, m: Mention, nxt: Mention, lex: Lexicon) -> bool:
    """'atezolizumab-bevacizumab, lenvatinib and sorafenib': a comma list whose last item is
    of a kind already listed names alternatives, not one regimen."""
    if not COMMA_GAP.fullmatch(text, prev.end, m.start):
        return False
    if not re.fullmatch(r"\s*,?\s*(?:and|or)\s+", text[m.end : nxt.start], re.I):
        return False
    listed = lex.classes_of(prev.regimen) | lex.classes_of(m.regimen)
    return bool(lex.classes_of(nxt.regimen) & listed & ALTERNATIVE_KINDS)


def _mirrors_backbone(text: str, out: list[Mention], m: Mention, lex: Lexicon) -> bool:
    """'pembro plus trastuzumab and chemo ... vs placebo plus trastuzumab and chemo': after
    a comparator, 'and' closes the same backbone the first arm was written with."""
    prev = out[-1]
    if not re.fullmatch(r"\s*(?:and|plus|with)\s+", text[prev.end : m.start], re.I):
        return False
    if "placebo" not in prev.regimen.split(" + ") or " + " not in prev.regimen:
        return False
    backbone = (set(prev.regimen.split(" + ")) - {"placebo"}) | set(m.regimen.split(" + "))
    return any(
        backbone < set(o.regimen.split(" + ")) and "placebo" not in o.regimen.split(" + ")
        for o in out[:-1]
    )


DASHES = ("-", "\u2010", "\u2011", "\u2013", "\u2014")
CHEMO_PAIR_JOINS = ("and", "/", "&", "with", *DASHES)
COMPARING_BEFORE = re.compile(
    r"\b(?:compar\w*|versus|vs\.?|between)\s+(?:(?:the|first-line|second-line|front-line|later-line|"
    r"efficacy|safety|effectiveness|and|outcomes?|of|survival)\s+){0,6}$",
    re.I,
)  # 'To compare the efficacy and safety of first-line X with Y'

JOIN_HINTS = (
    "plus",
    "+",
    "/",
    *DASHES,
    "and",
    "with",
    "combin",
    "&",
    "followed",
)


def _joinable(text: str, left: Mention, right: Mention, lex: Lexicon) -> bool:
    gap = text[left.end : right.start]
    short = SHORT_NAME_THEN_JOIN.match(gap)
    if short and _names_left(short["a"], left, lex):
        gap = gap[short.end("close") :]  # 'A combined with B (A-B) plus C': the bracket names A-B
    if len(gap) > 90 or "\n" in gap:
        return False
    if set(right.regimen.split(" + ")) <= set(left.regimen.split(" + ")):
        return (
            False  # 'TACE plus lenvatinib and TACE alone': the agent again starts another regimen
        )
    if (
        HAIC_GAP.fullmatch(gap)
        and "haic" in (left.last or left.regimen).split(" + ")
        and lex.classes_of(right.regimen) == {"chemotherapy"}
    ):
        return True  # 'HAIC of oxaliplatin, fluorouracil and leucovorin': the infused drugs
    low = gap.lower()
    if COUNT_IN_GAP.search(gap):
        return False  # '... (LPH), and 20 with LEN, PD-1 ...': a count starts another group
    if "(" in gap and RESULT_BRACKET.search(gap):
        return False  # 'lenvatinib (HR 0.92, 95% CI ...) and tislelizumab': two regimens' results
    if COMMA_GAP.fullmatch(gap):
        if "(" in gap and PRIOR_BEFORE.search(text, max(0, left.start - 70), left.start):
            return False  # 'After progression on ICIs (ICIs), cabozantinib and ...': a new clause
        if " + " in left.regimen and " + " in right.regimen and not left.listed:
            return False  # 'after A plus B, C plus D, or ...': regimens listed side by side
        if set(left.regimen.split(" + ")) & set(right.regimen.split(" + ")):
            return False  # 'A plus B with TACE, A plus TACE, and TACE alone': a list of arms
        return _listed_together(text, left, right, lex)
    if not any(h in low for h in JOIN_HINTS):
        return False
    match = GAP.match(gap)
    if not match:
        return False
    if (
        match["some"]
        and match["some"].lower() == "and"
        and (
            THERAPY_KIND_BRACKET.match(text, right.end)
            or WORDED_BRACKET_BEFORE.match(text, right.end)
        )
    ):
        return True  # 'or sintilimab and lenvatinib (double therapy)': the label closes one arm
    if ALIAS_THEN_AND.match(gap) and _chemo(left.regimen, lex) and _chemo(right.regimen, lex):
        return False  # 'FOLFIRINOX (FFX) and gemcitabine plus nab-paclitaxel (GnP)': two regimens
    if ALIAS_THEN_WITH.match(gap) and match["some"] and match["some"].lower() == "with":
        return False  # 'A and B (HAIC-L-S) with HAIC plus L (HAIC-L)': the alias closes the arm
    if (
        OR_BEFORE.search(text, max(0, left.start - 25), left.start)
        and re.search(r"combin|with", low)
        and " + " not in left.regimen
        and lex.classes_of(right.regimen) & BACKBONE_CLASSES
    ):
        return False  # 'A or placebo in combination with gemcitabine': every arm's backbone
    if re.fullmatch(r"\s*and\s+", gap) and COMBINATION_OF_BEFORE.search(
        text, max(0, left.start - 30), left.start
    ):
        return True  # 'the combination of regorafenib and nivolumab'
    if (
        right.regimen in CLASS_AGENTS
        or (
            left.regimen in CLASS_AGENTS
            and not COMPARING_BEFORE.search(text, max(0, left.start - 60), left.start)
        )
    ) and re.fullmatch(
        r"\s*,?\s*(?:and|plus|with|combined\s+with|in\s+combination\s+with)\s+(?:an?\s+)?",
        gap,
        re.I,
    ):
        return (
            True  # 'lenvatinib and a PD-1 inhibitor': the class stands for the agent given with it
        )
    if (
        match["some"]
        and match["some"].lower() == "and"
        and SEQUENCE_OPENING.search(text, max(0, left.start - 25), left.start)
    ):
        return False  # 'the sequence atezolizumab plus bevacizumab and lenvatinib': then, not with
    if match["always"] or "choice" in low:
        return True  # 'trastuzumab and investigator's choice of chemotherapy' is given together
    if match["some"].lower() == "and" and left.listed:
        # 'lenvatinib, toripalimab and FOLFOX-HAIC' closes the list; 'atezolizumab-bevacizumab,
        # lenvatinib and sorafenib' lists alternatives (two kinase inhibitors)
        return not (
            lex.classes_of(right.regimen) & lex.classes_of(left.regimen) & ALTERNATIVE_KINDS
        )
    if (
        match["some"].lower() == "and"
        and " + " in left.regimen
        and not lex.classes_of(left.last) & lex.classes_of(right.regimen)
        and not OWN_COMBINATION_AFTER.match(text, right.end)
        and ("(" not in gap or DOSE_BRACKET_AND.fullmatch(gap))
        and re.search(
            r"\bplus\b|\+|\bcombined\s+with\b|\bin\s+combination\s+with\b",
            text[left.start : left.end],
        )
        and (
            not COMPARING_BEFORE.search(text[max(0, left.start - 30) : left.start])
            or _alias_spells(text, left, right)
            or THERAPY_KIND_BRACKET.match(text, right.end)
            or WORDED_BRACKET_BEFORE.match(text, right.end)
        )
        and not GROUP_WORD_AFTER.match(text, right.end)
    ):
        return True  # 'FOLFOX-HAIC plus lenvatinib and sintilimab': 'and' adds a third agent
    if gap == "/" and RATIO_OPEN_BEFORE.search(text, max(0, left.start - 25), left.start):
        return False  # 'Hazard Ratio (Tislelizumab/Sorafenib)': a ratio, not a combination
    if gap.rstrip() in {*DASHES, "/"} and _group_name_after(text, right.end):
        return True  # 'the pembrolizumab\u2013chemotherapy group' names one arm with both agents
    if (
        gap in DASHES
        and " + " not in left.regimen
        and " + " not in right.regimen
        and " or " not in left.regimen + right.regimen
        and lex.classes_of(left.regimen)
        and lex.classes_of(right.regimen)
        and not lex.classes_of(left.regimen) & lex.classes_of(right.regimen)
    ):
        return True  # 'sintilimab-sorafenib duotherapy': two agents of different kinds
    parts = [left.regimen, right.regimen]
    if " or " in left.regimen or " or " in right.regimen:
        return False
    if match["some"].lower() == "with" and COMPARING_BEFORE.search(
        text[max(0, left.start - 30) : left.start]
    ):
        return False  # "comparing X with Y" names two arms, not a combination
    if lex.known_combo(parts):
        return True
    if (
        match["some"].lower() == "and"
        and GIVEN_TOGETHER_AFTER.match(text, right.end)
        and not lex.classes_of(left.last or left.regimen) & lex.classes_of(right.regimen)
    ):
        return True  # 'sintilimab and lenvatinib were given to 42 patients'
    if match["some"].lower() == "with" and lex.classes_of(right.regimen) == {"chemotherapy"}:
        return True  # 'nivolumab plus ipilimumab with two cycles of chemotherapy'
    if (
        match["some"].lower() == "with"
        and re.fullmatch(r"\s*with\s+", gap)
        and GIVEN_BEFORE.search(text, max(0, left.start - 25), left.start)
        and not lex.classes_of(left.last or left.regimen) & lex.classes_of(right.regimen)
    ):
        return True  # 'were given tislelizumab with regorafenib': one regimen of two kinds
    if (
        match["some"].lower().startswith("followed")
        and (lex.classes_of(left.regimen) | lex.classes_of(right.regimen)) & LOCOREGIONAL
    ):
        return True  # 'on-demand TACE followed by atezolizumab and bevacizumab' is one arm
    if match["some"].lower() in CHEMO_PAIR_JOINS and _chemo_pair(
        left.last or left.regimen, right.regimen, lex
    ):
        return True  # 'gemcitabine and cisplatin', 'durvalumab plus gemcitabine and cisplatin'
    if (
        match["some"].lower() == "with"
        and (lex.classes_of(left.regimen) | lex.classes_of(right.regimen)) & LOCOREGIONAL
    ):
        return True  # 'A plus B with TACE', 'TACE with placebo': the procedure is in the arm
    # "chemotherapy plus durvalumab and tremelimumab": the new agent pairs with one already joined
    return " + " in left.regimen and bool(left.last) and lex.known_combo([left.last, right.regimen])


SHORT_NAME_THEN_JOIN = re.compile(
    r"\s*\(\s*(?P<a>[A-Za-z][\w+/\-]{0,20})\s*(?P<close>\))(?=\s*(?:plus|\+|combined\s+with|in\s+combination\s+with)\s)",
    re.I,
)


def _names_left(alias: str, left: Mention, lex: Lexicon) -> bool:
    """The bracket is the short name of the regimen before it ('(TACE-HAIC)')."""
    read = (
        lex.synonyms.get(alias) or lex.synonyms.get(alias.lower()) or _spelled_regimen(alias, lex)
    )
    return read == left.regimen


ALIAS_THEN_AND = re.compile(r"^\s*\(\s*[A-Za-z][\w+/\-]{0,12}\s*\)\s*,?\s*and\s", re.I)
ALIAS_THEN_WITH = re.compile(r"^\s*\(\s*[A-Za-z]+(?:[-+/][A-Za-z]+)+\s*\)\s*with\b")
PARTS_ALIAS_AFTER = re.compile(r"\s*\(\s*(?P<alias>[A-Za-z]+(?:[-+/][A-Za-z]+)+)\s*\)")


def _alias_spells(text: str, left: Mention, right: Mention) -> bool:
    """'comparing HAIC combined with lenvatinib and sintilimab (HAIC-L-S) with ...': an
    alias with one part per agent says the 'and' adds an agent to the same arm."""
    alias = PARTS_ALIAS_AFTER.match(text, right.end)
    if not alias:
        return False
    lex = load_lexicon()
    count = 0
    for seg in re.split(r"[-+/]", alias["alias"]):
        known = seg in lex.synonyms or seg.lower() in lex.synonyms
        count += 1 if known or not (seg.isupper() and len(seg) <= 3) else len(seg)  # 'LS': two
    return count == len(left.regimen.split(" + ")) + 1


LOCOREGIONAL = {"locoregional", "radiotherapy"}
RESULT_BRACKET = re.compile(
    r"\([^()]*(?:%|\bHR\b|\bCI\b|ratio|\bn\s*=|months?\b|\bp\s*[=<])|\(\s*\d+(?:[.·]\d+)?\s*[;,]\s*\d",
    re.I,
)
RATIO_OPEN_BEFORE = re.compile(r"(?:ratio|HR|OR|RR)\s*\(\s*$", re.I)
GROUP_WORD_AFTER = re.compile(r"\s*(?:groups?|arms?|cohorts?|recipients)\b", re.I)
OWN_COMBINATION_AFTER = re.compile(r"\s*(?:plus|\+|with|combined|in\s+combination)\b", re.I)
CONNECTOR = re.compile(r"\b(?:and|plus|with|or)\b|\+|[.;)]", re.I)
DOSE_AT = re.compile(rf"\s*(?:{DOSE}|\(\s*{DOSE}[^()]{{0,20}}\))")
SCHEDULE = (
    r"(?:every\s+\d+\s+(?:weeks?|days?)|once\s+daily|twice\s+daily|daily|Q\dW)"
    r"(?:\s+for\s+(?:up\s+to\s+)?\w+\s+(?:cycles|weeks|months|doses))?"
)
SHORT_NAME = r"\([A-Za-z][\w+/-]{0,10}\)"  # '(LEN)', '(TACE)' after an agent of a list
COMMA_GAP = re.compile(
    rf"\s*(?:{DOSE}\s*|\(\s*{DOSE}[^()]{{0,20}}\)\s*|{SHORT_NAME}\s*)?(?:{SCHEDULE}\s*)?,\s*(?:an?\s+)?"
)  # 'lenvatinib, a PD-1 inhibitor and TACE'
LIST_GOES_ON = re.compile(r"\s*(?:,|and\b|plus\b|\+|with\b)\s*")


SHORT_NAME_AT = re.compile(rf"\s*{SHORT_NAME}")


def _listed_together(text: str, left: Mention, right: Mention, lex: Lexicon) -> bool:
    """'lenvatinib, toripalimab and FOLFOX-HAIC': agents of different kinds listed with
    commas and closed by 'and'/'plus' are given together; 'sorafenib, lenvatinib and
    regorafenib' (one kind) or a list closed by 'or' are alternatives."""
    if re.search(r"[+/]", text[left.start : left.end]) or re.match(
        r"\s*[+/]", text[right.end : right.end + 3]
    ):
        return False  # 'D+B+TACE, D+TACE, or PBO+TACE': compact arm labels listed side by side
    after = DOSE_AT.match(text, right.end)
    pos = after.end() if after else right.end
    short = SHORT_NAME_AT.match(text, pos)
    pos = short.end() if short else pos  # 'lenvatinib (LEN), and tislelizumab'
    if not LIST_GOES_ON.match(text, pos):
        return False  # the list must go on with ',', 'and' or 'plus', never 'or'
    closing = CONNECTOR.search(text, pos, min(len(text), pos + 80))
    if closing is None or closing.group(0).lower() == "or":
        return False  # 'C+A, SOR, or single-agent C': alternatives, not one regimen
    if _is_comparator(text[max(0, left.start - 30) : left.start]):
        return False  # 'Compared with sorafenib, atezolizumab plus bevacizumab ...'
    kinds = [lex.classes_of(left.last or left.regimen), lex.classes_of(right.regimen)]
    if kinds[0] == {"chemotherapy"} == kinds[1]:
        return True  # 'gemcitabine, cisplatin and nab-paclitaxel' is one cytotoxic regimen
    if not all(kinds) or kinds[0] & kinds[1] or {"placebo"} & (kinds[0] | kinds[1]):
        return False
    return True


def _chemo_pair(left: str, right: str, lex: Lexicon) -> bool:
    """Two named cytotoxics side by side are one chemotherapy backbone."""
    return lex.classes_of(left) == {"chemotherapy"} == lex.classes_of(right) and left != right


GROUP_NAME_AFTER = re.compile(
    r"^(?:\s*(?:biosimilar|combination|regimen))?\s*(?:group|arm|cohort|regimen|combination|treated|recipients|therapy|\(|,|;|\.|\)|and\b|or\b|versus\b|vs\b|v\b|in\b|was\b|were\b|had\b|with\b|compared\b|showed\b|produced\b|achieved\b|yielded\b|improved\b|prolonged\b|$)",
    re.I,
)


def _group_name_after(text: str, end: int) -> bool:
    """A hyphen or dash between two agents names a combination unless the words that follow
    make it something else ('sorafenib-lenvatinib sequence' is rare; group words are not)."""
    return bool(GROUP_NAME_AFTER.match(text[end : end + 30]))


def _read_by_lexicon(alias: Mention, joined: list[Mention]) -> bool:
    """The lexicon's own reading of the alias's words already gives the same regimen."""
    return any(
        o.start <= alias.start and alias.end <= o.end and o.regimen == alias.regimen for o in joined
    )


INLINE_OPEN = re.compile(r"\s*[(\[]\s*$")
INLINE_CLOSE = re.compile(r"\s*[)\]]")


COMBINATION_OF_BEFORE = re.compile(
    r"\b(?:combination(?:\s+(?:treatment|therapy))?\s+of|combined(?:\s+(?:treatment|therapy)\s+(?:of|with))?|combining)\s+(?:the\s+)?$",
    re.I,
)  # 'the combination of A and B', 'Combined A and B', 'combined treatment of A and B'
OR_BEFORE = re.compile(r"\w\s+or\s+$", re.I)
HAIC_GAP = re.compile(r"\s*(?:\([^()]{1,15}\)\s*)?(?:of|with|using)\s+", re.I)
HAIC_OF = re.compile(
    r"(?:HAIC|hepatic\s+arter\w*\s+infusion(?:\s+chemotherapy)?)\s*(?:\([^()]*\)\s*)?(?:of|with|using)\s",
    re.I,
)


def _haic_drugs(text: str, mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """'sorafenib plus HAIC of oxaliplatin and fluorouracil', 'HAIC with FOLFOX': the drugs
    infused are part of HAIC, not agents of their own in the regimen's name."""
    out = []
    for m in mentions:
        parts = m.regimen.split(" + ")
        if "haic" in parts and HAIC_OF.search(text, m.start, m.end):
            kept = [p for p in parts if lex.classes_of(p) != {"chemotherapy"}]
            if len(kept) < len(parts):
                m = Mention(m.start, m.end, normalise_combo(kept, lex), last=m.last)
        out.append(m)
    return _without_bracketed_haic_drugs(text, out, lex)


def _shared_partner(text: str, mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """'regorafenib or fruquintinib plus toripalimab': the partner after the pair of
    alternatives of one kind goes with each of them."""
    out = list(mentions)
    for i in range(1, len(out)):
        prev, m = out[i - 1], out[i]
        gap = text[prev.end : m.start]
        if not re.fullmatch(r"\s*,?\s*or\s+", gap) or " + " in prev.regimen:
            continue
        parts = m.regimen.split(" + ")
        if len(parts) != 2 or not m.last or m.last not in parts:
            continue
        first = next(p for p in parts if p != m.last)
        if lex.classes_of(first) & lex.classes_of(prev.regimen) and not (
            lex.classes_of(m.last) & lex.classes_of(prev.regimen)
        ):
            out[i - 1] = Mention(
                prev.start, prev.end, normalise_combo([prev.regimen, m.last], lex), last=m.last
            )
    return out


def _without_class_examples(text: str, mentions: list[Mention]) -> list[Mention]:
    """'a PD-1 inhibitor (toripalimab, tislelizumab or pembrolizumab)': the bracket lists
    examples of the class, not further regimens."""
    spans = []
    for m in mentions:
        if "pd-1 inhibitor" in m.regimen.split(" + ") and re.search(
            r"(?:inhibitors?|antibod(?:y|ies)|agents?|blockers?)\s*$", text[m.start : m.end], re.I
        ):
            opening = re.match(r"\s*\(", text[m.end : m.end + 3])
            close = text.find(")", m.end) if opening else -1
            if close > 0:
                spans.append((m.end, close))
    if not spans:
        return mentions
    return [m for m in mentions if not any(a <= m.start < b for a, b in spans)]


def _without_bracketed_haic_drugs(
    text: str, mentions: list[Mention], lex: Lexicon
) -> list[Mention]:
    """'sorafenib with HAIC (oxaliplatin 85 mg/m2, leucovorin 400 mg/m2, fluorouracil ...)':
    the bracket lists what HAIC infuses."""
    spans = []
    for m in mentions:
        if "haic" in m.regimen.split(" + "):
            opening = re.match(
                r"\s*(?:every\s+\d+\s+(?:weeks?|days?)\s*|Q\dW\s*)?\(", text[m.end : m.end + 25]
            )
            close = text.find(")", m.end + opening.end()) if opening else -1
            if close > 0:
                spans.append((m.end, close))
    if not spans:
        return mentions
    return [
        m
        for m in mentions
        if not (
            lex.classes_of(m.regimen) == {"chemotherapy"}
            or all(lex.classes_of(p) == {"chemotherapy"} for p in m.regimen.split(" + "))
        )
        or not any(a <= m.start < b for a, b in spans)
    ]


CHOICE_GAP = re.compile(r"\s*(?:\([A-Za-z][A-Za-z\s®™-]{0,28}\)\s*)?,?\s*or\s+(?:the\s+)?")


CLASS_ALTERNATIVE_GAP = re.compile(r"\s*(?:/|or|,\s*or)\s*", re.I)


def _same_class_alternatives(prev: Mention, m: Mention, gap: str, lex: Lexicon) -> bool:
    """'nivolumab/pembrolizumab', 'sintilimab or camrelizumab': two anti-PD-1 antibodies
    given as alternatives stand for the class, not for a combination of both."""
    return (
        bool(CLASS_ALTERNATIVE_GAP.fullmatch(gap))
        and " + " not in prev.regimen + m.regimen
        and prev.regimen != m.regimen
        and not {prev.regimen, m.regimen} & {CLASS_AGENT, "chemotherapy"}
        and lex.classes_of(prev.regimen) == lex.classes_of(m.regimen)
        and (
            lex.classes_of(prev.regimen) == {"anti-PD-1"}
            or (lex.classes_of(prev.regimen) == {"chemotherapy"} and "/" not in gap)
        )  # 'gemcitabine/cisplatin' is a doublet; 'mFOLFOX6 or FOLFIRI' an alternative
    )


def _choice_pairs(text: str, mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """'lenvatinib (Lenvima) or sorafenib (Nexavar)': an investigator's-choice regimen the
    lexicon names, written with brand names in brackets."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and _same_class_alternatives(prev, m, text[prev.end : m.start], lex):
            kind = CLASS_AGENT if "anti-PD-1" in lex.classes_of(m.regimen) else "chemotherapy"
            out[-1] = Mention(prev.start, m.end, kind, last=kind)  # 'mFOLFOX6 or FOLFIRI'
            continue
        if prev is not None and CHOICE_GAP.fullmatch(text[prev.end : m.start]):
            for rid in (f"{prev.regimen} or {m.regimen}", f"{m.regimen} or {prev.regimen}"):
                if rid in lex.regimens:
                    out[-1] = Mention(prev.start, m.end, rid, last=rid)
                    break
            else:
                out.append(m)
            continue
        out.append(m)
    return out


def _spelled_out(text: str, mentions: list[Mention]) -> list[Mention]:
    """'single tremelimumab regular interval durvalumab (STRIDE)': agents named one by one
    in the words a bracketed regimen code spells out are that regimen, not arms of their own."""
    out: list[Mention] = []
    for m in mentions:
        parts = set(m.regimen.split(" + "))
        opening = text[max(0, m.start - 2) : m.start].rstrip()
        if len(parts) > 1 and opening.endswith("(") and INLINE_CLOSE.match(text, m.end):
            spelled = []
            nxt = m
            for prev in reversed(out):
                if m.start - prev.end > 60 or not set(prev.regimen.split(" + ")) <= parts:
                    break
                if (
                    COUNT_IN_GAP.search(text, prev.end, nxt.start)
                    or ")" in text[prev.end : nxt.start]
                ):
                    break  # '(LPH), and 20 with LEN, ...': an earlier group, not this code's words
                spelled.append(prev)
                nxt = prev
            covered = (
                set().union(*(set(x.regimen.split(" + ")) for x in spelled)) if spelled else set()
            )
            if (
                len(spelled) >= 2
                and covered == parts
                and "." not in text[spelled[-1].start : m.start]
            ):
                del out[len(out) - len(spelled) :]
                out.append(Mention(spelled[-1].start, m.end, m.regimen, last=m.last))
                continue
        out.append(m)
    return out


def _restated_in_brackets(text: str, mentions: list[Mention]) -> list[Mention]:
    """Bracketed short names that restate the combination just before them."""
    return [
        m
        for i, m in enumerate(mentions)
        if " + " in m.regimen
        and i > 0
        and mentions[i - 1].regimen == m.regimen
        and INLINE_OPEN.fullmatch(text[mentions[i - 1].end : m.start])
        and INLINE_CLOSE.match(text, m.end)
    ]


def _drop_inline_definitions(text: str, mentions: list[Mention]) -> list[Mention]:
    """'Pembrolizumab (pembro) plus chemotherapy': a bracketed short name right after the
    name it defines is not a mention of its own, so the combination still joins across it."""
    out: list[Mention] = []
    lex = load_lexicon()
    close = -1  # end of a bracket that lists what the mention before it contains
    for m in mentions:
        prev = out[-1] if out else None
        if m.start < close:
            continue
        if (
            prev is not None
            and m.regimen in (prev.regimen, prev.last)
            and INLINE_OPEN.fullmatch(text[prev.end : m.start])
            and INLINE_CLOSE.match(text, m.end)
        ):
            continue
        if prev is not None and _chemo(prev.regimen, lex) and _chemo(m.regimen, lex):
            if m.regimen == "chemotherapy" and re.fullmatch(r"\s*", text[prev.end : m.start]):
                out[-1] = replace(prev, end=m.end)  # 'FOLFOX chemotherapy' is FOLFOX
                continue
            if INLINE_OPEN.fullmatch(text[prev.end : m.start]):
                shut = text.find(")", m.start)
                inner = [o for o in mentions if m.start <= o.start < shut]
                if shut > 0 and all(_chemo(o.regimen, lex) for o in inner):
                    close = shut  # 'FOLFOX (oxaliplatin, fluorouracil, and leucovorin)'
                    continue
        out.append(m)
    return out


def _chemo(regimen: str, lex: Lexicon) -> bool:
    return regimen == "chemotherapy" or lex.classes_of(regimen) == {"chemotherapy"}


def _alias_mentions(text: str, mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """'atezolizumab plus bevacizumab (AtBev)' defines AtBev for the rest of the text; a
    bracketed name the lexicon already knows ('(TACE)') defines nothing."""
    defined: dict[str, list[Mention]] = {}
    for m in mentions:
        end = m.end
        mono = MONO_BEFORE_ALIAS.match(text, end)
        if mono:  # 'TACE monotherapy (T group)'
            end = mono.end()
        if text[end : end + 3].lstrip()[:1] != "(":
            continue
        found = ALIAS_AFTER.match(text[end : end + 40])
        known = found and (lex.synonyms.get(found["a"]) or lex.synonyms.get(found["a"].lower()))
        ending = [o.regimen for o in mentions if o.end == m.end]
        if known and set(known.split(" + ")) & {p for r in ending for p in r.split(" + ")}:
            continue  # '(TACE)', '(Gemox)'; but 'TACE plus donafenib (T+D)' redefines T+D
        if found and _plausible_alias(found["a"], text[m.start : m.end]):
            defined.setdefault(found["a"], []).append(m)
    aliases = {
        alias: _initials_regimen(text, alias, ms, mentions, lex)
        or _alias_regimen(text, alias, ms, lex)
        for alias, ms in defined.items()
    }
    out = []
    for alias, regimen in aliases.items():
        for hit in re.finditer(rf"(?<![\w-]){re.escape(alias)}(?![\w-])", text):
            if len(alias) == 1 and not _in_combination(text, hit.start(), hit.end()):
                continue  # 'D', 'B' only inside 'D+B+TACE' or 'D group', never 'hepatitis B'
            if len(alias) == 2 and SHORT_ALIAS_BLOCKED.search(
                text, max(0, hit.start() - 12), hit.start()
            ):
                continue
            out.append(Mention(hit.start(), hit.end(), regimen, alias=True))
    return out


MONO_BEFORE_ALIAS = re.compile(r"\s+(?:monotherapy|alone|only)(?=\s*\()", re.I)
SHORT_ALIAS_BLOCKED = re.compile(
    r"(?:hepatitis|pugh|bclc|stage|arm|cohort|part|type|class|grade|vitamin|group|phase|category|"
    r"level|score|schedule|dose|regimen|step|panel|table|figure|fig\.?)\s*[-\u2013]?\s*$",
    re.I,
)


def _alias_regimen(text: str, alias: str, named: list[Mention], lex: Lexicon) -> str:
    """What a bracketed short name stands for: the agents it spells ('Atezo-Bev-TACE'),
    else the agent it abbreviates ('plus atezolizumab (A)'), else the whole combination
    written before it ('LEN plus on-demand TACE (LEN-TACE)', 'A plus B (AtBev)')."""
    spelled = _spelled_regimen(alias, lex)
    if spelled:
        return spelled
    first_end = min(m.end for m in named)
    at_end = [m for m in named if m.end == first_end]
    shortest = min(at_end, key=lambda m: m.end - m.start)
    if _abbreviates(alias.lower(), text[shortest.start : shortest.end].lower()):
        return shortest.regimen
    return max(at_end, key=lambda m: m.end - m.start).regimen


GROUP_ALIAS_USE = re.compile(r"\b(?P<a>[A-Z][A-Za-z]*(?:[-+/][A-Z][A-Za-z]*)+)\s+group\b")


def _usage_aliases(text: str, mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """'Patients who additionally received tislelizumab formed the HAIC-LT group, and the
    remaining patients formed the HAIC-L group': short names never bracketed, read from
    their parts (known short names, initials of agents named before them)."""
    uses: dict[str, list[re.Match[str]]] = {}
    for hit in GROUP_ALIAS_USE.finditer(text):
        uses.setdefault(hit["a"], []).append(hit)
    resolved: dict[str, str] = {}
    for alias, hits in uses.items():
        if any(m.start <= hits[0].start() and hits[0].end("a") <= m.end for m in mentions):
            continue  # the lexicon or a bracket already reads it whole
        parts = [p for p in re.split(r"[-+/]", alias) if p]
        before = sorted(
            (
                m
                for m in mentions
                if m.end <= hits[0].start() and not m.prior and " + " not in m.regimen
            ),
            key=lambda m: m.start,
        )
        read = _read_parts(text, parts, before, lambda p: _part_id(p, lex), longest=3)
        ids = read[0] if read else []
        if len(ids) >= 2 and len(set(ids)) == len(ids):
            resolved[alias] = normalise_combo(ids, lex)
    if len(set(resolved.values())) < 2:
        return []
    return [
        Mention(hit.start("a"), hit.end("a"), resolved[alias], alias=True)
        for alias, hits in uses.items()
        if alias in resolved
        for hit in hits
    ]


def _initials_regimen(
    text: str, alias: str, named: list[Mention], mentions: list[Mention], lex: Lexicon
) -> str | None:
    """'HAIC combined with sintilimab and lenvatinib (HAIC-LS group)': a short name whose
    parts are known short names or initials of agents named just before it in the same
    sentence stands for all of them; 'LS' alone is then sintilimab + lenvatinib."""
    parts = [p for p in re.split(r"[-+/\u2010\u2011\u2013\s]+", alias) if p]
    if not parts or not all(p.isalpha() for p in parts):
        return None
    at = min(m.end for m in named)
    opening = max(text.rfind(". ", 0, at), text.rfind("; ", 0, at)) + 1
    window = sorted(
        (m for m in mentions if opening <= m.start and m.end <= at and " + " not in m.regimen),
        key=lambda m: m.start,
    )
    read = _read_parts(
        text, parts, window, lambda p: lex.synonyms.get(p) or lex.synonyms.get(p.lower()), longest=4
    )
    if read is None:
        return None
    ids, initials = read
    if not initials or len(set(ids)) < 2 or len(set(ids)) != len(ids):
        return None
    if not window or window[-1].regimen not in ids:
        return None  # '(TP)' after 'paclitaxel and cisplatin' is not toripalimab + paclitaxel
    return normalise_combo(ids, lex)


def _read_parts(
    text: str, parts: list[str], agents: list[Mention], lookup, longest: int
) -> tuple[list[str], int] | None:
    """The agents a short name's parts stand for: a known short name each, or one agent per
    initial, the nearest named before with that initial (not a drug spelled out earlier).
    Also returns how many were read from initials; None where a part reads as neither."""
    ids: list[str] = []
    initials = 0
    for part in parts:
        known = lookup(part)
        if known:
            ids.append(known)
            continue
        if not part.isupper() or len(part) > longest:
            return None
        for letter in part:
            hits = [m.regimen for m in agents if text[m.start].upper() == letter]
            if not hits:
                return None
            ids.append(hits[-1])
            initials += 1
    return ids, initials


def _part_id(part: str, lex: Lexicon) -> str | None:
    """A part of a short name: a lexicon short name, or 'PD1' for the class agent."""
    known = lex.synonyms.get(part) or lex.synonyms.get(part.lower())
    return known or (CLASS_AGENT if part.upper() in {"PD1", "PD-1"} else None)


def _spelled_regimen(alias: str, lex: Lexicon) -> str | None:
    """'(Atezo-Bev-TACE group)': a short name built from known short names is their
    combination, whatever the name written just before the bracket."""
    parts = [p for p in re.split(r"[-+/\u2010\u2011\u2013\s]+", alias) if p]
    if len(parts) < 2:
        return None
    ids = [_part_id(p, lex) for p in parts]
    if not all(ids):
        return None
    return normalise_combo(ids, lex)


def _in_combination(text: str, start: int, end: int) -> bool:
    """Where a one- or two-letter short name ('C', 'D') can be read as an arm: inside a
    combination, alone in brackets, beside 'vs' or a list comma; never 'hepatitis B'."""
    before, after = text[max(0, start - 12) : start], text[end : end + 8]
    if before[-1:] in ("+", "/") or after[:1] in ("+", "/"):
        return True
    if SHORT_ALIAS_BLOCKED.search(before):
        return False
    if re.match(r"\s*[-\u2013]?\s*\d", after):
        return bool(re.match(r"\s*\d+(?:[.·]\d+)?\s*(?:mg|µg|μg)\b", text[end : end + 16]))
    return bool(
        re.match(r"\s+(?:group|arm|cohort)\b|\s*\)|\s*,\s*n\s*=|\s+(?:vs\.?|versus|v)\s", after)
        and (before[-1:] in ("(", " ", ",") or not before)
    ) or bool(re.search(r"(?:\bvs\.?|\bversus|\bv)\s+$", before))


def _plausible_alias(alias: str, named: str = "") -> bool:
    low = alias.lower()
    if low.startswith(
        ("anti", "pd", "ctla", "vegf", "mki", "tki", "ici", "n=", "n ", "post", "pre", "non")
    ):
        return False
    if any(w in low for w in ("inhibitor", "antibod", "mab", "nib", "mg")):
        return False
    if alias.isdigit():
        return False
    if any(c.isupper() for c in alias):
        return True
    # lower-case short names ('pbo', 'pembro', 'chemo') only when spelled from the name itself
    return len(low) >= 3 and _abbreviates(low, named.lower())


def _abbreviates(short: str, name: str) -> bool:
    """The short form's letters appear in order in the name, starting with its first letter."""
    if not name or short[0] != name[0]:
        return False
    it = iter(name)
    return all(ch in it for ch in short)


def _dedupe(mentions: list[Mention]) -> list[Mention]:
    """Longest mention wins where two overlap; ties keep the earlier one (one overlap rule)."""
    chosen: list[Mention] = []
    for m in sorted(mentions, key=lambda x: (-(x.end - x.start), x.start)):
        if all(m.end <= c.start or m.start >= c.end for c in chosen):
            chosen.append(m)
    return chosen


PRIOR_HINTS = (
    "already",
    "after",
    "follow",
    "post",
    "prior",
    "previous",
    "progress",
    "refractory",
    "failure",
    "failed",
    "failing",
    "treated",
    "resistant",
    "resistance",
    "intoleran",
    "exposed",
    "exposure",
    "beyond",
    "precedent",
    "preceding",
    "last ",
)


class _LazyFlag:
    """A document-wide regex answer computed only if some mention needs it."""

    def __init__(self, compute):
        self.compute = compute
        self.value: bool | None = None

    def __bool__(self) -> bool:
        if self.value is None:
            self.value = self.compute()
        return self.value


PRIOR_HINT_RE = re.compile("|".join(PRIOR_HINTS))


def _is_prior(text: str, m: Mention, later_line) -> bool:
    line_start = text.rfind("\n", 0, m.start) + 1
    sent_start = max(line_start, text.rfind(". ", 0, m.start) + 1)
    before = text[max(sent_start, m.start - 70) : m.start]
    low = before.lower()
    if (
        PRIOR_HINT_RE.search(low)
        and PRIOR_BEFORE.search(before)
        and not OUTCOME_AFTER_BEFORE.search(before)
        and not (THOSE_AFTER_BEFORE.search(before) and TREATMENT_WORD_AFTER.match(text, m.end))
    ):
        return True
    if "line" in low and LINES_OF_BEFORE.search(before):
        return True  # 'failed at least two lines of chemotherapy': therapy counted as lines
    if ("line" in low or "1l" in low) and FIRST_LINE_BEFORE.search(before) and later_line:
        return True
    if low.endswith("last ") and LAST_DOSE_AFTER.match(text, m.end):
        return True  # 'the median interval from the last Atez/Bev dose'
    return bool(PRIOR_AFTER.match(text[m.end : m.end + 40]))


# 'higher survival rates after the HAIC treatment, compared with those after TACE': outcomes
# of the treatment named, not a treatment before the study's
OUTCOME_AFTER_BEFORE = re.compile(
    r"\b(?:survival|rates?|outcomes?|prognosis)\s+after\s+(?:the\s+)?$", re.I
)
THOSE_AFTER_BEFORE = re.compile(r"\bthose\s+after\s+(?:the\s+)?$", re.I)
TREATMENT_WORD_AFTER = re.compile(r"\s+(?:treatment|therapy)\b", re.I)
LAST_DOSE_AFTER = re.compile(r"\s+(?:dose|cycle|infusion|administration)\b", re.I)


def _active_agents(regimen: str) -> int:
    """Agents in a regimen, not counting placebo or supportive care."""
    return sum(1 for a in regimen.split(" + ") if a not in ("placebo", "best supportive care"))


def combination_mentions(text: str, start: int, end: int, arms: list[str]) -> list[Mention]:
    """'the combination group' stands for the one combination arm of the study, if any."""
    combos = [a for a in arms if _active_agents(a) > 1]
    if len(combos) > 1:  # both arms combine drugs: 'the combination' is the fuller one
        sizes = sorted((_active_agents(a) for a in combos), reverse=True)
        combos = [max(combos, key=_active_agents)] if sizes[0] > sizes[1] else []
    if len(combos) != 1:
        return []
    return [
        Mention(start + m.start(), start + m.end(), combos[0], alias=True)
        for m in COMBINATION_WORD.finditer(text[start:end])
        if re.search(
            r"group|arm|regimen|groups|arms|^[^,;()]{0,15}\bn\s*=",
            text[start + m.start() : start + m.end() + 30],
        )
        or re.search(
            r"\b(?:on|with|receiving|received|in|for|given|to)\s+the\s+$",
            text[max(0, start + m.start() - 20) : start + m.start() + 4],
        )
    ]


ROLE_WORDS = re.compile(
    r"\b(?P<exp>(?:the\s+)?(?:investigational|experimental|intervention)\s+(?:arm|group|regimen|cohort)"
    r"|(?:the\s+)?(?:doublet|duplex|duotherapy|dual(?=\s+(?:therapy|group|arm|regimen))|triplet|triple|quadruplet)(?:\s+(?:regimen|arm|group|therapy|combination))?"
    r"|combination[-\u2013\s](?:treated|group|arm|recipients)|combination\s+therapy)\b"
    r"|\b(?P<ctl>controls|(?:the\s+)?control\s+(?:arm|group|regimen|cohort)|(?:the\s+)?comparator\s+(?:arm|group))\b"
    r"|\b(?P<mono>(?:the\s+)?(?:monotherapy|single[-\s]agent)(?:\s+(?:arm|group|regimen|cohort))?)\b",
    re.I,
)


ROLE_HINT = alternation(
    r"invest|experim|interven|doublet|trip|quadruplet|combination|control|comparator|monotherapy|single",
    re.I,
)


def role_mentions(text: str, start: int, end: int, arms: list[str]) -> list[Mention]:
    """Role words stand for the study's arms: 'the investigational arm', 'the doublet',
    'the triplet' -> the experimental (first named) arm; 'controls', 'the control group' ->
    the comparator (second of two arms); 'monotherapy', 'single-agent' -> the one arm with a
    single agent. Only resolved when the document's arms make the answer unambiguous."""
    if len(arms) < 2:
        return []
    if not ROLE_HINT.search(text, start, end):
        return []
    multi = [a for a in arms if _active_agents(a) > 1 and " or " not in a]
    singles = [a for a in arms if " + " not in a and a != "placebo"]
    out = []
    for m in ROLE_WORDS.finditer(text, start, end):
        word = m.group(0).lower()
        regimen = None
        if m["exp"]:
            size = {
                "doublet": 2,
                "duplex": 2,
                "duo": 2,
                "dual": 2,
                "triplet": 3,
                "triple": 3,
                "quadruplet": 4,
            }
            want = next((n for w, n in size.items() if w in word), None)
            if want:
                fits = [a for a in arms if len(a.split(" + ")) == want]
                regimen = (
                    fits[0]
                    if len(fits) == 1
                    else (arms[0] if not fits and len(arms) == 2 else None)
                )
            elif "combination" in word:
                regimen = multi[0] if len(multi) == 1 else None
            else:
                regimen = arms[0]
        elif m["ctl"]:
            regimen = arms[-1] if len(arms) == 2 else None
        elif m["mono"]:
            regimen = singles[0] if len(singles) == 1 else None
        if regimen:
            out.append(Mention(m.start(), m.end(), regimen, alias=True))
    return out


DESIGN_AFTER = re.compile(
    r"[-\u2010\u2011\u2013\s]*(?:controlled|comparator[-\s]controlled)\b", re.I
)


def study_arms(text: str, mentions: list[Mention], sentences: list[tuple[int, int]]) -> list[str]:
    """Arms in the order the study names them: randomisation sentence, then title, then all.
    Best supportive care is an arm only when it is one side of a two-arm comparison."""
    arms = _study_arms(text, mentions, sentences)
    if "best supportive care" in arms and len(arms) > 2:
        arms = [a for a in arms if a != "best supportive care"]
    arms = _backbone_from_combinations(_placebo_backbone(arms), mentions)
    if len(arms) == 2 and set(arms[0].split(" + ")) < set(arms[1].split(" + ")):
        arms = arms[
            ::-1
        ]  # 'TACE alone' and 'donafenib plus TACE': the add-on arm is the experimental one
    return arms


def _backbone_from_combinations(arms: list[str], mentions: list[Mention]) -> list[str]:
    """Arms named by their varying agent ('the tislelizumab arm and the placebo arm') when the
    text also names each with the same backbone ('tislelizumab plus chemotherapy ... placebo
    plus chemotherapy'): the arms are the combinations."""
    if len(arms) < 2:
        return arms
    lex = load_lexicon()
    combos = {m.regimen for m in mentions if not m.prior and " + " in m.regimen}
    upgraded, extras = [], set()
    # 'A versus B in triple therapy with PD-1 inhibitors and TACE': a part every combination
    # shares is the backbone, whatever its drug class
    shared = [
        a
        for a in arms
        if " + " in a
        and len(combos - {a}) >= 2
        and all(set(a.split(" + ")) < set(c.split(" + ")) for c in combos - {a})
    ]
    varying = [
        a
        for a in arms
        if a not in shared and not all(lex.classes_of(p) & BACKBONE_CLASSES for p in a.split(" + "))
    ]
    if len(varying) < 2:
        return arms
    for arm in varying:  # 'chemotherapy alone' beside them is the backbone, not a third arm
        parts = set(arm.split(" + "))
        fits = [c for c in combos if parts < set(c.split(" + "))]
        if len(fits) != 1:
            return arms
        extra = frozenset(set(fits[0].split(" + ")) - parts)
        if not (
            all(lex.classes_of(e) & BACKBONE_CLASSES for e in extra)
            or any(extra == set(a.split(" + ")) for a in shared)
        ):
            return arms
        upgraded.append(fits[0])
        extras.add(extra)
    if len(extras) != 1 or len(set(upgraded)) != len(upgraded):
        return arms
    return upgraded


def _placebo_backbone(arms: list[str]) -> list[str]:
    """'sintilimab or placebo with chemotherapy': what the placebo arm adds to placebo is the
    backbone every arm received, unless an arm already names it."""
    with_placebo = [a for a in arms if "placebo" in a.split(" + ")]
    if len(arms) != 2 or len(with_placebo) != 1:
        return arms
    backbone = [p for p in with_placebo[0].split(" + ") if p != "placebo"]
    other = next(a for a in arms if a is not with_placebo[0])
    if not backbone or set(backbone) & set(other.split(" + ")) or "placebo" in other:
        return arms
    lex = load_lexicon()
    if not all(
        lex.classes_of(b) & {"chemotherapy", "locoregional", "radiotherapy"} for b in backbone
    ):
        return arms  # 'lenvatinib plus placebo' vs 'pembrolizumab': lenvatinib is not a backbone
    return [normalise_combo([a, *backbone]) if a == other else a for a in arms]


# Background sentences describe other studies: their regimens are not this study's arms
BACKGROUND_SECTION = re.compile(
    r"(?:^|\n|\.\s)\s*(?:BACKGROUND|Background|INTRODUCTION|Introduction|PURPOSE|Purpose|AIMS?|Aims?|RATIONALE|Rationale|IMPORTANCE|Importance|CONTEXT|Context)(?:\b|(?<=[a-z])(?=[A-Z]))[^\n]*?"
    r"(?=(?:\n|\.\s?)\s*(?:METHODS?|Methods?|PATIENTS|Patients|DESIGN|Design|RESULTS|Results|FINDINGS|Findings|Objectives?|OBJECTIVES?|Interventions?|INTERVENTIONS?)(?:\b|(?<=[a-z])(?=[A-Z]))|\n)",
)
STUDY_GROUPS = re.compile(r"\b(?:we|patients\s+who|who\s+(?:started|received|underwent))\b", re.I)
THIS_STUDY = re.compile(
    r"\b(?:we|this\s+(?:study|trial|analysis)|the\s+present\s+study|here)\b", re.I
)
# 'Purpose: To describe outcomes of X plus Y': the aim names the study's own regimen
AIM_OPENING = re.compile(
    r"To\s+(?:describe|evaluate|assess|investigate|compare|explore|report|determine|examine|"
    r"analy[sz]e|observe|study)\b"
)
BACKGROUND_HINT = alternation(
    r"background|introduction|purpose|aims?\b|rationale|importance|context", re.I
)
RANDOMISED = alternation(
    r"(?<!non-)(?<!non)(?<!non\s)randomi[sz]|randomly\s+assigned|allocated", re.I
)  # 'In this nonrandomized study' is not a randomisation


def _study_arms(text: str, mentions: list[Mention], sentences: list[tuple[int, int]]) -> list[str]:
    # 'placebo-controlled' / 'sorafenib-controlled' describe the design, not an arm's order
    current = [m for m in mentions if not m.prior and not DESIGN_AFTER.match(text, m.end)]
    if BACKGROUND_HINT.search(text):
        spans = [m.span() for m in BACKGROUND_SECTION.finditer(text)]
        own = [
            s
            for s in sentences
            if THIS_STUDY.search(text, s[0], s[1]) or AIM_OPENING.match(text, s[0], s[1])
        ]
        current = [
            m
            for m in current
            if not any(a <= m.start < b for a, b in spans)
            or any(a <= m.start < b for a, b in own)  # 'We conducted a single-arm study of X'
        ]
    current = _without_cited(text, current, sentences)
    worded = _worded_arms(text, current)
    if worded:
        return worded
    titled = _title_arms(text, current, sentences)
    counted = _distinct(text, [m for m in current if COUNTED_AFTER.match(text, m.end)])
    if len(counted) >= 2 and not (titled and set(titled) <= set(counted)):
        titled = counted  # 'a sintilimab group (n = 22), a duplex group receiving ... (n = 23)'
    starts = [a for a, _ in sentences]
    hit = sorted({bisect_right(starts, m.start()) - 1 for m in RANDOMISED.finditer(text)} - {-1})
    for i in [i for i in hit if i > 0] + [
        i for i in hit if i == 0
    ]:  # a title's 'randomized' says less
        a, b = sentences[i]
        found = RANDOMISED.search(text, a, b)
        if found:
            optional = _with_or_without(text, current, [(a, b)])
            if optional:
                return optional
            arms = _distinct(
                text, [m for m in current if a <= m.start < b and not _optional(text, m, current)]
            )
            semi = text.find(";", found.end(), b)
            if semi > 0:  # '...to D+B+TACE, D+TACE, or PBO+TACE; D 1500 mg ± B (or PBO) ...'
                head = _distinct(text, [m for m in current if a <= m.start < semi])
                arms = head if len(head) >= 2 else arms
            if len(arms) >= 2:
                # 'randomised to pembro or pbo, each with chemotherapy': the title has the whole arms
                if titled and _refines(titled, arms):
                    return titled
                arms = _choice_arm(text, a, b, current, arms)
                return _with_backbone(text, a, b, current, arms)
    optional = _with_or_without(text, current, sentences[:1]) or _with_or_without(
        text, current, [s for s in sentences[1:] if STUDY_GROUPS.search(text, s[0], s[1])]
    )
    if optional:
        return optional  # '... with or without SBRT' in the title or the study's own sentence
    if titled:
        return titled
    single = _single_arm(text, current, sentences)
    if single:
        return [_fullest_single(single, current)]
    if sentences:
        a, b = sentences[0]
        arms = _distinct(text, [m for m in current if a <= m.start < b])
        if len(arms) == 1 and " or " in arms[0]:
            return arms[0].split(" or ")
        if len(arms) == 1 and any(m.prior and a <= m.start < b for m in mentions):
            return arms
    grouped = _distinct(text, [m for m in current if GROUP_AFTER.match(text, m.end)])
    if len(grouped) >= 2:
        # observational comparisons name their groups: 'the X group', 'Y alone'
        return _union_group(grouped, {m.regimen for m in current})
    arms = _without_bare_chemotherapy(_without_named_backbone(_distinct(text, current)))
    ever_prior = {m.regimen for m in mentions if m.prior}
    if len(arms) > 1 and any(a not in ever_prior for a in arms):
        # 'patients who discontinued atezo + bev and then received sor': a regimen the text
        # calls prior therapy anywhere is not one of the study's arms
        arms = [a for a in arms if a not in ever_prior]
    if len(arms) > 1 and (not COMPARING_WORDS.search(text) or _parts_only(text, current)):
        covering = _covering(current, current)
        if covering and not _counted_groups(text, current):
            return [
                covering
            ]  # 'Regorafenib/Nivolumab ...; the combination of regorafenib and nivolumab'
    return arms


def _worded_arms(text: str, current: list[Mention]) -> list[str]:
    """Groups the text defines in words ('the study group', 'the control group') are the
    arms, the control group last."""
    named = [m for m in current if m.alias and WORDED_GROUP_HINT.fullmatch(text, m.start, m.end)]
    if len({m.regimen for m in named}) < 2:
        return []
    control = [m.regimen for m in named if text[m.start : m.end].lower().startswith("control")]
    arms = [r for r in dict.fromkeys(m.regimen for m in named) if r not in control]
    return arms + list(dict.fromkeys(control))


GROUP_COUNT_BEFORE = re.compile(
    r"\b\d+\s+(?:patients\s+|pts\s+)?(?:(?:were\s+)?(?:treated|managed)\s+)?(?:with|received|receiving)\s+(?:the\s+)?$",
    re.I,
)


def _counted_groups(text: str, current: list[Mention]) -> bool:
    """'40 were treated with A (LPT), 16 with B (LPH) and 20 with C': groups with their own
    counts are arms of their own, not parts of one regimen."""
    counted = {
        m.regimen for m in current if GROUP_COUNT_BEFORE.search(text, max(0, m.start - 40), m.start)
    }
    return len(counted) >= 2


# 'Donafenib showed superior overall survival to sorafenib in the ZGDH3 trial': an opening
# sentence about earlier evidence, not this study's arms
CITED_CLAIM = re.compile(
    r"\bin\s+the\s+(?=[A-Za-z0-9-]*[A-Z][A-Za-z0-9-]*\d|[A-Z]{3,}\b)[A-Za-z0-9-]+\s+(?:phase\s+\S+\s+)?(?:trial|study)\b"
    r"|\b(?:has|have|had)\s+(?:been\s+)?(?:approved|shown|demonstrated|established)\b"
    r"|\b(?:is|are|was|were)\s+(?:now\s+|currently\s+)?(?:approved|recommended|the\s+(?:preferred|standard|recommended))\b"
    r"|\bstandard\s+(?:of\s+care|first[-\s]line|treatment|therapy)\b"
    r"|\b(?:showed|demonstrated)\s+(?:a\s+)?(?:superior|improved|significant|non-?inferior|survival\s+benefit)",
    re.I,
)
OWN_SECTION = re.compile(
    r"\b(?:METHODS?|Methods?|RESULTS|Results|FINDINGS|Findings|PATIENTS|Patients\s+and)\b"
)


def _without_cited(
    text: str, current: list[Mention], sentences: list[tuple[int, int]]
) -> list[Mention]:
    """Mentions in opening sentences that cite earlier evidence are dropped, when the study's
    own sentences still name a regimen."""
    own = OWN_SECTION.search(text)
    limit = own.start() if own else (sentences[2][0] if len(sentences) > 2 else 0)
    title = (
        sentences[0] if sentences and "\n" in text[sentences[0][1] : sentences[0][1] + 3] else None
    )
    cited = [
        (a, b)
        for a, b in sentences
        if a < limit
        and (a, b) != title
        and CITED_CLAIM.search(text, a, b)
        and not THIS_STUDY.search(text, a, b)
    ]
    if not cited:
        return current
    kept = [m for m in current if not any(a <= m.start < b for a, b in cited)]
    return kept if kept else current


COMPARING_WORDS = re.compile(
    r"\bv(?:ersu)?s\.?\b|\bcompar|\bcontrol\s+(?:arm|group|cohort)|\balone\b|\bmonotherapy\b|\bgroups?\b|\barms?\b|\bplacebo\b",
    re.I,
)


def _union_group(grouped: list[str], named: set[str]) -> list[str]:
    """'GC alone' and 'the durvalumab group' when the text also names 'durvalumab plus GC':
    the durvalumab group is the combination."""
    if len(grouped) != 2:
        return grouped
    union = normalise_combo(grouped)
    if union not in named:
        return grouped
    lex = load_lexicon()
    backbone = [
        g
        for g in grouped
        if all(lex.classes_of(p) & (BACKBONE_CLASSES | {"chemotherapy"}) for p in g.split(" + "))
    ]
    if len(backbone) != 1:
        return grouped
    return [union if g != backbone[0] else g for g in grouped]


def _without_named_backbone(arms: list[str]) -> list[str]:
    """'nivolumab plus chemotherapy ... oxaliplatin-based': a cytotoxic named beside an arm
    that already says 'chemotherapy' is part of that arm, not another one."""
    if not any("chemotherapy" in a.split(" + ") and " + " in a for a in arms):
        return arms
    lex = load_lexicon()
    return [
        a
        for a in arms
        if " + " in a or lex.classes_of(a) != {"chemotherapy"} or a == "chemotherapy"
    ]


def _without_bare_chemotherapy(arms: list[str]) -> list[str]:
    """'gemcitabine, cisplatin and durvalumab ... up to eight cycles of chemotherapy': the bare
    word names the cytotoxic part of an arm that already lists its drugs."""
    if "chemotherapy" not in arms or len(arms) < 2:
        return arms
    lex = load_lexicon()
    cytotoxic = any(
        "chemotherapy" in lex.classes_of(p) and p != "chemotherapy"
        for a in arms
        if a != "chemotherapy"
        for p in a.split(" + ")
    )
    return [a for a in arms if a != "chemotherapy"] if cytotoxic else arms


COUNTED_AFTER = re.compile(
    r"\s*(?:group|arm|cohort)?\s*[(\[]\s*(?:n\s*=\s*\d+|\d+\s+(?:patients|pts)\b)", re.I
)
GROUP_AFTER = re.compile(
    r"\s*(?:[-\u2010\u2011]\s*)?(?:group|arm|cohort|alone|monotherapy|recipients|users|treated\b|"
    r"\(\s*n\s*=|\(\s*\d+\s+patients)",
    re.I,
)


WITH_OR_WITHOUT = re.compile(
    rf"^\s*(?:{DOSE}\s*)?(?:\([^()]{{0,40}}\)\s*)?,?\s*(?:with\s+or\s+without|plus\s+or\s+minus|±|\+/-|and/or)\s+(?:the\s+)?(?:\w+\s+)?$",
    re.I,
)


WITH_OR_WITHOUT_HINT = alternation(r"with\s+or\s+without|plus\s+or\s+minus|±|\+/-|and/or", re.I)


OPTIONAL_BEFORE = re.compile(
    r"\bwith(?:\s+or)?\s+without\s+(?:the\s+)?$|\bwithout\s+(?:the\s+)?$", re.I
)


def _optional(text: str, m: Mention, current: list[Mention]) -> bool:
    """'FOLFIRI with or without bevacizumab or cetuximab': an optional addition inside one
    arm of a randomisation is not an arm of its own."""
    if OPTIONAL_BEFORE.search(text, max(0, m.start - 25), m.start):
        return True
    prev = [o for o in current if o.end <= m.start and m.start - o.end <= 6]
    return bool(
        prev
        and re.fullmatch(r"\s*(?:,|or)\s*", text[prev[-1].end : m.start])
        and OPTIONAL_BEFORE.search(text, max(0, prev[-1].start - 25), prev[-1].start)
    )


def _with_or_without(
    text: str, current: list[Mention], sentences: list[tuple[int, int]]
) -> list[str]:
    """'camrelizumab plus apatinib with or without SBRT' in one of the given sentences (the
    randomisation sentence, else the title): two arms, the one with the addition first."""
    low = text.lower()
    if "without" not in low and "minus" not in low and "±" not in text and "/" not in text:
        return []
    if not WITH_OR_WITHOUT_HINT.search(text):
        return []
    for a, b in sentences:
        inside = [m for m in current if a <= m.start < b]
        for i, (left, right) in enumerate(zip(inside, inside[1:], strict=False)):
            if left.regimen != right.regimen and WITH_OR_WITHOUT.match(
                text[left.end : right.start]
            ):
                if any(o.regimen not in (left.regimen, right.regimen) for o in inside[:i]):
                    break  # 'to pembrolizumab or to FOLFIRI with or without bevacizumab': a
                    # variation inside the second arm, not two arms
                return [normalise_combo([left.regimen, right.regimen]), left.regimen]
    return []


SINGLE_ARM_AND = re.compile(
    rf"\s*(?:{PAREN}\s*)?(?:{DOSE}\s*)?,?\s*(?:and|plus|with)\s+(?:oral\s+|intravenous\s+)?"
)
SINGLE_ARM = re.compile(r"\bsingle[-\u2010\u2011\s]arm|\bone[-\s]arm|\bsingle[-\s]group", re.I)


def _single_arm(text: str, current: list[Mention], sentences: list[tuple[int, int]]) -> str | None:
    """'In this single-arm phase II trial, 36 received lenvatinib, toripalimab and
    FOLFOX-HAIC': the regimen of the sentence that says single-arm (the fullest one)."""
    low = text.lower()
    if "arm" not in low and "group" not in low:
        return None
    for a, b in sentences:
        if SINGLE_ARM.search(text, a, b):
            named = [m for m in current if a <= m.start < b]
            fullest = _covering(named or current, current)
            if fullest:  # 'we evaluated SBRT ... followed by camrelizumab': one regimen covers both
                return fullest
            if len(named) >= 2 and all(
                SINGLE_ARM_AND.fullmatch(text[x.end : y.start])
                for x, y in zip(named, named[1:], strict=False)
            ):  # 'in this single-arm trial, patients received sintilimab and lenvatinib'
                return normalise_combo([m.regimen for m in named], load_lexicon())
            if named:
                return max(named, key=lambda m: (len(m.regimen.split(" + ")), -m.start)).regimen
            return None
    return None


COMPARED_BEFORE = re.compile(
    r"(?:\bv(?:ersu)?s\.?|\bcompared\s+(?:with|to)|\bthan|\bor)\s+(?:the\s+)?$", re.I
)


def _parts_only(text: str, current: list[Mention]) -> bool:
    """Where the text compares something, the single agents may still only be parts of the
    one regimen named whole ('TACE-HAIC plus lenvatinib and camrelizumab ... with lenvatinib
    (8 mg daily) and camrelizumab (200 mg)'): none of them is written as a group of its own."""
    covering = _covering(current, current)
    if covering is None:
        return False
    return not any(
        m.regimen != covering
        and (
            m.comparator
            or GROUP_AFTER.match(text, m.end)
            or COMPARED_BEFORE.search(text, max(0, m.start - 16), m.start)
            or STANDALONE.match(text[m.end : m.end + 40])
        )
        for m in current
    )


def _covering(named: list[Mention], current: list[Mention]) -> str | None:
    """The one regimen named in the text that contains every agent of `named`, if more than
    one regimen is named and such a regimen exists."""
    if len({m.regimen for m in named}) < 2:
        return None
    union = set().union(*(set(m.regimen.split(" + ")) for m in named))
    lex = load_lexicon()
    if "pd-1 inhibitor" in union and any(
        "anti-PD-1" in lex.classes_of(a) for a in union - {"pd-1 inhibitor"}
    ):
        union.discard("pd-1 inhibitor")  # 'penpulimab, an anti-PD-1 antibody, plus anlotinib'
    if "chemotherapy" in union and any(
        lex.classes_of(a) == {"chemotherapy"} for a in union - {"chemotherapy"}
    ):
        union.discard("chemotherapy")  # 'oxaliplatin and gemcitabine (Gemox) chemotherapy'
    covering = [
        m.regimen for m in current if not m.comparator and union <= set(m.regimen.split(" + "))
    ]
    return max(covering, key=lambda r: len(r.split(" + "))) if covering else None


def _fullest_single(single: str, current: list[Mention]) -> str:
    """'received camrelizumab and apatinib started after the first TACE' in the single-arm
    sentence, 'camrelizumab plus apatinib combined with TACE' in the conclusion: the one arm
    is the fullest regimen named elsewhere that adds only a procedure or chemotherapy."""
    lex = load_lexicon()
    parts = set(single.split(" + "))
    fuller = [
        m.regimen
        for m in current
        if not m.comparator
        and parts < set(m.regimen.split(" + "))
        and all(lex.classes_of(x) & BACKBONE_CLASSES for x in set(m.regimen.split(" + ")) - parts)
    ]
    return max(fuller, key=lambda r: len(r.split(" + "))) if fuller else single


RATIO = re.compile(r"\b(\d)\s*:\s*(\d)(?:\s*:\s*(\d))?(?:\s*:\s*(\d))?\b")


def _choice_arm(text: str, a: int, b: int, current: list[Mention], arms: list[str]) -> list[str]:
    """'randomized 1:1 to NIVO + IPI, or LEN or SOR': one more regimen than the ratio has
    parts means two of them, joined by 'or', are one investigator's-choice arm."""
    ratio = RATIO.search(text, a, b)
    if not ratio:
        return arms
    parts = sum(1 for g in ratio.groups() if g)
    if len(arms) != parts + 1:
        return arms
    inside = [m for m in current if a <= m.start < b and m.regimen in arms]
    for left, right in zip(inside, inside[1:], strict=False):
        lex = load_lexicon()
        kinds = (lex.classes_of(left.regimen), lex.classes_of(right.regimen))
        if (
            left.regimen != right.regimen
            and kinds[0] & kinds[1]
            and "placebo" not in kinds[0] | kinds[1]
            and re.fullmatch(rf"\s*(?:{DOSE})?\s*or\s+", text[left.end : right.start])
        ):
            name = f"{left.regimen} or {right.regimen}"
            swapped = f"{right.regimen} or {left.regimen}"
            name = swapped if swapped in lex.regimens and name not in lex.regimens else name
            out = [r for r in arms if r not in (left.regimen, right.regimen)]
            out.insert(arms.index(left.regimen), name)
            return out
    return arms


LABEL_ONLY = re.compile(r"\s*(?:Objectives?|OBJECTIVES?|Aims?|AIMS?|Purpose|PURPOSE)\s*:?\s*")


def _title_arms(text: str, current: list[Mention], sentences: list[tuple[int, int]]) -> list[str]:
    """Two or more arms compared in the first sentence ('A plus B vs C plus B')."""
    if not sentences:
        return []
    a, b = sentences[0]
    if len(sentences) > 1 and LABEL_ONLY.fullmatch(text[a:b]):
        a, b = sentences[1]  # 'Objective: To compare X with Y alone ...' stands in for a title
        if not re.match(r"\s*(?:to|we)\s+compar", text[a:b], re.I):
            return []
    arms = _distinct(text, [m for m in current if a <= m.start < b])
    if len(arms) >= 2 and re.search(
        r"\bv(?:ersu)?s\.?\b|\bv\b|compar(?:e|ed|ing)\b|\bor\b", text[a:b], re.I
    ):
        return arms
    return []


EACH_WITH = re.compile(
    r"\b(?:each|both|all)\s+(?:\w+\s+){0,2}?(?:with|plus|combined\s+with|in\s+combination\s+with|"
    r"given\s+with|on\s+a\s+background\s+of)\s+(?:the\s+)?$",
    re.I,
)


def _with_backbone(text: str, a: int, b: int, current: list[Mention], arms: list[str]) -> list[str]:
    """'randomly assigned to durvalumab or placebo, each combined with gemcitabine and
    cisplatin': the shared backbone belongs to every arm named before it."""
    lex = load_lexicon()
    for m in current:
        if not a <= m.start < b:
            continue
        each = EACH_WITH.search(text, max(a, m.start - 60), m.start)
        trailing = BACKBONE_WITH.search(text, max(a, m.start - 30), m.start) and all(
            lex.classes_of(p) & BACKBONE_CLASSES for p in m.regimen.split(" + ")
        )
        if each or trailing:
            before = _distinct(text, [o for o in current if a <= o.start < m.start])
            if len(before) >= 2:
                return [normalise_combo([arm, m.regimen], lex) for arm in before]
        before = _distinct(text, [o for o in current if a <= o.start < m.start])
        if (
            len(before) == 2
            and "placebo" in before
            and PLUS_BEFORE.search(text, max(a, m.start - 12), m.start)
        ):  # 'pembro or placebo IV Q3W for up to 35 cycles plus trastuzumab and chemo'
            rest = [o.regimen for o in current if m.start <= o.start < b]
            return [normalise_combo([arm, *rest], lex) for arm in before]
    return arms


PLUS_BEFORE = re.compile(r"\b(?:plus|in\s+combination\s+with|combined\s+with)\s+(?:the\s+)?$", re.I)


# 'randomly assigned to sintilimab (n=327) or placebo (n=332) with chemotherapy'
BACKBONE_WITH = re.compile(
    r"(?:\)\s*,?|,)\s*(?:with|plus|in\s+combination\s+with|combined\s+with)\s+(?:the\s+)?$"
    # 'durvalumab or placebo in combination with gemcitabine plus cisplatin'
    r"|\w\s+(?:in\s+combination\s+with|combined\s+with)\s+(?:the\s+)?$",
    re.I,
)
BACKBONE_CLASSES = {"chemotherapy", "locoregional", "radiotherapy"}


def _refines(titled: list[str], arms: list[str]) -> bool:
    """Each randomised arm is part of a different, larger title arm, in the same number; a
    backbone every title arm shares ('each with chemotherapy') is not an arm of its own."""
    lex = load_lexicon()
    backbone = set.intersection(*(set(t.split(" + ")) for t in titled))
    chemo_backbone = any("chemotherapy" in lex.classes_of(b) for b in backbone)
    arms = [
        a
        for a in arms
        if set(a.split(" + ")) - backbone
        and not (chemo_backbone and lex.classes_of(a) == {"chemotherapy"})
    ]
    if len(titled) != len(arms) or titled == arms:
        return False
    used: set[int] = set()
    for arm in arms:
        parts = set(arm.split(" + "))
        fit = next(
            (i for i, t in enumerate(titled) if i not in used and parts <= set(t.split(" + "))),
            None,
        )
        if fit is None:
            return False
        used.add(fit)
    return True


STANDALONE = re.compile(
    r"^\s*[-\u2010\u2011]?\s*(?:\d[\d,]*(?:[.·]\d+)?\s*mg\S*\s*(?:(?:once|twice)\s+daily\s*|daily\s*|every\s+\d+\s+(?:weeks?|days?)\s*|Q\dW\s*)?)?"
    r"(?:\([^()]{0,40}\)\s*(?=,?\s*or\b))?(?:alone|monotherapy|\(\s*n\s*=|,?\s*or\b)",
    re.I,
)


SINGLE_BEFORE = re.compile(r"(?:single[-\u2010\u2011\s]agent|monotherapy\s+with)\s+$", re.I)
# '19.9 months with A plus B, 15.8 months with A': a value of its own makes A an arm
VALUE_WITH_BEFORE = re.compile(
    r"\d\s*(?:months?|mo|%|weeks?)\s*(?:\([^()]{0,40}\)\s*)?with\s+$", re.I
)
SEQUENCE_BEFORE = re.compile(
    r"(?:followed\s+by|then|maintenance|switch\w*\s+to)\s+(?:\w+\s+){0,2}$", re.I
)


def _group_beside_group(text: str, m: Mention, mentions: list[Mention]) -> bool:
    """'31 cases in the sintilimab plus TACE group and 35 in the TACE group': where the
    combination is named as a group, a part of it named as a group is the other arm."""
    if not GROUP_WORD_AFTER.match(text, m.end):
        return False
    return any(
        " + " in c.regimen
        and m.regimen in c.regimen.split(" + ")
        and GROUP_WORD_AFTER.match(text, c.end)
        for c in mentions
    )


def _distinct(text: str, mentions: list[Mention]) -> list[str]:
    """First-seen order; a single agent inside a listed combination (e.g. maintenance
    nivolumab after nivolumab plus ipilimumab) is not an arm unless written as one."""
    out: list[str] = []
    for m in mentions:
        if m.regimen in out:
            continue
        earlier = [c.regimen for c in mentions if " + " in c.regimen and c.end <= m.start]
        inside = any(m.regimen in c.split(" + ") for c in earlier)
        if (
            inside
            and not m.comparator
            and not SINGLE_BEFORE.search(text, max(0, m.start - 20), m.start)
            and not VALUE_WITH_BEFORE.search(text, max(0, m.start - 30), m.start)
            and (
                not STANDALONE.match(text[m.end : m.end + 40])
                or SEQUENCE_BEFORE.search(text, max(0, m.start - 40), m.start)
            )
            and not _group_beside_group(text, m, mentions)
        ):
            continue
        out.append(m.regimen)
    return out
