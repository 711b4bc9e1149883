"""Publications from PubMed and feeds: one row per paper, its links, its alerts.

A paper has one `pub_id`: `pmid:<PMID>` when a PMID is known, else
`doi:<lowercased DOI>`, else `feed:<sha1 of the link>`. A feed entry whose
DOI or PMID is already stored is the same paper, not a new one; a PubMed
record whose DOI a feed entry brought first takes that row over (so the
paper is announced once). Links tie a paper to trials and to the review's
references; changes are written only through `record_change`, so reruns
never alert twice.
"""

from __future__ import annotations

import hashlib
import json
import re
from functools import lru_cache
from typing import Any

import sqlite_utils

from store.changes import record_change
from store.db import dumps, now

COLUMNS = (
    "pmid",
    "doi",
    "pmcid",
    "title",
    "abstract",
    "sections",
    "journal",
    "pub_date",
    "entrez_date",
    "publication_types",
    "mesh_terms",
    "nct_ids",
    "comments_corrections",
)
JSON_COLUMNS = ("sections", "publication_types", "mesh_terms", "nct_ids", "comments_corrections")

# CommentsCorrections RefType -> (change kind, does the record point at its notice?)
NOTICE_IN = {
    "RetractionIn": "RETRACTION",
    "ErratumIn": "CORRECTION",
    "UpdateIn": "UPDATE",
    "ExpressionOfConcernIn": "CORRECTION",
}
NOTICE_FOR = {
    "RetractionOf": "RETRACTION",
    "ErratumFor": "CORRECTION",
    "UpdateOf": "UPDATE",
    "ExpressionOfConcernFor": "CORRECTION",
}
NOTICE_WORDS = {
    "RETRACTION": "was retracted",
    "CORRECTION": "received an erratum",
    "UPDATE": "has an update",
}


def normalise_doi(doi: str | None) -> str | None:
    """A bare lower-case DOI ("https://doi.org/10.1/X" and "doi:10.1/X" -> "10.1/x")."""
    if not doi:
        return None
    doi = doi.strip()
    doi = re.sub(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", "", doi, flags=re.IGNORECASE)
    return doi.lower() or None


def pub_id_for(pub: dict[str, Any]) -> str:
    if pub.get("pmid"):
        return f"pmid:{pub['pmid']}"
    doi = normalise_doi(pub.get("doi"))
    if doi:
        return f"doi:{doi}"
    link = pub.get("link") or pub.get("url") or ""
    if not link:
        raise ValueError("a publication needs a PMID, a DOI or a link")
    return "feed:" + hashlib.sha1(link.encode("utf-8")).hexdigest()


def _existing(db: sqlite_utils.Database, pub: dict[str, Any]) -> dict[str, Any] | None:
    """The stored row for this paper: by PMID first, then by DOI."""
    if pub.get("pmid"):
        rows = list(db.query("select * from publications where pmid = ?", [str(pub["pmid"])]))
        if rows:
            return rows[0]
    doi = normalise_doi(pub.get("doi"))
    if doi:
        rows = list(
            db.query("select * from publications where doi = ? order by pmid is null", [doi])
        )
        if rows:
            return rows[0]
    return None


def _row(pub: dict[str, Any]) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for col in COLUMNS:
        value = pub.get(col)
        if col in JSON_COLUMNS:
            value = dumps(value or [])
        row[col] = value
    row["pmid"] = str(pub["pmid"]) if pub.get("pmid") else None
    row["doi"] = normalise_doi(pub.get("doi"))
    return row


def _merge_matched(old: str | None, new: str) -> str:
    parts = [p for p in (old or "").split(",") if p]
    parts += [p for p in new.split(",") if p and p not in parts]
    return ",".join(parts)


def upsert_publication(
    db: sqlite_utils.Database,
    pub: dict[str, Any],
    *,
    source: str,
    matched_by: str,
    raw_id: int | None,
    run_id: int | None,
) -> tuple[str, bool]:
    """Store one publication; return (pub_id, is_new).

    A known paper is updated in place (title, abstract, corrections may
    change upstream), and `extracted_at` is cleared when its text changed so
    the extractors read it again. A feed entry never overwrites a PubMed
    record. `matched_by` accumulates ("nct,query:2").
    """
    row = _row(pub)
    extra = _extra_columns(db, pub)
    old = _existing(db, pub)
    if old is None:
        pub_id = pub_id_for(pub)
        db["publications"].insert(
            {
                "pub_id": pub_id,
                **row,
                **extra,
                "source": source,
                "matched_by": matched_by,
                "raw_id": raw_id,
                "first_seen": now(),
                "extracted_at": None,
                "run_id": run_id,
            },
            pk="pub_id",
        )
        return pub_id, True
    pub_id = old["pub_id"]
    merged = _merge_matched(old.get("matched_by"), matched_by)
    if source == "feed" and old.get("source") != "feed":
        if merged != old.get("matched_by"):
            db["publications"].update(pub_id, {"matched_by": merged})
        return pub_id, False
    update = {
        **row,
        **extra,
        "matched_by": merged,
        "raw_id": raw_id,
        "run_id": run_id,
        "source": source,
    }
    if (old.get("title"), old.get("abstract")) != (row["title"], row["abstract"]):
        update["extracted_at"] = None
    if row["pmid"] and not pub_id.startswith("pmid:"):
        return _take_over(db, old, update, f"pmid:{row['pmid']}"), False
    db["publications"].update(pub_id, update)
    return pub_id, False


def _extra_columns(db: sqlite_utils.Database, pub: dict[str, Any]) -> dict[str, Any]:
    """Columns a later migration may add (e.g. `url` for feed links), filled when present."""
    cols = db["publications"].columns_dict
    link = pub.get("link") or pub.get("url")
    return {"url": link} if "url" in cols and link else {}


def _take_over(
    db: sqlite_utils.Database, old: dict[str, Any], update: dict[str, Any], new_id: str
) -> str:
    """A PubMed record for a paper a feed brought first: re-key the row and its links."""
    row = {**old, **update, "pub_id": new_id}
    db["publications"].insert(row, pk="pub_id", replace=True)
    for link in list(db.query("select * from publication_links where pub_id = ?", [old["pub_id"]])):
        db["publication_links"].insert(
            {**link, "pub_id": new_id}, pk=("pub_id", "target_type", "target"), replace=True
        )
    db.execute("delete from publication_links where pub_id = ?", [old["pub_id"]])
    db["publications"].delete(old["pub_id"])
    return new_id


# ---------------------------------------------------------------------------
# links


def acronym_pattern(acronym: str) -> re.Pattern[str] | None:
    """A regex for a trial acronym in free text, tolerant of hyphens and spaces.

    "CheckMate 9DW" matches "CheckMate-9DW" and "checkmate 9dw"; "IMbrave251"
    matches "IMbrave-251". Case-insensitive, except short all-letter
    acronyms (four letters or fewer, no digit), which must match in their own
    case, so a trial called "LEAP" is not found in every "leap".
    """
    parts = re.findall(r"[A-Za-z]+|\d+", acronym or "")
    if not parts:
        return None
    body = r"[\s\-‐‑–]?".join(re.escape(p) for p in parts)
    flags = 0 if (len(acronym) <= 4 and not re.search(r"\d", acronym)) else re.IGNORECASE
    return re.compile(rf"(?<![A-Za-z0-9]){body}(?![A-Za-z0-9])", flags)


@lru_cache(maxsize=8192)  # one pattern per watched acronym; 64 thrashed past 64 trials
def _compiled(acronym: str) -> re.Pattern[str] | None:
    return acronym_pattern(acronym)


def trial_reference_pmids(db: sqlite_utils.Database) -> dict[str, set[str]]:
    """PMID -> NCT IDs whose registry record lists it (reference changes and latest snapshots)."""
    out: dict[str, set[str]] = {}
    for r in db.query(
        "select nct_id, detail from changes where kind = 'TRIAL_REFERENCE_ADDED' and detail is not null"
    ):
        try:
            pmids = json.loads(r["detail"]).get("pmids") or []
        except (ValueError, AttributeError):
            continue
        for p in pmids:
            out.setdefault(str(p), set()).add(r["nct_id"])
    rows = db.query(
        "select s.nct_id, s.record from trial_snapshots s join"
        " (select nct_id, max(id) as id from trial_snapshots group by nct_id) l on l.id = s.id"
    )
    for r in rows:
        try:
            study = json.loads(r["record"] or "{}")
        except ValueError:
            continue
        module = (study.get("protocolSection") or study).get("referencesModule") or {}
        for ref in module.get("references") or []:
            if ref.get("pmid"):
                out.setdefault(str(ref["pmid"]), set()).add(r["nct_id"])
    return out


def find_links(
    db: sqlite_utils.Database,
    pub: dict[str, Any],
    *,
    registry_refs: dict[str, set[str]] | None = None,
) -> list[dict[str, str]]:
    """Why this paper concerns a trial or a review reference, as link rows (no pub_id)."""
    links: list[dict[str, str]] = []

    def add(target_type: str, target: str, how: str) -> None:
        if not any(
            link["target_type"] == target_type and link["target"] == target for link in links
        ):
            links.append({"target_type": target_type, "target": target, "how": how})

    trials = {r["nct_id"]: r["acronym"] for r in db.query("select nct_id, acronym from trials")}
    for nct in pub.get("databank_nct_ids") or []:
        if nct in trials:
            add("trial", nct, "registry")
    for nct in pub.get("nct_ids") or []:
        if nct in trials:
            add("trial", nct, "text")
    text = f"{pub.get('title') or ''}\n{pub.get('abstract') or ''}"
    for nct, acronym in trials.items():
        pattern = _compiled(acronym) if acronym else None
        if pattern and pattern.search(text):
            add("trial", nct, "acronym")
    pmid = str(pub["pmid"]) if pub.get("pmid") else None
    refs = registry_refs if registry_refs is not None else trial_reference_pmids(db)
    for nct in sorted(refs.get(pmid or "", ())):
        add("trial", nct, "trial_reference")
    doi = normalise_doi(pub.get("doi"))
    for r in db.query("select number, doi, pmid from [references]"):
        if pmid and r["pmid"] and str(r["pmid"]) == pmid:
            add("reference", str(r["number"]), "pmid")
        elif doi and normalise_doi(r["doi"]) == doi:
            add("reference", str(r["number"]), "doi")
    return links


def link_publication(
    db: sqlite_utils.Database,
    pub_id: str,
    pub: dict[str, Any],
    *,
    registry_refs: dict[str, set[str]] | None = None,
) -> list[dict[str, str]]:
    """Store this paper's links; return all of them (old and new), in order of strength."""
    links = find_links(db, pub, registry_refs=registry_refs)
    for link in links:
        db["publication_links"].insert(
            {"pub_id": pub_id, **link}, pk=("pub_id", "target_type", "target"), ignore=True
        )
    return links


# ---------------------------------------------------------------------------
# alerts


def trial_label(db: sqlite_utils.Database, nct_id: str) -> str:
    rows = list(db.query("select acronym from trials where nct_id = ?", [nct_id]))
    acronym = rows[0]["acronym"] if rows else None
    return f"{acronym} ({nct_id})" if acronym else nct_id


def _short(text: str | None, n: int = 200) -> str:
    text = " ".join((text or "").split()) or "(untitled)"
    return text if len(text) <= n else text[: n - 1] + "…"


def alert_new_publication(
    db: sqlite_utils.Database,
    pub_id: str,
    pub: dict[str, Any],
    links: list[dict[str, str]],
    *,
    source: str,
    run_id: int | None,
    why: dict[str, Any],
    query_name: str | None = None,
) -> int | None:
    """NEW_PUBLICATION, once per paper: linked to a trial, or matching a named query.

    Once per paper, not per pub_id: a paper announced from a feed (by DOI)
    is not announced again when PubMed indexes it under its PMID.
    """
    doi = normalise_doi(pub.get("doi"))
    pmid = str(pub["pmid"]) if pub.get("pmid") else None
    # Three indexed lookups (migration 004), not one OR that scans every announcement.
    checks = [
        ("pub_id = ?", pub_id),
        ("pmid = ?", pmid),
        ("json_extract(detail, '$.doi') = ?", doi),
    ]
    seen = any(
        db.execute(
            f"select 1 from changes where {where} and kind = 'NEW_PUBLICATION' limit 1", [value]
        ).fetchone()
        for where, value in checks
        if value
    )
    if seen:
        return None
    trial = next((link["target"] for link in links if link["target_type"] == "trial"), None)
    title = _short(pub.get("title"))
    if trial:
        summary = f"New publication linked to {trial_label(db, trial)}: {title.rstrip('.')}."
    elif query_name:
        summary = f"New publication matches {query_name}: {title.rstrip('.')}."
    else:
        summary = f"New publication: {title.rstrip('.')}."
    return record_change(
        db,
        "NEW_PUBLICATION",
        (pub_id,),
        source=source,
        pmid=pmid,
        pub_id=pub_id,
        nct_id=trial,
        summary=summary,
        detail={
            **why,
            "links": links,
            "doi": doi,
            "title": pub.get("title"),
        },
        run_id=run_id,
    )


def tracked_pmids(db: sqlite_utils.Database) -> set[str]:
    """PMIDs whose retractions and corrections we report: review references and stored papers."""
    out = {str(r["pmid"]) for r in db.query("select pmid from [references] where pmid is not null")}
    out |= {
        str(r["pmid"]) for r in db.query("select pmid from publications where pmid is not null")
    }
    return out


class TrackedPmids:
    """`pmid in tracked` answered by two indexed lookups instead of a set of every PMID.

    The set version re-read every stored PMID once per efetch batch, which
    made a large backfill quadratic.
    """

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def __contains__(self, pmid: object) -> bool:
        pmid = str(pmid)
        return bool(
            self.db.execute("select 1 from publications where pmid = ? limit 1", [pmid]).fetchone()
            or self.db.execute(
                "select 1 from [references] where pmid = ? limit 1", [pmid]
            ).fetchone()
        )


def notice_events(pub: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    """(kind, affected pmid, notice pmid, ref_type) this record tells us about.

    Both directions: a paper whose CommentsCorrections says RetractionIn /
    ErratumIn / UpdateIn / ExpressionOfConcernIn -> notice, and a notice
    (a "Retraction of Publication" or "Published Erratum") whose
    RetractionOf / ErratumFor / ... points at the paper. Either way the event
    is (kind, paper, notice), so seeing both sides records one change.
    """
    pmid = str(pub.get("pmid") or "")
    events = []
    for c in pub.get("comments_corrections") or []:
        ref_type, other = c.get("ref_type"), c.get("pmid")
        if not other or not pmid:
            continue
        if ref_type in NOTICE_IN:
            events.append((NOTICE_IN[ref_type], pmid, str(other), ref_type))
        elif ref_type in NOTICE_FOR:
            events.append((NOTICE_FOR[ref_type], str(other), pmid, ref_type))
    return events


def record_notices(
    db: sqlite_utils.Database,
    pub: dict[str, Any],
    *,
    tracked: set[str] | TrackedPmids,
    source: str,
    run_id: int | None,
) -> list[str]:
    """RETRACTION / CORRECTION / UPDATE changes for tracked papers; return the kinds recorded."""
    recorded = []
    for kind, affected, notice, ref_type in notice_events(pub):
        if affected not in tracked:
            continue
        ref = list(db.query("select number, title from [references] where pmid = ?", [affected]))
        number = ref[0]["number"] if ref else None
        paper = list(db.query("select pub_id, title from publications where pmid = ?", [affected]))
        title = (ref[0]["title"] if ref else None) or (paper[0]["title"] if paper else None)
        trial = _first_trial(db, paper[0]["pub_id"]) if paper else None
        who = f"Review reference {number}" if number is not None else "Tracked publication"
        severity = (
            "high" if kind == "RETRACTION" or ref_type.startswith("ExpressionOfConcern") else None
        )
        row_id = record_change(
            db,
            kind,
            (kind, affected, notice),
            source=source,
            pmid=affected,
            pub_id=f"pmid:{affected}",
            nct_id=trial,
            severity=severity,
            summary=f"{who} (PMID {affected}) {NOTICE_WORDS[kind]} (notice PMID {notice}): {_short(title, 160)}",
            detail={"notice_pmid": notice, "reference_number": number, "ref_type": ref_type},
            run_id=run_id,
        )
        if row_id is not None:
            recorded.append(kind)
    return recorded


def _first_trial(db: sqlite_utils.Database, pub_id: str) -> str | None:
    rows = list(
        db.query(
            "select target from publication_links where pub_id = ? and target_type = 'trial' order by target limit 1",
            [pub_id],
        )
    )
    return rows[0]["target"] if rows else None
