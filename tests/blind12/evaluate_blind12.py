"""Score the extractors on the TWELFTH blind set (typical HCC abstracts) with the project's own scorer.

    python tests/blind12/evaluate_blind12.py              # table + every false positive / negative
    python tests/blind12/evaluate_blind12.py --summary    # table only
    python tests/blind12/evaluate_blind12.py --doc blind12-07   # one abstract: gold vs predictions

The scoring is tests/blind/evaluate_blind.py's, run on blind12.jsonl.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "blind"))

from evaluate_blind import main  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(main(path=Path(__file__).with_name("blind12.jsonl"), name="blind12"))
