"""Exact outputs of the anchor and move passes of the aligner (`core.align.anchors`).

In the style of Meld's matcher tests: small inputs, the whole expected result written out, so
an off-by-one, a wrong comparison or a dropped condition in any pass changes an answer here.
Keys stand for folded sentences; a `/` in `sentences()` separates paragraphs.
"""

from __future__ import annotations

import pytest

from wirediff.core.align.anchors import (
    _gaps,
    _gaps_within,
    _reword_inside_moves,
    accept_moves,
    find_anchors,
    find_move_candidates,
    longest_within_paragraphs,
)
from wirediff.core.align.units import Link, Sentence, longest_increasing
from wirediff.core.diff.cosmetic import fold_text


def sentences(layout: str) -> list[Sentence]:
    """'a b / c' -> sentences a, b in paragraph 0 and c in paragraph 1; keys are the letters."""
    found = []
    for paragraph, block in enumerate(layout.split("/")):
        for key in block.split():
            found.append(Sentence(paragraph, key, key, (key,)))
    return found


def keys(layout: str) -> list[str]:
    return [sentence.key for sentence in sentences(layout)]


@pytest.mark.parametrize(
    ("pairs", "expected"),
    [
        ([], []),
        ([(0, 0)], [(0, 0)]),
        ([(0, 3), (1, 2), (2, 1), (3, 0)], [(3, 0)]),
        ([(0, 1), (1, 2), (2, 0), (3, 3)], [(0, 1), (1, 2), (3, 3)]),
        ([(0, 2), (1, 0), (2, 1), (3, 3)], [(1, 0), (2, 1), (3, 3)]),
        # Equal second items do not increase: only one of them can be kept.
        ([(0, 1), (1, 1), (2, 2)], [(1, 1), (2, 2)]),
        ([(0, 5), (1, 6), (2, 1), (3, 2), (4, 3)], [(2, 1), (3, 2), (4, 3)]),
    ],
)
def test_longest_increasing(pairs, expected):
    assert longest_increasing(pairs) == expected


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        ("", "", []),
        ("a b c", "", []),
        ("a b c", "a b c", [(0, 0), (1, 1), (2, 2)]),
        # Common prefix and suffix pair directly, whatever is between them.
        ("a x b", "a y b", [(0, 0), (2, 2)]),
        # Two swapped keys: which one anchors depends on the keys, not on which side is left,
        # so the swapped comparison keeps the same one ("b").
        ("a b c d", "a c b d", [(0, 0), (1, 2), (3, 3)]),
        ("a c b d", "a b c d", [(0, 0), (2, 1), (3, 3)]),
        # A key repeated on either side is no anchor in the middle of a range...
        ("p a q a r", "s a t u", []),
        ("p a q a r", "s a t a u", []),
        ("p a q", "s a t", [(1, 1)]),
        # ...but inside the gap left between unique anchors it is unique again (recursion).
        ("a x b x c", "a y b x c", [(0, 0), (2, 2), (3, 3), (4, 4)]),
        ("x a y b z", "w a v b u", [(1, 1), (3, 3)]),
        # Insertions and deletions on either side.
        ("a b c", "a n b c", [(0, 0), (1, 2), (2, 3)]),
        ("a n b c", "a b c", [(0, 0), (2, 1), (3, 2)]),
        # A block moved from the end to the front keeps the longer run in place.
        ("a b c d e", "d e a b c", [(0, 2), (1, 3), (2, 4)]),
        # The gaps the chain leaves are searched where they are, not a sentence before.
        ("d b", "b d e", [(0, 1)]),
        # A key anchored once is not anchored again by the common suffix.
        ("a", "a a", [(0, 0)]),
        ("a a", "a", [(0, 0)]),
    ],
)
def test_find_anchors(left, right, expected):
    assert find_anchors(keys(left), keys(right)) == expected


@pytest.mark.parametrize(
    ("left", "right", "anchors", "expected"),
    [
        ("a b c", "c a b", [(0, 1), (1, 2)], [(2, 0)]),
        # Keys repeated on either side are never move candidates.
        ("a b c c", "c c a b", [(0, 2), (1, 3)], []),
        ("a b c", "c a b c", [(0, 1), (1, 2)], []),
        # An anchored sentence is not a candidate, even if its key is unique.
        ("a b", "a b", [(0, 0), (1, 1)], []),
        ("a b c d", "c d a b", [(0, 2), (1, 3)], [(2, 0), (3, 1)]),
    ],
)
def test_find_move_candidates(left, right, anchors, expected):
    assert find_move_candidates(keys(left), keys(right), anchors) == expected


def test_a_whole_paragraph_moved_is_accepted():
    left, right = sentences("a b / c d / e f"), sentences("a b / e f / c d")
    anchors = find_anchors(keys("a b / c d / e f"), keys("a b / e f / c d"))
    assert anchors == [(0, 0), (1, 1), (4, 2), (5, 3)]
    candidates = find_move_candidates(keys("a b c d e f"), keys("a b e f c d"), anchors)
    assert candidates == [(2, 4), (3, 5)]
    assert accept_moves(candidates, left, right, anchors) == [(2, 4), (3, 5)]


def test_a_move_into_a_paragraph_anchored_elsewhere_is_refused():
    # c moves into the first paragraph, which is anchored in place: not a paragraph move.
    left, right = sentences("a b / c / d"), sentences("c a b / d")
    anchors = [(0, 1), (1, 2), (3, 3)]
    assert accept_moves([(2, 0)], left, right, anchors) == []


def test_a_move_out_of_a_paragraph_anchored_elsewhere_is_refused():
    left, right = sentences("a b c / d"), sentences("a b / d / c")
    anchors = [(0, 0), (1, 1), (3, 2)]
    assert accept_moves([(2, 3)], left, right, anchors) == []


def test_one_paragraph_split_between_two_places_is_no_move():
    # c and d leave one paragraph for two different ones: the candidates tie it to both.
    left, right = sentences("a / c d / b"), sentences("d / a / b / c")
    anchors = [(0, 1), (3, 2)]
    assert accept_moves([(1, 3), (2, 0)], left, right, anchors) == []


def test_two_paragraphs_gathered_into_one_is_no_move():
    left, right = sentences("a / c / d / b"), sentences("c d / a / b")
    anchors = [(0, 1), (3, 2)]
    assert accept_moves([(1, 0), (2, 1)], left, right, anchors) == []


def test_a_moved_paragraph_keeps_its_sentences_in_order():
    left = sentences("a b c / x")
    moves = [(0, 5), (1, 3), (2, 4)]
    assert longest_within_paragraphs(moves, left) == [(1, 3), (2, 4)]


def test_moves_of_two_paragraphs_are_ordered_separately():
    left = sentences("a b / c d")
    moves = [(3, 1), (2, 0), (1, 6), (0, 7)]
    assert longest_within_paragraphs(moves, left) == [(0, 7), (2, 0), (3, 1)]


@pytest.mark.parametrize(
    ("anchors", "left_length", "right_length", "expected"),
    [
        ([], 0, 0, []),
        ([], 2, 3, [(range(0, 2), range(0, 3))]),
        ([(0, 0), (1, 1)], 2, 2, []),
        # A gap open on only one side is a plain insertion or deletion: not a gap to pair.
        ([(0, 0), (1, 2)], 2, 3, []),
        ([(0, 0), (2, 1)], 3, 2, []),
        ([(0, 0), (3, 2)], 4, 3, [(range(1, 3), range(1, 2))]),
        ([(0, 0), (3, 3)], 4, 4, [(range(1, 3), range(1, 3))]),
        ([(1, 1)], 3, 3, [(range(0, 1), range(0, 1)), (range(2, 3), range(2, 3))]),
    ],
)
def test_gaps_between_anchors(anchors, left_length, right_length, expected):
    assert _gaps(anchors, left_length, right_length) == expected


def test_gaps_within_a_moved_paragraph():
    # Left paragraph holds sentences 4-7, right paragraph 10-13; 5->11 is anchored.
    gaps = _gaps_within([(5, 11)], [4, 5, 6, 7], [10, 11, 12, 13])
    assert gaps == [([4], [10]), ([6, 7], [12, 13])]
    assert _gaps_within([(4, 10), (7, 13)], [4, 5, 6, 7], [10, 11, 12, 13]) == [([5, 6], [11, 12])]
    assert _gaps_within([(4, 10)], [4, 5], [10]) == []


def keyed(paragraph: int, text: str) -> Sentence:
    return Sentence(paragraph, text, fold_text(text))


def test_a_reworded_sentence_inside_a_moved_paragraph_pairs_as_moved():
    left = [
        keyed(0, "Opening words of the story."),
        keyed(1, "The port reopened on Monday after repairs."),
        keyed(1, "Ships queued outside the harbour all week."),
    ]
    right = [
        keyed(0, "The port reopened on Monday after repairs."),
        keyed(0, "Ships waited outside the harbour for a week."),
        keyed(1, "Opening words of the story."),
    ]
    assert _reword_inside_moves([(1, 0)], left, right) == [Link((2,), (1,), moved=True)]
