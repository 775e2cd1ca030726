"""What the comparison view says when the pointer rests on it: gutter marks and repaired text.

Over the gutter, the row's badge is explained in words (`gutter_marks.row_tooltip`: "Moved here
from paragraph 12 of the old version"), and a tick beside a whole sentence says whether the
sentence was added or cut. Over the text, a repaired stretch says what it was and how it was
repaired ("Repaired: Ã© → é (UTF-8 text read as Latin-1)"). The view asks `tooltip_at` on a
tooltip event and shows the answer; "" means nothing to say.

The view comes in as a `TooltipSurface`, the few public methods read here, so this module never
imports the view. May import `core`, `gui.presentation`, `gui.render`,
`gui.widgets.comparison.text_selection` and PySide6 (`QtCore`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QPointF

from wirediff.gui.presentation.gutter_marks import SENTENCE_TICK_TIPS, row_tooltip
from wirediff.gui.presentation.row_text import row_mark
from wirediff.gui.widgets.comparison.text_selection import TextSurface, hit_test

if TYPE_CHECKING:
    from wirediff.core.result import Comparison
    from wirediff.gui.presentation.repair_marks import ComparisonRepairs
    from wirediff.gui.render.row_painter import RowPainter


class TooltipSurface(TextSurface, Protocol):
    """What the tooltips read from the view, beyond its text surface."""

    def comparison(self) -> Comparison | None: ...
    def row_painter(self) -> RowPainter: ...
    def show_minor(self) -> bool: ...
    def repairs(self) -> ComparisonRepairs | None: ...


def tooltip_at(view: TooltipSurface, position: QPointF) -> str:
    """What is under `position` (viewport coordinates) means, or "": the gutter's badge or
    sentence tick, or a repaired stretch of text."""
    index = view.row_at(position.y())
    comparison = view.comparison()
    if index < 0 or comparison is None:
        return ""
    layout = view.row_layout(index)
    if layout.fold is not None:
        return ""
    local = position - QPointF(view.row_rect(index).topLeft())
    tick = view.row_painter().tick_at(layout, local)
    if tick is not None:
        return SENTENCE_TICK_TIPS[tick]
    gutter = layout.columns.gutter
    if not gutter.left() <= local.x() < gutter.right():
        return _repair_tooltip(view, position)
    row = comparison.rows[index]
    return row_tooltip(row, comparison.rows, row_mark(row, show_minor=view.show_minor()))


def _repair_tooltip(view: TooltipSurface, position: QPointF) -> str:
    """Before → after of a repaired stretch under `position`, or ""."""
    repairs = view.repairs()
    if not repairs:
        return ""
    index, side, offset = hit_test(view, position)
    if index < 0:
        return ""
    start = 0
    for paragraph in view.paragraphs_of(index, side):
        if start <= offset <= start + len(paragraph.text):
            for mark in repairs.marks(side, paragraph):
                if mark.start <= offset - start < mark.end:
                    return mark.describe()
            return ""
        start += len(paragraph.text) + 1  # a half's paragraphs are joined by newlines
    return ""
