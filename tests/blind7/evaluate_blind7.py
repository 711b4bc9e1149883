"""Score the extractors on the SEVENTH blind set (typical HCC systemic-therapy abstracts).

    python tests/blind7/evaluate_blind7.py              # table + every false positive / negative
    python tests/blind7/evaluate_blind7.py --summary    # table only
    python tests/blind7/evaluate_blind7.py --doc blind7-07   # one abstract: gold vs predictions

The scoring is tests/blind/evaluate_blind.py's, run on blind7.jsonl.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "blind"))

from evaluate_blind import main  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(main(path=Path(__file__).with_name("blind7.jsonl"), name="blind7"))
