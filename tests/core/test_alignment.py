"""Pins how paragraphs pair up: split, merged, re-wrapped, moved, inserted and removed paragraphs.

Texts here are small articles built in the test, so each case shows the one behaviour it pins.
"""

from __future__ import annotations

import textwrap

from wirediff.core.compare import compare_documents, load_document
from wirediff.core.result import Comparison, Layout, RowKind, SentenceKind, Side

A = "Ukraine has used U.S. weapons to strike inside Russia in recent days, officials said."
B = "The weapons were used under recently approved guidance from President Joe Biden."
C = "Kharkiv sits just 20 kilometers from the Russian border and has come under attack."
D = "Zelenskyy met with the ruling emir of Qatar to discuss ways to stop the fighting."
E = "Rounds said he agreed with the decision to allow the weapons to be used for strikes."
F = "Associated Press writers Tara Copp and Stephen Groves contributed to this report."


def compare(left: str, right: str) -> Comparison:
    return compare_documents(
        load_document(raw=left.encode(), name="left"),
        load_document(raw=right.encode(), name="right"),
    )


def kinds(comparison: Comparison) -> list[str]:
    return [row.kind.value for row in comparison.rows]


def test_split_paragraph_pairs_with_both_halves() -> None:
    comparison = compare(f"{A} {B}\n\n{C}", f"{A}\n\n{B}\n\n{C}")
    assert kinds(comparison) == ["equal", "equal"]
    assert comparison.rows[0].left == (0,)
    assert comparison.rows[0].right == (0, 1)


def test_merged_paragraphs_pair_in_one_row() -> None:
    comparison = compare(f"{A}\n\n{B}\n\n{C}", f"{A} {B}\n\n{C}")
    assert comparison.rows[0].left == (0, 1)
    assert comparison.rows[0].right == (0,)


def test_rewrapped_paragraphs_are_equal() -> None:
    paragraphs = [f"{A} {B} {C}", f"{D} {E}", f"{F} {A}"]
    wrapped = [textwrap.fill(paragraph, 64) for paragraph in paragraphs]
    comparison = compare("\n\n".join(paragraphs), "\n\n".join(wrapped))
    assert kinds(comparison) == ["equal", "equal", "equal"]
    assert comparison.summary.describe() == "No differences"


def test_moved_paragraph_is_one_moved_row() -> None:
    comparison = compare(f"{A}\n\n{B}\n\n{C}\n\n{D}\n\n{E}", f"{B}\n\n{C}\n\n{D}\n\n{E}\n\n{A}")
    moved = [row for row in comparison.rows if row.kind is RowKind.MOVED]
    assert len(moved) == 1
    assert moved[0].left == (0,)
    assert moved[0].right == (4,)
    assert comparison.rows[-1] is moved[0]
    assert comparison.summary.paragraphs_moved == 1
    assert comparison.summary.paragraphs_added == comparison.summary.paragraphs_removed == 0


def test_inserted_and_removed_paragraphs_stand_where_they_were() -> None:
    comparison = compare(f"{A}\n\n{B}\n\n{C}\n\n{D}", f"{A}\n\n{E}\n\n{C}\n\n{D}\n\n{F}")
    assert kinds(comparison) == ["equal", "removed", "added", "equal", "equal", "added"]
    assert comparison.row_of_paragraph(Side.RIGHT, 1) == 2
    assert comparison.row_of_paragraph(Side.LEFT, 1) == 1


def test_reworded_sentence_pairs_as_changed() -> None:
    edited = C.replace("just 20 kilometers", "only about 20 kilometers")
    comparison = compare(f"{A}\n\n{C}", f"{A}\n\n{edited}")
    sentence = comparison.rows[1].sentences[0]
    assert sentence.kind is SentenceKind.CHANGED
    assert comparison.rows[1].kind is RowKind.CHANGED


def test_sentence_split_in_two_pairs_with_both_parts() -> None:
    long = "Kharkiv sits just 20 kilometers from the border, and it has come under attack."
    split = "Kharkiv sits just 20 kilometers from the border. It has come under attack."
    comparison = compare(f"{A} {long}", f"{A} {split}")
    # Only the cut moved (", and it" became ". It"): a layout change, not a rewording.
    assert [s.kind for s in comparison.rows[0].sentences] == [
        SentenceKind.EQUAL,
        SentenceKind.MINOR,
    ]
    assert comparison.rows[0].sentences[1].right == split
    assert comparison.rows[0].layout is Layout.SPLIT
    reworded = split.replace("under attack", "under heavy fire")
    comparison = compare(f"{A} {long}", f"{A} {reworded}")
    changed = [s for s in comparison.rows[0].sentences if s.kind is SentenceKind.CHANGED]
    assert len(changed) == 1
    assert changed[0].right == reworded
    assert comparison.rows[0].layout is None


def test_navigation_visits_changes_in_order() -> None:
    comparison = compare(f"{A}\n\n{B}\n\n{C}\n\n{D}", f"{A}\n\n{E}\n\n{C}\n\n{D}\n\n{F}")
    visited = []
    row = comparison.next_change(-1)
    while row is not None:
        visited.append(row)
        row = comparison.next_change(row)
    assert visited == list(comparison.change_rows())
    assert visited == [1, 2, 5]
    assert comparison.previous_change(len(comparison.rows)) == 5
    assert comparison.previous_change(1) is None
