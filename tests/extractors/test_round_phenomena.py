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
