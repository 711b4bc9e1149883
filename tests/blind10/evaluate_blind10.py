"""Score the extractors on the TENTH blind set (typical HCC systemic-therapy abstracts) with the project's own scorer.

    python tests/blind10/evaluate_blind10.py              # table + every false positive / negative
    python tests/blind10/evaluate_blind10.py --summary    # table only
    python tests/blind10/evaluate_blind10.py --doc blind10-07   # one abstract: gold vs predictions

The scoring is tests/blind/evaluate_blind.py's, run on blind10.jsonl.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "blind"))

from evaluate_blind import main  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(main(path=Path(__file__).with_name("blind10.jsonl"), name="blind10"))
