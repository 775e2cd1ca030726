"""The units sentence alignment works on: `Sentence`, `Link`, and order-keeping helpers.

Shared by `core.align.anchors` (two documents), `core.align.rewording` (pairing reworded sentences)
and `core.collate.collation` (many versions). Imports the standard library and
`core.segment.tokens` only.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field

from wirediff.core.segment.tokens import words


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence with where it stands and the keys alignment compares."""

    paragraph: int
    text: str
    key: str
    words: tuple[str, ...] = field(repr=False)


@dataclass(frozen=True, slots=True)
class Link:
    """Left sentences (one or two) that correspond to right sentences (one or two)."""

    left: tuple[int, ...]
    right: tuple[int, ...]
    moved: bool = False


def words_of(key: str) -> tuple[str, ...]:
    """Lower-case words of a cosmetic key, for overlap scores."""
    return tuple(words(key))


def longest_increasing(pairs: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest run of pairs (sorted by first item) whose second items increase.

    >>> longest_increasing([(0, 2), (1, 0), (2, 1), (3, 3)])
    [(1, 0), (2, 1), (3, 3)]
    """
    tails: list[int] = []
    tail_index: list[int] = []
    previous = [-1] * len(pairs)
    for index, (_, second) in enumerate(pairs):
        position = bisect.bisect_left(tails, second)
        if position == len(tails):
            tails.append(second)
            tail_index.append(index)
        else:
            tails[position] = second
            tail_index[position] = index
        previous[index] = tail_index[position - 1] if position else -1
    chain = []
    index = tail_index[-1] if tail_index else -1
    while index >= 0:
        chain.append(pairs[index])
        index = previous[index]
    return chain[::-1]
