"""Phenomena found by the fifth hand audit of real published abstracts, each written here
in other words and numbers: pooled values of a cohort that only lists what its patients
received, 'Importance:' sections citing other trials, agents listed with an article
('lenvatinib, a PD-1 inhibitor and TACE'), 'not reached (NR; 95% CI, 40.2 months-NE)'."""

import pytest

from extractors.endpoints import extract


def triples(text: str, endpoint: str | None = None) -> list[tuple]:
    return [
        (f["endpoint"], f["arm"], f["value"])
        for f in extract(text)
        if endpoint is None or f["endpoint"] == endpoint
    ]


def test_values_of_a_cohort_that_only_lists_its_regimens_are_overall():
    text = (
        "Atezolizumab or durvalumab for advanced hepatocellular carcinoma: a two-centre cohort\n"
        "Results: Fifty-two patients treated with atezolizumab (n = 30) or durvalumab (n = 22) were "
        "analysed. The objective response and disease control rates were 17% and 58% respectively. "
        "Median overall survival was 11.4 (95% CI, 8.0-14.8) months."
    )
    got = triples(text)
    assert ("ORR", "overall", 17.0) in got
    assert ("DCR", "overall", 58.0) in got
    assert ("mOS", "overall", 11.4) in got


def test_values_of_a_comparative_study_without_an_arm_stay_unassigned():
    text = (
        "Atezolizumab versus durvalumab for advanced hepatocellular carcinoma\n"
        "Results: Fifty-two patients treated with atezolizumab (n = 30) or durvalumab (n = 22) were "
        "analysed. Median overall survival was 11.4 months."
    )
    assert triples(text, "mOS") == [("mOS", None, 11.4)]


def test_agents_listed_with_an_article_form_one_regimen():
    text = (
        "Lenvatinib and PD-1 inhibitors with TACE or HAIC for hepatocellular carcinoma\n"
        "Methods: Of 64 patients, 40 were treated with lenvatinib, a PD-1 inhibitor and TACE, and 24 "
        "with lenvatinib, a PD-1 inhibitor and HAIC. Results: The ORR was 54.7%."
    )
    got = triples(text)
    assert ("N", "pd-1 inhibitor + lenvatinib + tace", 40.0) in got
    assert ("N", "pd-1 inhibitor + lenvatinib + haic", 24.0) in got
    assert ("ORR", "overall", 54.7) in got


def test_importance_section_citing_another_trial_names_no_arm():
    text = (
        "First-line pembrolizumab in older patients with MSI-high colorectal cancer\n"
        "Importance: Evidence comes from a phase 3 trial of pembrolizumab vs chemotherapy.\n"
        "Interventions: Patients received pembrolizumab 200 mg every 3 weeks.\n"
        "Results: The cohort included 31 patients (median age, 80 years). The ORR was 45%."
    )
    got = triples(text)
    assert ("N", "pembrolizumab", 31.0) in got
    assert ("ORR", "pembrolizumab", 45.0) in got


def test_not_reached_with_its_abbreviation_and_an_open_ci():
    text = (
        "Pembrolizumab plus lenvatinib versus pembrolizumab in MSI-high colorectal cancer\n"
        "Results: The median PFS was not reached (NR; 95% CI, 31.5 months-not evaluable [NE]) with "
        "pembrolizumab plus lenvatinib vs 14.2 months (95% CI, 9.8-NE) with pembrolizumab."
    )
    got = [(f["arm"], f["value"], f["ci_low"], f["ci_high"]) for f in extract(text)]
    assert got == [
        ("pembrolizumab + lenvatinib", None, 31.5, None),
        ("pembrolizumab", 14.2, 9.8, None),
    ]


def test_group_letters_defined_by_what_each_group_received():
    text = (
        "Sintilimab plus lenvatinib versus lenvatinib in advanced hepatocellular carcinoma\n"
        "Methods: Eighty patients were randomly divided into two groups: sintilimab and lenvatinib were "
        "given to 42 patients in group A, and lenvatinib to 38 patients in group B. Results: The ORR "
        "and DCR of group A were 42.9% and 83.3%, respectively, higher than group B (ORR=21.1% and "
        "DCR=63.2%)."
    )
    got = triples(text)
    for t in [
        ("ORR", "sintilimab + lenvatinib", 42.9),
        ("DCR", "sintilimab + lenvatinib", 83.3),
        ("ORR", "lenvatinib", 21.1),
        ("DCR", "lenvatinib", 63.2),
    ]:
        assert t in got


def test_arm_letters_defined_by_arm_a_received():
    text = (
        "Toripalimab plus lenvatinib or GEMOX plus lenvatinib in biliary tract cancer\n"
        "Methods: Participants in Arm A received toripalimab plus lenvatinib; participants in Arm B "
        "received lenvatinib with GEMOX. Results: The ORR of Arm A was 31.0% and the median OS was 15.4 "
        "months. Arm B showed an ORR of 38.0% and a median OS of 12.6 months."
    )
    got = triples(text)
    assert ("ORR", "toripalimab + lenvatinib", 31.0) in got
    assert ("mOS", "toripalimab + lenvatinib", 15.4) in got
    assert ("ORR", "lenvatinib + gemcitabine + oxaliplatin", 38.0) in got
    assert ("mOS", "lenvatinib + gemcitabine + oxaliplatin", 12.6) in got


def test_chemotherapy_spelled_out_in_brackets_belongs_to_the_haic_regimen():
    text = (
        "HAIC with FOLFOX plus camrelizumab and apatinib in advanced HCC: a single-arm phase II trial\n"
        "The trial enrolled 36 patients. Patients received hepatic artery infusion of FOLFOX "
        "chemotherapy (oxaliplatin, fluorouracil, and leucovorin) plus camrelizumab (200 mg every "
        "3 weeks) and apatinib. According to mRECIST, the ORR was 61.1% (95% CI, 43.5-76.9%)."
    )
    got = triples(text)
    assert ("ORR", "camrelizumab + rivoceranib + haic", 61.1) in got
    assert ("N", "camrelizumab + rivoceranib + haic", 36.0) in got


def test_gemox_is_gemcitabine_plus_oxaliplatin_however_written():
    text = (
        "Sintilimab, lenvatinib and GEMOX chemotherapy as first-line treatment of biliary tract cancer\n"
        "Background: This study evaluates sintilimab, lenvatinib in combination with oxaliplatin and "
        "gemcitabine (Gemox) chemotherapy. Results: 34 patients were enrolled. The ORR was 52.9%."
    )
    got = triples(text)
    assert ("ORR", "sintilimab + lenvatinib + gemcitabine + oxaliplatin", 52.9) in got
    assert ("N", "sintilimab + lenvatinib + gemcitabine + oxaliplatin", 34.0) in got


def test_group_named_by_one_drug_whose_bracket_lists_the_whole_regimen():
    text = (
        "Lenvatinib versus apatinib in triple therapy with PD-1 inhibitors and TACE for HCC\n"
        "Results: Of the 240 patients, 150 received lenvatinib-based triple therapy (lenvatinib, a "
        "PD-1 inhibitor and TACE) and 90 received apatinib-based triple therapy (apatinib, a PD-1 "
        "inhibitor and TACE). The median OS in the lenvatinib group was longer than in the apatinib "
        "group (28.4 vs. 21.7 months; hazard ratio [HR]: 0.66; 95% CI: 0.47-0.93)."
    )
    got = triples(text)
    assert ("N", "pd-1 inhibitor + lenvatinib + tace", 150.0) in got
    assert ("mOS", "pd-1 inhibitor + lenvatinib + tace", 28.4) in got
    assert ("mOS", "pd-1 inhibitor + rivoceranib + tace", 21.7) in got
    assert ("HR_OS", "pd-1 inhibitor + lenvatinib + tace", 0.66) in got


def test_overall_and_progression_free_survival_shares_survival():
    text = (
        "Sintilimab plus regorafenib in advanced hepatocellular carcinoma: a single-arm study\n"
        "Results: A total of 52 patients received sintilimab plus regorafenib. The overall and "
        "progression-free survival were 13.8 and 5.6 months, respectively."
    )
    got = triples(text)
    assert ("mOS", "sintilimab + regorafenib", 13.8) in got
    assert ("mPFS", "sintilimab + regorafenib", 5.6) in got


def test_have_not_been_reached_for_two_endpoints():
    text = (
        "Adjuvant tislelizumab versus active surveillance after resection of hepatocellular carcinoma\n"
        "Results: The median RFS and OS have not been reached in the tislelizumab group. The median "
        "PFS and OS have not been reached in the tislelizumab group."
    )
    got = triples(text)
    assert ("mPFS", "tislelizumab", None) in got
    assert ("mOS", "tislelizumab", None) in got


def test_grade_3_rates_written_before_the_event_or_in_a_bracket():
    text = (
        "Durvalumab plus lenvatinib in advanced biliary tract cancer: a single-arm phase II trial\n"
        "Results: Forty patients received durvalumab plus lenvatinib. Overall, 35% (14/40) of pts "
        "experienced Grade 3 or higher adverse events (AEs). The incidence of irAEs was 20.0% "
        "(5.0% for grade ≥3)."
    )
    got = triples(text)
    assert ("AE_G3plus", "durvalumab + lenvatinib", 35.0) in got
    assert ("IRAE_G3plus", "durvalumab + lenvatinib", 5.0) in got
    assert not [t for t in got if t[2] == 20.0]


def n_rows(text: str) -> list[tuple]:
    return [(f["arm"], f["value"]) for f in extract(text) if f["endpoint"] == "N"]


def test_counts_listed_for_groups_named_at_length():
    text = (
        "TACE with or without lenvatinib and sintilimab for unresectable hepatocellular carcinoma\n"
        "Results: There were 33, 28, and 35 patients in the TACE, TACE plus lenvatinib, and TACE plus "
        "lenvatinib plus sintilimab groups, respectively."
    )
    assert n_rows(text) == [
        ("tace", 33.0),
        ("lenvatinib + tace", 28.0),
        ("sintilimab + lenvatinib + tace", 35.0),
    ]


def test_counts_from_a_database_or_for_either_regimen_are_not_arm_counts():
    text = (
        "Durvalumab with or without tremelimumab in clinical practice\n"
        "Methods: From a database of 1,200 patients treated with immunotherapy across 18 centres, we "
        "analysed 163 patients receiving STRIDE or durvalumab monotherapy."
    )
    assert n_rows(text) == [("overall", 163.0)]


def test_regimen_administered_to_a_number_of_patients():
    text = (
        "Camrelizumab plus rivoceranib versus sorafenib in hepatocellular carcinoma: news\n"
        "Camrelizumab plus rivoceranib was administered to 272 patients, while 271 patients received "
        "sorafenib."
    )
    assert n_rows(text) == [("camrelizumab + rivoceranib", 272.0), ("sorafenib", 271.0)]


def test_drug_classes_named_beside_their_agent_are_not_agents():
    text = (
        "Serplulimab plus anlotinib after immunotherapy in hepatocellular carcinoma: a phase 2 study\n"
        "Methods: Patients received serplulimab, an anti-PD-1 antibody, plus the multikinase inhibitor "
        "anlotinib. Results: 44 patients were treated. The ORR was 15.9%."
    )
    assert triples(text, "ORR") == [("ORR", "serplulimab + anlotinib", 15.9)]


def test_a_tyrosine_kinase_inhibitor_as_a_regimen_component():
    text = (
        "TACE plus a tyrosine kinase inhibitor with or without a PD-1 inhibitor in HCC\n"
        "Results: 90 patients received TACE plus a TKI and 70 received TACE plus a TKI and a PD-1 "
        "inhibitor. The ORR was 38.9% vs 55.7%."
    )
    assert triples(text, "ORR") == [
        ("ORR", "tyrosine kinase inhibitor + tace", 38.9),
        ("ORR", "pd-1 inhibitor + tyrosine kinase inhibitor + tace", 55.7),
    ]


def test_a_cohort_treated_with_drug_classes_only_reports_overall_values():
    text = (
        "PD-1 inhibitors with anti-angiogenic agents in unresectable hepatocellular carcinoma\n"
        "Results: We included 95 patients who received a PD-1 inhibitor together with an "
        "anti-angiogenic agent. The objective response rate was 28.4% and the median overall "
        "survival was 15.1 months."
    )
    got = triples(text)
    assert ("ORR", "overall", 28.4) in got
    assert ("mOS", "overall", 15.1) in got


def test_short_name_after_monotherapy():
    text = (
        "Sorafenib plus a PD-1 inhibitor versus sorafenib for advanced hepatocellular carcinoma\n"
        "Methods: Patients received sorafenib plus a PD-1 inhibitor (Sor+PD-1 group), sorafenib "
        "monotherapy (Sor group) or TACE monotherapy (T group). Results: Median PFS was longer in the "
        "Sor+PD-1 group than in the T group (7.2 vs. 3.6 months)."
    )
    assert triples(text, "mPFS") == [
        ("mPFS", "pd-1 inhibitor + sorafenib", 7.2),
        ("mPFS", "tace", 3.6),
    ]


def test_groups_listed_with_their_counts_and_short_names():
    text = (
        "Lenvatinib, PD-1 inhibitors and locoregional therapy for hepatocellular carcinoma\n"
        "Methods: Of these, 52 were treated with LEN, PD-1, and TACE (LPT), 21 with LEN, PD-1, and "
        "HAIC (LPH), and 18 with LEN, PD-1, and TACE-HAIC (LPTH)."
    )
    assert n_rows(text) == [
        ("pd-1 inhibitor + lenvatinib + tace", 52.0),
        ("pd-1 inhibitor + lenvatinib + haic", 21.0),
        ("pd-1 inhibitor + lenvatinib + haic + tace", 18.0),
    ]


def test_values_for_child_pugh_subgroups_are_not_baseline_figures():
    text = (
        "Lenvatinib in routine practice for advanced hepatocellular carcinoma\n"
        "Results: Of 140 patients, 101 had Child-Pugh class A and 39 had Child-Pugh class B. The "
        "objective response rate was 31.7% in Child-Pugh A and 17.9% in Child-Pugh B patients. Median "
        "overall survival was shorter in Child-Pugh B patients (6.8 vs 16.1 months; P < 0.001)."
    )
    got = triples(text)
    for t in [
        ("N", "lenvatinib", 140.0),
        ("N", "lenvatinib", 101.0),
        ("N", "lenvatinib", 39.0),
        ("ORR", "lenvatinib", 31.7),
        ("ORR", "lenvatinib", 17.9),
        ("mOS", "lenvatinib", 6.8),
        ("mOS", "lenvatinib", 16.1),
    ]:
        assert t in got


def test_baseline_child_pugh_share_is_still_not_a_result():
    text = (
        "Lenvatinib in routine practice for advanced hepatocellular carcinoma\n"
        "Results: 140 patients were treated; Child-Pugh A 72.1%, BCLC C 58.6%. The objective "
        "response rate was 27.1%."
    )
    assert triples(text, "ORR") == [("ORR", "lenvatinib", 27.1)]


def test_patients_who_underwent_surgery_are_not_an_enrolment():
    text = (
        "Camrelizumab plus apatinib as conversion therapy for hepatocellular carcinoma\n"
        "Results: 56 patients received camrelizumab plus apatinib. Nineteen patients underwent "
        "conversion surgery. The ORR was 44.6%."
    )
    assert n_rows(text) == [("camrelizumab + rivoceranib", 56.0)]


def test_adjuvant_drug_class_against_active_surveillance():
    text = (
        "Adjuvant immune checkpoint inhibitors after resection of hepatocellular carcinoma\n"
        "Results: A total of 640 patients were included, of whom 480 (75.0%) received active "
        "surveillance and 160 (25.0%) received adjuvant ICI therapy. OS tended to be better in the "
        "adjuvant therapy cohort (HR 0.74, 95% CI 0.55-0.99; p = 0.04)."
    )
    got = triples(text)
    assert ("HR_OS", "immune checkpoint inhibitor", 0.74) in got
    assert ("N", "active surveillance", 480.0) in got


def test_values_after_an_opening_clause_naming_the_treated_arm():
    text = (
        "Adjuvant durvalumab plus bevacizumab versus active surveillance: a phase 3 trial\n"
        "Findings: Among 301 patients who received the combination, grade 3 or 4 adverse events "
        "occurred in 118 (39%) and in 95 (32%) of 298 patients under surveillance."
    )
    arms = {t[1] for t in triples(text) if t[0] == "AE_G3plus" and t[2] == 39.0}
    assert arms == {"durvalumab + bevacizumab"}
    assert ("N", "durvalumab + bevacizumab", 301.0) in triples(text, "N")


def test_standard_of_care_is_an_arm():
    text = (
        "Regorafenib plus nivolumab versus standard of care in refractory colorectal cancer\n"
        "Results: 300 patients were randomly assigned to regorafenib plus nivolumab (n = 150) or SOC "
        "(n = 150). Grade 3 or higher treatment-related adverse events occurred in 48.0% "
        "(regorafenib plus nivolumab) versus 30.7% (SOC) of patients."
    )
    assert triples(text, "TRAE_G3plus") == [
        ("TRAE_G3plus", "nivolumab + regorafenib", 48.0),
        ("TRAE_G3plus", "standard of care", 30.7),
    ]


def test_of_n_patients_who_did_something_then_arm_counts():
    text = (
        "Cabozantinib versus regorafenib after atezolizumab plus bevacizumab\n"
        "Methods: Of 97 patients who discontinued atezolizumab plus bevacizumab, 41 received "
        "cabozantinib and 56 received regorafenib. Results: Median OS was 9.6 vs 10.4 months."
    )
    assert n_rows(text) == [("overall", 97.0), ("cabozantinib", 41.0), ("regorafenib", 56.0)]


def test_more_agents_of_recent_trials_are_known():
    text = (
        "Tislelizumab plus sitravatinib in anti-PD-(L)1-experienced advanced HCC: a phase 2 cohort\n"
        "Results: 31 pts were enrolled. Confirmed ORR was 9.7% and mPFS was 5.1 mo."
    )
    assert triples(text, "ORR") == [("ORR", "tislelizumab + sitravatinib", 9.7)]


def test_chemotherapy_alternatives_with_or_without_an_antibody_inside_one_arm():
    text = (
        "Pembrolizumab versus chemotherapy in MSI-high colorectal cancer: 5-year results\n"
        "The trial randomized 300 patients 1:1 to pembrolizumab (n = 150) or to mFOLFOX6 or FOLFIRI "
        "with or without bevacizumab or cetuximab (n = 150). Median PFS was 16.0 versus 8.0 months."
    )
    assert triples(text, "mPFS") == [("mPFS", "pembrolizumab", 16.0), ("mPFS", "chemotherapy", 8.0)]


def test_a_list_of_agents_each_with_its_short_name():
    text = (
        "Methods: Patients received transarterial chemoembolization (TACE), lenvatinib (LEN), and "
        "tislelizumab. Results: 52 patients were enrolled. The ORR was 61.5%."
    )
    assert triples(text, "ORR") == [("ORR", "tislelizumab + lenvatinib + tace", 61.5)]


def test_spelled_count_after_the_title_line_and_an_article_before_the_regimen():
    text = (
        "SBRT with or without immune checkpoint inhibitors for localized hepatocellular carcinoma\n"
        "Forty-four patients were treated with SBRT alone and 19 with SBRT combined with immune "
        "checkpoint inhibitors (SBRT-ICI). Of 63 patients, 44 received SBRT and 19 received an "
        "immune checkpoint inhibitor with SBRT."
    )
    rows = n_rows(text)
    assert ("sbrt", 44.0) in rows
    assert ("immune checkpoint inhibitor + sbrt", 19.0) in rows


def test_drug_class_after_with_or_without_is_an_arm_component():
    text = (
        "Chemotherapy with or without immune checkpoint inhibitors for advanced gastric cancer\n"
        "Results: Patients were enrolled in the combination group (n=84) and the chemotherapy alone "
        "group (n=97). The median OS was 15.2 months in the combination group."
    )
    assert n_rows(text) == [
        ("immune checkpoint inhibitor + chemotherapy", 84.0),
        ("chemotherapy", 97.0),
    ]


def test_discontinuation_rate_due_to_adverse_events_is_not_a_grade_3_rate():
    text = (
        "Pembrolizumab monotherapy in frail patients with hepatocellular carcinoma\n"
        "Results: Thirty-six patients received pembrolizumab. Grade 3 or higher treatment-related AEs "
        "occurred in 13.9% of patients, with a discontinuation rate of 8.3% due to AEs."
    )
    assert triples(text, "TRAE_G3plus") == [("TRAE_G3plus", "pembrolizumab", 13.9)]
    assert not [t for t in triples(text) if t[2] == 8.3 and t[0] != "TRAE_DISC"]


def test_values_of_a_series_with_no_named_regimen_are_overall():
    text = (
        "Conversion resection for unresectable hepatocellular carcinoma: a single-centre series\n"
        "Following systemic or combined treatment, 27 patients were judged resectable. The objective "
        "response rate in these converted patients was 51.9% and the disease control rate 92.6%."
    )
    got = triples(text)
    assert ("ORR", "overall", 51.9) in got
    assert ("DCR", "overall", 92.6) in got


def test_later_lines_of_a_treatment_sequence_are_not_arms():
    text = (
        "Atezolizumab plus bevacizumab first line and subsequent treatment in hepatocellular carcinoma\n"
        "A total of 420 patients received first-line atezolizumab plus bevacizumab. Median OS was "
        "19.0 months. The longest median OS was obtained with the sequence atezolizumab plus "
        "bevacizumab and lenvatinib (31.0 months), followed by cabozantinib (20.5 months) and "
        "sorafenib (15.5 months)."
    )
    arms = {t[1] for t in triples(text) if t[0] == "mOS"}
    assert arms == {"atezolizumab + bevacizumab"}


def test_randomised_count_with_a_bracket_of_baseline_shares():
    text = (
        "Camrelizumab plus rivoceranib plus TACE versus TACE: an interim analysis\n"
        "Results: 380 pts (ECOG PS 1, 21.1%; AFP >=400 ng/mL, 25.3%) were randomized to C+R+TACE "
        "(n=190) or TACE (n=190). Median PFS was 13.1 vs 8.0 mo."
    )
    assert ("N", "overall", 380.0) in triples(text, "N")


def test_group_counts_written_group_colon_n():
    text = (
        "Atezolizumab plus bevacizumab versus lenvatinib: a propensity-matched study\n"
        "Methods: This was a retrospective analysis of 702 patients who received ATEZO/BEV (n = 168) "
        "or LEN (n = 534). After matching, 300 patients (ATEZO/BEV group: n = 150; LEN group: n = 150) "
        "were analyzed."
    )
    rows = n_rows(text)
    assert ("overall", 702.0) in rows
    assert ("atezolizumab + bevacizumab", 150.0) in rows
    assert ("lenvatinib", 150.0) in rows


def test_child_pugh_sub_cohorts_classified_as():
    text = (
        "Nivolumab by Child–Pugh class in hepatocellular carcinoma\n"
        "Results: Of 180 patients, 121 patients were classified as Child–Pugh class A and 59 patients "
        "were Child–Pugh class B. The ORR was 17.2%."
    )
    rows = n_rows(text)
    assert ("nivolumab", 121.0) in rows and ("nivolumab", 59.0) in rows


def test_gcd_is_durvalumab_with_gemcitabine_and_cisplatin():
    text = (
        "Real-world outcomes of GCD in advanced biliary tract cancer\n"
        "Results: A total of 120 patients treated with GCD were included. The median OS was 13.4 "
        "months and the ORR was 24.2%."
    )
    got = triples(text)
    assert ("mOS", "durvalumab + cisplatin + gemcitabine", 13.4) in got


def test_a_slash_between_two_cytotoxics_is_a_doublet():
    text = (
        "Gemcitabine/cisplatin and durvalumab for advanced biliary tract cancer: real-world data\n"
        "Methods: We analysed 88 patients treated with gemcitabine/cisplatin and durvalumab. Results: "
        "The median OS was 12.6 months."
    )
    assert triples(text, "mOS") == [("mOS", "durvalumab + cisplatin + gemcitabine", 12.6)]


def test_examples_of_interventional_therapy_and_a_listed_class_agent():
    text = (
        "Triple therapy with interventional treatment, lenvatinib, and anti-PD-1 antibodies in HCC\n"
        "Methods: This retrospective study included 76 patients who received lenvatinib, anti-PD-1 "
        "monoclonal antibodies (tislelizumab or camrelizumab), and interventional therapies (TACE "
        "and/or HAIC). Results: The ORR was 68.4%."
    )
    assert triples(text, "ORR") == [("ORR", "pd-1 inhibitor + lenvatinib", 68.4)]


def test_chemotherapy_with_named_cytotoxics_is_those_cytotoxics():
    text = (
        "Immune-chemotherapy with gemcitabine, cisplatin and durvalumab in biliary tract cancer\n"
        "Methods: Patients treated with chemotherapy with gemcitabine, cisplatin and durvalumab (GCD) "
        "at eight centres were included. Results: A total of 140 patients were included. Median OS "
        "was 13.9 months."
    )
    assert triples(text, "mOS") == [("mOS", "durvalumab + cisplatin + gemcitabine", 13.9)]


def test_a_regimen_called_the_standard_of_care_is_not_a_second_arm():
    text = (
        "Real-world data support durvalumab plus gemcitabine and cisplatin in cholangiocarcinoma\n"
        "The median overall survival of patients treated with durvalumab plus gemcitabine and "
        "cisplatin was 12.4 months. The regimen was approved as the first-line standard of care of "
        "biliary tract cancer in 2022."
    )
    assert triples(text, "mOS") == [("mOS", "durvalumab + cisplatin + gemcitabine", 12.4)]


def test_median_written_in_words_keeps_its_ci_as_bounds():
    text = (
        "TACE after failure of immunotherapy in hepatocellular carcinoma\n"
        "Results: A total of 41 patients were evaluated, with a median PFS of seven months (95% CI: "
        "4.9 months, 9.1 months). The follow-up lasted twelve months."
    )
    got = [(f["endpoint"], f["value"], f["ci_low"], f["ci_high"]) for f in extract(text)]
    assert ("mPFS", 7.0, 4.9, 9.1) in got
    assert not [g for g in got if g[1] in (4.9, 9.1, 12.0)]


def test_placebo_controlled_arms_share_a_backbone_written_after_them():
    text = (
        "Nivolumab plus trastuzumab and chemotherapy for HER2-positive gastric cancer: an update\n"
        "Methods: Pts were randomly assigned 1:1 to receive nivolumab 360 mg or placebo IV Q3W for up "
        "to 2 years plus trastuzumab 6 mg/kg and chemo (CAPOX). Results: 600 pts were randomly assigned "
        "to the nivolumab group (n = 300) or placebo group (n = 300). Median OS was 19.8 months in the "
        "nivolumab group vs 16.2 months in the placebo group; placebo plus trastuzumab and chemo was "
        "the control."
    )
    got = triples(text, "mOS")
    assert got == [
        ("mOS", "nivolumab + trastuzumab + chemotherapy", 19.8),
        ("mOS", "trastuzumab + chemotherapy + placebo", 16.2),
    ]


def test_grade_3_count_of_one_patient_after_any_grade_events():
    text = (
        "Adjuvant camrelizumab plus apatinib after resection of hepatocellular carcinoma: phase II\n"
        "Results: 46 patients were enrolled. A total of 14 (30.4%) patients experienced adverse events, "
        "and one (2.2%) patient had grade 3 or 4 adverse events."
    )
    assert triples(text, "AE_G3plus") == [("AE_G3plus", "camrelizumab + rivoceranib", 2.2)]


def test_three_regimens_listed_in_a_title_are_alternatives():
    text = (
        "Real-world effectiveness of atezolizumab-bevacizumab, lenvatinib and sorafenib in HCC\n"
        "Results: Among these patients, 301 (8.1%) received atezo/beva, 998 (26.8%) received "
        "lenvatinib, and 2,420 (65.1%) received sorafenib as first-line treatment."
    )
    rows = n_rows(text)
    assert ("lenvatinib", 998.0) in rows
    assert ("sorafenib", 2420.0) in rows


@pytest.mark.parametrize(
    "qualifier", ["any grade and grade ≥ 3", "any-grade and grade 3 or higher"]
)
def test_any_grade_then_grade_3_rates_written_before_the_event(qualifier):
    text = (
        "Atezolizumab plus bevacizumab in routine practice for hepatocellular carcinoma\n"
        f"Results: 118 patients were treated. The incidence rates of {qualifier} adverse events "
        "were 31.4% and 12.7%, respectively."
    )
    assert triples(text, "AE_G3plus") == [("AE_G3plus", "atezolizumab + bevacizumab", 12.7)]
    assert not [t for t in triples(text) if t[2] == 31.4]


def test_and_adds_a_third_agent_after_a_dose_bracket():
    text = (
        "Methods: Patients who received TACE combined with tislelizumab (200 mg every 3 weeks) and "
        "lenvatinib (8 mg daily) were analysed. Results: A total of 64 patients were included. The "
        "ORR was 60.9%."
    )
    assert triples(text, "ORR") == [("ORR", "tislelizumab + lenvatinib + tace", 60.9)]


def test_class_members_named_after_the_regimen_and_an_already_received_drug():
    text = (
        "Purpose: We evaluated cabozantinib combined with programmed death-1 (PD-1) inhibitors after "
        "immunotherapy. Methods: The PD-1 inhibitors used were sintilimab, tislelizumab or "
        "camrelizumab. Results: A total of 58 patients were analysed. The ORR was 12.1%. Conclusion: "
        "Cabozantinib plus PD-1 inhibitors was active, including in patients who had already "
        "received lenvatinib."
    )
    assert triples(text, "ORR") == [("ORR", "pd-1 inhibitor + cabozantinib", 12.1)]
    assert ("N", "pd-1 inhibitor + cabozantinib", 58.0) in triples(text, "N")


def test_a_short_name_defined_for_another_combination_of_the_same_kinds():
    text = (
        "Camrelizumab plus apatinib versus atezolizumab plus bevacizumab: a matched comparison\n"
        "Methods: Patients received camrelizumab plus apatinib (C+A) or atezolizumab plus bevacizumab "
        "(A+B). Results: The ORR was 26.1% in the C+A group and 21.7% in the A+B group."
    )
    assert triples(text, "ORR") == [
        ("ORR", "camrelizumab + rivoceranib", 26.1),
        ("ORR", "atezolizumab + bevacizumab", 21.7),
    ]


def test_design_thresholds_and_conversion_rates_are_not_results():
    text = (
        "Nivolumab plus cabozantinib after atezolizumab plus bevacizumab: a phase 2 study\n"
        "Methods: The primary endpoint was the 6-month PFS rate, with a rate of 40% or higher "
        "considered promising. Results: 35 patients were enrolled. The 6-month PFS rate was 45.7%. "
        "Grade 3 or higher treatment-related adverse events occurred in 37.1%, and the conversion "
        "resection rate was 5.7%."
    )
    got = triples(text)
    assert ("PFS_RATE", "nivolumab + cabozantinib", 45.7) in got
    assert ("TRAE_G3plus", "nivolumab + cabozantinib", 37.1) in got
    assert not [t for t in got if t[2] in (40.0, 5.7)]
