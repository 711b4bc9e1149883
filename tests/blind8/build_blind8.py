"""Source of truth for the eighth blind set (typical HCC / biliary / gastric immunotherapy abstracts).

    python tests/blind8/build_blind8.py      # writes blind8.jsonl next to this file and checks the gold

Each row: add(id, style, source_style, text, gold). Gold findings are
{"endpoint", "arm", "value", "ci_low", "ci_high"}; written with the text, before anything was run.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
LEXICON = HERE.parents[1] / "extractors" / "lexicon" / "regimens.jsonl"

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

ROWS: list[dict] = []


def g(endpoint, arm, value, ci_low=None, ci_high=None):
    return {"endpoint": endpoint, "arm": arm, "value": value, "ci_low": ci_low, "ci_high": ci_high}


def add(id_, style, source_style, text, gold):
    ROWS.append(
        {
            "id": f"blind8-{id_:02d}",
            "style": style,
            "source_style": source_style,
            "text": " ".join(text.split())
            if "\n\n" not in text
            else "\n".join(" ".join(p.split()) for p in text.strip().split("\n\n")),
            "gold": gold,
        }
    )


# ---------------------------------------------------------------------------------------------
A_B = "atezolizumab + bevacizumab"
D_T = "durvalumab + tremelimumab"
LEN = "lenvatinib"
SOR = "sorafenib"
NIVO_CHEMO = "nivolumab + chemotherapy"
GCD = "durvalumab + cisplatin + gemcitabine"
GCP = "pembrolizumab + cisplatin + gemcitabine"

add(
    1,
    "single-regimen real-world cohort: N, medians with CI, ORR/DCR, grade >=3 TRAE; prognostic HR distractor",
    "structured PubMed abstract (Liver International-type multicentre European cohort)",
    """
Background: Atezolizumab plus bevacizumab is the preferred first-line therapy for unresectable hepatocellular
carcinoma (HCC), but data from routine practice in Western centres remain limited. We assessed its effectiveness
and safety in a European multicentre cohort.

Methods: Consecutive patients who started atezolizumab (1200 mg) plus bevacizumab (15 mg/kg) every 3 weeks at
nine centres in Italy, Spain and Germany between 2020 and 2023 were retrospectively analysed. Tumour response was
assessed by RECIST 1.1. Adverse events were graded with CTCAE version 5.0.

Results: A total of 214 patients were included; median age was 68 years, 83% were Child-Pugh class A and 47% had
macrovascular invasion. After a median follow-up of 11.4 months, the median overall survival was 15.8 months
(95% CI 13.1-18.9) and the median progression-free survival was 6.9 months (95% CI 5.8-8.2). The objective
response rate was 26.2% and the disease control rate was 71.5%. Treatment-related adverse events of grade 3 or
higher occurred in 18.7% of patients, the most common being hypertension and proteinuria; bleeding events were
recorded in 4.2%. In multivariable analysis, ALBI grade 2 was independently associated with shorter survival
(HR 1.92, 95% CI 1.31-2.81).

Conclusions: In a European real-world population, atezolizumab plus bevacizumab achieved outcomes comparable to
those of the registration trial, with a manageable safety profile.
""",
    [
        g("N", A_B, 214),
        g("mOS", A_B, 15.8, 13.1, 18.9),
        g("mPFS", A_B, 6.9, 5.8, 8.2),
        g("ORR", A_B, 26.2),
        g("DCR", A_B, 71.5),
        g("TRAE_G3plus", A_B, 18.7),
    ],
)

add(
    2,
    "two-arm PSM comparison: totals, per-arm n before matching, n per group after matching, HR for first-named drug",
    "structured PubMed abstract (Frontiers in Oncology-type lenvatinib vs sorafenib PSM)",
    """
Background: Lenvatinib was non-inferior to sorafenib in the REFLECT trial, but comparative real-world evidence
is still accumulating. This study compared the two agents as first-line therapy for unresectable HCC.

Methods: We retrospectively reviewed patients with unresectable HCC who received lenvatinib or sorafenib at two
tertiary hospitals between 2018 and 2022. A 1:1 propensity score matching was performed to balance baseline
characteristics, including age, Child-Pugh score, AFP level and BCLC stage.

Results: A total of 312 patients were included (lenvatinib, n = 118; sorafenib, n = 194). After matching, 96
patients remained in each group. The median overall survival was 14.2 months with lenvatinib and 11.6 months
with sorafenib (HR 0.78; 95% CI 0.56-1.09; p = 0.14). Lenvatinib was associated with longer progression-free
survival (median 5.4 vs 3.2 months; HR 0.63; 95% CI 0.46-0.87; p = 0.005). The objective response rate was 22.9%
versus 7.3%, and the disease control rate was 69.8% versus 50.0%, respectively. Grade 3 or higher adverse events
occurred in 37.5% of the lenvatinib group and 29.2% of the sorafenib group; hand-foot skin reaction was more
frequent with sorafenib (18.8% vs 6.3%).

Conclusion: Compared with sorafenib, lenvatinib provided better tumour control and progression-free survival,
with a similar overall survival, in routine clinical practice.
""",
    [
        g("N", "overall", 312),
        g("N", LEN, 118),
        g("N", SOR, 194),
        g("N", LEN, 96),
        g("N", SOR, 96),
        g("mOS", LEN, 14.2),
        g("mOS", SOR, 11.6),
        g("HR_OS", LEN, 0.78, 0.56, 1.09),
        g("mPFS", LEN, 5.4),
        g("mPFS", SOR, 3.2),
        g("HR_PFS", LEN, 0.63, 0.46, 0.87),
        g("ORR", LEN, 22.9),
        g("ORR", SOR, 7.3),
        g("DCR", LEN, 69.8),
        g("DCR", SOR, 50.0),
        g("AE_G3plus", LEN, 37.5),
        g("AE_G3plus", SOR, 29.2),
    ],
)

add(
    3,
    "STRIDE early experience: N + first-line sub-cohort with its ORR, NR upper CI bound, IRAE and TRAE discontinuation",
    "structured PubMed abstract (Oncologist-type US early experience)",
    """
Background: Durvalumab plus tremelimumab (STRIDE) was approved for unresectable HCC in 2022. Early experience
outside clinical trials has rarely been reported from the United States.

Methods: We performed a retrospective study at four US academic centres of patients treated with a single dose
of tremelimumab 300 mg plus durvalumab 1500 mg every 4 weeks between October 2022 and December 2023. Responses
were assessed by RECIST 1.1.

Results: Eighty-seven patients received durvalumab plus tremelimumab, 62 of them as first-line therapy. The
median age was 69 years and 36% had non-viral liver disease. The objective response rate was 19.5% and the
disease control rate was 55.2%; in the first-line subgroup the objective response rate was 22.6%. Median
progression-free survival was 4.1 months (95% CI 3.0-5.6) and median overall survival was 17.2 months (95% CI
11.0-not reached). Immune-mediated adverse events of any grade were observed in 41.4% of patients, and grade 3
or higher immune-mediated events in 11.5%; 25.3% required systemic corticosteroids. Treatment was discontinued
because of treatment-related adverse events in 9.2% of patients.

Conclusions: In this early US experience, STRIDE showed activity and tolerability broadly in line with the
HIMALAYA trial, although immune-mediated toxicity required steroids in a quarter of patients.
""",
    [
        g("N", D_T, 87),
        g("N", D_T, 62),
        g("ORR", D_T, 19.5),
        g("DCR", D_T, 55.2),
        g("ORR", D_T, 22.6),
        g("mPFS", D_T, 4.1, 3.0, 5.6),
        g("mOS", D_T, 17.2, 11.0, None),
        g("IRAE_G3plus", D_T, 11.5),
        g("TRAE_DISC", D_T, 9.2),
    ],
)

add(
    4,
    "biliary real-world single regimen (durvalumab + gemcitabine/cisplatin): unattributed grade >=3 AE and immune-mediated grade >=3",
    "structured PubMed abstract (Liver International-type TOPAZ-1 real-world cohort)",
    """
Background: The TOPAZ-1 trial established durvalumab plus gemcitabine and cisplatin as first-line standard of care
for advanced biliary tract cancer (BTC). We evaluated this regimen in a real-world population.

Methods: Patients with unresectable or metastatic BTC treated with durvalumab 1500 mg plus gemcitabine 1000 mg/m2
and cisplatin 25 mg/m2 at 18 Italian centres were included. The primary endpoint was progression-free survival;
secondary endpoints were overall survival, objective response rate and safety.

Results: Overall, 163 patients were analysed (intrahepatic cholangiocarcinoma 58%, gallbladder cancer 21%). With
a median follow-up of 9.1 months, the median progression-free survival was 7.4 months (95% CI 6.6-8.5) and the
median overall survival was 13.2 months (95% CI 11.5-15.4). The objective response rate was 29.4% and the disease
control rate 81.0%. Grade 3 or 4 adverse events were reported in 38.7% of patients, mainly neutropenia and anaemia.
Immune-mediated adverse events occurred in 19.6% of patients, and were of grade 3 or higher in 2.5%. ECOG
performance status 1 was associated with worse overall survival (HR 1.68, 95% CI 1.07-2.64).

Conclusions: Durvalumab plus gemcitabine and cisplatin reproduced the efficacy and safety observed in TOPAZ-1 in
routine practice.
""",
    [
        g("N", GCD, 163),
        g("mPFS", GCD, 7.4, 6.6, 8.5),
        g("mOS", GCD, 13.2, 11.5, 15.4),
        g("ORR", GCD, 29.4),
        g("DCR", GCD, 81.0),
        g("AE_G3plus", GCD, 38.7),
        g("IRAE_G3plus", GCD, 2.5),
    ],
)

add(
    5,
    "gastric two-arm real-world comparison with HRs and a CPS >=5 subgroup",
    "structured PubMed abstract (Frontiers in Immunology-type gastric cancer comparison)",
    """
Background: Nivolumab plus chemotherapy improved survival in CheckMate 649. This study compared nivolumab plus
chemotherapy with chemotherapy alone as first-line treatment for HER2-negative advanced gastric or
gastroesophageal junction adenocarcinoma in clinical practice.

Methods: Patients treated at three Chinese hospitals between 2021 and 2023 were retrospectively reviewed.
Chemotherapy consisted of an oxaliplatin-based doublet (XELOX or FOLFOX). Survival was estimated by the
Kaplan-Meier method and compared with Cox regression.

Results: Of 238 patients, 121 received nivolumab plus chemotherapy and 117 chemotherapy alone. The median
progression-free survival was 7.6 months versus 5.3 months (HR 0.69; 95% CI 0.52-0.91; p = 0.009), and the
median overall survival was 15.1 months versus 11.8 months (HR 0.74; 95% CI 0.54-1.01; p = 0.058). The objective
response rate was 52.1% with nivolumab plus chemotherapy and 38.5% with chemotherapy alone; the disease control
rates were 83.5% and 72.6%. In patients with a PD-L1 combined positive score of 5 or more, median overall survival
was 17.3 and 11.2 months, respectively. Treatment-related adverse events of grade 3 or higher occurred in 34.7%
and 28.2% of patients, respectively.

Conclusions: Adding nivolumab to first-line chemotherapy prolonged progression-free survival in routine practice,
with the largest overall survival difference in patients with CPS of 5 or more.
""",
    [
        g("N", "overall", 238),
        g("N", NIVO_CHEMO, 121),
        g("N", "chemotherapy", 117),
        g("mPFS", NIVO_CHEMO, 7.6),
        g("mPFS", "chemotherapy", 5.3),
        g("HR_PFS", NIVO_CHEMO, 0.69, 0.52, 0.91),
        g("mOS", NIVO_CHEMO, 15.1),
        g("mOS", "chemotherapy", 11.8),
        g("HR_OS", NIVO_CHEMO, 0.74, 0.54, 1.01),
        g("ORR", NIVO_CHEMO, 52.1),
        g("ORR", "chemotherapy", 38.5),
        g("DCR", NIVO_CHEMO, 83.5),
        g("DCR", "chemotherapy", 72.6),
        g("mOS", NIVO_CHEMO, 17.3),
        g("mOS", "chemotherapy", 11.2),
        g("TRAE_G3plus", NIVO_CHEMO, 34.7),
        g("TRAE_G3plus", "chemotherapy", 28.2),
    ],
)

CRT = "camrelizumab + rivoceranib + tace"
add(
    6,
    "single-arm phase 2 TACE + camrelizumab + apatinib: ORR by mRECIST with CI and by RECIST, median OS not reached, 12-month OS rate",
    "structured PubMed abstract (Journal of Hepatocellular Carcinoma-type phase 2 trial)",
    """
Purpose: To evaluate the efficacy and safety of transarterial chemoembolization (TACE) combined with camrelizumab
and apatinib in patients with intermediate or advanced HCC.

Patients and Methods: In this single-arm, phase 2 trial, patients with BCLC stage B or C HCC received
conventional TACE followed by camrelizumab 200 mg intravenously every 3 weeks and apatinib 250 mg orally once
daily. The primary endpoint was the objective response rate by mRECIST.

Results: Between March 2021 and June 2022, 58 patients were enrolled; 62.1% had portal vein tumour thrombus. At a
median follow-up of 18.5 months, the objective response rate was 67.2% (95% CI 53.7-79.0) by mRECIST and 36.2% by
RECIST 1.1, and the disease control rate was 89.7%. The median progression-free survival was 11.3 months (95% CI
9.1-14.0). The median overall survival was not reached; the 12-month overall survival rate was 81.0% (95% CI
68.4-89.0). Treatment-related adverse events of grade 3 or higher occurred in 43.1% of patients, most often
hypertension, elevated aminotransferases and decreased platelet count. No treatment-related deaths occurred.

Conclusion: TACE plus camrelizumab and apatinib showed a high response rate and encouraging survival with
acceptable toxicity, supporting further evaluation in randomised trials.
""",
    [
        g("N", CRT, 58),
        g("ORR", CRT, 67.2, 53.7, 79.0),
        g("ORR", CRT, 36.2),
        g("DCR", CRT, 89.7),
        g("mPFS", CRT, 11.3, 9.1, 14.0),
        g("mOS", CRT, None),
        g("OS_RATE", CRT, 81.0, 68.4, 89.0),
        g("TRAE_G3plus", CRT, 43.1),
    ],
)

add(
    7,
    "second-line after Atez/Bev: two TKIs with per-arm n, medians, HRs, ORR/DCR pairs, unattributed grade >=3 AEs",
    "structured PubMed abstract (Liver Cancer-type European second-line study)",
    """
Introduction: Optimal second-line therapy after progression on atezolizumab plus bevacizumab remains undefined.
We compared lenvatinib and sorafenib in this setting.

Methods: This retrospective study included patients from 11 European centres who received lenvatinib or sorafenib
as second-line therapy after atezolizumab plus bevacizumab failure between 2020 and 2024. Survival was measured
from the start of second-line treatment, and multivariable Cox regression was adjusted for ALBI grade, ECOG
performance status and AFP.

Results: Among 142 patients, 84 received lenvatinib and 58 received sorafenib. The median age was 67 years and 78.2%
of patients were Child-Pugh class A at the start of second-line therapy. Median overall survival was 10.8
months with lenvatinib versus 7.1 months with sorafenib (HR 0.66; 95% CI 0.45-0.97; p = 0.033). Median
progression-free survival was 4.6 versus 2.4 months (HR 0.58; 95% CI 0.40-0.84; p = 0.004). The objective
response rate was 11.9% with lenvatinib and 3.4% with sorafenib, and disease control was achieved in 63.1% and
39.7%, respectively. Grade 3 or higher adverse events occurred in 29.8% and 25.9% of patients; the most frequent
were fatigue, hypertension and diarrhoea. Median duration of first-line therapy was 6.2 months.

Conclusions: In patients progressing on atezolizumab plus bevacizumab, second-line lenvatinib was associated with
longer survival than sorafenib, with comparable toxicity.
""",
    [
        g("N", "overall", 142),
        g("N", LEN, 84),
        g("N", SOR, 58),
        g("mOS", LEN, 10.8),
        g("mOS", SOR, 7.1),
        g("HR_OS", LEN, 0.66, 0.45, 0.97),
        g("mPFS", LEN, 4.6),
        g("mPFS", SOR, 2.4),
        g("HR_PFS", LEN, 0.58, 0.40, 0.84),
        g("ORR", LEN, 11.9),
        g("ORR", SOR, 3.4),
        g("DCR", LEN, 63.1),
        g("DCR", SOR, 39.7),
        g("AE_G3plus", LEN, 29.8),
        g("AE_G3plus", SOR, 25.9),
    ],
)

TL = "tislelizumab + lenvatinib"
add(
    8,
    "single-arm phase 2 first-line: ORR with CI, mDOR with NE upper bound, median OS not reached, OS rate, TRAE discontinuation",
    "structured PubMed abstract (BMC Medicine-type phase 2 trial)",
    """
Background: Combining PD-1 blockade with a multikinase inhibitor may enhance antitumour activity in HCC. We
assessed tislelizumab plus lenvatinib as first-line treatment for unresectable HCC.

Methods: This open-label, multicentre, phase 2 study enrolled adults with unresectable HCC, Child-Pugh class A and
no prior systemic therapy. Patients received tislelizumab 200 mg every 3 weeks plus lenvatinib 8 or 12 mg daily
according to body weight. The primary endpoint was objective response rate by independent review per RECIST 1.1.

Results: Sixty-four patients were enrolled and treated. The objective response rate was 40.6% (95% CI
28.5-53.6), including three complete responses, and the disease control rate was 87.5%. The median duration of
response was 12.5 months (95% CI 8.3-not estimable). The median progression-free survival was 8.2 months (95% CI
6.9-11.0); median overall survival was not reached, with a 12-month overall survival rate of 77.8%.
Treatment-related adverse events of grade 3 or higher were reported in 37.5% of patients, and 7.8% discontinued
treatment owing to treatment-related adverse events. Lenvatinib dose reductions were needed in 46.9%.

Conclusions: Tislelizumab plus lenvatinib showed promising antitumour activity and a manageable safety profile as
first-line therapy for unresectable HCC.
""",
    [
        g("N", TL, 64),
        g("ORR", TL, 40.6, 28.5, 53.6),
        g("DCR", TL, 87.5),
        g("mDOR", TL, 12.5, 8.3, None),
        g("mPFS", TL, 8.2, 6.9, 11.0),
        g("mOS", TL, None),
        g("OS_RATE", TL, 77.8),
        g("TRAE_G3plus", TL, 37.5),
        g("TRAE_DISC", TL, 7.8),
    ],
)

add(
    9,
    "gastric single-regimen observational study: ORR with CI on a measurable-disease denominator, CPS sub-cohorts with n",
    "unstructured PubMed abstract (Gastric Cancer-type Japanese observational study)",
    """
Nivolumab plus chemotherapy is the standard first-line treatment for HER2-negative advanced gastric cancer, but
real-world data are limited. In this multicentre observational study, we enrolled untreated patients with advanced
or recurrent gastric cancer who started nivolumab plus chemotherapy at 19 Japanese institutions between 2021 and
2023. A total of 312 patients were analysed; the median age was 71 years and 27.6% were aged 75 years or older.
Among the 231 patients with measurable lesions, the objective response rate was 58.9% (95% CI 52.4-65.2). The
median progression-free survival was 7.2 months (95% CI 6.3-8.0) and the median overall survival was 16.9 months
(95% CI 14.5-19.8). By PD-L1 expression, median progression-free survival was 7.9 months in patients with a CPS of
5 or more (n = 148) and 6.4 months in those with a CPS below 5 (n = 121). Treatment-related adverse events of grade
3 or higher occurred in 36.2% of patients; peripheral sensory neuropathy was the most common event leading to
oxaliplatin discontinuation. The median follow-up was 12.1 months. These results support the effectiveness and
safety of nivolumab plus chemotherapy in routine Japanese practice, including in patients with low PD-L1
expression.
""",
    [
        g("N", NIVO_CHEMO, 312),
        g("N", NIVO_CHEMO, 148),
        g("N", NIVO_CHEMO, 121),
        g("ORR", NIVO_CHEMO, 58.9, 52.4, 65.2),
        g("mPFS", NIVO_CHEMO, 7.2, 6.3, 8.0),
        g("mOS", NIVO_CHEMO, 16.9, 14.5, 19.8),
        g("mPFS", NIVO_CHEMO, 7.9),
        g("mPFS", NIVO_CHEMO, 6.4),
        g("TRAE_G3plus", NIVO_CHEMO, 36.2),
    ],
)

add(
    10,
    "first-line Atez/Bev vs lenvatinib (IPTW): medians with HRs, ORR/DCR by mRECIST, TRAE pairs",
    "structured PubMed abstract (Hepatology Research-type Japanese multicentre comparison)",
    """
Aim: To compare atezolizumab plus bevacizumab (Atez/Bev) with lenvatinib as first-line treatment for unresectable
HCC in clinical practice.

Methods: Patients who started Atez/Bev or lenvatinib at 14 Japanese institutions from 2019 to 2023 were enrolled.
Inverse probability of treatment weighting (IPTW) was used to adjust for differences in age, ALBI score, BCLC
stage and AFP. Response was evaluated by mRECIST.

Results: Of 406 patients, 241 received Atez/Bev and 165 received lenvatinib. After IPTW adjustment, the median
overall survival was 20.1 months in the Atez/Bev group and 16.4 months in the lenvatinib group (HR 0.79; 95% CI
0.61-1.03; p = 0.08). The median progression-free survival was 7.8 and 6.1 months, respectively (HR 0.83; 95% CI
0.66-1.05). The objective response rate was 31.1% with Atez/Bev and 37.6% with lenvatinib, with disease control
rates of 74.3% and 78.8%. Treatment-related adverse events of grade 3 or more were less frequent with Atez/Bev
(16.2% vs 34.5%). Liver function, measured by the ALBI score, was better preserved at 12 weeks in the Atez/Bev
group.

Conclusion: Atez/Bev and lenvatinib yielded similar survival, but Atez/Bev had a more favourable safety profile.
""",
    [
        g("N", "overall", 406),
        g("N", A_B, 241),
        g("N", LEN, 165),
        g("mOS", A_B, 20.1),
        g("mOS", LEN, 16.4),
        g("HR_OS", A_B, 0.79, 0.61, 1.03),
        g("mPFS", A_B, 7.8),
        g("mPFS", LEN, 6.1),
        g("HR_PFS", A_B, 0.83, 0.66, 1.05),
        g("ORR", A_B, 31.1),
        g("ORR", LEN, 37.6),
        g("DCR", A_B, 74.3),
        g("DCR", LEN, 78.8),
        g("TRAE_G3plus", A_B, 16.2),
        g("TRAE_G3plus", LEN, 34.5),
    ],
)

add(
    11,
    "biliary single regimen (pembrolizumab + gemcitabine/cisplatin): TRAE and immune-related grade >=3; specific AE distractor",
    "structured PubMed abstract (Cancers-type Korean KEYNOTE-966 regimen cohort)",
    """
Background: Following KEYNOTE-966, pembrolizumab combined with gemcitabine and cisplatin became a first-line option
for advanced biliary tract cancer. We report outcomes from Korean tertiary centres.

Methods: We retrospectively analysed patients with unresectable or metastatic BTC who received pembrolizumab 200 mg
plus gemcitabine and cisplatin every 3 weeks between January 2023 and June 2024 at five hospitals. Response was
assessed by RECIST 1.1.

Results: In total, 118 patients were included, with a median age of 66 years; 61.0% had intrahepatic cholangiocarcinoma and 19.5% had received
prior surgery. The median overall survival was 12.4 months (95% CI 10.6-14.9) and the median progression-free
survival was 6.5 months (95% CI 5.7-7.4). The objective response rate was 24.6%, and the disease control rate was
73.7%. Grade 3 or higher treatment-related adverse events were reported in 51.7% of patients, predominantly
neutropenia (33.1%) and anaemia (14.4%). Immune-related adverse events of grade 3 or higher occurred in 5.1%.
Cisplatin was discontinued early in 22.9% of patients because of renal impairment or fatigue.

Conclusions: Pembrolizumab plus gemcitabine and cisplatin was effective and tolerable in Korean patients with
advanced BTC, with haematological toxicity as the principal concern.
""",
    [
        g("N", GCP, 118),
        g("mOS", GCP, 12.4, 10.6, 14.9),
        g("mPFS", GCP, 6.5, 5.7, 7.4),
        g("ORR", GCP, 24.6),
        g("DCR", GCP, 73.7),
        g("TRAE_G3plus", GCP, 51.7),
        g("IRAE_G3plus", GCP, 5.1),
    ],
)

CABO = "cabozantinib"
add(
    12,
    "cabozantinib after immunotherapy: single regimen, prior-therapy counts without own results (not N), dose reduction distractor",
    "structured PubMed abstract (Oncologist-type US second-line cohort)",
    """
Background: Cabozantinib is approved after sorafenib, but its activity after first-line immune checkpoint
inhibitor combinations is less well described.

Methods: We reviewed patients with advanced HCC who received cabozantinib after progression on, or intolerance to,
first-line immunotherapy at six US cancer centres between 2020 and 2024. Efficacy was assessed by RECIST 1.1 and
adverse events by CTCAE 5.0.

Results: A total of 71 patients were treated with cabozantinib; 52 had previously received atezolizumab plus
bevacizumab and 19 durvalumab plus tremelimumab. The starting dose was 40 mg daily in 63.4% of patients. Median
overall survival from the start of cabozantinib was 8.9 months (95% CI 6.8-11.2) and median progression-free
survival was 3.6 months (95% CI 2.8-4.5). The objective response rate was 5.6% and the disease control rate was
57.7%. Treatment-related adverse events of grade 3 or higher occurred in 32.4% of patients, most commonly
palmar-plantar erythrodysesthesia, diarrhoea and fatigue. Dose reductions were required in 54.9%, and 15.5%
discontinued cabozantinib because of treatment-related toxicity.

Conclusions: Cabozantinib retains modest activity after first-line immunotherapy, with outcomes similar to those
in the CELESTIAL trial, but dose modifications are frequent.
""",
    [
        g("N", CABO, 71),
        g("mOS", CABO, 8.9, 6.8, 11.2),
        g("mPFS", CABO, 3.6, 2.8, 4.5),
        g("ORR", CABO, 5.6),
        g("DCR", CABO, 57.7),
        g("TRAE_G3plus", CABO, 32.4),
        g("TRAE_DISC", CABO, 15.5),
    ],
)

ABT = "atezolizumab + bevacizumab + tace"
add(
    13,
    "Atez/Bev with vs without TACE: median OS not reached in one arm, HRs for the combination, unattributed grade >=3 AEs",
    "structured PubMed abstract (Journal of Gastroenterology-type Japanese intermediate-stage comparison)",
    """
Background: The benefit of adding TACE to atezolizumab plus bevacizumab in intermediate-stage HCC with high tumour
burden is unclear.

Methods: Patients with BCLC stage B HCC beyond the up-to-seven criteria who received atezolizumab plus bevacizumab
with or without on-demand TACE at seven Japanese hospitals were retrospectively compared. Tumour response was
evaluated by mRECIST.

Results: Ninety-six patients were analysed: 38 received atezolizumab plus bevacizumab with TACE and 58 received
atezolizumab plus bevacizumab alone. The median progression-free survival was 14.1 months in the TACE combination
group versus 8.3 months in the systemic-therapy-alone group (HR 0.52; 95% CI 0.31-0.88; p = 0.014). The median
overall survival was not reached with the combination and was 24.7 months with atezolizumab plus bevacizumab alone
(HR 0.61; 95% CI 0.30-1.24). The objective response rate was 71.1% versus 43.1%. Grade 3 or higher adverse events
occurred in 34.2% and 24.1% of patients, respectively; post-embolization syndrome was the most frequent event in
the combination group. A transient decline in ALBI score was observed after each TACE session.

Conclusions: Adding TACE to atezolizumab plus bevacizumab prolonged progression-free survival in intermediate-stage
HCC with high tumour burden.
""",
    [
        g("N", "overall", 96),
        g("N", ABT, 38),
        g("N", A_B, 58),
        g("mPFS", ABT, 14.1),
        g("mPFS", A_B, 8.3),
        g("HR_PFS", ABT, 0.52, 0.31, 0.88),
        g("mOS", ABT, None),
        g("mOS", A_B, 24.7),
        g("HR_OS", ABT, 0.61, 0.30, 1.24),
        g("ORR", ABT, 71.1),
        g("ORR", A_B, 43.1),
        g("AE_G3plus", ABT, 34.2),
        g("AE_G3plus", A_B, 24.1),
    ],
)

RAM = "ramucirumab"
add(
    14,
    "ramucirumab later line, spelled-out N, AFP response distractor, unattributed grade >=3 AEs",
    "structured PubMed abstract (Cancer Medicine-type Japanese later-line cohort)",
    """
Background: Ramucirumab is approved for HCC with alpha-fetoprotein (AFP) of 400 ng/mL or higher after sorafenib.
Its role after immunotherapy-based first-line regimens has not been established.

Methods: We retrospectively evaluated patients with AFP of 400 ng/mL or higher who received ramucirumab 8 mg/kg
every 2 weeks after atezolizumab plus bevacizumab at five institutions. The primary endpoint was overall survival.

Results: Forty-five patients were included, with a median age of 73 years; 62.2% had extrahepatic spread. Ramucirumab was given as second-line therapy in 28 and as third-line or
later therapy in 17. The median overall survival was 9.6 months (95% CI 7.0-12.3) and the median progression-free
survival was 2.9 months (95% CI 2.1-4.0). The objective response rate was 6.7% and the disease control rate was
51.1%. An AFP response, defined as a decrease of 20% or more from baseline, was observed in 28.9% of patients.
Adverse events of grade 3 or higher occurred in 17.8%, including hypertension, proteinuria and ascites. Relative
dose intensity was 86.5%.

Conclusions: Ramucirumab showed modest efficacy and acceptable safety after atezolizumab plus bevacizumab in
patients with elevated AFP, and may be considered among sequential treatment options.
""",
    [
        g("N", RAM, 45),
        g("mOS", RAM, 9.6, 7.0, 12.3),
        g("mPFS", RAM, 2.9, 2.1, 4.0),
        g("ORR", RAM, 6.7),
        g("DCR", RAM, 51.1),
        g("AE_G3plus", RAM, 17.8),
    ],
)

add(
    15,
    "gastric elderly vs younger patients on one regimen: age sub-cohorts with n, results per age group, age HR distractor",
    "structured PubMed abstract (Journal of Geriatric Oncology-type age-group analysis)",
    """
Background: Older patients were under-represented in trials of nivolumab plus chemotherapy for advanced gastric
cancer. We compared outcomes by age in routine practice.

Methods: Patients with HER2-negative advanced gastric or gastroesophageal junction adenocarcinoma who received
first-line nivolumab plus chemotherapy at four Korean hospitals were divided into those aged 75 years or older and
those younger than 75 years. Chemotherapy doses could be reduced at the physician's discretion.

Results: Of 196 patients, 58 were aged 75 years or older and 138 were younger than 75. Initial dose reduction of
chemotherapy was more common in older patients (62.1% vs 21.0%). The objective response rate was 48.3% in older
patients and 55.1% in younger patients. Median progression-free survival was 6.2 versus 7.0 months, and median
overall survival was 13.1 versus 15.8 months, respectively. Age was not independently associated with overall
survival (HR 1.18; 95% CI 0.81-1.72). Treatment-related adverse events of grade 3 or higher occurred in 41.4% of
older and 33.3% of younger patients.

Conclusions: Nivolumab plus chemotherapy achieved similar efficacy in patients aged 75 years or older, with a
modestly higher rate of severe toxicity.
""",
    [
        g("N", NIVO_CHEMO, 196),
        g("N", NIVO_CHEMO, 58),
        g("N", NIVO_CHEMO, 138),
        g("ORR", NIVO_CHEMO, 48.3),
        g("ORR", NIVO_CHEMO, 55.1),
        g("mPFS", NIVO_CHEMO, 6.2),
        g("mPFS", NIVO_CHEMO, 7.0),
        g("mOS", NIVO_CHEMO, 13.1),
        g("mOS", NIVO_CHEMO, 15.8),
        g("TRAE_G3plus", NIVO_CHEMO, 41.4),
        g("TRAE_G3plus", NIVO_CHEMO, 33.3),
    ],
)

TLH = "toripalimab + lenvatinib + haic"
add(
    16,
    "single-arm phase 2 HAIC-FOLFOX + lenvatinib + toripalimab: ORR by two criteria, NR upper CI, conversion distractor",
    "structured PubMed abstract (Journal of Clinical Oncology-type phase 2 meeting-derived paper)",
    """
Background: Hepatic arterial infusion chemotherapy (HAIC) with FOLFOX has shown activity in advanced HCC. We
investigated HAIC combined with lenvatinib and toripalimab in patients with high-risk advanced HCC.

Methods: In this single-centre, single-arm phase 2 trial, patients with BCLC stage C HCC received FOLFOX-HAIC every
3 weeks for up to six cycles, lenvatinib 8 mg once daily and toripalimab 240 mg every 3 weeks. The primary endpoint
was progression-free survival.

Results: Thirty-six patients were enrolled; the median age was 52 years, 88.9% had hepatitis B virus infection and
72.2% had portal vein invasion. The median follow-up was 19.3 months. The objective response rate was 63.9%
(95% CI 46.2-79.2) by RECIST 1.1 and 77.8% by mRECIST, and the disease control rate was 91.7%. The median
progression-free survival was 10.4 months (95% CI 8.2-12.6) and the median overall survival was 21.3 months (95%
CI 16.5-not reached). Nine patients (25.0%) were converted to resection. Grade 3 or higher treatment-related
adverse events occurred in 47.2% of patients, most commonly neutropenia, thrombocytopenia and elevated
aminotransferases; there were no treatment-related deaths.

Conclusions: HAIC plus lenvatinib and toripalimab was active and tolerable in advanced HCC and merits a randomised
comparison.
""",
    [
        g("N", TLH, 36),
        g("ORR", TLH, 63.9, 46.2, 79.2),
        g("ORR", TLH, 77.8),
        g("DCR", TLH, 91.7),
        g("mPFS", TLH, 10.4, 8.2, 12.6),
        g("mOS", TLH, 21.3, 16.5, None),
        g("TRAE_G3plus", TLH, 47.2),
    ],
)

LT = "lenvatinib + tace"
add(
    17,
    "lenvatinib + TACE vs lenvatinib, PSM with n per group, HRs for the combination",
    "structured PubMed abstract (Hepatology International-type Chinese multicentre PSM study)",
    """
Background: The LAUNCH trial suggested that adding TACE to lenvatinib improves survival in advanced HCC. We
examined this combination in a larger real-world population.

Methods: Patients with unresectable advanced HCC treated with lenvatinib plus TACE or lenvatinib alone at eight
Chinese centres from 2019 to 2022 were included. Propensity score matching (1:1) adjusted for tumour size, portal
vein tumour thrombus, extrahepatic spread and AFP.

Results: Of 298 eligible patients, 86 were included in each group after matching. Median overall survival was 22.8
months for lenvatinib plus TACE and 15.4 months for lenvatinib alone (HR 0.59; 95% CI 0.40-0.86; p = 0.006).
Median progression-free survival was 10.2 versus 6.3 months (HR 0.55; 95% CI 0.39-0.78; p < 0.001). The objective
response rate by mRECIST was 54.7% in the combination group and 24.4% in the lenvatinib group. Grade 3 or higher
adverse events were reported in 31.4% and 22.1% of patients, respectively; elevated aminotransferases and abdominal
pain were more frequent after TACE. The median number of TACE sessions was two.

Conclusions: Lenvatinib plus TACE was associated with improved survival compared with lenvatinib alone in patients
with advanced HCC.
""",
    [
        g("N", "overall", 298),
        g("N", LT, 86),
        g("N", LEN, 86),
        g("mOS", LT, 22.8),
        g("mOS", LEN, 15.4),
        g("HR_OS", LT, 0.59, 0.40, 0.86),
        g("mPFS", LT, 10.2),
        g("mPFS", LEN, 6.3),
        g("HR_PFS", LT, 0.55, 0.39, 0.78),
        g("ORR", LT, 54.7),
        g("ORR", LEN, 24.4),
        g("AE_G3plus", LT, 31.4),
        g("AE_G3plus", LEN, 22.1),
    ],
)

SL = "sintilimab + lenvatinib"
add(
    18,
    "single-arm phase 2 sintilimab + lenvatinib: ORR with CI, 6-month PFS rate, medians with CI",
    "structured PubMed abstract (Frontiers in Oncology-type phase 2 trial)",
    """
Purpose: To evaluate the efficacy and safety of sintilimab combined with lenvatinib as first-line therapy in
patients with advanced HCC.

Methods: In this prospective, single-arm phase 2 study, patients with BCLC stage B or C HCC not amenable to
locoregional therapy received sintilimab 200 mg intravenously every 3 weeks plus lenvatinib 8 mg (body weight
under 60 kg) or 12 mg (60 kg or more) daily. The primary endpoint was the objective response rate per RECIST 1.1.

Results: Forty-one patients were enrolled between 2020 and 2022; the median age was 56 years and 87.8% had
hepatitis B infection. The objective response rate was 34.1% (95% CI 20.1-50.6) and the disease control rate was
85.4%. The median progression-free survival was 9.0 months (95% CI 6.3-11.7), with a 6-month progression-free
survival rate of 68.3%. The median overall survival was 20.4 months (95% CI 15.2-25.6). Grade 3 or higher
treatment-related adverse events occurred in 29.3% of patients, including hypertension, proteinuria and
hypothyroidism; no grade 5 events were observed. The median follow-up was 21.7 months.

Conclusions: Sintilimab plus lenvatinib showed encouraging efficacy with manageable toxicity as first-line
treatment for advanced HCC.
""",
    [
        g("N", SL, 41),
        g("ORR", SL, 34.1, 20.1, 50.6),
        g("DCR", SL, 85.4),
        g("mPFS", SL, 9.0, 6.3, 11.7),
        g("PFS_RATE", SL, 68.3),
        g("mOS", SL, 20.4, 15.2, 25.6),
        g("TRAE_G3plus", SL, 29.3),
    ],
)

add(
    19,
    "Atez/Bev by Child-Pugh class: single regimen with sub-cohorts, whole-cohort mPFS, prognostic HR distractor",
    "structured PubMed abstract (Hepatology Communications-type US multicentre cohort)",
    """
Background: Patients with Child-Pugh B liver function were excluded from IMbrave150. We evaluated atezolizumab plus
bevacizumab according to Child-Pugh class in a US cohort.

Methods: Adults with unresectable HCC who received at least one dose of atezolizumab plus bevacizumab at five US
academic centres were included. Outcomes were compared between Child-Pugh A and Child-Pugh B patients.

Results: Of 102 patients, 71 had Child-Pugh A and 31 had Child-Pugh B liver function. The median age was 70 years,
54.9% had non-viral liver disease and the median follow-up was 10.2 months. The median progression-free
survival of the whole cohort was 6.2 months (95% CI 5.1-7.4). Median overall survival was 16.4 months in Child-Pugh
A patients and 6.7 months in Child-Pugh B patients; Child-Pugh B was independently associated with death (HR 2.41;
95% CI 1.42-4.09). The objective response rate was 27.0% in Child-Pugh A and 19.4% in Child-Pugh B patients.
Treatment-related adverse events of grade 3 or higher were observed in 15.5% and 22.6%, respectively. Variceal
bleeding occurred in three Child-Pugh B patients.

Conclusions: Atezolizumab plus bevacizumab produced responses in Child-Pugh B patients, but survival was short,
largely reflecting underlying liver dysfunction.
""",
    [
        g("N", A_B, 102),
        g("N", A_B, 71),
        g("N", A_B, 31),
        g("mPFS", A_B, 6.2, 5.1, 7.4),
        g("mOS", A_B, 16.4),
        g("mOS", A_B, 6.7),
        g("ORR", A_B, 27.0),
        g("ORR", A_B, 19.4),
        g("TRAE_G3plus", A_B, 15.5),
        g("TRAE_G3plus", A_B, 22.6),
    ],
)

add(
    20,
    "lenvatinib after STRIDE: small single-regimen cohort, spelled-out N, medians with CI",
    "structured PubMed abstract (Anticancer Research-type small cohort)",
    """
Background/Aim: Little is known about the efficacy of lenvatinib after failure of durvalumab plus tremelimumab. We
evaluated lenvatinib in this setting.

Patients and Methods: Patients with unresectable HCC who started lenvatinib after progression on durvalumab plus
tremelimumab at three hospitals between 2023 and 2025 were retrospectively analysed. Tumour response was evaluated
with mRECIST every 6 to 8 weeks, adverse events were graded with CTCAE version 5.0, and survival was measured
from the start of lenvatinib.

Results: Thirty-three patients were included; the median age was 74 years and the median ALBI score was -2.41. Prior durvalumab plus tremelimumab had been given for a median of 3.7
months. The
median overall survival was 11.2 months (95% CI 7.9-14.5) and the median progression-free survival was 4.8 months
(95% CI 3.4-6.2). The objective response rate was 18.2% and the disease control rate was 72.7%. Grade 3 or higher
treatment-related adverse events occurred in 39.4% of patients, mainly hypertension, proteinuria and anorexia.
Fourteen patients (42.4%) required a dose reduction within the first 8 weeks.

Conclusion: Lenvatinib was active after durvalumab plus tremelimumab, supporting its use as a second-line option.
Prospective studies are needed to define the best sequence of therapies after first-line immunotherapy.
""",
    [
        g("N", LEN, 33),
        g("mOS", LEN, 11.2, 7.9, 14.5),
        g("mPFS", LEN, 4.8, 3.4, 6.2),
        g("ORR", LEN, 18.2),
        g("DCR", LEN, 72.7),
        g("TRAE_G3plus", LEN, 39.4),
    ],
)

GC = "cisplatin + gemcitabine"
add(
    21,
    "biliary durvalumab + GC vs GC alone, per-arm n, HRs for the triplet, unattributed grade >=3 AEs",
    "structured PubMed abstract (Journal of Gastroenterology-type Japanese comparative cohort)",
    """
Background: Durvalumab added to gemcitabine and cisplatin (GC) improved survival in TOPAZ-1. We compared
durvalumab plus GC with GC alone in Japanese clinical practice.

Methods: Patients with unresectable or recurrent biliary tract cancer who started first-line durvalumab plus GC
(from December 2022) or GC alone (2019-2022) at six institutions were included. Multivariable Cox regression was
used to adjust for performance status, primary site and CA19-9.

Results: A total of 156 patients were analysed: 89 received durvalumab plus GC and 67 received GC alone. The median
overall survival was 14.6 months with durvalumab plus GC and 10.9 months with GC alone (adjusted HR 0.71; 95% CI
0.50-0.99; p = 0.045). The median progression-free survival was 7.0 and 5.6 months, respectively (HR 0.80; 95% CI
0.58-1.10). The objective response rate was 23.6% versus 14.9% and the disease control rate 78.7% versus 67.2%.
Grade 3 or higher adverse events occurred in 64.0% of patients receiving durvalumab plus GC and 59.7% of those
receiving GC alone, mostly haematological. Immune-related adverse events of any grade were seen in 12.4% of the
durvalumab group.

Conclusions: Durvalumab plus GC was associated with longer survival than GC alone in routine Japanese practice.
""",
    [
        g("N", "overall", 156),
        g("N", GCD, 89),
        g("N", GC, 67),
        g("mOS", GCD, 14.6),
        g("mOS", GC, 10.9),
        g("HR_OS", GCD, 0.71, 0.50, 0.99),
        g("mPFS", GCD, 7.0),
        g("mPFS", GC, 5.6),
        g("HR_PFS", GCD, 0.80, 0.58, 1.10),
        g("ORR", GCD, 23.6),
        g("ORR", GC, 14.9),
        g("DCR", GCD, 78.7),
        g("DCR", GC, 67.2),
        g("AE_G3plus", GCD, 64.0),
        g("AE_G3plus", GC, 59.7),
    ],
)

DT_ = "donafenib + tace"
add(
    22,
    "donafenib + TACE vs TACE alone, per-arm n, HRs, ORR/DCR by mRECIST, grade >=3 AE pairs",
    "structured PubMed abstract (Journal of Hepatocellular Carcinoma-type Chinese retrospective comparison)",
    """
Objective: To compare the efficacy and safety of TACE combined with donafenib versus TACE alone in patients with
unresectable HCC.

Methods: Patients with unresectable HCC who underwent TACE with or without donafenib (200 mg twice daily) between
January 2021 and December 2023 at two centres were retrospectively analysed. Tumour response was evaluated by
mRECIST.

Results: Of 128 patients, 56 received donafenib plus TACE and 72 received TACE alone. The median progression-free
survival was 9.8 months in the donafenib plus TACE group and 6.1 months in the TACE-alone group (HR 0.57; 95% CI
0.38-0.85; p = 0.006). The median overall survival was 25.3 and 19.6 months, respectively (HR 0.68; 95% CI
0.44-1.05; p = 0.081). The objective response rate was 62.5% versus 41.7%, and the disease control rate was 87.5%
versus 76.4%. Adverse events of grade 3 or higher occurred in 19.6% of patients in the combination group and 8.3%
in the TACE-alone group; hand-foot skin reaction and diarrhoea were the most common donafenib-associated events.
Tumour size greater than 7 cm predicted shorter progression-free survival (HR 1.87; 95% CI 1.18-2.96).

Conclusions: Donafenib plus TACE prolonged progression-free survival compared with TACE alone, with acceptable
additional toxicity.
""",
    [
        g("N", "overall", 128),
        g("N", DT_, 56),
        g("N", "tace", 72),
        g("mPFS", DT_, 9.8),
        g("mPFS", "tace", 6.1),
        g("HR_PFS", DT_, 0.57, 0.38, 0.85),
        g("mOS", DT_, 25.3),
        g("mOS", "tace", 19.6),
        g("HR_OS", DT_, 0.68, 0.44, 1.05),
        g("ORR", DT_, 62.5),
        g("ORR", "tace", 41.7),
        g("DCR", DT_, 87.5),
        g("DCR", "tace", 76.4),
        g("AE_G3plus", DT_, 19.6),
        g("AE_G3plus", "tace", 8.3),
    ],
)

PL = "pembrolizumab + lenvatinib"
add(
    23,
    "pembrolizumab + lenvatinib real-world, line-of-therapy sub-cohorts with n and mPFS, NR upper CI, TRAE discontinuation",
    "structured PubMed abstract (Cancers-type Japanese multicentre cohort)",
    """
Background: Pembrolizumab plus lenvatinib did not meet its primary endpoints in LEAP-002 but is used off-label in
some countries. We report outcomes of this combination in routine practice.

Methods: Patients with unresectable HCC who received pembrolizumab 200 mg every 3 weeks plus lenvatinib at eight
institutions between 2021 and 2024 were analysed retrospectively. Responses were assessed by RECIST 1.1.

Results: Sixty-seven patients were included: 38 received the combination as first-line therapy and 29 as
later-line therapy. The median age was 72 years and 68.7% had non-viral liver disease; the median follow-up was
15.3 months. The objective response rate was 40.3% and the disease control rate was 80.6%. The median
progression-free survival was 7.9 months (95% CI 5.9-9.8), being 9.1 months in first-line and 5.7 months in
later-line patients. The median overall survival was 18.6 months (95% CI 14.0-not reached). Treatment-related
adverse events of grade 3 or higher developed in 58.2% of patients, and 13.4% discontinued both drugs because of
treatment-related adverse events. Hypothyroidism of any grade occurred in 29.9%.

Conclusions: Pembrolizumab plus lenvatinib achieved a high disease control rate in practice, particularly as
first-line therapy, but grade 3 or higher toxicity was frequent.
""",
    [
        g("N", PL, 67),
        g("N", PL, 38),
        g("N", PL, 29),
        g("ORR", PL, 40.3),
        g("DCR", PL, 80.6),
        g("mPFS", PL, 7.9, 5.9, 9.8),
        g("mPFS", PL, 9.1),
        g("mPFS", PL, 5.7),
        g("mOS", PL, 18.6, 14.0, None),
        g("TRAE_G3plus", PL, 58.2),
        g("TRAE_DISC", PL, 13.4),
    ],
)

NI = "nivolumab + ipilimumab"
add(
    24,
    "nivolumab + ipilimumab after Atez/Bev: small cohort, immune-related grade >=3, TRAE discontinuation, steroid distractor",
    "structured PubMed abstract (Journal for ImmunoTherapy of Cancer-type multicentre cohort)",
    """
Background: Dual checkpoint blockade with nivolumab plus ipilimumab is approved after sorafenib, but its activity
after progression on atezolizumab plus bevacizumab is uncertain.

Methods: We conducted a retrospective study at seven centres in the United States and Europe including patients
with HCC who received nivolumab 1 mg/kg plus ipilimumab 3 mg/kg every 3 weeks for four doses, followed by nivolumab
maintenance, after atezolizumab plus bevacizumab.

Results: Thirty-nine patients were treated with nivolumab plus ipilimumab; the median age was 64 years, 82.1% were
Child-Pugh class A, and 74.4% had progressed within 6
months of starting atezolizumab plus bevacizumab. The objective response rate was 17.9% and the disease control rate
was 41.0%. The median progression-free survival was 2.9 months (95% CI 2.2-4.8) and the median overall survival was
9.5 months (95% CI 6.1-13.8) after a median follow-up of 13.0 months. Immune-related adverse events of grade 3 or higher occurred in 20.5% of patients,
most often hepatitis and colitis, and 46.2% received high-dose corticosteroids. Treatment was permanently
discontinued because of treatment-related adverse events in 15.4%.

Conclusions: Nivolumab plus ipilimumab produced durable responses in a minority of patients after atezolizumab plus
bevacizumab, at the cost of substantial immune-related toxicity.
""",
    [
        g("N", NI, 39),
        g("ORR", NI, 17.9),
        g("DCR", NI, 41.0),
        g("mPFS", NI, 2.9, 2.2, 4.8),
        g("mOS", NI, 9.5, 6.1, 13.8),
        g("IRAE_G3plus", NI, 20.5),
        g("TRAE_DISC", NI, 15.4),
    ],
)

add(
    25,
    "nationwide Atez/Bev vs Dur/Tre comparison, HRs above 1 for the first-named Dur/Tre arm, TRAE and IRAE pairs",
    "structured PubMed abstract (Clinical and Molecular Hepatology-type Korean nationwide cohort)",
    """
Background/Aims: Atezolizumab plus bevacizumab (Atez/Bev) and durvalumab plus tremelimumab (Dur/Tre) are both
recommended first-line regimens for unresectable HCC, but they have not been compared head to head. We compared
their outcomes in a Korean nationwide cohort.

Methods: Patients who started Atez/Bev or Dur/Tre as first-line treatment between 2022 and 2024 were identified
from 21 Korean hospitals. Overlap weighting was used to balance baseline characteristics, including
tumour burden, ALBI grade and aetiology.

Results: Of 530 patients, 412 received Atez/Bev and 118 received Dur/Tre. The median overall survival was 17.9
months with Atez/Bev and 15.2 months with Dur/Tre; the weighted HR for death with Dur/Tre versus Atez/Bev was 1.12
(95% CI 0.86-1.46). The median progression-free survival was 6.8 and 4.2 months, respectively (HR for Dur/Tre
versus Atez/Bev 1.31; 95% CI 1.04-1.65). The objective response rate was 28.6% and 21.2%. Treatment-related
adverse events of grade 3 or higher occurred in 14.3% of the Atez/Bev group and 16.9% of the Dur/Tre group, and
immune-mediated adverse events of grade 3 or higher in 3.4% and 9.3%, respectively. Bleeding events were more
frequent with Atez/Bev (7.3% vs 1.7%).

Conclusions: Overall survival was similar with the two regimens, but Atez/Bev was associated with longer
progression-free survival and fewer severe immune-mediated events.
""",
    [
        g("N", "overall", 530),
        g("N", A_B, 412),
        g("N", D_T, 118),
        g("mOS", A_B, 17.9),
        g("mOS", D_T, 15.2),
        g("HR_OS", D_T, 1.12, 0.86, 1.46),
        g("mPFS", A_B, 6.8),
        g("mPFS", D_T, 4.2),
        g("HR_PFS", D_T, 1.31, 1.04, 1.65),
        g("ORR", A_B, 28.6),
        g("ORR", D_T, 21.2),
        g("TRAE_G3plus", A_B, 14.3),
        g("TRAE_G3plus", D_T, 16.9),
        g("IRAE_G3plus", A_B, 3.4),
        g("IRAE_G3plus", D_T, 9.3),
    ],
)


# ---------------------------------------------------------------------------------------------
SPELLED = {
    "Eighty-seven": 87,
    "Sixty-four": 64,
    "Ninety-six": 96,
    "Forty-five": 45,
    "Thirty-six": 36,
    "Forty-one": 41,
    "Thirty-three": 33,
    "Sixty-seven": 67,
    "Thirty-nine": 39,
}


def _lexicon():
    agents, regimens = {}, set()
    for line in LEXICON.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        d = json.loads(line)
        if d["kind"] == "agent":
            agents[d["id"]] = d["rank"]
        else:
            regimens.add(d["id"])
    return agents, regimens


def _check_arm(arm, agents, regimens):
    if arm == "overall" or arm in regimens:
        return
    parts = arm.split(" + ")
    for p in parts:
        assert p in agents, f"arm component not in lexicon: {p!r} ({arm!r})"
    ordered = sorted(parts, key=lambda p: (agents[p], p))
    assert parts == ordered, (
        f"arm not in rank-then-name order: {arm!r} (expected {' + '.join(ordered)!r})"
    )


def _numbers(text):
    nums = {float(m.replace(",", "")) for m in re.findall(r"\d+(?:,\d{3})*(?:\.\d+)?", text)}
    for word, n in SPELLED.items():
        if word in text:
            nums.add(float(n))
    return nums


def check():
    agents, regimens = _lexicon()
    ids = [r["id"] for r in ROWS]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for r in ROWS:
        nums = _numbers(r["text"])
        words = len(r["text"].split())
        assert 180 <= words <= 320, f"{r['id']}: {words} words"
        seen = set()
        for f in r["gold"]:
            assert f["endpoint"] in ENDPOINTS, (r["id"], f)
            _check_arm(f["arm"], agents, regimens)
            key = (f["endpoint"], f["arm"], f["value"], f["ci_low"], f["ci_high"])
            assert key not in seen, f"{r['id']}: duplicate finding {key}"
            seen.add(key)
            for k in ("value", "ci_low", "ci_high"):
                v = f[k]
                if v is not None:
                    assert float(v) in nums, f"{r['id']}: {k} {v} not in text ({f})"
            if f["value"] is not None and f["ci_low"] is not None:
                assert f["ci_low"] <= f["value"], (r["id"], f)
            if f["value"] is not None and f["ci_high"] is not None:
                assert f["value"] <= f["ci_high"], (r["id"], f)


def main():
    check()
    out = HERE / "blind8.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for r in ROWS:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    counts = Counter(f["endpoint"] for r in ROWS for f in r["gold"])
    total = sum(counts.values())
    words = [len(r["text"].split()) for r in ROWS]
    print(f"{len(ROWS)} abstracts, {total} gold findings -> {out}")
    print(f"words per text: {min(words)}-{max(words)}, mean {sum(words) / len(words):.0f}")
    print("  " + " ".join(f"{r['id'][-2:]}:{w}" for r, w in zip(ROWS, words, strict=True)))
    print(
        f"with CI: {sum(1 for r in ROWS for f in r['gold'] if f['ci_low'] is not None or f['ci_high'] is not None)}; "
        f"null values: {sum(1 for r in ROWS for f in r['gold'] if f['value'] is None)}"
    )
    for ep, n in counts.most_common():
        print(f"  {ep:12s} {n}")


if __name__ == "__main__":
    main()
