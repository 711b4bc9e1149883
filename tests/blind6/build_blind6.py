"""Source of truth for the sixth blind extraction test set (tests/blind6/blind6.jsonl).

    python tests/blind6/build_blind6.py     # writes blind6.jsonl, checks gold arms, prints counts

Every text was written for this set in new wording; gold was written with each text, before
anything was run on it. Conventions: tests/blind/README.md .. tests/blind4/README.md and
tests/blind6/README.md.
"""

from __future__ import annotations

import json
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
            "id": f"blind6-{id_:02d}",
            "style": style,
            "source_style": source_style,
            "text": text.strip(),
            "gold": gold,
        }
    )


# ---------------------------------------------------------------------------------------------
add(
    1,
    "Lancet Findings with mid-dots, 2:1 randomisation, 'x (y%) of n' safety denominators, "
    "9-month OS rates with 'respectively', DCR as counts with percent",
    "Lancet Summary (PubMed mirror), colorectal cancer",
    """
Fruquintinib versus placebo for refractory metastatic colorectal cancer (FRESCO-2): an international, randomised, double-blind, placebo-controlled, phase 3 trial

Summary
Background Once standard cytotoxic and targeted options are exhausted, patients with metastatic colorectal cancer have little left. We asked whether fruquintinib, an oral inhibitor of VEGF receptors 1, 2 and 3, lengthens survival in a heavily pretreated multinational population.
Methods In this trial at 124 hospitals in 14 countries, adults whose disease had progressed on, or who could not tolerate, trifluridine–tipiracil, regorafenib, or both, were allocated (2:1) to fruquintinib 5 mg once daily on days 1–21 of 28-day cycles or to matching placebo, in each case with best supportive care. The primary endpoint was overall survival in the intention-to-treat population. The trial is registered with ClinicalTrials.gov, NCT04322539.
Findings Of 934 patients screened between Aug 12, 2020, and Dec 2, 2021, 691 were randomly allocated, 461 to fruquintinib and 230 to placebo; they had received a median of four previous lines of therapy (IQR 3–6). Median follow-up was 11·3 months and 11·2 months in the two groups. Median overall survival was 7·4 months (95% CI 6·7–8·2) with fruquintinib and 4·8 months (4·0–5·8) with placebo (hazard ratio 0·66, 95% CI 0·55–0·80; p<0·0001); 41% and 28% of patients, respectively, were alive at 9 months. Progression-free survival also favoured fruquintinib (median 3·7 months [95% CI 3·5–3·8] vs 1·8 months [1·8–1·9]; hazard ratio 0·32, 0·27–0·39). Disease control was achieved in 256 (55·5%) of 461 patients versus 37 (16·1%) of 230. Grade 3 or worse adverse events were recorded in 286 (63%) of 456 treated patients given fruquintinib and in 116 (50%) of 230 given placebo, hypertension (14%) and asthenia (8%) being the commonest. After study treatment, 29% and 34% received further anticancer therapy.
Interpretation Fruquintinib gave a meaningful survival gain with manageable toxicity and could become a new option in refractory disease.
Funding HUTCHMED and Takeda.
""",
    [
        g("N", "overall", 691),
        g("N", "fruquintinib", 461),
        g("N", "placebo", 230),
        g("mOS", "fruquintinib", 7.4, 6.7, 8.2),
        g("mOS", "placebo", 4.8, 4.0, 5.8),
        g("HR_OS", "fruquintinib", 0.66, 0.55, 0.80),
        g("OS_RATE", "fruquintinib", 41),
        g("OS_RATE", "placebo", 28),
        g("mPFS", "fruquintinib", 3.7, 3.5, 3.8),
        g("mPFS", "placebo", 1.8, 1.8, 1.9),
        g("HR_PFS", "fruquintinib", 0.32, 0.27, 0.39),
        g("DCR", "fruquintinib", 55.5),
        g("DCR", "placebo", 16.1),
        g("AE_G3plus", "fruquintinib", 63),
        g("AE_G3plus", "placebo", 50),
    ],
)

add(
    2,
    "news report with investigator quotes ('31% lower risk of death'), 'the combination'/'the doublet', "
    "two PFS HRs (masked review and investigator), 12-month PFS rates with CIs and 'respectively'",
    "OncLive / ASCO Post-style news item on a Lancet Oncology HCC phase 3",
    """
Anlotinib Plus Penpulimab Tops Sorafenib as First-Line Therapy in Unresectable HCC

The anti–PD-1 antibody penpulimab given with the multikinase inhibitor anlotinib lengthened both progression-free survival (PFS) and overall survival (OS) compared with sorafenib in patients with previously untreated, unresectable hepatocellular carcinoma (HCC), according to the phase 3 APOLLO trial (NCT04344158), now published in The Lancet Oncology.

“Not every immunotherapy doublet has delivered an overall survival gain in liver cancer, so it is reassuring that this one did,” lead investigator Jian Zhou, MD, of Zhongshan Hospital, Fudan University, Shanghai, said in an interview. “We saw roughly a 31% lower risk of death, and the curves pull apart early.”

The open-label study, run at 79 centers in China, randomly assigned 649 patients 2 to 1 to anlotinib 10 mg once daily on days 1 through 14 plus penpulimab 200 mg on day 1 (n = 433) or to sorafenib 400 mg twice daily (n = 216), in 21-day cycles. The median age was 57 years and 85% were men.

By masked independent review, median PFS was 6.9 months (95% CI, 5.8-8.0) with the combination vs 2.8 months (95% CI, 2.7-4.1) with sorafenib (stratified HR, 0.52; 95% CI, 0.41-0.66; P < .0001). Estimated 12-month PFS rates were 27.4% (95% CI, 21.3%-33.9%) and 17.8% (95% CI, 10.8%-26.2%), respectively. Investigator assessment told the same story (HR, 0.57; 95% CI, 0.45-0.72).

At the second interim OS analysis, with median follow-up of 15.3 and 14.5 months, median OS reached 16.5 months (95% CI, 14.7-19.0) vs 13.2 months (95% CI, 9.7-16.9; stratified HR, 0.69; 95% CI, 0.55-0.87; P = .0014).

Objective responses were seen in 21% of patients on the doublet and 7% of those on sorafenib; disease control rates were 73% and 56%.

Grade 3 or higher treatment-related adverse events occurred in 48% and 51% of patients, respectively, led by hypertension (17% vs 10%) and decreased platelet count (9% vs 6%). Treatment-related serious events were reported in 21% vs 9%, and 37% vs 44% of patients went on to subsequent systemic therapy. Immune-related adverse events of grade 3 or higher occurred in 4% of patients given the combination.

“The toxicity is what you would expect from a VEGFR inhibitor plus a PD-1 antibody,” Zhou added.
""",
    [
        g("N", "overall", 649),
        g("N", "penpulimab + anlotinib", 433),
        g("N", "sorafenib", 216),
        g("mPFS", "penpulimab + anlotinib", 6.9, 5.8, 8.0),
        g("mPFS", "sorafenib", 2.8, 2.7, 4.1),
        g("HR_PFS", "penpulimab + anlotinib", 0.52, 0.41, 0.66),
        g("HR_PFS", "penpulimab + anlotinib", 0.57, 0.45, 0.72),
        g("PFS_RATE", "penpulimab + anlotinib", 27.4, 21.3, 33.9),
        g("PFS_RATE", "sorafenib", 17.8, 10.8, 26.2),
        g("mOS", "penpulimab + anlotinib", 16.5, 14.7, 19.0),
        g("mOS", "sorafenib", 13.2, 9.7, 16.9),
        g("HR_OS", "penpulimab + anlotinib", 0.69, 0.55, 0.87),
        g("ORR", "penpulimab + anlotinib", 21),
        g("ORR", "sorafenib", 7),
        g("DCR", "penpulimab + anlotinib", 73),
        g("DCR", "sorafenib", 56),
        g("TRAE_G3plus", "penpulimab + anlotinib", 48),
        g("TRAE_G3plus", "sorafenib", 51),
        g("IRAE_G3plus", "penpulimab + anlotinib", 4),
    ],
)

add(
    3,
    "terse meeting abstract with unusual typography: '95%CI:' without space, 'HR=0.85 (0.72–1.00)', "
    "'p=.0522', narrow no-break and thin spaces before units, PD-L1 HR chain, TRAE discontinuation",
    "ASCO GI late-breaking abstract (long-term update), HCC",
    "LBA-3 CheckMate 459: long-term (minimum follow-up 33.6\u202fmonths) survival with nivolumab vs sorafenib "
    "as first-line treatment of advanced hepatocellular carcinoma\n\n"
    "Background: Sorafenib provides only a modest survival benefit in first-line aHCC, and better tolerated "
    "options are needed. Initial CheckMate 459 results did not meet the prespecified OS significance "
    "threshold. We report long-term follow-up. Methods: 743 systemic-therapy–naive pts with aHCC and "
    "Child-Pugh A liver function were randomized 1:1 to nivolumab 240\u2009mg IV q2w (n=371) or sorafenib "
    "400\u2009mg PO bid (n=372). Primary endpoint: OS. Secondary: ORR and PFS by BICR per RECIST v1.1, "
    "efficacy by tumour PD-L1, safety. Results: At a minimum follow-up of 33.6\u202fmo, mOS was "
    "16.4\u202fmo (95%CI: 14.0–18.5) with nivolumab vs 14.8\u202fmo (95%CI: 12.1–17.3) with sorafenib; "
    "HR=0.85 (0.72–1.00), nominal p=.0522. 33-mo OS rates: 29% (95%CI: 25–34) vs 21% (95%CI: 17–25). "
    "The effect was similar irrespective of PD-L1: HR=0.80 (0.54–1.17) for PD-L1 ≥1% and HR=0.84 "
    "(0.70–1.01) for PD-L1 <1%. ORR 15% vs 7% (CR 4% vs 1%); mDOR 23.3 vs 23.4\u202fmo. Subsequent "
    "systemic therapy: 38% vs 46%; subsequent immunotherapy 20% vs 4%. Grade ≥3 TRAEs occurred in 22% vs "
    "49% of treated pts and TRAEs led to discontinuation in 4% vs 8%. Grade ≥3 immune-mediated AEs "
    "were reported in 6% of nivolumab-treated pts. No new safety signals emerged. "
    "Conclusions: With extended follow-up, nivolumab kept a clinically meaningful OS advantage and a "
    "favourable safety profile vs sorafenib.",
    [
        g("N", "overall", 743),
        g("N", "nivolumab", 371),
        g("N", "sorafenib", 372),
        g("mOS", "nivolumab", 16.4, 14.0, 18.5),
        g("mOS", "sorafenib", 14.8, 12.1, 17.3),
        g("HR_OS", "nivolumab", 0.85, 0.72, 1.00),
        g("OS_RATE", "nivolumab", 29, 25, 34),
        g("OS_RATE", "sorafenib", 21, 17, 25),
        g("HR_OS", "nivolumab", 0.80, 0.54, 1.17),
        g("HR_OS", "nivolumab", 0.84, 0.70, 1.01),
        g("ORR", "nivolumab", 15),
        g("ORR", "sorafenib", 7),
        g("mDOR", "nivolumab", 23.3),
        g("mDOR", "sorafenib", 23.4),
        g("TRAE_G3plus", "nivolumab", 22),
        g("TRAE_G3plus", "sorafenib", 49),
        g("TRAE_DISC", "nivolumab", 4),
        g("TRAE_DISC", "sorafenib", 8),
        g("IRAE_G3plus", "nivolumab", 6),
    ],
)

add(
    4,
    "JCO PubMed abstract: ITT and full analysis set N, OS in FAS and ITT, 'v' for versus, TTP "
    "medians with a TTP HR distractor, landmark OS rates over three timepoints, drug-related vs "
    "all-cause grade ≥3 AEs as 'n [%]'",
    "J Clin Oncol PubMed record, HCC phase II-III",
    """
Donafenib Versus Sorafenib in First-Line Treatment of Unresectable or Metastatic Hepatocellular Carcinoma: A Randomized, Open-Label, Parallel-Controlled Phase II-III Trial

Purpose: Donafenib is a deuterated derivative of sorafenib with activity in early-phase hepatocellular carcinoma (HCC) studies. We compared it head to head with sorafenib as first-line therapy.

Patients and methods: This open-label, multicenter phase II-III trial at 37 Chinese sites enrolled patients with unresectable or metastatic HCC, a Child-Pugh score of 7 or less and no prior systemic therapy, who were randomly assigned 1:1 to oral donafenib 0.2 g or sorafenib 0.4 g twice daily. The primary end point was overall survival (OS), tested for noninferiority (margin 1.08) and then superiority. Efficacy was assessed primarily in the full analysis set (FAS).

Results: From March 2016 to April 2018, 668 patients were randomly assigned (donafenib, 334; sorafenib, 334); 659 formed the FAS (328 v 331). Median OS in the FAS was 12.1 v 10.3 months (hazard ratio, 0.831; 95% CI, 0.699 to 0.988; P = .0245), and in the intention-to-treat population 12.0 v 10.1 months (hazard ratio, 0.839; 95% CI, 0.706 to 0.996). OS rates at 12 and 18 months were 50.6% v 45.0% and 35.4% v 28.1%, respectively. Median progression-free survival was 3.7 v 3.6 months (P = .0570) and median time to progression 3.7 v 3.7 months (HR, 0.931; 95% CI, 0.777 to 1.117). The objective response rate was 4.6% v 2.7% and the disease control rate 30.8% v 28.7%. Grade 3 or higher adverse events of any cause occurred in 191 (57.4%) v 224 (67.5%) patients, and drug-related grade 3 or higher events in 125 (38%) v 165 (50%) (P = .0018). Adverse events led to dose interruption in 30.3% v 42.5%.

Conclusion: Donafenib was superior to sorafenib for OS, with better tolerability, and may be a new first-line option for advanced HCC.
""",
    [
        g("N", "overall", 668),
        g("N", "donafenib", 334),
        g("N", "sorafenib", 334),
        g("N", "overall", 659),
        g("N", "donafenib", 328),
        g("N", "sorafenib", 331),
        g("mOS", "donafenib", 12.1),
        g("mOS", "sorafenib", 10.3),
        g("HR_OS", "donafenib", 0.831, 0.699, 0.988),
        g("mOS", "donafenib", 12.0),
        g("mOS", "sorafenib", 10.1),
        g("HR_OS", "donafenib", 0.839, 0.706, 0.996),
        g("OS_RATE", "donafenib", 50.6),
        g("OS_RATE", "sorafenib", 45.0),
        g("OS_RATE", "donafenib", 35.4),
        g("OS_RATE", "sorafenib", 28.1),
        g("mPFS", "donafenib", 3.7),
        g("mPFS", "sorafenib", 3.6),
        g("mTTP", "donafenib", 3.7),
        g("mTTP", "sorafenib", 3.7),
        g("ORR", "donafenib", 4.6),
        g("ORR", "sorafenib", 2.7),
        g("DCR", "donafenib", 30.8),
        g("DCR", "sorafenib", 28.7),
        g("AE_G3plus", "donafenib", 57.4),
        g("AE_G3plus", "sorafenib", 67.5),
        g("TRAE_G3plus", "donafenib", 38),
        g("TRAE_G3plus", "sorafenib", 50),
    ],
)

add(
    5,
    "network meta-analysis: chain of pooled HRs vs sorafenib as '(0.57; 0.43–0.75)', SUCRA values, "
    "odds ratios for grade 3–4 AEs, pooled patient count",
    "Liver Cancer (Karger) network meta-analysis abstract",
    """
Updated Network Meta-Analysis of First-Line Systemic and Combined Locoregional Treatment for Advanced Hepatocellular Carcinoma

Background and Aims: New first-line regimens for advanced hepatocellular carcinoma (HCC) have rarely been compared directly. We updated a Bayesian network meta-analysis to rank them.
Methods: Sixteen phase 2 or 3 randomized trials published between 2018 and 2024, enrolling 9,482 patients with unresectable or metastatic HCC, were analysed. They evaluated 11 systemic agents and 5 locoregional approaches combined with systemic therapy, with sorafenib or lenvatinib as the comparator. Overall survival (OS) was the primary outcome; progression-free survival (PFS) and grade 3–4 adverse events were secondary. Treatments were ranked by the surface under the cumulative ranking curve (SUCRA).
Results: Against sorafenib, TACE plus lenvatinib gave the largest OS gain (hazard ratio 0.41; 95% credible interval 0.30–0.58), followed by sintilimab plus IBI305 (0.57; 0.43–0.75), camrelizumab plus rivoceranib (0.62; 0.48–0.80), atezolizumab plus bevacizumab (0.66; 0.51–0.85), lenvatinib plus pembrolizumab (0.77; 0.62–0.97) and tremelimumab plus durvalumab (0.78; 0.64–0.95). For PFS, sintilimab plus IBI305 (HR 0.56; 0.46–0.70) and camrelizumab plus rivoceranib (HR 0.52; 0.41–0.65) ranked highest, while tremelimumab plus durvalumab did not differ from sorafenib (HR 0.90; 0.77–1.05). SUCRA values for OS were 0.96 for TACE plus lenvatinib, 0.81 for sintilimab plus IBI305 and 0.71 for camrelizumab plus rivoceranib. Immunotherapy-based doublets carried higher odds of grade 3–4 adverse events than sorafenib (odds ratio 1.84; 1.32–2.57), and heterogeneity was low (I² = 12%).
Conclusions: TACE plus lenvatinib ranked first for survival; among purely systemic regimens, PD-1/PD-L1 antibodies combined with anti-angiogenic agents were the most effective.
""",
    [
        g("N", "overall", 9482),
        g("HR_OS", "lenvatinib + tace", 0.41, 0.30, 0.58),
        g("HR_OS", "sintilimab + bevacizumab", 0.57, 0.43, 0.75),
        g("HR_OS", "camrelizumab + rivoceranib", 0.62, 0.48, 0.80),
        g("HR_OS", "atezolizumab + bevacizumab", 0.66, 0.51, 0.85),
        g("HR_OS", "pembrolizumab + lenvatinib", 0.77, 0.62, 0.97),
        g("HR_OS", "durvalumab + tremelimumab", 0.78, 0.64, 0.95),
        g("HR_PFS", "sintilimab + bevacizumab", 0.56, 0.46, 0.70),
        g("HR_PFS", "camrelizumab + rivoceranib", 0.52, 0.41, 0.65),
        g("HR_PFS", "durvalumab + tremelimumab", 0.90, 0.77, 1.05),
    ],
)

add(
    6,
    "single-arm proportion meta-analysis pooled across different ICI regimens ('overall'): '95%CI:' "
    "without space, I² and p<.001 after every estimate, odds ratio and prognostic HRs as distractors",
    "Frontiers in Oncology / J Cancer Res Clin Oncol meta-analysis abstract",
    """
Efficacy and safety of immune checkpoint inhibitors in advanced hepatocellular carcinoma: a systematic review and meta-analysis of 40 cohorts

Background: Immune checkpoint inhibitors (ICIs) have changed the treatment of advanced hepatocellular carcinoma (HCC), but pooled estimates across agents and settings are scarce.
Methods: PubMed, Embase, the Cochrane Library and ClinicalTrials.gov were searched up to March 2021. Prospective and retrospective cohorts treating advanced HCC with anti-PD-1, anti-PD-L1 or anti-CTLA-4 antibodies, alone or in combination, were eligible. Proportions were logit-transformed and pooled with random-effects models.
Results: Forty cohorts including 3,697 patients were analysed. The pooled objective response rate was 19.8% (95%CI: 16.4%–23.7%; I²=56.2%, p<.001) and the pooled disease control rate 58.1% (95%CI: 55.0%–61.2%; I²=75.9%). Pooled median progression-free survival was 3.3 months (95%CI: 3.0–3.6) and pooled median overall survival 11.7 months (95%CI: 10.8–12.7; I²=90.3%). Grade 3 or higher adverse events occurred in 28% (95%CI: 15%–43%) of patients. In the randomized subset, ICIs increased the odds of response compared with control treatment (OR 3.11, 95%CI: 2.17–4.44). Child-Pugh B status (HR=1.58, p<.001), ECOG performance status ≥1 (HR=1.50) and portal vein invasion (HR=1.32) were associated with shorter overall survival.
Conclusions: ICIs provide durable activity in a minority of patients with advanced HCC; liver function and performance status should guide patient selection.
""",
    [
        g("N", "overall", 3697),
        g("ORR", "overall", 19.8, 16.4, 23.7),
        g("DCR", "overall", 58.1, 55.0, 61.2),
        g("mPFS", "overall", 3.3, 3.0, 3.6),
        g("mOS", "overall", 11.7, 10.8, 12.7),
        g("AE_G3plus", "overall", 28, 15, 43),
    ],
)

add(
    7,
    "conference news on a post hoc subgroup: subgroup per-arm n, '51% reduction in the risk of death', "
    "HR with P but no CI, 12- and 24-month OS rates 'respectively ... compared with', NE upper bound, "
    "ITT background results with 'HR[95% CI]: 0.70[0.59-0.83]'",
    "BJMO / OncLive ESMO GI congress report, oesophageal cancer",
    """
First-line tislelizumab plus chemotherapy in locally advanced ESCC: a RATIONALE-306 subgroup analysis

ESMO GI 2025 – A post hoc analysis of the global phase III RATIONALE-306 trial suggests that adding tislelizumab to chemotherapy gives a clinically meaningful benefit to patients with locally advanced, unresectable oesophageal squamous cell carcinoma (ESCC) who were not candidates for surgery or definitive chemoradiation.

In the overall trial population, published earlier, median OS was 17.2 months with tislelizumab plus chemotherapy compared with 10.6 months with placebo plus chemotherapy (HR[95% CI]: 0.70[0.59-0.83], p< 0.0001).

The subgroup comprised 49 patients in the tislelizumab arm and 39 in the placebo arm. In this group, median OS was 25.6 months (95% CI, 19.4-36.3) with tislelizumab plus chemotherapy versus 12.3 months (95% CI, 9.0-21.7) with chemotherapy alone, a 51% reduction in the risk of death (HR, 0.49; P = .0037). The 12- and 24-month OS rates were 78.5% and 53.5%, respectively, in the tislelizumab group, compared with 50.9% and 22.6% in the placebo group. Median PFS was 9.7 months (95% CI, 6.9-19.6) versus 6.9 months (95% CI, 4.2-9.7) (HR, 0.56; P = .0262).

Among patients whose tumours had a PD-L1 tumour area positivity (TAP) score of at least 5%, median OS was 26.4 months (95% CI, 15.3-NE) with the combination and 11.5 months (95% CI, 8.6-19.8) with chemotherapy alone (HR, 0.37; P = .0067), a 63% lower risk of death.

“These are small numbers and the analysis was not prespecified, but the size of the effect is hard to ignore,” said presenting author Eric Van Cutsem, MD, PhD, of University Hospitals Leuven. Safety in the subgroup mirrored that of the full trial population, with no new signals.
""",
    [
        g("mOS", "tislelizumab + chemotherapy", 17.2),
        g("mOS", "chemotherapy + placebo", 10.6),
        g("HR_OS", "tislelizumab + chemotherapy", 0.70, 0.59, 0.83),
        g("N", "tislelizumab + chemotherapy", 49),
        g("N", "chemotherapy + placebo", 39),
        g("mOS", "tislelizumab + chemotherapy", 25.6, 19.4, 36.3),
        g("mOS", "chemotherapy + placebo", 12.3, 9.0, 21.7),
        g("HR_OS", "tislelizumab + chemotherapy", 0.49),
        g("OS_RATE", "tislelizumab + chemotherapy", 78.5),
        g("OS_RATE", "tislelizumab + chemotherapy", 53.5),
        g("OS_RATE", "chemotherapy + placebo", 50.9),
        g("OS_RATE", "chemotherapy + placebo", 22.6),
        g("mPFS", "tislelizumab + chemotherapy", 9.7, 6.9, 19.6),
        g("mPFS", "chemotherapy + placebo", 6.9, 4.2, 9.7),
        g("HR_PFS", "tislelizumab + chemotherapy", 0.56),
        g("mOS", "tislelizumab + chemotherapy", 26.4, 15.3, None),
        g("mOS", "chemotherapy + placebo", 11.5, 8.6, 19.8),
        g("HR_OS", "tislelizumab + chemotherapy", 0.37),
    ],
)

add(
    8,
    "Gastric Cancer structured abstract: two decimals, 'median a vs. b months' inside parentheses with HR, "
    "line-of-therapy subgroup with per-arm n, treatment-emergent grade ≥3 AEs and specific AE distractors",
    "Gastric Cancer (Springer) abstract, gastric/GEJ cancer",
    """
Rivoceranib monotherapy in previously treated advanced or metastatic gastric or gastroesophageal junction cancer (ANGEL): an international, randomized, placebo-controlled, phase 3 trial

Background
Rivoceranib (apatinib) is an oral, selective tyrosine kinase inhibitor of VEGFR-2. ANGEL (NCT03042611) tested it as 3rd-line or later therapy in a global population.

Methods
Patients who had failed at least two lines of chemotherapy were randomized 2:1 to rivoceranib 700 mg once daily or placebo, both with best supportive care. The primary endpoint was overall survival (OS) in the intention-to-treat population; progression-free survival (PFS), objective response rate (ORR) and disease control rate (DCR) by blinded independent central review (BICR) were secondary.

Results
In total, 460 patients (rivoceranib n = 308, placebo n = 152) were enrolled. OS did not differ significantly between the arms (median 5.78 vs. 5.13 months; hazard ratio [HR] 0.93, 95% CI 0.74–1.15; p = 0.4724). PFS by BICR (median 2.83 vs. 1.77 months; HR 0.58, 95% CI 0.47–0.71; p < 0.0001), ORR (6.5% vs. 1.3%) and DCR (40.3% vs. 13.2%) all favoured rivoceranib. In the prespecified subgroup treated in the 4th line or later (rivoceranib n = 122, placebo n = 63), median OS was 6.34 vs. 4.73 months (HR 0.65, 95% CI 0.46–0.92; p = 0.0192) and median PFS 3.52 vs. 1.71 months (HR 0.38, 95% CI 0.27–0.53). Treatment-emergent adverse events of grade ≥ 3 were reported in 68.2% vs. 61.3% of patients; the most common with rivoceranib were hypertension (17.9%), anemia (10.4%) and increased aspartate aminotransferase (9.4%).

Conclusions
ANGEL missed its primary OS endpoint, although rivoceranib improved PFS, ORR and DCR and prolonged OS in patients treated in the 4th line or beyond.
""",
    [
        g("N", "overall", 460),
        g("N", "rivoceranib", 308),
        g("N", "placebo", 152),
        g("mOS", "rivoceranib", 5.78),
        g("mOS", "placebo", 5.13),
        g("HR_OS", "rivoceranib", 0.93, 0.74, 1.15),
        g("mPFS", "rivoceranib", 2.83),
        g("mPFS", "placebo", 1.77),
        g("HR_PFS", "rivoceranib", 0.58, 0.47, 0.71),
        g("ORR", "rivoceranib", 6.5),
        g("ORR", "placebo", 1.3),
        g("DCR", "rivoceranib", 40.3),
        g("DCR", "placebo", 13.2),
        g("N", "rivoceranib", 122),
        g("N", "placebo", 63),
        g("mOS", "rivoceranib", 6.34),
        g("mOS", "placebo", 4.73),
        g("HR_OS", "rivoceranib", 0.65, 0.46, 0.92),
        g("mPFS", "rivoceranib", 3.52),
        g("mPFS", "placebo", 1.71),
        g("HR_PFS", "rivoceranib", 0.38, 0.27, 0.53),
        g("AE_G3plus", "rivoceranib", 68.2),
        g("AE_G3plus", "placebo", 61.3),
    ],
)

add(
    9,
    "Lancet Findings with mid-dots: screened/randomised/treated counts, HR before medians, "
    "treatment-related grade ≥3 AEs as 'x (y%) of n', DCR and ORR, specific AE distractors",
    "The Lancet Summary (publisher mirror), colorectal cancer",
    """
Regorafenib monotherapy for previously treated metastatic colorectal cancer (CORRECT): an international, multicentre, randomised, placebo-controlled, phase 3 trial

Summary
Background Many patients whose metastatic colorectal cancer progresses after every approved therapy remain fit enough for further treatment. We assessed the oral multikinase inhibitor regorafenib in this setting.
Methods At 114 centres in 16 countries, patients with metastatic colorectal cancer who had progressed during or within 3 months of their last standard therapy were randomised 2:1 to best supportive care plus regorafenib 160 mg or placebo once daily for the first 3 weeks of every 4-week cycle. Overall survival was the primary endpoint. NCT01103323.
Findings Between April 30, 2010, and March 22, 2011, 1052 patients were screened and 760 randomised (regorafenib n=505, placebo n=255); 753 started treatment (500 and 253). The primary endpoint was met at a preplanned interim analysis. Regorafenib reduced the risk of death by 23% (hazard ratio 0·77; 95% CI 0·64–0·94; one-sided p=0·0052), with median overall survival of 6·4 months versus 5·0 months with placebo. Progression-free survival was likewise prolonged (HR 0·49, 95% CI 0·42–0·58; median 1·9 vs 1·7 months). Disease control was achieved in 41% and 15% of patients and objective responses in 1·0% and 0·4%. Treatment-related adverse events of grade 3 or higher occurred in 270 (54%) of 500 patients given regorafenib and 35 (14%) of 253 given placebo, most often hand–foot skin reaction (17%), fatigue (10%), diarrhoea (7%) and hypertension (7%).
Interpretation Regorafenib is the first small-molecule multikinase inhibitor with survival benefit in metastatic colorectal cancer that has progressed after all standard therapies.
""",
    [
        g("N", "overall", 760),
        g("N", "regorafenib", 505),
        g("N", "placebo", 255),
        g("HR_OS", "regorafenib", 0.77, 0.64, 0.94),
        g("mOS", "regorafenib", 6.4),
        g("mOS", "placebo", 5.0),
        g("HR_PFS", "regorafenib", 0.49, 0.42, 0.58),
        g("mPFS", "regorafenib", 1.9),
        g("mPFS", "placebo", 1.7),
        g("DCR", "regorafenib", 41),
        g("DCR", "placebo", 15),
        g("ORR", "regorafenib", 1.0),
        g("ORR", "placebo", 0.4),
        g("TRAE_G3plus", "regorafenib", 54),
        g("TRAE_G3plus", "placebo", 14),
    ],
)

add(
    10,
    "final OS paper: crossover distractors, earlier PFS HR restated, 'improved median PFS by 6.4 months' "
    "difference distractor, inline Kaplan–Meier OS-rate table with brackets at five timepoints, "
    "prognostic biomarker HRs",
    "J Clin Oncol abstract on PMC plus ESMO abstract table, pancreatic NET",
    """
Everolimus for Advanced Pancreatic Neuroendocrine Tumors: Final Overall Survival and Circulating Biomarkers From the Randomized, Phase III RADIANT-3 Study

Purpose: In RADIANT-3, everolimus improved median progression-free survival (PFS) by 6.4 months over placebo in advanced pancreatic neuroendocrine tumors (pNET) (11.0 v 4.6 months; hazard ratio [HR], 0.35; 95% CI, 0.27 to 0.45). We now report final overall survival (OS) and the prognostic value of circulating biomarkers.
Methods: Patients with advanced, progressive, low- or intermediate-grade pNET were randomly assigned to everolimus 10 mg/day (n = 207) or placebo (n = 203). Crossover to open-label everolimus was allowed at progression. OS was analysed with a stratified log-rank test after 256 deaths.
Results: Of the 410 patients enrolled, 225 received open-label everolimus, including 172 (85%) of those first assigned to placebo. Median OS was 44.0 months (95% CI, 35.6 to 51.8 months) for patients randomly assigned to everolimus and 37.7 months (95% CI, 29.1 to 45.8 months) for those randomly assigned to placebo (HR, 0.94; 95% CI, 0.73 to 1.20; P = .30). Kaplan–Meier OS estimates, everolimus v placebo, were: 12 months, 82.6% [76.6–87.2] v 82.0% [75.9–86.7]; 24 months, 67.7% [60.7–73.8] v 64.0% [56.8–70.2]; 60 months, 34.7% [27.7–41.7] v 35.5% [28.7–42.4]. Elevated baseline chromogranin A (HR, 1.96; 95% CI, 1.47 to 2.62) and neuron-specific enolase (HR, 2.27) predicted shorter OS. Stomatitis (47%), diarrhea (44%) and rash (40%) were the most frequent adverse events in the open-label phase.
Conclusion: The 6.3-month difference in median OS was not statistically significant, probably because of crossover, but 44 months is the longest OS reported in a phase III pNET trial.
""",
    [
        g("mPFS", "everolimus", 11.0),
        g("mPFS", "placebo", 4.6),
        g("HR_PFS", "everolimus", 0.35, 0.27, 0.45),
        g("N", "everolimus", 207),
        g("N", "placebo", 203),
        g("N", "overall", 410),
        g("mOS", "everolimus", 44.0, 35.6, 51.8),
        g("mOS", "placebo", 37.7, 29.1, 45.8),
        g("HR_OS", "everolimus", 0.94, 0.73, 1.20),
        g("OS_RATE", "everolimus", 82.6, 76.6, 87.2),
        g("OS_RATE", "placebo", 82.0, 75.9, 86.7),
        g("OS_RATE", "everolimus", 67.7, 60.7, 73.8),
        g("OS_RATE", "placebo", 64.0, 56.8, 70.2),
        g("OS_RATE", "everolimus", 34.7, 27.7, 41.7),
        g("OS_RATE", "placebo", 35.5, 28.7, 42.4),
    ],
)

add(
    11,
    "ESMO proffered-paper abstract: 'HR=0.491; 95% confidence interval [CI]: 0.319–0.755; p=0.0011', "
    "'in S and P arms, respectively', defined one-letter abbreviations S/P, BIRC PFS, immature OS "
    "distractor, TEAE dose-reduction distractor",
    "ESMO Congress abstract, pancreatic NET",
    """
1156O – Surufatinib (S) for patients (Pts) with advanced pancreatic neuroendocrine tumors (SANET-p): a randomized, double-blind, placebo (P)-controlled phase III trial

Background: Surufatinib, an inhibitor of VEGFR 1–3, FGFR1 and CSF-1R, was active in extrapancreatic NETs in a previous phase III study. We report a parallel study in pancreatic NETs (pNETs).
Methods: Pts with well-differentiated (grade 1 or 2), progressive, unresectable or metastatic pNETs were randomized 2:1 to S or P, 300 mg orally once daily, until progression or intolerable toxicity; crossover was allowed at progression. The primary endpoint was investigator-assessed progression-free survival (PFS).
Results: At the cutoff of the preplanned interim analysis (11 November 2019), 172 Pts had been randomized, 113 to S and 59 to P. Investigator-assessed median PFS was 10.9 vs. 3.7 months in S and P arms, respectively (HR=0.491; 95% confidence interval [CI]: 0.319–0.755; p=0.0011). A blinded independent image review committee confirmed the benefit (13.9 vs. 4.6 months; HR=0.339; 95% CI: 0.209–0.549; p=0.0001). The objective response rate was 19.2% with S vs. 1.9% with P, and the disease control rate 80.8% vs. 66.0%. OS data were immature (16.9% of events). Treatment-related adverse events of grade ≥3 were reported in 72.6% of S-treated Pts and 28.8% of P-treated Pts, hypertension (38.9% vs. 8.5%) being the most frequent. TEAEs led to dose reduction in 38.9% of Pts on S.
Conclusions: Surufatinib significantly prolonged PFS in progressive advanced pNETs with a manageable safety profile.
""",
    [
        g("N", "overall", 172),
        g("N", "surufatinib", 113),
        g("N", "placebo", 59),
        g("mPFS", "surufatinib", 10.9),
        g("mPFS", "placebo", 3.7),
        g("HR_PFS", "surufatinib", 0.491, 0.319, 0.755),
        g("mPFS", "surufatinib", 13.9),
        g("mPFS", "placebo", 4.6),
        g("HR_PFS", "surufatinib", 0.339, 0.209, 0.549),
        g("ORR", "surufatinib", 19.2),
        g("ORR", "placebo", 1.9),
        g("DCR", "surufatinib", 80.8),
        g("DCR", "placebo", 66.0),
        g("TRAE_G3plus", "surufatinib", 72.6),
        g("TRAE_G3plus", "placebo", 28.8),
    ],
)

add(
    12,
    "negative phase 3 with HRs above 1 for the experimental arm, 'the sunitinib arm'/'the sorafenib arm', "
    "TTP medians, regional subgroup with n spanning arms, early-termination distractors",
    "J Clin Oncol PubMed abstract, HCC",
    """
Sunitinib Versus Sorafenib in Advanced Hepatocellular Cancer: Results of a Randomized Phase III Trial

Purpose: This open-label phase III study compared sunitinib with sorafenib as first-line therapy for advanced hepatocellular carcinoma (HCC).
Patients and Methods: Patients were stratified by region, performance status and hepatitis B virus status and randomly assigned 1:1 to sunitinib 37.5 mg once daily or sorafenib 400 mg twice daily. The primary end point was overall survival (OS).
Results: The trial was stopped early for futility and safety after 1,074 patients had been randomly assigned (sunitinib, n = 530; sorafenib, n = 544). Median OS was 7.9 months in the sunitinib arm and 10.2 months in the sorafenib arm (hazard ratio [HR], 1.30; 95% CI, 1.13 to 1.50; one-sided P = .9990 for superiority). Median progression-free survival (3.6 v 3.0 months; HR, 1.13; 95% CI, 0.99 to 1.30) and median time to progression (4.1 v 3.8 months) were similar. In the 787 Asian patients the HR for death was 1.21 (95% CI, 1.03 to 1.42), and in hepatitis C–positive patients median OS was 9.2 v 17.6 months. Objective responses occurred in 6.6% and 6.1% of patients. Grade 3 or higher adverse events of any cause were more frequent with sunitinib (82.1% v 73.0%), chiefly thrombocytopenia (29.7%) and neutropenia (25.7%); treatment-related deaths occurred in 17 and 6 patients, respectively.
Conclusion: Sunitinib was not superior or equivalent to sorafenib and was more toxic; sorafenib remains the standard of care.
""",
    [
        g("N", "overall", 1074),
        g("N", "sunitinib", 530),
        g("N", "sorafenib", 544),
        g("mOS", "sunitinib", 7.9),
        g("mOS", "sorafenib", 10.2),
        g("HR_OS", "sunitinib", 1.30, 1.13, 1.50),
        g("mPFS", "sunitinib", 3.6),
        g("mPFS", "sorafenib", 3.0),
        g("HR_PFS", "sunitinib", 1.13, 0.99, 1.30),
        g("mTTP", "sunitinib", 4.1),
        g("mTTP", "sorafenib", 3.8),
        g("N", "overall", 787),
        g("HR_OS", "sunitinib", 1.21, 1.03, 1.42),
        g("mOS", "sunitinib", 9.2),
        g("mOS", "sorafenib", 17.6),
        g("ORR", "sunitinib", 6.6),
        g("ORR", "sorafenib", 6.1),
        g("AE_G3plus", "sunitinib", 82.1),
        g("AE_G3plus", "sorafenib", 73.0),
    ],
)

add(
    13,
    "three-arm final analysis: 'respectively' over three arms, 2:1:1 N in one parenthesis, 99% and 96% "
    "CIs, 'p<.001', single-agent arm vs control HR, NE upper bound",
    "Lancet Oncology final-analysis abstract (PubMed), HCC",
    """
Cabozantinib plus atezolizumab versus sorafenib for advanced hepatocellular carcinoma (COSMIC-312): final results of a randomised phase 3 study

Background: In the initial analysis of COSMIC-312, cabozantinib plus atezolizumab prolonged progression-free survival versus sorafenib in previously untreated advanced hepatocellular carcinoma. We report the prespecified final overall survival analysis with an additional 15 months of follow-up.
Methods: This open-label trial at 178 centres in 32 countries randomly assigned patients (2:1:1) to cabozantinib 40 mg orally once daily plus atezolizumab 1200 mg intravenously every 3 weeks, sorafenib 400 mg twice daily, or single-agent cabozantinib 60 mg once daily. Dual primary endpoints (combination vs sorafenib) were progression-free survival per RECIST 1.1 by blinded independent radiology committee in the first 372 patients and overall survival in all patients.
Findings: Of 837 patients randomly assigned (combination n=432, sorafenib n=217, cabozantinib n=188), 786 were included in the safety population. Median overall survival was 16.5 months (96% CI 14.5–18.7) with the combination and 15.5 months (12.2–NE) with sorafenib (hazard ratio 0.98, 96% CI 0.78–1.24; p=0.87). Median progression-free survival was 6.9 months (99% CI 5.7–8.3) with the combination, 4.3 months (2.9–6.1) with sorafenib and 5.8 months (4.3–7.6) with cabozantinib alone; single-agent cabozantinib reduced the risk of progression or death versus sorafenib (HR 0.71, 99% CI 0.51–0.98; p<.001). Objective response rates were 13%, 6% and 6%, respectively. Treatment-related grade 3 or 4 adverse events occurred in 58%, 41% and 63% of patients, respectively, and treatment-related adverse events led to discontinuation of all study drugs in 14%, 7% and 10%. Serious treatment-related events occurred in 18%, 8% and 13%.
Interpretation: The combination did not improve overall survival over sorafenib, despite a progression-free survival benefit.
""",
    [
        g("N", "overall", 837),
        g("N", "atezolizumab + cabozantinib", 432),
        g("N", "sorafenib", 217),
        g("N", "cabozantinib", 188),
        g("mOS", "atezolizumab + cabozantinib", 16.5, 14.5, 18.7),
        g("mOS", "sorafenib", 15.5, 12.2, None),
        g("HR_OS", "atezolizumab + cabozantinib", 0.98, 0.78, 1.24),
        g("mPFS", "atezolizumab + cabozantinib", 6.9, 5.7, 8.3),
        g("mPFS", "sorafenib", 4.3, 2.9, 6.1),
        g("mPFS", "cabozantinib", 5.8, 4.3, 7.6),
        g("HR_PFS", "cabozantinib", 0.71, 0.51, 0.98),
        g("ORR", "atezolizumab + cabozantinib", 13),
        g("ORR", "sorafenib", 6),
        g("ORR", "cabozantinib", 6),
        g("TRAE_G3plus", "atezolizumab + cabozantinib", 58),
        g("TRAE_G3plus", "sorafenib", 41),
        g("TRAE_G3plus", "cabozantinib", 63),
        g("TRAE_DISC", "atezolizumab + cabozantinib", 14),
        g("TRAE_DISC", "sorafenib", 7),
        g("TRAE_DISC", "cabozantinib", 10),
    ],
)

add(
    14,
    "quality-of-life paper that restates OS/PFS: Unicode minus in least-squares mean changes and CIs, "
    "time-to-deterioration medians and HRs (distractors), PRO population per arm, 'len + pembro' / "
    "'len + pbo' shorthand",
    "ESMO Open HRQoL abstract (PubMed mirror), HCC",
    "Health-related quality of life with lenvatinib plus pembrolizumab versus lenvatinib plus placebo as "
    "first-line treatment for advanced hepatocellular carcinoma: patient-reported outcomes from LEAP-002\n\n"
    "Background: Symptom burden in advanced hepatocellular carcinoma (HCC) is high, and first-line regimens "
    "should be judged on health-related quality of life (HRQoL) as well as efficacy. In LEAP-002, median "
    "overall survival was 21.2 months with lenvatinib plus pembrolizumab (len + pembro) and 19.0 months with "
    "lenvatinib plus placebo (len + pbo) (HR 0.840; 95% CI 0.708–0.997), and median progression-free survival "
    "8.2 versus 8.0 months (HR 0.867; 95% CI 0.734–1.024); neither met its significance threshold.\n"
    "Patients and methods: 794 participants were randomized 1:1. Prespecified exploratory PRO endpoints were "
    "assessed with the EORTC QLQ-C30, QLQ-HCC18 and EQ-5D-5L. Time to confirmed deterioration (TTD) was "
    "estimated by Kaplan–Meier; least-squares mean (LSM) changes from baseline to week 27 were compared with "
    "a constrained longitudinal model.\n"
    "Results: The PRO population comprised 779 participants (len + pembro, n = 390; len + pbo, n = 389); "
    "compliance exceeded 91% up to week 27. The LSM change in QLQ-C30 global health status/QoL was "
    "\u22128.13 (95% CI \u221210.38 to \u22125.87) with len + pembro and \u22128.58 (95% CI \u221210.83 to "
    "\u22126.33) with len + pbo (difference 0.45; 95% CI \u22122.53 to 3.44). Median TTD in global health "
    "status/QoL was 3.6 versus 3.7 months (HR 1.01; 95% CI 0.83–1.22), and in physical functioning 4.2 "
    "versus 4.6 months (HR 1.05). EQ-5D-5L VAS changes were \u22126.92 and \u22127.53.\n"
    "Conclusions: Adding pembrolizumab to lenvatinib did not worsen HRQoL.",
    [
        g("mOS", "pembrolizumab + lenvatinib", 21.2),
        g("mOS", "lenvatinib + placebo", 19.0),
        g("HR_OS", "pembrolizumab + lenvatinib", 0.840, 0.708, 0.997),
        g("mPFS", "pembrolizumab + lenvatinib", 8.2),
        g("mPFS", "lenvatinib + placebo", 8.0),
        g("HR_PFS", "pembrolizumab + lenvatinib", 0.867, 0.734, 1.024),
        g("N", "overall", 794),
        g("N", "overall", 779),
        g("N", "pembrolizumab + lenvatinib", 390),
        g("N", "lenvatinib + placebo", 389),
    ],
)

add(
    15,
    "noninferiority trial: margin and 95.8% CI, double-dummy placebo not in arm names, TTP medians, "
    "mRECIST ORR and DCR, grade ≥3 AEs 'irrespective of causality', AE discontinuation distractor",
    "J Clin Oncol abstract / ASCO Post summary, HCC",
    """
Brivanib Versus Sorafenib As First-Line Therapy in Patients With Unresectable, Advanced Hepatocellular Carcinoma: Results From the Randomized Phase III BRISK-FL Study

Purpose: Brivanib, a dual inhibitor of VEGF and FGF receptor signalling, was compared with sorafenib in a noninferiority trial for first-line treatment of advanced hepatocellular carcinoma (HCC).
Patients and Methods: Patients with no prior systemic therapy were randomly assigned 1:1 in a double-blind, double-dummy design to brivanib 800 mg once daily or sorafenib 400 mg twice daily. The primary end point was overall survival (OS); noninferiority required the upper limit of the 95.8% CI of the hazard ratio to be below 1.08.
Results: In all, 1,155 patients were randomly assigned (brivanib, n = 577; sorafenib, n = 578); 62% were from Asia and 77% had Barcelona Clinic Liver Cancer stage C disease. Median OS was 9.5 months with brivanib and 9.9 months with sorafenib (HR, 1.06; 95.8% CI, 0.93 to 1.22), so the noninferiority criterion was not met. Median time to progression was 4.2 and 4.1 months (HR, 1.01), the objective response rate by modified RECIST 12% and 9%, and the disease control rate 66% and 65%, respectively. Grade ≥3 adverse events irrespective of causality were reported in 79% of brivanib-treated and 71% of sorafenib-treated patients; adverse events led to discontinuation in 43% and 33%.
Conclusion: Brivanib did not meet the OS noninferiority end point; antitumour activity was similar but tolerability was worse.
""",
    [
        g("N", "overall", 1155),
        g("N", "brivanib", 577),
        g("N", "sorafenib", 578),
        g("mOS", "brivanib", 9.5),
        g("mOS", "sorafenib", 9.9),
        g("HR_OS", "brivanib", 1.06, 0.93, 1.22),
        g("mTTP", "brivanib", 4.2),
        g("mTTP", "sorafenib", 4.1),
        g("ORR", "brivanib", 12),
        g("ORR", "sorafenib", 9),
        g("DCR", "brivanib", 66),
        g("DCR", "sorafenib", 65),
        g("AE_G3plus", "brivanib", 79),
        g("AE_G3plus", "sorafenib", 71),
    ],
)

add(
    16,
    "Lancet Gastroenterology Findings with mid-dots and three-decimal HRs, co-primary endpoints, "
    "paclitaxel backbone in both arms ('placebo plus paclitaxel'), ORR/DCR, 'x (y%) of n' TEAE denominators",
    "Lancet Gastroenterology & Hepatology summary (PubMed mirror), gastric cancer",
    """
Efficacy and safety of weekly paclitaxel with or without ramucirumab as second-line therapy for advanced gastric or gastro-oesophageal junction adenocarcinoma (RAINBOW-Asia): a randomised, multicentre, double-blind, phase 3 trial

Summary
Background In the global RAINBOW study, ramucirumab plus paclitaxel prolonged survival over placebo plus paclitaxel. RAINBOW-Asia was a bridging study in predominantly Chinese patients.
Methods At 32 centres in China, Malaysia, the Philippines and Thailand, adults with advanced gastric or gastro-oesophageal junction adenocarcinoma previously given fluoropyrimidine–platinum chemotherapy were randomly assigned (2:1) to ramucirumab 8 mg/kg or placebo on days 1 and 15, plus paclitaxel 80 mg/m² on days 1, 8 and 15 of each 28-day cycle. Progression-free survival was the primary endpoint.
Findings Between Jan 2017 and Sept 2019, 440 patients were randomly assigned, 294 to ramucirumab plus paclitaxel and 146 to placebo plus paclitaxel. Median progression-free survival was 4·14 months (95% CI 3·71–4·30) versus 3·15 months (2·83–4·14; stratified hazard ratio 0·765, 95% CI 0·613–0·955; p=0·0184). Median overall survival was 8·71 months (7·98–9·49) versus 7·92 months (6·31–9·10; hazard ratio 0·963, 0·771–1·203). An objective response was achieved by 35·4% and 20·5% of patients and disease control by 81·0% and 61·0%, respectively. Treatment-emergent adverse events of grade 3 or worse occurred in 262 (89%) of 294 patients in the ramucirumab group and 119 (82%) of 145 in the placebo group, most commonly neutropenia (59% vs 41%).
Interpretation Ramucirumab plus paclitaxel improved progression-free survival in this population, consistent with RAINBOW.
""",
    [
        g("N", "overall", 440),
        g("N", "ramucirumab + paclitaxel", 294),
        g("N", "paclitaxel + placebo", 146),
        g("mPFS", "ramucirumab + paclitaxel", 4.14, 3.71, 4.30),
        g("mPFS", "paclitaxel + placebo", 3.15, 2.83, 4.14),
        g("HR_PFS", "ramucirumab + paclitaxel", 0.765, 0.613, 0.955),
        g("mOS", "ramucirumab + paclitaxel", 8.71, 7.98, 9.49),
        g("mOS", "paclitaxel + placebo", 7.92, 6.31, 9.10),
        g("HR_OS", "ramucirumab + paclitaxel", 0.963, 0.771, 1.203),
        g("ORR", "ramucirumab + paclitaxel", 35.4),
        g("ORR", "paclitaxel + placebo", 20.5),
        g("DCR", "ramucirumab + paclitaxel", 81.0),
        g("DCR", "paclitaxel + placebo", 61.0),
        g("AE_G3plus", "ramucirumab + paclitaxel", 89),
        g("AE_G3plus", "paclitaxel + placebo", 82),
    ],
)

add(
    17,
    "BMJ structured abstract: 'v' for versus, HR written 'hazard ratio 0.63, 95% confidence interval "
    "0.51 to 0.78', ITT then CPS ≥10 chain, final analysis 'with an additional ... follow-up' with "
    "'33.9% reduction in risk of death (HR 0.661)' and no CI",
    "BMJ research abstract (PubMed mirror) plus AACR final-analysis press text, oesophageal cancer",
    """
Sintilimab versus placebo in combination with chemotherapy as first line treatment for locally advanced or metastatic oesophageal squamous cell carcinoma (ORIENT-15): multicentre, randomised, double blind, phase 3 trial

Objective To evaluate sintilimab versus placebo, each combined with chemotherapy (cisplatin plus paclitaxel or cisplatin plus 5-fluorouracil), as first line treatment of advanced oesophageal squamous cell carcinoma.
Design Multicentre, randomised, double blind, phase 3 trial.
Setting 66 sites in China and 13 sites elsewhere, December 2018 to April 2021.
Participants 659 adults with untreated advanced or metastatic oesophageal squamous cell carcinoma.
Main outcome measures Overall survival in all patients and in those with a programmed cell death ligand 1 combined positive score (CPS) of 10 or more.
Results 659 patients were randomly assigned to sintilimab (n=327) or placebo (n=332) with chemotherapy; 616 (93%) received cisplatin plus paclitaxel. At the interim analysis, sintilimab plus chemotherapy improved overall survival over placebo plus chemotherapy in all patients (median 16.7 v 12.5 months, hazard ratio 0.63, 95% confidence interval 0.51 to 0.78; P<0.001) and in patients with CPS of 10 or more (17.2 v 13.6 months, 0.64, 0.48 to 0.85; P=0.002). Progression free survival was also longer in all patients (7.2 v 5.7 months, 0.56, 0.46 to 0.68) and with CPS of 10 or more (8.3 v 6.4 months, 0.58, 0.45 to 0.75). The objective response rate was 66.1% v 45.5%. Treatment related adverse events of grade 3 or higher occurred in 60% v 55% of patients. With an additional 16 months of follow-up at the final analysis, the benefit held: median overall survival 17.4 v 12.8 months, a 33.9% reduction in risk of death (HR 0.661), and 18.4 v 14.5 months in the CPS 10 or more population (HR 0.635).
Conclusions Sintilimab plus chemotherapy significantly prolonged survival as first line treatment for advanced oesophageal squamous cell carcinoma.
Trial registration ClinicalTrials.gov NCT03748134.
""",
    [
        g("N", "overall", 659),
        g("N", "sintilimab + chemotherapy", 327),
        g("N", "chemotherapy + placebo", 332),
        g("mOS", "sintilimab + chemotherapy", 16.7),
        g("mOS", "chemotherapy + placebo", 12.5),
        g("HR_OS", "sintilimab + chemotherapy", 0.63, 0.51, 0.78),
        g("mOS", "sintilimab + chemotherapy", 17.2),
        g("mOS", "chemotherapy + placebo", 13.6),
        g("HR_OS", "sintilimab + chemotherapy", 0.64, 0.48, 0.85),
        g("mPFS", "sintilimab + chemotherapy", 7.2),
        g("mPFS", "chemotherapy + placebo", 5.7),
        g("HR_PFS", "sintilimab + chemotherapy", 0.56, 0.46, 0.68),
        g("mPFS", "sintilimab + chemotherapy", 8.3),
        g("mPFS", "chemotherapy + placebo", 6.4),
        g("HR_PFS", "sintilimab + chemotherapy", 0.58, 0.45, 0.75),
        g("ORR", "sintilimab + chemotherapy", 66.1),
        g("ORR", "chemotherapy + placebo", 45.5),
        g("TRAE_G3plus", "sintilimab + chemotherapy", 60),
        g("TRAE_G3plus", "chemotherapy + placebo", 55),
        g("mOS", "sintilimab + chemotherapy", 17.4),
        g("mOS", "chemotherapy + placebo", 12.8),
        g("HR_OS", "sintilimab + chemotherapy", 0.661),
        g("mOS", "sintilimab + chemotherapy", 18.4),
        g("mOS", "chemotherapy + placebo", 14.5),
        g("HR_OS", "sintilimab + chemotherapy", 0.635),
    ],
)

add(
    18,
    "randomised phase 2 in Child-Pugh B: 2:1 allocation with N in words and digits, subgroup (CPB7) "
    "with per-arm n, 12-month OS rates, 'p<.05', partial-response distractor, 'no grade 3 or higher "
    "drug-related adverse events' (not gold)",
    "Journal of Clinical Oncology / Oncotarget-style phase 2 abstract, HCC",
    """
Namodenoson in Advanced Hepatocellular Carcinoma and Child-Pugh B Cirrhosis: Randomized Placebo-Controlled Clinical Trial

Background: Patients with advanced hepatocellular carcinoma (HCC) and Child-Pugh B (CPB) cirrhosis are excluded from most trials. Namodenoson (CF102), an A3 adenosine receptor agonist, was tested as second-line therapy in this population.
Methods: In this double-blind phase II study, seventy-eight patients with advanced HCC and CPB cirrhosis who had progressed on or were intolerant of sorafenib were randomized 2:1 to oral namodenoson 25 mg twice daily (n = 56) or placebo (n = 22). The primary end point was overall survival (OS).
Results: The primary end point was not met: median OS was 4.1 months with namodenoson and 4.3 months with placebo (hazard ratio [HR] 0.82; 95% CI 0.49–1.38; p = .46). In the prespecified CPB7 subgroup (namodenoson n = 34, placebo n = 12), median OS was 6.9 versus 3.9 months (HR 0.81; 95% CI 0.45–1.43) and 12-month OS was 44% versus 18% (p<.05). Median progression-free survival in CPB7 patients was 3.5 versus 1.9 months (HR 0.89). Partial responses were seen in 3 (8.8%) of the CPB7 patients on namodenoson. No grade 3 or higher drug-related adverse events and no treatment-related deaths were recorded.
Conclusions: Namodenoson was safe in CPB cirrhosis, and the OS signal in CPB7 patients warrants a phase III trial.
""",
    [
        g("N", "overall", 78),
        g("N", "namodenoson", 56),
        g("N", "placebo", 22),
        g("mOS", "namodenoson", 4.1),
        g("mOS", "placebo", 4.3),
        g("HR_OS", "namodenoson", 0.82, 0.49, 1.38),
        g("N", "namodenoson", 34),
        g("N", "placebo", 12),
        g("mOS", "namodenoson", 6.9),
        g("mOS", "placebo", 3.9),
        g("HR_OS", "namodenoson", 0.81, 0.45, 1.43),
        g("OS_RATE", "namodenoson", 44),
        g("OS_RATE", "placebo", 18),
        g("mPFS", "namodenoson", 3.5),
        g("mPFS", "placebo", 1.9),
        g("HR_PFS", "namodenoson", 0.89),
    ],
)

add(
    19,
    "Lancet Oncology Findings with mid-dots in a biomarker-selected trial: screened for MET, 2:1 "
    "allocation, 'x (y%) of n' grade ≥3 AEs, HR before medians in parentheses",
    "Lancet Oncology summary (publisher mirror), HCC",
    """
Tivantinib for second-line treatment of MET-high, advanced hepatocellular carcinoma (METIV-HCC): a final analysis of a phase 3, randomised, placebo-controlled study

Summary
Background MET-high hepatocellular carcinoma has a poor prognosis. Tivantinib, a selective oral MET inhibitor, was active in MET-high tumours in a randomised phase 2 study, which prompted this confirmatory trial.
Methods Patients with advanced hepatocellular carcinoma, Child-Pugh A liver function and MET-high tumours (≥2+ staining in ≥50% of cells) who had progressed on or could not tolerate sorafenib were randomly assigned (2:1) to tivantinib 120 mg twice daily or placebo. Overall survival in the intention-to-treat population was the primary endpoint.
Findings Of 1422 patients whose tumour samples were screened for MET, 340 were randomly assigned: 226 to tivantinib and 114 to placebo. Median follow-up was 18·1 months. Overall survival did not differ (median 8·4 months [95% CI 6·8–10·0] vs 9·1 months [7·3–10·4]; hazard ratio 0·97, 95% CI 0·75–1·25; p=0·81), and neither did progression-free survival (2·1 months [1·9–2·7] vs 2·0 months [1·9–2·2]; 0·96, 0·75–1·22). Grade 3 or worse adverse events occurred in 125 (56%) of 225 patients in the tivantinib group and 63 (55%) of 114 in the placebo group, most frequently ascites (7% vs 8%) and anaemia (5% vs 4%).
Interpretation Tivantinib did not improve survival in MET-high advanced hepatocellular carcinoma after sorafenib.
""",
    [
        g("N", "overall", 340),
        g("N", "tivantinib", 226),
        g("N", "placebo", 114),
        g("mOS", "tivantinib", 8.4, 6.8, 10.0),
        g("mOS", "placebo", 9.1, 7.3, 10.4),
        g("HR_OS", "tivantinib", 0.97, 0.75, 1.25),
        g("mPFS", "tivantinib", 2.1, 1.9, 2.7),
        g("mPFS", "placebo", 2.0, 1.9, 2.2),
        g("HR_PFS", "tivantinib", 0.96, 0.75, 1.22),
        g("AE_G3plus", "tivantinib", 56),
        g("AE_G3plus", "placebo", 55),
    ],
)

add(
    20,
    "NEJM abstract: early stop by data monitoring committee, deaths as counts (distractor), HR for death "
    "with CI, ORR of 0% in the placebo group, specific grade 3-4 AE distractors",
    "New England Journal of Medicine abstract, pancreatic NET",
    """
Sunitinib Malate for the Treatment of Pancreatic Neuroendocrine Tumors

BACKGROUND
The multitargeted tyrosine kinase inhibitor sunitinib was active against pancreatic neuroendocrine tumors in preclinical models and early trials.
METHODS
We randomly assigned patients with well-differentiated, advanced pancreatic neuroendocrine tumors and radiologic progression within the previous 12 months to best supportive care plus sunitinib 37.5 mg per day or placebo. The primary end point was progression-free survival; secondary end points included overall survival, objective response rate, patient-reported outcomes and safety.
RESULTS
The independent data and safety monitoring committee recommended stopping the study early after 171 patients had been enrolled (86 in the sunitinib group and 85 in the placebo group), because more serious adverse events and deaths were occurring in the placebo group and progression-free survival differed between groups. Median progression-free survival was 11.4 months in the sunitinib group as compared with 5.5 months in the placebo group (hazard ratio for progression or death, 0.42; 95% confidence interval [CI], 0.26 to 0.66; P<0.001). The objective response rate was 9.3% in the sunitinib group and 0% in the placebo group. At the data cutoff, 9 deaths had occurred in the sunitinib group (10%) and 21 in the placebo group (25%) (hazard ratio for death, 0.41; 95% CI, 0.19 to 0.89; P=0.02). The most frequent adverse events with sunitinib were diarrhea, nausea, vomiting, asthenia and fatigue; grade 3 or 4 neutropenia occurred in 12% and hypertension in 10%.
CONCLUSIONS
Continuous daily sunitinib improved progression-free survival, overall survival and the objective response rate in advanced pancreatic neuroendocrine tumors.
""",
    [
        g("N", "overall", 171),
        g("N", "sunitinib", 86),
        g("N", "placebo", 85),
        g("mPFS", "sunitinib", 11.4),
        g("mPFS", "placebo", 5.5),
        g("HR_PFS", "sunitinib", 0.42, 0.26, 0.66),
        g("ORR", "sunitinib", 9.3),
        g("ORR", "placebo", 0),
        g("HR_OS", "sunitinib", 0.41, 0.19, 0.89),
    ],
)

add(
    21,
    "conference-highlight news with investigator and discussant quotes, HR above 1, TTP medians, DCR, "
    "'the everolimus arm'/'placebo recipients', percent-difference and Child-Pugh distractors",
    "ASCO Post / Healio conference highlight, HCC",
    """
EVOLVE-1: Everolimus Fails to Extend Survival After Sorafenib in Advanced Liver Cancer

CHICAGO — The mTOR inhibitor everolimus did not improve overall survival in patients with advanced hepatocellular carcinoma whose disease had progressed on or who were intolerant of sorafenib, according to results of the phase III EVOLVE-1 trial presented at the Gastrointestinal Cancers Symposium.

“We had good preclinical reasons to think that mTOR was a driver here, but the randomized data are clear,” said lead author Andrew X. Zhu, MD, PhD, of Massachusetts General Hospital Cancer Center. “There is no survival benefit.”

The trial enrolled 546 patients with Child-Pugh A liver function at 98 centers; 362 were randomly assigned to everolimus 7.5 mg daily and 184 to placebo, each with best supportive care. About 59% of the patients were Asian and 86% had stopped sorafenib because of progression.

Median overall survival was 7.6 months in the everolimus arm and 7.3 months among placebo recipients (hazard ratio [HR], 1.05; 95% CI, 0.86–1.27; P = .68). Median time to progression was 3.0 vs 2.6 months (HR, 0.93), and the disease control rate was 56.1% vs 45.1%, a difference of 11 percentage points. Grade 3 or higher adverse events regardless of attribution were reported in 72.6% vs 58.7% of patients; anemia, asthenia and decreased appetite were the most common.

Discussant Richard S. Finn, MD, of UCLA, called the result “another reminder of how hard second-line HCC has been,” adding that “at least four agents have now failed after sorafenib.”
""",
    [
        g("N", "overall", 546),
        g("N", "everolimus", 362),
        g("N", "placebo", 184),
        g("mOS", "everolimus", 7.6),
        g("mOS", "placebo", 7.3),
        g("HR_OS", "everolimus", 1.05, 0.86, 1.27),
        g("mTTP", "everolimus", 3.0),
        g("mTTP", "placebo", 2.6),
        g("DCR", "everolimus", 56.1),
        g("DCR", "placebo", 45.1),
        g("AE_G3plus", "everolimus", 72.6),
        g("AE_G3plus", "placebo", 58.7),
    ],
)

add(
    22,
    "add-on trial where the control is 'sorafenib plus placebo' and the experimental arm is written "
    "'erlotinib plus sorafenib' (lexicon order differs from text order), TTP shorter in experimental arm, "
    "ORR/DCR pairs, treatment-duration distractors in days",
    "J Clin Oncol PubMed abstract, HCC",
    """
SEARCH: A Phase III, Randomized, Double-Blind, Placebo-Controlled Trial of Sorafenib Plus Erlotinib in Patients With Advanced Hepatocellular Carcinoma

Purpose: Sorafenib is a standard first-line therapy for advanced hepatocellular carcinoma (HCC), and EGFR signalling has been implicated in HCC progression. We asked whether adding erlotinib to sorafenib improves survival.
Patients and Methods: Patients with advanced HCC, Child-Pugh A liver function and no previous systemic therapy were randomly assigned 1:1 to sorafenib 400 mg twice daily plus erlotinib 150 mg once daily or sorafenib plus matching placebo. The primary end point was overall survival (OS).
Results: A total of 720 patients were randomly assigned: 362 to erlotinib plus sorafenib and 358 to sorafenib plus placebo. Median OS was 9.5 months with the combination and 8.5 months with sorafenib plus placebo (hazard ratio, 0.929; 95% CI, 0.781 to 1.106; P = .408). Median time to progression was 3.2 versus 4.0 months (P = .18). The objective response rate was 6.6% versus 3.9% and the disease control rate 43.9% versus 52.5%, respectively. Median treatment duration was shorter with the combination (86 v 123 days), and rates of grade 3 or higher adverse events were 75.3% and 69.1%.
Conclusion: Adding erlotinib to sorafenib did not improve OS in advanced HCC.
""",
    [
        g("N", "overall", 720),
        g("N", "sorafenib + erlotinib", 362),
        g("N", "sorafenib + placebo", 358),
        g("mOS", "sorafenib + erlotinib", 9.5),
        g("mOS", "sorafenib + placebo", 8.5),
        g("HR_OS", "sorafenib + erlotinib", 0.929, 0.781, 1.106),
        g("mTTP", "sorafenib + erlotinib", 3.2),
        g("mTTP", "sorafenib + placebo", 4.0),
        g("ORR", "sorafenib + erlotinib", 6.6),
        g("ORR", "sorafenib + placebo", 3.9),
        g("DCR", "sorafenib + erlotinib", 43.9),
        g("DCR", "sorafenib + placebo", 52.5),
        g("AE_G3plus", "sorafenib + erlotinib", 75.3),
        g("AE_G3plus", "sorafenib + placebo", 69.1),
    ],
)

add(
    23,
    "JAMA Oncology Key Points repeating Results (repeated medians are one finding each), futility stop, "
    "'(95% CI, 7.3-10.8)' medians, hematologic grade ≥3 distractor vs all-type grade ≥3 AEs",
    "JAMA Oncology Key Points + structured abstract, HCC",
    """
Effect of Sorafenib Plus Doxorubicin vs Sorafenib Alone on Survival in Advanced Hepatocellular Carcinoma: The CALGB 80802 (Alliance) Randomized Clinical Trial

Key Points
Question Does adding doxorubicin to sorafenib improve overall survival in advanced hepatocellular carcinoma?
Findings In this randomized clinical trial of 356 patients, median overall survival was 9.3 months with doxorubicin plus sorafenib and 9.4 months with sorafenib alone, and the trial was stopped for futility.
Meaning Doxorubicin plus sorafenib should not be used for advanced hepatocellular carcinoma.

Abstract
Importance A randomized phase 2 study suggested a survival benefit of doxorubicin plus sorafenib over doxorubicin alone.
Design, Setting, and Participants Multicenter phase 3 trial in patients with advanced hepatocellular carcinoma, Child-Pugh A liver function and no previous systemic therapy, enrolled between 2010 and 2015.
Interventions Patients were randomized 1:1 to doxorubicin 60 mg/m² every 21 days plus sorafenib 400 mg twice daily (n = 180) or sorafenib alone (n = 176).
Results Of the 356 randomized patients, 346 were treated. The study was halted at a planned interim analysis after crossing the futility boundary. Median overall survival was 9.3 months (95% CI, 7.3-10.8) with doxorubicin plus sorafenib vs 9.4 months (95% CI, 7.3-12.9) with sorafenib alone (hazard ratio, 1.05; 95% CI, 0.83-1.31). Median progression-free survival was 4.0 months (95% CI, 3.4-4.9) vs 3.6 months (95% CI, 2.8-4.6) (hazard ratio, 0.93; 95% CI, 0.75-1.16). Grade 3 or 4 hematologic adverse events occurred in 37.8% vs 8.1%, and grade 3 or higher adverse events of any type in 81.0% vs 63.8% of patients.
Conclusions and Relevance Adding doxorubicin to sorafenib increased toxicity without improving survival.
""",
    [
        g("N", "overall", 356),
        g("N", "sorafenib + doxorubicin", 180),
        g("N", "sorafenib", 176),
        g("mOS", "sorafenib + doxorubicin", 9.3, 7.3, 10.8),
        g("mOS", "sorafenib", 9.4, 7.3, 12.9),
        g("HR_OS", "sorafenib + doxorubicin", 1.05, 0.83, 1.31),
        g("mPFS", "sorafenib + doxorubicin", 4.0, 3.4, 4.9),
        g("mPFS", "sorafenib", 3.6, 2.8, 4.6),
        g("HR_PFS", "sorafenib + doxorubicin", 0.93, 0.75, 1.16),
        g("AE_G3plus", "sorafenib + doxorubicin", 81.0),
        g("AE_G3plus", "sorafenib", 63.8),
    ],
)

add(
    24,
    "news item with quotes: 'n in each arm' N, HRs written as '42% reduction in the risk of progression "
    "or death', one-year PFS rates, ORR, grade ≥3 AEs of any cause, TP/placebo-TP abbreviations",
    "OncLive / Targeted Oncology news on a Cancer Cell phase 3, oesophageal cancer",
    """
Toripalimab Plus Chemotherapy Improves PFS and OS in Frontline Advanced ESCC

Adding toripalimab to paclitaxel and cisplatin (TP) as first-line therapy for advanced esophageal squamous cell carcinoma (ESCC) lowered the risk of progression or death by 42% and the risk of death by 42% compared with placebo plus TP, according to findings from the phase 3 JUPITER-06 trial published in Cancer Cell.

“These data add to the evidence that a PD-1 antibody should be part of first-line treatment for every fit patient with advanced ESCC,” said principal investigator Rui-Hua Xu, MD, PhD, of Sun Yat-sen University Cancer Center in Guangzhou, China.

In the double-blind study, 514 patients were randomly assigned 1:1, with 257 in each arm, to toripalimab 240 mg or placebo every 3 weeks, each combined with TP for up to six cycles, followed by toripalimab or placebo maintenance.

Median progression-free survival (PFS) was 5.7 months with toripalimab plus TP vs 5.5 months with placebo plus TP (HR, 0.58; 95% CI, 0.46-0.74; P < .0001). The 1-year PFS rates were 27.8% and 6.1%, respectively. Median overall survival (OS) was 17.0 months vs 11.0 months (HR, 0.58; 95% CI, 0.43-0.78; P = .0004). The objective response rate was 69.3% vs 52.1%, with a median duration of response of 5.6 vs 4.2 months.

Grade 3 or greater adverse events of any cause were reported in 73.2% of the toripalimab group and 70.0% of the placebo group; fatal adverse events occurred in 8.2% vs 8.2%.

“The benefit was seen regardless of PD-L1 expression,” Xu noted.
""",
    [
        g("N", "overall", 514),
        g("N", "toripalimab + cisplatin + paclitaxel", 257),
        g("N", "cisplatin + paclitaxel + placebo", 257),
        g("mPFS", "toripalimab + cisplatin + paclitaxel", 5.7),
        g("mPFS", "cisplatin + paclitaxel + placebo", 5.5),
        g("HR_PFS", "toripalimab + cisplatin + paclitaxel", 0.58, 0.46, 0.74),
        g("PFS_RATE", "toripalimab + cisplatin + paclitaxel", 27.8),
        g("PFS_RATE", "cisplatin + paclitaxel + placebo", 6.1),
        g("mOS", "toripalimab + cisplatin + paclitaxel", 17.0),
        g("mOS", "cisplatin + paclitaxel + placebo", 11.0),
        g("HR_OS", "toripalimab + cisplatin + paclitaxel", 0.58, 0.43, 0.78),
        g("ORR", "toripalimab + cisplatin + paclitaxel", 69.3),
        g("ORR", "cisplatin + paclitaxel + placebo", 52.1),
        g("mDOR", "toripalimab + cisplatin + paclitaxel", 5.6),
        g("mDOR", "cisplatin + paclitaxel + placebo", 4.2),
        g("AE_G3plus", "toripalimab + cisplatin + paclitaxel", 73.2),
        g("AE_G3plus", "cisplatin + paclitaxel + placebo", 70.0),
    ],
)

add(
    25,
    "TACE combination trial reporting TTP in days, OS 'not reached in either group' with an OS HR, "
    "TTP HR (not gold) and time-to-vascular-invasion HR distractors, DEB-TACE shorthand",
    "Journal of Hepatology PubMed abstract, HCC intermediate stage",
    """
Sorafenib or placebo plus TACE with doxorubicin-eluting beads for intermediate stage HCC: the SPACE trial

Background & Aims: Whether adding a systemic antiangiogenic agent to transarterial chemoembolization (TACE) benefits patients with intermediate-stage hepatocellular carcinoma (HCC) remains unclear. SPACE was a randomized, double-blind, placebo-controlled phase II study.
Methods: Patients with intermediate-stage HCC were randomized 1:1 to sorafenib 400 mg twice daily or placebo in continuous dosing, combined with TACE using doxorubicin-eluting beads (DEB-TACE) on a fixed schedule. The primary endpoint was time to progression (TTP) by central review.
Results: Overall, 307 patients were randomized (sorafenib + DEB-TACE, n = 154; placebo + DEB-TACE, n = 153). The primary endpoint was met: median TTP was 169 days with sorafenib and 166 days with placebo (hazard ratio [HR] 0.797; 95% CI 0.588–1.080; one-sided p = 0.072, below the prespecified alpha of 0.15). Median overall survival was not reached in either group (HR 0.898; 95% CI 0.606–1.330). Time to vascular invasion or extrahepatic spread was similar (HR 0.621; 95% CI 0.321–1.200). Drug-related adverse events of grade 3 or higher were reported in 45.5% of the sorafenib group and 15.7% of the placebo group; the mean daily sorafenib dose was 541 mg.
Conclusions: Sorafenib plus DEB-TACE is technically feasible, but its clinical benefit over DEB-TACE alone is not established in this setting.
""",
    [
        g("N", "overall", 307),
        g("N", "sorafenib + tace", 154),
        g("N", "placebo + tace", 153),
        g("mTTP", "sorafenib + tace", 169),
        g("mTTP", "placebo + tace", 166),
        g("mOS", "sorafenib + tace", None),
        g("mOS", "placebo + tace", None),
        g("HR_OS", "sorafenib + tace", 0.898, 0.606, 1.330),
        g("TRAE_G3plus", "sorafenib + tace", 45.5),
        g("TRAE_G3plus", "placebo + tace", 15.7),
    ],
)

add(
    26,
    "Lancet Oncology Findings with mid-dots: 98·51% CI for the PFS HR and 95% CI for OS, medians to two "
    "decimals with CIs, '362 to each group', grade 3–5 treatment-related AEs, oxaliplatin-based "
    "chemotherapy written as 'chemotherapy'",
    "Lancet Oncology summary (PubMed mirror), gastric cancer",
    """
Nivolumab plus chemotherapy versus placebo plus chemotherapy in patients with HER2-negative, untreated, unresectable advanced or recurrent gastric or gastro-oesophageal junction cancer (ATTRACTION-4): a randomised, multicentre, double-blind, placebo-controlled, phase 3 trial

Summary
Background Nivolumab prolonged survival versus placebo in later-line gastric cancer in ATTRACTION-2. We assessed nivolumab plus oxaliplatin-based chemotherapy as first-line treatment in Asian patients.
Methods At 130 sites in Japan, South Korea and Taiwan, patients with untreated HER2-negative advanced gastric or gastro-oesophageal junction cancer were randomly assigned (1:1) to nivolumab 360 mg or placebo every 3 weeks, each with chemotherapy (S-1 plus oxaliplatin or capecitabine plus oxaliplatin). Co-primary endpoints were centrally assessed progression-free survival and overall survival.
Findings Between March 2017 and May 2018, 724 patients were randomly assigned, 362 to each group. At the interim analysis, median progression-free survival was 10·45 months (95% CI 8·44–14·75) with nivolumab plus chemotherapy and 8·34 months (6·97–9·40) with placebo plus chemotherapy (hazard ratio 0·68, 98·51% CI 0·51–0·90; p=0·0007). At the final analysis, median overall survival was 17·45 months (15·67–20·83) versus 17·15 months (15·18–19·65) (hazard ratio 0·90, 95% CI 0·75–1·08; p=0·26). The objective response rate was 57·5% versus 47·8%. Grade 3–5 treatment-related adverse events occurred in 205 (57%) of 359 patients and 172 (49%) of 358, respectively; treatment-related deaths numbered three and four.
Interpretation Adding nivolumab to chemotherapy improved progression-free survival but not overall survival.
""",
    [
        g("N", "overall", 724),
        g("N", "nivolumab + chemotherapy", 362),
        g("N", "chemotherapy + placebo", 362),
        g("mPFS", "nivolumab + chemotherapy", 10.45, 8.44, 14.75),
        g("mPFS", "chemotherapy + placebo", 8.34, 6.97, 9.40),
        g("HR_PFS", "nivolumab + chemotherapy", 0.68, 0.51, 0.90),
        g("mOS", "nivolumab + chemotherapy", 17.45, 15.67, 20.83),
        g("mOS", "chemotherapy + placebo", 17.15, 15.18, 19.65),
        g("HR_OS", "nivolumab + chemotherapy", 0.90, 0.75, 1.08),
        g("ORR", "nivolumab + chemotherapy", 57.5),
        g("ORR", "chemotherapy + placebo", 47.8),
        g("TRAE_G3plus", "nivolumab + chemotherapy", 57),
        g("TRAE_G3plus", "chemotherapy + placebo", 49),
    ],
)

add(
    27,
    "unusual typography outside the Lancet: '·' decimals, thin and narrow no-break spaces, '95%CI:' "
    "without space, 'HR=1·1 (0·9–1·4)', 'p<.001', percentages written 'per cent' without %, Unicode "
    "minus in a difference; ITT and per-protocol results; SIRT → tare",
    "J Clin Oncol abstract as rendered on a publisher mirror, HCC",
    "SIRveNIB: Selective Internal Radiation Therapy Versus Sorafenib in Asia-Pacific Patients With "
    "Hepatocellular Carcinoma\n\n"
    "Purpose\u2002To compare the efficacy and safety of selective internal radiation therapy (SIRT) with "
    "yttrium-90 resin microspheres and sorafenib in locally advanced hepatocellular carcinoma (HCC).\n"
    "Patients and Methods\u2002In this open-label, investigator-initiated phase III trial at 27 centres in "
    "11 Asia-Pacific countries, patients with Barcelona Clinic Liver Cancer stage B or C HCC without "
    "extrahepatic disease were randomly assigned 1:1 to SIRT or sorafenib 400\u2009mg twice daily. The "
    "primary end point was overall survival (OS).\n"
    "Results\u2002In total, 360 patients were randomly assigned (SIRT, 182; sorafenib, 178); 28·6 per cent "
    "of the SIRT arm and 9·0 per cent of the sorafenib arm did not receive the assigned treatment. Median "
    "OS was 8·8\u202fmonths with SIRT and 10·0\u202fmonths with sorafenib (HR=1·1 (0·9–1·4); p=.36), a "
    "difference of \u22121·2\u202fmonths. In the per-protocol population (SIRT n=130; sorafenib n=162), "
    "median OS was 11·3 versus 10·4\u202fmonths (HR=0·86; 95%CI: 0·66–1·11). Tumour response was recorded "
    "in 16·5 per cent of SIRT-treated and 1·7 per cent of sorafenib-treated patients (p<.001). Grade ≥3 "
    "adverse events of any attribution affected 27·7 per cent versus 50·6 per cent, and fewer patients "
    "stopped treatment because of toxicity with SIRT (9 vs 33).\n"
    "Conclusion\u2002OS did not differ between SIRT and sorafenib, but SIRT produced more responses and "
    "fewer severe adverse events.",
    [
        g("N", "overall", 360),
        g("N", "tare", 182),
        g("N", "sorafenib", 178),
        g("mOS", "tare", 8.8),
        g("mOS", "sorafenib", 10.0),
        g("HR_OS", "tare", 1.1, 0.9, 1.4),
        g("N", "tare", 130),
        g("N", "sorafenib", 162),
        g("mOS", "tare", 11.3),
        g("mOS", "sorafenib", 10.4),
        g("HR_OS", "tare", 0.86, 0.66, 1.11),
        g("ORR", "tare", 16.5),
        g("ORR", "sorafenib", 1.7),
        g("AE_G3plus", "tare", 27.7),
        g("AE_G3plus", "sorafenib", 50.6),
    ],
)

add(
    28,
    "network meta-analysis of second-line agents vs placebo: 'HR=0.63 (0.50–0.79)' without CI label, "
    "SUCRA percentages and 'probability of being best' distractors, AFP-restricted ramucirumab HR, "
    "pooled trial count",
    "BMC Cancer / Frontiers network meta-analysis abstract, HCC",
    """
Second-line systemic therapy after sorafenib for advanced hepatocellular carcinoma: a systematic review and Bayesian network meta-analysis

Background: Several agents have been tested after sorafenib failure in advanced hepatocellular carcinoma (HCC), but few head-to-head comparisons exist.
Methods: We searched PubMed, Embase and the Cochrane Library for placebo-controlled phase 3 trials of second-line therapy. Hazard ratios (HRs) for overall survival (OS) and progression-free survival (PFS) were combined in a Bayesian random-effects network; treatments were ranked by SUCRA.
Results: Eight trials with 4,012 patients were included. Versus placebo, OS was prolonged by regorafenib (HR=0.63 (0.50–0.79)), ramucirumab in patients with AFP ≥400 ng/mL (HR=0.71 (0.53–0.95)), cabozantinib (HR=0.76 (0.63–0.92)) and pembrolizumab (HR=0.78 (0.61–0.99)), whereas tivantinib (HR=0.97 (0.75–1.25)) and brivanib (HR=0.89 (0.69–1.15)) were ineffective. PFS was longest with cabozantinib (HR=0.44 (0.36–0.52)) and regorafenib (HR=0.46 (0.37–0.56)). Regorafenib had the highest SUCRA for OS (86%; probability of being best 41%), and cabozantinib for PFS (91%). Odds of grade ≥3 adverse events were highest for cabozantinib (OR=3.12).
Conclusions: Regorafenib and cabozantinib appear most effective after sorafenib; biomarker selection may identify candidates for ramucirumab.
""",
    [
        g("N", "overall", 4012),
        g("HR_OS", "regorafenib", 0.63, 0.50, 0.79),
        g("HR_OS", "ramucirumab", 0.71, 0.53, 0.95),
        g("HR_OS", "cabozantinib", 0.76, 0.63, 0.92),
        g("HR_OS", "pembrolizumab", 0.78, 0.61, 0.99),
        g("HR_OS", "tivantinib", 0.97, 0.75, 1.25),
        g("HR_OS", "brivanib", 0.89, 0.69, 1.15),
        g("HR_PFS", "cabozantinib", 0.44, 0.36, 0.52),
        g("HR_PFS", "regorafenib", 0.46, 0.37, 0.56),
    ],
)

add(
    29,
    "biliary phase 3 with three-drug vs two-drug chemotherapy named by agent (lexicon order by name), "
    "2:1 allocation, eligible-population N, gallbladder subgroup medians, grade ≥3 haematological "
    "distractor vs grade ≥3 AEs overall",
    "J Clin Oncol PubMed abstract (SWOG), biliary tract cancer",
    """
Randomized Phase III Trial of Gemcitabine, Cisplatin, and Nab-Paclitaxel Versus Gemcitabine and Cisplatin in Advanced Biliary Tract Cancers (SWOG 1815)

Purpose: A single-arm phase II trial suggested that adding nab-paclitaxel to gemcitabine and cisplatin (GC) was active in advanced biliary tract cancer. We tested the triplet (GAP) against GC.
Methods: Patients with newly diagnosed advanced cholangiocarcinoma or gallbladder cancer were randomly assigned 2:1 to gemcitabine 800 mg/m², cisplatin 25 mg/m² and nab-paclitaxel 100 mg/m² or to gemcitabine 1,000 mg/m² plus cisplatin 25 mg/m², on days 1 and 8 every 21 days. The primary end point was overall survival (OS).
Results: Of 452 patients randomly assigned, 441 were eligible (GAP, n = 294; GC, n = 147). Median OS was 14.0 months with GAP and 12.7 months with GC (hazard ratio [HR], 0.93; 95% CI, 0.74 to 1.19; P = .58), and median progression-free survival 8.2 versus 6.4 months (HR, 0.92; 95% CI, 0.72 to 1.16). Objective responses occurred in 31% and 22% of patients, respectively. In the prespecified gallbladder cancer subgroup, median OS was 17.0 versus 9.3 months (HR, 0.74; 95% CI, 0.41 to 1.32). Grade ≥3 adverse events were more frequent with GAP (79% v 64%), mostly hematologic (60% v 45%), and 23% versus 10% of patients stopped therapy early because of toxicity.
Conclusion: The addition of nab-paclitaxel to gemcitabine and cisplatin did not prolong survival and added toxicity.
""",
    [
        g("N", "overall", 452),
        g("N", "overall", 441),
        g("N", "cisplatin + gemcitabine + nab-paclitaxel", 294),
        g("N", "cisplatin + gemcitabine", 147),
        g("mOS", "cisplatin + gemcitabine + nab-paclitaxel", 14.0),
        g("mOS", "cisplatin + gemcitabine", 12.7),
        g("HR_OS", "cisplatin + gemcitabine + nab-paclitaxel", 0.93, 0.74, 1.19),
        g("mPFS", "cisplatin + gemcitabine + nab-paclitaxel", 8.2),
        g("mPFS", "cisplatin + gemcitabine", 6.4),
        g("HR_PFS", "cisplatin + gemcitabine + nab-paclitaxel", 0.92, 0.72, 1.16),
        g("ORR", "cisplatin + gemcitabine + nab-paclitaxel", 31),
        g("ORR", "cisplatin + gemcitabine", 22),
        g("mOS", "cisplatin + gemcitabine + nab-paclitaxel", 17.0),
        g("mOS", "cisplatin + gemcitabine", 9.3),
        g("HR_OS", "cisplatin + gemcitabine + nab-paclitaxel", 0.74, 0.41, 1.32),
        g("AE_G3plus", "cisplatin + gemcitabine + nab-paclitaxel", 79),
        g("AE_G3plus", "cisplatin + gemcitabine", 64),
    ],
)

add(
    30,
    "JCO structured abstract with 'v', investigator's-choice chemotherapy comparator, key secondary "
    "PD-L1 TAP ≥10% population, 'one-sided P', ORR and mDOR pairs, treatment-related grade ≥3 AEs and "
    "discontinuation due to treatment-related AEs",
    "J Clin Oncol abstract on PMC, oesophageal cancer second line",
    """
Tislelizumab Versus Chemotherapy as Second-Line Treatment for Advanced or Metastatic Esophageal Squamous Cell Carcinoma (RATIONALE-302): A Randomized Phase III Study

PURPOSE
Treatment options after first-line therapy for advanced esophageal squamous cell carcinoma (ESCC) are limited. We compared tislelizumab, an anti–PD-1 antibody, with chemotherapy in this setting.
PATIENTS AND METHODS
Patients whose tumor had progressed after first-line systemic therapy were randomly assigned 1:1 to tislelizumab 200 mg every 3 weeks or investigator's choice of chemotherapy (paclitaxel, docetaxel or irinotecan). The primary end point was overall survival (OS) in all patients; the key secondary end point was OS in patients with a PD-L1 tumor area positivity (TAP) score ≥10%.
RESULTS
Across 11 countries/regions, 512 patients were randomly assigned (tislelizumab, 256; chemotherapy, 256). At the final analysis, after 410 deaths, OS was longer with tislelizumab than with chemotherapy (median, 8.6 v 6.3 months; hazard ratio [HR], 0.70 [95% CI, 0.57 to 0.85]; one-sided P = .0001), and also in the 157 patients with TAP ≥10% (median, 10.3 v 6.8 months; HR, 0.54 [95% CI, 0.36 to 0.79]). The objective response rate was 20.3% v 9.8% and the median duration of response 7.1 v 4.0 months. Treatment-related adverse events of grade ≥3 occurred in 18.8% v 55.8% of treated patients, and 6.7% v 13.8% discontinued because of treatment-related adverse events.
CONCLUSION
Tislelizumab significantly improved OS over chemotherapy as second-line treatment for advanced ESCC and was better tolerated.
""",
    [
        g("N", "overall", 512),
        g("N", "tislelizumab", 256),
        g("N", "chemotherapy", 256),
        g("mOS", "tislelizumab", 8.6),
        g("mOS", "chemotherapy", 6.3),
        g("HR_OS", "tislelizumab", 0.70, 0.57, 0.85),
        g("N", "overall", 157),
        g("mOS", "tislelizumab", 10.3),
        g("mOS", "chemotherapy", 6.8),
        g("HR_OS", "tislelizumab", 0.54, 0.36, 0.79),
        g("ORR", "tislelizumab", 20.3),
        g("ORR", "chemotherapy", 9.8),
        g("mDOR", "tislelizumab", 7.1),
        g("mDOR", "chemotherapy", 4.0),
        g("TRAE_G3plus", "tislelizumab", 18.8),
        g("TRAE_G3plus", "chemotherapy", 55.8),
        g("TRAE_DISC", "tislelizumab", 6.7),
        g("TRAE_DISC", "chemotherapy", 13.8),
    ],
)


# ---------------------------------------------------------------------------------------------
def _check(rows):
    rank = {}
    for line in LEXICON.read_text(encoding="utf-8").splitlines():
        if line.strip():
            d = json.loads(line)
            if d.get("kind") == "agent":
                rank[d["id"]] = d["rank"]
    special = {"overall", "lenvatinib or sorafenib"}
    seen = set()
    for r in rows:
        assert r["id"] not in seen, r["id"]
        seen.add(r["id"])
        for f in r["gold"]:
            assert f["endpoint"] in ENDPOINTS, (r["id"], f)
            arm = f["arm"]
            if arm in special:
                continue
            parts = arm.split(" + ")
            for p in parts:
                assert p in rank, (r["id"], arm, p)
            assert parts == sorted(parts, key=lambda p: (rank[p], p)), (r["id"], arm)
            for k in ("ci_low", "ci_high"):
                if f[k] is not None and f["value"] is not None:
                    assert f[k] <= f["value"] if k == "ci_low" else f[k] >= f["value"], (r["id"], f)


SPELLED_OUT = {("blind6-18", 78)}  # "seventy-eight patients"


def _numbers_in_text(rows):
    """Self-review aid: every gold value and CI bound must appear in its text (mid-dots and
    Unicode minus normalised, thousands separators removed)."""
    import re

    problems = []
    for r in rows:
        t = r["text"].replace("\u00b7", ".").replace("\u2212", "-")
        t = re.sub(r"(?<=\d),(?=\d{3})", "", t)
        nums = set(re.findall(r"\d+(?:\.\d+)?", t))
        for f in r["gold"]:
            for k in ("value", "ci_low", "ci_high"):
                v = f[k]
                if v is None:
                    continue
                forms = {
                    repr(v),
                    f"{v:g}",
                    f"{v:.1f}",
                    f"{v:.2f}",
                    f"{v:.3f}",
                    str(int(v)) if v == int(v) else "",
                }
                if not forms & nums and (r["id"], v) not in SPELLED_OUT:
                    problems.append((r["id"], f["endpoint"], f["arm"], k, v))
    for p in problems:
        print("NOT IN TEXT:", p)
    return problems


def main():
    _check(ROWS)
    _numbers_in_text(ROWS)
    out = HERE / "blind6.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for r in ROWS:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    counts = Counter(f["endpoint"] for r in ROWS for f in r["gold"])
    print(f"{len(ROWS)} abstracts, {sum(counts.values())} gold findings -> {out.name}")
    for ep, n in counts.most_common():
        print(f"  {ep:12s} {n}")


if __name__ == "__main__":
    main()
