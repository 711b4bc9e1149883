"""The replay CtgovWorld answers like the v2 API for what the watcher uses."""

from __future__ import annotations

import pytest
import requests
from ctgov_support import FIXTURES, PREFIX, make_study

from watcher.replay.ctgov_routes import CtgovWorld, _SearchDoc, parse_essie


def _get(server, path, **params):
    return requests.get(server.url + PREFIX + path, params=params, timeout=5, allow_redirects=False)


def test_replay_ctgov_filter_ids_comma_or_pipe(server):
    a = _get(server, "/studies", **{"filter.ids": "NCT04770896,NCT05134532"}).json()
    b = _get(server, "/studies", **{"filter.ids": "NCT04770896|NCT05134532"}).json()
    assert [s["protocolSection"]["identificationModule"]["nctId"] for s in a["studies"]] == [
        "NCT04770896",
        "NCT05134532",
    ]
    assert a == b and "nextPageToken" not in a


def test_replay_ctgov_errors_are_text_plain(server):
    r = _get(server, "/studies/NCT09999999")
    assert (r.status_code, r.headers["Content-Type"]) == (404, "text/plain")
    assert _get(server, "/studies/XYZ").status_code == 400
    assert _get(server, "/studies", pageToken="garbage!").status_code == 400
    assert _get(server, "/studies", **{"filter.ids": "NCT1"}).status_code == 400


def test_replay_ctgov_alias_answers_301(world, server):
    world.add_alias("NCT09911111", "NCT04770896")
    r = _get(server, "/studies/NCT09911111")
    assert r.status_code == 301 and r.headers["Location"].endswith(PREFIX + "/studies/NCT04770896")


def test_replay_ctgov_page_tokens_belong_to_their_query(server):
    first = _get(server, "/studies", pageSize=2, countTotal="true").json()
    assert first["totalCount"] == 5 and len(first["studies"]) == 2
    second = _get(server, "/studies", pageSize=2, pageToken=first["nextPageToken"]).json()
    assert "totalCount" not in second and len(second["studies"]) == 2
    wrong = _get(
        server,
        "/studies",
        pageSize=2,
        pageToken=first["nextPageToken"],
        **{"query.cond": "melanoma"},
    )
    assert wrong.status_code == 400


def test_replay_ctgov_page_size_is_capped_at_1000(world, server):
    world.set_studies([make_study(f"NCT07{i:06d}") for i in range(1001)])
    body = _get(server, "/studies", pageSize=5000).json()
    assert len(body["studies"]) == 1000 and body["nextPageToken"]


def test_replay_ctgov_fields_roughly_honoured(server):
    body = _get(server, "/studies/NCT04770896", fields="NCTId,overallStatus").json()
    assert body == {
        "protocolSection": {
            "identificationModule": {"nctId": "NCT04770896"},
            "statusModule": {"overallStatus": "ACTIVE_NOT_RECRUITING"},
        }
    }


@pytest.mark.parametrize(
    "expr, expected",
    [
        ("hepatocellular carcinoma", True),
        ('"hepatocellular carcinoma"', True),
        ('"carcinoma hepatocellular"', False),
        ("melanoma OR hepatocellular", True),
        ("melanoma AND hepatocellular", False),
        ("hepatocellular NOT melanoma", True),
        ("(melanoma OR lung) AND carcinoma", False),
        ("(melanoma OR liver) AND carcinoma", True),
        ('immunotherapy OR atezolizumab OR "immune checkpoint inhibitor"', True),
        ("AREA[StudyFirstPostDate]RANGE[2025-01-01,MAX]", False),
        ("AREA[StudyFirstPostDate]RANGE[2021-01-01,2021-12-31]", True),
        ("hepato", False),
    ],
)
def test_replay_ctgov_essie_subset(expr, expected):
    study = CtgovWorld.from_dir(FIXTURES).study("NCT04770896")
    assert parse_essie(expr)(_SearchDoc(study, "term")) is expected


def test_replay_ctgov_query_areas(world, server):
    world.add_study(
        make_study(
            "NCT09900201", title="Drug Q", conditions=("Melanoma",), interventions=("Atezolizumab",)
        )
    )
    intr = _get(server, "/studies", **{"query.intr": "atezolizumab"}).json()
    cond = _get(server, "/studies", **{"query.cond": "melanoma"}).json()
    ids = lambda b: [s["protocolSection"]["identificationModule"]["nctId"] for s in b["studies"]]  # noqa: E731
    assert ids(intr) == ["NCT04770896", "NCT09900201"]
    assert ids(cond) == ["NCT09900201"]
