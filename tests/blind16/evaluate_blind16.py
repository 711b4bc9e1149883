"""Score the extractors on the SIXTEENTH blind set (HCC in the immunotherapy era) with the project's own scorer.

    python tests/blind16/evaluate_blind16.py              # table + every false positive / negative
    python tests/blind16/evaluate_blind16.py --summary    # table only
    python tests/blind16/evaluate_blind16.py --doc blind16-07   # one abstract: gold vs predictions

The scoring is tests/blind/evaluate_blind.py's, run on blind16.jsonl.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "blind"))

from evaluate_blind import main  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(main(path=Path(__file__).with_name("blind16.jsonl"), name="blind16"))
