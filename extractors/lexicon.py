"""Regimen and trial-acronym lexicons, loaded from the JSONL data files beside this module.

Everything about drug names lives in `lexicon/regimens.jsonl` so that a new agent is a data
change, not a code change. This module only reads it and offers normalisation helpers.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

LEXICON_DIR = Path(__file__).parent / "lexicon"

# Agents that describe background care rather than an arm; dropped from combinations.
BACKGROUND = frozenset({"best supportive care"})


@dataclass(frozen=True)
class Agent:
    """One agent (or locoregional modality) with its drug classes and canonical rank."""

    id: str
    classes: tuple[str, ...]
    rank: int


@dataclass
class Lexicon:
    """Everything the regimen ruler and normaliser need, built once from the data files."""

    agents: dict[str, Agent] = field(default_factory=dict)
    regimens: dict[str, tuple[str, ...]] = field(default_factory=dict)
    synonyms: dict[str, str] = field(default_factory=dict)  # surface form -> regimen/agent id

    def known_combo(self, parts: list[str]) -> bool:
        """True when the agents form a combination listed in the lexicon."""
        key = normalise_combo(parts, self)
        return key in self.regimens

    def classes_of(self, regimen: str) -> set[str]:
        """Drug classes of every agent in a (possibly combined) regimen id."""
        out: set[str] = set()
        for part in regimen.split(" + "):
            agent = self.agents.get(part)
            if agent:
                out.update(agent.classes)
        return out


def _read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Read regimens.jsonl once; agents first so combinations can be validated against them."""
    lex = Lexicon()
    rows = _read_jsonl(LEXICON_DIR / "regimens.jsonl")
    for row in rows:
        if row["kind"] == "agent":
            lex.agents[row["id"]] = Agent(row["id"], tuple(row["classes"]), int(row["rank"]))
    for row in rows:
        rid = row["id"]
        if row["kind"] == "regimen":
            missing = [c for c in row["components"] if c not in lex.agents]
            if missing:
                raise ValueError(f"regimen {rid!r} names unknown agents {missing}")
            lex.regimens[rid] = tuple(row["components"])
        lex.synonyms.setdefault(rid.lower(), rid)
        for syn in row["synonyms"]:
            lex.synonyms.setdefault(syn.lower() if _case_free(syn) else syn, rid)
    return lex


def _case_free(surface: str) -> bool:
    """Long, mixed-case names match case-insensitively; short or all-caps codes stay exact."""
    letters = re.sub(r"[^A-Za-z]", "", surface)
    if letters.islower() and len(letters) >= 3:
        return True
    return len(letters) > 3 and not letters.isupper()


def normalise_combo(parts: list[str], lex: Lexicon | None = None) -> str:
    """Canonical regimen name: agents de-duplicated, ordered by class rank then name."""
    lex = lex or load_lexicon()
    agents: list[str] = []
    for part in parts:
        for piece in part.split(" + "):
            if piece not in agents and piece not in BACKGROUND:
                agents.append(piece)
    if not agents:
        return " + ".join(parts)
    if "chemotherapy" in agents and any(
        a != "chemotherapy" and lex.classes_of(a) == {"chemotherapy"} for a in agents
    ):
        agents.remove("chemotherapy")  # 'chemotherapy with gemcitabine and cisplatin'
    return " + ".join(sorted(agents, key=lambda a: (_rank(a, lex), a)))


def _rank(agent: str, lex: Lexicon) -> int:
    found = lex.agents.get(agent)
    return found.rank if found else 7


def ruler_patterns(lex: Lexicon | None = None) -> list[dict]:
    """SpanRuler patterns for every surface form: phrase patterns, or exact-text token
    patterns for short codes such as "A+B" or "SOR" that must not match common words."""
    lex = lex or load_lexicon()
    patterns: list[dict] = []
    for surface, rid in sorted(lex.synonyms.items()):
        if _case_free(surface) or surface == rid.lower():
            patterns.append({"label": "REGIMEN", "pattern": surface, "id": rid})
        else:
            patterns.append({"label": "REGIMEN", "pattern": surface, "id": rid, "exact": True})
    return patterns


@dataclass(frozen=True)
class Acronym:
    """A known trial acronym and the regex that finds its spelling variants."""

    name: str
    regex: re.Pattern[str]


def _variant_regex(variant: str) -> str:
    chunks = re.findall(r"[A-Za-z]+|\d+", variant)
    return r"[\s\-\u2010\u2011\u2013]?".join(re.escape(c) for c in chunks)


@lru_cache(maxsize=1)
def load_acronyms() -> tuple[Acronym, ...]:
    """Trial acronyms from acronyms.jsonl; spacing and hyphen variants are tolerated."""
    out = []
    for row in _read_jsonl(LEXICON_DIR / "acronyms.jsonl"):
        forms = [row["acronym"], *row["variants"]]
        alternatives = sorted({_variant_regex(f) for f in forms}, key=len, reverse=True)
        body = "|".join(alternatives)
        out.append(Acronym(row["acronym"], re.compile(rf"(?<![\w-])(?:{body})(?![\w])", re.I)))
    return tuple(out)
