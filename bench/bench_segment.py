"""Measure sentence splitters on news prose: speed and correctness, ours against PyPI's.

Run by hand from the repository root:

    .venv/bin/python bench/bench_segment.py [--megabytes 1] [--budget-seconds 20]

Candidates are sentencex, pysbd, nupunkt and syntok (each skipped with a note when it is not
installed) and `core.segment.split.split_sentences`. Each is called once per paragraph, as the
aligner calls ours, over the seeds' paragraphs repeated to about one megabyte of UTF-8; a
candidate that exceeds the time budget is timed on the part it finished. Correctness is scored
on the tricky cases tests/core/test_segment.py pins (taken from the seeds, plus made-up news
prose for what the seeds lack): cases split exactly right, and sentence boundaries found,
missed and invented, with whitespace compared loosely because the libraries trim it
differently. Last, the whole segment stage (paragraphs, then sentences) is timed on the
megabyte against the aligner's budget.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.core.test_segment import (  # noqa: E402
    PROSE_SENTENCE_CASES,
    SEED_SENTENCE_CASES,
    find_paragraph,
    normalize_space,
)
from wirediff.core.segment.split import split_paragraphs, split_sentences  # noqa: E402

Splitter = Callable[[str], list[str]]
STAGE_BUDGET_SECONDS = 0.15
STAGE_REPEATS = 5


def load_sentencex() -> Splitter:
    import sentencex

    return lambda paragraph: list(sentencex.segment("en", paragraph))


def load_pysbd() -> Splitter:
    import pysbd

    segmenter = pysbd.Segmenter(language="en", clean=False)
    return segmenter.segment


def load_nupunkt() -> Splitter:
    import nupunkt

    return nupunkt.sent_tokenize


def load_syntok() -> Splitter:
    from syntok import segmenter

    def split(paragraph: str) -> list[str]:
        return [
            "".join(token.spacing + token.value for token in sentence)
            for block in segmenter.process(paragraph)
            for sentence in block
        ]

    return split


CANDIDATES: dict[str, Callable[[], Splitter]] = {
    "sentencex": load_sentencex,
    "pysbd": load_pysbd,
    "nupunkt": load_nupunkt,
    "syntok": load_syntok,
    "wirediff.core.segment.split": lambda: split_sentences,
}


def seed_texts() -> dict[str, str]:
    return {
        path.name[:3]: path.read_text(encoding="utf-8")
        for path in sorted((ROOT / "seeds").glob("*.txt"))
    }


def tricky_cases() -> list[tuple[str, list[str]]]:
    texts = seed_texts()
    cases = [
        (find_paragraph(texts[seed], sentences), sentences)
        for seed, sentences in SEED_SENTENCE_CASES
    ]
    return cases + PROSE_SENTENCE_CASES


def boundaries(sentences: list[str]) -> set[int]:
    """Offsets of sentence starts in the sentences' whitespace-normalised concatenation."""
    offsets: set[int] = set()
    position = 0
    for sentence in sentences[:-1]:
        position += len(normalize_space(sentence)) + 1
        offsets.add(position)
    return offsets


def score(split: Splitter, cases: list[tuple[str, list[str]]]) -> tuple[int, int, int, int]:
    """Return (cases exactly right, boundaries found, missed, invented)."""
    right = found = missed = invented = 0
    for paragraph, expected in cases:
        got = [normalize_space(piece) for piece in split(paragraph) if piece.strip()]
        want = [normalize_space(sentence) for sentence in expected]
        right += got == want
        got_boundaries, want_boundaries = boundaries(got), boundaries(want)
        found += len(got_boundaries & want_boundaries)
        missed += len(want_boundaries - got_boundaries)
        invented += len(got_boundaries - want_boundaries)
    return right, found, missed, invented


def corpus(megabytes: float) -> tuple[str, list[str]]:
    """Return the seeds repeated to `megabytes` of UTF-8, and that text's paragraphs."""
    texts = list(seed_texts().values())
    unit = "\n\n".join(texts)
    repeats = max(1, round(megabytes * 1_000_000 / len(unit.encode("utf-8"))))
    text = "\n\n".join([unit] * repeats)
    return text, split_paragraphs(text)


def speed(split: Splitter, paragraphs: list[str], budget_seconds: float) -> tuple[float, float]:
    """Return (megabytes per second, megabytes timed), stopping once the budget is spent."""
    for paragraph in paragraphs[:20]:
        split(paragraph)  # Warm up: models and caches load on first use.
    done_bytes = 0
    started = time.perf_counter()
    for paragraph in paragraphs:
        split(paragraph)
        done_bytes += len(paragraph.encode("utf-8"))
        if time.perf_counter() - started > budget_seconds:
            break
    elapsed = time.perf_counter() - started
    return done_bytes / 1e6 / elapsed, done_bytes / 1e6


def time_stage(text: str) -> float:
    """Return the median seconds split_paragraphs plus split_sentences take on `text`."""
    timings = []
    for _ in range(STAGE_REPEATS):
        started = time.perf_counter()
        for paragraph in split_paragraphs(text):
            split_sentences(paragraph)
        timings.append(time.perf_counter() - started)
    return statistics.median(timings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--megabytes", type=float, default=1.0)
    parser.add_argument("--budget-seconds", type=float, default=20.0)
    parser.add_argument(
        "--show-failures", action="store_true", help="print each candidate's wrong splits"
    )
    arguments = parser.parse_args()

    cases = tricky_cases()
    expected_boundaries = sum(len(sentences) - 1 for _, sentences in cases)
    text, paragraphs = corpus(arguments.megabytes)
    size = len(text.encode("utf-8")) / 1e6
    prose_size = sum(len(paragraph.encode("utf-8")) for paragraph in paragraphs) / 1e6
    print(
        f"{len(cases)} tricky paragraphs ({expected_boundaries} boundaries);"
        f" speed on {size:.2f} MB in {len(paragraphs)} paragraphs, one call per paragraph\n"
    )
    columns = ["splitter", "version", "MB/s", "s per MB", "seed cases right", "others right"]
    columns += ["boundaries found", "missed", "invented"]
    print("| " + " | ".join(columns) + " |")
    print("|---|---|" + "---:|" * (len(columns) - 2))
    failures: list[str] = []
    for name, load in CANDIDATES.items():
        try:
            split = load()
        except ImportError:
            print(f"| {name} | not installed | | | | | | |")
            continue
        version = package_version(name)
        right, found, missed, invented = score(split, cases)
        seed_right = score(split, cases[: len(SEED_SENTENCE_CASES)])[0]
        other_right = right - seed_right
        rate, timed = speed(split, paragraphs, arguments.budget_seconds)
        partial = "" if timed >= prose_size * 0.999 else f" (on {timed:.2f} MB)"
        print(
            f"| {name} | {version} | {rate:.2f}{partial} | {1 / rate:.3f} |"
            f" {seed_right}/{len(SEED_SENTENCE_CASES)} |"
            f" {other_right}/{len(PROSE_SENTENCE_CASES)} |"
            f" {found}/{expected_boundaries} | {missed} | {invented} |"
        )
        if arguments.show_failures:
            failures.extend(show_failures(name, split, cases))
    for line in failures:
        print(line)

    seconds = time_stage(text)
    verdict = "within" if seconds <= STAGE_BUDGET_SECONDS else "OVER"
    print(
        f"\nsplit_paragraphs + split_sentences on {size:.2f} MB: {seconds:.3f} s"
        f" (median of {STAGE_REPEATS}), {verdict} the {STAGE_BUDGET_SECONDS} s budget"
    )
    started = time.perf_counter()
    split_paragraphs(text)
    print(f"split_paragraphs alone: {time.perf_counter() - started:.3f} s")


def show_failures(name: str, split: Splitter, cases: list[tuple[str, list[str]]]) -> list[str]:
    """Describe the cases `split` gets wrong, sentences cut to their last words."""
    lines = []
    for paragraph, expected in cases:
        got = [normalize_space(piece) for piece in split(paragraph) if piece.strip()]
        if got != [normalize_space(sentence) for sentence in expected]:
            lines.append(f"{name} splits: " + " || ".join(f"...{piece[-35:]}" for piece in got))
    return lines


def package_version(name: str) -> str:
    if name == "wirediff.core.segment.split":
        return "this repo"
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name)
    except PackageNotFoundError:
        return "?"


if __name__ == "__main__":
    main()
