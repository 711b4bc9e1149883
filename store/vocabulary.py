"""The one endpoint and change vocabulary every module speaks.

Kept as plain data so the docs, the baseline loader, the extractors and the
digest agree on spelling; `docs/vocabulary.md` is generated from the same
dicts (see tests/test_docs.py).
"""

from __future__ import annotations

# Result endpoints: what extractors produce and what the diff compares.
ENDPOINTS: dict[str, str] = {
    "mOS": "median overall survival (months)",
    "mPFS": "median progression-free survival (months)",
    "mTTP": "median time to progression (months)",
    "mDOR": "median duration of response (months)",
    "ORR": "objective response rate (%)",
    "DCR": "disease control rate (%)",
    "HR_OS": "hazard ratio for overall survival",
    "HR_PFS": "hazard ratio for progression-free survival",
    "OS_RATE": "overall survival rate at a timepoint (%), e.g. 24-month OS",
    "PFS_RATE": "progression-free survival rate at a timepoint (%)",
    "TRAE_G3plus": "grade 3 or 4 / grade >=3 treatment-related adverse events (%)",
    "AE_G3plus": "grade >=3 adverse events of any cause (%)",
    "TRAE_DISC": "treatment-related adverse events leading to discontinuation (%)",
    "IRAE_G3plus": "grade 3 or 4 immune-related adverse events (%)",
    "IRAE_ANY": "immune-related adverse events of any grade (%)",
    "TRAE_ANY": "treatment-related adverse events of any grade, or grade not stated (%)",
    "STEROIDS": "adverse events requiring (high-dose) steroids (%)",
    "N": "number of patients (treated, enrolled or analysed)",
    "SUBSEQUENT_SYSTEMIC": "patients receiving any subsequent systemic therapy (%)",
    "SUBSEQUENT_TKI": "patients receiving a subsequent TKI / MKI (%)",
    "SUBSEQUENT_ANTI_VEGF": "patients receiving a subsequent anti-VEGF agent (%)",
    "SUBSEQUENT_IO": "patients receiving subsequent immunotherapy (%)",
    "SUBSEQUENT_BEYOND_PROGRESSION": "patients treated beyond progression (%)",
    "SUBSEQUENT_LOCAL": "patients receiving subsequent locoregional / local therapy or surgery (%)",
    "SUBSEQUENT_RADIOTHERAPY": "patients receiving subsequent radiotherapy (%)",
    "SUBSEQUENT_SURGERY": "patients receiving subsequent surgery (%)",
}

# Population characteristics the review tabulates (Table 3): stored, never alerted.
CHARACTERISTICS: dict[str, str] = {
    "BCLC_C": "patients with BCLC stage C disease (%)",
    "MVI": "patients with macrovascular invasion (%)",
    "EHS": "patients with extrahepatic spread (%)",
    "PVT": "patients with portal vein thrombosis (%)",
}

# Descriptive cells of the review's tables, kept so every cell is traceable.
ATTRIBUTES: dict[str, str] = {
    "RECRUITMENT_PERIOD": "recruitment period as printed",
    "PUBLISHED_YEAR": "year the trial's main result was published",
    "EXPERIMENTAL_ARM": "experimental arm as printed",
    "DRUG_CLASSES": "properties of the immunotherapy as printed",
    "AGENTS": "agents of the experimental arm (Table 2)",
    "AUTHORS": "first author and year as printed",
    "REGION": "region of the study",
    "DESIGN": "study design (retrospective / prospective)",
    "MOST_COMMON_G3_TRAE": "most common grade 3/4 treatment-related adverse event",
    "TREATMENT": "treatment column heading as printed",
}

KINDS = ("result", "characteristic", "attribute")

SETTINGS = (
    "first-line",
    "after immunotherapy",
    "after atezolizumab + bevacizumab",
    "after sorafenib",
    "oligoprogression",
    "not stated",
)

# Change kinds: one vocabulary for ClinicalTrials.gov, PubMed, feeds and the diff.
CHANGE_KINDS: dict[str, str] = {
    "TRIAL_STATUS_CHANGE": "a watched trial's overall status or why-stopped changed",
    "TRIAL_DATE_CHANGE": "a start / primary completion / completion date or its type changed",
    "TRIAL_ENROLLMENT_CHANGE": "enrollment count or type changed",
    "TRIAL_DESIGN_CHANGE": "arms, interventions or outcome measures changed",
    "TRIAL_REFERENCE_ADDED": "the registry record gained a publication reference",
    "RESULTS_POSTED": "results were posted to ClinicalTrials.gov",
    "NEW_TRIAL": "a newly registered trial matches the review's question",
    "NEW_PUBLICATION": "a new publication about a watched trial or the review's question",
    "NEW_RESULT": "a result with no earlier value in the store",
    "UPDATED_RESULT": "a later or different value for a result already known",
    "CONFIRMED": "the same value within reporting precision (recorded, not alerted)",
    "CONFLICT": "two current sources disagree on a value",
    "RETRACTION": "a tracked publication was retracted",
    "CORRECTION": "a tracked publication received an erratum / correction",
    "UPDATE": "a tracked publication has an update",
}

SEVERITIES = ("high", "medium", "low", "info")


def render_markdown() -> str:
    """docs/vocabulary.md, generated so the docs cannot drift from the code."""
    out = [
        "# Vocabulary",
        "",
        "Generated from `store/vocabulary.py` (`python -m store.vocabulary > docs/vocabulary.md`);",
        "a test fails when this file and the code disagree.",
        "",
    ]
    for title, table in (
        ("Result endpoints (`findings.kind = result`)", ENDPOINTS),
        ("Population characteristics (`kind = characteristic`)", CHARACTERISTICS),
        ("Descriptive cells of the review's tables (`kind = attribute`)", ATTRIBUTES),
        ("Change kinds (`changes.kind`)", CHANGE_KINDS),
    ):
        out += [f"## {title}", "", "| code | meaning |", "| --- | --- |"]
        out += [f"| `{code}` | {meaning} |" for code, meaning in table.items()]
        out.append("")
    out += ["## Settings", "", ", ".join(f"`{s}`" for s in SETTINGS), ""]
    out += ["## Severities", "", ", ".join(f"`{s}`" for s in SEVERITIES), ""]
    return "\n".join(out)


if __name__ == "__main__":
    print(render_markdown(), end="")
