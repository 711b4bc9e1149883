"""Arms that abstracts name once and abbreviate after: short names defined in brackets
(upper or lower case), combinations whose parts carry their own short names, and titles
that name whole arms where the randomisation sentence names only the varying agent."""

from extractors.endpoints import extract, extract_document


def triples(text: str, endpoint: str) -> list[tuple]:
    return [
        (f["endpoint"], f["arm"], f["value"]) for f in extract(text) if f["endpoint"] == endpoint
    ]


TERSE = (
    "Nivolumab (nivo) plus chemotherapy (chemo) vs placebo (pbo) plus chemo in advanced gastric cancer\n"
    "Methods: 1100 pts were randomized 1:1 to nivo or pbo, each with investigator's choice of chemo. "
    "Results: nivo + chemo prolonged OS vs pbo + chemo (median 13.1 vs 11.2 mo; HR 0.80, 95% CI 0.70-0.91). "
    "In the CPS ≥5 subgroup, median PFS was 7.7 vs 6.0 mo."
)


def test_lower_case_short_names_join_into_combinations():
    assert triples(TERSE, "mOS") == [
        ("mOS", "nivolumab + chemotherapy", 13.1),
        ("mOS", "chemotherapy + placebo", 11.2),
    ]
    assert triples(TERSE, "HR_OS") == [("HR_OS", "nivolumab + chemotherapy", 0.80)]


def test_title_arms_win_over_the_randomised_agent_alone():
    info = extract_document(*TERSE.split("\n", 1))
    assert [a["arm"] for a in info["arms"]] == [
        "nivolumab + chemotherapy",
        "chemotherapy + placebo",
    ]
    assert triples(TERSE, "mPFS") == [
        ("mPFS", "nivolumab + chemotherapy", 7.7),
        ("mPFS", "chemotherapy + placebo", 6.0),
    ]


def test_lower_case_bracket_that_is_not_a_short_name_is_ignored():
    text = (
        "Sorafenib in liver cancer\n"
        "Patients received sorafenib (n = 40) and the median OS was 9.9 months (95% CI 8.0-11.2)."
    )
    assert triples(text, "mOS") == [("mOS", "sorafenib", 9.9)]


def test_modifier_between_agent_and_procedure_keeps_the_combination():
    text = (
        "Lenvatinib with or without chemoembolisation\n"
        "Patients were randomly assigned to LEN plus on-demand TACE (LEN-TACE) or LEN alone. "
        "Median OS was 17.8 months in the LEN-TACE group and 11.5 months in the LEN group."
    )
    assert triples(text, "mOS") == [
        ("mOS", "lenvatinib + tace", 17.8),
        ("mOS", "lenvatinib", 11.5),
    ]


THREE_ARMS = (
    "Durvalumab (D) with or without bevacizumab (B) plus chemoembolisation in liver cancer\n"
    "Methods: Pts were randomized 1:1:1 to D+B+TACE, D+TACE, or PBO+TACE; after TACE, D 1500 mg "
    "± B 15 mg/kg (or PBO) continued. Most had hepatitis B (55%) and Child-Pugh A. "
    "Results: mPFS was 15.0, 10.0 and 8.2 mo, respectively. ORR: 43.6% vs 41.0% vs 29.6%."
)


def test_single_letter_short_names_compose_arms_written_with_plus_signs():
    info = extract_document(*THREE_ARMS.split("\n", 1))
    assert [a["arm"] for a in info["arms"]] == [
        "durvalumab + bevacizumab + tace",
        "durvalumab + tace",
        "placebo + tace",
    ]
    assert triples(THREE_ARMS, "ORR") == [
        ("ORR", "durvalumab + bevacizumab + tace", 43.6),
        ("ORR", "durvalumab + tace", 41.0),
        ("ORR", "placebo + tace", 29.6),
    ]


def test_single_letter_short_name_is_not_read_in_hepatitis_b():
    info = extract_document(
        "Bevacizumab (B) in liver cancer: a randomised trial",
        "Patients were randomly assigned to atezolizumab or sorafenib, stratified by infection "
        "(hepatitis B), region and Child-Pugh B vs A. Median OS was 12.0 vs 10.1 months.",
    )
    assert [a["arm"] for a in info["arms"]] == ["atezolizumab", "sorafenib"]


def test_shared_backbone_belongs_to_every_randomised_arm():
    text = (
        "Adding an anti-PD-L1 antibody to chemotherapy in biliary tract cancer\n"
        "Patients were randomly assigned to durvalumab or placebo, each combined with gemcitabine "
        "and cisplatin for up to eight cycles. Median overall survival was 12.8 and 11.5 months "
        "(hazard ratio, 0.80; 95% CI, 0.66 to 0.97)."
    )
    assert triples(text, "mOS") == [
        ("mOS", "durvalumab + cisplatin + gemcitabine", 12.8),
        ("mOS", "cisplatin + gemcitabine + placebo", 11.5),
    ]
    assert triples(text, "HR_OS") == [("HR_OS", "durvalumab + cisplatin + gemcitabine", 0.80)]


def test_two_cytotoxics_written_with_and_are_one_backbone():
    text = (
        "A phase 2 study\n"
        "Forty patients received nivolumab plus oxaliplatin and capecitabine; the objective "
        "response rate was 45.0%."
    )
    assert triples(text, "ORR") == [("ORR", "nivolumab + capecitabine + oxaliplatin", 45.0)]


NEWS = (
    "Adding two drugs to chemoembolisation\n"
    "A total of 480 patients were randomly assigned to lenvatinib 8 or 12 mg daily plus "
    "pembrolizumab 400 mg every 6 weeks with TACE (n = 237) or to TACE with dual oral and "
    "intravenous placebo (n = 243). Median progression-free survival was 14.6 months with the "
    "triplet vs 10.0 months with TACE plus dual placebo. At 24 months, 30.6% vs 14.1% of patients "
    "were alive and progression-free. Median overall survival had not been reached in either "
    "group (HR = 0.80, 95% CI = 0.57-1.11)."
)
TRIPLET = "pembrolizumab + lenvatinib + tace"


def test_doses_and_modifiers_inside_an_arm_do_not_split_it():
    assert triples(NEWS, "N") == [
        ("N", "overall", 480),
        ("N", TRIPLET, 237),
        ("N", "placebo + tace", 243),
    ]
    assert triples(NEWS, "mPFS") == [("mPFS", TRIPLET, 14.6), ("mPFS", "placebo + tace", 10.0)]


def test_alive_and_progression_free_is_a_pfs_rate():
    rates = [
        (f["arm"], f["value"], f["timepoint"]) for f in extract(NEWS) if f["endpoint"] == "PFS_RATE"
    ]
    assert rates == [(TRIPLET, 30.6, "24 months"), ("placebo + tace", 14.1, "24 months")]


def test_not_reached_in_either_group_is_one_finding_per_arm():
    assert triples(NEWS, "mOS") == [("mOS", TRIPLET, None), ("mOS", "placebo + tace", None)]
    assert triples(NEWS, "HR_OS") == [("HR_OS", TRIPLET, 0.80)]


def test_procedure_followed_by_drugs_is_one_arm_and_tace_pfs_is_not_an_arm():
    text = (
        "Chemoembolisation with or without systemic therapy\n"
        "The study randomised 342 patients to on-demand TACE followed by atezolizumab and "
        "bevacizumab, or to on-demand TACE alone. TACE-progression-free survival was longer with "
        "the combination (median 11.3 vs 7.0 months; HR, 0.71; 95% CI, 0.55-0.92)."
    )
    assert triples(text, "mPFS") == [
        ("mPFS", "atezolizumab + bevacizumab + tace", 11.3),
        ("mPFS", "tace", 7.0),
    ]
    assert triples(text, "HR_PFS") == [("HR_PFS", "atezolizumab + bevacizumab + tace", 0.71)]


def test_with_or_without_names_two_arms_and_non_x_is_the_arm_without():
    text = (
        "Camrelizumab plus apatinib with or without SBRT: a randomised phase 2 trial\n"
        "Sixty patients were enrolled: 40 to the SBRT cohort and 20 to the non-SBRT cohort. "
        "The objective response rate was 47.5% with SBRT, compared with 20.0% in the non-SBRT cohort."
    )
    with_sbrt, without = "camrelizumab + rivoceranib + sbrt", "camrelizumab + rivoceranib"
    assert [a["arm"] for a in extract_document(*text.split("\n", 1))["arms"]] == [
        with_sbrt,
        without,
    ]
    assert triples(text, "N") == [("N", "overall", 60), ("N", with_sbrt, 40), ("N", without, 20)]
    assert triples(text, "ORR") == [("ORR", with_sbrt, 47.5), ("ORR", without, 20.0)]


def test_short_name_spelled_from_known_names_is_their_combination():
    text = (
        "Adding chemoembolisation to atezolizumab plus bevacizumab\n"
        "Of 144 patients on Atezo-Bev, 48 also underwent TACE (Atezo-Bev-TACE group) and 96 "
        "received Atezo-Bev alone. Median PFS was 11.5 months in the Atezo-Bev-TACE group and "
        "6.9 months in the Atezo-Bev group."
    )
    assert triples(text, "mPFS") == [
        ("mPFS", "atezolizumab + bevacizumab + tace", 11.5),
        ("mPFS", "atezolizumab + bevacizumab", 6.9),
    ]


def test_third_single_agent_arm_and_unlabelled_pairs_follow_the_last_comparison():
    text = (
        "Cabozantinib (C) plus atezolizumab (A) versus sorafenib (SOR): results from a randomized "
        "phase III trial\n"
        "Pts were randomized 2:1:1 to C 40 mg QD + A 1200 mg Q3W, SOR 400 mg BID, or single-agent "
        "C 60 mg QD. mPFS was 6.8 mo with C+A vs 4.2 mo with SOR. ORR 11% vs 3.7%. "
        "Gr 3/4 TRAEs: 54% (C+A), 32% (SOR), 57% (C)."
    )
    info = extract_document(*text.split("\n", 1))
    assert [a["arm"] for a in info["arms"]] == [
        "atezolizumab + cabozantinib",
        "sorafenib",
        "cabozantinib",
    ]
    assert triples(text, "ORR") == [
        ("ORR", "atezolizumab + cabozantinib", 11.0),
        ("ORR", "sorafenib", 3.7),
    ]
    assert triples(text, "TRAE_G3plus")[-1] == ("TRAE_G3plus", "cabozantinib", 57.0)


def test_single_arm_trial_gives_every_value_its_listed_regimen():
    text = (
        "A triple combination in advanced liver cancer\n"
        "In this single-centre, single-arm phase II trial, 51 participants were screened and 36 "
        "received lenvatinib, toripalimab and FOLFOX-HAIC. Median PFS was 10.4 months "
        "(95% CI, 5.8-15.0) and the objective response rate was 63.9%."
    )
    arm = "toripalimab + lenvatinib + haic"
    assert triples(text, "mPFS") == [("mPFS", arm, 10.4)]
    assert triples(text, "ORR") == [("ORR", arm, 63.9)]


def test_one_kind_of_drug_listed_with_commas_stays_apart():
    text = (
        "Kinase inhibitors after immunotherapy\n"
        "We compared patients given sorafenib, lenvatinib and regorafenib. Median OS was 8.1 months "
        "in the sorafenib group."
    )
    assert triples(text, "mOS") == [("mOS", "sorafenib", 8.1)]


def test_groups_defined_with_counts_are_the_arms_and_ne_bounds_are_null():
    text = (
        "Sintilimab alone, with sorafenib, or with sorafenib plus TACE: a cohort study\n"
        "We included 80 patients, divided into a sintilimab group (n = 22), a duplex group "
        "receiving sintilimab plus sorafenib (n = 23) and a triple group receiving sintilimab, "
        "sorafenib and TACE (n = 35). Median overall survival was 13.0 months (95% CI NE-NE), "
        "9.0 months and 3.0 months in the triple, duplex and sintilimab groups respectively."
    )
    assert triples(text, "mOS") == [
        ("mOS", "sintilimab + sorafenib + tace", 13.0),
        ("mOS", "sintilimab + sorafenib", 9.0),
        ("mOS", "sintilimab", 3.0),
    ]
    first = next(f for f in extract(text) if f["endpoint"] == "mOS")
    assert (first["ci_low"], first["ci_high"]) == (None, None)


def test_label_first_list_items_after_semicolons_keep_the_header():
    text = (
        "Three kinase inhibitors after immunotherapy\n"
        "mPFS (95% CI), mo: LEN 4.6 (3.6-5.8); SOR 2.8 (2.1-3.7); CABO 3.9 (2.5-5.5). "
        "OS rate at 12 mo: 59.7% vs 55.1%; HR 0.85 (95% CI 0.72-1.02)."
    )
    assert triples(text, "mPFS") == [
        ("mPFS", "lenvatinib", 4.6),
        ("mPFS", "sorafenib", 2.8),
        ("mPFS", "cabozantinib", 3.9),
    ]


def test_associated_with_longer_survival_than_a_regimen_is_a_treatment_hr():
    text = (
        "Lenvatinib versus sorafenib after immunotherapy\n"
        "After weighting, LEN was associated with longer PFS than SOR (HR 0.64, 95% CI 0.41-0.99). "
        "High AFP was associated with shorter OS (HR 1.90, 95% CI 1.20-3.01)."
    )
    hrs = [
        (f["endpoint"], f["arm"], f["value"])
        for f in extract(text)
        if f["endpoint"].startswith("HR")
    ]
    assert hrs == [("HR_PFS", "lenvatinib", 0.64)]


def test_combination_group_is_the_fuller_of_two_combinations():
    text = (
        "Chemoembolisation plus sintilimab and bevacizumab: a retrospective comparison\n"
        "Patients were divided into a combination group (n = 43; TACE plus sintilimab and "
        "bevacizumab) and a control group (n = 21; sintilimab and bevacizumab only). The objective "
        "response rate was 62.8% in the combination group and 19.0% in the control group."
    )
    assert triples(text, "ORR") == [
        ("ORR", "sintilimab + bevacizumab + tace", 62.8),
        ("ORR", "sintilimab + bevacizumab", 19.0),
    ]


def test_post_regimen_group_is_prior_therapy_not_an_arm():
    text = (
        "Lenvatinib after atezolizumab plus bevacizumab\n"
        "Patients who received lenvatinib after Atez/Bev (post-Atez/Bev group) or as first-line "
        "therapy were compared. The objective response rate was 35.0% in the post-Atez/Bev group."
    )
    assert triples(text, "ORR") == [("ORR", "lenvatinib", 35.0)]


def test_response_sentences_written_as_records_and_arms_given_by_role():
    text = (
        "Chemoembolisation with or without atezolizumab and bevacizumab\n"
        "The study randomised 342 patients to on-demand TACE followed by atezolizumab and "
        "bevacizumab, or to on-demand TACE alone. Confirmed responses were recorded in 53.2% of "
        "patients given the combination and 37.4% of those given TACE alone, lasting a median of "
        "14.1 and 9.0 months, respectively."
    )
    triple = "atezolizumab + bevacizumab + tace"
    assert triples(text, "ORR") == [("ORR", triple, 53.2), ("ORR", "tace", 37.4)]
    assert triples(text, "mDOR") == [("mDOR", triple, 14.1), ("mDOR", "tace", 9.0)]


def test_one_named_arm_with_paired_values_by_two_criteria():
    text = (
        "Lenvatinib with or without TACE\n"
        "Patients were randomly assigned to LEN plus TACE (LEN-TACE) or LEN alone. Objective "
        "responses were more frequent with LEN-TACE by modified RECIST (54.1% v 25.0%) and by "
        "RECIST 1.1 (45.9% v 20.8%)."
    )
    assert [a for _, a, _ in triples(text, "ORR")] == [
        "lenvatinib + tace",
        "lenvatinib",
        "lenvatinib + tace",
        "lenvatinib",
    ]


def test_naive_and_treated_cohorts_name_prior_therapy_not_arms():
    text = (
        "Nivolumab in Child-Pugh B liver cancer\n"
        "Pts, either sorafenib-naive (n = 25) or sorafenib-treated (n = 24), received nivolumab. "
        "mOS was 7.6 mo overall, 9.8 mo in sorafenib-naive pts and 7.3 mo in sorafenib-treated pts."
    )
    arms = {a for _, a, _ in triples(text, "mOS")}
    assert "sorafenib" not in arms
    assert [v for _, a, v in triples(text, "mOS") if a == "nivolumab"][-2:] == [9.8, 7.3]


LEAP = (
    "Lenvatinib with or without pembrolizumab: long-term follow-up\n"
    "The trial randomly assigned 794 patients to lenvatinib plus pembrolizumab (n = 395) or "
    "lenvatinib plus placebo (n = 399). Median OS was 21.1 months with the combination and 19.0 "
    "months with lenvatinib plus placebo. Median PFS was 8.2 months in the pembrolizumab arm and "
    "8.1 months in the placebo arm; PFS rates in the two arms were 16.4% and 9.7% at 24 months and "
    "14.1% and 3.3% at 36 months."
)
LP, LPBO = "pembrolizumab + lenvatinib", "lenvatinib + placebo"


def test_randomisation_sentence_wins_over_a_with_or_without_title():
    info = extract_document(*LEAP.split("\n", 1))
    assert [a["arm"] for a in info["arms"]] == [LP, LPBO]


def test_placebo_does_not_make_a_combination():
    assert triples(LEAP, "mOS") == [("mOS", LP, 21.1), ("mOS", LPBO, 19.0)]


def test_rate_pairs_by_timepoint_alternate_arms():
    assert triples(LEAP, "PFS_RATE") == [
        ("PFS_RATE", LP, 16.4),
        ("PFS_RATE", LPBO, 9.7),
        ("PFS_RATE", LP, 14.1),
        ("PFS_RATE", LPBO, 3.3),
    ]


def test_chemotherapy_after_the_last_randomised_arm_is_every_arm_s_backbone():
    text = (
        "Sintilimab versus placebo with chemotherapy in oesophageal cancer: randomised trial\n"
        "Results 659 patients were randomly assigned to sintilimab (n=327) or placebo (n=332) with "
        "chemotherapy; 616 (93%) received cisplatin plus paclitaxel. Progression free survival was "
        "longer in all patients (7.2 v 5.7 months) and in those with CPS of 10 or more (8.3 v 6.4 "
        "months, HR 0.58)."
    )
    sc, cp = "sintilimab + chemotherapy", "chemotherapy + placebo"
    assert triples(text, "N") == [("N", "overall", 659), ("N", sc, 327), ("N", cp, 332)]
    assert triples(text, "mPFS") == [
        ("mPFS", sc, 7.2),
        ("mPFS", cp, 5.7),
        ("mPFS", sc, 8.3),
        ("mPFS", cp, 6.4),
    ]
    assert triples(text, "HR_PFS") == [("HR_PFS", sc, 0.58)]


def test_arms_named_by_their_varying_agent_take_the_shared_backbone():
    text = (
        "Tislelizumab plus chemotherapy in oesophageal cancer: a subgroup analysis\n"
        "Median OS was 17.2 months with tislelizumab plus chemotherapy compared with 10.6 months "
        "with placebo plus chemotherapy. The subgroup comprised 49 patients in the tislelizumab "
        "arm and 39 in the placebo arm. In this group, median OS was 25.6 months with tislelizumab "
        "versus 12.3 months with chemotherapy alone. The 12- and 24-month OS rates were 78.5% and "
        "53.5%, respectively, in the tislelizumab group."
    )
    tc, cp = "tislelizumab + chemotherapy", "chemotherapy + placebo"
    assert triples(text, "N") == [("N", tc, 49), ("N", cp, 39)]
    assert triples(text, "mOS")[-2:] == [("mOS", tc, 25.6), ("mOS", cp, 12.3)]
    assert triples(text, "OS_RATE") == [("OS_RATE", tc, 78.5), ("OS_RATE", tc, 53.5)]


def test_cytotoxics_listed_with_commas_and_doses_form_one_arm():
    text = (
        "Gemcitabine, Cisplatin, and Nab-Paclitaxel Versus Gemcitabine and Cisplatin\n"
        "Patients were randomly assigned 2:1 to gemcitabine 800 mg/m², cisplatin 25 mg/m² and "
        "nab-paclitaxel 100 mg/m² or to gemcitabine 1,000 mg/m² plus cisplatin 25 mg/m². Median "
        "OS was 14.0 versus 12.7 months."
    )
    assert triples(text, "mOS") == [
        ("mOS", "cisplatin + gemcitabine + nab-paclitaxel", 14.0),
        ("mOS", "cisplatin + gemcitabine", 12.7),
    ]


COSMIC = (
    "Cabozantinib plus atezolizumab versus sorafenib: final results of a randomised phase 3 study\n"
    "Background: We report the final overall survival analysis with an additional 15 months of "
    "follow-up. Methods: Patients were randomly assigned (2:1:1) to cabozantinib 40 mg orally once "
    "daily plus atezolizumab 1200 mg intravenously every 3 weeks, sorafenib 400 mg twice daily, or "
    "single-agent cabozantinib 60 mg once daily. Findings: Of 837 patients randomly assigned "
    "(combination n=432, sorafenib n=217, cabozantinib n=188), 786 were included in the safety "
    "population. Median progression-free survival was 6.9 months with the combination, 4.3 months "
    "with sorafenib and 5.8 months with cabozantinib alone; single-agent cabozantinib reduced the "
    "risk of progression or death versus sorafenib (HR 0.71, 99% CI 0.51-0.98). Treatment-related "
    "grade 3 or 4 adverse events occurred in 58%, 41% and 63% of patients, respectively."
)
CA = "atezolizumab + cabozantinib"


def test_three_arm_trial_with_doses_routes_and_role_counts():
    assert triples(COSMIC, "N") == [
        ("N", "overall", 837),
        ("N", CA, 432),
        ("N", "sorafenib", 217),
        ("N", "cabozantinib", 188),
    ]
    assert triples(COSMIC, "mOS") == []  # '15 months of follow-up' is not a median
    assert triples(COSMIC, "HR_PFS") == [("HR_PFS", "cabozantinib", 0.71)]
    assert triples(COSMIC, "TRAE_G3plus") == [
        ("TRAE_G3plus", CA, 58.0),
        ("TRAE_G3plus", "sorafenib", 41.0),
        ("TRAE_G3plus", "cabozantinib", 63.0),
    ]


def test_cohorts_defined_by_the_preceding_therapy_keep_the_study_regimen():
    text = (
        "Ramucirumab after immune checkpoint inhibitors or lenvatinib: a retrospective study\n"
        "Seventy-one patients received ramucirumab. The immediately preceding therapy was "
        "atezolizumab plus bevacizumab (post-ICI group, n = 39) or lenvatinib (post-TKI group, "
        "n = 32). Overall, median PFS was 2.9 months. The ORR was 5.6%. Ramucirumab retained "
        "activity whether it followed ICI or lenvatinib."
    )
    assert {a for _, a, _ in triples(text, "N")} == {"ramucirumab"}
    assert triples(text, "mPFS") == [("mPFS", "ramucirumab", 2.9)]
    assert triples(text, "ORR") == [("ORR", "ramucirumab", 5.6)]


def test_and_after_a_plus_adds_a_third_agent_but_not_a_second_group():
    title = "FOLFOX-HAIC plus lenvatinib and sintilimab as conversion therapy: a single-arm trial\n"
    text = title + "Forty-eight patients were enrolled. The ORR was 64.6% by mRECIST."
    assert triples(text, "ORR") == [("ORR", "sintilimab + lenvatinib + haic", 64.6)]
    groups = (
        "Atezolizumab plus bevacizumab versus sorafenib\n"
        "The median OS was 19.2 and 13.4 months in the atezolizumab plus bevacizumab and "
        "sorafenib groups, respectively."
    )
    assert triples(groups, "mOS") == [
        ("mOS", "atezolizumab + bevacizumab", 19.2),
        ("mOS", "sorafenib", 13.4),
    ]


def test_a_count_with_its_percentage_is_a_subset_not_an_enrolment():
    text = (
        "Lenvatinib in liver cancer: a single-arm trial\n"
        "Forty-eight patients were enrolled. Twenty-two patients (45.8%) underwent conversion "
        "resection."
    )
    assert triples(text, "N") == [("N", "lenvatinib", 48)]


def test_background_regimens_and_eligibility_words_are_not_arms():
    text = (
        "Atezolizumab plus bevacizumab for TACE-unsuitable intermediate-stage liver cancer\n"
        "Introduction: Tumour shrinkage may allow conversion by resection, ablation or TACE. "
        "Methods: We included 128 patients who received first-line Atez/Bev. Results: For the whole "
        "cohort, the median PFS was 13.6 months and the DCR was 89.1%."
    )
    assert triples(text, "mPFS") == [("mPFS", "atezolizumab + bevacizumab", 13.6)]
    assert triples(text, "DCR") == [("DCR", "atezolizumab + bevacizumab", 89.1)]


def test_agent_that_was_combined_with_another_is_one_arm():
    text = (
        "Regorafenib plus pembrolizumab: a phase 1b study\n"
        "Methods: Regorafenib 80 mg or 120 mg once daily (3 weeks on, 1 week off) was combined "
        "with pembrolizumab 200 mg every 3 weeks. Results: Median PFS was 5.6 months."
    )
    assert triples(text, "mPFS") == [("mPFS", "pembrolizumab + regorafenib", 5.6)]


def test_bracketed_dosing_note_and_schedule_inside_an_arm():
    text = (
        "Lenvatinib plus nivolumab: a phase 1b study\n"
        "Methods: Patients received lenvatinib 12 mg or 8 mg (by body weight) once daily plus "
        "nivolumab 240 mg every 2 weeks. Results: The DCR was 94.4%."
    )
    assert triples(text, "DCR") == [("DCR", "nivolumab + lenvatinib", 94.4)]


def test_backbone_after_a_comma_and_drug_eluting_beads():
    text = (
        "Sorafenib or placebo plus TACE with doxorubicin-eluting beads\n"
        "Methods: Patients previously given fluoropyrimidine–platinum chemotherapy were randomized "
        "1:1 to sorafenib 400 mg twice daily or placebo in continuous dosing, combined with TACE "
        "using doxorubicin-eluting beads (DEB-TACE). Results: Median TTP was 169 days with "
        "sorafenib and 166 days with placebo. Time to vascular invasion was similar (HR 0.621)."
    )
    assert [(e, a, v) for e, a, v in triples(text, "mTTP")] == [
        ("mTTP", "sorafenib + tace", 169.0),
        ("mTTP", "placebo + tace", 166.0),
    ]
    assert [f for f in extract(text) if f["endpoint"].startswith("HR")] == []


def test_investigators_choice_and_ratio_brackets():
    text = (
        "Pembrolizumab plus chemotherapy in breast cancer\n"
        "We randomly assigned patients to pembrolizumab (200 mg every 3 weeks) plus the "
        "investigator's choice of chemotherapy or to placebo plus chemotherapy. Adverse events of "
        "grade 3 to 5 that were related to the trial regimen occurred in 68.1% and 66.9% of the "
        "patients, respectively. Hazard Ratio (Pembrolizumab/Placebo) 0.85, 95% CI 0.71 to 1.02."
    )
    pc, cp = "pembrolizumab + chemotherapy", "chemotherapy + placebo"
    assert triples(text, "TRAE_G3plus") == [("TRAE_G3plus", pc, 68.1), ("TRAE_G3plus", cp, 66.9)]
    assert [a for _, a, _ in triples(text, "HR_OS") + triples(text, "HR_PFS")] in ([], [pc])


def test_short_name_defined_with_its_count_and_hr_named_by_the_event_before_it():
    text = (
        "Durvalumab plus tremelimumab versus atezolizumab plus bevacizumab\n"
        "Patients who started durvalumab plus tremelimumab (Dur/Tre, n = 96) or atezolizumab plus "
        "bevacizumab (Atez/Bev, n = 213) were included. The 12-month OS rates were 58.3% (Dur/Tre) "
        "and 63.5% (Atez/Bev). Dur/Tre was associated with a lower risk of progression (hazard "
        "ratio 0.53; 95% CI 0.37-0.76) and death (hazard ratio 0.61; 95% CI 0.41-0.90)."
    )
    dt, ab = "durvalumab + tremelimumab", "atezolizumab + bevacizumab"
    assert triples(text, "N") == [("N", dt, 96), ("N", ab, 213)]
    assert triples(text, "OS_RATE") == [("OS_RATE", dt, 58.3), ("OS_RATE", ab, 63.5)]
    assert triples(text, "HR_PFS") == [("HR_PFS", dt, 0.53)]
    assert triples(text, "HR_OS") == [("HR_OS", dt, 0.61)]


def test_lines_of_earlier_therapy_are_prior_not_an_arm():
    text = (
        "Rivoceranib in gastric cancer: a randomized, placebo-controlled trial\n"
        "Patients who had failed at least two lines of chemotherapy were randomized 2:1 to "
        "rivoceranib or placebo, both with best supportive care. OS did not differ between the "
        "arms (median 5.78 vs. 5.13 months)."
    )
    assert triples(text, "mOS") == [("mOS", "rivoceranib", 5.78), ("mOS", "placebo", 5.13)]


def test_network_meta_analysis_chain_gives_each_hr_its_regimen():
    text = (
        "First-line systemic therapy for liver cancer: a network meta-analysis\n"
        "Compared with sorafenib, overall survival was improved with sintilimab plus bevacizumab "
        "(HR 0.57, 95% CI 0.43-0.75), atezolizumab plus bevacizumab (HR 0.66, 95% CI 0.52-0.85) "
        "and durvalumab plus tremelimumab (HR 0.78, 95% CI 0.65-0.93), whereas lenvatinib (HR "
        "0.92, 95% CI 0.79-1.06) and tislelizumab (HR 0.85, 95% CI 0.71-1.02) were similar."
    )
    assert triples(text, "HR_OS") == [
        ("HR_OS", "sintilimab + bevacizumab", 0.57),
        ("HR_OS", "atezolizumab + bevacizumab", 0.66),
        ("HR_OS", "durvalumab + tremelimumab", 0.78),
        ("HR_OS", "lenvatinib", 0.92),
        ("HR_OS", "tislelizumab", 0.85),
    ]


def test_purpose_sentence_regimens_are_not_arms():
    text = (
        "Efficacy of donafenib in routine practice: a real-world study\n"
        "Purpose: Donafenib showed superior overall survival to sorafenib in a phase 3 trial.\n"
        "Patients and Methods: Patients who received first-line donafenib were analysed.\n"
        "Results: The median PFS was 5.7 months."
    )
    assert triples(text, "mPFS") == [("mPFS", "donafenib", 5.7)]


def test_cytotoxic_pair_written_with_an_en_dash():
    text = (
        "Nivolumab plus gemcitabine–cisplatin in urothelial carcinoma\n"
        "Patients were randomly assigned to nivolumab (360 mg) plus gemcitabine–cisplatin every 3 "
        "weeks or to gemcitabine–cisplatin alone. A total of 608 patients underwent randomization "
        "(304 to each group). Progression-free survival was longer (hazard ratio, 0.72), with "
        "medians of 7.9 and 7.6 months."
    )
    ngc, gc = "nivolumab + cisplatin + gemcitabine", "cisplatin + gemcitabine"
    assert triples(text, "N") == [("N", "overall", 608), ("N", ngc, 304), ("N", gc, 304)]
    assert triples(text, "mPFS") == [("mPFS", ngc, 7.9), ("mPFS", gc, 7.6)]


def test_backbone_with_investigators_choice_chemotherapy():
    text = (
        "Pembrolizumab plus trastuzumab and chemotherapy: final analysis\n"
        "Adults were randomly assigned (1:1) to pembrolizumab 200 mg or placebo every 3 weeks, each "
        "combined with trastuzumab and investigator's choice of fluoropyrimidine–platinum "
        "chemotherapy. Median PFS was 10.9 months in the pembrolizumab group and 7.3 months in the "
        "placebo group."
    )
    assert triples(text, "mPFS") == [
        ("mPFS", "pembrolizumab + trastuzumab + chemotherapy", 10.9),
        ("mPFS", "trastuzumab + chemotherapy + placebo", 7.3),
    ]


def test_one_more_regimen_than_the_ratio_has_parts_is_an_investigators_choice_arm():
    text = (
        "Nivolumab plus ipilimumab in liver cancer\n"
        "Adults were randomized 1:1 to NIVO 1 mg/kg + IPI 3 mg/kg Q3W, or LEN 8 mg QD or SOR "
        "400 mg BID. mOS was 23.5 mo with NIVO+IPI vs 20.1 mo with LEN/SOR. ORR: 37% vs 14%."
    )
    assert triples(text, "ORR") == [
        ("ORR", "nivolumab + ipilimumab", 37.0),
        ("ORR", "lenvatinib or sorafenib", 14.0),
    ]
    placebo = (
        "Tivantinib in liver cancer\n"
        "Patients who had progressed on sorafenib were randomised 2:1 to tivantinib or placebo. "
        "Median OS was 8.4 vs 9.1 months."
    )
    assert [a for _, a, _ in triples(placebo, "mOS")] == ["tivantinib", "placebo"]


def test_immunotherapy_with_cycles_of_chemotherapy_is_one_arm():
    text = (
        "Nivolumab plus ipilimumab with chemotherapy versus chemotherapy in lung cancer\n"
        "Adults were randomized to nivolumab 360 mg every 3 weeks plus ipilimumab 1 mg/kg every 6 "
        "weeks with two cycles of platinum-doublet chemotherapy (n = 361) or to four cycles of "
        "chemotherapy (n = 358). Median OS was 15.8 versus 11.0 months."
    )
    nic = "nivolumab + ipilimumab + chemotherapy"
    assert triples(text, "N") == [("N", nic, 361), ("N", "chemotherapy", 358)]
    assert triples(text, "mOS") == [("mOS", nic, 15.8), ("mOS", "chemotherapy", 11.0)]


def test_agents_listed_with_schedules_and_prior_lists_with_counts():
    single = (
        "HAIC combined with lenvatinib and toripalimab: a single-arm phase 2 trial\n"
        "Methods: In this single-arm phase 2 trial, patients received FOLFOX-HAIC every 3 weeks "
        "for up to six cycles, lenvatinib 8 mg once daily and toripalimab 240 mg every 3 weeks. "
        "Results: The objective response rate was 63.9%."
    )
    assert triples(single, "ORR") == [("ORR", "toripalimab + lenvatinib + haic", 63.9)]
    prior = (
        "Cabozantinib after immunotherapy\n"
        "A total of 71 patients were treated with cabozantinib; 52 had previously received "
        "atezolizumab plus bevacizumab and 19 durvalumab plus tremelimumab. The objective "
        "response rate was 5.6%."
    )
    assert triples(prior, "ORR") == [("ORR", "cabozantinib", 5.6)]


def test_unlabelled_pairs_follow_the_last_sentence_that_named_both_arms():
    text = (
        "Nivolumab plus chemotherapy in gastric cancer: a real-world comparison\n"
        "Methods: Chemotherapy consisted of an oxaliplatin-based doublet. Results: Of 238 patients, "
        "121 received nivolumab plus chemotherapy and 117 chemotherapy alone. The median "
        "progression-free survival was 7.6 months versus 5.3 months (HR 0.69)."
    )
    nc = "nivolumab + chemotherapy"
    assert triples(text, "mPFS") == [("mPFS", nc, 7.6), ("mPFS", "chemotherapy", 5.3)]
    assert triples(text, "HR_PFS") == [("HR_PFS", nc, 0.69)]


def test_add_on_arm_is_the_experimental_one_when_tace_alone_is_named_first():
    text = (
        "TACE with or without donafenib\n"
        "Objective: To compare TACE alone with donafenib plus TACE. Results: Of 128 patients, 56 "
        "received donafenib plus TACE and 72 received TACE alone. The median overall survival was "
        "25.3 and 19.6 months, respectively (HR 0.68; 95% CI 0.44-1.05)."
    )
    assert triples(text, "HR_OS") == [("HR_OS", "donafenib + tace", 0.68)]


def test_group_named_by_its_added_agent_is_the_combination():
    text = (
        "Background: Durvalumab added to gemcitabine and cisplatin (GC) improved survival.\n"
        "Methods: Patients who started durvalumab plus GC or GC alone were included. Results: The "
        "median overall survival was 14.6 months with durvalumab plus GC and 10.9 months with GC "
        "alone. Immune-mediated adverse events of grade 3 or higher occurred in 2.2% of the "
        "durvalumab group."
    )
    dgc = "durvalumab + cisplatin + gemcitabine"
    assert triples(text, "mOS") == [("mOS", dgc, 14.6), ("mOS", "cisplatin + gemcitabine", 10.9)]
    assert triples(text, "IRAE_G3plus") == [("IRAE_G3plus", dgc, 2.2)]


def test_background_sentence_that_states_this_study_still_names_its_arm():
    text = (
        "Background: PD-1 blockade combined with a multikinase inhibitor is active in HCC. We "
        "conducted a single-arm phase 2 study of tislelizumab plus lenvatinib.\n"
        "Methods: Tislelizumab 200 mg was given intravenously every 3 weeks with oral lenvatinib "
        "8 or 12 mg daily.\n"
        "Results: Sixty-four patients were enrolled. The confirmed ORR was 37.5%."
    )
    assert triples(text, "ORR") == [("ORR", "tislelizumab + lenvatinib", 37.5)]
    assert triples(text, "N") == [("N", "tislelizumab + lenvatinib", 64)]


def test_prior_regimens_in_brackets_and_patient_group_hazard_ratios():
    text = (
        "Ramucirumab after immunotherapy\n"
        "Methods: Patients received ramucirumab after progression on immunotherapy-based regimens "
        "(atezolizumab plus bevacizumab or durvalumab plus tremelimumab). Results: The objective "
        "response rate was 5.8%. Patients with ALBI grade 1 had a lower risk of death than those "
        "with grade 2 (HR 0.44; 95% CI 0.21-0.92)."
    )
    assert triples(text, "ORR") == [("ORR", "ramucirumab", 5.8)]
    assert triples(text, "HR_OS") == []


def test_with_or_without_in_the_studys_own_methods_sentence():
    text = (
        "Background: The benefit of adding TACE to atezolizumab plus bevacizumab is unclear.\n"
        "Methods: We reviewed patients who started atezolizumab plus bevacizumab with or without "
        "TACE.\nResults: The objective response rate was 59.6% with TACE and 32.7% without TACE. "
        "The median PFS was 10.2 versus 6.6 months (HR 0.54)."
    )
    abt, ab = "atezolizumab + bevacizumab + tace", "atezolizumab + bevacizumab"
    assert triples(text, "ORR") == [("ORR", abt, 59.6), ("ORR", ab, 32.7)]
    assert triples(text, "HR_PFS") == [("HR_PFS", abt, 0.54)]
