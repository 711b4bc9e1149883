"""General phenomena of the blind-set round: design words are not arms, arms written in
parentheses after values, abbreviations the text defines for arms, per-arm HRs,
label-first lists, not-reached CIs, safety denominators and spelled-out counts."""

import pytest

from extractors.endpoints import extract, extract_document


def triples(text: str, endpoint: str) -> list[tuple]:
    return [(f["endpoint"], f["arm"], f["value"]) for f in extract(text) if f["endpoint"] == endpoint]


@pytest.mark.parametrize(
    "design, expected",
    [
        ("placebo-controlled", [("mTTP", "lenvatinib", 6.1), ("mTTP", "placebo", 3.0)]),
        ("placebo controlled", [("mTTP", "lenvatinib", 6.1), ("mTTP", "placebo", 3.0)]),
    ],
)
def test_controlled_design_word_does_not_order_arms(design, expected):
    text = (
        "Lenvatinib in unresectable liver cancer\n"
        f"In this {design} phase 3 study, 410 patients were randomly assigned to lenvatinib or placebo. "
        "The median time to radiologic progression was 6.1 months versus 3.0 months (P<0.001)."
    )
    assert triples(text, "mTTP") == expected


THREE_ARM = (
    "Two schedules of a CTLA-4 and PD-L1 combination in liver cancer: a randomised phase 2 trial\n"
    "Patients were randomly assigned to tremelimumab 300 mg plus durvalumab (T300+D), durvalumab, "
    "or tremelimumab. "
)


@pytest.mark.parametrize(
    "sentence, endpoint, expected",
    [
        (
            "Grade 3 or 4 treatment-related adverse events were seen in 35.1% (T300+D), 18.2% (durvalumab) and 41.0% (tremelimumab).",
            "TRAE_G3plus",
            [("TRAE_G3plus", "durvalumab + tremelimumab", 35.1), ("TRAE_G3plus", "durvalumab", 18.2), ("TRAE_G3plus", "tremelimumab", 41.0)],
        ),
        (
            "The objective response rate was 22.9% (95% CI 16.1-30.9) (T300+D) and 10.4% (95% CI 5.6-17.1) (durvalumab).",
            "ORR",
            [("ORR", "durvalumab + tremelimumab", 22.9), ("ORR", "durvalumab", 10.4)],
        ),
        (
            "Median overall survival reached 16.9 months [tremelimumab] and 15.2 months [durvalumab].",
            "mOS",
            [("mOS", "tremelimumab", 16.9), ("mOS", "durvalumab", 15.2)],
        ),
    ],
)
def test_bracketed_arm_after_each_value(sentence, endpoint, expected):
    assert triples(THREE_ARM + sentence, endpoint) == expected


def test_bracketed_count_is_not_an_arm():
    text = THREE_ARM + "Median overall survival was 16.9 months (n = 75) with tremelimumab."
    assert triples(text, "mOS") == [("mOS", "tremelimumab", 16.9)]
