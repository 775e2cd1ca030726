"""Sentence alignment across two whole documents.

Sentences are matched on their cosmetic keys (`core.diff.cosmetic.fold_text`) in three passes:

1. Anchors: a patience-style diff. Keys unique on both sides are paired, the longest increasing
   subsequence of those pairs is kept, and the gaps between them are aligned the same way,
   recursively. Anchors keep document order, which is what makes paragraph rows possible.
2. Moves: a key unique on both sides whose pair did not make it into the anchors is a sentence
   that moved. Moves are kept only when they carry whole paragraphs (see `accept_moves`); a stray
   repeated sentence ("he said.") must not tie distant paragraphs together.
3. Layout (`core.align.layout`): inside each gap between anchors, runs of sentences that hold the
   same words cut at other places (a label set on its own line, bullets merged) pair whole.
4. Rewordings (`core.align.rewording`): inside each gap between anchors, the remaining sentences are
   paired by word overlap with a small dynamic programme that also allows one sentence to match
   two neighbours (a sentence split or merged by an editor).
5. Across paragraphs (`core.align.crossing`): leftovers whose paragraphs nothing else pairs, such
   as a closing line reworded into a new opening paragraph, pair as moves.

Works on global sentence indices; `core.align.rows` turns the links into paragraph rows. Imports the
standard library and `core` only.
"""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from collections.abc import Sequence

from wirediff.core.align.crossing import pair_across_paragraphs
from wirediff.core.align.layout import pair_relayouts
from wirediff.core.align.rewording import pair_rewordings, similarity
from wirediff.core.align.units import (
    Link,
    Sentence,
    longest_increasing,
    symmetric_increasing,
    text_weight,
    words_of,
)
from wirediff.core.progress import Checkpoint

# Re-exported: the aligner's public vocabulary, imported from here by its users.
__all__ = [
    "Link",
    "Sentence",
    "align_sentences",
    "find_anchors",
    "longest_increasing",
    "similarity",
    "words_of",
]


def align_sentences(
    left: Sequence[Sentence], right: Sequence[Sentence], checkpoint: Checkpoint
) -> list[Link]:
    """All sentence links between two documents: anchors, accepted moves and rewordings."""
    left_keys = [s.key for s in left]
    right_keys = [s.key for s in right]
    anchors = find_anchors(left_keys, right_keys)
    moves = accept_moves(find_move_candidates(left_keys, right_keys, anchors), left, right, anchors)
    # Every sentence of a moved paragraph stays out of the in-place passes, so a moved
    # paragraph is never also tied to its old neighbourhood.
    moved_paragraphs_left = {left[i].paragraph for i, _ in moves}
    moved_paragraphs_right = {right[j].paragraph for _, j in moves}
    moved_left = _in_paragraphs(left, moved_paragraphs_left)
    moved_right = _in_paragraphs(right, moved_paragraphs_right)
    links = [Link((i,), (j,)) for i, j in anchors]
    links += [Link((i,), (j,), moved=True) for i, j in moves]
    gaps = list(_gaps(anchors, len(left), len(right)))
    for number, (left_gap, right_gap) in enumerate(gaps):
        checkpoint.tick(number, len(gaps))
        left_free = [i for i in left_gap if i not in moved_left]
        right_free = [j for j in right_gap if j not in moved_right]
        links += _pair_gap(left_free, right_free, left, right, checkpoint)
    links += _reword_inside_moves(moves, left, right)
    links += pair_across_paragraphs(links, left, right)
    links.sort(key=lambda link: (link.right[0], link.left[0]))
    return links


def _in_paragraphs(sentences: Sequence[Sentence], paragraphs: set[int]) -> set[int]:
    """Indices of the sentences that stand in `paragraphs`."""
    if not paragraphs:  # no moves, as in most pairs: no need to read every sentence
        return set()
    return {i for i, sentence in enumerate(sentences) if sentence.paragraph in paragraphs}


def _pair_gap(
    left_free: list[int],
    right_free: list[int],
    left: Sequence[Sentence],
    right: Sequence[Sentence],
    checkpoint: Checkpoint,
) -> list[Link]:
    """Layout-only runs first, then rewordings in what lies between them."""
    relayouts = pair_relayouts(left_free, right_free, left, right, checkpoint)
    links = list(relayouts)
    left_cursor = right_cursor = 0
    for link in [*relayouts, None]:
        left_end = left_free.index(link.left[0]) if link else len(left_free)
        right_end = right_free.index(link.right[0]) if link else len(right_free)
        links += pair_rewordings(
            left_free[left_cursor:left_end],
            right_free[right_cursor:right_end],
            left,
            right,
            checkpoint,
        )
        if link:
            left_cursor, right_cursor = left_end + len(link.left), right_end + len(link.right)
    return links


def find_anchors(left_keys: Sequence[str], right_keys: Sequence[str]) -> list[tuple[int, int]]:
    """Pairs of equal keys, in order on both sides (patience diff, iterative).

    >>> find_anchors(["a", "b", "c", "d"], ["a", "c", "b", "d"])
    [(0, 0), (1, 2), (3, 3)]
    """
    anchors: list[tuple[int, int]] = []
    stack = [(0, len(left_keys), 0, len(right_keys))]
    while stack:
        lo_left, hi_left, lo_right, hi_right = stack.pop()
        # Equal keys at the edges of a range pair up directly, like diff's common prefix.
        while (
            lo_left < hi_left and lo_right < hi_right and left_keys[lo_left] == right_keys[lo_right]
        ):
            anchors.append((lo_left, lo_right))
            lo_left += 1
            lo_right += 1
        while (
            lo_left < hi_left
            and lo_right < hi_right
            and left_keys[hi_left - 1] == right_keys[hi_right - 1]
        ):
            hi_left -= 1
            hi_right -= 1
            anchors.append((hi_left, hi_right))
        if lo_left >= hi_left or lo_right >= hi_right:
            continue
        chain = _unique_chain(left_keys, right_keys, lo_left, hi_left, lo_right, hi_right)
        if not chain:
            continue
        anchors.extend(chain)
        bounds = [(lo_left - 1, lo_right - 1), *chain, (hi_left, hi_right)]
        for (start_left, start_right), (end_left, end_right) in itertools.pairwise(bounds):
            if end_left - start_left > 1 and end_right - start_right > 1:
                stack.append((start_left + 1, end_left, start_right + 1, end_right))
    anchors.sort()
    return anchors


def _unique_chain(
    left_keys: Sequence[str],
    right_keys: Sequence[str],
    lo_left: int,
    hi_left: int,
    lo_right: int,
    hi_right: int,
) -> list[tuple[int, int]]:
    left_count = Counter(left_keys[lo_left:hi_left])
    right_position: dict[str, int] = {}
    right_count: Counter[str] = Counter()
    for j in range(lo_right, hi_right):
        key = right_keys[j]
        right_count[key] += 1
        right_position[key] = j
    pairs = [
        (i, right_position[key])
        for i in range(lo_left, hi_left)
        if left_count[(key := left_keys[i])] == 1 and right_count.get(key) == 1
    ]
    return symmetric_increasing(pairs, lambda pair: text_weight(left_keys[pair[0]]))


def find_move_candidates(
    left_keys: Sequence[str], right_keys: Sequence[str], anchors: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Sentences whose key is unique on both sides but that are not anchored."""
    anchored_left = {i for i, _ in anchors}
    anchored_right = {j for _, j in anchors}
    left_count = Counter(left_keys)
    right_index: dict[str, int] = {}
    right_count: Counter[str] = Counter()
    for j, key in enumerate(right_keys):
        right_count[key] += 1
        right_index[key] = j
    candidates = []
    for i, key in enumerate(left_keys):
        if i in anchored_left or left_count[key] != 1 or right_count.get(key) != 1:
            continue
        j = right_index[key]
        if j not in anchored_right:
            candidates.append((i, j))
    return candidates


def accept_moves(
    candidates: Sequence[tuple[int, int]],
    left: Sequence[Sentence],
    right: Sequence[Sentence],
    anchors: Sequence[tuple[int, int]],
) -> list[tuple[int, int]]:
    """Keep the moves that carry a paragraph from one place to another.

    A left paragraph and a right paragraph form a move when the candidates tie them only to each
    other and no anchor ties either of them anywhere else. Anything looser is left to the
    reworded-sentence pass, where it shows as text removed here and added there.
    """
    anchored_left = {left[i].paragraph for i, _ in anchors}
    anchored_right = {right[j].paragraph for _, j in anchors}
    partners_left: defaultdict[int, set[int]] = defaultdict(set)
    partners_right: defaultdict[int, set[int]] = defaultdict(set)
    for i, j in candidates:
        partners_left[left[i].paragraph].add(right[j].paragraph)
        partners_right[right[j].paragraph].add(left[i].paragraph)
    accepted = []
    for i, j in candidates:
        left_paragraph, right_paragraph = left[i].paragraph, right[j].paragraph
        if (
            left_paragraph not in anchored_left
            and right_paragraph not in anchored_right
            and partners_left[left_paragraph] == {right_paragraph}
            and partners_right[right_paragraph] == {left_paragraph}
        ):
            accepted.append((i, j))
    return longest_within_paragraphs(accepted, left)


def longest_within_paragraphs(
    moves: Sequence[tuple[int, int]], left: Sequence[Sentence]
) -> list[tuple[int, int]]:
    """Per moved paragraph, keep sentences in the same order on both sides."""
    by_paragraph: defaultdict[int, list[tuple[int, int]]] = defaultdict(list)
    for pair in sorted(moves):
        by_paragraph[left[pair[0]].paragraph].append(pair)
    kept = []
    for pairs in by_paragraph.values():
        kept += symmetric_increasing(pairs, lambda pair: text_weight(left[pair[0]].key))
    return kept


def _gaps(
    anchors: Sequence[tuple[int, int]], left_length: int, right_length: int
) -> list[tuple[range, range]]:
    bounds = [(-1, -1), *anchors, (left_length, right_length)]
    gaps = []
    for (start_left, start_right), (end_left, end_right) in itertools.pairwise(bounds):
        if end_left - start_left > 1 and end_right - start_right > 1:
            gaps.append((range(start_left + 1, end_left), range(start_right + 1, end_right)))
    return gaps


def _reword_inside_moves(
    moves: Sequence[tuple[int, int]], left: Sequence[Sentence], right: Sequence[Sentence]
) -> list[Link]:
    """Pair the leftover sentences of each moved paragraph with its new paragraph's."""
    links = []
    anchors_by_pair: defaultdict[tuple[int, int], list[tuple[int, int]]] = defaultdict(list)
    for i, j in sorted(moves):
        anchors_by_pair[(left[i].paragraph, right[j].paragraph)].append((i, j))
    moved_left = {i for i, _ in moves}
    moved_right = {j for _, j in moves}
    left_by_paragraph: defaultdict[int, list[int]] = defaultdict(list)
    right_by_paragraph: defaultdict[int, list[int]] = defaultdict(list)
    for i, sentence in enumerate(left):
        left_by_paragraph[sentence.paragraph].append(i)
    for j, sentence in enumerate(right):
        right_by_paragraph[sentence.paragraph].append(j)
    for (left_paragraph, right_paragraph), anchors in sorted(anchors_by_pair.items()):
        for left_gap, right_gap in _gaps_within(
            anchors, left_by_paragraph[left_paragraph], right_by_paragraph[right_paragraph]
        ):
            left_free = [i for i in left_gap if i not in moved_left]
            right_free = [j for j in right_gap if j not in moved_right]
            links += [
                Link(link.left, link.right, moved=True)
                for link in pair_rewordings(left_free, right_free, left, right)
            ]
    return links


def _gaps_within(
    anchors: Sequence[tuple[int, int]], left_indices: Sequence[int], right_indices: Sequence[int]
) -> list[tuple[list[int], list[int]]]:
    beyond = max([*left_indices, *right_indices], default=0) + 1
    bounds = [(-1, -1), *anchors, (beyond, beyond)]
    gaps = []
    for (start_left, start_right), (end_left, end_right) in itertools.pairwise(bounds):
        left_gap = [i for i in left_indices if start_left < i < end_left]
        right_gap = [j for j in right_indices if start_right < j < end_right]
        if left_gap and right_gap:
            gaps.append((left_gap, right_gap))
    return gaps
