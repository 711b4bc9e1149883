"""Source of truth for the tenth blind set (typical HCC systemic-therapy PubMed abstracts).

    python tests/blind10/build_blind10.py      # writes blind10.jsonl, checks gold, prints counts and sha256

Every row: add(id, style, source_style, text, gold); gold findings via g(endpoint, arm, value, ci_low, ci_high).
Gold was written together with each text, before anything was run on the texts.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
LEXICON = HERE.parents[1] / "extractors" / "lexicon" / "regimens.jsonl"
OUT = HERE / "blind10.jsonl"

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
SPELLED = {
    "Ninety-six": 96,
    "Seventy-one": 71,
    "Forty-five": 45,
}

ROWS: list[dict] = []


def g(endpoint, arm, value, ci_low=None, ci_high=None):
    return {"endpoint": endpoint, "arm": arm, "value": value, "ci_low": ci_low, "ci_high": ci_high}


def add(id_, style, source_style, text, gold):
    ROWS.append(
        {
            "id": f"blind10-{id_:02d}",
            "style": style,
            "source_style": source_style,
            "text": " ".join(text.split()),
            "gold": gold,
        }
    )


AB = "atezolizumab + bevacizumab"
DT = "durvalumab + tremelimumab"

# ---------------------------------------------------------------- single-regimen cohorts (8)

add(
    1,
    "single-regimen real-world cohort: N once, medians with CI, ORR/DCR, TRAE g>=3 and TRAE discontinuation",
    "Liver International-style structured abstract (Background/Methods/Results/Conclusions)",
    """Background: Atezolizumab plus bevacizumab (Atez/Bev) is the standard first-line treatment for unresectable
    hepatocellular carcinoma (HCC), but data from routine practice in Western patients with non-viral liver disease
    remain limited. Methods: We retrospectively reviewed patients with unresectable HCC who started first-line
    Atez/Bev at 11 Italian centres between January 2021 and June 2023. Tumour response was assessed by RECIST 1.1,
    and adverse events were graded using CTCAE version 5.0. Results: A total of 218 patients were included; median
    age was 71 years, 79.4% were male, and 58.3% had non-viral aetiology. BCLC stage C was present in 61.5% and
    macrovascular invasion in 27.1%. After a median follow-up of 15.8 months, median overall survival (OS) was 17.2
    months (95% CI 14.6-20.1) and median progression-free survival (PFS) was 7.3 months (95% CI 6.1-8.8). The
    objective response rate (ORR) was 24.8% and the disease control rate (DCR) was 71.6%. Patients with ALBI grade 1
    had longer OS than those with ALBI grade 2 (HR 0.52, 95% CI 0.35-0.77). Treatment-related adverse events of
    grade 3 or higher occurred in 21.1% of patients, the most frequent being hypertension (8.7%) and proteinuria
    (5.5%). Bleeding events of any grade were recorded in 9.2%. Treatment was discontinued because of
    treatment-related adverse events in 11.5% of patients. Conclusions: In this Italian real-world cohort, Atez/Bev
    achieved survival outcomes consistent with those of the registration trial, including in patients with
    non-viral HCC, with a manageable safety profile.""",
    [
        g("N", AB, 218),
        g("mOS", AB, 17.2, 14.6, 20.1),
        g("mPFS", AB, 7.3, 6.1, 8.8),
        g("ORR", AB, 24.8),
        g("DCR", AB, 71.6),
        g("TRAE_G3plus", AB, 21.1),
        g("TRAE_DISC", AB, 11.5),
    ],
)

add(
    2,
    "single-regimen cohort: mTTP next to mPFS, ORR/DCR by mRECIST, unattributed AE g>=3; dose-group counts without results",
    "Gut and Liver / J Liver Cancer-style abstract (Background/Aims, Methods, Results, Conclusions)",
    """Background/Aims: Lenvatinib is an approved first-line option for unresectable hepatocellular carcinoma (uHCC).
    We evaluated its effectiveness and safety in Korean patients treated in routine practice. Methods: Medical
    records of patients who received lenvatinib as first-line systemic therapy at five tertiary hospitals between
    2019 and 2022 were analysed. Response was assessed by modified RECIST (mRECIST). Results: Overall, 143 patients
    were enrolled (median age 62 years; hepatitis B virus infection 72.0%; Child-Pugh class A 88.1%). The starting
    dose was 8 mg in 61 patients and 12 mg in 82 patients. The median time to progression was 6.4 months (95% CI
    5.3-7.5), and the median progression-free survival was 5.9 months (95% CI 4.8-7.0). The median overall survival
    was 14.1 months (95% CI 11.2-17.0). According to mRECIST, the objective response rate was 38.5% and the disease
    control rate was 76.9%. In multivariable analysis, portal vein tumour thrombosis was associated with shorter
    overall survival (HR 1.86, 95% CI 1.19-2.91). Adverse events of grade 3 or higher occurred in 32.2% of patients;
    hypertension (11.9%) and fatigue (6.3%) were the most common. Dose reduction was required in 45.5% of patients.
    Conclusions: Lenvatinib showed favourable tumour response and survival in Korean patients with uHCC, comparable
    to the REFLECT trial, with an acceptable toxicity profile.""",
    [
        g("N", "lenvatinib", 143),
        g("mTTP", "lenvatinib", 6.4, 5.3, 7.5),
        g("mPFS", "lenvatinib", 5.9, 4.8, 7.0),
        g("mOS", "lenvatinib", 14.1, 11.2, 17.0),
        g("ORR", "lenvatinib", 38.5),
        g("DCR", "lenvatinib", 76.9),
        g("AE_G3plus", "lenvatinib", 32.2),
    ],
)

add(
    3,
    "single-regimen cohort: spelled-out N, 12-month OS rate with CI, TRAE and irAE g>=3; CR, steroid and decompensation distractors",
    "Liver Cancer / JHEP Reports-style abstract (Introduction/Methods/Results/Conclusions)",
    """Introduction: The STRIDE regimen (a single priming dose of tremelimumab plus durvalumab) was approved for
    unresectable hepatocellular carcinoma (HCC) on the basis of the HIMALAYA trial. Evidence from European clinical
    practice is still scarce. Methods: This retrospective study included consecutive patients treated with STRIDE
    at nine German academic centres between 2023 and 2024. The primary endpoint was overall survival (OS); secondary
    endpoints were progression-free survival (PFS), response by RECIST 1.1 and safety. Results: Ninety-six patients
    were analysed. Median age was 68 years, 42.7% had alcohol-related liver disease and 34.4% had received prior
    locoregional therapy. Median OS was 15.9 months (95% CI 12.3-19.5) and the 12-month OS rate was 61.4% (95% CI
    50.8-70.4). Median PFS was 4.6 months (95% CI 3.5-5.7). The objective response rate was 19.8% and the disease
    control rate was 55.2%. Complete responses were seen in 3.1% of patients. Grade 3 or higher treatment-related
    adverse events were reported in 26.0%, and grade 3 or higher immune-related adverse events in 14.6%. Systemic
    corticosteroids were required in 22.9% of patients. Hepatic decompensation within 3 months occurred in 10.4%.
    Conclusions: STRIDE was effective and tolerable in a German real-world population, with survival and response
    outcomes in the range reported in HIMALAYA.""",
    [
        g("N", DT, 96),
        g("mOS", DT, 15.9, 12.3, 19.5),
        g("OS_RATE", DT, 61.4, 50.8, 70.4),
        g("mPFS", DT, 4.6, 3.5, 5.7),
        g("ORR", DT, 19.8),
        g("DCR", DT, 55.2),
        g("TRAE_G3plus", DT, 26.0),
        g("IRAE_G3plus", DT, 14.6),
    ],
)

add(
    4,
    "single-arm phase 2: ORR/DCR with CI, mDOR with NR bound, median OS not reached, 12-month OS rate, TRAE discontinuation",
    "Clinical Cancer Research-style abstract (Purpose/Patients and Methods/Results/Conclusions)",
    """Purpose: We conducted a single-arm, multicentre phase 2 trial to assess tislelizumab combined with lenvatinib
    as first-line therapy for unresectable hepatocellular carcinoma (HCC). Patients and Methods: Patients with BCLC
    stage B or C HCC, Child-Pugh class A and ECOG performance status 0-1 received tislelizumab 200 mg every 3 weeks
    plus lenvatinib 8 or 12 mg daily. The primary endpoint was objective response rate (ORR) per RECIST 1.1 by
    investigator. Results: Between March 2021 and May 2022, 64 patients were enrolled and treated. The confirmed ORR
    was 40.6% (95% CI 28.5-53.6), and the disease control rate was 84.4% (95% CI 73.1-92.2). Median duration of
    response was 11.3 months (95% CI 7.9-not reached). After a median follow-up of 19.7 months, median
    progression-free survival was 9.4 months (95% CI 6.9-12.0) and median overall survival had not been reached;
    the 12-month overall survival rate was 78.1% (95% CI 65.7-86.5). Treatment-related adverse events of grade 3 or
    higher occurred in 37.5% of patients, most commonly hypertension and decreased platelet count. Immune-related
    adverse events of any grade were recorded in 29.7%. Three patients (4.7%) discontinued treatment owing to
    treatment-related adverse events. No treatment-related deaths occurred. Conclusions: Tislelizumab plus
    lenvatinib showed promising antitumour activity and manageable toxicity as first-line treatment for
    unresectable HCC, supporting further evaluation in a randomised setting.""",
    [
        g("N", "tislelizumab + lenvatinib", 64),
        g("ORR", "tislelizumab + lenvatinib", 40.6, 28.5, 53.6),
        g("DCR", "tislelizumab + lenvatinib", 84.4, 73.1, 92.2),
        g("mDOR", "tislelizumab + lenvatinib", 11.3, 7.9, None),
        g("mPFS", "tislelizumab + lenvatinib", 9.4, 6.9, 12.0),
        g("mOS", "tislelizumab + lenvatinib", None),
        g("OS_RATE", "tislelizumab + lenvatinib", 78.1, 65.7, 86.5),
        g("TRAE_G3plus", "tislelizumab + lenvatinib", 37.5),
        g("TRAE_DISC", "tislelizumab + lenvatinib", 4.7),
    ],
)

add(
    5,
    "single agent after ICI: spelled-out N, prior-regimen counts without results, unattributed AE g>=3, TRAE discontinuation",
    "Oncologist / Liver Cancer-style abstract (Background/Methods/Results/Conclusions)",
    """Background: Cabozantinib is approved after sorafenib, but its activity after first-line immune checkpoint
    inhibitor (ICI)-based therapy has not been well characterised. Methods: We retrospectively analysed patients
    with advanced hepatocellular carcinoma who received cabozantinib after progression on an ICI-based regimen at 14
    centres in France and Belgium. Results: Seventy-one patients were included. The preceding regimen was
    atezolizumab plus bevacizumab in 52 patients and durvalumab plus tremelimumab in 19 patients; 31.0% received
    cabozantinib as third-line therapy. Median progression-free survival was 3.8 months (95% CI 2.9-4.9) and median
    overall survival was 8.7 months (95% CI 6.6-11.4), measured from cabozantinib initiation. The objective response
    rate was 7.0% and the disease control rate was 57.7%. Adverse events of grade 3 or higher occurred in 49.3% of
    patients, most frequently fatigue, diarrhoea and palmar-plantar erythrodysaesthesia. The starting dose was 40 mg
    in 59.2% of patients, and 66.2% required at least one dose reduction. Permanent discontinuation due to
    treatment-related adverse events occurred in 18.3%. ECOG performance status of 1 or higher was independently
    associated with worse overall survival (HR 2.14, 95% CI 1.22-3.75). Conclusions: Cabozantinib retains modest
    activity after ICI-based first-line therapy, with outcomes similar to those reported after sorafenib; tolerance
    requires careful dose management.""",
    [
        g("N", "cabozantinib", 71),
        g("mPFS", "cabozantinib", 3.8, 2.9, 4.9),
        g("mOS", "cabozantinib", 8.7, 6.6, 11.4),
        g("ORR", "cabozantinib", 7.0),
        g("DCR", "cabozantinib", 57.7),
        g("AE_G3plus", "cabozantinib", 49.3),
        g("TRAE_DISC", "cabozantinib", 18.3),
    ],
)

add(
    6,
    "single agent second line: ORR by RECIST and mRECIST, DCR, medians with CI, TRAE g>=3; RDI and prior-duration distractors",
    "Hepatology Research / JGH Open-style abstract (Aim/Methods/Results/Conclusions)",
    """Aim: To evaluate the efficacy and safety of regorafenib as second-line therapy after atezolizumab plus
    bevacizumab (Atez/Bev) in patients with unresectable hepatocellular carcinoma (HCC). Methods: This multicentre
    retrospective study enrolled patients who had tolerated prior Atez/Bev and subsequently received regorafenib at
    12 Japanese institutions between 2020 and 2024. Response was evaluated by RECIST 1.1 and mRECIST. Results: A
    total of 58 patients were enrolled. Median age was 73 years, and 81.0% were Child-Pugh class A at the start of
    regorafenib. The median duration of prior Atez/Bev was 7.4 months. The objective response rate was 10.3% by
    RECIST 1.1 and 20.7% by mRECIST, and the disease control rate by RECIST 1.1 was 60.3%. Median progression-free
    survival was 3.6 months (95% CI 2.7-4.4) and median overall survival was 11.5 months (95% CI 8.2-14.9).
    Treatment-related adverse events of grade 3 or higher occurred in 41.4% of patients; hand-foot skin reaction
    (15.5%) and elevated transaminases (8.6%) were the most common. The relative dose intensity during the first 4
    weeks was 63.0%. ALBI grade 1 at regorafenib initiation was associated with longer overall survival (HR 0.39,
    95% CI 0.18-0.84). Conclusions: Regorafenib was active and tolerable after Atez/Bev in patients with preserved
    liver function and could be a reasonable second-line option.""",
    [
        g("N", "regorafenib", 58),
        g("ORR", "regorafenib", 10.3),
        g("ORR", "regorafenib", 20.7),
        g("DCR", "regorafenib", 60.3),
        g("mPFS", "regorafenib", 3.6, 2.7, 4.4),
        g("mOS", "regorafenib", 11.5, 8.2, 14.9),
        g("TRAE_G3plus", "regorafenib", 41.4),
    ],
)

add(
    7,
    "single-arm phase 2 with TACE: spelled-out N, ORR with CI by mRECIST, 12-month PFS rate, NE upper bound, 24-month OS rate, conversion distractor",
    "Journal of Hepatocellular Carcinoma / Frontiers-style abstract (Background/Methods/Results/Conclusions)",
    """Background: Transarterial chemoembolization (TACE) combined with systemic therapy may improve outcomes in
    intermediate-stage hepatocellular carcinoma (HCC) beyond the up-to-seven criteria. Methods: In this
    prospective, single-arm phase 2 study, patients with BCLC stage B HCC beyond up-to-seven received camrelizumab
    (200 mg every 3 weeks) and apatinib (250 mg daily) started within 7 days after the first conventional TACE;
    further TACE sessions were performed on demand. The primary endpoint was progression-free survival (PFS) by
    mRECIST. Results: Forty-five patients were enrolled between 2021 and 2023. The median number of TACE sessions
    was 2. By mRECIST, the objective response rate was 71.1% (95% CI 55.7-83.6) and the disease control rate was
    91.1%. Median PFS was 13.8 months (95% CI 10.5-17.1), and the 12-month PFS rate was 55.2%. Median overall survival was 28.4 months (95% CI 22.0-not
    estimable), and the 24-month overall survival rate was 58.9%. Eight patients (17.8%) underwent conversion
    resection. Treatment-related adverse events of grade 3 or higher were observed in 46.7% of patients, most
    commonly increased aspartate aminotransferase, hypertension and thrombocytopenia; post-embolisation syndrome of
    any grade occurred in 62.2%. No treatment-related deaths were observed. Conclusions: Camrelizumab plus apatinib
    combined with TACE provided high tumour response rates and encouraging PFS in patients with intermediate-stage
    HCC beyond the up-to-seven criteria, warranting a randomised trial.""",
    [
        g("N", "camrelizumab + rivoceranib + tace", 45),
        g("ORR", "camrelizumab + rivoceranib + tace", 71.1, 55.7, 83.6),
        g("DCR", "camrelizumab + rivoceranib + tace", 91.1),
        g("mPFS", "camrelizumab + rivoceranib + tace", 13.8, 10.5, 17.1),
        g("mOS", "camrelizumab + rivoceranib + tace", 28.4, 22.0, None),
        g("PFS_RATE", "camrelizumab + rivoceranib + tace", 55.2),
        g("OS_RATE", "camrelizumab + rivoceranib + tace", 58.9),
        g("TRAE_G3plus", "camrelizumab + rivoceranib + tace", 46.7),
    ],
)

add(
    8,
    "single-regimen cohort: ORR/DCR 'respectively', AE g>=3, TRAE discontinuation; prognostic HR and dose-modification distractors",
    "Frontiers in Oncology / Cancer Medicine-style abstract (Objective/Methods/Results/Conclusions)",
    """Objective: Donafenib showed superior overall survival to sorafenib in the ZGDH3 trial. This study assessed
    first-line donafenib in real-world Chinese patients with advanced hepatocellular carcinoma (HCC). Methods:
    Patients treated with donafenib monotherapy (200 mg twice daily) as first-line therapy at six hospitals in
    eastern China from 2021 to 2023 were retrospectively reviewed. Results: A total of 112 patients were included,
    of whom 83.9% had hepatitis B virus infection and 67.0% had BCLC stage C disease. The median overall survival
    was 12.6 months (95% CI 10.4-14.8), and the median progression-free survival was 4.9 months (95% CI 3.9-5.9).
    The objective response rate and disease control rate by RECIST 1.1 were 8.9% and 62.5%, respectively.
    Macrovascular invasion was independently associated with shorter overall survival (HR 1.72, 95% CI 1.08-2.74).
    Adverse events of grade 3 or higher were recorded in 25.0% of patients, including hand-foot skin reaction
    (9.8%), diarrhoea (4.5%) and hypertension (3.6%). Dose interruption or reduction occurred in 36.6% of patients,
    and 7.1% discontinued donafenib because of treatment-related adverse events. Conclusions: First-line donafenib
    was effective and well tolerated in routine practice, with outcomes consistent with the ZGDH3 trial.""",
    [
        g("N", "donafenib", 112),
        g("mOS", "donafenib", 12.6, 10.4, 14.8),
        g("mPFS", "donafenib", 4.9, 3.9, 5.9),
        g("ORR", "donafenib", 8.9),
        g("DCR", "donafenib", 62.5),
        g("AE_G3plus", "donafenib", 25.0),
        g("TRAE_DISC", "donafenib", 7.1),
    ],
)

# ---------------------------------------------------------------- two-arm comparisons (8)

add(
    9,
    "two-arm PSM: pre-matching total and per-arm n plus matched n per group, medians with CI, HRs, 'respectively', TRAE g>=3",
    "Journal of the Formosan Medical Association / Cancers-style abstract",
    """Background: Atezolizumab plus bevacizumab (Atezo-Bev) and lenvatinib are both recommended first-line
    treatments for unresectable hepatocellular carcinoma (uHCC), but head-to-head comparisons are lacking. Methods:
    We retrospectively identified patients who received first-line Atezo-Bev or lenvatinib at four medical centres
    in Taiwan between 2020 and 2023. Propensity score matching (1:1) was used to balance baseline characteristics.
    Results: Of 402 eligible patients, 167 received Atezo-Bev and 235 received lenvatinib. After matching, 128
    patients remained in each group. In the matched cohort, median overall survival was 18.6 months (95% CI
    14.9-22.3) with Atezo-Bev and 13.2 months (95% CI 10.8-15.6) with lenvatinib (HR 0.71, 95% CI 0.53-0.95;
    p = 0.021). Median progression-free survival was 7.1 months (95% CI 5.6-8.6) and 6.3 months (95% CI 5.1-7.5),
    respectively (HR 0.88, 95% CI 0.67-1.16; p = 0.364). The objective response rates by RECIST 1.1 were 25.8% and
    28.9%, respectively. Grade 3 or higher treatment-related adverse events occurred in 18.0% of the Atezo-Bev group
    and 31.3% of the lenvatinib group. In the lenvatinib group, hypertension and proteinuria were the leading causes
    of dose modification. Conclusions: In this matched real-world cohort, first-line Atezo-Bev was associated with
    longer overall survival than lenvatinib, with similar progression-free survival and response and fewer severe
    treatment-related adverse events.""",
    [
        g("N", "overall", 402),
        g("N", AB, 167),
        g("N", "lenvatinib", 235),
        g("N", AB, 128),
        g("N", "lenvatinib", 128),
        g("mOS", AB, 18.6, 14.9, 22.3),
        g("mOS", "lenvatinib", 13.2, 10.8, 15.6),
        g("HR_OS", AB, 0.71, 0.53, 0.95),
        g("mPFS", AB, 7.1, 5.6, 8.6),
        g("mPFS", "lenvatinib", 6.3, 5.1, 7.5),
        g("HR_PFS", AB, 0.88, 0.67, 1.16),
        g("ORR", AB, 25.8),
        g("ORR", "lenvatinib", 28.9),
        g("TRAE_G3plus", AB, 18.0),
        g("TRAE_G3plus", "lenvatinib", 31.3),
    ],
)

add(
    10,
    "two-arm cohort: per-arm n in parentheses, IPTW HR above 1 for the first-named arm, irAE g>=3 per arm; bleeding distractor",
    "JAMA Network Open / Hepatology Communications-style abstract (Background/Methods/Results/Conclusions)",
    """Background: Durvalumab plus tremelimumab (STRIDE) and atezolizumab plus bevacizumab are approved first-line
    immunotherapy regimens for unresectable hepatocellular carcinoma (HCC). Comparative real-world data are
    limited. Methods: This multicentre retrospective cohort study included adults with unresectable HCC who started
    first-line STRIDE or atezolizumab plus bevacizumab at seven US academic centres between 2022 and 2024. Overall
    survival (OS) was compared with Cox models weighted by inverse probability of treatment. Results: In total, 356
    patients were included (STRIDE, n = 124; atezolizumab plus bevacizumab, n = 232). Median age was 67 years and
    36.8% had a history of variceal bleeding or untreated varices. Median OS was 14.8 months (95% CI 11.6-18.9) with
    STRIDE and 15.7 months (95% CI 13.2-18.4) with atezolizumab plus bevacizumab; the weighted hazard ratio for death
    with STRIDE versus atezolizumab plus bevacizumab was 1.04 (95% CI 0.78-1.39; p = 0.79). Median progression-free
    survival was 4.2 months (95% CI 3.3-5.6) and 5.8 months (95% CI 4.7-7.0), respectively. The objective response
    rates were 18.5% and 23.7%. Grade 3 or higher immune-related adverse events occurred in 12.9% of patients
    receiving STRIDE and 6.5% of those receiving atezolizumab plus bevacizumab, whereas bleeding events were more
    frequent with atezolizumab plus bevacizumab (8.2% vs. 2.4%). Conclusions: Survival was similar with first-line
    STRIDE and atezolizumab plus bevacizumab in routine US practice; differences in toxicity profiles may guide
    regimen selection.""",
    [
        g("N", "overall", 356),
        g("N", DT, 124),
        g("N", AB, 232),
        g("mOS", DT, 14.8, 11.6, 18.9),
        g("mOS", AB, 15.7, 13.2, 18.4),
        g("HR_OS", DT, 1.04, 0.78, 1.39),
        g("mPFS", DT, 4.2, 3.3, 5.6),
        g("mPFS", AB, 5.8, 4.7, 7.0),
        g("ORR", DT, 18.5),
        g("ORR", AB, 23.7),
        g("IRAE_G3plus", DT, 12.9),
        g("IRAE_G3plus", AB, 6.5),
    ],
)

add(
    11,
    "randomised phase 2: total and 'n to each group', PFS primary with HR, OS with HR, 'versus' pairs, TRAE g>=3 'respectively'",
    "Lancet Gastroenterology & Hepatology-style abstract without mid-dots (Background/Methods/Results/Conclusions)",
    """Background: Combining a PD-1 inhibitor with a multikinase inhibitor may enhance antitumour immunity in
    hepatocellular carcinoma (HCC). We compared tislelizumab plus sorafenib with sorafenib alone as first-line
    therapy. Methods: In this open-label, randomised phase 2 trial done at 15 centres in China, patients with
    unresectable HCC, Child-Pugh class A and no previous systemic therapy were randomly assigned (1:1) to
    tislelizumab (200 mg every 3 weeks) plus sorafenib (400 mg twice daily) or sorafenib alone. The primary endpoint
    was progression-free survival (PFS) per RECIST 1.1. Results: Between June 2021 and August 2022, 136 patients
    were randomised, 68 to each group. Median PFS was 6.9 months (95% CI 5.5-8.3) in the combination group and 3.7
    months (95% CI 2.8-4.6) in the sorafenib group (HR 0.56, 95% CI 0.38-0.82; p = 0.003). Median overall survival
    was 17.4 months (95% CI 13.9-20.9) versus 12.8 months (95% CI 10.2-15.4) (HR 0.68, 95% CI 0.45-1.03;
    p = 0.068). The objective response rate was 27.9% versus 7.4%. Grade 3 or higher treatment-related adverse
    events occurred in 39.7% and 30.9% of patients, respectively. Hypothyroidism of any grade was reported in 22.1%
    of patients in the combination group. Conclusions: Tislelizumab plus sorafenib significantly prolonged PFS
    compared with sorafenib alone, with an acceptable safety profile, supporting a phase 3 trial.""",
    [
        g("N", "overall", 136),
        g("N", "tislelizumab + sorafenib", 68),
        g("N", "sorafenib", 68),
        g("mPFS", "tislelizumab + sorafenib", 6.9, 5.5, 8.3),
        g("mPFS", "sorafenib", 3.7, 2.8, 4.6),
        g("HR_PFS", "tislelizumab + sorafenib", 0.56, 0.38, 0.82),
        g("mOS", "tislelizumab + sorafenib", 17.4, 13.9, 20.9),
        g("mOS", "sorafenib", 12.8, 10.2, 15.4),
        g("HR_OS", "tislelizumab + sorafenib", 0.68, 0.45, 1.03),
        g("ORR", "tislelizumab + sorafenib", 27.9),
        g("ORR", "sorafenib", 7.4),
        g("TRAE_G3plus", "tislelizumab + sorafenib", 39.7),
        g("TRAE_G3plus", "sorafenib", 30.9),
    ],
)

add(
    12,
    "TACE add-on comparison: 'TACE alone' control, per-arm n, HR_OS/HR_PFS, ORR mRECIST, unattributed AE g>=3; prognostic HR",
    "Journal of Hepatocellular Carcinoma / Journal of Vascular and Interventional Radiology-style abstract (Purpose/Methods/Results/Conclusions)",
    """Purpose: To compare transarterial chemoembolization (TACE) plus lenvatinib with TACE alone in patients with
    intermediate-stage hepatocellular carcinoma (HCC) exceeding the up-to-seven criteria. Methods: Consecutive
    patients treated between 2019 and 2023 at three hospitals were retrospectively reviewed. Tumour response was
    evaluated according to mRECIST. Results: A total of 154 patients were included: 71 received TACE plus lenvatinib
    and 83 received TACE alone. The median number of TACE procedures was 2 in the combination group and 3 in the
    TACE-alone group. Median overall survival was 26.5 months (95% CI 21.3-31.7) in the combination group and 18.4
    months (95% CI 15.0-21.8) in the TACE-alone group (HR 0.58, 95% CI 0.39-0.86; p = 0.007). Median
    progression-free survival was 11.6 months (95% CI 9.2-14.0) versus 6.8 months (95% CI 5.4-8.2) (HR 0.51, 95% CI
    0.36-0.73; p < 0.001). The objective response rate was 64.8% versus 39.8%. In multivariable analysis, more than
    10 intrahepatic nodules was an independent risk factor for progression (HR 1.67, 95% CI 1.12-2.49). Grade 3 or
    higher adverse events were observed in 29.6% of patients treated with TACE plus lenvatinib and 15.7% of those
    treated with TACE alone; no treatment-related deaths occurred. Conclusions: Adding lenvatinib to TACE was
    associated with longer survival and higher tumour response than TACE alone in intermediate-stage HCC beyond the
    up-to-seven criteria.""",
    [
        g("N", "overall", 154),
        g("N", "lenvatinib + tace", 71),
        g("N", "tace", 83),
        g("mOS", "lenvatinib + tace", 26.5, 21.3, 31.7),
        g("mOS", "tace", 18.4, 15.0, 21.8),
        g("HR_OS", "lenvatinib + tace", 0.58, 0.39, 0.86),
        g("mPFS", "lenvatinib + tace", 11.6, 9.2, 14.0),
        g("mPFS", "tace", 6.8, 5.4, 8.2),
        g("HR_PFS", "lenvatinib + tace", 0.51, 0.36, 0.73),
        g("ORR", "lenvatinib + tace", 64.8),
        g("ORR", "tace", 39.8),
        g("AE_G3plus", "lenvatinib + tace", 29.6),
        g("AE_G3plus", "tace", 15.7),
    ],
)

add(
    13,
    "two-arm PSM after ICI: total, per-arm n and 'matched pairs', HRs with CI, DCR per arm, AE g>=3 'respectively'",
    "Liver International / JHEP Reports-style abstract (Background/Methods/Results/Conclusions)",
    """Background: After progression on first-line immune checkpoint inhibitors (ICIs), cabozantinib and regorafenib
    are both used in hepatocellular carcinoma (HCC), but comparative data in this setting are scarce. Methods: Using
    a multicentre Spanish and Portuguese registry, we identified patients who received cabozantinib or regorafenib
    as second-line therapy after ICI-based first-line treatment between 2020 and 2024. Patients were matched 1:1 by
    propensity score on liver function, performance status, alpha-fetoprotein and macrovascular invasion. Results:
    Of 263 patients, 139 received cabozantinib and 124 received regorafenib; 97 matched pairs were analysed. In the
    matched population, median overall survival was 9.6 months (95% CI 7.8-11.9) with cabozantinib and 8.1 months
    (95% CI 6.5-10.2) with regorafenib (HR 0.86, 95% CI 0.62-1.19; p = 0.36). Median progression-free survival was
    4.1 months (95% CI 3.2-5.0) versus 3.4 months (95% CI 2.6-4.3) (HR 0.83, 95% CI 0.61-1.13). The disease control
    rate was 55.7% with cabozantinib and 49.5% with regorafenib. Adverse events of grade 3 or higher were reported in
    43.3% and 38.1% of patients, respectively; diarrhoea was more frequent with cabozantinib and hand-foot skin
    reaction with regorafenib. Conclusions: Cabozantinib and regorafenib yielded comparable survival as second-line
    therapy after ICIs, and the choice may be guided by the expected toxicity profile.""",
    [
        g("N", "overall", 263),
        g("N", "cabozantinib", 139),
        g("N", "regorafenib", 124),
        g("N", "cabozantinib", 97),
        g("N", "regorafenib", 97),
        g("mOS", "cabozantinib", 9.6, 7.8, 11.9),
        g("mOS", "regorafenib", 8.1, 6.5, 10.2),
        g("HR_OS", "cabozantinib", 0.86, 0.62, 1.19),
        g("mPFS", "cabozantinib", 4.1, 3.2, 5.0),
        g("mPFS", "regorafenib", 3.4, 2.6, 4.3),
        g("HR_PFS", "cabozantinib", 0.83, 0.61, 1.13),
        g("DCR", "cabozantinib", 55.7),
        g("DCR", "regorafenib", 49.5),
        g("AE_G3plus", "cabozantinib", 43.3),
        g("AE_G3plus", "regorafenib", 38.1),
    ],
)

add(
    14,
    "two-arm cohort: adjusted HRs, ORR and DCR 'versus' pairs, TRAE g>=3 per arm, irAE g>=3 in the combination group",
    "Hepatology International / Therapeutic Advances in Medical Oncology-style abstract",
    """Background: The combination of lenvatinib with an anti-PD-1 antibody is widely used in Asia for unresectable
    hepatocellular carcinoma (uHCC), although the phase 3 LEAP-002 trial did not meet its primary endpoints.
    Methods: This retrospective study compared first-line pembrolizumab plus lenvatinib with lenvatinib monotherapy
    in patients with uHCC treated at eight hospitals in Hong Kong and Singapore between 2019 and 2023. Results: We
    included 187 patients: 79 received pembrolizumab plus lenvatinib and 108 received lenvatinib alone. Baseline
    characteristics were similar, except for a higher proportion of extrahepatic spread in the combination group
    (49.4% vs. 38.9%). Median overall survival was 19.3 months (95% CI 15.1-23.5) with the combination and 14.4
    months (95% CI 11.7-17.1) with lenvatinib alone (adjusted HR 0.69, 95% CI 0.48-0.99; p = 0.044). Median
    progression-free survival was 8.5 months (95% CI 6.7-10.3) and 6.0 months (95% CI 4.9-7.1), respectively
    (adjusted HR 0.74, 95% CI 0.53-1.03). The objective response rate was 35.4% versus 24.1% and the disease control
    rate was 82.3% versus 73.1%. Grade 3 or higher treatment-related adverse events occurred in 44.3% and 34.3% of
    patients. Grade 3 or higher immune-related adverse events were observed in 8.9% of patients in the combination
    group. Conclusions: In routine practice, adding pembrolizumab to lenvatinib was associated with improved overall
    survival and response, at the cost of more frequent severe toxicity.""",
    [
        g("N", "overall", 187),
        g("N", "pembrolizumab + lenvatinib", 79),
        g("N", "lenvatinib", 108),
        g("mOS", "pembrolizumab + lenvatinib", 19.3, 15.1, 23.5),
        g("mOS", "lenvatinib", 14.4, 11.7, 17.1),
        g("HR_OS", "pembrolizumab + lenvatinib", 0.69, 0.48, 0.99),
        g("mPFS", "pembrolizumab + lenvatinib", 8.5, 6.7, 10.3),
        g("mPFS", "lenvatinib", 6.0, 4.9, 7.1),
        g("HR_PFS", "pembrolizumab + lenvatinib", 0.74, 0.53, 1.03),
        g("ORR", "pembrolizumab + lenvatinib", 35.4),
        g("ORR", "lenvatinib", 24.1),
        g("DCR", "pembrolizumab + lenvatinib", 82.3),
        g("DCR", "lenvatinib", 73.1),
        g("TRAE_G3plus", "pembrolizumab + lenvatinib", 44.3),
        g("TRAE_G3plus", "lenvatinib", 34.3),
        g("IRAE_G3plus", "pembrolizumab + lenvatinib", 8.9),
    ],
)

add(
    15,
    "randomised phase 3 with HAIC: defined group abbreviation LEN-HAIC, per-arm n, HRs, ORR pair, AE g>=3 pair; conversion distractor",
    "Journal of Clinical Oncology-style abstract (Purpose/Methods/Results/Conclusion) without 'v' shorthand",
    """Background: Hepatic arterial infusion chemotherapy (HAIC) with oxaliplatin, fluorouracil and leucovorin is
    widely used in China for advanced hepatocellular carcinoma (HCC) with portal vein tumour thrombus (PVTT). We
    assessed whether adding HAIC to lenvatinib improves survival. Methods: In this randomised, open-label, phase 3
    trial at nine centres, patients with advanced HCC and PVTT were assigned 1:1 to lenvatinib plus HAIC (LEN-HAIC)
    or lenvatinib alone. The primary endpoint was overall survival. Results: From 2020 to 2022, 228 patients were
    randomly assigned: 115 to LEN-HAIC and 113 to lenvatinib. Median overall survival was 15.2 months (95% CI
    12.8-17.6) in the LEN-HAIC group and 9.8 months (95% CI 8.1-11.5) in the lenvatinib group (HR 0.54, 95% CI
    0.40-0.73; p < 0.001). Median progression-free survival was 8.4 months (95% CI 7.0-9.8) versus 4.7 months (95%
    CI 3.9-5.5) (HR 0.49, 95% CI 0.37-0.66; p < 0.001). The objective response rate per RECIST 1.1 was 45.2% versus
    12.4%. Fourteen patients (12.2%) in the LEN-HAIC group underwent conversion hepatectomy. Grade 3 or higher
    adverse events were more frequent with LEN-HAIC (58.3% vs. 33.6%), mainly thrombocytopenia, neutropenia and
    elevated transaminases. Conclusions: Lenvatinib plus HAIC significantly improved overall survival compared with
    lenvatinib alone in patients with advanced HCC and PVTT.""",
    [
        g("N", "overall", 228),
        g("N", "lenvatinib + haic", 115),
        g("N", "lenvatinib", 113),
        g("mOS", "lenvatinib + haic", 15.2, 12.8, 17.6),
        g("mOS", "lenvatinib", 9.8, 8.1, 11.5),
        g("HR_OS", "lenvatinib + haic", 0.54, 0.40, 0.73),
        g("mPFS", "lenvatinib + haic", 8.4, 7.0, 9.8),
        g("mPFS", "lenvatinib", 4.7, 3.9, 5.5),
        g("HR_PFS", "lenvatinib + haic", 0.49, 0.37, 0.66),
        g("ORR", "lenvatinib + haic", 45.2),
        g("ORR", "lenvatinib", 12.4),
        g("AE_G3plus", "lenvatinib + haic", 58.3),
        g("AE_G3plus", "lenvatinib", 33.6),
    ],
)

add(
    16,
    "two-arm TACE triple vs doublet: defined abbreviations TACE-D-T / TACE-D, per-arm n, ORR/DCR pairs, HRs, TRAE g>=3 'respectively'",
    "Journal of Hepatocellular Carcinoma-style abstract (Objective/Methods/Results/Conclusions)",
    """Objective: To compare the efficacy and safety of transarterial chemoembolization (TACE) combined with
    donafenib and tislelizumab (TACE-D-T) versus TACE combined with donafenib (TACE-D) in unresectable
    hepatocellular carcinoma (uHCC). Methods: Patients with uHCC who received TACE-D-T or TACE-D as initial
    treatment between January 2021 and December 2023 at two centres were retrospectively enrolled. Efficacy was
    assessed by mRECIST. Results: Overall, 118 patients were analysed, 54 in the TACE-D-T group and 64 in the TACE-D
    group. The objective response rate was 68.5% in the TACE-D-T group and 50.0% in the TACE-D group (p = 0.042),
    and the disease control rate was 90.7% and 81.3%, respectively. Median progression-free survival was 12.2 months
    (95% CI 9.6-14.8) versus 7.9 months (95% CI 6.3-9.5) (HR 0.57, 95% CI 0.37-0.88; p = 0.011). Median overall
    survival was 24.6 months (95% CI 19.8-29.4) versus 18.1 months (95% CI 14.7-21.5) (HR 0.64, 95% CI 0.40-1.02;
    p = 0.059). Multivariable analysis identified a Child-Pugh score of 6 and a tumour diameter above 10 cm as
    adverse factors for progression-free survival. Grade 3 or higher treatment-related adverse events occurred in
    27.8% and 21.9% of patients, respectively, and no grade 5 events were observed. Hypothyroidism occurred in 16.7%
    of the TACE-D-T group. Conclusions: TACE-D-T achieved better tumour response and progression-free survival than
    TACE-D, with tolerable toxicity.""",
    [
        g("N", "overall", 118),
        g("N", "tislelizumab + donafenib + tace", 54),
        g("N", "donafenib + tace", 64),
        g("ORR", "tislelizumab + donafenib + tace", 68.5),
        g("ORR", "donafenib + tace", 50.0),
        g("DCR", "tislelizumab + donafenib + tace", 90.7),
        g("DCR", "donafenib + tace", 81.3),
        g("mPFS", "tislelizumab + donafenib + tace", 12.2, 9.6, 14.8),
        g("mPFS", "donafenib + tace", 7.9, 6.3, 9.5),
        g("HR_PFS", "tislelizumab + donafenib + tace", 0.57, 0.37, 0.88),
        g("mOS", "tislelizumab + donafenib + tace", 24.6, 19.8, 29.4),
        g("mOS", "donafenib + tace", 18.1, 14.7, 21.5),
        g("HR_OS", "tislelizumab + donafenib + tace", 0.64, 0.40, 1.02),
        g("TRAE_G3plus", "tislelizumab + donafenib + tace", 27.8),
        g("TRAE_G3plus", "donafenib + tace", 21.9),
    ],
)

# ---------------------------------------------------------------- three-arm comparisons (2)

add(
    17,
    "three-arm cohort: per-arm n, 'respectively' over three arms, two HRs against a common reference, AE g>=3 over three groups",
    "Clinical and Molecular Hepatology-style abstract (Background/Aims, Methods, Results, Conclusions)",
    """Background/Aims: Three first-line systemic options, sorafenib, lenvatinib and atezolizumab plus
    bevacizumab, have been used for unresectable hepatocellular carcinoma (HCC) in Korea since 2020. We compared
    their outcomes in a nationwide cohort. Methods: We analysed patients who started first-line sorafenib,
    lenvatinib or atezolizumab plus bevacizumab between 2019 and 2023 at 16 Korean hospitals. Hazard ratios were
    estimated with multivariable Cox regression using sorafenib as the reference. Results: A total of 712 patients
    were included: 214 received sorafenib, 231 received lenvatinib and 267 received atezolizumab plus bevacizumab.
    Median overall survival was 9.1 months (95% CI 7.8-10.4), 12.7 months (95% CI 11.0-14.4) and 16.3 months (95%
    CI 13.9-18.7), respectively. Compared with sorafenib, the adjusted hazard ratio for death was 0.79 (95% CI
    0.64-0.97) for lenvatinib and 0.61 (95% CI 0.49-0.76) for atezolizumab plus bevacizumab. Median
    progression-free survival was 3.2 months (95% CI 2.7-3.7), 5.6 months (95% CI 4.9-6.3) and 6.7 months (95% CI
    5.7-7.7), respectively. The objective response rates by RECIST 1.1 were 5.1%, 20.8% and 24.3%. Grade 3 or higher
    adverse events occurred in 28.5%, 37.2% and 26.6% of patients in the three groups. Subsequent systemic therapy
    was given to 41.1% of all patients. Conclusions: Atezolizumab plus bevacizumab was associated with the longest
    survival among first-line treatments in this Korean real-world cohort, and lenvatinib outperformed
    sorafenib.""",
    [
        g("N", "overall", 712),
        g("N", "sorafenib", 214),
        g("N", "lenvatinib", 231),
        g("N", AB, 267),
        g("mOS", "sorafenib", 9.1, 7.8, 10.4),
        g("mOS", "lenvatinib", 12.7, 11.0, 14.4),
        g("mOS", AB, 16.3, 13.9, 18.7),
        g("HR_OS", "lenvatinib", 0.79, 0.64, 0.97),
        g("HR_OS", AB, 0.61, 0.49, 0.76),
        g("mPFS", "sorafenib", 3.2, 2.7, 3.7),
        g("mPFS", "lenvatinib", 5.6, 4.9, 6.3),
        g("mPFS", AB, 6.7, 5.7, 7.7),
        g("ORR", "sorafenib", 5.1),
        g("ORR", "lenvatinib", 20.8),
        g("ORR", AB, 24.3),
        g("AE_G3plus", "sorafenib", 28.5),
        g("AE_G3plus", "lenvatinib", 37.2),
        g("AE_G3plus", AB, 26.6),
    ],
)

add(
    18,
    "three-arm cohort: per-arm n, ORR/DCR 'respectively' over three arms, 'the corresponding median OS', HR triple vs doublet",
    "Frontiers in Immunology / BMC Cancer-style abstract (Background/Methods/Results/Conclusions)",
    """Background: Lenvatinib-based combinations with PD-1 inhibitors and locoregional therapy are increasingly used
    for unresectable hepatocellular carcinoma (uHCC). This study compared lenvatinib monotherapy, lenvatinib plus
    sintilimab, and lenvatinib plus sintilimab plus transarterial chemoembolization (TACE). Methods: Patients with
    BCLC stage B or C uHCC treated at a single tertiary centre from 2019 to 2023 were retrospectively analysed.
    Tumour response was assessed with mRECIST. Results: Of 196 patients, 58 received lenvatinib alone, 66 received
    lenvatinib plus sintilimab, and 72 received lenvatinib plus sintilimab plus TACE. The objective response rates
    were 31.0%, 43.9% and 62.5%, and the disease control rates were 72.4%, 80.3% and 88.9%, respectively. Median
    progression-free survival was 5.5 months (95% CI 4.3-6.7) with lenvatinib alone, 8.2 months (95% CI 6.6-9.8)
    with lenvatinib plus sintilimab and 11.0 months (95% CI 9.1-12.9) with the triple regimen. The corresponding
    median overall survival was 13.5 months (95% CI 11.1-15.9), 18.8 months (95% CI 15.4-22.2) and 23.9 months (95%
    CI 19.6-28.2). Compared with lenvatinib plus sintilimab, the triple regimen reduced the risk of death (HR 0.66,
    95% CI 0.45-0.97; p = 0.034). Grade 3 or higher treatment-related adverse events occurred in 25.9%, 33.3% and
    38.9% of patients, respectively. Conclusions: Adding sintilimab and TACE to lenvatinib was associated with
    stepwise improvements in tumour response and survival, with an acceptable increase in toxicity.""",
    [
        g("N", "overall", 196),
        g("N", "lenvatinib", 58),
        g("N", "sintilimab + lenvatinib", 66),
        g("N", "sintilimab + lenvatinib + tace", 72),
        g("ORR", "lenvatinib", 31.0),
        g("ORR", "sintilimab + lenvatinib", 43.9),
        g("ORR", "sintilimab + lenvatinib + tace", 62.5),
        g("DCR", "lenvatinib", 72.4),
        g("DCR", "sintilimab + lenvatinib", 80.3),
        g("DCR", "sintilimab + lenvatinib + tace", 88.9),
        g("mPFS", "lenvatinib", 5.5, 4.3, 6.7),
        g("mPFS", "sintilimab + lenvatinib", 8.2, 6.6, 9.8),
        g("mPFS", "sintilimab + lenvatinib + tace", 11.0, 9.1, 12.9),
        g("mOS", "lenvatinib", 13.5, 11.1, 15.9),
        g("mOS", "sintilimab + lenvatinib", 18.8, 15.4, 22.2),
        g("mOS", "sintilimab + lenvatinib + tace", 23.9, 19.6, 28.2),
        g("HR_OS", "sintilimab + lenvatinib + tace", 0.66, 0.45, 0.97),
        g("TRAE_G3plus", "lenvatinib", 25.9),
        g("TRAE_G3plus", "sintilimab + lenvatinib", 33.3),
        g("TRAE_G3plus", "sintilimab + lenvatinib + tace", 38.9),
    ],
)

# ---------------------------------------------------------------- meta-analyses (2)

add(
    19,
    "single-arm proportion meta-analysis of one regimen: pooled N with thousands comma, pooled rates and medians with CI and I2",
    "BMC Cancer / Cancers-style systematic review abstract (Background/Methods/Results/Conclusions)",
    """Background: Durvalumab plus tremelimumab (STRIDE) is a first-line standard for unresectable hepatocellular
    carcinoma (HCC), and a growing number of real-world studies have reported its outcomes. We performed a
    systematic review and meta-analysis of these studies. Methods: PubMed, Embase and the Cochrane Library were
    searched up to March 2025 for observational studies of STRIDE in HCC. Pooled estimates were calculated with
    random-effects models. Results: Fourteen studies comprising 1,846 patients were included. The pooled objective
    response rate was 17.9% (95% CI 14.6-21.7; I2 = 58%) and the pooled disease control rate was 56.4% (95% CI
    50.2-62.4; I2 = 71%). The pooled median progression-free survival was 4.3 months (95% CI 3.7-4.9) and the pooled
    median overall survival was 15.1 months (95% CI 13.2-17.0). Grade 3 or higher adverse events of any cause
    occurred in 30.8% (95% CI 24.9-37.4) of patients and grade 3 or higher immune-mediated adverse events in 11.2%
    (95% CI 8.5-14.6). Heterogeneity was mainly explained by the proportion of patients with Child-Pugh B liver
    function. Study quality was moderate to high according to the Newcastle-Ottawa scale. Conclusions: Real-world
    outcomes of STRIDE are consistent with those of the HIMALAYA trial, although heterogeneity across studies is
    substantial and prospective data in patients with impaired liver function are needed.""",
    [
        g("N", DT, 1846),
        g("ORR", DT, 17.9, 14.6, 21.7),
        g("DCR", DT, 56.4, 50.2, 62.4),
        g("mPFS", DT, 4.3, 3.7, 4.9),
        g("mOS", DT, 15.1, 13.2, 17.0),
        g("AE_G3plus", DT, 30.8, 24.9, 37.4),
        g("IRAE_G3plus", DT, 11.2, 8.5, 14.6),
    ],
)

add(
    20,
    "meta-analysis of RCTs across regimens: pooled HRs (overall and by class) under 'overall', pooled ORR and TRAE rates; RR distractors",
    "Frontiers in Oncology / Journal of Gastroenterology and Hepatology-style meta-analysis abstract",
    """Background: Several phase 3 trials have compared immune checkpoint inhibitor (ICI)-based regimens with
    tyrosine kinase inhibitors (TKIs) as first-line therapy for advanced hepatocellular carcinoma (HCC). We
    conducted a meta-analysis to quantify the overall benefit. Methods: Randomised controlled trials comparing
    ICI-based therapy with sorafenib or lenvatinib in the first-line setting were identified from PubMed, Embase and
    conference proceedings through December 2024. Hazard ratios (HRs) and risk ratios were pooled using
    random-effects models. Results: Eight trials including 6,271 patients were eligible. ICI-based therapy
    significantly improved overall survival (pooled HR 0.78, 95% CI 0.71-0.86; p < 0.001) and progression-free
    survival (pooled HR 0.74, 95% CI 0.62-0.88; p < 0.001) compared with TKI therapy. The pooled objective response
    rate was 25.6% (95% CI 20.9-30.9) with ICI-based therapy. In trials of ICI plus anti-angiogenic combinations, the
    pooled HR for overall survival was 0.72 (95% CI 0.63-0.82), whereas ICI monotherapy gave a pooled HR of 0.86
    (95% CI 0.77-0.96). The risk ratio for objective response favoured ICI-based therapy (RR 2.41, 95% CI
    1.72-3.38). Grade 3 or higher treatment-related adverse events were less frequent with ICI-based therapy (pooled
    rate 33.5% vs 45.9% with sorafenib or lenvatinib; RR 0.73, 95% CI 0.58-0.92). Conclusions: ICI-based first-line
    therapy improves survival and response over TKIs in advanced HCC, with fewer severe treatment-related adverse
    events; combinations with anti-angiogenic agents appear most effective.""",
    [
        g("N", "overall", 6271),
        g("HR_OS", "overall", 0.78, 0.71, 0.86),
        g("HR_PFS", "overall", 0.74, 0.62, 0.88),
        g("ORR", "overall", 25.6, 20.9, 30.9),
        g("HR_OS", "overall", 0.72, 0.63, 0.82),
        g("HR_OS", "overall", 0.86, 0.77, 0.96),
        g("TRAE_G3plus", "overall", 33.5),
        g("TRAE_G3plus", "lenvatinib or sorafenib", 45.9),
    ],
)


# ---------------------------------------------------------------- checks


def _lexicon():
    agents, regimens = {}, set()
    for line in LEXICON.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        d = json.loads(line)
        if d.get("kind") == "agent":
            agents[d["id"]] = d["rank"]
        else:
            regimens.add(d["id"])
    return agents, regimens


def _arm_ok(arm, agents, regimens):
    if arm == "overall" or arm in regimens and " or " in arm:
        return True
    parts = arm.split(" + ")
    if not all(p in agents for p in parts):
        return False
    return parts == sorted(parts, key=lambda p: (agents[p], p))


def _numbers(text):
    t = text.replace(",", "")
    found = {float(x) for x in re.findall(r"\d+(?:\.\d+)?", t)}
    for word, n in SPELLED.items():
        if word in text:
            found.add(float(n))
    return found


def check():
    agents, regimens = _lexicon()
    problems = []
    ids = [r["id"] for r in ROWS]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for r in ROWS:
        nums = _numbers(r["text"])
        words = len(r["text"].split())
        if not 180 <= words <= 260:
            problems.append(f"{r['id']}: {words} words")
        seen = set()
        for f in r["gold"]:
            if f["endpoint"] not in ENDPOINTS:
                problems.append(f"{r['id']}: endpoint {f['endpoint']}")
            if not _arm_ok(f["arm"], agents, regimens):
                problems.append(f"{r['id']}: arm {f['arm']!r}")
            key = (f["endpoint"], f["arm"], f["value"])
            if key in seen:
                problems.append(f"{r['id']}: duplicate {key}")
            seen.add(key)
            for k in ("value", "ci_low", "ci_high"):
                v = f[k]
                if v is not None and float(v) not in nums:
                    problems.append(f"{r['id']}: {k} {v} not in text ({f['endpoint']}, {f['arm']})")
            v, lo, hi = f["value"], f["ci_low"], f["ci_high"]
            if v is not None and ((lo is not None and lo > v) or (hi is not None and hi < v)):
                problems.append(f"{r['id']}: CI does not bracket {f}")
    return problems


def review():
    """Self-review aid: every number in a text that is not a gold value or CI bound (should all be distractors)."""
    for r in ROWS:
        gold = {
            float(f[k])
            for f in r["gold"]
            for k in ("value", "ci_low", "ci_high")
            if f[k] is not None
        }
        t = r["text"].replace(",", "")
        rest = [x for x in re.findall(r"\d+(?:\.\d+)?", t) if float(x) not in gold]
        print(r["id"], " ".join(rest))


def main():
    import sys

    if "--review" in sys.argv:
        review()
    problems = check()
    for p in problems:
        print("PROBLEM", p)
    with OUT.open("w", encoding="utf-8") as fh:
        for r in ROWS:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    counts = Counter(f["endpoint"] for r in ROWS for f in r["gold"])
    total = sum(counts.values())
    print(f"{len(ROWS)} abstracts, {total} gold findings")
    print(", ".join(f"{k} {v}" for k, v in counts.most_common()))
    print(
        "with CI:",
        sum(
            1
            for r in ROWS
            for f in r["gold"]
            if f["ci_low"] is not None or f["ci_high"] is not None
        ),
        "| null values:",
        sum(1 for r in ROWS for f in r["gold"] if f["value"] is None),
    )
    wc = [len(r["text"].split()) for r in ROWS]
    print("words:", min(wc), "-", max(wc), "mean", round(sum(wc) / len(wc)))
    print("sha256:", hashlib.sha256(OUT.read_bytes()).hexdigest())
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
