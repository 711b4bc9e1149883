"""Source of truth for the thirteenth blind extraction set (tests/blind13/blind13.jsonl).

22 invented abstracts in the styles a trial watcher meets besides plain PubMed HCC abstracts:
8 HCC meeting abstracts (ASCO GI, ESMO GI, AASLD, EASL, APASL, ASCO, ESMO Asia), 5 HCC randomised-trial
abstracts in Lancet / Lancet Oncology / JCO style, 4 updated / long-term / final analyses of randomised HCC
trials, and 5 abstracts in other GI cancers (biliary, gastric, oesophageal, colorectal) whose arms are all
expressible with lexicon ids. Studies, wording and numbers are invented; no sentence is copied from a paper.

    python tests/blind13/build_blind13.py            # check the gold, write blind13.jsonl, print counts + sha256
    python tests/blind13/build_blind13.py --review   # also list, per row, the numbers in the text that are not gold
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
OUT = HERE / "blind13.jsonl"
LEXICON = ROOT / "extractors" / "lexicon" / "regimens.jsonl"

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

# Spelled-out counts used in the texts (sentence-initial numbers).
SPELLED = {"Seventy-four": 74}

WORDS_MIN, WORDS_MAX = 150, 300

ROWS: list[dict] = []


def g(endpoint, arm, value, ci_low=None, ci_high=None):
    return {"endpoint": endpoint, "arm": arm, "value": value, "ci_low": ci_low, "ci_high": ci_high}


def add(id, style, source_style, text, gold):
    ROWS.append(
        {"id": id, "style": style, "source_style": source_style, "text": text, "gold": gold}
    )


# Arm ids used below (all lexicon regimen ids or lexicon agent ids in rank-then-name order).
TLT = "tislelizumab + lenvatinib + tace"
DT = "durvalumab + tremelimumab"
AB = "atezolizumab + bevacizumab"
LEN = "lenvatinib"
SOR = "sorafenib"
NI = "nivolumab + ipilimumab"
SLT = "sintilimab + lenvatinib + tace"
LT = "lenvatinib + tace"
TB = "toripalimab + bevacizumab"
CD = "camrelizumab + donafenib"
RAM = "ramucirumab"
TL = "tislelizumab + lenvatinib"
LP = "lenvatinib + placebo"
PLT = "pembrolizumab + lenvatinib + tace"
PT = "placebo + tace"
LOS = "lenvatinib or sorafenib"
AC = "atezolizumab + cabozantinib"
CABO = "cabozantinib"
DONA = "donafenib"
DURVA = "durvalumab"
PEM = "pembrolizumab"
PBO = "placebo"
PCG = "pembrolizumab + cisplatin + gemcitabine"
CGP = "cisplatin + gemcitabine + placebo"
DCG = "durvalumab + cisplatin + gemcitabine"
TC = "tislelizumab + chemotherapy"
CP = "chemotherapy + placebo"
TCP = "toripalimab + cisplatin + paclitaxel"
CPP = "cisplatin + paclitaxel + placebo"
SF = "sintilimab + fruquintinib"
O = "overall"  # noqa: E741

# ---------------------------------------------------------------------------------------------------------
# (a) Meeting abstracts (HCC)
# ---------------------------------------------------------------------------------------------------------

add(
    "blind13-01",
    "meeting abstract (ASCO GI), single-arm phase II",
    "ASCO GI abstract: Background/Methods/Results/Conclusions, pts, mo, Gr, Clinical trial information",
    "Background: Intermediate-stage hepatocellular carcinoma (HCC) beyond the up-to-seven criteria responds poorly "
    "to transarterial chemoembolization (TACE) alone. We evaluated TACE combined with tislelizumab and lenvatinib in "
    "this population. Methods: In this single-arm, multicenter phase II trial, pts with BCLC stage B HCC beyond "
    "up-to-seven, Child-Pugh A liver function and ECOG PS 0-1 received on-demand conventional TACE plus tislelizumab "
    "200 mg every 3 weeks and lenvatinib 8 mg or 12 mg daily by body weight. The primary endpoint was ORR per "
    "mRECIST; secondary endpoints included PFS, OS, ORR per RECIST v1.1 and safety. Results: Between March 2022 and "
    "August 2023, 58 pts were enrolled (median age 61 years; 84.5% male; HBV 77.6%). At a median follow-up of "
    "19.4 mo, ORR per mRECIST was 70.7% (95% CI 57.3-81.9) and ORR per RECIST v1.1 was 43.1% (95% CI 30.2-56.8); "
    "DCR was 93.1%. Median PFS was 13.6 mo (95% CI 10.9-16.8) and median OS was not reached; the 12-month OS rate "
    "was 88.2% (95% CI 76.4-94.3). A median of 2 TACE sessions was performed. Gr ≥3 TRAEs occurred in 31.0% of pts, "
    "most commonly hypertension (8.6%) and elevated AST (6.9%); TRAEs led to discontinuation of any study drug in "
    "5.2% of pts. No treatment-related deaths occurred. Conclusions: TACE plus tislelizumab and lenvatinib produced "
    "a high response rate and durable disease control with manageable toxicity in intermediate-stage HCC beyond "
    "up-to-seven. Clinical trial information: NCT05320692.",
    [
        g("N", TLT, 58),
        g("ORR", TLT, 70.7, 57.3, 81.9),
        g("ORR", TLT, 43.1, 30.2, 56.8),
        g("DCR", TLT, 93.1),
        g("mPFS", TLT, 13.6, 10.9, 16.8),
        g("mOS", TLT, None),
        g("OS_RATE", TLT, 88.2, 76.4, 94.3),
        g("TRAE_G3plus", TLT, 31.0),
        g("TRAE_DISC", TLT, 5.2),
    ],
)

add(
    "blind13-02",
    "meeting abstract (ESMO GI), multicentre retrospective comparison with IPTW",
    "ESMO GI abstract: pts, mo, vs, Gr; IPTW-adjusted HR for the first-named regimen",
    "Background: Durvalumab plus tremelimumab (STRIDE) and atezolizumab plus bevacizumab (atezo/bev) are approved "
    "first-line options for unresectable hepatocellular carcinoma (uHCC), but they have not been compared head to "
    "head. Methods: This retrospective study included pts who started first-line STRIDE or atezo/bev at 14 centres "
    "in Italy, Germany and the United Kingdom between January 2022 and March 2024. Baseline differences were "
    "balanced by inverse probability of treatment weighting (IPTW). Results: Of 612 pts included, 203 received "
    "STRIDE and 409 received atezo/bev. Pts treated with STRIDE were older (median 72 vs 68 years) and more often "
    "had untreated high-risk varices (24.1% vs 9.5%). After a median follow-up of 15.8 mo, median OS was 16.9 mo "
    "(95% CI 13.8-20.2) with STRIDE and 17.6 mo (95% CI 15.4-19.9) with atezo/bev (IPTW-adjusted HR for STRIDE vs "
    "atezo/bev 1.04, 95% CI 0.83-1.31; p=0.72). Median PFS was 5.1 vs 6.9 mo, and response rates were similar. "
    "Gr ≥3 immune-related AEs were more frequent with STRIDE (9.4% vs 4.4%), and 31.0% vs 12.7% of pts needed "
    "systemic corticosteroids, whereas bleeding events of any grade occurred in 3.9% vs 8.1%. ALBI grade 2 was "
    "independently associated with shorter OS (HR 1.72, 95% CI 1.39-2.13). Conclusions: In this European "
    "real-world cohort, STRIDE and atezo/bev achieved similar survival with distinct safety profiles, supporting "
    "selection according to bleeding risk and autoimmune comorbidity.",
    [
        g("N", O, 612),
        g("N", DT, 203),
        g("N", AB, 409),
        g("mOS", DT, 16.9, 13.8, 20.2),
        g("mOS", AB, 17.6, 15.4, 19.9),
        g("HR_OS", DT, 1.04, 0.83, 1.31),
        g("mPFS", DT, 5.1),
        g("mPFS", AB, 6.9),
        g("IRAE_G3plus", DT, 9.4),
        g("IRAE_G3plus", AB, 4.4),
    ],
)

add(
    "blind13-03",
    "meeting abstract (AASLD The Liver Meeting), propensity-matched cohort",
    "AASLD/Hepatology supplement abstract: Background/Methods/Results/Conclusion, hepatology distractors",
    "Background: Patients with hepatocellular carcinoma (HCC) and Child-Pugh B cirrhosis were excluded from pivotal "
    "first-line trials, and the choice between immunotherapy and tyrosine kinase inhibitors in this group remains "
    "uncertain. Methods: Using a national Veterans Affairs cohort, we identified patients with Child-Pugh B7-B9 "
    "cirrhosis who started first-line atezolizumab plus bevacizumab or lenvatinib between January 2020 and June "
    "2024. Propensity score matching accounted for age, Child-Pugh score, MELD score, portal vein invasion, AFP and "
    "prior variceal bleeding. Results: Among 471 eligible patients, 258 received atezolizumab plus bevacizumab and "
    "213 received lenvatinib; after matching, 172 patients remained in each group. Mean age was 68.4 years, and "
    "61.0% had alcohol-associated liver disease. In the matched cohort, median overall survival was 7.4 months "
    "(95% CI 6.1-8.9) with atezolizumab plus bevacizumab and 6.2 months (95% CI 5.0-7.5) with lenvatinib (HR 0.86, "
    "95% CI 0.68-1.08; p=0.19). Progression-free survival and radiological response did not differ significantly "
    "between groups. Hepatic decompensation within 90 days occurred in 27.3% versus 30.2% of patients, and grade 3 "
    "or higher adverse events were recorded in 36.6% versus 41.3%. A Child-Pugh score of 9 was associated with "
    "higher mortality (HR 1.88, 95% CI 1.41-2.51), and only 22.7% of patients received second-line therapy. "
    "Conclusion: In veterans with Child-Pugh B cirrhosis, survival after first-line atezolizumab plus bevacizumab or "
    "lenvatinib was short and similar between regimens, underscoring the weight of liver function in treatment "
    "decisions.",
    [
        g("N", O, 471),
        g("N", AB, 258),
        g("N", LEN, 213),
        g("N", AB, 172),
        g("N", LEN, 172),
        g("mOS", AB, 7.4, 6.1, 8.9),
        g("mOS", LEN, 6.2, 5.0, 7.5),
        g("HR_OS", AB, 0.86, 0.68, 1.08),
        g("AE_G3plus", AB, 36.6),
        g("AE_G3plus", LEN, 41.3),
    ],
)

add(
    "blind13-04",
    "meeting abstract (EASL Congress), multicentre second-line cohort",
    "EASL abstract: Background and aims/Method/Results/Conclusion; spelled-out N at sentence start; NR bound",
    "Background and aims: Nivolumab plus ipilimumab is approved after sorafenib, but its activity after progression "
    "on first-line atezolizumab plus bevacizumab is poorly defined. We assessed second-line nivolumab plus "
    "ipilimumab in this setting. Method: We included patients treated at 11 European referral centres between 2021 "
    "and 2024 with nivolumab 1 mg/kg plus ipilimumab 3 mg/kg every 3 weeks for four doses, followed by nivolumab "
    "maintenance, after radiological progression on atezolizumab plus bevacizumab. Response was assessed by RECIST "
    "1.1 and adverse events by CTCAE version 5.0. Results: Seventy-four patients were included (median age 66 years; "
    "81.1% Child-Pugh A; 43.2% with extrahepatic spread). The median duration of prior atezolizumab plus bevacizumab "
    "was 7.3 months. The objective response rate was 17.6% and the disease control rate 44.6%; the median duration "
    "of response was 11.8 months (95% CI 6.2-NR). Median progression-free survival was 2.9 months (95% CI 2.4-3.8) "
    "and median overall survival 9.8 months (95% CI 7.1-13.0), with a 12-month overall survival rate of 42.5% "
    "(95% CI 30.9-53.6). Treatment-related adverse events of grade 3 or higher occurred in 29.7% of patients and "
    "immune-related adverse events of grade 3 or higher in 21.6%, mainly hepatitis (9.5%) and colitis (5.4%); "
    "40.5% of patients received systemic corticosteroids. Treatment-related adverse events led to permanent "
    "discontinuation in 13.5%. An AFP reduction of at least 50% at 6 weeks was associated with longer overall "
    "survival (HR 0.39, 95% CI 0.20-0.76). Conclusion: Nivolumab plus ipilimumab showed modest but durable activity "
    "after atezolizumab plus bevacizumab, with immune-related toxicity that requires close monitoring.",
    [
        g("N", NI, 74),
        g("ORR", NI, 17.6),
        g("DCR", NI, 44.6),
        g("mDOR", NI, 11.8, 6.2, None),
        g("mPFS", NI, 2.9, 2.4, 3.8),
        g("mOS", NI, 9.8, 7.1, 13.0),
        g("OS_RATE", NI, 42.5, 30.9, 53.6),
        g("TRAE_G3plus", NI, 29.7),
        g("IRAE_G3plus", NI, 21.6),
        g("TRAE_DISC", NI, 13.5),
    ],
)

add(
    "blind13-05",
    "meeting abstract (APASL), propensity-matched TACE combination",
    "APASL/Hepatology International abstract: Background/Aims, defined group abbreviations TACE-L-S / TACE-L",
    "Background/Aims: Adding a programmed death-1 (PD-1) inhibitor to transarterial chemoembolization (TACE) plus "
    "lenvatinib may deepen tumor response in unresectable hepatocellular carcinoma (uHCC). We compared TACE plus "
    "lenvatinib and sintilimab (TACE-L-S) with TACE plus lenvatinib (TACE-L). Methods: Consecutive patients with uHCC "
    "treated at two tertiary hospitals in southern China from 2020 to 2023 were reviewed. Propensity score matching "
    "(1:1) balanced tumor burden, macrovascular invasion, AFP and ALBI grade. Tumor response was assessed with "
    "mRECIST. Results: A total of 286 patients were identified, and 104 patients remained in each group after "
    "matching. Median follow-up was 22.6 months. The objective response rate was 62.5% in the TACE-L-S group and "
    "46.2% in the TACE-L group (p = 0.018). Median progression-free survival was 11.4 months (95% CI 9.6-13.5) "
    "versus 7.9 months (95% CI 6.8-9.2) (HR 0.63, 95% CI 0.46-0.86; p = 0.004), and median overall survival was "
    "26.8 months (95% CI 22.1-31.9) versus 20.3 months (95% CI 17.2-24.0) (HR 0.69, 95% CI 0.49-0.97; p = 0.032). "
    "Conversion to resection was achieved in 14.4% versus 6.7% of patients. Grade 3 or higher adverse events "
    "occurred in 38.5% and 29.8% of patients, most often transaminase elevation after TACE and hypertension; no "
    "grade 5 events occurred. Vp3-4 portal vein tumor thrombus predicted shorter overall survival (HR 1.94, 95% CI "
    "1.31-2.87). Conclusions: TACE-L-S improved tumor response and survival compared with TACE-L, with acceptable "
    "additional toxicity.",
    [
        g("N", O, 286),
        g("N", SLT, 104),
        g("N", LT, 104),
        g("ORR", SLT, 62.5),
        g("ORR", LT, 46.2),
        g("mPFS", SLT, 11.4, 9.6, 13.5),
        g("mPFS", LT, 7.9, 6.8, 9.2),
        g("HR_PFS", SLT, 0.63, 0.46, 0.86),
        g("mOS", SLT, 26.8, 22.1, 31.9),
        g("mOS", LT, 20.3, 17.2, 24.0),
        g("HR_OS", SLT, 0.69, 0.49, 0.97),
        g("AE_G3plus", SLT, 38.5),
        g("AE_G3plus", LT, 29.8),
    ],
)

add(
    "blind13-06",
    "meeting abstract (ASCO Annual Meeting), randomised phase 3 interim analysis",
    "ASCO abstract: pts, mo, vs, BID, Q3W, one-sided p, Gr ≥3 TRAEs, Clinical trial information",
    "Background: Combining PD-1 blockade with VEGF inhibition has improved survival in first-line unresectable HCC "
    "(uHCC). We report the interim OS analysis of a phase 3 trial of toripalimab plus bevacizumab vs sorafenib. "
    "Methods: In this randomized, open-label, multicenter phase 3 study, pts with uHCC, Child-Pugh A, ECOG PS 0-1 "
    "and no prior systemic therapy were randomized 1:1 to toripalimab 240 mg plus bevacizumab 15 mg/kg IV Q3W or "
    "sorafenib 400 mg orally BID. Stratification factors were macrovascular invasion and/or extrahepatic spread, AFP "
    "(<400 vs ≥400 ng/mL) and ECOG PS. Primary endpoints were PFS per IRC (RECIST v1.1) and OS. Results: 326 pts were "
    "randomized (toripalimab + bev, n = 162; sorafenib, n = 164); 82.5% had HBV infection. At the interim OS "
    "analysis (median follow-up 16.2 mo), mOS was 20.1 mo (95% CI 16.9-NR) vs 14.3 mo (95% CI 12.0-17.2) (HR 0.73, "
    "95% CI 0.56-0.96; one-sided p=0.012). mPFS per IRC was 5.8 vs 4.0 mo (HR 0.69, 95% CI 0.53-0.89; one-sided "
    "p=0.002). Confirmed ORR was 25.3% vs 6.1%. Gr ≥3 TRAEs occurred in 43.2% vs 37.8% of pts; the most common with "
    "toripalimab + bev were hypertension (10.5%) and proteinuria (4.9%). Subsequent systemic therapy was received by "
    "38.9% and 52.4% of pts. Conclusions: Toripalimab plus bevacizumab significantly improved OS and PFS vs "
    "sorafenib, with a manageable safety profile. Clinical trial information: NCT05517306.",
    [
        g("N", O, 326),
        g("N", TB, 162),
        g("N", SOR, 164),
        g("mOS", TB, 20.1, 16.9, None),
        g("mOS", SOR, 14.3, 12.0, 17.2),
        g("HR_OS", TB, 0.73, 0.56, 0.96),
        g("mPFS", TB, 5.8),
        g("mPFS", SOR, 4.0),
        g("HR_PFS", TB, 0.69, 0.53, 0.89),
        g("ORR", TB, 25.3),
        g("ORR", SOR, 6.1),
        g("TRAE_G3plus", TB, 43.2),
        g("TRAE_G3plus", SOR, 37.8),
    ],
)

add(
    "blind13-07",
    "meeting abstract (ESMO Asia), single-arm phase II",
    "ESMO abstract: pts, mo, DoR, TTP, landmark rates, Clinical trial identification / Legal entity / Funding / "
    "Disclosure trailer",
    "Background: Portal vein tumour thrombus (PVTT) confers a poor prognosis in hepatocellular carcinoma (HCC). We "
    "report the final results of a phase II study of camrelizumab plus donafenib in pts with HCC and PVTT. Methods: "
    "Eligible pts had treatment-naive unresectable HCC with Vp2-Vp4 PVTT, Child-Pugh score ≤7 and ECOG PS 0-1. Pts "
    "received camrelizumab 200 mg IV every 3 weeks plus donafenib 200 mg orally twice daily until progression or "
    "unacceptable toxicity. The primary endpoint was PFS per RECIST v1.1. Results: 47 pts were enrolled between Jun "
    "2021 and Dec 2022; 40.4% had Vp4 PVTT and 36.2% had extrahepatic metastases. With a median follow-up of 17.1 "
    "mo, ORR was 29.8% (95% CI 17.3-44.9) and DCR 76.6%; median DoR was 9.7 mo. Median PFS was 6.3 mo (95% CI "
    "4.7-8.1), median TTP 6.9 mo (95% CI 5.2-8.8) and median OS 15.2 mo (95% CI 11.6-19.4). The 6-mo PFS rate was "
    "52.6% and the 12-mo OS rate 61.3%. Gr ≥3 TRAEs occurred in 38.3% of pts, most commonly hand-foot skin reaction "
    "(12.8%), hypertension (8.5%) and thrombocytopenia (6.4%). Reactive cutaneous capillary endothelial "
    "proliferation of any grade occurred in 27.7% of pts. Two pts (4.3%) discontinued treatment because of TRAEs, "
    "and no treatment-related deaths occurred. Conclusions: Camrelizumab plus donafenib showed encouraging activity "
    "with manageable toxicity in HCC with PVTT, warranting a randomised trial. Clinical trial identification: "
    "NCT05138279. Legal entity responsible for the study: The authors. Funding: Has not received any funding. "
    "Disclosure: All authors have declared no conflicts of interest.",
    [
        g("N", CD, 47),
        g("ORR", CD, 29.8, 17.3, 44.9),
        g("DCR", CD, 76.6),
        g("mDOR", CD, 9.7),
        g("mPFS", CD, 6.3, 4.7, 8.1),
        g("mTTP", CD, 6.9, 5.2, 8.8),
        g("mOS", CD, 15.2, 11.6, 19.4),
        g("PFS_RATE", CD, 52.6),
        g("OS_RATE", CD, 61.3),
        g("TRAE_G3plus", CD, 38.3),
        g("TRAE_DISC", CD, 4.3),
    ],
)

add(
    "blind13-08",
    "meeting abstract (ASCO GI), multicentre retrospective single-agent cohort after immunotherapy",
    "ASCO GI abstract: pts, mo, Gr ≥3 AEs; prior-regimen counts without own results",
    "Background: Ramucirumab is approved for hepatocellular carcinoma (HCC) with alpha-fetoprotein (AFP) ≥400 ng/mL "
    "after sorafenib, but its activity after first-line immune checkpoint inhibitor (ICI) therapy is unclear. "
    "Methods: We retrospectively reviewed pts with AFP ≥400 ng/mL who received ramucirumab 8 mg/kg every 2 weeks "
    "after progression on an ICI-based first-line regimen at nine academic centers in the US and Japan between 2020 "
    "and 2024. Results: 96 pts were identified (median age 67 years; 79.2% male; 64.6% Child-Pugh A; 51.0% with "
    "macrovascular invasion). Prior first-line regimens were atezolizumab plus bevacizumab in 61 pts and durvalumab "
    "plus tremelimumab in 35 pts; ramucirumab was given as second line in 70.8% and as third line or later in "
    "29.2%. ORR was 8.3% and DCR 49.0%. Median PFS was 2.8 mo (95% CI 2.2-3.6) and median OS 7.9 mo (95% CI "
    "6.3-9.8). An AFP decline of ≥20% at 6 weeks occurred in 32.3% of pts and was associated with longer OS (HR "
    "0.47, 95% CI 0.28-0.79). Gr ≥3 AEs occurred in 27.1% of pts, including ascites (7.3%), hypertension (5.2%) and "
    "proteinuria (3.1%); 10.4% of pts discontinued ramucirumab because of treatment-related AEs. Conclusions: In "
    "this real-world cohort, ramucirumab retained modest activity after first-line ICI therapy in pts with high "
    "AFP, and early AFP decline identified those most likely to benefit.",
    [
        g("N", RAM, 96),
        g("ORR", RAM, 8.3),
        g("DCR", RAM, 49.0),
        g("mPFS", RAM, 2.8, 2.2, 3.6),
        g("mOS", RAM, 7.9, 6.3, 9.8),
        g("AE_G3plus", RAM, 27.1),
        g("TRAE_DISC", RAM, 10.4),
    ],
)

# ---------------------------------------------------------------------------------------------------------
# (b) Randomised-trial abstracts (Lancet / Lancet Oncology / JCO style)
# ---------------------------------------------------------------------------------------------------------

add(
    "blind13-09",
    "Lancet Oncology randomised phase 3 (Background/Methods/Findings/Interpretation/Funding)",
    "Lancet Oncol summary: 'Between <date> and <date>, N patients were randomly assigned ... (n=...)', "
    "bare CIs after the first, one-sided p",
    "Background: Lenvatinib is a standard first-line treatment for unresectable hepatocellular carcinoma, and "
    "preclinical data suggest that anti-angiogenic tyrosine-kinase inhibition enhances PD-1 blockade. We aimed to "
    "assess whether adding tislelizumab to lenvatinib improves overall survival. Methods: This randomised, "
    "double-blind, placebo-controlled, phase 3 trial was done at 71 hospitals in mainland China, South Korea and "
    "Taiwan. Eligible patients aged 18 years or older with unresectable hepatocellular carcinoma, Child-Pugh class A "
    "liver function and no previous systemic therapy were randomly assigned (1:1) to tislelizumab 200 mg or matching "
    "placebo intravenously every 3 weeks, each with oral lenvatinib 8 mg or 12 mg once daily according to "
    "bodyweight. The primary endpoint was overall survival in the intention-to-treat population. Findings: Between "
    "Aug 3, 2020, and Nov 30, 2022, 548 patients were randomly assigned to tislelizumab plus lenvatinib (n=275) or "
    "placebo plus lenvatinib (n=273). At the final analysis (median follow-up 27.4 months), median overall survival "
    "was 21.9 months (95% CI 19.3-24.6) with tislelizumab plus lenvatinib and 18.7 months (16.5-20.8) with placebo "
    "plus lenvatinib (hazard ratio [HR] 0.82, 95% CI 0.67-0.99; one-sided p=0.019). Median progression-free survival "
    "was 8.5 months (7.2-9.7) versus 6.9 months (5.6-7.4; HR 0.76, 95% CI 0.63-0.92). Grade 3 or worse "
    "treatment-related adverse events occurred in 51.6% of patients in the tislelizumab group and 45.1% in the "
    "placebo group, most commonly hypertension (16.0% vs 15.0%); two and one treatment-related deaths occurred, "
    "respectively. Interpretation: Adding tislelizumab to lenvatinib significantly prolonged overall survival, "
    "supporting this combination as a first-line option. Funding: National Key Research and Development Program of "
    "China.",
    [
        g("N", O, 548),
        g("N", TL, 275),
        g("N", LP, 273),
        g("mOS", TL, 21.9, 19.3, 24.6),
        g("mOS", LP, 18.7, 16.5, 20.8),
        g("HR_OS", TL, 0.82, 0.67, 0.99),
        g("mPFS", TL, 8.5, 7.2, 9.7),
        g("mPFS", LP, 6.9, 5.6, 7.4),
        g("HR_PFS", TL, 0.76, 0.63, 0.92),
        g("TRAE_G3plus", TL, 51.6),
        g("TRAE_G3plus", LP, 45.1),
    ],
)

add(
    "blind13-10",
    "Lancet randomised phase 3 (Background/Methods/Findings/Interpretation/Funding), TACE add-on",
    "Lancet summary: dual placebo, dual primary endpoints, 24-month PFS rates, immature OS HR, two-sided p",
    "Background: Transarterial chemoembolisation (TACE) is the standard treatment for intermediate-stage "
    "hepatocellular carcinoma, but most patients progress within a year. We assessed whether adding lenvatinib and "
    "pembrolizumab to TACE improves progression-free survival. Methods: In this randomised, double-blind, phase 3 "
    "trial at 118 sites in 21 countries, adults with unresectable, non-metastatic hepatocellular carcinoma eligible "
    "for TACE were randomly assigned (1:1) to lenvatinib 8 mg or 12 mg once daily plus pembrolizumab 400 mg every 6 "
    "weeks, or to dual placebo, each with conventional TACE. Dual primary endpoints were progression-free survival by "
    "blinded independent central review and overall survival. Findings: Between May 26, 2020, and Jan 5, 2022, 480 "
    "patients were randomly assigned to lenvatinib plus pembrolizumab plus TACE (n=237) or placebo plus TACE "
    "(n=243). At the first interim analysis (median follow-up 25.9 months), median progression-free survival was "
    "14.8 months (95% CI 12.9-17.1) in the combination group and 10.2 months (8.4-10.8) in the placebo group (HR "
    "0.68, 95% CI 0.55-0.84; two-sided p=0.0004); 24-month progression-free survival rates were 33.6% and 18.9%. "
    "Overall survival data were immature (HR 0.81, 95% CI 0.61-1.07; p=0.14). Grade 3 or worse treatment-related "
    "adverse events occurred in 69.6% versus 26.3% of patients, most commonly hypertension (19.4% vs 2.1%) and "
    "decreased platelet count; treatment-related deaths occurred in 1.3% and 0.4%. Interpretation: Lenvatinib plus "
    "pembrolizumab with TACE significantly improved progression-free survival in intermediate-stage disease; "
    "follow-up for overall survival continues. Funding: Institutional and cooperative-group grants.",
    [
        g("N", O, 480),
        g("N", PLT, 237),
        g("N", PT, 243),
        g("mPFS", PLT, 14.8, 12.9, 17.1),
        g("mPFS", PT, 10.2, 8.4, 10.8),
        g("HR_PFS", PLT, 0.68, 0.55, 0.84),
        g("PFS_RATE", PLT, 33.6),
        g("PFS_RATE", PT, 18.9),
        g("HR_OS", PLT, 0.81, 0.61, 1.07),
        g("TRAE_G3plus", PLT, 69.6),
        g("TRAE_G3plus", PT, 26.3),
    ],
)

add(
    "blind13-11",
    "Journal of Clinical Oncology randomised phase III (PURPOSE/METHODS/RESULTS/CONCLUSION)",
    "JCO abstract: '95% CI, x to y', 'P = .038', investigator's-choice comparator, DOR with NR bound",
    "PURPOSE: Nivolumab plus ipilimumab has shown durable responses in sorafenib-pretreated hepatocellular carcinoma "
    "(HCC). We compared it with lenvatinib or sorafenib as first-line therapy. METHODS: In this open-label, phase III "
    "trial, adults with unresectable HCC and no prior systemic therapy were randomly assigned 1:1 to nivolumab 1 "
    "mg/kg plus ipilimumab 3 mg/kg every 3 weeks for up to four cycles followed by nivolumab 480 mg every 4 weeks, "
    "or to investigator's choice of lenvatinib or sorafenib. The primary end point was overall survival (OS); "
    "objective response rate (ORR) by blinded independent central review was a key secondary end point. RESULTS: "
    "Overall, 684 patients were randomly assigned (nivolumab plus ipilimumab, n = 341; lenvatinib or sorafenib, n = "
    "343); 86.3% of control patients received lenvatinib. At a median follow-up of 33.1 months, median OS was 22.4 "
    "months (95% CI, 18.9 to 26.7) with nivolumab plus ipilimumab versus 19.6 months (95% CI, 16.8 to 21.9) with "
    "lenvatinib or sorafenib (hazard ratio [HR], 0.84; 95% CI, 0.71 to 0.99; P = .038). ORR was 33.7% versus 12.5%, "
    "and median duration of response was 27.6 months (95% CI, 19.8 to not reached) versus 11.2 months (95% CI, 8.3 "
    "to 14.0). Progression-free survival did not differ significantly between arms. Grade 3-4 treatment-related "
    "adverse events occurred in 39.3% versus 41.4% of treated patients; grade 3-4 immune-mediated adverse events "
    "occurred in 14.7% of patients receiving nivolumab plus ipilimumab, and 22.3% required high-dose "
    "corticosteroids. CONCLUSION: First-line nivolumab plus ipilimumab prolonged OS and produced deep, durable "
    "responses compared with lenvatinib or sorafenib, with a distinct but manageable safety profile.",
    [
        g("N", O, 684),
        g("N", NI, 341),
        g("N", LOS, 343),
        g("mOS", NI, 22.4, 18.9, 26.7),
        g("mOS", LOS, 19.6, 16.8, 21.9),
        g("HR_OS", NI, 0.84, 0.71, 0.99),
        g("ORR", NI, 33.7),
        g("ORR", LOS, 12.5),
        g("mDOR", NI, 27.6, 19.8, None),
        g("mDOR", LOS, 11.2, 8.3, 14.0),
        g("TRAE_G3plus", NI, 39.3),
        g("TRAE_G3plus", LOS, 41.4),
        g("IRAE_G3plus", NI, 14.7),
    ],
)

add(
    "blind13-12",
    "Lancet Oncology three-arm randomised phase 3 (Background/Methods/Findings/Interpretation/Funding)",
    "Lancet Oncol summary: 2:1:1 randomisation, combination vs comparator HRs, monotherapy arm HR vs comparator",
    "Background: Multikinase inhibition may enhance the activity of PD-L1 blockade in hepatocellular carcinoma. We "
    "compared cabozantinib plus atezolizumab with sorafenib as first-line treatment for advanced hepatocellular "
    "carcinoma. Methods: This open-label, randomised, phase 3 trial enrolled adults with advanced hepatocellular "
    "carcinoma not amenable to curative or locoregional therapy, Child-Pugh class A liver function and an ECOG "
    "performance status of 0 or 1 at 172 centres in 31 countries. Patients were randomly assigned (2:1:1) to "
    "cabozantinib 40 mg orally once daily plus atezolizumab 1200 mg intravenously every 3 weeks, sorafenib 400 mg "
    "orally twice daily, or cabozantinib 60 mg orally once daily. Dual primary endpoints were progression-free "
    "survival per RECIST 1.1 by blinded independent review and overall survival, comparing the combination with "
    "sorafenib. Findings: Between Dec 7, 2018, and Aug 27, 2020, 837 patients were randomly assigned to cabozantinib "
    "plus atezolizumab (n=432), sorafenib (n=217) or single-agent cabozantinib (n=188). At the primary analysis "
    "(median follow-up 15.8 months), median progression-free survival was 6.9 months (95% CI 5.6-8.3) with the "
    "combination versus 4.3 months (2.8-5.4) with sorafenib (HR 0.65, 95% CI 0.51-0.83; p=0.0009). At the interim "
    "analysis, median overall survival was 15.6 months (13.7-17.8) versus 15.1 months (12.9-17.6; HR 0.92, 95% CI "
    "0.73-1.17; p=0.47). Single-agent cabozantinib gave a median progression-free survival of 5.7 months (4.1-7.0; "
    "HR vs sorafenib 0.74, 95% CI 0.57-0.96). The most common grade 3 or 4 treatment-related adverse events were "
    "raised transaminases, hypertension and palmar-plantar erythrodysaesthesia; treatment-related deaths occurred in "
    "1.2%, 0.5% and 0.5% of patients. Interpretation: Cabozantinib plus atezolizumab prolonged progression-free "
    "survival but not overall survival versus sorafenib. Funding: Multicentre cooperative-group support.",
    [
        g("N", O, 837),
        g("N", AC, 432),
        g("N", SOR, 217),
        g("N", CABO, 188),
        g("mPFS", AC, 6.9, 5.6, 8.3),
        g("mPFS", SOR, 4.3, 2.8, 5.4),
        g("HR_PFS", AC, 0.65, 0.51, 0.83),
        g("mOS", AC, 15.6, 13.7, 17.8),
        g("mOS", SOR, 15.1, 12.9, 17.6),
        g("HR_OS", AC, 0.92, 0.73, 1.17),
        g("mPFS", CABO, 5.7, 4.1, 7.0),
        g("HR_PFS", CABO, 0.74, 0.57, 0.96),
    ],
)

add(
    "blind13-13",
    "Journal of Clinical Oncology randomised phase II-III (PURPOSE/METHODS/RESULTS/CONCLUSION)",
    "JCO abstract: noninferiority and superiority, 'drug-related grade ≥3 adverse events', dose interruptions",
    "PURPOSE: Donafenib, a deuterated derivative of sorafenib, showed favorable pharmacokinetics in phase I studies. "
    "This trial compared donafenib with sorafenib as first-line therapy for advanced hepatocellular carcinoma (HCC). "
    "METHODS: This open-label, randomized, parallel-controlled, multicenter phase II-III trial enrolled patients with "
    "unresectable or metastatic HCC, a Child-Pugh score of 7 or less and no prior systemic therapy at 37 sites in "
    "China. Patients were randomly assigned 1:1 to donafenib 200 mg or sorafenib 400 mg orally twice daily. The "
    "primary end point was overall survival (OS) in the full analysis set. RESULTS: Between March 2016 and April "
    "2018, 668 patients were randomly assigned (donafenib, n = 336; sorafenib, n = 332). Median OS was 12.3 months "
    "(95% CI, 10.8 to 13.9) with donafenib and 10.4 months (95% CI, 9.1 to 11.7) with sorafenib (hazard ratio [HR], "
    "0.83; 95% CI, 0.70 to 0.99; P = .037), meeting the criteria for both noninferiority and superiority. Median "
    "progression-free survival was 3.7 versus 3.6 months (HR, 0.91; 95% CI, 0.76 to 1.08; P = .27). Drug-related "
    "grade ≥ 3 adverse events occurred in 38.1% and 49.7% of patients (P = .0018), including grade ≥ 3 hand-foot "
    "skin reaction in 5.7% and 12.0%. Dose interruptions because of adverse events were required in 30.4% and 47.0% "
    "of patients. CONCLUSION: Donafenib improved OS over sorafenib with better tolerability and is a potential "
    "first-line option for advanced HCC.",
    [
        g("N", O, 668),
        g("N", DONA, 336),
        g("N", SOR, 332),
        g("mOS", DONA, 12.3, 10.8, 13.9),
        g("mOS", SOR, 10.4, 9.1, 11.7),
        g("HR_OS", DONA, 0.83, 0.70, 0.99),
        g("mPFS", DONA, 3.7),
        g("mPFS", SOR, 3.6),
        g("HR_PFS", DONA, 0.91, 0.76, 1.08),
        g("TRAE_G3plus", DONA, 38.1),
        g("TRAE_G3plus", SOR, 49.7),
    ],
)

# ---------------------------------------------------------------------------------------------------------
# (c) Updated / long-term / final analyses of randomised HCC trials
# ---------------------------------------------------------------------------------------------------------

add(
    "blind13-14",
    "updated analysis of a randomised phase III trial (J Hepatol style: Background & Aims/Methods/Results/"
    "Conclusions)",
    "J Hepatol updated-OS abstract: extended follow-up, 36-month OS rates, descriptive p, subsequent therapy",
    "Background & Aims: In a global phase III trial, atezolizumab plus bevacizumab improved overall survival (OS) and "
    "progression-free survival (PFS) versus sorafenib in unresectable hepatocellular carcinoma (HCC). We report "
    "updated efficacy and safety after extended follow-up. Methods: Patients with unresectable HCC and no prior "
    "systemic therapy were randomised 2:1 to atezolizumab 1,200 mg plus bevacizumab 15 mg/kg every 3 weeks or "
    "sorafenib 400 mg twice daily. This exploratory analysis used a data cut-off 24 months after the primary "
    "analysis. Results: A total of 486 patients were randomised (atezolizumab plus bevacizumab, n = 324; sorafenib, "
    "n = 162). With a median follow-up of 17.9 months, median OS was 19.6 months (95% CI 17.1-23.4) with "
    "atezolizumab plus bevacizumab and 13.1 months (95% CI 10.6-15.8) with sorafenib (HR 0.67, 95% CI 0.53-0.84; "
    "descriptive p <0.001). The estimated 36-month OS rates were 31.6% and 21.9%, respectively. Median PFS was 6.8 "
    "months (95% CI 5.7-8.3) versus 4.2 months (95% CI 3.0-5.5). Confirmed objective response rates per RECIST 1.1 "
    "were 29.3% and 11.1%, with complete responses in 7.7% and 0.6% of patients. Subsequent systemic therapy was "
    "given to 49.1% and 61.7% of patients. No new safety signals emerged, and bleeding events remained consistent "
    "with the primary analysis. Conclusions: With longer follow-up, atezolizumab plus bevacizumab maintained a "
    "clinically meaningful OS benefit over sorafenib, and about one in three patients was alive at 3 years.",
    [
        g("N", O, 486),
        g("N", AB, 324),
        g("N", SOR, 162),
        g("mOS", AB, 19.6, 17.1, 23.4),
        g("mOS", SOR, 13.1, 10.6, 15.8),
        g("HR_OS", AB, 0.67, 0.53, 0.84),
        g("OS_RATE", AB, 31.6),
        g("OS_RATE", SOR, 21.9),
        g("mPFS", AB, 6.8, 5.7, 8.3),
        g("mPFS", SOR, 4.2, 3.0, 5.5),
        g("ORR", AB, 29.3),
        g("ORR", SOR, 11.1),
    ],
)

add(
    "blind13-15",
    "five-year update of a three-arm randomised phase III trial (Background & Aims/Methods/Results/Conclusions)",
    "J Hepatol / Ann Oncol long-term update: three arms, two HRs vs the common comparator, 60-month OS rates, "
    "long-term-survivor subgroup",
    "Background & Aims: In a phase III study in unresectable hepatocellular carcinoma (uHCC), a single priming dose of "
    "tremelimumab plus regular-interval durvalumab (STRIDE) improved overall survival (OS) versus sorafenib, and "
    "durvalumab monotherapy was noninferior to sorafenib. We report an exploratory OS update after 5 years of "
    "follow-up. Methods: Participants with uHCC and no previous systemic treatment were randomised to STRIDE "
    "(tremelimumab 300 mg once plus durvalumab 1,500 mg every 4 weeks), durvalumab 1,500 mg every 4 weeks, or "
    "sorafenib 400 mg twice daily. The updated data cut-off was 1 February 2024. Results: Of 1,158 participants "
    "randomised, 390 received STRIDE, 385 durvalumab and 383 sorafenib. Median follow-up was 60.7 months (STRIDE) and "
    "58.9 months (sorafenib). Median OS was 16.5 months (95% CI 14.1-19.4) with STRIDE, 16.2 months (95% CI "
    "14.0-18.7) with durvalumab and 13.8 months (95% CI 12.2-15.9) with sorafenib. The OS HR was 0.77 (95% CI "
    "0.66-0.90) for STRIDE versus sorafenib and 0.87 (95% CI 0.74-1.02) for durvalumab versus sorafenib. OS rates "
    "at 60 months were 18.9%, 14.3% and 9.1%, respectively. Among 97 long-term survivors with STRIDE (alive ≥48 "
    "months), 55.7% received no subsequent anticancer therapy. Serious treatment-related adverse events with STRIDE "
    "remained at 17.9%, with no new events since the 4-year update. Conclusions: STRIDE sustained a long-term OS "
    "benefit versus sorafenib, with nearly one in five participants alive at 5 years.",
    [
        g("N", O, 1158),
        g("N", DT, 390),
        g("N", DURVA, 385),
        g("N", SOR, 383),
        g("mOS", DT, 16.5, 14.1, 19.4),
        g("mOS", DURVA, 16.2, 14.0, 18.7),
        g("mOS", SOR, 13.8, 12.2, 15.9),
        g("HR_OS", DT, 0.77, 0.66, 0.90),
        g("HR_OS", DURVA, 0.87, 0.74, 1.02),
        g("OS_RATE", DT, 18.9),
        g("OS_RATE", DURVA, 14.3),
        g("OS_RATE", SOR, 9.1),
    ],
)

add(
    "blind13-16",
    "final analysis of a randomised phase III trial (Purpose/Methods/Results/Conclusion)",
    "JCO-type final-analysis abstract: defined group abbreviations LEN-TACE / LEN, 3-year OS rates, conversion "
    "resection",
    "Purpose: A phase III trial of lenvatinib plus transarterial chemoembolization (TACE) versus lenvatinib alone in "
    "advanced hepatocellular carcinoma (HCC) met its primary end point of overall survival (OS) at the interim "
    "analysis. We report the final OS analysis and long-term outcomes. Methods: Patients with treatment-naive "
    "advanced HCC were randomly assigned 1:1 to lenvatinib 8 or 12 mg once daily plus TACE on day 1 after lenvatinib "
    "initiation (LEN-TACE) or to lenvatinib alone (LEN). Results: In total, 338 patients were randomly assigned "
    "(LEN-TACE, n = 170; LEN, n = 168); 57.4% had portal vein tumor thrombus. At the final analysis, after a median "
    "follow-up of 41.6 months, median OS was 28.4 months (95% CI 23.6-33.1) with LEN-TACE and 17.9 months (95% CI "
    "15.2-20.5) with LEN (HR 0.52, 95% CI 0.41-0.66; P < .001). The 3-year OS rates were 37.8% and 17.2%, "
    "respectively. Median progression-free survival was 11.1 months versus 6.5 months (HR 0.45, 95% CI 0.36-0.57; "
    "P < .001). Conversion to surgical resection was achieved in 15.9% of LEN-TACE patients and 2.4% of LEN "
    "patients. Grade 3 or higher adverse events occurred in 68.2% versus 44.6% of patients, mostly transaminase "
    "elevation after TACE (21.8% vs 4.2%); no new safety signals were identified. Conclusion: With long-term "
    "follow-up, LEN-TACE continued to provide a clinically meaningful OS benefit over LEN alone and remains a "
    "first-line option for advanced HCC.",
    [
        g("N", O, 338),
        g("N", LT, 170),
        g("N", LEN, 168),
        g("mOS", LT, 28.4, 23.6, 33.1),
        g("mOS", LEN, 17.9, 15.2, 20.5),
        g("HR_OS", LT, 0.52, 0.41, 0.66),
        g("OS_RATE", LT, 37.8),
        g("OS_RATE", LEN, 17.2),
        g("mPFS", LT, 11.1),
        g("mPFS", LEN, 6.5),
        g("HR_PFS", LT, 0.45, 0.36, 0.57),
        g("AE_G3plus", LT, 68.2),
        g("AE_G3plus", LEN, 44.6),
    ],
)

add(
    "blind13-17",
    "longer-term follow-up of a randomised phase 3 trial (Introduction/Methods/Results/Conclusion)",
    "Liver Cancer longer-term follow-up abstract: 36-month OS rates, ORR with CI, median DOR, subsequent therapy",
    "Introduction: In a randomized, double-blind, phase 3 trial in Asian patients with previously treated advanced "
    "hepatocellular carcinoma (HCC), pembrolizumab significantly prolonged overall survival (OS) versus placebo. We "
    "report outcomes after approximately 3 additional years of follow-up. Methods: Patients with progression on or "
    "intolerance to sorafenib or oxaliplatin-based chemotherapy were randomized 2:1 to pembrolizumab 200 mg or "
    "placebo every 3 weeks for up to 35 cycles. Efficacy was assessed in the intention-to-treat population. Results: "
    "Overall, 446 patients were randomized (pembrolizumab, n = 298; placebo, n = 148). The median time from "
    "randomization to data cutoff was 51.2 months. Median OS was 14.5 months (95% CI 12.4-16.9) with pembrolizumab "
    "and 12.9 months (95% CI 10.5-15.6) with placebo (HR 0.78, 95% CI 0.63-0.97). Estimated 36-month OS rates were "
    "21.4% and 13.2%. The objective response rate was 13.4% (95% CI 9.8-17.7) with pembrolizumab versus 1.4% (95% "
    "CI 0.2-4.8) with placebo, and responses to pembrolizumab lasted a median of 23.9 months. Grade 3 or higher "
    "treatment-related adverse events occurred in 15.1% and 6.8% of patients; no hepatitis B or C flares were "
    "reported. Subsequent anticancer therapy was received by 47.0% and 58.8% of patients. Conclusion: With longer "
    "follow-up, second-line pembrolizumab continued to show an OS benefit and durable responses, with no new safety "
    "signals, in Asian patients with advanced HCC.",
    [
        g("N", O, 446),
        g("N", PEM, 298),
        g("N", PBO, 148),
        g("mOS", PEM, 14.5, 12.4, 16.9),
        g("mOS", PBO, 12.9, 10.5, 15.6),
        g("HR_OS", PEM, 0.78, 0.63, 0.97),
        g("OS_RATE", PEM, 21.4),
        g("OS_RATE", PBO, 13.2),
        g("ORR", PEM, 13.4, 9.8, 17.7),
        g("ORR", PBO, 1.4, 0.2, 4.8),
        g("mDOR", PEM, 23.9),
        g("TRAE_G3plus", PEM, 15.1),
        g("TRAE_G3plus", PBO, 6.8),
    ],
)

# ---------------------------------------------------------------------------------------------------------
# (d) Other GI cancers treated with lexicon agents
# ---------------------------------------------------------------------------------------------------------

add(
    "blind13-18",
    "biliary tract cancer, Lancet randomised phase 3 (Background/Methods/Findings/Interpretation/Funding)",
    "Lancet summary: placebo-controlled add-on to gemcitabine-cisplatin, 24-month OS rate, one-sided p",
    "Background: Gemcitabine and cisplatin is the standard first-line chemotherapy for advanced biliary tract cancer. "
    "We assessed whether adding pembrolizumab improves overall survival. Methods: This randomised, double-blind, "
    "placebo-controlled, phase 3 trial was done at 175 medical centres in 33 countries. Patients aged 18 years or "
    "older with previously untreated, unresectable, locally advanced or metastatic biliary tract cancer were "
    "randomly assigned (1:1) to pembrolizumab 200 mg or placebo every 3 weeks (maximum 35 cycles), plus gemcitabine "
    "1000 mg/m2 and cisplatin 25 mg/m2 on days 1 and 8 every 3 weeks (cisplatin capped at eight cycles). The primary "
    "endpoint was overall survival. Findings: Between Oct 4, 2019, and June 8, 2021, 1,048 patients were randomly "
    "assigned to pembrolizumab plus gemcitabine and cisplatin (n=525) or placebo plus gemcitabine and cisplatin "
    "(n=523). Median follow-up was 25.4 months. Median overall survival was 12.9 months (95% CI 11.5-13.8) with "
    "pembrolizumab plus gemcitabine and cisplatin versus 11.0 months (10.1-12.2) with placebo plus gemcitabine and "
    "cisplatin (HR 0.84, 95% CI 0.73-0.96; one-sided p=0.0049). The 24-month overall survival rate was 25.6% versus "
    "18.2%. Median progression-free survival was 6.6 versus 5.7 months (HR 0.86, 95% CI 0.75-0.99). Grade 3 or "
    "worse treatment-related adverse events occurred in 69.9% versus 69.1% of patients, most frequently neutropenia; "
    "treatment-related deaths occurred in 1.3% and 1.0%. Interpretation: Pembrolizumab plus gemcitabine and "
    "cisplatin significantly improved overall survival without new safety signals and is a new first-line option "
    "for biliary tract cancer. Funding: National cancer research networks.",
    [
        g("N", O, 1048),
        g("N", PCG, 525),
        g("N", CGP, 523),
        g("mOS", PCG, 12.9, 11.5, 13.8),
        g("mOS", CGP, 11.0, 10.1, 12.2),
        g("HR_OS", PCG, 0.84, 0.73, 0.96),
        g("OS_RATE", PCG, 25.6),
        g("OS_RATE", CGP, 18.2),
        g("mPFS", PCG, 6.6),
        g("mPFS", CGP, 5.7),
        g("HR_PFS", PCG, 0.86, 0.75, 0.99),
        g("TRAE_G3plus", PCG, 69.9),
        g("TRAE_G3plus", CGP, 69.1),
    ],
)

add(
    "blind13-19",
    "biliary tract cancer, multicentre real-world single-regimen cohort (Background/Methods/Results/Conclusions)",
    "Structured journal abstract: defined regimen abbreviation GCD, subtype percentages, prognostic HRs",
    "Background: Durvalumab plus gemcitabine and cisplatin (GCD) became the first-line standard for advanced biliary "
    "tract cancer (BTC) after a phase III trial, but data from routine practice remain limited. Methods: We "
    "retrospectively analysed consecutive patients with unresectable or metastatic BTC who started first-line GCD "
    "at eight Korean and Japanese centres between 2022 and 2024. Response was assessed by RECIST 1.1. Results: A "
    "total of 203 patients were included; median age was 68 years (range 39-84), 52.2% had intrahepatic "
    "cholangiocarcinoma, 27.1% gallbladder cancer and 20.7% extrahepatic cholangiocarcinoma, and 13.8% had an ECOG "
    "performance status of 2. After a median follow-up of 14.6 months, the objective response rate was 26.1% and "
    "the disease control rate 80.3%. Median progression-free survival was 7.1 months (95% CI 6.3-8.0) and median "
    "overall survival 13.4 months (95% CI 11.9-15.2); the 12-month overall survival rate was 55.8% (95% CI "
    "48.6-62.4). Grade 3 or higher adverse events occurred in 47.3% of patients, predominantly neutropenia (31.0%) "
    "and anaemia (12.3%), while immune-related adverse events of grade 3 or higher occurred in 3.0%. Durvalumab was "
    "discontinued because of treatment-related adverse events in 2.5% of patients, and biliary complications such "
    "as cholangitis were seen in 16.7%. ECOG performance status 2 (HR 2.08, 95% CI 1.37-3.16) and CA19-9 above 1000 "
    "U/mL (HR 1.61, 95% CI 1.12-2.31) were independently associated with shorter overall survival. Conclusions: "
    "Outcomes of GCD in routine practice were consistent with the pivotal trial, including in patients with "
    "borderline performance status.",
    [
        g("N", DCG, 203),
        g("ORR", DCG, 26.1),
        g("DCR", DCG, 80.3),
        g("mPFS", DCG, 7.1, 6.3, 8.0),
        g("mOS", DCG, 13.4, 11.9, 15.2),
        g("OS_RATE", DCG, 55.8, 48.6, 62.4),
        g("AE_G3plus", DCG, 47.3),
        g("IRAE_G3plus", DCG, 3.0),
        g("TRAE_DISC", DCG, 2.5),
    ],
)

add(
    "blind13-20",
    "gastric / gastro-oesophageal junction cancer, BMJ-type structured randomised phase 3 abstract",
    "BMJ structured abstract: Objective/Design/Setting/Participants/Interventions/Main outcome measures/Results/"
    "Conclusions/Trial registration; '95% CI 13.6 to 16.5'",
    "Objective: To evaluate tislelizumab plus chemotherapy versus placebo plus chemotherapy as first-line treatment "
    "for advanced gastric or gastro-oesophageal junction adenocarcinoma. Design: Randomised, double-blind, "
    "placebo-controlled, phase 3 trial. Setting: 146 centres in 13 countries in Asia, Europe and North America. "
    "Participants: Adults with previously untreated, HER2-negative, locally advanced unresectable or metastatic "
    "gastric or gastro-oesophageal junction adenocarcinoma. Interventions: Tislelizumab 200 mg or placebo every 3 "
    "weeks, combined with investigator's choice of oxaliplatin plus capecitabine or cisplatin plus fluorouracil. "
    "Main outcome measures: Overall survival in all randomised patients; secondary outcomes included "
    "progression-free survival, objective response and safety. Results: 980 patients were randomised: 488 to "
    "tislelizumab plus chemotherapy and 492 to placebo plus chemotherapy; 54.3% had a PD-L1 tumour area positivity "
    "score of 5% or more. Median overall survival was 15.0 months (95% CI 13.6 to 16.5) with tislelizumab plus "
    "chemotherapy and 12.9 months (12.1 to 14.1) with placebo plus chemotherapy (hazard ratio 0.80, 95% CI 0.70 to "
    "0.92; P=0.001). Median progression-free survival was 6.9 versus 6.2 months (hazard ratio 0.78, 95% CI 0.67 to "
    "0.90). Grade 3 or higher treatment related adverse events occurred in 54.1% and 49.8% of patients, and treatment "
    "related adverse events led to discontinuation of any study drug in 13.9% and 8.7%. Conclusions: Adding "
    "tislelizumab to first-line chemotherapy improved overall survival with a manageable safety profile in advanced "
    "gastric or gastro-oesophageal junction adenocarcinoma. Trial registration: ClinicalTrials.gov NCT05201443.",
    [
        g("N", O, 980),
        g("N", TC, 488),
        g("N", CP, 492),
        g("mOS", TC, 15.0, 13.6, 16.5),
        g("mOS", CP, 12.9, 12.1, 14.1),
        g("HR_OS", TC, 0.80, 0.70, 0.92),
        g("mPFS", TC, 6.9),
        g("mPFS", CP, 6.2),
        g("HR_PFS", TC, 0.78, 0.67, 0.90),
        g("TRAE_G3plus", TC, 54.1),
        g("TRAE_G3plus", CP, 49.8),
        g("TRAE_DISC", TC, 13.9),
        g("TRAE_DISC", CP, 8.7),
    ],
)

add(
    "blind13-21",
    "oesophageal squamous cell carcinoma, JAMA Oncology-type structured randomised phase 3 abstract",
    "JAMA structured abstract: Importance/Objective/Design, Setting, and Participants/Interventions/Main Outcomes "
    "and Measures/Results/Conclusions and Relevance; defined abbreviation TP",
    "Importance: Patients with advanced oesophageal squamous cell carcinoma (ESCC) have a poor prognosis with "
    "chemotherapy alone. Objective: To assess toripalimab plus paclitaxel and cisplatin (TP) versus placebo plus TP "
    "as first-line therapy for advanced ESCC. Design, Setting, and Participants: This randomized, double-blind, "
    "placebo-controlled phase 3 trial enrolled patients with untreated, recurrent or metastatic ESCC at 59 hospitals "
    "in China between 2019 and 2021. Interventions: Toripalimab 240 mg or placebo every 3 weeks plus paclitaxel 175 "
    "mg/m2 and cisplatin 75 mg/m2 for up to 6 cycles, followed by toripalimab or placebo maintenance. Main Outcomes "
    "and Measures: Progression-free survival (PFS) by blinded independent central review and overall survival (OS). "
    "Results: A total of 502 patients (median age 63 years; 85.3% men) were randomized: 252 to toripalimab plus TP "
    "and 250 to placebo plus TP. Median PFS was 5.8 months (95% CI 5.6-7.0) versus 5.4 months (95% CI 4.3-5.5) (HR "
    "0.57, 95% CI 0.47-0.70; P < .001), and median OS was 17.3 months (95% CI 14.8-20.6) versus 11.2 months (95% CI "
    "9.9-12.7) (HR 0.61, 95% CI 0.49-0.76; P < .001). The objective response rate was 69.0% versus 52.4%. Grade 3 or "
    "higher adverse events occurred in 73.4% and 70.0% of patients, and fatal adverse events in 3.2% and 2.4%. "
    "Conclusions and Relevance: Adding toripalimab to paclitaxel and cisplatin significantly improved PFS and OS in "
    "advanced ESCC, supporting this combination as a first-line standard.",
    [
        g("N", O, 502),
        g("N", TCP, 252),
        g("N", CPP, 250),
        g("mPFS", TCP, 5.8, 5.6, 7.0),
        g("mPFS", CPP, 5.4, 4.3, 5.5),
        g("HR_PFS", TCP, 0.57, 0.47, 0.70),
        g("mOS", TCP, 17.3, 14.8, 20.6),
        g("mOS", CPP, 11.2, 9.9, 12.7),
        g("HR_OS", TCP, 0.61, 0.49, 0.76),
        g("ORR", TCP, 69.0),
        g("ORR", CPP, 52.4),
        g("AE_G3plus", TCP, 73.4),
        g("AE_G3plus", CPP, 70.0),
    ],
)

add(
    "blind13-22",
    "colorectal cancer, single-arm phase 2 (Background/Methods/Results/Conclusions)",
    "Structured journal abstract: ORR with CI, odds ratio distractor, dosing schedule numbers",
    "Background: Microsatellite-stable (MSS) metastatic colorectal cancer (mCRC) responds poorly to PD-1 blockade "
    "alone, and VEGFR inhibition may reprogramme the immune microenvironment. We evaluated fruquintinib plus "
    "sintilimab in refractory MSS mCRC. Methods: In this single-arm, phase 2 trial, patients with MSS mCRC who had "
    "progressed after at least two lines of standard chemotherapy received fruquintinib 4 mg once daily on days "
    "1-14 of 21-day cycles plus sintilimab 200 mg every 3 weeks. The primary endpoint was the objective response "
    "rate by RECIST 1.1. Results: Between April 2021 and October 2023, 68 patients were enrolled; median age was 57 "
    "years, 61.8% had liver metastases and 42.6% had RAS mutations. At a median follow-up of 18.2 months, the "
    "objective response rate was 20.6% (95% CI 11.7-32.1) and the disease control rate 67.6%. Median "
    "progression-free survival was 5.2 months (95% CI 3.9-6.4) and median overall survival 13.8 months (95% CI "
    "10.5-17.0). Responses were more frequent in patients without liver metastases (odds ratio 4.1, 95% CI "
    "1.3-13.2). Grade 3 or higher treatment-related adverse events occurred in 30.9% of patients, mainly "
    "hypertension (10.3%), palmar-plantar erythrodysaesthesia (7.4%) and proteinuria (4.4%); immune-related adverse "
    "events of grade 3 or higher occurred in 5.9%. Treatment-related adverse events led to discontinuation in 2.9% "
    "of patients. Conclusions: Fruquintinib plus sintilimab showed promising activity with manageable toxicity in "
    "refractory MSS mCRC, particularly in patients without liver metastases.",
    [
        g("N", SF, 68),
        g("ORR", SF, 20.6, 11.7, 32.1),
        g("DCR", SF, 67.6),
        g("mPFS", SF, 5.2, 3.9, 6.4),
        g("mOS", SF, 13.8, 10.5, 17.0),
        g("TRAE_G3plus", SF, 30.9),
        g("IRAE_G3plus", SF, 5.9),
        g("TRAE_DISC", SF, 2.9),
    ],
)


# ---------------------------------------------------------------------------------------------------------
# Checks and output
# ---------------------------------------------------------------------------------------------------------


def load_lexicon():
    agents, regimens = {}, set()
    for line in LEXICON.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        if rec["kind"] == "agent":
            agents[rec["id"]] = rec["rank"]
        else:
            regimens.add(rec["id"])
    return agents, regimens


def arm_ok(arm, agents, regimens):
    if arm == "overall" or arm in regimens or arm in agents:
        return True
    parts = arm.split(" + ")
    if len(parts) < 2 or any(p not in agents for p in parts):
        return False
    return parts == sorted(parts, key=lambda p: (agents[p], p))


NUM = re.compile(r"(?<![\d.])\d+(?:\.\d+)?")


def numbers_in(text):
    t = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", text)
    nums = [float(m) for m in NUM.findall(t)]
    for word, val in SPELLED.items():
        if word in text:
            nums.append(float(val))
    return nums


def check():
    agents, regimens = load_lexicon()
    errors = []
    seen_ids = set()
    for i, row in enumerate(ROWS, 1):
        rid = row["id"]
        if rid != f"blind13-{i:02d}":
            errors.append(f"{rid}: id out of sequence")
        if rid in seen_ids:
            errors.append(f"{rid}: duplicate id")
        seen_ids.add(rid)
        words = len(row["text"].split())
        if not WORDS_MIN <= words <= WORDS_MAX:
            errors.append(f"{rid}: {words} words")
        nums = numbers_in(row["text"])
        keys = set()
        for f in row["gold"]:
            if f["endpoint"] not in ENDPOINTS:
                errors.append(f"{rid}: bad endpoint {f['endpoint']}")
            if not arm_ok(f["arm"], agents, regimens):
                errors.append(f"{rid}: bad arm {f['arm']!r}")
            for k in ("value", "ci_low", "ci_high"):
                v = f[k]
                if v is not None and not any(abs(v - n) < 1e-9 for n in nums):
                    errors.append(f"{rid}: {f['endpoint']} {k}={v} not in text")
            v, lo, hi = f["value"], f["ci_low"], f["ci_high"]
            if v is not None:
                if lo is not None and lo > v:
                    errors.append(f"{rid}: {f['endpoint']} ci_low {lo} > {v}")
                if hi is not None and hi < v:
                    errors.append(f"{rid}: {f['endpoint']} ci_high {hi} < {v}")
            key = (f["endpoint"], f["arm"], f["value"])
            if key in keys:
                errors.append(f"{rid}: duplicate {key}")
            keys.add(key)
    return errors


def review():
    for row in ROWS:
        gold_nums = []
        for f in row["gold"]:
            gold_nums += [x for x in (f["value"], f["ci_low"], f["ci_high"]) if x is not None]
        nums = numbers_in(row["text"])
        other = [n for n in nums if not any(abs(n - gnum) < 1e-9 for gnum in gold_nums)]
        counts = Counter(nums)
        repeated = sorted({gnum for gnum in gold_nums if counts[gnum] > 1})
        print(f"{row['id']}: non-gold numbers {sorted(set(other))}")
        if repeated:
            print(f"    gold numbers occurring more than once: {repeated}")


def main(argv):
    errors = check()
    if errors:
        for e in errors:
            print("ERROR", e)
        return 1
    with OUT.open("w", encoding="utf-8") as fh:
        for row in ROWS:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    findings = [f for row in ROWS for f in row["gold"]]
    per_ep = Counter(f["endpoint"] for f in findings)
    with_ci = sum(1 for f in findings if f["ci_low"] is not None or f["ci_high"] is not None)
    null_hi = sum(1 for f in findings if f["ci_low"] is not None and f["ci_high"] is None)
    null_val = sum(1 for f in findings if f["value"] is None)
    words = [len(row["text"].split()) for row in ROWS]
    print(
        f"rows {len(ROWS)}, gold findings {len(findings)}, with CI {with_ci} (null upper bound {null_hi}), "
        f"null values {null_val}"
    )
    print("per endpoint:", ", ".join(f"{k} {v}" for k, v in per_ep.most_common()))
    print(
        "words per row:",
        " ".join(f"{row['id'][-2:]}:{w}" for row, w in zip(ROWS, words, strict=True)),
    )
    print(f"words min {min(words)} max {max(words)} mean {sum(words) / len(words):.0f}")
    if "--review" in argv:
        review()
    print("sha256", hashlib.sha256(OUT.read_bytes()).hexdigest(), OUT.name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
