"""Exact unions of a few versions (`core.collate.union`): which union entry each sentence of each
version joins, and in what order new sentences enter the union.

Each case is a handful of sentences with the whole union written out as (reference wording,
reference version, {version: sentence indices}), so a sentence put in the wrong row, a row
lost or a new sentence filed in the wrong place fails here.
"""

from __future__ import annotations

from wirediff.core.align.anchors import Sentence, words_of
from wirediff.core.collate.union import UnionEntry, build_union
from wirediff.core.progress import Checkpoint

ALPHA = "Alpha one two three."
BETA = "Beta four five six."
GAMMA = "Gamma seven eight nine."
DELTA = "Delta ten eleven twelve."
EPSILON = "Epsilon runs far away."
XENON = "Xenon runs far away."
SAID = "He said so."


def version(*paragraphs: list[str]) -> list[Sentence]:
    return [
        Sentence(number, text, text, words_of(text))
        for number, paragraph in enumerate(paragraphs)
        for text in paragraph
    ]


def entries(union: list[UnionEntry]) -> list[tuple[str, int, dict[int, tuple[int, ...]]]]:
    return [(entry.sentence.text, entry.reference, entry.members) for entry in union]


def test_a_new_sentence_enters_before_the_next_sentence_matched_in_order() -> None:
    union = build_union([version([ALPHA, DELTA]), version([ALPHA, XENON, DELTA])], Checkpoint())
    assert entries(union) == [
        (ALPHA, 0, {0: (0,), 1: (0,)}),
        (XENON, 1, {1: (1,)}),
        (DELTA, 0, {0: (1,), 1: (2,)}),
    ]


def test_a_new_sentence_before_a_moved_paragraph_waits_for_the_next_sentence_in_order() -> None:
    # Delta's paragraph moved up: Xenon, new, goes before Beta (the next sentence in its old
    # order), not before Delta, which moved.
    union = build_union(
        [
            version([ALPHA], [BETA, GAMMA], [DELTA]),
            version([ALPHA], [XENON], [DELTA], [BETA, GAMMA]),
        ],
        Checkpoint(),
    )
    assert entries(union) == [
        (ALPHA, 0, {0: (0,), 1: (0,)}),
        (XENON, 1, {1: (1,)}),
        (BETA, 0, {0: (1,), 1: (3,)}),
        (GAMMA, 0, {0: (2,), 1: (4,)}),
        (DELTA, 0, {0: (3,), 1: (2,)}),
    ]


def test_a_moved_paragraph_keeps_its_reworded_sentence_in_its_row() -> None:
    reworded = "Delta ten eleven and twelve more."
    union = build_union(
        [
            version([ALPHA, BETA], [GAMMA, DELTA], [EPSILON]),
            version([GAMMA, reworded], [ALPHA, BETA], [EPSILON]),
        ],
        Checkpoint(),
    )
    assert entries(union) == [
        (ALPHA, 0, {0: (0,), 1: (2,)}),
        (BETA, 0, {0: (1,), 1: (3,)}),
        (GAMMA, 0, {0: (2,), 1: (0,)}),
        (DELTA, 0, {0: (3,), 1: (1,)}),
        (EPSILON, 0, {0: (4,), 1: (4,)}),
    ]


def test_a_sentence_moved_alone_joins_its_row() -> None:
    union = build_union(
        [version([ALPHA, BETA, GAMMA], [DELTA]), version([ALPHA, GAMMA], [DELTA, BETA])],
        Checkpoint(),
    )
    assert entries(union) == [
        (ALPHA, 0, {0: (0,), 1: (0,)}),
        (BETA, 0, {0: (1,), 1: (3,)}),
        (GAMMA, 0, {0: (2,), 1: (1,)}),
        (DELTA, 0, {0: (3,), 1: (2,)}),
    ]


def test_a_repeated_line_moved_alone_fills_only_the_row_still_missing_it() -> None:
    # The first "He said so." is matched in place; the one moved alone from the last paragraph
    # must fill the last row, not take the first row's place.
    union = build_union(
        [
            version([ALPHA, SAID], [BETA, GAMMA], [DELTA, SAID]),
            version([ALPHA, SAID], [BETA, GAMMA, SAID], [DELTA]),
        ],
        Checkpoint(),
    )
    assert entries(union) == [
        (ALPHA, 0, {0: (0,), 1: (0,)}),
        (SAID, 0, {0: (1,), 1: (1,)}),
        (BETA, 0, {0: (2,), 1: (2,)}),
        (GAMMA, 0, {0: (3,), 1: (3,)}),
        (DELTA, 0, {0: (4,), 1: (5,)}),
        (SAID, 0, {0: (5,), 1: (4,)}),
    ]


def test_repeated_lines_moved_alone_fill_their_rows_in_order_and_a_spare_one_is_new() -> None:
    union = build_union(
        [
            version([ALPHA, SAID], [BETA, SAID], [GAMMA, SAID], [DELTA]),
            version([ALPHA], [BETA], [GAMMA], [DELTA, SAID, SAID, SAID, SAID]),
        ],
        Checkpoint(),
    )
    assert entries(union) == [
        (ALPHA, 0, {0: (0,), 1: (0,)}),
        (SAID, 0, {0: (1,), 1: (4,)}),
        (BETA, 0, {0: (2,), 1: (1,)}),
        (SAID, 0, {0: (3,), 1: (5,)}),
        (GAMMA, 0, {0: (4,), 1: (2,)}),
        (SAID, 0, {0: (5,), 1: (6,)}),
        (DELTA, 0, {0: (6,), 1: (3,)}),
        (SAID, 1, {1: (7,)}),
    ]


def test_a_merged_sentence_joins_the_row_it_resembles_most_even_the_second() -> None:
    first = "The mayor opened the new bridge on Monday."
    second = "It cost four million euros and took two years to build."
    merged = (
        "The bridge, which cost four million euros and took two years to build, opened on Monday."
    )
    union = build_union([version([first, second]), version([merged])], Checkpoint())
    assert entries(union) == [
        (first, 0, {0: (0,)}),
        (second, 0, {0: (1,), 1: (0,)}),
    ]


def test_progress_fills_the_given_share_one_version_after_another() -> None:
    # Each later version has two reworded sentences, so two gaps: a tick at the start of its
    # slice and one halfway.
    seen: list[tuple[int, int]] = []
    build_union(
        [
            version([ALPHA, BETA, GAMMA, DELTA, EPSILON]),
            version(
                [
                    ALPHA,
                    "Beta four five and six more.",
                    GAMMA,
                    "Delta ten eleven and twelve more.",
                    EPSILON,
                ]
            ),
            version(
                [
                    ALPHA,
                    "Beta four five six seven.",
                    GAMMA,
                    "Delta ten eleven twelve thirteen.",
                    EPSILON,
                ]
            ),
        ],
        Checkpoint(lambda done, total: seen.append((done, total))),
        share=(0.2, 0.8),
    )
    assert seen == [(200, 1000), (350, 1000), (500, 1000), (650, 1000)]


def test_no_versions_give_an_empty_union() -> None:
    assert build_union([], Checkpoint()) == []


def test_a_merged_sentence_as_like_both_rows_joins_the_first() -> None:
    first = "Alpha one two three."
    second = "Beta four five six."
    union = build_union(
        [version([first, second]), version(["Alpha one two three, beta four five six."])],
        Checkpoint(),
    )
    assert entries(union) == [(first, 0, {0: (0,), 1: (0,)}), (second, 0, {0: (1,)})]


def test_progress_of_two_versions_fills_the_whole_share() -> None:
    seen: list[tuple[int, int]] = []
    build_union(
        [
            version([ALPHA, BETA, GAMMA, DELTA, EPSILON]),
            version(
                [
                    ALPHA,
                    "Beta four five and six more.",
                    GAMMA,
                    "Delta ten eleven and twelve more.",
                    EPSILON,
                ]
            ),
        ],
        Checkpoint(lambda done, total: seen.append((done, total))),
        share=(0.2, 0.8),
    )
    assert seen == [(200, 1000), (500, 1000)]
