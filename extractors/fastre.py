"""Case-insensitive alternations that the regex engine can scan quickly.

Under re.IGNORECASE, Python's `re` gives a pattern no literal or first-character prefix when
it opens with a cased letter, a lookbehind or `\\b`, so `search`/`finditer` runs the whole
pattern at every character of the text. `alternation` compiles the same alternatives
behind a case-sensitive first-character class, which the engine skips through in C:

    "A" | "(?<!non)rB" | "\\bcD"  ->  (?-i:[AaRrCc])(?:(?<=A)|(?<!non.)(?<=r)B|(?<!\\w.)(?<=c)D)

The match is the same at every position: each alternative still checks its own first
character (with the pattern's flags) by a lookbehind, leading lookbehinds are widened by
that one character, and `\\b` before a word character becomes "no word character before
it". Alternatives stay in their order. tests/extractors/test_fastre.py compares every
pattern built here with its plain `re.compile("|".join(alternatives))`.
"""

from __future__ import annotations

import re

# Beyond ASCII, these are the only characters an ASCII letter matches under re.IGNORECASE
# ('i' also matches U+0130 and U+0131, 's' U+017F, 'k' U+212A).
_FOLD_EXTRA = "\u0130\u0131\u017f\u212a"
BUILT: list[tuple[str, int]] = []  # every (pattern, flags) built here, for the tests
_LEAD = re.compile(r"\\b|\(\?<[=!](?:\\.|[^()\\])*\)")


def _first_char(alt: str) -> tuple[str, int]:
    """The alternative's first atom after its leading assertions: a plain character or an
    escaped punctuation character; returns it and where it ends."""
    if alt[:1] == "\\":
        ch = alt[1:2]
        if ch.isalnum() or not ch:
            raise ValueError(f"unsupported first atom in {alt!r}")
        return alt[:2], 2
    ch = alt[:1]
    if not ch or ch in ".^$*+?{}[]()|":
        raise ValueError(f"unsupported first atom in {alt!r}")
    return ch, 1


def _rewrite(alt: str, flags: int) -> tuple[str, set[str]]:
    leads: list[str] = []
    pos = 0
    while m := _LEAD.match(alt, pos):
        leads.append(m.group(0))
        pos = m.end()
    atom, size = _first_char(alt[pos:])
    rest = alt[pos + size :]
    char = atom[-1]
    candidates = {chr(i) for i in range(128)} | set(_FOLD_EXTRA)
    candidates |= {char, char.lower(), char.upper(), char.casefold(), char.swapcase()}
    firsts = {c for c in candidates if len(c) == 1 and re.fullmatch(atom, c, flags)}
    shifted = []
    for lead in leads:
        if lead == r"\b":
            if not re.fullmatch(r"\w", char):
                raise ValueError(f"\\b before a non-word character in {alt!r}")
            shifted.append(r"(?<!\w.)")
        else:
            shifted.append(lead[:-1] + ".)")
    return "".join(shifted) + f"(?<={atom})" + rest, firsts


def _split_top(pattern: str) -> list[str]:
    """Top-level alternatives of a pattern (respecting groups, classes and escapes)."""
    out, depth, cls, start, i = [], 0, False, 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if cls:
            cls = c != "]"
        elif c == "[":
            cls = True
            if pattern[i + 1 : i + 2] == "]":
                i += 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out


def alternation(pattern: str, flags: int = re.I) -> re.Pattern[str]:
    """`re.compile(pattern, flags)` for a top-level alternation, with a first-character
    prefix the engine can use; same matches, spans and groups."""
    parts, firsts = [], set()
    for alt in _split_top(pattern):
        rewritten, chars = _rewrite(alt, flags)
        parts.append(rewritten)
        firsts |= chars
    klass = "".join(re.escape(c) for c in sorted(firsts))
    BUILT.append((pattern, flags))
    return re.compile(f"(?-i:[{klass}])(?:{'|'.join(parts)})", flags)


def _leading_group(pattern: str) -> tuple[str, str] | None:
    """('A|B', 'T') for a pattern written '(?:A|B)T', else None."""
    if not pattern.startswith("(?:"):
        return None
    depth, cls, i = 0, False, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if cls:
            cls = c != "]"
        elif c == "[":
            cls = True
            if pattern[i + 1 : i + 2] == "]":
                i += 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return pattern[3:i], pattern[i + 1 :]
        i += 1
    return None


def prefixed(rx: re.Pattern[str]) -> re.Pattern[str]:
    """`rx` with a first-character prefix where `alternation` can give it one, else `rx`.

    A top-level alternation is passed to `alternation` as it is. A pattern that opens with
    an alternation in a non-capturing group, '(?:A|B)T', is first written 'AT|BT': the
    engine tries A then T, then B then T, either way, so matches are the same. Patterns
    with capturing groups are left alone (writing T twice would number them anew)."""
    if rx.groups:
        return rx
    candidates = [rx.pattern]
    lead = _leading_group(rx.pattern)
    if lead is not None:
        candidates.insert(0, "|".join(alt + lead[1] for alt in _split_top(lead[0])))
    for pattern in candidates:
        try:
            fast = alternation(pattern, rx.flags)
        except (ValueError, re.error):
            continue
        PREFIXED.append((rx, fast))
        return fast
    return rx


PREFIXED: list[tuple[re.Pattern[str], re.Pattern[str]]] = []  # (plain, prefixed), for the tests


# Characters that re.IGNORECASE matches to an ASCII letter but that lower-case to something
# else ('İ', 'ı', 'ſ'; the Kelvin sign lower-cases to 'k'): where one occurs, literals
# found in the lower-cased text do not mark every place a pattern can match.
FOLDS_OUTSIDE_LOWER = ("\u0130", "\u0131", "\u017f")


def opening_literals(pattern: str) -> tuple[str, ...] | None:
    """Lower-case ASCII strings one of which every match of `pattern` contains: the run of
    literal characters each top-level alternative opens with, after zero-width assertions
    (descending into groups). None when some alternative opens otherwise."""
    try:
        from re import _constants as sre
        from re import _parser as sre_parse
    except ImportError:  # pragma: no cover - other Python versions: no shortcut
        return None

    def opening(items) -> list[str] | None:
        items = list(items)
        i = 0
        while i < len(items) and items[i][0] in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
            i += 1
        run = ""
        while i < len(items) and items[i][0] is sre.LITERAL:
            run += chr(items[i][1])
            i += 1
        tails: list[str] | None = None  # what the group or alternation after the run opens with
        if i < len(items) and items[i][0] is sre.SUBPATTERN:
            tails = opening(items[i][1][-1])
        elif i < len(items) and items[i][0] is sre.BRANCH:
            tails = []
            for alt in items[i][1][1]:
                tail = opening(alt)
                if tail is None:
                    tails = None
                    break
                tails += tail
        if tails is None:
            return [run] if run else None
        return [run + tail for tail in tails]

    try:  # parsed case-sensitively, so each letter stays one LITERAL; the run then occurs
        # in the lower-cased text whenever the pattern matches under re.IGNORECASE
        lits = opening(sre_parse.parse(pattern))
    except Exception:  # pragma: no cover - an unexpected tree: no shortcut
        return None
    if not lits or not all(lit and lit.isascii() for lit in lits):
        return None
    return tuple(dict.fromkeys(lit.lower() for lit in lits))


def min_width(pattern: str, flags: int = 0) -> int:
    """The fewest characters a match of `pattern` spans (0 when unknown)."""
    try:
        from re import _parser as sre_parse

        return sre_parse.parse(pattern, flags).getwidth()[0]
    except Exception:  # pragma: no cover
        return 0


def aligned_lower(text: str) -> str | None:
    """`text.lower()` when its offsets are text's and every re.IGNORECASE match of an ASCII
    literal in text shows as that literal in it; else None."""
    low = text.lower()
    if len(low) != len(text) or any(c in text for c in FOLDS_OUTSIDE_LOWER):
        return None
    return low


def literal_starts(low: str, literals) -> list[int]:
    """Every offset where one of `literals` occurs in `low`, sorted."""
    starts = set()
    for lit in literals:
        pos = low.find(lit)
        while pos >= 0:
            starts.add(pos)
            pos = low.find(lit, pos + 1)
    return sorted(starts)


def finditer_at(rx: re.Pattern[str], text: str, starts: list[int]):
    """`rx.finditer(text)` for a pattern that never matches empty and can match only at
    `starts` (sorted): tried there only, each after the end of the last match, as finditer
    tries every position."""
    end = 0
    for pos in starts:
        if pos >= end and (m := rx.match(text, pos)):
            yield m
            end = m.end()
