"""Property tests: extract never crashes and every finding is traceable to its text."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractors.endpoints import extract

RESULT_WORDS = st.sampled_from(
    [
        "median OS",
        "mPFS",
        "ORR",
        "HR",
        "95% CI",
        "(",
        ")",
        "[",
        ";",
        "vs",
        "months",
        "%",
        "19\u00b72",
        "0.66",
        "not reached",
        "NR",
        "grade \u22653 TRAEs",
        "atezolizumab plus bevacizumab",
        "sorafenib",
        "P<0.001",
        "\u2009",
        "\u202f",
        "\u00a0",
        "\u2013",
        "\u2212",
        "7/32",
        "n = 49",
        ".",
        "\n",
        "respectively",
        "A+B",
    ]
)
TEXTS = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(RESULT_WORDS, st.text(max_size=6)), max_size=60).map(" ".join),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_properties_extract_never_crashes_and_is_traceable(text):
    for f in extract(text):
        assert text[f["start"] : f["end"]] == f["value_text"]
        assert f["value_text"] in f["quote"]
        assert text[f["sentence_start"] : f["sentence_start"] + len(f["quote"])] == f["quote"]


@settings(max_examples=100, deadline=None)
@given(TEXTS)
def test_properties_extract_is_deterministic_and_ordered(text):
    first = extract(text)
    assert first == extract(text)
    assert [f["start"] for f in first] == sorted(f["start"] for f in first)
