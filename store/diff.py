"""Matching new findings against the review and against each other.

Every extracted or registry result is compared with the review's baseline
row and with earlier non-baseline findings that answer the same question:
same trial (or study), same arm (as a set of agents), compatible setting,
same endpoint, timepoint and subgroup. The outcome is one change, written
through `record_change`:

- NEW_RESULT: nothing known before (e.g. the first OS of a Table 4 trial);
- UPDATED_RESULT: a value different from the latest known one (old -> new);
- CONFIRMED: equal to a known value within reporting precision (see
  `same_value`): recorded as reported, never alerted;
- CONFLICT: a value that disagrees with another current non-baseline
  finding (same run, or detected within `window_days`).

A finding counts as matched once a change of one of these four kinds names it
in `changes.finding_id`; every outcome's identity contains the finding's
fingerprint (CONFLICT: the disagreeing values instead), so matching again is
a no-op and no schema column is needed.
"""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

import sqlite_utils

from store.changes import record_change
from store.db import fingerprint

MATCH_KINDS = ("NEW_RESULT", "UPDATED_RESULT", "CONFIRMED", "CONFLICT")
ROLE_ARMS = {"experimental", "control", "overall", "all", "total", "single arm", "single-arm"}
NOT_REACHED = re.compile(r"^\s*(not\s+reached|nr|not\s+estimable|ne|not\s+evaluable)\b", re.I)
NUMBER = re.compile(r"[-+]?\d+(?:\.(\d+))?")
EMPTY_SETTINGS = {"", "not stated", None}

# Agent aliases: abbreviations, code names and brand names seen in HCC papers
# and registry arm titles, mapped to the generic name the baseline uses.
AGENT_ALIASES: dict[str, tuple[str, ...]] = {
    "atezolizumab": ("atezo", "tecentriq", "mpdl3280a"),
    "bevacizumab": ("bev", "bevacizumab biosimilar", "ibi305", "avastin"),
    "sorafenib": ("sora", "nexavar"),
    "lenvatinib": ("lenva", "lenvima", "e7080"),
    "regorafenib": ("rego", "stivarga"),
    "cabozantinib": ("cabo", "cabometyx", "xl184"),
    "ramucirumab": ("ramu", "cyramza"),
    "nivolumab": ("nivo", "opdivo"),
    "ipilimumab": ("ipi", "yervoy"),
    "durvalumab": ("durva", "imfinzi", "medi4736"),
    "tremelimumab": ("treme", "imjudo"),
    "pembrolizumab": ("pembro", "keytruda", "mk-3475"),
    "camrelizumab": ("shr-1210", "camre"),
    "rivoceranib": ("apatinib",),
    "sintilimab": ("ibi308",),
    "tislelizumab": ("bgb-a317",),
    "toripalimab": (),
    "cadonilimab": ("ak104",),
    "ivonescimab": ("ak112",),
    "namodenoson": ("cf102",),
    "placebo": (),
    "everolimus": (),
    "trametinib": (),
    "olaparib": (),
}
REGIMEN_ALIASES: dict[str, tuple[str, ...]] = {
    "atezolizumab + bevacizumab": ("atezo-bev", "atezo/bev", "atezo+bev", "a+b", "t+a"),
    "durvalumab + tremelimumab": ("stride",),
    "nivolumab + ipilimumab": ("nivo-ipi", "nivo/ipi", "nivo+ipi"),
    "lenvatinib + pembrolizumab": ("len-pem", "lenva-pembro"),
}
_SEPARATORS = re.compile(r"\s*(?:\+|/|,|;|\bplus\b|\band\b|\bwith\b|\bcombined with\b|\bor\b|-)\s*")


def _merge_lexicon() -> None:
    """Add the extractors' agent and regimen synonyms (data in extractors/lexicon), if present.

    Only long, unambiguous spellings are taken (short codes such as "AB" or
    "C+R" would match inside unrelated arm titles once lower-cased).
    """
    try:
        from extractors.lexicon import load_lexicon

        lex = load_lexicon()
    except Exception:  # the extractor package is optional here; our own table suffices
        return
    for rid, syn in lex.synonyms.items():
        letters = re.sub(r"[^A-Za-z]", "", syn)
        if len(letters) <= 3 or (letters.isupper() and len(letters) <= 5):
            continue
        if rid in lex.regimens:
            REGIMEN_ALIASES.setdefault(rid, ())
            if syn.lower() != rid:
                REGIMEN_ALIASES[rid] += (syn.lower(),)
        elif rid in lex.agents and " + " not in rid:
            AGENT_ALIASES.setdefault(rid, ())
            if syn.lower() != rid:
                AGENT_ALIASES[rid] += (syn.lower(),)


def _alias_table() -> dict[str, str]:
    table = {}
    for generic, aliases in AGENT_ALIASES.items():
        table[generic] = generic
        for alias in aliases:
            table.setdefault(alias, generic)
    return table


_merge_lexicon()
_ALIASES = _alias_table()
_KNOWN = re.compile(
    r"(?<![a-z0-9])("
    + "|".join(re.escape(a) for a in sorted(_ALIASES, key=len, reverse=True) if len(a) > 3)
    + r")(?![a-z0-9])"
)


def agents(text: str | None) -> frozenset[str]:
    """The set of agents a regimen or arm title names, in generic names.

    "Atezolizumab plus bevacizumab", "atezo-bev" and "Arm A: Atezolizumab +
    Bevacizumab 15 mg/kg" all give {atezolizumab, bevacizumab}; an arm role
    ("experimental", "overall") gives the empty set.
    """
    if not text:
        return frozenset()
    low = " ".join(text.lower().split())
    if low in ROLE_ARMS:
        return frozenset()
    found: set[str] = set()
    for regimen, aliases in REGIMEN_ALIASES.items():
        if any(re.search(rf"(?<![a-z0-9]){re.escape(a)}(?![a-z0-9])", low) for a in aliases):
            found.update(regimen.split(" + "))
    found.update(_ALIASES[m] for m in _KNOWN.findall(low))
    if found:
        return frozenset(found)
    parts = (
        _ALIASES.get(p.strip(), p.strip()) for p in _SEPARATORS.split(re.sub(r"\(.*?\)", " ", low))
    )
    return frozenset(p for p in parts if p and not re.search(r"\d", p))


def norm_label(text: str | None) -> str:
    """Trial acronym or study name, case-, space- and hyphen-insensitive."""
    return re.sub(r"[^a-z0-9]", "", (text or "").lower())


def norm_timepoint(text: str | None) -> str:
    """'24 months', '24-month', '2 years' and '2-year' compare equal."""
    if not text:
        return ""
    low = text.lower()
    m = re.search(r"(\d+(?:\.\d+)?)\s*-?\s*(year|yr|month|mo|week|wk)", low)
    if not m:
        return norm_label(low)
    n = float(m.group(1))
    unit = m.group(2)
    months = n * 12 if unit in ("year", "yr") else n / 4.345 if unit in ("week", "wk") else n
    return f"{months:g}mo"


def norm_unit(text: str | None) -> str:
    low = (text or "").strip().lower()
    return {"mo": "months", "month": "months", "percent": "%", "pct": "%", "m": "months"}.get(
        low, low
    )


def decimals_written(value: float | None, text: str | None) -> int | None:
    """Decimal places as the source printed them ('19.20' -> 2, '20' -> 0)."""
    if text:
        m = NUMBER.search(text.replace(",", "."))
        if m and value is not None and abs(float(m.group(0)) - value) < 1e-9:
            return len(m.group(1) or "")
    if value is None:
        return None
    s = repr(float(value))
    return 0 if s.endswith(".0") else len(s.split(".")[1]) if "." in s else 0


def is_not_reached(row: dict[str, Any]) -> bool:
    return row.get("value") is None and bool(NOT_REACHED.match(row.get("value_text") or ""))


def has_value(row: dict[str, Any]) -> bool:
    return row.get("value") is not None or is_not_reached(row)


def _rounded(value: float, places: int) -> Decimal:
    return Decimal(repr(float(value))).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def same_value(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Equal within reporting precision: both rounded to the coarser of the two.

    19.2 == 19.20; 20 == 20.1 (the review's "20" may stand for 20.1); 20 != 20.5.
    "Not reached" equals only "not reached".
    """
    if is_not_reached(a) or is_not_reached(b):
        return is_not_reached(a) and is_not_reached(b)
    if a.get("value") is None or b.get("value") is None:
        return False
    places = min(
        decimals_written(a["value"], a.get("value_text")) or 0,
        decimals_written(b["value"], b.get("value_text")) or 0,
    )
    try:
        return _rounded(a["value"], places) == _rounded(b["value"], places)
    except InvalidOperation:
        return a["value"] == b["value"]


def value_label(row: dict[str, Any]) -> str:
    """A value as the source wrote it: value_text when it is that number, else the float."""
    if is_not_reached(row):
        return "not reached"
    value = row.get("value")
    if value is None:
        return row.get("value_text") or "?"
    places = decimals_written(value, row.get("value_text"))
    return f"{value:.{places or 0}f}"


def arm_agents(row: dict[str, Any]) -> frozenset[str]:
    """Agents of the arm: from a named arm, else from the regimen of a role arm."""
    named = agents(row.get("arm"))
    return named or agents(row.get("regimen"))


def arm_role(row: dict[str, Any]) -> str:
    arm = (row.get("arm") or "").strip().lower()
    return arm if arm in ROLE_ARMS else ""


def same_trial(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """NCT IDs decide when both have one; else acronym, else study name."""
    if a.get("nct_id") and b.get("nct_id"):
        return a["nct_id"].upper() == b["nct_id"].upper()
    names_a = {norm_label(a.get(k)) for k in ("trial_acronym", "study")} - {""}
    names_b = {norm_label(b.get(k)) for k in ("trial_acronym", "study")} - {""}
    return bool(names_a & names_b)


OVERALL_ARMS = {"overall", "all", "total", "single arm", "single-arm"}


def is_overall(row: dict[str, Any]) -> bool:
    """The whole study population: arm 'overall' (whatever the regimen), or no arm and no regimen."""
    role = (row.get("arm") or "").strip().lower()
    return role in OVERALL_ARMS or (not role and not agents(row.get("regimen")))


def same_arm(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Overall matches overall; otherwise the arms' agent sets must be equal.

    A named arm also matches an 'overall' row of the same agents (a single-arm
    study: "regorafenib" vs overall/regorafenib); experimental/control rows
    match only through their regimen's agents.
    """
    if is_overall(a) and is_overall(b):
        return True
    set_a, set_b = arm_agents(a), arm_agents(b)
    return bool(set_a) and set_a == set_b


def same_setting(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """A missing or 'not stated' setting matches any: abstracts often omit it."""
    sa, sb = a.get("setting"), b.get("setting")
    return sa in EMPTY_SETTINGS or sb in EMPTY_SETTINGS or sa == sb


def same_timepoint(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Rates need the same timepoint; for medians and HRs a missing one is a wildcard."""
    ta, tb = norm_timepoint(a.get("timepoint")), norm_timepoint(b.get("timepoint"))
    if a.get("endpoint", "").endswith("_RATE"):
        return ta == tb
    return ta == tb or not ta or not tb


def same_key(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Do two findings report the same quantity (so their values are comparable)?"""
    return (
        a.get("endpoint") == b.get("endpoint")
        and same_trial(a, b)
        and same_arm(a, b)
        and same_setting(a, b)
        and same_timepoint(a, b)
        and norm_label(a.get("subgroup")) == norm_label(b.get("subgroup"))
        and (not a.get("unit") or not b.get("unit") or norm_unit(a["unit"]) == norm_unit(b["unit"]))
    )


# --- labels used in summaries ---------------------------------------------------

ENDPOINT_PHRASES = {
    "mOS": "median OS",
    "mPFS": "median PFS",
    "mTTP": "median TTP",
    "mDOR": "median duration of response",
    "ORR": "ORR",
    "DCR": "DCR",
    "HR_OS": "HR for OS",
    "HR_PFS": "HR for PFS",
    "OS_RATE": "OS rate",
    "PFS_RATE": "PFS rate",
    "TRAE_G3plus": "grade >=3 treatment-related AEs",
    "AE_G3plus": "grade >=3 AEs",
    "TRAE_DISC": "TRAEs leading to discontinuation",
    "IRAE_G3plus": "grade 3/4 immune-related AEs",
    "STEROIDS": "AEs requiring steroids",
    "N": "number of patients",
}


def endpoint_phrase(row: dict[str, Any]) -> str:
    phrase = ENDPOINT_PHRASES.get(row.get("endpoint") or "", row.get("endpoint") or "result")
    extras = [x for x in (row.get("timepoint"), row.get("subgroup")) if x]
    return phrase + (f" ({', '.join(extras)})" if extras else "")


def with_unit(row: dict[str, Any]) -> str:
    """'19.2 months', '30%', '0.66' -- the value as written, with its unit."""
    text = value_label(row)
    unit = norm_unit(row.get("unit"))
    if text == "not reached" or not unit or unit in ("ratio", "hr"):
        return text
    return f"{text}%" if unit == "%" else f"{text} {unit}"


def ci_label(row: dict[str, Any]) -> str:
    """' (CI 0.52-0.85)' or ''; the bounds as stored, with the value's precision."""
    lo, hi = row.get("ci_low"), row.get("ci_high")
    if lo is None or hi is None:
        return ""
    places = decimals_written(row.get("value"), row.get("value_text")) or 0
    lo_text, hi_text = (f"{x:.{max(places, decimals_written(x, None) or 0)}f}" for x in (lo, hi))
    return f" (CI {lo_text}–{hi_text})"


def trial_label(row: dict[str, Any]) -> str:
    name = row.get("trial_acronym") or row.get("study")
    nct = row.get("nct_id")
    if name and nct and name != nct:
        return f"{name} ({nct})"
    return name or nct or "unnamed study"


def arm_label(row: dict[str, Any]) -> str:
    named = agents(row.get("arm"))
    if named:
        return row["arm"]
    return row.get("regimen") or row.get("arm") or "overall"


def source_label(row: dict[str, Any]) -> str:
    if row.get("source") == "baseline":
        return f"review {row.get('location') or 'baseline'}"
    if row.get("pmid"):
        return f"PMID {row['pmid']}"
    if row.get("source") == "ctgov-results" and row.get("nct_id"):
        return f"ClinicalTrials.gov {row['nct_id']} results"
    return row.get("pub_id") or row.get("source") or "unknown source"


def baseline_location(row: dict[str, Any]) -> str:
    """'Table 1, mOS (months) / IMBrave150' or 'Section 4.2'."""
    where = row.get("location") or ""
    labels = " / ".join(x for x in (row.get("row_label"), row.get("column_label")) if x)
    return f"{where}, {labels}" if labels else where


def value_json(row: dict[str, Any]) -> dict[str, Any]:
    """The value of a finding as kept in before/after: enough to show and trace it."""
    out = {
        "value": row.get("value"),
        "value_text": row.get("value_text") or value_label(row),
        "unit": row.get("unit"),
        "ci_low": row.get("ci_low"),
        "ci_high": row.get("ci_high"),
        "source": source_label(row),
        "finding_id": row.get("id"),
    }
    if row.get("source") == "baseline":
        out["location"] = baseline_location(row)
        out["reference"] = row.get("reference")
    else:
        out.update(
            {
                k: row.get(k)
                for k in ("pmid", "nct_id", "pub_id", "quote", "field_path")
                if row.get(k)
            }
        )
    return out


# --- matching -------------------------------------------------------------------


def key_identity(row: dict[str, Any]) -> tuple[str, ...]:
    """A canonical, stable spelling of the matching key (for fingerprints)."""
    trial = (
        (row.get("nct_id") or "").upper()
        or norm_label(row.get("trial_acronym"))
        or norm_label(row.get("study"))
    )
    return (
        trial,
        "overall" if is_overall(row) else "+".join(sorted(arm_agents(row))) or arm_role(row),
        row.get("endpoint") or "",
        norm_timepoint(row.get("timepoint")),
        norm_label(row.get("subgroup")),
    )


def _parse_time(text: str | None) -> datetime | None:
    try:
        return datetime.fromisoformat(text) if text else None
    except ValueError:
        return None


def is_current(a: dict[str, Any], b: dict[str, Any], window_days: float) -> bool:
    """Same run, or detected within the window: both count as current sources."""
    if a.get("run_id") is not None and a.get("run_id") == b.get("run_id"):
        return True
    ta, tb = _parse_time(a.get("created_at")), _parse_time(b.get("created_at"))
    if ta is None or tb is None:
        return False
    if (ta.tzinfo is None) != (tb.tzinfo is None):
        ta, tb = ta.replace(tzinfo=None), tb.replace(tzinfo=None)
    return abs(ta - tb) <= timedelta(days=window_days)


def _label(row: dict[str, Any]) -> str | None:
    """A finding's display label (e.g. demo data), kept in note as JSON {"label": ...}."""
    note = row.get("note")
    if note and note.lstrip().startswith("{"):
        try:
            data = json.loads(note)
        except ValueError:
            return None
        if isinstance(data, dict) and data.get("label"):
            return str(data["label"])
    return None


def pick_baseline(f: dict[str, Any], baseline: list[dict]) -> dict | None:
    """The review's row for this key: a table cell before a sentence, then file order."""
    rows = [b for b in baseline if has_value(b) and same_key(f, b)]
    rows.sort(key=lambda b: (not (b.get("location") or "").lower().startswith("table"), b["id"]))
    return rows[0] if rows else None


def classify(
    f: dict[str, Any],
    base: dict | None,
    earlier: list[dict],
    window_days: float,
    conflict_known: Any = None,
) -> tuple[str, dict | None, list[dict]]:
    """Decide the outcome for finding `f`: (kind, the value it is compared with, conflicting rows).

    Order: a disagreement with a current source is a CONFLICT (unless that
    very conflict is already recorded); a value equal to any known value is
    CONFIRMED; a different value UPDATES the latest known one (latest earlier
    finding, else the review); otherwise it is NEW.
    """
    rivals = [e for e in earlier if is_current(e, f, window_days) and not same_value(e, f)]
    if rivals and not (conflict_known and conflict_known(f, rivals)):
        return "CONFLICT", (base if base is not None else rivals[-1]), rivals
    for known in [base, *reversed(earlier)]:
        if known is not None and same_value(known, f):
            return "CONFIRMED", known, []
    if earlier:
        return "UPDATED_RESULT", earlier[-1], []
    if base is not None:
        return "UPDATED_RESULT", base, []
    return "NEW_RESULT", None, []


def _plain(value: float) -> str:
    return format(Decimal(repr(float(value))).normalize(), "f")


def difference(old: dict[str, Any], new: dict[str, Any]) -> float | None:
    """new - old at the finer of the two written precisions (None for 'not reached')."""
    if old.get("value") is None or new.get("value") is None:
        return None
    places = max(
        decimals_written(old["value"], old.get("value_text")) or 0,
        decimals_written(new["value"], new.get("value_text")) or 0,
    )
    diff = Decimal(repr(float(new["value"]))) - Decimal(repr(float(old["value"])))
    return float(diff.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP))


def _old_label(old: dict[str, Any], new: dict[str, Any]) -> str:
    """The old value in 'old → new unit': the unit once, except % and mismatches."""
    if norm_unit(old.get("unit")) == "%" or norm_unit(old.get("unit")) != norm_unit(
        new.get("unit")
    ):
        return with_unit(old)
    return value_label(old)


def summarise(
    kind: str, f: dict, compared: dict | None, base: dict | None, rivals: list[dict]
) -> str:
    """One plain sentence: trial, arm, endpoint, the numbers and where each comes from."""
    head = f"{trial_label(f)} {arm_label(f)}: {endpoint_phrase(f)}"
    new = f"{with_unit(f)}{ci_label(f)}"
    review = f"review {base['location']}" if base else None
    if kind == "NEW_RESULT":
        return f"{head} {new}, first reported value ({source_label(f)})."
    if kind == "CONFIRMED":
        return f"{head} {new} confirms {source_label(compared or {})} ({source_label(f)})."
    if kind == "CONFLICT":
        others = "; ".join(f"{with_unit(r)}{ci_label(r)} ({source_label(r)})" for r in rivals)
        tail = f"; {review}: {with_unit(base)}" if base else ""
        return f"{head}: sources disagree: {new} ({source_label(f)}) vs {others}{tail}."
    old = compared or {}
    sources = [source_label(old), source_label(f)]
    if base is not None and old is not base:
        sources.append(f"{review}: {with_unit(base)}")
    return f"{head} {_old_label(old, f)} → {new} ({'; '.join(sources)})."


def _conflict_identity(f: dict, rivals: list[dict]) -> tuple[Any, ...]:
    values = sorted(
        {_plain(r["value"]) if r.get("value") is not None else "NR" for r in [*rivals, f]}
    )
    return (*key_identity(f), "values", *values)


def _record(
    db, f: dict, kind: str, compared: dict | None, base: dict | None, rivals: list[dict], run_id
) -> int | None:
    identity: tuple[Any, ...]
    if kind == "CONFLICT":
        identity = _conflict_identity(f, rivals)
    else:
        identity = (*key_identity(f), "finding", f["fingerprint"])
    detail: dict[str, Any] = {
        "key": list(key_identity(f)),
        "review": value_json(base) if base else None,
        "previous": value_json(compared) if compared else None,
        "difference": difference(compared, f) if compared else None,
        "sources": [source_label(r) for r in ([compared] if compared else []) + rivals + [f]],
    }
    if rivals:
        detail["conflicting"] = [value_json(r) for r in rivals]
    label = _label(f)
    if label:
        detail["label"] = label
    return record_change(
        db,
        kind,
        identity,
        source=f.get("source"),
        nct_id=f.get("nct_id"),
        pmid=f.get("pmid"),
        pub_id=f.get("pub_id"),
        field=f.get("field_path") or f"{f.get('endpoint')} / {arm_label(f)}",
        before=value_json(compared) if compared else None,
        after=value_json(f),
        endpoint=f.get("endpoint"),
        arm=arm_label(f),
        value=f.get("value"),
        unit=f.get("unit"),
        ci_low=f.get("ci_low"),
        ci_high=f.get("ci_high"),
        finding_id=f["id"],
        baseline_finding_id=base["id"] if base else None,
        baseline_location=baseline_location(base) if base else None,
        summary=summarise(kind, f, compared, base, rivals),
        quote=f.get("quote") or f.get("field_path"),
        detail=detail,
        run_id=run_id,
    )


def _pending(db: sqlite_utils.Database, finding_ids: list[int] | None) -> list[dict]:
    kinds = ", ".join(f"'{k}'" for k in MATCH_KINDS)
    sql = (
        "select * from findings f where source != 'baseline' and kind = 'result'"
        f" and not exists (select 1 from changes c where c.finding_id = f.id and c.kind in ({kinds}))"
    )
    params: list[Any] = []
    if finding_ids is not None:
        if not finding_ids:
            return []
        sql += f" and id in ({', '.join('?' for _ in finding_ids)})"
        params = [int(i) for i in finding_ids]
    return list(db.query(sql + " order by id", params))


class _Resolver:
    """Fills missing NCT IDs / acronyms from the trials table and baseline (cached per run)."""

    def __init__(self, db: sqlite_utils.Database, baseline: list[dict]) -> None:
        self.trials = list(db.query("select nct_id, acronym from trials"))
        self.baseline = baseline

    def __call__(self, row: dict[str, Any]) -> dict[str, Any]:
        row = dict(row)
        if not row.get("nct_id"):
            names = {norm_label(row.get(k)) for k in ("trial_acronym", "study")} - {""}
            hits = [
                t["nct_id"]
                for t in self.trials
                if t["acronym"] and norm_label(t["acronym"]) in names
            ]
            hits += [
                b["nct_id"]
                for b in self.baseline
                if b.get("nct_id")
                and names
                & ({norm_label(b.get("trial_acronym")), norm_label(b.get("study"))} - {""})
            ]
            if hits:
                row["nct_id"] = hits[0]
        if row.get("nct_id") and not row.get("trial_acronym"):
            acronyms = [
                t["acronym"] for t in self.trials if t["nct_id"] == row["nct_id"] and t["acronym"]
            ]
            acronyms += [
                b["trial_acronym"]
                for b in self.baseline
                if b.get("nct_id") == row["nct_id"] and b.get("trial_acronym")
            ]
            if acronyms:
                row["trial_acronym"] = acronyms[0]
        return row


def match_findings(
    db: sqlite_utils.Database,
    finding_ids: list[int] | None = None,
    run_id: int | None = None,
    *,
    window_days: float = 7,
) -> dict[str, Any]:
    """Compare new result findings with the review and earlier findings; record one change each.

    `finding_ids=None` takes every non-baseline result finding not matched yet;
    a list restricts the run to those (already matched ones are skipped).
    Findings are taken in id order and compared only with findings of lower
    id, so the outcome does not depend on how the work is split into calls.
    Returns counts per outcome and the new change ids.
    """
    baseline = [
        dict(r)
        for r in db.query("select * from findings where source = 'baseline' and kind = 'result'")
    ]
    resolve = _Resolver(db, baseline)
    baseline = [resolve(b) for b in baseline]
    todo = _pending(db, finding_ids)
    recorded: dict[str, int] = {k: 0 for k in MATCH_KINDS}
    change_ids: list[int] = []
    skipped = 0

    def conflict_known(f: dict, rivals: list[dict]) -> bool:
        fp = fingerprint("CONFLICT", *_conflict_identity(f, rivals))
        return bool(db["changes"].count_where("fingerprint = ?", [fp]))

    with db.atomic():
        for raw in todo:
            f = resolve(raw)
            if not f.get("endpoint") or not has_value(f):
                skipped += 1
                continue
            earlier = [
                e
                for e in map(
                    resolve,
                    db.query(
                        "select * from findings where source != 'baseline' and kind = 'result'"
                        " and endpoint = ? and id < ? order by id",
                        [f["endpoint"], f["id"]],
                    ),
                )
                if has_value(e) and same_key(f, e)
            ]
            base = pick_baseline(f, baseline)
            kind, compared, rivals = classify(f, base, earlier, window_days, conflict_known)
            change_id = _record(db, f, kind, compared, base, rivals, run_id)
            if change_id is not None:
                recorded[kind] += 1
                change_ids.append(change_id)
    return {
        "examined": len(todo),
        "skipped_without_value": skipped,
        "recorded": recorded,
        "change_ids": change_ids,
    }
