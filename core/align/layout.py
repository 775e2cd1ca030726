"""Layout-only changes: runs of sentences that hold the same words, cut at other places.

An editor who sets a label on its own line, merges bullet lines into one sentence, expands a
line into a list or joins two sentences with a dash changes no word, only where sentences and
paragraphs end. Inside a gap between anchors, a run of consecutive sentences on one side whose
words, in order, are the words of a run on the other side is one such change, and pairs as a
whole (`Link(layout=True)`), before any rewording is looked for. List connectives ("and", "et",
"und", ...) that joining a list adds or splitting it drops are not counted as words.

Imports the standard library, `core.align.units` and `core.progress` only.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from wirediff.core.align.units import Link, Sentence
from wirediff.core.progress import Checkpoint

# Words an editor adds or drops when a list becomes a sentence or a sentence a list.
LIST_CONNECTIVES = frozenset(
    [
        "and",
        "or",
        "und",
        "oder",
        "et",
        "ou",
        "y",
        "o",
        "e",
        "en",
        "и",
        "или",
        "和",
        "或",
        "及",
        "与",
    ]
)
# A run longer than this on either side is no layout change anyone would call one.
MAX_RUN_SENTENCES = 12
# Candidate starts tried per sentence: a common first word must not make the search quadratic.
MAX_STARTS = 20
# Sentences between two questions whether to stop.
CHECK_EVERY = 500


def pair_relayouts(
    left_free: Sequence[int],
    right_free: Sequence[int],
    left: Sequence[Sentence],
    right: Sequence[Sentence],
    checkpoint: Checkpoint | None = None,
) -> list[Link]:
    """Runs of neighbouring sentences with the same words on both sides, in order.

    Only runs with two sentences or more on at least one side: one sentence against one is a
    rewording (or a restyling), which the other passes judge. `checkpoint` is asked every
    `CHECK_EVERY` sentences whether to stop: two unrelated long texts make one gap of tens of
    thousands of sentences, whose words alone take a third of a second.
    """
    if not left_free or not right_free:
        return []
    left_words = _words_of(left_free, left, checkpoint)
    right_words = _words_of(right_free, right, checkpoint)
    starts: defaultdict[str, list[int]] = defaultdict(list)
    for position, words in enumerate(right_words):
        if words:
            starts[words[0]].append(position)
    links = []
    a, lowest_b = 0, 0
    while a < len(left_free):
        if checkpoint is not None and a % CHECK_EVERY == 0:
            checkpoint.check()
        found = None
        if left_words[a]:
            candidates = [b for b in starts.get(left_words[a][0], ()) if b >= lowest_b]
            for b in candidates[:MAX_STARTS]:
                found = _run_from(a, b, left_free, right_free, left_words, right_words)
                if found:
                    break
        if found is None:
            a += 1
            continue
        (a_start, a_end), (b_start, b_end) = found
        links.append(
            Link(
                tuple(left_free[a_start:a_end]),
                tuple(right_free[b_start:b_end]),
                layout=True,
            )
        )
        a, lowest_b = a_end, b_end
    return links


def _words_of(
    free: Sequence[int], sentences: Sequence[Sentence], checkpoint: Checkpoint | None
) -> list[list[str]]:
    found = []
    for number, index in enumerate(free):
        if checkpoint is not None and number % CHECK_EVERY == 0:
            checkpoint.check()
        found.append(_words(sentences[index]))
    return found


def _words(sentence: Sentence) -> list[str]:
    return [word for word in sentence.words if word not in LIST_CONNECTIVES]


def _run_from(
    a: int,
    b: int,
    left_free: Sequence[int],
    right_free: Sequence[int],
    left_words: Sequence[list[str]],
    right_words: Sequence[list[str]],
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The shortest runs from `a` and `b` that end together with the same words, if any."""
    a_end, b_end = a + 1, b + 1
    pending_left, pending_right = list(left_words[a]), list(right_words[b])
    while True:
        common = min(len(pending_left), len(pending_right))
        if pending_left[:common] != pending_right[:common]:
            return None
        pending_left, pending_right = pending_left[common:], pending_right[common:]
        if not pending_left and not pending_right:
            if a_end - a + b_end - b < 3:
                return None
            return (a, a_end), (b, b_end)
        if not pending_left:
            if not _next_is_neighbour(left_free, a_end) or a_end - a >= MAX_RUN_SENTENCES:
                return None
            pending_left = list(left_words[a_end])
            a_end += 1
        else:
            if not _next_is_neighbour(right_free, b_end) or b_end - b >= MAX_RUN_SENTENCES:
                return None
            pending_right = list(right_words[b_end])
            b_end += 1


def _next_is_neighbour(free: Sequence[int], end: int) -> bool:
    """Whether the next free sentence directly follows the run's last one in its document."""
    return end < len(free) and free[end] == free[end - 1] + 1
