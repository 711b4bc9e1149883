"""store.diff: matching new findings against the review and against each other."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from store.diff import agents, match_findings, norm_label, same_value

IMBRAVE150 = {
    "nct_id": "NCT03434379",
    "trial_acronym": "IMbrave150",
    "regimen": "atezolizumab + bevacizumab",
    "arm": "atezolizumab + bevacizumab",
    "setting": "first-line",
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("atezolizumab + bevacizumab", {"atezolizumab", "bevacizumab"}),
        ("Atezolizumab plus bevacizumab", {"atezolizumab", "bevacizumab"}),
        ("atezo-bev", {"atezolizumab", "bevacizumab"}),
        ("Arm A: Atezolizumab 1200 mg + Bevacizumab 15 mg/kg", {"atezolizumab", "bevacizumab"}),
        ("Sintilimab plus bevacizumab biosimilar", {"sintilimab", "bevacizumab"}),
        ("STRIDE", {"durvalumab", "tremelimumab"}),
        ("Atezo/Bev", {"atezolizumab", "bevacizumab"}),
        ("Camrelizumab plus apatinib", {"camrelizumab", "rivoceranib"}),
        ("Nivolumab + Ipilimumab (Arm A)", {"nivolumab", "ipilimumab"}),
        ("sorafenib", {"sorafenib"}),
        ("experimental", set()),
        ("Drug X + Drug Y", {"drug x", "drug y"}),
    ],
)
def test_diff_agents_normalises_regimen_spellings(text, expected):
    assert agents(text) == expected


@pytest.mark.parametrize(
    ("a", "b"), [("CheckMate 9DW", "CheckMate-9DW"), ("IMBrave150", "IMbrave150")]
)
def test_diff_trial_names_compare_case_and_hyphen_insensitive(a, b):
    assert norm_label(a) == norm_label(b)


@pytest.mark.parametrize(
    ("a", "b", "equal"),
    [
        ((19.2, "19.2"), (19.2, "19.20"), True),
        ((20, "20"), (20.1, "20.1"), True),
        ((20, "20"), (20.5, "20.5"), False),
        ((19.2, "19.2"), (19.5, "19.5"), False),
        ((0.66, "0.66"), (0.659, "0.659"), True),
        ((None, "Not reached"), (None, "NR"), True),
        ((None, "Not reached"), (23.7, "23.7"), False),
    ],
)
def test_diff_same_value_rounds_to_the_coarser_precision(a, b, equal):
    row = lambda v: {"value": v[0], "value_text": v[1]}  # noqa: E731
    assert same_value(row(a), row(b)) is equal
    assert same_value(row(b), row(a)) is equal


def test_diff_first_os_of_a_table4_trial_is_new_result(db, add_finding, changes):
    fid = add_finding(
        nct_id="NCT04770896",
        trial_acronym="IMbrave251",
        arm="atezolizumab + lenvatinib or sorafenib",
        endpoint="mOS",
        value=15.9,
        unit="months",
        ci_low=13.1,
        ci_high=18.0,
        pmid="555",
        quote="Median OS was 15.9 months (95% CI 13.1-18.0).",
    )
    out = match_findings(db)
    assert out["recorded"]["NEW_RESULT"] == 1
    (c,) = changes("NEW_RESULT")
    assert c["finding_id"] == fid and c["nct_id"] == "NCT04770896" and c["pmid"] == "555"
    assert c["baseline_finding_id"] is None and c["before"] is None
    assert c["value"] == 15.9 and c["ci_low"] == 13.1 and c["ci_high"] == 18.0
    assert c["reported"] == 0 and c["severity"] == "high"
    assert c["summary"] == (
        "IMbrave251 (NCT04770896) atezolizumab + lenvatinib or sorafenib: median OS 15.9 months"
        " (CI 13.1–18.0), first reported value (PMID 555)."
    )


def test_diff_changed_table1_value_is_updated_result(db, add_finding, baseline_id, changes):
    fid = add_finding(
        **IMBRAVE150,
        endpoint="mOS",
        value=19.5,
        unit="months",
        ci_low=17.1,
        ci_high=21.7,
        pmid="123",
        quote="Median OS was 19.5 months.",
    )
    match_findings(db)
    (c,) = changes("UPDATED_RESULT")
    assert c["finding_id"] == fid
    assert c["baseline_finding_id"] == baseline_id("t1-imbrave150-mos")
    assert c["baseline_location"] == "Table 1, mOS (months) / IMBrave150"
    before, after, detail = json.loads(c["before"]), json.loads(c["after"]), json.loads(c["detail"])
    assert before["value"] == 19.2 and before["source"] == "review Table 1"
    assert after["value"] == 19.5 and after["pmid"] == "123"
    assert detail["difference"] == pytest.approx(0.3)
    assert detail["sources"] == ["review Table 1", "PMID 123"]
    assert c["summary"] == (
        "IMbrave150 (NCT03434379) atezolizumab + bevacizumab: median OS 19.2 → 19.5 months"
        " (CI 17.1–21.7) (review Table 1; PMID 123)."
    )


def test_diff_arm_named_differently_still_matches_the_review_row(
    db, add_finding, baseline_id, changes
):
    """Acronym only (no NCT), 'plus' spelling, hyphenated name: same key as Table 1."""
    add_finding(
        trial_acronym="IMBRAVE-150",
        arm="Atezolizumab plus bevacizumab",
        endpoint="HR_OS",
        value=0.58,
        value_text="0.58",
    )
    match_findings(db)
    (c,) = changes("UPDATED_RESULT")
    assert c["baseline_finding_id"] == baseline_id("t1-imbrave150-hros")
    assert c["nct_id"] == "NCT03434379"


def test_diff_control_arm_does_not_match_experimental_row(db, add_finding, baseline_id, changes):
    add_finding(
        **{**IMBRAVE150, "arm": "sorafenib", "regimen": "sorafenib"},
        endpoint="mOS",
        value=13.4,
        unit="months",
    )
    match_findings(db)
    (c,) = changes("CONFIRMED")
    assert c["baseline_finding_id"] == baseline_id("s2-imbrave150-sor-mos")


@pytest.mark.parametrize(("value", "text"), [(19.2, "19.2"), (19.2, "19.20"), (19.0, "19")])
def test_diff_same_value_within_precision_is_confirmed_not_alerted(
    db, add_finding, changes, value, text
):
    add_finding(**IMBRAVE150, endpoint="mOS", value=value, value_text=text, unit="months")
    out = match_findings(db)
    assert out["recorded"] == {"NEW_RESULT": 0, "UPDATED_RESULT": 0, "CONFIRMED": 1, "CONFLICT": 0}
    (c,) = changes()
    assert c["kind"] == "CONFIRMED" and c["reported"] == 1 and c["severity"] == "info"


def test_diff_not_reached_becomes_a_number(db, add_finding, changes):
    add_finding(
        nct_id="NCT03794440", arm="sintilimab + IBI305", endpoint="mOS", value=20.9, unit="months"
    )
    match_findings(db)
    (c,) = changes("UPDATED_RESULT")
    assert "not reached → 20.9 months" in c["summary"]
    assert json.loads(c["detail"])["difference"] is None


def test_diff_two_current_sources_disagree_is_conflict(db, add_finding, changes):
    a = add_finding(
        **IMBRAVE150, endpoint="mOS", value=19.5, unit="months", pmid="1", pub_id="pmid:1", run_id=7
    )
    b = add_finding(
        **IMBRAVE150, endpoint="mOS", value=19.8, unit="months", pmid="2", pub_id="pmid:2", run_id=7
    )
    match_findings(db, run_id=7)
    (conflict,) = changes("CONFLICT")
    assert conflict["finding_id"] == b
    detail = json.loads(conflict["detail"])
    assert [r["finding_id"] for r in detail["conflicting"]] == [a]
    assert "sources disagree: 19.8 months (PMID 2) vs 19.5 months (PMID 1)" in conflict["summary"]
    assert "review Table 1: 19.2 months" in conflict["summary"]
    assert [c["finding_id"] for c in changes("UPDATED_RESULT")] == [a]


def test_diff_a_third_source_repeating_a_known_conflict_is_not_a_new_conflict(
    db, add_finding, changes
):
    for pmid, value in (("1", 19.5), ("2", 19.8), ("3", 19.8)):
        add_finding(
            **IMBRAVE150,
            endpoint="mOS",
            value=value,
            unit="months",
            pmid=pmid,
            pub_id=f"pmid:{pmid}",
            run_id=7,
        )
    match_findings(db)
    assert len(changes("CONFLICT")) == 1
    assert [c["kind"] for c in changes()] == ["UPDATED_RESULT", "CONFLICT", "CONFIRMED"]


def test_diff_later_source_outside_the_window_is_an_update_of_the_earlier(db, add_finding, changes):
    add_finding(
        **IMBRAVE150,
        endpoint="mOS",
        value=19.5,
        unit="months",
        pmid="1",
        pub_id="pmid:1",
        created_at="2025-01-01T00:00:00+00:00",
    )
    add_finding(
        **IMBRAVE150,
        endpoint="mOS",
        value=19.8,
        unit="months",
        pmid="2",
        pub_id="pmid:2",
        created_at="2025-03-01T00:00:00+00:00",
    )
    match_findings(db)
    first, second = changes("UPDATED_RESULT")
    assert json.loads(second["before"])["value"] == 19.5
    assert second["summary"].endswith(
        "19.5 → 19.8 months (PMID 1; PMID 2; review Table 1: 19.2 months)."
    )


def test_diff_same_value_from_a_second_paper_is_confirmed(db, add_finding, changes):
    add_finding(**IMBRAVE150, endpoint="mOS", value=19.5, unit="months", pmid="1", pub_id="pmid:1")
    add_finding(**IMBRAVE150, endpoint="mOS", value=19.5, unit="months", pmid="2", pub_id="pmid:2")
    match_findings(db)
    assert [c["kind"] for c in changes()] == ["UPDATED_RESULT", "CONFIRMED"]


def test_diff_rerun_records_nothing_new(db, add_finding, changes):
    add_finding(**IMBRAVE150, endpoint="mOS", value=19.5, unit="months")
    first = match_findings(db)
    again = match_findings(db)
    explicit = match_findings(db, finding_ids=[1, 2, 3, 999])
    assert first["change_ids"] and again["change_ids"] == [] and explicit["change_ids"] == []
    assert again["examined"] == 0


def test_diff_label_of_the_finding_is_kept_in_detail(db, add_finding, changes):
    add_finding(**IMBRAVE150, endpoint="ORR", value=31, unit="%", note='{"label": "DEMO DATA"}')
    match_findings(db)
    (c,) = changes()
    assert c["kind"] == "UPDATED_RESULT"
    assert json.loads(c["detail"])["label"] == "DEMO DATA"
    assert "30% → 31%" in c["summary"]


def test_diff_registry_result_with_group_title_matches(db, add_finding, baseline_id, changes):
    add_finding(
        source="ctgov-results",
        pub_id=None,
        pmid=None,
        nct_id="NCT03298451",
        arm="Durvalumab + Tremelimumab (STRIDE)",
        endpoint="mOS",
        value=16.43,
        value_text="16.43",
        unit="Months",
        field_path="resultsSection.outcomeMeasuresModule.outcomeMeasures[0]",
        quote="Overall Survival: 16.43 months",
    )
    match_findings(db)
    (c,) = changes()
    assert c["kind"] == "CONFIRMED" and c["baseline_finding_id"] == baseline_id("t1-himalaya-mos")


VALUES = st.sampled_from([19.2, 19.5, 19.8, 20.0, 13.4])
FINDINGS = st.lists(
    st.tuples(
        st.sampled_from(["mOS", "ORR"]),
        st.sampled_from(["atezolizumab + bevacizumab", "sorafenib", "atezo-bev"]),
        VALUES,
        st.sampled_from(["1", "2", "3"]),
        st.sampled_from([1, 2]),
    ),
    min_size=1,
    max_size=8,
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(rows=FINDINGS, split=st.integers(min_value=0, max_value=8))
def test_diff_matching_twice_yields_no_new_changes(tmp_path_factory, rows, split):
    from store.baseline import load_baseline
    from store.db import open_store
    from store.records import insert_findings

    db = open_store(tmp_path_factory.mktemp("prop") / "w.db")
    load_baseline(db, Path(__file__).parent / "fixtures" / "baseline")
    ids = []
    for i, (endpoint, arm, value, pmid, run) in enumerate(rows):
        ids += insert_findings(
            db,
            [
                {
                    "source": "pubmed",
                    "pub_id": f"pmid:{pmid}",
                    "pmid": pmid,
                    "nct_id": "NCT03434379",
                    "arm": arm,
                    "endpoint": endpoint,
                    "value": value,
                    "value_text": f"{value:g}",
                    "unit": "months",
                    "span_start": i,
                    "run_id": run,
                }
            ],
        )
    match_findings(db, finding_ids=ids[:split])
    match_findings(db)
    count = db["changes"].count
    assert match_findings(db)["change_ids"] == []
    assert match_findings(db, finding_ids=ids)["change_ids"] == []
    assert db["changes"].count == count
    matched = {r["finding_id"] for r in db.query("select finding_id from changes")}
    assert matched == set(ids)
    db.close()


@pytest.mark.parametrize(
    ("finding", "matched"),
    [
        ({"arm": "overall"}, True),
        ({"arm": "sorafenib or lenvatinib"}, True),
        ({"arm": "Lenvatinib or Sorafenib"}, True),
        ({"arm": "regorafenib"}, False),
    ],
)
def test_diff_single_arm_study_matches_overall_row(
    db, add_finding, baseline_id, changes, finding, matched
):
    add_finding(
        study="Yoo et al. (2021)",
        setting="after atezolizumab + bevacizumab",
        endpoint="mOS",
        value=14.7,
        value_text="14.7",
        unit="months",
        **finding,
    )
    match_findings(db)
    (c,) = changes()
    expected = baseline_id("t3-yoo2021-mos") if matched else None
    assert (c["kind"], c["baseline_finding_id"]) == (
        ("CONFIRMED", expected) if matched else ("NEW_RESULT", None)
    )


def test_diff_overall_population_n_matches_overall_row(db, add_finding, baseline_id, changes):
    add_finding(
        nct_id="NCT04770896",
        arm="overall",
        endpoint="N",
        value=554,
        value_text="554",
        unit="patients",
    )
    match_findings(db)
    (c,) = changes()
    assert c["kind"] == "CONFIRMED" and c["baseline_finding_id"] == baseline_id("t4-imbrave251-n")
