"""Time `repair_text` against `ftfy.fix_text` on about 1 MB of clean English text.

    .venv/bin/python bench/bench_repair.py [--runs 7] [--size 1000000]

The text is the seed articles (without seed 002's damaged first line) repeated to the size
asked for: correct UTF-8 with curly quotes and dashes, the common case the repair stage must
pass through quickly. Prints the median of several runs for each, their ratio, and checks that
neither changed the text (ftfy with its default settings would straighten the quotes, so it
runs with the same encoding-only settings wirediff uses).
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

import ftfy  # noqa: E402

from wirediff.core.text.ftfy_config import ENCODING_ONLY  # noqa: E402
from wirediff.core.text.repair import repair_text  # noqa: E402


def clean_text(size: int) -> str:
    parts = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        if path.name.startswith("002"):
            text = text.split("\n", 1)[1]
        parts.append(text)
    text = "\n".join(parts)
    return (text * (size // len(text) + 1))[:size]


def median_seconds(function, text: str, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function(text)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--size", type=int, default=1_000_000)
    args = parser.parse_args()
    text = clean_text(args.size)
    config = ENCODING_ONLY._replace(explain=False)
    assert repair_text(text).text == text
    assert ftfy.fix_text(text, config=config) == text
    ours = median_seconds(repair_text, text, args.runs)
    theirs = median_seconds(lambda t: ftfy.fix_text(t, config=config), text, args.runs)
    default = median_seconds(ftfy.fix_text, text, args.runs)
    print(f"text: {len(text):,} characters of clean English, median of {args.runs} runs")
    print(f"repair_text:                   {ours * 1000:8.1f} ms")
    for label, seconds in (("encoding-only", theirs), ("defaults", default)):
        print(f"ftfy.fix_text ({label + '):':15s} {seconds * 1000:8.1f} ms", end="")
        print(f"  ({seconds / ours:.0f}x the time of repair_text)")


if __name__ == "__main__":
    main()
