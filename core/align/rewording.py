"""Pairing reworded sentences inside a gap between aligned anchors.

Two different sentences count as one reworded sentence when their words overlap enough (Dice
over word multisets, with a stricter bar for short sentences), or when a short sentence was
extended and keeps every content word. Inside one gap the pairing keeps order: a small
Needleman-Wunsch table that also lets one sentence pair with two neighbours (an editor's split
or merge, or a dateline set as its own paragraph), but only when each of the two shares content
words of its own with the other side: a sentence inserted before a reworded one, or cut beside
it, is an addition or a removal, not part of the rewording. Gaps too large for a table are
paired from an inverted index of uncommon words instead.

Scores carry a tie-break that is the same whichever version is on the left, so that equally
good pairings resolve the same way when the two versions are swapped.

Imports the standard library and `core` only.
"""

from __future__ import annotations

import zlib
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence

from wirediff.core.align.content_words import content_words
from wirediff.core.align.units import Link, Sentence, longest_increasing
from wirediff.core.progress import Checkpoint

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
# A short sentence that an editor extended ("Costs stayed flat." → "Costs stayed flat and are
# expected to rise.") keeps all its content words but falls below the Dice bar.
MIN_EXTENDED_WORDS = 3
MIN_EXTENDED_SIMILARITY = 0.4
# Each half of a split or merged sentence must match at least this share of its own content
# words (and two of them, when it has two) that the other half does not already match.
MIN_HALF_SHARE = 0.4
# Far below one matched word: the tie-break never outweighs a real difference in overlap.
_TIE_BREAK_SCALE = 1e-6 / 2**32


def similarity(left_words: Sequence[str], right_words: Sequence[str]) -> float:
    """Dice overlap of two word multisets.

    >>> round(similarity(("hit", "targets", "inside"), ("strike", "inside")), 2)
    0.4
    """
    if not left_words or not right_words:
        return 0.0
    # The multiset overlap counted over the shared words only, with C-level set and count
    # operations: two Counters and their intersection cost several times as much.
    left_set = set(left_words)
    shared = left_set.intersection(right_words)
    if len(left_set) == len(left_words):
        common = len(shared)  # each shared word once on the left: min(1, count on the right)
    else:
        common = sum(min(left_words.count(word), right_words.count(word)) for word in shared)
    return 2 * common / (len(left_words) + len(right_words))


def _threshold(left_words: Sequence[str], right_words: Sequence[str]) -> float:
    if min(len(left_words), len(right_words)) < SHORT_SENTENCE_WORDS:
        return SHORT_REWORD_THRESHOLD
    return REWORD_THRESHOLD


def score_pair(left_words: Sequence[str], right_words: Sequence[str]) -> float:
    """Weight of pairing two word lists: matched words, or 0 below the threshold."""
    value = similarity(left_words, right_words)
    if value < _threshold(left_words, right_words) and not _is_extended(left_words, right_words):
        return 0.0
    ordered = sorted((" ".join(left_words), " ".join(right_words)))
    tie_break = zlib.crc32("\0".join(ordered).encode()) * _TIE_BREAK_SCALE
    return value * (len(left_words) + len(right_words)) / 2 + tie_break


def _is_extended(left_words: Sequence[str], right_words: Sequence[str]) -> bool:
    """Whether the shorter word list stands whole, with its content words, in the longer one."""
    shorter, longer = sorted((left_words, right_words), key=len)
    if len(shorter) < MIN_EXTENDED_WORDS:
        return False
    # The overlap first: it is the cheapest test, and most pairs asked about fail it.
    if similarity(shorter, longer) < MIN_EXTENDED_SIMILARITY:
        return False
    content = content_words(shorter)
    return len(content) >= 2 and not content - Counter(longer)


def _join_score(
    first: tuple[str, ...],
    second: tuple[str, ...],
    other: tuple[str, ...],
    content_of: Callable[[tuple[str, ...]], Counter[str]] = content_words,
) -> float:
    """Weight of pairing two neighbouring sentences, together, with one on the other side.

    `content_of` gives the content words of a word tuple (a table passes a cached one: each
    sentence is asked about once per neighbour on the other side).
    """
    other_content = content_of(other)
    first_content, second_content = content_of(first), content_of(second)
    # A half that shares no content word with the other side fails the test below; most
    # neighbours asked about in a table are unrelated, and this says so without the Counters.
    if other_content.keys().isdisjoint(first_content) or other_content.keys().isdisjoint(
        second_content
    ):
        return 0.0
    first_hits, second_hits = first_content & other_content, second_content & other_content
    for content, own, theirs in (
        (first_content, first_hits, second_hits),
        (second_content, second_hits, first_hits),
    ):
        total = sum(content.values())
        only_here = sum((own - theirs).values())
        if not total or only_here < min(2, total) or only_here < MIN_HALF_SHARE * total:
            return 0.0
    return score_pair((*first, *second), other)


def pair_rewordings(
    left_free: Sequence[int],
    right_free: Sequence[int],
    left: Sequence[Sentence],
    right: Sequence[Sentence],
    checkpoint: Checkpoint | None = None,
) -> list[Link]:
    """Pair reworded sentences inside one gap, keeping their order.

    One gap can hold two whole unrelated documents (seconds of work), so `checkpoint` is asked
    whether to stop once per sentence of the left side.
    """
    if not left_free or not right_free:
        return []
    checkpoint = checkpoint or Checkpoint()
    if len(left_free) * len(right_free) > MAX_DP_CELLS:
        return _pair_by_index(left_free, right_free, left, right, checkpoint)
    return _pair_by_table(left_free, right_free, left, right, checkpoint)


def _pair_by_table(
    left_free: Sequence[int],
    right_free: Sequence[int],
    left: Sequence[Sentence],
    right: Sequence[Sentence],
    checkpoint: Checkpoint,
) -> list[Link]:
    """Needleman-Wunsch over the gap with 1:1, 1:2 and 2:1 steps inside one paragraph."""
    rows, cols = len(left_free), len(right_free)
    known_content: dict[tuple[str, ...], Counter[str]] = {}

    def content(words: tuple[str, ...]) -> Counter[str]:
        found = known_content.get(words)
        if found is None:
            found = known_content[words] = content_words(words)
        return found

    best = [[0.0] * (cols + 1) for _ in range(rows + 1)]
    step: list[list[tuple[int, int]]] = [[(0, 0)] * (cols + 1) for _ in range(rows + 1)]
    for a in range(rows + 1):
        checkpoint.check()
        for b in range(cols + 1):
            if a == 0 and b == 0:
                continue
            options: list[tuple[float, tuple[int, int]]] = []
            if a:
                options.append((best[a - 1][b], (1, 0)))
            if b:
                options.append((best[a][b - 1], (0, 1)))
            if a and b:
                left_words = left[left_free[a - 1]].words
                right_words = right[right_free[b - 1]].words
                gain = score_pair(left_words, right_words)
                if gain:
                    options.append((best[a - 1][b - 1] + gain, (1, 1)))
                if a > 1 and _may_join(left, left_free[a - 2], left_free[a - 1]):
                    gain = _join_score(
                        left[left_free[a - 2]].words, left_words, right_words, content
                    )
                    if gain:
                        options.append((best[a - 2][b - 1] + gain, (2, 1)))
                if b > 1 and _may_join(right, right_free[b - 2], right_free[b - 1]):
                    gain = _join_score(
                        right[right_free[b - 2]].words, right_words, left_words, content
                    )
                    if gain:
                        options.append((best[a - 1][b - 2] + gain, (1, 2)))
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
    checkpoint: Checkpoint,
) -> list[Link]:
    """Large gaps: candidates from shared uncommon words, best partner each, then in order."""
    postings: defaultdict[str, list[int]] = defaultdict(list)
    for position, j in enumerate(right_free):
        for word in set(right[j].words):
            postings[word].append(position)
    pairs = []
    for i in left_free:
        checkpoint.check()
        votes: Counter[int] = Counter()
        for word in set(left[i].words):
            hits = postings.get(word)
            if hits and len(hits) <= MAX_POSTINGS:
                votes.update(hits)
        best_gain, best_position = 0.0, -1
        for position, _ in votes.most_common(5):
            gain = score_pair(left[i].words, right[right_free[position]].words)
            if gain > best_gain:
                best_gain, best_position = gain, position
        if best_position >= 0:
            pairs.append((i, right_free[best_position]))
    chain = longest_increasing(pairs)
    return [Link((i,), (j,)) for i, j in chain]
