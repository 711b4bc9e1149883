"""General phenomena of the blind-set round: design words are not arms, arms written in
parentheses after values, abbreviations the text defines for arms, per-arm HRs,
label-first lists, not-reached CIs, safety denominators and spelled-out counts."""

import pytest

from extractors.endpoints import extract, extract_document


def triples(text: str, endpoint: str) -> list[tuple]:
    return [
        (f["endpoint"], f["arm"], f["value"]) for f in extract(text) if f["endpoint"] == endpoint
    ]


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
            [
                ("TRAE_G3plus", "durvalumab + tremelimumab", 35.1),
                ("TRAE_G3plus", "durvalumab", 18.2),
                ("TRAE_G3plus", "tremelimumab", 41.0),
            ],
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


@pytest.mark.parametrize(
    "text, endpoint, expected",
    [
        (
            "Durvalumab with bevacizumab plus TACE for embolisation-eligible liver cancer\n"
            "In this phase 3 trial, patients were randomly assigned to durvalumab plus bevacizumab plus TACE "
            "(D+B+TACE), durvalumab plus TACE (D+TACE) or placebo plus TACE. "
            "Median PFS was 15.2 months for D+B+TACE and 10.1 months for D+TACE.",
            "mPFS",
            [
                ("mPFS", "durvalumab + bevacizumab + tace", 15.2),
                ("mPFS", "durvalumab + tace", 10.1),
            ],
        ),
        (
            "Nivolumab versus sunitinib in kidney cancer\n"
            "In this randomised trial, nivolumab was compared with sunitinib (SUN). "
            "Median OS was 21.3 months with nivolumab and 14.8 months with SUN.",
            "mOS",
            [("mOS", "nivolumab", 21.3), ("mOS", "sunitinib", 14.8)],
        ),
        (
            "Tremelimumab doses with durvalumab\n"
            "Patients were randomly assigned to tremelimumab 75 mg plus durvalumab (T75+D) or sorafenib. "
            "The ORR was 11.2% with T75+D and 5.1% with sorafenib.",
            "ORR",
            [("ORR", "durvalumab + tremelimumab", 11.2), ("ORR", "sorafenib", 5.1)],
        ),
    ],
)
def test_abbreviations_defined_for_arms(text, endpoint, expected):
    assert triples(text, endpoint) == expected


@pytest.mark.parametrize(
    "arm_words, expected_arm",
    [
        ("lenvatinib plus pembrolizumab with TACE", "pembrolizumab + lenvatinib + tace"),
        (
            "lenvatinib plus pembrolizumab in combination with TACE",
            "pembrolizumab + lenvatinib + tace",
        ),
        ("TACE with placebo", "placebo + tace"),
        ("sorafenib with SBRT", "sorafenib + sbrt"),
    ],
)
def test_locoregional_procedure_stays_in_the_arm(arm_words, expected_arm):
    text = (
        "Systemic therapy and embolisation in intermediate-stage liver cancer\n"
        f"In the randomised cohort, median PFS was 13.8 months with {arm_words}."
    )
    assert triples(text, "mPFS") == [("mPFS", expected_arm, 13.8)]


NIVO_THREE = (
    "Nivolumab plus ipilimumab or nivolumab alone versus sorafenib\n"
    "Patients were randomly assigned to nivolumab plus ipilimumab, nivolumab alone, or sorafenib. "
)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "For overall survival, the HR was 0.55 for the combination and 0.71 for nivolumab alone.",
            [("HR_OS", "nivolumab + ipilimumab", 0.55), ("HR_OS", "nivolumab", 0.71)],
        ),
        (
            "Overall survival hazard ratios were 0.55 (nivolumab plus ipilimumab vs sorafenib) and 0.71 (nivolumab vs sorafenib).",
            [("HR_OS", "nivolumab + ipilimumab", 0.55), ("HR_OS", "nivolumab", 0.71)],
        ),
        (
            "Overall survival favoured nivolumab plus ipilimumab (HR 0.55); nivolumab alone gave a median overall survival of 14.2 months (HR 0.71).",
            [("HR_OS", "nivolumab + ipilimumab", 0.55), ("HR_OS", "nivolumab", 0.71)],
        ),
    ],
)
def test_hazard_ratio_per_arm(sentence, expected):
    assert triples(NIVO_THREE + sentence, "HR_OS") == expected


@pytest.mark.parametrize(
    "sentence, endpoint, expected",
    [
        (
            "mTTP (mo): REG 5.2, CAB 4.4.",
            "mTTP",
            [("mTTP", "regorafenib", 5.2), ("mTTP", "cabozantinib", 4.4)],
        ),
        (
            "mPFS (mo): REG 3.4 (95% CI 2.9-4.0), CAB 3.1 (95% CI 2.2-3.8). mOS (mo): REG 11.5, CAB 10.2.",
            "mOS",
            [("mOS", "regorafenib", 11.5), ("mOS", "cabozantinib", 10.2)],
        ),
        (
            "Median OS, months: regorafenib 11.5 vs cabozantinib 10.2.",
            "mOS",
            [("mOS", "regorafenib", 11.5), ("mOS", "cabozantinib", 10.2)],
        ),
        (
            "Objective response, %: regorafenib 9 vs cabozantinib 6.",
            "ORR",
            [("ORR", "regorafenib", 9.0), ("ORR", "cabozantinib", 6.0)],
        ),
    ],
)
def test_label_first_lists(sentence, endpoint, expected):
    text = (
        "Regorafenib or cabozantinib after first-line immunotherapy\n"
        "Patients treated with regorafenib (REG, n = 61) or cabozantinib (CAB, n = 47) were compared. "
    )
    assert triples(text + sentence, endpoint) == expected


@pytest.mark.parametrize(
    "sentence, expected_ci",
    [
        (
            "Median overall survival was not reached (95% CI, not reached to not reached) with nivolumab.",
            (None, None),
        ),
        ("Median OS was NR (NR\u2013NR) with nivolumab.", (None, None)),
        ("Median OS was NR [95% CI NR-NR] with nivolumab.", (None, None)),
        (
            "Median overall survival was not estimable (95% CI, NE to NE) with nivolumab.",
            (None, None),
        ),
        (
            "Median overall survival was not reached (95% CI, 14.2 to not reached) with nivolumab.",
            (14.2, None),
        ),
    ],
)
def test_not_reached_with_not_reached_bounds_is_one_finding(sentence, expected_ci):
    found = [
        f
        for f in extract("Nivolumab in advanced liver cancer\n" + sentence)
        if f["endpoint"] == "mOS"
    ]
    assert [(f["value"], f["arm"], (f["ci_low"], f["ci_high"])) for f in found] == [
        (None, "nivolumab", expected_ci)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Grade 3 or higher adverse events occurred in 198 (52%) of 381 in the placebo group.",
        "Grade 3 or higher adverse events occurred in 205 (54%) of 379 patients in the sorafenib group and 198 (52%) of 381 in the placebo group.",
        "Serious adverse events were reported in 61/381 patients in the placebo group.",
    ],
)
def test_safety_denominators_are_not_arm_n(sentence):
    text = (
        "Sorafenib versus placebo as adjuvant therapy\n"
        "In this randomised trial, 760 patients were randomly assigned to sorafenib or placebo. "
        + sentence
    )
    ns = [(f["arm"], f["value"]) for f in extract(text) if f["endpoint"] == "N"]
    assert ns == [("overall", 760.0)]


@pytest.mark.parametrize(
    "sentence, n",
    [
        ("Twenty-six patients were enrolled between 2020 and 2022.", 26),
        ("Thirty-three patients received the combination at three centres.", 33),
        ("A total of one hundred and four patients were enrolled.", 104),
        ("In total, fifty-two patients were treated.", 52),
        ("Between 2018 and 2021, forty-seven patients were enrolled.", 47),
    ],
)
def test_spelled_out_enrolment_counts(sentence, n):
    doc = extract_document(
        "Lenvatinib plus TACE in intermediate HCC: a single-arm phase 2 study", sentence
    )
    assert [(f["endpoint"], f["value"]) for f in doc["findings"] if f["endpoint"] == "N"] == [
        ("N", float(n))
    ]
    assert doc["n_total"] == n
