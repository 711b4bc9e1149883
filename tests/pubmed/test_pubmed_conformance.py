"""Our parsers on every real recorded E-utilities and feed payload in ../shared/fixtures/real.

Nothing here is copied into the repository: the payloads are read in place,
and the tests skip when the shared fixtures are absent.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from Bio import Entrez

from watcher.feeds import parse_feed
from watcher.pubmed import EntrezError, parse_esearch, parse_pubmed_articles

REAL = Path(__file__).resolve().parents[2].parent / "shared" / "fixtures" / "real"
PUBMED = REAL / "pubmed"
FEEDS = REAL / "feeds"

EFETCH = {
    "biopython_pubmed1.xml": ["12091962", "9997"],
    "biopython_pubmed2.xml": ["11748933", "11700088"],
    "biopython_pubmed4.xml": ["27797938"],
    "biopython_pubmed5.xml": ["28775130"],
    "biopython_pubmed6.xml": ["30108519"],
    "biopython_pubmed7.xml": ["29963580"],
    "biomcp_efetch_citation_22663011.xml": ["22663011"],
    "metapub_sample_article_23435529.xml": ["23435529"],
    "metapub_pmid_33474827.xml": ["33474827"],
    "metapub_pmid_35649368.xml": ["35649368"],
    "metapub_pmid_38147649.xml": ["38147649"],
    "metapub_sample_article_20301577.xml": ["20301577"],
}
ESEARCH = {
    "biopython_esearch1.xml": 63,
    "biopython_esearch2.xml": 42249,
    "biopython_esearch3.xml": 2651,
    "biopython_esearch5.xml": 5,
    "biopython_esearch8.xml": 0,
    "biomcp_variant_articles_683_2ebc125ce85e.json": 3,
    "biomcp_variant_articles_683_a7c2c7880e6d.json": 1,
    "biomcp_variant_articles_683_4c7a563ff509.json": 40362,
}
ERRORS = {
    "biomcp_variant_articles_683_25d287820236.json": "API rate limit exceeded",
    "biopython_epost2.xml": "Invalid db name specified: nothing",
    "biopython_esummary8.xml": "Neither query_key nor id specified",
    "biopython_epost3.xml": "Empty ID list; Nothing to store",
}
OTHER = [  # elink/einfo/epost/esummary/espell: we do not use them; they must still read offline
    "biopython_einfo1.xml",
    "biopython_einfo2.xml",
    "biopython_elink1.xml",
    "biopython_elink3.xml",
    "biopython_elink4.xml",
    "biopython_elink5.xml",
    "biopython_elink6.xml",
    "biopython_elink7.xml",
    "biopython_elink8.xml",
    "biopython_epost1.xml",
    "biopython_esummary1.xml",
    "biopython_espell.xml",
]
FEED_COUNTS = {
    "biofeed_nature_20250319.xml": 30,
    "biofeed_biorxiv_20250413.xml": 30,
    "biofeed_bmc_20250413.xml": 5,
    "biofeed_plos_20250413.xml": 4,
}


@pytest.fixture(autouse=True)
def real_fixtures(monkeypatch):
    if not REAL.is_dir():
        pytest.skip(
            "../shared/fixtures/real not present: conformance needs the real recorded payloads"
        )

    def refuse(*args, **kwargs):
        raise AssertionError("a parser tried to reach the network")

    monkeypatch.setattr("Bio.Entrez.Parser.urlopen", refuse)


def _read(folder: Path, name: str) -> bytes:
    return (folder / name).read_bytes()


def test_conformance_every_recorded_file_is_covered():
    listed = set(EFETCH) | set(ESEARCH) | set(ERRORS) | set(OTHER)
    assert {p.name for p in PUBMED.iterdir()} == listed
    assert {p.name for p in FEEDS.iterdir()} == set(FEED_COUNTS)


@pytest.mark.parametrize("name,pmids", sorted(EFETCH.items()))
def test_conformance_efetch_payloads_parse(name, pmids):
    pubs = parse_pubmed_articles(_read(PUBMED, name))
    assert [p["pmid"] for p in pubs] == pmids
    for p in pubs:
        assert p["title"] and "<i>" not in p["title"]
        assert isinstance(p["comments_corrections"], list)


@pytest.mark.parametrize(
    "name,pmid,doi",
    [
        ("biomcp_efetch_citation_22663011.xml", "22663011", "10.1056/NEJMoa1203421"),
        ("biopython_pubmed4.xml", "27797938", "10.1136/gutjnl-2016-312510"),
        ("metapub_pmid_35649368.xml", "35649368", "10.1016/j.celrep.2022.110870"),
        ("metapub_sample_article_23435529.xml", "23435529", "10.1200/JCO.2012.44.6112"),
        ("biopython_pubmed1.xml", "9997", "10.1016/0005-2795(76)90109-4"),
    ],
)
def test_conformance_efetch_dois(name, pmid, doi):
    pubs = {p["pmid"]: p for p in parse_pubmed_articles(_read(PUBMED, name))}
    assert pubs[pmid]["doi"] == doi


def test_conformance_databank_nct_and_structured_abstract():
    (pub,) = parse_pubmed_articles(_read(PUBMED, "biomcp_efetch_citation_22663011.xml"))
    assert pub["databank_nct_ids"] == ["NCT01245062"] and pub["nct_ids"] == ["NCT01245062"]
    assert [s["label"] for s in pub["sections"]] == [
        "BACKGROUND",
        "METHODS",
        "RESULTS",
        "CONCLUSIONS",
    ]
    assert pub["abstract"].startswith("BACKGROUND: ") and "\n\nMETHODS: " in pub["abstract"]
    assert pub["entrez_date"] == "2012-06-06"
    assert [c["ref_type"] for c in pub["comments_corrections"]] == ["CommentIn"] * 3


@pytest.mark.parametrize(
    "name,notice",
    [("metapub_pmid_35649368.xml", "35767954"), ("metapub_pmid_38147649.xml", "39705317")],
)
def test_conformance_erratum_in(name, notice):
    (pub,) = parse_pubmed_articles(_read(PUBMED, name))
    assert {"ref_type": "ErratumIn", "pmid": notice} in [
        {k: c[k] for k in ("ref_type", "pmid")} for c in pub["comments_corrections"]
    ]


def test_conformance_book_article_does_not_crash():
    (pub,) = parse_pubmed_articles(_read(PUBMED, "metapub_sample_article_20301577.xml"))
    assert pub["kind"] == "book" and pub["title"] == "CACNA1C-Related Disorders"
    assert pub["sections"][0]["label"] == "CLINICAL CHARACTERISTICS"
    assert "QTc <350 ms" in pub["abstract"]  # a literal "<" survives inline-tag stripping


@pytest.mark.parametrize("name,count", sorted(ESEARCH.items()))
def test_conformance_esearch_payloads_parse(name, count):
    res = parse_esearch(_read(PUBMED, name))
    assert res["count"] == count
    assert len(res["ids"]) == min(count, res["retmax"] or len(res["ids"]))


def test_conformance_esearch_history_and_no_hits():
    res = parse_esearch(_read(PUBMED, "biopython_esearch2.xml"))
    assert (res["query_key"], res["webenv"]) == ("1", "MCID_6927d6e7fee3e90f880ec190")
    assert len(res["ids"]) == 100
    empty = parse_esearch(_read(PUBMED, "biopython_esearch8.xml"))
    assert empty["errors"] == ["PhraseNotFound: abcXYZ"]
    assert empty["warnings"] == ["OutputMessage: No items found."]


@pytest.mark.parametrize("name,message", sorted(ERRORS.items()))
def test_conformance_error_payloads_raise_clearly(name, message):
    with pytest.raises(EntrezError, match=message):
        parse_esearch(_read(PUBMED, name))


@pytest.mark.parametrize("name", OTHER)
def test_conformance_other_utilities_read_offline(name):
    record = Entrez.read(io.BytesIO(_read(PUBMED, name)))
    assert record


@pytest.mark.parametrize("name,count", sorted(FEED_COUNTS.items()))
def test_conformance_feeds_parse(name, count):
    entries = parse_feed(_read(FEEDS, name), f"https://example.org/{name}")
    assert len(entries) == count
    assert all(e["title"] and e["link"] for e in entries)
    assert not any(re.search(r"<[A-Za-z/!]", e["abstract"] or "") for e in entries)


def test_conformance_feed_identifiers():
    biorxiv = parse_feed(_read(FEEDS, "biofeed_biorxiv_20250413.xml"), "https://biorxiv.org/rss")
    assert biorxiv[0]["doi"] == "10.1101/2025.04.07.647590"
    plos = parse_feed(_read(FEEDS, "biofeed_plos_20250413.xml"), "https://plos.org/atom")
    assert plos[0]["doi"] == "10.1371/journal.pcbi.1012994"
    bmc = parse_feed(_read(FEEDS, "biofeed_bmc_20250413.xml"), "https://bmc.org/rss")
    assert bmc[0]["doi"] == "10.1186/s12859-025-06113-4" and bmc[0]["pub_date"] == "2025-04-09"
