"""The long texts the benchmarks run on, built the same way for every benchmark.

Real prose nobody here wrote: the seeds and the documentation topics that ship with Python,
repeated with a varied suffix until the text reaches about 1 MB and 3,000 paragraphs, then
edited deterministically (about 5% of sentences reworded, cut, followed by a new sentence or
restyled) to make other versions. Imported by the bench scripts beside it; not part of the
package.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
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


def long_text() -> list[str]:
    """About 1 MB of paragraphs (3,000 or more); later rounds vary so none repeats exactly."""
    pool = source_paragraphs()
    paragraphs: list[str] = []
    size = 0
    round_number = 0
    while size < TARGET_BYTES or len(paragraphs) < MIN_PARAGRAPHS:
        for paragraph in pool:
            text = paragraph if round_number == 0 else f"{paragraph} (Part {round_number}.)"
            paragraphs.append(text)
            size += len(text.encode()) + 2
            if size >= TARGET_BYTES and len(paragraphs) >= MIN_PARAGRAPHS:
                break
        round_number += 1
    return paragraphs


def edited_version(base: list[str], seed: int, share: float = EDIT_SHARE) -> str:
    """The base with about `share` of its sentences edited, cut or followed by a new one."""
    rng = random.Random(seed)
    paragraphs = []
    for paragraph in base:
        kept = []
        for sentence in re.split(r"(?<=[.!?])\s+", paragraph):
            roll = rng.random()
            if roll < share * 0.4:
                words = sentence.split()
                if len(words) > 3:
                    words[rng.randrange(len(words))] = rng.choice(["reportedly", "new", "several"])
                kept.append(" ".join(words))
            elif roll < share * 0.6:
                continue
            elif roll < share * 0.8:
                kept += [sentence, rng.choice(INSERTED)]
            elif roll < share:
                kept.append(sentence.replace("'", "\u2019").replace("ize", "ise"))
            else:
                kept.append(sentence)
        if kept:
            paragraphs.append(" ".join(kept))
    return "\n\n".join(paragraphs) + "\n"
