"""The review baseline (store/baseline/hcc_after_io_2025) checked as data.

Structural checks always run. When the review text is present next to the
repository (../shared/seed), Tables 1-4 are parsed from it and every printed
cell must be accounted for exactly once: Tables 1-3 in findings.csv (by
row label x column label, value_text equal to the printed cell), Table 4 in
trials.csv.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from store.baseline import FINDING_COLUMNS, REFERENCE_COLUMNS, TRIAL_COLUMNS
from store.vocabulary import ATTRIBUTES, CHARACTERISTICS, ENDPOINTS, KINDS, SETTINGS

REPO = Path(__file__).resolve().parents[1]
BASELINE = REPO / "store" / "baseline" / "hcc_after_io_2025"
SEED_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "seed"
SEED = SEED_DIR / "000_6b9d9f9d717aa702.txt"

# The loader's own column lists: the data test and the loader cannot disagree.
FINDINGS_COLUMNS = FINDING_COLUMNS
TRIALS_COLUMNS = TRIAL_COLUMNS
REFERENCES_COLUMNS = REFERENCE_COLUMNS
CODES = {"result": ENDPOINTS, "characteristic": CHARACTERISTICS, "attribute": ATTRIBUTES}
TABLES = ("Table 1", "Table 2", "Table 3")
LOCATION = re.compile(r"^(Table [123]|Section \d(\.\d)?)$")
NUMBER_CELL = re.compile(r"^(\d+(?:\.\d+)?)\*?$")
DASHES = {"–", "—", "-"}


def load(name: str) -> tuple[list[str], list[dict[str, str]]]:
    with open(BASELINE / name, newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        return list(reader.fieldnames or []), list(reader)


@pytest.fixture(scope="module")
def findings() -> list[dict[str, str]]:
    return load("findings.csv")[1]


@pytest.fixture(scope="module")
def trials() -> list[dict[str, str]]:
    return load("trials.csv")[1]


@pytest.fixture(scope="module")
def references() -> list[dict[str, str]]:
    return load("references.csv")[1]


def is_float(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


# ---------------------------------------------------------------- structure


@pytest.mark.parametrize(
    "name, columns",
    [
        ("findings.csv", FINDINGS_COLUMNS),
        ("trials.csv", TRIALS_COLUMNS),
        ("references.csv", REFERENCES_COLUMNS),
    ],
)
def test_header_and_line_endings(name, columns):
    header, rows = load(name)
    assert header == columns
    assert rows, f"{name} is empty"
    raw = (BASELINE / name).read_bytes()
    assert b"\r\n" not in raw, f"{name} must use \\n line endings"
    raw.decode("utf-8")


def test_keys_unique_and_present(findings):
    keys = [r["key"] for r in findings]
    assert all(k.strip() == k and k for k in keys)
    dup = sorted({k for k in keys if keys.count(k) > 1})
    assert not dup, f"duplicate keys: {dup}"


def test_kind_endpoint_and_setting_codes(findings):
    for r in findings:
        assert r["kind"] in KINDS, r["key"]
        assert r["endpoint"] in CODES[r["kind"]], (
            f"{r['key']}: {r['endpoint']!r} is not a {r['kind']} code"
        )
        assert r["setting"] in SETTINGS, f"{r['key']}: setting {r['setting']!r}"


def test_numbers_parse(findings):
    for r in findings:
        for col in ("value", "ci_low", "ci_high", "n"):
            if r[col]:
                assert is_float(r[col]), f"{r['key']}: {col}={r[col]!r} is not a number"
        if r["reference"]:
            assert r["reference"].isdigit() and 1 <= int(r["reference"]) <= 64, r["key"]
        if r["value"]:
            assert r["value_text"], f"{r['key']}: a value needs the printed value_text"


def test_locations_and_labels(findings):
    for r in findings:
        assert LOCATION.match(r["location"]), f"{r['key']}: location {r['location']!r}"
        if r["location"].startswith("Table"):
            assert r["column_label"] and r["row_label"], r["key"]
        else:
            assert not r["column_label"] and not r["row_label"], r["key"]


def test_trials(trials):
    # The store keys trials on nct_id: a trial whose ID is not established has no row here.
    ids = [t["nct_id"] for t in trials]
    dup = sorted({i for i in ids if ids.count(i) > 1})
    assert not dup, f"duplicate nct_ids: {dup}"
    for t in trials:
        assert re.fullmatch(r"NCT\d{8}", t["nct_id"]), (
            f"nct_id {t['nct_id']!r} (acronym {t['acronym']!r})"
        )
        assert t["setting"] in SETTINGS, t
        if t["reference"]:
            assert t["reference"].isdigit() and 1 <= int(t["reference"]) <= 64
        if t["planned_enrollment"]:
            assert t["planned_enrollment"].isdigit()
        assert t["in_table"] or t["location"], t


def test_findings_nct_ids_known_to_trials(findings, trials):
    known = {t["nct_id"] for t in trials}
    for r in findings:
        if r["nct_id"]:
            assert r["nct_id"] in known, f"{r['key']}: {r['nct_id']} has no row in trials.csv"


def test_references(references):
    assert [int(r["number"]) for r in references] == list(range(1, 65))
    for r in references:
        assert r["authors"] and r["title"] and r["journal"], r["number"]
        assert re.fullmatch(r"\d{4}", r["year"]), r["number"]
        for col in REFERENCES_COLUMNS:
            assert "\\" not in r[col] and "*" not in r[col], (r["number"], col)
        if r["doi"]:
            assert r["doi"].startswith("10."), r["number"]
    assert references[12]["doi"] == ""  # reference 13 prints no DOI


# ------------------------------------------------------ cell by cell vs seed


def seed_lines() -> list[str]:
    if not SEED.exists():
        pytest.skip(
            "../shared/seed not present: the review text is needed to check the baseline cell by cell"
        )
    return SEED.read_text(encoding="utf-8").split("\n")


def table_block(lines: list[str], heading: str) -> list[list[str]]:
    """Tab-separated lines that follow the table's heading line."""
    start = next(i for i, line in enumerate(lines) if line.strip().strip("*").strip() == heading)
    j = start + 1
    while "\t" not in lines[j]:
        j += 1
    block = []
    while j < len(lines) and "\t" in lines[j]:
        block.append([c.strip() for c in lines[j].split("\t")])
        j += 1
    return block


def drop_ref(text: str) -> str:
    """Table 3's Authors cells end with the citation, e.g. "Yoo et al. (2021) [39]"."""
    return re.sub(r"\s*\[\d+\]$", "", text)


def printed_cells(block: list[list[str]], table: str) -> list[tuple[str, str, str, int | None]]:
    """(row label, column label, printed cell, reference printed in the column heading)."""
    cells = []
    if table in ("Table 1", "Table 2"):
        columns = block[0][1:]
        refs = [int(m.group(1)) if (m := re.search(r"\[(\d+)\]$", c)) else None for c in columns]
        for row in block[1:]:
            for col, ref, cell in zip(columns, refs, row[1:], strict=True):
                cells.append((row[0], col, cell, ref))
        return cells
    # Table 3: columns are named by the "Authors (year)" row without its [ref];
    # authors printed twice are told apart by the column's Treatment cell.
    rows = {row[0]: row[1:] for row in block}
    authors, treatment = rows["Authors (year)"], rows["Treatment"]
    names = [re.sub(r"\s*\[\d+\]$", "", a) for a in authors]
    columns = [
        n + " " + t.lower() if names.count(n) > 1 else n
        for n, t in zip(names, treatment, strict=True)
    ]
    refs = [int(re.search(r"\[(\d+)\]$", a).group(1)) for a in authors]
    for row in block:
        for col, ref, cell in zip(columns, refs, row[1:], strict=True):
            cells.append((row[0], col, cell, ref))
    return cells


@pytest.mark.parametrize("table", TABLES)
def test_every_printed_cell_has_exactly_one_finding(table, findings):
    block = table_block(seed_lines(), table)
    cells = printed_cells(block, table)
    assert cells
    in_table = [r for r in findings if r["location"] == table]
    problems = []
    for row_label, col_label, cell, ref in cells:
        hits = [
            r for r in in_table if r["row_label"] == row_label and r["column_label"] == col_label
        ]
        if len(hits) != 1:
            problems.append(f"{row_label!r} x {col_label!r}: {len(hits)} rows")
            continue
        hit = hits[0]
        if drop_ref(hit["value_text"].strip()) != drop_ref(cell):
            problems.append(
                f"{row_label!r} x {col_label!r}: value_text {hit['value_text']!r} != printed {cell!r}"
            )
        m = NUMBER_CELL.match(cell)
        if m and (not hit["value"] or float(hit["value"]) != float(m.group(1))):
            problems.append(
                f"{row_label!r} x {col_label!r}: value {hit['value']!r} != printed {cell!r}"
            )
        if not m and hit["value"]:
            problems.append(
                f"{row_label!r} x {col_label!r}: non-numeric cell {cell!r} has value {hit['value']!r}"
            )
        if cell in DASHES and hit["value"]:
            problems.append(f"{row_label!r} x {col_label!r}: dash cell has a value")
        if ref is not None and hit["reference"] != str(ref):
            problems.append(
                f"{row_label!r} x {col_label!r}: reference {hit['reference']!r} != printed [{ref}]"
            )
    printed = {(r, c) for r, c, _, _ in cells}
    extra = [r["key"] for r in in_table if (r["row_label"], r["column_label"]) not in printed]
    assert not extra, f"{table}: rows that match no printed cell: {extra}"
    assert not problems, f"{table}:\n" + "\n".join(problems)
    assert len(in_table) == len(cells)


def test_table4_every_printed_cell_in_trials(trials):
    block = table_block(seed_lines(), "Table 4")
    assert block[0] == ["Study", "Phase", "N", "Treatment arm(s)", "Endpoint", "Population"]
    problems = []
    for study, phase, n, arms, endpoint, population in block[1:]:
        nct = re.match(r"NCT\d{8}", study).group(0)
        hits = [t for t in trials if t["nct_id"] == nct]
        if len(hits) != 1:
            problems.append(f"{study}: {len(hits)} rows")
            continue
        t = hits[0]
        shown = f"{t['nct_id']} ({t['acronym']})" if t["acronym"] else t["nct_id"]
        checks = {
            "Study": (shown, study),
            "N": (t["planned_enrollment"], n),
            "Treatment arm(s)": (t["arms"], arms),
            "Endpoint": (t["primary_endpoint"], endpoint),
            "Population": (t["population"], population),
            "in_table": (t["in_table"], "Table 4"),
        }
        for col, (got, want) in checks.items():
            if got.strip() != want:
                problems.append(f"{nct} {col}: {got!r} != printed {want!r}")
        if phase not in (f"{t['phase']} {t['design']}", f"{t['phase']}, {t['design']}"):
            problems.append(f"{nct} Phase: {t['phase']!r} + {t['design']!r} != printed {phase!r}")
    assert not problems, "Table 4:\n" + "\n".join(problems)
    assert sum(t["in_table"] == "Table 4" for t in trials) == len(block) - 1
