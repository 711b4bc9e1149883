"""`watcher check`: everything the store (and, online, the registry) says about one trial.

The report is a plain dict so the CLI can print it for people or as JSON for
scripts from the same data.
"""

from __future__ import annotations

import json
import re
from typing import Any

import sqlite_utils

NCT_RE = re.compile(r"^NCT\d{8}$")


class CheckError(Exception):
    """A user error in `watcher check` (bad or unknown ID)."""


def normalise_nct(text: str) -> str:
    nct = text.strip().upper()
    if not NCT_RE.match(nct):
        raise CheckError(
            f"{text!r} is not a ClinicalTrials.gov ID: the format is NCT followed by 8 digits, e.g. NCT04770896"
        )
    return nct


def _rows(db: sqlite_utils.Database, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    return list(db.query(sql, params))


def offline_report(db: sqlite_utils.Database, nct: str) -> dict[str, Any] | None:
    """What the store knows about `nct`; None when it knows nothing at all."""
    trial = _rows(db, "select * from trials where nct_id = ?", [nct])
    review = _rows(
        db,
        "select endpoint, kind, study, trial_acronym, regimen, arm, setting, value, value_text, unit,"
        " ci_low, ci_high, n, timepoint, subgroup, location, row_label, column_label, reference"
        " from findings where source = 'baseline' and nct_id = ? order by id",
        [nct],
    )
    new_values = _rows(
        db,
        "select endpoint, source, pmid, regimen, arm, value, value_text, unit, ci_low, ci_high, p_value,"
        " n, timepoint, subgroup, quote, field_path from findings"
        " where source != 'baseline' and nct_id = ? and kind = 'result' order by id",
        [nct],
    )
    snapshot = _rows(
        db,
        "select id, fetched_at, content_hash from trial_snapshots where nct_id = ? order by id desc limit 1",
        [nct],
    )
    changes = _rows(
        db,
        "select id, detected_at, kind, severity, field, before, after, summary, reported"
        " from changes where nct_id = ? and kind != 'CONFIRMED' order by id",
        [nct],
    )
    pubs = _rows(
        db,
        "select p.pub_id, p.pmid, p.doi, p.title, l.how from publication_links l"
        " join publications p on p.pub_id = l.pub_id"
        " where l.target_type = 'trial' and l.target = ? order by p.pub_id",
        [nct],
    )
    if not (trial or review or new_values or changes or pubs):
        return None
    t = trial[0] if trial else {"nct_id": nct}
    return {
        "nct_id": nct,
        "acronym": t.get("acronym"),
        "title": t.get("title"),
        "in_review": bool(t.get("in_table") or t.get("location") or review),
        "review": {
            "table": t.get("in_table"),
            "location": t.get("location"),
            "phase": t.get("phase"),
            "design": t.get("design"),
            "planned_enrollment": t.get("planned_enrollment"),
            "arms": t.get("arms"),
            "primary_endpoint": t.get("primary_endpoint"),
            "population": t.get("population"),
            "reference": t.get("reference"),
            "note": t.get("note"),
            "values": review,
        },
        "registry": {
            "status": t.get("status"),
            "why_stopped": t.get("why_stopped"),
            "start_date": t.get("start_date"),
            "primary_completion_date": t.get("primary_completion_date"),
            "primary_completion_type": t.get("primary_completion_type"),
            "completion_date": t.get("completion_date"),
            "completion_type": t.get("completion_type"),
            "actual_enrollment": t.get("actual_enrollment"),
            "results_first_posted": t.get("results_first_posted"),
            "last_update_posted": t.get("last_update_posted"),
            "last_snapshot": snapshot[0] if snapshot else None,
        },
        "new_values": new_values,
        "changes": [_decode(c) for c in changes],
        "unreported_changes": sum(1 for c in changes if not c["reported"]),
        "publications": pubs,
    }


def _decode(change: dict[str, Any]) -> dict[str, Any]:
    out = dict(change)
    for key in ("before", "after"):
        if isinstance(out.get(key), str):
            try:
                out[key] = json.loads(out[key])
            except ValueError:
                pass
    return out


def _fmt_value(v: dict[str, Any]) -> str:
    text = v.get("value_text") or ("" if v.get("value") is None else f"{v['value']:g}")
    unit = v.get("unit") or ""
    if unit and unit not in ("ratio",) and text and not text.endswith(unit) and unit != "%":
        text = f"{text} {unit}"
    elif unit == "%" and text and not text.endswith("%"):
        text = f"{text}%"
    if v.get("ci_low") is not None and v.get("ci_high") is not None:
        text += f" (95% CI {v['ci_low']:g}-{v['ci_high']:g})"
    if v.get("p_value"):
        text += f", p {v['p_value']}" if v["p_value"][0] in "<>=≤≥" else f", p = {v['p_value']}"
    return text


def format_report(
    report: dict[str, Any], *, online_note: str | None = None, live: dict[str, Any] | None = None
) -> str:
    """The human-readable report: short labelled lines, nothing a person must decode."""
    lines: list[str] = []
    name = report["nct_id"] + (f" ({report['acronym']})" if report.get("acronym") else "")
    lines.append(name)
    if report.get("title"):
        lines.append(f"  {report['title']}")
    if online_note:
        lines.append(f"  {online_note}")
    r = report["review"]
    lines.append("")
    if report["in_review"]:
        where = ", ".join(x for x in (r.get("table"), r.get("location")) if x) or "text"
        ref = f" [ref {r['reference']}]" if r.get("reference") else ""
        lines.append(f"In the review ({where}){ref}:")
        for label, key in (
            ("Phase", "phase"),
            ("Design", "design"),
            ("Planned N", "planned_enrollment"),
            ("Arms", "arms"),
            ("Primary endpoint", "primary_endpoint"),
            ("Population", "population"),
            ("Note", "note"),
        ):
            if r.get(key) not in (None, ""):
                lines.append(f"  {label + ':':<18}{r[key]}")
        results = [v for v in r["values"] if v["kind"] == "result"]
        if results:
            lines.append("  Values:")
            for v in results:
                who = ", ".join(
                    x for x in (v.get("arm"), v.get("subgroup"), v.get("timepoint")) if x
                )
                lines.append(f"    {v['endpoint']:<12}{_fmt_value(v):<28}{who}  ({v['location']})")
    else:
        lines.append("Not in the review's tables.")
    reg = report["registry"]
    if reg.get("status") or reg.get("last_snapshot"):
        lines.append("")
        lines.append("Registry (latest snapshot):")
        lines.append(
            f"  {'Status:':<18}{reg.get('status') or 'unknown'}"
            + (f" (why stopped: {reg['why_stopped']})" if reg.get("why_stopped") else "")
        )
        for label, key, typ in (
            ("Start", "start_date", None),
            ("Primary compl.", "primary_completion_date", "primary_completion_type"),
            ("Completion", "completion_date", "completion_type"),
        ):
            if reg.get(key):
                lines.append(
                    f"  {label + ':':<18}{reg[key]}"
                    + (f" ({reg[typ].lower()})" if typ and reg.get(typ) else "")
                )
        if reg.get("actual_enrollment") is not None:
            lines.append(f"  {'Enrollment:':<18}{reg['actual_enrollment']}")
        lines.append(f"  {'Results posted:':<18}{reg.get('results_first_posted') or 'no'}")
    else:
        lines.append("")
        lines.append("Registry: no snapshot yet (run `watcher poll --source ctgov`).")
    if report["new_values"]:
        lines.append("")
        lines.append("Reported since the review:")
        for v in report["new_values"]:
            src = f"PMID {v['pmid']}" if v.get("pmid") else v.get("source")
            lines.append(f"  {v['endpoint']:<12}{_fmt_value(v):<28}{v.get('arm') or ''}  ({src})")
    if report["changes"]:
        lines.append("")
        lines.append(f"Changes ({report['unreported_changes']} not yet reported):")
        for c in report["changes"][-15:]:
            mark = " " if c["reported"] else "*"
            lines.append(f" {mark}{c['detected_at'][:10]} {c['kind']:<24}{c.get('summary') or ''}")
    summary = (live or {}).get("summary") or {}
    if summary.get("pmids"):
        lines.append("")
        lines.append("PMIDs listed by the registry:")
        for ref in summary["pmids"]:
            lines.append(
                f"  PMID {ref.get('pmid')} ({(ref.get('type') or '').lower() or 'reference'})"
            )
    if report["publications"]:
        lines.append("")
        lines.append("Linked publications:")
        for p in report["publications"]:
            ident = f"PMID {p['pmid']}" if p.get("pmid") else p["pub_id"]
            lines.append(f"  {ident}: {p.get('title') or ''}")
    return "\n".join(lines)
