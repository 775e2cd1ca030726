"""Exact outputs of the row builder (`core.align.rows`): grouping paragraphs by their links,
keeping each side in file order, where removed, added and moved paragraphs stand, and the
layout mark of a re-cut paragraph.

Groups and links are written out by hand (paragraph numbers, sentence indices), in the style of
Meld's matcher tests; `sentences("a b / c")` is sentences a, b in paragraph 0 and c in 1.
"""

from __future__ import annotations

import pytest

from wirediff.core.align.rows import (
    _display_order,
    _Group,
    _group_paragraphs,
    _inside,
    _layout_of,
    _make_contiguous,
    _monotone,
    _point_moves_home,
    build_rows,
)
from wirediff.core.align.units import Link, Sentence
from wirediff.core.progress import Checkpoint
from wirediff.core.result import Layout, Row, RowKind, SentenceKind, SentencePair


def sentences(layout: str) -> list[Sentence]:
    found = []
    for paragraph, block in enumerate(layout.split("/")):
        for key in block.split():
            found.append(Sentence(paragraph, key.capitalize() + ".", key, (key,)))
    return found


def group(left: set[int], right: set[int], *, moved: bool = False) -> _Group:
    return _Group(set(left), set(right), [], moved)


def spans(groups: list[_Group]) -> list[tuple[list[int], list[int], bool]]:
    return [(sorted(g.left), sorted(g.right), g.moved) for g in groups]


def test_paragraphs_sharing_a_link_form_one_group():
    left, right = sentences("a b / c / d"), sentences("a / b c / d")
    links = [Link((0,), (0,)), Link((1,), (1,)), Link((2,), (2,)), Link((3,), (3,))]
    # a|b split across the break, b|c merged: left 0-1 and right 0-1 tie together.
    assert spans(_group_paragraphs(left, right, links)) == [
        ([0, 1], [0, 1], False),
        ([2], [2], False),
    ]


def test_a_two_sentence_link_ties_both_paragraphs():
    left, right = sentences("a / b / c"), sentences("ab / c")
    links = [Link((0, 1), (0,)), Link((2,), (1,))]
    assert spans(_group_paragraphs(left, right, links)) == [([0, 1], [0], False), ([2], [1], False)]


def test_a_moved_link_marks_its_group_moved():
    left, right = sentences("a / b"), sentences("b / a")
    links = [Link((0,), (1,), moved=True), Link((1,), (0,))]
    assert spans(_group_paragraphs(left, right, links)) == [([0], [1], True), ([1], [0], False)]


def test_crossing_groups_merge_so_each_side_reads_in_order():
    crossing = [group({0}, {1}), group({1}, {0})]
    assert spans(_make_contiguous(crossing, 2, 2)) == [([0, 1], [0, 1], False)]


def test_groups_in_order_stay_apart():
    apart = [group({2}, {3}), group({0}, {0}), group({1}, {1})]
    assert spans(_make_contiguous(apart, 3, 4)) == [
        ([0], [0], False),
        ([1], [1], False),
        ([2], [3], False),
    ]


def test_groups_touching_on_one_side_only_still_merge():
    # Left paragraph 1 belongs to both: the rows cannot be shown apart.
    touching = [group({0, 1}, {0}), group({1}, {1})]
    assert spans(_make_contiguous(touching, 2, 2)) == [([0, 1], [0, 1], False)]


def test_an_unlinked_paragraph_inside_a_span_joins_it():
    spanning = [group({0, 2}, {0, 1})]
    assert spans(_make_contiguous(spanning, 4, 3)) == [([0, 1, 2], [0, 1], False)]
    right_gap = [group({0}, {0, 3})]
    assert spans(_make_contiguous(right_gap, 1, 5)) == [([0], [0, 1, 2, 3], False)]


def test_a_moved_group_inside_a_span_is_dropped_and_its_paragraph_joins_the_span():
    groups = [group({0, 2}, {0, 2}), group({1}, {5}, moved=True)]
    assert spans(_make_contiguous(groups, 3, 6)) == [([0, 1, 2], [0, 1, 2], False)]


def test_a_moved_group_outside_every_span_is_kept():
    groups = [group({0}, {0}), group({1}, {5}, moved=True), group({2}, {1})]
    assert spans(_make_contiguous(groups, 3, 6)) == [
        ([0], [0], False),
        ([2], [1], False),
        ([1], [5], True),
    ]


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        ({1}, {9}, True),
        ({0}, {9}, False),
        ({4}, {9}, False),
        ({9}, {2}, True),
        ({9}, {1}, False),
        ({9}, {3}, False),
    ],
)
def test_inside_means_strictly_between_the_ends_of_a_span(left, right, expected):
    assert _inside(group(left, right), group({0, 4}, {1, 3})) is expected


def order_of(groups, left_count, right_count):
    return [
        (kind.value, (sorted(g.left), sorted(g.right)) if g else paragraphs)
        for kind, g, paragraphs in _display_order(groups, left_count, right_count)
    ]


def test_removed_paragraphs_stand_before_the_row_that_follows_them_on_the_left():
    groups = [group({0}, {0}), group({2}, {1})]
    assert order_of(groups, 4, 3) == [
        ("changed", ([0], [0])),
        ("removed", (1,)),
        ("changed", ([2], [1])),
        # At the end, as everywhere, what was cut comes before what was added.
        ("removed", (3,)),
        ("added", (2,)),
    ]


def test_a_removed_first_paragraph_comes_first():
    assert order_of([group({1}, {0})], 2, 1) == [("removed", (0,)), ("changed", ([1], [0]))]


def test_added_paragraphs_stand_where_they_are_on_the_right():
    assert order_of([group({0}, {1})], 1, 3) == [
        ("added", (0,)),
        ("changed", ([0], [1])),
        ("added", (2,)),
    ]


def test_a_moved_row_stands_where_it_now_is_after_what_was_cut_before_it():
    groups = [group({0}, {0}), group({2}, {1}, moved=True), group({3}, {2})]
    # Left 1 was cut: it comes before the moved row, so the left side reads 0, 1, 2, 3.
    assert order_of(groups, 4, 3) == [
        ("changed", ([0], [0])),
        ("removed", (1,)),
        ("moved", ([2], [1])),
        ("changed", ([3], [2])),
    ]


def test_a_multi_paragraph_row_is_listed_once():
    assert order_of([group({0}, {0, 1, 2})], 1, 3) == [("changed", ([0], [0, 1, 2]))]


@pytest.mark.parametrize(
    ("paragraphs", "sentence_counts", "links", "expected"),
    [
        ((1, 1), (2, 2), [Link((0,), (0,)), Link((1,), (1,))], None),
        ((1, 1), (2, 1), [Link((0, 1), (0,))], Layout.MERGED),
        ((1, 1), (1, 2), [Link((0,), (0, 1))], Layout.SPLIT),
        ((1, 2), (2, 2), [], Layout.SPLIT),
        ((2, 1), (2, 2), [], Layout.MERGED),
        ((2, 2), (3, 3), [], Layout.REWRAPPED),
        ((1, 1), (2, 2), [Link((0, 1), (0, 1))], Layout.REWRAPPED),
    ],
)
def test_layout_of_an_equal_row(paragraphs, sentence_counts, links, expected):
    assert _layout_of(paragraphs, sentence_counts, links) is expected


def row(kind: RowKind, left: tuple[int, ...]) -> Row:
    return Row(kind, left, (), ())


def test_a_moved_row_points_at_the_row_after_which_it_stood():
    rows = [
        row(RowKind.EQUAL, (0,)),
        row(RowKind.MOVED, (3,)),
        row(RowKind.EQUAL, (1, 2)),
        row(RowKind.MOVED, (0,)),
        row(RowKind.REMOVED, (4,)),
    ]
    pointed = _point_moves_home(rows)
    assert [r.moved_from for r in pointed] == [None, 2, None, 0, None]
    # A moved row that stood before every in-place paragraph points at the first row.
    first = _point_moves_home([row(RowKind.MOVED, (0,)), row(RowKind.EQUAL, (1,))])
    assert first[0].moved_from == 0


def build(left_layout: str, right_layout: str, links: list[Link]) -> list[tuple]:
    left, right = sentences(left_layout), sentences(right_layout)
    left_count, right_count = left_layout.count("/") + 1, right_layout.count("/") + 1
    rows = build_rows(
        left, right, left_count, right_count, links, strict=False, checkpoint=Checkpoint()
    )
    return [
        (r.kind.value, r.left, r.right, [s.kind.value for s in r.sentences], r.moved_from)
        for r in rows
    ]


def test_build_rows_covers_every_paragraph_once_in_file_order():
    links = [Link((0,), (0,)), Link((2,), (3,)), Link((3,), (4,))]
    assert build("a / b / c d", "a / n / m / c d", links) == [
        ("equal", (0,), (0,), ["equal"], None),
        ("removed", (1,), (), ["removed"], None),
        ("added", (), (1,), ["added"], None),
        ("added", (), (2,), ["added"], None),
        ("equal", (2,), (3,), ["equal", "equal"], None),
    ]


def test_build_rows_pairs_inside_a_row_and_leaves_the_rest_added_or_removed():
    links = [Link((0,), (1,)), Link((2,), (2,))]
    assert build("a b c", "n a c", links) == [
        ("changed", (0,), (0,), ["added", "equal", "removed", "equal"], None),
    ]


def test_build_rows_marks_a_moved_paragraph_and_where_it_stood():
    links = [Link((0,), (0,)), Link((1,), (2,), moved=True), Link((2,), (1,))]
    assert build("a / b / c", "a / c / b", links) == [
        ("equal", (0,), (0,), ["equal"], None),
        ("equal", (2,), (1,), ["equal"], None),
        ("moved", (1,), (2,), ["equal"], 0),
    ]


EQ, ADD, REM = SentenceKind.EQUAL, SentenceKind.ADDED, SentenceKind.REMOVED


def rows_of(left: str, right: str, counts: tuple[int, int], links: list[Link]) -> tuple[Row, ...]:
    return build_rows(
        sentences(left), sentences(right), *counts, links, strict=False, checkpoint=Checkpoint()
    )


def test_every_sentence_of_a_row_carries_the_paragraph_it_stands_in():
    links = [Link((0,), (0,)), Link((1,), (1,))]
    assert rows_of("a b / c", "a b / d", (2, 2), links) == (
        Row(
            RowKind.EQUAL,
            (0,),
            (0,),
            (SentencePair(EQ, "A.", "A.", 0, 0), SentencePair(EQ, "B.", "B.", 0, 0)),
        ),
        Row(RowKind.REMOVED, (1,), (), (SentencePair(REM, "C.", None, 1, None),)),
        Row(RowKind.ADDED, (), (1,), (SentencePair(ADD, None, "D.", None, 1),)),
    )


def test_a_paragraph_without_sentences_still_gets_its_row():
    # Paragraph 2 on the left and 1 on the right hold no sentence.
    assert rows_of("a / b", "c", (3, 2), []) == (
        Row(RowKind.REMOVED, (0,), (), (SentencePair(REM, "A.", None, 0, None),)),
        Row(RowKind.REMOVED, (1,), (), (SentencePair(REM, "B.", None, 1, None),)),
        Row(RowKind.REMOVED, (2,), (), ()),
        Row(RowKind.ADDED, (), (0,), (SentencePair(ADD, None, "C.", None, 0),)),
        Row(RowKind.ADDED, (), (1,), ()),
    )


def test_a_paragraph_without_sentences_inside_a_merge_joins_it():
    links = [Link((0,), (0,)), Link((1,), (1,))]
    assert rows_of("a / / b", "a b", (3, 1), links) == (
        Row(
            RowKind.EQUAL,
            (0, 1, 2),
            (0,),
            (SentencePair(EQ, "A.", "A.", 0, 0), SentencePair(EQ, "B.", "B.", 2, 0)),
            layout=Layout.MERGED,
        ),
    )


def test_a_paragraph_without_sentences_inside_a_split_joins_it():
    links = [Link((0,), (0,)), Link((1,), (1,))]
    assert rows_of("a b", "a / / b", (1, 3), links) == (
        Row(
            RowKind.EQUAL,
            (0,),
            (0, 1, 2),
            (SentencePair(EQ, "A.", "A.", 0, 0), SentencePair(EQ, "B.", "B.", 0, 2)),
            layout=Layout.SPLIT,
        ),
    )


def test_rows_report_progress_every_fifty_rows():
    text = " / ".join(f"s{n}" for n in range(120))
    seen: list[tuple[int, int]] = []
    checkpoint = Checkpoint(lambda done, total: seen.append((done, total)))
    links = [Link((n,), (n,)) for n in range(120)]
    build_rows(
        sentences(text), sentences(text), 120, 120, links, strict=False, checkpoint=checkpoint
    )
    # Rows 0, 50 and 100 of 120.
    assert seen == [(0, 1000), (416, 1000), (833, 1000)]


def test_a_second_sentence_of_a_link_ties_its_own_paragraph_to_the_group():
    # b and c share left paragraph 1: the link of c joins the group the link of a and b made.
    left, right = sentences("a / b c"), sentences("ab / c")
    links = [Link((0, 1), (0,)), Link((2,), (1,))]
    assert spans(_group_paragraphs(left, right, links)) == [([0, 1], [0, 1], False)]


def test_of_two_crossing_links_in_a_row_the_one_with_more_text_on_both_sides_stays():
    left = [Sentence(0, "Aaaaa.", "aaaaa", ("aaaaa",)), Sentence(0, "B.", "b", ("b",))]
    right = [Sentence(0, "Yyy.", "yyy", ("yyy",)), Sentence(0, "X.", "x", ("x",))]
    # aaaaa|x weighs 6 characters, b|yyy 4: the first stays, whichever side is read first.
    links = [Link((0,), (1,)), Link((1,), (0,))]
    assert _monotone(links, left, right) == [Link((0,), (1,))]
    mirrored = [Link((1,), (0,)), Link((0,), (1,))]
    assert _monotone(mirrored, right, left) == [Link((1,), (0,))]
