"""Exact outputs of the rewording pass (`core.align.rewording`): scores at their thresholds,
which neighbours may join, and the links a gap gives, by table and by index.

Each boundary is tested on both sides (at the threshold and one word short of it), so a `<`
turned into `<=` or a constant off by one changes an answer here.
"""

from __future__ import annotations

import pytest

from wirediff.core.align import rewording
from wirediff.core.align.rewording import (
    MIN_EXTENDED_SIMILARITY,
    REWORD_THRESHOLD,
    SHORT_REWORD_THRESHOLD,
    _is_extended,
    _join_score,
    _may_join,
    _threshold,
    pair_rewordings,
    score_pair,
    similarity,
)
from wirediff.core.align.units import Link, Sentence, words_of
from wirediff.core.diff.cosmetic import fold_text


def words(text: str) -> tuple[str, ...]:
    return words_of(fold_text(text))


def sentence(paragraph: int, text: str) -> Sentence:
    key = fold_text(text)
    return Sentence(paragraph, text, key, words_of(key))


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        ((), ("a",), 0.0),
        (("a",), (), 0.0),
        (("a", "b", "c", "d"), ("a", "b", "c", "e"), 0.75),
        # Multisets: a word repeated on one side matches as often as the other side has it.
        (("a", "a", "b"), ("a", "b", "b"), 2 * 2 / 6),
        (("x",), ("y",), 0.0),
    ],
)
def test_similarity_is_dice_over_word_multisets(left, right, expected):
    assert similarity(left, right) == pytest.approx(expected)


def test_short_sentences_need_more_overlap():
    four, five = ("w1", "w2", "w3", "w4"), ("w1", "w2", "w3", "w4", "w5")
    assert _threshold(four, five * 2) == SHORT_REWORD_THRESHOLD
    assert _threshold(five * 2, four) == SHORT_REWORD_THRESHOLD
    assert _threshold(five, five) == REWORD_THRESHOLD


def test_score_counts_matched_words_from_the_threshold_up():
    left = ("a", "b", "c", "x1", "x2", "x3")
    at_threshold = ("a", "b", "c", "y1", "y2", "y3")
    below = ("a", "b", "y0", "y1", "y2", "y3")
    assert similarity(left, at_threshold) == REWORD_THRESHOLD
    assert score_pair(left, at_threshold) == pytest.approx(3.0, abs=1e-5)
    assert score_pair(left, below) == 0.0


def test_score_is_the_same_whichever_side_is_left():
    left, right = words("The port reopened on Monday."), words("The port reopened late on Monday.")
    assert score_pair(left, right) == score_pair(right, left) > 0


def test_an_extended_short_sentence_keeps_all_its_content_words():
    short = ("costs", "stayed", "flat")
    padding = ("and", "are", "expected", "to", "rise", "again", "next", "year", "too")
    assert similarity(short, short + padding) == pytest.approx(MIN_EXTENDED_SIMILARITY)
    assert _is_extended(short, short + padding)
    assert _is_extended(short + padding, short)
    assert not _is_extended(short, (*short, *padding, "soon"))
    assert not _is_extended(("costs", "flat"), ("costs", "flat", "and", "low"))
    assert not _is_extended(("costs", "stayed", "level"), (*short, *padding[:3]))
    # Two content words are needed: "it" and "was" say nothing.
    assert not _is_extended(("it", "was", "flat"), ("it", "was", "flat", "and", "dry"))


def test_extension_lifts_a_score_that_dice_alone_would_drop():
    short = words("Costs stayed flat.")
    longer = words("Costs stayed flat and are expected to rise.")
    assert similarity(short, longer) < SHORT_REWORD_THRESHOLD
    assert score_pair(short, longer) == pytest.approx(3.0, abs=1e-5)


def test_both_halves_of_a_join_need_content_words_of_their_own():
    whole = words("The minister announced a new harbour budget and said work would start in May.")
    first = words("The minister announced a new harbour budget.")
    second = words("Work on the harbour would start in May, she said.")
    unrelated = words("Fans cheered loudly.")
    assert _join_score(first, second, whole) > 0
    assert _join_score(first, unrelated, whole) == 0.0
    assert _join_score(unrelated, second, whole) == 0.0
    # A half that repeats only what the other half already matched adds nothing of its own.
    assert _join_score(first, words("A new harbour budget."), whole) == 0.0


@pytest.mark.parametrize(
    ("layout", "first", "second", "expected"),
    [
        ([(0, "One two three four."), (0, "Five six.")], 0, 1, True),
        ([(0, "One."), (0, "Two."), (0, "Three.")], 0, 2, False),
        # Across a paragraph break only a short fragment (a dateline) joins the next sentence.
        ([(0, "PARIS, June 3 -"), (1, "The talks resumed.")], 0, 1, True),
        ([(0, "From our own correspondent, Paris."), (1, "The talks resumed.")], 0, 1, False),
        ([(0, "One two three."), (1, "Four.")], 0, 1, True),
        ([(0, "One two three four."), (1, "Five.")], 0, 1, False),
    ],
)
def test_which_neighbours_may_join(layout, first, second, expected):
    sentences = [sentence(paragraph, text) for paragraph, text in layout]
    assert _may_join(sentences, first, second) is expected


LEFT = [
    sentence(0, "Sales fell sharply in the third quarter."),
    sentence(0, "The board kept its dividend at two cents."),
    sentence(0, "Costs stayed flat."),
]
RIGHT = [
    sentence(0, "Sales fell sharply in the third quarter of the year."),
    sentence(0, "Costs stayed flat and are expected to rise."),
]


def test_a_cut_sentence_beside_reworded_ones_is_left_unpaired():
    assert pair_rewordings([0, 1, 2], [0, 1], LEFT, RIGHT) == [
        Link((0,), (0,)),
        Link((2,), (1,)),
    ]


def test_a_split_sentence_pairs_with_both_halves_and_a_merge_mirrors_it():
    whole = [sentence(0, "The minister announced a new harbour budget and said work would start.")]
    halves = [
        sentence(0, "The minister announced a new harbour budget."),
        sentence(0, "Work on the harbour would start soon, she said."),
    ]
    assert pair_rewordings([0], [0, 1], whole, halves) == [Link((0,), (0, 1))]
    assert pair_rewordings([0, 1], [0], halves, whole) == [Link((0, 1), (0,))]


def test_an_empty_side_pairs_nothing():
    assert pair_rewordings([], [0, 1], LEFT, RIGHT) == []
    assert pair_rewordings([0], [], LEFT, RIGHT) == []


def test_large_gaps_pair_by_shared_uncommon_words(monkeypatch):
    monkeypatch.setattr(rewording, "MAX_DP_CELLS", 0)
    assert pair_rewordings([0, 1, 2], [0, 1], LEFT, RIGHT) == [
        Link((0,), (0,)),
        Link((2,), (1,)),
    ]
    # Crossing candidates keep order: only the longest increasing run of pairs stays.
    crossed = [RIGHT[1], RIGHT[0]]
    assert pair_rewordings([0, 2], [0, 1], LEFT, crossed) in (
        [Link((0,), (1,))],
        [Link((2,), (0,))],
    )


def test_words_common_to_many_sentences_cast_no_vote(monkeypatch):
    monkeypatch.setattr(rewording, "MAX_DP_CELLS", 0)
    monkeypatch.setattr(rewording, "MAX_POSTINGS", 1)
    left = [sentence(0, "Alpha beta gamma delta.")]
    right = [sentence(0, "Alpha beta gamma delta epsilon."), sentence(0, "Alpha beta gamma delta.")]
    # Every word of the left sentence is in both right ones: no word is uncommon enough.
    assert pair_rewordings([0], [0, 1], left, right) == []
    monkeypatch.setattr(rewording, "MAX_POSTINGS", 2)
    assert pair_rewordings([0], [0, 1], left, right) == [Link((0,), (1,))]


def test_halves_in_two_paragraphs_join_only_if_the_first_is_a_fragment():
    whole = [sentence(0, "The minister announced a new harbour budget and said work would start.")]
    # The first half is a sentence of its own paragraph, not a dateline: it pairs alone.
    apart = [
        sentence(0, "The minister announced a new harbour budget."),
        sentence(1, "Work on the harbour would start soon, she said."),
    ]
    assert pair_rewordings([0, 1], [0], apart, whole) == [Link((0,), (0,))]
    assert pair_rewordings([0], [0, 1], whole, apart) == [Link((0,), (0,))]


def test_a_merge_after_a_reworded_sentence_keeps_both_pairs():
    halves = [
        sentence(0, "Officials met in the city hall on Tuesday evening."),
        sentence(0, "The minister announced a new harbour budget."),
        sentence(0, "Work on the harbour would start soon, she said."),
    ]
    merged = [
        sentence(0, "Officials met at the city hall on Tuesday night."),
        sentence(0, "The minister announced a new harbour budget and said work would start."),
    ]
    assert pair_rewordings([0, 1, 2], [0, 1], halves, merged) == [
        Link((0,), (0,)),
        Link((1, 2), (1,)),
    ]
    assert pair_rewordings([0, 1], [0, 1, 2], merged, halves) == [
        Link((0,), (0,)),
        Link((1,), (1, 2)),
    ]


def test_a_sentence_given_twice_pairs_its_first_copy_on_either_side():
    twice = [
        sentence(0, "The port reopened on Monday after repairs."),
        sentence(0, "The port reopened on Monday after repairs."),
    ]
    once = [sentence(0, "The port reopened late on Monday after repairs.")]
    assert pair_rewordings([0, 1], [0], twice, once) == [Link((0,), (0,))]
    assert pair_rewordings([0], [0, 1], once, twice) == [Link((0,), (0,))]
