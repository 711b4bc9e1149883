"""`watcher check --offline`: the review's view of one trial, for people and scripts."""

from __future__ import annotations

import json

import pytest


def test_check_offline_human_report_for_table4_trial(store, run_cli):
    result = run_cli("check", "NCT04770896", "--offline")
    assert result.exit_code == 0, result.output
    out = result.output
    assert out.startswith("NCT04770896 (IMbrave251)")
    assert "In the review (Table 4" in out
    assert "Planned N:        554" in out
    assert "Atezolizumab + Lenvatinib or Sorafenib" in out
    assert "Primary endpoint: OS" in out
    assert "Progressed on Atezo-Bev" in out
    assert "Registry: no snapshot yet" in out


def test_check_offline_json_matches_store(store, run_cli):
    result = run_cli("check", "nct04770896", "--offline", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["nct_id"] == "NCT04770896"
    assert data["acronym"] == "IMbrave251"
    assert data["review"]["planned_enrollment"] == 554
    assert data["review"]["table"] == "Table 4"
    assert data["changes"] == []


def test_check_offline_shows_review_values_of_a_table1_trial(store, run_cli):
    nct = next(store.query("select nct_id from trials where acronym = 'IMbrave150'"), {}).get(
        "nct_id"
    )
    if not nct:
        pytest.skip("IMbrave150's NCT ID is not in the baseline")
    data = json.loads(run_cli("check", nct, "--offline", "--json").output)
    values = {(v["endpoint"], v["location"]): v for v in data["review"]["values"]}
    assert values[("mOS", "Table 1")]["value"] == 19.2
    assert values[("HR_OS", "Table 1")]["value"] == 0.66
    human = run_cli("check", nct, "--offline").output
    assert "mOS" in human and "19.2 months" in human


@pytest.mark.parametrize("bad", ["NCT123", "04770896", "NCT0477089X", "IMbrave251", ""])
def test_check_malformed_id_exits_2_with_format(store, run_cli, bad):
    result = run_cli("check", bad, "--offline")
    assert result.exit_code == 2
    assert "NCT followed by 8 digits" in result.output
    assert "Traceback" not in result.output


def test_check_unknown_id_says_so_plainly(store, run_cli):
    result = run_cli("check", "NCT09999999", "--offline")
    assert result.exit_code == 1
    assert "NCT09999999 is not in the store" in result.output
    assert "Traceback" not in result.output
