"""Phenomena found in session 5 (blind16's first run and later audits), each written here in
other words and numbers: group short names built from the initials of the agents just named
('... with camrelizumab and apatinib (TACE-AC group) or camrelizumab and apatinib alone (AC
group)')."""

from extractors.endpoints import extract


def triples(text: str, endpoint: str | None = None) -> list[tuple]:
    return [
        (f["endpoint"], f["arm"], f["value"])
        for f in extract(text)
        if endpoint is None or f["endpoint"] == endpoint
    ]


INITIALS = (
    "Methods: Patients received TACE with lipiodol and epirubicin combined with camrelizumab and "
    "apatinib (TACE-AC group) or camrelizumab and apatinib alone (AC group). Results: Of 140 "
    "patients, 66 were in the TACE-AC group and 74 in the AC group. The objective response rate "
    "was 52.1% with TACE-AC and 30.4% with AC. The 2-year OS rate was 61.0% in the TACE-AC group "
    "and 44.2% in the AC group."
)


def test_group_short_name_from_initials_of_the_agents_just_named():
    got = triples(INITIALS)
    three = "camrelizumab + rivoceranib + tace"
    two = "camrelizumab + rivoceranib"
    assert ("N", three, 66.0) in got
    assert ("N", two, 74.0) in got
    assert ("ORR", three, 52.1) in got
    assert ("ORR", two, 30.4) in got
    assert ("OS_RATE", three, 61.0) in got
    assert ("OS_RATE", two, 44.2) in got


def test_initials_that_skip_the_agent_just_before_the_bracket_are_not_read_as_initials():
    # 'TP' after 'paclitaxel and cisplatin' stands for the chemotherapy doublet, not for
    # the antibody named earlier plus paclitaxel
    text = (
        "Methods: Patients were randomly assigned to tislelizumab plus paclitaxel and cisplatin "
        "(TP) or placebo plus TP. Results: Median OS was 16.1 versus 11.9 months."
    )
    arms = {f["arm"] for f in extract(text) if f["endpoint"] == "mOS"}
    assert "tislelizumab + paclitaxel" not in arms


def test_a_year_before_received_is_not_an_arm_count():
    text = (
        "Methods: Patients seen between 2019 and 2023 received donafenib with TACE (D-TACE group) or "
        "donafenib alone. Results: Median OS was 18.3 and 12.9 months, respectively."
    )
    counts = [f["value"] for f in extract(text) if f["endpoint"] == "N"]
    assert 2023.0 not in counts and 2019.0 not in counts


def test_counts_written_as_were_in_the_group_without_an_enrolment_verb():
    text = (
        "Lenvatinib with or without TACE\n"
        "Results: Of 96 patients, 41 were in the lenvatinib plus TACE group and 55 were in the "
        "lenvatinib group. Median PFS was 9.1 versus 5.8 months."
    )
    got = triples(text, "N")
    assert ("N", "lenvatinib + tace", 41.0) in got
    assert ("N", "lenvatinib", 55.0) in got


def test_respectively_then_a_clause_naming_one_group_keeps_the_arm_order():
    text = (
        "Methods: Patients received regorafenib plus TACE (R-TACE group) or regorafenib alone "
        "(R group). Results: Grade 3 or higher adverse events occurred in 38.0% and 21.5% of "
        "patients, respectively, with hand-foot skin reaction most common in the R-TACE group (9.1%)."
    )
    got = triples(text, "AE_G3plus")
    assert ("AE_G3plus", "regorafenib + tace", 38.0) in got
    assert ("AE_G3plus", "regorafenib", 21.5) in got
    assert len(got) == 2


def test_arm_counts_written_given_to_then_to():
    text = (
        "Results: After progression on immunotherapy, cabozantinib was given to 88 patients and "
        "regorafenib to 47. Median OS was 8.8 and 9.4 months, respectively."
    )
    got = triples(text, "N")
    assert ("N", "cabozantinib", 88.0) in got
    assert ("N", "regorafenib", 47.0) in got


def test_a_value_closing_a_bracket_of_words_is_not_listed_with_the_next():
    text = (
        "Ramucirumab was given to 120 patients. Grade 3 or higher treatment-related adverse events "
        "occurred in 18.3%, mostly hypertension and ascites (ascites of any grade, 7.5%), and 6.7% "
        "of patients discontinued because of treatment-related adverse events."
    )
    disc = [f["value"] for f in extract(text) if f["endpoint"] == "TRAE_DISC"]
    assert disc == [6.7]


def test_median_os_by_response_category_is_one_value_per_category():
    text = (
        "Thirty-five patients received cabozantinib. The median OS times for CR/PR, SD and PD "
        "were 21.5, 11.0 and 4.8 months, respectively."
    )
    got = [(f["endpoint"], f["arm"], f["value"], f["subgroup"]) for f in extract(text)]
    assert ("mOS", "cabozantinib", 11.0, "SD") in got
    assert ("mOS", "cabozantinib", 4.8, "PD") in got
    assert [g[2] for g in got if g[0] == "mOS"] == [21.5, 11.0, 4.8]


def test_median_pfs_of_patients_with_a_response_category_written_in_words():
    text = (
        "Fifty patients received donafenib. Median PFS in patients with partial response and "
        "stable disease was 10.4 and 5.6 months."
    )
    got = [(f["endpoint"], f["value"], f["subgroup"]) for f in extract(text)]
    assert ("mPFS", 10.4, "partial response") in got
    assert ("mPFS", 5.6, "stable disease") in got


def test_text_whose_spaces_after_full_stops_were_lost_still_splits_into_sentences():
    text = (
        "Methods:Thirty-six patients were given camrelizumab with lenvatinib.Results:The objective "
        "response rate was 27.8% and the disease control rate was 75.0%.Median overall survival was "
        "15.2 months."
    )
    got = triples(text)
    arm = "camrelizumab + lenvatinib"
    assert ("N", arm, 36.0) in got
    assert ("ORR", arm, 27.8) in got
    assert ("DCR", arm, 75.0) in got
    assert ("mOS", arm, 15.2) in got


def test_glued_section_labels_open_sentences():
    from extractors.pipeline import sentence_bounds

    text = "ObjectiveTo test it.MethodsWe reviewed 40 patients.ResultsThe ORR was 30%."
    sentences = [text[a:b] for a, b in sentence_bounds(text)]
    assert "We reviewed 40 patients." in sentences
    assert "The ORR was 30%." in sentences


def test_groups_named_in_words_with_the_regimen_in_their_bracket():
    text = (
        "Methods: Eighty patients were divided into the study group(n=42,tislelizumab+lenvatinib+"
        "TACE regimen)and the control group(n=38,lenvatinib+TACE regimen).Results: The median PFS "
        "of the study group was 11.2 months, longer than 6.9 months in the control group."
    )
    got = triples(text)
    assert ("N", "tislelizumab + lenvatinib + tace", 42.0) in got
    assert ("N", "lenvatinib + tace", 38.0) in got
    assert ("mPFS", "tislelizumab + lenvatinib + tace", 11.2) in got
    assert ("mPFS", "lenvatinib + tace", 6.9) in got


def test_groups_named_in_words_defined_by_what_they_received():
    text = (
        "Methods: The control group (n=30) received HAIC only, and the observation group (n=33) "
        "received HAIC with sintilimab. Results: Median PFS was 10.1 months in the observation "
        "group and 6.0 months in the control group."
    )
    got = triples(text)
    assert ("N", "haic", 30.0) in got
    assert ("N", "sintilimab + haic", 33.0) in got
    assert ("mPFS", "sintilimab + haic", 10.1) in got
    assert ("mPFS", "haic", 6.0) in got


def test_without_after_a_regimen_describes_it_and_is_not_an_arm():
    text = (
        "Background: Chemotherapy is poorly tolerated in advanced biliary cancer. We evaluated "
        "toripalimab plus lenvatinib (an oral multikinase inhibitor) without chemotherapy. Results: "
        "A total of 48 patients were included. Median OS and PFS were 13.1 and 5.9 months, "
        "respectively. ORR was 27.1%."
    )
    got = triples(text)
    arm = "toripalimab + lenvatinib"
    assert ("mOS", arm, 13.1) in got
    assert ("mPFS", arm, 5.9) in got
    assert ("ORR", arm, 27.1) in got


def test_cases_counted_in_a_group_and_a_part_of_the_combination_named_as_a_group():
    text = (
        "A retrospective analysis was conducted on 72 patients. There were 34 cases in the "
        "camrelizumab plus TACE group and 38 cases in the TACE group. The ORR was 41.2% and 23.7%, "
        "respectively."
    )
    got = triples(text)
    assert ("N", "overall", 72.0) in got
    assert ("N", "camrelizumab + tace", 34.0) in got
    assert ("N", "tace", 38.0) in got
    assert ("ORR", "tace", 23.7) in got


def test_a_single_agent_with_a_value_of_its_own_is_an_arm_beside_its_combination():
    text = (
        "Patients were randomly assigned to durvalumab plus tremelimumab, durvalumab or sorafenib. "
        "Median OS was 16.4 months with durvalumab plus tremelimumab, 16.6 months with durvalumab, "
        "and 13.8 months with sorafenib. The 36-month OS rate was 30.7%, 24.7% and 20.2%, "
        "respectively."
    )
    got = triples(text)
    assert ("mOS", "durvalumab", 16.6) in got
    assert ("OS_RATE", "durvalumab + tremelimumab", 30.7) in got
    assert ("OS_RATE", "durvalumab", 24.7) in got
    assert ("OS_RATE", "sorafenib", 20.2) in got


def test_hyphenated_group_name_with_a_stray_space():
    text = (
        "Thirty-nine patients were in the TACE-camrelizumab group and 44 in the TACE-alone group. "
        "Median PFS was 8.4 months in the TACE- camrelizumab group versus 5.0 months in the "
        "TACE-alone group."
    )
    got = triples(text)
    assert ("N", "camrelizumab + tace", 39.0) in got
    assert ("N", "tace", 44.0) in got
    assert ("mPFS", "camrelizumab + tace", 8.4) in got
    assert ("mPFS", "tace", 5.0) in got


def test_a_treatment_every_patient_received_belongs_to_each_worded_group():
    text = (
        "All 64 patients underwent HAIC. The study group additionally received sintilimab (n=30), "
        "and the control group received HAIC only (n=34). The study group had an ORR of 53.3% "
        "compared with 26.5% in the control group."
    )
    got = triples(text)
    assert ("N", "sintilimab + haic", 30.0) in got
    assert ("N", "haic", 34.0) in got
    assert ("ORR", "sintilimab + haic", 53.3) in got
    assert ("ORR", "haic", 26.5) in got


def test_a_worded_group_treated_on_the_basis_of_the_control_groups_treatment():
    text = (
        "Methods: Patients were divided into a control group and an observation group. The control "
        "group was treated with HAIC, while the observation group was intravenously given 200 mg "
        "of tislelizumab every 3 weeks on the basis of treatment in the control group. Results: "
        "There were 41 cases in observation group and 45 cases in control group. The ORR in "
        "observation group and control group were 56.10% and 35.56%."
    )
    got = triples(text)
    assert ("N", "tislelizumab + haic", 41.0) in got
    assert ("N", "haic", 45.0) in got
    assert ("ORR", "tislelizumab + haic", 56.1) in got
    assert ("ORR", "haic", 35.56) in got


def test_worded_groups_defined_after_a_few_words_and_counted_by_what_they_had():
    text = (
        "Methods: A total of 88 patients were divided into two groups. The control group consisted "
        "of 45 patients who underwent TACE, the observation group had forty-three patients and they "
        "were treated with toripalimab. Results: The observation group did better than the control "
        "group [objective response rate: 51.16% vs. 33.33%]."
    )
    got = triples(text)
    assert ("N", "overall", 88.0) in got
    assert ("N", "tace", 45.0) in got
    assert ("N", "toripalimab", 43.0) in got
    assert ("ORR", "toripalimab", 51.16) in got
    assert ("ORR", "tace", 33.33) in got


def test_regimen_then_in_the_worded_group_defines_it():
    text = (
        "Methods: We reviewed 90 patients, with HAIC combined with sintilimab and lenvatinib in the "
        "treatment group; and TACE combined with lenvatinib in the control group. Results: 44 "
        "patients were included in the treatment group and 46 in the control group. Median PFS: "
        "10.2 months vs. 6.3 months."
    )
    got = triples(text)
    assert ("N", "sintilimab + lenvatinib + haic", 44.0) in got
    assert ("mPFS", "sintilimab + lenvatinib + haic", 10.2) in got
    assert ("mPFS", "lenvatinib + tace", 6.3) in got


def test_a_combination_therapy_group_is_a_worded_group():
    text = (
        "Methods: 30 patients were included in the combination therapy group, in which patients "
        "were treated with camrelizumab combined with lenvatinib; 32 patients were included in the "
        "control group, who received sorafenib. Results: The ORR of the combination therapy group "
        "and the control group were 36.7% and 15.6%, respectively."
    )
    got = triples(text)
    assert ("N", "camrelizumab + lenvatinib", 30.0) in got
    assert ("N", "sorafenib", 32.0) in got
    assert ("ORR", "camrelizumab + lenvatinib", 36.7) in got
    assert ("ORR", "sorafenib", 15.6) in got


SINGLE_CHEMO_FREE = (
    "BackgroundChemotherapy-based regimens are poorly tolerated in advanced biliary cancer. "
    "Sintilimab plus anlotinib has shown activity in small series. We assessed donafenib plus "
    "camrelizumab (a PD-1 antibody) as chemo-free therapy.MethodsThis retrospective study included "
    "consecutive patients.ResultsA total of 64 patients were included. Median OS and PFS were 12.0 "
    "and 5.1 months, respectively. ORR was 21.9%. Patients with high baseline CEA levels had "
    "shorter PFS (3.2 versus 7.7 months; HR 2.1; p=0.004). The presence of FGFR2 fusions "
    "correlated with a higher ORR (50.0% versus 17.2%)."
)


def test_single_regimen_with_class_apposition_chemo_free_and_glued_labels():
    got = triples(SINGLE_CHEMO_FREE)
    arm = "camrelizumab + donafenib"
    assert ("N", arm, 64.0) in got
    assert ("mOS", arm, 12.0) in got
    assert ("mPFS", arm, 5.1) in got
    assert ("ORR", arm, 21.9) in got


def test_patient_factor_comparisons_of_a_single_regimen_study_are_not_results():
    values = {f["value"] for f in extract(SINGLE_CHEMO_FREE)}
    assert not values & {3.2, 7.7, 50.0, 17.2}


def test_sentence_ending_in_an_abbreviation_then_a_glued_label():
    from extractors.pipeline import sentence_bounds

    text = "We compared PFS and OS.ResultsORR was 40%."
    assert [text[a:b] for a, b in sentence_bounds(text)][-1] == "ORR was 40%."


def test_glued_response_lists_of_triple_and_double_therapy_groups():
    text = (
        "ObjectiveTo compare TACE combined with sorafenib and sintilimab(triple therapy)and TACE "
        "combined with sorafenib(double therapy).MethodsWe reviewed both groups, comparing PFS and "
        "OS.ResultsORR(70.1%,61.2%,45.0%)and DCR(95.5%,88.1%,70.2%)of the triple therapy group "
        "after 1,3 and 6 months,respectively.ORR(64.0%,50.7%,33.3%)of the double therapy group "
        "after 1,3 and 6 months,respectively."
    )
    got = triples(text)
    three, two = "sintilimab + sorafenib + tace", "sorafenib + tace"
    for value in (70.1, 61.2, 45.0):
        assert ("ORR", three, value) in got
    for value in (95.5, 88.1, 70.2):
        assert ("DCR", three, value) in got
    for value in (64.0, 50.7, 33.3):
        assert ("ORR", two, value) in got


def test_a_single_agent_arm_with_its_dose_in_brackets_beside_its_combination():
    text = (
        "Methods: Patients were randomly assigned to one of three regimens: ipilimumab (3 mg/kg, "
        "four doses) plus nivolumab (1 mg/kg every 3 weeks; NIVO+IPI), nivolumab (240 mg every 2 "
        "weeks), or lenvatinib (12 mg daily). Results: In total, 900 patients were randomly "
        "assigned to NIVO+IPI (n=301), nivolumab (n=300), or lenvatinib (n=299). Overall survival "
        "with nivolumab was noninferior to lenvatinib (hazard ratio, 0.91; 95% CI, 0.76 to 1.08; "
        "noninferiority margin, 1.10)."
    )
    got = triples(text)
    assert ("N", "nivolumab", 300.0) in got
    assert ("N", "nivolumab + ipilimumab", 301.0) in got
    assert ("HR_OS", "nivolumab", 0.91) in got


def test_a_noninferiority_margin_in_a_design_sentence_is_still_not_a_result():
    text = (
        "Methods: Patients were randomly assigned to nivolumab or lenvatinib. The trial was "
        "designed with a noninferiority margin of 1.08 for the hazard ratio of 0.90 assumed."
    )
    assert [f for f in extract(text) if f["endpoint"].startswith("HR")] == []


def test_glued_colons_semicolons_and_words_before_numbers():
    text = (
        "Methods: Patients received camrelizumab plus TACE (observation group) or TACE alone "
        "(control group). Results: The observation group did better [objective remission rate: "
        "55.00% (22/40) vs. 31.58% (12/38);disease control rate:82.50% (33/40) vs. 60.53% (23/38)]. "
        "The ORR and DCR of the observation group were55.0% and 82.5%."
    )
    got = triples(text)
    assert ("ORR", "camrelizumab + tace", 55.0) in got
    assert ("ORR", "tace", 31.58) in got
    assert ("DCR", "camrelizumab + tace", 82.5) in got
    assert ("DCR", "tace", 60.53) in got


def test_lexicon_names_ending_in_digits_are_not_split():
    text = (
        "Patients were randomised to pembrolizumab or mFOLFOX6 (n = 150). Median PFS was 16.2 "
        "months with pembrolizumab and 8.1 months with mFOLFOX6."
    )
    assert ("mPFS", "folfox4", 8.1) in triples(text)


def test_a_bracket_defining_the_disease_control_rate_blocks_nothing():
    text = (
        "Forty-two patients received tislelizumab. The disease control rate (complete response, "
        "partial response, and stable disease) was 76.2%. Nine of 42 (21.4%, 95% CI 10.3-36.8%) "
        "patients reached objective response."
    )
    got = triples(text)
    assert ("DCR", "tislelizumab", 76.2) in got
    assert ("ORR", "tislelizumab", 21.4) in got


def test_a_count_reaching_complete_response_is_not_the_disease_control_rate():
    text = (
        "Among the 88 patients treated with tislelizumab, the disease control rate (DCR) was "
        "84.1%, with three individuals (3.4%) reaching complete response."
    )
    assert triples(text, "DCR") == [("DCR", "tislelizumab", 84.1)]


def test_patients_who_later_underwent_surgery_are_not_a_cohort_count():
    text = (
        "Lenvatinib was given to 210 patients. The ORR was 24.3%. Some patients who underwent "
        "resection (n=9) or transplantation (n=3) later became tumour-free."
    )
    counts = [f["value"] for f in extract(text) if f["endpoint"] == "N"]
    assert counts == [210.0]


def test_combination_therapy_group_and_combined_treatment_group_are_one_group():
    text = (
        "Methods: 31 patients were included in the combination therapy group and received "
        "tislelizumab plus lenvatinib; 29 patients were included in the control group, who "
        "received lenvatinib. Results: The ORR and DCR in the combined treatment group were41.9% "
        "and 80.6%;The ORR and DCR of the control group were 20.7% and 62.1%respectively."
    )
    got = triples(text)
    assert ("ORR", "tislelizumab + lenvatinib", 41.9) in got
    assert ("DCR", "tislelizumab + lenvatinib", 80.6) in got
    assert ("ORR", "lenvatinib", 20.7) in got
    assert ("DCR", "lenvatinib", 62.1) in got


def test_values_of_the_comparison_group_written_before_the_endpoints():
    text = (
        "Methods: Patients received sorafenib plus HAIC (SH group) or sorafenib alone (S group). "
        "Results: Compared with 4.1 months and 9.8 months in the S group, the median PFS and "
        "median OS in the SH group were 8.7 months and 16.0 months."
    )
    got = triples(text)
    assert ("mPFS", "sorafenib", 4.1) in got
    assert ("mOS", "sorafenib", 9.8) in got
    assert ("mPFS", "sorafenib + haic", 8.7) in got
    assert ("mOS", "sorafenib + haic", 16.0) in got


def test_counts_with_percentages_listed_by_arm_before_the_adverse_event_words():
    text = (
        "Patients were randomly assigned to atezolizumab alone or atezolizumab plus "
        "cabozantinib. Six (9%) patients with atezolizumab and twelve (18%) with atezolizumab "
        "plus cabozantinib developed grade 3 or 4 adverse events."
    )
    got = triples(text)
    assert ("AE_G3plus", "atezolizumab", 9.0) in got
    assert ("AE_G3plus", "atezolizumab + cabozantinib", 18.0) in got


def test_respectively_over_listed_subgroups_of_a_two_regimen_study_is_overall():
    text = (
        "Patients received lenvatinib or sorafenib. Survival differed by ALBI grade: median OS "
        "for grade 1, grade 2a and grade 2b was 21.4, 12.2 and 7.9 months, respectively."
    )
    got = [(f["endpoint"], f["arm"], f["value"], f["subgroup"]) for f in extract(text)]
    assert ("mOS", "overall", 21.4, "grade 1") in got
    assert ("mOS", "overall", 12.2, "grade 2a") in got
    assert ("mOS", "overall", 7.9, "grade 2b") in got


def test_medians_after_the_hazard_ratio_in_one_bracket():
    text = (
        "Patients were randomised to cabozantinib or placebo. Progression-free survival was "
        "also longer (HR 0.44, 95% CI 0.36-0.52; median 5.2 vs 1.9 months)."
    )
    got = triples(text)
    assert ("HR_PFS", "cabozantinib", 0.44) in got
    assert ("mPFS", "cabozantinib", 5.2) in got
    assert ("mPFS", "placebo", 1.9) in got


def test_a_subgroup_count_opening_a_results_sentence_is_its_n():
    text = (
        "We reviewed 240 patients treated with durvalumab plus tremelimumab. Among the 61 "
        "patients with Child-Pugh B liver function, median OS was 6.9 months. Among 180 patients "
        "with measurable disease, the objective response rate was 18.3%."
    )
    got = [(f["endpoint"], f["arm"], f["value"], f["subgroup"]) for f in extract(text)]
    ns = [g for g in got if g[0] == "N"]
    assert ("N", "durvalumab + tremelimumab", 61.0, "Child-Pugh B liver function") in ns
    assert all(g[2] != 180.0 for g in ns)


def test_a_regimen_associated_with_a_higher_response_keeps_its_hazard_ratios():
    text = (
        "Methods: Patients received TACE plus lenvatinib (TL group) or lenvatinib alone (L group). "
        "Results: TL was associated with a higher ORR (52.0% vs 30.1%; p < 0.001) and longer "
        "median PFS (9.8 vs 5.9 months; HR 0.55, 95% CI 0.40-0.76)."
    )
    got = triples(text)
    assert ("HR_PFS", "lenvatinib + tace", 0.55) in got
    assert ("ORR", "lenvatinib + tace", 52.0) in got


def test_counts_of_groups_named_by_a_patient_characteristic_in_a_single_regimen_study():
    text = (
        "We studied patients who received lenvatinib. Results: A total of 300 patients were "
        "included: 96 in the elderly group and 204 in the non-elderly group. Median OS was 14.1 "
        "months."
    )
    got = [(f["endpoint"], f["arm"], f["value"], f["subgroup"]) for f in extract(text)]
    assert ("N", "lenvatinib", 96.0, "elderly") in got
    assert ("N", "lenvatinib", 204.0, "non-elderly") in got


def test_counts_of_regimen_groups_stay_arm_counts():
    text = (
        "Results: Of 90 patients, 41 were in the sorafenib group and 49 were in the lenvatinib "
        "group. Median OS was 10.2 versus 13.0 months."
    )
    got = triples(text, "N")
    assert ("N", "sorafenib", 41.0) in got
    assert ("N", "lenvatinib", 49.0) in got


def test_group_short_names_never_bracketed_are_read_from_their_parts():
    text = (
        "Methods: Patients received TACE plus donafenib; those who additionally received "
        "sintilimab formed the TACE-DS group, and the rest formed the TACE-D group. Results: The "
        "ORR was 58.2% in the TACE-DS group and 37.5% in the TACE-D group."
    )
    got = triples(text, "ORR")
    assert ("ORR", "sintilimab + donafenib + tace", 58.2) in got
    assert ("ORR", "donafenib + tace", 37.5) in got


def test_a_bracketed_restatement_does_not_break_a_combination_and_dosed_parts_are_not_arms():
    text = (
        "Purpose: To describe transarterial chemoembolization combined with hepatic arterial "
        "infusion chemotherapy (TACE-HAIC) plus donafenib and sintilimab in large HCC. Methods: "
        "TACE-HAIC was repeated every 4-6 weeks, with donafenib (200 mg twice daily) and "
        "sintilimab (200 mg every 3 weeks). Results: A total of 70 patients were analysed. The "
        "ORR was 64.3%. Median OS was not reached in responders, compared with 13.1 months in "
        "non-responders."
    )
    got = triples(text)
    arm = "sintilimab + donafenib + haic + tace"
    assert ("N", arm, 70.0) in got
    assert ("ORR", arm, 64.3) in got


def test_a_bare_pd1_joined_to_a_named_drug_is_the_class_agent():
    text = (
        "Patients were treated with either regorafenib combined with PD-1 (REG-PD1) or a "
        "combination of TACE, regorafenib, and PD-1 (TACE-REG-PD1). Results: 40 patients were "
        "included in the REG-PD1 group and 52 in the TACE-REG-PD1 group. PD-1 expression was "
        "not assessed."
    )
    got = triples(text, "N")
    assert ("N", "pd-1 inhibitor + regorafenib", 40.0) in got
    assert ("N", "pd-1 inhibitor + regorafenib + tace", 52.0) in got


def test_landmark_rates_listed_with_one_percent_sign_and_counts_after_an_adverb():
    text = (
        "Methods: Overall, 120 patients initially received SBRT and 98 initially received RFA. "
        "Results: The 1-, 2-, and 3-year OS rates were 91.2, 80.4, and 71.3% in the SBRT group "
        "and 89.0, 75.5, and 66.1% in the RFA group, respectively."
    )
    got = triples(text)
    assert ("N", "sbrt", 120.0) in got
    assert ("N", "radiofrequency ablation", 98.0) in got
    for value in (91.2, 80.4, 71.3):
        assert ("OS_RATE", "sbrt", value) in got
    for value in (89.0, 75.5, 66.1):
        assert ("OS_RATE", "radiofrequency ablation", value) in got


def test_values_per_listed_timepoint_owned_by_the_group_named_after_respectively():
    text = (
        "Patients in group A underwent TACE alone, while patients in group B underwent the "
        "combined treatment of TACE with lenvatinib. ORR at 1, 3 and 6 months was 40.0%, 32.5% "
        "and 20.0%, respectively, in group A; and 65.0%, 57.5% and 45.0%, respectively, in "
        "group B."
    )
    got = triples(text, "ORR")
    assert got == [
        ("ORR", "tace", 40.0),
        ("ORR", "tace", 32.5),
        ("ORR", "tace", 20.0),
        ("ORR", "lenvatinib + tace", 65.0),
        ("ORR", "lenvatinib + tace", 57.5),
        ("ORR", "lenvatinib + tace", 45.0),
    ]


def test_survival_after_a_treatment_is_that_treatments_not_prior_therapy():
    text = (
        "Methods: 98 patients received TACE or HAIC. Results: Patients had higher survival "
        "rates after the HAIC treatment, compared with those after TACE treatment [1-year OS "
        "rates: 58.1% vs. 40.3%, 2-year OS rates: 35.5% vs. 24.2%]."
    )
    got = triples(text, "OS_RATE")
    assert ("OS_RATE", "haic", 58.1) in got
    assert ("OS_RATE", "tace", 40.3) in got
    assert ("OS_RATE", "haic", 35.5) in got


def test_evidence_after_a_first_line_regimen_still_names_prior_therapy():
    text = (
        "Evidence for lenvatinib after dual checkpoint blockade remains sparse compared with "
        "that after atezolizumab plus bevacizumab. We reviewed 120 patients who received "
        "lenvatinib as second-line therapy. The ORR was 14.2%."
    )
    assert ("ORR", "lenvatinib", 14.2) in triples(text)


def test_site_specific_progression_free_survival_is_not_pfs():
    text = (
        "Patients received HAIC or TACE. The 1-year PFS rates were 18.0% vs. 12.5%; 1-year "
        "intrahepatic PFS rates were 40.2% vs. 28.8%. Median local progression-free survival "
        "was 11.3 versus 7.0 months."
    )
    got = triples(text)
    assert ("PFS_RATE", "haic", 18.0) in got
    assert {f[2] for f in got} == {18.0, 12.5}


def test_mean_survival_is_not_a_median():
    text = (
        "Patients received TACE plus lenvatinib or TACE alone. The combination prolonged "
        "progression-free survival (mean 19 months vs 11 months; P = 0.002). The mean overall "
        "survival was 28.4 months. Median OS was 22.0 vs 15.1 months."
    )
    values = {f["value"] for f in extract(text)}
    assert values == {22.0, 15.1}


def test_pairs_after_a_compared_with_sentence_follow_its_subject_first():
    text = (
        "Methods: Patients received TACE combined with sintilimab and lenvatinib (triple "
        "therapy) or sintilimab and lenvatinib (double therapy). Results: Compared with 5.1 "
        "months in the double therapy group, the median PFS in the triple therapy group was 9.0 "
        "months. The ORR was 52.4% vs. 25.0%."
    )
    got = triples(text, "ORR")
    assert ("ORR", "sintilimab + lenvatinib + tace", 52.4) in got
    assert ("ORR", "sintilimab + lenvatinib", 25.0) in got


def test_more_arm_count_phrasings():
    text = (
        "Of a total of 70 patients, 30 patients received TACE alone and 40 received TACE plus "
        "donafenib. Others were treated with TACE only (TO group; n = 25) or regorafenib "
        "combined with TACE (TR group; n = 27). There were 19 cases treated by SBRT and 33 cases "
        "by RFA. The ORR was 30.0% vs 45.0%."
    )
    got = triples(text, "N")
    assert ("N", "overall", 70.0) in got
    assert ("N", "tace", 25.0) in got
    assert ("N", "regorafenib + tace", 27.0) in got
    assert ("N", "sbrt", 19.0) in got
    assert ("N", "radiofrequency ablation", 33.0) in got


def test_a_short_name_after_only_is_defined():
    text = (
        "Methods: We reviewed 90 patients who received either TACE only (TO group; n = 50) or "
        "donafenib combined with TACE (TD group; n = 40). Results: Median OS was longer in the TD "
        "group compared to the TO group (19.1 months vs. 11.2 months, p = 0.01)."
    )
    got = triples(text)
    assert ("N", "tace", 50.0) in got
    assert ("mOS", "donafenib + tace", 19.1) in got
    assert ("mOS", "tace", 11.2) in got


def test_worded_groups_whose_bracket_gives_count_then_regimen():
    text = (
        "We divided patients into the monotherapy (n=51; TACE alone) and combined therapy "
        "(n=47; TACE plus lenvatinib) groups. The disease control rate of the combined therapy "
        "group was 78.7%, higher than the monotherapy group (56.9%)."
    )
    got = triples(text)
    assert ("N", "tace", 51.0) in got
    assert ("N", "lenvatinib + tace", 47.0) in got
    assert ("DCR", "lenvatinib + tace", 78.7) in got
    assert ("DCR", "tace", 56.9) in got


def test_two_chemotherapy_regimens_each_with_a_short_name_are_two_arms():
    text = (
        "FOLFOX (FOX) and gemcitabine plus cisplatin (GC) are used first line. Data of 300 "
        "patients (FOX, n = 140; GC, n = 160) were collected. OS was 11.9 months vs. 10.1 months."
    )
    got = triples(text)
    assert ("N", "folfox4", 140.0) in got
    assert ("N", "cisplatin + gemcitabine", 160.0) in got
    assert ("mOS", "cisplatin + gemcitabine", 10.1) in got


def test_an_endpoint_outside_the_vocabulary_holds_its_place_in_a_listed_run():
    for text, kept in (
        (
            "Forty patients received donafenib. The 1-year RFS rate and the 1-year OS rate were "
            "41.2% and 88.9%, respectively.",
            88.9,
        ),
        (
            "Forty patients received donafenib. The 1-year OS rate and 1-year RFS rate were 88.9% "
            "and 41.2%, respectively.",
            88.9,
        ),
    ):
        assert triples(text, "OS_RATE") == [("OS_RATE", "donafenib", kept)]
