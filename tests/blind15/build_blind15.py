"""Build the FIFTEENTH blind extraction set (typical HCC abstracts in the immunotherapy era).

    python tests/blind15/build_blind15.py            # write blind15.jsonl, print counts and sha256
    python tests/blind15/build_blind15.py --review   # also list, per row, the numbers that are not gold

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

OUT = Path(__file__).resolve().with_name("blind15.jsonl")
# Spelled-out counts that are gold values (sentence-initial N).
SPELLED = {"eighty-seven": 87, "fifty-two": 52, "forty-two": 42}

ROWS: list[dict] = []


def add(id: str, style: str, source_style: str, text: str, gold: list[dict]) -> None:
    ROWS.append(row(id, style, source_style, text, gold))


# ---------------------------------------------------------------------------------------------
# A. First-line immunotherapy in real-world cohorts
# ---------------------------------------------------------------------------------------------

AB = "atezolizumab + bevacizumab"
DT = "durvalumab + tremelimumab"

add(
    "blind15-01",
    "real-world single-regimen cohort (Atezo/Bev) with Child-Pugh A / B sub-cohorts, structured",
    "Korean multicentre real-world abstract (Background/Aims, Methods, Results, Conclusions)",
    """
    Background/Aims: Patients with Child-Pugh class B cirrhosis were not eligible for the pivotal
    trial of atezolizumab plus bevacizumab (Atezo/Bev), and how they fare on this regimen in
    routine care is still debated. We examined first-line Atezo/Bev according to baseline
    Child-Pugh class.
    Methods: Patients with unresectable hepatocellular carcinoma (HCC) who started first-line
    Atezo/Bev at six Korean referral hospitals between June 2020 and December 2023 were identified
    from institutional databases. Tumour response was assessed with RECIST version 1.1 and
    toxicity with CTCAE version 5.0.
    Results: We analysed 246 patients (median age, 66 years): 198 were Child-Pugh class A and 48
    were Child-Pugh class B. In the whole cohort, the objective response rate (ORR) was 26.8% and
    the disease control rate was 70.3%; median progression-free survival (PFS) was 6.9 months (95%
    CI, 5.9-8.0) and median overall survival (OS) was 17.4 months (95% CI, 15.2-20.1). Median OS
    reached 20.3 months (95% CI, 17.6-23.4) in the Child-Pugh A group. Outcomes were clearly worse
    in the Child-Pugh B subgroup, with an ORR of 12.5%, a median PFS of 3.1 months (95% CI,
    2.2-4.4) and a median OS of 7.2 months (95% CI, 5.6-9.5). On multivariable analysis, Child-Pugh
    B remained independently associated with death (hazard ratio 2.41; 95% CI, 1.63-3.56). Grade 3
    or higher treatment-related adverse events occurred in 24.0% of all patients and in 31.3% of
    Child-Pugh B patients, and Atezo/Bev was permanently discontinued because of treatment-related
    adverse events in 9.3%; bleeding of any grade was recorded in 4.5%.
    Conclusions: Atezo/Bev was effective in Child-Pugh A patients treated in practice, whereas the
    benefit in Child-Pugh B disease was modest, and careful selection is needed.
    """,
    [
        g("N", AB, 246),
        g("N", AB, 198),
        g("N", AB, 48),
        g("ORR", AB, 26.8),
        g("DCR", AB, 70.3),
        g("mPFS", AB, 6.9, 5.9, 8.0),
        g("mOS", AB, 17.4, 15.2, 20.1),
        g("mOS", AB, 20.3, 17.6, 23.4),
        g("ORR", AB, 12.5),
        g("mPFS", AB, 3.1, 2.2, 4.4),
        g("mOS", AB, 7.2, 5.6, 9.5),
        g("TRAE_G3plus", AB, 24.0),
        g("TRAE_G3plus", AB, 31.3),
        g("TRAE_DISC", AB, 9.3),
    ],
)

add(
    "blind15-02",
    "real-world two-regimen comparison (STRIDE vs lenvatinib, IPTW), structured",
    "Japanese multicentre comparative cohort (Aim, Methods, Results, Conclusions)",
    """
    Aim: Durvalumab plus tremelimumab (STRIDE) and lenvatinib are both used as first-line treatment
    for unresectable HCC in Japan, but direct comparisons are lacking. We compared their
    effectiveness in clinical practice.
    Methods: This retrospective study enrolled patients who received first-line STRIDE or
    lenvatinib at 14 institutions between March 2023 and September 2024. Inverse probability of
    treatment weighting (IPTW) was applied to adjust for differences in age, Child-Pugh score,
    macrovascular invasion and alpha-fetoprotein. Radiological response was evaluated by RECIST
    1.1.
    Results: Of the 318 eligible patients, 142 received STRIDE and 176 received lenvatinib. The
    median age was 75 years in both groups. The ORR was 19.0% with STRIDE and 30.7% with
    lenvatinib. Median PFS was 4.2 months (95% CI, 3.4-5.3) in the STRIDE group and 6.0 months (95%
    CI, 5.1-7.2) in the lenvatinib group; the IPTW-adjusted hazard ratio (HR) for progression with
    STRIDE versus lenvatinib was 1.21 (95% CI, 0.94-1.56). Median OS was 19.6 months (95% CI,
    16.0-23.5) and 17.9 months (95% CI, 15.3-20.6), respectively (adjusted HR 0.88; 95% CI,
    0.67-1.16; p = 0.36). Immune-mediated adverse events of grade 3 or higher were seen in 9.2% of
    STRIDE-treated patients, and 16.2% required high-dose corticosteroids. In the lenvatinib group,
    hand-foot skin reaction of any grade occurred in 8.0%, and the relative dose intensity over the
    first 8 weeks was 62%.
    Conclusions: Although PFS tended to be shorter with STRIDE, OS after adjustment was comparable
    to that with lenvatinib, supporting STRIDE as a first-line option for elderly Japanese
    patients.
    """,
    [
        g("N", "overall", 318),
        g("N", DT, 142),
        g("N", "lenvatinib", 176),
        g("ORR", DT, 19.0),
        g("ORR", "lenvatinib", 30.7),
        g("mPFS", DT, 4.2, 3.4, 5.3),
        g("mPFS", "lenvatinib", 6.0, 5.1, 7.2),
        g("HR_PFS", DT, 1.21, 0.94, 1.56),
        g("mOS", DT, 19.6, 16.0, 23.5),
        g("mOS", "lenvatinib", 17.9, 15.3, 20.6),
        g("HR_OS", DT, 0.88, 0.67, 1.16),
        g("IRAE_G3plus", DT, 9.2),
    ],
)

SB = "sintilimab + bevacizumab"

add(
    "blind15-03",
    "real-world single-regimen cohort (sintilimab + bevacizumab biosimilar), unstructured",
    "Chinese multicentre real-world abstract, single paragraph",
    """
    Sintilimab combined with a bevacizumab biosimilar (Sin/Bev) has been approved in China as
    first-line therapy for unresectable hepatocellular carcinoma, but data from routine practice
    are limited. We retrospectively reviewed data from 112 patients with unresectable HCC who
    received Sin/Bev (sintilimab 200 mg plus the biosimilar 15 mg/kg every 3 weeks) as first-line
    treatment at three hospitals in Jiangsu between April 2021 and August 2024. Hepatitis B
    infection was present in 83.0% of patients and 41.1% had macrovascular invasion. Tumour
    response was assessed by both mRECIST and RECIST 1.1. The ORR was 33.9% by mRECIST and 25.0%
    by RECIST 1.1, and the disease control rate was 75.9%. Median PFS was 7.8 months (95% CI,
    6.5-9.4) and median OS was 18.6 months (95% CI, 15.7-not reached). The 6-month and 12-month
    PFS rates were 61.6% and 33.0%, respectively, and the 12-month OS rate was 68.5%.
    Treatment-related adverse events of grade 3 or higher occurred in 21.4% of patients, including
    proteinuria (8.9%) and gastrointestinal bleeding (3.6%), and 7.1% of patients discontinued
    treatment because of treatment-related adverse events. In Cox regression, macrovascular
    invasion (HR 1.96; 95% CI, 1.22-3.15) and an ALBI grade of 2 or higher (HR 1.71; 95% CI,
    1.06-2.75) were associated with shorter OS. Sin/Bev showed activity and tolerability in
    clinical practice consistent with the registration trial, and patients with preserved liver
    function and without vascular invasion derived the greatest benefit.
    """,
    [
        g("N", SB, 112),
        g("ORR", SB, 33.9),
        g("ORR", SB, 25.0),
        g("DCR", SB, 75.9),
        g("mPFS", SB, 7.8, 6.5, 9.4),
        g("mOS", SB, 18.6, 15.7, None),
        g("PFS_RATE", SB, 61.6),
        g("PFS_RATE", SB, 33.0),
        g("OS_RATE", SB, 68.5),
        g("TRAE_G3plus", SB, 21.4),
        g("TRAE_DISC", SB, 7.1),
    ],
)

CR = "camrelizumab + rivoceranib"

add(
    "blind15-04",
    "Chinese PSM comparison, camrelizumab + apatinib vs atezolizumab + bevacizumab, structured",
    "Chinese multicentre retrospective abstract (Objective, Methods, Results, Conclusion)",
    """
    Objective: To compare camrelizumab plus apatinib (C+A) with atezolizumab plus bevacizumab
    (A+B) as first-line treatment for unresectable HCC in a real-world setting.
    Methods: We retrospectively collected data of patients who began C+A or A+B between January
    2021 and June 2024 at four hospitals in southern China. Propensity score matching (1:1, caliper
    0.1) was used to balance baseline characteristics, and tumour response was assessed by RECIST
    1.1.
    Results: Of 264 patients identified, 92 matched pairs were generated. In the matched cohort,
    the ORR was 27.2% in the C+A group and 22.8% in the A+B group (P = 0.49). Median PFS was 7.1
    months (95% CI, 5.8-8.6) with C+A and 6.8 months (95% CI, 5.5-8.1) with A+B (HR 0.93; 95% CI,
    0.68-1.27; P = 0.66). Median OS did not differ significantly: 20.5 months (95% CI, 17.1-24.2)
    versus 19.1 months (95% CI, 16.3-22.6) (HR 0.91; 95% CI, 0.64-1.29; P = 0.59). Grade 3 or
    higher treatment-related adverse events were more frequent with C+A (38.0% vs 19.6%;
    P = 0.006), largely driven by hypertension (14.1%) and elevated transaminases, and reactive
    cutaneous capillary endothelial proliferation of any grade occurred in 21.7% of C+A
    recipients. Bleeding events were numerically more common with A+B, and no treatment-related
    deaths occurred in either group.
    Conclusion: C+A and A+B achieved similar efficacy as first-line therapy in routine practice,
    whereas A+B was associated with fewer severe treatment-related adverse events. The choice
    between the two regimens may therefore be guided by comorbidities and the expected toxicity
    profile.
    """,
    [
        g("N", "overall", 264),
        g("N", CR, 92),
        g("N", AB, 92),
        g("ORR", CR, 27.2),
        g("ORR", AB, 22.8),
        g("mPFS", CR, 7.1, 5.8, 8.6),
        g("mPFS", AB, 6.8, 5.5, 8.1),
        g("HR_PFS", CR, 0.93, 0.68, 1.27),
        g("mOS", CR, 20.5, 17.1, 24.2),
        g("mOS", AB, 19.1, 16.3, 22.6),
        g("HR_OS", CR, 0.91, 0.64, 1.29),
        g("TRAE_G3plus", CR, 38.0),
        g("TRAE_G3plus", AB, 19.6),
    ],
)

add(
    "blind15-05",
    "real-world three-regimen comparison in patients aged 75+ (Atez/Bev, STRIDE, lenvatinib),"
    " structured",
    "European multicentre cohort (Introduction, Methods, Results, Conclusions)",
    """
    Introduction: Patients aged 75 years or older are under-represented in trials of first-line
    systemic therapy for HCC. We compared atezolizumab plus bevacizumab (Atez/Bev), durvalumab plus
    tremelimumab (STRIDE) and lenvatinib in this population.
    Methods: This multicentre cohort study included patients aged 75 years or older who started
    one of the three regimens as first-line treatment at 19 centres in Italy, France and Germany
    between 2021 and 2024. Survival was compared with multivariable Cox models adjusted for ECOG
    performance status, ALBI grade, macrovascular invasion and aetiology.
    Results: A total of 302 patients were included: 134 received Atez/Bev, 71 STRIDE and 97
    lenvatinib. The median age was 79 years (range, 75-91), and 38.4% had an ECOG performance
    status of 1. Median OS was 15.8 months (95% CI, 13.2-18.9) with Atez/Bev, 14.6 months (95% CI,
    11.0-18.3) with STRIDE and 12.9 months (95% CI, 10.7-15.4) with lenvatinib. Compared with
    lenvatinib, the adjusted hazard ratio for death was 0.79 (95% CI, 0.59-1.06) for Atez/Bev and
    0.86 (95% CI, 0.60-1.23) for STRIDE. Grade 3 or higher adverse events occurred in 26.9%, 19.7%
    and 37.1% of patients, respectively, and hospitalisation for toxicity was most frequent with
    lenvatinib (22.7%). In the pooled cohort, ECOG performance status 1 was associated with shorter
    OS (HR 1.58; 95% CI, 1.17-2.13).
    Conclusions: In patients aged 75 years or older, first-line immunotherapy combinations were at
    least as effective as lenvatinib and caused fewer severe adverse events. Age alone should not
    preclude immunotherapy in fit elderly patients.
    """,
    [
        g("N", "overall", 302),
        g("N", AB, 134),
        g("N", DT, 71),
        g("N", "lenvatinib", 97),
        g("mOS", AB, 15.8, 13.2, 18.9),
        g("mOS", DT, 14.6, 11.0, 18.3),
        g("mOS", "lenvatinib", 12.9, 10.7, 15.4),
        g("HR_OS", AB, 0.79, 0.59, 1.06),
        g("HR_OS", DT, 0.86, 0.60, 1.23),
        g("AE_G3plus", AB, 26.9),
        g("AE_G3plus", DT, 19.7),
        g("AE_G3plus", "lenvatinib", 37.1),
    ],
)

# ---------------------------------------------------------------------------------------------
# B. Second-line therapy after atezolizumab-bevacizumab or durvalumab-tremelimumab
# ---------------------------------------------------------------------------------------------

add(
    "blind15-06",
    "second-line single agent after Atez/Bev (lenvatinib) with an mALBI sub-cohort, structured",
    "Japanese multicentre retrospective abstract (Aim, Methods, Results, Conclusions)",
    """
    Aim: To evaluate lenvatinib as subsequent therapy after atezolizumab plus bevacizumab
    (Atez/Bev) in patients with unresectable HCC.
    Methods: Patients who received lenvatinib after discontinuation of Atez/Bev at ten hospitals
    belonging to a Japanese liver cancer study group between 2020 and 2024 were retrospectively
    analysed. Response was evaluated by mRECIST and RECIST 1.1, and liver function by the modified
    ALBI (mALBI) grade. Lenvatinib was started at a body-weight-based dose and reduced at the
    discretion of the treating physician.
    Results: Eighty-seven patients were included; lenvatinib was given as second-line therapy in
    68 and as third-line or later therapy in 19, and the starting dose was reduced in 57.5%. The
    ORR was 23.0% by mRECIST and 12.6% by RECIST 1.1, with a DCR of 67.8% by RECIST 1.1. Median PFS
    and OS were 4.4 months (95% CI, 3.6-5.5) and 11.8 months (95% CI, 9.6-14.7), respectively, and
    the 6- and 12-month OS rates were 78.9% and 49.6%. In the 39 patients with mALBI grade 1 or 2a
    at lenvatinib introduction, median PFS was 6.1 months and median OS was 16.5 months. Grade 3 or
    higher adverse events were observed in 41.4% of patients, the most frequent being proteinuria
    (11.5%) and hypertension (9.2%).
    Conclusions: Lenvatinib is a reasonable option after Atez/Bev, particularly when hepatic
    reserve is maintained at the time of switching. Early transition before liver function
    declines may therefore be important.
    """,
    [
        g("N", "lenvatinib", 87),
        g("ORR", "lenvatinib", 23.0),
        g("ORR", "lenvatinib", 12.6),
        g("DCR", "lenvatinib", 67.8),
        g("mPFS", "lenvatinib", 4.4, 3.6, 5.5),
        g("mOS", "lenvatinib", 11.8, 9.6, 14.7),
        g("OS_RATE", "lenvatinib", 78.9),
        g("OS_RATE", "lenvatinib", 49.6),
        g("N", "lenvatinib", 39),
        g("mPFS", "lenvatinib", 6.1),
        g("mOS", "lenvatinib", 16.5),
        g("AE_G3plus", "lenvatinib", 41.4),
    ],
)

add(
    "blind15-07",
    "second-line two-agent comparison after IO (cabozantinib vs regorafenib, IPTW), structured",
    "Italian/Spanish/UK multicentre retrospective abstract (Background & Aims, Methods, Results,"
    " Conclusions)",
    """
    Background & Aims: Both cabozantinib and regorafenib are used after progression on first-line
    immunotherapy for HCC, although they were approved after sorafenib. We compared the two agents
    in this setting.
    Methods: In this multicentre retrospective study from 16 centres in Italy, Spain and the United
    Kingdom, patients treated with cabozantinib or regorafenib after first-line atezolizumab plus
    bevacizumab or durvalumab plus tremelimumab were included. Inverse probability of treatment
    weighting was used to adjust for baseline imbalances.
    Results: Overall, 203 patients were analysed (cabozantinib, n = 118; regorafenib, n = 85);
    71.4% had received atezolizumab plus bevacizumab in first line. Median PFS was 3.7 months (95%
    CI, 3.0-4.5) with cabozantinib and 3.2 months (95% CI, 2.6-4.1) with regorafenib, with a
    weighted HR of 0.87 (95% CI, 0.63-1.20). Median OS was 9.1 months (95% CI, 7.6-11.0) versus 8.8
    months (95% CI, 6.9-11.4) (weighted HR 0.95; 95% CI, 0.67-1.34). Grade 3 or higher adverse
    events were reported in 44.1% of cabozantinib-treated and 36.5% of regorafenib-treated
    patients, with diarrhoea (6.8%) and hand-foot skin reaction (9.4%) the most common,
    respectively. Dose reductions were required in 61.0% and 52.9% of patients.
    Conclusions: After first-line immunotherapy, cabozantinib and regorafenib provided similar
    survival; the choice may be guided by tolerability and comorbidities rather than by expected
    efficacy.
    """,
    [
        g("N", "overall", 203),
        g("N", "cabozantinib", 118),
        g("N", "regorafenib", 85),
        g("mPFS", "cabozantinib", 3.7, 3.0, 4.5),
        g("mPFS", "regorafenib", 3.2, 2.6, 4.1),
        g("HR_PFS", "cabozantinib", 0.87, 0.63, 1.20),
        g("mOS", "cabozantinib", 9.1, 7.6, 11.0),
        g("mOS", "regorafenib", 8.8, 6.9, 11.4),
        g("HR_OS", "cabozantinib", 0.95, 0.67, 1.34),
        g("AE_G3plus", "cabozantinib", 44.1),
        g("AE_G3plus", "regorafenib", 36.5),
    ],
)

PR = "pd-1 inhibitor + regorafenib"

add(
    "blind15-08",
    "second-line regimen with unnamed PD-1 inhibitors after ICI-based first line (regorafenib +"
    " PD-1 inhibitor), prior-lenvatinib sub-cohort, structured",
    "Dovepress-type retrospective abstract (Purpose, Patients and Methods, Results, Conclusion)",
    """
    Purpose: Second-line options after failure of immune checkpoint inhibitor (ICI)-based
    first-line therapy remain poorly defined. We evaluated regorafenib combined with programmed
    death-1 (PD-1) inhibitors in this setting.
    Patients and Methods: Patients with advanced HCC who received regorafenib plus a PD-1
    inhibitor after progression on first-line atezolizumab plus bevacizumab or lenvatinib plus a
    PD-1 inhibitor at two centres between March 2021 and May 2024 were reviewed. The PD-1
    inhibitors used were sintilimab, tislelizumab or camrelizumab, and regorafenib was started at
    80 mg daily in most patients. Response was assessed by RECIST 1.1.
    Results: A total of 93 patients were analysed. The ORR was 15.1% and the DCR was 61.3%. Median
    PFS was 4.6 months (95% CI, 3.8-5.7) and median OS was 12.4 months (95% CI, 10.1-14.8). In the
    subgroup previously treated with lenvatinib plus a PD-1 inhibitor (n = 41), the ORR was 12.2%
    and median PFS was 4.1 months. Treatment-related adverse events of grade 3 or higher occurred
    in 28.0% of patients, the most common being hand-foot skin reaction (10.8%), and immune-related
    adverse events of grade 3 or higher occurred in 3.2%. An AFP level of 400 ng/mL or above (HR
    1.84; 95% CI, 1.11-3.05) and ECOG performance status 1 (HR 1.67; 95% CI, 1.02-2.74) predicted
    shorter OS.
    Conclusion: Regorafenib plus PD-1 inhibitors showed encouraging activity after failure of
    first-line ICI-based treatment, including in patients who had already received lenvatinib.
    """,
    [
        g("N", PR, 93),
        g("ORR", PR, 15.1),
        g("DCR", PR, 61.3),
        g("mPFS", PR, 4.6, 3.8, 5.7),
        g("mOS", PR, 12.4, 10.1, 14.8),
        g("N", PR, 41),
        g("ORR", PR, 12.2),
        g("mPFS", PR, 4.1),
        g("TRAE_G3plus", PR, 28.0),
        g("IRAE_G3plus", PR, 3.2),
    ],
)

add(
    "blind15-09",
    "second-line IO combination after STRIDE (atezo/bev), unstructured",
    "US/European multicentre retrospective abstract, single paragraph",
    """
    Whether atezolizumab plus bevacizumab (atezo/bev) retains activity after progression on
    durvalumab plus tremelimumab (STRIDE) is unknown. In this retrospective study from nine centres
    in the United States and Europe, we identified 61 patients with advanced HCC who started
    atezo/bev after radiological progression on first-line STRIDE between 2023 and 2025. The median
    duration of prior STRIDE was 4.8 months, and disease control on STRIDE had been achieved in
    44.3% of patients. Response was assessed by RECIST 1.1. The ORR with atezo/bev was 16.4% and
    the DCR was 59.0%. With a median follow-up of 11.3 months, median PFS was 4.0 months (95% CI,
    2.9-5.6) and median OS was 10.9 months (95% CI, 8.2-14.3); the 12-month OS rate was 44.8%.
    Grade 3 or higher treatment-related adverse events occurred in 18.0% of patients and grade 3 or
    higher immune-related adverse events in 4.9%, while bleeding events of any grade were observed
    in 6.6%. Prior disease control on STRIDE was associated with longer PFS on atezo/bev (HR 0.52;
    95% CI, 0.29-0.93). These data suggest that switching to an anti-PD-L1 plus anti-VEGF
    combination after STRIDE can provide clinically meaningful disease control in a subset of
    patients, particularly those who benefited from first-line immunotherapy, and prospective
    trials of immunotherapy rechallenge are warranted.
    """,
    [
        g("N", AB, 61),
        g("ORR", AB, 16.4),
        g("DCR", AB, 59.0),
        g("mPFS", AB, 4.0, 2.9, 5.6),
        g("mOS", AB, 10.9, 8.2, 14.3),
        g("OS_RATE", AB, 44.8),
        g("TRAE_G3plus", AB, 18.0),
        g("IRAE_G3plus", AB, 4.9),
    ],
)

add(
    "blind15-10",
    "meeting abstract (ASCO GI type): second-line STRIDE after atezo + bev",
    "ASCO Gastrointestinal Cancers Symposium abstract (Background, Methods, Results, Conclusions,"
    " Research Sponsor; pts, mo, Gr, imAEs, 1L/2L)",
    """
    Background: Durvalumab + tremelimumab (STRIDE) is approved in first line (1L) for unresectable
    HCC, but it is increasingly given after atezolizumab + bevacizumab (atezo + bev). We report
    outcomes of second-line (2L) STRIDE in a multicenter US cohort.
    Methods: Pts with HCC who received STRIDE after progression on or intolerance to 1L atezo + bev
    at 8 US academic centers between Oct 2022 and Dec 2024 were included. Responses were assessed
    per RECIST 1.1 by local radiologists, and immune-mediated AEs (imAEs) were graded per CTCAE
    v5.0.
    Results: 74 pts were included; the median age was 67 years, 29.7% had MASLD-related HCC and
    36.5% had macrovascular invasion. The ORR was 9.5% and the DCR was 43.2%. Median PFS was 2.8 mo
    (95% CI 2.2-3.6) and median OS was 9.4 mo (95% CI 7.1-12.0); the 6-mo PFS rate was 21.6%. Gr 3
    or higher TRAEs occurred in 17.6% of pts and Gr 3 or higher imAEs in 12.2%, most commonly
    hepatitis and colitis; 25.7% of pts received systemic steroids. Pts who had stopped 1L atezo +
    bev for toxicity rather than progression had longer OS (HR 0.48; 95% CI 0.24-0.96).
    Conclusions: 2L STRIDE after atezo + bev showed modest activity with manageable toxicity.
    Pts who discontinued 1L therapy for toxicity may derive the most benefit. Research Sponsor:
    None.
    """,
    [
        g("N", DT, 74),
        g("ORR", DT, 9.5),
        g("DCR", DT, 43.2),
        g("mPFS", DT, 2.8, 2.2, 3.6),
        g("mOS", DT, 9.4, 7.1, 12.0),
        g("PFS_RATE", DT, 21.6),
        g("TRAE_G3plus", DT, 17.6),
        g("IRAE_G3plus", DT, 12.2),
    ],
)

PRG = "pembrolizumab + regorafenib"

add(
    "blind15-11",
    "randomised phase 2 after first-line IO, pembrolizumab + regorafenib vs regorafenib (2:1),"
    " structured",
    "Clinical Cancer Research-type abstract (Purpose, Patients and Methods, Results, Conclusions)",
    """
    Purpose: Continued PD-1 blockade combined with a multikinase inhibitor might overcome
    resistance to first-line immunotherapy in HCC. We assessed pembrolizumab plus regorafenib
    versus regorafenib alone after progression on an immune checkpoint inhibitor-based regimen.
    Patients and Methods: In this open-label, randomized phase II trial, patients with Child-Pugh A
    HCC whose disease had progressed on first-line atezolizumab plus bevacizumab or durvalumab plus
    tremelimumab were randomly assigned 2:1 to pembrolizumab 200 mg every 3 weeks plus regorafenib
    80 mg daily (days 1-21 of each 28-day cycle) or to regorafenib 160 mg daily on the same
    schedule. The primary endpoint was PFS per RECIST 1.1.
    Results: A total of 120 patients were randomized, 80 to pembrolizumab plus regorafenib and 40
    to regorafenib. Median PFS was 5.5 months (95% CI, 4.2-6.9) with the combination and 3.6 months
    (95% CI, 2.7-4.8) with regorafenib alone (HR 0.69; 95% CI, 0.45-1.05; P = 0.08). Median OS was
    13.0 months (95% CI, 10.4-16.2) and 11.3 months (95% CI, 8.0-14.9), respectively (HR 0.84; 95%
    CI, 0.52-1.35). Grade 3 or higher treatment-related adverse events occurred in 52.5% of
    patients in the combination arm and 45.0% in the regorafenib arm, and treatment-related adverse
    events led to discontinuation of any study drug in 10.0% and 7.5%; regorafenib dose reductions
    were needed in 47.5% and 55.0%, respectively.
    Conclusions: Adding pembrolizumab to regorafenib did not significantly improve PFS after
    first-line immunotherapy, although a modest numerical benefit was observed. Biomarker-selected
    trials are needed to identify patients who benefit from continued PD-1 blockade.
    """,
    [
        g("N", "overall", 120),
        g("N", PRG, 80),
        g("N", "regorafenib", 40),
        g("mPFS", PRG, 5.5, 4.2, 6.9),
        g("mPFS", "regorafenib", 3.6, 2.7, 4.8),
        g("HR_PFS", PRG, 0.69, 0.45, 1.05),
        g("mOS", PRG, 13.0, 10.4, 16.2),
        g("mOS", "regorafenib", 11.3, 8.0, 14.9),
        g("HR_OS", PRG, 0.84, 0.52, 1.35),
        g("TRAE_G3plus", PRG, 52.5),
        g("TRAE_G3plus", "regorafenib", 45.0),
        g("TRAE_DISC", PRG, 10.0),
        g("TRAE_DISC", "regorafenib", 7.5),
    ],
)

# ---------------------------------------------------------------------------------------------
# C. TACE / HAIC plus systemic therapy
# ---------------------------------------------------------------------------------------------

PLT = "pd-1 inhibitor + lenvatinib + tace"
LT = "lenvatinib + tace"

add(
    "blind15-12",
    "Chinese PSM comparison with defined group names (TACE-L-P vs TACE-L), unnamed PD-1"
    " inhibitors, landmark rates in a list, structured",
    "Chinese multicentre retrospective abstract (Purpose, Methods, Results, Conclusion)",
    """
    Purpose: To investigate whether adding programmed death-1 (PD-1) inhibitors to transarterial
    chemoembolization (TACE) plus lenvatinib improves survival in patients with unresectable HCC.
    Methods: Patients treated with TACE plus lenvatinib and PD-1 inhibitors (TACE-L-P group) or
    TACE plus lenvatinib (TACE-L group) at three hospitals in Hunan and Hubei between January 2019
    and December 2023 were retrospectively reviewed. Propensity score matching (PSM) was performed
    at a 1:1 ratio. Tumour response was assessed by mRECIST.
    Results: A total of 251 patients met the inclusion criteria; after PSM, 86 patients were
    included in each group. Median OS was longer in the TACE-L-P group (26.4 months; 95% CI,
    22.1-30.8) than in the TACE-L group (19.7 months; 95% CI, 16.9-22.5), with an HR of 0.61 (95%
    CI, 0.42-0.88; P = 0.008). Median PFS was likewise longer in the TACE-L-P group (12.3 months;
    95% CI, 10.1-14.6) than in the TACE-L group (8.1 months; 95% CI, 6.7-9.6) (HR 0.58; 95% CI,
    0.41-0.82; P = 0.002). The 1- and 2-year OS rates were 88.4% and 54.2% in the TACE-L-P group
    versus 76.7% and 38.5% in the TACE-L group. The ORR was 68.6% versus 48.8% (P = 0.009). A median
    of 3 TACE sessions was performed in both groups. Hypothyroidism (17.4% vs 3.5%) and rash (9.3%
    vs 2.3%) were more common in the TACE-L-P group.
    Conclusion: TACE-L-P prolonged OS and PFS compared with TACE-L, with an acceptable safety
    profile.
    """,
    [
        g("N", "overall", 251),
        g("N", PLT, 86),
        g("N", LT, 86),
        g("mOS", PLT, 26.4, 22.1, 30.8),
        g("mOS", LT, 19.7, 16.9, 22.5),
        g("HR_OS", PLT, 0.61, 0.42, 0.88),
        g("mPFS", PLT, 12.3, 10.1, 14.6),
        g("mPFS", LT, 8.1, 6.7, 9.6),
        g("HR_PFS", PLT, 0.58, 0.41, 0.82),
        g("OS_RATE", PLT, 88.4),
        g("OS_RATE", PLT, 54.2),
        g("OS_RATE", LT, 76.7),
        g("OS_RATE", LT, 38.5),
        g("ORR", PLT, 68.6),
        g("ORR", LT, 48.8),
    ],
)

ABH = "atezolizumab + bevacizumab + haic"

add(
    "blind15-13",
    "Japanese IPTW comparison, Atez/Bev with or without HAIC in high tumour burden (HAIC-AB vs AB"
    " group), structured",
    "Liver Cancer-type retrospective abstract (Introduction, Methods, Results, Conclusion)",
    """
    Introduction: Response to atezolizumab plus bevacizumab (Atez/Bev) is limited in HCC with a
    high intrahepatic tumour burden. We evaluated whether adding hepatic arterial infusion
    chemotherapy (HAIC) improves outcomes.
    Methods: We retrospectively analysed patients with intrahepatic tumour occupying 50% or more of
    the liver or Vp3-4 portal vein invasion who received Atez/Bev combined with HAIC (HAIC-AB
    group) or Atez/Bev alone (AB group) at five Japanese centres from 2020 to 2024. HAIC consisted
    of cisplatin and 5-fluorouracil delivered through an implanted port. Inverse probability of
    treatment weighting (IPTW) was used for adjustment.
    Results: In total, 131 patients were included: 47 in the HAIC-AB group and 84 in the AB group.
    The ORR (RECIST 1.1) was 42.6% in the HAIC-AB group and 20.2% in the AB group. Median PFS was
    8.3 months (95% CI, 6.1-10.9) versus 4.7 months (95% CI, 3.6-6.0), with an IPTW-adjusted HR of
    0.52 (95% CI, 0.34-0.80). Median OS was 20.1 months (95% CI, 14.8-not reached) in the HAIC-AB
    group and 12.6 months (95% CI, 9.9-15.8) in the AB group (adjusted HR 0.60; 95% CI,
    0.37-0.97). Port-related complications occurred in 6.4% of HAIC-AB patients, and hepatic
    decompensation within 3 months was seen in 10.6% and 9.5%, respectively.
    Conclusion: In HCC with high intrahepatic tumour burden, adding HAIC to Atez/Bev improved
    response and survival without a marked increase in liver dysfunction.
    """,
    [
        g("N", "overall", 131),
        g("N", ABH, 47),
        g("N", AB, 84),
        g("ORR", ABH, 42.6),
        g("ORR", AB, 20.2),
        g("mPFS", ABH, 8.3, 6.1, 10.9),
        g("mPFS", AB, 4.7, 3.6, 6.0),
        g("HR_PFS", ABH, 0.52, 0.34, 0.80),
        g("mOS", ABH, 20.1, 14.8, None),
        g("mOS", AB, 12.6, 9.9, 15.8),
        g("HR_OS", ABH, 0.60, 0.37, 0.97),
    ],
)

SDT = "sintilimab + donafenib + tace"

add(
    "blind15-14",
    "single-regimen cohort, TACE + sintilimab + donafenib, 1-/2-/3-year OS rates in a list,"
    " structured",
    "Chinese single-centre retrospective abstract (Background, Methods, Results, Conclusions)",
    """
    Background: Triple therapy combining transarterial chemoembolization (TACE) with a PD-1
    inhibitor and a tyrosine kinase inhibitor is widely used in China. We report long-term
    outcomes of TACE plus sintilimab and donafenib for unresectable HCC.
    Methods: Patients with BCLC stage B or C HCC who received TACE combined with sintilimab (200 mg
    every 3 weeks) and donafenib (200 mg twice daily) at our centre from July 2021 to June 2023
    were retrospectively analysed. Response was assessed by mRECIST, and adverse events were graded
    by CTCAE version 5.0.
    Results: A total of 76 patients were included, of whom 43.4% had BCLC stage C disease. The ORR
    was 65.8% and the DCR was 89.5%. Eleven patients (14.5%) were converted to resection. Median
    PFS was 11.2 months (95% CI, 9.0-13.5), median time to progression was 13.7 months (95% CI,
    11.4-16.2) and median OS was 27.9 months (95% CI, 23.4-32.6). The
    1-, 2- and 3-year OS rates were 86.8%, 59.1% and 37.4%, respectively. Grade 3 or higher
    treatment-related adverse events occurred in 32.9% of patients, mainly elevated
    aminotransferases and hand-foot skin reaction, and post-embolization syndrome was observed in
    61.8%. Macrovascular invasion was an independent risk factor for death (HR 2.13; 95% CI,
    1.17-3.88).
    Conclusions: TACE plus sintilimab and donafenib achieved durable survival with manageable
    toxicity in unresectable HCC, and a proportion of patients became eligible for resection.
    Prospective comparative studies are warranted.
    """,
    [
        g("N", SDT, 76),
        g("ORR", SDT, 65.8),
        g("DCR", SDT, 89.5),
        g("mPFS", SDT, 11.2, 9.0, 13.5),
        g("mTTP", SDT, 13.7, 11.4, 16.2),
        g("mOS", SDT, 27.9, 23.4, 32.6),
        g("OS_RATE", SDT, 86.8),
        g("OS_RATE", SDT, 59.1),
        g("OS_RATE", SDT, 37.4),
        g("TRAE_G3plus", SDT, 32.9),
    ],
)

TLH = "toripalimab + lenvatinib + haic"
TLTA = "toripalimab + lenvatinib + tace"

add(
    "blind15-15",
    "meeting abstract (EASL type): HAIC-LT vs TACE-LT (toripalimab + lenvatinib), PSM",
    "EASL Congress abstract (Background and aims, Method, Results, Conclusion; pts)",
    """
    Background and aims: Both hepatic arterial infusion chemotherapy (HAIC) and transarterial
    chemoembolization (TACE) are combined with lenvatinib and PD-1 inhibitors in China. We compared
    HAIC plus lenvatinib and toripalimab (HAIC-LT) with TACE plus lenvatinib and toripalimab
    (TACE-LT) for unresectable HCC beyond the up-to-seven criteria.
    Method: Pts treated at two centres between 2020 and 2024 were reviewed, and propensity score
    matching (1:1) was performed. Response was evaluated by mRECIST, and HAIC used the FOLFOX
    regimen.
    Results: Among 196 pts, 88 received HAIC-LT and 108 received TACE-LT; 64 pairs were matched.
    The median tumour diameter was 11.9 cm. HAIC-LT yielded a higher ORR (71.9% vs 54.7%; p = 0.04)
    and longer median PFS (10.4 vs 7.6 months; HR 0.63, 95% CI 0.42-0.95) than TACE-LT, while median
    OS was 25.7 vs 20.8 months (HR 0.69, 95% CI 0.44-1.08). Conversion surgery was performed in
    15.6% vs 7.8% of matched pts. Post-embolization syndrome was less frequent after HAIC (23.4% vs
    65.6%), whereas thrombocytopenia was more frequent.
    Conclusion: For large unresectable HCC, HAIC-LT achieved a higher response rate and longer PFS
    than TACE-LT, with a trend towards longer OS; a randomised trial is being planned.
    """,
    [
        g("N", "overall", 196),
        g("N", TLH, 88),
        g("N", TLTA, 108),
        g("N", TLH, 64),
        g("N", TLTA, 64),
        g("ORR", TLH, 71.9),
        g("ORR", TLTA, 54.7),
        g("mPFS", TLH, 10.4),
        g("mPFS", TLTA, 7.6),
        g("HR_PFS", TLH, 0.63, 0.42, 0.95),
        g("mOS", TLH, 25.7),
        g("mOS", TLTA, 20.8),
        g("HR_OS", TLH, 0.69, 0.44, 1.08),
    ],
)

TSH = "tislelizumab + lenvatinib + haic"

add(
    "blind15-16",
    "single-arm phase 2, HAIC-FOLFOX + tislelizumab + lenvatinib for Vp3-4 PVTT, structured",
    "Chinese phase 2 trial abstract (Background, Methods, Results, Conclusions)",
    """
    Background: HCC with portal vein tumour thrombus (PVTT) has a poor prognosis. This single-arm
    phase 2 trial evaluated hepatic arterial infusion chemotherapy with FOLFOX (HAIC-FOLFOX)
    combined with tislelizumab and lenvatinib in patients with Vp3 or Vp4 PVTT.
    Methods: Patients received HAIC-FOLFOX every 3 weeks for up to six cycles, tislelizumab 200 mg
    every 3 weeks and lenvatinib 8 or 12 mg daily. The primary endpoint was ORR per RECIST 1.1;
    secondary endpoints included ORR per mRECIST, DCR, PFS, OS and safety.
    Results: Between March 2022 and July 2024, 53 patients were enrolled; 20 (37.7%) had Vp4 PVTT.
    The ORR per RECIST 1.1 was 49.1% (95% CI, 35.1-63.2), meeting the primary endpoint, and the ORR
    per mRECIST was 62.3%. The DCR was 86.8%, and the median duration of response was 11.6
    months. At a median follow-up of 17.2 months, median PFS was
    9.7 months (95% CI, 7.8-12.1) and median OS was 19.4 months (95% CI, 15.6-not reached); the
    12-month OS rate was 71.7%. Treatment-related adverse events of grade 3 or higher occurred in
    54.7% of patients, most often thrombocytopenia (15.1%) and elevated alanine aminotransferase
    (11.3%). Grade 3 or higher immune-related adverse events occurred in two patients (3.8%), and
    no treatment-related deaths were reported.
    Conclusions: HAIC-FOLFOX plus tislelizumab and lenvatinib showed promising activity with
    manageable toxicity in HCC with major PVTT and warrants evaluation in a randomised trial.
    """,
    [
        g("N", TSH, 53),
        g("ORR", TSH, 49.1, 35.1, 63.2),
        g("ORR", TSH, 62.3),
        g("DCR", TSH, 86.8),
        g("mDOR", TSH, 11.6),
        g("mPFS", TSH, 9.7, 7.8, 12.1),
        g("mOS", TSH, 19.4, 15.6, None),
        g("OS_RATE", TSH, 71.7),
        g("TRAE_G3plus", TSH, 54.7),
        g("IRAE_G3plus", TSH, 3.8),
    ],
)

# ---------------------------------------------------------------------------------------------
# D. Randomised phase 2/3 trials and their updates
# ---------------------------------------------------------------------------------------------

CRT = "camrelizumab + rivoceranib + tace"

add(
    "blind15-17",
    "randomised phase 3 (Lancet type), TACE + camrelizumab + apatinib vs TACE",
    "Lancet summary (Background, Methods, Findings, Interpretation, Funding)",
    """
    Background: Transarterial chemoembolisation (TACE) is the standard treatment for
    intermediate-stage hepatocellular carcinoma, but most patients progress within a year. We
    assessed whether adding camrelizumab and apatinib to TACE improves progression-free survival.
    Methods: This randomised, open-label, phase 3 trial was done at 31 hospitals in China. Patients
    aged 18-75 years with unresectable hepatocellular carcinoma amenable to TACE, Child-Pugh class A
    and ECOG performance status 0-1 were randomly assigned (1:1) to TACE plus camrelizumab 200 mg
    every 3 weeks and apatinib 250 mg once daily (combination group) or TACE alone (TACE group).
    The primary endpoint was progression-free survival per mRECIST by blinded independent central
    review.
    Findings: Between April 12, 2021, and March 30, 2023, 342 patients were randomly assigned (171
    to each group). At a median follow-up of 24.9 months, median progression-free survival was 14.6
    months (95% CI 12.5-16.9) in the combination group and 9.2 months (7.8-10.7) in the TACE group
    (hazard ratio [HR] 0.62, 95% CI 0.48-0.80; p=0.0002). Median overall survival was not reached
    in the combination group and was 31.5 months (27.0-not reached) in the TACE group (HR 0.71,
    0.50-1.01). The objective response rate per mRECIST was 74.3% versus 56.1%. Grade 3 or higher
    treatment-related adverse events occurred in 46.8% of patients in the combination group and
    21.6% in the TACE group; the most common was hypertension (15.2% vs 0.6%). Treatment-related
    adverse events led to discontinuation of camrelizumab or apatinib in 12.9% of patients in the
    combination group, and one treatment-related death occurred in that group.
    Interpretation: Adding camrelizumab and apatinib to TACE significantly prolonged
    progression-free survival in unresectable hepatocellular carcinoma.
    Funding: National Key Research and Development Program of China.
    """,
    [
        g("N", "overall", 342),
        g("N", CRT, 171),
        g("N", "tace", 171),
        g("mPFS", CRT, 14.6, 12.5, 16.9),
        g("mPFS", "tace", 9.2, 7.8, 10.7),
        g("HR_PFS", CRT, 0.62, 0.48, 0.80),
        g("mOS", CRT, None),
        g("mOS", "tace", 31.5, 27.0, None),
        g("HR_OS", CRT, 0.71, 0.50, 1.01),
        g("ORR", CRT, 74.3),
        g("ORR", "tace", 56.1),
        g("TRAE_G3plus", CRT, 46.8),
        g("TRAE_G3plus", "tace", 21.6),
        g("TRAE_DISC", CRT, 12.9),
    ],
)

PL = "pembrolizumab + lenvatinib"
LP = "lenvatinib + placebo"

add(
    "blind15-18",
    "final OS analysis of a randomised phase 3 (JCO type), pembrolizumab + lenvatinib vs"
    " placebo + lenvatinib, with an HBV-subgroup HR",
    "J Clin Oncol structured abstract (PURPOSE, METHODS, RESULTS, CONCLUSION; '95% CI, x to y')",
    """
    PURPOSE: We report final overall survival (OS) from a randomized, double-blind phase III trial
    of first-line pembrolizumab plus lenvatinib versus placebo plus lenvatinib in advanced
    hepatocellular carcinoma (HCC).
    METHODS: Adults with advanced HCC, Child-Pugh class A liver function and no previous systemic
    therapy were randomly assigned 1:1 to lenvatinib 8 or 12 mg once daily plus pembrolizumab 200
    mg or placebo once every 3 weeks. OS and progression-free survival were dual primary end
    points; this analysis was prespecified at 30 months after the last patient was randomly
    assigned.
    RESULTS: Overall, 786 patients were randomly assigned, 392 to pembrolizumab plus lenvatinib and
    394 to placebo plus lenvatinib. With a median follow-up of 41.3 months, median OS was 21.6
    months (95% CI, 19.2 to 24.0) with pembrolizumab plus lenvatinib and 18.7 months (95% CI, 16.9
    to 20.8) with placebo plus lenvatinib (HR, 0.84; 95% CI, 0.72 to 0.98). The 36-month OS rates
    were 29.4% and 23.3%, respectively. In patients with hepatitis B virus-related HCC, the HR for
    OS was 0.77 (95% CI, 0.59 to 1.00). Treatment-related deaths occurred in 1.3% and 0.8% of
    treated patients, and subsequent anticancer therapy was received by 47.4% and 53.0% of
    patients.
    CONCLUSION: With longer follow-up, pembrolizumab plus lenvatinib was associated with a modest
    OS improvement over lenvatinib alone, and no new safety signals emerged.
    """,
    [
        g("N", "overall", 786),
        g("N", PL, 392),
        g("N", LP, 394),
        g("mOS", PL, 21.6, 19.2, 24.0),
        g("mOS", LP, 18.7, 16.9, 20.8),
        g("HR_OS", PL, 0.84, 0.72, 0.98),
        g("OS_RATE", PL, 29.4),
        g("OS_RATE", LP, 23.3),
        g("HR_OS", PL, 0.77, 0.59, 1.00),
    ],
)

ABS = "atezolizumab + bevacizumab + sbrt"

add(
    "blind15-19",
    "randomised phase 2 (JAMA Oncology type), atezolizumab-bevacizumab with or without SBRT",
    "JAMA Oncology structured abstract (IMPORTANCE, OBJECTIVE, DESIGN, SETTING, AND PARTICIPANTS,"
    " INTERVENTIONS, MAIN OUTCOMES AND MEASURES, RESULTS, CONCLUSIONS AND RELEVANCE)",
    """
    IMPORTANCE: Stereotactic body radiotherapy (SBRT) may enhance the antitumor immune response to
    checkpoint inhibitors in hepatocellular carcinoma (HCC) with macrovascular invasion.
    OBJECTIVE: To determine whether adding SBRT to atezolizumab plus bevacizumab improves
    progression-free survival (PFS) in HCC with macrovascular invasion.
    DESIGN, SETTING, AND PARTICIPANTS: This open-label randomized phase 2 clinical trial enrolled
    patients at 7 centers in Hong Kong, Taiwan, and Singapore from 2021 to 2024. Eligible patients
    had Child-Pugh A liver function and portal or hepatic vein invasion.
    INTERVENTIONS: Patients were randomized to atezolizumab-bevacizumab plus SBRT (SBRT group) or
    atezolizumab-bevacizumab alone (control group). SBRT (27.5-40 Gy in 5 fractions) was delivered
    to the vascular thrombus and adjacent tumor before cycle 2.
    MAIN OUTCOMES AND MEASURES: The primary end point was PFS per RECIST 1.1.
    RESULTS: A total of 96 patients (median age, 63 years; 84 men) were randomized, 48 to each
    group. Median PFS was 9.8 months (95% CI, 7.4-12.6) in the SBRT group and 6.9 months (95% CI,
    5.2-8.7) in the control group (HR, 0.63; 95% CI, 0.40-0.99; P = .04). Median overall survival
    was 22.7 months (95% CI, 18.1-not reached) vs 17.3 months (95% CI, 13.8-21.5) (HR, 0.74; 95%
    CI, 0.44-1.24). The objective response rate was 47.9% vs 29.2%. Radiation-induced liver disease
    occurred in 2 patients (4.2%) in the SBRT group, and gastrointestinal bleeding in 6.3% vs 4.2%.
    CONCLUSIONS AND RELEVANCE: Adding SBRT to atezolizumab-bevacizumab improved PFS in HCC with
    macrovascular invasion; a phase 3 trial is warranted.
    """,
    [
        g("N", "overall", 96),
        g("N", ABS, 48),
        g("N", AB, 48),
        g("mPFS", ABS, 9.8, 7.4, 12.6),
        g("mPFS", AB, 6.9, 5.2, 8.7),
        g("HR_PFS", ABS, 0.63, 0.40, 0.99),
        g("mOS", ABS, 22.7, 18.1, None),
        g("mOS", AB, 17.3, 13.8, 21.5),
        g("HR_OS", ABS, 0.74, 0.44, 1.24),
        g("ORR", ABS, 47.9),
        g("ORR", AB, 29.2),
    ],
)

SRB = "serplulimab + bevacizumab"

add(
    "blind15-20",
    "meeting abstract (ESMO type): interim analysis of a randomised phase 3, serplulimab +"
    " bevacizumab vs sorafenib (2:1)",
    "ESMO Congress abstract (Background, Methods, Results, Conclusions, Clinical trial"
    " identification, Legal entity responsible for the study, Funding, Disclosure; pts, mo, Q3W,"
    " BID)",
    """
    Background: Serplulimab is an anti-PD-1 monoclonal antibody. We report the interim analysis of
    a randomised phase III study of serplulimab plus bevacizumab (S+B) versus sorafenib as
    first-line therapy for unresectable HCC.
    Methods: Pts with BCLC stage B/C HCC not amenable to locoregional therapy, Child-Pugh A liver
    function and ECOG PS 0-1 were randomised 2:1 to serplulimab 300 mg plus bevacizumab 15 mg/kg
    Q3W or sorafenib 400 mg BID. Primary endpoints were OS and PFS per RECIST v1.1 by independent
    radiological review committee.
    Results: In total, 468 pts were randomised (S+B, n = 312; sorafenib, n = 156). As of the data
    cut-off (Mar 31, 2025), median OS was 19.8 mo (95% CI 17.3-22.6) with S+B vs 14.2 mo (95% CI
    12.0-16.9) with sorafenib (HR 0.70; 95% CI 0.56-0.88; p = 0.0019). Median PFS was 6.9 vs 4.2 mo
    (HR 0.61; 95% CI 0.49-0.76; p < 0.0001). The confirmed ORR was 29.5% vs 5.8%. Grade 3 or higher
    TRAEs occurred in 35.6% vs 41.0% of pts, and TRAEs leading to discontinuation in 8.7% vs 6.4%.
    Conclusions: S+B significantly improved OS and PFS over sorafenib with a manageable safety
    profile, supporting it as a new first-line option.
    Clinical trial identification: Registered at ClinicalTrials.gov.
    Legal entity responsible for the study: The sponsor.
    Funding: Pharmaceutical company.
    Disclosure: All authors have declared no conflicts of interest.
    """,
    [
        g("N", "overall", 468),
        g("N", SRB, 312),
        g("N", "sorafenib", 156),
        g("mOS", SRB, 19.8, 17.3, 22.6),
        g("mOS", "sorafenib", 14.2, 12.0, 16.9),
        g("HR_OS", SRB, 0.70, 0.56, 0.88),
        g("mPFS", SRB, 6.9),
        g("mPFS", "sorafenib", 4.2),
        g("HR_PFS", SRB, 0.61, 0.49, 0.76),
        g("ORR", SRB, 29.5),
        g("ORR", "sorafenib", 5.8),
        g("TRAE_G3plus", SRB, 35.6),
        g("TRAE_G3plus", "sorafenib", 41.0),
        g("TRAE_DISC", SRB, 8.7),
        g("TRAE_DISC", "sorafenib", 6.4),
    ],
)

# ---------------------------------------------------------------------------------------------
# E. Single-arm phase 2 trials
# ---------------------------------------------------------------------------------------------

add(
    "blind15-21",
    "single-arm phase 2, STRIDE in Child-Pugh B7-B8, with B7 / B8 sub-cohorts, structured",
    "phase 2 trial abstract (Background, Methods, Results, Conclusions)",
    """
    Background: Evidence for dual immune checkpoint blockade in patients with Child-Pugh B liver
    function is scarce. We conducted a phase 2 trial of durvalumab plus tremelimumab (STRIDE) in
    patients with unresectable HCC and Child-Pugh B7 or B8 cirrhosis.
    Methods: In this multicentre, open-label, single-arm trial, patients received a single priming
    dose of tremelimumab 300 mg with durvalumab 1500 mg, followed by durvalumab 1500 mg every 4
    weeks. The primary endpoint was the incidence of grade 3 or higher treatment-related adverse
    events; secondary endpoints included ORR by RECIST 1.1, PFS and OS.
    Results: Fifty-two patients were treated, 34 with Child-Pugh B7 and 18 with Child-Pugh B8
    liver function. Grade 3 or higher treatment-related adverse events occurred in 25.0% of
    patients, and grade 3 or higher immune-mediated adverse events in 11.5%; hepatic
    decompensation during treatment was recorded in 19.2%. The ORR was 13.5% and the DCR was
    48.1%. Median PFS was 3.4 months (95% CI, 2.6-4.6) and median OS was 8.9 months (95% CI,
    6.8-11.7). Median OS was 10.6 months in patients with Child-Pugh B7 and 6.1 months in those
    with Child-Pugh B8 disease.
    Conclusions: STRIDE had an acceptable safety profile in Child-Pugh B7-B8 HCC, but survival
    was short, especially with a Child-Pugh score of 8. Treatment decisions in this population
    should weigh the limited expected benefit against the risk of hepatic decompensation.
    """,
    [
        g("N", DT, 52),
        g("N", DT, 34),
        g("N", DT, 18),
        g("TRAE_G3plus", DT, 25.0),
        g("IRAE_G3plus", DT, 11.5),
        g("ORR", DT, 13.5),
        g("DCR", DT, 48.1),
        g("mPFS", DT, 3.4, 2.6, 4.6),
        g("mOS", DT, 8.9, 6.8, 11.7),
        g("mOS", DT, 10.6),
        g("mOS", DT, 6.1),
    ],
)

NC = "nivolumab + cabozantinib"

add(
    "blind15-22",
    "single-arm phase 2 after Atezo-Bev, nivolumab + cabozantinib, unstructured",
    "investigator-initiated phase 2 trial abstract, single paragraph",
    """
    Effective treatments after progression on atezolizumab plus bevacizumab (Atezo-Bev) are
    needed. In this investigator-initiated, single-arm phase 2 trial conducted at six centres in
    Germany and Austria, patients with advanced HCC and Child-Pugh A liver function whose disease
    had progressed on first-line Atezo-Bev received nivolumab 240 mg every 2 weeks plus
    cabozantinib 40 mg once daily. The primary endpoint was the 6-month PFS rate according to
    RECIST 1.1, with a rate of 40% or higher considered promising. Forty-two patients were enrolled
    between February 2022 and November 2024; the median age was 68 years and 57.1% had non-viral
    liver disease. The 6-month PFS rate was 42.9% (95% CI, 27.7-57.2). The ORR was 16.7% and the
    DCR was 73.8%. Median PFS was 5.1 months (95% CI, 3.7-6.5) and median OS was 13.6 months (95%
    CI, 10.2-not reached). Treatment-related adverse events of grade 3 or higher occurred in 47.6%
    of patients, most commonly palmar-plantar erythrodysaesthesia (11.9%) and hypertension (7.1%),
    and 9.5% discontinued treatment due to treatment-related adverse events. Cabozantinib was
    dose-reduced in 54.8% of patients. Nivolumab plus cabozantinib showed encouraging activity
    after Atezo-Bev failure and met its primary endpoint, supporting further evaluation of
    continued PD-1 blockade combined with a multikinase inhibitor in the second-line setting.
    """,
    [
        g("N", NC, 42),
        g("PFS_RATE", NC, 42.9, 27.7, 57.2),
        g("ORR", NC, 16.7),
        g("DCR", NC, 73.8),
        g("mPFS", NC, 5.1, 3.7, 6.5),
        g("mOS", NC, 13.6, 10.2, None),
        g("TRAE_G3plus", NC, 47.6),
        g("TRAE_DISC", NC, 9.5),
    ],
)

TL = "toripalimab + lenvatinib"

add(
    "blind15-23",
    "meeting abstract (ESMO Asia type): single-arm phase 2, toripalimab + lenvatinib in"
    " intermediate-stage HCC",
    "ESMO Asia Congress abstract (Background, Methods, Results, Conclusions, Legal entity"
    " responsible for the study, Funding, Disclosure; pts, mo, Q3W, QD, Gr)",
    """
    Background: Toripalimab is an anti-PD-1 antibody. This phase II study assessed toripalimab
    plus lenvatinib for intermediate-stage HCC beyond the up-to-seven criteria.
    Methods: Pts with BCLC stage B HCC beyond up-to-seven, Child-Pugh A liver function and ECOG PS
    0-1 received toripalimab 240 mg Q3W plus lenvatinib 8 mg (body weight below 60 kg) or 12 mg
    (60 kg or more) QD. The primary endpoint was ORR per RECIST v1.1 by investigator.
    Results: Between Jun 2022 and Oct 2024, 61 pts were enrolled. The ORR per RECIST v1.1 was
    45.9% (95% CI 33.1-59.2) and the ORR per mRECIST was 57.4%; the DCR was 88.5%. Median DoR was
    13.2 mo (95% CI 9.7-NR). At a median
    follow-up of 15.4 mo, median PFS was 10.8 mo (95% CI 8.4-13.9); median OS was not reached and
    the 18-mo OS rate was 70.2%. Gr 3 or higher TRAEs occurred in 36.1% of pts, most commonly
    hypertension (9.8%) and proteinuria (6.6%); Gr 3 or higher immune-related AEs occurred in
    4.9%. Eight pts (13.1%) underwent conversion resection.
    Conclusions: Toripalimab plus lenvatinib showed encouraging antitumour activity and
    manageable toxicity in intermediate-stage HCC with high tumour burden.
    Legal entity responsible for the study: The authors.
    Funding: Has not received any funding.
    Disclosure: All authors have declared no conflicts of interest.
    """,
    [
        g("N", TL, 61),
        g("ORR", TL, 45.9, 33.1, 59.2),
        g("ORR", TL, 57.4),
        g("DCR", TL, 88.5),
        g("mDOR", TL, 13.2, 9.7, None),
        g("mPFS", TL, 10.8, 8.4, 13.9),
        g("mOS", TL, None),
        g("OS_RATE", TL, 70.2),
        g("TRAE_G3plus", TL, 36.1),
        g("IRAE_G3plus", TL, 4.9),
    ],
)

# ---------------------------------------------------------------------------------------------
# F. Meta-analyses
# ---------------------------------------------------------------------------------------------

add(
    "blind15-24",
    "comparative meta-analysis of real-world studies, Atez/Bev vs lenvatinib, structured",
    "systematic review and meta-analysis abstract (Background, Methods, Results, Conclusions)",
    """
    Background: Several real-world studies have compared atezolizumab plus bevacizumab (Atez/Bev)
    with lenvatinib as first-line treatment for unresectable HCC, with inconsistent results. We
    performed a systematic review and meta-analysis of these comparisons.
    Methods: PubMed, Embase, Scopus and the Cochrane Library were searched through December 2025
    for comparative cohort studies. Adjusted hazard ratios were pooled with random-effects models,
    heterogeneity was quantified with the I2 statistic, and study quality was rated with the
    Newcastle-Ottawa scale.
    Results: Nineteen studies with 8,412 patients were included: 3,906 treated with Atez/Bev and
    4,506 with lenvatinib. Compared with lenvatinib, Atez/Bev was associated with longer OS (pooled
    HR 0.88; 95% CI, 0.79-0.98; I2 = 47%), whereas PFS did not differ significantly (pooled HR
    0.92; 95% CI, 0.81-1.04; I2 = 63%). The pooled ORR was 27.1% (95% CI, 23.6-30.9) with Atez/Bev
    and 35.4% (95% CI, 30.2-40.9) with lenvatinib (OR 0.67; 95% CI, 0.55-0.82). Grade 3 or higher
    adverse events were less frequent with Atez/Bev (28.3% vs 39.6%). Sensitivity analyses
    restricted to the 11 propensity-matched studies gave similar results, and Egger's test showed
    no evidence of publication bias (p = 0.41).
    Conclusions: In routine practice, first-line Atez/Bev was associated with a modest OS advantage
    over lenvatinib despite a lower response rate, and with fewer severe adverse events.
    Randomised evidence is still lacking.
    """,
    [
        g("N", "overall", 8412),
        g("N", AB, 3906),
        g("N", "lenvatinib", 4506),
        g("HR_OS", AB, 0.88, 0.79, 0.98),
        g("HR_PFS", AB, 0.92, 0.81, 1.04),
        g("ORR", AB, 27.1, 23.6, 30.9),
        g("ORR", "lenvatinib", 35.4, 30.2, 40.9),
        g("AE_G3plus", AB, 28.3),
        g("AE_G3plus", "lenvatinib", 39.6),
    ],
)

PLH = "pd-1 inhibitor + lenvatinib + haic"

add(
    "blind15-25",
    "proportion meta-analysis of one regimen (HAIC + lenvatinib + PD-1 inhibitors), structured",
    "systematic review and meta-analysis abstract (Objective, Methods, Results, Conclusion)",
    """
    Objective: To estimate the efficacy and safety of hepatic arterial infusion chemotherapy (HAIC)
    combined with lenvatinib and PD-1 inhibitors for unresectable hepatocellular carcinoma.
    Methods: We searched PubMed, Embase, Web of Science, CNKI and Wanfang up to June 2025 for
    single-arm or comparative studies reporting outcomes of this triple regimen. Pooled rates and
    medians were estimated with random-effects models, and publication bias was examined with
    funnel plots.
    Results: Sixteen studies involving 1,274 patients treated with HAIC plus lenvatinib and PD-1
    inhibitors were included; 68.2% of patients had macrovascular invasion. The pooled ORR was
    63.8% (95% CI, 58.1-69.2) by mRECIST and 47.5% (95% CI, 41.3-53.8) by RECIST 1.1, and the
    pooled DCR was 88.9% (95% CI, 85.6-91.6). The pooled median PFS and OS were 10.6 months (95%
    CI, 9.2-12.0) and 21.3 months (95% CI, 18.9-23.7), respectively. The pooled 1-year PFS and OS
    rates were 48.5% (95% CI, 42.1-54.9) and 76.2% (95% CI, 71.0-80.7), respectively. The pooled
    incidence of grade 3 or higher treatment-related adverse events was 41.7% (95% CI, 35.2-48.3),
    and the pooled conversion resection rate was 17.3% (95% CI, 13.0-22.6). Heterogeneity was
    substantial for ORR (I2 = 72%).
    Conclusion: HAIC combined with lenvatinib and PD-1 inhibitors achieves high response rates and
    encouraging survival in unresectable HCC, but the evidence comes mainly from retrospective
    Chinese cohorts.
    """,
    [
        g("N", PLH, 1274),
        g("ORR", PLH, 63.8, 58.1, 69.2),
        g("ORR", PLH, 47.5, 41.3, 53.8),
        g("DCR", PLH, 88.9, 85.6, 91.6),
        g("mPFS", PLH, 10.6, 9.2, 12.0),
        g("mOS", PLH, 21.3, 18.9, 23.7),
        g("PFS_RATE", PLH, 48.5, 42.1, 54.9),
        g("OS_RATE", PLH, 76.2, 71.0, 80.7),
        g("TRAE_G3plus", PLH, 41.7, 35.2, 48.3),
    ],
)


if __name__ == "__main__":
    raise SystemExit(build(ROWS, OUT, "blind15", SPELLED, sys.argv[1:]))
