"""Phenomena found by the fourth hand audit of real published abstracts, each written here
in other words and numbers: drug classes written as regimen components ('lenvatinib plus
ICIs', 'anti-PD-1 alone'), group short names that the text defines differently from the
lexicon ('TACE plus donafenib (T+D)') or with spaces ('(TACE + AC)'), 'Prior to X, patients
had received Y', value grammar ('6.2 ± 0.4 months', '(14.0; 95% CI: 11.2~16.8 months)'),
landmark rates listed by time, and per-arm counts written in other ways."""

import pytest

from extractors.endpoints import extract


def triples(text: str, endpoint: str | None = None) -> list[tuple]:
    return [
        (f["endpoint"], f["arm"], f["value"])
        for f in extract(text)
        if endpoint is None or f["endpoint"] == endpoint
    ]


@pytest.mark.parametrize("ici", ["ICIs", "immune checkpoint inhibitors", "an ICI"])
def test_class_of_checkpoint_inhibitor_is_part_of_the_regimen(ici):
    text = (
        f"Sorafenib with or without immune checkpoint inhibitors in advanced hepatocellular carcinoma\n"
        f"Results: 64 patients received sorafenib plus {ici} and 41 received sorafenib alone. "
        f"Sorafenib plus {ici} gave longer overall survival (hazard ratio = 0.70, 95% CI 0.48-0.98) "
        "and a higher objective response rate (28.1% vs 12.2%) than sorafenib alone."
    )
    assert triples(text, "HR_OS") == [("HR_OS", "immune checkpoint inhibitor + sorafenib", 0.70)]
    assert triples(text, "ORR") == [
        ("ORR", "immune checkpoint inhibitor + sorafenib", 28.1),
        ("ORR", "sorafenib", 12.2),
    ]


def test_bare_anti_pd1_with_an_agent_versus_anti_pd1_alone():
    text = (
        "Anti-PD-1 with regorafenib versus anti-PD-1 alone after sorafenib in hepatocellular carcinoma\n"
        "Results: Of 97 patients, 45 received anti-PD-1 plus regorafenib and 52 received anti-PD-1 alone. "
        "The combination group had a higher ORR (20.0% vs. 9.6%) and longer progression-free survival "
        "(5.1 vs. 2.8 months) than anti-PD-1 alone."
    )
    assert triples(text, "ORR") == [
        ("ORR", "pd-1 inhibitor + regorafenib", 20.0),
        ("ORR", "pd-1 inhibitor", 9.6),
    ]
    assert triples(text, "mPFS") == [
        ("mPFS", "pd-1 inhibitor + regorafenib", 5.1),
        ("mPFS", "pd-1 inhibitor", 2.8),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The pooled objective response rate with ICI-based treatment was 23.0% (95% CI 19.1-27.4).",
        "Among cohorts of ICI monotherapy, the pooled objective response rate was 23.0% (95% CI 19.1-27.4).",
    ],
)
def test_drug_classes_in_a_meta_analysis_are_not_arms(sentence):
    text = (
        "Immune checkpoint inhibitors in advanced hepatocellular carcinoma: a meta-analysis\n"
        "Methods: Cohorts treating HCC with anti-PD-1 or anti-PD-L1 antibodies were pooled. "
        f"Results: Twenty-two cohorts including 2,004 patients were analysed. {sentence}"
    )
    arms = {f[1] for f in triples(text, "ORR")}
    assert arms <= {None, "overall"}


def test_short_name_defined_in_the_text_overrides_the_lexicon():
    text = (
        "TACE plus lenvatinib with or without immune checkpoint inhibitors for unresectable HCC\n"
        "Methods: Patients received TACE plus lenvatinib with ICIs (T+L+I) or TACE plus lenvatinib (T+L). "
        "Results: The T+L+I group had longer median PFS (11.2 vs 7.0 months) than the T+L group."
    )
    assert triples(text, "mPFS") == [
        ("mPFS", "immune checkpoint inhibitor + lenvatinib + tace", 11.2),
        ("mPFS", "lenvatinib + tace", 7.0),
    ]
    text = (
        text.replace("T+L+I", "T+D+I").replace("(T+L)", "(T+D)").replace("T+L group", "T+D group")
    )
    text = text.replace("lenvatinib", "donafenib")
    assert triples(text, "mPFS") == [
        ("mPFS", "immune checkpoint inhibitor + donafenib + tace", 11.2),
        ("mPFS", "donafenib + tace", 7.0),
    ]


def test_short_names_written_with_spaced_plus_signs():
    text = (
        "TACE plus lenvatinib with or without tislelizumab for unresectable hepatocellular carcinoma\n"
        "Methods: Patients received TACE plus lenvatinib (TACE + L) or TACE plus lenvatinib and "
        "tislelizumab (TACE + LT). Results: 212 patients were included. The TACE + LT group had longer "
        "median OS (25.3 vs 18.1 months) than the TACE + L group."
    )
    assert triples(text, "mOS") == [
        ("mOS", "tislelizumab + lenvatinib + tace", 25.3),
        ("mOS", "lenvatinib + tace", 18.1),
    ]


def test_prior_to_the_study_drug_names_the_earlier_therapies():
    text = (
        "Regorafenib in pretreated hepatocellular carcinoma: a three-centre cohort\n"
        "Methods: We reviewed 72 patients with advanced HCC who were given regorafenib after earlier "
        "systemic therapy. Results: Prior to regorafenib, the patients had received sorafenib (n = 66) "
        "and lenvatinib (n = 21). The median progression-free survival was 3.4 months and the median "
        "overall survival was 10.2 months. The objective response rate was 6.9%."
    )
    got = triples(text)
    assert ("mPFS", "regorafenib", 3.4) in got
    assert ("mOS", "regorafenib", 10.2) in got
    assert ("ORR", "regorafenib", 6.9) in got
    assert [t for t in got if t[0] == "N"] == [("N", "regorafenib", 72.0)]


def test_value_with_a_standard_deviation():
    text = (
        "Lenvatinib versus sorafenib in a provincial registry of hepatocellular carcinoma\n"
        "Results: The median PFS was 7.1 ± 0.6 months in the lenvatinib group and 4.2 ± 0.5 months "
        "in the sorafenib group."
    )
    assert triples(text, "mPFS") == [("mPFS", "lenvatinib", 7.1), ("mPFS", "sorafenib", 4.2)]


def test_semicolon_before_the_ci_and_a_tilde_between_its_bounds():
    text = (
        "Sintilimab plus lenvatinib versus lenvatinib for hepatocellular carcinoma\n"
        "Results: The median OS in the sintilimab plus lenvatinib group (17.3; 95% CI: 14.0~20.6 months) "
        "was longer than in the lenvatinib group (11.9; 95% CI: 9.8~14.0 months)."
    )
    got = [
        (f["arm"], f["value"], f["ci_low"], f["ci_high"])
        for f in extract(text)
        if f["endpoint"] == "mOS"
    ]
    assert got == [
        ("sintilimab + lenvatinib", 17.3, 14.0, 20.6),
        ("lenvatinib", 11.9, 9.8, 14.0),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The survival rates at 6, 12, and 18 months were 88.0%, 70.5%, and 52.3%, respectively.",
        "The 6 month, 12 month and 18 month survival rates were 88.0%, 70.5% and 52.3%, respectively.",
        "The 6-month, 12-month, and 18-month overall survival rates were 88.0%, 70.5%, and 52.3%.",
    ],
)
def test_landmark_rates_listed_by_time_are_not_medians(sentence):
    text = (
        "Camrelizumab plus TACE for unresectable hepatocellular carcinoma: a phase II study\n"
        f"Results: Thirty-six patients were enrolled. {sentence}"
    )
    got = [
        (f["endpoint"], f["value"], f["timepoint"]) for f in extract(text) if f["endpoint"] != "N"
    ]
    assert got == [
        ("OS_RATE", 88.0, "6 months"),
        ("OS_RATE", 70.5, "12 months"),
        ("OS_RATE", 52.3, "18 months"),
    ]


def test_two_endpoints_listed_with_the_article_between_them():
    text = (
        "Tislelizumab plus regorafenib after regorafenib progression in hepatocellular carcinoma\n"
        "Results: 41 patients were treated. The objective response and the disease control rates "
        "were 14.6% and 58.5%, respectively."
    )
    got = triples(text)
    assert ("ORR", "tislelizumab + regorafenib", 14.6) in got
    assert ("DCR", "tislelizumab + regorafenib", 58.5) in got


def test_whole_numbers_paired_with_a_percent_word_in_news_style():
    text = (
        "Durvalumab plus bevacizumab plus TACE versus TACE in hepatocellular carcinoma\n"
        "Results: 18-month progression-free survival rates were 52 and 37 percent, respectively, for "
        "TACE with durvalumab plus bevacizumab and TACE alone. Grade 3 or worse treatment-related "
        "adverse events occurred in 33 and 14 percent of participants in the two groups, respectively."
    )
    got = triples(text)
    assert ("PFS_RATE", "durvalumab + bevacizumab + tace", 52.0) in got
    assert ("PFS_RATE", "tace", 37.0) in got
    assert ("TRAE_G3plus", "durvalumab + bevacizumab + tace", 33.0) in got
    assert ("TRAE_G3plus", "tace", 14.0) in got


def n_rows(text: str) -> list[tuple]:
    return [(f["arm"], f["value"]) for f in extract(text) if f["endpoint"] == "N"]


@pytest.mark.parametrize(
    "methods, expected",
    [
        (
            "Patients were randomly assigned to durvalumab (1500 mg intravenously every 4 weeks) plus "
            "lenvatinib (8 mg orally once daily) (n=168) or lenvatinib (8 mg orally once daily) (n=84).",
            [("durvalumab + lenvatinib", 168.0), ("lenvatinib", 84.0)],
        ),
        (
            "Patients were randomly assigned to TACE with sorafenib or TACE alone (156 and 160 "
            "individuals, respectively).",
            [("sorafenib + tace", 156.0), ("tace", 160.0)],
        ),
        (
            "Patients were allocated (durvalumab plus lenvatinib group, n=168; lenvatinib group, n=84).",
            [("durvalumab + lenvatinib", 168.0), ("lenvatinib", 84.0)],
        ),
        (
            "After matching, 168 patients remained, with 84 in the durvalumab plus lenvatinib group and 84 "
            "in the lenvatinib group.",
            [("durvalumab + lenvatinib", 84.0), ("lenvatinib", 84.0)],
        ),
    ],
)
def test_per_arm_counts_written_in_other_ways(methods, expected):
    text = (
        "Durvalumab plus lenvatinib versus lenvatinib in hepatocellular carcinoma\n"
        f"Methods: {methods} Results: Median OS was 19.4 vs 15.2 months."
    )
    assert [r for r in n_rows(text) if r[0] != "overall"] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The subjects were 57 patients receiving cabozantinib.",
        "Data were collected from 57 patients who received cabozantinib at four hospitals.",
    ],
)
def test_total_counts_written_in_other_ways(sentence):
    text = (
        "Cabozantinib after atezolizumab plus bevacizumab in hepatocellular carcinoma\n"
        f"Methods: {sentence} Results: The ORR was 7.0%."
    )
    assert n_rows(text) == [("cabozantinib", 57.0)]
    assert triples(text, "ORR") == [("ORR", "cabozantinib", 7.0)]


def test_grade_greater_than_two_is_grade_three_or_higher():
    text = (
        "Pembrolizumab in advanced hepatocellular carcinoma: a multicentre cohort\n"
        "Results: 120 patients received pembrolizumab. Treatment-related adverse events of grade >2 "
        "occurred in 14 patients (11.7%). Adverse events of grade > 3 occurred in 2.5%."
    )
    assert triples(text, "TRAE_G3plus") == [("TRAE_G3plus", "pembrolizumab", 11.7)]
    assert triples(text, "AE_G3plus") == []


def test_follow_up_times_for_each_endpoint_are_not_medians():
    text = (
        "Camrelizumab plus rivoceranib versus sorafenib: a randomised phase 3 trial\n"
        "Results: 543 patients were randomly assigned to camrelizumab plus rivoceranib (n=272) or "
        "sorafenib (n=271). The median follow-up was 7.8 months with camrelizumab plus rivoceranib and "
        "7.2 months with sorafenib for PFS, and 14.5 and 14.1 months, respectively, for OS. "
        "Median PFS was 5.6 vs 3.7 months."
    )
    assert triples(text, "mPFS") == [
        ("mPFS", "camrelizumab + rivoceranib", 5.6),
        ("mPFS", "sorafenib", 3.7),
    ]
    assert triples(text, "mOS") == []


def test_values_in_all_patients_of_a_study_of_two_regimens_are_overall():
    text = (
        "Regorafenib with or without a PD-1 inhibitor: a single-arm phase II study\n"
        "Methods: Fifty patients were enrolled; 35 received regorafenib and 15 received regorafenib plus "
        "a PD-1 inhibitor. Results: In all 50 patients the ORR was 18.0% and the median PFS was 4.6 months."
    )
    got = triples(text)
    assert ("ORR", "overall", 18.0) in got
    assert ("mPFS", "overall", 4.6) in got


def test_response_of_tumour_thrombi_is_not_the_objective_response_rate():
    text = (
        "HAIC plus tislelizumab for hepatocellular carcinoma with portal vein tumour thrombus\n"
        "Results: 44 patients were treated. The objective response rate of tumour thrombi (ORRT) was "
        "52.3%, and the ORR was 36.4%."
    )
    assert triples(text, "ORR") == [("ORR", "tislelizumab + haic", 36.4)]


def subgroups(text: str) -> list[tuple]:
    return [
        (f["endpoint"], f["value"], f["subgroup"]) for f in extract(text) if f["endpoint"] != "N"
    ]


def test_clinical_subgroups_are_labelled():
    text = (
        "Regorafenib after atezolizumab plus bevacizumab: a multicentre cohort\n"
        "Results: 96 patients received regorafenib; 70 were Child-Pugh class A and 26 were Child-Pugh "
        "class B. The median OS was 9.8 months. In the Child-Pugh B cohort (n = 26), the ORR was 3.8% and "
        "the median OS was 5.1 months. Among patients with AFP ≥400 ng/mL, the median OS was 7.0 months."
    )
    assert subgroups(text) == [
        ("mOS", 9.8, None),
        ("ORR", 3.8, "Child-Pugh B"),
        ("mOS", 5.1, "Child-Pugh B"),
        ("mOS", 7.0, "AFP ≥400 ng/mL"),
    ]


def test_baseline_description_is_not_a_subgroup():
    text = (
        "Lenvatinib after immunotherapy in hepatocellular carcinoma\n"
        "Results: Of 61 patients, 40 (65.6%) had BCLC stage C disease and 52 were Child-Pugh class A, "
        "and the objective response rate was 19.7%."
    )
    assert subgroups(text) == [("ORR", 19.7, None)]


def test_short_name_after_a_bracketed_abbreviation():
    text = (
        "TACE plus lenvatinib with immune checkpoint inhibitors versus TACE plus lenvatinib\n"
        "Objective: To compare TACE plus lenvatinib with immune checkpoint inhibitors (ICIs) (T+L+I) "
        "versus TACE plus lenvatinib (T+L) for unresectable HCC. Results: 88 patients were included: "
        "50 in the T+L group and 38 in the T+L+I group. Patients in the T+L+I group had a higher ORR "
        "(60.5% vs 42.0%)."
    )
    assert triples(text, "ORR") == [
        ("ORR", "immune checkpoint inhibitor + lenvatinib + tace", 60.5),
        ("ORR", "lenvatinib + tace", 42.0),
    ]
    assert ("N", "immune checkpoint inhibitor + lenvatinib + tace", 38.0) in triples(text, "N")


def test_combined_without_with_joins_two_agents():
    text = (
        "Anti-PD-1 combined lenvatinib versus anti-PD-1 alone in advanced hepatocellular carcinoma\n"
        "Results: 120 patients were analysed. The combination therapy had a higher ORR (30.4% vs. 15.2%) "
        "than anti-PD-1 alone."
    )
    assert triples(text, "ORR") == [
        ("ORR", "pd-1 inhibitor + lenvatinib", 30.4),
        ("ORR", "pd-1 inhibitor", 15.2),
    ]


@pytest.mark.parametrize(
    "title, methods",
    [
        (
            "Combined TACE and camrelizumab for unresectable hepatocellular carcinoma",
            "received TACE",
        ),
        (
            "TACE and camrelizumab in unresectable hepatocellular carcinoma",
            "received combined treatment of TACE and camrelizumab",
        ),
    ],
)
def test_combined_a_and_b_is_one_regimen(title, methods):
    text = (
        f"{title}\nMethods: This retrospective study included 48 patients who {methods}. "
        "Results: Median PFS was 10.2 months (95% CI: 7.1-13.3) and the ORR was 58.3%."
    )
    got = triples(text)
    assert ("mPFS", "camrelizumab + tace", 10.2) in got
    assert ("ORR", "camrelizumab + tace", 58.3) in got


@pytest.mark.parametrize("pair", ["nivolumab/pembrolizumab", "nivolumab or pembrolizumab"])
def test_anti_pd1_alternatives_stand_for_the_class(pair):
    text = (
        f"Ipilimumab plus {pair} after progression on immunotherapy in hepatocellular carcinoma\n"
        f"Methods: Patients who progressed on a PD-1 inhibitor then received ipilimumab with {pair}. "
        "Results: Thirty-one patients were included. The ORR was 19.4% and the median OS was 11.2 months."
    )
    got = triples(text)
    assert ("ORR", "pd-1 inhibitor + ipilimumab", 19.4) in got
    assert ("mOS", "pd-1 inhibitor + ipilimumab", 11.2) in got
    assert ("N", "pd-1 inhibitor + ipilimumab", 31.0) in got


@pytest.mark.parametrize(
    "sentence",
    [
        "A total of 64 patients were retrospectively reviewed.",
        "We retrospectively evaluated 64 patients with unresectable HCC.",
        "There were 64 patients with a median age of 67 years.",
        "A total of 64 patients with unresectable HCC were involved in the study.",
    ],
)
def test_total_counts_with_adverbs_and_other_verbs(sentence):
    text = (
        "Cabozantinib after immunotherapy in hepatocellular carcinoma: a real-world study\n"
        f"Results: {sentence} The disease control rate was 59.4%."
    )
    assert n_rows(text) == [("cabozantinib", 64.0)]


def test_there_were_patients_with_an_event_is_not_a_total():
    text = (
        "Cabozantinib after immunotherapy in hepatocellular carcinoma: a real-world study\n"
        "Results: 64 patients were treated. There were 9 patients with grade 3 hypertension."
    )
    assert n_rows(text) == [("cabozantinib", 64.0)]


def test_randomised_count_out_of_the_screened():
    text = (
        "Tislelizumab versus placebo in previously treated hepatocellular carcinoma: a phase 3 trial\n"
        "Results: Overall, 390 of 452 screened patients were randomized (2:1) to receive tislelizumab "
        "(260) or placebo (130). Median OS was 13.2 vs 10.1 months."
    )
    assert n_rows(text) == [("overall", 390.0), ("tislelizumab", 260.0), ("placebo", 130.0)]


def test_pd_l1_or_pd_1_inhibitor_written_with_brackets():
    text = (
        "TACE plus lenvatinib with or without PD-(L)1 inhibitors for hepatocellular carcinoma\n"
        "Methods: Patients received TACE combined with lenvatinib and PD-(L)1 inhibitor (TACE-L-P) or "
        "TACE combined with lenvatinib (TACE-L). Results: 104 patients were treated with either TACE-L-P "
        "(n = 55) or TACE-L (n = 49). The objective response rate was 63.6% vs 44.9%."
    )
    assert triples(text, "ORR") == [
        ("ORR", "immune checkpoint inhibitor + lenvatinib + tace", 63.6),
        ("ORR", "lenvatinib + tace", 44.9),
    ]


def test_values_compared_with_higher_than_are_results_not_thresholds():
    text = (
        "Camrelizumab plus apatinib with or without HAIC for unresectable hepatocellular carcinoma\n"
        "Results: 72 patients were included: 38 in the combination group and 34 in the control group. "
        "The ORR and DCR in the HAIC group were 47.4% and 86.8% respectively, which were higher than "
        "23.5% and 64.7% respectively in the control group. More than 50% of patients had PVTT."
    )
    got = triples(text)
    assert ("ORR", "camrelizumab + rivoceranib + haic", 47.4) in got
    assert ("DCR", "camrelizumab + rivoceranib + haic", 86.8) in got
    assert ("ORR", "camrelizumab + rivoceranib", 23.5) in got
    assert ("DCR", "camrelizumab + rivoceranib", 64.7) in got
    assert not [t for t in got if t[2] == 50.0]


def test_a_total_of_patients_in_each_named_group():
    text = (
        "Lenvatinib with or without HAIC for advanced hepatocellular carcinoma\n"
        "Results: A total of 212 patients in the lenvatinib group and 187 patients in the HAIC plus "
        "lenvatinib group were analysed. Median OS was 14.2 vs 20.9 months."
    )
    assert n_rows(text) == [("lenvatinib", 212.0), ("lenvatinib + haic", 187.0)]


def test_a_total_of_patients_received_one_of_two_regimens():
    text = (
        "Tislelizumab versus sorafenib in hepatocellular carcinoma\n"
        "Results: A total of 150 patients received tislelizumab (n=76) or sorafenib (n=74). "
        "Median OS was 15.9 vs 14.1 months."
    )
    assert n_rows(text) == [("overall", 150.0), ("tislelizumab", 76.0), ("sorafenib", 74.0)]


def test_spelled_count_opening_a_sentence_of_arm_counts():
    text = (
        "Sorafenib with or without a PD-1 inhibitor for advanced hepatocellular carcinoma\n"
        "Results: Sixty-four patients received sorafenib plus a PD-1 inhibitor and 48 received sorafenib "
        "alone. The ORR was 21.9% vs 8.3%."
    )
    assert n_rows(text) == [("pd-1 inhibitor + sorafenib", 64.0), ("sorafenib", 48.0)]


def test_abbreviated_child_pugh_class_is_a_subgroup():
    text = (
        "Lenvatinib in Child-Pugh B hepatocellular carcinoma: a pooled analysis\n"
        "Results: 205 pts were analysed. The mOS was 13.0 mo. In CP-B pts, mOS was 7.3 mo."
    )
    assert subgroups(text) == [("mOS", 13.0, None), ("mOS", 7.3, "CP-B")]


def test_hr_next_to_the_arm_written_alone_belongs_to_the_added_regimen():
    text = (
        "Adding lenvatinib to TACE extends survival in liver cancer\n"
        "Median overall survival was 22.4 months for patients who received lenvatinib plus TACE, "
        "versus 15.8 months for those receiving TACE alone (hazard ratio, 0.71)."
    )
    assert triples(text, "HR_OS") == [("HR_OS", "lenvatinib + tace", 0.71)]
