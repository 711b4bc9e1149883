"""Trial snapshots and field-level changes from ClinicalTrials.gov.

A snapshot is the registry record as fetched, kept whenever its content
differs from the trial's last snapshot (full history). Key fields
(`watcher.ctgov.key_fields`) of the new snapshot are compared with the
previous one and each difference becomes one change through
`record_change`, so reprocessing the same pair of snapshots never
duplicates a change. The first snapshot of a trial the review lists is
compared with the review's row instead (status, planned enrollment).

`versionHolder` (the registry's daily data-version stamp) is left out of the
content hash: it changes every day for every study and is not content.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from store.changes import record_change
from store.db import now, sha256_text
from store.records import insert_findings
from watcher.ctgov import KEY_FIELDS, dig, key_fields, parse_study, results_findings, study_id

SOURCE = "ctgov"
# The review's columns of a trials row: a value the review printed is never
# overwritten here (title and phase are filled from the registry only when the
# review left them empty, or for trials the review does not list).
REVIEW_FIELDS = (
    "title",
    "phase",
    "acronym",
    "planned_enrollment",
    "arms",
    "primary_endpoint",
    "population",
    "in_table",
    "location",
    "reference",
    "note",
    "design",
    "setting",
)
LABELS = {
    "overallStatus": "recruitment status",
    "whyStopped": "reason for stopping",
    "startDateStruct": "start date",
    "primaryCompletionDateStruct": "primary completion date",
    "completionDateStruct": "completion date",
    "enrollmentInfo": "enrollment",
    "armGroups": "arms",
    "interventions": "interventions",
    "primaryOutcomes": "primary outcome measures",
    "secondaryOutcomes": "secondary outcome measures",
}
ENROLLMENT = "protocolSection.designModule.enrollmentInfo"
STATUS = "protocolSection.statusModule.overallStatus"
REFERENCES = "protocolSection.referencesModule.references"
RESULTS_DATE = "protocolSection.statusModule.resultsFirstPostDateStruct.date"


@dataclass
class SnapshotResult:
    """What storing one study did: the snapshot it is now, and what it changed."""

    nct_id: str
    snapshot_id: int
    created: bool
    change_ids: list[int] = field(default_factory=list)
    new_pmids: list[str] = field(default_factory=list)
    finding_ids: list[int] = field(default_factory=list)


def content_hash(study: dict[str, Any]) -> str:
    """Hash of the content: key order, whitespace between tokens and versionHolder ignored."""
    body = copy.deepcopy(study)
    misc = dig(body, "derivedSection.miscInfoModule")
    if isinstance(misc, dict):
        misc.pop("versionHolder", None)
    return sha256_text(json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False))


def latest_snapshot(db: sqlite_utils.Database, nct_id: str) -> dict[str, Any] | None:
    rows = list(
        db.query(
            "select * from trial_snapshots where nct_id = ? order by id desc limit 1", [nct_id]
        )
    )
    return rows[0] if rows else None


def _trial_row(db: sqlite_utils.Database, nct_id: str) -> dict[str, Any] | None:
    rows = list(db.query("select * from trials where nct_id = ?", [nct_id]))
    return rows[0] if rows else None


def trial_name(study: dict[str, Any], row: dict[str, Any] | None) -> str:
    """ "IMbrave251 (NCT04770896)", or the bare ID when there is no acronym."""
    nct = study_id(study)
    acronym = (row or {}).get("acronym") or dig(
        study, "protocolSection.identificationModule.acronym"
    )
    return f"{acronym} ({nct})" if acronym else str(nct)


def record_snapshot(
    db: sqlite_utils.Database, study: dict[str, Any], run_id: int | None
) -> list[int]:
    """Store `study` if its content is new and record what changed; returns the new change ids."""
    return store_snapshot(db, study, run_id).change_ids


def store_snapshot(
    db: sqlite_utils.Database, study: dict[str, Any], run_id: int | None
) -> SnapshotResult:
    """`record_snapshot` with the details the poller counts (snapshot id, PMIDs, findings).

    One transaction: snapshot, changes, trials row and findings land together
    or not at all.
    """
    nct = study_id(study)
    if not nct:
        raise ValueError("study record has no protocolSection.identificationModule.nctId")
    digest = content_hash(study)
    with db.atomic():
        prev = latest_snapshot(db, nct)
        if prev and prev["content_hash"] == digest:
            return SnapshotResult(nct, prev["id"], created=False)
        row = _trial_row(db, nct)
        snapshot_id = (
            db["trial_snapshots"]
            .insert(
                {
                    "nct_id": nct,
                    "content_hash": digest,
                    "version_holder": dig(study, "derivedSection.miscInfoModule.versionHolder"),
                    "last_update_posted": dig(
                        study, "protocolSection.statusModule.lastUpdatePostDateStruct.date"
                    ),
                    "record": json.dumps(study, ensure_ascii=False),
                    "fetched_at": now(),
                    "run_id": run_id,
                }
            )
            .last_pk
        )
        result = SnapshotResult(nct, snapshot_id, created=True)
        if prev:
            _diff(db, study, json.loads(prev["record"]), prev["id"], row, run_id, result)
        else:
            _first(db, study, row, run_id, result)
        _update_trial(db, study, row)
        if study.get("resultsSection"):
            findings = [dict(f, run_id=run_id) for f in results_findings(study)]
            result.finding_ids = insert_findings(db, findings)
    return result


def _change(
    db: sqlite_utils.Database,
    result: SnapshotResult,
    kind: str,
    identity: tuple[Any, ...],
    **fields: Any,
) -> None:
    change_id = record_change(
        db,
        kind,
        identity,
        nct_id=result.nct_id,
        source=SOURCE,
        snapshot_after=result.snapshot_id,
        **fields,
    )
    if change_id is not None:
        result.change_ids.append(change_id)


def _label(path: str) -> str:
    return LABELS.get(path.rsplit(".", 1)[-1], path)


def _diff(
    db: sqlite_utils.Database,
    study: dict[str, Any],
    old: dict[str, Any],
    prev_id: int,
    row: dict[str, Any] | None,
    run_id: int | None,
    result: SnapshotResult,
) -> None:
    """One change per key field that differs between the previous snapshot and this one."""
    before, after = key_fields(old), key_fields(study)
    name = trial_name(study, row)
    results_done = False
    for path, kind in KEY_FIELDS.items():
        b, a = before.get(path), after.get(path)
        if b == a:
            continue
        if kind == "RESULTS_POSTED":
            if not results_done and a and not b:
                _results_posted(db, study, name, path, b, a, prev_id, run_id, result)
                results_done = True
            continue
        if kind == "TRIAL_REFERENCE_ADDED":
            added = [p for p in a or [] if p not in (b or [])]
            if added:
                _references(db, study, name, added, b, a, prev_id, run_id, result)
            continue
        _change(
            db,
            result,
            kind,
            (result.nct_id, path, b, a, prev_id),
            field=path,
            before=b,
            after=a,
            snapshot_before=prev_id,
            run_id=run_id,
            summary=_summary(name, path, b, a),
        )


def _first(
    db: sqlite_utils.Database,
    study: dict[str, Any],
    row: dict[str, Any] | None,
    run_id: int | None,
    result: SnapshotResult,
) -> None:
    """First snapshot: compare with the review's row (status, planned enrollment); new PMIDs; results."""
    name = trial_name(study, row)
    now_fields = key_fields(study)
    if row and row.get("status") and now_fields[STATUS] and row["status"] != now_fields[STATUS]:
        _change(
            db,
            result,
            "TRIAL_STATUS_CHANGE",
            (result.nct_id, STATUS, row["status"], now_fields[STATUS], "review"),
            field=STATUS,
            before=row["status"],
            after=now_fields[STATUS],
            run_id=run_id,
            summary=_summary(name, STATUS, row["status"], now_fields[STATUS]),
        )
    enrol = now_fields[ENROLLMENT] or {}
    planned = (row or {}).get("planned_enrollment")
    if (
        row
        and row.get("in_table")
        and planned is not None
        and enrol.get("count") not in (None, planned)
    ):
        after = {"count": enrol.get("count"), "type": enrol.get("type")}
        _change(
            db,
            result,
            "TRIAL_ENROLLMENT_CHANGE",
            (result.nct_id, ENROLLMENT, planned, after, "review"),
            field=ENROLLMENT,
            before={"count": planned, "type": "REVIEW"},
            after=after,
            run_id=run_id,
            summary=(
                f"{name}: enrollment is {enrol.get('count')} ({(enrol.get('type') or '').lower() or 'type not given'})"
                f" in the registry; the review lists {planned} planned."
            ),
        )
    known = _known_pmids(db)
    unseen = [p for p in now_fields[REFERENCES] if p not in known]
    if unseen:
        _references(
            db, study, name, unseen, None, now_fields[REFERENCES], None, run_id, result, first=True
        )
    has = now_fields["hasResults"] or now_fields[RESULTS_DATE]
    if has and not (row or {}).get("results_first_posted"):
        path = RESULTS_DATE if now_fields[RESULTS_DATE] else "hasResults"
        _results_posted(db, study, name, path, None, now_fields[path], None, run_id, result)


def _known_pmids(db: sqlite_utils.Database) -> set[str]:
    """PMIDs the store already has (review references, fetched publications)."""
    known: set[str] = set()
    for table in ("references", "publications"):
        if table in db.table_names():
            known.update(
                str(r["pmid"])
                for r in db.query(f"select pmid from [{table}] where pmid is not null")
            )
    return known


def _references(
    db: sqlite_utils.Database,
    study: dict[str, Any],
    name: str,
    added: list[str],
    before: Any,
    after: Any,
    prev_id: int | None,
    run_id: int | None,
    result: SnapshotResult,
    first: bool = False,
) -> None:
    refs = {str(r.get("pmid")): r for r in dig(study, REFERENCES) or []}
    detail = {
        "pmids": added,
        "references": [{"pmid": p, "type": refs.get(p, {}).get("type")} for p in added],
    }
    listed = ", ".join(f"PMID {p}" for p in added)
    what = "lists" if first else "added"
    summary = f"{name}: the registry record {what} {len(added)} publication reference{'s' if len(added) > 1 else ''} ({listed})."
    _change(
        db,
        result,
        "TRIAL_REFERENCE_ADDED",
        (result.nct_id, REFERENCES, tuple(added)),
        field=REFERENCES,
        before=before,
        after=after,
        snapshot_before=prev_id,
        run_id=run_id,
        summary=summary,
        detail=detail,
        severity="low" if first else None,
    )
    result.new_pmids.extend(p for p in added if p not in result.new_pmids)


def _results_posted(
    db: sqlite_utils.Database,
    study: dict[str, Any],
    name: str,
    path: str,
    before: Any,
    after: Any,
    prev_id: int | None,
    run_id: int | None,
    result: SnapshotResult,
) -> None:
    posted = dig(study, RESULTS_DATE)
    n_outcomes = len(dig(study, "resultsSection.outcomeMeasuresModule.outcomeMeasures") or [])
    when = f" (first posted {posted})" if posted else ""
    outcomes = (
        f", {n_outcomes} outcome measure{'s' if n_outcomes != 1 else ''}" if n_outcomes else ""
    )
    _change(
        db,
        result,
        "RESULTS_POSTED",
        (result.nct_id,),
        field=path,
        before=before,
        after=after,
        snapshot_before=prev_id,
        run_id=run_id,
        summary=f"{name}: results were posted on ClinicalTrials.gov{when}{outcomes}.",
        detail={"results_first_posted": posted, "outcome_measures": n_outcomes},
    )


def _show(value: Any) -> str:
    if value is None or value == "":
        return "none"
    if isinstance(value, dict) and "date" in value:
        return f"{value.get('date')} ({value.get('type') or 'type not given'})"
    if isinstance(value, dict) and "count" in value:
        return f"{value.get('count')} ({value.get('type') or 'type not given'})"
    return str(value)


def _names(items: Any) -> set[str]:
    out = set()
    for item in items or []:
        if isinstance(item, dict):
            out.add(str(item.get("measure") or item.get("label") or item.get("name")))
    return out


def _summary(name: str, path: str, before: Any, after: Any) -> str:
    """One plain sentence per change."""
    label = _label(path)
    if path.endswith("whyStopped"):
        if not before:
            return f'{name}: reason for stopping given as "{after}".'
        return f'{name}: reason for stopping changed from "{before}" to "{_show(after)}".'
    if isinstance(after, dict) and isinstance(before, dict) and "date" in after:
        if before.get("date") == after.get("date"):
            return f"{name}: {label} {after.get('date')} changed from {before.get('type')} to {after.get('type')}."
    if isinstance(after, list) or isinstance(before, list):
        added = sorted(_names(after) - _names(before))
        removed = sorted(_names(before) - _names(after))
        parts = []
        if added:
            parts.append("added: " + "; ".join(x[:80] for x in added))
        if removed:
            parts.append("removed: " + "; ".join(x[:80] for x in removed))
        detail = f" ({'; '.join(parts)})" if parts else " (details edited)"
        return f"{name}: {label} changed{detail}."
    return f"{name}: {label} changed from {_show(before)} to {_show(after)}."


def _update_trial(
    db: sqlite_utils.Database, study: dict[str, Any], row: dict[str, Any] | None
) -> None:
    """Registry fields of the trials row; the review's fields are never overwritten."""
    values = parse_study(study)
    if (row and row.get("acronym")) or not values.get("acronym"):
        values.pop("acronym")
    if row and row.get("in_table"):
        # a review row keeps the title and phase as printed ("Phase III RCT"):
        # `watcher check` shows them under "In the review"
        for key in ("title", "phase"):
            if row.get(key):
                values.pop(key)
    if values.get("actual_enrollment") is None:
        values.pop("actual_enrollment")
    values.update({"watched": 1, "source": SOURCE, "updated_at": now()})
    db["trials"].upsert(values, pk="nct_id", alter=False)


def note_trial(db: sqlite_utils.Database, nct_id: str, text: str, *, watched: int = 1) -> None:
    """Append `text` to a trial's note once (the review's note text is kept in front)."""
    row = _trial_row(db, nct_id)
    note = (row or {}).get("note") or ""
    if text in note:
        return
    note = f"{note}; {text}" if note else text
    db["trials"].upsert(
        {
            "nct_id": nct_id,
            "note": note,
            "watched": (row or {}).get("watched", watched),
            "updated_at": now(),
        },
        pk="nct_id",
        alter=False,
    )


def trial_pmids(db: sqlite_utils.Database) -> dict[str, list[str]]:
    """Each trial's PMIDs as its latest snapshot lists them (for the PubMed watcher)."""
    out: dict[str, list[str]] = {}
    rows = db.query(
        "select s.nct_id, s.record from trial_snapshots s join"
        " (select nct_id, max(id) as id from trial_snapshots group by nct_id) l on l.id = s.id"
    )
    for r in rows:
        refs = dig(json.loads(r["record"]), REFERENCES) or []
        out[r["nct_id"]] = sorted({str(x["pmid"]) for x in refs if x.get("pmid")})
    return out
