"""poll_ctgov.poll over real HTTP against the replay world: changes, results, aliases, counts."""

from __future__ import annotations

import json
from datetime import date

from ctgov_support import PREFIX, add_review_trials, build_config, load_fixture, make_study

from store.records import get_watermark
from watcher import poll_ctgov

IMBRAVE = "NCT04770896"
SYNTH = "NCT09900001"
TODAY = date(2025, 4, 2)


def _changes(db, kind=None):
    sql = "select * from changes" + (" where kind = ?" if kind else "") + " order by id"
    return list(db.query(sql, [kind] if kind else []))


def _value(text):
    """`before`/`after` as record_change stores them: strings raw, anything else as JSON."""
    try:
        return json.loads(text)
    except (TypeError, ValueError):
        return text


def _list_requests(server):
    return [r for r in server.log if r.path == PREFIX + "/studies" and "filter.ids" in r.query]


def test_poll_ctgov_status_and_date_changes_across_three_polls(db, world, server, cfg):
    add_review_trials(db, [IMBRAVE])
    first = poll_ctgov.poll(db, cfg, 1, backoff=0, today=TODAY)
    assert first["trials"] == 1 and first["snapshots"] == 1 and first["changes"] == 0

    def complete(s):
        s["protocolSection"]["statusModule"]["overallStatus"] = "COMPLETED"
        s["derivedSection"]["miscInfoModule"]["versionHolder"] = "2025-06-02"

    world.update_study(IMBRAVE, complete)
    second = poll_ctgov.poll(db, cfg, 2, backoff=0, today=TODAY)
    assert second["changes"] == 1

    def actual(s):
        s["protocolSection"]["statusModule"]["primaryCompletionDateStruct"] = {
            "date": "2025-05-20",
            "type": "ACTUAL",
        }

    world.update_study(IMBRAVE, actual)
    third = poll_ctgov.poll(db, cfg, 3, backoff=0, today=TODAY)
    assert third["changes"] == 1
    rerun = poll_ctgov.poll(db, cfg, 4, backoff=0, today=TODAY)
    assert rerun["changes"] == 0 and rerun["snapshots"] == 0

    snaps = [
        r["id"]
        for r in db.query("select id from trial_snapshots where nct_id = ? order by id", [IMBRAVE])
    ]
    assert len(snaps) == 3
    rows = _changes(db)
    assert [(r["kind"], r["field"], _value(r["before"]), _value(r["after"])) for r in rows] == [
        (
            "TRIAL_STATUS_CHANGE",
            "protocolSection.statusModule.overallStatus",
            "ACTIVE_NOT_RECRUITING",
            "COMPLETED",
        ),
        (
            "TRIAL_DATE_CHANGE",
            "protocolSection.statusModule.primaryCompletionDateStruct",
            {"date": "2025-06", "type": "ESTIMATED"},
            {"date": "2025-05-20", "type": "ACTUAL"},
        ),
    ]
    assert rows[0]["summary"] == (
        "IMbrave251 (NCT04770896): recruitment status changed from ACTIVE_NOT_RECRUITING to COMPLETED."
    )
    assert rows[1]["summary"] == (
        "IMbrave251 (NCT04770896): primary completion date changed from 2025-06 (ESTIMATED) to 2025-05-20 (ACTUAL)."
    )
    assert [(r["snapshot_before"], r["snapshot_after"]) for r in rows] == [
        (snaps[0], snaps[1]),
        (snaps[1], snaps[2]),
    ]
    assert {r["source"] for r in rows} == {"ctgov"} and [r["run_id"] for r in rows] == [2, 3]
    trial = db["trials"].get(IMBRAVE)
    assert trial["status"] == "COMPLETED" and trial["primary_completion_type"] == "ACTUAL"
    assert (
        trial["planned_enrollment"] == 554 and trial["in_table"] == "Table 4"
    )  # review's fields kept


def test_poll_ctgov_trivial_churn_makes_no_change(db, world, server, cfg):
    add_review_trials(db, [IMBRAVE])
    poll_ctgov.poll(db, cfg, 1, backoff=0, today=TODAY)
    world.update_study(
        IMBRAVE, lambda s: s["derivedSection"]["miscInfoModule"].update(versionHolder="2025-07-01")
    )
    stats = poll_ctgov.poll(db, cfg, 2, backoff=0, today=TODAY)
    assert stats["snapshots"] == 0, "versionHolder alone is not content"

    def churn(s):
        status = s["protocolSection"]["statusModule"]
        status["statusVerifiedDate"] = "2025-07"
        status["lastUpdatePostDateStruct"] = {"date": "2025-07-03", "type": "ACTUAL"}
        s["protocolSection"]["descriptionModule"]["briefSummary"] += "  "
        arms = s["protocolSection"]["armsInterventionsModule"]
        arms["armGroups"].reverse()
        arms["interventions"] = [dict(reversed(list(i.items()))) for i in arms["interventions"]]
        s["protocolSection"]["outcomesModule"]["primaryOutcomes"][0]["measure"] = (
            "Overall  Survival\n(OS)"
        )

    world.update_study(IMBRAVE, churn)
    stats = poll_ctgov.poll(db, cfg, 3, backoff=0, today=TODAY)
    assert stats["snapshots"] == 1 and stats["changes"] == 0
    assert _changes(db) == []


def test_poll_ctgov_results_posted_become_findings(db, world, server, cfg):
    full = load_fixture(SYNTH)

    def no_results(s):
        s.pop("resultsSection")
        s["hasResults"] = False
        s["protocolSection"]["statusModule"].pop("resultsFirstPostDateStruct")
        s["protocolSection"].pop("referencesModule")

    world.update_study(SYNTH, no_results)
    add_review_trials(db, [SYNTH])
    first = poll_ctgov.poll(db, cfg, 1, backoff=0, today=TODAY)
    assert first["results"] == 0 and _changes(db, "RESULTS_POSTED") == []

    world.add_study(full)
    second = poll_ctgov.poll(db, cfg, 2, backoff=0, today=TODAY)
    posted = _changes(db, "RESULTS_POSTED")
    assert len(posted) == 1
    assert posted[0]["summary"] == (
        "SYNTH-HCC2 (NCT09900001): results were posted on ClinicalTrials.gov (first posted 2025-04-20), "
        "8 outcome measures."
    )
    refs = _changes(db, "TRIAL_REFERENCE_ADDED")
    assert [json.loads(r["detail"])["pmids"] for r in refs] == [["99000002"]]
    assert second["pmids"] == ["99000002"]
    assert second["results"] == 16

    def one(endpoint, arm):
        rows = list(
            db.query("select * from findings where endpoint = ? and arm = ?", [endpoint, arm])
        )
        assert len(rows) == 1, (endpoint, arm, rows)
        return rows[0]

    mos = one("mOS", "drug x + drug y")
    assert (mos["value"], mos["ci_low"], mos["ci_high"], mos["unit"], mos["n"]) == (
        14.2,
        12.1,
        16.9,
        "Months",
        120,
    )
    assert mos["source"] == "ctgov-results" and mos["run_id"] == 2 and mos["kind"] == "result"
    assert mos["field_path"] == (
        "resultsSection.outcomeMeasuresModule.outcomeMeasures[0].classes[0].categories[0].measurements[0]"
    )
    assert (
        mos["quote"]
        == "Overall Survival (OS) — Arm A: Drug X Plus Drug Y: 14.2 Months (95% CI 12.1 to 16.9)"
    )
    hr_os = one("HR_OS", "drug x + drug y vs drug y")
    assert (hr_os["value"], hr_os["ci_low"], hr_os["ci_high"], hr_os["p_value"]) == (
        0.74,
        0.58,
        0.95,
        "0.018",
    )
    assert (
        hr_os["field_path"] == "resultsSection.outcomeMeasuresModule.outcomeMeasures[0].analyses[0]"
    )
    assert one("HR_PFS", "drug x + drug y vs drug y")["p_value"] == "<0.001"
    orr = one("ORR", "drug y")
    assert (orr["value"], orr["unit"], orr["n"], orr["value_text"]) == (10.2, "%", 118, "12/118")
    assert orr["timepoint"] == "Up to 24 months"
    dor = one("mDOR", "drug x + drug y")
    assert dor["value"] is None and dor["value_text"] == "NA" and "not reached" in dor["quote"]
    dcr = one("DCR", "drug x + drug y")
    assert (dcr["value"], dcr["ci_low"], dcr["ci_high"], dcr["unit"]) == (68.3, 59.2, 76.5, "%")
    ae = one("AE_G3plus", "drug y")
    assert (ae["value"], ae["n"]) == (41.0, 117)
    assert one("N", "drug x + drug y")["value"] == 120
    paths = {r["field_path"] for r in db.query("select field_path from findings")}
    assert not any("outcomeMeasures[6]" in p or "outcomeMeasures[7]" in p for p in paths)

    rerun = poll_ctgov.poll(db, cfg, 3, backoff=0, today=TODAY)
    assert rerun["results"] == 0 and rerun["changes"] == 0
    assert db["findings"].count == 16
    assert db["trials"].get(SYNTH)["results_first_posted"] == "2025-04-20"


def test_poll_ctgov_alias_redirect_is_followed_and_noted(db, world, server, tmp_path):
    world.ids_match_aliases = False  # force the /studies/{id} fallback
    moved = load_fixture(IMBRAVE)
    moved["protocolSection"]["identificationModule"]["nctId"] = "NCT09977777"
    moved["protocolSection"]["identificationModule"]["nctIdAliases"] = [IMBRAVE]
    world.set_studies([moved])
    add_review_trials(db, [IMBRAVE])
    cfg = build_config(server.url + PREFIX)
    stats = poll_ctgov.poll(db, cfg, 1, backoff=0, today=TODAY)
    assert stats["aliases"] == {IMBRAVE: "NCT09977777"}
    assert stats["unknown"] == []
    assert stats["requests"] == 4  # list, 301, redirected GET, related search
    assert [r.path for r in server.log][:3] == [
        PREFIX + "/studies",
        PREFIX + f"/studies/{IMBRAVE}",
        PREFIX + "/studies/NCT09977777",
    ]
    assert db["trial_snapshots"].count_where("nct_id = ?", ["NCT09977777"]) == 1
    assert "alias of NCT09977777" in db["trials"].get(IMBRAVE)["note"]
    assert db["trials"].get(IMBRAVE)["planned_enrollment"] == 554
    server.reset_log()
    again = poll_ctgov.poll(db, cfg, 2, backoff=0, today=TODAY)
    assert (
        again["requests"] == 2 and _list_requests(server)[0].params["filter.ids"] == "NCT09977777"
    )


def test_poll_ctgov_alias_matched_by_filter_ids_costs_no_request(db, world, server, cfg):
    world.add_alias("NCT09911111", IMBRAVE)  # the registry matches filter.ids against aliases
    db["trials"].insert({"nct_id": "NCT09911111", "watched": 1, "in_table": "Table 4"})
    stats = poll_ctgov.poll(db, cfg, 1, backoff=0, today=TODAY)
    assert stats["aliases"] == {"NCT09911111": IMBRAVE}
    assert stats["requests"] == 2


def test_poll_ctgov_unknown_id_is_noted_not_a_change(db, world, server, cfg):
    add_review_trials(db, [IMBRAVE])
    db["trials"].insert({"nct_id": "NCT09999999", "watched": 1, "note": "from the review's text"})
    lines: list[str] = []
    stats = poll_ctgov.poll(db, cfg, 1, backoff=0, today=TODAY, log=lines.append)
    assert stats["unknown"] == ["NCT09999999"] and stats["trials"] == 1
    assert any("NCT09999999" in line and "404" in line for line in lines)
    assert (
        db["trials"].get("NCT09999999")["note"]
        == "from the review's text; not found on ClinicalTrials.gov (404)"
    )
    assert _changes(db) == []
    assert db["trial_snapshots"].count_where("nct_id = 'NCT09999999'") == 0
    poll_ctgov.poll(db, cfg, 2, backoff=0, today=TODAY)
    assert db["trials"].get("NCT09999999")["note"].count("404") == 1


def test_poll_ctgov_new_trial_once_across_two_polls(db, world, server, cfg):
    add_review_trials(db, [IMBRAVE])
    world.add_study(
        make_study(
            "NCT09900101",
            title="Second-line Drug Q after immunotherapy in HCC",
            first_posted="2025-03-01",
        )
    )
    world.add_study(
        make_study(
            "NCT09900102",
            title="Drug R in previously treated liver cancer",
            first_posted="2025-03-31",
            keywords=("previously treated",),
        )
    )
    world.add_study(
        make_study("NCT09900103", title="Drug S after immunotherapy", first_posted="2024-06-01")
    )
    world.add_study(
        make_study(
            "NCT09900104",
            title="Drug T after immunotherapy",
            conditions=("Melanoma",),
            first_posted="2025-03-10",
        )
    )
    world.add_study(
        make_study(
            "NCT09900105", title="Adjuvant drug U after resection", first_posted="2025-03-10"
        )
    )
    first = poll_ctgov.poll(db, cfg, 1, backoff=0, today=TODAY)
    assert first["new_trials"] == 2
    assert get_watermark(db, "ctgov-related") == "2025-04-02"
    second = poll_ctgov.poll(db, cfg, 2, backoff=0, today=TODAY)
    assert second["new_trials"] == 0
    rows = _changes(db, "NEW_TRIAL")
    assert [r["nct_id"] for r in rows] == ["NCT09900101", "NCT09900102"]
    assert rows[0]["summary"] == (
        "New related trial NCT09900101: Second-line Drug Q after immunotherapy in HCC (Phase 2, RECRUITING),"
        " first posted 2025-03-01."
    )
    related = [r for r in server.log if "query.cond" in r.query]
    assert related[0].params["filter.advanced"] == "AREA[StudyFirstPostDate]RANGE[2025-02-08,MAX]"
    assert related[-1].params["filter.advanced"] == "AREA[StudyFirstPostDate]RANGE[2025-03-30,MAX]"


def test_poll_ctgov_eight_ids_take_one_request(db, world, server, cfg):
    ids = [f"NCT0990{i:04d}" for i in range(8)]
    for nct in ids:
        world.add_study(make_study(nct))
    db["trials"].insert_all([{"nct_id": n, "watched": 1} for n in ids])
    seen: list[tuple[int, int]] = []
    stats = poll_ctgov.poll(
        db, cfg, 1, backoff=0, today=TODAY, progress=lambda d, t: seen.append((d, t))
    )
    assert len(_list_requests(server)) == 1
    assert stats["trials"] == 8 and stats["requests"] == 2  # + the related search
    assert seen[-1] == (8, 8)


def test_poll_ctgov_1200_ids_take_two_requests(db, world, server):
    ids = [f"NCT08{i:06d}" for i in range(1200)]
    world.set_studies([make_study(n) for n in ids])
    db["trials"].insert_all([{"nct_id": n, "watched": 1} for n in ids])
    cfg = build_config(server.url + PREFIX, page_size=1000)
    stats = poll_ctgov.poll(db, cfg, 1, backoff=0, today=TODAY)
    assert len(_list_requests(server)) == 2
    assert stats["trials"] == 1200 and stats["snapshots"] == 1200


def test_poll_ctgov_follows_pages_when_the_server_pages(db, world, server, cfg):
    ids = [f"NCT0990{i:04d}" for i in range(8)]
    world.set_studies([make_study(n) for n in ids])
    world.max_page_size = 3
    db["trials"].insert_all([{"nct_id": n, "watched": 1} for n in ids])
    stats = poll_ctgov.poll(db, cfg, 1, backoff=0, today=TODAY)
    assert len(_list_requests(server)) == 3 and stats["trials"] == 8 and stats["unknown"] == []
    tokens = [r.params.get("pageToken") for r in _list_requests(server)]
    assert tokens[0] is None and all(tokens[1:])
    assert (
        db["raw_records"].count_where("source = 'ctgov' and key like 'studies?filter.ids=%'") == 3
    )


def test_poll_ctgov_with_the_bundled_baseline_keeps_the_review_fields(db, world, server, cfg):
    from store.baseline import load_baseline
    from store.trials import REVIEW_FIELDS
    from watcher.config import BUNDLED_BASELINE

    load_baseline(db, BUNDLED_BASELINE)
    review = {r["nct_id"]: r for r in db.query("select * from trials")}
    stats = poll_ctgov.poll(db, cfg, 1, backoff=0, today=TODAY)
    found = {"NCT04770896", "NCT05201404", "NCT05134532", "NCT04435977"}
    assert stats["trials"] == 4 and set(stats["unknown"]) == set(review) - found
    assert stats["requests"] == 1 + len(stats["unknown"]) + 1
    assert [r["kind"] for r in _changes(db)] == [
        "TRIAL_REFERENCE_ADDED"
    ]  # enrollment as the review
    for nct in found:
        row = db["trials"].get(nct)
        printed = [k for k in REVIEW_FIELDS if review[nct][k] is not None]
        assert {k: row[k] for k in printed} == {k: review[nct][k] for k in printed}, nct
        assert row["title"], "a title the review did not print is filled from the registry"
        assert row["status"] and row["last_update_posted"] and row["source"] == "ctgov"
    assert db["trials"].get("NCT05201404")["phase"] == "Phase III"
    unknown = db["trials"].get(stats["unknown"][0])
    assert unknown["note"].endswith("; not found on ClinicalTrials.gov (404)")
