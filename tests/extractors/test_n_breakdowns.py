"""Per-arm counts written the ways real abstracts write them: arm then count in a bracketed
list, bare bracketed counts, counts with their percentage, one count for every group, counts
after the randomisation ratio, and counts that are events, not enrolment."""

import pytest

from extractors.endpoints import extract

TITLE = "Nivolumab versus placebo after sorafenib: a randomised trial\n"


def counts(sentence: str) -> list[tuple]:
    return [(f["arm"], f["value"]) for f in extract(TITLE + sentence) if f["endpoint"] == "N"]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "In all, 542 patients were randomly assigned (nivolumab, 270; placebo, 272).",
            [("overall", 542), ("nivolumab", 270), ("placebo", 272)],
        ),
        (
            "Of 601 patients screened, 493 were randomized 2:1 to nivolumab (330) or placebo (163).",
            [("overall", 493), ("nivolumab", 330), ("placebo", 163)],
        ),
        (
            "Of 126 patients, 40 (31.7%) received nivolumab and 86 (68.3%) placebo.",
            [("overall", 126), ("nivolumab", 40), ("placebo", 86)],
        ),
        (
            "In total, 1579 pts were randomized 1:1 (790 vs 789) to nivolumab or placebo.",
            [("overall", 1579), ("nivolumab", 790), ("placebo", 789)],
        ),
        (
            "After propensity score matching, 48 patients remained in each group.",
            [("nivolumab", 48), ("placebo", 48)],
        ),
        ("Matching yielded 206 pairs.", [("nivolumab", 206), ("placebo", 206)]),
        ("In total, 882 participants were assigned.", [("overall", 882)]),
    ],
)
def test_arm_counts_as_written(sentence, expected):
    assert counts(sentence) == expected


def test_event_counts_with_percentages_are_not_enrolment():
    sentence = (
        "Adverse events of grade 3 or higher were reported in 147 (52.7%) patients given "
        "nivolumab and 62 (46.3%) given placebo."
    )
    assert counts(sentence) == []


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "In all, 245 patients were treated: 58 with nivolumab monotherapy and 187 with placebo.",
            [("overall", 245), ("nivolumab", 58), ("placebo", 187)],
        ),
        (
            "Data from 130 patients who received nivolumab (n=52) or placebo (n=78) were collected.",
            [("overall", 130), ("nivolumab", 52), ("placebo", 78)],
        ),
    ],
)
def test_counts_after_a_colon_and_data_from(sentence, expected):
    assert counts(sentence) == expected


def test_count_written_before_the_arm_inside_a_bracketed_list():
    sentence = (
        "Among 616 randomly assigned patients (n = 410, nivolumab; n = 206, placebo), the median "
        "time to data cutoff was 64.6 months."
    )
    assert counts(sentence) == [("overall", 616), ("nivolumab", 410), ("placebo", 206)]


def test_hazard_ratios_named_by_the_endpoint_written_after_them():
    sentence = (
        "The hazard ratio (95% CI) was 0.60 (0.50 to 0.72) for OS and 0.50 (0.42 to 0.60) for PFS."
    )
    hrs = [(f["endpoint"], f["value"], f["ci_low"]) for f in extract(TITLE + sentence)]
    assert hrs == [("HR_OS", 0.60, 0.50), ("HR_PFS", 0.50, 0.42)]


def test_dose_schedules_do_not_split_an_arm_and_ratios_are_not_counts():
    text = (
        "Anlotinib plus penpulimab versus sorafenib\n"
        "The study randomly assigned 649 patients 2 to 1 to anlotinib 10 mg once daily on days 1 "
        "through 14 plus penpulimab 200 mg on day 1 (n = 433) or to sorafenib 400 mg twice daily "
        "(n = 216)."
    )
    found = [(f["arm"], f["value"]) for f in extract(text) if f["endpoint"] == "N"]
    assert found == [("overall", 649), ("penpulimab + anlotinib", 433), ("sorafenib", 216)]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The trial enrolled 546 patients; 362 were randomly assigned to nivolumab and 184 to placebo.",
            [("overall", 546), ("nivolumab", 362), ("placebo", 184)],
        ),
        (
            "The committee recommended stopping after 171 patients had been enrolled (86 in the "
            "nivolumab group and 85 in the placebo group).",
            [("overall", 171), ("nivolumab", 86), ("placebo", 85)],
        ),
        (
            "In the prespecified subgroup (nivolumab n = 34, placebo n = 12), median OS was 6.9 "
            "versus 3.9 months.",
            [("nivolumab", 34), ("placebo", 12)],
        ),
    ],
)
def test_arm_shares_enrolment_after_a_pause_and_subgroup_counts(sentence, expected):
    assert counts(sentence) == expected


def test_medians_in_days_keep_their_unit():
    text = TITLE + "Median TTP was 169 days with nivolumab and 166 days with placebo (HR 0.80)."
    ttp = [(f["arm"], f["value"], f["unit"]) for f in extract(text) if f["endpoint"] == "mTTP"]
    assert ttp == [("nivolumab", 169.0, "days"), ("placebo", 166.0, "days")]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Participant Flow. Started: Nivolumab 342; Placebo 332.",
            [("nivolumab", 342), ("placebo", 332)],
        ),
        (
            "Interventions: Nivolumab, 240 mg, plus ipilimumab, 1 mg/kg, every 3 weeks (n = 60) or "
            "nivolumab monotherapy (n = 59).",
            [("nivolumab + ipilimumab", 60), ("nivolumab", 59)],
        ),
    ],
)
def test_listed_starts_and_counts_after_a_schedule(sentence, expected):
    assert counts(sentence) == expected
