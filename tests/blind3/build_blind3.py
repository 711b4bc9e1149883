"""Source of truth for the THIRD blind extraction test set (tests/blind3/blind3.jsonl).

    python tests/blind3/build_blind3.py      # regenerate blind3.jsonl

Every text was written for this set in new wording (no sentence copied from a source); trial
names and many numbers are real, some numbers are invented. The gold of each row was written
together with its text, before the extractor was run on anything. Conventions: tests/blind/README.md,
tests/blind2/README.md and tests/blind3/README.md.
"""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).with_name("blind3.jsonl")

ROWS: list[dict] = []


def F(endpoint, arm, value, ci_low=None, ci_high=None):
    return {"endpoint": endpoint, "arm": arm, "value": value, "ci_low": ci_low, "ci_high": ci_high}


def add(num, style, source_style, text, gold):
    ROWS.append(
        {
            "id": f"blind3-{num:02d}",
            "style": style,
            "source_style": source_style,
            "text": text.strip(),
            "gold": gold,
        }
    )


AB = "atezolizumab + bevacizumab"
DT = "durvalumab + tremelimumab"
CAMAPA = "camrelizumab + rivoceranib"
SINBEV = "sintilimab + bevacizumab"

# ---------------------------------------------------------------------------------------------
add(
    1,
    "later-line single-regimen cohort; Child-Pugh A sub-cohort with 'the corresponding figures'; follow-up CI distractor; prior-therapy percentages",
    "PubMed abstract, Korean multicentre retrospective study (structured Background/Methods/Results/Conclusions)",
    """
Real-world effectiveness of cabozantinib in Korean patients with unresectable hepatocellular carcinoma pretreated with immune checkpoint inhibitors

Background: Cabozantinib is approved for previously treated unresectable hepatocellular carcinoma (uHCC), yet most supporting evidence predates the use of immunotherapy in earlier lines. We describe its effectiveness and tolerability in routine care.
Methods: We reviewed 118 consecutive patients with uHCC who started cabozantinib after failure of at least one systemic regimen at five tertiary hospitals between October 2019 and June 2022. The starting dose was 60 mg once daily in 71 patients (60.2%) and 40 mg in the remainder. Tumour response was assessed by RECIST version 1.1.
Results: The median age was 61 years (range, 27-82), and 101 patients (85.6%) were men. Prior agents included sorafenib (n = 97, 82.2%), regorafenib (n = 84, 71.2%) and an immune checkpoint inhibitor (n = 99, 83.9%); cabozantinib was used as fourth-line or later therapy in 92 patients (78.0%). With a median follow-up of 12.4 months (95% CI, 10.9-16.0), the median progression-free survival (PFS) was 3.8 months (95% CI, 3.2-4.7) and the median overall survival (OS) was 7.9 months (95% CI, 6.1-9.8). The objective response rate (ORR) and disease control rate were 4.2% and 64.4%, respectively. Among the 90 patients with Child-Pugh class A, the corresponding figures were an ORR of 5.6%, a median PFS of 4.4 months (95% CI, 3.7-5.9) and a median OS of 9.6 months (95% CI, 7.7-12.1). Grade 3 or higher adverse events of any cause occurred in 38 patients (32.2%), most often palmar-plantar erythrodysaesthesia (9.3%); dose reduction was needed in 47 patients (39.8%).
Conclusions: In heavily pretreated patients, most of whom had received immunotherapy, cabozantinib achieved outcomes in line with the CELESTIAL trial, particularly in those with preserved liver function.
""",
    [
        F("N", "cabozantinib", 118),
        F("mPFS", "cabozantinib", 3.8, 3.2, 4.7),
        F("mOS", "cabozantinib", 7.9, 6.1, 9.8),
        F("ORR", "cabozantinib", 4.2),
        F("DCR", "cabozantinib", 64.4),
        F("N", "cabozantinib", 90),
        F("ORR", "cabozantinib", 5.6),
        F("mPFS", "cabozantinib", 4.4, 3.7, 5.9),
        F("mOS", "cabozantinib", 9.6, 7.7, 12.1),
        F("AE_G3plus", "cabozantinib", 32.2),
    ],
)

add(
    2,
    "conference shorthand (pts, m, bracketed units); two regimens compared; adjusted HR with second-named reference; Child-Pugh class medians pooled across regimens with 'respectively'; TTD distractor",
    "ASCO GI meeting abstract, US multicentre real-world comparison (as reproduced on a cancer-watch bulletin)",
    """
First-line atezolizumab/bevacizumab or durvalumab/tremelimumab for unresectable hepatocellular carcinoma: a six-centre US experience

Background: Two immunotherapy doublets are FDA-approved first-line options for unresectable HCC (uHCC): atezolizumab/bevacizumab (atezo/bev) and durvalumab/tremelimumab (durva/treme). Comparative data are lacking.
Methods: Electronic records of pts with uHCC who initiated atezo/bev or durva/treme between 2017 and 2024 at six institutions were reviewed. Overall survival (OS) and time to treatment discontinuation (TTD) were estimated by Kaplan-Meier and compared with Cox models adjusted for baseline characteristics.
Results: 452 pts were included (atezo/bev, n = 301; durva/treme, n = 151). Median age was 68 years; 77% were male and 81% white. Viral hepatitis (38.9%) and MASH (19.5%) were the leading aetiologies. Progression was the main reason for stopping treatment (56% with atezo/bev and 42% with durva/treme). Outcomes did not differ significantly between regimens: median OS [m] 14.0 vs 14.6 (p = 0.66) and median TTD [m] 4.9 vs 3.9 (p = 0.42) for atezo/bev vs durva/treme. In the adjusted model, the HR for death with durva/treme versus atezo/bev was 1.06 (95% CI 0.80-1.41). Survival differed sharply by Child-Pugh (CP) class at treatment start: median OS for CP A, B7, B8/9 and C was 19.0, 6.1, 5.1 and 2.0 m, respectively (p < 0.001).
Conclusions: In this real-world cohort, atezo/bev and durva/treme gave similar outcomes in the first line; liver function, rather than regimen, drove survival.
""",
    [
        F("N", "overall", 452),
        F("N", AB, 301),
        F("N", DT, 151),
        F("mOS", AB, 14.0),
        F("mOS", DT, 14.6),
        F("HR_OS", DT, 1.06, 0.80, 1.41),
        F("mOS", "overall", 19.0),
        F("mOS", "overall", 6.1),
        F("mOS", "overall", 5.1),
        F("mOS", "overall", 2.0),
    ],
)

add(
    3,
    "eligibility sub-cohorts of one regimen (trial-eligible vs not); prognostic-factor HRs as distractors; endocrine grade >=3 specific-AE counts 'respectively' as distractor",
    "PubMed abstract, Japanese 30-centre real-world STRIDE study (Background and aim / Methods / Results / Conclusions)",
    """
Durvalumab plus tremelimumab in routine practice: outcomes by HIMALAYA trial eligibility in 412 Japanese patients with hepatocellular carcinoma

Background and aim: We assessed the outcomes of durvalumab plus tremelimumab (Dur/Tre) in unselected patients with unresectable hepatocellular carcinoma (HCC), stratified by whether they met the eligibility criteria of the phase 3 HIMALAYA trial.
Methods: A total of 412 patients who started Dur/Tre at 30 Japanese institutions were enrolled. Ninety-two met the HIMALAYA criteria (HIMALAYA group) and 320 did not (non-HIMALAYA group). Prior systemic therapy had been given to 229 patients (55.6%).
Results: The objective response rate was 19.6% in the HIMALAYA group and 12.2% in the non-HIMALAYA group. Median progression-free survival (PFS) was 5.4 months in the HIMALAYA group versus 3.0 months in the non-HIMALAYA group (p = 0.012). On multivariable analysis, a body mass index of 25 kg/m2 or more (hazard ratio [HR], 0.780; 95% confidence interval [CI], 0.612-0.993) and portal vein invasion (HR, 1.509; 95% CI, 1.049-2.170) independently predicted PFS. Median overall survival (OS) reached 19.4 months in the HIMALAYA group and 15.4 months in the non-HIMALAYA group (p = 0.014); performance status of 1 or more (HR, 1.878; 95% CI, 1.253-2.814) and albumin-bilirubin grade 2 or worse (HR, 2.032; 95% CI, 1.319-3.318) were independent determinants of OS. Endocrine dysfunction of any grade developed in 13 (14.1%) and 21 (6.6%) patients, with grade 3 or higher events in 5 (5.4%) and 2 (0.6%), respectively.
Conclusions: Patients who fulfilled the HIMALAYA criteria, and those who did not but kept good hepatic function, did well on Dur/Tre.
""",
    [
        F("N", DT, 412),
        F("N", DT, 92),
        F("N", DT, 320),
        F("ORR", DT, 19.6),
        F("ORR", DT, 12.2),
        F("mPFS", DT, 5.4),
        F("mPFS", DT, 3.0),
        F("mOS", DT, 19.4),
        F("mOS", DT, 15.4),
    ],
)

add(
    4,
    "small cohort split by line; DCR first vs later line; irAE any-grade distractor; specific grade>=3 irAE types plus a total; AE-related withdrawal/discontinuation 'respectively' distractors",
    "PubMed abstract, Japanese two-centre early experience (unstructured)",
    """
Early clinical experience with durvalumab plus tremelimumab for unresectable hepatocellular carcinoma: first-line versus later-line use

We evaluated the efficacy and safety of durvalumab plus tremelimumab (Dur + Tre) in patients with unresectable hepatocellular carcinoma (uHCC) treated in clinical practice. We retrospectively studied 37 patients with uHCC who began Dur + Tre at our institutions between April 2023 and January 2024; 21 received it as first-line therapy and 16 as second- or later-line therapy. Antitumour efficacy was judged by RECIST 1.1. The disease control rate (DCR) was 80.9% in the first-line group, significantly higher than the 50.0% seen in the later-line group. Immune-related adverse events (irAEs) of any grade developed in 24.3% of patients; grade 3 or higher irAEs occurred in 6 patients (16.2%) and comprised transaminase elevation (8.1%), diarrhoea (5.4%) and adrenal insufficiency (2.7%). Drug withdrawal and discontinuation because of adverse events occurred in 23.8% and 19.0% of first-line patients and in 31.2% and 12.5% of later-line patients, respectively, without significant differences. The albumin-bilirubin score did not deteriorate over the first 12 weeks. After progression on first-line therapy, 94.7% of patients moved on to a second-line agent. Dur + Tre in practice performed comparably to the phase III trial, and disease control was better when it was used first.
""",
    [
        F("N", DT, 37),
        F("N", DT, 21),
        F("N", DT, 16),
        F("DCR", DT, 80.9),
        F("DCR", DT, 50.0),
        F("IRAE_G3plus", DT, 16.2),
    ],
)

add(
    5,
    "single-arm phase 2; ORR with fraction and bracketed CI; ORR by prior-line subgroups with sub-cohort n; DOR not reached; TRAE discontinuation and dose delay; safety set equal to enrolled",
    "Liver Cancer (Karger) abstract as shown on PubMed (Introduction/Methods/Results/Conclusion)",
    """
Tislelizumab in previously treated advanced hepatocellular carcinoma (RATIONALE-208): a multiregional, non-randomized, open-label phase 2 study

Introduction: The anti-PD-1 antibody tislelizumab showed preliminary activity in solid tumours including hepatocellular carcinoma (HCC). We evaluated it in patients with advanced HCC after prior systemic treatment.
Methods: Patients with Child-Pugh A, BCLC stage B or C HCC and at least one prior line of systemic therapy received tislelizumab 200 mg intravenously every 3 weeks. The primary endpoint was the objective response rate (ORR) confirmed by independent review per RECIST v1.1. Safety was analysed in all patients given at least one dose.
Results: From April 2018 to February 2019, 249 patients were enrolled and treated; 138 had one prior line and 111 had two or more. After a median study follow-up of 12.7 months, ORR was 13% (32/249; 95% confidence interval [CI], 9-18), with five complete and 27 partial responses. Response did not depend on the number of prior lines (one prior line, 13% [95% CI, 8-20]; two or more, 13% [95% CI, 7-20]). The median duration of response was not reached. Disease control was achieved in 53% of patients, and median overall survival was 13.2 months. Grade 3 or higher treatment-related adverse events were reported in 38 of the 249 patients (15%), most commonly transaminase elevation (4%). Treatment-related adverse events led to discontinuation in 13 patients (5%) and to dose delay in 46 (19%). No deaths were considered treatment related.
Conclusion: Tislelizumab produced durable responses with acceptable tolerability in pretreated advanced HCC, irrespective of the number of prior lines.
""",
    [
        F("N", "tislelizumab", 249),
        F("N", "tislelizumab", 138),
        F("N", "tislelizumab", 111),
        F("ORR", "tislelizumab", 13, 9, 18),
        F("ORR", "tislelizumab", 13, 8, 20),
        F("ORR", "tislelizumab", 13, 7, 20),
        F("mDOR", "tislelizumab", None),
        F("DCR", "tislelizumab", 53),
        F("mOS", "tislelizumab", 13.2),
        F("TRAE_G3plus", "tislelizumab", 15),
        F("TRAE_DISC", "tislelizumab", 5),
    ],
)

add(
    6,
    "single-arm phase 2 first-line cohort; bracketed CI; DOR with range only; TTP and PFS with CIs; landmark OS rate; time-to-cutoff range distractor",
    "Clinical Cancer Research abstract (Purpose / Patients and Methods / Results / Conclusions)",
    """
Pembrolizumab monotherapy in systemic therapy-naive advanced hepatocellular carcinoma: cohort 2 of the phase II KEYNOTE-224 study

Purpose: Cohort 1 of KEYNOTE-224 showed activity of pembrolizumab after sorafenib. We report cohort 2, which enrolled patients with advanced hepatocellular carcinoma (HCC) and no prior systemic therapy.
Patients and Methods: Eligible patients had advanced HCC not amenable or refractory to locoregional therapy, Child-Pugh class A and ECOG performance status 0-1. Pembrolizumab 200 mg was given intravenously every 3 weeks for up to 2 years. The primary endpoint was ORR by central imaging review per RECIST v1.1; secondary endpoints included duration of response (DOR), disease control rate (DCR), time to progression (TTP), progression-free survival (PFS), overall survival (OS) and safety.
Results: Fifty-one patients were allocated to cohort 2 between September 2018 and February 2019. At data cutoff the median time from first dose was 27 months (range, 23-29). The ORR was 16% [95% confidence interval (CI), 7-29] and was consistent across key subgroups; median DOR was 16 months (range, 3-24+) and DCR was 57%. Median PFS was 4 months (95% CI, 2-8) and median TTP 4 months (95% CI, 3-9). Median OS was 17 months (95% CI, 8-23), and the estimated 24-month OS rate was 35% (95% CI, 22-48). Grade 3 or worse treatment-related adverse events occurred in 16% of patients; 3 patients (6%) discontinued because of a treatment-related event.
Conclusions: First-line pembrolizumab gave durable responses and encouraging survival in advanced HCC, supporting further study of pembrolizumab-based regimens.
""",
    [
        F("N", "pembrolizumab", 51),
        F("ORR", "pembrolizumab", 16, 7, 29),
        F("mDOR", "pembrolizumab", 16),
        F("DCR", "pembrolizumab", 57),
        F("mPFS", "pembrolizumab", 4, 2, 8),
        F("mTTP", "pembrolizumab", 4, 3, 9),
        F("mOS", "pembrolizumab", 17, 8, 23),
        F("OS_RATE", "pembrolizumab", 35, 22, 48),
        F("TRAE_G3plus", "pembrolizumab", 16),
        F("TRAE_DISC", "pembrolizumab", 6),
    ],
)

add(
    7,
    "randomised 2:1 longer follow-up; '(pembrolizumab, n = 278; placebo, n = 135)'; landmark OS and PFS rates at 36 months with '(95% CI)' after the endpoint name; 0% rate without CI; range in parentheses after time-to-cutoff; HRs with 'one-sided' p",
    "Liver Cancer (Karger) abstract on PubMed, extended follow-up of a phase 3 trial",
    """
Pembrolizumab as second-line therapy for advanced hepatocellular carcinoma: extended follow-up of the phase 3 KEYNOTE-240 study

Introduction: KEYNOTE-240 showed a favourable benefit/risk profile for pembrolizumab over placebo in sorafenib-treated advanced hepatocellular carcinoma (HCC), although the prespecified significance thresholds for overall survival (OS) and progression-free survival (PFS) were not met. We report results after about 18 additional months of follow-up.
Methods: Adults with advanced HCC previously treated with sorafenib were randomized 2:1 to pembrolizumab 200 mg every 3 weeks or placebo, both with best supportive care. OS and PFS (RECIST v1.1, blinded independent central review) were the dual primary endpoints.
Results: In total, 413 patients were randomized (pembrolizumab, n = 278; placebo, n = 135). The median (range) time from randomization to data cutoff was 39.6 (31.7-48.8) months in the pembrolizumab arm and 39.8 (31.7-47.8) months in the placebo arm. The HR for OS was 0.771 (95% CI, 0.617-0.964; one-sided p = 0.0119) and the HR for PFS was 0.703 (95% CI, 0.559-0.885). Estimated 36-month OS rates (95% CI) were 17.7% (13.4-22.5%) with pembrolizumab and 11.7% (6.8-17.9%) with placebo. The 36-month PFS rate (95% CI) was 8.9% (5.3-13.6%) with pembrolizumab and 0% with placebo. ORR (95% CI) reached 18.3% (14.0-23.4%) versus 4.4% (1.6-9.4%). Immune-mediated hepatitis did not become more frequent with longer follow-up, and no viral hepatitis flares were seen.
Conclusion: With longer follow-up, pembrolizumab kept its OS and PFS advantage over placebo with a consistent safety profile.
""",
    [
        F("N", "overall", 413),
        F("N", "pembrolizumab", 278),
        F("N", "placebo", 135),
        F("HR_OS", "pembrolizumab", 0.771, 0.617, 0.964),
        F("HR_PFS", "pembrolizumab", 0.703, 0.559, 0.885),
        F("OS_RATE", "pembrolizumab", 17.7, 13.4, 22.5),
        F("OS_RATE", "placebo", 11.7, 6.8, 17.9),
        F("PFS_RATE", "pembrolizumab", 8.9, 5.3, 13.6),
        F("PFS_RATE", "placebo", 0),
        F("ORR", "pembrolizumab", 18.3, 14.0, 23.4),
        F("ORR", "placebo", 4.4, 1.6, 9.4),
    ],
)

add(
    8,
    "non-comparative randomised 2:1 two cohorts (with/without SBRT); CIs with NA upper bound; 'respectively' over two arms for OS and PFS; ORR/DCR pairs per cohort; pooled grade>=3 TRAE",
    "Clinical Cancer Research abstract (Purpose / Patients and Methods / Results / Conclusions)",
    """
Camrelizumab plus apatinib with or without stereotactic body radiotherapy as first-line treatment for hepatocellular carcinoma with portal vein tumour thrombus: a randomized, non-comparative phase II trial

Purpose: To assess camrelizumab plus apatinib with or without stereotactic body radiotherapy (SBRT) as first-line therapy for hepatocellular carcinoma (HCC) with type II-IV portal vein tumour thrombus (PVTT).
Patients and Methods: Systemic therapy-naive patients were randomly assigned (2:1) to camrelizumab 200 mg every 3 weeks plus apatinib 250 mg daily, with or without SBRT (36-40 Gy in 6-8 Gy fractions to 95% of the planning target volume). The primary endpoint was overall survival (OS).
Results: Sixty patients were enrolled: 40 to the SBRT cohort and 20 to the non-SBRT cohort. Median OS was 12.7 months (95% CI, 10.2-NA) and 8.6 months (95% CI, 5.6-NA), and median progression-free survival was 4.6 months (95% CI, 3.3-7.0) and 2.5 months (95% CI, 2.0-7.6), in the SBRT and non-SBRT cohorts, respectively. The objective response rate and disease control rate were 47.5% and 72.5% with SBRT, compared with 20.0% and 40.0% without it. Hypertension (55.0%), hand-foot syndrome (51.7%) and leukopenia (50.0%) were the commonest treatment-related adverse events of any grade; grade 3 or higher treatment-related events affected 13 patients (21.7%) across both cohorts.
Conclusions: Camrelizumab-apatinib with or without SBRT was active and tolerable in HCC with PVTT.
""",
    [
        F("N", "overall", 60),
        F("N", "camrelizumab + rivoceranib + sbrt", 40),
        F("N", CAMAPA, 20),
        F("mOS", "camrelizumab + rivoceranib + sbrt", 12.7, 10.2, None),
        F("mOS", CAMAPA, 8.6, 5.6, None),
        F("mPFS", "camrelizumab + rivoceranib + sbrt", 4.6, 3.3, 7.0),
        F("mPFS", CAMAPA, 2.5, 2.0, 7.6),
        F("ORR", "camrelizumab + rivoceranib + sbrt", 47.5),
        F("DCR", "camrelizumab + rivoceranib + sbrt", 72.5),
        F("ORR", CAMAPA, 20.0),
        F("DCR", CAMAPA, 40.0),
        F("TRAE_G3plus", "overall", 21.7),
    ],
)

add(
    9,
    "three arms (mono, duplex, triple) with group nicknames; pooled median OS of all patients; NE-NE CI; 'respectively' over three arms; 'the corresponding median PFS'",
    "Scientific Reports abstract, single-centre retrospective cohort (unstructured)",
    """
Sintilimab alone, with sorafenib, or with sorafenib plus transarterial chemoembolization for unresectable hepatocellular carcinoma: a retrospective cohort study

Immune checkpoint blockade has shown promise in unresectable hepatocellular carcinoma (uHCC). We compared the PD-1 antibody sintilimab combined with sorafenib and transarterial chemoembolization (TACE) against sintilimab monotherapy and sintilimab-sorafenib duotherapy. This 22-month single-centre cohort study in China included 80 patients with uHCC, divided by regimen into a sintilimab group (n = 22), a duplex group receiving sintilimab plus sorafenib (n = 23) and a triple group receiving sintilimab, sorafenib and TACE (n = 35). Child-Pugh class B liver function was present in 42 patients (52.5%) and 56 (70.0%) had BCLC stage C disease. The median overall survival of all patients was 11.0 months (95% CI 7.7-14.3). Median overall survival was 13.0 months (95% CI NE-NE), 9.0 months (95% CI 6.3-11.7) and 3.0 months (95% CI 1.9-4.1) in the triple, duplex and sintilimab groups respectively (p < 0.0001), and the corresponding median progression-free survival was 5.0 months (95% CI 2.9-7.1), 4.0 months (95% CI 2.8-5.2) and 2.0 months (95% CI 1.2-2.8). Objective responses were seen in 28.6%, 13.0% and 4.5% of the three groups. The triple regimen was tolerated without unexpected toxicity. Sintilimab plus sorafenib and TACE may be a useful option for uHCC.
""",
    [
        F("N", "overall", 80),
        F("N", "sintilimab", 22),
        F("N", "sintilimab + sorafenib", 23),
        F("N", "sintilimab + sorafenib + tace", 35),
        F("mOS", "overall", 11.0, 7.7, 14.3),
        F("mOS", "sintilimab + sorafenib + tace", 13.0, None, None),
        F("mOS", "sintilimab + sorafenib", 9.0, 6.3, 11.7),
        F("mOS", "sintilimab", 3.0, 1.9, 4.1),
        F("mPFS", "sintilimab + sorafenib + tace", 5.0, 2.9, 7.1),
        F("mPFS", "sintilimab + sorafenib", 4.0, 2.8, 5.2),
        F("mPFS", "sintilimab", 2.0, 1.2, 2.8),
        F("ORR", "sintilimab + sorafenib + tace", 28.6),
        F("ORR", "sintilimab + sorafenib", 13.0),
        F("ORR", "sintilimab", 4.5),
    ],
)

add(
    10,
    "combination vs control group with bevacizumab biosimilar (IBI305 written out); 'which in the control group was ... respectively'; mRECIST ORR/DCR pairs; severe-AE p only",
    "Chinese journal English abstract (Objective / Methods / Results / Conclusion)",
    """
Transarterial chemoembolization combined with sintilimab and a bevacizumab biosimilar for unresectable hepatocellular carcinoma

Objective: To investigate the efficacy and safety of transarterial chemoembolization (TACE) combined with sintilimab and the bevacizumab biosimilar IBI305 in unresectable hepatocellular carcinoma (uHCC).
Methods: The records of 64 patients with uHCC treated at the First Affiliated Hospital of Soochow University between January 2021 and December 2023 were analysed retrospectively. Patients were divided into a combination group (n = 43; TACE plus sintilimab and bevacizumab biosimilar) and a control group (n = 21; sintilimab and bevacizumab biosimilar only). Survival was estimated by the Kaplan-Meier method; response was assessed by mRECIST.
Results: The median overall survival (mOS) and median progression-free survival (mPFS) in the combination group were 22.3 months and 12.4 months, respectively, which in the control group were 11.6 months and 6.4 months, respectively (P = 0.001 and P = 0.002). Adding TACE reduced the risk of death (HR 0.38, 95% CI 0.19-0.76). The objective response rate (ORR) and disease control rate (DCR) were 62.8% and 95.3% in the combination group, significantly higher than the 19.0% and 57.1% in the control group (both P < 0.01). The incidence of severe adverse events did not differ between groups (P = 0.518).
Conclusion: TACE combined with sintilimab and a bevacizumab biosimilar is more effective than the systemic doublet alone, without extra severe toxicity.
""",
    [
        F("N", "overall", 64),
        F("N", "sintilimab + bevacizumab + tace", 43),
        F("N", SINBEV, 21),
        F("mOS", "sintilimab + bevacizumab + tace", 22.3),
        F("mPFS", "sintilimab + bevacizumab + tace", 12.4),
        F("mOS", SINBEV, 11.6),
        F("mPFS", SINBEV, 6.4),
        F("HR_OS", "sintilimab + bevacizumab + tace", 0.38, 0.19, 0.76),
        F("ORR", "sintilimab + bevacizumab + tace", 62.8),
        F("DCR", "sintilimab + bevacizumab + tace", 95.3),
        F("ORR", SINBEV, 19.0),
        F("DCR", SINBEV, 57.1),
    ],
)

add(
    11,
    "one regimen split by Child-Pugh class (CP-A vs CP-B) with sub-cohort n; 'vs' pairs; NE upper bound; prognostic HR for CP-B as distractor; grade>=3 TRAE pair",
    "PubMed abstract, Chinese multicentre real-world study (unstructured, abbreviations Sin/Bev, CP-A/CP-B)",
    """
Sintilimab plus a bevacizumab biosimilar in advanced hepatocellular carcinoma with Child-Pugh A or B liver function: a multicentre real-world study

Sintilimab plus the bevacizumab biosimilar IBI305 (Sin/Bev) is an approved first-line regimen for unresectable hepatocellular carcinoma (uHCC) in China, but data in patients with impaired liver function are scarce. In this retrospective study, 99 patients with uHCC who received first-line Sin/Bev were included: 73 with Child-Pugh class A (CP-A) and 26 with class B (CP-B). Response was assessed by mRECIST and adverse events were graded with CTCAE v5.0. The objective response rate was 31.5% in CP-A vs 19.2% in CP-B patients. Median progression-free survival was 8.1 months (95% CI 6.2-10.0) vs 4.2 months (95% CI 2.9-5.5), and median overall survival was 17.6 months (95% CI 14.1-NE) vs 8.3 months (95% CI 5.9-10.7). On multivariable analysis, CP-B status remained associated with death (HR 2.41, 95% CI 1.37-4.24). Treatment-related adverse events of grade 3 or higher occurred in 21.9% vs 23.1% of patients; haemorrhage and thrombocytopenia were the leading severe events in CP-B patients. Time to hepatic decompensation was shorter in the CP-B group (median 5.6 months). Sin/Bev was effective in CP-A patients and had acceptable safety in selected CP-B patients, although their survival was shorter.
""",
    [
        F("N", SINBEV, 99),
        F("N", SINBEV, 73),
        F("N", SINBEV, 26),
        F("ORR", SINBEV, 31.5),
        F("ORR", SINBEV, 19.2),
        F("mPFS", SINBEV, 8.1, 6.2, 10.0),
        F("mPFS", SINBEV, 4.2, 2.9, 5.5),
        F("mOS", SINBEV, 17.6, 14.1, None),
        F("mOS", SINBEV, 8.3, 5.9, 10.7),
        F("TRAE_G3plus", SINBEV, 21.9),
        F("TRAE_G3plus", SINBEV, 23.1),
    ],
)

add(
    12,
    "registry size vs analysed cohort; 'AB' abbreviation; OS given as 'Overall survival for AB was x (95% CI)' without 'median'; TTP and PFS 'respectively'; CR/PR split; any-grade vs grade>=3 TRAE",
    "Hepatology Communications-style abstract on PMC (Background / Methods / Results / Conclusion)",
    """
Atezolizumab plus bevacizumab after prior systemic therapy for hepatocellular carcinoma: a global multicentre observational study

Background: Atezolizumab plus bevacizumab (AB) has markedly improved survival in first-line hepatocellular carcinoma (HCC), but its efficacy and safety after previous systemic treatment are largely unknown.
Methods: We searched our prospectively maintained international registry for patients who received any systemic therapy before AB. Overall survival was the primary endpoint; time to progression, progression-free survival, objective response rate and safety were secondary endpoints.
Results: Of 493 registry patients treated with AB for unresectable HCC, 61 had received prior systemic therapy and formed the study population. Their median age was 66 years, 91.8% were male, and viral hepatitis (59%) and alcohol (23%) were the predominant risk factors. Overall survival for AB was 16.2 months (95% CI, 14.5-17.9); time to progression and progression-free survival were 4.1 (95% CI, 1.5-6.6) and 3.1 (95% CI, 1.1-5.1) months, respectively. The objective response rate was 38.2% (complete response 7.3%, partial response 30.9%). Survival did not depend on treatment line (second vs later) or on the class of previous therapy (tyrosine kinase inhibitor vs immune checkpoint inhibitor). Treatment-related adverse events of any grade were documented in 42.6% of patients and were grade 3 or higher in 13.1%, including one death.
Conclusion: AB appears safe and effective in patients with HCC who have already received systemic therapy.
""",
    [
        F("N", AB, 61),
        F("mOS", AB, 16.2, 14.5, 17.9),
        F("mTTP", AB, 4.1, 1.5, 6.6),
        F("mPFS", AB, 3.1, 1.1, 5.1),
        F("ORR", AB, 38.2),
        F("TRAE_G3plus", AB, 13.1),
    ],
)

add(
    13,
    "prospective single-arm post-IO ramucirumab study stopped early; 6-month PFS rate primary endpoint; planned enrolment and AFP threshold distractors; counts with percentages; AE of any attribution",
    "Japanese prospective study abstract (Aim / Methods / Results / Conclusions), Hepatology Research style",
    """
Ramucirumab for advanced hepatocellular carcinoma after atezolizumab plus bevacizumab or lenvatinib: a prospective single-arm study in Japan

Aim: Since the REACH-2 trial, the first-line treatment of advanced hepatocellular carcinoma (HCC) has moved to atezolizumab plus bevacizumab and lenvatinib. We prospectively evaluated ramucirumab in this setting.
Methods: Patients with advanced HCC, serum alpha-fetoprotein of 400 ng/mL or more, Child-Pugh class A and progression on or intolerance to first-line therapy received ramucirumab 8 mg/kg every 2 weeks. The primary endpoint was the 6-month progression-free survival (PFS) rate. The planned sample size was 50 patients.
Results: Enrolment was slow and the study closed after 17 patients had been treated; 12 (70.6%) had received atezolizumab plus bevacizumab and 5 (29.4%) lenvatinib before entry. The 6-month PFS rate was 14.3% (95% CI, 2.3-36.6), and the median PFS was 3.7 months (95% CI, 2.1-4.6). The median overall survival was 9.5 months (95% CI, 5.2-14.8). One patient achieved a partial response (objective response rate, 5.9%), and disease control was obtained in 10 patients (58.8%); only 5 of the 17 patients progressed at the first scan. Adverse events of grade 3 or higher, regardless of attribution, occurred in 11 patients (64.7%), mainly hypertension and proteinuria.
Conclusions: Although enrolment fell short, ramucirumab after modern first-line regimens gave results broadly consistent with REACH-2.
""",
    [
        F("N", "ramucirumab", 17),
        F("PFS_RATE", "ramucirumab", 14.3, 2.3, 36.6),
        F("mPFS", "ramucirumab", 3.7, 2.1, 4.6),
        F("mOS", "ramucirumab", 9.5, 5.2, 14.8),
        F("ORR", "ramucirumab", 5.9),
        F("DCR", "ramucirumab", 58.8),
        F("AE_G3plus", "ramucirumab", 64.7),
    ],
)

add(
    14,
    "second-line lenvatinib cohort; ORR/DCR with stray 'respectively'; DoR stated without 'median'; 'were 5.0 and 8.5 months, respectively'; subgroup by prior ICI+antiangiogenic with n; grade 3 treatment-related AEs",
    "Frontiers in Oncology abstract, Chinese three-centre retrospective analysis (Objective / Methods / Results / Conclusion)",
    """
Lenvatinib as second-line treatment for unresectable hepatocellular carcinoma after first-line immunotherapy-based or targeted therapy: a retrospective analysis

Objective: To determine the efficacy and safety of second-line lenvatinib in Chinese patients with unresectable hepatocellular carcinoma (HCC).
Methods: Patients who received second-line lenvatinib at three institutions between November 2018 and February 2022 were analysed. Lenvatinib was dosed at 8 mg (body weight <60 kg) or 12 mg (≥60 kg) daily. Tumour response was evaluated every 4-6 weeks by mRECIST.
Results: In total, 50 patients were enrolled; 31 (62.0%) had BCLC stage C disease and 44 (88.0%) were Child-Pugh class A. The objective response rate (ORR) was 18.0% and the disease control rate (DCR) was 74.0%, respectively. The duration of response (DoR) was 6.0 months. The median progression-free survival (PFS) and overall survival (OS) were 5.0 and 8.5 months, respectively. Patients whose first-line regimen combined an immune checkpoint inhibitor with an anti-angiogenic agent (n = 21) had a DCR of 85.7%. Grade 3 treatment-related adverse events occurred in 8 patients (16.0%), chiefly hypertension and hand-foot skin reaction; no grade 4 or 5 events were seen.
Conclusion: Lenvatinib is an effective and tolerable second-line option in unresectable HCC, especially after immunotherapy-based combinations.
""",
    [
        F("N", "lenvatinib", 50),
        F("ORR", "lenvatinib", 18.0),
        F("DCR", "lenvatinib", 74.0),
        F("mDOR", "lenvatinib", 6.0),
        F("mPFS", "lenvatinib", 5.0),
        F("mOS", "lenvatinib", 8.5),
        F("N", "lenvatinib", 21),
        F("DCR", "lenvatinib", 85.7),
        F("TRAE_G3plus", "lenvatinib", 16.0),
    ],
)

add(
    15,
    "conference abstract; arm abbreviations ATEZO/BEV and LEN defined with n; HR inside parentheses without separator 'HR=1.38 95%CI 0.62-3.05'; HR above 1 in favour of the named arm; baseline distractors; decompensation % pair",
    "DDW meeting abstract (Thai single-centre real-world comparison)",
    """
Atezolizumab plus bevacizumab versus lenvatinib as first-line systemic therapy for unresectable hepatocellular carcinoma: a real-world study from Thailand

Background: Atezolizumab plus bevacizumab (ATEZO/BEV) and lenvatinib (LEN) are both first-line options for unresectable hepatocellular carcinoma (HCC). We compared their efficacy and safety and looked for predictors of response.
Methods: Data from 130 patients with unresectable HCC who received LEN (n=52) or ATEZO/BEV (n=78) as first-line therapy between 2020 and 2023 at Chulalongkorn University Hospital were collected retrospectively. Response was assessed by mRECIST.
Results: The mean age was 60.7 ±12.5 years, 107 patients (82.3%) were male and 66.2% had hepatitis B or C. Ninety-seven patients (74.4%) had BCLC stage C and 82 (63.1%) were Child-Pugh A. Compared with LEN, ATEZO/BEV gave a similar median progression-free survival (PFS) (7.1 vs. 5.4 months, HR=1.38 95%CI 0.62-3.05, p=0.43) but a significantly longer median overall survival (OS) (10.6 vs. 7.0 months, HR=2.02 95%CI 1.07-3.84, p=0.03). The objective response rate did not differ between ATEZO/BEV and LEN (23.1% vs. 19.2%, p=0.60). Extrahepatic spread, BCLC stage C, bilirubin, sodium and AFP were associated with response to ATEZO/BEV. Diarrhoea and fatigue were more frequent with LEN, whereas infection and gastrointestinal bleeding were more frequent with ATEZO/BEV. Liver decompensation occurred in 14.1% with ATEZO/BEV and 15.4% with LEN.
Conclusion: ATEZO/BEV prolonged OS compared with LEN in this cohort.
""",
    [
        F("N", "overall", 130),
        F("N", "lenvatinib", 52),
        F("N", AB, 78),
        F("mPFS", AB, 7.1),
        F("mPFS", "lenvatinib", 5.4),
        F("HR_PFS", AB, 1.38, 0.62, 3.05),
        F("mOS", AB, 10.6),
        F("mOS", "lenvatinib", 7.0),
        F("HR_OS", AB, 2.02, 1.07, 3.84),
        F("ORR", AB, 23.1),
        F("ORR", "lenvatinib", 19.2),
    ],
)

add(
    16,
    "target trial emulation; 'Treme+Dur' / 'Atezo+Bev' abbreviations; '640 patients were included in each group'; 1-year and 2-year OS rates with CIs; HR of first-named vs second; irAE timing distractor",
    "Frontiers in Oncology abstract (TriNetX target trial emulation, unstructured paragraphs)",
    """
Comparative effectiveness of atezolizumab plus bevacizumab and tremelimumab plus durvalumab as first-line therapy for advanced hepatocellular carcinoma: a target trial emulation

Head-to-head evidence comparing atezolizumab plus bevacizumab (Atezo+Bev) with tremelimumab plus durvalumab (Treme+Dur) in advanced hepatocellular carcinoma (HCC) is limited. We compared their real-world effectiveness and safety using a target trial emulation framework.

Using the TriNetX research network, we identified adults aged 20 years or older with HCC (ICD-10 C22.0) who started first-line Atezo+Bev or Treme+Dur between November 2022 and November 2024. Baseline characteristics were balanced by 1:1 propensity score matching. The primary outcome was overall survival (OS); secondary outcomes were 1- and 2-year OS and organ-specific immune-related adverse events within 12 months.

After matching, 640 patients were included in each group; residual imbalance remained for albumin, INR and platelet count (standardized mean differences >0.1). The 1-year OS rate was 62.4% (95% CI, 58.3-66.2) with Atezo+Bev and 55.1% (95% CI, 50.8-59.2) with Treme+Dur, whereas 2-year OS rates were similar at 38.0% (95% CI, 33.1-42.9) and 36.5% (95% CI, 31.2-41.8). Overall survival did not differ significantly between groups (HR for Atezo+Bev vs Treme+Dur, 0.91; 95% CI, 0.77-1.07). Respiratory immune-related events appeared earlier with Treme+Dur (median 41 vs 77 days).

The two regimens gave comparable long-term survival, with an early survival edge for Atezo+Bev.
""",
    [
        F("N", AB, 640),
        F("N", DT, 640),
        F("OS_RATE", AB, 62.4, 58.3, 66.2),
        F("OS_RATE", DT, 55.1, 50.8, 59.2),
        F("OS_RATE", AB, 38.0, 33.1, 42.9),
        F("OS_RATE", DT, 36.5, 31.2, 41.8),
        F("HR_OS", AB, 0.91, 0.77, 1.07),
    ],
)

add(
    17,
    "meta-analysis of one regimen by liver function; pooled counts per Child-Pugh class; grade>=3 AE pair with odds ratio distractor; pooled medians with CIs; pooled prognostic HR distractor",
    "Liver Cancer systematic review and meta-analysis abstract as shown on PubMed (Background / Objectives / Methods / Results / Conclusions)",
    """
Atezolizumab/bevacizumab in hepatocellular carcinoma with impaired liver function: a systematic review and meta-analysis

Background: The safety and outcome of atezolizumab/bevacizumab in patients with Child-Pugh B hepatocellular carcinoma (HCC) are not fully characterized.
Objectives: To summarize the safety and efficacy of atezolizumab/bevacizumab across degrees of liver dysfunction.
Methods: Eight retrospective, non-randomized cohort studies were included, contributing 1,071 Child-Pugh A and 225 Child-Pugh B patients. The albumin-bilirubin grade was also analysed where available.
Results: Grade ≥3 adverse events were observed in 11.8% of Child-Pugh A and 26.8% of Child-Pugh B patients (p = 0.0001), an odds ratio of 0.43 (CI 0.21-0.90). The pooled objective response rate was 27.5% (95% CI 23.9-31.4) in Child-Pugh A and 19.4% (95% CI 13.6-26.9) in Child-Pugh B patients. The pooled median overall survival was 16.8 months (95% CI 14.2-19.4) in class A versus 6.7 months (95% CI 5.1-8.3) in class B, and the pooled HR for death of class B relative to class A was 2.58 (95% CI 1.98-3.36). Results in ALBI grade 3 patients resembled those in Child-Pugh B.
Conclusions: Atezolizumab/bevacizumab is less safe and less effective in Child-Pugh B than in Child-Pugh A patients, although a subgroup with preserved function may still benefit.
""",
    [
        F("N", AB, 1071),
        F("N", AB, 225),
        F("AE_G3plus", AB, 11.8),
        F("AE_G3plus", AB, 26.8),
        F("ORR", AB, 27.5, 23.9, 31.4),
        F("ORR", AB, 19.4, 13.6, 26.9),
        F("mOS", AB, 16.8, 14.2, 19.4),
        F("mOS", AB, 6.7, 5.1, 8.3),
    ],
)

add(
    18,
    "single-arm meta-analysis; studies/patients count; ORR by timing of assessment with CR/PR rates; 'pooled mOS and mPFS were x and y, respectively'; any-grade and grade>=3 AE 'respectively'",
    "BMC Cancer meta-analysis abstract (Background / Methods / Results / Conclusions)",
    """
Efficacy and safety of atezolizumab plus bevacizumab for advanced hepatocellular carcinoma in real-world practice: a single-arm meta-analysis

Background: Atezolizumab plus bevacizumab was approved in 2020 for first-line treatment of advanced hepatocellular carcinoma (HCC). We assessed its effectiveness and tolerability outside trials.
Methods: Web of Science, PubMed and Embase were searched up to September 2022 for real-world studies of atezolizumab plus bevacizumab. Outcomes were pooled overall response (OR), complete response (CR), partial response (PR), median overall survival (mOS), median progression-free survival (mPFS) and adverse events (AEs).
Results: Twenty-three studies comprising 3168 patients were included. For responses assessed by RECIST after more than six weeks of therapy, the pooled OR rate was 26% (95% CI 22%-30%), with CR and PR rates of 2% and 23%, respectively; for assessments at six weeks, the pooled OR rate was 13% (95% CI 9%-17%). The pooled mOS and mPFS were 14.7 months and 6.66 months, respectively. AEs of any grade and of grade 3 or above occurred in 83% and 30% of patients, respectively.
Conclusions: Atezolizumab plus bevacizumab is effective and tolerable in routine practice, with better responses in long-term, first-line, standard-dose use.
""",
    [
        F("N", AB, 3168),
        F("ORR", AB, 26, 22, 30),
        F("ORR", AB, 13, 9, 17),
        F("mOS", AB, 14.7),
        F("mPFS", AB, 6.66),
        F("AE_G3plus", AB, 30),
    ],
)

add(
    19,
    "three first-line regimens; Child-Pugh B sub-cohort spanning regimens; per-regimen n in parentheses; 'respectively' over three arms; treatment HR for PFS vs sorafenib; Child-Pugh score and mALBI prognostic HRs as distractors",
    "Oncology (Karger) abstract, Japanese multicentre cohort (Introduction / Methods / Results / Conclusion)",
    """
Outcomes of first-line sorafenib, lenvatinib or atezolizumab plus bevacizumab in patients with Child-Pugh B unresectable hepatocellular carcinoma

Introduction: Systemic therapy is recommended for hepatocellular carcinoma (HCC) with Child-Pugh A liver function, and evidence in Child-Pugh B is thin. We analysed a cohort treated with sorafenib (Sor), lenvatinib (Len) or atezolizumab plus bevacizumab (Atezo + Bev) to identify prognostic factors.
Methods: A total of 825 patients with advanced HCC and Child-Pugh A or B function received Sor, Len or Atezo + Bev as first-line therapy. Liver function was graded by Child-Pugh score and modified ALBI (mALBI) grade.
Results: Survival worsened stepwise with declining liver function (p < 0.001 for all comparisons). The Child-Pugh B subset comprised 147 patients (Sor, n = 52; Len, n = 61; Atezo + Bev, n = 34). In these patients, median progression-free survival was 2.1, 3.3 and 4.4 months and median overall survival 7.0, 8.1 and 9.2 months with Sor, Len and Atezo + Bev, respectively. A Child-Pugh score of 7 was associated with overall survival (HR 1.62, 95% CI 1.21-2.17), and among patients with a score of 7, mALBI grade 3 was an independent predictor of death (HR 2.05, 95% CI 1.30-3.22). In Child-Pugh B patients, Atezo + Bev was associated with longer PFS than Sor (adjusted HR 0.52, 95% CI 0.31-0.87).
Conclusion: Assessing hepatic reserve helps to select patients for systemic therapy; Atezo + Bev may prolong PFS in patients with a Child-Pugh score of 7.
""",
    [
        F("N", "overall", 825),
        F("N", "overall", 147),
        F("N", "sorafenib", 52),
        F("N", "lenvatinib", 61),
        F("N", AB, 34),
        F("mPFS", "sorafenib", 2.1),
        F("mPFS", "lenvatinib", 3.3),
        F("mPFS", AB, 4.4),
        F("mOS", "sorafenib", 7.0),
        F("mOS", "lenvatinib", 8.1),
        F("mOS", AB, 9.2),
        F("HR_PFS", AB, 0.52, 0.31, 0.87),
    ],
)

add(
    20,
    "post-atezolizumab-bevacizumab nivolumab plus ipilimumab; 'NIVO/IPI'; CI upper bound 'not reached'; landmark 12-month OS; grade>=3 immune-related AEs; discontinuation due to treatment-related toxicity; steroid use distractor",
    "PubMed abstract, US-European multicentre retrospective series (structured)",
    """
Nivolumab plus ipilimumab after progression on atezolizumab-bevacizumab in hepatocellular carcinoma: a multicentre retrospective analysis

Background: Nivolumab plus ipilimumab (NIVO/IPI) is approved after sorafenib, but its activity after first-line atezolizumab-bevacizumab is uncertain.
Methods: We identified patients at eight centres in the United States, Germany and Italy who received NIVO/IPI (nivolumab 1 mg/kg plus ipilimumab 3 mg/kg every 3 weeks for four doses, then nivolumab maintenance) after progression on atezolizumab-bevacizumab. Responses were assessed by RECIST 1.1.
Results: Forty-one patients were included; 29 (70.7%) were Child-Pugh A and 17 (41.5%) had macrovascular invasion. NIVO/IPI was given as second-line therapy in 33 patients (80.5%). The objective response rate was 17.1% (7/41), including two complete responses, and the disease control rate was 43.9%. Median progression-free survival was 2.9 months (95% CI 2.2-4.0) and median overall survival 9.8 months (95% CI 6.3-not reached); the 12-month overall survival rate was 42.0% (95% CI 27.1-56.2). Grade 3 or higher immune-related adverse events occurred in 8 patients (19.5%), most often hepatitis and colitis; 14 patients (34.1%) needed systemic corticosteroids. Treatment was discontinued because of treatment-related toxicity in 5 patients (12.2%).
Conclusions: NIVO/IPI retains meaningful activity in a subset of patients progressing on atezolizumab-bevacizumab, at the cost of notable immune-related toxicity.
""",
    [
        F("N", "nivolumab + ipilimumab", 41),
        F("ORR", "nivolumab + ipilimumab", 17.1),
        F("DCR", "nivolumab + ipilimumab", 43.9),
        F("mPFS", "nivolumab + ipilimumab", 2.9, 2.2, 4.0),
        F("mOS", "nivolumab + ipilimumab", 9.8, 6.3, None),
        F("OS_RATE", "nivolumab + ipilimumab", 42.0, 27.1, 56.2),
        F("IRAE_G3plus", "nivolumab + ipilimumab", 19.5),
        F("TRAE_DISC", "nivolumab + ipilimumab", 12.2),
    ],
)

add(
    21,
    "three second-line TKIs after Atez/Bev; inline-table 'mPFS (95% CI), mo: LEN a (b-c); SOR ...'; pooled OS of all; IPTW HR lenvatinib vs sorafenib; post-progression therapy rates as distractors",
    "German multicentre abstract (Journal of Hepatology / JHEP Reports style, structured Background & Aims / Methods / Results / Conclusions)",
    """
Tyrosine kinase inhibitors after atezolizumab plus bevacizumab in hepatocellular carcinoma: a German multicentre cohort

Background & Aims: Which tyrosine kinase inhibitor (TKI) to use after progression on atezolizumab plus bevacizumab (Atez/Bev) is unclear. We compared lenvatinib (LEN), sorafenib (SOR) and cabozantinib (CABO) in this setting.
Methods: Patients who started a second-line TKI after Atez/Bev at 11 German centres between 2019 and 2023 were included. Inverse probability of treatment weighting (IPTW) was used to compare LEN with SOR.
Results: Of 113 patients, 56 received LEN, 38 SOR and 19 CABO. Median age was 67 years and 23.0% had Child-Pugh B7 function at the start of second-line therapy. Median overall survival for the whole cohort was 9.7 months (95% CI 7.8-11.9). mPFS (95% CI), mo: LEN 4.6 (3.6-5.8); SOR 2.8 (2.1-3.7); CABO 3.9 (2.5-5.5). mOS (95% CI), mo: LEN 11.1 (8.4-14.9); SOR 7.3 (5.0-10.2); CABO 9.4 (6.1-NR). After weighting, LEN was associated with longer PFS than SOR (HR 0.64, 95% CI 0.41-0.99), whereas the OS difference was not significant (HR 0.72, 95% CI 0.44-1.18). ORR was 19.6% with LEN, 5.3% with SOR and 10.5% with CABO. A third line was started by 37.5%, 26.3% and 31.6% of patients, respectively.
Conclusions: After Atez/Bev, lenvatinib provided the longest disease control among the TKIs studied.
""",
    [
        F("N", "overall", 113),
        F("N", "lenvatinib", 56),
        F("N", "sorafenib", 38),
        F("N", "cabozantinib", 19),
        F("mOS", "overall", 9.7, 7.8, 11.9),
        F("mPFS", "lenvatinib", 4.6, 3.6, 5.8),
        F("mPFS", "sorafenib", 2.8, 2.1, 3.7),
        F("mPFS", "cabozantinib", 3.9, 2.5, 5.5),
        F("mOS", "lenvatinib", 11.1, 8.4, 14.9),
        F("mOS", "sorafenib", 7.3, 5.0, 10.2),
        F("mOS", "cabozantinib", 9.4, 6.1, None),
        F("HR_PFS", "lenvatinib", 0.64, 0.41, 0.99),
        F("HR_OS", "lenvatinib", 0.72, 0.44, 1.18),
        F("ORR", "lenvatinib", 19.6),
        F("ORR", "sorafenib", 5.3),
        F("ORR", "cabozantinib", 10.5),
    ],
)

add(
    22,
    "phase Ib/II dose escalation (apatinib dose levels as distractors; '375 mg cohort' size not N); mixed primary liver cancer with HCC subgroup; DLT counts; grade>=3 TRAE in all patients",
    "Journal for ImmunoTherapy of Cancer abstract (Background / Methods / Results / Conclusions)",
    """
Camrelizumab with apatinib in previously treated advanced primary liver cancer: cohort A of a multicentre phase Ib/II trial

Background: Combining an immune checkpoint inhibitor with an anti-angiogenic agent is a rational strategy in several cancers. We assessed camrelizumab plus apatinib in pretreated advanced primary liver cancer (PLC).
Methods: Patients with PLC who had received at least one prior systemic therapy were given camrelizumab 3 mg/kg every 2 weeks plus apatinib at 125, 250, 375 or 500 mg once daily in a 3+3 dose-escalation stage followed by an expansion stage. The primary endpoints were tolerability and safety.
Results: Between April 2017 and July 2019, 28 patients (21 with hepatocellular carcinoma [HCC] and 7 with intrahepatic cholangiocarcinoma) received camrelizumab plus apatinib. Two dose-limiting toxicities (both grade 3 diarrhoea) occurred at 500 mg, so the 375 mg level was expanded; of the 19 patients treated at 375 mg, 8 were reduced to 250 mg within 2 months. Grade 3 or higher treatment-related adverse events occurred in 18 of the 28 patients (64.3%), most commonly hypertension and elevated bilirubin. Among the 21 patients with HCC, the objective response rate was 14.3% and the disease control rate 76.2%; median progression-free survival was 3.7 months (95% CI, 2.0-5.6) and median overall survival 13.2 months (95% CI, 7.4-not reached).
Conclusions: Camrelizumab plus apatinib had manageable toxicity and promising activity in pretreated PLC, supporting 250 mg of apatinib for further study.
""",
    [
        F("N", CAMAPA, 28),
        F("N", CAMAPA, 21),
        F("TRAE_G3plus", CAMAPA, 64.3),
        F("ORR", CAMAPA, 14.3),
        F("DCR", CAMAPA, 76.2),
        F("mPFS", CAMAPA, 3.7, 2.0, 5.6),
        F("mOS", CAMAPA, 13.2, 7.4, None),
    ],
)

add(
    23,
    "trial in progress, no results: planned sample size, design HR, power, alpha, randomisation ratio, eligibility numbers",
    "ASCO trials-in-progress (TPS) abstract",
    """
LEN-TACE-3: a randomized, open-label phase 3 trial of lenvatinib plus transarterial chemoembolization versus lenvatinib alone in unresectable hepatocellular carcinoma beyond up-to-seven criteria (trial in progress)

Background: Adding transarterial chemoembolization (TACE) to lenvatinib may improve outcomes in intermediate-to-advanced hepatocellular carcinoma (HCC) with high intrahepatic tumour burden, but randomized evidence outside China is limited.
Methods: Eligible patients are adults with unresectable HCC beyond the up-to-seven criteria, Child-Pugh score 5-6, ECOG performance status 0-1 and no prior systemic therapy. Patients are randomized 1:1 to lenvatinib (8 mg for body weight <60 kg or 12 mg for ≥60 kg daily) plus on-demand conventional TACE starting on day 8, or lenvatinib alone, stratified by macrovascular invasion, AFP (<400 vs ≥400 ng/mL) and region. The primary endpoint is overall survival; secondary endpoints are progression-free survival per mRECIST, objective response rate, time to untreatable progression and safety. Assuming a hazard ratio of 0.70 for overall survival, 268 deaths provide 80% power at a two-sided alpha of 0.05; the planned sample size is 336 patients. Enrolment began in March 2025 at 42 sites in Japan, Korea and Europe. Clinical trial information: NCT06xxxxxx.
""",
    [],
)

add(
    24,
    "narrative review with epidemiological and approval numbers only; no extractable results",
    "Journal of Hepatocellular Carcinoma (Dove) review abstract",
    """
Sequencing systemic therapy after first-line immunotherapy in hepatocellular carcinoma: current evidence and open questions

Abstract: Hepatocellular carcinoma (HCC) causes more than 800,000 deaths each year and is the third leading cause of cancer death worldwide. Since 2020, immunotherapy combinations have replaced tyrosine kinase inhibitors as the preferred first-line treatment, yet every second-line agent licensed to date (regorafenib, cabozantinib, ramucirumab, pembrolizumab and nivolumab plus ipilimumab) was tested after sorafenib. Only about half of the patients who progress on first-line therapy go on to receive a second line, largely because of deteriorating liver function. In this review we summarize retrospective evidence on tyrosine kinase inhibitors and immunotherapy rechallenge after atezolizumab plus bevacizumab or durvalumab plus tremelimumab, discuss the limits of cross-trial comparison, and outline the eight ongoing randomized trials designed to define the optimal sequence. We also discuss biomarkers, the role of albumin-bilirubin grade in treatment selection, and how locoregional therapy might be integrated into the continuum of care.
""",
    [],
)

add(
    25,
    "prognostic-model study: only cohort size is gold; C-index, prognostic HRs, AUCs and cut-offs as distractors",
    "PubMed abstract, Japanese prognostic score development study (structured)",
    """
A modified ALBI-based score predicts survival in patients with hepatocellular carcinoma treated with atezolizumab plus bevacizumab

Aims: To develop a simple prognostic score for patients receiving atezolizumab plus bevacizumab for unresectable hepatocellular carcinoma.
Methods: We retrospectively analysed 318 patients treated with atezolizumab plus bevacizumab at 12 hospitals between October 2020 and March 2023, randomly split 2:1 into a training set and a validation set. Candidate variables were selected by Cox regression.
Results: Modified ALBI grade 2b or 3 (hazard ratio 2.11; 95% confidence interval 1.45-3.07), AFP of 100 ng/mL or more (hazard ratio 1.74; 1.20-2.52) and macrovascular invasion (hazard ratio 1.58; 1.04-2.40) were independent predictors of overall survival and were combined into a 0-4 point score. The score discriminated well in the training set (C-index 0.72) and the validation set (C-index 0.70), with time-dependent AUCs of 0.76 at 12 months and 0.74 at 18 months. Patients with 0 points made up 31.8% of the cohort.
Conclusions: This readily available score stratifies survival on atezolizumab plus bevacizumab and may help in counselling patients.
""",
    [
        F("N", AB, 318),
    ],
)

add(
    26,
    "one regimen split by baseline AFP (n per subgroup); 'OR rate'; odds ratios as distractors; DCP/AFP response definition distractor",
    "PubMed abstract, Japanese multicentre biomarker study of STRIDE (unstructured)",
    """
Alpha-fetoprotein and des-gamma-carboxy prothrombin as early predictors of objective response to durvalumab plus tremelimumab in hepatocellular carcinoma

Durvalumab plus tremelimumab (Durva/Treme) is a recommended first-line regimen for unresectable hepatocellular carcinoma (HCC). We explored whether tumour markers predict objective response (OR) to Durva/Treme. In this multicentre study, 110 patients with HCC who received Durva/Treme were retrospectively enrolled. The OR rate was 15.5% by RECIST 1.1. Before treatment, multivariable analysis identified only the baseline AFP level as a predictor of OR (odds ratio 3.497, p = 0.029): patients with AFP ≥ 400 ng/mL (n = 39) had a higher OR rate than those with AFP < 400 ng/mL (n = 71) (28.2% vs 8.5%, p = 0.011), whereas progression-free survival did not differ. When a marker response was defined as a reduction of at least 10% from baseline at 4 weeks, both AFP response (odds ratio 6.023) and DCP response (odds ratio 11.657) independently predicted OR, and patients with either response had longer progression-free survival. Serial AFP and DCP measurements can support early decisions during Durva/Treme therapy.
""",
    [
        F("N", DT, 110),
        F("ORR", DT, 15.5),
        F("N", DT, 39),
        F("N", DT, 71),
        F("ORR", DT, 28.2),
        F("ORR", DT, 8.5),
    ],
)

add(
    27,
    "meta-analysis of comparative studies AB vs LEN; pooled patient counts per regimen; pooled HRs for OS and PFS with first-named experimental; risk ratio for ORR and grade>=3 AE risk ratio as distractors; pooled ORRs",
    "Clinical and Experimental Hepatology meta-analysis abstract (Aim / Material and methods / Results / Conclusions)",
    """
Atezolizumab plus bevacizumab versus lenvatinib as first-line therapy for advanced hepatocellular carcinoma: a systematic review and meta-analysis

Aim of the study: To compare the efficacy and safety of atezolizumab plus bevacizumab (AB) and lenvatinib (LEN) as first-line therapy for advanced hepatocellular carcinoma (HCC).
Material and methods: PubMed, Embase and the Cochrane Library were searched up to March 2023 for studies comparing AB with LEN. Pooled hazard ratios (HRs) and risk ratios (RRs) with 95% confidence intervals were calculated with random-effects models.
Results: Nine retrospective studies with 3,524 patients were included (AB 1,347; LEN 2,177). AB was associated with better overall survival than LEN (pooled HR 0.79, 95% CI 0.66-0.95, I2 = 41%), whereas progression-free survival was similar (pooled HR 0.93, 95% CI 0.76-1.13). The pooled objective response rate was 27.9% with AB and 33.4% with LEN (RR 0.91, 95% CI 0.78-1.06). Grade ≥3 adverse events were less frequent with AB (RR 0.72, 95% CI 0.55-0.94). Results were consistent after excluding two studies with high risk of bias.
Conclusions: AB may offer a survival advantage over LEN with fewer severe adverse events, while response and PFS appear comparable.
""",
    [
        F("N", "overall", 3524),
        F("N", AB, 1347),
        F("N", "lenvatinib", 2177),
        F("HR_OS", AB, 0.79, 0.66, 0.95),
        F("HR_PFS", AB, 0.93, 0.76, 1.13),
        F("ORR", AB, 27.9),
        F("ORR", "lenvatinib", 33.4),
    ],
)

add(
    28,
    "propensity-matched locoregional add-on (AB + TACE vs AB alone); '44 matched pairs'; 'not reached vs x'; HR_PFS and HR_OS for the add-on; mRECIST ORR; unmatched arm n",
    "PubMed abstract, Korean multicentre propensity score-matched study (Purpose / Methods / Results / Conclusion)",
    """
On-demand transarterial chemoembolization added to atezolizumab plus bevacizumab for unresectable hepatocellular carcinoma: a propensity score-matched analysis

Purpose: To determine whether adding transarterial chemoembolization (TACE) to atezolizumab plus bevacizumab (Atezo-Bev) improves outcomes in unresectable hepatocellular carcinoma (HCC) with predominantly intrahepatic disease.
Methods: We reviewed 144 patients who started first-line Atezo-Bev at four Korean centres between 2020 and 2023; 48 also underwent on-demand TACE (Atezo-Bev-TACE group) and 96 received Atezo-Bev alone. Propensity score matching (1:1) balanced tumour burden, AFP and liver function. Response was assessed by mRECIST.
Results: After matching, 44 pairs were analysed. Median progression-free survival was 11.5 months (95% CI, 8.3-15.2) in the Atezo-Bev-TACE group and 6.9 months (95% CI, 5.1-8.8) in the Atezo-Bev group (HR, 0.55; 95% CI, 0.35-0.86; P = 0.008). Median overall survival was not reached in the Atezo-Bev-TACE group versus 17.1 months (95% CI, 12.6-NR) with Atezo-Bev alone (HR, 0.62; 95% CI, 0.36-1.07; P = 0.085). The objective response rate was 45.5% versus 27.3%. Post-embolization syndrome occurred in 61.4% of TACE-treated patients, and grade 3 or higher adverse events were seen in 29.5% and 25.0% of the matched groups.
Conclusion: On-demand TACE combined with Atezo-Bev prolonged progression-free survival without excess severe toxicity.
""",
    [
        F("N", "overall", 144),
        F("N", "atezolizumab + bevacizumab + tace", 48),
        F("N", AB, 96),
        F("N", "atezolizumab + bevacizumab + tace", 44),
        F("N", AB, 44),
        F("mPFS", "atezolizumab + bevacizumab + tace", 11.5, 8.3, 15.2),
        F("mPFS", AB, 6.9, 5.1, 8.8),
        F("HR_PFS", "atezolizumab + bevacizumab + tace", 0.55, 0.35, 0.86),
        F("mOS", "atezolizumab + bevacizumab + tace", None),
        F("mOS", AB, 17.1, 12.6, None),
        F("HR_OS", "atezolizumab + bevacizumab + tace", 0.62, 0.36, 1.07),
        F("ORR", "atezolizumab + bevacizumab + tace", 45.5),
        F("ORR", AB, 27.3),
        F("AE_G3plus", "atezolizumab + bevacizumab + tace", 29.5),
        F("AE_G3plus", AB, 25.0),
    ],
)

add(
    29,
    "durvalumab monotherapy vs STRIDE in practice; control named first in the HR ('STRIDE versus durvalumab monotherapy'); immune-mediated grade>=3 AE pair; high-dose steroid distractor",
    "PubMed abstract, Italian-Japanese real-world cohort (structured Background / Methods / Results / Conclusions)",
    """
Durvalumab monotherapy or durvalumab plus tremelimumab in patients with unresectable hepatocellular carcinoma unsuitable for trials: a real-world comparison

Background: Durvalumab alone and the STRIDE regimen (single tremelimumab priming dose plus durvalumab) are both approved first-line options for unresectable hepatocellular carcinoma, but in practice monotherapy is often chosen for frail patients.
Methods: We analysed consecutive patients who started durvalumab monotherapy or STRIDE at nine Italian and Japanese centres. Overall survival was compared with inverse probability of treatment weighting.
Results: In all, 245 patients were treated: 58 with durvalumab monotherapy and 187 with STRIDE. Patients on monotherapy were older (median 78 vs 71 years) and more often Child-Pugh B (34.5% vs 15.0%). The objective response rate was 8.6% with durvalumab and 19.3% with STRIDE. Median overall survival was 11.2 months (95% CI, 7.9-15.0) and 16.9 months (95% CI, 13.8-20.4), respectively. After weighting, the hazard ratio for death with STRIDE versus durvalumab monotherapy was 0.71 (95% CI, 0.49-1.03). Grade 3 or higher immune-mediated adverse events occurred in 5.2% of the monotherapy group and 13.4% of the STRIDE group; high-dose corticosteroids were needed in 3.4% and 11.8%.
Conclusions: STRIDE achieved numerically better outcomes than durvalumab monotherapy, which remains a reasonable choice for patients unfit for combination immunotherapy.
""",
    [
        F("N", "overall", 245),
        F("N", "durvalumab", 58),
        F("N", DT, 187),
        F("ORR", "durvalumab", 8.6),
        F("ORR", DT, 19.3),
        F("mOS", "durvalumab", 11.2, 7.9, 15.0),
        F("mOS", DT, 16.9, 13.8, 20.4),
        F("HR_OS", DT, 0.71, 0.49, 1.03),
        F("IRAE_G3plus", "durvalumab", 5.2),
        F("IRAE_G3plus", DT, 13.4),
    ],
)

add(
    30,
    "case series of regorafenib after atezolizumab plus bevacizumab ('TA regimen'); 160 mg dose and 21/28-day schedule distractors; ORR/DCR; drug-related grade 3 events; specific AE percentage distractor",
    "Journal of Gastrointestinal Oncology case-series abstract (Background / Case description / Conclusions)",
    """
Regorafenib for advanced hepatocellular carcinoma progressing after atezolizumab plus bevacizumab: a case series

Background: Atezolizumab plus bevacizumab (the TA regimen) and regorafenib are established first- and second-line options for advanced hepatocellular carcinoma (HCC), but the activity of regorafenib after TA is poorly documented.
Case Description: We describe 28 consecutive patients who received regorafenib (160 mg once daily, 3 weeks on and 1 week off, with a dose-escalation strategy starting at 80 mg in 17 patients) after progression on the TA regimen at the National Cancer Center, Beijing, between 2021 and 2023. All had Child-Pugh A liver function at the start of regorafenib, and 12 (42.9%) had portal vein tumour thrombus. The objective response rate was 10.7% and the disease control rate 60.7% per mRECIST. Median progression-free survival was 4.1 months (95% CI, 2.9-5.3) and median overall survival 10.3 months (95% CI, 7.2-13.4). Drug-related adverse events of grade 3 occurred in 7 patients (25.0%); hand-foot skin reaction was the most frequent (14.3%), and no grade 4 or 5 events occurred.
Conclusions: Regorafenib showed activity and acceptable tolerability after atezolizumab plus bevacizumab and deserves prospective evaluation in this setting.
""",
    [
        F("N", "regorafenib", 28),
        F("ORR", "regorafenib", 10.7),
        F("DCR", "regorafenib", 60.7),
        F("mPFS", "regorafenib", 4.1, 2.9, 5.3),
        F("mOS", "regorafenib", 10.3, 7.2, 13.4),
        F("TRAE_G3plus", "regorafenib", 25.0),
    ],
)

add(
    31,
    "PubMed page chrome (citation line, PMID, keywords, copyright); HAIC-FOLFOX triple with toripalimab and lenvatinib; screened vs enrolled; landmark 6-month PFS rate as primary endpoint; OS not reached at final analysis then value after extended follow-up; ORR by RECIST and mRECIST; DOR with CI",
    "PubMed abstract page of a European Journal of Cancer single-arm phase II trial",
    """
Eur J Cancer. 2022. doi: 10.1016/j.ejca.2022.07.005.

Lenvatinib, toripalimab plus hepatic arterial infusion chemotherapy in patients with high-risk advanced hepatocellular carcinoma: a biomolecular exploratory, phase II trial

Affiliations
Expand

Abstract
Introduction: Lenvatinib, toripalimab and hepatic arterial infusion chemotherapy (HAIC) with oxaliplatin, leucovorin and 5-fluorouracil (FOLFOX) showed encouraging activity in our earlier retrospective series. We prospectively assessed the efficacy, safety and predictive biomarkers of this triple combination as first-line treatment for high-risk advanced hepatocellular carcinoma (HCC).
Materials and methods: In this single-centre, single-arm phase II trial, 51 participants were screened and 36 received lenvatinib, toripalimab and FOLFOX-HAIC in 21-day cycles. The primary end-point was the progression-free survival (PFS) rate at six months per RECIST.
Results: Of the 36 participants, 86.1% had high-risk features such as Vp4 portal vein invasion or tumour occupying at least 50% of the liver. The primary end-point was met, with a 6-month PFS rate of 80.6% (95% CI, 64.0%-91.8%). Median PFS was 10.4 months (95% CI, 5.8-15.0). Median overall survival (OS) was not reached at the prespecified final analysis; after extended follow-up it was 17.9 months (95% CI, 14.5-21.3). The objective response rate was 63.9% per RECIST and 66.7% per mRECIST, and the median duration of response was 14.4 months (95% CI, 8.9-19.9). Thrombocytopenia, raised aspartate aminotransferase and hypertension were the most common adverse events, and there were no treatment-related deaths. Low levels of both CCL28 and betacellulin marked participants with poor prognosis.
Conclusions: Lenvatinib, toripalimab and FOLFOX-HAIC showed safe and encouraging antitumour activity in high-risk advanced HCC.

Keywords: Hepatic arterial infusion chemotherapy; Hepatocellular carcinoma; Lenvatinib; Toripalimab.

Copyright © 2022 Elsevier Ltd. All rights reserved.

Similar articles
Cited by
""",
    [
        F("N", "toripalimab + lenvatinib + folfox4", 36),
        F("PFS_RATE", "toripalimab + lenvatinib + folfox4", 80.6, 64.0, 91.8),
        F("mPFS", "toripalimab + lenvatinib + folfox4", 10.4, 5.8, 15.0),
        F("mOS", "toripalimab + lenvatinib + folfox4", None),
        F("mOS", "toripalimab + lenvatinib + folfox4", 17.9, 14.5, 21.3),
        F("ORR", "toripalimab + lenvatinib + folfox4", 63.9),
        F("ORR", "toripalimab + lenvatinib + folfox4", 66.7),
        F("mDOR", "toripalimab + lenvatinib + folfox4", 14.4, 8.9, 19.9),
    ],
)

add(
    32,
    "Lancet-style 'Findings' with mid-dot decimals and 'x (y%) of n' safety denominators; single-arm first-line tislelizumab plus lenvatinib; OS not reached with 12-month OS rate; TRAE discontinuation",
    "Lancet-family single-arm phase 2 abstract (Background / Methods / Findings / Interpretation / Funding)",
    """
Tislelizumab plus lenvatinib as first-line treatment for unresectable hepatocellular carcinoma: a multicentre, single-arm, phase 2 trial

Background: Combining PD-1 blockade with lenvatinib is active in hepatocellular carcinoma. We assessed tislelizumab plus lenvatinib in systemic therapy-naive patients.
Methods: In this open-label, single-arm, phase 2 trial done at 14 hospitals in China, adults with unresectable hepatocellular carcinoma, Child-Pugh class A and ECOG performance status 0-1 received tislelizumab 200 mg intravenously every 3 weeks plus lenvatinib 8 mg or 12 mg orally once daily. The primary endpoint was objective response by investigator per RECIST version 1.1.
Findings: Between Dec 3, 2020, and Sept 28, 2021, 66 patients were enrolled and treated; median age was 56·5 years (IQR 49·0-63·0) and 51 (77%) had hepatitis B. At a median follow-up of 18·3 months (IQR 15·9-20·8), 25 patients had a confirmed objective response (38·5% [95% CI 26·7-51·4] of 65 efficacy-evaluable patients), and disease control was achieved in 58 (89·2%). Median progression-free survival was 8·2 months (95% CI 6·9-10·9); median overall survival was not reached, and the 12-month overall survival rate was 77·6% (95% CI 65·4-85·9). Grade 3 or worse treatment-related adverse events occurred in 28 (42·4%) of 66 patients, the most common being hypertension (12 [18%]) and decreased platelet count (6 [9%]). Six (9·1%) patients discontinued treatment because of treatment-related adverse events; there were no treatment-related deaths.
Interpretation: Tislelizumab plus lenvatinib showed promising antitumour activity with manageable toxicity as first-line therapy.
Funding: BeiGene.
""",
    [
        F("N", "tislelizumab + lenvatinib", 66),
        F("ORR", "tislelizumab + lenvatinib", 38.5, 26.7, 51.4),
        F("DCR", "tislelizumab + lenvatinib", 89.2),
        F("mPFS", "tislelizumab + lenvatinib", 8.2, 6.9, 10.9),
        F("mOS", "tislelizumab + lenvatinib", None),
        F("OS_RATE", "tislelizumab + lenvatinib", 77.6, 65.4, 85.9),
        F("TRAE_G3plus", "tislelizumab + lenvatinib", 42.4),
        F("TRAE_DISC", "tislelizumab + lenvatinib", 9.1),
    ],
)


add(
    33,
    "meta-analysis of second-line therapy after first-line immunotherapy; pooled medians of mixed regimens (overall) and per-agent pooled medians; pooled ORR; I2 heterogeneity and study counts as distractors; pooled comparative HR TKI vs",
    "Liver International-style systematic review and meta-analysis abstract (Background & Aims / Methods / Results / Conclusions)",
    """
Second-line systemic therapy after first-line immune checkpoint inhibitor-based treatment for hepatocellular carcinoma: a systematic review and meta-analysis

Background & Aims: Evidence for second-line therapy after immune checkpoint inhibitor (ICI)-based first-line treatment of hepatocellular carcinoma (HCC) comes mostly from small retrospective series. We pooled their results.
Methods: We searched MEDLINE, Embase and conference proceedings to January 2025 for studies reporting outcomes of any systemic agent given after first-line ICI-based therapy. Medians were pooled with a quantile-based method and proportions with random-effects models.
Results: Twenty-seven studies (24 retrospective, 3 prospective) including 2,416 patients were eligible; 71.3% of patients had received atezolizumab plus bevacizumab first line. Across all second-line agents, the pooled median overall survival was 9.4 months (95% CI 8.3-10.6) and the pooled median progression-free survival 3.6 months (95% CI 3.1-4.2), with an objective response rate of 11.8% (95% CI 9.5-14.4; I2 = 58%). By agent, pooled median overall survival was 11.6 months (95% CI 9.8-13.5) for lenvatinib (9 studies, 812 patients), 8.6 months (95% CI 6.9-10.4) for sorafenib (8 studies, 604 patients) and 8.9 months (95% CI 7.2-10.9) for cabozantinib (6 studies, 317 patients). In the four studies that compared them directly, lenvatinib was associated with lower mortality than sorafenib (pooled HR 0.69, 95% CI 0.55-0.87).
Conclusions: Outcomes after first-line immunotherapy are modest; lenvatinib may be the preferred tyrosine kinase inhibitor in this setting, pending randomized data.
""",
    [
        F("N", "overall", 2416),
        F("mOS", "overall", 9.4, 8.3, 10.6),
        F("mPFS", "overall", 3.6, 3.1, 4.2),
        F("ORR", "overall", 11.8, 9.5, 14.4),
        F("mOS", "lenvatinib", 11.6, 9.8, 13.5),
        F("N", "lenvatinib", 812),
        F("mOS", "sorafenib", 8.6, 6.9, 10.4),
        F("N", "sorafenib", 604),
        F("mOS", "cabozantinib", 8.9, 7.2, 10.9),
        F("N", "cabozantinib", 317),
        F("HR_OS", "lenvatinib", 0.69, 0.55, 0.87),
    ],
)

add(
    34,
    "same drug in two settings (lenvatinib after Atez/Bev vs first-line lenvatinib); matched pairs; median TTP with CI; HR for TTP as a distractor (not HR_PFS); discontinuation due to lenvatinib-related AEs per setting; relative dose intensity distractor",
    "PubMed abstract, Japanese multicentre propensity-matched study (structured Aim / Methods / Results / Conclusions)",
    """
Lenvatinib after atezolizumab plus bevacizumab versus first-line lenvatinib in unresectable hepatocellular carcinoma: a propensity score-matched analysis

Aim: To clarify whether prior atezolizumab plus bevacizumab (Atez/Bev) changes the efficacy and tolerability of lenvatinib.
Methods: Patients who received lenvatinib after Atez/Bev (post-Atez/Bev group, n = 44) or as first-line therapy (first-line group, n = 102) at seven Japanese hospitals were compared after 1:1 propensity score matching on ALBI score, tumour burden, AFP and performance status. Response was assessed by mRECIST.
Results: After matching, 40 patients remained in each group. The objective response rate was 35.0% in the post-Atez/Bev group and 42.5% in the first-line group, and the disease control rate 77.5% and 82.5%, respectively. Median time to progression was 5.1 months (95% CI, 3.6-6.8) versus 6.2 months (95% CI, 4.7-8.1) (HR for TTP, 1.21; 95% CI, 0.73-2.00), and median overall survival was 13.8 months (95% CI, 10.2-18.9) versus 16.4 months (95% CI, 12.5-21.0). The relative dose intensity at 8 weeks was 61.2% and 66.9%. Lenvatinib was discontinued because of lenvatinib-related adverse events in 15.0% of the post-Atez/Bev group and 10.0% of the first-line group, and grade 3 or higher treatment-related adverse events occurred in 47.5% and 40.0%.
Conclusions: Lenvatinib after Atez/Bev achieved response and time to progression close to those of first-line lenvatinib.
""",
    [
        F("N", "lenvatinib", 44),
        F("N", "lenvatinib", 102),
        F("N", "lenvatinib", 40),
        F("ORR", "lenvatinib", 35.0),
        F("ORR", "lenvatinib", 42.5),
        F("DCR", "lenvatinib", 77.5),
        F("DCR", "lenvatinib", 82.5),
        F("mTTP", "lenvatinib", 5.1, 3.6, 6.8),
        F("mTTP", "lenvatinib", 6.2, 4.7, 8.1),
        F("mOS", "lenvatinib", 13.8, 10.2, 18.9),
        F("mOS", "lenvatinib", 16.4, 12.5, 21.0),
        F("TRAE_DISC", "lenvatinib", 15.0),
        F("TRAE_DISC", "lenvatinib", 10.0),
        F("TRAE_G3plus", "lenvatinib", 47.5),
        F("TRAE_G3plus", "lenvatinib", 40.0),
    ],
)

add(
    35,
    "ESMO-style terse phase 2 abstract in Child-Pugh B; abbreviations (A+B, CP-B7/B8, TRAEs, imAEs); 6-month PFS rate; grade>=3 TRAEs and imAEs; TRAE discontinuation; decompensation and bleeding distractors",
    "ESMO Congress proffered-paper abstract (Background / Methods / Results / Conclusions)",
    """
Atezolizumab plus bevacizumab in Child-Pugh B7-B8 hepatocellular carcinoma: primary results of a prospective multicentre phase II study

Background: Patients with Child-Pugh (CP) B hepatocellular carcinoma (HCC) were excluded from IMbrave150, and prospective data for atezolizumab plus bevacizumab (A+B) in this group are scarce.
Methods: Pts with unresectable HCC, CP-B7 or B8, ECOG PS 0-1 and no prior systemic therapy received A+B (1200 mg + 15 mg/kg q3w). Primary endpoint: 6-month PFS rate (RECIST 1.1); H0 30%, H1 50%.
Results: 52 pts were enrolled (CP-B7, n = 34; CP-B8, n = 18); median age 70 y; 27% had MVI. At a median follow-up of 14.2 mo, the 6-month PFS rate was 44.2% (90% CI 32.6-55.3), meeting the primary endpoint. Median PFS was 5.2 mo (95% CI 3.9-6.8) and median OS 10.1 mo (95% CI 7.4-13.0); in CP-B7 vs CP-B8 pts, median OS was 12.3 vs 6.9 mo. ORR was 21.2% and DCR 65.4%. Grade ≥3 TRAEs occurred in 15 pts (28.8%) and grade ≥3 imAEs in 4 pts (7.7%); 6 pts (11.5%) discontinued A+B due to TRAEs. Hepatic decompensation was seen in 19.2% and grade ≥3 bleeding in 5.8%.
Conclusions: A+B met its primary endpoint in CP-B7/B8 HCC with manageable toxicity, supporting its use in selected CP-B pts.
""",
    [
        F("N", AB, 52),
        F("N", AB, 34),
        F("N", AB, 18),
        F("PFS_RATE", AB, 44.2, 32.6, 55.3),
        F("mPFS", AB, 5.2, 3.9, 6.8),
        F("mOS", AB, 10.1, 7.4, 13.0),
        F("mOS", AB, 12.3),
        F("mOS", AB, 6.9),
        F("ORR", AB, 21.2),
        F("DCR", AB, 65.4),
        F("TRAE_G3plus", AB, 28.8),
        F("IRAE_G3plus", AB, 7.7),
        F("TRAE_DISC", AB, 11.5),
    ],
)


def main() -> None:
    with OUT.open("w", encoding="utf-8") as fh:
        for row in ROWS:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(ROWS)} rows, {sum(len(r['gold']) for r in ROWS)} gold findings to {OUT}")


if __name__ == "__main__":
    main()
