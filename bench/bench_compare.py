"""Benchmark `wirediff compare` on a ~1 MB pair against Python's difflib line diff.

    python bench/bench_compare.py [--runs 5] [--keep DIR]

Builds two versions of a long text (3,000+ paragraphs, about 1 MB; the right side has about 5%
of its sentences reworded, cut, inserted or restyled), then times, in the same run and as
separate processes from fork to exit, `wirediff compare LEFT RIGHT --json OUT` and a difflib
unified line diff of the same files. Prints the median wall time and peak memory of each and
their ratio. Run by hand; timed tests are flaky on shared machines, so this is not a test.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import edited_version, long_text

DIFFLIB_SCRIPT = (
    "import difflib, sys\n"
    "a = open(sys.argv[1], encoding='utf-8').read().splitlines(True)\n"
    "b = open(sys.argv[2], encoding='utf-8').read().splitlines(True)\n"
    "sys.stdout.writelines(difflib.unified_diff(a, b))\n"
)


def build_pair() -> tuple[str, str]:
    base = long_text()
    return "\n\n".join(base) + "\n", edited_version(base, seed=7)


def timed(argv: list[str]) -> tuple[float, float]:
    """Wall seconds and peak RSS in MB of one child process."""
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.execvp(argv[0], argv)
    _, status, usage = os.wait4(pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(argv)}")
    return wall, usage.ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="write the pair here and keep it")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="wirediff-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    left_text, right_text = build_pair()
    left, right = folder / "left.txt", folder / "right.txt"
    left.write_text(left_text, encoding="utf-8")
    right.write_text(right_text, encoding="utf-8")
    wirediff = str(Path(sys.executable).parent / "wirediff")
    commands = {
        "wirediff compare --json": [
            wirediff,
            "compare",
            str(left),
            str(right),
            "--json",
            os.devnull,
        ],
        "difflib line diff": [sys.executable, "-c", DIFFLIB_SCRIPT, str(left), str(right)],
    }
    print(
        f"pair: {len(left_text.encode()) / 1e6:.2f} MB / {left_text.count(chr(10) * 2) + 1} "
        f"paragraphs vs {len(right_text.encode()) / 1e6:.2f} MB; {args.runs} runs each"
    )
    results = {}
    for name, argv in commands.items():
        samples = [timed(argv) for _ in range(args.runs)]
        results[name] = (
            statistics.median(s[0] for s in samples),
            max(s[1] for s in samples),
        )
        print(f"{name:26} median {results[name][0]:.3f} s   peak {results[name][1]:.0f} MB")
    ratio = results["wirediff compare --json"][0] / results["difflib line diff"][0]
    print(f"wirediff / difflib time ratio: {ratio:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
