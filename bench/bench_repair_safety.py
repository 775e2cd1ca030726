"""Count repair's mistakes on realistic lines, and time its worst-case inputs as they grow.

    .venv/bin/python bench/bench_repair_safety.py [--lines 3000] [--seed 1] [--no-timing]

Mistakes (the properties of tests/core/test_repair_properties.py, over lines drawn by
tests/core/realistic_lines.py with a fixed seed): correct lines changed; lines encoded as UTF-8
and read as cp1252 (sloppily) or as Latin-1 that do not come back exactly; UTF-8 files with a
few stray bytes that are not decoded as UTF-8.

Timing, at doubling sizes (each should roughly double, not quadruple): one long line with
mojibake at both ends (the changed middle is diffed), one long line with a damaged word every
50 words (overlapping repairs are resolved), and `wirediff repair` over a folder of many small
files (every output checked against every input). Run by hand, not in CI.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.core.realistic_lines import misread, sample_line
from wirediff.core.text.decode import decode_bytes
from wirediff.core.text.repair import repair_text

CLEAN_WORDS = [
    "The",
    "council",
    "said",
    "on",
    "Tuesday",
    "that",
    "prices",
    "rose",
    "sharply",
    "after",
    "talks",
    "failed",
]


def count_mistakes(lines: int, seed: int) -> None:
    rng = random.Random(seed)
    sample = [sample_line(rng) for _ in range(lines)]
    changed = [line for line in sample if repair_text(line).text != line]
    print(f"correct lines changed: {len(changed)} of {len(sample)}")
    for line in changed[:5]:
        print(f"    {line!r} -> {repair_text(line).text!r}")
    for codec in ("cp1252", "latin-1"):
        damaged = [(line, misread(line, codec)) for line in sample]
        damaged = [(line, bad) for line, bad in damaged if bad != line]
        wrong = [(line, bad) for line, bad in damaged if repair_text(bad).text != line]
        print(f"UTF-8 read as {codec} not restored: {len(wrong)} of {len(damaged)}")
        for line, bad in wrong[:5]:
            print(f"    {bad!r} -> {repair_text(bad).text!r}, want {line!r}")
    strays = sum(
        decode_bytes(_article_with_strays(rng)).encoding != "utf-8" for _ in range(lines // 10)
    )
    print(f"UTF-8 articles with stray bytes not read as UTF-8: {strays} of {lines // 10}")


def _article_with_strays(rng: random.Random) -> bytes:
    """About 3.5 KB of English with a curly-quoted word in twenty, and twelve stray bytes (cp1252
    quotes and letters pasted in) between words."""
    words: list[bytes] = []
    while sum(len(word) + 1 for word in words) < 3500:
        word = rng.choice(CLEAN_WORDS)
        words.append((f"“{word}”" if rng.random() < 0.05 else word).encode())
    for _ in range(12):
        index = rng.randrange(len(words))
        words[index] += bytes([rng.choice(b"\x92\x93\x94\x96\xe9")])
    return b" ".join(words)


def _line(words: int, damage_every: int | None) -> str:
    rng = random.Random(words)
    pieces = [rng.choice(CLEAN_WORDS) for _ in range(words)]
    if damage_every is None:
        pieces[0] = pieces[-1] = "cafÃ©"
    else:
        for index in range(0, words, damage_every):
            pieces[index] = "rÃ©sumÃ©"
    return " ".join(pieces)


def _timed(function, *arguments) -> float:
    start = time.perf_counter()
    function(*arguments)
    return time.perf_counter() - start


def time_corners() -> None:
    for label, damage_every in (("mojibake at both ends", None), ("damage every 50 words", 50)):
        print(f"one line, {label}:")
        for words in (2_000, 4_000, 8_000, 16_000):
            line = _line(words, damage_every)
            print(f"    {len(line):>7,} chars: {_timed(repair_text, line):6.2f} s")
    print("wirediff repair of a folder of small files:")
    command = Path(sys.executable).parent / "wirediff"
    for count in (250, 500, 1000):
        with tempfile.TemporaryDirectory() as folder:
            source = Path(folder, "in")
            source.mkdir()
            for number in range(count):
                (source / f"{number:05}.txt").write_text(f"Story {number}.\n", encoding="utf-8")
            seconds = _timed(
                subprocess.run,
                [str(command), "repair", str(source), "--out", str(Path(folder, "out"))],
            )
            print(f"    {count:>5} files: {seconds:6.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--no-timing", action="store_true")
    args = parser.parse_args()
    count_mistakes(args.lines, args.seed)
    if not args.no_timing:
        time_corners()


if __name__ == "__main__":
    main()
