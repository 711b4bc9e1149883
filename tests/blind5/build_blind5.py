"""Source of truth for the fifth blind extraction test set (tests/blind5/blind5.jsonl).

    python tests/blind5/build_blind5.py      # writes blind5.jsonl, checks arms, prints counts

Every text was written for this set in new wording; gold was written with each text,
before anything was run on it. See README.md for the conventions.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
LEXICON = HERE.parents[1] / "extractors" / "lexicon" / "regimens.jsonl"

ENDPOINTS = {
    "mOS",
    "mPFS",
    "mTTP",
    "mDOR",
    "ORR",
    "DCR",
    "HR_OS",
    "HR_PFS",
    "OS_RATE",
    "PFS_RATE",
    "TRAE_G3plus",
    "AE_G3plus",
    "TRAE_DISC",
    "IRAE_G3plus",
    "N",
}

ROWS: list[dict] = []


def g(endpoint, arm, value, ci_low=None, ci_high=None):
    return {"endpoint": endpoint, "arm": arm, "value": value, "ci_low": ci_low, "ci_high": ci_high}


def add(id_, style, source_style, text, gold):
    ROWS.append(
        {
            "id": f"blind5-{id_:02d}",
            "style": style,
            "source_style": source_style,
            "text": text.strip(),
            "gold": gold,
        }
    )


# ---------------------------------------------------------------------------------------------
A = "atezolizumab + bevacizumab"
DT = "durvalumab + tremelimumab"

add(
    1,
    "ALBI-grade subgroups of one regimen with 'respectively' over three grades; NR median with lower bound only; prognostic HR distractor",
    "PubMed abstract, Japanese multicentre real-world study (Hepatol Res / Liver Cancer style)",
    """
Real-world outcomes of atezolizumab plus bevacizumab according to baseline albumin-bilirubin grade: a 22-institution Japanese cohort

Background: IMbrave150 enrolled only patients with well-preserved liver function, and the benefit of atezolizumab plus bevacizumab (Atez/Bev) in patients with modified ALBI grade 2b remains uncertain.

Methods: We reviewed 486 consecutive patients with unresectable hepatocellular carcinoma (HCC) who started Atez/Bev between October 2020 and March 2023 at 22 institutions in Japan. Patients were grouped by baseline grade: ALBI grade 1 (n = 171), mALBI grade 2a (n = 148) and mALBI grade 2b (n = 167). Tumour response was assessed by RECIST 1.1 every 6 to 9 weeks.

Results: Median age was 74 years and 62.3% of patients had BCLC stage C disease. At a median follow-up of 16.2 months, median overall survival (OS) for the whole cohort was 19.8 months (95% CI 17.4-22.1) and median progression-free survival (PFS) was 7.0 months (95% CI 6.2-7.9). By liver function, median OS was not reached (95% CI 24.3-not reached), 18.1 months (95% CI 15.0-21.6) and 10.4 months (95% CI 8.7-12.9) in the grade 1, 2a and 2b groups, respectively. The objective response rate (ORR) was 27.6% and the disease control rate (DCR) 71.4%. Grade 3 or higher adverse events occurred in 22.8% of patients, with proteinuria (6.2%) and hypertension (4.9%) the most frequent. On multivariable analysis, mALBI grade 2b was associated with shorter OS compared with grade 1 (HR 2.71, 95% CI 2.02-3.64).

Conclusions: Atez/Bev was effective across ALBI grades, although survival was clearly shorter in patients starting treatment with mALBI grade 2b.
""",
    [
        g("N", A, 486),
        g("N", A, 171),
        g("N", A, 148),
        g("N", A, 167),
        g("mOS", A, 19.8, 17.4, 22.1),
        g("mPFS", A, 7.0, 6.2, 7.9),
        g("mOS", A, None, 24.3, None),
        g("mOS", A, 18.1, 15.0, 21.6),
        g("mOS", A, 10.4, 8.7, 12.9),
        g("ORR", A, 27.6),
        g("DCR", A, 71.4),
        g("AE_G3plus", A, 22.8),
    ],
)

add(
    2,
    "interim registry analysis; first- vs later-line sub-cohorts of one regimen; early tumour shrinkage (ETS) landmark OS rates; irAE and TRAE discontinuation; OS not reached without CI",
    "PubMed abstract, Japanese prospective registry interim report (Hepatol Res style, Aim/Methods/Results)",
    """
Early tumour shrinkage and outcomes of durvalumab plus tremelimumab in unresectable hepatocellular carcinoma: interim analysis of a prospective Japanese registry

Aim: To describe the outcomes of the STRIDE regimen in routine Japanese practice and the prognostic value of early tumour shrinkage (ETS).

Methods: Between April 2023 and June 2024, 203 patients were registered at 17 hospitals and received a single priming dose of tremelimumab 300 mg with durvalumab 1500 mg every 4 weeks (Dur/Tre). ETS was defined as a reduction of at least 10% in the sum of target lesion diameters at the first assessment (week 6-8). This interim analysis was prespecified after a minimum follow-up of 6 months.

Results: Dur/Tre was given as first-line therapy to 118 patients and as second- or later-line therapy to 85. ETS was observed in 41 of 176 evaluable patients (23.3%). In the whole population, the ORR and DCR were 19.2% and 58.6%, respectively, and median PFS was 4.1 months (95% CI 3.5-5.2); median OS had not been reached at the data cut-off. First-line patients had a median PFS of 5.5 months (95% CI 3.9-7.4) versus 3.2 months (95% CI 2.6-4.0) in the later-line group. The 12-month OS rate was 86.1% in patients with ETS compared with 58.7% in those without ETS. Immune-mediated adverse events of grade 3 or higher developed in 11.3% of patients, and 8.4% permanently discontinued treatment because of treatment-related adverse events.

Conclusion: ETS at the first evaluation identifies patients who derive durable benefit from Dur/Tre.
""",
    [
        g("N", DT, 203),
        g("N", DT, 118),
        g("N", DT, 85),
        g("ORR", DT, 19.2),
        g("DCR", DT, 58.6),
        g("mPFS", DT, 4.1, 3.5, 5.2),
        g("mOS", DT, None),
        g("mPFS", DT, 5.5, 3.9, 7.4),
        g("mPFS", DT, 3.2, 2.6, 4.0),
        g("OS_RATE", DT, 86.1),
        g("OS_RATE", DT, 58.7),
        g("IRAE_G3plus", DT, 11.3),
        g("TRAE_DISC", DT, 8.4),
    ],
)

add(
    3,
    "two-arm Korean comparison with 'with X and Y with Z' medians, HR in parenthesis, IPTW HR as a separate finding, 'vs' pairs for PFS/ORR/DCR, subgroup HR with pooled subgroup N",
    "PubMed abstract, Korean multicentre retrospective comparison (Liver Int / Oncology style)",
    """
Atezolizumab-bevacizumab versus lenvatinib as first-line therapy for hepatocellular carcinoma: a Korean multicentre inverse probability of treatment weighting analysis

Introduction: Head-to-head randomised data comparing atezolizumab-bevacizumab with lenvatinib are lacking, and hepatitis B virus-related HCC predominates in Korea.

Methods: A total of 669 patients with Child-Pugh A unresectable HCC treated first-line with atezolizumab-bevacizumab (n = 412) or lenvatinib (n = 257) at five Korean tertiary hospitals between 2019 and 2023 were analysed. Inverse probability of treatment weighting (IPTW) was used to adjust for baseline differences.

Results: Hepatitis B was the predominant aetiology (71.2%). The median follow-up was 13.4 months in the atezolizumab-bevacizumab group and 21.7 months in the lenvatinib group. Median OS was 18.9 months (95% CI 16.2-21.5) with atezolizumab-bevacizumab and 12.6 months (95% CI 10.8-14.7) with lenvatinib (HR 0.71, 95% CI 0.58-0.87; p = 0.001). Median PFS was 6.6 vs 5.3 months (HR 0.82, 95% CI 0.69-0.98; p = 0.028). After IPTW, the HR for death with atezolizumab-bevacizumab versus lenvatinib was 0.76 (95% CI 0.61-0.95). By RECIST 1.1, the ORR was 24.5% vs 27.2% and the DCR 70.1% vs 75.9%. Among the 98 patients with non-viral aetiology, OS did not differ between treatments (HR 1.08, 95% CI 0.66-1.77).

Conclusions: In Korean patients, atezolizumab-bevacizumab was associated with longer survival than lenvatinib, driven by patients with viral HCC.
""",
    [
        g("N", "overall", 669),
        g("N", A, 412),
        g("N", "lenvatinib", 257),
        g("mOS", A, 18.9, 16.2, 21.5),
        g("mOS", "lenvatinib", 12.6, 10.8, 14.7),
        g("HR_OS", A, 0.71, 0.58, 0.87),
        g("mPFS", A, 6.6),
        g("mPFS", "lenvatinib", 5.3),
        g("HR_PFS", A, 0.82, 0.69, 0.98),
        g("HR_OS", A, 0.76, 0.61, 0.95),
        g("ORR", A, 24.5),
        g("ORR", "lenvatinib", 27.2),
        g("DCR", A, 70.1),
        g("DCR", "lenvatinib", 75.9),
        g("N", "overall", 98),
        g("HR_OS", A, 1.08, 0.66, 1.77),
    ],
)

TLH = "toripalimab + lenvatinib + haic"
TL = "toripalimab + lenvatinib"
add(
    4,
    "heavy Chinese abbreviation (HAIC-LEN-TOR / LEN-TOR) defined once; PSM pairs; 'vs' pairs with HR after; TRAEs 'respectively'; conversion-resection distractor",
    "PubMed abstract, Chinese multicentre PSM study of FOLFOX-HAIC triple therapy (Front Oncol / J Hepatocell Carcinoma style)",
    """
Hepatic arterial infusion chemotherapy plus lenvatinib and toripalimab versus lenvatinib and toripalimab for hepatocellular carcinoma with major portal vein tumour thrombus: a propensity score-matched study

Background: FOLFOX-based hepatic arterial infusion chemotherapy (HAIC) achieves high intrahepatic response rates, but whether it adds to lenvatinib plus a PD-1 antibody in HCC with Vp3-4 portal vein tumour thrombus (PVTT) is unknown.

Methods: We retrospectively included 238 patients with BCLC-C HCC and Vp3-4 PVTT treated at three centres in Guangdong between January 2020 and December 2023 with FOLFOX-HAIC plus lenvatinib plus toripalimab (HAIC-LEN-TOR, n = 131) or lenvatinib plus toripalimab (LEN-TOR, n = 107). HAIC was repeated every 3 weeks for up to 6 cycles. After 1:1 propensity score matching (PSM), 88 pairs were analysed.

Results: In the matched cohort, HAIC-LEN-TOR yielded a longer median OS (22.3 vs 13.9 months; HR 0.52, 95% CI 0.36-0.76; P < 0.001) and PFS (10.8 vs 5.7 months; HR 0.49, 95% CI 0.35-0.69; P < 0.001) than LEN-TOR. The ORR per mRECIST was 61.4% vs 27.3%, and the DCR was 88.6% vs 70.5%. Conversion resection was achieved in 14 (15.9%) HAIC-LEN-TOR patients. Grade 3-4 treatment-related adverse events were recorded in 37.5% and 21.6% of patients, respectively, most often thrombocytopenia and elevated transaminases.

Conclusion: Adding FOLFOX-HAIC to lenvatinib and toripalimab prolonged survival in HCC with major PVTT.
""",
    [
        g("N", "overall", 238),
        g("N", TLH, 131),
        g("N", TL, 107),
        g("N", TLH, 88),
        g("N", TL, 88),
        g("mOS", TLH, 22.3),
        g("mOS", TL, 13.9),
        g("HR_OS", TLH, 0.52, 0.36, 0.76),
        g("mPFS", TLH, 10.8),
        g("mPFS", TL, 5.7),
        g("HR_PFS", TLH, 0.49, 0.35, 0.69),
        g("ORR", TLH, 61.4),
        g("ORR", TL, 27.3),
        g("DCR", TLH, 88.6),
        g("DCR", TL, 70.5),
        g("TRAE_G3plus", TLH, 37.5),
        g("TRAE_G3plus", TL, 21.6),
    ],
)

LT = "lenvatinib + tace"
add(
    5,
    "TACE-L-P vs TACE-L where 'P' is a mix of PD-1 agents (no lexicon id): only the TACE-L arm and the total are gold; HR of the non-lexicon arm is not gold",
    "PubMed abstract, Chinese two-centre retrospective cohort (J Hepatocell Carcinoma style, Purpose/Patients and Methods)",
    """
TACE combined with lenvatinib and a PD-1 inhibitor (TACE-L-P) versus TACE-lenvatinib (TACE-L) for intermediate-advanced hepatocellular carcinoma beyond the up-to-seven criteria

Purpose: To compare triple therapy with TACE-L in HCC exceeding the up-to-seven criteria.

Patients and Methods: Between June 2019 and May 2023, 174 patients treated at two hospitals were included: TACE-L-P (n = 96) and TACE-L (n = 78). In the TACE-L-P group the PD-1 inhibitor was camrelizumab, sintilimab or tislelizumab at the physician's discretion. Lenvatinib was started 3-7 days after the first TACE at 8 mg or 12 mg according to body weight.

Results: The median number of TACE sessions was 3 (range 1-8). Median OS was 26.1 months in the TACE-L-P group and 18.4 months in the TACE-L group (HR 0.58, 95% CI 0.39-0.86; P = 0.006). Median PFS was 11.9 months (95% CI 9.8-14.0) versus 7.5 months (95% CI 6.1-8.9). The ORR by mRECIST was 70.8% with TACE-L-P and 52.6% with TACE-L. Grade 3 or higher adverse events occurred in 31.3% and 24.4% of patients in the two groups, respectively. ALBI grade 2 (HR 1.62, 95% CI 1.10-2.39) and Vp3-4 invasion (HR 2.05, 95% CI 1.31-3.20) were independent risk factors for death.

Conclusion: TACE-L-P outperformed TACE-L, with manageable toxicity.
""",
    [
        g("N", "overall", 174),
        g("N", LT, 78),
        g("mOS", LT, 18.4),
        g("mPFS", LT, 7.5, 6.1, 8.9),
        g("ORR", LT, 52.6),
        g("AE_G3plus", LT, 24.4),
    ],
)

R = "regorafenib"
add(
    6,
    "sorafenib-to-regorafenib sequencing: results from regorafenib start, plus OS of the whole sequence from sorafenib start; AFP strata of the cohort; drug-related discontinuation",
    "PubMed abstract, Taiwanese two-centre retrospective sequencing study (J Formos Med Assoc / Cancers style)",
    """
Sequential sorafenib and regorafenib for advanced hepatocellular carcinoma: a two-centre experience from Taiwan

Background: Regorafenib is approved for patients who tolerate and then progress on sorafenib, but real-world data from Taiwan, where hepatitis B predominates, are limited.

Methods: We identified patients who tolerated sorafenib (at least 20 of the last 28 days at 400 mg/day or more), progressed radiologically and started regorafenib between 2018 and 2022. Tumour response was assessed by mRECIST.

Results: In total, 112 patients received regorafenib after sorafenib; the median duration of prior sorafenib was 5.1 months. On regorafenib, the ORR was 10.7% and the DCR 50.9%. Median PFS from the start of regorafenib was 3.4 months (95% CI 2.8-4.1) and median OS 11.2 months (95% CI 9.0-13.5). Median OS of the entire sorafenib-regorafenib sequence, measured from sorafenib initiation, reached 26.4 months (95% CI 22.3-30.6). Patients with baseline AFP below 400 ng/mL (n = 67) had a longer median OS on regorafenib than those with AFP of 400 ng/mL or more (n = 45): 13.9 vs 7.8 months (p = 0.004). Treatment-related adverse events of grade 3 or higher were seen in 24.1% of patients, hand-foot skin reaction (9.8%) being the most common, and 7.1% stopped regorafenib because of drug-related toxicity.

Conclusions: The sorafenib-regorafenib sequence provided a survival of more than 2 years in Taiwanese patients.
""",
    [
        g("N", R, 112),
        g("ORR", R, 10.7),
        g("DCR", R, 50.9),
        g("mPFS", R, 3.4, 2.8, 4.1),
        g("mOS", R, 11.2, 9.0, 13.5),
        g("mOS", R, 26.4, 22.3, 30.6),
        g("N", R, 67),
        g("N", R, 45),
        g("mOS", R, 13.9),
        g("mOS", R, 7.8),
        g("TRAE_G3plus", R, 24.1),
        g("TRAE_DISC", R, 7.1),
    ],
)

RAM = "ramucirumab"
add(
    7,
    "ramucirumab after ICI or lenvatinib: cohort split by prior therapy with 'X vs Y months ... in the post-ICI and post-TKI groups'; AFP response distractor; dose distractor",
    "PubMed abstract, Japanese multicentre retrospective study (Oncology / Hepatol Res style)",
    """
Ramucirumab for hepatocellular carcinoma with alpha-fetoprotein of 400 ng/mL or higher after immune checkpoint inhibitors or lenvatinib: a multicentre retrospective study

Objective: REACH-2 evaluated ramucirumab only after sorafenib. We examined its efficacy in the current sequence, after immunotherapy or lenvatinib.

Methods: Seventy-one patients with AFP of 400 ng/mL or more received ramucirumab 8 mg/kg every 2 weeks at nine Japanese centres. The immediately preceding therapy was atezolizumab plus bevacizumab or durvalumab plus tremelimumab (post-ICI group, n = 39) or lenvatinib (post-TKI group, n = 32).

Results: Overall, median PFS was 2.9 months (95% CI 2.1-3.8) and median OS 8.6 months (95% CI 6.4-11.0); the 6-month OS rate was 68.2%. Median PFS was 2.6 vs 3.3 months (p = 0.41) and median OS 8.1 vs 9.4 months (p = 0.57) in the post-ICI and post-TKI groups, respectively. The ORR was 5.6% and the DCR 43.7%. An AFP response (decline of at least 20% at week 6) was observed in 31.0%. Grade 3 or higher adverse events of any cause occurred in 29.6% of patients; proteinuria (8.5%) and ascites (7.0%) were the most common.

Conclusion: Ramucirumab retained modest activity regardless of whether it followed ICI or lenvatinib.
""",
    [
        g("N", RAM, 71),
        g("N", RAM, 39),
        g("N", RAM, 32),
        g("mPFS", RAM, 2.9, 2.1, 3.8),
        g("mOS", RAM, 8.6, 6.4, 11.0),
        g("OS_RATE", RAM, 68.2),
        g("mPFS", RAM, 2.6),
        g("mPFS", RAM, 3.3),
        g("mOS", RAM, 8.1),
        g("mOS", RAM, 9.4),
        g("ORR", RAM, 5.6),
        g("DCR", RAM, 43.7),
        g("AE_G3plus", RAM, 29.6),
    ],
)

PL = "pembrolizumab + lenvatinib"
add(
    8,
    "phase 1b with DLT phase and expansion phase; ORR/DOR/PFS by two criteria ('by mRECIST and RECIST v1.1, respectively'); OS with NE upper bound; DLT-phase size distractor",
    "PubMed abstract, phase Ib study (JCO 'Purpose / Patients and Methods / Results / Conclusion' style)",
    """
Lenvatinib plus pembrolizumab in unresectable hepatocellular carcinoma: dose-limiting toxicity and expansion phases of a phase Ib study

Purpose: Lenvatinib may enhance responses to PD-1 blockade by modulating the tumour microenvironment.

Patients and Methods: Patients received lenvatinib (12 mg if body weight 60 kg or more, 8 mg otherwise) daily and pembrolizumab 200 mg every 3 weeks. The study included a dose-limiting toxicity (DLT) phase and an expansion phase in first-line patients. Responses were assessed by independent imaging review (IIR) per mRECIST and RECIST v1.1.

Results: In all, 104 patients were enrolled. No DLTs occurred among the 6 patients of the DLT phase, and 100 patients formed the expansion population. Per IIR, the ORR was 46.0% (95% CI 36.0-56.3) by mRECIST and 36.0% (95% CI 26.6-46.2) by RECIST v1.1. The median duration of response was 8.6 and 12.6 months by mRECIST and RECIST v1.1, respectively, and the median PFS 9.3 months and 8.6 months, respectively. Median OS was 22.0 months (95% CI 20.4-not estimable). Grade 3 or higher treatment-related adverse events occurred in 67% of patients, and 14% discontinued a study drug because of treatment-related adverse events; three treatment-related deaths were reported.

Conclusion: The combination showed promising antitumour activity in first-line uHCC.
""",
    [
        g("N", PL, 104),
        g("N", PL, 100),
        g("ORR", PL, 46.0, 36.0, 56.3),
        g("ORR", PL, 36.0, 26.6, 46.2),
        g("mDOR", PL, 8.6),
        g("mDOR", PL, 12.6),
        g("mPFS", PL, 9.3),
        g("mPFS", PL, 8.6),
        g("mOS", PL, 22.0, 20.4, None),
        g("TRAE_G3plus", PL, 67),
        g("TRAE_DISC", PL, 14),
    ],
)

PR = "pembrolizumab + regorafenib"
add(
    9,
    "phase 1b dose escalation (Part A) and expansion (Part B): efficacy in the expansion cohort with CIs, safety across all treated patients; dose-level numbers as distractors",
    "PubMed abstract, phase 1b trial with dose-expansion cohort (Clin Cancer Res / JITC style)",
    """
Regorafenib plus pembrolizumab as first-line therapy for unresectable hepatocellular carcinoma: dose-escalation and expansion results of a phase 1b study

Background: Regorafenib has immunomodulatory properties that may complement anti-PD-1 therapy.

Methods: In Part A (dose escalation), regorafenib 80 mg or 120 mg once daily (3 weeks on, 1 week off) was combined with pembrolizumab 200 mg every 3 weeks; Part B expanded the recommended phase 2 dose. The primary endpoints were safety (Part A) and ORR by RECIST 1.1 per investigator (Part B).

Results: Fifty-seven patients were treated (Part A, 13; Part B, 44). Two DLTs occurred at 120 mg, and 80 mg was selected for expansion. In the 44 Part B patients, the confirmed ORR was 31.8% (95% CI 18.6-47.6) and the DCR 77.3%; the median duration of response was 14.2 months (95% CI 6.5-NE). Median PFS was 5.6 months (95% CI 4.1-7.8), median OS was not reached (95% CI 16.9-NE) and the 12-month OS rate was 73.5%. Across all 57 patients, grade 3 or higher treatment-related adverse events occurred in 52.6%, and 10.5% discontinued both drugs because of treatment-related toxicity.

Conclusions: Regorafenib 80 mg plus pembrolizumab had a manageable safety profile and encouraging activity.
""",
    [
        g("N", PR, 57),
        g("N", PR, 44),
        g("ORR", PR, 31.8, 18.6, 47.6),
        g("DCR", PR, 77.3),
        g("mDOR", PR, 14.2, 6.5, None),
        g("mPFS", PR, 5.6, 4.1, 7.8),
        g("mOS", PR, None, 16.9, None),
        g("OS_RATE", PR, 73.5),
        g("TRAE_G3plus", PR, 52.6),
        g("TRAE_DISC", PR, 10.5),
    ],
)

add(
    10,
    "ClinicalTrials.gov posted-results record, single arm: participant flow STARTED, outcome blocks with 'Median (95% Confidence Interval) Unit of Measure: months', percentage outcomes with CI",
    "ClinicalTrials.gov results page (outcome measure blocks), single-arm phase 2",
    """
Atezolizumab Plus Bevacizumab in Participants With Child-Pugh B7 or B8 Hepatocellular Carcinoma (NCT05213455)
Study Results

Participant Flow
Arm/Group Title: Atezolizumab + Bevacizumab
Arm/Group Description: Atezolizumab 1200 mg IV plus bevacizumab 15 mg/kg IV on Day 1 of each 21-day cycle.
STARTED: 46
COMPLETED: 0
NOT COMPLETED: 46 (Disease progression 29; Adverse event 9; Death 5; Withdrawal by subject 3)

Outcome Measure 1 (Primary): Objective Response Rate (ORR) per RECIST 1.1
Description: Percentage of participants with a confirmed complete or partial response.
Time Frame: Up to approximately 24 months
Arm/Group Title: Atezolizumab + Bevacizumab
Number of Participants Analyzed: 46
Unit of Measure: percentage of participants
Number (95% Confidence Interval): 17.4 (7.8 to 31.4)

Outcome Measure 2 (Secondary): Progression-Free Survival (PFS)
Time Frame: From enrollment to progression or death, up to 24 months
Number of Participants Analyzed: 46
Median (95% Confidence Interval) Unit of Measure: months
4.6 (2.9 to 6.0)

Outcome Measure 3 (Secondary): Overall Survival (OS)
Time Frame: Up to 30 months
Number of Participants Analyzed: 46
Median (95% Confidence Interval) Unit of Measure: months
9.1 (6.4 to 13.0)

Outcome Measure 4 (Secondary): Percentage of Participants Alive at 12 Months
Time Frame: 12 months
Unit of Measure: percentage of participants
Number (95% Confidence Interval): 37.0 (23.2 to 51.0)

Outcome Measure 5 (Secondary): Percentage of Participants With Grade 3 or Higher Treatment-Related Adverse Events (CTCAE v5.0)
Time Frame: Up to 90 days after the last dose
Unit of Measure: percentage of participants
32.6
""",
    [
        g("N", A, 46),
        g("ORR", A, 17.4, 7.8, 31.4),
        g("mPFS", A, 4.6, 2.9, 6.0),
        g("mOS", A, 9.1, 6.4, 13.0),
        g("OS_RATE", A, 37.0, 23.2, 51.0),
        g("TRAE_G3plus", A, 32.6),
    ],
)

DON = "donafenib + tace"
add(
    11,
    "ClinicalTrials.gov two-arm record with pipe-separated columns; 'TACE Alone' without placebo -> 'tace'; NA median with lower bound; statistical-analysis HR block",
    "ClinicalTrials.gov results page, randomised phase 2 with two arm columns",
    """
Donafenib Combined With TACE Versus TACE Alone for Intermediate-Stage Hepatocellular Carcinoma Beyond Up-to-Seven (NCT04908722)
Results Overview

Participant Flow
Arm/Group Title | Donafenib + TACE | TACE Alone
STARTED | 96 | 95
COMPLETED | 31 | 22

Outcome Measure: Progression-Free Survival (PFS) per mRECIST [Primary]
Time Frame: Randomization to progression or death (up to 36 months)
Arm/Group Title | Donafenib + TACE | TACE Alone
Number of Participants Analyzed | 96 | 95
Median (95% Confidence Interval) Unit of Measure: months | 11.3 (9.2 to 13.9) | 7.6 (6.0 to 9.1)
Statistical Analysis 1: Comparison Groups: Donafenib + TACE, TACE Alone
Method: Stratified log-rank; P-Value 0.002
Hazard Ratio (HR): 0.61; 95% Confidence Interval: 0.44 to 0.84

Outcome Measure: Overall Survival (OS) [Secondary]
Time Frame: Up to 48 months
Arm/Group Title | Donafenib + TACE | TACE Alone
Median (95% Confidence Interval) Unit of Measure: months | NA (21.7 to NA) [1] | 20.2 (16.5 to 25.1)
[1] The median was not reached owing to the low number of events.

Outcome Measure: Objective Response Rate per mRECIST [Secondary]
Unit of Measure: percentage of participants | 60.4 | 42.1

Outcome Measure: Percentage of Participants With Grade 3 or Higher Adverse Events [Secondary]
Unit of Measure: percentage of participants | 37.5 | 21.1
""",
    [
        g("N", DON, 96),
        g("N", "tace", 95),
        g("mPFS", DON, 11.3, 9.2, 13.9),
        g("mPFS", "tace", 7.6, 6.0, 9.1),
        g("HR_PFS", DON, 0.61, 0.44, 0.84),
        g("mOS", DON, None, 21.7, None),
        g("mOS", "tace", 20.2, 16.5, 25.1),
        g("ORR", DON, 60.4),
        g("ORR", "tace", 42.1),
        g("AE_G3plus", DON, 37.5),
        g("AE_G3plus", "tace", 21.1),
    ],
)

TB = "toripalimab + bevacizumab"
add(
    12,
    "ClinicalTrials.gov single-arm record with DOR 'NA' upper bound, DCR block, TRAE discontinuation as percentage, enrolment vs analysed count",
    "ClinicalTrials.gov results page, single-arm phase 2 (Chinese sponsor)",
    """
Toripalimab Combined With Bevacizumab as First-line Treatment in Advanced Hepatocellular Carcinoma (NCT04605796)
Results

Participant Flow: Arm/Group Title: Toripalimab + Bevacizumab | STARTED 54 | COMPLETED 12 | NOT COMPLETED 42

Outcome Measure 1: Objective Response Rate (ORR) Assessed by Investigator per RECIST v1.1 [Primary]
Time Frame: Up to 24 months
Number of Participants Analyzed: 54
Unit of Measure: percentage of participants
31.5 (95% Confidence Interval: 19.5 to 45.6)

Outcome Measure 2: Disease Control Rate (DCR) [Secondary]
Unit of Measure: percentage of participants
Number: 79.6

Outcome Measure 3: Duration of Response (DOR) [Secondary]
Description: Only participants with a confirmed response (n = 17) were analysed.
Median (95% Confidence Interval) Unit of Measure: months
11.1 (6.9 to NA)

Outcome Measure 4: Progression-Free Survival [Secondary]
Median (95% Confidence Interval) Unit of Measure: months
8.5 (5.7 to 10.8)

Outcome Measure 5: Overall Survival [Secondary]
Median (95% Confidence Interval) Unit of Measure: months
20.3 (15.6 to NA)

Outcome Measure 6: Percentage of Participants Who Discontinued Treatment Due to Treatment-Related Adverse Events [Secondary]
Unit of Measure: percentage of participants
9.3
""",
    [
        g("N", TB, 54),
        g("ORR", TB, 31.5, 19.5, 45.6),
        g("DCR", TB, 79.6),
        g("mDOR", TB, 11.1, 6.9, None),
        g("mPFS", TB, 8.5, 5.7, 10.8),
        g("mOS", TB, 20.3, 15.6, None),
        g("TRAE_DISC", TB, 9.3),
    ],
)

add(
    13,
    "ClinicalTrials.gov record with three arm columns (T300+D, durvalumab, tremelimumab); ORR with CI per column; OS medians; TRAE grade 3-4 per column; 'Overall Number of Participants Analyzed'",
    "ClinicalTrials.gov results page, randomised phase 2 with multiple regimens (Study 22-like)",
    """
A Phase 2 Study of Durvalumab and Tremelimumab as Monotherapy or Combination in Unresectable Hepatocellular Carcinoma (NCT02519348)
Results

Arm/Group Title | T300+D | Durvalumab Monotherapy | Tremelimumab Monotherapy
Arm/Group Description | Tremelimumab 300 mg x1 dose plus durvalumab 1500 mg Q4W | Durvalumab 1500 mg Q4W | Tremelimumab 750 mg Q4W x7 doses, then Q12W
Overall Number of Participants Analyzed | 75 | 104 | 69

Outcome Measure: Objective Response Rate by Blinded Independent Central Review per RECIST v1.1
Unit of Measure: percentage of participants
Number (95% Confidence Interval) | 24.0 (14.9 to 35.3) | 10.6 (5.4 to 18.1) | 7.2 (2.4 to 16.1)

Outcome Measure: Overall Survival
Median (95% Confidence Interval) Unit of Measure: months | 18.7 (10.8 to 27.3) | 13.6 (8.7 to 17.6) | 15.1 (11.3 to 20.5)

Outcome Measure: Progression-Free Survival
Median (95% Confidence Interval) Unit of Measure: months | 2.2 (1.9 to 5.4) | 2.1 (1.8 to 2.7) | 2.7 (1.9 to 3.3)

Outcome Measure: Percentage of Participants With Grade 3/4 Treatment-Related Adverse Events
Unit of Measure: percentage of participants | 37.8 | 17.8 | 43.5
""",
    [
        g("N", DT, 75),
        g("N", "durvalumab", 104),
        g("N", "tremelimumab", 69),
        g("ORR", DT, 24.0, 14.9, 35.3),
        g("ORR", "durvalumab", 10.6, 5.4, 18.1),
        g("ORR", "tremelimumab", 7.2, 2.4, 16.1),
        g("mOS", DT, 18.7, 10.8, 27.3),
        g("mOS", "durvalumab", 13.6, 8.7, 17.6),
        g("mOS", "tremelimumab", 15.1, 11.3, 20.5),
        g("mPFS", DT, 2.2, 1.9, 5.4),
        g("mPFS", "durvalumab", 2.1, 1.8, 2.7),
        g("mPFS", "tremelimumab", 2.7, 1.9, 3.3),
        g("TRAE_G3plus", DT, 37.8),
        g("TRAE_G3plus", "durvalumab", 17.8),
        g("TRAE_G3plus", "tremelimumab", 43.5),
    ],
)

SLH = "sintilimab + lenvatinib + haic"
add(
    14,
    "single-arm Chinese phase 2 conversion study; 'HAIC-LEN-SIN' shorthand; ORR by two criteria; conversion rate equal in value to an ORR (distractor); 1- and 2-year OS rates; OS not reached",
    "PubMed abstract, Chinese single-arm phase 2 trial of conversion therapy (Hepatology International / EClinicalMedicine style)",
    """
FOLFOX-HAIC plus lenvatinib and sintilimab as conversion therapy for initially unresectable hepatocellular carcinoma (HAIC-LEN-SIN): a single-arm phase 2 trial

Background: Triple therapy combining hepatic arterial infusion chemotherapy with a tyrosine kinase inhibitor and a PD-1 antibody may convert unresectable HCC to resectable disease.

Methods: Patients with initially unresectable BCLC-B or C HCC received FOLFOX-HAIC every 3 weeks, lenvatinib 8 mg daily and sintilimab 200 mg every 3 weeks. Resection was considered after multidisciplinary review. The primary endpoint was the ORR by mRECIST.

Results: Forty-eight patients were enrolled; 33 (68.8%) had portal vein invasion. The ORR was 64.6% by mRECIST and 45.8% by RECIST 1.1, with a DCR of 91.7%. Twenty-two patients (45.8%) underwent conversion resection, and 8 of them had a pathological complete response. Median PFS was 13.1 months (95% CI 10.2-16.0), median OS was not reached, and the 1-year and 2-year OS rates were 85.4% and 68.9%, respectively. Grade 3-4 treatment-related adverse events occurred in 43.8% of patients; there were no treatment-related deaths.

Conclusions: HAIC-LEN-SIN achieved a high response rate and frequent conversion to resection.
""",
    [
        g("N", SLH, 48),
        g("ORR", SLH, 64.6),
        g("ORR", SLH, 45.8),
        g("DCR", SLH, 91.7),
        g("mPFS", SLH, 13.1, 10.2, 16.0),
        g("mOS", SLH, None),
        g("OS_RATE", SLH, 85.4),
        g("OS_RATE", SLH, 68.9),
        g("TRAE_G3plus", SLH, 43.8),
    ],
)

ABH = "atezolizumab + bevacizumab + haic"
add(
    15,
    "'Atezo/Bev-HAIC group' vs 'Atezo/Bev group'; results in 'respectively' sentences that name the groups in a preceding clause; 6- and 12-month PFS rates; HR with '95% confidence interval:' and colon",
    "PubMed abstract, Chinese single-centre retrospective comparison (Cancer Med / Front Immunol style)",
    """
Atezolizumab plus bevacizumab with or without hepatic arterial infusion chemotherapy for hepatocellular carcinoma with high tumour burden

Objective: To assess whether HAIC improves the outcome of atezolizumab plus bevacizumab (Atezo/Bev) in HCC with high intrahepatic tumour burden.

Methods: Of 152 consecutive patients with tumour burden exceeding the up-to-eleven criteria, 71 received Atezo/Bev combined with FOLFOX-HAIC (Atezo/Bev-HAIC group) and 81 received Atezo/Bev alone (Atezo/Bev group) between 2021 and 2024.

Results: Median tumour diameter was 11.2 cm. For the Atezo/Bev-HAIC and Atezo/Bev groups, the median PFS was 9.7 months (95% CI 7.9-11.5) and 5.4 months (95% CI 4.2-6.6), and the median OS was 20.5 months (95% CI 16.1-24.9) and 13.8 months (95% CI 11.0-16.6), respectively. The 6-month PFS rates were 76.1% and 47.3%, and the 12-month PFS rates 39.8% and 18.9%, in the same order. HAIC was associated with a lower risk of progression (hazard ratio 0.53; 95% confidence interval: 0.37-0.76) and death (hazard ratio 0.61; 95% confidence interval: 0.41-0.90). The ORR per mRECIST was 66.2% in the Atezo/Bev-HAIC group and 29.6% in the Atezo/Bev group. Grade 3 or 4 adverse events occurred in 35.2% and 19.8% of patients, respectively.

Conclusions: Adding HAIC to Atezo/Bev is a promising option for HCC with high tumour burden.
""",
    [
        g("N", ABH, 71),
        g("N", A, 81),
        g("N", "overall", 152),
        g("mPFS", ABH, 9.7, 7.9, 11.5),
        g("mPFS", A, 5.4, 4.2, 6.6),
        g("mOS", ABH, 20.5, 16.1, 24.9),
        g("mOS", A, 13.8, 11.0, 16.6),
        g("PFS_RATE", ABH, 76.1),
        g("PFS_RATE", A, 47.3),
        g("PFS_RATE", ABH, 39.8),
        g("PFS_RATE", A, 18.9),
        g("HR_PFS", ABH, 0.53, 0.37, 0.76),
        g("HR_OS", ABH, 0.61, 0.41, 0.90),
        g("ORR", ABH, 66.2),
        g("ORR", A, 29.6),
        g("AE_G3plus", ABH, 35.2),
        g("AE_G3plus", A, 19.8),
    ],
)

CRHT = "camrelizumab + rivoceranib + haic + tace"
HT = "haic + tace"
add(
    16,
    "TACE-HAIC with or without camrelizumab plus apatinib; abbreviations 'TACE-HAIC-C-A' and 'TACE-HAIC'; medians with 'versus' and CIs in brackets; TTP and HR for TTP (HR for TTP not gold)",
    "PubMed abstract, Chinese retrospective cohort (J Hepatocell Carcinoma style, Purpose/Patients and Methods/Results/Conclusion)",
    """
TACE-HAIC combined with camrelizumab and apatinib versus TACE-HAIC for hepatocellular carcinoma with portal vein tumour thrombus

Purpose: To evaluate adding camrelizumab and apatinib to combined transarterial chemoembolization and hepatic arterial infusion chemotherapy (TACE-HAIC) in HCC with PVTT.

Patients and Methods: A total of 126 patients were included: 58 received TACE-HAIC plus camrelizumab and apatinib (TACE-HAIC-C-A) and 68 received TACE-HAIC alone. Apatinib was given at 250 mg daily and camrelizumab at 200 mg every 3 weeks.

Results: The median OS was 19.6 months [95% CI 15.8-23.4] for TACE-HAIC-C-A versus 11.7 months [95% CI 9.9-13.5] for TACE-HAIC (HR 0.48 [95% CI 0.31-0.74], P = 0.001). The median time to progression was 10.2 months versus 5.9 months (HR 0.55 [95% CI 0.37-0.82]). The ORR was 58.6% versus 32.4%, and the DCR 86.2% versus 64.7%. PVTT response was observed in 62.1% versus 38.2%. Treatment-related adverse events of grade 3 or higher were reported in 41.4% versus 23.5%; 5.2% of TACE-HAIC-C-A patients discontinued camrelizumab or apatinib because of treatment-related adverse events.

Conclusion: TACE-HAIC-C-A improved survival compared with TACE-HAIC in HCC with PVTT.
""",
    [
        g("N", "overall", 126),
        g("N", CRHT, 58),
        g("N", HT, 68),
        g("mOS", CRHT, 19.6, 15.8, 23.4),
        g("mOS", HT, 11.7, 9.9, 13.5),
        g("HR_OS", CRHT, 0.48, 0.31, 0.74),
        g("mTTP", CRHT, 10.2),
        g("mTTP", HT, 5.9),
        g("ORR", CRHT, 58.6),
        g("ORR", HT, 32.4),
        g("DCR", CRHT, 86.2),
        g("DCR", HT, 64.7),
        g("TRAE_G3plus", CRHT, 41.4),
        g("TRAE_G3plus", HT, 23.5),
        g("TRAE_DISC", CRHT, 5.2),
    ],
)

LEN = "lenvatinib"
add(
    17,
    "Taiwanese lenvatinib cohort: ETS subgroups of one regimen; ORR by mRECIST and RECIST; OS medians by ETS; prognostic HR distractor; number of centres and dose distractors",
    "PubMed abstract, Taiwanese multicentre retrospective study (J Formos Med Assoc / Liver Cancer style)",
    """
Early tumour shrinkage predicts survival in patients with unresectable hepatocellular carcinoma treated with lenvatinib: a six-centre Taiwanese study

Background: Early radiological response may help identify patients who benefit from lenvatinib.

Methods: We enrolled 262 patients with unresectable HCC who received first-line lenvatinib at six hospitals in Taiwan between 2019 and 2022. Early tumour shrinkage (ETS) was defined as a decrease of at least 20% in the sum of viable target lesions at week 8.

Results: ETS was achieved in 94 patients (35.9%). In the overall cohort, the ORR was 38.2% by mRECIST and 19.1% by RECIST 1.1; median PFS was 6.1 months (95% CI 5.3-6.9) and median OS 14.6 months (95% CI 12.8-16.4). Patients with ETS (n = 94) had a median OS of 22.4 months (95% CI 18.0-26.8), compared with 10.1 months (95% CI 8.4-11.8) in patients without ETS (n = 168). ETS remained independently associated with OS after adjustment (HR 0.44, 95% CI 0.31-0.62). Grade 3 or higher adverse events were observed in 29.0% of patients, and the relative dose intensity during the first 8 weeks was 72%.

Conclusion: ETS at week 8 is a simple predictor of favourable survival with lenvatinib.
""",
    [
        g("N", LEN, 262),
        g("N", LEN, 94),
        g("N", LEN, 168),
        g("ORR", LEN, 38.2),
        g("ORR", LEN, 19.1),
        g("mPFS", LEN, 6.1, 5.3, 6.9),
        g("mOS", LEN, 14.6, 12.8, 16.4),
        g("mOS", LEN, 22.4, 18.0, 26.8),
        g("mOS", LEN, 10.1, 8.4, 11.8),
        g("AE_G3plus", LEN, 29.0),
    ],
)

add(
    18,
    "three second-line agents after atezolizumab-bevacizumab with 'respectively' over three arms; pairwise HR 'lenvatinib versus sorafenib'; inline '(lenvatinib, n = ...; ...)' N",
    "PubMed abstract, Korean-Taiwanese collaborative retrospective study (Clin Mol Hepatol style)",
    """
Second-line lenvatinib, sorafenib or regorafenib after progression on atezolizumab plus bevacizumab: a Korean-Taiwanese collaborative study

Background and Aims: No randomised data guide the choice of tyrosine kinase inhibitor after atezolizumab plus bevacizumab.

Methods: We analysed 241 patients who received a second-line TKI after atezolizumab plus bevacizumab at seven centres (lenvatinib, n = 118; sorafenib, n = 84; regorafenib, n = 39). Regorafenib was given off-label in Korea before reimbursement.

Results: The median PFS was 4.3, 2.5 and 2.8 months with lenvatinib, sorafenib and regorafenib, respectively, and the median OS 10.8, 7.2 and 8.9 months, respectively. The ORR was 14.4%, 4.8% and 5.1%, respectively. Compared with sorafenib, lenvatinib was associated with longer PFS (HR 0.62, 95% CI 0.45-0.85) and OS (HR 0.70, 95% CI 0.50-0.98). Grade 3 or higher adverse events occurred in 33.1% of patients receiving lenvatinib, 27.4% receiving sorafenib and 30.8% receiving regorafenib. Among all patients, the median OS from the start of first-line therapy was 21.3 months.

Conclusions: Lenvatinib may be the preferred TKI after atezolizumab plus bevacizumab failure.
""",
    [
        g("N", "overall", 241),
        g("N", LEN, 118),
        g("N", "sorafenib", 84),
        g("N", R, 39),
        g("mPFS", LEN, 4.3),
        g("mPFS", "sorafenib", 2.5),
        g("mPFS", R, 2.8),
        g("mOS", LEN, 10.8),
        g("mOS", "sorafenib", 7.2),
        g("mOS", R, 8.9),
        g("ORR", LEN, 14.4),
        g("ORR", "sorafenib", 4.8),
        g("ORR", R, 5.1),
        g("HR_PFS", LEN, 0.62, 0.45, 0.85),
        g("HR_OS", LEN, 0.70, 0.50, 0.98),
        g("AE_G3plus", LEN, 33.1),
        g("AE_G3plus", "sorafenib", 27.4),
        g("AE_G3plus", R, 30.8),
        g("mOS", "overall", 21.3),
    ],
)

NL = "nivolumab + lenvatinib"
add(
    19,
    "phase 1b with Part 1 (dose confirmation) and Part 2 (expansion) cohorts; ORR by investigator and by central review; DCR; mTTP; 'any-grade ... grade 3 or higher ... respectively' AE sentence",
    "PubMed abstract, Japanese phase 1b study (Liver Cancer style, Introduction/Methods/Results/Conclusion)",
    """
Lenvatinib plus nivolumab in patients with unresectable hepatocellular carcinoma: a phase 1b study with dose-confirmation and expansion parts

Introduction: Combining a multikinase inhibitor with PD-1 blockade may have additive antitumour effects.

Methods: In Part 1, patients with Child-Pugh A HCC received lenvatinib 12 mg or 8 mg (by body weight) once daily plus nivolumab 240 mg every 2 weeks to confirm tolerability; Part 2 expanded enrolment at the same dose in systemic therapy-naive patients and in a small Child-Pugh B cohort. The primary endpoint of Part 2 was the ORR by investigator per mRECIST.

Results: A total of 30 patients were treated: 6 in Part 1 and 24 in Part 2, of whom 18 were Child-Pugh A and 6 Child-Pugh B. No dose-limiting toxicity was observed in Part 1. Among the 18 Child-Pugh A patients of Part 2, the ORR was 72.2% by investigator assessment and 55.6% by independent central review, and the DCR was 94.4%. The median time to progression was 7.5 months (95% CI 5.5-NE). Adverse events of any grade and of grade 3 or higher occurred in 100% and 63.3% of all 30 patients, respectively; treatment-related adverse events led to discontinuation of either drug in 13.3%.

Conclusion: Lenvatinib plus nivolumab was tolerable with encouraging response rates.
""",
    [
        g("N", NL, 30),
        g("N", NL, 18),
        g("ORR", NL, 72.2),
        g("ORR", NL, 55.6),
        g("DCR", NL, 94.4),
        g("mTTP", NL, 7.5, 5.5, None),
        g("AE_G3plus", NL, 63.3),
        g("TRAE_DISC", NL, 13.3),
    ],
)

CR = "camrelizumab + rivoceranib"
add(
    20,
    "interim analysis of a Chinese real-world registry of camrelizumab plus apatinib; first-line vs later-line sub-cohorts with 'in the first-line and later-line cohorts, respectively'; OS rates; 'Gr >=3 TRAEs' shorthand",
    "PubMed abstract, Chinese multicentre real-world registry interim analysis (Oncologist / Front Oncol style)",
    """
Camrelizumab plus apatinib in advanced hepatocellular carcinoma in routine practice: interim analysis of a prospective multicentre registry in China

Background: CARES-310 established camrelizumab plus apatinib (rivoceranib) as a first-line option. Data from routine practice, including later-line use, are scarce.

Methods: Adults with advanced HCC starting camrelizumab 200 mg every 2 weeks plus apatinib 250 mg daily at 26 Chinese hospitals were prospectively registered. This planned interim analysis includes patients registered before 30 June 2024.

Results: Of 512 registered patients, 489 were eligible and received at least one dose; 301 were treated first-line and 188 in the second or later line. Hepatitis B was present in 86.9%. In the first-line and later-line cohorts, the ORR (RECIST 1.1) was 24.9% and 15.4%, the median PFS 6.9 months (95% CI 6.0-7.8) and 4.4 months (95% CI 3.7-5.1), and the median OS 19.7 months (95% CI 17.2-22.6) and 12.1 months (95% CI 10.3-14.0), respectively. The 12-month OS rate of the eligible population was 66.8%. Gr >=3 TRAEs were reported in 40.1% of patients, most commonly hypertension (12.3%), and 4.9% discontinued both agents owing to treatment-related adverse events.

Conclusions: Outcomes of camrelizumab plus apatinib in practice were consistent with CARES-310.
""",
    [
        g("N", CR, 512),
        g("N", CR, 489),
        g("N", CR, 301),
        g("N", CR, 188),
        g("ORR", CR, 24.9),
        g("ORR", CR, 15.4),
        g("mPFS", CR, 6.9, 6.0, 7.8),
        g("mPFS", CR, 4.4, 3.7, 5.1),
        g("mOS", CR, 19.7, 17.2, 22.6),
        g("mOS", CR, 12.1, 10.3, 14.0),
        g("OS_RATE", CR, 66.8),
        g("TRAE_G3plus", CR, 40.1),
        g("TRAE_DISC", CR, 4.9),
    ],
)

add(
    21,
    "Taiwanese comparison of STRIDE vs Atez/Bev: HR above 1 'for Dur/Tre versus Atez/Bev'; landmark OS rates 'x% and y%' with arms after; IRAE grade >=3 and TRAE per arm in one sentence",
    "PubMed abstract, Taiwanese multicentre retrospective comparison (J Formos Med Assoc / Cancers style)",
    """
Durvalumab plus tremelimumab versus atezolizumab plus bevacizumab as first-line therapy for unresectable hepatocellular carcinoma: a Taiwanese multicentre study

Background: Direct comparisons of the two first-line immunotherapy regimens are lacking in Asian populations.

Methods: Consecutive patients who started durvalumab plus tremelimumab (Dur/Tre, n = 96) or atezolizumab plus bevacizumab (Atez/Bev, n = 213) at four Taiwanese medical centres between January 2022 and December 2024 were included. Patients with high-risk varices were preferentially treated with Dur/Tre.

Results: The median follow-up was 14.8 months. Median OS was 15.6 months (95% CI 12.1-19.1) with Dur/Tre and 17.9 months (95% CI 15.2-20.6) with Atez/Bev; the HR for death for Dur/Tre versus Atez/Bev was 1.12 (95% CI 0.82-1.53). Median PFS was 3.9 and 6.2 months, respectively (HR 1.35, 95% CI 1.02-1.79). The 12-month OS rates were 58.3% (Dur/Tre) and 63.5% (Atez/Bev). Objective responses occurred in 20.8% and 25.8%, respectively. Grade 3 or higher immune-related adverse events were more frequent with Dur/Tre (13.5% vs 5.6%), whereas grade 3 or higher treatment-related adverse events occurred in 18.8% and 24.4% of patients, respectively.

Conclusions: Survival was similar with the two regimens, with different toxicity profiles.
""",
    [
        g("N", DT, 96),
        g("N", A, 213),
        g("mOS", DT, 15.6, 12.1, 19.1),
        g("mOS", A, 17.9, 15.2, 20.6),
        g("HR_OS", DT, 1.12, 0.82, 1.53),
        g("mPFS", DT, 3.9),
        g("mPFS", A, 6.2),
        g("HR_PFS", DT, 1.35, 1.02, 1.79),
        g("OS_RATE", DT, 58.3),
        g("OS_RATE", A, 63.5),
        g("ORR", DT, 20.8),
        g("ORR", A, 25.8),
        g("IRAE_G3plus", DT, 13.5),
        g("IRAE_G3plus", A, 5.6),
        g("TRAE_G3plus", DT, 18.8),
        g("TRAE_G3plus", A, 24.4),
    ],
)

LH = "lenvatinib + haic"
add(
    22,
    "ClinicalTrials.gov randomised phase 3 record with pipe columns; interim analysis statistical block (HR, one-sided p); OS and PFS medians; STARTED and Number Analyzed identical (one N each)",
    "ClinicalTrials.gov results page, randomised phase 3 HAIC trial (Chinese sponsor)",
    """
Sintilimab Plus Lenvatinib and FOLFOX-HAIC Versus Lenvatinib and FOLFOX-HAIC in Advanced Hepatocellular Carcinoma (NCT05166239)
Results First Posted: 2026

Participant Flow
Arm/Group Title | SIN + LEN + HAIC | LEN + HAIC
Arm/Group Description | Sintilimab 200 mg IV Q3W plus lenvatinib 8 mg PO QD plus HAIC (oxaliplatin, leucovorin, fluorouracil) Q3W up to 6 cycles | Lenvatinib 8 mg PO QD plus HAIC as in the experimental arm
STARTED | 153 | 151

Outcome Measure: Overall Survival [Primary] (prespecified interim analysis)
Time Frame: Up to 40 months
Arm/Group Title | SIN + LEN + HAIC | LEN + HAIC
Number of Participants Analyzed | 153 | 151
Median (95% Confidence Interval) Unit of Measure: months | 23.4 (19.8 to 27.9) | 16.7 (14.1 to 19.0)
Statistical Analysis: Hazard Ratio 0.66; 95% Confidence Interval 0.49 to 0.88; one-sided P-value 0.0025

Outcome Measure: Progression-Free Survival per RECIST v1.1 [Secondary]
Median (95% Confidence Interval) Unit of Measure: months | 11.0 (9.6 to 12.7) | 7.3 (6.2 to 8.5)
Statistical Analysis: Hazard Ratio 0.62; 95% Confidence Interval 0.47 to 0.81

Outcome Measure: Objective Response Rate per RECIST v1.1 [Secondary]
Unit of Measure: percentage of participants | 52.3 | 37.1

Outcome Measure: Percentage of Participants With Grade >=3 Treatment-Related Adverse Events [Secondary]
Unit of Measure: percentage of participants | 49.7 | 38.4
""",
    [
        g("N", SLH, 153),
        g("N", LH, 151),
        g("mOS", SLH, 23.4, 19.8, 27.9),
        g("mOS", LH, 16.7, 14.1, 19.0),
        g("HR_OS", SLH, 0.66, 0.49, 0.88),
        g("mPFS", SLH, 11.0, 9.6, 12.7),
        g("mPFS", LH, 7.3, 6.2, 8.5),
        g("HR_PFS", SLH, 0.62, 0.47, 0.81),
        g("ORR", SLH, 52.3),
        g("ORR", LH, 37.1),
        g("TRAE_G3plus", SLH, 49.7),
        g("TRAE_G3plus", LH, 38.4),
    ],
)

add(
    23,
    "ClinicalTrials.gov single-arm record of regorafenib after atezolizumab-bevacizumab; PFS rate at 6 months with CI; TTP median; STARTED 42 vs 'Number of Participants Analyzed' 41 (both N: enrolled and analysed population); days-to-months distractor",
    "ClinicalTrials.gov results page, single-arm phase 2, sequencing after immunotherapy",
    """
Regorafenib in Patients With Hepatocellular Carcinoma Progressing on Atezolizumab Plus Bevacizumab (NCT05134532)
Results

Participant Flow
Arm/Group Title: Regorafenib
Arm/Group Description: Regorafenib 160 mg orally once daily for 3 weeks of each 4-week cycle (dose escalation from 80 mg permitted in week 1-2).
STARTED: 42
Received at least one dose: 41

Outcome Measure 1 (Primary): Progression-Free Survival Rate at 6 Months
Time Frame: 6 months
Number of Participants Analyzed: 41
Unit of Measure: percentage of participants
Number (90% Confidence Interval): 29.3 (18.1 to 41.5)

Outcome Measure 2: Progression-Free Survival
Median (95% Confidence Interval) Unit of Measure: months: 3.7 (2.6 to 5.1)

Outcome Measure 3: Time to Progression
Median (95% Confidence Interval) Unit of Measure: months: 3.9 (2.8 to 5.5)

Outcome Measure 4: Overall Survival
Median (95% Confidence Interval) Unit of Measure: months: 10.4 (7.6 to NA)

Outcome Measure 5: Objective Response Rate (RECIST 1.1)
Unit of Measure: percentage of participants: 4.9

Outcome Measure 6: Percentage of Participants With Grade 3 or Higher Adverse Events Regardless of Attribution
Unit of Measure: percentage of participants: 56.1
""",
    [
        g("N", R, 42),
        g("N", R, 41),
        g("PFS_RATE", R, 29.3, 18.1, 41.5),
        g("mPFS", R, 3.7, 2.6, 5.1),
        g("mTTP", R, 3.9, 2.8, 5.5),
        g("mOS", R, 10.4, 7.6, None),
        g("ORR", R, 4.9),
        g("AE_G3plus", R, 56.1),
    ],
)

add(
    24,
    "age subgroups of one regimen with N in parentheses and 'respectively'; OS not reached in one subgroup with CI lower bound; relative dose intensity and starting-dose reduction distractors",
    "PubMed abstract, Japanese multicentre real-world study of lenvatinib in the elderly (Hepatol Res / Oncology style)",
    """
Efficacy and safety of lenvatinib in patients aged 80 years or older with unresectable hepatocellular carcinoma: a Japanese multicentre study

Aim: Elderly patients are under-represented in trials of systemic therapy for HCC.

Methods: We retrospectively studied 398 patients with unresectable HCC who received lenvatinib at 13 institutions; 87 were aged 80 years or older (elderly group) and 311 were younger (non-elderly group). A reduced starting dose was used in 54.0% of the elderly group.

Results: The ORR by mRECIST was 36.8% in the elderly group and 40.8% in the non-elderly group, and the DCR 74.7% and 78.5%, respectively. Median PFS was 5.9 months (95% CI 4.6-7.2) and 6.4 months (95% CI 5.7-7.1), respectively. Median OS was 15.8 months (95% CI 12.4-19.2) in the elderly and 17.1 months (95% CI 15.3-18.9) in the non-elderly group (p = 0.62). In elderly patients with BCLC stage B disease (n = 41), median OS was not reached (95% CI 16.0-NE). Grade 3 or higher adverse events occurred in 41.4% and 33.8% of the elderly and non-elderly groups, respectively; fatigue and anorexia were more frequent in the elderly. Relative dose intensity at 8 weeks was 61% vs 74%.

Conclusions: Lenvatinib can be used in patients aged 80 years or older, with careful dose management.
""",
    [
        g("N", LEN, 398),
        g("N", LEN, 87),
        g("N", LEN, 311),
        g("N", LEN, 41),
        g("ORR", LEN, 36.8),
        g("ORR", LEN, 40.8),
        g("DCR", LEN, 74.7),
        g("DCR", LEN, 78.5),
        g("mPFS", LEN, 5.9, 4.6, 7.2),
        g("mPFS", LEN, 6.4, 5.7, 7.1),
        g("mOS", LEN, 15.8, 12.4, 19.2),
        g("mOS", LEN, 17.1, 15.3, 18.9),
        g("mOS", LEN, None, 16.0, None),
        g("AE_G3plus", LEN, 41.4),
        g("AE_G3plus", LEN, 33.8),
    ],
)

add(
    25,
    "HAIC-L vs HAIC monotherapy, 1:2 matching (unequal matched counts per arm); 'in the HAIC-L and HAIC groups' with values; HR phrased as risk reduction percent then HR; 'HAIC alone' -> 'haic'",
    "PubMed abstract, Chinese multicentre PSM analysis (Front Pharmacol style)",
    """
Hepatic arterial infusion chemotherapy with or without lenvatinib for advanced hepatocellular carcinoma: a multicentre 1:2 propensity score-matched analysis

Background: HAIC with FOLFOX is widely used in China for advanced HCC; the added value of lenvatinib remains debated.

Methods: Data from 417 patients treated with HAIC plus lenvatinib (HAIC-L) or HAIC alone at four centres between 2018 and 2023 were reviewed. After 1:2 propensity score matching on tumour size, PVTT grade, AFP and ALBI grade, 62 patients in the HAIC-L group and 124 in the HAIC group were compared.

Results: In the matched population, median OS was 17.2 months (95% CI 14.6-19.8) in the HAIC-L group and 12.5 months (95% CI 10.9-14.1) in the HAIC group; adding lenvatinib reduced the risk of death by 37% (HR 0.63, 95% CI 0.44-0.90; p = 0.011). Median PFS was 8.1 months versus 5.6 months (HR 0.66, 95% CI 0.47-0.93). The ORR (mRECIST) was 53.2% in the HAIC-L and 38.7% in the HAIC group. Grade 3 or higher adverse events were observed in 30.6% and 25.0% of patients, respectively, without treatment-related deaths. Before matching, the median number of HAIC cycles was 4 in both groups.

Conclusion: HAIC-L prolonged survival compared with HAIC alone.
""",
    [
        g("N", "overall", 417),
        g("N", LH, 62),
        g("N", "haic", 124),
        g("mOS", LH, 17.2, 14.6, 19.8),
        g("mOS", "haic", 12.5, 10.9, 14.1),
        g("HR_OS", LH, 0.63, 0.44, 0.90),
        g("mPFS", LH, 8.1),
        g("mPFS", "haic", 5.6),
        g("HR_PFS", LH, 0.66, 0.47, 0.93),
        g("ORR", LH, 53.2),
        g("ORR", "haic", 38.7),
        g("AE_G3plus", LH, 30.6),
        g("AE_G3plus", "haic", 25.0),
    ],
)

TLT = "tislelizumab + lenvatinib + tace"
add(
    26,
    "single-arm phase 2 with a 12-month PFS rate primary endpoint (with CI), ORR and DOR with CIs, mTTP, planned sample-size and design-rate distractors",
    "PubMed abstract, Chinese phase 2 trial of TACE triple therapy (JITC / Hepatology International style)",
    """
Tislelizumab plus lenvatinib combined with TACE for intermediate-stage hepatocellular carcinoma beyond up-to-seven: a multicentre, single-arm phase 2 trial

Background: Intermediate-stage HCC beyond the up-to-seven criteria responds poorly to TACE alone.

Methods: Patients received on-demand conventional TACE plus lenvatinib (8 or 12 mg daily) and tislelizumab 200 mg every 3 weeks. The primary endpoint was the 12-month PFS rate per mRECIST; a rate of 55% was considered promising against a historical 35%, requiring 58 patients (one-sided alpha 0.05, power 85%).

Results: Sixty-two patients were enrolled and 60 were evaluable for response. The 12-month PFS rate was 63.7% (95% CI 50.2-74.5), meeting the primary endpoint. The ORR per mRECIST was 76.7% (95% CI 64.0-86.6) and the median duration of response 14.0 months (95% CI 10.5-NE). Median PFS was 15.2 months (95% CI 12.1-18.6) and the median time to progression 16.5 months; median OS was not reached, with a 24-month OS rate of 80.1%. Treatment-related adverse events of grade 3 or higher occurred in 38.7% of patients; immune-related events of grade 3 or higher in 4.8%.

Conclusions: The triple regimen met its primary endpoint and merits randomised evaluation.
""",
    [
        g("N", TLT, 62),
        g("PFS_RATE", TLT, 63.7, 50.2, 74.5),
        g("ORR", TLT, 76.7, 64.0, 86.6),
        g("mDOR", TLT, 14.0, 10.5, None),
        g("mPFS", TLT, 15.2, 12.1, 18.6),
        g("mTTP", TLT, 16.5),
        g("mOS", TLT, None),
        g("OS_RATE", TLT, 80.1),
        g("TRAE_G3plus", TLT, 38.7),
        g("IRAE_G3plus", TLT, 4.8),
    ],
)

add(
    27,
    "small Korean series of STRIDE after Atez/Bev; counts with percentages ('4 (12.1%)'); spelled-out N; medians 'of' phrasing; HR for responders distractor; ORR from PR only",
    "PubMed abstract, Korean multicentre retrospective case series (Cancer Res Treat / Gut Liver style)",
    """
Durvalumab plus tremelimumab after progression on atezolizumab plus bevacizumab in hepatocellular carcinoma: a Korean multicentre experience

Purpose: Whether re-challenge with a different immunotherapy combination is worthwhile after atezolizumab plus bevacizumab (Ate/Bev) is unknown.

Materials and Methods: Thirty-three patients who received durvalumab plus tremelimumab (STRIDE) as second- or third-line therapy after Ate/Bev at five Korean centres between 2023 and 2025 were retrospectively analysed. Twenty-one patients had received Ate/Bev for at least 6 months.

Results: The best response was partial response in 4 patients (12.1%) and stable disease in 11, giving a DCR of 45.5%; no complete responses occurred. With a median follow-up of 9.3 months, the median PFS was 2.3 months (95% CI 1.8-3.6) and the median OS 7.9 months (95% CI 5.2-12.4). Patients with prior Ate/Bev response had a lower risk of progression (HR 0.41, 95% CI 0.18-0.94). Immune-mediated adverse events of grade 3 or 4 were observed in 3 patients (9.1%), and grade 3 or higher adverse events of any cause in 10 patients (30.3%).

Conclusion: STRIDE after Ate/Bev showed limited activity, although a small subset of patients benefited.
""",
    [
        g("N", DT, 33),
        g("ORR", DT, 12.1),
        g("DCR", DT, 45.5),
        g("mPFS", DT, 2.3, 1.8, 3.6),
        g("mOS", DT, 7.9, 5.2, 12.4),
        g("IRAE_G3plus", DT, 9.1),
        g("AE_G3plus", DT, 30.3),
    ],
)

add(
    28,
    "trial-in-progress abstract: design numbers only (assumed medians, HR, power, sample size) - no gold",
    "ASCO GI trial-in-progress abstract reprinted on PubMed-type page",
    """
HAIC-ERA: a randomised phase 3 trial of FOLFOX-HAIC plus atezolizumab and bevacizumab versus atezolizumab and bevacizumab in hepatocellular carcinoma with Vp3-4 portal vein invasion (trial in progress)

Background: Atezolizumab plus bevacizumab achieves limited intrahepatic control in HCC with major portal vein invasion, for which HAIC yields response rates above 40% in single-arm series.

Methods: HAIC-ERA is an open-label, multicentre, randomised phase 3 trial. Eligible patients have BCLC-C HCC with Vp3 or Vp4 invasion, Child-Pugh A liver function and ECOG PS 0-1. Patients are randomised 1:1 to FOLFOX-HAIC (oxaliplatin 85 mg/m2, leucovorin 400 mg/m2, fluorouracil 400 mg/m2 bolus and 2400 mg/m2 over 46 hours, every 3 weeks for up to 6 cycles) plus atezolizumab 1200 mg and bevacizumab 15 mg/kg every 3 weeks, or atezolizumab plus bevacizumab alone. The primary endpoint is OS. Assuming a median OS of 11.0 months in the control arm and 16.0 months in the experimental arm (HR 0.69), 342 patients will provide 90% power at a two-sided alpha of 0.05 with 268 deaths; one interim analysis is planned at 70% of events. Secondary endpoints are PFS, ORR per RECIST 1.1 and mRECIST, conversion rate and safety. Enrolment began in March 2025 at 24 sites in China and Japan.
""",
    [],
)

add(
    29,
    "Atez/Bev with curative conversion in TACE-unsuitable intermediate HCC: ORR by two criteria; PFS and OS 'not reached'; 2-year OS rate; CR rate and drug-free rate distractors; conversion-subgroup N",
    "PubMed abstract, Japanese multicentre proof-of-concept study (Liver Cancer style)",
    """
Atezolizumab plus bevacizumab followed by curative conversion for TACE-unsuitable intermediate-stage hepatocellular carcinoma: a multicentre proof-of-concept study

Introduction: Tumour shrinkage with atezolizumab plus bevacizumab (Atez/Bev) may allow curative conversion by resection, ablation or superselective TACE in intermediate-stage HCC.

Methods: We included 128 Child-Pugh A patients who received first-line Atez/Bev for TACE-unsuitable BCLC-B HCC at eight centres in Japan. Curative conversion was attempted when the tumour burden fell within resectable or ablatable limits.

Results: The ORR was 45.3% by RECIST 1.1 and 57.8% by mRECIST, and the DCR was 89.1%. Curative conversion was performed in 41 patients (32.0%) and clinical or pathological complete response was achieved in 44 (34.4%), of whom 29 became drug-free. In the 41 patients with curative conversion, median PFS and OS were not reached. For the whole cohort, the median PFS was 13.6 months (95% CI 10.9-17.8), the median OS was not reached (95% CI 33.5-NE), and the 2-year OS rate was 78.9%. Grade 3 or higher treatment-related adverse events were reported in 18.0%, mainly proteinuria and hypertension.

Conclusion: Atez/Bev followed by curative conversion may offer a cure-oriented strategy in intermediate-stage HCC.
""",
    [
        g("N", A, 128),
        g("ORR", A, 45.3),
        g("ORR", A, 57.8),
        g("DCR", A, 89.1),
        g("N", A, 41),
        g("mPFS", A, None),
        g("mOS", A, None),
        g("mPFS", A, 13.6, 10.9, 17.8),
        g("mOS", A, None, 33.5, None),
        g("OS_RATE", A, 78.9),
        g("TRAE_G3plus", A, 18.0),
    ],
)

add(
    30,
    "prospective cohort with interim and updated analyses of OS in one text (two mOS findings); PFS per RECIST and per mRECIST; TRAE discontinuation; BCLC-C subgroup N",
    "PubMed abstract, Korean prospective observational cohort (JHEP Reports / Gut Liver style)",
    """
Long-term outcomes of atezolizumab plus bevacizumab in a Korean prospective cohort: updated analysis

Background & Aims: We previously reported interim results of a prospective cohort of patients receiving first-line atezolizumab-bevacizumab; here we present the updated survival analysis.

Methods: Patients with unresectable HCC starting atezolizumab-bevacizumab at three Korean cancer centres from 2020 to 2022 were enrolled and followed prospectively, with imaging every 9 weeks.

Results: In total, 217 patients were enrolled; 151 had BCLC stage C disease. At the interim analysis (median follow-up 11.0 months), the median OS was 16.4 months (95% CI 13.5-19.3). In the updated analysis with a median follow-up of 29.8 months, the median OS was 17.6 months (95% CI 15.0-20.2) and the 24-month OS rate 40.7%. Median PFS was 6.8 months (95% CI 5.6-8.0) per RECIST 1.1 and 7.4 months (95% CI 6.1-8.7) per mRECIST. In the BCLC-C subgroup (n = 151), the median OS was 14.1 months (95% CI 11.6-16.6). Responses were confirmed in 29.5% of patients, with a median duration of response of 17.9 months (95% CI 12.8-NE). Treatment-related adverse events led to permanent discontinuation in 8.3% of patients, and grade 3 or higher bleeding events occurred in 4.1%.

Conclusions: Durable benefit was maintained with longer follow-up.
""",
    [
        g("N", A, 217),
        g("N", A, 151),
        g("mOS", A, 16.4, 13.5, 19.3),
        g("mOS", A, 17.6, 15.0, 20.2),
        g("OS_RATE", A, 40.7),
        g("mPFS", A, 6.8, 5.6, 8.0),
        g("mPFS", A, 7.4, 6.1, 8.7),
        g("mOS", A, 14.1, 11.6, 16.6),
        g("ORR", A, 29.5),
        g("mDOR", A, 17.9, 12.8, None),
        g("TRAE_DISC", A, 8.3),
    ],
)


# ---------------------------------------------------------------------------------------------
def _lexicon():
    ranks = {}
    for line in LEXICON.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        d = json.loads(line)
        if d.get("kind") == "agent":
            ranks[d["id"]] = d["rank"]
    return ranks


def check(rows):
    ranks = _lexicon()
    problems = []
    ids = set()
    for r in rows:
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        for f in r["gold"]:
            assert f["endpoint"] in ENDPOINTS, (r["id"], f)
            arm = f["arm"]
            if arm in ("overall", "lenvatinib or sorafenib"):
                continue
            parts = arm.split(" + ")
            missing = [p for p in parts if p not in ranks]
            if missing:
                problems.append(f"{r['id']}: unknown agent(s) {missing} in {arm!r}")
                continue
            ordered = sorted(parts, key=lambda p: (ranks[p], p))
            if ordered != parts:
                problems.append(
                    f"{r['id']}: arm {arm!r} not in lexicon order ({' + '.join(ordered)})"
                )
            if len(set(parts)) != len(parts):
                problems.append(f"{r['id']}: duplicate agent in {arm!r}")
        words = len(r["text"].split())
        if r["gold"] and not (150 <= words <= 350):
            problems.append(f"{r['id']}: {words} words")
    return problems


def main():
    problems = check(ROWS)
    for p in problems:
        print("PROBLEM", p)
    if problems:
        raise SystemExit(1)
    out = HERE / "blind5.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for r in ROWS:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    counts = Counter(f["endpoint"] for r in ROWS for f in r["gold"])
    print(f"{len(ROWS)} abstracts, {sum(counts.values())} gold findings -> {out.name}")
    for ep, n in counts.most_common():
        print(f"  {ep:12s} {n}")
    print("  null values:", sum(1 for r in ROWS for f in r["gold"] if f["value"] is None))
    print("  rows without gold:", [r["id"] for r in ROWS if not r["gold"]])


if __name__ == "__main__":
    main()
