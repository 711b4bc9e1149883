"""The benchmarks still run: each script in its quick mode, in a subprocess.

Only that they finish and print their table is checked; figures and verdicts
are the benchmarks' business (speed is never asserted in tests).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("script", "header"),
    [
        ("bench_requests.py", "| minimum | naive |"),
        ("bench_backfill.py", "| peak RSS MB |"),
    ],
)
def test_bench_smoke_quick_mode_prints_a_table(script: str, header: str) -> None:
    done = subprocess.run(
        [sys.executable, str(BENCH / script), "--quick"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    lines = done.stdout.splitlines()
    assert any(header in line for line in lines), done.stdout
    assert any(set(line) <= set("-+") and "+" in line for line in lines), done.stdout
