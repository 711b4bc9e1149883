"""Accuracy regression floor on the holdout corpus (written before the rules, never tuned)."""

import pytest

from extractors.evaluate import CORPUS_DIR, load_set, main, score


@pytest.mark.parametrize("name, min_abstracts", [("dev", 35), ("holdout", 25)])
def test_evaluate_corpus_sizes(name, min_abstracts):
    rows = load_set(CORPUS_DIR / f"{name}.jsonl")
    assert len(rows) >= min_abstracts
    assert all({"id", "style", "text", "gold"} <= set(r) for r in rows)


@pytest.mark.parametrize("floor_p, floor_r", [(0.85, 0.80)])
def test_evaluate_holdout_meets_regression_floor(floor_p, floor_r):
    plain, with_ci = score(load_set(CORPUS_DIR / "holdout.jsonl"))
    p, r, f, n = plain.prf()
    pc, rc, _, _ = with_ci.prf()
    print(
        f"holdout (endpoint, arm, value): P={p:.3f} R={r:.3f} F1={f:.3f} n={n}; with CI: P={pc:.3f} R={rc:.3f}"
    )
    assert p >= floor_p and r >= floor_r


def test_evaluate_main_exits_zero(capsys):
    assert main([]) == 0
    out = capsys.readouterr().out
    assert "== dev" in out and "== holdout" in out and "OVERALL" in out


def test_shared_corpus_accepts_jsonl_json_and_aliases_and_names_what_it_skips(tmp_path, capsys):
    import json

    (tmp_path / "a.jsonl").write_text(
        json.dumps(
            {
                "id": "x1",
                "text": "Sorafenib in liver cancer\nMedian OS was 10.7 months with sorafenib.",
                "gold": [{"endpoint": "mOS", "arm": "sorafenib", "value": 10.7}],
            }
        )
        + "\n",
        encoding="utf-8",
    )
    (tmp_path / "b.json").write_text(
        json.dumps(
            [
                {
                    "pmid": "123",
                    "title": "Lenvatinib in liver cancer",
                    "abstract": "The objective response rate was 24.1% with lenvatinib.",
                    "findings": [{"endpoint": "ORR", "arm": "lenvatinib", "value": 24.1}],
                },
                {"title": "no gold here", "abstract": "nothing"},
            ]
        ),
        encoding="utf-8",
    )
    (tmp_path / "broken.json").write_text("{not json", encoding="utf-8")
    assert main(["--shared", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "== shared" in out and "2 abstracts, 2 gold findings" in out
    overall = next(
        line for line in out.split("== shared")[1].splitlines() if line.startswith("OVERALL")
    )
    assert overall.split()[1:3] == ["1.000", "1.000"]
    assert "skipped b.json row 2" in out and "skipped broken.json: not JSON" in out
