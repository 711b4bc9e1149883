"""Score the extractors on the SIXTH blind set with the project's own scorer.

    python tests/blind6/evaluate_blind6.py              # table + every false positive / negative
    python tests/blind6/evaluate_blind6.py --summary    # table only
    python tests/blind6/evaluate_blind6.py --doc blind6-17   # one abstract: gold vs predictions

The scoring is tests/blind/evaluate_blind.py's, run on blind6.jsonl.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "blind"))

from evaluate_blind import main  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(main(path=Path(__file__).with_name("blind6.jsonl"), name="blind6"))
