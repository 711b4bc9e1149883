"""Score the extractors on the FIFTH blind set with the project's own scorer.

    python tests/blind5/evaluate_blind5.py              # table + every false positive / negative
    python tests/blind5/evaluate_blind5.py --summary    # table only
    python tests/blind5/evaluate_blind5.py --doc blind5-17   # one abstract: gold vs predictions

The scoring is tests/blind/evaluate_blind.py's, run on blind5.jsonl.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "blind"))

from evaluate_blind import main  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(main(path=Path(__file__).with_name("blind5.jsonl"), name="blind5"))
