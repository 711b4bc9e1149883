"""The PubMed watcher end to end over real HTTP: searches, fetches, links, alerts, failures."""

from __future__ import annotations

import json
import time
from datetime import timedelta

import pytest

from store.records import get_watermark
from tests.pubmed.conftest import (
    TODAY,
    changes,
    make_config,
    run_poll,
    seed_references,
    seed_trials,
)
from watcher.http import SourceError
from watcher.pubmed import make_client
from watcher.replay.server import Fault

IMBRAVE = {"NCT04770896": "IMbrave251"}


def _served(world, since: int = 0) -> list[str]:
    """PMIDs the efetch answers carried, after the first `since` efetches."""
    return [p for batch in world.served[since:] for p in batch]


def test_poll_pubmed_fetches_each_record_once_across_weekly_runs(db, world, server, cfg, client):
    seed_trials(db, IMBRAVE)
    world.add_article(
        41000001,
        "Atezolizumab with lenvatinib or sorafenib after atezolizumab-bevacizumab in HCC",
        abstract="A randomised phase 3 trial in patients with hepatocellular carcinoma.",
        nct_ids=["NCT04770896"],
        entrez_date=TODAY - timedelta(days=1),
    )
    first = run_poll(db, cfg, client)
    assert first["new"] == 1 and server.count("/eutils/efetch") == 1
    world.add_article(
        41000002,
        "Cabozantinib in hepatocellular carcinoma after immunotherapy: a cohort study",
        abstract="Second-line cabozantinib was given to 80 patients.",
        entrez_date=TODAY + timedelta(days=4),
    )
    mark = len(world.served)
    second = run_poll(db, cfg, client, today=TODAY + timedelta(days=7))
    # the first record is inside the 3-day overlap, found again, and not fetched again
    assert second["found"] == 2 and second["new"] == 1
    assert _served(world, mark) == ["41000002"]
    assert db["publications"].count == 2
    assert get_watermark(db, "pubmed") == (TODAY + timedelta(days=7)).isoformat()
    window = [p for u, p in world.calls if u == "esearch.fcgi"][-3]
    assert (window["datetype"], window["mindate"], window["maxdate"]) == (
        "edat",
        "2025/05/30",
        "2025/06/09",
    )


def test_poll_pubmed_pages_through_the_history_server(db, world, server):
    cfg = make_config(server, batch_size=3)
    client = make_client(cfg, env={}, backoff=0, per_second=1000)
    for i in range(7):
        world.add_article(
            42000000 + i,
            f"Cabozantinib in hepatocellular carcinoma, cohort {i}",
            entrez_date=TODAY - timedelta(days=i),
        )
    stats = run_poll(db, cfg, client)
    fetches = [p for u, p in world.calls if u == "efetch.fcgi"]
    assert [(p["retstart"], p["retmax"]) for p in fetches] == [("0", "3"), ("3", "3"), ("6", "1")]
    assert all(p["WebEnv"].startswith("MCID_") and p["query_key"] == "1" for p in fetches)
    assert stats["new"] == 7 and db["publications"].count == 7
    assert db["raw_records"].count == 3


@pytest.mark.parametrize(
    "title,abstract,how",
    [
        (
            "Second-line outcomes in HCC",
            "Registered as NCT04770896; atezolizumab continued.",
            "text",
        ),
        (
            "Second-line atezolizumab in HCC: the IMbrave-251 trial",
            "A phase 3 trial.",
            "acronym",
        ),
        (
            "Second-line atezolizumab in HCC",
            "Results of imbrave 251 are reported.",
            "acronym",
        ),
    ],
)
def test_poll_pubmed_links_a_trial_named_only_in_the_text(
    db, world, server, cfg, client, title, abstract, how
):
    seed_trials(db, IMBRAVE)
    world.add_article(43000001, title, abstract=abstract, entrez_date=TODAY)
    run_poll(db, cfg, client)
    links = list(db.query("select * from publication_links where pub_id = 'pmid:43000001'"))
    assert [(x["target_type"], x["target"], x["how"]) for x in links] == [
        ("trial", "NCT04770896", how)
    ]
    (change,) = changes(db, "NEW_PUBLICATION")
    assert change["nct_id"] == "NCT04770896" and change["pmid"] == "43000001"
    assert change["summary"] == f"New publication linked to IMbrave251 (NCT04770896): {title}."


def test_poll_pubmed_acronym_spelling_variants_link(db, world, server, cfg, client):
    seed_trials(db, {"NCT04039607": "CheckMate 9DW"})
    world.add_article(
        43000002,
        "Nivolumab plus ipilimumab in HCC: updated CheckMate-9DW analysis",
        abstract="Second-line therapy after progression was recorded.",
        entrez_date=TODAY,
    )
    run_poll(db, cfg, client)
    assert [r["how"] for r in db.query("select how from publication_links")] == ["acronym"]


def test_poll_pubmed_query_match_says_which_query(db, world, server, cfg, client):
    world.add_article(
        43000003,
        "Regorafenib as second-line therapy in HCC",
        abstract="Outcomes after atezolizumab in 60 patients.",
        entrez_date=TODAY,
    )
    run_poll(db, cfg, client)
    (change,) = changes(db, "NEW_PUBLICATION")
    assert (
        change["summary"]
        == "New publication matches query 1: Regorafenib as second-line therapy in HCC."
    )
    detail = json.loads(change["detail"])
    assert detail["matched_by"] == ["query:1"] and detail["queries"]["query:1"].startswith(
        '("hepato'
    )
    pub = db["publications"].get("pmid:43000003")
    assert pub["extracted_at"] is None and pub["abstract"].startswith("Outcomes after")


def _reference_world(db, world):
    """Review reference 7 is a 2023 paper that PubMed knows by its DOI."""
    seed_references(db, {7: "10.1016/S1470-2045(23)00001-X"})
    world.add_article(
        36000007,
        "A reference paper on hepatocellular carcinoma",
        abstract="Background material.",
        doi="10.1016/S1470-2045(23)00001-X",
        entrez_date="2023-01-10",
    )


def test_poll_pubmed_retraction_of_a_baseline_reference_is_reported_once(
    db, world, server, cfg, client
):
    _reference_world(db, world)
    run_poll(db, cfg, client)
    assert db["references"].get(7)["pmid"] == "36000007"
    assert not changes(db, "NEW_PUBLICATION")  # the review's own references are baseline, not news
    notice_day = TODAY + timedelta(days=3)
    world.add_article(
        41900001,
        "Retraction Note: A reference paper on hepatocellular carcinoma",
        pub_types=["Retraction of Publication"],
        comments_corrections=[("RetractionOf", "36000007", "Lancet Oncol. 2023;24:1-10.")],
        entrez_date=notice_day,
    )
    world.add_article(
        36000007,
        "A reference paper on hepatocellular carcinoma",
        abstract="Background material.",
        doi="10.1016/S1470-2045(23)00001-X",
        entrez_date="2023-01-10",
        modified=notice_day,
        pub_types=["Journal Article", "Retracted Publication"],
        comments_corrections=[("RetractionIn", "41900001", "Lancet Oncol. 2025;26:5.")],
    )
    for days in (7, 7, 14):
        stats = run_poll(db, cfg, client, today=TODAY + timedelta(days=days))
    (change,) = changes(db, "RETRACTION")
    assert change["severity"] == "high" and change["pmid"] == "36000007"
    assert json.loads(change["detail"]) == {
        "notice_pmid": "41900001",
        "reference_number": 7,
        "ref_type": "RetractionIn",
    }
    assert "Review reference 7 (PMID 36000007) was retracted" in change["summary"]
    assert stats["retractions"] == 0


def test_poll_pubmed_erratum_in_gives_a_correction(db, world, server, cfg, client):
    seed_trials(db, IMBRAVE)
    world.add_article(
        43000010, "IMbrave251 primary analysis", abstract="NCT04770896.", entrez_date=TODAY
    )
    run_poll(db, cfg, client)
    world.add_article(
        43000010,
        "IMbrave251 primary analysis",
        abstract="NCT04770896.",
        entrez_date=TODAY,
        modified=TODAY + timedelta(days=5),
        comments_corrections=[("ErratumIn", "43000099", "Lancet. 2025;1:1.")],
    )
    stats = run_poll(db, cfg, client, today=TODAY + timedelta(days=7))
    (change,) = changes(db, "CORRECTION")
    assert (change["pmid"], change["nct_id"], change["severity"]) == (
        "43000010",
        "NCT04770896",
        "medium",
    )
    assert json.loads(change["detail"])["notice_pmid"] == "43000099"
    assert stats["corrections"] == 1 and stats["new"] == 0


def test_poll_pubmed_waits_out_a_429_then_succeeds(db, world, server, cfg, client):
    world.add_article(43000020, "Cabozantinib in hepatocellular carcinoma", entrez_date=TODAY)
    server.add_fault(
        "/eutils/esearch.fcgi",
        status=429,
        headers={"Retry-After": "1"},
        body=b'{"error":"API rate limit exceeded","count":"4","limit":"3"}',
    )
    started = time.monotonic()
    stats = run_poll(db, cfg, client)
    assert time.monotonic() - started >= 1.0
    assert stats["new"] == 1 and get_watermark(db, "pubmed") == TODAY.isoformat()


def test_poll_pubmed_5xx_storm_raises_naming_the_request_and_keeps_what_was_stored(
    db, world, server
):
    cfg = make_config(server, batch_size=1)
    client = make_client(cfg, env={"NCBI_API_KEY": "sekrit-key-123"}, backoff=0, per_second=1000)
    world.add_article(43000030, "Cabozantinib in hepatocellular carcinoma, A", entrez_date=TODAY)
    world.add_article(
        43000031,
        "Cabozantinib in hepatocellular carcinoma, B",
        abstract="NCT04770896",
        entrez_date=TODAY,
    )
    seed_trials(db, IMBRAVE)
    server.add_fault("/eutils/efetch.fcgi", Fault())  # the first efetch goes through
    server.add_fault("/eutils/efetch.fcgi", status=503, body=b"Service Unavailable", times=10)
    with pytest.raises(SourceError) as err:
        run_poll(db, cfg, client)
    assert err.value.source == "pubmed" and err.value.request.startswith("efetch")
    assert "sekrit" not in str(err.value)
    assert db["publications"].count == 1 and db["raw_records"].count == 1
    assert get_watermark(db, "pubmed") is None
    assert all(r.params.get("api_key") == "sekrit-key-123" for r in server.log)
    server.clear_faults()
    mark = len(world.served)
    run_poll(db, cfg, client)
    # the missed record is fetched; the stored one may be re-read by the correction check,
    # whose window starts at the last *successful* run
    assert "43000030" in _served(world, mark) and db["publications"].count == 2
    assert get_watermark(db, "pubmed") == TODAY.isoformat()


def test_poll_pubmed_html_page_instead_of_xml_is_a_clear_error(db, world, server, cfg, client):
    world.fail_next("html")
    with pytest.raises(SourceError) as err:
        run_poll(db, cfg, client)
    assert err.value.request == "esearch query 1" or err.value.request.startswith("esearch")
    assert "HTML page instead of XML" in err.value.reason
    assert "Service unavailable" in err.value.reason


def test_poll_pubmed_esearch_error_element_is_not_read_as_no_hits(db, world, server, cfg, client):
    world.fail_next("esearch_error", "Search Backend failed: timeout")
    with pytest.raises(SourceError) as err:
        run_poll(db, cfg, client)
    assert "Search Backend failed: timeout" in err.value.reason
    assert get_watermark(db, "pubmed") is None


def test_poll_pubmed_records_missing_from_efetch_fail_the_source_after_a_retry(
    db, world, server, cfg, client
):
    world.add_article(43000040, "Cabozantinib in hepatocellular carcinoma", entrez_date=TODAY)
    world.add_article(43000041, "Cabozantinib in hepatocellular carcinoma again", entrez_date=TODAY)
    world.fail_next("omit", ["43000041"])
    stats = run_poll(db, cfg, client)  # asked again once: the second answer is complete
    assert stats["new"] == 2 and stats["missing"] == 0
    world.add_article(43000042, "Cabozantinib in hepatocellular carcinoma, late", entrez_date=TODAY)
    world.fail_next("omit", ["43000042"])
    world.fail_next("omit", ["43000042"])
    with pytest.raises(SourceError) as err:
        run_poll(db, cfg, client, today=TODAY + timedelta(days=1))
    assert "43000042" in err.value.reason
    assert get_watermark(db, "pubmed") == TODAY.isoformat()


def test_poll_pubmed_trial_registry_references_are_fetched_by_id(db, world, server, cfg, client):
    seed_trials(db, IMBRAVE)
    db["changes"].insert(
        {
            "kind": "TRIAL_REFERENCE_ADDED",
            "nct_id": "NCT04770896",
            "fingerprint": "x",
            "detail": json.dumps({"pmids": ["43000050"]}),
        }
    )
    world.add_article(
        43000050, "Design of a phase 3 trial in liver cancer", entrez_date=TODAY - timedelta(days=2)
    )
    stats = run_poll(db, cfg, client)
    assert stats["new"] == 1
    assert [p.get("id") for u, p in world.calls if u == "efetch.fcgi"] == ["43000050"]
    link = db["publication_links"].get(("pmid:43000050", "trial", "NCT04770896"))
    assert link["how"] == "trial_reference"
    assert changes(db, "NEW_PUBLICATION")[0]["nct_id"] == "NCT04770896"


def test_pubmed_client_posts_long_id_lists_and_paces_by_key(world, server, cfg):
    from watcher.pubmed import parse_pubmed_articles

    client = make_client(cfg, env={}, backoff=0, per_second=1000)
    for i in range(3):
        world.add_article(44000000 + i, f"Paper {i}", entrez_date=TODAY)
    ids = [str(44000000 + i) for i in range(250)]
    pubs = parse_pubmed_articles(client.efetch(ids))
    assert len(pubs) == 3 and server.log[-1].method == "POST"
    client.efetch(ids[:3])
    assert server.log[-1].method == "GET"
    assert make_client(cfg, env={}).limiter.interval == pytest.approx(1 / 3)
    assert make_client(cfg, env={"NCBI_API_KEY": "k"}).limiter.interval == pytest.approx(0.1)
    keyed = make_client(cfg, env={"NCBI_API_KEY": "k", "NCBI_EMAIL": "a@b.org"})
    assert (keyed.email, keyed.tool) == ("a@b.org", "hcc-evidence-watcher")
    assert "k" not in repr(keyed).split("api_key")[0][-3:] and "api_key" not in repr(keyed)


@pytest.mark.parametrize(
    "ref_type,kind",
    [("ErratumIn", "CORRECTION"), ("UpdateIn", "UPDATE"), ("ExpressionOfConcernIn", "CORRECTION")],
)
def test_poll_pubmed_notice_kinds(db, world, server, cfg, client, ref_type, kind):
    world.add_article(43000060, "Cabozantinib in hepatocellular carcinoma", entrez_date=TODAY)
    run_poll(db, cfg, client)
    world.add_article(
        43000060,
        "Cabozantinib in hepatocellular carcinoma",
        entrez_date=TODAY,
        modified=TODAY + timedelta(days=2),
        comments_corrections=[(ref_type, "43000061", "J Hepatol. 2025;3:4.")],
    )
    run_poll(db, cfg, client, today=TODAY + timedelta(days=7))
    (change,) = changes(db, kind)
    assert json.loads(change["detail"])["ref_type"] == ref_type


def test_poll_pubmed_a_notice_found_by_search_points_at_a_tracked_paper(
    db, world, server, cfg, client
):
    """The other direction: the erratum itself turns up (ErratumFor), the paper is unchanged."""
    world.add_article(43000070, "Cabozantinib in hepatocellular carcinoma", entrez_date=TODAY)
    run_poll(db, cfg, client)
    world.add_article(
        43000071,
        "Erratum: Cabozantinib in hepatocellular carcinoma",
        pub_types=["Published Erratum"],
        comments_corrections=[("ErratumFor", "43000070", "J Hepatol. 2025;1:1.")],
        entrez_date=TODAY + timedelta(days=3),
    )
    stats = run_poll(db, cfg, client, today=TODAY + timedelta(days=7))
    (change,) = changes(db, "CORRECTION")
    assert (change["pmid"], json.loads(change["detail"])["notice_pmid"]) == ("43000070", "43000071")
    assert stats["corrections"] == 1
    # the erratum is stored but not announced as a new publication
    assert [c["pmid"] for c in changes(db, "NEW_PUBLICATION")] == ["43000070"]


def test_poll_pubmed_registry_pmid_unknown_to_pubmed_does_not_block_the_source(
    db, world, server, cfg, client
):
    seed_trials(db, IMBRAVE)
    db["changes"].insert(
        {
            "kind": "TRIAL_REFERENCE_ADDED",
            "nct_id": "NCT04770896",
            "fingerprint": "y",
            "detail": json.dumps({"pmids": ["99999999"]}),
        }
    )
    stats = run_poll(db, cfg, client)
    assert stats["missing"] == 1 and get_watermark(db, "pubmed") == TODAY.isoformat()
    mark = len(world.served)
    run_poll(db, cfg, client, today=TODAY + timedelta(days=7))
    assert _served(world, mark) == []  # not asked for again for a while


def test_pubmed_long_terms_go_by_post_and_split_past_the_limit(db, world, server):
    from watcher.poll_pubmed import or_terms

    assert or_terms(["a" * 10] * 5, limit=30) == [
        "aaaaaaaaaa OR aaaaaaaaaa",
        "aaaaaaaaaa OR aaaaaaaaaa",
        "aaaaaaaaaa",
    ]
    seed_trials(db, {f"NCT0{5000000 + i}": None for i in range(60)})
    world.add_article(43000080, "A trial", abstract="Registered as NCT05000059.", entrez_date=TODAY)
    cfg = make_config(server, queries=[])
    client = make_client(cfg, env={}, backoff=0, per_second=1000)
    stats = run_poll(db, cfg, client)
    first = server.log[0]
    assert first.method == "POST" and "NCT05000059[tiab]" in first.params["term"]
    assert stats["searched"] == 1 and stats["new"] == 1


def test_pubmed_connection_errors_never_show_the_api_key(db, cfg):
    cfg["pubmed"]["base_url"] = "http://127.0.0.1:9/eutils"
    client = make_client(cfg, env={"NCBI_API_KEY": "sekrit-key-456"}, backoff=0, per_second=1000)
    with pytest.raises(SourceError) as err:
        run_poll(db, cfg, client)
    assert "sekrit" not in str(err.value) and err.value.request.startswith("esearch")
    assert err.value.__cause__ is None and err.value.__suppress_context__
