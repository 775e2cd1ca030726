"""Selecting text inside one half of the comparison view: hit-testing, the selection, painting.

A position in the view's text is a `TextPoint`: a row, and a character offset in the displayed
text of one half of that row, whose paragraphs are joined by single newlines (the same text
`RowPainter` lays out, paragraph by paragraph). `hit_test` maps a viewport point to such an
offset through the row's `QTextLayout`s, `point_of` maps an offset back to a viewport point (a
match Find scrolls to), and a `TextSelection` runs from an anchor to a focus point on one side,
possibly across rows. `selected_text` is what Ctrl+C copies;
`paint_selection` draws a translucent highlight over the selected glyph runs after the row is
painted, so the marks under it still show.

The view comes in as a `TextSurface`: the few public methods these functions read, so this
module never imports the view.

May import `core`, `gui.presentation.row_text`, `gui.render.row_layout` and PySide6
(`QtCore`/`QtGui`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QPointF, QRectF

if TYPE_CHECKING:
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QColor, QPainter, QTextLayout, QTextLine

    from wirediff.core.result import Side
    from wirediff.gui.presentation.row_text import Paragraph
    from wirediff.gui.render.row_layout import Columns, RowLayout

WORD = re.compile(r"\w+", re.UNICODE)


class TextSurface(Protocol):
    """What hit-testing and copying read from the view: its rows, where they are, their text."""

    def columns(self) -> Columns: ...
    def row_at(self, y: float) -> int: ...
    def row_rect(self, index: int) -> QRect: ...
    def row_layout(self, index: int) -> RowLayout: ...
    def paragraphs_of(self, index: int, side: Side) -> tuple[Paragraph, ...]: ...


@dataclass(frozen=True, slots=True, order=True)
class TextPoint:
    """A character offset in the displayed text of one half of a row."""

    row: int
    offset: int


@dataclass(frozen=True, slots=True)
class TextSelection:
    """Text selected on one side, from `anchor` (where the drag began) to `focus`."""

    side: Side
    anchor: TextPoint
    focus: TextPoint

    def bounds(self) -> tuple[TextPoint, TextPoint]:
        return min(self.anchor, self.focus), max(self.anchor, self.focus)

    def is_empty(self) -> bool:
        return self.anchor == self.focus

    def range_in_row(self, row: int, length: int) -> tuple[int, int] | None:
        """The selected (start, end) offsets within `row`'s text of `length` characters."""
        first, last = self.bounds()
        if not first.row <= row <= last.row:
            return None
        start = first.offset if row == first.row else 0
        end = last.offset if row == last.row else length
        start, end = max(0, min(start, length)), max(0, min(end, length))
        return (start, end) if start < end or first.row != last.row else None


def half_text(layout: RowLayout, side: Side) -> str:
    """The displayed text of one half: its paragraphs joined by newlines."""
    return "\n".join(text_layout.text() for text_layout, _ in layout.halves.get(side, []))


def text_origin(surface: TextSurface, index: int, side: Side) -> QPointF:
    """Where the text of one half of row `index` starts, in viewport coordinates."""
    layout = surface.row_layout(index)
    columns = layout.columns
    top = surface.row_rect(index).top() + layout.text_top
    return QPointF(columns.half(side).left() + columns.text_inset, top)


def hit_test(
    surface: TextSurface, position: QPointF, side: Side | None = None
) -> tuple[int, Side, int]:
    """(row, side, offset) under the viewport point `position`; row is -1 without rows.

    `side` fixes the half (a drag stays on the side it began in); otherwise the half under
    the point. Points above, below or beside the text clamp to the nearest character.
    """
    side = side if side is not None else surface.columns().side_at(position.x())
    index = surface.row_at(position.y())
    if index < 0:
        return -1, side, 0
    layout = surface.row_layout(index)
    origin = text_origin(surface, index, side)
    x, y = position.x() - origin.x(), position.y() - origin.y()
    placed = layout.halves.get(side, [])
    offset = 0
    for number, (text_layout, top) in enumerate(placed):
        if number == len(placed) - 1 or y < placed[number + 1][1]:
            return index, side, offset + _offset_in(text_layout, x, y - top)
        offset += len(text_layout.text()) + 1
    return index, side, offset


def _offset_in(text_layout: QTextLayout, x: float, y: float) -> int:
    count = text_layout.lineCount()
    if count == 0:
        return 0
    line = text_layout.lineAt(count - 1)
    for number in range(count):
        candidate = text_layout.lineAt(number)
        if y < candidate.y() + candidate.height():
            line = candidate
            break
    return line.xToCursor(x)


def point_of(surface: TextSurface, index: int, side: Side, offset: int) -> QPointF:
    """The viewport point of the cursor at `offset` in one half of row `index` (mid-line)."""
    origin = text_origin(surface, index, side)
    for text_layout, top in surface.row_layout(index).halves.get(side, []):
        length = len(text_layout.text())
        if offset <= length:
            line = text_layout.lineForTextPosition(offset)
            x = cursor_x(line, offset)
            return QPointF(origin.x() + x, origin.y() + top + line.y() + line.height() / 2)
        offset -= length + 1
    return origin


def word_at(text: str, offset: int) -> tuple[int, int]:
    """The (start, end) of the word at or just before `offset`; empty where there is none."""
    for match in WORD.finditer(text):
        if match.start() <= offset <= match.end():
            return match.start(), match.end()
    return offset, offset


def selected_text(surface: TextSurface, selection: TextSelection) -> str:
    """The selected text, rows and paragraphs separated by newlines."""
    first, last = selection.bounds()
    pieces = []
    for index in range(first.row, last.row + 1):
        paragraphs = surface.paragraphs_of(index, selection.side)
        text = "\n".join(paragraph.text for paragraph in paragraphs)
        span = selection.range_in_row(index, len(text))
        if span is not None and text:
            pieces.append(text[span[0] : span[1]])
    return "\n".join(pieces)


def paint_selection(
    painter: QPainter,
    layout: RowLayout,
    top_left: QPointF,
    selection: TextSelection,
    index: int,
    color: QColor,
) -> None:
    """Highlight the selected glyph runs of row `index`, drawn at `top_left`."""
    span = selection.range_in_row(index, len(half_text(layout, selection.side)))
    if span is None:
        return
    start, end = span
    columns = layout.columns
    x0 = top_left.x() + columns.half(selection.side).left() + columns.text_inset
    y0 = top_left.y() + layout.text_top
    offset = 0
    for text_layout, top in layout.halves.get(selection.side, []):
        length = len(text_layout.text())
        for number in range(text_layout.lineCount()):
            line = text_layout.lineAt(number)
            line_start = offset + line.textStart()
            line_end = line_start + line.textLength()
            low, high = max(start, line_start), min(end, line_end)
            if low > high or (low == high and not (start < line_end <= end)):
                continue
            xs = [cursor_x(line, low - offset), cursor_x(line, high - offset)]
            if high == line_end and end > line_end:
                xs.append(line.x() + line.naturalTextWidth())
            rect = QRectF(
                x0 + min(xs), y0 + top + line.y(), max(1.0, max(xs) - min(xs)), line.height()
            )
            painter.fillRect(rect, color)
        offset += length + 1


def cursor_x(line: QTextLine, position: int) -> float:
    """The x of the cursor before character `position` of a laid-out line."""
    # PySide returns (x, position) or x alone, depending on the binding's version.
    answer = line.cursorToX(position)
    x = answer[0] if isinstance(answer, tuple) else answer
    assert isinstance(x, int | float)
    return float(x)
