"""Sentences that left their paragraph (`core.align.crossing`), exact links written out.

`pair_across_paragraphs` pairs leftover sentences whose paragraphs nothing else pairs; a pair
that crosses the in-place links is a move. `_CrossingTest` says whether a pair crosses any of
a sorted list of in-place pairs.
"""

from __future__ import annotations

import pytest

from wirediff.core.align.crossing import _CrossingTest, pair_across_paragraphs
from wirediff.core.align.units import Link, Sentence

BUDGET = "budget plans approved by council"
TAXES = "taxes rise sharply"
OPENING = "opening line stays"
CLOSING = "closing line stays"


def sentence(paragraph: int, key: str) -> Sentence:
    return Sentence(paragraph, key.capitalize() + ".", key)


@pytest.mark.parametrize(
    ("pair", "crosses"),
    [
        ((0, 0), False),
        ((0, 2), True),
        ((2, 2), False),
        ((2, 0), True),
        ((2, 5), True),
        ((5, 6), False),
        ((5, 8), True),
        ((7, 9), False),
        ((7, 5), True),
        ((8, 8), False),
    ],
)
def test_crossing_test(pair: tuple[int, int], crosses: bool) -> None:
    assert _CrossingTest([(1, 1), (3, 4), (6, 7)]).crosses(*pair) is crosses


def test_nothing_crosses_no_pairs() -> None:
    assert _CrossingTest([]).crosses(0, 0) is False


def test_a_paragraph_moved_to_the_top_pairs_every_sentence_as_moved() -> None:
    left = [sentence(0, OPENING), sentence(1, BUDGET), sentence(1, TAXES), sentence(2, CLOSING)]
    right = [sentence(0, BUDGET), sentence(0, TAXES), sentence(1, OPENING), sentence(2, CLOSING)]
    in_place = [Link((0,), (2,)), Link((3,), (3,))]
    assert pair_across_paragraphs(in_place, left, right) == [
        Link((1,), (0,), moved=True),
        Link((2,), (1,), moved=True),
    ]


def test_sentences_swapped_inside_a_moved_paragraph_keep_the_longer_one_either_way() -> None:
    left = [sentence(0, OPENING), sentence(1, BUDGET), sentence(1, TAXES), sentence(2, CLOSING)]
    right = [sentence(0, TAXES), sentence(0, BUDGET), sentence(1, OPENING), sentence(2, CLOSING)]
    assert pair_across_paragraphs([Link((0,), (2,)), Link((3,), (3,))], left, right) == [
        Link((1,), (1,), moved=True)
    ]
    assert pair_across_paragraphs([Link((2,), (0,)), Link((3,), (3,))], right, left) == [
        Link((1,), (1,), moved=True)
    ]


def test_a_new_paragraph_in_the_same_place_is_paired_in_place() -> None:
    left = [sentence(0, OPENING), sentence(1, BUDGET), sentence(1, TAXES), sentence(2, CLOSING)]
    right = [
        sentence(0, OPENING),
        sentence(1, "new words entirely"),
        sentence(2, BUDGET),
        sentence(2, TAXES),
        sentence(3, CLOSING),
    ]
    assert pair_across_paragraphs([Link((0,), (0,)), Link((3,), (4,))], left, right) == [
        Link((1,), (2,)),
        Link((2,), (3,)),
    ]
