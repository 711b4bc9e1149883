"""The hard parts of result extraction, one parametrized case per written style."""

import pytest

from extractors.endpoints import FINDING_KEYS, extract, extract_document, extract_many

TWO_ARM_TITLE = "Atezolizumab plus bevacizumab versus sorafenib in hepatocellular carcinoma\n"


def triples(text: str) -> list[tuple]:
    return [(f["endpoint"], f["arm"], f["value"]) for f in extract(text)]


def only(text: str, endpoint: str) -> list[dict]:
    return [f for f in extract(text) if f["endpoint"] == endpoint]


@pytest.mark.parametrize(
    "sentence",
    [
        "Median OS was 19.2 vs 13.4 months.",
        "Median OS was 19.2 months with atezolizumab plus bevacizumab and 13.4 months with sorafenib.",
        "Median overall survival was longer with atezolizumab-bevacizumab (19.2 months vs 13.4 months; HR 0.66, 95% CI 0.52-0.85; P<0.001).",
        "Atezolizumab plus bevacizumab improved median OS to 19.2 months compared with sorafenib at 13.4 months.",
        "Compared with sorafenib, atezolizumab plus bevacizumab prolonged median OS (19.2 vs 13.4 months).",
        "The median OS was 19.2 and 13.4 months in the atezolizumab plus bevacizumab and sorafenib groups, respectively.",
    ],
)
def test_endpoints_two_arm_sentences_assign_each_arm(sentence):
    got = [t for t in triples(TWO_ARM_TITLE + sentence) if t[0] == "mOS"]
    assert got == [("mOS", "atezolizumab + bevacizumab", 19.2), ("mOS", "sorafenib", 13.4)]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The ORR was higher with atezolizumab-bevacizumab (30%) than sorafenib (11%).",
            [("ORR", "atezolizumab + bevacizumab", 30.0), ("ORR", "sorafenib", 11.0)],
        ),
        (
            "Objective responses were seen with sorafenib (11%) and with A+B (30%).",
            [("ORR", "sorafenib", 11.0), ("ORR", "atezolizumab + bevacizumab", 30.0)],
        ),
    ],
)
def test_endpoints_values_in_parentheses_after_arm_names(sentence, expected):
    assert triples(TWO_ARM_TITLE + sentence) == expected


@pytest.mark.parametrize(
    "sentence, value_text",
    [
        ("Median overall survival was not reached with the combination.", "not reached"),
        ("mOS NR vs 10.4 mo (HR 0.57).", "NR"),
        ("Median OS was not estimable at the data cut-off.", "not estimable"),
        ("Median duration of response had not yet been reached.", "not yet been reached"),
    ],
)
def test_endpoints_not_reached_has_no_value(sentence, value_text):
    rows = [
        f
        for f in extract("Cabozantinib in HCC: a phase 2 study\n" + sentence)
        if f["value"] is None
    ]
    assert rows and rows[0]["value_text"] == value_text and rows[0]["unit"] == "months"


@pytest.mark.parametrize(
    "hr_text",
    [
        "HR 0.66, 95% CI, 0.52 to 0.85",
        "HR 0.66; 95% CI: 0.52-0.85",
        "HR 0.66 [0.52; 0.85]",
        "HR 0.66, 95% CI 0.52\u20130.85",
        "HR 0.66 (0.52, 0.85)",
        "HR = 0.66 (95% CI 0.52\u20130.85)",
        "hazard ratio for death, 0.66; 95% confidence interval [CI], 0.52 to 0.85",
        "HR 0\u00b766 [95% CI 0\u00b752\u20130\u00b785]",
    ],
)
def test_endpoints_ci_styles_are_parsed(hr_text):
    text = TWO_ARM_TITLE + f"Median overall survival was 19.2 vs 13.4 months ({hr_text}; P<0.001)."
    hr = only(text, "HR_OS")
    assert [(h["value"], h["ci_low"], h["ci_high"], h["arm"]) for h in hr] == [
        (0.66, 0.52, 0.85, "atezolizumab + bevacizumab")
    ]


@pytest.mark.parametrize(
    "sentence, p_value",
    [
        ("Overall survival favoured the combination (HR 0.66; P<0.001).", "<0.001"),
        ("Overall survival favoured the combination (HR = 0.66, p = 0.004).", "0.004"),
        (
            "Overall survival favoured the combination (hazard ratio for death, 0.58; P = .0009).",
            ".0009",
        ),
    ],
)
def test_endpoints_hr_carries_p_value_as_written(sentence, p_value):
    hr = [f for f in extract(TWO_ARM_TITLE + sentence) if f["endpoint"].startswith("HR_")]
    assert hr and hr[0]["p_value"] == p_value and hr[0]["unit"] == "ratio"


@pytest.mark.parametrize(
    "sentence, endpoint",
    [
        ("Median OS was 19.2 vs 13.4 months (hazard ratio for death, 0.58).", "HR_OS"),
        (
            "Median PFS was 6.8 vs 4.3 months (hazard ratio for disease progression or death, 0.59).",
            "HR_PFS",
        ),
        ("Progression-free survival was longer (HR 0.59).", "HR_PFS"),
        ("The OS hazard ratio was 0.78.", "HR_OS"),
    ],
)
def test_endpoints_hazard_ratio_family(sentence, endpoint):
    hr = [f for f in extract(TWO_ARM_TITLE + sentence) if f["endpoint"].startswith("HR")]
    assert [h["endpoint"] for h in hr] == [endpoint]


@pytest.mark.parametrize(
    "sentence, n, value",
    [
        ("The ORR was 22% (7/32).", 32, 22.0),
        ("The ORR was 7/32 (22%).", 32, 22.0),
        ("Objective responses occurred in 221 (81%) of 272 patients.", 272, 81.0),
        ("The confirmed ORR was 20.3% (74/364, 95% CI: 16.3%-24.8%).", 364, 20.3),
    ],
)
def test_endpoints_fraction_gives_denominator(sentence, n, value):
    orr = only("Nivolumab plus ipilimumab after ICI: a retrospective study\n" + sentence, "ORR")
    assert [(f["value"], f["n"]) for f in orr] == [(value, n)]


@pytest.mark.parametrize(
    "sentence, endpoint",
    [
        ("Grade \u22653 TRAEs occurred in 43% of patients.", "TRAE_G3plus"),
        (
            "Grade 3 or 4 treatment-related adverse events occurred in 43% of patients.",
            "TRAE_G3plus",
        ),
        ("Grade 3-5 treatment-related adverse events were reported in 43%.", "TRAE_G3plus"),
        (
            "Treatment-related adverse events of grade 3 or higher occurred in 43% of patients.",
            "TRAE_G3plus",
        ),
        ("Grade 3 or 4 adverse events occurred in 43% of patients.", "AE_G3plus"),
        ("Immune-related AEs of grade 3 or 4 occurred in 43% of patients.", "IRAE_G3plus"),
        ("TRAEs leading to discontinuation occurred in 43% of patients.", "TRAE_DISC"),
        (
            "Treatment-related adverse events led to treatment discontinuation in 43% of patients.",
            "TRAE_DISC",
        ),
    ],
)
def test_endpoints_adverse_event_endpoints(sentence, endpoint):
    got = triples("Regorafenib after atezolizumab plus bevacizumab: a phase 2 trial\n" + sentence)
    assert got == [(endpoint, "regorafenib", 43.0)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Grade 5 TRAEs occurred in 1.0% of patients.",
        "Any-grade TRAEs occurred in 88% of patients.",
        "Grade 1-2 adverse events occurred in 60% of patients.",
        "The most common grade 3 or 4 treatment-related adverse events were hypertension (38%) and proteinuria (6%).",
        "Grade 3-4 AEs occurred in 46% of patients; the most common were hypertension (8%) and anorexia (6%).",
    ],
)
def test_endpoints_adverse_events_not_g3plus_are_not_findings(sentence):
    got = triples("Lenvatinib after atezolizumab plus bevacizumab: a phase 2 trial\n" + sentence)
    assert all(t[2] not in {1.0, 88.0, 60.0, 38.0, 6.0, 8.0} for t in got)


@pytest.mark.parametrize(
    "sentence, timepoint, endpoint",
    [
        ("The 12-month OS rate was 45.3%.", "12 months", "OS_RATE"),
        ("The OS rate at 24 months was 45.3%.", "24 months", "OS_RATE"),
        ("The 1-year survival was 45.3%.", "12 months", "OS_RATE"),
        ("At 6 months, the rate of progression-free survival was 45.3%.", "6 months", "PFS_RATE"),
        ("The 2-year OS was 45.3%.", "24 months", "OS_RATE"),
        ("The OS rate at 12 months was 45.3%.", "12 months", "OS_RATE"),
    ],
)
def test_endpoints_landmark_rates_have_timepoints(sentence, timepoint, endpoint):
    rows = extract("Cabozantinib after immunotherapy: a phase 2 study\n" + sentence)
    assert [(f["endpoint"], f["value"], f["timepoint"]) for f in rows] == [
        (endpoint, 45.3, timepoint)
    ]


@pytest.mark.parametrize(
    "sentence, criteria",
    [
        ("ORR was 20% per RECIST 1.1 and 27% per mRECIST.", ["RECIST 1.1", "mRECIST"]),
        ("The objective response rate by mRECIST was 24%.", ["mRECIST"]),
        (
            "Confirmed ORR was 30% by RECIST v1.1 and 35% by HCC-specific mRECIST.",
            ["RECIST 1.1", "HCC-specific mRECIST"],
        ),
        ("ORR per iRECIST was 18%.", ["iRECIST"]),
    ],
)
def test_endpoints_orr_keeps_each_criterion(sentence, criteria):
    orr = only("Cabozantinib after immunotherapy: a phase 2 study\n" + sentence, "ORR")
    assert [f["criterion"] for f in orr] == criteria


@pytest.mark.parametrize(
    "sentence, confirmed",
    [
        ("The confirmed ORR was 20%.", True),
        ("The unconfirmed ORR was 20%.", False),
        ("The ORR was 20%.", None),
    ],
)
def test_endpoints_orr_confirmation(sentence, confirmed):
    orr = only("Cabozantinib after immunotherapy: a phase 2 study\n" + sentence, "ORR")
    assert [f["confirmed"] for f in orr] == [confirmed]


@pytest.mark.parametrize(
    "sentence, endpoint",
    [
        ("The objective response rate was 20%.", "ORR"),
        ("The overall response rate was 20%.", "ORR"),
        ("The response rate was 20%.", "ORR"),
        ("ORR: 20%.", "ORR"),
        ("The disease control rate was 20%.", "DCR"),
        ("Median time to progression was 20 months.", "mTTP"),
        ("Median duration of response was 20 months.", "mDOR"),
        (
            "Twenty percent of patients achieved an objective response; 20% achieved an objective response.",
            "ORR",
        ),
    ],
)
def test_endpoints_cue_wordings(sentence, endpoint):
    got = triples("Cabozantinib after immunotherapy: a phase 2 study\n" + sentence)
    assert (endpoint, "cabozantinib", 20.0) in got


@pytest.mark.parametrize(
    "sentence",
    [
        "Patients received atezolizumab 1200 mg plus bevacizumab 15 mg/kg every 3 weeks.",
        "Cabozantinib was started at 60 mg daily.",
        "The median age was 63 years (range, 23-86).",
        "Patients were enrolled between March 2018 and January 2019.",
        "At a median follow-up of 7.1 months, 30 events had occurred.",
        "Overall, 80% had BCLC-C disease and 28% had macrovascular invasion.",
        "The difference was significant (P = 0.004).",
        "Patients were randomly assigned in a 2:1 ratio in this phase 3 trial (NCT03434379).",
        "Survival was longer than previously reported [12, 13].",
        "Median duration of treatment was 5.8 months.",
        "The median time to response was 2.8 months.",
        "Median PFS with prior atezolizumab plus bevacizumab was 6.5 months.",
        "Grade 3 or 4 immune-related AEs were uncommon, but 20% of patients required steroids.",
        "Objective responses were seen, and 12% of patients remained on treatment.",
    ],
)
def test_endpoints_distractor_numbers_are_not_findings(sentence):
    rows = [
        f
        for f in extract("Cabozantinib after immunotherapy: a phase 2 study\n" + sentence)
        if f["endpoint"] != "N"
    ]
    assert rows == []


@pytest.mark.parametrize(
    "text, value, value_text",
    [
        ("Median overall survival was 19\u00b72 months.", 19.2, "19\u00b72"),
        ("Median overall survival was 19.2\u2009months.", 19.2, "19.2"),
        (
            "Median overall survival was 19.2\u202fmonths (95%\u00a0CI 17.0\u201323.7).",
            19.2,
            "19.2",
        ),
        ("Median overall survival was 19.2\u00a0months.", 19.2, "19.2"),
        ("Median overall survival was 19.2 mo.", 19.2, "19.2"),
        ("The objective response rate was 22\u2009%.", 22.0, "22\u2009%"),
    ],
)
def test_endpoints_unicode_decimals_and_spaces(text, value, value_text):
    rows = extract(text)
    assert [(f["value"], f["value_text"]) for f in rows] == [(value, value_text)]
    assert text[rows[0]["start"] : rows[0]["end"]] == value_text


@pytest.mark.parametrize("unicode_minus", ["\u2212", "\u2013", "-"])
def test_endpoints_ci_with_unicode_dashes(unicode_minus):
    rows = extract(f"Median overall survival was 9.7 months (95% CI 7.1{unicode_minus}12.3).")
    assert [(f["ci_low"], f["ci_high"]) for f in rows] == [(7.1, 12.3)]


@pytest.mark.parametrize(
    "text, unit",
    [
        ("Median progression-free survival was 12.7 weeks (95% CI 8.1-17.3).", "weeks"),
        ("Median progression-free survival was 12.7 months.", "months"),
    ],
)
def test_endpoints_units_are_never_converted(text, unit):
    rows = extract(text)
    assert [(f["value"], f["unit"]) for f in rows] == [(12.7, unit)]


@pytest.mark.parametrize(
    "text, endpoints",
    [
        (
            "The median overall survival (mOS) was 9.9 months. In the second-line cohort, mOS was 14.3 months.",
            [("mOS", 9.9), ("mOS", 14.3)],
        ),
        (
            "Treatment-related adverse events (TRAEs) were common. Grade \u22653 TRAEs occurred in 16% of patients.",
            [("TRAE_G3plus", 16.0)],
        ),
        (
            "The overall survival (OAS) endpoint was met. Median OAS was 11.2 months.",
            [("mOS", 11.2)],
        ),
    ],
)
def test_endpoints_abbreviations_defined_in_text(text, endpoints):
    assert [(f["endpoint"], f["value"]) for f in extract(text)] == endpoints


@pytest.mark.parametrize(
    "text",
    [
        "Median OS was 19.2 months (HR 0.66; P<0.001) and median PFS 6.9 months.",
        "BACKGROUND: Prior data vs. sorafenib exist (Finn et al. 2020). RESULTS: Median OS was 19.2 months.",
    ],
)
def test_endpoints_findings_are_traceable(text):
    for f in extract(text):
        assert text[f["start"] : f["end"]] == f["value_text"]
        assert text[f["sentence_start"] : f["sentence_start"] + len(f["quote"])] == f["quote"]
        assert set(FINDING_KEYS) <= set(f)


@pytest.mark.parametrize(
    "text", ["Median OS was 19.2 months with A+B versus 13.4 months with sorafenib (HR 0.66)."]
)
def test_endpoints_extract_is_deterministic(text):
    assert extract(text) == extract(text) == next(extract_many([text]))


@pytest.mark.parametrize(
    "title, abstract",
    [
        ("Cabozantinib after immunotherapy", "Median OS was 9.9 months."),
        (None, "Median OS was 9.9 months."),
    ],
)
def test_endpoints_document_offsets_index_combined_text(title, abstract):
    doc = extract_document(title, abstract)
    combined = f"{title}\n{abstract}" if title else abstract
    f = doc["findings"][0]
    assert combined[f["start"] : f["end"]] == "9.9"


@pytest.mark.parametrize("texts", [["Median OS was 9.9 months.", "", "ORR was 12%."]])
def test_endpoints_extract_many_keeps_order(texts):
    out = list(extract_many(texts, batch_size=2))
    assert [[f["value"] for f in rows] for rows in out] == [[9.9], [], [12.0]]


@pytest.mark.parametrize(
    "sentence, subgroup",
    [
        ("In cohort 1, median PFS was 2.8 months.", "cohort 1"),
        ("Median PFS was 2.8 months in cohort 2.", "cohort 2"),
        ("In patients with PD-L1 \u22651%, median PFS was 2.8 months.", "PD-L1 \u22651%"),
        (
            "Among patients who progressed on atezolizumab plus bevacizumab, median PFS was 2.8 months.",
            "prior atezolizumab + bevacizumab",
        ),
    ],
)
def test_endpoints_subgroup_is_named(sentence, subgroup):
    rows = only("Regorafenib plus pembrolizumab after ICI: a phase 2 study\n" + sentence, "mPFS")
    assert [f["subgroup"] for f in rows] == [subgroup]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Median follow-up for overall survival was 33.8 months. Median overall survival was 14.6 months.",
            [("mOS", "overall", 14.6)],
        ),
        (
            "For the lenvatinib group, median OS was 11.2 months; the sorafenib group had a median OS of 8.1 months.",
            [("mOS", "lenvatinib", 11.2), ("mOS", "sorafenib", 8.1)],
        ),
        (
            "The hazard ratio for death was 0.55 (95% CI 0.45-0.69; P<0.001) comparing nivolumab plus ipilimumab with ipilimumab.",
            [("HR_OS", "nivolumab + ipilimumab", 0.55)],
        ),
        (
            "Median PFS was 2.8 months for pembrolizumab (95% CI 2.6-4.1) versus 1.4 months for placebo.",
            [("mPFS", "pembrolizumab", 2.8), ("mPFS", "placebo", 1.4)],
        ),
        (
            "The ORR was similar between the lenvatinib- and sorafenib-treated groups (5.6% vs. 8.3%).",
            [("ORR", "lenvatinib", 5.6), ("ORR", "sorafenib", 8.3)],
        ),
        (
            "In all, 14 (13.1%) and 2 (4.0%) patients receiving pembrolizumab and placebo experienced grade 3-5 TRAEs, respectively.",
            [("TRAE_G3plus", "pembrolizumab", 13.1), ("TRAE_G3plus", "placebo", 4.0)],
        ),
    ],
)
def test_endpoints_real_world_phrasings(text, expected):
    assert [t for t in triples(text) if t[0] != "N"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The median progression-free (PFS) and overall survival were 3.3 (95% CI 2.7-3.9) and 6.9 months, respectively.",
            [("mPFS", 3.3, 2.7), ("mOS", 6.9, None)],
        ),
        ("Median OS was 14.3 months (95% CI, 8.9-not reached [NR]).", [("mOS", 14.3, 8.9)]),
        (
            "Primary Outcome: Overall Survival. Time Frame: up to 34 months. Arm A: median 19.2 months (95% CI 17.0 to 23.7).",
            [("mOS", 19.2, 17.0)],
        ),
    ],
)
def test_endpoints_lists_ranges_and_registry_headers(text, expected):
    assert [(f["endpoint"], f["value"], f["ci_low"]) for f in extract(text)] == expected


@pytest.mark.parametrize(
    "abstract",
    [
        "Long-term survivors with STRIDE (n = 103) were described.",
        "Responders with sorafenib (n = 12) had longer survival.",
    ],
)
def test_endpoints_subset_counts_are_not_arm_n(abstract):
    assert [f for f in extract(abstract) if f["endpoint"] == "N"] == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Grade 3 or 4 TRAEs occurred in 45% with chemotherapy plus durvalumab and in 52% with chemotherapy plus durvalumab and tremelimumab.",
            [
                ("TRAE_G3plus", "durvalumab + chemotherapy", 45.0),
                ("TRAE_G3plus", "durvalumab + tremelimumab + chemotherapy", 52.0),
            ],
        ),
        (
            "Median OS was 13.3 months versus 11.7 months (10.5-13.1; HR 0.86; 0.72-1.02; p=0.076).",
            [("mOS", None, 13.3), ("mOS", None, 11.7), ("HR_OS", None, 0.86)],
        ),
        (
            "The response rate was higher with durvalumab than placebo (28.4% vs. 16.0%), and the median response time was longer.",
            [("ORR", "durvalumab", 28.4), ("ORR", "placebo", 16.0)],
        ),
    ],
)
def test_endpoints_more_real_world_phrasings(text, expected):
    got = [
        (f["endpoint"], f["arm"], f["value"])
        for f in extract(text)
        if f["endpoint"] != "HR_OS" or f["arm"]
    ]
    assert got == [e for e in expected if e[0] != "HR_OS" or e[1]]


@pytest.mark.slow
@pytest.mark.parametrize(
    "texts",
    [["Median OS was 9.7 months.", "ORR was 12% with A+B.", "", "HR 0.66 (95% CI 0.52-0.85)."]],
)
def test_endpoints_extract_many_two_processes_match_one(texts):
    assert list(extract_many(texts, n_process=2, batch_size=2)) == list(extract_many(texts))


@pytest.mark.parametrize(
    "sentence, pairs",
    [
        (
            "The 1- and 2-year OS rates were 60% and 40%, respectively.",
            [(60.0, "12 months"), (40.0, "24 months")],
        ),
        (
            "OS rates at 12 and 24 months were 60% and 40%.",
            [(60.0, "12 months"), (40.0, "24 months")],
        ),
        (
            "12-, 24- and 36-month OS rates were 60%, 40% and 30%.",
            [(60.0, "12 months"), (40.0, "24 months"), (30.0, "36 months")],
        ),
    ],
)
def test_endpoints_listed_timepoints_pair_in_order(sentence, pairs):
    rows = extract("Cabozantinib after immunotherapy: a phase 2 study\n" + sentence)
    assert [(f["value"], f["timepoint"]) for f in rows] == pairs


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Median OS since the start of second-line regorafenib was 9.1 months.",
            [("mOS", "regorafenib", 9.1)],
        ),
        (
            "Median OS since the start of first-line atezolizumab plus bevacizumab was 16.6 months.",
            [],
        ),
        (
            "The objective response rate (ORR) and disease control rate (DCR) were 12.5% and 62.5%, respectively.",
            [("ORR", "regorafenib", 12.5), ("DCR", "regorafenib", 62.5)],
        ),
    ],
)
def test_endpoints_survival_clock_and_defined_cue_lists(sentence, expected):
    assert (
        triples("Regorafenib after atezolizumab plus bevacizumab: a phase 2 study\n" + sentence)
        == expected
    )


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "mOS (95% CI): 9.7 (7.1\u2013NR) mo; mPFS: 3.5 (1.8\u20135.2) mo; ORR: 10%.",
            [("mOS", 9.7, 7.1, None), ("mPFS", 3.5, 1.8, 5.2), ("ORR", 10.0, None, None)],
        ),
        ("ORR/DCR: 10%/82.5%.", [("ORR", 10.0, None, None), ("DCR", 82.5, None, None)]),
    ],
)
def test_endpoints_terse_poster_style(sentence, expected):
    rows = extract("Regorafenib after atezolizumab plus bevacizumab: a phase 2 study\n" + sentence)
    assert [(f["endpoint"], f["value"], f["ci_low"], f["ci_high"]) for f in rows] == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The objective response rate was 38.2% (7.3% with complete and 30.9% with partial response).",
            [("ORR", 38.2)],
        ),
        (
            "Treatment-related adverse events of all grades according to Common Terminology Criteria for Adverse Events "
            "were documented in 42.6% of patients, with only 13.1% of grade \u22653.",
            [("TRAE_G3plus", 13.1)],
        ),
    ],
)
def test_endpoints_response_kinds_and_grade_after_value(sentence, expected):
    rows = extract(
        "Atezolizumab plus bevacizumab after prior systemic therapy: a cohort\n" + sentence
    )
    assert [(f["endpoint"], f["value"]) for f in rows] == expected


@pytest.mark.parametrize(
    "abstract, n",
    [("Patients received everolimus 7.5 mg/day (n=362) or placebo (n=184).", [362, 184])],
)
def test_endpoints_arm_n_after_dose(abstract, n):
    assert [int(f["value"]) for f in extract(abstract) if f["endpoint"] == "N"] == n
