"""Build the FOURTEENTH blind extraction set (typical HCC-after-immunotherapy abstracts).

    python tests/blind14/build_blind14.py            # write blind14.jsonl, print counts and sha256
    python tests/blind14/build_blind14.py --review   # also list, per row, the numbers that are not gold

This file is the source of truth: ROWS is filled by add(id, style, source_style, text, gold);
gold findings are made with g(endpoint, arm, value, ci_low=None, ci_high=None). Every study is
invented (written in the style of real abstracts read for this set; no sentence and no result
was copied). Checks run on every build: ids, endpoint codes, arm ids against the lexicon,
gold numbers present in the text, CI brackets, duplicates, word counts.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "blind"))

from build_common import build, g, row  # noqa: E402

OUT = Path(__file__).resolve().with_name("blind14.jsonl")
# Spelled-out counts that are gold values (sentence-initial N).
SPELLED = {"ninety-six": 96, "seventy-three": 73, "fifty-eight": 58}

ROWS: list[dict] = []


def add(id: str, style: str, source_style: str, text: str, gold: list[dict]) -> None:
    ROWS.append(row(id, style, source_style, text, gold))


# ---------------------------------------------------------------------------------------------
# A. First-line immunotherapy in real-world cohorts
# ---------------------------------------------------------------------------------------------

AB = "atezolizumab + bevacizumab"
DT = "durvalumab + tremelimumab"

add(
    "blind14-01",
    "real-world cohort, first-line Atez/Bev, structured",
    "Japanese multicentre real-world abstract (Background/Aims, Methods, Results, Conclusions)",
    """
    Background/Aims: Atezolizumab plus bevacizumab (Atez/Bev) is the preferred first-line regimen
    for unresectable hepatocellular carcinoma (HCC), but its outcomes in routine practice continue
    to be reported. We assessed the effectiveness and safety of first-line Atez/Bev at nine
    hospitals in western Japan.
    Methods: Consecutive patients who started Atez/Bev between October 2020 and March 2024 were
    reviewed. Tumour response was assessed with RECIST 1.1 every 6 to 9 weeks, and adverse events
    were graded with CTCAE version 5.0.
    Results: A total of 268 patients were included (median age 74 years; men 79.1%; Child-Pugh
    class A 91.4%). The objective response rate (ORR) was 24.3% and the disease control rate (DCR)
    was 71.6%. Over a median follow-up of 18.4 months, median progression-free survival (PFS) was
    6.7 months (95% confidence interval [CI], 5.8-7.9) and median overall survival (OS) was 19.8
    months (95% CI, 17.2-22.5). The 12-month OS rate was 68.9% (95% CI, 62.8-74.2). ALBI grade 2
    at baseline was independently associated with shorter OS (hazard ratio 1.79; 95% CI,
    1.28-2.51). Grade 3 or higher treatment-related adverse events (TRAEs) occurred in 29.5% of
    patients, most often proteinuria (9.3%) and hypertension (7.1%), and grade 3 or higher
    immune-related adverse events in 5.6%. Atez/Bev was discontinued because of TRAEs in 12.7% of
    patients.
    Conclusions: In routine Japanese practice, first-line Atez/Bev achieved survival comparable to
    that of the pivotal trial with manageable toxicity; preserved liver function was the main
    determinant of benefit.
    """,
    [
        g("N", AB, 268),
        g("ORR", AB, 24.3),
        g("DCR", AB, 71.6),
        g("mPFS", AB, 6.7, 5.8, 7.9),
        g("mOS", AB, 19.8, 17.2, 22.5),
        g("OS_RATE", AB, 68.9, 62.8, 74.2),
        g("TRAE_G3plus", AB, 29.5),
        g("IRAE_G3plus", AB, 5.6),
        g("TRAE_DISC", AB, 12.7),
    ],
)

add(
    "blind14-02",
    "real-world two-regimen comparison (STRIDE vs atezo/bev, IPTW), structured",
    "US multicentre comparative cohort (Introduction, Methods, Results, Conclusions)",
    """
    Introduction: Durvalumab plus tremelimumab (STRIDE) and atezolizumab plus bevacizumab
    (atezo/bev) are both approved first-line options for unresectable HCC, yet they have not been
    compared in a randomized trial.
    Methods: We identified patients treated with first-line STRIDE or atezo/bev at seven US
    academic centers between January 2022 and June 2024. Inverse probability of treatment
    weighting (IPTW) was used to balance baseline characteristics.
    Results: Of 412 patients, 139 received STRIDE and 273 received atezo/bev. STRIDE recipients
    were older (median 69 vs 66 years) and more often had untreated varices (27.3% vs 12.1%).
    Median OS was 16.9 months (95% CI, 13.1-21.4) with STRIDE and 18.2 months (95% CI, 15.6-21.0)
    with atezo/bev; the IPTW-adjusted hazard ratio (HR) for death with STRIDE versus atezo/bev was
    0.97 (95% CI, 0.72-1.31; p = 0.84). Median PFS was 4.1 months (95% CI, 3.2-5.6) and 5.9
    months (95% CI, 4.8-6.9), respectively (adjusted HR 1.18; 95% CI, 0.92-1.52; p = 0.19). The
    ORR by RECIST 1.1 was 19.4% with STRIDE and 23.8% with atezo/bev. Grade 3 or higher
    immune-related adverse events occurred in 12.2% and 6.2% of patients, respectively, and
    systemic corticosteroids were required in 28.8% and 14.3%. Bleeding events of any grade were
    more frequent with atezo/bev (9.9% vs 2.9%).
    Conclusions: In this real-world comparison, survival with STRIDE and atezo/bev was similar,
    while the toxicity profiles differed; STRIDE may be preferred for patients at high bleeding
    risk.
    """,
    [
        g("N", "overall", 412),
        g("N", DT, 139),
        g("N", AB, 273),
        g("mOS", DT, 16.9, 13.1, 21.4),
        g("mOS", AB, 18.2, 15.6, 21.0),
        g("HR_OS", DT, 0.97, 0.72, 1.31),
        g("mPFS", DT, 4.1, 3.2, 5.6),
        g("mPFS", AB, 5.9, 4.8, 6.9),
        g("HR_PFS", DT, 1.18, 0.92, 1.52),
        g("ORR", DT, 19.4),
        g("ORR", AB, 23.8),
        g("IRAE_G3plus", DT, 12.2),
        g("IRAE_G3plus", AB, 6.2),
    ],
)

add(
    "blind14-03",
    "real-world single-regimen cohort (STRIDE), unstructured",
    "European multicentre real-world abstract, single paragraph",
    """
    Real-world data on tremelimumab plus durvalumab (STRIDE) in Europe remain limited. We
    conducted a retrospective study at 13 centres in Italy, Germany and Spain including patients
    with unresectable HCC who received at least one dose of STRIDE between March 2023 and
    September 2024. Radiological response was evaluated by local investigators according to
    RECIST 1.1. In total, 187 patients were analysed; 142 (75.9%) received STRIDE as first-line
    treatment and 45 after previous systemic therapy. Median age was 71 years and 58.3% had
    non-viral aetiology. The ORR was 20.3%, with a complete response rate of 3.7%, and the DCR
    was 55.6%. Median duration of response was 13.8 months (95% CI, 9.4-not reached). After a
    median follow-up of 14.2 months, median PFS was 4.4 months (95% CI, 3.6-5.5) and median OS
    was 17.1 months (95% CI, 14.0-20.9). The 12-month OS rate was 61.5%. Any-grade immune-related
    adverse events were observed in 41.2% of patients; grade 3 or higher immune-related adverse
    events occurred in 13.4%, most frequently hepatitis (5.3%) and colitis (3.2%). High-dose
    corticosteroids were administered to 16.0% of patients, and 9.6% permanently discontinued
    treatment due to treatment-related adverse events. Macrovascular invasion (HR 1.64; 95% CI,
    1.09-2.47) and ALBI grade 2-3 (HR 1.92; 95% CI, 1.31-2.81) were independent predictors of
    death. STRIDE showed effectiveness and tolerability in line with the registrational trial in
    a Western population with predominantly non-viral liver disease.
    """,
    [
        g("N", DT, 187),
        g("ORR", DT, 20.3),
        g("DCR", DT, 55.6),
        g("mDOR", DT, 13.8, 9.4, None),
        g("mPFS", DT, 4.4, 3.6, 5.5),
        g("mOS", DT, 17.1, 14.0, 20.9),
        g("OS_RATE", DT, 61.5),
        g("IRAE_G3plus", DT, 13.4),
        g("TRAE_DISC", DT, 9.6),
    ],
)

PL = "pd-1 inhibitor + lenvatinib"

add(
    "blind14-04",
    "Chinese PSM comparison, lenvatinib with or without unnamed PD-1 inhibitors, structured",
    "Chinese two-centre retrospective abstract (Objective, Methods, Results, Conclusion)",
    """
    Objective: To compare lenvatinib combined with programmed death-1 (PD-1) inhibitors with
    lenvatinib alone as first-line treatment for unresectable hepatocellular carcinoma.
    Methods: Patients with BCLC stage B or C HCC who received lenvatinib with or without PD-1
    inhibitors at two tertiary hospitals in China from January 2019 to December 2023 were
    retrospectively enrolled. PD-1 inhibitors included sintilimab, camrelizumab, tislelizumab and
    toripalimab. Propensity score matching (PSM) at a 1:1 ratio was performed, and tumour response
    was assessed by mRECIST.
    Results: A total of 356 patients were enrolled, 198 in the combination group and 158 in the
    lenvatinib group; after PSM, 121 pairs were matched. In the matched cohort, the combination
    group had a higher ORR (41.3% vs 24.0%, P = 0.005). Median OS was 21.6 months (95% CI,
    18.3-25.0) in the combination group versus 15.2 months (95% CI, 12.9-17.4) in the lenvatinib
    group (HR 0.64; 95% CI, 0.47-0.87; P = 0.004), and median PFS was 9.4 months (95% CI,
    7.8-11.1) versus 6.1 months (95% CI, 5.0-7.3) (HR 0.62; 95% CI, 0.46-0.83; P < 0.001). Grade 3
    or higher adverse events occurred in 33.9% and 26.4% of patients, respectively, with
    hypertension (10.7% vs 9.1%) and hand-foot skin reaction (6.6% vs 7.4%) the most common.
    Hypothyroidism of any grade was more frequent with the combination (19.0% vs 8.3%).
    Conclusion: Adding PD-1 inhibitors to lenvatinib prolonged survival and improved tumour
    response without a marked increase in severe toxicity.
    """,
    [
        g("N", "overall", 356),
        g("N", PL, 198),
        g("N", "lenvatinib", 158),
        g("N", PL, 121),
        g("N", "lenvatinib", 121),
        g("ORR", PL, 41.3),
        g("ORR", "lenvatinib", 24.0),
        g("mOS", PL, 21.6, 18.3, 25.0),
        g("mOS", "lenvatinib", 15.2, 12.9, 17.4),
        g("HR_OS", PL, 0.64, 0.47, 0.87),
        g("mPFS", PL, 9.4, 7.8, 11.1),
        g("mPFS", "lenvatinib", 6.1, 5.0, 7.3),
        g("HR_PFS", PL, 0.62, 0.46, 0.83),
        g("AE_G3plus", PL, 33.9),
        g("AE_G3plus", "lenvatinib", 26.4),
    ],
)

# ---------------------------------------------------------------------------------------------
# B. Second-line therapy after atezolizumab-bevacizumab or durvalumab-tremelimumab
# ---------------------------------------------------------------------------------------------

add(
    "blind14-05",
    "second-line single agent after IO (cabozantinib), structured",
    "Italian/UK multicentre retrospective abstract (Background & Aims, Methods, Results, Conclusions)",
    """
    Background & Aims: Cabozantinib was approved after sorafenib, but most patients now receive it
    after immune checkpoint inhibitor (ICI)-based first-line therapy. We evaluated cabozantinib
    after atezolizumab-bevacizumab or durvalumab-tremelimumab.
    Methods: This retrospective study included patients with advanced HCC treated with
    cabozantinib at 11 centres in Italy and the United Kingdom after progression on, or
    intolerance to, first-line ICI-based therapy. Response was assessed by RECIST 1.1.
    Results: Ninety-six patients were included; the prior regimen was atezolizumab-bevacizumab in
    71 and durvalumab-tremelimumab in 25. Cabozantinib was started at 40 mg daily in 54.2% of
    patients, and 46.9% required at least one dose reduction. The ORR was 5.2% and the DCR was
    57.3%. Median PFS was 3.9 months (95% CI, 3.1-4.8) and median OS was 8.6 months (95% CI,
    6.9-10.7). A Child-Pugh score of 5 at cabozantinib start was associated with longer OS (HR
    0.51; 95% CI, 0.31-0.83). Grade 3 or higher adverse events were reported in 39.6% of patients,
    most commonly fatigue (9.4%), diarrhoea (7.3%) and palmar-plantar erythrodysaesthesia (6.3%),
    and 14.6% discontinued cabozantinib because of treatment-related adverse events.
    Conclusions: Cabozantinib retains activity after first-line immunotherapy, with outcomes
    similar to those reported after sorafenib; preserved liver function is key to benefit.
    """,
    [
        g("N", "cabozantinib", 96),
        g("ORR", "cabozantinib", 5.2),
        g("DCR", "cabozantinib", 57.3),
        g("mPFS", "cabozantinib", 3.9, 3.1, 4.8),
        g("mOS", "cabozantinib", 8.6, 6.9, 10.7),
        g("AE_G3plus", "cabozantinib", 39.6),
        g("TRAE_DISC", "cabozantinib", 14.6),
    ],
)

add(
    "blind14-06",
    "second-line two-agent comparison after Atezo-Bev (lenvatinib vs sorafenib, PSM), structured",
    "Korean multicentre real-world abstract (Background/Aims, Methods, Results, Conclusions)",
    """
    Background/Aims: Lenvatinib and sorafenib are commonly used after failure of atezolizumab plus
    bevacizumab (Atezo-Bev), but comparative data are scarce.
    Methods: Patients who received lenvatinib or sorafenib as second-line therapy after
    progression on Atezo-Bev at five Korean tertiary hospitals between 2020 and 2024 were
    analysed. Response was assessed by RECIST 1.1, and propensity score matching was used to
    adjust for baseline differences.
    Results: Among 214 patients, 131 received lenvatinib and 83 received sorafenib. The median
    duration of prior Atezo-Bev was 5.3 months. After matching, 64 patients remained in each
    group. The ORR was 12.5% with lenvatinib and 4.7% with sorafenib (P = 0.114), and the DCR was
    62.5% and 39.1%, respectively (P = 0.008). Median PFS was longer with lenvatinib (3.8 months;
    95% CI, 3.0-4.6) than with sorafenib (2.2 months; 95% CI, 1.8-2.9; HR 0.58; 95% CI,
    0.40-0.85; P = 0.005). Median OS was 9.7 months (95% CI, 7.4-12.3) and 7.9 months (95% CI,
    5.8-10.1), respectively (HR 0.81; 95% CI, 0.55-1.20; P = 0.297). Grade 3 or higher adverse
    events occurred in 35.9% of the lenvatinib group and 29.7% of the sorafenib group; hand-foot
    skin reaction of any grade was more common with sorafenib (43.8% vs 20.3%). ALBI grade 1 at
    the start of second-line treatment predicted longer OS (HR 0.47; 95% CI, 0.30-0.74).
    Conclusions: After Atezo-Bev failure, lenvatinib provided better disease control and PFS than
    sorafenib, without a significant difference in OS.
    """,
    [
        g("N", "overall", 214),
        g("N", "lenvatinib", 131),
        g("N", "sorafenib", 83),
        g("N", "lenvatinib", 64),
        g("N", "sorafenib", 64),
        g("ORR", "lenvatinib", 12.5),
        g("ORR", "sorafenib", 4.7),
        g("DCR", "lenvatinib", 62.5),
        g("DCR", "sorafenib", 39.1),
        g("mPFS", "lenvatinib", 3.8, 3.0, 4.6),
        g("mPFS", "sorafenib", 2.2, 1.8, 2.9),
        g("HR_PFS", "lenvatinib", 0.58, 0.40, 0.85),
        g("mOS", "lenvatinib", 9.7, 7.4, 12.3),
        g("mOS", "sorafenib", 7.9, 5.8, 10.1),
        g("HR_OS", "lenvatinib", 0.81, 0.55, 1.20),
        g("AE_G3plus", "lenvatinib", 35.9),
        g("AE_G3plus", "sorafenib", 29.7),
    ],
)

add(
    "blind14-07",
    "second/third-line single agent after IO (regorafenib), structured",
    "Dovepress-type retrospective abstract (Purpose, Patients and Methods, Results, Conclusion)",
    """
    Purpose: Regorafenib is approved for patients who tolerated sorafenib, but its role after
    immunotherapy is less well defined. We evaluated regorafenib after first-line immune
    checkpoint inhibitor combinations in unresectable HCC.
    Patients and Methods: We retrospectively analysed patients who received regorafenib after
    atezolizumab plus bevacizumab, durvalumab plus tremelimumab, or a PD-1 inhibitor combined with
    a tyrosine kinase inhibitor at four centres in Taiwan between 2021 and 2024. Response was
    assessed by mRECIST.
    Results: Seventy-three patients were included; 49 received regorafenib as second-line and 24
    as third-line therapy. Median age was 64 years and 80.8% had hepatitis B. The starting dose was
    80 mg or 120 mg daily in 61.6% of patients. The ORR was 9.6% and the DCR was 46.6%. Median
    time to progression was 3.1 months (95% CI, 2.5-3.9), median PFS was 2.9 months (95% CI,
    2.4-3.6), and median OS was 9.2 months (95% CI, 7.0-11.8). Treatment-related adverse events of
    grade 3 or higher were observed in 27.4% of patients, including hand-foot skin reaction
    (11.0%), hypertension (5.5%) and elevated bilirubin (4.1%). Six patients (8.2%) permanently
    discontinued regorafenib owing to treatment-related adverse events. AFP above 400 ng/mL was
    associated with shorter OS (HR 1.87; 95% CI, 1.08-3.24).
    Conclusion: Regorafenib is feasible after first-line immunotherapy-based regimens, with modest
    activity and a toxicity profile consistent with its known safety.
    """,
    [
        g("N", "regorafenib", 73),
        g("ORR", "regorafenib", 9.6),
        g("DCR", "regorafenib", 46.6),
        g("mTTP", "regorafenib", 3.1, 2.5, 3.9),
        g("mPFS", "regorafenib", 2.9, 2.4, 3.6),
        g("mOS", "regorafenib", 9.2, 7.0, 11.8),
        g("TRAE_G3plus", "regorafenib", 27.4),
        g("TRAE_DISC", "regorafenib", 8.2),
    ],
)

add(
    "blind14-08",
    "second-line single agent after Atez/Bev in AFP >=400 (ramucirumab), structured",
    "Japanese multicentre abstract (Aim, Methods, Results, Conclusion)",
    """
    Aim: Ramucirumab is indicated for HCC with alpha-fetoprotein (AFP) of 400 ng/mL or higher, and
    it is increasingly used after atezolizumab plus bevacizumab (Atez/Bev). We investigated its
    efficacy and safety in this setting.
    Methods: Patients with AFP of at least 400 ng/mL who received ramucirumab 8 mg/kg every 2 weeks
    after Atez/Bev at 12 institutions in Japan were retrospectively enrolled. Response was
    evaluated by RECIST 1.1.
    Results: Fifty-eight patients were analysed (second line, 41; third or later line, 17). The ORR
    and DCR were 6.9% and 50.0%, respectively. An AFP reduction of at least 20% at 6 weeks was
    observed in 36.2% of patients. Median PFS was 2.8 months (95% CI, 2.1-4.0) and median OS was
    8.4 months (95% CI, 6.1-11.5). The 6-month PFS rate was 24.1%. Grade 3 or higher adverse
    events developed in 22.4% of patients; the most frequent were hypertension (8.6%), proteinuria
    (5.2%) and ascites (5.2%). Liver function, assessed by the ALBI score, was maintained during
    the first 6 weeks of treatment. Patients with an AFP response had longer OS than those without
    (HR 0.42; 95% CI, 0.21-0.84).
    Conclusion: Ramucirumab showed modest activity and acceptable tolerability after Atez/Bev in
    patients with high AFP and may be a sequential option that preserves liver function.
    """,
    [
        g("N", "ramucirumab", 58),
        g("ORR", "ramucirumab", 6.9),
        g("DCR", "ramucirumab", 50.0),
        g("mPFS", "ramucirumab", 2.8, 2.1, 4.0),
        g("mOS", "ramucirumab", 8.4, 6.1, 11.5),
        g("PFS_RATE", "ramucirumab", 24.1),
        g("AE_G3plus", "ramucirumab", 22.4),
    ],
)

NI = "nivolumab + ipilimumab"

add(
    "blind14-09",
    "dual checkpoint blockade after Atezo-Bev failure (nivolumab + ipilimumab), unstructured",
    "JITC-type multicentre retrospective abstract, single paragraph",
    """
    Dual immune checkpoint blockade with nivolumab plus ipilimumab is approved after sorafenib, but
    evidence after progression on first-line atezolizumab-bevacizumab is limited. In this
    multicentre retrospective cohort from the United States, Hong Kong and South Korea, we
    identified 64 patients with advanced HCC who received nivolumab 1 mg/kg plus ipilimumab 3
    mg/kg every 3 weeks for up to four doses, followed by nivolumab maintenance, after progression
    on atezolizumab-bevacizumab. Primary resistance to atezolizumab-bevacizumab had occurred in 27
    patients and acquired resistance in 37. With a median follow-up of 20.6 months, the ORR was
    17.2%, including three complete responses, and the median duration of response was 14.1
    months (95% CI, 6.5-not reached). Median PFS was 2.7 months (95% CI, 2.0-4.2) and median OS
    was 10.8 months (95% CI, 7.3-14.9); the 12-month OS rate was 45.3%. Grade 3-4
    treatment-related adverse events occurred in 26.6% of patients, and grade 3 or higher
    immune-related adverse events in 20.3%, chiefly hepatitis, colitis and adrenal insufficiency.
    High-dose corticosteroids were required in 31.3% of patients, and 12.5% discontinued therapy
    because of treatment-related adverse events. There was one treatment-related death due to
    immune-mediated hepatitis. Response rates were similar in patients with primary and acquired
    resistance. These findings suggest that nivolumab plus ipilimumab can induce durable responses
    in a subset of patients after atezolizumab-bevacizumab failure, with a manageable but
    considerable immune-related toxicity burden.
    """,
    [
        g("N", NI, 64),
        g("ORR", NI, 17.2),
        g("mDOR", NI, 14.1, 6.5, None),
        g("mPFS", NI, 2.7, 2.0, 4.2),
        g("mOS", NI, 10.8, 7.3, 14.9),
        g("OS_RATE", NI, 45.3),
        g("TRAE_G3plus", NI, 26.6),
        g("IRAE_G3plus", NI, 20.3),
        g("TRAE_DISC", NI, 12.5),
    ],
)

add(
    "blind14-10",
    "meeting abstract (ASCO GI type): second-line sorafenib after atezo + bev, registry",
    "ASCO Gastrointestinal Cancers Symposium abstract (Background, Methods, Results, Conclusions,"
    " Research Sponsor; pts, mo, Gr)",
    """
    Background: Sorafenib (sor) remains the most widely reimbursed second-line (2L) option after
    atezolizumab + bevacizumab (atezo + bev) in several European countries, but data supporting
    this sequence are scarce. We evaluated the outcomes of 2L sor in a prospective multicentre
    registry.
    Methods: The registry enrolls consecutive pts with unresectable HCC starting atezo + bev at 17
    Italian centres. Pts who permanently discontinued atezo + bev and then received sor were
    analysed. Response was assessed per RECIST 1.1, and AEs were graded per CTCAE v5.0.
    Results: Of 302 pts treated with atezo + bev, 171 permanently discontinued treatment and 97
    received 2L therapy; sor was chosen in 52 pts. Median age was 70 years and 84.6% were
    Child-Pugh A at sor start. No objective responses were observed, and the DCR was 26.9%.
    Median PFS was 2.6 mo (95% CI 2.1-3.3) and median OS was 7.4 mo (95% CI 5.2-9.8). Gr 3 or
    higher AEs occurred in 34.6% of pts, most frequently fatigue and diarrhoea, and 17.3%
    discontinued sor because of treatment-related AEs. ALBI grade 2 at sor start was associated
    with shorter OS (HR 2.06; 95% CI 1.14-3.72).
    Conclusions: Sor has limited activity after atezo + bev failure. Effective 2L options and
    trials in this setting are urgently needed. Research Sponsor: None.
    """,
    [
        g("N", "sorafenib", 52),
        g("DCR", "sorafenib", 26.9),
        g("mPFS", "sorafenib", 2.6, 2.1, 3.3),
        g("mOS", "sorafenib", 7.4, 5.2, 9.8),
        g("AE_G3plus", "sorafenib", 34.6),
        g("TRAE_DISC", "sorafenib", 17.3),
    ],
)

# ---------------------------------------------------------------------------------------------
# C. TACE / HAIC plus systemic therapy
# ---------------------------------------------------------------------------------------------

PLT = "pd-1 inhibitor + lenvatinib + tace"
LT = "lenvatinib + tace"

add(
    "blind14-11",
    "Chinese PSM comparison, TACE + lenvatinib with or without unnamed PD-1 inhibitors, structured",
    "Chinese multicentre retrospective abstract (Purpose, Methods, Results, Conclusion)",
    """
    Purpose: To evaluate whether adding PD-1 inhibitors to transarterial chemoembolization (TACE)
    plus lenvatinib improves outcomes in unresectable HCC beyond the up-to-seven criteria.
    Methods: This multicentre retrospective study reviewed patients who received TACE plus
    lenvatinib plus PD-1 inhibitors (TLP group) or TACE plus lenvatinib (TL group) as initial
    treatment between January 2019 and June 2023. Propensity score matching (PSM) was used to
    reduce selection bias. Tumour response was assessed by mRECIST.
    Results: Overall, 287 patients were included (TLP, 164; TL, 123). After PSM, 98 patients were
    included in each group. The ORR was 67.3% in the TLP group and 48.0% in the TL group
    (P = 0.006). The TLP group had longer median PFS (11.6 vs 7.7 months; HR 0.59; 95% CI,
    0.43-0.81; P = 0.001) and median OS (25.3 vs 18.6 months; HR 0.66; 95% CI, 0.46-0.94;
    P = 0.021). Conversion to surgical resection was achieved in 13.3% and 5.1% of patients,
    respectively. Grade 3 or higher adverse events occurred in 30.6% of the TLP group and 23.5% of
    the TL group (P = 0.264); immune-related adverse events of grade 3 or higher were recorded in
    4.1% of the TLP group. Post-embolization syndrome was the most common adverse event in both
    groups.
    Conclusion: TACE combined with lenvatinib and PD-1 inhibitors achieved better tumour response
    and survival than TACE plus lenvatinib, with acceptable safety.
    """,
    [
        g("N", "overall", 287),
        g("N", PLT, 164),
        g("N", LT, 123),
        g("N", PLT, 98),
        g("N", LT, 98),
        g("ORR", PLT, 67.3),
        g("ORR", LT, 48.0),
        g("mPFS", PLT, 11.6),
        g("mPFS", LT, 7.7),
        g("HR_PFS", PLT, 0.59, 0.43, 0.81),
        g("mOS", PLT, 25.3),
        g("mOS", LT, 18.6),
        g("HR_OS", PLT, 0.66, 0.46, 0.94),
        g("AE_G3plus", PLT, 30.6),
        g("AE_G3plus", LT, 23.5),
        g("IRAE_G3plus", PLT, 4.1),
    ],
)

PLH = "pd-1 inhibitor + lenvatinib + haic"

add(
    "blind14-12",
    "Chinese comparison for PVTT, HAIC + lenvatinib + PD-1 inhibitors vs lenvatinib + PD-1"
    " inhibitors, structured",
    "Chinese single-centre retrospective abstract (Background, Methods, Results, Conclusions)",
    """
    Background: Portal vein tumour thrombus (PVTT) confers a poor prognosis in HCC. We compared
    hepatic arterial infusion chemotherapy (HAIC) combined with lenvatinib and PD-1 inhibitors
    with lenvatinib plus PD-1 inhibitors in patients with HCC and PVTT.
    Methods: Consecutive patients with Vp2-Vp4 PVTT treated between March 2020 and February 2024
    were retrospectively analysed. HAIC consisted of oxaliplatin, leucovorin and fluorouracil
    (FOLFOX) every 3 weeks.
    Results: A total of 176 patients were included: 94 received HAIC plus lenvatinib and PD-1
    inhibitors (HAIC group) and 82 received lenvatinib plus PD-1 inhibitors (non-HAIC group). By
    RECIST 1.1, the ORR was 45.7% in the HAIC group versus 19.5% in the non-HAIC group
    (P < 0.001). Median OS was 19.2 months (95% CI, 15.8-23.7) versus 11.9 months (95% CI,
    9.4-14.6) (HR 0.55; 95% CI, 0.38-0.79; P = 0.001), and median PFS was 8.9 months (95% CI,
    7.1-10.4) versus 5.4 months (95% CI, 4.2-6.8) (HR 0.57; 95% CI, 0.41-0.80; P = 0.001). The
    PVTT response rate was 60.6% versus 30.5%. Treatment-related adverse events of grade 3 or
    higher occurred in 38.3% and 28.0% of patients, respectively, mainly thrombocytopenia,
    elevated aminotransferases and hypertension; no treatment-related deaths occurred. In
    multivariate analysis, Vp4 PVTT was associated with worse OS (HR 1.81; 95% CI, 1.22-2.69).
    Conclusions: For HCC with PVTT, adding HAIC to lenvatinib and PD-1 inhibitors improved tumour
    response and survival with manageable toxicity.
    """,
    [
        g("N", "overall", 176),
        g("N", PLH, 94),
        g("N", PL, 82),
        g("ORR", PLH, 45.7),
        g("ORR", PL, 19.5),
        g("mOS", PLH, 19.2, 15.8, 23.7),
        g("mOS", PL, 11.9, 9.4, 14.6),
        g("HR_OS", PLH, 0.55, 0.38, 0.79),
        g("mPFS", PLH, 8.9, 7.1, 10.4),
        g("mPFS", PL, 5.4, 4.2, 6.8),
        g("HR_PFS", PLH, 0.57, 0.41, 0.80),
        g("TRAE_G3plus", PLH, 38.3),
        g("TRAE_G3plus", PL, 28.0),
    ],
)

ABT = "atezolizumab + bevacizumab + tace"

add(
    "blind14-13",
    "Japanese IPTW comparison, Atezo/Bev with or without TACE in intermediate stage, structured",
    "Liver Cancer-type retrospective abstract (Introduction, Methods, Results, Conclusion)",
    """
    Introduction: Whether adding transarterial chemoembolization (TACE) to atezolizumab plus
    bevacizumab (Atezo/Bev) benefits patients with intermediate-stage HCC is unclear.
    Methods: Patients with BCLC stage B HCC beyond the up-to-seven criteria who started Atezo/Bev
    between 2020 and 2023 at eight Japanese hospitals were retrospectively analysed. Patients in
    the combination group underwent planned TACE after a median of 2 cycles of Atezo/Bev.
    Outcomes were compared using inverse probability of treatment weighting (IPTW).
    Results: Of 203 patients, 78 received Atezo/Bev plus TACE and 125 received Atezo/Bev alone.
    The ORR by mRECIST was 62.8% in the combination group and 41.6% in the Atezo/Bev group. Median
    PFS was 13.2 months (95% CI, 10.4-16.5) versus 7.8 months (95% CI, 6.3-9.2), with an
    IPTW-adjusted HR of 0.56 (95% CI, 0.39-0.80; p = 0.002). Median OS was not reached (95% CI,
    27.4-not reached) in the combination group and was 26.1 months (95% CI, 21.5-31.2) in the
    Atezo/Bev group (adjusted HR 0.63; 95% CI, 0.40-0.99; p = 0.046). Grade 3 or higher adverse
    events occurred in 30.8% and 24.8% of patients, respectively; hepatic decompensation within 3
    months after TACE was observed in 6.4% of the combination group. The ALBI score did not
    change significantly during the first 12 weeks in either group.
    Conclusion: In intermediate-stage HCC with high tumour burden, combining Atezo/Bev with TACE
    prolonged PFS and OS without compromising liver function.
    """,
    [
        g("N", "overall", 203),
        g("N", ABT, 78),
        g("N", AB, 125),
        g("ORR", ABT, 62.8),
        g("ORR", AB, 41.6),
        g("mPFS", ABT, 13.2, 10.4, 16.5),
        g("mPFS", AB, 7.8, 6.3, 9.2),
        g("HR_PFS", ABT, 0.56, 0.39, 0.80),
        g("mOS", ABT, None, 27.4, None),
        g("mOS", AB, 26.1, 21.5, 31.2),
        g("HR_OS", ABT, 0.63, 0.40, 0.99),
        g("AE_G3plus", ABT, 30.8),
        g("AE_G3plus", AB, 24.8),
    ],
)

CRT = "camrelizumab + rivoceranib + tace"

add(
    "blind14-14",
    "single-arm phase 2, TACE + camrelizumab + apatinib, structured",
    "Chinese phase 2 trial abstract (Background, Methods, Results, Conclusions)",
    """
    Background: Combining TACE with an anti-PD-1 antibody and an anti-angiogenic tyrosine kinase
    inhibitor may enhance local and systemic tumour control. We conducted a single-arm phase 2
    trial of TACE plus camrelizumab and apatinib in unresectable HCC.
    Methods: Eligible patients had BCLC stage B or C HCC, Child-Pugh class A liver function and an
    ECOG performance status of 0-1. Camrelizumab 200 mg was given every 3 weeks and apatinib 250
    mg once daily, starting 3-7 days after the first TACE; TACE was repeated on demand. The
    primary endpoint was ORR per mRECIST.
    Results: Between May 2021 and August 2023, 52 patients were enrolled; 31 (59.6%) had BCLC
    stage C disease and 19 (36.5%) had portal vein invasion. The ORR per mRECIST was 71.2% (95%
    CI, 56.9-82.9) and the DCR was 90.4%. By RECIST 1.1, the ORR was 40.4%. With a median
    follow-up of 23.5 months, median PFS was 12.4 months (95% CI, 9.8-15.3); median OS was not
    reached, and the 12-month OS rate was 88.5%. Eleven patients (21.2%) underwent conversion
    resection. Treatment-related adverse events of grade 3 or higher occurred in 42.3% of
    patients, most commonly hypertension (13.5%), elevated aspartate aminotransferase (9.6%) and
    hand-foot syndrome (7.7%); reactive cutaneous capillary endothelial proliferation occurred in
    23.1% (all grade 1-2). No treatment-related deaths occurred.
    Conclusions: TACE plus camrelizumab and apatinib showed high response rates and encouraging
    survival with a manageable safety profile, supporting randomised evaluation.
    """,
    [
        g("N", CRT, 52),
        g("ORR", CRT, 71.2, 56.9, 82.9),
        g("DCR", CRT, 90.4),
        g("ORR", CRT, 40.4),
        g("mPFS", CRT, 12.4, 9.8, 15.3),
        g("mOS", CRT, None),
        g("OS_RATE", CRT, 88.5),
        g("TRAE_G3plus", CRT, 42.3),
    ],
)

SLH = "sintilimab + lenvatinib + haic"

add(
    "blind14-15",
    "meeting abstract (EASL type): HAIC + lenvatinib + sintilimab vs HAIC, PSM",
    "EASL Congress abstract (Background and aims, Method, Results, Conclusion; pts)",
    """
    Background and aims: Hepatic arterial infusion chemotherapy with FOLFOX (HAIC) is widely used
    for large unresectable HCC in China. We compared HAIC plus lenvatinib and sintilimab
    (HAIC-LS) with HAIC alone.
    Method: Patients with treatment-naive unresectable HCC and a maximum tumour diameter above 10
    cm treated at three centres between 2019 and 2023 were included. Propensity score matching
    (1:1) was applied, and response was assessed by mRECIST.
    Results: Of 248 eligible pts, 116 received HAIC-LS and 132 received HAIC alone; 81 matched
    pairs were analysed. Median age was 55 years, 87.7% of matched pts had hepatitis B-related
    disease, and the median follow-up was 21.3 months. HAIC-LS was associated with a higher ORR (70.4% vs 44.4%; p < 0.001) and
    longer median PFS (10.7 vs 6.3 months; HR 0.52, 95% CI 0.36-0.74) and median OS (24.9 vs 14.8
    months; HR 0.58, 95% CI 0.39-0.86). Conversion to R0 resection was achieved in 18.5% vs 7.4%
    of pts. Grade 3-4 treatment-related AEs occurred in 45.7% vs 32.1%, mostly thrombocytopenia and
    transaminase elevation, and no treatment-related deaths were recorded.
    Conclusion: In very large HCC, adding lenvatinib and sintilimab to HAIC improved response and
    survival with acceptable toxicity; a prospective trial is ongoing.
    """,
    [
        g("N", "overall", 248),
        g("N", SLH, 116),
        g("N", "haic", 132),
        g("N", SLH, 81),
        g("N", "haic", 81),
        g("ORR", SLH, 70.4),
        g("ORR", "haic", 44.4),
        g("mPFS", SLH, 10.7),
        g("mPFS", "haic", 6.3),
        g("HR_PFS", SLH, 0.52, 0.36, 0.74),
        g("mOS", SLH, 24.9),
        g("mOS", "haic", 14.8),
        g("HR_OS", SLH, 0.58, 0.39, 0.86),
        g("TRAE_G3plus", SLH, 45.7),
        g("TRAE_G3plus", "haic", 32.1),
    ],
)

# ---------------------------------------------------------------------------------------------
# D. Randomised phase 2/3 trials and their updates
# ---------------------------------------------------------------------------------------------

TLT = "tislelizumab + lenvatinib + tace"

add(
    "blind14-16",
    "randomised phase 3 (Lancet Oncology type), tislelizumab + lenvatinib + TACE vs lenvatinib"
    " + TACE",
    "Lancet Oncology summary (Background, Methods, Findings, Interpretation, Funding)",
    """
    Background: TACE plus lenvatinib improved survival over lenvatinib alone in advanced HCC, and
    anti-PD-1 antibodies might further enhance antitumour immunity. We aimed to assess whether
    adding tislelizumab to TACE plus lenvatinib improves progression-free survival.
    Methods: In this open-label, randomised, phase 3 trial done at 23 hospitals in China, patients
    aged 18-75 years with unresectable HCC, Child-Pugh class A liver function and ECOG performance
    status 0-1 were randomly assigned (1:1) to tislelizumab 200 mg every 3 weeks plus lenvatinib
    and on-demand TACE (tislelizumab group), or lenvatinib plus on-demand TACE (control group). The
    primary endpoint was progression-free survival per mRECIST by blinded independent central
    review.
    Findings: Between Feb 3, 2021, and Nov 28, 2022, 336 patients were randomly assigned (169 to
    the tislelizumab group and 167 to the control group). At a median follow-up of 26.8 months,
    median progression-free survival was 13.9 months (95% CI 11.5-16.2) in the tislelizumab group
    and 9.6 months (8.1-11.0) in the control group (hazard ratio [HR] 0.64, 95% CI 0.49-0.83;
    p=0.0007). Median overall survival was 30.2 months (25.9-not reached) versus 24.4 months
    (21.0-28.3; HR 0.76, 0.57-1.01; p=0.058). The objective response rate per mRECIST was 70.4%
    versus 55.7%. Grade 3 or higher treatment-related adverse events occurred in 56.2% versus
    44.9% of patients; the most common was hypertension (19.5% vs 16.8%). Treatment-related deaths
    occurred in two patients (1.2%) versus one (0.6%).
    Interpretation: Adding tislelizumab to TACE plus lenvatinib significantly improved
    progression-free survival in unresectable HCC, with manageable toxicity.
    Funding: National Natural Science Foundation of China.
    """,
    [
        g("N", "overall", 336),
        g("N", TLT, 169),
        g("N", LT, 167),
        g("mPFS", TLT, 13.9, 11.5, 16.2),
        g("mPFS", LT, 9.6, 8.1, 11.0),
        g("HR_PFS", TLT, 0.64, 0.49, 0.83),
        g("mOS", TLT, 30.2, 25.9, None),
        g("mOS", LT, 24.4, 21.0, 28.3),
        g("HR_OS", TLT, 0.76, 0.57, 1.01),
        g("ORR", TLT, 70.4),
        g("ORR", LT, 55.7),
        g("TRAE_G3plus", TLT, 56.2),
        g("TRAE_G3plus", LT, 44.9),
    ],
)

LOS = "lenvatinib or sorafenib"

add(
    "blind14-17",
    "updated analysis of a randomised phase 3 (JCO type), nivolumab + ipilimumab vs lenvatinib"
    " or sorafenib",
    "J Clin Oncol structured abstract (PURPOSE, METHODS, RESULTS, CONCLUSION; '95% CI, x to y')",
    """
    PURPOSE: We report updated overall survival (OS) and safety, after a minimum follow-up of 36
    months, from a randomized phase III trial of first-line nivolumab plus ipilimumab versus
    investigator's choice of lenvatinib or sorafenib in unresectable hepatocellular carcinoma
    (HCC).
    METHODS: Patients with a Child-Pugh score of 5 or 6 and no previous systemic therapy were
    randomly assigned 1:1 to nivolumab 1 mg/kg plus ipilimumab 3 mg/kg once every 3 weeks for up
    to four doses followed by nivolumab 480 mg once every 4 weeks, or to lenvatinib or sorafenib.
    OS was the primary end point.
    RESULTS: Of 702 randomly assigned patients, 351 were assigned to nivolumab plus ipilimumab and
    351 to lenvatinib or sorafenib; 87.3% of treated control patients received lenvatinib. With a
    median follow-up of 44.7 months, median OS was 23.1 months (95% CI, 19.4 to 27.0) with
    nivolumab plus ipilimumab and 20.2 months (95% CI, 17.6 to 22.5) with lenvatinib or sorafenib
    (HR, 0.80; 95% CI, 0.67 to 0.95; P = .011). The 36-month OS rates were 38.2% and 29.6%,
    respectively. The objective response rate per blinded independent central review was 36.2%
    versus 13.4%. Subsequent systemic therapy was received by 40.2% and 55.3% of patients. Grade 3
    or 4 treatment-related adverse events occurred in 41.5% versus 42.3% of treated patients, and
    no new safety signals were identified.
    CONCLUSION: With longer follow-up, nivolumab plus ipilimumab continued to show an OS benefit
    over lenvatinib or sorafenib, supporting its use as a first-line option for unresectable HCC.
    """,
    [
        g("N", "overall", 702),
        g("N", NI, 351),
        g("N", LOS, 351),
        g("mOS", NI, 23.1, 19.4, 27.0),
        g("mOS", LOS, 20.2, 17.6, 22.5),
        g("HR_OS", NI, 0.80, 0.67, 0.95),
        g("OS_RATE", NI, 38.2),
        g("OS_RATE", LOS, 29.6),
        g("ORR", NI, 36.2),
        g("ORR", LOS, 13.4),
        g("TRAE_G3plus", NI, 41.5),
        g("TRAE_G3plus", LOS, 42.3),
    ],
)

AC = "atezolizumab + cabozantinib"

add(
    "blind14-18",
    "randomised phase 2 after Atezo-Bev, atezolizumab + cabozantinib vs cabozantinib, structured",
    "Clinical Cancer Research-type abstract (Purpose, Patients and Methods, Results, Conclusions)",
    """
    Purpose: Continuing PD-L1 blockade beyond progression might benefit patients whose HCC
    progressed on atezolizumab plus bevacizumab. We assessed atezolizumab plus cabozantinib versus
    cabozantinib alone in this setting.
    Patients and Methods: In this multicentre, open-label, randomized phase II trial, patients with
    Child-Pugh A HCC and radiological progression on first-line atezolizumab plus bevacizumab were
    randomly assigned 1:1 to atezolizumab 1,200 mg every 3 weeks plus cabozantinib 40 mg daily or
    to cabozantinib 60 mg daily. The primary endpoint was investigator-assessed PFS per RECIST
    1.1.
    Results: A total of 124 patients were randomized: 62 to atezolizumab plus cabozantinib and 62
    to cabozantinib. Median PFS was 4.6 months (95% CI, 3.7-5.8) with the combination and 3.9
    months (95% CI, 2.8-4.9) with cabozantinib (HR 0.81; 95% CI, 0.55-1.19; P = 0.28). Median OS
    was 11.2 months (95% CI, 8.9-14.1) and 10.4 months (95% CI, 7.8-13.0), respectively (HR 0.92;
    95% CI, 0.60-1.41). The ORR was 11.3% versus 6.5%. Grade 3 or higher treatment-related adverse
    events occurred in 48.4% and 45.2% of patients, most frequently hypertension,
    palmar-plantar erythrodysesthesia and diarrhea. Dose reductions of cabozantinib were required
    in 53.2% and 66.1% of patients. Grade 3 or higher immune-mediated adverse events occurred in
    8.1% of patients receiving atezolizumab.
    Conclusions: Adding atezolizumab to cabozantinib after progression on atezolizumab plus
    bevacizumab did not significantly improve PFS, and continuation of PD-L1 blockade beyond
    progression cannot be recommended outside clinical trials.
    """,
    [
        g("N", "overall", 124),
        g("N", AC, 62),
        g("N", "cabozantinib", 62),
        g("mPFS", AC, 4.6, 3.7, 5.8),
        g("mPFS", "cabozantinib", 3.9, 2.8, 4.9),
        g("HR_PFS", AC, 0.81, 0.55, 1.19),
        g("mOS", AC, 11.2, 8.9, 14.1),
        g("mOS", "cabozantinib", 10.4, 7.8, 13.0),
        g("HR_OS", AC, 0.92, 0.60, 1.41),
        g("ORR", AC, 11.3),
        g("ORR", "cabozantinib", 6.5),
        g("TRAE_G3plus", AC, 48.4),
        g("TRAE_G3plus", "cabozantinib", 45.2),
        g("IRAE_G3plus", AC, 8.1),
    ],
)

TB = "toripalimab + bevacizumab"

add(
    "blind14-19",
    "meeting abstract (ASCO Annual Meeting type): 3-year update of a randomised phase 3,"
    " toripalimab + bevacizumab vs sorafenib",
    "ASCO Annual Meeting abstract (Background, Methods, Results, Conclusions, Research Sponsor;"
    " pts, mo, Q3W, BID, Gr)",
    """
    Background: In the primary analysis of a randomized phase III trial, first-line toripalimab
    plus bevacizumab (tori + bev) improved OS and PFS vs sorafenib (sor) in pts with unresectable
    HCC. We report results after 3 years of follow-up.
    Methods: Pts with BCLC stage B/C HCC, Child-Pugh A liver function and no prior systemic
    therapy were randomized 1:1 to toripalimab 240 mg plus bevacizumab 15 mg/kg Q3W or sor 400 mg
    BID. The primary end points were OS and PFS per RECIST v1.1 by independent review. Data
    cutoff was March 31, 2025.
    Results: In total, 326 pts were randomized (tori + bev, 162; sor, 164). At a median follow-up
    of 38.6 mo, median OS was 21.4 mo (95% CI 18.2-25.3) with tori + bev vs 14.9 mo (95% CI
    12.7-17.8) with sor (HR 0.71; 95% CI 0.55-0.91; P = 0.006). The 36-mo OS rates were 33.8% and
    21.5%, respectively. Median PFS was 5.8 vs 4.0 mo (HR 0.68; 95% CI 0.53-0.87). Confirmed ORR
    was 26.5% vs 6.1%, with complete responses in 4.3% vs 0.6% of pts. Gr 3 or higher TRAEs
    occurred in 44.4% vs 40.2% of pts; the most common were hypertension, increased AST and
    palmar-plantar erythrodysesthesia.
    Conclusions: With 3 years of follow-up, tori + bev maintained a clinically meaningful OS
    benefit over sor with no new safety signals, supporting its use as a first-line option.
    Research Sponsor: Pharmaceutical/Biotech Company.
    """,
    [
        g("N", "overall", 326),
        g("N", TB, 162),
        g("N", "sorafenib", 164),
        g("mOS", TB, 21.4, 18.2, 25.3),
        g("mOS", "sorafenib", 14.9, 12.7, 17.8),
        g("HR_OS", TB, 0.71, 0.55, 0.91),
        g("OS_RATE", TB, 33.8),
        g("OS_RATE", "sorafenib", 21.5),
        g("mPFS", TB, 5.8),
        g("mPFS", "sorafenib", 4.0),
        g("HR_PFS", TB, 0.68, 0.53, 0.87),
        g("ORR", TB, 26.5),
        g("ORR", "sorafenib", 6.1),
        g("TRAE_G3plus", TB, 44.4),
        g("TRAE_G3plus", "sorafenib", 40.2),
    ],
)

# ---------------------------------------------------------------------------------------------
# E. Single-arm phase 2 trials
# ---------------------------------------------------------------------------------------------

CL = "camrelizumab + lenvatinib"

add(
    "blind14-20",
    "single-arm phase 2, first-line camrelizumab + lenvatinib, structured",
    "BMC Medicine-type phase 2 abstract (Background, Methods, Results, Conclusions)",
    """
    Background: Combining an anti-PD-1 antibody with lenvatinib has shown promising activity in
    unresectable hepatocellular carcinoma (uHCC). This phase 2 study evaluated camrelizumab plus
    lenvatinib as first-line treatment.
    Methods: In this multicentre, single-arm, phase 2 trial, patients with uHCC, a Child-Pugh score
    of 7 or lower and no prior systemic therapy received camrelizumab 200 mg intravenously every 3
    weeks plus lenvatinib 8 mg or 12 mg daily according to body weight. The primary endpoint was
    ORR by investigator per RECIST v1.1; secondary endpoints included DCR, duration of response,
    PFS, OS and safety.
    Results: Between June 2021 and April 2023, 67 patients were enrolled, including 9 with
    Child-Pugh B7 liver function. The confirmed ORR was 34.3% (95% CI, 23.2-46.9) and the DCR was
    82.1% (95% CI, 70.8-90.4). Median duration of response was 11.7 months. At a median follow-up
    of 19.8 months, median PFS was 8.5 months (95% CI, 6.9-10.2) and median OS was 20.4 months (95%
    CI, 16.3-not evaluable), with a 12-month OS rate of 74.6% (95% CI, 62.1-83.5). Grade 3 or
    higher treatment-related adverse events occurred in 47.8% of patients, most frequently
    hypertension (16.4%), decreased platelet count (9.0%) and proteinuria (7.5%). Immune-related
    adverse events of grade 3 or higher occurred in 6.0%, and 10.4% of patients discontinued
    treatment because of treatment-related adverse events.
    Conclusions: Camrelizumab plus lenvatinib showed promising antitumour activity and manageable
    toxicity as first-line therapy for uHCC.
    """,
    [
        g("N", CL, 67),
        g("ORR", CL, 34.3, 23.2, 46.9),
        g("DCR", CL, 82.1, 70.8, 90.4),
        g("mDOR", CL, 11.7),
        g("mPFS", CL, 8.5, 6.9, 10.2),
        g("mOS", CL, 20.4, 16.3, None),
        g("OS_RATE", CL, 74.6, 62.1, 83.5),
        g("TRAE_G3plus", CL, 47.8),
        g("IRAE_G3plus", CL, 6.0),
        g("TRAE_DISC", CL, 10.4),
    ],
)

PA = "penpulimab + anlotinib"

add(
    "blind14-21",
    "single-arm phase 2 after first-line ICI, penpulimab + anlotinib, unstructured",
    "phase 2 trial abstract, single paragraph",
    """
    Treatment options after failure of first-line immune checkpoint inhibitor (ICI)-based therapy
    for HCC remain limited. We conducted an open-label, single-arm, phase 2 study of penpulimab, an
    anti-PD-1 antibody, plus the multikinase inhibitor anlotinib in patients with advanced HCC
    whose disease had progressed on an ICI-containing first-line regimen. Patients received
    penpulimab 200 mg every 3 weeks and anlotinib 10 mg once daily on days 1-14 of each 21-day
    cycle. The primary endpoint was the 6-month PFS rate. Between September 2022 and October 2024,
    45 patients were enrolled; the prior regimen was atezolizumab plus bevacizumab in 19,
    sintilimab plus a bevacizumab biosimilar in 11 and a PD-1 inhibitor plus lenvatinib in 15. The
    6-month PFS rate was 42.2% (95% CI, 27.6-56.1), meeting the prespecified threshold of 30%. The
    ORR per RECIST 1.1 was 13.3% and the DCR was 68.9%. Median PFS was 4.8 months (95% CI, 3.5-6.4)
    and median OS was 12.6 months (95% CI, 9.1-16.0). Grade 3 or higher treatment-related adverse
    events occurred in 31.1% of patients, including hand-foot syndrome (11.1%), hypertension (8.9%)
    and elevated gamma-glutamyl transferase (4.4%). Grade 3 immune-related hepatitis occurred in
    one patient (2.2%), and 6.7% of patients discontinued treatment because of treatment-related
    adverse events. Penpulimab plus anlotinib showed encouraging activity and acceptable safety
    after failure of first-line ICI-based therapy and merits further study.
    """,
    [
        g("N", PA, 45),
        g("PFS_RATE", PA, 42.2, 27.6, 56.1),
        g("ORR", PA, 13.3),
        g("DCR", PA, 68.9),
        g("mPFS", PA, 4.8, 3.5, 6.4),
        g("mOS", PA, 12.6, 9.1, 16.0),
        g("TRAE_G3plus", PA, 31.1),
        g("IRAE_G3plus", PA, 2.2),
        g("TRAE_DISC", PA, 6.7),
    ],
)

CDL = "cadonilimab + lenvatinib"

add(
    "blind14-22",
    "meeting abstract (ESMO Asia type): single-arm phase 2, first-line cadonilimab + lenvatinib",
    "ESMO Asia Congress abstract (Background, Methods, Results, Conclusions, Legal entity"
    " responsible for the study, Funding, Disclosure; pts, mo, Q3W, QD, DoR, Gr)",
    """
    Background: Cadonilimab is a tetravalent bispecific antibody targeting PD-1 and CTLA-4. We
    report the efficacy and safety of cadonilimab plus lenvatinib as first-line treatment for
    advanced HCC from a phase II study.
    Methods: Pts with BCLC stage B/C HCC, Child-Pugh A liver function and ECOG PS 0-1 received
    cadonilimab 10 mg/kg Q3W plus lenvatinib 8 or 12 mg QD. The primary endpoint was ORR per
    RECIST v1.1; secondary endpoints were DCR, DoR, PFS, OS and safety.
    Results: As of Jan 15, 2025, 58 pts had been enrolled, and the median follow-up was 16.9 mo.
    The confirmed ORR was 39.7% (95% CI 27.0-53.4) and the DCR was 84.5%. Median DoR was 12.4 mo
    (95% CI 8.3-NR). Median PFS was 9.6 mo (95% CI 7.2-12.5); median OS was not reached, and the
    12-mo OS rate was 79.3%. Gr 3 or higher TRAEs occurred in 51.7% of pts, most commonly
    hypertension (15.5%), increased AST (8.6%) and rash (5.2%). Gr 3 or higher immune-related AEs
    occurred in 13.8% of pts, and TRAEs leading to discontinuation of cadonilimab occurred in
    10.3%. No treatment-related deaths were observed.
    Conclusions: Cadonilimab plus lenvatinib showed promising antitumour activity with a
    manageable safety profile in first-line advanced HCC; a randomised phase III trial is
    planned.
    Legal entity responsible for the study: The authors. Funding: Has not received any funding.
    Disclosure: All authors have declared no conflicts of interest.
    """,
    [
        g("N", CDL, 58),
        g("ORR", CDL, 39.7, 27.0, 53.4),
        g("DCR", CDL, 84.5),
        g("mDOR", CDL, 12.4, 8.3, None),
        g("mPFS", CDL, 9.6, 7.2, 12.5),
        g("mOS", CDL, None),
        g("OS_RATE", CDL, 79.3),
        g("TRAE_G3plus", CDL, 51.7),
        g("IRAE_G3plus", CDL, 13.8),
        g("TRAE_DISC", CDL, 10.3),
    ],
)

# ---------------------------------------------------------------------------------------------
# F. Meta-analyses
# ---------------------------------------------------------------------------------------------

add(
    "blind14-23",
    "proportion meta-analysis of real-world STRIDE cohorts, structured",
    "systematic review and meta-analysis abstract (Background, Methods, Results, Conclusions)",
    """
    Background: Real-world experience with durvalumab plus tremelimumab (STRIDE) for unresectable
    HCC is accumulating, but individual cohorts are small and heterogeneous. We performed a
    systematic review and meta-analysis of its effectiveness and safety in clinical practice.
    Methods: PubMed, Embase, Web of Science and major congress proceedings were searched up to May
    31, 2025 for observational studies of STRIDE in unresectable HCC. Pooled estimates were
    calculated with random-effects models, and heterogeneity was assessed with the I2 statistic.
    Results: Fourteen studies comprising 2,137 patients were included; 63.8% of patients received
    STRIDE as first-line therapy. The pooled ORR was 19.6% (95% CI, 16.4-23.2; I2 = 61%) and the
    pooled DCR was 57.9% (95% CI, 52.1-63.5). The pooled 6-month PFS rate was 40.8% (95% CI,
    35.9-45.9) and the pooled 12-month OS rate was 62.4% (95% CI, 57.3-67.2). Grade 3 or higher
    treatment-related adverse events occurred in 24.7% (95% CI, 19.8-30.3) of patients and grade 3
    or higher immune-related adverse events in 11.9% (95% CI, 9.2-15.2); treatment discontinuation
    due to treatment-related adverse events was reported in 10.5% (95% CI, 7.9-13.8). In
    meta-regression, a higher proportion of first-line use was associated with a higher DCR
    (p = 0.03), whereas a higher proportion of Child-Pugh B patients was associated with a lower
    12-month OS rate.
    Conclusions: STRIDE achieves outcomes in routine practice that are consistent with the
    HIMALAYA trial and has a manageable toxicity profile; its use beyond first line and in
    Child-Pugh B disease warrants caution.
    """,
    [
        g("N", DT, 2137),
        g("ORR", DT, 19.6, 16.4, 23.2),
        g("DCR", DT, 57.9, 52.1, 63.5),
        g("PFS_RATE", DT, 40.8, 35.9, 45.9),
        g("OS_RATE", DT, 62.4, 57.3, 67.2),
        g("TRAE_G3plus", DT, 24.7, 19.8, 30.3),
        g("IRAE_G3plus", DT, 11.9, 9.2, 15.2),
        g("TRAE_DISC", DT, 10.5, 7.9, 13.8),
    ],
)

add(
    "blind14-24",
    "comparative meta-analysis, TACE + lenvatinib + PD-1 inhibitors vs TACE + lenvatinib,"
    " structured",
    "systematic review and meta-analysis abstract (Objective, Methods, Results, Conclusion)",
    """
    Objective: To compare the efficacy and safety of transarterial chemoembolization (TACE) plus
    lenvatinib and PD-1 inhibitors (triple therapy) with TACE plus lenvatinib for unresectable
    hepatocellular carcinoma.
    Methods: PubMed, Embase, the Cochrane Library, CNKI and Wanfang were searched from inception to
    March 2025 for comparative studies. Hazard ratios (HRs) for OS and PFS and odds ratios (ORs)
    for tumour response and adverse events were pooled with random-effects models. Study quality
    was assessed with the Newcastle-Ottawa scale and the Cochrane risk-of-bias tool.
    Results: Seventeen studies (two randomized controlled trials and 15 retrospective cohorts) with
    3,046 patients were included, of whom 1,482 received triple therapy and 1,564 received TACE
    plus lenvatinib. Triple therapy was associated with longer OS (HR 0.61; 95% CI, 0.54-0.69;
    P < 0.001) and PFS (HR 0.58; 95% CI, 0.51-0.66; P < 0.001). The pooled ORR by mRECIST was
    68.7% (95% CI, 63.9-73.1) with triple therapy and 51.2% (95% CI, 46.0-56.3) with TACE plus
    lenvatinib (OR 2.09; 95% CI, 1.72-2.54). The incidence of grade 3 or higher adverse events did
    not differ significantly (29.3% vs 25.8%; OR 1.18; 95% CI, 0.93-1.50). Sensitivity analyses
    excluding studies at high risk of bias yielded consistent results, and funnel plots showed no
    evidence of publication bias.
    Conclusion: Adding PD-1 inhibitors to TACE plus lenvatinib improves tumour response and
    survival without a significant increase in severe adverse events; more randomized evidence is
    needed.
    """,
    [
        g("N", "overall", 3046),
        g("N", PLT, 1482),
        g("N", LT, 1564),
        g("HR_OS", PLT, 0.61, 0.54, 0.69),
        g("HR_PFS", PLT, 0.58, 0.51, 0.66),
        g("ORR", PLT, 68.7, 63.9, 73.1),
        g("ORR", LT, 51.2, 46.0, 56.3),
        g("AE_G3plus", PLT, 29.3),
        g("AE_G3plus", LT, 25.8),
    ],
)


if __name__ == "__main__":
    raise SystemExit(build(ROWS, OUT, "blind14", SPELLED, sys.argv[1:]))
