"""Build tests/blind11/blind11.jsonl, the ELEVENTH blind extraction set (typical HCC, biliary and GI abstracts).

    python tests/blind11/build_blind11.py            # write blind11.jsonl, run the checks, print counts + sha256
    python tests/blind11/build_blind11.py --review   # also list, per row, the numbers in the text that are not gold

This file is the source of truth: ROWS is filled by add(id, style, source_style, text, gold) and every gold
finding is made with g(endpoint, arm, value, ci_low, ci_high). All 22 abstracts are invented studies written
for this set in the style of real abstracts (see README.md); their numbers are invented.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = next(p for p in HERE.parents if (p / "extractors" / "lexicon" / "regimens.jsonl").is_file())
LEXICON = ROOT / "extractors" / "lexicon" / "regimens.jsonl"
OUT = HERE / "blind11.jsonl"

ENDPOINTS = (
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
)

# Spelled-out counts used at sentence start (whitelisted for the "value occurs in text" check).
SPELLED = {
    "Thirty-one": 31,
    "Fifty-eight": 58,
    "Sixty-four": 64,
    "Seventy-three": 73,
}

WORDS_MIN, WORDS_MAX = 180, 300

ROWS: list[dict] = []


def g(endpoint, arm, value, ci_low=None, ci_high=None):
    return {"endpoint": endpoint, "arm": arm, "value": value, "ci_low": ci_low, "ci_high": ci_high}


def add(id_, style, source_style, text, gold):
    ROWS.append(
        {
            "id": id_,
            "style": style,
            "source_style": source_style,
            "text": " ".join(text.split()),
            "gold": gold,
        }
    )


AB = "atezolizumab + bevacizumab"

# --------------------------------------------------------------------------------------------------- 01
add(
    "blind11-01",
    "structured",
    "real-world multicentre single-regimen cohort (Background/Methods/Results/Conclusions)",
    """Background: Atezolizumab plus bevacizumab (Atez/Bev) is the preferred first-line therapy for unresectable
    hepatocellular carcinoma (HCC), but data from Western practice beyond the registration trial remain limited. We
    assessed effectiveness and tolerability in routine care across centres in Italy and Spain. Methods: This
    retrospective study included consecutive patients starting Atez/Bev between January 2021 and June 2023 at eleven
    hospitals. Radiological response was assessed locally according to RECIST 1.1. Survival was estimated with the
    Kaplan-Meier method and prognostic factors were explored with Cox regression. Results: A total of 214 patients
    were analysed. The median age was 69 years (range 38-87), 82.2% were men, 84.6% were Child-Pugh class A and 57.9%
    had BCLC stage C disease; non-viral aetiology accounted for 48.1% of cases. After a median follow-up of 14.2
    months, median overall survival (OS) was 15.8 months (95% CI 13.1-18.6) and median progression-free survival
    (PFS) was 6.9 months (95% CI 5.7-8.2). The objective response rate was 27.6% and the disease control rate was
    71.5%. In multivariable analysis, ALBI grade 2 (HR 1.79, 95% CI 1.21-2.64) and macrovascular invasion (HR 1.52,
    95% CI 1.05-2.20) were independently associated with shorter OS. Grade 3 or higher treatment-related adverse
    events occurred in 18.2% of patients, most commonly hypertension and proteinuria, and 7.9% discontinued therapy
    because of treatment-related adverse events. Bleeding events of any grade were recorded in 5.1%. Conclusions: In
    this Southern European cohort, the outcomes of Atez/Bev were close to those of the pivotal trial, and liver
    function at baseline remained the main determinant of survival.""",
    [
        g("N", AB, 214),
        g("mOS", AB, 15.8, 13.1, 18.6),
        g("mPFS", AB, 6.9, 5.7, 8.2),
        g("ORR", AB, 27.6),
        g("DCR", AB, 71.5),
        g("TRAE_G3plus", AB, 18.2),
        g("TRAE_DISC", AB, 7.9),
    ],
)

# --------------------------------------------------------------------------------------------------- 02
TL = "tislelizumab + lenvatinib"
add(
    "blind11-02",
    "structured",
    "randomised phase 3 two-arm trial (Lancet-type Background/Methods/Findings/Interpretation)",
    """Background: Combining an anti-PD-1 antibody with a multikinase inhibitor may improve outcomes over tyrosine
    kinase inhibitor monotherapy in unresectable hepatocellular carcinoma. We compared tislelizumab plus lenvatinib
    with lenvatinib alone as first-line treatment. Methods: In this randomised, open-label, multicentre phase 3
    trial, adults with unresectable hepatocellular carcinoma, Child-Pugh class A liver function and an ECOG
    performance status of 0 or 1 were assigned (1:1) to tislelizumab 200 mg every 3 weeks plus lenvatinib (12 mg or
    8 mg daily by bodyweight) or lenvatinib alone. Randomisation was stratified by macrovascular invasion or
    extrahepatic spread, baseline alpha-fetoprotein and region. The primary endpoint was overall survival in the
    intention-to-treat population. Findings: Between March 2020 and October 2021, 486 patients were randomly
    assigned to tislelizumab plus lenvatinib (n = 244) or lenvatinib (n = 242). At a median follow-up of 26.8
    months, median overall survival was 21.4 months (95% CI 18.9-24.6) with the combination versus 17.0 months
    (14.8-19.3) with lenvatinib (hazard ratio [HR] 0.76, 95% CI 0.62-0.93; p=0.007). Median progression-free
    survival was 8.1 months (7.0-9.6) versus 5.5 months (4.6-6.4; HR 0.64, 0.53-0.78; p<0.0001). Confirmed
    objective responses per RECIST 1.1 were seen in 34.0% and 19.4% of patients, respectively. Grade 3 or worse
    treatment-related adverse events occurred in 58.2% of patients in the combination group and 49.6% in the
    lenvatinib group; treatment-related adverse events led to discontinuation of any study drug in 10.7% and 6.2%.
    Treatment-related deaths occurred in three and two patients. Interpretation: Tislelizumab plus lenvatinib
    significantly prolonged overall and progression-free survival compared with lenvatinib alone, with a manageable
    safety profile.""",
    [
        g("N", "overall", 486),
        g("N", TL, 244),
        g("N", "lenvatinib", 242),
        g("mOS", TL, 21.4, 18.9, 24.6),
        g("mOS", "lenvatinib", 17.0, 14.8, 19.3),
        g("HR_OS", TL, 0.76, 0.62, 0.93),
        g("mPFS", TL, 8.1, 7.0, 9.6),
        g("mPFS", "lenvatinib", 5.5, 4.6, 6.4),
        g("HR_PFS", TL, 0.64, 0.53, 0.78),
        g("ORR", TL, 34.0),
        g("ORR", "lenvatinib", 19.4),
        g("TRAE_G3plus", TL, 58.2),
        g("TRAE_G3plus", "lenvatinib", 49.6),
        g("TRAE_DISC", TL, 10.7),
        g("TRAE_DISC", "lenvatinib", 6.2),
    ],
)

# --------------------------------------------------------------------------------------------------- 03
CR = "camrelizumab + rivoceranib"
add(
    "blind11-03",
    "conference",
    "ASCO-type meeting abstract, single-arm phase 2 (Background/Methods/Results/Conclusions, pts)",
    """Background: Portal vein tumor thrombus (PVTT) confers a poor prognosis in hepatocellular carcinoma (HCC), and
    prospective data on immunotherapy-based combinations in this population are scarce. Methods: In this
    single-arm, phase 2 study, pts with treatment-naive advanced HCC and Vp3 or Vp4 PVTT, Child-Pugh A and ECOG PS
    0-1 received camrelizumab 200 mg every 2 weeks plus apatinib 250 mg once daily. The primary endpoint was ORR per
    RECIST v1.1 by investigator; secondary endpoints were ORR per mRECIST, DCR, duration of response (DOR), PFS, OS
    and safety. Results: Between May 2021 and August 2022, 46 pts were enrolled (median age 54 years; 87.0%
    HBV-related; Vp4 in 39.1%). As of the data cutoff, median follow-up was 18.3 months. ORR per RECIST v1.1 was
    32.6% (95% CI 19.5-48.0) and ORR per mRECIST was 43.5% (95% CI 28.9-58.9); DCR was 80.4%. Median DOR was 9.7
    months (95% CI 6.2-NR). Median PFS was 6.4 months (95% CI 4.8-8.1) and median OS was 17.9 months (95% CI
    13.0-NR); the 6-month PFS rate was 52.2% and the 12-month OS rate was 68.5%. Grade ≥3 treatment-related adverse events (TRAEs) occurred in 65.2% of
    pts, the most common being hypertension (19.6%), increased aspartate aminotransferase (10.9%) and
    thrombocytopenia (8.7%). No treatment-related deaths occurred. Conclusions: Camrelizumab plus apatinib showed
    encouraging activity with an acceptable safety profile in advanced HCC with major PVTT, supporting evaluation in
    a randomized setting.""",
    [
        g("N", CR, 46),
        g("ORR", CR, 32.6, 19.5, 48.0),
        g("ORR", CR, 43.5, 28.9, 58.9),
        g("DCR", CR, 80.4),
        g("mDOR", CR, 9.7, 6.2, None),
        g("mPFS", CR, 6.4, 4.8, 8.1),
        g("mOS", CR, 17.9, 13.0, None),
        g("PFS_RATE", CR, 52.2),
        g("OS_RATE", CR, 68.5),
        g("TRAE_G3plus", CR, 65.2),
    ],
)

# --------------------------------------------------------------------------------------------------- 04
LT = "lenvatinib + tace"
add(
    "blind11-04",
    "structured",
    "retrospective propensity-matched two-arm comparison (Purpose/Methods/Results/Conclusion)",
    """Purpose: To compare lenvatinib combined with transarterial chemoembolization (TACE) with lenvatinib
    monotherapy as initial treatment for unresectable hepatocellular carcinoma (HCC) beyond the up-to-seven
    criteria. Methods: Patients treated between 2019 and 2023 at three tertiary centres were retrospectively
    reviewed. Propensity score matching (1:1, caliper 0.05) was used to balance age, Child-Pugh score, tumour burden,
    portal vein invasion and alpha-fetoprotein. Tumour response was assessed according to mRECIST. Results: Of 268
    eligible patients, 97 received lenvatinib plus TACE (LEN-TACE) and 171 received lenvatinib alone. After
    matching, 82 patients remained in each group. Median overall survival was 16.9 months (95% CI 14.2-20.3) in the
    LEN-TACE group compared with 11.8 months (95% CI 9.6-13.7) in the lenvatinib group (HR 0.58, 95% CI 0.41-0.83;
    P = 0.003). Median progression-free survival was also longer with LEN-TACE (7.6 vs. 4.9 months; HR 0.62, 95% CI
    0.45-0.86; P = 0.004), and median time to progression was 9.1 months (95% CI 7.4-11.0) versus 5.6 months (95% CI
    4.3-6.8). The objective response rate was 54.9% versus 26.8% (P < 0.001). Portal vein tumour
    thrombus (HR 1.66, 95% CI 1.12-2.46) and AFP of 400 ng/mL or more (HR 1.48, 95% CI 1.03-2.13) were independent
    adverse prognostic factors. Grade 3 or higher adverse events were observed in 28.0% and 17.1% of matched
    patients, respectively; post-embolization syndrome was the main cause of the difference, and no
    procedure-related deaths occurred. Median lenvatinib dose intensity was 78.5% in both cohorts. Conclusion:
    Adding TACE to lenvatinib was associated with longer survival and higher response rates in patients with high
    tumour burden HCC, at the cost of more frequent but manageable adverse events.""",
    [
        g("N", "overall", 268),
        g("N", LT, 97),
        g("N", "lenvatinib", 171),
        g("N", LT, 82),
        g("N", "lenvatinib", 82),
        g("mOS", LT, 16.9, 14.2, 20.3),
        g("mOS", "lenvatinib", 11.8, 9.6, 13.7),
        g("HR_OS", LT, 0.58, 0.41, 0.83),
        g("mPFS", LT, 7.6),
        g("mPFS", "lenvatinib", 4.9),
        g("HR_PFS", LT, 0.62, 0.45, 0.86),
        g("mTTP", LT, 9.1, 7.4, 11.0),
        g("mTTP", "lenvatinib", 5.6, 4.3, 6.8),
        g("ORR", LT, 54.9),
        g("ORR", "lenvatinib", 26.8),
        g("AE_G3plus", LT, 28.0),
        g("AE_G3plus", "lenvatinib", 17.1),
    ],
)

# --------------------------------------------------------------------------------------------------- 05
add(
    "blind11-05",
    "structured",
    "second line after immunotherapy, real-world single agent (Background and Aims/Methods/Results/Conclusions)",
    """Background and Aims: Cabozantinib was approved after sorafenib, yet most patients now receive an immune
    checkpoint inhibitor-based regimen first. We evaluated cabozantinib after progression on first-line
    immunotherapy in clinical practice. Methods: This multicentre retrospective study enrolled patients with
    hepatocellular carcinoma who started cabozantinib after atezolizumab plus bevacizumab or durvalumab plus
    tremelimumab at 14 centres in Japan, Germany and Austria. Response was assessed according to RECIST 1.1.
    Results: Seventy-three patients were included; the median age was 71 years, 69.9% had BCLC stage C and 30.1% were
    Child-Pugh class B at cabozantinib initiation. The starting dose was 40 mg in 52.1% of patients, and the median
    time from the end of first-line therapy to cabozantinib was 1.1 months. Median OS was 9.6 months (95% CI
    7.4-12.8) and median PFS was 3.9 months (95% CI 3.0-4.7). The objective response rate was 6.8% and the disease
    control rate was 58.9%. In the Cox model, Child-Pugh class B (HR 2.31, 95% CI 1.33-4.01) and an AFP above 400
    ng/mL (HR 1.84, 95% CI 1.06-3.19) were independent predictors of death. Adverse events of grade 3 or higher were
    recorded in 45.2% of patients; the most frequent were hand-foot skin reaction (12.3%), fatigue (11.0%) and
    diarrhoea (8.2%). Dose reduction was required in 64.4%. Conclusions: Cabozantinib retains activity after
    first-line immunotherapy, with the clearest benefit in patients with preserved liver function, and should be
    considered a standard second-line option in this setting.""",
    [
        g("N", "cabozantinib", 73),
        g("mOS", "cabozantinib", 9.6, 7.4, 12.8),
        g("mPFS", "cabozantinib", 3.9, 3.0, 4.7),
        g("ORR", "cabozantinib", 6.8),
        g("DCR", "cabozantinib", 58.9),
        g("AE_G3plus", "cabozantinib", 45.2),
    ],
)

# --------------------------------------------------------------------------------------------------- 06
DT = "durvalumab + tremelimumab"
add(
    "blind11-06",
    "unstructured",
    "single-paragraph real-world STRIDE cohort",
    """Real-world evidence on the single tremelimumab regular interval durvalumab (STRIDE) regimen in Asian patients
    with hepatitis B-predominant hepatocellular carcinoma is limited. We retrospectively analysed 112 consecutive
    patients with unresectable hepatocellular carcinoma who received durvalumab plus tremelimumab at five Korean
    university hospitals between July 2023 and December 2024. The median age was 66 years, 79.5% were men and 61.6%
    had hepatitis B virus infection; 74 patients (66.1%) received STRIDE as first-line systemic therapy and the
    remainder after prior lenvatinib or sorafenib. With a median follow-up of 11.4 months, the objective response
    rate by RECIST 1.1 was 21.4% and the disease control rate was 55.4%. Median progression-free survival was 3.8
    months (95% CI 2.9-5.1), and median overall survival was 14.6 months (95% CI 10.9-not reached). Adverse events of
    grade 3 or higher occurred in 25.0% of patients. Immune-related adverse events of any grade were observed in
    33.0%, and grade 3 or higher immune-related adverse events in 9.8%, most commonly hepatitis and colitis; 17.9% of
    patients required systemic corticosteroids. Baseline ALBI grade 2 or 3 (hazard ratio 2.04, 95% CI 1.22-3.41) and
    a neutrophil-to-lymphocyte ratio of 3 or more (hazard ratio 1.71, 95% CI 1.03-2.84) were associated with shorter
    overall survival. These results suggest that STRIDE yields outcomes comparable to those of the phase 3 trial in
    a hepatitis B-predominant population, with a manageable rate of severe immune-related toxicity.""",
    [
        g("N", DT, 112),
        g("ORR", DT, 21.4),
        g("DCR", DT, 55.4),
        g("mPFS", DT, 3.8, 2.9, 5.1),
        g("mOS", DT, 14.6, 10.9, None),
        g("AE_G3plus", DT, 25.0),
        g("IRAE_G3plus", DT, 9.8),
    ],
)

# --------------------------------------------------------------------------------------------------- 07
SLT = "sintilimab + lenvatinib + tace"
add(
    "blind11-07",
    "structured",
    "updated long-term follow-up of a randomised phase 2 trial (Introduction/Methods/Results/Conclusion)",
    """Introduction: The primary analysis of this randomised phase 2 trial showed that adding sintilimab to
    lenvatinib plus transarterial chemoembolization (TACE) improved progression-free survival in intermediate-stage
    or advanced hepatocellular carcinoma. We report updated overall survival and safety after long-term follow-up.
    Methods: Patients with unresectable hepatocellular carcinoma, Child-Pugh A and ECOG 0-1 were randomised 1:1 to
    sintilimab 200 mg every 3 weeks plus lenvatinib and on-demand TACE (TACE-LS) or lenvatinib plus TACE (TACE-L).
    Response was assessed by mRECIST. Results: In total, 242 patients were randomised (TACE-LS, n = 122; TACE-L, n =
    120). At the data cutoff, median follow-up was 38.4 months. Median overall survival was 29.6 months (95% CI
    24.1-35.0) in the TACE-LS arm and 21.3 months (95% CI 17.6-25.8) in the TACE-L arm (HR 0.69, 95% CI 0.50-0.95;
    P = 0.022). The 24-month overall survival rates were 61.2% and 44.8%, respectively. Updated median
    progression-free survival was 11.2 months (95% CI 9.4-13.5) versus 7.4 months (95% CI 6.1-8.8), with an HR of
    0.61 (95% CI 0.45-0.83). The objective response rate was 66.4% in the TACE-LS arm and 45.0% in the TACE-L arm.
    With longer exposure, grade ≥3 treatment-related adverse events were reported in 41.0% and 30.0% of patients,
    respectively, and no new safety signals emerged. Conversion to resection was achieved in 13.1% and 6.7%.
    Conclusion: With more than three years of follow-up, TACE-LS maintained a clinically meaningful overall survival
    benefit over TACE-L.""",
    [
        g("N", "overall", 242),
        g("N", SLT, 122),
        g("N", LT, 120),
        g("mOS", SLT, 29.6, 24.1, 35.0),
        g("mOS", LT, 21.3, 17.6, 25.8),
        g("HR_OS", SLT, 0.69, 0.50, 0.95),
        g("OS_RATE", SLT, 61.2),
        g("OS_RATE", LT, 44.8),
        g("mPFS", SLT, 11.2, 9.4, 13.5),
        g("mPFS", LT, 7.4, 6.1, 8.8),
        g("HR_PFS", SLT, 0.61, 0.45, 0.83),
        g("ORR", SLT, 66.4),
        g("ORR", LT, 45.0),
        g("TRAE_G3plus", SLT, 41.0),
        g("TRAE_G3plus", LT, 30.0),
    ],
)

# --------------------------------------------------------------------------------------------------- 08
DGC = "durvalumab + cisplatin + gemcitabine"
add(
    "blind11-08",
    "structured",
    "biliary tract cancer, real-world single-regimen cohort (Background/Methods/Results/Conclusion)",
    """Background: Durvalumab added to gemcitabine and cisplatin became the first-line standard for advanced biliary
    tract cancer (BTC) after a phase 3 trial. Real-world data from unselected patients are needed. Methods: We
    retrospectively reviewed patients with unresectable or metastatic BTC who started gemcitabine, cisplatin and
    durvalumab at seven French centres between 2022 and 2024. Up to eight cycles of chemotherapy were given,
    followed by durvalumab maintenance. Results: Overall, 128 patients were included: 64.1% had intrahepatic
    cholangiocarcinoma, 21.9% gallbladder cancer and 14.1% extrahepatic cholangiocarcinoma; the median age was 67
    years and 35.2% had an ECOG performance status of 1. The median follow-up was 13.9 months. Median overall
    survival was 13.4 months (95% CI 11.2-16.0) and median progression-free survival was 6.6 months (95% CI
    5.5-7.8). Among 120 patients with measurable disease, the objective response rate was 24.2% and the disease
    control rate 70.8%. Grade 3 or higher adverse events occurred in 48.4% of patients, mainly neutropenia (28.9%),
    anaemia (14.8%) and cholangitis (7.0%). Grade ≥3 immune-related adverse events were uncommon (3.1%). An ECOG
    performance status of 1 (HR 1.72, 95% CI 1.09-2.71) and a CA19-9 above 1000 U/mL (HR 1.95, 95% CI 1.21-3.14)
    were associated with shorter overall survival. Conclusion: Outcomes with gemcitabine, cisplatin and durvalumab
    in routine practice were consistent with the registration trial, and the regimen was well tolerated.""",
    [
        g("N", DGC, 128),
        g("mOS", DGC, 13.4, 11.2, 16.0),
        g("mPFS", DGC, 6.6, 5.5, 7.8),
        g("ORR", DGC, 24.2),
        g("DCR", DGC, 70.8),
        g("AE_G3plus", DGC, 48.4),
        g("IRAE_G3plus", DGC, 3.1),
    ],
)

# --------------------------------------------------------------------------------------------------- 09
PGC = "pembrolizumab + cisplatin + gemcitabine"
GC = "cisplatin + gemcitabine"
add(
    "blind11-09",
    "structured",
    "biliary tract cancer, IPTW-adjusted registry comparison (Objective/Methods/Results/Conclusions)",
    """Objective: To compare first-line pembrolizumab plus gemcitabine and cisplatin with gemcitabine and cisplatin
    alone in patients with advanced biliary tract cancer treated outside clinical trials. Methods: Data from a
    nationwide Korean hospital-based registry were analysed for patients treated between 2021 and 2024. Inverse
    probability of treatment weighting (IPTW) was applied to adjust for age, performance status, primary tumour
    site, disease extent and CA19-9. Results: The analysis included 196 patients, of whom 84 received pembrolizumab
    plus gemcitabine-cisplatin and 112 received gemcitabine-cisplatin. The median age was 66 years and 41.3% had
    gallbladder primaries. Median overall survival was 12.9 months (95% CI 10.8-15.6) with pembrolizumab plus
    chemotherapy versus 10.1 months (95% CI 8.7-11.9) with chemotherapy alone; the IPTW-adjusted hazard ratio for
    death was 0.74 (95% CI 0.55-0.99; P = 0.043). Median progression-free survival was 6.8 months (95% CI 5.6-8.0)
    versus 5.9 months (95% CI 4.9-6.9; adjusted HR 0.83, 95% CI 0.61-1.12; P = 0.22). Grade 3 or higher adverse
    events occurred in 61.9% of the pembrolizumab group and 57.1% of the chemotherapy group, driven mainly by
    haematological toxicity; immune-related adverse events of any grade were noted in 15.5% of
    pembrolizumab-treated patients. Liver metastasis (HR 1.58, 95% CI 1.11-2.25) was an independent prognostic
    factor. Conclusions: In routine care, adding pembrolizumab to gemcitabine and cisplatin was associated with a
    modest but significant survival gain in advanced biliary tract cancer, without a relevant increase in severe
    toxicity.""",
    [
        g("N", "overall", 196),
        g("N", PGC, 84),
        g("N", GC, 112),
        g("mOS", PGC, 12.9, 10.8, 15.6),
        g("mOS", GC, 10.1, 8.7, 11.9),
        g("HR_OS", PGC, 0.74, 0.55, 0.99),
        g("mPFS", PGC, 6.8, 5.6, 8.0),
        g("mPFS", GC, 5.9, 4.9, 6.9),
        g("HR_PFS", PGC, 0.83, 0.61, 1.12),
        g("AE_G3plus", PGC, 61.9),
        g("AE_G3plus", GC, 57.1),
    ],
)

# --------------------------------------------------------------------------------------------------- 10
RP = "ramucirumab + paclitaxel"
add(
    "blind11-10",
    "unstructured",
    "gastric cancer, second line after immunochemotherapy, single-paragraph real-world cohort",
    """Ramucirumab plus paclitaxel is the standard second-line treatment for advanced gastric or
    gastro-oesophageal junction adenocarcinoma, but its activity after first-line nivolumab plus chemotherapy has not
    been well characterised. We retrospectively identified 87 patients who received ramucirumab (8 mg/kg on days 1
    and 15) plus paclitaxel (80 mg/m2 on days 1, 8 and 15 of a 28-day cycle) after progression on nivolumab combined
    with oxaliplatin-based chemotherapy at four Japanese cancer centres. The median age was 70 years, 67.8% were men,
    26.4% had peritoneal metastasis with ascites and the median duration of prior nivolumab therapy was 5.8 months.
    The objective response rate among 64 patients with measurable lesions was 17.2% and the disease control rate was
    62.5%. Median progression-free survival was 4.1 months (95% CI 3.4-4.9) and median overall survival was 8.9
    months (95% CI 7.2-10.6). Peritoneal metastasis with ascites was associated with shorter overall survival (hazard
    ratio 1.87, 95% CI 1.12-3.12). Grade 3 or higher adverse events occurred in 55.2% of patients, with neutropenia
    (39.1%) and anaemia (10.3%) being the most frequent; febrile neutropenia was observed in 4.6%. Treatment-related
    adverse events led to discontinuation in 6.9% of patients. These findings indicate that ramucirumab plus
    paclitaxel retains meaningful activity after immunochemotherapy and support its continued use as a second-line
    option.""",
    [
        g("N", RP, 87),
        g("ORR", RP, 17.2),
        g("DCR", RP, 62.5),
        g("mPFS", RP, 4.1, 3.4, 4.9),
        g("mOS", RP, 8.9, 7.2, 10.6),
        g("AE_G3plus", RP, 55.2),
        g("TRAE_DISC", RP, 6.9),
    ],
)

# --------------------------------------------------------------------------------------------------- 11
PL = "pembrolizumab + lenvatinib"
add(
    "blind11-11",
    "conference",
    "ESMO-type meeting abstract, retrospective two-arm comparison (Background/Methods/Results/Conclusions, pts)",
    """Background: Lenvatinib plus pembrolizumab is widely used off-label in Asia for unresectable hepatocellular
    carcinoma (uHCC), although the phase 3 comparison with lenvatinib alone did not meet its primary endpoints. We
    compared the two strategies in routine practice. Methods: Pts with uHCC who received first-line lenvatinib plus
    pembrolizumab (len+pembro) or lenvatinib monotherapy at six hospitals in Taiwan and Hong Kong between 2019 and
    2023 were retrospectively analysed. Responses were assessed per RECIST 1.1. Multivariable Cox models adjusted for
    BCLC stage, Child-Pugh score, AFP and aetiology. Results: 203 pts were included (len+pembro 88; lenvatinib 115).
    Median age was 63 years and 72.4% had HBV infection. Median OS was 19.8 months (95% CI 15.9-24.1) with
    len+pembro vs. 14.6 months (95% CI 12.2-17.3) with lenvatinib (adjusted HR 0.71, 95% CI 0.51-0.98; p = 0.036).
    Median PFS was 8.0 vs. 6.1 months (adjusted HR 0.77, 95% CI 0.57-1.04; p = 0.09). ORR was 31.8% vs. 20.0%.
    Grade ≥3 TRAEs occurred in 42.0% and 33.9% of pts, respectively, and grade ≥3 immune-related AEs in 6.8% of pts
    receiving len+pembro. Conclusions: In this real-world cohort, adding pembrolizumab to lenvatinib was associated
    with longer OS, supporting prospective evaluation in HBV-predominant populations.""",
    [
        g("N", "overall", 203),
        g("N", PL, 88),
        g("N", "lenvatinib", 115),
        g("mOS", PL, 19.8, 15.9, 24.1),
        g("mOS", "lenvatinib", 14.6, 12.2, 17.3),
        g("HR_OS", PL, 0.71, 0.51, 0.98),
        g("mPFS", PL, 8.0),
        g("mPFS", "lenvatinib", 6.1),
        g("HR_PFS", PL, 0.77, 0.57, 1.04),
        g("ORR", PL, 31.8),
        g("ORR", "lenvatinib", 20.0),
        g("TRAE_G3plus", PL, 42.0),
        g("TRAE_G3plus", "lenvatinib", 33.9),
        g("IRAE_G3plus", PL, 6.8),
    ],
)

# --------------------------------------------------------------------------------------------------- 12
TLT = "tislelizumab + lenvatinib + tace"
add(
    "blind11-12",
    "structured",
    "single-arm phase 2 trial of a TACE triplet (Background/Methods/Results/Conclusions)",
    """Background: For intermediate-stage hepatocellular carcinoma (HCC) beyond the up-to-seven criteria,
    transarterial chemoembolization (TACE) alone rarely achieves durable control. We evaluated TACE combined with
    lenvatinib and tislelizumab in a prospective trial. Methods: This single-centre, single-arm, phase 2 study
    enrolled patients with BCLC stage B HCC beyond up-to-seven, Child-Pugh A and ECOG 0. Patients received
    conventional TACE followed within 7 days by lenvatinib (8 or 12 mg daily) and tislelizumab 200 mg every 3 weeks.
    The primary endpoint was the objective response rate (ORR) by mRECIST. Results: Fifty-eight patients were treated
    between June 2021 and November 2023; the median tumour diameter was 8.6 cm and the median number of TACE sessions
    was 2. The ORR was 74.1% (95% CI 60.9-84.7) by mRECIST and 46.6% (95% CI 33.3-60.1) by RECIST 1.1, and the disease
    control rate was 93.1%; the median duration of response by mRECIST was 14.8 months (95% CI 11.2-NR). After a median
    follow-up of 22.5 months, median progression-free survival was 13.6 months
    (95% CI 11.0-16.9) and median overall survival had not been reached; the 24-month overall survival rate was 72.4%
    (95% CI 58.6-82.4). Seven patients (12.1%) underwent conversion resection. Grade 3 or higher treatment-related
    adverse events occurred in 31.0% of patients, mainly elevated transaminases and hypertension, and grade ≥3
    immune-related adverse events in 5.2%. No treatment-related deaths were observed. Conclusions: TACE plus
    lenvatinib and tislelizumab achieved a high response rate and promising survival in intermediate-stage HCC with
    high tumour burden, warranting a randomised trial.""",
    [
        g("N", TLT, 58),
        g("ORR", TLT, 74.1, 60.9, 84.7),
        g("ORR", TLT, 46.6, 33.3, 60.1),
        g("DCR", TLT, 93.1),
        g("mDOR", TLT, 14.8, 11.2, None),
        g("mPFS", TLT, 13.6, 11.0, 16.9),
        g("mOS", TLT, None),
        g("OS_RATE", TLT, 72.4, 58.6, 82.4),
        g("TRAE_G3plus", TLT, 31.0),
        g("IRAE_G3plus", TLT, 5.2),
    ],
)

# --------------------------------------------------------------------------------------------------- 13
CRH = "camrelizumab + rivoceranib + haic"
add(
    "blind11-13",
    "unstructured",
    "single-paragraph propensity-matched HAIC comparison",
    """Hepatic arterial infusion chemotherapy with FOLFOX (FOLFOX-HAIC) is widely used in China for large unresectable
    hepatocellular carcinoma, and its combination with systemic agents is being explored. In this retrospective study
    we compared FOLFOX-HAIC plus camrelizumab and apatinib (HAIC-CA) with FOLFOX-HAIC alone in patients with
    unresectable hepatocellular carcinoma and a largest tumour of at least 10 cm treated at two centres between 2019
    and 2023. Of the 231 eligible patients, 89 received HAIC-CA and 142 received HAIC alone; after 1:1 propensity
    score matching, 76 pairs were analysed. In the matched cohort, median overall survival was 22.8 months (95% CI
    18.4-27.9) in the HAIC-CA group and 14.7 months (95% CI 12.1-17.5) in the HAIC group (hazard ratio 0.54, 95% CI
    0.37-0.79; P = 0.001), and median progression-free survival was 10.9 months (95% CI 8.6-13.0) and 6.3 months
    (95% CI 5.1-7.8), respectively (P = 0.002). The objective response rate according to mRECIST was 67.1% versus
    42.1%. Grade 3-4 adverse events were more frequent with HAIC-CA (39.5% vs. 25.0%), mainly thrombocytopenia,
    hypertension and transaminase elevation. Tumour size over 15 cm (hazard ratio 1.74, 95% CI 1.16-2.61) remained an
    independent risk factor for death. Surgical conversion was achieved in 17.1% of the HAIC-CA group and 7.9% of the
    HAIC group. HAIC-CA appears to be an effective and tolerable option for bulky unresectable hepatocellular
    carcinoma.""",
    [
        g("N", "overall", 231),
        g("N", CRH, 89),
        g("N", "haic", 142),
        g("N", CRH, 76),
        g("N", "haic", 76),
        g("mOS", CRH, 22.8, 18.4, 27.9),
        g("mOS", "haic", 14.7, 12.1, 17.5),
        g("HR_OS", CRH, 0.54, 0.37, 0.79),
        g("mPFS", CRH, 10.9, 8.6, 13.0),
        g("mPFS", "haic", 6.3, 5.1, 7.8),
        g("ORR", CRH, 67.1),
        g("ORR", "haic", 42.1),
        g("AE_G3plus", CRH, 39.5),
        g("AE_G3plus", "haic", 25.0),
    ],
)

# --------------------------------------------------------------------------------------------------- 14
SB = "sintilimab + bevacizumab"
add(
    "blind11-14",
    "structured",
    "real-world overlap-weighted comparison of two IO regimens (Aim/Methods/Results/Conclusion)",
    """Aim: Sintilimab plus IBI305, a bevacizumab biosimilar, and atezolizumab plus bevacizumab are both approved
    first-line options for unresectable hepatocellular carcinoma (HCC) in China, but they have not been compared
    directly. Methods: We retrospectively analysed patients who started either regimen at four hospitals between
    January 2021 and December 2023. Overlap weighting was used to balance baseline covariates, and responses were
    assessed by RECIST 1.1. Results: A total of 156 patients were included: 72 received atezolizumab plus
    bevacizumab (Atezo-Bev) and 84 received sintilimab plus IBI305 (Sin-Bev). Hepatitis B was the underlying
    aetiology in 85.3% of patients and 62.2% had BCLC stage C disease. Median overall survival was 16.2 months (95%
    CI 12.7-20.4) with Atezo-Bev and 15.1 months (95% CI 12.0-18.8) with Sin-Bev; the weighted hazard ratio for death
    with Sin-Bev versus Atezo-Bev was 0.96 (95% CI 0.64-1.43; P = 0.84). Median progression-free survival was 6.6
    months (95% CI 5.2-8.4) and 7.0 months (95% CI 5.5-8.6), respectively (weighted HR for Sin-Bev versus Atezo-Bev
    0.92, 95% CI 0.65-1.31). Objective response rates were 25.0% and 27.4%, respectively. Grade 3 or higher
    treatment-related adverse events were reported in 16.7% of the Atezo-Bev group and 21.4% of the Sin-Bev group;
    proteinuria and hypertension were the most common. Gastrointestinal bleeding occurred in 4.2% and 6.0% of
    patients. Conclusion: Sintilimab plus IBI305 and atezolizumab plus bevacizumab showed similar effectiveness and
    safety in Chinese patients with HBV-predominant unresectable HCC.""",
    [
        g("N", "overall", 156),
        g("N", AB, 72),
        g("N", SB, 84),
        g("mOS", AB, 16.2, 12.7, 20.4),
        g("mOS", SB, 15.1, 12.0, 18.8),
        g("HR_OS", SB, 0.96, 0.64, 1.43),
        g("mPFS", AB, 6.6, 5.2, 8.4),
        g("mPFS", SB, 7.0, 5.5, 8.6),
        g("HR_PFS", SB, 0.92, 0.65, 1.31),
        g("ORR", AB, 25.0),
        g("ORR", SB, 27.4),
        g("TRAE_G3plus", AB, 16.7),
        g("TRAE_G3plus", SB, 21.4),
    ],
)

# --------------------------------------------------------------------------------------------------- 15
NI = "nivolumab + ipilimumab"
add(
    "blind11-15",
    "structured",
    "second line after atezolizumab-bevacizumab, international real-world cohort (Background/Methods/Results/Conclusions)",
    """Background: Few prospective data guide treatment after progression on atezolizumab plus bevacizumab in
    hepatocellular carcinoma (HCC). Dual checkpoint blockade with nivolumab and ipilimumab is approved after
    sorafenib, and its activity after prior anti-PD-L1 therapy is uncertain. Methods: In this international
    multicentre retrospective study, we included patients with HCC who received nivolumab plus ipilimumab
    (NIVO/IPI) as second- or later-line therapy after atezolizumab plus bevacizumab between 2021 and 2024. Results:
    Sixty-four patients from nine centres in the USA, UK and Italy were included; 71.9% were treated in the second
    line. Most patients (81.3%) received nivolumab 1 mg/kg plus ipilimumab 3 mg/kg every 3 weeks for four doses, and
    the median time from the last dose of atezolizumab to NIVO/IPI was 1.2 months. The objective response rate was
    17.2% and the disease control rate was 42.2% by RECIST 1.1. Median progression-free survival was 2.8 months (95%
    CI 2.1-3.9) and median overall survival was 9.4 months (95% CI 6.8-13.5). Grade ≥3 immune-related adverse events
    occurred in 21.9% of patients, including hepatitis in 10.9% and colitis in 6.3%; 29.7% required high-dose
    corticosteroids, and treatment-related adverse events led to permanent discontinuation in 14.1%. An ECOG
    performance status of 1 or more was associated with shorter survival (HR 2.26, 95% CI 1.20-4.25). Conclusions:
    NIVO/IPI after atezolizumab plus bevacizumab produced responses in a minority of patients, with a notable rate of
    severe immune-related toxicity.""",
    [
        g("N", NI, 64),
        g("ORR", NI, 17.2),
        g("DCR", NI, 42.2),
        g("mPFS", NI, 2.8, 2.1, 3.9),
        g("mOS", NI, 9.4, 6.8, 13.5),
        g("IRAE_G3plus", NI, 21.9),
        g("TRAE_DISC", NI, 14.1),
    ],
)

# --------------------------------------------------------------------------------------------------- 16
add(
    "blind11-16",
    "unstructured",
    "single-paragraph second-line TKI comparison after atezolizumab-bevacizumab",
    """The optimal tyrosine kinase inhibitor after failure of atezolizumab plus bevacizumab in hepatocellular
    carcinoma is unknown. We conducted a retrospective cohort study at 12 Korean and Japanese institutions including
    patients who received regorafenib or cabozantinib as second-line therapy after atezolizumab plus bevacizumab
    between 2020 and 2024. A total of 141 patients were analysed, 77 treated with regorafenib and 64 with
    cabozantinib. Baseline characteristics were similar, although patients in the cabozantinib group were older
    (median age 72 vs. 68 years). Median overall survival was 10.8 months (95% CI 8.5-13.6) in the regorafenib group
    and 9.9 months (95% CI 7.7-12.4) in the cabozantinib group (hazard ratio [HR] for regorafenib vs. cabozantinib
    0.93, 95% CI 0.63-1.37; P = 0.71). Median progression-free survival was 3.7 months (95% CI 2.9-4.6) with
    regorafenib and 4.2 months (95% CI 3.3-5.4) with cabozantinib (HR 1.08, 95% CI 0.75-1.55; P = 0.68). The
    objective response rates were 7.8% and 6.3%, respectively. Adverse events of grade 3 or higher occurred in 40.3%
    of regorafenib-treated and 48.4% of cabozantinib-treated patients; hand-foot skin reaction was the most common
    severe event in both groups (14.3% and 10.9%). Relative dose intensity during the first 8 weeks was 72.0% and
    65.5%. In multivariable analysis, ALBI grade 2 (HR 1.93, 95% CI 1.24-3.01) and macrovascular invasion (HR 1.61,
    95% CI 1.04-2.49) predicted shorter overall survival, whereas the choice of agent did not. Regorafenib and
    cabozantinib thus provide comparable outcomes after atezolizumab plus bevacizumab, and the choice may be guided
    by tolerability and patient characteristics.""",
    [
        g("N", "overall", 141),
        g("N", "regorafenib", 77),
        g("N", "cabozantinib", 64),
        g("mOS", "regorafenib", 10.8, 8.5, 13.6),
        g("mOS", "cabozantinib", 9.9, 7.7, 12.4),
        g("HR_OS", "regorafenib", 0.93, 0.63, 1.37),
        g("mPFS", "regorafenib", 3.7, 2.9, 4.6),
        g("mPFS", "cabozantinib", 4.2, 3.3, 5.4),
        g("HR_PFS", "regorafenib", 1.08, 0.75, 1.55),
        g("ORR", "regorafenib", 7.8),
        g("ORR", "cabozantinib", 6.3),
        g("AE_G3plus", "regorafenib", 40.3),
        g("AE_G3plus", "cabozantinib", 48.4),
    ],
)

# --------------------------------------------------------------------------------------------------- 17
add(
    "blind11-17",
    "structured",
    "aetiology-restricted IPW comparison with HRs above 1 (Background & Aims/Methods/Results/Conclusions)",
    """Background & Aims: Subgroup analyses of phase 3 trials have raised the question of whether immunotherapy is
    less effective in hepatocellular carcinoma (HCC) related to metabolic dysfunction-associated steatotic liver
    disease (MASLD). We compared atezolizumab plus bevacizumab with lenvatinib in this population. Methods: Patients
    with MASLD-related unresectable HCC treated first-line with either regimen at 16 centres in Europe and Japan were
    included. Propensity score-based inverse probability weighting was used for comparisons, and responses were
    assessed by mRECIST. Results: Among 189 patients, 104 received atezolizumab plus bevacizumab and 85 received
    lenvatinib; 78.3% had diabetes and the median body mass index was 28.1 kg/m2. Median overall survival was 16.4
    months (95% CI 13.0-19.9) with atezolizumab plus bevacizumab compared with 19.2 months (95% CI 15.1-23.8) with
    lenvatinib. The weighted HR for overall survival with atezolizumab plus bevacizumab versus lenvatinib was 1.21
    (95% CI 0.82-1.79; P = 0.34), and for progression-free survival 1.34 (95% CI 0.95-1.89; P = 0.09). Median
    progression-free survival was 6.0 months (95% CI 4.7-7.4) and 8.1 months (95% CI 6.5-9.9), respectively. The
    objective response rate was 20.2% with atezolizumab plus bevacizumab and 30.6% with lenvatinib. Grade ≥3
    treatment-related adverse events were less frequent with atezolizumab plus bevacizumab (17.3% vs. 36.5%). An
    ALBI grade of 2 (HR 1.67, 95% CI 1.08-2.58) was associated with poorer survival. Conclusions: In
    MASLD-related HCC, lenvatinib yielded numerically longer survival than atezolizumab plus bevacizumab, but the
    difference was not statistically significant.""",
    [
        g("N", "overall", 189),
        g("N", AB, 104),
        g("N", "lenvatinib", 85),
        g("mOS", AB, 16.4, 13.0, 19.9),
        g("mOS", "lenvatinib", 19.2, 15.1, 23.8),
        g("HR_OS", AB, 1.21, 0.82, 1.79),
        g("HR_PFS", AB, 1.34, 0.95, 1.89),
        g("mPFS", AB, 6.0, 4.7, 7.4),
        g("mPFS", "lenvatinib", 8.1, 6.5, 9.9),
        g("ORR", AB, 20.2),
        g("ORR", "lenvatinib", 30.6),
        g("TRAE_G3plus", AB, 17.3),
        g("TRAE_G3plus", "lenvatinib", 36.5),
    ],
)

# --------------------------------------------------------------------------------------------------- 18
ABT = "atezolizumab + bevacizumab + tace"
add(
    "blind11-18",
    "structured",
    "IPTW-adjusted TACE add-on comparison (Objectives/Materials and methods/Results/Conclusions)",
    """Objectives: To evaluate whether adding transarterial chemoembolization (TACE) to atezolizumab plus
    bevacizumab improves outcomes in patients with unresectable hepatocellular carcinoma (HCC) with
    intrahepatic-dominant disease. Materials and methods: This two-centre retrospective study included patients who
    received first-line atezolizumab plus bevacizumab with TACE (Atezo/Bev-TACE) or without TACE (Atezo/Bev) between
    2021 and 2024. Inverse probability of treatment weighting (IPTW) was applied. Tumour response was assessed using
    mRECIST. Results: The cohort consisted of 174 patients: 61 in the Atezo/Bev-TACE group and 113 in the Atezo/Bev
    group. The median follow-up was 20.6 months. Median overall survival was 24.1 months (95% CI 19.7-not reached) in
    the Atezo/Bev-TACE group versus 18.3 months (95% CI 15.2-22.9) in the Atezo/Bev group (IPTW-adjusted HR 0.62, 95%
    CI 0.40-0.96; P = 0.032). Median progression-free survival was 10.4 months (95% CI 8.3-12.8) versus 6.7 months
    (95% CI 5.4-8.0; P = 0.005). The objective response rate was higher with Atezo/Bev-TACE (59.0% vs. 35.4%; P =
    0.003). Grade 3 or higher adverse events were observed in 27.9% and 21.2% of patients, respectively, and
    post-embolization syndrome occurred in 44.3% of patients after TACE. Albumin-bilirubin grade did not deteriorate
    significantly at 3 months in either group. Conclusions: The combination of TACE with atezolizumab plus
    bevacizumab was associated with longer progression-free and overall survival than atezolizumab plus bevacizumab
    alone in intrahepatic-dominant unresectable HCC.""",
    [
        g("N", "overall", 174),
        g("N", ABT, 61),
        g("N", AB, 113),
        g("mOS", ABT, 24.1, 19.7, None),
        g("mOS", AB, 18.3, 15.2, 22.9),
        g("HR_OS", ABT, 0.62, 0.40, 0.96),
        g("mPFS", ABT, 10.4, 8.3, 12.8),
        g("mPFS", AB, 6.7, 5.4, 8.0),
        g("ORR", ABT, 59.0),
        g("ORR", AB, 35.4),
        g("AE_G3plus", ABT, 27.9),
        g("AE_G3plus", AB, 21.2),
    ],
)

# --------------------------------------------------------------------------------------------------- 19
PA = "penpulimab + anlotinib"
add(
    "blind11-19",
    "conference",
    "ASCO-type meeting abstract, single-arm phase 2 (Background/Methods/Results/Conclusions, pts)",
    """Background: Anlotinib is a multitarget tyrosine kinase inhibitor of VEGFR, FGFR and PDGFR, and penpulimab is
    an anti-PD-1 antibody engineered to eliminate Fc-mediated effector function. We report results of a phase 2 study
    of the combination as first-line treatment for advanced hepatocellular carcinoma (HCC). Methods: Eligible pts had
    BCLC stage B or C HCC not amenable to locoregional therapy, Child-Pugh score of 7 or less and no prior systemic
    therapy. Pts received penpulimab 200 mg every 3 weeks plus anlotinib 10 mg once daily (2 weeks on, 1 week off).
    The primary endpoint was ORR per RECIST v1.1; secondary endpoints included DCR, PFS, OS and safety. Results:
    Thirty-one pts were enrolled; median age was 57 years, 90.3% were male and 87.1% had HBV infection. At data
    cutoff (median follow-up, 16.2 months), ORR was 32.3% (95% CI 16.7-51.4) and DCR was 83.9%. Median PFS was 8.8
    months (95% CI 6.0-11.5); median OS was not reached, and the 12-month OS rate was 77.2% (95% CI 57.8-88.5). Grade
    ≥3 TRAEs occurred in 29.0% of pts, including hypertension (9.7%) and hand-foot syndrome (6.5%). One patient
    (3.2%) discontinued treatment because of a treatment-related adverse event (grade 3 pneumonitis). No
    treatment-related deaths were reported. Conclusions: Penpulimab plus anlotinib demonstrated promising antitumor
    activity with a manageable safety profile as first-line therapy for advanced HCC, and a randomized study is
    planned.""",
    [
        g("N", PA, 31),
        g("ORR", PA, 32.3, 16.7, 51.4),
        g("DCR", PA, 83.9),
        g("mPFS", PA, 8.8, 6.0, 11.5),
        g("mOS", PA, None),
        g("OS_RATE", PA, 77.2, 57.8, 88.5),
        g("TRAE_G3plus", PA, 29.0),
        g("TRAE_DISC", PA, 3.2),
    ],
)

# --------------------------------------------------------------------------------------------------- 20
DoT = "donafenib + tace"
add(
    "blind11-20",
    "conference",
    "ESMO-type meeting abstract, randomised phase 3 primary analysis (Background/Methods/Results/Conclusions, pts)",
    """Background: Combining antiangiogenic therapy with transarterial chemoembolization (TACE) may delay
    progression in intermediate-stage hepatocellular carcinoma (HCC). We report the primary analysis of a randomised,
    open-label phase 3 trial comparing donafenib plus TACE with TACE alone. Methods: Pts with unresectable BCLC stage
    B HCC, Child-Pugh A and ECOG PS 0-1 were randomised 1:1 to on-demand TACE plus donafenib 200 mg twice daily or
    TACE alone. The primary endpoint was PFS by blinded independent central review per mRECIST; secondary endpoints
    included OS, ORR and safety. Results: Overall, 334 pts were randomised (donafenib plus TACE, n = 168; TACE alone,
    n = 166). At a median follow-up of 25.1 months, median PFS was 12.4 months (95% CI 10.8-14.1) with donafenib plus
    TACE vs. 8.2 months (95% CI 7.1-9.6) with TACE alone (HR 0.63, 95% CI 0.49-0.81; p = 0.0003). ORR per mRECIST was
    61.3% vs. 47.0%. OS data were immature (37% maturity); median OS was 33.6 months (95% CI 28.7-NE) vs. 28.9 months
    (95% CI 24.3-33.2), with an HR of 0.80 (95% CI 0.60-1.07). Grade ≥3 TRAEs occurred in 48.2% of pts receiving
    donafenib plus TACE and 21.7% of those receiving TACE alone; the most common were hand-foot skin reaction (11.9%)
    and elevated ALT (9.5%). TRAEs led to discontinuation of donafenib in 8.3% of pts. Conclusions: Donafenib plus
    TACE significantly improved PFS over TACE alone in intermediate-stage HCC, with a manageable safety profile; OS
    follow-up is ongoing.""",
    [
        g("N", "overall", 334),
        g("N", DoT, 168),
        g("N", "tace", 166),
        g("mPFS", DoT, 12.4, 10.8, 14.1),
        g("mPFS", "tace", 8.2, 7.1, 9.6),
        g("HR_PFS", DoT, 0.63, 0.49, 0.81),
        g("ORR", DoT, 61.3),
        g("ORR", "tace", 47.0),
        g("mOS", DoT, 33.6, 28.7, None),
        g("mOS", "tace", 28.9, 24.3, 33.2),
        g("HR_OS", DoT, 0.80, 0.60, 1.07),
        g("TRAE_G3plus", DoT, 48.2),
        g("TRAE_G3plus", "tace", 21.7),
        g("TRAE_DISC", DoT, 8.3),
    ],
)

# --------------------------------------------------------------------------------------------------- 21
CS = "camrelizumab + sbrt"
add(
    "blind11-21",
    "unstructured",
    "single-paragraph single-arm phase 2 trial (SBRT plus anti-PD-1)",
    """Stereotactic body radiotherapy (SBRT) may enhance the antitumour immune response to PD-1 blockade. In this
    prospective, single-arm phase 2 trial, we evaluated SBRT directed at portal vein tumour thrombus (PVTT) followed
    by camrelizumab in patients with hepatocellular carcinoma and type II-IV PVTT who were not candidates for
    resection. Patients received SBRT (30-35 Gy in 5 fractions) followed by camrelizumab 200 mg every 3 weeks starting
    within 14 days after radiotherapy. Between 2020 and 2023, 40 patients were enrolled; the median age was 55 years
    and 72.5% had type III or IV PVTT. The objective response rate by RECIST 1.1 was 45.0% (95% CI 29.3-61.5) and the
    disease control rate was 75.0%. With a median follow-up of 19.8 months, median progression-free survival was 7.9
    months (95% CI 5.6-10.3) and median overall survival was 15.3 months (95% CI 11.4-20.6). The 12-month overall
    survival rate was 62.5% (95% CI 45.6-75.5). Grade 3 or higher treatment-related adverse events occurred in 22.5%
    of patients, and grade 3 or higher immune-related adverse events in 7.5%. Reactive cutaneous capillary
    endothelial proliferation of any grade was observed in 55.0%, and radiation-induced liver disease in 5.0%.
    Recanalisation of the portal vein was achieved in 35.0% of patients. A baseline AFP of 400 ng/mL or higher was
    associated with inferior overall survival (hazard ratio 2.13, 95% CI 1.02-4.45). SBRT followed by camrelizumab
    showed promising efficacy and an acceptable safety profile for HCC with PVTT and merits investigation in a
    randomised trial.""",
    [
        g("N", CS, 40),
        g("ORR", CS, 45.0, 29.3, 61.5),
        g("DCR", CS, 75.0),
        g("mPFS", CS, 7.9, 5.6, 10.3),
        g("mOS", CS, 15.3, 11.4, 20.6),
        g("OS_RATE", CS, 62.5, 45.6, 75.5),
        g("TRAE_G3plus", CS, 22.5),
        g("IRAE_G3plus", CS, 7.5),
    ],
)

# --------------------------------------------------------------------------------------------------- 22
add(
    "blind11-22",
    "structured",
    "colorectal cancer, propensity-matched TKI comparison (Background/Patients and Methods/Results/Conclusions)",
    """Background: Fruquintinib and regorafenib are both approved for refractory metastatic colorectal cancer (mCRC),
    but head-to-head data are lacking. Patients and Methods: We retrospectively analysed patients with mCRC who
    received fruquintinib or regorafenib as third-line or later treatment at five Chinese centres from 2019 to 2024.
    Propensity score matching was performed to balance baseline characteristics, and the primary outcome was overall
    survival. Results: A total of 214 patients were included (fruquintinib, n = 98; regorafenib, n = 116). Before
    matching, the fruquintinib group had fewer patients with liver metastases (54.1% vs. 63.8%). After 1:1 matching,
    88 patients were retained in each arm. Median overall survival was 9.6 months (95% CI 8.1-11.3) with
    fruquintinib versus 8.3 months (95% CI 7.0-9.7) with regorafenib (HR 0.84, 95% CI 0.62-1.14; P = 0.26). Median
    progression-free survival was 3.7 months (95% CI 3.1-4.4) versus 2.9 months (95% CI 2.4-3.5), with an HR of 0.78
    (95% CI 0.58-1.05; P = 0.10). Grade 3 or higher adverse events occurred in 30.7% of fruquintinib-treated patients
    and 37.5% of regorafenib-treated patients; hand-foot skin reaction (4.5% vs. 12.5%) and hypertension (9.1% vs.
    6.8%) were the leading severe events. A starting dose of regorafenib below 160 mg was used in 46.6% of the
    regorafenib group. KRAS mutation (HR 1.41, 95% CI 1.02-1.95) was independently associated with shorter survival.
    Conclusions: Fruquintinib and regorafenib showed similar survival in refractory mCRC, with fewer severe skin
    reactions under fruquintinib.""",
    [
        g("N", "overall", 214),
        g("N", "fruquintinib", 98),
        g("N", "regorafenib", 116),
        g("N", "fruquintinib", 88),
        g("N", "regorafenib", 88),
        g("mOS", "fruquintinib", 9.6, 8.1, 11.3),
        g("mOS", "regorafenib", 8.3, 7.0, 9.7),
        g("HR_OS", "fruquintinib", 0.84, 0.62, 1.14),
        g("mPFS", "fruquintinib", 3.7, 3.1, 4.4),
        g("mPFS", "regorafenib", 2.9, 2.4, 3.5),
        g("HR_PFS", "fruquintinib", 0.78, 0.58, 1.05),
        g("AE_G3plus", "fruquintinib", 30.7),
        g("AE_G3plus", "regorafenib", 37.5),
    ],
)


# ======================================================================================================= checks
def load_lexicon():
    agents, regimens = {}, set()
    for line in LEXICON.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        obj = json.loads(line)
        if obj["kind"] == "agent":
            agents[obj["id"]] = obj["rank"]
        else:
            regimens.add(obj["id"])
    return agents, regimens


def arm_ok(arm, agents, regimens):
    if arm == "overall" or arm in regimens or arm in agents:
        return True
    parts = arm.split(" + ")
    if not all(p in agents for p in parts):
        return False
    return parts == sorted(parts, key=lambda p: (agents[p], p))


def numbers_in(text):
    plain = re.sub(r"(?<=\d),(?=\d{3}\b)", "", text)
    nums = [float(x) for x in re.findall(r"\d+(?:\.\d+)?", plain)]
    for word, val in SPELLED.items():
        if re.search(r"\b" + re.escape(word) + r"\b", text):
            nums.append(float(val))
    return nums


def check():
    agents, regimens = load_lexicon()
    errors = []
    ids = [r["id"] for r in ROWS]
    if len(ids) != len(set(ids)):
        errors.append("duplicate row ids")
    for r in ROWS:
        nums = numbers_in(r["text"])
        words = len(r["text"].split())
        if not WORDS_MIN <= words <= WORDS_MAX:
            errors.append(f"{r['id']}: {words} words")
        seen = set()
        for f in r["gold"]:
            tag = f"{r['id']} {f['endpoint']} {f['arm']} {f['value']}"
            if f["endpoint"] not in ENDPOINTS:
                errors.append(f"{tag}: unknown endpoint")
            if not arm_ok(f["arm"], agents, regimens):
                errors.append(f"{tag}: arm not in lexicon form")
            for key in ("value", "ci_low", "ci_high"):
                v = f[key]
                if v is not None and float(v) not in nums:
                    errors.append(f"{tag}: {key} {v} not in text")
            v, lo, hi = f["value"], f["ci_low"], f["ci_high"]
            if v is not None and ((lo is not None and lo > v) or (hi is not None and hi < v)):
                errors.append(f"{tag}: CI does not bracket value")
            if (lo is not None or hi is not None) and v is None:
                errors.append(f"{tag}: CI without value")
            k = (f["endpoint"], f["arm"], f["value"])
            if k in seen:
                errors.append(f"{tag}: duplicate finding")
            seen.add(k)
    return errors


def review():
    """List, per row, numbers in the text that are not a gold value or bound, and gold values seen twice."""
    for r in ROWS:
        gold_nums = Counter()
        for f in r["gold"]:
            for key in ("value", "ci_low", "ci_high"):
                if f[key] is not None:
                    gold_nums[float(f[key])] += 1
        text_nums = Counter(numbers_in(r["text"]))
        other = sorted(n for n in text_nums if n not in gold_nums)
        repeated = sorted(n for n in gold_nums if text_nums[n] > 1)
        print(f"{r['id']}: non-gold numbers {other}")
        if repeated:
            print(f"    gold numbers occurring more than once in the text: {repeated}")


def main(argv):
    errors = check()
    if errors:
        for e in errors:
            print("ERROR", e)
        return 1
    lines = [
        json.dumps(
            {
                "id": r["id"],
                "style": r["style"],
                "source_style": r["source_style"],
                "text": r["text"],
                "gold": r["gold"],
            },
            ensure_ascii=False,
        )
        for r in ROWS
    ]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    counts = Counter(f["endpoint"] for r in ROWS for f in r["gold"])
    total = sum(counts.values())
    with_ci = sum(
        1 for r in ROWS for f in r["gold"] if f["ci_low"] is not None or f["ci_high"] is not None
    )
    null_hi = sum(
        1 for r in ROWS for f in r["gold"] if f["ci_low"] is not None and f["ci_high"] is None
    )
    null_val = sum(1 for r in ROWS for f in r["gold"] if f["value"] is None)
    words = [len(r["text"].split()) for r in ROWS]
    print(
        f"{len(ROWS)} rows, {total} gold findings ({with_ci} with a CI, {null_hi} with a null upper bound, "
        f"{null_val} null values)"
    )
    for ep in ENDPOINTS:
        print(f"  {ep:12s} {counts.get(ep, 0)}")
    print(
        "words per row:", ", ".join(f"{r['id'][-2:]}:{w}" for r, w in zip(ROWS, words, strict=True))
    )
    print(f"words min {min(words)}, max {max(words)}, mean {sum(words) / len(words):.0f}")
    print("style:", dict(Counter(r["style"] for r in ROWS)))
    if "--review" in argv:
        review()
    print("sha256", hashlib.sha256(OUT.read_bytes()).hexdigest(), OUT.name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
