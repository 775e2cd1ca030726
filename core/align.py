"""Sentence alignment across two whole documents.

Sentences are matched on their cosmetic keys (`core.cosmetic.fold_text`) in three passes:

1. Anchors: a patience-style diff. Keys unique on both sides are paired, the longest increasing
   subsequence of those pairs is kept, and the gaps between them are aligned the same way,
   recursively. Anchors keep document order, which is what makes paragraph rows possible.
2. Moves: a key unique on both sides whose pair did not make it into the anchors is a sentence
   that moved. Moves are kept only when they carry whole paragraphs (see `accept_moves`); a stray
   repeated sentence ("he said.") must not tie distant paragraphs together.
3. Rewordings: inside each gap between anchors, the remaining sentences are paired by word
   overlap with a small dynamic programme that also allows one sentence to match two neighbours
   (a sentence split or merged by an editor).

Works on global sentence indices; `core.rows` turns the links into paragraph rows. Imports the
standard library and `core` only.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from core.progress import Checkpoint

# Dice overlap of words needed before two different sentences count as one reworded sentence.
# Unrelated news sentences share stop words and reach about 0.3; a reworded one keeps most.
REWORD_THRESHOLD = 0.5
# Short sentences share a larger fraction of words by chance.
SHORT_SENTENCE_WORDS = 5
SHORT_REWORD_THRESHOLD = 0.65
# A paragraph this short may be the dateline or lead-in of the next one in the other version.
MAX_FRAGMENT_WORDS = 3
# Above this many cells the gap is aligned from an inverted index instead of a full table.
MAX_DP_CELLS = 250_000
# Words this common in a gap say nothing about which sentences correspond.
MAX_POSTINGS = 50

_WORD = re.compile(r"\w+")


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
    return tuple(_WORD.findall(key.lower()))


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
    moved_left = {i for i, s in enumerate(left) if s.paragraph in moved_paragraphs_left}
    moved_right = {j for j, s in enumerate(right) if s.paragraph in moved_paragraphs_right}
    links = [Link((i,), (j,)) for i, j in anchors]
    links += [Link((i,), (j,), moved=True) for i, j in moves]
    gaps = list(_gaps(anchors, len(left), len(right)))
    for number, (left_gap, right_gap) in enumerate(gaps):
        checkpoint.tick(number, len(gaps))
        left_free = [i for i in left_gap if i not in moved_left]
        right_free = [j for j in right_gap if j not in moved_right]
        links += pair_rewordings(left_free, right_free, left, right)
    links += _reword_inside_moves(moves, left, right)
    links.sort(key=lambda link: (link.right[0], link.left[0]))
    return links


def find_anchors(left_keys: Sequence[str], right_keys: Sequence[str]) -> list[tuple[int, int]]:
    """Pairs of equal keys, in order on both sides (patience diff, iterative).

    >>> find_anchors(["a", "b", "c", "d"], ["a", "c", "b", "d"])
    [(0, 0), (2, 1), (3, 3)]
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
    return longest_increasing(pairs)


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
        kept += longest_increasing(pairs)
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


def similarity(left_words: Sequence[str], right_words: Sequence[str]) -> float:
    """Dice overlap of two word multisets.

    >>> round(similarity(("hit", "targets", "inside"), ("strike", "inside")), 2)
    0.4
    """
    if not left_words or not right_words:
        return 0.0
    common = sum((Counter(left_words) & Counter(right_words)).values())
    return 2 * common / (len(left_words) + len(right_words))


def _threshold(left_words: Sequence[str], right_words: Sequence[str]) -> float:
    if min(len(left_words), len(right_words)) < SHORT_SENTENCE_WORDS:
        return SHORT_REWORD_THRESHOLD
    return REWORD_THRESHOLD


def _score(left_words: Sequence[str], right_words: Sequence[str]) -> float:
    """Weight of pairing two word lists: matched words, or 0 below the threshold."""
    value = similarity(left_words, right_words)
    if value < _threshold(left_words, right_words):
        return 0.0
    return value * (len(left_words) + len(right_words)) / 2


def pair_rewordings(
    left_free: Sequence[int],
    right_free: Sequence[int],
    left: Sequence[Sentence],
    right: Sequence[Sentence],
) -> list[Link]:
    """Pair reworded sentences inside one gap, keeping their order."""
    if not left_free or not right_free:
        return []
    if len(left_free) * len(right_free) > MAX_DP_CELLS:
        return _pair_by_index(left_free, right_free, left, right)
    return _pair_by_table(left_free, right_free, left, right)


def _pair_by_table(
    left_free: Sequence[int],
    right_free: Sequence[int],
    left: Sequence[Sentence],
    right: Sequence[Sentence],
) -> list[Link]:
    """Needleman-Wunsch over the gap with 1:1, 1:2 and 2:1 steps inside one paragraph."""
    rows, cols = len(left_free), len(right_free)
    best = [[0.0] * (cols + 1) for _ in range(rows + 1)]
    step: list[list[tuple[int, int]]] = [[(0, 0)] * (cols + 1) for _ in range(rows + 1)]
    for a in range(rows + 1):
        for b in range(cols + 1):
            if a == 0 and b == 0:
                continue
            options: list[tuple[float, tuple[int, int]]] = []
            if a:
                options.append((best[a - 1][b], (1, 0)))
            if b:
                options.append((best[a][b - 1], (0, 1)))
            if a and b:
                gain = _score(left[left_free[a - 1]].words, right[right_free[b - 1]].words)
                if gain:
                    options.append((best[a - 1][b - 1] + gain, (1, 1)))
                    if a > 1 and _may_join(left, left_free[a - 2], left_free[a - 1]):
                        joined = left[left_free[a - 2]].words + left[left_free[a - 1]].words
                        options.append(
                            (
                                best[a - 2][b - 1] + _score(joined, right[right_free[b - 1]].words),
                                (2, 1),
                            )
                        )
                    if b > 1 and _may_join(right, right_free[b - 2], right_free[b - 1]):
                        joined = right[right_free[b - 2]].words + right[right_free[b - 1]].words
                        options.append(
                            (
                                best[a - 1][b - 2] + _score(left[left_free[a - 1]].words, joined),
                                (1, 2),
                            )
                        )
            best[a][b], step[a][b] = max(options, key=lambda option: option[0])
    links = []
    a, b = rows, cols
    while a or b:
        used_left, used_right = step[a][b]
        if used_left and used_right:
            links.append(
                Link(
                    tuple(left_free[a - used_left : a]),
                    tuple(right_free[b - used_right : b]),
                )
            )
        a, b = a - used_left, b - used_right
    return links[::-1]


def _may_join(sentences: Sequence[Sentence], first: int, second: int) -> bool:
    """Whether two neighbouring sentences may pair, together, with one on the other side.

    Within a paragraph that is a split or merged sentence. Across paragraphs only a fragment
    may join: a dateline ("WASHINGTON -") that one outlet set as its own paragraph.
    """
    if second != first + 1:
        return False
    if sentences[first].paragraph == sentences[second].paragraph:
        return True
    return len(sentences[first].words) <= MAX_FRAGMENT_WORDS


def _pair_by_index(
    left_free: Sequence[int],
    right_free: Sequence[int],
    left: Sequence[Sentence],
    right: Sequence[Sentence],
) -> list[Link]:
    """Large gaps: candidates from shared uncommon words, best partner each, then in order."""
    postings: defaultdict[str, list[int]] = defaultdict(list)
    for position, j in enumerate(right_free):
        for word in set(right[j].words):
            postings[word].append(position)
    pairs = []
    for i in left_free:
        votes: Counter[int] = Counter()
        for word in set(left[i].words):
            hits = postings.get(word)
            if hits and len(hits) <= MAX_POSTINGS:
                votes.update(hits)
        best_gain, best_position = 0.0, -1
        for position, _ in votes.most_common(5):
            gain = _score(left[i].words, right[right_free[position]].words)
            if gain > best_gain:
                best_gain, best_position = gain, position
        if best_position >= 0:
            pairs.append((i, right_free[best_position]))
    chain = longest_increasing(pairs)
    return [Link((i,), (j,)) for i, j in chain]


def _reword_inside_moves(
    moves: Sequence[tuple[int, int]], left: Sequence[Sentence], right: Sequence[Sentence]
) -> list[Link]:
    """Pair the leftover sentences of each moved paragraph with its new paragraph's."""
    links = []
    paragraph_pairs = {(left[i].paragraph, right[j].paragraph) for i, j in moves}
    moved_left = {i for i, _ in moves}
    moved_right = {j for _, j in moves}
    left_by_paragraph: defaultdict[int, list[int]] = defaultdict(list)
    right_by_paragraph: defaultdict[int, list[int]] = defaultdict(list)
    for i, sentence in enumerate(left):
        left_by_paragraph[sentence.paragraph].append(i)
    for j, sentence in enumerate(right):
        right_by_paragraph[sentence.paragraph].append(j)
    for left_paragraph, right_paragraph in sorted(paragraph_pairs):
        anchors = sorted((i, j) for i, j in moves if left[i].paragraph == left_paragraph)
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
