"""Score the extractors on the THIRTEENTH blind set (meeting, randomised-trial, updated-analysis and other-GI abstracts)
with the project's own scorer.

    python tests/blind13/evaluate_blind13.py              # table + every false positive / negative
    python tests/blind13/evaluate_blind13.py --summary    # table only
    python tests/blind13/evaluate_blind13.py --doc blind13-07   # one abstract: gold vs predictions

The scoring is tests/blind/evaluate_blind.py's, run on blind13.jsonl.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "blind"))

from evaluate_blind import main  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(main(path=Path(__file__).with_name("blind13.jsonl"), name="blind13"))
