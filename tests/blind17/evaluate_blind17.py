"""Score the extractors on the SEVENTEENTH blind set (HCC in the immunotherapy era) with the project's own scorer.

    python tests/blind17/evaluate_blind17.py              # table + every false positive / negative
    python tests/blind17/evaluate_blind17.py --summary    # table only
    python tests/blind17/evaluate_blind17.py --doc blind17-07   # one abstract: gold vs predictions

The scoring is tests/blind/evaluate_blind.py's, run on blind17.jsonl.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "blind"))

from evaluate_blind import main  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(main(path=Path(__file__).with_name("blind17.jsonl"), name="blind17"))
