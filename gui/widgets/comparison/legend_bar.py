"""`LegendBar`: the key to the comparison's gutter marks and highlight colours, under the view.

It draws the same legend as the exports' title band (`gui.render.legend.LegendLayout`, entries
from `gui.presentation.gutter_marks.legend_entries`), with a row painter at a slightly smaller
size than the rows so it reads as a caption, and wraps its entries onto more lines rather than
cut a label when the window is narrow. Each entry has a tooltip that says what it marks. The
entries follow the comparison (moved rows, split paragraphs and whole-sentence ticks appear only
when there are some) and the "Minor differences" toggle.

May import `core`, `gui.presentation`, `gui.render` and PySide6; never the view or the window.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPointF, QSize
from PySide6.QtGui import QFont, QHelpEvent, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from wirediff.gui.presentation.gutter_marks import legend_entries, legend_tooltip
from wirediff.gui.render.legend import LegendLayout
from wirediff.gui.render.row_painter import PaintOptions, RowPainter
from wirediff.gui.render.theme import theme_for

if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent, QResizeEvent

    from wirediff.core.result import Comparison
    from wirediff.gui.presentation.gutter_marks import LegendEntry
    from wirediff.gui.render.theme import Theme

LEGEND_SCALE = 0.9  # of the rows' text size
PADDING_PX = 4


class LegendBar(QWidget):
    """One or more lines of legend entries, as wide as the comparison."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LegendBar")
        self.setAccessibleName("Legend")
        self._font = QFont()
        self._theme = theme_for()
        self._show_minor = True
        self._comparison: Comparison | None = None
        self._entries: tuple[LegendEntry, ...] = ()
        self._layout: LegendLayout | None = None
        self._row_painter: RowPainter | None = None
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMouseTracking(True)

    def set_style(self, font: QFont, theme: Theme, *, show_minor: bool) -> None:
        """Follow the rows' font, palette and "Minor differences" toggle."""
        self._font = QFont(font)
        self._theme = theme
        self._show_minor = show_minor
        self._row_painter = None
        self._relayout()

    def set_comparison(self, comparison: Comparison | None) -> None:
        self._comparison = comparison
        self._relayout()

    def entries(self) -> tuple[LegendEntry, ...]:
        return self._entries

    def _painter(self) -> RowPainter:
        # Made once per style: a painter builds its fonts and text formats.
        if self._row_painter is None:
            self._row_painter = self._make_painter()
        return self._row_painter

    def _make_painter(self) -> RowPainter:
        font = QFont(self._font)
        if font.pixelSize() > 0:
            font.setPixelSize(max(8, round(font.pixelSize() * LEGEND_SCALE)))
        else:
            font.setPointSizeF(max(6.0, font.pointSizeF() * LEGEND_SCALE))
        return RowPainter(font, self._theme, PaintOptions(show_minor=self._show_minor))

    def _layout_at(self, width: int) -> LegendLayout:
        return LegendLayout(self._painter(), self._entries, max(1, width - 2 * self._inset()))

    def _inset(self) -> int:
        return round(self._painter().em)

    def _relayout(self) -> None:
        comparison = self._comparison
        self._entries = (
            legend_entries(comparison, include_minor=self._show_minor) if comparison else ()
        )
        self._layout = self._layout_at(self.width()) if self._entries else None
        self.setVisible(bool(self._entries))
        self.updateGeometry()
        self.update()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        if not self._entries:
            return 0
        return math.ceil(self._layout_at(width).height) + 2 * PADDING_PX

    def sizeHint(self) -> QSize:
        return QSize(400, self.heightForWidth(max(400, self.width())))

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self.heightForWidth(max(400, self.width())))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._entries:
            self._layout = self._layout_at(self.width())
            if self.height() != self.heightForWidth(self.width()):
                self.updateGeometry()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            entry = None
            if self._layout is not None:
                point = QPointF(event.pos()) - QPointF(self._inset(), PADDING_PX)
                entry = self._layout.entry_at(point)
            if entry is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), legend_tooltip(entry), self)
            return True
        return super().event(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self._theme.header)
        painter.setPen(QPen(self._theme.rule, 1))
        painter.drawLine(0, 0, self.width(), 0)
        if self._layout is not None:
            self._layout.draw(painter, QPointF(self._inset(), PADDING_PX))
        painter.end()

    def label_rects(self) -> list[tuple[str, float, float]]:
        """(label, left, right) of each entry in widget coordinates, so a test can check that
        none runs past the widget's edge."""
        if self._layout is None:
            return []
        inset = self._inset()
        return [
            (item.entry.label, inset + item.origin.x(), inset + item.origin.x() + item.width)
            for item in self._layout.items
        ]
