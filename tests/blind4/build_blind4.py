"""Source of truth for the FOURTH blind extraction test set (tests/blind4/blind4.jsonl).

Every text below was written for this set in new wording (trial names and many published numbers
are real, some numbers are invented). The gold of each row was written together with its text and
frozen before the extractor was run on any row. Conventions: tests/blind/README.md and
tests/blind2/README.md (see tests/blind4/README.md for the points this set relies on).

    python tests/blind4/build_blind4.py      # writes blind4.jsonl next to this file
"""

from __future__ import annotations

import json
from pathlib import Path

ROWS: list[dict] = []


def g(endpoint, arm, value, ci_low=None, ci_high=None):
    return {"endpoint": endpoint, "arm": arm, "value": value, "ci_low": ci_low, "ci_high": ci_high}


def add(id_, style, source_style, text, gold):
    ROWS.append(
        {
            "id": f"blind4-{id_:02d}",
            "style": style,
            "source_style": source_style,
            "text": text.strip("\n"),
            "gold": gold,
        }
    )


STRIDE = "durvalumab + tremelimumab"
AB = "atezolizumab + bevacizumab"
NI = "nivolumab + ipilimumab"
LS = "lenvatinib or sorafenib"

# ---------------------------------------------------------------------------------------------
add(
    1,
    "three-arm subgroup paper; 'respectively' over three arms; nested sub-subgroup HRs; arm n in parentheses",
    "J Hepatol structured abstract (Background & Aims / Methods / Results / Conclusions)",
    """
Outcomes in participants enrolled in Asia in the phase III HIMALAYA study of tremelimumab plus durvalumab for unresectable hepatocellular carcinoma

Background & Aims: Hepatitis B is the leading cause of hepatocellular carcinoma across most of Asia, while hepatitis C and non-viral liver disease prevail in Western countries and Japan. We asked whether the survival gain of STRIDE (Single Tremelimumab Regular Interval Durvalumab) and the noninferiority of durvalumab monotherapy relative to sorafenib, both shown in the global HIMALAYA population, were preserved among participants enrolled in Asia outside Japan.
Methods: Systemic therapy-naive participants were randomised 1:1:1 to STRIDE (one 300 mg dose of tremelimumab with durvalumab 1,500 mg, then durvalumab 1,500 mg every 4 weeks), durvalumab 1,500 mg every 4 weeks, or sorafenib 400 mg twice daily. The Asian subgroup comprised sites in Hong Kong, India, South Korea, Taiwan, Thailand and Vietnam; Hong Kong and Taiwan together formed a second, exploratory subgroup. Objective response was assessed per RECIST v1.1 by investigators.
Results: Altogether 479 participants made up the Asian subgroup, 156 allocated to STRIDE, 167 to durvalumab and 156 to sorafenib; 61.2% had HBV-related disease and the median age was 60 years. Compared with sorafenib, STRIDE reduced the risk of death (HR 0.68; 95% CI 0.52–0.89), with a median overall survival of 16.5 months (95% CI 13.3–20.1) against 11.7 months (95% CI 9.4–14.6). For durvalumab versus sorafenib the OS HR was 0.83 (95% CI 0.64–1.06) and the median was 14.6 months (95% CI 11.3–17.5). Objective responses were recorded in 20.5%, 17.4% and 5.8% of participants given STRIDE, durvalumab and sorafenib, respectively. In the Hong Kong and Taiwan subgroup (n = 141), OS HRs versus sorafenib were 0.58 (95% CI 0.34–0.98) for STRIDE and 0.72 (95% CI 0.44–1.19) for durvalumab. Grade 3/4 treatment-related adverse events affected 25.2% of participants on STRIDE, 11.4% on durvalumab and 33.1% on sorafenib; grade 3/4 immune-mediated adverse events were reported in 9.7% of STRIDE recipients, most of whom received high-dose corticosteroids.
Conclusions: In participants from Asia, STRIDE improved overall survival over sorafenib with a manageable safety profile, in line with the global HIMALAYA results.
""",
    [
        g("N", "overall", 479),
        g("N", STRIDE, 156),
        g("N", "durvalumab", 167),
        g("N", "sorafenib", 156),
        g("HR_OS", STRIDE, 0.68, 0.52, 0.89),
        g("mOS", STRIDE, 16.5, 13.3, 20.1),
        g("mOS", "sorafenib", 11.7, 9.4, 14.6),
        g("HR_OS", "durvalumab", 0.83, 0.64, 1.06),
        g("mOS", "durvalumab", 14.6, 11.3, 17.5),
        g("ORR", STRIDE, 20.5),
        g("ORR", "durvalumab", 17.4),
        g("ORR", "sorafenib", 5.8),
        g("N", "overall", 141),
        g("HR_OS", STRIDE, 0.58, 0.34, 0.98),
        g("HR_OS", "durvalumab", 0.72, 0.44, 1.19),
        g("TRAE_G3plus", STRIDE, 25.2),
        g("TRAE_G3plus", "durvalumab", 11.4),
        g("TRAE_G3plus", "sorafenib", 33.1),
        g("IRAE_G3plus", STRIDE, 9.7),
    ],
)

# ---------------------------------------------------------------------------------------------
add(
    2,
    "HR chains by aetiology with 'respectively' across two endpoints; subgroup n with percentages; non-treatment HR distractor",
    "Liver Cancer (Karger) exploratory-analysis abstract (Introduction / Methods / Results / Conclusion)",
    """
Atezolizumab plus bevacizumab versus sorafenib according to the aetiology of hepatocellular carcinoma: an exploratory analysis of IMbrave150

Introduction: Whether immune checkpoint inhibition is equally effective in viral and non-viral hepatocellular carcinoma (HCC) remains debated. We examined outcomes by underlying liver disease in the phase III IMbrave150 trial.
Methods: Patients with unresectable HCC, Child-Pugh class A liver function and no prior systemic therapy were randomised 2:1 to atezolizumab 1,200 mg plus bevacizumab 15 mg/kg every 3 weeks or sorafenib 400 mg twice daily. Aetiology was classified as hepatitis B (HBV), hepatitis C (HCV) or non-viral. Hazard ratios (HRs) were estimated with unstratified Cox models at the updated data cut-off (median follow-up 15.6 months).
Results: Of 501 randomised patients (atezolizumab + bevacizumab, n = 336; sorafenib, n = 165), 240 (48%) had HBV-related, 108 (22%) HCV-related and 153 (31%) non-viral HCC. In the intention-to-treat population, the OS HR was 0.58 (95% CI: 0.42, 0.79) and the PFS HR 0.59 (95% CI: 0.47, 0.76). OS HRs were 0.51 (95% CI: 0.32, 0.81), 0.43 (95% CI: 0.22, 0.87) and 0.91 (95% CI: 0.52, 1.60) for HBV, HCV and non-viral disease, and the respective PFS HRs were 0.47 (95% CI: 0.33, 0.67), 0.69 (95% CI: 0.39, 1.20) and 0.71 (95% CI: 0.47, 1.08). In HBV-related HCC, median OS was 19.0 months (95% CI: 14.6, NE) with atezolizumab + bevacizumab versus 12.4 months (95% CI: 6.2, 17.4) with sorafenib. Within the sorafenib arm, viral compared with non-viral aetiology was not associated with survival (HR 1.12; 95% CI: 0.70, 1.79). The interaction test for aetiology was not significant (p = 0.07).
Conclusion: Atezolizumab + bevacizumab improved outcomes versus sorafenib in viral HCC; the non-viral subgroup was small and its estimates imprecise.
""",
    [
        g("N", "overall", 501),
        g("N", AB, 336),
        g("N", "sorafenib", 165),
        g("N", "overall", 240),
        g("N", "overall", 108),
        g("N", "overall", 153),
        g("HR_OS", AB, 0.58, 0.42, 0.79),
        g("HR_PFS", AB, 0.59, 0.47, 0.76),
        g("HR_OS", AB, 0.51, 0.32, 0.81),
        g("HR_OS", AB, 0.43, 0.22, 0.87),
        g("HR_OS", AB, 0.91, 0.52, 1.60),
        g("HR_PFS", AB, 0.47, 0.33, 0.67),
        g("HR_PFS", AB, 0.69, 0.39, 1.20),
        g("HR_PFS", AB, 0.71, 0.47, 1.08),
        g("mOS", AB, 19.0, 14.6, None),
        g("mOS", "sorafenib", 12.4, 6.2, 17.4),
    ],
)

# ---------------------------------------------------------------------------------------------
add(
    3,
    "subgroup n per arm in brackets; HR with '[95% CI: a, b]'; time-to-deterioration HR and medians as distractors; AE 'respectively' over 2x2",
    "Liver Cancer post hoc analysis abstract (PubMed mirror)",
    """
Albumin-bilirubin grade and outcomes with atezolizumab plus bevacizumab versus sorafenib in unresectable hepatocellular carcinoma: post hoc analysis of IMbrave150

Introduction: Liver function, captured by the albumin-bilirubin (ALBI) score, is a major determinant of prognosis in hepatocellular carcinoma. This exploratory analysis of IMbrave150 examined efficacy and safety by baseline ALBI grade.
Methods: Treatment-naive patients with Child-Pugh A disease were randomised 2:1 to atezolizumab + bevacizumab or sorafenib. Overall survival (OS) and progression-free survival (PFS) were analysed by ALBI grade (G) in the intention-to-treat population. Time to deterioration (TTD) of liver function was defined as a ≥0.5-point rise in ALBI score over two visits, or death.
Results: Among 501 enrolled patients, 336 received atezolizumab + bevacizumab (ALBI G1: n = 191; G2: n = 144) and 165 sorafenib (G1: n = 87; G2: n = 78). With a median follow-up of 15.6 months, patients with ALBI G1 derived OS (HR: 0.50 [95% CI: 0.35, 0.72]) and PFS (HR: 0.61 [95% CI: 0.45, 0.82]) benefit from atezolizumab + bevacizumab. In ALBI G2 the OS HR was 0.86 [95% CI: 0.61, 1.21] and the PFS HR 0.67 [95% CI: 0.49, 0.92]. Median TTD in the intention-to-treat population was 10.2 months (95% CI: 8.0, 11.0) with atezolizumab + bevacizumab and 8.6 months (95% CI: 6.2, 11.8) with sorafenib (HR: 0.82 [95% CI: 0.65, 1.03]). Grade 3–4 adverse events of any cause occurred in 54.5% and 48.8% of atezolizumab + bevacizumab-treated patients with ALBI G1 and G2, respectively, and in 47.1% and 51.3% of sorafenib-treated patients.
Conclusion: ALBI grade was prognostic, and the benefit of atezolizumab + bevacizumab was clearest in patients with preserved liver function.
""",
    [
        g("N", "overall", 501),
        g("N", AB, 336),
        g("N", AB, 191),
        g("N", AB, 144),
        g("N", "sorafenib", 165),
        g("N", "sorafenib", 87),
        g("N", "sorafenib", 78),
        g("HR_OS", AB, 0.50, 0.35, 0.72),
        g("HR_PFS", AB, 0.61, 0.45, 0.82),
        g("HR_OS", AB, 0.86, 0.61, 1.21),
        g("HR_PFS", AB, 0.67, 0.49, 0.92),
        g("AE_G3plus", AB, 54.5),
        g("AE_G3plus", AB, 48.8),
        g("AE_G3plus", "sorafenib", 47.1),
        g("AE_G3plus", "sorafenib", 51.3),
    ],
)

# ---------------------------------------------------------------------------------------------
add(
    4,
    "terse congress abstract: 'pts', 'mo', 'vs', semicolons, defined abbreviations NIVO+IPI and LEN/SOR; CI without 'CI' on second arm; ORR difference distractor",
    "ESMO GI congress poster abstract",
    """
Nivolumab plus ipilimumab vs lenvatinib or sorafenib as first-line treatment for unresectable hepatocellular carcinoma: CheckMate 9DW Chinese subgroup analysis

Background: In the phase 3 CheckMate 9DW trial, first-line nivolumab plus ipilimumab (NIVO+IPI) significantly improved OS vs investigator's choice of lenvatinib or sorafenib (LEN/SOR) in uHCC. We report outcomes for pts enrolled in China.
Methods: Adults with uHCC, Child-Pugh score 5–6 and no prior systemic therapy were randomized 1:1 to NIVO 1 mg/kg + IPI 3 mg/kg Q3W (≤4 doses) then NIVO 480 mg Q4W, or LEN 8/12 mg QD or SOR 400 mg BID. Primary endpoint: OS. ORR and DOR per RECIST v1.1 by BICR.
Results: 208 Chinese pts were randomized (NIVO+IPI, n = 98; LEN/SOR, n = 110); 80% had HBV infection. At a median follow-up of 31.3 mo (range 15.4–46.5), mOS was 23.5 mo (95% CI 18.0–37.8) with NIVO+IPI vs 20.1 mo (15.3–24.0) with LEN/SOR; HR 0.82 (95% CI 0.57–1.18). 24-mo OS rates: 48% vs 39%. ORR: 37% (95% CI 27–47) vs 14% (8–22); difference 23.1% (95% CI 11.4–34.3); CR 7% vs 2%. mDOR: 30.4 mo (95% CI 14.0–NR) vs 9.3 mo (5.6–16.6). Grade 3/4 TRAEs: 38% vs 40%; TRAEs leading to discontinuation: 17% vs 8%. Grade 3/4 immune-mediated AEs with NIVO+IPI: 24%, mostly hepatitis.
Conclusions: NIVO+IPI showed OS and response benefits vs LEN/SOR in Chinese pts, consistent with the global population.
""",
    [
        g("N", "overall", 208),
        g("N", NI, 98),
        g("N", LS, 110),
        g("mOS", NI, 23.5, 18.0, 37.8),
        g("mOS", LS, 20.1, 15.3, 24.0),
        g("HR_OS", NI, 0.82, 0.57, 1.18),
        g("OS_RATE", NI, 48),
        g("OS_RATE", LS, 39),
        g("ORR", NI, 37, 27, 47),
        g("ORR", LS, 14, 8, 22),
        g("mDOR", NI, 30.4, 14.0, None),
        g("mDOR", LS, 9.3, 5.6, 16.6),
        g("TRAE_G3plus", NI, 38),
        g("TRAE_G3plus", LS, 40),
        g("TRAE_DISC", NI, 17),
        g("TRAE_DISC", LS, 8),
        g("IRAE_G3plus", NI, 24),
    ],
)

# ---------------------------------------------------------------------------------------------
add(
    5,
    "Lancet mid-dots; PRO paper whose efficacy values appear 'for context'; abbreviation LEN-PEM-TACE and 'TACE plus dual placebo'; PRO distractors (LS mean difference, TTD HR)",
    "Lancet Oncology 'Findings' abstract",
    """
Health-related quality of life with lenvatinib plus pembrolizumab and transarterial chemoembolisation versus dual placebo plus chemoembolisation (LEAP-012): patient-reported outcomes from a randomised, double-blind, phase 3 trial

Background: In LEAP-012, adding lenvatinib and pembrolizumab to transarterial chemoembolisation (TACE) prolonged progression-free survival in unresectable, non-metastatic hepatocellular carcinoma. We report the prespecified patient-reported outcome (PRO) analyses.
Methods: Adults with Child-Pugh A disease, ECOG performance status 0–1 and tumours amenable to TACE were randomly assigned (1:1) to oral lenvatinib (12 mg or 8 mg daily by bodyweight) plus intravenous pembrolizumab 400 mg every 6 weeks with TACE (LEN-PEM-TACE), or to matched oral and intravenous placebos with TACE. PROs were collected with the EORTC QLQ-C30, QLQ-HCC18 and EQ-5D-5L. Key PRO endpoints were least-squares (LS) mean change from baseline to week 30 and time to deterioration (TTD) in global health status/quality of life (GHS/QoL).
Findings: 480 patients were randomly assigned, 237 to LEN-PEM-TACE and 243 to TACE plus dual placebo; questionnaire compliance was 87·3% at week 30. The between-group difference in LS mean change in GHS/QoL was –2·81 points (95% CI –5·90 to 0·28). Median TTD in GHS/QoL was 11·1 months with LEN-PEM-TACE and 13·6 months with TACE plus dual placebo (HR 1·11, 95% CI 0·86–1·43). For context, median progression-free survival by blinded central review was 14·6 months (95% CI 12·6–16·7) versus 10·0 months (8·1–12·2; HR 0·66, 0·51–0·84), and overall survival at 24 months was 75% (68–80) versus 69% (62–74). Grade 3 or worse treatment-related adverse events occurred in 71·3% of patients given LEN-PEM-TACE and 31·5% of those given TACE plus dual placebo.
Interpretation: The progression-free survival benefit of LEN-PEM-TACE was achieved without a clinically meaningful decline in quality of life.
""",
    [
        g("N", "overall", 480),
        g("N", "pembrolizumab + lenvatinib + tace", 237),
        g("N", "placebo + tace", 243),
        g("mPFS", "pembrolizumab + lenvatinib + tace", 14.6, 12.6, 16.7),
        g("mPFS", "placebo + tace", 10.0, 8.1, 12.2),
        g("HR_PFS", "pembrolizumab + lenvatinib + tace", 0.66, 0.51, 0.84),
        g("OS_RATE", "pembrolizumab + lenvatinib + tace", 75, 68, 80),
        g("OS_RATE", "placebo + tace", 69, 62, 74),
        g("TRAE_G3plus", "pembrolizumab + lenvatinib + tace", 71.3),
        g("TRAE_G3plus", "placebo + tace", 31.5),
    ],
)

# ---------------------------------------------------------------------------------------------
add(
    6,
    "terse post hoc abstract dominated by count/percent distractors (progression patterns); TTP medians as the only efficacy values; D+B+TACE / PBO+TACE",
    "ASCO GI symposium abstract",
    """
Patterns of radiologic progression with durvalumab plus bevacizumab and TACE in embolization-eligible hepatocellular carcinoma: post hoc analysis of EMERALD-1

Background: EMERALD-1 showed improved PFS with durvalumab + bevacizumab + TACE (D+B+TACE) vs placebo + TACE (PBO+TACE) in embolization-eligible uHCC. We characterized the first radiologic progression event.
Methods: Of 616 pts randomized 1:1:1 in EMERALD-1, this analysis includes the D+B+TACE and PBO+TACE arms. Pts received durvalumab 1500 mg or placebo Q4W with conventional or drug-eluting bead TACE, followed by durvalumab 1120 mg + bevacizumab 15 mg/kg or placebos Q3W. Progression at first PD was classified by investigators per mRECIST as new intrahepatic lesions (NIH), growth of existing intrahepatic lesions, or new extrahepatic lesions (NEH).
Results: Among 204 pts given D+B+TACE and 205 given PBO+TACE, PD occurred in 53.9% vs 79.0%. NIH was the most frequent pattern in both arms: 73 (35.8%) vs 107 (52.2%) pts; intrahepatic growth, 31 (15.2%) vs 34 (16.6%); NEH, 24 (11.8%) vs 39 (19.0%). Median TTP was 22.0 mo (95% CI 18.3–30.4) with D+B+TACE and 10.0 mo (95% CI 8.3–11.6) with PBO+TACE. Median time to NEH was not reached in either arm. Subsequent TACE was performed in 21.1% vs 38.5% of pts after first PD.
Conclusions: D+B+TACE delayed all patterns of progression, most notably new intrahepatic lesions.
""",
    [
        g("N", "overall", 616),
        g("N", "durvalumab + bevacizumab + tace", 204),
        g("N", "placebo + tace", 205),
        g("mTTP", "durvalumab + bevacizumab + tace", 22.0, 18.3, 30.4),
        g("mTTP", "placebo + tace", 10.0, 8.3, 11.6),
    ],
)

# ---------------------------------------------------------------------------------------------
add(
    7,
    "regional subgroups with per-arm n; non-lexicon abbreviation CAM+RIV; 'NR' median with CI; HR 'vs.'; ORR by BIRC; TRAE G>=3 by region",
    "Liver Cancer / Hepatology International subgroup-analysis abstract",
    """
Camrelizumab plus rivoceranib versus sorafenib in Asian and non-Asian patients with unresectable hepatocellular carcinoma: a subgroup analysis of the CARES-310 trial

Background: CARES-310 enrolled patients in 13 countries and regions, and most were Asian. Because aetiology and treatment practice differ between regions, we assessed efficacy and safety by geographic region.
Methods: Patients without previous systemic therapy were randomised 1:1 to camrelizumab 200 mg intravenously every 2 weeks plus rivoceranib 250 mg orally once daily (CAM+RIV) or sorafenib 400 mg twice daily; randomisation was stratified by region (Asia vs. non-Asia), macrovascular invasion and/or extrahepatic spread, and alpha-fetoprotein (<400 vs. ≥400 ng/mL). Progression-free survival (PFS) and objective response were assessed by a blinded independent review committee (BIRC).
Results: Of the 543 patients randomised (CAM+RIV 272, sorafenib 271), 449 were enrolled in Asia (CAM+RIV 224, sorafenib 225) and 94 outside Asia (CAM+RIV 48, sorafenib 46). In the Asian subgroup, median overall survival (OS) was 22.3 months (95% CI 19.1–26.4) with CAM+RIV vs. 15.2 months (95% CI 12.9–18.5) with sorafenib (HR 0.65, 95% CI 0.52–0.82), and the PFS HR was 0.52 (95% CI 0.41–0.65). In non-Asian patients, median OS was not reached (95% CI 20.0–NR) with CAM+RIV vs. 14.9 months (95% CI 11.3–NR) with sorafenib (HR 0.57, 95% CI 0.31–1.05); the PFS HR was 0.68 (95% CI 0.41–1.11). BIRC-assessed objective response rates were 26.3% vs. 6.2% in Asian and 22.9% vs. 4.3% in non-Asian patients. Treatment-related adverse events of grade 3 or higher occurred in 80.8% vs. 52.4% (Asia) and 79.2% vs. 56.5% (non-Asia) of treated patients.
Conclusions: The benefit of CAM+RIV over sorafenib was consistent across regions.
""",
    [
        g("N", "overall", 543),
        g("N", "camrelizumab + rivoceranib", 272),
        g("N", "sorafenib", 271),
        g("N", "overall", 449),
        g("N", "camrelizumab + rivoceranib", 224),
        g("N", "sorafenib", 225),
        g("N", "overall", 94),
        g("N", "camrelizumab + rivoceranib", 48),
        g("N", "sorafenib", 46),
        g("mOS", "camrelizumab + rivoceranib", 22.3, 19.1, 26.4),
        g("mOS", "sorafenib", 15.2, 12.9, 18.5),
        g("HR_OS", "camrelizumab + rivoceranib", 0.65, 0.52, 0.82),
        g("HR_PFS", "camrelizumab + rivoceranib", 0.52, 0.41, 0.65),
        g("mOS", "camrelizumab + rivoceranib", None, 20.0, None),
        g("mOS", "sorafenib", 14.9, 11.3, None),
        g("HR_OS", "camrelizumab + rivoceranib", 0.57, 0.31, 1.05),
        g("HR_PFS", "camrelizumab + rivoceranib", 0.68, 0.41, 1.11),
        g("ORR", "camrelizumab + rivoceranib", 26.3),
        g("ORR", "sorafenib", 6.2),
        g("ORR", "camrelizumab + rivoceranib", 22.9),
        g("ORR", "sorafenib", 4.3),
        g("TRAE_G3plus", "camrelizumab + rivoceranib", 80.8),
        g("TRAE_G3plus", "sorafenib", 52.4),
        g("TRAE_G3plus", "camrelizumab + rivoceranib", 79.2),
        g("TRAE_G3plus", "sorafenib", 56.5),
    ],
)

# ---------------------------------------------------------------------------------------------
add(
    8,
    "noninferiority margin and 95.003% CI; AFP strata n; AFP-response HR distractor; medians without CIs; 'the former'/'the latter'",
    "Hepatology Communications original-article abstract",
    """
Baseline alpha-fetoprotein and outcomes with first-line tislelizumab versus sorafenib in unresectable hepatocellular carcinoma: exploratory analysis of RATIONALE-301

Background: Serum alpha-fetoprotein (AFP) ≥400 ng/mL identifies an aggressive phenotype of hepatocellular carcinoma. We explored efficacy of tislelizumab by baseline AFP in the RATIONALE-301 trial.
Methods: RATIONALE-301 was an open-label, global, phase 3 noninferiority study. Patients were randomised 1:1 to tislelizumab 200 mg every 3 weeks or sorafenib 400 mg twice daily. Noninferiority for overall survival (OS) required the upper bound of the 95.003% CI of the hazard ratio (HR) to fall below 1.08. Early AFP response was defined as a ≥50% fall from baseline within 6 weeks.
Results: 674 patients were randomised (tislelizumab, 342; sorafenib, 332). The overall OS HR was 0.85 (95.003% CI 0.712–1.019), meeting noninferiority. Baseline AFP was <400 ng/mL in 417 patients and ≥400 ng/mL in 257. The OS HR was 0.88 (95% CI 0.70–1.11) in the former and 0.79 (95% CI 0.60–1.03) in the latter subgroup. Among patients with AFP ≥400 ng/mL, median OS reached 12.7 months with tislelizumab compared with 8.8 months with sorafenib, and objective responses occurred in 13.3% and 3.1%, respectively; in the AFP <400 ng/mL subgroup the objective response rates were 14.9% and 6.9%. Within the tislelizumab arm, an early AFP response was associated with longer OS (HR 0.41; 95% CI 0.26–0.64). Grade ≥3 treatment-related adverse events were reported in 22.2% of tislelizumab-treated and 53.4% of sorafenib-treated patients.
Conclusion: Tislelizumab retained activity irrespective of baseline AFP.
""",
    [
        g("N", "overall", 674),
        g("N", "tislelizumab", 342),
        g("N", "sorafenib", 332),
        g("HR_OS", "tislelizumab", 0.85, 0.712, 1.019),
        g("N", "overall", 417),
        g("N", "overall", 257),
        g("HR_OS", "tislelizumab", 0.88, 0.70, 1.11),
        g("HR_OS", "tislelizumab", 0.79, 0.60, 1.03),
        g("mOS", "tislelizumab", 12.7),
        g("mOS", "sorafenib", 8.8),
        g("ORR", "tislelizumab", 13.3),
        g("ORR", "sorafenib", 3.1),
        g("ORR", "tislelizumab", 14.9),
        g("ORR", "sorafenib", 6.9),
        g("TRAE_G3plus", "tislelizumab", 22.2),
        g("TRAE_G3plus", "sorafenib", 53.4),
    ],
)

# ---------------------------------------------------------------------------------------------
add(
    9,
    "JAMA Key Points + structured abstract; experimental arm (sorafenib + HAIC) has no lexicon id so only the sorafenib-alone arm and the total N are gold; two-decimal medians",
    "JAMA Oncology Key Points and structured abstract",
    """
Sorafenib Plus Hepatic Arterial Infusion Chemotherapy vs Sorafenib Alone for Hepatocellular Carcinoma With Portal Vein Invasion: A Randomized Clinical Trial

Key Points
Question: Does adding hepatic arterial infusion chemotherapy to sorafenib prolong survival in hepatocellular carcinoma with portal vein invasion?
Findings: In this randomized clinical trial of 247 patients, median overall survival was 13.37 months with the combination and 7.13 months with sorafenib alone.
Meaning: The combination may be an option for this population.

Abstract
Importance: Sorafenib is a standard first-line treatment for hepatocellular carcinoma (HCC) with portal vein invasion, but its benefit is modest.
Objective: To compare sorafenib plus hepatic arterial infusion of oxaliplatin, fluorouracil and leucovorin (SoraHAIC) with sorafenib alone.
Design, Setting, and Participants: Open-label, randomized phase 3 trial at 5 hospitals in China enrolling patients aged 18 to 75 years with HCC and portal vein invasion; median follow-up was 15.1 months.
Interventions: Patients were randomized 1:1 to sorafenib 400 mg twice daily with HAIC every 3 weeks (oxaliplatin 85 mg/m2, leucovorin 400 mg/m2, fluorouracil 400 mg/m2 bolus then 2400 mg/m2 over 46 hours) or to sorafenib alone.
Main Outcomes and Measures: Overall survival in the intention-to-treat population.
Results: Of the 247 patients randomized (median age 49 years; 219 men), 125 were assigned to SoraHAIC and 122 to sorafenib alone. Median overall survival was 13.37 months (95% CI, 10.27-16.46) in the SoraHAIC group and 7.13 months (95% CI, 6.28-7.98) in the sorafenib group (hazard ratio, 0.35; 95% CI, 0.26-0.48; P < .001). Median progression-free survival was 7.03 vs 2.60 months (hazard ratio, 0.26; 95% CI, 0.18-0.36), and the response rate was 40.8% vs 2.46%. Grade 3 to 4 thrombocytopenia (12.0% vs 4.1%) and neutropenia (5.6% vs 0.8%) were more frequent with SoraHAIC.
Conclusions and Relevance: Sorafenib plus HAIC improved overall survival compared with sorafenib alone in HCC with portal vein invasion.
""",
    [
        g("N", "overall", 247),
        g("N", "sorafenib", 122),
        g("mOS", "sorafenib", 7.13, 6.28, 7.98),
        g("mPFS", "sorafenib", 2.60),
        g("ORR", "sorafenib", 2.46),
    ],
)

# ---------------------------------------------------------------------------------------------
add(
    10,
    "ClinicalTrials.gov results record: participant flow, outcome blocks with pipe-separated arm columns, medians in days with 'NA' (not reached), RFS primary as distractor, drug-related AE rows with safety denominators",
    "ClinicalTrials.gov results record (tabular view flattened to text)",
    """
Sorafenib as Adjuvant Treatment in the Prevention Of Recurrence of Hepatocellular Carcinoma (STORM)
ClinicalTrials.gov ID: NCT00692770
Study Type: Interventional | Phase 3 | Status: Completed | Masking: Quadruple
Enrollment: 1114 (Actual)
Arm/Group Title | Sorafenib (Nexavar, BAY43-9006) | Placebo
Arm/Group Description | 400 mg (2 x 200 mg tablets) orally twice daily for up to 4 years | Matching placebo tablets orally twice daily

Participant Flow
STARTED | 556 | 558
Received study drug | 559 | 552
COMPLETED | 0 | 0
NOT COMPLETED | 556 | 558

Primary Outcome: Recurrence-Free Survival (RFS) by Independent Assessment
Time Frame: From randomization up to 4 years
Number of Participants Analyzed | 556 | 558
Median (95% Confidence Interval), days | 1014 (905 to 1176) | 1030 (897 to 1189)
Hazard Ratio (95% CI): 0.940 (0.780 to 1.134); one-sided p-value 0.26

Secondary Outcome: Overall Survival (OS)
Number of Participants Analyzed | 556 | 558
Median (95% Confidence Interval), days | NA (NA to NA) [1] | NA (NA to NA) [1]
[1] Median not reached owing to the low number of deaths.
Hazard Ratio (95% CI): 0.995 (0.761 to 1.300)

Secondary Outcome: Time to Recurrence (TTR)
Median (95% Confidence Interval), days | 1161 (1019 to 1406) | 1150 (924 to 1307)

Adverse Events (safety population)
Participants with drug-related adverse events of CTCAE grade 3 or higher | 213/559 (38.1%) | 57/552 (10.3%)
Permanent discontinuation due to drug-related adverse events | 134/559 (24.0%) | 23/552 (4.2%)
""",
    [
        g("N", "overall", 1114),
        g("N", "sorafenib", 556),
        g("N", "placebo", 558),
        g("mOS", "sorafenib", None),
        g("mOS", "placebo", None),
        g("HR_OS", "sorafenib", 0.995, 0.761, 1.300),
        g("TRAE_G3plus", "sorafenib", 38.1),
        g("TRAE_G3plus", "placebo", 10.3),
        g("TRAE_DISC", "sorafenib", 24.0),
        g("TRAE_DISC", "placebo", 4.2),
    ],
)

# ---------------------------------------------------------------------------------------------
add(
    11,
    "ClinicalTrials.gov results record with 'Lenvatinib + Pembrolizumab | Lenvatinib + Placebo' columns; ORR with CI; DOR median with full range (no CI); PFS at interim and OS at final analysis",
    "ClinicalTrials.gov classic results page (flattened)",
    """
Safety and Efficacy of Lenvatinib (E7080/MK-7902) in Combination With Pembrolizumab (MK-3475) Versus Lenvatinib as First-line Therapy in Participants With Advanced Hepatocellular Carcinoma (MK-7902-002/LEAP-002)
ClinicalTrials.gov Identifier: NCT03713593
Study Type: Interventional; Allocation: Randomized; Masking: Double (Participant, Investigator)
Enrollment: 794
Arm/Group Title | Lenvatinib + Pembrolizumab | Lenvatinib + Placebo
Arm/Group Description | Lenvatinib 12 mg (body weight ≥60 kg) or 8 mg (<60 kg) orally once daily plus pembrolizumab 200 mg IV on Day 1 of each 21-day cycle for up to 35 cycles | Lenvatinib as in the other arm plus saline placebo IV Q3W
Overall Number of Participants Analyzed | 395 | 399

Outcome Measure 1: Overall Survival (OS)
Time Frame: Up to approximately 44 months (final analysis; data cutoff 21-Jun-2022)
Median (95% Confidence Interval), Months | 21.2 (19.0 to 23.6) | 19.0 (17.2 to 21.7)
Statistical Analysis: Hazard Ratio 0.840; 95% CI 0.708 to 0.997; one-sided p-value 0.0227 (threshold 0.0185)

Outcome Measure 2: Progression-free Survival (PFS) per RECIST 1.1 by BICR
Time Frame: Up to approximately 29 months (interim analysis 1; data cutoff 05-Apr-2021)
Median (95% Confidence Interval), Months | 8.2 (6.4 to 8.4) | 8.0 (6.3 to 8.2)
Statistical Analysis: Hazard Ratio 0.867; 95% CI 0.734 to 1.024; one-sided p-value 0.0466

Outcome Measure 3: Objective Response Rate (ORR) per RECIST 1.1 by BICR
Measure Type: Percentage of participants (95% Confidence Interval)
26.1 (21.8 to 30.7) | 17.5 (13.9 to 21.6)

Outcome Measure 4: Duration of Response (DOR) per RECIST 1.1 by BICR
Number of Participants Analyzed (responders) | 103 | 70
Median (Full Range), Months | 16.6 (2.0 to 33.6) | 10.4 (1.9 to 35.0)
""",
    [
        g("N", "overall", 794),
        g("N", "pembrolizumab + lenvatinib", 395),
        g("N", "lenvatinib + placebo", 399),
        g("mOS", "pembrolizumab + lenvatinib", 21.2, 19.0, 23.6),
        g("mOS", "lenvatinib + placebo", 19.0, 17.2, 21.7),
        g("HR_OS", "pembrolizumab + lenvatinib", 0.840, 0.708, 0.997),
        g("mPFS", "pembrolizumab + lenvatinib", 8.2, 6.4, 8.4),
        g("mPFS", "lenvatinib + placebo", 8.0, 6.3, 8.2),
        g("HR_PFS", "pembrolizumab + lenvatinib", 0.867, 0.734, 1.024),
        g("ORR", "pembrolizumab + lenvatinib", 26.1, 21.8, 30.7),
        g("ORR", "lenvatinib + placebo", 17.5, 13.9, 21.6),
        g("mDOR", "pembrolizumab + lenvatinib", 16.6),
        g("mDOR", "lenvatinib + placebo", 10.4),
    ],
)

# ---------------------------------------------------------------------------------------------
add(
    12,
    "Lancet mid-dots; 2:1 randomisation with per-arm n; apatinib = rivoceranib; three-decimal HRs; 'x (y%) of n' safety denominators; specific grade 3-4 AEs as distractors",
    "Lancet Gastroenterology & Hepatology summary (Findings)",
    """
Apatinib as second-line or later therapy in advanced hepatocellular carcinoma (AHELP): a multicentre, double-blind, randomised, placebo-controlled, phase 3 trial

Background: Inhibitors of vascular endothelial growth factor receptor have antitumour activity in hepatocellular carcinoma, but few have been tested where hepatitis B predominates. We assessed apatinib, a selective VEGFR-2 inhibitor, in pretreated patients.
Methods: AHELP was done at 31 hospitals in China. Patients aged 18 years or older whose disease was refractory or intolerant to at least one line of systemic chemotherapy or targeted therapy were randomly assigned (2:1; block size six) to apatinib 750 mg or placebo orally once daily in 28-day cycles. The primary endpoint was overall survival.
Findings: Between April, 2014, and May, 2017, 400 patients were randomly assigned, 267 to apatinib and 133 to placebo; 86% had hepatitis B. Median overall survival was 8·7 months (95% CI 7·5–9·8) with apatinib and 6·8 months (5·7–9·1) with placebo (hazard ratio 0·785, 95% CI 0·617–0·998; p=0·048). Median progression-free survival was 4·5 months (3·9–4·7) versus 1·9 months (1·9–2·0; hazard ratio 0·471, 0·369–0·601; p<0·0001). An objective response was achieved by 10·7% of patients on apatinib and 1·5% on placebo, and disease control by 61·3% and 28·8%. Grade 3 or 4 treatment-related adverse events were reported in 201 (77%) of 261 patients given apatinib and 25 (19%) of 132 given placebo; the most common were hypertension (28%), hand-foot syndrome (18%) and decreased platelet count (13%). Two deaths were judged treatment related.
Interpretation: Apatinib significantly prolonged overall survival in pretreated advanced hepatocellular carcinoma.
""",
    [
        g("N", "overall", 400),
        g("N", "rivoceranib", 267),
        g("N", "placebo", 133),
        g("mOS", "rivoceranib", 8.7, 7.5, 9.8),
        g("mOS", "placebo", 6.8, 5.7, 9.1),
        g("HR_OS", "rivoceranib", 0.785, 0.617, 0.998),
        g("mPFS", "rivoceranib", 4.5, 3.9, 4.7),
        g("mPFS", "placebo", 1.9, 1.9, 2.0),
        g("HR_PFS", "rivoceranib", 0.471, 0.369, 0.601),
        g("ORR", "rivoceranib", 10.7),
        g("ORR", "placebo", 1.5),
        g("DCR", "rivoceranib", 61.3),
        g("DCR", "placebo", 28.8),
        g("TRAE_G3plus", "rivoceranib", 77),
        g("TRAE_G3plus", "placebo", 19),
    ],
)

# ---------------------------------------------------------------------------------------------
add(
    13,
    "news report: risk reduction in percent before HR; 'the combination' / 'the sorafenib arm' shorthand; ORR by two criteria; medians without CI",
    "oncology news site conference/publication report",
    """
Toripalimab Plus Bevacizumab Extends Survival Over Sorafenib in First-Line Advanced HCC

Adding the PD-1 inhibitor toripalimab to bevacizumab produced longer progression-free and overall survival than sorafenib for patients with previously untreated advanced hepatocellular carcinoma (HCC), according to results of the phase 3 HEPATORCH trial published in The Lancet Gastroenterology & Hepatology.
The open-label study enrolled patients aged 18 to 75 years at 57 hospitals in mainland China, Taiwan and Singapore. In total, 326 patients were randomly assigned to toripalimab 240 mg plus bevacizumab 15 mg/kg every 3 weeks (n = 162) or sorafenib 400 mg twice daily (n = 164). Median ages were 58 and 56 years, and 87% of patients were male.
At the primary PFS analysis, after a median follow-up of 9.4 months, the combination reduced the risk of progression or death by 31% (HR, 0.69; 95% CI, 0.53-0.91; P = .0086); median PFS was 5.8 months compared with 4.0 months in the sorafenib arm. At the OS analysis, patients given the combination lived a median of 20.0 months versus 14.5 months with sorafenib (HR, 0.76; 95% CI, 0.58-0.99; P = .039).
Confirmed objective responses per RECIST v1.1 occurred in 25.3% of the toripalimab group and 6.1% of the sorafenib group; by mRECIST the rates were 32.1% and 11.0%. Grade 3 or higher treatment-related adverse events were reported for 30.3% of patients in the combination arm and 34.6% in the sorafenib arm, and grade 3 or higher immune-related adverse events for 6.8% of those receiving toripalimab.
"These data support toripalimab plus bevacizumab as a new first-line option," the investigators wrote.
""",
    [
        g("N", "overall", 326),
        g("N", "toripalimab + bevacizumab", 162),
        g("N", "sorafenib", 164),
        g("HR_PFS", "toripalimab + bevacizumab", 0.69, 0.53, 0.91),
        g("mPFS", "toripalimab + bevacizumab", 5.8),
        g("mPFS", "sorafenib", 4.0),
        g("mOS", "toripalimab + bevacizumab", 20.0),
        g("mOS", "sorafenib", 14.5),
        g("HR_OS", "toripalimab + bevacizumab", 0.76, 0.58, 0.99),
        g("ORR", "toripalimab + bevacizumab", 25.3),
        g("ORR", "sorafenib", 6.1),
        g("ORR", "toripalimab + bevacizumab", 32.1),
        g("ORR", "sorafenib", 11.0),
        g("TRAE_G3plus", "toripalimab + bevacizumab", 30.3),
        g("TRAE_G3plus", "sorafenib", 34.6),
        g("IRAE_G3plus", "toripalimab + bevacizumab", 6.8),
    ],
)

# ---------------------------------------------------------------------------------------------
add(
    14,
    "trial-in-progress: design numbers only (planned enrolment, assumed median, design HR, power); no results, no gold",
    "ASCO GI trials-in-progress (TPS) abstract",
    """
EMERALD-3: a randomized, open-label, phase 3 study of durvalumab plus tremelimumab with or without lenvatinib in combination with TACE for unresectable hepatocellular carcinoma eligible for embolization

Background: Adding systemic therapy to TACE has improved progression-free survival in intermediate-stage HCC. EMERALD-3 tests whether a single priming dose of tremelimumab with durvalumab (STRIDE), with or without lenvatinib, enhances the benefit of TACE.
Methods: Approximately 525 pts with unresectable HCC not amenable to curative therapy, Child-Pugh A, ECOG PS 0–1 and no extrahepatic spread will be randomized 1:1:1 to Arm A: STRIDE (tremelimumab 300 mg once + durvalumab 1500 mg Q4W) + TACE; Arm B: STRIDE + lenvatinib 8 or 12 mg QD + TACE; Arm C: TACE alone (conventional or drug-eluting bead, investigator's choice). Randomization is stratified by region, TACE method and tumor burden. The primary endpoint is PFS per RECIST 1.1 by BICR for Arm B vs Arm C; secondary endpoints include PFS for Arm A vs Arm C, OS, ORR per mRECIST, TTP and safety. Assuming a median PFS of 8.2 mo in Arm C, 90% power is provided to detect an HR of 0.65 at a two-sided alpha of 0.05. Enrollment opened in 2022 at about 170 sites in 21 countries. Clinical trial information: NCT05301842.
""",
    [],
)

# ---------------------------------------------------------------------------------------------
add(
    15,
    "three-arm NEJM abstract; hierarchical populations (PD-L1 >=1% and overall); unusual CI levels (99.5%, 99.1%, 98.6%, 98.2%, 98.5%); shared control medians stated once",
    "NEJM abstract (BACKGROUND / METHODS / RESULTS / CONCLUSIONS)",
    """
Nivolumab Combination Therapy in Advanced Esophageal Squamous-Cell Carcinoma

BACKGROUND
Outcomes of first-line chemotherapy for advanced esophageal squamous-cell carcinoma are poor. Nivolumab prolonged survival as compared with chemotherapy in previously treated patients.
METHODS
In this open-label, phase 3 trial, adults with previously untreated, unresectable advanced, recurrent or metastatic esophageal squamous-cell carcinoma were randomly assigned in a 1:1:1 ratio to nivolumab plus chemotherapy (a fluoropyrimidine–platinum doublet), nivolumab plus ipilimumab, or chemotherapy alone. The primary end points were overall survival and progression-free survival on blinded independent central review, tested hierarchically first in patients with tumor-cell programmed death ligand 1 (PD-L1) expression of 1% or greater and then in all randomly assigned patients.
RESULTS
Of 970 patients who underwent randomization, 321 were assigned to nivolumab plus chemotherapy, 325 to nivolumab plus ipilimumab, and 324 to chemotherapy alone; 49% had PD-L1 expression of 1% or greater. With a minimum follow-up of 13 months, the median overall survival with chemotherapy alone was 9.1 months among PD-L1–positive patients and 10.7 months in the overall population. Nivolumab plus chemotherapy prolonged overall survival both in PD-L1–positive patients (median, 15.4 months; hazard ratio for death, 0.54; 99.5% confidence interval [CI], 0.37 to 0.80; P<0.001) and overall (median, 13.2 months; hazard ratio, 0.74; 99.1% CI, 0.58 to 0.96; P=0.002). Nivolumab plus ipilimumab also prolonged overall survival among PD-L1–positive patients (median, 13.7 months; hazard ratio, 0.64; 98.6% CI, 0.46 to 0.90; P=0.001) and overall (median, 12.7 months; hazard ratio, 0.78; 98.2% CI, 0.62 to 0.98; P=0.01). In PD-L1–positive patients, progression-free survival was longer with nivolumab plus chemotherapy than with chemotherapy alone (median, 6.9 vs. 4.4 months; hazard ratio for progression or death, 0.65; 98.5% CI, 0.46 to 0.92; P=0.002) but not with nivolumab plus ipilimumab (hazard ratio, 1.02; 98.5% CI, 0.73 to 1.43). Treatment-related adverse events of grade 3 or 4 occurred in 47% of patients who received nivolumab plus chemotherapy, 32% of those who received nivolumab plus ipilimumab, and 36% of those who received chemotherapy alone.
CONCLUSIONS
Both nivolumab-containing regimens resulted in significantly longer overall survival than chemotherapy alone.
""",
    [
        g("N", "overall", 970),
        g("N", "nivolumab + chemotherapy", 321),
        g("N", NI, 325),
        g("N", "chemotherapy", 324),
        g("mOS", "chemotherapy", 9.1),
        g("mOS", "chemotherapy", 10.7),
        g("mOS", "nivolumab + chemotherapy", 15.4),
        g("HR_OS", "nivolumab + chemotherapy", 0.54, 0.37, 0.80),
        g("mOS", "nivolumab + chemotherapy", 13.2),
        g("HR_OS", "nivolumab + chemotherapy", 0.74, 0.58, 0.96),
        g("mOS", NI, 13.7),
        g("HR_OS", NI, 0.64, 0.46, 0.90),
        g("mOS", NI, 12.7),
        g("HR_OS", NI, 0.78, 0.62, 0.98),
        g("mPFS", "nivolumab + chemotherapy", 6.9),
        g("mPFS", "chemotherapy", 4.4),
        g("HR_PFS", "nivolumab + chemotherapy", 0.65, 0.46, 0.92),
        g("HR_PFS", NI, 1.02, 0.73, 1.43),
        g("TRAE_G3plus", "nivolumab + chemotherapy", 47),
        g("TRAE_G3plus", NI, 32),
        g("TRAE_G3plus", "chemotherapy", 36),
    ],
)

# ---------------------------------------------------------------------------------------------
add(
    16,
    "two analysis populations (pMMR and all-comers) each with OS, PFS, ORR; follow-up durations equal to result values (18.7, 12.2); 'physician's choice' comparator",
    "JCO Clinical Trial Update abstract",
    """
Lenvatinib Plus Pembrolizumab in Previously Treated Advanced Endometrial Cancer: Final Overall Survival and Updated Efficacy From Study 309/KEYNOTE-775

We report the final prespecified overall survival (OS) analysis, with updated progression-free survival (PFS), objective response rate (ORR) and safety, from the open-label phase III Study 309/KEYNOTE-775. Patients with advanced, recurrent or metastatic endometrial cancer after at least one platinum-based regimen were randomly assigned to lenvatinib 20 mg orally once daily plus pembrolizumab 200 mg intravenously every 3 weeks (n = 411) or to chemotherapy of the treating physician's choice (TPC; an anthracycline every 3 weeks or a weekly taxane; n = 416); in total, 827 patients were randomly assigned, of whom 697 had mismatch repair-proficient (pMMR) tumors. At data cutoff (March 2022), median follow-up was 18.7 months with lenvatinib plus pembrolizumab and 12.2 months with TPC. In the pMMR population, median OS was 18.0 months (95% CI, 14.9 to 20.5) versus 12.2 months (95% CI, 11.0 to 14.1; hazard ratio [HR], 0.70; 95% CI, 0.58 to 0.83), and in all-comers it was 18.7 months (95% CI, 15.6 to 21.3) versus 11.9 months (95% CI, 10.7 to 13.3; HR, 0.65; 95% CI, 0.55 to 0.77). Median PFS favored lenvatinib plus pembrolizumab in pMMR patients (6.7 v 3.8 months; HR, 0.60; 95% CI, 0.50 to 0.72) and in all-comers (7.3 v 3.8 months; HR, 0.56; 95% CI, 0.48 to 0.66). ORRs were 32.4% versus 15.1% (pMMR) and 33.8% versus 14.7% (all-comers). Grade ≥3 adverse events, irrespective of attribution, occurred in 89.2% and 72.7% of treated patients. Lenvatinib plus pembrolizumab continued to show a clinically meaningful benefit over TPC.
""",
    [
        g("N", "pembrolizumab + lenvatinib", 411),
        g("N", "chemotherapy", 416),
        g("N", "overall", 827),
        g("N", "overall", 697),
        g("mOS", "pembrolizumab + lenvatinib", 18.0, 14.9, 20.5),
        g("mOS", "chemotherapy", 12.2, 11.0, 14.1),
        g("HR_OS", "pembrolizumab + lenvatinib", 0.70, 0.58, 0.83),
        g("mOS", "pembrolizumab + lenvatinib", 18.7, 15.6, 21.3),
        g("mOS", "chemotherapy", 11.9, 10.7, 13.3),
        g("HR_OS", "pembrolizumab + lenvatinib", 0.65, 0.55, 0.77),
        g("mPFS", "pembrolizumab + lenvatinib", 6.7),
        g("mPFS", "chemotherapy", 3.8),
        g("HR_PFS", "pembrolizumab + lenvatinib", 0.60, 0.50, 0.72),
        g("mPFS", "pembrolizumab + lenvatinib", 7.3),
        g("mPFS", "chemotherapy", 3.8),
        g("HR_PFS", "pembrolizumab + lenvatinib", 0.56, 0.48, 0.66),
        g("ORR", "pembrolizumab + lenvatinib", 32.4),
        g("ORR", "chemotherapy", 15.1),
        g("ORR", "pembrolizumab + lenvatinib", 33.8),
        g("ORR", "chemotherapy", 14.7),
        g("AE_G3plus", "pembrolizumab + lenvatinib", 89.2),
        g("AE_G3plus", "chemotherapy", 72.7),
    ],
)

# ---------------------------------------------------------------------------------------------
add(
    17,
    "risk-group populations (ITT, intermediate/poor, favourable) with per-arm n in one parenthesis; 'HR; 95% CI' as '(0.69; 0.59 to 0.81)'; landmark rates; NIVO+IPI vs SUN",
    "ESMO Open abstract (Purpose / Methods / Results / Conclusion)",
    """
Nivolumab plus ipilimumab versus sunitinib for first-line advanced renal cell carcinoma: extended 4-year follow-up of the phase III CheckMate 214 trial

Purpose: To update long-term outcomes with first-line nivolumab plus ipilimumab (NIVO+IPI) versus sunitinib (SUN) in advanced renal cell carcinoma (aRCC).
Methods: Patients with clear-cell aRCC were stratified by International Metastatic RCC Database Consortium risk and randomised to NIVO 3 mg/kg plus IPI 1 mg/kg every 3 weeks for four doses, then NIVO 3 mg/kg every 2 weeks, or SUN 50 mg once daily for 4 weeks of each 6-week cycle. Efficacy was assessed in intermediate/poor-risk (I/P; primary), intent-to-treat (ITT) and favourable-risk (FAV; exploratory) patients.
Results: In all, 1096 patients were randomised: 550 to NIVO+IPI and 546 to SUN (I/P, 425 and 422; FAV, 125 and 124). With at least 4 years of follow-up, OS (HR; 95% CI) still favoured NIVO+IPI in ITT (0.69; 0.59 to 0.81) and I/P patients (0.65; 0.54 to 0.78). In I/P patients, median OS was 48.1 months (95% CI 35.6 to not estimable) with NIVO+IPI and 26.6 months (95% CI 22.1 to 33.5) with SUN, and 4-year OS probabilities were 50% and 35.8%; PFS HR was 0.74 (95% CI 0.62 to 0.88) and ORR 42% versus 27%. In FAV patients the OS HR was 0.93 (95% CI 0.62 to 1.40) and ORR 30% versus 52%. Grade 3–4 treatment-related adverse events occurred in 48% of NIVO+IPI-treated and 64% of SUN-treated patients; 22% and 12%, respectively, discontinued because of treatment-related adverse events.
Conclusion: NIVO+IPI continued to provide durable survival benefit over SUN in I/P and ITT patients.
""",
    [
        g("N", "overall", 1096),
        g("N", NI, 550),
        g("N", "sunitinib", 546),
        g("N", NI, 425),
        g("N", "sunitinib", 422),
        g("N", NI, 125),
        g("N", "sunitinib", 124),
        g("HR_OS", NI, 0.69, 0.59, 0.81),
        g("HR_OS", NI, 0.65, 0.54, 0.78),
        g("mOS", NI, 48.1, 35.6, None),
        g("mOS", "sunitinib", 26.6, 22.1, 33.5),
        g("OS_RATE", NI, 50),
        g("OS_RATE", "sunitinib", 35.8),
        g("HR_PFS", NI, 0.74, 0.62, 0.88),
        g("ORR", NI, 42),
        g("ORR", "sunitinib", 27),
        g("HR_OS", NI, 0.93, 0.62, 1.40),
        g("ORR", NI, 30),
        g("ORR", "sunitinib", 52),
        g("TRAE_G3plus", NI, 48),
        g("TRAE_G3plus", "sunitinib", 64),
        g("TRAE_DISC", NI, 22),
        g("TRAE_DISC", "sunitinib", 12),
    ],
)

# ---------------------------------------------------------------------------------------------
add(
    18,
    "three four-drug/three-drug arms defined by abbreviations (ABCP, ACP, BCP); analysis population ITT-WT; follow-up per arm as distractor; PD-L1-high subgroup medians with HRs",
    "Journal of Thoracic Oncology abstract (Introduction / Methods / Results / Conclusions)",
    """
IMpower150 Final Overall Survival Analyses for Atezolizumab Plus Bevacizumab and Chemotherapy in First-Line Metastatic Nonsquamous NSCLC

Introduction: We report the final overall survival (OS) analysis of atezolizumab plus carboplatin and paclitaxel (ACP) and updated OS of atezolizumab plus bevacizumab, carboplatin and paclitaxel (ABCP), each versus bevacizumab plus carboplatin and paclitaxel (BCP), in chemotherapy-naive metastatic nonsquamous NSCLC.
Methods: In this randomized, open-label phase 3 study (N = 1202; ABCP 400, ACP 402, BCP 400), coprimary end points were investigator-assessed progression-free survival (PFS) and OS in intention-to-treat wild-type (ITT-WT; no EGFR or ALK alteration) patients, who numbered 1047.
Results: Median follow-up was 39.8, 38.8 and 40.0 months in the ABCP, ACP and BCP arms. In ITT-WT patients, median OS with BCP was 14.7 months; ACP produced a numerical but not significant gain (median 19.0 months; hazard ratio [HR] 0.84; 95% confidence interval [CI]: 0.71–1.00), whereas the benefit of ABCP was maintained (median 19.5 months; HR 0.80; 95% CI: 0.67–0.95). Median PFS was 8.4 months with ABCP, 6.3 months with ACP and 6.8 months with BCP. In exploratory analyses of patients with high PD-L1 expression, median OS reached 26.3 months with ACP (HR 0.76; 95% CI: 0.49–1.17) and 30.0 months with ABCP (HR 0.70; 95% CI: 0.46–1.08). Treatment-related grade 3–4 adverse events occurred in 57.1%, 43.0% and 48.7% of patients treated with ABCP, ACP and BCP, respectively.
Conclusions: ABCP sustained an OS benefit over BCP; ACP did not significantly improve OS.
""",
    [
        g("N", "overall", 1202),
        g("N", "atezolizumab + bevacizumab + carboplatin + paclitaxel", 400),
        g("N", "atezolizumab + carboplatin + paclitaxel", 402),
        g("N", "bevacizumab + carboplatin + paclitaxel", 400),
        g("N", "overall", 1047),
        g("mOS", "bevacizumab + carboplatin + paclitaxel", 14.7),
        g("mOS", "atezolizumab + carboplatin + paclitaxel", 19.0),
        g("HR_OS", "atezolizumab + carboplatin + paclitaxel", 0.84, 0.71, 1.00),
        g("mOS", "atezolizumab + bevacizumab + carboplatin + paclitaxel", 19.5),
        g("HR_OS", "atezolizumab + bevacizumab + carboplatin + paclitaxel", 0.80, 0.67, 0.95),
        g("mPFS", "atezolizumab + bevacizumab + carboplatin + paclitaxel", 8.4),
        g("mPFS", "atezolizumab + carboplatin + paclitaxel", 6.3),
        g("mPFS", "bevacizumab + carboplatin + paclitaxel", 6.8),
        g("mOS", "atezolizumab + carboplatin + paclitaxel", 26.3),
        g("HR_OS", "atezolizumab + carboplatin + paclitaxel", 0.76, 0.49, 1.17),
        g("mOS", "atezolizumab + bevacizumab + carboplatin + paclitaxel", 30.0),
        g("HR_OS", "atezolizumab + bevacizumab + carboplatin + paclitaxel", 0.70, 0.46, 1.08),
        g("TRAE_G3plus", "atezolizumab + bevacizumab + carboplatin + paclitaxel", 57.1),
        g("TRAE_G3plus", "atezolizumab + carboplatin + paclitaxel", 43.0),
        g("TRAE_G3plus", "bevacizumab + carboplatin + paclitaxel", 48.7),
    ],
)

# ---------------------------------------------------------------------------------------------
add(
    19,
    "JAMA Key Points repeating Results medians (each counted once); 'mean age; n [%] men' distractors; CPS>=5 subgroup n with percent; 'sintilimab group' shorthand",
    "JAMA Key Points + structured abstract",
    """
Sintilimab Plus Chemotherapy for Unresectable Gastric or Gastroesophageal Junction Cancer: The ORIENT-16 Randomized Clinical Trial

Key Points
Question: Does adding sintilimab to first-line chemotherapy improve survival in advanced gastric or gastroesophageal junction adenocarcinoma, overall and with a PD-L1 combined positive score (CPS) of 5 or more?
Findings: In this randomized clinical trial of 650 patients at 62 centers in China, sintilimab plus chemotherapy improved overall survival compared with placebo plus chemotherapy in all patients (median, 15.2 vs 12.3 months) and in those with CPS of 5 or more (median, 18.4 vs 12.9 months).
Meaning: Sintilimab plus chemotherapy is a first-line option for these patients.

Abstract
Design, Setting, and Participants: Randomized, double-blind, placebo-controlled phase 3 trial that enrolled patients with unresectable locally advanced or metastatic gastric or gastroesophageal junction adenocarcinoma between January 2019 and August 2020.
Interventions: Sintilimab 3 mg/kg (<60 kg) or 200 mg (≥60 kg) or placebo, each with XELOX chemotherapy every 3 weeks for up to 6 cycles, followed by maintenance for up to 2 years.
Results: Of the 650 patients (mean age, 59 years; 483 [74.3%] men), 327 were randomized to sintilimab plus chemotherapy and 323 to placebo plus chemotherapy; 397 (61.1%) had a CPS of 5 or more. Overall survival was longer in the sintilimab group in all randomized patients (hazard ratio [HR], 0.77; 95% CI, 0.63-0.94) and in the CPS 5 or more subset (HR, 0.66; 95% CI, 0.50-0.86). Median progression-free survival was 7.1 vs 5.7 months (HR, 0.64; 95% CI, 0.52-0.77) in all patients and 7.7 vs 5.8 months (HR, 0.63; 95% CI, 0.49-0.81) with CPS of 5 or more. Grade 3 or higher treatment-related adverse events occurred in 59.1% of the sintilimab group and 52.1% of the placebo group.
Conclusions and Relevance: Adding sintilimab to chemotherapy significantly improved overall survival.
""",
    [
        g("N", "overall", 650),
        g("N", "sintilimab + chemotherapy", 327),
        g("N", "chemotherapy + placebo", 323),
        g("N", "overall", 397),
        g("mOS", "sintilimab + chemotherapy", 15.2),
        g("mOS", "chemotherapy + placebo", 12.3),
        g("mOS", "sintilimab + chemotherapy", 18.4),
        g("mOS", "chemotherapy + placebo", 12.9),
        g("HR_OS", "sintilimab + chemotherapy", 0.77, 0.63, 0.94),
        g("HR_OS", "sintilimab + chemotherapy", 0.66, 0.50, 0.86),
        g("mPFS", "sintilimab + chemotherapy", 7.1),
        g("mPFS", "chemotherapy + placebo", 5.7),
        g("HR_PFS", "sintilimab + chemotherapy", 0.64, 0.52, 0.77),
        g("mPFS", "sintilimab + chemotherapy", 7.7),
        g("mPFS", "chemotherapy + placebo", 5.8),
        g("HR_PFS", "sintilimab + chemotherapy", 0.63, 0.49, 0.81),
        g("TRAE_G3plus", "sintilimab + chemotherapy", 59.1),
        g("TRAE_G3plus", "chemotherapy + placebo", 52.1),
    ],
)

# ---------------------------------------------------------------------------------------------
add(
    20,
    "'304 to each group'; results sentence with HR first then 'the median survival was ... as compared with ..., respectively'; three-agent arm from 'nivolumab plus gemcitabine-cisplatin'; CR rate distractor",
    "NEJM abstract",
    """
Nivolumab plus Gemcitabine–Cisplatin in Advanced Urothelial Carcinoma

BACKGROUND
No agent added to first-line cisplatin-based chemotherapy has prolonged overall survival in unresectable or metastatic urothelial carcinoma.
METHODS
In this phase 3, multinational, open-label trial, patients with previously untreated unresectable or metastatic urothelial carcinoma were randomly assigned to intravenous nivolumab (360 mg) plus gemcitabine–cisplatin every 3 weeks for up to six cycles, followed by nivolumab (480 mg) every 4 weeks for a maximum of 2 years, or to gemcitabine–cisplatin alone every 3 weeks for up to six cycles. The primary outcomes were overall and progression-free survival; objective response and safety were exploratory.
RESULTS
A total of 608 patients underwent randomization (304 to each group). At a median follow-up of 33.6 months, overall survival was longer with nivolumab plus gemcitabine–cisplatin than with gemcitabine–cisplatin alone (hazard ratio for death, 0.78; 95% confidence interval [CI], 0.63 to 0.96; P=0.02); the median survival was 21.7 months (95% CI, 18.6 to 26.4) as compared with 18.9 months (95% CI, 14.7 to 22.4), respectively. Progression-free survival was also longer (hazard ratio for progression or death, 0.72; 95% CI, 0.59 to 0.88; P=0.001), with medians of 7.9 and 7.6 months. An objective response occurred in 57.6% and 43.1% of patients, and a complete response in 21.7% and 11.8%; the median duration of complete response was 37.1 and 13.2 months. Adverse events of grade 3 or higher of any cause were reported in 61.8% and 51.7% of treated patients.
CONCLUSIONS
Nivolumab plus gemcitabine–cisplatin led to better outcomes than gemcitabine–cisplatin alone.
""",
    [
        g("N", "overall", 608),
        g("N", "nivolumab + cisplatin + gemcitabine", 304),
        g("N", "cisplatin + gemcitabine", 304),
        g("HR_OS", "nivolumab + cisplatin + gemcitabine", 0.78, 0.63, 0.96),
        g("mOS", "nivolumab + cisplatin + gemcitabine", 21.7, 18.6, 26.4),
        g("mOS", "cisplatin + gemcitabine", 18.9, 14.7, 22.4),
        g("HR_PFS", "nivolumab + cisplatin + gemcitabine", 0.72, 0.59, 0.88),
        g("mPFS", "nivolumab + cisplatin + gemcitabine", 7.9),
        g("mPFS", "cisplatin + gemcitabine", 7.6),
        g("ORR", "nivolumab + cisplatin + gemcitabine", 57.6),
        g("ORR", "cisplatin + gemcitabine", 43.1),
        g("AE_G3plus", "nivolumab + cisplatin + gemcitabine", 61.8),
        g("AE_G3plus", "cisplatin + gemcitabine", 51.7),
    ],
)

# ---------------------------------------------------------------------------------------------
add(
    21,
    "terse final-analysis congress abstract; abbreviations CAM-chemo / PBO-chemo; deaths as count (%) distractor; 1-, 2-, 3-year OS rates 'x vs y' chained then 'respectively'",
    "ASCO Annual Meeting abstract (Background / Methods / Results / Conclusions)",
    """
Camrelizumab plus chemotherapy as first-line treatment for advanced esophageal squamous cell carcinoma: final analysis of the randomized phase 3 ESCORT-1st trial

Background: At interim analysis, ESCORT-1st showed longer OS and PFS with camrelizumab plus chemotherapy (CAM-chemo) than with placebo plus chemotherapy (PBO-chemo) in untreated advanced or metastatic ESCC. We report the final analysis after ~1.5 additional years of follow-up.
Methods: 596 eligible pts were randomized 1:1 to camrelizumab 200 mg or placebo for up to 2 y, combined with up to 6 cycles of a taxane–platinum doublet, all Q3W. Stratification: liver metastases, prior definitive chemoradiotherapy. Primary endpoints: OS and PFS by IRC. Data cutoff: Apr 30, 2022.
Results: Minimum follow-up was 24 mo; no pt remained on study treatment. 214 (71.8%) pts in the CAM-chemo arm and 250 (83.9%) in the PBO-chemo arm had died. mOS: 15.6 mo (95% CI 14.0–18.4) vs 12.6 mo (95% CI 11.2–13.8); HR 0.70 (95% CI 0.58–0.84); one-sided P < 0.0001. OS rates at 1, 2 and 3 y: 62.4% vs 51.7%, 35.9% vs 23.8% and 25.6% vs 12.8%, respectively. mPFS: 6.9 mo (95% CI 5.8–7.4) vs 5.6 mo (95% CI 5.5–5.7); HR 0.56 (95% CI 0.46–0.68). ORR 72.1% vs 62.1%. Gr ≥3 TRAEs: 64.4% vs 62.9%; no new safety signals.
Conclusions: CAM-chemo maintained its OS benefit over PBO-chemo with longer follow-up.
""",
    [
        g("N", "overall", 596),
        g("mOS", "camrelizumab + chemotherapy", 15.6, 14.0, 18.4),
        g("mOS", "chemotherapy + placebo", 12.6, 11.2, 13.8),
        g("HR_OS", "camrelizumab + chemotherapy", 0.70, 0.58, 0.84),
        g("OS_RATE", "camrelizumab + chemotherapy", 62.4),
        g("OS_RATE", "chemotherapy + placebo", 51.7),
        g("OS_RATE", "camrelizumab + chemotherapy", 35.9),
        g("OS_RATE", "chemotherapy + placebo", 23.8),
        g("OS_RATE", "camrelizumab + chemotherapy", 25.6),
        g("OS_RATE", "chemotherapy + placebo", 12.8),
        g("mPFS", "camrelizumab + chemotherapy", 6.9, 5.8, 7.4),
        g("mPFS", "chemotherapy + placebo", 5.6, 5.5, 5.7),
        g("HR_PFS", "camrelizumab + chemotherapy", 0.56, 0.46, 0.68),
        g("ORR", "camrelizumab + chemotherapy", 72.1),
        g("ORR", "chemotherapy + placebo", 62.1),
        g("TRAE_G3plus", "camrelizumab + chemotherapy", 64.4),
        g("TRAE_G3plus", "chemotherapy + placebo", 62.9),
    ],
)

# ---------------------------------------------------------------------------------------------
add(
    22,
    "6-year landmark OS rates across PD-L1 and histology subgroups in one parenthesised chain '(PD-L1 <1%, 20% versus 7%; ...)'; DOR rate distractor; HR with 'hazard ratio 0.74, 95% confidence interval 0.63-0.87'",
    "Annals of Oncology abstract (Background / Patients and methods / Results / Conclusions)",
    """
First-line nivolumab plus ipilimumab with chemotherapy versus chemotherapy in metastatic non-small-cell lung cancer: final 6-year outcomes from CheckMate 9LA

Background: CheckMate 9LA showed durable overall survival (OS) benefit with nivolumab plus ipilimumab combined with two cycles of chemotherapy versus four cycles of chemotherapy in metastatic non-small-cell lung cancer (NSCLC). We report final 6-year efficacy and safety.
Patients and methods: Treatment-naive adults with stage IV or recurrent NSCLC without sensitizing EGFR/ALK alterations were randomized to nivolumab 360 mg every 3 weeks plus ipilimumab 1 mg/kg every 6 weeks with two cycles of platinum-doublet chemotherapy (n = 361) or to four cycles of chemotherapy (n = 358).
Results: With a minimum follow-up of 68.6 months, the OS benefit of nivolumab plus ipilimumab with chemotherapy persisted (hazard ratio 0.74, 95% confidence interval 0.63-0.87; median 15.8 versus 11.0 months), with 6-year OS rates of 16% versus 10%. The benefit was seen irrespective of tumor PD-L1 expression and histology (PD-L1 <1%, 20% versus 7%; PD-L1 ≥1%, 15% versus 10%; squamous, 14% versus 5%; non-squamous, 17% versus 12%). The 6-year duration-of-response rate was 19% with the immunotherapy-based regimen, whereas all responders in the chemotherapy arm had been censored or had progressed earlier. Grade 3–4 treatment-related adverse events had occurred in 48% and 38% of patients, respectively, with no new safety signals.
Conclusions: Nivolumab plus ipilimumab with chemotherapy provides durable long-term OS benefit in metastatic NSCLC.
""",
    [
        g("N", "nivolumab + ipilimumab + chemotherapy", 361),
        g("N", "chemotherapy", 358),
        g("HR_OS", "nivolumab + ipilimumab + chemotherapy", 0.74, 0.63, 0.87),
        g("mOS", "nivolumab + ipilimumab + chemotherapy", 15.8),
        g("mOS", "chemotherapy", 11.0),
        g("OS_RATE", "nivolumab + ipilimumab + chemotherapy", 16),
        g("OS_RATE", "chemotherapy", 10),
        g("OS_RATE", "nivolumab + ipilimumab + chemotherapy", 20),
        g("OS_RATE", "chemotherapy", 7),
        g("OS_RATE", "nivolumab + ipilimumab + chemotherapy", 15),
        g("OS_RATE", "chemotherapy", 10),
        g("OS_RATE", "nivolumab + ipilimumab + chemotherapy", 14),
        g("OS_RATE", "chemotherapy", 5),
        g("OS_RATE", "nivolumab + ipilimumab + chemotherapy", 17),
        g("OS_RATE", "chemotherapy", 12),
        g("TRAE_G3plus", "nivolumab + ipilimumab + chemotherapy", 48),
        g("TRAE_G3plus", "chemotherapy", 38),
    ],
)

# ---------------------------------------------------------------------------------------------
add(
    23,
    "'experimental group' / 'control group' defined by a triplet and a placebo-controlled doublet; PFS population = first 550 randomised with per-group n; landmark PFS rate; NR median with CI",
    "NEJM abstract",
    """
Cabozantinib plus Nivolumab and Ipilimumab in Renal-Cell Carcinoma

BACKGROUND
The efficacy and safety of adding cabozantinib to nivolumab and ipilimumab in previously untreated advanced renal-cell carcinoma are unknown.
METHODS
In this phase 3, double-blind trial, patients with previously untreated advanced clear-cell renal-cell carcinoma of intermediate or poor prognostic risk were randomly assigned to cabozantinib 40 mg daily plus nivolumab and ipilimumab (experimental group) or to matched placebo plus nivolumab and ipilimumab (control group). Nivolumab (3 mg per kilogram) and ipilimumab (1 mg per kilogram) were given every 3 weeks for four cycles, followed by nivolumab 480 mg every 4 weeks for up to 2 years. The primary end point, progression-free survival by blinded independent review, was assessed in the first 550 patients who underwent randomization.
RESULTS
Overall, 855 patients underwent randomization: 428 to the experimental group and 427 to the control group. Among the first 550 patients (276 in the experimental group and 274 in the control group), median progression-free survival was not reached (95% CI, 14.0 to not reached) in the experimental group and was 11.3 months (95% CI, 7.7 to 18.2) in the control group; the 12-month progression-free survival rate was 57% and 49%, respectively (hazard ratio for disease progression or death, 0.73; 95% confidence interval [CI], 0.57 to 0.94; P=0.01). A response occurred in 43% of the patients in the experimental group and in 36% of those in the control group. Grade 3 or 4 adverse events occurred in 79% and 56%, respectively. Follow-up for overall survival is ongoing.
CONCLUSIONS
Among patients with previously untreated intermediate- or poor-risk advanced renal-cell carcinoma, adding cabozantinib to nivolumab plus ipilimumab significantly prolonged progression-free survival.
""",
    [
        g("N", "overall", 855),
        g("N", "nivolumab + ipilimumab + cabozantinib", 428),
        g("N", "nivolumab + ipilimumab + placebo", 427),
        g("N", "overall", 550),
        g("N", "nivolumab + ipilimumab + cabozantinib", 276),
        g("N", "nivolumab + ipilimumab + placebo", 274),
        g("mPFS", "nivolumab + ipilimumab + cabozantinib", None, 14.0, None),
        g("mPFS", "nivolumab + ipilimumab + placebo", 11.3, 7.7, 18.2),
        g("PFS_RATE", "nivolumab + ipilimumab + cabozantinib", 57),
        g("PFS_RATE", "nivolumab + ipilimumab + placebo", 49),
        g("HR_PFS", "nivolumab + ipilimumab + cabozantinib", 0.73, 0.57, 0.94),
        g("ORR", "nivolumab + ipilimumab + cabozantinib", 43),
        g("ORR", "nivolumab + ipilimumab + placebo", 36),
        g("AE_G3plus", "nivolumab + ipilimumab + cabozantinib", 79),
        g("AE_G3plus", "nivolumab + ipilimumab + placebo", 56),
    ],
)

# ---------------------------------------------------------------------------------------------
add(
    24,
    "Lancet mid-dots; screened vs randomised vs treated counts; efficacy population = randomised and treated; median follow-up equal to median OS (8·3); investigator's-choice chemotherapy naming two agents",
    "Lancet Oncology summary (Background / Methods / Findings / Interpretation)",
    """
Camrelizumab versus investigator's choice of chemotherapy as second-line therapy for advanced or metastatic oesophageal squamous cell carcinoma (ESCORT): a multicentre, randomised, open-label, phase 3 study

Background: Few options exist after first-line therapy for advanced oesophageal squamous cell carcinoma. We compared the anti-PD-1 antibody camrelizumab with chemotherapy in previously treated patients.
Methods: ESCORT was done at 43 hospitals in China. Patients aged 18–75 years with an ECOG performance status of 0 or 1 whose disease had progressed on, or who were intolerant of, first-line therapy were randomly assigned (1:1) to camrelizumab 200 mg every 2 weeks or to investigator's choice of chemotherapy (docetaxel 75 mg/m² every 3 weeks or irinotecan 180 mg/m² every 2 weeks). The primary endpoint was overall survival in randomised patients who received at least one dose of study treatment.
Findings: Between May 10, 2017, and July 24, 2018, 457 (75%) of 607 screened patients were randomly assigned; 228 received camrelizumab and 220 received chemotherapy and formed the efficacy population. At data cutoff, median follow-up was 8·3 months (IQR 4·1–12·8) in the camrelizumab group and 6·2 months (3·6–10·1) in the chemotherapy group. Median overall survival was 8·3 months (95% CI 6·8–9·7) with camrelizumab and 6·2 months (5·7–6·9) with chemotherapy (hazard ratio 0·71 [95% CI 0·57–0·87]; two-sided p=0·0010). Objective responses were seen in 20·2% and 6·4% of patients, respectively. Treatment-related adverse events of grade 3 or worse occurred in 44 (19%) of 228 patients given camrelizumab and 87 (40%) of 220 given chemotherapy; reactive cutaneous capillary endothelial proliferation of any grade was the most frequent event with camrelizumab (80%).
Interpretation: Camrelizumab is a new second-line option for advanced oesophageal squamous cell carcinoma.
""",
    [
        g("N", "overall", 457),
        g("N", "camrelizumab", 228),
        g("N", "chemotherapy", 220),
        g("mOS", "camrelizumab", 8.3, 6.8, 9.7),
        g("mOS", "chemotherapy", 6.2, 5.7, 6.9),
        g("HR_OS", "camrelizumab", 0.71, 0.57, 0.87),
        g("ORR", "camrelizumab", 20.2),
        g("ORR", "chemotherapy", 6.4),
        g("TRAE_G3plus", "camrelizumab", 19),
        g("TRAE_G3plus", "chemotherapy", 40),
    ],
)

# ---------------------------------------------------------------------------------------------
add(
    25,
    "two independent cohorts (dMMR, pMMR) each with n; landmark OS rates with median not reached in either arm; 'pembrolizumab group'/'placebo group' shorthand for chemo-containing arms; crossover percentages as distractors",
    "conference-update summary (ASCO abstract rewritten as PubMed-style abstract)",
    """
Pembrolizumab plus carboplatin–paclitaxel in advanced or recurrent endometrial cancer: updated overall survival from the NRG-GY018 phase 3 trial

Background: In NRG-GY018, adding pembrolizumab to paclitaxel–carboplatin significantly improved progression-free survival in both mismatch repair-deficient (dMMR) and mismatch repair-proficient (pMMR) advanced endometrial cancer. We present updated overall survival (OS).
Methods: Women with measurable stage III–IVA or stage IVB/recurrent endometrial cancer were randomized 1:1 to pembrolizumab or placebo with paclitaxel–carboplatin every 3 weeks for 6 cycles, followed by pembrolizumab or placebo maintenance every 6 weeks for up to 14 cycles. The two cohorts were analysed separately; median follow-up was 49 months (dMMR) and 44 months (pMMR).
Results: In the dMMR cohort (n = 223), median OS was not reached in either the pembrolizumab group or the placebo group; 48-month OS rates were 78.6% and 60.4% (HR 0.56; 95% CI 0.34–0.92). In the pMMR cohort (n = 586), median OS was 44.4 months with pembrolizumab versus 35.1 months with placebo (HR 0.86; 95% CI 0.69–1.08). After study treatment, 93.2% of dMMR and 81.1% of pMMR patients in the placebo group received an immune checkpoint inhibitor. Grade ≥3 adverse events of any attribution were reported in 63.3% of pembrolizumab-treated and 47.2% of placebo-treated patients.
Conclusions: Pembrolizumab with chemotherapy yielded a durable OS benefit in dMMR disease; the pMMR difference was clinically notable but not statistically significant.
""",
    [
        g("N", "overall", 223),
        g("N", "overall", 586),
        g("mOS", "pembrolizumab + carboplatin + paclitaxel", None),
        g("mOS", "carboplatin + paclitaxel + placebo", None),
        g("OS_RATE", "pembrolizumab + carboplatin + paclitaxel", 78.6),
        g("OS_RATE", "carboplatin + paclitaxel + placebo", 60.4),
        g("HR_OS", "pembrolizumab + carboplatin + paclitaxel", 0.56, 0.34, 0.92),
        g("mOS", "pembrolizumab + carboplatin + paclitaxel", 44.4),
        g("mOS", "carboplatin + paclitaxel + placebo", 35.1),
        g("HR_OS", "pembrolizumab + carboplatin + paclitaxel", 0.86, 0.69, 1.08),
        g("AE_G3plus", "pembrolizumab + carboplatin + paclitaxel", 63.3),
        g("AE_G3plus", "carboplatin + paclitaxel + placebo", 47.2),
    ],
)

# ---------------------------------------------------------------------------------------------
add(
    26,
    "ITT and biomarker subgroup (PD-L1 TAP >=5%) with 'n = 546 (54.8%)'; 'stratified HR' without CI; medians with '(95% CI 13.6-16.5) months' placed before the unit; '[...]' brackets",
    "Advances in Therapy-style long-term follow-up abstract (INTRODUCTION / METHODS / RESULTS / CONCLUSION)",
    """
Tislelizumab plus chemotherapy versus placebo plus chemotherapy for advanced gastric or gastroesophageal junction adenocarcinoma: 3-year follow-up of RATIONALE-305

INTRODUCTION: Tislelizumab combined with chemotherapy improved survival as first-line treatment of HER2-negative advanced gastric or gastroesophageal junction adenocarcinoma (GC/GEJC). We report outcomes after 3 years of follow-up for the intent-to-treat (ITT) population and by PD-L1 expression.
METHODS: RATIONALE-305 is a double-blind, placebo-controlled phase 3 trial at 146 centres in Asia, Europe and North America. Adults were randomised 1:1 to tislelizumab 200 mg or placebo every 3 weeks with investigator-chosen platinum–fluoropyrimidine chemotherapy. Primary endpoint: overall survival (OS) in patients with a PD-L1 tumour area positivity (TAP) score ≥5% and in the ITT population. Minimum follow-up was 36.6 months; 959 (96.2%) patients had completed or discontinued treatment.
RESULTS: Among all 997 randomised patients (69.4% male), tislelizumab + chemotherapy improved OS compared with placebo + chemotherapy [15.0 (95% CI 13.6–16.5) months vs. 12.9 (95% CI 12.1–14.1) months; stratified HR 0.79], and investigator-assessed progression-free survival (PFS) [6.9 (95% CI 5.7–7.2) vs. 6.2 (95% CI 5.6–6.9) months; stratified HR 0.79]. In patients with a TAP score ≥5% [n = 546 (54.8%)], median OS was 16.4 (95% CI 13.6–19.1) versus 12.8 (95% CI 12.0–14.5) months (stratified HR 0.71) and median PFS 7.2 (95% CI 5.8–8.4) versus 5.9 (95% CI 5.6–7.0) months (stratified HR 0.69). Confirmed objective response rates in the ITT population were 47.3% and 40.5%. No new safety signals were identified.
CONCLUSION: With 3 years of follow-up, tislelizumab + chemotherapy continued to show a survival benefit in advanced GC/GEJC.
""",
    [
        g("N", "overall", 997),
        g("N", "overall", 546),
        g("mOS", "tislelizumab + chemotherapy", 15.0, 13.6, 16.5),
        g("mOS", "chemotherapy + placebo", 12.9, 12.1, 14.1),
        g("HR_OS", "tislelizumab + chemotherapy", 0.79),
        g("mPFS", "tislelizumab + chemotherapy", 6.9, 5.7, 7.2),
        g("mPFS", "chemotherapy + placebo", 6.2, 5.6, 6.9),
        g("HR_PFS", "tislelizumab + chemotherapy", 0.79),
        g("mOS", "tislelizumab + chemotherapy", 16.4, 13.6, 19.1),
        g("mOS", "chemotherapy + placebo", 12.8, 12.0, 14.5),
        g("HR_OS", "tislelizumab + chemotherapy", 0.71),
        g("mPFS", "tislelizumab + chemotherapy", 7.2, 5.8, 8.4),
        g("mPFS", "chemotherapy + placebo", 5.9, 5.6, 7.0),
        g("HR_PFS", "tislelizumab + chemotherapy", 0.69),
        g("ORR", "tislelizumab + chemotherapy", 47.3),
        g("ORR", "chemotherapy + placebo", 40.5),
    ],
)

# ---------------------------------------------------------------------------------------------
add(
    27,
    "distractor-heavy adjuvant cohort: arms without lexicon ids (adjuvant ICI class, active surveillance); RFS medians/HRs, duration-subgroup HRs, OS not reached; only the cohort total is gold",
    "Liver Cancer (Karger) retrospective multicentre abstract",
    """
Treatment duration of adjuvant immune checkpoint inhibitors in hepatocellular carcinoma at high risk of recurrence: a multicentre cohort study

Introduction: Adjuvant immune checkpoint inhibitors (ICIs) may lower the risk of recurrence after curative resection of hepatocellular carcinoma (HCC), but the optimal duration is unknown.
Methods: We reviewed patients at high risk of recurrence who underwent curative hepatectomy at three centres between January 2019 and December 2023 and then received either adjuvant anti-PD-1 therapy or active surveillance. Recurrence-free survival (RFS) and overall survival (OS) were compared, including after propensity score matching, and the effect of treatment duration (>6 vs ≤6 months) was assessed.
Results: A total of 1,271 patients were included; 1,032 (81.2%) underwent active surveillance and 239 (18.8%) received adjuvant ICI therapy. Median RFS was 22.6 months (95% CI 18.3–26.9) in the adjuvant cohort and 19.1 months (95% CI 16.4–21.4) under surveillance (HR 0.79; 95% CI 0.66–0.95; p = 0.019). Median OS was not reached in either cohort, although OS favoured adjuvant therapy (HR 0.72; 95% CI 0.54–0.94; p = 0.010). Among treated patients, more than 6 months of ICI therapy was associated with numerically better RFS (HR 0.66; 95% CI 0.42–1.04) and OS (HR 0.59; 95% CI 0.30–1.17) than shorter exposure. Microvascular invasion was present in 61.4% of patients.
Conclusions: Adjuvant ICI therapy was associated with improved outcomes after resection of high-risk HCC, and six months of treatment may be insufficient.
""",
    [
        g("N", "overall", 1271),
    ],
)

# ---------------------------------------------------------------------------------------------
add(
    28,
    "median follow-up with 95% CI per arm (distractor shaped like a result); 36- and 48-month OS rates 'for STRIDE was x% versus y% for sorafenib'; serious TRAE rate and long-term-survivor n as distractors",
    "Annals of Oncology PubMed record (BACKGROUND / PATIENTS AND METHODS / RESULTS / CONCLUSIONS)",
    """
Four-year overall survival update from the phase III HIMALAYA study of tremelimumab plus durvalumab in unresectable hepatocellular carcinoma

BACKGROUND: In HIMALAYA (NCT03298451), STRIDE (Single Tremelimumab Regular Interval Durvalumab) significantly improved overall survival (OS) versus sorafenib in unresectable hepatocellular carcinoma, and durvalumab monotherapy was noninferior to sorafenib. We report a 4-year OS update.
PATIENTS AND METHODS: Participants without previous systemic treatment were randomized to STRIDE (n = 393), durvalumab (n = 389) or sorafenib (n = 389). The updated data cut-off was 23 January 2023. OS and serious adverse events were assessed, and long-term survivors (alive ≥36 months after randomization) were characterised.
RESULTS: Median [95% confidence interval (CI)] follow-up was 49.12 months (46.95–50.17) for STRIDE, 48.46 months (46.82–49.81) for durvalumab and 47.31 months (45.08–49.15) for sorafenib. The OS hazard ratio (95% CI) for STRIDE versus sorafenib was 0.78 (0.67–0.92), and for durvalumab versus sorafenib 0.86 (0.74–1.01). The 36-month OS rate for STRIDE was 30.7% versus 19.8% for sorafenib; at 48 months the rates were 25.2% and 15.1%, and with durvalumab 24.9% and 19.3% at 36 and 48 months. Long-term survivors with STRIDE (n = 103) spanned all clinically relevant subgroups, and 57.3% of them had received no subsequent anticancer therapy. No new serious treatment-related adverse events emerged with STRIDE since the primary analysis (17.5%; 68/388).
CONCLUSIONS: STRIDE maintained a long-term OS benefit over sorafenib, with one in four participants alive at 4 years.
""",
    [
        g("N", STRIDE, 393),
        g("N", "durvalumab", 389),
        g("N", "sorafenib", 389),
        g("HR_OS", STRIDE, 0.78, 0.67, 0.92),
        g("HR_OS", "durvalumab", 0.86, 0.74, 1.01),
        g("OS_RATE", STRIDE, 30.7),
        g("OS_RATE", "sorafenib", 19.8),
        g("OS_RATE", STRIDE, 25.2),
        g("OS_RATE", "sorafenib", 15.1),
        g("OS_RATE", "durvalumab", 24.9),
        g("OS_RATE", "durvalumab", 19.3),
    ],
)


# ---------------------------------------------------------------------------------------------
add(
    29,
    "noninferiority boundary HR 1.0491 and HR for TTP as distractors; mTTP with CIs; 'AEs leading to discontinuation' without attribution (not TRAE_DISC); linifanib arm",
    "JCO original report (PURPOSE / PATIENTS AND METHODS / RESULTS / CONCLUSION)",
    """
Linifanib Versus Sorafenib in Patients With Advanced Hepatocellular Carcinoma: Results of a Randomized Phase III Trial

PURPOSE
Linifanib is a potent inhibitor of vascular endothelial growth factor and platelet-derived growth factor receptor tyrosine kinases. This open-label phase III trial compared linifanib with sorafenib as first-line therapy for advanced hepatocellular carcinoma (HCC).
PATIENTS AND METHODS
Patients with Child-Pugh A disease and no prior systemic therapy were randomly assigned 1:1 to linifanib 17.5 mg once daily or sorafenib 400 mg twice daily, stratified by region, ECOG performance status and vascular invasion or extrahepatic spread. The primary end point was overall survival (OS); prespecified boundaries were defined for superiority and for noninferiority (hazard ratio [HR] upper bound 1.0491). Secondary end points included time to progression (TTP) and objective response rate (ORR) per RECIST v1.1.
RESULTS
A total of 1,035 patients were randomly assigned (linifanib, n = 514; sorafenib, n = 521). Median OS was 9.1 months (95% CI, 8.1 to 10.2) with linifanib and 9.8 months (95% CI, 8.3 to 11.0) with sorafenib (HR, 1.046; 95% CI, 0.896 to 1.221); neither superiority nor noninferiority was shown. Median TTP favored linifanib, at 5.4 months (95% CI, 4.2 to 5.6) versus 4.0 months (95% CI, 2.8 to 4.2; HR for progression, 0.759; 95% CI, 0.643 to 0.895). The ORR was 13.0% with linifanib and 6.9% with sorafenib, and disease control was achieved in 59.1% and 52.6%, respectively. Grade 3 or 4 adverse events of any cause were more frequent with linifanib (75.3% v 64.5%), as were adverse events leading to discontinuation (33.9% v 25.8%) and serious adverse events (50.1% v 39.3%).
CONCLUSION
Linifanib and sorafenib produced similar OS in advanced HCC; the predefined boundaries were not met, and linifanib was less well tolerated.
""",
    [
        g("N", "overall", 1035),
        g("N", "linifanib", 514),
        g("N", "sorafenib", 521),
        g("mOS", "linifanib", 9.1, 8.1, 10.2),
        g("mOS", "sorafenib", 9.8, 8.3, 11.0),
        g("HR_OS", "linifanib", 1.046, 0.896, 1.221),
        g("mTTP", "linifanib", 5.4, 4.2, 5.6),
        g("mTTP", "sorafenib", 4.0, 2.8, 4.2),
        g("ORR", "linifanib", 13.0),
        g("ORR", "sorafenib", 6.9),
        g("DCR", "linifanib", 59.1),
        g("DCR", "sorafenib", 52.6),
        g("AE_G3plus", "linifanib", 75.3),
        g("AE_G3plus", "sorafenib", 64.5),
    ],
)

# ---------------------------------------------------------------------------------------------
add(
    30,
    "three-agent arms with a HER2 antibody; PD-L1 CPS >=1 population with per-arm n; 24-month PFS rates; mDOR and DCR with CIs; immune-mediated grade >=3 in both arms; 'respectively' after 'in the pembrolizumab and placebo groups'",
    "Lancet 'Findings' abstract (non-mid-dot variant)",
    """
Pembrolizumab plus trastuzumab and chemotherapy for HER2-positive gastric or gastro-oesophageal junction adenocarcinoma: final analysis of the randomised, double-blind, placebo-controlled phase 3 KEYNOTE-811 study

Background: At interim analyses of KEYNOTE-811, adding pembrolizumab to trastuzumab and chemotherapy improved objective response and progression-free survival (PFS) in HER2-positive advanced gastric or gastro-oesophageal junction adenocarcinoma. We report the final analysis.
Methods: Adults with previously untreated, unresectable or metastatic HER2-positive disease were randomly assigned (1:1) to pembrolizumab 200 mg or placebo every 3 weeks for up to 35 cycles, each combined with trastuzumab and investigator's choice of fluoropyrimidine–platinum chemotherapy. Dual primary endpoints were PFS per RECIST 1.1 by blinded central review and overall survival (OS). Efficacy was also assessed in participants with PD-L1 combined positive score (CPS) of 1 or more.
Findings: 698 participants were randomly assigned, 350 to the pembrolizumab group and 348 to the placebo group; 594 had a CPS of 1 or more (298 and 296). At a median follow-up of 50.2 months, median PFS in the CPS 1 or more population was 10.9 months (95% CI 8.5–12.5) in the pembrolizumab group and 7.3 months (6.8–8.4) in the placebo group (HR 0.72, 95% CI 0.60–0.87), and 24-month PFS rates were 28.3% and 15.9%, respectively. Median OS in this population was 20.1 months (17.9–22.9) versus 15.7 months (13.5–18.5; HR 0.79, 0.66–0.95). Confirmed objective response was achieved by 73.2% (95% CI 67.7–78.1) and 58.4% (52.6–64.1), disease control by 96.0% (93.1–97.9) and 89.2% (85.1–92.5), and median duration of response was 11.3 months (9.5–14.3) and 9.5 months (8.3–12.4), respectively. Grade 3 or worse treatment-related adverse events occurred in 58% of participants in the pembrolizumab group and 51% in the placebo group; grade 3 or worse immune-mediated adverse events occurred in 11% and 4%.
Interpretation: Pembrolizumab plus trastuzumab and chemotherapy is a first-line standard for HER2-positive, PD-L1-positive gastric or gastro-oesophageal junction adenocarcinoma.
""",
    [
        g("N", "overall", 698),
        g("N", "pembrolizumab + trastuzumab + chemotherapy", 350),
        g("N", "trastuzumab + chemotherapy + placebo", 348),
        g("N", "overall", 594),
        g("N", "pembrolizumab + trastuzumab + chemotherapy", 298),
        g("N", "trastuzumab + chemotherapy + placebo", 296),
        g("mPFS", "pembrolizumab + trastuzumab + chemotherapy", 10.9, 8.5, 12.5),
        g("mPFS", "trastuzumab + chemotherapy + placebo", 7.3, 6.8, 8.4),
        g("HR_PFS", "pembrolizumab + trastuzumab + chemotherapy", 0.72, 0.60, 0.87),
        g("PFS_RATE", "pembrolizumab + trastuzumab + chemotherapy", 28.3),
        g("PFS_RATE", "trastuzumab + chemotherapy + placebo", 15.9),
        g("mOS", "pembrolizumab + trastuzumab + chemotherapy", 20.1, 17.9, 22.9),
        g("mOS", "trastuzumab + chemotherapy + placebo", 15.7, 13.5, 18.5),
        g("HR_OS", "pembrolizumab + trastuzumab + chemotherapy", 0.79, 0.66, 0.95),
        g("ORR", "pembrolizumab + trastuzumab + chemotherapy", 73.2, 67.7, 78.1),
        g("ORR", "trastuzumab + chemotherapy + placebo", 58.4, 52.6, 64.1),
        g("DCR", "pembrolizumab + trastuzumab + chemotherapy", 96.0, 93.1, 97.9),
        g("DCR", "trastuzumab + chemotherapy + placebo", 89.2, 85.1, 92.5),
        g("mDOR", "pembrolizumab + trastuzumab + chemotherapy", 11.3, 9.5, 14.3),
        g("mDOR", "trastuzumab + chemotherapy + placebo", 9.5, 8.3, 12.4),
        g("TRAE_G3plus", "pembrolizumab + trastuzumab + chemotherapy", 58),
        g("TRAE_G3plus", "trastuzumab + chemotherapy + placebo", 51),
        g("IRAE_G3plus", "pembrolizumab + trastuzumab + chemotherapy", 11),
        g("IRAE_G3plus", "trastuzumab + chemotherapy + placebo", 4),
    ],
)


def _check_arms() -> None:
    """Every gold arm must be 'overall', a regimen id, or agent ids joined by ' + ' in lexicon order."""
    lex = Path(__file__).resolve().parents[2] / "extractors" / "lexicon" / "regimens.jsonl"
    rank, regimens = {}, set()
    for line in lex.read_text(encoding="utf-8").splitlines():
        if line.strip():
            e = json.loads(line)
            if e["kind"] == "agent":
                rank[e["id"]] = e["rank"]
            else:
                regimens.add(e["id"])
    for row in ROWS:
        for f in row["gold"]:
            arm = f["arm"]
            if arm == "overall" or arm in regimens and " or " in arm:
                continue
            parts = arm.split(" + ")
            assert all(p in rank for p in parts), (row["id"], arm)
            assert parts == sorted(parts, key=lambda p: (rank[p], p)), (row["id"], arm)


def main() -> None:
    _check_arms()
    out = Path(__file__).with_name("blind4.jsonl")
    seen = set()
    with out.open("w", encoding="utf-8") as fh:
        for row in ROWS:
            assert row["id"] not in seen, row["id"]
            seen.add(row["id"])
            for f in row["gold"]:
                assert set(f) == {"endpoint", "arm", "value", "ci_low", "ci_high"}, f
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    n_gold = sum(len(r["gold"]) for r in ROWS)
    print(f"wrote {out} ({len(ROWS)} rows, {n_gold} gold findings)")
    counts: dict[str, int] = {}
    for row in ROWS:
        for f in row["gold"]:
            counts[f["endpoint"]] = counts.get(f["endpoint"], 0) + 1
    print(", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda kv: -kv[1])))


if __name__ == "__main__":
    main()
