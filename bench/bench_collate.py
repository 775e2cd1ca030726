"""Benchmark `core.collate` on ten versions of a ~1 MB text.

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
import random
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from core.collate import collate_documents  # noqa: E402
from core.collate_report import collation_to_json  # noqa: E402
from core.compare import load_document  # noqa: E402

TARGET_BYTES = 1_000_000
MIN_PARAGRAPHS = 3000
EDIT_SHARE = 0.05
INSERTED = (
    "Officials declined to comment on the report.",
    "The ministry did not respond to a request for comment.",
    "Further details were not immediately available.",
)


def source_paragraphs() -> list[str]:
    """Real prose: the seeds and the documentation topics that ship with Python."""
    import pydoc_data.topics

    paragraphs: list[str] = []
    for path in sorted((REPO / "seeds").glob("*.txt")):
        paragraphs += [p.strip() for p in path.read_text(encoding="utf-8").split("\n") if p.strip()]
    for topic in pydoc_data.topics.topics.values():
        paragraphs += [" ".join(p.split()) for p in topic.split("\n\n") if len(p.split()) > 3]
    return paragraphs


def build_base() -> list[str]:
    pool = source_paragraphs()
    paragraphs: list[str] = []
    size = 0
    round_number = 0
    while size < TARGET_BYTES or len(paragraphs) < MIN_PARAGRAPHS:
        for paragraph in pool:
            # Later rounds vary the text so paragraphs are not exact repeats of each other.
            text = paragraph if round_number == 0 else f"{paragraph} (Part {round_number}.)"
            paragraphs.append(text)
            size += len(text.encode()) + 2
            if size >= TARGET_BYTES and len(paragraphs) >= MIN_PARAGRAPHS:
                break
        round_number += 1
    return paragraphs


def derive_version(base: list[str], seed: int) -> str:
    """The base with about EDIT_SHARE of its sentences edited, cut or followed by a new one."""
    rng = random.Random(seed)
    paragraphs = []
    for paragraph in base:
        kept = []
        for sentence in re.split(r"(?<=[.!?])\s+", paragraph):
            roll = rng.random()
            if roll < EDIT_SHARE * 0.4:
                words = sentence.split()
                if len(words) > 3:
                    words[rng.randrange(len(words))] = rng.choice(["reportedly", "new", "several"])
                kept.append(" ".join(words))
            elif roll < EDIT_SHARE * 0.6:
                continue
            elif roll < EDIT_SHARE * 0.8:
                kept += [sentence, rng.choice(INSERTED)]
            elif roll < EDIT_SHARE:
                kept.append(sentence.replace("'", "\u2019").replace("ize", "ise"))
            else:
                kept.append(sentence)
        if kept:
            paragraphs.append(" ".join(kept))
    return "\n\n".join(paragraphs) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--versions", type=int, default=10)
    parser.add_argument("--keep", type=Path, help="write the versions here and keep them")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="wirediff-collate-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    base = build_base()
    paths = []
    for number in range(args.versions):
        path = folder / f"version-{number:02}.txt"
        path.write_text(derive_version(base, seed=number), encoding="utf-8")
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
