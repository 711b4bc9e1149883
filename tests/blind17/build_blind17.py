"""Build the SEVENTEENTH blind extraction set (HCC abstracts in the immunotherapy era, mixed styles).

    python tests/blind17/build_blind17.py            # write blind17.jsonl, print counts and sha256
    python tests/blind17/build_blind17.py --review   # also list, per row, the numbers that are not gold

This file is the source of truth: ROWS is filled by add(id, style, source_style, text, gold);
gold findings are made with g(endpoint, arm, value, ci_low=None, ci_high=None). Every study is
invented (written in the style of real abstracts read for this set; no sentence and no result
was copied). Checks run on every build: ids, endpoint codes, arm ids against the lexicon,
gold numbers present in the text, CI brackets, duplicates, word counts.

Unicode spaces: `row` (build_common) whitespace-normalises every text, which would turn thin
and narrow no-break spaces into plain spaces. Texts therefore write them as the placeholders
"{t}" (U+2009 THIN SPACE) and "{n}" (U+202F NARROW NO-BREAK SPACE); `add` puts the characters
back after normalisation. Unicode minus (U+2212), en dashes and "≥" are written directly.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "blind"))

from build_common import build, g, row  # noqa: E402

OUT = Path(__file__).resolve().with_name("blind17.jsonl")
# Spelled-out counts that are gold values (sentence-initial N).
SPELLED = {"sixty-one": 61}
THIN, NNBSP = "\u2009", "\u202f"

ROWS: list[dict] = []


def add(id: str, style: str, source_style: str, text: str, gold: list[dict]) -> None:
    r = row(id, style, source_style, text, gold)
    r["text"] = r["text"].replace("{t}", THIN).replace("{n}", NNBSP)
    ROWS.append(r)


AB = "atezolizumab + bevacizumab"
DT = "durvalumab + tremelimumab"
LEN = "lenvatinib"
SOR = "sorafenib"

# ---------------------------------------------------------------------------------------------
# A. Second line after atezolizumab-bevacizumab / immunotherapy
# ---------------------------------------------------------------------------------------------

RAM = "ramucirumab"

add(
    "blind17-01",
    "real-world single-regimen second-line cohort (ramucirumab after Atez/Bev), AFP-response "
    "subgroups with their own medians, structured",
    "Japanese multicentre retrospective abstract (Aim, Methods, Results, Conclusions)",
    """
    Aim: Ramucirumab is approved for hepatocellular carcinoma (HCC) with alpha-fetoprotein (AFP)
    of 400{t}ng/mL or more after sorafenib, but its activity after atezolizumab plus bevacizumab
    (Atez/Bev) has hardly been described. We evaluated ramucirumab in this setting.
    Methods: We retrospectively studied patients with AFP ≥400{t}ng/mL who started ramucirumab
    (8{t}mg/kg every 2 weeks) after progression on first-line Atez/Bev at 14 Japanese centres
    between 2021 and 2025. An AFP response was defined as a decline of at least 20% from
    baseline at 6 weeks.
    Results: Sixty-one patients were included (median age, 71 years; Child-Pugh A, 88.5%), and
    the median duration of prior Atez/Bev was 5.9 months. By RECIST 1.1 the objective response
    rate was 6.6% and the disease control rate 49.2%. Median progression-free survival (PFS) was
    2.9{t}months (95% CI 2.6–3.7) and median overall survival (OS) 8.8{t}months (95% CI 6.9–11.4);
    the 6-month OS rate was 67.2%. An AFP response occurred in 23 patients (37.7%). Their median
    PFS and OS were 4.6 and 13.5 months, compared with 2.3 and 6.4 months in the remaining 38
    patients (HR for death 0.46; 95% CI 0.24–0.87). In univariate analysis, ALBI grade 1 also
    predicted longer OS (HR 0.52; 95% CI 0.29–0.94). The ALBI score changed by −0.11 between
    baseline and week 6. Grade ≥3 treatment-related adverse events occurred in 19.7%, chiefly
    hypertension (8.2%) and proteinuria (3.3%), and 4.9% discontinued ramucirumab because of
    treatment-related adverse events.
    Conclusions: Ramucirumab after Atez/Bev gave modest disease control overall, but patients
    with an early AFP response survived considerably longer.
    """,
    [
        g("N", RAM, 61),
        g("ORR", RAM, 6.6),
        g("DCR", RAM, 49.2),
        g("mPFS", RAM, 2.9, 2.6, 3.7),
        g("mOS", RAM, 8.8, 6.9, 11.4),
        g("OS_RATE", RAM, 67.2),
        g("mPFS", RAM, 4.6),
        g("mOS", RAM, 13.5),
        g("mPFS", RAM, 2.3),
        g("mOS", RAM, 6.4),
        g("TRAE_G3plus", RAM, 19.7),
        g("TRAE_DISC", RAM, 4.9),
    ],
)

add(
    "blind17-02",
    "real-world single-regimen second-line cohort (lenvatinib after Atez/Bev or STRIDE), two "
    "sub-cohorts, values before endpoint words, respectively, unstructured",
    "Korean / Taiwanese single-paragraph abstract",
    """
    Evidence on lenvatinib after first-line dual immune checkpoint blockade remains sparse
    compared with that after atezolizumab plus bevacizumab. In this retrospective study from five
    Korean and two Taiwanese hospitals, we reviewed 148 patients who received lenvatinib as
    second-line therapy for hepatocellular carcinoma between 2022 and 2025: 97 after
    atezolizumab plus bevacizumab and 51 after durvalumab plus tremelimumab (STRIDE). Lenvatinib
    was started at 8 mg or 12 mg daily according to body weight (cut-off 60 kg), and 43.2% of
    patients started at a reduced dose. Across the cohort, 14.9% achieved an objective response
    and 66.2% disease control by RECIST 1.1, while mRECIST gave an objective response rate of
    25.0%. With a median follow-up of 13.1 months, 5.1 months (95% CI, 4.4–6.0) was the median
    progression-free survival and 12.3 months (95% CI, 10.6–14.5) the median overall survival.
    Outcomes were similar whichever regimen had been used first: the post-atezolizumab and
    post-STRIDE sub-cohorts had a median progression-free survival of 4.9 (95% CI, 4.0–5.9) and
    5.6 (95% CI, 4.1–7.3) months and a median overall survival of 11.8 and 13.0 months,
    respectively. In univariate analysis, macrovascular invasion (HR 1.71; 95% CI, 1.13–2.59)
    and ALBI grade 2 (HR 1.58; 95% CI, 1.06–2.36) were associated with death. Treatment-related
    adverse events of grade 3 or higher were recorded in 31.1% of patients, and 10.1% stopped
    lenvatinib because of treatment-related adverse events. Lenvatinib after first-line
    immunotherapy showed meaningful activity irrespective of the preceding regimen.
    """,
    [
        g("N", LEN, 148),
        g("N", LEN, 97),
        g("N", LEN, 51),
        g("ORR", LEN, 14.9),
        g("DCR", LEN, 66.2),
        g("ORR", LEN, 25.0),
        g("mPFS", LEN, 5.1, 4.4, 6.0),
        g("mOS", LEN, 12.3, 10.6, 14.5),
        g("mPFS", LEN, 4.9, 4.0, 5.9),
        g("mPFS", LEN, 5.6, 4.1, 7.3),
        g("mOS", LEN, 11.8),
        g("mOS", LEN, 13.0),
        g("TRAE_G3plus", LEN, 31.1),
        g("TRAE_DISC", LEN, 10.1),
    ],
)

PL = "pembrolizumab + lenvatinib"

add(
    "blind17-03",
    "single-arm phase 2 meeting abstract (pembrolizumab + lenvatinib after atezo/bev), ORR with "
    "CI as primary endpoint, NR upper bound, planned sample size, sub-cohort",
    "ASCO GI-type meeting abstract (Background, Methods, Results, Conclusions, Research Sponsor)",
    """
    Background: No prospective data support combining a PD-1 antibody with a TKI after
    progression on atezolizumab + bevacizumab (atezo/bev). Methods: In this single-arm phase 2
    study, pts with uHCC, Child-Pugh A and radiological progression on 1L atezo/bev received
    pembrolizumab 200{t}mg Q3W plus lenvatinib 8 or 12{t}mg QD. The primary endpoint was
    confirmed ORR per RECIST 1.1 by blinded central review; 40 pts gave 80% power to exclude an
    ORR of 10%. Results: Between Mar 2023 and Jan 2025, 52 pts were enrolled at 11 sites (median
    age 66 y; viral aetiology 65%). At data cutoff (median follow-up 15.2 mo), confirmed ORR was
    21.2% (95% CI 11.1–34.7) and DCR 71.2%; median DoR was 8.3 mo. Median PFS was 5.5 mo (95%
    CI 4.2–6.9) and median OS 14.1 mo (95% CI 10.2–NR); the 12-mo OS rate was 57.4%. In the 24
    pts whose prior atezo/bev had lasted ≥6 mo, ORR was 33.3%. Gr ≥3 TRAEs occurred in 40.4% of
    pts, most often hypertension (15.4%), and Gr ≥3 imAEs in 7.7%; TRAEs led to discontinuation
    of either drug in 11.5%. No new safety signals emerged. Conclusions: Pembrolizumab +
    lenvatinib after atezo/bev met its primary endpoint, with durable responses in a subset of
    pts, and warrants randomised evaluation against TKI monotherapy. Clinical trial information:
    registered. Research Sponsor: Investigator-initiated; study drugs supplied by the manufacturers.
    """,
    [
        g("N", PL, 52),
        g("ORR", PL, 21.2, 11.1, 34.7),
        g("DCR", PL, 71.2),
        g("mDOR", PL, 8.3),
        g("mPFS", PL, 5.5, 4.2, 6.9),
        g("mOS", PL, 14.1, 10.2, None),
        g("OS_RATE", PL, 57.4),
        g("N", PL, 24),
        g("ORR", PL, 33.3),
        g("TRAE_G3plus", PL, 40.4),
        g("IRAE_G3plus", PL, 7.7),
        g("TRAE_DISC", PL, 11.5),
    ],
)

CAB = "cabozantinib"

add(
    "blind17-04",
    "real-world three-regimen second-line comparison (sorafenib / lenvatinib / cabozantinib after "
    "atezolizumab-bevacizumab), bracketed group names, respectively, HRs against a common comparator",
    "Italian / Spanish multicentre cohort (Background & Aims, Methods, Results, Conclusions)",
    """
    Background & Aims: After atezolizumab–bevacizumab, guidelines list several tyrosine kinase
    inhibitors without ranking them. We compared sorafenib, lenvatinib and cabozantinib as
    second-line therapy in routine practice.
    Methods: Patients from 19 Italian and Spanish centres who began one of the three drugs
    immediately after atezolizumab–bevacizumab between 2020 and 2024 were analysed. Differences
    in baseline characteristics were handled by inverse probability of treatment weighting.
    Results: Of 318 patients, 104 received sorafenib (SOR group), 139 lenvatinib (LEN group) and
    75 cabozantinib (CABO group); 71.7% had Child-Pugh A5–A6 liver function. The objective
    response rates were 4.8%, 15.1% and 6.7%, respectively. Median PFS was 2.8 months (95% CI
    2.3–3.5) in the SOR group, 4.9 months (95% CI 4.1–5.7) in the LEN group and 3.9 months (95%
    CI 3.0–4.7) in the CABO group; median OS was 9.6 months (95% CI 7.8–11.9), 12.4 months (95%
    CI 10.5–14.6) and 11.0 months (95% CI 8.7–13.8). Compared with sorafenib, the weighted
    hazard ratio for death was 0.74 (95% CI 0.55–0.99) for lenvatinib and 0.83 (95% CI
    0.58–1.18) for cabozantinib. A neutrophil-to-lymphocyte ratio above 4 was independently
    associated with death (HR 1.49; 95% CI 1.12–1.98). Grade ≥3 adverse events of any cause
    affected 35.6%, 41.0% and 46.7% of patients, and hand–foot skin reaction was most frequent
    with sorafenib (11.5%).
    Conclusions: After atezolizumab–bevacizumab, lenvatinib was associated with the best
    response and survival, although all three agents were active.
    """,
    [
        g("N", "overall", 318),
        g("N", SOR, 104),
        g("N", LEN, 139),
        g("N", CAB, 75),
        g("ORR", SOR, 4.8),
        g("ORR", LEN, 15.1),
        g("ORR", CAB, 6.7),
        g("mPFS", SOR, 2.8, 2.3, 3.5),
        g("mPFS", LEN, 4.9, 4.1, 5.7),
        g("mPFS", CAB, 3.9, 3.0, 4.7),
        g("mOS", SOR, 9.6, 7.8, 11.9),
        g("mOS", LEN, 12.4, 10.5, 14.6),
        g("mOS", CAB, 11.0, 8.7, 13.8),
        g("HR_OS", LEN, 0.74, 0.55, 0.99),
        g("HR_OS", CAB, 0.83, 0.58, 1.18),
        g("AE_G3plus", SOR, 35.6),
        g("AE_G3plus", LEN, 41.0),
        g("AE_G3plus", CAB, 46.7),
    ],
)

# ---------------------------------------------------------------------------------------------
# B. First-line randomised and single-arm trials
# ---------------------------------------------------------------------------------------------

PA = "penpulimab + anlotinib"

add(
    "blind17-05",
    "randomised phase 3 (penpulimab + anlotinib vs sorafenib, 2:1), safety-population "
    "denominators, screened count, Lancet layout",
    "Lancet-type abstract (Background, Methods, Findings, Interpretation, Funding)",
    """
    Background: Combining a PD-1 antibody with a multitarget tyrosine kinase inhibitor is an
    established first-line strategy in hepatocellular carcinoma. We assessed penpulimab plus
    anlotinib versus sorafenib in patients with unresectable disease.
    Methods: In this open-label, randomised, phase 3 trial at 52 hospitals in China, adults with
    unresectable HCC, Child-Pugh A liver function, an ECOG performance status of 0–1 and no
    previous systemic treatment were randomly assigned (2:1) to penpulimab 200 mg every 3 weeks
    plus anlotinib 10 mg once daily (days 1–14 of each 21-day cycle) or sorafenib 400 mg twice
    daily. The primary endpoint was overall survival in the intention-to-treat population.
    Findings: Between Feb 3, 2021, and Nov 28, 2022, 812 patients were screened and 649 were
    randomly assigned, 433 to penpulimab–anlotinib and 216 to sorafenib. Median overall
    survival was 17.9 months (95% CI 15.3–20.6) with penpulimab–anlotinib and 13.8 months
    (11.9–15.9) with sorafenib (hazard ratio [HR] 0.72 [95% CI 0.59–0.88]; p=0.0011). Median
    progression-free survival was 6.9 months (5.8–7.4) versus 2.8 months (2.7–4.0) (HR 0.52
    [0.43–0.63]). An objective response was recorded in 27.5% and 5.6% of patients. Among
    patients who received at least one dose (430 and 213), grade 3 or higher treatment-related
    adverse events occurred in 205 (47.7%) and 82 (38.5%), and treatment-related adverse events
    led to discontinuation in 42 (9.8%) and 16 (7.5%); treatment-related deaths occurred in
    three and one patients.
    Interpretation: Penpulimab plus anlotinib prolonged survival over sorafenib and could be a
    further first-line option for unresectable HCC.
    Funding: Industry sponsor of the study drugs.
    """,
    [
        g("N", "overall", 649),
        g("N", PA, 433),
        g("N", SOR, 216),
        g("mOS", PA, 17.9, 15.3, 20.6),
        g("mOS", SOR, 13.8, 11.9, 15.9),
        g("HR_OS", PA, 0.72, 0.59, 0.88),
        g("mPFS", PA, 6.9, 5.8, 7.4),
        g("mPFS", SOR, 2.8, 2.7, 4.0),
        g("HR_PFS", PA, 0.52, 0.43, 0.63),
        g("ORR", PA, 27.5),
        g("ORR", SOR, 5.6),
        g("TRAE_G3plus", PA, 47.7),
        g("TRAE_G3plus", SOR, 38.5),
        g("TRAE_DISC", PA, 9.8),
        g("TRAE_DISC", SOR, 7.5),
    ],
)

CADL = "cadonilimab + lenvatinib"

add(
    "blind17-06",
    "single-arm phase 2 (cadonilimab + lenvatinib first line), ORR with CI, mDOR with NR bound, "
    "6-month PFS rate, median OS not reached, responder count, unstructured",
    "Chinese single-paragraph phase 2 abstract",
    """
    Bispecific antibodies that block PD-1 and CTLA-4 at once may deepen responses when combined
    with antiangiogenic drugs. In this open-label, single-arm phase 2 trial at six centres in
    China, 46 treatment-naive patients with unresectable hepatocellular carcinoma (BCLC stage B
    or C, Child-Pugh A) received cadonilimab 10{n}mg/kg every 3 weeks together with lenvatinib
    (8 or 12{n}mg once daily). The primary endpoint was the objective response rate by RECIST
    1.1. At the data cut-off on 30 June 2025, after a median follow-up of 17.8 months, 20
    patients had a confirmed response, giving an objective response rate of 43.5% (95% CI
    28.9–58.9), and the disease control rate was 84.8%; by mRECIST the response rate was 52.2%.
    The median duration of response was 11.9 months (95% CI 7.4–not reached). Median
    progression-free survival reached 9.7 months (95% CI 7.1–12.8), with a 6-month
    progression-free survival rate of 71.7%; median overall survival was not reached, and the
    12-month overall survival rate was 80.4% (95% CI 65.8–89.3). Baseline AFP above 400{n}ng/mL
    was present in 41.3% of patients. Grade 3 or 4 treatment-related adverse events developed in
    26 patients (56.5%), immune-related adverse events of grade 3 or worse in 8 (17.4%), and 5
    patients (10.9%) discontinued cadonilimab owing to treatment-related toxicity; no
    treatment-related deaths occurred. Cadonilimab plus lenvatinib produced frequent and durable
    responses with a manageable safety profile, and a randomised trial is under way.
    """,
    [
        g("N", CADL, 46),
        g("ORR", CADL, 43.5, 28.9, 58.9),
        g("DCR", CADL, 84.8),
        g("ORR", CADL, 52.2),
        g("mDOR", CADL, 11.9, 7.4, None),
        g("mPFS", CADL, 9.7, 7.1, 12.8),
        g("PFS_RATE", CADL, 71.7),
        g("mOS", CADL, None),
        g("OS_RATE", CADL, 80.4, 65.8, 89.3),
        g("TRAE_G3plus", CADL, 56.5),
        g("IRAE_G3plus", CADL, 17.4),
        g("TRAE_DISC", CADL, 10.9),
    ],
)

TL = "toripalimab + lenvatinib"

add(
    "blind17-07",
    "news write-up of a phase 3 congress presentation (toripalimab + lenvatinib vs lenvatinib), "
    "medians without CI, risk reduction in percent, investigator quote, values before words",
    "oncology news report of an ESMO Congress presentation",
    """
    Adding the PD-1 antibody toripalimab to lenvatinib extended survival in previously untreated,
    unresectable hepatocellular carcinoma, according to phase 3 results reported on Saturday at
    the ESMO Congress in Berlin. The open-label study, run at 57 hospitals in China, randomly
    assigned 486 patients 1:1 to toripalimab 240 mg every three weeks plus daily lenvatinib or
    to lenvatinib alone, 243 per arm. Most patients (81.5%) had hepatitis B-related disease.
    After a median follow-up of 24.8 months, patients given the combination lived a median of
    21.6 months, compared with 15.1 months for those on lenvatinib alone, a 31% reduction in the
    risk of death (hazard ratio 0.69; 95% CI, 0.55-0.86; P < .001). Progression-free survival
    also favoured the combination, at a median of 9.0 versus 6.7 months (HR 0.71; 95% CI,
    0.58-0.88). "Almost half of our patients responded," the lead investigator told reporters.
    "That is something we rarely saw with a tyrosine kinase inhibitor on its own." Confirmed
    responses by mRECIST were seen in 46.1% of patients in the combination arm versus 31.3% in
    the lenvatinib arm. Side effects of grade 3 or higher judged to be treatment related
    occurred in 44.9% and 35.4% of patients, respectively, and two patients in each arm died of
    treatment-related causes. A discussant who was not involved in the study said the 6.5-month
    gain in median survival would need confirmation in populations outside China, where
    non-viral liver disease is more common.
    """,
    [
        g("N", "overall", 486),
        g("N", TL, 243),
        g("N", LEN, 243),
        g("mOS", TL, 21.6),
        g("mOS", LEN, 15.1),
        g("HR_OS", TL, 0.69, 0.55, 0.86),
        g("mPFS", TL, 9.0),
        g("mPFS", LEN, 6.7),
        g("HR_PFS", TL, 0.71, 0.58, 0.88),
        g("ORR", TL, 46.1),
        g("ORR", LEN, 31.3),
        g("TRAE_G3plus", TL, 44.9),
        g("TRAE_G3plus", LEN, 35.4),
    ],
)

TAB = "atezolizumab + tiragolumab + bevacizumab"

add(
    "blind17-08",
    "randomised phase 2 (tiragolumab + atezolizumab + bevacizumab vs atezolizumab + bevacizumab), "
    "ORR with CI as primary endpoint, immature OS HR, mDOR not reached, JCO layout",
    "JCO-type abstract (PURPOSE, METHODS, RESULTS, CONCLUSION)",
    """
    PURPOSE: Blocking the TIGIT checkpoint may enhance the activity of PD-L1 and VEGF
    inhibition. We evaluated tiragolumab added to atezolizumab plus bevacizumab as first-line
    therapy for unresectable hepatocellular carcinoma.
    METHODS: In this randomized, open-label phase II study, patients with no previous systemic
    therapy and Child-Pugh A liver function were assigned 1:1 to tiragolumab 600 mg plus
    atezolizumab 1,200 mg and bevacizumab 15 mg/kg every 3 weeks (triplet) or to atezolizumab
    plus bevacizumab alone. The primary end point was the confirmed objective response rate
    (ORR) per RECIST 1.1 by independent review.
    RESULTS: Overall, 121 patients were randomly assigned, 61 to the triplet and 60 to
    atezolizumab plus bevacizumab. The ORR was 42.6% (95% CI, 30.0 to 55.9) with the triplet
    and 20.0% (95% CI, 10.8 to 32.3) with atezolizumab plus bevacizumab. Median duration of
    response was not reached with the triplet and was 12.7 months with the doublet. At a median
    follow-up of 19.3 months, median progression-free survival was 11.1 months (95% CI, 8.2 to
    15.3) versus 8.4 months (95% CI, 5.6 to 10.9; stratified hazard ratio [HR], 0.73; 95% CI,
    0.46 to 1.16). Overall survival was immature (HR, 0.81; 95% CI, 0.45 to 1.45). Grade ≥3
    treatment-related adverse events occurred in 37.7% and 31.7% of patients, and 14.8% and
    8.3% discontinued any study drug because of treatment-related adverse events; systemic
    corticosteroids for immune-mediated events were needed in 21.3% of the triplet arm.
    CONCLUSION: Tiragolumab plus atezolizumab and bevacizumab doubled the response rate, with
    acceptable added toxicity, supporting further study in a phase III trial.
    """,
    [
        g("N", "overall", 121),
        g("N", TAB, 61),
        g("N", AB, 60),
        g("ORR", TAB, 42.6, 30.0, 55.9),
        g("ORR", AB, 20.0, 10.8, 32.3),
        g("mDOR", TAB, None),
        g("mDOR", AB, 12.7),
        g("mPFS", TAB, 11.1, 8.2, 15.3),
        g("mPFS", AB, 8.4, 5.6, 10.9),
        g("HR_PFS", TAB, 0.73, 0.46, 1.16),
        g("HR_OS", TAB, 0.81, 0.45, 1.45),
        g("TRAE_G3plus", TAB, 37.7),
        g("TRAE_G3plus", AB, 31.7),
        g("TRAE_DISC", TAB, 14.8),
        g("TRAE_DISC", AB, 8.3),
    ],
)

# ---------------------------------------------------------------------------------------------
# C. TACE / HAIC combined with systemic therapy (real world)
# ---------------------------------------------------------------------------------------------

HLT = "tislelizumab + lenvatinib + haic"
HL = "lenvatinib + haic"

add(
    "blind17-09",
    "real-world two-arm comparison (HAIC + lenvatinib + tislelizumab vs HAIC + lenvatinib, PSM), "
    "group names defined in words, thin spaces, ORR by mRECIST, landmark OS rates",
    "Chinese multicentre comparative cohort (Background, Methods, Results, Conclusions)",
    """
    Background: Whether a PD-1 antibody adds benefit to hepatic arterial infusion chemotherapy
    (HAIC) plus lenvatinib in hepatocellular carcinoma with major portal vein tumour thrombus
    (PVTT) is unknown.
    Methods: Patients with Vp3–Vp4 PVTT who received FOLFOX-HAIC (oxaliplatin 85{t}mg/m²,
    leucovorin 400{t}mg/m², fluorouracil 400{t}mg/m² bolus and 2400{t}mg/m² over 46{t}h) every
    3 weeks plus lenvatinib at four hospitals in Guangdong between 2020 and 2024 were reviewed.
    Patients who additionally received tislelizumab 200{t}mg every 3 weeks formed the HAIC-LT
    group, and the remaining patients formed the HAIC-L group. Propensity score matching (1:1)
    was applied.
    Results: Among 233 eligible patients, 88 pairs were matched. In the matched cohort, the
    objective response rate by mRECIST was 61.4% in the HAIC-LT group and 43.2% in the HAIC-L
    group. Median OS was 19.6 months (95% CI 16.2–23.9) versus 13.7 months (95% CI 11.5–16.4)
    (HR 0.62; 95% CI 0.44–0.87; p = 0.006), and median PFS 10.4 months (95% CI 8.6–12.5)
    versus 7.1 months (95% CI 5.9–8.3) (HR 0.66; 95% CI 0.48–0.91). The 1-year OS rates were
    72.6% and 55.1%, respectively. PVTT regression was seen in 69.3% and 50.0% of patients, and
    14 (15.9%) and 6 (6.8%) underwent conversion hepatectomy. On multivariable analysis, Vp4
    thrombus remained adverse (HR 1.67; 95% CI 1.15–2.43). Grade 3–4 treatment-related adverse
    events occurred in 46.6% versus 38.6%, with no treatment-related deaths.
    Conclusions: Adding tislelizumab to HAIC plus lenvatinib improved response and survival in
    HCC with major PVTT.
    """,
    [
        g("N", "overall", 233),
        g("N", HLT, 88),
        g("N", HL, 88),
        g("ORR", HLT, 61.4),
        g("ORR", HL, 43.2),
        g("mOS", HLT, 19.6, 16.2, 23.9),
        g("mOS", HL, 13.7, 11.5, 16.4),
        g("HR_OS", HLT, 0.62, 0.44, 0.87),
        g("mPFS", HLT, 10.4, 8.6, 12.5),
        g("mPFS", HL, 7.1, 5.9, 8.3),
        g("HR_PFS", HLT, 0.66, 0.48, 0.91),
        g("OS_RATE", HLT, 72.6),
        g("OS_RATE", HL, 55.1),
        g("TRAE_G3plus", HLT, 46.6),
        g("TRAE_G3plus", HL, 38.6),
    ],
)

DTT = "durvalumab + tremelimumab + tace"

add(
    "blind17-10",
    "real-world two-arm comparison (STRIDE + TACE vs STRIDE in intermediate stage, IPTW), "
    "bracketed group names, median OS not reached with lower bound, Unicode minus",
    "Japanese multicentre comparative cohort (Aim, Methods, Results, Conclusion)",
    """
    Aim: To assess whether on-demand transarterial chemoembolization (TACE) added to durvalumab
    plus tremelimumab improves outcomes in intermediate-stage hepatocellular carcinoma beyond
    the up-to-seven criteria.
    Methods: Patients with BCLC stage B disease who started the STRIDE regimen (tremelimumab
    300{t}mg once and durvalumab 1500{t}mg every 4 weeks) at 16 institutions between 2023 and
    2025 were analysed, comparing STRIDE combined with TACE after the first or second cycle
    (STRIDE-TACE group) with STRIDE alone (STRIDE group). Background factors were adjusted by
    inverse probability of treatment weighting.
    Results: In total, 139 patients were included: 52 in the STRIDE-TACE group and 87 in the
    STRIDE group. The objective response rate by mRECIST was 65.4% with STRIDE-TACE and 32.2%
    with STRIDE. Median PFS was 11.2 months (95% CI 8.5–14.0) versus 5.8 months (95% CI
    4.4–7.3) (weighted HR 0.49; 95% CI 0.32–0.75). Median OS was not reached (95% CI 19.4–NR)
    in the STRIDE-TACE group and was 20.7 months (95% CI 16.3–25.8) in the STRIDE group
    (weighted HR 0.63; 95% CI 0.37–1.07); the 18-month OS rates were 79.1% and 60.3%. The mean
    change in ALBI score at 12 weeks was −0.18 and −0.09, respectively. Immune-mediated adverse
    events of grade 3 or higher were observed in 11.5% and 10.3% of patients, and adverse events
    of grade ≥3 of any attribution in 34.6% and 23.0%.
    Conclusion: Adding TACE to STRIDE prolonged PFS without compromising liver function in
    intermediate-stage HCC.
    """,
    [
        g("N", "overall", 139),
        g("N", DTT, 52),
        g("N", DT, 87),
        g("ORR", DTT, 65.4),
        g("ORR", DT, 32.2),
        g("mPFS", DTT, 11.2, 8.5, 14.0),
        g("mPFS", DT, 5.8, 4.4, 7.3),
        g("HR_PFS", DTT, 0.49, 0.32, 0.75),
        g("mOS", DTT, None, 19.4, None),
        g("mOS", DT, 20.7, 16.3, 25.8),
        g("HR_OS", DTT, 0.63, 0.37, 1.07),
        g("OS_RATE", DTT, 79.1),
        g("OS_RATE", DT, 60.3),
        g("IRAE_G3plus", DTT, 11.5),
        g("IRAE_G3plus", DT, 10.3),
        g("AE_G3plus", DTT, 34.6),
        g("AE_G3plus", DT, 23.0),
    ],
)

CLHT = "camrelizumab + lenvatinib + haic + tace"

add(
    "blind17-11",
    "real-world single-regimen cohort (TACE-HAIC + lenvatinib + camrelizumab), n/N (%) counts, "
    "responder vs non-responder medians, median OS not reached, conversion count, structured",
    "Chinese two-centre retrospective abstract (Purpose, Patients and Methods, Results, Conclusion)",
    """
    Purpose: To describe outcomes of transarterial chemoembolization combined with hepatic
    arterial infusion chemotherapy (TACE-HAIC) plus lenvatinib and camrelizumab in unresectable
    hepatocellular carcinoma with a high tumour burden.
    Patients and Methods: Consecutive patients treated between January 2021 and December 2024
    at two centres were reviewed. TACE-HAIC with FOLFOX was repeated every 4–6 weeks for up to 4
    sessions, with lenvatinib (8{t}mg or 12{t}mg daily) and camrelizumab (200{t}mg every 3
    weeks). Tumour response was assessed by mRECIST.
    Results: A total of 94 patients (median tumour diameter 11.3{t}cm; Vp3–4 PVTT in 36.2%) were
    analysed. The objective response rate was 71.3% (67/94) and the disease control rate 91.5%
    (86/94). With a median follow-up of 20.6 months, median PFS was 12.8 months (95% CI
    10.1–15.2) and median OS 25.4 months (95% CI 21.0–NR); the 1- and 2-year OS rates were 83.0%
    and 54.6%. Median OS was not reached in responders, compared with 14.3 months (95% CI
    10.9–18.2) in non-responders (HR 0.27; 95% CI 0.14–0.52). Twenty-one patients (22.3%)
    underwent conversion resection. AFP above 400{t}ng/mL predicted shorter PFS (HR 1.81; 95% CI
    1.04–3.15). Grade ≥3 treatment-related adverse events occurred in 36/94 (38.3%) patients,
    grade ≥3 immune-related adverse events in 5/94 (5.3%), and 4 (4.3%) stopped camrelizumab
    because of treatment-related adverse events.
    Conclusion: TACE-HAIC plus lenvatinib and camrelizumab achieved high response and conversion
    rates, and patients who responded had a particularly favourable prognosis.
    """,
    [
        g("N", CLHT, 94),
        g("ORR", CLHT, 71.3),
        g("DCR", CLHT, 91.5),
        g("mPFS", CLHT, 12.8, 10.1, 15.2),
        g("mOS", CLHT, 25.4, 21.0, None),
        g("OS_RATE", CLHT, 83.0),
        g("OS_RATE", CLHT, 54.6),
        g("mOS", CLHT, None),
        g("mOS", CLHT, 14.3, 10.9, 18.2),
        g("TRAE_G3plus", CLHT, 38.3),
        g("IRAE_G3plus", CLHT, 5.3),
        g("TRAE_DISC", CLHT, 4.3),
    ],
)

HSB = "sintilimab + bevacizumab + haic"
SB = "sintilimab + bevacizumab"

add(
    "blind17-12",
    "real-world two-arm comparison (HAIC + sintilimab + bevacizumab biosimilar vs sintilimab + "
    "biosimilar, PSM), one long paragraph with respectively-chains, 12-month PFS rates",
    "Chinese single-paragraph comparative abstract",
    """
    Sintilimab plus a bevacizumab biosimilar is a first-line standard in China, but tumour
    shrinkage is modest when the intrahepatic burden is large. This retrospective study from
    three centres in Zhejiang compared hepatic arterial infusion chemotherapy plus sintilimab
    and a bevacizumab biosimilar (HAIC-SB) with sintilimab plus the bevacizumab biosimilar alone
    (SB) in patients treated between 2021 and 2024. Of 186 eligible patients, 66 remained in
    each group after propensity score matching. The objective response rates (RECIST 1.1) in the
    HAIC-SB and SB groups were 47.0% and 22.7%, the median progression-free survival 9.3 (95% CI,
    7.6–11.0) and 5.5 (95% CI, 4.3–6.9) months, and the median overall survival 20.1 (95% CI,
    16.8–24.7) and 14.6 (95% CI, 11.9–17.9) months, respectively. The hazard ratios for HAIC-SB
    versus SB were 0.57 (95% CI, 0.38–0.85) for progression and 0.64 (95% CI, 0.42–0.97) for
    death, and the 12-month progression-free survival rates were 36.4% and 15.2%. Extrahepatic
    spread was the only independent adverse factor for survival (HR 1.72; 95% CI, 1.10–2.69).
    Grade 3 or higher adverse events, regardless of attribution, were recorded in 40.9% and
    27.3% of patients; thrombocytopenia (12.1% vs 1.5%) and elevated aminotransferases (9.1% vs
    4.5%) accounted for most of the excess. Conversion to resection was achieved in 9 patients
    (13.6%) of the HAIC-SB group. HAIC added to sintilimab and a bevacizumab biosimilar deepened
    responses and prolonged survival at the cost of more haematological toxicity.
    """,
    [
        g("N", "overall", 186),
        g("N", HSB, 66),
        g("N", SB, 66),
        g("ORR", HSB, 47.0),
        g("ORR", SB, 22.7),
        g("mPFS", HSB, 9.3, 7.6, 11.0),
        g("mPFS", SB, 5.5, 4.3, 6.9),
        g("mOS", HSB, 20.1, 16.8, 24.7),
        g("mOS", SB, 14.6, 11.9, 17.9),
        g("HR_PFS", HSB, 0.57, 0.38, 0.85),
        g("HR_OS", HSB, 0.64, 0.42, 0.97),
        g("PFS_RATE", HSB, 36.4),
        g("PFS_RATE", SB, 15.2),
        g("AE_G3plus", HSB, 40.9),
        g("AE_G3plus", SB, 27.3),
    ],
)

# ---------------------------------------------------------------------------------------------
# D. Meeting abstracts and news write-ups
# ---------------------------------------------------------------------------------------------

NI = "nivolumab + ipilimumab"

add(
    "blind17-13",
    "real-world single-regimen meeting abstract (NIVO+IPI first line), Child-Pugh B sub-cohort "
    "with its own results, OS rate with CI, median OS not reached",
    "ESMO GI-type meeting abstract (Background, Methods, Results, Conclusions, Legal entity)",
    """
    Background: Nivolumab plus ipilimumab (NIVO+IPI) was approved for 1L unresectable HCC in
    2025, but experience outside clinical trials is limited. Methods: Multicentre retrospective
    cohort of pts starting 1L NIVO 1{t}mg/kg + IPI 3{t}mg/kg Q3W for 4 doses, followed by NIVO
    480{t}mg Q4W, at 13 centres in the US and Europe. Response was assessed per RECIST 1.1 and
    AEs per CTCAE v5.0. Results: 137 pts were included (median age 67 y; Child-Pugh A 113
    [82.5%], Child-Pugh B 24 [17.5%]; MASLD 31%). ORR was 29.2% and DCR 56.9%. At a median
    follow-up of 10.4 mo, median PFS was 5.1{t}mo (95% CI 3.9–6.6); median OS was not reached,
    and the 12-mo OS rate was 64.0% (95% CI 54.3–72.2). In Child-Pugh B pts, ORR was 16.7% and
    median OS 6.9 mo (95% CI 4.2–NR). Gr ≥3 TRAEs occurred in 32.8% and Gr ≥3 imAEs in 24.1%;
    27.7% required high-dose corticosteroids, and 16.1% discontinued therapy due to TRAEs.
    Hepatitis was the most common imAE (14.6%). Conclusions: In routine practice, NIVO+IPI
    produced response rates similar to those of the registration trial, but immune-mediated
    toxicity was frequent and outcomes in Child-Pugh B pts were poor. Careful selection and
    monitoring are warranted. Legal entity responsible for the study: The authors. Funding: Has
    not received any funding. Disclosure: All authors have declared no conflicts of interest.
    """,
    [
        g("N", NI, 137),
        g("ORR", NI, 29.2),
        g("DCR", NI, 56.9),
        g("mPFS", NI, 5.1, 3.9, 6.6),
        g("mOS", NI, None),
        g("OS_RATE", NI, 64.0, 54.3, 72.2),
        g("N", NI, 24),
        g("ORR", NI, 16.7),
        g("mOS", NI, 6.9, 4.2, None),
        g("TRAE_G3plus", NI, 32.8),
        g("IRAE_G3plus", NI, 24.1),
        g("TRAE_DISC", NI, 16.1),
    ],
)

add(
    "blind17-14",
    "news write-up of a nationwide claims-database comparison (Atez/Bev vs lenvatinib), thousands "
    "commas, risk reduction in percent, subgroup treatment HRs, time to treatment discontinuation",
    "health news report of a published claims-data study",
    """
    Patients with advanced liver cancer who started atezolizumab plus bevacizumab lived about
    four months longer than those started on lenvatinib, a nationwide Korean claims analysis
    published this week suggests. The researchers drew on the national health insurance
    database, which covers virtually the whole population of 51 million, and identified 3,482
    adults who began first-line treatment for hepatocellular carcinoma between 2020 and 2023:
    2,051 received atezolizumab-bevacizumab and 1,431 received lenvatinib. After weighting for
    age, liver function, comorbidities and previous locoregional therapy, median overall
    survival was 16.8 months with the immunotherapy combination versus 12.6 months with
    lenvatinib, which translated into a 21% lower risk of death (adjusted hazard ratio 0.79; 95%
    CI, 0.72-0.87). Two years after starting treatment, 38.9% of the atezolizumab-bevacizumab
    group and 29.4% of the lenvatinib group were alive. Time to treatment discontinuation, used
    as a stand-in for progression because claims data do not record scans, was 6.1 versus 5.0
    months. The advantage held in patients aged 75 or older (HR 0.83; 95% CI, 0.70-0.98) but
    was not significant in those with Child-Pugh B liver function (HR 0.94; 95% CI, 0.74-1.19).
    "Claims data cannot tell us about tumour response," said the senior author, a hepatologist
    in Seoul. "But 3,482 patients is a great deal of real-world experience, and the direction is
    consistent with the trials." Hospitalisation for bleeding was recorded in 4.4% and 2.7% of
    patients, respectively.
    """,
    [
        g("N", "overall", 3482),
        g("N", AB, 2051),
        g("N", LEN, 1431),
        g("mOS", AB, 16.8),
        g("mOS", LEN, 12.6),
        g("HR_OS", AB, 0.79, 0.72, 0.87),
        g("OS_RATE", AB, 38.9),
        g("OS_RATE", LEN, 29.4),
        g("HR_OS", AB, 0.83, 0.70, 0.98),
        g("HR_OS", AB, 0.94, 0.74, 1.19),
    ],
)

# ---------------------------------------------------------------------------------------------
# E. Updated analyses of earlier trials
# ---------------------------------------------------------------------------------------------

DBT = "durvalumab + bevacizumab + tace"
DTC = "durvalumab + tace"
PT = "placebo + tace"

add(
    "blind17-15",
    "final analysis of a three-arm phase 3 (durvalumab + bevacizumab + TACE / durvalumab + TACE "
    "/ placebo + TACE), primary-analysis results restated in PURPOSE, HRs against a common "
    "comparator, JCO 'to' CIs",
    "JCO-type updated-analysis abstract (PURPOSE, METHODS, RESULTS, CONCLUSION)",
    """
    PURPOSE: In the primary analysis of this global phase III trial, durvalumab plus
    bevacizumab combined with transarterial chemoembolization (TACE) improved progression-free
    survival (PFS) over placebo plus TACE in embolization-eligible hepatocellular carcinoma
    (median, 14.8 v 8.4 months; hazard ratio [HR], 0.78). We report the final PFS and overall
    survival (OS) analyses after 30 additional months of follow-up.
    METHODS: Patients were randomly assigned 1:1:1 to durvalumab plus TACE followed by
    durvalumab plus bevacizumab (D+B+TACE), durvalumab plus TACE followed by durvalumab
    (D+TACE), or placebo plus TACE followed by placebo (TACE). OS was a key secondary end point.
    RESULTS: Of 612 randomly assigned patients, 203 were allocated to D+B+TACE, 205 to D+TACE,
    and 204 to TACE. At the final analysis (median follow-up, 58.6 months), median PFS was 15.2
    months (95% CI, 11.5 to 18.9) with D+B+TACE, 10.0 months (95% CI, 9.0 to 12.7) with D+TACE,
    and 8.3 months (95% CI, 6.9 to 11.0) with TACE; the HR versus TACE was 0.76 (95% CI, 0.61 to
    0.94) for D+B+TACE and 0.92 (95% CI, 0.75 to 1.14) for D+TACE. Median OS was 37.4 months
    (95% CI, 31.2 to 43.5), 34.1 months (95% CI, 29.4 to 40.0), and 32.8 months (95% CI, 28.0
    to 36.9), respectively (HR versus TACE, 0.89 [95% CI, 0.71 to 1.12] and 0.97 [95% CI, 0.78
    to 1.21]). Grade 3 or 4 possibly treatment-related adverse events occurred in 33.3% of
    patients treated with D+B+TACE, and no new safety signals were identified.
    CONCLUSION: The PFS benefit of D+B+TACE was maintained with longer follow-up, but the OS
    difference did not reach statistical significance.
    """,
    [
        g("mPFS", DBT, 14.8),
        g("mPFS", PT, 8.4),
        g("HR_PFS", DBT, 0.78),
        g("N", "overall", 612),
        g("N", DBT, 203),
        g("N", DTC, 205),
        g("N", PT, 204),
        g("mPFS", DBT, 15.2, 11.5, 18.9),
        g("mPFS", DTC, 10.0, 9.0, 12.7),
        g("mPFS", PT, 8.3, 6.9, 11.0),
        g("HR_PFS", DBT, 0.76, 0.61, 0.94),
        g("HR_PFS", DTC, 0.92, 0.75, 1.14),
        g("mOS", DBT, 37.4, 31.2, 43.5),
        g("mOS", DTC, 34.1, 29.4, 40.0),
        g("mOS", PT, 32.8, 28.0, 36.9),
        g("HR_OS", DBT, 0.89, 0.71, 1.12),
        g("HR_OS", DTC, 0.97, 0.78, 1.21),
        g("TRAE_G3plus", DBT, 33.3),
    ],
)

LT = "lenvatinib + tace"

add(
    "blind17-16",
    "long-term update of a randomised phase 2 (lenvatinib + TACE vs TACE), mTTP as primary "
    "endpoint with a TTP HR (not gold), 3-year OS rates, '62 per group'",
    "long-term follow-up abstract (Background and Aims, Methods, Results, Conclusions)",
    """
    Background and Aims: The initial report of this randomised phase 2 trial showed a longer
    time to progression (TTP) with lenvatinib plus TACE (LEN-TACE) than with TACE alone in
    intermediate-stage hepatocellular carcinoma. We now present the long-term results.
    Methods: Patients with BCLC stage B disease beyond the up-to-seven criteria were randomised
    1:1 at 8 centres to lenvatinib (started 7 days before the first session) plus on-demand
    conventional TACE or to on-demand TACE alone. The primary endpoint was TTP by mRECIST.
    Results: A total of 124 patients were randomised (62 per group). After a median follow-up of
    52.7{t}months, median TTP was 14.6 months (95% CI 11.3–17.8) with LEN-TACE and 7.5 months
    (95% CI 5.9–9.4) with TACE alone (HR 0.51; 95% CI 0.34–0.77). Median PFS was 12.9 versus 6.8
    months (HR 0.56; 95% CI 0.38–0.83). Median OS was 37.9 months (95% CI 30.5–46.1) versus 28.4
    months (95% CI 22.6–34.0) (HR 0.70; 95% CI 0.46–1.06), and the 3-year OS rates were 52.4%
    and 38.7%. The objective response rate by mRECIST was 74.2% versus 48.4%, and fewer TACE
    sessions were needed with LEN-TACE (median 2 vs 4). Subsequent systemic therapy was given to
    61.3% and 77.4% of patients. Grade ≥3 adverse events occurred in 56.5% and 37.1%, with
    hypertension (17.7%) and proteinuria (9.7%) the most frequent in the LEN-TACE group.
    Conclusions: With more than four years of follow-up, LEN-TACE kept its advantage in TTP and
    PFS, while the OS difference remained numerical.
    """,
    [
        g("N", "overall", 124),
        g("N", LT, 62),
        g("N", "tace", 62),
        g("mTTP", LT, 14.6, 11.3, 17.8),
        g("mTTP", "tace", 7.5, 5.9, 9.4),
        g("mPFS", LT, 12.9),
        g("mPFS", "tace", 6.8),
        g("HR_PFS", LT, 0.56, 0.38, 0.83),
        g("mOS", LT, 37.9, 30.5, 46.1),
        g("mOS", "tace", 28.4, 22.6, 34.0),
        g("HR_OS", LT, 0.70, 0.46, 1.06),
        g("OS_RATE", LT, 52.4),
        g("OS_RATE", "tace", 38.7),
        g("ORR", LT, 74.2),
        g("ORR", "tace", 48.4),
        g("AE_G3plus", LT, 56.5),
        g("AE_G3plus", "tace", 37.1),
    ],
)

# ---------------------------------------------------------------------------------------------
# F. Registry-style outcome descriptions
# ---------------------------------------------------------------------------------------------

REG = "regorafenib"

add(
    "blind17-17",
    "registry-style results record, single arm (regorafenib after atezolizumab/bevacizumab): "
    "participant flow STARTED, outcome blocks 'Median (95% Confidence Interval)' with 'to', NA "
    "upper bound, mTTP, planned sample size",
    "ClinicalTrials.gov-style posted-results record (flattened to one paragraph by the builder)",
    """
    Regorafenib as Second-line Treatment After Atezolizumab Plus Bevacizumab in Hepatocellular
    Carcinoma. Study Results. Brief Summary: A sample size of 44
    evaluable participants was planned to detect a median PFS of 3.5 months. Participant Flow.
    Arm/Group Title: Regorafenib. Arm/Group Description: Regorafenib 160 mg orally once daily on
    days 1-21 of each 28-day cycle; a week-1 dose of 80 mg with escalation was permitted.
    STARTED: 45. COMPLETED: 0. NOT COMPLETED: 45 (Progressive disease 31; Adverse event 7;
    Death 4; Withdrawal by subject 3). Age, Median (Full Range): 68 (44 to 83) years. Outcome
    Measure 1 (Primary): Progression-Free Survival (PFS) per RECIST 1.1.
    Time Frame: From first dose to progression or death, up to 24 months. Number of
    Participants Analyzed: 45. Median (95% Confidence Interval) Unit of Measure: months 3.7 (2.8
    to 5.4). Outcome Measure 2 (Secondary): Time to Progression (TTP). Median (95% Confidence
    Interval) Unit of Measure: months 3.9 (2.9 to 5.6). Outcome Measure 3 (Secondary): Overall
    Survival (OS). Median (95% Confidence Interval) Unit of Measure: months 10.9 (8.1 to 13.6). Outcome Measure 4 (Secondary): Objective Response Rate
    (ORR) per RECIST 1.1. Unit of Measure: percentage of participants. Number (95% Confidence
    Interval): 8.9 (2.5 to 21.2). Outcome Measure 5 (Secondary): Disease Control Rate (DCR).
    Number (95% Confidence Interval): 55.6 (40.0 to 70.4). Outcome Measure 6 (Secondary):
    Duration of Response (DOR). Number of Participants Analyzed: 4. Median (95% Confidence
    Interval) Unit of Measure: months 6.9 (4.6 to NA). Outcome Measure 7 (Secondary):
    Percentage of Participants Alive at 12 Months. Number (95% Confidence Interval): 44.4 (29.6
    to 58.2). Outcome Measure 8 (Secondary): Percentage of Participants With Grade 3 or Higher
    Treatment-Related Adverse Events (CTCAE v5.0). Unit of Measure: percentage of participants
    37.8. Outcome Measure 9 (Secondary): Percentage of Participants Who Discontinued
    Regorafenib Due to Treatment-Related Adverse Events: 13.3. Serious Adverse Events: 15/45
    (33.33%).
    """,
    [
        g("N", REG, 45),
        g("mPFS", REG, 3.7, 2.8, 5.4),
        g("mTTP", REG, 3.9, 2.9, 5.6),
        g("mOS", REG, 10.9, 8.1, 13.6),
        g("ORR", REG, 8.9, 2.5, 21.2),
        g("DCR", REG, 55.6, 40.0, 70.4),
        g("mDOR", REG, 6.9, 4.6, None),
        g("OS_RATE", REG, 44.4, 29.6, 58.2),
        g("TRAE_G3plus", REG, 37.8),
        g("TRAE_DISC", REG, 13.3),
    ],
)

CL = "camrelizumab + lenvatinib"

add(
    "blind17-18",
    "registry-style results record, two arms with pipe-separated columns (camrelizumab + "
    "lenvatinib vs lenvatinib), statistical-analysis HR blocks, NA median with lower bound, "
    "safety-set 'Number of Participants Analyzed'",
    "ClinicalTrials.gov-style posted-results record, randomised phase 2 (flattened by the builder)",
    """
    Camrelizumab Combined With Lenvatinib Versus Lenvatinib Monotherapy as First-line Therapy
    for Unresectable Hepatocellular Carcinoma: A Randomized Phase 2 Study. Results Overview.
    Participant Flow | Arm/Group Title | Camrelizumab + Lenvatinib | Lenvatinib. STARTED | 88 |
    87. COMPLETED | 19 | 11. Outcome Measure: Progression-Free Survival per RECIST 1.1
    [Primary]. Time Frame: From randomization to progression or death, up to 30 months.
    Arm/Group Title | Camrelizumab + Lenvatinib | Lenvatinib. Number of Participants Analyzed |
    88 | 87. Median (95% Confidence Interval) Unit of Measure: months | 9.6 (7.7 to 11.4) | 6.3
    (5.4 to 7.5). Statistical Analysis 1: Comparison Groups: Camrelizumab + Lenvatinib,
    Lenvatinib. Method: Stratified log-rank; P-Value 0.004. Hazard Ratio (HR) 0.62; 95%
    Confidence Interval 0.45 to 0.86. Outcome Measure: Overall Survival [Secondary]. Time Frame:
    Up to 42 months. Median (95% Confidence Interval) Unit of Measure: months | NA (19.8 to NA)
    [1] | 17.5 (14.1 to 21.3). [1] The median was not reached because of the small number of
    events. Statistical Analysis 2: Hazard Ratio (HR) 0.71; 95% Confidence Interval 0.48 to
    1.05. Outcome Measure: Objective Response Rate per RECIST 1.1 [Secondary]. Unit of Measure:
    percentage of participants | 39.8 | 21.8. Outcome Measure: Percentage of Participants With
    Grade 3 or Higher Treatment-Related Adverse Events [Secondary]. Number of Participants
    Analyzed | 87 | 86. Unit of Measure: percentage of participants | 48.3 | 33.7. Outcome
    Measure: Percentage of Participants With Grade 3 or Higher Immune-Related Adverse Events
    [Secondary]. Arm/Group Title | Camrelizumab + Lenvatinib. Number of Participants Analyzed |
    87. Unit of Measure: percentage of participants | 10.3.
    """,
    [
        g("N", CL, 88),
        g("N", LEN, 87),
        g("mPFS", CL, 9.6, 7.7, 11.4),
        g("mPFS", LEN, 6.3, 5.4, 7.5),
        g("HR_PFS", CL, 0.62, 0.45, 0.86),
        g("mOS", CL, None, 19.8, None),
        g("mOS", LEN, 17.5, 14.1, 21.3),
        g("HR_OS", CL, 0.71, 0.48, 1.05),
        g("ORR", CL, 39.8),
        g("ORR", LEN, 21.8),
        g("TRAE_G3plus", CL, 48.3),
        g("TRAE_G3plus", LEN, 33.7),
        g("IRAE_G3plus", CL, 10.3),
    ],
)

# ---------------------------------------------------------------------------------------------
# G. More second-line and first-line comparisons
# ---------------------------------------------------------------------------------------------

IT = "immune checkpoint inhibitor + tyrosine kinase inhibitor"
TKI = "tyrosine kinase inhibitor"

add(
    "blind17-19",
    "real-world two-arm second-line comparison after atezolizumab plus bevacizumab (ICI + TKI vs "
    "TKI alone, unnamed drug classes, overlap weighting), named agents listed as examples",
    "Asia-Pacific multicentre cohort (Background/Aims, Methods, Results, Conclusions)",
    """
    Background/Aims: After failure of atezolizumab plus bevacizumab, some clinicians continue
    immunotherapy by switching to another immune checkpoint inhibitor (ICI) combined with a
    tyrosine kinase inhibitor (TKI). We compared this approach with TKI monotherapy.
    Methods: Patients from 12 centres in Korea, Japan, Taiwan and Hong Kong who started
    second-line therapy after atezolizumab plus bevacizumab between 2021 and 2025 were
    included. The ICI-TKI group received an anti-PD-1 antibody (pembrolizumab, nivolumab,
    tislelizumab or sintilimab) with lenvatinib or regorafenib; the TKI group received
    lenvatinib, sorafenib, regorafenib or cabozantinib alone. Overlap weighting was used to
    balance the groups.
    Results: A total of 301 patients were analysed, 112 in the ICI-TKI group and 189 in the TKI
    group. Objective responses were seen in 19.6% and 10.1% of patients, respectively. Median PFS
    was 4.8 months (95% CI 4.0−5.9) in the ICI-TKI group and 3.4 months (95% CI 2.9–4.1) in the
    TKI group (weighted HR 0.74; 95% CI 0.57–0.96), and median OS was 12.9 months (95% CI
    10.4–15.6) and 10.2 months (95% CI 8.8–11.7) (weighted HR 0.81; 95% CI 0.61–1.08). A
    first-line treatment duration of at least 6 months was associated with longer OS (HR 0.66;
    95% CI 0.49–0.89). Grade ≥3 treatment-related adverse events occurred in 33.0% and 27.5% of
    patients, and grade ≥3 immune-related adverse events in 8.9% of the ICI-TKI group.
    Conclusions: Continuing immunotherapy with a TKI after atezolizumab plus bevacizumab was
    associated with longer PFS but no clear OS gain over TKI monotherapy.
    """,
    [
        g("N", "overall", 301),
        g("N", IT, 112),
        g("N", TKI, 189),
        g("ORR", IT, 19.6),
        g("ORR", TKI, 10.1),
        g("mPFS", IT, 4.8, 4.0, 5.9),
        g("mPFS", TKI, 3.4, 2.9, 4.1),
        g("HR_PFS", IT, 0.74, 0.57, 0.96),
        g("mOS", IT, 12.9, 10.4, 15.6),
        g("mOS", TKI, 10.2, 8.8, 11.7),
        g("HR_OS", IT, 0.81, 0.61, 1.08),
        g("TRAE_G3plus", IT, 33.0),
        g("TRAE_G3plus", TKI, 27.5),
        g("IRAE_G3plus", IT, 8.9),
    ],
)

add(
    "blind17-20",
    "real-world two-regimen meeting abstract (AB vs LEN in MASLD-HCC, IPTW), HRs above 1, "
    "subgroup spanning both arms with per-arm medians, thin-space thousands separator",
    "EASL / ILCA-type meeting abstract (Background, Methods, Results, Conclusions, Legal entity)",
    """
    Background: Post hoc analyses have questioned the benefit of immunotherapy in non-viral, and
    particularly MASLD-related, hepatocellular carcinoma. Methods: From a registry of 2{t}946
    pts with MASLD-HCC, we selected those who received 1L atezolizumab + bevacizumab (AB) or
    lenvatinib (LEN) at 22 centres in Europe and Japan (2019–2024). IPTW balanced age, ECOG PS,
    Child-Pugh score, BCLC stage and AFP. Results: 529 pts were included, 254 AB and 275 LEN
    (median age 73 y; diabetes 61%). ORR per RECIST 1.1 was 20.9% with AB and 26.2% with LEN.
    Median OS was 16.4{n}mo (95% CI 13.8–19.5) with AB vs 17.1{n}mo (95% CI 14.9–19.8) with LEN;
    the IPTW-adjusted HR for AB vs LEN was 1.06 (95% CI 0.85–1.32). Median PFS was 6.2 vs 6.9
    mo (HR 1.10; 95% CI 0.90–1.34). In the 301 pts with Child-Pugh A5, median OS was 21.7 mo
    with AB and 20.4 mo with LEN. Gr ≥3 TRAEs occurred in 17.3% of AB-treated and 40.7% of
    LEN-treated pts. Conclusions: In MASLD-HCC, AB and LEN gave similar survival, with less
    severe toxicity on AB. The choice of first-line therapy in this population should rest on
    comorbidity and tolerability rather than on aetiology alone. Legal entity responsible for
    the study: The authors. Funding: Has not received any funding. Disclosure: Several authors
    report advisory roles with Roche, Eisai and AstraZeneca.
    """,
    [
        g("N", "overall", 529),
        g("N", AB, 254),
        g("N", LEN, 275),
        g("ORR", AB, 20.9),
        g("ORR", LEN, 26.2),
        g("mOS", AB, 16.4, 13.8, 19.5),
        g("mOS", LEN, 17.1, 14.9, 19.8),
        g("HR_OS", AB, 1.06, 0.85, 1.32),
        g("mPFS", AB, 6.2),
        g("mPFS", LEN, 6.9),
        g("HR_PFS", AB, 1.10, 0.90, 1.34),
        g("N", "overall", 301),
        g("mOS", AB, 21.7),
        g("mOS", LEN, 20.4),
        g("TRAE_G3plus", AB, 17.3),
        g("TRAE_G3plus", LEN, 40.7),
    ],
)


if __name__ == "__main__":
    raise SystemExit(build(ROWS, OUT, "blind17", SPELLED, sys.argv[1:]))
