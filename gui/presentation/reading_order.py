"""Each side in its own file's order: a moved paragraph shown where it left and where it arrived.

The engine's rows follow the new version, so a moved paragraph sits once, at its new place,
and the old column read top to bottom would meet it out of order. For display, each moved row
becomes two: where the paragraph stood in the old version, a row with only its old side
("moved to", `Row.moved_to` pointing at the other row), and where it stands in the new version,
a row with only its new side ("moved from", `Row.moved_from` pointing back). Both keep the
move's word marks on their own side. Every other row stays as it is, so each column now reads
exactly as its file, and copying a column gives that file's order.

The result is a `ReadingOrder` (a `Comparison` over the display rows) so the view, the
navigation, copying, finding and the exports keep using the one `Comparison` API; its summary
is the engine's, since splitting a move must not count its sentences twice, and showing or
overriding page furniture asks the engine's result and splits the moves again.

Pure Python: may import `core` and the standard library; never PySide6.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, fields, replace
from functools import cached_property

from wirediff.core.result import Comparison, Row, RowKind, Side, Summary


@dataclass(frozen=True)
class ReadingOrder(Comparison):
    """Display rows of `source` with moves shown at both places; queries answer for them."""

    source: Comparison | None = None

    @cached_property
    def summary(self) -> Summary:
        return self.source.summary if self.source is not None else super().summary

    def with_furniture_shown(self, shown: bool) -> Comparison:
        if self.source is None:
            return super().with_furniture_shown(shown)
        return in_reading_order(self.source.with_furniture_shown(shown))

    def with_furniture_override(
        self, side: Side, paragraph: int, *, as_furniture: bool
    ) -> Comparison:
        if self.source is None:
            return super().with_furniture_override(side, paragraph, as_furniture=as_furniture)
        changed = self.source.with_furniture_override(side, paragraph, as_furniture=as_furniture)
        return in_reading_order(changed)


def in_reading_order(comparison: Comparison) -> Comparison:
    """The comparison with each moved paragraph at its place on both sides.

    >>> from wirediff.core.compare import compare_documents, load_document
    >>> old = "\\n\\n".join(f"Paragraph {n} tells of the {w} in town today." for n, w in
    ...                   enumerate(["rain", "market", "school", "river", "bridge"]))
    >>> moved = old.split("\\n\\n"); moved.insert(3, moved.pop(1))
    >>> core = compare_documents(load_document(raw=old.encode()),
    ...                          load_document(raw="\\n\\n".join(moved).encode()))
    >>> [(row.kind.value, row.left, row.right) for row in core.rows]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('equal', (0,), (0,)), ('equal', (2,), (1,)), ('equal', (3,), (2,)),
     ('moved', (1,), (3,)), ('equal', (4,), (4,))]
    >>> shown = in_reading_order(core)
    >>> [(row.kind.value, row.left, row.right, row.moved_from, row.moved_to)
    ...  for row in shown.rows]  # doctest: +NORMALIZE_WHITESPACE
    [('equal', (0,), (0,), None, None), ('moved', (1,), (), None, 4),
     ('equal', (2,), (1,), None, None), ('equal', (3,), (2,), None, None),
     ('moved', (), (3,), 1, None), ('equal', (4,), (4,), None, None)]
    >>> shown.summary == core.summary
    True
    >>> again = shown.with_furniture_shown(True)
    >>> type(again).__name__, again.summary == core.with_furniture_shown(True).summary
    ('ReadingOrder', True)
    """
    rows = comparison.rows
    moved = [index for index, row in enumerate(rows) if _is_split_move(row)]
    if not moved:
        return comparison
    in_place = sorted(
        (min(row.left), index)
        for index, row in enumerate(rows)
        if row.left and not _is_split_move(row)
    )
    firsts = [paragraph for paragraph, _ in in_place]
    # Departures go right after the last row in place whose old paragraphs come before them
    # (-1: before every row), in the order their paragraphs had in the old version.
    departures: dict[int, list[int]] = {}
    for index in sorted(moved, key=lambda i: min(rows[i].left)):
        before = bisect.bisect_left(firsts, min(rows[index].left))
        anchor = in_place[before - 1][1] if before else -1
        departures.setdefault(anchor, []).append(index)
    order: list[tuple[int, bool]] = [(index, True) for index in departures.get(-1, [])]
    for index in range(len(rows)):
        order.append((index, False))
        order += [(departure, True) for departure in departures.get(index, [])]
    placed = {(index, leaving): number for number, (index, leaving) in enumerate(order)}
    display = []
    for index, leaving in order:
        row = rows[index]
        if not _is_split_move(row):
            display.append(row)
        elif leaving:
            display.append(_departure(row, placed[(index, False)]))
        else:
            display.append(_arrival(row, placed[(index, True)]))
    # Every field of the engine's result (documents, furniture, options), the display rows.
    kept = {field.name: getattr(comparison, field.name) for field in fields(Comparison)}
    return ReadingOrder(**{**kept, "rows": tuple(display)}, source=comparison)


def _is_split_move(row: Row) -> bool:
    return row.kind is RowKind.MOVED and bool(row.left) and bool(row.right)


def _departure(row: Row, arrival: int) -> Row:
    """The old side of a moved row, where the paragraph stood."""
    sentences = tuple(
        replace(sentence, right_paragraph=None)
        for sentence in row.sentences
        if sentence.left_paragraph is not None
    )
    return Row(RowKind.MOVED, row.left, (), sentences, moved_from=None, moved_to=arrival)


def _arrival(row: Row, departure: int) -> Row:
    """The new side of a moved row, where the paragraph stands now."""
    sentences = tuple(
        replace(sentence, left_paragraph=None)
        for sentence in row.sentences
        if sentence.right_paragraph is not None
    )
    return Row(RowKind.MOVED, (), row.right, sentences, moved_from=departure)
