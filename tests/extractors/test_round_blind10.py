"""Phenomena found by the tenth blind set (typical abstracts), each written here in other
words and numbers: prior regimens listed with their counts, opening sentences that cite
earlier trials, 'combined with A and B', single-arm studies whose conclusion names the
whole regimen, range ends that are not counts, prognostic 'associated with' HRs that name
a regimen, specific events after a grade 3+ rate, and pooled meta-analysis HRs."""

import pytest

from extractors.endpoints import extract


def triples(text: str, endpoint: str | None = None) -> list[tuple]:
    return [
        (f["endpoint"], f["arm"], f["value"])
        for f in extract(text)
        if endpoint is None or f["endpoint"] == endpoint
    ]


@pytest.mark.parametrize(
    "history",
    [
        "The previous regimen was nivolumab plus ipilimumab in 30 patients and atezolizumab plus bevacizumab in 14 patients.",
        "Preceding therapy was durvalumab plus tremelimumab in 21 patients (40.4%) and atezolizumab plus bevacizumab in 31 patients.",
        "Prior treatment consisted of atezolizumab plus bevacizumab in 25 cases or lenvatinib plus pembrolizumab in 9 cases.",
    ],
)
def test_prior_regimens_listed_with_counts_are_all_prior(history):
    text = (
        "Methods: We reviewed patients given regorafenib after first-line immunotherapy. "
        f"Results: Forty-four patients were included. {history} "
        "Median overall survival was 9.1 months (95% CI 7.0-11.8). "
        "The disease control rate was 48.6%."
    )
    assert triples(text, "mOS") == [("mOS", "regorafenib", 9.1)]
    assert triples(text, "DCR") == [("DCR", "regorafenib", 48.6)]
    assert ("N", "regorafenib", 44.0) in triples(text, "N")


@pytest.mark.parametrize(
    "opening",
    [
        "Objective: Lenvatinib was non-inferior to sorafenib in the REFLECT trial, and is approved as first-line therapy.",
        "Background: Cabozantinib demonstrated improved survival over placebo in the CELESTIAL trial.",
        "Aims: Donafenib has been shown to prolong survival compared with sorafenib.",
    ],
)
def test_opening_sentence_citing_another_trial_does_not_add_an_arm(opening):
    drug = opening.split(":")[1].split()[0].lower()
    text = (
        f"{opening} We assessed its real-world use. "
        f"Methods: Consecutive patients treated with {drug} at four centres were reviewed. "
        "Results: The objective response rate was 14.3% and the median progression-free survival was 5.2 months (95% CI 4.1-6.6)."
    )
    assert triples(text, "ORR") == [("ORR", drug, 14.3)]
    assert triples(text, "mPFS") == [("mPFS", drug, 5.2)]


def test_title_naming_a_trial_still_orders_the_arms():
    text = (
        "Lenvatinib versus sorafenib in the REFLECT trial: outcomes by baseline AFP\n"
        "Results: Median overall survival was 13.6 months with lenvatinib and 12.3 months with sorafenib."
    )
    assert triples(text, "mOS") == [("mOS", "lenvatinib", 13.6), ("mOS", "sorafenib", 12.3)]


def test_combined_with_two_agents_is_one_arm_and_its_initials_follow():
    text = (
        "Purpose: To compare hepatic arterial infusion chemotherapy (HAIC) combined with lenvatinib and sintilimab (HAIC-L-S) "
        "with HAIC combined with lenvatinib (HAIC-L) for large HCC. "
        "Results: The objective response rate was 61.2% in the HAIC-L-S group and 43.0% in the HAIC-L group. "
        "Median overall survival was 22.4 versus 15.9 months (HR 0.61, 95% CI 0.42-0.89)."
    )
    assert triples(text, "ORR") == [
        ("ORR", "sintilimab + lenvatinib + haic", 61.2),
        ("ORR", "lenvatinib + haic", 43.0),
    ]
    assert triples(text, "HR_OS") == [("HR_OS", "sintilimab + lenvatinib + haic", 0.61)]


def test_single_arm_study_takes_the_fullest_regimen_named():
    text = (
        "Methods: In this single-arm phase 2 trial, patients received sintilimab and lenvatinib "
        "beginning one week after the first HAIC session. "
        "Results: Thirty-eight patients were enrolled. The objective response rate was 55.3% and the median "
        "progression-free survival was 11.6 months (95% CI 8.4-14.9). "
        "Conclusions: Sintilimab plus lenvatinib combined with HAIC was active, supporting a randomised trial."
    )
    arm = "sintilimab + lenvatinib + haic"
    assert triples(text, "ORR") == [("ORR", arm, 55.3)]
    assert triples(text, "mPFS") == [("mPFS", arm, 11.6)]
    assert triples(text, "N") == [("N", arm, 38.0)]


@pytest.mark.parametrize(
    "eligibility",
    [
        "Patients with ECOG performance status 0-1 received camrelizumab plus rivoceranib.",
        "Patients aged 18-75 and with Child-Pugh score 5–6 received camrelizumab plus rivoceranib.",
    ],
)
def test_range_end_before_received_is_not_a_count(eligibility):
    text = f"{eligibility} In all, 52 patients were treated. The objective response rate was 30.8%."
    assert triples(text, "N") == [("N", "camrelizumab + rivoceranib", 52.0)]


@pytest.mark.parametrize(
    "prognostic",
    [
        "ALBI grade 1 at regorafenib initiation was associated with longer overall survival (HR 0.41, 95% CI 0.20-0.83).",
        "Baseline AFP below 400 ng/mL before cabozantinib was associated with better overall survival (HR 0.52, 95% CI 0.31-0.88).",
    ],
)
def test_patient_characteristic_associated_with_survival_is_not_an_arm_hr(prognostic):
    drug = "regorafenib" if "regorafenib" in prognostic else "cabozantinib"
    text = (
        f"Methods: We reviewed patients treated with {drug} in the second line. "
        f"Results: Median overall survival was 10.2 months. {prognostic}"
    )
    assert triples(text, "HR_OS") == []
    assert triples(text, "mOS") == [("mOS", drug, 10.2)]


def test_regimen_associated_with_longer_survival_in_a_subgroup_keeps_its_hr():
    text = (
        "Lenvatinib or sorafenib in Child-Pugh B liver cancer\n"
        "Results: In Child-Pugh B patients, lenvatinib was associated with longer PFS than sorafenib "
        "(adjusted HR 0.58, 95% CI 0.37-0.91)."
    )
    assert triples(text, "HR_PFS") == [("HR_PFS", "lenvatinib", 0.58)]


def test_specific_event_after_a_grade3_rate_keeps_its_values():
    text = (
        "Durvalumab plus tremelimumab versus atezolizumab plus bevacizumab: a cohort study\n"
        "Grade 3 or higher immune-related adverse events occurred in 11.0% with durvalumab plus tremelimumab "
        "and 5.9% with atezolizumab plus bevacizumab, whereas variceal bleeding was more frequent with "
        "atezolizumab plus bevacizumab (7.4% vs. 1.6%)."
    )
    assert triples(text, "IRAE_G3plus") == [
        ("IRAE_G3plus", "durvalumab + tremelimumab", 11.0),
        ("IRAE_G3plus", "atezolizumab + bevacizumab", 5.9),
    ]


def test_bracketed_value_of_a_named_event_is_not_a_discontinuation_rate():
    text = (
        "Methods: Patients received lenvatinib in a single-arm phase 2 study. "
        "Results: Grade 3 or higher TRAEs occurred in 38.5% of patients, most commonly proteinuria (9.6%), "
        "and 5.8% discontinued lenvatinib because of TRAEs."
    )
    assert triples(text, "TRAE_DISC") == [("TRAE_DISC", "lenvatinib", 5.8)]
    assert triples(text, "TRAE_G3plus") == [("TRAE_G3plus", "lenvatinib", 38.5)]


def test_pooled_hr_between_drug_classes_is_reported_for_the_pool():
    text = (
        "Methods: We performed a meta-analysis of randomised trials comparing immunotherapy-based regimens "
        "with sorafenib or lenvatinib. "
        "Results: Seven trials with 5,902 patients were included. Immunotherapy improved overall survival "
        "(pooled HR 0.80, 95% CI 0.73-0.88) compared with kinase inhibitors."
    )
    assert triples(text, "HR_OS") == [("HR_OS", "overall", 0.8)]


def test_pooled_prognostic_hr_stays_out():
    text = (
        "Methods: A meta-analysis of atezolizumab plus bevacizumab cohorts by liver function. "
        "Results: The pooled HR for death of Child-Pugh class B relative to class A was 2.31 (95% CI 1.80-2.96)."
    )
    assert triples(text, "HR_OS") == []


# --- phenomena of the eleventh blind set, in other words and numbers ---


def test_spelled_out_regimen_code_is_one_regimen():
    text = (
        "Outcomes of the single tremelimumab regular interval durvalumab (STRIDE) regimen in older patients are unclear. "
        "We reviewed 87 patients who received STRIDE at three centres. "
        "The objective response rate was 19.5% and median overall survival was 15.1 months (95% CI 11.0-19.3)."
    )
    assert triples(text, "ORR") == [("ORR", "durvalumab + tremelimumab", 19.5)]
    assert triples(text, "N") == [("N", "durvalumab + tremelimumab", 87.0)]


def test_bare_chemotherapy_naming_part_of_the_one_regimen_is_not_an_arm():
    text = (
        "Methods: Patients who started gemcitabine, cisplatin and durvalumab for biliary tract cancer were reviewed. "
        "Up to eight cycles of chemotherapy were given before durvalumab maintenance. "
        "Results: Overall, 141 patients were included. Median overall survival was 12.7 months (95% CI 10.9-14.8)."
    )
    arm = "durvalumab + cisplatin + gemcitabine"
    assert triples(text, "mOS") == [("mOS", arm, 12.7)]


def test_prior_oxaliplatin_based_chemotherapy_is_prior_as_a_whole():
    text = (
        "Ramucirumab plus paclitaxel after first-line immunochemotherapy in gastric cancer. "
        "We identified 73 patients who received ramucirumab plus paclitaxel after progression on nivolumab "
        "combined with oxaliplatin-based chemotherapy. The disease control rate was 58.9%."
    )
    assert triples(text, "DCR") == [("DCR", "ramucirumab + paclitaxel", 58.9)]


def test_time_from_the_last_dose_of_a_drug_marks_it_prior():
    text = (
        "Methods: We included patients who received nivolumab plus ipilimumab after atezolizumab plus bevacizumab. "
        "Results: Fifty patients were included; the median time from the last dose of atezolizumab to the first "
        "nivolumab dose was 1.4 months. The objective response rate was 16.0%."
    )
    assert triples(text, "ORR") == [("ORR", "nivolumab + ipilimumab", 16.0)]


@pytest.mark.parametrize(
    "design",
    [
        "This single-centre, single-arm, phase 2 study enrolled patients with BCLC stage B disease.",
        "In this single-arm phase 2 trial, we evaluated HAIC for the tumour thrombus followed by sintilimab and lenvatinib.",
    ],
)
def test_single_arm_study_arm_is_the_regimen_covering_every_agent(design):
    text = (
        f"Methods: {design} Patients received HAIC followed within a week by lenvatinib (8 mg daily) and sintilimab. "
        "Results: Forty-one patients were treated. The objective response rate was 51.2%. "
        "Conclusions: HAIC plus lenvatinib and sintilimab was active."
    )
    assert triples(text, "ORR") == [("ORR", "sintilimab + lenvatinib + haic", 51.2)]


def test_objective_sentence_orders_the_arms_and_chemotherapy_means_the_named_drugs():
    text = (
        "Objective: To compare first-line durvalumab plus gemcitabine and cisplatin with gemcitabine and cisplatin "
        "alone in biliary tract cancer. Methods: A registry analysis. "
        "Results: Median overall survival was 13.0 months with durvalumab plus chemotherapy versus 10.6 months "
        "with chemotherapy alone (HR 0.77, 95% CI 0.60-0.98)."
    )
    assert triples(text, "mOS") == [
        ("mOS", "durvalumab + cisplatin + gemcitabine", 13.0),
        ("mOS", "cisplatin + gemcitabine", 10.6),
    ]
    assert triples(text, "HR_OS") == [("HR_OS", "durvalumab + cisplatin + gemcitabine", 0.77)]


def test_planned_randomised_study_does_not_make_a_single_arm_trial_randomised():
    text = (
        "We report a phase 2 study of penpulimab plus anlotinib. Twenty-eight patients were enrolled. "
        "The objective response rate was 32.1%. A randomized study is planned."
    )
    assert triples(text, "N") == [("N", "penpulimab + anlotinib", 28.0)]


def test_counts_after_alone_and_retained_in_each_arm():
    text = (
        "Lenvatinib plus TACE versus TACE alone: a randomised trial\n"
        "Overall, 210 patients were randomised (lenvatinib plus TACE, n = 106; TACE alone, n = 104). "
        "After matching, 77 patients were retained in each arm."
    )
    found = triples(text, "N")
    assert ("N", "tace", 104.0) in found
    assert ("N", "lenvatinib + tace", 77.0) in found and ("N", "tace", 77.0) in found


def test_regimens_named_after_respectively_do_not_order_the_values():
    text = (
        "Sintilimab plus bevacizumab biosimilar versus atezolizumab plus bevacizumab: a cohort study\n"
        "Median progression-free survival was 6.1 months (95% CI 4.9-7.7) and 6.4 months (95% CI 5.0-8.1), "
        "respectively (weighted HR for atezolizumab plus bevacizumab versus sintilimab plus bevacizumab biosimilar 1.05, 95% CI 0.74-1.49)."
    )
    assert triples(text, "mPFS") == [
        ("mPFS", "sintilimab + bevacizumab", 6.1),
        ("mPFS", "atezolizumab + bevacizumab", 6.4),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "One patient (2.9%) discontinued treatment because of a treatment-related adverse event (grade 3 colitis).",
        "A single patient (2.9%) stopped therapy owing to a treatment-related adverse event.",
    ],
)
def test_one_patient_discontinuing_for_a_trae(sentence):
    text = f"We report a single-arm phase 2 study of camrelizumab plus rivoceranib. {sentence}"
    assert triples(text, "TRAE_DISC") == [("TRAE_DISC", "camrelizumab + rivoceranib", 2.9)]


def test_and_for_pfs_after_an_os_hazard_ratio_is_the_pfs_hazard_ratio():
    text = (
        "Durvalumab plus tremelimumab versus lenvatinib: a cohort study\n"
        "The adjusted HR for overall survival with durvalumab plus tremelimumab versus lenvatinib was 0.92 "
        "(95% CI 0.70-1.21; P = 0.55), and for progression-free survival 1.18 (95% CI 0.90-1.55; P = 0.23)."
    )
    assert triples(text, "HR_OS") == [("HR_OS", "durvalumab + tremelimumab", 0.92)]
    assert triples(text, "HR_PFS") == [("HR_PFS", "durvalumab + tremelimumab", 1.18)]


def test_discontinuation_for_a_treatment_related_event_without_adverse():
    text = (
        "We report a single-arm phase 2 study of sintilimab. Grade 3 or worse treatment-related adverse events "
        "occurred in 18% of patients; 2 patients (4%) discontinued because of a treatment-related event."
    )
    assert triples(text, "TRAE_DISC") == [("TRAE_DISC", "sintilimab", 4.0)]


def test_any_grade_share_then_grade3_share_of_the_same_events():
    text = (
        "We report a single-arm phase 2 study of tislelizumab. Treatment-related adverse events of any grade "
        "were recorded in 51.0% of patients and were grade 3 or higher in 11.8%."
    )
    assert triples(text, "TRAE_G3plus") == [("TRAE_G3plus", "tislelizumab", 11.8)]


# --- counts seen in an audit of real abstracts, in other words and numbers ---


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Results: 118 Patients allocated to nivolumab and 120 patients allocated to sorafenib had no viral hepatitis.",
            [("N", "nivolumab", 118.0), ("N", "sorafenib", 120.0)],
        ),
        (
            "Results: 520 patients were randomized to nivolumab (n = 262) or sorafenib (n = 258); of the 250 patients treated in the sorafenib arm, 30 stopped early.",
            [("N", "overall", 520.0), ("N", "nivolumab", 262.0), ("N", "sorafenib", 258.0)],
        ),
        (
            "Results: A total of 412 patients underwent random assignment across 31 hospitals: 207 to nivolumab and 205 to sorafenib.",
            [("N", "overall", 412.0), ("N", "nivolumab", 207.0), ("N", "sorafenib", 205.0)],
        ),
        (
            "Methods: Enrolment comprised 640 systemic therapy\u2013naive adults, randomized to nivolumab (n = 321) or sorafenib (n = 319).",
            [("N", "overall", 640.0), ("N", "nivolumab", 321.0), ("N", "sorafenib", 319.0)],
        ),
    ],
)
def test_randomised_counts_in_more_phrasings(sentence, expected):
    text = f"Nivolumab versus sorafenib in liver cancer: a randomised trial\n{sentence}"
    assert triples(text, "N") == expected


def test_randomised_trials_cited_in_background_do_not_make_a_cohort_randomised():
    text = (
        "Durvalumab plus tremelimumab in routine practice: a retrospective study\n"
        "In randomized clinical trials, durvalumab plus tremelimumab prolonged survival. "
        "Eighty-one eligible patients received STRIDE during the study period. Median OS was 14.2 months."
    )
    assert triples(text, "N") == [("N", "durvalumab + tremelimumab", 81.0)]


def test_bracketed_count_of_an_outcome_group_is_not_the_regimen_n():
    text = (
        "Atezolizumab plus bevacizumab across ALBI grades: a cohort study\n"
        "Results: Of 260 analysed patients, survival was longest for grade 1 (n = 120) and shortest for grade 2b (n = 60)."
    )
    assert ("N", "atezolizumab + bevacizumab", 120.0) not in triples(text, "N")


def test_single_agent_arm_after_a_combination_that_contains_it():
    text = (
        "Methods: Participants were randomised to STRIDE (tremelimumab 300 mg once plus durvalumab 1,500 mg every "
        "4 weeks), durvalumab 1,500 mg every 4 weeks, or sorafenib 400 mg twice daily. "
        "Results: Median OS was 16.0 months with STRIDE, 15.8 months with durvalumab and 13.5 months with sorafenib."
    )
    assert triples(text, "mOS") == [
        ("mOS", "durvalumab + tremelimumab", 16.0),
        ("mOS", "durvalumab", 15.8),
        ("mOS", "sorafenib", 13.5),
    ]


def test_prior_first_line_regimens_listed_with_counts():
    text = (
        "Methods: We reviewed pts who received ramucirumab after an ICI-based first-line regimen. "
        "Results: 88 pts were identified. Prior first-line regimens were atezolizumab plus bevacizumab in 52 pts "
        "and durvalumab plus tremelimumab in 36 pts. ORR was 7.9% and DCR 46.6%."
    )
    assert triples(text, "ORR") == [("ORR", "ramucirumab", 7.9)]
    assert triples(text, "N") == [("N", "ramucirumab", 88.0)]


def test_beyond_a_staging_criterion_is_not_prior_therapy():
    text = (
        "Methods: In this single-arm phase 2 study, patients with BCLC stage B HCC beyond up-to-seven received "
        "lenvatinib plus TACE. Results: The objective response rate was 64.0%."
    )
    assert triples(text, "ORR") == [("ORR", "lenvatinib + tace", 64.0)]


# --- phenomena of the twelfth blind set, in other words and numbers ---


def test_drugs_infused_by_haic_are_part_of_haic():
    text = (
        "Objective: To compare lenvatinib plus HAIC of oxaliplatin, fluorouracil, and leucovorin with lenvatinib alone. "
        "Methods: A randomised phase 3 trial. Results: Median OS was 15.2 months with lenvatinib plus HAIC "
        "and 11.0 months with lenvatinib (HR 0.62, 95% CI 0.47-0.83)."
    )
    assert triples(text, "mOS") == [("mOS", "lenvatinib + haic", 15.2), ("mOS", "lenvatinib", 11.0)]


def test_haic_with_folfox_in_a_single_arm_trial():
    text = (
        "We conducted a single-arm phase 2 trial of hepatic arterial infusion chemotherapy with FOLFOX (HAIC-FOLFOX) "
        "combined with lenvatinib and toripalimab. Results: Forty-eight patients were enrolled. The ORR was 60.4%. "
        "Conclusions: HAIC-FOLFOX plus lenvatinib and toripalimab was active."
    )
    assert triples(text, "ORR") == [("ORR", "toripalimab + lenvatinib + haic", 60.4)]


def test_procedure_with_a_device_followed_by_systemic_therapy_is_one_arm():
    text = (
        "Methods: Patients were randomly assigned 1:1 to TACE with drug-eluting beads followed by lenvatinib, "
        "or to lenvatinib alone. Results: Median PFS was 10.1 months in the TACE group and 6.4 months in the "
        "lenvatinib-alone group."
    )
    assert triples(text, "mPFS") == [
        ("mPFS", "lenvatinib + tace", 10.1),
        ("mPFS", "lenvatinib", 6.4),
    ]


def test_progression_on_or_intolerance_to_a_list_of_regimens_is_prior():
    text = (
        "We collected patients who started regorafenib after progression on, or intolerance to, atezolizumab plus "
        "bevacizumab or durvalumab plus tremelimumab. Overall, 97 patients received regorafenib. "
        "Median OS was 8.8 months."
    )
    assert triples(text, "mOS") == [("mOS", "regorafenib", 8.8)]


def test_interval_from_the_last_dose_of_a_named_regimen_marks_it_prior():
    text = (
        "Methods: Patients received durvalumab plus tremelimumab after atezolizumab plus bevacizumab (Atez/Bev). "
        "Results: Forty patients were analysed. The median interval from the last Atez/Bev dose was 1.8 months. "
        "The objective response rate was 12.5%."
    )
    assert triples(text, "ORR") == [("ORR", "durvalumab + tremelimumab", 12.5)]


def test_hazard_ratio_named_for_os_after_its_p_value():
    text = (
        "Lenvatinib versus regorafenib after atezolizumab plus bevacizumab: a cohort study\n"
        "After weighting, the hazard ratio of lenvatinib versus regorafenib was 0.79 (95% CI, 0.58-1.08; P = 0.14) "
        "for OS and 0.88 (95% CI, 0.66-1.17; P = 0.38) for PFS."
    )
    assert triples(text, "HR_OS") == [("HR_OS", "lenvatinib", 0.79)]
    assert triples(text, "HR_PFS") == [("HR_PFS", "lenvatinib", 0.88)]


def test_counts_of_patients_converted_to_surgery_are_not_arm_sizes():
    text = (
        "TACE plus lenvatinib and sintilimab (TACE-L-S) versus TACE plus lenvatinib (TACE-L): a cohort study\n"
        "Conversion to resection was achieved in 11 patients (14.1%) in the TACE-L-S group and 4 (4.6%) in the TACE-L group."
    )
    assert triples(text, "N") == []


def test_regimen_named_in_a_later_clause_does_not_order_a_pair():
    text = (
        "Methods: Patients were randomly assigned to TARE followed by durvalumab, or to durvalumab alone. "
        "Results: Grade 3 or higher treatment-related adverse events were reported in 31.0% vs 22.5% of patients, "
        "and radioembolization-induced liver disease occurred in two patients (3.1%) in the TARE group."
    )
    assert triples(text, "TRAE_G3plus") == [
        ("TRAE_G3plus", "durvalumab + tare", 31.0),
        ("TRAE_G3plus", "durvalumab", 22.5),
    ]


def test_hepatic_arterial_infusion_of_named_drugs_is_haic():
    text = (
        "Objective: To compare sorafenib plus hepatic arterial infusion of oxaliplatin, fluorouracil and leucovorin "
        "(SoraHAIC) with sorafenib alone. Results: Median overall survival was 12.9 months in the SoraHAIC group and "
        "6.8 months in the sorafenib group (hazard ratio, 0.41; 95% CI, 0.30-0.56)."
    )
    assert triples(text, "mOS") == [("mOS", "sorafenib + haic", 12.9), ("mOS", "sorafenib", 6.8)]


# --- landmark rates and value lists seen in an audit of real abstracts, in other words ---


def test_rates_for_a_listed_pair_of_arms_at_two_timepoints():
    text = (
        "Patients were randomised to camrelizumab or sorafenib. The OS rates for the camrelizumab and sorafenib "
        "arms were 61.0% versus 52.0% at 12 months and 38.0% versus 27.0% at 24 months."
    )
    assert [
        (f["arm"], f["value"], f["timepoint"]) for f in extract(text) if f["endpoint"] == "OS_RATE"
    ] == [
        ("camrelizumab", 61.0, "12 months"),
        ("sorafenib", 52.0, "12 months"),
        ("camrelizumab", 38.0, "24 months"),
        ("sorafenib", 27.0, "24 months"),
    ]


def test_hyphenated_timepoint_list_with_a_serial_comma():
    text = (
        "Patients were randomised to nivolumab plus ipilimumab or sorafenib. In the nivolumab plus ipilimumab arm, "
        "the 12-, 24-, and 36-month OS rates were 71%, 53%, and 44%, respectively."
    )
    assert [f["timepoint"] for f in extract(text) if f["endpoint"] == "OS_RATE"] == [
        "12 months",
        "24 months",
        "36 months",
    ]


def test_at_two_timepoints_each_with_its_unit():
    text = (
        "Patients were randomised to durvalumab plus tremelimumab or sorafenib. At 24 months and 36 months, the "
        "respective OS rates were 41.0% and 30.5% for durvalumab plus tremelimumab vs 33.0% and 20.2% for sorafenib."
    )
    assert [
        (f["arm"], f["value"], f["timepoint"]) for f in extract(text) if f["endpoint"] == "OS_RATE"
    ] == [
        ("durvalumab + tremelimumab", 41.0, "24 months"),
        ("durvalumab + tremelimumab", 30.5, "36 months"),
        ("sorafenib", 33.0, "24 months"),
        ("sorafenib", 20.2, "36 months"),
    ]


def test_rate_pairs_grouped_by_timepoint_after_medians_of_the_same_family():
    text = (
        "Patients were randomised to tislelizumab or sorafenib. Median PFS was 2.2 months with tislelizumab and "
        "3.6 months with sorafenib (HR 1.10, 95% CI 0.92-1.33), with 12- and 24-month rates of 18% vs 11% and 9% vs 4%."
    )
    assert [
        (f["arm"], f["value"], f["timepoint"]) for f in extract(text) if f["endpoint"] == "PFS_RATE"
    ] == [
        ("tislelizumab", 18.0, "12 months"),
        ("sorafenib", 11.0, "12 months"),
        ("tislelizumab", 9.0, "24 months"),
        ("sorafenib", 4.0, "24 months"),
    ]


def test_discontinuation_pair_after_a_grade3_pair_of_the_same_cue():
    text = (
        "Durvalumab plus TACE versus placebo plus TACE: a randomised trial\n"
        "Grade 3-5 treatment-related adverse events occurred in 101 (42%) of 240 treated patients versus 70 (29%) "
        "of 242, and led to discontinuation of all study drugs in 6% versus 2%."
    )
    found = triples(text)
    assert ("TRAE_DISC", "durvalumab + tace", 6.0) in found
    assert ("TRAE_DISC", "placebo + tace", 2.0) in found
    assert ("TRAE_G3plus", "placebo + tace", 29.0) in found


def test_values_then_respectively_then_a_list_of_three_arms():
    text = (
        "Patients were randomized 1:1:1 to sintilimab plus bevacizumab with TACE (n=150), sintilimab plus TACE "
        "(n=151), or TACE monotherapy (n=149). ORRs were 44.0%, 37.5%, and 28.2%, respectively, for the sintilimab "
        "plus bevacizumab with TACE, sintilimab plus TACE, and TACE monotherapy arms."
    )
    assert triples(text, "ORR") == [
        ("ORR", "sintilimab + bevacizumab + tace", 44.0),
        ("ORR", "sintilimab + tace", 37.5),
        ("ORR", "tace", 28.2),
    ]


def test_respectively_over_timepoints_keeps_the_arm_named_after_it():
    text = (
        "Nivolumab plus chemotherapy versus placebo plus chemotherapy: a randomised trial\n"
        "The 12- and 24-month OS rates were 70.1% and 45.2%, respectively, in the nivolumab group, compared with "
        "55.3% and 25.8% in the placebo group."
    )
    assert triples(text, "OS_RATE")[:2] == [
        ("OS_RATE", "nivolumab + chemotherapy", 70.1),
        ("OS_RATE", "nivolumab + chemotherapy", 45.2),
    ]


@pytest.mark.parametrize("hr", ["hazard ratio", "HR"])
def test_list_of_regimens_each_with_its_bracketed_hazard_ratio(hr):
    text = (
        "Network meta-analysis of first-line regimens\n"
        f"Compared with sorafenib, survival was longest with lenvatinib plus TACE ({hr} 0.52; 95% CI 0.38-0.71), "
        "followed by sintilimab plus bevacizumab (0.57; 0.43-0.75), atezolizumab plus bevacizumab (0.66; "
        "0.52-0.85) and durvalumab plus tremelimumab (0.78; 0.65-0.93)."
    )
    assert triples(text, "HR_OS") == [
        ("HR_OS", "lenvatinib + tace", 0.52),
        ("HR_OS", "sintilimab + bevacizumab", 0.57),
        ("HR_OS", "atezolizumab + bevacizumab", 0.66),
        ("HR_OS", "durvalumab + tremelimumab", 0.78),
    ]


def test_value_in_the_combination_arm_versus_a_named_control_arm():
    text = (
        "Camrelizumab combination improves survival versus sorafenib\n"
        "In the phase 3 trial, the median OS was 21.4 months (95% CI, 18.2-24.9) in the combination arm (n = 271) "
        "vs 14.9 months (95% CI, 13.0-17.1) in the sorafenib arm (n = 269)."
    )
    assert triples(text, "mOS") == [("mOS", "camrelizumab", 21.4), ("mOS", "sorafenib", 14.9)]


def test_grade_label_inside_a_bracket_of_paired_values():
    text = (
        "Patients were randomised to nivolumab or chemotherapy. Fewer patients in the nivolumab arm had adverse "
        "events than in the chemotherapy arm (82% vs 95%; grade 3-5, 18% versus 57%)."
    )
    assert ("AE_G3plus", "nivolumab", 18.0) in triples(text, "AE_G3plus")


def test_a_year_before_to_receive_is_not_an_arm_count():
    text = (
        "Tislelizumab versus sorafenib: a randomised trial\n"
        "In the open-label trial, 674 patients were randomly assigned between March 2017 and November 2019 to "
        "receive tislelizumab at 200 mg every 3 weeks (n = 342) or sorafenib at 400 mg twice daily (n = 332)."
    )
    assert triples(text, "N") == [
        ("N", "overall", 674.0),
        ("N", "tislelizumab", 342.0),
        ("N", "sorafenib", 332.0),
    ]


def test_agent_or_placebo_in_combination_with_a_backbone():
    text = (
        "Durvalumab added to gemcitabine and cisplatin in biliary tract cancer\n"
        "Patients were randomly assigned to durvalumab or placebo in combination with gemcitabine plus cisplatin "
        "for up to 8 cycles, followed by durvalumab or placebo monotherapy. Objective response rates were 26.7% "
        "with durvalumab and 18.7% with placebo."
    )
    assert triples(text, "ORR") == [
        ("ORR", "durvalumab + cisplatin + gemcitabine", 26.7),
        ("ORR", "cisplatin + gemcitabine + placebo", 18.7),
    ]


def test_bare_rates_take_the_survival_endpoint_of_the_sentence_before():
    text = (
        "Patients were randomised to tislelizumab or sorafenib. Median overall survival was 15.9 months with "
        "tislelizumab and 14.1 months with sorafenib. Rates at 12 and 24 months were 60% vs 55% and 37% vs 31%, "
        "respectively."
    )
    assert [
        (f["arm"], f["value"], f["timepoint"]) for f in extract(text) if f["endpoint"] == "OS_RATE"
    ] == [
        ("tislelizumab", 60.0, "12 months"),
        ("sorafenib", 55.0, "12 months"),
        ("tislelizumab", 37.0, "24 months"),
        ("sorafenib", 31.0, "24 months"),
    ]


def test_one_arm_rates_over_listed_timepoints():
    text = (
        "Patients were randomised to camrelizumab or placebo. In the camrelizumab arm, the 12- and 24-month OS "
        "rates were 68% and 41%; in the placebo arm, these rates were 55% and 28%."
    )
    assert [
        (f["arm"], f["value"], f["timepoint"]) for f in extract(text) if f["endpoint"] == "OS_RATE"
    ][:2] == [
        ("camrelizumab", 68.0, "12 months"),
        ("camrelizumab", 41.0, "24 months"),
    ]


def test_rates_for_a_vs_b_were_x_vs_y_at_two_timepoints():
    text = (
        "Nivolumab plus ipilimumab versus sorafenib: extended follow-up of a randomised trial\n"
        "Results: OS rates for nivolumab plus ipilimumab vs sorafenib were 59.1% vs 51.6% at 12 months and "
        "38.4% vs 29.5% at 24 months. At 36 months, OS rates for nivolumab plus ipilimumab vs. sorafenib were "
        "30.8% vs. 20.1% in the whole population."
    )
    assert [(f["arm"], f["value"]) for f in extract(text) if f["endpoint"] == "OS_RATE"] == [
        ("nivolumab + ipilimumab", 59.1),
        ("sorafenib", 51.6),
        ("nivolumab + ipilimumab", 38.4),
        ("sorafenib", 29.5),
        ("nivolumab + ipilimumab", 30.8),
        ("sorafenib", 20.1),
    ]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The objective response rate (31.0 vs. 8.5%, respectively; p < 0.001) was higher with the combination.",
            [("ORR", "sorafenib + haic", 31.0), ("ORR", "sorafenib", 8.5)],
        ),
        (
            "Grade 3-4 adverse events were more common with the combination (38.0% versus 21.0, p = 0.01).",
            [("AE_G3plus", "sorafenib + haic", 38.0), ("AE_G3plus", "sorafenib", 21.0)],
        ),
    ],
)
def test_percent_written_on_one_value_of_a_pair(sentence, expected):
    text = (
        "HAIC plus sorafenib versus sorafenib alone: a randomised trial\n"
        f"Results: 118 patients were randomised to HAIC plus sorafenib (n = 59) or sorafenib (n = 59). {sentence}"
    )
    endpoint = expected[0][0]
    assert triples(text, endpoint) == expected


def test_range_bracket_after_the_first_median_does_not_block_the_second():
    text = (
        "Tislelizumab versus sorafenib: extended follow-up\n"
        "Results: The median DOR was 36.1 months (range, 1.4 to 50.2) on tislelizumab and 11.0 months (range, "
        "2.0 to 44.3) on sorafenib."
    )
    assert triples(text, "mDOR") == [("mDOR", "tislelizumab", 36.1), ("mDOR", "sorafenib", 11.0)]


def test_plural_median_dors():
    text = (
        "Lenvatinib plus pembrolizumab: a phase 1b study\n"
        "Results: Median DORs reached 8.6 months by mRECIST and 12.6 months by RECIST v1.1."
    )
    assert [f["value"] for f in extract(text) if f["endpoint"] == "mDOR"] == [8.6, 12.6]


def test_label_first_grade3_pair_inside_a_bracket():
    text = (
        "Lenvatinib plus TACE versus lenvatinib alone: a retrospective comparison\n"
        "Results: Adverse reactions in the lenvatinib plus TACE and lenvatinib groups did not differ (any grade, "
        "86.0 vs 90.1%, p=0.30; grade≥3, 25.8 vs 21.9%, p=0.55)."
    )
    assert triples(text, "AE_G3plus") == [
        ("AE_G3plus", "lenvatinib + tace", 25.8),
        ("AE_G3plus", "lenvatinib", 21.9),
    ]


def test_unnamed_pd1_inhibitor_is_a_regimen_component():
    text = (
        "TACE plus lenvatinib and a PD-1 inhibitor versus lenvatinib and a PD-1 inhibitor: a retrospective cohort\n"
        "Methods: Of 150 patients, 82 had TACE with lenvatinib and a PD-1 inhibitor (T+L+P) and 68 had lenvatinib "
        "and a PD-1 inhibitor alone (L+P). Results: The T+L+P group had a higher ORR (58.5% vs 36.8%) than the L+P group."
    )
    assert triples(text, "ORR") == [
        ("ORR", "pd-1 inhibitor + lenvatinib + tace", 58.5),
        ("ORR", "pd-1 inhibitor + lenvatinib", 36.8),
    ]
    assert triples(text, "N") == [
        ("N", "overall", 150.0),
        ("N", "pd-1 inhibitor + lenvatinib + tace", 82.0),
        ("N", "pd-1 inhibitor + lenvatinib", 68.0),
    ]


def test_the_pd1_antibody_names_the_arm_with_the_named_anti_pd1_agent():
    text = (
        "Tislelizumab versus sorafenib: a randomised trial\n"
        "Progression-free survival was shorter with the PD-1 antibody (median, 2.2 vs 3.6 months; HR, 1.10)."
    )
    assert triples(text, "mPFS") == [("mPFS", "tislelizumab", 2.2), ("mPFS", "sorafenib", 3.6)]


def test_deaths_in_each_group_are_not_arm_sizes():
    text = (
        "Sunitinib versus placebo: a randomised trial\n"
        "At the data cutoff, 8 deaths had occurred in the sunitinib group (9%) and 19 in the placebo group (22%)."
    )
    assert triples(text, "N") == []


def test_curves_diverging_from_a_month_onwards_is_not_a_median():
    text = (
        "Lenvatinib plus pembrolizumab versus lenvatinib plus placebo: extended follow-up\n"
        "Background: The curves of the two arms only separated from 12 mo onwards. "
        "Results: Median PFS was 8.2 mo with lenvatinib plus pembrolizumab vs 8.0 mo with lenvatinib plus placebo."
    )
    assert [f["value"] for f in extract(text) if f["endpoint"] == "mPFS"] == [8.2, 8.0]


def test_dose_delay_after_a_discontinuation_share_is_not_a_discontinuation():
    text = (
        "Tislelizumab: a single-arm phase 2 trial\n"
        "Results: 240 patients were treated. Treatment-related adverse events resulted in discontinuation for "
        "14 (6%) patients and in a dose delay for 43 (18%) patients."
    )
    assert triples(text, "TRAE_DISC") == [("TRAE_DISC", "tislelizumab", 6.0)]


def test_ci_after_a_fraction_written_with_n_equals():
    text = (
        "Tislelizumab: a single-arm phase 2 trial\n"
        "Results: The ORR reached 15% (n = 36/240; 95% CI, 11-20), with three complete responses."
    )
    orr = [f for f in extract(text) if f["endpoint"] == "ORR"]
    assert [(f["value"], f["ci_low"], f["ci_high"]) for f in orr] == [(15.0, 11.0, 20.0)]


def test_the_combination_of_two_named_agents_is_the_one_regimen():
    text = (
        "Regorafenib/Nivolumab shows modest activity in refractory colorectal cancer\n"
        "The combination of regorafenib and nivolumab was studied in a phase 1b trial. Of 26 evaluable patients, "
        "the disease control rate was 65.4%. The median PFS was 3.9 months."
    )
    assert triples(text, "DCR") == [("DCR", "nivolumab + regorafenib", 65.4)]


def test_survival_rate_at_years_of_follow_up_is_a_landmark_rate():
    text = (
        "Patients were randomised to pembrolizumab or chemotherapy. Overall survival rate at 3 years follow-up "
        "was 58% in the pembrolizumab arm versus 47% in the chemotherapy arm."
    )
    assert [
        (f["arm"], f["value"], f["timepoint"]) for f in extract(text) if f["endpoint"] == "OS_RATE"
    ] == [
        ("pembrolizumab", 58.0, "36 months"),
        ("chemotherapy", 47.0, "36 months"),
    ]


def test_trials_counted_in_a_meta_analysis_are_not_patients():
    text = (
        "This meta-analysis included 12 trials with 6100 patients. Of 170 patients screened, 64 were excluded "
        "because of missing data (n=50) or short follow-up (n=14)."
    )
    assert all(f["value"] not in (12.0, 50.0, 14.0) for f in extract(text) if f["endpoint"] == "N")


def test_chemotherapy_alone_arm_with_a_hyphen_is_not_a_single_arm_study():
    text = (
        "Long-term benefit of nivolumab-chemotherapy combination in gastric cancer\n"
        "The median PFS was 7.7 months in the nivolumab/chemotherapy arm versus 6.1 months in the "
        "chemotherapy-alone arm (HR, 0.71; 95% CI, 0.61-0.83)."
    )
    assert triples(text, "mPFS") == [
        ("mPFS", "nivolumab + chemotherapy", 7.7),
        ("mPFS", "chemotherapy", 6.1),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The 5-year OS rate was 19.6% with STRIDE vs 9.4% with sorafenib and was higher in patients who achieved "
        "disease control (DC) (28.7% vs 12.9%).",
        "The ongoing response rates at 12 and 24 months were 68.0% and 51.0%, respectively.",
    ],
)
def test_rates_among_responders_are_not_response_rates(sentence):
    text = f"Durvalumab plus tremelimumab versus sorafenib: long-term follow-up\n{sentence}"
    assert triples(text, "DCR") == [] and triples(text, "ORR") == []


def test_investigators_choice_written_with_brand_names():
    text = (
        "Nivolumab (Opdivo) plus ipilimumab (Yervoy) improved survival compared with lenvatinib (Lenvima) or "
        "sorafenib (Nexavar) in unresectable HCC.\n"
        "The combination provided an ORR of 36% (95% CI, 31%-41%) compared with 13% (95% CI, 10%-17%) for the "
        "control arm."
    )
    assert triples(text, "ORR") == [
        ("ORR", "nivolumab + ipilimumab", 36.0),
        ("ORR", "lenvatinib or sorafenib", 13.0),
    ]


# --- phenomena of the fourteenth blind set, in other words and numbers ---


@pytest.mark.parametrize(
    "history",
    [
        "the prior regimen was atezolizumab-bevacizumab in 58 and durvalumab-tremelimumab in 30.",
        "disease had progressed on atezolizumab plus bevacizumab, durvalumab plus tremelimumab, or a PD-1 "
        "inhibitor combined with lenvatinib.",
        "primary resistance to atezolizumab-bevacizumab had occurred in 31 patients.",
    ],
)
def test_prior_regimens_of_a_single_agent_cohort_after_immunotherapy(history):
    text = (
        "Methods: We reviewed patients treated with regorafenib after first-line immunotherapy. "
        f"Results: Eighty-eight patients were included; {history} "
        "The objective response rate was 9.1% and the median overall survival was 10.4 months."
    )
    assert triples(text, "ORR") == [("ORR", "regorafenib", 9.1)]
    assert triples(text, "mOS") == [("mOS", "regorafenib", 10.4)]


def test_a_regimen_called_prior_elsewhere_is_not_an_arm():
    text = (
        "Background: Sorafenib (sor) remains a common second-line option after atezolizumab + bevacizumab "
        "(atezo + bev). Methods: The registry enrols pts starting atezo + bev. Pts who permanently discontinued "
        "atezo + bev and then received sor were analysed. Results: Of 280 pts treated with atezo + bev, 49 "
        "received sor. Median OS from sor start was 7.9 months."
    )
    assert triples(text, "mOS") == [("mOS", "sorafenib", 7.9)]


def test_named_anti_pd1_with_its_class_in_apposition():
    text = (
        "We conducted an open-label, single-arm, phase 2 study of penpulimab, an anti-PD-1 antibody, plus the "
        "multikinase inhibitor anlotinib. Patients received penpulimab 200 mg every 3 weeks and anlotinib 10 mg "
        "once daily. Between 2022 and 2024, 41 patients were enrolled. The objective response rate was 24.4%. "
        "Conclusions: Penpulimab plus anlotinib was active."
    )
    assert triples(text, "ORR") == [("ORR", "penpulimab + anlotinib", 24.4)]


def test_alias_whose_initials_spell_the_added_agents():
    text = (
        "Background: We compared HAIC plus lenvatinib and toripalimab (HAIC-LT) with HAIC alone. "
        "Results: Of 210 eligible pts, 98 received HAIC-LT and 112 received HAIC alone. The ORR was 66.3% "
        "with HAIC-LT and 41.1% with HAIC alone."
    )
    assert triples(text, "ORR") == [
        ("ORR", "toripalimab + lenvatinib + haic", 66.3),
        ("ORR", "haic", 41.1),
    ]


def test_steroid_use_after_an_irae_pair_is_not_an_irae_rate():
    text = (
        "Durvalumab plus tremelimumab versus atezolizumab plus bevacizumab: a cohort study\n"
        "Grade 3 or higher immune-related adverse events occurred in 11.4% and 5.9% of patients, respectively, "
        "and systemic corticosteroids were required in 27.1% and 13.0%."
    )
    assert [f["value"] for f in extract(text) if f["endpoint"] == "IRAE_G3plus"] == [11.4, 5.9]


def test_value_bracketed_after_one_patient_keeps_its_own_clause():
    text = (
        "We conducted a single-arm phase 2 study of camrelizumab plus rivoceranib. Grade 3 immune-related "
        "hepatitis occurred in one patient (2.4%), and 7.1% of patients discontinued treatment because of "
        "treatment-related adverse events."
    )
    assert triples(text, "TRAE_DISC") == [("TRAE_DISC", "camrelizumab + rivoceranib", 7.1)]


# --- a third audit of real abstracts, in other words and numbers ---


def test_examples_of_a_drug_class_in_brackets_are_not_arms():
    text = (
        "Regorafenib plus PD-1 inhibitors in refractory colorectal cancer: a cohort study\n"
        "Patients received regorafenib and a PD-1 inhibitor (sintilimab, camrelizumab or nivolumab). In total, "
        "47 patients were treated. The objective response rate was 10.6%."
    )
    assert triples(text, "ORR") == [("ORR", "pd-1 inhibitor + regorafenib", 10.6)]


def test_nonrandomized_is_not_randomised():
    text = (
        "In this nonrandomized phase 2 study, patients received sintilimab (200 mg), anlotinib (10 mg), and "
        "paclitaxel (135 mg/m2). In total, 36 patients were treated. The objective response rate was 41.7%."
    )
    assert triples(text, "ORR") == [("ORR", "sintilimab + anlotinib + paclitaxel", 41.7)]


def test_transcatheter_arterial_chemoembolization_is_tace():
    text = "Transcatheter arterial chemoembolization plus lenvatinib: 58 patients were treated. The ORR was 53.4%."
    assert triples(text, "ORR") == [("ORR", "lenvatinib + tace", 53.4)]


def test_hyphenated_pair_of_different_kinds_is_a_combination():
    text = (
        "Sintilimab-sorafenib duotherapy in hepatocellular carcinoma\n"
        "Overall, 44 patients received sintilimab-sorafenib duotherapy. The median OS was 13.1 months."
    )
    assert triples(text, "mOS") == [("mOS", "sintilimab + sorafenib", 13.1)]


def test_values_then_two_regimens_then_respectively():
    text = (
        "TACE plus lenvatinib versus TACE alone in hepatocellular carcinoma: a multicentre retrospective study\n"
        "A retrospective study was conducted across four centers, encompassing 236 patients. Median OS was 23.9 "
        "vs. 17.6 months for TACE plus lenvatinib and TACE alone, respectively."
    )
    assert triples(text, "mOS") == [("mOS", "lenvatinib + tace", 23.9), ("mOS", "tace", 17.6)]
    assert ("N", "overall", 236.0) in triples(text, "N")


@pytest.mark.parametrize(
    "sentence, endpoint, value",
    [
        (
            "TRAEs occurred in 86.0% of patients, with 31.0% experiencing grade ≥ 3 events.",
            "TRAE_G3plus",
            31.0,
        ),
        (
            "Immune-related adverse events of any grade occurred in 28% of patients (8% with grades 3-4).",
            "IRAE_G3plus",
            8.0,
        ),
    ],
)
def test_grade3_share_written_after_the_value(sentence, endpoint, value):
    text = f"Nivolumab plus chemotherapy for advanced gastric cancer: a real-world study\nIn total, 280 patients were treated. {sentence}"
    assert triples(text, endpoint) == [(endpoint, "nivolumab + chemotherapy", value)]


def test_restricted_mean_survival_difference_is_not_a_median():
    text = (
        "Lenvatinib or sorafenib after immunotherapy: a meta-analysis\n"
        "12-month OS was longer with lenvatinib than with sorafenib, ΔRMST 1.20 months (95%CI:0.80-1.60), p<0.001."
    )
    assert triples(text, "mOS") == []


def test_two_endpoints_each_with_its_own_pair():
    text = (
        "Sorafenib versus HAIC for hepatocellular carcinoma with portal vein invasion: a randomized study\n"
        "The median overall survival (OS) and time to progression (TTP) were longer in the HAIC group than in "
        "the sorafenib group (13.1 vs. 7.2 months, p = 0.01 and 4.8 vs. 2.9 months, p = 0.04)."
    )
    assert triples(text) == [
        ("mOS", "haic", 13.1),
        ("mOS", "sorafenib", 7.2),
        ("mTTP", "haic", 4.8),
        ("mTTP", "sorafenib", 2.9),
    ]


def test_rates_at_one_and_two_years_with_brackets_between():
    text = (
        "Pembrolizumab versus placebo in gastric cancer: 2-year update\n"
        "A higher OS rate was seen with pembrolizumab vs placebo at 1 (29.5% vs 13.8%) and 2 years (11.9% vs 3.6%)."
    )
    assert [
        (f["arm"], f["value"], f["timepoint"]) for f in extract(text) if f["endpoint"] == "OS_RATE"
    ] == [
        ("pembrolizumab", 29.5, "12 months"),
        ("placebo", 13.8, "12 months"),
        ("pembrolizumab", 11.9, "24 months"),
        ("placebo", 3.6, "24 months"),
    ]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The median PFS and OS were not reached.", ["mPFS", "mOS"]),
        (
            "Median PFS was 5.4 months, and overall survival did not reach the median time.",
            ["mPFS", "mOS"],
        ),
    ],
)
def test_not_reached_in_other_words(sentence, expected):
    text = f"Durvalumab plus tremelimumab: a single-centre study\nIn total, 27 patients were included. {sentence}"
    assert [f["endpoint"] for f in extract(text) if f["endpoint"] in ("mPFS", "mOS")] == expected


@pytest.mark.parametrize("short", ["(RT)", " (RT)"])
def test_or_alternatives_sharing_a_partner(short):
    text = (
        "Regorafenib or fruquintinib plus toripalimab in refractory colorectal cancer: a real-world study\n"
        "Patients received regorafenib or fruquintinib plus toripalimab. Overall, 33 patients received regorafenib "
        f"plus toripalimab{short}, and the other 26 patients received fruquintinib plus toripalimab(FT). "
        "There was no difference between RT and FT groups in PFS (2.5 vs. 4.1 months, P=0.29)."
    )
    assert triples(text, "mPFS") == [
        ("mPFS", "toripalimab + regorafenib", 2.5),
        ("mPFS", "toripalimab + fruquintinib", 4.1),
    ]


def test_pooled_value_of_a_two_cohort_study_is_overall():
    text = (
        "Durvalumab plus FOLFOX4 or GEMOX in biliary tract cancer: a phase 2 trial\n"
        "Patients were given durvalumab plus FOLFOX4 (first cohort) or durvalumab plus gemcitabine and "
        "oxaliplatin (second cohort). In total, 76 patients were enrolled. The objective response rate was 19.7%."
    )
    assert triples(text, "ORR") == [("ORR", "overall", 19.7)]
