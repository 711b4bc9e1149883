"""Pure parsers and the snapshot store, on project-written records (no network)."""

from __future__ import annotations

import copy
import json

import pytest
from ctgov_support import add_review_trials, load_fixture, make_study
from hypothesis import given, settings
from hypothesis import strategies as st

from store.trials import content_hash, record_snapshot, store_snapshot, trial_pmids
from watcher import ctgov


def test_ctgov_parse_studies_page_refuses_what_is_not_a_page():
    with pytest.raises(ValueError, match="not JSON"):
        ctgov.parse_studies_page(b"<html>maintenance</html>")
    with pytest.raises(ValueError, match="no 'studies'"):
        ctgov.parse_studies_page(b'{"error": "x"}')
    assert ctgov.parse_studies_page(b'{"studies": []}') == ([], None)


def test_ctgov_parse_study_row():
    row = ctgov.parse_study(load_fixture("NCT04770896"))
    assert row == {
        "nct_id": "NCT04770896",
        "acronym": "IMbrave251",
        "title": row["title"],
        "phase": "Phase 3",
        "status": "ACTIVE_NOT_RECRUITING",
        "why_stopped": None,
        "start_date": "2021-04-29",
        "primary_completion_date": "2025-06",
        "primary_completion_type": "ESTIMATED",
        "completion_date": "2026-03",
        "completion_type": "ESTIMATED",
        "actual_enrollment": None,
        "enrollment_type": "ESTIMATED",
        "results_first_posted": None,
        "last_update_posted": "2025-01-14",
    }


@pytest.mark.parametrize(
    "phases, expected",
    [
        (["PHASE2", "PHASE3"], "Phase 2/3"),
        (["PHASE1"], "Phase 1"),
        (["NA"], None),
        ([], None),
        (["EARLY_PHASE1"], "Early phase 1"),
    ],
)
def test_ctgov_format_phase(phases, expected):
    assert ctgov.format_phase(phases) == expected


@pytest.mark.parametrize(
    "title, param, unit, expected",
    [
        ("Overall Survival (OS)", "MEDIAN", "Months", "mOS"),
        ("Progression-free Survival per RECIST 1.1", "MEDIAN", "months", "mPFS"),
        (
            "Percentage of Participants Alive at 12 Months (Overall Survival Rate)",
            "NUMBER",
            "percentage of participants",
            "OS_RATE",
        ),
        ("Time to Progression (TTP)", "MEDIAN", "Months", "mTTP"),
        ("Duration of Response", "MEDIAN", "Months", "mDOR"),
        ("Objective Response Rate (ORR) by BICR", "NUMBER", "percentage of participants", "ORR"),
        ("Disease Control Rate", "COUNT_OF_PARTICIPANTS", "Participants", "DCR"),
        (
            "Number of Participants With Grade 3 or Higher Treatment-Related Adverse Events",
            "COUNT_OF_PARTICIPANTS",
            "Participants",
            "TRAE_G3plus",
        ),
        (
            "Percentage of Participants Reporting Grade 3 and 4 Adverse Events",
            "NUMBER",
            "percentage",
            "AE_G3plus",
        ),
        (
            "Percentage of Participants Reporting Serious Adverse Events (SAEs)",
            "NUMBER",
            "percentage",
            None,
        ),
        ("Time to Recovery", "MEDIAN", "Days", None),
        ("Change From Baseline in ALT", "MEAN", "U/L", None),
        ("Overall Survival", "MEAN", "Months", None),
    ],
)
def test_ctgov_classify_outcome(title, param, unit, expected):
    assert ctgov.classify_outcome(title, param, unit) == expected


@pytest.mark.parametrize(
    "title, arm",
    [
        ("Arm A: Atezolizumab Plus Lenvatinib", "atezolizumab + lenvatinib"),
        ("Cohort 2 - Regorafenib", "regorafenib"),
        ("Atezolizumab+Bevacizumab", "atezolizumab + bevacizumab"),
        ("Placebo", "placebo"),
    ],
)
def test_ctgov_normalise_arm(title, arm):
    assert ctgov.normalise_arm(title) == arm


def test_ctgov_key_fields_ignore_order_whitespace_and_churn():
    study = load_fixture("NCT04770896")
    churned = copy.deepcopy(study)
    churned["derivedSection"]["miscInfoModule"]["versionHolder"] = "2030-01-01"
    churned["protocolSection"]["statusModule"]["statusVerifiedDate"] = "2030-01"
    churned["protocolSection"]["armsInterventionsModule"]["armGroups"].reverse()
    churned["protocolSection"]["identificationModule"]["briefTitle"] += "\n"
    assert ctgov.key_fields(churned) == ctgov.key_fields(study)
    reordered = json.loads(json.dumps(study, sort_keys=True))
    assert content_hash(reordered) == content_hash(study)
    versioned = copy.deepcopy(study)
    versioned["derivedSection"]["miscInfoModule"]["versionHolder"] = "2030-01-01"
    assert content_hash(versioned) == content_hash(study)


def _bump(study, path, value):
    s = copy.deepcopy(study)
    cursor = s
    parts = path.split(".")
    for p in parts[:-1]:
        cursor = cursor.setdefault(p, {})
    cursor[parts[-1]] = value
    return s


@pytest.mark.parametrize(
    "path, value, kind, summary",
    [
        (
            "protocolSection.statusModule.whyStopped",
            "Sponsor decision",
            "TRIAL_STATUS_CHANGE",
            'IMbrave251 (NCT04770896): reason for stopping given as "Sponsor decision".',
        ),
        (
            "protocolSection.statusModule.primaryCompletionDateStruct",
            {"date": "2025-06", "type": "ACTUAL"},
            "TRIAL_DATE_CHANGE",
            "IMbrave251 (NCT04770896): primary completion date 2025-06 changed from ESTIMATED to ACTUAL.",
        ),
        (
            "protocolSection.statusModule.completionDateStruct",
            {"date": "2026-09", "type": "ESTIMATED"},
            "TRIAL_DATE_CHANGE",
            "IMbrave251 (NCT04770896): completion date changed from 2026-03 (ESTIMATED) to 2026-09 (ESTIMATED).",
        ),
        (
            "protocolSection.designModule.enrollmentInfo",
            {"count": 500, "type": "ACTUAL"},
            "TRIAL_ENROLLMENT_CHANGE",
            "IMbrave251 (NCT04770896): enrollment changed from 554 (ESTIMATED) to 500 (ACTUAL).",
        ),
        (
            "protocolSection.outcomesModule.primaryOutcomes",
            [
                {
                    "measure": "Overall Survival (OS)",
                    "timeFrame": "Randomization up to death from any cause (up to approximately 4 years)",
                },
                {"measure": "Progression-Free Survival (PFS) by IRF", "timeFrame": "Up to 4 years"},
            ],
            "TRIAL_DESIGN_CHANGE",
            "IMbrave251 (NCT04770896): primary outcome measures changed (added: Progression-Free Survival (PFS) by IRF).",
        ),
    ],
)
def test_trials_record_snapshot_one_change_per_field(db, path, value, kind, summary):
    add_review_trials(db, ["NCT04770896"])
    study = load_fixture("NCT04770896")
    assert record_snapshot(db, study, 1) == []
    ids = record_snapshot(db, _bump(study, path, value), 2)
    assert len(ids) == 1
    row = db["changes"].get(ids[0])
    assert (row["kind"], row["field"], row["summary"], row["nct_id"], row["source"]) == (
        kind,
        path,
        summary,
        "NCT04770896",
        "ctgov",
    )
    assert record_snapshot(db, _bump(study, path, value), 3) == []


def test_trials_first_snapshot_compared_with_the_review(db):
    add_review_trials(db, ["NCT04770896"])
    db["trials"].update("NCT04770896", {"planned_enrollment": 558, "status": "RECRUITING"})
    ids = record_snapshot(db, load_fixture("NCT04770896"), 1)
    rows = [db["changes"].get(i) for i in ids]
    assert [r["kind"] for r in rows] == ["TRIAL_STATUS_CHANGE", "TRIAL_ENROLLMENT_CHANGE"]
    assert rows[1]["summary"] == (
        "IMbrave251 (NCT04770896): enrollment is 554 (estimated) in the registry; the review lists 558 planned."
    )
    trial = db["trials"].get("NCT04770896")
    assert trial["planned_enrollment"] == 558 and trial["status"] == "ACTIVE_NOT_RECRUITING"


def test_trials_reference_added_carries_pmids(db):
    study = load_fixture("NCT04435977")
    first = store_snapshot(db, study, 1)
    assert first.new_pmids == ["99000001"]
    refs = study["protocolSection"]["referencesModule"]["references"]
    later = _bump(
        study,
        "protocolSection.referencesModule.references",
        refs + [{"pmid": "99000003", "type": "RESULT", "citation": "Synthetic."}],
    )
    result = store_snapshot(db, later, 2)
    (change,) = [db["changes"].get(i) for i in result.change_ids]
    assert change["kind"] == "TRIAL_REFERENCE_ADDED" and change["severity"] == "medium"
    assert json.loads(change["detail"])["pmids"] == ["99000003"]
    assert (
        change["summary"]
        == "NCT04435977: the registry record added 1 publication reference (PMID 99000003)."
    )
    assert trial_pmids(db) == {"NCT04435977": ["99000001", "99000003"]}


def test_trials_snapshot_keeps_the_record_verbatim(db):
    study = make_study("NCT09900009")
    store_snapshot(db, study, 7)
    snap = next(db.query("select * from trial_snapshots"))
    assert json.loads(snap["record"]) == study
    assert (snap["version_holder"], snap["last_update_posted"], snap["run_id"]) == (
        "2025-03-01",
        "2024-01-10",
        7,
    )


def test_ctgov_check_summary_headlines():
    summary = ctgov.check_summary(load_fixture("NCT09900001"))
    heads = {(h["endpoint"], h["arm"]): h["value"] for h in summary["headline_results"]}
    assert heads[("mOS", "drug x + drug y")] == 14.2
    assert heads[("HR_OS", "drug x + drug y vs drug y")] == 0.74
    assert ("N", "drug y") not in heads
    assert summary["enrollment"] == {"count": 238, "type": "ACTUAL"}
    assert [p["pmid"] for p in summary["pmids"]] == ["99000002"]


@settings(max_examples=40, deadline=None)
@given(
    order=st.permutations(range(3)),
    pad=st.sampled_from(["", " ", "\n", "  \t"]),
    holder=st.dates().map(str),
)
def test_ctgov_key_fields_invariant_under_churn(order, pad, holder):
    """Reordered arms/outcomes, re-wrapped text and a new versionHolder never look like a change."""
    study = load_fixture("NCT09900001")
    churned = copy.deepcopy(study)
    outcomes = churned["protocolSection"]["outcomesModule"]["secondaryOutcomes"][:3]
    churned["protocolSection"]["outcomesModule"]["secondaryOutcomes"][:3] = [
        dict(outcomes[i], measure=pad + outcomes[i]["measure"] + pad) for i in order
    ]
    churned["protocolSection"]["armsInterventionsModule"]["armGroups"].reverse()
    churned["derivedSection"]["miscInfoModule"]["versionHolder"] = holder
    assert ctgov.key_fields(churned) == ctgov.key_fields(study)


def test_poll_ctgov_watched_ids_map_known_aliases_and_add_extras(db):
    from ctgov_support import build_config

    from watcher.poll_ctgov import watched_ids

    db["trials"].insert_all(
        [
            {"nct_id": "NCT00000001", "watched": 1},
            {
                "nct_id": "NCT00000002",
                "in_table": "Table 4",
                "note": "x; ClinicalTrials.gov lists NCT00000002 as an alias of NCT00000003",
            },
            {"nct_id": "NCT00000004", "watched": 0},
            {"nct_id": "NCT00000005", "watched": 0, "in_table": "Table 1"},
        ]
    )
    cfg = build_config("http://127.0.0.1:9", extra_nct_ids=["nct00000009", "NCT00000001"])
    assert watched_ids(db, cfg) == ["NCT00000001", "NCT00000003", "NCT00000005", "NCT00000009"]
