"""The digest: what is new against the review, for people, in order of importance.

`build_digest` reads changes from the store into one plain dict (the JSON
format); `render` turns that dict into text, Markdown, HTML or JSON, so every
format shows the same items, numbers and links. Reading never marks anything:
`mark_reported` does, after a digest was sent or written.

Groups (a change goes to the FIRST group whose rule it meets):

1. Results of watched trials: NEW_RESULT, UPDATED_RESULT, CONFLICT or
   RESULTS_POSTED for a trial the review lists as ongoing (Table 4) or one
   watched without being in a review table (added by configuration); also
   RESULTS_POSTED for any watched trial. These answer the review's open
   questions, so they come before changes to printed values.
2. Changes to the review's values: UPDATED_RESULT or CONFLICT touching a
   baseline row (e.g. a 4-year update of HIMALAYA's Table 1 OS).
3. New results in the review's question: every other result change (other
   studies, or endpoints the review does not tabulate).
4. Trial status and date changes (TRIAL_*).
5. New related trials (NEW_TRIAL).
6. Retractions and corrections (RETRACTION, CORRECTION, UPDATE).
7. Other new publications (NEW_PUBLICATION and any kind not listed).

Within a group: severity (high first), then detection time, then id.
CONFIRMED changes are recorded but never shown.
"""

from __future__ import annotations

import html as html_lib
import json
import re
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

import sqlite_utils

from store.db import now
from store.diff import ci_label, with_unit

FORMATS = ("text", "markdown", "html", "json")
GROUPS: dict[int, str] = {
    1: "Results of watched trials",
    2: "Changes to values in the review's tables",
    3: "New results in the review's question",
    4: "Trial status and date changes",
    5: "New related trials",
    6: "Retractions and corrections",
    7: "Other new publications",
}
RESULT_KINDS = {"NEW_RESULT", "UPDATED_RESULT", "CONFLICT", "RESULTS_POSTED"}
SEVERITY_RANK = {"high": 0, "medium": 1, "low": 2, "info": 3}
TEMPLATES = Path(__file__).resolve().parent / "templates"


def parse_since(text: str | date | datetime | None) -> str | None:
    """'2025-03-01' or an ISO datetime -> a UTC ISO string comparable with detected_at."""
    if text is None or text == "":
        return None
    if isinstance(text, datetime):
        moment = text
    elif isinstance(text, date):
        moment = datetime(text.year, text.month, text.day)
    else:
        try:
            moment = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
        except ValueError:
            raise ValueError(
                f"{text!r} is not a date: use YYYY-MM-DD or an ISO date-time"
            ) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def _loads(text: Any) -> Any:
    if not isinstance(text, str):
        return text
    try:
        return json.loads(text)
    except ValueError:
        return text


def _places(trial: dict[str, Any]) -> str:
    return f"{trial.get('in_table') or ''}; {trial.get('location') or ''}"


def awaited(trial: dict[str, Any]) -> bool:
    """A trial whose results the review awaits: Table 4, or watched by configuration only."""
    places = _places(trial)
    if re.search(r"Table\s*4\b", places, re.I):
        return True
    return (
        bool(trial.get("watched"))
        and trial.get("source") != "baseline"
        and "table" not in places.lower()
    )


def group_of(change: dict[str, Any], trial: dict[str, Any] | None) -> int:
    """The digest group (1-7) of one change; see the module docstring for the rules."""
    kind = change["kind"]
    if kind in RESULT_KINDS and trial is not None:
        if awaited(trial) or (kind == "RESULTS_POSTED" and trial.get("watched")):
            return 1
    if kind in ("UPDATED_RESULT", "CONFLICT") and change.get("baseline_finding_id"):
        return 2
    if kind in RESULT_KINDS:
        return 3
    if kind.startswith("TRIAL_"):
        return 4
    if kind == "NEW_TRIAL":
        return 5
    if kind in ("RETRACTION", "CORRECTION", "UPDATE"):
        return 6
    return 7


def _one(db: sqlite_utils.Database, sql: str, params: list[Any]) -> dict[str, Any] | None:
    rows = list(db.query(sql, params))
    return rows[0] if rows else None


def _publication(db, change: dict[str, Any]) -> dict[str, Any] | None:
    if change.get("pub_id"):
        pub = _one(
            db,
            "select pub_id, pmid, doi, title, journal, pub_date from publications where pub_id = ?",
            [change["pub_id"]],
        )
        if pub:
            return pub
    if change.get("pmid"):
        return _one(
            db,
            "select pub_id, pmid, doi, title, journal, pub_date from publications where pmid = ?",
            [change["pmid"]],
        )
    return None


def _finding(db, finding_id: int | None) -> dict[str, Any] | None:
    if not finding_id:
        return None
    return _one(db, "select * from findings where id = ?", [finding_id])


def _citation(db, number: int | None) -> dict[str, Any] | None:
    if number is None:
        return None
    ref = _one(
        db,
        'select number, authors, journal, year, doi from "references" where number = ?',
        [number],
    )
    if not ref:
        return None
    text = ", ".join(str(x) for x in (ref["authors"], ref["journal"], ref["year"]) if x)
    return {"number": number, "text": text, "doi": ref["doi"]}


def _baseline(db, change: dict[str, Any], detail: dict[str, Any]) -> dict[str, Any] | None:
    """The review's value: the copy kept in the change, else the baseline row it names."""
    review = detail.get("review") if isinstance(detail, dict) else None
    row = _finding(db, change.get("baseline_finding_id"))
    if not review and not row:
        return None
    review = review or {}
    row = row or {}
    number = review.get("reference", row.get("reference"))
    value = {
        "value": review.get("value", row.get("value")),
        "value_text": review.get("value_text") or row.get("value_text"),
        "unit": review.get("unit", row.get("unit")),
        "ci_low": review.get("ci_low", row.get("ci_low")),
        "ci_high": review.get("ci_high", row.get("ci_high")),
        "location": change.get("baseline_location")
        or review.get("location")
        or row.get("location"),
        "reference": number,
    }
    value["display"] = with_unit(value) + ci_label(value)
    citation = _citation(db, number)
    if citation:
        value["citation"] = citation["text"]
    return value


def _links(pmid: str | None, doi: str | None, nct: str | None) -> list[dict[str, str]]:
    """Fixed https prefixes; the identifier percent-encoded so no source text can break out."""
    links = []
    if pmid:
        links.append(
            {
                "label": f"PubMed {pmid}",
                "url": f"https://pubmed.ncbi.nlm.nih.gov/{quote(str(pmid), safe='')}/",
            }
        )
    if doi:
        links.append(
            {"label": f"DOI {doi}", "url": f"https://doi.org/{quote(doi, safe='/:;()._-')}"}
        )
    if nct:
        links.append(
            {
                "label": f"ClinicalTrials.gov {nct}",
                "url": f"https://clinicaltrials.gov/study/{quote(nct, safe='')}",
            }
        )
    return links


def _entry(db, change: dict[str, Any], trials: dict[str, dict[str, Any]]) -> dict[str, Any]:
    detail = _loads(change.get("detail")) or {}
    after = _loads(change.get("after"))
    finding = _finding(db, change.get("finding_id")) or {}
    nct = change.get("nct_id") or finding.get("nct_id")
    trial = trials.get(nct) if nct else None
    pub = _publication(db, change) or {}
    pmid = change.get("pmid") or pub.get("pmid")
    doi = pub.get("doi") or (detail.get("doi") if isinstance(detail, dict) else None)
    new = None
    if change.get("value") is not None or (isinstance(after, dict) and after.get("value_text")):
        shown = {
            "value": change.get("value"),
            "value_text": after.get("value_text") if isinstance(after, dict) else None,
            "unit": change.get("unit"),
            "ci_low": change.get("ci_low"),
            "ci_high": change.get("ci_high"),
        }
        new = with_unit(shown) + ci_label(shown)
    group = group_of(change, trial)
    baseline = _baseline(db, change, detail if isinstance(detail, dict) else {})
    return {
        "id": change["id"],
        "kind": change["kind"],
        "group": group,
        "group_title": GROUPS[group],
        "severity": change["severity"],
        "summary": change.get("summary") or _fallback_summary(change),
        "trial": (trial or {}).get("acronym")
        or finding.get("trial_acronym")
        or finding.get("study"),
        "nct_id": nct,
        "pmid": pmid,
        "doi": doi,
        "title": pub.get("title"),
        "source": change.get("source"),
        "field": change.get("field"),
        "before": _loads(change.get("before")),
        "after": after,
        "endpoint": change.get("endpoint"),
        "arm": change.get("arm"),
        "value": change.get("value"),
        "unit": change.get("unit"),
        "ci_low": change.get("ci_low"),
        "ci_high": change.get("ci_high"),
        "new_display": new,
        "baseline": baseline,
        "review_note": _review_note(change, trial, baseline),
        "quote": change.get("quote"),
        "links": _links(pmid, doi, nct),
        "label": detail.get("label") if isinstance(detail, dict) else None,
        "detail": detail,
        "fingerprint": change["fingerprint"],
        "detected_at": change.get("detected_at"),
        "reported": bool(change.get("reported")),
    }


def _review_note(
    change: dict[str, Any], trial: dict[str, Any] | None, baseline: dict | None
) -> str | None:
    """What the review says when it has no value to set beside a new result."""
    if baseline is not None or change["kind"] not in RESULT_KINDS:
        return None
    where = trial and (trial.get("in_table") or trial.get("location"))
    if where and change.get("endpoint") == "N" and trial.get("planned_enrollment"):
        return f"planned N {trial['planned_enrollment']} ({where}); no result value"
    if where:
        return f"no value (the review lists the trial in {where})"
    return "no value"


def _fallback_summary(change: dict[str, Any]) -> str:
    """For changes recorded without a summary: kind, subject and old -> new."""
    subject = change.get("nct_id") or (f"PMID {change['pmid']}" if change.get("pmid") else "")
    text = f"{change['kind'].replace('_', ' ').capitalize()}: {subject}".rstrip(": ")
    if change.get("field"):
        text += f" {change['field']}"
    before, after = change.get("before"), change.get("after")
    if before is not None or after is not None:
        text += f": {before if before is not None else '—'} → {after if after is not None else '—'}"
    return text + "."


def last_digest_time(db: sqlite_utils.Database) -> str | None:
    """When the last digest went out (sent or written), for 'nothing new since ...'."""
    row = _one(
        db,
        "select max(coalesce(sent_at, created)) as t from digests where status in ('sent', 'written')",
        [],
    )
    return row["t"] if row else None


def build_digest(
    db: sqlite_utils.Database, *, since: Any = None, include_reported: bool = False
) -> dict:
    """The digest as a plain dict: the JSON format, and what every renderer reads.

    Without arguments: every change not yet reported. `since` keeps changes
    detected at or after that date (a date or ISO string); `include_reported`
    also keeps changes an earlier digest carried. CONFIRMED is never included.
    """
    since_iso = parse_since(since)
    where, params = ["kind != 'CONFIRMED'"], []
    if not include_reported:
        where.append("reported = 0")
    if since_iso:
        where.append("detected_at >= ?")
        params.append(since_iso)
    rows = list(db.query(f"select * from changes where {' and '.join(where)} order by id", params))
    trials = {
        t["nct_id"]: t
        for t in db.query(
            "select nct_id, acronym, in_table, location, watched, source, planned_enrollment from trials"
        )
    }
    entries = [_entry(db, r, trials) for r in rows]
    entries.sort(
        key=lambda e: (
            e["group"],
            SEVERITY_RANK.get(e["severity"], 9),
            e["detected_at"] or "",
            e["id"],
        )
    )
    groups = [
        {"group": n, "title": title, "count": sum(1 for e in entries if e["group"] == n)}
        for n, title in GROUPS.items()
    ]
    return {
        "generated": now(),
        "since": since_iso,
        "period_start": since_iso or last_digest_time(db),
        "include_reported": include_reported,
        "count": len(entries),
        "groups": [g for g in groups if g["count"]],
        "changes": entries,
    }


def mark_reported(db: sqlite_utils.Database, change_ids: list[int], digest_id: int | None) -> int:
    """Mark changes as carried by a digest; already reported ones keep their first digest."""
    ids = [int(i) for i in change_ids]
    if not ids:
        return 0
    marks = ", ".join("?" for _ in ids)
    with db.atomic():
        cur = db.execute(
            f"update changes set reported = 1, reported_at = ?, digest_id = ? where reported = 0 and id in ({marks})",
            [now(), digest_id, *ids],
        )
    return cur.rowcount


# --- rendering ------------------------------------------------------------------


def count_phrase(n: int) -> str:
    return f"{n} change" if n == 1 else f"{n} changes"


def _day(iso: str | None) -> str | None:
    return iso[:10] if iso else None


def heading(digest: dict) -> str:
    """'3 changes since 2025-03-03' / 'Nothing new since 2025-03-03'."""
    start = _day(digest.get("period_start"))
    if not digest["changes"]:
        return f"Nothing new since {start}." if start else "Nothing new to report."
    return count_phrase(len(digest["changes"])) + (f" since {start}" if start else "")


def _grouped(digest: dict) -> list[tuple[dict, list[dict]]]:
    return [
        (g, [c for c in digest["changes"] if c["group"] == g["group"]]) for g in digest["groups"]
    ]


def _comparison(change: dict) -> str | None:
    """'New: 19.5 months (CI 17.1–21.7) | Review (Table 1, ...): 19.2 months'."""
    parts = []
    if change.get("new_display"):
        parts.append(f"New: {change['new_display']}")
    base = change.get("baseline")
    if base:
        where = f" ({base['location']})" if base.get("location") else ""
        ref = f" [ref {base['reference']}]" if base.get("reference") is not None else ""
        parts.append(f"Review{where}: {base['display']}{ref}")
    elif change.get("review_note"):
        parts.append(f"Review: {change['review_note']}")
    return " | ".join(parts) or None


def render_text(digest: dict) -> str:
    lines = [
        "HCC evidence watcher: digest",
        f"Generated {digest['generated']}. {heading(digest)}",
        "",
    ]
    if not digest["changes"]:
        return "\n".join(lines).rstrip() + "\n"
    for group, items in _grouped(digest):
        lines.append(f"{group['group']}. {group['title']} ({group['count']})")
        lines.append("-" * len(lines[-1]))
        for c in items:
            label = f"[{c['label']}] " if c.get("label") else ""
            lines.append(f"* {label}{c['summary']}")
            if c.get("title"):
                lines.append(f"  Title: {c['title']}")
            comparison = _comparison(c)
            if comparison:
                lines.append(f"  {comparison}")
            if c.get("quote"):
                lines.append(f'  Quote: "{c["quote"]}"')
            lines.extend(f"  {link['label']}: {link['url']}" for link in c["links"])
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


_MD_SPECIAL = re.compile(r"([\\`*_\[\]|#])")


def md(text: Any) -> str:
    """Source text made inert in Markdown: HTML escaped, emphasis/link syntax escaped."""
    return _MD_SPECIAL.sub(r"\\\1", html_lib.escape(str(text), quote=False))


def render_markdown(digest: dict) -> str:
    lines = [
        "# HCC evidence watcher: digest",
        "",
        f"_Generated {md(digest['generated'])}._ {md(heading(digest))}",
        "",
    ]
    if not digest["changes"]:
        return "\n".join(lines).rstrip() + "\n"
    for group, items in _grouped(digest):
        lines += [f"## {group['group']}. {md(group['title'])} ({group['count']})", ""]
        for c in items:
            label = f"**[{md(c['label'])}]** " if c.get("label") else ""
            lines.append(f"- {label}{md(c['summary'])}")
            if c.get("title"):
                lines.append(f"  - Title: {md(c['title'])}")
            comparison = _comparison(c)
            if comparison:
                lines.append(f"  - {md(comparison)}")
            if c.get("quote"):
                lines.append(f"  - Quote: “{md(c['quote'])}”")
            if c["links"]:
                links = " · ".join(f"[{md(link['label'])}](<{link['url']}>)" for link in c["links"])
                lines.append(f"  - {links}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def render_html(digest: dict) -> str:
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    env = Environment(
        loader=FileSystemLoader(TEMPLATES), autoescape=True, undefined=StrictUndefined
    )
    template = env.get_template("digest.html")
    return template.render(
        digest=digest,
        heading=heading(digest),
        groups=_grouped(digest),
        comparison=_comparison,
    )


def render(digest: dict, fmt: str) -> str:
    """The digest in one of FORMATS; all source text is escaped for the target format."""
    if fmt == "json":
        return json.dumps(digest, indent=2, ensure_ascii=False, default=str) + "\n"
    if fmt == "text":
        return render_text(digest)
    if fmt == "markdown":
        return render_markdown(digest)
    if fmt == "html":
        return render_html(digest)
    raise ValueError(f"unknown digest format {fmt!r}; expected one of {', '.join(FORMATS)}")
