"""reports.digest: grouping, order, numbers beside the review's, links, every format."""

from __future__ import annotations

import json
import re

import pytest

from reports.digest import GROUPS, build_digest, group_of, mark_reported, render

JSON_KEYS = {
    "kind",
    "nct_id",
    "pmid",
    "field",
    "before",
    "after",
    "endpoint",
    "arm",
    "value",
    "unit",
    "ci_low",
    "ci_high",
    "baseline",
    "quote",
    "links",
    "severity",
    "fingerprint",
    "summary",
    "group",
}


def test_digest_groups_in_order_of_importance(populated):
    digest = build_digest(populated)
    kinds = [(c["group"], c["kind"]) for c in digest["changes"]]
    assert kinds == [
        (1, "NEW_RESULT"),  # IMbrave251 (Table 4), high
        (1, "RESULTS_POSTED"),  # NCT05134532 (Table 4), medium
        (2, "UPDATED_RESULT"),  # IMbrave150 Table 1 value
        (3, "NEW_RESULT"),  # a study the review does not list
        (4, "TRIAL_DATE_CHANGE"),
        (5, "NEW_TRIAL"),
        (6, "RETRACTION"),
        (7, "NEW_PUBLICATION"),
    ]
    assert [g["group"] for g in digest["groups"]] == list(GROUPS)
    assert all(c["kind"] != "CONFIRMED" for c in digest["changes"])


@pytest.mark.parametrize(
    ("change", "trial", "group"),
    [
        (
            {"kind": "UPDATED_RESULT", "baseline_finding_id": 3},
            {"in_table": "Table 4", "watched": 1},
            1,
        ),
        (
            {"kind": "UPDATED_RESULT", "baseline_finding_id": 3},
            {"in_table": "Table 1", "watched": 1},
            2,
        ),
        (
            {"kind": "NEW_RESULT", "baseline_finding_id": None},
            {"in_table": "Table 1", "watched": 1},
            3,
        ),
        ({"kind": "RESULTS_POSTED"}, {"in_table": "Table 1", "watched": 1}, 1),
        ({"kind": "RESULTS_POSTED"}, None, 3),
        ({"kind": "CONFLICT", "baseline_finding_id": 3}, None, 2),
        ({"kind": "TRIAL_STATUS_CHANGE"}, {"in_table": "Table 4", "watched": 1}, 4),
        ({"kind": "UPDATE"}, None, 6),
        # shapes of the bundled baseline: Table 1 trials have no in_table, only a location
        (
            {"kind": "UPDATED_RESULT", "baseline_finding_id": 3},
            {"in_table": "", "location": "Table 1; Section 2", "watched": 1, "source": "baseline"},
            2,
        ),
        (
            {"kind": "NEW_RESULT", "baseline_finding_id": None},
            {"in_table": "", "location": "Section 4.3", "watched": 1, "source": "baseline"},
            3,
        ),
        (
            {"kind": "NEW_RESULT", "baseline_finding_id": None},
            {
                "in_table": "Table 4",
                "location": "Table 4; Section 4.2",
                "watched": 1,
                "source": "baseline",
            },
            1,
        ),
        (
            {"kind": "NEW_RESULT", "baseline_finding_id": None},
            {"in_table": None, "location": None, "watched": 1, "source": "ctgov"},
            1,
        ),
        ({"kind": "SOMETHING_NEW"}, None, 7),
    ],
)
def test_digest_group_precedence(change, trial, group):
    assert group_of(change, trial) == group


def test_digest_json_structure(populated):
    digest = json.loads(render(build_digest(populated), "json"))
    assert set(digest) >= {"generated", "since", "changes"}
    assert digest["since"] is None
    for change in digest["changes"]:
        assert JSON_KEYS <= set(change), JSON_KEYS - set(change)
    update = next(c for c in digest["changes"] if c["kind"] == "UPDATED_RESULT")
    assert update["baseline"]["value"] == 19.2
    assert update["baseline"]["value_text"] == "19.2"
    assert update["baseline"]["location"] == "Table 1, mOS (months) / IMBrave150"
    assert update["baseline"]["reference"] == 12
    assert (update["value"], update["ci_low"], update["ci_high"], update["unit"]) == (
        19.5,
        17.1,
        21.7,
        "months",
    )
    assert update["before"]["value"] == 19.2 and update["after"]["value"] == 19.5
    assert [link["url"] for link in update["links"]] == [
        "https://pubmed.ncbi.nlm.nih.gov/123/",
        "https://doi.org/10.1000/imb150.4y",
        "https://clinicaltrials.gov/study/NCT03434379",
    ]
    assert re.fullmatch(r"[0-9a-f]{24}", update["fingerprint"])


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_digest_item_shows_numbers_ci_review_value_links_quote(populated, fmt):
    out = render(build_digest(populated), fmt)
    assert "median OS 19.2 → 19.5 months (CI 17.1–21.7) (review Table 1; PMID 123)." in out
    assert "19.5 months (CI 17.1–21.7)" in out
    assert "Table 1, mOS (months) / IMBrave150" in out and "19.2 months" in out
    assert "https://pubmed.ncbi.nlm.nih.gov/123/" in out
    assert "https://doi.org/10.1000/imb150.4y" in out
    assert "https://clinicaltrials.gov/study/NCT03434379" in out
    assert "Median OS was 19.5 months (95% CI 17.1-21.7)" in out
    assert "no value (the review lists the trial in Table 4)" in out


@pytest.mark.parametrize("fmt", ["text", "markdown", "html", "json"])
def test_digest_label_shown_verbatim(populated, fmt):
    assert "DEMO DATA: not a real result" in render(build_digest(populated), fmt)


def test_digest_group_headings_in_order(populated):
    text = render(build_digest(populated), "text")
    positions = [text.index(f"{n}. {title}") for n, title in GROUPS.items()]
    assert positions == sorted(positions)


def test_digest_html_escapes_source_text(populated):
    out = render(build_digest(populated), "html")
    assert "<script" not in out.lower()
    assert "<img" not in out.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert "&lt;img src=x onerror=alert(1)&gt;" in out
    assert "<link" not in out and "src=" not in out.replace("src=x", "")
    assert 'style="' in out


def test_digest_markdown_escapes_source_text(populated):
    out = render(build_digest(populated), "markdown")
    assert "<script" not in out and "<img" not in out
    assert "&lt;script&gt;" in out


def test_digest_empty_says_nothing_new_since(db):
    db["digests"].insert(
        {
            "created": "2025-03-03T07:00:00+00:00",
            "status": "sent",
            "sent_at": "2025-03-03T07:00:05+00:00",
            "change_ids": "[]",
        }
    )
    digest = build_digest(db)
    assert digest["changes"] == [] and digest["period_start"] == "2025-03-03T07:00:05+00:00"
    for fmt in ("text", "markdown", "html"):
        assert "Nothing new since 2025-03-03." in render(digest, fmt)
    assert json.loads(render(digest, "json"))["changes"] == []


def test_digest_mark_reported_removes_changes_from_next_digest(populated):
    digest = build_digest(populated)
    ids = [c["id"] for c in digest["changes"]]
    assert mark_reported(populated, ids, None) == len(ids)
    assert build_digest(populated)["changes"] == []
    again = build_digest(populated, include_reported=True)
    assert [c["id"] for c in again["changes"]] == ids
    assert mark_reported(populated, ids, 9) == 0  # the first digest keeps them


def test_digest_since_filters_on_detection_time(populated):
    populated.execute(
        "update changes set detected_at = '2025-01-01T00:00:00+00:00' where kind = 'RETRACTION'"
    )
    populated.conn.commit()
    digest = build_digest(populated, since="2025-02-01")
    assert digest["since"] == "2025-02-01T00:00:00+00:00"
    assert "RETRACTION" not in {c["kind"] for c in digest["changes"]}
    assert len(build_digest(populated)["changes"]) == len(digest["changes"]) + 1


def test_digest_rejects_unknown_format(populated):
    with pytest.raises(ValueError, match="unknown digest format"):
        render(build_digest(populated), "pdf")
