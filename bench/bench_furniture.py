"""What page-furniture classification costs inside `compare_documents`, on the ~1 MB pairs.

    python bench/bench_furniture.py [--runs 9]

Uses the pairs of `bench_compare.py` (5% and 50% of sentences edited, every paragraph
re-wrapped). For each it times `compare_documents` and, on the same rows, `classify_pair` alone
(the furniture stage, both sides), each the fastest of `--runs` runs in CPU time so other work
on the machine counts less, and prints the stage's share of the whole comparison. The issue's
limit is 5%. Run by hand; timed tests are flaky on shared machines, so this is not a test.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_compare import build_pairs

from wirediff.core.compare import compare_documents, load_document
from wirediff.core.furniture.classify import classify_pair


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    for case, (left_text, right_text) in build_pairs().items():
        left = load_document(raw=left_text.encode(), name="left.txt")
        right = load_document(raw=right_text.encode(), name="right.txt")
        compare_seconds = classify_seconds = float("inf")
        for _ in range(args.runs):
            start = time.process_time()
            comparison = compare_documents(left, right)
            compare_seconds = min(compare_seconds, time.process_time() - start)
            start = time.process_time()
            classify_pair(left, right, comparison.rows)
            classify_seconds = min(classify_seconds, time.process_time() - start)
        print(
            f"{case:>10}: compare {compare_seconds * 1000:6.0f} ms, "
            f"furniture {classify_seconds * 1000:5.1f} ms "
            f"({100 * classify_seconds / compare_seconds:.1f}%)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
