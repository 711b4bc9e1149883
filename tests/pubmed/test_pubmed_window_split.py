"""More hits than one esearch answer holds: the date window is halved until every hit fits."""

from __future__ import annotations

from datetime import date, timedelta

from watcher.poll_pubmed import Search, _esearch, _split_window


def test_pubmed_split_window_halves_and_stops_at_one_day():
    assert _split_window(("2025/01/01", "2025/01/10")) == (
        ("2025/01/01", "2025/01/05"),
        ("2025/01/06", "2025/01/10"),
    )
    assert _split_window(("2025/03/04", "2025/03/04")) is None


def test_pubmed_esearch_over_the_answer_limit_keeps_every_hit(world, client, server):
    start = date(2025, 3, 1)
    for i in range(23):
        world.add_article(
            90000100 + i,
            f"Hepatocellular carcinoma cohort {i}",
            entrez_date=start + timedelta(days=i),
            abstract="Hepatocellular carcinoma after atezolizumab plus bevacizumab.",
        )
    search = Search("query 1", '"hepatocellular carcinoma"[tiab]', "query:1")
    before = server.count("/")
    hits = _esearch(client, search, ("2025/03/01", "2025/03/31"), retmax=5)
    assert sorted(hits.ids) == [str(90000100 + i) for i in range(23)]
    assert hits.count == 23 and hits.webenv is None
    assert server.count("/") - before > 1  # it had to split
