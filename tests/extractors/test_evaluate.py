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
