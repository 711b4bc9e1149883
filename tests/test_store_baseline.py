"""The review's baseline in the store: init, idempotence, edits, bad rows, every table cell."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest

from store.baseline import BaselineError, load_baseline
from store.db import open_store
from watcher.config import BUNDLED_BASELINE

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seed" / "000_6b9d9f9d717aa702.txt"


def test_init_loads_baseline_and_is_idempotent(run_cli, tmp_path):
    first = run_cli("init", "--json")
    assert first.exit_code == 0, first.output
    data = json.loads(first.output)
    assert data["inserted"]["findings"] > 150
    assert data["totals"]["references"] == 64
    second = json.loads(run_cli("init", "--json").output)
    assert sum(second["inserted"].values()) == 0
    assert sum(second["updated"].values()) == 0
    assert second["totals"] == data["totals"]


def _copy_baseline(tmp_path: Path) -> Path:
    folder = tmp_path / "baseline"
    shutil.copytree(BUNDLED_BASELINE, folder)
    return folder


def _rewrite(path: Path, edit) -> None:
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        fields, rows = reader.fieldnames, list(reader)
    rows = edit(rows)
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def test_baseline_edit_updates_in_place_without_duplicates(tmp_path):
    folder = _copy_baseline(tmp_path)
    db = open_store(tmp_path / "w.db")
    load_baseline(db, folder)
    before = db["findings"].count
    target = next(
        r for r in db.query("select * from findings where endpoint = 'mOS' and value is not null")
    )

    def edit(rows):
        for r in rows:
            if r["key"] == target["baseline_key"]:
                r["value"], r["value_text"] = "99.9", "99.9"
        return rows

    _rewrite(folder / "findings.csv", edit)
    stats = load_baseline(db, folder)
    assert stats.updated["findings"] == 1
    assert db["findings"].count == before
    row = next(
        db.query("select value, id from findings where baseline_key = ?", [target["baseline_key"]])
    )
    assert row == {"value": 99.9, "id": target["id"]}


def test_baseline_bad_row_names_file_line_and_column_and_changes_nothing(tmp_path):
    folder = _copy_baseline(tmp_path)
    db = open_store(tmp_path / "w.db")
    load_baseline(db, folder)
    count = db["findings"].count

    def edit(rows):
        rows[4]["value"] = "nineteen"
        return rows

    _rewrite(folder / "findings.csv", edit)
    with pytest.raises(BaselineError) as e:
        load_baseline(db, folder)
    msg = str(e.value)
    assert "findings.csv, line 6" in msg and "'value'" in msg and "nineteen" in msg
    assert db["findings"].count == count


def test_baseline_unknown_endpoint_is_refused(tmp_path):
    folder = _copy_baseline(tmp_path)

    def edit(rows):
        rows[0]["kind"], rows[0]["endpoint"] = "result", "MEDIAN_OS"
        return rows

    _rewrite(folder / "findings.csv", edit)
    with pytest.raises(BaselineError, match="'MEDIAN_OS' is not a result code"):
        load_baseline(open_store(tmp_path / "w.db"), folder)


def test_init_bad_baseline_exits_nonzero_with_message(tmp_path, monkeypatch):
    folder = _copy_baseline(tmp_path)
    _rewrite(folder / "trials.csv", lambda rows: [{**rows[0], "nct_id": "NCT123"}] + rows[1:])
    cfg = tmp_path / "c.toml"
    cfg.write_text(f'[store]\npath = "{tmp_path / "w.db"}"\n[review]\nbaseline = "{folder}"\n')
    from click.testing import CliRunner

    from watcher.cli import cli

    result = CliRunner().invoke(cli, ["--config", str(cfg), "init"])
    assert result.exit_code == 1
    assert "trials.csv, line 2" in result.output and "'NCT123' is not an NCT ID" in result.output


# --- every cell of Tables 1, 3 and 4, against the store ---------------------------------


def _table_lines(text: str, heading: str, stop_prefixes: tuple[str, ...]) -> list[list[str]]:
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip().strip("*").strip() == heading)
    rows = []
    for line in lines[start + 1 :]:
        if "\t" not in line:
            if rows and line.strip() and not line.startswith(" "):
                if line.strip().startswith(stop_prefixes) or rows:
                    break
            continue
        rows.append([c.strip() for c in line.split("\t")])
    return rows


def _seed() -> str:
    if not SEED.exists():
        pytest.skip(
            "../shared/seed not present: the review text is needed to check the store cell by cell"
        )
    return SEED.read_text(encoding="utf-8")


@pytest.mark.parametrize("table", ["Table 1", "Table 3"])
def test_store_holds_every_cell_of_results_tables(store, table):
    rows = _table_lines(_seed(), table, ("HR:", "BCLC:"))
    header, body = rows[0], rows[1:]
    columns = [h for h in header[1:]]
    checked = 0
    for row in body:
        label = row[0]
        for col_index, cell in enumerate(row[1:]):
            candidates = list(
                store.query(
                    "select value_text, column_label from findings where source = 'baseline'"
                    " and location = ? and row_label = ? and value_text = ?",
                    [table, label, cell],
                )
            )
            assert candidates, (
                f"{table}: no store row for {label!r} = {cell!r} (column {col_index + 1})"
            )
            checked += 1
    assert checked == len(body) * len(columns)


def test_store_holds_every_cell_of_table4(store):
    rows = _table_lines(_seed(), "Table 4", ("BCLC:",))
    body = rows[1:]
    assert len(body) == 8
    for study, phase, n, arms, endpoint, population in body:
        nct = study.split()[0]
        trial = next(store.query("select * from trials where nct_id = ?", [nct]))
        assert trial["in_table"] == "Table 4"
        assert trial["planned_enrollment"] == int(n)
        assert trial["arms"] == arms
        assert trial["primary_endpoint"] == endpoint
        assert trial["population"] == population
        assert phase.startswith(trial["phase"])
        if "(" in study:
            assert trial["acronym"] == study.split("(")[1].rstrip(")")
        assert trial["watched"] == 1
