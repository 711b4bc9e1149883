"""Score the extractors on the ELEVENTH blind set (typical HCC, biliary and GI abstracts) with the project's own scorer.

    python tests/blind11/evaluate_blind11.py              # table + every false positive / negative
    python tests/blind11/evaluate_blind11.py --summary    # table only
    python tests/blind11/evaluate_blind11.py --doc blind11-07   # one abstract: gold vs predictions

The scoring is tests/blind/evaluate_blind.py's, run on blind11.jsonl.
"""

from __future__ import annotations

import sys
from pathlib import Path

# tests/blind/ is found by walking up, so this file works in tests/blind11/ or one folder below it.
_BLIND = next(
    p / "blind"
    for p in Path(__file__).resolve().parents
    if (p / "blind" / "evaluate_blind.py").is_file()
)
sys.path.insert(0, str(_BLIND))

from evaluate_blind import main  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(main(path=Path(__file__).with_name("blind11.jsonl"), name="blind11"))
