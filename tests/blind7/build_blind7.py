"""Source of truth for tests/blind7/blind7.jsonl (typical HCC systemic-therapy PubMed abstracts).

    python tests/blind7/build_blind7.py     # writes blind7.jsonl, checks arms / endpoints / numbers

Gold was written together with each text, before anything was run on the texts.
"""

from __future__ import annotations

import json
import re
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
            "id": f"blind7-{id_:02d}",
            "style": style,
            "source_style": source_style,
            "text": text.strip(),
            "gold": gold,
        }
    )


A_B = "atezolizumab + bevacizumab"
D_T = "durvalumab + tremelimumab"
LEN = "lenvatinib"
SOR = "sorafenib"

# ---------------------------------------------------------------------------------------------
add(
    1,
    "single-regimen real-world cohort; ORR by RECIST and mRECIST; medians with CI",
    "Liver International-style structured abstract (Italian multicentre real-world series)",
    """
Real-world effectiveness and safety of atezolizumab plus bevacizumab in unresectable hepatocellular carcinoma: a multicentre Italian cohort

Background and Aims: Atezolizumab plus bevacizumab is the preferred first-line regimen for unresectable hepatocellular carcinoma (HCC), but patients treated in routine practice differ from those enrolled in IMbrave150. We assessed outcomes in an unselected Italian population.

Methods: We retrospectively collected data on consecutive patients who started atezolizumab 1200 mg plus bevacizumab 15 mg/kg every 3 weeks at 14 Italian centres between January 2021 and June 2023. Radiological response was assessed by RECIST 1.1 and mRECIST. Adverse events were graded with CTCAE v5.0.

Results: Overall, 284 patients were included (median age 70 years; 82% male; 41% non-viral aetiology; 58% BCLC stage C). After a median follow-up of 14.2 months, the median overall survival was 15.8 months (95% CI 13.1-18.9) and the median progression-free survival was 7.2 months (95% CI 6.1-8.4). The objective response rate was 26.4% by RECIST 1.1 and 31.0% by mRECIST, and the disease control rate was 71.5%. Treatment-related adverse events of grade 3 or higher occurred in 18.7% of patients, the most frequent being hypertension and proteinuria; 6.3% experienced variceal bleeding. Child-Pugh class B at baseline and ALBI grade 2 were associated with shorter survival.

Conclusions: In this large real-world cohort, atezolizumab plus bevacizumab achieved survival and response outcomes close to those reported in the pivotal trial, with a manageable safety profile.
""",
    [
        g("N", A_B, 284),
        g("mOS", A_B, 15.8, 13.1, 18.9),
        g("mPFS", A_B, 7.2, 6.1, 8.4),
        g("ORR", A_B, 26.4),
        g("ORR", A_B, 31.0),
        g("DCR", A_B, 71.5),
        g("TRAE_G3plus", A_B, 18.7),
    ],
)

add(
    2,
    "single-regimen STRIDE cohort with first-line sub-cohort; AE and irAE grade >=3; NR upper bound",
    "Hepatology Research-style structured abstract (Japanese multicentre)",
    """
Durvalumab plus tremelimumab for unresectable hepatocellular carcinoma in clinical practice: a Japanese multicentre study

Aim: The STRIDE regimen (a single priming dose of tremelimumab 300 mg with durvalumab 1500 mg, followed by durvalumab every 4 weeks) was approved in Japan in 2023. We examined its efficacy and safety in routine care.

Methods: Patients with unresectable HCC who received durvalumab plus tremelimumab (Dur/Tre) at 19 institutions between March 2023 and August 2024 were analysed retrospectively. Tumour response was evaluated according to RECIST version 1.1.

Results: A total of 176 patients were enrolled; their median age was 74 years, and 63.1% had previously received systemic therapy. The objective response rate was 19.3% and the disease control rate was 55.7%. The median progression-free survival was 4.1 months (95% CI 3.2-5.0), and the median overall survival was 17.6 months (95% CI 14.3-not reached). In the 102 patients who received Dur/Tre as first-line treatment, the median progression-free survival was 5.2 months (95% CI 3.9-6.8). Grade ≥3 adverse events of any cause were observed in 31.8% of patients, and grade ≥3 immune-related adverse events in 11.4%, most commonly hepatitis, colitis and adrenal insufficiency. Systemic corticosteroids were required in 21.0% of patients.

Conclusion: Dur/Tre showed efficacy and safety in Japanese clinical practice comparable to those reported in the HIMALAYA trial, particularly when used as first-line therapy.
""",
    [
        g("N", D_T, 176),
        g("ORR", D_T, 19.3),
        g("DCR", D_T, 55.7),
        g("mPFS", D_T, 4.1, 3.2, 5.0),
        g("mOS", D_T, 17.6, 14.3, None),
        g("N", D_T, 102),
        g("mPFS", D_T, 5.2, 3.9, 6.8),
        g("AE_G3plus", D_T, 31.8),
        g("IRAE_G3plus", D_T, 11.4),
    ],
)

add(
    3,
    "single-agent real-world cohort; TRAE grade >=3 and discontinuation; two response criteria",
    "Gut and Liver / Korean journal structured abstract",
    """
Clinical outcomes of first-line lenvatinib in patients with unresectable hepatocellular carcinoma: a Korean multicentre retrospective study

Background/Aims: Lenvatinib was non-inferior to sorafenib in the REFLECT trial, yet data from Korea, where hepatitis B virus is the dominant aetiology, remain limited. We evaluated the real-world effectiveness of lenvatinib as first-line systemic therapy.

Methods: This study included patients with unresectable HCC who started lenvatinib (12 mg/day for body weight ≥60 kg, 8 mg/day for <60 kg) at five tertiary hospitals in Korea between 2019 and 2022. Responses were evaluated by RECIST 1.1 and mRECIST.

Results: Of the 247 patients analysed, 71.3% had hepatitis B infection and 62.8% had BCLC stage C disease. The objective response rate was 38.5% by mRECIST and 20.2% by RECIST 1.1; the disease control rate was 74.1%. With a median follow-up of 16.8 months, the median progression-free survival and overall survival were 6.3 months (95% CI, 5.4-7.2) and 13.9 months (95% CI, 11.8-16.0), respectively. Treatment-related adverse events of grade 3 or higher developed in 29.1% of patients, and 9.7% discontinued lenvatinib because of treatment-related adverse events. Dose reduction was needed in 45.3% of patients. In multivariable analysis, ALBI grade 1 (HR, 0.58; 95% CI, 0.41-0.82) was independently associated with longer overall survival.

Conclusions: First-line lenvatinib was effective and tolerable in Korean patients with unresectable HCC, with outcomes comparable to those of the REFLECT trial.
""",
    [
        g("N", LEN, 247),
        g("ORR", LEN, 38.5),
        g("ORR", LEN, 20.2),
        g("DCR", LEN, 74.1),
        g("mPFS", LEN, 6.3, 5.4, 7.2),
        g("mOS", LEN, 13.9, 11.8, 16.0),
        g("TRAE_G3plus", LEN, 29.1),
        g("TRAE_DISC", LEN, 9.7),
    ],
)

add(
    4,
    "two-arm real-world comparison with per-arm n; adjusted HR for the first-named regimen",
    "JAMA Network Open / US database cohort abstract",
    """
Overall survival with atezolizumab-bevacizumab versus durvalumab-tremelimumab in US patients with hepatocellular carcinoma

Background: No randomised trial has compared the two immunotherapy regimens approved for first-line treatment of unresectable hepatocellular carcinoma. We compared overall survival in a nationwide electronic health record-derived database.

Methods: Adults who initiated first-line atezolizumab-bevacizumab or durvalumab-tremelimumab between October 2022 and March 2025 were identified. Inverse probability of treatment weighting was used to balance age, sex, aetiology, Child-Pugh class, ECOG performance status, macrovascular invasion and extrahepatic spread.

Results: The cohort included 1,106 patients (atezolizumab-bevacizumab, n = 812; durvalumab-tremelimumab, n = 294). Median age was 67 years and 24% of patients had Child-Pugh class B. Median overall survival was 13.2 months (95% CI, 11.9-14.6) with atezolizumab-bevacizumab and 12.5 months (95% CI, 10.1-15.3) with durvalumab-tremelimumab. After weighting, the hazard ratio for death with durvalumab-tremelimumab versus atezolizumab-bevacizumab was 1.04 (95% CI, 0.86-1.26; P = .68). Median real-world time to treatment discontinuation was 4.6 and 3.9 months, respectively. Results were consistent in patients with Child-Pugh class A (HR, 0.98; 95% CI, 0.77-1.25).

Conclusions: In this real-world US population, overall survival did not differ between the two first-line immunotherapy regimens, supporting selection based on patient characteristics such as bleeding risk.
""",
    [
        g("N", "overall", 1106),
        g("N", A_B, 812),
        g("N", D_T, 294),
        g("mOS", A_B, 13.2, 11.9, 14.6),
        g("mOS", D_T, 12.5, 10.1, 15.3),
        g("HR_OS", D_T, 1.04, 0.86, 1.26),
        g("HR_OS", D_T, 0.98, 0.77, 1.25),
    ],
)

add(
    5,
    "second-line after Atez/Bev, two TKIs compared; HR_OS and HR_PFS; AE of any cause",
    "Liver Cancer-style structured abstract (European multicentre)",
    """
Lenvatinib versus sorafenib as second-line treatment after atezolizumab plus bevacizumab for hepatocellular carcinoma: a European multicentre study

Introduction: The optimal therapy after progression on atezolizumab plus bevacizumab remains undefined, and the tyrosine kinase inhibitors lenvatinib and sorafenib are commonly used in this setting despite limited evidence.

Methods: We retrospectively analysed patients who received lenvatinib or sorafenib as second-line treatment after atezolizumab plus bevacizumab at 22 centres in Italy, Germany, Spain and the United Kingdom. Survival was measured from the start of second-line therapy.

Results: Of 158 patients, 97 received lenvatinib and 61 received sorafenib. Median overall survival was 12.1 months (95% CI 9.4-14.8) with lenvatinib and 7.4 months (95% CI 5.6-9.2) with sorafenib (HR 0.61, 95% CI 0.42-0.89; p = 0.010). Median progression-free survival was 4.8 months (95% CI 3.9-5.7) versus 2.9 months (95% CI 2.3-3.5) (HR 0.57, 95% CI 0.40-0.81; p = 0.002). The objective response rate was 12.4% with lenvatinib and 4.9% with sorafenib. Grade 3 or higher adverse events were reported in 28.9% and 24.6% of patients, respectively. The association between lenvatinib and longer survival persisted after adjustment for ALBI grade and AFP (adjusted HR 0.66, 95% CI 0.44-0.98).

Conclusions: After failure of atezolizumab plus bevacizumab, second-line lenvatinib was associated with longer survival than sorafenib. Prospective trials are needed to confirm these findings.
""",
    [
        g("N", "overall", 158),
        g("N", LEN, 97),
        g("N", SOR, 61),
        g("mOS", LEN, 12.1, 9.4, 14.8),
        g("mOS", SOR, 7.4, 5.6, 9.2),
        g("HR_OS", LEN, 0.61, 0.42, 0.89),
        g("mPFS", LEN, 4.8, 3.9, 5.7),
        g("mPFS", SOR, 2.9, 2.3, 3.5),
        g("HR_PFS", LEN, 0.57, 0.40, 0.81),
        g("ORR", LEN, 12.4),
        g("ORR", SOR, 4.9),
        g("AE_G3plus", LEN, 28.9),
        g("AE_G3plus", SOR, 24.6),
        g("HR_OS", LEN, 0.66, 0.44, 0.98),
    ],
)

add(
    6,
    "single-arm phase 2; ORR primary endpoint with CI; TRAE and TRAE discontinuation",
    "Clinical Cancer Research-style phase 2 abstract",
    """
Pembrolizumab plus lenvatinib in patients with Child-Pugh B7 hepatocellular carcinoma: a single-arm, phase II trial

Purpose: Patients with Child-Pugh B liver function were excluded from the trials that established immunotherapy-based combinations for hepatocellular carcinoma (HCC). We evaluated pembrolizumab plus lenvatinib in patients with Child-Pugh B7 disease.

Patients and Methods: In this investigator-initiated, multicentre, phase II study, patients with unresectable HCC, Child-Pugh score 7 and ECOG performance status 0-1 received pembrolizumab 200 mg every 3 weeks plus lenvatinib 8 mg once daily. The primary endpoint was the objective response rate (ORR) by RECIST 1.1 per blinded independent central review. Secondary endpoints included progression-free survival (PFS), overall survival (OS) and safety.

Results: Between May 2021 and November 2023, 40 patients were enrolled; the median age was 68 years and 55% had hepatitis B infection. The confirmed ORR was 22.5% (95% CI, 10.8-38.5), meeting the prespecified threshold of 15%, and the disease control rate was 67.5%. Median PFS was 5.4 months (95% CI, 3.7-7.1) and median OS was 11.2 months (95% CI, 8.0-14.9). Grade ≥3 treatment-related adverse events occurred in 45.0% of patients, including hepatic encephalopathy in two patients, and 12.5% discontinued treatment because of treatment-related adverse events. Deterioration to Child-Pugh class C was observed in 10.0% of patients.

Conclusions: Pembrolizumab plus lenvatinib showed antitumour activity in Child-Pugh B7 HCC, but hepatic decompensation requires careful monitoring.
""",
    [
        g("N", "pembrolizumab + lenvatinib", 40),
        g("ORR", "pembrolizumab + lenvatinib", 22.5, 10.8, 38.5),
        g("DCR", "pembrolizumab + lenvatinib", 67.5),
        g("mPFS", "pembrolizumab + lenvatinib", 5.4, 3.7, 7.1),
        g("mOS", "pembrolizumab + lenvatinib", 11.2, 8.0, 14.9),
        g("TRAE_G3plus", "pembrolizumab + lenvatinib", 45.0),
        g("TRAE_DISC", "pembrolizumab + lenvatinib", 12.5),
    ],
)

add(
    7,
    "post hoc subgroup of a phase 3 trial with ITT and per-arm subgroup n; HR, ORR and TRAE",
    "Journal of Hepatology / JHEP Reports post hoc analysis abstract",
    """
Tislelizumab versus sorafenib in hepatitis B virus-related hepatocellular carcinoma: a post hoc analysis of the RATIONALE-301 trial

Background & Aims: RATIONALE-301 showed that first-line tislelizumab was non-inferior to sorafenib for overall survival in unresectable hepatocellular carcinoma (HCC). Because hepatitis B virus (HBV) is the predominant aetiology in Asia, we explored outcomes in the HBV subgroup.

Methods: In the open-label phase III trial, 674 patients were randomly assigned to tislelizumab 200 mg every 3 weeks or sorafenib 400 mg twice daily. This post hoc analysis included patients with HBV infection at baseline. Tumour response was assessed by blinded independent review per RECIST v1.1.

Results: The HBV subgroup comprised 434 patients (tislelizumab, n = 215; sorafenib, n = 219). Median overall survival was 16.0 months (95% CI: 13.7-19.2) with tislelizumab and 12.8 months (95% CI: 10.9-15.4) with sorafenib (HR 0.80; 95% CI: 0.65-0.99). Median progression-free survival was 2.2 and 3.6 months, respectively. The objective response rate was 15.3% with tislelizumab compared with 3.7% with sorafenib, and responses to tislelizumab were durable (median duration of response 36.1 months). Grade ≥3 treatment-related adverse events occurred in 21.9% of tislelizumab-treated and 52.5% of sorafenib-treated patients.

Conclusions: In patients with HBV-related HCC, tislelizumab was associated with a numerically longer overall survival, a higher response rate and a more favourable safety profile than sorafenib.
""",
    [
        g("N", "overall", 674),
        g("N", "overall", 434),
        g("N", "tislelizumab", 215),
        g("N", SOR, 219),
        g("mOS", "tislelizumab", 16.0, 13.7, 19.2),
        g("mOS", SOR, 12.8, 10.9, 15.4),
        g("HR_OS", "tislelizumab", 0.80, 0.65, 0.99),
        g("mPFS", "tislelizumab", 2.2),
        g("mPFS", SOR, 3.6),
        g("ORR", "tislelizumab", 15.3),
        g("ORR", SOR, 3.7),
        g("mDOR", "tislelizumab", 36.1),
        g("TRAE_G3plus", "tislelizumab", 21.9),
        g("TRAE_G3plus", SOR, 52.5),
    ],
)

add(
    8,
    "meta-analysis pooled across second-line regimens (overall) plus one regimen subgroup; CIs on pooled rates",
    "Cancers / Frontiers meta-analysis abstract",
    """
Outcomes of second-line systemic therapy after atezolizumab plus bevacizumab in hepatocellular carcinoma: a systematic review and meta-analysis

Background: Evidence for treatment after first-line atezolizumab plus bevacizumab in hepatocellular carcinoma (HCC) comes mainly from small retrospective series. We pooled available data to estimate the efficacy of second-line therapy.

Methods: PubMed, Embase and the Cochrane Library were searched up to December 2024 for studies reporting outcomes of any systemic therapy given after atezolizumab plus bevacizumab. Proportions and medians were pooled with random-effects models.

Results: Fourteen studies comprising 1352 patients were included; the most frequently used second-line agents were lenvatinib (47%), sorafenib (29%) and cabozantinib (9%). The pooled objective response rate was 10.8% (95% CI 8.1-13.9; I² = 42%) and the pooled disease control rate was 58.4% (95% CI 52.0-64.6; I² = 61%). The pooled median progression-free survival was 3.6 months (95% CI 3.0-4.2) and the pooled median overall survival was 10.3 months (95% CI 8.9-11.7). In the subgroup treated with lenvatinib, the pooled objective response rate was 14.6% (95% CI 10.2-19.6) and the median progression-free survival was 4.4 months (95% CI 3.6-5.1), whereas in sorafenib-treated patients the median progression-free survival was 2.6 months (95% CI 2.1-3.1). The pooled rate of grade ≥3 adverse events was 27.5% (95% CI 21.8-33.6).

Conclusions: Second-line therapy after atezolizumab plus bevacizumab yields modest benefit, with lenvatinib showing the most favourable activity among available options.
""",
    [
        g("N", "overall", 1352),
        g("ORR", "overall", 10.8, 8.1, 13.9),
        g("DCR", "overall", 58.4, 52.0, 64.6),
        g("mPFS", "overall", 3.6, 3.0, 4.2),
        g("mOS", "overall", 10.3, 8.9, 11.7),
        g("ORR", LEN, 14.6, 10.2, 19.6),
        g("mPFS", LEN, 4.4, 3.6, 5.1),
        g("mPFS", SOR, 2.6, 2.1, 3.1),
        g("AE_G3plus", "overall", 27.5, 21.8, 33.6),
    ],
)

add(
    9,
    "age sub-cohorts of one regimen; non-treatment HR (age) as distractor",
    "Liver International-style structured abstract (UK/European multicentre, older patients)",
    """
Atezolizumab plus bevacizumab in older patients with unresectable hepatocellular carcinoma: a multicentre real-world analysis

Background and Aims: Older adults are under-represented in clinical trials of immunotherapy for hepatocellular carcinoma (HCC). We compared the efficacy and safety of atezolizumab plus bevacizumab in older and younger patients.

Methods: Consecutive patients treated with atezolizumab plus bevacizumab at eight centres in the United Kingdom and Europe were included. Patients were categorised as older (≥65 years) or younger (<65 years). Response was assessed by RECIST v1.1 and toxicity by CTCAE v5.0.

Results: A total of 191 patients were included, 116 older and 75 younger. Older patients more often had non-alcoholic fatty liver disease (19.8% vs. 2.7%) and less often had portal vein thrombosis (31.9% vs. 54.7%). Median overall survival was 14.9 months in older patients and 15.1 months in younger patients (HR 1.15, 95% CI 0.65-2.02; p = .63), and median progression-free survival was 7.1 and 5.5 months, respectively. The objective response rate was 27.6% versus 20.0% and the disease control rate 77.5% versus 66.1%. Grade ≥3 treatment-related adverse events occurred in 19.0% of older and 17.3% of younger patients, and treatment was stopped because of toxicity in 12.9% and 10.7%. Outcomes of the 38 patients aged 75 years or more were similar.

Conclusions: Atezolizumab plus bevacizumab provides comparable efficacy and tolerability in older and younger patients with unresectable HCC; age alone should not preclude treatment.
""",
    [
        g("N", A_B, 191),
        g("N", A_B, 116),
        g("N", A_B, 75),
        g("mOS", A_B, 14.9),
        g("mOS", A_B, 15.1),
        g("mPFS", A_B, 7.1),
        g("mPFS", A_B, 5.5),
        g("ORR", A_B, 27.6),
        g("ORR", A_B, 20.0),
        g("DCR", A_B, 77.5),
        g("DCR", A_B, 66.1),
        g("TRAE_G3plus", A_B, 19.0),
        g("TRAE_G3plus", A_B, 17.3),
    ],
)

add(
    10,
    "propensity-matched two-TKI comparison; TTP; adjusted HR with explicit orientation",
    "BMC Gastroenterology-style structured abstract (Chinese single centre)",
    """
Lenvatinib versus sorafenib as first-line therapy for hepatitis B virus-related unresectable hepatocellular carcinoma: a propensity score-matched analysis

Background: Lenvatinib was non-inferior to sorafenib for overall survival in the REFLECT trial. We compared the two drugs in routine practice in patients with chronic hepatitis B.

Methods: This retrospective single-centre study reviewed patients with HBV-related unresectable HCC who started lenvatinib or sorafenib between 2018 and 2021. Propensity score matching (1:2) balanced age, sex, AFP, Child-Pugh class, tumour size and stage. The primary endpoint was overall survival (OS); secondary endpoints were progression-free survival (PFS), time to progression (TTP) and tumour response.

Results: After matching, 132 patients were analysed, 44 treated with lenvatinib and 88 with sorafenib. Median OS was 7.0 months with lenvatinib and 9.2 months with sorafenib (p = 0.070), and median PFS was 4.6 versus 2.4 months (p = 0.134). In multivariable analysis, the adjusted hazard ratio for death with lenvatinib versus sorafenib was 1.41 (95% CI 0.96-2.08; p = 0.077). The lenvatinib group had a longer median TTP (5.2 vs 2.5 months, p = 0.018), a higher objective response rate (18.2% vs 4.5%, p = 0.020) and a higher disease control rate (77.3% vs 47.7%, p = 0.001). Hypertension and proteinuria were more common with lenvatinib, whereas hand-foot skin reaction was more common with sorafenib.

Conclusions: In HBV-related unresectable HCC, lenvatinib provided better tumour control than sorafenib, but overall and progression-free survival were comparable.
""",
    [
        g("N", "overall", 132),
        g("N", LEN, 44),
        g("N", SOR, 88),
        g("mOS", LEN, 7.0),
        g("mOS", SOR, 9.2),
        g("mPFS", LEN, 4.6),
        g("mPFS", SOR, 2.4),
        g("HR_OS", LEN, 1.41, 0.96, 2.08),
        g("mTTP", LEN, 5.2),
        g("mTTP", SOR, 2.5),
        g("ORR", LEN, 18.2),
        g("ORR", SOR, 4.5),
        g("DCR", LEN, 77.3),
        g("DCR", SOR, 47.7),
    ],
)

add(
    11,
    "single-arm phase 2 with a landmark PFS rate as primary endpoint",
    "The Oncologist / ESMO Open phase 2 abstract",
    """
Cabozantinib after immune checkpoint inhibitor-based therapy in advanced hepatocellular carcinoma: results of a single-arm phase II trial

Background: Cabozantinib improved survival after sorafenib in the CELESTIAL trial, but prospective data after first-line immunotherapy are scarce.

Methods: This multicentre, open-label phase II trial enrolled patients with advanced hepatocellular carcinoma (HCC), Child-Pugh A liver function and radiological progression on, or intolerance to, an immune checkpoint inhibitor-based regimen. Patients received cabozantinib at a starting dose of 40 mg once daily, escalated to 60 mg if tolerated. The primary endpoint was the 6-month progression-free survival (PFS) rate.

Results: Forty-seven patients were treated between 2021 and 2024; 83% had received atezolizumab plus bevacizumab and 17% durvalumab plus tremelimumab. The 6-month PFS rate was 42.6% (95% CI 28.3-56.9), exceeding the null hypothesis of 25%. Median PFS was 4.9 months (95% CI 3.6-6.2) and median overall survival was 9.8 months (95% CI 7.4-13.5). The objective response rate was 8.5% and the disease control rate was 68.1%. Grade ≥3 treatment-related adverse events occurred in 53.2% of patients, most commonly palmar-plantar erythrodysaesthesia, hypertension and diarrhoea, and 14.9% discontinued cabozantinib owing to treatment-related toxicity. The median relative dose intensity was 71%.

Conclusions: Cabozantinib showed clinically meaningful activity after immunotherapy in advanced HCC, supporting its use as a second-line option.
""",
    [
        g("N", "cabozantinib", 47),
        g("PFS_RATE", "cabozantinib", 42.6, 28.3, 56.9),
        g("mPFS", "cabozantinib", 4.9, 3.6, 6.2),
        g("mOS", "cabozantinib", 9.8, 7.4, 13.5),
        g("ORR", "cabozantinib", 8.5),
        g("DCR", "cabozantinib", 68.1),
        g("TRAE_G3plus", "cabozantinib", 53.2),
        g("TRAE_DISC", "cabozantinib", 14.9),
    ],
)

add(
    12,
    "second-line ICI doublet cohort; irAE grade >=3; NR upper bound; steroid use distractor",
    "JHEP Reports / Hepatology Communications real-world abstract",
    """
Nivolumab plus ipilimumab after progression on atezolizumab plus bevacizumab in hepatocellular carcinoma: an international real-world study

Background: Whether dual immune checkpoint blockade is active after progression on atezolizumab plus bevacizumab is unknown. We describe outcomes of nivolumab plus ipilimumab in this setting.

Methods: Patients with hepatocellular carcinoma who received nivolumab plus ipilimumab after first-line atezolizumab plus bevacizumab at 11 centres in the United States, Europe and Asia were retrospectively included. Most patients received nivolumab 1 mg/kg plus ipilimumab 3 mg/kg every 3 weeks for four doses, followed by nivolumab maintenance.

Results: Fifty-eight patients were included (median age 66 years; 88% Child-Pugh A). The objective response rate per RECIST 1.1 was 22.4%, including two complete responses, and the disease control rate was 44.8%. Median progression-free survival was 2.9 months (95% CI 2.1-4.6) and median overall survival was 9.2 months (95% CI 6.4-not reached). Patients who had responded to atezolizumab plus bevacizumab had a longer median overall survival than those with primary resistance (14.1 vs 6.0 months). Grade ≥3 immune-related adverse events occurred in 24.1% of patients, most commonly hepatitis and colitis, and 37.9% required systemic steroids. There were no treatment-related deaths.

Conclusions: Nivolumab plus ipilimumab showed meaningful activity after atezolizumab plus bevacizumab, with a toxicity profile consistent with previous reports.
""",
    [
        g("N", "nivolumab + ipilimumab", 58),
        g("ORR", "nivolumab + ipilimumab", 22.4),
        g("DCR", "nivolumab + ipilimumab", 44.8),
        g("mPFS", "nivolumab + ipilimumab", 2.9, 2.1, 4.6),
        g("mOS", "nivolumab + ipilimumab", 9.2, 6.4, None),
        g("mOS", "nivolumab + ipilimumab", 14.1),
        g("mOS", "nivolumab + ipilimumab", 6.0),
        g("IRAE_G3plus", "nivolumab + ipilimumab", 24.1),
    ],
)

add(
    13,
    "single-agent later-line cohort; AE of any cause; AFP response distractor",
    "Hepatology Research / JGH Open abstract (Japanese multicentre)",
    """
Ramucirumab for alpha-fetoprotein-high hepatocellular carcinoma after atezolizumab plus bevacizumab: a multicentre study in Japan

Aim: Ramucirumab is approved for patients with hepatocellular carcinoma (HCC) and alpha-fetoprotein (AFP) ≥400 ng/mL after sorafenib. We evaluated its use after atezolizumab plus bevacizumab.

Methods: We retrospectively reviewed patients with AFP ≥400 ng/mL who received ramucirumab 8 mg/kg every 2 weeks as second- or later-line therapy following atezolizumab plus bevacizumab at 12 Japanese hospitals between 2020 and 2024.

Results: Sixty-four patients were analysed; the median age was 72 years and the median baseline AFP was 3,850 ng/mL. Ramucirumab was given as second-line therapy in 39 patients and as third- or later-line therapy in 25. The objective response rate was 6.3% and the disease control rate was 51.6%. Median progression-free survival was 2.8 months (95% CI 2.1-3.6), and median overall survival was 8.9 months (95% CI 6.6-11.4). An AFP reduction of 20% or more at 6 weeks was seen in 34.4% of patients and was associated with longer survival. Grade ≥3 adverse events occurred in 21.9% of patients, mainly hypertension, proteinuria and ascites.

Conclusions: Ramucirumab was tolerable after atezolizumab plus bevacizumab in AFP-high HCC, although its efficacy appeared lower than in the REACH-2 trial.
""",
    [
        g("N", "ramucirumab", 64),
        g("ORR", "ramucirumab", 6.3),
        g("DCR", "ramucirumab", 51.6),
        g("mPFS", "ramucirumab", 2.8, 2.1, 3.6),
        g("mOS", "ramucirumab", 8.9, 6.6, 11.4),
        g("AE_G3plus", "ramucirumab", 21.9),
    ],
)

add(
    14,
    "meta-analysis comparing two regimens; pooled HRs with orientation; per-regimen pooled ORR",
    "Journal of Hepatocellular Carcinoma / Liver Cancer meta-analysis abstract",
    """
Durvalumab plus tremelimumab versus atezolizumab plus bevacizumab for unresectable hepatocellular carcinoma: a meta-analysis of real-world comparative studies

Background: Two immunotherapy combinations are recommended for first-line treatment of unresectable hepatocellular carcinoma (HCC), but head-to-head evidence is lacking. We synthesised real-world comparative studies.

Methods: We searched MEDLINE, Embase and conference proceedings through March 2025 for observational studies directly comparing durvalumab plus tremelimumab with atezolizumab plus bevacizumab. Hazard ratios (HRs) were pooled using a random-effects model.

Results: Nine studies comprising 3870 patients were included: 1214 received durvalumab plus tremelimumab and 2656 received atezolizumab plus bevacizumab. Overall survival did not differ between the regimens (pooled HR for durvalumab plus tremelimumab vs atezolizumab plus bevacizumab 0.97, 95% CI 0.84-1.12; I² = 38%), whereas progression-free survival tended to be shorter with durvalumab plus tremelimumab (pooled HR 1.09, 95% CI 0.95-1.25). The pooled objective response rate was 18.9% (95% CI 15.2-22.9) with durvalumab plus tremelimumab and 24.7% (95% CI 21.1-28.5) with atezolizumab plus bevacizumab. Immune-related adverse events of grade ≥3 were more frequent with durvalumab plus tremelimumab (pooled odds ratio 1.62, 95% CI 1.11-2.37), whereas bleeding events were more common with atezolizumab plus bevacizumab.

Conclusions: Real-world survival outcomes of the two first-line regimens are similar; differences in safety profiles should guide treatment choice.
""",
    [
        g("N", "overall", 3870),
        g("N", D_T, 1214),
        g("N", A_B, 2656),
        g("HR_OS", D_T, 0.97, 0.84, 1.12),
        g("HR_PFS", D_T, 1.09, 0.95, 1.25),
        g("ORR", D_T, 18.9, 15.2, 22.9),
        g("ORR", A_B, 24.7, 21.1, 28.5),
    ],
)

add(
    15,
    "two-arm real-world comparison in intermediate stage; HR_PFS and HR_OS; NR upper bound",
    "Cancers / Liver Cancer structured abstract (Japanese multicentre)",
    """
Atezolizumab plus bevacizumab versus lenvatinib for intermediate-stage hepatocellular carcinoma unsuitable for TACE: a multicentre retrospective study

Background: Systemic therapy is increasingly used for intermediate-stage hepatocellular carcinoma (HCC) with a high tumour burden. We compared atezolizumab plus bevacizumab (Atez/Bev) with lenvatinib (LEN) in this population.

Methods: Patients with BCLC stage B HCC beyond the up-to-seven criteria who received first-line Atez/Bev or LEN at 16 Japanese institutions between 2018 and 2023 were analysed. Tumour response was evaluated by mRECIST.

Results: Among 213 patients, 118 received Atez/Bev and 95 received LEN. The median age was 75 years. Median progression-free survival was 10.2 months (95% CI 8.1-12.6) with Atez/Bev and 7.6 months (95% CI 5.9-9.3) with LEN (HR 0.72, 95% CI 0.52-0.99, p = 0.043). Median overall survival was 27.9 months (95% CI 22.8-not reached) and 24.6 months (95% CI 19.5-29.7), respectively (HR 0.84, 95% CI 0.55-1.29, p = 0.43). The objective response rates were 44.1% and 48.4%. Curative conversion with resection or ablation was achieved in 11.0% of Atez/Bev-treated patients. Grade ≥3 treatment-related adverse events occurred in 16.9% of the Atez/Bev group and 33.7% of the LEN group.

Conclusions: Atez/Bev provided longer progression-free survival with fewer severe toxicities than LEN in intermediate-stage HCC unsuitable for TACE.
""",
    [
        g("N", "overall", 213),
        g("N", A_B, 118),
        g("N", LEN, 95),
        g("mPFS", A_B, 10.2, 8.1, 12.6),
        g("mPFS", LEN, 7.6, 5.9, 9.3),
        g("HR_PFS", A_B, 0.72, 0.52, 0.99),
        g("mOS", A_B, 27.9, 22.8, None),
        g("mOS", LEN, 24.6, 19.5, 29.7),
        g("HR_OS", A_B, 0.84, 0.55, 1.29),
        g("ORR", A_B, 44.1),
        g("ORR", LEN, 48.4),
        g("TRAE_G3plus", A_B, 16.9),
        g("TRAE_G3plus", LEN, 33.7),
    ],
)

add(
    16,
    "single-regimen real-world cohort with a 12-month OS rate",
    "Frontiers in Oncology / Journal of Hepatocellular Carcinoma abstract (Chinese multicentre)",
    """
Sintilimab plus bevacizumab biosimilar as first-line treatment for unresectable hepatocellular carcinoma in real-world practice

Objective: To evaluate the effectiveness and safety of sintilimab plus a bevacizumab biosimilar (IBI305) outside clinical trials.

Methods: Patients with unresectable HCC treated with sintilimab 200 mg plus IBI305 15 mg/kg every 3 weeks at four hospitals in China between January 2021 and December 2023 were retrospectively enrolled. Tumour response was assessed according to RECIST 1.1, and adverse events according to CTCAE 5.0.

Results: A total of 120 patients were included (median age 56 years; 86.7% HBV-related; 70.0% BCLC stage C). The median follow-up was 15.4 months. The objective response rate was 25.8% and the disease control rate was 70.8%. Median progression-free survival was 7.6 months (95% CI: 6.1-9.1) and median overall survival was 17.3 months (95% CI: 14.2-20.4). The 12-month overall survival rate was 64.5%. Treatment-related adverse events of grade 3 or above occurred in 20.0% of patients; the most common were hypertension (6.7%) and elevated aminotransferases (5.0%). Portal vein tumour thrombus (HR 1.87, 95% CI 1.12-3.13) was an independent risk factor for death.

Conclusion: Sintilimab plus bevacizumab biosimilar was effective and well tolerated in Chinese patients with unresectable HCC, consistent with the results of ORIENT-32.
""",
    [
        g("N", "sintilimab + bevacizumab", 120),
        g("ORR", "sintilimab + bevacizumab", 25.8),
        g("DCR", "sintilimab + bevacizumab", 70.8),
        g("mPFS", "sintilimab + bevacizumab", 7.6, 6.1, 9.1),
        g("mOS", "sintilimab + bevacizumab", 17.3, 14.2, 20.4),
        g("OS_RATE", "sintilimab + bevacizumab", 64.5),
        g("TRAE_G3plus", "sintilimab + bevacizumab", 20.0),
    ],
)

add(
    17,
    "single-agent real-world cohort (donafenib); specific AE distractor",
    "Journal of Hepatocellular Carcinoma-style abstract (Chinese)",
    """
Efficacy and safety of donafenib as first-line therapy for advanced hepatocellular carcinoma: a real-world study

Purpose: Donafenib, a deuterated derivative of sorafenib, showed superior overall survival to sorafenib in the ZGDH3 trial. This study evaluated donafenib in routine clinical practice.

Patients and Methods: Patients with advanced HCC who received first-line donafenib 200 mg twice daily at three centres in China from 2021 to 2023 were retrospectively analysed. The primary endpoint was progression-free survival (PFS); secondary endpoints were overall survival (OS), objective response rate (ORR), disease control rate (DCR) and safety.

Results: Eighty-six patients were included, with a median age of 58 years; 38.4% had macrovascular invasion and 45.3% had extrahepatic spread. The median PFS was 5.7 months (95% CI 4.5-6.9) and the median OS was 14.8 months (95% CI 11.2-18.4). The ORR and DCR were 10.5% and 66.3%, respectively. Grade ≥3 treatment-related adverse events were observed in 24.4% of patients, the most frequent being hand-foot skin reaction (8.1%), diarrhoea (4.7%) and hypertension (3.5%). Patients with an AFP response had longer PFS than those without (8.3 vs 4.2 months, p = 0.006).

Conclusion: Donafenib showed efficacy and tolerability in real-world patients with advanced HCC, comparable to the results of the pivotal trial.
""",
    [
        g("N", "donafenib", 86),
        g("mPFS", "donafenib", 5.7, 4.5, 6.9),
        g("mOS", "donafenib", 14.8, 11.2, 18.4),
        g("ORR", "donafenib", 10.5),
        g("DCR", "donafenib", 66.3),
        g("TRAE_G3plus", "donafenib", 24.4),
        g("mPFS", "donafenib", 8.3),
        g("mPFS", "donafenib", 4.2),
    ],
)

add(
    18,
    "randomised phase 2, two arms, 'n each'; HRs for PFS and OS",
    "Journal of Clinical Oncology-style randomised phase 2 abstract",
    """
Regorafenib plus pembrolizumab versus regorafenib alone after atezolizumab plus bevacizumab in advanced hepatocellular carcinoma: a randomized phase II trial

PURPOSE: Combining a multikinase inhibitor with PD-1 blockade may overcome resistance to first-line immunotherapy. We tested whether adding pembrolizumab to regorafenib improves progression-free survival (PFS) after atezolizumab plus bevacizumab.

METHODS: In this open-label, randomized phase II trial, patients with advanced hepatocellular carcinoma, Child-Pugh A liver function and radiological progression on atezolizumab plus bevacizumab were assigned 1:1 to regorafenib 80-120 mg once daily (3 weeks on, 1 week off) plus pembrolizumab 200 mg every 3 weeks, or to regorafenib alone. The primary endpoint was investigator-assessed PFS.

RESULTS: Ninety-six patients were randomly assigned, 48 to each group. At a median follow-up of 17.9 months, median PFS was 4.2 months (95% CI, 2.9 to 5.6) with regorafenib plus pembrolizumab and 3.5 months (95% CI, 2.6 to 4.4) with regorafenib alone (hazard ratio [HR], 0.79; 95% CI, 0.50 to 1.25; P = .31). Median overall survival was 12.8 months (95% CI, 9.7 to 16.1) versus 10.4 months (95% CI, 7.8 to 13.3; HR, 0.83; 95% CI, 0.51 to 1.36). The objective response rate was 14.6% versus 6.3%. Grade 3 or higher treatment-related adverse events occurred in 52.1% and 41.7% of patients, respectively.

CONCLUSION: Adding pembrolizumab to regorafenib did not significantly prolong PFS after atezolizumab plus bevacizumab, although response rates were numerically higher.
""",
    [
        g("N", "overall", 96),
        g("N", "pembrolizumab + regorafenib", 48),
        g("N", "regorafenib", 48),
        g("mPFS", "pembrolizumab + regorafenib", 4.2, 2.9, 5.6),
        g("mPFS", "regorafenib", 3.5, 2.6, 4.4),
        g("HR_PFS", "pembrolizumab + regorafenib", 0.79, 0.50, 1.25),
        g("mOS", "pembrolizumab + regorafenib", 12.8, 9.7, 16.1),
        g("mOS", "regorafenib", 10.4, 7.8, 13.3),
        g("HR_OS", "pembrolizumab + regorafenib", 0.83, 0.51, 1.36),
        g("ORR", "pembrolizumab + regorafenib", 14.6),
        g("ORR", "regorafenib", 6.3),
        g("TRAE_G3plus", "pembrolizumab + regorafenib", 52.1),
        g("TRAE_G3plus", "regorafenib", 41.7),
    ],
)

add(
    19,
    "post hoc subgroup (macrovascular invasion) of a phase 3 trial; ITT N and subgroup per-arm n; NR upper bound",
    "Liver Cancer post hoc analysis abstract",
    """
Sintilimab plus bevacizumab biosimilar versus sorafenib in hepatocellular carcinoma with macrovascular invasion: exploratory analysis of ORIENT-32

Introduction: Macrovascular invasion (MVI) is associated with poor prognosis in hepatocellular carcinoma (HCC). We explored the efficacy of sintilimab plus IBI305 versus sorafenib in patients with MVI in the phase 3 ORIENT-32 trial.

Methods: ORIENT-32 randomised 571 Chinese patients 2:1 to sintilimab 200 mg plus IBI305 15 mg/kg every 3 weeks or sorafenib 400 mg twice daily. This exploratory analysis included patients with MVI at baseline.

Results: Of the randomised patients, 148 had MVI (sintilimab-IBI305, n = 98; sorafenib, n = 50). In this subgroup, median overall survival was 14.5 months (95% CI 10.8-not reached) with sintilimab-IBI305 and 8.4 months (95% CI 6.2-11.3) with sorafenib (HR 0.52, 95% CI 0.34-0.80). Median progression-free survival was 4.6 months (95% CI 4.1-5.5) and 2.6 months (95% CI 1.5-2.9), respectively (HR 0.53, 95% CI 0.37-0.76). The objective response rate was 21.4% with sintilimab-IBI305 versus 4.0% with sorafenib. The safety profile in patients with MVI was similar to that of the overall population, with grade ≥3 treatment-related adverse events in 33.7% and 48.0% of patients, respectively.

Conclusion: Sintilimab plus IBI305 improved survival compared with sorafenib in patients with HCC and MVI, consistent with the results in the overall trial population.
""",
    [
        g("N", "overall", 571),
        g("N", "overall", 148),
        g("N", "sintilimab + bevacizumab", 98),
        g("N", SOR, 50),
        g("mOS", "sintilimab + bevacizumab", 14.5, 10.8, None),
        g("mOS", SOR, 8.4, 6.2, 11.3),
        g("HR_OS", "sintilimab + bevacizumab", 0.52, 0.34, 0.80),
        g("mPFS", "sintilimab + bevacizumab", 4.6, 4.1, 5.5),
        g("mPFS", SOR, 2.6, 1.5, 2.9),
        g("HR_PFS", "sintilimab + bevacizumab", 0.53, 0.37, 0.76),
        g("ORR", "sintilimab + bevacizumab", 21.4),
        g("ORR", SOR, 4.0),
        g("TRAE_G3plus", "sintilimab + bevacizumab", 33.7),
        g("TRAE_G3plus", SOR, 48.0),
    ],
)

add(
    20,
    "single-agent cohort of very old patients; AE any cause and TRAE discontinuation",
    "Hepatology Research-style abstract (Japanese, patients aged 80 or older)",
    """
Lenvatinib for unresectable hepatocellular carcinoma in patients aged 80 years or older: a multicentre retrospective study

Aim: The number of very elderly patients with hepatocellular carcinoma (HCC) is increasing in Japan. We examined the efficacy and safety of lenvatinib in patients aged ≥80 years.

Methods: We reviewed patients aged 80 years or older who started lenvatinib for unresectable HCC at nine Japanese hospitals between 2018 and 2023. Starting doses were 8 mg/day in 68% of patients and 4 mg/day in the remainder.

Results: Seventy-four patients were analysed (median age 83 years; range 80-91). According to mRECIST, the objective response rate was 35.1% and the disease control rate was 71.6%. The median progression-free survival was 5.9 months (95% CI 4.4-7.3) and the median overall survival was 15.6 months (95% CI 11.9-19.3). Adverse events of grade 3 or higher occurred in 47.3% of patients; fatigue and anorexia were the most common reasons for dose interruption. Lenvatinib was discontinued because of treatment-related adverse events in 18.9% of patients. Patients with ALBI grade 1 had a longer median overall survival than those with grade 2 (22.4 vs 12.1 months).

Conclusion: Lenvatinib was effective in patients aged 80 years or older, although dose adjustment and careful management of fatigue and anorexia are required.
""",
    [
        g("N", LEN, 74),
        g("ORR", LEN, 35.1),
        g("DCR", LEN, 71.6),
        g("mPFS", LEN, 5.9, 4.4, 7.3),
        g("mOS", LEN, 15.6, 11.9, 19.3),
        g("AE_G3plus", LEN, 47.3),
        g("TRAE_DISC", LEN, 18.9),
        g("mOS", LEN, 22.4),
        g("mOS", LEN, 12.1),
    ],
)

add(
    21,
    "single-arm phase 2 in Child-Pugh B; ORR with CI",
    "Journal for ImmunoTherapy of Cancer-style phase 2 abstract",
    """
Camrelizumab plus rivoceranib in patients with Child-Pugh B advanced hepatocellular carcinoma: an open-label, single-arm, phase 2 study

Background: Camrelizumab plus rivoceranib (apatinib) prolonged survival compared with sorafenib in the CARES-310 trial, which enrolled only patients with Child-Pugh A liver function.

Methods: Patients with advanced HCC, Child-Pugh score 7 or 8 and no prior systemic therapy received camrelizumab 200 mg every 2 weeks plus rivoceranib 250 mg once daily. The primary endpoint was safety; secondary endpoints included objective response rate (ORR) per RECIST v1.1, progression-free survival (PFS) and overall survival (OS).

Results: Between 2022 and 2024, 35 patients were enrolled (Child-Pugh B7, n = 24; B8, n = 11). Grade ≥3 treatment-related adverse events occurred in 48.6% of patients, including hypertension, elevated bilirubin and thrombocytopenia; no treatment-related deaths occurred. The ORR was 17.1% (95% CI 6.6-33.6) and the disease control rate was 62.9%. Median PFS was 4.3 months (95% CI 2.7-5.8) and median OS was 9.6 months (95% CI 6.1-13.1). Patients with Child-Pugh B7 disease had a longer median OS than those with B8 disease (11.4 vs 5.2 months).

Conclusions: Camrelizumab plus rivoceranib had a manageable safety profile and showed antitumour activity in Child-Pugh B HCC, particularly in patients with a score of 7.
""",
    [
        g("N", "camrelizumab + rivoceranib", 35),
        g("N", "camrelizumab + rivoceranib", 24),
        g("N", "camrelizumab + rivoceranib", 11),
        g("TRAE_G3plus", "camrelizumab + rivoceranib", 48.6),
        g("ORR", "camrelizumab + rivoceranib", 17.1, 6.6, 33.6),
        g("DCR", "camrelizumab + rivoceranib", 62.9),
        g("mPFS", "camrelizumab + rivoceranib", 4.3, 2.7, 5.8),
        g("mOS", "camrelizumab + rivoceranib", 9.6, 6.1, 13.1),
        g("mOS", "camrelizumab + rivoceranib", 11.4),
        g("mOS", "camrelizumab + rivoceranib", 5.2),
    ],
)

add(
    22,
    "network meta-analysis: HR chain against sorafenib; SUCRA distractor",
    "Frontiers / JHEP Reports network meta-analysis abstract",
    """
First-line systemic therapies for unresectable hepatocellular carcinoma: an updated systematic review and network meta-analysis

Background: Several first-line regimens have been approved for unresectable hepatocellular carcinoma (HCC) on the basis of trials using sorafenib as the comparator. We compared their relative efficacy indirectly.

Methods: Phase 3 randomised controlled trials of first-line systemic therapy published up to January 2025 were identified in PubMed, Embase and the Cochrane Library. A Bayesian network meta-analysis was performed, with sorafenib as the common comparator.

Results: Ten trials including 8846 patients were analysed. Compared with sorafenib, overall survival was improved with sintilimab plus bevacizumab (HR 0.57, 95% CI 0.43-0.75), camrelizumab plus rivoceranib (HR 0.62, 95% CI 0.49-0.80), atezolizumab plus bevacizumab (HR 0.66, 95% CI 0.52-0.85) and durvalumab plus tremelimumab (HR 0.78, 95% CI 0.65-0.93), whereas lenvatinib (HR 0.92, 95% CI 0.79-1.06) and tislelizumab (HR 0.85, 95% CI 0.71-1.02) were similar to sorafenib. For progression-free survival, camrelizumab plus rivoceranib (HR 0.52, 95% CI 0.41-0.65) and sintilimab plus bevacizumab (HR 0.56, 95% CI 0.46-0.70) ranked highest. Sintilimab plus bevacizumab had the highest probability of being the best treatment for overall survival (SUCRA 0.86).

Conclusions: Immunotherapy-based combinations provide the greatest survival benefit in first-line treatment of unresectable HCC, with no clear superiority among them.
""",
    [
        g("N", "overall", 8846),
        g("HR_OS", "sintilimab + bevacizumab", 0.57, 0.43, 0.75),
        g("HR_OS", "camrelizumab + rivoceranib", 0.62, 0.49, 0.80),
        g("HR_OS", A_B, 0.66, 0.52, 0.85),
        g("HR_OS", D_T, 0.78, 0.65, 0.93),
        g("HR_OS", LEN, 0.92, 0.79, 1.06),
        g("HR_OS", "tislelizumab", 0.85, 0.71, 1.02),
        g("HR_PFS", "camrelizumab + rivoceranib", 0.52, 0.41, 0.65),
        g("HR_PFS", "sintilimab + bevacizumab", 0.56, 0.46, 0.70),
    ],
)

add(
    23,
    "single-agent second-line cohort after sorafenib; AE any cause; TRAE discontinuation",
    "European Journal of Cancer / Cancers real-world abstract (European multicentre)",
    """
Regorafenib after sorafenib in routine practice: outcomes from a European multicentre cohort of patients with hepatocellular carcinoma

Background: Regorafenib is approved as second-line therapy for hepatocellular carcinoma (HCC) after tolerating sorafenib. We assessed its effectiveness and safety outside the RESORCE trial.

Methods: Patients who started regorafenib after sorafenib at 10 centres in France, Italy and Spain between 2017 and 2021 were included. Regorafenib was started at 160 mg/day in 61% and at a reduced dose in 39% of patients. Survival was calculated from the first regorafenib dose.

Results: In total, 152 patients were analysed (median age 66 years; 89% Child-Pugh A). The median duration of prior sorafenib was 7.4 months. The objective response rate was 9.2% and the disease control rate was 49.3%. Median progression-free survival was 3.9 months (95% CI 3.2-4.6) and median overall survival was 11.5 months (95% CI 9.6-13.4). Grade ≥3 adverse events of any cause were reported in 34.9% of patients, most commonly fatigue, hand-foot skin reaction and hypertension, and 11.2% stopped regorafenib because of treatment-related adverse events.

Conclusions: Regorafenib after sorafenib achieved outcomes consistent with the RESORCE trial in a broader real-world population, including patients who started at a reduced dose.
""",
    [
        g("N", "regorafenib", 152),
        g("ORR", "regorafenib", 9.2),
        g("DCR", "regorafenib", 49.3),
        g("mPFS", "regorafenib", 3.9, 3.2, 4.6),
        g("mOS", "regorafenib", 11.5, 9.6, 13.4),
        g("AE_G3plus", "regorafenib", 34.9),
        g("TRAE_DISC", "regorafenib", 11.2),
    ],
)

add(
    24,
    "propensity-matched comparison, 'patients per group'; HRs for the first-named regimen",
    "JHEP Reports / Alimentary Pharmacology & Therapeutics abstract (French multicentre)",
    """
Atezolizumab-bevacizumab versus lenvatinib in non-viral hepatocellular carcinoma: a French multicentre propensity score-matched study

Background: Post hoc analyses have suggested that immunotherapy may be less effective in non-viral hepatocellular carcinoma (HCC). We compared atezolizumab-bevacizumab with lenvatinib in patients with non-viral HCC.

Methods: Patients with non-viral (alcohol-related or metabolic dysfunction-associated) unresectable HCC who received first-line atezolizumab-bevacizumab or lenvatinib at 12 French centres were included. Propensity score matching (1:1) was performed on age, Child-Pugh score, ECOG status, BCLC stage, AFP and macrovascular invasion.

Results: Of 390 eligible patients, 142 patients per group were retained after matching. Median overall survival was 16.4 months (95% CI 13.2-19.6) with atezolizumab-bevacizumab and 17.9 months (95% CI 14.5-21.3) with lenvatinib; the hazard ratio for death with atezolizumab-bevacizumab compared with lenvatinib was 1.09 (95% CI 0.81-1.47; p = 0.57). Median progression-free survival was 6.8 and 7.5 months, respectively (HR 0.96, 95% CI 0.74-1.25). The objective response rate by RECIST 1.1 was 23.9% with atezolizumab-bevacizumab and 34.5% with lenvatinib. Grade ≥3 treatment-related adverse events occurred in 21.1% and 38.7% of patients, respectively.

Conclusion: In non-viral HCC, overall survival did not differ between atezolizumab-bevacizumab and lenvatinib, while lenvatinib achieved more responses at the cost of greater toxicity.
""",
    [
        g("N", "overall", 390),
        g("N", A_B, 142),
        g("N", LEN, 142),
        g("mOS", A_B, 16.4, 13.2, 19.6),
        g("mOS", LEN, 17.9, 14.5, 21.3),
        g("HR_OS", A_B, 1.09, 0.81, 1.47),
        g("mPFS", A_B, 6.8),
        g("mPFS", LEN, 7.5),
        g("HR_PFS", A_B, 0.96, 0.74, 1.25),
        g("ORR", A_B, 23.9),
        g("ORR", LEN, 34.5),
        g("TRAE_G3plus", A_B, 21.1),
        g("TRAE_G3plus", LEN, 38.7),
    ],
)

add(
    25,
    "single-arm phase 2 in Child-Pugh B with 12-month OS rate with CI; TRAE and irAE",
    "Lancet Gastroenterology & Hepatology-style phase 2 abstract without mid-dots",
    """
Durvalumab plus tremelimumab in patients with Child-Pugh B hepatocellular carcinoma: a multicentre, single-arm, phase 2 trial

Background: Patients with Child-Pugh B cirrhosis have limited treatment options and were excluded from the HIMALAYA trial. We assessed the safety and activity of the STRIDE regimen in this population.

Methods: In this phase 2 trial done at 15 centres in Europe and Asia, adults with unresectable HCC and Child-Pugh score 7-8 received a single dose of tremelimumab 300 mg plus durvalumab 1500 mg, followed by durvalumab 1500 mg every 4 weeks. The primary endpoint was the incidence of grade 3 or higher treatment-related adverse events.

Findings: Between June 2022 and May 2024, 50 patients were enrolled; median follow-up was 13.1 months. Grade 3 or higher treatment-related adverse events occurred in 22.0% of patients, and grade 3 or higher immune-mediated adverse events in 10.0%. The objective response rate was 12.0% and the disease control rate was 46.0%. Median overall survival was 7.9 months (95% CI 5.5-10.8), and the 12-month overall survival rate was 34.0% (95% CI 21.0-47.5). Hepatic decompensation occurred in 14 (28.0%) patients, mostly in association with disease progression.

Interpretation: STRIDE was tolerable in Child-Pugh B HCC, with activity that appears lower than in patients with preserved liver function.
""",
    [
        g("N", D_T, 50),
        g("TRAE_G3plus", D_T, 22.0),
        g("IRAE_G3plus", D_T, 10.0),
        g("ORR", D_T, 12.0),
        g("DCR", D_T, 46.0),
        g("mOS", D_T, 7.9, 5.5, 10.8),
        g("OS_RATE", D_T, 34.0, 21.0, 47.5),
    ],
)


# ---------------------------------------------------------------------------------------------
def _lexicon():
    ranks, combos = {}, set()
    for line in LEXICON.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        d = json.loads(line)
        if d.get("kind") == "agent":
            ranks[d["id"]] = d["rank"]
        else:
            combos.add(d["id"])
    return ranks, combos


def _numbers(text):
    t = text.replace("\u00b7", ".").replace("\u2212", "-")
    t = re.sub(r"(?<=\d),(?=\d{3}\b)", "", t)
    nums = {float(x) for x in re.findall(r"\d+(?:\.\d+)?", t)}
    words = {
        "forty-seven": 47,
        "fifty-eight": 58,
        "sixty-four": 64,
        "seventy-four": 74,
        "eighty-six": 86,
        "ninety-six": 96,
        "fourteen": 14,
        "nine": 9,
        "ten": 10,
    }
    for w, v in words.items():
        if w in t.lower():
            nums.add(float(v))
    return nums


def check():
    ranks, combos = _lexicon()
    problems = []
    for row in ROWS:
        nums = _numbers(row["text"])
        words = len(row["text"].split())
        if not 150 <= words <= 350:
            problems.append(f"{row['id']}: {words} words")
        for f in row["gold"]:
            if f["endpoint"] not in ENDPOINTS:
                problems.append(f"{row['id']}: endpoint {f['endpoint']}")
            arm = f["arm"]
            if arm != "overall" and arm not in combos:
                parts = arm.split(" + ")
                if any(p not in ranks for p in parts):
                    problems.append(f"{row['id']}: arm {arm!r} not lexicon ids")
                elif parts != sorted(parts, key=lambda p: (ranks[p], p)):
                    problems.append(f"{row['id']}: arm {arm!r} not in rank order")
            for key in ("value", "ci_low", "ci_high"):
                v = f[key]
                if v is not None and float(v) not in nums:
                    problems.append(f"{row['id']}: {f['endpoint']} {key}={v} not in text")
            lo, hi, v = f["ci_low"], f["ci_high"], f["value"]
            if v is not None and ((lo is not None and lo > v) or (hi is not None and hi < v)):
                problems.append(f"{row['id']}: CI does not bracket {f}")
    ids = [r["id"] for r in ROWS]
    if len(ids) != len(set(ids)):
        problems.append("duplicate ids")
    return problems


def main():
    problems = check()
    for p in problems:
        print("PROBLEM", p)
    out = HERE / "blind7.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for row in ROWS:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    counts = Counter(f["endpoint"] for r in ROWS for f in r["gold"])
    print(f"{len(ROWS)} abstracts, {sum(counts.values())} gold findings -> {out}")
    for ep, n in counts.most_common():
        print(f"  {ep:12s} {n}")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
