"""Document facts: registry ids, acronyms, phase, design, setting and patient numbers."""

import pytest

from extractors.endpoints import extract_document

RCT = (
    "Atezolizumab plus bevacizumab versus sorafenib in unresectable hepatocellular carcinoma (IMbrave150): a randomised phase 3 trial",
    "Methods: Patients with no previous systemic therapy were randomly assigned 2:1 to atezolizumab plus bevacizumab or sorafenib "
    "(nct03434379). Results: 501 patients were randomised (336 to atezolizumab plus bevacizumab and 165 to sorafenib).",
)
SINGLE = (
    "Regorafenib after progression on atezolizumab plus bevacizumab (REGO-NEXT): a single-arm phase II trial",
    "Forty patients who progressed on atezolizumab plus bevacizumab received regorafenib. Median OS was 9.7 months.",
)
RETRO = (
    "Lenvatinib or sorafenib after immune checkpoint inhibitors: a retrospective cohort",
    "We retrospectively analysed 126 patients treated after progression on immunotherapy.",
)


@pytest.mark.parametrize(
    "doc, key, expected",
    [
        (RCT, "nct_ids", ["NCT03434379"]),
        (RCT, "acronyms", ["IMbrave150"]),
        (RCT, "phase", "phase 3"),
        (RCT, "design", "randomised"),
        (RCT, "setting", "first-line"),
        (RCT, "n_total", 501),
        (
            RCT,
            "arms",
            [{"arm": "atezolizumab + bevacizumab", "n": 336}, {"arm": "sorafenib", "n": 165}],
        ),
        (SINGLE, "acronyms", ["REGONEXT"]),
        (SINGLE, "phase", "phase 2"),
        (SINGLE, "design", "single-arm"),
        (SINGLE, "setting", "after atezolizumab + bevacizumab"),
        (SINGLE, "n_total", 40),
        (SINGLE, "arms", [{"arm": "regorafenib", "n": 40}]),
        (RETRO, "design", "retrospective"),
        (RETRO, "setting", "after immunotherapy"),
        (RETRO, "n_total", 126),
    ],
)
def test_document_facts(doc, key, expected):
    assert extract_document(*doc)[key] == expected


@pytest.mark.parametrize(
    "abstract, n",
    [
        ("A total of 408 patients were enrolled.", 408),
        ("We randomly assigned 674 adults to tislelizumab or sorafenib.", 674),
        ("Overall, 453 patients were randomly assigned.", 453),
        ("1118 patients underwent randomization.", 1118),
        ("Participants analysed: 30.", 30),
        ("One hundred and two patients were analysed.", 102),
        ("A total of 1,581 patients were randomised.", 1581),
    ],
)
def test_document_total_n(abstract, n):
    rows = [f for f in extract_document(None, abstract)["findings"] if f["endpoint"] == "N"]
    assert [int(f["value"]) for f in rows] == [n]


@pytest.mark.parametrize(
    "abstract",
    [
        "Only six patients received further immunotherapy.",
        "The objective response rate was 14.3% (n = 49).",
        "16 had received prior atezolizumab plus bevacizumab.",
    ],
)
def test_document_counts_that_are_not_n(abstract):
    assert [f for f in extract_document(None, abstract)["findings"] if f["endpoint"] == "N"] == []


@pytest.mark.parametrize("title, abstract", [(None, None), ("", ""), ("Title only", None)])
def test_document_empty_inputs(title, abstract):
    doc = extract_document(title, abstract)
    assert doc["findings"] == [] and set(doc) == {
        "findings",
        "nct_ids",
        "acronyms",
        "phase",
        "design",
        "setting",
        "n_total",
        "arms",
    }
