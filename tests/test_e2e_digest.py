"""End to end over the replay servers: baseline, two polls, the digest, a rerun.

The world: the demo's recorded world, plus a paper reporting the same watched
trial's results that the registry posts (they agree: recorded, not alerted),
and the retraction of a review reference.
"""

from __future__ import annotations

import json

from click.testing import CliRunner

from watcher.cli import cli
from watcher.replay import ReplayServer
from watcher.replay.demo_world import REFERENCE_PMIDS, advance, build_world, mount_world


def _run(cfg, *args):
    result = CliRunner().invoke(cli, ["--config", str(cfg), *args])
    return result


def test_e2e_digest_holds_exactly_the_expected_items_in_order(tmp_path, monkeypatch):
    for var in (
        "WATCHER_DB",
        "WATCHER_CONFIG",
        "WATCHER_CTGOV_URL",
        "WATCHER_PUBMED_URL",
        "NCBI_API_KEY",
    ):
        monkeypatch.delenv(var, raising=False)
    world = build_world()
    with ReplayServer() as server:
        urls = mount_world(server, world)
        cfg = tmp_path / "config.toml"
        cfg.write_text(
            f'[store]\npath = "{tmp_path / "w.db"}"\n'
            f'[clinicaltrials]\nbase_url = "{urls["ctgov"]}"\nrequests_per_second = 100.0\n'
            f'[pubmed]\nbase_url = "{urls["pubmed"]}"\nemail = "t@example.invalid"\n'
        )
        assert _run(cfg, "init").exit_code == 0
        first = _run(cfg, "poll", "--source", "ctgov", "--source", "pubmed")
        assert first.exit_code == 0, first.output
        advance(world)
        # The registry's results for NCT05134532 also appear in a paper, with the same numbers.
        world.eutils.add_article(
            "99200010",
            "Regorafenib after atezolizumab plus bevacizumab: final analysis of a phase 2 trial (DEMO DATA)",
            entrez_date=world.day(1),
            nct_ids=["NCT05134532"],
            abstract="DEMO DATA: Forty patients received regorafenib. Median progression-free survival "
            "was 3.6 months (95% CI 1.9-4.4).",
        )
        # A review reference (23) is retracted.
        pmid23, doi23 = REFERENCE_PMIDS[23]
        world.eutils.add_article(
            pmid23,
            "Second-line regorafenib after atezolizumab plus bevacizumab: phase 2 REGO-NEXT trial",
            doi=doi23,
            entrez_date="2024-03-15",
            modified=world.day(0),  # PubMed revises the paper's record when the notice appears
            comments_corrections=[("RetractionIn", "99200011", "DEMO DATA retraction notice")],
        )
        world.eutils.add_article(
            "99200011",
            "Retraction notice (DEMO DATA)",
            entrez_date=world.day(1),
            pub_types=["Retraction of Publication"],
            comments_corrections=[("RetractionOf", pmid23, "J Clin Oncol 2024")],
        )
        second = _run(cfg, "poll", "--source", "ctgov", "--source", "pubmed")
        assert second.exit_code == 0, second.output
        digest = json.loads(_run(cfg, "digest", "--format", "json", "--mark").stdout)
        rerun = _run(cfg, "poll", "--source", "ctgov", "--source", "pubmed")
        assert rerun.exit_code == 0, rerun.output
        after = json.loads(_run(cfg, "digest", "--format", "json").stdout)

    changes = digest["changes"]
    groups = [c["group"] for c in changes]
    assert groups == sorted(groups), "items are ordered by group"
    kinds = [(c["kind"], c.get("nct_id"), c.get("pmid")) for c in changes]
    # Registry results of the watched trial: posted once, new values once each.
    assert kinds.count(("RESULTS_POSTED", "NCT05134532", None)) == 1
    pfs = [c for c in changes if c["endpoint"] == "mPFS" and c.get("nct_id") == "NCT05134532"]
    assert (
        len(pfs) == 1
        and pfs[0]["value"] == 3.6
        and (pfs[0]["ci_low"], pfs[0]["ci_high"]) == (1.9, 4.4)
    )
    # The paper's agreeing value is CONFIRMED: recorded, not in the digest.
    assert not any(c["kind"] == "CONFIRMED" for c in changes)
    # Status change, the review's value beside the updated one, the retraction, noise absent.
    assert any(c["kind"] == "TRIAL_STATUS_CHANGE" and c["nct_id"] == "NCT04770896" for c in changes)
    updated = [c for c in changes if c["kind"] == "UPDATED_RESULT"]
    assert [(u["value"], u["baseline"]["value"]) for u in updated] == [(9.4, 9.1)]
    retractions = [c for c in changes if c["kind"] == "RETRACTION"]
    assert (
        len(retractions) == 1
        and retractions[0]["pmid"] == pmid23
        and retractions[0]["severity"] == "high"
    )
    assert not any(c.get("pmid") in ("99100002", "99200003") for c in changes)
    assert len({c["fingerprint"] for c in changes}) == len(changes)
    # Nothing twice: after marking, a rerun of the whole pipeline reports nothing.
    assert after["changes"] == []
