"""The units sentence alignment works on: `Sentence`, `Link`, and order-keeping helpers.

Shared by `core.align.anchors` (two documents), `core.align.rewording` (pairing reworded sentences)
and `core.collate.collation` (many versions). Imports the standard library and
`core.segment.tokens` only.
"""

from __future__ import annotations

import bisect
import itertools
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from wirediff.core.segment.tokens import words


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence with where it stands and the keys alignment compares.

    `words` (the words of `key`) are worked out when first asked for, unless given: most
    sentences of two versions are anchored by their keys alone and never need them.
    """

    paragraph: int
    text: str
    key: str
    known_words: tuple[str, ...] | None = field(default=None, repr=False, compare=False)

    @property
    def words(self) -> tuple[str, ...]:
        """Lower-case words of the key, for overlap scores."""
        known = self.known_words
        if known is None:
            known = words_of(self.key)
            # A cache, not a change of value: frozen for every field that compares.
            object.__setattr__(self, "known_words", known)
        return known


@dataclass(frozen=True, slots=True)
class Link:
    """Left sentences that correspond to right sentences (one or two, or a run for a layout change).

    `layout` marks runs that hold the same words cut into other sentences or paragraphs.
    """

    left: tuple[int, ...]
    right: tuple[int, ...]
    moved: bool = False
    layout: bool = False


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


def text_weight(*texts: str) -> int:
    """A weight for a pair of texts that is the same whichever side each text is on.

    Longer texts weigh more; the low bits, a checksum of the texts, only break ties, so that
    two different chains of pairs (almost) never weigh the same.

    >>> text_weight("a", "bc") == text_weight("bc", "a")
    True
    """
    ordered = sorted(texts)
    return (sum(map(len, ordered)) << 32) | zlib.crc32("\0".join(ordered).encode())


def symmetric_increasing(
    pairs: Sequence[tuple[int, int]], weight: Callable[[tuple[int, int]], int]
) -> list[tuple[int, int]]:
    """A longest run of pairs increasing in both items, the same whichever side is read first.

    `longest_increasing` breaks ties between equally long runs by the order it reads the pairs
    in, so comparing B with A would keep other pairs than A with B. Here the runs found reading
    by the first and by the second item compete, and the heavier one (by `weight`, which must
    not depend on the side) wins. Pairs must be distinct in each item.

    >>> symmetric_increasing([(0, 1), (1, 0)], lambda pair: pair[0])
    [(1, 0)]
    >>> symmetric_increasing([(0, 1), (1, 0)], lambda pair: pair[1])
    [(0, 1)]
    """
    ordered = sorted(pairs)
    if all(first[1] < second[1] for first, second in itertools.pairwise(ordered)):
        # Already in order on both sides (the links of most rows): the one longest run is
        # every pair, whichever side is read first, and no weight needs working out.
        return ordered
    forward = longest_increasing(ordered)
    backward = sorted(
        (first, second)
        for second, first in longest_increasing(sorted((second, first) for first, second in pairs))
    )
    if forward == backward:
        return forward

    def strength(chain: list[tuple[int, int]]) -> tuple[int, int, list[int]]:
        weights = sorted((weight(pair) for pair in chain), reverse=True)
        return len(chain), sum(weights), weights

    return forward if strength(forward) >= strength(backward) else backward
