"""Smoke test: the pipeline builds offline and finds a median OS."""

import pytest

from extractors.endpoints import extract


@pytest.mark.parametrize("text", ["Median overall survival was 19.2 months."])
def test_endpoints_smoke_finds_mos(text):
    rows = extract(text)
    assert [(r["endpoint"], r["value"]) for r in rows] == [("mOS", 19.2)]
