"""The feeds watcher: RSS 2.0 and Atom, untrusted HTML as plain text, dedup against PubMed."""

from __future__ import annotations

import pytest

from store.publications import upsert_publication
from tests.pubmed.conftest import changes, run_poll, seed_trials
from watcher.feeds import html_to_text, parse_feed
from watcher.http import SourceError
from watcher.pubmed import UnsafeXMLError

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:prism="http://prismstandard.org/namespaces/basic/2.0/">
<channel><title>Journal of Liver Oncology: latest</title><link>https://journal.example.org</link>
<description>Latest articles</description>
<item>
  <title>Cabozantinib after &lt;script&gt;alert(1)&lt;/script&gt; atezolizumab in HCC</title>
  <link>https://journal.example.org/articles/10.1234/jlo.2025.0101</link>
  <description><![CDATA[<p>Outcomes in <b>hepatocellular carcinoma</b> &amp; cirrhosis.</p><script>steal()</script>]]></description>
  <pubDate>Tue, 03 Jun 2025 00:00:00 GMT</pubDate>
  <prism:doi>10.1234/JLO.2025.0101</prism:doi>
</item>
<item>
  <title>Statins and coronary plaque</title>
  <link>https://journal.example.org/articles/10.1234/jlo.2025.0102</link>
  <description>A cardiology cohort.</description>
  <pubDate>Tue, 03 Jun 2025 00:00:00 GMT</pubDate>
</item>
<item>
  <title>Regorafenib in HCC: the indexed version</title>
  <link>https://journal.example.org/articles/10.1234/jlo.2025.0103</link>
  <dc:identifier>doi:10.1234/jlo.2025.0103</dc:identifier>
  <description>Already in PubMed.</description>
</item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>Oncology preprints</title><id>urn:example:feed</id><updated>2025-06-03T00:00:00Z</updated>
<entry>
  <title type="html">IMbrave-251 &lt;script&gt;x()&lt;/script&gt;update</title>
  <id>urn:example:1</id>
  <link href="https://pubmed.ncbi.nlm.nih.gov/41000500/"/>
  <updated>2025-06-02T10:00:00Z</updated>
  <summary type="html">&lt;p&gt;Survival after second-line atezolizumab.&lt;/p&gt;&lt;script&gt;evil()&lt;/script&gt;</summary>
</entry>
</feed>
"""


@pytest.fixture
def feeds_cfg(cfg, server, feeds_world):
    feeds_world.put("jlo.xml", RSS)
    feeds_world.put("preprints.atom", ATOM, "application/atom+xml")
    cfg["feeds"]["urls"] = [f"{server.url}/feeds/jlo.xml", f"{server.url}/feeds/preprints.atom"]
    return cfg


def test_parse_feed_rss_and_atom_arrive_as_plain_text(server):
    rss = parse_feed(RSS.encode(), "https://journal.example.org/rss")
    assert [p["title"] for p in rss] == [
        "Cabozantinib after atezolizumab in HCC",
        "Statins and coronary plaque",
        "Regorafenib in HCC: the indexed version",
    ]
    assert rss[0]["abstract"] == "Outcomes in hepatocellular carcinoma & cirrhosis."
    assert (rss[0]["doi"], rss[0]["pub_date"]) == ("10.1234/JLO.2025.0101", "2025-06-03")
    assert rss[1]["doi"] == "10.1234/jlo.2025.0102"  # from the link
    assert rss[2]["doi"] == "10.1234/jlo.2025.0103"  # from dc:identifier
    (atom,) = parse_feed(ATOM.encode(), "https://example.org/atom")
    assert atom["title"] == "IMbrave-251 update" and atom["pmid"] == "41000500"
    assert atom["abstract"] == "Survival after second-line atezolizumab."
    for p in [*rss, atom]:
        assert "<" not in (p["title"] + (p["abstract"] or ""))
        assert not any(
            w in (p["title"] + (p["abstract"] or "")) for w in ("alert", "steal", "evil")
        )


@pytest.mark.parametrize(
    "html,text",
    [
        ("<p>a</p><p>b</p>", "a b"),
        ("x &lt;script&gt;bad()&lt;/script&gt; y", "x y"),
        ("<style>p{}</style>HR 0.8", "HR 0.8"),
        ("p &lt; 0.05", "p < 0.05"),
    ],
)
def test_html_to_text_drops_markup_and_scripts(html, text):
    assert html_to_text(html) == text


def test_parse_feed_refuses_entity_declarations():
    bomb = b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaa">]><rss version="2.0"><channel>&a;</channel></rss>'
    with pytest.raises(UnsafeXMLError):
        parse_feed(bomb, "https://x.example/rss")


def test_poll_feeds_stores_all_alerts_relevant_and_dedups_by_doi(db, feeds_cfg):
    seed_trials(db, {"NCT04770896": "IMbrave251"})
    pubmed_record = {
        "pmid": "41000400",
        "doi": "10.1234/JLO.2025.0103",
        "title": "Regorafenib in HCC",
        "abstract": "Indexed.",
    }
    upsert_publication(
        db, pubmed_record, source="pubmed", matched_by="query:1", raw_id=None, run_id=None
    )
    stats = run_poll(db, feeds_cfg, None, module="feeds")
    assert stats["entries"] == 4 and stats["new"] == 3 and stats["alerted"] == 2
    assert db["publications"].count == 4
    assert db["publications"].get("pmid:41000400")["source"] == "pubmed"  # not overwritten
    alerts = {c["pub_id"]: c for c in changes(db, "NEW_PUBLICATION")}
    assert set(alerts) == {"doi:10.1234/jlo.2025.0101", "pmid:41000500"}
    assert alerts["pmid:41000500"]["summary"] == (
        "New publication linked to IMbrave251 (NCT04770896): IMbrave-251 update."
    )
    assert alerts["doi:10.1234/jlo.2025.0101"]["summary"].startswith(
        "New publication matches the HCC keywords (feed Journal of Liver Oncology: latest)"
    )
    # a rerun stores nothing new and alerts nothing twice
    run_poll(db, feeds_cfg, None, module="feeds")
    assert len(changes(db, "NEW_PUBLICATION")) == 2 and db["publications"].count == 4


def test_poll_feeds_a_failing_feed_does_not_stop_the_others(db, feeds_cfg, server):
    feeds_cfg["feeds"]["urls"].insert(0, f"{server.url}/feeds/missing.xml")
    with pytest.raises(SourceError) as err:
        run_poll(db, feeds_cfg, None, module="feeds")
    assert err.value.source == "feeds" and "missing.xml" in err.value.request
    assert "HTTP 404" in err.value.reason
    assert db["publications"].count == 4 and db["raw_records"].count == 2


def test_pubmed_record_after_a_feed_entry_takes_it_over_without_a_second_alert(
    db, world, feeds_cfg, client
):
    from datetime import date

    run_poll(db, feeds_cfg, None, module="feeds")
    world.add_article(
        41000600,
        "Cabozantinib after atezolizumab in HCC",
        abstract="Second-line cabozantinib in hepatocellular carcinoma after atezolizumab.",
        doi="10.1234/jlo.2025.0101",
        entrez_date=date(2025, 6, 1),
    )
    stats = run_poll(db, feeds_cfg, client)
    assert stats["new"] == 0 and stats["fetched"] == 1
    row = db["publications"].get("pmid:41000600")
    assert (row["source"], row["doi"]) == ("pubmed", "10.1234/jlo.2025.0101")
    assert not list(
        db.query("select 1 from publications where pub_id = 'doi:10.1234/jlo.2025.0101'")
    )
    assert len([c for c in changes(db, "NEW_PUBLICATION") if "0101" in (c["detail"] or "")]) == 1
