"""Ways real abstracts state the number of patients (collected from randomised, single-arm
and cohort abstracts across tumour types, reworded here): totals, per-arm and per-cohort
counts, and counts that are not N (screened, excluded, events, targets, doses, ages)."""

import pytest

from extractors.endpoints import extract

TWO_ARM = (
    "Atezolizumab plus bevacizumab versus sorafenib in unresectable hepatocellular carcinoma\n"
)
LEN_SOR = "Lenvatinib versus sorafenib in hepatitis B related liver cancer: a real-world study\n"
PLACEBO = "Cabozantinib versus placebo after prior sorafenib in advanced liver cancer\n"
THREE_ARM = "Tremelimumab plus durvalumab, durvalumab alone or sorafenib in liver cancer\n"
SINGLE = "Camrelizumab plus apatinib in advanced hepatocellular carcinoma: a phase 2 trial\n"
COHORT = "Lenvatinib in unresectable hepatocellular carcinoma: a retrospective cohort\n"

AB = "atezolizumab + bevacizumab"


def n_rows(text: str) -> list[tuple]:
    return [(f["arm"], f["value"]) for f in extract(text) if f["endpoint"] == "N"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # totals of randomised trials
        (TWO_ARM + "In all, 480 patients were randomly assigned.", [("overall", 480.0)]),
        (
            TWO_ARM + "We enrolled 212 patients at 40 centres in nine countries.",
            [("overall", 212.0)],
        ),
        (
            TWO_ARM + "From May 2018 to July 2020, 734 patients underwent randomisation.",
            [("overall", 734.0)],
        ),
        (
            TWO_ARM + "Of 866 patients screened, 610 were randomly assigned.",
            [("overall", 610.0)],
        ),
        (
            TWO_ARM + "Of the 702 patients assessed for eligibility, 515 were randomised.",
            [("overall", 515.0)],
        ),
        (
            TWO_ARM
            + "We randomly assigned 398 patients with untreated disease to receive either regimen.",
            [("overall", 398.0)],
        ),
        (
            TWO_ARM + "The trial randomised 1,012 participants between 2017 and 2021.",
            [("overall", 1012.0)],
        ),
        (TWO_ARM + "Overall, 455 patients were allocated to treatment.", [("overall", 455.0)]),
        (TWO_ARM + "Enrollment: 640 participants.", [("overall", 640.0)]),
        (TWO_ARM + "Number randomised: 318.", [("overall", 318.0)]),
        (
            TWO_ARM + "The intention-to-treat population comprised 514 patients.",
            [("overall", 514.0)],
        ),
        # per-arm counts
        (
            TWO_ARM
            + "Overall, 501 patients were randomised: 336 to atezolizumab-bevacizumab and 165 to sorafenib.",
            [("overall", 501.0), (AB, 336.0), ("sorafenib", 165.0)],
        ),
        (
            TWO_ARM
            + "Patients were assigned in a 2:1 ratio to atezolizumab plus bevacizumab (n = 290) or sorafenib (n = 145).",
            [(AB, 290.0), ("sorafenib", 145.0)],
        ),
        (
            TWO_ARM
            + "Patients were randomised to atezolizumab plus bevacizumab (N=290) or sorafenib (N=145).",
            [(AB, 290.0), ("sorafenib", 145.0)],
        ),
        (
            TWO_ARM
            + "Patients received atezolizumab plus bevacizumab (290 patients) or sorafenib (145 patients).",
            [(AB, 290.0), ("sorafenib", 145.0)],
        ),
        (
            TWO_ARM
            + "There were 290 patients in the atezolizumab-bevacizumab group and 145 in the sorafenib group.",
            [(AB, 290.0), ("sorafenib", 145.0)],
        ),
        (
            LEN_SOR
            + "After matching, the analysis included 44 patients treated with lenvatinib and 88 with sorafenib.",
            [("lenvatinib", 44.0), ("sorafenib", 88.0)],
        ),
        (
            PLACEBO + "In total, 707 patients were randomised (470 cabozantinib, 237 placebo).",
            [("overall", 707.0), ("cabozantinib", 470.0), ("placebo", 237.0)],
        ),
        (
            THREE_ARM
            + "Patients were randomly assigned to tremelimumab plus durvalumab (n=393), durvalumab (n=389), or sorafenib (n=389).",
            [("durvalumab + tremelimumab", 393.0), ("durvalumab", 389.0), ("sorafenib", 389.0)],
        ),
        (
            PLACEBO
            + "A total of 120 patients were randomised to cabozantinib (n=80) and placebo (n=40).",
            [("overall", 120.0), ("cabozantinib", 80.0), ("placebo", 40.0)],
        ),
        # single-arm trials and cohorts
        (
            SINGLE + "A total of 34 aHCC patients were enrolled.",
            [("camrelizumab + rivoceranib", 34.0)],
        ),
        (
            SINGLE
            + "Between 2017 and 2019, 28 patients (21 with HCC and 7 with biliary cancer) received the combination.",
            [("camrelizumab + rivoceranib", 28.0)],
        ),
        (
            COHORT + "This retrospective single-centre study involved 132 patients.",
            [("lenvatinib", 132.0)],
        ),
        (COHORT + "The study included 47 patients.", [("lenvatinib", 47.0)]),
        (
            COHORT + "Among the study population (n = 152), most had Child-Pugh A.",
            [("lenvatinib", 152.0)],
        ),
        (
            COHORT + "Clinical records of 61 consecutive patients were reviewed.",
            [("lenvatinib", 61.0)],
        ),
        (
            COHORT + "We identified 1,208 patients treated with lenvatinib in the registry.",
            [("lenvatinib", 1208.0)],
        ),
        (COHORT + "Sixty-three patients met the inclusion criteria.", [("lenvatinib", 63.0)]),
        (
            COHORT
            + "One hundred and twelve eligible patients with Child-Pugh A liver function received the drug.",
            [("lenvatinib", 112.0)],
        ),
        (
            COHORT + "Analysis of 80 patients treated in routine practice showed a benefit.",
            [("lenvatinib", 80.0)],
        ),
        (COHORT + "We retrospectively analysed data from 215 patients.", [("lenvatinib", 215.0)]),
        (COHORT + "Data from 215 patients at six centres were analysed.", [("lenvatinib", 215.0)]),
        (
            TWO_ARM
            + "In total, 300 patients were assigned to receive atezolizumab plus bevacizumab and 150 to receive sorafenib.",
            [(AB, 300.0), ("sorafenib", 150.0)],
        ),
        (
            TWO_ARM
            + "Of the 450 randomised patients, 300 were assigned to atezolizumab plus bevacizumab and 150 to sorafenib.",
            [("overall", 450.0), (AB, 300.0), ("sorafenib", 150.0)],
        ),
        (
            LEN_SOR
            + "Overall, 44 and 88 patients received lenvatinib and sorafenib, respectively.",
            [("lenvatinib", 44.0), ("sorafenib", 88.0)],
        ),
    ],
)
def test_n_phrasings(text, expected):
    assert n_rows(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            SINGLE
            + "Cohort 1 (n=68) and cohort 2 (n=27) enrolled first-line and pretreated patients.",
            [68.0, 27.0],
        ),
        (
            SINGLE
            + "Seventy patients in the first-line setting and 120 patients in the second-line setting were enrolled.",
            [70.0, 120.0],
        ),
    ],
)
def test_cohort_sizes(text, expected):
    assert [v for _, v in n_rows(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        TWO_ARM + "We screened 920 patients for eligibility.",
        TWO_ARM + "In total, 214 patients were excluded.",
        TWO_ARM + "The trial planned to enrol 554 patients.",
        TWO_ARM + "A sample size of 480 patients was required to detect the difference.",
        TWO_ARM + "At the data cutoff, 321 patients had died.",
        TWO_ARM + "Patients were recruited at 119 centres in 28 countries.",
        COHORT + "Patients received lenvatinib 12 mg daily; median age was 68 years.",
        TWO_ARM + "Disease progression occurred in 143 patients in the sorafenib group.",
    ],
)
def test_not_n(text):
    assert n_rows(text) == []
