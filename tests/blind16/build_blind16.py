"""Build the SIXTEENTH blind extraction set (typical HCC abstracts in the immunotherapy era).

    python tests/blind16/build_blind16.py            # write blind16.jsonl, print counts and sha256
    python tests/blind16/build_blind16.py --review   # also list, per row, the numbers that are not gold

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

OUT = Path(__file__).resolve().with_name("blind16.jsonl")
# Spelled-out counts that are gold values (sentence-initial N).
SPELLED = {"sixty-seven": 67}

ROWS: list[dict] = []


def add(id: str, style: str, source_style: str, text: str, gold: list[dict]) -> None:
    ROWS.append(row(id, style, source_style, text, gold))


# ---------------------------------------------------------------------------------------------
# A. First-line immunotherapy in real-world cohorts (Japan, Korea, Europe)
# ---------------------------------------------------------------------------------------------

AB = "atezolizumab + bevacizumab"
DT = "durvalumab + tremelimumab"
ABT = "atezolizumab + bevacizumab + tace"

add(
    "blind16-01",
    "real-world single-regimen cohort (Atez/Bev) with a BCLC B sub-cohort, structured",
    "Japanese multicentre real-world abstract (Aim, Methods, Results, Conclusion)",
    """
    Aim: Atezolizumab plus bevacizumab (Atez/Bev) is now the preferred first-line systemic
    therapy for unresectable hepatocellular carcinoma (HCC) in Japan, where many patients are
    elderly and have received repeated locoregional treatment. We describe its effectiveness and
    tolerability in everyday practice.
    Methods: Consecutive patients who began Atez/Bev (atezolizumab 1200 mg and bevacizumab
    15 mg/kg every 3 weeks) at 11 hospitals between October 2020 and March 2024 were reviewed.
    Response was graded by RECIST 1.1 and adverse events by CTCAE version 5.0.
    Results: A total of 287 patients were analysed; the median age was 74 years and the median
    follow-up was 16.4 months. The objective response rate was 31.4% and the disease control
    rate 74.6%. Median progression-free survival (PFS) was 7.3 months (95% CI, 6.4-8.5), median
    overall survival (OS) was 19.8 months (95% CI, 17.1-22.9), and the 12-month OS rate was
    68.2%. Among the 94 patients with BCLC stage B disease, median PFS was 10.2 months (95% CI,
    8.1-12.6) and median OS was 27.5 months (95% CI, 22.0-not reached). An ALBI grade of 2 or
    worse at baseline was associated with shorter OS (HR 1.74; 95% CI, 1.29-2.35). Grade 3 or
    higher treatment-related adverse events were reported in 21.6% of patients, most often
    hypertension and proteinuria (proteinuria of any grade, 9.8%), and 11.1% of patients stopped
    treatment because of treatment-related adverse events.
    Conclusion: In routine Japanese practice, Atez/Bev achieved outcomes close to those of the
    registration trial, with particularly long survival in intermediate-stage disease.
    """,
    [
        g("N", AB, 287),
        g("ORR", AB, 31.4),
        g("DCR", AB, 74.6),
        g("mPFS", AB, 7.3, 6.4, 8.5),
        g("mOS", AB, 19.8, 17.1, 22.9),
        g("OS_RATE", AB, 68.2),
        g("N", AB, 94),
        g("mPFS", AB, 10.2, 8.1, 12.6),
        g("mOS", AB, 27.5, 22.0, None),
        g("TRAE_G3plus", AB, 21.6),
        g("TRAE_DISC", AB, 11.1),
    ],
)

add(
    "blind16-02",
    "real-world two-regimen comparison (STRIDE vs A/B, PSM), structured",
    "Korean multicentre comparative cohort (Background/Aims, Methods, Results, Conclusions)",
    """
    Background/Aims: Since the reimbursement of durvalumab plus tremelimumab in Korea, clinicians
    can choose between two immunotherapy regimens for first-line treatment of advanced HCC, yet
    no head-to-head data exist. We compared the single tremelimumab regular interval durvalumab
    regimen (STRIDE) with atezolizumab plus bevacizumab (A/B).
    Methods: Patients treated at seven tertiary centres from January 2023 to June 2025 were
    included. Propensity score matching (1:1, caliper 0.2) balanced age, Child-Pugh score,
    varices, portal vein invasion and alpha-fetoprotein.
    Results: Of 412 patients (median age, 67 years), 109 received STRIDE and 303 received A/B;
    matching yielded 104 pairs. In the matched cohort, the objective response rate was 20.2% in
    the STRIDE group and 27.9% in the A/B group. Median PFS was 4.6 months (95% CI, 3.7-5.8)
    versus 6.2 months (95% CI, 5.3-7.4), respectively (HR for STRIDE versus A/B, 1.18; 95% CI,
    0.87-1.60; p = 0.29). Median OS did not differ: 16.9 months (95% CI, 13.2-20.8) versus 17.8
    months (95% CI, 14.9-21.5) (HR 0.94; 95% CI, 0.67-1.32). Alpha-fetoprotein of 400 ng/mL or
    more was an independent predictor of death (HR 1.52; 95% CI, 1.11-2.08). Grade 3 or higher
    immune-related adverse events were more frequent with STRIDE (8.7% vs 3.8%), whereas
    bleeding events occurred mainly with A/B (1.9% vs 6.7%).
    Conclusions: STRIDE and A/B gave similar survival in Korean practice. The lower bleeding risk
    of STRIDE may favour it in patients with high-risk varices, at the price of more
    immune-related toxicity.
    """,
    [
        g("N", "overall", 412),
        g("N", DT, 109),
        g("N", AB, 303),
        g("N", DT, 104),
        g("N", AB, 104),
        g("ORR", DT, 20.2),
        g("ORR", AB, 27.9),
        g("mPFS", DT, 4.6, 3.7, 5.8),
        g("mPFS", AB, 6.2, 5.3, 7.4),
        g("HR_PFS", DT, 1.18, 0.87, 1.60),
        g("mOS", DT, 16.9, 13.2, 20.8),
        g("mOS", AB, 17.8, 14.9, 21.5),
        g("HR_OS", DT, 0.94, 0.67, 1.32),
        g("IRAE_G3plus", DT, 8.7),
        g("IRAE_G3plus", AB, 3.8),
    ],
)

# ---------------------------------------------------------------------------------------------
# B. Second line after atezolizumab-bevacizumab or STRIDE
# ---------------------------------------------------------------------------------------------

add(
    "blind16-03",
    "real-world two-regimen second-line comparison (lenvatinib vs sorafenib after IO), structured",
    "European multinational cohort (Introduction, Methods, Results, Conclusions)",
    """
    Introduction: Tyrosine kinase inhibitors remain the usual second-line option once
    immunotherapy has failed in HCC, but which one to choose is uncertain. We compared lenvatinib
    and sorafenib after first-line atezolizumab-bevacizumab or durvalumab-tremelimumab.
    Methods: This retrospective study pooled 23 centres in Italy, Germany, Spain and France.
    Patients starting lenvatinib or sorafenib as second-line therapy between 2021 and 2024 were
    eligible. Outcomes were compared with Cox models adjusted for ECOG performance status, ALBI
    grade, macrovascular invasion and alpha-fetoprotein.
    Results: We included 236 patients (median age, 70 years); 41 (17.4%) had received
    durvalumab-tremelimumab and the rest atezolizumab-bevacizumab, for a median of 7.1 months.
    Second-line lenvatinib was given to 171 patients and sorafenib to 65. The objective response
    rate was 14.6% with lenvatinib and 6.2% with sorafenib, and the disease control rate 63.7%
    and 43.1%. Median PFS was 4.9 months (95% CI, 4.1-5.8) with lenvatinib and 2.8 months (95%
    CI, 2.3-3.6) with sorafenib. Median OS was 12.6 months (95% CI, 10.8-14.7) versus 8.9
    months (95% CI, 6.9-11.4); the adjusted hazard ratio for death with lenvatinib compared with
    sorafenib was 0.71 (95% CI, 0.51-0.98; p = 0.038). ECOG performance status 1 was also
    associated with worse survival (HR 1.63; 95% CI, 1.20-2.21). Grade 3 or higher adverse
    events occurred in 37.4% and 33.8% of patients, respectively.
    Conclusions: After progression on first-line immunotherapy, lenvatinib was associated with
    better response and survival than sorafenib, with a similar rate of severe toxicity.
    """,
    [
        g("N", "overall", 236),
        g("N", "lenvatinib", 171),
        g("N", "sorafenib", 65),
        g("ORR", "lenvatinib", 14.6),
        g("ORR", "sorafenib", 6.2),
        g("DCR", "lenvatinib", 63.7),
        g("DCR", "sorafenib", 43.1),
        g("mPFS", "lenvatinib", 4.9, 4.1, 5.8),
        g("mPFS", "sorafenib", 2.8, 2.3, 3.6),
        g("mOS", "lenvatinib", 12.6, 10.8, 14.7),
        g("mOS", "sorafenib", 8.9, 6.9, 11.4),
        g("HR_OS", "lenvatinib", 0.71, 0.51, 0.98),
        g("AE_G3plus", "lenvatinib", 37.4),
        g("AE_G3plus", "sorafenib", 33.8),
    ],
)

ICIL = "immune checkpoint inhibitor + lenvatinib"

add(
    "blind16-04",
    "real-world single-regimen second-line cohort (ICI + lenvatinib after ICI), two sub-cohorts, unstructured",
    "Chinese single-paragraph abstract",
    """
    Whether immunotherapy should be continued after progression on a first-line immune checkpoint
    inhibitor (ICI)-based regimen for hepatocellular carcinoma is debated. We retrospectively
    reviewed patients at three Chinese cancer centres who progressed on first-line ICI-containing
    therapy and then received ICIs plus lenvatinib (8 mg for body weight below 60 kg and 12 mg
    otherwise) between 2021 and 2024. In total, 118 patients were included; the median age was
    58 years, hepatitis B was the underlying disease in 84.7%, and the median duration of the
    first-line regimen had been 6.8 months. Sixty-seven patients had switched to a different ICI
    and 51 continued the same ICI. With ICIs plus lenvatinib, the objective response rate was
    18.6% and the disease control rate was 66.1% by RECIST 1.1. Median PFS was 5.4 months (95%
    CI 4.6-6.3), the 6-month PFS rate was 44.9%, and median OS was 13.1 months (95% CI
    11.0-15.6). Median PFS was 6.2 months (95% CI 4.9-7.5) in patients who switched the ICI and
    4.7 months (95% CI 3.8-5.9) in those who kept the same agent. Treatment-related adverse
    events of grade 3 or higher were observed in 28.8% of patients and grade 3 or higher
    immune-related adverse events in 5.1%; hypothyroidism of any grade affected 22.0%. ICI
    rechallenge combined with lenvatinib appears active and tolerable after failure of first-line
    immunotherapy, and switching to another ICI may be worth prospective testing.
    """,
    [
        g("N", ICIL, 118),
        g("N", ICIL, 67),
        g("N", ICIL, 51),
        g("ORR", ICIL, 18.6),
        g("DCR", ICIL, 66.1),
        g("mPFS", ICIL, 5.4, 4.6, 6.3),
        g("PFS_RATE", ICIL, 44.9),
        g("mOS", ICIL, 13.1, 11.0, 15.6),
        g("mPFS", ICIL, 6.2, 4.9, 7.5),
        g("mPFS", ICIL, 4.7, 3.8, 5.9),
        g("TRAE_G3plus", ICIL, 28.8),
        g("IRAE_G3plus", ICIL, 5.1),
    ],
)

# ---------------------------------------------------------------------------------------------
# C. TACE / HAIC plus systemic therapy
# ---------------------------------------------------------------------------------------------

TLP = "pd-1 inhibitor + lenvatinib + tace"
LP = "pd-1 inhibitor + lenvatinib"

add(
    "blind16-05",
    "real-world two-arm comparison (TLP vs LP, unnamed PD-1 inhibitors, PSM), structured",
    "Chinese multicentre PSM abstract (Purpose, Patients and Methods, Results, Conclusion)",
    """
    Purpose: To assess whether adding transarterial chemoembolization (TACE) to lenvatinib and
    programmed death-1 (PD-1) inhibitors improves outcomes in unresectable HCC.
    Patients and Methods: Patients treated at four hospitals from 2019 to 2023 received TACE plus
    lenvatinib plus PD-1 inhibitors (TLP group) or lenvatinib plus PD-1 inhibitors (LP group).
    Propensity score matching (PSM) was used to reduce selection bias. Tumour response was
    assessed by mRECIST.
    Results: Overall, 268 patients were eligible, and PSM produced 96 matched pairs. Patients in
    the TLP group underwent a median of 2 TACE sessions. After matching, the objective response
    rate was 59.4% in the TLP group and 36.5% in the LP group. Median PFS was 11.8 months (95%
    CI, 9.9-13.7) in the TLP group and 7.4 months (95% CI, 6.3-8.8) in the LP group (HR 0.57; 95%
    CI, 0.41-0.79; P < 0.001). Median OS was 25.3 months (95% CI, 21.4-29.6) versus 18.1 months
    (95% CI, 15.2-21.0) (HR 0.62; 95% CI, 0.43-0.89; P = 0.009), and the 2-year OS rates were
    52.1% and 36.3%, respectively. Portal vein tumour thrombus was an independent risk factor for
    death (HR 1.88; 95% CI, 1.27-2.78). Grade 3 or higher treatment-related adverse events were
    seen in 33.3% of TLP patients and 27.1% of LP patients; elevated alanine aminotransferase of
    grade 3 or higher was more common after TACE (14.6% vs 5.2%).
    Conclusion: Adding TACE to lenvatinib and PD-1 inhibitors prolonged PFS and OS without a
    marked increase in severe toxicity.
    """,
    [
        g("N", "overall", 268),
        g("N", TLP, 96),
        g("N", LP, 96),
        g("ORR", TLP, 59.4),
        g("ORR", LP, 36.5),
        g("mPFS", TLP, 11.8, 9.9, 13.7),
        g("mPFS", LP, 7.4, 6.3, 8.8),
        g("HR_PFS", TLP, 0.57, 0.41, 0.79),
        g("mOS", TLP, 25.3, 21.4, 29.6),
        g("mOS", LP, 18.1, 15.2, 21.0),
        g("HR_OS", TLP, 0.62, 0.43, 0.89),
        g("OS_RATE", TLP, 52.1),
        g("OS_RATE", LP, 36.3),
        g("TRAE_G3plus", TLP, 33.3),
        g("TRAE_G3plus", LP, 27.1),
    ],
)

HLS = "sintilimab + lenvatinib + haic"
LS = "sintilimab + lenvatinib"

add(
    "blind16-06",
    "real-world two-arm comparison (HAIC-LS vs LS, IPTW), structured",
    "Chinese comparative cohort (Background, Methods, Results, Conclusions)",
    """
    Background: Hepatic arterial infusion chemotherapy (HAIC) yields high intrahepatic response
    rates in advanced HCC. We evaluated HAIC added to sintilimab and lenvatinib in patients with
    a high intrahepatic tumour burden.
    Methods: Patients treated between 2020 and 2024 received FOLFOX-based HAIC (oxaliplatin 85
    mg/m2, leucovorin and fluorouracil) combined with sintilimab and lenvatinib (HAIC-LS group) or
    sintilimab and lenvatinib alone (LS group). Inverse probability of treatment weighting (IPTW)
    was used to balance baseline characteristics.
    Results: Of the 183 patients enrolled, 82 were in the HAIC-LS group and 101 in the LS group;
    portal vein tumour thrombus of type Vp3-4 was present in 57.4%. The objective response rate
    by RECIST 1.1 was 46.3% with HAIC-LS and 22.8% with LS. Median PFS was 9.6 months (95% CI,
    8.0-11.5) versus 5.9 months (95% CI, 4.8-7.1) (IPTW-adjusted HR, 0.54; 95% CI, 0.38-0.77),
    and median OS was 20.4 months (95% CI, 17.3-24.1) versus 13.8 months (95% CI, 11.6-16.2)
    (IPTW-adjusted HR, 0.59; 95% CI, 0.40-0.86). The 1-year OS rate was 74.4% in the HAIC-LS
    group and 55.4% in the LS group. Nine patients (11.0%) in the HAIC-LS group underwent
    conversion resection. Grade 3 or higher adverse events occurred in 41.5% and 25.7% of
    patients, respectively, with thrombocytopenia being the most frequent in the HAIC-LS group
    (13.4%).
    Conclusions: HAIC combined with sintilimab and lenvatinib improved response and survival
    compared with sintilimab and lenvatinib in HCC with a high tumour burden, at the cost of more
    haematological toxicity.
    """,
    [
        g("N", "overall", 183),
        g("N", HLS, 82),
        g("N", LS, 101),
        g("ORR", HLS, 46.3),
        g("ORR", LS, 22.8),
        g("mPFS", HLS, 9.6, 8.0, 11.5),
        g("mPFS", LS, 5.9, 4.8, 7.1),
        g("HR_PFS", HLS, 0.54, 0.38, 0.77),
        g("mOS", HLS, 20.4, 17.3, 24.1),
        g("mOS", LS, 13.8, 11.6, 16.2),
        g("HR_OS", HLS, 0.59, 0.40, 0.86),
        g("OS_RATE", HLS, 74.4),
        g("OS_RATE", LS, 55.4),
        g("AE_G3plus", HLS, 41.5),
        g("AE_G3plus", LS, 25.7),
    ],
)

add(
    "blind16-07",
    "real-world single-regimen second-line cohort (lenvatinib after Atez/Bev) with early / late progressor sub-cohorts, structured",
    "Korean multicentre abstract (Background/Aims, Methods, Results, Conclusions)",
    """
    Background/Aims: Lenvatinib is commonly used after failure of atezolizumab plus bevacizumab
    (Atez/Bev), but the benefit may depend on how quickly the disease progressed on
    immunotherapy. We assessed second-line lenvatinib according to the time to progression on
    Atez/Bev.
    Methods: Patients who received lenvatinib after progression on first-line Atez/Bev at 10
    Korean centres between 2021 and 2024 were analysed. Early progression was defined as
    progression within 6 months of starting Atez/Bev.
    Results: A total of 152 patients (median age, 65 years) were included; 83 were early
    progressors and 69 were late progressors. Lenvatinib was started at 8 mg in 59.2% of
    patients. The objective response rate was 11.8% and the disease control rate was 61.2%.
    Median PFS was 4.3 months (95% CI, 3.6-5.0) and median OS was 10.9 months (95% CI,
    9.1-12.8). Median OS was 8.4 months (95% CI, 6.7-10.3) for early progressors and 14.2
    months (95% CI, 11.5-17.6) for late progressors, and early progression remained an
    independent predictor of death after adjustment (HR 1.69; 95% CI, 1.17-2.44). Grade 3 or
    higher adverse events were reported in 30.3% of patients, including hypertension (10.5%)
    and hand-foot skin reaction (7.9%).
    Conclusions: Lenvatinib provided modest activity after Atez/Bev. Patients whose disease
    progressed early on immunotherapy had poor survival and may be better served by clinical
    trials.
    """,
    [
        g("N", "lenvatinib", 152),
        g("N", "lenvatinib", 83),
        g("N", "lenvatinib", 69),
        g("ORR", "lenvatinib", 11.8),
        g("DCR", "lenvatinib", 61.2),
        g("mPFS", "lenvatinib", 4.3, 3.6, 5.0),
        g("mOS", "lenvatinib", 10.9, 9.1, 12.8),
        g("mOS", "lenvatinib", 8.4, 6.7, 10.3),
        g("mOS", "lenvatinib", 14.2, 11.5, 17.6),
        g("AE_G3plus", "lenvatinib", 30.3),
    ],
)

# ---------------------------------------------------------------------------------------------
# D. Randomised phase 3, meeting abstract, news write-up
# ---------------------------------------------------------------------------------------------

TL = "tislelizumab + lenvatinib"

add(
    "blind16-08",
    "randomised phase 3 (tislelizumab + lenvatinib vs lenvatinib, 1:1), Lancet-type structured",
    "Lancet-type abstract (Background, Methods, Findings, Interpretation, Funding)",
    """
    Background: Combining an anti-PD-1 antibody with a multikinase inhibitor might improve on
    lenvatinib alone as first-line treatment for unresectable hepatocellular carcinoma. We
    compared tislelizumab plus lenvatinib with lenvatinib.
    Methods: In this randomised, open-label, phase 3 trial done at 118 sites in 12 countries,
    adults with unresectable hepatocellular carcinoma, Child-Pugh class A liver function and no
    previous systemic therapy were randomly assigned (1:1) to tislelizumab 200 mg intravenously
    every 3 weeks plus lenvatinib (12 mg or 8 mg daily by body weight) or to lenvatinib alone.
    The primary endpoint was overall survival in the intention-to-treat population.
    Findings: Between May 2021 and August 2023, 652 patients were randomly assigned, 326 to
    tislelizumab plus lenvatinib and 326 to lenvatinib. At a median follow-up of 27.3 months,
    median overall survival was 21.6 months (95% CI 19.0-24.4) with the combination and 17.9
    months (15.8-20.1) with lenvatinib (hazard ratio 0.79, 95% CI 0.66-0.95; p=0.011). Median
    progression-free survival was 8.2 months (7.3-9.4) versus 6.4 months (5.6-7.4) (HR 0.72,
    0.60-0.86). An objective response was achieved by 35.3% of patients in the combination group
    and 24.5% in the lenvatinib group. Grade 3 or worse treatment-related adverse events
    occurred in 48.9% versus 40.7% of patients, and treatment-related adverse events led to
    discontinuation of any study drug in 14.6% versus 8.7%. Treatment-related deaths occurred in
    four and three patients, respectively.
    Interpretation: Tislelizumab plus lenvatinib significantly prolonged overall survival
    compared with lenvatinib and could be a further first-line option for unresectable
    hepatocellular carcinoma.
    Funding: The manufacturer of tislelizumab.
    """,
    [
        g("N", "overall", 652),
        g("N", TL, 326),
        g("N", "lenvatinib", 326),
        g("mOS", TL, 21.6, 19.0, 24.4),
        g("mOS", "lenvatinib", 17.9, 15.8, 20.1),
        g("HR_OS", TL, 0.79, 0.66, 0.95),
        g("mPFS", TL, 8.2, 7.3, 9.4),
        g("mPFS", "lenvatinib", 6.4, 5.6, 7.4),
        g("HR_PFS", TL, 0.72, 0.60, 0.86),
        g("ORR", TL, 35.3),
        g("ORR", "lenvatinib", 24.5),
        g("TRAE_G3plus", TL, 48.9),
        g("TRAE_G3plus", "lenvatinib", 40.7),
        g("TRAE_DISC", TL, 14.6),
        g("TRAE_DISC", "lenvatinib", 8.7),
    ],
)

NI = "nivolumab + ipilimumab"

add(
    "blind16-09",
    "meeting abstract, single-regimen second-line cohort (nivolumab + ipilimumab after atezo/bev) with a prior-responder sub-cohort",
    "ASCO GI-type meeting abstract (Background, Methods, Results, Conclusions, Research Sponsor)",
    """
    Background: Dual checkpoint blockade with nivolumab plus ipilimumab (nivo/ipi) is an option
    after progression on atezolizumab plus bevacizumab (atezo/bev), but data in this setting are
    scarce. Methods: We retrospectively identified pts with advanced HCC treated with nivo 1
    mg/kg plus ipi 3 mg/kg Q3W for 4 doses, followed by nivo maintenance, after atezo/bev at
    9 US and European centres. Response was assessed per RECIST v1.1; toxicity per CTCAE v5.0.
    Results: 74 pts were included (median age 66 y; 2L in 51 pts, 3L or later in 23 pts). ORR
    was 17.6% and DCR 45.9%. Median PFS was 2.9 mo (95% CI 2.3-4.1) and median OS 10.7 mo (95%
    CI 8.2-14.1); the 12-mo OS rate was 44.6%. Among 19 pts who had responded to prior
    atezo/bev, the ORR to nivo/ipi was 31.6%. Gr 3 or higher TRAEs occurred in 29.7% of pts and
    Gr 3 or higher imAEs in 18.9%, most often hepatitis (10.8%); 35.1% of pts required systemic
    corticosteroids. TRAEs led to discontinuation in 12.2%. Conclusions: Nivo/ipi after
    atezo/bev produced durable responses in a subset of pts, particularly those with prior
    response to immunotherapy, with manageable but notable immune-mediated toxicity.
    Prospective validation is warranted. Research Sponsor: None.
    """,
    [
        g("N", NI, 74),
        g("ORR", NI, 17.6),
        g("DCR", NI, 45.9),
        g("mPFS", NI, 2.9, 2.3, 4.1),
        g("mOS", NI, 10.7, 8.2, 14.1),
        g("OS_RATE", NI, 44.6),
        g("N", NI, 19),
        g("ORR", NI, 31.6),
        g("TRAE_G3plus", NI, 29.7),
        g("IRAE_G3plus", NI, 18.9),
        g("TRAE_DISC", NI, 12.2),
    ],
)

TB = "toripalimab + bevacizumab"

add(
    "blind16-10",
    "news write-up of a randomised phase 3 (toripalimab + bevacizumab vs sorafenib)",
    "oncology news site summary of a congress presentation",
    """
    First-line toripalimab plus bevacizumab extended overall survival (OS) compared with
    sorafenib in patients with advanced hepatocellular carcinoma, according to phase 3 results
    presented at a gastrointestinal cancers congress in 2025. "These data add another
    immunotherapy doublet to the options we can offer patients with unresectable disease," the
    lead investigator said during the presentation.
    The open-label study randomly assigned 342 patients to toripalimab 240 mg plus bevacizumab
    15 mg/kg every 3 weeks (n = 172) or sorafenib 400 mg twice daily (n = 170). The median age
    was 57 years, and most patients had hepatitis B-related disease.
    After a median follow-up of 19.6 months, the median OS was 20.9 months with the combination
    compared with 14.8 months with sorafenib (HR, 0.74; 95% CI, 0.57-0.95; P = .018). Median
    progression-free survival was 5.9 months and 4.0 months, respectively (HR, 0.66; 95% CI,
    0.52-0.84). The confirmed objective response rate was 26.2% in the toripalimab arm versus
    6.5% in the sorafenib arm.
    Regarding safety, grade 3 or higher treatment-related adverse events were reported in 43.0%
    of patients who received the combination and in 41.2% of those given sorafenib. The most
    common severe events with the combination were hypertension and proteinuria, while
    hand-foot syndrome predominated with sorafenib. The investigators noted that no new safety
    signals emerged and that quality-of-life analyses will be presented later.
    """,
    [
        g("N", "overall", 342),
        g("N", TB, 172),
        g("N", "sorafenib", 170),
        g("mOS", TB, 20.9),
        g("mOS", "sorafenib", 14.8),
        g("HR_OS", TB, 0.74, 0.57, 0.95),
        g("mPFS", TB, 5.9),
        g("mPFS", "sorafenib", 4.0),
        g("HR_PFS", TB, 0.66, 0.52, 0.84),
        g("ORR", TB, 26.2),
        g("ORR", "sorafenib", 6.5),
        g("TRAE_G3plus", TB, 43.0),
        g("TRAE_G3plus", "sorafenib", 41.2),
    ],
)

add(
    "blind16-11",
    "real-world single-regimen cohort (STRIDE) with a trial-ineligible sub-cohort, structured",
    "European multicentre real-world abstract (Background & Aims, Methods, Results, Conclusions)",
    """
    Background & Aims: Durvalumab plus tremelimumab (STRIDE) was approved in Europe on the basis
    of a trial that excluded many patients seen in practice. We assessed STRIDE in an unselected
    population in Germany, Austria and Switzerland.
    Methods: Patients receiving first-line STRIDE (tremelimumab 300 mg once plus durvalumab 1500
    mg every 4 weeks) at 21 centres from 2023 to 2025 were included in this retrospective
    registry. Patients who would not have met the pivotal trial eligibility criteria were
    analysed separately.
    Results: The cohort comprised 163 patients (median age, 71 years; metabolic
    dysfunction-associated steatotic liver disease in 38.0%); 58 patients were outside the trial
    criteria, mainly because of Child-Pugh B liver function or main portal vein invasion. The
    objective response rate was 22.1% and the disease control rate 52.8%. Median PFS was 3.9
    months (95% CI, 3.1-4.8) and median OS 15.7 months (95% CI, 12.9-19.0), with an 18-month OS
    rate of 43.9%. In the trial-ineligible group, median OS was 9.3 months (95% CI, 6.8-12.5).
    Grade 3 or higher immune-related adverse events occurred in 12.3% of patients, colitis being
    the most frequent (6.1%), and 17.8% received high-dose corticosteroids. Adverse events of
    grade 3 or higher of any cause were recorded in 31.3%.
    Conclusions: Outcomes with STRIDE in routine practice were in line with the pivotal trial
    for eligible patients, whereas patients outside the trial criteria had clearly shorter
    survival.
    """,
    [
        g("N", DT, 163),
        g("N", DT, 58),
        g("ORR", DT, 22.1),
        g("DCR", DT, 52.8),
        g("mPFS", DT, 3.9, 3.1, 4.8),
        g("mOS", DT, 15.7, 12.9, 19.0),
        g("OS_RATE", DT, 43.9),
        g("mOS", DT, 9.3, 6.8, 12.5),
        g("IRAE_G3plus", DT, 12.3),
        g("AE_G3plus", DT, 31.3),
    ],
)

add(
    "blind16-12",
    "real-world two-arm comparison (AB-TACE vs AB in intermediate stage, IPTW), structured",
    "Japanese comparative cohort (Objective, Methods, Results, Conclusion)",
    """
    Objective: For intermediate-stage HCC beyond the up-to-seven criteria, systemic therapy is
    often preferred to TACE, but whether adding TACE to atezolizumab plus bevacizumab helps is
    unclear. We compared atezolizumab plus bevacizumab combined with TACE (AB-TACE group) with
    atezolizumab plus bevacizumab alone (AB group).
    Methods: We reviewed patients with BCLC stage B HCC treated at 9 Japanese institutions from
    2021 to 2024. In the AB-TACE group, TACE was performed after two to four cycles of
    atezolizumab plus bevacizumab. Background factors were adjusted by inverse probability of
    treatment weighting.
    Results: Of the 176 patients (median age, 73 years), 64 were in the AB-TACE group and 112 in
    the AB group; a median of 1 TACE session (range, 1-3) was performed. The objective response
    rate according to mRECIST was 57.8% in the AB-TACE group and 38.4% in the AB group. Median
    PFS was 13.4 months (95% CI, 10.8-16.5) and 8.6 months (95% CI, 7.2-10.3), respectively
    (weighted HR, 0.61; 95% CI, 0.42-0.88). Median OS was not reached in the AB-TACE group and
    was 27.2 months (95% CI, 22.6-not reached) in the AB group (weighted HR, 0.68; 95% CI,
    0.41-1.12). ALBI grade 2b was associated with shorter PFS (HR 1.47; 95% CI, 1.02-2.12).
    Grade 3 or higher adverse events were observed in 26.6% and 18.8% of patients,
    respectively, and hepatic decompensation developed in 7.8% of the AB-TACE group.
    Conclusion: Adding TACE to atezolizumab plus bevacizumab prolonged PFS in intermediate-stage
    HCC, and a survival benefit may emerge with longer follow-up.
    """,
    [
        g("N", "overall", 176),
        g("N", ABT, 64),
        g("N", AB, 112),
        g("ORR", ABT, 57.8),
        g("ORR", AB, 38.4),
        g("mPFS", ABT, 13.4, 10.8, 16.5),
        g("mPFS", AB, 8.6, 7.2, 10.3),
        g("HR_PFS", ABT, 0.61, 0.42, 0.88),
        g("mOS", ABT, None),
        g("mOS", AB, 27.2, 22.6, None),
        g("HR_OS", ABT, 0.68, 0.41, 1.12),
        g("AE_G3plus", ABT, 26.6),
        g("AE_G3plus", AB, 18.8),
    ],
)


if __name__ == "__main__":
    raise SystemExit(build(ROWS, OUT, "blind16", SPELLED, sys.argv[1:]))
