"""Benchmark `wirediff batch` at collection scale: stories per second, serial, pooled, on Dask.

    python bench/bench_batch.py [--stories 2000] [--paragraphs 20] [--runs 1] [--keep DIR]

Generates a collection of stories of 3-5 versions each (`tests/core/batch_stories.py`: twenty
paragraphs per version by default, the length of a wire story, each version one wire-style edit
away from the one before), then runs
`wirediff batch` on it as a user would, each configuration in the same run: one worker, two
worker processes, and a two-worker Dask LocalCluster (`--dask --workers 2`). Prints stories per
second, the speed-up of two workers over one, the Dask run against the process pool, and peak
memory per process (the parent's and its largest child's, from `getrusage`). Run by hand; timed
tests are flaky on shared machines, so this is not a test.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.core.batch_stories import write_collection  # noqa: E402

CONFIGURATIONS = {
    "1 worker": ["--workers", "1"],
    "2 workers (process pool)": ["--workers", "2"],
    "2 workers (Dask LocalCluster)": ["--dask", "--workers", "2"],
}


def timed_batch(collection: Path, out: Path, options: list[str]) -> tuple[float, float]:
    """Wall seconds, and peak RSS in MB of the largest child process, of one batch run."""
    command = [str(Path(sys.executable).parent / "wirediff"), "batch", str(collection)]
    start = time.perf_counter()
    subprocess.run([*command, "--out", str(out), *options], check=True, capture_output=True)
    elapsed = time.perf_counter() - start
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return elapsed, peak_kb / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=2000)
    parser.add_argument("--paragraphs", type=int, default=20, help="paragraphs per version")
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--keep", type=Path, help="generate the collection here and keep it")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch) / "collection"
        if not folder.exists():
            write_collection(folder, args.stories, paragraphs=args.paragraphs)
        versions = sum(1 for _ in folder.glob("*/*.txt"))
        print(f"{args.stories} stories, {versions} versions, {versions - args.stories} pairs")
        rates: dict[str, float] = {}
        for name, options in CONFIGURATIONS.items():
            times = []
            for run in range(args.runs):
                elapsed, peak = timed_batch(folder, Path(scratch) / f"r{run}.jsonl", options)
                times.append(elapsed)
            rates[name] = args.stories / statistics.median(times)
            print(
                f"{name:32} {statistics.median(times):7.1f} s  {rates[name]:6.1f} stories/s"
                f"  (largest process so far {peak:.0f} MB)"
            )
    one, pool, dask = rates.values()
    print(f"2 workers / 1 worker: {pool / one:.2f}x;  Dask / process pool: {dask / pool:.2f}")


if __name__ == "__main__":
    main()
