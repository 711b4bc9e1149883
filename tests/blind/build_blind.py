"""Source of truth for tests/blind/blind.jsonl (run: python tests/blind/build_blind.py).

Every abstract below was written for this set, in new wording, after reading real abstracts
and conference reports of the same kind (see README.md). Trial names and many published
numbers are real; some numbers are invented. Gold was written with the text, before the
extractor was ever run on it; see README.md for the conventions and the change log.
"""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).with_name("blind.jsonl")

# canonical arm names (project convention: lexicon ids joined by " + ", ordered by rank)
AB = "atezolizumab + bevacizumab"
DT = "durvalumab + tremelimumab"
NI = "nivolumab + ipilimumab"
PLEN = "pembrolizumab + lenvatinib"
LENPBO = "lenvatinib + placebo"
LS = "lenvatinib or sorafenib"
CR = "camrelizumab + rivoceranib"
SB = "sintilimab + bevacizumab"
PC = "pembrolizumab + chemotherapy"
CP = "chemotherapy + placebo"
OV = "overall"


def g(endpoint, arm, value, lo=None, hi=None):
    return {"endpoint": endpoint, "arm": arm, "value": value, "ci_low": lo, "ci_high": hi}


ROWS: list[dict] = []


def add(id_, style, source_style, text, gold):
    ROWS.append(
        {
            "id": f"blind-{id_}",
            "style": style,
            "source_style": source_style,
            "text": text,
            "gold": gold,
        }
    )


# ---------------------------------------------------------------------------------------
add(
    "01",
    "nejm-structured-nsclc",
    "NEJM original article abstract (BACKGROUND/METHODS/RESULTS/CONCLUSIONS), CheckMate 017",
    """Nivolumab versus Docetaxel in Previously Treated Squamous Non-Small-Cell Lung Cancer
BACKGROUND
Few options exist for patients whose squamous non-small-cell lung cancer progresses after platinum-based chemotherapy.
METHODS
In this open-label, international, phase 3 trial, 272 patients were randomly assigned to nivolumab (3 mg per kilogram every 2 weeks) or docetaxel (75 mg per square meter every 3 weeks). Overall survival was the primary end point.
RESULTS
Nivolumab lowered the risk of death by 41% relative to docetaxel (hazard ratio, 0.59; 95% CI, 0.44 to 0.79; P<0.001); median overall survival was 9.2 months (95% CI, 7.3 to 13.3) and 6.0 months (95% CI, 5.1 to 7.3), respectively. One-year survival reached 42% (95% CI, 34 to 50) in the nivolumab group, as against 24% (95% CI, 17 to 31) in the docetaxel group. A response occurred in 20% of nivolumab recipients and in 9% of docetaxel recipients (P=0.008). Median progression-free survival was 3.5 and 2.8 months in the two groups (hazard ratio for progression or death, 0.62; 95% CI, 0.47 to 0.81). Grade 3 or 4 adverse events judged to be treatment-related were seen in 7% of nivolumab-treated patients versus 55% of docetaxel-treated patients.
CONCLUSIONS
Survival, response and progression-free survival all favoured nivolumab.""",
    [
        g("N", OV, 272),
        g("HR_OS", "nivolumab", 0.59, 0.44, 0.79),
        g("mOS", "nivolumab", 9.2, 7.3, 13.3),
        g("mOS", "docetaxel", 6.0, 5.1, 7.3),
        g("OS_RATE", "nivolumab", 42, 34, 50),
        g("OS_RATE", "docetaxel", 24, 17, 31),
        g("ORR", "nivolumab", 20),
        g("ORR", "docetaxel", 9),
        g("mPFS", "nivolumab", 3.5),
        g("mPFS", "docetaxel", 2.8),
        g("HR_PFS", "nivolumab", 0.62, 0.47, 0.81),
        g("TRAE_G3plus", "nivolumab", 7),
        g("TRAE_G3plus", "docetaxel", 55),
    ],
)

add(
    "02",
    "lancet-oncol-middot-negative",
    "Lancet Oncology 'Findings' paragraph with mid-dot decimals, LEAP-002",
    """Lenvatinib plus pembrolizumab versus lenvatinib plus placebo for advanced hepatocellular carcinoma (LEAP-002): a randomised, double-blind, phase 3 trial
Findings Between Dec 31, 2018, and April 30, 2020, 794 patients were enrolled; 395 were allocated lenvatinib plus pembrolizumab and 399 lenvatinib plus placebo. Median follow-up at the final analysis was 32·1 months (IQR 29·3–34·7). Median overall survival was 21·2 months (95% CI 19·0–23·6) in the lenvatinib plus pembrolizumab group and 19·0 months (17·2–21·7) in the lenvatinib plus placebo group (hazard ratio 0·840, 95% CI 0·708–0·997; p=0·023), which did not cross the prespecified efficacy boundary. At the first interim analysis, median progression-free survival was 8·2 months (6·4–8·4) versus 8·0 months (6·3–8·2; HR 0·867, 0·734–1·024; p=0·047). Grade 3 or worse treatment-related adverse events were recorded in 241 (61%) of 395 treated patients in the pembrolizumab group and 224 (56%) of 395 in the placebo group; four (1%) and three (1%) deaths were attributed to treatment.
Interpretation Adding pembrolizumab to lenvatinib did not significantly prolong survival.""",
    [
        g("N", OV, 794),
        g("N", PLEN, 395),
        g("N", LENPBO, 399),
        g("mOS", PLEN, 21.2, 19.0, 23.6),
        g("mOS", LENPBO, 19.0, 17.2, 21.7),
        g("HR_OS", PLEN, 0.84, 0.708, 0.997),
        g("mPFS", PLEN, 8.2, 6.4, 8.4),
        g("mPFS", LENPBO, 8.0, 6.3, 8.2),
        g("HR_PFS", PLEN, 0.867, 0.734, 1.024),
        g("TRAE_G3plus", PLEN, 61),
        g("TRAE_G3plus", LENPBO, 56),
    ],
)

add(
    "03",
    "jco-median-ci-before-values",
    "JCO abstract (PURPOSE/METHODS/RESULTS), 'median (95% CI) OS was x (a to b)' layout, KEYNOTE-394",
    """Pembrolizumab Versus Placebo as Second-Line Therapy in Patients From Asia With Advanced Hepatocellular Carcinoma: A Randomized, Double-Blind, Phase III Trial
PURPOSE To test pembrolizumab after sorafenib or oxaliplatin-based chemotherapy in patients from Asia.
METHODS Patients were randomly assigned 2:1 to pembrolizumab 200 mg once every 3 weeks or placebo, both given with best supportive care, for up to 35 cycles. Overall survival (OS) was the primary end point.
RESULTS Of 453 randomly assigned patients (pembrolizumab, n = 300; placebo, n = 153), the median (95% CI) OS was 14.6 (12.6 to 18.0) months with pembrolizumab versus 13.0 (10.5 to 15.1) months with placebo (HR, 0.79; 95% CI, 0.63 to 0.99; one-sided P = .0180). Progression-free survival also favored pembrolizumab (HR, 0.74; 95% CI, 0.60 to 0.92; P = .0032), with medians of 2.6 and 2.3 months. ORR was 12.7% (95% CI, 9.1 to 17.0) versus 1.3% (95% CI, 0.2 to 4.6). OS rates at 24 months were 34.3% v 24.9%. Grade ≥ 3 treatment-related adverse events occurred in 14.4% v 5.9% of patients, and immune-mediated AEs of grade 3 to 5 in 7.0% of pembrolizumab-treated patients.
CONCLUSION Second-line pembrolizumab prolonged OS in Asian patients.""",
    [
        g("N", OV, 453),
        g("N", "pembrolizumab", 300),
        g("N", "placebo", 153),
        g("mOS", "pembrolizumab", 14.6, 12.6, 18.0),
        g("mOS", "placebo", 13.0, 10.5, 15.1),
        g("HR_OS", "pembrolizumab", 0.79, 0.63, 0.99),
        g("HR_PFS", "pembrolizumab", 0.74, 0.60, 0.92),
        g("mPFS", "pembrolizumab", 2.6),
        g("mPFS", "placebo", 2.3),
        g("ORR", "pembrolizumab", 12.7, 9.1, 17.0),
        g("ORR", "placebo", 1.3, 0.2, 4.6),
        g("OS_RATE", "pembrolizumab", 34.3),
        g("OS_RATE", "placebo", 24.9),
        g("TRAE_G3plus", "pembrolizumab", 14.4),
        g("TRAE_G3plus", "placebo", 5.9),
        g("IRAE_G3plus", "pembrolizumab", 7.0),
    ],
)

add(
    "04",
    "esmo-lba-abbrev-arm-after-value",
    "ESMO/ASCO late-breaking abstract, abbreviations (NIVO, IPI, LEN/SOR), arms in parentheses after values, CheckMate 9DW",
    """LBA Nivolumab (NIVO) + ipilimumab (IPI) vs lenvatinib or sorafenib (LEN/SOR) as first-line (1L) treatment for unresectable hepatocellular carcinoma (uHCC): CheckMate 9DW
Background: NIVO + IPI is approved after sorafenib. Methods: Pts with uHCC, no prior systemic therapy and Child-Pugh 5-6 were randomized 1:1 to NIVO 1 mg/kg + IPI 3 mg/kg Q3W (≤ 4 cycles) followed by NIVO 480 mg Q4W, or to investigator's choice of LEN or SOR. Primary endpoint: OS. Results: Of 668 randomized pts, 335 were assigned NIVO + IPI and 333 LEN/SOR (85% of whom received LEN). At a median follow-up of 35.2 mo, mOS was 23.7 mo (95% CI 18.8–29.4) with NIVO + IPI vs 20.6 mo (17.5–22.5) with LEN/SOR; HR 0.79 (95% CI 0.65–0.96); P = 0.018. 24-mo OS rates: 49% vs 39%. ORR (BICR, RECIST v1.1): 36% vs 13%; CR rate 7% vs 2%; mDOR 30.4 vs 12.9 mo. Gr 3/4 TRAEs: 41% (NIVO + IPI) and 42% (LEN/SOR); TRAEs led to discontinuation in 18% and 10%, respectively. Conclusions: NIVO + IPI is a potential new 1L standard.""",
    [
        g("N", OV, 668),
        g("N", NI, 335),
        g("N", LS, 333),
        g("mOS", NI, 23.7, 18.8, 29.4),
        g("mOS", LS, 20.6, 17.5, 22.5),
        g("HR_OS", NI, 0.79, 0.65, 0.96),
        g("OS_RATE", NI, 49),
        g("OS_RATE", LS, 39),
        g("ORR", NI, 36),
        g("ORR", LS, 13),
        g("mDOR", NI, 30.4),
        g("mDOR", LS, 12.9),
        g("TRAE_G3plus", NI, 41),
        g("TRAE_G3plus", LS, 42),
        g("TRAE_DISC", NI, 18),
        g("TRAE_DISC", LS, 10),
    ],
)

add(
    "05",
    "hepatology-exploratory-safety-subgroups",
    "Hepatology-style exploratory analysis (imAE vs no imAE), HIMALAYA; non-treatment HRs as distractors",
    """Immune-mediated adverse events and survival with tremelimumab plus durvalumab in unresectable hepatocellular carcinoma: an exploratory analysis of HIMALAYA
Background and Aims: Whether immune-mediated adverse events (imAEs) track with survival under STRIDE (Single Tremelimumab Regular Interval Durvalumab) is unknown.
Approach and Results: The safety analysis set comprised 388 participants given STRIDE and 388 given durvalumab monotherapy. imAEs of any grade were reported in 139 of 388 (35.8%) STRIDE recipients and 64 of 388 (16.5%) durvalumab recipients; imAEs of grade 3 or 4 occurred in 12.6% and 6.4%, respectively. Comparing participants with versus without an imAE, the OS hazard ratio was 0.73 (95% CI, 0.56–0.95) with STRIDE and 1.14 (0.82–1.57) with durvalumab. Under STRIDE, the 36-month OS rate was 36.2% (95% CI 28.1–46.7) among participants who had an imAE and 27.7% (22.4–34.2) among those who did not. High-dose corticosteroids were needed by 20.1% of STRIDE recipients.
Conclusions: imAEs did not compromise survival.""",
    [
        g("N", DT, 388),
        g("N", "durvalumab", 388),
        g("IRAE_G3plus", DT, 12.6),
        g("IRAE_G3plus", "durvalumab", 6.4),
        g("OS_RATE", DT, 36.2, 28.1, 46.7),
        g("OS_RATE", DT, 27.7, 22.4, 34.2),
    ],
)

add(
    "06",
    "distractor-heavy-retrospective-2L",
    "J Gastroenterol / Cancers-style real-world cohort: baseline, dose intensity, AE types and subsequent therapy as distractors",
    """Cabozantinib after atezolizumab plus bevacizumab in advanced hepatocellular carcinoma: a multicentre Japanese experience
Aims: To describe cabozantinib outcomes after failure of atezolizumab plus bevacizumab.
Methods: Consecutive patients who started cabozantinib (starting dose 20–60 mg/day) after atezolizumab plus bevacizumab at nine hospitals between 2021 and 2023 were analysed.
Results: Of 71 patients, 62 (87.3%) were men; the median age was 72 years (range 48–89); 40.8% had macrovascular invasion, 56.3% extrahepatic spread and 23.9% Child–Pugh B liver function. Cabozantinib was given as third or later line in 45.1%. The median relative dose intensity was 48.2%. Over a median observation of 8.4 months, the ORR and DCR by RECIST 1.1 were 4.2% and 59.2%. Median PFS and OS were 3.2 months (95% CI 2.6–4.1) and 9.1 months (95% CI 6.8–12.4), respectively. In Child–Pugh A patients with ECOG PS 0–1 (n = 41), median OS was 12.6 months. Grade ≥3 adverse events developed in 47.9%, most often hand–foot skin reaction (11.3%) and proteinuria (8.5%); 16 patients (22.5%) discontinued cabozantinib because of treatment-related toxicity. Post-progression therapy was given to 31.0%.
Conclusion: Cabozantinib is feasible after atezolizumab plus bevacizumab, particularly in patients with preserved liver function.""",
    [
        g("N", "cabozantinib", 71),
        g("ORR", "cabozantinib", 4.2),
        g("DCR", "cabozantinib", 59.2),
        g("mPFS", "cabozantinib", 3.2, 2.6, 4.1),
        g("mOS", "cabozantinib", 9.1, 6.8, 12.4),
        g("N", "cabozantinib", 41),
        g("mOS", "cabozantinib", 12.6),
        g("AE_G3plus", "cabozantinib", 47.9),
        g("TRAE_DISC", "cabozantinib", 22.5),
    ],
)

add(
    "07",
    "asco-singlearm-nr-heavy",
    "ASCO annual meeting abstract, single-arm phase 2, 'NR' and not-estimable CI bounds, PFS/OS rates",
    """Tislelizumab (TIS) plus lenvatinib (LEN) as first-line (1L) treatment of unresectable hepatocellular carcinoma (uHCC): a phase 2, single-arm study
Background: PD-1 blockade with a multikinase inhibitor may improve outcomes in uHCC. Methods: Systemic-naive pts with uHCC (BCLC B/C, Child-Pugh A) received TIS 200 mg IV Q3W plus LEN 8 or 12 mg QD by body weight. Primary endpoint: ORR per RECIST v1.1 by independent review committee (IRC). Results: As of 30 Nov 2022, 64 pts had been dosed (median age 56 y; 87.5% HBV). Median study follow-up was 15.7 mo. ORR by IRC was 38.7% (24/62 efficacy-evaluable pts; 95% CI 26.7–51.9), including 2 CRs; DCR was 90.3%. mDoR was NR. mPFS was 8.2 mo (95% CI 6.9–not estimable) and the 12-mo PFS rate 36.7%. mOS was not reached; the 12-mo OS rate was 84.4%. Grade ≥3 TRAEs occurred in 37.5% of pts, and TRAEs led to discontinuation of either drug in 9.4%. Conclusions: TIS + LEN showed encouraging activity. Clinical trial information: NCT04401800.""",
    [
        g("N", "tislelizumab + lenvatinib", 64),
        g("ORR", "tislelizumab + lenvatinib", 38.7, 26.7, 51.9),
        g("DCR", "tislelizumab + lenvatinib", 90.3),
        g("mDOR", "tislelizumab + lenvatinib", None),
        g("mPFS", "tislelizumab + lenvatinib", 8.2, 6.9, None),
        g("PFS_RATE", "tislelizumab + lenvatinib", 36.7),
        g("mOS", "tislelizumab + lenvatinib", None),
        g("OS_RATE", "tislelizumab + lenvatinib", 84.4),
        g("TRAE_G3plus", "tislelizumab + lenvatinib", 37.5),
        g("TRAE_DISC", "tislelizumab + lenvatinib", 9.4),
    ],
)

add(
    "08",
    "review-multi-trial-reversed-order",
    "Narrative review paragraph summarising several trials; control value given first ('from X to Y')",
    """Immunotherapy and kinase inhibitors after sorafenib: what a decade of second-line trials showed
Second-line checkpoint monotherapy has a mixed record. In KEYNOTE-240, pembrolizumab lengthened median overall survival from 10.6 to 13.9 months compared with placebo, a gain that narrowly missed its significance boundary (hazard ratio 0.781). The Asian KEYNOTE-394 study later confirmed the effect, with median survival of 14.6 months on pembrolizumab against 13.0 months on placebo. Multikinase inhibitors fared better statistically: regorafenib achieved a median of 10.6 months versus 7.8 months with placebo in RESORCE, and cabozantinib 10.2 versus 8.0 months in CELESTIAL, although the objective response rate with cabozantinib was only 4%. Among patients with alpha-fetoprotein of 400 ng/mL or more, ramucirumab reduced the risk of death by 29% in REACH-2 (hazard ratio 0.710).""",
    [
        g("mOS", "placebo", 10.6),
        g("mOS", "pembrolizumab", 13.9),
        g("HR_OS", "pembrolizumab", 0.781),
        g("mOS", "pembrolizumab", 14.6),
        g("mOS", "placebo", 13.0),
        g("mOS", "regorafenib", 10.6),
        g("mOS", "placebo", 7.8),
        g("mOS", "cabozantinib", 10.2),
        g("mOS", "placebo", 8.0),
        g("ORR", "cabozantinib", 4),
        g("HR_OS", "ramucirumab", 0.71),
    ],
)

add(
    "09",
    "subgroup-comma-ci-respectively-pairs",
    "Liver Cancer (Karger) exploratory subgroup abstract: 'HR: 0.63; 95% CI: 0.29, 1.34' and 'A and B were x% and y% with arm1 and z% and w% with arm2, respectively'",
    """Atezolizumab plus bevacizumab versus sorafenib in BCLC stage B hepatocellular carcinoma: an exploratory subgroup analysis of IMbrave150
Introduction: The benefit of first-line atezolizumab + bevacizumab in intermediate-stage disease is not established.
Methods: Patients randomised in IMbrave150 whose disease was BCLC stage B at baseline were analysed.
Results: 73 patients had BCLC stage B disease (atezolizumab + bevacizumab, n = 49; sorafenib, n = 24); median follow-up was 19.7 months. OS and PFS per IRF RECIST 1.1 trended in favour of atezolizumab + bevacizumab (OS: HR: 0.63; 95% CI: 0.29, 1.34; PFS: HR: 0.64; 95% CI: 0.36, 1.12). Median OS was 37.2 months with atezolizumab + bevacizumab and 25.8 months with sorafenib. ORRs per IRF RECIST 1.1 and HCC mRECIST were 43% and 50% with atezolizumab + bevacizumab and 26% and 30% with sorafenib, respectively. Grade 3/4 treatment-related adverse events were reported in 41% and 46% of patients in the two arms.
Conclusion: Benefit in BCLC B was consistent with the overall population.""",
    [
        g("N", OV, 73),
        g("N", AB, 49),
        g("N", "sorafenib", 24),
        g("HR_OS", AB, 0.63, 0.29, 1.34),
        g("HR_PFS", AB, 0.64, 0.36, 1.12),
        g("mOS", AB, 37.2),
        g("mOS", "sorafenib", 25.8),
        g("ORR", AB, 43),
        g("ORR", AB, 50),
        g("ORR", "sorafenib", 26),
        g("ORR", "sorafenib", 30),
        g("TRAE_G3plus", AB, 41),
        g("TRAE_G3plus", "sorafenib", 46),
    ],
)

add(
    "10",
    "ctgov-results-record",
    "ClinicalTrials.gov posted results (participant flow, outcome measures, 'percentage of participants', NA upper bound), RATIONALE-301",
    """Results: A Study of Tislelizumab (BGB-A317) Versus Sorafenib in Participants With Unresectable Hepatocellular Carcinoma (NCT03412773)
Participant Flow. Started: Tislelizumab 342; Sorafenib 332.
Primary Outcome Measure: Overall Survival (OS). Time Frame: from randomization to death from any cause, up to approximately 4.5 years. Tislelizumab: median 15.9 months (95% Confidence Interval 13.2 to 19.7). Sorafenib: median 14.1 months (95% Confidence Interval 12.6 to 17.4). Statistical analysis: Hazard Ratio (Tislelizumab/Sorafenib) 0.85, 95.003% Confidence Interval 0.71 to 1.02.
Secondary Outcome Measure: Objective Response Rate (ORR) assessed by Blinded Independent Review Committee. Tislelizumab: 14.3 percentage of participants (95% CI 10.8 to 18.5). Sorafenib: 5.4 percentage of participants (95% CI 3.2 to 8.4).
Secondary Outcome Measure: Progression-free Survival by BIRC. Median (95% CI), months. Tislelizumab: 2.1 (2.1 to 3.5). Sorafenib: 3.4 (2.2 to 4.1).
Secondary Outcome Measure: Duration of Response. Median (95% CI), months. Tislelizumab: 36.1 (16.8 to NA). Sorafenib: 11.0 (6.2 to 14.7).
Adverse Events: participants with grade 3 or higher treatment-related adverse events: Tislelizumab 22.2%; Sorafenib 53.4%.""",
    [
        g("N", "tislelizumab", 342),
        g("N", "sorafenib", 332),
        g("mOS", "tislelizumab", 15.9, 13.2, 19.7),
        g("mOS", "sorafenib", 14.1, 12.6, 17.4),
        g("HR_OS", "tislelizumab", 0.85, 0.71, 1.02),
        g("ORR", "tislelizumab", 14.3, 10.8, 18.5),
        g("ORR", "sorafenib", 5.4, 3.2, 8.4),
        g("mPFS", "tislelizumab", 2.1, 2.1, 3.5),
        g("mPFS", "sorafenib", 3.4, 2.2, 4.1),
        g("mDOR", "tislelizumab", 36.1, 16.8, None),
        g("mDOR", "sorafenib", 11.0, 6.2, 14.7),
        g("TRAE_G3plus", "tislelizumab", 22.2),
        g("TRAE_G3plus", "sorafenib", 53.4),
    ],
)

add(
    "11",
    "lancet-gastric-middot-bracket-ci",
    "Lancet 'Findings' with '(median 9·6 months [95% CI 8·5–10·8] vs 7·4 months [6·3–8·4]; HR ...)', RAINBOW gastric",
    """Ramucirumab plus paclitaxel versus placebo plus paclitaxel in patients with previously treated advanced gastric or gastro-oesophageal junction adenocarcinoma (RAINBOW): a double-blind, randomised phase 3 trial
Findings Between Dec 23, 2010, and Sept 23, 2012, 665 patients were randomly assigned, 330 to ramucirumab plus paclitaxel and 335 to placebo plus paclitaxel. Overall survival was significantly longer in the ramucirumab plus paclitaxel group (median 9·6 months [95% CI 8·5–10·8] vs 7·4 months [6·3–8·4]; HR 0·807 [95% CI 0·678–0·962]; p=0·0169). Median progression-free survival was 4·4 months versus 2·9 months (HR 0·635, 0·536–0·752; p<0·0001), objective responses occurred in 28% and 16% of patients, and disease control was achieved in 80% versus 64%. Neutropenia (41% vs 19%), leucopenia (18% vs 7%) and hypertension (14% vs 2%) were the grade 3 or worse events seen more often with ramucirumab.
Interpretation Ramucirumab plus paclitaxel is a new second-line standard.""",
    [
        g("N", OV, 665),
        g("N", "ramucirumab + paclitaxel", 330),
        g("N", "paclitaxel + placebo", 335),
        g("mOS", "ramucirumab + paclitaxel", 9.6, 8.5, 10.8),
        g("mOS", "paclitaxel + placebo", 7.4, 6.3, 8.4),
        g("HR_OS", "ramucirumab + paclitaxel", 0.807, 0.678, 0.962),
        g("mPFS", "ramucirumab + paclitaxel", 4.4),
        g("mPFS", "paclitaxel + placebo", 2.9),
        g("HR_PFS", "ramucirumab + paclitaxel", 0.635, 0.536, 0.752),
        g("ORR", "ramucirumab + paclitaxel", 28),
        g("ORR", "paclitaxel + placebo", 16),
        g("DCR", "ramucirumab + paclitaxel", 80),
        g("DCR", "paclitaxel + placebo", 64),
    ],
)

add(
    "12",
    "jco-three-arm-list-values",
    "JCO long-term update, three arms, values listed 'x, y, and z months in the three groups, respectively', CheckMate 067",
    """Long-Term Outcomes With Nivolumab Plus Ipilimumab or Nivolumab Alone Versus Ipilimumab in Patients With Advanced Melanoma
PURPOSE We report 6.5-year outcomes of CheckMate 067.
PATIENTS AND METHODS Previously untreated patients with unresectable stage III or IV melanoma were randomly assigned 1:1:1 to nivolumab plus ipilimumab (n = 314), nivolumab (n = 316), or ipilimumab (n = 315).
RESULTS At a minimum follow-up of 6.5 years, median OS was 72.1, 36.9, and 19.9 months in the three groups, respectively. Versus ipilimumab, the hazard ratio for death was 0.52 (95% CI, 0.43 to 0.64) for the combination and 0.63 (95% CI, 0.52 to 0.76) for nivolumab alone. OS rates at 6.5 years were 49%, 42%, and 23%, and median PFS was 11.5, 6.9, and 2.9 months. Treatment-related adverse events of grade 3 or 4 had occurred in 59%, 24%, and 28% of treated patients; no new treatment-related deaths were reported since the previous update.
CONCLUSION Durable survival benefit was maintained.""",
    [
        g("N", NI, 314),
        g("N", "nivolumab", 316),
        g("N", "ipilimumab", 315),
        g("mOS", NI, 72.1),
        g("mOS", "nivolumab", 36.9),
        g("mOS", "ipilimumab", 19.9),
        g("HR_OS", NI, 0.52, 0.43, 0.64),
        g("HR_OS", "nivolumab", 0.63, 0.52, 0.76),
        g("OS_RATE", NI, 49),
        g("OS_RATE", "nivolumab", 42),
        g("OS_RATE", "ipilimumab", 23),
        g("mPFS", NI, 11.5),
        g("mPFS", "nivolumab", 6.9),
        g("mPFS", "ipilimumab", 2.9),
        g("TRAE_G3plus", NI, 59),
        g("TRAE_G3plus", "nivolumab", 24),
        g("TRAE_G3plus", "ipilimumab", 28),
    ],
)

add(
    "13",
    "esmo-open-rcc-nested-parens",
    "ESMO Open / Annals RCC update: 'ORR (95% CI) was 56% (50% to 62%)', 'any grade (grade ≥3) ... 97% (67%)', abbreviations NIVO + CABO / SUN, CheckMate 9ER",
    """Nivolumab plus cabozantinib versus sunitinib for previously untreated advanced renal cell carcinoma: updated efficacy and safety from CheckMate 9ER
Patients and methods: Patients received nivolumab 240 mg every 2 weeks plus cabozantinib 40 mg daily (NIVO + CABO) or sunitinib 50 mg daily for 4 weeks of each 6-week cycle (SUN).
Results: Overall, 323 patients were randomised to NIVO + CABO and 328 to SUN. After a median survival follow-up of 44.0 months, median PFS favoured NIVO + CABO (16.6 versus 8.4 months; HR 0.59; 95% CI 0.49-0.71), as did median OS (49.5 versus 35.5 months; HR 0.70; 95% CI 0.56-0.87). ORR (95% CI) was 56% (50% to 62%) with NIVO + CABO versus 28% (23% to 33%) with SUN; complete responses were seen in 13% versus 5%, and median duration of response was 22.1 versus 16.1 months. Treatment-related adverse events of any grade (grade ≥3) occurred in 97% (67%) of NIVO + CABO-treated and 93% (55%) of SUN-treated patients.
Conclusions: NIVO + CABO maintained superior efficacy.""",
    [
        g("N", "nivolumab + cabozantinib", 323),
        g("N", "sunitinib", 328),
        g("mPFS", "nivolumab + cabozantinib", 16.6),
        g("mPFS", "sunitinib", 8.4),
        g("HR_PFS", "nivolumab + cabozantinib", 0.59, 0.49, 0.71),
        g("mOS", "nivolumab + cabozantinib", 49.5),
        g("mOS", "sunitinib", 35.5),
        g("HR_OS", "nivolumab + cabozantinib", 0.70, 0.56, 0.87),
        g("ORR", "nivolumab + cabozantinib", 56, 50, 62),
        g("ORR", "sunitinib", 28, 23, 33),
        g("mDOR", "nivolumab + cabozantinib", 22.1),
        g("mDOR", "sunitinib", 16.1),
        g("TRAE_G3plus", "nivolumab + cabozantinib", 67),
        g("TRAE_G3plus", "sunitinib", 55),
    ],
)

add(
    "14",
    "poster-label-first-three-arms",
    "ASCO GI poster-style abstract: label-first lists ('ORR: LEN 16.2%, SOR 5.3%, CABO 8.3%'), three arms, HR for one pairwise comparison",
    """Second-line multikinase inhibitors after atezolizumab-bevacizumab: an international real-world registry
Background: The best 2L agent after 1L atezo/bev is unknown. Methods: Pts with uHCC treated with 2L lenvatinib (LEN, n=74), sorafenib (SOR, n=38) or cabozantinib (CABO, n=24) after 1L atezo/bev at 14 centres. Results: Median age 67 y; Child-Pugh A 79%; median 1L duration 6.1 mo. ORR: LEN 16.2%, SOR 5.3%, CABO 8.3%. DCR: LEN 70.3%, SOR 47.4%, CABO 58.3%. mPFS (mo): LEN 4.1 (95% CI 3.2-5.0), SOR 2.5 (95% CI 1.9-3.1), CABO 3.3 (95% CI 2.0-4.6). mOS (mo): LEN 12.1, SOR 8.9, CABO 9.6. LEN vs SOR: HR for PFS 0.58 (95% CI 0.37-0.90); HR for OS 0.71 (95% CI 0.44-1.15). Grade ≥3 AEs (LEN, SOR, CABO): 31.1%, 28.9%, 29.2%. Conclusions: LEN gave the most favourable outcomes.""",
    [
        g("N", "lenvatinib", 74),
        g("N", "sorafenib", 38),
        g("N", "cabozantinib", 24),
        g("ORR", "lenvatinib", 16.2),
        g("ORR", "sorafenib", 5.3),
        g("ORR", "cabozantinib", 8.3),
        g("DCR", "lenvatinib", 70.3),
        g("DCR", "sorafenib", 47.4),
        g("DCR", "cabozantinib", 58.3),
        g("mPFS", "lenvatinib", 4.1, 3.2, 5.0),
        g("mPFS", "sorafenib", 2.5, 1.9, 3.1),
        g("mPFS", "cabozantinib", 3.3, 2.0, 4.6),
        g("mOS", "lenvatinib", 12.1),
        g("mOS", "sorafenib", 8.9),
        g("mOS", "cabozantinib", 9.6),
        g("HR_PFS", "lenvatinib", 0.58, 0.37, 0.90),
        g("HR_OS", "lenvatinib", 0.71, 0.44, 1.15),
        g("AE_G3plus", "lenvatinib", 31.1),
        g("AE_G3plus", "sorafenib", 28.9),
        g("AE_G3plus", "cabozantinib", 29.2),
    ],
)

add(
    "15",
    "jama-oncol-80ci-reversed-ae-order",
    "JAMA Oncology abstract (IMPORTANCE/DESIGN, SETTING, AND PARTICIPANTS/INTERVENTIONS/RESULTS), 80% CI, AE sentence lists control arm first, GO30140 arm F",
    """Atezolizumab With or Without Bevacizumab in Unresectable Hepatocellular Carcinoma: A Randomized Phase 1b Cohort
IMPORTANCE The contribution of bevacizumab to atezolizumab in hepatocellular carcinoma (HCC) is unclear.
DESIGN, SETTING, AND PARTICIPANTS This open-label, multicenter phase 1b study enrolled patients with unresectable HCC and no prior systemic therapy in Japan, South Korea, Taiwan, and the US; in arm F, 119 patients were randomized 1:1.
INTERVENTIONS Atezolizumab, 1200 mg, plus bevacizumab, 15 mg/kg, every 3 weeks (n = 60) or atezolizumab monotherapy (n = 59).
MAIN OUTCOMES AND MEASURES The primary end point was progression-free survival (PFS) per independent review.
RESULTS Median age was 62 years (range, 28-82 years), and 99 patients (83.2%) were men. Median PFS was 5.6 months (95% CI, 3.6-7.4) with atezolizumab plus bevacizumab and 3.4 months (95% CI, 1.9-5.2) with atezolizumab alone (HR, 0.55; 80% CI, 0.40-0.74; P = .011). Confirmed objective responses occurred in 20% and 17% of patients, respectively. Grade 3 or 4 treatment-related adverse events were reported in 5 of 59 patients (8%) receiving monotherapy and in 12 of 60 (20%) receiving the combination.
CONCLUSIONS AND RELEVANCE Adding bevacizumab prolonged PFS.""",
    [
        g("N", OV, 119),
        g("N", AB, 60),
        g("N", "atezolizumab", 59),
        g("mPFS", AB, 5.6, 3.6, 7.4),
        g("mPFS", "atezolizumab", 3.4, 1.9, 5.2),
        g("HR_PFS", AB, 0.55, 0.40, 0.74),
        g("ORR", AB, 20),
        g("ORR", "atezolizumab", 17),
        g("TRAE_G3plus", "atezolizumab", 8),
        g("TRAE_G3plus", AB, 20),
    ],
)

add(
    "16",
    "jco-itt-and-per-protocol",
    "JCO phase III abstract with ITT and per-protocol results, 'v' separator, combined abbreviation LEN-TACE, LAUNCH",
    """Lenvatinib Plus Transarterial Chemoembolization Versus Lenvatinib Alone as First-Line Treatment for Advanced Hepatocellular Carcinoma (LAUNCH): A Multicenter, Randomized, Phase III Trial
PURPOSE To assess whether adding TACE to lenvatinib improves survival in advanced HCC.
METHODS Patients were randomly assigned 1:1 to lenvatinib plus TACE (LEN-TACE) or lenvatinib alone (LEN). The primary end point was overall survival (OS).
RESULTS In total, 338 patients underwent randomization (LEN-TACE, n = 170; LEN, n = 168). In the intention-to-treat population, median OS was 17.8 months with LEN-TACE and 11.5 months with LEN (HR, 0.45; 95% CI, 0.33 to 0.61; P < .001), and median progression-free survival was 10.6 v 6.4 months (HR, 0.43; 95% CI, 0.34 to 0.55; P < .001). In the per-protocol population, median OS was 18.6 v 11.4 months (HR, 0.42; 95% CI, 0.30 to 0.58). The objective response rate per mRECIST was 54.1% with LEN-TACE and 25.0% with LEN (P < .001). Grade 3-4 adverse events, mostly raised aminotransferases, occurred in 56.5% v 44.6% of patients.
CONCLUSION LEN-TACE is a first-line option for advanced HCC.""",
    [
        g("N", OV, 338),
        g("N", "lenvatinib + tace", 170),
        g("N", "lenvatinib", 168),
        g("mOS", "lenvatinib + tace", 17.8),
        g("mOS", "lenvatinib", 11.5),
        g("HR_OS", "lenvatinib + tace", 0.45, 0.33, 0.61),
        g("mPFS", "lenvatinib + tace", 10.6),
        g("mPFS", "lenvatinib", 6.4),
        g("HR_PFS", "lenvatinib + tace", 0.43, 0.34, 0.55),
        g("mOS", "lenvatinib + tace", 18.6),
        g("mOS", "lenvatinib", 11.4),
        g("HR_OS", "lenvatinib + tace", 0.42, 0.30, 0.58),
        g("ORR", "lenvatinib + tace", 54.1),
        g("ORR", "lenvatinib", 25.0),
        g("AE_G3plus", "lenvatinib + tace", 56.5),
        g("AE_G3plus", "lenvatinib", 44.6),
    ],
)

add(
    "17",
    "lancet-oncol-not-reached-ci",
    "Lancet Oncology 'Findings' with 'not reached (95% CI not reached–not reached)', stratified HR, ORIENT-32",
    """Sintilimab plus a bevacizumab biosimilar (IBI305) versus sorafenib in unresectable hepatocellular carcinoma (ORIENT-32): a randomised, open-label, phase 2–3 study
Findings Between Feb 11, 2019, and Jan 15, 2020, 571 participants were randomly assigned (380 to sintilimab–bevacizumab biosimilar and 191 to sorafenib). At data cutoff, median follow-up was 10·0 months (IQR 8·5–11·7) in the sintilimab–bevacizumab biosimilar group and 10·0 months (8·4–11·7) in the sorafenib group. Median overall survival was not reached (95% CI not reached–not reached) with sintilimab–bevacizumab biosimilar and was 10·4 months (8·5–not reached) with sorafenib (HR 0·57, 95% CI 0·43–0·75; p<0·0001). Median progression-free survival was 4·6 months (4·1–5·7) versus 2·8 months (2·7–3·2; stratified HR 0·56, 0·46–0·70; p<0·0001). Objective responses, all partial, occurred in 21% versus 4% of patients. Hypertension (14% vs 6%) and palmar-plantar erythrodysaesthesia (<1% vs 12%) were the most frequent grade 3–4 treatment-related adverse events; grade 3–4 treatment-related adverse events overall occurred in 34% and 36% of patients, respectively.
Interpretation Sintilimab plus IBI305 is a first-line option for HBV-associated disease.""",
    [
        g("N", OV, 571),
        g("N", SB, 380),
        g("N", "sorafenib", 191),
        g("mOS", SB, None),
        g("mOS", "sorafenib", 10.4, 8.5, None),
        g("HR_OS", SB, 0.57, 0.43, 0.75),
        g("mPFS", SB, 4.6, 4.1, 5.7),
        g("mPFS", "sorafenib", 2.8, 2.7, 3.2),
        g("HR_PFS", SB, 0.56, 0.46, 0.70),
        g("ORR", SB, 21),
        g("ORR", "sorafenib", 4),
        g("TRAE_G3plus", SB, 34),
        g("TRAE_G3plus", "sorafenib", 36),
    ],
)

add(
    "18",
    "lancet-landmark-multi-timepoint",
    "Lancet Oncology final analysis: landmark OS rates at three timepoints in one sentence, CARES-310",
    """Camrelizumab plus rivoceranib versus sorafenib as first-line therapy for unresectable hepatocellular carcinoma (CARES-310): final overall survival analysis of a randomised, open-label, international phase 3 study
Findings At the final analysis (data cutoff June 14, 2023), 351 deaths had occurred among the 543 randomised patients. Median overall survival was 23·8 months (95% CI 20·6–27·2) for camrelizumab–rivoceranib and 15·2 months (13·2–18·5) for sorafenib (HR 0·64, 0·52–0·79; one-sided p<0·0001). Landmark overall survival rates at 12, 24 and 36 months were 77%, 49% and 38% with camrelizumab–rivoceranib, compared with 61%, 33% and 25% with sorafenib. Median progression-free survival was 5·6 months (5·5–7·4) and 3·7 months (3·1–3·7), respectively (HR 0·54, 0·44–0·67). The objective response rate by blinded independent review was 26% in the camrelizumab–rivoceranib group and 6% in the sorafenib group; disease control rates were 78% and 54%. Subsequent anticancer therapy was received by 49% and 59% of patients.
Interpretation The survival benefit was maintained at the final analysis.""",
    [
        g("N", OV, 543),
        g("mOS", CR, 23.8, 20.6, 27.2),
        g("mOS", "sorafenib", 15.2, 13.2, 18.5),
        g("HR_OS", CR, 0.64, 0.52, 0.79),
        g("OS_RATE", CR, 77),
        g("OS_RATE", CR, 49),
        g("OS_RATE", CR, 38),
        g("OS_RATE", "sorafenib", 61),
        g("OS_RATE", "sorafenib", 33),
        g("OS_RATE", "sorafenib", 25),
        g("mPFS", CR, 5.6, 5.5, 7.4),
        g("mPFS", "sorafenib", 3.7, 3.1, 3.7),
        g("HR_PFS", CR, 0.54, 0.44, 0.67),
        g("ORR", CR, 26),
        g("ORR", "sorafenib", 6),
        g("DCR", CR, 78),
        g("DCR", "sorafenib", 54),
    ],
)

add(
    "19",
    "jco-interim-and-final-back-reference",
    "JCO abstract with interim and final PFS, follow-up numbers equal to a result value, AE then 'of these, treatment-related ...' back-reference, KEYNOTE-240",
    """Pembrolizumab As Second-Line Therapy in Patients With Advanced Hepatocellular Carcinoma in KEYNOTE-240: A Randomized, Double-Blind, Phase III Trial
RESULTS Between May 2016 and November 2017, 413 patients were randomly assigned (278 to pembrolizumab and 135 to placebo). With a median follow-up of 13.8 months for pembrolizumab and 10.6 months for placebo, median OS was 13.9 months (95% CI, 11.6 to 16.0) versus 10.6 months (95% CI, 8.3 to 13.5) (hazard ratio [HR], 0.781; 95% CI, 0.611 to 0.998; P = .0238). Median PFS was 3.0 months for pembrolizumab and 2.8 months for placebo at the first interim analysis (HR, 0.775; 95% CI, 0.609 to 0.987; P = .0186), and 3.0 v 2.8 months at the final analysis (HR, 0.718; 95% CI, 0.570 to 0.904; P = .0022). Adverse events of grade 3 or higher were reported in 147 (52.7%) patients given pembrolizumab and 62 (46.3%) given placebo; of these, treatment-related events accounted for 52 (18.6%) and 10 (7.5%) patients.
CONCLUSION Neither OS nor PFS met the prespecified significance thresholds.""",
    [
        g("N", OV, 413),
        g("N", "pembrolizumab", 278),
        g("N", "placebo", 135),
        g("mOS", "pembrolizumab", 13.9, 11.6, 16.0),
        g("mOS", "placebo", 10.6, 8.3, 13.5),
        g("HR_OS", "pembrolizumab", 0.781, 0.611, 0.998),
        g("mPFS", "pembrolizumab", 3.0),
        g("mPFS", "placebo", 2.8),
        g("HR_PFS", "pembrolizumab", 0.775, 0.609, 0.987),
        g("mPFS", "pembrolizumab", 3.0),
        g("mPFS", "placebo", 2.8),
        g("HR_PFS", "pembrolizumab", 0.718, 0.570, 0.904),
        g("AE_G3plus", "pembrolizumab", 52.7),
        g("AE_G3plus", "placebo", 46.3),
        g("TRAE_G3plus", "pembrolizumab", 18.6),
        g("TRAE_G3plus", "placebo", 7.5),
    ],
)

add(
    "20",
    "jhep-subpopulation-hr-first",
    "Liver Cancer / J Hepatol subpopulation abstract: HR stated before medians, 'survival rates at 18 months', AE of any attribution, IMbrave150 China",
    """Atezolizumab plus bevacizumab versus sorafenib in the China subpopulation of IMbrave150
Background: We report outcomes of patients enrolled in mainland China, Hong Kong and Taiwan.
Results: The China subpopulation comprised 194 patients (atezolizumab + bevacizumab, n = 133; sorafenib, n = 61). With a median follow-up of 15.9 months, median OS was 24.0 months with atezolizumab + bevacizumab vs. 11.4 months with sorafenib (HR 0.53; 95% CI 0.35–0.80). The PFS HR was 0.64 (95% CI 0.45–0.91), median PFS being 5.7 vs. 3.2 months. Confirmed ORR per RECIST 1.1 was 25% vs. 7%; per HCC mRECIST it reached 31% vs. 11%. Survival rates at 18 months were 57% vs. 32%. Grade 3–4 adverse events of any attribution affected 60% of combination-treated and 42% of sorafenib-treated patients.
Conclusions: Benefit in Chinese patients was at least as large as in the global population.""",
    [
        g("N", OV, 194),
        g("N", AB, 133),
        g("N", "sorafenib", 61),
        g("mOS", AB, 24.0),
        g("mOS", "sorafenib", 11.4),
        g("HR_OS", AB, 0.53, 0.35, 0.80),
        g("HR_PFS", AB, 0.64, 0.45, 0.91),
        g("mPFS", AB, 5.7),
        g("mPFS", "sorafenib", 3.2),
        g("ORR", AB, 25),
        g("ORR", "sorafenib", 7),
        g("ORR", AB, 31),
        g("ORR", "sorafenib", 11),
        g("OS_RATE", AB, 57),
        g("OS_RATE", "sorafenib", 32),
        g("AE_G3plus", AB, 60),
        g("AE_G3plus", "sorafenib", 42),
    ],
)

add(
    "21",
    "news-report-conference",
    "Oncology news site conference report (OncLive/ASCO Post style): 'respective rates', 'the doublet', 'controls', quote marks, CheckMate 9DW 4-year",
    """Frontline nivolumab/ipilimumab keeps its survival edge in unresectable HCC at 4 years
Four-year data from the phase 3 CheckMate 9DW study, presented at the Gastrointestinal Cancers Symposium, continue to favour the dual checkpoint combination over tyrosine kinase inhibitors. At a median follow-up of 52.5 months, patients given nivolumab plus ipilimumab (n = 335) had a median overall survival of 23.7 months (95% CI, 18.8-29.4), compared with 20.6 months (95% CI, 17.7-22.5) for those assigned lenvatinib or sorafenib (n = 333; HR, 0.78; 95% CI, 0.65-0.93). Survival rates in the investigational arm were 50% at 24 months, 39% at 36 months and 31% at 48 months; the respective rates with the tyrosine kinase inhibitors were 39%, 25% and 18%. Responses were seen in 36% of patients treated with the doublet versus 13% of controls, with median durations of 34.3 months (95% CI, 22.6-47.7) and 12.9 months (95% CI, 10.2-33.9). Grade 3/4 TRAEs were reported in 41% of patients on the doublet, and any-grade immune-mediated hepatitis in 19%. "These data support the combination as a standard of care," the presenting author said.""",
    [
        g("N", NI, 335),
        g("N", LS, 333),
        g("mOS", NI, 23.7, 18.8, 29.4),
        g("mOS", LS, 20.6, 17.7, 22.5),
        g("HR_OS", NI, 0.78, 0.65, 0.93),
        g("OS_RATE", NI, 50),
        g("OS_RATE", NI, 39),
        g("OS_RATE", NI, 31),
        g("OS_RATE", LS, 39),
        g("OS_RATE", LS, 25),
        g("OS_RATE", LS, 18),
        g("ORR", NI, 36),
        g("ORR", LS, 13),
        g("mDOR", NI, 34.3, 22.6, 47.7),
        g("mDOR", LS, 12.9, 10.2, 33.9),
        g("TRAE_G3plus", NI, 41),
    ],
)

add(
    "22",
    "nejm-breast-biomarker-subgroups",
    "NEJM abstract with three nested populations (CPS ≥10, CPS ≥1, ITT) and 'corresponding medians', KEYNOTE-355 breast",
    """Pembrolizumab plus Chemotherapy in Advanced Triple-Negative Breast Cancer
METHODS We randomly assigned patients with previously untreated locally recurrent inoperable or metastatic triple-negative breast cancer, in a 2:1 ratio, to pembrolizumab (200 mg every 3 weeks) plus the investigator's choice of chemotherapy or to placebo plus chemotherapy.
RESULTS Of 847 randomized patients, 566 were assigned to pembrolizumab–chemotherapy and 281 to placebo–chemotherapy; median follow-up was 44.1 months. Among patients with a combined positive score (CPS) of 10 or more, median overall survival was 23.0 months in the pembrolizumab–chemotherapy group and 16.1 months in the placebo–chemotherapy group (hazard ratio for death, 0.73; 95% CI, 0.55 to 0.95; two-sided P=0.0185). With a CPS of 1 or more, the corresponding medians were 17.6 and 16.0 months (hazard ratio, 0.86; 95% CI, 0.72 to 1.04), and in the intention-to-treat population 17.2 and 15.5 months (hazard ratio, 0.89; 95% CI, 0.76 to 1.05). Adverse events of grade 3 to 5 that were related to the trial regimen occurred in 68.1% and 66.9% of the patients, respectively.
CONCLUSIONS Pembrolizumab added to chemotherapy prolonged survival in CPS-10 disease.""",
    [
        g("N", OV, 847),
        g("N", PC, 566),
        g("N", CP, 281),
        g("mOS", PC, 23.0),
        g("mOS", CP, 16.1),
        g("HR_OS", PC, 0.73, 0.55, 0.95),
        g("mOS", PC, 17.6),
        g("mOS", CP, 16.0),
        g("HR_OS", PC, 0.86, 0.72, 1.04),
        g("mOS", PC, 17.2),
        g("mOS", CP, 15.5),
        g("HR_OS", PC, 0.89, 0.76, 1.05),
        g("TRAE_G3plus", PC, 68.1),
        g("TRAE_G3plus", CP, 66.9),
    ],
)

add(
    "23",
    "jco-trial-update-hr-first-completers",
    "JCO 'Clinical Trial Update' abstract: 'The hazard ratio (95% CI) was 0.60 (0.50 to 0.72) for OS and ...', pemetrexed-platinum arms, completer subgroup, KEYNOTE-189",
    """Pembrolizumab Plus Pemetrexed and Platinum in Nonsquamous Non-Small-Cell Lung Cancer: 5-Year Outcomes From the Phase 3 KEYNOTE-189 Study
Patients without EGFR/ALK alterations were randomly assigned 2:1 to pembrolizumab or placebo every 3 weeks for up to 35 cycles, each with pemetrexed and carboplatin or cisplatin for four cycles followed by pemetrexed maintenance. Among 616 randomly assigned patients (n = 410, pembrolizumab plus pemetrexed-platinum; n = 206, placebo plus pemetrexed-platinum), the median time from randomization to data cutoff was 64.6 months. The hazard ratio (95% CI) was 0.60 (0.50 to 0.72) for OS and 0.50 (0.42 to 0.60) for PFS with pembrolizumab plus pemetrexed-platinum versus placebo plus pemetrexed-platinum. Five-year OS rates were 19.4% and 11.3%, and median OS was 22.0 versus 10.6 months. In the 57 patients who completed all 35 pembrolizumab cycles, the objective response rate was 86.0% and the 3-year OS rate after completion was 71.9%. These data support pembrolizumab plus pemetrexed-platinum as a standard of care.""",
    [
        g("N", OV, 616),
        g("N", PC, 410),
        g("N", CP, 206),
        g("HR_OS", PC, 0.60, 0.50, 0.72),
        g("HR_PFS", PC, 0.50, 0.42, 0.60),
        g("OS_RATE", PC, 19.4),
        g("OS_RATE", CP, 11.3),
        g("mOS", PC, 22.0),
        g("mOS", CP, 10.6),
        g("N", PC, 57),
        g("ORR", PC, 86.0),
        g("OS_RATE", PC, 71.9),
    ],
)

add(
    "24",
    "realworld-two-criteria-ttp-cohorts",
    "Hepatology Research-style nationwide cohort: ORR by RECIST and mRECIST, TTP, first-line vs later-line cohorts, STRIDE",
    """Real-world tremelimumab plus durvalumab for unresectable hepatocellular carcinoma: a nationwide Japanese cohort
Aim: To describe early real-world outcomes of STRIDE.
Methods: Patients who started STRIDE between March 2023 and February 2024 were registered prospectively.
Results: We enrolled 152 patients: a first-line cohort (n = 61) and a later-line cohort (n = 91). Overall, the ORR was 17.1% per RECIST v1.1 and 21.7% per mRECIST, and the DCR was 48.7%. Median TTP was 2.9 months (95% CI, 2.1–3.8) and median OS 13.5 months (95% CI, 10.2–not reached). In the first-line cohort, the ORR was 24.6% and median TTP 4.2 months. Immune-related adverse events of grade ≥3 occurred in 14.5%, and 11.2% of patients needed high-dose corticosteroids.
Conclusions: STRIDE was active and tolerable in routine practice.""",
    [
        g("N", DT, 152),
        g("N", DT, 61),
        g("N", DT, 91),
        g("ORR", DT, 17.1),
        g("ORR", DT, 21.7),
        g("DCR", DT, 48.7),
        g("mTTP", DT, 2.9, 2.1, 3.8),
        g("mOS", DT, 13.5, 10.2, None),
        g("ORR", DT, 24.6),
        g("mTTP", DT, 4.2),
        g("IRAE_G3plus", DT, 14.5),
    ],
)

add(
    "25",
    "lancet-oncol-same-agent-two-schedules",
    "Lancet Oncology 'Findings': two schedules of one drug, pooled arm, KEYNOTE-006 melanoma",
    """Pembrolizumab versus ipilimumab in advanced melanoma (KEYNOTE-006): post-hoc 5-year results from an open-label, multicentre, randomised, controlled, phase 3 study
Findings 834 patients were randomly assigned to pembrolizumab every 2 weeks (n=279), pembrolizumab every 3 weeks (n=277) or ipilimumab (n=278). Because the two pembrolizumab schedules performed similarly, they were pooled (n=556). After a median follow-up of 57·7 months, median overall survival was 32·7 months (95% CI 24·5–41·6) in the pooled pembrolizumab groups and 15·9 months (13·3–22·0) in the ipilimumab group (HR 0·73, 95% CI 0·61–0·88; p=0·00049). Median progression-free survival was 8·4 months (6·6–11·3) versus 3·4 months (2·9–4·2; HR 0·57, 0·48–0·67). Grade 3–5 treatment-related adverse events occurred in 17% of pembrolizumab-treated and 20% of ipilimumab-treated patients.
Interpretation Pembrolizumab continued to outperform ipilimumab.""",
    [
        g("N", OV, 834),
        g("N", "pembrolizumab", 279),
        g("N", "pembrolizumab", 277),
        g("N", "ipilimumab", 278),
        g("N", "pembrolizumab", 556),
        g("mOS", "pembrolizumab", 32.7, 24.5, 41.6),
        g("mOS", "ipilimumab", 15.9, 13.3, 22.0),
        g("HR_OS", "pembrolizumab", 0.73, 0.61, 0.88),
        g("mPFS", "pembrolizumab", 8.4, 6.6, 11.3),
        g("mPFS", "ipilimumab", 3.4, 2.9, 4.2),
        g("HR_PFS", "pembrolizumab", 0.57, 0.48, 0.67),
        g("TRAE_G3plus", "pembrolizumab", 17),
        g("TRAE_G3plus", "ipilimumab", 20),
    ],
)

add(
    "26",
    "lancet-triplet-tace-safety-denominators",
    "Lancet 'Findings' for a TACE combination: triplet arm, CI in parentheses without '95% CI' label, 'x (y%) of n' safety, LEAP-012",
    """Transarterial chemoembolisation combined with lenvatinib plus pembrolizumab versus dual placebo for unresectable, non-metastatic hepatocellular carcinoma (LEAP-012): interim analysis of a randomised, double-blind, phase 3 study
Findings Between May 2020 and Oct 2022, 480 patients were randomly assigned to lenvatinib plus pembrolizumab plus TACE (n=237) or dual placebo plus TACE (n=243). At the first interim analysis, median progression-free survival by BICR was 14·6 months (95% CI 12·6–16·7) with the triplet and 10·0 months (8·1–12·2) with placebo plus TACE (HR 0·66, 95% CI 0·51–0·84; p=0·0002). The 24-month overall survival rate was 75% (95% CI 68–80) versus 69% (62–74); overall survival did not reach significance at this analysis (HR 0·80, 0·57–1·11; p=0·087). Objective responses per mRECIST occurred in 71·3% and 49·8% of patients. Grade 3–5 treatment-related adverse events occurred in 169 (71%) of 237 treated patients versus 76 (32%) of 241, and led to discontinuation of all study drugs in 8% versus 1%.
Interpretation Adding lenvatinib and pembrolizumab to TACE prolonged progression-free survival.""",
    [
        g("N", OV, 480),
        g("N", "pembrolizumab + lenvatinib + tace", 237),
        g("N", "placebo + tace", 243),
        g("mPFS", "pembrolizumab + lenvatinib + tace", 14.6, 12.6, 16.7),
        g("mPFS", "placebo + tace", 10.0, 8.1, 12.2),
        g("HR_PFS", "pembrolizumab + lenvatinib + tace", 0.66, 0.51, 0.84),
        g("OS_RATE", "pembrolizumab + lenvatinib + tace", 75, 68, 80),
        g("OS_RATE", "placebo + tace", 69, 62, 74),
        g("HR_OS", "pembrolizumab + lenvatinib + tace", 0.80, 0.57, 1.11),
        g("ORR", "pembrolizumab + lenvatinib + tace", 71.3),
        g("ORR", "placebo + tace", 49.8),
        g("TRAE_G3plus", "pembrolizumab + lenvatinib + tace", 71),
        g("TRAE_G3plus", "placebo + tace", 32),
        g("TRAE_DISC", "pembrolizumab + lenvatinib + tace", 8),
        g("TRAE_DISC", "placebo + tace", 1),
    ],
)

add(
    "27",
    "asco-gi-value-collisions",
    "ASCO GI abstract, single arm, repeated numbers (8.9 as ORR, AE type and discontinuation), 6-month PFS rate as primary endpoint",
    """Regorafenib after progression on atezolizumab plus bevacizumab in hepatocellular carcinoma: the phase II RENEW study
Background: Prospective data on regorafenib after atezo/bev are limited. Methods: Pts with Child-Pugh A uHCC progressing on 1L atezo/bev received regorafenib 160 mg/d 3 wk on/1 wk off, or 120 mg/d with escalation. Primary endpoint: 6-mo PFS rate. Results: From 2021 to 2024, 56 pts were treated (median age 67 y; BCLC C 71%; median prior atezo/bev duration 7.4 mo). The 6-mo PFS rate was 32.1% (95% CI 20.3–44.6), mPFS 3.7 mo (95% CI 2.8–5.1) and mOS 11.8 mo (95% CI 8.6–15.2). ORR 8.9% (RECIST 1.1) / 14.3% (mRECIST); DCR 62.5%. G3-4 TRAEs 37.5%, chiefly HFSR (12.5%) and hypertension (8.9%); 5 pts (8.9%) discontinued because of TRAEs. Conclusions: Regorafenib is active after atezo/bev. Clinical trial information: NCT05000000.""",
    [
        g("N", "regorafenib", 56),
        g("PFS_RATE", "regorafenib", 32.1, 20.3, 44.6),
        g("mPFS", "regorafenib", 3.7, 2.8, 5.1),
        g("mOS", "regorafenib", 11.8, 8.6, 15.2),
        g("ORR", "regorafenib", 8.9),
        g("ORR", "regorafenib", 14.3),
        g("DCR", "regorafenib", 62.5),
        g("TRAE_G3plus", "regorafenib", 37.5),
        g("TRAE_DISC", "regorafenib", 8.9),
    ],
)

add(
    "28",
    "registry-iptw-control-first",
    "Clin Mol Hepatol-style registry comparison: control arm named first, adjusted HR 'for X vs Y', prognostic HRs as distractors, days",
    """Lenvatinib versus sorafenib as second-line therapy after immunotherapy for hepatocellular carcinoma: a propensity-weighted analysis from the Korean Liver Cancer Registry
Background/Aims: Comparative data on second-line kinase inhibitors after immunotherapy are scarce.
Methods: Patients who progressed on first-line immune checkpoint inhibitor-based therapy and then started lenvatinib or sorafenib were identified; inverse probability of treatment weighting was applied.
Results: Among 412 patients, 233 started lenvatinib and 179 sorafenib. After weighting, median OS reached 7.9 months (95% CI 6.4–9.3) with sorafenib and 11.2 months (95% CI 9.7–12.8) with lenvatinib (adjusted HR for lenvatinib vs sorafenib, 0.68; 95% CI 0.53–0.87). PFS was also longer with lenvatinib (median 4.0 vs 2.3 months; adjusted HR 0.61, 95% CI 0.49–0.76). The 1-year OS rate was 46.8% for lenvatinib and 33.5% for sorafenib. Responses were seen with lenvatinib (14.6%) more often than with sorafenib (4.5%), P < 0.001. Median time to treatment failure was 84 versus 56 days. On multivariable analysis, ALBI grade 1 (HR 0.52) and AFP < 400 ng/mL (HR 0.64) independently predicted survival.
Conclusions: Lenvatinib may be preferred after immunotherapy.""",
    [
        g("N", OV, 412),
        g("N", "lenvatinib", 233),
        g("N", "sorafenib", 179),
        g("mOS", "sorafenib", 7.9, 6.4, 9.3),
        g("mOS", "lenvatinib", 11.2, 9.7, 12.8),
        g("HR_OS", "lenvatinib", 0.68, 0.53, 0.87),
        g("mPFS", "lenvatinib", 4.0),
        g("mPFS", "sorafenib", 2.3),
        g("HR_PFS", "lenvatinib", 0.61, 0.49, 0.76),
        g("OS_RATE", "lenvatinib", 46.8),
        g("OS_RATE", "sorafenib", 33.5),
        g("ORR", "lenvatinib", 14.6),
        g("ORR", "sorafenib", 4.5),
    ],
)

add(
    "29",
    "lancet-phase12-escalation-expansion",
    "Lancet 'Findings' for a phase 1/2 dose-escalation and expansion study, CheckMate 040 nivolumab",
    """Nivolumab in patients with advanced hepatocellular carcinoma (CheckMate 040): an open-label, non-comparative, phase 1/2 dose escalation and expansion trial
Findings Between Nov 26, 2012, and Aug 8, 2016, 262 eligible patients were treated: 48 in the dose-escalation phase and 214 in the dose-expansion phase. By data cutoff, 202 (77%) of 262 patients had stopped treatment. During dose escalation, grade 3/4 treatment-related adverse events occurred in 12 (25%) of 48 patients, and three patients had treatment-related serious adverse events. The objective response rate was 20% (95% CI 15–26) in patients given nivolumab 3 mg/kg in the dose-expansion phase and 15% (95% CI 6–28) in the dose-escalation phase. Median duration of response in the expansion phase was 9·9 months, and the 9-month overall survival rate there was 74%.
Interpretation Nivolumab had a manageable safety profile and produced durable responses.""",
    [
        g("N", "nivolumab", 262),
        g("N", "nivolumab", 48),
        g("N", "nivolumab", 214),
        g("TRAE_G3plus", "nivolumab", 25),
        g("ORR", "nivolumab", 20, 15, 26),
        g("ORR", "nivolumab", 15, 6, 28),
        g("mDOR", "nivolumab", 9.9),
        g("OS_RATE", "nivolumab", 74),
    ],
)

add(
    "30",
    "adjuvant-rfs-distractor",
    "Lancet 'Findings' for an adjuvant trial: recurrence-free survival (not an endpoint here) as the headline, immature OS HR, IMbrave050",
    """Atezolizumab plus bevacizumab versus active surveillance in patients with resected or ablated high-risk hepatocellular carcinoma (IMbrave050): a randomised, open-label, multicentre, phase 3 trial
Findings 668 patients were randomly assigned (1:1) to atezolizumab plus bevacizumab or active surveillance. At the prespecified interim analysis (median follow-up 17·4 months), recurrence-free survival was significantly improved with atezolizumab plus bevacizumab (HR 0·72, adjusted 95% CI 0·53–0·98; p=0·012), and 12-month recurrence-free survival was 78% versus 65%. Overall survival data were immature (HR 1·42, 95% CI 0·80–2·54). Grade 3 or 4 adverse events occurred in 41% of the 332 patients who received atezolizumab plus bevacizumab, and grade 3 or 4 treatment-related adverse events in 35%.
Interpretation Adjuvant atezolizumab plus bevacizumab reduced recurrence.""",
    [
        g("N", OV, 668),
        g("HR_OS", AB, 1.42, 0.80, 2.54),
        g("AE_G3plus", AB, 41),
        g("TRAE_G3plus", AB, 35),
    ],
)

add(
    "31",
    "lancet-oncol-negative-sirt-per-protocol",
    "Lancet Oncology negative phase 3 with HR > 1, per-protocol medians, 'radiological response', SIRT (SARAH)",
    """Selective internal radiotherapy versus sorafenib in locally advanced hepatocellular carcinoma (SARAH): an open-label randomised controlled phase 3 trial
Findings Between Dec 5, 2011, and March 27, 2015, 459 patients were randomly assigned (237 to SIRT and 222 to sorafenib). Median overall survival was 8·0 months (95% CI 6·7–9·9) in the SIRT group and 9·9 months (8·7–11·4) in the sorafenib group (HR 1·15, 95% CI 0·94–1·41; p=0·18); in the per-protocol population the corresponding medians were 9·9 and 9·9 months. Radiological response was more frequent after SIRT (19% vs 12%; p=0·042). Grade 3 or worse treatment-related adverse events were reported in 41% of SIRT-treated and 63% of sorafenib-treated patients.
Interpretation SIRT did not improve survival over sorafenib.""",
    [
        g("N", OV, 459),
        g("N", "tare", 237),
        g("N", "sorafenib", 222),
        g("mOS", "tare", 8.0, 6.7, 9.9),
        g("mOS", "sorafenib", 9.9, 8.7, 11.4),
        g("HR_OS", "tare", 1.15, 0.94, 1.41),
        g("mOS", "tare", 9.9),
        g("mOS", "sorafenib", 9.9),
        g("ORR", "tare", 19),
        g("ORR", "sorafenib", 12),
        g("TRAE_G3plus", "tare", 41),
        g("TRAE_G3plus", "sorafenib", 63),
    ],
)

add(
    "32",
    "jco-four-arm-study22",
    "JCO randomized expansion, four arms incl. two doses of one combination ('T300+D', 'T75+D'), Study 22",
    """Safety, Efficacy, and Pharmacodynamics of Tremelimumab Plus Durvalumab for Patients With Unresectable Hepatocellular Carcinoma: Randomized Expansion of a Phase I/II Study
PURPOSE To evaluate tremelimumab and durvalumab, alone and combined, in unresectable HCC.
RESULTS A total of 332 patients were randomly assigned to T300+D (n = 75), durvalumab (n = 104), tremelimumab (n = 69), or T75+D (n = 84). Grade ≥ 3 treatment-related AEs occurred in 37.8% (T300+D), 20.8% (durvalumab), 43.5% (tremelimumab), and 24.4% (T75+D) of patients. Confirmed ORR by blinded independent central review was 24.0% with T300+D, 10.6% with durvalumab, 7.2% with tremelimumab, and 9.5% with T75+D; median OS was 18.7, 13.6, 15.1, and 11.3 months, respectively.
CONCLUSION T300+D had the most favorable benefit-risk profile.""",
    [
        g("N", OV, 332),
        g("N", DT, 75),
        g("N", "durvalumab", 104),
        g("N", "tremelimumab", 69),
        g("N", DT, 84),
        g("TRAE_G3plus", DT, 37.8),
        g("TRAE_G3plus", "durvalumab", 20.8),
        g("TRAE_G3plus", "tremelimumab", 43.5),
        g("TRAE_G3plus", DT, 24.4),
        g("ORR", DT, 24.0),
        g("ORR", "durvalumab", 10.6),
        g("ORR", "tremelimumab", 7.2),
        g("ORR", DT, 9.5),
        g("mOS", DT, 18.7),
        g("mOS", "durvalumab", 13.6),
        g("mOS", "tremelimumab", 15.1),
        g("mOS", DT, 11.3),
    ],
)

add(
    "33",
    "trial-in-progress-no-results",
    "ASCO 'Trials in Progress' abstract: design, sample size, assumed HR, no results",
    """SKYSCRAPER-14 (IMbrave152): a phase III trial of tiragolumab plus atezolizumab and bevacizumab in unresectable hepatocellular carcinoma
Background: TIGIT blockade may deepen responses to PD-L1/VEGF inhibition. Methods: This global, double-blind study will randomise approximately 650 patients with previously untreated, unresectable HCC, Child-Pugh A and ECOG PS 0-1, in a 1:1 ratio to tiragolumab 600 mg or placebo, each with atezolizumab 1200 mg and bevacizumab 15 mg/kg every 3 weeks. Stratification factors are region, AFP (< 400 vs ≥ 400 ng/mL) and macrovascular invasion or extrahepatic spread. The co-primary endpoints are investigator-assessed PFS per RECIST 1.1 and OS; secondary endpoints include ORR, DOR and safety. Assuming a hazard ratio of 0.72 for OS, 490 deaths provide 85% power at a two-sided alpha of 0.05. Enrolment began in 2023 at about 160 sites. Clinical trial information: NCT05904886.""",
    [],
)

add(
    "34",
    "jco-gastric-cps-subgroups-middot",
    "Lancet Oncology gastric 'Findings': ITT, CPS ≥1 and CPS ≥10 results chained in one sentence, HR without 'HR' label, KEYNOTE-859",
    """Pembrolizumab plus chemotherapy versus placebo plus chemotherapy for HER2-negative advanced gastric cancer (KEYNOTE-859): a multicentre, randomised, double-blind, phase 3 trial
Findings Between Nov 8, 2017, and June 11, 2021, 1579 patients were randomly assigned to pembrolizumab plus chemotherapy (n=790) or placebo plus chemotherapy (n=789). Median follow-up was 31·0 months (IQR 23·0–38·3). Overall survival was longer with pembrolizumab plus chemotherapy in the intention-to-treat population (median 12·9 months [95% CI 11·9–14·0] vs 11·5 months [10·6–12·1]; HR 0·78 [95% CI 0·70–0·87]; p<0·0001), in participants with a PD-L1 combined positive score of 1 or higher (13·0 vs 11·4 months; HR 0·74 [0·65–0·84]), and in those with a score of 10 or higher (15·7 vs 11·8 months; 0·65 [0·53–0·79]). Grade 3–5 drug-related adverse events occurred in 467 (59%) of 785 participants in the pembrolizumab group and 416 (51%) of 787 in the placebo group.
Interpretation Pembrolizumab plus chemotherapy is a new first-line option.""",
    [
        g("N", OV, 1579),
        g("N", PC, 790),
        g("N", CP, 789),
        g("mOS", PC, 12.9, 11.9, 14.0),
        g("mOS", CP, 11.5, 10.6, 12.1),
        g("HR_OS", PC, 0.78, 0.70, 0.87),
        g("mOS", PC, 13.0),
        g("mOS", CP, 11.4),
        g("HR_OS", PC, 0.74, 0.65, 0.84),
        g("mOS", PC, 15.7),
        g("mOS", CP, 11.8),
        g("HR_OS", PC, 0.65, 0.53, 0.79),
        g("TRAE_G3plus", PC, 59),
        g("TRAE_G3plus", CP, 51),
    ],
)

add(
    "35",
    "nejm-rcc-risk-subgroup-nr",
    "NEJM abstract: co-primary population is a risk subgroup, 'not reached versus 26.0 months', any-grade vs grade 3-4 in one sentence, CheckMate 214",
    """Nivolumab plus Ipilimumab versus Sunitinib in Advanced Renal-Cell Carcinoma
METHODS We randomly assigned 1096 adults with previously untreated advanced clear-cell renal-cell carcinoma to nivolumab plus ipilimumab every 3 weeks for four doses followed by nivolumab, or to sunitinib. The coprimary end points were assessed in intermediate- and poor-risk patients.
RESULTS Among the 847 intermediate- or poor-risk patients (425 in the nivolumab-plus-ipilimumab group and 422 in the sunitinib group), the 18-month overall survival rate was 75% (95% CI, 70 to 78) with nivolumab plus ipilimumab and 60% (95% CI, 55 to 65) with sunitinib; median overall survival was not reached versus 26.0 months (hazard ratio for death, 0.63; P<0.001). The objective response rate was 42% versus 27% (P<0.001), and the complete response rate 9% versus 1%. Median progression-free survival was 11.6 months and 8.4 months (hazard ratio for disease progression or death, 0.82; P=0.03, not significant at the prespecified 0.009 level). Treatment-related adverse events occurred in 509 of 547 patients (93%) in the nivolumab-plus-ipilimumab group and 521 of 535 patients (97%) in the sunitinib group; grade 3 or 4 events occurred in 250 patients (46%) and 335 patients (63%), respectively.
CONCLUSIONS Survival and response favoured nivolumab plus ipilimumab.""",
    [
        g("N", OV, 1096),
        g("N", OV, 847),
        g("N", NI, 425),
        g("N", "sunitinib", 422),
        g("OS_RATE", NI, 75, 70, 78),
        g("OS_RATE", "sunitinib", 60, 55, 65),
        g("mOS", NI, None),
        g("mOS", "sunitinib", 26.0),
        g("HR_OS", NI, 0.63),
        g("ORR", NI, 42),
        g("ORR", "sunitinib", 27),
        g("mPFS", NI, 11.6),
        g("mPFS", "sunitinib", 8.4),
        g("HR_PFS", NI, 0.82),
        g("TRAE_G3plus", NI, 46),
        g("TRAE_G3plus", "sunitinib", 63),
    ],
)

add(
    "36",
    "retro-child-pugh-groups-respectively",
    "Ther Adv Med Oncol-style retrospective: same regimen, two liver-function groups, two endpoints x two groups in one sentence, 'Ate/Bev'",
    """Atezolizumab plus bevacizumab (Ate/Bev) in Child–Pugh B advanced hepatocellular carcinoma: a multicentre retrospective comparison
Background: Patients with Child–Pugh B liver function were excluded from IMbrave150.
Methods: Thirty-six patients with Child–Pugh B HCC treated with first-line Ate/Bev at four centres were compared with 133 Child–Pugh A patients from the same registry.
Results: The objective response and disease control rates were 11.1% and 58.3% in the Child–Pugh B group, and 34.6% and 76.7% in the Child–Pugh A group. Median PFS and OS were 3.0 months (95% CI, 1.7–4.3) and 7.7 months (95% CI, 4.8–10.6) for Child–Pugh B, whereas in Child–Pugh A median PFS was 9.6 months (95% CI, 5.1–14.2) and median OS was not reached. Grade 3–4 adverse events were more frequent with Child–Pugh B (44.4% vs. 15.8%, p < 0.001), most commonly gastrointestinal bleeding and hepatic decompensation.
Conclusions: Ate/Bev is feasible but less effective in Child–Pugh B.""",
    [
        g("N", AB, 36),
        g("N", AB, 133),
        g("ORR", AB, 11.1),
        g("DCR", AB, 58.3),
        g("ORR", AB, 34.6),
        g("DCR", AB, 76.7),
        g("mPFS", AB, 3.0, 1.7, 4.3),
        g("mOS", AB, 7.7, 4.8, 10.6),
        g("mPFS", AB, 9.6, 5.1, 14.2),
        g("mOS", AB, None),
        g("AE_G3plus", AB, 44.4),
        g("AE_G3plus", AB, 15.8),
    ],
)

add(
    "37",
    "lancet-oncol-nsclc-pdl1-subgroups",
    "Lancet 'Findings' with ITT and PD-L1 subgroups, bracket CIs, '(90 [15%] of 609 vs 247 [43%] of 578)', OAK",
    """Atezolizumab versus docetaxel in patients with previously treated non-small-cell lung cancer (OAK): a phase 3, open-label, multicentre randomised controlled trial
Findings The primary analysis population comprised 850 randomised patients (425 atezolizumab, 425 docetaxel). Overall survival was longer with atezolizumab in the intention-to-treat population (median 13·8 months [95% CI 11·8–15·7] vs 9·6 months [8·6–11·2]; HR 0·73 [95% CI 0·62–0·87], p=0·0003) and in the PD-L1-expressing subgroup (15·7 months [12·6–18·0] vs 10·3 months [8·8–12·0]; HR 0·74 [0·58–0·93]). Patients with low or undetectable PD-L1 also benefited (12·6 vs 8·9 months; HR 0·75 [0·59–0·96]). Grade 3 or 4 treatment-related adverse events were less frequent with atezolizumab (90 [15%] of 609 vs 247 [43%] of 578).
Interpretation Atezolizumab improved survival regardless of PD-L1 expression.""",
    [
        g("N", OV, 850),
        g("N", "atezolizumab", 425),
        g("N", "docetaxel", 425),
        g("mOS", "atezolizumab", 13.8, 11.8, 15.7),
        g("mOS", "docetaxel", 9.6, 8.6, 11.2),
        g("HR_OS", "atezolizumab", 0.73, 0.62, 0.87),
        g("mOS", "atezolizumab", 15.7, 12.6, 18.0),
        g("mOS", "docetaxel", 10.3, 8.8, 12.0),
        g("HR_OS", "atezolizumab", 0.74, 0.58, 0.93),
        g("mOS", "atezolizumab", 12.6),
        g("mOS", "docetaxel", 8.9),
        g("HR_OS", "atezolizumab", 0.75, 0.59, 0.96),
        g("TRAE_G3plus", "atezolizumab", 15),
        g("TRAE_G3plus", "docetaxel", 43),
    ],
)

add(
    "38",
    "nejm-2008-ttp-partial-responses",
    "NEJM 2008-style abstract: time to symptomatic progression (not TTP) vs time to radiologic progression, partial responses as counts, SHARP",
    """Sorafenib in Advanced Hepatocellular Carcinoma
METHODS In this multicenter, double-blind, placebo-controlled phase 3 trial, 602 patients with advanced hepatocellular carcinoma who had not received systemic treatment were randomly assigned to sorafenib (400 mg twice daily) or placebo. Primary outcomes were overall survival and the time to symptomatic progression.
RESULTS Median overall survival was 10.7 months with sorafenib and 7.9 months with placebo (hazard ratio for death with sorafenib, 0.69; 95% CI, 0.55 to 0.87; P<0.001). The time to symptomatic progression did not differ between groups (median, 4.1 vs. 4.9 months; P=0.77), whereas the median time to radiologic progression was 5.5 months versus 2.8 months (P<0.001). Partial responses were seen in seven sorafenib recipients (2%) and two placebo recipients (1%), and no complete responses occurred. The disease control rate was 43% with sorafenib and 32% with placebo.
CONCLUSIONS Sorafenib prolonged median survival by nearly 3 months.""",
    [
        g("N", OV, 602),
        g("mOS", "sorafenib", 10.7),
        g("mOS", "placebo", 7.9),
        g("HR_OS", "sorafenib", 0.69, 0.55, 0.87),
        g("mTTP", "sorafenib", 5.5),
        g("mTTP", "placebo", 2.8),
        g("ORR", "sorafenib", 2),
        g("ORR", "placebo", 1),
        g("DCR", "sorafenib", 43),
        g("DCR", "placebo", 32),
    ],
)

add(
    "39",
    "asco-gi-subcohorts-child-pugh-b",
    "ASCO GI abstract: sub-cohorts by prior therapy, CIs on ORR/DCR, organ-specific AE rate as distractor, CheckMate 040 cohort 5",
    """Nivolumab in patients with Child-Pugh B advanced hepatocellular carcinoma: results from CheckMate 040 cohort 5
Background: Data on checkpoint inhibitors in Child-Pugh (CP) B HCC are limited. Methods: Pts with CP-B7/B8 advanced HCC, either sorafenib-naive (n = 25) or sorafenib-treated (n = 24), received nivolumab 240 mg Q2W. Results: 49 pts were treated; median follow-up was 16.3 mo. Investigator-assessed ORR was 12% (95% CI 5–25) and DCR 55% (95% CI 40–69); mDOR was 9.9 mo (95% CI 9.7–9.9). mOS was 7.6 mo (95% CI 4.4–10.5) overall, 9.8 mo in sorafenib-naive pts and 7.3 mo in sorafenib-treated pts. Grade 3/4 TRAEs occurred in 24% of pts and led to discontinuation in 4%. Hepatic events of grade 3/4 were reported in 10%. Conclusions: Nivolumab was tolerable in CP-B HCC.""",
    [
        g("N", "nivolumab", 25),
        g("N", "nivolumab", 24),
        g("N", "nivolumab", 49),
        g("ORR", "nivolumab", 12, 5, 25),
        g("DCR", "nivolumab", 55, 40, 69),
        g("mDOR", "nivolumab", 9.9, 9.7, 9.9),
        g("mOS", "nivolumab", 7.6, 4.4, 10.5),
        g("mOS", "nivolumab", 9.8),
        g("mOS", "nivolumab", 7.3),
        g("TRAE_G3plus", "nivolumab", 24),
        g("TRAE_DISC", "nivolumab", 4),
    ],
)

add(
    "40",
    "esmo-inline-table-layout",
    "ESMO congress abstract with inline table layout ('OS, median (95% CI), mo: a (b–c) vs d (e–f)'), multiple OS-rate timepoints, CheckMate 459",
    """LBA38 CheckMate 459: nivolumab (NIVO) vs sorafenib (SOR) as first-line treatment in advanced hepatocellular carcinoma (aHCC)
Background: NIVO showed durable responses in CheckMate 040. Methods: Pts with aHCC, Child-Pugh A and no prior systemic therapy were randomized 1:1 to NIVO 240 mg Q2W or SOR 400 mg BID. Primary endpoint: OS. Results: 743 pts were randomized (NIVO 371; SOR 372); minimum follow-up 22.8 mo. Efficacy (NIVO vs SOR): OS, median (95% CI), mo: 16.4 (13.9–18.4) vs 14.7 (11.9–17.2); HR 0.85 (95% CI 0.72–1.02), P = 0.0752. OS rate at 12 mo: 59.7% vs 55.1%; at 24 mo: 37.4% vs 33.1%. PFS, median (95% CI), mo: 3.7 (3.1–3.9) vs 3.8 (3.7–4.5); HR 0.93 (0.79–1.10). ORR: 15% vs 7%; CR: 4% vs 1%. Safety: Gr 3/4 TRAEs 22% vs 49%; TRAEs leading to discontinuation 4% vs 8%. Conclusions: OS did not reach statistical significance.""",
    [
        g("N", OV, 743),
        g("N", "nivolumab", 371),
        g("N", "sorafenib", 372),
        g("mOS", "nivolumab", 16.4, 13.9, 18.4),
        g("mOS", "sorafenib", 14.7, 11.9, 17.2),
        g("HR_OS", "nivolumab", 0.85, 0.72, 1.02),
        g("OS_RATE", "nivolumab", 59.7),
        g("OS_RATE", "sorafenib", 55.1),
        g("OS_RATE", "nivolumab", 37.4),
        g("OS_RATE", "sorafenib", 33.1),
        g("mPFS", "nivolumab", 3.7, 3.1, 3.9),
        g("mPFS", "sorafenib", 3.8, 3.7, 4.5),
        g("HR_PFS", "nivolumab", 0.93, 0.79, 1.10),
        g("ORR", "nivolumab", 15),
        g("ORR", "sorafenib", 7),
        g("TRAE_G3plus", "nivolumab", 22),
        g("TRAE_G3plus", "sorafenib", 49),
        g("TRAE_DISC", "nivolumab", 4),
        g("TRAE_DISC", "sorafenib", 8),
    ],
)

add(
    "41",
    "unicode-middot-narrow-spaces-aetiology",
    "European multicentre cohort written with mid-dots outside the Lancet, narrow no-break spaces before '%', non-breaking hyphens, a missing '%'",
    """Atezolizumab plus bevacizumab in non\u2011viral versus viral hepatocellular carcinoma: a European multicentre cohort
Methods: Consecutive patients starting first\u2011line atezolizumab plus bevacizumab at 22 centres were included.
Results: 596 patients were included (non\u2011viral 276, viral 320). Median OS was 14·9 months in non\u2011viral and 17·1 months in viral HCC (HR 1·05; 95\u202f% CI 0·84\u20111·31), and median PFS 6·7 vs 7·2 months. ORR was 24·3\u202f% vs 27·8\u202f%; DCR 68·1\u202f% vs 71·6. Grade\u202f≥\u202f3 treatment\u2011related AEs: 21·4\u202f% vs 19·7\u202f%.
Conclusions: Aetiology did not influence outcomes.""",
    [
        g("N", AB, 596),
        g("N", AB, 276),
        g("N", AB, 320),
        g("mOS", AB, 14.9),
        g("mOS", AB, 17.1),
        g("mPFS", AB, 6.7),
        g("mPFS", AB, 7.2),
        g("ORR", AB, 24.3),
        g("ORR", AB, 27.8),
        g("DCR", AB, 68.1),
        g("DCR", AB, 71.6),
        g("TRAE_G3plus", AB, 21.4),
        g("TRAE_G3plus", AB, 19.7),
    ],
)

add(
    "42",
    "case-series-spelled-numbers",
    "Small retrospective case series: spelled-out counts ('Twenty-eight', 'seven', 'one-year'), NR upper CI",
    """Nivolumab plus ipilimumab after failure of atezolizumab-bevacizumab in hepatocellular carcinoma: a bicentric case series
Twenty-eight patients whose HCC progressed on atezolizumab-bevacizumab were treated with nivolumab 1 mg/kg plus ipilimumab 3 mg/kg every 3 weeks for four doses, followed by nivolumab maintenance. Seven patients (25.0%) achieved an objective response, two of them complete, and disease was controlled in 13 (46.4%). After a median follow-up of 14.2 months, median PFS was 2.8 months (95% CI 1.9–5.5) and median OS 10.4 months (95% CI 6.1–not reached); one-year survival was 44%. Eight patients (28.6%) developed grade 3–4 immune-related adverse events, and treatment was permanently discontinued because of treatment-related toxicity in five (17.9%).""",
    [
        g("N", NI, 28),
        g("ORR", NI, 25.0),
        g("DCR", NI, 46.4),
        g("mPFS", NI, 2.8, 1.9, 5.5),
        g("mOS", NI, 10.4, 6.1, None),
        g("OS_RATE", NI, 44),
        g("IRAE_G3plus", NI, 28.6),
        g("TRAE_DISC", NI, 17.9),
    ],
)

add(
    "43",
    "annals-update-restating-primary",
    "Annals of Oncology update abstract restating the primary-analysis HR in Background, arms in parentheses after values, HIMALAYA 3-year",
    """Three-year overall survival update from the phase III HIMALAYA study of tremelimumab plus durvalumab in unresectable hepatocellular carcinoma
Background: In HIMALAYA, STRIDE (single tremelimumab regular interval durvalumab) improved OS versus sorafenib at the primary analysis (HR 0.78; 96.02% CI 0.65–0.93). We report an exploratory 3-year update.
Patients and methods: 1171 participants were randomised to STRIDE (n = 393), durvalumab (n = 389) or sorafenib (n = 389).
Results: With a median follow-up of 33.2 months for STRIDE, the OS HR for STRIDE versus sorafenib was 0.78 (95% CI 0.67–0.92), and the 36-month OS rate was 30.7% versus 20.2%. Durvalumab remained non-inferior to sorafenib (HR 0.86; 95% CI 0.74–1.01), with a 36-month OS rate of 24.7%. Among participants who achieved disease control, 36-month OS rates were 43.8% with STRIDE and 24.4% with sorafenib. Grade 3 or 4 treatment-related adverse events occurred in 25.8% (STRIDE), 12.9% (durvalumab) and 36.9% (sorafenib) of patients.
Conclusions: STRIDE sustained its long-term OS benefit.""",
    [
        g("HR_OS", DT, 0.78, 0.65, 0.93),
        g("N", OV, 1171),
        g("N", DT, 393),
        g("N", "durvalumab", 389),
        g("N", "sorafenib", 389),
        g("HR_OS", DT, 0.78, 0.67, 0.92),
        g("OS_RATE", DT, 30.7),
        g("OS_RATE", "sorafenib", 20.2),
        g("HR_OS", "durvalumab", 0.86, 0.74, 1.01),
        g("OS_RATE", "durvalumab", 24.7),
        g("OS_RATE", DT, 43.8),
        g("OS_RATE", "sorafenib", 24.4),
        g("TRAE_G3plus", DT, 25.8),
        g("TRAE_G3plus", "durvalumab", 12.9),
        g("TRAE_G3plus", "sorafenib", 36.9),
    ],
)

add(
    "44",
    "nejm-nsclc-ranges-not-ci",
    "NEJM abstract: CI with 'not reached' upper bound, DOR 'not reached [range, 1.9+ to 14.5+]', 'treatment-related adverse events of grade 3, 4, or 5', KEYNOTE-024",
    """Pembrolizumab versus Chemotherapy for PD-L1-Positive Non-Small-Cell Lung Cancer
METHODS In this open-label, phase 3 trial, 305 patients with untreated advanced NSCLC and PD-L1 expression on at least 50% of tumor cells were randomly assigned to pembrolizumab (200 mg every 3 weeks) or the investigator's choice of platinum-based chemotherapy; crossover was permitted.
RESULTS Median progression-free survival was 10.3 months (95% CI, 6.7 to not reached) in the pembrolizumab group versus 6.0 months (95% CI, 4.2 to 6.2) in the chemotherapy group (hazard ratio for disease progression or death, 0.50; 95% CI, 0.37 to 0.68; P<0.001). The estimated rate of overall survival at 6 months was 80.2% versus 72.4% (hazard ratio for death, 0.60; 95% CI, 0.41 to 0.89; P=0.005). The response rate was higher with pembrolizumab (44.8% vs. 27.8%), the median duration of response was longer (not reached [range, 1.9+ to 14.5+ months] vs. 6.3 months [range, 2.1+ to 12.6+]), and treatment-related adverse events of grade 3, 4, or 5 were less frequent (26.6% vs. 53.3%).
CONCLUSIONS Pembrolizumab was associated with longer survival than chemotherapy.""",
    [
        g("N", OV, 305),
        g("mPFS", "pembrolizumab", 10.3, 6.7, None),
        g("mPFS", "chemotherapy", 6.0, 4.2, 6.2),
        g("HR_PFS", "pembrolizumab", 0.50, 0.37, 0.68),
        g("OS_RATE", "pembrolizumab", 80.2),
        g("OS_RATE", "chemotherapy", 72.4),
        g("HR_OS", "pembrolizumab", 0.60, 0.41, 0.89),
        g("ORR", "pembrolizumab", 44.8),
        g("ORR", "chemotherapy", 27.8),
        g("mDOR", "pembrolizumab", None),
        g("mDOR", "chemotherapy", 6.3),
        g("TRAE_G3plus", "pembrolizumab", 26.6),
        g("TRAE_G3plus", "chemotherapy", 53.3),
    ],
)

add(
    "45",
    "post-hoc-three-criteria-responders",
    "JHEP Reports post hoc analysis: ORR by three assessment methods, responder vs non-responder OS, REFLECT",
    """Objective response by mRECIST as a predictor of overall survival in the REFLECT trial of lenvatinib versus sorafenib
Background & Aims: We explored the relation between response and survival.
Methods: Post hoc analysis of the phase 3 REFLECT trial.
Results: Of 954 patients (lenvatinib n = 478; sorafenib n = 476), the ORR per mRECIST by investigator was 24.1% with lenvatinib and 9.2% with sorafenib; by masked independent imaging review (mRECIST) it was 40.6% and 12.4%, and by independent review per RECIST v1.1, 18.8% and 6.5%. Lenvatinib-treated responders had a median OS of 22.4 months, compared with 11.4 months in lenvatinib-treated non-responders (HR 0.61; 95% CI 0.49–0.76).
Conclusions: Objective response was an independent predictor of survival.""",
    [
        g("N", OV, 954),
        g("N", "lenvatinib", 478),
        g("N", "sorafenib", 476),
        g("ORR", "lenvatinib", 24.1),
        g("ORR", "sorafenib", 9.2),
        g("ORR", "lenvatinib", 40.6),
        g("ORR", "sorafenib", 12.4),
        g("ORR", "lenvatinib", 18.8),
        g("ORR", "sorafenib", 6.5),
        g("mOS", "lenvatinib", 22.4),
        g("mOS", "lenvatinib", 11.4),
    ],
)

add(
    "46",
    "pubmed-page-chrome",
    "PubMed web page text: citation line, author line, 'Free article', 'Abstract', section labels, keywords and publication types; HIMALAYA 5-year",
    """Clinical Trial. J Hepatol. 2025 Oct;83(4):899-908. doi: 10.1016/j.jhep.2025.03.033. Epub 2025 Apr 11.
Five-year overall survival update from the HIMALAYA study of tremelimumab plus durvalumab in unresectable HCC
Lorenza Rimassa et al. J Hepatol. 2025 Oct. Free article
Abstract
Background & aims: In the phase III HIMALAYA study (NCT03298451), STRIDE improved overall survival (OS) versus sorafenib. We report an exploratory analysis after 5 years of follow-up.
Methods: Participants were randomised to STRIDE, durvalumab or sorafenib; the data cut-off was 01 March 2024.
Results: Median (95% CI) follow-up was 62.49 (59.47-64.79) months for STRIDE and 59.86 (58.32-61.54) months for sorafenib. The OS HR (95% CI) for STRIDE vs. sorafenib was 0.76 (0.65-0.89). At 60 months, OS rates for STRIDE vs. sorafenib were 19.6% vs. 9.4% overall, 28.7% vs. 12.7% among participants with disease control per RECIST v1.1, and 50.7% vs. 26.3% among those with an objective response.
Conclusions: STRIDE delivered unprecedented 5-year survival.
Keywords: Durvalumab; Hepatocellular carcinoma; Long-term survival; Tremelimumab.
Publication types: Clinical Trial, Phase III; Randomized Controlled Trial""",
    [
        g("HR_OS", DT, 0.76, 0.65, 0.89),
        g("OS_RATE", DT, 19.6),
        g("OS_RATE", "sorafenib", 9.4),
        g("OS_RATE", DT, 28.7),
        g("OS_RATE", "sorafenib", 12.7),
        g("OS_RATE", DT, 50.7),
        g("OS_RATE", "sorafenib", 26.3),
    ],
)

add(
    "47",
    "news-long-term-pfs-rates-ranges",
    "Oncology news report of an ASCO GI update: OS and PFS rates at several timepoints, DOR with ranges, 'still on treatment' distractor, LEAP-002 long-term",
    """LEAP-002 long-term follow-up: lenvatinib with or without pembrolizumab in advanced HCC
An additional 12 months of follow-up from the phase 3 LEAP-002 study, reported at the 2024 ASCO Gastrointestinal Cancers Symposium, did not change the picture. The trial had randomly assigned 794 patients to lenvatinib plus pembrolizumab (n = 395) or lenvatinib plus placebo (n = 399). At the June 2023 cutoff, median follow-up was 43.6 months and 25 patients (3.2%) were still on treatment. Median OS was 21.1 months with the combination and 19.0 months with lenvatinib plus placebo (HR, 0.836; 95% CI, 0.713-0.981). OS rates were 43.8% vs 40.0% at 24 months and 30.1% vs 25.0% at 36 months. Median PFS was 8.2 months in the pembrolizumab arm and 8.1 months in the placebo arm (HR, 0.810; 95% CI, 0.692-0.949); PFS rates in the two arms were 16.4% and 9.7% at 24 months and 14.1% and 3.3% at 36 months. The ORR was 26.3% with the combination, with a median DOR of 16.6 months (range, 2.0+ to 45.3+), compared with 17.5% and 10.4 months (range, 1.9-37.0+) with lenvatinib plus placebo.""",
    [
        g("N", OV, 794),
        g("N", PLEN, 395),
        g("N", LENPBO, 399),
        g("mOS", PLEN, 21.1),
        g("mOS", LENPBO, 19.0),
        g("HR_OS", PLEN, 0.836, 0.713, 0.981),
        g("OS_RATE", PLEN, 43.8),
        g("OS_RATE", LENPBO, 40.0),
        g("OS_RATE", PLEN, 30.1),
        g("OS_RATE", LENPBO, 25.0),
        g("mPFS", PLEN, 8.2),
        g("mPFS", LENPBO, 8.1),
        g("HR_PFS", PLEN, 0.81, 0.692, 0.949),
        g("PFS_RATE", PLEN, 16.4),
        g("PFS_RATE", LENPBO, 9.7),
        g("PFS_RATE", PLEN, 14.1),
        g("PFS_RATE", LENPBO, 3.3),
        g("ORR", PLEN, 26.3),
        g("mDOR", PLEN, 16.6),
        g("ORR", LENPBO, 17.5),
        g("mDOR", LENPBO, 10.4),
    ],
)

add(
    "48",
    "news-three-arm-a-respective",
    "ASCO Post-style meeting report: three arms with 'TACE alone' control, 'in a respective x% and y%' AE phrasing, TTP list, EMERALD-1",
    """Adding durvalumab and bevacizumab to TACE extends progression-free survival in embolization-eligible HCC
In the phase 3 EMERALD-1 study presented at the 2024 ASCO Gastrointestinal Cancers Symposium (Abstract LBA432), 616 patients were randomly assigned 1:1:1 to durvalumab plus bevacizumab with TACE (n = 204), durvalumab plus TACE (n = 207), or TACE with placebo (n = 205). Median PFS was 15.0 months with the triple regimen versus 8.2 months with TACE alone (HR, 0.77; 95% CI, 0.61-0.98; P = .032); durvalumab plus TACE produced a median PFS of 10.0 months, not significantly different from TACE alone (HR, 0.94; 95% CI, 0.75-1.19). Objective response rates per mRECIST were 43.6%, 41.0%, and 29.6%, and median time to progression was 22.0, 11.5, and 10.0 months in the three arms, respectively. Grade 3 or 4 treatment-related adverse events and discontinuations due to them occurred in a respective 32.5% and 8.4% of patients in the triple arm, 15.1% and 4.3% of those given durvalumab plus TACE, and 13.5% and 3.5% of those treated with TACE alone.""",
    [
        g("N", OV, 616),
        g("N", "durvalumab + bevacizumab + tace", 204),
        g("N", "durvalumab + tace", 207),
        g("N", "placebo + tace", 205),
        g("mPFS", "durvalumab + bevacizumab + tace", 15.0),
        g("mPFS", "placebo + tace", 8.2),
        g("HR_PFS", "durvalumab + bevacizumab + tace", 0.77, 0.61, 0.98),
        g("mPFS", "durvalumab + tace", 10.0),
        g("HR_PFS", "durvalumab + tace", 0.94, 0.75, 1.19),
        g("ORR", "durvalumab + bevacizumab + tace", 43.6),
        g("ORR", "durvalumab + tace", 41.0),
        g("ORR", "placebo + tace", 29.6),
        g("mTTP", "durvalumab + bevacizumab + tace", 22.0),
        g("mTTP", "durvalumab + tace", 11.5),
        g("mTTP", "placebo + tace", 10.0),
        g("TRAE_G3plus", "durvalumab + bevacizumab + tace", 32.5),
        g("TRAE_DISC", "durvalumab + bevacizumab + tace", 8.4),
        g("TRAE_G3plus", "durvalumab + tace", 15.1),
        g("TRAE_DISC", "durvalumab + tace", 4.3),
        g("TRAE_G3plus", "placebo + tace", 13.5),
        g("TRAE_DISC", "placebo + tace", 3.5),
    ],
)


def main() -> None:
    seen = set()
    for row in ROWS:
        assert row["id"] not in seen, row["id"]
        seen.add(row["id"])
        for gold in row["gold"]:
            assert set(gold) == {"endpoint", "arm", "value", "ci_low", "ci_high"}
    with OUT.open("w", encoding="utf-8") as fh:
        for row in ROWS:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    n_gold = sum(len(r["gold"]) for r in ROWS)
    print(f"wrote {len(ROWS)} abstracts, {n_gold} gold findings to {OUT}")


if __name__ == "__main__":
    main()
