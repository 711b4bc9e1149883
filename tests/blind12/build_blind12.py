"""Source of truth for the TWELFTH blind set (typical HCC systemic, locoregional-plus-systemic and
post-immunotherapy abstracts). Writes blind12.jsonl next to this file.

    python tests/blind12/build_blind12.py            # checks, per-endpoint counts, word counts, sha256
    python tests/blind12/build_blind12.py --review   # also list every number in each text that is not gold

Every row is an invented study written in the style of real PubMed abstracts (see README.md); the numbers are
invented. Gold conventions: tests/blind9/README.md and README.md here.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _repo_root() -> Path:
    for p in [HERE, *HERE.parents]:
        if (p / "extractors" / "lexicon" / "regimens.jsonl").exists():
            return p
    raise SystemExit("cannot find extractors/lexicon/regimens.jsonl above " + str(HERE))


LEXICON = _repo_root() / "extractors" / "lexicon" / "regimens.jsonl"
OUT = HERE / "blind12.jsonl"

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

# Spelled-out counts used as gold N at the start of a sentence.
SPELLED = {
    "Seventy-eight": 78,
    "Forty-six": 46,
    "Sixty-four": 64,
    "Sixty": 60,
}

ROWS: list[dict] = []


def g(endpoint, arm, value, ci_low=None, ci_high=None):
    return {"endpoint": endpoint, "arm": arm, "value": value, "ci_low": ci_low, "ci_high": ci_high}


def add(id, style, source_style, text, gold):
    ROWS.append(
        {
            "id": id,
            "style": style,
            "source_style": source_style,
            "text": " ".join(text.split()),
            "gold": gold,
        }
    )


# Arm short-hands (lexicon ids, rank-then-name order).
AB = "atezolizumab + bevacizumab"
AB_TACE = "atezolizumab + bevacizumab + tace"
AB_TARE = "atezolizumab + bevacizumab + tare"
DT = "durvalumab + tremelimumab"
NI = "nivolumab + ipilimumab"
NIV = "nivolumab"
NIV_SOR = "nivolumab + sorafenib"
SIN_LEN = "sintilimab + lenvatinib"
SIN_LEN_HAIC = "sintilimab + lenvatinib + haic"
CAM_RIV = "camrelizumab + rivoceranib"
CAM_RIV_SBRT = "camrelizumab + rivoceranib + sbrt"
CAM_LEN_TACE = "camrelizumab + lenvatinib + tace"
TOR_BEV = "toripalimab + bevacizumab"
LEN = "lenvatinib"
LEN_TACE = "lenvatinib + tace"
LEN_HAIC = "lenvatinib + haic"
SOR = "sorafenib"
SOR_HAIC = "sorafenib + haic"
DON = "donafenib"
CABO = "cabozantinib"
RAM = "ramucirumab"
TACE = "tace"
ALL = "overall"

# --------------------------------------------------------------------------------------------------------------
add(
    "blind12-01",
    "Atez/Bev subgroup analysis by age (elderly >=75 vs non-elderly), IPW; sub-cohort N and medians under the "
    "regimen ('respectively' for PFS); IPW age HRs are not treatment comparisons; TRAE grade >=3 per age group",
    "Japanese multicentre Hepatology Research-type abstract (Aim/Methods/Results/Conclusions)",
    """Aim: The efficacy and safety of atezolizumab plus bevacizumab (Atez/Bev) in patients aged 75 years or older
    with unresectable hepatocellular carcinoma (HCC) have not been sufficiently investigated. Methods: We
    retrospectively analysed patients with unresectable HCC who started Atez/Bev at 14 institutions in Japan between
    October 2020 and March 2024. Patients were divided into an elderly group (≥75 years) and a non-elderly group
    (<75 years), and survival was compared using inverse probability weighting (IPW). Tumour response was assessed
    according to RECIST version 1.1 and adverse events according to CTCAE version 5.0. Results: A total of 386
    patients were included: 142 in the elderly group and 244 in the non-elderly group. The median age of the elderly
    group was 79 years (range, 75–91), and non-viral liver disease was more common in the elderly group (58.5% vs.
    36.9%). The median overall survival (OS) was 19.6 months (95% CI, 15.8–23.1) in the elderly group and 21.2 months
    (95% CI, 18.4–25.0) in the non-elderly group; the median progression-free survival (PFS) was 7.1 months (95% CI,
    5.6–8.4) and 7.6 months (95% CI, 6.5–9.0), respectively. In the IPW-adjusted analysis, being elderly was not
    associated with worse OS (hazard ratio [HR], 1.12; 95% CI, 0.81–1.55; p = 0.487) or PFS (HR, 1.04; 95% CI,
    0.82–1.32; p = 0.746). Grade 3 or higher treatment-related adverse events occurred in 28.9% of elderly and 22.5% of non-elderly
    patients, and proteinuria of any grade was more frequent in elderly patients (38.0% vs. 29.1%). Conclusions: Atez/Bev
    showed comparable efficacy in patients aged 75 years or older, although grade 3 or higher treatment-related
    adverse events were somewhat more frequent in this group.""",
    [
        g("N", AB, 386),
        g("N", AB, 142),
        g("N", AB, 244),
        g("mOS", AB, 19.6, 15.8, 23.1),
        g("mOS", AB, 21.2, 18.4, 25.0),
        g("mPFS", AB, 7.1, 5.6, 8.4),
        g("mPFS", AB, 7.6, 6.5, 9.0),
        g("TRAE_G3plus", AB, 28.9),
        g("TRAE_G3plus", AB, 22.5),
    ],
)

# --------------------------------------------------------------------------------------------------------------
add(
    "blind12-02",
    "single-regimen real-world cohort (lenvatinib plus sintilimab), two centres; mDOR with CI, 12-month OS rate "
    "with CI, TRAE / irAE grade >=3, TRAE discontinuation; multivariable prognostic HRs as distractors",
    "Chinese two-centre Frontiers in Oncology-type abstract (Background/Methods/Results/Conclusion)",
    """Background: Lenvatinib combined with programmed cell death protein-1 (PD-1) inhibitors is widely used for
    unresectable hepatocellular carcinoma (uHCC) in China, but real-world evidence for individual combinations
    remains limited. This study evaluated lenvatinib plus sintilimab in routine practice. Methods: Patients with uHCC
    who received lenvatinib (8 or 12 mg/day according to body weight) plus sintilimab (200 mg every 3 weeks) as
    first-line therapy at two tertiary hospitals between January 2020 and June 2023 were retrospectively reviewed.
    Tumour response was evaluated by mRECIST, and prognostic factors were explored with Cox regression. Results: A
    total of 213 patients were enrolled. The median age was 54 years, 87.3% were male, hepatitis B virus infection
    accounted for 90.1% of cases, and 61.0% had BCLC stage C disease. With a median follow-up of 22.4 months, the
    median overall survival (OS) was 18.3 months (95% CI 15.9–20.7) and the median progression-free survival (PFS)
    was 7.4 months (95% CI 6.3–8.5). The objective response rate (ORR) and disease control rate (DCR) were 35.2% and
    78.4%, respectively, and the median duration of response was 10.9 months (95% CI 8.2–13.6). The 12-month OS rate
    was 66.8% (95% CI 60.1–72.6). In multivariate analysis, Child-Pugh class B (HR 1.83, 95% CI 1.21–2.77),
    extrahepatic metastasis (HR 1.57, 95% CI 1.09–2.26) and AFP ≥400 ng/mL (HR 1.49, 95% CI 1.04–2.13) were
    independent risk factors for OS. Grade 3 or higher treatment-related adverse events (TRAEs) occurred in 31.9% of
    patients, most commonly hypertension (9.4%) and hand-foot skin reaction (6.1%). Grade 3 or higher immune-related
    adverse events were reported in 5.6% of patients, and 7.0% discontinued treatment because of TRAEs. Conclusion:
    Lenvatinib plus sintilimab achieved encouraging survival with manageable toxicity in this real-world cohort of
    Chinese patients with uHCC.""",
    [
        g("N", SIN_LEN, 213),
        g("mOS", SIN_LEN, 18.3, 15.9, 20.7),
        g("mPFS", SIN_LEN, 7.4, 6.3, 8.5),
        g("ORR", SIN_LEN, 35.2),
        g("DCR", SIN_LEN, 78.4),
        g("mDOR", SIN_LEN, 10.9, 8.2, 13.6),
        g("OS_RATE", SIN_LEN, 66.8, 60.1, 72.6),
        g("TRAE_G3plus", SIN_LEN, 31.9),
        g("IRAE_G3plus", SIN_LEN, 5.6),
        g("TRAE_DISC", SIN_LEN, 7.0),
    ],
)

# --------------------------------------------------------------------------------------------------------------
add(
    "blind12-03",
    "randomised noncomparative phase 2 (2:1), camrelizumab + apatinib with vs without SBRT for PVTT; spelled-out "
    "total N, per-arm n; 'with SBRT' / 'without SBRT' arm references; 'respectively'; mDOR with NR bound; TRAE "
    "grade >=3 as counts with percent",
    "Chinese multicentre Clinical Cancer Research-type abstract (Purpose/Patients and Methods/Results/Conclusions)",
    """Purpose: To evaluate camrelizumab plus apatinib with or without stereotactic body radiotherapy (SBRT) as
    first-line treatment for hepatocellular carcinoma (HCC) with portal vein tumor thrombus (PVTT). Patients and
    Methods: In this multicenter, open-label, noncomparative, randomized phase II trial, patients with HCC and type
    II–IV PVTT who had not received systemic therapy were randomly assigned (2:1) to camrelizumab (200 mg every 3
    weeks) plus apatinib (250 mg daily) with SBRT to the tumor thrombus (36–40 Gy in 6 fractions) or to camrelizumab
    plus apatinib alone. The primary endpoint was overall survival (OS). Results: Seventy-eight patients were
    enrolled: 52 in the SBRT cohort and 26 in the non-SBRT cohort. Median OS was 14.1 months (95% CI, 11.3–18.0)
    with SBRT and 9.8 months (95% CI, 6.9–13.5) without SBRT. Median progression-free survival (PFS) was 6.2 months
    (95% CI, 4.4–7.9) and 3.4 months (95% CI, 2.3–5.6), respectively. The objective response rate (ORR) according to
    RECIST v1.1 was 44.2% in the SBRT cohort and 19.2% in the non-SBRT cohort, and the disease control rate was
    78.8% and 53.8%, respectively. Among responders in the SBRT cohort, the median duration of response was 9.7
    months (95% CI, 5.9–not reached). Regression of the tumor thrombus was observed in 71.2% of SBRT-treated
    patients. Grade 3 or higher treatment-related adverse events were reported in 17 (32.7%) and 7 (26.9%)
    patients, respectively; the most frequent were hypertension (11.5% overall) and thrombocytopenia.
    Radiation-induced liver disease occurred in two patients (3.8%) in the SBRT cohort, and no treatment-related
    deaths occurred. Conclusions: Camrelizumab plus apatinib combined with SBRT showed promising survival and tumor
    response in HCC with PVTT, with an acceptable safety profile, supporting evaluation in a phase III trial.""",
    [
        g("N", ALL, 78),
        g("N", CAM_RIV_SBRT, 52),
        g("N", CAM_RIV, 26),
        g("mOS", CAM_RIV_SBRT, 14.1, 11.3, 18.0),
        g("mOS", CAM_RIV, 9.8, 6.9, 13.5),
        g("mPFS", CAM_RIV_SBRT, 6.2, 4.4, 7.9),
        g("mPFS", CAM_RIV, 3.4, 2.3, 5.6),
        g("ORR", CAM_RIV_SBRT, 44.2),
        g("ORR", CAM_RIV, 19.2),
        g("DCR", CAM_RIV_SBRT, 78.8),
        g("DCR", CAM_RIV, 53.8),
        g("mDOR", CAM_RIV_SBRT, 9.7, 5.9, None),
        g("TRAE_G3plus", CAM_RIV_SBRT, 32.7),
        g("TRAE_G3plus", CAM_RIV, 26.9),
    ],
)

# --------------------------------------------------------------------------------------------------------------
add(
    "blind12-04",
    "randomised phase 3, lenvatinib plus HAIC (LEN-HAIC) vs lenvatinib; 'n=' per arm; Lancet CI style "
    "'(9.7-12.8)' after the first full CI; HR OS and PFS; mRECIST ORR; unattributed grade >=3 AEs; specific AEs "
    "and treatment-related deaths as distractors",
    "Chinese Lancet Oncology-type summary (Background/Methods/Findings/Interpretation)",
    """Background: Lenvatinib is a first-line option for advanced hepatocellular carcinoma, but responses in
    patients with a high intrahepatic tumour burden are limited. We assessed whether adding hepatic arterial infusion
    chemotherapy of oxaliplatin, fluorouracil and leucovorin (HAIC) to lenvatinib improves overall survival.
    Methods: This open-label, randomised, phase 3 trial was done at 11 hospitals in China. Eligible patients aged
    18–75 years with advanced hepatocellular carcinoma, Child-Pugh class A liver function and an ECOG performance
    status of 0–1 were randomly assigned (1:1) to lenvatinib plus HAIC (LEN-HAIC) or lenvatinib alone. The primary
    endpoint was overall survival in the intention-to-treat population. Findings: Between March 2020 and August
    2022, 286 patients were randomly assigned to LEN-HAIC (n=144) or lenvatinib (n=142). At a median follow-up of
    19.8 months (IQR 14.2–25.1), median overall survival was 16.9 months (95% CI 14.6–19.3) in the LEN-HAIC group
    versus 11.2 months (9.7–12.8) in the lenvatinib group (hazard ratio [HR] 0.58, 95% CI 0.44–0.77; p<0.0001).
    Median progression-free survival was 8.8 months (7.5–10.1) versus 5.4 months (4.6–6.3; HR 0.52, 0.40–0.68;
    p<0.0001). An objective response according to mRECIST was achieved by 58.3% of patients in the LEN-HAIC group
    and 22.5% in the lenvatinib group. Grade 3 or worse adverse events occurred in 63.2% versus 45.8% of patients;
    the most common were neutropenia (13.9% vs 0.7%), thrombocytopenia (11.8% vs 2.1%) and hypertension (10.4% vs
    12.0%). Treatment-related deaths occurred in two patients in the LEN-HAIC group and one patient in the lenvatinib
    group. Interpretation: Lenvatinib plus HAIC significantly improved overall survival compared with lenvatinib
    alone and could be a first-line option for patients with advanced hepatocellular carcinoma.""",
    [
        g("N", ALL, 286),
        g("N", LEN_HAIC, 144),
        g("N", LEN, 142),
        g("mOS", LEN_HAIC, 16.9, 14.6, 19.3),
        g("mOS", LEN, 11.2, 9.7, 12.8),
        g("HR_OS", LEN_HAIC, 0.58, 0.44, 0.77),
        g("mPFS", LEN_HAIC, 8.8, 7.5, 10.1),
        g("mPFS", LEN, 5.4, 4.6, 6.3),
        g("HR_PFS", LEN_HAIC, 0.52, 0.40, 0.68),
        g("ORR", LEN_HAIC, 58.3),
        g("ORR", LEN, 22.5),
        g("AE_G3plus", LEN_HAIC, 63.2),
        g("AE_G3plus", LEN, 45.8),
    ],
)

# --------------------------------------------------------------------------------------------------------------
add(
    "blind12-05",
    "single regimen after immunotherapy (Dur/Tre rechallenge after Atez/Bev); spelled-out N; line counts without "
    "own results (not N); ORR by RECIST 1.1 and mRECIST; 6-month PFS rate without CI; irAE grade >=3; 'TRAEs led "
    "to discontinuation'; prior-response HR, any-grade irAEs and steroid use as distractors",
    "Japanese multicentre Targeted Oncology / Liver Cancer-type abstract (Introduction/Methods/Results/Conclusion)",
    """Introduction: Evidence on immune checkpoint inhibitor rechallenge after failure of atezolizumab plus
    bevacizumab (Atez/Bev) in unresectable hepatocellular carcinoma (uHCC) is scarce. We evaluated durvalumab plus
    tremelimumab (Dur/Tre) given after Atez/Bev. Methods: This retrospective study included patients with uHCC who
    received Dur/Tre (tremelimumab 300 mg once plus durvalumab 1500 mg every 4 weeks) after discontinuation of
    Atez/Bev at nine Japanese institutions between April 2023 and September 2024. Response was assessed by RECIST
    1.1 and mRECIST. Results: Forty-six patients were analysed; the median age was 74 years, and Dur/Tre was given as
    second-line treatment in 30 patients and as third- or later-line treatment in 16. The median interval from the
    last Atez/Bev dose was 2.1 months. The objective response rate was 10.9% by RECIST 1.1 and 15.2% by mRECIST,
    and no complete response was observed. The median progression-free survival (PFS) was 2.9
    months (95% CI, 2.0–3.8) and the median overall survival was 10.4 months (95% CI, 7.2–14.9); the 6-month PFS
    rate was 26.1%. Patients whose best response to prior Atez/Bev was progressive disease had shorter PFS (hazard
    ratio 2.36; 95% CI, 1.18–4.71). Immune-related adverse events of any grade occurred in 30.4% of patients and
    those of grade 3 or higher in 8.7%; systemic corticosteroids were required in 13.0%. Treatment-related adverse
    events led to discontinuation of Dur/Tre in 6.5% of patients. Conclusion: Dur/Tre after Atez/Bev showed modest
    activity with an acceptable safety profile, suggesting that rechallenge may be an option for selected patients,
    particularly those who responded to first-line immunotherapy.""",
    [
        g("N", DT, 46),
        g("ORR", DT, 10.9),
        g("ORR", DT, 15.2),
        g("mPFS", DT, 2.9, 2.0, 3.8),
        g("mOS", DT, 10.4, 7.2, 14.9),
        g("PFS_RATE", DT, 26.1),
        g("IRAE_G3plus", DT, 8.7),
        g("TRAE_DISC", DT, 6.5),
    ],
)

# --------------------------------------------------------------------------------------------------------------
add(
    "blind12-06",
    "unstructured single paragraph; single agent after immunotherapy (cabozantinib); line shares and starting-dose "
    "share as distractors; Child-Pugh A sub-cohort with its own n and medians; unattributed grade >=3 AEs; TRAE "
    "discontinuation; prognostic HRs",
    "Italian multicentre Liver Cancer-type unstructured abstract",
    """Cabozantinib is approved for hepatocellular carcinoma (HCC) previously treated with sorafenib, but its
    activity after first-line immune checkpoint inhibitor-based regimens is less well characterised. We
    retrospectively collected data from patients with HCC who started cabozantinib after progression on, or
    intolerance to, atezolizumab plus bevacizumab or durvalumab plus tremelimumab at 18 Italian centres between
    January 2021 and December 2024. Overall, 137 patients received cabozantinib, in the second line in 68.6% and in
    the third or later line in 31.4%; the starting dose was 60 mg daily in 55.5% of patients and 40 mg daily in the
    remainder. Median overall survival (OS) was 9.6 months (95% confidence interval [CI] 8.1–11.4) and median
    progression-free survival (PFS) was 4.1 months (95% CI 3.5–4.8). According to RECIST 1.1, the objective response
    rate was 5.8% and the disease control rate 59.1%. In the Child-Pugh A subgroup (n = 104), median OS and PFS were
    11.3 months (95% CI 9.4–13.6) and 4.6 months (95% CI 3.8–5.5), respectively. At multivariable analysis, ECOG
    performance status ≥1 (hazard ratio [HR] 1.74, 95% CI 1.15–2.63) and macrovascular invasion (HR 1.58, 95% CI
    1.04–2.40) were associated with shorter OS, whereas the type of prior immunotherapy was not. Grade 3 or higher
    adverse events occurred in 42.3% of patients, the most frequent being fatigue (10.2%), diarrhoea (8.8%) and
    palmar-plantar erythrodysaesthesia (7.3%); dose reductions were needed in 54.0%, and 13.1% of patients
    permanently discontinued cabozantinib because of treatment-related adverse events. These real-world data
    indicate that cabozantinib retains meaningful activity after immunotherapy-based first-line treatment, with a
    safety profile consistent with that reported in the registration trial.""",
    [
        g("N", CABO, 137),
        g("mOS", CABO, 9.6, 8.1, 11.4),
        g("mPFS", CABO, 4.1, 3.5, 4.8),
        g("ORR", CABO, 5.8),
        g("DCR", CABO, 59.1),
        g("N", CABO, 104),
        g("mOS", CABO, 11.3, 9.4, 13.6),
        g("mPFS", CABO, 4.6, 3.8, 5.5),
        g("AE_G3plus", CABO, 42.3),
        g("TRAE_DISC", CABO, 13.1),
    ],
)

# --------------------------------------------------------------------------------------------------------------
add(
    "blind12-07",
    "single agent in later lines (ramucirumab, AFP >=400); line counts and prior-therapy counts (not N); mPFS, "
    "mTTP with CI, 6-month PFS rate with CI; ORR by RECIST and mRECIST, DCR 'by both criteria' (one finding); AFP "
    "response; unattributed grade >=3 AEs as count with percent; TRAE discontinuation",
    "Japanese three-institution BMC Gastroenterology-type abstract (Purpose/Methods/Results/Conclusion)",
    """Purpose: Ramucirumab is approved for patients with hepatocellular carcinoma (HCC) and alpha-fetoprotein (AFP)
    levels of 400 ng/mL or higher after sorafenib, yet in current practice it is mostly given after atezolizumab plus
    bevacizumab or lenvatinib. We examined its outcomes in this setting. Methods: We retrospectively reviewed
    patients with advanced HCC and AFP ≥400 ng/mL treated with ramucirumab (8 mg/kg every 2 weeks) at three
    institutions in Japan from June 2020 to May 2024. Radiological response was assessed according to both RECIST
    version 1.1 and modified RECIST, and adverse events according to CTCAE version 5.0. Results: A total of 41
    patients were included. Ramucirumab was given as second-line treatment in 15 patients (36.6%) and as third- or
    later-line treatment in 26 (63.4%); 29 patients (70.7%) had previously received atezolizumab plus bevacizumab.
    The median progression-free survival was 2.8 months (95% confidence interval [CI], 1.9–4.2), the median time to
    progression was 3.1 months (95% CI, 2.2–4.4), and the 6-month progression-free survival rate was 19.5% (95% CI,
    9.2–32.6). The median overall survival was 8.9 months (95% CI, 5.9–12.7). The objective response rate was 4.9%
    by RECIST and 9.8% by modified RECIST, and the disease control rate was 51.2% by both criteria. An AFP reduction
    of 20% or more at 6 weeks was observed in 14 patients (34.1%). Grade 3 or higher adverse events occurred in 12
    patients (29.3%), mainly hypertension, proteinuria and ascites, and the albumin-bilirubin score did not
    deteriorate significantly during treatment. Three patients (7.3%) discontinued ramucirumab because of
    treatment-related adverse events. Conclusion: When used after contemporary first-line regimens in patients with
    high AFP, ramucirumab showed effectiveness and safety comparable to those reported in the REACH-2 trial.""",
    [
        g("N", RAM, 41),
        g("mPFS", RAM, 2.8, 1.9, 4.2),
        g("mTTP", RAM, 3.1, 2.2, 4.4),
        g("PFS_RATE", RAM, 19.5, 9.2, 32.6),
        g("mOS", RAM, 8.9, 5.9, 12.7),
        g("ORR", RAM, 4.9),
        g("ORR", RAM, 9.8),
        g("DCR", RAM, 51.2),
        g("AE_G3plus", RAM, 29.3),
        g("TRAE_DISC", RAM, 7.3),
    ],
)

# --------------------------------------------------------------------------------------------------------------
add(
    "blind12-08",
    "unstructured; lenvatinib subgroup analysis by aetiology (MASLD vs viral/alcohol); sub-cohort N and results "
    "under the regimen; aetiology HR is not a treatment comparison; medians inside brackets '(21.4 [95% CI ...] vs. "
    "18.0 [...] months'; TRAE discontinuation per group 'respectively'; any-grade appetite loss as distractor",
    "Japanese multicentre Scientific Reports-type unstructured abstract",
    """It remains unclear whether the efficacy of lenvatinib differs according to the aetiology of the background
    liver disease in unresectable hepatocellular carcinoma (u-HCC). In this multicentre retrospective study from 21
    Japanese institutions, 604 patients with Child-Pugh class A u-HCC who started lenvatinib as first-line therapy
    between March 2018 and December 2022 were enrolled and divided into a metabolic dysfunction-associated steatotic
    liver disease (MASLD) group (n = 131) and a viral/alcohol group (n = 473). Median progression-free survival
    (PFS) was 9.1 months (95% CI 7.6–10.8) in the MASLD group and 7.2 months (95% CI 6.5–7.9) in the viral/alcohol
    group (P = 0.018), whereas median overall survival (OS) did not differ significantly (21.4 [95% CI 17.9–25.6] vs.
    18.0 [95% CI 16.3–19.8] months, P = 0.094). In Cox hazard analysis for PFS, modified ALBI grade 2b (HR 1.29, 95% CI 1.06–1.57), AFP ≥ 400
    ng/mL (HR 1.33, 95% CI 1.08–1.64) and MASLD aetiology (HR 0.78, 95% CI 0.62–0.97) were significant factors.
    Hypertension and proteinuria were the most frequent adverse events, and decreased appetite of any grade was
    reported in 40.5% of the MASLD group and 35.9% of the viral/alcohol group. Treatment was discontinued owing to
    treatment-related adverse events in 15.3% and 12.5% of patients, respectively. Lenvatinib therefore appears effective irrespective of the aetiology of u-HCC,
    and patients with MASLD-related HCC may derive a longer PFS.""",
    [
        g("N", LEN, 604),
        g("N", LEN, 131),
        g("N", LEN, 473),
        g("mPFS", LEN, 9.1, 7.6, 10.8),
        g("mPFS", LEN, 7.2, 6.5, 7.9),
        g("mOS", LEN, 21.4, 17.9, 25.6),
        g("mOS", LEN, 18.0, 16.3, 19.8),
        g("TRAE_DISC", LEN, 15.3),
        g("TRAE_DISC", LEN, 12.5),
    ],
)

# --------------------------------------------------------------------------------------------------------------
add(
    "blind12-09",
    "two-group retrospective comparison without matching, TACE + lenvatinib + camrelizumab (TACE-L-C) vs TACE + "
    "lenvatinib (TACE-L); 'Of the 167 patients enrolled, 71 received ... and 96 received ...'; PFS HR before OS "
    "HR; ORR/DCR pairs with p; conversion hepatectomy, RCCEP and prognostic HRs as distractors",
    "Chinese two-centre Frontiers in Oncology-type abstract (Objectives/Methods/Results/Conclusions)",
    """Objectives: To compare the efficacy and safety of transarterial chemoembolization (TACE) combined with
    lenvatinib and camrelizumab (TACE-L-C) with those of TACE plus lenvatinib (TACE-L) in patients with unresectable
    hepatocellular carcinoma (uHCC). Methods: Patients with uHCC who received TACE-L-C or TACE-L at two centres
    between January 2019 and December 2022 were retrospectively enrolled. Overall survival (OS), progression-free
    survival (PFS), tumour response by mRECIST and adverse events were compared, and Cox regression was used to
    identify prognostic factors. Results: Of the 167 patients enrolled, 71 received TACE-L-C and 96 received TACE-L.
    The median follow-up was 20.3 months. Median PFS was 11.6 months (95% CI 9.8–13.4) in the TACE-L-C group and 7.3
    months (95% CI 6.1–8.5) in the TACE-L group (HR 0.56, 95% CI 0.39–0.80; P = 0.001), and median OS was 24.2
    months (95% CI 20.1–28.3) versus 17.5 months (95% CI 14.8–20.2) (HR 0.61, 95% CI 0.41–0.91; P = 0.015). The
    objective response rate was higher with TACE-L-C (67.6% vs. 45.8%, P = 0.005), whereas the disease control rate
    did not differ significantly (90.1% vs. 83.3%, P = 0.198). More than three tumours (HR 1.71, 95% CI 1.16–2.52)
    and portal vein tumour thrombus (HR 1.93, 95% CI 1.28–2.91) were independent risk factors for OS. Conversion to
    hepatectomy was achieved in 9 patients (12.7%) in the TACE-L-C group and 5 (5.2%) in the TACE-L group. Reactive
    cutaneous capillary endothelial proliferation of any grade occurred in 38.0% of the TACE-L-C group, and no
    treatment-related deaths occurred. Conclusions: TACE-L-C prolonged
    PFS and OS and improved tumour response compared with TACE-L, with acceptable safety.""",
    [
        g("N", ALL, 167),
        g("N", CAM_LEN_TACE, 71),
        g("N", LEN_TACE, 96),
        g("mPFS", CAM_LEN_TACE, 11.6, 9.8, 13.4),
        g("mPFS", LEN_TACE, 7.3, 6.1, 8.5),
        g("HR_PFS", CAM_LEN_TACE, 0.56, 0.39, 0.80),
        g("mOS", CAM_LEN_TACE, 24.2, 20.1, 28.3),
        g("mOS", LEN_TACE, 17.5, 14.8, 20.2),
        g("HR_OS", CAM_LEN_TACE, 0.61, 0.41, 0.91),
        g("ORR", CAM_LEN_TACE, 67.6),
        g("ORR", LEN_TACE, 45.8),
        g("DCR", CAM_LEN_TACE, 90.1),
        g("DCR", LEN_TACE, 83.3),
    ],
)

# --------------------------------------------------------------------------------------------------------------
add(
    "blind12-10",
    "propensity-matched two-group comparison, Atezo-Bev-TACE vs Atezo-Bev; pre-matching total (share treated with "
    "TACE as a percentage) plus '84 patients were included in each group'; PFS HR and OS HR (NR upper bound of a "
    "median); mRECIST ORR; unattributed grade >=3 AEs; post-embolisation syndrome and decompensation as distractors",
    "Korean multicentre Cancer Research and Treatment-type abstract (Purpose/Materials and Methods/Results/Conclusion)",
    """Purpose: Whether adding transarterial chemoembolization (TACE) to atezolizumab plus bevacizumab (Atezo-Bev)
    benefits patients with intrahepatic-dominant unresectable hepatocellular carcinoma (HCC) is unknown. Materials
    and Methods: We retrospectively analysed patients with BCLC stage B or C, intrahepatic-dominant HCC who started
    first-line Atezo-Bev at four Korean tertiary hospitals between June 2020 and December 2023. Patients who
    underwent TACE within 8 weeks of starting Atezo-Bev (Atezo-Bev-TACE group) were compared with those who received
    Atezo-Bev alone using 1:1 propensity score matching (PSM). Results: A total of 318 eligible patients were identified,
    of whom 28.9% underwent TACE. After PSM, 84 patients were included in each group. In the
    matched cohort, median progression-free survival was 10.7 months (95% confidence interval [CI], 8.6–12.9) with
    Atezo-Bev-TACE and 6.9 months (95% CI, 5.4–8.3) with Atezo-Bev (hazard ratio [HR], 0.63; 95% CI, 0.45–0.88;
    p=0.007). Median overall survival was 25.8 months (95% CI, 19.4–not reached) and 18.6 months (95% CI,
    14.7–22.9), respectively (HR, 0.71; 95% CI, 0.48–1.05; p=0.084). The objective response rate by mRECIST was 56.0%
    versus 33.3%. Grade 3 or higher adverse events occurred in 32.1% of the
    Atezo-Bev-TACE group and 25.0% of the Atezo-Bev group; post-embolization syndrome developed in 41.7% of the Atezo-Bev-TACE group, and hepatic
    decompensation within 3 months occurred in 9.5% and 7.1%, respectively. Conclusion: Adding TACE to Atezo-Bev
    improved progression-free survival and tumor response in intrahepatic-dominant HCC without a marked increase in
    severe toxicity.""",
    [
        g("N", ALL, 318),
        g("N", AB_TACE, 84),
        g("N", AB, 84),
        g("mPFS", AB_TACE, 10.7, 8.6, 12.9),
        g("mPFS", AB, 6.9, 5.4, 8.3),
        g("HR_PFS", AB_TACE, 0.63, 0.45, 0.88),
        g("mOS", AB_TACE, 25.8, 19.4, None),
        g("mOS", AB, 18.6, 14.7, 22.9),
        g("HR_OS", AB_TACE, 0.71, 0.48, 1.05),
        g("ORR", AB_TACE, 56.0),
        g("ORR", AB, 33.3),
        g("AE_G3plus", AB_TACE, 32.1),
        g("AE_G3plus", AB, 25.0),
    ],
)

# --------------------------------------------------------------------------------------------------------------
add(
    "blind12-11",
    "propensity-matched two-group comparison, nivolumab plus sorafenib vs nivolumab alone; 'of whom 74 received ... "
    "and 122 received ...', '62 patients per group'; medians 'versus' with HRs, then 'for the combination and "
    "monotherapy groups, respectively'; unattributed grade >=3 AEs; AFP decline as distractor",
    "Taiwanese single-centre BMC Cancer-type abstract (Background/Methods/Results/Conclusions)",
    """Background: Sorafenib may modulate the tumour immune microenvironment, but clinical data on its combination
    with anti-PD-1 antibodies in advanced hepatocellular carcinoma (HCC) are limited. This study compared nivolumab
    plus sorafenib with nivolumab monotherapy. Methods: Patients with advanced HCC who received nivolumab at a
    medical centre in Taiwan between January 2017 and December 2021 were reviewed. Outcomes were compared between the
    groups after propensity-score matching for age, Child-Pugh score, BCLC stage, alpha-fetoprotein (AFP) and prior
    systemic therapy. Results: A total of 196 patients were analysed, of whom 74 received nivolumab plus sorafenib
    and 122 received nivolumab alone. After matching (62 patients per group), median progression-free
    survival was 4.3 months (95% CI 3.1–5.6) versus 2.6 months (95% CI 2.0–3.3) (HR 0.64, 95% CI 0.43–0.94; p =
    0.022), and median overall survival was 13.9 months (95% CI 9.8–18.1) versus 8.4 months (95% CI 6.2–11.0) (HR
    0.69, 95% CI 0.46–1.03; p = 0.068) for the combination and monotherapy groups, respectively. Grade 3 or higher
    adverse events occurred in 16.1% and 9.7% of matched patients in the combination and monotherapy groups (p =
    0.42). An AFP decline of more than 50% at 4
    weeks was observed in 35.1% of the combination group and 20.5% of the monotherapy group. Conclusions: Nivolumab
    plus sorafenib was associated with longer progression-free survival than nivolumab alone, without an increase in
    severe toxicity. Prospective randomised trials are warranted.""",
    [
        g("N", ALL, 196),
        g("N", NIV_SOR, 74),
        g("N", NIV, 122),
        g("N", NIV_SOR, 62),
        g("N", NIV, 62),
        g("mPFS", NIV_SOR, 4.3, 3.1, 5.6),
        g("mPFS", NIV, 2.6, 2.0, 3.3),
        g("HR_PFS", NIV_SOR, 0.64, 0.43, 0.94),
        g("mOS", NIV_SOR, 13.9, 9.8, 18.1),
        g("mOS", NIV, 8.4, 6.2, 11.0),
        g("HR_OS", NIV_SOR, 0.69, 0.46, 1.03),
        g("AE_G3plus", NIV_SOR, 16.1),
        g("AE_G3plus", NIV, 9.7),
    ],
)

# --------------------------------------------------------------------------------------------------------------
add(
    "blind12-12",
    "three-group real-world comparison (Atezo/Bev, STRIDE, lenvatinib) with Atezo/Bev as reference; 'Of 529 "
    "patients, 287 received ..., 118 ... and 124 ...'; three OS medians listed 'with X'; adjusted OS HRs above 1 "
    "for STRIDE and lenvatinib vs Atezo/Bev; PFS only as a log-rank p; TRAE grade >=3 over three groups "
    "'respectively'; bleeding, hand-foot skin reaction and subsequent therapy as distractors",
    "German/Austrian multicentre JHEP Reports-type abstract (Background & Aims/Methods/Results/Conclusions)",
    """Background & Aims: Atezolizumab plus bevacizumab (Atezo/Bev), durvalumab plus tremelimumab (STRIDE) and
    lenvatinib are recommended first-line options for advanced hepatocellular carcinoma (HCC), but comparative
    real-world data are scarce. Methods: We analysed consecutive patients with HCC who started one of the three
    regimens as first-line therapy at 12 centres in Germany and Austria between January 2021 and June 2024. Overall
    survival (OS) was compared using Cox models adjusted for ECOG performance status, ALBI grade, macrovascular
    invasion, extrahepatic spread and AFP, with Atezo/Bev as the reference. Results: Of 529 patients, 287 received
    Atezo/Bev, 118 STRIDE and 124 lenvatinib. Alcohol-related liver disease (41.4%) and metabolic
    dysfunction-associated steatotic liver disease (22.3%) were the leading aetiologies, and 63.1% of patients had
    cirrhosis. Median OS was 17.8 months (95% CI 15.1–20.6) with Atezo/Bev, 16.2 months (95% CI 12.9–20.3) with
    STRIDE and 14.6 months (95% CI 11.7–17.9) with lenvatinib. In adjusted analyses, OS did not differ significantly
    for STRIDE versus Atezo/Bev (HR 1.09, 95% CI 0.82–1.45) or for lenvatinib versus Atezo/Bev (HR 1.21, 95% CI
    0.93–1.58). Progression-free survival did not differ significantly between the three groups (log-rank p =
    0.142). Grade ≥3 treatment-related adverse events occurred in 21.3%, 16.9% and 35.5% of patients, respectively;
    bleeding events were more frequent with Atezo/Bev (6.6%) and hand-foot skin reaction with lenvatinib (8.9%).
    Subsequent systemic therapy was given to 48.2% of patients who progressed. Conclusions: In this European
    real-world cohort, survival was similar across the three first-line regimens, whereas their toxicity profiles
    differed.""",
    [
        g("N", ALL, 529),
        g("N", AB, 287),
        g("N", DT, 118),
        g("N", LEN, 124),
        g("mOS", AB, 17.8, 15.1, 20.6),
        g("mOS", DT, 16.2, 12.9, 20.3),
        g("mOS", LEN, 14.6, 11.7, 17.9),
        g("HR_OS", DT, 1.09, 0.82, 1.45),
        g("HR_OS", LEN, 1.21, 0.93, 1.58),
        g("TRAE_G3plus", AB, 21.3),
        g("TRAE_G3plus", DT, 16.9),
        g("TRAE_G3plus", LEN, 35.5),
    ],
)

# --------------------------------------------------------------------------------------------------------------
add(
    "blind12-13",
    "single-arm phase 2 of HAIC-FOLFOX + lenvatinib + sintilimab for PVTT; ORR with CI by RECIST 1.1 and ORR by "
    "mRECIST; DCR; mDOR and mOS with NE/NR upper bounds; 12-month OS rate with CI; conversion resection as "
    "distractor; TRAE and irAE grade >=3",
    "Chinese single-arm phase 2 Journal of Hepatocellular Carcinoma-type abstract (Background/Methods/Results/"
    "Conclusions)",
    """Background: Hepatocellular carcinoma (HCC) with portal vein tumour thrombus (PVTT) carries a poor prognosis.
    We conducted a single-arm, phase 2 trial of hepatic arterial infusion chemotherapy with FOLFOX (HAIC-FOLFOX)
    combined with lenvatinib and sintilimab in this population. Methods: Patients with treatment-naive HCC and
    Vp2–Vp4 PVTT, Child-Pugh class A liver function and an ECOG performance status of 0–1 received HAIC-FOLFOX every
    3 weeks for up to six cycles plus lenvatinib (8 mg or 12 mg daily) and sintilimab (200 mg every 3 weeks). The
    primary endpoint was the objective response rate (ORR) according to RECIST 1.1. Results: Between August 2021 and
    October 2023, 56 patients were enrolled, 41 (73.2%) of whom had Vp3–Vp4 PVTT. The ORR was 57.1% (95% CI
    43.2–70.3) by RECIST 1.1 and 69.6% by mRECIST, meeting the primary endpoint, and the disease control rate was
    89.3%. The median duration of response was 11.8 months (95% CI 8.3–not estimable). At a median follow-up of 21.5
    months, the median progression-free survival was 10.2 months (95% CI 7.9–12.5) and the median overall survival
    was 22.7 months (95% CI 17.4–not reached); the 12-month overall survival rate was 76.6% (95% CI 63.1–85.7).
    Twelve patients (21.4%) underwent conversion resection, four of whom achieved a pathological complete response.
    Treatment-related adverse events of grade 3 or higher occurred in 33 patients (58.9%), most commonly neutropenia
    (19.6%), elevated aminotransferases (16.1%) and thrombocytopenia (10.7%). Grade 3 or higher immune-related
    adverse events occurred in 5.4% of patients, and no treatment-related deaths were observed. Conclusions:
    HAIC-FOLFOX plus lenvatinib and sintilimab showed promising antitumour activity with manageable toxicity in HCC
    with PVTT, and a randomised trial is warranted.""",
    [
        g("N", SIN_LEN_HAIC, 56),
        g("ORR", SIN_LEN_HAIC, 57.1, 43.2, 70.3),
        g("ORR", SIN_LEN_HAIC, 69.6),
        g("DCR", SIN_LEN_HAIC, 89.3),
        g("mDOR", SIN_LEN_HAIC, 11.8, 8.3, None),
        g("mPFS", SIN_LEN_HAIC, 10.2, 7.9, 12.5),
        g("mOS", SIN_LEN_HAIC, 22.7, 17.4, None),
        g("OS_RATE", SIN_LEN_HAIC, 76.6, 63.1, 85.7),
        g("TRAE_G3plus", SIN_LEN_HAIC, 58.9),
        g("IRAE_G3plus", SIN_LEN_HAIC, 5.4),
    ],
)

# --------------------------------------------------------------------------------------------------------------
add(
    "blind12-14",
    "randomised phase 2, atezolizumab plus bevacizumab vs on-demand TACE for BCLC B beyond up-to-seven; '(54 per "
    "group)'; mPFS with HR; mTTP without CI 'respectively'; median OS not reached with CI lower bound and NR "
    "upper bound vs a reached median with NR upper bound; OS HR without p; TRAE grade >=3; ALBI deterioration and "
    "specific AEs as distractors",
    "Japanese multicentre randomised phase 2 Hepatology Research / Liver Cancer-type abstract (Background/Aims/"
    "Methods/Results/Conclusions)",
    """Background/Aims: For intermediate-stage hepatocellular carcinoma (HCC) exceeding the up-to-seven criteria,
    transarterial chemoembolization (TACE) is often ineffective and may impair liver function. We compared upfront
    atezolizumab plus bevacizumab with TACE in this population. Methods: In this multicentre, open-label, randomised
    phase 2 trial conducted at 16 Japanese hospitals, patients with Child-Pugh class A, BCLC stage B HCC beyond the
    up-to-seven criteria were randomly assigned 1:1 to atezolizumab (1200 mg) plus bevacizumab (15 mg/kg) every 3
    weeks or to on-demand conventional TACE. The primary endpoint was progression-free survival (PFS) by mRECIST.
    Results: A total of 108 patients were randomised (54 per group); the median age was 73 years. Median PFS was 9.6
    months (95% CI, 7.3–12.0) with atezolizumab plus bevacizumab and 5.8 months (95% CI, 4.2–7.5) with TACE (hazard
    ratio [HR], 0.59; 95% CI, 0.38–0.91; P = 0.017). Median time to progression was 10.1 and 6.3 months,
    respectively. Median overall survival was not reached (95% CI, 24.1–not reached) in the atezolizumab plus
    bevacizumab group versus 26.3 months (95% CI, 19.8–not reached) in the TACE group (HR, 0.74; 95% CI, 0.41–1.33).
    The proportion of patients with ALBI grade 2b or
    worse at 6 months was 16.7% versus 33.3%. Grade 3 or higher treatment-related adverse events occurred in 25.9%
    and 20.4% of patients, respectively; proteinuria (9.3%) and hypertension (7.4%) were the most frequent in the
    atezolizumab plus bevacizumab group and elevated aminotransferases (11.1%) in the TACE group. Conclusions:
    Upfront atezolizumab plus bevacizumab prolonged PFS compared with TACE in intermediate-stage HCC beyond the
    up-to-seven criteria while preserving liver function.""",
    [
        g("N", ALL, 108),
        g("N", AB, 54),
        g("N", TACE, 54),
        g("mPFS", AB, 9.6, 7.3, 12.0),
        g("mPFS", TACE, 5.8, 4.2, 7.5),
        g("HR_PFS", AB, 0.59, 0.38, 0.91),
        g("mTTP", AB, 10.1),
        g("mTTP", TACE, 6.3),
        g("mOS", AB, None, 24.1, None),
        g("mOS", TACE, 26.3, 19.8, None),
        g("HR_OS", AB, 0.74, 0.41, 1.33),
        g("TRAE_G3plus", AB, 25.9),
        g("TRAE_G3plus", TACE, 20.4),
    ],
)

# --------------------------------------------------------------------------------------------------------------
add(
    "blind12-15",
    "updated long-term analysis of a randomised phase 3 trial (sorafenib plus HAIC, 'SoraHAIC', vs sorafenib); "
    "'(119 per group)'; hyphen CIs; HR OS and PFS; 3-year OS rates per arm 'respectively'; RECIST ORR; "
    "unattributed grade >=3 AEs; downstaging resection and 5-year recurrence-free survivors as distractors",
    "Chinese JAMA Oncology-type abstract (Importance/Objective/Design, Setting, and Participants/Results/"
    "Conclusions and Relevance)",
    """Importance: Long-term outcomes of sorafenib combined with hepatic arterial infusion chemotherapy (HAIC) for
    hepatocellular carcinoma (HCC) with portal vein invasion have not been reported. Objective: To report updated
    survival and safety after extended follow-up of a randomized clinical trial comparing sorafenib plus HAIC of
    oxaliplatin, fluorouracil, and leucovorin (SoraHAIC) with sorafenib alone. Design, Setting, and Participants:
    This open-label, randomized phase 3 trial enrolled patients with HCC and portal vein invasion at 5 centers in
    China between 2016 and 2019; this updated analysis used a data cutoff of March 2024. Results: Of 238 randomized
    patients (119 per group), 212 (89.1%) were men, and the median age was 49 years. At a median follow-up of 61.4
    months, median overall survival was 14.2 months (95% CI, 12.0-16.5) with SoraHAIC and 8.1 months (95% CI,
    6.9-9.3) with sorafenib (hazard ratio [HR], 0.46; 95% CI, 0.35-0.61; P < .001). The 3-year overall survival
    rates were 21.8% and 5.9%, respectively. Median progression-free
    survival was 7.2 months (95% CI, 6.0-8.4) vs 2.7 months (95% CI, 2.4-3.1) (HR, 0.31; 95% CI, 0.23-0.42; P <
    .001). The objective response rate according to RECIST 1.1 was 41.2% vs 2.5%. Twenty patients (16.8%) in the
    SoraHAIC group were downstaged and underwent curative resection, and 9 of them were alive without recurrence at
    5 years. Adverse events of grade 3 or higher occurred in 63.9% and 47.1% of patients, respectively, and no new
    safety signals emerged during extended follow-up. Conclusions and Relevance: With more than 5 years of
    follow-up, SoraHAIC maintained a substantial overall survival benefit over sorafenib alone in HCC with portal
    vein invasion, and a small proportion of patients achieved long-term survival after conversion resection.""",
    [
        g("N", ALL, 238),
        g("N", SOR_HAIC, 119),
        g("N", SOR, 119),
        g("mOS", SOR_HAIC, 14.2, 12.0, 16.5),
        g("mOS", SOR, 8.1, 6.9, 9.3),
        g("HR_OS", SOR_HAIC, 0.46, 0.35, 0.61),
        g("OS_RATE", SOR_HAIC, 21.8),
        g("OS_RATE", SOR, 5.9),
        g("mPFS", SOR_HAIC, 7.2, 6.0, 8.4),
        g("mPFS", SOR, 2.7, 2.4, 3.1),
        g("HR_PFS", SOR_HAIC, 0.31, 0.23, 0.42),
        g("ORR", SOR_HAIC, 41.2),
        g("ORR", SOR, 2.5),
        g("AE_G3plus", SOR_HAIC, 63.9),
        g("AE_G3plus", SOR, 47.1),
    ],
)

# --------------------------------------------------------------------------------------------------------------
add(
    "blind12-16",
    "single regimen after immunotherapy (NIVO/IPI after atezo/bev), US academic centres; spelled-out N; line "
    "counts (not N); baseline aetiology percentages; ORR, mDOR with NR bound; TRAE and irAE grade >=3; TRAE "
    "discontinuation; any-grade irAEs, steroid use and prior-response HR as distractors",
    "US multicentre Journal for ImmunoTherapy of Cancer / Oncologist-type abstract (Background/Methods/Results/"
    "Conclusions)",
    """Background: Nivolumab plus ipilimumab is approved for hepatocellular carcinoma (HCC) previously treated with
    sorafenib, but its use after progression on atezolizumab plus bevacizumab (atezo/bev) has not been well
    described. Methods: We conducted a retrospective study at seven academic cancer centers in the United States,
    including adults with HCC who received nivolumab plus ipilimumab (NIVO/IPI) after atezo/bev between 2020 and
    2024. Radiographic response was assessed by investigators using RECIST v1.1, and immune-related adverse events
    (irAEs) were graded according to CTCAE v5.0. Results: Sixty-four patients were included (median age 66 years;
    78.1% male; 39.1% with hepatitis C, 28.1% with alcohol-related and 18.8% with MASLD-related liver disease).
    NIVO/IPI was given as second-line therapy in 43 patients and as third-line or later therapy in 21. The objective
    response rate was 14.1%, including two complete responses. Among
    responders, the median duration of response was 13.2 months (95% CI, 7.9–not reached). Median progression-free
    survival was 2.7 months (95% CI, 2.1–3.9) and median overall survival was 9.9 months (95% CI, 6.8–14.5). Grade 3
    or higher treatment-related adverse events occurred in 31.3% of patients. Any-grade irAEs occurred in 48.4% and
    grade 3 or higher irAEs in 23.4%, most commonly hepatitis and colitis; systemic corticosteroids were required in
    35.9%. Treatment-related adverse events led to permanent discontinuation in 17.2% of patients. Patients who had
    responded to prior atezo/bev had longer overall survival (HR 0.52; 95% CI, 0.28–0.97). Conclusions: NIVO/IPI
    demonstrated modest but durable activity after atezo/bev, with a rate of severe irAEs that warrants careful
    patient selection.""",
    [
        g("N", NI, 64),
        g("ORR", NI, 14.1),
        g("mDOR", NI, 13.2, 7.9, None),
        g("mPFS", NI, 2.7, 2.1, 3.9),
        g("mOS", NI, 9.9, 6.8, 14.5),
        g("TRAE_G3plus", NI, 31.3),
        g("IRAE_G3plus", NI, 23.4),
        g("TRAE_DISC", NI, 17.2),
    ],
)

# --------------------------------------------------------------------------------------------------------------
add(
    "blind12-17",
    "two-group second-line comparison after ATE+BEV (lenvatinib vs cabozantinib), IPTW; 'Of 203 patients, 127 "
    "received ... and 76 received ...'; 'the hazard ratio of lenvatinib versus cabozantinib was 0.84 ... for OS and "
    "0.81 ... for PFS'; ORR pair; unattributed grade >=3 AEs; prognostic HRs and specific AEs as distractors",
    "Korean multicentre Clinical and Molecular Hepatology-type abstract (Background/Aims/Methods/Results/"
    "Conclusions)",
    """Background/Aims: The optimal second-line treatment after atezolizumab plus bevacizumab (ATE+BEV) for
    unresectable hepatocellular carcinoma (HCC) has not been established. We compared lenvatinib and cabozantinib in
    this setting. Methods: This multicenter retrospective study included patients who received lenvatinib or
    cabozantinib as second-line therapy after progression on first-line ATE+BEV at five Korean hospitals between
    2021 and 2024. Inverse probability of treatment weighting (IPTW) was applied to balance baseline characteristics.
    Results: Of 203 patients, 127 received lenvatinib and 76 received cabozantinib. The median age was 64 years,
    83.7% were male, and hepatitis B was the predominant aetiology (69.0%). Median overall survival (OS) was 10.8
    months (95% CI, 9.0–12.9) in the lenvatinib group and 9.1 months (95% CI, 6.7–11.6) in the cabozantinib group,
    and median progression-free survival (PFS) was 4.2 months (95% CI, 3.5–5.1) and 3.6 months (95% CI, 2.9–4.6),
    respectively. After IPTW, the hazard ratio of lenvatinib versus cabozantinib was 0.84 (95% CI, 0.60–1.18; P =
    0.317) for OS and 0.81 (95% CI, 0.59–1.11; P = 0.189) for PFS. The objective response rate was 11.8% versus
    5.3%. In multivariable analysis, ALBI grade 2 (HR 1.92; 95% CI, 1.35–2.74) and macrovascular invasion (HR 1.46;
    95% CI, 1.03–2.07) were associated with worse OS. Grade 3 or higher adverse events occurred in 37.8% and 42.1% of
    patients, with hypertension more frequent with lenvatinib (12.6% vs. 6.6%) and diarrhoea more frequent with
    cabozantinib (14.5% vs. 4.7%). Conclusions: Lenvatinib and cabozantinib provided comparable survival as second-line therapy
    after ATE+BEV, and the choice between them may be guided by toxicity profile and liver function.""",
    [
        g("N", ALL, 203),
        g("N", LEN, 127),
        g("N", CABO, 76),
        g("mOS", LEN, 10.8, 9.0, 12.9),
        g("mOS", CABO, 9.1, 6.7, 11.6),
        g("mPFS", LEN, 4.2, 3.5, 5.1),
        g("mPFS", CABO, 3.6, 2.9, 4.6),
        g("HR_OS", LEN, 0.84, 0.60, 1.18),
        g("HR_PFS", LEN, 0.81, 0.59, 1.11),
        g("ORR", LEN, 11.8),
        g("ORR", CABO, 5.3),
        g("AE_G3plus", LEN, 37.8),
        g("AE_G3plus", CABO, 42.1),
    ],
)

# --------------------------------------------------------------------------------------------------------------
add(
    "blind12-18",
    "single-regimen real-world cohort (camrelizumab plus apatinib, first line); ORR by RECIST 1.1 and mRECIST "
    "'respectively'; DCR; 12- and 24-month OS rates; time to response, AFP response and its HR, any-grade TRAEs, "
    "specific grade >=3 AEs, RCCEP and dose modification as distractors; TRAE grade >=3; TRAE discontinuation",
    "Chinese three-hospital World Journal of Gastrointestinal Oncology-type abstract (Objective/Methods/Results/"
    "Conclusion)",
    """Objective: To assess the effectiveness and safety of camrelizumab combined with apatinib as first-line
    treatment for advanced hepatocellular carcinoma (HCC) in routine clinical practice. Methods: Patients with BCLC
    stage B or C HCC who received camrelizumab (200 mg every 2 weeks) plus apatinib (250 mg daily) as first-line
    systemic therapy at three hospitals in Guangdong between March 2021 and March 2024 were retrospectively reviewed.
    Tumour response was evaluated according to RECIST 1.1 and mRECIST. Results: In total, 148 patients were
    analysed; 86.5% were male, 91.2% were positive for hepatitis B surface antigen, and 60.8% had macrovascular
    invasion. The objective response rates by RECIST 1.1 and mRECIST were 27.0% and 36.5%, respectively, and the
    disease control rate was 75.7%. The median progression-free survival was 6.6 months (95% CI 5.5–7.7) and the
    median overall survival was 19.1 months (95% CI 16.0–22.2); the 12-month and 24-month overall survival rates
    were 70.3% and 41.9%. The median time to response was 1.9 months. An early AFP response (≥50% decline at 6
    weeks) was achieved by 48.6% of patients with a baseline AFP ≥20 ng/mL and was associated with longer overall
    survival (HR 0.47, 95% CI 0.29–0.76). Treatment-related adverse events of any grade occurred in 93.2% of patients
    and those of grade ≥3 in 43.9%; the most common grade ≥3 events were hypertension (14.2%), elevated aspartate
    aminotransferase (8.1%) and palmar-plantar erythrodysesthesia (6.8%). Reactive cutaneous capillary endothelial
    proliferation was observed in 22.3%. The apatinib dose was reduced or interrupted in 39.9% of patients, and
    treatment was discontinued owing to treatment-related adverse events in 9.5%. Conclusion: Camrelizumab plus
    apatinib showed favourable effectiveness and manageable toxicity as first-line treatment for advanced HCC in a
    real-world population.""",
    [
        g("N", CAM_RIV, 148),
        g("ORR", CAM_RIV, 27.0),
        g("ORR", CAM_RIV, 36.5),
        g("DCR", CAM_RIV, 75.7),
        g("mPFS", CAM_RIV, 6.6, 5.5, 7.7),
        g("mOS", CAM_RIV, 19.1, 16.0, 22.2),
        g("OS_RATE", CAM_RIV, 70.3),
        g("OS_RATE", CAM_RIV, 41.9),
        g("TRAE_G3plus", CAM_RIV, 43.9),
        g("TRAE_DISC", CAM_RIV, 9.5),
    ],
)

# --------------------------------------------------------------------------------------------------------------
add(
    "blind12-19",
    "unstructured; three-group comparison of first-line TKIs (sorafenib, lenvatinib, donafenib); 'n received A, n "
    "B and n C'; three OS medians each with CI; two adjusted HRs against the common reference sorafenib ('the "
    "adjusted hazard ratio for death was 0.71 ... for lenvatinib'); mRECIST ORR over three groups 'respectively'; "
    "specific grade >=3 AEs and subsequent therapy as distractors",
    "Chinese single-centre Frontiers in Oncology-type unstructured abstract",
    """Sorafenib, lenvatinib and donafenib are all approved first-line tyrosine kinase inhibitors (TKIs) for
    unresectable hepatocellular carcinoma (HCC) in China, but they have rarely been compared directly. We
    retrospectively analysed 362 patients with hepatitis B virus-related unresectable HCC who started first-line TKI
    monotherapy at a single cancer centre between January 2019 and December 2023: 104 received sorafenib, 151
    lenvatinib and 107 donafenib. The median age was 56 years, and 41.2% of patients had macrovascular invasion.
    Median overall survival was 11.4 months (95% CI 9.6–13.2) with sorafenib, 15.9
    months (95% CI 13.8–18.0) with lenvatinib and 14.3 months (95% CI 12.0–16.6) with donafenib. Compared with sorafenib, the adjusted hazard ratio for death was 0.71 (95% CI 0.53–0.95)
    for lenvatinib and 0.79 (95% CI 0.58–1.07) for donafenib. Objective response rates according to mRECIST were
    10.6%, 34.4% and 22.4%, respectively. Grade ≥3 hand-foot skin reaction was more frequent with sorafenib (14.4%)
    and donafenib (10.3%) than with lenvatinib (3.3%), whereas grade ≥3 hypertension predominated with lenvatinib
    (11.9%). Subsequent systemic therapy was received by 43.3%, 49.0% and 46.7% of patients, respectively. In
    hepatitis B virus-related HCC, lenvatinib and donafenib were associated with longer survival than sorafenib, and
    the three agents had distinct toxicity profiles.""",
    [
        g("N", ALL, 362),
        g("N", SOR, 104),
        g("N", LEN, 151),
        g("N", DON, 107),
        g("mOS", SOR, 11.4, 9.6, 13.2),
        g("mOS", LEN, 15.9, 13.8, 18.0),
        g("mOS", DON, 14.3, 12.0, 16.6),
        g("HR_OS", LEN, 0.71, 0.53, 0.95),
        g("HR_OS", DON, 0.79, 0.58, 1.07),
        g("ORR", SOR, 10.6),
        g("ORR", LEN, 34.4),
        g("ORR", DON, 22.4),
    ],
)

# --------------------------------------------------------------------------------------------------------------
add(
    "blind12-20",
    "single-arm phase 2 in Child-Pugh B7-B8 (atezolizumab plus bevacizumab); spelled-out N 'Sixty'; Child-Pugh B7 "
    "/ B8 counts without own results (not N); primary endpoint TRAE grade >=3; irAE grade >=3; TRAE "
    "discontinuation; Child-Pugh score HR, specific AEs and decompensation to Child-Pugh C as distractors",
    "Korean multicentre phase 2 Cancer Research and Treatment-type abstract (Purpose/Materials and methods/Results/"
    "Conclusion)",
    """Purpose: Patients with Child-Pugh class B liver function were excluded from the pivotal trials of
    atezolizumab plus bevacizumab. This phase 2 study prospectively evaluated the safety and efficacy of
    atezolizumab plus bevacizumab in patients with unresectable hepatocellular carcinoma (HCC) and Child-Pugh B7 or
    B8 liver function. Materials and methods: In this single-arm, multicentre phase 2 trial in Korea, patients with
    treatment-naive unresectable HCC, a Child-Pugh score of 7 or 8 and an ECOG performance status of 0–1 received
    atezolizumab 1200 mg plus bevacizumab 15 mg/kg every 3 weeks. The primary endpoint was the incidence of grade 3
    or higher treatment-related adverse events; secondary endpoints included objective response rate (ORR),
    progression-free survival (PFS) and overall survival (OS). Results: Sixty patients were enrolled between 2022
    and 2024: 38 with Child-Pugh B7 and 22 with Child-Pugh B8 liver function. Grade 3 or higher treatment-related
    adverse events occurred in 23.3% of patients, including hepatic encephalopathy (5.0%), gastrointestinal bleeding
    (3.3%) and proteinuria (3.3%). Grade ≥3 immune-related adverse events occurred in 6.7%, and 11.7% of patients
    discontinued treatment because of treatment-related adverse events. The ORR by RECIST 1.1 was 18.3% and the
    disease control rate was 61.7%. Median PFS was 4.9 months (95% CI, 3.5–6.4) and median OS was 10.3 months (95%
    CI, 7.6–13.5). A Child-Pugh score of 8 was associated with shorter OS than a score of 7 (hazard ratio 1.88;
    95% CI, 1.02–3.47). Liver function deteriorated to Child-Pugh class C in 16.7% of patients during treatment.
    Conclusion: Atezolizumab plus bevacizumab was tolerable in patients with Child-Pugh B7–B8 HCC, although efficacy
    was modest, particularly in those with a Child-Pugh score of 8.""",
    [
        g("N", AB, 60),
        g("TRAE_G3plus", AB, 23.3),
        g("IRAE_G3plus", AB, 6.7),
        g("TRAE_DISC", AB, 11.7),
        g("ORR", AB, 18.3),
        g("DCR", AB, 61.7),
        g("mPFS", AB, 4.9, 3.5, 6.4),
        g("mOS", AB, 10.3, 7.6, 13.5),
    ],
)

# --------------------------------------------------------------------------------------------------------------
add(
    "blind12-21",
    "randomised phase 2, SIRT followed by atezolizumab plus bevacizumab vs atezolizumab plus bevacizumab alone; "
    "'(SIRT group, n = 67; systemic therapy alone, n = 65)'; 12-month PFS rates with CI (primary endpoint); PFS "
    "and OS HRs given inside the control-arm parenthesis; NR upper bound; mRECIST ORR; TRAE grade >=3 'vs'",
    "French/Spanish investigator-initiated trial, JHEP Reports / Journal of Hepatology-type abstract (Background and "
    "Aims/Methods/Results/Conclusions)",
    """Background and Aims: Selective internal radiation therapy (SIRT) may enhance the antitumour immune response.
    We assessed whether adding SIRT to atezolizumab plus bevacizumab improves outcomes in patients with
    liver-dominant advanced hepatocellular carcinoma (HCC). Methods: In this investigator-initiated, open-label,
    randomised phase 2 trial at 14 centres in France and Spain, patients with liver-dominant BCLC stage B or C HCC
    and Child-Pugh A liver function were randomly assigned 1:1 to SIRT with yttrium-90 resin microspheres followed
    by atezolizumab plus bevacizumab, or to atezolizumab plus bevacizumab alone. The primary endpoint was the
    12-month progression-free survival (PFS) rate. Results: Between May 2021 and November 2023, 132 patients were
    randomised (SIRT group, n = 67; systemic therapy alone, n = 65); the median age was 68 years. The 12-month PFS
    rate was 44.8% (95% CI 32.7–56.2) in the SIRT group and 29.2% (95% CI 18.7–40.6) in the control group (one-sided
    p = 0.031), meeting the primary endpoint. Median PFS was 9.8 months (95% CI 7.4–12.6) vs 6.7 months (95% CI
    5.2–8.3; HR 0.66, 95% CI 0.44–0.98). Median overall survival was 22.5 months (95% CI 17.6–not reached) vs 18.9
    months (95% CI 14.2–23.7; HR 0.81, 95% CI 0.51–1.29). The objective response rate according to mRECIST was 52.2%
    vs 30.8%. Grade 3 or higher treatment-related adverse events were reported in 37.3% vs 27.7% of patients, and
    radioembolisation-induced liver disease occurred in three patients (4.5%) in the SIRT group. Conclusions: SIRT followed by
    atezolizumab plus bevacizumab improved the 12-month PFS rate compared with atezolizumab plus bevacizumab alone
    in liver-dominant HCC, without unexpected toxicity; a phase 3 trial is warranted.""",
    [
        g("N", ALL, 132),
        g("N", AB_TARE, 67),
        g("N", AB, 65),
        g("PFS_RATE", AB_TARE, 44.8, 32.7, 56.2),
        g("PFS_RATE", AB, 29.2, 18.7, 40.6),
        g("mPFS", AB_TARE, 9.8, 7.4, 12.6),
        g("mPFS", AB, 6.7, 5.2, 8.3),
        g("HR_PFS", AB_TARE, 0.66, 0.44, 0.98),
        g("mOS", AB_TARE, 22.5, 17.6, None),
        g("mOS", AB, 18.9, 14.2, 23.7),
        g("HR_OS", AB_TARE, 0.81, 0.51, 1.29),
        g("ORR", AB_TARE, 52.2),
        g("ORR", AB, 30.8),
        g("TRAE_G3plus", AB_TARE, 37.3),
        g("TRAE_G3plus", AB, 27.7),
    ],
)

# --------------------------------------------------------------------------------------------------------------
add(
    "blind12-22",
    "exploratory post hoc analysis by aetiology of a randomised phase 3 trial (toripalimab plus bevacizumab vs "
    "sorafenib); '(toripalimab plus bevacizumab, n = 162; sorafenib, n = 164)'; aetiology shares as percentages "
    "(not N); ITT medians and HR, then HBV-subgroup HR and ORR pair, non-viral HR; AFP HR (prognostic) as "
    "distractor; TRAE grade >=3 in the safety population",
    "multinational (Asia) exploratory-analysis Liver Cancer / JHEP Reports-type abstract (Background/Methods/"
    "Results/Conclusions)",
    """Background: Whether the benefit of PD-1 blockade combined with anti-VEGF therapy differs by the aetiology of
    hepatocellular carcinoma (HCC) is debated. We report an exploratory post hoc analysis, by aetiology, of a
    randomised phase 3 trial comparing toripalimab plus bevacizumab with sorafenib as first-line therapy for
    unresectable HCC. Methods: Patients were grouped as hepatitis B virus (HBV)-related, hepatitis C virus
    (HCV)-related or non-viral HCC. Hazard ratios (HRs) for overall survival (OS) were estimated with stratified Cox
    models within each subgroup. Results: Of the 326 randomised patients (toripalimab plus bevacizumab, n = 162;
    sorafenib, n = 164), 77.0% had HBV-related, 7.1% HCV-related and 16.0% non-viral HCC. In the overall population,
    median OS was 20.1 months (95% CI 16.7–24.0) with toripalimab plus bevacizumab versus 14.3 months (95% CI
    11.9–17.2) with sorafenib (HR 0.72, 95% CI 0.55–0.94). In the HBV subgroup, the HR for OS was 0.68 (95% CI
    0.50–0.92), and the objective response rate was 26.7% versus 6.1%. In the non-viral
    subgroup, the HR for OS was 0.91 (95% CI 0.47–1.76); the HCV subgroup was too small for meaningful estimates.
    Baseline AFP of 400 ng/mL or higher was associated with shorter OS irrespective of treatment (HR 1.62, 95% CI
    1.24–2.12). Grade 3 or higher treatment-related adverse events occurred in 33.3% of patients receiving
    toripalimab plus bevacizumab and 34.8% of those receiving sorafenib in the safety population, with no meaningful
    differences across aetiologies. Conclusions: Toripalimab plus bevacizumab improved OS compared with sorafenib in
    HBV-related HCC; the benefit in non-viral HCC remains uncertain given the small sample size.""",
    [
        g("N", ALL, 326),
        g("N", TOR_BEV, 162),
        g("N", SOR, 164),
        g("mOS", TOR_BEV, 20.1, 16.7, 24.0),
        g("mOS", SOR, 14.3, 11.9, 17.2),
        g("HR_OS", TOR_BEV, 0.72, 0.55, 0.94),
        g("HR_OS", TOR_BEV, 0.68, 0.50, 0.92),
        g("ORR", TOR_BEV, 26.7),
        g("ORR", SOR, 6.1),
        g("HR_OS", TOR_BEV, 0.91, 0.47, 1.76),
        g("TRAE_G3plus", TOR_BEV, 33.3),
        g("TRAE_G3plus", SOR, 34.8),
    ],
)


# ==============================================================================================================
# Checks
# ==============================================================================================================

NUM_RE = re.compile(r"\d+(?:\.\d+)?")


def numbers_in(text: str) -> list[float]:
    t = re.sub(r"(?<=\d),(?=\d{3}\b)", "", text)
    nums = [float(m) for m in NUM_RE.findall(t)]
    for word, val in SPELLED.items():
        if re.search(r"\b" + re.escape(word) + r"\b", text):
            nums.append(float(val))
    return nums


def load_lexicon():
    agents, regimens = {}, set()
    with LEXICON.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line:
                continue
            rec = json.loads(line)
            if rec["kind"] == "agent":
                agents[rec["id"]] = rec["rank"]
            else:
                regimens.add(rec["id"])
    return agents, regimens


def arm_ok(arm: str, agents: dict, regimens: set) -> bool:
    if arm == "overall" or arm in regimens or arm in agents:
        return True
    parts = arm.split(" + ")
    if len(parts) < 2 or any(p not in agents for p in parts) or len(set(parts)) != len(parts):
        return False
    return parts == sorted(parts, key=lambda p: (agents[p], p))


def check() -> list[str]:
    agents, regimens = load_lexicon()
    errors = []
    ids = [r["id"] for r in ROWS]
    if len(ids) != len(set(ids)):
        errors.append("duplicate row ids")
    for i, r in enumerate(ROWS, 1):
        if r["id"] != f"blind12-{i:02d}":
            errors.append(f"{r['id']}: id out of sequence (expected blind12-{i:02d})")
        nums = numbers_in(r["text"])
        words = len(r["text"].split())
        if not 180 <= words <= 300:
            errors.append(f"{r['id']}: {words} words (want 180-300)")
        seen = set()
        for f in r["gold"]:
            if f["endpoint"] not in ENDPOINTS:
                errors.append(f"{r['id']}: bad endpoint {f['endpoint']}")
            if not arm_ok(f["arm"], agents, regimens):
                errors.append(f"{r['id']}: bad arm {f['arm']!r}")
            for k in ("value", "ci_low", "ci_high"):
                v = f[k]
                if v is not None and not any(abs(n - v) < 1e-9 for n in nums):
                    errors.append(
                        f"{r['id']}: {f['endpoint']} {k}={v} not found as a number in the text"
                    )
            v, lo, hi = f["value"], f["ci_low"], f["ci_high"]
            if v is not None:
                if lo is not None and lo > v:
                    errors.append(f"{r['id']}: {f['endpoint']} ci_low {lo} > value {v}")
                if hi is not None and hi < v:
                    errors.append(f"{r['id']}: {f['endpoint']} ci_high {hi} < value {v}")
            elif lo is not None and hi is not None and lo > hi:
                errors.append(f"{r['id']}: {f['endpoint']} ci_low > ci_high")
            key = (f["endpoint"], f["arm"], f["value"])
            if key in seen:
                errors.append(f"{r['id']}: duplicate {key}")
            seen.add(key)
    return errors


def review() -> None:
    """List, per row, the numbers in the text that are not gold values / bounds, and gold numbers seen twice."""
    for r in ROWS:
        gold_nums = set()
        for f in r["gold"]:
            for k in ("value", "ci_low", "ci_high"):
                if f[k] is not None:
                    gold_nums.add(float(f[k]))
        nums = numbers_in(r["text"])
        other = [n for n in nums if n not in gold_nums]
        counts = Counter(nums)
        repeated = sorted(n for n in gold_nums if counts[n] > 1)
        fmt = lambda xs: ", ".join(f"{x:g}" for x in xs)  # noqa: E731
        print(f"{r['id']}: not gold: {fmt(other)}")
        if repeated:
            print(f"{' ' * len(r['id'])}  gold numbers occurring more than once: {fmt(repeated)}")


def main(argv: list[str]) -> int:
    errors = check()
    if errors:
        for e in errors:
            print("ERROR", e)
        return 1
    with OUT.open("w", encoding="utf-8") as fh:
        for r in ROWS:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    n_gold = sum(len(r["gold"]) for r in ROWS)
    per_ep = Counter(f["endpoint"] for r in ROWS for f in r["gold"])
    with_ci = sum(
        1 for r in ROWS for f in r["gold"] if f["ci_low"] is not None or f["ci_high"] is not None
    )
    null_hi = sum(
        1 for r in ROWS for f in r["gold"] if f["ci_low"] is not None and f["ci_high"] is None
    )
    null_val = sum(1 for r in ROWS for f in r["gold"] if f["value"] is None)
    words = [len(r["text"].split()) for r in ROWS]
    print(
        f"{len(ROWS)} rows, {n_gold} gold findings ({with_ci} with a CI, {null_hi} with a null upper bound, "
        f"{null_val} null values)"
    )
    print("per endpoint: " + ", ".join(f"{k} {v}" for k, v in per_ep.most_common()))
    print(
        "words per row: "
        + ", ".join(f"{r['id'][-2:]}:{w}" for r, w in zip(ROWS, words, strict=True))
    )
    print(f"words min {min(words)}, max {max(words)}, mean {sum(words) / len(words):.0f}")
    print("gold per row: " + ", ".join(f"{r['id'][-2:]}:{len(r['gold'])}" for r in ROWS))
    if "--review" in argv:
        review()
    print("sha256", hashlib.sha256(OUT.read_bytes()).hexdigest(), OUT.name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
