"""Score the extractors on the FOURTH blind set with the project's own scorer.

    python tests/blind4/evaluate_blind4.py              # table + every false positive / negative
    python tests/blind4/evaluate_blind4.py --summary    # table only
    python tests/blind4/evaluate_blind4.py --doc blind4-17   # one abstract: gold vs predictions

The scoring is tests/blind/evaluate_blind.py's, run on blind4.jsonl.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "blind"))

from evaluate_blind import main  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(main(path=Path(__file__).with_name("blind4.jsonl"), name="blind4"))
