"""Sentences that left their paragraph: pairing across paragraph boundaries.

The in-place passes pair sentences only between anchors, in order. A sentence that an editor
moved into a new paragraph elsewhere (a closing line reworded into a new opening paragraph,
say) is left over on both sides. This last pass pairs such leftovers when both their
paragraphs are otherwise unpaired: identical or nearly identical sentences anywhere, reworded
ones within a window of paragraphs. A pair that crosses the in-place links becomes a move of
its paragraph (shown where it now stands); one that does not stays in place.

Every choice here is made the same way whichever version is on the left: scores are symmetric
and ties are broken on the texts.

Imports the standard library and `core.align` only.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Sequence

from wirediff.core.align.content_words import content_words
from wirediff.core.align.rewording import MAX_DP_CELLS, MAX_POSTINGS, score_pair, similarity
from wirediff.core.align.units import Link, Sentence, symmetric_increasing, text_weight

# Nearly identical sentences pair across any distance; reworded ones only this many paragraphs
# (beyond the difference in paragraph counts) from where they stood.
NEAR_IDENTICAL = 0.8
WINDOW_PARAGRAPHS = 6


def pair_across_paragraphs(
    links: Sequence[Link], left: Sequence[Sentence], right: Sequence[Sentence]
) -> list[Link]:
    """Links for leftover sentences whose paragraphs nothing else pairs."""
    tied_left = {left[i].paragraph for link in links for i in link.left}
    tied_right = {right[j].paragraph for link in links for j in link.right}
    free_left = [i for i, s in enumerate(left) if s.paragraph not in tied_left]
    free_right = [j for j, s in enumerate(right) if s.paragraph not in tied_right]
    if not free_left or not free_right:
        return []
    window = WINDOW_PARAGRAPHS + abs(left[-1].paragraph - right[-1].paragraph)
    scored = _candidates(free_left, free_right, left, right, window)
    # Best pairs first; a sentence and a paragraph pair once (a moved paragraph goes one place).
    taken_left: set[int] = set()
    taken_right: set[int] = set()
    by_paragraphs: defaultdict[tuple[int, int], list[tuple[int, int]]] = defaultdict(list)
    partner_left: dict[int, int] = {}
    partner_right: dict[int, int] = {}
    for _, i, j in sorted(scored, reverse=True):
        left_paragraph, right_paragraph = left[i].paragraph, right[j].paragraph
        if (
            i in taken_left
            or j in taken_right
            or partner_left.get(left_paragraph, right_paragraph) != right_paragraph
            or partner_right.get(right_paragraph, left_paragraph) != left_paragraph
        ):
            continue
        taken_left.add(i)
        taken_right.add(j)
        partner_left[left_paragraph] = right_paragraph
        partner_right[right_paragraph] = left_paragraph
        by_paragraphs[(left_paragraph, right_paragraph)].append((i, j))
    if not by_paragraphs:
        return []
    in_place = sorted((link.left[0], link.right[0]) for link in links if not link.moved)
    crossing = _CrossingTest(in_place)
    result = []
    for pairs in by_paragraphs.values():
        kept = symmetric_increasing(
            pairs, lambda pair: text_weight(left[pair[0]].key, right[pair[1]].key)
        )
        moved = any(crossing.crosses(i, j) for i, j in kept)
        result += [Link((i,), (j,), moved=moved) for i, j in kept]
    return result


def _candidates(
    free_left: Sequence[int],
    free_right: Sequence[int],
    left: Sequence[Sentence],
    right: Sequence[Sentence],
    window: int,
) -> list[tuple[float, int, int]]:
    """(score, left, right) for every pair of leftovers that may be one sentence."""
    if len(free_left) * len(free_right) > MAX_DP_CELLS:
        # Too many to compare: identical sentences only, found by their keys.
        right_by_key: defaultdict[str, list[int]] = defaultdict(list)
        for j in free_right:
            right_by_key[right[j].key].append(j)
        return [
            (score_pair(left[i].words, right[j].words), i, j)
            for i in free_left
            for j in right_by_key.get(left[i].key, ())
        ]
    postings: defaultdict[str, list[int]] = defaultdict(list)
    for j in free_right:
        for word in content_words(right[j].words):
            postings[word].append(j)
    scored = []
    for i in free_left:
        voted: set[int] = set()
        for word in content_words(left[i].words):
            hits = postings.get(word)
            if hits and len(hits) <= MAX_POSTINGS:
                voted.update(hits)
        for j in voted:
            score = score_pair(left[i].words, right[j].words)
            if not score:
                continue
            near = left[i].key == right[j].key or (
                similarity(left[i].words, right[j].words) >= NEAR_IDENTICAL
            )
            if near or abs(left[i].paragraph - right[j].paragraph) <= window:
                scored.append((score, i, j))
    return scored


class _CrossingTest:
    """Whether a pair (i, j) crosses any of a sorted list of in-place pairs."""

    def __init__(self, pairs: Sequence[tuple[int, int]]) -> None:
        self.firsts = [first for first, _ in pairs]
        self.max_before: list[int] = []
        highest = -1
        for _, second in pairs:
            highest = max(highest, second)
            self.max_before.append(highest)
        self.min_after: list[int] = [0] * len(pairs)
        lowest = 1 << 62
        for index in range(len(pairs) - 1, -1, -1):
            lowest = min(lowest, pairs[index][1])
            self.min_after[index] = lowest

    def crosses(self, i: int, j: int) -> bool:
        position = bisect.bisect_left(self.firsts, i)
        if position and self.max_before[position - 1] > j:
            return True
        return position < len(self.firsts) and self.min_after[position] < j
