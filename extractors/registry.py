"""Registry results written out as text: ClinicalTrials.gov outcome-measure blocks.

Posted results arrive as tables, not sentences: an 'Arm/Group Title | A | B' header names
the columns once, each 'Outcome Measure' block names the endpoint once, and the values
follow in columns ('Median (95% Confidence Interval) Unit of Measure: months | 13.9 (11.6 to
16.0) | 10.6 (8.3 to 13.5)'). Sentence rules cannot see that layout, so this module reads
it: the endpoint comes from the block title's cues, the arm from the column, the unit from
'Unit of Measure', and the counts from 'STARTED' / 'Number of Participants Analyzed'.
Blocks it cannot read are left to the sentence rules.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from extractors.assign import Context
from extractors.lexicon import normalise_combo
from extractors.numbers import NUMBER, parse_float

BLOCK_START = re.compile(
    r"(?:(?:Primary|Secondary|Other)\s+)?Outcome\s+Measure\b[^:\n]{0,12}:?", re.I
)
ARM_HEADER = re.compile(r"Arm/Group\s+Title\s*[:|]", re.I)
CELL_VALUE = re.compile(
    rf"\s*(?P<v>{NUMBER}|NA|NR|NE)\s*(?:\(\s*(?:\d+%\s*(?:Confidence\s+Interval|CI)\s*:?\s*)?"
    rf"(?P<lo>{NUMBER}|NA|NR|NE)\s*(?:to|-|\u2013|,)\s*(?P<hi>{NUMBER}|NA|NR|NE)\s*\))?\s*(?:\[\d+\]\s*)?$",
    re.I,
)
UNIT = re.compile(r"Unit\s+of\s+Measure\s*:\s*(?P<u>[A-Za-z ]+?)\s*(?:\||:|$)", re.I | re.M)
COUNT_ROW = re.compile(
    r"\s*(?:STARTED|(?:Overall\s+)?Number\s+of\s+Participants\s+Analy[sz]ed)\s*(?P<sep>[|:]|\s)",
    re.I,
)
HR_TEXT = re.compile(
    rf"Hazard\s+Ratio(?:\s*\([^()]*\))?\s*:?\s*(?P<v>{NUMBER})\s*[;,]?\s*(?:(?P<lvl>\d+(?:\.\d+)?)%\s*)?"
    rf"(?:Confidence\s+Interval|CI)\s*:?\s*(?:\([^()]*\)\s*)?(?P<lo>{NUMBER})\s*(?:to|-|\u2013)\s*(?P<hi>{NUMBER})",
    re.I,
)
SINGLE_VALUE_LINE = re.compile(
    rf"^(?:[^:\n]*:\s*){{0,3}}(?P<cell>(?:{NUMBER}|NA)\s*(?:\([^()]*\))?)\s*(?:\[\d+\]\s*)?$",
    re.I,
)
TIMEPOINT = re.compile(
    r"\bat\s+(?P<n>\d+)\s*(?P<u>months?|years?)|(?P<n2>\d+)[-\s](?P<u2>month|year)", re.I
)
TIME_UNITS = {"OS": "mOS", "PFS": "mPFS", "TTP": "mTTP", "DOR": "mDOR"}
RATE_UNITS = {"OS": "OS_RATE", "PFS": "PFS_RATE"}


@dataclass
class Column:
    start: int
    end: int
    arm: str | None


def has_registry_layout(text: str) -> bool:
    """Cheap test: only registry records name outcome measures this way."""
    return "Outcome Measure" in text or "outcome measure" in text.lower()


def registry_findings(ctx: Context) -> list[dict]:
    """Findings read from outcome-measure blocks and participant-count rows."""
    text = ctx.text
    columns = _columns(ctx)
    out: list[dict] = []
    out += _count_rows(ctx, columns)
    starts = [m.start() for m in BLOCK_START.finditer(text)]
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else len(text)
        out += _block(ctx, start, end, columns)
    return out


def _columns(ctx: Context) -> list[Column]:
    """Arm columns from the 'Arm/Group Title' row; else the study's arms in order."""
    text = ctx.text
    header = ARM_HEADER.search(text)
    if header:
        line_end = _line_end(text, header.end())
        cells = _cells(text, header.end(), line_end)
        if "|" not in text[header.end() : line_end]:
            cells = cells[:1]  # 'Arm/Group Title: Toripalimab + Bevacizumab | STARTED 54 | ...'
        columns = [Column(a, b, _cell_arm(ctx, a, b)) for a, b in cells]
        if columns and all(c.arm for c in columns):
            return columns
    return [Column(-1, -1, arm) for arm in ctx.arms] or [Column(-1, -1, None)]


def _cell_arm(ctx: Context, a: int, b: int) -> str | None:
    inside = [m for m in ctx.mentions if a <= m.start < b]
    if not inside:
        return None
    regimen = normalise_combo([m.regimen for m in inside])
    parts = [p for p in regimen.split(" + ") if p != "best supportive care"]
    return " + ".join(parts) if parts else regimen


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cell spans of a '|'-separated row, trimmed."""
    out, pos = [], start
    for piece in text[start:end].split("|"):
        a = pos + len(piece) - len(piece.lstrip())
        b = pos + len(piece.rstrip())
        if b > a:
            out.append((a, b))
        pos += len(piece) + 1
    return out


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _count_rows(ctx: Context, columns: list[Column]) -> list[dict]:
    """'STARTED | 278 | 135', 'Number of Participants Analyzed: 54': one N per arm."""
    text, out, seen = ctx.text, [], set()
    pos = 0
    while pos < len(text):
        end = _line_end(text, pos)
        row = COUNT_ROW.match(text, pos, end)
        if row:
            numbers = list(
                re.finditer(
                    r"(?<![\d.])\d{1,3}(?:,\d{3})+|(?<![\d.])\d+(?![\d.])", text[row.end() : end]
                )
            )
            for col, num in zip(columns, numbers, strict=False):
                value = int(num.group(0).replace(",", ""))
                key = (col.arm, value)
                if col.arm and key not in seen:
                    seen.add(key)
                    s = row.end() + num.start()
                    out.append(
                        _finding(
                            ctx,
                            "N",
                            value,
                            s,
                            s + len(num.group(0)),
                            col.arm,
                            "patients",
                            None,
                            None,
                            "N.registry",
                        )
                    )
        pos = end + 1
    # 'Participant Flow: Arm/Group Title: X | STARTED 54 | ...' on one line
    for m in re.finditer(r"\|\s*STARTED\s+(?P<n>\d+)", text):
        col = columns[0]
        value = int(m["n"])
        if col.arm and (col.arm, value) not in seen:
            seen.add((col.arm, value))
            out.append(
                _finding(
                    ctx,
                    "N",
                    value,
                    m.start("n"),
                    m.end("n"),
                    col.arm,
                    "patients",
                    None,
                    None,
                    "N.registry",
                )
            )
    return out


def _block(ctx: Context, start: int, end: int, columns: list[Column]) -> list[dict]:
    text = ctx.text
    title_end = _line_end(text, start)
    family, ae = _family(ctx, start, title_end)
    if family is None:
        return []
    unit_match = UNIT.search(text, start, end)
    unit = unit_match["u"].lower() if unit_match else ""
    percent = "percent" in unit or "%" in unit
    endpoint = _endpoint(family, ae, percent, unit)
    timepoint = None
    if endpoint is None and percent and family in RATE_UNITS:
        when = TIMEPOINT.search(text, start, title_end)
        if when:  # 'Progression-Free Survival Rate at 6 Months'
            n, u = (when["n"], when["u"]) if when["n"] else (when["n2"], when["u2"])
            endpoint, timepoint = (
                RATE_UNITS[family],
                f"{int(n) * (12 if u.lower().startswith('y') else 1)} months",
            )
    out: list[dict] = []
    if endpoint:
        rows = _value_rows(ctx, start, end, columns, endpoint, "%" if percent else "months")
        for f in rows:
            f["timepoint"] = timepoint
        out += rows
    hr = HR_TEXT.search(text, start, end)
    if hr and family in ("OS", "PFS") and columns[0].arm:
        lo, hi = parse_float(hr["lo"]), parse_float(hr["hi"])
        out.append(
            _finding(
                ctx,
                f"HR_{family}",
                parse_float(hr["v"]),
                hr.start("v"),
                hr.end("v"),
                columns[0].arm,
                "ratio",
                lo,
                hi,
                "HR.registry",
            )
        )
    return out


def _family(ctx: Context, start: int, end: int) -> tuple[str | None, str | None]:
    """The endpoint family named by the block title: its first endpoint cue."""
    for cue in ctx.cues:
        if start <= cue.start < end and cue.is_endpoint:
            if cue.label in ("TRAE", "AE", "IRAE"):
                return ("AE", cue.ae_endpoint) if cue.ae_endpoint else (None, None)
            if cue.label in ("OS", "PFS", "TTP", "DOR", "ORR", "DCR"):
                return cue.label, None
    return None, None


def _endpoint(family: str, ae: str | None, percent: bool, unit: str) -> str | None:
    if family == "AE":
        return ae if percent else None
    if family in ("ORR", "DCR"):
        return family if percent or not unit else None
    if percent:
        return None  # a survival rate needs its timepoint, which the title rarely gives
    if "month" in unit or "week" in unit or not unit:
        return TIME_UNITS.get(family)
    return None


def _value_rows(
    ctx: Context, start: int, end: int, columns: list[Column], endpoint: str, unit: str
) -> list[dict]:
    """Column values of the block: a '|' row, or one bare value line for a single arm."""
    text, out = ctx.text, []
    pos = _line_end(text, start) + 1
    while pos < end:
        line_end = min(_line_end(text, pos), end)
        line = text[pos:line_end]
        if re.match(
            r"\s*(?:Statistical\s+Analysis|Description|Time\s+Frame|Overall\s+Number|Number\s+of\s+Participants)",
            line,
            re.I,
        ):
            pos = line_end + 1
            continue
        if "|" in line:
            cells = _cells(text, pos, line_end)
            values = [(a, b, CELL_VALUE.match(text[a:b])) for a, b in cells]
            values = [(a, b, m) for a, b, m in values if m]
            if values and len(values) == len(columns):
                for col, (a, _b, m) in zip(columns, values, strict=True):
                    out.append(_cell_finding(ctx, endpoint, a, m, col.arm, unit))
                return out
        elif len(columns) == 1:
            single = SINGLE_VALUE_LINE.match(line)
            if single:
                a = pos + single.start("cell")
                m = CELL_VALUE.match(text, a, pos + single.end("cell"))
                if m:
                    out.append(_cell_finding(ctx, endpoint, a, m, columns[0].arm, unit))
                    return out
        pos = line_end + 1
    return out


def _bound(token: str | None) -> float | None:
    if token is None or not token[:1].isdigit():
        return None
    return parse_float(token)


def _cell_finding(
    ctx: Context, endpoint: str, a: int, m: re.Match[str], arm: str | None, unit: str
) -> dict:
    vs, ve = a + m.start("v") - m.start(), a + m.end("v") - m.start()
    value = _bound(m["v"])
    return _finding(
        ctx,
        endpoint,
        value,
        vs,
        ve,
        arm,
        unit,
        _bound(m["lo"]),
        _bound(m["hi"]),
        f"{endpoint}.registry",
    )


def _finding(
    ctx: Context,
    endpoint: str,
    value: float | None,
    start: int,
    end: int,
    arm: str | None,
    unit: str,
    lo: float | None,
    hi: float | None,
    pattern_id: str,
) -> dict:
    starts = [s for s, _ in ctx.sentences]
    i = max(0, bisect_right(starts, start) - 1)
    a, b = ctx.sentences[i] if ctx.sentences else (0, len(ctx.text))
    if not a <= start < b:
        a, b = start, end
    return {
        "endpoint": endpoint,
        "value": float(value) if value is not None else None,
        "value_text": ctx.text[start:end],
        "unit": unit,
        "ci_low": lo,
        "ci_high": hi,
        "ci_level": 95 if lo is not None or hi is not None else None,
        "p_value": None,
        "arm": arm,
        "arm_text": None,
        "timepoint": None,
        "subgroup": None,
        "criterion": None,
        "confirmed": None,
        "n": int(value) if endpoint == "N" and value is not None else None,
        "start": start,
        "end": end,
        "quote": ctx.text[a:b],
        "sentence_start": a,
        "pattern_id": pattern_id,
    }
