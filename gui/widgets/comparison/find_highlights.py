"""`FindHighlights`: the matches of a search, painted over the rows of the comparison view.

The find bar hands the view every match (`gui.presentation.find.FindMatch`: a row, a side and
a character span of that half's displayed text) and the one it is on. They are kept per row so
painting a row looks up only its own, and drawn after the row as translucent boxes over the
glyph runs (through `text_selection.paint_selection`), so the marks under them still show; the
current match is stronger.

May import `gui.presentation`, `gui.render`, `gui.widgets.comparison.text_selection` and
PySide6 (`QtCore`/`QtGui`); never the view.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QColor

from wirediff.gui.widgets.comparison.text_selection import (
    TextPoint,
    TextSelection,
    paint_selection,
)

if TYPE_CHECKING:
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QPainter

    from wirediff.gui.presentation.find import FindMatch
    from wirediff.gui.render.row_layout import RowLayout
    from wirediff.gui.render.theme import Theme

# Opacity of find highlights over the text: every match, and the match the find bar is on.
FIND_MATCH_ALPHA = 110
FIND_CURRENT_ALPHA = 170


class FindHighlights:
    """Matches of the current search by row, and the one the find bar is on."""

    def __init__(self) -> None:
        self._by_row: dict[int, list[FindMatch]] = {}
        self._current: FindMatch | None = None

    def set_matches(self, matches: list[FindMatch], current: FindMatch | None) -> None:
        """Highlight these matches, `current` more strongly (an empty list clears)."""
        self._by_row = {}
        for match in matches:
            self._by_row.setdefault(match.row, []).append(match)
        self._current = current

    def clear(self) -> None:
        self.set_matches([], None)

    def paint_row(
        self, painter: QPainter, index: int, layout: RowLayout, origin: QPointF, theme: Theme
    ) -> None:
        """Draw the matches of row `index` over it, laid out as `layout` at `origin`."""
        for match in self._by_row.get(index, ()):
            is_current = match == self._current
            color = QColor(theme.find_current if is_current else theme.find_match)
            color.setAlpha(FIND_CURRENT_ALPHA if is_current else FIND_MATCH_ALPHA)
            span = TextSelection(
                match.side, TextPoint(index, match.start), TextPoint(index, match.end)
            )
            paint_selection(painter, layout, origin, span, index, color)
