"""Throughput of the extraction pipeline, next to the bare spaCy tokenizer.

    python bench/bench_extract.py [--texts 2000] [--corpus dev|abstracts|both]

Runs `nlp.pipe` over a corpus repeated to about 2,000 texts on one core, then with
n_process=2, and the bare `spacy.blank("en")` tokenizer on the same texts. Two corpora:
`dev` is the extractor's own dev + holdout set (many short snippets, mean ~770
characters); `abstracts` is the blind test sets under tests/blind*/, full-length PubMed-style
abstracts (mean ~1,340 characters), which is what the watcher meets in practice. The two
give different ratios, so both are printed by default.
Target: the full pipeline keeps at least a third of the bare tokenizer's throughput.
Timing lives here only, never in tests.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import spacy

from extractors.pipeline import build_nlp

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "extractors" / "corpus"


def corpus_files(corpus: str) -> list[Path]:
    if corpus == "dev":
        return [CORPUS / "dev.jsonl", CORPUS / "holdout.jsonl"]
    return sorted(ROOT.glob("tests/blind*/blind*.jsonl"))


def corpus_texts(n: int, corpus: str = "dev") -> list[str]:
    texts = []
    for path in corpus_files(corpus):
        with path.open(encoding="utf-8") as fh:
            texts += [json.loads(line)["text"] for line in fh if line.strip()]
    return (texts * (n // len(texts) + 1))[:n]


def rate(run, texts: list[str], repeats: int = 3) -> float:
    """Best of `repeats` runs of CPU time (`process_time`): on a shared machine wall time
    swings with other load, CPU time of this one process much less."""
    best = float("inf")
    for _ in range(repeats):
        start = time.process_time()
        run(texts)
        best = min(best, time.process_time() - start)
    return len(texts) / best


def wall_rate(run, texts: list[str]) -> float:
    """Wall-clock rate, for n_process=2 where the work happens in child processes."""
    start = time.perf_counter()
    run(texts)
    return len(texts) / (time.perf_counter() - start)


def bare_tokenizer(texts: list[str]) -> None:
    nlp = spacy.blank("en")
    for _ in nlp.pipe(texts, batch_size=64):
        pass


def pipeline(n_process: int):
    nlp = build_nlp()

    def run(texts: list[str]) -> None:
        for doc in nlp.pipe(texts, batch_size=64, n_process=n_process):
            assert doc._.findings is not None

    return run


def main() -> None:
    parser = argparse.ArgumentParser(description="extractor throughput")
    parser.add_argument("--texts", type=int, default=2000)
    parser.add_argument("--corpus", choices=("dev", "abstracts", "both"), default="both")
    args = parser.parse_args()
    for corpus in ("dev", "abstracts") if args.corpus == "both" else (args.corpus,):
        print(f"corpus: {corpus}")
        run_corpus(corpus_texts(args.texts, corpus))
        print()


def run_corpus(texts: list[str]) -> None:
    pipeline(1)(texts[:50])  # warm caches and lazy imports
    bare = rate(bare_tokenizer, texts)
    one = rate(pipeline(1), texts)
    two = wall_rate(pipeline(2), texts)
    chars = sum(len(t) for t in texts) / len(texts)
    print(
        f"{len(texts)} abstracts, mean {chars:.0f} characters; CPU time, best of 3 (n_process=2: wall time)"
    )
    print(f"{'run':<34} {'abstracts/s':>12} {'vs bare':>8}")
    for label, value in (
        ("spacy.blank('en') tokenizer", bare),
        ("extraction pipeline, 1 process", one),
        ("extraction pipeline, n_process=2", two),
    ):
        print(f"{label:<34} {value:12.1f} {value / bare:8.2f}")
    verdict = "meets" if one >= bare / 3 else "MISSES"
    print(
        f"one-core pipeline {verdict} the target of >= 1/3 of the bare tokenizer ({one / bare:.2f})"
    )


if __name__ == "__main__":
    main()
