"""Source of truth for the ninth blind set (typical HCC systemic / combination therapy abstracts).

    python tests/blind9/build_blind9.py     # writes blind9.jsonl next to this file and checks the gold

Every text was written for this set (new wording, invented studies and numbers in the style of
real 2020-2025 PubMed abstracts); the gold of each row was written together with its text, before
anything was run. Checks on build: endpoint codes, arm ids (lexicon ids in rank-then-name order,
a lexicon regimen id, or "overall"), every gold value and CI bound present as a number in its
text (spelled-out counts whitelisted), CIs bracket their value, no duplicate finding, and texts of
180-280 words.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
LEXICON = HERE.parents[1] / "extractors" / "lexicon" / "regimens.jsonl"
OUT = HERE / "blind9.jsonl"

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

SPELLED = {
    "Sixty-four": 64,
    "Seventy-one": 71,
    "Thirty-eight": 38,
    "Eighty-five": 85,
    "Forty": 40,
    "Fifty-two": 52,
    "Fifty-four": 54,
}

ROWS: list[dict] = []


def g(endpoint, arm, value, ci_low=None, ci_high=None):
    return {"endpoint": endpoint, "arm": arm, "value": value, "ci_low": ci_low, "ci_high": ci_high}


def add(id_, style, source_style, text, gold):
    ROWS.append(
        {
            "id": f"blind9-{id_:02d}",
            "style": style,
            "source_style": source_style,
            "text": " ".join(text.split()) if "\n" not in text.strip() else text.strip(),
            "gold": gold,
        }
    )


AB = "atezolizumab + bevacizumab"
DT = "durvalumab + tremelimumab"

# ---------------------------------------------------------------------------------------------
add(
    1,
    "single-regimen real-world cohort: N, ORR/DCR, medians with CI, TRAE, TRAE_DISC; prognostic HR distractor",
    "structured PubMed abstract, European multicentre real-world study",
    """Background: Atezolizumab plus bevacizumab (Atez/Bev) is the preferred first-line regimen for unresectable hepatocellular carcinoma (HCC), but its outcomes outside clinical trials are still being characterised. We report a multicentre Italian experience.
Methods: We retrospectively collected data on consecutive patients who started first-line Atez/Bev at 11 Italian centres between January 2021 and June 2023. Tumour response was assessed by RECIST 1.1. Survival was estimated with the Kaplan-Meier method, and adverse events were graded according to CTCAE version 5.0.
Results: A total of 214 patients were included; the median age was 71 years, 79.9% were male, and 38.3% had non-viral liver disease. Macrovascular invasion was present in 27.1% and extrahepatic spread in 41.6%. The objective response rate was 24.3% and the disease control rate was 71.5%. After a median follow-up of 16.2 months, the median progression-free survival was 7.4 months (95% CI, 6.1-8.9) and the median overall survival was 16.8 months (95% CI, 14.2-19.7). Treatment-related adverse events of grade 3 or higher occurred in 19.6% of patients, most commonly hypertension (7.5%) and proteinuria (4.2%). Treatment was permanently discontinued because of treatment-related adverse events in 8.9% of patients. ALBI grade 2 at baseline was associated with shorter overall survival (HR 1.84; 95% CI, 1.21-2.80).
Conclusions: In routine Italian practice, Atez/Bev achieved survival outcomes close to those reported in IMbrave150 with an acceptable safety profile. Baseline liver function remained a key determinant of outcome.""",
    [
        g("N", AB, 214),
        g("ORR", AB, 24.3),
        g("DCR", AB, 71.5),
        g("mPFS", AB, 7.4, 6.1, 8.9),
        g("mOS", AB, 16.8, 14.2, 19.7),
        g("TRAE_G3plus", AB, 19.6),
        g("TRAE_DISC", AB, 8.9),
    ],
)

add(
    2,
    "single-regimen cohort with a first-line sub-cohort and its own results; NR upper bound; AE and irAE grade >=3",
    "structured PubMed abstract (Background/Aim), Japanese multicentre STRIDE study",
    """Background/Aim: Durvalumab plus tremelimumab (Dur/Tre) was approved in Japan in 2023 for unresectable hepatocellular carcinoma (u-HCC). We evaluated its efficacy and safety in clinical practice.
Methods: This retrospective study enrolled 96 patients with u-HCC who received Dur/Tre at nine Japanese institutions between April 2023 and March 2024. Of these, 58 received Dur/Tre as first-line therapy and 38 as second-line or later therapy. Response was assessed with RECIST version 1.1 and adverse events (AEs) with CTCAE version 5.0.
Results: The median age was 74 years, and 71.9% of patients had Child-Pugh class A liver function. In the whole cohort, the objective response rate (ORR) and disease control rate (DCR) were 17.7% and 56.3%, respectively. The median progression-free survival (PFS) was 4.1 months (95% CI, 2.9-5.6), and the median overall survival (OS) was 14.9 months (95% CI, 11.3-not reached). In the first-line group, the ORR was 22.4% and the median PFS was 5.2 months (95% CI, 3.4-7.8). Grade 3 or higher AEs developed in 33.3% of patients, and grade 3 or higher immune-related AEs in 15.6%; 21 patients (21.9%) required systemic corticosteroids. Poor performance status was associated with shorter OS (HR 2.17; 95% CI, 1.22-3.86).
Conclusions: Dur/Tre showed efficacy and safety comparable to those in the HIMALAYA trial, with better outcomes when used as first-line therapy.""",
    [
        g("N", DT, 96),
        g("N", DT, 58),
        g("ORR", DT, 17.7),
        g("DCR", DT, 56.3),
        g("mPFS", DT, 4.1, 2.9, 5.6),
        g("mOS", DT, 14.9, 11.3, None),
        g("ORR", DT, 22.4),
        g("mPFS", DT, 5.2, 3.4, 7.8),
        g("AE_G3plus", DT, 33.3),
        g("IRAE_G3plus", DT, 15.6),
    ],
)

add(
    3,
    "two-arm PSM comparison: pre-matching total and per-arm N, matched n per group, medians + HR, 'respectively'",
    "Purpose / Patients and Methods / Results / Conclusion abstract (Korean PSM study)",
    """Purpose: To compare atezolizumab plus bevacizumab (Atezo-Bev) with lenvatinib as first-line treatment for unresectable hepatocellular carcinoma in a real-world setting.
Patients and Methods: We reviewed 287 patients treated at three tertiary hospitals in Korea between 2019 and 2023; 162 received Atezo-Bev and 125 received lenvatinib. Propensity score matching (1:1) was used to balance baseline characteristics, yielding 88 patients in each group.
Results: Before matching, patients in the lenvatinib group were older and more often had extrahepatic metastasis. In the matched cohort, the median overall survival was 18.1 months (95% CI, 14.6-22.3) with Atezo-Bev and 13.4 months (95% CI, 10.9-16.5) with lenvatinib (hazard ratio [HR], 0.69; 95% CI, 0.49-0.97; P = 0.032). The median progression-free survival was 7.2 months (95% CI, 5.5-8.8) and 5.9 months (95% CI, 4.6-7.3), respectively (HR, 0.84; 95% CI, 0.61-1.15; P = 0.27). The objective response rate by RECIST 1.1 was 27.3% in the Atezo-Bev group and 30.7% in the lenvatinib group. Grade 3 or higher adverse events were recorded in 25.0% and 38.6% of patients, respectively; hand-foot skin reaction was observed only with lenvatinib (22.7%).
Conclusion: Atezo-Bev was associated with longer overall survival than lenvatinib, although progression-free survival and response rates were similar in the matched cohort.""",
    [
        g("N", "overall", 287),
        g("N", AB, 162),
        g("N", "lenvatinib", 125),
        g("N", AB, 88),
        g("N", "lenvatinib", 88),
        g("mOS", AB, 18.1, 14.6, 22.3),
        g("mOS", "lenvatinib", 13.4, 10.9, 16.5),
        g("HR_OS", AB, 0.69, 0.49, 0.97),
        g("mPFS", AB, 7.2, 5.5, 8.8),
        g("mPFS", "lenvatinib", 5.9, 4.6, 7.3),
        g("HR_PFS", AB, 0.84, 0.61, 1.15),
        g("ORR", AB, 27.3),
        g("ORR", "lenvatinib", 30.7),
        g("AE_G3plus", AB, 25.0),
        g("AE_G3plus", "lenvatinib", 38.6),
    ],
)

add(
    4,
    "locoregional add-on vs monotherapy: 'combination group' shorthand, 'versus' pairs, HR per endpoint",
    "structured PubMed abstract, Chinese two-centre retrospective study",
    """Background: Adding transarterial chemoembolization (TACE) to lenvatinib may improve intrahepatic tumour control in advanced hepatocellular carcinoma (HCC). This study compared lenvatinib plus TACE with lenvatinib monotherapy.
Methods: Patients with advanced HCC who received first-line lenvatinib with or without TACE at two centres in China from 2019 to 2022 were retrospectively analysed. Tumour response was assessed with mRECIST. Overall survival (OS) and progression-free survival (PFS) were compared using Cox regression.
Results: Overall, 142 patients were eligible: 70 received lenvatinib plus TACE and 72 received lenvatinib alone. The median number of TACE sessions was 2 (range 1-5). Median OS was 17.8 months (95% CI, 14.9-20.7) in the combination group and 11.5 months (95% CI, 9.2-13.8) in the lenvatinib group (HR 0.58; 95% CI, 0.39-0.86; P = 0.007). Median PFS was 8.6 months (95% CI, 6.9-10.3) and 5.3 months (95% CI, 4.1-6.5), respectively (HR 0.55; 95% CI, 0.38-0.80; P = 0.002). The objective response rate was 55.7% versus 25.0%, and the disease control rate was 84.3% versus 68.1%. Grade 3 or higher adverse events occurred in 31.4% of the combination group and 23.6% of the monotherapy group; post-embolisation syndrome was the most common TACE-related event. Portal vein tumour thrombus (HR 1.73; 95% CI, 1.12-2.67) was an independent risk factor for death.
Conclusions: Lenvatinib plus TACE was associated with longer survival and higher tumour response than lenvatinib alone, with manageable toxicity.""",
    [
        g("N", "overall", 142),
        g("N", "lenvatinib + tace", 70),
        g("N", "lenvatinib", 72),
        g("mOS", "lenvatinib + tace", 17.8, 14.9, 20.7),
        g("mOS", "lenvatinib", 11.5, 9.2, 13.8),
        g("HR_OS", "lenvatinib + tace", 0.58, 0.39, 0.86),
        g("mPFS", "lenvatinib + tace", 8.6, 6.9, 10.3),
        g("mPFS", "lenvatinib", 5.3, 4.1, 6.5),
        g("HR_PFS", "lenvatinib + tace", 0.55, 0.38, 0.80),
        g("ORR", "lenvatinib + tace", 55.7),
        g("ORR", "lenvatinib", 25.0),
        g("DCR", "lenvatinib + tace", 84.3),
        g("DCR", "lenvatinib", 68.1),
        g("AE_G3plus", "lenvatinib + tace", 31.4),
        g("AE_G3plus", "lenvatinib", 23.6),
    ],
)

add(
    5,
    "single-arm phase 2: spelled-out N, ORR/DCR with CI, mDOR with NE bound, mOS not reached, 12-month OS rate, TRAE, TRAE_DISC",
    "structured phase 2 abstract (Chinese first-line ICI + TKI trial)",
    """Background: Programmed death-1 (PD-1) blockade combined with a multikinase inhibitor is an active strategy in hepatocellular carcinoma (HCC). We conducted a single-arm phase 2 study of tislelizumab plus lenvatinib as first-line therapy.
Methods: Eligible patients had unresectable HCC, Child-Pugh class A liver function, an ECOG performance status of 0 or 1, and no prior systemic therapy. Tislelizumab 200 mg was given intravenously every 3 weeks with oral lenvatinib 8 or 12 mg daily according to body weight. The primary endpoint was objective response rate (ORR) per RECIST v1.1; secondary endpoints included disease control rate (DCR), duration of response, progression-free survival (PFS), overall survival (OS) and safety.
Results: Sixty-four patients were enrolled and treated between March 2021 and August 2022. At data cutoff, the median follow-up was 20.3 months. The confirmed ORR was 37.5% (95% CI, 25.7-50.5) and the DCR was 82.8% (95% CI, 71.3-91.1). The median duration of response was 11.6 months (95% CI, 7.4-not estimable). The median PFS was 9.7 months (95% CI, 7.1-12.4); the median OS was not reached, and the 12-month OS rate was 73.2% (95% CI, 60.4-82.5). Grade 3 or higher treatment-related adverse events occurred in 39.1% of patients, most frequently hypertension (12.5%) and decreased platelet count (7.8%). Treatment-related adverse events led to discontinuation of either drug in 6.3% of patients, and no treatment-related deaths occurred.
Conclusions: Tislelizumab plus lenvatinib showed promising antitumour activity with a manageable safety profile as first-line therapy for unresectable HCC.""",
    [
        g("N", "tislelizumab + lenvatinib", 64),
        g("ORR", "tislelizumab + lenvatinib", 37.5, 25.7, 50.5),
        g("DCR", "tislelizumab + lenvatinib", 82.8, 71.3, 91.1),
        g("mDOR", "tislelizumab + lenvatinib", 11.6, 7.4, None),
        g("mPFS", "tislelizumab + lenvatinib", 9.7, 7.1, 12.4),
        g("mOS", "tislelizumab + lenvatinib", None),
        g("OS_RATE", "tislelizumab + lenvatinib", 73.2, 60.4, 82.5),
        g("TRAE_G3plus", "tislelizumab + lenvatinib", 39.1),
        g("TRAE_DISC", "tislelizumab + lenvatinib", 6.3),
    ],
)

add(
    6,
    "second line after Atez/Bev, single drug: N, ORR/DCR, medians with CI, AE grade >=3; ALBI-grade subgroup medians; dose distractors",
    "structured PubMed abstract, international retrospective second-line study",
    """Background: Evidence on second-line therapy after progression on atezolizumab plus bevacizumab for hepatocellular carcinoma (HCC) remains scarce. We assessed cabozantinib in this setting.
Methods: In this multicentre retrospective study from Europe and North America, we included patients with HCC who started cabozantinib after failure of, or intolerance to, first-line atezolizumab plus bevacizumab between 2020 and 2023. Response was evaluated by RECIST 1.1, and adverse events were graded by CTCAE v5.0.
Results: Seventy-one patients were included; 85.9% had Child-Pugh A liver function and 49.3% had extrahepatic disease at the start of cabozantinib. The median duration of prior atezolizumab plus bevacizumab was 6.8 months. Cabozantinib was started at 60 mg in 38.0% of patients and at 40 mg in the remainder. The objective response rate was 7.0% and the disease control rate was 59.2%. The median progression-free survival was 3.9 months (95% CI, 3.0-5.1), and the median overall survival was 9.4 months (95% CI, 7.2-12.6). Adverse events of grade 3 or higher occurred in 40.8% of patients, with diarrhoea, fatigue and palmar-plantar erythrodysaesthesia being the most frequent; dose reductions were needed in 52.1%. Patients with ALBI grade 1 had longer median overall survival than those with ALBI grade 2 (14.3 vs 7.6 months).
Conclusions: Cabozantinib provided modest but clinically meaningful disease control after atezolizumab plus bevacizumab, supporting its use as a second-line option.""",
    [
        g("N", "cabozantinib", 71),
        g("ORR", "cabozantinib", 7.0),
        g("DCR", "cabozantinib", 59.2),
        g("mPFS", "cabozantinib", 3.9, 3.0, 5.1),
        g("mOS", "cabozantinib", 9.4, 7.2, 12.6),
        g("AE_G3plus", "cabozantinib", 40.8),
        g("mOS", "cabozantinib", 14.3),
        g("mOS", "cabozantinib", 7.6),
    ],
)

add(
    7,
    "two second-line TKIs after Atez/Bev: per-arm n in parentheses, IPTW HRs, 'compared with', 'respectively'",
    "Background and Aims abstract, Japanese-Korean retrospective study",
    """Background and Aims: The optimal tyrosine kinase inhibitor after atezolizumab plus bevacizumab (Atez/Bev) failure in hepatocellular carcinoma (HCC) is unknown. We compared second-line lenvatinib with second-line sorafenib.
Methods: We retrospectively identified 134 patients who received lenvatinib (n = 82) or sorafenib (n = 52) after progression on first-line Atez/Bev at 14 institutions in Japan and Korea between 2020 and 2023. Inverse probability of treatment weighting (IPTW) was applied to adjust for baseline differences.
Results: At the start of second-line therapy, 78.4% of patients had Child-Pugh class A and 44.0% had macrovascular invasion. The objective response rate was 19.5% with lenvatinib and 5.8% with sorafenib, and the disease control rate was 68.3% and 46.2%, respectively. The median progression-free survival was 4.6 months (95% CI, 3.7-5.8) with lenvatinib compared with 2.5 months (95% CI, 1.9-3.3) with sorafenib. After IPTW, lenvatinib was associated with a lower risk of progression (HR 0.58; 95% CI, 0.39-0.85; P = 0.005). The median overall survival was 11.2 months (95% CI, 8.7-14.0) and 8.9 months (95% CI, 6.1-12.2), respectively (weighted HR 0.79; 95% CI, 0.52-1.20; P = 0.27). Grade 3 or higher adverse events were similar between the groups (34.1% vs 30.8%).
Conclusions: Second-line lenvatinib after Atez/Bev produced a higher response rate and longer progression-free survival than sorafenib, although the overall survival difference was not significant.""",
    [
        g("N", "overall", 134),
        g("N", "lenvatinib", 82),
        g("N", "sorafenib", 52),
        g("ORR", "lenvatinib", 19.5),
        g("ORR", "sorafenib", 5.8),
        g("DCR", "lenvatinib", 68.3),
        g("DCR", "sorafenib", 46.2),
        g("mPFS", "lenvatinib", 4.6, 3.7, 5.8),
        g("mPFS", "sorafenib", 2.5, 1.9, 3.3),
        g("HR_PFS", "lenvatinib", 0.58, 0.39, 0.85),
        g("mOS", "lenvatinib", 11.2, 8.7, 14.0),
        g("mOS", "sorafenib", 8.9, 6.1, 12.2),
        g("HR_OS", "lenvatinib", 0.79, 0.52, 1.20),
        g("AE_G3plus", "lenvatinib", 34.1),
        g("AE_G3plus", "sorafenib", 30.8),
    ],
)

add(
    8,
    "TACE + camrelizumab + apatinib vs TACE alone: 'combination group' / 'TACE-alone group', TRAE in one arm, any-grade RCCEP distractor",
    "Objective / Methods / Results / Conclusions abstract, Chinese single-centre study",
    """Objective: To evaluate transarterial chemoembolization (TACE) combined with camrelizumab and apatinib compared with TACE alone for intermediate-to-advanced hepatocellular carcinoma (HCC).
Methods: Consecutive patients treated at our hospital between January 2019 and December 2022 were retrospectively reviewed. The combination group received TACE followed by camrelizumab 200 mg every 3 weeks plus apatinib 250 mg daily; the control group received TACE alone on demand. Tumour response was evaluated using mRECIST.
Results: A total of 156 patients were analysed, including 64 in the combination group and 92 in the TACE-alone group. The objective response rate was 71.9% in the combination group versus 43.5% in the TACE-alone group, and the disease control rate was 90.6% versus 72.8%. The median progression-free survival was 11.3 months (95% CI, 9.0-13.6) versus 6.2 months (95% CI, 5.1-7.3) (HR 0.47; 95% CI, 0.32-0.69; P < 0.001). The median overall survival was 24.5 months (95% CI, 19.8-29.2) versus 16.1 months (95% CI, 13.4-18.8) (HR 0.56; 95% CI, 0.37-0.85; P = 0.006). In the combination group, grade 3 or higher treatment-related adverse events were reported in 23.4% of patients; the most common were hypertension and hand-foot syndrome. Reactive cutaneous capillary endothelial proliferation of any grade occurred in 45.3%.
Conclusions: TACE plus camrelizumab and apatinib improved tumour response and survival compared with TACE alone, with tolerable toxicity.""",
    [
        g("N", "overall", 156),
        g("N", "camrelizumab + rivoceranib + tace", 64),
        g("N", "tace", 92),
        g("ORR", "camrelizumab + rivoceranib + tace", 71.9),
        g("ORR", "tace", 43.5),
        g("DCR", "camrelizumab + rivoceranib + tace", 90.6),
        g("DCR", "tace", 72.8),
        g("mPFS", "camrelizumab + rivoceranib + tace", 11.3, 9.0, 13.6),
        g("mPFS", "tace", 6.2, 5.1, 7.3),
        g("HR_PFS", "camrelizumab + rivoceranib + tace", 0.47, 0.32, 0.69),
        g("mOS", "camrelizumab + rivoceranib + tace", 24.5, 19.8, 29.2),
        g("mOS", "tace", 16.1, 13.4, 18.8),
        g("HR_OS", "camrelizumab + rivoceranib + tace", 0.56, 0.37, 0.85),
        g("TRAE_G3plus", "camrelizumab + rivoceranib + tace", 23.4),
    ],
)

add(
    9,
    "single-arm phase 2 HAIC triplet: ORR by mRECIST and RECIST, DCR, medians with CI, TRAE; conversion-resection distractor",
    "structured phase 2 abstract, Chinese FOLFOX-HAIC combination trial",
    """Background: Hepatic arterial infusion chemotherapy with FOLFOX (FOLFOX-HAIC) has shown activity in advanced hepatocellular carcinoma (HCC) with portal vein tumour thrombus (PVTT). We assessed FOLFOX-HAIC combined with lenvatinib and toripalimab in a single-arm phase 2 trial.
Methods: Patients with HCC and PVTT (Vp2-Vp4), Child-Pugh A liver function and no previous systemic treatment received FOLFOX-HAIC every 3 weeks for up to six cycles, lenvatinib 8 mg once daily and toripalimab 240 mg every 3 weeks. The primary endpoint was progression-free survival (PFS). Tumour response was assessed by both RECIST 1.1 and mRECIST.
Results: Between June 2021 and May 2023, 41 patients were enrolled, 26 (63.4%) of whom had Vp3-Vp4 thrombus. By mRECIST, the objective response rate was 65.9%, compared with 46.3% by RECIST 1.1; the disease control rate was 87.8%. The median PFS was 10.8 months (95% CI, 8.2-13.4) and the median overall survival was 19.6 months (95% CI, 15.1-24.1). Seven patients (17.1%) underwent conversion resection. Treatment-related adverse events of grade 3 or higher occurred in 43.9% of patients, chiefly elevated aminotransferases, neutropenia and thrombocytopenia. No treatment-related deaths were observed.
Conclusions: FOLFOX-HAIC plus lenvatinib and toripalimab showed encouraging efficacy in HCC with PVTT, and a randomised trial is warranted.""",
    [
        g("N", "toripalimab + lenvatinib + haic", 41),
        g("ORR", "toripalimab + lenvatinib + haic", 65.9),
        g("ORR", "toripalimab + lenvatinib + haic", 46.3),
        g("DCR", "toripalimab + lenvatinib + haic", 87.8),
        g("mPFS", "toripalimab + lenvatinib + haic", 10.8, 8.2, 13.4),
        g("mOS", "toripalimab + lenvatinib + haic", 19.6, 15.1, 24.1),
        g("TRAE_G3plus", "toripalimab + lenvatinib + haic", 43.9),
    ],
)

add(
    10,
    "single regimen stratified by Child-Pugh class: sub-cohort N and results, prognostic HR and bleeding distractors",
    "structured PubMed abstract, Chinese multicentre real-world study of sintilimab + IBI305",
    """Background: Sintilimab plus IBI305, a bevacizumab biosimilar, is approved in China as first-line therapy for unresectable hepatocellular carcinoma (HCC). Data in patients with impaired liver function are limited.
Methods: We retrospectively analysed patients with unresectable HCC who received first-line sintilimab plus IBI305 at four hospitals between 2021 and 2023, stratified by Child-Pugh class. Responses were evaluated per mRECIST and toxicity per CTCAE 5.0.
Results: Of 118 patients, 86 had Child-Pugh class A and 32 had Child-Pugh class B. Hepatitis B virus infection was the underlying aetiology in 83.1%. In the entire cohort, the objective response rate was 29.7% and the disease control rate was 75.4%; median progression-free survival was 6.5 months (95% CI, 5.3-7.7). The median overall survival was 17.3 months (95% CI, 14.0-20.6) in Child-Pugh A patients and 8.2 months (95% CI, 5.9-10.5) in Child-Pugh B patients. Child-Pugh B status was independently associated with death (HR 2.36; 95% CI, 1.44-3.87). Grade 3 or higher treatment-related adverse events occurred in 16.3% of Child-Pugh A and 21.9% of Child-Pugh B patients; bleeding events of grade 3 or higher were seen in 3.5% and 9.4%, respectively.
Conclusions: Sintilimab plus IBI305 was effective in Child-Pugh A patients and had an acceptable safety profile in selected Child-Pugh B patients, although survival in the latter group was shorter.""",
    [
        g("N", "sintilimab + bevacizumab", 118),
        g("N", "sintilimab + bevacizumab", 86),
        g("N", "sintilimab + bevacizumab", 32),
        g("ORR", "sintilimab + bevacizumab", 29.7),
        g("DCR", "sintilimab + bevacizumab", 75.4),
        g("mPFS", "sintilimab + bevacizumab", 6.5, 5.3, 7.7),
        g("mOS", "sintilimab + bevacizumab", 17.3, 14.0, 20.6),
        g("mOS", "sintilimab + bevacizumab", 8.2, 5.9, 10.5),
        g("TRAE_G3plus", "sintilimab + bevacizumab", 16.3),
        g("TRAE_G3plus", "sintilimab + bevacizumab", 21.9),
    ],
)

add(
    11,
    "post-Atez/Bev nivolumab + ipilimumab cohort: mDOR without CI, irAE grade >=3, TRAE_DISC; responder HR and steroid distractors",
    "structured PubMed abstract, US multicentre retrospective study",
    """Background: Nivolumab plus ipilimumab is approved for hepatocellular carcinoma (HCC) previously treated with sorafenib, but its activity after atezolizumab plus bevacizumab is uncertain.
Methods: This retrospective study included patients with advanced HCC treated at six US centres with nivolumab 1 mg/kg plus ipilimumab 3 mg/kg every 3 weeks for four doses, followed by nivolumab maintenance, after progression on first-line atezolizumab plus bevacizumab. Response was assessed per RECIST 1.1.
Results: Thirty-eight patients were included; the median age was 65 years and 31.6% had received a second-line tyrosine kinase inhibitor before nivolumab plus ipilimumab. The objective response rate was 15.8%, including one complete response, and the disease control rate was 39.5%. The median duration of response was 10.1 months. The median progression-free survival was 2.7 months (95% CI, 2.0-3.9) and the median overall survival was 8.8 months (95% CI, 5.6-13.1). Grade 3 or higher immune-related adverse events occurred in 23.7% of patients, most often hepatitis and colitis, and 44.7% of patients received high-dose corticosteroids. Treatment was discontinued because of treatment-related adverse events in 18.4%. Patients with a prior objective response to atezolizumab plus bevacizumab had longer progression-free survival than non-responders (HR 0.41; 95% CI, 0.19-0.89).
Conclusions: Nivolumab plus ipilimumab showed modest activity after atezolizumab plus bevacizumab, with a meaningful rate of severe immune-related toxicity.""",
    [
        g("N", "nivolumab + ipilimumab", 38),
        g("ORR", "nivolumab + ipilimumab", 15.8),
        g("DCR", "nivolumab + ipilimumab", 39.5),
        g("mDOR", "nivolumab + ipilimumab", 10.1),
        g("mPFS", "nivolumab + ipilimumab", 2.7, 2.0, 3.9),
        g("mOS", "nivolumab + ipilimumab", 8.8, 5.6, 13.1),
        g("IRAE_G3plus", "nivolumab + ipilimumab", 23.7),
        g("TRAE_DISC", "nivolumab + ipilimumab", 18.4),
    ],
)

add(
    12,
    "single regimen with first-line sub-cohort: N 73 and 45, subgroup ORR and mPFS; pretreated count without own results",
    "structured PubMed abstract, Taiwanese prospective cohort",
    """Background: Lenvatinib plus pembrolizumab showed promising activity in early-phase trials for unresectable hepatocellular carcinoma (uHCC). We evaluated this combination in routine practice.
Methods: Patients with uHCC who received lenvatinib plus pembrolizumab at two medical centres in Taiwan between 2019 and 2022 were prospectively followed. Tumour response was assessed by RECIST v1.1, and the albumin-bilirubin (ALBI) score was monitored during treatment.
Results: A total of 73 patients were enrolled; 45 received the combination as first-line systemic therapy and 28 had previously received sorafenib, lenvatinib or nivolumab. In the whole population, the objective response rate was 28.8% and the disease control rate was 79.5%. The median progression-free survival was 7.3 months (95% CI, 5.6-9.0), and the median overall survival was 16.4 months (95% CI, 12.2-20.6). In the first-line subgroup, the objective response rate was 35.6% and the median progression-free survival was 9.1 months (95% CI, 6.8-11.4). Grade 3 or higher treatment-related adverse events were observed in 32.9% of patients; the most common were hypertension (11.0%), proteinuria (8.2%) and hepatitis (5.5%). The mean ALBI score did not change significantly during the first 12 weeks.
Conclusions: Lenvatinib plus pembrolizumab was active in both treatment-naive and pretreated uHCC, with the best outcomes in the first-line setting.""",
    [
        g("N", "pembrolizumab + lenvatinib", 73),
        g("N", "pembrolizumab + lenvatinib", 45),
        g("ORR", "pembrolizumab + lenvatinib", 28.8),
        g("DCR", "pembrolizumab + lenvatinib", 79.5),
        g("mPFS", "pembrolizumab + lenvatinib", 7.3, 5.6, 9.0),
        g("mOS", "pembrolizumab + lenvatinib", 16.4, 12.2, 20.6),
        g("ORR", "pembrolizumab + lenvatinib", 35.6),
        g("mPFS", "pembrolizumab + lenvatinib", 9.1, 6.8, 11.4),
        g("TRAE_G3plus", "pembrolizumab + lenvatinib", 32.9),
    ],
)

add(
    13,
    "two first-line IO regimens: adjusted HRs for 'durva/treme vs atezo/bev' (above 1), 'respectively', irAE per arm",
    "structured PubMed abstract, US multicentre comparative cohort",
    """Background: Atezolizumab plus bevacizumab (atezo/bev) and durvalumab plus tremelimumab (durva/treme) are both approved first-line regimens for unresectable hepatocellular carcinoma (uHCC), but head-to-head data are lacking.
Methods: We performed a retrospective cohort study of adults who started first-line atezo/bev or durva/treme at five US academic centres between 2020 and 2024. Overall survival (OS) and real-world progression-free survival (PFS) were compared using Cox models adjusted for Child-Pugh class, ECOG status, macrovascular invasion and AFP.
Results: Of 389 patients, 241 received atezo/bev and 148 received durva/treme. Patients given durva/treme more often had a history of variceal bleeding (18.9% vs 7.5%). Median OS was 15.2 months (95% CI, 12.8-18.4) with atezo/bev and 14.1 months (95% CI, 10.9-17.6) with durva/treme (adjusted HR for durva/treme vs atezo/bev, 1.06; 95% CI, 0.80-1.41). Median PFS was 6.1 months (95% CI, 5.0-7.3) and 4.8 months (95% CI, 3.7-6.2), respectively (adjusted HR 1.15; 95% CI, 0.89-1.49). The objective response rate was 25.3% with atezo/bev and 20.9% with durva/treme. Grade 3 or higher immune-related adverse events occurred in 8.7% and 14.2% of patients, respectively.
Conclusions: In this multicentre US cohort, survival outcomes did not differ significantly between atezo/bev and durva/treme, supporting individualised selection based on bleeding risk and comorbidity.""",
    [
        g("N", "overall", 389),
        g("N", AB, 241),
        g("N", DT, 148),
        g("mOS", AB, 15.2, 12.8, 18.4),
        g("mOS", DT, 14.1, 10.9, 17.6),
        g("HR_OS", DT, 1.06, 0.80, 1.41),
        g("mPFS", AB, 6.1, 5.0, 7.3),
        g("mPFS", DT, 4.8, 3.7, 6.2),
        g("HR_PFS", DT, 1.15, 0.89, 1.49),
        g("ORR", AB, 25.3),
        g("ORR", DT, 20.9),
        g("IRAE_G3plus", AB, 8.7),
        g("IRAE_G3plus", DT, 14.2),
    ],
)

add(
    14,
    "single-agent real-world cohort with mTTP and mPFS, AE grade >=3; any-grade AEs, dose reduction, prognostic HR distractors",
    "structured PubMed abstract, Chinese single-centre donafenib study",
    """Background: Donafenib, a deuterated derivative of sorafenib, showed superior overall survival to sorafenib in a phase 3 trial in China. Real-world data remain limited.
Methods: This single-centre retrospective study included patients with unresectable hepatocellular carcinoma (HCC) who started first-line donafenib monotherapy between July 2021 and December 2023. The starting dose was 200 mg twice daily. Tumour response was assessed every 6-8 weeks according to mRECIST.
Results: Eighty-five patients were analysed. The median age was 58 years, 88.2% were men, and 80.0% had hepatitis B virus infection; 52 patients (61.2%) had BCLC stage C disease. The objective response rate was 21.2% and the disease control rate was 67.1%. The median time to progression was 5.6 months (95% CI, 4.3-6.9), the median progression-free survival was 5.1 months (95% CI, 4.0-6.2) and the median overall survival was 13.9 months (95% CI, 11.0-16.8). Adverse events of grade 3 or higher occurred in 22.4% of patients; hand-foot skin reaction (any grade, 48.2%) and diarrhoea (any grade, 24.7%) were the most frequent. Dose reduction was required in 30.6% of patients. Multivariate analysis showed that an AFP level of 400 ng/mL or more was associated with shorter overall survival (HR 1.92; 95% CI, 1.14-3.23).
Conclusions: Donafenib showed efficacy and tolerability in routine practice consistent with its pivotal trial.""",
    [
        g("N", "donafenib", 85),
        g("ORR", "donafenib", 21.2),
        g("DCR", "donafenib", 67.1),
        g("mTTP", "donafenib", 5.6, 4.3, 6.9),
        g("mPFS", "donafenib", 5.1, 4.0, 6.2),
        g("mOS", "donafenib", 13.9, 11.0, 16.8),
        g("AE_G3plus", "donafenib", 22.4),
    ],
)

add(
    15,
    "Atez/Bev with vs without TACE, PSM: total, per-arm and 'remained in each group' N; NR upper bound; 'respectively'",
    "structured PubMed abstract, Chinese three-centre PSM study",
    """Background: The benefit of adding transarterial chemoembolization (TACE) to atezolizumab plus bevacizumab in unresectable hepatocellular carcinoma (HCC) with high intrahepatic tumour burden has not been established.
Methods: We retrospectively reviewed patients who started first-line atezolizumab plus bevacizumab with or without TACE at three Chinese centres from 2021 to 2023. Propensity score matching was performed at a 1:1 ratio. Responses were evaluated by mRECIST.
Results: Of 173 eligible patients, 67 received atezolizumab plus bevacizumab with TACE and 106 received atezolizumab plus bevacizumab alone; after matching, 52 patients remained in each group. In the matched cohort, the objective response rate was 59.6% with TACE and 32.7% without TACE. The median progression-free survival was 10.2 months (95% CI, 8.1-12.3) versus 6.6 months (95% CI, 5.0-8.2) (HR 0.54; 95% CI, 0.34-0.85; P = 0.008). The median overall survival was 22.8 months (95% CI, 17.5-not reached) versus 15.9 months (95% CI, 12.6-19.2) (HR 0.61; 95% CI, 0.37-0.99; P = 0.046). Grade 3 or higher adverse events occurred in 36.5% and 26.9% of patients, respectively, and no treatment-related deaths occurred in either group. The proportion of patients who maintained Child-Pugh class A at 3 months was 82.7% versus 88.5%.
Conclusions: Adding TACE to atezolizumab plus bevacizumab was associated with improved tumour response and survival in patients with high intrahepatic tumour burden.""",
    [
        g("N", "overall", 173),
        g("N", "atezolizumab + bevacizumab + tace", 67),
        g("N", AB, 106),
        g("N", "atezolizumab + bevacizumab + tace", 52),
        g("N", AB, 52),
        g("ORR", "atezolizumab + bevacizumab + tace", 59.6),
        g("ORR", AB, 32.7),
        g("mPFS", "atezolizumab + bevacizumab + tace", 10.2, 8.1, 12.3),
        g("mPFS", AB, 6.6, 5.0, 8.2),
        g("HR_PFS", "atezolizumab + bevacizumab + tace", 0.54, 0.34, 0.85),
        g("mOS", "atezolizumab + bevacizumab + tace", 22.8, 17.5, None),
        g("mOS", AB, 15.9, 12.6, 19.2),
        g("HR_OS", "atezolizumab + bevacizumab + tace", 0.61, 0.37, 0.99),
        g("AE_G3plus", "atezolizumab + bevacizumab + tace", 36.5),
        g("AE_G3plus", AB, 26.9),
    ],
)

add(
    16,
    "single-arm phase 2 after IO: ORR/DCR with CI, 6-month PFS rate with CI, TRAE, TRAE_DISC 'owing to'",
    "structured phase 2 abstract, US/European investigator-initiated trial",
    """Background: No standard therapy exists after progression on first-line immunotherapy for hepatocellular carcinoma (HCC). Continuing PD-1 blockade with a multikinase inhibitor may overcome resistance. We conducted an open-label, single-arm phase 2 trial of regorafenib plus pembrolizumab in this setting.
Methods: Adults with HCC who had progressed on atezolizumab plus bevacizumab, with Child-Pugh A liver function and ECOG performance status 0-1, received regorafenib 80 mg daily (days 1-21 of each 28-day cycle) plus pembrolizumab 200 mg every 3 weeks. The primary endpoint was objective response rate (ORR) by RECIST 1.1. The 6-month progression-free survival (PFS) rate was a key secondary endpoint.
Results: Forty patients were enrolled at seven sites. The ORR was 12.5% (95% CI, 4.2-26.8), and the disease control rate was 55.0% (95% CI, 38.5-70.7). The median PFS was 4.2 months (95% CI, 2.8-5.6), with a 6-month PFS rate of 35.0% (95% CI, 20.8-49.5). The median overall survival was 11.1 months (95% CI, 8.0-14.9). Treatment-related adverse events of grade 3 or higher occurred in 37.5% of patients, the most common being hand-foot skin reaction (15.0%) and increased aspartate aminotransferase (10.0%). Two patients (5.0%) discontinued treatment owing to treatment-related adverse events.
Conclusions: Regorafenib plus pembrolizumab had modest activity after atezolizumab plus bevacizumab and did not meet its prespecified response threshold.""",
    [
        g("N", "pembrolizumab + regorafenib", 40),
        g("ORR", "pembrolizumab + regorafenib", 12.5, 4.2, 26.8),
        g("DCR", "pembrolizumab + regorafenib", 55.0, 38.5, 70.7),
        g("mPFS", "pembrolizumab + regorafenib", 4.2, 2.8, 5.6),
        g("PFS_RATE", "pembrolizumab + regorafenib", 35.0, 20.8, 49.5),
        g("mOS", "pembrolizumab + regorafenib", 11.1, 8.0, 14.9),
        g("TRAE_G3plus", "pembrolizumab + regorafenib", 37.5),
        g("TRAE_DISC", "pembrolizumab + regorafenib", 5.0),
    ],
)

add(
    17,
    "two TKIs in older patients: '(lenvatinib, n = 131; sorafenib, n = 109)', adjusted HRs, RDI distractors",
    "structured PubMed abstract, Japanese multicentre elderly cohort",
    """Background: Older patients with hepatocellular carcinoma (HCC) are under-represented in clinical trials. We compared lenvatinib and sorafenib as first-line therapy in patients aged 75 years or older.
Methods: Patients aged 75 years or older who received first-line lenvatinib or sorafenib for unresectable HCC at 12 Japanese hospitals between 2015 and 2021 were retrospectively analysed. Outcomes were compared with Cox regression adjusted for sex, ECOG performance status, ALBI grade and BCLC stage.
Results: A total of 240 patients were included (lenvatinib, n = 131; sorafenib, n = 109). The median age was 79 years. The objective response rate by mRECIST was 38.9% in the lenvatinib group and 11.9% in the sorafenib group. The median progression-free survival was 5.8 months (95% CI, 4.6-7.0) with lenvatinib and 3.4 months (95% CI, 2.7-4.1) with sorafenib (adjusted HR 0.63; 95% CI, 0.47-0.84). The median overall survival was 15.0 months (95% CI, 12.1-17.9) and 11.3 months (95% CI, 9.0-13.6), respectively (adjusted HR 0.81; 95% CI, 0.60-1.09). Grade 3 or higher adverse events were observed in 45.0% of lenvatinib-treated and 39.4% of sorafenib-treated patients, and the relative dose intensity at 8 weeks was 61.5% and 66.2%, respectively.
Conclusions: In patients aged 75 years or older, lenvatinib was associated with a higher response rate and longer progression-free survival than sorafenib, with no significant difference in overall survival.""",
    [
        g("N", "overall", 240),
        g("N", "lenvatinib", 131),
        g("N", "sorafenib", 109),
        g("ORR", "lenvatinib", 38.9),
        g("ORR", "sorafenib", 11.9),
        g("mPFS", "lenvatinib", 5.8, 4.6, 7.0),
        g("mPFS", "sorafenib", 3.4, 2.7, 4.1),
        g("HR_PFS", "lenvatinib", 0.63, 0.47, 0.84),
        g("mOS", "lenvatinib", 15.0, 12.1, 17.9),
        g("mOS", "sorafenib", 11.3, 9.0, 13.6),
        g("HR_OS", "lenvatinib", 0.81, 0.60, 1.09),
        g("AE_G3plus", "lenvatinib", 45.0),
        g("AE_G3plus", "sorafenib", 39.4),
    ],
)

add(
    18,
    "single-agent after IO with line counts lacking own results: mTTP, mPFS, mOS; AFP-response and prognostic HR distractors",
    "structured PubMed abstract, Japanese multicentre ramucirumab study",
    """Background: Ramucirumab is approved for hepatocellular carcinoma (HCC) with alpha-fetoprotein (AFP) of 400 ng/mL or higher after sorafenib. Its role after immune checkpoint inhibitor-based first-line therapy is less clear.
Methods: We conducted a multicentre retrospective study of patients with HCC and baseline AFP of 400 ng/mL or higher who received ramucirumab 8 mg/kg every 2 weeks after progression on immunotherapy-based regimens (atezolizumab plus bevacizumab or durvalumab plus tremelimumab) at 15 Japanese institutions. Response was assessed by RECIST 1.1.
Results: Fifty-two patients were included; ramucirumab was used as second-line therapy in 27 and as third-line or later therapy in 25. The objective response rate was 5.8% and the disease control rate was 48.1%. The median time to progression was 3.0 months (95% CI, 2.1-4.2), the median progression-free survival was 2.8 months (95% CI, 2.0-3.9) and the median overall survival was 8.1 months (95% CI, 6.0-10.7). An AFP reduction of at least 20% at 6 weeks was seen in 34.6% of patients. Grade 3 or higher adverse events occurred in 21.2% of patients, mainly hypertension, proteinuria and ascites. Patients with ALBI grade 1 had a lower risk of death than those with grade 2 (HR 0.44; 95% CI, 0.21-0.92).
Conclusions: Ramucirumab provided disease control in about half of patients with high AFP after immunotherapy, with acceptable toxicity.""",
    [
        g("N", "ramucirumab", 52),
        g("ORR", "ramucirumab", 5.8),
        g("DCR", "ramucirumab", 48.1),
        g("mTTP", "ramucirumab", 3.0, 2.1, 4.2),
        g("mPFS", "ramucirumab", 2.8, 2.0, 3.9),
        g("mOS", "ramucirumab", 8.1, 6.0, 10.7),
        g("AE_G3plus", "ramucirumab", 21.2),
    ],
)

add(
    19,
    "one regimen by Child-Pugh class: sub-cohort N and medians, whole-cohort TRAE; B7/B8-9 counts without results; prognostic HR",
    "structured PubMed abstract, UK/German multicentre cohort",
    """Background: Patients with Child-Pugh class B liver function were excluded from IMbrave150, yet many receive atezolizumab plus bevacizumab (Atezo/Bev) in practice.
Methods: This multicentre retrospective cohort study included patients with unresectable hepatocellular carcinoma treated with first-line Atezo/Bev at eight centres in the United Kingdom and Germany between 2020 and 2023. Outcomes were compared between Child-Pugh class A and class B patients.
Results: Among 205 patients, 163 had Child-Pugh A and 42 had Child-Pugh B liver function (B7, 26; B8-B9, 16). Median overall survival was 17.5 months (95% CI, 14.3-20.7) in Child-Pugh A patients and 6.3 months (95% CI, 4.4-8.2) in Child-Pugh B patients. Median progression-free survival was 7.8 months (95% CI, 6.4-9.2) and 3.5 months (95% CI, 2.6-4.4), respectively. The objective response rate was 27.0% in Child-Pugh A and 16.7% in Child-Pugh B patients. Child-Pugh B was independently associated with mortality (HR 2.54; 95% CI, 1.68-3.84; P < 0.001). Across the whole cohort, grade 3 or higher treatment-related adverse events occurred in 20.5% of patients, and variceal bleeding was reported in 4.9%. Hepatic decompensation during treatment was more frequent in Child-Pugh B patients (40.5% vs 12.3%).
Conclusions: Atezo/Bev was feasible in selected Child-Pugh B patients, but survival was substantially shorter than in Child-Pugh A patients.""",
    [
        g("N", AB, 205),
        g("N", AB, 163),
        g("N", AB, 42),
        g("mOS", AB, 17.5, 14.3, 20.7),
        g("mOS", AB, 6.3, 4.4, 8.2),
        g("mPFS", AB, 7.8, 6.4, 9.2),
        g("mPFS", AB, 3.5, 2.6, 4.4),
        g("ORR", AB, 27.0),
        g("ORR", AB, 16.7),
        g("TRAE_G3plus", AB, 20.5),
    ],
)

add(
    20,
    "single-arm phase 2: ORR/DCR with CI, mDOR and mOS with NR upper bounds, 12-month OS rate, TRAE and irAE",
    "structured phase 2 abstract, Chinese multicentre trial",
    """Background: Toripalimab is a humanised anti-PD-1 antibody. We report a phase 2 study of toripalimab combined with bevacizumab as first-line treatment for advanced hepatocellular carcinoma (HCC).
Methods: In this multicentre, single-arm phase 2 trial, patients with advanced HCC, no prior systemic therapy and Child-Pugh A liver function received toripalimab 240 mg plus bevacizumab 15 mg/kg intravenously every 3 weeks. The primary endpoint was objective response rate (ORR) assessed by independent review per RECIST v1.1. Secondary endpoints included disease control rate (DCR), duration of response (DOR), progression-free survival (PFS), overall survival (OS) and safety.
Results: Fifty-four patients were enrolled between December 2020 and November 2021; 81.5% had hepatitis B virus infection and 66.7% had BCLC stage C disease. The ORR was 31.5% (95% CI, 19.5-45.6) and the DCR was 77.8% (95% CI, 64.4-88.0). The median DOR was 12.4 months (95% CI, 8.3-not reached). The median PFS was 8.5 months (95% CI, 5.8-11.0), and the median OS was 20.6 months (95% CI, 16.2-not reached); the 12-month OS rate was 70.2% (95% CI, 56.0-80.6). Grade 3 or higher treatment-related adverse events occurred in 25.9% of patients, including hypertension (9.3%) and proteinuria (5.6%). Immune-related adverse events of grade 3 or higher were reported in 7.4% of patients. No treatment-related deaths occurred.
Conclusions: Toripalimab plus bevacizumab showed encouraging antitumour activity and a manageable safety profile in first-line advanced HCC.""",
    [
        g("N", "toripalimab + bevacizumab", 54),
        g("ORR", "toripalimab + bevacizumab", 31.5, 19.5, 45.6),
        g("DCR", "toripalimab + bevacizumab", 77.8, 64.4, 88.0),
        g("mDOR", "toripalimab + bevacizumab", 12.4, 8.3, None),
        g("mPFS", "toripalimab + bevacizumab", 8.5, 5.8, 11.0),
        g("mOS", "toripalimab + bevacizumab", 20.6, 16.2, None),
        g("OS_RATE", "toripalimab + bevacizumab", 70.2, 56.0, 80.6),
        g("TRAE_G3plus", "toripalimab + bevacizumab", 25.9),
        g("IRAE_G3plus", "toripalimab + bevacizumab", 7.4),
    ],
)

add(
    21,
    "TACE + lenvatinib +/- tislelizumab with defined group abbreviations (TACE-L-T, TACE-L), HR per endpoint, TRAE per arm",
    "Purpose / Patients and Methods / Results / Conclusion abstract, Chinese single-centre study",
    """Purpose: To compare the efficacy and safety of transarterial chemoembolization (TACE) plus lenvatinib and tislelizumab (TACE-L-T) with TACE plus lenvatinib (TACE-L) in unresectable hepatocellular carcinoma (uHCC).
Patients and Methods: Patients with uHCC treated with TACE-L-T or TACE-L at our institution between January 2020 and June 2023 were retrospectively included. Tumour response was assessed according to mRECIST, and adverse events were graded using CTCAE version 5.0.
Results: A total of 98 patients were included: 47 in the TACE-L-T group and 51 in the TACE-L group. The objective response rate was 68.1% in the TACE-L-T group and 47.1% in the TACE-L group (P = 0.037), and the disease control rate was 91.5% and 80.4%, respectively. The median progression-free survival was 12.6 months (95% CI, 9.8-15.4) in the TACE-L-T group versus 7.9 months (95% CI, 6.3-9.5) in the TACE-L group (HR 0.52; 95% CI, 0.32-0.84; P = 0.007). The median overall survival was 25.1 months (95% CI, 20.3-29.9) versus 18.7 months (95% CI, 15.2-22.2) (HR 0.60; 95% CI, 0.36-0.99; P = 0.045). Grade 3 or higher treatment-related adverse events were observed in 29.8% and 23.5% of patients, respectively. Extrahepatic metastasis (HR 1.89; 95% CI, 1.11-3.22) was an independent risk factor for progression.
Conclusion: TACE-L-T achieved better tumour response and survival than TACE-L, with a comparable safety profile.""",
    [
        g("N", "overall", 98),
        g("N", "tislelizumab + lenvatinib + tace", 47),
        g("N", "lenvatinib + tace", 51),
        g("ORR", "tislelizumab + lenvatinib + tace", 68.1),
        g("ORR", "lenvatinib + tace", 47.1),
        g("DCR", "tislelizumab + lenvatinib + tace", 91.5),
        g("DCR", "lenvatinib + tace", 80.4),
        g("mPFS", "tislelizumab + lenvatinib + tace", 12.6, 9.8, 15.4),
        g("mPFS", "lenvatinib + tace", 7.9, 6.3, 9.5),
        g("HR_PFS", "tislelizumab + lenvatinib + tace", 0.52, 0.32, 0.84),
        g("mOS", "tislelizumab + lenvatinib + tace", 25.1, 20.3, 29.9),
        g("mOS", "lenvatinib + tace", 18.7, 15.2, 22.2),
        g("HR_OS", "tislelizumab + lenvatinib + tace", 0.60, 0.36, 0.99),
        g("TRAE_G3plus", "tislelizumab + lenvatinib + tace", 29.8),
        g("TRAE_G3plus", "lenvatinib + tace", 23.5),
    ],
)

add(
    22,
    "STRIDE vs durvalumab monotherapy: 'HR for STRIDE versus durvalumab', NR upper bound, baseline and steroid distractors",
    "structured PubMed abstract, Japanese multicentre comparative study",
    """Background: Durvalumab monotherapy is an option for patients with unresectable hepatocellular carcinoma (HCC) who are considered unsuitable for combination regimens. We compared durvalumab plus tremelimumab (STRIDE) with durvalumab monotherapy in clinical practice.
Methods: This retrospective study included patients who started first-line STRIDE or durvalumab monotherapy at 10 centres in Japan between March 2023 and June 2024. The choice of regimen was at the discretion of the treating physician. Response was assessed by RECIST 1.1, and survival was compared with Cox regression.
Results: Of 126 patients, 84 received STRIDE and 42 received durvalumab monotherapy. Patients in the durvalumab group were older (median age, 79 vs 73 years) and more often had Child-Pugh class B liver function (35.7% vs 10.7%). The objective response rate was 20.2% with STRIDE and 9.5% with durvalumab. The median progression-free survival was 4.4 months (95% CI, 3.2-5.9) and 2.9 months (95% CI, 2.1-4.0), respectively. The median overall survival was 16.0 months (95% CI, 12.4-not reached) with STRIDE and 10.3 months (95% CI, 7.1-14.5) with durvalumab (HR for STRIDE versus durvalumab, 0.64; 95% CI, 0.39-1.05; P = 0.077). Grade 3 or higher adverse events occurred in 31.0% and 16.7% of patients, respectively, and immune-mediated adverse events requiring corticosteroids in 22.6% and 11.9%.
Conclusions: STRIDE showed numerically better efficacy than durvalumab monotherapy, whereas durvalumab alone was better tolerated in older patients with impaired liver function.""",
    [
        g("N", "overall", 126),
        g("N", DT, 84),
        g("N", "durvalumab", 42),
        g("ORR", DT, 20.2),
        g("ORR", "durvalumab", 9.5),
        g("mPFS", DT, 4.4, 3.2, 5.9),
        g("mPFS", "durvalumab", 2.9, 2.1, 4.0),
        g("mOS", DT, 16.0, 12.4, None),
        g("mOS", "durvalumab", 10.3, 7.1, 14.5),
        g("HR_OS", DT, 0.64, 0.39, 1.05),
        g("AE_G3plus", DT, 31.0),
        g("AE_G3plus", "durvalumab", 16.7),
    ],
)


# ---------------------------------------------------------------------------------------------
def _lexicon():
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


def _arm_ok(arm, agents, regimens):
    if arm == "overall":
        return True
    parts = arm.split(" + ")
    if all(p in agents for p in parts):
        return parts == sorted(parts, key=lambda p: (agents[p], p))
    return arm in regimens and " + " not in arm


def _numbers(text):
    text = re.sub(r"(?<=\d),(?=\d{3})", "", text)
    found = {float(m) for m in re.findall(r"\d+(?:\.\d+)?", text)}
    for word, val in SPELLED.items():
        if word in text:
            found.add(float(val))
    return found


def check():
    agents, regimens = _lexicon()
    problems = []
    for row in ROWS:
        words = len(row["text"].split())
        if not 180 <= words <= 280:
            problems.append(f"{row['id']}: {words} words")
        nums = _numbers(row["text"])
        seen = set()
        for f in row["gold"]:
            if f["endpoint"] not in ENDPOINTS:
                problems.append(f"{row['id']}: endpoint {f['endpoint']}")
            if not _arm_ok(f["arm"], agents, regimens):
                problems.append(f"{row['id']}: arm {f['arm']!r}")
            for k in ("value", "ci_low", "ci_high"):
                if f[k] is not None and float(f[k]) not in nums:
                    problems.append(f"{row['id']}: {k} {f[k]} not in text ({f['endpoint']})")
            v, lo, hi = f["value"], f["ci_low"], f["ci_high"]
            if v is not None and ((lo is not None and lo > v) or (hi is not None and hi < v)):
                problems.append(f"{row['id']}: CI does not bracket {f}")
            key = (f["endpoint"], f["arm"], f["value"])
            if key in seen:
                problems.append(f"{row['id']}: duplicate {key}")
            seen.add(key)
    ids = [r["id"] for r in ROWS]
    if len(ids) != len(set(ids)):
        problems.append("duplicate ids")
    return problems


def main():
    problems = check()
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        raise SystemExit(1)
    with OUT.open("w", encoding="utf-8") as fh:
        for row in ROWS:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    counts = Counter(f["endpoint"] for r in ROWS for f in r["gold"])
    total = sum(counts.values())
    print(f"{len(ROWS)} abstracts, {total} gold findings")
    for ep, n in counts.most_common():
        print(f"  {ep:12s} {n}")
    with_ci = sum(1 for r in ROWS for f in r["gold"] if f["ci_low"] is not None)
    nulls = sum(1 for r in ROWS for f in r["gold"] if f["value"] is None)
    print(f"with CI: {with_ci}; null values: {nulls}")
    wc = [len(r["text"].split()) for r in ROWS]
    print(f"words: min {min(wc)}, max {max(wc)}, mean {sum(wc) / len(wc):.0f}")
    for r, w in zip(ROWS, wc, strict=True):
        print(f"  {r['id']}: {w} words, {len(r['gold'])} gold")
    print("sha256", hashlib.sha256(OUT.read_bytes()).hexdigest())


if __name__ == "__main__":
    main()
