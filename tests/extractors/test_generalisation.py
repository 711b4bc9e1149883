"""Wordings of real abstracts that the first rules did not generalise to: role words for
arms, dash-joined group names, listed values sharing an arm, repeated timepoints and cue
lists, and adverse-event clauses that must not bleed into each other."""

import pytest

from extractors.endpoints import extract

TWO_ARM = "Regorafenib plus nivolumab versus cabozantinib in advanced liver cancer\n"
MONO_VS_COMBO = "Ipilimumab plus nivolumab or nivolumab alone in hepatocellular carcinoma\n"


def triples(text: str, endpoint: str) -> list[tuple]:
    return [
        (f["endpoint"], f["arm"], f["value"]) for f in extract(text) if f["endpoint"] == endpoint
    ]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Median OS reached 17.1 months in the investigational arm and 12.2 months in the control arm.",
            [("mOS", "nivolumab + regorafenib", 17.1), ("mOS", "cabozantinib", 12.2)],
        ),
        (
            "An objective response was recorded in 33% of patients given the doublet versus 9% of controls.",
            [("ORR", "nivolumab + regorafenib", 33.0), ("ORR", "cabozantinib", 9.0)],
        ),
        (
            "Median PFS was 7.4 months with combination therapy and 4.0 months in the control group.",
            [("mPFS", "nivolumab + regorafenib", 7.4), ("mPFS", "cabozantinib", 4.0)],
        ),
    ],
)
def test_role_words_resolve_to_study_arms(sentence, expected):
    assert triples(TWO_ARM + sentence, expected[0][0]) == expected


@pytest.mark.parametrize(
    "sentence, endpoint, expected",
    [
        (
            "Grade 3 or 4 treatment-related adverse events occurred in 31% of the combination-treated patients and in 12% of those on monotherapy.",
            "TRAE_G3plus",
            [("TRAE_G3plus", "nivolumab + ipilimumab", 31.0), ("TRAE_G3plus", "nivolumab", 12.0)],
        ),
    ],
)
def test_monotherapy_and_combination_roles(sentence, endpoint, expected):
    assert triples(MONO_VS_COMBO + sentence, endpoint) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Median OS was 15.3 months in the toripalimab\u2013chemotherapy group and 11.0 months in the placebo\u2013chemotherapy group.",
            [("mOS", "toripalimab + chemotherapy", 15.3), ("mOS", "chemotherapy + placebo", 11.0)],
        ),
        (
            "Median OS was 15.3 months with tislelizumab-lenvatinib and 11.0 months with sorafenib.",
            [("mOS", "tislelizumab + lenvatinib", 15.3), ("mOS", "sorafenib", 11.0)],
        ),
    ],
)
def test_dash_joined_group_names_keep_all_agents(sentence, expected):
    assert triples(sentence, "mOS") == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Survival rates at 6, 12 and 18 months were 88%, 70% and 52% with lenvatinib, compared with 80%, 58% and 41% with sorafenib.",
            [
                ("lenvatinib", 88.0, "6 months"),
                ("lenvatinib", 70.0, "12 months"),
                ("lenvatinib", 52.0, "18 months"),
                ("sorafenib", 80.0, "6 months"),
                ("sorafenib", 58.0, "12 months"),
                ("sorafenib", 41.0, "18 months"),
            ],
        ),
        (
            "The 1- and 2-year overall survival rates were 71% and 45% for lenvatinib and 62% and 33% for sorafenib.",
            [
                ("lenvatinib", 71.0, "12 months"),
                ("lenvatinib", 45.0, "24 months"),
                ("sorafenib", 62.0, "12 months"),
                ("sorafenib", 33.0, "24 months"),
            ],
        ),
    ],
)
def test_listed_rates_expand_timepoints_for_each_arm(sentence, expected):
    title = "Lenvatinib versus sorafenib\n"
    got = [
        (f["arm"], f["value"], f["timepoint"])
        for f in extract(title + sentence)
        if f["endpoint"] == "OS_RATE"
    ]
    assert got == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Objective response and disease control rates were 14.0% and 61.2% in the lenvatinib group, and 9.5% and 52.0% in the sorafenib group.",
            [("ORR", 14.0), ("DCR", 61.2), ("ORR", 9.5), ("DCR", 52.0)],
        ),
        (
            "ORR and DCR were 20% and 70%, and 12% and 55%, respectively.",
            [("ORR", 20.0), ("DCR", 70.0), ("ORR", 12.0), ("DCR", 55.0)],
        ),
    ],
)
def test_listed_cues_repeat_for_each_arm(sentence, expected):
    got = [(f["endpoint"], f["value"]) for f in extract("Lenvatinib versus sorafenib\n" + sentence)]
    assert got == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Safety: grade 3-4 TRAEs 19% vs 41%; TRAEs leading to discontinuation 6% vs 10%.",
            ["TRAE_G3plus", "TRAE_G3plus", "TRAE_DISC", "TRAE_DISC"],
        ),
        (
            "Grade 3/4 TRAEs occurred in 30% of patients and led to discontinuation in 7%.",
            ["TRAE_G3plus", "TRAE_DISC"],
        ),
    ],
)
def test_adverse_event_clauses_do_not_bleed(sentence, expected):
    got = [f["endpoint"] for f in extract("Nivolumab versus sorafenib\n" + sentence)]
    assert got == expected


def test_dose_between_commas_still_joins_the_combination():
    text = (
        "Atezolizumab, 1200 mg, plus bevacizumab, 15 mg/kg, every 3 weeks or atezolizumab alone.\n"
        "Objective responses occurred in 24% and 15% of patients, respectively."
    )
    assert triples(text, "ORR") == [
        ("ORR", "atezolizumab + bevacizumab", 24.0),
        ("ORR", "atezolizumab", 15.0),
    ]


def n_rows(text: str) -> list[tuple]:
    return [(f["arm"], f["value"]) for f in extract(text) if f["endpoint"] == "N"]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Of 610 patients enrolled, 305 were allocated cabozantinib and 305 sorafenib.",
            [("overall", 610.0), ("cabozantinib", 305.0), ("sorafenib", 305.0)],
        ),
        (
            "The intention-to-treat population included 702 patients (351 cabozantinib, 351 sorafenib).",
            [("overall", 702.0), ("cabozantinib", 351.0), ("sorafenib", 351.0)],
        ),
        (
            "In total 640 pts were randomized (CABO 322; SOR 318).",
            [("overall", 640.0), ("cabozantinib", 322.0), ("sorafenib", 318.0)],
        ),
        (
            "Among 520 randomly assigned patients (cabozantinib, n = 262; sorafenib, n = 258), follow-up was 20 months.",
            [("overall", 520.0), ("cabozantinib", 262.0), ("sorafenib", 258.0)],
        ),
    ],
)
def test_arm_counts_in_breakdowns(sentence, expected):
    title = "Cabozantinib (CABO) versus sorafenib (SOR) in advanced HCC\n"
    assert sorted(n_rows(title + sentence)) == sorted(expected)


@pytest.mark.parametrize(
    "sentence, endpoint, value",
    [
        ("A response occurred in 18% of patients given cabozantinib.", "ORR", 18.0),
        ("Responses were seen in 22% of the cohort.", "ORR", 22.0),
        ("Radiological response was documented in 15% of patients.", "ORR", 15.0),
        ("The median time to radiologic progression was 4.6 months.", "mTTP", 4.6),
        ("Responses lasted a median of 11.2 months.", "mDOR", 11.2),
    ],
)
def test_endpoint_wordings(sentence, endpoint, value):
    got = [
        (f["endpoint"], f["value"]) for f in extract("Cabozantinib in advanced HCC\n" + sentence)
    ]
    assert (endpoint, value) in got


@pytest.mark.parametrize(
    "sentence",
    [
        "Cabozantinib extended median overall survival by about 2 months.",
        "Among treated patients with versus without hand-foot skin reaction, the hazard ratio for death was 0.58 (95% CI 0.40-0.84).",
        "Responders and non-responders differed in overall survival (hazard ratio 0.45; 95% CI 0.30-0.68).",
    ],
)
def test_differences_and_non_arm_comparisons_are_not_findings(sentence):
    got = [f["endpoint"] for f in extract("Cabozantinib in advanced HCC\n" + sentence)]
    assert not [e for e in got if e in {"mOS", "HR_OS"}]
