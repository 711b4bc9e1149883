"""The numeric grammar: values, units, CIs, p-values and masked non-results."""

import pytest

from extractors.numbers import parse_float, scan, words_to_int


@pytest.mark.parametrize(
    "text, value",
    [("19.2", 19.2), ("19\u00b72", 19.2), ("0\u00b766", 0.66), ("1,118", 1118.0), ("7", 7.0)],
)
def test_numbers_parse_float_reads_lancet_and_thousands(text, value):
    assert parse_float(text) == value


@pytest.mark.parametrize(
    "text, ci, level",
    [
        ("HR 0.66, 95% CI, 0.52 to 0.85", (0.52, 0.85), 95),
        ("HR 0.66; 95% CI: 0.52-0.85", (0.52, 0.85), 95),
        ("HR 0.66 [0.52; 0.85]", (0.52, 0.85), None),
        ("HR 0.66 (0.52, 0.85)", (0.52, 0.85), None),
        ("HR 0.66 [95.003% CI, 0.52-0.85]", (0.52, 0.85), 95.003),
        ("HR 0.66 (95% confidence interval [CI] 0.52\u20130.85)", (0.52, 0.85), 95),
        ("HR 0.66 (95 percent CI, 0.52\u20120.85)", (0.52, 0.85), 95),
        ("median 9.7 mo (95% CI 7.1\u2013NR)", (7.1, None), 95),
        ("median 15.9 (95% CI, 13.2-19.7) months", (13.2, 19.7), 95),
        ("ORR 20.3% (74/364, 95%CI: 16.3%-24.8%)", (16.3, 24.8), 95),
    ],
)
def test_numbers_ci_styles(text, ci, level):
    atoms = scan(text).atoms
    assert (atoms[0].ci, atoms[0].ci_level) == (ci, level)


@pytest.mark.parametrize("text", ["median 9.7 months (95% CI 10.1-12.0)", "HR 0.66 (0.70-0.85)"])
def test_numbers_ci_must_bracket_the_value(text):
    assert scan(text).atoms[0].ci is None


@pytest.mark.parametrize(
    "text, written",
    [
        ("P<0.001", "<0.001"),
        ("p = 0.004", "0.004"),
        ("P = .044", ".044"),
        ("p<0\u00b70001", "<0\u00b70001"),
        ("one-sided P < .0001", "<.0001"),
        ("p-value 0.0009", "0.0009"),
    ],
)
def test_numbers_p_values_kept_as_written(text, written):
    assert [p.text for p in scan(text).pvalues] == [written]


@pytest.mark.parametrize(
    "text",
    [
        "atezolizumab 1200 mg every 3 weeks",
        "bevacizumab 15 mg/kg",
        "phase 3",
        "phase II",
        "grade 3-4",
        "2:1 ratio",
        "NCT03434379",
        "in 2019",
        "aged 63 years",
        "PD-L1 \u22651%",
        "cohort 1",
        "RECIST v1.1",
        "KEYNOTE-240",
        "95% CI",
        "less than 1%",
        "CD8 cells",
        "8 cycles",
        "[12, 13]",
    ],
)
def test_numbers_non_results_are_masked(text):
    assert [a for a in scan(text).atoms if a.unit] == []


@pytest.mark.parametrize(
    "text, units",
    [
        ("19.2 vs 13.4 months", ["months", "months"]),
        ("NE vs. 10.4 m", ["months", "months"]),
        ("30% and 11%", ["%", "%"]),
        ("12 weeks", ["weeks"]),
    ],
)
def test_numbers_units_shared_across_lists(text, units):
    assert [a.unit for a in scan(text).atoms] == units


@pytest.mark.parametrize(
    "text, months, pre",
    [
        ("12-month OS rate", [12], True),
        ("OS rate at 24 months", [24], False),
        ("1-year survival", [12], True),
        ("at 12, 24 and 36 months", [12, 24, 36], False),
    ],
)
def test_numbers_timepoints(text, months, pre):
    tp = scan(text).timepoints
    assert [(t.months, t.pre) for t in tp] == [(months, pre)]


@pytest.mark.parametrize(
    "text, value",
    [("Forty", 40), ("One hundred and two", 102), ("twenty-four", 24), ("patients", None)],
)
def test_numbers_spelled_counts(text, value):
    assert words_to_int(text) == value
