"""The queries every consumer of a `Comparison` shares (`core.result`), on hand-built rows.

Which document and furniture a side has, the user's word on one paragraph, the reasons shown
for folded furniture, navigation with and without minor rows, and the summary line.
"""

from __future__ import annotations

from wirediff.core.result import (
    MARKED_BY_USER,
    Comparison,
    Document,
    Furniture,
    Row,
    RowKind,
    SentenceKind,
    SentencePair,
    Side,
    Summary,
)


def document(name: str, paragraphs: tuple[str, ...]) -> Document:
    text = "\n\n".join(paragraphs)
    return Document(
        path=None,
        name=name,
        raw=text.encode(),
        encoding="utf-8",
        confidence=1.0,
        decoded=text,
        text=text,
        fixes=(),
        paragraphs=paragraphs,
    )


def row(
    kind: RowKind, left: tuple[int, ...], right: tuple[int, ...], sentence: SentenceKind
) -> Row:
    pair = SentencePair(sentence, "A." if left else None, "A." if right else None, None, None)
    return Row(kind, left, right, (pair,))


LEFT = document("old.txt", ("Menu", "Story.", "Same.", "Share"))
RIGHT = document("new.txt", ("Menu", "Story!", "Same.", "Share", "Ad"))
ROWS = (
    row(RowKind.EQUAL, (0,), (0,), SentenceKind.EQUAL),
    row(RowKind.CHANGED, (1,), (1,), SentenceKind.CHANGED),
    # Only restyled: a change for navigation that includes minor rows, not for one that skips them.
    row(RowKind.EQUAL, (2,), (2,), SentenceKind.MINOR),
    row(RowKind.CHANGED, (3,), (3,), SentenceKind.CHANGED),
    row(RowKind.ADDED, (), (4,), SentenceKind.ADDED),
)
COMPARISON = Comparison(
    LEFT,
    RIGHT,
    ROWS,
    left_furniture=Furniture({0: "menu", 3: "share button"}),
    right_furniture=Furniture({0: "menu", 3: "share links", 4: "advert"}),
)


def test_each_side_has_its_document_and_furniture() -> None:
    assert COMPARISON.document(Side.LEFT) is LEFT
    assert COMPARISON.document(Side.RIGHT) is RIGHT
    assert COMPARISON.furniture(Side.LEFT).paragraphs == (0, 3)
    assert COMPARISON.furniture(Side.RIGHT).paragraphs == (0, 3, 4)


def test_furniture_rows_are_hidden_and_their_reasons_listed_once_in_order() -> None:
    assert COMPARISON.furniture_rows == frozenset({0, 3, 4})
    assert COMPARISON.hidden_changes == (3, 4)
    assert COMPARISON.furniture_reasons([0, 3, 4]) == (
        "menu",
        "share button",
        "share links",
        "advert",
    )
    # A paragraph that is not furniture gives no reason.
    assert COMPARISON.furniture_reasons([1, 4]) == ("advert",)
    assert COMPARISON.summary.describe() == "1 sentence reworded · 1 minor · 2 page parts hidden"


def test_navigation_stops_at_minor_rows_unless_told_not_to() -> None:
    assert COMPARISON.change_rows() == (1, 2)
    assert COMPARISON.next_change(-1) == 1
    assert COMPARISON.next_change(1) == 2
    assert COMPARISON.next_change(1, include_minor=False) is None
    assert COMPARISON.next_change(2) is None
    assert COMPARISON.previous_change(5) == 2
    assert COMPARISON.previous_change(2) == 1
    assert COMPARISON.previous_change(5, include_minor=False) == 1
    assert COMPARISON.previous_change(1) is None
    shown = COMPARISON.with_furniture_shown(True)
    assert shown.change_rows() == (1, 2, 3, 4)
    assert shown.hidden_changes == ()


def test_the_users_word_on_a_paragraph_keeps_a_known_reason() -> None:
    furniture = Furniture({3: "share button", 1: "menu"})
    assert furniture.overridden(1, as_furniture=True).reasons == {1: "menu", 3: "share button"}
    assert furniture.overridden(2, as_furniture=True).reasons == {
        1: "menu",
        2: MARKED_BY_USER,
        3: "share button",
    }
    assert furniture.overridden(3, as_furniture=False).reasons == {1: "menu"}
    assert list(furniture.overridden(0, as_furniture=True).reasons) == [0, 1, 3]
    story = COMPARISON.with_furniture_override(Side.RIGHT, 4, as_furniture=False)
    assert story.right_furniture.paragraphs == (0, 3)
    assert story.left_furniture is COMPARISON.left_furniture
    assert story.change_rows() == (1, 2, 4)
    marked = COMPARISON.with_furniture_override(Side.LEFT, 1, as_furniture=True)
    assert marked.left_furniture.reasons == {0: "menu", 1: MARKED_BY_USER, 3: "share button"}
    assert marked.right_furniture is COMPARISON.right_furniture


def test_summary_line_names_every_count_in_the_singular_or_plural() -> None:
    ones = Summary(1, 1, 1, 1, 1, 1, 1, 1, 1, page_parts_hidden=1)
    assert ones.describe() == (
        "1 paragraph added · 1 paragraph removed · 1 paragraph moved · 1 split paragraph · "
        "1 merged paragraph · 1 sentence added · 1 sentence removed · 1 sentence reworded · "
        "1 minor · 1 page part hidden"
    )
    twos = Summary(2, 2, 2, 2, 2, 2, 2, 2, 2, page_parts_hidden=2)
    assert twos.describe() == (
        "2 paragraphs added · 2 paragraphs removed · 2 paragraphs moved · 2 split paragraphs · "
        "2 merged paragraphs · 2 sentences added · 2 sentences removed · 2 sentences reworded · "
        "2 minor · 2 page parts hidden"
    )
    assert Summary(furniture_left=3).describe() == "No differences"
