"""The E-utilities parsers on project-written payloads: untrusted XML, DTDs offline, edge cases."""

from __future__ import annotations

import time

import pytest

from watcher.pubmed import (
    EntrezError,
    MissingDTDError,
    UnsafeXMLError,
    parse_esearch,
    parse_pubmed_articles,
)
from watcher.replay.eutils_routes import PUBMED_DOCTYPE, XML_DECL, build_article_xml


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Any attempt by Bio.Entrez to download a DTD fails the test."""

    def refuse(*args, **kwargs):
        raise AssertionError(f"network access attempted: {args[:1]}")

    monkeypatch.setattr("Bio.Entrez.Parser.urlopen", refuse)
    monkeypatch.setattr("Bio.Entrez.urlopen", refuse)


def article_set(*articles: str, doctype: str = PUBMED_DOCTYPE) -> bytes:
    return (
        f"{XML_DECL}\n{doctype}\n<PubmedArticleSet>{''.join(articles)}</PubmedArticleSet>".encode()
    )


def laughs(root: str) -> bytes:
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{(f"&lol{i - 1};" if i > 1 else "&lol;") * 10}">' for i in range(1, 10)
    )
    return (
        f'<?xml version="1.0"?>\n<!DOCTYPE {root} [{entities}]>\n<{root}>&lol9;</{root}>'.encode()
    )


def test_parse_pubmed_articles_reads_fields_and_escapes():
    xml = build_article_xml(
        41000100,
        "Lenvatinib <after> atezolizumab & bevacizumab",
        abstract=[
            ("BACKGROUND", "Few data exist."),
            ("RESULTS", "ORR was 20% (95% CI 12-30); p<0.05."),
        ],
        nct_ids=["NCT05201404"],
        doi="10.1002/HEP.99999",
        pmcid="PMC1234567",
        pub_types=["Journal Article", "Multicenter Study"],
        comments_corrections=[("UpdateIn", "41000200", "Hepatology. 2025;2:3.")],
        entrez_date="2025-04-03",
        pub_date="2025-05-01",
        mesh=["Carcinoma, Hepatocellular"],
    )
    (pub,) = parse_pubmed_articles(article_set(xml))
    assert pub["title"] == "Lenvatinib <after> atezolizumab & bevacizumab"
    assert (
        pub["abstract"]
        == "BACKGROUND: Few data exist.\n\nRESULTS: ORR was 20% (95% CI 12-30); p<0.05."
    )
    assert pub["sections"][1] == {
        "label": "RESULTS",
        "nlm_category": "RESULTS",
        "text": "ORR was 20% (95% CI 12-30); p<0.05.",
    }
    assert (pub["doi"], pub["pmcid"], pub["entrez_date"], pub["pub_date"]) == (
        "10.1002/HEP.99999",
        "PMC1234567",
        "2025-04-03",
        "2025-05-01",
    )
    assert pub["databank_nct_ids"] == ["NCT05201404"] and pub["nct_ids"] == ["NCT05201404"]
    assert pub["comments_corrections"] == [
        {"ref_type": "UpdateIn", "pmid": "41000200", "source": "Hepatology. 2025;2:3."}
    ]
    assert pub["mesh_terms"] == ["Carcinoma, Hepatocellular"]


@pytest.mark.parametrize("root", ["PubmedArticleSet", "eSearchResult"])
def test_pubmed_parsers_refuse_billion_laughs_quickly(root):
    started = time.monotonic()
    parse = parse_pubmed_articles if root == "PubmedArticleSet" else parse_esearch
    with pytest.raises(UnsafeXMLError, match="entities"):
        parse(laughs(root))
    assert time.monotonic() - started < 0.5


@pytest.mark.parametrize(
    "doctype",
    [
        '<!DOCTYPE PubmedArticleSet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
        '<!DOCTYPE PubmedArticleSet PUBLIC "x" "https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd" [<!ELEMENT x ANY>]>',
    ],
)
def test_parse_pubmed_articles_refuses_internal_subsets(doctype):
    with pytest.raises(UnsafeXMLError):
        parse_pubmed_articles(article_set(build_article_xml(1, "t"), doctype=doctype))


def test_parse_pubmed_articles_newer_pubmed_dtd_falls_back_without_dropping_records():
    doctype = (
        '<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2099//EN" '
        '"https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_990101.dtd">'
    )
    payload = article_set(build_article_xml(1, "One"), build_article_xml(2, "Two"), doctype=doctype)
    pubs = parse_pubmed_articles(payload)
    assert [p["pmid"] for p in pubs] == ["1", "2"]
    assert "pubmed_990101.dtd" in pubs[0]["parse_note"]


def test_parse_pubmed_articles_unknown_dtd_is_a_clear_error_offline():
    doctype = (
        '<!DOCTYPE PubmedArticleSet SYSTEM "https://dtd.nlm.nih.gov/ncbi/other/out/medline_x.dtd">'
    )
    with pytest.raises(MissingDTDError, match="medline_x.dtd"):
        parse_pubmed_articles(article_set(build_article_xml(1, "One"), doctype=doctype))


@pytest.mark.parametrize(
    "payload,message",
    [
        (b"<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head></html>", "HTML page"),
        (b"Service unavailable", "not XML"),
        (b'{"error":"API rate limit exceeded"}', "not XML"),
        (article_set(build_article_xml(1, "One"))[:-40], "truncated"),
        (
            b'<?xml version="1.0"?>\n<eFetchResult><ERROR>Unable to obtain query #1</ERROR></eFetchResult>',
            "Unable to obtain",
        ),
        (
            b'<?xml version="1.0"?>\n<PubmedArticleSet><PubmedArticle/></PubmedArticleSet>',
            "no DOCTYPE",
        ),
    ],
)
def test_parse_pubmed_articles_bad_payloads_raise_clearly(payload, message):
    with pytest.raises(EntrezError, match=message):
        parse_pubmed_articles(payload)


def test_parse_pubmed_articles_handles_book_articles():
    book = (
        '<PubmedBookArticle><BookDocument><PMID Version="1">30000001</PMID>'
        '<ArticleIdList><ArticleId IdType="bookaccession">NBK0001</ArticleId></ArticleIdList>'
        "<Book><Publisher><PublisherName>Project Press</PublisherName></Publisher>"
        "<BookTitle>Liver cancer handbook</BookTitle><PubDate><Year>2024</Year></PubDate></Book>"
        "<ArticleTitle>Systemic therapy for <i>HCC</i></ArticleTitle>"
        '<Abstract><AbstractText Label="SUMMARY">Options after NCT04770896.</AbstractText></Abstract>'
        "</BookDocument><PubmedBookData><History>"
        '<PubMedPubDate PubStatus="entrez"><Year>2024</Year><Month>5</Month><Day>2</Day></PubMedPubDate>'
        "</History><PublicationStatus>ppublish</PublicationStatus>"
        '<ArticleIdList><ArticleId IdType="pubmed">30000001</ArticleId></ArticleIdList>'
        "</PubmedBookData></PubmedBookArticle>"
    )
    pubs = parse_pubmed_articles(article_set(build_article_xml(1, "One"), book))
    assert [(p["kind"], p["pmid"]) for p in pubs] == [("article", "1"), ("book", "30000001")]
    assert pubs[1]["title"] == "Systemic therapy for HCC"
    assert (pubs[1]["entrez_date"], pubs[1]["nct_ids"]) == ("2024-05-02", ["NCT04770896"])
