"""Benchmark `core.collate.collation` on ten versions of a ~1 MB text.

    python bench/bench_collate.py [--runs 3] [--versions 10] [--keep DIR]

Builds a long text (the seeds and the documentation topics that ship with Python, about 1 MB
and 3,000+ paragraphs), then derives the versions from it deterministically: each keeps the
text but edits about 5% of its sentences (reworded, cut, restyled, or followed by an inserted
sentence), each with its own random seed, so every version differs from every other. Times,
in this process, loading the files (decode, repair, paragraphs), collating the loaded versions,
and building the JSON document, and prints the median of each and of the whole. The target is
under 10 s for the whole on a 2-core machine. Run by hand; timed tests are flaky on shared
machines, so this is not a test.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

from wirediff.core.collate.collation import collate_documents  # noqa: E402
from wirediff.core.compare import load_document  # noqa: E402
from wirediff.core.report.collation import collation_to_json  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import edited_version, long_text  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--versions", type=int, default=10)
    parser.add_argument("--keep", type=Path, help="write the versions here and keep them")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="wirediff-collate-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    base = long_text()
    paths = []
    for number in range(args.versions):
        path = folder / f"version-{number:02}.txt"
        path.write_text(edited_version(base, seed=number), encoding="utf-8")
        paths.append(path)
    total_mb = sum(path.stat().st_size for path in paths) / 1e6
    print(f"{args.versions} versions, {total_mb:.1f} MB in all; {args.runs} runs")
    samples: dict[str, list[float]] = {"load": [], "collate": [], "json": [], "total": []}
    rows = 0
    for _ in range(args.runs):
        start = time.perf_counter()
        documents = [load_document(path) for path in paths]
        loaded = time.perf_counter()
        collation = collate_documents(documents)
        collated = time.perf_counter()
        json.dumps(collation_to_json(collation), ensure_ascii=False)
        done = time.perf_counter()
        samples["load"].append(loaded - start)
        samples["collate"].append(collated - loaded)
        samples["json"].append(done - collated)
        samples["total"].append(done - start)
        rows = len(collation.rows)
    print(
        f"{rows} rows, {len(collation.rows_not_in_every_version())} not in every version, "
        f"{len(collation.rows_unique_to_one_version())} unique to one version"
    )
    for name, values in samples.items():
        print(f"{name:8} median {statistics.median(values):6.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
