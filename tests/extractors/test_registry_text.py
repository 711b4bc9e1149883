"""Registry results written out as text (ClinicalTrials.gov outcome-measure blocks): the
endpoint comes from the block title, the arm from the column, the unit from 'Unit of
Measure', and the counts from the participant-flow rows."""

from extractors.endpoints import extract

TWO_ARMS = """Study Results: Nivolumab Versus Placebo After Sorafenib (NCT09900001)
Enrollment: 300 (ACTUAL)
Arm/Group Title | Nivolumab + BSC | Placebo + BSC
STARTED | 200 | 100
Outcome Measure 1: Overall Survival (OS)
Time Frame: Up to 40 months
Overall Number of Participants Analyzed | 200 | 100
Median (95% Confidence Interval) Unit of Measure: Months | 12.5 (10.1 to 14.0) | 9.0 (7.2 to NA)
Statistical Analysis: Hazard Ratio (HR) 0.77; 95% Confidence Interval 0.60 to 0.98; P-Value 0.02
Outcome Measure 2: Objective Response Rate (ORR)
Unit of Measure: Percentage of participants | 15.5 (10.9 to 21.1) | 3.0 (0.6 to 8.5)
Outcome Measure 3: Number of Participants With At Least One Adverse Event
Count of Participants | 190 | 91
"""

ONE_ARM = """Lenvatinib After Immunotherapy (NCT09900002)
Participant Flow: Arm/Group Title: Lenvatinib | STARTED 40 | COMPLETED 5
Outcome Measure 1: Progression-Free Survival [Primary]
Median (95% Confidence Interval) Unit of Measure: months
5.1 (3.9 to 6.8)
Outcome Measure 2: Disease Control Rate [Secondary]
Unit of Measure: percentage of participants
Number: 72.5
"""


def rows(text: str) -> list[tuple]:
    return [(f["endpoint"], f["arm"], f["value"], f["ci_low"], f["ci_high"]) for f in extract(text)]


def test_two_arm_record_reads_columns_blocks_and_hazard_ratio():
    found = rows(TWO_ARMS)
    assert ("N", "nivolumab", 200.0, None, None) in found
    assert ("N", "placebo", 100.0, None, None) in found
    assert ("mOS", "nivolumab", 12.5, 10.1, 14.0) in found
    assert ("mOS", "placebo", 9.0, 7.2, None) in found
    assert ("HR_OS", "nivolumab", 0.77, 0.60, 0.98) in found
    assert ("ORR", "nivolumab", 15.5, 10.9, 21.1) in found
    assert ("ORR", "placebo", 3.0, 0.6, 8.5) in found
    assert [f for f in found if f[0] == "N" and f[2] in (190.0, 91.0)] == []
    assert len([f for f in found if f[0] == "N" and f[1] == "nivolumab"]) == 1


def test_single_arm_record_reads_bare_value_lines():
    found = rows(ONE_ARM)
    assert ("N", "lenvatinib", 40.0, None, None) in found
    assert ("mPFS", "lenvatinib", 5.1, 3.9, 6.8) in found
    assert ("DCR", "lenvatinib", 72.5, None, None) in found


def test_registry_findings_are_traceable_to_their_text():
    for f in extract(TWO_ARMS) + extract(ONE_ARM):
        text = TWO_ARMS if f in extract(TWO_ARMS) else ONE_ARM
        assert text[f["start"] : f["end"]] == f["value_text"]
        assert text[f["sentence_start"] : f["sentence_start"] + len(f["quote"])] == f["quote"]


COLON_STYLE = """Regorafenib After Immunotherapy (NCT09900003)
Arm/Group Title: Regorafenib
STARTED: 42
Outcome Measure 1 (Primary): Progression-Free Survival Rate at 6 Months
Unit of Measure: percentage of participants
Number (90% Confidence Interval): 29.3 (18.1 to 41.5)
Outcome Measure 2: Overall Survival
Description: Only participants with a confirmed response (n = 17) were analysed.
Median (95% Confidence Interval) Unit of Measure: months: 10.4 (7.6 to NA)
"""


def test_values_after_a_colon_and_rates_named_by_the_title():
    found = rows(COLON_STYLE)
    assert ("N", "regorafenib", 42.0, None, None) in found
    assert ("PFS_RATE", "regorafenib", 29.3, 18.1, 41.5) in found
    assert ("mOS", "regorafenib", 10.4, 7.6, None) in found
    assert [f for f in found if f[0] == "N" and f[2] == 17.0] == []
    rate = next(f for f in extract(COLON_STYLE) if f["endpoint"] == "PFS_RATE")
    assert rate["timepoint"] == "6 months"
