"""Source of truth for tests/blind2/blind2.jsonl (run: python tests/blind2/build_blind2.py).

Second, independent blind set. Every abstract below was written for this set, in new wording,
after reading real abstracts, news reports and registry records of the same kind (reading list
in README.md). Trial names and many published numbers are real; some numbers are invented.
The gold was written with each text, before the extractor was ever run on any of them; later
gold changes are listed in README.md ("Change log").
"""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).with_name("blind2.jsonl")

# canonical arm names (project convention: lexicon ids joined by " + ", ordered by rank, then name)
AB = "atezolizumab + bevacizumab"
DT = "durvalumab + tremelimumab"
NI = "nivolumab + ipilimumab"
AC = "atezolizumab + cabozantinib"
PLT = "pembrolizumab + lenvatinib + tace"
PT = "placebo + tace"
DBT = "durvalumab + bevacizumab + tace"
DTA = "durvalumab + tace"
LT = "lenvatinib + tace"
ST = "sorafenib + tace"
ABT = "atezolizumab + bevacizumab + tace"
CLT = "camrelizumab + lenvatinib + tace"
CR = "camrelizumab + rivoceranib"
CRT = "camrelizumab + rivoceranib + tace"
PC = "pembrolizumab + chemotherapy"
CP = "chemotherapy + placebo"
RP = "ramucirumab + paclitaxel"
PP = "paclitaxel + placebo"
DCG = "durvalumab + cisplatin + gemcitabine"
CGP = "cisplatin + gemcitabine + placebo"
PL = "pembrolizumab + lenvatinib"
TB = "toripalimab + bevacizumab"
OV = "overall"


def g(endpoint, arm, value, lo=None, hi=None):
    return {"endpoint": endpoint, "arm": arm, "value": value, "ci_low": lo, "ci_high": hi}


ROWS: list[dict] = []


def add(id_, style, source_style, text, gold):
    ROWS.append(
        {
            "id": f"blind2-{id_}",
            "style": style,
            "source_style": source_style,
            "text": text,
            "gold": gold,
        }
    )


# ---------------------------------------------------------------------------------------
add(
    "01",
    "jama-oncol-key-points-structured",
    "JAMA Oncology Key Points + structured abstract (Design/Interventions/Results), RATIONALE-301",
    """Tislelizumab vs Sorafenib as First-Line Treatment for Unresectable Hepatocellular Carcinoma: A Phase 3 Randomized Clinical Trial
Key Points
Question Is tislelizumab noninferior to sorafenib for overall survival in first-line unresectable hepatocellular carcinoma?
Findings In this randomized clinical trial of 674 adults, tislelizumab met the prespecified noninferiority boundary for overall survival, with more durable responses and fewer high-grade toxic effects than sorafenib.
Design, Setting, and Participants This open-label, multiregional study enrolled systemic therapy–naive adults with Child-Pugh A disease at 123 sites in 10 countries; the median age was 62 years.
Interventions Tislelizumab 200 mg intravenously every 3 weeks or sorafenib 400 mg orally twice daily.
Main Outcomes and Measures Overall survival (noninferiority margin for the hazard ratio, 1.08).
Results Of the 674 patients, 342 were assigned tislelizumab and 332 sorafenib. Median overall survival reached 15.9 months with tislelizumab and 14.1 months with sorafenib (hazard ratio [HR], 0.85 [95.003% CI, 0.71-1.02]). Confirmed responses were recorded in 14.3% and 5.4% of patients, lasting a median of 36.1 and 11.0 months, respectively. Progression-free survival was shorter with the PD-1 antibody (median, 2.1 vs 3.4 months; HR, 1.11 [95% CI, 0.92-1.33]). Treatment-related adverse events of grade 3 or higher affected 22.2% of tislelizumab recipients and 53.4% of sorafenib recipients, and led to permanent discontinuation in 6.2% and 10.2%.
Conclusions and Relevance Tislelizumab is a potential first-line option for this population.""",
    [
        g("N", OV, 674),
        g("N", "tislelizumab", 342),
        g("N", "sorafenib", 332),
        g("mOS", "tislelizumab", 15.9),
        g("mOS", "sorafenib", 14.1),
        g("HR_OS", "tislelizumab", 0.85, 0.71, 1.02),
        g("ORR", "tislelizumab", 14.3),
        g("ORR", "sorafenib", 5.4),
        g("mDOR", "tislelizumab", 36.1),
        g("mDOR", "sorafenib", 11.0),
        g("mPFS", "tislelizumab", 2.1),
        g("mPFS", "sorafenib", 3.4),
        g("HR_PFS", "tislelizumab", 1.11, 0.92, 1.33),
        g("TRAE_G3plus", "tislelizumab", 22.2),
        g("TRAE_G3plus", "sorafenib", 53.4),
        g("TRAE_DISC", "tislelizumab", 6.2),
        g("TRAE_DISC", "sorafenib", 10.2),
    ],
)

add(
    "02",
    "lancet-oncol-middot-safety-denominators",
    "Lancet Oncology Findings paragraph, mid-dots, safety 'x (y%) of n', CheckMate 459",
    """Nivolumab versus sorafenib in advanced hepatocellular carcinoma (CheckMate 459): a randomised, multicentre, open-label, phase 3 trial
Findings Between Jan 11, 2016, and May 24, 2017, 743 patients were randomly assigned, 371 to nivolumab and 372 to sorafenib. After a median follow-up of 15·2 months (IQR 5·7–28·0), median overall survival was 16·4 months (95% CI 13·9–18·4) in the nivolumab group and 14·7 months (11·9–17·2) in the sorafenib group (hazard ratio 0·85 [95% CI 0·72–1·02]; p=0·075), short of the predefined significance threshold (p=0·0419). An objective response was seen in 57 (15%) nivolumab-treated and 26 (7%) sorafenib-treated patients. Grade 3–4 treatment-related adverse events were reported in 81 (22%) of 367 and 179 (49%) of 363 patients, respectively; serious treatment-related events occurred in 12% and 11%. Four deaths in the nivolumab group and one in the sorafenib group were judged treatment-related.
Interpretation First-line nivolumab did not significantly improve overall survival versus sorafenib, but showed clinical activity and a favourable safety profile.""",
    [
        g("N", OV, 743),
        g("N", "nivolumab", 371),
        g("N", "sorafenib", 372),
        g("mOS", "nivolumab", 16.4, 13.9, 18.4),
        g("mOS", "sorafenib", 14.7, 11.9, 17.2),
        g("HR_OS", "nivolumab", 0.85, 0.72, 1.02),
        g("ORR", "nivolumab", 15),
        g("ORR", "sorafenib", 7),
        g("TRAE_G3plus", "nivolumab", 22),
        g("TRAE_G3plus", "sorafenib", 49),
    ],
)

add(
    "03",
    "esmo-lba-three-arm-abbrev-99ci",
    "ESMO LBA, terse, abbreviations C+A / SOR / C, 99% and 96% CIs, three arms, COSMIC-312",
    """LBA37 Cabozantinib (C) plus atezolizumab (A) versus sorafenib (SOR) as first-line systemic treatment for advanced hepatocellular carcinoma (aHCC): results from the randomized phase III COSMIC-312 trial
Background: C inhibits VEGFR, MET and TAM kinases and may enhance response to immune checkpoint inhibition. Methods: Pts with aHCC, Child-Pugh A and no prior systemic therapy were randomized 2:1:1 to C 40 mg QD + A 1200 mg Q3W, SOR 400 mg BID, or single-agent C 60 mg QD. Dual primary endpoints: PFS per RECIST 1.1 by BICR and OS, both C+A vs SOR. Results: 837 pts were randomized (C+A, n = 432; SOR, n = 217; C, n = 188). At the primary PFS analysis (median follow-up 15.8 mo), mPFS was 6.8 mo with C+A vs 4.2 mo with SOR (HR 0.63; 99% CI 0.44–0.91; P = 0.0012). Interim OS: median 15.4 vs 15.5 mo (HR 0.90; 96% CI 0.69–1.18; P = 0.44). ORR 11% vs 3.7%. Single-agent C vs SOR: mPFS 5.8 mo, HR 0.71 (99% CI 0.51–1.01). Gr 3/4 TRAEs: 54% (C+A), 32% (SOR), 57% (C). Conclusions: C+A significantly prolonged PFS but not OS; further OS follow-up is ongoing.""",
    [
        g("N", OV, 837),
        g("N", AC, 432),
        g("N", "sorafenib", 217),
        g("N", "cabozantinib", 188),
        g("mPFS", AC, 6.8),
        g("mPFS", "sorafenib", 4.2),
        g("HR_PFS", AC, 0.63, 0.44, 0.91),
        g("mOS", AC, 15.4),
        g("mOS", "sorafenib", 15.5),
        g("HR_OS", AC, 0.90, 0.69, 1.18),
        g("ORR", AC, 11),
        g("ORR", "sorafenib", 3.7),
        g("mPFS", "cabozantinib", 5.8),
        g("HR_PFS", "cabozantinib", 0.71, 0.51, 1.01),
        g("TRAE_G3plus", AC, 54),
        g("TRAE_G3plus", "sorafenib", 32),
        g("TRAE_G3plus", "cabozantinib", 57),
    ],
)

add(
    "04",
    "lancet-adjuvant-rfs-distractors",
    "Lancet Findings, adjuvant trial, RFS only (not gold), one-arm safety, IMbrave050",
    """Atezolizumab plus bevacizumab versus active surveillance in patients with resected or ablated high-risk hepatocellular carcinoma (IMbrave050): a randomised, open-label, multicentre, phase 3 trial
Methods Adults with high-risk hepatocellular carcinoma after curative resection or ablation were randomly assigned 1:1 to 17 cycles of atezolizumab 1200 mg plus bevacizumab 15 mg/kg every 3 weeks, or to active surveillance. The primary endpoint was recurrence-free survival assessed by an independent review facility.
Findings 668 patients were randomly assigned between Dec 31, 2019, and Nov 25, 2021, 334 of them to atezolizumab plus bevacizumab. At the prespecified interim analysis (median follow-up 17·4 months), adjuvant treatment reduced the risk of recurrence or death by 28% (hazard ratio 0·72 [adjusted 95% CI 0·53–0·98]; p=0·012); 12-month recurrence-free survival was 78% versus 65%. Overall survival data were immature, with 47 deaths in total. Among 332 patients who received the combination, grade 3 or 4 adverse events occurred in 136 (41%) and treatment-related grade 3 or 4 events in 116 (35%); both drugs were discontinued because of treatment-related adverse events in 29 (9%). Six deaths (2%) were attributed to treatment.
Interpretation Adjuvant atezolizumab plus bevacizumab improved recurrence-free survival; longer follow-up is needed.""",
    [
        g("N", OV, 668),
        g("N", AB, 334),
        g("AE_G3plus", AB, 41),
        g("TRAE_G3plus", AB, 35),
        g("TRAE_DISC", AB, 9),
    ],
)

add(
    "05",
    "asco-gi-terse-three-arm-pbo",
    "ASCO GI abstract, terse, D+B+TACE / D+TACE / PBO+TACE abbreviations, TTP, EMERALD-1",
    """Durvalumab (D) with or without bevacizumab (B) with transarterial chemoembolization (TACE) in hepatocellular carcinoma (HCC): EMERALD-1 primary PFS analysis.
Background: TACE is standard for embolization-eligible uHCC, yet progression is frequent. Methods: Pts were randomized 1:1:1 to D+B+TACE, D+TACE, or PBO+TACE; after TACE, D 1500 mg Q4W ± B 15 mg/kg Q3W (or PBO) continued until progression. Primary endpoint: PFS (BICR, RECIST 1.1) for D+B+TACE vs PBO+TACE. Results: 616 pts were randomized: 204 to D+B+TACE, 207 to D+TACE and 205 to PBO+TACE. mPFS was 15.0, 10.0 and 8.2 mo, respectively; HR for D+B+TACE vs PBO+TACE 0.77 (95% CI 0.61–0.98; P = 0.032) and for D+TACE vs PBO+TACE 0.94 (95% CI 0.75–1.19). Median TTP: 22.0 vs 11.5 vs 10.0 mo. ORR (mRECIST): 43.6% vs 41.0% vs 29.6%. Maximum Gr 3/4 AEs of any cause: 45.5%, 34.1% and 35.1%. OS data are immature. Conclusions: D+B+TACE delivered a clinically meaningful PFS improvement over TACE alone. Clinical trial information: NCT03778957.""",
    [
        g("N", OV, 616),
        g("N", DBT, 204),
        g("N", DTA, 207),
        g("N", PT, 205),
        g("mPFS", DBT, 15.0),
        g("mPFS", DTA, 10.0),
        g("mPFS", PT, 8.2),
        g("HR_PFS", DBT, 0.77, 0.61, 0.98),
        g("HR_PFS", DTA, 0.94, 0.75, 1.19),
        g("mTTP", DBT, 22.0),
        g("mTTP", DTA, 11.5),
        g("mTTP", PT, 10.0),
        g("ORR", DBT, 43.6),
        g("ORR", DTA, 41.0),
        g("ORR", PT, 29.6),
        g("AE_G3plus", DBT, 45.5),
        g("AE_G3plus", DTA, 34.1),
        g("AE_G3plus", PT, 35.1),
    ],
)

add(
    "06",
    "ctgov-results-record",
    "ClinicalTrials.gov results record layout (participant flow, outcome measures, statistical analysis), KEYNOTE-240",
    """Study Results: Pembrolizumab (MK-3475) Versus Best Supportive Care in Participants With Previously Systemically Treated Advanced Hepatocellular Carcinoma (MK-3475-240/KEYNOTE-240)
ClinicalTrials.gov ID: NCT02702401
Enrollment: 413 (ACTUAL)
Participant Flow
Arm/Group Title | Pembrolizumab + BSC | Placebo + BSC
Period Title: Overall Study
STARTED | 278 | 135
Treated | 279 | 134
COMPLETED | 0 | 0
Outcome Measure 1: Overall Survival (OS)
Description: OS was defined as the time from randomization to death due to any cause.
Time Frame: Up to approximately 39 months
Overall Number of Participants Analyzed | 278 | 135
Median (95% Confidence Interval) Unit of Measure: Months | 13.9 (11.6 to 16.0) | 10.6 (8.3 to 13.5)
Statistical Analysis: Comparison Groups Pembrolizumab + BSC, Placebo + BSC; Method: Stratified Cox proportional hazards; Hazard Ratio (HR) 0.781; 95% Confidence Interval 0.611 to 0.998; P-Value 0.0238
Outcome Measure 2: Progression-free Survival (PFS) per RECIST 1.1 by Blinded Central Review
Median (95% Confidence Interval) Unit of Measure: Months | 3.0 (2.8 to 4.1) | 2.8 (1.6 to 3.0)
Statistical Analysis: Hazard Ratio (HR) 0.718; 95% Confidence Interval 0.570 to 0.904; P-Value 0.0022
Outcome Measure 3: Objective Response Rate (ORR)
Unit of Measure: Percentage of participants | 18.3 (14.0 to 23.4) | 4.4 (1.6 to 9.4)
Outcome Measure 4: Number of Participants Who Experienced At Least One Adverse Event
Count of Participants | 269 | 123""",
    [
        g("N", OV, 413),
        g("N", "pembrolizumab", 278),
        g("N", "placebo", 135),
        g("mOS", "pembrolizumab", 13.9, 11.6, 16.0),
        g("mOS", "placebo", 10.6, 8.3, 13.5),
        g("HR_OS", "pembrolizumab", 0.781, 0.611, 0.998),
        g("mPFS", "pembrolizumab", 3.0, 2.8, 4.1),
        g("mPFS", "placebo", 2.8, 1.6, 3.0),
        g("HR_PFS", "pembrolizumab", 0.718, 0.570, 0.904),
        g("ORR", "pembrolizumab", 18.3, 14.0, 23.4),
        g("ORR", "placebo", 4.4, 1.6, 9.4),
    ],
)

add(
    "07",
    "news-report-shorthand-arms",
    "Oncology news report (ASCO Post style), 'the triplet' / 'TACE plus dual placebo', PFS landmarks, OS not reached, LEAP-012",
    """LEAP-012: Adding Lenvatinib and Pembrolizumab to TACE Extends Progression-Free Survival in Intermediate-Stage HCC
At the first interim analysis of the phase III LEAP-012 trial, adding lenvatinib plus pembrolizumab to transarterial chemoembolization (TACE) prolonged progression-free survival in patients with embolization-eligible, nonmetastatic hepatocellular carcinoma.
Study details: A total of 480 patients were randomly assigned to lenvatinib 8 or 12 mg daily plus pembrolizumab 400 mg every 6 weeks with TACE (n = 237) or to TACE with dual oral and intravenous placebo (n = 243).
Key results: Median progression-free survival by blinded central review was 14.6 months with the triplet vs 10.0 months with TACE plus dual placebo (hazard ratio [HR] = 0.66, 95% confidence interval [CI] = 0.51–0.84; P = .0002). At 24 months, 30.6% vs 14.1% of patients were alive and progression-free. Median overall survival had not been reached in either group (HR = 0.80, 95% CI = 0.57–1.11). Objective responses per RECIST 1.1 were observed in 46.8% and 33.3% of patients.
Safety: Grade ≥ 3 treatment-related adverse events were reported in 71.3% of the lenvatinib/pembrolizumab/TACE group and 31.1% of the control group; about 4% of patients in the experimental arm had a treatment-related death.""",
    [
        g("N", OV, 480),
        g("N", PLT, 237),
        g("N", PT, 243),
        g("mPFS", PLT, 14.6),
        g("mPFS", PT, 10.0),
        g("HR_PFS", PLT, 0.66, 0.51, 0.84),
        g("PFS_RATE", PLT, 30.6),
        g("PFS_RATE", PT, 14.1),
        g("mOS", PLT, None),
        g("mOS", PT, None),
        g("HR_OS", PLT, 0.80, 0.57, 1.11),
        g("ORR", PLT, 46.8),
        g("ORR", PT, 33.3),
        g("TRAE_G3plus", PLT, 71.3),
        g("TRAE_G3plus", PT, 31.1),
    ],
)

add(
    "08",
    "jama-oncol-dose-arms-same-regimen",
    "JAMA Oncology results paragraph, three dosing arms of one regimen (Arm A/B/C), ranges with '+', CheckMate 040 cohort 4",
    """Efficacy and Safety of Nivolumab Plus Ipilimumab in Patients With Advanced Hepatocellular Carcinoma Previously Treated With Sorafenib: The CheckMate 040 Randomized Clinical Trial
Design, Setting, and Participants This cohort of a multicenter, open-label phase 1/2 study enrolled 148 sorafenib-experienced patients between January 4 and September 26, 2016.
Interventions Patients were randomized 1:1:1 to nivolumab 1 mg/kg plus ipilimumab 3 mg/kg every 3 weeks (4 doses; arm A), nivolumab 3 mg/kg plus ipilimumab 1 mg/kg every 3 weeks (4 doses; arm B), or nivolumab 3 mg/kg every 2 weeks plus ipilimumab 1 mg/kg every 6 weeks (arm C); arms A and B then continued nivolumab 240 mg every 2 weeks.
Results Arm A included 50 patients, and arms B and C 49 each. At a minimum follow-up of 28 months, investigator-assessed objective responses were seen in 32%, 27% and 29% of patients in arms A, B and C, respectively; in arm A, responses lasted a median of 17.5 months (range, 4.6 to 30.5+). Median overall survival was 22.8 months in arm A, 12.5 months in arm B and 12.7 months in arm C, with 24-month survival rates of 48%, 30% and 42%. Grade 3 or 4 treatment-related adverse events occurred in 53% of arm A, 29% of arm B and 31% of arm C.
Conclusions and Relevance The arm A regimen was later approved for this setting.""",
    [
        g("N", OV, 148),
        g("N", NI, 50),
        g("N", NI, 49),
        g("N", NI, 49),
        g("ORR", NI, 32),
        g("ORR", NI, 27),
        g("ORR", NI, 29),
        g("mDOR", NI, 17.5),
        g("mOS", NI, 22.8),
        g("mOS", NI, 12.5),
        g("mOS", NI, 12.7),
        g("OS_RATE", NI, 48),
        g("OS_RATE", NI, 30),
        g("OS_RATE", NI, 42),
        g("TRAE_G3plus", NI, 53),
        g("TRAE_G3plus", NI, 29),
        g("TRAE_G3plus", NI, 31),
    ],
)

add(
    "09",
    "real-world-pooled-eligibility-subgroups",
    "Hepatology journal real-world multicentre study, mixed regimens pooled, eligibility subgroups, non-treatment HR",
    """Durvalumab with or without tremelimumab for hepatocellular carcinoma in routine practice: a multinational cohort study
Background & Aims: We assessed whether the outcomes of STRIDE (single tremelimumab regular interval durvalumab) and durvalumab monotherapy seen in HIMALAYA are reproduced in clinical practice, within and outside the trial's key eligibility criteria.
Methods: From a registry of 1,423 patients given immunotherapy at 35 centres, we selected those treated with STRIDE or durvalumab alone. Patients were labelled HIMALAYA-IN (no prior systemic therapy, ECOG-PS 0–1, Child-Pugh A, no main portal vein thrombosis) or HIMALAYA-OUT.
Results: We analysed 233 patients (STRIDE, n = 187; durvalumab, n = 46), of whom 36% had received prior systemic therapy. In the whole cohort median OS was 15.0 months (95% CI 12.3–18.1), the objective response rate 19.7% and the disease control rate 55.4%. HIMALAYA-IN patients (n = 124) lived longer than HIMALAYA-OUT patients (n = 109): median OS 23.0 versus 12.0 months (HR 0.52; 95% CI 0.36–0.75). Grade ≥3 treatment-related adverse events occurred in 14.2% and grade ≥3 immune-related adverse events in 8.6%; hepatic decompensation developed in 12.0%.
Conclusions: Outcomes with durvalumab-based regimens in practice match the trial when eligibility criteria are met.""",
    [
        g("N", OV, 233),
        g("N", DT, 187),
        g("N", "durvalumab", 46),
        g("mOS", OV, 15.0, 12.3, 18.1),
        g("ORR", OV, 19.7),
        g("DCR", OV, 55.4),
        g("N", OV, 124),
        g("N", OV, 109),
        g("mOS", OV, 23.0),
        g("mOS", OV, 12.0),
        g("TRAE_G3plus", OV, 14.2),
        g("IRAE_G3plus", OV, 8.6),
    ],
)

add(
    "10",
    "small-single-centre-spelled-n",
    "Oncology (Karger) single-centre retrospective, spelled-out N, ORR from partial responses, biomarker distractor",
    """First-line durvalumab plus tremelimumab for unresectable hepatocellular carcinoma: response and PET-based predictors in a single-centre series
Introduction: Real-world data on which patients respond to the STRIDE regimen remain scarce.
Methods: We retrospectively reviewed consecutive systemic therapy–naive patients who started tremelimumab plus durvalumab at our hospital. The primary endpoint was the objective response rate.
Results: Twenty-one patients were included (median age 74 years). Eleven achieved a partial response and none a complete response, for an objective response rate of 52.4%; the disease control rate was 71.4%. Median progression-free survival was 6.8 months, and median overall survival had not been reached. Four patients (19.0%) developed grade 3 or higher immune-related adverse events. A tumour-to-liver SUVmax ratio above 2.0 on baseline FDG-PET was associated with response (odds ratio 9.6; 95% CI 1.3–70.2).
Conclusion: STRIDE appears active in this population, and baseline FDG-PET may help predict response.""",
    [
        g("N", DT, 21),
        g("ORR", DT, 52.4),
        g("DCR", DT, 71.4),
        g("mPFS", DT, 6.8),
        g("mOS", DT, None),
        g("IRAE_G3plus", DT, 19.0),
    ],
)

add(
    "11",
    "mdpi-second-line-cabo-subgroups",
    "Cancers (MDPI) retrospective, second-line cabozantinib after Atz/Bev, subgroup medians by liver function, unattributed AEs",
    """Clinical Outcomes of Cabozantinib in Patients Previously Treated with Atezolizumab/Bevacizumab for Advanced Hepatocellular Carcinoma
Simple Summary: The best treatment after atezolizumab plus bevacizumab is unknown. We looked at cabozantinib given after this combination in daily practice.
Abstract: We retrospectively studied 26 patients who started cabozantinib after progression on or intolerance to Atz/Bev between 2021 and 2023. Median progression-free survival was 2.8 months and median overall survival 6.5 months. One patient had a partial response (objective response rate 3.8%) and the disease control rate was 57.7%. Patients who were Child–Pugh A with an ECOG performance status of 0 or 1 at the start of cabozantinib (n = 15) fared better than the remaining 11 patients: median progression-free survival 3.6 versus 1.3 months and median overall survival 9.2 versus 3.1 months. Adverse events of grade 3 or higher occurred in 61.5%, most often hand–foot skin reaction and fatigue, and 23.1% stopped cabozantinib because of adverse events. The median daily dose was 40 mg.""",
    [
        g("N", "cabozantinib", 26),
        g("mPFS", "cabozantinib", 2.8),
        g("mOS", "cabozantinib", 6.5),
        g("ORR", "cabozantinib", 3.8),
        g("DCR", "cabozantinib", 57.7),
        g("N", "cabozantinib", 15),
        g("N", "cabozantinib", 11),
        g("mPFS", "cabozantinib", 3.6),
        g("mPFS", "cabozantinib", 1.3),
        g("mOS", "cabozantinib", 9.2),
        g("mOS", "cabozantinib", 3.1),
        g("AE_G3plus", "cabozantinib", 61.5),
    ],
)

add(
    "12",
    "claims-database-prior-line-cohorts",
    "The Oncologist claims analysis, real-world OS by prior-line cohort, rwTTD distractors",
    """Real-world outcomes of second-line cabozantinib in advanced hepatocellular carcinoma: a retrospective US claims analysis
Background: Cabozantinib is approved after first-line sorafenib, but first-line treatment has shifted to immuno-oncology (IO)-based regimens.
Patients and Methods: Adults with advanced HCC who started second-line cabozantinib monotherapy were identified in US claims data and grouped by first-line therapy: IO monotherapy or IO + IO; IO + non-IO (mostly atezolizumab plus bevacizumab); or tyrosine kinase inhibitor (TKI) monotherapy. Real-world time to treatment discontinuation (rwTTD), time to next treatment or death, and overall survival (rwOS) were estimated.
Results: Of 148 patients given second-line cabozantinib, 28 were in the IO/IO + IO cohort, 54 in the IO + non-IO cohort and 66 in the TKI cohort. Median rwTTD was 3.5 months overall. Median rwOS from cabozantinib initiation was 9.1 months overall, and 7.4, 8.6 and 11.0 months in the three cohorts, respectively. The median starting dose was 40 mg/day in 61% of patients.
Conclusions: Second-line cabozantinib showed comparable outcomes regardless of first-line regimen.""",
    [
        g("N", "cabozantinib", 148),
        g("N", "cabozantinib", 28),
        g("N", "cabozantinib", 54),
        g("N", "cabozantinib", 66),
        g("mOS", "cabozantinib", 9.1),
        g("mOS", "cabozantinib", 7.4),
        g("mOS", "cabozantinib", 8.6),
        g("mOS", "cabozantinib", 11.0),
    ],
)

add(
    "13",
    "korean-psm-two-tkis-each-group",
    "Clinical and Molecular Hepatology propensity-matched comparison of two second-line agents, 'n in each group', HR of a non-randomised comparison",
    """Regorafenib versus cabozantinib after failure of atezolizumab plus bevacizumab in hepatocellular carcinoma: a propensity score-matched multicentre study
Background/Aims: No randomised data guide the choice of tyrosine kinase inhibitor after atezolizumab-bevacizumab.
Methods: Patients who started regorafenib or cabozantinib after progression on first-line atezolizumab-bevacizumab at six Korean centres were reviewed; response was assessed by RECIST v1.1.
Results: Of 137 eligible patients, 84 received regorafenib and 53 cabozantinib. After propensity score matching, 48 patients remained in each group. In the matched cohort, the objective response rate was 8.3% with regorafenib and 10.4% with cabozantinib, and the disease control rate 54.2% and 62.5%. Median progression-free survival was 3.2 versus 3.7 months (hazard ratio for regorafenib versus cabozantinib, 1.06; 95% CI, 0.68–1.65) and median overall survival 9.8 versus 10.1 months (hazard ratio, 0.97; 95% CI, 0.58–1.62). Grade 3 or higher adverse events, regardless of attribution, were observed in 35.4% and 45.8% of patients.
Conclusions: Both agents gave similar outcomes after atezolizumab-bevacizumab.""",
    [
        g("N", OV, 137),
        g("N", "regorafenib", 84),
        g("N", "cabozantinib", 53),
        g("N", "regorafenib", 48),
        g("N", "cabozantinib", 48),
        g("ORR", "regorafenib", 8.3),
        g("ORR", "cabozantinib", 10.4),
        g("DCR", "regorafenib", 54.2),
        g("DCR", "cabozantinib", 62.5),
        g("mPFS", "regorafenib", 3.2),
        g("mPFS", "cabozantinib", 3.7),
        g("HR_PFS", "regorafenib", 1.06, 0.68, 1.65),
        g("mOS", "regorafenib", 9.8),
        g("mOS", "cabozantinib", 10.1),
        g("HR_OS", "regorafenib", 0.97, 0.58, 1.62),
        g("AE_G3plus", "regorafenib", 35.4),
        g("AE_G3plus", "cabozantinib", 45.8),
    ],
)

add(
    "14",
    "bmc-later-line-ramucirumab",
    "BMC Gastroenterology retrospective, ramucirumab across treatment lines (line counts are distractors), 'seven patients'",
    """Use of ramucirumab for various treatment lines in real-world practice of patients with advanced hepatocellular carcinoma
Purpose: Ramucirumab improved survival after sorafenib in patients with alpha-fetoprotein ≥ 400 ng/mL, but in practice it is often given after other agents.
Methods: Patients with advanced HCC who received ramucirumab at three Japanese institutions were reviewed. Response was judged by RECIST 1.1 and modified RECIST; adverse events were graded with CTCAE version 5.0.
Results: Thirty-seven patients were treated between June 2019 and March 2021. Ramucirumab was given as second-, third-, fourth- and fifth-line therapy in 13 (35.1%), 14 (37.8%), 8 (21.6%) and 2 (5.4%) patients. Median progression-free survival was 2.7 months (95% confidence interval, 1.6–7.3) and median overall survival 8.8 months. One patient responded (objective response rate 2.7%) and the disease control rate was 45.9%. Grade 3 or higher adverse events occurred in seven patients (18.9%); the albumin-bilirubin score did not change significantly during treatment.
Conclusion: Outcomes in later lines resembled those of REACH-2.""",
    [
        g("N", "ramucirumab", 37),
        g("mPFS", "ramucirumab", 2.7, 1.6, 7.3),
        g("mOS", "ramucirumab", 8.8),
        g("ORR", "ramucirumab", 2.7),
        g("DCR", "ramucirumab", 45.9),
        g("AE_G3plus", "ramucirumab", 18.9),
    ],
)

add(
    "15",
    "jco-defined-abbrev-len-tace",
    "JCO PURPOSE/METHODS/RESULTS, LEN-TACE vs LEN defined abbreviations, ORR by two criteria, prognostic HR distractor, LAUNCH",
    """Lenvatinib Combined With Transarterial Chemoembolization as First-Line Treatment for Advanced Hepatocellular Carcinoma: A Phase III, Randomized Clinical Trial (LAUNCH)
PURPOSE Lenvatinib (LEN) offers modest survival benefit in advanced hepatocellular carcinoma; we asked whether adding transarterial chemoembolization (TACE) helps.
METHODS In this multicenter, open-label phase III trial, patients were randomly assigned 1:1 to LEN plus on-demand TACE (LEN-TACE) or LEN alone. The primary end point was overall survival (OS).
RESULTS From June 2019 to July 2021, 338 patients were randomly assigned at 12 centers in China: 170 to LEN-TACE and 168 to LEN. At the interim analysis, median OS was 17.8 months (95% CI, 16.1 to 19.5) in the LEN-TACE group and 11.5 months (95% CI, 10.3 to 12.7) in the LEN group (hazard ratio [HR], 0.45; 95% CI, 0.33 to 0.61; P < .001). Median progression-free survival was likewise longer, 10.6 versus 6.4 months (HR, 0.43; 95% CI, 0.34 to 0.55; P < .001). Objective responses were more frequent with LEN-TACE by modified RECIST (54.1% v 25.0%) and by RECIST 1.1 (45.9% v 20.8%). On multivariable analysis, portal vein tumor thrombus predicted shorter OS (HR, 1.79; 95% CI, 1.21 to 2.65).
CONCLUSION LEN-TACE may be a new first-line option for advanced HCC.""",
    [
        g("N", OV, 338),
        g("N", LT, 170),
        g("N", "lenvatinib", 168),
        g("mOS", LT, 17.8, 16.1, 19.5),
        g("mOS", "lenvatinib", 11.5, 10.3, 12.7),
        g("HR_OS", LT, 0.45, 0.33, 0.61),
        g("mPFS", LT, 10.6),
        g("mPFS", "lenvatinib", 6.4),
        g("HR_PFS", LT, 0.43, 0.34, 0.55),
        g("ORR", LT, 54.1),
        g("ORR", "lenvatinib", 25.0),
        g("ORR", LT, 45.9),
        g("ORR", "lenvatinib", 20.8),
    ],
)

add(
    "16",
    "pubmed-page-tace-alone-landmarks",
    "PubMed abstract page with chrome, TACE plus sorafenib vs TACE alone (no placebo), landmark OS at 1 and 2 years, delta distractor, TACTICS final",
    """Liver Cancer. 2022 Feb 10;11(4):354-367. doi: 10.1159/000522547. eCollection 2022 Jul.
Final Results of TACTICS: A Randomized, Prospective Trial Comparing Transarterial Chemoembolization Plus Sorafenib to Transarterial Chemoembolization Alone in Patients with Unresectable Hepatocellular Carcinoma
Affiliations expand
PMID: 35978604
Abstract
Introduction: Earlier trials of TACE combined with molecular targeted agents failed to show benefit. We report the final overall survival (OS) analysis of TACTICS.
Methods: Patients with unresectable HCC were randomised to TACE plus sorafenib (N = 80) or TACE alone (N = 76). Sorafenib 400 mg daily was started 2-3 weeks before the first TACE session and continued at 800 mg daily during on-demand conventional TACE. Progression-free survival (PFS) used a TACE-specific definition of untreatable progression.
Results: With 131 OS events at the July 2020 cut-off, median OS was 36.2 months with TACE plus sorafenib and 30.8 months with TACE alone (hazard ratio [HR] 0.861; 95% confidence interval [CI], 0.607-1.223; p = 0.40), a difference of 5.4 months. The updated median PFS was 22.8 versus 13.5 months (HR 0.661; 95% CI, 0.466-0.938). One-year OS was 96.2% versus 82.7% and two-year OS 77.2% versus 64.6%.
Conclusion: The OS difference was not statistically significant, although it was clinically meaningful.
Keywords: Sorafenib; Transarterial chemoembolization; Hepatocellular carcinoma.""",
    [
        g("N", ST, 80),
        g("N", "tace", 76),
        g("mOS", ST, 36.2),
        g("mOS", "tace", 30.8),
        g("HR_OS", ST, 0.861, 0.607, 1.223),
        g("mPFS", ST, 22.8),
        g("mPFS", "tace", 13.5),
        g("HR_PFS", ST, 0.661, 0.466, 0.938),
        g("OS_RATE", ST, 96.2),
        g("OS_RATE", "tace", 82.7),
        g("OS_RATE", ST, 77.2),
        g("OS_RATE", "tace", 64.6),
    ],
)

add(
    "17",
    "congress-news-tace-pfs-rates",
    "Congress news (ESMO GI LBA report), TACE-PFS medians with two decimals, PFS rates at 12 and 18 months, TALENTACE",
    """TALENTACE supports atezolizumab plus bevacizumab after TACE for intermediate-to-high burden HCC
Findings from the phase III TALENTACE trial presented at ESMO GI support adding atezolizumab and bevacizumab to on-demand transarterial chemoembolization (TACE) in systemically untreated, unresectable hepatocellular carcinoma.
The open-label study, run in China and Japan, randomised 342 patients 1:1 to on-demand TACE followed by atezolizumab 1200 mg and bevacizumab 15 mg/kg every 3 weeks, or to on-demand TACE alone.
After a median follow-up of 26.3 months, investigator-assessed TACE-progression-free survival (PFS) — time to untreatable progression, TACE failure or death — was longer with the combination than with TACE alone (median 11.30 vs 7.03 months; hazard ratio [HR], 0.71; 95% CI, 0.55–0.92; p=0.009). TACE-PFS rates were 48.46% vs 33.6% at 12 months and 37.98% vs 29.85% at 18 months. PFS per RECIST v1.1 pointed the same way (median 10.32 vs 7.16 months). Overall survival remains immature.
Objective responses were recorded in 53.2% of patients given the combination and 37.4% of those given TACE alone, and grade 3–4 treatment-related adverse events in 26.9% and 11.7%, respectively.""",
    [
        g("N", OV, 342),
        g("mPFS", ABT, 11.30),
        g("mPFS", "tace", 7.03),
        g("HR_PFS", ABT, 0.71, 0.55, 0.92),
        g("PFS_RATE", ABT, 48.46),
        g("PFS_RATE", "tace", 33.6),
        g("PFS_RATE", ABT, 37.98),
        g("PFS_RATE", "tace", 29.85),
        g("mPFS", ABT, 10.32),
        g("mPFS", "tace", 7.16),
        g("ORR", ABT, 53.2),
        g("ORR", "tace", 37.4),
        g("TRAE_G3plus", ABT, 26.9),
        g("TRAE_G3plus", "tace", 11.7),
    ],
)

add(
    "18",
    "bmc-cancer-psm-defined-group-name",
    "BMC Cancer propensity-matched retrospective, 'TLC group' defined abbreviation, conversion-rate distractors",
    """TACE combined with lenvatinib plus camrelizumab versus TACE alone for unresectable hepatocellular carcinoma: a propensity score-matching study
Background: We compared transarterial chemoembolization (TACE) plus lenvatinib and camrelizumab (TLC) with TACE alone in unresectable HCC.
Methods: Records of 248 patients treated between 2013 and 2023 were reviewed: 97 received TLC and 151 TACE alone. Propensity score matching balanced baseline characteristics, leaving 70 patients per group.
Results: After matching, the TLC group had a higher objective response rate (88.6% vs. 28.6%, P < 0.001) and disease control rate (94.3% vs. 72.9%, P < 0.001). Conversion to resection was achieved in 44.1% and 41.4% of TLC patients before and after matching. Median progression-free survival was 12.7 months in the TLC group and 6.1 months in the TACE group (P = 0.005), and median overall survival 19.4 versus 13.0 months (P = 0.023). Grade 3 or 4 treatment-related adverse events affected 22.9% of TLC patients, chiefly hypertension and elevated transaminases.
Conclusion: TLC was safe and superior to TACE alone.""",
    [
        g("N", OV, 248),
        g("N", CLT, 97),
        g("N", "tace", 151),
        g("N", CLT, 70),
        g("N", "tace", 70),
        g("ORR", CLT, 88.6),
        g("ORR", "tace", 28.6),
        g("DCR", CLT, 94.3),
        g("DCR", "tace", 72.9),
        g("mPFS", CLT, 12.7),
        g("mPFS", "tace", 6.1),
        g("mOS", CLT, 19.4),
        g("mOS", "tace", 13.0),
        g("TRAE_G3plus", CLT, 22.9),
    ],
)

add(
    "19",
    "cmh-after-ate-bev-percent-n",
    "Clinical and Molecular Hepatology, second-line lenvatinib vs sorafenib after ATE+BEV, N with percentages, PS-matched 'in each group'",
    """Sorafenib vs. Lenvatinib in advanced hepatocellular carcinoma after atezolizumab/bevacizumab failure: A real-world study
Background/Aims: Sequencing after atezolizumab plus bevacizumab (ATE+BEV) is poorly defined. We compared second-line sorafenib and lenvatinib.
Methods: This multicenter retrospective study included patients who started sorafenib or lenvatinib after progression on ATE+BEV between August 2019 and December 2022; the groups were balanced by propensity score (PS) matching.
Results: Of 126 patients, 40 (31.7%) received lenvatinib and 86 (68.3%) sorafenib; the median age was 63 years and 88.1% were men. In the PS-matched cohorts (36 patients in each group), the objective response rate did not differ (5.6% vs. 8.3%; P=0.643), but the disease control rate favoured lenvatinib (66.7% vs. 22.2%; P<0.001). Median progression-free survival was 3.5 versus 2.5 months (hazard ratio [HR] for lenvatinib, 0.50; 95% confidence interval [CI], 0.29–0.85), and median overall survival 7.2 versus 6.3 months.
Conclusions: Lenvatinib may be the preferred second-line tyrosine kinase inhibitor after ATE+BEV.""",
    [
        g("N", OV, 126),
        g("N", "lenvatinib", 40),
        g("N", "sorafenib", 86),
        g("N", "lenvatinib", 36),
        g("N", "sorafenib", 36),
        g("ORR", "lenvatinib", 5.6),
        g("ORR", "sorafenib", 8.3),
        g("DCR", "lenvatinib", 66.7),
        g("DCR", "sorafenib", 22.2),
        g("mPFS", "lenvatinib", 3.5),
        g("mPFS", "sorafenib", 2.5),
        g("HR_PFS", "lenvatinib", 0.50, 0.29, 0.85),
        g("mOS", "lenvatinib", 7.2),
        g("mOS", "sorafenib", 6.3),
    ],
)

add(
    "20",
    "targeted-oncol-psm-first-line",
    "Targeted Oncology propensity-matched first-line comparison, ATEZO/BEVA vs LEN, 'not reached' median",
    """Comparison of Efficacy and Safety of Atezolizumab Plus Bevacizumab and Lenvatinib as First-Line Therapy for Unresectable Hepatocellular Carcinoma: A Propensity Score Matching Analysis
Background: How atezolizumab plus bevacizumab (ATEZO/BEVA) compares with lenvatinib (LEN) in practice is unclear.
Patients and Methods: We analysed 810 patients who started ATEZO/BEVA (n = 186) or LEN (n = 624) as first-line systemic therapy at 14 facilities between March 2018 and March 2022. After propensity score matching, 152 patients remained in each group.
Results: After matching, objective response rates were similar (44.8% vs. 46.7%, p = 0.644), but median progression-free survival (8.3 vs. 6.0 months, p = 0.005) and overall survival (not reached vs. 20.6 months, p = 0.039) favoured ATEZO/BEVA. Grade ≥ 3 adverse events occurred in 22.4% of the ATEZO/BEVA group and 37.5% of the LEN group.
Conclusions: ATEZO/BEVA may be the preferred first-line therapy.""",
    [
        g("N", OV, 810),
        g("N", AB, 186),
        g("N", "lenvatinib", 624),
        g("N", AB, 152),
        g("N", "lenvatinib", 152),
        g("ORR", AB, 44.8),
        g("ORR", "lenvatinib", 46.7),
        g("mPFS", AB, 8.3),
        g("mPFS", "lenvatinib", 6.0),
        g("mOS", AB, None),
        g("mOS", "lenvatinib", 20.6),
        g("AE_G3plus", AB, 22.4),
        g("AE_G3plus", "lenvatinib", 37.5),
    ],
)

add(
    "21",
    "esmo-plenary-cps-chain-pbo",
    "ESMO virtual plenary abstract, terse 'pembro + chemo' / 'pbo + chemo', ITT then CPS ≥1 and ≥10 chains, KEYNOTE-859",
    """Pembrolizumab (pembro) plus chemotherapy (chemo) vs placebo (pbo) plus chemo for HER2-negative advanced gastric or gastroesophageal junction (G/GEJ) adenocarcinoma: KEYNOTE-859
Methods: 1579 pts with previously untreated HER2-negative G/GEJ adenocarcinoma were randomized 1:1 (790 vs 789) to pembro 200 mg or pbo Q3W for ≤35 cycles, each with investigator's choice of FP or CAPOX. Primary endpoint: OS. Results: In the ITT population, pembro + chemo improved OS (median 12.9 vs 11.5 mo; HR 0.78, 95% CI 0.70–0.87; P < 0.0001) and PFS (median 6.9 vs 5.6 mo; HR 0.76, 95% CI 0.67–0.85) vs pbo + chemo; ORR was 51.3% vs 42.0%. In the PD-L1 CPS ≥1 population, median OS was 13.0 vs 11.4 mo (HR 0.74, 95% CI 0.65–0.84), median PFS 6.9 vs 5.6 mo (HR 0.72), ORR 52.1% vs 42.6% and median DOR 8.3 vs 5.6 mo. In the CPS ≥10 population, the respective figures were 15.7 vs 11.8 mo (HR 0.65, 95% CI 0.53–0.79), 8.1 vs 5.6 mo (HR 0.62), 60.6% vs 43.0% and 10.9 vs 5.8 mo. Grade 3–5 drug-related AEs: 59.4% vs 51.1%; immune-mediated AEs of any grade: 27.1% vs 9.3%.""",
    [
        g("N", OV, 1579),
        g("N", PC, 790),
        g("N", CP, 789),
        g("mOS", PC, 12.9),
        g("mOS", CP, 11.5),
        g("HR_OS", PC, 0.78, 0.70, 0.87),
        g("mPFS", PC, 6.9),
        g("mPFS", CP, 5.6),
        g("HR_PFS", PC, 0.76, 0.67, 0.85),
        g("ORR", PC, 51.3),
        g("ORR", CP, 42.0),
        g("mOS", PC, 13.0),
        g("mOS", CP, 11.4),
        g("HR_OS", PC, 0.74, 0.65, 0.84),
        g("mPFS", PC, 6.9),
        g("mPFS", CP, 5.6),
        g("HR_PFS", PC, 0.72),
        g("ORR", PC, 52.1),
        g("ORR", CP, 42.6),
        g("mDOR", PC, 8.3),
        g("mDOR", CP, 5.6),
        g("mOS", PC, 15.7),
        g("mOS", CP, 11.8),
        g("HR_OS", PC, 0.65, 0.53, 0.79),
        g("mPFS", PC, 8.1),
        g("mPFS", CP, 5.6),
        g("HR_PFS", PC, 0.62),
        g("ORR", PC, 60.6),
        g("ORR", CP, 43.0),
        g("mDOR", PC, 10.9),
        g("mDOR", CP, 5.8),
        g("TRAE_G3plus", PC, 59.4),
        g("TRAE_G3plus", CP, 51.1),
    ],
)

add(
    "22",
    "lancet-oncol-middot-gastric-dcr",
    "Lancet Oncology Findings, mid-dots, ramucirumab plus paclitaxel vs placebo plus paclitaxel, DCR, specific-AE distractors, RAINBOW",
    """Ramucirumab plus paclitaxel versus placebo plus paclitaxel in patients with previously treated advanced gastric or gastro-oesophageal junction adenocarcinoma (RAINBOW): a double-blind, randomised phase 3 trial
Findings Between Dec 23, 2010, and Sept 23, 2012, 665 patients were randomly assigned, 330 to ramucirumab plus paclitaxel and 335 to placebo plus paclitaxel. Overall survival was significantly longer in the ramucirumab plus paclitaxel group (median 9·6 months [95% CI 8·5–10·8] vs 7·4 months [6·3–8·4]; hazard ratio 0·807 [95% CI 0·678–0·962]; p=0·017). Median progression-free survival was 4·4 months versus 2·9 months (HR 0·635, 0·536–0·752). An objective response occurred in 28% versus 16% of patients and disease control in 80% versus 64%. Grade 3 or worse neutropenia (41% vs 19%), leucopenia (18% vs 7%), hypertension (14% vs 2%) and fatigue (12% vs 5%) were more frequent with ramucirumab plus paclitaxel.
Interpretation Ramucirumab plus paclitaxel could be a new second-line standard.""",
    [
        g("N", OV, 665),
        g("N", RP, 330),
        g("N", PP, 335),
        g("mOS", RP, 9.6, 8.5, 10.8),
        g("mOS", PP, 7.4, 6.3, 8.4),
        g("HR_OS", RP, 0.807, 0.678, 0.962),
        g("mPFS", RP, 4.4),
        g("mPFS", PP, 2.9),
        g("HR_PFS", RP, 0.635, 0.536, 0.752),
        g("ORR", RP, 28),
        g("ORR", PP, 16),
        g("DCR", RP, 80),
        g("DCR", PP, 64),
    ],
)

add(
    "23",
    "gastric-cancer-update-responder-subgroup",
    "Gastric Cancer journal 2-year update, 2:1 randomisation, screened-count distractor, responder subgroup with NA CI bound, ATTRACTION-2",
    """A phase 3 study of nivolumab in previously treated advanced gastric or gastroesophageal junction cancer (ATTRACTION-2): 2-year update data
Background: Nivolumab improved overall survival (OS) in ATTRACTION-2. We present 2-year follow-up results.
Methods: This randomized, double-blind, placebo-controlled trial enrolled patients from 49 sites in Japan, South Korea and Taiwan after ≥ 2 chemotherapy regimens. The median follow-up was 27.3 months (range, 24.1–36.3).
Results: Of 601 patients screened, 493 were randomized 2:1 to nivolumab (330) or placebo (163). OS remained longer with nivolumab (median 5.26 [95% CI 4.60–6.37] vs 4.14 [3.42–4.86] months; hazard ratio 0.62 [95% CI 0.51–0.76]; P < 0.0001), with OS rates of 27.3% vs 11.6% at 1 year and 10.6% vs 3.2% at 2 years. In the 32 nivolumab-treated patients with a complete or partial response, median OS was 26.6 months (95% CI 21.65–not applicable) and the 1- and 2-year OS rates were 87.1% and 61.3%.
Conclusions: Long-term OS benefit with nivolumab was most evident in responders.""",
    [
        g("N", OV, 493),
        g("N", "nivolumab", 330),
        g("N", "placebo", 163),
        g("mOS", "nivolumab", 5.26, 4.60, 6.37),
        g("mOS", "placebo", 4.14, 3.42, 4.86),
        g("HR_OS", "nivolumab", 0.62, 0.51, 0.76),
        g("OS_RATE", "nivolumab", 27.3),
        g("OS_RATE", "placebo", 11.6),
        g("OS_RATE", "nivolumab", 10.6),
        g("OS_RATE", "placebo", 3.2),
        g("N", "nivolumab", 32),
        g("mOS", "nivolumab", 26.6, 21.65, None),
        g("OS_RATE", "nivolumab", 87.1),
        g("OS_RATE", "nivolumab", 61.3),
    ],
)

add(
    "24",
    "nejm-evidence-biliary-group-shorthand",
    "NEJM Evidence abstract, 'durvalumab group' shorthand for durvalumab plus gemcitabine-cisplatin, deaths distractor, TOPAZ-1",
    """Durvalumab plus Gemcitabine and Cisplatin in Advanced Biliary Tract Cancer
BACKGROUND Gemcitabine plus cisplatin has been the first-line standard for advanced biliary tract cancer for over a decade.
METHODS In this double-blind phase 3 study, patients with previously untreated unresectable, metastatic or recurrent biliary tract cancer were randomly assigned 1:1 to durvalumab or placebo, each combined with gemcitabine and cisplatin for up to eight cycles, followed by durvalumab or placebo monotherapy. The primary objective was overall survival.
RESULTS Overall, 685 patients underwent randomization: 341 to durvalumab plus gemcitabine and cisplatin and 344 to placebo plus gemcitabine and cisplatin. At data cutoff, 198 (58.1%) and 226 (65.7%) patients had died. Median overall survival was 12.8 and 11.5 months (hazard ratio for death, 0.80; 95% CI, 0.66 to 0.97; P=0.021); the estimated 24-month survival rate was 24.9% (95% CI, 17.9 to 32.5) in the durvalumab group and 10.4% (95% CI, 4.7 to 18.8) in the placebo group. The hazard ratio for progression or death was 0.75 (95% CI, 0.63 to 0.89), with medians of 7.2 and 5.7 months. Objective responses occurred in 26.7% and 18.7% of patients, and grade 3 or 4 treatment-related adverse events in 62.7% and 64.9%.
CONCLUSIONS Adding durvalumab to chemotherapy improved overall survival.""",
    [
        g("N", OV, 685),
        g("N", DCG, 341),
        g("N", CGP, 344),
        g("mOS", DCG, 12.8),
        g("mOS", CGP, 11.5),
        g("HR_OS", DCG, 0.80, 0.66, 0.97),
        g("OS_RATE", DCG, 24.9, 17.9, 32.5),
        g("OS_RATE", CGP, 10.4, 4.7, 18.8),
        g("HR_PFS", DCG, 0.75, 0.63, 0.89),
        g("mPFS", DCG, 7.2),
        g("mPFS", CGP, 5.7),
        g("ORR", DCG, 26.7),
        g("ORR", CGP, 18.7),
        g("TRAE_G3plus", DCG, 62.7),
        g("TRAE_G3plus", CGP, 64.9),
    ],
)

add(
    "25",
    "lancet-middot-biliary-chemo-backbone",
    "Lancet Findings, mid-dots, 'pembrolizumab plus chemotherapy' wording, unattributed grade 3-4 AEs with denominators, KEYNOTE-966",
    """Pembrolizumab in combination with gemcitabine and cisplatin compared with gemcitabine and cisplatin alone for patients with advanced biliary tract cancer (KEYNOTE-966): a randomised, double-blind, placebo-controlled, phase 3 trial
Findings Between Oct 4, 2019, and June 8, 2021, 1069 patients were randomly assigned to pembrolizumab plus chemotherapy (n=533) or placebo plus chemotherapy (n=536). Median follow-up was 25·6 months (IQR 21·7–30·4). Median overall survival was 12·7 months (95% CI 11·5–13·6) with pembrolizumab plus chemotherapy and 10·9 months (9·9–11·6) with placebo plus chemotherapy (hazard ratio 0·83 [95% CI 0·72–0·95]; one-sided p=0·0034). Median progression-free survival was 6·5 months versus 5·6 months (HR 0·86, 0·75–1·00), and an objective response was seen in 28·7% versus 28·5%. Grade 3–4 adverse events occurred in 420 (79%) of 529 patients and 400 (75%) of 534 patients; treatment-related deaths numbered eight and three.
Interpretation Pembrolizumab plus gemcitabine and cisplatin is a new treatment option.""",
    [
        g("N", OV, 1069),
        g("N", PC, 533),
        g("N", CP, 536),
        g("mOS", PC, 12.7, 11.5, 13.6),
        g("mOS", CP, 10.9, 9.9, 11.6),
        g("HR_OS", PC, 0.83, 0.72, 0.95),
        g("mPFS", PC, 6.5),
        g("mPFS", CP, 5.6),
        g("HR_PFS", PC, 0.86, 0.75, 1.00),
        g("ORR", PC, 28.7),
        g("ORR", CP, 28.5),
        g("AE_G3plus", PC, 79),
        g("AE_G3plus", CP, 75),
    ],
)

add(
    "26",
    "ejc-hr-chain-populations-no-comparator-values",
    "European Journal of Cancer 5-year update, HR chains by CPS population for two experimental arms, comparator (EXTREME) values only as a range, KEYNOTE-048",
    """Pembrolizumab with or without chemotherapy in recurrent or metastatic head and neck squamous cell carcinoma: 5-year follow-up from the randomized phase III KEYNOTE-048 study
Background: Pembrolizumab and pembrolizumab-chemotherapy improved overall survival (OS) over cetuximab-chemotherapy (EXTREME) at the primary analysis.
Methods: Adults with untreated recurrent/metastatic HNSCC were randomly assigned 1:1:1 to pembrolizumab, pembrolizumab plus chemotherapy or EXTREME; OS and PFS were the primary endpoints.
Results: 882 participants were assigned. Median follow-up was 69.2 months in the pembrolizumab arm. Versus EXTREME, pembrolizumab prolonged OS in the PD-L1 combined positive score (CPS) ≥ 20 (HR, 0.61; 95% CI, 0.46–0.81) and CPS ≥ 1 populations (HR, 0.74; 95% CI, 0.61–0.89) and gave similar OS in the total population (HR, 0.82; 95% CI, 0.69–0.97). Pembrolizumab-chemotherapy prolonged OS in all three populations (HR, 0.63 [95% CI, 0.47–0.84], 0.65 [0.53–0.79] and 0.72 [0.60–0.86], respectively). In the total population, 5-year OS was 14.4% with pembrolizumab and 16.0% with pembrolizumab-chemotherapy, compared with 5–7% in the EXTREME arm. PFS did not differ meaningfully between groups.
Conclusions: These results support both pembrolizumab-based regimens as first-line standards.""",
    [
        g("N", OV, 882),
        g("HR_OS", "pembrolizumab", 0.61, 0.46, 0.81),
        g("HR_OS", "pembrolizumab", 0.74, 0.61, 0.89),
        g("HR_OS", "pembrolizumab", 0.82, 0.69, 0.97),
        g("HR_OS", PC, 0.63, 0.47, 0.84),
        g("HR_OS", PC, 0.65, 0.53, 0.79),
        g("HR_OS", PC, 0.72, 0.60, 0.86),
        g("OS_RATE", "pembrolizumab", 14.4),
        g("OS_RATE", PC, 16.0),
    ],
)

add(
    "27",
    "oral-oncology-ic-comparator-pdl1",
    "Oral Oncology 2-year update, nivolumab vs investigator's choice chemotherapy (IC), PD-L1 subgroup HRs, CheckMate 141",
    """Nivolumab vs investigator's choice in recurrent or metastatic squamous cell carcinoma of the head and neck: 2-year long-term survival update of CheckMate 141 with analyses by tumor PD-L1 expression
Objectives: To describe long-term efficacy and safety of nivolumab in platinum-refractory recurrent or metastatic SCCHN.
Materials and methods: Patients progressing within 6 months of platinum therapy were randomized 2:1 to nivolumab 3 mg/kg every 2 weeks or investigator's choice chemotherapy (IC: methotrexate, docetaxel or cetuximab). Primary endpoint: overall survival (OS).
Results: 361 patients were randomized (nivolumab, n = 240; IC, n = 121). With a minimum follow-up of 24.2 months, nivolumab continued to improve OS over IC (median 7.7 vs 5.1 months; hazard ratio [HR] = 0.68; 95% CI 0.54–0.86) and nearly tripled the 24-month OS rate (16.9% vs 6.0%). The benefit held in patients with tumor PD-L1 expression ≥ 1% (HR 0.55; 95% CI 0.39–0.78) and < 1% (HR 0.73; 95% CI 0.49–1.09). Grade 3–4 treatment-related adverse events occurred in 15.3% of nivolumab-treated versus 36.9% of IC-treated patients.
Conclusion: Nivolumab remains a standard of care in this setting.""",
    [
        g("N", OV, 361),
        g("N", "nivolumab", 240),
        g("N", "chemotherapy", 121),
        g("mOS", "nivolumab", 7.7),
        g("mOS", "chemotherapy", 5.1),
        g("HR_OS", "nivolumab", 0.68, 0.54, 0.86),
        g("OS_RATE", "nivolumab", 16.9),
        g("OS_RATE", "chemotherapy", 6.0),
        g("HR_OS", "nivolumab", 0.55, 0.39, 0.78),
        g("HR_OS", "nivolumab", 0.73, 0.49, 1.09),
        g("TRAE_G3plus", "nivolumab", 15.3),
        g("TRAE_G3plus", "chemotherapy", 36.9),
    ],
)

add(
    "28",
    "news-colorectal-crossover-distractors",
    "Medical news site report, 5-year follow-up, crossover percentages and follow-up as distractors, DOR ranges with '+', KEYNOTE-177",
    """KEYNOTE-177 5-year follow-up shows durability of pembrolizumab for MSI-H/dMMR metastatic colorectal cancer
The phase 3 KEYNOTE-177 study compared first-line pembrolizumab with chemotherapy for microsatellite instability–high or mismatch repair–deficient metastatic colorectal cancer; new results with more than 5 years of follow-up were published this month.
The trial randomized 307 patients 1:1 to pembrolizumab 200 mg every 3 weeks (n = 153) or to mFOLFOX6 or FOLFIRI with or without bevacizumab or cetuximab (n = 154). Patients on chemotherapy could cross over to pembrolizumab after centrally confirmed progression.
At data cutoff the median follow-up was 73.3 months. Fifty-seven (37%) patients assigned to chemotherapy crossed over per protocol, for an effective crossover rate of 62%.
Median OS was 77.5 months with pembrolizumab and 36.7 months with chemotherapy (HR, 0.73; 95% CI, 0.53-0.99), and 5-year OS rates were 54.8% and 44.2%. Median PFS was 16.5 versus 8.2 months (HR, 0.60; 95% CI, 0.45-0.79). Responses lasted a median of 75.4 months (range, 2.3+ to 80.1+) with pembrolizumab and 10.6 months (range, 2.8 to 71.5+) with chemotherapy.
Adverse events were less frequent with pembrolizumab (80% vs 99%; grade 3-5, 22% vs 67%).""",
    [
        g("N", OV, 307),
        g("N", "pembrolizumab", 153),
        g("N", "chemotherapy", 154),
        g("mOS", "pembrolizumab", 77.5),
        g("mOS", "chemotherapy", 36.7),
        g("HR_OS", "pembrolizumab", 0.73, 0.53, 0.99),
        g("OS_RATE", "pembrolizumab", 54.8),
        g("OS_RATE", "chemotherapy", 44.2),
        g("mPFS", "pembrolizumab", 16.5),
        g("mPFS", "chemotherapy", 8.2),
        g("HR_PFS", "pembrolizumab", 0.60, 0.45, 0.79),
        g("mDOR", "pembrolizumab", 75.4),
        g("mDOR", "chemotherapy", 10.6),
        g("AE_G3plus", "pembrolizumab", 22),
        g("AE_G3plus", "chemotherapy", 67),
    ],
)

add(
    "29",
    "lancet-middot-colorectal-drug-related",
    "Lancet Findings (older style), mid-dots, drug-related grade ≥3 events, HFSR distractor, CORRECT",
    """Regorafenib monotherapy for previously treated metastatic colorectal cancer (CORRECT): an international, multicentre, randomised, placebo-controlled, phase 3 trial
Findings From April 30, 2010, to March 22, 2011, 760 patients were randomised, 505 to regorafenib and 255 to placebo. The primary endpoint was met at a preplanned interim analysis: median overall survival was 6·4 months in the regorafenib group versus 5·0 months in the placebo group (hazard ratio 0·77; 95% CI 0·64–0·94; one-sided p=0·0052). Median progression-free survival was 1·9 months versus 1·7 months (HR 0·49, 0·42–0·58), and disease control was achieved in 41% versus 15% of patients. Drug-related adverse events of grade 3 or higher occurred in 54% of regorafenib recipients and 14% of placebo recipients; the commonest were hand–foot skin reaction (17%), fatigue (10%) and diarrhoea (7%).
Interpretation Regorafenib is the first small-molecule multikinase inhibitor with survival benefit in metastatic colorectal cancer.""",
    [
        g("N", OV, 760),
        g("N", "regorafenib", 505),
        g("N", "placebo", 255),
        g("mOS", "regorafenib", 6.4),
        g("mOS", "placebo", 5.0),
        g("HR_OS", "regorafenib", 0.77, 0.64, 0.94),
        g("mPFS", "regorafenib", 1.9),
        g("mPFS", "placebo", 1.7),
        g("HR_PFS", "regorafenib", 0.49, 0.42, 0.58),
        g("DCR", "regorafenib", 41),
        g("DCR", "placebo", 15),
        g("TRAE_G3plus", "regorafenib", 54),
        g("TRAE_G3plus", "placebo", 14),
    ],
)

add(
    "30",
    "nejm-bsc-control-pdl1-subgroup",
    "NEJM abstract, 'avelumab plus best supportive care' vs 'best supportive care alone', landmark-first OS, PD-L1-positive subgroup N, JAVELIN Bladder 100",
    """Avelumab Maintenance Therapy for Advanced or Metastatic Urothelial Carcinoma
BACKGROUND Platinum-based chemotherapy is standard first-line treatment, but progression-free survival and overall survival are limited by resistance.
METHODS We randomly assigned patients without progression after four to six cycles of first-line gemcitabine plus cisplatin or carboplatin to maintenance avelumab plus best supportive care or to best supportive care alone. The primary end point was overall survival, assessed in all patients and in those with PD-L1–positive tumors.
RESULTS Of 700 patients, 350 were assigned to each group. Overall survival at 1 year was 71.3% in the avelumab group and 58.4% in the control group; median overall survival was 21.4 months and 14.3 months (hazard ratio for death, 0.69; 95% CI, 0.56 to 0.86; P=0.001). Among the 358 patients with PD-L1–positive tumors, 1-year survival was 79.1% and 60.4% (hazard ratio, 0.56; 95% CI, 0.40 to 0.79). Median progression-free survival was 3.7 months and 2.0 months (hazard ratio, 0.62; 95% CI, 0.52 to 0.75). Adverse events of any cause occurred in 98.0% and 77.7% of patients and were grade 3 or higher in 47.4% and 25.2%.
CONCLUSIONS Maintenance avelumab significantly prolonged overall survival.""",
    [
        g("N", OV, 700),
        g("N", "avelumab", 350),
        g("N", "best supportive care", 350),
        g("OS_RATE", "avelumab", 71.3),
        g("OS_RATE", "best supportive care", 58.4),
        g("mOS", "avelumab", 21.4),
        g("mOS", "best supportive care", 14.3),
        g("HR_OS", "avelumab", 0.69, 0.56, 0.86),
        g("N", OV, 358),
        g("OS_RATE", "avelumab", 79.1),
        g("OS_RATE", "best supportive care", 60.4),
        g("HR_OS", "avelumab", 0.56, 0.40, 0.79),
        g("mPFS", "avelumab", 3.7),
        g("mPFS", "best supportive care", 2.0),
        g("HR_PFS", "avelumab", 0.62, 0.52, 0.75),
        g("AE_G3plus", "avelumab", 47.4),
        g("AE_G3plus", "best supportive care", 25.2),
    ],
)

add(
    "31",
    "jco-update-urothelial-nr-dor",
    "JCO long-term update, pembrolizumab vs investigator's-choice chemotherapy, DOR not reached, 24-month OS, KEYNOTE-045",
    """Long-Term Outcomes in KEYNOTE-045: Pembrolizumab Versus Investigator's Choice Chemotherapy in Recurrent, Advanced Urothelial Cancer
PURPOSE To report 2-year efficacy and safety from KEYNOTE-045.
PATIENTS AND METHODS Patients whose disease progressed after platinum-based chemotherapy were randomly assigned to pembrolizumab 200 mg every 3 weeks or investigator's choice of paclitaxel, docetaxel, or vinflunine (chemotherapy).
RESULTS In all, 542 patients were randomly assigned (pembrolizumab, 270; chemotherapy, 272). As of October 2017, median overall survival was 10.1 v 7.3 months (hazard ratio, 0.70; 95% CI, 0.57 to 0.85; P < .001), and 24-month overall survival was 26.9% v 14.3%. The objective response rate was 21.1% with pembrolizumab and 11.0% with chemotherapy; median duration of response was not reached (range, 1.6+ to 30.0+ months) versus 4.4 months (range, 1.4+ to 29.9+ months). Fewer patients had grade 3 to 5 treatment-related adverse events with pembrolizumab (16.5% v 49.8%).
CONCLUSION Pembrolizumab's benefit over chemotherapy was sustained.""",
    [
        g("N", OV, 542),
        g("N", "pembrolizumab", 270),
        g("N", "chemotherapy", 272),
        g("mOS", "pembrolizumab", 10.1),
        g("mOS", "chemotherapy", 7.3),
        g("HR_OS", "pembrolizumab", 0.70, 0.57, 0.85),
        g("OS_RATE", "pembrolizumab", 26.9),
        g("OS_RATE", "chemotherapy", 14.3),
        g("ORR", "pembrolizumab", 21.1),
        g("ORR", "chemotherapy", 11.0),
        g("mDOR", "pembrolizumab", None),
        g("mDOR", "chemotherapy", 4.4),
        g("TRAE_G3plus", "pembrolizumab", 16.5),
        g("TRAE_G3plus", "chemotherapy", 49.8),
    ],
)

add(
    "32",
    "japanese-age-subgroups-single-regimen",
    "Hepatology Research style Japanese multicentre cohort, one regimen split by age, subgroup N and medians",
    """Atezolizumab plus bevacizumab in elderly patients with unresectable hepatocellular carcinoma: a Japanese multicentre study
Aim: To compare the efficacy and safety of atezolizumab plus bevacizumab in patients aged 75 years or older with those of younger patients.
Methods: Consecutive patients who started atezolizumab plus bevacizumab at 12 Japanese institutions between 2020 and 2022 were analysed.
Results: A total of 323 patients were treated; 82 were aged ≥75 years and 241 were younger. Median progression-free survival was 7.1 months in the elderly group and 6.8 months in the younger group (p = 0.71), and median overall survival 19.8 and 20.2 months, respectively. The objective response rate by RECIST 1.1 was 26.8% versus 28.2%, and the disease control rate 73.2% versus 75.9%. Grade ≥3 adverse events occurred in 32.9% of elderly and 28.6% of younger patients; proteinuria was the most frequent reason for bevacizumab interruption.
Conclusion: Age alone should not preclude atezolizumab plus bevacizumab.""",
    [
        g("N", AB, 323),
        g("N", AB, 82),
        g("N", AB, 241),
        g("mPFS", AB, 7.1),
        g("mPFS", AB, 6.8),
        g("mOS", AB, 19.8),
        g("mOS", AB, 20.2),
        g("ORR", AB, 26.8),
        g("ORR", AB, 28.2),
        g("DCR", AB, 73.2),
        g("DCR", AB, 75.9),
        g("AE_G3plus", AB, 32.9),
        g("AE_G3plus", AB, 28.6),
    ],
)

add(
    "33",
    "frontiers-nivo-vs-rego-after-sorafenib",
    "Frontiers in Oncology retrospective, nivolumab vs regorafenib after sorafenib failure, prior-therapy mentions, IPTW-adjusted HR",
    """Nivolumab Versus Regorafenib in Patients With Hepatocellular Carcinoma After Sorafenib Failure
Background: Both nivolumab and regorafenib are used after sorafenib failure, but direct comparisons are scarce.
Methods: We retrospectively enrolled patients with advanced HCC who progressed on or were intolerant to sorafenib and then received nivolumab or regorafenib at a Taiwanese medical centre. Inverse probability of treatment weighting (IPTW) adjusted for baseline differences.
Results: Ninety patients were included: 32 received nivolumab and 58 regorafenib. The objective response rate was 18.8% with nivolumab and 5.2% with regorafenib, and the disease control rate 46.9% and 44.8%. Median progression-free survival was 3.0 versus 2.9 months. Median overall survival was 12.4 months with nivolumab and 9.8 months with regorafenib; after IPTW, the hazard ratio for death with nivolumab versus regorafenib was 0.58 (95% CI 0.31–1.09). Grade 3 or higher adverse events occurred in 9.4% of the nivolumab group and 27.6% of the regorafenib group.
Conclusions: Nivolumab and regorafenib gave comparable outcomes after sorafenib.""",
    [
        g("N", OV, 90),
        g("N", "nivolumab", 32),
        g("N", "regorafenib", 58),
        g("ORR", "nivolumab", 18.8),
        g("ORR", "regorafenib", 5.2),
        g("DCR", "nivolumab", 46.9),
        g("DCR", "regorafenib", 44.8),
        g("mPFS", "nivolumab", 3.0),
        g("mPFS", "regorafenib", 2.9),
        g("mOS", "nivolumab", 12.4),
        g("mOS", "regorafenib", 9.8),
        g("HR_OS", "nivolumab", 0.58, 0.31, 1.09),
        g("AE_G3plus", "nivolumab", 9.4),
        g("AE_G3plus", "regorafenib", 27.6),
    ],
)

add(
    "34",
    "trial-in-progress-no-results",
    "ASCO GI Trials-in-Progress (TPS) abstract, design numbers only (no gold)",
    """TPS571 EMERALD-3: a randomized, open-label, phase III study of tremelimumab plus durvalumab with or without lenvatinib combined with TACE versus TACE alone in embolization-eligible hepatocellular carcinoma
Background: Combining immune checkpoint blockade and anti-angiogenic therapy with TACE may deepen and prolong local control. Methods: Approximately 725 patients with unresectable HCC not amenable to curative therapy, Child-Pugh A5–B7 and ECOG PS 0–1 will be randomized 1:1:1 to STRIDE (tremelimumab 300 mg once plus durvalumab 1500 mg Q4W) + TACE, STRIDE + lenvatinib (8 or 12 mg QD) + TACE, or TACE alone. Randomization is stratified by region, tumor burden (up-to-seven in vs out) and portal vein invasion. The primary endpoint is PFS by BICR per RECIST 1.1 for STRIDE + lenvatinib + TACE vs TACE alone; secondary endpoints include OS, ORR, PFS by mRECIST and safety. The study has 90% power to detect a PFS HR of 0.70 at a two-sided alpha of 0.05. Enrollment opened in 2022 at 161 sites in 23 countries. Clinical trial information: NCT05301842.""",
    [],
)

add(
    "35",
    "jco-china-donafenib-drug-related",
    "JCO China phase II/III, donafenib vs sorafenib, full-analysis-set N, drug-related grade ≥3 AEs",
    """Donafenib Versus Sorafenib in First-Line Treatment of Unresectable or Metastatic Hepatocellular Carcinoma: A Randomized, Open-Label, Parallel-Controlled Phase II-III Trial
PURPOSE Donafenib is a deuterated derivative of sorafenib. We compared the two agents as first-line therapy in Chinese patients.
METHODS Patients with unresectable or metastatic HCC and no prior systemic therapy were randomly assigned 1:1 to donafenib 0.2 g or sorafenib 0.4 g twice daily. The primary end point was overall survival (OS).
RESULTS A total of 668 patients were enrolled at 37 sites; 659 formed the full analysis set (donafenib, 328; sorafenib, 331). Median OS was 12.1 months with donafenib versus 10.3 months with sorafenib (hazard ratio, 0.831; 95% CI, 0.699 to 0.988; P = .0245). Median progression-free survival was 3.7 versus 3.6 months (P = .0570). The objective response rate was 4.6% versus 2.7% and the disease control rate 30.8% versus 28.7%. Drug-related adverse events of grade 3 or above occurred in 38% versus 50% of patients (P = .0018), and adverse events led to dose interruption in 30% versus 42%.
CONCLUSION Donafenib was superior to sorafenib for OS with better tolerability.""",
    [
        g("N", OV, 668),
        g("N", OV, 659),
        g("N", "donafenib", 328),
        g("N", "sorafenib", 331),
        g("mOS", "donafenib", 12.1),
        g("mOS", "sorafenib", 10.3),
        g("HR_OS", "donafenib", 0.831, 0.699, 0.988),
        g("mPFS", "donafenib", 3.7),
        g("mPFS", "sorafenib", 3.6),
        g("ORR", "donafenib", 4.6),
        g("ORR", "sorafenib", 2.7),
        g("DCR", "donafenib", 30.8),
        g("DCR", "sorafenib", 28.7),
        g("TRAE_G3plus", "donafenib", 38),
        g("TRAE_G3plus", "sorafenib", 50),
    ],
)

add(
    "36",
    "clin-cancer-res-two-cohorts-apatinib",
    "Clinical Cancer Research phase II, first-line and second-line cohorts of one regimen (apatinib spelled), 12-month OS rates, pooled safety",
    """Camrelizumab in Combination with Apatinib in Patients with Advanced Hepatocellular Carcinoma (RESCUE): A Nonrandomized, Open-label, Phase II Trial
Purpose: To evaluate camrelizumab, an anti-PD-1 antibody, plus the VEGFR2 inhibitor apatinib in advanced HCC.
Experimental Design: In this multicenter study, patients received camrelizumab 200 mg (≥50 kg) or 3 mg/kg (<50 kg) every 2 weeks plus apatinib 250 mg once daily, in a first-line cohort and a second-line cohort. The primary endpoint was ORR assessed by independent review per RECIST v1.1.
Results: Seventy patients were enrolled in the first-line cohort and 120 in the second-line cohort. The ORR was 34.3% (95% CI, 23.3–46.6) in first line and 22.5% (95% CI, 15.4–31.0) in second line. Median PFS was 5.7 months (95% CI, 5.4–7.4) and 5.5 months (95% CI, 3.7–5.6), respectively; 12-month OS rates were 74.7% and 68.2%. Across both cohorts, grade ≥3 treatment-related adverse events occurred in 147 of 190 patients (77.4%), most commonly hypertension (34.2%).
Conclusions: Camrelizumab plus apatinib showed promising efficacy in both lines.""",
    [
        g("N", CR, 70),
        g("N", CR, 120),
        g("ORR", CR, 34.3, 23.3, 46.6),
        g("ORR", CR, 22.5, 15.4, 31.0),
        g("mPFS", CR, 5.7, 5.4, 7.4),
        g("mPFS", CR, 5.5, 3.7, 5.6),
        g("OS_RATE", CR, 74.7),
        g("OS_RATE", CR, 68.2),
        g("TRAE_G3plus", CR, 77.4),
    ],
)  # gold changed after first run: was OV (see README change log)

add(
    "37",
    "observational-regorafenib-large-n",
    "Large prospective observational study abstract (J Hepatol style), comma thousands N, drug-related vs any-cause AEs, unattributed discontinuation",
    """Regorafenib in patients with unresectable hepatocellular carcinoma in routine clinical practice: final analysis of the prospective, observational REFINE study
Background & Aims: REFINE assessed the safety and effectiveness of regorafenib under real-world conditions.
Methods: Patients with unresectable HCC for whom the decision to prescribe regorafenib had been made were followed prospectively at 206 centres in 32 countries.
Results: The evaluable population comprised 1,005 patients; 85% had Child-Pugh A disease at the start of regorafenib and 90% had received sorafenib first line. Median overall survival was 13.2 months (95% CI 12.3–14.4) and median progression-free survival 3.9 months. The objective response rate was 11% and the disease control rate 44%. Treatment-emergent adverse events of grade ≥3 were reported in 55% of patients and drug-related ones in 33%; 22% of patients discontinued because of adverse events. Median treatment duration was 3.7 months.
Conclusions: Regorafenib showed safety and effectiveness consistent with RESORCE.""",
    [
        g("N", "regorafenib", 1005),
        g("mOS", "regorafenib", 13.2, 12.3, 14.4),
        g("mPFS", "regorafenib", 3.9),
        g("ORR", "regorafenib", 11),
        g("DCR", "regorafenib", 44),
        g("AE_G3plus", "regorafenib", 55),
        g("TRAE_G3plus", "regorafenib", 33),
    ],
)

add(
    "38",
    "jco-phase1b-ne-ci-two-criteria",
    "JCO phase Ib abstract, ORR and DOR by two response criteria, 'NE' upper CI bound, pembrolizumab plus lenvatinib (KEYNOTE-524)",
    """Phase Ib Study of Lenvatinib Plus Pembrolizumab in Patients With Unresectable Hepatocellular Carcinoma
PURPOSE To assess lenvatinib plus pembrolizumab in patients with unresectable hepatocellular carcinoma and no prior systemic therapy.
METHODS In this open-label, multicenter study, patients received lenvatinib 12 mg (body weight ≥ 60 kg) or 8 mg (< 60 kg) daily plus pembrolizumab 200 mg on day 1 of each 21-day cycle. Responses were assessed by independent imaging review per modified RECIST (mRECIST) and RECIST v1.1.
RESULTS One hundred patients were treated. The objective response rate was 46.0% (95% CI, 36.0 to 56.3) by mRECIST and 36.0% (95% CI, 26.6 to 46.2) by RECIST v1.1; median duration of response was 8.6 months by mRECIST and 12.6 months by RECIST v1.1. Median progression-free survival was 9.3 months by mRECIST and 8.6 months by RECIST v1.1, and median overall survival 22.0 months (95% CI, 20.4 to NE). Grade ≥ 3 treatment-related adverse events occurred in 67% of patients, and 14% discontinued either drug because of treatment-related adverse events; three treatment-related deaths were reported.
CONCLUSION The combination showed promising antitumor activity.""",
    [
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

add(
    "39",
    "multinational-iptw-stride-vs-ab",
    "Liver Cancer style multinational real-world comparison of two first-line regimens, IPTW, HR of first-named regimen",
    """Tremelimumab plus durvalumab versus atezolizumab plus bevacizumab as first-line therapy for unresectable hepatocellular carcinoma: a multinational real-world comparison
Introduction: No randomised trial has compared the two first-line immunotherapy combinations head to head.
Methods: Patients starting STRIDE or atezolizumab plus bevacizumab (Atez/Bev) at 18 centres in Europe and Asia were included; inverse probability of treatment weighting (IPTW) balanced baseline features.
Results: Of 920 patients, 220 received STRIDE and 700 Atez/Bev. Median overall survival was 15.0 months with STRIDE and 17.2 months with Atez/Bev (IPTW-adjusted HR for STRIDE vs Atez/Bev, 1.10; 95% CI, 0.85–1.42). Median progression-free survival was 5.1 and 6.6 months (HR 1.18; 95% CI, 0.96–1.45). The objective response rate was 18.6% with STRIDE and 26.4% with Atez/Bev. Grade ≥3 treatment-related adverse events occurred in 16.8% and 19.1%, and grade ≥3 immune-related adverse events in 9.1% and 4.3%, respectively. Bleeding events were less frequent with STRIDE (3.2% vs 8.9%).
Conclusion: Survival was similar with the two regimens in routine practice.""",
    [
        g("N", OV, 920),
        g("N", DT, 220),
        g("N", AB, 700),
        g("mOS", DT, 15.0),
        g("mOS", AB, 17.2),
        g("HR_OS", DT, 1.10, 0.85, 1.42),
        g("mPFS", DT, 5.1),
        g("mPFS", AB, 6.6),
        g("HR_PFS", DT, 1.18, 0.96, 1.45),
        g("ORR", DT, 18.6),
        g("ORR", AB, 26.4),
        g("TRAE_G3plus", DT, 16.8),
        g("TRAE_G3plus", AB, 19.1),
        g("IRAE_G3plus", DT, 9.1),
        g("IRAE_G3plus", AB, 4.3),
    ],
)

add(
    "40",
    "esmo-poster-bullets-toripalimab",
    "ESMO poster-style bullet summary, HEPATORCH toripalimab plus bevacizumab vs sorafenib, semicolon-separated bullets",
    """HEPATORCH: toripalimab plus bevacizumab versus sorafenib as first-line treatment for advanced hepatocellular carcinoma — key results
• Design: open-label, randomised (1:1) phase 3; 326 patients in China (toripalimab + bevacizumab, n = 162; sorafenib, n = 164); co-primary endpoints OS and PFS (IRC, RECIST v1.1).
• OS: median 20.0 vs 14.5 months; HR 0.76 (95% CI 0.58–0.98); p = 0.039.
• PFS: median 5.8 vs 4.0 months; HR 0.69 (95% CI 0.53–0.91).
• ORR: 25.3% vs 6.1%; DCR: 75.3% vs 54.9%.
• Safety: grade ≥3 TRAEs 15.4% vs 20.2%; TRAEs leading to discontinuation 6.2% vs 3.7%; grade ≥3 irAEs 3.1% (toripalimab + bevacizumab).
• Median follow-up: 16.2 months.""",
    [
        g("N", OV, 326),
        g("N", TB, 162),
        g("N", "sorafenib", 164),
        g("mOS", TB, 20.0),
        g("mOS", "sorafenib", 14.5),
        g("HR_OS", TB, 0.76, 0.58, 0.98),
        g("mPFS", TB, 5.8),
        g("mPFS", "sorafenib", 4.0),
        g("HR_PFS", TB, 0.69, 0.53, 0.91),
        g("ORR", TB, 25.3),
        g("ORR", "sorafenib", 6.1),
        g("DCR", TB, 75.3),
        g("DCR", "sorafenib", 54.9),
        g("TRAE_G3plus", TB, 15.4),
        g("TRAE_G3plus", "sorafenib", 20.2),
        g("TRAE_DISC", TB, 6.2),
        g("TRAE_DISC", "sorafenib", 3.7),
        g("IRAE_G3plus", TB, 3.1),
    ],
)

add(
    "41",
    "chinese-psm-triplet-vs-doublet",
    "Chinese multicentre propensity-matched study, camrelizumab plus apatinib with vs without TACE, 'matched pairs'",
    """Transarterial chemoembolization plus camrelizumab and apatinib versus camrelizumab and apatinib alone for advanced hepatocellular carcinoma: a multicentre propensity score-matched study
Purpose: To assess whether adding TACE to camrelizumab plus apatinib improves outcomes in advanced HCC.
Methods: Patients with BCLC stage C HCC treated first line at 15 Chinese centres were reviewed; 1:1 propensity score matching was applied.
Results: Among 584 eligible patients, 371 received TACE with camrelizumab plus apatinib and 213 received camrelizumab plus apatinib alone; matching yielded 206 pairs. In the matched cohort, median overall survival was 24.1 versus 15.7 months (HR 0.52; 95% CI 0.40–0.68) and median progression-free survival 9.6 versus 5.1 months (HR 0.57; 95% CI 0.45–0.71) for the TACE-containing regimen versus systemic therapy alone. The objective response rate per mRECIST was 52.4% versus 20.6%. Grade 3–4 adverse events were more common with added TACE (41.3% vs 30.1%), chiefly transient transaminase elevation.
Conclusions: Adding TACE to camrelizumab and apatinib was associated with longer survival.""",
    [
        g("N", OV, 584),
        g("N", CRT, 371),
        g("N", CR, 213),
        g("N", CRT, 206),
        g("N", CR, 206),
        g("mOS", CRT, 24.1),
        g("mOS", CR, 15.7),
        g("HR_OS", CRT, 0.52, 0.40, 0.68),
        g("mPFS", CRT, 9.6),
        g("mPFS", CR, 5.1),
        g("HR_PFS", CRT, 0.57, 0.45, 0.71),
        g("ORR", CRT, 52.4),
        g("ORR", CR, 20.6),
        g("AE_G3plus", CRT, 41.3),
        g("AE_G3plus", CR, 30.1),
    ],
)

add(
    "42",
    "jco-sirt-vs-sorafenib-ttp",
    "JCO abstract, SIRT (Y-90) vs sorafenib, ITT and per-protocol populations, TTP, any-grade AE distractor, SIRveNIB",
    """SIRveNIB: Selective Internal Radiation Therapy Versus Sorafenib in Asia-Pacific Patients With Hepatocellular Carcinoma
PURPOSE To compare selective internal radiation therapy (SIRT) with yttrium-90 resin microspheres and sorafenib in locally advanced HCC.
METHODS In this open-label trial, patients were randomly assigned 1:1 to SIRT or sorafenib 800 mg daily. The primary end point was overall survival (OS).
RESULTS A total of 360 patients were randomly assigned (SIRT, 182; sorafenib, 178). Median OS was 8.8 months with SIRT and 10.0 months with sorafenib (hazard ratio, 1.1; 95% CI, 0.9 to 1.4; P = .36). In the per-protocol population (SIRT, 130; sorafenib, 162), median OS was 11.3 versus 10.4 months. Median time to progression was 5.8 and 5.1 months, and the tumor response rate 16.5% and 1.7%. Adverse events of any grade were reported in 60.5% and 82.6% of treated patients, and grade ≥ 3 adverse events in 27.7% and 50.6%.
CONCLUSION SIRT did not improve OS but was better tolerated than sorafenib.""",
    [
        g("N", OV, 360),
        g("N", "tare", 182),
        g("N", "sorafenib", 178),
        g("mOS", "tare", 8.8),
        g("mOS", "sorafenib", 10.0),
        g("HR_OS", "tare", 1.1, 0.9, 1.4),
        g("N", "tare", 130),
        g("N", "sorafenib", 162),
        g("mOS", "tare", 11.3),
        g("mOS", "sorafenib", 10.4),
        g("mTTP", "tare", 5.8),
        g("mTTP", "sorafenib", 5.1),
        g("ORR", "tare", 16.5),
        g("ORR", "sorafenib", 1.7),
        g("AE_G3plus", "tare", 27.7),
        g("AE_G3plus", "sorafenib", 50.6),
    ],
)

add(
    "43",
    "lancet-crc-nr-median-odd-ci",
    "Lancet abstract, nivolumab plus ipilimumab vs chemotherapy in MSI-H mCRC, PFS not reached, 97.91% CI, 24-month PFS rates, CheckMate 8HW",
    """Nivolumab plus ipilimumab versus chemotherapy as first-line treatment for microsatellite instability-high or mismatch repair-deficient metastatic colorectal cancer (CheckMate 8HW): a randomised, open-label, phase 3 trial
Findings 303 patients with centrally confirmed MSI-H/dMMR disease were randomly assigned to nivolumab plus ipilimumab (n=202) or chemotherapy with or without targeted agents (n=101) as first-line therapy. With a median follow-up of 31·5 months, progression-free survival was significantly longer with nivolumab plus ipilimumab (median not reached [95% CI 38·4–not estimable] vs 5·9 months [4·4–7·8]; hazard ratio 0·21 [97·91% CI 0·13–0·35]; p<0·0001). Progression-free survival at 24 months was 72% versus 14%. Grade 3–4 treatment-related adverse events occurred in 23% of patients in the nivolumab plus ipilimumab group and 48% in the chemotherapy group; no treatment-related deaths occurred with the combination.
Interpretation Nivolumab plus ipilimumab should be a new first-line standard for MSI-H/dMMR metastatic colorectal cancer.""",
    [
        g("N", OV, 303),
        g("N", NI, 202),
        g("N", "chemotherapy", 101),
        g("mPFS", NI, None, 38.4, None),
        g("mPFS", "chemotherapy", 5.9, 4.4, 7.8),
        g("HR_PFS", NI, 0.21, 0.13, 0.35),
        g("PFS_RATE", NI, 72),
        g("PFS_RATE", "chemotherapy", 14),
        g("TRAE_G3plus", NI, 23),
        g("TRAE_G3plus", "chemotherapy", 48),
    ],
)

add(
    "44",
    "asco-abstract-control-first-donafenib-tace",
    "ASCO abstract, control arm named first, 'from x to y months', TACE plus donafenib vs TACE alone (open-label), DCR, distractor RR",
    """4098 Donafenib plus transarterial chemoembolization versus transarterial chemoembolization alone for intermediate-stage hepatocellular carcinoma beyond up-to-seven: a randomized phase II trial
Background: TACE alone gives limited control of large intermediate-stage tumours. Methods: Pts with BCLC-B HCC beyond up-to-seven criteria were randomized 1:1 to TACE alone or TACE plus donafenib 0.2 g BID (D-TACE). Primary endpoint: PFS per mRECIST. Results: 120 pts were enrolled (TACE alone, 60; D-TACE, 60). Compared with TACE alone, D-TACE extended median PFS from 6.0 to 11.4 mo (HR 0.47; 95% CI 0.30–0.73) and median OS from 18.2 to 26.5 mo (HR 0.61; 95% CI 0.38–0.98). ORR was 45.0% with TACE alone and 71.7% with D-TACE (relative risk 1.59), and DCR 78.3% vs 91.7%. Gr ≥3 AEs: 21.7% vs 36.7%, mainly hand-foot skin reaction and ALT elevation. Conclusions: Donafenib added to TACE improved PFS and OS.""",
    [
        g("N", OV, 120),
        g("N", "tace", 60),
        g("N", "donafenib + tace", 60),
        g("mPFS", "tace", 6.0),
        g("mPFS", "donafenib + tace", 11.4),
        g("HR_PFS", "donafenib + tace", 0.47, 0.30, 0.73),
        g("mOS", "tace", 18.2),
        g("mOS", "donafenib + tace", 26.5),
        g("HR_OS", "donafenib + tace", 0.61, 0.38, 0.98),
        g("ORR", "tace", 45.0),
        g("ORR", "donafenib + tace", 71.7),
        g("DCR", "tace", 78.3),
        g("DCR", "donafenib + tace", 91.7),
        g("AE_G3plus", "tace", 21.7),
        g("AE_G3plus", "donafenib + tace", 36.7),
    ],
)


def main() -> None:
    ids = [r["id"] for r in ROWS]
    assert len(ids) == len(set(ids)), "duplicate ids"
    with OUT.open("w", encoding="utf-8") as fh:
        for row in ROWS:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(ROWS)} rows, {sum(len(r['gold']) for r in ROWS)} gold findings to {OUT}")


if __name__ == "__main__":
    main()
